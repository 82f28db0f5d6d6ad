"""Code points (the model) against UTF-16 units (Qt's documents), converted at this one boundary.

Qt counts a character outside the Basic Multilingual Plane (an emoji, say) as two units, Python as
one. Everything the window hands to a `QTextCursor` goes through `to_qt`, everything read back from
one through `from_qt`, so a span after an emoji is not shifted by one unit per emoji before it.
"""

from __future__ import annotations

import bisect


class OffsetMap:
    """Offset conversion for one text; costs nothing when the text has no astral characters."""

    __slots__ = ("_astral_points", "_astral_units", "length")

    def __init__(self, text: str) -> None:
        self.length = len(text)
        if text.isascii() or max(text, default="\0") < "\U00010000":
            self._astral_points: list[int] = []
        else:
            self._astral_points = [i for i, char in enumerate(text) if char >= "\U00010000"]
        # The UTF-16 position of each astral character's first unit.
        self._astral_units = [point + index for index, point in enumerate(self._astral_points)]

    @property
    def is_identity(self) -> bool:
        return not self._astral_points

    def to_qt(self, point: int) -> int:
        """The UTF-16 position of code point offset `point`."""
        if not self._astral_points:
            return point
        return point + bisect.bisect_left(self._astral_points, point)

    def from_qt(self, unit: int) -> int:
        """The code point offset of UTF-16 position `unit`.

        A position between the two halves of a surrogate pair (Qt never leaves a cursor there, but
        a caller might compute one) belongs to the character it splits, so it rounds down.
        """
        if not self._astral_units:
            return unit
        return unit - bisect.bisect_left(self._astral_units, unit)

    def qt_length(self) -> int:
        return self.length + len(self._astral_points)
