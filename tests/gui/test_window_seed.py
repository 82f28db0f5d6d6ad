"""The window driven like a user on the seed article: review, tag, link, undo, save, the JSON on disk."""

import json

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor

from .seed_annotations import CLAIM_ONE, find


def utf16(text: str, index: int) -> int:
    return len(text[:index].encode("utf-16-le")) // 2


def select(view, text: str, start: int, end: int) -> None:
    """Select as a user would: a QTextCursor on Qt's own positions, set on the view."""
    cursor = QTextCursor(view.document())
    cursor.setPosition(utf16(text, start))
    cursor.setPosition(utf16(text, end), QTextCursor.MoveMode.KeepAnchor)
    view.setTextCursor(cursor)


def by_text(annotations, text, label=None):
    return [s for s in annotations if s.text == text and (label is None or s.label == label)]


def test_review_tag_link_undo_save_on_the_seed(make_window, qtbot, seed_json, seed_text):
    window = make_window()
    assert window.open_path(seed_json)
    view = window.view
    annotations = window.annotations
    assert view.toPlainText() == seed_text
    assert len(annotations) == 11 and {s.status for s in annotations} == {"suggested"}
    view.setFocus()

    # Space goes to the first suggestion in reading order; Enter accepts it and moves on.
    qtbot.keyClick(view, Qt.Key.Key_Space)
    first = annotations.get(window.current_id)
    assert (first.start, first.end) == find(seed_text, "التحالف الدولي")
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert first.status == "accepted"
    second = annotations.get(window.current_id)
    assert second.text == "الولايات المتحدة" and second.status == "suggested"

    # Backspace rejects it and moves on again.
    qtbot.keyClick(view, Qt.Key.Key_Backspace)
    assert second.status == "rejected"
    assert annotations.get(window.current_id).text == "الخميس"
    assert window.side_panel.label.text() == "DATE"

    # Select part of a word in the RTL view and press the label's shortcut: the span snaps to the word.
    word_start, word_end = find(seed_text, "داعش", after="إرھابيي")
    select(view, seed_text, word_start + 1, word_end - 1)
    qtbot.keyClick(view, Qt.Key.Key_O)
    tagged = [s for s in annotations if s.start == word_start and s.label == "ORG"]
    assert len(tagged) == 1
    assert (tagged[0].end, tagged[0].status, tagged[0].text) == (word_end, "accepted", "داعش")
    # Its other untagged occurrence is offered as a suggestion; the one already suggested is not doubled.
    qtbot.waitUntil(lambda: any(s.source == "manual:occurrence" for s in annotations))
    offered = [s for s in annotations if s.source == "manual:occurrence"]
    assert [(s.start, s.text, s.label, s.status) for s in offered] == [
        (find(seed_text, "داعش", after="لسیطرة")[0], "داعش", "ORG", "suggested")]
    assert len(by_text(annotations, "داعش")) == 3

    # Link the claim to its speaker: caret in the claim, Ctrl+K, then "1" picks the nearest name.
    claim = by_text(annotations, CLAIM_ONE)[0]
    caret = find(seed_text, "بات محاصراً")[0]
    select(view, seed_text, caret, caret)
    assert window.current_id == claim.id
    qtbot.keyClick(view, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    picker = window.picker
    assert picker is not None and picker.isVisible()
    qtbot.keyClick(picker.list, Qt.Key.Key_1)
    assert annotations.speaker_of(claim.id) is first
    assert "التحالف الدولي" in window.side_panel.speaker.text()
    relation_id = annotations.relations[0].id

    # Undo and redo, from the keyboard.
    qtbot.keyClick(view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert annotations.speaker_of(claim.id) is None
    qtbot.keyClick(view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # the offer
    assert not [s for s in annotations if s.source == "manual:occurrence"]
    assert len(by_text(annotations, "داعش")) == 2
    qtbot.keyClick(view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # the tag
    assert len(by_text(annotations, "داعش")) == 1
    for _ in range(3):
        qtbot.keyClick(view, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert annotations.speaker_of(claim.id) is first
    assert annotations.relations[0].id == relation_id
    assert len(by_text(annotations, "داعش")) == 3
    assert window.isWindowModified()

    # Save writes the JSON the file was opened from.
    qtbot.keyClick(view, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert not window.isWindowModified()
    saved = json.loads(seed_json.read_text(encoding="utf-8"))
    assert saved["document"]["text"] == seed_text
    spans = {(a["start"], a["end"]): a for a in saved["annotations"]}
    assert spans[find(seed_text, "التحالف الدولي")]["status"] == "accepted"
    assert spans[find(seed_text, "الولايات المتحدة")]["status"] == "rejected"
    assert spans[find(seed_text, "الخميس")]["status"] == "suggested"
    hand = spans[(word_start, word_end)]
    assert (hand["label"], hand["category"], hand["status"], hand["text"]) == ("ORG", "entity", "accepted", "داعش")
    assert seed_text[hand["start"]:hand["end"]] == "داعش"
    assert saved["relations"] == [
        {"id": relation_id, "type": "speaker", "from": claim.id, "to": first.id}]


def test_accept_all_of_a_label_is_one_undo_step(make_window, qtbot, seed_json):
    window = make_window()
    window.open_path(seed_json)
    annotations = window.annotations
    window.findChild(type(window.action("actionSave")), "acceptAll:DATE").trigger()
    dates = [s for s in annotations if s.label == "DATE"]
    assert len(dates) == 2 and all(s.status == "accepted" for s in dates)
    assert all(s.status == "suggested" for s in annotations if s.label != "DATE")
    window.action("actionAcceptAll").trigger()
    assert {s.status for s in annotations} == {"accepted"}
    window.action("actionUndo").trigger()
    assert {s.status for s in annotations if s.label != "DATE"} == {"suggested"}
    window.action("actionUndo").trigger()
    assert {s.status for s in annotations} == {"suggested"}
    window.action("actionRejectAll").trigger()
    assert {s.status for s in annotations} == {"rejected"}


def test_label_shortcut_without_selection_relabels_the_current_annotation(make_window, qtbot, seed_json, seed_text):
    window = make_window()
    window.open_path(seed_json)
    start, _ = find(seed_text, "الولايات المتحدة")
    select(window.view, seed_text, start + 2, start + 2)
    span = window.annotations.get(window.current_id)
    assert span.label == "LOC"
    qtbot.keyClick(window.view, Qt.Key.Key_O)
    assert (span.label, span.status) == ("ORG", "accepted")


def test_a_suggestions_boundaries_can_be_fixed_from_the_keyboard(make_window, qtbot, seed_json, seed_text):
    window = make_window()
    window.open_path(seed_json)
    window.view.setFocus()
    qtbot.keyClick(window.view, Qt.Key.Key_Space)  # التحالف الدولي
    span = window.annotations.get(window.current_id)
    alt_shift = Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(window.view, Qt.Key.Key_Left, alt_shift)  # the end one word later
    assert span.text == "التحالف الدولي بقيادة"
    qtbot.keyClick(window.view, Qt.Key.Key_Right, alt_shift)
    assert span.text == "التحالف الدولي"
    # "Set to selection": select the words that should be covered and press Ctrl+B.
    start, end = find(seed_text, "التحالف")
    select(window.view, seed_text, start, end)
    qtbot.keyClick(window.view, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    assert (span.start, span.end) == (start, end)
    window.action("actionUndo").trigger()
    assert span.text == "التحالف الدولي"


def test_a_figures_value_is_edited_in_the_side_panel_and_undone(make_window, qtbot, seed_json, seed_text):
    window = make_window()
    window.open_path(seed_json)
    start, end = find(seed_text, "أكثر من 37 ألف شخص")
    select(window.view, seed_text, start + 3, start + 3)
    figure = window.annotations.get(window.current_id)
    assert (figure.label, figure.attrs["value"]) == ("CARDINAL", 37000)
    panel = window.side_panel
    assert panel.value.isVisibleTo(panel) and panel.value.text() == "37000"
    qtbot.keyClick(window.view, Qt.Key.Key_F2)
    assert panel.value.hasFocus()
    panel.value.setText("٣٧٥٠٠")  # typed with an Arabic layout: Arabic-Indic digits are numbers too
    qtbot.keyClick(panel.value, Qt.Key.Key_Return)
    assert figure.attrs["value"] == 37500 and figure.attrs["unit"] == "people"
    assert figure.attrs["explanation"]  # the rest of the attributes stay
    window.action("actionUndo").trigger()
    assert figure.attrs["value"] == 37000
    panel.value.setText("كثير")
    panel.apply.click()
    assert figure.attrs["value"] == 37000 and "not a number" in panel.problem.text()
