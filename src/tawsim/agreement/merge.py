"""The automatic part of curation: several versions of one article merged into one.

What every annotator has (same start, end, category, label and, for a claim, speaker) is taken:
accepted, with `attrs.annotators` naming them all. The rest is grouped into differences (spans of
one category that overlap); each variant of a difference is left as a suggestion, with
`attrs.annotators` (who had it), `attrs.difference` (only in one, another label, other boundaries,
another speaker) and `attrs.difference_id` (D1, D2, …: the variants to choose between).
"""

from __future__ import annotations

from dataclasses import dataclass

from tawsim.agreement.measures import active_spans
from tawsim.agreement.versions import DocumentVersions
from tawsim.core.model import AnnotationSet, Document, Span

ONLY_IN = "only in"
ANOTHER_LABEL = "another label"
OTHER_BOUNDARIES = "other boundaries"
ANOTHER_SPEAKER = "another speaker"


@dataclass
class _Variant:
    start: int
    end: int
    category: str
    label: str
    speaker: tuple | None  # the speaker's (start, end, label), for a claim
    template: Span
    annotators: list[str]

    @property
    def key(self) -> tuple:
        return (self.start, self.end, self.category, self.label, self.speaker)


def _variants(doc: DocumentVersions, include_suggested: bool) -> list[_Variant]:
    by_key: dict[tuple, _Variant] = {}
    for annotator, version in doc.versions.items():
        for span in active_spans(version.annotations, include_suggested):
            speaker = version.annotations.speaker_of(span.id) if span.category == "claim" else None
            speaker_key = (speaker.start, speaker.end, speaker.label) if speaker is not None else None
            key = (span.start, span.end, span.category, span.label, speaker_key)
            variant = by_key.get(key)
            if variant is None:
                variant = by_key[key] = _Variant(*key, template=span, annotators=[])
            if annotator not in variant.annotators:
                variant.annotators.append(annotator)
    return sorted(by_key.values(), key=lambda v: (v.start, -v.end, v.category, v.label))


def _groups(variants: list[_Variant]) -> list[list[_Variant]]:
    """Connected groups of overlapping variants of one category (in reading order)."""
    groups: list[list[_Variant]] = []
    for category in {v.category for v in variants}:
        current: list[_Variant] = []
        reach = -1
        for variant in (v for v in variants if v.category == category):
            if current and variant.start >= reach:
                groups.append(current)
                current = []
            current.append(variant)
            reach = max(reach, variant.end) if len(current) > 1 else variant.end
        if current:
            groups.append(current)
    return sorted(groups, key=lambda g: (g[0].start, g[0].category))


def kind_of(group: list[_Variant]) -> str:
    if len(group) == 1:
        return ONLY_IN
    if len({(v.start, v.end) for v in group}) == 1:
        return ANOTHER_LABEL if len({v.label for v in group}) > 1 else ANOTHER_SPEAKER
    return OTHER_BOUNDARIES


def merge(doc: DocumentVersions, include_suggested: bool = False) -> AnnotationSet:
    annotators = list(doc.versions)
    first = next(iter(doc.versions.values())).annotations.document
    document = Document(first.name, doc.text)
    merged = AnnotationSet(document)
    variants = _variants(doc, include_suggested)
    agreed = [v for v in variants if len(v.annotators) == len(annotators)]
    rest = [v for v in variants if len(v.annotators) < len(annotators)]
    made: dict[int, Span] = {}
    ids = merged.new_span_ids(len(variants))
    for variant in agreed:
        made[id(variant)] = _span(variant, ids.pop(0), "accepted", {"annotators": variant.annotators})
    for number, group in enumerate(_groups(rest), 1):
        kind = kind_of(group)
        for variant in group:
            extra = {"annotators": variant.annotators, "difference": kind, "difference_id": f"D{number}"}
            made[id(variant)] = _span(variant, ids.pop(0), "suggested", extra)
    merged.add_many(sorted(made.values(), key=lambda s: (s.start, -s.end, s.category)))
    by_key = {(s.start, s.end, s.label): s for s in merged if s.category == "entity"}
    for variant in variants:
        if variant.speaker is not None and variant.speaker in by_key:
            merged.link("speaker", made[id(variant)].id, by_key[variant.speaker].id)
    return merged


def _span(variant: _Variant, span_id: str, status: str, extra: dict) -> Span:
    template = variant.template
    attrs = {k: v for k, v in template.attrs.items() if k != "annotator"}
    attrs.update(extra)
    return Span(span_id, template.start, template.end, template.text, template.category,
                template.label, status, "manual:merge", attrs)
