"""Undo and redo show the place the edit was made, not some other annotation."""

from PySide6.QtCore import Qt

from .test_window_seed import select

CTRL = Qt.KeyboardModifier.ControlModifier


def long_article(tmp_path, seed_text):
    text = "\n\n".join([seed_text] * 6)
    path = tmp_path / "long.txt"
    path.write_text(text, encoding="utf-8")
    return path, text


def shows(window, position: int) -> bool:
    start, end = window.view.visible_range()
    return window.view.caret() == position and start <= position < end


def test_tag_then_undo_twice_stays_at_the_tagged_word_and_redo_comes_back_to_it(make_window, qtbot, tmp_path, seed_text):
    path, text = long_article(tmp_path, seed_text)
    window = make_window()
    assert window.open_path(path)
    word = "محاصراً"
    start = text.index(word, len(text) // 2)
    assert not [s for s in window.annotations.in_range(start, start + len(word)) if s.category == "entity"]
    select(window.view, text, start, start + len(word))
    window.view.ensureCursorVisible()
    qtbot.keyClick(window.view, Qt.Key.Key_L)
    tagged = window.current_id
    qtbot.waitUntil(lambda: window.table.currentIndex().isValid())  # its row chosen after the repaint
    assert shows(window, start)
    for _ in range(2):
        qtbot.keyClick(window.view, Qt.Key.Key_Z, CTRL)
        qtbot.wait(20)  # the table and timers answer the change: none of them may move the view
    assert tagged not in window.annotations
    assert shows(window, start) and window.current_id is None

    window.view.verticalScrollBar().setValue(0)  # read elsewhere, then redo
    qtbot.keyClick(window.view, Qt.Key.Key_Y, CTRL)
    qtbot.wait(20)
    assert tagged in window.annotations and window.current_id == tagged
    assert shows(window, start)


def test_undoing_a_decision_made_far_away_brings_the_view_back_to_it(make_window, qtbot, tmp_path, seed_text):
    path, text = long_article(tmp_path, seed_text)
    window = make_window()
    window.open_path(path)
    last = max((s for s in window.annotations if s.category == "entity"), key=lambda s: s.start)
    window.set_current(last.id, move_caret=True)
    window.action("actionAcceptSuggestion").trigger()
    window.view.verticalScrollBar().setValue(0)
    qtbot.keyClick(window.view, Qt.Key.Key_Z, CTRL)
    assert last.status == "suggested" and window.current_id == last.id
    assert shows(window, last.start)
