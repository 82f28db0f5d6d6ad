"""A long article opens painted where it is on screen; the rest is painted while the window is idle."""

from PySide6.QtCore import Qt

from tawsim.gui.highlighter import STRETCH

from .test_article_view import format_at


def long_article(seed_text: str) -> str:
    copies = STRETCH * 3 // len(seed_text) + 1
    return "\n".join([seed_text] * copies)


def painted(window, text: str, span) -> bool:
    return format_at(window.view, text, span.start).background().style() != Qt.BrushStyle.NoBrush


def test_a_long_article_is_painted_on_screen_first_then_everywhere(make_window, qtbot, tmp_path, seed_text):
    text = long_article(seed_text)
    path = tmp_path / "long.txt"
    path.write_text(text, encoding="utf-8")
    window = make_window()
    window.open_path(path)
    spans = sorted((s for s in window.annotations if s.category != "claim"), key=lambda s: s.start)
    assert len(text) > 2 * STRETCH and spans
    assert painted(window, text, spans[0])  # on screen when the window opens
    last = spans[-1]
    assert not window.highlighter.done and not painted(window, text, last)  # not yet: off screen
    # Scrolling to the end paints it at once, before the idle steps get there.
    bar = window.view.verticalScrollBar()
    bar.setValue(bar.maximum())
    assert painted(window, text, last)
    # A decision taken while the rest is painting is what the finished paint shows.
    middle = next(s for s in spans if STRETCH < s.start < 2 * STRETCH)
    window.set_current(middle.id)
    window.accept_suggestion()
    qtbot.waitUntil(lambda: window.highlighter.done, timeout=10_000)
    assert all(painted(window, text, span) for span in spans)
    accepted, suggested = format_at(window.view, text, middle.start), format_at(window.view, text, spans[1].start)
    assert accepted.background().color().alpha() > suggested.background().color().alpha()
    assert window.annotations.get(middle.id).status == "accepted"
