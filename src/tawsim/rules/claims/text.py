"""What the claim rules need to know about one text: its quotations, its sentences, and where its
entity matches are, all in offsets of the normalised view (tawsim.text.normalize.MatchView).
"""

from __future__ import annotations

import bisect
from typing import NamedTuple

from tawsim.rules.shared.matches import Match
from tawsim.text.normalize import MatchView

# A sentence ends at . ! ? ؟ or a line break; a full stop between two digits is a decimal point.
SENTENCE_MARKS = ".!?؟\n"
TRAILING = " \t.،,;؛:"


class Quote(NamedTuple):
    open: int  # offset of the opening mark
    close: int  # offset of the closing mark

    @property
    def inner(self) -> tuple[int, int]:
        return self.open + 1, self.close


def positions(text: str, characters: str) -> list[int]:
    """Sorted offsets of every occurrence of the characters (str.find runs far faster here than a
    regex character class, which tests every position)."""
    found: list[int] = []
    for character in set(characters):
        find = text.find
        position = find(character)
        while position != -1:
            found.append(position)
            position = find(character, position + 1)
    found.sort()
    return found


def find_quotes(text: str, pairs: dict[str, str]) -> list[Quote]:
    """Outermost quotations, each within one line; unmatched marks are ignored."""
    opener_of = {close: open_ for open_, close in pairs.items() if close != open_}
    stack: list[tuple[str, int]] = []
    found: list[Quote] = []
    previous = 0
    for position in positions(text, "".join(pairs) + "".join(pairs.values())):
        mark = text[position]
        if stack and text.find("\n", previous, position) != -1:
            stack.clear()
        previous = position
        if stack and mark == pairs[stack[-1][0]]:
            _, opened = stack.pop()
            if not stack:
                found.append(Quote(opened, position))
        elif mark in pairs:
            stack.append((mark, position))
        elif mark in opener_of and any(open_ == opener_of[mark] for open_, _ in stack):
            while stack:
                open_, opened = stack.pop()
                if open_ == opener_of[mark]:
                    break
            if not stack:
                found.append(Quote(opened, position))
    return found


class Sentences:
    """Sentence limits; a full stop inside a quotation does not end the sentence around it."""

    def __init__(self, text: str, quotes: list[Quote]) -> None:
        last = len(text) - 1
        full_stops = [
            stop for stop in positions(text, ".")
            if not (0 < stop < last and text[stop - 1].isdigit() and text[stop + 1].isdigit())
        ]
        ends = sorted(full_stops + positions(text, SENTENCE_MARKS.replace(".", "")))
        inside: set[int] = set()
        for quote in quotes:
            first = bisect.bisect_right(ends, quote.open)
            last = bisect.bisect_left(ends, quote.close)
            inside.update(range(first, last))
        self._ends = [end for i, end in enumerate(ends) if i not in inside] if inside else ends
        self._length = len(text)

    def around(self, position: int) -> tuple[int, int]:
        """[start, end) of the sentence holding `position`; end is the offset of its final mark."""
        index = bisect.bisect_left(self._ends, position)
        end = self._ends[index] if index < len(self._ends) else self._length
        start = self._ends[index - 1] + 1 if index else 0
        return start, end


def trim(text: str, start: int, end: int, trailing: str = TRAILING) -> tuple[int, int]:
    """[start, end) without surrounding spaces and without final full stops and commas."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1] in trailing:
        end -= 1
    return start, end


def skip(text: str, position: int, characters: str, limit: int | None = None) -> int:
    limit = len(text) if limit is None else limit
    while position < limit and text[position] in characters:
        position += 1
    return position


def glued_prefix(text: str, start: int, longest: int = 3) -> str | None:
    """Letters between the start of the word and `start`; None when more than `longest`."""
    begin = start
    while begin > 0 and text[begin - 1].isalnum():
        begin -= 1
        if start - begin > longest:
            return None
    return text[begin:start]


_NOT_LETTERS = "".join(chr(c) for c in range(0x2000, 0x2070)) + " \t\n.،,;؛:!?؟\"'«»()[]-_#"


def words_before(text: str, position: int, count: int = 2) -> list[str]:
    """The last `count` words before `position` (fewer at the start of the text), without
    punctuation; a word cut by the 40-character window may come out partial."""
    words = text[max(0, position - 40):position].split()[-count:]
    return [word.strip(_NOT_LETTERS) for word in words]


def word_before(text: str, position: int) -> str:
    """The word that ends before `position`, past spaces and punctuation."""
    words = words_before(text, position, 1)
    return words[0] if words else ""


def word_count(text: str, start: int, end: int) -> int:
    return len(text[start:end].split())


class EntityIndex:
    """The entity matches (original offsets, sorted by start) seen through the normalised view."""

    def __init__(self, view: MatchView, entities: list[Match]) -> None:
        self.view = view
        self.items = entities
        self._starts = [entity.start for entity in entities]
        self._spans: dict[int, tuple[int, int]] = {}
        self._keys: dict[int, str] = {}
        self._identity = view.is_identity  # then offsets need no mapping at all
        self._normalized_length = len(view.text)

    def span(self, index: int) -> tuple[int, int]:
        """Normalised [start, end) of entity `index`."""
        if self._identity:
            entity = self.items[index]
            return entity.start, entity.end
        span = self._spans.get(index)
        if span is None:
            entity = self.items[index]
            span = (self.view.normalized_offset(entity.start), self.view.normalized_offset(entity.end))
            self._spans[index] = span
        return span

    def key(self, index: int) -> str:
        """The entity's normalised text, spaces collapsed."""
        key = self._keys.get(index)
        if key is None:
            start, end = self.span(index)
            key = self._keys[index] = " ".join(self.view.text[start:end].split())
        return key

    def _original(self, position: int) -> int:
        if position >= self._normalized_length:
            return len(self.view.original) + 1
        return position if self._identity else self.view.original_offset(position)

    def between(self, start: int, end: int) -> range:
        """Indices of the entities starting in normalised [start, end)."""
        return range(
            bisect.bisect_left(self._starts, self._original(start)),
            bisect.bisect_left(self._starts, self._original(end)),
        )

    def last_before(self, position: int) -> int:
        """Index of the last entity starting before normalised `position`, or -1."""
        return bisect.bisect_left(self._starts, self._original(position)) - 1

    def same_referent(self, index: int, other: int) -> bool:
        """Same normalised text, or a one-word mention equal to the last word of a person's name."""
        key, other_key = self.key(index), self.key(other)
        if key == other_key:
            return True
        if len(key) > len(other_key):
            key, other_key, other = other_key, key, index
        return self.items[other].label == "PER" and " " not in key and other_key.endswith(" " + key)

    def nearest_mention(self, speaker: int, position: int) -> int:
        """The latest mention of `speaker` starting before `position` (at worst `speaker` itself)."""
        index = self.last_before(position)
        while index > speaker:
            if self.same_referent(index, speaker):
                return index
            index -= 1
        return speaker
