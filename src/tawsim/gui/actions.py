"""The window's actions, each with a stable objectName, a text, a status tip and its shortcuts."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QAction, QColor, QIcon, QKeySequence, QPixmap
from PySide6.QtWidgets import QWidget

from tawsim.core.schema import LabelSchema
from tawsim.gui.keyboard import with_arabic_layout

Key = QKeySequence.StandardKey

# name: (text, tip, shortcuts)
ACTIONS: dict[str, tuple[str, str, tuple]] = {
    "actionOpen": ("&Open…", "Open an article or a Tawsim annotation file", (Key.Open,)),
    "actionSave": ("&Save", "Save the annotations as Tawsim JSON", (Key.Save,)),
    "actionSaveAs": ("Save &As…", "Save the annotations to another file", (Key.SaveAs,)),
    "actionExport": ("&Export…", "Export the annotations to another format", ("Ctrl+E",)),
    "actionQuit": ("&Quit", "Close the window", (Key.Quit,)),
    "actionUndo": ("&Undo", "Undo the last change", (Key.Undo,)),
    "actionRedo": ("&Redo", "Redo the change undone last", (Key.Redo, "Ctrl+Y")),
    "actionDelete": ("&Delete annotation", "Delete the current annotation", (Key.Delete,)),
    "actionSetBounds": ("Set boundaries to &selection", "Move the current annotation onto the selected words",
                        ("Ctrl+B",)),
    "actionGrowStart": ("Start one word earlier", "Extend the annotation by one word at its start",
                        ("Ctrl+Alt+Right",)),
    "actionShrinkStart": ("Start one word later", "Shrink the annotation by one word at its start",
                          ("Ctrl+Alt+Left",)),
    "actionGrowEnd": ("End one word later", "Extend the annotation by one word at its end",
                      ("Alt+Shift+Left",)),
    "actionShrinkEnd": ("End one word earlier", "Shrink the annotation by one word at its end",
                        ("Alt+Shift+Right",)),
    "actionLinkSpeaker": ("&Link speaker…", "Link the claim to its speaker, chosen from the names near it",
                          ("Ctrl+K",)),
    "actionEditFigure": ("Edit figure &value", "Edit the current figure's value, unit and qualifier", ("F2",)),
    "actionNextSuggestion": ("&Next suggestion", "Go to the next suggestion", ("Space", "F8")),
    "actionPreviousSuggestion": ("&Previous suggestion", "Go to the previous suggestion",
                                 ("Shift+Space", "Shift+F8")),
    "actionAcceptSuggestion": ("&Accept", "Accept the suggestion and go to the next one", ("Return", "Enter")),
    "actionRejectSuggestion": ("&Reject", "Reject the suggestion and go to the next one", ("Backspace",)),
    "actionAcceptAll": ("Accept &all suggestions", "Accept every suggestion still pending", ("Ctrl+Shift+Return",)),
    "actionRejectAll": ("Reject all suggestions", "Reject every suggestion still pending", ("Ctrl+Shift+Backspace",)),
    "actionZoomIn": ("Zoom &in", "Larger text", (Key.ZoomIn, "Ctrl+=")),
    "actionZoomOut": ("Zoom &out", "Smaller text", (Key.ZoomOut,)),
    "actionZoomReset": ("&Actual size", "Text at its normal size", ("Ctrl+0",)),
}


# Plain keys (Space, Enter, Backspace, letters...) act on the article and the table only, so that
# typing in a field of the side panel never accepts a suggestion or tags a word.
ARTICLE_ONLY = ("actionDelete", "actionGrowStart", "actionShrinkStart", "actionGrowEnd", "actionShrinkEnd",
                "actionNextSuggestion", "actionPreviousSuggestion", "actionAcceptSuggestion",
                "actionRejectSuggestion")


def scope_to(actions: list[QAction], window: QWidget, widgets: list[QWidget]) -> None:
    """Make the shortcuts of `actions` work only while the focus is in one of `widgets`."""
    for action in actions:
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        window.removeAction(action)
        for widget in widgets:
            widget.addAction(action)


def make_action(parent: QWidget, name: str, text: str, tip: str, shortcuts: tuple = ()) -> QAction:
    action = QAction(text, parent)
    action.setObjectName(name)
    action.setStatusTip(tip)
    action.setToolTip(tip)
    sequences: list[QKeySequence] = []
    for shortcut in shortcuts:
        found = QKeySequence.keyBindings(shortcut) if isinstance(shortcut, Key) else [QKeySequence(shortcut)]
        sequences += [s for s in found if s not in sequences]
    action.setShortcuts(sequences)
    parent.addAction(action)
    return action


def build_actions(parent: QWidget) -> dict[str, QAction]:
    return {name: make_action(parent, name, *spec) for name, spec in ACTIONS.items()}


def swatch(color: str) -> QIcon:
    pixmap = QPixmap(14, 14)
    pixmap.fill(QColor(color))
    return QIcon(pixmap)


def label_actions(parent: QWidget, schema: LabelSchema) -> dict[str, QAction]:
    """One action per label, `label:<NAME>`, with the schema's shortcut and colour."""
    taken = {seq.toString() for action in parent.actions() for seq in action.shortcuts()}
    actions = {}
    for label in schema.labels:
        shortcuts = with_arabic_layout(label.shortcut) if label.shortcut and label.shortcut not in taken else ()
        tip = f"Tag the selection as {label.title} ({label.name})"
        action = make_action(parent, f"label:{label.name}", f"{label.name} — {label.title}", tip, shortcuts)
        action.setIcon(swatch(label.color))
        action.setIconText(label.name)
        actions[label.name] = action
    return actions


# Short texts for the toolbar buttons, so both toolbars fit in one row at 1,200 pixels.
TOOLBAR_TEXTS = {
    "actionPreviousSuggestion": QT_TRANSLATE_NOOP("Toolbar", "Previous"),
    "actionNextSuggestion": QT_TRANSLATE_NOOP("Toolbar", "Next"),
    "actionAcceptSuggestion": QT_TRANSLATE_NOOP("Toolbar", "Accept"),
    "actionRejectSuggestion": QT_TRANSLATE_NOOP("Toolbar", "Reject"),
    "actionAcceptAll": QT_TRANSLATE_NOOP("Toolbar", "Accept all"),
    "actionUndo": QT_TRANSLATE_NOOP("Toolbar", "Undo"),
    "actionRedo": QT_TRANSLATE_NOOP("Toolbar", "Redo"),
    "actionSave": QT_TRANSLATE_NOOP("Toolbar", "Save"),
}


def toolbar_actions(actions: dict[str, QAction]) -> list[QAction]:
    """The review toolbar's actions, with their short texts."""
    for name, text in TOOLBAR_TEXTS.items():
        actions[name].setIconText(QCoreApplication.translate("Toolbar", text))
    return [actions[name] for name in TOOLBAR_TEXTS]
