"""Isolating text of one direction inside text of the other."""

from hypothesis import given, strategies as st

from tawsim.text.bidi import FSI, PDI, base_direction, isolate, isolate_runs, mixed, strip_isolates


def test_an_arabic_name_in_an_english_message_is_isolated_and_the_quotes_stay_outside():
    assert isolate_runs("Tagged ORG “التنظيم”; 10 other occurrences") == \
        f"Tagged ORG “{FSI}التنظيم{PDI}”; 10 other occurrences"


def test_each_name_of_an_explanation_is_its_own_run_so_their_order_stays():
    shown = isolate_runs("digits «مليون» + «١٢٠» + currency «دولار»")
    assert shown == f"digits «{FSI}مليون{PDI}» + «{FSI}١٢٠{PDI}» + currency «{FSI}دولار{PDI}»"


def test_words_of_one_name_stay_in_one_run():
    assert isolate_runs("Speaker: المرصد السوري لحقوق الإنسان.") == f"Speaker: {FSI}المرصد السوري لحقوق الإنسان{PDI}."


def test_latin_inside_arabic_is_isolated_with_its_digits_and_the_brackets_outside():
    shown = isolate_runs("المرصد السوري لحقوق الإنسان (ORG, T20)")
    assert shown == f"المرصد السوري لحقوق الإنسان ({FSI}ORG, T20{PDI})"
    assert base_direction(shown) == "R"


def test_text_already_isolated_is_left_alone_and_empty_text_stays_empty():
    already = f"x {isolate('ابc')} y"
    assert isolate_runs(already) == already
    assert isolate("") == "" and isolate_runs("") == ""
    assert base_direction(isolate("abc") + " بيت") == "R"  # the first strong character outside isolates


def test_mixed_isolates_every_argument():
    assert mixed("Tagged {label} “{text}”", label="ORG", text="داعش") == f"Tagged {FSI}ORG{PDI} “{FSI}داعش{PDI}”"


@given(st.text(alphabet="abc ابت«»()+،,.12١٢\u064e"))
def test_isolating_only_adds_controls_and_balances_them(text):
    shown = isolate_runs(text)
    assert strip_isolates(shown) == text
    assert shown.count(FSI) == shown.count(PDI)
    assert isolate_runs(shown) == shown
