"""Throughput of the entity rules on about 10 MB of Arabic news with about 20,000 list entries.

    .venv/bin/python benchmarks/bench_entities.py [megabytes]

The text is the seed article's sentences shuffled and repeated; the extra 20,000 entries are
made-up two- and three-word names in a temporary gazetteer (to measure the automaton's size,
not its hits). Prints figures, asserts nothing.
"""

from __future__ import annotations

import random
import sys
import tempfile
import time
from pathlib import Path

from tawsim.core.resources import resource_path
from tawsim.rules.entities.rules import EntityRules
from tawsim.text.normalize import MatchView

ROOT = Path(__file__).resolve().parents[1]
LETTERS = "ابتثجحخدذرزسشصضطظعغفقكلمنهوي"


def corpus(megabytes: float) -> str:
    sentences = []
    for path in sorted((ROOT / "seeds").glob("*.txt")):
        sentences += [line for line in path.read_text(encoding="utf-8").split("\n") if line.strip()]
    rng = random.Random(7)
    pieces, size = [], 0
    while size < megabytes * 1_000_000:
        line = rng.choice(sentences)
        pieces.append(line)
        size += len(line.encode("utf-8")) + 1
    return "\n".join(pieces)


def made_up_gazetteer(folder: Path, entries: int) -> Path:
    rng = random.Random(11)
    path = folder / "made-up.txt"
    words = lambda: " ".join(  # noqa: E731
        "".join(rng.choice(LETTERS) for _ in range(rng.randint(3, 7))) for _ in range(rng.choice((2, 2, 3)))
    )
    path.write_text("# label: LOC\n" + "\n".join(words() for _ in range(entries)) + "\n", encoding="utf-8")
    return path


def main() -> int:
    megabytes = float(sys.argv[1]) if len(sys.argv) > 1 else 10.0
    text = corpus(megabytes)
    size = len(text.encode("utf-8")) / 1e6
    with tempfile.TemporaryDirectory() as folder:
        started = time.perf_counter()
        rules = EntityRules.load(resource_path("rules"), extra_gazetteer=[made_up_gazetteer(Path(folder), 20_000)])
        loaded = time.perf_counter() - started
    print(f"rules loaded in {loaded:.2f} s ({len(rules.matcher)} phrases)")
    started = time.perf_counter()
    view = MatchView(text)
    viewed = time.perf_counter() - started
    started = time.perf_counter()
    matches = rules.find(view)
    found = time.perf_counter() - started
    print(f"text: {size:.1f} MB, {len(text):,} characters")
    print(f"MatchView: {viewed:.2f} s ({size / viewed:.1f} MB/s)")
    print(f"entities:  {found:.2f} s ({size / found:.1f} MB/s), {len(matches):,} matches")
    return 0


if __name__ == "__main__":
    sys.exit(main())
