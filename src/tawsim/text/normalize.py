"""A normalised view of a text for matching, mapped back to exact offsets in the original.

Letters are folded one for one (alef variants to ا, ى and the Persian ی to ي, ھ to ه, ک to ك,
optionally ة to ه, Eastern digits to ASCII, ASCII capitals to small), so most offsets are
unchanged; diacritics, tatweel and invisible format characters are removed, and only then is an
offset table kept.
"""

from __future__ import annotations

import re
from bisect import bisect_right
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


SHORT_TEXT = 64  # below this length str.translate is the faster way to fold


def _class_characters(character_class: str) -> tuple[str, ...]:
    """The characters of a regex class body made of characters and ranges (a-z)."""
    found: list[str] = []
    index = 0
    while index < len(character_class):
        if index + 2 < len(character_class) and character_class[index + 1] == "-":
            found.extend(map(chr, range(ord(character_class[index]), ord(character_class[index + 2]) + 1)))
            index += 3
        else:
            found.append(character_class[index])
            index += 1
    return tuple(found)


_REMOVED_CHARACTERS = _class_characters(REMOVED_CLASS)


def _removed_runs(text: str) -> list[tuple[int, int]]:
    """[start, end) of each run of removed characters, in order: what _REMOVED.finditer gives,
    found by str.find per character present, several times faster than the regex scan."""
    positions: list[int] = []
    for character in _REMOVED_CHARACTERS:
        if character in text:
            find = text.find
            position = find(character)
            while position >= 0:
                positions.append(position)
                position = find(character, position + 1)
    if not positions:
        return []
    positions.sort()
    runs = []
    start = end = positions[0]
    for position in positions:
        if position > end:
            runs.append((start, end))
            start = position
        end = position + 1
    runs.append((start, end))
    return runs


@lru_cache(maxsize=4)
def fold_table(fold_ta_marbuta: bool = True) -> dict[int, str]:
    table = dict(_FOLD)
    if fold_ta_marbuta:
        table["ة"] = "ه"
    return str.maketrans(table)


@lru_cache(maxsize=4)
def _fold_pairs(fold_ta_marbuta: bool) -> tuple[tuple[str, str], ...]:
    pairs = tuple((chr(code), letter) for code, letter in fold_table(fold_ta_marbuta).items() if chr(code) != letter)
    # One replace per letter gives what translate gives only while no result is itself folded.
    assert not {letter for _, letter in pairs} & {source for source, _ in pairs}
    return pairs


def fold(text: str, fold_ta_marbuta: bool = True) -> str:
    """The letters of `text` folded one for one. On a long text a str.replace per letter present
    is several times faster than str.translate, which looks every character up in a dict."""
    if len(text) < SHORT_TEXT:
        return text.translate(fold_table(fold_ta_marbuta))
    for source, letter in _fold_pairs(fold_ta_marbuta):
        if source in text:
            text = text.replace(source, letter)
    return text


def normalize(text: str, fold_ta_marbuta: bool = True) -> str:
    """The normalised form of a pattern or gazetteer entry (no offsets kept)."""
    return fold(_REMOVED.sub("", text), fold_ta_marbuta)


class MatchView:
    """`text` is the normalised text; `original_span` turns its offsets into the original's.

    Where characters were removed, the text is cut into segments: segment k starts at
    `_norm_starts[k]` in the normalised text and at `_orig_starts[k]` in the original, and is the
    same length in both."""

    __slots__ = ("original", "text", "_norm_starts", "_orig_starts")

    def __init__(self, original: str, fold_ta_marbuta: bool = True) -> None:
        self.original = original
        runs = _removed_runs(original)
        if not runs:
            self.text = fold(original, fold_ta_marbuta)
            self._norm_starts: list[int] = [0]
            self._orig_starts: list[int] = [0]
            return
        pieces: list[str] = []
        norm_starts, orig_starts = [0], [0]
        position = 0
        length = 0
        for start, end in runs:
            pieces.append(original[position:start])
            length += start - position
            position = end
            norm_starts.append(length)
            orig_starts.append(position)
        pieces.append(original[position:])
        self.text = fold("".join(pieces), fold_ta_marbuta)
        self._norm_starts = norm_starts
        self._orig_starts = orig_starts

    @property
    def is_identity(self) -> bool:
        return len(self._norm_starts) == 1

    def original_offset(self, index: int) -> int:
        """Original offset of the normalised character at `index` (or of the end, at len)."""
        norm_starts = self._norm_starts
        if len(norm_starts) == 1:
            return index
        segment = bisect_right(norm_starts, index) - 1
        return self._orig_starts[segment] + index - norm_starts[segment]

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        """Original [start, end) of a normalised span; marks after its last letter stay inside."""
        norm_starts = self._norm_starts
        if len(norm_starts) == 1:
            return start, end
        orig_starts = self._orig_starts
        segment = bisect_right(norm_starts, start) - 1
        original_start = orig_starts[segment] + start - norm_starts[segment]
        if end <= start:
            return original_start, original_start
        if segment + 1 == len(norm_starts) or norm_starts[segment + 1] > end:
            # The usual case: the span lies inside one segment, and no removed run follows it.
            return original_start, original_start + end - start
        segment = bisect_right(norm_starts, end - 1) - 1
        following = segment + 1
        if following < len(norm_starts) and norm_starts[following] == end:
            return original_start, orig_starts[following]  # the removed run after the span
        return original_start, orig_starts[segment] + end - norm_starts[segment]

    def normalized_offset(self, original_index: int) -> int:
        """Normalised offset of an original offset (a removed character maps to what follows)."""
        if len(self._norm_starts) == 1:
            return original_index
        segment = bisect_right(self._orig_starts, original_index) - 1
        inside = original_index - self._orig_starts[segment]
        segment_end = (
            self._norm_starts[segment + 1] if segment + 1 < len(self._norm_starts) else len(self.text)
        )
        return min(self._norm_starts[segment] + inside, segment_end)
