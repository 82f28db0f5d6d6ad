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
    assert remarks[0] == "information" and "sha256" in remarks[1] and "الباغوز" in remarks[1]
