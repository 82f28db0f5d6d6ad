"""`tawsim project init|status DIR` and `tawsim export DIR` for a project folder."""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from tawsim.core.atomic import write_bytes_atomic
from tawsim.core.errors import InputError, TawsimError
from tawsim.core.model import Document
from tawsim.core.schema import load_schema
from tawsim.formats.common import ExportOptions
from tawsim.formats.registry import get_format
from tawsim.project.documents import open_document
from tawsim.project.index import DONE, ProjectIndex
from tawsim.project.layout import SETTINGS_FILE, ProjectSettings, check_annotator, open_project, write_settings


def is_project(path: Path) -> bool:
    return Path(path).is_dir() and (Path(path) / SETTINGS_FILE).is_file()


def init_command(args: argparse.Namespace) -> int:
    folder: Path = args.folder
    if folder.exists() and not folder.is_dir():
        raise InputError(f"{folder}: is a file, not a folder")
    if (folder / SETTINGS_FILE).exists():
        raise InputError(f"{folder / SETTINGS_FILE}: exists already; edit it or remove it first")
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise TawsimError(f"{folder}: cannot create the folder: {error.strerror or error}") from None
    settings = ProjectSettings(
        schema=str(args.schema) if args.schema else None, rules=str(args.rules) if args.rules else None,
        annotator=check_annotator(args.annotator))
    path = write_settings(folder, settings)
    project = open_project(folder)
    print(f"tawsim: project written to {path} ({len(project.articles)} articles)", file=sys.stderr)
    return 0


@dataclass
class Status:
    rows: list
    totals: dict
    message: str | None


def project_status(folder: Path, annotator: str | None = None) -> Status:
    project = open_project(folder, annotator)
    index = ProjectIndex(project)
    try:
        index.refresh()
        rows = index.rows()
        labels = index.label_totals()
    finally:
        index.close()
    totals = {"documents": len(rows), "done": sum(r.state == DONE for r in rows), "labels": labels}
    for key in ("suggested", "accepted", "rejected", "manual"):
        totals[key] = sum(getattr(r, key) for r in rows)
    for state in ("new", "in progress", "unreadable", "corrupt"):
        totals[state] = sum(r.state == state for r in rows)
    message = project.empty_message() or project.read_only_reason
    return Status(rows, totals, message)


def status_command(args: argparse.Namespace) -> int:
    status = project_status(args.folder, args.annotator)
    if args.json:
        data = {"documents": [r.to_dict() for r in status.rows], "totals": status.totals}
        if status.message:
            data["message"] = status.message
        sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=1) + "\n")
        return 0
    if status.message:
        print(f"tawsim: {status.message}", file=sys.stderr)
    width = max([len(r.name) for r in status.rows] + [8])
    print(f"{'document':<{width}}  {'state':<11} {'left':>5} {'accepted':>8} {'rejected':>8} {'manual':>6}  last change")
    for r in status.rows:
        changed = datetime.fromtimestamp(r.changed).strftime("%Y-%m-%d %H:%M") if r.changed else "-"
        print(f"{r.name:<{width}}  {r.state:<11} {r.suggested:>5} {r.accepted:>8} {r.rejected:>8} {r.manual:>6}  {changed}")
        if r.problem:
            print(f"{'':<{width}}  ! {r.problem}")
    t = status.totals
    done = f"{t['done']}/{t['documents']} done"
    print(f"{'total':<{width}}  {done:<11} {t['suggested']:>5} {t['accepted']:>8} {t['rejected']:>8} {t['manual']:>6}")
    return 0


@dataclass
class ExportResult:
    written: int
    skipped: int
    warnings: list[str]


def export_project(project, fmt, out: Path, include_unfinished: bool = False, include_suggested: bool = False,
                   schema_path: Path | None = None, category: str | None = None) -> ExportResult:
    """Export the done documents of a project (every annotated one with `include_unfinished`)."""
    index = ProjectIndex(project)
    try:
        index.refresh()
        rows = {row.name: row for row in index.rows()}
    finally:
        index.close()
    wanted = [a for a in project.articles if a.name in rows and
              (rows[a.name].state == DONE or (include_unfinished and rows[a.name].state == "in progress"))]
    if not wanted:
        raise InputError(f"{project.folder}: no {'annotated' if include_unfinished else 'done'} documents to "
                         "export" + ("" if include_unfinished else " (mark some done, or add --include-unfinished)"))
    options = ExportOptions(include_suggested, category=category)
    folder_mode = fmt.one_file_per_document or out.is_dir() or out.suffix.lower() != fmt.extension
    parts: list[bytes] = []
    warnings: list[str] = []
    for article in wanted:
        opened = open_document(article)
        warnings += [f"{article.name}: {problem}" for problem in opened.problems]
        opened.annotations.document = Document(article.name, opened.annotations.document.text)
        files = fmt.export(opened.annotations, options)
        if folder_mode:
            stem = article.name[: -len(Path(article.name).suffix)]
            for suffix, data in files.items():
                _write(out / f"{stem}{suffix}", data)
        else:
            parts.append(files[fmt.extension])
    if folder_mode:
        for name, data in fmt.folder_files(load_schema(schema_path or project.schema_path())).items():
            _write(out / name, data)
    else:
        _write(out, parts[0] if len(parts) == 1 else fmt.join(parts))
    return ExportResult(len(wanted), len(rows) - len(wanted), warnings)


def export_project_command(args: argparse.Namespace) -> int:
    if len(args.inputs) != 1:
        raise InputError("a project is exported on its own: give only its folder")
    if args.output is None:
        raise TawsimError("exporting a project needs an output: add -o")
    project = open_project(Path(args.inputs[0]), getattr(args, "annotator", None))
    result = export_project(project, get_format(args.format), Path(args.output), args.include_unfinished,
                            bool(getattr(args, "include_suggested", False)), args.schema,
                            getattr(args, "category", None))
    for warning in result.warnings:
        print(f"tawsim: warning: {warning}", file=sys.stderr)
    print(f"tawsim: export: {result.written} documents written to {args.output}, {result.skipped} not exported "
          f"({'not annotated or unreadable' if args.include_unfinished else 'not done'})", file=sys.stderr)
    return 0

def _write(path: Path, data: bytes) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise TawsimError(f"{path.parent}: cannot create the folder: {error.strerror or error}") from None
    write_bytes_atomic(path, data)
