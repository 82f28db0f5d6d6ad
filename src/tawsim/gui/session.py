"""The open file: where it saves, whether it changed, recent files, autosave and recovery."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QSettings, QStandardPaths, QTimer, Signal
from PySide6.QtGui import QUndoStack

from tawsim.agreement.versions import version_path
from tawsim.core import annotation_file
from tawsim.core.atomic import write_text_atomic
from tawsim.core.errors import SaveError, TawsimError
from tawsim.core.fingerprint import Fingerprint, changed_since, fingerprint
from tawsim.core.model import AnnotationSet
from tawsim.core.recovery import RecoveryCopies

RECENT_KEY = "recentFiles"
RECENT_LIMIT = 10
AUTOSAVE_KEY = "autosave/seconds"
AUTOSAVE_SECONDS = 60  # 0 turns autosave off


def default_recovery_dir() -> Path:
    base = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    return Path(base or Path.home() / ".tawsim") / "recovery"


class ChangedOnDisk(SaveError):
    """The file to save over was changed by someone else since this window loaded or saved it."""


class Session(QObject):
    """Save state of one open document; `modified` follows the undo stack's clean state."""

    state_changed = Signal()
    autosave_failed = Signal(str)  # once per run of failures, with the reason
    saved = Signal(object)  # the path written by save_to

    def __init__(self, stack: QUndoStack, settings: QSettings, recovery_dir: Path | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.stack = stack
        self.settings = settings
        self.recovery_dir = Path(recovery_dir) if recovery_dir else default_recovery_dir()
        self.annotations: AnnotationSet | None = None
        self.source: Path | None = None
        self.saved_to: Path | None = None
        self.schema_name = "default"
        self.annotator: str | None = None  # whose version is open: written into the file
        self._wrote_recovery = False
        self.copies = RecoveryCopies(self.recovery_dir)
        self.on_disk: Fingerprint | None = None
        self.autosave_error: str | None = None
        self.stack.cleanChanged.connect(self._clean_changed)
        self.autosave_timer = QTimer(self)
        self.autosave_timer.timeout.connect(self.autosave)
        self.set_autosave_seconds(self.autosave_seconds())

    def use_stack(self, stack: QUndoStack) -> None:
        """Follow another document's undo stack (a project keeps one per open document)."""
        self.stack.cleanChanged.disconnect(self._clean_changed)
        self.stack = stack
        stack.cleanChanged.connect(self._clean_changed)

    def _clean_changed(self, _clean: bool) -> None:
        self.state_changed.emit()

    @property
    def modified(self) -> bool:
        return self.annotations is not None and not self.stack.isClean()

    def start(self, annotations: AnnotationSet, source: Path | None, saved_to: Path | None,
              schema_name: str = "default", recovered: bool = False, keep_history: bool = False) -> None:
        """Begin work on a freshly opened document (`recovered`: unsaved work brought back;
        `keep_history`: a project's document coming back with its own undo stack)."""
        if self._wrote_recovery:  # the document left behind was saved, discarded or back to its file
            self.discard_recovery()
        self.annotations, self.source, self.saved_to = annotations, source, saved_to
        self.schema_name = schema_name
        self.on_disk = fingerprint(saved_to) if saved_to is not None else None
        if not keep_history:
            self.stack.clear()
            self.stack.setClean()
        if recovered:
            self.stack.resetClean()
        if source is not None:
            self.add_recent(source)
        self.state_changed.emit()

    def suggested_save_path(self) -> Path:
        if self.saved_to is not None:
            return self.saved_to
        if self.source is not None and self.annotator:
            return version_path(self.source, self.annotator)
        if self.source is not None:
            return self.source.with_suffix(".json")
        return Path.home() / f"{self.annotations.document.name}.json"

    def changed_on_disk(self, path: Path) -> bool:
        """True when `path` is the file this window loaded or saved and someone changed it since."""
        return self.saved_to is not None and Path(path) == self.saved_to and changed_since(path, self.on_disk)

    def save_to(self, path: Path, overwrite_changes: bool = False, allow_read_only: bool = False) -> None:
        """Write the annotation file atomically (SaveError leaves the work in memory, unsaved).

        ChangedOnDisk: another window or program changed the file since it was loaded; nothing
        is written unless `overwrite_changes`.
        """
        path = Path(path)
        if not overwrite_changes and self.changed_on_disk(path):
            raise ChangedOnDisk(f"{path} was changed on disk since this window loaded it")
        previous_key = self.recovery_path()
        annotation_file.save(path, self.annotations, self.schema_name, annotator=self.annotator,
                             allow_read_only=allow_read_only)
        self.on_disk = fingerprint(path)
        previous_key.unlink(missing_ok=True)
        self.saved_to = path
        self.stack.setClean()
        self.discard_recovery()
        self.add_recent(path)
        self.state_changed.emit()
        self.saved.emit(path)

    # -- recent files ----------------------------------------------------------------------
    def recent_files(self) -> list[Path]:
        stored = self.settings.value(RECENT_KEY, []) or []
        if isinstance(stored, str):
            stored = [stored]
        return [Path(item) for item in stored]

    def add_recent(self, path: Path) -> None:
        entries = [str(Path(path).resolve())]
        entries += [str(p) for p in self.recent_files() if str(p) != entries[0]]
        self.settings.setValue(RECENT_KEY, entries[:RECENT_LIMIT])

    # -- autosave and recovery ---------------------------------------------------------------
    def autosave_seconds(self) -> int:
        """The interval the user chose (kept in the settings), 0 when autosave is off."""
        try:
            seconds = int(self.settings.value(AUTOSAVE_KEY, AUTOSAVE_SECONDS))
        except (TypeError, ValueError):
            seconds = AUTOSAVE_SECONDS  # a hand-edited settings file must not stop the app
        return max(0, seconds)

    def set_autosave_seconds(self, seconds: int) -> None:
        self.settings.setValue(AUTOSAVE_KEY, seconds)
        if seconds > 0:
            self.autosave_timer.start(seconds * 1000)
        else:
            self.autosave_timer.stop()

    def recovery_path(self, source: Path | None = None) -> Path:
        """This window's own copy for the work on `source` (default: the open document)."""
        return self.copies.own(self.recovery_key(source))

    def recovery_key(self, source: Path | None = None) -> Path | None:
        """The annotation file the work belongs to: so NAME.txt and NAME.json share their copies."""
        if source is not None:
            return Path(source)
        if self.saved_to is not None:
            return self.saved_to
        if self.source is not None:
            return self.source.with_suffix(".json")
        return None

    def autosave(self) -> bool:
        """Write unsaved work beside the settings, never over the user's file.

        Work undone back to what the file holds drops the copy this session wrote, or a crash
        would offer to bring the undone edits back. A failure is announced once, then retried.
        """
        if self.annotations is None:
            return False
        if self.stack.isClean():
            if self._wrote_recovery:
                self.discard_recovery()
            return False
        try:
            try:
                self.recovery_dir.mkdir(parents=True, exist_ok=True)
            except OSError as error:
                raise SaveError(f"cannot create {self.recovery_dir}: {error.strerror or error}") from None
            write_text_atomic(self.recovery_path(), annotation_file.dumps(self.annotations, self.schema_name))
        except TawsimError as error:
            if self.autosave_error is None:
                self.autosave_error = str(error)
                self.autosave_failed.emit(str(error))
            return False
        self.autosave_error = None
        self._wrote_recovery = True
        return True

    def recovery_for(self, source: Path) -> Path | None:
        """A copy left by a window that ended without saving, newer than `source`, by either name."""
        for candidate in self.copies.orphans(source):
            try:
                newer = candidate.stat().st_mtime >= Path(source).stat().st_mtime
            except OSError:
                newer = True
            return candidate if newer else None
        return None

    def orphan_copies(self, source: Path) -> list[Path]:
        return self.copies.orphans(source)

    def discard_recovery(self) -> None:
        self._wrote_recovery = False
        own = self.recovery_path()
        own.unlink(missing_ok=True)
        self.copies.release(own)
