"""The main window's texts set again after a change of language (each panel sets its own)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction

from tawsim.core.schema import LabelSchema
from tawsim.gui.actions import retranslate_actions, retranslate_label_actions, retranslate_titles
from tawsim.gui.language import category_name, label_name
from tawsim.gui.qt_texts import retranslate_tab_bar_buttons

translate = QCoreApplication.translate


def bulk_action_text(schema: LabelSchema, label: str | None = None, category: str | None = None) -> str:
    """The entries of Review ▸ Accept all suggestions of label / category."""
    return label_name(schema, label) if label is not None else category_name(schema, category)


def retranslate_window(window) -> None:
    retranslate_actions(window.actions_by_name)
    retranslate_label_actions(window.label_actions, window.schema)
    retranslate_titles(window)
    retranslate_tab_bar_buttons(window)
    for action in window.findChildren(QAction):
        name = action.objectName()
        if name.startswith("acceptAll:"):
            action.setText(bulk_action_text(window.schema, label=name.split(":", 1)[1]))
        elif name.startswith("acceptAllCategory:"):
            action.setText(bulk_action_text(window.schema, category=name.split(":", 1)[1]))
    window.setAccessibleName(translate("MainWindow", "Tawsim"))
    window.counts.setAccessibleName(translate("MainWindow", "Annotation counts"))
    window._show_counts()
    window._update_title()
    if hasattr(window, "projects"):
        window.projects.retranslate()
