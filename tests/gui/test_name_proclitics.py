"""A name tagged by hand loses its proclitic by the engine's rule, with or without the article."""

import pytest
from PySide6.QtCore import QPoint, Qt

from tawsim.gui.loading import known_words
from tawsim.gui.snapping import name_proclitic_length, snap_to_words

ARTICLE = "وامتدت الاشتباكات إلى الخرطوم وبحري وأم درمان، وقالت وكالة الأنباء إن وزارة الداخلية ولاية الخرطوم تتابع."


@pytest.mark.parametrize("word, cut", [
    ("وبحري", 1), ("وبغداد", 1), ("لواشنطن", 1), ("وبوتين", 1), ("ورئيس", 1), ("والعراق", 1), ("للتحالف", 1),
    ("وكالة", 0), ("وزارة", 0), ("ولاية", 0), ("وليد", 0), ("بريطانيا", 0), ("فرنسا", 0), ("بحري", 0),
])
def test_the_engine_s_words_tell_a_proclitic_from_a_first_letter(word, cut):
    assert name_proclitic_length(word, known_words()) == cut


def test_only_names_use_the_engine_s_words():
    start = ARTICLE.index("وبحري")
    assert snap_to_words(ARTICLE, start, start + 5) == (start, start + 5)  # a figure or claim: as before
    assert snap_to_words(ARTICLE, start, start + 5, known=known_words()) == (start + 1, start + 5)


def test_double_click_on_a_name_with_a_proclitic_and_l_tags_the_name_alone(make_window, qtbot, tmp_path):
    path = tmp_path / "khartoum.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    window = make_window(suggest=False)
    window.resize(1200, 800)
    assert window.open_path(path)
    view = window.view
    start = ARTICLE.index("وبحري")
    middle = view.cursorRect(view.cursor_for(start + 2)).center()
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, QPoint(middle))
    assert view.selected_range() == (start, start + len("وبحري"))
    qtbot.keyClick(view, Qt.Key.Key_L)
    assert [(s.text, s.label) for s in window.annotations] == [("بحري", "LOC")]
    # A name whose first letters are its own stays whole.
    agency = ARTICLE.index("وكالة")
    point = view.cursorRect(view.cursor_for(agency + 2)).center()
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, QPoint(point))
    qtbot.keyClick(view, Qt.Key.Key_O)
    assert window.current().text == "وكالة"
