"""Single-key shortcuts that also work while an Arabic keyboard layout is active.

An annotator of Arabic usually types with the Arabic layout on; the key marked P then sends ح, and a
shortcut bound to P alone would never fire. Each Latin letter is paired with what the same physical
key sends on the standard Arabic (PC 101) layout.
"""

from __future__ import annotations

ARABIC_101 = dict(zip(
    "qwertyuiopasdfghjklzxcvnm",
    "ضصثقفغعهخحشسيبلاتنمئءؤرىة",
))


def with_arabic_layout(shortcut: str) -> tuple[str, ...]:
    """The shortcut and, for a single Latin letter, its key on the Arabic layout."""
    arabic = ARABIC_101.get(shortcut.lower()) if len(shortcut) == 1 else None
    return (shortcut, arabic) if arabic else (shortcut,)
