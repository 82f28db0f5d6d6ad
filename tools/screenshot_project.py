"""Render the window with a project open to a PNG.

    python tools/screenshot_project.py docs/project.png [--language ar]

Runs offscreen. The project is a temporary copy of the seed article and the held-out articles in
tests/heldout*/ (articles only, in two subfolders); two are annotated and marked done, one is on
screen with its suggestions, and the corpus search shows a word across the project.
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parent.parent


def make_project(folder: Path) -> None:
    shutil.copy(ROOT / "seeds" / "000_e93ad64ae9bca60f.txt", folder / "000_seed.txt")
    for number, source in enumerate(sorted(ROOT.glob("tests/heldout*/*.txt"))):
        target = folder / ("week1" if number < 9 else "week2") / source.name
        target.parent.mkdir(exist_ok=True)
        shutil.copy(source, target)


def main(argv: list[str]) -> int:
    language = "en"
    if "--language" in argv:
        at = argv.index("--language")
        language, argv = argv[at + 1], argv[:at] + argv[at + 2:]
    out = Path(argv[0]) if argv else ROOT / "docs" / "project.png"
    from PySide6.QtCore import QSettings
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QMessageBox

    from tawsim.core.schema import load_schema
    from tawsim.gui.app import application
    from tawsim.gui.language import set_language
    from tawsim.gui.main_window import MainWindow

    def tell(_parent, title, text, *args, **kwargs):
        print(f"screenshot: {title}: {text}", file=sys.stderr)
        return QMessageBox.StandardButton.No

    for kind in ("information", "warning", "critical", "question"):
        setattr(QMessageBox, kind, staticmethod(tell))
    _app = application()
    set_language(language)
    scratch = Path(tempfile.mkdtemp(prefix="tawsim-project-shot-"))
    folder = scratch / "wire-copy"
    folder.mkdir()
    make_project(folder)
    settings = QSettings(str(scratch / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(load_schema(), settings=settings, recovery_dir=scratch / "recovery")
    window.resize(1500, 900)
    window.show()
    if not window.open_path(folder):
        return 1
    projects = window.projects
    for _ in range(2):
        projects.next_unfinished()
        window.decide_all("accepted")
        projects.mark_done()
    projects.next_unfinished()
    window.next_suggestion()
    for _ in range(3):
        window.accept_suggestion()
    projects.search_panel.field.setText("البنك المركزي")
    projects.search("البنك المركزي")
    QTest.qWait(300)
    out.parent.mkdir(parents=True, exist_ok=True)
    ok = window.grab().save(str(out))
    projects.leave_current()
    window.close()
    shutil.rmtree(scratch)
    print(f"wrote {out}" if ok else f"screenshot: could not write {out}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
