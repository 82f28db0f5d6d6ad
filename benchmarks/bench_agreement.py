"""`tawsim agree` and `tawsim merge` over a project of three annotators' versions.

    python benchmarks/bench_agreement.py [--copies N]

Every gold and held-out file (tests/gold*, tests/heldout*) is written N times (default 10) as three
annotators' versions: `amal` the gold file, `badr` with every 7th annotation dropped, `chadi` with
every 5th relabelled. Prints the time to load and measure the whole project, and to merge each
article, beside a target of 2 s per 100 articles.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from tawsim.agreement.measures import measure  # noqa: E402
from tawsim.agreement.merge import merge  # noqa: E402
from tawsim.agreement.versions import collect  # noqa: E402


def write_project(folder: Path, copies: int) -> int:
    golds = sorted(p for pattern in ("gold/*.json", "heldout*/*.json") for p in (ROOT / "tests").glob(pattern))
    count = 0
    for copy in range(copies):
        for gold in golds:
            data = json.loads(gold.read_text(encoding="utf-8"))
            stem = f"{gold.stem}_{copy}"
            badr = dict(data, annotations=[a for i, a in enumerate(data["annotations"]) if i % 7 != 3])
            kept = {a["id"] for a in badr["annotations"]}
            badr["relations"] = [r for r in data["relations"] if r["from"] in kept and r["to"] in kept]
            chadi = dict(data, annotations=[dict(a, label="LOC") if i % 5 == 2 and a["category"] == "entity" else a
                                            for i, a in enumerate(data["annotations"])])
            for name, version in (("amal", data), ("badr", badr), ("chadi", chadi)):
                (folder / f"{stem}.{name}.json").write_text(json.dumps(version, ensure_ascii=False), encoding="utf-8")
            count += 1
    return count


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--copies", type=int, default=10)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        articles = write_project(folder, args.copies)
        started = time.perf_counter()
        corpus = collect([folder])
        loaded = time.perf_counter()
        result = measure(corpus)
        measured = time.perf_counter()
        for doc in corpus.documents:
            merge(doc)
        merged = time.perf_counter()
    target = 2.0 * articles / 100
    total = merged - started
    print(f"{articles} articles x 3 annotators, alpha {result.alpha:.3f}")
    print(f"load {loaded - started:.2f} s, measure {measured - loaded:.2f} s, merge {merged - measured:.2f} s")
    print(f"total {total:.2f} s, target < {target:.2f} s (2 s per 100 articles): {'PASS' if total < target else 'MISS'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
