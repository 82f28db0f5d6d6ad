"""What the file actions do: open, save, recovery, recent files, closing with unsaved work."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QMessageBox

from tawsim.agreement.versions import project_annotator
from tawsim.core import annotation_file
from tawsim.core.atomic import ReadOnlyFile
from tawsim.core.errors import TawsimError, one_line
from tawsim.gui.session import ChangedOnDisk
from tawsim.core.names import display_name
from tawsim.gui.conflicts import ConflictHandlers, adopt_copy, saved_to_for
from tawsim.gui.loading import open_file
from tawsim.text.bidi import isolate_runs

Buttons = QMessageBox.StandardButton


class FileHandlers(ConflictHandlers):
    """Mixed into MainWindow, which provides session, rules, suggest and show_document."""

    def open_dialog(self) -> bool:
        start = str(self.session.source.parent if self.session.source else Path.home())
        filters = self.tr("Articles and annotation files (*.txt *.json);;Articles (*.txt);;Tawsim JSON (*.json);;"
                          "All files (*)")
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Open an article or annotation file"), start, filters)
        return bool(path) and self.open_path(Path(path))

    def open_path(self, path: Path) -> bool:
        path = Path(path)
        if path.is_dir():
            return self.projects.open(path)
        if not self.maybe_save():
            return False
        self.projects.close()
        try:
            annotator = getattr(self, "annotator", None) or project_annotator(path)
            recovery = self.session.recovery_for(path)
            if recovery is not None and self._ask_recover(recovery):
                loaded = annotation_file.load(recovery)
                self.session.annotator = loaded.annotator or annotator
                self.show_document(loaded.annotations, path, saved_to_for(path), loaded.schema_name, recovered=True)
                adopt_copy(recovery, self.session.recovery_path())
                self.say(self.tr("Recovered unsaved work from {file}").format(file=display_name(recovery)))
                return True
            if recovery is not None:
                for orphan in self.session.orphan_copies(path):
                    orphan.unlink(missing_ok=True)
            opened = open_file(path, self.rules, self.suggest, annotator)
        except TawsimError as error:
            QMessageBox.warning(self, self.tr("Cannot open"), isolate_runs(one_line(display_name(error))))
            return False
        self.session.annotator = opened.annotator
        self.show_document(opened.annotations, opened.source, opened.saved_to, opened.schema_name,
                           recovered=opened.changed)
        self.show_dropped(opened.anchoring.dropped)
        if opened.anchoring.moved:
            self.say(self.tr("Annotations moved with the changed text: {count}").format(count=len(opened.anchoring.moved)))
        if opened.remarks:
            QMessageBox.information(self, self.tr("Opened with remarks"), isolate_runs("\n".join(opened.remarks)))
        return True

    def _ask_recover(self, recovery: Path) -> bool:
        when = datetime.fromtimestamp(recovery.stat().st_mtime).strftime("%Y-%m-%d %H:%M")
        answer = QMessageBox.question(
            self, self.tr("Recover unsaved work?"),
            self.tr("Tawsim closed before this work was saved. Recover the copy autosaved at {when}?").format(when=when),
            Buttons.Yes | Buttons.No, Buttons.Yes)
        return answer == Buttons.Yes

    def save(self) -> bool:
        if self.annotations is None:
            return False
        if self.session.saved_to is None:
            return self.save_as()
        return self._save_to(self.session.saved_to)

    def save_as(self) -> bool:
        if self.annotations is None:
            return False
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save annotations"), str(self.session.suggested_save_path()), self.tr("Tawsim JSON (*.json)"))
        if not path:
            return False
        path = Path(path)
        return self._save_to(path if path.suffix else path.with_suffix(".json"))

    def _save_to(self, path: Path, overwrite_changes: bool = False, allow_read_only: bool = False) -> bool:
        try:
            self.session.save_to(path, overwrite_changes, allow_read_only)
        except ChangedOnDisk:
            return self.resolve_changed_on_disk(path)
        except ReadOnlyFile:
            return self.confirm_read_only(path, overwrite_changes)
        except TawsimError as error:
            QMessageBox.critical(self, self.tr("Not saved"), self.tr("{error}\nYour work is still open; save it elsewhere.")
                                 .format(error=isolate_runs(str(error))))
            return False
        self.say(self.tr("Saved {file}").format(file=display_name(path)))
        self.update_recent_menu()
        return True

    def maybe_save(self) -> bool:
        """True when the window may drop the current document (saved, discarded, or none)."""
        if self.projects.active:  # a project's document is saved beside its article, unasked
            return self.projects.leave_current()
        if not self.session.modified:
            return True
        answer = QMessageBox.question(
            self, self.tr("Unsaved changes"), self.tr("Save the changes to the annotations first?"),
            Buttons.Save | Buttons.Discard | Buttons.Cancel, Buttons.Save)
        if answer == Buttons.Save:
            return self.save()
        if answer == Buttons.Discard:
            self.session.discard_recovery()
            return True
        return False

    def update_recent_menu(self) -> None:
        menu = self.recent_menu
        menu.clear()
        for path in self.session.recent_files():
            action = menu.addAction(display_name(path.name))
            action.setToolTip(display_name(path))
            action.setStatusTip(display_name(path))
            action.triggered.connect(lambda _checked=False, p=path: self.open_path(p))
        menu.setEnabled(bool(menu.actions()))

    def closeEvent(self, event) -> None:  # noqa: N802
        if self.maybe_save():
            self.session.autosave_timer.stop()
            event.accept()
        else:
            event.ignore()
