"""The formats Tawsim writes and reads, by name."""

from __future__ import annotations

from dataclasses import dataclass
from importlib import import_module
from pathlib import Path
from typing import TYPE_CHECKING

from tawsim.core.atomic import write_bytes_atomic
from tawsim.core.errors import TawsimError
from tawsim.core.model import AnnotationSet
from tawsim.formats.common import (
    CODE_POINTS,
    TOKENS,
    UTF16_UNITS,
    ExportedFiles,
    ExportOptions,
    ImportedDocuments,
    ImportOptions,
)

if TYPE_CHECKING:
    from tawsim.core.schema import LabelSchema


@dataclass(frozen=True)
class Format:
    name: str
    module: str  # under tawsim.formats; imported on first use (spaCy is heavy)
    extension: str  # of the one file a document or a whole collection goes to
    offset_unit: str
    can_import: bool
    description: str
    one_file_per_document: bool = False  # brat: a .txt and an .ann for each document
    binary: bool = False

    def _module(self):
        return import_module(f"tawsim.formats.{self.module}")

    def export(self, annotations: AnnotationSet, options: ExportOptions) -> ExportedFiles:
        """Suffix → contents of the files that hold one document, with `.warnings` of what was lost."""
        files = self._module().export(annotations, options)
        return files if isinstance(files, ExportedFiles) else ExportedFiles(files)

    def join(self, parts: list[bytes]) -> bytes:
        """Several documents' outputs as one file (not for one_file_per_document formats)."""
        return self._module().join(parts)

    def folder_files(self, schema: LabelSchema) -> dict[str, bytes]:
        """Files a folder of this format's documents needs once (brat: annotation.conf)."""
        module = self._module()
        return module.folder_files(schema) if hasattr(module, "folder_files") else {}

    def write(
        self, annotations: AnnotationSet, target: Path, options: ExportOptions, schema: LabelSchema | None = None
    ) -> list[Path]:
        """Export one document to `target` (for brat, NAME.ann: NAME.txt goes beside it, and
        annotation.conf when the folder has none); each file written atomically. For the window's
        Export menu."""
        target = Path(target)
        files = self.export(annotations, options)
        written = []
        for suffix, data in files.items():
            path = target.with_suffix(suffix) if self.one_file_per_document else target
            write_bytes_atomic(path, data)
            written.append(path)
        if schema is not None:
            for name, data in self.folder_files(schema).items():
                if not (target.parent / name).exists():
                    write_bytes_atomic(target.parent / name, data)
                    written.append(target.parent / name)
        return written

    def import_file(
        self, path: Path, schema: LabelSchema, options: ImportOptions | None = None
    ) -> ImportedDocuments:
        """The documents in `path`, with `.warnings` of what was skipped or could not be kept."""
        if not self.can_import:
            raise TawsimError(f"the {self.name} format is export only; import from: {', '.join(importable())}")
        options = options or ImportOptions()
        if options.offsets is not None and self.name != "labelstudio":
            raise TawsimError(f"--offsets is for Label Studio; {self.name} counts in {self.offset_unit}")
        if options.doccano_offsets is not None and self.name != "doccano":
            raise TawsimError(f"--doccano-offsets is for doccano; {self.name} counts in {self.offset_unit}")
        documents = self._module().import_file(Path(path), schema, options)
        return documents if isinstance(documents, ImportedDocuments) else ImportedDocuments(documents)


FORMATS: dict[str, Format] = {
    f.name: f
    for f in (
        Format("brat", "brat", ".ann", CODE_POINTS, True,
               "brat standoff: NAME.txt and NAME.ann per document", one_file_per_document=True),
        Format("conll", "conll", ".conll", TOKENS, False,
               "CoNLL IOB2: token, then one tag column per category"),
        Format("doccano", "doccano", ".jsonl", UTF16_UNITS, True,
               "doccano JSONL: text and [start, end, label]"),
        Format("labelstudio", "labelstudio", ".json", CODE_POINTS, True,
               "Label Studio JSON tasks with annotations and predictions"),
        Format("spacy", "spacy_docbin", ".spacy", CODE_POINTS, True,
               "spaCy DocBin with doc.ents and span groups (needs tawsim[spacy])", binary=True),
        Format("claims-csv", "claims_csv", ".csv", CODE_POINTS, False,
               "CSV of claims for fact-checkers: speaker, figures, status, offsets"),
    )
}

ALIASES = {"label-studio": "labelstudio", "docbin": "spacy", "csv": "claims-csv", "iob2": "conll"}


def get_format(name: str) -> Format:
    key = ALIASES.get(name.lower(), name.lower())
    if key not in FORMATS:
        raise TawsimError(f"unknown format {name!r}; choose one of: {', '.join(FORMATS)}")
    return FORMATS[key]


def names() -> list[str]:
    return list(FORMATS)


def importable() -> list[str]:
    return [f.name for f in FORMATS.values() if f.can_import]
