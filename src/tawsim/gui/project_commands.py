"""Undo commands of a project: marking a document done, tagging occurrences found by search."""

from __future__ import annotations

from PySide6.QtGui import QUndoCommand

from tawsim.core.model import AnnotationSet
from tawsim.project.documents import TagPlan


class SetDone(QUndoCommand):
    def __init__(self, annotations: AnnotationSet, done: bool) -> None:
        super().__init__("Mark done" if done else "Mark not done")
        self.annotations = annotations
        self.done = done

    def redo(self) -> None:
        self.annotations.set_done(self.done)

    def undo(self) -> None:
        self.annotations.set_done(not self.done)


class TagOccurrences(QUndoCommand):
    """One step for every occurrence of a search tagged in one document."""

    def __init__(self, annotations: AnnotationSet, plan: TagPlan, label: str) -> None:
        super().__init__(f"Tag {len(plan.add) + len(plan.update)} occurrences {label}")
        self.annotations = annotations
        self.plan = plan
        self._old: dict[str, dict] = {}

    def redo(self) -> None:
        self.annotations.add_many(self.plan.add)
        self._old = self.annotations.update_many(self.plan.update) if self.plan.update else {}

    def undo(self) -> None:
        if self._old:
            self.annotations.update_many(self._old)
        for span in reversed(self.plan.add):
            self.annotations.remove(span.id)
