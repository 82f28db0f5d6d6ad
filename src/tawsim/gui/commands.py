"""Undo commands: each calls one AnnotationSet method to do and its inverse to undo."""

from __future__ import annotations

from PySide6.QtGui import QUndoCommand

from tawsim.core.model import AnnotationSet, Relation, Span


class AddSpan(QUndoCommand):
    def __init__(self, annotations: AnnotationSet, span: Span, text: str = "") -> None:
        super().__init__(text or f"Tag {span.label} {span.text}")
        self.annotations = annotations
        self.span = span

    def redo(self) -> None:
        self.annotations.add(self.span)

    def undo(self) -> None:
        self.annotations.remove(self.span.id)


class RemoveSpan(QUndoCommand):
    def __init__(self, annotations: AnnotationSet, span_id: str) -> None:
        span = annotations.get(span_id)
        super().__init__(f"Delete {span.label} {span.text}")
        self.annotations = annotations
        self.span_id = span_id
        self._removed: tuple | None = None

    def redo(self) -> None:
        self._removed = self.annotations.remove(self.span_id)

    def undo(self) -> None:
        self.annotations.restore(*self._removed)


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


class Unlink(QUndoCommand):
    def __init__(self, annotations: AnnotationSet, relation: Relation) -> None:
        super().__init__(f"Unlink {relation.type}")
        self.annotations = annotations
        self.relation = relation

    def redo(self) -> None:
        self.annotations.remove_relation(self.relation.id)

    def undo(self) -> None:
        self.annotations.add_relation(self.relation)
