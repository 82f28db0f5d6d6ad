"""doccano JSONL: one document per line, `{"text": ..., "label": [[start, end, "LABEL"], ...]}`.

Offsets are UTF-16 code units, the unit doccano's web front end counts in (JavaScript string
indexes): an emoji before a span moves it by two, an Arabic letter or a tashkeel mark by one. For
Arabic text without emoji or other characters beyond U+FFFF this equals code points.

When the document has relations, the line also carries doccano's relation form:
`"entities": [{"id", "label", "start_offset", "end_offset"}]` and
`"relations": [{"id", "from_id", "to_id", "type"}]`, with the same offsets as `label`.
doccano has no pending state: spans come back as accepted.
"""

from __future__ import annotations

import json
from pathlib import Path

from tawsim.core.errors import InputError
from tawsim.core.jsonio import parse_json
from tawsim.core.schema import LabelSchema
from tawsim.formats.common import (
    DocumentBuilder,
    ExportOptions,
    ImportOptions,
    ImportedRelation,
    ImportedSpan,
    Utf16Offsets,
    export_view,
    read_text_file,
)


def export(annotations, options: ExportOptions) -> dict[str, bytes]:
    view = export_view(annotations, options)
    units = Utf16Offsets(view.document.text)
    record: dict = {"name": view.document.name, "text": view.document.text}
    record["label"] = [
        [units.to_units(span.start), units.to_units(span.end), span.label] for span in view.spans
    ]
    if view.relations:
        numbers = {span.id: number for number, span in enumerate(view.spans, 1)}
        record["entities"] = [
            {
                "id": numbers[span.id],
                "label": span.label,
                "start_offset": units.to_units(span.start),
                "end_offset": units.to_units(span.end),
            }
            for span in view.spans
        ]
        record["relations"] = [
            {"id": number, "from_id": numbers[r.source], "to_id": numbers[r.target], "type": r.type}
            for number, r in enumerate(view.relations, 1)
        ]
    return {".jsonl": (json.dumps(record, ensure_ascii=False) + "\n").encode("utf-8")}


def join(parts: list[bytes]) -> bytes:
    return b"".join(parts)


def import_file(path: Path, schema: LabelSchema, options: ImportOptions):
    raw = read_text_file(path)
    documents = []
    names: set[str] = set()
    for number, line in enumerate(raw.split("\n"), 1):
        if not line.strip():
            continue
        where = f"{path}: line {number}"
        record = parse_json(line, where, "a doccano record")
        documents.append(_document(record, where, schema, path, len(documents) + 1, names, options.label_map))
    if not documents:
        raise InputError(f"{path}: no documents (doccano JSONL has one JSON object per line)")
    return documents


def _document(
    record, where: str, schema: LabelSchema, path: Path, index: int, names: set[str], label_map: dict[str, str]
):
    if not isinstance(record, dict) or not isinstance(record.get("text"), str):
        raise InputError(f'{where}: each line must be an object with a "text" string')
    text = record["text"]
    name = record.get("name") if isinstance(record.get("name"), str) else None
    name = name or f"{path.stem}-{index}"
    if name in names:
        name = f"{name}-{index}"
    names.add(name)
    builder = DocumentBuilder(name, text, schema, "doccano", label_map)
    units = Utf16Offsets(text)
    if "entities" in record:
        _entities(record, where, builder, units)
    else:
        labels = record.get("label", [])
        if not isinstance(labels, list):
            raise InputError(f'{where}: "label" must be a list of [start, end, "LABEL"]')
        for number, item in enumerate(labels, 1):
            if not (
                isinstance(item, list) and len(item) == 3 and isinstance(item[2], str)
            ):
                raise InputError(f'{where}: label {number} is not [start, end, "LABEL"]: {item!r:.60}')
            start, end = _code_points(item[0], item[1], units, f"{where}, label {number}")
            builder.add_span(ImportedSpan(str(number), start, end, item[2], f"{where}, label {number}"))
    return builder.annotations


def _entities(record, where: str, builder: DocumentBuilder, units: Utf16Offsets) -> None:
    entities, relations = record.get("entities"), record.get("relations", [])
    if not isinstance(entities, list) or not isinstance(relations, list):
        raise InputError(f'{where}: "entities" and "relations" must be lists')
    for number, item in enumerate(entities, 1):
        here = f"{where}, entity {number}"
        if not isinstance(item, dict) or not all(
            k in item for k in ("id", "label", "start_offset", "end_offset")
        ):
            raise InputError(f"{here}: needs id, label, start_offset and end_offset")
        start, end = _code_points(item["start_offset"], item["end_offset"], units, here)
        builder.add_span(ImportedSpan(str(item["id"]), start, end, str(item["label"]), here))
    for number, item in enumerate(relations, 1):
        here = f"{where}, relation {number}"
        if not isinstance(item, dict) or not all(k in item for k in ("from_id", "to_id", "type")):
            raise InputError(f"{here}: needs from_id, to_id and type")
        builder.add_relation(
            ImportedRelation(str(item["type"]), str(item["from_id"]), str(item["to_id"]), here)
        )


def _code_points(start, end, units: Utf16Offsets, where: str) -> tuple[int, int]:
    if not (isinstance(start, int) and isinstance(end, int)) or isinstance(start, bool):
        raise InputError(f"{where}: offsets must be whole numbers, not {start!r} and {end!r}")
    first, last = units.to_code_point(start), units.to_code_point(end)
    if first is None or last is None:
        raise InputError(
            f"{where}: offsets {start}-{end} are outside the text (0-{units.length} UTF-16 units) "
            "or split an emoji"
        )
    return first, last

