"""File ▸ Export: every format of `tawsim.formats.registry`, written next to where the user chooses."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox, QWidget

from tawsim.core.atomic import write_bytes_atomic, write_files_atomic
from tawsim.core.errors import TawsimError
from tawsim.core.model import AnnotationSet
from tawsim.core.overwrite import same_file
from tawsim.core.schema import LabelSchema
from tawsim.formats.common import ExportOptions, export_view
from tawsim.formats.registry import FORMATS, Format
from tawsim.gui.export_dialog import ExportDialog, description
from tawsim.text.bidi import isolate_runs

translate = QCoreApplication.translate
def format_filters(formats) -> dict[str, Format]:
    """File dialog filters, `brat — description (*.ann)`, each to its format."""
    return {f"{f.name} — {description(f)} (*{f.extension})": f for f in formats}


def export_to(path: Path, fmt: Format, annotations: AnnotationSet, schema: LabelSchema,
              include_suggested: bool, article: Path | None = None) -> tuple[list[Path], list[str]]:
    """Write one document in `fmt` at `path` (brat: NAME.txt and NAME.ann); the files written and
    what the format could not keep. The article the work came from is never replaced by other
    bytes, and a folder's own annotation.conf is left as the user keeps it."""
    files = fmt.export(annotations, ExportOptions(include_suggested=include_suggested))
    targets = {(path.with_suffix(suffix) if len(files) > 1 or fmt.one_file_per_document else path): data
               for suffix, data in files.items()}
    for target, data in targets.items():
        if article is not None and target.exists() and same_file(target, article) and target.read_bytes() != data:
            refusal = translate("ExportMenu", "{file} is the article itself; export to another name or folder")
            raise TawsimError(refusal.format(file=target.name))
    write_files_atomic(targets)  # brat's .txt and .ann: both new or both old
    written = list(targets)
    for name, data in fmt.folder_files(schema).items():
        if not (path.parent / name).exists():
            write_bytes_atomic(path.parent / name, data)
            written.append(path.parent / name)
    return written, list(files.warnings)


class ExportMenu(QMenu):
    """One action per format (objectName `export:<format>`), and whether pending suggestions go too."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.setObjectName("menuExport")
        self.window_ = window
        self.dialog: ExportDialog | None = None
        self.last_count = 0
        self.include_suggested = QAction(self, checkable=True)
        self.include_suggested.setObjectName("actionExportIncludeSuggested")
        self.addAction(self.include_suggested)
        self.addSeparator()
        self.format_actions: dict[str, QAction] = {}
        for fmt in FORMATS.values():
            action = QAction(f"{fmt.name} ({fmt.extension})…", self)
            action.setObjectName(f"export:{fmt.name}")
            action.triggered.connect(lambda _checked=False, f=fmt: self.export(f))
            self.addAction(action)
            self.format_actions[fmt.name] = action
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("&Export"))
        self.include_suggested.setText(self.tr("Include pending suggestions"))
        for name, action in self.format_actions.items():
            action.setToolTip(description(FORMATS[name]))
            action.setStatusTip(description(FORMATS[name]))

    def changeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def export(self, fmt: Format | None = None) -> list[Path]:
        """A format from the menu: its file chosen, then written. File ▸ Export… (no format): the
        export dialog, with the format, the file and whether pending suggestions go too."""
        window = self.window_
        annotations = window.annotations
        if annotations is None:
            return []
        stem = Path(annotations.document.name).stem
        base = (window.session.saved_to or window.session.source or Path.home() / stem).parent
        if fmt is None:
            self.dialog = self._dialog(base, stem)
            self.dialog.open()
            return []
        path, _chosen = QFileDialog.getSaveFileName(
            window, self.tr("Export annotations"), str(base / f"{stem}{fmt.extension}"),
            ";;".join(format_filters([fmt])))
        if not path:
            return []
        return self.write(fmt, Path(path), self.include_suggested.isChecked())

    def _dialog(self, base: Path, stem: str) -> ExportDialog:
        annotations = self.window_.annotations
        pending = sum(1 for span in annotations if span.status == "suggested")
        accepted = any(span.status == "accepted" for span in annotations)
        # Straight after opening nothing is accepted yet: an export of accepted ones only is empty.
        include = self.include_suggested.isChecked() or (pending > 0 and not accepted)
        dialog = ExportDialog(self.window_, base, stem, pending, include)
        dialog.chosen.connect(lambda fmt, path, include: self.write(fmt, path, include))
        return dialog

    def write(self, fmt: Format, path: Path, include_suggested: bool) -> list[Path]:
        """Write the open document, and say how many annotations went out."""
        window = self.window_
        self.include_suggested.setChecked(include_suggested)
        try:
            written, warnings = export_to(path, fmt, window.annotations, window.schema, include_suggested,
                                          _article_of(window.session.source, window.annotations))
        except TawsimError as error:
            QMessageBox.warning(window, self.tr("Export failed"), isolate_runs(str(error)))
            return []
        spans = export_view(window.annotations, ExportOptions(include_suggested=include_suggested)).spans
        suggested = sum(1 for span in spans if span.status == "suggested")
        files = ", ".join(p.name for p in written)
        message = self.tr("Exported as {format} to {files}: {count} annotations").format(
            format=fmt.name, files=files, count=len(spans))
        if suggested:
            message += self.tr(", pending suggestions among them: {count}").format(count=suggested)
        if not spans:
            pending = sum(1 for span in window.annotations if span.status == "suggested")
            if pending:
                message += self.tr(" (nothing is accepted yet; include the pending suggestions to export "
                                   "them: {count})").format(count=pending)
            QMessageBox.information(window, self.tr("Nothing exported"), isolate_runs(message))
        elif warnings:
            QMessageBox.information(window, self.tr("What the format could not keep"),
                                    isolate_runs("\n".join([message, "", *warnings[:20]])))
        window.say(message)
        self.last_count = len(spans)
        return written


def _article_of(source: Path | None, annotations: AnnotationSet) -> Path | None:
    """The article file the open work belongs to: the file opened, or the one its JSON names."""
    if source is None:
        return None
    return source.parent / annotations.document.name if source.suffix.lower() == ".json" else source
