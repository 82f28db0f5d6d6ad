"""The `tawsim` command. Qt is imported only by `tawsim open`, so `suggest` and `export` stay light."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from tawsim import __version__
from tawsim.core.errors import TawsimError, one_line
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
    open_.add_argument("file", nargs="?", type=Path, help="an article (.txt) or a Tawsim .json file")
    open_.add_argument("--schema", type=Path, help="a label schema file of your own")
    open_.add_argument("--rules", type=Path, help="a rules folder of your own")
    open_.add_argument("--no-suggest", action="store_true", help="open without rule suggestions")

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
    suggest.add_argument("--force", action="store_true", help="replace annotation files that hold decisions")
    suggest.add_argument("-j", "--jobs", type=int, default=0, help="worker processes (default: all cores)")

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
    export.add_argument("-j", "--jobs", type=int, default=0, help="worker processes (default: all cores)")

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
    import_.add_argument("--force", action="store_true", help="replace annotation files that hold decisions")
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

        return run_app(args.file, schema=args.schema, rules=args.rules, suggest=not args.no_suggest)
    if args.command == "suggest":
        from tawsim.commands import suggest_command

        return suggest_command(args)
    if args.command == "export":
        from tawsim.commands import export_command

        return export_command(args)
    if args.command == "import":
        from tawsim.commands import import_command

        return import_command(args)
    raise TawsimError(f"unknown command {args.command!r}")
