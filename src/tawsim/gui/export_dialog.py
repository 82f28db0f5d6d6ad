"""File ▸ Export…: the format, the file, and whether the suggestions still pending go out too."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFileDialog, QFormLayout, QHBoxLayout, QLineEdit,
    QPushButton, QVBoxLayout, QWidget,
)

from tawsim.formats.registry import FORMATS, Format

translate = QCoreApplication.translate
# The formats' descriptions as the window shows them (the registry's are the command line's).
DESCRIPTIONS = {
    "brat": QT_TRANSLATE_NOOP("Export", "brat standoff: NAME.txt and NAME.ann per document"),
    "conll": QT_TRANSLATE_NOOP("Export", "CoNLL IOB2: token, then one tag column per category"),
    "doccano": QT_TRANSLATE_NOOP("Export", "doccano JSONL: text and [start, end, label]"),
    "labelstudio": QT_TRANSLATE_NOOP("Export", "Label Studio JSON tasks with annotations and predictions"),
    "spacy": QT_TRANSLATE_NOOP("Export", "spaCy DocBin with doc.ents and span groups (needs tawsim[spacy])"),
    "claims-csv": QT_TRANSLATE_NOOP("Export", "CSV of claims for fact-checkers: speaker, figures, status, offsets"),
}


def description(fmt: Format) -> str:
    return translate("Export", DESCRIPTIONS[fmt.name]) if fmt.name in DESCRIPTIONS else fmt.description


class ExportDialog(QDialog):
    chosen = Signal(object, object, bool)  # Format, Path, include suggestions

    def __init__(self, parent: QWidget, base: Path, stem: str, pending: int, include: bool,
                 fmt: Format | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("exportDialog")
        self.setWindowTitle(self.tr("Export annotations"))
        self.base, self.stem = base, stem
        self.format = QComboBox(objectName="exportFormat", accessibleName=self.tr("Export format"))
        for each in FORMATS.values():
            self.format.addItem(f"{each.name} — {description(each)}", each.name)
        if fmt is not None:
            self.format.setCurrentIndex(self.format.findData(fmt.name))
        self.path = QLineEdit(objectName="exportPath", accessibleName=self.tr("Export to file"))
        self.path.setText(str(base / f"{stem}{self.current_format().extension}"))
        self.path.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        browse = QPushButton(self.tr("Browse…"), objectName="exportBrowse")
        browse.clicked.connect(self._browse)
        self.format.currentIndexChanged.connect(self._format_changed)
        self.include = QCheckBox(self.tr("Include pending suggestions ({count})").format(count=pending),
                                 objectName="exportIncludeSuggested")
        self.include.setChecked(include)
        self.include.setEnabled(pending > 0)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Export"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        where = QHBoxLayout()
        where.addWidget(self.path, 1)
        where.addWidget(browse)
        form = QFormLayout()
        form.addRow(self.tr("Format"), self.format)
        form.addRow(self.tr("File"), where)
        form.addRow("", self.include)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.resize(560, self.sizeHint().height())

    def current_format(self) -> Format:
        return FORMATS[self.format.currentData()]

    def _format_changed(self) -> None:
        path = Path(self.path.text() or self.base / self.stem)
        self.path.setText(str(path.with_suffix(self.current_format().extension)))

    def _browse(self) -> None:
        fmt = self.current_format()
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export annotations"), self.path.text(),
                                              f"{fmt.name} (*{fmt.extension})")
        if path:
            self.path.setText(path)

    def accept(self) -> None:
        if not self.path.text().strip():
            self.path.setFocus()
            return
        super().accept()
        self.chosen.emit(self.current_format(), Path(self.path.text().strip()), self.include.isChecked())
