"""Saving over a file that changed on disk since this window loaded it: reload, save as, compare."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

from tawsim.core import annotation_file
from tawsim.core.errors import TawsimError
from tawsim.core.names import display_name
from tawsim.gui.loading import is_annotation_file

Buttons = QMessageBox.StandardButton
translate = QCoreApplication.translate


def saved_to_for(path: Path) -> Path | None:
    """Where a plain Save of work opened from `path` goes: the JSON itself or the one beside."""
    if is_annotation_file(path):
        return path
    beside = path.with_suffix(".json")
    return beside if beside.is_file() else None


def adopt_copy(orphan: Path, own: Path) -> None:
    """A recovered copy becomes this window's own, so saving or discarding drops it."""
    try:
        os.replace(orphan, own)
    except OSError:
        pass


def comparison(path: Path, ours) -> str:
    """A short account of how the file on disk differs from the window's annotations."""
    try:
        theirs = annotation_file.load(path).annotations
    except TawsimError as error:
        return translate("ConflictHandlers", "The file on disk cannot be read: {error}").format(error=error)
    mine = {(s.start, s.end, s.label, s.status) for s in ours}
    disk = {(s.start, s.end, s.label, s.status) for s in theirs}
    return translate("ConflictHandlers", "On disk: {disk} annotations, {only_disk} not in this window; "
                     "here: {here}, {only_here} not on disk.").format(
        disk=len(disk), only_disk=len(disk - mine), here=len(mine), only_here=len(mine - disk))


class ConflictHandlers:
    """Mixed into MainWindow with FileHandlers."""

    def resolve_changed_on_disk(self, path: Path) -> bool:
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("File changed on disk"),
                          self.tr("{file} was changed on disk since this window opened it "
                                  "(another window or program saved it). Saving now would overwrite "
                                  "those changes.").format(file=display_name(path)), parent=self)
        box.setInformativeText(comparison(path, self.annotations))
        reload_ = box.addButton(self.tr("Reload from disk"), QMessageBox.ButtonRole.DestructiveRole)
        save_as = box.addButton(self.tr("Save As…"), QMessageBox.ButtonRole.AcceptRole)
        overwrite = box.addButton(self.tr("Overwrite"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(Buttons.Cancel)
        box.setDefaultButton(save_as)
        box.setObjectName("changedOnDisk")
        clicked = self.ask_conflict(box)
        if clicked is save_as:
            return self.save_as()
        if clicked is overwrite:
            return self._save_to(path, overwrite_changes=True)
        if clicked is reload_:
            self.session.stack.setClean()  # the user chose the disk's version over this work
            self.session.discard_recovery()
            return self.open_path(self.session.source or path)
        return False

    def confirm_read_only(self, path: Path, overwrite_changes: bool) -> bool:
        answer = QMessageBox.question(
            self, self.tr("Read-only file"),
            self.tr("{file} is read-only. Replace it anyway? It stays read-only.").format(file=display_name(path)),
            Buttons.Yes | Buttons.No, Buttons.No)
        if answer != Buttons.Yes:
            return False
        return self._save_to(path, overwrite_changes, allow_read_only=True)

    def ask_conflict(self, box: QMessageBox):
        """The button the user clicked (tests replace this to answer)."""
        box.exec()
        return box.clickedButton()
