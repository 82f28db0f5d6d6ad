"""Recovery by either name of a document, one copy per window, saving over a changed file,
autosave failures told once."""

import json
import os

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from tawsim.core import annotation_file

from .test_window_seed import select

Buttons = QMessageBox.StandardButton


def tag_first(window, qtbot, seed_text, word="واشنطن"):
    start = seed_text.index(word)
    select(window.view, seed_text, start, start + len(word))
    qtbot.keyClick(window.view, Qt.Key.Key_L)
    return start


def crash(window):
    window.session.autosave_timer.stop()
    window.session.copies.release(window.session.recovery_path())  # its process is "gone"
    window.hide()


def test_work_saved_beside_the_article_is_recovered_when_reopened_as_txt(make_window, qtbot, dialogs, tmp_path, seed_text):
    article = tmp_path / "a.txt"
    article.write_text(seed_text, encoding="utf-8")
    window = make_window(suggest=False)
    assert window.open_path(article)
    tag_first(window, qtbot, seed_text)
    dialogs.save_path = tmp_path / "a.json"
    window.action("actionSave").trigger()
    start = tag_first(window, qtbot, seed_text, "التحالف")
    assert window.session.autosave()
    crash(window)

    for name in ("a.txt", "a.json"):
        again = make_window(suggest=False)
        dialogs.question_answer = Buttons.Yes
        assert again.open_path(tmp_path / name)
        assert "Recover" in dialogs.asked[-1][1], name
        assert (start, "LOC") in {(s.start, s.label) for s in again.annotations}
        assert again.isWindowModified()
        assert again.session.saved_to == tmp_path / "a.json"
        assert again.session.autosave()
        crash(again)


def test_two_windows_keep_their_own_copies_and_a_live_one_is_never_offered(make_window, qtbot, dialogs, seed_json, seed_text):
    first = make_window()
    first.open_path(seed_json)
    first.action("actionAcceptAll").trigger()
    assert first.session.autosave()
    second = make_window()
    dialogs.question_answer = Buttons.No
    asked = len(dialogs.asked)
    assert second.open_path(seed_json)
    assert len(dialogs.asked) == asked, "the other window's live autosave was offered as a crash"
    assert first.session.recovery_path().exists()
    second.action("actionRejectAll").trigger()
    assert second.session.autosave()
    assert first.session.recovery_path() != second.session.recovery_path()
    assert annotation_file.load(first.session.recovery_path()).annotations[0].status == "accepted"
    assert annotation_file.load(second.session.recovery_path()).annotations[0].status == "rejected"


def test_saving_over_a_file_another_window_saved_asks_instead_of_overwriting(make_window, qtbot, dialogs, seed_json):
    first, second = make_window(), make_window()
    first.open_path(seed_json)
    second.open_path(seed_json)
    first.action("actionAcceptAll").trigger()
    first.action("actionSave").trigger()
    second.action("actionRejectAll").trigger()
    offered = []

    def answer(box):
        offered.append((box.text(), box.informativeText(), [b.text() for b in box.buttons()]))
        return next(b for b in box.buttons() if b.text() == answer.choice)

    second.ask_conflict = answer
    answer.choice = "Cancel"
    assert not second.save()
    assert "changed on disk" in offered[-1][0] and "Reload from disk" in offered[-1][2]
    assert "On disk:" in offered[-1][1]
    assert {s.status for s in annotation_file.load(seed_json).annotations} == {"accepted"}
    assert second.isWindowModified()

    target = seed_json.with_name("mine.json")
    dialogs.save_path = target
    answer.choice = "Save As…"
    assert second.save()
    assert {s.status for s in annotation_file.load(target).annotations} == {"rejected"}
    assert {s.status for s in annotation_file.load(seed_json).annotations} == {"accepted"}


def test_reload_from_disk_takes_the_other_windows_work(make_window, qtbot, dialogs, seed_json):
    first, second = make_window(), make_window()
    first.open_path(seed_json)
    second.open_path(seed_json)
    first.action("actionAcceptAll").trigger()
    first.action("actionSave").trigger()
    second.action("actionRejectAll").trigger()
    second.ask_conflict = lambda box: next(b for b in box.buttons() if b.text() == "Reload from disk")
    second.save()
    assert {s.status for s in second.annotations} == {"accepted"}
    assert not second.isWindowModified()
    assert {s.status for s in annotation_file.load(seed_json).annotations} == {"accepted"}


def test_a_file_touched_but_not_changed_saves_without_asking(make_window, dialogs, seed_json):
    window = make_window()
    window.open_path(seed_json)
    window.action("actionAcceptAll").trigger()
    os.utime(seed_json, (1, 1))
    window.ask_conflict = lambda box: (_ for _ in ()).throw(AssertionError("asked"))
    assert window.save()
    assert json.loads(seed_json.read_text(encoding="utf-8"))["annotations"][0]["status"] == "accepted"


def test_autosave_failure_is_told_once_and_retried(make_window, dialogs, tmp_path, seed_json):
    window = make_window()
    window.open_path(seed_json)
    window.action("actionAcceptAll").trigger()
    blocker = tmp_path / "recovery"
    blocker.write_text("a file where the recovery folder should be")
    for _ in range(3):
        assert not window.session.autosave()
    warnings = [text for kind, text in dialogs.asked if kind == "warning" and "Autosave failed" in text]
    assert len(warnings) == 1
    assert "Autosave failed" in window.statusBar().currentMessage()
    blocker.unlink()
    assert window.session.autosave()
    assert window.session.recovery_path().exists()


def test_an_article_whose_name_is_not_utf8_opens_and_saves(make_window, qtbot, dialogs, tmp_path, seed_text):
    article = tmp_path / os.fsdecode(b"\xc7\xe1\xd3\xe1\xc7\xe3.txt")
    article.write_text(seed_text, encoding="utf-8")
    window = make_window(suggest=False)
    assert window.open_path(article)
    assert "\\xc7" in window.windowTitle()
    window.update_recent_menu()
    start = tag_first(window, qtbot, seed_text)
    window.session.saved_to = None
    dialogs.save_path = article.with_suffix(".json")
    window.action("actionSave").trigger()
    assert (start, "LOC") in {(s.start, s.label) for s in annotation_file.load(article.with_suffix(".json")).annotations}
    again = make_window(suggest=False)
    assert again.open_path(article)
    assert (start, "LOC") in {(s.start, s.label) for s in again.annotations}


def test_saving_over_a_read_only_file_asks_and_keeps_it_read_only(make_window, dialogs, seed_json):
    import stat

    window = make_window()
    window.open_path(seed_json)
    window.action("actionAcceptAll").trigger()
    seed_json.chmod(0o444)
    before = seed_json.read_bytes()
    dialogs.question_answer = Buttons.No
    assert not window.save()
    assert "read-only" in dialogs.asked[-1][1] and seed_json.read_bytes() == before
    assert window.isWindowModified()
    dialogs.question_answer = Buttons.Yes
    assert window.save()
    assert annotation_file.load(seed_json).annotations[0].status == "accepted"
    assert stat.S_IMODE(seed_json.stat().st_mode) == 0o444 and not window.isWindowModified()


def test_ctrl_s_onto_a_symlink_writes_its_target(make_window, dialogs, seed_json, tmp_path):
    link = tmp_path / "link.json"
    link.symlink_to(seed_json)
    window = make_window()
    window.open_path(link)
    window.action("actionAcceptAll").trigger()
    assert window.save()
    assert link.is_symlink() and annotation_file.load(seed_json).annotations[0].status == "accepted"
