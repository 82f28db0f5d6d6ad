"""Reading a file a user names: only regular files, within a size limit, errors as one line."""

from __future__ import annotations

import stat
from pathlib import Path

from tawsim.core.errors import InputError


def read_user_file(path: str | Path, max_bytes: int, what: str) -> bytes:
    """The bytes of `path`, or InputError saying why not (`what` names the kind: "an article")."""
    path = Path(path)
    try:
        status = path.stat()
        if stat.S_ISDIR(status.st_mode):
            raise InputError(f"{path}: is a folder, not {what}")
        if not stat.S_ISREG(status.st_mode):  # a pipe could hang, /dev/zero never ends
            raise InputError(f"{path}: is not a regular file")
        if status.st_size > max_bytes:
            raise InputError(
                f"{path}: {status.st_size // 2**20} MB is more than the {max_bytes // 2**20} MB "
                f"{what} may have"
            )
        return path.read_bytes()
    except FileNotFoundError:
        raise InputError(f"{path}: no such file") from None
    except OSError as error:
        raise InputError(f"{path}: cannot read: {error.strerror or error}") from None


def read_utf8_file(path: str | Path, max_bytes: int, what: str) -> str:
    """A UTF-8 file's text, a BOM dropped."""
    raw = read_user_file(path, max_bytes, what)
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise InputError(f"{path}: byte {error.start} is not UTF-8; not {what}") from None
