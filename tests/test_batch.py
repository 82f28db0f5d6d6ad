from __future__ import annotations

import argparse
import io
import json
import re

import pytest

from tawsim.batch import Progress, collect_inputs, run_batch
from tawsim.commands import suggest_command
from tawsim.core import annotation_file
from tawsim.core.errors import InputError, TawsimError
from tawsim.core.model import AnnotationSet

WORD = "داعش"


class FakeEngine:
    """Suggests every occurrence of one word as an organisation: enough to test the plumbing."""

    def suggest(self, document, warnings=None):
        annotations = AnnotationSet(document)
        for match in re.finditer(WORD, document.text):
            annotations.add(annotations.make_span(match.start(), match.end(), "entity", "ORG", source="rule:fake"))
        return annotations


def fake_engine(rules_dir):
    return FakeEngine()


def broken_rules(rules_dir):
    raise TawsimError(f"{rules_dir}/entities.jsonl: line 3: not valid JSON")


def halve(number):
    if number == 3:
        raise InputError(f"item {number}: is odd in a way that matters")
    if number == 5:
        raise ValueError("unexpected")
    return number // 2


@pytest.mark.parametrize("jobs", [1, 2])
def test_failures_are_reported_and_the_batch_goes_on(jobs):
    stream = io.StringIO()
    report = run_batch(halve, list(range(8)), jobs=jobs, stream=stream)
    assert [o.value for o in report.outcomes if o.ok] == [0, 0, 1, 2, 3, 3]
    assert [o.item for o in report.outcomes] == list(range(8))
    assert report.done == 6 and report.failed == 2 and report.exit_code == 1
    lines = stream.getvalue().splitlines()
    assert sorted(lines) == ["tawsim: 5: internal error: ValueError: unexpected", "tawsim: item 3: is odd in a way that matters"]
    assert "Traceback" not in stream.getvalue()
    assert re.fullmatch(r"6 done, 2 failed, \d+\.\d s", report.summary())


class FakeTerminal(io.StringIO):
    def isatty(self):
        return True


def test_progress_bar_only_on_a_terminal():
    quiet = io.StringIO()
    run_batch(halve, [0, 2, 4], jobs=1, stream=quiet)
    assert quiet.getvalue() == ""
    terminal = FakeTerminal()
    run_batch(halve, [0, 2, 4], jobs=1, stream=terminal)
    drawn = terminal.getvalue()
    assert "\r[" in drawn and "3/3" in drawn and "/s" in drawn and "left" in drawn
    assert drawn.endswith("\r\x1b[K")  # the bar is wiped before the summary


def test_progress_line_has_rate_and_estimate():
    progress = Progress(10, io.StringIO(), "articles")
    progress.count = 4
    line = progress.line(now=progress.started + 2.0)
    assert line == "[###########-----------------] 4/10 2.0 articles/s, 3s left"


def test_collect_inputs_expands_folders_and_reports_missing(tmp_path):
    (tmp_path / "b.txt").write_text("ب", encoding="utf-8")
    (tmp_path / "a.txt").write_text("أ", encoding="utf-8")
    (tmp_path / "notes.md").write_text("x", encoding="utf-8")
    files, missing = collect_inputs([tmp_path, tmp_path / "a.txt", tmp_path / "nope.txt"], "*.txt")
    assert [f.name for f in files] == ["a.txt", "b.txt"]
    assert [m.message for m in missing] == [f"{tmp_path / 'nope.txt'}: no such file or folder"]


def suggest_args(inputs, output=None, jobs=0):
    return argparse.Namespace(inputs=inputs, output=output, rules=None, jobs=jobs)


@pytest.mark.parametrize("jobs", [1, 2])
def test_suggest_folder_with_one_broken_file(tmp_path, capsys, jobs):
    articles = tmp_path / "articles"
    articles.mkdir()
    texts = {f"a{n}": f"خبر رقم {n} عن {WORD} و{WORD}." for n in range(5)}
    for stem, text in texts.items():
        (articles / f"{stem}.txt").write_text(text, encoding="utf-8")
    (articles / "broken.txt").write_bytes(b"\x00\x01binary\x00")
    out = tmp_path / "out"
    code = suggest_command(suggest_args([articles], out, jobs), engine_factory=fake_engine)
    assert code == 1
    err = capsys.readouterr().err
    assert f"{articles / 'broken.txt'}: looks like a binary file" in err
    assert re.search(r"suggest: 5 done, 1 failed, \d+\.\d s", err)
    assert sorted(p.name for p in out.iterdir()) == [f"{stem}.json" for stem in sorted(texts)]
    for stem, text in texts.items():
        loaded = annotation_file.load(out / f"{stem}.json")
        assert loaded.document.text == text and loaded.document.name == f"{stem}.txt"
        assert [s.text for s in loaded.annotations] == [WORD, WORD]
        assert {s.status for s in loaded.annotations} == {"suggested"}


def test_suggest_one_file_to_stdout_and_to_a_file(tmp_path, capsys):
    article = tmp_path / "one.txt"
    article.write_text(f"عن {WORD}", encoding="utf-8")
    assert suggest_command(suggest_args([article]), engine_factory=fake_engine) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["document"]["text"] == f"عن {WORD}" and len(data["annotations"]) == 1
    target = tmp_path / "deep" / "one.json"
    assert suggest_command(suggest_args([article], target), engine_factory=fake_engine) == 0
    assert annotation_file.load(target).document.name == "one.txt"


def test_suggest_stops_at_once_on_broken_rules(tmp_path):
    article = tmp_path / "one.txt"
    article.write_text("نص", encoding="utf-8")
    with pytest.raises(TawsimError, match=r"entities\.jsonl: line 3"):
        suggest_command(suggest_args([tmp_path], tmp_path / "out"), engine_factory=broken_rules)


def test_suggest_refuses_two_inputs_with_the_same_output_name(tmp_path):
    for folder in ("x", "y"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "same.txt").write_text("نص", encoding="utf-8")
    with pytest.raises(TawsimError, match="would both be written to"):
        suggest_command(suggest_args([tmp_path / "x", tmp_path / "y"], tmp_path / "out"), engine_factory=fake_engine)
