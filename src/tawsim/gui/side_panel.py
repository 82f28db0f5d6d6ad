"""The panel beside the article: what the current annotation is, why, and its editable values."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox, QFormLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget,
)

from tawsim.core.model import Span
from tawsim.core.schema import LabelSchema
from tawsim.gui.language import label_name
from tawsim.gui.vocabulary import qualifier_name, status_name, unit_name
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

    def __init__(self, parent: QWidget | None = None, schema: LabelSchema | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sidePanel")
        self.schema = schema
        self._span: Span | None = None
        self._speaker: Span | None = None
        self.text = self._label("spanText")
        self.text.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
        self.label = self._label("spanLabel")
        self.status = self._label("spanStatus")
        self.rule = self._label("spanRule")
        self.explanation = self._label("spanExplanation")
        self.value = QLineEdit(objectName="figureValue")
        self.unit = QComboBox(objectName="figureUnit", editable=True)
        self.qualifier = QComboBox(objectName="figureQualifier")
        self.apply = QPushButton(objectName="figureApply")
        self.apply.clicked.connect(self._emit_figure)
        self.value.returnPressed.connect(self._emit_figure)
        self.problem = self._label("figureProblem")
        self.high = self._label("figureHigh")
        self.date_value = self._label("dateValue")
        self.date_value.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.speaker = self._label("claimSpeaker")
        self.speaker.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
        self.link = QPushButton(objectName="linkSpeakerButton")
        self.link.clicked.connect(self.link_speaker_wanted)

        form = QFormLayout()
        titled = (self.text, self.label, self.status, self.rule, self.explanation, self.value, self.high,
                  self.unit, self.qualifier, self.date_value, self.speaker)
        self.figure_rows = [self.value, self.unit, self.qualifier, self.apply, self.problem]
        for widget in (self.text, self.label, self.status, self.rule, self.explanation, self.value, self.high,
                       *self.figure_rows[1:], self.date_value, self.speaker, self.link):
            form.addRow(" " if widget in titled else "", widget)  # a title is set by retranslate
        self.form = form
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addStretch(1)
        self.retranslate()

    def retranslate(self) -> None:
        """Every text in the interface language; the annotation shown stays."""
        self.setAccessibleName(self.tr("Annotation details"))
        rows = ((self.text, self.tr("Text"), self.tr("Annotated text")),
                (self.label, self.tr("Label"), self.tr("Label")),
                (self.status, self.tr("Status"), self.tr("Status")),
                (self.rule, self.tr("Rule"), self.tr("Rule")),
                (self.explanation, self.tr("Why"), self.tr("Why it was suggested")),
                (self.value, self.tr("Value"), self.tr("Figure value")),
                (self.high, self.tr("Up to"), self.tr("A range's high end")),
                (self.unit, self.tr("Unit"), self.tr("Figure unit")),
                (self.qualifier, self.tr("Qualifier"), self.tr("Figure qualifier")),
                (self.apply, "", self.tr("Apply figure values")),
                (self.problem, "", self.tr("Figure value problem")),
                (self.date_value, self.tr("Date value"), self.tr("The date or time as ISO 8601")),
                (self.speaker, self.tr("Speaker"), self.tr("Speaker of the claim")),
                (self.link, "", self.tr("Link the claim to its speaker")))
        for widget, title, accessible in rows:
            if title:
                self.form.labelForField(widget).setText(title)
            widget.setAccessibleName(accessible)
        self.apply.setText(self.tr("Apply"))
        self.link.setText(self.tr("Link speaker…"))
        _fill(self.unit, UNITS, unit_name)
        _fill(self.qualifier, QUALIFIERS, qualifier_name)
        self.show_span(self._span, self._speaker)

    def changeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _label(self, name: str) -> QLabel:
        label = QLabel(objectName=name, wordWrap=True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        return label

    def _label_name(self, code: str) -> str:
        return label_name(self.schema, code) if self.schema is not None else code

    def show_span(self, span: Span | None, speaker: Span | None) -> None:
        self._span, self._speaker = span, speaker
        self.text.setText(span.text if span else self.tr("No annotation selected"))
        self.label.setText(self._label_name(span.label) if span else "")
        self.status.setText(status_name(span.status) if span else "")
        self.rule.setText(span.source if span else "")
        self.explanation.setText(isolate_runs(str(span.attrs.get("explanation", ""))) if span else "")
        is_figure = bool(span and span.category == "figure")
        for widget in self.figure_rows:
            self.form.setRowVisible(widget, is_figure)
        if is_figure:
            value = span.attrs.get("value")
            self.value.setText("" if value is None else str(value))
            _choose(self.unit, span.attrs.get("unit") or "")
            _choose(self.qualifier, span.attrs.get("qualifier") or "")
            self.problem.setText("")
        high = span.attrs.get("high") if is_figure else None
        self.form.setRowVisible(self.high, high is not None)
        self.high.setText("" if high is None else str(high))
        shown_date = _date_text(span.attrs) if span and span.label in DATE_LABELS else ""
        self.form.setRowVisible(self.date_value, bool(shown_date))
        self.date_value.setText(isolate(shown_date) if shown_date else "")
        is_claim = bool(span and span.category == "claim")
        self.form.setRowVisible(self.speaker, is_claim)
        self.form.setRowVisible(self.link, is_claim)
        if is_claim:
            self.speaker.setText(self.tr("{text}  {place}").format(
                text=isolate(speaker.text), place=isolate(f"({self._label_name(speaker.label)}, {speaker.id})"))
                                 if speaker else self.tr("none yet"))

    def _emit_figure(self) -> None:
        if self._span is None or self._span.category != "figure":
            return
        try:
            value = _parse_value(self.value.text())
        except ValueError:
            self.problem.setText(self.tr("“{text}” is not a number").format(text=isolate(self.value.text())))
            return
        attrs = dict(self._span.attrs)
        attrs.update(value=value, unit=_chosen(self.unit) or None, qualifier=_chosen(self.qualifier) or None)
        self.figure_edited.emit(self._span.id, attrs)


def _fill(combo: QComboBox, codes: tuple[str, ...], name) -> None:
    """The codes as items, each shown by its name in the interface language; the choice kept."""
    chosen = _chosen(combo) if combo.count() else None
    combo.clear()
    for code in codes:
        combo.addItem(name(code), code)
    if chosen is not None:
        _choose(combo, chosen)


def _choose(combo: QComboBox, code: str) -> None:
    index = combo.findData(code)
    if index >= 0:
        combo.setCurrentIndex(index)
    elif combo.isEditable():
        combo.setEditText(code)  # a unit typed by the user


def _chosen(combo: QComboBox) -> str:
    """The code of the item chosen, or what was typed in an editable combo box."""
    index = combo.findText(combo.currentText())
    return combo.itemData(index) if index >= 0 else combo.currentText()


DATE_LABELS = ("DATE", "TIME")
_DATE_DETAILS = ("mod", "direction", "calendar", "hijri")


def _date_text(attrs: dict) -> str:
    """`1907 · calendar=hijri hijri=1325`: the normalised value and what qualifies it, as stored."""
    value = attrs.get("value") or attrs.get("relative")
    if value is None:
        return ""
    details = " ".join(f"{key}={attrs[key]}" for key in _DATE_DETAILS if attrs.get(key) not in (None, ""))
    return f"{value} · {details}" if details else str(value)
