"""File names shown to the user or stored as a document name: a name that is not valid UTF-8 (a
surrogate-escaped byte from a Windows archive) becomes text with the byte written as \\xNN."""

from __future__ import annotations

from pathlib import Path


def display_name(path: str | Path) -> str:
    text = str(path)
    try:
        return text.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
    except UnicodeEncodeError:  # a lone surrogate that no byte stands for
        return text.encode("utf-8", "backslashreplace").decode("utf-8")


def document_name(path: str | Path) -> str:
    """The name stored in an annotation file: the file's name as real text."""
    return display_name(Path(path).name)
