"""Choosing a claim's speaker by keyboard: a short list of nearby names, 1–9 or arrows and Enter."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import QDialog, QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from tawsim.core.model import Span
from tawsim.gui.language import label_name
from tawsim.text.bidi import isolate

_SPAN_ID = Qt.ItemDataRole.UserRole


class SpeakerPicker(QDialog):
    picked = Signal(str, str)  # claim id, entity id

    def __init__(self, claim: Span, candidates: list[Span], text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("speakerPicker")
        self.setWindowTitle(self.tr("Speaker of the claim"))
        self.setAccessibleName(self.tr("Pick the speaker of the claim"))
        schema = getattr(parent, "schema", None)
        self.claim = claim
        self.list = QListWidget(objectName="speakerList", accessibleName=self.tr("Nearby names"))
        self.list.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
        for number, span in enumerate(candidates, start=1):
            context = _context(text, span)
            shown = label_name(schema, span.label) if schema is not None else span.label
            item = QListWidgetItem(f"{number}. {isolate(span.text)}  [{isolate(shown)}]  … {isolate(context)} …")
            item.setData(_SPAN_ID, span.id)
            self.list.addItem(item)
        if candidates:
            self.list.setCurrentRow(0)
        self.list.itemActivated.connect(lambda _item: self.accept())
        self.list.installEventFilter(self)
        layout = QVBoxLayout(self)
        claim_preview = claim.text if len(claim.text) < 90 else claim.text[:87] + "…"
        layout.addWidget(QLabel(claim_preview, wordWrap=True, layoutDirection=Qt.LayoutDirection.RightToLeft))
        layout.addWidget(self.list)
        layout.addWidget(QLabel(self.tr("1–9 or ↑↓ and Enter to choose, Esc to cancel")))
        self.resize(480, 300)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if watched is self.list and event.type() == QEvent.Type.KeyPress:
            number = event.text()
            if number.isdigit() and 1 <= int(number) <= self.list.count():
                self.list.setCurrentRow(int(number) - 1)
                self.accept()
                return True
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.accept()
                return True
        return super().eventFilter(watched, event)

    def accept(self) -> None:
        item = self.list.currentItem()
        super().accept()
        if item is not None:
            self.picked.emit(self.claim.id, item.data(_SPAN_ID))


def _context(text: str, span: Span, width: int = 24) -> str:
    before = text[max(0, span.start - width) : span.start].split("\n")[-1]
    after = text[span.end : span.end + width].split("\n")[0]
    return f"{before}{span.text}{after}"
