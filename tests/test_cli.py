"""`python -m tawsim suggest/export/import` in a subprocess, as a user runs them."""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
from pathlib import Path

import pytest
from test_formats_common import SEED, relation_tuples, sample_annotations, span_tuples

from tawsim.core import annotation_file

ROOT = Path(__file__).resolve().parents[1]


def tawsim(*args, cwd=None):
    return subprocess.run(
        [sys.executable, "-m", "tawsim", *map(str, args)],
        capture_output=True, text=True, encoding="utf-8", cwd=cwd, timeout=300,
    )


def one_line_error(result, *fragments):
    assert result.returncode == 1, result.stderr
    assert "Traceback" not in result.stderr
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    for fragment in fragments:
        assert fragment in lines[0]
    return lines[0]


@pytest.fixture
def sample_file(tmp_path):
    path = tmp_path / "seed.json"
    annotation_file.save(path, sample_annotations())
    return path


def test_export_to_stdout_and_import_back(tmp_path, sample_file):
    result = tawsim("export", sample_file, "--to", "doccano", "--include-suggested")
    assert result.returncode == 0 and result.stderr == ""
    jsonl = tmp_path / "seed.jsonl"
    jsonl.write_text(result.stdout, encoding="utf-8")
    back = tawsim("import", jsonl, "--from", "doccano")
    assert back.returncode == 0, back.stderr
    loaded = annotation_file.loads(back.stdout)
    original = sample_annotations()
    assert span_tuples(loaded.annotations) == span_tuples(original, ("accepted", "suggested"))
    assert relation_tuples(loaded.annotations) == relation_tuples(original)


def test_doccano_overlap_and_grapheme_options(tmp_path, sample_file):
    apart = tawsim("export", sample_file, "--to", "doccano", "--include-suggested")
    keep_all = tawsim("export", sample_file, "--to", "doccano", "--include-suggested", "--doccano-overlap", "keep-all")
    assert (apart.stdout.count("\n"), keep_all.stdout.count("\n")) == (2, 1)
    graphemes = tawsim("export", sample_file, "--to", "doccano", "--doccano-offsets", "graphemes")
    assert graphemes.returncode == 0 and '"tawsim_offsets": "graphemes"' in graphemes.stdout
    # a file from a grapheme-mode doccano project says nothing of its unit: the option says it
    path = tmp_path / "from-doccano.jsonl"
    path.write_text('{"text": "😀 عاجلٌ: قال كيكا", "label": [[2, 6, "LOC"]]}\n', encoding="utf-8")
    back = tawsim("import", path, "--from", "doccano", "--doccano-offsets", "graphemes")
    assert back.returncode == 0, back.stderr
    assert [s.text for s in annotation_file.loads(back.stdout).annotations] == ["عاجلٌ"]
    one_line_error(tawsim("import", path, "--from", "labelstudio", "--doccano-offsets", "graphemes"),
                   "--doccano-offsets is for doccano")


def test_import_names_what_it_skipped(tmp_path):
    path = tmp_path / "some.jsonl"
    path.write_text('{"label": []}\n{"text": "قال كيكا", "label": [[4, 8, "PER"]]}\n', encoding="utf-8")
    result = tawsim("import", path, "--from", "doccano")
    assert result.returncode == 0
    assert result.stderr.splitlines() == [f'tawsim: warning: {path}: line 1: skipped: a record is an object with a "text" string']
    assert [s.text for s in annotation_file.loads(result.stdout).annotations] == ["كيكا"]


def test_brat_needs_a_folder_then_round_trips(tmp_path, sample_file):
    one_line_error(tawsim("export", sample_file, "--to", "brat"), "needs a folder", "-o")
    out = tmp_path / "brat"
    result = tawsim("export", sample_file, "--to", "brat", "-o", out)
    assert result.returncode == 0, result.stderr
    assert sorted(p.name for p in out.iterdir()) == ["annotation.conf", "seed.ann", "seed.txt"]
    target = tmp_path / "back.json"
    result = tawsim("import", out / "seed.ann", "--from", "brat", "-o", target)
    assert result.returncode == 0, result.stderr
    loaded = annotation_file.load(target)
    assert span_tuples(loaded.annotations) == span_tuples(sample_annotations())


def test_a_brat_folder_imports_at_once(tmp_path):
    inputs = tmp_path / "in"
    inputs.mkdir()
    for number in range(2):
        annotation_file.save(inputs / f"doc{number}.json", sample_annotations())
    assert tawsim("export", inputs, "--to", "brat", "-o", tmp_path / "brat").returncode == 0
    result = tawsim("import", tmp_path / "brat", "--from", "brat", "-o", tmp_path / "back")
    assert result.returncode == 0, result.stderr
    assert sorted(p.name for p in (tmp_path / "back").iterdir()) == ["doc0.json", "doc1.json"]
    loaded = annotation_file.load(tmp_path / "back" / "doc1.json")
    assert span_tuples(loaded.annotations) == span_tuples(sample_annotations())


def test_export_folder_with_one_broken_file(tmp_path):
    inputs = tmp_path / "in"
    inputs.mkdir()
    for number in range(3):
        annotation_file.save(inputs / f"doc{number}.json", sample_annotations())
    (inputs / "broken.json").write_text('{"format": "tawsim", "version": 1, "document": {', encoding="utf-8")
    out = tmp_path / "out"
    result = tawsim("export", inputs, "--to", "conll", "-o", out, "-j", "2")
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    lines = result.stderr.splitlines()
    assert len(lines) == 2, result.stderr
    assert str(inputs / "broken.json") in lines[0] and "not valid JSON" in lines[0]
    assert lines[1].startswith("tawsim: export: 3 done, 1 failed,")
    assert sorted(p.name for p in out.iterdir()) == ["doc0.conll", "doc1.conll", "doc2.conll"]


def test_export_folder_into_one_file(tmp_path):
    inputs = tmp_path / "in"
    inputs.mkdir()
    for number in range(3):
        annotation_file.save(inputs / f"doc{number}.json", sample_annotations())
    target = tmp_path / "all.csv"
    result = tawsim("export", inputs, "--to", "claims-csv", "-o", target)
    assert result.returncode == 0, result.stderr
    text = target.read_bytes().decode("utf-8-sig")
    assert text.count("claim_id") == 1 and text.count("\r\n") == 1 + 3


def test_spacy_export_loads_in_spacy(tmp_path, sample_file):
    spacy = pytest.importorskip("spacy")
    from spacy.tokens import DocBin

    target = tmp_path / "train.spacy"
    result = tawsim("export", sample_file, "--to", "spacy", "-o", target)
    assert result.returncode == 0, result.stderr
    [doc] = DocBin().from_disk(target).get_docs(spacy.blank("ar").vocab)
    text = sample_annotations().document.text
    assert doc.text == text and len(doc.ents) > 0
    for ent in doc.ents:
        assert ent.text == text[ent.start_char : ent.end_char]


@pytest.mark.parametrize(
    "args, fragments",
    [
        (["export", "{sample}", "--to", "pdf"], ["unknown format 'pdf'", "brat, conll"]),
        (["export", "{tmp}/missing.json", "--to", "conll"], ["missing.json: no such file"]),
        (["import", "{tmp}/bad.jsonl", "--from", "doccano"], ["bad.jsonl: line 2", "outside the text"]),
        (["import", "{tmp}/bad.jsonl", "--from", "conll"], ["export only"]),
        (["import", "{tmp}/bad.jsonl", "--from", "labelstudio"], ["bad.jsonl: line 2 column", "not valid JSON"]),
        (["suggest", "{tmp}/missing.txt"], ["missing.txt: no such file"]),
    ],
)
def test_errors_are_one_line(tmp_path, sample_file, args, fragments):
    (tmp_path / "bad.jsonl").write_text(
        '{"text": "نص", "label": []}\n{"text": "قال كيكا", "label": [[4, 80, "PER"]]}\n', encoding="utf-8"
    )
    args = [a.format(sample=sample_file, tmp=tmp_path) for a in args]
    one_line_error(tawsim(*args), *fragments)


def test_import_of_many_documents_needs_a_folder(tmp_path):
    path = tmp_path / "two.jsonl"
    path.write_text('{"text": "أ"}\n{"text": "ب"}\n', encoding="utf-8")
    one_line_error(tawsim("import", path, "--from", "doccano"), "holds 2 documents", "-o FOLDER")
    result = tawsim("import", path, "--from", "doccano", "-o", tmp_path / "docs")
    assert result.returncode == 0, result.stderr
    assert sorted(p.name for p in (tmp_path / "docs").iterdir()) == ["two-1.json", "two-2.json"]


def engine_available() -> bool:
    try:
        return importlib.util.find_spec("tawsim.rules.engine") is not None and _engine_imports()
    except Exception:
        return False


def _engine_imports() -> bool:
    result = subprocess.run(
        [sys.executable, "-c", "from tawsim.commands import load_engine; load_engine(None)"],
        capture_output=True, timeout=300,
    )
    return result.returncode == 0


@pytest.mark.skipif(not engine_available(), reason="the rule engine's modules are not there yet")
def test_suggest_a_folder_with_one_broken_article(tmp_path):
    articles = tmp_path / "articles"
    articles.mkdir()
    seed = SEED.read_text(encoding="utf-8")
    for number in range(3):
        (articles / f"a{number}.txt").write_text(seed, encoding="utf-8")
    (articles / "broken.txt").write_bytes(b"\x00\x00\x00")
    single = tawsim("suggest", articles / "a0.txt")
    assert single.returncode == 0, single.stderr
    assert json.loads(single.stdout)["document"]["text"] == seed
    result = tawsim("suggest", articles, "-o", tmp_path / "out", "-j", "2")
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert "broken.txt: looks like a binary file" in result.stderr
    assert "suggest: 3 done, 1 failed" in result.stderr
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == ["a0.json", "a1.json", "a2.json"]
