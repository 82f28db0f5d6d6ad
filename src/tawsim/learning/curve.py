"""A learning curve: entity suggestions on unseen documents after learning from the first N."""

from __future__ import annotations

import random
from dataclasses import dataclass
from pathlib import Path

from tawsim.core.model import Document
from tawsim.learning.examples import ENTITY, Example
from tawsim.learning.learner import Learner


@dataclass
class Point:
    documents: int
    predicted: int = 0
    gold: int = 0
    right: int = 0

    @property
    def precision(self) -> float:
        return self.right / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.right / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def cost(self) -> int:
        """What the annotator does by hand: wrong suggestions to reject plus entities to tag."""
        return (self.predicted - self.right) + (self.gold - self.right)


def entity_keys(annotations, statuses=("accepted",)) -> set[tuple[int, int, str]]:
    return {(s.start, s.end, s.label) for s in annotations if s.category == ENTITY and s.status in statuses}


def learning_curve(examples: list[Example], engine, sizes: list[int], test_size: int, orderings: int = 3,
                   scratch: Path | None = None) -> dict[int, Point]:
    """For each size N: learn from N documents, suggest on `test_size` documents never learned
    from (the same ones for every N of an ordering). Pooled over `orderings` shuffles."""
    points = {n: Point(n) for n in sizes if n <= len(examples) - test_size}
    for ordering in range(orderings):
        shuffled = list(examples)
        random.Random(ordering).shuffle(shuffled)
        test, pool = shuffled[-test_size:], shuffled[:-test_size]
        for n in points:
            train = pool[:n]
            learner = Learner.train(train, engine, scratch) if n else None
            for example in test:
                document = Document(example.name, example.text)
                suggested = learner.suggest(engine, document) if learner else engine.suggest(document)
                predicted = entity_keys(suggested, ("suggested",))
                gold = entity_keys(example.annotations)
                point = points[n]
                point.predicted += len(predicted)
                point.gold += len(gold)
                point.right += len(predicted & gold)
    return points
