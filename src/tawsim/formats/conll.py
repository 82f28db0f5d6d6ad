"""CoNLL with IOB2 tags: one token per line, then one tag column per category.

Columns: token, entity tag, figure tag, claim tag, separated by one space. Spans nest across
categories (a claim holds entities and figures), so each category has its own column; inside one
category spans never overlap (if two did, the longer one is kept). Each document starts with a
`-DOCSTART-` line and a blank line; sentences are separated by a blank line.
"""

from __future__ import annotations

from tawsim.core.model import CATEGORIES, AnnotationSet, Span
from tawsim.formats.common import ExportOptions, export_view
from tawsim.formats.tokens import sentence_breaks, span_cuts, tokenize

COLUMNS = ("token",) + CATEGORIES
DOCSTART = "-DOCSTART-"


def export(annotations: AnnotationSet, options: ExportOptions) -> dict[str, bytes]:
    return {".conll": to_text(annotations, options).encode("utf-8")}


def join(parts: list[bytes]) -> bytes:
    return b"".join(parts)


def to_text(annotations: AnnotationSet, options: ExportOptions) -> str:
    view = export_view(annotations, options)
    text = view.document.text
    tokens = tokenize(text, span_cuts(view.spans))
    columns = [_tags(tokens, _non_overlapping(view.spans, category)) for category in CATEGORIES]
    breaks = sentence_breaks(text, tokens, view.spans)
    lines = [" ".join([DOCSTART] + ["O"] * len(CATEGORIES)), ""]
    for index, (start, end) in enumerate(tokens):
        lines.append(" ".join([text[start:end]] + [column[index] for column in columns]))
        if index in breaks:
            lines.append("")
    if lines[-1] != "":
        lines.append("")
    return "\n".join(lines) + "\n"


def _non_overlapping(spans: list[Span], category: str) -> list[Span]:
    kept: list[Span] = []
    for span in sorted((s for s in spans if s.category == category), key=lambda s: (s.start - s.end, s.start)):
        if not any(span.start < other.end and other.start < span.end for other in kept):
            kept.append(span)
    return sorted(kept, key=lambda s: s.start)


def _tags(tokens: list[tuple[int, int]], spans: list[Span]) -> list[str]:
    tags = ["O"] * len(tokens)
    index = 0
    for span in spans:
        while index < len(tokens) and tokens[index][1] <= span.start:
            index += 1
        first = True
        while index < len(tokens) and tokens[index][0] < span.end:
            tags[index] = ("B-" if first else "I-") + span.label
            first = False
            index += 1
    return tags
