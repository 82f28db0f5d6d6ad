"""The agreement overview: a heatmap of Cohen's kappa, labels by annotator pair, painted by hand."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QDialog, QLabel, QVBoxLayout, QWidget

from tawsim.agreement.measures import Agreement
from tawsim.core.schema import LabelSchema
from tawsim.gui.language import label_name

CELL_W, CELL_H, LEFT, TOP = 110, 30, 110, 44


def kappa_color(value: float | None) -> QColor:
    """Red at kappa 0 or below, through yellow, to green at 1; grey when undefined."""
    if value is None:
        return QColor(220, 220, 220)
    t = max(0.0, min(1.0, value))
    if t < 0.5:
        return QColor(230, int(90 + 300 * t), 80)
    return QColor(int(230 - 380 * (t - 0.5)), 200, 90)


class AgreementHeatmap(QWidget):
    def __init__(self, result: Agreement, parent: QWidget | None = None, schema: LabelSchema | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("agreementHeatmap")
        self.schema = schema
        self.result = result
        self.rows = [*result.labels, "overall"]  # "overall": every label together
        self.columns = [f"{p.left} / {p.right}" for p in result.pairs]
        self.setMinimumSize(self.sizeHint())

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        return QSize(LEFT + CELL_W * max(1, len(self.columns)) + 10, TOP + CELL_H * len(self.rows) + 10)

    def value(self, row: int, column: int) -> float | None:
        pair = self.result.pairs[column]
        label = self.rows[row]
        return pair.kappa if label == "overall" else pair.kappa_by_label.get(label)

    def paintEvent(self, _event) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.fillRect(self.rect(), self.palette().base())
        for column, name in enumerate(self.columns):
            painter.drawText(QRectF(LEFT + column * CELL_W, 0, CELL_W, TOP - 4),
                             Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap, name)
        for row, label in enumerate(self.rows):
            y = TOP + row * CELL_H
            shown = self.tr("overall") if label == "overall" else label_name(self.schema, label) if self.schema else label
            painter.drawText(QRectF(0, y, LEFT - 8, CELL_H), Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight,
                             shown)
            for column in range(len(self.columns)):
                value = self.value(row, column)
                cell = QRectF(LEFT + column * CELL_W, y, CELL_W - 2, CELL_H - 2)
                painter.fillRect(cell, kappa_color(value))
                painter.drawText(cell, Qt.AlignmentFlag.AlignCenter, "—" if value is None else f"{value:.2f}")
        painter.end()


class AgreementDialog(QDialog):
    def __init__(self, result: Agreement, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("agreementDialog")
        self.setWindowTitle(self.tr("Agreement — Tawsim"))
        layout = QVBoxLayout(self)
        alpha = "—" if result.alpha is None else f"{result.alpha:.3f}"
        summary = QLabel(
            self.tr("Cohen's kappa on token labels, by label and annotator pair. Krippendorff's alpha over "
                    "{annotators}: {alpha}; {documents} documents.").format(
                annotators=", ".join(result.annotators), alpha=alpha, documents=len(result.documents)),
            objectName="agreementSummary", wordWrap=True,
        )
        layout.addWidget(summary)
        self.heatmap = AgreementHeatmap(result, self, getattr(parent, "schema", None))
        layout.addWidget(self.heatmap)
