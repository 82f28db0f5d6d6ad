"""Where the data files live: beside the package when installed, at the repository top in a checkout."""

from __future__ import annotations

from pathlib import Path

_PACKAGED = Path(__file__).resolve().parent.parent / "resources"
_CHECKOUT = Path(__file__).resolve().parents[3] / "resources"


def resources_dir() -> Path:
    return _PACKAGED if _PACKAGED.is_dir() else _CHECKOUT


def resource_path(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)
