"""Writing an archive's documents in input order, so that a stopped run can be resumed.

After each chunk the output (and the errors file) is flushed to disk, then a small progress file
records how many rows are done and how long each file was. A run started again truncates both files
to those lengths (dropping half a row a kill may have left) and goes on from there. Parquet output
is written as one part file per chunk and assembled at the end.
"""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

from tawsim.core.atomic import write_text_atomic
from tawsim.core.errors import TawsimError

PARQUET_SCHEMA_FIELDS = ("id", "name", "document")


def progress_path(output: Path) -> Path:
    return output.with_name(output.name + ".progress.json")


def errors_path(output: Path) -> Path:
    return output.with_name(output.name + ".errors.jsonl")


class ArchiveSink:
    """Appends results in order; `commit()` after each chunk makes them survive a kill."""

    def __init__(self, output: Path, input_path: Path) -> None:
        self.output = output
        self.parquet = output.suffix.lower() == ".parquet"
        self.state = self._resume_state(input_path)
        self.rows_done = self.state["rows_done"]
        self.failed = self.state.get("failed", 0)
        self._errors = self._open(errors_path(output), self.state["errors_bytes"])
        if self.parquet:
            from tawsim.archive.rows import require_pyarrow

            require_pyarrow()
            self.parts = output.with_name(output.name + ".parts")
            self.parts.mkdir(exist_ok=True)
            self._pending: list[tuple[str, str, str]] = []
        else:
            self._out = self._open(output, self.state["output_bytes"])

    def _resume_state(self, input_path: Path) -> dict:
        marker = progress_path(self.output)
        fresh = {"input": str(input_path), "rows_done": 0, "failed": 0, "output_bytes": 0,
                 "errors_bytes": 0, "parts": 0}
        if marker.exists():
            try:
                state = json.loads(marker.read_text(encoding="utf-8"))
            except (OSError, ValueError):
                raise TawsimError(f"{marker}: the progress file is damaged; delete it and "
                                  f"{self.output} to start again") from None
            if state.get("input") != str(input_path):
                raise TawsimError(f"{self.output} is being written from {state.get('input')}, not "
                                  f"{input_path}; choose another output")
            return {**fresh, **state}
        if self.output.exists():
            raise TawsimError(f"{self.output} already exists and holds a finished run; delete it or "
                              "choose another output")
        return fresh

    @staticmethod
    def _open(path: Path, length: int):
        stream = open(path, "ab" if path.exists() else "wb")
        stream.truncate(length)
        stream.seek(length)
        return stream

    @property
    def resumed(self) -> bool:
        return self.state["rows_done"] > 0

    def add(self, index: int, row_id: str, ok: bool, text: str) -> None:
        if ok:
            if self.parquet:
                name = json.loads(text)["document"]["name"]
                self._pending.append((row_id, name, text))
            else:
                self._out.write(text.encode("utf-8") + b"\n")
        else:
            self.failed += 1
            line = json.dumps({"row": index + 1, "id": row_id, "reason": text}, ensure_ascii=False)
            self._errors.write(line.encode("utf-8") + b"\n")
        self.rows_done = index + 1

    def commit(self) -> None:
        if self.parquet and self._pending:
            self._write_part(self.state["parts"], self._pending)
            self.state["parts"] += 1
            self._pending = []
        for stream in ([] if self.parquet else [self._out]) + [self._errors]:
            stream.flush()
            os.fsync(stream.fileno())
        self.state.update(rows_done=self.rows_done, failed=self.failed,
                          errors_bytes=self._errors.tell(),
                          output_bytes=0 if self.parquet else self._out.tell())
        write_text_atomic(progress_path(self.output), json.dumps(self.state) + "\n")

    def _write_part(self, number: int, rows: list[tuple[str, str, str]]) -> None:
        import pyarrow as pa
        import pyarrow.parquet as pq

        table = pa.table({field: [r[i] for r in rows] for i, field in enumerate(PARQUET_SCHEMA_FIELDS)})
        target = self.parts / f"part-{number:06d}.parquet"
        temporary = target.with_suffix(".tmp")
        pq.write_table(table, temporary)
        os.replace(temporary, target)

    def finish(self) -> None:
        """The whole output in place; the progress file gone. Parquet parts become one file."""
        self.commit()
        self._errors.close()
        if self.parquet:
            self._assemble()
        else:
            self._out.close()
        if self.failed == 0:
            errors_path(self.output).unlink(missing_ok=True)
        progress_path(self.output).unlink(missing_ok=True)

    def close(self) -> None:
        """Stopped early: what was committed stays for the next run."""
        for stream in [self._errors] + ([] if self.parquet else [self._out]):
            stream.close()

    def _assemble(self) -> None:
        import pyarrow as pa
        import pyarrow.parquet as pq

        schema = pa.schema([(field, pa.string()) for field in PARQUET_SCHEMA_FIELDS])
        temporary = self.output.with_name(self.output.name + ".tmp")
        with pq.ParquetWriter(temporary, schema) as writer:
            for number in range(self.state["parts"]):
                writer.write_table(pq.read_table(self.parts / f"part-{number:06d}.parquet", schema=schema))
        os.replace(temporary, self.output)
        shutil.rmtree(self.parts, ignore_errors=True)
