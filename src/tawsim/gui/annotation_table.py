"""The annotation table: a Qt model over the core AnnotationSet, and a category/status filter.

The model copies nothing: each cell is read from the AnnotationSet when the view asks. The core
announces a change after making it, while Qt wants `beginInsertRows` before; so between the two
calls the model shows the rows as they were (one pending shift), which keeps views, proxies and
Qt's model tester consistent.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP, QAbstractTableModel, QCoreApplication, QModelIndex, QObject, QPersistentModelIndex,
    QSortFilterProxyModel, Qt,
)

from tawsim.core.model import AnnotationSet, Span
from tawsim.core.schema import LabelSchema
from tawsim.gui.language import label_name
from tawsim.gui.vocabulary import category_word, status_name
from tawsim.text.bidi import isolate_runs

COLUMNS = (QT_TRANSLATE_NOOP("AnnotationTable", "Text"), QT_TRANSLATE_NOOP("AnnotationTable", "Label"),
           QT_TRANSLATE_NOOP("AnnotationTable", "Category"), QT_TRANSLATE_NOOP("AnnotationTable", "Status"),
           QT_TRANSLATE_NOOP("AnnotationTable", "Source"), QT_TRANSLATE_NOOP("AnnotationTable", "Start"),
           QT_TRANSLATE_NOOP("AnnotationTable", "End"))
SPAN_ID_ROLE = Qt.ItemDataRole.UserRole + 1
_Index = QModelIndex | QPersistentModelIndex


class AnnotationTableModel(QAbstractTableModel):
    def __init__(self, annotations: AnnotationSet, parent: QObject | None = None,
                 schema: LabelSchema | None = None) -> None:
        super().__init__(parent)
        self.annotations = annotations
        self.schema = schema
        self._pending: tuple[str, int, Span] | None = None  # ("inserted" | "removed", row, span)
        annotations.inserted.connect(self._on_inserted)
        annotations.removed.connect(self._on_removed)
        annotations.changed.connect(self._on_changed)

    def detach(self) -> None:
        self.annotations.inserted.disconnect(self._on_inserted)
        self.annotations.removed.disconnect(self._on_removed)
        self.annotations.changed.disconnect(self._on_changed)

    # -- reading ---------------------------------------------------------------------------
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802
        if parent.isValid():
            return 0
        count = len(self.annotations)
        if self._pending is not None:
            count += -1 if self._pending[0] == "inserted" else 1
        return count

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(COLUMNS)

    def span_at(self, row: int) -> Span:
        if self._pending is not None:
            kind, pending_row, span = self._pending
            if kind == "inserted" and row >= pending_row:
                row += 1
            elif kind == "removed":
                if row == pending_row:
                    return span
                if row > pending_row:
                    row -= 1
        return self.annotations[row]

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < self.rowCount():
            return None
        span = self.span_at(index.row())
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole and 1 <= column <= 3:  # the codes in the interface language
            if column == 1:
                return label_name(self.schema, span.label) if self.schema is not None else span.label
            return category_word(span.category) if column == 2 else status_name(span.status)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return (span.text, span.label, span.category, span.status, span.source, span.start,
                    span.end)[column]
        if role == SPAN_ID_ROLE:
            return span.id
        if role == Qt.ItemDataRole.ToolTipRole and column == 0:
            return isolate_runs(span.attrs.get("explanation") or "") or span.text
        if role == Qt.ItemDataRole.TextAlignmentRole and column == 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return QCoreApplication.translate("AnnotationTable", COLUMNS[section])
        return super().headerData(section, orientation, role)

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(COLUMNS) - 1)
        if self.rowCount():
            self.dataChanged.emit(self.index(0, 1), self.index(self.rowCount() - 1, 3))

    def row_of(self, span_id: str) -> int:
        return self.annotations.row_of(span_id)

    # -- core signals to Qt's protocol -----------------------------------------------------
    def _on_inserted(self, row: int, span: Span) -> None:
        self._pending = ("inserted", row, span)
        self.beginInsertRows(QModelIndex(), row, row)
        self._pending = None
        self.endInsertRows()

    def _on_removed(self, row: int, span: Span) -> None:
        self._pending = ("removed", row, span)
        self.beginRemoveRows(QModelIndex(), row, row)
        self._pending = None
        self.endRemoveRows()

    def _on_changed(self, row: int, _span: Span) -> None:
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(COLUMNS) - 1))


class AnnotationFilter(QSortFilterProxyModel):
    """Rows of the chosen categories and statuses (None: all)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._categories: frozenset[str] | None = None
        self._statuses: frozenset[str] | None = None

    def set_categories(self, categories: set[str] | None) -> None:
        self._change_filter("_categories", frozenset(categories) if categories is not None else None)

    def set_statuses(self, statuses: set[str] | None) -> None:
        self._change_filter("_statuses", frozenset(statuses) if statuses is not None else None)

    def _change_filter(self, name: str, value: frozenset[str] | None) -> None:
        if not hasattr(self, "endFilterChange"):  # before Qt 6.10
            setattr(self, name, value)
            self.invalidateRowsFilter()
            return
        self.beginFilterChange()
        setattr(self, name, value)
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: _Index) -> bool:  # noqa: N802
        if self._categories is None and self._statuses is None:
            return True
        span = self.sourceModel().span_at(source_row)
        return (self._categories is None or span.category in self._categories) and (
            self._statuses is None or span.status in self._statuses
        )
