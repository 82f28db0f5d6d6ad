"""What every rule returns: a match in original-text offsets, with the rule and the reason."""

from __future__ import annotations

import bisect

from dataclasses import dataclass, field


@dataclass
class Match:
    start: int  # code points into the original text
    end: int
    category: str  # entity | figure | claim
    label: str
    rule_id: str
    explanation: str
    attrs: dict = field(default_factory=dict)
    speaker: "Match | None" = None  # claims only: the entity match that said it

    @property
    def length(self) -> int:
        return self.end - self.start

    def overlaps(self, other: "Match") -> bool:
        return self.start < other.end and other.start < self.end


def longest_first(matches: list[Match]) -> list[Match]:
    """The default overlap policy within one category: keep the longest, then the earliest."""
    kept: list[Match] = []
    starts: list[int] = []  # the kept matches never overlap, so starts and ends sort alike
    ends: list[int] = []
    for match in sorted(matches, key=lambda m: (-m.length, m.start)):
        index = bisect.bisect_left(starts, match.end)
        if index and ends[index - 1] > match.start:
            continue
        starts.insert(index, match.start)
        ends.insert(index, match.end)
        kept.append(match)
    kept.sort(key=lambda m: m.start)
    return kept
