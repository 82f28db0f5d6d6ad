"""What a file on disk looked like when it was loaded or saved: size, mtime and SHA-256."""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Fingerprint:
    size: int
    mtime_ns: int
    sha256: str


def fingerprint(path: Path) -> Fingerprint | None:
    """None when there is no readable file at `path`."""
    try:
        with open(path, "rb") as stream:
            info = os.fstat(stream.fileno())
            digest = hashlib.sha256()
            for chunk in iter(lambda: stream.read(1 << 20), b""):
                digest.update(chunk)
    except OSError:
        return None
    return Fingerprint(info.st_size, info.st_mtime_ns, digest.hexdigest())


def changed_since(path: Path, before: Fingerprint | None) -> bool:
    """True when the file is no longer the one `before` describes (same bytes count as unchanged)."""
    now = fingerprint(path)
    if before is None:
        return now is not None
    if now is None:
        return True
    if (now.size, now.mtime_ns) == (before.size, before.mtime_ns):
        return False
    return now.sha256 != before.sha256
