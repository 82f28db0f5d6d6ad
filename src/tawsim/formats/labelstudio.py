"""Label Studio JSON tasks: `[{"data": {"text", "name"}, "annotations": [...], "predictions": [...]}]`.

Accepted spans go under `annotations`, pending suggestions (only with include_suggested) under
`predictions`; each span is a result of type "labels" with `value: {start, end, text, labels}`,
`from_name: "label"`, `to_name: "text"`, a figure's value/unit/qualifier as its region note
(`meta.text`) and the span's source and attributes in `meta.tawsim` (Label Studio keeps a result's
`meta` as it is). A speaker link is a result of type "relation" with `from_id` (the claim), `to_id`
(the speaker) and `labels: ["speaker"]`; a link with a pending end goes with the predictions, which
then repeat its accepted end.

Offsets are code points by default, as the current Label Studio front end counts them (its own
end-to-end test `ner/emoji.cy.ts` expects "test" in "🐱 Warning: This is a test text" at 21-25);
`offsets="utf16"` writes and reads UTF-16 code units, as versions before that did. On import a
region whose `value.text` is not found at the declared unit but is at the other is read in the other,
and one without `value.text` in the unit the task's other regions show.

Import also reads Label Studio's JSON export (predictions listed by id are named in a warning),
its JSON-MIN export, links without a label (the schema's only link type) or drawn the other way,
and a region with several labels (a span for each).
Every task has a stable integer `id` (from its document's name and text), which Label Studio's
converter needs; a prediction carries a `score` when its regions have a confidence (a learned
suggestion's).
"""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from pathlib import Path

from tawsim.core.errors import InputError
from tawsim.core.jsonio import parse_json
from tawsim.core.schema import LabelSchema
from tawsim.formats.common import (
    DocumentBuilder,
    ExportOptions,
    ImportedDocuments,
    ImportOptions,
    ImportedRelation,
    ImportedSpan,
    Utf16Offsets,
    export_view,
    figure_note,
    offsets_in,
    parse_figure_note,
    read_text_file,
    skipped_labels_warning,
    span_extras,
)

FROM_NAME = "label"
TO_NAME = "text"
MODEL_VERSION = "tawsim"
DEFAULT_OFFSETS = "codepoints"
META_KEY = "tawsim"  # region meta: {"source": ..., "attrs": {...}}


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
    meta: dict = {}
    note = figure_note(span.attrs) if span.category == "figure" else ""
    if note:
        meta["text"] = [note]
    kept = _kept(span)
    if kept:
        meta[META_KEY] = kept
    if meta:
        region["meta"] = meta
    if isinstance(span.attrs.get("confidence"), (int, float)):
        region["score"] = span.attrs["confidence"]
    return region


def _kept(span) -> dict:
    """What Label Studio has no field for, in the region's free-form `meta`, which it keeps."""
    return span_extras(span)


def _relation(relation) -> dict:
    return {
        "from_id": relation.source,
        "to_id": relation.target,
        "type": "relation",
        "direction": "right",
        "labels": [relation.type],
    }




# -- import --------------------------------------------------------------------------------
def import_file(path: Path, schema: LabelSchema, options: ImportOptions) -> ImportedDocuments:
    raw = read_text_file(path)
    data = parse_json(raw, str(path), "Label Studio tasks")
    tasks = data if isinstance(data, list) else [data]
    if not tasks:
        raise InputError(f"{path}: no tasks")
    reader = _Reader(path, schema, options)
    documents = ImportedDocuments(reader.document(item, n) for n, item in enumerate(tasks, 1))
    documents.warnings.extend(reader.warnings + skipped_labels_warning(reader.skipped))
    return documents


class _Reader:
    def __init__(self, path: Path, schema: LabelSchema, options: ImportOptions) -> None:
        self.path = path
        self.schema = schema
        self.unit = options.offsets or DEFAULT_OFFSETS
        self.label_map = options.label_map
        self.names: set[str] = set()
        self.warnings: list[str] = []
        self.skipped: Counter = Counter()  # spans whose label the schema lacks

    def document(self, item, index: int):
        where = f"{self.path}: task {index}"
        if not isinstance(item, dict):
            raise InputError(f'{where}: a task is an object with a "data" object')
        if isinstance(item.get("data"), dict):
            data, entries = item["data"], [("annotations", "accepted"), ("predictions", "suggested")]
        elif _is_json_min(item):
            data, entries = item, []
        else:
            raise InputError(f'{where}: a task is an object with a "data" object')
        text = _task_text(data, where)
        name = data.get("name")
        name = name if isinstance(name, str) and name else f"{self.path.stem}-{index}"
        if name in self.names:
            name = f"{name}-{index}"
        self.names.add(name)
        builder = DocumentBuilder(name, text, self.schema, "labelstudio", self.label_map, self.skipped)
        results: list[tuple[dict, str, str]] = []  # (result, status, where)
        for key, status in entries:
            for number, result in enumerate(self._first_results(item.get(key), f"{where}, {key}", index), 1):
                here = f"{where}, {key} result {number}"
                if not isinstance(result, dict):
                    raise InputError(f"{here}: a result is an object")
                results.append((result, status, here))
        if not entries:
            results = _json_min_results(item, where)
        self._read(builder, results, text, index)
        return builder.annotations

    def _first_results(self, entries, where: str, index: int) -> list:
        if entries is None:
            return []
        if not isinstance(entries, list):
            raise InputError(f"{where}: must be a list")
        if entries and all(isinstance(e, (int, str)) and not isinstance(e, bool) for e in entries):
            # Label Studio's JSON export lists a task's predictions by id unless asked to include them
            self.warnings.append(
                f"task {index}: its predictions are ids ({entries[0]!r}…), not results: pending "
                "suggestions not read (export from Label Studio with predictions included)"
            )
            return []
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

    def _read(self, builder: DocumentBuilder, results: list, text: str, index: int) -> None:
        units = offsets_in(text, self.unit)
        other_unit = "utf16" if self.unit == "codepoints" else "codepoints"
        other = offsets_in(text, other_unit)
        regions = [(r, status, here) for r, status, here in results if r.get("type") == "labels"]
        notes = {
            str(r.get("id")): r["value"]["text"][0]
            for r, _, _ in results
            if r.get("type") == "textarea" and isinstance(r.get("value"), dict)
            and isinstance(r["value"].get("text"), list) and r["value"]["text"]
            and isinstance(r["value"]["text"][0], str)
        }
        unit_here = self._task_unit(regions, text, units, other)
        unchecked = 0
        categories: dict[str, str] = {}
        for result, status, here in regions:
            value = result.get("value")
            if not isinstance(value, dict):
                raise InputError(f"{here}: a labels result needs a value object")
            if not isinstance(value.get("text"), str):
                chosen = other if unit_here == other_unit else units
                if unit_here is None and _units_differ(value, units, other):
                    unchecked += 1
            else:
                chosen = units
            for span in self._spans(result, value, here, chosen, units, other, text, status, notes):
                made = builder.add_span(span) if not builder.has(span.ref) else None
                if made is not None:
                    categories[span.ref] = made.category
        if unchecked:
            self.warnings.append(
                f"task {index}: {unchecked} region(s) have no value.text to check their offsets by, and a "
                "character beyond U+FFFF (an emoji) comes before them: read in "
                f"{UNIT_NAMES[self.unit]}; if the file is from a Label Studio that counted otherwise, "
                f"import with --offsets {other_unit}"
            )
        unlabelled = 0
        for result, _, here in results:
            if result.get("type") == "relation":
                for relation in self._relations(result, here, categories):
                    unlabelled += relation.type == ""
                    if relation.type:
                        builder.add_relation(relation)
        if unlabelled:
            self.warnings.append(self._unlabelled_message(index, unlabelled))

    def _task_unit(self, regions, text: str, units, other) -> str | None:
        """The unit the task's regions with a text are in, for those without one: None when no
        region says."""
        votes = {"declared": 0, "other": 0}
        for result, _, _ in regions:
            value = result.get("value")
            if not (isinstance(value, dict) and isinstance(value.get("text"), str)):
                continue
            for key, converter in (("declared", units), ("other", other)):
                if _text_at(value, converter, text) == value["text"]:
                    votes[key] += 1
                    break
        if not votes["declared"] and not votes["other"]:
            return None
        if votes["other"] > votes["declared"]:
            return "utf16" if self.unit == "codepoints" else "codepoints"
        return self.unit

    def _spans(self, result, value, where, chosen, units, other, text, status, notes) -> list[ImportedSpan]:
        labels = value.get("labels")
        if not (isinstance(labels, list) and labels and all(isinstance(label, str) for label in labels)):
            raise InputError(f"{where}: a region needs a list of labels, not {labels!r:.60}")
        start, end, shown = value.get("start"), value.get("end"), value.get("text")
        if not all(isinstance(v, int) and not isinstance(v, bool) for v in (start, end)):
            raise InputError(f"{where}: start and end must be whole numbers, not {start!r} and {end!r}")
        first, last = chosen.to_code_point(start), chosen.to_code_point(end)
        as_units_ok = first is not None and last is not None
        if isinstance(shown, str) and (not as_units_ok or text[first:last] != shown):
            first_other, last_other = other.to_code_point(start), other.to_code_point(end)
            if first_other is not None and last_other is not None and text[first_other:last_other] == shown:
                first, last, as_units_ok = first_other, last_other, True
        if shown is None and not as_units_ok:
            first, last = other.to_code_point(start), other.to_code_point(end)
            as_units_ok = first is not None and last is not None
        unit_name = "UTF-16 units" if isinstance(chosen, Utf16Offsets) else "code points"
        if not as_units_ok:
            raise InputError(
                f"{where}: offsets {start}-{end} are outside the text (0-{chosen.length} {unit_name}) "
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
        attrs, source = self._kept(result, notes.get(str(region_id), ""), where)
        # a region with several labels is one span per label, the same text each
        return [
            ImportedSpan(
                str(region_id) if n == 0 else f"{region_id}#{label}", first, last, label, where,
                status=status, attrs=dict(attrs), text=shown if isinstance(shown, str) else None, source=source,
            )
            for n, label in enumerate(labels)
        ]

    def _kept(self, result: dict, textarea_note: str, where: str) -> tuple[dict, str | None]:
        meta = result.get("meta") if isinstance(result.get("meta"), dict) else {}
        kept = meta.get(META_KEY) if isinstance(meta.get(META_KEY), dict) else {}
        source = kept.get("source") if isinstance(kept.get("source"), str) else None
        if isinstance(kept.get("attrs"), dict):
            return dict(kept["attrs"]), source
        notes = meta.get("text")
        note = notes[0].strip() if isinstance(notes, list) and notes and isinstance(notes[0], str) else ""
        note = note or textarea_note.strip()
        attrs = _note_attrs(note, where) if note else {}
        if isinstance(result.get("score"), (int, float)) and not isinstance(result.get("score"), bool):
            attrs["confidence"] = result["score"]
        return attrs, source

    def _relations(self, result: dict, where: str, categories: dict[str, str]) -> list[ImportedRelation]:
        source, target = result.get("from_id"), result.get("to_id")
        if not all(isinstance(v, (str, int)) and not isinstance(v, bool) for v in (source, target)):
            raise InputError(f"{where}: a relation needs from_id and to_id")
        source, target = str(source), str(target)
        labels = result.get("labels")
        if labels in (None, []):
            only = self.schema.relation_types
            if len(only) != 1:
                return [ImportedRelation("", source, target, where)]
            labels = [only[0].name]
        if not (isinstance(labels, list) and all(isinstance(label, str) for label in labels)):
            raise InputError(f"{where}: a relation's labels are a list of names, such as speaker")
        if result.get("direction") == "left":
            source, target = target, source
        relations = []
        for label in labels:
            first, second = self._oriented(label, source, target, categories)
            relations.append(ImportedRelation(label, first, second, where))
        return relations

    def _oriented(self, label: str, source: str, target: str, categories: dict[str, str]) -> tuple[str, str]:
        """A link drawn the other way round (from the speaker to the claim, or both ways) is read
        the way its type goes."""
        types = {r.name.casefold(): r for r in self.schema.relation_types}
        kind = types.get(self.label_map.get(label, label).casefold())
        if kind is None or source not in categories or target not in categories:
            return source, target
        fits = categories[source] in kind.sources and categories[target] in kind.targets
        reversed_fits = categories[target] in kind.sources and categories[source] in kind.targets
        return (target, source) if reversed_fits and not fits else (source, target)

    def _unlabelled_message(self, index: int, count: int) -> str:
        names = ", ".join(r.name for r in self.schema.relation_types) or "none"
        return (
            f"task {index}: {count} link(s) without a label left out: the schema has several link "
            f"types ({names}); label them in Label Studio"
        )


UNIT_NAMES = {"codepoints": "code points", "utf16": "UTF-16 units"}


def _text_at(value: dict, converter, text: str) -> str | None:
    start, end = value.get("start"), value.get("end")
    if not all(isinstance(v, int) and not isinstance(v, bool) for v in (start, end)):
        return None
    first, last = converter.to_code_point(start), converter.to_code_point(end)
    return None if first is None or last is None else text[first:last]


def _units_differ(value: dict, units, other) -> bool:
    end = value.get("end")
    if not isinstance(end, int) or isinstance(end, bool):
        return False
    return units.to_code_point(end) != other.to_code_point(end)


def _is_json_min(item: dict) -> bool:
    """Label Studio's JSON-MIN export: the task's data at the top level, each control's regions
    under its name (`"label": [{"start", "end", "text", "labels"}]`), and the annotation's details."""
    return isinstance(item.get("text"), str) or any(_regions_list(v) for v in item.values())


def _regions_list(value) -> bool:
    return isinstance(value, list) and bool(value) and all(
        isinstance(v, dict) and "start" in v and "end" in v and isinstance(v.get("labels"), list) for v in value
    )


def _json_min_results(item: dict, where: str) -> list[tuple[dict, str, str]]:
    results = []
    for key, value in item.items():
        if key == "data" or not _regions_list(value):
            continue
        for number, region in enumerate(value, 1):
            result = {"id": f"{key}-{number}", "type": "labels", "value": region}
            results.append((result, "accepted", f"{where}, {key} region {number}"))
    return results


def _task_text(data: dict, where: str) -> str:
    if isinstance(data.get(TO_NAME), str):
        return data[TO_NAME]
    strings = [value for value in data.values() if isinstance(value, str)]
    if len(strings) == 1:
        return strings[0]
    raise InputError(f'{where}: no "text" in the task data')


def _note_attrs(note: str, where: str) -> dict:
    try:
        return parse_figure_note(note, where)
    except InputError:
        return {"note": note}
