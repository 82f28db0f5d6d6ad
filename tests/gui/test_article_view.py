"""The article view: right to left everywhere, exact offsets through emoji and tashkeel, formats on text."""

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCharFormat, QTextCursor

from tawsim.core.model import AnnotationSet, Document

from .test_window_seed import select, utf16

TEXT = ".\n2024 كان عاماً 😀 صعباً\nCNN قالت إن الرئيس عَلِيٌّ 👍🏽 زار الـــعراق 3 مرات\n"


def write_article(tmp_path, text=TEXT):
    path = tmp_path / "article.txt"
    path.write_text(text, encoding="utf-8")
    return path


def format_at(view, text: str, index: int) -> QTextCharFormat:
    """The character format of the character at code point `index` (Qt reports the one before)."""
    cursor = QTextCursor(view.document())
    cursor.setPosition(utf16(text, index) + 1)
    return cursor.charFormat()


def test_every_paragraph_is_right_to_left_even_after_a_digit_latin_or_a_lone_point(make_window, tmp_path):
    window = make_window(suggest=False)
    window.open_path(write_article(tmp_path))
    block = window.view.document().begin()
    seen = []
    while block.isValid():
        seen.append(block.text())
        assert block.textDirection() == Qt.LayoutDirection.RightToLeft, block.text()
        assert block.blockFormat().layoutDirection() == Qt.LayoutDirection.RightToLeft
        block = block.next()
    # QPlainTextEdit lays out each block with the document's default option.
    option = window.view.document().defaultTextOption()
    assert option.textDirection() == Qt.LayoutDirection.RightToLeft
    assert option.alignment() & Qt.AlignmentFlag.AlignRight
    assert seen[:3] == [".", "2024 كان عاماً 😀 صعباً", "CNN قالت إن الرئيس عَلِيٌّ 👍🏽 زار الـــعراق 3 مرات"]


def test_selection_after_emoji_gives_exact_code_point_offsets_and_keeps_tashkeel(make_window, qtbot, tmp_path):
    window = make_window(suggest=False)
    window.open_path(write_article(tmp_path))
    start = TEXT.index("عَلِيٌّ")
    select(window.view, TEXT, start + 1, start + 3)  # from inside the first letter's marks
    qtbot.keyClick(window.view, Qt.Key.Key_P)
    (span,) = list(window.annotations)
    assert (span.start, span.end, span.text) == (start, start + len("عَلِيٌّ"), "عَلِيٌّ")
    # The highlight sits on exactly those characters, not one unit off per emoji before them.
    assert format_at(window.view, TEXT, start).background().style() != Qt.BrushStyle.NoBrush
    assert format_at(window.view, TEXT, span.end - 1).background().style() != Qt.BrushStyle.NoBrush
    assert format_at(window.view, TEXT, start - 1).background().style() == Qt.BrushStyle.NoBrush
    assert format_at(window.view, TEXT, span.end).background().style() == Qt.BrushStyle.NoBrush
    # The text itself is untouched: formats, never inserted characters.
    assert window.view.toPlainText() == TEXT

    after = TEXT.index("الـــعراق")
    select(window.view, TEXT, after + 4, after + 6)  # inside the tatweel run
    qtbot.keyClick(window.view, Qt.Key.Key_L)
    place = [s for s in window.annotations if s.label == "LOC"][0]
    assert place.text == "الـــعراق" and place.start == after


def test_suggestions_look_different_from_accepted_and_nested_claims_stay_visible(make_window, tmp_path):
    text = "قال الرئيس إن العراق يملك 3 مدن"
    annotations = AnnotationSet(Document("a.txt", text))

    def add(start, end, category, label, status="suggested"):
        span = annotations.make_span(start, end, category, label, status=status)
        annotations.add(span)
        return span

    add(text.index("العراق"), len(text), "claim", "CLAIM", status="accepted")
    place = add(text.index("العراق"), text.index("العراق") + 6, "entity", "LOC")
    person = add(text.index("الرئيس"), text.index("الرئيس") + 6, "entity", "PER", status="accepted")
    window = make_window()
    window.show_document(annotations, None, None)
    view = window.view
    suggested = format_at(view, text, place.start)
    accepted = format_at(view, text, person.start)
    inside_claim_only = format_at(view, text, text.index("يملك"))
    assert suggested.underlineStyle() == QTextCharFormat.UnderlineStyle.DashUnderline
    assert accepted.underlineStyle() == QTextCharFormat.UnderlineStyle.NoUnderline
    assert suggested.background().color().alpha() < accepted.background().color().alpha()
    assert inside_claim_only.underlineStyle() == QTextCharFormat.UnderlineStyle.SingleUnderline
    assert inside_claim_only.background().color().alpha() < accepted.background().color().alpha()
    # Rejecting the place takes its colour away and leaves the claim's.
    annotations.update(place.id, status="rejected")
    assert format_at(view, text, place.start) == inside_claim_only


def test_zoom_changes_the_article_font_and_back(make_window, tmp_path):
    window = make_window(suggest=False)
    window.open_path(write_article(tmp_path))
    size = window.view.font().pointSizeF()
    window.action("actionZoomIn").trigger()
    window.action("actionZoomIn").trigger()
    assert window.view.font().pointSizeF() > size
    window.action("actionZoomReset").trigger()
    assert window.view.font().pointSizeF() == size


def test_the_article_font_is_amiri_from_the_project(make_window):
    window = make_window()
    assert window.view.font().family() == "Amiri"
