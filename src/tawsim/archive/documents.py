"""Reading the documents an archive run wrote (JSON Lines or Parquet), one at a time."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Iterator

from tawsim.archive.rows import _parquet_file
from tawsim.core.annotation_file import LoadedFile, from_json_dict
from tawsim.core.errors import InputError

_UNSAFE = re.compile(r'[\\/:*?"<>|\x00-\x1f]')


def read_documents(path: Path) -> Iterator[LoadedFile]:
    for number, line in _lines(path):
        where = f"{path}: row {number}"
        try:
            data = json.loads(line)
        except json.JSONDecodeError as error:
            raise InputError(f"{where}: not JSON ({error.msg})") from None
        yield from_json_dict(data, where)


def _lines(path: Path) -> Iterator[tuple[int, str]]:
    if path.suffix.lower() == ".parquet":
        number = 0
        for batch in _parquet_file(path).iter_batches(columns=["document"]):
            for value in batch.column(0).to_pylist():
                number += 1
                yield number, value
        return
    with open(path, encoding="utf-8") as stream:
        for number, line in enumerate(stream, 1):
            if line.strip():
                yield number, line


def file_stem(name: str, used: set[str]) -> str:
    """A file name for a row's document: its id made safe, unique in the folder."""
    stem = _UNSAFE.sub("_", Path(name).stem if name.endswith(".txt") else name).strip(". ") or "document"
    stem = stem[:120]
    candidate, number = stem, 2
    while candidate.lower() in used:
        candidate, number = f"{stem}-{number}", number + 1
    used.add(candidate.lower())
    return candidate
