"""Saving, the modified marker, recent files, autosave and recovery, closing with unsaved work."""

import json

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMenu, QMessageBox

from tawsim.core import annotation_file

from .test_window_seed import select

Buttons = QMessageBox.StandardButton


def test_first_save_of_an_article_asks_where_offering_its_name_with_json(make_window, qtbot, dialogs, tmp_path, seed_path, seed_text):
    window = make_window(suggest=False)
    assert window.open_path(seed_path)
    assert "000_e93ad64ae9bca60f.txt" in window.windowTitle() and not window.isWindowModified()
    start = seed_text.index("واشنطن")
    select(window.view, seed_text, start, start + 6)
    qtbot.keyClick(window.view, Qt.Key.Key_L)
    assert window.isWindowModified()
    target = tmp_path / "out" / "seed-annotations.json"
    target.parent.mkdir()
    dialogs.save_path = target
    window.action("actionSave").trigger()
    assert dialogs.save_suggestions == [str(seed_path.with_suffix(".json"))]
    assert not window.isWindowModified()
    saved = json.loads(target.read_text(encoding="utf-8"))
    assert [(a["start"], a["end"], a["label"]) for a in saved["annotations"]] == [(start, start + 6, "LOC")]
    # The next save goes to the same file without asking.
    window.action("actionUndo").trigger()
    window.action("actionSave").trigger()
    assert len(dialogs.save_suggestions) == 1
    assert json.loads(target.read_text(encoding="utf-8"))["annotations"] == []
    assert window.session.recent_files()[0] == target.resolve()


def test_a_failed_save_keeps_the_work_and_says_why(make_window, qtbot, dialogs, tmp_path, seed_json, seed_text):
    window = make_window()
    window.open_path(seed_json)
    window.action("actionAcceptAll").trigger()
    dialogs.save_path = tmp_path / "no-such-folder" / "x.json"
    window.action("actionSaveAs").trigger()
    assert dialogs.asked and dialogs.asked[-1][0] == "critical"
    assert "no-such-folder" in dialogs.asked[-1][1]
    assert window.isWindowModified()
    assert {s.status for s in window.annotations} == {"accepted"}


def test_autosave_then_recovery_after_a_crash(make_window, dialogs, seed_json):
    window = make_window()
    window.open_path(seed_json)
    window.action("actionAcceptAll").trigger()
    assert window.session.autosave()
    recovery = window.session.recovery_path(seed_json)
    assert recovery.exists() and annotation_file.load(recovery).annotations[0].status == "accepted"
    # The window goes away without saving (a crash); the file on disk still has the old state.
    window.session.autosave_timer.stop()
    window.session.copies.release(recovery)  # a live window's copy is never offered to another
    window.hide()
    assert annotation_file.load(seed_json).annotations[0].status == "suggested"

    again = make_window()
    dialogs.question_answer = Buttons.Yes
    assert again.open_path(seed_json)
    assert dialogs.asked[-1][0] == "question" and "Recover" in dialogs.asked[-1][1]
    assert {s.status for s in again.annotations} == {"accepted"}
    assert again.isWindowModified()
    again.action("actionSave").trigger()
    assert annotation_file.load(seed_json).annotations[0].status == "accepted"
    assert not recovery.exists()


def test_the_autosave_interval_is_chosen_in_the_file_menu_and_remembered(make_window, qtbot, seed_json):
    from PySide6.QtGui import QAction

    window = make_window()
    menu = window.findChild(QMenu, "menuAutosave")
    assert menu is not None and menu in [action.menu() for action in window.menuBar().actions()[0].menu().actions()]
    assert window.findChild(QAction, "autosave:60").isChecked()  # the default, one minute
    assert window.session.autosave_timer.isActive() and window.session.autosave_timer.interval() == 60_000
    window.findChild(QAction, "autosave:300").trigger()
    assert window.session.autosave_timer.interval() == 300_000
    assert not window.findChild(QAction, "autosave:60").isChecked()

    again = make_window()  # a later run reads the choice back
    assert again.findChild(QAction, "autosave:300").isChecked()
    assert again.session.autosave_timer.interval() == 300_000
    again.findChild(QAction, "autosave:0").trigger()
    assert not again.session.autosave_timer.isActive()
    again.open_path(seed_json)
    again.action("actionAcceptAll").trigger()
    assert again.session.autosave()  # off means no timer; the recovery copy is still written on demand
    assert make_window().findChild(QAction, "autosave:0").isChecked()


def test_a_damaged_autosave_setting_falls_back_to_the_default(make_window, tmp_path):
    from PySide6.QtCore import QSettings

    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    settings.setValue("autosave/seconds", "every now and then")
    settings.sync()
    window = make_window()
    assert window.session.autosave_timer.interval() == 60_000


def test_closing_with_unsaved_work_asks_and_cancel_keeps_the_window(make_window, dialogs, seed_json):
    window = make_window()
    window.open_path(seed_json)
    window.action("actionAcceptAll").trigger()
    dialogs.question_answer = Buttons.Cancel
    assert not window.close()
    assert window.isVisible()
    dialogs.question_answer = Buttons.Save
    assert window.close()
    assert annotation_file.load(seed_json).annotations[0].status == "accepted"


def test_relabelling_onto_an_accepted_annotation_of_that_category_is_refused_and_said(make_window, qtbot, dialogs, tmp_path, seed_path, seed_text):
    window = make_window(suggest=False)
    assert window.open_path(seed_path)
    start = seed_text.index("واشنطن")
    select(window.view, seed_text, start, start + 6)
    qtbot.keyClick(window.view, Qt.Key.Key_N)  # a figure label on the word, by hand
    select(window.view, seed_text, start, start + 6)
    qtbot.keyClick(window.view, Qt.Key.Key_L)  # and a place: another category, so both stand
    place = next(s for s in window.annotations if s.label == "LOC")
    window.set_current(place.id)
    window.view.setTextCursor(window.view.cursor_for(start + 2))  # no selection: the key relabels the current one
    qtbot.keyClick(window.view, Qt.Key.Key_N)  # would make a second, identical CARDINAL
    assert "overlaps the CARDINAL annotation" in window.statusBar().currentMessage()
    assert sorted(s.label for s in window.annotations) == ["CARDINAL", "LOC"]
    dialogs.save_path = tmp_path / "seed.json"
    window.action("actionSave").trigger()
    saved = annotation_file.load(tmp_path / "seed.json")
    assert not saved.problems and sorted(s.label for s in saved.annotations) == ["CARDINAL", "LOC"]
