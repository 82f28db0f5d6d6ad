"""Label Studio JSON tasks: `[{"data": {"text", "name"}, "annotations": [...], "predictions": [...]}]`.

Accepted spans go under `annotations`, pending suggestions (only with include_suggested) under
`predictions`; each span is a result of type "labels" with `value: {start, end, text, labels}`,
`from_name: "label"`, `to_name: "text"`, and a figure's value/unit/qualifier as its region note
(`meta.text`). A speaker link is a result of type "relation" with `from_id` (the claim), `to_id`
(the speaker) and `labels: ["speaker"]`; a link with a pending end goes with the predictions, which
then repeat its accepted end.

Offsets are code points by default, as the current Label Studio front end counts them (its own
end-to-end test `ner/emoji.cy.ts` expects "test" in "🐱 Warning: This is a test text" at 21-25);
`offsets="utf16"` writes and reads UTF-16 code units, as versions before that did. On import a
region whose `value.text` is not found at the declared unit but is at the other is read in the other.
Every task has a stable integer `id` (from its document's name and text), which Label Studio's
converter needs; a prediction carries a `score` when its regions have a confidence (a learned
suggestion's).
"""

from __future__ import annotations

import hashlib
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
    figure_note,
    offsets_in,
    parse_figure_note,
    read_text_file,
)

FROM_NAME = "label"
TO_NAME = "text"
MODEL_VERSION = "tawsim"
DEFAULT_OFFSETS = "codepoints"


def export(annotations, options: ExportOptions) -> dict[str, bytes]:
    return {".json": _dump([task(annotations, options)])}


def join(parts: list[bytes]) -> bytes:
    tasks = []
    for part in parts:
        tasks += json.loads(part.decode("utf-8"))
    return _dump(tasks)


def _dump(tasks: list) -> bytes:
    return (json.dumps(tasks, ensure_ascii=False, indent=1) + "\n").encode("utf-8")


def task(annotations, options: ExportOptions) -> dict:
    view = export_view(annotations, options)
    units = offsets_in(view.document.text, options.offsets or DEFAULT_OFFSETS)
    by_id = {span.id: span for span in view.spans}
    accepted = [_region(s, units) for s in view.spans if s.status == "accepted"]
    suggested = [_region(s, units) for s in view.spans if s.status == "suggested"]
    repeated: set[str] = set()
    for relation in view.relations:
        ends = (by_id[relation.source], by_id[relation.target])
        if all(end.status == "accepted" for end in ends):
            accepted.append(_relation(relation))
            continue
        for end in ends:
            if end.status == "accepted" and end.id not in repeated:
                repeated.add(end.id)
                suggested.append(_region(end, units))
        suggested.append(_relation(relation))
    result: dict = {"id": task_id(view.document), "data": {"text": view.document.text, "name": view.document.name}}
    result["annotations"] = [{"result": accepted}] if accepted else []
    prediction: dict = {"model_version": MODEL_VERSION, "result": suggested}
    scores = [r["score"] for r in suggested if "score" in r]
    if scores:
        prediction["score"] = round(sum(scores) / len(scores), 4)
    result["predictions"] = [prediction] if suggested else []
    return result


def task_id(document) -> int:
    """The same document always gets the same id: 52 bits of its name and text's hash, an
    integer JavaScript holds exactly."""
    digest = hashlib.sha256(f"{document.name}\0{document.text}".encode("utf-8")).hexdigest()
    return int(digest[:13], 16)


def _region(span, units) -> dict:
    region = {
        "id": span.id,
        "from_name": FROM_NAME,
        "to_name": TO_NAME,
        "type": "labels",
        "value": {
            "start": units.to_units(span.start),
            "end": units.to_units(span.end),
            "text": span.text,
            "labels": [span.label],
        },
    }
    note = figure_note(span.attrs) if span.category == "figure" else ""
    if note:
        region["meta"] = {"text": [note]}
    if isinstance(span.attrs.get("confidence"), (int, float)):
        region["score"] = span.attrs["confidence"]
    return region


def _relation(relation) -> dict:
    return {
        "from_id": relation.source,
        "to_id": relation.target,
        "type": "relation",
        "direction": "right",
        "labels": [relation.type],
    }


# -- import --------------------------------------------------------------------------------
def import_file(path: Path, schema: LabelSchema, options: ImportOptions):
    raw = read_text_file(path)
    data = parse_json(raw, str(path), "Label Studio tasks")
    tasks = data if isinstance(data, list) else [data]
    if not tasks:
        raise InputError(f"{path}: no tasks")
    names: set[str] = set()
    unit = options.offsets or DEFAULT_OFFSETS
    return [
        _document(item, f"{path}: task {n}", schema, path, n, names, unit, options.label_map)
        for n, item in enumerate(tasks, 1)
    ]


def _document(
    item, where: str, schema: LabelSchema, path: Path, index: int, names: set[str], unit: str,
    label_map: dict[str, str],
):
    if not isinstance(item, dict) or not isinstance(item.get("data"), dict):
        raise InputError(f'{where}: a task is an object with a "data" object')
    text = _task_text(item["data"], where)
    name = item["data"].get("name")
    name = name if isinstance(name, str) and name else f"{path.stem}-{index}"
    if name in names:
        name = f"{name}-{index}"
    names.add(name)
    builder = DocumentBuilder(name, text, schema, "labelstudio", label_map)
    units = offsets_in(text, unit)
    other = offsets_in(text, "utf16" if unit == "codepoints" else "codepoints")
    relations: list[ImportedRelation] = []
    for key, status in (("annotations", "accepted"), ("predictions", "suggested")):
        results = _first_results(item.get(key), f"{where}, {key}")
        for number, result in enumerate(results, 1):
            here = f"{where}, {key} result {number}"
            if not isinstance(result, dict):
                raise InputError(f"{here}: a result is an object")
            if result.get("type") == "relation":
                relations.append(_read_relation(result, here))
            elif result.get("type") == "labels":
                span = _read_region(result, here, units, other, text, status)
                if not builder.has(span.ref):
                    builder.add_span(span)
    for relation in relations:
        builder.add_relation(relation)
    return builder.annotations


def _task_text(data: dict, where: str) -> str:
    if isinstance(data.get(TO_NAME), str):
        return data[TO_NAME]
    strings = [value for value in data.values() if isinstance(value, str)]
    if len(strings) == 1:
        return strings[0]
    raise InputError(f'{where}: no "text" in the task data')


def _first_results(entries, where: str) -> list:
    if entries is None:
        return []
    if not isinstance(entries, list):
        raise InputError(f"{where}: must be a list")
    for entry in entries:
        if not isinstance(entry, dict):
            raise InputError(f"{where}: each entry is an object with a result list")
        if entry.get("was_cancelled"):
            continue
        result = entry.get("result", [])
        if not isinstance(result, list):
            raise InputError(f"{where}: result must be a list")
        return result  # the first annotator's work; others are not merged
    return []


def _read_region(result: dict, where: str, units, other, text: str, status: str) -> ImportedSpan:
    value = result.get("value")
    if not isinstance(value, dict):
        raise InputError(f"{where}: a labels result needs a value object")
    labels = value.get("labels")
    if not (isinstance(labels, list) and len(labels) == 1 and isinstance(labels[0], str)):
        raise InputError(f"{where}: a region must have exactly one label, not {labels!r:.60}")
    start, end, shown = value.get("start"), value.get("end"), value.get("text")
    if not all(isinstance(v, int) and not isinstance(v, bool) for v in (start, end)):
        raise InputError(f"{where}: start and end must be whole numbers, not {start!r} and {end!r}")
    first, last = units.to_code_point(start), units.to_code_point(end)
    as_units_ok = first is not None and last is not None
    if isinstance(shown, str) and (not as_units_ok or text[first:last] != shown):
        first_other, last_other = other.to_code_point(start), other.to_code_point(end)
        if first_other is not None and last_other is not None and text[first_other:last_other] == shown:
            first, last, as_units_ok = first_other, last_other, True
    unit_name = "UTF-16 units" if isinstance(units, Utf16Offsets) else "code points"
    if not as_units_ok:
        raise InputError(
            f"{where}: offsets {start}-{end} are outside the text (0-{units.length} {unit_name}) "
            "or split an emoji"
        )
    if isinstance(shown, str) and text[first:last] != shown:
        raise InputError(
            f"{where}: the text at {start}-{end} ({unit_name}) is {text[first:last][:40]!r} "
            f"but the file says {shown[:40]!r}"
        )
    region_id = result.get("id")
    if not isinstance(region_id, (str, int)) or isinstance(region_id, bool) or region_id == "":
        raise InputError(f"{where}: a region needs an id")
    note = _region_note(result)
    return ImportedSpan(
        str(region_id), first, last, labels[0], where, status=status,
        attrs=_note_attrs(note, where) if note else {},
        text=shown if isinstance(shown, str) else None,
    )


def _region_note(result: dict) -> str:
    meta = result.get("meta")
    notes = meta.get("text") if isinstance(meta, dict) else None
    if isinstance(notes, list) and notes and isinstance(notes[0], str):
        return notes[0].strip()
    return ""


def _note_attrs(note: str, where: str) -> dict:
    try:
        return parse_figure_note(note, where)
    except InputError:
        return {"note": note}


def _read_relation(result: dict, where: str) -> ImportedRelation:
    source, target = result.get("from_id"), result.get("to_id")
    labels = result.get("labels") or []
    if not all(isinstance(v, (str, int)) and not isinstance(v, bool) for v in (source, target)):
        raise InputError(f"{where}: a relation needs from_id and to_id")
    source, target = str(source), str(target)
    if not (isinstance(labels, list) and len(labels) == 1 and isinstance(labels[0], str)):
        raise InputError(f"{where}: a relation must have exactly one label, such as speaker")
    if result.get("direction") == "left":
        source, target = target, source
    return ImportedRelation(labels[0], source, target, where)
