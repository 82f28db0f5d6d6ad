"""Reading an archive row by row: JSON Lines or Parquet, streamed, never loaded whole."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterator

from tawsim.core.errors import InputError
from tawsim.core.textio import normalize_newlines

ARCHIVE_SUFFIXES = (".jsonl", ".parquet")
PARQUET_BATCH_ROWS = 1024


@dataclass(frozen=True)
class Row:
    index: int  # 0-based position in the archive
    id: str
    text: str | None
    metadata: dict = field(default_factory=dict)
    error: str | None = None  # why the row cannot be read (then text is None)
    size: int = 0  # bytes of input the row took, for the rate


def is_archive(path: Path) -> bool:
    return path.suffix.lower() in ARCHIVE_SUFFIXES


def count_rows(path: Path) -> int:
    if path.suffix.lower() == ".parquet":
        return _parquet_file(path).metadata.num_rows
    count = 0
    last = b"\n"
    with open(path, "rb") as stream:
        while block := stream.read(1 << 20):
            count += block.count(b"\n")
            last = block[-1:]
    return count + (last != b"\n")


def read_rows(path: Path, id_field: str = "id", text_field: str = "text", skip: int = 0) -> Iterator[Row]:
    """The rows of `path` from row `skip` on. A row that cannot be read comes back with `error` set."""
    reader = _parquet_rows if path.suffix.lower() == ".parquet" else _jsonl_rows
    for index, record, size, error in reader(path, skip):
        if error is None:
            yield _row(index, record, size, id_field, text_field)
        else:
            yield Row(index, str(index + 1), None, error=error, size=size)


def _row(index: int, record: object, size: int, id_field: str, text_field: str) -> Row:
    if not isinstance(record, dict):
        return Row(index, str(index + 1), None, error="the row is not an object", size=size)
    raw_id = record.get(id_field, index + 1)
    row_id = str(raw_id) if raw_id is not None else str(index + 1)
    text = record.get(text_field)
    if not isinstance(text, str):
        what = "missing" if text is None else f"a {type(text).__name__}, not text"
        return Row(index, row_id, None, error=f"field {text_field!r} is {what}", size=size)
    if "\x00" in text:
        return Row(index, row_id, None, error="the text contains NUL characters", size=size)
    metadata = {k: v for k, v in record.items() if k not in (id_field, text_field)}
    return Row(index, row_id, normalize_newlines(text), _plain(metadata), size=size)


def _plain(metadata: dict) -> dict:
    """Metadata as JSON can hold it (Parquet timestamps and decimals become strings)."""
    return json.loads(json.dumps(metadata, ensure_ascii=False, default=str))


def _jsonl_rows(path: Path, skip: int):
    with open(path, "rb") as stream:
        for index, line in enumerate(stream):
            if index < skip:
                continue
            if not line.strip():
                yield index, None, len(line), "an empty line"
                continue
            try:
                yield index, json.loads(line.decode("utf-8")), len(line), None
            except UnicodeDecodeError as error:
                yield index, None, len(line), f"not UTF-8 (byte {error.start})"
            except json.JSONDecodeError as error:
                yield index, None, len(line), f"not JSON ({error.msg}, column {error.colno})"


def require_pyarrow():
    try:
        import pyarrow.parquet as pq
    except ImportError:
        raise InputError("Parquet needs pyarrow: pip install 'tawsim[archive]'") from None
    return pq


def _parquet_file(path: Path):
    pq = require_pyarrow()

    try:
        return pq.ParquetFile(path)
    except Exception as error:  # pyarrow raises its own types for a damaged file
        raise InputError(f"{path}: not a readable Parquet file ({error})") from None


def _parquet_rows(path: Path, skip: int):
    parquet = _parquet_file(path)
    index = 0
    for batch in parquet.iter_batches(batch_size=PARQUET_BATCH_ROWS):
        if index + batch.num_rows <= skip:
            index += batch.num_rows
            continue
        size = max(1, batch.nbytes // max(1, batch.num_rows))
        for record in batch.to_pylist():
            if index >= skip:
                yield index, record, size, None
            index += 1
