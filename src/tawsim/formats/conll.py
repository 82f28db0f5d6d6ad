"""CoNLL with IOB2 tags: one token per line, then one tag column per category.

Columns: token, entity tag, figure tag, claim tag, separated by one space. With a category chosen
(ExportOptions.category) only its column is written, `token TAG`, the two-column shape
`spacy convert --converter ner`, seqeval and doccano read. Spans nest across
categories (a claim holds entities and figures), so each category has its own column; inside one
category spans never overlap (if two did, the longer one is kept, with a warning). Each document
starts with a `-DOCSTART-` line (`-DOCSTART- -X- O O` in the one-column form, the CoNLL-2003 line
spaCy's converter splits documents on) and a blank line; sentences are separated by a blank line.
"""

from __future__ import annotations

from tawsim.core.model import CATEGORIES, AnnotationSet, Span
from tawsim.formats.common import ExportedFiles, ExportOptions, export_view
from tawsim.formats.tokens import sentence_breaks, span_cuts, tokenize

COLUMNS = ("token",) + CATEGORIES
DOCSTART = "-DOCSTART-"
CONLL2003_DOCSTART = "-DOCSTART- -X- O O"


def export(annotations: AnnotationSet, options: ExportOptions) -> ExportedFiles:
    warnings: list[str] = []
    text = to_text(annotations, options, warnings)
    return ExportedFiles({".conll": text.encode("utf-8")}, warnings)


def join(parts: list[bytes]) -> bytes:
    return b"".join(parts)


def to_text(annotations: AnnotationSet, options: ExportOptions, warnings: list[str] | None = None) -> str:
    view = export_view(annotations, options)
    text = view.document.text
    categories = (options.category,) if options.category else CATEGORIES
    spans = [s for s in view.spans if s.category in categories]
    tokens = tokenize(text, span_cuts(spans))
    columns = []
    for category in categories:
        kept = _non_overlapping(spans, category)
        left_out = sum(1 for s in spans if s.category == category) - len(kept)
        if left_out and warnings is not None:
            warnings.append(f"{left_out} {category} spans overlap a longer one and are left out (IOB2 cannot nest)")
        columns.append(_tags(tokens, kept))
    breaks = sentence_breaks(text, tokens, spans)
    start = CONLL2003_DOCSTART if options.category else " ".join([DOCSTART] + ["O"] * len(categories))
    lines = [start, ""]
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
