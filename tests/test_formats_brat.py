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
        ("T9\tPER 2", r"doc\.ann: line 9: a T line has three tab-separated fields"),
        ("T9\tPER 2 x\tعا", r"doc\.ann: line 9: cannot read the offsets"),
        ("R9\tspeaker Arg1:T1 Arg2:T77", r"doc\.ann: line 9: relation to 'T77'"),
        ("R9\tspeaker Arg1:T1", r"doc\.ann: line 9: a relation line reads"),
        ("A9\tNegated T77", r"doc\.ann: line 9: the attribute refers to T77"),
        ("N9\tReference T1", r"doc\.ann: line 9: a normalization line reads"),
        ("E9\tAttack", r"doc\.ann: line 9: an event line reads"),
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
    out = tmp_path / "out.json"
    assert main(["import", str(tmp_path / "doc.ann"), "--from", "brat", "--map", "PERSON=PER", "-o", str(out)]) == 0
    import json

    saved = json.loads(out.read_text(encoding="utf-8"))
    assert sorted((s["label"], s["text"]) for s in saved["annotations"]) == [("CLAIM", "إن المطر غزير"), ("PER", "أحمد")]
    assert [r["type"] for r in saved["relations"]] == ["speaker"]


# -- brat's own parsing rules, re-implemented (brat cannot be pip-installed) ----------------
class BratChecker:
    """What brat's server does with a document (server/src/annotation.py and projectconfig): the
    .txt read as is (codecs.open, UTF-8: a BOM and the CR of CRLF are characters), each .ann line
    split as brat splits it, and every type, attribute and value looked up in annotation.conf."""

    def __init__(self, folder, stem):
        with open(folder / f"{stem}.txt", encoding="utf-8", newline="") as handle:
            self.text = handle.read()
        self.conf = self._read_conf((folder / "annotation.conf").read_text(encoding="utf-8"))
        self.lines = (folder / f"{stem}.ann").read_text(encoding="utf-8").split("\n")

    @staticmethod
    def _read_conf(text):
        sections, current = {}, None
        for line in text.split("\n"):
            if not line.strip() or line.startswith("#"):
                continue
            if line.startswith("["):
                current = sections.setdefault(line.strip("[]"), {})
                continue
            name, _, args = line.partition("\t")
            fields = {}
            for part in filter(None, (p.strip() for p in args.split(","))):
                key, _, values = part.partition(":")
                fields[key] = values.split("|")
            current[name.strip()] = fields
        return sections

    def check(self):
        """Every problem brat would report, as text; [] when the files load and verify cleanly."""
        problems, types = [], {}
        entities = set(self.conf["entities"])
        for number, line in enumerate(self.lines, 1):
            if not line:
                continue
            ann_id, _, tail = line.partition("\t")
            data, _, text_tail = tail.partition("\t")
            kind = ann_id[0]
            if kind == "T":
                label, rest = data.split(" ", 1)
                spans = [tuple(int(x) for x in piece.split(" ")) for piece in rest.split(";")]
                if any(not 0 <= s <= e <= len(self.text) for s, e in spans):
                    problems.append(f"{number}: offsets outside the text")
                    continue
                if text_tail != " ".join(self.text[s:e] for s, e in spans):
                    problems.append(f"{number}: text does not match {spans}")
                if any(c in text_tail for c in "\r\n"):
                    problems.append(f"{number}: line break in the text field")
                if label not in entities:
                    problems.append(f"{number}: {label} is not a known textbound type")
                types[ann_id] = label
            elif kind == "R":
                label, arg1, arg2 = data.split(" ")
                declared = self.conf["relations"].get(label)
                source, target = types[arg1.split(":")[1]], types[arg2.split(":")[1]]
                if declared is None or source not in declared["Arg1"] or target not in declared["Arg2"]:
                    problems.append(f"{number}: {label} relation not allowed between {source} and {target}")
            elif kind == "A":
                match = re.match(r"(.+?) (.+?) (.+?)$", data) or re.match(r"(.+?) (.+?)$", data)
                name, target, *value = match.groups()
                declared = self.conf["attributes"].get(name)
                if declared is None:
                    problems.append(f"{number}: attribute {name} is not declared")
                    continue
                allowed = declared["Arg"]
                if "<ENTITY>" not in allowed and types[target] not in allowed:
                    problems.append(f"{number}: {name} not allowed on {types[target]}")
                if ("Value" in declared) != bool(value) or (value and value[0] not in declared["Value"]):
                    problems.append(f"{number}: {name} value {value} is not one of annotation.conf's")
            elif kind == "N":
                if not re.match(r"(\S+) (\S+) (\S+?):(\S+)", data):
                    problems.append(f"{number}: not a normalization")
            elif kind == "#":
                note_type, target = data.split()
                if target not in types or "\t" in text_tail:
                    problems.append(f"{number}: note on {target}")
            else:
                problems.append(f"{number}: unknown line")
        return problems


CRLF_ARTICLE = (
    "😀 عاجلٌ: قال كريستوفر كيكا (Christopher Kika) إن أكثر من 37 ألف شخص فروا من الباغوز.\r\n"
    "وأضاف أن نحو 99,5 في المئة من الأراضي\r\nتحررت، وأن 12 رأساً من الأغنام نفقت."
)


def crlf_annotations():
    from tawsim.core.textio import decode_article

    text = decode_article(CRLF_ARTICLE.encode("utf-8"), "article").text
    annotations = AnnotationSet(Document("baghouz.txt", text))

    def add(needle, category, label, status="accepted", source="manual", **attrs):
        start = text.index(needle)
        span = annotations.make_span(start, start + len(needle), category, label,
                                     status=status, source=source, attrs=attrs)
        annotations.add(span)
        return span

    kika = add("كريستوفر كيكا", "entity", "PER")
    add("Christopher Kika", "entity", "PER", status="suggested", source="model:crf")
    claim = add("أكثر من 37 ألف شخص فروا من الباغوز", "claim", "CLAIM")
    annotations.link("speaker", claim.id, kika.id)
    add("أكثر من 37 ألف شخص", "figure", "CARDINAL", source="rule:figures.count",
        value=37000, unit="people", qualifier="more_than", explanation="عدد | ألف × 37 = 37000")
    add("الباغوز", "entity", "LOC")
    add("نحو 99,5 في المئة من الأراضي\nتحررت", "claim", "CLAIM")  # runs over the line break
    add("نحو 99,5 في المئة", "figure", "PERCENT", value=99.5, unit="percent", qualifier="about")
    add("12 رأساً من الأغنام", "figure", "CARDINAL", value=12, unit="sheep")  # a unit the conf lacks
    return annotations


def test_our_export_loads_and_verifies_in_brat_and_comes_back_whole(tmp_path):
    annotations = crlf_annotations()
    files = BRAT.export(annotations, ExportOptions(include_suggested=True))
    for suffix, data in files.items():
        (tmp_path / f"baghouz{suffix}").write_bytes(data)
    for name, data in BRAT.folder_files(load_schema()).items():
        (tmp_path / name).write_bytes(data)
    checker = BratChecker(tmp_path, "baghouz")
    assert checker.text == annotations.document.text  # LF text: offsets index what brat reads
    assert checker.check() == []
    ann = (tmp_path / "baghouz.ann").read_text(encoding="utf-8")
    assert re.search(r"A\d+\tQualifier T\d+ more_than\n", ann) and re.search(r"A\d+\tUnit T\d+ people\n", ann)
    assert "\tvalue=37000 | source=rule:figures.count | explanation=عدد | ألف × 37 = 37000\n" in ann
    assert "\tvalue=12 | unit=sheep\n" in ann

    [back] = BRAT.import_file(tmp_path / "baghouz.ann", load_schema())
    assert back.document.name == "baghouz.txt"
    for status in ("accepted", "suggested"):
        assert span_tuples(back, (status,)) == span_tuples(annotations, (status,))
    assert relation_tuples(back) == relation_tuples(annotations)
    by_text = {s.text: s for s in back}
    assert by_text["أكثر من 37 ألف شخص"].attrs == {
        "value": 37000, "unit": "people", "qualifier": "more_than", "explanation": "عدد | ألف × 37 = 37000"}
    assert by_text["أكثر من 37 ألف شخص"].source == "rule:figures.count"
    assert by_text["Christopher Kika"].source == "model:crf"
    assert by_text["12 رأساً من الأغنام"].attrs == {"value": 12, "unit": "sheep"}
    assert by_text["الباغوز"].source == "import:brat"


def brat_made_files(tmp_path, bom: bool, counted_by: str):
    """A document as brat itself saves it: the .txt untouched (CRLF, maybe a BOM), offsets counting
    every character of it, with events, attributes, normalizations, equivalences and notes; or, with
    counted_by="lf", offsets from a tool that counted the text with LF newlines and no BOM."""
    raw = ("\ufeff" if bom else "") + CRLF_ARTICLE
    counted = raw if counted_by == "brat" else raw.lstrip("\ufeff").replace("\r\n", "\n")

    def at(needle):
        start = counted.index(needle)
        return f"{start} {start + len(needle)}\t{needle}"

    ann = "\n".join([
        f"T1\tPERSON {at('كريستوفر كيكا')}",
        f"T2\tCLAIM {at('أكثر من 37 ألف شخص فروا من الباغوز')}",
        f"T3\tCARDINAL {at('أكثر من 37 ألف شخص')}",
        f"T4\tGPE {at('الباغوز')}",
        f"T5\tFlee {at('فروا')}",
        f"T6\tMISC {at('Christopher Kika')}",
        f"T7\tPERCENT {at('99,5 في المئة')}",
        "E1\tFlee:T5 Agent:T3 Origin:T4",
        "R1\tSpeaker Arg1:T2 Arg2:T1",
        "R2\tLocated Arg1:T1 Arg2:T4",
        "A1\tQualifier T3 more_than",
        "A2\tUnit T3 people",
        "A3\tNegated E1",
        "A4\tConfidence T1 High",
        "M5\tUncertain T2",
        "N1\tReference T1 Wikidata:Q42\tChristopher Kika",
        "*\tEquiv T1 T6",
        "#1\tAnnotatorNotes E1\tthe event of the flight",
        "#2\tAnnotatorNotes T3\tvalue=37000",
        "#3\tAnnotatorNotes T1\tcheck the spelling",
        "#4\tAnnotatorNotes T7\tvalue is about",
        "",
    ])
    (tmp_path / "doc.txt").write_bytes(raw.encode("utf-8"))
    (tmp_path / "doc.ann").write_bytes(ann.encode("utf-8"))
    return tmp_path / "doc.ann"


@pytest.mark.parametrize("bom", [False, True])
@pytest.mark.parametrize("counted_by", ["brat", "lf"])
def test_brat_made_files_with_crlf_bom_events_and_foreign_names(tmp_path, bom, counted_by):
    from tawsim.formats.common import ImportOptions

    ann = brat_made_files(tmp_path, bom, counted_by)
    imported = BRAT.import_file(ann, load_schema(), ImportOptions(label_map={"PERSON": "PER"}))
    [back] = imported
    text = back.document.text
    assert "\r" not in text and not text.startswith("\ufeff")
    got = {(s.label, s.text) for s in back}
    assert got == {("PER", "كريستوفر كيكا"), ("CLAIM", "أكثر من 37 ألف شخص فروا من الباغوز"),
                   ("CARDINAL", "أكثر من 37 ألف شخص"), ("PERCENT", "99,5 في المئة")}
    assert all(text[s.start : s.end] == s.text for s in back)
    by_label = {s.label: s for s in back}
    assert by_label["CARDINAL"].attrs == {"value": 37000, "unit": "people", "qualifier": "more_than"}
    assert by_label["PER"].attrs == {
        "brat_attributes": {"Confidence": "High"}, "note": "check the spelling",
        "norm": [{"type": "Reference", "db": "Wikidata", "id": "Q42", "text": "Christopher Kika"}]}
    assert by_label["CLAIM"].attrs == {"brat_attributes": {"Uncertain": True}}
    assert by_label["PERCENT"].attrs == {"note": "value is about"}  # a note of their own, kept as such
    assert [r.type for r in back.relations] == ["speaker"]
    warnings = "\n".join(imported.warnings)
    assert "skipped 3 spans whose label the schema lacks: " in warnings
    for shown in ("GPE ×1", "Flee ×1", "MISC ×1", "Located ×1", "dropped 1 events", "equivalence"):
        assert shown in warnings
    assert "attribute Negated on an annotation Tawsim does not keep ×1" in warnings
    assert "AnnotatorNotes on an annotation Tawsim does not keep ×1" in warnings


def test_cli_skips_unmapped_labels_with_a_warning_and_names_the_document(tmp_path, capsys):
    import json

    from tawsim.cli import main
    from tawsim.core import annotation_file

    ann = brat_made_files(tmp_path, bom=True, counted_by="brat")
    out = tmp_path / "out.json"
    assert main(["import", str(ann), "--from", "brat", "--map", "PERSON=PER", "--map", "GPE=LOC",
                 "-o", str(out)]) == 0
    assert "skipped 2 spans whose label the schema lacks: Flee ×1, MISC ×1" in capsys.readouterr().err
    saved = json.loads(out.read_text(encoding="utf-8"))
    assert ("LOC", "الباغوز") in {(s["label"], s["text"]) for s in saved["annotations"]}

    # item 8: the exported .txt is named after the document, so a re-import gives its name back
    mine = tmp_path / "my-work.json"
    annotation_file.save(mine, crlf_annotations())
    assert main(["export", str(mine), "--to", "brat", "-o", str(tmp_path / "brat")]) == 0
    assert sorted(p.name for p in (tmp_path / "brat").iterdir()) == ["annotation.conf", "baghouz.ann", "baghouz.txt"]
    [back] = BRAT.import_file(tmp_path / "brat" / "baghouz.ann", load_schema())
    assert back.document.name == "baghouz.txt"


def test_two_files_of_one_document_keep_their_own_names(tmp_path):
    from tawsim.cli import main
    from tawsim.core import annotation_file

    (tmp_path / "in").mkdir()
    for annotator in ("alice", "bob"):
        annotation_file.save(tmp_path / "in" / f"baghouz.{annotator}.json", crlf_annotations())
    assert main(["export", str(tmp_path / "in"), "--to", "brat", "-o", str(tmp_path / "out"), "-j", "1"]) == 0
    names = sorted(p.name for p in (tmp_path / "out").iterdir())
    assert names == ["annotation.conf", "baghouz.alice.ann", "baghouz.alice.txt", "baghouz.bob.ann", "baghouz.bob.txt"]


def test_brat_attributes_normalizations_and_notes_go_back_out_on_export(tmp_path):
    from tawsim.formats.common import ImportOptions

    options = ImportOptions(label_map={"PERSON": "PER"})
    [first] = BRAT.import_file(brat_made_files(tmp_path, bom=True, counted_by="brat"), load_schema(), options)
    (tmp_path / "again").mkdir()
    files = BRAT.export(first, ExportOptions())
    assert files.warnings == []
    for suffix, data in files.items():
        (tmp_path / "again" / f"doc{suffix}").write_bytes(data)
    ann = files[".ann"].decode("utf-8")
    assert re.search(r"\nA\d+\tConfidence T\d+ High\n", ann) and re.search(r"\nA\d+\tUncertain T\d+\n", ann)
    assert re.search(r"\nN1\tReference T\d+ Wikidata:Q42\tChristopher Kika\n", ann)
    [second] = BRAT.import_file(tmp_path / "again" / "doc.ann", load_schema())
    assert span_tuples(second) == span_tuples(first)
    assert sorted((s.text, repr(s.attrs)) for s in second) == sorted((s.text, repr(s.attrs)) for s in first)


def test_a_note_that_only_looks_like_ours_is_kept_as_written(tmp_path):
    text = "قال كيكا إن المطر غزير"
    (tmp_path / "doc.txt").write_text(text, encoding="utf-8")
    (tmp_path / "doc.ann").write_text("T1\tPER 4 8\tكيكا\n#1\tAnnotatorNotes T1\tsource=the AFP wire\n", encoding="utf-8")
    [back] = BRAT.import_file(tmp_path / "doc.ann", load_schema())
    [span] = back
    assert span.attrs == {"note": "source=the AFP wire"} and span.source == "import:brat"


def test_an_empty_text_field_is_filled_from_the_txt_as_brat_does(tmp_path):
    (tmp_path / "doc.txt").write_bytes("قال كيكا\r\nإن المطر غزير".encode("utf-8"))
    (tmp_path / "doc.ann").write_text("T1\tPER 4 8\t\nT2\tCLAIM 10 23\t\n", encoding="utf-8")
    [back] = BRAT.import_file(tmp_path / "doc.ann", load_schema())
    assert sorted(s.text for s in back) == ["إن المطر غزير", "كيكا"]
