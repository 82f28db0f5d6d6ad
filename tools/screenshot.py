"""Render the annotation window on the seed article, with its suggestions, to a PNG.

    python tools/screenshot.py docs/screenshot.png [ARTICLE_OR_JSON] [--language ar]

Runs offscreen. The window opens the file as `tawsim open` does (rule suggestions included), goes to
the first suggestion and accepts a few, so accepted annotations, pending suggestions and the one
under review all show; then tags a word by hand (the status bar names it, its other occurrences are
suggested) and shows a claim with its speaker in the side panel. The window has its default size.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_e93ad64ae9bca60f.txt"


def main(argv: list[str]) -> int:
    language = "en"
    if "--language" in argv:
        at = argv.index("--language")
        language, argv = argv[at + 1], argv[:at] + argv[at + 2:]
    out = Path(argv[0]) if argv else ROOT / "docs" / "screenshot.png"
    source = Path(argv[1]) if len(argv) > 1 else SEED
    from PySide6.QtCore import QSettings
    from PySide6.QtTest import QTest

    from tawsim.core.schema import load_schema
    from tawsim.gui.app import application
    from tawsim.gui.language import set_language
    from tawsim.gui.main_window import MainWindow

    from PySide6.QtWidgets import QMessageBox

    def tell(_parent, title, text, *args, **kwargs):  # no one is there to click a dialog away
        print(f"screenshot: {title}: {text}", file=sys.stderr)
        return QMessageBox.StandardButton.No

    for kind in ("information", "warning", "critical", "question"):
        setattr(QMessageBox, kind, staticmethod(tell))
    _app = application()  # held so the QApplication outlives the widgets
    set_language(language)
    settings = QSettings(str(out.with_suffix(".ini")), QSettings.Format.IniFormat)
    recovery = Path(tempfile.mkdtemp(prefix="tawsim-screenshot-"))
    window = MainWindow(load_schema(), settings=settings, recovery_dir=recovery)
    window.show()
    if not window.open_path(source):
        print(f"screenshot: could not open {source}", file=sys.stderr)
        return 1
    if not len(window.annotations):
        print("screenshot: warning: no suggestions (is the rule engine installed?)", file=sys.stderr)
    window.next_suggestion()
    for _ in range(3):
        window.accept_suggestion()
    text = window.annotations.document.text
    word = "التنظيم"
    if word in text:
        start = text.index(word)
        window.view.select_range(start, start + len(word))
        window.apply_label("ORG")
    QTest.qWait(300)  # the status bar's counts are refreshed after a short pause
    claim = next((s for s in window.annotations if s.category == "claim"
                  and window.annotations.speaker_of(s.id) is not None), None)
    if claim is not None:
        window.set_current(claim.id)
    out.parent.mkdir(parents=True, exist_ok=True)
    if not window.grab().save(str(out)):
        print(f"screenshot: could not write {out}", file=sys.stderr)
        return 1
    window.session.stack.setClean()  # nothing to save: the screenshot changes no file
    settings_file = out.with_suffix(".ini")
    settings_file.unlink(missing_ok=True)
    print(f"wrote {out} ({len(window.annotations)} annotations)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
