"""File ▸ Curate… and File ▸ Agreement…: the multi-annotator entries of the main window."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox

from tawsim.core.errors import TawsimError

translate = QCoreApplication.translate
_open_windows: list = []  # curation windows live on after the dialog that opened them


def add_agreement_actions(window, menu: QMenu) -> None:
    curate = QAction(window, objectName="actionCurate")
    curate.triggered.connect(lambda _checked=False: curate_dialog(window))
    agree = QAction(window, objectName="actionAgreement")
    agree.triggered.connect(lambda _checked=False: agreement_dialog(window))
    menu.addActions([curate, agree])
    _retranslate(curate, agree)
    menu.installEventFilter(_Retranslator(menu, curate, agree))


def _retranslate(curate: QAction, agree: QAction) -> None:
    curate.setText(translate("Agreement", "&Curate versions…"))
    curate.setStatusTip(translate("Agreement", "Open annotators' versions of one article together and decide each difference"))
    curate.setToolTip(curate.statusTip())
    agree.setText(translate("Agreement", "Annotator a&greement…"))
    agree.setStatusTip(translate("Agreement", "Agreement between annotators' versions, as a heatmap of labels by pair"))
    agree.setToolTip(agree.statusTip())


class _Retranslator(QObject):
    """The menu's LanguageChange sets the two actions' texts again."""

    def __init__(self, menu: QMenu, *actions: QAction) -> None:
        super().__init__(menu)
        self.actions = actions

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.LanguageChange:
            _retranslate(*self.actions)
        return False


def _pick(window, title: str) -> list[Path]:
    names, _ = QFileDialog.getOpenFileNames(window, title, "", translate("Agreement", "Tawsim versions (*.json)"))
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
    versions = _pick(window, translate("Agreement", "Versions of one article to curate"))
    if not versions:
        return
    try:
        open_curation(window.schema, versions, window.annotator)
    except TawsimError as error:
        QMessageBox.warning(window, translate("Agreement", "Cannot curate"), str(error))


def agreement_dialog(window) -> None:
    from tawsim.agreement.measures import measure
    from tawsim.agreement.versions import collect
    from tawsim.gui.agreement_view import AgreementDialog

    versions = _pick(window, translate("Agreement", "Annotators' versions"))
    if not versions:
        return
    try:
        result = measure(collect(versions))
    except TawsimError as error:
        QMessageBox.warning(window, translate("Agreement", "No agreement"), str(error))
        return
    AgreementDialog(result, window).exec()
