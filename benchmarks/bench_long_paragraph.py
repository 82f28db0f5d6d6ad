"""One long paragraph in the window (issue 11, item 10): milliseconds per key press.

    QT_QPA_PLATFORM=offscreen python benchmarks/bench_long_paragraph.py [--size-mb 1] [--presses 8]

The same text is opened three ways: one paragraph per article (the usual case), every article
joined into one single-line paragraph, and that paragraph again with line wrapping off. Each key
press selects a free word, presses the LOC shortcut (L) through QTest, and repaints the article
synchronously: the median is printed beside the target. Asserts nothing.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "src"))
sys.path.insert(0, str(HERE))

TARGET_MS = 50


def articles(size_mb: float) -> list[str]:
    import corpus

    return corpus.read_articles(corpus.corpus_path(seed=7, size_mb=size_mb))


def press_times(text: str, presses: int, wrap: bool) -> list[float]:
    import regex
    from PySide6.QtCore import QSettings, Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication, QPlainTextEdit

    from tawsim.core.model import AnnotationSet, Document
    from tawsim.core.schema import load_schema
    from tawsim.gui.main_window import MainWindow

    folder = Path(os.environ.get("TMPDIR", "/tmp")) / "tawsim-bench-long"
    window = MainWindow(load_schema(), settings=QSettings(str(folder / "s.ini"), QSettings.Format.IniFormat),
                        recovery_dir=folder / "recovery", suggest=False)
    window.resize(1280, 820)
    window.show()
    window.show_document(AnnotationSet(Document("long.txt", text)), None, None)
    if not wrap:
        window.view.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
    QApplication.processEvents()
    words = [m.span() for m in regex.finditer(r"\p{L}{5,}", text[:20000])][: presses]
    times = []
    for start, end in words:
        window.view.select_range(start, end)
        QApplication.processEvents()
        began = time.perf_counter()
        QTest.keyClick(window.view, Qt.Key.Key_L)
        window.view.viewport().repaint()
        QApplication.processEvents()
        times.append((time.perf_counter() - began) * 1000)
    tagged = sum(1 for s in window.annotations if s.label == "LOC")
    window.session.stack.setClean()
    window.close()
    return times if tagged else []


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size-mb", type=float, default=1.0)
    parser.add_argument("--presses", type=int, default=8)
    args = parser.parse_args()
    from tawsim.gui.app import application

    application()
    parts = articles(args.size_mb)
    many = "\n".join(parts)
    one = " ".join(part.replace("\n", " ") for part in parts)
    print(f"text: {len(one.encode('utf-8')) / 1e6:.2f} MB, {len(one):,} characters; {len(parts):,} articles")
    for name, text, wrap in (("one paragraph per article", many, True),
                             ("one single-line paragraph", one, True),
                             ("one single-line paragraph, no wrap", one, False)):
        times = press_times(text, args.presses, wrap)
        if not times:
            print(f"{name:38s} the key press tagged nothing (benchmark broken)")
            continue
        print(f"{name:38s} {statistics.median(times):8.1f} ms per key press (median of {len(times)}; "
              f"worst {max(times):.1f})   target < {TARGET_MS} ms")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
