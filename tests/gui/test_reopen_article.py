"""Opening an article again finds the annotations saved beside it, re-anchored if it changed."""

import json
import shutil

from PySide6.QtCore import Qt

from .test_window_seed import select


def tag(window, qtbot, text, words, key):
    start = text.index(words)
    select(window.view, text, start, start + len(words))
    qtbot.keyClick(window.view, key)
    return start


def test_reopening_an_article_brings_back_its_saved_annotations(make_window, qtbot, dialogs, tmp_path, seed_path, seed_text):
    article = tmp_path / "report.txt"
    shutil.copyfile(seed_path, article)
    window = make_window(suggest=False)
    assert window.open_path(article)
    start = tag(window, qtbot, seed_text, "واشنطن", Qt.Key.Key_L)
    dialogs.save_path = article.with_suffix(".json")
    window.action("actionSave").trigger()
    assert dialogs.save_suggestions == [str(article.with_suffix(".json"))]

    again = make_window(suggest=False)
    assert again.open_path(article)
    assert [(s.start, s.text, s.label) for s in again.annotations] == [(start, "واشنطن", "LOC")]
    assert not dialogs.asked  # nothing to remark on
    tag(again, qtbot, seed_text, "الباغوز", Qt.Key.Key_L)
    again.action("actionSave").trigger()  # saves beside the article without asking again
    assert len(dialogs.save_suggestions) == 1
    saved = json.loads(article.with_suffix(".json").read_text(encoding="utf-8"))
    assert sorted(a["text"] for a in saved["annotations"]) == ["الباغوز", "واشنطن"]


def test_an_article_changed_since_is_re_anchored_and_the_rest_reported(make_window, qtbot, dialogs, tmp_path, seed_path, seed_text):
    article = tmp_path / "report.txt"
    shutil.copyfile(seed_path, article)
    window = make_window(suggest=False)
    window.open_path(article)
    tag(window, qtbot, seed_text, "واشنطن", Qt.Key.Key_L)
    tag(window, qtbot, seed_text, "الباغوز", Qt.Key.Key_L)
    dialogs.save_path = article.with_suffix(".json")
    window.action("actionSave").trigger()

    changed = "تحديث: " + seed_text.replace("بلدة الباغوز", "بلدة السوسة")
    article.write_text(changed, encoding="utf-8")
    again = make_window(suggest=False)
    assert again.open_path(article)
    assert again.view.toPlainText() == changed
    kept = [(s.start, s.text) for s in again.annotations]
    assert kept == [(changed.index("واشنطن"), "واشنطن")]  # moved with the text, not left behind
    remarks = dialogs.asked[-1]
    assert remarks[0] == "information" and "sha256" in remarks[1]
    dropped = [entry.span.text for entry in again.dropped_panel.dropped]
    assert dropped == ["الباغوز"]  # listed to place again or discard (tests/gui/test_dropped_panel.py)


def test_a_headline_added_moves_every_annotation_even_repeated_ones_and_marks_the_work_unsaved(make_window, qtbot, dialogs, tmp_path, seed_json, seed_text):
    from tawsim.core import annotation_file

    saved = annotation_file.load(seed_json).annotations
    texts = [s.text for s in saved]
    assert any(seed_text.count(t) > 1 for t in texts), "the seed needs repeated annotated words"
    article = tmp_path / saved.document.name
    headline = "عاجل: خبر جديد في أول السطر\n"
    article.write_text(headline + seed_text, encoding="utf-8")
    shutil.copyfile(seed_json, article.with_suffix(".json"))
    window = make_window(suggest=False)
    assert window.open_path(article)
    reopened = {(s.id, s.start, s.end, s.label) for s in window.annotations}
    assert reopened == {(s.id, s.start + len(headline), s.end + len(headline), s.label) for s in saved}
    assert window.isWindowModified()
    assert not any("no longer found" in text for _kind, text in dialogs.asked)
    window.action("actionSave").trigger()
    on_disk = annotation_file.load(article.with_suffix(".json"))
    assert on_disk.document.text == headline + seed_text and len(on_disk.annotations) == len(saved)
