"""spaCy `DocBin` (`.spacy`), for training: needs spaCy, the optional extra `tawsim[spacy]`.

Each document is a `Doc` whose tokens never cross a span boundary (see tokens.py), so every span
is whole tokens and `doc.text` is the article text: offsets are code points, as in spaCy.
Entities are `doc.ents` (non-overlapping; the longer wins if two overlap) and every category is
a span group: `doc.spans["entity"]`, `doc.spans["figure"]`, `doc.spans["claim"]`. The document
name, figure values, pending status and speaker links are kept in `doc.user_data` under
`tawsim_*` keys (the DocBin stores user data), so an import gives them back.

Import reads every span group (spancat's default `sc` too) and `doc.ents`; a span whose label the
schema lacks is skipped with a warning. A `doc.text` with CRLF newlines becomes LF text, as Tawsim loads an article, with the
offsets moved to match. The file is inflated in a bounded stream first, so a small
file that would inflate to gigabytes (a zip bomb) is refused before spaCy decompresses it.
"""

from __future__ import annotations

import bisect
import re
import zlib
from collections import Counter
from functools import lru_cache
from pathlib import Path

from tawsim.core.errors import InputError, TawsimError
from tawsim.core.model import CATEGORIES
from tawsim.core.schema import LabelSchema
from tawsim.core.textio import normalize_newlines
from tawsim.formats.common import (
    DocumentBuilder,
    ExportOptions,
    ImportOptions,
    ImportedDocuments,
    ImportedRelation,
    ImportedSpan,
    export_view,
    kept_source,
    skipped_labels_warning,
)
from tawsim.formats.tokens import span_cuts, tokenize

NAME_KEY = "tawsim_name"
ATTRS_KEY = "tawsim_attrs"  # [[start, end, label, {value, unit, qualifier, note}], ...]
SUGGESTED_KEY = "tawsim_suggested"  # [[start, end, label], ...]
RELATIONS_KEY = "tawsim_relations"  # [[from start, from end, from label, to start, to end, to label, type], ...]
KEPT_ATTRS = ("value", "unit", "qualifier", "high", "note", "explanation")
SOURCE_KEY = "source"  # in a span's tawsim_attrs entry: where a rule or model suggestion came from
# A DocBin is zlib over msgpack, which spaCy inflates whole in memory. Real ones inflate a few times
# their size; zlib can reach 1000 times. Refused when inflated beyond both floor and ratio, or the cap.
MAX_INFLATED_BYTES = 2**30
MIN_INFLATED_LIMIT = 64 * 2**20
MAX_INFLATION_RATIO = 64
_INFLATE_CHUNK = 4 * 2**20


def spacy_modules():
    """(spacy, Doc, DocBin), imported only when a spaCy file is written or read."""
    try:
        import spacy
        from spacy.tokens import Doc, DocBin
    except ImportError as error:
        raise TawsimError(
            f"the spaCy format needs spaCy, which is not installed ({error}); "
            "install it with: pip install 'tawsim[spacy]'"
        ) from None
    return spacy, Doc, DocBin


@lru_cache(maxsize=1)
def _vocab():
    spacy, _, _ = spacy_modules()
    return spacy.blank("ar").vocab


def make_doc(annotations, options: ExportOptions):
    """The spaCy Doc of one document, with its entities, span groups and Tawsim extras."""
    _, Doc, _ = spacy_modules()
    from spacy.util import filter_spans

    view = export_view(annotations, options)
    text = view.document.text
    words, spaces = _words(text, tokenize(text, span_cuts(view.spans)))
    doc = Doc(_vocab(), words=words, spaces=spaces)
    if doc.text != text:
        raise TawsimError(f"{view.document.name}: internal error: the spaCy tokens do not rebuild the text")
    groups: dict[str, list] = {category: [] for category in CATEGORIES}
    for span in view.spans:
        piece = doc.char_span(span.start, span.end, label=span.label, alignment_mode="strict")
        if piece is None or piece.text != span.text:
            raise TawsimError(
                f"{view.document.name}: internal error: span {span.id} {span.text!r} is not whole tokens"
            )
        groups[span.category].append(piece)
    for category, pieces in groups.items():
        doc.spans[category] = pieces
    doc.ents = filter_spans(groups["entity"])
    doc.user_data[NAME_KEY] = view.document.name
    doc.user_data[ATTRS_KEY] = [
        [s.start, s.end, s.label, kept] for s in view.spans if (kept := _kept_attrs(s))
    ]
    doc.user_data[SUGGESTED_KEY] = [[s.start, s.end, s.label] for s in view.spans if s.status == "suggested"]
    by_id = {s.id: s for s in view.spans}
    doc.user_data[RELATIONS_KEY] = [
        [*_key(by_id[r.source]), *_key(by_id[r.target]), r.type] for r in view.relations
    ]
    return doc


def _kept_attrs(span) -> dict:
    kept = {k: span.attrs[k] for k in KEPT_ATTRS if span.attrs.get(k) is not None}
    if kept_source(span.source):
        kept[SOURCE_KEY] = span.source
    return kept


def export(annotations, options: ExportOptions) -> dict[str, bytes]:
    _, _, DocBin = spacy_modules()
    return {".spacy": DocBin(store_user_data=True, docs=[make_doc(annotations, options)]).to_bytes()}


def join(parts: list[bytes]) -> bytes:
    _, _, DocBin = spacy_modules()
    merged = DocBin(store_user_data=True)
    for part in parts:
        merged.merge(DocBin(store_user_data=True).from_bytes(part))
    return merged.to_bytes()


def _key(span) -> tuple[int, int, str]:
    return span.start, span.end, span.label


def _words(text: str, tokens: list[tuple[int, int]]) -> tuple[list[str], list[bool]]:
    """spaCy words and trailing-space flags: one plain space follows a word, other whitespace
    becomes a word of its own, so the Doc's text is exactly `text`."""
    words: list[str] = []
    spaces: list[bool] = []

    def gap(whitespace: str) -> None:
        if whitespace.startswith(" ") and words and not spaces[-1]:
            spaces[-1] = True
            whitespace = whitespace[1:]
        if whitespace:
            words.append(whitespace)
            spaces.append(False)

    position = 0
    for start, end in tokens:
        gap(text[position:start])
        words.append(text[start:end])
        spaces.append(False)
        position = end
    gap(text[position:])
    return words, spaces


# -- import --------------------------------------------------------------------------------
def import_file(path: Path, schema: LabelSchema, options: ImportOptions) -> ImportedDocuments:
    _, _, DocBin = spacy_modules()
    try:
        data = Path(path).read_bytes()
    except FileNotFoundError:
        raise InputError(f"{path}: no such file") from None
    except OSError as error:
        raise InputError(f"{path}: cannot read: {error.strerror or error}") from None
    check_inflated_size(data, path)
    try:
        docs = list(DocBin().from_bytes(data).get_docs(_vocab()))
    except Exception as error:  # spaCy raises ValueError, KeyError or msgpack errors on foreign bytes
        raise InputError(f"{path}: not a spaCy DocBin file ({type(error).__name__})") from None
    if not docs:
        raise InputError(f"{path}: the DocBin holds no documents")
    names: set[str] = set()
    skipped: Counter = Counter()
    documents = [
        _document(doc, f"{path}: doc {n}", schema, path, n, names, options.label_map, skipped)
        for n, doc in enumerate(docs, 1)
    ]
    return ImportedDocuments(documents, skipped_labels_warning(skipped))


def _lf_text(raw: str):
    """The text with Tawsim's newlines (CRLF and CR → LF, as an article loads) and the map of offsets
    into `raw` onto it, so the import matches the article file it came from."""
    if "\r" not in raw:
        return raw, lambda offset: offset
    dropped = [match.start() for match in re.finditer("\r(?=\n)", raw)]
    return normalize_newlines(raw), lambda offset: offset - bisect.bisect_left(dropped, offset)


def check_inflated_size(data: bytes, path, limit: int | None = None) -> None:
    """Inflate `data` in chunks, keeping none, and refuse it when it grows beyond `limit`."""
    if limit is None:
        limit = min(MAX_INFLATED_BYTES, max(MIN_INFLATED_LIMIT, MAX_INFLATION_RATIO * len(data)))
    inflater = zlib.decompressobj()
    total = 0
    pending = data
    try:
        while True:
            total += len(out := inflater.decompress(pending, _INFLATE_CHUNK))
            if total > limit:
                raise InputError(
                    f"{path}: inflates to more than {limit // 2**20} MB (from {len(data) // 2**10} KB); "
                    "refusing it: a DocBin that large is not read"
                )
            pending = inflater.unconsumed_tail
            if not pending and len(out) < _INFLATE_CHUNK:
                break
    except zlib.error:
        raise InputError(f"{path}: not a spaCy DocBin file (not zlib data)") from None


def _document(
    doc,
    where: str,
    schema: LabelSchema,
    path: Path,
    index: int,
    names: set[str],
    label_map: dict[str, str],
    skipped: Counter,
):
    name = doc.user_data.get(NAME_KEY)
    name = name if isinstance(name, str) and name else f"{path.stem}-{index}"
    if name in names:
        name = f"{name}-{index}"
    names.add(name)
    text, to_text = _lf_text(doc.text)
    builder = DocumentBuilder(name, text, schema, "spacy", label_map, skipped)
    ours = [category for category in CATEGORIES if category in doc.spans]
    others = [key for key in doc.spans if key not in CATEGORIES]  # spancat's "sc" and the like
    pieces = [piece for key in ours + others for piece in doc.spans[key]] + list(doc.ents)
    attrs = {tuple(item[:3]): dict(item[3]) for item in doc.user_data.get(ATTRS_KEY, ())}
    suggested = {tuple(item) for item in doc.user_data.get(SUGGESTED_KEY, ())}
    refs: dict[tuple, str] = {}
    for number, piece in enumerate(pieces, 1):
        key = (piece.start_char, piece.end_char, piece.label_)
        if key in refs:
            continue
        kept = dict(attrs.get(key, {}))
        source = kept.pop(SOURCE_KEY, None)
        span = builder.add_span(
            ImportedSpan(
                str(number), to_text(key[0]), to_text(key[1]), key[2], f"{where}, span {piece.text[:30]!r}",
                status="suggested" if key in suggested else "accepted",
                attrs=kept,
            )
        )
        refs[key] = "" if span is None else str(number)  # "": left out, its label is not the schema's
        if span is not None and kept_source(source):
            span.source = source
    for number, item in enumerate(doc.user_data.get(RELATIONS_KEY, ()), 1):
        here = f"{where}, relation {number}"
        source, target = refs.get(tuple(item[0:3])), refs.get(tuple(item[3:6]))
        if source is None or target is None:
            raise InputError(f"{here}: links a span that is not in the document's span groups")
        if source and target:
            builder.add_relation(ImportedRelation(item[6], source, target, here))
    return builder.annotations
