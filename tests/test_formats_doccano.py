from __future__ import annotations

import json
import unicodedata

import pytest
import regex
from test_formats_common import PREFIX, relation_tuples, sample_annotations, span_tuples

from tawsim.core.errors import InputError
from tawsim.core.model import AnnotationSet, Document
from tawsim.core.schema import load_schema
from tawsim.core.textio import decode_article
from tawsim.formats import ExportOptions, get_format
from tawsim.formats.common import ImportOptions

DOCCANO = get_format("doccano")
EVERYTHING = ("accepted", "suggested")


def javascript_slice(text: str, start: int, end: int) -> str:
    """What text.slice(start, end) gives in a browser: indexes are UTF-16 code units."""
    return text.encode("utf-16-le")[2 * start : 2 * end].decode("utf-16-le")


def grapheme_slice(text: str, start: int, end: int) -> str:
    """What doccano's annotator shows in grapheme mode: clusters start..end (grapheme-splitter)."""
    return "".join(regex.findall(r"\X", text)[start:end])


def export_records(annotations, **options) -> list[dict]:
    files = DOCCANO.export(annotations, ExportOptions(include_suggested=True, **options))
    return [json.loads(line) for line in files[".jsonl"].decode("utf-8").splitlines()]


# -- what doccano 1.8 does with a JSONL upload, from its source --------------------------------
# backend/data_import: each line is an example; the `label` column (sequence labeling) or the
# `entities`/`relations` columns (a relation project) are read; every other key becomes the
# example's meta. Spans.clean: unless the project allows overlapping, spans sorted by start_offset
# are kept when they start at or after the end of the last kept one.
# backend/data_export: each example is {"id", "text", **meta, "label" | "entities"+"relations",
# "Comments"}, span and relation ids being doccano's own.
def doccano_upload(line: str, relation_project: bool, allow_overlapping: bool) -> dict:
    row = json.loads(line)
    if relation_project:
        spans = [(e["start_offset"], e["end_offset"], e["label"], e["id"]) for e in row.pop("entities", [])]
        relations = row.pop("relations", [])
    else:
        spans = [(s, e, label, None) for s, e, label in row.pop("label", [])]
        relations = []
    text = row.pop("text")
    if not allow_overlapping:
        kept, last = [], -1
        for span in sorted(spans, key=lambda s: s[0]):
            if span[0] >= last:
                kept.append(span)
                last = span[1]
        spans = kept
    return {"text": text, "meta": row, "spans": spans, "relations": relations}


def doccano_export(examples: list[dict], relation_project: bool) -> str:
    lines = []
    for number, example in enumerate(examples, 1):
        record = {"id": number, "text": example["text"], **example["meta"]}
        database_ids = {span[3]: 1000 * number + i for i, span in enumerate(example["spans"])}
        if relation_project:
            record["entities"] = [
                {"id": database_ids[s[3]], "label": s[2], "start_offset": s[0], "end_offset": s[1]}
                for s in example["spans"]
            ]
            record["relations"] = [
                {"id": 77 + i, "from_id": database_ids[r["from_id"]], "to_id": database_ids[r["to_id"]],
                 "type": r["type"]}
                for i, r in enumerate(example["relations"])
                if r["from_id"] in database_ids and r["to_id"] in database_ids
            ]
        else:
            record["label"] = sorted([s[0], s[1], s[2]] for s in example["spans"])
        record["Comments"] = []
        lines.append(json.dumps(record, ensure_ascii=False))
    return "\n".join(lines) + "\n"


def through_doccano(data: bytes, relation_project=False, allow_overlapping=False) -> tuple[str, list[dict]]:
    examples = [
        doccano_upload(line, relation_project, allow_overlapping) for line in data.decode("utf-8").splitlines()
    ]
    return doccano_export(examples, relation_project), examples


def read_back(tmp_path, jsonl: str, **options):
    path = tmp_path / "from-doccano.jsonl"
    path.write_text(jsonl, encoding="utf-8")
    return DOCCANO.import_file(path, load_schema(), ImportOptions(**options))


# -- offsets ---------------------------------------------------------------------------------
def test_offsets_are_utf16_units_after_an_emoji_and_tashkeel():
    annotations = sample_annotations()
    records = export_records(annotations)
    assert all(r["text"].startswith(PREFIX) for r in records)
    written = {
        (label, javascript_slice(r["text"], start, end)): (start, end)
        for r in records
        for start, end, label in r["label"]
    }
    for span in annotations.with_status(*EVERYTHING):
        start, end = written[(span.label, span.text)]
        # the emoji counts twice, each tashkeel mark once: one more unit than code points
        assert (start, end) == (span.start + 1, span.end + 1)


def test_grapheme_mode_counts_a_letter_with_its_tashkeel_once(tmp_path):
    annotations = sample_annotations()
    records = export_records(annotations, doccano_offsets="graphemes")
    assert {r["tawsim_offsets"] for r in records} == {"graphemes"}
    text = records[0]["text"]
    for record in records:
        for start, end, label in record["label"]:
            shown = grapheme_slice(text, start, end)
            span = next(s for s in annotations if s.label == label and s.start >= start and s.text == shown)
            # the emoji is one cluster, and a letter with its tashkeel (لٌ, اً) is one
            marks = sum(unicodedata.category(c) == "Mn" for c in text[: span.start])
            inner = sum(unicodedata.category(c) == "Mn" for c in span.text)
            assert marks > 0 and (start, end) == (span.start - marks, span.end - marks - inner)
            assert javascript_slice(text, start, end) != span.text  # the default unit would be off
    data = DOCCANO.export(annotations, ExportOptions(True, doccano_offsets="graphemes"))[".jsonl"]
    back = read_back(tmp_path, data.decode("utf-8"))
    assert span_tuples(back[0]) == span_tuples(annotations, EVERYTHING)
    # a file from a grapheme-mode project carries no unit of ours: the option says it
    plain = json.dumps({"text": text, "label": [[2, 6, "LOC"]]}, ensure_ascii=False)
    [document] = read_back(tmp_path, plain, doccano_offsets="graphemes")
    assert [s.text for s in document] == ["عاجلٌ"]  # 4 clusters; 5 UTF-16 units from 3


def test_a_span_inside_a_grapheme_cluster_is_left_out_with_a_warning():
    text = "قال 👍🏽 كيكا"
    annotations = AnnotationSet(Document("cluster.txt", text))
    annotations.add(annotations.make_span(4, 5, "entity", "ORG", status="accepted"))  # the thumb without its tone
    annotations.add(annotations.make_span(text.index("كيكا"), len(text), "entity", "PER", status="accepted"))
    files = DOCCANO.export(annotations, ExportOptions(doccano_offsets="graphemes"))
    [record] = [json.loads(line) for line in files[".jsonl"].decode().splitlines()]
    assert record["label"] == [[6, 10, "PER"]]
    assert len(files.warnings) == 1 and "inside a grapheme cluster" in files.warnings[0]


@pytest.mark.parametrize("unit, cut", [("utf16", javascript_slice), ("graphemes", grapheme_slice)])
def test_crlf_and_latin_articles(tmp_path, unit, cut):
    article = decode_article("Reuters: 🇸🇾 café\r\nقالَ كيكا إن 37 ألف شخص فروا\r\n".encode("utf-8")).text
    assert "\r" not in article  # loaded with LF newlines, the text Tawsim shows
    annotations = AnnotationSet(Document("crlf.txt", article))
    for needle, category, label in (("Reuters", "entity", "ORG"), ("café", "entity", "LOC"),
                                    ("كيكا", "entity", "PER"), ("37 ألف شخص", "figure", "CARDINAL")):
        start = article.index(needle)
        annotations.add(annotations.make_span(start, start + len(needle), category, label, status="accepted"))
    [record] = export_records(annotations, doccano_offsets=unit)
    assert record["text"] == article
    assert sorted(cut(article, s, e) for s, e, _ in record["label"]) == sorted(s.text for s in annotations)
    [back] = read_back(tmp_path, json.dumps(record, ensure_ascii=False))
    assert span_tuples(back) == span_tuples(annotations)


# -- overlapping spans -------------------------------------------------------------------------
def test_keep_all_loses_every_span_inside_a_claim_in_a_default_doccano_project(tmp_path):
    annotations = sample_annotations()
    data = DOCCANO.export(annotations, ExportOptions(True, doccano_overlap="keep-all"))[".jsonl"]
    exported, _ = through_doccano(data, allow_overlapping=False)
    [back] = read_back(tmp_path, exported)
    lost = set(span_tuples(annotations, EVERYTHING)) - set(span_tuples(back))
    assert {label for _, _, label, _, _ in lost} >= {"PERCENT", "DATE"}  # the figure and date inside the claim
    # with overlapping allowed in the project, keep-all loses nothing
    exported, _ = through_doccano(data, allow_overlapping=True)
    [back] = read_back(tmp_path, exported)
    assert span_tuples(back) == span_tuples(annotations, EVERYTHING)


def test_claims_apart_survives_a_default_doccano_project(tmp_path):
    annotations = sample_annotations()
    files = DOCCANO.export(annotations, ExportOptions(include_suggested=True))
    assert files.warnings == []
    entities, claims = [json.loads(line) for line in files[".jsonl"].decode().splitlines()]
    assert (entities["tawsim_part"], claims["tawsim_part"]) == ("entities", "claims")
    assert {label for *_, label in claims["label"]} == {"CLAIM", "ORG", "PER"}  # claims and their speakers
    assert "CLAIM" not in {label for *_, label in entities["label"]}
    exported, examples = through_doccano(files[".jsonl"], allow_overlapping=False)
    assert sum(len(e["spans"]) for e in examples) == len(entities["label"]) + len(claims["label"])  # none dropped
    back = read_back(tmp_path, exported)
    assert len(back) == 1  # the two records are one document again
    assert span_tuples(back[0]) == span_tuples(annotations, EVERYTHING)
    figure = next(s for s in back[0] if s.text == "أقل من واحد في المئة")
    assert figure.attrs == {"value": 1, "unit": "percent", "qualifier": "less_than"}


def test_links_survive_a_doccano_relation_project(tmp_path):
    annotations = sample_annotations()
    annotations.get(next(s.id for s in annotations if s.text == "التحالف الدولي")).source = "rule:entity.org"
    files = DOCCANO.export(annotations, ExportOptions(include_suggested=True))
    exported, _ = through_doccano(files[".jsonl"], relation_project=True, allow_overlapping=False)
    [back] = read_back(tmp_path, exported)
    assert span_tuples(back) == span_tuples(annotations, EVERYTHING)
    assert relation_tuples(back) == relation_tuples(annotations)
    coalition = next(s for s in back if s.text == "التحالف الدولي")
    assert coalition.source == "rule:entity.org"
    manual = next(s for s in back if s.text == "العراق")
    assert manual.source == "import:doccano"


def test_residual_overlaps_inside_a_record_are_named():
    text = "قال كيكا إن 37 ألف شخص فروا"
    annotations = AnnotationSet(Document("nested.txt", text))
    annotations.add(annotations.make_span(12, 22, "figure", "CARDINAL", status="accepted"))
    annotations.add(annotations.make_span(15, 22, "entity", "ORG", status="accepted"))
    files = DOCCANO.export(annotations, ExportOptions())
    [warning] = files.warnings
    assert "entities record" in warning and "ORG 'ألف شخص'" in warning and "drops" in warning
    assert DOCCANO.export(annotations, ExportOptions(doccano_overlap="keep-all")).warnings == []


def test_links_survive_a_sequence_labeling_project_and_the_annotators_edits_win(tmp_path):
    annotations = sample_annotations()
    files = DOCCANO.export(annotations, ExportOptions(include_suggested=True))
    # such a project keeps our `entities`/`relations` as metadata and gives back its own `label`
    exported, examples = through_doccano(files[".jsonl"], allow_overlapping=False)
    assert "entities" in json.loads(exported.splitlines()[1]) and "label" in json.loads(exported.splitlines()[1])
    [back] = read_back(tmp_path, exported)
    assert relation_tuples(back) == relation_tuples(annotations)
    quote = next(s for s in annotations if s.label == "CLAIM" and s.status == "suggested")
    claims = examples[1]
    claims["spans"] = [s for s in claims["spans"] if (s[0], s[2]) != (quote.start + 1, "CLAIM")]  # removed in doccano
    [back] = read_back(tmp_path, doccano_export(examples, relation_project=False))
    assert quote.text not in {s.text for s in back}
    assert len(back.relations) == 1  # the other claim's link stays; the removed one's is gone
    assert span_tuples(back) == sorted(set(span_tuples(annotations, EVERYTHING)) - {
        (quote.start, quote.end, "CLAIM", "claim", quote.text)})


def test_plain_label_lines_from_doccano_are_read(tmp_path):
    text = "👍 قال كيكا"
    lines = [
        json.dumps({"id": 1, "text": text, "label": [[7, 11, "PER"]], "Comments": []}, ensure_ascii=False),
        "",
        json.dumps({"text": "نص بلا وسوم", "label": []}, ensure_ascii=False),
    ]
    first, second = read_back(tmp_path, "\n".join(lines) + "\n")
    assert [(s.text, s.label, s.start, s.source) for s in first] == [("كيكا", "PER", 6, "import:doccano")]
    assert len(second) == 0 and second.document.name == "from-doccano-2"


def test_a_record_without_text_is_skipped_and_named(tmp_path):
    lines = [
        json.dumps({"text": "قال كيكا", "label": [[4, 8, "PER"]]}, ensure_ascii=False),
        json.dumps({"label": [[0, 3, "PER"]]}),
        '["not", "a record"]',
        json.dumps({"text": "سطر سليم", "label": []}, ensure_ascii=False),
    ]
    documents = read_back(tmp_path, "\n".join(lines))
    assert len(documents) == 2
    assert documents.warnings == [
        'line 2: skipped: a record is an object with a "text" string',
        'line 3: skipped: a record is an object with a "text" string',
    ]


def test_joined_files_hold_two_lines_per_document_with_claims():
    part = DOCCANO.export(sample_annotations(), ExportOptions())[".jsonl"]
    joined = DOCCANO.join([part, part])
    assert joined.decode("utf-8").count("\n") == 4


@pytest.mark.parametrize(
    "line, message",
    [
        ('{"text": "قال كيكا", "label": [[4, 80, "PER"]]}', r"line 2, label 1: offsets 4-80 are outside"),
        ('{"text": "👍 كيكا", "label": [[1, 7, "PER"]]}', r"line 2, label 1: offsets 1-7 .* split an emoji"),
        ('{"text": "قال كيكا", "label": [[4, 8]]}', r"line 2: label 1 is not \[start, end, \"LABEL\"\]"),
        ('{"text": "قال كيكا", "label": [[4, 8, "P', r"line 2: not valid JSON"),
        (
            '{"text": "قال كيكا", "entities": [{"id": 1, "label": "PER", "start_offset": 4, '
            '"end_offset": 8}], "relations": [{"id": 1, "from_id": 1, "to_id": 5, "type": "speaker"}]}',
            r"line 2, relation 1: relation to '2:5'",
        ),
    ],
)
def test_bad_lines_are_named(tmp_path, line, message):
    path = tmp_path / "bad.jsonl"
    good = json.dumps({"text": "سطر سليم", "label": []}, ensure_ascii=False)
    path.write_text(good + "\n" + line + "\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"bad\.jsonl: " + message):
        DOCCANO.import_file(path, load_schema())


def test_empty_file_is_refused(tmp_path):
    path = tmp_path / "empty.jsonl"
    path.write_text("\n", encoding="utf-8")
    with pytest.raises(InputError, match="empty.jsonl: no documents"):
        DOCCANO.import_file(path, load_schema())


def test_a_label_the_schema_lacks_is_skipped_with_a_count_and_map_reads_it(tmp_path):
    path = tmp_path / "theirs.jsonl"
    path.write_text(json.dumps({"text": "قال كيكا في باريس", "label": [[4, 8, "PERSON"], [12, 17, "LOC"], [9, 11, "MISC"]]},
                               ensure_ascii=False) + "\n", encoding="utf-8")
    documents = DOCCANO.import_file(path, load_schema())
    assert [(s.text, s.label) for s in documents[0]] == [("باريس", "LOC")]
    assert documents.warnings == ["skipped 2 spans whose label the schema lacks: PERSON ×1, MISC ×1 "
                                  "(--map THEIRS=OURS reads one as a label of ours)"]
    mapped = DOCCANO.import_file(path, load_schema(), ImportOptions(label_map={"PERSON": "PER"}))
    assert sorted((s.text, s.label) for s in mapped[0]) == [("باريس", "LOC"), ("كيكا", "PER")]
