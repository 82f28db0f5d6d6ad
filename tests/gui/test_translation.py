"""The Arabic interface: every visible text of the window, its panels and its dialogs is Arabic,
the window is mirrored, the choice is remembered, and the shipped .qm is built from the .ts."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from agreement_cases import CASE_A, CASE_B, version, write
from PySide6.QtCore import QLocale, QSettings, Qt, QTimer, QTranslator
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton, QApplication, QComboBox, QDialog, QDockWidget, QLabel, QLineEdit,
    QMenu, QMessageBox, QStyleOptionViewItem, QTableView, QToolBar, QWidget,
)

from tawsim.core.resources import resource_path
from tawsim.core.schema import load_schema
from tawsim.formats.registry import FORMATS

ROOT = Path(__file__).resolve().parents[2]
TS = resource_path("translations", "tawsim_ar.ts")
QM = resource_path("translations", "tawsim_ar.qm")

# Latin words an Arabic interface may show: keys, file patterns, the formats' own names, the
# language menu's "English" and its title's "Language" (found by whoever cannot read the language
# on), and the label codes (in tooltips, beside the Arabic names).
ALLOWED = {
    "Ctrl", "S", "Enter", "Esc", "B", "X", "English", "Language", "txt", "json", "ann", "NAME",
    "brat", "CoNLL", "IOB2", "doccano", "JSONL", "Label", "Studio", "JSON", "spaCy", "DocBin", "doc", "ents",
    "tawsim", "spacy", "CSV",
    *(f.name for f in FORMATS.values()), *(f.extension.lstrip(".") for f in FORMATS.values()),
    *(label.name for label in load_schema().labels),
}
LATIN_WORD = re.compile(r"[A-Za-z][A-Za-z0-9_]*(?:-[A-Za-z0-9_]+)*")
PATH = re.compile(r"(?:/[\w.\-]+)+")  # a file's path is shown as it is
QUOTED = re.compile(r"«[^»]*»|“[^”]*”")  # so is the article's text, in quotes
# Widgets whose text is the article's own data (its words, the rule that suggested a span, what
# the rule says of it): their texts are not the interface, their names and tips are.
DATA_WIDGETS = {"spanText", "spanRule", "spanExplanation", "claimSpeaker"}


def untranslated(texts: dict[str, str], also_allowed: set[str] = frozenset()) -> dict[str, str]:
    """The texts that hold a Latin word not allowed, by where they were found."""
    bad = {}
    for where, text in texts.items():
        words = [w for w in LATIN_WORD.findall(QUOTED.sub("", PATH.sub("", text)).replace("&", "")) if w not in ALLOWED | also_allowed]
        if words:
            bad[where] = text
    return bad


def widget_texts(root: QWidget) -> dict[str, str]:
    """Every text a user can see or hear in `root` and its children: titles, texts, tooltips,
    status tips, accessible names, placeholders, combo box items, table headers."""
    texts: dict[str, str] = {}

    def add(where: str, text: str) -> None:
        if text and text.strip():
            texts[where] = text

    widgets = [root, *root.findChildren(QWidget)]
    for widget in widgets:
        name = widget.objectName() or type(widget).__name__
        add(f"{name}.toolTip", widget.toolTip())
        add(f"{name}.statusTip", widget.statusTip())
        add(f"{name}.accessibleName", widget.accessibleName())
        add(f"{name}.accessibleDescription", widget.accessibleDescription())
        if name in DATA_WIDGETS:
            continue
        if widget.isWindow() and not isinstance(widget, QMenu):
            add(f"{name}.windowTitle", widget.windowTitle())
        if isinstance(widget, (QDockWidget, QToolBar)):
            add(f"{name}.windowTitle", widget.windowTitle())
        if isinstance(widget, QMenu):
            add(f"{name}.title", widget.title())
        if isinstance(widget, QLabel):
            add(f"{name}.text", widget.text())
        if isinstance(widget, QAbstractButton):
            add(f"{name}.text", widget.text())
        if isinstance(widget, QLineEdit):
            add(f"{name}.placeholderText", widget.placeholderText())
        if isinstance(widget, QComboBox):
            for row in range(widget.count()):
                add(f"{name}.item{row}", widget.itemText(row))
        if isinstance(widget, QTableView) and widget.model() is not None:
            model = widget.model()
            for column in range(model.columnCount()):
                add(f"{name}.header{column}", str(model.headerData(column, Qt.Orientation.Horizontal) or ""))
    for action in root.findChildren(QAction):
        name = action.objectName() or action.text()
        if name.startswith("_q_") or action.isSeparator():
            continue
        for kind in ("text", "toolTip", "statusTip", "iconText"):
            add(f"action {name}.{kind}", getattr(action, kind)())
    return texts


@pytest.fixture
def arabic():
    from tawsim.gui.app import application
    from tawsim.gui.language import set_language

    application()
    yield lambda: set_language("ar")
    set_language("en")


@pytest.fixture
def project(tmp_path):
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "a.txt").write_text("قال حاكم مصرف لبنان إن الاقتصاد يتعافى.\n", encoding="utf-8")
    (folder / "b.txt").write_text("أعلن مصرف لبنان اليوم خطة جديدة.\n", encoding="utf-8")
    return folder


def test_the_window_after_switching_to_arabic_shows_no_english(make_window, arabic, seed_json, project, qtbot):
    window = make_window()
    assert window.open_path(project)
    window.projects.search("مصرف لبنان")
    assert window.open_path(seed_json)
    window.next_suggestion()
    window.accept_suggestion()
    arabic()  # switched with everything open: each text is set again, at once

    assert window.findChild(QMenu, "menuFile").title() == "&ملف"
    assert window.action("actionAcceptSuggestion").text() == "&قبول"
    assert window.label_actions["PER"].text() == "شخص" and "PER" in window.label_actions["PER"].toolTip()
    assert window.side_panel.status.text() in ("مقترح", "مقبول", "مرفوض")
    assert untranslated(widget_texts(window), {"e93ad64ae9bca60f", "seed", "a", "b", "corpus"}) == {}
    table = window.table_panel.model
    assert {table.data(table.index(row, 3)) for row in range(table.rowCount())} <= {"مقترح", "مقبول", "مرفوض"}
    assert {table.data(table.index(row, 1)) for row in range(table.rowCount())} <= {
        label.title_in("ar") for label in window.schema.labels}
    window.accept_suggestion()
    assert untranslated({"status": window.statusBar().currentMessage()}) == {}


def test_a_window_opened_in_arabic_and_its_project_docks(make_window, arabic, project, qtbot):
    arabic()
    window = make_window(suggest=False)
    assert window.open_path(project)
    window.projects.search("مصرف لبنان")
    window.projects.show("a.txt")
    assert window.windowTitle().endswith("— توسيم")
    assert window.layoutDirection() == Qt.LayoutDirection.RightToLeft
    documents, side = window.findChild(QDockWidget, "documentsDock"), window.findChild(QDockWidget, "sideDock")
    assert window.dockWidgetArea(documents) == Qt.DockWidgetArea.RightDockWidgetArea  # the reading side
    assert window.dockWidgetArea(side) == Qt.DockWidgetArea.LeftDockWidgetArea
    assert "المواضع" in window.projects.search_panel.summary.text()
    assert window.findChild(QLabel, "projectProgress").text() == "0 / 2 منجز"
    assert untranslated(widget_texts(window), {"a", "b", "corpus"}) == {}
    for view, column in ((window.findChild(QTableView, "documentList"), 0),
                         (window.findChild(QTableView, "searchResults"), 3)):
        option = QStyleOptionViewItem()
        option.direction = Qt.LayoutDirection.RightToLeft
        view.itemDelegateForColumn(column).initStyleOption(option, view.model().index(0, column))
        assert option.text == "a.txt" and option.direction == Qt.LayoutDirection.LeftToRight  # not "txt.a"


def test_the_window_is_mirrored_and_the_language_is_remembered(make_window, tmp_path, qtbot):
    from tawsim.gui.language import LANGUAGE_KEY, chosen_language, current_language, set_language

    window = make_window()
    settings = window.session.settings
    assert window.dockWidgetArea(window.findChild(QDockWidget, "sideDock")) == Qt.DockWidgetArea.RightDockWidgetArea
    try:
        window.findChild(QAction, "language:ar").trigger()
        assert current_language() == "ar"
        assert QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
        assert window.layoutDirection() == Qt.LayoutDirection.RightToLeft
        assert window.findChild(QMenu, "menuLanguage").title() == "ال&لغة (Language)"
        side = window.findChild(QDockWidget, "sideDock")
        assert window.dockWidgetArea(side) == Qt.DockWidgetArea.LeftDockWidgetArea  # Qt leaves dock areas as they are
        qtbot.waitUntil(lambda: side.geometry().right() < window.view.geometry().left())
        again = QSettings(settings.fileName(), QSettings.Format.IniFormat)  # as the next run reads it
        assert again.value(LANGUAGE_KEY) == "ar" and chosen_language(again) == "ar"

        window.findChild(QAction, "language:en").trigger()
        assert QApplication.layoutDirection() == Qt.LayoutDirection.LeftToRight
        assert window.findChild(QMenu, "menuFile").title() == "&File"
        assert window.findChild(QAction, "language:en").isChecked()
        assert window.dockWidgetArea(side) == Qt.DockWidgetArea.RightDockWidgetArea
        assert chosen_language(QSettings(settings.fileName(), QSettings.Format.IniFormat)) == "en"
    finally:
        set_language("en")


def test_menu_shortcuts_stay_left_to_right_in_the_arabic_menus(arabic):
    from tawsim.gui.language import MenuShortcutsLeftToRight, shortcut_left_to_right

    arabic()
    assert isinstance(QApplication.style(), MenuShortcutsLeftToRight)
    assert shortcut_left_to_right("تكبير\tCtrl++") == "تكبير\t\u200eCtrl++\u200e"
    assert shortcut_left_to_right(shortcut_left_to_right("تصغير\tCtrl+-")) == "تصغير\t\u200eCtrl+-\u200e"
    assert shortcut_left_to_right("العربية") == "العربية"


def test_before_any_choice_the_language_is_the_systems(tmp_path, monkeypatch):
    from tawsim.gui import language

    fresh = QSettings(str(tmp_path / "fresh.ini"), QSettings.Format.IniFormat)
    monkeypatch.setattr(language.QLocale, "system", staticmethod(lambda: QLocale(QLocale.Language.Arabic,
                                                                                 QLocale.Country.Egypt)))
    assert language.chosen_language(fresh) == "ar"
    monkeypatch.setattr(language.QLocale, "system", staticmethod(lambda: QLocale(QLocale.Language.French)))
    assert language.chosen_language(fresh) == "en"


def test_the_dialogs_in_arabic(make_window, arabic, seed_json, tmp_path, dialogs, qtbot, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    from tawsim.gui import agreement_menu
    from tawsim.gui.agreement_view import AgreementDialog
    from tawsim.gui.qt_texts import qt_texts

    arabic()
    window = make_window()
    assert window.open_path(seed_json)

    # Qt's own buttons come from the qtbase_ar translation.
    buttons = QMessageBox.StandardButton
    box = QMessageBox()
    box.setStandardButtons(buttons.Save | buttons.Discard | buttons.Cancel | buttons.Yes | buttons.No | buttons.Ok)
    assert untranslated({b.objectName() or str(i): b.text() for i, b in enumerate(box.buttons())}) == {}
    assert box.button(buttons.Discard).text() == "لا تحفظ"  # not Qt's ارفض, the word for rejecting a suggestion

    # Qt's file dialogs, as File ▸ Open and File ▸ Open Project show them (answered by closing them).
    for open_dialog, allowed in ((window.open_dialog, {"txt", "json"}), (window.projects.open_dialog, set())):
        seen = []

        def look_and_close():
            dialog = QApplication.activeModalWidget()
            seen.append(widget_texts(dialog))
            dialog.reject()

        QTimer.singleShot(200, look_and_close)
        assert not open_dialog()
        (texts,) = seen
        assert "lookInLabel.text" in texts and untranslated(texts, allowed) == {}
    assert all(re.search("[\u0600-\u06ff]", text) for text in qt_texts())

    # Saving over a file changed on disk: the conflict box, its buttons and its comparison.
    window.next_suggestion()
    window.accept_suggestion()
    asked = []
    window.ask_conflict = lambda conflict: asked.append(widget_texts(conflict) | {
        "text": conflict.text(), "informative": conflict.informativeText()})
    assert not window.resolve_changed_on_disk(seed_json)  # no button clicked: nothing saved
    (conflict_texts,) = asked
    assert untranslated(conflict_texts, {"seed"}) == {}

    # Unsaved changes, asked before opening another file.
    dialogs.question_answer = buttons.Cancel
    assert not window.open_path(seed_json)
    assert dialogs.asked and untranslated(dict(enumerate(text for _, text in dialogs.asked))) == {}

    # The speaker picker.
    claim = next(s for s in window.annotations if s.category == "claim" and s.status != "rejected")
    window.set_current(claim.id, move_caret=True)
    picker = window.link_speaker()
    assert picker is not None
    qtbot.addWidget(picker)
    assert untranslated(widget_texts(picker)) == {}
    picker.reject()

    # Agreement and curation, from the File menu.
    amal = write(tmp_path, "amal", version(CASE_A))
    badr = write(tmp_path, "badr", version(CASE_B))
    monkeypatch.setattr(QFileDialog, "getOpenFileNames",
                        staticmethod(lambda *args, **kwargs: ([str(amal), str(badr)], "")))
    shown = []
    monkeypatch.setattr(AgreementDialog, "exec", lambda self: shown.append(self) or QDialog.DialogCode.Accepted)
    window.findChild(QAction, "actionAgreement").trigger()
    (agreement,) = shown
    qtbot.addWidget(agreement)
    assert untranslated(widget_texts(agreement), {"amal", "badr"}) == {}
    window.findChild(QAction, "actionCurate").trigger()
    curation = agreement_menu._open_windows[-1]
    qtbot.addWidget(curation)
    texts = widget_texts(curation) | {"status": curation.statusBar().currentMessage()}
    texts |= {f"difference{row}": curation.list.item(row).text() for row in range(curation.list.count())}
    assert untranslated(texts, {"amal", "badr", "nour", "curator", "D1", "D2"}) == {}


def test_every_text_in_the_sources_has_an_arabic_translation_and_the_qm_is_built_from_it(tmp_path):
    """What pyside6-lupdate finds in src/tawsim/gui is all in tawsim_ar.ts, translated; the shipped
    .qm answers as one built from that .ts by lrelease (`make translations` was run)."""
    tools = Path(sys.executable).parent
    lupdate = shutil.which("pyside6-lupdate", path=str(tools)) or shutil.which("pyside6-lupdate")
    lrelease = shutil.which("pyside6-lrelease", path=str(tools)) or shutil.which("pyside6-lrelease")
    assert lupdate and lrelease, "PySide6-Essentials ships pyside6-lupdate and pyside6-lrelease"
    fresh = tmp_path / "translations" / "tawsim_ar.ts"
    fresh.parent.mkdir()
    shutil.copy(TS, fresh)
    subprocess.run([lupdate, "-silent", "-extensions", "py", "-no-obsolete", "-locations", "none",
                    str(ROOT / "src" / "tawsim" / "gui"), "-ts", str(fresh)], check=True, cwd=ROOT)
    messages = list(ET.parse(fresh).getroot().iter("message"))
    assert len(messages) > 250
    missing = [m.find("source").text for m in messages
               if m.find("translation").get("type") in ("unfinished", "vanished", "obsolete")
               or not (m.find("translation").text or "").strip()]
    assert missing == []
    shipped = {(m.find("source").text, m.find("translation").text) for m in ET.parse(TS).getroot().iter("message")}
    assert {(m.find("source").text, m.find("translation").text) for m in messages} == shipped
    built = tmp_path / "tawsim_ar.qm"
    subprocess.run([lrelease, "-silent", str(TS), "-qm", str(built)], check=True)
    fresh_qm, shipped_qm = QTranslator(), QTranslator()
    assert fresh_qm.load(str(built)) and shipped_qm.load(str(QM))
    for context in ET.parse(TS).getroot().iter("context"):  # the same answers (bytes may differ by Qt version)
        for message in context.iter("message"):
            key = (context.find("name").text, message.find("source").text,
                   message.find("comment").text if message.find("comment") is not None else None)
            assert shipped_qm.translate(*key) == fresh_qm.translate(*key) == message.find("translation").text, key


def test_placeholders_are_kept_in_every_translation():
    for message in ET.parse(TS).getroot().iter("message"):
        source, translation = message.find("source").text, message.find("translation").text
        assert sorted(re.findall(r"\{\w+\}", source)) == sorted(re.findall(r"\{\w+\}", translation)), source
        assert untranslated({source: re.sub(r"\{\w+\}", "", translation)}) == {}


def test_the_export_and_learned_names_dialogs_in_arabic(make_window, arabic, seed_json, project, qtbot, monkeypatch):
    from tawsim.gui.learned_names import LearnedNamesDialog

    arabic()
    window = make_window()
    assert window.open_path(seed_json)
    window.action("actionExport").trigger()  # File ▸ Export…: the dialog, not a file chooser
    export = window.export_menu.dialog
    qtbot.waitUntil(export.isVisible)
    assert untranslated(widget_texts(export), {"seed"}) == {}
    export.reject()
    shown = []
    monkeypatch.setattr(LearnedNamesDialog, "exec", lambda self: shown.append(self) or QDialog.DialogCode.Accepted)
    assert window.open_path(project)
    window.findChild(QAction, "actionLearnedNames").trigger()
    (learned,) = shown
    qtbot.addWidget(learned)
    assert learned.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert untranslated(widget_texts(learned)) == {}
