"""Atomic writes: a temporary file beside the target, flushed to disk, then renamed over it."""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

from tawsim.core.errors import SaveError


def write_bytes_atomic(path: str | Path, data: bytes, *, backup: bool = False) -> None:
    """Write `data` to `path` so that a reader finds the old file or the new one, never a part.

    With `backup`, the previous file is kept as `<name>~` first. On failure the previous file is
    untouched and SaveError says why.
    """
    path = Path(path)
    folder = path.parent if str(path.parent) else Path(".")
    temp_name = None
    try:
        handle, temp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        if backup and path.exists():
            shutil.copy2(path, backup_path(path))
        os.replace(temp_name, path)
        temp_name = None
        _fsync_folder(folder)
    except OSError as error:
        reason = error.strerror or str(error)
        raise SaveError(f"could not save {path}: {reason}; the previous file is unchanged") from None
    finally:
        if temp_name is not None:
            try:
                os.unlink(temp_name)
            except OSError:
                pass


def write_text_atomic(path: str | Path, text: str, *, backup: bool = False) -> None:
    write_bytes_atomic(path, text.encode("utf-8"), backup=backup)


def backup_path(path: str | Path) -> Path:
    path = Path(path)
    return path.with_name(path.name + "~")


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
