"""What every rule returns: a match in original-text offsets, with the rule and the reason."""

from __future__ import annotations


from dataclasses import dataclass, field


@dataclass(slots=True)
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
    if not matches:
        return []
    if _ordered_apart(matches):
        return list(matches)  # the rule sets mostly return such lists: nothing to settle
    taken = bytearray(max(match.end for match in matches))
    kept: list[Match] = []
    for match in sorted(matches, key=lambda m: (-m.length, m.start)):
        if taken.find(1, match.start, match.end) >= 0:
            continue
        taken[match.start : match.end] = b"\x01" * match.length
        kept.append(match)
    kept.sort(key=lambda m: m.start)
    return kept


def _ordered_apart(matches: list[Match]) -> bool:
    """Whether the matches are sorted by strictly rising start and none overlaps the next: then
    `longest_first` would keep them all, in this order."""
    end = -1
    start = -1
    for match in matches:
        if match.start <= start or match.start < end:
            return False
        start, end = match.start, match.end
    return True
