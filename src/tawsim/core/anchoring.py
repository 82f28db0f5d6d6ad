"""Re-anchoring spans over a changed text: through a diff of the old and new text, then search.

A span inside a stretch the diff of the stored old text and the new text keeps equal moves with
it, however often its text occurs. Only a span the diff cannot map falls back to its text's unique
occurrence; the rest are dropped and reported.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from difflib import SequenceMatcher

from tawsim.core.errors import shorten
from tawsim.core.model import Span

CHARACTER_DIFF_LIMIT = 20_000  # characters on each side of a changed stretch diffed char by char


CONTEXT_CHARACTERS = 40  # of the old text shown each side of a dropped annotation


@dataclass(frozen=True)
class Dropped:
    """An annotation re-anchoring could not place, with the text around it where it was."""

    span: Span
    before: str
    after: str


@dataclass
class AnchorReport:
    moved: list[tuple[str, int, int]] = field(default_factory=list)  # id, old start, new start
    lost: list[Span] = field(default_factory=list)
    dropped: list[Dropped] = field(default_factory=list)  # `lost`, each with its old context

    @property
    def changed(self) -> bool:
        return bool(self.moved or self.lost)

    def messages(self) -> list[str]:
        lines = [f"{span_id}: moved from offset {old} to {new}" for span_id, old, new in self.moved]
        lines += [
            f"{span.id} ({span.label} {shorten(span.text)!r}): its text is no longer found exactly once; dropped"
            for span in self.lost
        ]
        return lines


def reanchor(spans: list[Span], text: str, old_text: str | None = None) -> tuple[list[Span], AnchorReport]:
    """Keep spans whose text is still at their offsets; map the others through the diff of
    `old_text` and `text`; move those left whose text occurs exactly once; drop the rest."""
    report = AnchorReport()
    kept: list[Span] = []
    blocks = equal_blocks(old_text, text) if old_text is not None and old_text != text else []
    starts = [block[0] for block in blocks]
    for span in spans:
        mapped = _through_diff(span, blocks, starts, text) if blocks else None
        if mapped is None and 0 <= span.start < span.end <= len(text) and text[span.start : span.end] == span.text:
            mapped = span.start
        if mapped is None:
            mapped = _unique_occurrence(text, span.text)
        if mapped is None:
            report.lost.append(span)
            report.dropped.append(_with_context(span, old_text if old_text is not None else text))
            continue
        if (mapped, mapped + len(span.text)) != (span.start, span.end):
            report.moved.append((span.id, span.start, mapped))
            span.start, span.end = mapped, mapped + len(span.text)
        kept.append(span)
    return kept, report


def _with_context(span: Span, old_text: str) -> Dropped:
    before = old_text[max(0, span.start - CONTEXT_CHARACTERS) : max(0, span.start)].split("\n")[-1]
    after = old_text[span.end : span.end + CONTEXT_CHARACTERS].split("\n")[0]
    return Dropped(span, before, after)


def equal_blocks(old: str, new: str) -> list[tuple[int, int, int]]:
    """(old start, new start, length) of the stretches the two texts share, in order.

    Lines are diffed first (fast on long articles), then each changed stretch char by char when
    it is small enough, so an edit inside a line keeps the rest of the line mapped.
    """
    old_lines, new_lines = old.splitlines(keepends=True), new.splitlines(keepends=True)
    old_at, new_at = _line_offsets(old_lines), _line_offsets(new_lines)
    blocks: list[tuple[int, int, int]] = []
    matcher = SequenceMatcher(None, old_lines, new_lines, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        a, b = old_at[i1], new_at[j1]
        a_end, b_end = old_at[i2], new_at[j2]
        if tag == "equal":
            blocks.append((a, b, a_end - a))
        elif tag == "replace" and a_end - a <= CHARACTER_DIFF_LIMIT and b_end - b <= CHARACTER_DIFF_LIMIT:
            inner = SequenceMatcher(None, old[a:a_end], new[b:b_end], autojunk=False)
            blocks += [(a + x, b + y, size) for x, y, size in inner.get_matching_blocks() if size]
    return blocks


def _line_offsets(lines: list[str]) -> list[int]:
    offsets = [0]
    for line in lines:
        offsets.append(offsets[-1] + len(line))
    return offsets


def _through_diff(span: Span, blocks, starts, text: str) -> int | None:
    index = bisect.bisect_right(starts, span.start) - 1
    if index < 0 or span.end - span.start != len(span.text):
        return None
    old_start, new_start, size = blocks[index]
    if span.end > old_start + size:
        return None  # the span crosses a change: the diff does not map it exactly
    mapped = new_start + span.start - old_start
    return mapped if text[mapped : mapped + len(span.text)] == span.text else None


def _unique_occurrence(text: str, needle: str) -> int | None:
    if not needle:
        return None
    first = text.find(needle)
    if first < 0 or text.find(needle, first + 1) >= 0:
        return None
    return first
