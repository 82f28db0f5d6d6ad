"""The `tawsim` command. Qt is imported only by `tawsim open`, so `suggest` and `export` stay light."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from tawsim import __version__
from tawsim.core.errors import InputError, TawsimError, one_line
from tawsim.core.names import display_name
from tawsim.formats.registry import importable as importable_names
from tawsim.formats.registry import names as format_names


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="tawsim",
        description="Annotate Arabic news: entities, figures and claims.",
    )
    parser.add_argument("--version", action="version", version=f"tawsim {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    open_ = commands.add_parser("open", help="open an article or an annotation file in the window")
    open_.add_argument("file", nargs="?", type=Path,
                       help="an article (.txt), a Tawsim .json file, or a project folder")
    open_.add_argument("--schema", type=Path, help="a label schema file of your own")
    open_.add_argument("--rules", type=Path, help="a rules folder of your own")
    open_.add_argument("--no-suggest", action="store_true", help="open without rule suggestions")
    open_.add_argument("--curate", nargs="+", type=Path, metavar="VERSION",
                       help="curate these annotators' versions of one article into NAME.json")
    open_.add_argument("--annotator", help="who you are: your version is saved as NAME.<annotator>.json "
                       "(default: the project settings' annotator); with --curate, the curator")

    suggest = commands.add_parser(
        "suggest", help="write suggested annotations for articles as Tawsim JSON"
    )
    suggest.add_argument("inputs", nargs="+", type=Path, metavar="FILE", help="articles or folders")
    suggest.add_argument(
        "-o", "--output", type=str,  # a string keeps the trailing / of a folder
        help="output file (one article) or folder (several, written as NAME.json); default: stdout "
        "for one article",
    )
    suggest.add_argument("--rules", type=Path, help="a rules folder of your own")
    suggest.add_argument("--date", metavar="YYYY-MM-DD",
                         help="the articles' date, against which relative dates (أمس، الشهر الماضي) get a "
                         "value (default: each article's dateline, if it has one)")
    suggest.add_argument("--force", action="store_true", help="replace annotation files that hold decisions")
    suggest.add_argument("-j", "--jobs", type=int, default=0, help="worker processes (default: all cores)")
    suggest.add_argument("--project", type=Path, metavar="DIR",
                         help="also suggest what the project DIR taught (tawsim learn), training first "
                         "if its model is stale")
    archive = suggest.add_argument_group("archives (one article per row of a .jsonl or .parquet file)")
    archive.add_argument("--id-field", default="id", help="the rows' id field (default: id)")
    archive.add_argument("--text-field", default="text", help="the rows' text field (default: text)")
    archive.add_argument("--dask", metavar="ADDRESS",
                         help="run on the Dask scheduler at ADDRESS (tcp://host:8786), or 'local' for a "
                         "LocalCluster of --jobs workers")

    learn = commands.add_parser("learn", help="learn from a project's decisions (memory and model)")
    learn.add_argument("project", type=Path, metavar="DIR", help="the project folder")
    learn.add_argument("--rules", type=Path, help="a rules folder of your own")
    learn.add_argument("--annotator", help="learn from NAME.<annotator>.json")

    export = commands.add_parser("export", help="export Tawsim JSON to another format")
    export.add_argument("inputs", nargs="+", type=Path, metavar="FILE", help="Tawsim .json files or folders")
    export.add_argument(
        "--to", required=True, dest="format", metavar="FORMAT",
        help=f"target format: {', '.join(format_names())}",
    )
    export.add_argument(
        "-o", "--output", type=str,  # a string keeps the trailing / of a folder
        help="output file, or folder for one file per input (brat: always a folder); with several "
        "inputs, a file with the format's extension holds them all; default: stdout for one input",
    )
    export.add_argument("--schema", type=Path, help="a label schema file of your own")
    export.add_argument(
        "--include-suggested", action="store_true",
        help="also export suggestions nobody has accepted yet (rejected ones never are)",
    )
    export.add_argument("--force", action="store_true", help="replace files that hold decisions, or the article")
    export.add_argument("--offsets", choices=["codepoints", "utf16"],
                        help="Label Studio: offsets in code points (default, as current Label Studio counts) "
                        "or UTF-16 units, as older versions counted (JavaScript string indexes)")
    export.add_argument("--doccano-overlap", choices=["claims-apart", "keep-all"],
                        help="doccano: claims-apart (default) writes each document as two records, entities "
                        "and figures in one, claims in the other, because a doccano project that does not allow "
                        "overlapping spans (its default) drops every span inside a claim; keep-all writes one "
                        "record, for projects that allow overlapping")
    export.add_argument("--doccano-offsets", choices=["utf16", "graphemes"],
                        help="doccano: offsets in UTF-16 units (default) or in grapheme clusters, for a project "
                        "made with doccano's grapheme-cluster option (a letter and its tashkeel count one)")
    export.add_argument("--category", choices=["entity", "figure", "claim"],
                        help="CoNLL: one tag column (token TAG), for this category only, as spacy convert "
                        "and seqeval read; default: one column per category")
    export.add_argument("-j", "--jobs", type=int, default=0, help="worker processes (default: all cores)")
    export.add_argument("--include-unfinished", action="store_true",
                        help="a project: also export annotated documents not marked done")
    export.add_argument("--project", action="store_true", help="treat the folder as a project")
    export.add_argument("--annotator", help="a project: export NAME.<annotator>.json")

    project = commands.add_parser("project", help="a folder of articles annotated together")
    project_commands = project.add_subparsers(dest="project_command", metavar="ACTION", required=True)
    init = project_commands.add_parser("init", help="write tawsim-project.json in a folder")
    init.add_argument("folder", type=Path, metavar="DIR")
    init.add_argument("--schema", type=Path, help="a label schema file, relative to DIR")
    init.add_argument("--rules", type=Path, help="a rules folder, relative to DIR")
    init.add_argument("--annotator", help="whose annotations: NAME.<annotator>.json")
    status = project_commands.add_parser("status", help="per-document table and totals")
    status.add_argument("folder", type=Path, metavar="DIR")
    status.add_argument("--json", action="store_true", help="print JSON for scripts")
    status.add_argument("--annotator", help="whose annotations: NAME.<annotator>.json")

    import_ = commands.add_parser("import", help="import annotations from another format as Tawsim JSON")
    import_.add_argument("input", type=Path, metavar="FILE")
    import_.add_argument(
        "--from", required=True, dest="format", metavar="FORMAT",
        help=f"source format: {', '.join(importable_names())}",
    )
    import_.add_argument(
        "-o", "--output", type=str,  # a string keeps the trailing / of a folder
        help="output .json, or folder when the file holds several documents (default: stdout)",
    )
    import_.add_argument("--schema", type=Path, help="a label schema file of your own")
    import_.add_argument("--offsets", choices=["codepoints", "utf16"],
                         help="Label Studio: the unit of the file's offsets (default: code points)")
    import_.add_argument("--doccano-offsets", choices=["utf16", "graphemes"],
                         help="doccano: the unit of the file's offsets (default: what Tawsim wrote in the "
                         "record, else UTF-16 units; graphemes for a grapheme-cluster project)")
    import_.add_argument("--map", action="append", metavar="THEIRS=OURS",
                         help="read the file's label or relation THEIRS as OURS (e.g. PERSON=PER); repeatable")
    import_.add_argument("--force", action="store_true", help="replace annotation files that hold decisions")

    from tawsim.agreement.command import add_parsers as add_agreement_parsers

    add_agreement_parsers(commands)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        parser.print_help()
        return 0
    try:
        return _run(args)
    except TawsimError as error:
        print(f"tawsim: error: {one_line(display_name(error))}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("tawsim: interrupted", file=sys.stderr)
        return 130
    except Exception as error:  # the user gets one line; TAWSIM_DEBUG=1 shows the traceback
        if os.environ.get("TAWSIM_DEBUG"):
            raise
        print(f"tawsim: internal error: {type(error).__name__}: {one_line(display_name(error))}", file=sys.stderr)
        return 3


def _run(args: argparse.Namespace) -> int:
    if args.command == "open":
        from tawsim.gui.app import run_app

        return run_app(args.file, schema=args.schema, rules=args.rules, suggest=not args.no_suggest,
                       curate=args.curate, annotator=args.annotator)
    if args.command == "suggest" and getattr(args, "date", None) and (args.project or _names_an_archive(args)):
        raise InputError("--date works with plain articles only, not yet with --project or archives")
    if args.command == "learn" or (args.command == "suggest" and args.project):
        from tawsim.learning import commands as learning_commands

        if args.command == "learn":
            return learning_commands.learn_command(args)
        return learning_commands.suggest_with_project(args)
    if args.command in ("suggest", "export") and _names_an_archive(args):
        from tawsim.archive import commands as archive_commands

        if args.command == "suggest":
            return archive_commands.suggest_archive_command(args)
        return archive_commands.export_archive_command(args)
    if args.command == "suggest":
        from tawsim.commands import suggest_command

        return suggest_command(args)
    if args.command == "project":
        from tawsim.project import cli_commands

        return {"init": cli_commands.init_command, "status": cli_commands.status_command}[args.project_command](args)
    if args.command == "export":
        from tawsim.commands import export_command
        from tawsim.project.cli_commands import export_project_command, is_project

        if args.project or (len(args.inputs) == 1 and is_project(args.inputs[0])):
            return export_project_command(args)

        return export_command(args)
    if args.command == "import":
        from tawsim.commands import import_command

        return import_command(args)
    if args.command in ("agree", "merge"):
        from tawsim.agreement.command import agree_command, merge_command

        return (agree_command if args.command == "agree" else merge_command)(args)
    raise TawsimError(f"unknown command {args.command!r}")


def _names_an_archive(args: argparse.Namespace) -> bool:
    from tawsim.archive.rows import is_archive

    return any(is_archive(Path(path)) for path in args.inputs) or bool(getattr(args, "dask", None))
