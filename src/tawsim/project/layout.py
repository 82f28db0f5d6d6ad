"""What a project folder holds: its settings, its articles and where each one's annotations live.

The JSON files beside the articles are the only source of truth; `tawsim-project.json` holds
settings, `.tawsim/` only what can be rebuilt from the rest.
"""

from __future__ import annotations

import json
import os
import re
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

from tawsim.core.atomic import backup_path, write_text_atomic
from tawsim.core.errors import InputError

SETTINGS_FILE = "tawsim-project.json"
INDEX_FOLDER = ".tawsim"
ANNOTATOR_NAME = re.compile(r"[A-Za-z0-9_-]+")


@dataclass
class ProjectSettings:
    schema: str | None = None  # a label schema file, relative to the project folder
    rules: str | None = None  # a rules folder, relative to the project folder
    annotator: str | None = None

    def to_dict(self) -> dict:
        return {"format": "tawsim-project", "version": 1, "schema": self.schema,
                "rules": self.rules, "annotator": self.annotator}


@dataclass
class Article:
    """One article of the project; `name` is its path relative to the folder, with `/`."""

    name: str
    folder: Path
    annotator: str | None = None
    problem: str | None = None  # why it cannot be opened (listed all the same)

    @cached_property
    def path(self) -> Path:
        return self.folder / self.name

    @cached_property
    def annotation_path(self) -> Path:
        """Where this annotator's version (or the single one) is read and saved."""
        return self.folder / annotation_name(self.name, self.annotator)

    @property
    def backup(self) -> Path:
        return backup_path(self.annotation_path)


@dataclass
class Project:
    folder: Path
    settings: ProjectSettings
    articles: list[Article] = field(default_factory=list)
    read_only_reason: str | None = None
    _by_name: dict[str, Article] = field(default_factory=dict, repr=False)

    @property
    def read_only(self) -> bool:
        return self.read_only_reason is not None

    @property
    def index_path(self) -> Path:
        return self.folder / INDEX_FOLDER / "index.sqlite"

    def schema_path(self) -> Path | None:
        return self.folder / self.settings.schema if self.settings.schema else None

    def rules_path(self) -> Path | None:
        return self.folder / self.settings.rules if self.settings.rules else None

    def article(self, name: str) -> Article:
        if len(self._by_name) != len(self.articles):
            self._by_name = {article.name: article for article in self.articles}
        try:
            return self._by_name[name]
        except KeyError:
            raise InputError(f"{name}: no such article in the project {self.folder}") from None

    def empty_message(self) -> str | None:
        if self.articles:
            return None
        return f"{self.folder}: this project has no articles yet (add .txt files to the folder)"


def check_annotator(name: str | None) -> str | None:
    if name is not None and not ANNOTATOR_NAME.fullmatch(name):
        raise InputError(f"annotator name {name!r}: use only letters A-Z, digits, '_' and '-'")
    return name


def read_settings(folder: Path) -> ProjectSettings:
    path = folder / SETTINGS_FILE
    if not path.is_file():
        return ProjectSettings()
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as error:
        raise InputError(f"{path}: not a readable project settings file: {error}") from None
    if not isinstance(data, dict):
        raise InputError(f"{path}: not a project settings file (its top level is not an object)")
    values = {}
    for key in ("schema", "rules", "annotator"):
        value = data.get(key)
        if value is not None and not isinstance(value, str):
            raise InputError(f"{path}: {key!r} must be a string")
        values[key] = value
    check_annotator(values["annotator"])
    return ProjectSettings(**values)


def write_settings(folder: Path, settings: ProjectSettings) -> Path:
    path = folder / SETTINGS_FILE
    write_text_atomic(path, json.dumps(settings.to_dict(), ensure_ascii=False, indent=1) + "\n")
    return path


def open_project(folder: str | Path, annotator: str | None = None) -> Project:
    """The project in `folder`; `annotator` (or the settings' one) picks NAME.<annotator>.json."""
    folder = Path(folder)
    if not folder.is_dir():
        raise InputError(f"{folder}: not a folder")
    settings = read_settings(folder)
    if annotator is not None:
        settings.annotator = check_annotator(annotator)
    project = Project(folder, settings, read_only_reason=_read_only_reason(folder))
    project.articles = _articles(folder, settings.annotator)
    return project


def _read_only_reason(folder: Path) -> str | None:
    probe = folder / INDEX_FOLDER / f".write-test-{os.getpid()}"
    try:
        probe.parent.mkdir(exist_ok=True)
        probe.write_bytes(b"")
        probe.unlink()
    except OSError as error:
        return f"the folder {folder} cannot be written to ({error.strerror or error}): opened read-only"
    return None


def _article_names(folder: Path) -> list[str]:
    """Relative names (with /) of the .txt files under `folder`, hidden ones and .tawsim skipped."""
    found = []
    top = str(folder)
    for root, dirs, files in os.walk(top):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        prefix = os.path.relpath(root, top).replace(os.sep, "/")
        prefix = "" if prefix == "." else prefix + "/"
        found += [prefix + name for name in files if name.lower().endswith(".txt") and not name.startswith(".")]
    return sorted(found)


def annotation_name(name: str, annotator: str | None) -> str:
    """NAME.json for the article NAME.txt, or NAME.<annotator>.json for one annotator's version."""
    stem = name[: -len(".txt")]
    return f"{stem}.{annotator}.json" if annotator else f"{stem}.json"


def _articles(folder: Path, annotator: str | None) -> list[Article]:
    articles: list[Article] = []
    owners: dict[str, Article] = {}
    for name in _article_names(folder):
        article = Article(name, folder, annotator)
        # A curated NAME.json and every NAME.<x>.json belong to one article: no other may use them.
        for target in {annotation_name(name, None), annotation_name(name, annotator)}:
            other = owners.get(target.lower())
            if other is not None:
                message = f"{other.name} and {name} would share one annotation file ({target}); rename one"
                other.problem = article.problem = message
            owners[target.lower()] = article
        articles.append(article)
    return articles
