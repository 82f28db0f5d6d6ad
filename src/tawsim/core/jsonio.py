"""Parsing JSON from files users hand us: every failure becomes one InputError naming the place."""

from __future__ import annotations

import json
import re

from tawsim.core.errors import InputError


def parse_json(raw: str, where: str, what: str = "JSON") -> object:
    data = _parse(raw, where, what)
    _refuse_lone_surrogates(data, raw, where)
    return data


def _parse(raw: str, where: str, what: str) -> object:
    try:
        return json.loads(raw)
    except json.JSONDecodeError as error:
        if "\n" in raw:
            raise InputError(
                f"{where}: line {error.lineno} column {error.colno}: not valid JSON ({error.msg})"
            ) from None
        raise InputError(f"{where}: not valid JSON ({error.msg} at column {error.colno})") from None
    except RecursionError:
        raise InputError(f"{where}: JSON nested too deeply to be {what}") from None
    except ValueError as error:  # e.g. an integer literal longer than Python converts
        raise InputError(f"{where}: not valid JSON for {what} ({error})") from None


def _refuse_lone_surrogates(data: object, raw: str, where: str) -> None:
    """JSON may escape half a UTF-16 pair (\\ud800); such a string can never be saved as UTF-8."""
    if not _SURROGATE_ESCAPE.search(raw):
        return
    try:
        json.dumps(data, ensure_ascii=False).encode("utf-8")
    except UnicodeEncodeError as error:
        code = ord(error.object[error.start])
        raise InputError(f"{where}: holds an unpaired surrogate escape (\\u{code:04x}), which is not text") from None


_SURROGATE_ESCAPE = re.compile(r"\\u[dD][89a-fA-F]")
