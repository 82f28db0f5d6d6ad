"""`tawsim open`: the application, its window, and the file given on the command line."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from tawsim import __version__
from tawsim.agreement.versions import check_annotator
from tawsim.core.schema import load_schema
from tawsim.gui.display import check_display
from tawsim.gui.fonts import register_amiri
from tawsim.gui.language import chosen_language, set_language
from tawsim.gui.main_window import MainWindow


def application() -> QApplication:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Tawsim")
    app.setOrganizationName("Tawsim")
    app.setApplicationVersion(__version__)
    register_amiri()
    return app


def run_app(path: Path | None, schema: Path | None = None, rules: Path | None = None,
            suggest: bool = True, curate: list[Path] | None = None, annotator: str | None = None) -> int:
    """Open the window (on `path` when given) and run until it closes; the exit code."""
    if schema is None and path is not None and Path(path).is_dir():  # a project's own schema
        from tawsim.project.layout import read_settings

        chosen = read_settings(Path(path)).schema
        schema = Path(path) / chosen if chosen else None
    label_schema = load_schema(schema)  # a bad schema file is a TawsimError before any window
    check_display()
    app = application()
    set_language(chosen_language(QSettings("Tawsim", "Tawsim")))  # View ▸ Language, else the system's
    if curate:  # a TawsimError here (different texts, a bad file) is one line from the CLI
        from tawsim.gui.agreement_menu import open_curation

        open_curation(label_schema, curate, annotator and check_annotator(annotator))
        return app.exec()
    window = MainWindow(label_schema, rules=rules, suggest=suggest,
                        annotator=annotator and check_annotator(annotator))
    window.show()
    if path is not None and Path(path).is_dir():
        window.projects.open(Path(path), annotator)
    elif path is not None:
        window.open_path(Path(path))
    return app.exec()
