"""What a project teaches: its decided entities, read from the documents' annotations."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from tawsim.core import annotation_file
from tawsim.core.errors import TawsimError
from tawsim.core.model import AnnotationSet

ENTITY = "entity"


@dataclass
class Example:
    """One document as training data: its annotations and where it came from."""

    name: str
    annotations: AnnotationSet
    schema_name: str = "default"

    @property
    def text(self) -> str:
        return self.annotations.document.text

    @property
    def sha256(self) -> str:
        return self.annotations.document.sha256

    def accepted_entities(self) -> list:
        return [s for s in self.annotations if s.category == ENTITY and s.status == "accepted"]

    def rejected_entities(self) -> list:
        return [s for s in self.annotations if s.category == ENTITY and s.status == "rejected"]

    @property
    def decided(self) -> bool:
        """Done, or no entity left undecided with at least one decision: fit to learn from."""
        entities = [s for s in self.annotations if s.category == ENTITY]
        if self.annotations.done:
            return True
        return bool(entities) and all(s.status != "suggested" for s in entities)


def schema_of(examples: list[Example]) -> str:
    """The label schema most of the project's files name (what its new files are saved with)."""
    names = Counter(example.schema_name for example in examples)
    return names.most_common(1)[0][0] if names else "default"


def project_examples(folder: Path, annotator: str | None = None) -> tuple[list[Example], list[str]]:
    """Every annotated document of the project (and one line for each that cannot be read)."""
    from tawsim.project.layout import open_project

    examples, problems = [], []
    for article in open_project(folder, annotator).articles:
        path = article.annotation_path
        if article.problem or not path.is_file():
            continue
        try:
            loaded = annotation_file.load(path)
            examples.append(Example(article.name, loaded.annotations, loaded.schema_name))
        except TawsimError as error:
            problems.append(str(error))
    return examples, problems


def folder_examples(folder: Path) -> list[Example]:
    """Every Tawsim JSON file of a folder (not a project: gold sets, without their set.json; exports)."""
    from tawsim.gold_sets import SET_FILE

    examples = []
    for path in sorted(p for p in Path(folder).glob("*.json") if p.name != SET_FILE):
        loaded = annotation_file.load(path)
        examples.append(Example(path.name, loaded.annotations, loaded.schema_name))
    return examples
