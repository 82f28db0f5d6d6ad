"""Corpus search: a field, the hits as a right-to-left concordance, and tagging the selected ones."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, Qt, Signal
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QHBoxLayout, QHeaderView, QLabel, QLineEdit,
                               QPushButton, QStyledItemDelegate, QTableView, QVBoxLayout, QWidget)

from tawsim.core.schema import LabelSchema
from tawsim.gui.language import current_language
from tawsim.gui.rows_model import RowsModel
from tawsim.project.search import Hit

# Logical order; the view is laid out right to left, so the words before the hit stand at the right.
COLUMNS = (QT_TRANSLATE_NOOP("HitsModel", "Before"), QT_TRANSLATE_NOOP("HitsModel", "Match"),
           QT_TRANSLATE_NOOP("HitsModel", "After"), QT_TRANSLATE_NOOP("HitsModel", "Document"),
           QT_TRANSLATE_NOOP("HitsModel", "Position"))
ABSOLUTE = Qt.AlignmentFlag.AlignAbsolute | Qt.AlignmentFlag.AlignVCenter


class ElidedInTheMiddle(QStyledItemDelegate):
    """A document's path keeps its start and its end (the rest of the view is clipped instead),
    and reads left to right in the right-to-left view ("000_seed.txt", not "seed.txt_000")."""

    def initStyleOption(self, option, index) -> None:  # noqa: N802
        super().initStyleOption(option, index)
        option.textElideMode = Qt.TextElideMode.ElideMiddle
        option.direction = Qt.LayoutDirection.LeftToRight


class HitsModel(RowsModel):
    columns = COLUMNS
    context = "HitsModel"

    @property
    def hits(self) -> list[Hit]:
        return self.items

    def set_hits(self, hits: list[Hit]) -> None:
        self.set_items(hits)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        hit = self.hits[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return (hit.left, hit.text, hit.right, hit.document, hit.start)[column]
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tr("{document}: characters {start} to {end}").format(
                document=hit.document, start=hit.start, end=hit.end) + f"\n{hit.left}{hit.text}{hit.right}"
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if column == 0:  # hugs the match, which is at its left
                return int(Qt.AlignmentFlag.AlignLeft | ABSOLUTE)
            if column == 2:
                return int(Qt.AlignmentFlag.AlignRight | ABSOLUTE)
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.FontRole and column == 1:
            font = self.parent().font() if self.parent() else None
            if font is not None:
                font.setBold(True)
            return font
        return None


class CorpusSearchPanel(QWidget):
    search_wanted = Signal(str)
    hit_chosen = Signal(object)
    tag_wanted = Signal(list, str)

    def __init__(self, schema: LabelSchema, parent=None) -> None:
        super().__init__(parent)
        self.schema = schema
        self._summary: tuple[int, int, bool] | None = None
        self.field = QLineEdit(objectName="corpusSearch", clearButtonEnabled=True)
        self.field.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
        self.field.returnPressed.connect(lambda: self.search_wanted.emit(self.field.text()))
        self.model = HitsModel(self)
        self.results = QTableView(objectName="searchResults")
        self.results.setModel(self.model)
        self.results.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
        self.results.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.results.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.results.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.results.verticalHeader().hide()
        header = self.results.horizontalHeader()
        for column in (0, 2):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        for column, width in ((1, 110), (3, 150), (4, 60)):  # sized to contents would measure every row
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, width)
        # Clipped, not elided: each context is cut at its far end, the words next to the match stay.
        self.results.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.results.setWordWrap(False)
        self.results.setItemDelegateForColumn(3, ElidedInTheMiddle(self.results))
        self.results.doubleClicked.connect(lambda index: self.hit_chosen.emit(self.model.hits[index.row()]))
        self.label = QComboBox(objectName="searchLabel")
        for label in schema.labels:
            self.label.addItem("", label.name)
        self.tag = QPushButton(objectName="tagSelected")
        self.tag.clicked.connect(self._tag)
        self.summary = QLabel(objectName="searchSummary")
        row = QHBoxLayout()
        row.addWidget(self.summary, 1)
        row.addWidget(self.label)
        row.addWidget(self.tag)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.field)
        layout.addWidget(self.results)
        layout.addLayout(row)
        self.retranslate()

    def retranslate(self) -> None:
        self.field.setPlaceholderText(self.tr("Search the project… (Enter)"))
        self.field.setAccessibleName(self.tr("Corpus search"))
        self.results.setAccessibleName(self.tr("Search results"))
        self.label.setAccessibleName(self.tr("Label to tag the selected occurrences with"))
        self.tag.setText(self.tr("Tag selected"))
        language = current_language()
        for index, label in enumerate(self.schema.labels):
            self.label.setItemText(index, f"{label.name} — {label.title}" if language == "en"
                                   else label.title_in(language))
        self.model.retranslate()
        self._show_summary()

    def changeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def show_hits(self, hits: list[Hit], limited: bool) -> None:
        self.model.set_hits(hits)
        self._summary = (len(hits), len({hit.document for hit in hits}), limited)
        self._show_summary()

    def _show_summary(self) -> None:
        if self._summary is None:
            return
        count, documents, limited = self._summary
        more = self.tr(" (first ones only)") if limited else ""
        self.summary.setText(self.tr("{count} occurrences in {documents} documents").format(
            count=count, documents=documents) + more)

    def selected_hits(self) -> list[Hit]:
        rows = sorted({index.row() for index in self.results.selectionModel().selectedRows()})
        return [self.model.hits[row] for row in rows]

    def _tag(self) -> None:
        hits = self.selected_hits()
        if hits:
            self.tag_wanted.emit(hits, self.label.currentData())
