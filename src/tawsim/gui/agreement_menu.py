"""File ▸ Curate… and File ▸ Agreement…: the multi-annotator entries of the main window."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox

from tawsim.core.errors import TawsimError

_open_windows: list = []  # curation windows live on after the dialog that opened them


def add_agreement_actions(window, menu: QMenu) -> None:
    curate = QAction("&Curate versions…", window, objectName="actionCurate")
    curate.setStatusTip("Open annotators' versions of one article together and decide each difference")
    curate.triggered.connect(lambda _checked=False: curate_dialog(window))
    agree = QAction("Annotator a&greement…", window, objectName="actionAgreement")
    agree.setStatusTip("Agreement between annotators' versions, as a heatmap of labels by pair")
    agree.triggered.connect(lambda _checked=False: agreement_dialog(window))
    menu.addActions([curate, agree])


def _pick(window, title: str) -> list[Path]:
    names, _ = QFileDialog.getOpenFileNames(window, title, "", "Tawsim versions (*.json)")
    return [Path(n) for n in names]


def open_curation(schema, versions: list[Path], curator: str | None = None, parent=None):
    from tawsim.agreement.versions import project_annotator
    from tawsim.gui.curation import CurationWindow

    curator = curator or project_annotator(versions[0]) or "curator"
    window = CurationWindow(schema, versions, curator=curator)
    _open_windows.append(window)
    window.destroyed.connect(lambda: _open_windows.remove(window) if window in _open_windows else None)
    window.show()
    return window


def curate_dialog(window) -> None:
    versions = _pick(window, "Versions of one article to curate")
    if not versions:
        return
    try:
        open_curation(window.schema, versions, window.annotator)
    except TawsimError as error:
        QMessageBox.warning(window, "Cannot curate", str(error))


def agreement_dialog(window) -> None:
    from tawsim.agreement.measures import measure
    from tawsim.agreement.versions import collect
    from tawsim.gui.agreement_view import AgreementDialog

    versions = _pick(window, "Annotators' versions")
    if not versions:
        return
    try:
        result = measure(collect(versions))
    except TawsimError as error:
        QMessageBox.warning(window, "No agreement", str(error))
        return
    AgreementDialog(result, window).exec()
