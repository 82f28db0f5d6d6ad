"""File names shown to the user: a name that is not valid UTF-8 (a surrogate-escaped byte from a
Windows archive) is printed with the byte escaped instead of failing to print."""

from __future__ import annotations

from pathlib import Path


def display_name(path: str | Path) -> str:
    return str(path).encode("utf-8", "backslashreplace").decode("utf-8")
