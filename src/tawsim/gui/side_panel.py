"""The panel beside the article: what the current annotation is, why, and its editable values."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox, QFormLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget,
)

from tawsim.core.model import Span
from tawsim.text.bidi import isolate, isolate_runs

UNITS = ("", "percent", "people", "km2", "km", "USD", "EUR", "SYP")
QUALIFIERS = ("", "about", "more_than", "less_than", "at_least", "at_most")
_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")


def _parse_value(text: str) -> float | int | None:
    """A number typed by the user: Western or Arabic-Indic digits, a point or ٫ for decimals."""
    text = text.strip().translate(_DIGITS).replace("٫", ".")
    if not text:
        return None
    number = float(text)
    return int(number) if number.is_integer() else number


class SidePanel(QWidget):
    figure_edited = Signal(str, dict)  # span id, new attrs
    link_speaker_wanted = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sidePanel")
        self.setAccessibleName("Annotation details")
        self._span: Span | None = None
        self.text = self._label("spanText", "Annotated text")
        self.text.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
        self.label = self._label("spanLabel", "Label")
        self.status = self._label("spanStatus", "Status")
        self.rule = self._label("spanRule", "Rule")
        self.explanation = self._label("spanExplanation", "Why it was suggested")
        self.value = QLineEdit(objectName="figureValue", accessibleName="Figure value")
        self.unit = QComboBox(objectName="figureUnit", accessibleName="Figure unit", editable=True)
        self.unit.addItems(UNITS)
        self.qualifier = QComboBox(objectName="figureQualifier", accessibleName="Figure qualifier")
        self.qualifier.addItems(QUALIFIERS)
        self.apply = QPushButton("Apply", objectName="figureApply", accessibleName="Apply figure values")
        self.apply.clicked.connect(self._emit_figure)
        self.value.returnPressed.connect(self._emit_figure)
        self.problem = self._label("figureProblem", "Figure value problem")
        self.speaker = self._label("claimSpeaker", "Speaker of the claim")
        self.speaker.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
        self.link = QPushButton("Link speaker…", objectName="linkSpeakerButton",
                                accessibleName="Link the claim to its speaker")
        self.link.clicked.connect(self.link_speaker_wanted)

        form = QFormLayout()
        for title, widget in (("Text", self.text), ("Label", self.label), ("Status", self.status),
                              ("Rule", self.rule), ("Why", self.explanation)):
            form.addRow(title, widget)
        self.figure_rows = [("Value", self.value), ("Unit", self.unit), ("Qualifier", self.qualifier),
                            ("", self.apply), ("", self.problem)]
        for title, widget in self.figure_rows:
            form.addRow(title, widget)
        form.addRow("Speaker", self.speaker)
        form.addRow("", self.link)
        self.form = form
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addStretch(1)
        self.show_span(None, None)

    def _label(self, name: str, accessible: str) -> QLabel:
        label = QLabel(objectName=name, accessibleName=accessible, wordWrap=True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        return label

    def show_span(self, span: Span | None, speaker: Span | None) -> None:
        self._span = span
        self.text.setText(span.text if span else "No annotation selected")
        self.label.setText(span.label if span else "")
        self.status.setText(span.status if span else "")
        self.rule.setText(span.source if span else "")
        self.explanation.setText(isolate_runs(str(span.attrs.get("explanation", ""))) if span else "")
        is_figure = bool(span and span.category == "figure")
        for _, widget in self.figure_rows:
            self.form.setRowVisible(widget, is_figure)
        if is_figure:
            value = span.attrs.get("value")
            self.value.setText("" if value is None else str(value))
            self.unit.setCurrentText(span.attrs.get("unit") or "")
            self.qualifier.setCurrentText(span.attrs.get("qualifier") or "")
            self.problem.setText("")
        is_claim = bool(span and span.category == "claim")
        self.form.setRowVisible(self.speaker, is_claim)
        self.form.setRowVisible(self.link, is_claim)
        if is_claim:
            self.speaker.setText(f"{isolate(speaker.text)}  {isolate(f'({speaker.label}, {speaker.id})')}"
                                 if speaker else "none yet")

    def _emit_figure(self) -> None:
        if self._span is None or self._span.category != "figure":
            return
        try:
            value = _parse_value(self.value.text())
        except ValueError:
            self.problem.setText(f"“{isolate(self.value.text())}” is not a number")
            return
        attrs = dict(self._span.attrs)
        attrs.update(value=value, unit=self.unit.currentText() or None,
                     qualifier=self.qualifier.currentText() or None)
        self.figure_edited.emit(self._span.id, attrs)
