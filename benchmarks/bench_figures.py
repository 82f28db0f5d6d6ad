"""Throughput of the figure rules alone, on the benchmark corpus (a check to run by hand).

    .venv/bin/python benchmarks/bench_figures.py            # 10 MB corpus
    .venv/bin/python benchmarks/bench_figures.py --size-mb 1

Prints MB/s for building the normalised views, for FigureRules.find on those views, and for both,
article by article as the engine does it, plus figures found per label. MB is 10^6 UTF-8 bytes.
Times are the process's CPU time, best of --repeat runs: on a shared machine wall time mostly
measures the neighbours. MatchView's figure is the yardstick: compare ratios across machines.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(REPO / "src"))

import corpus  # noqa: E402  (the sibling module)
from tawsim.rules.figures.rules import FigureRules  # noqa: E402
from tawsim.text.normalize import MatchView  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--size-mb", type=float, default=10.0)
    parser.add_argument("--repeat", type=int, default=3, help="best of this many runs")
    args = parser.parse_args()

    articles = corpus.read_articles(corpus.corpus_path(args.seed, args.size_mb))
    size_mb = sum(len(article.encode("utf-8")) for article in articles) / 1e6
    began = time.perf_counter()
    rules = FigureRules.load(REPO / "resources" / "rules")
    load_ms = (time.perf_counter() - began) * 1000

    view_seconds, find_seconds = [], []
    labels: Counter[str] = Counter()
    for _ in range(args.repeat):
        began = time.process_time()
        views = [MatchView(article) for article in articles]
        viewed = time.process_time()
        labels = Counter(match.label for view in views for match in rules.find(view, []))
        found = time.process_time()
        view_seconds.append(viewed - began)
        find_seconds.append(found - viewed)

    view_s, find_s = min(view_seconds), min(find_seconds)
    print(f"corpus            {size_mb:.2f} MB, {len(articles)} articles")
    print(f"FigureRules.load  {load_ms:.1f} ms")
    print(f"MatchView         {size_mb / view_s:7.1f} MB/s  ({view_s:.2f} s)")
    print(f"FigureRules.find  {size_mb / find_s:7.1f} MB/s  ({find_s:.2f} s)")
    print(f"both              {size_mb / (view_s + find_s):7.1f} MB/s")
    print(f"find / MatchView  {find_s / view_s:7.2f} × the time")
    print("figures           " + ", ".join(f"{label} {count}" for label, count in labels.most_common()))


if __name__ == "__main__":
    main()
