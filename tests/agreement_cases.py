"""Small hand-made versions of one article for the agreement, merge and curation tests."""

from __future__ import annotations

from pathlib import Path

from tawsim.core import annotation_file
from tawsim.core.model import AnnotationSet, Document

TEXT = "aa bb cc dd ee ff gg hh ii jj"  # ten tokens, t0 … t9


def token(index: int) -> tuple[int, int]:
    start = index * 3
    return start, start + 2


def version(spans: list[tuple[int, int, str, str]], name: str = "doc.txt", text: str = TEXT,
            speakers: list[tuple[int, int]] = ()) -> AnnotationSet:
    """spans: (first token, last token, category, label), all accepted; speakers: (claim row, entity row)."""
    annotations = AnnotationSet(Document(name, text))
    for first, last, category, label in spans:
        span = annotations.make_span(token(first)[0], token(last)[1], category, label, status="accepted")
        annotations.add(span)
    for claim_row, entity_row in speakers:
        annotations.link("speaker", annotations[claim_row].id, annotations[entity_row].id)
    return annotations


def write(folder: Path, annotator: str, annotations: AnnotationSet, stem: str = "doc") -> Path:
    path = folder / f"{stem}.{annotator}.json"
    annotation_file.save(path, annotations, annotator=annotator)
    return path


# A: PER t0-t1, LOC t4, ORG t7.  B: PER t0, LOC t4, LOC t7.
CASE_A = [(0, 1, "entity", "PER"), (4, 4, "entity", "LOC"), (7, 7, "entity", "ORG")]
CASE_B = [(0, 0, "entity", "PER"), (4, 4, "entity", "LOC"), (7, 7, "entity", "LOC")]
