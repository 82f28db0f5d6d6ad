"""A mouse drag that starts on the first or last digit of a number takes the number in."""

from PySide6.QtCore import QPoint, Qt

ARTICLE = "وقال وزير المالية إن العجز بلغ ٢٫٧ مليار دولار هذا العام."
LEFT = Qt.MouseButton.LeftButton
NONE = Qt.KeyboardModifier.NoModifier


def open_article(make_window, tmp_path):
    path = tmp_path / "budget.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    window = make_window(suggest=False)
    window.resize(1200, 800)
    assert window.open_path(path)
    return window


def number_box(view):
    """The x range the digits of ٢٫٧ are drawn in, and the line's y."""
    start = ARTICLE.index("٢٫٧")
    xs = [view.cursorRect(view.cursor_for(i)).x() for i in range(start, start + 3 + 1)]
    return min(xs), max(xs), view.cursorRect(view.cursor_for(start)).center().y()


def drag(qtbot, view, x0, x1, y):
    viewport = view.viewport()
    qtbot.mousePress(viewport, LEFT, NONE, QPoint(x0, y))
    qtbot.mouseMove(viewport, QPoint((x0 + x1) // 2, y))
    qtbot.mouseMove(viewport, QPoint(x1, y))
    qtbot.mouseRelease(viewport, LEFT, NONE, QPoint(x1, y))


def x_of(view, position):
    return view.cursorRect(view.cursor_for(position)).x()


def test_a_drag_from_the_number_s_right_edge_across_the_words_after_it_takes_the_number(make_window, qtbot, tmp_path):
    window = open_article(make_window, tmp_path)
    view = window.view
    left, right, y = number_box(view)
    words_end = ARTICLE.index("دولار") + len("دولار")
    # Every press point on the digits, from the rightmost (where reading starts) inwards.
    for x in range(right - 1, right - 6, -1):
        window.view.select_range(0, 0)
        qtbot.mouseClick(view.viewport(), LEFT, NONE, QPoint(x_of(view, 0) - 5, y))  # not a double click
        drag(qtbot, view, x, x_of(view, words_end), y)
        start, end = view.selected_range()
        assert ARTICLE[start:end] == "٢٫٧ مليار دولار", x
    qtbot.keyClick(view, Qt.Key.Key_M)
    assert window.current().text == "٢٫٧ مليار دولار"


def test_a_drag_from_the_number_s_left_edge_back_over_the_word_before_it_takes_the_number(make_window, qtbot, tmp_path):
    window = open_article(make_window, tmp_path)
    view = window.view
    left, right, y = number_box(view)
    word = ARTICLE.index("بلغ")
    drag(qtbot, view, left + 1, x_of(view, word) - 1, y)
    start, end = view.selected_range()
    assert ARTICLE[start:end] == "بلغ ٢٫٧"


def test_a_drag_that_starts_beside_the_number_leaves_it_out(make_window, qtbot, tmp_path):
    window = open_article(make_window, tmp_path)
    view = window.view
    left, right, y = number_box(view)
    words_end = ARTICLE.index("دولار") + len("دولار")
    drag(qtbot, view, left - 4, x_of(view, words_end), y)
    start, end = view.selected_range()
    assert "٢" not in ARTICLE[start:end] and "مليار" in ARTICLE[start:end]
