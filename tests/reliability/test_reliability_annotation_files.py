"""Annotation files: damaged JSON gives one clear InputError; what loads is consistent and complete."""

from __future__ import annotations

import json
import os
import re

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from tawsim.core import annotation_file
from tawsim.core.errors import InputError
from tawsim.core.model import CATEGORIES, STATUSES, AnnotationSet, Document

from reliability_support import (
    ARABIC_LETTERS,
    CORPUS,
    assert_clear_error,
    call_isolated,
    span_dict,
    tawsim_file_dict,
)

WHERE = "doc.json"
TEXT = "أعلنت وزارة الصحة في دمشق، الأحد، أن نحو 3400 شخص أصيبوا. وقال المتحدث إن الوضع تحت السيطرة في دمشق."


def names(problems: list[str], identifier: str) -> bool:
    pattern = re.compile(rf"(?<![\w]){re.escape(identifier)}(?![\w])")
    return any(pattern.search(problem) for problem in problems)


def load_or_clear_error(raw: str):
    try:
        loaded = annotation_file.loads(raw, WHERE)
    except InputError as error:
        assert_clear_error(error, WHERE)
        return None
    assert_consistent(loaded, json.loads(raw))
    return loaded


def assert_consistent(loaded, data: dict) -> None:
    """What loaded matches its text, and every change from the file is reported, by id."""
    text = loaded.document.text
    kept = {span.id: span for span in loaded.annotations}
    assert len(kept) == len(loaded.annotations), "duplicate ids survived loading"
    for span in loaded.annotations:
        assert isinstance(span.start, int) and isinstance(span.end, int)
        assert 0 <= span.start < span.end <= len(text)
        assert text[span.start : span.end] == span.text, f"{span.id} does not cover its text"
    for relation in loaded.annotations.relations:
        assert relation.source in kept and relation.target in kept
    for problem in loaded.problems:
        assert isinstance(problem, str) and "\n" not in problem, problem
    first_seen: dict[str, dict] = {}
    for item in data["annotations"]:
        first_seen.setdefault(item["id"], item)
    for span_id, item in first_seen.items():
        if span_id not in kept:
            assert names(loaded.problems, span_id), f"{span_id} dropped silently"
        elif (kept[span_id].start, kept[span_id].end) != (item["start"], item["end"]):
            assert names(loaded.problems, span_id), f"{span_id} moved silently"
    for relation in data["relations"]:
        if relation["id"] not in {r.id for r in loaded.annotations.relations}:
            assert names(loaded.problems, relation["id"]), f"relation {relation['id']} dropped silently"


# -- strategies -----------------------------------------------------------------------------

document_texts = st.text(
    alphabet=st.sampled_from(ARABIC_LETTERS[:12] + "  .،\n0123"), min_size=1, max_size=200
)


# Labels the default schema has, in their categories (others are dropped on load and reported).
SCHEMA_LABELS = [("entity", "LOC"), ("entity", "ORG"), ("entity", "PER"), ("figure", "CARDINAL"), ("claim", "CLAIM")]


@st.composite
def annotation_sets(draw) -> AnnotationSet:
    text = draw(document_texts)
    annotations = AnnotationSet(Document(draw(st.text(max_size=20)), text))
    for _ in range(draw(st.integers(0, 12))):
        start = draw(st.integers(0, len(text) - 1))
        end = draw(st.integers(start + 1, min(len(text), start + 15)))
        category, label = draw(st.sampled_from(SCHEMA_LABELS))
        span = annotations.make_span(
            start, end, category, label,
            status=draw(st.sampled_from(STATUSES)),
            source=draw(st.sampled_from(["manual", "rule:gazetteer", "import:brat"])),
            attrs=draw(st.sampled_from([{}, {"value": 3400, "unit": "people"}, {"note": "تحقق"}])),
        )
        if not any((s.start, s.end, s.label, s.status, s.source, s.attrs) ==
                   (span.start, span.end, span.label, span.status, span.source, span.attrs) for s in annotations):
            annotations.add(span)  # an identical copy but for the id is deduplicated on load
    ids = [span.id for span in annotations]
    if len(ids) >= 2:
        for _ in range(draw(st.integers(0, 3))):
            source, target = draw(st.sampled_from(ids)), draw(st.sampled_from(ids))
            if source != target:  # a span linked to itself is dropped on load
                annotations.link("speaker", source, target)
    return annotations


json_scalars = (
    st.none()
    | st.booleans()
    | st.integers(-(2**70), 2**70)
    | st.floats(allow_nan=False, allow_infinity=False).filter(lambda f: not f.is_integer())
    | st.text(max_size=20)
)
json_values = st.recursive(
    json_scalars,
    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=8), children, max_size=4),
    max_leaves=20,
)


def all_paths(value, prefix=()):
    yield prefix
    if isinstance(value, dict):
        for key, child in value.items():
            yield from all_paths(child, prefix + (key,))
    elif isinstance(value, list):
        for index, child in enumerate(value):
            yield from all_paths(child, prefix + (index,))


def valid_file() -> dict:
    spans = [
        span_dict("T1", TEXT, TEXT.index("وزارة الصحة"), TEXT.index("وزارة الصحة") + 11, "ORG"),
        span_dict("T2", TEXT, TEXT.index("دمشق"), TEXT.index("دمشق") + 4),
        span_dict("T3", TEXT, TEXT.index("نحو"), TEXT.index("شخص") + 3, "CARDINAL", "figure"),
        span_dict("T4", TEXT, TEXT.index("الوضع"), len(TEXT) - 1, "CLAIM", "claim"),
    ]
    return tawsim_file_dict(TEXT, spans, [{"id": "R1", "type": "speaker", "from": "T4", "to": "T1"}])


# -- properties -----------------------------------------------------------------------------

@settings(max_examples=150, deadline=None)
@given(annotations=annotation_sets(), schema_name=st.sampled_from(["default", "مخطط"]))
def test_save_then_load_gives_back_every_span_and_relation(tmp_path_factory, annotations, schema_name):
    path = tmp_path_factory.mktemp("roundtrip") / "file.json"
    annotation_file.save(path, annotations, schema_name)
    loaded = annotation_file.load(path)
    assert loaded.problems == []
    assert loaded.schema_name == schema_name
    assert loaded.document == annotations.document
    assert [s.to_dict() for s in loaded.annotations] == [s.to_dict() for s in annotations]
    assert loaded.annotations.relations == annotations.relations


@settings(max_examples=300, deadline=None)
@given(value=json_values)
def test_any_json_value_is_refused_clearly_or_loads_consistently(value):
    load_or_clear_error(json.dumps(value))


@settings(max_examples=300, deadline=None)
@given(raw=st.text(max_size=300))
def test_any_text_is_refused_clearly_or_loads_consistently(raw):
    try:
        annotation_file.loads(raw, WHERE)
    except InputError as error:
        assert_clear_error(error, WHERE)


@settings(max_examples=400, deadline=None)
@given(data=st.data())
def test_a_file_with_one_field_changed_is_refused_clearly_or_loads_consistently(data):
    document = valid_file()
    path = data.draw(st.sampled_from(list(all_paths(document))[1:]), label="path")
    parent = document
    for key in path[:-1]:
        parent = parent[key]
    if data.draw(st.booleans(), label="delete"):
        del parent[path[-1]]
    else:
        parent[path[-1]] = data.draw(json_values, label="value")
    load_or_clear_error(json.dumps(document, ensure_ascii=False))


@settings(max_examples=200, deadline=None)
@given(data=st.data())
def test_offsets_anywhere_are_refused_or_reanchored_never_misplaced(data):
    document = valid_file()
    for item in document["annotations"]:
        if data.draw(st.booleans()):
            item["start"] = data.draw(st.integers(0, 2 * len(TEXT)), label="start")
        if data.draw(st.booleans()):
            item["end"] = data.draw(st.integers(1, 2 * len(TEXT)), label="end")
    loaded = load_or_clear_error(json.dumps(document, ensure_ascii=False))
    assert loaded is not None, "offsets alone must never make a file unreadable"


def test_every_truncation_of_a_valid_file_is_refused_clearly():
    raw = json.dumps(valid_file(), ensure_ascii=False, indent=1) + "\n"
    for cut in range(0, len(raw.rstrip()), 7):
        with pytest.raises(InputError) as caught:
            annotation_file.loads(raw[:cut], WHERE)
        assert_clear_error(caught.value, WHERE)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_damaged_bytes_on_disk_are_refused_clearly_or_load_consistently(tmp_path, data):
    raw = bytearray(json.dumps(valid_file(), ensure_ascii=False).encode("utf-8"))
    for _ in range(data.draw(st.integers(1, 5), label="damages")):
        raw[data.draw(st.integers(0, len(raw) - 1))] = data.draw(st.integers(0, 255))
    path = tmp_path / "damaged.json"
    path.write_bytes(bytes(raw))
    try:
        loaded = annotation_file.load(path)
    except InputError as error:
        assert_clear_error(error, str(path))
    else:
        assert_consistent(loaded, json.loads(bytes(raw).decode("utf-8-sig")))


# -- re-anchoring after the article text changed --------------------------------------------

@st.composite
def edited_documents(draw):
    words = draw(st.lists(st.text(alphabet=ARABIC_LETTERS[:8], min_size=1, max_size=4), min_size=3, max_size=30))
    old = " ".join(words)
    spans = []
    for number in range(1, draw(st.integers(1, 8)) + 1):
        start = draw(st.integers(0, len(old) - 1))
        end = draw(st.integers(start + 1, min(len(old), start + 10)))
        if all((item["start"], item["end"]) != (start, end) for item in spans):  # else deduplicated
            spans.append(span_dict(f"T{number}", old, start, end))
    new = old
    for _ in range(draw(st.integers(1, 4))):
        position = draw(st.integers(0, len(new)))
        if draw(st.booleans()):
            new = new[:position] + draw(st.text(alphabet=ARABIC_LETTERS[:8] + " ", min_size=1, max_size=8)) + new[position:]
        else:
            new = new[:position] + new[position + draw(st.integers(1, 6)) :]
    assume(new)
    return old, new, spans


def occurrences(text: str, needle: str) -> list[int]:
    found, start = [], text.find(needle)
    while start >= 0:
        found.append(start)
        start = text.find(needle, start + 1)
    return found


@settings(max_examples=300, deadline=None)
@given(case=edited_documents())
def test_changed_text_spans_stay_move_to_their_only_occurrence_or_are_reported(case):
    old, new, spans = case
    loaded = annotation_file.from_json_dict(tawsim_file_dict(new, spans, recorded_text=old), WHERE)
    kept = {span.id: span for span in loaded.annotations}
    if new != old:
        assert any("sha256" in problem for problem in loaded.problems)
    for item in spans:
        span_id, needle = item["id"], item["text"]
        if new[item["start"] : item["end"]] == needle:
            assert (kept[span_id].start, kept[span_id].end) == (item["start"], item["end"])
        elif len(occurrences(new, needle)) == 1:
            assert kept[span_id].start == new.index(needle)
            assert names(loaded.problems, span_id)
        else:
            assert span_id not in kept
            assert names(loaded.problems, span_id)
    for span in loaded.annotations:
        assert new[span.start : span.end] == span.text


def test_an_edited_article_line_added_on_top_moves_unique_spans_and_reports_the_rest():
    document = valid_file()
    document["document"]["text"] = "عاجل\n" + TEXT
    loaded = annotation_file.from_json_dict(document, WHERE)
    kept = {span.id: span for span in loaded.annotations}
    assert kept["T1"].start == TEXT.index("وزارة الصحة") + 5  # unique: moved
    assert "T2" not in kept and names(loaded.problems, "T2")  # "دمشق" occurs twice: reported
    assert all(names(loaded.problems, span_id) for span_id in ("T1", "T3", "T4"))
    assert [r.id for r in loaded.annotations.relations] == ["R1"]


# -- each kind of bad content ------------------------------------------------------------------

def test_out_of_range_and_inverted_offsets_of_an_ambiguous_text_are_reported():
    document = valid_file()
    document["annotations"].append(dict(span_dict("T5", TEXT, 0, 1), start=10_000, end=10_004, text="دمشق"))
    document["annotations"].append(dict(span_dict("T6", TEXT, 0, 1), start=40, end=3, text="في"))
    loaded = load_or_clear_error(json.dumps(document, ensure_ascii=False))
    assert "T5" not in {s.id for s in loaded.annotations} and names(loaded.problems, "T5")
    assert "T6" not in {s.id for s in loaded.annotations} and names(loaded.problems, "T6")


def test_duplicate_ids_keep_the_first_and_report_the_second():
    document = valid_file()
    document["annotations"].append(dict(document["annotations"][1], label="ORG"))
    loaded = load_or_clear_error(json.dumps(document, ensure_ascii=False))
    assert loaded.annotations.get("T2").label == "LOC"
    assert names(loaded.problems, "T2")


def test_identical_spans_but_for_the_id_are_deduplicated_with_one_remark():
    document = valid_file()
    document["annotations"] += [dict(document["annotations"][1], id=f"T{n}") for n in range(100, 20100)]
    loaded = annotation_file.loads(json.dumps(document, ensure_ascii=False))  # 20 ids named, then a count
    assert [s.id for s in loaded.annotations if s.start == document["annotations"][1]["start"]] == ["T2"]
    remarks = [p for p in loaded.problems if "identical" in p]
    assert len(remarks) == 1 and remarks[0].startswith("20000 items") and loaded.changed
    again = dict(document["annotations"][1], id="T9", attrs={"note": "a second look"})  # not identical: kept
    document["annotations"] = document["annotations"][:len(valid_file()["annotations"])] + [again]
    assert "T9" in {s.id for s in load_or_clear_error(json.dumps(document, ensure_ascii=False)).annotations}


def test_the_schema_is_checked_on_load_one_remark_per_kind_and_the_rest_opens():
    document = valid_file()
    first, second = document["annotations"][0], document["annotations"][1]
    extra = [dict(second, id=f"U{n}", label="CITY_OF_MY_OWN") for n in range(5)]
    extra += [dict(second, id="W1", label="CARDINAL")]  # a figure label on an entity
    extra += [dict(first, id="N1", category="figure", label="CARDINAL", attrs={"value": float("nan")}),
              dict(first, id="N2", category="figure", label="MONEY", attrs={"value": float("inf")})]
    document["annotations"] += extra
    document["relations"] += [{"id": "R8", "type": "friend_of", "from": "T1", "to": "T2"},
                              {"id": "R9", "type": "speaker", "from": "T1", "to": "T1"}]
    raw = json.dumps(document, ensure_ascii=False)
    assert "NaN" in raw and "Infinity" in raw
    loaded = load_or_clear_error(raw)
    ids = {s.id for s in loaded.annotations}
    assert not ids & {"U0", "U4", "W1"} and {"T1", "T2", "N1", "N2"} <= ids
    assert loaded.annotations.get("N1").attrs["value"] is None
    assert not {"R8", "R9"} & {r.id for r in loaded.annotations.relations}
    assert [p.split(" (")[0] for p in loaded.problems] == [
        "5 items with a label the schema 'default' does not have; dropped",
        "1 item whose label belongs to another category; dropped",
        "2 items with a NaN or infinite figure value; the value was cleared",
        "1 item of a relation type the schema does not have; dropped",
        "1 item linking an annotation to itself; dropped",
    ]
    saved = annotation_file.dumps(loaded.annotations, loaded.schema_name)
    assert "NaN" not in saved and "Infinity" not in saved


def test_labels_of_a_schema_of_ones_own_are_kept_as_written():
    document = valid_file()
    document["schema"] = "my-schema"
    document["annotations"][1]["label"] = "CITY_OF_MY_OWN"
    loaded = load_or_clear_error(json.dumps(document, ensure_ascii=False))
    assert loaded.annotations.get("T2").label == "CITY_OF_MY_OWN"


def test_relations_to_missing_ids_and_duplicate_relations_are_reported():
    document = valid_file()
    document["relations"] += [
        {"id": "R2", "type": "speaker", "from": "T4", "to": "T77"},
        {"id": "R1", "type": "speaker", "from": "T4", "to": "T2"},
    ]
    loaded = load_or_clear_error(json.dumps(document, ensure_ascii=False))
    assert [(r.id, r.target) for r in loaded.annotations.relations] == [("R1", "T1")]
    assert names(loaded.problems, "R2")


@pytest.mark.parametrize("opening", ["[", '{"a":', '{"format": "tawsim", "document": ['])
def test_json_nested_100000_levels_is_refused_clearly(opening):
    with pytest.raises(InputError) as caught:
        annotation_file.loads(opening * 100_000, WHERE)
    assert_clear_error(caught.value, WHERE)


def test_an_integer_too_long_to_convert_is_refused_clearly():
    raw = json.dumps(valid_file()).replace('"start": ', '"start": 1' + "0" * 5000 + ", \"x\": ", 1)
    with pytest.raises(InputError) as caught:
        annotation_file.loads(raw, WHERE)
    assert_clear_error(caught.value, WHERE)


def test_offsets_written_as_whole_floats_load_as_integers_or_are_refused():
    document = valid_file()
    document["annotations"][1]["start"] = float(document["annotations"][1]["start"])
    document["annotations"][1]["end"] = float(document["annotations"][1]["end"])
    load_or_clear_error(json.dumps(document, ensure_ascii=False))


@pytest.mark.parametrize("field", ["text", "name", "label", "id"])
def test_lone_surrogates_are_refused_clearly(field):
    document = valid_file()
    target = document["document"] if field in ("text", "name") else document["annotations"][0]
    marker = "\udc80"
    target[field] = target[field] + marker if field != "text" else marker + target[field]
    raw = json.dumps(document)  # ASCII escapes, as another tool could write them
    with pytest.raises(InputError) as caught:
        annotation_file.loads(raw, WHERE)
    assert_clear_error(caught.value, WHERE)


def test_rule_and_annotation_text_is_data_never_evaluated(tmp_path):
    sentinel = tmp_path / "pwned"
    payload = f"__import__('pathlib').Path({str(sentinel)!r}).touch()"
    document = valid_file()
    document["annotations"][0]["label"] = payload
    document["annotations"][0]["attrs"] = {"note": payload, "explanation": "{0.__class__}"}
    document["schema"] = payload
    loaded = load_or_clear_error(json.dumps(document, ensure_ascii=False))
    annotation_file.save(tmp_path / "again.json", loaded.annotations, loaded.schema_name)
    assert annotation_file.load(tmp_path / "again.json").annotations.get("T1").label == payload
    assert not sentinel.exists()


# -- files on disk --------------------------------------------------------------------------

def test_missing_file_folder_and_non_utf8_are_clear_errors(tmp_path):
    utf16 = tmp_path / "utf16.json"
    utf16.write_bytes(json.dumps(valid_file()).encode("utf-16"))
    for path in (tmp_path / "absent.json", tmp_path, utf16):
        with pytest.raises(InputError) as caught:
            annotation_file.load(path)
        assert_clear_error(caught.value, str(path))


def test_an_oversized_annotation_file_is_refused_without_reading_it(tmp_path):
    path = tmp_path / "huge.json"
    with open(path, "wb") as stream:
        stream.truncate(annotation_file.MAX_FILE_BYTES + 1)
    with pytest.raises(InputError) as caught:
        annotation_file.load(path)
    assert_clear_error(caught.value, str(path))


@pytest.mark.skipif(os.name != "posix", reason="device files")
def test_an_endless_device_is_refused_not_read_into_memory():
    outcome = call_isolated("tawsim.core.annotation_file.load", "/dev/zero", memory_mb=1024)
    assert outcome["tawsim_error"], outcome


# -- the corpus -----------------------------------------------------------------------------

ANNOTATIONS = CORPUS / "annotations"
EXPECTATIONS = json.loads((ANNOTATIONS / "expectations.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("path", sorted(ANNOTATIONS.glob("ok.*.json")), ids=lambda p: p.name)
def test_corpus_good_files_load_without_problems(path):
    loaded = annotation_file.load(path)
    assert loaded.problems == []
    assert len(loaded.annotations) > 0


@pytest.mark.parametrize("path", sorted(ANNOTATIONS.glob("problems.*.json")), ids=lambda p: p.name)
def test_corpus_damaged_files_load_and_report_by_id(path):
    loaded = annotation_file.load(path)
    assert_consistent(loaded, json.loads(path.read_text(encoding="utf-8")))
    for identifier in EXPECTATIONS[path.name]:
        assert names(loaded.problems, identifier), f"{identifier} not reported: {loaded.problems}"


@pytest.mark.parametrize("path", sorted(ANNOTATIONS.glob("bad.*.json")), ids=lambda p: p.name)
def test_corpus_bad_files_are_refused_clearly(path):
    with pytest.raises(InputError) as caught:
        annotation_file.load(path)
    assert_clear_error(caught.value, str(path))
