"""The project overview: progress and the label distribution, painted as bars with QPainter."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPalette
from PySide6.QtWidgets import QWidget

from tawsim.core.schema import LabelSchema

STATE_COLORS = {"done": "#2e7d32", "in progress": "#f9a825", "new": "#90a4ae",
                "unreadable": "#c62828", "corrupt": "#6a1b9a"}
ROW = 22


class ProjectOverview(QWidget):
    def __init__(self, schema: LabelSchema, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("projectOverview")
        self.setAccessibleName("Project overview")
        self.colors = {label.name: label.color for label in schema.labels}
        self.states: dict[str, int] = {}
        self.labels: dict[str, int] = {}

    def set_figures(self, states: dict[str, int], labels: dict[str, int]) -> None:
        self.states = {k: v for k, v in states.items() if v}
        self.labels = dict(sorted(labels.items(), key=lambda item: -item[1]))
        self.setMinimumHeight(self.sizeHint().height())
        self.update()

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(320, ROW * (4 + len(self.labels)))

    def paintEvent(self, _event) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        text_color = self.palette().color(QPalette.ColorRole.WindowText)
        width = self.width() - 16
        total = sum(self.states.values())
        done = self.states.get("done", 0)
        painter.setPen(text_color)
        painter.drawText(QRectF(8, 2, width, ROW), Qt.AlignmentFlag.AlignVCenter,
                         f"Progress: {done} / {total} done" if total else "No documents")
        x, y = 8.0, ROW + 4.0
        for state, count in self.states.items():
            share = width * count / total
            painter.fillRect(QRectF(x, y, share, ROW - 6), QColor(STATE_COLORS.get(state, "#999")))
            x += share
        y += ROW
        x = 8.0
        for state, count in self.states.items():
            painter.fillRect(QRectF(x, y + 6, 10, 10), QColor(STATE_COLORS.get(state, "#999")))
            text = f"{state} {count}"
            painter.drawText(QRectF(x + 14, y, width, ROW), Qt.AlignmentFlag.AlignVCenter, text)
            x += 24 + painter.fontMetrics().horizontalAdvance(text)
        y += ROW
        painter.drawText(QRectF(8, y, width, ROW), Qt.AlignmentFlag.AlignVCenter, "Labels (not rejected)")
        y += ROW
        most = max(self.labels.values(), default=1)
        name_width = 90.0
        for label, count in self.labels.items():
            painter.setPen(text_color)
            painter.drawText(QRectF(8, y, name_width - 4, ROW), Qt.AlignmentFlag.AlignVCenter, label)
            bar = (width - name_width - 50) * count / most
            painter.fillRect(QRectF(8 + name_width, y + 3, bar, ROW - 6), QColor(self.colors.get(label, "#607d8b")))
            painter.drawText(QRectF(12 + name_width + bar, y, 60, ROW), Qt.AlignmentFlag.AlignVCenter, str(count))
            y += ROW
        painter.end()
