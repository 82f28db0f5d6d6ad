"""What every format shares: which annotations are exported, offset units, and rebuilding on import."""

from __future__ import annotations

import bisect
import math
import re
from collections import Counter
from dataclasses import dataclass, field
from itertools import accumulate
from pathlib import Path
from typing import TYPE_CHECKING

from tawsim.core.errors import InputError
from tawsim.core.files import read_utf8_file
from tawsim.core.model import AnnotationError, AnnotationSet, Document, Relation, Span

if TYPE_CHECKING:
    from tawsim.core.schema import LabelSchema

CODE_POINTS = "code points"
UTF16_UNITS = "UTF-16 code units"
TOKENS = "tokens"


MAX_IMPORT_BYTES = 512 * 2**20


@dataclass(frozen=True)
class ExportOptions:
    include_suggested: bool = False
    offsets: str | None = None  # "codepoints" or "utf16"; None: the format's own default
    doccano_overlap: str = "claims-apart"  # or "keep-all": see tawsim.formats.doccano
    doccano_offsets: str = "utf16"  # or "graphemes", doccano's grapheme-cluster mode
    category: str | None = None  # CoNLL: one tag column, for this category only; None: one per category


@dataclass(frozen=True)
class ImportOptions:
    offsets: str | None = None  # Label Studio: "codepoints" or "utf16"; None: the format's own default
    label_map: dict[str, str] = field(default_factory=dict)  # the file's label or relation name → ours
    doccano_offsets: str | None = None  # "utf16" or "graphemes"; None: what the record says, else utf16


# The sources an annotation file accepts (resources/schemas/tawsim-file.schema.json) that an export
# keeps beside a span and an import gives back: where a suggestion came from.
_KEPT_SOURCE = re.compile(r"(manual:.+|rule:.+|model:.+|memory:.+)")


def kept_source(source: object) -> str | None:
    """`source` when it is worth keeping in a foreign file and valid on the way back, else None."""
    return source if isinstance(source, str) and _KEPT_SOURCE.fullmatch(source) else None


def span_extras(span) -> dict:
    """What a format has no field for: the span's source (unless made by hand) and attributes."""
    extras: dict = {}
    if span.source != "manual":
        extras["source"] = span.source
    if span.attrs:
        extras["attrs"] = dict(span.attrs)
    return extras


def skipped_labels_warning(counts: Counter, things: str = "spans whose label the schema lacks",
                           ours: str = "a label of ours") -> list[str]:
    """One warning line for what an import left out, by name and count, or none."""
    if not counts:
        return []
    listed = counts_listed(counts)
    return [f"skipped {sum(counts.values())} {things}: {listed} (--map THEIRS=OURS reads one as {ours})"]


def counts_listed(counts: Counter) -> str:
    """`GPE ×2, MISC ×1`: names by how often, most first."""
    return ", ".join(f"{name} ×{count}" for name, count in counts.most_common())


class ExportedFiles(dict):
    """Suffix → contents of the files one document is exported to, with what the export could not
    keep (one line each, for the user)."""

    def __init__(self, files=(), warnings: list[str] | None = None):
        super().__init__(files)
        self.warnings: list[str] = list(warnings or [])


class ImportedDocuments(list):
    """The documents read from one file, with what was skipped or could not be kept."""

    def __init__(self, documents=(), warnings: list[str] | None = None):
        super().__init__(documents)
        self.warnings: list[str] = list(warnings or [])


def parse_label_map(pairs: list[str] | None) -> dict[str, str]:
    """`--map PERSON=PER --map Located=located_in` → {"PERSON": "PER", "Located": "located_in"}."""
    mapping: dict[str, str] = {}
    for pair in pairs or []:
        theirs, sep, ours = pair.partition("=")
        if not sep or not theirs.strip() or not ours.strip():
            raise InputError(f"--map {pair!r}: write THEIRS=OURS, e.g. --map PERSON=PER")
        mapping[theirs.strip()] = ours.strip()
    return mapping


@dataclass(frozen=True)
class ExportView:
    """The spans and relations a format writes: accepted ones, and pending ones only when asked."""

    document: Document
    spans: list[Span]  # by start, longer (outer) first
    relations: list[Relation]  # both ends among `spans`


def export_view(annotations: AnnotationSet, options: ExportOptions) -> ExportView:
    statuses = ("accepted", "suggested") if options.include_suggested else ("accepted",)
    spans = sorted(
        (s for s in annotations if s.status in statuses), key=lambda s: (s.start, -s.end, s.id)
    )
    kept = {s.id for s in spans}
    relations = [r for r in annotations.relations if r.source in kept and r.target in kept]
    return ExportView(annotations.document, spans, relations)


# -- UTF-16 code units (what JavaScript's String.length counts) ----------------------------
class CodePointOffsets:
    """The identity: offsets counted in code points, as Python and current Label Studio count."""

    def __init__(self, text: str) -> None:
        self.text = text

    def to_units(self, code_point: int) -> int:
        return code_point

    def to_code_point(self, unit: int) -> int | None:
        return unit if 0 <= unit <= len(self.text) else None

    @property
    def length(self) -> int:
        return len(self.text)


OFFSET_UNITS = ("codepoints", "utf16")


def offsets_in(text: str, unit: str):
    """The converter for offsets counted in `unit` ("codepoints" or "utf16")."""
    return Utf16Offsets(text) if unit == "utf16" else CodePointOffsets(text)


class Utf16Offsets:
    """Converts code-point offsets into `text` to UTF-16 code units and back."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.astral = any(ord(c) > 0xFFFF for c in text)
        if self.astral:
            self._units = [0, *accumulate(2 if ord(c) > 0xFFFF else 1 for c in text)]

    def to_units(self, code_point: int) -> int:
        return self._units[code_point] if self.astral else code_point

    def to_code_point(self, unit: int) -> int | None:
        """The code point at `unit`, or None when `unit` is outside the text or inside a pair."""
        if not self.astral:
            return unit if 0 <= unit <= len(self.text) else None
        index = bisect.bisect_left(self._units, unit)
        if index < len(self._units) and self._units[index] == unit:
            return index
        return None

    @property
    def length(self) -> int:
        return self._units[-1] if self.astral else len(self.text)


# -- figure attributes as one line of text (brat notes, Label Studio region notes) --------
FIGURE_KEYS = ("value", "unit", "qualifier", "high")  # high: a range's high end (value is its low end)
_NUMERIC_KEYS = ("value", "high")


def figure_note(attrs: dict) -> str:
    parts = []
    for key in FIGURE_KEYS:
        value = attrs.get(key)
        if value is None:
            continue
        if isinstance(value, float) and value.is_integer():
            value = int(value)
        parts.append(f"{key}={value}")
    return " ".join(parts)


def parse_figure_note(note: str, where: str) -> dict:
    attrs: dict = {}
    for part in note.split():
        key, sep, value = part.partition("=")
        if not sep or key not in FIGURE_KEYS or not value:
            raise InputError(
                f"{where}: cannot read {part!r} in the figure note; expected value=N unit=U qualifier=Q"
            )
        if key in _NUMERIC_KEYS:
            try:
                number = float(value)
            except ValueError:
                raise InputError(f"{where}: figure value {value!r} is not a number") from None
            if not math.isfinite(number):
                raise InputError(f"{where}: figure value {value!r} is not a finite number")
            attrs[key] = int(number) if number.is_integer() and "." not in value else number
        else:
            attrs[key] = value
    return attrs


# -- rebuilding annotations from a foreign file --------------------------------------------
@dataclass
class ImportedSpan:
    ref: str  # the id in the foreign file, for relations and messages
    start: int
    end: int
    label: str
    where: str  # "file: line N" or "file: task 2, result X"
    status: str = "accepted"
    attrs: dict = field(default_factory=dict)
    text: str | None = None  # the text the foreign file says the span covers, when it says it
    source: str | None = None  # who made it, when the file kept our own record of it; None: the import


@dataclass
class ImportedRelation:
    type: str
    source: str  # refs of ImportedSpan
    target: str
    where: str


class DocumentBuilder:
    """Collects spans and relations read from a foreign file and checks them against the text."""

    def __init__(
        self, name: str, text: str, schema: LabelSchema, format_name: str, label_map: dict[str, str] | None = None,
        skipped: Counter | None = None,
    ) -> None:
        """`skipped`: count there the spans whose label the schema lacks (and their relations)
        instead of refusing the file."""
        self.annotations = AnnotationSet(Document(name, text))
        self.schema = schema
        self.source = f"import:{format_name}"
        self.label_map = label_map or {}
        self.skipped = skipped
        self._ids: dict[str, str] = {}
        self._skipped_refs: set[str] = set()

    def add_span(self, item: ImportedSpan) -> Span | None:
        text = self.annotations.document.text
        label = self.label_map.get(item.label, item.label)
        if not self.schema.has_label(label) and self.skipped is not None:
            self.skipped[item.label] += 1
            self._skipped_refs.add(item.ref)
            return None
        if not self.schema.has_label(label):
            known = ", ".join(label.name for label in self.schema.labels)
            raise InputError(
                f"{item.where}: unknown label {item.label!r} (known: {known}; --map {item.label}=LABEL reads it as one)"
            )
        if not (0 <= item.start < item.end <= len(text)):
            raise InputError(
                f"{item.where}: offsets {item.start}-{item.end} are outside the text "
                f"(0-{len(text)}) or empty"
            )
        covered = text[item.start : item.end]
        if item.text is not None and item.text != covered:
            raise InputError(
                f"{item.where}: the text at {item.start}-{item.end} is {_short(covered)} "
                f"but the file says {_short(item.text)}"
            )
        if item.ref in self._ids:
            raise InputError(f"{item.where}: id {item.ref!r} is used twice")
        span = self.annotations.make_span(
            item.start,
            item.end,
            self.schema.category_of(label),
            label,
            status=item.status,
            source=item.source or self.source,
            attrs=dict(item.attrs),
        )
        try:
            self.annotations.add(span)
        except AnnotationError as error:
            raise InputError(f"{item.where}: {error}") from None
        self._ids[item.ref] = span.id
        return span

    def has(self, ref: str) -> bool:
        return ref in self._ids

    def add_relation(self, item: ImportedRelation) -> None:
        if self._skipped_refs & {item.source, item.target}:
            return  # a link to a span left out with its unknown label
        for ref in (item.source, item.target):
            if ref not in self._ids:
                raise InputError(f"{item.where}: relation to {ref!r}, which is not a span of this document")
        source, target = self._ids[item.source], self._ids[item.target]
        known = {r.name.casefold(): r for r in self.schema.relation_types}
        type_name = self.label_map.get(item.type, item.type).casefold()
        if type_name not in known:
            names = ", ".join(r.name for r in self.schema.relation_types) or "none"
            raise InputError(f"{item.where}: unknown relation type {item.type!r} (known: {names})")
        relation_type = known[type_name]
        source_category = self.annotations.get(source).category
        target_category = self.annotations.get(target).category
        if source_category not in relation_type.sources or target_category not in relation_type.targets:
            raise InputError(
                f"{item.where}: a {item.type!r} relation goes from {'/'.join(relation_type.sources)} "
                f"to {'/'.join(relation_type.targets)}, not from {source_category} to {target_category}"
            )
        self.annotations.link(relation_type.name, source, target)


def _short(text: str, limit: int = 40) -> str:
    return repr(text if len(text) <= limit else text[:limit] + "…")


def read_text_file(path: str | Path) -> str:
    """A UTF-8 file's text (a BOM is dropped), or InputError naming the file."""
    return read_utf8_file(path, MAX_IMPORT_BYTES, "a UTF-8 text file")
