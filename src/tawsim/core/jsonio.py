"""Parsing JSON from files users hand us: every failure becomes one InputError naming the place."""

from __future__ import annotations

import json

from tawsim.core.errors import InputError


def parse_json(raw: str, where: str, what: str = "JSON") -> object:
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
