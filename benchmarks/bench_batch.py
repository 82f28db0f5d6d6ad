"""Batch speed-up: `tawsim suggest FOLDER -o OUT` and `tawsim export` with one worker and with all cores.

    .venv/bin/python benchmarks/bench_batch.py                 # 3,000 articles
    .venv/bin/python benchmarks/bench_batch.py --articles 500  # quicker

Articles are made from the seed article: its sentences shuffled, a random number of them, and every
number in them changed, so no two articles are alike. They are written to a temporary folder, then
each command runs in a fresh process, as a user runs it, and the wall-clock time is printed with
the speed-up of all cores over one. When the rule engine cannot run yet, suggest is reported as
such and export is measured on files annotated by a stand-in (every name of the seed's first
sentence as an accepted entity). Not a test: it prints figures, it asserts nothing about speed.
"""

from __future__ import annotations

import argparse
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "seeds" / "000_e93ad64ae9bca60f.txt"
sys.path.insert(0, str(ROOT / "src"))


def seed_sentences() -> list[str]:
    text = SEED.read_text(encoding="utf-8")
    return [s.strip() for s in re.split(r"(?<=[.”])\s+|\n", text) if len(s.strip()) > 5]


def make_articles(folder: Path, count: int, seed: int) -> int:
    rng = random.Random(seed)
    sentences = seed_sentences()
    total = 0
    for number in range(count):
        chosen = rng.sample(sentences, k=rng.randint(min(6, len(sentences)), len(sentences)))
        text = "\n".join(re.sub(r"\d+", lambda m: str(rng.randint(2, 99999)), s) for s in chosen) + "\n"
        (folder / f"article_{number:05d}.txt").write_text(text, encoding="utf-8")
        total += len(text.encode("utf-8"))
    return total


def stand_in_annotations(articles: Path, folder: Path) -> None:
    from tawsim.core import annotation_file
    from tawsim.core.model import AnnotationSet, Document

    names = {"التحالف الدولي": "ORG", "داعش": "ORG", "سوريا": "LOC", "العراق": "LOC", "كيكا": "PER"}
    pattern = re.compile("|".join(map(re.escape, names)))
    for path in sorted(articles.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        annotations = AnnotationSet(Document(path.name, text))
        for match in pattern.finditer(text):
            annotations.add(
                annotations.make_span(match.start(), match.end(), "entity", names[match[0]], status="accepted")
            )
        annotation_file.save(folder / f"{path.stem}.json", annotations)


def tawsim(*args) -> tuple[float, subprocess.CompletedProcess]:
    started = time.perf_counter()
    result = subprocess.run([sys.executable, "-m", "tawsim", *map(str, args)], capture_output=True, text=True)
    return time.perf_counter() - started, result


def compare(label: str, count: int, make_args, workers: int) -> tuple[bool, str]:
    rows = []
    for jobs in (1, workers):
        seconds, result = tawsim(*make_args(jobs))
        summary = result.stderr.strip().splitlines()[-1] if result.stderr.strip() else ""
        if result.returncode != 0:
            return False, f"{label}: failed with -j {jobs}: {summary}"
        rows.append((jobs, seconds))
        print(f"{label:<8} -j {jobs:<3} {seconds:8.2f} s  {count / seconds:8.1f} files/s   ({summary})")
    ratio = rows[0][1] / rows[1][1]
    print(f"{label:<8} speed-up with {workers} workers over 1: {ratio:.2f}x")
    return True, ""


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=3000)
    parser.add_argument("--seed", type=int, default=5)
    parser.add_argument("--jobs", type=int, default=0, help="workers for the parallel run (default: all cores)")
    parser.add_argument("--keep", action="store_true", help="keep the temporary folder")
    args = parser.parse_args()
    from tawsim.batch import worker_count

    workers = worker_count(args.jobs)
    temp = Path(tempfile.mkdtemp(prefix="tawsim-bench-batch-"))
    try:
        articles = temp / "articles"
        articles.mkdir()
        size = make_articles(articles, args.articles, args.seed)
        print(f"{args.articles} articles, {size / 1e6:.1f} MB, in {temp}; {workers} workers "
              f"(machine: {os.cpu_count()} cores)")
        ok, reason = compare("suggest", args.articles, lambda j: ("suggest", articles, "-o", temp / f"suggest-{j}", "-j", j), workers)
        annotated = temp / "suggest-1"
        if not ok:
            print(reason)
            print("export is measured on stand-in annotations instead")
            annotated = temp / "stand-in"
            annotated.mkdir()
            stand_in_annotations(articles, annotated)
        for fmt in ("conll", "labelstudio"):
            ok, reason = compare(
                f"export {fmt}", args.articles,
                lambda j, fmt=fmt: ("export", annotated, "--to", fmt, "-o", temp / f"{fmt}-{j}", "-j", j),
                workers,
            )
            if not ok:
                print(reason)
    finally:
        if args.keep:
            print(f"kept {temp}")
        else:
            shutil.rmtree(temp, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
