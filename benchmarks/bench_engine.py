"""Speed and scale of the rule engine, against a spaCy baseline (issue 3, "Speed and scale").

Prints a table of figures with their targets:
  - start-up (import + Engine.load) and the seed article suggested after start-up (target < 20 ms);
  - throughput of the whole engine over the corpus with a 20,000-entry gazetteer (target >= 10 MB/s);
  - peak memory of that run (target < 1 GiB);
  - a peer baseline on the same corpus: spaCy's blank Arabic tokenizer, a PhraseMatcher of the same
    gazetteer and a Matcher for numbers and percentages; the engine/baseline ratio (target >= 5x).

Each measurement runs in its own Python process, so start-up is cold and peak memory belongs to
one run. MB are 10^6 bytes of UTF-8 text.

    python benchmarks/bench_engine.py             # 10 MB corpus
    python benchmarks/bench_engine.py --quick     # 1 MB corpus
    python benchmarks/bench_engine.py --quick --profile   # plus the engine's hotspots
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(REPO / "src"))

import corpus  # noqa: E402  (the sibling module, found through sys.path)

SEED_ARTICLE_RUNS = 21
TARGET_SEED_MS = 20.0
TARGET_MB_S = 10.0
TARGET_PEAK_MIB = 1024.0
TARGET_RATIO = 5.0


def peak_rss_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux


def corpus_bytes(articles: list[str]) -> int:
    return sum(len(article.encode("utf-8")) for article in articles)


# ---------------------------------------------------------------------------------------------
# Workers: each runs in a fresh process and prints one JSON object as its last line.


def worker_startup(args: argparse.Namespace) -> dict:
    began = time.perf_counter()
    from tawsim.core.model import Document
    from tawsim.rules.engine import Engine

    imported = time.perf_counter()
    engine = Engine.load()
    loaded = time.perf_counter()
    document = Document(corpus.SEED_ARTICLE.name, corpus.SEED_ARTICLE.read_text(encoding="utf-8"))
    first_began = time.perf_counter()
    annotations = engine.suggest(document)
    first_ms = (time.perf_counter() - first_began) * 1000
    times = []
    for _ in range(args.runs):
        run_began = time.perf_counter()
        engine.suggest(document)
        times.append((time.perf_counter() - run_began) * 1000)
    return {
        "import_ms": (imported - began) * 1000,
        "load_ms": (loaded - imported) * 1000,
        "first_ms": first_ms,
        "median_ms": statistics.median(times),
        "spans": len(annotations),
    }


def _engine_and_articles(args: argparse.Namespace):
    from tawsim.rules.engine import Engine

    articles = corpus.read_articles(corpus.corpus_path(args.seed, args.size_mb))
    gazetteer = corpus.gazetteer_path(args.seed, args.gazetteer_size)
    began = time.perf_counter()
    engine = Engine.load(extra_gazetteer=[gazetteer])
    load_ms = (time.perf_counter() - began) * 1000
    if args.whole:
        articles = [corpus.ARTICLE_SEPARATOR.join(articles)]
    return engine, articles, load_ms


def _run_engine(engine, articles: list[str], mode: str) -> dict[str, int]:
    counts = {"entity": 0, "figure": 0, "claim": 0}
    if mode == "suggest":
        from tawsim.core.model import Document

        for number, article in enumerate(articles):
            for span in engine.suggest(Document(f"article-{number}", article)):
                counts[span.category] += 1
    else:
        for article in articles:
            for match in engine.find(article):
                counts[match.category] += 1
    return counts


def throughput(articles: list[str], load_ms: float, began: float, cpu_began: float, counts: dict,
               **extra) -> dict:
    """The figures of one timed run that started at `began` (wall) and `cpu_began` (CPU)."""
    elapsed, cpu = time.perf_counter() - began, time.process_time() - cpu_began
    size = corpus_bytes(articles)
    return {
        "load_ms": load_ms,
        "seconds": elapsed,
        "mb": size / 1e6,
        "mb_s": size / 1e6 / elapsed,
        "cpu_mb_s": size / 1e6 / cpu,
        "peak_mib": peak_rss_mib(),
        "counts": counts,
        **extra,
    }


def worker_engine(args: argparse.Namespace) -> dict:
    engine, articles, load_ms = _engine_and_articles(args)
    _run_engine(engine, articles[:1], args.mode)  # first-call caches, as an open application has them
    rss_before = peak_rss_mib()
    began, cpu_began = time.perf_counter(), time.process_time()
    counts = _run_engine(engine, articles, args.mode)
    return throughput(articles, load_ms, began, cpu_began, counts, peak_before_run_mib=rss_before)


def _count_in_articles(articles: list[str]) -> dict[str, int]:
    return _run_engine(_FORKED_ENGINE, articles, _FORKED_MODE)


_FORKED_ENGINE = None  # the parent's loaded engine, inherited by forked workers
_FORKED_MODE = "find"


def worker_engine_all_cpus(args: argparse.Namespace) -> dict:
    """The corpus spread over one forked process per CPU, as `tawsim suggest` does with a folder.
    Workers inherit the loaded engine and send back only their counts."""
    import multiprocessing

    global _FORKED_ENGINE, _FORKED_MODE
    engine, articles, load_ms = _engine_and_articles(args)
    _run_engine(engine, articles[:1], args.mode)
    _FORKED_ENGINE, _FORKED_MODE = engine, args.mode
    workers = os.cpu_count() or 1
    batches = [articles[index : index + 16] for index in range(0, len(articles), 16)]
    began, cpu_began = time.perf_counter(), time.process_time()
    counts = {"entity": 0, "figure": 0, "claim": 0}
    with multiprocessing.get_context("fork").Pool(workers) as pool:
        for batch_counts in pool.imap_unordered(_count_in_articles, batches):
            for category, count in batch_counts.items():
                counts[category] += count
    return throughput(articles, load_ms, began, cpu_began, counts, workers=workers)


def worker_profile(args: argparse.Namespace) -> dict:
    import cProfile
    import pstats

    engine, articles, _ = _engine_and_articles(args)
    profiler = cProfile.Profile()
    profiler.enable()
    _run_engine(engine, articles, args.mode)
    profiler.disable()
    stats = pstats.Stats(profiler)
    total = sum(row[2] for row in stats.stats.values()) or 1.0
    by_module: dict[str, float] = {}
    functions = []
    for (filename, line, name), (_, calls, own, cumulative, _) in stats.stats.items():
        where = _short_path(filename)
        by_module[where] = by_module.get(where, 0.0) + own
        functions.append((own, cumulative, calls, f"{where}:{line}({name})"))
    functions.sort(reverse=True)
    return {
        "total_s": total,
        "modules": sorted(by_module.items(), key=lambda item: -item[1])[: args.top],
        "functions": functions[: args.top],
        "cumulative": sorted(functions, key=lambda row: -row[1])[: args.top],
    }


def _short_path(filename: str) -> str:
    for marker in ("/src/", "/site-packages/", "/lib/python"):
        if marker in filename:
            return filename.split(marker, 1)[1]
    return filename


def worker_baseline(args: argparse.Namespace) -> dict:
    import spacy
    from spacy.matcher import Matcher, PhraseMatcher

    from tawsim.rules.shared.rulefiles import read_word_list

    articles = corpus.read_articles(corpus.corpus_path(args.seed, args.size_mb))
    if args.whole:
        articles = [corpus.ARTICLE_SEPARATOR.join(articles)]
    began = time.perf_counter()
    nlp = spacy.blank("ar")
    names = PhraseMatcher(nlp.vocab, attr="ORTH")
    _, entries = read_word_list(corpus.gazetteer_path(args.seed, args.gazetteer_size))
    by_label: dict[str, list[str]] = {}
    for entry in entries:
        by_label.setdefault(entry.label or "ENTITY", []).append(entry.text)
    for label, texts in by_label.items():
        names.add(label, list(nlp.tokenizer.pipe(texts)))
    numbers = Matcher(nlp.vocab)
    number_token = [{"LIKE_NUM": True}, {"TEXT": {"REGEX": r"^[0-9٠-٩]+(?:[.,٫٬][0-9٠-٩]+)*$"}}]
    for token in number_token:
        numbers.add("NUMBER", [[token], [token, {"ORTH": {"IN": ["ألف", "آلاف", "مليون", "ملايين", "مليار"]}}]])
        numbers.add(
            "PERCENT",
            [
                [token, {"ORTH": {"IN": ["%", "٪", "بالمئة", "بالمائة"]}}],
                [token, {"ORTH": "في"}, {"ORTH": {"IN": ["المئة", "المائة"]}}],
            ],
        )
    load_ms = (time.perf_counter() - began) * 1000
    counts = {"gazetteer": 0, "numbers": 0}
    began, cpu_began = time.perf_counter(), time.process_time()
    for article in articles:
        doc = nlp.make_doc(article)
        counts["gazetteer"] += len(names(doc))
        counts["numbers"] += len(numbers(doc))
    return throughput(articles, load_ms, began, cpu_began, counts)


WORKERS = {
    "startup": worker_startup,
    "engine": worker_engine,
    "engine_all_cpus": worker_engine_all_cpus,
    "profile": worker_profile,
    "baseline": worker_baseline,
}


# ---------------------------------------------------------------------------------------------
# The parent: runs the workers and prints the table.


def run_worker(name: str, args: argparse.Namespace) -> dict | str:
    """The worker's result, or its error text when it failed."""
    command = [
        sys.executable, str(Path(__file__).resolve()), "--worker", name,
        "--size-mb", str(args.size_mb), "--seed", str(args.seed), "--runs", str(args.runs),
        "--gazetteer-size", str(args.gazetteer_size), "--mode", args.mode, "--top", str(args.top),
    ] + (["--whole"] if args.whole else [])
    environment = dict(os.environ, PYTHONHASHSEED="0")
    finished = subprocess.run(command, capture_output=True, text=True, env=environment)
    lines = finished.stdout.strip().splitlines()
    if finished.returncode != 0 or not lines:
        error = finished.stderr.strip().splitlines()
        return error[-1] if error else f"exit status {finished.returncode}"
    return json.loads(lines[-1])


def verdict(value: float, target: float, higher_is_better: bool) -> str:
    return "PASS" if (value >= target if higher_is_better else value < target) else "MISS"


def print_table(rows: list[tuple[str, str, str, str]]) -> None:
    widths = [max(len(row[column]) for row in rows) for column in range(4)]
    for index, row in enumerate(rows):
        print("  ".join(cell.ljust(width) for cell, width in zip(row, widths)).rstrip())
        if index == 0:
            print("  ".join("-" * width for width in widths))


def report(args: argparse.Namespace, startup, engine, baseline, all_cpus=None) -> None:
    rows = [("figure", "measured", "target", "result")]
    failed = []
    if isinstance(startup, dict):
        rows.append(("start-up: import tawsim engine", f"{startup['import_ms']:.0f} ms", "", ""))
        rows.append(("start-up: Engine.load (shipped rules)", f"{startup['load_ms']:.0f} ms", "", ""))
        rows.append(("seed article suggest, first call", f"{startup['first_ms']:.1f} ms", "", ""))
        rows.append((
            f"seed article suggest, median of {args.runs}", f"{startup['median_ms']:.2f} ms",
            f"< {TARGET_SEED_MS:g} ms", verdict(startup["median_ms"], TARGET_SEED_MS, False),
        ))
    elif startup is not None:
        failed.append(f"start-up worker failed: {startup}")
    if isinstance(engine, dict):
        rows.append((f"Engine.load + {args.gazetteer_size:,}-entry gazetteer", f"{engine['load_ms']:.0f} ms", "", ""))
        rows.append((
            f"engine throughput ({args.mode}, {engine['mb']:.2f} MB)",
            f"{engine['mb_s']:.2f} MB/s (CPU {engine['cpu_mb_s']:.2f})",
            f">= {TARGET_MB_S:g} MB/s", verdict(engine["mb_s"], TARGET_MB_S, True),
        ))
        rows.append((
            "engine peak memory (ru_maxrss)", f"{engine['peak_mib']:.0f} MiB",
            f"< {TARGET_PEAK_MIB:g} MiB", verdict(engine["peak_mib"], TARGET_PEAK_MIB, False),
        ))
    elif engine is not None:
        failed.append(f"engine worker failed: {engine}")
    if isinstance(all_cpus, dict):
        rows.append((
            f"engine throughput, {all_cpus['workers']} processes (wall)", f"{all_cpus['mb_s']:.2f} MB/s",
            f">= {TARGET_MB_S:g} MB/s", verdict(all_cpus["mb_s"], TARGET_MB_S, True),
        ))
    elif all_cpus is not None:
        failed.append(f"all-CPU engine worker failed: {all_cpus}")
    if isinstance(baseline, dict):
        rows.append(("baseline: spaCy set-up", f"{baseline['load_ms']:.0f} ms", "", ""))
        rows.append((
            "baseline throughput (spaCy)", f"{baseline['mb_s']:.2f} MB/s (CPU {baseline['cpu_mb_s']:.2f})", "", "",
        ))
        rows.append(("baseline peak memory", f"{baseline['peak_mib']:.0f} MiB", "", ""))
        if isinstance(engine, dict):
            ratio = engine["cpu_mb_s"] / baseline["cpu_mb_s"]
            rows.append((
                "engine / baseline (CPU time)", f"{ratio:.1f}x", f">= {TARGET_RATIO:g}x", verdict(ratio, TARGET_RATIO, True),
            ))
    elif baseline is not None:
        failed.append(f"baseline worker failed: {baseline}")
    print(
        f"Tawsim engine benchmark: corpus {args.size_mb:g} MB (seed {args.seed}"
        f"{', one text' if args.whole else ', per article'}), gazetteer {args.gazetteer_size:,} entries, "
        f"{os.cpu_count()} CPUs, load average {args.load_before:.1f} before, Python {sys.version.split()[0]}"
    )
    print("Throughput is wall clock; CPU time, in brackets, is less disturbed by other processes.")
    print_table(rows)
    if isinstance(engine, dict):
        counts = engine["counts"]
        print(f"engine matches: {counts['entity']:,} entities, {counts['figure']:,} figures, {counts['claim']:,} claims")
    if isinstance(baseline, dict):
        counts = baseline["counts"]
        print(f"baseline matches: {counts['gazetteer']:,} gazetteer, {counts['numbers']:,} numbers")
    for line in failed:
        print(line)


def print_profile(profile) -> None:
    if not isinstance(profile, dict):
        print(f"profile worker failed: {profile}")
        return
    print(f"\nProfile of the engine run (cProfile, {profile['total_s']:.2f} s of own time):")
    print("own time by module:")
    for module, seconds in profile["modules"]:
        print(f"  {100 * seconds / profile['total_s']:5.1f}%  {seconds:7.3f} s  {module}")
    print("functions by own time (own s, cumulative s, calls):")
    for own, cumulative, calls, where in profile["functions"]:
        print(f"  {own:7.3f}  {cumulative:7.3f}  {calls:>9}  {where}")
    print("functions by cumulative time:")
    for own, cumulative, calls, where in profile["cumulative"]:
        print(f"  {own:7.3f}  {cumulative:7.3f}  {calls:>9}  {where}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--size-mb", type=float, default=10.0, help="corpus size (default 10)")
    parser.add_argument("--quick", action="store_true", help="a 1 MB corpus")
    parser.add_argument("--seed", type=int, default=7, help="corpus and gazetteer seed")
    parser.add_argument("--gazetteer-size", type=int, default=20_000)
    parser.add_argument("--runs", type=int, default=SEED_ARTICLE_RUNS, help="runs of the seed article")
    parser.add_argument("--mode", choices=("find", "suggest"), default="find",
                        help="Engine.find per article, or Engine.suggest (spans and relations) per article")
    parser.add_argument("--whole", action="store_true", help="pass the corpus as one text")
    parser.add_argument("--no-baseline", action="store_true", help="skip the spaCy baseline")
    parser.add_argument("--baseline-only", action="store_true", help="run only the spaCy baseline")
    parser.add_argument("--profile", action="store_true", help="also profile the engine run")
    parser.add_argument("--top", type=int, default=25, help="rows in the profile listings")
    parser.add_argument("--worker", choices=sorted(WORKERS), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.quick:
        args.size_mb = 1.0
    if args.worker:
        print(json.dumps(WORKERS[args.worker](args)))
        return
    args.load_before = os.getloadavg()[0]  # other processes on the machine slow the figures
    corpus.corpus_path(args.seed, args.size_mb)  # written once, before any timing
    corpus.gazetteer_path(args.seed, args.gazetteer_size)
    if args.baseline_only:
        report(args, None, None, run_worker("baseline", args))
        return
    startup = run_worker("startup", args)
    engine = run_worker("engine", args)
    all_cpus = run_worker("engine_all_cpus", args) if (os.cpu_count() or 1) > 1 else None
    baseline = None if args.no_baseline else run_worker("baseline", args)
    report(args, startup, engine, baseline, all_cpus)
    if args.profile:
        print_profile(run_worker("profile", args))


if __name__ == "__main__":
    main()
