"""The label schema: categories, their labels with colours and shortcuts, relation types.

Each category, label and relation has an English `title` and may have titles in other languages
(`"titles": {"ar": "شخص"}`), which the window shows when its interface is in that language.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from tawsim.core.errors import InputError
from tawsim.core.jsonio import parse_json
from tawsim.core.jsonschemas import validate
from tawsim.core.resources import resource_path


@dataclass(frozen=True)
class Label:
    name: str
    category: str
    title: str
    color: str
    shortcut: str | None
    titles: tuple[tuple[str, str], ...] = ()  # (language, title) besides the English `title`

    def title_in(self, language: str) -> str:
        return dict(self.titles).get(language, self.title)


@dataclass(frozen=True)
class RelationType:
    name: str
    title: str
    sources: tuple[str, ...]
    targets: tuple[str, ...]
    titles: tuple[tuple[str, str], ...] = ()

    def title_in(self, language: str) -> str:
        return dict(self.titles).get(language, self.title)


@dataclass(frozen=True)
class LabelSchema:
    name: str
    labels: tuple[Label, ...]
    relation_types: tuple[RelationType, ...]
    proclitics_outside: bool = True
    # category name: (English title, (language, title) pairs)
    category_titles: tuple[tuple[str, str, tuple[tuple[str, str], ...]], ...] = ()

    def category_title(self, category: str, language: str = "en") -> str:
        for name, title, titles in self.category_titles:
            if name == category:
                return dict(titles).get(language, title)
        return category

    def label(self, name: str) -> Label:
        for label in self.labels:
            if label.name == name:
                return label
        raise KeyError(name)

    def category_of(self, label_name: str) -> str:
        return self.label(label_name).category

    def labels_of(self, category: str) -> list[Label]:
        return [label for label in self.labels if label.category == category]

    @property
    def categories(self) -> list[str]:
        seen: list[str] = []
        for label in self.labels:
            if label.category not in seen:
                seen.append(label.category)
        return seen

    def has_label(self, name: str) -> bool:
        return any(label.name == name for label in self.labels)


def parse_schema(data: object, where: str) -> LabelSchema:
    validate(data, "label-schema.schema.json", where)
    labels = []
    for category in data["categories"]:
        for item in category["labels"]:
            labels.append(
                Label(
                    name=item["name"],
                    category=category["name"],
                    title=item.get("title", item["name"]),
                    color=item["color"],
                    shortcut=item.get("shortcut"),
                    titles=_titles(item),
                )
            )
    names = [label.name for label in labels]
    duplicates = sorted({n for n in names if names.count(n) > 1})
    if duplicates:
        raise InputError(f"{where}: label names must be unique: {', '.join(duplicates)}")
    relation_types = tuple(
        RelationType(r["name"], r.get("title", r["name"]), tuple(r["from"]), tuple(r["to"]), _titles(r))
        for r in data["relations"]
    )
    category_titles = tuple((c["name"], c.get("title", c["name"]), _titles(c)) for c in data["categories"])
    return LabelSchema(
        data["name"], tuple(labels), relation_types, data.get("proclitics_outside", True), category_titles
    )


def _titles(item: dict) -> tuple[tuple[str, str], ...]:
    return tuple(sorted(item.get("titles", {}).items()))


def load_schema(path: str | Path | None = None) -> LabelSchema:
    """The default schema, or a user's schema file."""
    path = Path(path) if path else resource_path("schemas", "default.json")
    try:
        raw = path.read_text(encoding="utf-8")
    except OSError as error:
        raise InputError(f"{path}: cannot read the label schema: {error.strerror or error}") from None
    except UnicodeDecodeError:
        raise InputError(f"{path}: not a valid JSON label schema (not UTF-8)") from None
    data = parse_json(raw, str(path), "a JSON label schema")
    return parse_schema(data, str(path))
