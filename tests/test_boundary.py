"""The core stays Qt-free, and the CLI pays for Qt only when the window is asked for."""

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def run_python(code: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT)


def test_import_contracts_hold():
    lint = shutil.which("lint-imports") or str(Path(sys.executable).with_name("lint-imports"))
    if not Path(lint).exists():
        pytest.fail("import-linter is not installed: install the test extra")
    result = subprocess.run([lint], capture_output=True, text=True, cwd=ROOT)
    assert result.returncode == 0, result.stdout + result.stderr


CORE_MODULES = [
    "tawsim.cli",
    "tawsim.core.model",
    "tawsim.core.annotation_file",
    "tawsim.core.textio",
    "tawsim.core.schema",
    "tawsim.text.normalize",
    "tawsim.rules.shared.rulefiles",
]


@pytest.mark.parametrize("module", CORE_MODULES)
def test_core_module_does_not_load_qt(module):
    result = run_python(
        f"import sys, importlib; importlib.import_module({module!r}); "
        "print([m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))])"
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"


def test_cli_help_and_version_do_not_load_qt():
    result = run_python(
        "import sys\n"
        "from tawsim.cli import main\n"
        "for argv in (['--version'], ['suggest', '--help'], ['--help']):\n"
        "    try:\n"
        "        main(argv)\n"
        "    except SystemExit:\n"
        "        pass\n"
        "print('QT', [m for m in sys.modules if m.startswith('PySide6')])"
    )
    assert result.returncode == 0, result.stderr
    assert "QT []" in result.stdout
    assert "tawsim 0.1.0" in result.stdout
