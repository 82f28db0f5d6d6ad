"""`tawsim agree` and `tawsim merge`."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from tawsim.agreement.versions import UNIT, UNMATCHED, collect
from tawsim.core import annotation_file
from tawsim.core.atomic import write_text_atomic
from tawsim.core.errors import InputError


def agree_command(args: argparse.Namespace) -> int:
    from tawsim.agreement import report
    from tawsim.agreement.measures import measure

    corpus = collect(args.inputs, reanchor=args.reanchor)
    _warn(corpus.problems)
    result = measure(corpus, include_suggested=args.include_suggested)
    if args.json:
        text = report.to_json(result)
    elif args.csv:
        text = report.to_csv(result)
    else:
        text = report.to_text(result)
    if args.output:
        write_text_atomic(args.output, text)
    else:
        sys.stdout.write(text)
    return 0


def merge_command(args: argparse.Namespace) -> int:
    from tawsim.agreement.merge import merge

    corpus = collect(args.inputs, reanchor=args.reanchor)
    _warn(corpus.problems)
    documents = [doc for doc in corpus.documents if len(doc.versions) >= 2]
    if not documents:
        raise InputError("no article has versions by two annotators to merge")
    out: Path = args.output
    if len(corpus.documents) == 1 and not out.is_dir():
        targets = [(documents[0], out)]
    else:
        if out.exists() and not out.is_dir():
            raise InputError(f"{out}: several articles are merged into a folder, and this is a file")
        out.mkdir(parents=True, exist_ok=True)
        targets = [(doc, out / f"{doc.name}.json") for doc in documents]
    for doc, target in targets:
        merged = merge(doc, include_suggested=args.include_suggested)
        annotation_file.save(target, merged)
        pending = sum(1 for span in merged if span.status == "suggested")
        agreed = len(merged) - pending
        print(f"{target}: {agreed} agreed, {pending} to review "
              f"({len({s.attrs['difference_id'] for s in merged if 'difference_id' in s.attrs})} differences)",
              file=sys.stderr)
    return 0


WARNINGS_SHOWN = 12


def _warn(problems: list[str]) -> None:
    for problem in problems[:WARNINGS_SHOWN]:
        print(f"tawsim: warning: {problem}", file=sys.stderr)
    if len(problems) > WARNINGS_SHOWN:
        print(f"tawsim: warning: … and {len(problems) - WARNINGS_SHOWN} more", file=sys.stderr)


def add_parsers(commands) -> None:
    """The `agree` and `merge` entries of the `tawsim` parser."""
    agree = commands.add_parser(
        "agree", help="agreement between annotators' versions (span F1, Cohen's kappa, Krippendorff's alpha)",
        description="Agreement between annotators' versions of the same articles. Counted: accepted and "
        f"hand-made annotations (rejected never). Unit of kappa and alpha: {UNIT}. {UNMATCHED}",
    )
    agree.add_argument(
        "inputs", nargs="+", type=Path, metavar="VERSION",
        help="one version per annotator (files), one folder per annotator, or one project folder "
        "holding NAME.<annotator>.json versions",
    )
    form = agree.add_mutually_exclusive_group()
    form.add_argument("--json", action="store_true", help="JSON for scripts")
    form.add_argument("--csv", action="store_true", help="CSV for scripts: one measure a row")
    agree.add_argument("-o", "--output", type=Path, help="write to this file instead of stdout")
    _common(agree)

    merge_ = commands.add_parser(
        "merge", help="merge annotators' versions: agreements accepted, each difference left to review",
    )
    merge_.add_argument("inputs", nargs="+", type=Path, metavar="VERSION",
                        help="versions as for `tawsim agree`")
    merge_.add_argument("-o", "--output", type=Path, required=True,
                        help="the merged file (one article) or folder (several, as NAME.json)")
    _common(merge_)


def _common(parser) -> None:
    parser.add_argument("--include-suggested", action="store_true",
                        help="also count suggestions nobody accepted yet (rejected ones never)")
    parser.add_argument("--reanchor", action="store_true",
                        help="accept versions of changed texts, re-anchored onto the first one's text")
