"""One chunk of rows to Tawsim documents: what a worker does, locally or on a Dask cluster."""

from __future__ import annotations

import json

from tawsim.archive.rows import Row
from tawsim.archive.rules_bundle import engine_for
from tawsim.core.annotation_file import to_json_dict
from tawsim.core.errors import TawsimError
from tawsim.core.model import Document


def document_line(engine, row: Row) -> str:
    """The row's suggestions as one line of Tawsim JSON (its metadata kept)."""
    data = to_json_dict(engine.suggest(Document(row.id, row.text)))
    if row.metadata:
        data["metadata"] = row.metadata
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"))


def annotate_chunk(rows: list[Row], bundle: dict) -> list[tuple[bool, str]]:
    """(True, the document's line) or (False, why) for each row, in order."""
    engine = engine_for(bundle)
    results = []
    for row in rows:
        if row.error is not None:
            results.append((False, row.error))
            continue
        try:
            results.append((True, document_line(engine, row)))
        except TawsimError as error:
            results.append((False, str(error)))
        except MemoryError:
            results.append((False, "out of memory"))
        except Exception as error:  # one line per row, never a traceback; the run goes on
            results.append((False, f"internal error: {type(error).__name__}: {error}"))
    return results
