"""A linear-chain CRF (python-crfsuite) trained on a project's decided entities over the rules' tags.

One sequence per paragraph. The model file is DIR/.tawsim/model.crfsuite with model.json beside
it (format and feature versions, the labels, the hashes of the documents it learned from); a file
that is missing, stale, unreadable or of another version is simply trained again.
"""

from __future__ import annotations

import json
import random
import tempfile
from dataclasses import dataclass
from pathlib import Path

import pycrfsuite

from tawsim.core.atomic import write_bytes_atomic, write_text_atomic
from tawsim.core.model import Document
from tawsim.learning.examples import ENTITY, Example
from tawsim.learning.features import FEATURES_VERSION, gold_tags, rule_tags, sequence_features, tokenize

MODEL_VERSION = 1
SOURCE = "model:crf"
TRAINING = {"c1": 0.05, "c2": 0.01, "max_iterations": 80, "feature.possible_transitions": True}


@dataclass(frozen=True)
class ModelSuggestion:
    start: int
    end: int
    label: str
    confidence: float
    explanation: str


def rule_entities(engine, text: str) -> list:
    return [s for s in engine.suggest(Document("text", text)) if s.category == ENTITY]


def paragraphs(text: str):
    start = 0
    for line in text.split("\n"):
        if line.strip():
            yield start, line
        start += len(line) + 1


def _sequences(text: str, rule_spans, gold_spans=None):
    for offset, line in paragraphs(text):
        end = offset + len(line)
        rules_here = [s for s in rule_spans if offset <= s.start and s.end <= end]
        local_rules = [_shifted(s, -offset) for s in rules_here]
        cuts = [p for s in local_rules for p in (s.start, s.end)]
        tokens = tokenize(line, cuts)
        if not tokens:
            continue
        tags, families = rule_tags(tokens, local_rules)
        features = sequence_features(line, tokens, tags, families)
        gold = None
        if gold_spans is not None:
            gold = gold_tags(tokens, [_shifted(s, -offset) for s in gold_spans if offset <= s.start < end])
        yield offset, tokens, features, gold


@dataclass(frozen=True)
class _Shifted:
    start: int
    end: int
    label: str
    source: str


def _shifted(span, by: int) -> _Shifted:
    return _Shifted(span.start + by, span.end + by, span.label, span.source)


class CrfModel:
    def __init__(self, path: Path, meta: dict) -> None:
        self.path = path
        self.meta = meta
        self._tagger = pycrfsuite.Tagger()
        self._tagger.open(str(path))

    @property
    def labels(self) -> list[str]:
        return self.meta["labels"]

    @classmethod
    def train(cls, examples: list[Example], engine, folder: Path, seed: int = 0) -> "CrfModel":
        """Train on `examples` and store the model in `folder`; deterministic for a `seed`."""
        trainer = pycrfsuite.Trainer(verbose=False)
        ordered = sorted(examples, key=lambda e: (e.sha256, e.name))
        random.Random(seed).shuffle(ordered)
        labels: set[str] = set()
        for example in ordered:
            accepted = example.accepted_entities()
            labels.update(s.label for s in accepted)
            for _, _, features, gold in _sequences(example.text, rule_entities(engine, example.text), accepted):
                trainer.append(features, gold)
        trainer.set_params(TRAINING)
        folder.mkdir(parents=True, exist_ok=True)
        with tempfile.TemporaryDirectory(dir=folder, prefix=".training-") as scratch:
            model_file = Path(scratch) / "model.crfsuite"
            trainer.train(str(model_file))
            write_bytes_atomic(folder / "model.crfsuite", model_file.read_bytes())
        meta = {"version": MODEL_VERSION, "features": FEATURES_VERSION, "seed": seed,
                "labels": sorted(labels), "documents": sorted(e.sha256 for e in examples)}
        write_text_atomic(folder / "model.json", json.dumps(meta, indent=1) + "\n")
        return cls(folder / "model.crfsuite", meta)

    @classmethod
    def open(cls, folder: Path) -> "CrfModel":
        """The stored model; ValueError when it is missing, damaged or of another version."""
        try:
            meta = json.loads((folder / "model.json").read_text(encoding="utf-8"))
        except (OSError, ValueError) as error:
            raise ValueError(f"no readable model.json ({error})") from None
        if meta.get("version") != MODEL_VERSION or meta.get("features") != FEATURES_VERSION:
            raise ValueError(f"model version {meta.get('version')}/{meta.get('features')}, "
                             f"this Tawsim writes {MODEL_VERSION}/{FEATURES_VERSION}")
        try:
            return cls(folder / "model.crfsuite", meta)
        except (OSError, ValueError) as error:
            raise ValueError(f"model.crfsuite cannot be read ({error})") from None

    def predict(self, text: str, rule_spans) -> tuple[list[ModelSuggestion], list[tuple[int, int, float]]]:
        """The model's entities, and for each token the model tags O: (start, end, P(O))."""
        found, outside = [], []
        for offset, tokens, features, _ in _sequences(text, rule_spans):
            self._tagger.set(features)
            tags = self._tagger.tag()
            current = None
            for index, tag in enumerate(tags):
                start, end = tokens[index][0] + offset, tokens[index][1] + offset
                probability = self._tagger.marginal(tag, index)
                if tag == "O":
                    outside.append((start, end, probability))
                if current and tag == "I-" + current[2]:
                    current[1], current[3] = end, current[3] + [probability]
                    continue
                if current:
                    found.append(current)
                current = [start, end, tag[2:], [probability]] if tag != "O" else None
            if current:
                found.append(current)
        return [ModelSuggestion(s, e, label, sum(ps) / len(ps),
                                f"learned from {len(self.meta['documents'])} annotated document(s); "
                                f"confidence {sum(ps) / len(ps):.2f}")
                for s, e, label, ps in found], outside
