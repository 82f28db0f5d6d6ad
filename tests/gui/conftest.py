import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before anything imports Qt

from pathlib import Path  # noqa: E402

import pytest  # noqa: E402

from tawsim.core import annotation_file  # noqa: E402
from tawsim.core.textio import read_article  # noqa: E402

from .seed_annotations import seed_suggestions  # noqa: E402


class Dialogs:
    """Stand-ins for the modal dialogs: they record what was asked and give scripted answers."""

    def __init__(self) -> None:
        self.asked: list[tuple[str, str]] = []
        self.save_path: Path | None = None
        self.save_suggestions: list[str] = []
        self.question_answer = None

    def install(self, monkeypatch) -> None:
        from PySide6.QtWidgets import QFileDialog, QMessageBox

        def record(kind):
            def show(_parent, title, text, *args, **kwargs):
                self.asked.append((kind, f"{title}: {text}"))
                if kind == "question":
                    return self.question_answer
                return QMessageBox.StandardButton.Ok
            return show

        for kind in ("warning", "information", "critical", "question"):
            monkeypatch.setattr(QMessageBox, kind, staticmethod(record(kind)))

        def get_save(_parent, _title, suggested, _filter="", *args, **kwargs):
            self.save_suggestions.append(suggested)
            return (str(self.save_path) if self.save_path else "", "")

        monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(get_save))


@pytest.fixture
def dialogs(monkeypatch) -> Dialogs:
    recorder = Dialogs()
    recorder.install(monkeypatch)
    return recorder


@pytest.fixture
def make_window(qtbot, tmp_path, dialogs):
    from PySide6.QtCore import QSettings

    from tawsim.core.schema import load_schema
    from tawsim.gui.app import application
    from tawsim.gui.main_window import MainWindow

    application()

    def make(**kwargs):
        settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
        window = MainWindow(load_schema(), settings=settings, recovery_dir=tmp_path / "recovery", **kwargs)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        window.activateWindow()  # window shortcuts fire only in the active window
        qtbot.waitUntil(lambda: window.isActiveWindow())
        return window

    return make


@pytest.fixture
def seed_json(tmp_path, seed_path) -> Path:
    """The seed article with hand-made suggestions, as a Tawsim JSON file."""
    text = read_article(seed_path).text
    path = tmp_path / "seed.json"
    annotation_file.save(path, seed_suggestions(seed_path.name, text))
    return path
