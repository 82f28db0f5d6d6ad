"""Annotations drawn as character formats on the article's document.

Formats live on the text itself (`QTextCursor.mergeCharFormat`), never as inserted characters, so
labelling cannot reorder words or break Arabic letter joining; and unlike extra selections they cost
nothing per repaint (70,000 extra selections cost a quarter of a second on every repaint).
A change repaints only the stretch of text the changed annotation covered and covers. A long
article is painted where it is on screen first, and the rest a stretch at a time while the window
is idle, so that it opens without waiting for formats nobody sees yet.
"""

from __future__ import annotations

from contextlib import contextmanager
from typing import Iterator

from PySide6.QtCore import QTimer
from PySide6.QtGui import QTextCursor, QTextDocument

from tawsim.core.model import AnnotationSet, Span
from tawsim.gui.offsets import OffsetMap
from tawsim.gui.styles import SpanStyles

STRETCH = 50_000  # characters painted per idle step: about 25 ms for a dense 2 MB article


def paint_order(span: Span) -> tuple[bool, int, int, str]:
    """Claims first, then entities and figures over them, each in reading order.

    The id settles ties (an entity and a figure on the same word), so a full paint and a repaint
    of a stretch merge in the same order and show the same colour.
    """
    return (span.category != "claim", span.start, -span.end, span.id)


class Highlighter:
    def __init__(
        self, document: QTextDocument, annotations: AnnotationSet, offsets: OffsetMap,
        styles: SpanStyles,
    ) -> None:
        self.document = document
        self.annotations = annotations
        self.offsets = offsets
        self.styles = styles
        self._painted: dict[str, tuple[int, int]] = {}
        self._dirty: list[tuple[int, int]] = []
        self._batch_depth = 0
        self._unpainted: list[tuple[int, int]] = []  # stretches left for the idle steps
        self._idle = QTimer(interval=0)
        self._idle.timeout.connect(self._paint_next_stretch)
        annotations.inserted.connect(self._on_span)
        annotations.removed.connect(self._on_span)
        annotations.changed.connect(self._on_span)

    def detach(self) -> None:
        self._idle.stop()
        for signal in (self.annotations.inserted, self.annotations.removed, self.annotations.changed):
            signal.disconnect(self._on_span)

    @contextmanager
    def batch(self) -> Iterator[None]:
        """Collect the changes made inside, repaint once at the end."""
        self._batch_depth += 1
        try:
            yield
        finally:
            self._batch_depth -= 1
            if not self._batch_depth:
                self.flush()

    def paint_all(self) -> None:
        visible = sorted((s for s in self.annotations if s.status != "rejected"), key=paint_order)
        self._painted = {span.id: (span.start, span.end) for span in self.annotations}
        cursor = QTextCursor(self.document)
        cursor.beginEditBlock()
        for span in visible:
            self._merge(cursor, span.start, span.end, self.styles.format_for(span))
        cursor.endEditBlock()

    def paint_progressively(self, on_screen: tuple[int, int]) -> None:
        """Paint the stretches holding `on_screen` now and the others while the window is idle."""
        self._painted = {span.id: (span.start, span.end) for span in self.annotations}
        length = len(self.annotations.document.text)
        self._unpainted = [(start, min(start + STRETCH, length)) for start in range(0, length, STRETCH)]
        self.ensure_painted(*on_screen)
        if self._unpainted:
            self._idle.start()

    @property
    def done(self) -> bool:
        return not self._unpainted

    def ensure_painted(self, start: int, end: int) -> None:
        """Paint now the stretches still waiting that meet [start, end) (the user scrolled there)."""
        wanted = [stretch for stretch in self._unpainted if stretch[0] < end and stretch[1] > start]
        if not wanted:
            return
        self._unpainted = [stretch for stretch in self._unpainted if stretch not in wanted]
        self._paint_stretches(wanted)

    def finish(self) -> None:
        """Paint everything still waiting, now."""
        self._paint_stretches(self._unpainted)
        self._unpainted = []

    def _paint_next_stretch(self) -> None:
        if self._unpainted:
            self._paint_stretches([self._unpainted.pop(0)])
        if not self._unpainted:
            self._idle.stop()

    def _paint_stretches(self, stretches: list[tuple[int, int]]) -> None:
        cursor = QTextCursor(self.document)
        cursor.beginEditBlock()
        for start, end in stretches:
            self.repaint(start, end, cursor)  # from the annotations as they are now, edits included
        cursor.endEditBlock()

    def _on_span(self, _row: int, span: Span) -> None:
        old = self._painted.pop(span.id, None)
        if span.id in self.annotations:
            self._painted[span.id] = (span.start, span.end)
        if old:
            self._dirty.append(old)
        self._dirty.append((span.start, span.end))
        if not self._batch_depth:
            self.flush()

    def flush(self) -> None:
        if not self._dirty:
            return
        ranges, self._dirty = self._dirty, []
        cursor = QTextCursor(self.document)
        cursor.beginEditBlock()
        for start, end in _merged(ranges):
            self.repaint(start, end, cursor)
        cursor.endEditBlock()

    def repaint(self, start: int, end: int, cursor: QTextCursor | None = None) -> None:
        """Clear [start, end) and merge again every annotation over it, clipped to it."""
        cursor = cursor or QTextCursor(self.document)
        cursor.setPosition(self.offsets.to_qt(start))
        cursor.setPosition(self.offsets.to_qt(end), QTextCursor.MoveMode.KeepAnchor)
        cursor.setCharFormat(self.styles.plain)
        visible = [s for s in self.annotations.in_range(start, end) if s.status != "rejected"]
        for span in sorted(visible, key=paint_order):
            self._merge(cursor, max(span.start, start), min(span.end, end), self.styles.format_for(span))

    def _merge(self, cursor: QTextCursor, start: int, end: int, fmt) -> None:
        cursor.setPosition(self.offsets.to_qt(start))
        cursor.setPosition(self.offsets.to_qt(end), QTextCursor.MoveMode.KeepAnchor)
        cursor.mergeCharFormat(fmt)


def _merged(ranges: list[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[list[int]] = []
    for start, end in sorted(ranges):
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    return [(start, end) for start, end in merged]
