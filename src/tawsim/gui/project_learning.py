"""A project's learner in the window: retrained in a background process after each save or mark
done (never in the window's own process, so the window never waits), and applied to every
document suggested from then on. The status bar says what it learned from."""

from __future__ import annotations

import sys
import threading
from pathlib import Path

from PySide6.QtCore import QObject, QProcess, QTimer, Signal

from tawsim.core.model import AnnotationSet
from tawsim.learning.learner import Learner, learning_folder
from tawsim.learning.memory import Memory

SETTLE_MS = 1500  # saves in quick succession (next document, mark done) give one retraining


class ProjectLearning(QObject):
    learned = Signal(str)  # the learner's own summary, or why learning failed
    running_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.folder: Path | None = None
        self.annotator: str | None = None
        self.rules: Path | None = None
        self.learner: Learner | None = None
        self._lock = threading.Lock()  # "Suggest all" applies the learner from its worker thread
        self._process: QProcess | None = None
        self._again = False
        self._pending_forget: list[tuple[str, str, str]] = []
        self._timer = QTimer(self, singleShot=True, interval=SETTLE_MS, timeout=self._start)

    # -- the project ---------------------------------------------------------------------
    def start(self, folder: Path, annotator: str | None, rules: Path | None) -> None:
        """Use what the project learned before; learn now if it never did."""
        self.stop()
        self.folder, self.annotator, self.rules = Path(folder), annotator, rules
        with self._lock:
            self.learner = Learner.stored(self.folder)
        if self.learner is None:
            self.schedule()

    def stop(self) -> None:
        self._timer.stop()
        self._again = False
        if self._process is not None:
            self._process.finished.disconnect(self._finished)
            self._process.kill()
            self._process.waitForFinished(3000)
            self._process = None
            self.running_changed.emit(False)
        self.folder, self.learner = None, None

    @property
    def running(self) -> bool:
        return self._process is not None

    def apply(self, annotations: AnnotationSet) -> AnnotationSet:
        """The rules' suggestions in `annotations` settled with the memory's and the model's."""
        with self._lock:
            learner = self.learner
            if learner is not None:
                learner.apply(annotations)
        return annotations

    # -- retraining ----------------------------------------------------------------------
    def schedule(self) -> None:
        if self.folder is not None:
            self._timer.start()

    def _start(self) -> None:
        if self.folder is None:
            return
        if self._process is not None:
            self._again = True
            return
        arguments = ["-m", "tawsim", "learn", str(self.folder)]
        if self.annotator:
            arguments += ["--annotator", self.annotator]
        if self.rules:
            arguments += ["--rules", str(self.rules)]
        process = QProcess(self)
        process.setProgram(sys.executable)
        process.setArguments(arguments)
        process.finished.connect(self._finished)
        self._process = process
        process.start()
        self.running_changed.emit(True)

    def _finished(self, code: int, _status) -> None:
        process, self._process = self._process, None
        output = bytes(process.readAllStandardError()).decode("utf-8", "replace").strip().splitlines()
        last = output[-1].removeprefix("tawsim: ") if output else ""
        process.deleteLater()
        self.running_changed.emit(False)
        if self.folder is None:
            return
        if code == 0:
            self._forget_pending()
            with self._lock:
                self.learner = Learner.stored(self.folder)
            self.learned.emit(self.summary())
        else:
            self.learned.emit(self.tr("Learning failed: {reason}").format(reason=last or f"exit code {code}"))
        if self._again:
            self._again = False
            self.schedule()

    def summary(self) -> str:
        learner = self.learner
        if learner is None:
            return self.tr("Nothing learned yet")
        labels = ", ".join(learner.model.labels) if learner.model is not None else "—"
        return self.tr("Learned from {documents} annotated document(s): {names} names remembered, "
                       "{rejections} rejections; the model suggests {labels}").format(
            documents=learner.trained_on, names=len(learner.memory.accepted),
            rejections=len(learner.memory.rejected), labels=labels)

    # -- forgetting ----------------------------------------------------------------------
    def memory(self) -> Memory:
        with self._lock:
            return self.learner.memory if self.learner is not None else Memory()

    def forget(self, entries: list[tuple[str, str, str]]) -> int:
        """Forget (kind, text, label) entries of the memory: they are neither suggested nor kept
        away again, and a retraining leaves them out too. Returns how many were found."""
        if self.folder is None:
            return 0
        with self._lock:
            memory = self.learner.memory if self.learner is not None else Memory()
            found = sum(memory.forget(kind, text, label) for kind, text, label in entries)
            memory.save(learning_folder(self.folder) / "memory.json")
        if self._process is not None:  # it read the forgotten list before this: apply it again after
            self._pending_forget.extend(entries)
        return found

    def _forget_pending(self) -> None:
        if not self._pending_forget:
            return
        path = learning_folder(self.folder) / "memory.json"
        try:
            memory = Memory.load(path)
        except (OSError, ValueError, KeyError, TypeError):
            return
        for kind, text, label in self._pending_forget:
            memory.forget(kind, text, label)
        memory.save(path)
        self._pending_forget = []
