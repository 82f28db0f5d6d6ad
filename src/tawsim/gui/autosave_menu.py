"""File ▸ Autosave: how often unsaved work is copied to the recovery folder, remembered across runs."""

from __future__ import annotations

from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu, QWidget

from tawsim.gui.session import Session

CHOICES = ((0, "&Off"), (30, "Every &30 seconds"), (60, "Every &minute"), (300, "Every &5 minutes"))


class AutosaveMenu(QMenu):
    """One checkable action per interval (objectName `autosave:<seconds>`), exactly one checked."""

    def __init__(self, session: Session, parent: QWidget) -> None:
        super().__init__("&Autosave", parent)
        self.setObjectName("menuAutosave")
        group = QActionGroup(self, exclusive=True)
        chosen = session.autosave_seconds()
        for seconds, text in CHOICES:
            action = QAction(text, self, checkable=True, objectName=f"autosave:{seconds}")
            action.setChecked(seconds == chosen)
            action.triggered.connect(lambda _checked, s=seconds: session.set_autosave_seconds(s))
            group.addAction(action)
            self.addAction(action)
