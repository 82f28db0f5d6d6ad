"""The claim rules: speech verbs, quotes and their speakers (data under resources/rules/claims)."""

from tawsim.rules.claims.rules import ClaimRules

__all__ = ["ClaimRules"]
