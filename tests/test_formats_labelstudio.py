from __future__ import annotations

import json

import pytest
from test_formats_common import PREFIX, relation_tuples, sample_annotations, span_tuples

from tawsim.core.errors import InputError
from tawsim.core.schema import load_schema
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
        (foreign_task(labels=["PERSON"]), r"task 1, annotations result 1: unknown label 'PERSON'"),
        (foreign_task(labels=["PER", "ORG"]), r"task 1, annotations result 1: a region must have exactly one label"),
        (foreign_task(text="قال"), r"task 1, annotations result 1: the text at 6-10 \(code points\) is 'كيكا' but the file says 'قال'"),
        ([{"text": "no data"}], r'task 1: a task is an object with a "data" object'),
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
