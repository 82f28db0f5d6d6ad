"""Suggestions that learn from the annotator: a memory of decided names and a CRF over the
rules' output, both trained on a project's documents and settled with the rules by one function."""
