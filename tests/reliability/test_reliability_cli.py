"""The command line: a bad input ends with exit status 1 and one line on stderr, never a traceback."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from reliability_support import CORPUS, REPO


def run_tawsim(*args: str, cwd) -> subprocess.CompletedProcess:
    environment = {k: v for k, v in os.environ.items() if k != "TAWSIM_DEBUG"}
    environment["QT_QPA_PLATFORM"] = "offscreen"
    try:
        return subprocess.run(
            [sys.executable, "-m", "tawsim", *args],
            capture_output=True, text=True, timeout=120, cwd=cwd, env=environment,
        )
    except subprocess.TimeoutExpired:
        raise AssertionError(f"tawsim {' '.join(args)} hung") from None


def assert_one_line_error(result: subprocess.CompletedProcess, names: str) -> None:
    lines = result.stderr.splitlines()
    assert "Traceback" not in result.stderr, result.stderr
    assert result.returncode == 1, f"exit {result.returncode} (3 is an internal error): {result.stderr!r}"
    assert len(lines) == 1, f"expected one line on stderr, got {len(lines)}: {result.stderr!r}"
    assert lines[0].startswith("tawsim: error: "), lines[0]
    assert "internal error" not in lines[0]
    assert names in lines[0], f"{names!r} not named in {lines[0]!r}"


@pytest.fixture
def bad_inputs(tmp_path):
    binary = tmp_path / "binary.txt"
    binary.write_bytes((CORPUS / "articles" / "bad.png-header.bin").read_bytes())
    latin = tmp_path / "french.txt"
    latin.write_bytes((CORPUS / "articles" / "bad.latin1-french.txt").read_bytes())
    truncated = tmp_path / "cut.txt"
    truncated.write_bytes((CORPUS / "articles" / "bad.truncated-utf8.txt").read_bytes())
    return {
        "binary": binary,
        "wrong encoding": latin,
        "cut in half a character": truncated,
        "missing": tmp_path / "absent.txt",
    }


@pytest.mark.parametrize("case", ["binary", "wrong encoding", "cut in half a character", "missing"])
def test_suggest_on_a_bad_article_fails_with_one_line(tmp_path, bad_inputs, case):
    given = bad_inputs[case]
    result = run_tawsim("suggest", str(given), cwd=tmp_path)
    assert_one_line_error(result, given.name)
    assert result.stdout == "", "nothing may be written for an input that failed"


def test_suggest_on_a_folder_without_output_fails_with_one_line(tmp_path):
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "one.txt").write_bytes((CORPUS / "articles" / "reference.utf8.txt").read_bytes())
    result = run_tawsim("suggest", str(folder), cwd=tmp_path)
    assert_one_line_error(result, "-o")


def test_suggest_on_a_folder_reports_the_bad_article_by_name_and_goes_on(tmp_path):
    # A batch names each failed file on its own line, then one summary line; never a traceback.
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "bad.txt").write_bytes((CORPUS / "articles" / "bad.png-header.bin").read_bytes())
    (folder / "good.txt").write_bytes((CORPUS / "articles" / "reference.utf8.txt").read_bytes())
    result = run_tawsim("suggest", str(folder), "-o", str(tmp_path / "out"), "-j", "1", cwd=tmp_path)
    lines = result.stderr.splitlines()
    assert result.returncode == 1 and "Traceback" not in result.stderr, result.stderr
    assert all(line.startswith("tawsim: ") for line in lines), lines
    assert [line for line in lines if "bad.txt" in line], lines
    assert not [line for line in lines if "good.txt" in line], lines
    assert (tmp_path / "out" / "good.json").exists()
    assert not (tmp_path / "out" / "bad.json").exists()


def test_suggest_into_a_folder_that_is_a_file_fails_with_one_line(tmp_path):
    blocker = tmp_path / "notes.txt"
    blocker.write_text("not a folder", encoding="utf-8")
    result = run_tawsim(
        "suggest", str(CORPUS / "articles" / "reference.utf8.txt"), "-o", str(blocker / "out.json"), cwd=tmp_path
    )
    assert_one_line_error(result, "notes.txt")
    assert blocker.read_text(encoding="utf-8") == "not a folder"


def test_suggest_on_a_good_article_still_works(tmp_path):
    # The counterpart of the tests above: the command exists and succeeds on a clean article.
    result = run_tawsim("suggest", str(REPO / "seeds" / "000_e93ad64ae9bca60f.txt"), cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert '"format": "tawsim"' in result.stdout


@pytest.mark.parametrize(
    "corpus_file", ["bad.truncated.json", "bad.binary.json", "bad.huge-integer.json", "bad.deep-nesting.json"]
)
def test_export_of_a_bad_annotation_file_fails_with_one_line(tmp_path, corpus_file):
    source = tmp_path / corpus_file
    source.write_bytes((CORPUS / "annotations" / corpus_file).read_bytes())
    result = run_tawsim("export", str(source), "--to", "doccano", "-o", str(tmp_path / "out.jsonl"), cwd=tmp_path)
    assert_one_line_error(result, corpus_file)
    assert not (tmp_path / "out.jsonl").exists()


@pytest.mark.parametrize("format_name", ["brat", "doccano", "labelstudio"])
@pytest.mark.parametrize("corpus_file", ["bad.binary.json", "bad.truncated.json"])
def test_import_of_a_damaged_file_fails_with_one_line(tmp_path, format_name, corpus_file):
    source = tmp_path / {"brat": "damaged.ann", "doccano": "damaged.jsonl", "labelstudio": "damaged.json"}[format_name]
    source.write_bytes((CORPUS / "annotations" / corpus_file).read_bytes())
    if format_name == "brat":
        (tmp_path / "damaged.txt").write_bytes((CORPUS / "articles" / "reference.utf8.txt").read_bytes())
    result = run_tawsim("import", str(source), "--from", format_name, cwd=tmp_path)
    assert_one_line_error(result, source.name)
    assert result.stdout == ""
