"""Loading the rule engine for the CLI and the window: a rules folder that is missing or partly
unreadable gives one line naming it, never a traceback."""

from __future__ import annotations

from pathlib import Path

from tawsim.core.errors import TawsimError
from tawsim.core.names import display_name


def load_engine(rules_dir: Path | None):
    try:
        from tawsim.rules.engine import Engine
    except ImportError as error:
        raise TawsimError(f"the rule engine cannot be loaded: {error}") from None
    if rules_dir is not None:
        folder = Path(rules_dir)
        if not folder.exists():
            raise TawsimError(f"rules folder {display_name(folder)} not found")
        if not folder.is_dir():
            raise TawsimError(f"rules folder {display_name(folder)} is a file, not a folder")
    try:
        return Engine.load(rules_dir)
    except OSError as error:
        where = display_name(error.filename or rules_dir or "the shipped rules")
        raise TawsimError(f"rules folder {display_name(rules_dir or 'of Tawsim')}: cannot read {where}: "
                          f"{error.strerror or error}") from None
