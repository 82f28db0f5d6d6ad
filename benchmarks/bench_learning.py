"""Learning curve: entity suggestions on unseen documents after learning from N annotated ones.

    .venv/bin/python benchmarks/bench_learning.py                 # every gold and held-out set
    .venv/bin/python benchmarks/bench_learning.py FOLDER ...      # folders of Tawsim JSON of your own
    .venv/bin/python benchmarks/bench_learning.py --plot docs/learning-curve.png

The documents are pooled and shuffled (three orderings); in each ordering the last 7 are the test
documents, never learned from, and the learner is trained on the first N of the others. Entities
count with exact boundaries and label. The annotator's cost is the wrong suggestions to reject plus
the entities to tag by hand. Two settings: the shipped rules, and the same rules with their people
and organisation lists emptied, a stand-in for news whose names the lists do not hold. Not a test:
it prints figures beside their targets and asserts nothing.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from tawsim.core.model import Document  # noqa: E402
from tawsim.learning.curve import learning_curve  # noqa: E402
from tawsim.learning.examples import folder_examples  # noqa: E402
from tawsim.learning.learner import Learner  # noqa: E402
from tawsim.rules.engine import Engine  # noqa: E402

SIZES = [0, 5, 10, 15, 20, 40, 90]
EMPTIED = ["entities/gazetteers/people.txt", "entities/gazetteers/organisations.txt",
           "entities/gazetteers/companies.txt", "entities/names/given-names.txt"]


def rules_without_lists(folder: Path) -> Path:
    target = folder / "rules"
    shutil.copytree(ROOT / "resources" / "rules", target)
    for name in EMPTIED:
        path = target / name
        header = [line for line in path.read_text(encoding="utf-8").splitlines() if line.startswith("#")]
        path.write_text("\n".join(header) + "\n", encoding="utf-8")
    return target


def timings(examples, engine, scratch: Path) -> tuple[float, float]:
    fifty = (examples * (50 // len(examples) + 1))[:50]
    started = time.perf_counter()
    learner = Learner.train(fifty, engine, scratch / "fifty")
    train = time.perf_counter() - started
    seed = (ROOT / "seeds" / "000_e93ad64ae9bca60f.txt").read_text(encoding="utf-8")
    samples = []
    for _ in range(30):
        started = time.perf_counter()
        learner.suggest(engine, Document("seed.txt", seed))
        samples.append(time.perf_counter() - started)
    return train, statistics.median(samples)


def plot(path: Path, curves: dict[str, dict]) -> None:
    import os

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QPointF, QRectF, Qt
    from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPen
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([])  # noqa: F841 (fonts need it)
    width, height, margin = 900, 520, 70
    image = QImage(width, height, QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setFont(QFont("DejaVu Sans", 10))
    sizes = sorted({n for points in curves.values() for n in points})
    low = min(p.f1 for points in curves.values() for p in points.values()) - 0.05
    low = max(0.0, round(low * 20) / 20)

    def at(n: int, value: float) -> QPointF:
        x = margin + (width - 2 * margin) * sizes.index(n) / max(1, len(sizes) - 1)
        y = height - margin - (height - 2 * margin) * (value - low) / (1.0 - low)
        return QPointF(x, y)

    painter.setPen(QPen(QColor("#888"), 1))
    painter.drawRect(QRectF(margin, margin, width - 2 * margin, height - 2 * margin))
    steps = int(round((1.0 - low) / 0.05))
    for step in range(steps + 1):
        value = low + step * 0.05
        point = at(sizes[0], value)
        painter.drawText(QRectF(5, point.y() - 8, margin - 10, 16), Qt.AlignmentFlag.AlignRight, f"{value:.2f}")
    for n in sizes:
        point = at(n, low)
        painter.drawText(QRectF(point.x() - 30, point.y() + 6, 60, 16), Qt.AlignmentFlag.AlignCenter, str(n))
    painter.drawText(QRectF(0, height - 30, width, 20), Qt.AlignmentFlag.AlignCenter,
                     "annotated documents learned from")
    painter.drawText(QRectF(0, 15, width, 40), Qt.AlignmentFlag.AlignCenter,
                     "Entity F1 on unseen documents (exact span and label)")
    colours = ["#1f6fb4", "#d9534f", "#2a9d55", "#8e44ad"]
    for number, (name, points) in enumerate(curves.items()):
        painter.setPen(QPen(QColor(colours[number % 4]), 2.5))
        ordered = [at(n, points[n].f1) for n in sorted(points)]
        for a, b in zip(ordered, ordered[1:]):
            painter.drawLine(a, b)
        for point in ordered:
            painter.drawEllipse(point, 3.5, 3.5)
        painter.drawText(QPointF(margin + 12, margin + 20 + 18 * number), f"— {name}")
    painter.end()
    image.save(str(path))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folders", nargs="*", type=Path)
    parser.add_argument("--plot", type=Path)
    parser.add_argument("--orderings", type=int, default=3)
    options = parser.parse_args()
    folders = options.folders or [ROOT / "tests" / "gold"] + sorted((ROOT / "tests").glob("heldout*"))
    examples = [e for folder in folders for e in folder_examples(folder)]
    test_size = min(7, len(examples) // 3)
    print(f"{len(examples)} documents from {len(folders)} folder(s); {test_size} unseen per ordering, "
          f"{options.orderings} orderings")
    curves = {}
    with tempfile.TemporaryDirectory(prefix="tawsim-bench-learning-") as scratch:
        scratch = Path(scratch)
        settings = {"shipped rules": Engine.load(),
                    "rules without the people and organisation lists": Engine.load(rules_without_lists(scratch))}
        for name, engine in settings.items():
            points = learning_curve(examples, engine, SIZES, test_size, options.orderings, scratch / "model")
            curves[name] = points
            base = points[0]
            print(f"\n{name}:")
            print("  learned from   P      R      F1     cost (reject + tag by hand)")
            for n, p in points.items():
                print(f"  {n:5d}        {p.precision:.3f}  {p.recall:.3f}  {p.f1:.3f}  {p.cost:5d}"
                      f"   F1 {p.f1 - base.f1:+.3f} over the rules, precision "
                      f"{'kept' if p.precision >= base.precision - 1e-9 else 'BELOW the rules'}")
        train, suggest = timings(examples, settings["shipped rules"], scratch)
    print(f"\ntraining on 50 documents: {train:.2f} s (target < 5 s)")
    print(f"the seed article suggested with the model, median: {suggest * 1000:.1f} ms (target < 30 ms)")
    print("targets on others' news (+0.10 F1 after 90 documents, +0.03 after 20) need a corpus of that "
          f"size; the largest size here is {max(curves['shipped rules'])}")
    if options.plot:
        plot(options.plot, curves)
        print(f"plot: {options.plot}")


if __name__ == "__main__":
    main()
