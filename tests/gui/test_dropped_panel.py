"""Annotations re-anchoring dropped are listed with their old context, to place again or discard."""

import json

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDockWidget, QPushButton, QTreeWidget

from tawsim.core import annotation_file
from tawsim.core.model import AnnotationSet, Document

LETTERS = "بتثجحخدذرزسشصضطظعغفقكلمنهوي"
NAMES = ["ال" + a + b + "ان" for a, b in zip(LETTERS[:25], LETTERS[1:26])]  # 25 made-up names, more than 20


def reopened_after_an_edit(make_window, tmp_path, seed_text):
    """25 names tagged in lines the article has lost since; one of them now twice in a new headline."""
    old = seed_text + "\n" + "\n".join(f"وقال المتحدث باسم {name} إن الوضع هادئ" for name in NAMES)
    saved = AnnotationSet(Document("report.txt", old))
    for name in NAMES:
        start = old.index(name)
        saved.add(saved.make_span(start, start + len(name), "entity", "ORG", status="accepted"))
    article = tmp_path / "report.txt"
    annotation_file.save(article.with_suffix(".json"), saved)
    new = f"عاجل: {NAMES[3]} يرد على {NAMES[3]}\n" + seed_text
    article.write_text(new, encoding="utf-8")
    window = make_window(suggest=False)
    assert window.open_path(article)
    return window, article, new


def button(window, name):
    return window.dropped_panel.findChild(QPushButton, name)


def rows(window):
    tree = window.dropped_panel.findChild(QTreeWidget, "droppedList")
    return [tree.topLevelItem(i).text(1) for i in range(tree.topLevelItemCount())]


def choose(window, text):
    tree = window.dropped_panel.findChild(QTreeWidget, "droppedList")
    tree.setCurrentItem(next(tree.topLevelItem(i) for i in range(tree.topLevelItemCount())
                             if tree.topLevelItem(i).text(1) == text))


def test_every_dropped_annotation_is_listed_with_its_old_context_and_the_title_says_so(make_window, qtbot, dialogs, tmp_path, seed_text):
    window, _article, _new = reopened_after_an_edit(make_window, tmp_path, seed_text)
    assert sorted(rows(window)) == sorted(NAMES)  # all 25, not the first 20 lines of a message
    assert window.findChild(QDockWidget, "droppedDock").isVisible()
    tree = window.dropped_panel.findChild(QTreeWidget, "droppedList")
    assert all(tree.topLevelItem(i).text(2) == f"…وقال المتحدث باسم «{tree.topLevelItem(i).text(1)}» إن الوضع هادئ…"
               for i in range(tree.topLevelItemCount()))
    assert window.isWindowModified() and "annotations to place again: 25" in window.windowTitle()
    assert not any("dropped" in text and "T1" in text for _kind, text in dialogs.asked)  # no box of offsets


def test_find_then_place_again_is_undoable_discard_leaves_it_out_and_the_save_has_it(make_window, qtbot, dialogs, tmp_path, seed_text):
    window, article, new = reopened_after_an_edit(make_window, tmp_path, seed_text)
    choose(window, NAMES[3])
    qtbot.mouseClick(button(window, "droppedFind"), Qt.MouseButton.LeftButton)
    second = new.index(NAMES[3], new.index(NAMES[3]) + 1)  # nearer to where it was, further down
    assert window.view.selected_range() == (second, second + len(NAMES[3]))
    qtbot.mouseClick(button(window, "droppedPlace"), Qt.MouseButton.LeftButton)
    assert [(s.start, s.text, s.label) for s in window.annotations] == [(second, NAMES[3], "ORG")]
    assert NAMES[3] not in rows(window) and "annotations to place again: 24" in window.windowTitle()

    window.action("actionUndo").trigger()
    assert not len(window.annotations) and NAMES[3] in rows(window)
    window.action("actionRedo").trigger()
    assert len(window.annotations) == 1 and NAMES[3] not in rows(window)

    choose(window, NAMES[0])
    qtbot.mouseClick(button(window, "droppedFind"), Qt.MouseButton.LeftButton)
    assert "no longer in the article" in window.statusBar().currentMessage()
    qtbot.mouseClick(button(window, "droppedDiscard"), Qt.MouseButton.LeftButton)
    assert NAMES[0] not in rows(window) and len(rows(window)) == 23

    window.action("actionSave").trigger()
    saved = json.loads(article.with_suffix(".json").read_text(encoding="utf-8"))
    assert [(a["start"], a["text"], a["label"]) for a in saved["annotations"]] == [(second, NAMES[3], "ORG")]
    assert saved["document"]["text"] == new


def test_a_project_document_reopened_after_an_edit_lists_what_was_dropped_until_placed(make_window, qtbot, tmp_path, seed_text):
    folder = tmp_path / "corpus"
    folder.mkdir()
    old = seed_text + "\n" + "\n".join(f"وقال المتحدث باسم {name} إن الوضع هادئ" for name in NAMES[:4])
    saved = AnnotationSet(Document("report.txt", old))
    for name in NAMES[:4]:
        start = old.index(name)
        saved.add(saved.make_span(start, start + len(name), "entity", "ORG", status="accepted"))
    annotation_file.save(folder / "report.json", saved)
    (folder / "report.txt").write_text("عاجل\n" + seed_text, encoding="utf-8")
    (folder / "other.txt").write_text("نص آخر.\n", encoding="utf-8")
    window = make_window(suggest=False)
    assert window.open_path(folder)
    assert window.projects.show("report.txt")
    assert sorted(rows(window)) == sorted(NAMES[:4])
    assert "annotations to place again: 4" in window.windowTitle() and "corpus" in window.windowTitle()
    choose(window, NAMES[0])
    qtbot.mouseClick(button(window, "droppedDiscard"), Qt.MouseButton.LeftButton)
    assert "annotations to place again: 3" in window.windowTitle()
    assert window.projects.show("other.txt")
    assert rows(window) == [] and "place again" not in window.windowTitle()
    assert window.projects.show("report.txt")  # back: the three still to place are listed again
    assert sorted(rows(window)) == sorted(NAMES[1:4])
