from __future__ import annotations

import csv
import io

import pytest

from test_formats_common import sample_annotations

from tawsim.core.model import AnnotationSet, Document
from tawsim.core.schema import load_schema
from tawsim.formats import ExportOptions, get_format

CONLL = get_format("conll")
CLAIMS = get_format("claims-csv")


def read_conll(data: bytes) -> list[list[list[str]]]:
    """Documents, each a list of token rows, following -DOCSTART- lines."""
    documents: list[list[list[str]]] = []
    for line in data.decode("utf-8").split("\n"):
        if not line:
            continue
        row = line.split(" ")
        if row[0] == "-DOCSTART-":
            documents.append([])
        else:
            documents[-1].append(row)
    return documents


def spans_from_tags(text: str, rows: list[list[str]], column: int) -> set[tuple[int, int, str]]:
    """Re-find each token in the text, then read the IOB2 column back into (start, end, label)."""
    spans, position, current = set(), 0, None
    for row in rows:
        start = text.index(row[0], position)
        assert not text[position:start].strip(), "tokens must follow the text in order"
        end = position = start + len(row[0])
        tag = row[column]
        if tag.startswith("I-"):
            assert current and current[2] == tag[2:], "I- must continue a span of its label"
            current[1] = end
            continue
        if current:
            spans.add(tuple(current))
        current = [start, end, tag[2:]] if tag.startswith("B-") else None
    if current:
        spans.add(tuple(current))
    return spans


def test_conll_columns_give_back_each_category_and_keep_proclitics_apart():
    annotations = sample_annotations()
    data = CONLL.export(annotations, ExportOptions(include_suggested=True))[".conll"]
    [rows] = read_conll(data)
    assert all(len(row) == 4 for row in rows)
    text = annotations.document.text
    for column, category in enumerate(("entity", "figure", "claim"), 1):
        wanted = {(s.start, s.end, s.label) for s in annotations.with_category(category) if s.status != "rejected"}
        assert spans_from_tags(text, rows, column) == wanted
    tokens = [row[0] for row in rows]
    index = tokens.index("العراق")
    assert tokens[index - 1] == "و" and rows[index][1] == "B-LOC"
    assert "".join(tokens) == "".join(text.split())


def test_conll_never_breaks_a_sentence_inside_a_span():
    text = "قال كيكا إن القتال انتهى. وبدأت المفاوضات.\nثم غادر."
    annotations = AnnotationSet(Document("s.txt", text))
    start = text.index("القتال")
    annotations.add(annotations.make_span(start, text.index(".\n"), "claim", "CLAIM", status="accepted"))
    blocks = CONLL.export(annotations, ExportOptions())[".conll"].decode("utf-8").split("\n\n")
    sentences = [[line.split(" ")[0] for line in block.splitlines()] for block in blocks if block.strip()]
    assert sentences[1:] == [
        ["قال", "كيكا", "إن", "القتال", "انتهى", ".", "وبدأت", "المفاوضات", "."],
        ["ثم", "غادر", "."],
    ]


def test_writing_one_document_for_the_export_menu(tmp_path):
    annotations = sample_annotations()
    written = get_format("brat").write(annotations, tmp_path / "mine.ann", ExportOptions(), load_schema())
    assert sorted(p.name for p in written) == ["annotation.conf", "mine.ann", "mine.txt"]
    [csv_path] = CLAIMS.write(annotations, tmp_path / "claims.csv", ExportOptions())
    assert csv_path.read_bytes().startswith("\ufeff".encode("utf-8"))


def test_conll_accepted_only_and_document_boundaries():
    annotations = sample_annotations()
    one = CONLL.export(annotations, ExportOptions())[".conll"]
    [rows] = read_conll(one)
    tags = {tag for row in rows for tag in row[1:]}
    assert "B-LOC" in tags and not any(row[0] == "سوريا" and row[1] != "O" for row in rows)
    assert len(read_conll(CONLL.join([one, one]))) == 2


def test_claims_csv_opens_in_excel_and_lists_speaker_and_figures():
    annotations = sample_annotations()
    data = CLAIMS.export(annotations, ExportOptions(include_suggested=True))[".csv"]
    assert data.startswith("\ufeff".encode("utf-8"))
    rows = list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"), newline="")))
    assert data.count(b"\r\n") == len(rows) + 1
    claims = {s.id: s for s in annotations.with_category("claim")}
    assert {row["claim_id"] for row in rows} == set(claims)
    first = next(row for row in rows if row["speaker"] == "التحالف الدولي")
    claim = claims[first["claim_id"]]
    assert first["claim"] == claim.text
    assert (int(first["start"]), int(first["end"])) == (claim.start, claim.end)
    assert first["speaker_label"] == "ORG" and first["status"] == "accepted"
    assert first["figures"] == "أقل من واحد في المئة [1 percent less_than]"
    quote = next(row for row in rows if row["speaker"] == "كریستوفر كیكا")
    assert quote["status"] == "suggested"
    accepted_only = CLAIMS.export(annotations, ExportOptions())[".csv"].decode("utf-8-sig")
    assert len(list(csv.DictReader(io.StringIO(accepted_only, newline="")))) == 1


def test_claims_csv_join_keeps_one_header():
    part = CLAIMS.export(sample_annotations(), ExportOptions())[".csv"]
    joined = CLAIMS.join([part, part]).decode("utf-8")
    assert joined.startswith("\ufeff") and joined.count("\ufeff") == 1
    assert joined.count("claim_id") == 1
    assert len(list(csv.DictReader(io.StringIO(joined[1:], newline="")))) == 2


def seqeval_chunks(tags: list[str]) -> list[tuple[str, int, int]]:
    """(type, first token, last token) of each chunk, by seqeval's default (IOB2, prefix) rule as
    its get_entities applies it (seqeval has no wheel, so it is not installed): a chunk ends at O,
    at B, or where the type changes; it starts at B, or at an I whose type differs from the one
    before (seqeval reads a stray I-X as the start of a chunk)."""
    chunks, start, previous_tag, previous_type = [], 0, "O", ""
    for index, tag in enumerate(tags + ["O"]):
        mark, kind = tag[0], tag[2:] if len(tag) > 2 else "_"
        ends = previous_tag in "BI" and (mark in "BO" or previous_type != kind)
        if ends:
            chunks.append((previous_type, start, index - 1))
        if mark == "B" or (mark == "I" and (previous_tag == "O" or previous_type != kind)):
            start = index
        previous_tag, previous_type = mark, kind
    return chunks


def crlf_article_annotations():
    from tawsim.core.textio import decode_article

    raw = ("😀 عاجلٌ: قال كريستوفر كيكا (Christopher Kika) إن أكثر من 37 ألف شخص فروا من الباغوز.\r\n"
           "وأضاف أن 99,5 في المئة من سوريا والعراق تحررت.").encode("utf-8")
    text = decode_article(raw, "article").text
    annotations = AnnotationSet(Document("baghouz.txt", text))
    for needle, category, label in (
        ("كريستوفر كيكا", "entity", "PER"), ("Christopher Kika", "entity", "PER"),
        ("الباغوز", "entity", "LOC"), ("سوريا", "entity", "LOC"), ("العراق", "entity", "LOC"),
        ("أكثر من 37 ألف شخص", "figure", "CARDINAL"), ("99,5 في المئة", "figure", "PERCENT"),
        ("أكثر من 37 ألف شخص فروا من الباغوز", "claim", "CLAIM"),
        ("99,5 في المئة من سوريا والعراق تحررت", "claim", "CLAIM"),
    ):
        start = text.index(needle)
        annotations.add(annotations.make_span(start, start + len(needle), category, label, status="accepted"))
    return annotations


def test_one_category_column_reads_in_spacy_convert_and_seqeval(tmp_path):
    pytest.importorskip("spacy")
    from spacy.training.converters import conll_ner_to_docs

    annotations = crlf_article_annotations()
    for category in ("entity", "figure", "claim"):
        part = CONLL.export(annotations, ExportOptions(category=category))[".conll"]
        data = CONLL.join([part, part]).decode("utf-8")
        wanted = [(s.label, "".join(s.text.split())) for s in sorted(annotations.with_category(category), key=lambda s: s.start)]
        docs = list(conll_ner_to_docs(data, no_print=True))  # what `spacy convert --converter ner` runs
        assert len(docs) == 2
        for doc in docs:
            assert [(e.label_, "".join(t.text for t in e)) for e in doc.ents] == wanted
        rows = [line.split(" ") for line in part.decode("utf-8").split("\n")[2:] if line]
        assert all(len(row) == 2 for row in rows)
        tags = [row[1] for row in rows]
        chunks = seqeval_chunks(tags)
        assert [(kind, "".join(row[0] for row in rows[first : last + 1])) for kind, first, last in chunks] == wanted
        for previous, tag in zip(["O"] + tags, tags):  # strict IOB2: I-X only after B-X or I-X
            assert not tag.startswith("I-") or previous[2:] == tag[2:]


def test_overlapping_spans_of_one_category_are_left_out_with_a_warning():
    annotations = crlf_article_annotations()
    text = annotations.document.text
    start = text.index("كيكا")
    annotations.add(annotations.make_span(start, start + 4, "entity", "PER", status="accepted"))
    files = CONLL.export(annotations, ExportOptions(category="entity"))
    assert files.warnings == ["1 entity spans overlap a longer one and are left out (IOB2 cannot nest)"]


def test_cli_category_flag(tmp_path, capsys):
    from tawsim.cli import main
    from tawsim.core import annotation_file

    source = tmp_path / "baghouz.json"
    annotation_file.save(source, crlf_article_annotations())
    out = tmp_path / "figures.conll"
    assert main(["export", str(source), "--to", "conll", "--category", "figure", "-o", str(out)]) == 0
    lines = out.read_text(encoding="utf-8").split("\n")
    assert lines[0] == "-DOCSTART- -X- O O" and "37 I-CARDINAL" in lines
    assert main(["export", str(source), "--to", "doccano", "--category", "figure", "-o", str(tmp_path / "x.jsonl")]) == 1
    assert "--category is for CoNLL" in capsys.readouterr().err


def test_claims_csv_shows_a_range_with_both_ends():
    text = "وقال الوزير إن الأسعار ستتراوح بين 38 و42 شيكلا."
    annotations = AnnotationSet(Document("range.txt", text))
    annotations.add(annotations.make_span(text.index("إن"), len(text) - 1, "claim", "CLAIM", status="accepted"))
    start = text.index("بين")
    annotations.add(annotations.make_span(start, start + len("بين 38 و42 شيكلا"), "figure", "MONEY",
                                          status="accepted", attrs={"value": 38, "high": 42, "unit": "ILS"}))
    data = CLAIMS.export(annotations, ExportOptions())[".csv"].decode("utf-8-sig")
    (row,) = csv.DictReader(io.StringIO(data, newline=""))
    assert row["figures"] == "بين 38 و42 شيكلا [38–42 ILS]"
