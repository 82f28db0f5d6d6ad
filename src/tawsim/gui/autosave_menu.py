"""File ▸ Autosave: how often unsaved work is copied to the recovery folder, remembered across runs."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu, QWidget

from tawsim.gui.session import Session

CHOICES = ((0, QT_TRANSLATE_NOOP("AutosaveMenu", "&Off")), (30, QT_TRANSLATE_NOOP("AutosaveMenu", "Every &30 seconds")),
           (60, QT_TRANSLATE_NOOP("AutosaveMenu", "Every &minute")), (300, QT_TRANSLATE_NOOP("AutosaveMenu", "Every &5 minutes")))


class AutosaveMenu(QMenu):
    """One checkable action per interval (objectName `autosave:<seconds>`), exactly one checked."""

    def __init__(self, session: Session, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("menuAutosave")
        group = QActionGroup(self, exclusive=True)
        chosen = session.autosave_seconds()
        for seconds, _text in CHOICES:
            action = QAction(self, checkable=True, objectName=f"autosave:{seconds}")
            action.setChecked(seconds == chosen)
            action.triggered.connect(lambda _checked, s=seconds: session.set_autosave_seconds(s))
            group.addAction(action)
            self.addAction(action)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("&Autosave"))
        for action, (_seconds, text) in zip(self.actions(), CHOICES):
            action.setText(self.tr(text))

    def changeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
