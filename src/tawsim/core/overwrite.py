"""What the command line may write over: never an input, never decisions without --force."""

from __future__ import annotations

import json
import os
from pathlib import Path

from tawsim.core.atomic import backup_path
from tawsim.core.errors import TawsimError
from tawsim.core.names import display_name

DECISION_FILE_LIMIT = 512 * 1024 * 1024


class OverwriteRefused(TawsimError):
    """Writing would replace an input or a file holding someone's decisions."""


def same_file(a: Path, b: Path) -> bool:
    try:
        return os.path.samefile(a, b)
    except OSError:
        return Path(os.path.abspath(a)) == Path(os.path.abspath(b))


def refuse_inputs(target: Path, inputs: list[Path]) -> None:
    for source in inputs:
        if target.exists() and same_file(target, source):
            raise OverwriteRefused(f"{display_name(target)} is an input; refusing to write over it (choose another -o)")


def decisions_in(path: Path) -> int:
    """How many accepted, rejected or manual annotations the Tawsim file at `path` holds (0 if none or not one)."""
    try:
        if not path.is_file() or path.stat().st_size > DECISION_FILE_LIMIT:
            return 0
        data = json.loads(path.read_bytes())
    except (OSError, ValueError, RecursionError):
        return 0
    if not isinstance(data, dict) or data.get("format") != "tawsim" or not isinstance(data.get("annotations"), list):
        return 0
    return sum(
        1 for item in data["annotations"]
        if isinstance(item, dict) and (item.get("status", "suggested") != "suggested" or str(item.get("source", "manual")).startswith("manual"))
    )


def refuse_replacing_decisions(target: Path, force: bool) -> None:
    """A save keeps the old file as NAME~: neither may lose decisions unless the user said --force."""
    if force:
        return
    for path, what in ((target, ""), (backup_path(target), " (its backup)")):
        count = decisions_in(path)
        if count:
            raise OverwriteRefused(
                f"{display_name(path)}{what} holds {count} decisions (accepted, rejected or manual "
                "annotations); refusing to replace it: add --force, or choose another -o")


def guard_target(target: Path, inputs: list[Path], force: bool) -> None:
    refuse_inputs(target, inputs)
    refuse_replacing_decisions(target, force)
