"""Agreement between annotators' versions: span F1, Cohen's kappa, Krippendorff's alpha.

The unit of kappa and alpha is the token: the article is cut into tokens by
`tawsim.formats.tokens.tokenize` (runs of letters and marks, digit groups, single punctuation marks),
also cut wherever any annotator's span starts or ends, so every span is a whole number of tokens.
Each token gets one label per category (entity, figure, claim: spans nest across categories),
the label of the innermost span of that category covering it, or "O". An item is a (token,
category) of a document; a document an annotator has no version of is "not annotated": its items
are missing for that annotator (left out of that pair, and missing values in alpha), never "O".
A span only one annotator has counts against agreement: its tokens are a label for one and "O" for
the other, and in span F1 it is unmatched (a miss for one side, an extra for the other).
"""

from __future__ import annotations

import bisect
import math
from collections import Counter
from dataclasses import dataclass, field
from itertools import combinations

import krippendorff
import numpy

from tawsim.agreement.versions import OUTSIDE, UNIT, Corpus, counted  # noqa: F401 (UNIT: the unit, re-exported here)
from tawsim.core.model import CATEGORIES, AnnotationSet, Span
from tawsim.formats.tokens import span_cuts, tokenize



def active_spans(annotations: AnnotationSet, include_suggested: bool = False) -> list[Span]:
    return [span for span in annotations if counted(span, include_suggested)]


def token_labels(text: str, spans_by_annotator: dict[str, list[Span]]) -> dict[str, list[str]]:
    """For each annotator, one label per (category, token) of the text, in a shared order."""
    cuts: set[int] = set()
    for spans in spans_by_annotator.values():
        cuts |= span_cuts(spans)
    tokens = tokenize(text, cuts)
    starts = [start for start, _ in tokens]
    labels: dict[str, list[str]] = {}
    for annotator, spans in spans_by_annotator.items():
        streams = {category: [OUTSIDE] * len(tokens) for category in CATEGORIES}
        # longest first, so an inner span of the same category overwrites the outer one
        for span in sorted(spans, key=lambda s: -(s.end - s.start)):
            stream = streams[span.category]
            first = bisect.bisect_left(starts, span.start)
            last = bisect.bisect_left(starts, span.end)
            for index in range(first, last):
                stream[index] = span.label
        labels[annotator] = [label for category in CATEGORIES for label in streams[category]]
    return labels


def encode(rows: list[list[str | None]]) -> tuple[numpy.ndarray, dict[str, int]]:
    """Annotators x items as a float matrix of label codes, NaN where a value is missing."""
    values = sorted({v for row in rows for v in row if v is not None})
    code = {value: float(index) for index, value in enumerate(values)}
    code_of = code.get
    matrix = numpy.array([[code_of(v, numpy.nan) for v in row] for row in rows], dtype=float)
    return matrix.reshape(len(rows), -1), {k: int(v) for k, v in code.items()}


def alpha_of(matrix: numpy.ndarray) -> float | None:
    """Nominal alpha of a coded matrix; None when undefined (fewer than two values among the items
    at least two annotators coded)."""
    paired = (~numpy.isnan(matrix)).sum(axis=0) >= 2
    matrix = matrix[:, paired]
    if len(numpy.unique(matrix[~numpy.isnan(matrix)])) < 2:
        return None
    result = krippendorff.alpha(reliability_data=matrix, level_of_measurement="nominal")
    return None if math.isnan(result) else float(result)


def krippendorff_alpha(rows: list[list[str | None]]) -> float | None:
    """Nominal alpha over annotators (rows) and items (columns); None marks a missing value."""
    return alpha_of(encode(rows)[0])


def kappa_of(left: numpy.ndarray, right: numpy.ndarray) -> float | None:
    """Cohen's kappa of two code arrays of the same items: (observed - expected) / (1 - expected),
    expected from each annotator's own label distribution; None when undefined (both used one
    and the same label everywhere)."""
    n = len(left)
    if n == 0:
        return None
    size = int(max(left.max(), right.max())) + 1
    observed = float(numpy.mean(left == right))
    expected = float(numpy.dot(numpy.bincount(left, minlength=size), numpy.bincount(right, minlength=size))) / (n * n)
    if expected >= 1.0:
        return None
    return (observed - expected) / (1.0 - expected)


def yes_no(matrix: numpy.ndarray, code: int) -> numpy.ndarray:
    """The label `code` or not, NaN kept."""
    return numpy.where(numpy.isnan(matrix), numpy.nan, (matrix == code).astype(float))


@dataclass
class SpanCounts:
    left: int = 0
    right: int = 0
    exact: int = 0
    left_overlapping: int = 0
    right_overlapping: int = 0

    def add(self, other: "SpanCounts") -> None:
        for name in vars(self):
            setattr(self, name, getattr(self, name) + getattr(other, name))

    @property
    def f1_exact(self) -> float | None:
        total = self.left + self.right
        return 2 * self.exact / total if total else None

    @property
    def f1_overlap(self) -> float | None:
        total = self.left + self.right
        return (self.left_overlapping + self.right_overlapping) / total if total else None


def span_counts(left: list[Span], right: list[Span]) -> SpanCounts:
    """Exact: same start, end and label. Overlapping: a span of the same label on the other side
    shares at least one character with it (each side counted separately)."""
    key = lambda s: (s.start, s.end, s.label)  # noqa: E731
    right_keys = Counter(key(s) for s in right)
    exact = 0
    for span in left:
        if right_keys[key(span)] > 0:
            right_keys[key(span)] -= 1
            exact += 1

    def overlapping(spans: list[Span], others: list[Span]) -> int:
        reach: dict[str, tuple[list[int], list[int]]] = {}  # label: starts, furthest end so far
        for other in sorted(others, key=lambda o: o.start):
            starts, ends = reach.setdefault(other.label, ([], []))
            starts.append(other.start)
            ends.append(max(other.end, ends[-1]) if ends else other.end)
        found = 0
        for span in spans:
            starts, ends = reach.get(span.label, ([], []))
            before = bisect.bisect_left(starts, span.end)  # others starting before this one ends
            found += before > 0 and ends[before - 1] > span.start
        return found

    return SpanCounts(len(left), len(right), exact, overlapping(left, right), overlapping(right, left))


@dataclass
class SpeakerCounts:
    claims: int = 0  # claims the two share (overlapping)
    same: int = 0  # of them, with the same speaker (both none, or overlapping speaker entities)

    @property
    def agreement(self) -> float | None:
        return self.same / self.claims if self.claims else None


def speaker_counts(left_set: AnnotationSet, left: list[Span], right_set: AnnotationSet, right: list[Span]) -> SpeakerCounts:
    counts = SpeakerCounts()
    free = [s for s in right if s.category == "claim"]
    for claim in (s for s in left if s.category == "claim"):
        partner = max(
            (o for o in free if o.overlaps(claim.start, claim.end)),
            key=lambda o: min(o.end, claim.end) - max(o.start, claim.start),
            default=None,
        )
        if partner is None:
            continue
        free.remove(partner)
        counts.claims += 1
        a, b = left_set.speaker_of(claim.id), right_set.speaker_of(partner.id)
        if (a is None and b is None) or (a is not None and b is not None and a.overlaps(b.start, b.end)):
            counts.same += 1
    return counts


@dataclass
class PairResult:
    left: str
    right: str
    documents: int = 0
    kappa: float | None = None
    kappa_by_label: dict[str, float | None] = field(default_factory=dict)
    spans: SpanCounts = field(default_factory=SpanCounts)
    spans_by_label: dict[str, SpanCounts] = field(default_factory=dict)
    speakers: SpeakerCounts = field(default_factory=SpeakerCounts)


@dataclass
class DocumentResult:
    name: str
    annotators: list[str]
    alpha: float | None
    spans: SpanCounts


@dataclass
class Agreement:
    annotators: list[str]
    labels: list[str]
    pairs: list[PairResult]
    alpha: float | None
    alpha_by_label: dict[str, float | None]
    confusion: dict[tuple[str, str], int]
    documents: list[DocumentResult]
    problems: list[str] = field(default_factory=list)


def measure(corpus: Corpus, include_suggested: bool = False) -> Agreement:
    annotators = corpus.annotators
    # per annotator, one value (or None: not annotated) per item over the whole corpus
    rows: dict[str, list[str | None]] = {a: [] for a in annotators}
    item_category: list[str] = []
    pairs = {(a, b): PairResult(a, b) for a, b in combinations(annotators, 2)}
    documents: list[DocumentResult] = []
    labels_seen: set[str] = set()
    for doc in corpus.documents:
        spans = {a: active_spans(v.annotations, include_suggested) for a, v in doc.versions.items()}
        for found in spans.values():
            labels_seen.update(s.label for s in found)
        labels = token_labels(doc.text, spans)
        size = len(next(iter(labels.values())))
        per_category = size // len(CATEGORIES)
        item_category += [c for c in CATEGORIES for _ in range(per_category)]
        for annotator in annotators:
            rows[annotator] += labels.get(annotator, [None] * size)
        doc_spans = SpanCounts()
        for (a, b), pair in pairs.items():
            if a not in doc.versions or b not in doc.versions:
                continue
            pair.documents += 1
            counts = span_counts(spans[a], spans[b])
            pair.spans.add(counts)
            doc_spans.add(counts)
            for label in {s.label for s in spans[a] + spans[b]}:
                pair.spans_by_label.setdefault(label, SpanCounts()).add(
                    span_counts([s for s in spans[a] if s.label == label], [s for s in spans[b] if s.label == label])
                )
            speakers = speaker_counts(doc.versions[a].annotations, spans[a], doc.versions[b].annotations, spans[b])
            pair.speakers.claims += speakers.claims
            pair.speakers.same += speakers.same
        present = [a for a in annotators if a in doc.versions]
        documents.append(DocumentResult(doc.name, present, krippendorff_alpha([labels[a] for a in present]), doc_spans))
    label_list = sorted(labels_seen)
    category_of = _label_categories(corpus)
    matrix, code = encode([rows[a] for a in annotators])
    row_of = {a: i for i, a in enumerate(annotators)}
    categories = numpy.array(item_category)
    # a label's items: the tokens of its category (a LOC is judged against the other entities and O)
    items_of = {label: numpy.flatnonzero(categories == category_of.get(label)) for label in label_list}
    names = {index: value for value, index in code.items()}
    confusion: Counter = Counter()
    for (a, b), pair in pairs.items():
        left, right = matrix[row_of[a]], matrix[row_of[b]]
        both = ~numpy.isnan(left) & ~numpy.isnan(right)
        x, y = left[both].astype(int), right[both].astype(int)
        pair.kappa = kappa_of(x, y)
        for (i, j), count in Counter(zip(x.tolist(), y.tolist())).items():
            confusion[(names[i], names[j])] += count
        for label in label_list:
            keep = both[items_of[label]]
            lx = (left[items_of[label]][keep] == code[label]).astype(int)
            ly = (right[items_of[label]][keep] == code[label]).astype(int)
            pair.kappa_by_label[label] = kappa_of(lx, ly)
    alpha_by_label = {label: alpha_of(yes_no(matrix[:, items_of[label]], code[label])) for label in label_list}
    return Agreement(
        annotators, label_list, list(pairs.values()),
        alpha_of(matrix), alpha_by_label,
        dict(confusion), documents, list(corpus.problems),
    )


def _label_categories(corpus: Corpus) -> dict[str, str]:
    found: dict[str, str] = {}
    for doc in corpus.documents:
        for version in doc.versions.values():
            for span in version.annotations:
                found.setdefault(span.label, span.category)
    return found
