"""File ▸ Export…: pending suggestions can go out, and the window says how many annotations did."""

import csv

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QCheckBox, QComboBox, QDialogButtonBox, QLineEdit

from .seed_annotations import SUGGESTIONS


def test_a_claims_csv_straight_after_opening_has_the_suggested_claims_and_says_how_many(
        make_window, qtbot, dialogs, tmp_path, seed_json):
    window = make_window()
    window.open_path(seed_json)
    qtbot.keyClick(window.view, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    dialog = window.export_menu.dialog
    qtbot.waitUntil(dialog.isVisible)
    include = dialog.findChild(QCheckBox, "exportIncludeSuggested")
    assert include.isChecked() and str(len(SUGGESTIONS)) in include.text()  # nothing accepted yet
    chooser = dialog.findChild(QComboBox, "exportFormat")
    chooser.setCurrentIndex(chooser.findData("claims-csv"))
    target = tmp_path / "seed.csv"
    dialog.findChild(QLineEdit, "exportPath").setText(str(target))
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()
    assert not dialogs.asked, dialogs.asked
    rows = list(csv.reader(target.open(encoding="utf-8")))
    claims = [s for s in window.annotations if s.category == "claim"]
    assert len(rows) == 1 + len(claims) and rows[1][rows[0].index("status")] == "suggested"
    message = window.statusBar().currentMessage()
    assert message.startswith("Exported as claims-csv to seed.csv")
    assert f"{len(SUGGESTIONS)} annotations, pending suggestions among them: {len(SUGGESTIONS)}" in message
    assert window.export_menu.include_suggested.isChecked()  # the menu remembers the choice


def test_an_export_of_accepted_ones_only_when_none_is_accepted_says_so(make_window, dialogs, tmp_path, seed_json):
    window = make_window()
    window.open_path(seed_json)
    window.export_menu.include_suggested.setChecked(False)
    dialogs.save_path = tmp_path / "seed.csv"
    window.findChild(QAction, "export:claims-csv").trigger()
    kind, text = dialogs.asked[-1]
    assert kind == "information" and "seed.csv: 0 annotations" in text
    assert f"include the pending suggestions to export them: {len(SUGGESTIONS)}" in text


def test_a_brat_export_beside_the_article_never_replaces_it_nor_the_folders_annotation_conf(
        make_window, qtbot, dialogs, tmp_path, seed_text):
    article = tmp_path / "seed.txt"
    article.write_bytes(seed_text.replace("\n", "\r\n").encode("utf-8"))  # the user's own line ends
    before = article.read_bytes()
    (tmp_path / "annotation.conf").write_text("[entities]\nMINE\n", encoding="utf-8")
    window = make_window()
    assert window.open_path(article)
    dialogs.save_path = tmp_path / "seed.ann"
    window.findChild(QAction, "export:brat").trigger()
    kind, text = dialogs.asked[-1]
    assert kind == "warning" and "seed.txt is the article itself" in text
    assert article.read_bytes() == before and not (tmp_path / "seed.ann").exists()
    dialogs.save_path = tmp_path / "out" / "seed.ann"
    (tmp_path / "out").mkdir()
    window.findChild(QAction, "export:brat").trigger()
    assert (tmp_path / "out" / "seed.ann").is_file() and (tmp_path / "out" / "annotation.conf").is_file()
    assert (tmp_path / "annotation.conf").read_text(encoding="utf-8") == "[entities]\nMINE\n"
