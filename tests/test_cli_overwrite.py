"""What the command line refuses to write over: inputs, decisions, articles; -o dir/; odd targets."""

from __future__ import annotations

import json
import os
import stat

import pytest
from test_formats_common import SEED, sample_annotations

from tawsim import cli
from tawsim.core import annotation_file
from tawsim.core.atomic import backup_path


def run(capsys, *args):
    code = cli.main([str(a) for a in args])
    err = capsys.readouterr().err
    return code, err


def one_line(code, err, *fragments):
    assert code == 1, err
    lines = err.splitlines()
    assert len(lines) == 1 and "Traceback" not in err, err
    for fragment in fragments:
        assert fragment in lines[0], lines[0]


def suggestions_only():
    annotations = sample_annotations()
    for span in list(annotations):
        annotations.update(span.id, status="suggested", source="rule:test")
    return annotations


def reviewed(path):
    annotations = suggestions_only()
    for span in list(annotations)[:3]:
        annotations.update(span.id, status="accepted")
    annotation_file.save(path, annotations)
    return path.read_bytes()


def test_export_refuses_to_write_over_its_input(tmp_path, capsys):
    work = tmp_path / "work.json"
    before = reviewed(work)
    one_line(*run(capsys, "export", work, "--to", "labelstudio", "-o", work), "is an input")
    assert work.read_bytes() == before
    one_line(*run(capsys, "export", work, "--to", "labelstudio", "-o", tmp_path / "." / "work.json"), "is an input")
    assert work.read_bytes() == before


def test_brat_export_beside_the_article_refuses_to_replace_it(tmp_path, capsys):
    annotations = sample_annotations()
    article = tmp_path / annotations.document.name
    article.write_text("the article as the user keeps it\r\n" + annotations.document.text, encoding="utf-8")
    before = article.read_bytes()
    work = tmp_path / (article.stem + ".json")
    annotation_file.save(work, annotations)
    one_line(*run(capsys, "export", work, "--to", "brat", "-o", tmp_path), "is the article", "--force")
    assert article.read_bytes() == before
    assert not (tmp_path / (article.stem + ".ann")).exists()
    assert run(capsys, "export", work, "--to", "brat", "-o", tmp_path, "--force")[0] == 0
    assert (tmp_path / (article.stem + ".ann")).exists()


def test_a_single_file_export_never_replaces_the_article_it_was_made_from(tmp_path, capsys):
    annotations = sample_annotations()
    article = tmp_path / annotations.document.name
    article.write_text(annotations.document.text, encoding="utf-8")
    before = article.read_bytes()
    work = tmp_path / (article.stem + ".json")
    annotation_file.save(work, annotations)
    one_line(*run(capsys, "export", work, "--to", "doccano", "-o", article), "is the article", "--force")
    assert article.read_bytes() == before
    assert run(capsys, "export", work, "--to", "doccano", "-o", article, "--force")[0] == 0
    assert article.read_bytes() != before


def test_import_refuses_to_replace_decisions_unless_forced(tmp_path, capsys):
    work = tmp_path / "work.json"
    exported = tmp_path / "work.jsonl"
    before = reviewed(work)
    assert run(capsys, "export", work, "--to", "doccano", "-o", exported)[0] == 0
    one_line(*run(capsys, "import", exported, "--from", "doccano", "-o", work), "holds 3 decisions", "--force")
    assert work.read_bytes() == before
    assert run(capsys, "import", exported, "--from", "doccano", "-o", work, "--force")[0] == 0
    assert backup_path(work).read_bytes() == before


def test_the_backup_of_decisions_is_not_replaced_by_a_second_forced_run_without_force(tmp_path, capsys):
    work = tmp_path / "work.json"
    exported = tmp_path / "work.jsonl"
    before = reviewed(work)
    run(capsys, "export", work, "--to", "doccano", "-o", exported)
    annotation_file.save(work, suggestions_only())  # fresh suggestions only; the backup holds the work
    assert backup_path(work).read_bytes() == before
    one_line(*run(capsys, "import", exported, "--from", "doccano", "-o", work), "(its backup) holds 3 decisions")
    assert backup_path(work).read_bytes() == before


def test_a_trailing_slash_makes_a_folder(tmp_path, capsys):
    work = tmp_path / "work.json"
    reviewed(work)
    code, err = run(capsys, "export", work, "--to", "doccano", "-o", f"{tmp_path / 'newdir'}/")
    assert code == 0, err
    assert (tmp_path / "newdir").is_dir() and (tmp_path / "newdir" / "work.jsonl").is_file()


def test_writes_go_through_a_symlink_and_refuse_fifos(tmp_path, capsys):
    work = tmp_path / "work.json"
    reviewed(work)
    real = tmp_path / "real.jsonl"
    real.write_text("old")
    link = tmp_path / "link.jsonl"
    link.symlink_to(real)
    assert run(capsys, "export", work, "--to", "doccano", "-o", link)[0] == 0
    assert link.is_symlink() and json.loads(real.read_text().splitlines()[0])
    fifo = tmp_path / "pipe.jsonl"
    os.mkfifo(fifo)
    one_line(*run(capsys, "export", work, "--to", "doccano", "-o", fifo), "is a FIFO, not a regular file")
    assert stat.S_ISFIFO(os.stat(fifo).st_mode)


def test_a_device_is_never_replaced(tmp_path, capsys):
    work = tmp_path / "work.json"
    reviewed(work)
    if not os.path.exists("/dev/null"):
        pytest.skip("no /dev/null")
    one_line(*run(capsys, "export", work, "--to", "doccano", "-o", "/dev/null"), "is a device")
    assert stat.S_ISCHR(os.stat("/dev/null").st_mode)


def test_a_read_only_file_needs_force_and_stays_read_only(tmp_path, capsys):
    work = tmp_path / "work.json"
    reviewed(work)
    out = tmp_path / "out.jsonl"
    out.write_text("old")
    out.chmod(0o444)
    one_line(*run(capsys, "export", work, "--to", "doccano", "-o", out), "read-only")
    assert out.read_text() == "old"
    assert run(capsys, "export", work, "--to", "doccano", "-o", out, "--force")[0] == 0
    assert out.read_text() != "old" and stat.S_IMODE(out.stat().st_mode) == 0o444


def test_suggest_refuses_to_replace_its_article_or_reviewed_work(tmp_path, capsys):
    arts = tmp_path / "arts"
    arts.mkdir()
    (arts / "a.txt").write_text(SEED.read_text(encoding="utf-8"), encoding="utf-8")
    (arts / "b.txt").write_text(SEED.read_text(encoding="utf-8"), encoding="utf-8")
    article = (arts / "a.txt").read_bytes()
    one_line(*run(capsys, "suggest", arts / "a.txt", "-o", arts / "a.txt"), "is an input")
    assert (arts / "a.txt").read_bytes() == article
    work = reviewed(arts / "a.json")
    code, err = run(capsys, "suggest", arts, "-o", arts)
    assert code == 1 and "a.json holds 3 decisions" in err and "1 done, 1 failed" in err, err
    assert (arts / "a.json").read_bytes() == work and (arts / "b.json").is_file()
    code, err = run(capsys, "suggest", arts, "-o", arts)  # a second run: the backup b.json~ is only suggestions
    assert (arts / "a.json").read_bytes() == work and not backup_path(arts / "a.json").exists()


def test_a_file_name_that_is_not_utf8_opens_and_saves(tmp_path, capsys):
    name = os.fsdecode(b"\xc7\xe1\xd3\xe1\xc7\xe3.txt")  # cp1256 Arabic, not UTF-8
    article = tmp_path / name
    article.write_text(SEED.read_text(encoding="utf-8"), encoding="utf-8")
    code, err = run(capsys, "suggest", article, "-o", f"{tmp_path / 'out'}/")
    assert code == 0, err
    saved = tmp_path / "out" / (article.stem + ".json")
    loaded = annotation_file.load(saved)
    assert loaded.document.name == "\\xc7\\xe1\\xd3\\xe1\\xc7\\xe3.txt"
    code, err = run(capsys, "export", saved, "--to", "doccano", "-o", saved)
    one_line(code, err, "\\xc7", "is an input")  # the name prints, escaped, in the one line


def test_a_multi_file_write_is_all_new_or_all_old(tmp_path, monkeypatch):
    from tawsim.core import atomic
    from tawsim.core.errors import SaveError

    txt, ann = tmp_path / "a.txt", tmp_path / "a.ann"
    txt.write_bytes(b"old text")
    ann.write_bytes(b"old ann")
    real_replace = os.replace
    calls = []

    def failing_replace(src, dst):
        calls.append(dst)
        if str(dst) == str(ann):
            raise OSError(28, "No space left on device")
        return real_replace(src, dst)

    monkeypatch.setattr(atomic.os, "replace", failing_replace)
    with pytest.raises(SaveError, match="No space left"):
        atomic.write_files_atomic({txt: b"new text", ann: b"new ann"})
    monkeypatch.setattr(atomic.os, "replace", real_replace)
    assert txt.read_bytes() == b"old text" and ann.read_bytes() == b"old ann"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.ann", "a.txt"]
    atomic.write_files_atomic({txt: b"new text", ann: b"new ann"})
    assert txt.read_bytes() == b"new text" and ann.read_bytes() == b"new ann"


def test_a_huge_brat_offset_gives_a_short_line(tmp_path, capsys):
    (tmp_path / "b.txt").write_text("abc\n", encoding="utf-8")
    (tmp_path / "b.ann").write_text("T1\tORG 0 " + "9" * 5000 + "\tabc\n", encoding="utf-8")
    code, err = run(capsys, "import", tmp_path / "b.ann", "--from", "brat")
    one_line(code, err, "b.ann: line 1: cannot read the offsets", "characters]")
    assert len(err) < 500


def test_shorten_keeps_both_ends_and_says_how_much_is_left_out():
    from tawsim.core.errors import one_line as fit, shorten

    assert shorten("short") == "short"
    cut = shorten("a" * 50 + "b" * 5000 + "c" * 50)
    assert cut.startswith("aaaa") and cut.endswith("cccc") and "5,106" not in cut and len(cut) < 100
    assert "\n" not in fit("one\ntwo " + "x" * 9000) and len(fit("y " * 5000)) <= 400
