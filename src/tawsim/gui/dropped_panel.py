"""The annotations re-anchoring dropped when an edited article was reopened: each shown with the
text around it where it was, to be placed again (an undoable tag) or discarded."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout, QLabel, QPushButton, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget,
)

from tawsim.core.anchoring import Dropped
from tawsim.core.model import AnnotationSet
from tawsim.gui import snapping
from tawsim.text.bidi import isolate

_INDEX = Qt.ItemDataRole.UserRole


def nearest_occurrence(text: str, needle: str, near: int) -> tuple[int, int] | None:
    """The occurrence of `needle` in `text` closest to offset `near`."""
    best, found = None, text.find(needle) if needle else -1
    while found >= 0:
        if best is None or abs(found - near) < abs(best - near):
            best = found
        found = text.find(needle, found + 1)
    return None if best is None else (best, best + len(needle))


class DroppedPanel(QWidget):
    find_wanted = Signal(int)  # index into `dropped`
    place_wanted = Signal(int)
    pending_changed = Signal(int)  # how many are still to place or discard

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("droppedPanel")
        self.dropped: list[Dropped] = []
        self.placed: dict[int, str] = {}  # index → id of the annotation placed again
        self.discarded: set[int] = set()
        self.annotations: AnnotationSet | None = None
        self.note = QLabel(objectName="droppedNote", wordWrap=True)
        self.list = QTreeWidget(objectName="droppedList")
        self.list.setRootIsDecorated(False)
        self.list.setColumnWidth(0, 90)
        self.list.setColumnWidth(1, 200)
        self.list.itemActivated.connect(lambda _item, _column: self._emit(self.find_wanted))
        self.find = QPushButton(objectName="droppedFind")
        self.place = QPushButton(objectName="droppedPlace")
        self.discard = QPushButton(objectName="droppedDiscard")
        self.retranslate()
        self.find.clicked.connect(lambda: self._emit(self.find_wanted))
        self.place.clicked.connect(lambda: self._emit(self.place_wanted))
        self.discard.clicked.connect(self._discard)
        buttons = QHBoxLayout()
        for button in (self.find, self.place, self.discard):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.addWidget(self.note)
        layout.addWidget(self.list)
        layout.addLayout(buttons)

    def retranslate(self) -> None:
        self.setAccessibleName(self.tr("Annotations dropped on reopening"))
        self.list.setAccessibleName(self.tr("Dropped annotations"))
        self.list.setHeaderLabels([self.tr("Label"), self.tr("Text"), self.tr("Where it was")])
        self.find.setText(self.tr("Find in article"))
        self.place.setText(self.tr("Place at selection"))
        self.discard.setText(self.tr("Discard"))
        self.find.setToolTip(self.tr("Select the occurrence of its text nearest to where it was"))
        self.place.setToolTip(self.tr("Tag the selected words with its label and values again (undoable)"))
        self.discard.setToolTip(self.tr("Leave it out for good"))
        self.refresh()

    def changeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def show_dropped(self, annotations: AnnotationSet | None, dropped: list[Dropped]) -> None:
        if self.annotations is not None:
            for signal in (self.annotations.inserted, self.annotations.removed):
                signal.disconnect(self._annotations_changed)
        self.annotations, self.dropped = annotations, list(dropped)
        self.placed, self.discarded = {}, set()
        if annotations is not None:
            for signal in (annotations.inserted, annotations.removed):
                signal.connect(self._annotations_changed)
        self.refresh()

    def pending(self) -> list[int]:
        """Indexes of the dropped annotations neither placed again (and kept) nor discarded."""
        placed = {i for i, span_id in self.placed.items() if self.annotations is not None and span_id in self.annotations}
        return [i for i in range(len(self.dropped)) if i not in placed and i not in self.discarded]

    def current_index(self) -> int | None:
        item = self.list.currentItem()
        return None if item is None else item.data(0, _INDEX)

    def mark_placed(self, index: int, span_id: str) -> None:
        self.placed[index] = span_id
        self.refresh()

    def refresh(self) -> None:
        chosen = self.current_index()
        pending = self.pending()
        self.list.clear()
        for index in pending:
            entry = self.dropped[index]
            span = entry.span
            where = f"…{entry.before}«{span.text}»{entry.after}…"
            item = QTreeWidgetItem([span.label, span.text, where])
            item.setData(0, _INDEX, index)
            for column in (1, 2):
                item.setTextAlignment(column, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            item.setToolTip(2, isolate(where))
            self.list.addTopLevelItem(item)
            if index == chosen or self.list.currentItem() is None:
                self.list.setCurrentItem(item)
        self.note.setText(self.tr(
            "The article changed since these annotations were saved, and these could not be found again: "
            "{count}. Find each one (or select where it goes), then Place at selection, or Discard it."
        ).format(count=len(pending)))
        for button in (self.find, self.place, self.discard):
            button.setEnabled(bool(pending))
        self.pending_changed.emit(len(pending))

    def _emit(self, signal) -> None:
        index = self.current_index()
        if index is not None:
            signal.emit(index)

    def _discard(self) -> None:
        index = self.current_index()
        if index is not None:
            self.discarded.add(index)
            self.refresh()

    def _annotations_changed(self, _row, _span) -> None:
        if self.placed:  # an undone placing brings its entry back
            self.refresh()


class DroppedHandlers:
    """Mixed into MainWindow (view, annotations, editor, schema, say, set_current): what the
    panel's buttons do."""

    def show_dropped(self, dropped: list[Dropped]) -> None:
        panel = self.dropped_panel
        panel.show_dropped(self.annotations, dropped)
        dock = panel.parentWidget()
        dock.setVisible(bool(dropped))
        if dropped:
            dock.raise_()
            panel.list.setFocus()

    def find_dropped(self, index: int) -> None:
        span = self.dropped_panel.dropped[index].span
        found = nearest_occurrence(self.annotations.document.text, span.text, span.start)
        if found is None:
            self.say(self.tr("“{text}” is no longer in the article: select where it goes, then Place at "
                             "selection").format(text=span.text))
            return
        self.view.select_range(*found)
        self.view.ensureCursorVisible()
        self.say(self.tr("Found “{text}”: Place at selection tags it {label} again").format(
            text=span.text, label=span.label))

    def place_dropped(self, index: int) -> None:
        span = self.dropped_panel.dropped[index].span
        selection = self.view.selected_range()
        if selection is None:
            self.say(self.tr("Select where “{text}” goes first (Find in article looks for it)").format(text=span.text))
            return
        snapped = snapping.snap_to_words(self.annotations.document.text, *selection, self.schema.proclitics_outside)
        if snapped is None:
            self.say(self.tr("The selection holds no word to tag"))
            return
        attrs = {key: value for key, value in span.attrs.items() if key != "explanation"}
        with self.editing():
            placed = self.editor.tag(*snapped, span.label, attrs)
        self.say(self.editor.last_message)
        if placed is not None:
            self.dropped_panel.mark_placed(index, placed.id)
            self.set_current(placed.id, move_caret=True)
