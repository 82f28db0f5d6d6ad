"""brat standoff: the text as `NAME.txt`, the annotations as `NAME.ann`.

Offsets are code points into the `.txt` (UTF-8, LF newlines), end exclusive. Lines written:
- `T1<TAB>PER 10 24<TAB>text` for each span (a span running over a line break is written as
  fragments `10 20;21 30`, since brat forbids a line break in the text field);
- `R1<TAB>speaker Arg1:T3 Arg2:T1` from a claim to its speaker;
- `A1<TAB>Suggested T3` for a pending suggestion (only with include_suggested);
- `A2<TAB>Qualifier T3 more_than` and `A3<TAB>Unit T3 people`: a figure's qualifier and unit, brat
  attributes declared in annotation.conf (a unit it does not list goes in the note instead);
- `#1<TAB>AnnotatorNotes T3<TAB>value=37000 | source=rule:… | explanation=…`: what brat has no
  typed place for (the value is a free number), one note per span;
- `N1<TAB>Reference T3 Wikidata:Q1<TAB>text` and attributes brat itself gave, kept from an import.
An `annotation.conf` declaring these types goes beside the files.

Import reads brat's own files: a `.txt` with CRLF newlines or a byte-order mark (brat counts the CR
and the BOM as characters) keeps exact offsets; events keep their trigger span, equivalences and
anything Tawsim cannot hold are skipped with a warning, as are spans whose label the schema lacks.
"""

from __future__ import annotations

import bisect
import codecs
import json
import re
from collections import Counter
from functools import lru_cache
from pathlib import Path

from tawsim.core.errors import InputError
from tawsim.core.files import read_user_file
from tawsim.core.resources import resource_path
from tawsim.core.schema import LabelSchema
from tawsim.core.textio import MAX_ARTICLE_BYTES, decode_article
from tawsim.formats.common import (
    DocumentBuilder,
    ExportOptions,
    ExportedFiles,
    FIGURE_KEYS,
    ImportOptions,
    ImportedDocuments,
    ImportedRelation,
    ImportedSpan,
    counts_listed,
    export_view,
    kept_source,
    parse_figure_note,
    read_text_file,
    skipped_labels_warning,
)

SUGGESTED = "Suggested"
QUALIFIER = "Qualifier"
UNIT = "Unit"
NOTES = "AnnotatorNotes"
QUALIFIERS = ("about", "more_than", "less_than", "at_least", "at_most")
BRAT_ATTRIBUTES = "brat_attributes"  # attrs key: {name: value} of brat attributes Tawsim has no use for
NORMALIZATIONS = "norm"  # attrs key: [{"type", "db", "id", "text"}] of brat normalizations
NOTE_SEPARATOR = " | "
_LINE_BREAKS = re.compile(r"[\n\r\u2028\u2029\x0b\x0c\x1c-\x1e\x85]")
_UNSAFE_IN_NOTE = re.compile(r"[\t\n\r\u2028\u2029\x0b\x0c\x1c-\x1e\x85]+")


@lru_cache(maxsize=1)
def figure_units() -> tuple[str, ...]:
    """The unit codes the figure rules give (resources/rules/figures), rates included: the values
    annotation.conf declares for the Unit attribute."""
    folder = resource_path("rules", "figures")
    units: set[str] = {"percent"}
    measures: set[str] = set()
    pers: set[str] = set()
    for name in ("units.jsonl", "currencies.jsonl", "counted_nouns.jsonl", "rates.jsonl"):
        path = folder / name
        if not path.is_file():
            continue
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            record = json.loads(line)
            if isinstance(record.get("unit"), str):
                units.add(record["unit"])
                if name == "units.jsonl":
                    measures.add(record["unit"])
            if isinstance(record.get("per"), str):
                pers.add(record["per"])
    units.update(f"{unit}/{per}" for unit in measures for per in pers)
    return tuple(sorted(units, key=str.casefold))


# -- export --------------------------------------------------------------------------------
def export(annotations, options: ExportOptions) -> ExportedFiles:
    view = export_view(annotations, options)
    text = view.document.text
    units = set(figure_units())
    lines: list[str] = []
    ids: dict[str, str] = {}
    attributes: list[str] = []
    normalizations: list[str] = []
    notes: list[str] = []
    unwritten: Counter = Counter()

    def attribute(name: str, brat_id: str, value=True) -> None:
        shown = "" if value is True else f" {value}"
        attributes.append(f"A{len(attributes) + 1}\t{name} {brat_id}{shown}")

    for number, span in enumerate(view.spans, 1):
        brat_id = f"T{number}"
        ids[span.id] = brat_id
        fragments = _fragments(text, span.start, span.end)
        offsets = ";".join(f"{start} {end}" for start, end in fragments)
        shown = " ".join(text[start:end] for start, end in fragments)
        lines.append(f"{brat_id}\t{span.label} {offsets}\t{shown}")
        if span.status == "suggested":
            attribute(SUGGESTED, brat_id)
        noted: dict[str, object] = {}
        if span.category == "figure":
            qualifier, unit = span.attrs.get("qualifier"), span.attrs.get("unit")
            if qualifier in QUALIFIERS:
                attribute(QUALIFIER, brat_id, qualifier)
            elif qualifier is not None:
                noted["qualifier"] = qualifier
            if unit in units:
                attribute(UNIT, brat_id, unit)
            elif unit is not None:
                noted["unit"] = unit
            if span.attrs.get("value") is not None:
                noted = {"value": span.attrs["value"], **noted}
        for name, value in (span.attrs.get(BRAT_ATTRIBUTES) or {}).items():
            if _brat_word(name) and (value is True or _brat_word(value)):
                attribute(name, brat_id, value)
            else:
                unwritten["brat attribute that is not NAME or NAME VALUE"] += 1
        for norm in span.attrs.get(NORMALIZATIONS) or []:
            if not (isinstance(norm, dict) and _brat_word(norm.get("db")) and _brat_word(norm.get("id"))):
                unwritten["normalization that is not {db, id}"] += 1
                continue
            normalizations.append(
                f"N{len(normalizations) + 1}\t{norm.get('type', 'Reference')} {brat_id} "
                f"{norm['db']}:{norm['id']}\t{_note_safe(str(norm.get('text', '')))}"
            )
        if kept_source(span.source):
            noted["source"] = span.source
        if span.attrs.get("note"):
            noted["note"] = span.attrs["note"]
        if span.attrs.get("explanation"):
            noted["explanation"] = span.attrs["explanation"]
        if noted:
            notes.append(f"#{len(notes) + 1}\t{NOTES} {brat_id}\t{_note(noted)}")
    for number, relation in enumerate(view.relations, 1):
        lines.append(
            f"R{number}\t{relation.type} Arg1:{ids[relation.source]} Arg2:{ids[relation.target]}"
        )
    ann = "".join(line + "\n" for line in lines + attributes + normalizations + notes)
    warnings = [f"left out {count} {what}" for what, count in unwritten.items()]
    return ExportedFiles({".txt": text.encode("utf-8"), ".ann": ann.encode("utf-8")}, warnings)


def _brat_word(value) -> bool:
    """A name or value brat reads back as one field: text without whitespace."""
    return isinstance(value, str) and bool(value) and not any(c.isspace() for c in value)


def _note(noted: dict) -> str:
    """`value=37000 | source=rule:x | explanation=…`: the explanation (free text) last, so a
    separator inside it cannot cut it."""
    order = [*FIGURE_KEYS, "source", "note", "explanation"]
    parts = []
    for key in order:
        if key not in noted:
            continue
        value = noted[key]
        if isinstance(value, float) and value.is_integer():
            value = int(value)
        parts.append(f"{key}={_note_safe(str(value))}")
    return NOTE_SEPARATOR.join(parts)


def _note_safe(text: str) -> str:
    return _UNSAFE_IN_NOTE.sub(" ", text)


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
    lines += ["", "[events]", "", "[attributes]", f"{SUGGESTED}\tArg:<ENTITY>"]
    figures = "|".join(label.name for label in schema.labels_of("figure"))
    if figures:
        lines.append(f"{QUALIFIER}\tArg:{figures}, Value:{'|'.join(QUALIFIERS)}")
        lines.append(f"{UNIT}\tArg:{figures}, Value:{'|'.join(figure_units())}")
    lines.append("")
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
class _TextViews:
    """The .txt as brat counts it (read as is: a BOM and the CR of each CRLF are characters) and as
    Tawsim keeps it (BOM dropped, CRLF → LF), and the offset map from the first to the second."""

    def __init__(self, data: bytes, where: str) -> None:
        self.text = decode_article(data, where).text
        raw = None
        if data.startswith(codecs.BOM_UTF8) or b"\r" in data:
            try:
                raw = data.decode("utf-8")  # not utf-8-sig: brat keeps the BOM as U+FEFF
            except UnicodeDecodeError:
                raw = None
        self.raw = raw if raw is not None and raw != self.text else None
        if self.raw is not None:
            self._dropped = [0] if self.raw.startswith("\ufeff") else []
            self._dropped += [m.start() for m in re.finditer("\r(?=\n)", self.raw)]

    def candidates(self):
        """(text, map) pairs to try in turn: brat's own count first, then offsets already in
        Tawsim's text (a tool that normalised the newlines itself)."""
        if self.raw is not None:
            yield self.raw, self._to_text
        yield self.text, None

    def _to_text(self, offset: int) -> int:
        return offset - bisect.bisect_left(self._dropped, offset)


class _Line:
    def __init__(self, number: int, line: str, where: str) -> None:
        self.number, self.line, self.where = number, line, where
        self.id, _, rest = line.partition("\t")
        self.data, _, self.tail = rest.partition("\t")


def import_file(path: Path, schema: LabelSchema, options: ImportOptions) -> ImportedDocuments:
    """Read NAME.ann with NAME.txt beside it (either may be given)."""
    path = Path(path)
    ann_path, txt_path = path.with_suffix(".ann"), path.with_suffix(".txt")
    views = _TextViews(read_user_file(txt_path, MAX_ARTICLE_BYTES, "an article"), str(txt_path))
    if not ann_path.exists():
        raise InputError(f"{ann_path}: no such file (brat keeps annotations in NAME.ann beside NAME.txt)")
    raw = read_text_file(ann_path)
    reader = _Reader(ann_path, views, schema, options)
    for number, line in enumerate(raw.split("\n"), 1):
        line = line.rstrip("\r")
        if line.strip():
            reader.read(_Line(number, line, f"{ann_path}: line {number}"))
    builder = DocumentBuilder(txt_path.name, views.text, schema, "brat", options.label_map)
    return ImportedDocuments([reader.build(builder)], reader.warnings())


class _Reader:
    def __init__(self, ann_path: Path, views: _TextViews, schema: LabelSchema, options: ImportOptions):
        self.ann_path, self.views, self.schema = ann_path, views, schema
        self.label_map = options.label_map
        self.spans: list[tuple[_Line, str, list[tuple[int, int]], str]] = []  # line, label, fragments, text
        self.relations: list[_Line] = []
        self.attributes: list[_Line] = []
        self.normalizations: list[_Line] = []
        self.notes: list[_Line] = []
        self.events: dict[str, str] = {}  # event id → its trigger's id
        self.equivalences = 0
        self.lost: Counter = Counter()  # what was skipped → how many
        self.unknown_labels: Counter = Counter()
        self.unknown_relations: Counter = Counter()
        self.trigger_spans = 0

    def read(self, line: _Line) -> None:
        kind = line.id[:1]
        if kind == "T":
            self.spans.append(self._text_bound(line))
        elif kind == "R":
            self.relations.append(line)
        elif kind in ("A", "M"):
            parts = line.data.split()
            if len(parts) < 2:
                raise InputError(f"{line.where}: an attribute line needs a name and a target: {line.line[:60]!r}")
            self.attributes.append(line)
        elif kind == "N":
            self.normalizations.append(line)
        elif kind == "#":
            self.notes.append(line)
        elif kind == "E":
            type_trigger = line.data.split()[0] if line.data.split() else ""
            _, sep, trigger = type_trigger.partition(":")
            if not sep or not trigger:
                raise InputError(f"{line.where}: an event line reads E1<TAB>TYPE:T1 ROLE:T2 …")
            self.events[line.id] = trigger
        elif kind == "*":
            self.equivalences += 1
        else:
            raise InputError(f"{line.where}: not a brat annotation line: {line.line[:60]!r}")

    def _text_bound(self, line: _Line):
        if line.line.count("\t") < 2:
            raise InputError(f"{line.where}: a T line has three tab-separated fields (id, type and offsets, text)")
        label, _, offsets = line.data.partition(" ")
        fragments = []
        try:
            for piece in offsets.split(";"):
                start, end = piece.split()
                fragments.append((int(start), int(end)))
        except ValueError:
            raise InputError(f"{line.where}: cannot read the offsets {offsets!r} (expected START END)") from None
        return line, label, fragments, line.tail

    def _place(self, line: _Line, fragments, shown: str):
        """The fragments in Tawsim's text, trying brat's count of the .txt, then Tawsim's."""
        first_error = None
        for text, to_text in self.views.candidates():
            outside = [(s, e) for s, e in fragments if not 0 <= s < e <= len(text)]
            if outside:
                first_error = first_error or (
                    f"{line.where}: offsets {outside[0][0]} {outside[0][1]} are outside the text "
                    f"(0-{len(text)}) or empty"
                )
                continue
            expected = " ".join(text[s:e] for s, e in fragments)
            if shown and shown != expected:  # brat fills an empty text field from the .txt
                first_error = first_error or (
                    f"{line.where}: {line.id} says {shown[:40]!r} but the .txt has {expected[:40]!r} "
                    f"at {line.data.partition(' ')[2]}"
                )
                continue
            if to_text is not None:
                fragments = [(to_text(s), to_text(e)) for s, e in fragments]
            return fragments
        raise InputError(first_error)

    def _known_label(self, label: str) -> bool:
        return self.schema.has_label(self.label_map.get(label, label))

    def build(self, builder: DocumentBuilder):
        text = self.views.text
        triggers = set(self.events.values())
        kept: dict[str, ImportedSpan] = {}
        for line, label, fragments, shown in self.spans:
            fragments = self._place(line, fragments, shown)
            for (_, end), (start, _) in zip(fragments, fragments[1:]):
                if start < end or text[end:start].strip():
                    raise InputError(
                        f"{line.where}: {line.id} has fragments with text between them; Tawsim spans are continuous"
                    )
            if not self._known_label(label):
                self.unknown_labels[label] += 1
                continue
            if line.id in kept:
                raise InputError(f"{line.where}: id {line.id!r} is used twice")
            kept[line.id] = ImportedSpan(line.id, fragments[0][0], fragments[-1][1], label, line.where)
        self.trigger_spans = sum(1 for ref in triggers if ref in kept)
        known_ids = {line.id for line, *_ in self.spans} | set(self.events) | {l.id for l in self.relations}
        self._attach_attributes(kept, known_ids)
        self._attach_normalizations(kept, known_ids)
        sources = self._attach_notes(kept, known_ids)
        spans = {}
        for item in kept.values():
            spans[item.ref] = builder.add_span(item)
            if item.ref in sources:
                spans[item.ref].source = sources[item.ref]
        for line in self.relations:
            self._relation(line, builder, kept)
        return builder.annotations

    def _target(self, line: _Line, ref: str, known_ids: set[str], what: str) -> None:
        """A ref to nothing in the file is an error (a ref to an event or relation is skipped later)."""
        if ref not in known_ids:
            raise InputError(f"{line.where}: the {what} refers to {ref}, which is not an annotation of this file")

    def _attach_attributes(self, kept: dict[str, ImportedSpan], known_ids: set[str]) -> None:
        for line in self.attributes:
            name, ref, *rest = line.data.split()
            value = " ".join(rest) if rest else True
            self._target(line, ref, known_ids, "attribute")
            item = kept.get(ref)
            if item is None:
                self.lost[f"attribute {name} on an annotation Tawsim does not keep"] += 1
                continue
            if name == SUGGESTED:
                item.status = "suggested"
            elif name == QUALIFIER and self._is_figure(item) and value in QUALIFIERS:
                item.attrs["qualifier"] = value
            elif name == UNIT and self._is_figure(item) and isinstance(value, str):
                item.attrs["unit"] = value
            else:
                item.attrs.setdefault(BRAT_ATTRIBUTES, {})[name] = value

    def _attach_normalizations(self, kept: dict[str, ImportedSpan], known_ids: set[str]) -> None:
        for line in self.normalizations:
            match = re.fullmatch(r"(\S+) (\S+) (\S+?):(\S+)", line.data)
            if match is None:
                raise InputError(f"{line.where}: a normalization line reads N1<TAB>Reference T1 DB:ID<TAB>text")
            kind, ref, db, ident = match.groups()
            self._target(line, ref, known_ids, "normalization")
            item = kept.get(ref)
            if item is None:
                self.lost["normalization of an annotation Tawsim does not keep"] += 1
                continue
            item.attrs.setdefault(NORMALIZATIONS, []).append(
                {"type": kind, "db": db, "id": ident, "text": line.tail}
            )

    def _attach_notes(self, kept: dict[str, ImportedSpan], known_ids: set[str]) -> dict[str, str]:
        sources: dict[str, str] = {}
        for line in self.notes:
            parts = line.data.split()
            if len(parts) != 2:
                self.lost["comment line that is not NAME TARGET"] += 1
                continue
            kind, ref = parts
            self._target(line, ref, known_ids, "note")
            item = kept.get(ref)
            if item is None:
                self.lost[f"{kind} on an annotation Tawsim does not keep"] += 1
                continue
            if kind != NOTES:
                self.lost[f"{kind} comment"] += 1
                continue
            found = self._read_note(line.tail, line.where, self._is_figure(item))
            if "source" in found:
                if not kept_source(found["source"]):
                    found = {"note": line.tail}  # not ours after all: keep the note as written
                else:
                    sources[ref] = found.pop("source")
            item.attrs.update(found)
        return sources

    def _is_figure(self, item: ImportedSpan) -> bool:
        label = self.label_map.get(item.label, item.label)
        return self.schema.category_of(label) == "figure"

    @staticmethod
    def _read_note(note: str, where: str, figure: bool) -> dict:
        """Our `key=value | …` note back into attrs; any other note is kept as `note`."""
        found: dict = {}
        segments = note.split(NOTE_SEPARATOR)
        for index, segment in enumerate(segments):
            key, sep, value = segment.partition("=")
            if sep and key == "explanation":
                found["explanation"] = NOTE_SEPARATOR.join([value, *segments[index + 1 :]])
                break
            if sep and key in ("source", "note"):
                found[key] = value
            elif sep and key in FIGURE_KEYS and figure:
                found.update(parse_figure_note(segment, where))
            else:
                return {"note": note}
        return found

    def _relation(self, line: _Line, builder: DocumentBuilder, kept: dict[str, ImportedSpan]) -> None:
        parts = line.data.split()
        args = [part.partition(":") for part in parts[1:]]
        if len(parts) != 3 or not all(sep and ref for _, sep, ref in args):
            raise InputError(f"{line.where}: a relation line reads R1<TAB>TYPE Arg1:T1 Arg2:T2")
        source, target = args[0][2], args[1][2]
        type_name = parts[0]
        for ref in (source, target):
            if ref not in kept and not ref.startswith("E") and ref not in {l.id for l, *_ in self.spans}:
                raise InputError(f"{line.where}: relation to {ref!r}, which is not a span of this document")
        known = {r.name.casefold() for r in self.schema.relation_types}
        if self.label_map.get(type_name, type_name).casefold() not in known:
            self.unknown_relations[type_name] += 1
            return
        if source not in kept or target not in kept:
            self.lost["relation to an event or a span Tawsim does not keep"] += 1
            return
        builder.add_relation(ImportedRelation(type_name, source, target, line.where))

    def warnings(self) -> list[str]:
        found = skipped_labels_warning(self.unknown_labels) + skipped_labels_warning(
            self.unknown_relations, "relations whose type the schema lacks", "a type of ours")
        if self.events:
            found.append(
                f"dropped {len(self.events)} events (Tawsim has no events; "
                f"{self.trigger_spans} of their trigger spans are kept as spans)"
            )
        if self.equivalences:
            found.append(f"dropped {self.equivalences} equivalence lines (*): Tawsim has no equivalence sets")
        if self.lost:
            found.append(f"dropped what Tawsim cannot hold: {counts_listed(self.lost)}")
        return found

