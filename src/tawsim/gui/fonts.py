"""The article's font: Amiri, shipped by the `fontpkg-amiri` package, or any installed Arabic font."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QFont, QFontDatabase

ARTICLE_POINT_SIZE = 15
_registered: list[str] = []


def register_amiri() -> str | None:
    """Register the bundled Amiri files with Qt; the family name, or None when not installed."""
    if _registered:
        return _registered[0]
    try:
        import fontpkg_amiri
    except ImportError:
        return None
    family = None
    for path in sorted(Path(fontpkg_amiri.ROOT, "files").glob("*.ttf")):
        font_id = QFontDatabase.addApplicationFont(str(path))
        families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
        family = family or (families[0] if families else None)
    if family:
        _registered.append(family)
    return family


def arabic_family() -> str:
    """Amiri if it can be registered, else the first installed family that writes Arabic."""
    family = register_amiri()
    if family:
        return family
    families = QFontDatabase.families(QFontDatabase.WritingSystem.Arabic)
    return families[0] if families else QFont().defaultFamily()


def article_font(point_size: int = ARTICLE_POINT_SIZE) -> QFont:
    font = QFont(arabic_family(), point_size)
    font.setStyleHint(QFont.StyleHint.Serif)
    return font
