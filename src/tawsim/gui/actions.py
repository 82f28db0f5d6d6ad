"""The window's actions, each with a stable objectName, a text, a status tip and its shortcuts.

Texts are English source strings marked for Qt's translation tools (`QT_TRANSLATE_NOOP`, so that
`pyside6-lupdate` finds them in the tables) and translated where they are set, again on every
change of language.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QAction, QColor, QIcon, QKeySequence, QPixmap
from PySide6.QtWidgets import QDockWidget, QMenu, QToolBar, QWidget

from tawsim.core.schema import LabelSchema
from tawsim.gui.keyboard import with_arabic_layout
from tawsim.gui.language import current_language

translate = QCoreApplication.translate

Key = QKeySequence.StandardKey

# name: (text, tip, shortcuts)
ACTIONS: dict[str, tuple[str, str, tuple]] = {
    "actionOpen": (QT_TRANSLATE_NOOP("Actions", "&Open…"),
                   QT_TRANSLATE_NOOP("Actions", "Open an article or a Tawsim annotation file"), (Key.Open,)),
    "actionSave": (QT_TRANSLATE_NOOP("Actions", "&Save"),
                   QT_TRANSLATE_NOOP("Actions", "Save the annotations as Tawsim JSON"), (Key.Save,)),
    "actionSaveAs": (QT_TRANSLATE_NOOP("Actions", "Save &As…"),
                     QT_TRANSLATE_NOOP("Actions", "Save the annotations to another file"), (Key.SaveAs,)),
    "actionExport": (QT_TRANSLATE_NOOP("Actions", "&Export…"),
                     QT_TRANSLATE_NOOP("Actions", "Export the annotations to another format"), ("Ctrl+E",)),
    "actionQuit": (QT_TRANSLATE_NOOP("Actions", "&Quit"),
                   QT_TRANSLATE_NOOP("Actions", "Close the window"), (Key.Quit,)),
    "actionUndo": (QT_TRANSLATE_NOOP("Actions", "&Undo"),
                   QT_TRANSLATE_NOOP("Actions", "Undo the last change"), (Key.Undo,)),
    "actionRedo": (QT_TRANSLATE_NOOP("Actions", "&Redo"),
                   QT_TRANSLATE_NOOP("Actions", "Redo the change undone last"), (Key.Redo, "Ctrl+Y")),
    "actionDelete": (QT_TRANSLATE_NOOP("Actions", "&Delete annotation"),
                     QT_TRANSLATE_NOOP("Actions", "Delete the current annotation"), (Key.Delete,)),
    "actionSetBounds": (QT_TRANSLATE_NOOP("Actions", "Set boundaries to &selection"),
                        QT_TRANSLATE_NOOP("Actions", "Move the current annotation onto the selected words"),
                        ("Ctrl+B",)),
    "actionGrowStart": (QT_TRANSLATE_NOOP("Actions", "Start one word earlier"),
                        QT_TRANSLATE_NOOP("Actions", "Extend the annotation by one word at its start"),
                        ("Ctrl+Alt+Right",)),
    "actionShrinkStart": (QT_TRANSLATE_NOOP("Actions", "Start one word later"),
                          QT_TRANSLATE_NOOP("Actions", "Shrink the annotation by one word at its start"),
                          ("Ctrl+Alt+Left",)),
    "actionGrowEnd": (QT_TRANSLATE_NOOP("Actions", "End one word later"),
                      QT_TRANSLATE_NOOP("Actions", "Extend the annotation by one word at its end"),
                      ("Alt+Shift+Left",)),
    "actionShrinkEnd": (QT_TRANSLATE_NOOP("Actions", "End one word earlier"),
                        QT_TRANSLATE_NOOP("Actions", "Shrink the annotation by one word at its end"),
                        ("Alt+Shift+Right",)),
    "actionLinkSpeaker": (QT_TRANSLATE_NOOP("Actions", "&Link speaker…"),
                          QT_TRANSLATE_NOOP("Actions", "Link the claim to its speaker, chosen from the names near it"),
                          ("Ctrl+K",)),
    "actionEditFigure": (QT_TRANSLATE_NOOP("Actions", "Edit figure &value"),
                         QT_TRANSLATE_NOOP("Actions", "Edit the current figure's value, unit and qualifier"), ("F2",)),
    "actionNextSuggestion": (QT_TRANSLATE_NOOP("Actions", "&Next suggestion"),
                             QT_TRANSLATE_NOOP("Actions", "Go to the next suggestion"), ("Space", "F8")),
    "actionPreviousSuggestion": (QT_TRANSLATE_NOOP("Actions", "&Previous suggestion"),
                                 QT_TRANSLATE_NOOP("Actions", "Go to the previous suggestion"),
                                 ("Shift+Space", "Shift+F8")),
    "actionAcceptSuggestion": (QT_TRANSLATE_NOOP("Actions", "&Accept"),
                               QT_TRANSLATE_NOOP("Actions", "Accept the suggestion and go to the next one"), ("Return", "Enter")),
    "actionRejectSuggestion": (QT_TRANSLATE_NOOP("Actions", "&Reject"),
                               QT_TRANSLATE_NOOP("Actions", "Reject the suggestion and go to the next one"), ("Backspace",)),
    "actionAcceptAll": (QT_TRANSLATE_NOOP("Actions", "Accept &all suggestions"),
                        QT_TRANSLATE_NOOP("Actions", "Accept every suggestion still pending"), ("Ctrl+Shift+Return",)),
    "actionRejectAll": (QT_TRANSLATE_NOOP("Actions", "Reject all suggestions"),
                        QT_TRANSLATE_NOOP("Actions", "Reject every suggestion still pending"), ("Ctrl+Shift+Backspace",)),
    "actionZoomIn": (QT_TRANSLATE_NOOP("Actions", "Zoom &in"),
                     QT_TRANSLATE_NOOP("Actions", "Larger text"), (Key.ZoomIn, "Ctrl+=")),
    "actionZoomOut": (QT_TRANSLATE_NOOP("Actions", "Zoom &out"),
                      QT_TRANSLATE_NOOP("Actions", "Smaller text"), (Key.ZoomOut,)),
    "actionZoomReset": (QT_TRANSLATE_NOOP("Actions", "&Actual size"),
                        QT_TRANSLATE_NOOP("Actions", "Text at its normal size"), ("Ctrl+0",)),
}

# The titles of the window's menus, docks and toolbars, by objectName.
TITLES: dict[str, str] = {
    "menuFile": QT_TRANSLATE_NOOP("Window", "&File"),
    "menuRecent": QT_TRANSLATE_NOOP("Window", "Open &Recent"),
    "menuEdit": QT_TRANSLATE_NOOP("Window", "&Edit"),
    "menuReview": QT_TRANSLATE_NOOP("Window", "&Review"),
    "menuAcceptLabel": QT_TRANSLATE_NOOP("Window", "Accept all suggestions of &label"),
    "menuAcceptCategory": QT_TRANSLATE_NOOP("Window", "Accept all suggestions of &category"),
    "menuLabels": QT_TRANSLATE_NOOP("Window", "&Labels"),
    "menuView": QT_TRANSLATE_NOOP("Window", "&View"),
    "menuTagAs": QT_TRANSLATE_NOOP("Window", "Tag as"),
    "menuProject": QT_TRANSLATE_NOOP("Window", "&Project"),
    "sideDock": QT_TRANSLATE_NOOP("Window", "Annotation"),
    "tableDock": QT_TRANSLATE_NOOP("Window", "Annotations"),
    "droppedDock": QT_TRANSLATE_NOOP("Window", "Dropped on reopening"),
    "documentsDock": QT_TRANSLATE_NOOP("Window", "Documents"),
    "searchDock": QT_TRANSLATE_NOOP("Window", "Corpus search"),
    "overviewDock": QT_TRANSLATE_NOOP("Window", "Project overview"),
    "labelPalette": QT_TRANSLATE_NOOP("Window", "Labels"),
    "reviewToolbar": QT_TRANSLATE_NOOP("Window", "Review"),
}


def title(name: str) -> str:
    return translate("Window", TITLES[name])


def retranslate_titles(window: QWidget) -> None:
    """Every menu, dock and toolbar of `window` named in TITLES gets its title again."""
    for menu in window.findChildren(QMenu):
        if menu.objectName() in TITLES:
            menu.setTitle(title(menu.objectName()))
    for widget in (*window.findChildren(QDockWidget), *window.findChildren(QToolBar)):
        if widget.objectName() in TITLES:
            widget.setWindowTitle(title(widget.objectName()))


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


def set_texts(action: QAction, text: str, tip: str) -> None:
    action.setText(text)
    action.setStatusTip(tip)
    action.setToolTip(tip)


def make_action(parent: QWidget, name: str, text: str, tip: str, shortcuts: tuple = ()) -> QAction:
    action = QAction(parent)
    action.setObjectName(name)
    set_texts(action, text, tip)
    sequences: list[QKeySequence] = []
    for shortcut in shortcuts:
        found = QKeySequence.keyBindings(shortcut) if isinstance(shortcut, Key) else [QKeySequence(shortcut)]
        sequences += [s for s in found if s not in sequences]
    action.setShortcuts(sequences)
    parent.addAction(action)
    return action


def build_actions(parent: QWidget) -> dict[str, QAction]:
    return {name: make_action(parent, name, translate("Actions", text), translate("Actions", tip), shortcuts)
            for name, (text, tip, shortcuts) in ACTIONS.items()}


def retranslate_actions(actions: dict[str, QAction]) -> None:
    for name, (text, tip, _shortcuts) in ACTIONS.items():
        set_texts(actions[name], translate("Actions", text), translate("Actions", tip))
    set_toolbar_texts(actions)


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
        action = make_action(parent, f"label:{label.name}", "", "", shortcuts)
        action.setIcon(swatch(label.color))
        actions[label.name] = action
    retranslate_label_actions(actions, schema)
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
    set_toolbar_texts(actions)
    return [actions[name] for name in TOOLBAR_TEXTS]


def set_toolbar_texts(actions: dict[str, QAction]) -> None:
    for name, text in TOOLBAR_TEXTS.items():
        actions[name].setIconText(translate("Toolbar", text))


def retranslate_label_actions(actions: dict[str, QAction], schema: LabelSchema) -> None:
    """English: `PER — Person`, the code on the palette; other languages: the label's own title."""
    language = current_language()
    for name, action in actions.items():
        label = schema.label(name)
        shown = label.title_in(language)
        text = f"{label.name} — {label.title}" if language == "en" else shown
        tip = translate("Actions", "Tag the selection as {title} ({code})").format(title=shown, code=label.name)
        set_texts(action, text, tip)
        action.setIconText(label.name if language == "en" else shown)
