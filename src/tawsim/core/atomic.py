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

STALE_SECONDS = 600


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


_UMASK = _umask()


def write_bytes_atomic(path: str | Path, data: bytes, *, backup: bool = False) -> None:
    """Write `data` to `path` so that a reader finds the old file or the new one, never a part.

    The new file keeps the old one's permissions. With `backup`, the previous file is kept as
    `<name>~`. On failure the previous file and its backup are untouched and SaveError says why.
    """
    path = Path(path)
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
        raise SaveError(f"could not save {path}: {reason}; the previous file is unchanged") from None
    finally:
        for leftover in (temp_name, backup_temp):
            if leftover is not None:
                try:
                    os.unlink(leftover)
                except OSError:
                    pass


def write_text_atomic(path: str | Path, text: str, *, backup: bool = False) -> None:
    try:
        data = text.encode("utf-8")
    except UnicodeEncodeError as error:
        raise SaveError(
            f"could not save {path}: character {error.start} is an unpaired surrogate, not text; "
            "the previous file is unchanged"
        ) from None
    write_bytes_atomic(path, data, backup=backup)


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
