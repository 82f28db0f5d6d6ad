"""Running one piece of work over many files, on all cores, with progress and a summary.

A file that fails is reported with its reason and the batch goes on. Work functions run in worker
processes, so they and their items must be picklable (module-level functions, plain data).
"""

from __future__ import annotations

import os
import signal
import sys
import time
from concurrent.futures import ProcessPoolExecutor, as_completed
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterable, TextIO

from tawsim.core.errors import TawsimError

CHUNK_SECONDS_TARGET = 0.2  # how much work to send a worker at once, roughly


@dataclass
class Outcome:
    item: Any
    ok: bool
    message: str = ""
    value: Any = None


@dataclass
class BatchReport:
    outcomes: list[Outcome] = field(default_factory=list)
    seconds: float = 0.0

    @property
    def done(self) -> int:
        return sum(1 for o in self.outcomes if o.ok)

    @property
    def failed(self) -> int:
        return sum(1 for o in self.outcomes if not o.ok)

    @property
    def exit_code(self) -> int:
        return 0 if self.failed == 0 else 1

    def summary(self) -> str:
        return f"{self.done} done, {self.failed} failed, {self.seconds:.1f} s"


def collect_inputs(paths: Iterable[Path], pattern: str) -> tuple[list[Path], list[Outcome]]:
    """Files named directly, and the files matching `pattern` in each folder (sorted, not
    recursive). Paths that do not exist come back as failed outcomes."""
    files: list[Path] = []
    missing: list[Outcome] = []
    seen: set[Path] = set()
    for path in paths:
        path = Path(path)
        if path.is_dir():
            found = sorted(p for p in path.glob(pattern) if p.is_file())
        elif path.exists():
            found = [path]
        else:
            missing.append(Outcome(path, False, f"{path}: no such file or folder"))
            continue
        for file in found:
            key = file.resolve()
            if key not in seen:
                seen.add(key)
                files.append(file)
    return files, missing


def worker_count(jobs: int | None) -> int:
    available = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    return max(1, jobs if jobs and jobs > 0 else (available or 1))


def run_batch(
    work: Callable[[Any], Any],
    items: list,
    *,
    jobs: int | None = None,
    initializer: Callable | None = None,
    initargs: tuple = (),
    stream: TextIO | None = None,
    unit: str = "files",
    describe: Callable[[Any], str] = str,
) -> BatchReport:
    """Run `work(item)` for each item; `initializer(*initargs)` first in each worker process.

    `work` returns a value or raises; TawsimError messages are shown as they are, other errors as
    one line. Failures are printed to `stream` as they happen, a progress bar only when `stream`
    is a terminal. Outcomes come back in the order of `items`.
    """
    stream = stream if stream is not None else sys.stderr
    progress = Progress(len(items), stream, unit)
    started = time.perf_counter()
    workers = min(worker_count(jobs), len(items))
    outcomes: list[Outcome | None] = [None] * len(items)

    def record(index: int, outcome: Outcome) -> None:
        outcomes[index] = outcome
        if not outcome.ok:
            progress.message(f"tawsim: {outcome.message}")
        progress.advance()

    if workers <= 1:
        if initializer is not None:
            initializer(*initargs)
        for index, item in enumerate(items):
            record(index, _guarded(work, item, describe))
    else:
        _run_in_pool(work, items, workers, initializer, initargs, describe, record)
    progress.finish()
    report = BatchReport([o for o in outcomes if o is not None], time.perf_counter() - started)
    return report


def _run_in_pool(work, items, workers, initializer, initargs, describe, record) -> None:
    executor = ProcessPoolExecutor(
        max_workers=workers, initializer=_start_worker, initargs=(initializer, initargs)
    )
    try:
        futures = {
            executor.submit(_run_chunk, work, [items[i] for i in chunk], describe): chunk
            for chunk in _chunks(len(items), workers)
        }
        for future in as_completed(futures):
            chunk = futures[future]
            try:
                results = future.result()
            except BrokenProcessPool:
                results = [
                    Outcome(items[i], False, f"{describe(items[i])}: a worker process died") for i in chunk
                ]
            except Exception as error:  # an item that cannot be sent to a worker, for one
                results = [
                    Outcome(items[i], False, f"{describe(items[i])}: {type(error).__name__}: {error}")
                    for i in chunk
                ]
            for index, outcome in zip(chunk, results):
                record(index, outcome)
    except BaseException:
        stop_pool(executor)
        raise
    executor.shutdown(wait=True)


def stop_pool(executor: ProcessPoolExecutor) -> None:
    """Stopped (Ctrl-C, an error): the workers are ended now, not after the work queued for them."""
    processes = list((getattr(executor, "_processes", None) or {}).values())
    executor.shutdown(wait=False, cancel_futures=True)
    for process in processes:
        if process.is_alive():
            process.terminate()
    for process in processes:
        process.join(timeout=5)


def start_worker_process() -> None:
    """In each worker: Ctrl-C is the parent's to handle (no traceback per worker), and the worker
    dies with its parent, even a parent killed with SIGKILL (Linux)."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _die_with_parent()


def _die_with_parent() -> None:
    if not sys.platform.startswith("linux"):
        return
    import ctypes

    PR_SET_PDEATHSIG = 1
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(PR_SET_PDEATHSIG, signal.SIGTERM)
    except (OSError, AttributeError):
        return
    if os.getppid() == 1:  # the parent died before prctl took effect
        os._exit(1)


def _start_worker(initializer, initargs) -> None:
    start_worker_process()
    if initializer is not None:
        initializer(*initargs)


def _chunks(count: int, workers: int) -> list[list[int]]:
    """Small chunks keep all workers busy to the end; not too small, to save on messages."""
    size = max(1, min(16, count // (workers * 8) or 1))
    return [list(range(start, min(start + size, count))) for start in range(0, count, size)]


def _run_chunk(work, items: list, describe) -> list[Outcome]:
    return [_guarded(work, item, describe) for item in items]


def _guarded(work, item, describe) -> Outcome:
    try:
        return Outcome(item, True, value=work(item))
    except TawsimError as error:
        return Outcome(item, False, str(error))
    except MemoryError:
        return Outcome(item, False, f"{describe(item)}: out of memory")
    except Exception as error:  # one line, never a traceback; the batch goes on
        return Outcome(item, False, f"{describe(item)}: internal error: {type(error).__name__}: {error}")


class Progress:
    """A one-line progress bar with rate and time left, drawn only on a terminal."""

    WIDTH = 28

    def __init__(self, total: int, stream: TextIO, unit: str) -> None:
        self.total = total
        self.stream = stream
        self.unit = unit
        self.count = 0
        self.bytes = 0
        self.started = time.perf_counter()
        self.last_draw = 0.0
        self.shown = False
        try:
            self.live = stream.isatty() and total > 1
        except (AttributeError, ValueError):
            self.live = False

    def advance(self, size: int = 0) -> None:
        self.count += 1
        self.bytes += size
        if not self.live:
            return
        now = time.perf_counter()
        if now - self.last_draw >= 0.1 or self.count == self.total:
            self.last_draw = now
            self._draw(now)

    def message(self, line: str) -> None:
        self._clear()
        print(line, file=self.stream, flush=True)

    def finish(self) -> None:
        self._clear()

    def line(self, now: float | None = None) -> str:
        elapsed = (now or time.perf_counter()) - self.started
        rate = self.count / elapsed if elapsed > 0 else 0.0
        left = (self.total - self.count) / rate if rate > 0 else None
        filled = int(self.WIDTH * self.count / self.total) if self.total else self.WIDTH
        bar = "#" * filled + "-" * (self.WIDTH - filled)
        eta = _duration(left) if left is not None else "?"
        volume = f", {self.bytes / elapsed / 1e6:.2f} MB/s" if self.bytes and elapsed > 0 else ""
        return f"[{bar}] {self.count}/{self.total} {rate:.1f} {self.unit}/s{volume}, {eta} left"

    def _draw(self, now: float) -> None:
        self.stream.write("\r" + self.line(now) + "\x1b[K")
        self.stream.flush()
        self.shown = True

    def _clear(self) -> None:
        if self.shown:
            self.stream.write("\r\x1b[K")
            self.stream.flush()
            self.shown = False


def _duration(seconds: float) -> str:
    seconds = int(round(seconds))
    if seconds < 60:
        return f"{seconds}s"
    minutes, seconds = divmod(seconds, 60)
    if minutes < 60:
        return f"{minutes}m{seconds:02d}s"
    hours, minutes = divmod(minutes, 60)
    return f"{hours}h{minutes:02d}m"
