"""File ▸ Export: every format of `tawsim.formats.registry`, written next to where the user chooses."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox, QWidget

from tawsim.core.atomic import write_bytes_atomic, write_files_atomic
from tawsim.core.errors import TawsimError
from tawsim.core.model import AnnotationSet
from tawsim.core.schema import LabelSchema
from tawsim.formats.common import ExportOptions
from tawsim.formats.registry import FORMATS, Format
from tawsim.text.bidi import isolate_runs


def export_to(path: Path, fmt: Format, annotations: AnnotationSet, schema: LabelSchema,
              include_suggested: bool) -> list[Path]:
    """Write one document in `fmt` at `path` (brat: NAME.txt and NAME.ann); the files written."""
    files = fmt.export(annotations, ExportOptions(include_suggested=include_suggested))
    targets = {(path.with_suffix(suffix) if len(files) > 1 or fmt.one_file_per_document else path): data
               for suffix, data in files.items()}
    write_files_atomic(targets)  # brat's .txt and .ann: both new or both old
    written = list(targets)
    for name, data in fmt.folder_files(schema).items():
        write_bytes_atomic(path.parent / name, data)
        written.append(path.parent / name)
    return written


class ExportMenu(QMenu):
    """One action per format (objectName `export:<format>`), and whether pending suggestions go too."""

    def __init__(self, window: QWidget) -> None:
        super().__init__("&Export", window)
        self.setObjectName("menuExport")
        self.window_ = window
        self.include_suggested = QAction("Include pending suggestions", self, checkable=True)
        self.include_suggested.setObjectName("actionExportIncludeSuggested")
        self.addAction(self.include_suggested)
        self.addSeparator()
        for fmt in FORMATS.values():
            action = QAction(f"{fmt.name} ({fmt.extension})…", self)
            action.setObjectName(f"export:{fmt.name}")
            action.setToolTip(fmt.description)
            action.setStatusTip(fmt.description)
            action.triggered.connect(lambda _checked=False, f=fmt: self.export(f))
            self.addAction(action)

    def export(self, fmt: Format | None = None) -> list[Path]:
        window = self.window_
        annotations = window.annotations
        if annotations is None:
            return []
        stem = Path(annotations.document.name).stem
        base = (window.session.saved_to or window.session.source or Path.home() / stem).parent
        filters = {f"{f.name} — {f.description} (*{f.extension})": f
                   for f in ([fmt] if fmt else FORMATS.values())}
        path, chosen = QFileDialog.getSaveFileName(
            window, "Export annotations", str(base / f"{stem}{(fmt or FORMATS['brat']).extension}"),
            ";;".join(filters))
        if not path:
            return []
        fmt = filters.get(chosen, fmt or next(iter(filters.values())))
        try:
            written = export_to(Path(path), fmt, annotations, window.schema,
                                self.include_suggested.isChecked())
        except TawsimError as error:
            QMessageBox.warning(window, "Export failed", isolate_runs(str(error)))
            return []
        window.statusBar().showMessage(f"Exported {fmt.name}: " + ", ".join(p.name for p in written), 8000)
        return written
