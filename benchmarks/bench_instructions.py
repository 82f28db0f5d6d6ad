"""The engine's cost in instructions, for comparing two versions on a noisy machine.

Wall-clock figures on a shared machine move by 20% from run to run; callgrind's instruction count
does not. This script counts the instructions `Engine.find` spends on the first articles of the
benchmark corpus (the total of a run with the find loop minus one without it, so start-up and
loading do not count), for the working tree and, with --against, for another commit or folder,
and prints both and their ratio.

    python benchmarks/bench_instructions.py                   # this working tree only
    python benchmarks/bench_instructions.py --against HEAD~3  # and an older commit
    python benchmarks/bench_instructions.py --against /path/to/other/checkout

Needs valgrind (Debian: apt install valgrind). Each count takes 10 to 30 seconds.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
sys.path.insert(0, str(HERE))

import corpus  # noqa: E402  (the sibling module, found through sys.path)

# Run under callgrind with the source folder of one version first on sys.path.
CHILD = """
import sys
sys.path.insert(0, {src!r})
sys.path.insert(0, {benchmarks!r})
import corpus
from tawsim.rules.engine import Engine
articles = corpus.read_articles(corpus.corpus_path({seed}, 1.0))[:{count}]
engine = Engine.load()
for article in articles[:5]:
    engine.find(article)  # first-call caches, outside the difference as well
if {run}:
    for article in articles:
        engine.find(article)
"""
_COLLECTED = re.compile(r"Collected\s*:\s*(\d+)")


def instructions(src: Path, seed: int, count: int, run: bool) -> int:
    script = CHILD.format(src=str(src), benchmarks=str(HERE), seed=seed, count=count, run=run)
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder) / "callgrind.out"
        finished = subprocess.run(
            ["valgrind", "--tool=callgrind", f"--callgrind-out-file={out}", sys.executable, "-c", script],
            capture_output=True, text=True, env=dict(os.environ, PYTHONHASHSEED="0"),
        )
    found = _COLLECTED.search(finished.stderr)
    if finished.returncode != 0 or found is None:
        raise SystemExit(f"valgrind failed for {src}: {finished.stderr.strip().splitlines()[-1:]}")
    return int(found.group(1))


def find_cost(src: Path, seed: int, count: int) -> int:
    return instructions(src, seed, count, run=True) - instructions(src, seed, count, run=False)


def other_version(against: str, scratch: Path) -> Path:
    """The src folder of `against`: a folder holding src/, or a commit checked out in `scratch`."""
    folder = Path(against)
    if (folder / "src" / "tawsim").is_dir():
        return folder / "src"
    subprocess.run(["git", "-C", str(REPO), "worktree", "add", "--detach", str(scratch), against],
                   check=True, capture_output=True)
    return scratch / "src"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--against", help="a commit or a checkout folder to compare with")
    parser.add_argument("--articles", type=int, default=60, help="articles of the 1 MB corpus (default 60)")
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    if shutil.which("valgrind") is None:
        raise SystemExit("valgrind is not installed (Debian: apt install valgrind)")
    articles = corpus.read_articles(corpus.corpus_path(args.seed, 1.0))[: args.articles]
    size = sum(len(article.encode("utf-8")) for article in articles)
    rows = [("working tree", find_cost(REPO / "src", args.seed, args.articles))]
    if args.against:
        with tempfile.TemporaryDirectory() as folder:
            scratch = Path(folder) / "other"
            try:
                rows.append((args.against, find_cost(other_version(args.against, scratch), args.seed, args.articles)))
            finally:
                if scratch.exists():
                    subprocess.run(["git", "-C", str(REPO), "worktree", "remove", "--force", str(scratch)],
                                   capture_output=True)
    print(f"Engine.find over {len(articles)} articles ({size / 1e3:.0f} kB), instructions counted by callgrind")
    for name, cost in rows:
        print(f"  {name:30} {cost / 1e6:10.1f} M instructions  {cost / size:8.0f} per byte")
    if len(rows) == 2:
        print(f"  working tree / {args.against}: {rows[0][1] / rows[1][1]:.3f}")


if __name__ == "__main__":
    main()
