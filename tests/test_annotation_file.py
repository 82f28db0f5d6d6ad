import json

import pytest

from tawsim.core import annotation_file
from tawsim.core.atomic import backup_path
from tawsim.core.errors import InputError
from tawsim.core.jsonschemas import validate
from tawsim.core.model import AnnotationSet, Document

TEXT = "وقال المتحدث باسم الوزارة أحمد سعيد إن 12 شخصاً قتلوا في 😀 بَلدة الـقصير."


def sample() -> AnnotationSet:
    annotations = AnnotationSet(Document("sample.txt", TEXT))

    def add(words, category, label, **kwargs):
        start = TEXT.index(words)
        span = annotations.make_span(start, start + len(words), category, label, **kwargs)
        annotations.add(span)
        return span

    person = add("أحمد سعيد", "entity", "PER", status="accepted")
    add("12 شخصاً", "figure", "CARDINAL", attrs={"value": 12, "unit": "people", "qualifier": None})
    add("الـقصير", "entity", "LOC", source="rule:gazetteer:places", status="rejected")
    claim = add("12 شخصاً قتلوا في 😀 بَلدة الـقصير", "claim", "CLAIM")
    annotations.link("speaker", claim.id, person.id)
    return annotations


def test_round_trip_keeps_everything(tmp_path):
    original = sample()
    path = tmp_path / "sample.json"
    annotation_file.save(path, original)
    loaded = annotation_file.load(path)
    assert loaded.problems == []
    assert loaded.document == original.document
    assert [s.to_dict() for s in loaded.annotations] == [s.to_dict() for s in original]
    assert loaded.annotations.relations == original.relations
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["format"] == "tawsim" and data["version"] == 1
    assert data["document"]["sha256"] == original.document.sha256
    validate(data, "tawsim-file.schema.json", str(path))


def test_a_second_save_keeps_a_backup_of_the_first(tmp_path):
    path = tmp_path / "sample.json"
    annotations = sample()
    annotation_file.save(path, annotations)
    first = path.read_bytes()
    annotations.update(annotations[1].id, status="accepted")
    annotation_file.save(path, annotations)
    assert backup_path(path).read_bytes() == first
    assert path.read_bytes() != first


def test_schema_violations_are_reported_with_their_place():
    data = annotation_file.to_json_dict(sample())
    data["annotations"][1]["status"] = "maybe"
    with pytest.raises(InputError, match="annotations/1/status"):
        annotation_file.from_json_dict(data, "f.json")
    with pytest.raises(InputError, match="not valid JSON .* column 22"):
        annotation_file.loads('{"format": "tawsim", ', "f.json")
    with pytest.raises(InputError, match="not a Tawsim"):
        annotation_file.from_json_dict({"format": "brat"}, "f.json")


def test_changed_text_is_detected_and_spans_re_anchored_or_reported():
    data = annotation_file.to_json_dict(sample())
    data["document"]["text"] = "خبر عاجل: " + TEXT.replace("12 شخصاً", "13 شخصاً")
    loaded = annotation_file.from_json_dict(data, "f.json")
    text = loaded.document.text
    assert any("sha256" in problem for problem in loaded.problems)
    for span in loaded.annotations:
        assert text[span.start : span.end] == span.text  # nothing silently shifted
    kept = {s.text for s in loaded.annotations}
    assert "أحمد سعيد" in kept and "الـقصير" in kept
    assert "12 شخصاً" not in kept  # its text is gone: reported, not kept at a wrong place
    assert any("12 شخصاً" in problem and "dropped" in problem for problem in loaded.problems)
    assert loaded.annotations.relations == []  # the claim text changed too, so its relation went


def test_offsets_of_spans_after_an_emoji_are_code_points(tmp_path):
    path = tmp_path / "emoji.json"
    annotation_file.save(path, sample())
    loaded = annotation_file.load(path)
    place = next(s for s in loaded.annotations if s.label == "LOC")
    assert TEXT[place.start : place.end] == "الـقصير"
    assert place.start == TEXT.index("الـقصير")


def test_file_that_is_not_utf8_is_refused(tmp_path):
    path = tmp_path / "bad.json"
    path.write_bytes(b'{"format": "\xff"}')
    with pytest.raises(InputError, match="not UTF-8"):
        annotation_file.load(path)


def test_annotations_go_onto_a_changed_article_text_with_a_report(tmp_path):
    path = tmp_path / "sample.json"
    annotation_file.save(path, sample())
    loaded = annotation_file.load(path)
    new_text = "تحديث: " + TEXT.replace("12 شخصاً", "15 شخصاً")
    moved = annotation_file.onto_text(loaded, new_text)
    assert moved.document.text == new_text and moved.document.name == "sample.txt"
    for span in moved.annotations:
        assert new_text[span.start : span.end] == span.text
    assert {s.text for s in moved.annotations} == {"أحمد سعيد", "الـقصير"}
    assert any("changed" in p for p in moved.problems)
    assert any("12 شخصاً" in p for p in moved.problems)
    assert loaded.annotations[0].start == TEXT.index("أحمد سعيد")  # the loaded set is untouched
    assert annotation_file.onto_text(loaded, TEXT) is loaded


def test_reanchoring_through_a_diff_keeps_repeated_text_and_reports_what_it_cannot_map():
    from tawsim.core.anchoring import reanchor
    from tawsim.core.model import Span

    old = "Paris met Paris.\nRome and Rome.\nOslo is Oslo.\n"
    new = "HEADLINE\nParis met Paris!\nRome and Rome.\nOslo is Oslo.\n"
    spans = [Span(f"T{i}", start, start + len(word), word, "entity", "LOC")
             for i, (word, start) in enumerate([("Paris", 0), ("Paris", 10), ("Rome", 17), ("Rome", 26), ("Oslo", 32), ("Oslo", 40)])]
    kept, report = reanchor([Span(**vars(s)) for s in spans], new, old)
    assert [(s.id, s.start) for s in kept] == [(s.id, s.start + 9) for s in spans]
    assert report.changed and not report.lost
    for s in kept:
        assert new[s.start:s.end] == s.text
    # A repeated word whose stretch is rewritten cannot be mapped and is not unique: dropped, reported.
    rewritten = "Rome and Rome.\nOslo is Oslo.\nParis? Paris?\n"
    kept, report = reanchor([Span(**vars(s)) for s in spans], rewritten, old)
    assert {s.id for s in report.lost} == {"T0", "T1"}
    assert all(rewritten[s.start:s.end] == s.text for s in kept) and len(kept) == 4
