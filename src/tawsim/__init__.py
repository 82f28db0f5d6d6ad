"""Tawsim: a workbench for annotating Arabic news with entities, figures and claims."""

__version__ = "0.1.0"
