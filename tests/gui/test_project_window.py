"""A project in the window: the Documents panel, next unfinished, mark done, per-document undo,
corpus search and tag selected, suggest all, project export; each checked in the JSON files."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QTableView

from tawsim.core import annotation_file
from tawsim.core.model import AnnotationSet, Document

ARTICLES = {
    "a.txt": "قال حاكم مصرف لبنان إن الاقتصاد يتعافى.\n",
    "b.txt": "أعلن ومصرفِ لبنان اليوم خطة جديدة.\n",
    "week1/c.txt": "لا شيء هنا عن المصارف.\n",
}


@pytest.fixture
def project(tmp_path):
    folder = tmp_path / "corpus"
    for name, text in ARTICLES.items():
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def spans(path):
    return [(s.text, s.label, s.status) for s in annotation_file.load(path).annotations]


def open_window(make_window, project, **kwargs):
    window = make_window(suggest=False, **kwargs)
    assert window.open_path(project)
    return window


def click_document(qtbot, window, name):
    view = window.findChild(QTableView, "documentList")
    panel = window.projects.documents
    row = next(r for r in range(panel.proxy.rowCount()) if panel.name_at(r) == name)
    rect = view.visualRect(panel.proxy.index(row, 0))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_documents_panel_lists_sorts_and_filters(qtbot, make_window, project):
    window = open_window(make_window, project)
    view = window.findChild(QTableView, "documentList")
    model = view.model()
    assert model.rowCount() == 3
    assert [model.index(r, 1).data() for r in range(3)] == ["new", "new", "new"]
    assert window.findChild(QLabel, "projectProgress").text() == "0 / 3 done"
    header = view.horizontalHeader()
    for _ in range(2):  # a click on a header sorts by it; a second one turns the order round
        qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton,
                         pos=QPoint(header.sectionViewportPosition(0) + 20, header.height() // 2))
    names = [model.index(r, 0).data() for r in range(3)]
    assert names in (["week1/c.txt", "b.txt", "a.txt"], ["a.txt", "b.txt", "week1/c.txt"])
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton,
                     pos=QPoint(header.sectionViewportPosition(0) + 20, header.height() // 2))
    assert [model.index(r, 0).data() for r in range(3)] == names[::-1]
    qtbot.keyClicks(window.findChild(QLineEdit, "documentFilter"), "week1")
    assert model.rowCount() == 1


def test_next_unfinished_mark_done_and_save_on_switch(qtbot, make_window, project):
    window = open_window(make_window, project)
    click_document(qtbot, window, "a.txt")
    assert window.annotations.document.text == ARTICLES["a.txt"]
    start = ARTICLES["a.txt"].index("مصرف")
    window.view.select_range(start, start + len("مصرف لبنان"))
    window.apply_label("ORG")
    qtbot.keyClick(window.view, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    saved = json.loads((project / "a.json").read_text(encoding="utf-8"))
    assert saved["state"] == {"done": True}
    assert spans(project / "a.json") == [("مصرف لبنان", "ORG", "accepted")]
    assert window.findChild(QLabel, "projectProgress").text() == "1 / 3 done"
    qtbot.keyClick(window.view, Qt.Key.Key_J, Qt.KeyboardModifier.ControlModifier)
    assert window.projects.current == "b.txt"
    window.view.select_range(0, 4)
    window.apply_label("PER")
    qtbot.keyClick(window.view, Qt.Key.Key_J, Qt.KeyboardModifier.ControlModifier)  # saves b on the way out
    assert window.projects.current == "week1/c.txt"
    assert spans(project / "b.json") == [("أعلن", "PER", "accepted")]
    # each document keeps its own undo history
    assert not window.undo_stack.canUndo()
    click_document(qtbot, window, "b.txt")
    assert window.undo_stack.canUndo()
    window.action("actionUndo").trigger()
    assert len(window.annotations) == 0
    click_document(qtbot, window, "a.txt")
    assert spans(project / "b.json") == []
    states = [row.state for row in window.projects.documents.model.rows]
    assert states == ["done", "in progress", "in progress"]


def test_search_jump_and_tag_selected_one_undo_per_document(qtbot, make_window, project):
    window = open_window(make_window, project)
    click_document(qtbot, window, "a.txt")
    field = window.findChild(QLineEdit, "corpusSearch")
    qtbot.mouseClick(field, Qt.MouseButton.LeftButton)
    field.setText("مصرف لبنان")  # QTest cannot type Arabic letters; Enter is a real key press
    qtbot.keyClick(field, Qt.Key.Key_Return)
    results = window.findChild(QTableView, "searchResults")
    model = results.model()
    assert model.rowCount() == 2
    assert results.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert [model.index(r, 3).data() for r in range(2)] == ["a.txt", "b.txt"]
    assert model.index(1, 1).data() == "مصرفِ لبنان"
    results.selectAll()
    window.projects.search_panel.label.setCurrentIndex(window.projects.search_panel.label.findData("ORG"))
    window.projects.search_panel.tag.click()
    assert [(s.text, s.label) for s in window.annotations] == [("مصرف لبنان", "ORG")]
    assert spans(project / "b.json") == [("مصرفِ لبنان", "ORG", "accepted")]  # not open: written at once
    window.action("actionUndo").trigger()  # one undo takes back the tagging in a
    assert len(window.annotations) == 0
    window.action("actionRedo").trigger()
    # double-click a hit: its document opens with the occurrence selected
    rect = results.visualRect(model.index(1, 1))
    qtbot.mouseClick(results.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(results.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.projects.current == "b.txt"
    assert window.view.selected_range() == (ARTICLES["b.txt"].index("مصرف"), ARTICLES["b.txt"].index(" اليوم"))
    assert spans(project / "a.json") == [("مصرف لبنان", "ORG", "accepted")]  # saved on the way out


def test_suggest_all_in_the_background(qtbot, make_window, project):
    window = make_window()
    assert window.open_path(project)
    window.projects.actions["actionSuggestAll"].trigger()
    assert window.projects.worker is not None
    qtbot.waitUntil(lambda: window.projects.worker is None, timeout=60000)
    for name in ("a.json", "b.json", "week1/c.json"):
        assert (project / name).is_file()
    assert any(label == "ORG" for _, label, _ in spans(project / "a.json"))
    assert {row.state for row in window.projects.documents.model.rows} == {"in progress"}


def test_project_export_writes_the_done_documents(qtbot, make_window, project, dialogs, tmp_path):
    window = open_window(make_window, project)
    click_document(qtbot, window, "a.txt")
    window.view.select_range(0, 3)
    window.apply_label("PER")
    window.projects.actions["actionMarkDone"].trigger()
    dialogs.save_path = tmp_path / "out.jsonl"
    assert window.projects.actions["actionExportProject"].isEnabled()
    window.projects.actions["actionExportProject"].trigger()
    lines = dialogs.save_path.read_text(encoding="utf-8").splitlines()
    assert len(lines) == 1 and json.loads(lines[0])["text"] == ARTICLES["a.txt"]


def test_corrupt_annotations_offer_the_backup_and_stay_untouched(qtbot, make_window, project, dialogs):
    good = AnnotationSet(Document("a.txt", ARTICLES["a.txt"]))
    good.add(good.make_span(0, 3, "entity", "PER", status="accepted"))
    annotation_file.save(project / "a.json~", good)
    (project / "a.json").write_text("{ broken", encoding="utf-8")
    window = open_window(make_window, project)
    assert window.projects.documents.model.rows[0].state == "corrupt"
    dialogs.question_answer = None  # the user says no
    click_document(qtbot, window, "a.txt")
    assert window.projects.current is None
    assert (project / "a.json").read_text(encoding="utf-8") == "{ broken"
    from PySide6.QtWidgets import QMessageBox
    dialogs.question_answer = QMessageBox.StandardButton.Yes
    click_document(qtbot, window, "b.txt")
    click_document(qtbot, window, "a.txt")
    assert window.projects.current == "a.txt"
    assert [(s.text, s.label) for s in window.annotations] == [("قال", "PER")]
    assert any("backup" in text for _, text in dialogs.asked)


def test_empty_folder_opens_an_empty_project(qtbot, make_window, tmp_path):
    window = make_window(suggest=False)
    assert window.open_path(tmp_path)
    assert window.findChild(QLabel, "projectProgress").text() == "0 / 0 done"
    assert "no articles" in window.statusBar().currentMessage()


def test_file_open_project_with_an_annotator_and_an_unreadable_article(qtbot, make_window, project, dialogs,
                                                                       monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    (project / "broken.txt").write_bytes(b"\x00\x01\x02\x03binary")
    (project / "tawsim-project.json").write_text('{"annotator": "sara"}', encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", staticmethod(lambda *args, **kwargs: str(project)))
    window = make_window(suggest=False)
    window.findChild(type(window.action("actionOpen")), "actionOpenProject").trigger()
    rows = {row.name: row for row in window.projects.documents.model.rows}
    assert rows["broken.txt"].state == "unreadable" and "binary" in rows["broken.txt"].problem
    click_document(qtbot, window, "broken.txt")
    assert window.projects.current is None and any("binary" in text for _, text in dialogs.asked)
    click_document(qtbot, window, "a.txt")
    window.view.select_range(0, 3)
    window.apply_label("PER")
    qtbot.keyClick(window.view, Qt.Key.Key_J, Qt.KeyboardModifier.ControlModifier)
    assert spans(project / "a.sara.json") == [("قال", "PER", "accepted")]
    assert not (project / "a.json").exists()
