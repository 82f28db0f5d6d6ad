"""Re-anchoring spans whose offsets no longer cover their text (brat-style check on load)."""

from __future__ import annotations

from dataclasses import dataclass, field

from tawsim.core.model import Span


@dataclass
class AnchorReport:
    moved: list[tuple[str, int, int]] = field(default_factory=list)  # id, old start, new start
    lost: list[Span] = field(default_factory=list)

    def messages(self) -> list[str]:
        lines = [f"{span_id}: moved from offset {old} to {new}" for span_id, old, new in self.moved]
        lines += [
            f"{span.id} ({span.label} {span.text!r}): its text is no longer found exactly once; dropped"
            for span in self.lost
        ]
        return lines


def reanchor(spans: list[Span], text: str) -> tuple[list[Span], AnchorReport]:
    """Keep spans whose text is still at their offsets; move those whose text occurs exactly once."""
    report = AnchorReport()
    kept: list[Span] = []
    for span in spans:
        if 0 <= span.start < span.end <= len(text) and text[span.start : span.end] == span.text:
            kept.append(span)
            continue
        found = _unique_occurrence(text, span.text)
        if found is None:
            report.lost.append(span)
            continue
        report.moved.append((span.id, span.start, found))
        span.start, span.end = found, found + len(span.text)
        kept.append(span)
    return kept, report


def _unique_occurrence(text: str, needle: str) -> int | None:
    if not needle:
        return None
    first = text.find(needle)
    if first < 0 or text.find(needle, first + 1) >= 0:
        return None
    return first
