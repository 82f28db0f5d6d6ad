"""Telling the user, once, that autosave fails; the timer keeps trying and a success clears it."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

translate = QCoreApplication.translate


def announce_autosave_failure(window: QWidget, reason: str) -> None:
    window.statusBar().showMessage(translate("Autosave", "Autosave failed: {reason}. Save your work with Ctrl+S.")
                                   .format(reason=reason))
    if getattr(window, "_autosave_failure_told", False):
        return
    window._autosave_failure_told = True
    QMessageBox.warning(
        window, translate("Autosave", "Autosave failed"),
        translate("Autosave", "Your unsaved work could not be autosaved: {reason}\n"
                  "Tawsim keeps trying; save with Ctrl+S to be safe. This message is shown once.").format(reason=reason))
