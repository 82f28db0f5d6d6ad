"""A long article opens painted where it is on screen; the rest is painted while the window is idle."""

import json

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


def test_one_very_long_line_is_shown_in_pieces_and_tagged_at_the_same_offsets(make_window, qtbot, dialogs, tmp_path, seed_text):
    from tawsim.text.display_lines import LONGEST_LINE

    from .test_window_seed import select

    line = " ".join(seed_text.replace("\n", " ") for _ in range(20))  # one paragraph, no line break
    path = tmp_path / "one-line.txt"
    path.write_text(line, encoding="utf-8")
    window = make_window(suggest=False)
    assert window.open_path(path)
    document = window.view.document()
    # Qt lays out a whole block per edit: the window holds pieces, never one huge block.
    assert document.blockCount() > len(line) // LONGEST_LINE
    block, lengths = document.begin(), []
    while block.isValid():
        lengths.append(block.length())
        block = block.next()
    assert max(lengths) <= LONGEST_LINE + 1
    start = line.rindex("واشنطن")  # far into the line, past many pieces
    select(window.view, line, start, start + 6)
    qtbot.keyClick(window.view, Qt.Key.Key_L)
    dialogs.save_path = tmp_path / "one-line.json"
    window.action("actionSave").trigger()
    saved = json.loads(dialogs.save_path.read_text(encoding="utf-8"))
    assert saved["document"]["text"] == line  # the article itself keeps its spaces
    assert [(a["start"], a["end"], a["text"], a["label"]) for a in saved["annotations"]] == [
        (start, start + 6, "واشنطن", "LOC")
    ]
