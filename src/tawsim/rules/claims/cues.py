"""The cue words of the claim rules, read from resources/rules/claims/ (see docs/rules-claims.md).

Every word is stored in its normalised forms (tawsim.text.normalize), with and without folding
ة to ه, so the cues match whichever way the view was built.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable

from tawsim.rules.shared.rulefiles import Record, RuleFileError, WordListEntry, read_records, read_word_list
from tawsim.text.normalize import normalize

CLAIMS_DIR = "claims"

VERB = "verb"
CONTINUATION = "continuation"
ATTRIBUTION = "attribution"
ANY_SOURCE = "ANY_SOURCE"  # attribution-cues.txt: `نقلاً عن<TAB>ANY_SOURCE`


@dataclass(frozen=True)
class Cue:
    kind: str  # VERB | CONTINUATION | ATTRIBUTION
    name: str  # as shown in explanations: the verb's name, the cue as written
    size: int  # length of the normalised form
    any_source: bool = False  # an attribution cue that attributes whatever follows it (نقلاً عن)
    source_after: frozenset[str] = frozenset()  # نقل: the speaker is named after عن, not the subject
    impersonal: bool = False  # يتوقع، يذكر right before أن: "it is expected / noted that", nobody's claim


@dataclass(eq=False, slots=True)
class Hit:
    """A cue found in the normalised text."""

    position: int  # start, proclitic included
    start: int  # start of the cue itself
    end: int
    cue: Cue
    consumed: bool = False  # already used by another rule
    next_verb: int = -1  # position of the next speech verb or continuation cue outside quotations


@dataclass(frozen=True)
class ClaimSettings:
    min_words_unattributed_quote: int = 5
    max_words_before_cue: int = 30
    max_words_before_source: int = 3
    max_words_name_before_verb: int = 3
    pronoun_reference_max_chars: int = 2000
    speaker_labels: frozenset[str] = frozenset({"PER", "ORG"})
    subject_labels: frozenset[str] = frozenset({"PER", "ORG", "LOC"})


_INT_SETTINGS = {
    "min_words_unattributed_quote",
    "max_words_before_cue",
    "max_words_before_source",
    "max_words_name_before_verb",
    "pronoun_reference_max_chars",
}
_LABEL_SETTINGS = {"speaker_labels", "subject_labels"}


def forms(text: str) -> set[str]:
    """The normalised forms of a cue: marks removed, letters folded, spaces collapsed."""
    return {" ".join(normalize(text, fold).split()) for fold in (True, False)} - {""}


def _entry_forms(entry: WordListEntry) -> set[str]:
    found = forms(entry.text)
    if not found:
        raise RuleFileError(f"{entry.path}:{entry.line}: {entry.text!r} has no letters left after normalising")
    return found


def _word_set(path: Path) -> frozenset[str]:
    _, entries = read_word_list(path)
    return frozenset(form for entry in entries for form in _entry_forms(entry))


def _optional_word_set(path: Path) -> frozenset[str]:
    """A word list added after the first release: a rules folder made before it still loads."""
    return _word_set(path) if path.exists() else frozenset()


def word_alternation(words: Iterable[str]) -> str:
    """A regex matching any of `words`, longest first, shaped as a trie so that the engine tries
    one branch per letter instead of every word in turn (an empty set matches nothing)."""
    trie: dict = {}
    for word in words:
        node = trie
        for letter in word:
            node = node.setdefault(letter, {})
        node[""] = {}
    return _trie_pattern(trie) if trie else "(?!)"


def _trie_pattern(node: dict) -> str:
    branches = [re.escape(letter) + _trie_pattern(child) for letter, child in sorted(node.items()) if letter]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if "" in node:  # a word may end here: the longer words are tried first
        return ("(?:" + body + ")?") if len(branches) == 1 and len(body) > 1 else body + "?"
    return body


def _read_settings(path: Path) -> ClaimSettings:
    values: dict = {}
    for record in read_records(path, {"name": str, "value": (int, list)}):
        name, value = record.data["name"], record.data["value"]
        if name in _INT_SETTINGS:
            if not isinstance(value, int) or isinstance(value, bool) or value < 0:
                raise RuleFileError(f"{record.where}: {name} must be a whole number of 0 or more")
            values[name] = value
        elif name in _LABEL_SETTINGS:
            if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
                raise RuleFileError(f"{record.where}: {name} must be a list of labels such as [\"PER\", \"ORG\"]")
            values[name] = frozenset(value)
        else:
            known = ", ".join(sorted(_INT_SETTINGS | _LABEL_SETTINGS))
            raise RuleFileError(f"{record.where}: unknown setting {name!r} (known: {known})")
    return ClaimSettings(**values)


def _verb_forms(record: Record) -> tuple[str, list[str]]:
    name = record.data["verb"].strip()
    written = record.data["forms"]
    if not name or not all(isinstance(form, str) and form.strip() for form in written):
        raise RuleFileError(f"{record.where}: \"verb\" and every entry of \"forms\" must be non-empty text")
    unknown = set(record.data) - {"verb", "forms", "source_after", "impersonal"}
    if unknown:
        raise RuleFileError(
            f"{record.where}: unknown field {sorted(unknown)[0]!r} (known: verb, forms, source_after, impersonal)"
        )
    return name, [name, *written]


def _word_list(record: Record, name: str) -> list[str]:
    words = record.data.get(name, [])
    if not isinstance(words, list) or not all(isinstance(word, str) and word.strip() for word in words):
        raise RuleFileError(f"{record.where}: \"{name}\" must be a list of words, like [\"عن\"]")
    return words


def _source_after(record: Record) -> frozenset[str]:
    """`"source_after": ["عن"]`: the words after which the verb's speaker is named."""
    return frozenset(form for word in _word_list(record, "source_after") for form in forms(word))


def _add_first(forms: dict[str, Cue], form: str, cue: Cue) -> None:
    """A form listed twice keeps its first meaning (speech verbs come first)."""
    forms.setdefault(form, cue)


def _read_quote_pairs(path: Path) -> dict[str, str]:
    _, entries = read_word_list(path)
    pairs: dict[str, str] = {}
    for entry in entries:
        marks = entry.text.split()
        if len(marks) != 2 or any(len(mark) != 1 for mark in marks):
            raise RuleFileError(f"{entry.path}:{entry.line}: write the opening and closing mark separated by a space, like « »")
        pairs[marks[0]] = marks[1]
    return pairs


@dataclass(frozen=True)
class ClaimCues:
    forms: dict[str, Cue]  # normalised cue form -> Cue, found by tawsim.rules.shared.scanner
    proclitics: frozenset[str]  # with "": a cue may carry none
    addressee_proclitics: frozenset[str]
    source_relatives: frozenset[str]
    relative_pronouns: frozenset[str]
    complementizers: frozenset[str]
    complementizer_blockers: frozenset[str]
    pronoun_sources: frozenset[str]
    pronoun_subjects: frozenset[str]
    subjectless_openers: frozenset[str]
    source_nouns: frozenset[str]
    unnamed_subjects: frozenset[str]
    clause_connectors: frozenset[str]
    quote_pairs: dict[str, str]  # opening mark -> closing mark
    settings: ClaimSettings

    @classmethod
    def load(cls, rules_dir: Path) -> "ClaimCues":
        folder = Path(rules_dir) / CLAIMS_DIR
        cue_forms: dict[str, Cue] = {}
        for record in read_records(folder / "speech-verbs.jsonl", {"verb": str, "forms": list}):
            name, written = _verb_forms(record)
            source_after = _source_after(record)
            impersonal = {f for text in _word_list(record, "impersonal") for f in forms(text)}
            for form in {f for text in written for f in forms(text)} | impersonal:
                _add_first(cue_forms, form, Cue(VERB, name, len(form), source_after=source_after,
                                                impersonal=form in impersonal))
        for path, kind in (("continuation-cues.txt", CONTINUATION), ("attribution-cues.txt", ATTRIBUTION)):
            _, entries = read_word_list(folder / path)
            for entry in entries:
                if entry.label not in (None, ANY_SOURCE):
                    raise RuleFileError(f"{entry.path}:{entry.line}: the only mark after a tab is {ANY_SOURCE}")
                for form in _entry_forms(entry):
                    _add_first(cue_forms, form, Cue(kind, entry.text, len(form), entry.label == ANY_SOURCE))
        return cls(
            forms=cue_forms,
            proclitics=_word_set(folder / "proclitics.txt") | {""},
            addressee_proclitics=_word_set(folder / "addressee-proclitics.txt"),
            source_relatives=_word_set(folder / "source-relatives.txt"),
            relative_pronouns=_optional_word_set(folder / "relative-pronouns.txt"),
            complementizers=_word_set(folder / "complementizers.txt"),
            complementizer_blockers=_word_set(folder / "complementizer-blockers.txt"),
            pronoun_sources=_word_set(folder / "pronoun-sources.txt"),
            pronoun_subjects=_word_set(folder / "pronoun-subjects.txt"),
            subjectless_openers=_word_set(folder / "subjectless-openers.txt"),
            source_nouns=_word_set(folder / "source-nouns.txt"),
            unnamed_subjects=_word_set(folder / "unnamed-subjects.txt"),
            clause_connectors=_word_set(folder / "clause-connectors.txt"),
            quote_pairs=_read_quote_pairs(folder / "quote-pairs.txt"),
            settings=_read_settings(folder / "settings.jsonl"),
        )
