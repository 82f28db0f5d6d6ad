"""The entity rules: gazetteers, cue words before names, dates (data under resources/rules/entities)."""

from tawsim.rules.entities.rules import EntityRules

__all__ = ["EntityRules"]
