"""Telling the user, once, that autosave fails; the timer keeps trying and a success clears it."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget


def announce_autosave_failure(window: QWidget, reason: str) -> None:
    window.statusBar().showMessage(f"Autosave failed: {reason}. Save your work with Ctrl+S.")
    if getattr(window, "_autosave_failure_told", False):
        return
    window._autosave_failure_told = True
    QMessageBox.warning(
        window, "Autosave failed",
        f"Your unsaved work could not be autosaved: {reason}\n"
        "Tawsim keeps trying; save with Ctrl+S to be safe. This message is shown once.")
