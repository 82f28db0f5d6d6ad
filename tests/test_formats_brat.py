from __future__ import annotations

import re

import pytest
from test_formats_common import relation_tuples, sample_annotations, span_tuples

from tawsim.core.errors import InputError
from tawsim.core.model import AnnotationSet, Document
from tawsim.core.schema import load_schema
from tawsim.formats import ExportOptions, get_format

BRAT = get_format("brat")


def write(tmp_path, annotations, include_suggested=True):
    files = BRAT.export(annotations, ExportOptions(include_suggested=include_suggested))
    for suffix, data in files.items():
        (tmp_path / f"doc{suffix}").write_bytes(data)
    return tmp_path / "doc.ann"


def test_offsets_index_the_txt_in_code_points(tmp_path):
    annotations = sample_annotations()
    ann = write(tmp_path, annotations)
    text = (tmp_path / "doc.txt").read_bytes().decode("utf-8")
    assert text == annotations.document.text
    lines = [l for l in ann.read_text(encoding="utf-8").splitlines() if l.startswith("T")]
    assert len(lines) == len([s for s in annotations if s.status != "rejected"])
    for line in lines:
        match = re.fullmatch(r"T\d+\t(\w+) (\d+) (\d+)\t(.*)", line)
        assert match, line
        start, end = int(match[2]), int(match[3])
        assert text[start:end] == match[4]
        assert "\n" not in match[4]


def test_round_trip_gives_back_spans_labels_relations_and_figures(tmp_path):
    annotations = sample_annotations()
    ann = write(tmp_path, annotations)
    [back] = BRAT.import_file(ann, load_schema())
    assert span_tuples(back, ("accepted",)) == span_tuples(annotations, ("accepted",))
    assert span_tuples(back, ("suggested",)) == span_tuples(annotations, ("suggested",))
    assert relation_tuples(back) == relation_tuples(annotations)
    figures = {s.text: s.attrs for s in back if s.category == "figure"}
    assert figures["أكثر من 37 ألف شخص"] == {"value": 37000, "unit": "people", "qualifier": "more_than"}
    assert figures["99,5 في المئة"] == {"value": 99.5, "unit": "percent"}
    assert {s.source for s in back} == {"import:brat"}


def test_accepted_only_export_leaves_out_pending_and_their_links(tmp_path):
    annotations = sample_annotations()
    ann = write(tmp_path, annotations, include_suggested=False)
    content = ann.read_text(encoding="utf-8")
    assert "Suggested" not in content
    assert "سوريا\n" not in content
    assert content.count("\tspeaker ") == 1
    [back] = BRAT.import_file(tmp_path / "doc.txt", load_schema())  # the .txt may be named too
    assert span_tuples(back) == span_tuples(annotations)


def test_a_span_over_a_line_break_becomes_fragments_and_comes_back_whole(tmp_path):
    text = "قال كيكا إن القتال\nمستمر هناك."
    annotations = AnnotationSet(Document("two-lines.txt", text))
    start = text.index("القتال")
    annotations.add(annotations.make_span(start, text.index(" هناك"), "claim", "CLAIM", status="accepted"))
    ann = write(tmp_path, annotations)
    line = ann.read_text(encoding="utf-8").splitlines()[0]
    assert line == f"T1\tCLAIM {start} {start + 6};{start + 7} {start + 12}\tالقتال مستمر"
    [back] = BRAT.import_file(ann, load_schema())
    assert span_tuples(back) == span_tuples(annotations)


def test_annotation_conf_declares_labels_speaker_and_overlap():
    conf = BRAT.folder_files(load_schema())["annotation.conf"].decode("utf-8")
    for label in ("PER", "ORG", "LOC", "DATE", "PERCENT", "CLAIM"):
        assert f"\n{label}\n" in conf
    assert "speaker\tArg1:CLAIM, Arg2:PER|ORG|LOC|DATE" in conf
    assert "<OVERLAP>" in conf and "Suggested\tArg:<ENTITY>" in conf


@pytest.mark.parametrize(
    "bad_line, message",
    [
        ("T9\tPER 0 4\tXXXX", r"doc\.ann: line 9: T9 says 'XXXX' but the \.txt has"),
        ("T9\tPER 5 999999\tكيكا", r"doc\.ann: line 9: offsets 5 999999 are outside the text"),
        ("T9\tPERSON 2 7\tعاجلٌ", r"doc\.ann: line 9: unknown label 'PERSON'"),
        ("T9\tPER 2", r"doc\.ann: line 9: a T line has three tab-separated fields"),
        ("T9\tPER 2 x\tعا", r"doc\.ann: line 9: cannot read the offsets"),
        ("R9\tspeaker Arg1:T1 Arg2:T77", r"doc\.ann: line 9: relation to 'T77'"),
        ("R9\tspeaker Arg1:T1", r"doc\.ann: line 9: a relation line reads"),
        ("R9\tcites Arg1:T1 Arg2:T2", r"doc\.ann: line 9: unknown relation type 'cites'"),
        ("X1 what is this", r"doc\.ann: line 9: not a brat annotation line"),
        ("#9\tAnnotatorNotes T2\tvalue=lots", r"doc\.ann: line 9: figure value 'lots'"),
    ],
)
def test_bad_lines_are_named(tmp_path, bad_line, message):
    text = "😀 عاجلٌ: قال كيكا إن أكثر من 37 ألف شخص فروا."
    annotations = AnnotationSet(Document("doc.txt", text))
    claim_start = text.index("أكثر")
    annotations.add(annotations.make_span(claim_start, len(text) - 1, "claim", "CLAIM", status="accepted"))
    figure_end = text.index(" فروا")
    annotations.add(annotations.make_span(claim_start, figure_end, "figure", "CARDINAL", status="accepted"))
    ann = write(tmp_path, annotations)
    lines = ann.read_text(encoding="utf-8").splitlines()
    lines += [""] * (8 - len(lines)) + [bad_line]
    ann.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with pytest.raises(InputError, match=message):
        BRAT.import_file(ann, load_schema())


def test_missing_ann_file_is_named(tmp_path):
    (tmp_path / "lonely.txt").write_text("نص", encoding="utf-8")
    with pytest.raises(InputError, match=r"lonely\.ann: no such file"):
        BRAT.import_file(tmp_path / "lonely.txt", load_schema())


def test_cli_map_reads_foreign_label_names_and_relation_case(tmp_path):
    from tawsim.cli import main

    text = "قال أحمد إن المطر غزير"
    (tmp_path / "doc.txt").write_text(text, encoding="utf-8")
    (tmp_path / "doc.ann").write_text(
        "T1\tPERSON 4 8\tأحمد\nT2\tCLAIM 9 22\tإن المطر غزير\nR1\tSPEAKER Arg1:T2 Arg2:T1\n", encoding="utf-8"
    )
    assert main(["import", str(tmp_path / "doc.ann"), "--from", "brat", "-o", str(tmp_path / "out.json")]) == 1
    assert not (tmp_path / "out.json").exists()
    out = tmp_path / "out.json"
    assert main(["import", str(tmp_path / "doc.ann"), "--from", "brat", "--map", "PERSON=PER", "-o", str(out)]) == 0
    import json

    saved = json.loads(out.read_text(encoding="utf-8"))
    assert sorted((s["label"], s["text"]) for s in saved["annotations"]) == [("CLAIM", "إن المطر غزير"), ("PER", "أحمد")]
    assert [r["type"] for r in saved["relations"]] == ["speaker"]
