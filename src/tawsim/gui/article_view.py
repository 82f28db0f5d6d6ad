"""The article: a read-only QPlainTextEdit laid out right to left, addressed in code points."""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QEvent, QPoint, Qt, Signal
from PySide6.QtGui import QTextBlockFormat, QTextCharFormat, QTextCursor, QTextOption
from PySide6.QtWidgets import QPlainTextEdit, QTextEdit, QToolTip, QWidget

from tawsim.gui.offsets import OffsetMap
from tawsim.gui.snapping import digit_run_at
from tawsim.text.display_lines import display_text


class ArticleView(QPlainTextEdit):
    """Every paragraph is right to left, even one that starts with a digit, Latin or a lone "."

    Positions going in and out are code points of the model; `offsets` converts them to Qt's
    UTF-16 positions. `setTextCursor`/`textCursor` keep Qt's meaning, so a selection made through
    them is a selection the user made.
    """

    caret_moved = Signal(int)  # code point position of the caret
    context_menu_wanted = Signal(QPoint, int)  # global position, code point under the mouse

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("articleView")
        self._retranslate()
        self.setReadOnly(True)
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.customContextMenuRequested.connect(self._on_context_menu)
        self.cursorPositionChanged.connect(self._on_cursor_moved)
        self.offsets = OffsetMap("")
        self._text = ""
        self.tooltip_for: Callable[[int], str] | None = None
        self._zoom_steps = 0
        self._pressed_number: tuple[int, int] | None = None

    def set_text(self, text: str) -> None:
        document = self.document()
        document.setUndoRedoEnabled(False)
        self.offsets = OffsetMap(text)
        self._text = text
        self.setPlainText(display_text(text))  # a very long paragraph is shown in pieces
        option = document.defaultTextOption()
        option.setTextDirection(Qt.LayoutDirection.RightToLeft)
        option.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignAbsolute)
        option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        document.setDefaultTextOption(option)
        block_format = QTextBlockFormat()
        block_format.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
        block_format.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignAbsolute)
        everything = QTextCursor(document)
        everything.select(QTextCursor.SelectionType.Document)
        everything.mergeBlockFormat(block_format)

    # -- code point addressing -------------------------------------------------------------
    def cursor_for(self, start: int, end: int | None = None) -> QTextCursor:
        cursor = QTextCursor(self.document())
        cursor.setPosition(self.offsets.to_qt(start))
        if end is not None:
            cursor.setPosition(self.offsets.to_qt(end), QTextCursor.MoveMode.KeepAnchor)
        return cursor

    def select_range(self, start: int, end: int) -> None:
        self.setTextCursor(self.cursor_for(start, end))

    def selected_range(self) -> tuple[int, int] | None:
        cursor = self.textCursor()
        if not cursor.hasSelection():
            return None
        return (self.offsets.from_qt(cursor.selectionStart()), self.offsets.from_qt(cursor.selectionEnd()))

    def caret(self) -> int:
        return self.offsets.from_qt(self.textCursor().position())

    def position_at(self, point: QPoint) -> int:
        return self.offsets.from_qt(self.cursorForPosition(point).position())

    def visible_range(self) -> tuple[int, int]:
        """[start, end) of the characters on screen (whole lines, right-to-left or not)."""
        rect = self.viewport().rect()
        corners = [rect.topLeft(), rect.topRight(), rect.bottomLeft(), rect.bottomRight()]
        positions = [self.position_at(corner) for corner in corners]
        return min(positions), max(positions) + 1

    def place_caret(self, position: int) -> None:
        """Put the caret at `position` and scroll to it, without announcing a caret move."""
        self.blockSignals(True)
        self.setTextCursor(self.cursor_for(position))
        self.blockSignals(False)
        self.ensureCursorVisible()

    def mark_current(self, start: int, end: int, fmt: QTextCharFormat) -> None:
        """The annotation under review, drawn over the formats as the one extra selection."""
        selection = QTextEdit.ExtraSelection()
        selection.cursor = self.cursor_for(start, end)
        selection.format = fmt
        self.setExtraSelections([selection])

    def clear_current(self) -> None:
        self.setExtraSelections([])

    # -- zoom ------------------------------------------------------------------------------
    def zoom(self, steps: int) -> None:
        if steps > 0:
            self.zoomIn(steps)
        elif steps < 0:
            self.zoomOut(-steps)
        self._zoom_steps += steps

    def reset_zoom(self) -> None:
        self.zoom(-self._zoom_steps)

    # -- events ----------------------------------------------------------------------------
    def mousePressEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        self._pressed_number = self._number_under(event.position().toPoint())
        super().mousePressEvent(event)

    def mouseReleaseEvent(self, event) -> None:  # noqa: N802
        super().mouseReleaseEvent(event)
        number, self._pressed_number = self._pressed_number, None
        selection = self.selected_range()
        if number is None or selection is None:
            return
        start, end = selection
        if start <= number[1] and number[0] <= end and not (start <= number[0] and number[1] <= end):
            self.select_range(min(start, number[0]), max(end, number[1]))

    def _number_under(self, point: QPoint) -> tuple[int, int] | None:
        """The digit run drawn under `point`. At the edge of a number written left to right inside
        right-to-left text, Qt's position may be the far end of the number, so a drag started on
        its first or last digit would leave it out; the glyphs' own box decides instead."""
        run = digit_run_at(self._text, self.position_at(point))
        if run is None:
            return None
        rects = [self.cursorRect(self.cursor_for(i)) for i in range(run[0], run[1] + 1)]
        left, right = min(r.left() for r in rects), max(r.left() for r in rects)
        top, bottom = min(r.top() for r in rects), max(r.bottom() for r in rects)
        inside = left <= point.x() <= right and top <= point.y() <= bottom
        return run if inside else None

    def _on_cursor_moved(self) -> None:
        self.caret_moved.emit(self.caret())

    def _on_context_menu(self, point: QPoint) -> None:
        position = self.position_at(point)
        if not self.textCursor().hasSelection():
            self.setTextCursor(self.cursor_for(position))
        self.context_menu_wanted.emit(self.viewport().mapToGlobal(point), position)

    def _retranslate(self) -> None:
        self.setAccessibleName(self.tr("Article text"))
        self.setAccessibleDescription(self.tr("The article, right to left; select words to annotate them"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def viewportEvent(self, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.ToolTip and self.tooltip_for is not None:
            text = self.tooltip_for(self.position_at(event.pos()))
            if text:
                QToolTip.showText(event.globalPos(), text, self)
            else:
                QToolTip.hideText()
            return True
        return super().viewportEvent(event)
