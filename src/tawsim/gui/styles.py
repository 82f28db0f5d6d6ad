"""How a piece of text covered by annotations looks: one character format per combination.

Entities and figures get a strong background in their label's colour; a claim, which usually
wraps them, gets a light tint and an underline, so both stay readable when nested. A suggestion
is paler than an accepted annotation and carries a dashed (claims: dotted) underline, so what
still needs a decision shows at a glance. Rejected suggestions are not drawn.
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

    def format_for(self, covering: list[Span]) -> QTextCharFormat:
        """The format of text covered by `covering` (outermost first, rejected ones left out)."""
        key = tuple((span.category == "claim", span.label, span.status) for span in covering)
        cached = self._cache.get(key)
        if cached is None:
            cached = self._cache[key] = self._build(key)
        return cached

    def _build(self, key: tuple) -> QTextCharFormat:
        fmt = QTextCharFormat()
        claims = [(label, status) for is_claim, label, status in key if is_claim]
        inner = [(label, status) for is_claim, label, status in key if not is_claim]
        if claims:
            label, status = claims[-1]
            fmt.setBackground(self._tint(label, _ALPHA[("claim", status)]))
            fmt.setFontUnderline(True)
            fmt.setUnderlineColor(self.color(label).darker(160))
            style = QTextCharFormat.UnderlineStyle
            fmt.setUnderlineStyle(style.SingleUnderline if status == "accepted" else style.DotLine)
        if inner:
            label, status = inner[-1]
            fmt.setBackground(self._tint(label, _ALPHA[("other", status)]))
            if status == "suggested":
                fmt.setFontUnderline(True)
                fmt.setUnderlineColor(self.color(label).darker(130))
                fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.DashUnderline)
        return fmt

    def _tint(self, label: str, alpha: int) -> QColor:
        color = self.color(label)
        color.setAlpha(alpha)
        return color

    def current_format(self, label: str) -> QTextCharFormat:
        """The format of the annotation under review: solid colour, white text."""
        fmt = QTextCharFormat()
        fmt.setBackground(self.color(label).darker(115))
        fmt.setForeground(QColor("white"))
        return fmt
