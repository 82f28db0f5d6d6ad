"""Documents, span annotations and relations.

Offsets are code points into `Document.text`, the text exactly as the user sees it. Every change to
an `AnnotationSet` goes through one method that announces it, and each method has an inverse, so an
undo command is one call each way.
"""

from __future__ import annotations

import bisect
import hashlib
from dataclasses import dataclass, field, replace
from typing import Iterable, Iterator

from tawsim.core.errors import TawsimError, shorten
from tawsim.core.events import Signal

CATEGORIES = ("entity", "figure", "claim")
STATUSES = ("suggested", "accepted", "rejected")


def text_sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class Document:
    name: str
    text: str

    @property
    def sha256(self) -> str:
        return text_sha256(self.text)


@dataclass(eq=False)  # identity: rows are found by `is`, and two spans may share every field
class Span:
    id: str
    start: int
    end: int
    text: str
    category: str
    label: str
    status: str = "suggested"
    source: str = "manual"
    attrs: dict = field(default_factory=dict)

    def overlaps(self, start: int, end: int) -> bool:
        return self.start < end and start < self.end

    def to_dict(self) -> dict:
        return {
            "id": self.id,
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "category": self.category,
            "label": self.label,
            "status": self.status,
            "source": self.source,
            "attrs": dict(self.attrs),
        }

    @classmethod
    def from_dict(cls, data: dict) -> "Span":
        return cls(
            id=data["id"],
            start=data["start"],
            end=data["end"],
            text=data["text"],
            category=data["category"],
            label=data["label"],
            status=data.get("status", "suggested"),
            source=data.get("source", "manual"),
            attrs=dict(data.get("attrs") or {}),
        )


@dataclass(frozen=True)
class Relation:
    id: str
    type: str
    source: str  # id of the span the relation starts from (a claim, for `speaker`)
    target: str

    def to_dict(self) -> dict:
        return {"id": self.id, "type": self.type, "from": self.source, "to": self.target}

    @classmethod
    def from_dict(cls, data: dict) -> "Relation":
        return cls(id=data["id"], type=data["type"], source=data["from"], target=data["to"])


class AnnotationError(TawsimError):
    pass


class AnnotationSet:
    """The spans and relations of one document.

    Spans keep their insertion order (rows of a table); a sorted index by start answers position
    queries. Signals: `inserted(row, span)`, `removed(row, span)`, `changed(row, span)`,
    `relation_added(relation)`, `relation_removed(relation)`.
    """

    def __init__(self, document: Document) -> None:
        self.document = document
        self._spans: list[Span] = []
        self._by_id: dict[str, Span] = {}
        self._starts: list[tuple[int, int, str]] = []  # (start, end, id), sorted
        self._max_length = 0
        self._relations: dict[str, Relation] = {}  # by id, in the order they were added
        self._next_span = 1
        self._next_relation = 1
        self.inserted = Signal()
        self.removed = Signal()
        self.changed = Signal()
        self.relation_added = Signal()
        self.relation_removed = Signal()
        self.done = False  # marked finished by the annotator (a project's document state)
        self.done_changed = Signal()

    # -- reading ---------------------------------------------------------------------------
    def __len__(self) -> int:
        return len(self._spans)

    def __iter__(self) -> Iterator[Span]:
        return iter(self._spans)

    def __getitem__(self, row: int) -> Span:
        return self._spans[row]

    def __contains__(self, span_id: object) -> bool:
        return span_id in self._by_id

    def get(self, span_id: str) -> Span:
        try:
            return self._by_id[span_id]
        except KeyError:
            raise AnnotationError(f"no annotation with id {span_id!r}") from None

    def row_of(self, span_id: str) -> int:
        return self._spans.index(self.get(span_id))

    @property
    def relations(self) -> list[Relation]:
        return list(self._relations.values())

    def in_range(self, start: int, end: int) -> list[Span]:
        """Spans overlapping [start, end), ordered by start then by length (outer first)."""
        low = bisect.bisect_left(self._starts, (start - self._max_length, -1, ""))
        high = bisect.bisect_left(self._starts, (end, -1, ""))
        found = [self._by_id[i] for s, e, i in self._starts[low:high] if e > start and s < end]
        found.sort(key=lambda span: (span.start, -span.end))
        return found

    def at(self, position: int) -> list[Span]:
        """Spans covering the character at `position`, outermost first."""
        return self.in_range(position, position + 1)

    def with_status(self, *statuses: str) -> list[Span]:
        return [s for s in self._spans if s.status in statuses]

    def with_category(self, category: str) -> list[Span]:
        return [s for s in self._spans if s.category == category]

    def sorted_spans(self) -> list[Span]:
        return [self._by_id[i] for _, _, i in self._starts]

    def relations_of(self, span_id: str) -> list[Relation]:
        return [r for r in self._relations.values() if span_id in (r.source, r.target)]

    def speaker_of(self, claim_id: str) -> Span | None:
        for relation in self._relations.values():
            if relation.type == "speaker" and relation.source == claim_id:
                return self._by_id.get(relation.target)
        return None

    def set_done(self, done: bool) -> None:
        if done != self.done:
            self.done = done
            self.done_changed.emit(done)

    # -- ids -------------------------------------------------------------------------------
    def new_span_id(self) -> str:
        while f"T{self._next_span}" in self._by_id:
            self._next_span += 1
        return f"T{self._next_span}"

    def new_span_ids(self, count: int) -> list[str]:
        """`count` ids no span has, for spans made before any of them is added."""
        ids: list[str] = []
        while len(ids) < count:
            candidate = f"T{self._next_span}"
            self._next_span += 1
            if candidate not in self._by_id:
                ids.append(candidate)
        return ids

    def new_relation_id(self) -> str:
        while f"R{self._next_relation}" in self._relations:
            self._next_relation += 1
        return f"R{self._next_relation}"

    def make_span(self, start: int, end: int, category: str, label: str, **kwargs) -> Span:
        """A new span over the document text, with a fresh id, not yet added."""
        self._check_bounds(start, end)
        return Span(
            id=self.new_span_id(),
            start=start,
            end=end,
            text=self.document.text[start:end],
            category=category,
            label=label,
            **kwargs,
        )

    # -- changes: each has an inverse ----------------------------------------------------
    def add(self, span: Span, row: int | None = None) -> int:
        self._check_new(span)
        row = len(self._spans) if row is None else row
        self._spans.insert(row, span)
        self._by_id[span.id] = span
        bisect.insort(self._starts, (span.start, span.end, span.id))
        self._max_length = max(self._max_length, span.end - span.start)
        self.inserted.emit(row, span)
        return row

    def add_many(self, spans: Iterable[Span]) -> None:
        """`add` for many spans at the end, checked first and indexed once (a whole suggestion run)."""
        spans = list(spans)
        batch_ids: set[str] = set()
        for span in spans:
            self._check_new(span)
            if span.id in batch_ids:
                raise AnnotationError(f"an annotation with id {span.id!r} exists already")
            batch_ids.add(span.id)
        first = len(self._spans)
        self._spans.extend(spans)
        self._by_id.update((span.id, span) for span in spans)
        self._starts.extend((span.start, span.end, span.id) for span in spans)
        self._starts.sort()
        if spans:
            self._max_length = max(self._max_length, max(span.end - span.start for span in spans))
        if self.inserted:
            for offset, span in enumerate(spans):
                self.inserted.emit(first + offset, span)

    def _check_new(self, span: Span) -> None:
        if span.id in self._by_id:
            raise AnnotationError(f"an annotation with id {span.id!r} exists already")
        self._check_bounds(span.start, span.end)
        if span.text != self.document.text[span.start : span.end]:
            raise AnnotationError(
                f"annotation {span.id} says {shorten(span.text)!r} but the text at "
                f"{span.start}-{span.end} is {shorten(self.document.text[span.start:span.end])!r}"
            )
        if span.category not in CATEGORIES:
            raise AnnotationError(f"unknown category {span.category!r}")
        if span.status not in STATUSES:
            raise AnnotationError(f"unknown status {span.status!r}")

    def remove(self, span_id: str) -> tuple[int, Span, list[Relation]]:
        """Remove a span and the relations that touch it; returns what `restore` needs."""
        span = self.get(span_id)
        dropped = self.relations_of(span_id)
        for relation in dropped:
            self.remove_relation(relation.id)
        row = self._spans.index(span)
        del self._spans[row]
        del self._by_id[span_id]
        self._starts.remove((span.start, span.end, span.id))
        self.removed.emit(row, span)
        return row, span, dropped

    def restore(self, row: int, span: Span, relations: Iterable[Relation] = ()) -> None:
        self.add(span, row)
        for relation in relations:
            self.add_relation(relation)

    def update(self, span_id: str, **changes) -> dict:
        """Change fields of a span (status, label, category, attrs, start/end); returns the old values."""
        span = self.get(span_id)
        allowed = {"status", "label", "category", "attrs", "start", "end", "source"}
        unknown = set(changes) - allowed
        if unknown:
            raise AnnotationError(f"cannot change {', '.join(sorted(unknown))}")
        if changes.get("status", span.status) not in STATUSES:
            raise AnnotationError(f"unknown status {changes['status']!r}")
        if changes.get("category", span.category) not in CATEGORIES:
            raise AnnotationError(f"unknown category {changes['category']!r}")
        old = {key: getattr(span, key) for key in changes}
        if "attrs" in old:
            old["attrs"] = dict(old["attrs"])
        if "start" in changes or "end" in changes:
            start = changes.get("start", span.start)
            end = changes.get("end", span.end)
            self._check_bounds(start, end)
            self._starts.remove((span.start, span.end, span.id))
            span.start, span.end = start, end
            span.text = self.document.text[start:end]
            bisect.insort(self._starts, (start, end, span.id))
            self._max_length = max(self._max_length, end - start)
        for key in ("status", "label", "category", "source"):
            if key in changes:
                setattr(span, key, changes[key])
        if "attrs" in changes:
            span.attrs = dict(changes["attrs"])
        self.changed.emit(self._spans.index(span), span)
        return old

    def update_many(self, changes: dict[str, dict]) -> dict[str, dict]:
        """`update` for several spans at once; returns {id: old values} for the inverse call."""
        return {span_id: self.update(span_id, **fields) for span_id, fields in changes.items()}

    def add_relation(self, relation: Relation) -> None:
        for end in (relation.source, relation.target):
            self.get(end)
        if relation.id in self._relations:
            raise AnnotationError(f"a relation with id {relation.id!r} exists already")
        self._relations[relation.id] = relation
        self.relation_added.emit(relation)

    def remove_relation(self, relation_id: str) -> Relation:
        relation = self._relations.pop(relation_id, None)
        if relation is not None:
            self.relation_removed.emit(relation)
            return relation
        raise AnnotationError(f"no relation with id {relation_id!r}")

    def link(self, relation_type: str, source_id: str, target_id: str) -> Relation:
        relation = Relation(self.new_relation_id(), relation_type, source_id, target_id)
        self.add_relation(relation)
        return relation

    # -- helpers ---------------------------------------------------------------------------
    def _check_bounds(self, start: int, end: int) -> None:
        if not (isinstance(start, int) and isinstance(end, int)):
            raise AnnotationError("offsets must be whole numbers")
        if not 0 <= start < end <= len(self.document.text):
            raise AnnotationError(
                f"offsets {start}-{end} are outside the text (0-{len(self.document.text)}) or empty"
            )

    def copy_span(self, span_id: str) -> Span:
        span = self.get(span_id)
        return replace(span, attrs=dict(span.attrs))
