"""The project overview: progress and the label distribution, painted as bars with QPainter."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPalette
from PySide6.QtWidgets import QWidget

from tawsim.core.schema import LabelSchema
from tawsim.gui.language import label_name
from tawsim.gui.vocabulary import state_name

STATE_COLORS = {"done": "#2e7d32", "in progress": "#f9a825", "new": "#90a4ae",
                "unreadable": "#c62828", "corrupt": "#6a1b9a"}
ROW = 22


class ProjectOverview(QWidget):
    def __init__(self, schema: LabelSchema, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("projectOverview")
        self.schema = schema
        self.setAccessibleName(self.tr("Project overview"))
        self.colors = {label.name: label.color for label in schema.labels}
        self.states: dict[str, int] = {}
        self.labels: dict[str, int] = {}

    def set_figures(self, states: dict[str, int], labels: dict[str, int]) -> None:
        self.states = {k: v for k, v in states.items() if v}
        self.labels = dict(sorted(labels.items(), key=lambda item: -item[1]))
        self.setMinimumHeight(self.sizeHint().height())
        self.update()

    def changeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.LanguageChange:
            self.setAccessibleName(self.tr("Project overview"))
            self.update()
        super().changeEvent(event)

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(320, ROW * (4 + len(self.labels)))

    def paintEvent(self, _event) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        text_color = self.palette().color(QPalette.ColorRole.WindowText)
        mirrored = self.layoutDirection() == Qt.LayoutDirection.RightToLeft
        full_width = self.width()

        def box(x: float, y: float, w: float, h: float) -> QRectF:  # laid out from the reading side
            return QRectF(full_width - x - w if mirrored else x, y, w, h)

        lead = Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignAbsolute | (
            Qt.AlignmentFlag.AlignRight if mirrored else Qt.AlignmentFlag.AlignLeft)
        width = full_width - 16
        total = sum(self.states.values())
        done = self.states.get("done", 0)
        painter.setPen(text_color)
        painter.drawText(box(8, 2, width, ROW), lead,
                         self.tr("Progress: {done} / {total} done").format(done=done, total=total) if total
                         else self.tr("No documents"))
        x, y = 8.0, ROW + 4.0
        for state, count in self.states.items():
            share = width * count / total
            painter.fillRect(box(x, y, share, ROW - 6), QColor(STATE_COLORS.get(state, "#999")))
            x += share
        y += ROW
        x = 8.0
        for state, count in self.states.items():
            painter.fillRect(box(x, y + 6, 10, 10), QColor(STATE_COLORS.get(state, "#999")))
            text = f"{state_name(state)} {count}"
            painter.drawText(box(x + 14, y, width, ROW), lead, text)
            x += 24 + painter.fontMetrics().horizontalAdvance(text)
        y += ROW
        painter.drawText(box(8, y, width, ROW), lead, self.tr("Labels (not rejected)"))
        y += ROW
        most = max(self.labels.values(), default=1)
        name_width = 90.0
        for label, count in self.labels.items():
            painter.setPen(text_color)
            painter.drawText(box(8, y, name_width - 4, ROW), lead, label_name(self.schema, label))
            bar = (width - name_width - 50) * count / most
            painter.fillRect(box(8 + name_width, y + 3, bar, ROW - 6), QColor(self.colors.get(label, "#607d8b")))
            painter.drawText(box(12 + name_width + bar, y, 60, ROW), lead, str(count))
            y += ROW
        painter.end()
