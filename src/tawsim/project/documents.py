"""Opening, saving, suggesting and tagging the documents of a project, without Qt."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable

from tawsim.core import annotation_file
from tawsim.core.errors import InputError, TawsimError
from tawsim.core.model import AnnotationSet, Document, Span
from tawsim.core.textio import read_article
from tawsim.project.layout import Article, Project
from tawsim.project.search import Hit


class CorruptAnnotations(InputError):
    """The annotation file cannot be read; it is left as it is until the user decides."""

    def __init__(self, article: Article, reason: str) -> None:
        super().__init__(f"{article.annotation_path.name}: cannot be read ({reason}); it was not changed")
        self.article = article


@dataclass
class OpenedDocument:
    article: Article
    annotations: AnnotationSet
    schema_name: str = "default"
    fresh: bool = False  # no annotation file yet: suggested now, not saved
    problems: list[str] = field(default_factory=list)
    dropped: list = field(default_factory=list)  # re-anchoring could not place these (anchoring.Dropped)


def open_document(article: Article, suggester: Callable[[Document], AnnotationSet] | None = None,
                  annotation_path: Path | None = None) -> OpenedDocument:
    """The article with its annotations (re-anchored if the text changed), or with fresh
    suggestions when it has none yet. A corrupt annotation file raises CorruptAnnotations."""
    if article.problem is not None:
        raise InputError(article.problem)
    text = read_article(article.path).text
    path = annotation_path or article.annotation_path
    if path.is_file():
        try:
            loaded = annotation_file.load(path)
        except TawsimError as error:
            raise CorruptAnnotations(article, str(error)) from None
        loaded = annotation_file.onto_text(loaded, text)
        return OpenedDocument(article, loaded.annotations, loaded.schema_name, problems=list(loaded.problems),
                              dropped=list(loaded.anchoring.dropped))
    document = Document(Path(article.name).name, text)
    annotations = suggester(document) if suggester is not None else AnnotationSet(document)
    return OpenedDocument(article, annotations, fresh=True)


def save_document(opened: OpenedDocument) -> None:
    annotation_file.save(opened.article.annotation_path, opened.annotations, opened.schema_name)


def restore_backup(article: Article) -> None:
    """Put the backup NAME.json~ back in place of a corrupt NAME.json (the user chose to)."""
    if not article.backup.is_file():
        raise InputError(f"{article.backup.name}: there is no backup to restore")
    loaded = annotation_file.load(article.backup)  # a backup that is itself broken stays unused
    annotation_file.save(article.annotation_path, loaded.annotations, loaded.schema_name)


# -- suggest every new document ---------------------------------------------------------------
def suggest_all(project: Project, articles: Iterable[Article], suggester: Callable[[Document], AnnotationSet],
                progress: Callable[[int, int], None] | None = None,
                cancelled: Callable[[], bool] = lambda: False) -> tuple[int, list[str]]:
    """Suggest and save every listed article that has no annotation file; (written, problems)."""
    todo = [a for a in articles if a.problem is None and not a.annotation_path.exists()]
    written, problems = 0, []
    for number, article in enumerate(todo, 1):
        if cancelled():
            break
        try:
            opened = open_document(article, suggester)
            if not article.annotation_path.exists():  # the window may have saved it meanwhile
                save_document(opened)
                written += 1
        except TawsimError as error:
            problems.append(str(error))
        if progress is not None:
            progress(number, len(todo))
    return written, problems


# -- tag every selected occurrence ------------------------------------------------------------
@dataclass
class TagPlan:
    """What tagging some occurrences changes in one document: spans to add, spans to relabel."""

    add: list[Span] = field(default_factory=list)
    update: dict[str, dict] = field(default_factory=dict)

    def __bool__(self) -> bool:
        return bool(self.add or self.update)


def tag_plan(annotations: AnnotationSet, hits: Iterable[Hit], label: str, category: str) -> TagPlan:
    """An occurrence already annotated with the same bounds is relabelled and accepted; any other
    gets a new accepted annotation of its own."""
    plan = TagPlan()
    planned: set[tuple[int, int]] = set()
    for hit in sorted(hits, key=lambda h: h.start):
        if (hit.start, hit.end) in planned:
            continue
        planned.add((hit.start, hit.end))
        same = [s for s in annotations.in_range(hit.start, hit.end)
                if s.start == hit.start and s.end == hit.end and s.category == category]
        if same:
            span = same[0]
            if span.label != label or span.status != "accepted":
                plan.update[span.id] = {"label": label, "status": "accepted"}
            continue
        plan.add.append(annotations.make_span(hit.start, hit.end, category, label, status="accepted",
                                              source="manual:search"))
    ids = annotations.new_span_ids(len(plan.add))
    for span, span_id in zip(plan.add, ids):
        span.id = span_id
    return plan


def apply_plan(annotations: AnnotationSet, plan: TagPlan) -> None:
    annotations.add_many(plan.add)
    if plan.update:
        annotations.update_many(plan.update)


def tag_in_files(project: Project, hits: Iterable[Hit], label: str, category: str,
                 suggester: Callable[[Document], AnnotationSet] | None = None) -> dict[str, int]:
    """Tag occurrences in documents that are not open: each file is read, changed and written
    atomically; a document whose annotation file is corrupt is skipped. {document: changes}."""
    by_document: dict[str, list[Hit]] = {}
    for hit in hits:
        by_document.setdefault(hit.document, []).append(hit)
    changed: dict[str, int] = {}
    for name, document_hits in by_document.items():
        opened = open_document(project.article(name), suggester)
        plan = tag_plan(opened.annotations, document_hits, label, category)
        if plan or opened.fresh:
            apply_plan(opened.annotations, plan)
            save_document(opened)
            changed[name] = len(plan.add) + len(plan.update)
    return changed
