"""A rules folder that is missing or has an unreadable subfolder: one line naming it, in the CLI
and in the window (where the article still opens, without suggestions)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture
def locked_rules(tmp_path):
    from tawsim.rules.engine import default_rules_dir

    rules = tmp_path / "rules"
    shutil.copytree(default_rules_dir(), rules)
    (rules / "entities").chmod(0o000)
    yield rules
    (rules / "entities").chmod(0o755)


def without_override(command):
    if os.geteuid() == 0:
        setpriv = shutil.which("setpriv")
        if setpriv is None:
            pytest.skip("running as root without util-linux setpriv to drop CAP_DAC_OVERRIDE")
        command = [setpriv, "--bounding-set", "-dac_override,-dac_read_search", *command]
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src"), "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run(command, capture_output=True, text=True, timeout=300, env=env)


def test_cli_names_the_unreadable_rules_file_in_one_line(tmp_path, locked_rules):
    article = tmp_path / "a.txt"
    article.write_text("قال الوزير إن 5 أشخاص قتلوا.\n", encoding="utf-8")
    result = without_override([sys.executable, "-m", "tawsim", "suggest", str(article), "--rules", str(locked_rules)])
    assert result.returncode == 1, result.stderr
    assert result.stderr.splitlines() == [
        f"tawsim: error: rules folder {locked_rules}: cannot read {locked_rules / 'entities' / 'rules.jsonl'}: Permission denied"
    ]


WINDOW = """
import sys
from pathlib import Path
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMessageBox
from tawsim.core.schema import load_schema
from tawsim.gui.app import application
from tawsim.gui.main_window import MainWindow
application()
told = []
QMessageBox.information = staticmethod(lambda _p, title, text, *a, **k: told.append(text))
QMessageBox.warning = staticmethod(lambda _p, title, text, *a, **k: told.append(text))
tmp = Path(sys.argv[1])
window = MainWindow(load_schema(), settings=QSettings(str(tmp / "s.ini"), QSettings.Format.IniFormat),
                    rules=Path(sys.argv[3]), recovery_dir=tmp / "recovery")
window.show()
print("OPENED", window.open_path(Path(sys.argv[2])), len(window.annotations))
print("TOLD", " | ".join(told))
"""


def test_the_window_opens_the_article_without_suggestions_and_says_why(tmp_path, locked_rules):
    article = tmp_path / "a.txt"
    article.write_text("قال الوزير إن 5 أشخاص قتلوا.\n", encoding="utf-8")
    result = without_override([sys.executable, "-c", WINDOW, str(tmp_path), str(article), str(locked_rules)])
    assert result.returncode == 0, result.stderr
    assert "OPENED True 0" in result.stdout
    assert f"rules folder {locked_rules}: cannot read" in result.stdout and "Permission denied" in result.stdout


def test_a_missing_rules_folder_is_named(tmp_path, capsys):
    from tawsim import cli

    article = tmp_path / "a.txt"
    article.write_text("قال الوزير.\n", encoding="utf-8")
    assert cli.main(["suggest", str(article), "--rules", str(tmp_path / "nothere")]) == 1
    assert capsys.readouterr().err.splitlines() == [f"tawsim: error: rules folder {tmp_path / 'nothere'} not found"]
