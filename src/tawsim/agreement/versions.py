"""Finding and loading the annotators' versions of each article.

The layout: `NAME.<annotator>.json` beside `NAME.txt` is that annotator's version, `NAME.json` the
single or curated one. Given folders, each folder is one annotator (or, given one folder, the
`NAME.<annotator>.json` files in it); given files, each file is one version.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path

from tawsim.core import annotation_file
from tawsim.core.errors import InputError
from tawsim.core.model import AnnotationSet, Span

ANNOTATOR_NAME = re.compile(r"^[A-Za-z0-9_-]+$")
_VERSION_FILE = re.compile(r"^(?P<name>.+)\.(?P<annotator>[A-Za-z0-9_-]+)\.json$")
PROJECT_SETTINGS = "tawsim-project.json"
OUTSIDE = "O"
UNIT = (
    "tokens (tawsim.formats.tokens: letter runs, digit groups, single marks, also cut at every "
    "span boundary); one label per token and category, the innermost span's or O"
)
UNMATCHED = (
    "A span only one annotator has is unmatched: in F1 a miss for one side and an extra for the "
    "other; on tokens, a label against O. A document one annotator lacks is left out of that pair."
)


def check_annotator(name: str) -> str:
    if not ANNOTATOR_NAME.match(name):
        raise InputError(f"annotator name {name!r}: use letters, digits, _ and - only")
    return name


def version_path(article: Path, annotator: str) -> Path:
    """Where `annotator`'s version of `article` (NAME.txt or NAME.json) is kept."""
    stem = Path(article).name.split(".")[0] if Path(article).suffix == ".json" else Path(article).stem
    return Path(article).with_name(f"{stem}.{check_annotator(annotator)}.json")


def project_annotator(start: Path) -> str | None:
    """The "annotator" of the project settings in `start` or the nearest folder above it."""
    folder = Path(start).resolve()
    folder = folder if folder.is_dir() else folder.parent
    for candidate in (folder, *folder.parents):
        settings = candidate / PROJECT_SETTINGS
        if settings.is_file():
            try:
                name = json.loads(settings.read_text(encoding="utf-8")).get("annotator")
            except (OSError, ValueError, AttributeError) as error:
                raise InputError(f"{settings}: not readable project settings ({error})") from None
            return check_annotator(name) if isinstance(name, str) and name else None
    return None


@dataclass
class Version:
    annotator: str
    path: Path
    annotations: AnnotationSet


@dataclass
class DocumentVersions:
    """One article and each annotator's version of it (an annotator missing: not annotated)."""

    name: str
    versions: dict[str, Version] = field(default_factory=dict)

    @property
    def text(self) -> str:
        return next(iter(self.versions.values())).annotations.document.text


@dataclass
class Corpus:
    annotators: list[str]
    documents: list[DocumentVersions]
    problems: list[str] = field(default_factory=list)


def counted(span: Span, include_suggested: bool = False) -> bool:
    """Whether a span is someone's decision: accepted, or made by hand; rejected never counts."""
    if span.status == "rejected":
        return False
    return span.status == "accepted" or span.source.startswith("manual") or include_suggested


def _split(path: Path) -> tuple[str, str | None]:
    match = _VERSION_FILE.match(path.name)
    if match:
        return match["name"], match["annotator"]
    return path.name[: -len(".json")] if path.name.endswith(".json") else path.stem, None


def _json_files(folder: Path) -> list[Path]:
    return sorted(p for p in folder.iterdir() if p.is_file() and p.suffix == ".json" and not p.name.startswith("."))


def collect(inputs: list[Path], reanchor: bool = False) -> Corpus:
    """Load every version named by `inputs`; refuse versions of one article with different texts."""
    inputs = [Path(p) for p in inputs]
    for path in inputs:
        if not path.exists():
            raise InputError(f"{path}: no such file or folder")
    found: list[tuple[str, str, Path]] = []  # (document, annotator, path)
    if len(inputs) == 1 and inputs[0].is_dir():
        for path in _json_files(inputs[0]):
            name, annotator = _split(path)
            if annotator is not None:
                found.append((name, annotator, path))
        if not found:
            raise InputError(f"{inputs[0]}: no NAME.<annotator>.json versions in this folder")
    else:
        for position, path in enumerate(inputs, 1):
            if path.is_dir():
                for file in _json_files(path):
                    found.append((_split(file)[0], path.name, file))
            else:
                name, annotator = _split(path)
                found.append((name, annotator or "", path))
    corpus_docs: dict[str, DocumentVersions] = {}
    annotators: list[str] = []
    problems: list[str] = []
    loaded_files = [(name, annotator, path, annotation_file.load(path)) for name, annotator, path in found]
    single_files = all(p.is_file() for p in inputs)
    if single_files:  # versions of one article need not share a file name: a.json b.json
        names = {loaded.document.name for *_, loaded in loaded_files}
        if len(names) == 1:
            shared = loaded_files[0][0]
            loaded_files = [(shared, a, p, l) for _, a, p, l in loaded_files]
    unnamed = [p for _, a, p, l in loaded_files if not (a or l.annotator)]
    by_folder = len({p.stem for p in unnamed}) < len(unnamed)  # a/doc.json b/doc.json: a and b
    for name, annotator, path, loaded in loaded_files:
        annotator = annotator or loaded.annotator or (path.parent.name if by_folder else path.stem)
        doc = corpus_docs.setdefault(name, DocumentVersions(name))
        if annotator in doc.versions:
            raise InputError(
                f"{name}: two versions by {annotator!r} ({doc.versions[annotator].path} and {path})"
            )
        problems += [f"{path}: {message}" for message in loaded.problems]
        annotations = loaded.annotations
        if doc.versions and annotations.document.text != doc.text:
            first = next(iter(doc.versions.values()))
            if not reanchor:
                raise InputError(
                    f"{name}: {path} and {first.path} are versions of different texts (their sha256 "
                    "differ); use --reanchor to re-anchor the annotations onto the first one's text"
                )
            moved = annotation_file.onto_text(loaded, doc.text)
            problems += [f"{path}: {message}" for message in moved.problems[len(loaded.problems):]]
            annotations = moved.annotations
        doc.versions[annotator] = Version(annotator, path, annotations)
        if annotator not in annotators:
            annotators.append(annotator)
    if len(annotators) < 2:
        raise InputError("agreement needs at least two annotators' versions; found "
                         f"{len(annotators)} ({', '.join(annotators) or 'none'})")
    return Corpus(annotators, sorted(corpus_docs.values(), key=lambda d: d.name), problems)
