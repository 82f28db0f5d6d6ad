import pytest

from tawsim.core.model import AnnotationError, AnnotationSet, Document, Relation, Span

TEXT = "قال الرئيس محمد علي إن 40 في المئة من سكان بلدة الباغوز غادروا."


@pytest.fixture
def annotations() -> AnnotationSet:
    return AnnotationSet(Document("test", TEXT))


def span_over(annotations, words, category, label, **kwargs):
    start = TEXT.index(words)
    span = annotations.make_span(start, start + len(words), category, label, **kwargs)
    annotations.add(span)
    return span


def test_spans_nest_and_overlap_and_are_found_by_position(annotations):
    claim = span_over(annotations, "40 في المئة من سكان بلدة الباغوز غادروا", "claim", "CLAIM")
    figure = span_over(annotations, "40 في المئة", "figure", "PERCENT", attrs={"value": 40})
    place = span_over(annotations, "الباغوز", "entity", "LOC")
    town = span_over(annotations, "بلدة الباغوز", "entity", "LOC")  # overlaps `place`

    inside_place = TEXT.index("الباغوز") + 2
    assert [s.id for s in annotations.at(inside_place)] == [claim.id, town.id, place.id]
    assert [s.id for s in annotations.at(TEXT.index("40"))] == [claim.id, figure.id]
    assert annotations.at(0) == []
    found = annotations.in_range(TEXT.index("سكان"), TEXT.index("الباغوز") + 1)
    assert {s.id for s in found} == {claim.id, town.id, place.id}


def test_span_text_is_the_covered_text_and_ids_are_unique(annotations):
    first = span_over(annotations, "محمد علي", "entity", "PER")
    second = span_over(annotations, "الباغوز", "entity", "LOC")
    assert first.text == "محمد علي"
    assert first.id != second.id
    with pytest.raises(AnnotationError):
        annotations.add(first)


def test_bad_offsets_are_refused(annotations):
    for start, end in [(-1, 3), (5, 5), (7, 3), (0, len(TEXT) + 1)]:
        with pytest.raises(AnnotationError):
            annotations.make_span(start, end, "entity", "PER")
    span = annotations.make_span(0, 3, "entity", "PER")
    span.text = "غير"
    with pytest.raises(AnnotationError, match="says"):
        annotations.add(span)


def test_status_changes_and_queries(annotations):
    person = span_over(annotations, "محمد علي", "entity", "PER", source="rule:test")
    place = span_over(annotations, "الباغوز", "entity", "LOC", source="rule:test")
    figure = span_over(annotations, "40 في المئة", "figure", "PERCENT")
    assert {s.id for s in annotations.with_status("suggested")} == {person.id, place.id, figure.id}

    old = annotations.update(person.id, status="accepted")
    assert old == {"status": "suggested"}
    annotations.update(place.id, status="rejected")
    assert [s.id for s in annotations.with_status("accepted")] == [person.id]
    assert [s.id for s in annotations.with_status("rejected")] == [place.id]
    assert [s.id for s in annotations.with_category("figure")] == [figure.id]

    annotations.update(person.id, **old)
    assert person.status == "suggested"
    with pytest.raises(AnnotationError):
        annotations.update(person.id, status="maybe")


def test_relabel_and_move_bounds_keep_text_and_index(annotations):
    span = span_over(annotations, "بلدة الباغوز", "entity", "ORG")
    old = annotations.update(span.id, label="LOC", start=TEXT.index("الباغوز"))
    assert span.label == "LOC" and span.text == "الباغوز"
    assert annotations.at(TEXT.index("بلدة")) == []
    annotations.update(span.id, **old)
    assert span.text == "بلدة الباغوز" and span.label == "ORG"
    assert annotations.at(TEXT.index("بلدة")) == [span]


def test_remove_and_restore_brings_back_row_and_relations(annotations):
    speaker = span_over(annotations, "محمد علي", "entity", "PER")
    claim = span_over(annotations, "40 في المئة من سكان بلدة الباغوز غادروا", "claim", "CLAIM")
    relation = annotations.link("speaker", claim.id, speaker.id)
    assert annotations.speaker_of(claim.id) is speaker

    row, removed, dropped = annotations.remove(speaker.id)
    assert row == 0 and removed is speaker and dropped == [relation]
    assert annotations.relations == [] and speaker.id not in annotations

    annotations.restore(row, removed, dropped)
    assert annotations[0] is speaker
    assert annotations.relations == [relation]


def test_every_change_is_announced(annotations):
    events = []
    annotations.inserted.connect(lambda row, span: events.append(("inserted", row, span.id)))
    annotations.removed.connect(lambda row, span: events.append(("removed", row, span.id)))
    annotations.changed.connect(lambda row, span: events.append(("changed", row, span.id)))
    annotations.relation_added.connect(lambda r: events.append(("relation+", r.id)))
    annotations.relation_removed.connect(lambda r: events.append(("relation-", r.id)))

    person = span_over(annotations, "محمد علي", "entity", "PER")
    claim = span_over(annotations, "الباغوز غادروا", "claim", "CLAIM")
    annotations.update(person.id, status="accepted")
    relation = annotations.link("speaker", claim.id, person.id)
    annotations.remove(person.id)
    assert events == [
        ("inserted", 0, person.id),
        ("inserted", 1, claim.id),
        ("changed", 0, person.id),
        ("relation+", relation.id),
        ("relation-", relation.id),
        ("removed", 0, person.id),
    ]


def test_relations_need_both_ends(annotations):
    person = span_over(annotations, "محمد علي", "entity", "PER")
    with pytest.raises(AnnotationError):
        annotations.add_relation(Relation("R1", "speaker", "missing", person.id))


def test_update_many_returns_what_undoes_it(annotations):
    spans = [span_over(annotations, w, "entity", "LOC") for w in ("الباغوز", "محمد")]
    old = annotations.update_many({s.id: {"status": "accepted"} for s in spans})
    assert all(s.status == "accepted" for s in spans)
    annotations.update_many(old)
    assert all(s.status == "suggested" for s in spans)


def test_add_many_indexes_like_add_and_refuses_a_bad_batch_whole(annotations):
    events = []
    annotations.inserted.connect(lambda row, span: events.append((row, span.id)))
    first = span_over(annotations, "محمد علي", "entity", "PER")
    ids = annotations.new_span_ids(2)
    assert first.id not in ids and len(set(ids)) == 2
    place_start, figure_start = TEXT.index("الباغوز"), TEXT.index("40")
    batch = [
        Span(ids[0], place_start, place_start + 7, "الباغوز", "entity", "LOC"),
        Span(ids[1], figure_start, figure_start + 11, "40 في المئة", "figure", "PERCENT"),
    ]
    annotations.add_many(batch)
    assert events == [(0, first.id), (1, ids[0]), (2, ids[1])]
    assert [s.id for s in annotations.sorted_spans()] == [first.id, ids[1], ids[0]]
    assert annotations.at(place_start + 1) == [batch[0]]

    clash = [Span("X1", 0, 3, TEXT[0:3], "entity", "PER"), Span("X1", 4, 7, TEXT[4:7], "entity", "PER")]
    with pytest.raises(AnnotationError):
        annotations.add_many(clash)
    assert len(annotations) == 3 and "X1" not in annotations
