"""One Aho-Corasick pass over the normalised text for the words of every rule set (and the one
place where raw hits are checked against word boundaries and proclitics).

Gazetteer entries and entity cue words, the speech verbs and cues of the claim rules, and number
words are keys of one automaton, each tagged with what it means to each rule set. Most of an
automaton's cost is the raw hits it hands to Python one by one, so the text is scanned once and
each raw hit is sorted out here, in one loop, for all three rule sets.
"""

from __future__ import annotations

from typing import Any, Mapping, NamedTuple

import ahocorasick

from tawsim.rules.shared.gazetteer import BEFORE_LAM, LAM, Hit, PhraseMatcher, leftmost_longest
from tawsim.text.clitics import LAM_PREFIXES, PREFIXES_BEFORE_NAME
from tawsim.text.numbers import NumberWord

ClaimHit = tuple[int, int, int, Any]  # (start with the proclitic, start of the cue, end, the claim rules' cue)
NumberHit = tuple[int, int, NumberWord]  # (start, end, word)
_NOTHING: tuple = ()


class WordHits(NamedTuple):
    entities: list[Hit]  # every boundary-respecting hit of the entity phrases, in order of end
    claims: list[ClaimHit]  # in order of end, longer first
    numbers: list[NumberHit]  # leftmost-longest, never overlapping, no letter right after


class WordScanner:
    """Entity phrases (with their payloads), claim cues behind the proclitics they allow, and
    number words, found in one pass. Any of the three may be left out."""

    def __init__(
        self,
        phrases: PhraseMatcher | None = None,
        claim_cues: Mapping[str, Any] | None = None,
        claim_proclitics: frozenset[str] = frozenset({""}),
        number_words: Mapping[str, NumberWord] | None = None,
    ) -> None:
        self._phrases = phrases
        self._claim_cues = claim_cues or {}
        self._claim_proclitics = claim_proclitics
        self._number_words = number_words or {}
        self._automaton: ahocorasick.Automaton | None = None

    def _build(self) -> ahocorasick.Automaton:
        # key -> [length, entity payloads as written, as a lam form, behind ل, claim cue, number word]
        values: dict[str, list] = {}
        if self._phrases is not None:
            for key, entry in self._phrases.entries().items():
                values[key] = [*entry, None, None]
        for key, cue in self._claim_cues.items():
            values.setdefault(key, [len(key), _NOTHING, _NOTHING, _NOTHING, None, None])[4] = cue
        for key, word in self._number_words.items():
            values.setdefault(key, [len(key), _NOTHING, _NOTHING, _NOTHING, None, None])[5] = word
        automaton = ahocorasick.Automaton()
        for key, value in values.items():
            automaton.add_word(key, tuple(value))
        if len(automaton):
            automaton.make_automaton()
        self._automaton = automaton
        return automaton

    def scan(self, text: str) -> WordHits:
        automaton = self._automaton or self._build()
        entities: list[Hit] = []
        claims: list[ClaimHit] = []
        numbers: list[NumberHit] = []
        if not len(automaton):
            return WordHits(entities, claims, numbers)
        add_entity, add_claim, add_number = entities.append, claims.append, numbers.append
        new_hit = tuple.__new__  # Hit(...) goes through a Python-level __new__: too slow here
        plain_ok, lam_ok, before_lam_ok = PREFIXES_BEFORE_NAME, LAM_PREFIXES, BEFORE_LAM
        claim_ok = self._claim_proclitics
        padded = text + " "  # a character after the last, so the end check needs no bounds test
        for last, (size, plain, as_lam, behind_lam, cue, number) in automaton.iter(padded):
            after = last + 1
            start = after - size
            following = padded[after]
            if following.isalnum():
                # Only a number word may stand before a digit (the regex reading of number
                # words stops before letters only).
                if number is not None and following.isdecimal():
                    add_number((start, after, number))
                continue
            if number is not None:
                add_number((start, after, number))
            # The letters glued in front: a proclitic of a name (one or two letters) or of a
            # claim cue (up to three, as the claim rules' word list allows).
            if start == 0 or not text[start - 1].isalnum():
                prefix = ""
            elif start == 1 or not text[start - 2].isalnum():
                prefix = text[start - 1]
            elif start == 2 or not text[start - 3].isalnum():
                prefix = text[start - 2 : start]
            elif start == 3 or not text[start - 4].isalnum():
                prefix = text[start - 3 : start]
            else:
                continue
            if plain and prefix in plain_ok:
                for payload in plain:
                    add_entity(new_hit(Hit, (start, after, payload, prefix)))
            if as_lam and prefix in lam_ok:
                for payload in as_lam:
                    add_entity(new_hit(Hit, (start, after, payload, prefix)))
            if behind_lam and prefix in before_lam_ok:
                for payload in behind_lam:
                    add_entity(new_hit(Hit, (start + 1, after, payload, prefix + LAM)))
            if cue is not None and prefix in claim_ok:
                add_claim((start - len(prefix), start, after, cue))
        return WordHits(entities, claims, _leftmost_longest(numbers) if numbers else numbers)


def _leftmost_longest(hits: list[NumberHit]) -> list[NumberHit]:
    """The hits a regex of the words finds left to right: the longest at each place, and the
    next one only after its end."""
    kept: list[NumberHit] = []
    reach = -1
    for hit in sorted(hits, key=_start_then_longest):
        if hit[0] >= reach:
            kept.append(hit)
            reach = hit[1]
    return kept


def _start_then_longest(hit: NumberHit) -> tuple[int, int]:
    return hit[0], -hit[1]


def find_all_phrases(phrases: PhraseMatcher, text: str) -> list[Hit]:
    """Every hit of `phrases` on word boundaries, in order of end, overlapping hits included."""
    return WordScanner(phrases=phrases).scan(text).entities


def find_phrases(phrases: PhraseMatcher, text: str) -> list[Hit]:
    """Leftmost-longest hits of `phrases` that do not overlap (one per place; the first payload added)."""
    return leftmost_longest(find_all_phrases(phrases, text))
