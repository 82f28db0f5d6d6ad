"""The rule engine: data-driven suggestions for entities, figures and claims (no Qt)."""
