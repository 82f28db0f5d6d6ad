"""A suggested date carries its value; relabelled as something else, the value goes, and the saved
file still loads (a figure's value must be a number)."""

import json

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor

from tawsim.core import annotation_file
from tawsim.core.model import Document
from tawsim.rules.engine import Engine

TEXT = "القاهرة - 12 مارس 2024: اجتمع الوزراء أمس في العاصمة.\n"


def test_a_date_relabelled_as_a_number_loses_its_date_value(make_window, qtbot, tmp_path):
    path = tmp_path / "article.json"
    annotation_file.save(path, Engine.load().suggest(Document("article.txt", TEXT)))
    window = make_window()
    assert window.open_path(path)
    yesterday = next(s for s in window.annotations if s.text == "أمس")
    assert (yesterday.label, yesterday.attrs["value"], yesterday.attrs["relative"]) == ("DATE", "2024-03-11", "-P1D")
    cursor = QTextCursor(window.view.document())
    cursor.setPosition(yesterday.start + 1)
    window.view.setTextCursor(cursor)
    window.view.setFocus()
    qtbot.keyClick(window.view, Qt.Key.Key_N)  # CARDINAL, a figure label
    assert (yesterday.category, yesterday.label) == ("figure", "CARDINAL")
    window.action("actionSave").trigger()
    saved = json.loads(path.read_text(encoding="utf-8"))
    relabelled = next(s for s in saved["annotations"] if s["text"] == "أمس")
    assert "relative" not in relabelled["attrs"] and not isinstance(relabelled["attrs"].get("value"), str)
    assert annotation_file.load(path).problems == []
    other = next(s for s in saved["annotations"] if s["text"] == "12 مارس 2024")
    assert other["attrs"]["value"] == "2024-03-12"
