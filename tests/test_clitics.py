"""Proclitics: the letters glued before a name stay outside its span."""

import pytest

from tawsim.rules.shared.gazetteer import PhraseMatcher
from tawsim.rules.shared.scanner import find_phrases
from tawsim.text.clitics import glued_prefix, is_definite, lam_form, proclitic_before, readings, strip_proclitic
from tawsim.text.normalize import MatchView


@pytest.mark.parametrize(
    ("text", "start", "expected"),
    [
        ("العراق", 0, ""),
        ("والعراق", 1, "و"),
        ("بالقاهرة", 1, "ب"),
        ("وبالقاهرة", 2, "وب"),
        ("فللتحالف", 2, "فل"),
        ("في العراق", 3, ""),
    ],
)
def test_proclitic_before_a_name(text, start, expected):
    assert proclitic_before(text, start) == expected


def test_letters_that_are_not_a_proclitic_mean_the_hit_is_inside_a_word():
    assert proclitic_before("مالعراق", 2) is None  # "ما" is not a proclitic
    assert glued_prefix("الاستعراق", 6) is None  # far inside a longer word


@pytest.mark.parametrize(
    ("name", "after_lam"),
    [("التحالف", "لتحالف"), ("العراق", "لعراق"), ("اللاذقيه", "لاذقيه"), ("سوريا", None)],
)
def test_lam_form_of_names_with_the_article(name, after_lam):
    assert lam_form(name) == after_lam


def test_strip_proclitic_and_definiteness():
    assert strip_proclitic("وقال") == "قال"
    assert strip_proclitic("بالقاهره") == "القاهره"
    assert strip_proclitic("ال") == "ال"
    assert is_definite("والعراق") and is_definite("للتحالف") and is_definite("القاهره")
    assert not is_definite("سوريا") and not is_definite("لبنان")


def _spans(matcher: PhraseMatcher, original: str) -> list[str]:
    view = MatchView(original)
    found = []
    for hit in find_phrases(matcher, view.text):
        start, end = view.original_span(hit.start, hit.end)
        found.append(original[start:end])
    return found


@pytest.fixture
def matcher() -> PhraseMatcher:
    phrases = PhraseMatcher()
    for name in ("العراق", "القاهرة", "فرانس برس", "التحالف", "سوريا"):
        phrases.add(name, name)
    return phrases


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("زار الوفد سوريا والعراق.", ["سوريا", "العراق"]),
        ("وقال لفرانس برس إن", ["فرانس برس"]),
        ("اجتمعوا بالقاهرة أمس", ["القاهرة"]),
        ("قدم دعماً للعراق", ["لعراق"]),  # ل + ال: the span starts after the first ل
        ("في بيان وللتحالف رأي", ["لتحالف"]),
        ("كالعراق وكالقاهرة", ["العراق", "القاهرة"]),
        ("فبسوريا", ["سوريا"]),
    ],
)
def test_names_behind_proclitics(matcher, sentence, expected):
    assert _spans(matcher, sentence) == expected


def test_no_match_inside_a_longer_word(matcher):
    assert _spans(matcher, "الحدود العراقية والسوريانية") == []
    assert _spans(matcher, "استعراق") == []


def test_lam_form_needs_the_lam_proclitic(matcher):
    # "لعراق" alone or after ب is not ل + العراق
    assert _spans(matcher, "لعراق بلعراق") == []


def test_readings_try_every_proclitic():
    assert readings("وكلا") == {"وكلا", "كلا", "لا"}
    assert readings("سوريا") == {"سوريا"}
