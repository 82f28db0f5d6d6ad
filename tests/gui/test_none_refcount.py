"""The PySide6 6.12.0 / Python 3.11 trap: every void call dropped a reference to None until Python
aborted (none_dealloc). 20,000 such calls must leave `sys.getrefcount(None)` where it was."""

import sys

from PySide6.QtGui import QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QPlainTextEdit

CALLS = 20_000


def test_void_calls_do_not_leak_references_to_none(qtbot):
    view = QPlainTextEdit()
    qtbot.addWidget(view)
    view.setPlainText("قال الرئيس إن العراق يملك 3 مدن\n" * 20)
    fmt = QTextCharFormat()
    fmt.setFontUnderline(True)
    length = len(view.toPlainText())
    before = sys.getrefcount(None)
    for index in range(CALLS // 4):
        cursor = QTextCursor(view.document())
        cursor.setPosition(index % length)  # each of these four returns nothing
        cursor.setPosition((index + 3) % length, QTextCursor.MoveMode.KeepAnchor)
        cursor.mergeCharFormat(fmt)
        cursor.clearSelection()
    for _ in range(50):
        view.setPlainText("نص قصير")
    after = sys.getrefcount(None)
    # Other code may take a few references meanwhile; a leak would lose thousands.
    assert after >= before - 10, f"{before - after} references to None lost in {CALLS} void calls"
