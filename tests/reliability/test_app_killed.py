"""The app killed with SIGKILL, then the same file opened again: the autosaved work comes back.

Each test starts the real window in a child Python (offscreen), opens a copy of the seed saved as a
Tawsim file, edits it through the window's own actions and reports, one line each, the state after
every edit (the SHA-256 of the annotation file the window would write) and every autosave it
finds on disk. The test kills it at a chosen moment, opens the file in a new window here, and checks
what is offered and what comes back.

The autosave interval is one minute by default (File ▸ Autosave, `session.AUTOSAVE_SECONDS`); the child shortens it through the
window's own timer (`window.session.autosave_timer`), which runs the same `Session.autosave`.
TAWSIM_APP_KILLS sets the number of kills at random moments (8 by default).
"""

from __future__ import annotations

import hashlib
import json
import os
import queue
import random
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QFileDialog, QMessageBox

from tawsim.core import annotation_file
from tawsim.core.schema import load_schema
from tawsim.gui.loading import open_file

from reliability_support import REPO, SEED_ARTICLE

pytestmark = [pytest.mark.slow, pytest.mark.skipif(os.name != "posix", reason="SIGKILL")]

RANDOM_KILLS = int(os.environ.get("TAWSIM_APP_KILLS", "8"))
LINE_TIMEOUT = 30.0
Buttons = QMessageBox.StandardButton

# The child: the real window, edits through its actions, a plan of what to do, then it blocks.
CHILD = r"""
import hashlib, json, random, sys, time
from pathlib import Path

from PySide6.QtCore import QSettings, QTimer

from tawsim.core import annotation_file
from tawsim.core.schema import load_schema
from tawsim.gui.app import application
from tawsim.gui.main_window import MainWindow

plan = json.loads(sys.argv[1])
app = application()
window = MainWindow(load_schema(), settings=QSettings(plan["settings"], QSettings.Format.IniFormat),
                    recovery_dir=Path(plan["recovery"]))
window.show()
rng = random.Random(plan["seed"])


def say(*words):
    print(*words, flush=True)


def state():
    return hashlib.sha256(annotation_file.dumps(window.annotations).encode("utf-8")).hexdigest()


def settle(seconds=0.0):
    end = time.monotonic() + seconds
    app.processEvents()
    while time.monotonic() < end:
        time.sleep(0.002)
        app.processEvents()


def caret_into(span):
    window.view.setTextCursor(window.view.cursor_for(rng.randrange(span.start, span.end)))


def visible():
    return [s for s in window.annotations if s.status != "rejected"]


def edit(kind=None, *args):
    kind = kind or rng.choice(["accept", "accept", "reject", "tag", "tag", "relabel", "delete", "undo"])
    labels = [label.name for label in window.schema.labels]
    if kind in ("accept", "reject"):
        window.action("actionNextSuggestion").trigger()
        window.action("actionAcceptSuggestion" if kind == "accept" else "actionRejectSuggestion").trigger()
    elif kind == "tag":
        start, end, label = args or (*words[rng.randrange(len(words))], rng.choice(labels))
        window.view.select_range(start, end)
        window.label_actions[label].trigger()
    elif kind == "relabel" and visible():
        caret_into(rng.choice(visible()))
        window.label_actions[rng.choice(labels)].trigger()
    elif kind == "delete" and visible():
        caret_into(rng.choice(visible()))
        window.action("actionDelete").trigger()
    elif kind == "accept_label":
        window.findChild(type(window.action("actionSave")), f"acceptAll:{args[0]}").trigger()
    elif kind == "undo":
        window.action("actionUndo").trigger()
    settle()  # a tag's other occurrences are offered from the event loop
    say("STATE", state())


autosaves = []


def after_autosave():  # connected after the session's own slot, so it runs once the tick is done
    recovery = window.session.recovery_path()
    if recovery.exists():
        digest = hashlib.sha256(recovery.read_bytes()).hexdigest()
        autosaves.append(digest)
        say("AUTOSAVED", digest, "while", state())
    else:
        autosaves.append(None)
        say("AUTOSAVED", "none", "while", state())


def wait_for_autosave_of(wanted):
    if window.undo_stack.isClean():
        wanted = None  # the work is what the file holds: there is nothing to autosave
    while not autosaves or autosaves[-1] != wanted:
        settle(0.005)


def run_plan():
    for step in plan["steps"]:
        name, args = step[0], step[1:]
        if name == "edits":
            for _ in range(args[0]):
                edit()
        elif name == "edit":
            edit(*args)
        elif name == "autosave_every":
            window.session.autosave_timer.setInterval(args[0])
        elif name == "autosave_off":
            window.session.autosave_timer.stop()
        elif name == "wait_autosave":
            wait_for_autosave_of(state())
        elif name == "wait_ticks":
            seen = len(autosaves)
            while len(autosaves) < seen + args[0]:
                settle(0.005)
        elif name == "save":
            window.action("actionSave").trigger()
            say("SAVED", state())
        elif name == "undo_all":
            while window.undo_stack.canUndo():
                window.action("actionUndo").trigger()
            say("STATE", state())
        elif name == "churn":  # an edit every few milliseconds until killed
            timer = QTimer(window, interval=args[0])
            timer.timeout.connect(lambda: edit())
            timer.start()
    say("BLOCKING")


assert window.open_path(Path(plan["file"]))
words = [(m.start(), m.end()) for m in __import__("re").finditer(r"\w+", window.annotations.document.text)]
window.session.autosave_timer.timeout.connect(after_autosave)
# Every state an autosave can see follows a step of the undo stack (a macro is one step): report it
# there, before control returns to the event loop where the autosave timer runs.
window.undo_stack.indexChanged.connect(lambda _index: say("STATE", state()))
say("OPENED", state(), window.session.autosave_timer.interval())
QTimer.singleShot(0, run_plan)
app.exec()
"""


class Child:
    """The app in a child process; its report lines arrive through a reader thread."""

    def __init__(self, workspace: Path, plan: dict) -> None:
        environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
        environment.pop("TAWSIM_DEBUG", None)
        self.stderr = open(workspace / "child-stderr.txt", "w+", encoding="utf-8")
        self.process = subprocess.Popen(
            [sys.executable, "-c", CHILD, json.dumps(plan)], stdout=subprocess.PIPE, stderr=self.stderr,
            text=True, env=environment, cwd=REPO)
        self.lines: queue.Queue = queue.Queue()
        self.seen: list[tuple[str, ...]] = []
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:
        for line in self.process.stdout:
            if line.endswith("\n"):  # a line cut short by SIGKILL says nothing
                self.lines.put(tuple(line.split()))
        self.lines.put(None)

    def wait_for(self, word: str, count: int = 1) -> list[tuple[str, ...]]:
        """Read report lines until `count` lines starting with `word` came; all lines so far."""
        deadline = time.monotonic() + LINE_TIMEOUT
        while sum(1 for line in self.seen if line and line[0] == word) < count:
            try:
                line = self.lines.get(timeout=max(0.0, deadline - time.monotonic()))
            except queue.Empty:
                raise AssertionError(f"no {word} from the app in {LINE_TIMEOUT} s: {self.errors()}") from None
            if line is None:
                raise AssertionError(f"the app ended (exit {self.process.wait()}) before {word}: {self.errors()}")
            self.seen.append(line)
        return self.seen

    def kill(self) -> list[tuple[str, ...]]:
        """SIGKILL, then every line the app wrote before it died."""
        self.process.send_signal(signal.SIGKILL)
        assert self.process.wait(timeout=LINE_TIMEOUT) == -signal.SIGKILL
        while (line := self.lines.get(timeout=LINE_TIMEOUT)) is not None:
            self.seen.append(line)
        self.stderr.close()
        return self.seen

    def errors(self) -> str:
        self.stderr.flush()
        return Path(self.stderr.name).read_text(encoding="utf-8")[-2000:]

    def states(self) -> list[str]:
        """The states the app reported, in order: after each edit, and at each autosave."""
        return [line[-1] if line[0] == "AUTOSAVED" else line[1] for line in self.seen
                if line[0] in ("OPENED", "STATE", "SAVED", "AUTOSAVED")]

    def autosaves(self) -> list[str]:
        return [line[1] for line in self.seen if line[0] == "AUTOSAVED" and line[1] != "none"]


def digest(annotations) -> str:
    return hashlib.sha256(annotation_file.dumps(annotations).encode("utf-8")).hexdigest()


class Answers:
    """The recovery question answered as the test says; every message kept."""

    def __init__(self, monkeypatch) -> None:
        self.asked: list[str] = []
        self.recover = Buttons.Yes

        def ask(_parent, title, text, *args, **kwargs):
            self.asked.append(f"{title}: {text}")
            return self.recover if title.startswith("Recover") else Buttons.Discard

        def tell(_parent, title, text, *args, **kwargs):
            self.asked.append(f"{title}: {text}")
            return Buttons.Ok

        monkeypatch.setattr(QMessageBox, "question", staticmethod(ask))
        for kind in ("warning", "information", "critical"):
            monkeypatch.setattr(QMessageBox, kind, staticmethod(tell))
        monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: ("", "")))

    def recovery_offers(self) -> list[str]:
        return [line for line in self.asked if line.startswith("Recover")]


@pytest.fixture
def workspace(tmp_path, qtbot, monkeypatch):
    """A copy of the seed with the rule engine's suggestions, a recovery folder, a window maker."""
    from tawsim.gui.app import application
    from tawsim.gui.main_window import MainWindow

    application()
    answers = Answers(monkeypatch)
    opened = open_file(SEED_ARTICLE)
    assert len(opened.annotations) > 5, "the seed should come with suggestions to review"
    counter = iter(range(1000))

    class Workspace:
        def __init__(self) -> None:
            self.answers = answers

        def new_file(self) -> Path:
            folder = tmp_path / f"round-{next(counter)}"
            folder.mkdir()
            path = folder / "seed.json"
            annotation_file.save(path, opened.annotations)
            return path

        def start(self, path: Path, steps: list, seed: int = 0) -> Child:
            plan = {"file": str(path), "settings": str(path.parent / "child.ini"),
                    "recovery": str(tmp_path / "recovery"), "seed": seed, "steps": steps}
            return Child(path.parent, plan)

        def reopen(self, path: Path):
            settings = QSettings(str(path.parent / "window.ini"), QSettings.Format.IniFormat)
            window = MainWindow(load_schema(), settings=settings, recovery_dir=tmp_path / "recovery")
            qtbot.addWidget(window)
            window.session.autosave_timer.stop()
            window.show()
            assert window.open_path(path), answers.asked
            return window

        def recovery_files(self) -> list[Path]:
            folder = tmp_path / "recovery"
            return sorted(folder.glob("*.json")) if folder.exists() else []

    return Workspace()


# -- kills at chosen moments -----------------------------------------------------------------------
def test_killed_before_any_autosave_nothing_is_offered_and_the_file_opens(workspace):
    path = workspace.new_file()
    on_disk = path.read_bytes()
    child = workspace.start(path, [["edits", 12]], seed=1)
    opened = child.wait_for("BLOCKING")[0]
    assert opened[0] == "OPENED" and int(opened[2]) >= 60_000, "the default autosave must not run here"
    lines = child.kill()
    assert len(set(child.states())) > 1, "the edits changed nothing: the kill proved nothing"
    assert not any(line[0] == "AUTOSAVED" for line in lines)

    assert workspace.recovery_files() == []
    assert path.read_bytes() == on_disk
    window = workspace.reopen(path)
    assert workspace.answers.asked == []
    assert digest(window.annotations) == child.states()[0]


def test_killed_after_an_autosave_the_edits_come_back(workspace, qtbot):
    path = workspace.new_file()
    text = annotation_file.load(path).document.text
    start = text.index("واشنطن")
    child = workspace.start(path, [
        ["autosave_every", 150], ["edits", 10], ["edit", "accept"], ["edit", "reject"],
        ["edit", "tag", start, start + 6, "LOC"], ["edit", "accept_label", "DATE"], ["wait_autosave"]], seed=2)
    child.wait_for("BLOCKING")
    child.kill()
    edited = child.states()[-1]
    assert edited != child.states()[0] and child.autosaves()[-1] == edited

    window = workspace.reopen(path)
    assert len(workspace.answers.recovery_offers()) == 1
    assert digest(window.annotations) == edited
    assert window.isWindowModified()
    assert [(s.label, s.status) for s in window.annotations
            if (s.start, s.end) == (start, start + 6) and s.category == "entity"] == [("LOC", "accepted")]
    assert not [s for s in window.annotations if s.label == "DATE" and s.status == "suggested"]
    # Saving the recovered work writes it to the file and drops the copy.
    window.action("actionSave").trigger()
    assert digest(annotation_file.load(path).annotations) == edited
    assert workspace.recovery_files() == []


def test_only_the_edits_after_the_last_autosave_are_lost(workspace):
    path = workspace.new_file()
    child = workspace.start(path, [
        ["autosave_every", 150], ["edits", 10], ["wait_autosave"], ["autosave_off"], ["edits", 10]], seed=3)
    child.wait_for("BLOCKING")
    child.kill()
    autosaved = child.autosaves()[-1]
    assert autosaved in child.states() and child.states()[-1] != autosaved

    window = workspace.reopen(path)
    assert len(workspace.answers.recovery_offers()) == 1
    assert digest(window.annotations) == autosaved


def test_after_a_save_nothing_is_offered(workspace):
    path = workspace.new_file()
    child = workspace.start(path, [
        ["autosave_every", 150], ["edits", 10], ["wait_autosave"], ["save"], ["wait_ticks", 2]], seed=4)
    child.wait_for("BLOCKING")
    child.kill()
    saved = [line[1] for line in child.seen if line[0] == "SAVED"][-1]

    assert workspace.recovery_files() == []
    window = workspace.reopen(path)
    assert workspace.answers.asked == []
    assert digest(window.annotations) == saved


def test_edits_undone_back_to_the_file_are_not_offered_again(workspace):
    path = workspace.new_file()
    child = workspace.start(path, [
        ["autosave_every", 150], ["edits", 10], ["wait_autosave"], ["undo_all"], ["wait_ticks", 2]], seed=5)
    child.wait_for("BLOCKING")
    child.kill()
    assert child.states()[-1] == child.states()[0], "undoing everything should give the file back"

    window = workspace.reopen(path)
    assert workspace.answers.recovery_offers() == [], "the undone edits were offered back"
    assert digest(window.annotations) == child.states()[0]


def test_declining_the_recovery_opens_the_file_and_drops_the_copy(workspace):
    path = workspace.new_file()
    child = workspace.start(path, [["autosave_every", 150], ["edits", 8], ["wait_autosave"]], seed=6)
    child.wait_for("BLOCKING")
    child.kill()
    assert workspace.recovery_files()

    workspace.answers.recover = Buttons.No
    window = workspace.reopen(path)
    assert len(workspace.answers.recovery_offers()) == 1
    assert digest(window.annotations) == child.states()[0]
    assert workspace.recovery_files() == []


# -- kills at random moments -----------------------------------------------------------------------
def test_killed_at_random_moments_while_editing_and_autosaving(workspace):
    """An edit every 15 ms, an autosave every 40 ms, a kill at a random moment: the copy on disk is
    always one of the states the app went through, at least as recent as the last autosave it
    reported, and it is what the new window recovers."""
    rng = random.Random(2024)
    recovered = 0
    for round_number in range(RANDOM_KILLS):
        path = workspace.new_file()
        child = workspace.start(path, [["autosave_every", 40], ["churn", 15]], seed=100 + round_number)
        child.wait_for("AUTOSAVED", count=rng.randint(1, 6))
        time.sleep(rng.uniform(0, 0.06))
        child.kill()

        states = child.states()
        for line in child.seen:  # each autosave wrote the state the window was in at that moment
            if line[0] == "AUTOSAVED" and line[1] != "none":
                assert line[1] == line[3], f"round {round_number}: an autosave wrote another state"
        files = workspace.recovery_files()
        assert len(files) <= 1
        if not files:  # killed before an autosave, or after one found the work back to the file
            reports = [line for line in child.seen if line[0] == "AUTOSAVED"]
            assert not reports or reports[-1][1] == "none" or states[-1] == states[0]
            window = workspace.reopen(path)
            assert digest(window.annotations) == states[0]
            continue
        on_disk = hashlib.sha256(files[0].read_bytes()).hexdigest()
        assert on_disk in states, f"round {round_number}: the autosaved copy is no state the app was in"
        if child.autosaves():
            last_reported = states.index(child.autosaves()[-1])
            assert len(states) - 1 - states[::-1].index(on_disk) >= last_reported
        offers_before = len(workspace.answers.recovery_offers())
        window = workspace.reopen(path)
        assert len(workspace.answers.recovery_offers()) == offers_before + 1
        assert digest(window.annotations) == on_disk
        window.action("actionSave").trigger()  # keeps the recovery folder to this round's copy
        assert workspace.recovery_files() == []
        recovered += 1
    print(f"\n{RANDOM_KILLS} kills at random moments, {recovered} with work recovered")
    assert recovered >= RANDOM_KILLS // 2
