"""The annotation table with its category and status filters."""

from __future__ import annotations

from contextlib import contextmanager
from typing import Iterator

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QHBoxLayout, QHeaderView, QLabel, QTableView, QVBoxLayout, QWidget,
)

from tawsim.core.model import CATEGORIES, STATUSES, AnnotationSet
from tawsim.core.schema import LabelSchema
from tawsim.gui.annotation_table import SPAN_ID_ROLE, AnnotationFilter, AnnotationTableModel
from tawsim.gui.vocabulary import category_word, status_name


class TablePanel(QWidget):
    span_chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None, schema: LabelSchema | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("tablePanel")
        self.schema = schema
        self.model: AnnotationTableModel | None = None
        self.filter = AnnotationFilter(self)
        self.table = QTableView(objectName="annotationTable")
        self.table.setModel(self.filter)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # model order until a header is clicked
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(22)
        self.category = self._combo("tableCategoryFilter")
        self.status = self._combo("tableStatusFilter")
        self.category_title, self.status_title = QLabel(), QLabel()
        bar = QHBoxLayout()
        bar.addWidget(self.category_title)
        bar.addWidget(self.category)
        bar.addWidget(self.status_title)
        bar.addWidget(self.status)
        bar.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.addLayout(bar)
        layout.addWidget(self.table)
        self._quiet = False
        self.table.selectionModel().currentRowChanged.connect(self._on_current_row)
        self.retranslate()

    def retranslate(self) -> None:
        self.table.setAccessibleName(self.tr("Annotations"))
        self.category.setAccessibleName(self.tr("Filter by category"))
        self.status.setAccessibleName(self.tr("Filter by status"))
        self.category_title.setText(self.tr("Category"))
        self.status_title.setText(self.tr("Status"))
        for combo, values, name in ((self.category, CATEGORIES, category_word), (self.status, STATUSES, status_name)):
            combo.blockSignals(True)  # the same choice, in other words: the filter stays
            chosen = combo.currentIndex()
            combo.clear()
            combo.addItem(self.tr("All"), None)
            for value in values:
                combo.addItem(name(value), value)
            combo.setCurrentIndex(max(chosen, 0))
            combo.blockSignals(False)
        if self.model is not None:
            self.model.retranslate()

    def changeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _combo(self, name: str) -> QComboBox:
        combo = QComboBox(objectName=name)
        combo.currentIndexChanged.connect(self._apply_filters)
        return combo

    def _apply_filters(self) -> None:
        category, status = self.category.currentData(), self.status.currentData()
        self.filter.set_categories(None if category is None else {category})
        self.filter.set_statuses(None if status is None else {status})

    def set_annotations(self, annotations: AnnotationSet) -> None:
        old = self.model
        self.model = AnnotationTableModel(annotations, self, self.schema)
        self.filter.setSourceModel(self.model)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        if old is not None:
            old.detach()
            old.deleteLater()

    def _on_current_row(self, current, _previous) -> None:
        if not self._quiet and current.isValid():
            self.span_chosen.emit(current.data(SPAN_ID_ROLE))

    @contextmanager
    def quiet(self) -> Iterator[None]:
        """Rows the window's own edits add, remove or move do not choose an annotation: only the user does."""
        was, self._quiet = self._quiet, True
        try:
            yield
        finally:
            self._quiet = was

    def select_nothing(self) -> None:
        """No row selected or current (the window has no current annotation), quietly."""
        self._quiet = True
        try:
            self.table.selectionModel().clear()
        finally:
            self._quiet = False

    def select_span(self, span_id: str) -> None:
        """Select and show the row of `span_id` without announcing it back."""
        if self.model is None or span_id not in self.model.annotations:
            return
        source = self.model.index(self.model.row_of(span_id), 0)
        row = self.filter.mapFromSource(source)
        self._quiet = True
        try:
            if row.isValid():
                self.table.setCurrentIndex(row)
                self.table.scrollTo(row)
            else:
                self.table.clearSelection()
        finally:
            self._quiet = False
