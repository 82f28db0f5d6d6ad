"""Atomic saving: a failed save says why and leaves the previous file and its backup untouched."""

from __future__ import annotations

import errno
import os
import stat

import pytest

from tawsim.core import annotation_file, atomic
from tawsim.core.atomic import backup_path, write_bytes_atomic, write_text_atomic
from tawsim.core.errors import SaveError
from tawsim.core.model import AnnotationSet, Document

from reliability_support import assert_clear_error

OLD = "النسخة السابقة\n"
NEW = "النسخة الجديدة\n"


def temporaries(folder):
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".tmp"))


def article_annotations(note: str = "") -> AnnotationSet:
    text = "قال الرئيس إن العراق بخير"
    annotations = AnnotationSet(Document("article", text))
    span = annotations.make_span(text.index("العراق"), text.index("العراق") + 6, "entity", "LOC")
    annotations.add(span)
    if note:
        annotations.update(span.id, attrs={"note": note})
    return annotations


def test_a_save_replaces_the_content_and_leaves_no_temporary(tmp_path):
    path = tmp_path / "file.txt"
    write_text_atomic(path, OLD)
    write_text_atomic(path, NEW)
    assert path.read_text(encoding="utf-8") == NEW
    assert temporaries(tmp_path) == []


def test_the_backup_holds_the_previous_version_after_each_save(tmp_path):
    path = tmp_path / "article.json"
    annotation_file.save(path, article_annotations("v1"))
    assert not backup_path(path).exists(), "a first save has nothing to back up"
    for previous, current in (("v1", "v2"), ("v2", "v3")):
        annotation_file.save(path, article_annotations(current))
        backup = annotation_file.load(backup_path(path))
        assert backup.annotations.get("T1").attrs["note"] == previous
        assert annotation_file.load(path).annotations.get("T1").attrs["note"] == current
    assert backup_path(path).name == "article.json~"


def assert_failed_save_left_the_file(tmp_path, path, error):
    assert_clear_error(error, str(path))
    assert path.read_text(encoding="utf-8") == OLD
    assert temporaries(tmp_path) == []


def fail_with(code):
    def fail(*args, **kwargs):
        raise OSError(code, os.strerror(code))

    return fail


@pytest.mark.parametrize(
    "failing, code",
    [
        ("fsync", errno.ENOSPC),  # a full disk often shows only when the data is flushed
        ("fsync", errno.EIO),
        ("replace", errno.ENOSPC),
        ("replace", errno.EDQUOT),
        ("replace", errno.EACCES),
    ],
)
def test_a_full_disk_or_failing_device_gives_save_error_and_keeps_the_old_file(tmp_path, monkeypatch, failing, code):
    path = tmp_path / "article.json"
    write_text_atomic(path, OLD)
    monkeypatch.setattr(atomic.os, failing, fail_with(code))
    with pytest.raises(SaveError) as caught:
        write_text_atomic(path, NEW, backup=True)
    monkeypatch.undo()
    assert os.strerror(code) in str(caught.value)
    assert_failed_save_left_the_file(tmp_path, path, caught.value)


@pytest.mark.parametrize("failing", ["fsync", "replace"])
def test_a_failed_save_leaves_the_backup_as_it_was(tmp_path, monkeypatch, failing):
    path = tmp_path / "article.json"
    write_text_atomic(path, "older\n")
    write_text_atomic(path, OLD, backup=True)
    monkeypatch.setattr(atomic.os, failing, fail_with(errno.ENOSPC))
    with pytest.raises(SaveError):
        write_text_atomic(path, NEW, backup=True)
    monkeypatch.undo()
    assert path.read_text(encoding="utf-8") == OLD
    assert backup_path(path).read_text(encoding="utf-8") == "older\n", "the failed save overwrote the backup"


def test_saving_into_a_missing_folder_gives_save_error(tmp_path):
    path = tmp_path / "no such folder" / "article.json"
    with pytest.raises(SaveError) as caught:
        write_text_atomic(path, NEW)
    assert_clear_error(caught.value, str(path))
    assert not path.parent.exists()


def test_saving_over_a_folder_gives_save_error_and_leaves_it(tmp_path):
    path = tmp_path / "article.json"
    path.mkdir()
    (path / "inside.txt").write_text(OLD, encoding="utf-8")
    with pytest.raises(SaveError) as caught:
        write_text_atomic(path, NEW)
    assert_clear_error(caught.value, str(path))
    assert (path / "inside.txt").read_text(encoding="utf-8") == OLD
    assert temporaries(tmp_path) == []


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root ignores folder permissions")
def test_a_read_only_folder_gives_save_error_and_keeps_the_old_file(tmp_path):
    folder = tmp_path / "locked"
    folder.mkdir()
    path = folder / "article.json"
    write_text_atomic(path, OLD)
    folder.chmod(0o555)
    try:
        with pytest.raises(SaveError) as caught:
            write_text_atomic(path, NEW, backup=True)
        assert_failed_save_left_the_file(folder, path, caught.value)
    finally:
        folder.chmod(0o755)


def test_after_a_failed_save_the_work_is_still_in_memory_and_saves_elsewhere(tmp_path):
    annotations = article_annotations("hours of work")
    before = [span.to_dict() for span in annotations]
    with pytest.raises(SaveError):
        annotation_file.save(tmp_path / "gone" / "article.json", annotations)
    assert [span.to_dict() for span in annotations] == before
    annotation_file.save(tmp_path / "article.json", annotations)
    again = annotation_file.load(tmp_path / "article.json")
    assert [span.to_dict() for span in again.annotations] == before


def test_text_that_cannot_be_encoded_gives_save_error_and_keeps_the_old_file(tmp_path):
    path = tmp_path / "article.json"
    write_text_atomic(path, OLD)
    with pytest.raises(SaveError) as caught:
        write_text_atomic(path, "قال\udc80")
    assert_failed_save_left_the_file(tmp_path, path, caught.value)


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_saving_keeps_the_permissions_of_the_file(tmp_path):
    path = tmp_path / "shared.json"
    write_text_atomic(path, OLD)
    path.chmod(0o664)
    write_text_atomic(path, NEW, backup=True)
    assert stat.S_IMODE(path.stat().st_mode) == 0o664


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_a_new_file_gets_the_usual_permissions_not_private_ones(tmp_path):
    mask = os.umask(0o022)
    try:
        write_text_atomic(tmp_path / "new.json", NEW)
    finally:
        os.umask(mask)
    assert stat.S_IMODE((tmp_path / "new.json").stat().st_mode) == 0o644


def test_a_temporary_left_by_a_killed_save_is_removed_by_the_next_save(tmp_path):
    path = tmp_path / "article.json"
    write_text_atomic(path, OLD)
    stale = tmp_path / ".article.json.k1ll3d.tmp"  # the name mkstemp gives, as a SIGKILL leaves it
    stale.write_bytes(b"half a file")
    old_time = stale.stat().st_mtime - 3600
    os.utime(stale, (old_time, old_time))
    write_bytes_atomic(path, NEW.encode("utf-8"))
    assert temporaries(tmp_path) == []
