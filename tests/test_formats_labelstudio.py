from __future__ import annotations

import json

import pytest
from test_formats_common import PREFIX, relation_tuples, sample_annotations, span_tuples

from tawsim.core.errors import InputError
from tawsim.core.model import AnnotationSet, Document
from tawsim.core.schema import load_schema
from tawsim.core.textio import decode_article
from tawsim.formats import ExportOptions, get_format
from tawsim.formats.common import ImportOptions

LABEL_STUDIO = get_format("labelstudio")


def javascript_slice(text: str, start: int, end: int) -> str:
    return text.encode("utf-16-le")[2 * start : 2 * end].decode("utf-16-le")


def export_tasks(annotations, include_suggested=True, offsets=None):
    return json.loads(LABEL_STUDIO.export(annotations, ExportOptions(include_suggested, offsets))[".json"])


def regions(entry):
    return [r for r in entry["result"] if r["type"] == "labels"]


def test_accepted_go_to_annotations_and_pending_to_predictions():
    annotations = sample_annotations()
    [task] = export_tasks(annotations)
    accepted = {r["value"]["text"] for r in regions(task["annotations"][0])}
    predicted = {r["value"]["text"] for r in regions(task["predictions"][0])}
    assert accepted == {s.text for s in annotations.with_status("accepted")}
    # the pending quote's speaker (accepted) is repeated so its link can be drawn
    assert predicted == {s.text for s in annotations.with_status("suggested")} | {"كریستوفر كیكا"}
    assert "داعش" not in accepted | predicted  # rejected
    [task_without] = export_tasks(annotations, include_suggested=False)
    assert task_without["predictions"] == []


def test_offsets_are_code_points_by_default_as_current_label_studio_counts():
    # Label Studio's own e2e test (web/libs/editor/tests/integration/e2e/ner/emoji.cy.ts) expects
    # "test" in this text at 21-25: code points, the emoji counting one.
    from tawsim.core.model import AnnotationSet, Document

    text = "🐱 Warning: This is a test text"
    annotations = AnnotationSet(Document("emoji.txt", text))
    annotations.add(annotations.make_span(21, 25, "entity", "ORG", status="accepted"))
    [task] = export_tasks(annotations)
    [region] = regions(task["annotations"][0])
    assert (region["value"]["start"], region["value"]["end"], region["value"]["text"]) == (21, 25, "test")
    [task] = export_tasks(annotations, offsets="utf16")
    assert regions(task["annotations"][0])[0]["value"]["start"] == 22


@pytest.mark.parametrize("offsets", [None, "utf16"])
def test_offsets_after_an_emoji_and_tashkeel_in_either_unit(tmp_path, offsets):
    annotations = sample_annotations()
    [task] = export_tasks(annotations, offsets=offsets)
    text = task["data"]["text"]
    assert text.startswith(PREFIX)
    cut = javascript_slice if offsets == "utf16" else (lambda t, a, b: t[a:b])
    other = (lambda t, a, b: t[a:b]) if offsets == "utf16" else javascript_slice
    for entry in task["annotations"] + task["predictions"]:
        for region in regions(entry):
            value = region["value"]
            assert cut(text, value["start"], value["end"]) == value["text"]
            assert other(text, value["start"], value["end"]) != value["text"]  # the other unit is off
    path = tmp_path / "tasks.json"
    path.write_text(json.dumps([task], ensure_ascii=False), encoding="utf-8")
    for value in (r["value"] for e in task["annotations"] for r in regions(e)):
        del value["text"]  # no text to check against: the declared unit alone decides
    path.write_text(json.dumps([task], ensure_ascii=False), encoding="utf-8")
    [back] = LABEL_STUDIO.import_file(path, load_schema(), ImportOptions(offsets=offsets or "codepoints"))
    assert span_tuples(back, ("accepted",)) == span_tuples(annotations, ("accepted",))


def test_every_task_has_a_stable_id_and_learned_predictions_a_score():
    annotations = sample_annotations()
    first, again = export_tasks(annotations)[0], export_tasks(annotations)[0]
    assert isinstance(first["id"], int) and first["id"] == again["id"] and 0 < first["id"] < 2**53
    from tawsim.core.model import AnnotationSet, Document

    other = AnnotationSet(Document("other.txt", annotations.document.text + " "))
    assert export_tasks(other)[0]["id"] != first["id"]
    learned = AnnotationSet(Document("l.txt", "قال كيكا"))
    learned.add(learned.make_span(4, 8, "entity", "PER", source="model:crf", attrs={"confidence": 0.8}))
    [prediction] = export_tasks(learned)[0]["predictions"]
    assert prediction["score"] == 0.8 and prediction["result"][0]["score"] == 0.8


def test_relations_point_from_claim_to_speaker():
    [task] = export_tasks(sample_annotations())
    result = task["annotations"][0]["result"]
    by_id = {r["id"]: r for r in result if r["type"] == "labels"}
    [link] = [r for r in result if r["type"] == "relation"]
    assert by_id[link["from_id"]]["value"]["labels"] == ["CLAIM"]
    assert by_id[link["to_id"]]["value"]["text"] == "التحالف الدولي"
    assert link["labels"] == ["speaker"]


def test_round_trip(tmp_path):
    annotations = sample_annotations()
    path = tmp_path / "tasks.json"
    path.write_bytes(LABEL_STUDIO.export(annotations, ExportOptions(include_suggested=True))[".json"])
    [back] = LABEL_STUDIO.import_file(path, load_schema())
    assert span_tuples(back, ("accepted",)) == span_tuples(annotations, ("accepted",))
    assert span_tuples(back, ("suggested",)) == span_tuples(annotations, ("suggested",))
    assert relation_tuples(back) == relation_tuples(annotations)
    figure = next(s for s in back if s.text == "أقل من واحد في المئة")
    assert figure.attrs == {"value": 1, "unit": "percent", "qualifier": "less_than"}


def test_joined_tasks_and_code_point_offsets_from_other_versions(tmp_path):
    part = LABEL_STUDIO.export(sample_annotations(), ExportOptions())[".json"]
    tasks = json.loads(LABEL_STUDIO.join([part, part]))
    assert len(tasks) == 2
    for region in regions(tasks[1]["annotations"][0]):  # rewrite as UTF-16 units, as older versions wrote
        value = region["value"]
        value["start"] += 1
        value["end"] += 1
    path = tmp_path / "mixed.json"
    path.write_text(json.dumps(tasks, ensure_ascii=False), encoding="utf-8")
    first, second = LABEL_STUDIO.import_file(path, load_schema())
    assert span_tuples(first) == span_tuples(second)
    assert second.document.name == "seed.txt-2"


def foreign_task(**value_changes):
    value = {"start": 6, "end": 10, "text": "كيكا", "labels": ["PER"], **value_changes}
    return [{"data": {"text": "👍 قال كيكا"}, "annotations": [
        {"result": [{"id": "a", "from_name": "label", "to_name": "text", "type": "labels", "value": value}]}
    ]}]


@pytest.mark.parametrize(
    "tasks, message",
    [
        (foreign_task(start=7, end=99, text="x"), r"task 1, annotations result 1: offsets 7-99 are outside"),
        (foreign_task(labels=[]), r"task 1, annotations result 1: a region needs a list of labels"),
        (foreign_task(text="قال"), r"task 1, annotations result 1: the text at 6-10 \(code points\) is 'كيكا' but the file says 'قال'"),
        ([{"id": 3}], r'task 1: a task is an object with a "data" object'),
    ],
)
def test_bad_tasks_are_named(tmp_path, tasks, message):
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(tasks, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(InputError, match=r"bad\.json: " + message):
        LABEL_STUDIO.import_file(path, load_schema())


def test_truncated_file_names_the_line(tmp_path):
    path = tmp_path / "cut.json"
    full = LABEL_STUDIO.export(sample_annotations(), ExportOptions())[".json"].decode("utf-8")
    path.write_text(full[: len(full) // 2], encoding="utf-8")
    with pytest.raises(InputError, match=r"cut\.json: line \d+ column \d+: not valid JSON"):
        LABEL_STUDIO.import_file(path, load_schema())


# -- Label Studio's own converter reads our tasks --------------------------------------------
def labeling_config(schema) -> str:
    labels = "".join(f'<Label value="{label.name}"/>' for label in schema.labels)
    relations = "".join(f'<Relation value="{r.name}"/>' for r in schema.relation_types)
    return (f'<View><Relations>{relations}</Relations><Labels name="label" toName="text">{labels}</Labels>'
            '<Text name="text" value="$text"/></View>')


def converter():
    from label_studio_converter import Converter

    return Converter(config=labeling_config(load_schema()), project_dir=None, download_resources=False)


def mixed_article() -> AnnotationSet:
    """Emoji (one with a skin tone), tashkeel, Latin and a CRLF file loaded as Tawsim loads it."""
    text = decode_article("😀 قالَ 👍🏽 كيكا إنّ 37 ألف شخص فروا.\r\nReuters said café.\r\n".encode("utf-8")).text
    annotations = AnnotationSet(Document("mixed.txt", text))
    for needle, category, label, attrs in (
        ("كيكا", "entity", "PER", {}),
        ("37 ألف شخص", "figure", "CARDINAL", {"value": 37000, "unit": "people"}),
        ("Reuters", "entity", "ORG", {}),
        ("café", "entity", "LOC", {}),
    ):
        start = text.index(needle)
        annotations.add(annotations.make_span(start, start + len(needle), category, label, status="accepted", attrs=attrs))
    return annotations


def test_the_converter_puts_our_labels_on_the_right_words(tmp_path):
    annotations = mixed_article()
    assert "\r" not in annotations.document.text
    path = tmp_path / "tasks.json"
    path.write_bytes(LABEL_STUDIO.export(annotations, ExportOptions())[".json"])
    converter().convert_to_conll2003(str(path), str(tmp_path / "conll"), is_dir=False)
    rows = [line.split(" -X- _ ") for line in (tmp_path / "conll" / "result.conll").read_text("utf-8").splitlines()[1:] if line]
    tagged = [(token, tag) for token, tag in rows if tag != "O"]
    assert tagged == [("كيكا", "B-PER"), ("37", "B-CARDINAL"), ("ألف", "I-CARDINAL"), ("شخص", "I-CARDINAL"),
                      ("Reuters", "B-ORG"), ("café", "B-LOC")]


def test_the_converters_csv_and_json_min_hold_our_spans(tmp_path):
    import csv

    annotations = mixed_article()
    path = tmp_path / "tasks.json"
    path.write_bytes(LABEL_STUDIO.export(annotations, ExportOptions())[".json"])
    converter().convert_to_csv(str(path), str(tmp_path / "csv"), is_dir=False, sep=",", header=True)
    with open(tmp_path / "csv" / "result.csv", encoding="utf-8", newline="") as handle:
        [row] = list(csv.DictReader(handle))
    regions_in_csv = json.loads(row["label"])
    assert sorted((r["text"], r["labels"][0]) for r in regions_in_csv) == sorted((s.text, s.label) for s in annotations)
    assert all(row["text"][r["start"] : r["end"]] == r["text"] for r in regions_in_csv)  # code points
    converter().convert_to_json_min(str(path), str(tmp_path / "min"), is_dir=False)
    minimal = tmp_path / "min" / "result.json"
    [record] = json.loads(minimal.read_text("utf-8"))
    assert "data" not in record and isinstance(record["label"], list)  # JSON-MIN: the data at the top
    [back] = LABEL_STUDIO.import_file(minimal, load_schema())
    assert span_tuples(back) == span_tuples(annotations)
    assert back.document.name == "mixed.txt"


# -- files in Label Studio's own shapes --------------------------------------------------------
def label_studio_json_export(predictions) -> list[dict]:
    """A task as Label Studio's JSON export writes it (data_export serializers): annotations in
    full, predictions as ids unless the export includes them."""
    text = "👍 قالَ كيكا إن 37 ألف شخص فروا"
    return [{
        "id": 41, "data": {"text": text}, "meta": {}, "created_at": "2026-01-02T10:00:00Z",
        "updated_at": "2026-01-02T10:05:00Z", "inner_id": 1, "total_annotations": 1, "cancelled_annotations": 0,
        "total_predictions": 1, "comment_count": 0, "unresolved_comment_count": 0, "last_comment_updated_at": None,
        "project": 7, "updated_by": 1, "file_upload": 3, "comment_authors": [],
        "annotations": [{
            "id": 90, "completed_by": 1, "was_cancelled": False, "ground_truth": False,
            "created_at": "2026-01-02T10:05:00Z", "updated_at": "2026-01-02T10:05:00Z", "draft_created_at": None,
            "lead_time": 12.5, "prediction": {}, "result_count": 0, "unique_id": "b1c2", "import_id": None,
            "last_action": None, "bulk_created": False, "task": 41, "project": 7, "updated_by": 1,
            "parent_prediction": None, "parent_annotation": None, "last_created_by": None,
            "result": [
                {"value": {"start": 7, "end": 11, "text": "كيكا", "labels": ["PER"]}, "id": "aB3kd",
                 "from_name": "label", "to_name": "text", "type": "labels", "origin": "manual"},
                {"value": {"start": 15, "end": 30, "text": "37 ألف شخص فروا", "labels": ["CLAIM"]}, "id": "Zq91x",
                 "from_name": "label", "to_name": "text", "type": "labels", "origin": "manual"},
                {"from_id": "aB3kd", "to_id": "Zq91x", "type": "relation", "direction": "right"},
            ],
        }],
        "predictions": predictions,
    }]


def write_tasks(tmp_path, tasks, name="export.json"):
    path = tmp_path / name
    path.write_text(json.dumps(tasks, ensure_ascii=False), encoding="utf-8")
    return path


def test_label_studios_json_export_with_prediction_ids(tmp_path):
    path = write_tasks(tmp_path, label_studio_json_export(predictions=[5]))
    documents = LABEL_STUDIO.import_file(path, load_schema())
    [document] = documents
    assert [(s.text, s.label, s.status) for s in sorted(document, key=lambda s: s.start)] == [
        ("كيكا", "PER", "accepted"), ("37 ألف شخص فروا", "CLAIM", "accepted")]
    # a link without a label, drawn from the speaker to the claim: the schema's only link, the right way
    [relation] = document.relations
    assert relation.type == "speaker" and document.get(relation.source).label == "CLAIM"
    assert len(documents.warnings) == 1 and "predictions are ids" in documents.warnings[0]


def test_label_studios_json_export_with_predictions(tmp_path):
    prediction = {
        "id": 5, "model_version": "crf-3", "created_ago": "2 hours", "score": 0.71, "cluster": None,
        "neighbors": None, "mislabeling": 0.0, "created_at": "2026-01-02T08:00:00Z",
        "updated_at": "2026-01-02T08:00:00Z", "model": None, "model_run": None, "task": 41, "project": 7,
        "result": [{"value": {"start": 15, "end": 25, "text": "37 ألف شخص", "labels": ["CARDINAL", "QUANTITY"]},
                    "id": "p1", "from_name": "label", "to_name": "text", "type": "labels", "score": 0.71}],
    }
    documents = LABEL_STUDIO.import_file(write_tasks(tmp_path, label_studio_json_export([prediction])), load_schema())
    assert documents.warnings == []
    pending = sorted((s.label, s.text, s.attrs.get("confidence")) for s in documents[0] if s.status == "suggested")
    # a region with two labels is a span for each
    assert pending == [("CARDINAL", "37 ألف شخص", 0.71), ("QUANTITY", "37 ألف شخص", 0.71)]


def test_relations_with_a_label_and_both_ways(tmp_path):
    tasks = label_studio_json_export([])
    links = tasks[0]["annotations"][0]["result"]
    links[2].update(labels=["speaker"], direction="bi")
    [document] = LABEL_STUDIO.import_file(write_tasks(tmp_path, tasks), load_schema())
    [relation] = document.relations
    assert document.get(relation.source).label == "CLAIM" and document.get(relation.target).label == "PER"


def test_regions_without_text_follow_the_unit_the_others_show(tmp_path):
    tasks = label_studio_json_export([])
    result = tasks[0]["annotations"][0]["result"]
    for region in result[:2]:  # as older Label Studio wrote them: UTF-16 units, the emoji counting two
        region["value"]["start"] += 1
        region["value"]["end"] += 1
    del result[1]["value"]["text"]
    [document] = LABEL_STUDIO.import_file(write_tasks(tmp_path, tasks), load_schema())
    assert sorted(s.text for s in document) == ["37 ألف شخص فروا", "كيكا"]
    # with no region to tell, the declared unit is used and the user is told it was a guess
    del result[0]["value"]["text"]
    result[1]["value"]["end"] = 26  # "37 ألف شخص", inside the text in either unit
    documents = LABEL_STUDIO.import_file(write_tasks(tmp_path, tasks), load_schema())
    assert sorted(s.text for s in documents[0]) == ["7 ألف شخص ", "يكا "]  # one code point late
    [warning] = documents.warnings
    assert "2 region(s) have no value.text" in warning and "--offsets utf16" in warning
    [document] = LABEL_STUDIO.import_file(write_tasks(tmp_path, tasks), load_schema(), ImportOptions(offsets="utf16"))
    assert sorted(s.text for s in document) == ["37 ألف شخص", "كيكا"]
    # a region that only fits in the other unit is read in it
    result[1]["value"]["end"] = 31
    documents = LABEL_STUDIO.import_file(write_tasks(tmp_path, tasks), load_schema())
    assert "37 ألف شخص فروا" in {s.text for s in documents[0]} and len(documents.warnings) == 1


def test_a_textarea_per_region_note_gives_a_figures_value(tmp_path):
    tasks = label_studio_json_export([])
    result = tasks[0]["annotations"][0]["result"]
    result[1]["value"].update(start=15, end=25, text="37 ألف شخص", labels=["CARDINAL"])
    result.append({"value": {"start": 15, "end": 25, "text": ["value=37000 unit=people"]}, "id": "Zq91x",
                   "from_name": "note", "to_name": "text", "type": "textarea", "origin": "manual"})
    del result[2]
    [document] = LABEL_STUDIO.import_file(write_tasks(tmp_path, tasks), load_schema())
    figure = next(s for s in document if s.label == "CARDINAL")
    assert figure.attrs == {"value": 37000, "unit": "people"}


def test_source_and_explanation_survive_in_region_meta(tmp_path):
    annotations = AnnotationSet(Document("rule.txt", "قال كيكا إن 37 ألف شخص فروا"))
    span = annotations.make_span(12, 22, "figure", "CARDINAL", source="rule:figures.thousands",
                                 attrs={"value": 37000, "unit": "people", "explanation": "number + ألف"})
    annotations.add(span)
    [task] = export_tasks(annotations)
    [region] = regions(task["predictions"][0])
    assert region["meta"]["text"] == ["value=37000 unit=people"]  # what Label Studio's region note shows
    assert region["meta"]["tawsim"] == {"source": "rule:figures.thousands",
                                        "attrs": {"value": 37000, "unit": "people", "explanation": "number + ألف"}}
    [back] = LABEL_STUDIO.import_file(write_tasks(tmp_path, [task]), load_schema())
    [span_back] = list(back)
    assert (span_back.source, span_back.attrs, span_back.status) == (span.source, span.attrs, "suggested")


def test_a_label_the_schema_lacks_is_skipped_with_a_count_and_its_links_with_it(tmp_path):
    tasks = foreign_task(labels=["PERSON"])
    tasks[0]["annotations"][0]["result"].append(
        {"id": "b", "from_name": "label", "to_name": "text", "type": "labels",
         "value": {"start": 2, "end": 5, "text": "قال", "labels": ["CLAIM"]}})
    tasks[0]["annotations"][0]["result"].append(
        {"type": "relation", "from_id": "b", "to_id": "a", "direction": "right", "labels": ["speaker"]})
    path = tmp_path / "theirs.json"
    path.write_text(json.dumps(tasks, ensure_ascii=False), encoding="utf-8")
    documents = LABEL_STUDIO.import_file(path, load_schema())
    assert [(s.text, s.label) for s in documents[0]] == [("قال", "CLAIM")] and not documents[0].relations
    assert any("skipped 1 spans whose label the schema lacks: PERSON ×1" in w for w in documents.warnings)
    mapped = LABEL_STUDIO.import_file(path, load_schema(), ImportOptions(label_map={"PERSON": "PER"}))
    assert sorted((s.text, s.label) for s in mapped[0]) == [("قال", "CLAIM"), ("كيكا", "PER")]
    assert len(mapped[0].relations) == 1
