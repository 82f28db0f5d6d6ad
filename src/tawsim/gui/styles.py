"""How an annotation looks: one character format per category, label and status, merged in order.

Entities and figures get a strong background in their label's colour; a claim, which usually
wraps them, gets a light tint and an underline that runs on under them, so both stay readable when
nested. A suggestion is paler than an accepted annotation and carries a dashed (claims: dotted)
underline, so what still needs a decision shows at a glance. Rejected suggestions are not drawn.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QTextCharFormat

from tawsim.core.model import Span
from tawsim.core.schema import LabelSchema

_ALPHA = {("claim", "accepted"): 60, ("claim", "suggested"): 28, ("other", "accepted"): 115,
          ("other", "suggested"): 50}
_FALLBACK_COLOR = "#888888"


class SpanStyles:
    def __init__(self, schema: LabelSchema) -> None:
        self._colors = {label.name: QColor(label.color) for label in schema.labels}
        self._cache: dict[tuple, QTextCharFormat] = {}
        self.plain = QTextCharFormat()

    def color(self, label: str) -> QColor:
        return QColor(self._colors.get(label, QColor(_FALLBACK_COLOR)))

    def format_for(self, span: Span) -> QTextCharFormat:
        """The format one annotation merges onto its text; claims are merged first, then the rest."""
        key = (span.category == "claim", span.label, span.status)
        cached = self._cache.get(key)
        if cached is None:
            cached = self._cache[key] = self._build(*key)
        return cached

    def _build(self, is_claim: bool, label: str, status: str) -> QTextCharFormat:
        fmt = QTextCharFormat()
        style = QTextCharFormat.UnderlineStyle
        fmt.setBackground(self._tint(label, _ALPHA[("claim" if is_claim else "other", status)]))
        if is_claim:
            fmt.setUnderlineStyle(style.SingleUnderline if status == "accepted" else style.DotLine)
            fmt.setUnderlineColor(self.color(label).darker(160))
        elif status == "suggested":
            fmt.setUnderlineStyle(style.DashUnderline)
            fmt.setUnderlineColor(self.color(label).darker(130))
        return fmt

    def _tint(self, label: str, alpha: int) -> QColor:
        color = self.color(label)
        color.setAlpha(alpha)
        return color

    def current_format(self, label: str) -> QTextCharFormat:
        """The annotation under review: its colour at full strength, a solid underline, dark text."""
        fmt = QTextCharFormat()
        fmt.setBackground(self._tint(label, 190))
        fmt.setForeground(QColor("black"))
        fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SingleUnderline)
        fmt.setUnderlineColor(QColor("black"))
        return fmt
