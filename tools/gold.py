"""Check the gold sets, or show a gold file's spans in context.

A gold set is a folder of Tawsim JSON files beside their articles, with a set.json of its floors
(tests/gold/README.md). Correct a span by opening its file in the window (`tawsim open FILE`), then
run the check again.

Run from the repository top:
    .venv/bin/python tools/gold.py check                  every set under tests/
    .venv/bin/python tools/gold.py check tests/heldout6   one set (or several)
    .venv/bin/python tools/gold.py show tests/heldout6/019_*.json   spans in context
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from tawsim.core.annotation_file import load
from tawsim.core.errors import TawsimError
from tawsim.gold_sets import check_set, discover_sets, read_set, spans_in_context

ROOT = Path(__file__).resolve().parent.parent
TESTS = ROOT / "tests"
SEEDS = ROOT / "seeds"


def check(folders: list[Path]) -> int:
    sets = [read_set(folder) for folder in folders] if folders else discover_sets(TESTS)
    if not sets:
        print(f"gold: no set.json under {TESTS}", file=sys.stderr)
        return 1
    failed = 0
    for gold_set in sets:
        faults = check_set(gold_set, SEEDS)
        for fault in faults:
            print(f"gold: {fault}", file=sys.stderr)
        failed += bool(faults)
        state = f"{len(faults)} faults" if faults else "sound"
        print(f"{gold_set.name}: {len(gold_set.files())} files, {state}")
    return 1 if failed else 0


def show(files: list[Path]) -> int:
    for path in files:
        print(f"== {path}\n{spans_in_context(load(path).annotations)}")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    commands = parser.add_subparsers(dest="command", required=True)
    checking = commands.add_parser("check", help="check every file of the sets named (default: all)")
    checking.add_argument("sets", nargs="*", type=Path)
    showing = commands.add_parser("show", help="print every span of the files with its context")
    showing.add_argument("files", nargs="+", type=Path)
    options = parser.parse_args(argv)
    try:
        return check(options.sets) if options.command == "check" else show(options.files)
    except TawsimError as error:
        print(f"gold: {error}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
