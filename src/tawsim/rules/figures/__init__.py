"""The figure rules: numbers, units and qualifiers (data under resources/rules/figures)."""

from tawsim.rules.figures.rules import FigureRules

__all__ = ["FigureRules"]
