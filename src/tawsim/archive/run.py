"""Running the engine over an archive: chunks of rows, at most a few in flight, written in order."""

from __future__ import annotations

import sys
import time
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from itertools import islice
from pathlib import Path
from typing import Iterator, TextIO

from tawsim.archive.annotate import annotate_chunk
from tawsim.archive.output import ArchiveSink
from tawsim.archive.rows import Row, count_rows, read_rows
from tawsim.archive.rules_bundle import bundle_rules
from tawsim.batch import Progress, start_worker_process, stop_pool, worker_count

CHUNK_ROWS = 64


@dataclass
class ArchiveReport:
    rows: int
    failed: int
    skipped: int  # rows already written by an earlier run
    seconds: float
    megabytes: float

    @property
    def exit_code(self) -> int:
        return 0 if self.failed == 0 else 1

    def summary(self) -> str:
        rate = self.megabytes / self.seconds if self.seconds > 0 else 0.0
        resumed = f", {self.skipped} already written" if self.skipped else ""
        return (f"{self.rows - self.failed} done, {self.failed} failed{resumed}, "
                f"{self.seconds:.1f} s, {rate:.2f} MB/s")


def suggest_archive(source: Path, output: Path, *, rules: Path | None = None, jobs: int | None = None,
                    dask: str | None = None, id_field: str = "id", text_field: str = "text",
                    chunk_rows: int = CHUNK_ROWS, stream: TextIO | None = None) -> ArchiveReport:
    stream = stream if stream is not None else sys.stderr
    bundle = bundle_rules(rules)
    total = count_rows(source)
    sink = ArchiveSink(output, source)
    skipped, failed_before = sink.rows_done, sink.failed
    progress = Progress(total - skipped, stream, "rows")
    started, size = time.perf_counter(), 0
    chunks = _chunks(read_rows(source, id_field, text_field, skip=skipped), chunk_rows)
    try:
        runner = _dask_results if dask else _local_results
        for rows, results in runner(chunks, bundle, jobs, dask):
            for row, (ok, text) in zip(rows, results):
                sink.add(row.index, row.id, ok, text)
                if not ok:
                    progress.message(f"tawsim: row {row.index + 1} (id {row.id}): {text}")
                size += row.size
                progress.advance(row.size)
            sink.commit()
        sink.finish()
    except BaseException:
        sink.close()
        raise
    finally:
        progress.finish()
    return ArchiveReport(total - skipped, sink.failed - failed_before, skipped,
                         time.perf_counter() - started, size / 1e6)


def _chunks(rows: Iterator[Row], size: int) -> Iterator[list[Row]]:
    while chunk := list(islice(rows, size)):
        yield chunk


def _local_results(chunks, bundle, jobs, _dask):
    workers = worker_count(jobs)
    if workers <= 1:
        for rows in chunks:
            yield rows, annotate_chunk(rows, bundle)
        return
    pool = ProcessPoolExecutor(max_workers=workers, initializer=start_worker_process)
    try:
        yield from _in_order(chunks, lambda rows: pool.submit(annotate_chunk, rows, bundle),
                             lambda future: future.result(), workers * 2)
    except BaseException:
        stop_pool(pool)
        raise
    pool.shutdown(wait=True)


def _dask_results(chunks, bundle, jobs, address):
    from tawsim.archive.cluster import connect

    with connect(address, jobs) as client:
        shipped = client.scatter(bundle, broadcast=True, hash=False)
        workers = max(1, len(client.scheduler_info()["workers"]))
        yield from _in_order(chunks, lambda rows: client.submit(annotate_chunk, rows, shipped, pure=False),
                             lambda future: future.result(), workers * 2)


def _in_order(chunks, submit, result, window: int):
    """Keep `window` chunks in flight; hand back each chunk's results in input order."""
    pending = []
    for rows in chunks:
        pending.append((rows, submit(rows)))
        if len(pending) >= window:
            rows, future = pending.pop(0)
            yield rows, result(future)
    for rows, future in pending:
        yield rows, result(future)
