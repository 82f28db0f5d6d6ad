"""What every rule returns: a match in original-text offsets, with the rule and the reason."""

from __future__ import annotations


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
    if not matches:
        return []
    taken = bytearray(max(match.end for match in matches))
    kept: list[Match] = []
    for match in sorted(matches, key=lambda m: (-m.length, m.start)):
        if taken.find(1, match.start, match.end) >= 0:
            continue
        taken[match.start : match.end] = b"\x01" * match.length
        kept.append(match)
    kept.sort(key=lambda m: m.start)
    return kept
