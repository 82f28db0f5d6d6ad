"""Texts of Qt's own dialogs that Qt's Arabic translation (`qtbase_ar.qm`) leaves in English, or
words in a way that would mislead here (its "Discard" is ارفض, Tawsim's word for rejecting a suggestion).

They are translated in Tawsim's `.ts` under Qt's own contexts: Qt asks every installed translator
for its texts, Tawsim's included. The calls here are what `pyside6-lupdate` collects; the list
they make is what the tests check.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

translate = QCoreApplication.translate


def qt_texts() -> list[str]:
    """Each of those texts in the interface language."""
    return [
        translate("QFileDialog", "&Look in:"),
        translate("QFileDialog", "Files of &type:"),
        translate("QAbstractFileIconProvider", "Folder", "All other platforms"),
        translate("QAbstractFileIconProvider", "Drive"),
        translate("QPlatformTheme", "Discard"),
        translate("QTabBar", "Scroll Left"),
        translate("QTabBar", "Scroll Right"),
    ]


def retranslate_tab_bar_buttons(window) -> None:
    """Qt names a tab bar's scroll buttons once, when it makes them; name them again."""
    from PySide6.QtWidgets import QToolButton

    for name, text in (("ScrollLeftButton", "Scroll Left"), ("ScrollRightButton", "Scroll Right")):
        for button in window.findChildren(QToolButton, name):
            button.setAccessibleName(translate("QTabBar", text))
