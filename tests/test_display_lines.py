"""A very long paragraph is broken for display at spaces only, so every offset stays the same."""

from hypothesis import given, settings
from hypothesis import strategies as st

from tawsim.text.display_lines import LONGEST_LINE, PIECE, display_text


def test_short_articles_and_ordinary_paragraphs_are_shown_as_they_are():
    text = ("جملة عادية في خبر قصير. " * 100 + "\n") * 5
    assert all(len(p) <= LONGEST_LINE for p in text.split("\n"))
    assert display_text(text) == text


def test_a_long_line_breaks_after_sentence_ends_when_there_are_some():
    sentence = "قال الوزير إن الموازنة سترتفع العام المقبل. "
    line = sentence * 400
    shown = display_text(line)
    assert len(shown) == len(line)
    pieces = shown.split("\n")
    assert len(pieces) > 1 and all(len(p) <= LONGEST_LINE for p in pieces)
    assert all(p.endswith(".") for p in pieces[:-1])
    assert all(len(p) >= PIECE for p in pieces[:-1])


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(["كلمة", "word", "١٢٣", ".", "؟", "\n", "  ", "،", "x" * 50]), min_size=1, max_size=600))
def test_only_spaces_become_line_breaks_and_the_length_never_changes(parts):
    text = " ".join(parts) * 3
    shown = display_text(text)
    assert len(shown) == len(text)
    for original, displayed in zip(text, shown):
        assert displayed == original or (original == " " and displayed == "\n")
    longest_without_space = max((len(run) for run in text.replace("\n", " ").split(" ")), default=0)
    if longest_without_space < PIECE:
        assert all(len(p) <= LONGEST_LINE for p in shown.split("\n"))
