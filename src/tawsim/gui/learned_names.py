"""Project ▸ Learned names: what the project's memory suggests and keeps away, with Forget."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QAbstractItemView, QDialog, QDialogButtonBox, QHeaderView, QLabel, QPushButton,
                               QTableWidget, QTableWidgetItem, QVBoxLayout)

from tawsim.core.schema import LabelSchema
from tawsim.gui.language import label_name
from tawsim.gui.project_learning import ProjectLearning


class LearnedNamesDialog(QDialog):
    def __init__(self, learning: ProjectLearning, schema: LabelSchema | None = None, parent=None) -> None:
        super().__init__(parent, objectName="learnedNamesDialog")
        self.learning, self.schema = learning, schema
        self.setWindowTitle(self.tr("Learned names"))
        self.resize(620, 480)
        self.summary = QLabel(objectName="learnedSummary", wordWrap=True)
        self.table = QTableWidget(0, 4, self, objectName="learnedTable")
        self.table.setHorizontalHeaderLabels([self.tr("Kind"), self.tr("Name"), self.tr("Label"), self.tr("Times")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
        self.forget_button = QPushButton(self.tr("Forget"), self, objectName="forgetButton")
        self.forget_button.setToolTip(self.tr("Neither suggest nor keep away these names again"))
        self.forget_button.clicked.connect(self.forget_selected)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.addButton(self.forget_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.refresh()

    def refresh(self) -> None:
        memory = self.learning.memory()
        rows = [("accepted", entry["text"], entry["label"], entry["documents"]) for entry in memory.accepted.values()]
        rows += [("rejected", entry["normalized"], entry["label"], entry["times"]) for entry in memory.rejected.values()]
        rows.sort(key=lambda row: (row[0], row[2], row[1]))
        self.rows = rows
        self.table.setRowCount(len(rows))
        kinds = {"accepted": self.tr("suggested again"), "rejected": self.tr("kept away")}
        for index, (kind, text, label, times) in enumerate(rows):
            shown = label_name(self.schema, label) if self.schema is not None and self.schema.has_label(label) else label
            for column, value in enumerate((kinds[kind], text, shown, str(times))):
                self.table.setItem(index, column, QTableWidgetItem(value))
        self.summary.setText(self.tr("Names suggested again: {names}; rejections kept away: {rejections}").format(
            names=len(memory.accepted), rejections=len(memory.rejected)))

    def forget_selected(self) -> int:
        chosen = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        entries = [(self.rows[row][0], self.rows[row][1], self.rows[row][2]) for row in chosen]
        found = self.learning.forget(entries) if entries else 0
        self.refresh()
        return found
