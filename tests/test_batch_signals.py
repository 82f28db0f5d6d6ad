"""A batch stops with Ctrl-C at once, and its workers never outlive it (real signals)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_e93ad64ae9bca60f.txt"

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")


def children(pid: int) -> list[int]:
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(fields[1]) == pid:
                found.append(int(entry.name))
    return found


def alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


def start_batch(tmp_path: Path) -> tuple[subprocess.Popen, list[int]]:
    articles = tmp_path / "articles"
    articles.mkdir()
    text = SEED.read_bytes()
    for number in range(3000):
        (articles / f"{number:05d}.txt").write_bytes(text)
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    process = subprocess.Popen(
        [sys.executable, "-m", "tawsim", "suggest", str(articles), "-o", str(tmp_path / "out"), "-j", "2"],
        env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
    )
    deadline = time.monotonic() + 60
    workers: list[int] = []
    while time.monotonic() < deadline:
        workers = children(process.pid)
        written = len(list((tmp_path / "out").glob("*.json"))) if (tmp_path / "out").exists() else 0
        if len(workers) >= 2 and written > 20:
            break
        time.sleep(0.05)
    assert len(workers) >= 2 and process.poll() is None, "the batch did not get going"
    return process, workers


def wait_gone(pids: list[int], seconds: float) -> list[int]:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline and any(alive(p) for p in pids):
        time.sleep(0.05)
    return [p for p in pids if alive(p)]


def test_ctrl_c_stops_the_batch_and_its_workers_at_once(tmp_path):
    process, workers = start_batch(tmp_path)
    process.send_signal(signal.SIGINT)
    _, err = process.communicate(timeout=15)
    assert process.returncode == 130
    assert "interrupted" in err and "Traceback" not in err
    assert wait_gone(workers, 5) == []
    assert len(list((tmp_path / "out").glob("*.json"))) < 3000


def test_workers_end_when_their_parent_is_killed(tmp_path):
    process, workers = start_batch(tmp_path)
    process.kill()
    process.wait()
    assert wait_gone(workers, 10) == []
