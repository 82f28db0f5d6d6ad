from __future__ import annotations

import csv
import io

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
