"""`tawsim suggest ARCHIVE -o OUT` and `tawsim export ARCHIVE`: the command-line side of archives."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from tawsim.archive.documents import file_stem, read_documents
from tawsim.archive.rows import is_archive
from tawsim.archive.run import suggest_archive
from tawsim.core.atomic import write_bytes_atomic
from tawsim.core.errors import TawsimError
from tawsim.core.schema import load_schema
from tawsim.formats.common import ExportOptions
from tawsim.formats.registry import get_format


def suggest_archive_command(args: argparse.Namespace) -> int:
    source = Path(args.inputs[0])
    if len(args.inputs) != 1:
        raise TawsimError("an archive (.jsonl or .parquet) is suggested on its own: give one input")
    if not source.is_file():
        raise TawsimError(f"{source}: no such file")
    out = Path(args.output) if args.output else None
    if out is None or not is_archive(out):
        raise TawsimError("an archive's output is a .jsonl or .parquet file: add -o OUT.jsonl")
    if out.resolve() == source.resolve():
        raise TawsimError(f"{out}: is the input; choose another output")
    report = suggest_archive(
        source, out, rules=getattr(args, "rules", None), jobs=args.jobs, dask=args.dask,
        id_field=args.id_field, text_field=args.text_field,
    )
    print(f"tawsim: suggest: {report.summary()}", file=sys.stderr)
    if report.failed:
        print(f"tawsim: the failed rows are listed in {out}.errors.jsonl", file=sys.stderr)
    return report.exit_code


def export_archive_command(args: argparse.Namespace) -> int:
    if len(args.inputs) != 1:
        raise TawsimError("an archive (.jsonl or .parquet) is exported on its own: give one input")
    source = Path(args.inputs[0])
    fmt = get_format(args.format)
    out = Path(args.output) if args.output else None
    if out is None:
        raise TawsimError("exporting an archive needs an output: add -o FOLDER (or a "
                          f"{fmt.extension} file)")
    options = ExportOptions(bool(getattr(args, "include_suggested", False)), category=getattr(args, "category", None))
    combined = not fmt.one_file_per_document and not out.is_dir() and out.suffix.lower() == fmt.extension
    if combined:
        parts = [fmt.export(loaded.annotations, options)[fmt.extension] for loaded in read_documents(source)]
        if not parts:
            raise TawsimError(f"{source}: holds no documents")
        write_bytes_atomic(out, parts[0] if len(parts) == 1 else fmt.join(parts))
        count = len(parts)
    else:
        out.mkdir(parents=True, exist_ok=True)
        for name, data in fmt.folder_files(load_schema(getattr(args, "schema", None))).items():
            write_bytes_atomic(out / name, data)
        used: set[str] = set()
        count = 0
        for loaded in read_documents(source):
            stem = file_stem(loaded.document.name, used)
            for suffix, data in fmt.export(loaded.annotations, options).items():
                write_bytes_atomic(out / f"{stem}{suffix}", data)
            count += 1
    print(f"tawsim: export: {count} documents to {out}", file=sys.stderr)
    return 0
