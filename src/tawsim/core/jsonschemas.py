"""Validation against the JSON Schemas published under resources/schemas."""

from __future__ import annotations

import json
from functools import lru_cache

from jsonschema import Draft202012Validator

from tawsim.core.errors import InputError
from tawsim.core.resources import resource_path


@lru_cache(maxsize=None)
def validator(schema_file: str) -> Draft202012Validator:
    schema = json.loads(resource_path("schemas", schema_file).read_text(encoding="utf-8"))
    return Draft202012Validator(schema)


def validate(data: object, schema_file: str, where: str) -> None:
    """Raise InputError naming the first problem, with its JSON path, in `where`."""
    errors = sorted(validator(schema_file).iter_errors(data), key=lambda e: list(e.absolute_path))
    if errors:
        error = errors[0]
        path = "/".join(str(p) for p in error.absolute_path) or "(top level)"
        message = error.message if len(error.message) <= 200 else error.message[:200] + "…"
        more = f" (and {len(errors) - 1} more problems)" if len(errors) > 1 else ""
        raise InputError(f"{where}: at {path}: {message}{more}")
