"""Two annotators' versions of the gold seed article, and the curation window on them, to a PNG.

    python tools/curation_example.py docs/curation.png [FOLDER]

Writes 000_seed.amal.json (the gold file as it is) and 000_seed.badr.json (a few honest-looking
edits: a date missed, a label changed, a figure's boundaries cut short, a claim given another
speaker) into FOLDER (a temporary folder by default), opens them for curation, decides
the first difference and renders the window offscreen. `tawsim agree FOLDER` measures them.
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parent.parent
GOLD = ROOT / "tests" / "gold" / "000_seed.json"


def write_versions(folder: Path) -> list[Path]:
    gold = json.loads(GOLD.read_text(encoding="utf-8"))
    amal = dict(gold, annotator="amal")
    badr = json.loads(json.dumps(gold))
    badr["annotator"] = "badr"
    spans = {a["id"]: a for a in badr["annotations"]}
    text = gold["document"]["text"]
    del spans["T3"]  # the date الخميس missed
    spans["T13"]["label"] = "LOC"  # قوات سوريا الديمقراطية as a place
    figure = spans["T36"]  # "أكثر من 37 ألف شخص" without its qualifier
    figure["start"] += len("أكثر من ")
    figure["text"] = text[figure["start"]:figure["end"]]
    badr["annotations"] = list(spans.values())
    badr["relations"] = [dict(r, to="T10") if r["id"] == "R6" else r for r in badr["relations"]
                         if r["from"] in spans and r["to"] in spans]
    folder.mkdir(parents=True, exist_ok=True)
    paths = [folder / "000_seed.amal.json", folder / "000_seed.badr.json"]
    for path, data in zip(paths, (amal, badr)):
        path.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return paths


def main(argv: list[str]) -> int:
    out = Path(argv[0]) if argv else ROOT / "docs" / "curation.png"
    folder = Path(argv[1]) if len(argv) > 1 else Path(tempfile.mkdtemp(prefix="tawsim-curation-"))
    versions = write_versions(folder)
    from PySide6.QtTest import QTest

    from tawsim.core.schema import load_schema
    from tawsim.gui.app import application
    from tawsim.gui.curation import CurationWindow

    _app = application()
    window = CurationWindow(load_schema(), versions, curator="nour", target=folder / "000_seed.json")
    window.resize(1280, 720)
    window.show()
    window.decide("take", "amal")
    QTest.qWait(300)
    out.parent.mkdir(parents=True, exist_ok=True)
    if not window.grab().save(str(out)):
        print(f"curation_example: could not write {out}", file=sys.stderr)
        return 1
    print(f"{out}; versions in {folder}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
