"""Curation driven by keyboard: versions opened together, each difference decided, the JSON saved."""

from __future__ import annotations

import json

import pytest
from agreement_cases import CASE_A, CASE_B, version, write
from PySide6.QtCore import Qt

from tawsim.core import annotation_file
from tawsim.core.schema import load_schema


@pytest.fixture
def curation(qtbot, tmp_path, dialogs):
    from tawsim.gui.app import application
    from tawsim.gui.curation import CurationWindow

    application()
    amal = write(tmp_path, "amal", version(CASE_A + [(9, 9, "entity", "DATE")]))
    badr = write(tmp_path, "badr", version(CASE_B))
    window = CurationWindow(load_schema(), [amal, badr], curator="nour")
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: window.isActiveWindow())
    return window


def saved(window):
    return json.loads(window.target.read_text(encoding="utf-8"))


def test_each_difference_decided_by_one_key_and_saved(curation, qtbot):
    window = curation
    assert window.target.name == "doc.json"
    assert [d.kind for d in window.differences] == ["other boundaries", "another label", "only in"]
    view = window.view
    view.setFocus()
    # D1: PER «aa bb» (amal) or «aa» (badr): take badr's (key 2)
    assert window.current().id == "D1"
    qtbot.keyClick(view, Qt.Key.Key_2)
    # D2: ORG or LOC on «hh»: take both (B)
    assert window.current().id == "D2"
    qtbot.keyClick(view, Qt.Key.Key_B)
    # D3: DATE «jj» only in amal's: drop it (X)
    assert window.current().id == "D3"
    qtbot.keyClick(view, Qt.Key.Key_X)
    assert all(d.decided for d in window.differences)
    qtbot.keyClick(view, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)

    data = saved(window)
    assert data["curator"] == "nour" and "annotator" not in data
    kept = {(a["text"], a["label"]): a for a in data["annotations"] if a["status"] == "accepted"}
    assert set(kept) == {("aa", "PER"), ("ee", "LOC"), ("hh", "ORG"), ("hh", "LOC")}
    assert kept[("aa", "PER")]["attrs"]["taken"] == "badr"
    assert kept[("aa", "PER")]["attrs"]["curator"] == "nour"
    assert kept[("hh", "ORG")]["attrs"]["taken"] == "both"
    assert kept[("ee", "LOC")]["attrs"]["taken"] == "agreed"
    assert kept[("ee", "LOC")]["attrs"]["annotators"] == ["amal", "badr"]
    rejected = {(a["text"], a["label"]): a for a in data["annotations"] if a["status"] == "rejected"}
    assert set(rejected) == {("aa bb", "PER"), ("jj", "DATE")}
    assert rejected[("jj", "DATE")]["attrs"]["taken"] == "drop"
    annotation_file.load(window.target)  # the curated file is a valid Tawsim file


def test_every_decision_undoes_and_redoes(curation, qtbot):
    window = curation
    view = window.view
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_1)  # D1: amal's «aa bb»
    first = window.differences[0]
    status = lambda: {s.text: s.status for s in first.spans}  # noqa: E731
    assert status() == {"aa bb": "accepted", "aa": "rejected"}
    qtbot.keyClick(view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert status() == {"aa bb": "suggested", "aa": "suggested"}
    assert all("curator" not in s.attrs for s in first.spans)
    qtbot.keyClick(view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert status() == {"aa bb": "accepted", "aa": "rejected"}
    # Space moves without deciding; the list follows
    qtbot.keyClick(view, Qt.Key.Key_Space)
    assert window.list.currentRow() == window.index


def test_versions_of_different_texts_refused(qtbot, tmp_path):
    from tawsim.core.errors import TawsimError
    from tawsim.gui.app import application
    from tawsim.gui.curation import CurationWindow

    application()
    amal = write(tmp_path, "amal", version(CASE_A))
    badr = write(tmp_path, "badr", version(CASE_B, text="zz " + "aa bb cc dd ee ff gg hh ii jj"))
    with pytest.raises(TawsimError, match="different texts"):
        CurationWindow(load_schema(), [amal, badr])


def test_file_menu_curate_and_agreement_heatmap(make_window, qtbot, tmp_path, dialogs, monkeypatch):
    from PySide6.QtWidgets import QDialog, QFileDialog

    from tawsim.gui import agreement_menu
    from tawsim.gui.agreement_view import AgreementDialog, kappa_color

    amal = write(tmp_path, "amal", version(CASE_A))
    badr = write(tmp_path, "badr", version(CASE_B))
    window = make_window()
    monkeypatch.setattr(QFileDialog, "getOpenFileNames",
                        staticmethod(lambda *args, **kwargs: ([str(amal), str(badr)], "")))
    shown = []
    monkeypatch.setattr(AgreementDialog, "exec", lambda self: shown.append(self) or QDialog.DialogCode.Accepted)
    window.findChild(type(window.action("actionOpen")), "actionAgreement").trigger()
    (dialog,) = shown
    heatmap = dialog.heatmap
    assert heatmap.rows == ["LOC", "ORG", "PER", "overall"] and heatmap.columns == ["amal / badr"]
    assert heatmap.value(3, 0) == pytest.approx(134 / 194)
    image = heatmap.grab().toImage()  # the overall cell is painted in the colour of its kappa
    from tawsim.gui.agreement_view import CELL_H, CELL_W, LEFT, TOP

    assert image.pixelColor(LEFT + CELL_W // 2 - 30, TOP + 3 * CELL_H + 4) == kappa_color(134 / 194)

    window.findChild(type(window.action("actionOpen")), "actionCurate").trigger()
    (curation,) = agreement_menu._open_windows
    qtbot.addWidget(curation)
    assert curation.annotators == ["amal", "badr"] and len(curation.differences) == 2


def test_an_annotator_saves_their_own_version(make_window, qtbot, tmp_path, seed_path, dialogs):
    import shutil

    article = tmp_path / "a.txt"
    shutil.copy(seed_path, article)
    (tmp_path / "tawsim-project.json").write_text('{"annotator": "amal"}', encoding="utf-8")
    window = make_window(suggest=False)
    assert window.open_path(article)
    window.view.setFocus()
    start = window.annotations.document.text.index("التحالف الدولي")
    window.view.select_range(start, start + len("التحالف الدولي"))
    qtbot.keyClick(window.view, Qt.Key.Key_O)
    dialogs.save_path = tmp_path / "a.amal.json"
    qtbot.keyClick(window.view, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert dialogs.save_suggestions == [str(tmp_path / "a.amal.json")]  # offered as amal's version
    data = json.loads((tmp_path / "a.amal.json").read_text(encoding="utf-8"))
    assert data["annotator"] == "amal"
    (span,) = data["annotations"]
    assert span["label"] == "ORG" and span["attrs"]["annotator"] == "amal"
    assert not (tmp_path / "a.json").exists()
    # reopened, the article finds amal's version beside it
    window.close()
    again = make_window(suggest=False)
    assert again.open_path(article) and len(again.annotations) == 1


def test_closing_with_unsaved_decisions_asks_first(curation, qtbot, dialogs):
    from PySide6.QtWidgets import QMessageBox

    window = curation
    window.view.setFocus()
    qtbot.keyClick(window.view, Qt.Key.Key_1)
    dialogs.question_answer = QMessageBox.StandardButton.Cancel
    window.close()
    assert window.isVisible() and not window.target.exists()
    dialogs.question_answer = QMessageBox.StandardButton.Save
    window.close()
    assert not window.isVisible()
    assert saved(window)["curator"] == "nour"
