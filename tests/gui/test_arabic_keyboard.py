"""Label shortcuts fire with the Arabic keyboard layout on: the key marked L sends م there."""

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from tawsim.gui.keyboard import ARABIC_101, with_arabic_layout

from .test_window_seed import select


def test_every_letter_has_one_arabic_key_and_shortcuts_gain_it():
    assert len(set(ARABIC_101.values())) == len(ARABIC_101)
    assert with_arabic_layout("L") == ("L", "م")
    assert with_arabic_layout("5") == ("5",)
    assert with_arabic_layout("Ctrl+K") == ("Ctrl+K",)


def test_tagging_with_the_arabic_layout_on(make_window, qtbot, seed_path, seed_text):
    window = make_window(suggest=False)
    assert window.open_path(seed_path)
    assert "م" in [s.toString() for s in window.label_actions["LOC"].shortcuts()]
    start = seed_text.index("واشنطن")
    select(window.view, seed_text, start, start + len("واشنطن"))
    QTest.keyClick(window.view, Qt.Key(ord("م")))  # what the L key sends on the Arabic layout
    tagged = [(s.start, s.end, s.label) for s in window.annotations]
    assert tagged == [(start, start + len("واشنطن"), "LOC")]
