"""The Tawsim JSON file: one self-contained file per document, validated on load, saved atomically."""

from __future__ import annotations

import functools
import json
from dataclasses import dataclass, field
from pathlib import Path

from tawsim.core.anchoring import AnchorReport, reanchor
from tawsim.core.atomic import write_text_atomic
from tawsim.core.errors import InputError
from tawsim.core.files import read_utf8_file
from tawsim.core.jsonio import parse_json
from tawsim.core.jsonschemas import validate
from tawsim.core.load_checks import Remarks, check_relations, check_spans, finite_only
from tawsim.core.model import AnnotationSet, Document, Relation, Span, text_sha256
from tawsim.core.schema import LabelSchema, load_schema

FORMAT = "tawsim"
VERSION = 1
MAX_FILE_BYTES = 512 * 1024 * 1024


@dataclass
class LoadedFile:
    annotations: AnnotationSet
    schema_name: str
    problems: list[str] = field(default_factory=list)
    annotator: str | None = None  # whose version this file is (NAME.<annotator>.json)
    changed: bool = False  # annotations moved or dropped on load: the file no longer holds what is shown
    anchoring: AnchorReport = field(default_factory=AnchorReport)  # what moved, what was dropped

    @property
    def document(self) -> Document:
        return self.annotations.document


def to_json_dict(annotations: AnnotationSet, schema_name: str = "default", annotator: str | None = None) -> dict:
    """With `annotator`, the file says whose version it is, and each accepted annotation that names
    no one who decided it is written as decided by that annotator."""
    document = annotations.document
    data = {
        "format": FORMAT,
        "version": VERSION,
        "document": {"name": document.name, "sha256": document.sha256, "text": document.text},
        "schema": schema_name,
        "annotations": [_decided_by(span.to_dict(), annotator) for span in annotations],
        "relations": [relation.to_dict() for relation in annotations.relations],
    }
    if annotator:
        data["annotator"] = annotator
    if annotations.done:
        data["state"] = {"done": True}
    return data


def _decided_by(item: dict, annotator: str | None) -> dict:
    if annotator and item["status"] == "accepted" and "annotator" not in item["attrs"]:
        item["attrs"]["annotator"] = annotator
    return item


def dumps(annotations: AnnotationSet, schema_name: str = "default", annotator: str | None = None) -> str:
    data = finite_only(to_json_dict(annotations, schema_name, annotator))  # never the non-standard NaN
    return json.dumps(data, ensure_ascii=False, indent=1, allow_nan=False) + "\n"


def save(path: str | Path, annotations: AnnotationSet, schema_name: str = "default",
         annotator: str | None = None, allow_read_only: bool = False) -> None:
    write_text_atomic(path, dumps(annotations, schema_name, annotator), backup=True,
                      allow_read_only=allow_read_only)


def loads(raw: str, where: str = "input") -> LoadedFile:
    data = parse_json(raw, where, "an annotation file")
    return from_json_dict(data, where)


def load(path: str | Path) -> LoadedFile:
    text = read_utf8_file(path, MAX_FILE_BYTES, "a Tawsim annotation file")
    return loads(text, str(path))


def from_json_dict(data: object, where: str = "input") -> LoadedFile:
    if not isinstance(data, dict):
        raise InputError(f"{where}: not a Tawsim annotation file (its top level is not an object)")
    if data.get("format") not in (None, FORMAT):
        raise InputError(f"{where}: format {data.get('format')!r} is not a Tawsim annotation file")
    validate(data, "tawsim-file.schema.json", where)
    problems: list[str] = []
    text = data["document"]["text"]
    if text_sha256(text) != data["document"]["sha256"]:
        problems.append(
            "the document text does not match its recorded sha256: the text was changed outside "
            "Tawsim; annotations were checked against the new text"
        )
    spans: list[Span] = []
    seen: set[str] = set()
    remarks = Remarks()
    for item in data["annotations"]:
        if item["id"] in seen:
            remarks.add("with an id used before; the later ones were dropped", item["id"])
            continue
        seen.add(item["id"])
        # JSON Schema counts 5.0 as an integer; offsets index the text, so make them ints.
        spans.append(Span.from_dict({**item, "start": int(item["start"]), "end": int(item["end"])}))
    schema = _schema_for(data["schema"])
    spans = check_spans(spans, schema, remarks)
    relations = check_relations([Relation.from_dict(item) for item in data["relations"]], schema, remarks)
    problems += remarks.lines()
    report = AnchorReport()
    annotations, changed = _anchored(Document(data["document"]["name"], text), spans, relations, problems,
                                     report=report)
    annotations.done = bool(data.get("state", {}).get("done", False))
    return LoadedFile(annotations, data["schema"], problems, data.get("annotator"), changed or bool(remarks), report)


def _schema_for(name: str) -> LabelSchema | None:
    """The shipped schema when the file names it; a schema of the user's is checked by its own tools."""
    schema = _default_schema()
    return schema if name == schema.name else None


@functools.cache
def _default_schema() -> LabelSchema:
    return load_schema()


def onto_text(loaded: LoadedFile, text: str) -> LoadedFile:
    """The annotations of `loaded` over a changed article text: re-anchored, the rest reported."""
    if text == loaded.document.text:
        return loaded
    problems = list(loaded.problems) + [
        "the article changed since these annotations were saved (its sha256 differs); each "
        "annotation was moved with the text a diff of the old and new article maps it to, else "
        "where its text occurs once, or dropped"
    ]
    spans = [loaded.annotations.copy_span(span.id) for span in loaded.annotations]
    report = AnchorReport()
    annotations, _ = _anchored(
        Document(loaded.document.name, text), spans, loaded.annotations.relations, problems,
        loaded.document.text, report,
    )
    annotations.done = loaded.annotations.done
    return LoadedFile(annotations, loaded.schema_name, problems, loaded.annotator, changed=True, anchoring=report)


def _anchored(document: Document, spans: list[Span], relations: list[Relation], problems: list[str],
              old_text: str | None = None, report: AnchorReport | None = None) -> tuple[AnnotationSet, bool]:
    kept, found = reanchor(spans, document.text, old_text)
    report = report if report is not None else AnchorReport()
    report.moved[:], report.lost[:], report.dropped[:] = found.moved, found.lost, found.dropped
    changed = report.changed
    problems += report.messages()
    annotations = AnnotationSet(document)
    annotations.add_many(kept)
    seen: set[str] = set()
    remarks = Remarks()
    for relation in relations:
        if relation.source not in annotations or relation.target not in annotations:
            remarks.add("relating to an annotation that is not there; dropped", relation.id)
            continue
        if relation.id in seen:
            remarks.add("with a relation id used before; the later ones were dropped", relation.id)
            continue
        seen.add(relation.id)
        annotations.add_relation(relation)
    problems += remarks.lines()
    return annotations, changed or bool(remarks)
