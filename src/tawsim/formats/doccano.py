"""doccano JSONL: one record per line, `{"text": ..., "label": [[start, end, "LABEL"], ...]}`.

Offsets are UTF-16 code units by default, the unit doccano's annotator counts in (JavaScript string
indexes): an emoji before a span moves it by two, an Arabic letter or a tashkeel mark by one.
`doccano_offsets="graphemes"` counts extended grapheme clusters instead, for a project made with
doccano's grapheme-cluster option (its annotator then counts a letter with its tashkeel as one).

A doccano project that does not allow overlapping spans (the default) keeps, on import, a span only
when it starts at or after the end of the last span it kept (sorted by start): every figure and
entity inside a claim would be dropped without a word. So by default (`claims-apart`) each document
is written as two records of the same text: one with the entities and figures, one with the claims
(with the spans their links point to, and the links); `keep-all` writes one record with everything,
for projects that allow overlapping spans. Whatever still overlaps inside a record is named in a
warning.

Each record also carries doccano's relation form, `"entities": [{"id", "label", "start_offset",
"end_offset"}]` and `"relations": [{"id", "from_id", "to_id", "type"}]`, which a relation project
reads instead of `label`; a sequence labeling project keeps it as metadata, and import reads back a
link whose two ends are still labelled at the same places.
doccano keeps a record's other keys as its metadata and gives them back on export; Tawsim's are
`tawsim_part` ("entities" or "claims", which records make one document), `tawsim_offsets` (the unit)
and `tawsim_spans`, what doccano has no place for: each span's offsets and label with its source
(rule, model) and attributes (figure value, unit, qualifier, rule explanation, confidence). Import
gives them back to the spans it finds at the same offsets with the same label. doccano has no
pending state: spans come back as accepted.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import regex

from tawsim.core.errors import InputError
from tawsim.core.jsonio import parse_json
from tawsim.core.schema import LabelSchema
from tawsim.formats.common import (
    DocumentBuilder,
    ExportedFiles,
    ExportOptions,
    ImportedDocuments,
    ImportedRelation,
    ImportedSpan,
    ImportOptions,
    Utf16Offsets,
    export_view,
    read_text_file,
    skipped_labels_warning,
    span_extras,
)

OVERLAP_CHOICES = ("claims-apart", "keep-all")
OFFSET_CHOICES = ("utf16", "graphemes")
PART_KEY = "tawsim_part"
OFFSETS_KEY = "tawsim_offsets"
SPANS_KEY = "tawsim_spans"
ENTITIES_PART, CLAIMS_PART = "entities", "claims"
UNIT_NAMES = {"utf16": "UTF-16 units", "graphemes": "grapheme clusters"}


class GraphemeOffsets:
    """Offsets counted in extended grapheme clusters (Unicode UAX #29, the `regex` module's \\X),
    as doccano's annotator counts them in its grapheme-cluster mode (the grapheme-splitter library).
    A base letter and the tashkeel marks on it are one cluster, so are an emoji and its modifiers."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._starts = [0, *(match.end() for match in regex.finditer(r"\X", text))]
        self._cluster_at = {code_point: index for index, code_point in enumerate(self._starts)}

    def to_units(self, code_point: int) -> int | None:
        """The cluster index at `code_point`, or None when it falls inside a cluster."""
        return self._cluster_at.get(code_point)

    def to_code_point(self, unit: int) -> int | None:
        return self._starts[unit] if 0 <= unit < len(self._starts) else None

    @property
    def length(self) -> int:
        return len(self._starts) - 1


def offsets_for(text: str, unit: str):
    return GraphemeOffsets(text) if unit == "graphemes" else Utf16Offsets(text)


# -- export --------------------------------------------------------------------------------
def export(annotations, options: ExportOptions) -> ExportedFiles:
    view = export_view(annotations, options)
    unit = options.doccano_offsets or "utf16"
    if unit not in OFFSET_CHOICES:
        raise InputError(f"doccano offsets are {' or '.join(OFFSET_CHOICES)}, not {unit!r}")
    if options.doccano_overlap not in OVERLAP_CHOICES:
        raise InputError(f"--doccano-overlap is {' or '.join(OVERLAP_CHOICES)}, not {options.doccano_overlap!r}")
    units = offsets_for(view.document.text, unit)
    warnings: list[str] = []
    spans = []
    for span in view.spans:
        if units.to_units(span.start) is None or units.to_units(span.end) is None:
            warnings.append(
                f"{span.label} {_quote(span.text)} at {span.start}-{span.end} starts or ends inside a "
                "grapheme cluster, which doccano's grapheme mode cannot select; left out"
            )
        else:
            spans.append(span)
    kept = {span.id for span in spans}
    relations = [r for r in view.relations if r.source in kept and r.target in kept]
    if options.doccano_overlap == "keep-all":
        parts = [(None, spans, relations)]
    else:
        parts = _claims_apart(spans, relations)
    lines = []
    for part, part_spans, part_relations in parts:
        record = _record(view.document, part, part_spans, part_relations, units, unit)
        warnings += _overlap_warnings(part_spans, part)
        lines.append(json.dumps(record, ensure_ascii=False) + "\n")
    return ExportedFiles({".jsonl": "".join(lines).encode("utf-8")}, warnings)


def _claims_apart(spans, relations):
    """The entities and figures in one record, the claims in another with the other ends of their
    links (and links among entities or figures stay with them)."""
    by_id = {span.id: span for span in spans}
    claim_ids = {span.id for span in spans if span.category == "claim"}
    outer_relations = [r for r in relations if claim_ids & {r.source, r.target}]
    inner_relations = [r for r in relations if r not in outer_relations]
    linked = {end for r in outer_relations for end in (r.source, r.target)}
    parts = [(ENTITIES_PART, [s for s in spans if s.id not in claim_ids], inner_relations)]
    if claim_ids:
        claims = [by_id[i] for i in sorted(claim_ids | linked, key=lambda i: _order(by_id[i]))]
        parts.append((CLAIMS_PART, claims, outer_relations))
    return parts


def _order(span):
    return (span.start, -span.end, span.id)


def _record(document, part, spans, relations, units, unit: str) -> dict:
    record: dict = {"name": document.name, "text": document.text}
    record["label"] = [[units.to_units(s.start), units.to_units(s.end), s.label] for s in spans]
    numbers = {span.id: number for number, span in enumerate(spans, 1)}
    # both forms: a relation project reads only `entities` and `relations`, sequence labeling only `label`
    record["entities"] = [
        {"id": numbers[s.id], "label": s.label, "start_offset": units.to_units(s.start),
         "end_offset": units.to_units(s.end)}
        for s in spans
    ]
    record["relations"] = [
        {"id": number, "from_id": numbers[r.source], "to_id": numbers[r.target], "type": r.type}
        for number, r in enumerate(relations, 1)
    ]
    if part is not None:
        record[PART_KEY] = part
    record[OFFSETS_KEY] = unit
    record[SPANS_KEY] = [_kept(span, units) for span in spans]
    return record


def _kept(span, units) -> dict:
    return {"start": units.to_units(span.start), "end": units.to_units(span.end), "label": span.label,
            **span_extras(span)}


def doccano_keeps(spans) -> list:
    """The spans a doccano project that does not allow overlapping keeps from one record: sorted by
    start (ties in file order), each one that starts at or after the end of the last one kept."""
    kept, last_end = [], -1
    for span in sorted(spans, key=lambda s: s.start):
        if span.start >= last_end:
            kept.append(span)
            last_end = span.end
    return kept


def _overlap_warnings(spans, part) -> list[str]:
    if part is None:
        return []  # keep-all: written for projects that allow overlapping spans
    kept = {id(span) for span in doccano_keeps(spans)}
    dropped = [span for span in spans if id(span) not in kept]
    if not dropped:
        return []
    names = ", ".join(f"{s.label} {_quote(s.text)}" for s in dropped[:5])
    more = f" and {len(dropped) - 5} more" if len(dropped) > 5 else ""
    return [
        f"{len(dropped)} span(s) in the {part} record overlap an earlier one, and a doccano project "
        f"that does not allow overlapping spans drops them on import: {names}{more}"
    ]


def _quote(text: str, limit: int = 30) -> str:
    return repr(text if len(text) <= limit else text[:limit] + "…")


def join(parts: list[bytes]) -> bytes:
    return b"".join(parts)


# -- import --------------------------------------------------------------------------------
def import_file(path: Path, schema: LabelSchema, options: ImportOptions) -> ImportedDocuments:
    if options.doccano_offsets is not None and options.doccano_offsets not in OFFSET_CHOICES:
        raise InputError(f"--doccano-offsets is {' or '.join(OFFSET_CHOICES)}, not {options.doccano_offsets!r}")
    raw = read_text_file(path)
    documents = ImportedDocuments()
    skipped: Counter = Counter()
    builders: dict[tuple[str, str], _Document] = {}  # records of one exported document, by name and text
    names: set[str] = set()
    for number, line in enumerate(raw.split("\n"), 1):
        if not line.strip():
            continue
        where = f"{path}: line {number}"
        record = parse_json(line, where, "a doccano record")
        if not isinstance(record, dict) or not isinstance(record.get("text"), str):
            documents.warnings.append(f'line {number}: skipped: a record is an object with a "text" string')
            continue
        text = record["text"]
        name = record.get("name") if isinstance(record.get("name"), str) and record.get("name") else None
        key = (name or "", text)
        if record.get(PART_KEY) in (ENTITIES_PART, CLAIMS_PART) and name and key in builders:
            document = builders[key]
        else:
            name = name or f"{path.stem}-{len(documents) + 1}"
            if name in names:
                name = f"{name}-{len(documents) + 1}"
            names.add(name)
            document = _Document(DocumentBuilder(name, text, schema, "doccano", options.label_map, skipped))
            documents.append(document.builder.annotations)
            if record.get(PART_KEY) in (ENTITIES_PART, CLAIMS_PART) and key[0]:
                builders[key] = document
        unit = options.doccano_offsets or record.get(OFFSETS_KEY)
        unit = unit if unit in OFFSET_CHOICES else "utf16"
        document.read(record, where, offsets_for(text, unit), UNIT_NAMES[unit], f"{number}:")
    if not documents:
        raise InputError(f"{path}: no documents (doccano JSONL has one JSON object per line)")
    documents.warnings.extend(skipped_labels_warning(skipped))
    return documents


class _Document:
    """One document being rebuilt, from one record or from the entities and claims records that
    were written for it (a span in both, such as a claim's speaker, is read once)."""

    def __init__(self, builder: DocumentBuilder) -> None:
        self.builder = builder
        self._seen: dict[tuple[int, int, str], str] = {}  # (start, end, label) → first ref
        self._alias: dict[str, str] = {}

    def read(self, record: dict, where: str, units, unit_name: str, prefix: str) -> None:
        kept = _kept_by_place(record.get(SPANS_KEY))
        labels, entities = record.get("label"), record.get("entities")
        if entities is not None and (labels is None or _fresh_form(record, kept) == "entities"):
            spans, relations = _entities(record, where)
        else:
            spans = _labels(labels if labels is not None else [], where)
            relations = _kept_links(record, spans, where)
        for ref, start, end, label, here in spans:
            first, last = _code_points(start, end, units, unit_name, here)
            extra = kept.get((start, end, label), {})
            place = (first, last, self.builder.label_map.get(label, label))
            ref = prefix + ref
            if place in self._seen:
                self._alias[ref] = self._seen[place]
                continue
            self._seen[place] = ref
            attrs = extra.get("attrs") if isinstance(extra.get("attrs"), dict) else {}
            source = extra.get("source") if isinstance(extra.get("source"), str) else None
            self.builder.add_span(ImportedSpan(ref, first, last, label, here, attrs=attrs, source=source))
        for type_name, source, target, here in relations:
            source, target = prefix + source, prefix + target
            self.builder.add_relation(
                ImportedRelation(type_name, self._alias.get(source, source), self._alias.get(target, target), here)
            )


def _kept_by_place(items) -> dict[tuple[int, int, str], dict]:
    kept = {}
    for item in items if isinstance(items, list) else []:
        if isinstance(item, dict) and all(k in item for k in ("start", "end", "label")):
            kept[(item["start"], item["end"], item["label"])] = item
    return kept


def _fresh_form(record: dict, kept: dict) -> str:
    """Which of `label` and `entities` doccano wrote, when a record has both: doccano gives back the
    form its project reads (`label` for sequence labeling, `entities` with relations) and the other
    as the metadata it kept from our file, unchanged. The one that differs from what we wrote is
    the annotator's; when neither does, they agree."""
    labels = {tuple(item) for item in record.get("label") or [] if isinstance(item, list) and len(item) == 3}
    entities = {
        (item.get("start_offset"), item.get("end_offset"), item.get("label"))
        for item in record.get("entities") or []
        if isinstance(item, dict)
    }
    written = set(kept)
    if kept and labels != written and entities == written:
        return "label"
    return "entities"


def _kept_links(record: dict, spans: list[tuple], where: str) -> list[tuple]:
    """A sequence labeling project has no links, but keeps the `entities` and `relations` we wrote
    as metadata: a link whose two ends are still labelled at the same places is read back."""
    entities, relations = record.get("entities"), record.get("relations")
    if not (isinstance(entities, list) and isinstance(relations, list)):
        return []
    places = {
        item.get("id"): (item.get("start_offset"), item.get("end_offset"), item.get("label"))
        for item in entities
        if isinstance(item, dict)
    }
    refs = {(start, end, label): ref for ref, start, end, label, _ in spans}
    links = []
    for number, item in enumerate(relations, 1):
        if not isinstance(item, dict) or not isinstance(item.get("type"), str):
            continue
        source, target = refs.get(places.get(item.get("from_id"))), refs.get(places.get(item.get("to_id")))
        if source is not None and target is not None:
            links.append((item["type"], source, target, f"{where}, relation {number}"))
    return links


def _labels(labels, where: str) -> list[tuple]:
    if not isinstance(labels, list):
        raise InputError(f'{where}: "label" must be a list of [start, end, "LABEL"]')
    spans = []
    for number, item in enumerate(labels, 1):
        if not (isinstance(item, list) and len(item) == 3 and isinstance(item[2], str)):
            raise InputError(f'{where}: label {number} is not [start, end, "LABEL"]: {item!r:.60}')
        spans.append((str(number), item[0], item[1], item[2], f"{where}, label {number}"))
    return spans


def _entities(record, where: str) -> tuple[list[tuple], list[tuple]]:
    entities, relations = record.get("entities"), record.get("relations") or []
    if not isinstance(entities, list) or not isinstance(relations, list):
        raise InputError(f'{where}: "entities" and "relations" must be lists')
    spans = []
    for number, item in enumerate(entities, 1):
        here = f"{where}, entity {number}"
        if not isinstance(item, dict) or not all(k in item for k in ("id", "label", "start_offset", "end_offset")):
            raise InputError(f"{here}: needs id, label, start_offset and end_offset")
        spans.append((str(item["id"]), item["start_offset"], item["end_offset"], str(item["label"]), here))
    links = []
    for number, item in enumerate(relations, 1):
        here = f"{where}, relation {number}"
        if not isinstance(item, dict) or not all(k in item for k in ("from_id", "to_id", "type")):
            raise InputError(f"{here}: needs from_id, to_id and type")
        links.append((str(item["type"]), str(item["from_id"]), str(item["to_id"]), here))
    return spans, links


def _code_points(start, end, units, unit_name: str, where: str) -> tuple[int, int]:
    if not (isinstance(start, int) and isinstance(end, int)) or isinstance(start, bool) or isinstance(end, bool):
        raise InputError(f"{where}: offsets must be whole numbers, not {start!r} and {end!r}")
    first, last = units.to_code_point(start), units.to_code_point(end)
    if first is None or last is None:
        split = " or split an emoji" if unit_name == UNIT_NAMES["utf16"] else ""
        raise InputError(
            f"{where}: offsets {start}-{end} are outside the text (0-{units.length} {unit_name}){split}"
        )
    return first, last
