"""Print how well the rule engine does on the gold articles: precision, recall, F1, and the spans
it misses or gets wrong.

    .venv/bin/python tools/evaluate.py                    every file under tests/gold/
    .venv/bin/python tools/evaluate.py tests/gold/000_seed.json --brief
    .venv/bin/python tools/evaluate.py --rules my_rules/  another rules folder
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from tawsim.core.annotation_file import load
from tawsim.core.errors import TawsimError
from tawsim.core.model import Document
from tawsim.evaluation import combine, evaluate
from tawsim.gold_sets import read_set

GOLD_DIR = Path(__file__).resolve().parent.parent / "tests" / "gold"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Score the rule engine on the gold articles.")
    parser.add_argument("gold", nargs="*", type=Path, help="gold files (default: the files of tests/gold/)")
    parser.add_argument("--rules", type=Path, help="rules folder (default: the packaged rules)")
    parser.add_argument("--brief", action="store_true", help="tables only, no list of spans")
    options = parser.parse_args(argv)
    paths = options.gold or read_set(GOLD_DIR).files()
    if not paths:
        print(f"evaluate: no gold files in {GOLD_DIR}", file=sys.stderr)
        return 2
    try:
        from tawsim.rules.engine import Engine

        engine = Engine.load(options.rules)
    except TawsimError as error:
        print(f"evaluate: {error}", file=sys.stderr)
        return 2
    except ImportError as error:
        print(f"evaluate: the rule engine does not import: {error}", file=sys.stderr)
        return 2
    reports = []
    for path in paths:
        try:
            gold = load(path).annotations
        except TawsimError as error:
            print(f"evaluate: {error}", file=sys.stderr)
            return 2
        document = Document(gold.document.name, gold.document.text)
        report = evaluate(engine.suggest(document), gold, name=path.stem)
        reports.append(report)
        print(report.format(details=not options.brief), end="\n\n")
    if len(reports) > 1:
        print(combine(reports).format(details=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
