"""A save into a read-only folder, tried for real even when the tests run as root.

Root ignores folder permissions, so the save runs in a child process whose capability bounding
set lacks CAP_DAC_OVERRIDE (util-linux `setpriv`): the kernel then enforces the folder's mode.
"""

import os
import shutil
import subprocess
import sys

import pytest

from tawsim.core.atomic import backup_path, write_text_atomic

CHILD = r"""
import sys
from tawsim.core.atomic import write_text_atomic
from tawsim.core.errors import SaveError
try:
    write_text_atomic(sys.argv[1], "new version", backup=True)
except SaveError as error:
    print("SaveError:", error)
    raise SystemExit(0)
print("saved")
raise SystemExit(1)
"""


def run_without_override(*args: str) -> subprocess.CompletedProcess:
    command = [sys.executable, "-c", CHILD, *args]
    if os.geteuid() == 0:
        setpriv = shutil.which("setpriv")
        if setpriv is None:
            pytest.skip("running as root without util-linux setpriv to drop CAP_DAC_OVERRIDE")
        command = [setpriv, "--bounding-set", "-dac_override,-dac_read_search", *command]
    return subprocess.run(command, capture_output=True, text=True, timeout=60)


def test_a_read_only_folder_gives_one_clear_error_and_keeps_the_old_file_and_backup(tmp_path):
    folder = tmp_path / "locked"
    folder.mkdir()
    path = folder / "article.json"
    write_text_atomic(path, "old version")
    write_text_atomic(path, "current version", backup=True)
    folder.chmod(0o555)
    try:
        result = run_without_override(str(path))
    finally:
        folder.chmod(0o755)
    assert result.returncode == 0, result.stdout + result.stderr
    message = result.stdout.strip()
    assert message.startswith("SaveError: could not save") and str(path) in message
    assert "Permission denied" in message and "previous file is unchanged" in message
    assert path.read_text(encoding="utf-8") == "current version"
    assert backup_path(path).read_text(encoding="utf-8") == "old version"
    assert sorted(p.name for p in folder.iterdir()) == ["article.json", "article.json~"]
