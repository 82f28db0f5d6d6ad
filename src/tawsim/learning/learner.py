"""A project's learner: its memory and its CRF, kept in DIR/.tawsim/, and the suggestions they add."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from tawsim.core.model import AnnotationSet, Document, Span
from tawsim.learning import combine
from tawsim.learning.crf import SOURCE as MODEL_SOURCE
from tawsim.learning.crf import CrfModel, rule_entities
from tawsim.learning.examples import ENTITY, Example, project_examples, schema_of
from tawsim.learning.memory import SOURCE as MEMORY_SOURCE
from tawsim.learning.memory import Memory


def learning_folder(project: Path) -> Path:
    return Path(project) / ".tawsim"


@dataclass
class Learner:
    memory: Memory
    model: CrfModel | None
    trained_on: int
    notes: list[str]
    schema_name: str = "default"  # the label schema the project's files name

    @classmethod
    def train(cls, examples: list[Example], engine, folder: Path | None = None, seed: int = 0,
              forgotten: set = frozenset()) -> "Learner":
        """Learn from `examples`: every accepted and rejected name into the memory; the decided
        documents into the CRF (none when no document holds an accepted entity)."""
        memory = Memory.learn(examples, forgotten, common_words(engine))
        decided = [e for e in examples if e.decided]
        model = None
        if any(e.accepted_entities() for e in decided):
            target = folder if folder is not None else Path(_scratch())
            model = CrfModel.train(decided, engine, target, seed)
        if folder is not None:
            memory.save(folder / "memory.json")
        return cls(memory, model, len(decided), [], schema_of(examples))

    @classmethod
    def for_project(cls, project: Path, engine, annotator: str | None = None, retrain: bool = False) -> "Learner":
        """The project's stored learner, trained again when missing, stale, damaged or of another
        version (each reason one note); deleting DIR/.tawsim/ loses no annotation."""
        folder = learning_folder(project)
        examples, problems = project_examples(project, annotator)
        notes = [f"not learned from: {p}" for p in problems]
        decided = sorted(e.sha256 for e in examples if e.decided)
        reason = "asked to" if retrain else None
        model = None
        if reason is None:
            try:
                model = CrfModel.open(folder)
                if model.meta["documents"] != decided:
                    reason = "the project changed since it was trained"
            except ValueError as error:
                reason = None if not any(e.accepted_entities() for e in examples if e.decided) else str(error)
        if reason is None:
            try:
                memory = Memory.load(folder / "memory.json")
                stale = Memory.learn(examples, memory.forgotten, common_words(engine))
                if stale.to_dict() != memory.to_dict():
                    reason = "the project's decisions changed"
                else:
                    return cls(memory, model, len(decided), notes, schema_of(examples))
            except (OSError, ValueError, KeyError, TypeError) as error:
                reason = f"the memory could not be read ({error})" if (folder / "memory.json").exists() else "first run"
        learner = cls.train(examples, engine, folder, forgotten=Memory.read_forgotten(folder / "memory.json"))
        learner.notes = notes + [f"learned again: {reason}"]
        return learner

    @classmethod
    def stored(cls, project: Path) -> "Learner | None":
        """What DIR/.tawsim/ holds, as it is (no staleness check, no training: the window
        retrains in the background after each save); None when nothing was learned yet."""
        folder = learning_folder(project)
        try:
            memory = Memory.load(folder / "memory.json")
        except (OSError, ValueError, KeyError, TypeError):
            return None
        try:
            model = CrfModel.open(folder)
        except ValueError:
            model = None
        trained_on = len(model.meta["documents"]) if model is not None else 0
        return cls(memory, model, trained_on, [])

    def suggest(self, engine, document: Document) -> AnnotationSet:
        """The rules' suggestions for `document`, settled with the memory's and the model's."""
        annotations = engine.suggest(document)
        self.apply(annotations)
        return annotations

    def apply(self, annotations: AnnotationSet) -> None:
        text = annotations.document.text
        rules = [s for s in annotations if s.category == ENTITY and s.status == "suggested"]
        rule_candidates = [combine.Candidate(s.start, s.end, s.label, s.source, rule_id=s.id) for s in rules]
        memory = [combine.Candidate(m.start, m.end, m.label, MEMORY_SOURCE, {"explanation": m.explanation})
                  for m in self.memory.find(text)]
        model, outside = [], []
        if self.model is not None:
            found, outside = self.model.predict(text, rules)
            model = [combine.Candidate(m.start, m.end, m.label, MODEL_SOURCE,
                                       {"confidence": round(m.confidence, 3), "explanation": m.explanation})
                     for m in found]
        kept, added = combine.settle(rule_candidates, memory, model, self.memory.is_rejected, outside,
                                     self.trained_on, text)
        kept_ids = {c.rule_id for c in kept}
        for span in rules:
            if span.id not in kept_ids:
                annotations.remove(span.id)
        ids = annotations.new_span_ids(len(added))
        annotations.add_many(
            Span(span_id, c.start, c.end, text[c.start:c.end], ENTITY, c.label, "suggested", c.source,
                 dict(c.attrs))
            for span_id, c in zip(ids, added)
        )


def common_words(engine) -> frozenset:
    """The words the rules hold as ordinary words, not names (their reject lists, less the given
    names: علي folds to على's form), if the engine says."""
    lexicon = getattr(getattr(engine, "entities", None), "lexicon", None)
    return frozenset(getattr(lexicon, "reject", ())) - frozenset(getattr(lexicon, "given_names", ()))


def _scratch() -> str:
    import tempfile

    return tempfile.mkdtemp(prefix="tawsim-model-")
