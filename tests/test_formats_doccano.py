from __future__ import annotations

import json

import pytest
from test_formats_common import PREFIX, relation_tuples, sample_annotations, span_tuples

from tawsim.core.errors import InputError
from tawsim.core.schema import load_schema
from tawsim.formats import ExportOptions, get_format

DOCCANO = get_format("doccano")


def javascript_slice(text: str, start: int, end: int) -> str:
    """What text.slice(start, end) gives in a browser: indexes are UTF-16 code units."""
    return text.encode("utf-16-le")[2 * start : 2 * end].decode("utf-16-le")


def test_offsets_are_utf16_units_after_an_emoji_and_tashkeel():
    annotations = sample_annotations()
    record = json.loads(DOCCANO.export(annotations, ExportOptions())[".jsonl"])
    assert record["text"].startswith(PREFIX)
    by_label_text = {}
    for start, end, label in record["label"]:
        by_label_text[(label, javascript_slice(record["text"], start, end))] = (start, end)
    for span in annotations.with_status("accepted"):
        start, end = by_label_text[(span.label, span.text)]
        # the emoji counts twice, each tashkeel mark once: one more unit than code points
        assert (start, end) == (span.start + 1, span.end + 1)


def test_round_trip_with_relations(tmp_path):
    annotations = sample_annotations()
    path = tmp_path / "doc.jsonl"
    path.write_bytes(DOCCANO.export(annotations, ExportOptions(include_suggested=True))[".jsonl"])
    [back] = DOCCANO.import_file(path, load_schema())
    everything = ("accepted", "suggested")
    assert span_tuples(back, ("accepted",)) == span_tuples(annotations, everything)
    assert relation_tuples(back) == relation_tuples(annotations)
    assert back.document.name == "seed.txt"


def test_plain_label_lines_from_doccano_are_read(tmp_path):
    text = "👍 قال كيكا"
    path = tmp_path / "plain.jsonl"
    lines = [
        json.dumps({"text": text, "label": [[7, 11, "PER"]]}, ensure_ascii=False),
        "",
        json.dumps({"text": "نص بلا وسوم", "label": []}, ensure_ascii=False),
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    first, second = DOCCANO.import_file(path, load_schema())
    assert [(s.text, s.label, s.start) for s in first] == [("كيكا", "PER", 6)]
    assert len(second) == 0 and second.document.name == "plain-2"


def test_joined_files_hold_one_line_per_document():
    part = DOCCANO.export(sample_annotations(), ExportOptions())[".jsonl"]
    joined = DOCCANO.join([part, part])
    assert joined.decode("utf-8").count("\n") == 2


@pytest.mark.parametrize(
    "line, message",
    [
        ('{"text": "قال كيكا", "label": [[4, 80, "PER"]]}', r"line 2, label 1: offsets 4-80 are outside"),
        ('{"text": "قال كيكا", "label": [[4, 8, "PERSON"]]}', r"line 2, label 1: unknown label 'PERSON'"),
        ('{"text": "👍 كيكا", "label": [[1, 7, "PER"]]}', r"line 2, label 1: offsets 1-7 .* split an emoji"),
        ('{"text": "قال كيكا", "label": [[4, 8]]}', r"line 2: label 1 is not \[start, end, \"LABEL\"\]"),
        ('{"text": "قال كيكا", "label": [[4, 8, "P', r"line 2: not valid JSON"),
        ('["no", "object"]', r'line 2: each line must be an object with a "text" string'),
        (
            '{"text": "قال كيكا", "entities": [{"id": 1, "label": "PER", "start_offset": 4, '
            '"end_offset": 8}], "relations": [{"id": 1, "from_id": 1, "to_id": 5, "type": "speaker"}]}',
            r"line 2, relation 1: relation to '5'",
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
