"""The engine: one normalised view of the document, three rule sets, suggestions as annotations."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Callable

from tawsim.core.gc_pause import cycle_collector_paused
from tawsim.core.model import AnnotationSet, Document, Span
from tawsim.core.resources import resource_path
from tawsim.rules.claims.rules import ClaimRules
from tawsim.rules.entities.rules import EntityRules
from tawsim.rules.figures.rules import FigureRules
from tawsim.rules.shared.matches import Match, longest_first
from tawsim.rules.shared.patterns import PatternRules
from tawsim.rules.shared.scanner import WordScanner
from tawsim.text.normalize import MatchView

OverlapPolicy = Callable[[list[Match]], list[Match]]


def default_rules_dir() -> Path:
    return resource_path("rules")


class Engine:
    """Suggests entities, figures and claims. Rule data comes from `rules_dir` (see README)."""

    def __init__(
        self,
        entities: EntityRules,
        figures: FigureRules,
        claims: ClaimRules,
        patterns: PatternRules | None = None,
        resolve_overlaps: OverlapPolicy = longest_first,
    ) -> None:
        self.entities = entities
        self.figures = figures
        self.claims = claims
        self.patterns = patterns or PatternRules([])
        self.resolve_overlaps = resolve_overlaps
        self.scanner = WordScanner(**entities.scanner_words(), **figures.scanner_words(), **claims.scanner_words())

    @classmethod
    def load(cls, rules_dir: str | Path | None = None, extra_gazetteer: list[Path] = ()) -> "Engine":
        rules_dir = Path(rules_dir) if rules_dir else default_rules_dir()
        return cls(
            EntityRules.load(rules_dir, extra_gazetteer=list(extra_gazetteer)),
            FigureRules.load(rules_dir),
            ClaimRules.load(rules_dir),
            PatternRules.load(rules_dir),
        )

    def find(self, text: str, warnings: list[str] | None = None, reference: date | None = None) -> list[Match]:
        """All matches in `text`, entities then figures then claims, overlaps settled per category.
        A user pattern stopped by its time limit is left out, and said in `warnings`. `reference`
        is the document's date, against which relative dates (أمس، الشهر الماضي) get a value."""
        with cycle_collector_paused():
            return self._find(text, warnings, reference)

    def _find(self, text: str, warnings: list[str] | None, reference: date | None = None) -> list[Match]:
        view = MatchView(text)
        words = self.scanner.scan(view.text)  # the words of all three rule sets, in one pass
        own = self.patterns.find(view, warnings)  # users' regular expressions compete with the shipped rules
        entities = self.resolve_overlaps(self.entities.find(view, words, reference) + own["entity"])
        dates = [m for m in entities if m.label in ("DATE", "TIME")]
        figures = self.resolve_overlaps(self.figures.find(view, taken=dates, words=words) + own["figure"])
        claims = self.resolve_overlaps(self.claims.find(view, entities=entities, words=words) + own["claim"])
        return entities + figures + claims

    def suggest(self, document: Document, warnings: list[str] | None = None,
                reference: date | None = None) -> AnnotationSet:
        with cycle_collector_paused():
            annotations = AnnotationSet(document)
            add_matches(annotations, self._find(document.text, warnings, reference))
        return annotations


def add_matches(annotations: AnnotationSet, matches: list[Match]) -> None:
    """Add matches as `suggested` spans, and each claim's speaker as a `speaker` relation."""
    text = annotations.document.text
    span_ids = annotations.new_span_ids(len(matches))
    annotations.add_many(
        Span(span_id, match.start, match.end, text[match.start : match.end], match.category, match.label,
             "suggested", f"rule:{match.rule_id}", {**match.attrs, "explanation": match.explanation})
        for span_id, match in zip(span_ids, matches)
    )
    ids = {id(match): span_id for span_id, match in zip(span_ids, matches)}
    for match in matches:
        if match.speaker is not None and id(match.speaker) in ids:
            annotations.link("speaker", ids[id(match)], ids[id(match.speaker)])
