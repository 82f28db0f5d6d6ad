"""Undo commands: each calls one AnnotationSet method to do and its inverse to undo.

Each knows the place in the text it changed (`place()`: start, end, and the span there if any), so
undo and redo can show where the edit was made.
"""

from __future__ import annotations

from PySide6.QtGui import QUndoCommand

from tawsim.core.model import AnnotationSet, Relation, Span

Place = tuple[int, int, "str | None"]  # start, end, the span id to make current (None: none there)


def place_of(command: QUndoCommand | None) -> Place | None:
    """Where a command changed the text; for a macro, its last child that knows (the tag after
    the suggestions it rejected, the link after the unlink)."""
    if command is None:
        return None
    if hasattr(command, "place"):
        return command.place()
    for index in reversed(range(command.childCount())):
        found = place_of(command.child(index))
        if found is not None:
            return found
    return None


def history_place(stack, undone: bool) -> Place | None:
    """The place of the command just undone (`undone`) or redone on `stack`."""
    index = stack.index() if undone else stack.index() - 1
    return place_of(stack.command(index)) if 0 <= index < stack.count() else None


def _span_place(annotations: AnnotationSet, span_id: str, span: Span | None = None) -> Place:
    if span_id in annotations:
        current = annotations.get(span_id)
        return current.start, current.end, span_id
    return span.start, span.end, None


class AddSpan(QUndoCommand):
    def __init__(self, annotations: AnnotationSet, span: Span, text: str = "") -> None:
        super().__init__(text or f"Tag {span.label} {span.text}")
        self.annotations = annotations
        self.span = span

    def redo(self) -> None:
        self.annotations.add(self.span)

    def undo(self) -> None:
        self.annotations.remove(self.span.id)

    def place(self) -> Place:
        return _span_place(self.annotations, self.span.id, self.span)


class RemoveSpan(QUndoCommand):
    def __init__(self, annotations: AnnotationSet, span_id: str) -> None:
        span = annotations.get(span_id)
        super().__init__(f"Delete {span.label} {span.text}")
        self.annotations = annotations
        self.span_id = span_id
        self.span = span
        self._removed: tuple | None = None

    def redo(self) -> None:
        self._removed = self.annotations.remove(self.span_id)

    def undo(self) -> None:
        self.annotations.restore(*self._removed)

    def place(self) -> Place:
        return _span_place(self.annotations, self.span_id, self.span)


class UpdateSpan(QUndoCommand):
    def __init__(self, annotations: AnnotationSet, span_id: str, text: str = "", **changes) -> None:
        super().__init__(text or f"Change {', '.join(sorted(changes))}")
        self.annotations = annotations
        self.span_id = span_id
        self.changes = changes
        self._old: dict = {}

    def redo(self) -> None:
        self._old = self.annotations.update(self.span_id, **self.changes)

    def undo(self) -> None:
        self.annotations.update(self.span_id, **self._old)

    def place(self) -> Place:
        return _span_place(self.annotations, self.span_id)


class UpdateMany(QUndoCommand):
    """One step for a bulk change such as accepting every suggestion of a label."""

    def __init__(self, annotations: AnnotationSet, changes: dict[str, dict], text: str) -> None:
        super().__init__(text)
        self.annotations = annotations
        self.changes = changes
        self._old: dict[str, dict] = {}

    def redo(self) -> None:
        self._old = self.annotations.update_many(self.changes)

    def undo(self) -> None:
        self.annotations.update_many(self._old)

    def place(self) -> Place | None:
        first = min((self.annotations.get(i) for i in self.changes if i in self.annotations),
                    key=lambda span: span.start, default=None)
        return None if first is None else (first.start, first.end, first.id)


class Link(QUndoCommand):
    def __init__(self, annotations: AnnotationSet, relation_type: str, source: str, target: str) -> None:
        super().__init__(f"Link {relation_type}")
        self.annotations = annotations
        self.args = (relation_type, source, target)
        self.relation: Relation | None = None

    def redo(self) -> None:
        if self.relation is None:
            self.relation = self.annotations.link(*self.args)
        else:  # the same relation again, id included, so later commands still find it
            self.annotations.add_relation(self.relation)

    def undo(self) -> None:
        self.annotations.remove_relation(self.relation.id)

    def place(self) -> Place | None:
        source = self.args[1]
        return _span_place(self.annotations, source) if source in self.annotations else None


class Unlink(QUndoCommand):
    def __init__(self, annotations: AnnotationSet, relation: Relation) -> None:
        super().__init__(f"Unlink {relation.type}")
        self.annotations = annotations
        self.relation = relation

    def redo(self) -> None:
        self.annotations.remove_relation(self.relation.id)

    def undo(self) -> None:
        self.annotations.add_relation(self.relation)

    def place(self) -> Place | None:
        source = self.relation.source
        return _span_place(self.annotations, source) if source in self.annotations else None


class ShowPlace(QUndoCommand):
    """Changes nothing: ends a macro whose changes are elsewhere (the other occurrences of a name)
    with the place undo and redo should show (the name tagged by hand)."""

    def __init__(self, annotations: AnnotationSet, span_id: str) -> None:
        super().__init__("")
        self.annotations = annotations
        self.span = annotations.get(span_id)

    def redo(self) -> None:
        pass

    def undo(self) -> None:
        pass

    def place(self) -> Place:
        return _span_place(self.annotations, self.span.id, self.span)
