"""Scoring predicted annotations against a gold standard: precision, recall and F1.

Every span that is not rejected takes part, on both sides. Matching is one to one:
- entities: same offsets and same label;
- figures: same offsets, same label and the same `value` (relative tolerance 1e-9); also counted
  ignoring the value, and with unit and qualifier too, to show where a figure rule goes wrong;
- claims: a predicted claim matches a gold claim when their overlap is at least half of their
  union (Jaccard ≥ 0.5); it has the right speaker when its speaker span overlaps the gold speaker
  span, or any gold entity with the same normalised text, or has that normalised text itself.
An empty side scores 1.0 only when the other side is empty too.
"""

from __future__ import annotations

import math
from collections import defaultdict
from dataclasses import dataclass, field, replace
from typing import Callable, Iterable

from tawsim.core.model import AnnotationSet, Span
from tawsim.text.normalize import normalize

CLAIM_OVERLAP = 0.5
VALUE_TOLERANCE = 1e-9


@dataclass(frozen=True)
class Score:
    gold: int = 0
    predicted: int = 0
    right: int = 0

    @property
    def precision(self) -> float:
        if self.predicted:
            return self.right / self.predicted
        return 1.0 if self.gold == 0 else 0.0

    @property
    def recall(self) -> float:
        if self.gold:
            return self.right / self.gold
        return 1.0 if self.predicted == 0 else 0.0

    @property
    def f1(self) -> float:
        total = self.precision + self.recall
        return 2 * self.precision * self.recall / total if total else 0.0

    def __add__(self, other: "Score") -> "Score":
        return Score(
            self.gold + other.gold, self.predicted + other.predicted, self.right + other.right
        )


@dataclass(frozen=True)
class Finding:
    """One span the scores count against: missed, a false alarm, or partly right."""

    article: str
    category: str
    label: str
    start: int
    end: int
    text: str
    detail: str = ""

    def line(self) -> str:
        shown = self.text.replace("\n", " ")
        if len(shown) > 60:
            shown = shown[:28] + " … " + shown[-28:]
        where = f"{self.article}: " if self.article else ""
        detail = f"  ({self.detail})" if self.detail else ""
        place = f"{self.start}-{self.end}"
        return f"  {where}{self.category:6} {self.label:8} {place}  «{shown}»{detail}"


# Rows of the table, in order; "entity:PER" style keys hold the per-label scores.
ENTITY = "entity"
FIGURE = "figure"
FIGURE_SPAN = "figure (span and label only)"
FIGURE_ALL = "figure (value, unit, qualifier)"
CLAIM = "claim (overlap ≥ 0.5)"
CLAIM_SPEAKER = "claim with right speaker"


@dataclass
class EvaluationReport:
    name: str
    scores: dict[str, Score] = field(default_factory=dict)
    misses: list[Finding] = field(default_factory=list)
    false_alarms: list[Finding] = field(default_factory=list)
    partly_right: list[Finding] = field(default_factory=list)

    def score(self, row: str) -> Score:
        return self.scores.get(row, Score())

    @property
    def entities(self) -> Score:
        return self.score(ENTITY)

    @property
    def figures(self) -> Score:
        """Figures with the right value."""
        return self.score(FIGURE)

    @property
    def figures_ignoring_value(self) -> Score:
        return self.score(FIGURE_SPAN)

    @property
    def claims(self) -> Score:
        return self.score(CLAIM)

    @property
    def claims_with_speaker(self) -> Score:
        return self.score(CLAIM_SPEAKER)

    def label_score(self, category: str, label: str) -> Score:
        return self.score(f"{category}:{label}")

    def format(self, details: bool = True) -> str:
        header = f"{'':34}{'gold':>6}{'found':>7}{'right':>7}{'P':>8}{'R':>8}{'F1':>8}"
        lines = [f"== {self.name}", header]
        main_rows = [ENTITY, FIGURE, FIGURE_SPAN, FIGURE_ALL, CLAIM, CLAIM_SPEAKER]
        for row in main_rows:
            lines.append(_row(row, self.score(row)))
            category = row.split(" ")[0] if row in (ENTITY, FIGURE) else None
            if category:
                for key in sorted(k for k in self.scores if k.startswith(category + ":")):
                    lines.append(_row("  " + key.split(":", 1)[1], self.scores[key]))
        if details:
            for title, findings in (
                ("missed (in the gold, not found)", self.misses),
                ("false alarms (found, not in the gold)", self.false_alarms),
                ("partly right", self.partly_right),
            ):
                if findings:
                    lines.append(f"{title}: {len(findings)}")
                    lines.extend(f.line() for f in findings)
        return "\n".join(lines)


def _row(name: str, score: Score) -> str:
    return (
        f"{name:34}{score.gold:>6}{score.predicted:>7}{score.right:>7}"
        f"{score.precision:>8.3f}{score.recall:>8.3f}{score.f1:>8.3f}"
    )


def evaluate(
    predicted: AnnotationSet, gold: AnnotationSet, name: str | None = None
) -> EvaluationReport:
    """Score `predicted` against `gold` (same text); rejected spans are left out on both sides."""
    if predicted.document.text != gold.document.text:
        raise ValueError("the predicted and gold annotations are not on the same text")
    name = name if name is not None else gold.document.name
    report = EvaluationReport(name)
    _score_entities(report, _active(predicted, "entity"), _active(gold, "entity"))
    _score_figures(report, _active(predicted, "figure"), _active(gold, "figure"))
    _score_claims(report, predicted, gold)
    return report


def combine(reports: Iterable[EvaluationReport], name: str = "all articles") -> EvaluationReport:
    """One report summing the counts of several (micro-averaged scores)."""
    total = EvaluationReport(name)
    sums: dict[str, Score] = defaultdict(Score)
    for report in reports:
        for row, score in report.scores.items():
            sums[row] = sums[row] + score
        for mine, theirs in (
            (total.misses, report.misses),
            (total.false_alarms, report.false_alarms),
            (total.partly_right, report.partly_right),
        ):
            mine.extend(_with_article(f, report.name) for f in theirs)
    total.scores = dict(sums)
    return total


# -- matching -----------------------------------------------------------------------------------
def _active(annotations: AnnotationSet, category: str) -> list[Span]:
    spans = [s for s in annotations if s.category == category and s.status != "rejected"]
    return sorted(spans, key=lambda s: (s.start, s.end))


def _finding(span: Span, detail: str = "") -> Finding:
    return Finding("", span.category, span.label, span.start, span.end, span.text, detail)


def _with_article(finding: Finding, article: str) -> Finding:
    if finding.article:
        return finding
    return replace(finding, article=article)


def _pair_exact(
    predicted: list[Span], gold: list[Span], same: Callable[[Span, Span], bool]
) -> tuple[list[tuple[Span, Span]], list[Span], list[Span]]:
    """One-to-one pairs with equal offsets for which `same(p, g)` holds; the rest on each side."""
    waiting: dict[tuple[int, int], list[Span]] = defaultdict(list)
    for span in gold:
        waiting[(span.start, span.end)].append(span)
    pairs, unmatched = [], []
    for span in predicted:
        candidates = waiting.get((span.start, span.end), [])
        partner = next((g for g in candidates if same(span, g)), None)
        if partner is None:
            unmatched.append(span)
        else:
            candidates.remove(partner)
            pairs.append((span, partner))
    left = [g for spans in waiting.values() for g in spans]
    left.sort(key=lambda s: (s.start, s.end))
    return pairs, unmatched, left


def _add_scores(report: EvaluationReport, row: str, predicted: int, gold: int, right: int) -> None:
    report.scores[row] = report.scores.get(row, Score()) + Score(gold, predicted, right)


def _score_by_label(report: EvaluationReport, category: str, predicted, gold, pairs) -> None:
    labels = {s.label for s in predicted} | {s.label for s in gold}
    for label in sorted(labels):
        _add_scores(
            report,
            f"{category}:{label}",
            predicted=sum(1 for s in predicted if s.label == label),
            gold=sum(1 for s in gold if s.label == label),
            right=sum(1 for p, _ in pairs if p.label == label),
        )


def _score_entities(report: EvaluationReport, predicted: list[Span], gold: list[Span]) -> None:
    pairs, false_alarms, misses = _pair_exact(predicted, gold, lambda p, g: p.label == g.label)
    _add_scores(report, ENTITY, len(predicted), len(gold), len(pairs))
    _score_by_label(report, "entity", predicted, gold, pairs)
    _report_unmatched(report, false_alarms, misses, "label")


def _report_unmatched(report: EvaluationReport, false_alarms, misses, what: str) -> None:
    """List the unmatched spans; a prediction on a missed gold span's offsets is partly right."""
    missed_at = {(g.start, g.end): g for g in misses}
    explained = set()
    for span in false_alarms:
        gold = missed_at.get((span.start, span.end))
        if gold is not None and (gold.start, gold.end) not in explained:
            explained.add((gold.start, gold.end))
            report.partly_right.append(_finding(span, _difference(span, gold, what)))
        else:
            report.false_alarms.append(_finding(span))
    report.misses.extend(_finding(g) for g in misses if (g.start, g.end) not in explained)


def _difference(predicted: Span, gold: Span, what: str) -> str:
    if predicted.label != gold.label:
        return f"label {predicted.label}, gold {gold.label}"
    if what == "value":
        return f"value {predicted.attrs.get('value')!r}, gold {gold.attrs.get('value')!r}"
    return ""


def same_value(left: object, right: object) -> bool:
    if left is None or right is None:
        return left is right
    if isinstance(left, bool) or isinstance(right, bool):
        return left == right
    if isinstance(left, (int, float)) and isinstance(right, (int, float)):
        return math.isclose(left, right, rel_tol=VALUE_TOLERANCE, abs_tol=0.0)
    return left == right


def _score_figures(report: EvaluationReport, predicted: list[Span], gold: list[Span]) -> None:
    def same_label_value(p: Span, g: Span) -> bool:
        return p.label == g.label and same_value(p.attrs.get("value"), g.attrs.get("value"))

    def same_everything(p: Span, g: Span) -> bool:
        return same_label_value(p, g) and all(
            p.attrs.get(key) == g.attrs.get(key) for key in ("unit", "qualifier")
        )

    pairs, false_alarms, misses = _pair_exact(predicted, gold, same_label_value)
    _add_scores(report, FIGURE, len(predicted), len(gold), len(pairs))
    _score_by_label(report, "figure", predicted, gold, pairs)
    span_pairs, _, _ = _pair_exact(predicted, gold, lambda p, g: p.label == g.label)
    _add_scores(report, FIGURE_SPAN, len(predicted), len(gold), len(span_pairs))
    full_pairs, _, _ = _pair_exact(predicted, gold, same_everything)
    _add_scores(report, FIGURE_ALL, len(predicted), len(gold), len(full_pairs))
    _report_unmatched(report, false_alarms, misses, "value")
    fully = {id(p) for p, _ in full_pairs}
    for p, g in pairs:
        if id(p) not in fully:
            detail = ", ".join(
                f"{key} {p.attrs.get(key)!r}, gold {g.attrs.get(key)!r}"
                for key in ("unit", "qualifier")
                if p.attrs.get(key) != g.attrs.get(key)
            )
            report.partly_right.append(_finding(p, f"{detail}; the value is right"))


def jaccard(a: Span, b: Span) -> float:
    overlap = min(a.end, b.end) - max(a.start, b.start)
    if overlap <= 0:
        return 0.0
    return overlap / (max(a.end, b.end) - min(a.start, b.start))


def _score_claims(
    report: EvaluationReport, predicted_set: AnnotationSet, gold_set: AnnotationSet
) -> None:
    predicted = _active(predicted_set, "claim")
    gold = _active(gold_set, "claim")
    candidates = sorted(
        (
            (jaccard(p, g), i, j)
            for i, p in enumerate(predicted)
            for j, g in enumerate(gold)
            if jaccard(p, g) >= CLAIM_OVERLAP
        ),
        key=lambda item: (-item[0], item[1], item[2]),
    )
    used_p, used_g, pairs = set(), set(), []
    for _, i, j in candidates:
        if i not in used_p and j not in used_g:
            used_p.add(i)
            used_g.add(j)
            pairs.append((predicted[i], gold[j]))
    gold_entities = _active(gold_set, "entity")
    right_speaker = 0
    for p, g in pairs:
        said_by = _speaker(predicted_set, p)
        gold_speaker = _speaker(gold_set, g)
        if speaker_is_right(said_by, gold_speaker, gold_entities):
            right_speaker += 1
        else:
            shown = _describe(said_by)
            wanted = _describe(gold_speaker)
            report.partly_right.append(_finding(p, f"speaker {shown}, gold {wanted}"))
    _add_scores(report, CLAIM, len(predicted), len(gold), len(pairs))
    _add_scores(report, CLAIM_SPEAKER, len(predicted), len(gold), right_speaker)
    for i, span in enumerate(predicted):
        if i not in used_p:
            best = max((jaccard(span, g) for g in gold), default=0.0)
            report.false_alarms.append(_finding(span, f"best overlap {best:.2f}" if best else ""))
    for j, span in enumerate(gold):
        if j not in used_g:
            report.misses.append(_finding(span))


def _describe(span: Span | None) -> str:
    return f"«{span.text}» {span.start}-{span.end}" if span else "none"


def _speaker(annotations: AnnotationSet, claim: Span) -> Span | None:
    speaker = annotations.speaker_of(claim.id)
    if speaker is None or speaker.status == "rejected":
        return None
    return speaker


def speaker_is_right(predicted: Span | None, gold: Span | None, gold_entities: list[Span]) -> bool:
    """Whether a predicted speaker designates the gold speaker (that mention or the same name)."""
    if predicted is None or gold is None:
        return False
    wanted = normalize(gold.text)
    if normalize(predicted.text) == wanted:
        return True
    mentions = [gold] + [e for e in gold_entities if normalize(e.text) == wanted]
    return any(m.overlaps(predicted.start, predicted.end) for m in mentions)
