"""What the window opens: an article (with rule suggestions) or a saved Tawsim JSON file. No Qt."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from tawsim.agreement.versions import version_path
from tawsim.core import annotation_file
from tawsim.core.anchoring import AnchorReport
from tawsim.core.errors import TawsimError
from tawsim.core.model import AnnotationSet, Document
from tawsim.core.names import document_name
from tawsim.core.textio import read_article
from tawsim.rules_loading import load_engine

_engines: dict[str, object] = {}


@dataclass
class Opened:
    annotations: AnnotationSet
    source: Path  # the file the user opened
    saved_to: Path | None  # where a plain Save writes: the JSON itself, or None for an article
    schema_name: str = "default"
    problems: list[str] = field(default_factory=list)
    annotator: str | None = None  # whose version this is (saved as NAME.<annotator>.json)
    changed: bool = False  # moved or dropped on load: shown as unsaved, so a save is asked for
    anchoring: AnchorReport = field(default_factory=AnchorReport)  # what re-anchoring moved and dropped

    @property
    def remarks(self) -> list[str]:
        """The problems other than re-anchoring's own lines (those are shown as a list to act on)."""
        own = set(self.anchoring.messages())
        return [problem for problem in self.problems if problem not in own]


def is_annotation_file(path: Path) -> bool:
    return path.suffix.lower() == ".json"


def open_file(path: Path, rules: Path | None = None, suggest: bool = True,
              annotator: str | None = None) -> Opened:
    """An article opens with the annotations saved beside it (`NAME.json`, or with an annotator
    `NAME.<annotator>.json`), re-anchored if the article changed since; without them, with fresh
    suggestions."""
    path = Path(path)
    if is_annotation_file(path):
        loaded = annotation_file.load(path)
        return Opened(loaded.annotations, path, path, loaded.schema_name, list(loaded.problems),
                      loaded.annotator or annotator, loaded.changed, loaded.anchoring)
    article = read_article(path)
    problems: list[str] = []
    beside = version_path(path, annotator) if annotator else path.with_suffix(".json")
    if beside.is_file():
        try:
            loaded = annotation_file.load(beside)
        except TawsimError as error:
            problems.append(f"The annotations beside the article could not be read, so it opens afresh: {error}")
        else:
            if loaded.document.name in (path.name, document_name(path)):
                loaded = annotation_file.onto_text(loaded, article.text)
                return Opened(loaded.annotations, path, beside, loaded.schema_name, list(loaded.problems),
                              annotator, loaded.changed, loaded.anchoring)
    document = Document(document_name(path), article.text)
    if suggest:
        try:
            warnings: list[str] = []
            annotations = suggestions_for(document, rules, warnings)
            problems.extend(f"One of your rules was left out of the suggestions: {warning}" for warning in warnings)
        except (ImportError, TawsimError) as error:  # the article still opens, without suggestions
            problems.append(f"No suggestions: the rules could not be loaded: {error}")
            annotations = AnnotationSet(document)
    else:
        annotations = AnnotationSet(document)
    return Opened(annotations, path, None, problems=problems, annotator=annotator)


def engine_for(rules: Path | None = None):
    """The rule engine of a rules folder (the shipped rules when None), loaded once."""
    key = str(Path(rules).resolve()) if rules else ""
    engine = _engines.get(key)
    if engine is None:
        engine = _engines[key] = load_engine(rules)
    return engine


def suggestions_for(document: Document, rules: Path | None = None, warnings: list[str] | None = None) -> AnnotationSet:
    """The rule engine's suggestions; the engine is loaded once per rules folder. A user pattern
    stopped by its time limit is left out and said in `warnings`."""
    return engine_for(rules).suggest(document, warnings)


FIGURE_CONTEXT = 120  # characters before a figure the engine reads (a currency's country, a qualifier)


def figure_reading(text: str, start: int, end: int, rules: Path | None = None) -> dict:
    """Value, unit and qualifier of the figure tagged by hand at [start, end), read by the engine's
    figure rules as they read a figure they find themselves; {} when they find no number there.

    Nothing after `end` is read (a unit the user left out stays out); a qualifier before `start`
    that the rules would have taken is not the user's figure either."""
    from tawsim.text.normalize import MatchView

    begin = max(0, start - FIGURE_CONTEXT)
    try:
        matches = engine_for(rules).figures.find(MatchView(text[begin:end]))
    except (ImportError, TawsimError):
        return {}
    inside = [m for m in matches if m.end + begin > start]
    if not inside:
        return {}
    best = max(inside, key=lambda m: (m.start + begin == start, min(m.end + begin, end) - max(m.start + begin, start)))
    attrs = {key: best.attrs.get(key) for key in ("value", "unit", "qualifier")}
    if best.start + begin < start:
        attrs["qualifier"] = None
    return attrs


_known_words: dict[str, frozenset[str]] = {}


def known_words(rules: Path | None = None) -> frozenset[str]:
    """The normalised words the engine's entity rules know: every word of their name lists and cue
    rules (وزارة، ولاية), given names and function words. A hand-tagged name starting with one of these letters (وكالة) keeps
    them; empty when the engine cannot be loaded."""
    key = str(Path(rules).resolve()) if rules else ""
    if key not in _known_words:
        try:
            entities = engine_for(rules).entities
        except (ImportError, TawsimError):
            return frozenset()
        from tawsim.rules.shared.gazetteer import phrase_key

        lexicon = entities.lexicon
        words = {word for gazetteer in entities.data.gazetteers for entry in gazetteer.entries
                 for word in phrase_key(entry.text).split()}
        words |= {word for rule in entities.data.rules for phrase in rule.words for word in phrase_key(phrase).split()}
        _known_words[key] = frozenset(words | lexicon.given_names | lexicon.stop | lexicon.name_stop)
    return _known_words[key]
