"""Entity candidates in normalised offsets, and how overlapping ones are settled."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

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
    cue: tuple | None = None  # (rule, start, end, text) of the cue word: explained at the end
    attrs: dict | None = None  # a date's or time's value (tawsim.rules.entities.date_values)

    @property
    def length(self) -> int:
        return self.end - self.start

    def explain(self, original_text: Callable[[int, int], str], known: dict) -> str:
        """The explanation; a cue rule's names its cue word as first written in the document
        (`known` remembers it per rule and normalised cue, so repeated cues cost nothing)."""
        if self.cue is None:
            return self.explanation
        rule, start, end, cue_key = self.cue
        explanation = known.get((rule.id, cue_key))
        if explanation is None:
            explanation = known[rule.id, cue_key] = rule.explanation(original_text(start, end))
        return explanation


class Board:
    """Settled candidates that never overlap, filled phase by phase (lists, dates, organisations
    and places, persons, short forms). A candidate takes its place where the text is free, or
    over whole shorter candidates (an organisation over the place inside its name); it is dropped
    when it is inside or equal to a settled one, or cuts one in part: earlier phases win ties."""

    def __init__(self, length: int) -> None:
        self._taken = bytearray(length + 1)
        self._starts = bytearray(length + 1)
        self._by_start: dict[int, Candidate] = {}
        self._by_word_start: dict[int, Candidate] = {}

    def add_all(self, candidates) -> None:
        """Add the candidates, strongest first (`add` with its common case written inline)."""
        taken, starts = self._taken, self._starts
        by_start, by_word_start = self._by_start, self._by_word_start
        limit = len(taken)
        for candidate in sorted([c for c in candidates if c is not None], key=_strength):
            start, end = candidate.start, candidate.end
            if end <= start or end >= limit:
                continue
            if taken.find(1, start, end) >= 0:
                self.add(candidate)  # something is settled there already: the full rules
                continue
            taken[start:end] = b"\x01" * (end - start)
            starts[start] = 1
            by_start[start] = candidate
            by_word_start[candidate.word_start] = candidate
            by_word_start.setdefault(start, candidate)

    def add(self, candidate: Candidate) -> bool:
        start, end = candidate.start, candidate.end
        taken, starts = self._taken, self._starts
        if end <= start or end >= len(taken):
            return False
        if taken.find(1, start, end) >= 0:
            if taken[start] and not starts[start] or taken[end] and not starts[end]:
                return False  # cuts a settled candidate in part
            inside = self.starts_in(start, end)
            if any(self._by_start[position].end - position >= end - start for position in inside):
                return False
            for position in inside:
                self._remove(self._by_start[position])
        taken[start:end] = b"\x01" * (end - start)
        starts[start] = 1
        self._by_start[start] = candidate
        self._by_word_start[candidate.word_start] = candidate
        self._by_word_start.setdefault(start, candidate)
        return True

    def _remove(self, candidate: Candidate) -> None:
        start, end = candidate.start, candidate.end
        self._taken[start:end] = bytes(end - start)
        self._starts[start] = 0
        del self._by_start[start]
        for key in (candidate.word_start, start):
            if self._by_word_start.get(key) is candidate:
                del self._by_word_start[key]

    def starts_in(self, start: int, end: int) -> list[int]:
        found = []
        position = self._starts.find(1, start, end)
        while position >= 0:
            found.append(position)
            position = self._starts.find(1, position + 1, end)
        return found

    def starting_at(self, word_start: int) -> Candidate | None:
        """The candidate whose word (with or without its proclitic) starts at `word_start`."""
        return self._by_word_start.get(word_start)

    def is_free(self, start: int, end: int) -> bool:
        return self._taken.find(1, start, end) < 0

    def covering(self, start: int, end: int) -> Candidate | None:
        """The settled candidate that contains [start, end), if any."""
        if not self._taken[start]:
            return None
        position = self._starts.rfind(1, 0, start + 1)
        candidate = self._by_start.get(position)
        return candidate if candidate is not None and candidate.end >= end else None

    def candidates(self) -> list[Candidate]:
        return [self._by_start[start] for start in sorted(self._by_start)]


def _strength(candidate: Candidate) -> tuple[int, int, int]:
    return candidate.start - candidate.end, candidate.priority, candidate.start
