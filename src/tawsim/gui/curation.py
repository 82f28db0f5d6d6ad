"""Curation: an article's versions opened together, each difference decided by one key.

The versions are merged first (`tawsim.agreement.merge`): what all annotators share is taken, each
difference waits as suggestions. Keys: 1, 2, … take that annotator's version, B takes both (all),
X drops it; each moves on to the next open difference. Every decision is one undoable
`UpdateMany`. The result is saved as the curated version, NAME.json beside the versions, with the
curator and what was taken in each annotation's attrs.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, Qt
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import QDockWidget, QLabel, QListWidget, QListWidgetItem, QMainWindow, QMessageBox

from tawsim.agreement.curation import (
    DROP, TAKE_BOTH, TAKE_ONE, Difference, curated_json, decision, differences,
)
from tawsim.agreement.merge import merge
from tawsim.agreement.versions import collect
from tawsim.core.atomic import write_text_atomic
from tawsim.core.errors import TawsimError
from tawsim.core.schema import LabelSchema
from tawsim.gui.article_view import ArticleView
from tawsim.gui.commands import UpdateMany
from tawsim.gui.fonts import article_font
from tawsim.gui.highlighter import Highlighter
from tawsim.gui.language import label_name, mirror_docks
from tawsim.gui.vocabulary import status_name
from tawsim.gui.styles import SpanStyles

# The menu's texts (source strings of the context CurationWindow) and the kinds of difference.
ACTION_TEXTS = {
    "takeBoth": QT_TRANSLATE_NOOP("CurationWindow", "Take &both"),
    "drop": QT_TRANSLATE_NOOP("CurationWindow", "&Drop it"),
    "nextDifference": QT_TRANSLATE_NOOP("CurationWindow", "&Next difference"),
    "previousDifference": QT_TRANSLATE_NOOP("CurationWindow", "&Previous difference"),
    "undo": QT_TRANSLATE_NOOP("CurationWindow", "&Undo"),
    "redo": QT_TRANSLATE_NOOP("CurationWindow", "&Redo"),
    "save": QT_TRANSLATE_NOOP("CurationWindow", "&Save curated version"),
}
KINDS = {
    "only in": QT_TRANSLATE_NOOP("CurationWindow", "only in"),
    "another label": QT_TRANSLATE_NOOP("CurationWindow", "another label"),
    "other boundaries": QT_TRANSLATE_NOOP("CurationWindow", "other boundaries"),
    "another speaker": QT_TRANSLATE_NOOP("CurationWindow", "another speaker"),
}


def curated_path(versions: list[Path]) -> Path:
    """NAME.json beside the first version NAME.<annotator>.json."""
    first = Path(versions[0])
    return first.with_name(first.name.split(".")[0] + ".json")


class CurationWindow(QMainWindow):
    def __init__(self, schema: LabelSchema, versions: list[Path], curator: str = "curator",
                 target: Path | None = None, reanchor: bool = False) -> None:
        super().__init__()
        self.setObjectName("curationWindow")
        corpus = collect(list(versions), reanchor=reanchor)
        if len(corpus.documents) != 1:
            raise TawsimError("curation opens the versions of one article at a time; these are "
                              + ", ".join(d.name for d in corpus.documents))
        self.annotators = corpus.annotators
        self.curator = curator
        self.target = Path(target) if target else curated_path(versions)
        self.annotations = merge(corpus.documents[0])
        self.differences: list[Difference] = differences(self.annotations)
        self.index = 0
        self.undo_stack = QUndoStack(self)
        self.schema = schema
        self.styles = SpanStyles(schema)
        self.view = ArticleView(self)
        self.view.setFont(article_font())
        self.view.set_text(self.annotations.document.text)
        self.setCentralWidget(self.view)
        self.highlighter = Highlighter(self.view.document(), self.annotations, self.view.offsets, self.styles)
        self.highlighter.paint_progressively(self.view.visible_range())
        self.list = QListWidget(self, objectName="differenceList")
        self.list.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
        self.list.currentRowChanged.connect(self._row_chosen)
        dock = self.dock = QDockWidget(self, objectName="differenceDock")
        dock.setWidget(self.list)
        self.list.setMinimumWidth(420)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
        self.help = QLabel(objectName="curationHelp")
        self.statusBar().addPermanentWidget(self.help)
        self._build_actions()
        self.annotations.changed.connect(lambda _row, _span: self._refresh_list())
        self._refresh_list()
        self.resize(1200, 800)
        self.retranslate()
        mirror_docks(self)
        self.go_to(self._next_open(0))

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Curate {name} — {annotators} — Tawsim").format(
            name=self.annotations.document.name, annotators=", ".join(self.annotators)))
        self.dock.setWindowTitle(self.tr("Differences"))
        self.menu.setTitle(self.tr("&Curate"))
        for name, action in self.actions_by_name.items():
            if name.startswith("take:"):
                action.setText(self.tr("Take {annotator}'s version").format(annotator=name[len("take:"):]))
            else:
                action.setText(self.tr(ACTION_TEXTS[name]))
        keys = ", ".join(f"{n} {a}" for n, a in enumerate(self.annotators[:9], 1))
        self.help.setText(self.tr("{keys}, B both, X drop, Space next — curator: {curator}").format(
            keys=keys, curator=self.curator))
        self._refresh_list()

    def changeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "menu"):
            self.retranslate()
            self.go_to(self.index)
        elif event.type() == QEvent.Type.LayoutDirectionChange:
            mirror_docks(self)
        super().changeEvent(event)

    # -- actions ---------------------------------------------------------------------------
    def _build_actions(self) -> None:
        self.actions_by_name: dict[str, QAction] = {}
        menu = self.menu = self.menuBar().addMenu("")
        for number, annotator in enumerate(self.annotators[:9], 1):
            self._action(menu, f"take:{annotator}", str(number), lambda a=annotator: self.decide(TAKE_ONE, a))
        self._action(menu, "takeBoth", "B", lambda: self.decide(TAKE_BOTH))
        self._action(menu, "drop", "X", lambda: self.decide(DROP))
        menu.addSeparator()
        self._action(menu, "nextDifference", "Space", lambda: self.step(1))
        self._action(menu, "previousDifference", "Shift+Space", lambda: self.step(-1))
        self._action(menu, "undo", QKeySequence.StandardKey.Undo, self.undo_stack.undo)
        self._action(menu, "redo", "Ctrl+Shift+Z", self.undo_stack.redo, "Ctrl+Y")
        self._action(menu, "save", QKeySequence.StandardKey.Save, self.save)

    def _action(self, menu, name: str, key, handler, *more_keys) -> None:
        action = QAction(self, objectName=name)
        action.setShortcuts([QKeySequence(k) for k in (key, *more_keys)])
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.triggered.connect(lambda _checked=False: handler())
        menu.addAction(action)
        self.addAction(action)
        self.actions_by_name[name] = action

    # -- differences ---------------------------------------------------------------------
    def current(self) -> Difference | None:
        return self.differences[self.index] if 0 <= self.index < len(self.differences) else None

    def decide(self, how: str, annotator: str | None = None) -> None:
        difference = self.current()
        if difference is None:
            return
        changes = decision(difference, how, self.curator, annotator)
        what = f"take {annotator}" if how == TAKE_ONE else how
        self.undo_stack.push(UpdateMany(self.annotations, changes, f"{difference.id}: {what}"))
        self.go_to(self._next_open(self.index + 1))

    def step(self, direction: int) -> None:
        if self.differences:
            self.go_to((self.index + direction) % len(self.differences))

    def _next_open(self, start: int) -> int:
        count = len(self.differences)
        for offset in range(count):
            candidate = (start + offset) % count
            if not self.differences[candidate].decided:
                return candidate
        return min(start, count - 1) if count else -1

    def go_to(self, index: int) -> None:
        self.index = index
        difference = self.current()
        if difference is None:
            self.view.clear_current()
            self.statusBar().showMessage(self.tr("No differences: every annotator agrees."))
            return
        self.list.blockSignals(True)
        self.list.setCurrentRow(index)
        self.list.blockSignals(False)
        label = next((s.label for s in difference.spans if s.status != "rejected"), difference.spans[0].label)
        self.view.mark_current(difference.start, difference.end, self.styles.current_format(label))
        self.view.place_caret(difference.start)
        self.view.ensureCursorVisible()
        left = sum(1 for d in self.differences if not d.decided)
        self.statusBar().showMessage(self.tr("{difference} — {left} left").format(
            difference=self._describe(difference), left=left))

    def _describe(self, difference: Difference) -> str:
        """Difference.describe in the interface language."""
        parts = [f"{label_name(self.schema, s.label)} «{s.text[:40]}» ({', '.join(s.attrs.get('annotators', []))})"
                 for s in difference.spans]
        return f"{difference.id} {self.tr(KINDS.get(difference.kind, difference.kind))}: " + " | ".join(parts)

    def _row_chosen(self, row: int) -> None:
        if row >= 0:
            self.go_to(row)

    def _refresh_list(self) -> None:
        self.list.blockSignals(True)
        self.list.clear()
        for difference in self.differences:
            mark = "✓ " if difference.decided else "• "
            lines = [f"{mark}{difference.id} {self.tr(KINDS.get(difference.kind, difference.kind))}"] + [
                f"    {label_name(self.schema, s.label)} «{s.text[:50]}» — {', '.join(s.attrs.get('annotators', []))}"
                + self._speaker_note(s) + ("" if s.status == "suggested" else f" ({status_name(s.status)})")
                for s in difference.spans
            ]
            QListWidgetItem("\n".join(lines), self.list)
        if self.current() is not None:
            self.list.setCurrentRow(self.index)
        self.list.blockSignals(False)

    def _speaker_note(self, span) -> str:
        speaker = self.annotations.speaker_of(span.id) if span.category == "claim" else None
        return self.tr(", speaker «{text}»").format(text=speaker.text) if speaker is not None else ""

    def closeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        if self.undo_stack.isClean():
            event.accept()
            return
        buttons = QMessageBox.StandardButton
        answer = QMessageBox.question(
            self, self.tr("Unsaved decisions"), self.tr("Save the curated version to {file} first?").format(
                file=self.target),
            buttons.Save | buttons.Discard | buttons.Cancel, buttons.Save)
        if answer == buttons.Discard or (answer == buttons.Save and self.save()):
            event.accept()
        else:
            event.ignore()

    # -- saving --------------------------------------------------------------------------
    def save(self) -> bool:
        try:
            write_text_atomic(self.target, curated_json(self.annotations, self.curator), backup=True)
        except TawsimError as error:
            QMessageBox.warning(self, self.tr("Not saved"), str(error))
            return False
        self.undo_stack.setClean()
        left = sum(1 for d in self.differences if not d.decided)
        self.statusBar().showMessage(self.tr("Saved {file}").format(file=self.target) + (
            self.tr("; {left} differences still open").format(left=left) if left else ""))
        return True
