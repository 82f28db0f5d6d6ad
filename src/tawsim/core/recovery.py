"""Recovery copies of unsaved work: one per window, found again by any name of the document.

A copy is named `<key digest>.<pid>-<token>.json`. The key is the annotation file the work saves
to, so the article `NAME.txt` and its annotations `NAME.json` find the same copies. A copy whose
process is still running belongs to a live window and is never offered or deleted by another one.
"""

from __future__ import annotations

import hashlib
import itertools
import os
import uuid
from pathlib import Path

_tokens = itertools.count(1)
_PROCESS = uuid.uuid4().hex[:8]
_live_in_this_process: set[str] = set()


def document_keys(path: Path) -> list[Path]:
    """Every name the work on `path` may have been autosaved under: itself and its NAME.json."""
    path = Path(path)
    keys = [path]
    if path.suffix.lower() != ".json":
        keys.append(path.with_suffix(".json"))
    return keys


def key_digest(path: Path) -> str:
    resolved = os.fsencode(str(Path(path).resolve()))  # surrogate-escaped names have bytes too
    return hashlib.sha1(resolved).hexdigest()[:16]


class RecoveryCopies:
    """The copies of one window (`own`) and the ones left by windows that are gone (`orphans`)."""

    def __init__(self, folder: Path) -> None:
        self.folder = Path(folder)
        self.owner = f"{os.getpid()}-{_PROCESS}{next(_tokens)}"

    def own(self, key: Path | None) -> Path:
        digest = key_digest(key) if key is not None else f"untitled-{self.owner}"
        path = self.folder / f"{digest}.{self.owner}.json"
        _live_in_this_process.add(path.name)
        return path

    def orphans(self, source: Path) -> list[Path]:
        """Copies for `source` (by either of its names) whose window is gone, newest first."""
        found: list[Path] = []
        for key in document_keys(source):
            for candidate in self.folder.glob(f"{key_digest(key)}.*.json"):
                if candidate.name.split(".")[1] != self.owner and not _is_live(candidate.name):
                    found.append(candidate)
        return sorted(set(found), key=_mtime, reverse=True)

    def release(self, path: Path) -> None:
        _live_in_this_process.discard(path.name)


def _is_live(name: str) -> bool:
    if name in _live_in_this_process:
        return True
    owner = name.split(".")[1]
    pid_text = owner.split("-")[0]
    if not pid_text.isdigit() or int(pid_text) == os.getpid():
        return False  # a copy from this process that it does not hold any more
    try:
        os.kill(int(pid_text), 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True  # a process we may not signal exists
    return True


def _mtime(path: Path) -> float:
    try:
        return path.stat().st_mtime
    except OSError:
        return 0.0
