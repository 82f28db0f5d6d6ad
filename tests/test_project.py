"""Projects: the folder layout, the SQLite index, corpus search, tagging, and the CLI commands."""

from __future__ import annotations

import json
import sqlite3

import pytest

from tawsim.cli import main
from tawsim.core import annotation_file
from tawsim.core.model import AnnotationSet, Document
from tawsim.project.documents import CorruptAnnotations, open_document, tag_in_files
from tawsim.project.index import ProjectIndex, fts5_available
from tawsim.project.layout import open_project
from tawsim.project.search import search

TEXT_A = "قال حاكم مصرف لبنان إن ومصرفِ لبنان يدعم التحالف.\n"
TEXT_B = "أعلن مصرف لبنان اليوم أن للتحالف خطة.\n"


def annotated(name: str, text: str, done: bool = False) -> AnnotationSet:
    annotations = AnnotationSet(Document(name, text))
    start = text.index("مصرف")
    annotations.add(annotations.make_span(start, start + 10, "entity", "ORG", status="accepted", source="manual"))
    annotations.add(annotations.make_span(0, 3, "entity", "PER", status="suggested", source="rule:x"))
    annotations.set_done(done)
    return annotations


@pytest.fixture
def project_dir(tmp_path):
    folder = tmp_path / "corpus"
    (folder / "week1").mkdir(parents=True)
    (folder / "a.txt").write_text(TEXT_A, encoding="utf-8")
    (folder / "week1" / "b.txt").write_text(TEXT_B, encoding="utf-8")
    (folder / "c.txt").write_text("نص آخر بلا شيء.\n", encoding="utf-8")
    annotation_file.save(folder / "a.json", annotated("a.txt", TEXT_A, done=True))
    annotation_file.save(folder / "week1" / "b.json", annotated("b.txt", TEXT_B))
    return folder


def test_listing_states_and_counts(project_dir):
    (project_dir / "c.alice.json").write_text("{}", encoding="utf-8")  # an annotator's file, not an article
    index = ProjectIndex(open_project(project_dir))
    assert index.refresh() == 3
    rows = {row.name: row for row in index.rows()}
    assert list(rows) == ["a.txt", "c.txt", "week1/b.txt"]
    assert [rows[n].state for n in rows] == ["done", "new", "in progress"]
    assert (rows["a.txt"].accepted, rows["a.txt"].suggested, rows["a.txt"].manual) == (1, 1, 1)
    assert index.label_totals() == {"ORG": 2, "PER": 2}
    assert (project_dir / ".tawsim" / "index.sqlite").is_file()


def test_done_flag_round_trips_through_the_json(tmp_path):
    path = tmp_path / "x.json"
    annotation_file.save(path, annotated("x.txt", TEXT_A, done=True))
    assert json.loads(path.read_text(encoding="utf-8"))["state"] == {"done": True}
    assert annotation_file.load(path).annotations.done
    annotation_file.save(path, annotated("x.txt", TEXT_A))
    assert "state" not in json.loads(path.read_text(encoding="utf-8"))


def test_index_rebuilds_only_what_changed_and_can_be_deleted(project_dir):
    project = open_project(project_dir)
    ProjectIndex(project).refresh()
    index = ProjectIndex(project)
    assert index.refresh() == 0
    annotation_file.save(project_dir / "c.json", AnnotationSet(Document("c.txt", "نص آخر بلا شيء.\n")))
    assert index.refresh() == 1
    assert index.row("c.txt").state == "in progress"
    index.close()
    (project_dir / ".tawsim" / "index.sqlite").unlink()
    again = ProjectIndex(project)
    assert again.refresh() == 3 and len(again.rows()) == 3


def test_a_damaged_index_is_rebuilt(project_dir):
    (project_dir / ".tawsim").mkdir()
    (project_dir / ".tawsim" / "index.sqlite").write_bytes(b"not a database at all" * 100)
    index = ProjectIndex(open_project(project_dir))
    assert index.refresh() == 3


def test_search_folds_ignores_tashkeel_allows_proclitics_and_gives_original_offsets(project_dir):
    index = ProjectIndex(open_project(project_dir))
    index.refresh()
    hits = search(index, "مصرف لبنان")
    assert [(h.document, h.text) for h in hits] == [
        ("a.txt", "مصرف لبنان"), ("a.txt", "مصرفِ لبنان"), ("week1/b.txt", "مصرف لبنان")]
    for hit in hits:
        text = (project_dir / hit.document).read_text(encoding="utf-8")
        assert text[hit.start:hit.end] == hit.text
        assert text[:hit.start].endswith(hit.left[-5:])
    assert [h.text for h in search(index, "التحالف")] == ["التحالف", "لتحالف"]
    assert search(index, "لبنانية") == []


def test_search_without_fts5_falls_back_to_like(project_dir, monkeypatch):
    import tawsim.project.index as index_module

    monkeypatch.setattr(index_module, "fts5_available", lambda: False)
    index = ProjectIndex(open_project(project_dir))
    index.refresh()
    assert not index.fts5
    assert len(search(index, "مصرف لبنان")) == 3
    assert fts5_available() in (True, False)


def test_tag_in_files_writes_each_json_once(project_dir):
    project = open_project(project_dir)
    index = ProjectIndex(project)
    index.refresh()
    hits = search(index, "مصرف لبنان")
    changed = tag_in_files(project, hits, "ORG", "entity")
    assert changed == {"a.txt": 1}  # b's occurrence is an accepted ORG already
    spans = annotation_file.load(project_dir / "a.json").annotations
    assert sorted((s.text, s.label, s.status) for s in spans if s.label == "ORG") == [
        ("مصرف لبنان", "ORG", "accepted"), ("مصرفِ لبنان", "ORG", "accepted")]


def test_bad_input_is_listed_not_fatal(tmp_path):
    folder = tmp_path / "p"
    folder.mkdir()
    (folder / "good.txt").write_text(TEXT_A, encoding="utf-8")
    (folder / "binary.txt").write_bytes(b"\x00\x01\x02\x03")
    (folder / "twin.txt").write_text(TEXT_B, encoding="utf-8")
    (folder / "twin.TXT").write_text(TEXT_B, encoding="utf-8")
    (folder / "good.json").write_text('{"format": "tawsim", "broken', encoding="utf-8")
    project = open_project(folder)
    index = ProjectIndex(project)
    index.refresh()
    rows = {row.name: row for row in index.rows()}
    assert rows["binary.txt"].state == "unreadable" and "binary" in rows["binary.txt"].problem
    assert rows["good.txt"].state == "corrupt"
    assert "twin.TXT" in rows["twin.txt"].problem and "twin.txt" in rows["twin.txt"].problem
    with pytest.raises(CorruptAnnotations):
        open_document(project.article("good.txt"))
    assert (folder / "good.json").read_text(encoding="utf-8") == '{"format": "tawsim", "broken'


def test_empty_folder_is_an_empty_project(tmp_path):
    project = open_project(tmp_path)
    assert project.articles == [] and "no articles" in project.empty_message()


def test_annotator_files(project_dir):
    annotation_file.save(project_dir / "c.alice.json", AnnotationSet(Document("c.txt", "نص آخر بلا شيء.\n")))
    project = open_project(project_dir, annotator="alice")
    assert project.article("c.txt").annotation_path.name == "c.alice.json"
    index = ProjectIndex(project)
    index.refresh()
    rows = {row.name: row.state for row in index.rows()}
    assert rows == {"a.txt": "new", "c.txt": "in progress", "week1/b.txt": "new"}


# -- the CLI ---------------------------------------------------------------------------------
def test_cli_init_status_and_json(project_dir, capsys):
    assert main(["project", "init", str(project_dir), "--annotator", "alice"]) == 0
    settings = json.loads((project_dir / "tawsim-project.json").read_text(encoding="utf-8"))
    assert settings["annotator"] == "alice"
    assert main(["project", "init", str(project_dir)]) == 1
    capsys.readouterr()
    (project_dir / "tawsim-project.json").unlink()
    assert main(["project", "status", str(project_dir), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["totals"]["documents"] == 3 and data["totals"]["done"] == 1
    assert data["totals"]["accepted"] == 2
    assert main(["project", "status", str(project_dir)]) == 0
    table = capsys.readouterr().out
    assert "week1/b.txt" in table and "in progress" in table and "1/3 done" in table


def test_cli_bad_annotator_is_one_line(project_dir, capsys):
    assert main(["project", "init", str(project_dir), "--annotator", "a b"]) == 1
    assert "annotator name" in capsys.readouterr().err


def test_cli_export_project_done_only_then_all(project_dir, tmp_path, capsys):
    main(["project", "init", str(project_dir)])
    out = tmp_path / "out.jsonl"
    assert main(["export", str(project_dir), "--to", "doccano", "-o", str(out)]) == 0
    lines = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert len(lines) == 1 and "مصرف لبنان" in lines[0]["text"]
    assert main(["export", str(project_dir), "--to", "doccano", "-o", str(out), "--include-unfinished"]) == 0
    assert len(out.read_text(encoding="utf-8").splitlines()) == 2
    assert main(["export", str(project_dir), "--to", "doccano", "-o", str(out), "--doccano-offsets", "graphemes"]) == 0
    assert [json.loads(line)["tawsim_offsets"] for line in out.read_text(encoding="utf-8").splitlines()] == ["graphemes"]
    brat = tmp_path / "brat"
    assert main(["export", str(project_dir), "--to", "brat", "-o", str(brat), "--include-unfinished"]) == 0
    assert (brat / "a.ann").is_file() and (brat / "week1" / "b.ann").is_file()


def test_cli_export_nothing_done_is_one_line(tmp_path, capsys):
    (tmp_path / "x.txt").write_text(TEXT_A, encoding="utf-8")
    assert main(["export", str(tmp_path), "--project", "--to", "doccano", "-o", str(tmp_path / "o.jsonl")]) == 1
    assert "no done documents" in capsys.readouterr().err


def test_index_holds_what_the_readme_says(project_dir):
    index = ProjectIndex(open_project(project_dir))
    index.refresh()
    db = sqlite3.connect(project_dir / ".tawsim" / "index.sqlite")
    tables = {name for (name,) in db.execute("SELECT name FROM sqlite_master WHERE type IN ('table')")}
    assert {"documents", "labels", "texts", "search"} <= tables


def test_a_read_only_project_opens_read_only_and_says_why(project_dir):
    """Run for real in a child without CAP_DAC_OVERRIDE (see tests/reliability/test_read_only_folder.py)."""
    import os
    import shutil
    import subprocess
    import sys

    command = [sys.executable, "-m", "tawsim", "project", "status", str(project_dir), "--json"]
    if os.geteuid() == 0:
        setpriv = shutil.which("setpriv")
        if setpriv is None:
            pytest.skip("running as root without util-linux setpriv to drop CAP_DAC_OVERRIDE")
        command = [setpriv, "--bounding-set", "-dac_override,-dac_read_search", *command]
    for folder in (project_dir / "week1", project_dir):
        folder.chmod(0o555)
    try:
        result = subprocess.run(command, capture_output=True, text=True, encoding="utf-8", timeout=120)
    finally:
        for folder in (project_dir, project_dir / "week1"):
            folder.chmod(0o755)
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert "read-only" in data["message"] and "cannot be written" in data["message"]
    assert data["totals"]["documents"] == 3 and data["totals"]["done"] == 1
    assert not (project_dir / ".tawsim").exists()


def test_suggest_all_writes_only_new_documents_and_stops_when_cancelled(project_dir):
    from tawsim.project.documents import suggest_all

    project = open_project(project_dir)
    before = (project_dir / "a.json").read_bytes()

    def suggester(document):
        annotations = AnnotationSet(document)
        annotations.add(annotations.make_span(0, 2, "entity", "LOC", source="rule:test"))
        return annotations

    assert suggest_all(project, project.articles, suggester, cancelled=lambda: True) == (0, [])
    assert not (project_dir / "c.json").exists()
    seen = []
    assert suggest_all(project, project.articles, suggester, progress=lambda d, t: seen.append((d, t))) == (1, [])
    assert seen == [(1, 1)]
    assert [s.status for s in annotation_file.load(project_dir / "c.json").annotations] == ["suggested"]
    assert (project_dir / "a.json").read_bytes() == before
