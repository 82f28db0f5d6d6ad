"""The window learns from the annotator in the background: a name tagged and saved in one document
of a project is suggested in the next fresh one, and a learned name can be forgotten."""

from __future__ import annotations

import json

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton, QTableWidget

from tawsim.core import annotation_file
from tawsim.gui.learned_names import LearnedNamesDialog

from .test_window_seed import select

NAME = "تشانغ ويمينغ"
ARTICLES = {
    "a.txt": f"وصل {NAME} إلى المدينة صباحا بعد رحلة طويلة.\n",
    "b.txt": f"وتحدث {NAME} طويلا عن المشروع الجديد في المدينة.\n",
    "c.txt": f"ولم يعلق {NAME} على الخبر حتى المساء.\n",
}


def test_a_saved_tag_is_learned_in_the_background_and_suggested_in_the_next_document(
        make_window, qtbot, tmp_path):
    folder = tmp_path / "corpus"
    folder.mkdir()
    for name, text in ARTICLES.items():
        (folder / name).write_text(text, encoding="utf-8")
    window = make_window()
    assert window.open_path(folder)
    assert window.projects.show("a.txt")
    text = ARTICLES["a.txt"]
    assert not [s for s in window.annotations if s.text == NAME]  # the rules alone do not know it
    start = text.index(NAME)
    select(window.view, text, start, start + len(NAME))
    qtbot.keyClick(window.view, Qt.Key.Key_P)
    window.projects.actions["actionMarkDone"].trigger()  # saves, then retrains in another process
    learning = window.projects.learning
    qtbot.waitUntil(lambda: learning.running, timeout=10_000)
    assert window.isEnabled()  # the window goes on while the learner trains
    qtbot.waitUntil(lambda: not learning.running and learning.learner is not None, timeout=120_000)
    assert "learned from 1 annotated document" in window.statusBar().currentMessage().lower()
    memory = json.loads((folder / ".tawsim" / "memory.json").read_text(encoding="utf-8"))
    assert [(e["text"], e["label"]) for e in memory["accepted"]] == [(NAME, "PER")]

    assert window.projects.show("b.txt")
    learned = [s for s in window.annotations if s.text == NAME]
    assert [(s.label, s.status, s.source) for s in learned][:1] == [("PER", "suggested", "memory:accepted")]
    window.save()
    saved = annotation_file.load(folder / "b.json").annotations
    assert any(s.text == NAME and s.source == "memory:accepted" for s in saved)

    # Project ▸ Learned names: forget it, and the next fresh document is not offered it.
    qtbot.waitUntil(lambda: not learning.running and not learning._timer.isActive(), timeout=120_000)
    dialog = LearnedNamesDialog(learning, window.schema, window)
    qtbot.addWidget(dialog)
    table = dialog.findChild(QTableWidget, "learnedTable")
    row = next(r for r in range(table.rowCount()) if table.item(r, 1).text() == NAME)
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=table.visualItemRect(table.item(row, 1)).center())
    qtbot.mouseClick(dialog.findChild(QPushButton, "forgetButton"), Qt.MouseButton.LeftButton)
    assert table.rowCount() == 0
    memory = json.loads((folder / ".tawsim" / "memory.json").read_text(encoding="utf-8"))
    assert memory["accepted"] == [] and {(e["kind"], e["label"]) for e in memory["forgotten"]} == {("accepted", "PER")}
    assert window.projects.show("c.txt")
    assert not [s for s in window.annotations if s.text == NAME and s.source == "memory:accepted"]
