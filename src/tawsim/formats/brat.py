"""brat standoff: the text as `NAME.txt`, the annotations as `NAME.ann`.

Offsets are code points into the `.txt` (UTF-8, LF newlines), end exclusive. Lines written:
- `T1<TAB>PER 10 24<TAB>text` for each span (a span running over a line break is written as
  fragments `10 20;21 30`, since brat forbids a line break in the text field);
- `R1<TAB>speaker Arg1:T3 Arg2:T1` from a claim to its speaker;
- `A1<TAB>Suggested T3` for a pending suggestion (only with include_suggested);
- `#1<TAB>AnnotatorNotes T3<TAB>value=37000 unit=people qualifier=more_than` for figures.
An `annotation.conf` declaring these types goes beside the files.
"""

from __future__ import annotations

import re
from pathlib import Path

from tawsim.core.errors import InputError
from tawsim.core.schema import LabelSchema
from tawsim.core.textio import read_article
from tawsim.formats.common import (
    DocumentBuilder,
    ExportOptions,
    ImportOptions,
    ImportedRelation,
    ImportedSpan,
    export_view,
    figure_note,
    parse_figure_note,
    read_text_file,
)

SUGGESTED = "Suggested"
NOTES = "AnnotatorNotes"
_LINE_BREAKS = re.compile(r"[\n\r\u2028\u2029\x0b\x0c\x1c-\x1e\x85]")


def export(annotations, options: ExportOptions) -> dict[str, bytes]:
    view = export_view(annotations, options)
    text = view.document.text
    lines: list[str] = []
    ids: dict[str, str] = {}
    attributes: list[str] = []
    notes: list[str] = []
    for number, span in enumerate(view.spans, 1):
        brat_id = f"T{number}"
        ids[span.id] = brat_id
        fragments = _fragments(text, span.start, span.end)
        offsets = ";".join(f"{start} {end}" for start, end in fragments)
        shown = " ".join(text[start:end] for start, end in fragments)
        lines.append(f"{brat_id}\t{span.label} {offsets}\t{shown}")
        if span.status == "suggested":
            attributes.append(f"A{len(attributes) + 1}\t{SUGGESTED} {brat_id}")
        note = figure_note(span.attrs) if span.category == "figure" else ""
        if note:
            notes.append(f"#{len(notes) + 1}\t{NOTES} {brat_id}\t{note}")
    for number, relation in enumerate(view.relations, 1):
        lines.append(
            f"R{number}\t{relation.type} Arg1:{ids[relation.source]} Arg2:{ids[relation.target]}"
        )
    ann = "".join(line + "\n" for line in lines + attributes + notes)
    return {".txt": text.encode("utf-8"), ".ann": ann.encode("utf-8")}


def folder_files(schema: LabelSchema) -> dict[str, bytes]:
    return {"annotation.conf": annotation_conf(schema).encode("utf-8")}


def annotation_conf(schema: LabelSchema) -> str:
    """The brat project configuration declaring Tawsim's labels, relations and attributes."""
    lines = ["[entities]"]
    lines += [label.name for label in schema.labels]
    lines += ["", "[relations]", "<OVERLAP>\tArg1:<ENTITY>, Arg2:<ENTITY>, <OVL-TYPE>:<ANY>"]
    for relation in schema.relation_types:
        sources = "|".join(l.name for c in relation.sources for l in schema.labels_of(c))
        targets = "|".join(l.name for c in relation.targets for l in schema.labels_of(c))
        lines.append(f"{relation.name}\tArg1:{sources}, Arg2:{targets}")
    lines += ["", "[events]", "", "[attributes]", f"{SUGGESTED}\tArg:<ENTITY>", ""]
    return "\n".join(lines)


def _fragments(text: str, start: int, end: int) -> list[tuple[int, int]]:
    fragments = []
    position = start
    for match in _LINE_BREAKS.finditer(text, start, end):
        if match.start() > position:
            fragments.append((position, match.start()))
        position = match.end()
    if position < end:
        fragments.append((position, end))
    return fragments


# -- import --------------------------------------------------------------------------------
def import_file(path: Path, schema: LabelSchema, options: ImportOptions):
    """Read NAME.ann with NAME.txt beside it (either may be given)."""
    path = Path(path)
    ann_path, txt_path = path.with_suffix(".ann"), path.with_suffix(".txt")
    text = read_article(txt_path).text
    if not ann_path.exists():
        raise InputError(f"{ann_path}: no such file (brat keeps annotations in NAME.ann beside NAME.txt)")
    raw = read_text_file(ann_path)
    builder = DocumentBuilder(txt_path.name, text, schema, "brat", options.label_map)
    relations: list[ImportedRelation] = []
    suggested: dict[str, str] = {}
    notes: dict[str, tuple[str, str]] = {}
    pending: list[ImportedSpan] = []
    for number, line in enumerate(raw.split("\n"), 1):
        line = line.rstrip("\r")
        if not line.strip():
            continue
        where = f"{ann_path}: line {number}"
        kind = line[0]
        if kind == "T":
            pending.append(_text_bound(line, text, where))
        elif kind == "R":
            relations.append(_relation(line, where))
        elif kind == "A" or kind == "M":
            fields = line.split("\t")
            parts = fields[1].split() if len(fields) >= 2 else []
            if len(parts) < 2:
                raise InputError(f"{where}: an attribute line needs a name and a target: {line[:60]!r}")
            if parts[0] == SUGGESTED:
                suggested[parts[1]] = where
        elif kind == "#":
            fields = line.split("\t")
            parts = fields[1].split() if len(fields) >= 2 else []
            if len(parts) == 2 and parts[0] == NOTES and len(fields) >= 3:
                notes[parts[1]] = (fields[2], where)
        elif kind in ("E", "N", "*"):
            continue  # events, normalisations and equivalences have no Tawsim counterpart
        else:
            raise InputError(f"{where}: not a brat annotation line: {line[:60]!r}")
    refs = {item.ref for item in pending}
    for ref, where in {**suggested, **{k: v[1] for k, v in notes.items()}}.items():
        if ref not in refs:
            raise InputError(f"{where}: refers to {ref}, which is not a text-bound annotation of this file")
    for item in pending:
        if item.ref in suggested:
            item.status = "suggested"
        if item.ref in notes:
            note, where = notes[item.ref]
            if schema.has_label(item.label) and schema.category_of(item.label) == "figure":
                item.attrs.update(parse_figure_note(note, where))
            else:
                item.attrs["note"] = note
        builder.add_span(item)
    for relation in relations:
        builder.add_relation(relation)
    return [builder.annotations]


def _text_bound(line: str, text: str, where: str) -> ImportedSpan:
    fields = line.split("\t", 2)
    if len(fields) != 3:
        raise InputError(f"{where}: a T line has three tab-separated fields (id, type and offsets, text)")
    brat_id, middle, shown = fields
    label, _, offsets = middle.partition(" ")
    fragments = []
    try:
        for piece in offsets.split(";"):
            start, end = piece.split()
            fragments.append((int(start), int(end)))
    except ValueError:
        raise InputError(f"{where}: cannot read the offsets {offsets!r} (expected START END)") from None
    for start, end in fragments:
        if not 0 <= start < end <= len(text):
            raise InputError(
                f"{where}: offsets {start} {end} are outside the text (0-{len(text)}) or empty"
            )
    expected = " ".join(text[start:end] for start, end in fragments)
    if shown != expected:
        raise InputError(
            f"{where}: {brat_id} says {shown[:40]!r} but the .txt has {expected[:40]!r} at {offsets}"
        )
    for (_, end), (start, _) in zip(fragments, fragments[1:]):
        if start < end or text[end:start].strip():
            raise InputError(
                f"{where}: {brat_id} has fragments with text between them; Tawsim spans are continuous"
            )
    start, end = fragments[0][0], fragments[-1][1]
    return ImportedSpan(brat_id, start, end, label, where)


def _relation(line: str, where: str) -> ImportedRelation:
    fields = line.split("\t")
    parts = fields[1].split() if len(fields) >= 2 else []
    if len(parts) != 3 or not parts[1].startswith("Arg1:") or not parts[2].startswith("Arg2:"):
        raise InputError(f"{where}: a relation line reads R1<TAB>TYPE Arg1:T1 Arg2:T2")
    return ImportedRelation(parts[0], parts[1][5:], parts[2][5:], where)
