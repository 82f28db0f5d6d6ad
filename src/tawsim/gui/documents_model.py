"""The Documents panel: the project's list as a Qt model, sortable and filterable."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, QSortFilterProxyModel, Qt, Signal
from PySide6.QtWidgets import (QAbstractItemView, QHeaderView, QLineEdit, QStyledItemDelegate, QTableView,
                               QVBoxLayout, QWidget)

from tawsim.gui.rows_model import RowsModel
from tawsim.gui.vocabulary import state_name
from tawsim.project.index import DocumentRow

COLUMNS = (QT_TRANSLATE_NOOP("DocumentsModel", "Document"), QT_TRANSLATE_NOOP("DocumentsModel", "State"),
           QT_TRANSLATE_NOOP("DocumentsModel", "Left"), QT_TRANSLATE_NOOP("DocumentsModel", "Accepted"),
           QT_TRANSLATE_NOOP("DocumentsModel", "Manual"), QT_TRANSLATE_NOOP("DocumentsModel", "Last change"))
SORT_ROLE = Qt.ItemDataRole.UserRole


class DocumentsModel(RowsModel):
    columns = COLUMNS
    context = "DocumentsModel"

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._row_of: dict[str, int] = {}

    @property
    def rows(self) -> list[DocumentRow]:
        return self.items

    def set_rows(self, rows: list[DocumentRow]) -> None:
        self._row_of = {row.name: i for i, row in enumerate(rows)}
        self.set_items(rows)

    def update_row(self, row: DocumentRow) -> None:
        number = self._row_of.get(row.name)
        if number is None:
            return
        self.items[number] = row
        self.dataChanged.emit(self.index(number, 0), self.index(number, len(COLUMNS) - 1))

    def row_of(self, name: str) -> int | None:
        return self._row_of.get(name)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        column = index.column()
        values = (row.name, row.state, row.suggested, row.accepted, row.manual, row.changed or 0)
        if role == SORT_ROLE:
            return values[column]
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 5:
                return datetime.fromtimestamp(row.changed).strftime("%Y-%m-%d %H:%M") if row.changed else ""
            return state_name(row.state) if column == 1 else values[column]
        if role == Qt.ItemDataRole.ToolTipRole:
            return row.problem or row.name
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (2, 3, 4):
            return int(Qt.AlignmentFlag.AlignCenter)
        return None


class NamesLeftToRight(QStyledItemDelegate):
    """A document's name (000_seed.txt, week1/a.txt) reads left to right, also in a right-to-left
    window, where it would show as "seed.txt_000"; it stays at the reading side."""

    def initStyleOption(self, option, index) -> None:  # noqa: N802
        super().initStyleOption(option, index)
        if option.direction == Qt.LayoutDirection.RightToLeft:
            option.direction = Qt.LayoutDirection.LeftToRight
            option.displayAlignment = (Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignAbsolute
                                       | Qt.AlignmentFlag.AlignVCenter)


class DocumentsPanel(QWidget):
    """A filter field over the list; `document_chosen(name)` on a click or Enter."""

    document_chosen = Signal(str)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.model = DocumentsModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.proxy.setFilterKeyColumn(-1)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.filter = QLineEdit(objectName="documentFilter", clearButtonEnabled=True)
        self.filter.textChanged.connect(self.proxy.setFilterFixedString)
        self.view = QTableView(objectName="documentList")
        self.view.setModel(self.proxy)
        self.view.setItemDelegateForColumn(0, NamesLeftToRight(self.view))
        # Listed in the project's order (by name); sorted only when a header is clicked, since the
        # proxy sorts by asking Python for every compared cell (a second on 10,000 documents).
        header = self.view.horizontalHeader()
        header.setSectionsClickable(True)
        header.setSortIndicatorShown(True)
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        header.sortIndicatorChanged.connect(self.proxy.sort)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.view.activated.connect(self._chosen)
        self.view.clicked.connect(self._chosen)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.filter)
        layout.addWidget(self.view)
        self.retranslate()

    def retranslate(self) -> None:
        self.filter.setPlaceholderText(self.tr("Filter: name or state…"))
        self.view.setAccessibleName(self.tr("Documents"))
        self.model.retranslate()
        if self.model.rows:
            self.model.dataChanged.emit(self.model.index(0, 1), self.model.index(len(self.model.rows) - 1, 1))

    def changeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _chosen(self, proxy_index) -> None:
        self.document_chosen.emit(self.name_at(proxy_index.row()))

    def name_at(self, proxy_row: int) -> str:
        return self.model.rows[self.proxy.mapToSource(self.proxy.index(proxy_row, 0)).row()].name

    def names_after(self, name: str | None):
        """The names in view order after `name` (from the top when it is not listed), wrapping
        round, read one by one: the next unfinished document is usually a row or two away."""
        row = self.model.row_of(name) if name is not None else None
        index = self.proxy.mapFromSource(self.model.index(row, 0)) if row is not None else None
        start = index.row() + 1 if index is not None and index.isValid() else 0
        count = self.proxy.rowCount()
        for offset in range(count):
            found = self.name_at((start + offset) % count)
            if found != name:
                yield found

    def select(self, name: str) -> None:
        row = self.model.row_of(name)
        if row is None:
            return
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if index.isValid():
            self.view.blockSignals(True)
            self.view.selectRow(index.row())
            self.view.scrollTo(index)
            self.view.blockSignals(False)
