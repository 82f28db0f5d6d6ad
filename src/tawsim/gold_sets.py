"""Gold sets: folders of Tawsim JSON files (each beside its article) with a `set.json` that records
their floors. Checking a set: every file loads, spans match their text, and the guidelines' form
rules hold (docs/annotation-guidelines.md). No Qt.

`set.json`: {"floors": {"<evaluation row>": [precision, recall], ...}, "per_article": false,
"used_to_change_rules": true}. With `per_article` each article must reach the floors on its own;
otherwise the set's pooled score must.
"""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from tawsim.core.annotation_file import load
from tawsim.core.errors import TawsimError
from tawsim.core.jsonschemas import validate
from tawsim.core.model import AnnotationSet, Span
from tawsim.core.schema import LabelSchema, load_schema
from tawsim.core.textio import read_article

SET_FILE = "set.json"
PROCLITIC_RUN = re.compile(r"[وف]?(?:[بلك]ـ*)?")  # a kashida may follow ب ل ك: بـ25 جنيها
OPENING_QUOTES = "«“\""
CLOSING_QUOTE = {"«": "»", "“": "”", "\"": "\""}
FORBIDDEN_EDGES = set(".,،؛;:!?؟«»“”\"'()[]")
PERCENT_SIGNS = "%٪"
CURRENCY_SIGNS = "$€£¥₪"
NUMBER_SIGNS = "-−+"  # a sign glued to its number: -1.2%
QUALIFIERS = {None, "about", "more_than", "less_than", "at_least", "at_most"}
SPEAKER_LABELS = ("PER", "ORG")


@dataclass(frozen=True)
class GoldSet:
    folder: Path
    floors: dict[str, tuple[float, float]]
    per_article: bool
    used_to_change_rules: bool

    @property
    def name(self) -> str:
        return self.folder.name

    def files(self) -> list[Path]:
        return sorted(path for path in self.folder.glob("*.json") if path.name != SET_FILE)


def read_set(folder: Path) -> GoldSet:
    path = Path(folder) / SET_FILE
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        floors = {row: (float(p), float(r)) for row, (p, r) in data["floors"].items()}
        return GoldSet(Path(folder), floors, bool(data.get("per_article", False)),
                       bool(data["used_to_change_rules"]))
    except (OSError, ValueError, KeyError, TypeError, AttributeError) as error:
        raise TawsimError(f"{path}: not a gold set description: {error}") from None


def discover_sets(top: Path) -> list[GoldSet]:
    """Every folder right under `top` that holds a set.json, by name."""
    return [read_set(path.parent) for path in sorted(Path(top).glob(f"*/{SET_FILE}"))]


def article_for(gold_file: Path, document_name: str, seeds: Path | None) -> Path:
    """The article a gold file annotates: beside it, else among the seeds."""
    beside = gold_file.parent / document_name
    return beside if beside.exists() or seeds is None else seeds / document_name


# -- the checks ---------------------------------------------------------------------------------
def check_file(path: Path, seeds: Path | None = None, schema: LabelSchema | None = None) -> list[str]:
    """What is wrong with one gold file (nothing when it is sound), one line each."""
    path = Path(path)
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
        validate(raw, "tawsim-file.schema.json", path.name)
        loaded = load(path)
    except (OSError, ValueError) as error:
        return [f"{path.name}: {error}"]
    except TawsimError as error:  # it names the file already
        return [str(error)]
    annotations = loaded.annotations
    faults = [f"load: {problem}" for problem in loaded.problems]
    if len(annotations) != len(raw["annotations"]):
        faults.append(f"{len(raw['annotations'])} annotations in the file, {len(annotations)} loaded")
    article = article_for(path, annotations.document.name, seeds)
    try:
        if read_article(article).text != annotations.document.text:
            faults.append(f"the text is not that of {article.name}")
    except TawsimError as error:
        faults.append(f"its article: {error}")
    schema = schema or load_schema()
    for span in annotations:
        faults.extend(_span_faults(annotations, span, schema))
    faults.extend(_overlaps(annotations))
    faults.extend(_speaker_faults(annotations))
    return [f"{path.name}: {fault}" for fault in faults]


def check_set(gold_set: GoldSet, seeds: Path | None = None) -> list[str]:
    files = gold_set.files()
    if not files:
        return [f"{gold_set.name}: no gold files"]
    schema = load_schema()
    return [f"{gold_set.name}/{fault}" for path in files for fault in check_file(path, seeds, schema)]


def _is_word_char(char: str) -> bool:
    return char.isalnum() or unicodedata.category(char).startswith("M")


def _stands_as_words(text: str, start: int, end: int) -> bool:
    """Only proclitics (or nothing) glued before, nothing glued after."""
    if end < len(text) and _is_word_char(text[end]):
        return False
    run_start = start
    while run_start > 0 and _is_word_char(text[run_start - 1]):
        run_start -= 1
    return PROCLITIC_RUN.fullmatch(text[run_start:start]) is not None


def _span_faults(annotations: AnnotationSet, span: Span, schema: LabelSchema) -> list[str]:
    text = annotations.document.text
    shown = f"{span.id} {span.text[:30]!r}"
    if text[span.start : span.end] != span.text:
        return [f"{shown}: its text is not the article's slice"]
    faults = []
    if span.status != "accepted" or span.source != "manual":
        faults.append(f"{shown}: must be accepted and manual, is {span.status}, {span.source}")
    if not schema.has_label(span.label) or schema.category_of(span.label) != span.category:
        faults.append(f"{shown}: {span.category}/{span.label} is not in the label schema")
    if span.category in ("entity", "figure"):
        faults.extend(f"{shown}: {fault}" for fault in _edge_faults(span, text))
    if span.category == "figure":
        faults.extend(f"{shown}: {fault}" for fault in _figure_faults(span))
    if span.category == "claim":
        faults.extend(f"{shown}: {fault}" for fault in _claim_faults(text, span.start, span.end))
    return faults


def _edge_faults(span: Span, text: str) -> list[str]:
    piece = span.text
    # A percent or currency sign is the figure's unit (like في المئة، دولار), a sign glued to the
    # number is part of its value: neither is punctuation.
    if span.category == "figure":
        if len(piece) > 1 and piece[-1] in PERCENT_SIGNS + CURRENCY_SIGNS:
            piece = piece[:-1].rstrip()
        if len(piece) > 1 and piece[0] in CURRENCY_SIGNS:
            piece = piece[1:].lstrip()
        if len(piece) > 1 and piece[0] in NUMBER_SIGNS and piece[1].isdigit():
            piece = piece[1:]
    if piece != piece.strip() or piece[0] in FORBIDDEN_EDGES or piece[-1] in FORBIDDEN_EDGES:
        return ["space or punctuation at an edge"]
    if not _is_word_char(piece[0]) or not _is_word_char(piece[-1]):
        return ["must start and end with a letter or digit"]
    if not _stands_as_words(text, span.start, span.end):
        return ["not whole words (only proclitics may be glued before, nothing after)"]
    return []


def _figure_faults(span: Span) -> list[str]:
    attrs = span.attrs
    if set(attrs) - {"high"} != {"value", "unit", "qualifier"}:
        return [f"a figure has value, unit and qualifier (and high for a range), this one {sorted(attrs)}"]
    faults = []
    if isinstance(attrs["value"], bool) or not isinstance(attrs["value"], (int, float)):
        faults.append(f"value {attrs['value']!r} is not a number")
    elif "high" in attrs and (isinstance(attrs["high"], bool) or not isinstance(attrs["high"], (int, float))
                              or attrs["high"] <= attrs["value"]):
        faults.append(f"high {attrs['high']!r} is not a number above the value")
    if attrs["qualifier"] not in QUALIFIERS:
        faults.append(f"qualifier {attrs['qualifier']!r} is not one of the guidelines'")
    return faults


def _claim_faults(text: str, start: int, end: int) -> list[str]:
    piece = text[start:end]
    before = text[start - 1] if start else "\n"
    after = text[end] if end < len(text) else "\n"
    if "\n" in piece:
        return ["runs over a paragraph end"]
    if piece != piece.strip() or piece[-1] in ".،,؛;:":
        return ["space or final punctuation inside"]
    if before not in " \n" and before not in OPENING_QUOTES:
        return ["starts inside a word"]
    if before in OPENING_QUOTES:
        if after != CLOSING_QUOTE[before]:
            return ["a quotation must end at its closing quote"]
    elif after not in ".،,\n":
        return ["must end at the end of a sentence or clause"]
    # A reported clause may open with a quotation that closes before its end (أن "…" لا تزال …).
    if piece[0] in OPENING_QUOTES and CLOSING_QUOTE[piece[0]] not in piece[1:]:
        return ["an opening quote without its closing one"]
    return []


def _overlaps(annotations: AnnotationSet) -> list[str]:
    faults = []
    for category in ("entity", "figure", "claim"):
        spans = sorted(annotations.with_category(category), key=lambda s: s.start)
        for left, right in zip(spans, spans[1:]):
            if right.start < left.end:
                faults.append(f"{category} spans overlap: {left.text[:30]!r} and {right.text[:30]!r}")
    return faults


def _speaker_faults(annotations: AnnotationSet) -> list[str]:
    faults = [f"relation {r.type} {r.source}->{r.target}: only speaker relations belong here"
              for r in annotations.relations if r.type != "speaker"]
    claims = annotations.with_category("claim")
    if not claims:
        faults.append("no claims")
    for claim in claims:
        speakers = [r for r in annotations.relations if r.type == "speaker" and r.source == claim.id]
        if len(speakers) != 1:
            faults.append(f"{claim.id}: {len(speakers)} speaker relations, one expected")
            continue
        target = annotations.get(speakers[0].target)
        if target is None or target.category != "entity" or target.label not in SPEAKER_LABELS:
            faults.append(f"{claim.id}: the speaker is not a PER or ORG entity")
    return faults


# -- showing a set --------------------------------------------------------------------------------
def spans_in_context(annotations: AnnotationSet, width: int = 12) -> str:
    """Each span with a little context, for a reader to check by eye."""
    text = annotations.document.text
    lines = []
    for span in annotations.sorted_spans():
        before = text[max(0, span.start - width) : span.start].replace("\n", "⏎")
        after = text[span.end : span.end + width].replace("\n", "⏎")
        shown = span.text if len(span.text) <= 70 else span.text[:33] + " … " + span.text[-33:]
        extra = ""
        if span.category == "figure":
            extra = f" {span.attrs}"
        if span.category == "claim":
            speaker = annotations.speaker_of(span.id)
            extra = f" speaker={speaker.text if speaker else None}"
        lines.append(f"{span.start:5}-{span.end:<5} {span.category:6} {span.label:8} …{before}[{shown}]{after}…{extra}")
    return "\n".join(lines)
