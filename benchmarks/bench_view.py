"""The annotation window at scale: a 2 MB article with 70,000 annotations (issue 4, "Speed").

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/bench_view.py [--size-mb 2] [--spans 70000]

Prints each figure beside its target; asserts nothing. The article is the benchmark corpus
(benchmarks/corpus.py, MB = 10^6 bytes of UTF-8) joined into one text. Its annotations are the rule
engine's suggestions when the engine loads, topped up to the wanted count with evenly spread
stand-ins (entities on every few words, one claim per paragraph, one in five already accepted);
without the engine they are all stand-ins. Figures:
- open: the engine's suggestions, then the window shows the document (text, table, the highlights
  of the stretch on screen) and paints it once; the rest of the highlights, which the window
  paints while idle, is timed apart, and so is the total with every span painted;
- tag / accept: one label shortcut on a selection, one accept that moves on (median of 40);
- scroll: a jump of the scroll bar and a synchronous repaint of the article (median and worst of 40);
- memory: peak resident size of the process (ru_maxrss).
"""

from __future__ import annotations

import argparse
import bisect
import os
import random
import resource
import statistics
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "src"))
sys.path.insert(0, str(HERE))

import regex  # noqa: E402

from tawsim.core.model import AnnotationSet, Document  # noqa: E402

TARGETS = {"open": 1.5, "tag": 0.005, "accept": 0.005, "scroll": 0.016, "memory": 500}
ENTITY_LABELS = ("PER", "ORG", "LOC", "DATE")


def article(size_mb: float) -> str:
    import corpus

    path = corpus.corpus_path(seed=7, size_mb=size_mb)
    return "\n".join(corpus.read_articles(path))


def engine_suggestions(document: Document) -> tuple[AnnotationSet | None, float, str]:
    try:
        from tawsim.rules.engine import Engine

        engine = Engine.load()
        began = time.perf_counter()
        found = engine.suggest(document)
        return found, time.perf_counter() - began, "rule engine"
    except Exception as error:  # noqa: BLE001 - the engine is optional here
        return None, 0.0, f"stand-ins only (engine: {error})"


def top_up(annotations: AnnotationSet, wanted: int, rng: random.Random) -> None:
    """Add stand-in spans on free words, and a claim per paragraph, until `wanted` spans."""
    text = annotations.document.text
    taken = {(s.start, s.end) for s in annotations}
    covered = {s.category: [] for s in annotations}
    for span in annotations:
        covered[span.category].append((span.start, span.end))
    claims_free = not covered.get("claim")
    starts = [m.start() for m in regex.finditer(r"\n", text)]
    if claims_free:
        previous = 0
        for newline in starts + [len(text)]:
            middle = previous + (newline - previous) // 3
            if newline - middle > 20 and len(annotations) < wanted:
                annotations.add(annotations.make_span(middle, newline, "claim", "CLAIM", status="suggested",
                                                      source="rule:stand-in"))
            previous = newline + 1
    entity_ranges = sorted(covered.get("entity", []) + covered.get("figure", []))
    free = []
    for match in regex.finditer(r"\p{L}{3,}", text):
        start, end = match.span()
        position = bisect.bisect_left(entity_ranges, (start, end))
        if (position and entity_ranges[position - 1][1] > start) or (
                position < len(entity_ranges) and entity_ranges[position][0] < end) or (start, end) in taken:
            continue
        free.append((start, end))
    needed = max(0, wanted - len(annotations))
    step = len(free) / needed if needed else 1
    for index in range(min(needed, len(free))):
        start, end = free[int(index * step)]
        status = "accepted" if rng.random() < 0.2 else "suggested"
        annotations.add(annotations.make_span(start, end, "entity", rng.choice(ENTITY_LABELS), status=status,
                                              source="rule:stand-in", attrs={"explanation": "benchmark"}))


def median_ms(samples: list[float]) -> float:
    return statistics.median(samples) * 1000


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size-mb", type=float, default=2.0)
    parser.add_argument("--spans", type=int, default=70_000)
    args = parser.parse_args()

    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from tawsim.core.schema import load_schema
    from tawsim.gui.app import application
    from tawsim.gui.main_window import MainWindow

    text = article(args.size_mb)
    document = Document("bench.txt", text)
    annotations, engine_seconds, origin = engine_suggestions(document)
    annotations = annotations or AnnotationSet(document)
    from_engine = len(annotations)
    top_up(annotations, args.spans, random.Random(7))
    print(f"article: {len(text.encode('utf-8')) / 1e6:.2f} MB, {len(text):,} characters, "
          f"{text.count(chr(10)) + 1:,} paragraphs")
    print(f"annotations: {len(annotations):,} ({from_engine:,} from the engine; {origin})")
    if engine_seconds:
        print(f"engine suggest: {engine_seconds:.2f} s (measured apart from the window)")

    app = application()
    settings_dir = Path(os.environ.get("TMPDIR", "/tmp")) / "tawsim-bench"
    window = MainWindow(load_schema(), settings=QSettings(str(settings_dir / "s.ini"), QSettings.Format.IniFormat),
                        recovery_dir=settings_dir / "recovery")
    window.resize(1280, 820)
    window.show()
    QApplication.processEvents()

    began = time.perf_counter()
    window.show_document(annotations, None, None)
    window.view.viewport().repaint()
    window.table.viewport().repaint()
    QApplication.processEvents()
    opened = time.perf_counter() - began
    began = time.perf_counter()
    window.highlighter.finish()  # what the idle steps do after opening, all at once here
    rest_painted = time.perf_counter() - began

    rng = random.Random(11)
    view = window.view
    free_words = [m.span() for m in regex.finditer(r"\p{L}{4,}", text)
                  if not annotations.in_range(*m.span())]
    tag_times, offer_times, offered = [], [], []
    for start, end in rng.sample(free_words, 40):
        view.select_range(start, end)
        began = time.perf_counter()
        span = window.apply_label("ORG")
        tag_times.append(time.perf_counter() - began)
        before = len(annotations)
        began = time.perf_counter()
        window.offer_occurrences(span.id)  # what the window runs right after the tag has shown
        offer_times.append(time.perf_counter() - began)
        offered.append(len(annotations) - before)
        QApplication.processEvents()  # the window's own deferred offer finds nothing left to add

    suggestions = rng.sample(annotations.with_status("suggested"), 40)
    accept_times = []
    for span in suggestions:
        window.set_current(span.id, move_caret=True)  # as "next suggestion" leaves it
        QApplication.processEvents()
        began = time.perf_counter()
        window.accept_suggestion()
        accept_times.append(time.perf_counter() - began)

    bar = view.verticalScrollBar()
    scroll_times = []
    for _ in range(40):
        value = rng.randint(bar.minimum(), bar.maximum())
        began = time.perf_counter()
        bar.setValue(value)
        view.viewport().repaint()
        scroll_times.append(time.perf_counter() - began)

    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    rows = [
        ("open: the engine, then the article on screen painted", (engine_seconds + opened) * 1000,
         TARGETS["open"] * 1000, "ms"),
        ("  of which the window's work until then", opened * 1000, TARGETS["open"] * 1000, "ms"),
        ("  the rest painted afterwards, in idle steps", rest_painted * 1000, TARGETS["open"] * 1000, "ms"),
        ("  the engine, then every span painted", (engine_seconds + opened + rest_painted) * 1000,
         TARGETS["open"] * 1000, "ms"),
        ("one tag (label shortcut on a selection), median", median_ms(tag_times), TARGETS["tag"] * 1000, "ms"),
        ("one accept (and move on), median", median_ms(accept_times), TARGETS["accept"] * 1000, "ms"),
        ("scroll and repaint, median", median_ms(scroll_times), TARGETS["scroll"] * 1000, "ms"),
        ("scroll and repaint, worst", max(scroll_times) * 1000, TARGETS["scroll"] * 1000, "ms"),
        ("peak memory (ru_maxrss)", peak_mb, TARGETS["memory"], "MB"),
    ]
    print(f"\n{'figure':52} {'measured':>10} {'target':>10}")
    for name, value, target, unit in rows:
        verdict = "PASS" if value < target else "MISS"
        print(f"{name:52} {value:8.1f} {unit} {target:8.0f} {unit}  {verdict}  ({value / target:.2f} of target)")
    print(f"\ntag worst {max(tag_times) * 1000:.1f} ms, accept worst {max(accept_times) * 1000:.1f} ms")
    print(f"after a tag, suggesting its other occurrences (run after the tag is drawn, its own undo step): "
          f"median {median_ms(offer_times):.1f} ms for a median of {statistics.median(offered):.0f} "
          f"occurrences, worst {max(offer_times) * 1000:.1f} ms for {max(offered)}")
    window.session.stack.setClean()
    window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
