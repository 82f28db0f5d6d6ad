"""`tawsim suggest`, `tawsim export` and `tawsim import`: deciding what goes where, then the batch."""

from __future__ import annotations

import argparse
import os
import sys
from collections import Counter
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Callable

from tawsim import rules_loading
from tawsim.batch import BatchReport, Outcome, collect_inputs, run_batch
from tawsim.core import annotation_file
from tawsim.core.atomic import write_bytes_atomic, write_files_atomic
from tawsim.core.errors import InputError, TawsimError
from tawsim.core.names import display_name, document_name
from tawsim.core.overwrite import OverwriteRefused, guard_target, same_file as same_path
from tawsim.core.model import AnnotationSet, Document
from tawsim.core.schema import load_schema
from tawsim.core.textio import read_article
from tawsim.formats.common import ExportOptions, ImportOptions, parse_label_map
from tawsim.formats.registry import get_format, importable
from tawsim.rules.entities.date_values import parse_reference


# -- suggest -------------------------------------------------------------------------------
def load_engine(rules_dir: Path | None):
    return rules_loading.load_engine(rules_dir)


@dataclass(frozen=True)
class SuggestJob:
    source: Path
    target: Path | None  # None: return the JSON text
    force: bool = False
    reference: date | None = None  # the article's date for relative dates (--date)


_engine = None
_engine_key: tuple | None = None
_engine_error: str | None = None


def _prepare_engine(factory: Callable, rules_dir: Path | None) -> None:
    """Load the engine once per process (a forked worker inherits the parent's)."""
    global _engine, _engine_key, _engine_error
    if _engine_key == (factory, rules_dir):
        return
    _engine_key = (factory, rules_dir)
    try:
        _engine, _engine_error = factory(rules_dir), None
    except TawsimError as error:
        _engine, _engine_error = None, str(error)


def suggest_annotations(engine, path: Path, warnings: list[str] | None = None,
                        reference: date | None = None) -> AnnotationSet:
    article = read_article(path)
    document = Document(document_name(path), article.text)
    if reference is None:  # engines of one's own need not know about dates
        return engine.suggest(document, warnings)
    return engine.suggest(document, warnings, reference=reference)


def _suggest_one(job: SuggestJob) -> tuple[str | None, list[str]]:
    """The JSON text (None when written to the target), and warnings naming the article."""
    if _engine_error is not None:
        raise TawsimError(_engine_error)
    warnings: list[str] = []
    annotations = suggest_annotations(_engine, job.source, warnings, job.reference)
    warnings = [f"{job.source}: {warning}" for warning in warnings]
    if job.target is None:
        return annotation_file.dumps(annotations), warnings
    guard_target(job.target, [job.source], job.force)
    annotation_file.save(job.target, annotations, allow_read_only=job.force)
    return None, warnings


def suggest_command(args: argparse.Namespace, engine_factory: Callable = load_engine) -> int:
    rules = getattr(args, "rules", None)
    force = bool(getattr(args, "force", False))
    reference = _reference_date(getattr(args, "date", None))
    output, to_folder = _output(args)
    files, missing = collect_inputs(args.inputs, "*.txt")
    single = len(args.inputs) == 1 and not Path(args.inputs[0]).is_dir()
    if single and missing:
        raise InputError(missing[0].message)
    _prepare_engine(engine_factory, rules)  # a broken rules folder stops here, with one line
    if _engine_error is not None:
        raise TawsimError(_engine_error)
    if single and output is None:
        text, warnings = _suggest_one(SuggestJob(files[0], None, reference=reference))
        _print_warning_lines(warnings)
        _write_stdout(text.encode("utf-8"))
        return 0
    if single:
        if to_folder:
            _make_folder(output)
        into_folder = output.is_dir()
        target = output / f"{files[0].stem}.json" if into_folder else output
        _make_folder(target.parent)
        _print_warning_lines(_suggest_one(SuggestJob(files[0], target, force, reference))[1])
        return 0
    if output is None:
        raise TawsimError("several articles need an output folder: add -o FOLDER")
    _make_folder(output)
    jobs = [SuggestJob(f, output / f"{f.stem}.json", force, reference) for f in files]
    _refuse_collisions([(job.source, job.target) for job in jobs])
    report = run_batch(
        _suggest_one, jobs, jobs=args.jobs, initializer=_prepare_engine,
        initargs=(engine_factory, rules), describe=_describe_job, unit="articles",
    )
    _print_warnings(report.outcomes)
    return _finish("suggest", report, missing, files)


def _reference_date(text: str | None) -> date | None:
    if text is None:
        return None
    try:
        return parse_reference(text)
    except ValueError:
        raise InputError(f"--date {text}: give the date as YYYY-MM-DD, for example 2024-03-12") from None


# -- export --------------------------------------------------------------------------------
@dataclass(frozen=True)
class ExportJob:
    source: Path
    format: str
    options: ExportOptions
    folder: Path | None  # None: return the bytes for one combined output
    force: bool = False
    stem: str | None = None  # the output's name without suffix; None: the input's


def export_options(args: argparse.Namespace) -> ExportOptions:
    """What `tawsim export` was asked for, for every format (unset ones keep their defaults)."""
    asked = {name: getattr(args, name, None) for name in ("offsets", "doccano_overlap", "doccano_offsets", "category")}
    if asked["category"] is not None and get_format(args.format).name != "conll":
        raise TawsimError(f"--category is for CoNLL; {get_format(args.format).name} keeps every category")
    return ExportOptions(bool(getattr(args, "include_suggested", False)),
                         **{name: value for name, value in asked.items() if value is not None})


def _export_one(job: ExportJob) -> tuple[dict[str, bytes] | None, list[str], Path]:
    """The exported files (None once written to the job's folder), warnings, and the article path."""
    loaded = annotation_file.load(job.source)
    fmt = get_format(job.format)
    files = fmt.export(loaded.annotations, job.options)
    warnings = [f"{job.source}: {problem}" for problem in [*loaded.problems, *files.warnings]]
    article = job.source.parent / loaded.document.name
    if job.folder is None:
        return files, warnings, article
    targets = {job.folder / f"{job.stem or job.source.stem}{suffix}": data for suffix, data in files.items()}
    for target in targets:
        guard_target(target, [job.source], job.force)
        _refuse_article(target, article, job.source, job.force)
    write_files_atomic(targets, allow_read_only=job.force)
    return None, warnings, article


def _refuse_article(target: Path, article: Path, source: Path, force: bool) -> None:
    if not force and target.exists() and same_path(target, article):
        raise OverwriteRefused(
            f"{display_name(target)} is the article {display_name(source)} was made from; "
            "refusing to write over it: export to another file or folder, or add --force")


def export_command(args: argparse.Namespace) -> int:
    fmt = get_format(args.format)
    force = bool(getattr(args, "force", False))
    out, to_folder = _output(args)
    files, missing = collect_inputs(args.inputs, "*.json")
    single = len(args.inputs) == 1 and not Path(args.inputs[0]).is_dir()
    if single and missing:
        raise InputError(missing[0].message)
    if not files and not missing:
        raise InputError(f"no .json files in {', '.join(str(p) for p in args.inputs)}")
    if out is None and (not single or fmt.one_file_per_document or fmt.binary):
        need = "a folder" if fmt.one_file_per_document else f"an output ({fmt.extension} file or folder)"
        what = "several files" if not single else f"the {fmt.name} format"
        raise TawsimError(f"exporting {what} needs {need}: add -o")
    folder_mode = out is not None and (
        fmt.one_file_per_document or to_folder or out.is_dir() or (not single and out.suffix.lower() != fmt.extension)
    )
    options = export_options(args)
    if folder_mode:
        _make_folder(out)
        stems = _document_stems(files) if fmt.one_file_per_document else {f: f.stem for f in files}
        jobs = [ExportJob(f, fmt.name, options, out, force, stems[f]) for f in files]
        _refuse_collisions([(f, out / f"{stems[f]}{fmt.extension}") for f in files])
        for name, data in fmt.folder_files(_schema(getattr(args, "schema", None))).items():
            guard_target(out / name, files, force)
            write_bytes_atomic(out / name, data, allow_read_only=force)
    else:
        jobs = [ExportJob(f, fmt.name, options, None) for f in files]
    if single:
        files_out, warnings, article = _export_one(jobs[0])
        _print_warning_lines(warnings)
        if not folder_mode:
            if out is not None:
                _refuse_article(out, article, files[0], force)
            _write_output(out, files_out[fmt.extension], files, force)
        return 0
    report = run_batch(_export_one, jobs, jobs=args.jobs, describe=_describe_job, unit="files")
    _print_warnings(report.outcomes)
    if not folder_mode:
        parts = [o.value[0][fmt.extension] for o in report.outcomes if o.ok]
        if parts:
            _write_output(out, parts[0] if len(parts) == 1 else fmt.join(parts), files, force)
    return _finish("export", report, missing, files)


def _document_stems(files: list[Path]) -> dict[Path, str]:
    """Each file's output name: its document's name without suffix (brat: a re-import takes the
    document's name from NAME.txt), or the file's own stem when that is unreadable or shared."""
    stems: dict[Path, str] = {}
    for path in files:
        try:
            stem = Path(Path(annotation_file.load(path).document.name).name).stem
        except TawsimError:
            stem = ""
        stems[path] = stem if stem and stem not in (".", "..") else path.stem
    counts = Counter(stems.values())
    return {path: stem if counts[stem] == 1 else path.stem for path, stem in stems.items()}


# -- import --------------------------------------------------------------------------------
def import_command(args: argparse.Namespace) -> int:
    fmt = get_format(args.format)
    if not fmt.can_import:
        raise TawsimError(f"the {fmt.name} format is export only; import reads: {', '.join(importable())}")
    schema = _schema(getattr(args, "schema", None))
    source = Path(args.input)
    if source.is_dir() and fmt.one_file_per_document:
        sources = sorted(source.glob(f"*{fmt.extension}"))
        if not sources:
            raise InputError(f"{source}: no {fmt.extension} files in this folder")
    elif source.is_dir():
        raise InputError(f"{source}: is a folder; give the {fmt.name} file ({fmt.extension})")
    else:
        sources = [source]
    options = ImportOptions(getattr(args, "offsets", None), parse_label_map(getattr(args, "map", None)),
                            getattr(args, "doccano_offsets", None))
    documents = []
    for path in sources:
        imported = fmt.import_file(path, schema, options)
        _print_warning_lines([f"{path}: {warning}" for warning in imported.warnings])
        documents.extend(imported)
    out, to_folder = _output(args)
    force = bool(getattr(args, "force", False))
    if len(documents) == 1 and (out is None or not (to_folder or out.is_dir())):
        text = annotation_file.dumps(documents[0], schema.name)
        if out is None:
            _write_stdout(text.encode("utf-8"))
        else:
            _make_folder(out.parent)
            guard_target(out, sources, force)
            annotation_file.save(out, documents[0], schema.name, allow_read_only=force)
        return 0
    if out is None:
        raise TawsimError(f"{source} holds {len(documents)} documents: add -o FOLDER to write one .json each")
    _make_folder(out)
    used: set[str] = set()
    for document in documents:
        stem = Path(document.document.name).stem or "document"
        name, number = f"{stem}.json", 2
        while name in used:
            name, number = f"{stem}-{number}.json", number + 1
        used.add(name)
        guard_target(out / name, sources, force)
        annotation_file.save(out / name, document, schema.name, allow_read_only=force)
    print(f"tawsim: {len(documents)} documents written to {out}", file=sys.stderr)
    return 0


# -- shared --------------------------------------------------------------------------------
def _schema(path: Path | None):
    return load_schema(path)


def _describe_job(job) -> str:
    return str(getattr(job, "source", job))


def _finish(verb: str, report: BatchReport, missing: list[Outcome], files: list[Path]) -> int:
    for outcome in missing:
        print(f"tawsim: {outcome.message}", file=sys.stderr)
    failed = report.failed + len(missing)
    if not files and not missing:
        print(f"tawsim: {verb}: no input files found", file=sys.stderr)
        return 1
    print(
        f"tawsim: {verb}: {report.done} done, {failed} failed, {report.seconds:.1f} s",
        file=sys.stderr,
    )
    return 0 if failed == 0 else 1


def _print_warnings(outcomes: list[Outcome]) -> None:
    for outcome in outcomes:
        if outcome.ok:
            _print_warning_lines(outcome.value[1])


def _print_warning_lines(warnings: list[str]) -> None:
    for warning in warnings:
        print(f"tawsim: warning: {warning}", file=sys.stderr)


def _refuse_collisions(pairs: list[tuple[Path, Path]]) -> None:
    seen: dict[Path, Path] = {}
    for source, target in pairs:
        if target in seen:
            raise TawsimError(
                f"{seen[target]} and {source} would both be written to {target}; rename one"
            )
        seen[target] = source


def _make_folder(path: Path) -> None:
    if str(path) in ("", "."):
        return
    if path.exists() and not path.is_dir():
        raise TawsimError(f"{path}: is a file, not a folder")
    try:
        path.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise TawsimError(f"{path}: cannot create the folder: {error.strerror or error}") from None


def _write_output(out: Path | None, data: bytes, inputs: list[Path], force: bool) -> None:
    if out is None:
        _write_stdout(data)
        return
    _make_folder(out.parent)
    guard_target(out, inputs, force)
    write_bytes_atomic(out, data, allow_read_only=force)


def _output(args: argparse.Namespace) -> tuple[Path | None, bool]:
    """The -o path, and whether the user asked for a folder (a name ending in /)."""
    raw = getattr(args, "output", None)
    if raw is None:
        return None, False
    text = os.fspath(raw)
    return Path(text), text.endswith(("/", os.sep))


def _write_stdout(data: bytes) -> None:
    try:
        sys.stdout.buffer.write(data)
        sys.stdout.flush()
    except BrokenPipeError:  # `tawsim ... | head`: the reader has gone, which is not an error
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())

