"""A project of many articles in the window (issue 12, "Speed and scale").

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/bench_project.py [--articles 10000]

Prints each figure beside its target; asserts nothing. The project is generated under
benchmarks/.cache/ from benchmarks/corpus.py's articles: paragraphs drawn at random until each
article holds about 5 KB of UTF-8, 500 articles per subfolder. Figures:
- first open: the folder listed and the SQLite index built (counts and search words), no index yet;
- reopen: a second window on the same folder, the index only checked against the files;
- next document: Ctrl+J's work (save the one left, the rules' suggestions for the new one, the
  window shows it with its highlights on screen), median of 20;
- corpus search: a word and a two-word name over the whole project, median of 10 each;
- memory: peak resident size of the process (ru_maxrss) after all of it.
"""

from __future__ import annotations

import argparse
import os
import random
import resource
import shutil
import statistics
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "src"))
sys.path.insert(0, str(HERE))

import corpus  # noqa: E402

TARGETS = {"first": 20.0, "reopen": 1.5, "next": 0.150, "search": 0.300, "memory": 400}
ARTICLE_BYTES = 5000
PER_FOLDER = 500


def generate_project(folder: Path, count: int, seed: int = 7) -> None:
    rng = random.Random(seed)
    gazetteer = corpus.generate_gazetteer(seed, 5000)
    seed_lines = corpus.seed_sentences()
    paragraphs = [p for _ in range(400) for p in corpus.generate_article(rng, gazetteer, seed_lines).split("\n")]
    for number in range(count):
        parts, size = [], 0
        while size < ARTICLE_BYTES:
            paragraph = rng.choice(paragraphs)
            parts.append(paragraph)
            size += len(paragraph.encode("utf-8")) + 1
        path = folder / f"part{number // PER_FOLDER:03d}" / f"article{number:05d}.txt"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("\n".join(parts) + "\n", encoding="utf-8")


def make_window():
    from PySide6.QtCore import QSettings

    from tawsim.core.schema import load_schema
    from tawsim.gui.main_window import MainWindow

    scratch = Path(os.environ.get("TMPDIR", "/tmp")) / "tawsim-bench-project"
    settings = QSettings(str(scratch / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(load_schema(), settings=settings, recovery_dir=scratch / "recovery")
    window.resize(1280, 820)
    window.show()
    return window


def median(samples: list[float]) -> float:
    return statistics.median(samples)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=10_000)
    args = parser.parse_args()
    folder = corpus.CACHE_DIR / f"project-{args.articles}"
    if folder.exists():
        shutil.rmtree(folder)
    began = time.perf_counter()
    corpus._cache_dir(corpus.CACHE_DIR)
    generate_project(folder, args.articles)
    size = sum(p.stat().st_size for p in folder.rglob("*.txt"))
    print(f"project: {args.articles} articles, {size / 1e6:.1f} MB, generated in {time.perf_counter() - began:.1f} s")

    from PySide6.QtWidgets import QApplication

    from tawsim.gui.app import application

    app = application()
    window = make_window()
    began = time.perf_counter()
    window.projects.open(folder)
    first = time.perf_counter() - began
    window.projects.index.close()
    window.close()

    window = make_window()
    began = time.perf_counter()
    window.projects.open(folder)
    reopen = time.perf_counter() - began

    window.projects.next_unfinished()  # loads the rule engine once
    app.processEvents()
    next_times = []
    for _ in range(20):
        began = time.perf_counter()
        window.projects.actions["actionNextUnfinished"].trigger()
        app.processEvents()
        next_times.append(time.perf_counter() - began)
    spans = len(window.annotations)

    search_times: dict[str, list[float]] = {}
    found: dict[str, int] = {}
    for query in ("الحكومة", "مصرف لبنان"):
        for _ in range(10):
            began = time.perf_counter()
            window.projects.search(query)
            search_times.setdefault(query, []).append(time.perf_counter() - began)
        found[query] = window.projects.search_panel.model.rowCount()
    QApplication.processEvents()
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

    rows = [("first open (index built)", first, TARGETS["first"], "s"),
            ("reopen (index checked)", reopen, TARGETS["reopen"], "s"),
            (f"next document shown with highlights, median ({spans} spans)", median(next_times) * 1000,
             TARGETS["next"] * 1000, "ms")]
    for query, times in search_times.items():
        rows.append((f"corpus search {query} ({found[query]} hits), median", median(times) * 1000,
                     TARGETS["search"] * 1000, "ms"))
    rows.append(("peak memory (ru_maxrss)", peak_mb, TARGETS["memory"], "MB"))
    print(f"\n{'figure':60} {'measured':>10} {'target':>10}")
    for name, value, target, unit in rows:
        verdict = "PASS" if value < target else "MISS"
        print(f"{name:60} {value:8.2f} {unit} {target:8.1f} {unit}  {verdict}")
    print(f"next document worst {max(next_times) * 1000:.0f} ms")
    window.projects.leave_current()
    window.close()
    shutil.rmtree(folder)
    return 0


if __name__ == "__main__":
    sys.exit(main())
