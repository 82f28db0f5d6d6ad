"""Scoring against a gold set, on small hand-made annotation sets."""

from __future__ import annotations

import pytest

from tawsim.core.model import AnnotationSet, Document, Span
from tawsim.evaluation import (
    CLAIM,
    CLAIM_SPEAKER,
    ENTITY,
    FIGURE,
    FIGURE_ALL,
    FIGURE_SPAN,
    Score,
    combine,
    evaluate,
)

# علي and علی (Persian yeh) are the same name written two ways.
TEXT = (
    "قال علي حسن في حلب إن أكثر من 37 ألف شخص فروا من المدينة. "
    "وأكد علی أن الوضع صعب جداً في حلب وبدمشق."
)
DOCUMENT = Document("test.txt", TEXT)


def where(piece: str, occurrence: int = 1) -> tuple[int, int]:
    start = -1
    for _ in range(occurrence):
        start = TEXT.index(piece, start + 1)
    return start, start + len(piece)


def add(annotations: AnnotationSet, category, label, piece, occurrence=1, **fields) -> Span:
    start, end = where(piece, occurrence)
    span = annotations.make_span(start, end, category, label, **fields)
    annotations.add(span)
    return span


def gold_set() -> AnnotationSet:
    gold = AnnotationSet(DOCUMENT)
    ali = add(gold, "entity", "PER", "علي حسن", status="accepted")
    add(gold, "entity", "LOC", "حلب", 1, status="accepted")
    ali_again = add(gold, "entity", "PER", "علی", status="accepted")
    add(gold, "entity", "LOC", "حلب", 2, status="accepted")
    add(gold, "entity", "LOC", "دمشق", status="accepted")
    add(
        gold, "figure", "CARDINAL", "أكثر من 37 ألف شخص", status="accepted",
        attrs={"value": 37000, "unit": "people", "qualifier": "more_than"},
    )
    first = add(gold, "claim", "CLAIM", "أكثر من 37 ألف شخص فروا من المدينة", status="accepted")
    second = add(gold, "claim", "CLAIM", "الوضع صعب جداً في حلب وبدمشق", status="accepted")
    gold.link("speaker", first.id, ali.id)
    gold.link("speaker", second.id, ali_again.id)
    return gold


def copy_of(annotations: AnnotationSet) -> AnnotationSet:
    """The same spans and relations, as a prediction would have them."""
    copy = AnnotationSet(annotations.document)
    for span in annotations:
        copy.add(Span.from_dict({**span.to_dict(), "status": "suggested", "source": "rule:x"}))
    for relation in annotations.relations:
        copy.add_relation(relation)
    return copy


def test_a_perfect_prediction_scores_one_everywhere():
    report = evaluate(copy_of(gold_set()), gold_set())
    for row in (ENTITY, FIGURE, FIGURE_SPAN, FIGURE_ALL, CLAIM, CLAIM_SPEAKER):
        assert report.score(row).precision == 1.0 and report.score(row).recall == 1.0, row
    assert report.entities == Score(gold=5, predicted=5, right=5)
    assert report.misses == report.false_alarms == report.partly_right == []


def test_entity_misses_and_false_alarms_are_counted_and_listed():
    predicted = AnnotationSet(DOCUMENT)
    add(predicted, "entity", "PER", "علي حسن")
    add(predicted, "entity", "LOC", "حلب", 1)
    add(predicted, "entity", "LOC", "المدينة")
    report = evaluate(predicted, gold_set())
    assert report.entities == Score(gold=5, predicted=3, right=2)
    assert report.entities.precision == pytest.approx(2 / 3)
    assert report.entities.recall == pytest.approx(2 / 5)
    assert report.label_score("entity", "LOC") == Score(gold=3, predicted=2, right=1)
    assert report.label_score("entity", "PER") == Score(gold=2, predicted=1, right=1)
    assert [f.text for f in report.false_alarms if f.category == "entity"] == ["المدينة"]
    assert [f.text for f in report.misses if f.category == "entity"] == ["علی", "حلب", "دمشق"]


def test_an_entity_with_its_proclitic_inside_is_not_a_match():
    predicted = AnnotationSet(DOCUMENT)
    add(predicted, "entity", "LOC", "بدمشق")
    report = evaluate(predicted, gold_set())
    assert report.entities == Score(gold=5, predicted=1, right=0)
    assert [f.text for f in report.false_alarms] == ["بدمشق"]
    assert "دمشق" in [f.text for f in report.misses]


def test_a_wrong_label_on_the_right_offsets_is_partly_right_and_counted_wrong():
    predicted = AnnotationSet(DOCUMENT)
    add(predicted, "entity", "ORG", "علي حسن")
    report = evaluate(predicted, gold_set())
    assert report.entities.right == 0
    assert report.label_score("entity", "ORG") == Score(gold=0, predicted=1, right=0)
    assert report.label_score("entity", "PER") == Score(gold=2, predicted=0, right=0)
    assert len(report.partly_right) == 1
    assert "label ORG, gold PER" in report.partly_right[0].detail
    assert "علي حسن" not in [f.text for f in report.misses + report.false_alarms]


def test_a_rejected_prediction_does_not_count():
    predicted = AnnotationSet(DOCUMENT)
    add(predicted, "entity", "LOC", "المدينة", status="rejected")
    add(predicted, "entity", "LOC", "دمشق")
    report = evaluate(predicted, gold_set())
    assert report.entities == Score(gold=5, predicted=1, right=1)
    assert report.false_alarms == []


def test_a_duplicate_prediction_matches_once():
    predicted = AnnotationSet(DOCUMENT)
    add(predicted, "entity", "LOC", "دمشق")
    add(predicted, "entity", "LOC", "دمشق")
    report = evaluate(predicted, gold_set())
    assert report.entities == Score(gold=5, predicted=2, right=1)


def figure_prediction(value, unit="people", qualifier="more_than", piece="أكثر من 37 ألف شخص"):
    predicted = AnnotationSet(DOCUMENT)
    attrs = {"value": value, "unit": unit, "qualifier": qualifier}
    add(predicted, "figure", "CARDINAL", piece, attrs=attrs)
    return evaluate(predicted, gold_set())


def test_a_figure_must_have_the_right_value():
    report = figure_prediction(37)
    assert report.figures == Score(gold=1, predicted=1, right=0)
    assert report.figures_ignoring_value == Score(gold=1, predicted=1, right=1)
    assert "value 37, gold 37000" in report.partly_right[0].detail


def test_a_figure_value_within_the_relative_tolerance_is_right():
    assert figure_prediction(37000 * (1 + 1e-12)).figures.right == 1
    assert figure_prediction(37000.0).figures.right == 1
    assert figure_prediction(37000 * (1 + 1e-6)).figures.right == 0
    assert figure_prediction(None).figures.right == 0


def test_unit_and_qualifier_are_scored_apart_from_the_value():
    report = figure_prediction(37000, unit=None, qualifier="about")
    assert report.figures.right == 1
    assert report.score(FIGURE_ALL).right == 0
    assert "unit None, gold 'people'" in report.partly_right[0].detail


def test_a_figure_with_other_offsets_is_a_miss_and_a_false_alarm():
    report = figure_prediction(37000, piece="37 ألف شخص")
    assert report.figures == Score(gold=1, predicted=1, right=0)
    assert report.figures_ignoring_value.right == 0
    assert [f.text for f in report.misses if f.category == "figure"] == ["أكثر من 37 ألف شخص"]
    assert [f.text for f in report.false_alarms] == ["37 ألف شخص"]


def claim_prediction(start_delta=0, end_delta=0, speaker=("علي حسن", 1), claim=1):
    """The gold claim number `claim`, its edges moved, said by the entity `speaker` (or None)."""
    gold = gold_set()
    gold_claim = gold.with_category("claim")[claim - 1]
    predicted = AnnotationSet(DOCUMENT)
    span = predicted.make_span(
        gold_claim.start + start_delta, gold_claim.end + end_delta, "claim", "CLAIM"
    )
    predicted.add(span)
    if speaker is not None:
        who = add(predicted, "entity", "PER", *speaker)
        predicted.link("speaker", span.id, who.id)
    return evaluate(predicted, gold)


def test_claims_match_when_they_overlap_by_at_least_half_their_union():
    assert claim_prediction(start_delta=3).claims.right == 1
    assert claim_prediction(end_delta=1).claims.right == 1  # the full stop taken in
    length = len("أكثر من 37 ألف شخص فروا من المدينة")
    shift = 2 * length // 3
    far = claim_prediction(start_delta=shift, end_delta=shift)
    assert far.claims == Score(gold=2, predicted=1, right=0)
    expected = (length - shift) / (length + shift)
    assert f"best overlap {expected:.2f}" in far.false_alarms[0].detail
    assert len([f for f in far.misses if f.category == "claim"]) == 2


def test_a_claim_twice_as_long_as_the_gold_one_is_just_enough():
    length = len("الوضع صعب جداً في حلب وبدمشق")
    exactly_half = claim_prediction(claim=2, start_delta=-length, speaker=None)
    assert exactly_half.claims.right == 1
    under_half = claim_prediction(claim=2, start_delta=-length - 1, speaker=None)
    assert under_half.claims.right == 0


def test_a_claim_said_by_the_gold_speaker_is_right():
    report = claim_prediction(speaker=("علي حسن", 1))
    assert report.claims_with_speaker == Score(gold=2, predicted=1, right=1)


def test_a_speaker_overlapping_the_gold_speaker_is_right():
    report = claim_prediction(speaker=("علي", 1))  # part of علي حسن
    assert report.claims_with_speaker.right == 1


def test_a_speaker_at_another_mention_of_the_same_name_is_right():
    # gold: the second claim is said by علی (Persian yeh); the prediction names علي of علي حسن,
    # which does not overlap علی but has the same normalised text.
    report = claim_prediction(claim=2, speaker=("علي", 1))
    assert report.claims_with_speaker.right == 1


def test_a_speaker_overlapping_a_mention_with_the_gold_speakers_name_is_right():
    # "علی أن" overlaps the gold entity علی though its own text differs.
    report = claim_prediction(claim=2, speaker=("علی أن", 1))
    assert report.claims_with_speaker.right == 1


def test_a_wrong_or_missing_speaker_is_wrong():
    wrong = claim_prediction(speaker=("حلب", 1))
    assert wrong.claims.right == 1
    assert wrong.claims_with_speaker == Score(gold=2, predicted=1, right=0)
    [finding] = [f for f in wrong.partly_right if f.category == "claim"]
    assert "speaker «حلب»" in finding.detail and "gold «علي حسن»" in finding.detail
    missing = claim_prediction(speaker=None)
    assert missing.claims.right == 1 and missing.claims_with_speaker.right == 0


def test_two_predicted_claims_on_one_gold_claim_match_once():
    gold = gold_set()
    gold_claim = gold.with_category("claim")[0]
    predicted = AnnotationSet(DOCUMENT)
    predicted.add(predicted.make_span(gold_claim.start, gold_claim.end, "claim", "CLAIM"))
    predicted.add(predicted.make_span(gold_claim.start + 2, gold_claim.end, "claim", "CLAIM"))
    report = evaluate(predicted, gold)
    assert report.claims == Score(gold=2, predicted=2, right=1)
    [extra] = report.false_alarms
    assert (extra.start, extra.end) == (gold_claim.start + 2, gold_claim.end)


def test_empty_sides():
    empty = AnnotationSet(DOCUMENT)
    both_empty = evaluate(empty, AnnotationSet(DOCUMENT))
    assert both_empty.entities.precision == both_empty.entities.recall == 1.0
    nothing_found = evaluate(empty, gold_set())
    assert nothing_found.entities.precision == 0.0 and nothing_found.entities.recall == 0.0
    assert nothing_found.entities.f1 == 0.0


def test_combine_sums_the_counts_and_names_the_article():
    first = evaluate(copy_of(gold_set()), gold_set(), name="a")
    second = evaluate(AnnotationSet(DOCUMENT), gold_set(), name="b")
    total = combine([first, second])
    assert total.entities == Score(gold=10, predicted=5, right=5)
    assert total.claims_with_speaker == Score(gold=4, predicted=2, right=2)
    assert all(f.article == "b" for f in total.misses)
    assert len(total.misses) == 5 + 1 + 2


def test_format_shows_the_table_and_the_spans_to_look_at():
    predicted = AnnotationSet(DOCUMENT)
    add(predicted, "entity", "LOC", "المدينة")
    text = evaluate(predicted, gold_set(), name="sample").format()
    assert text.splitlines()[0] == "== sample"
    assert "entity" in text and "claim with right speaker" in text and "  PER" in text
    assert "missed (in the gold, not found): " in text and "«دمشق»" in text
    assert "false alarms (found, not in the gold): 1" in text and "«المدينة»" in text
    assert "missed" not in evaluate(copy_of(gold_set()), gold_set()).format()


def test_different_texts_cannot_be_compared():
    other = AnnotationSet(Document("other.txt", TEXT + " "))
    with pytest.raises(ValueError):
        evaluate(other, gold_set())
