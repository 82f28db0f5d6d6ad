"""Pure Python: code points against UTF-16 units, and where selection edges snap."""

import pytest

from tawsim.gui.offsets import OffsetMap
from tawsim.gui.snapping import (
    grapheme_ceil, grapheme_floor, grow_end, grow_start, shrink_end, shrink_start, snap_to_words,
)

MIXED = "😀 قال الرئيس 👍🏽 عَلِيٌّ إنَّ الـــعراق يملك 3 مدن في 2024 وCNN 𝐀"


def test_offsets_are_the_identity_without_astral_characters():
    text = "قال عَلِيٌّ إنَّ الـــعراق"
    offsets = OffsetMap(text)
    assert offsets.is_identity
    assert [offsets.to_qt(i) for i in range(len(text) + 1)] == list(range(len(text) + 1))


def test_every_code_point_offset_round_trips_through_utf16():
    offsets = OffsetMap(MIXED)
    assert offsets.qt_length() == len(MIXED.encode("utf-16-le")) // 2
    for index in range(len(MIXED) + 1):
        unit = len(MIXED[:index].encode("utf-16-le")) // 2
        assert offsets.to_qt(index) == unit
        assert offsets.from_qt(unit) == index


def test_a_unit_inside_a_surrogate_pair_belongs_to_its_character():
    offsets = OffsetMap("a😀b")
    assert offsets.from_qt(2) == 1  # between the two halves of 😀
    assert offsets.from_qt(3) == 2


@pytest.mark.parametrize("selected, expected", [
    ("الرئيس", "الرئيس"),
    ("رئي", "الرئيس"),  # inside a word: the whole word
    ("عَلِي", "عَلِيٌّ"),  # the tashkeel after the last letter stays with it
    ("الـــعر", "الـــعراق"),  # tatweel is part of the word
    ("3 مد", "3 مدن"),
    ("CN", "CNN"),  # Latin glued to the proclitic و: the user's start after it is kept
])
def test_selection_snaps_to_whole_words(selected, expected):
    start = MIXED.index(selected)
    snapped = snap_to_words(MIXED, start, start + len(selected))
    assert MIXED[snapped[0]:snapped[1]] == expected


@pytest.mark.parametrize("word, span", [
    ("والعراق", "العراق"), ("بالقاهرة", "القاهرة"), ("وبالقاهرة", "القاهرة"),
    ("للتحالف", "لتحالف"), ("وَالعِراق", "العِراق"),
    ("وكالة", "وكالة"), ("بريطانيا", "بريطانيا"), ("فلسطين", "فلسطين"), ("لبنان", "لبنان"),
])
def test_proclitics_stay_outside_when_the_word_shows_them(word, span):
    text = f"قال {word}، أمس"
    start = text.index(word)
    snapped = snap_to_words(text, start, start + len(word))
    assert text[snapped[0]:snapped[1]] == span
    assert snap_to_words(text, start, start + len(word), proclitics_outside=False) == (start, start + len(word))


def test_a_selection_that_leaves_a_proclitic_out_is_kept_that_way():
    text = "قال ولندن"
    start = text.index("لندن")
    assert snap_to_words(text, start, start + 4) == (start, start + 4)


def test_punctuation_and_spaces_at_the_edges_are_left_out():
    text = "أعلن التحالف الدولي، الخميس."
    start = text.index(" التحالف")
    snapped = snap_to_words(text, start, text.index("الخميس"))
    assert text[snapped[0]:snapped[1]] == "التحالف الدولي"
    assert snap_to_words(text, text.index("،"), text.index("،") + 2) is None


def test_decimal_comma_between_digits_is_inside_the_number():
    text = "ما يقارب 99,5 في المئة، و1,500 شخص"
    start = text.index("99")
    assert snap_to_words(text, start, start + 2) == (start, start + 4)


def test_grapheme_edges_never_cut_marks_or_emoji_modifiers():
    text = "عَلِيٌّ 👍🏽"
    assert grapheme_floor(text, 1) == 0  # the fatha belongs to ع
    assert grapheme_ceil(text, 1) == 2
    thumbs = text.index("👍")
    assert grapheme_ceil(text, thumbs + 1) == len(text)


def test_word_steps_move_one_word_and_never_empty_the_span():
    text = "قال والعراق، بالقاهرة اليوم"
    start, end = text.index("والعراق"), text.index("والعراق") + len("والعراق")
    assert text[slice(*grow_end(text, start, end))] == "والعراق، بالقاهرة"
    wide = grow_end(text, start, end)
    assert shrink_end(text, *wide) == (start, end)
    assert shrink_end(text, start, end) == (start, end)
    assert text[slice(*grow_start(text, start, end))] == "قال والعراق"
    assert text[slice(*shrink_start(text, *wide))] == "بالقاهرة"
