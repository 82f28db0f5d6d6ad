"""A normalised view of a text for matching, mapped back to exact offsets in the original.

Letters are folded one for one (alef variants to ا, ى and the Persian ی to ي, ھ to ه, ک to ك,
optionally ة to ه, Eastern digits to ASCII, ASCII capitals to small), so most offsets are
unchanged; diacritics, tatweel and invisible format characters are removed, and only then is an
offset table kept.
"""

from __future__ import annotations

import bisect
import re
from functools import lru_cache

_FOLD = {
    "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ٲ": "ا", "ٳ": "ا",
    "ى": "ي", "ی": "ي", "ې": "ي", "ۍ": "ي", "ێ": "ي", "ئ": "ئ",
    "ھ": "ه", "ە": "ه", "ۀ": "ه", "ہ": "ه",
    "ک": "ك", "ڪ": "ك", "ګ": "ك", "ڬ": "ك", "ڭ": "ك", "ڮ": "ك",
    "ؤ": "ؤ",
}
_FOLD.update({chr(0x0660 + d): str(d) for d in range(10)})  # Arabic-Indic digits
_FOLD.update({chr(0x06F0 + d): str(d) for d in range(10)})  # Persian digits
_FOLD.update({chr(c): chr(c + 32) for c in range(ord("A"), ord("Z") + 1)})

# Removed for matching: tashkeel and Quranic marks, superscript alef, tatweel, and invisible
# format characters (bidi marks, zero-width joiners) that editors leave inside words.
REMOVED_CLASS = "\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06dc\u06df-\u06e8\u06ea-\u06ed\u0640\u061c\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff"
_REMOVED = re.compile(f"[{REMOVED_CLASS}]+")
_MARKS_AFTER = re.compile(f"[{REMOVED_CLASS}]*")


@lru_cache(maxsize=4)
def fold_table(fold_ta_marbuta: bool = True) -> dict[int, str]:
    table = dict(_FOLD)
    if fold_ta_marbuta:
        table["ة"] = "ه"
    return str.maketrans(table)


def normalize(text: str, fold_ta_marbuta: bool = True) -> str:
    """The normalised form of a pattern or gazetteer entry (no offsets kept)."""
    return _REMOVED.sub("", text).translate(fold_table(fold_ta_marbuta))


class MatchView:
    """`text` is the normalised text; `original_span` turns its offsets into the original's."""

    __slots__ = ("original", "text", "_norm_starts", "_orig_starts")

    def __init__(self, original: str, fold_ta_marbuta: bool = True) -> None:
        self.original = original
        table = fold_table(fold_ta_marbuta)
        removed = list(_REMOVED.finditer(original))
        if not removed:
            self.text = original.translate(table)
            self._norm_starts: list[int] = [0]
            self._orig_starts: list[int] = [0]
            return
        pieces: list[str] = []
        norm_starts, orig_starts = [0], [0]
        position = 0
        length = 0
        for match in removed:
            pieces.append(original[position : match.start()])
            length += match.start() - position
            position = match.end()
            norm_starts.append(length)
            orig_starts.append(position)
        pieces.append(original[position:])
        self.text = "".join(pieces).translate(table)
        self._norm_starts = norm_starts
        self._orig_starts = orig_starts

    @property
    def is_identity(self) -> bool:
        return len(self._norm_starts) == 1

    def original_offset(self, index: int) -> int:
        """Original offset of the normalised character at `index` (or of the end, at len)."""
        if len(self._norm_starts) == 1:
            return index
        segment = bisect.bisect_right(self._norm_starts, index) - 1
        return self._orig_starts[segment] + index - self._norm_starts[segment]

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        """Original [start, end) of a normalised span; marks after its last letter stay inside."""
        if len(self._norm_starts) == 1:
            return start, end
        original_start = self.original_offset(start)
        original_end = self.original_offset(end - 1) + 1 if end > start else original_start
        original_end = _MARKS_AFTER.match(self.original, original_end).end()
        return original_start, original_end

    def normalized_offset(self, original_index: int) -> int:
        """Normalised offset of an original offset (a removed character maps to what follows)."""
        if len(self._norm_starts) == 1:
            return original_index
        segment = bisect.bisect_right(self._orig_starts, original_index) - 1
        inside = original_index - self._orig_starts[segment]
        segment_end = (
            self._norm_starts[segment + 1] if segment + 1 < len(self._norm_starts) else len(self.text)
        )
        return min(self._norm_starts[segment] + inside, segment_end)
