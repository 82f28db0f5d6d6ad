"""Atomic writes: a temporary file beside the target, flushed to disk, then renamed over it."""

from __future__ import annotations

import glob
import os
import shutil
import stat
import tempfile
import time
from pathlib import Path

from tawsim.core.errors import SaveError
from tawsim.core.names import display_name

STALE_SECONDS = 600


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


_UMASK = _umask()


class NotRegularFile(SaveError):
    """The target is a device, a FIFO or a socket: replacing it with a file is never wanted."""


class ReadOnlyFile(SaveError):
    """The target is read-only; replacing it needs the user's confirmation (`allow_read_only`)."""


def resolve_target(path: str | Path, allow_read_only: bool = False) -> Path:
    """The file a write to `path` really replaces: a symlink's target, checked to be a regular file."""
    path = Path(path)
    real = Path(os.path.realpath(path)) if path.is_symlink() else path
    try:
        info = os.stat(real)
    except FileNotFoundError:
        return real
    except OSError:
        return real  # the write itself reports why
    if stat.S_ISDIR(info.st_mode):
        return real  # the write itself reports a folder in the way
    if not stat.S_ISREG(info.st_mode):
        kind = ("a FIFO" if stat.S_ISFIFO(info.st_mode) else "a socket" if stat.S_ISSOCK(info.st_mode)
                else "a device")
        raise NotRegularFile(f"could not save {display_name(path)}: it is {kind}, not a regular file; "
                             "nothing was written")
    if not allow_read_only and not info.st_mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH):
        raise ReadOnlyFile(f"could not save {display_name(path)}: the file is read-only; "
                           "the previous file is unchanged")
    return real


def write_bytes_atomic(path: str | Path, data: bytes, *, backup: bool = False,
                       allow_read_only: bool = False) -> None:
    """Write `data` to `path` so that a reader finds the old file or the new one, never a part.

    The new file keeps the old one's permissions. With `backup`, the previous file is kept as
    `<name>~`. On failure the previous file and its backup are untouched and SaveError says why.
    A symlink is written through (its target is replaced, beside the target); a device, FIFO or
    socket is refused, and so is a read-only file unless `allow_read_only`.
    """
    path = resolve_target(path, allow_read_only)
    folder = path.parent if str(path.parent) else Path(".")
    temp_name = None
    backup_temp = None
    try:
        _remove_stale_temporaries(folder, path.name)
        handle, temp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        try:
            mode = stat.S_IMODE(os.stat(path).st_mode)
        except FileNotFoundError:
            mode = 0o666 & ~_UMASK
        os.chmod(temp_name, mode)
        if backup and path.is_file():
            # A hard link costs nothing and is never half-written; the backup is renamed into
            # place only after the new file is, so a failed save leaves it as it was.
            backup_temp = folder / f".{path.name}.backup.tmp"
            backup_temp.unlink(missing_ok=True)
            try:
                os.link(path, backup_temp)
            except OSError:  # file systems without hard links
                shutil.copy2(path, backup_temp)
        os.replace(temp_name, path)
        temp_name = None
        if backup_temp is not None:
            os.replace(backup_temp, backup_path(path))
            backup_temp = None
        _fsync_folder(folder)
    except OSError as error:
        reason = error.strerror or str(error)
        raise SaveError(f"could not save {display_name(path)}: {reason}; the previous file is unchanged") from None
    finally:
        for leftover in (temp_name, backup_temp):
            if leftover is not None:
                try:
                    os.unlink(leftover)
                except OSError:
                    pass


def write_files_atomic(files: dict[Path, bytes], *, allow_read_only: bool = False) -> None:
    """Write several files as a unit (a brat .txt and .ann): all new ones, or all old ones.

    Every temporary is written and flushed first; only then are they renamed into place. If a
    rename fails, the files already replaced get their previous content back.
    """
    targets = {resolve_target(path, allow_read_only): data for path, data in files.items()}
    temporaries: dict[Path, str] = {}
    previous: dict[Path, str | None] = {}
    replaced: list[Path] = []
    try:
        for path, data in targets.items():
            folder = path.parent if str(path.parent) else Path(".")
            temporaries[path] = _flushed_temporary(folder, path, data)
            previous[path] = None
            if path.is_file():
                keep = folder / f".{path.name}.previous.tmp"
                keep.unlink(missing_ok=True)
                try:
                    os.link(path, keep)
                except OSError:
                    shutil.copy2(path, keep)
                previous[path] = str(keep)
        for path, temporary in temporaries.items():
            os.replace(temporary, path)
            replaced.append(path)
        for folder in {path.parent for path in targets}:
            _fsync_folder(folder if str(folder) else Path("."))
    except OSError as error:
        _roll_back(replaced, previous)
        reason = error.strerror or str(error)
        names = ", ".join(display_name(p) for p in targets)
        raise SaveError(f"could not save {names}: {reason}; the previous files are unchanged") from None
    finally:
        for leftover in list(temporaries.values()) + [k for k in previous.values() if k]:
            try:
                os.unlink(leftover)
            except OSError:
                pass


def _flushed_temporary(folder: Path, path: Path, data: bytes) -> str:
    _remove_stale_temporaries(folder, path.name)
    handle, temp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        try:
            mode = stat.S_IMODE(os.stat(path).st_mode)
        except FileNotFoundError:
            mode = 0o666 & ~_UMASK
        os.chmod(temp_name, mode)
    except OSError:
        os.unlink(temp_name)
        raise
    return temp_name


def _roll_back(replaced: list[Path], previous: dict[Path, str | None]) -> None:
    for path in replaced:
        kept = previous.get(path)
        try:
            if kept is None:
                os.unlink(path)
            else:
                os.replace(kept, path)
                previous[path] = None
        except OSError:
            pass


def write_text_atomic(path: str | Path, text: str, *, backup: bool = False,
                      allow_read_only: bool = False) -> None:
    try:
        data = text.encode("utf-8")
    except UnicodeEncodeError as error:
        raise SaveError(
            f"could not save {path}: character {error.start} is an unpaired surrogate, not text; "
            "the previous file is unchanged"
        ) from None
    write_bytes_atomic(path, data, backup=backup, allow_read_only=allow_read_only)


def backup_path(path: str | Path) -> Path:
    path = Path(path)
    return path.with_name(path.name + "~")


def _remove_stale_temporaries(folder: Path, name: str) -> None:
    """Temporaries a killed save left behind; old ones only, in case another save is under way."""
    limit = time.time() - STALE_SECONDS
    for leftover in folder.glob(f".{glob.escape(name)}.*.tmp"):
        try:
            if leftover.stat().st_mtime < limit:
                leftover.unlink()
        except OSError:
            pass


def _fsync_folder(folder: Path) -> None:
    try:
        descriptor = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(descriptor)
    except OSError:
        pass
    finally:
        os.close(descriptor)
