"""How the rules', the memory's and the model's suggestions settle: one function, swappable.

`settle` takes the rules' entity suggestions and what was learned, and returns the entity
suggestions to show. The policy, in order:
1. A suggestion whose text and label the annotator rejected in this project is dropped, whoever
   made it.
2. A rule suggestion is dropped when the model, trained on at least MIN_DOCUMENTS documents, tags
   every one of its tokens outside any entity with probability at least DROP_CONFIDENCE: this
   corpus's annotators do not tag what that rule finds (الحكومة, الشرطة...).
3. The memory's names come next, where no kept suggestion overlaps them.
4. The model's own entities last, with at least ADD_CONFIDENCE, where nothing kept overlaps them.
Figures and claims are the rules' alone and never pass through here.
"""

from __future__ import annotations

from dataclasses import dataclass, field

MIN_DOCUMENTS = 5
DROP_CONFIDENCE = 0.9
ADD_CONFIDENCE = 0.6


@dataclass(frozen=True)
class Candidate:
    start: int
    end: int
    label: str
    source: str
    attrs: dict = field(default_factory=dict, compare=False)
    rule_id: str | None = None  # the id of a rule suggestion, to drop it


def settle(rules: list[Candidate], memory: list[Candidate], model: list[Candidate],
           is_rejected, outside: list[tuple[int, int, float]], trained_on: int,
           text: str) -> tuple[list[Candidate], list[Candidate]]:
    """(kept rule suggestions, added suggestions). `is_rejected(text, label)` asks the memory;
    `outside` holds the model's (start, end, P(O)) per token it tags O."""
    def rejected(candidate: Candidate) -> bool:
        return is_rejected(text[candidate.start:candidate.end], candidate.label)

    outside_by_start = {start: (end, p) for start, end, p in outside}
    kept = []
    for candidate in rules:
        if rejected(candidate):
            continue
        if trained_on >= MIN_DOCUMENTS and _model_says_outside(candidate, outside_by_start, text):
            continue
        kept.append(candidate)
    taken = [(c.start, c.end) for c in kept]
    added = []
    for candidate in memory + [m for m in model if m.attrs.get("confidence", 0) >= ADD_CONFIDENCE]:
        if rejected(candidate) or any(candidate.start < e and s < candidate.end for s, e in taken):
            continue
        added.append(candidate)
        taken.append((candidate.start, candidate.end))
    return kept, added


def _model_says_outside(candidate: Candidate, outside_by_start: dict, text: str) -> bool:
    position, seen = candidate.start, False
    while position < candidate.end:
        if text[position].isspace():
            position += 1
            continue
        token = outside_by_start.get(position)
        if token is None or token[1] < DROP_CONFIDENCE:
            return False
        position, seen = token[0], True
    return seen
