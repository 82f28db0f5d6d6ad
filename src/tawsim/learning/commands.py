"""`tawsim learn DIR` and `tawsim suggest ARTICLE... --project DIR`."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from tawsim.core import annotation_file
from tawsim.core.errors import TawsimError
from tawsim.core.model import Document
from tawsim.core.overwrite import guard_target
from tawsim.core.textio import read_article
from tawsim.learning.learner import Learner, learning_folder


def _engine(rules: Path | None):
    from tawsim.commands import load_engine

    return load_engine(rules)


def _project_folder(value: Path) -> Path:
    if not Path(value).is_dir():
        raise TawsimError(f"{value}: not a project folder")
    return Path(value)


def learn_command(args: argparse.Namespace) -> int:
    project = _project_folder(args.project)
    learner = Learner.for_project(project, _engine(args.rules), args.annotator, retrain=True)
    for note in learner.notes[:-1]:
        print(f"tawsim: {note}", file=sys.stderr)
    labels = ", ".join(learner.model.labels) if learner.model else "nothing yet (no accepted entity)"
    print(f"tawsim: learned from {learner.trained_on} annotated document(s): "
          f"{len(learner.memory.accepted)} names remembered, {len(learner.memory.rejected)} rejections, "
          f"model labels: {labels}; stored in {learning_folder(project)}", file=sys.stderr)
    return 0


def suggest_with_project(args: argparse.Namespace) -> int:
    project = _project_folder(args.project)
    engine = _engine(getattr(args, "rules", None))
    learner = Learner.for_project(project, engine, getattr(args, "annotator", None))
    for note in learner.notes:
        print(f"tawsim: {note}", file=sys.stderr)
    sources = [Path(p) for p in args.inputs]
    if any(p.is_dir() for p in sources):
        raise TawsimError("with --project, give articles, not folders (the project's own documents are "
                          "suggested in the window)")
    out = Path(args.output) if args.output else None
    if len(sources) > 1 and (out is None or not out.is_dir()):
        raise TawsimError("several articles need an output folder: add -o FOLDER")
    for source in sources:
        if out is not None and (out.resolve() == source.resolve()):
            raise TawsimError(f"{out}: is the input; choose another output")
        annotations = learner.suggest(engine, Document(source.name, read_article(source).text))
        if out is None:
            sys.stdout.write(annotation_file.dumps(annotations, learner.schema_name))
        else:
            target = out / f"{source.stem}.json" if out.is_dir() else out
            guard_target(target, [source], bool(getattr(args, "force", False)))
            annotation_file.save(target, annotations, learner.schema_name)
    return 0
