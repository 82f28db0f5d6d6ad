"""Entity candidates in normalised offsets, and how overlapping ones are settled."""

from __future__ import annotations

import bisect
from dataclasses import dataclass

GAZETTEER, CUE, SHORT_FORM = 0, 1, 2  # priorities: on equal length the lower one wins


@dataclass(slots=True)
class Candidate:
    start: int  # normalised offsets, proclitic outside
    end: int
    label: str
    rule_id: str
    explanation: str
    priority: int
    word_start: int  # where the word begins, proclitic included
    tokens: int = 1

    @property
    def length(self) -> int:
        return self.end - self.start


def resolve(candidates: list[Candidate]) -> list[Candidate]:
    """Keep the longest candidates, then the higher priority, then the earliest; no overlaps."""
    if not candidates:
        return []
    taken = bytearray(max(c.end for c in candidates))
    kept: list[Candidate] = []
    for candidate in sorted(candidates, key=_strength):
        start, end = candidate.start, candidate.end
        if taken.find(1, start, end) >= 0:
            continue
        taken[start:end] = b"\x01" * (end - start)
        kept.append(candidate)
    kept.sort(key=_start)
    return kept


def _strength(candidate: Candidate) -> tuple[int, int, int]:
    return candidate.start - candidate.end, candidate.priority, candidate.start


def _start(candidate: Candidate) -> int:
    return candidate.start


class SpanIndex:
    """Sorted, non-overlapping candidates: which one covers or starts at a position."""

    def __init__(self, candidates: list[Candidate]) -> None:
        self.items = sorted(candidates, key=lambda c: c.start)
        self._starts = [c.start for c in self.items]
        self.by_word_start = {c.word_start: c for c in self.items}
        self.by_word_start.update({c.start: c for c in self.items})

    def starting_at(self, word_start: int) -> Candidate | None:
        """The candidate whose word (with or without its proclitic) starts at `word_start`."""
        return self.by_word_start.get(word_start)

    def overlapping(self, start: int, end: int) -> bool:
        index = bisect.bisect_left(self._starts, end)
        return bool(index) and self.items[index - 1].end > start

    def covering(self, start: int, end: int) -> Candidate | None:
        index = bisect.bisect_right(self._starts, start)
        if index and self.items[index - 1].end >= end:
            return self.items[index - 1]
        return None
