"""Archive throughput: `tawsim suggest ARCHIVE.jsonl -o OUT.jsonl` locally and on Dask.

    .venv/bin/python benchmarks/bench_archive.py                # 100,000 articles
    .venv/bin/python benchmarks/bench_archive.py --rows 5000    # quicker

Rows are made from the seed article (its sentences shuffled, every number changed). Each run is a
fresh `tawsim` process, as a user runs it: one local process, two, a Dask LocalCluster of one
worker and of two. Memory is the peak resident size of the largest process of a run (the workers
included, as the kernel reports it for a waited-for child). Resume: a two-process run killed with
SIGKILL once half the rows are written, then started again; the time of that second run is printed
beside half the time of a whole run. Not a test: it prints figures, it asserts nothing.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "seeds" / "000_e93ad64ae9bca60f.txt"


def make_archive(path: Path, rows: int, seed: int = 7) -> int:
    rng = random.Random(seed)
    sentences = [s.strip() for s in re.split(r"(?<=[.”])\s+|\n", SEED.read_text(encoding="utf-8"))
                 if len(s.strip()) > 5]
    with open(path, "w", encoding="utf-8") as stream:
        for number in range(rows):
            chosen = rng.sample(sentences, k=rng.randint(min(6, len(sentences)), len(sentences)))
            text = "\n".join(re.sub(r"\d+", lambda m: str(rng.randint(2, 99999)), s) for s in chosen)
            stream.write(json.dumps({"id": number, "text": text, "desk": "wire"}, ensure_ascii=False) + "\n")
    return path.stat().st_size


def run(args: list[str], kill_at: tuple[Path, int] | None = None) -> tuple[float, float]:
    """Wall seconds and peak MiB of one `tawsim` run (killed when `kill_at` rows are done)."""
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    started = time.perf_counter()
    process = subprocess.Popen([sys.executable, "-m", "tawsim", *args], env=env,
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    if kill_at is not None:
        marker, rows = kill_at
        while process.poll() is None:
            try:
                if json.loads(marker.read_text())["rows_done"] >= rows:
                    process.send_signal(signal.SIGKILL)
                    break
            except (OSError, ValueError, KeyError):
                pass
            time.sleep(0.05)
    _, _, usage = os.wait4(process.pid, 0)
    process.returncode = 0
    return time.perf_counter() - started, usage.ru_maxrss / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=100_000)
    options = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="tawsim-bench-archive-") as folder:
        folder = Path(folder)
        source = folder / "archive.jsonl"
        size = make_archive(source, options.rows) / 1e6
        print(f"archive: {options.rows:,} rows, {size:.1f} MB, on {os.cpu_count()} CPUs")
        results = {}
        for name, extra in [("local, 1 process", ["-j", "1"]), ("local, 2 processes", ["-j", "2"]),
                            ("Dask LocalCluster, 1 worker", ["--dask", "local", "-j", "1"]),
                            ("Dask LocalCluster, 2 workers", ["--dask", "local", "-j", "2"])]:
            out = folder / f"out-{len(results)}.jsonl"
            seconds, mib = run(["suggest", str(source), "-o", str(out), *extra])
            results[name] = seconds
            print(f"{name:30} {seconds:7.1f} s  {options.rows / seconds:7.0f} rows/s  "
                  f"{size / seconds:5.2f} MB/s  peak {mib:5.0f} MiB (target < 500 MiB per worker)")
        reference = (folder / "out-1.jsonl").read_bytes()
        same = all((folder / f"out-{i}.jsonl").read_bytes() == reference for i in range(4))
        print(f"outputs identical byte for byte: {same}")
        overhead = results["Dask LocalCluster, 2 workers"] / results["local, 2 processes"] - 1
        print(f"Dask overhead, 2 workers over 2 local processes: {overhead:+.0%} (target within +15%)")
        out = folder / "resumed.jsonl"
        run(["suggest", str(source), "-o", str(out), "-j", "2"],
            kill_at=(out.with_name(out.name + ".progress.json"), options.rows // 2))
        seconds, _ = run(["suggest", str(source), "-o", str(out), "-j", "2"])
        print(f"resume after a SIGKILL at half way: {seconds:.1f} s (half a whole run: "
              f"{results['local, 2 processes'] / 2:.1f} s); identical: {out.read_bytes() == reference}")


if __name__ == "__main__":
    main()
