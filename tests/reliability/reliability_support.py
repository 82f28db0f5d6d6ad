"""Checks shared by the reliability tests: what a clear error is, and running code in a jail."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from tawsim.core.errors import TawsimError

REPO = Path(__file__).resolve().parents[2]
CORPUS = REPO / "tests" / "fuzz_corpus"
SEED_ARTICLE = REPO / "seeds" / "000_e93ad64ae9bca60f.txt"

# Letters Windows-1256 encodes at 0xC1 and above: two in a row are never valid UTF-8.
ARABIC_LETTERS = "".join(chr(c) for c in range(0x0621, 0x063B)) + "".join(
    chr(c) for c in range(0x0641, 0x064B)
)
ARABIC_PUNCTUATION = "،؛؟"


def assert_clear_error(error: BaseException, names: str) -> str:
    """A TawsimError with one non-empty line that names `names` (a file, a rule id)."""
    assert isinstance(error, TawsimError), f"{type(error).__name__} is not a TawsimError: {error}"
    message = str(error)
    assert message.strip(), "empty error message"
    assert "\n" not in message and "\r" not in message, f"message spans several lines: {message!r}"
    assert names in message, f"{names!r} is not named in {message!r}"
    assert "Traceback" not in message
    return message


_ISOLATED_CALL = """
import json, sys
from importlib import import_module
from tawsim.core.errors import TawsimError
module_name, function_name = sys.argv[1].rsplit(".", 1)
function = getattr(import_module(module_name), function_name)
try:
    result = function(*sys.argv[2:])
    if hasattr(result, "__next__"):
        result = list(result)
    outcome = {"raised": None, "tawsim_error": False, "message": ""}
except BaseException as error:
    outcome = {"raised": type(error).__name__, "tawsim_error": isinstance(error, TawsimError),
               "message": str(error)}
print(json.dumps(outcome))
"""


def _limit_memory(megabytes: int):
    def apply() -> None:
        import resource

        limit = megabytes * 1024 * 1024
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))

    return apply


def call_isolated(function: str, *args: str, timeout: float = 30, memory_mb: int = 1024) -> dict:
    """Call `module.function(*args)` in a child Python with capped memory and time.

    For inputs that could exhaust memory or block forever in this process. Returns
    {"raised": exception name or None, "tawsim_error": bool, "message": str}.
    """
    environment = {k: v for k, v in os.environ.items() if k != "TAWSIM_DEBUG"}
    try:
        completed = subprocess.run(
            [sys.executable, "-c", _ISOLATED_CALL, function, *args],
            capture_output=True,
            text=True,
            timeout=timeout,
            preexec_fn=_limit_memory(memory_mb),
            env=environment,
        )
    except subprocess.TimeoutExpired:
        raise AssertionError(f"{function}{args} hung: still running after {timeout} s") from None
    lines = completed.stdout.strip().splitlines()
    assert completed.returncode == 0 and lines, (
        f"{function}{args} died (exit {completed.returncode}): {completed.stderr[-2000:]}"
    )
    return json.loads(lines[-1])


def tawsim_file_dict(text: str, spans: list[dict], relations: list[dict] = (), recorded_text: str | None = None) -> dict:
    """An annotation file built by hand, as another tool (or a person) would write it."""
    import hashlib

    recorded = text if recorded_text is None else recorded_text
    return {
        "format": "tawsim",
        "version": 1,
        "document": {
            "name": "article",
            "sha256": hashlib.sha256(recorded.encode("utf-8")).hexdigest(),
            "text": text,
        },
        "schema": "default",
        "annotations": [dict(span) for span in spans],
        "relations": [dict(relation) for relation in relations],
    }


def span_dict(span_id: str, text: str, start: int, end: int, label: str = "LOC", category: str = "entity") -> dict:
    return {
        "id": span_id, "start": start, "end": end, "text": text[start:end], "category": category,
        "label": label, "status": "accepted", "source": "manual", "attrs": {},
    }
