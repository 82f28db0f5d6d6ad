"""The interface language: Qt translators, the mirrored layout, and View ▸ Language, remembered.

Tawsim's own texts are in `resources/translations/tawsim_<language>.qm` (built from the `.ts` by
`make translations`); Qt's standard texts (dialog buttons, the file dialog) come from the
`qtbase_<language>.qm` that PySide6 ships. Installing or removing a translator posts every widget
a LanguageChange event, on which each one sets its texts again; they are delivered at once, so a
switch takes effect immediately.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QLibraryInfo, QLocale, QSettings, Qt, QTranslator
from PySide6.QtGui import QAction, QActionGroup, QGuiApplication
from PySide6.QtWidgets import (QApplication, QDockWidget, QMainWindow, QMenu, QProxyStyle, QStyle,
                               QStyleOptionMenuItem, QWidget)

from tawsim.core.resources import resource_path
from tawsim.core.schema import LabelSchema

LANGUAGE_KEY = "interface/language"
# Each language's name in that language: the way back must be readable whatever is on.
LANGUAGES = {"en": "English", "ar": "العربية"}
RIGHT_TO_LEFT = frozenset({"ar"})
_SYSTEM_LANGUAGES = {QLocale.Language.Arabic: "ar"}

_installed: list[QTranslator] = []
_current = ["en"]
_LRM = "\u200e"


def system_language() -> str:
    return _SYSTEM_LANGUAGES.get(QLocale.system().language(), "en")


def chosen_language(settings: QSettings) -> str:
    """The language chosen in View ▸ Language; before any choice, the system's."""
    value = settings.value(LANGUAGE_KEY, "")
    return value if value in LANGUAGES else system_language()


def current_language() -> str:
    return _current[0]


def translation_file(language: str) -> Path:
    return resource_path("translations", f"tawsim_{language}.qm")


def qt_translation_file(language: str) -> Path:
    return Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)) / f"qtbase_{language}.qm"


def set_language(language: str) -> list[Path]:
    """Put the interface in `language` (a key of LANGUAGES); the translation files loaded."""
    app = QCoreApplication.instance()
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    _current[0] = language if language in LANGUAGES else "en"  # read by the LanguageChange handlers
    loaded = []
    if _current[0] != "en":
        # Qt asks the translator installed last first: Tawsim's, which also corrects a few of Qt's texts.
        for path in (qt_translation_file(_current[0]), translation_file(_current[0])):
            translator = QTranslator(app)
            if translator.load(str(path)):
                app.installTranslator(translator)
                _installed.append(translator)
                loaded.append(path)
    if isinstance(app, QApplication) and _current[0] in RIGHT_TO_LEFT and not isinstance(app.style(),
                                                                                      MenuShortcutsLeftToRight):
        app.setStyle(MenuShortcutsLeftToRight(app.style().name()))
    if isinstance(app, QGuiApplication):
        QGuiApplication.setLayoutDirection(Qt.LayoutDirection.RightToLeft if _current[0] in RIGHT_TO_LEFT
                                           else Qt.LayoutDirection.LeftToRight)
    QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)  # the texts change now, not later
    return loaded


def shortcut_left_to_right(menu_text: str) -> str:
    """A menu item's `text<TAB>shortcut` with the shortcut held left to right: in a right-to-left
    menu Qt draws "Ctrl++" as "++Ctrl" and "Ctrl+-" as "-+Ctrl" (its trailing neutrals follow the
    Arabic paragraph); a left-to-right mark on each side keeps them in place, and takes no room."""
    if "\t" not in menu_text:
        return menu_text
    text, shortcut = menu_text.split("\t", 1)
    return f"{text}\t{_LRM}{shortcut.strip(_LRM)}{_LRM}"


class MenuShortcutsLeftToRight(QProxyStyle):
    """The application's style, drawing menu shortcuts left to right in right-to-left menus."""

    def drawControl(self, element, option, painter, widget=None) -> None:  # noqa: N802 (Qt's name)
        if (element == QStyle.ControlElement.CE_MenuItem and isinstance(option, QStyleOptionMenuItem)
                and option.direction == Qt.LayoutDirection.RightToLeft and "\t" in option.text):
            option = QStyleOptionMenuItem(option)
            option.text = shortcut_left_to_right(option.text)
        super().drawControl(element, option, painter, widget)


def mirror_docks(window: QMainWindow) -> None:
    """Side docks on the reading side's mirror: Qt mirrors menus, toolbars and layouts, not the dock
    areas, so in a right-to-left window the docks made for the right go to the left and back."""
    mirrored = window.layoutDirection() == Qt.LayoutDirection.RightToLeft
    if bool(window.property("tawsimDocksMirrored")) == mirrored:
        return
    window.setProperty("tawsimDocksMirrored", mirrored)
    swap = {Qt.DockWidgetArea.LeftDockWidgetArea: Qt.DockWidgetArea.RightDockWidgetArea,
            Qt.DockWidgetArea.RightDockWidgetArea: Qt.DockWidgetArea.LeftDockWidgetArea}
    for dock in window.findChildren(QDockWidget):
        area = window.dockWidgetArea(dock)
        if area in swap and not dock.isFloating():
            window.addDockWidget(swap[area], dock)


# -- label names -------------------------------------------------------------------------------
def label_name(schema: LabelSchema, name: str) -> str:
    """A label as the window shows it: its code in English (PER), its title in another language."""
    if current_language() == "en" or not schema.has_label(name):
        return name
    return schema.label(name).title_in(current_language())


def label_title(schema: LabelSchema, name: str) -> str:
    """A label's title in the interface language (Person, شخص); unknown labels keep their code."""
    return schema.label(name).title_in(current_language()) if schema.has_label(name) else name


def category_name(schema: LabelSchema, category: str) -> str:
    return schema.category_title(category, current_language()) if current_language() != "en" else category


# -- View ▸ Language ---------------------------------------------------------------------------
class LanguageMenu(QMenu):
    """One checkable action per language (objectName `language:<code>`), the current one checked."""

    def __init__(self, settings: QSettings, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("menuLanguage")
        self.settings = settings
        group = QActionGroup(self, exclusive=True)
        for code, name in LANGUAGES.items():
            action = QAction(name, self, checkable=True, objectName=f"language:{code}")
            action.setChecked(code == current_language())
            action.triggered.connect(lambda _checked=False, c=code: self.choose(c))
            group.addAction(action)
            self.addAction(action)
        self.retranslate()

    def choose(self, language: str) -> None:
        self.settings.setValue(LANGUAGE_KEY, language)
        self.settings.sync()
        if language != current_language():
            set_language(language)

    def retranslate(self) -> None:
        self.setTitle(self.tr("&Language"))
        for action in self.actions():
            action.setChecked(action.objectName() == f"language:{current_language()}")

    def changeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        if event.type() == event.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
