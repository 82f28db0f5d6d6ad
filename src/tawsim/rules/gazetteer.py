"""Finding many phrases at once in the normalised text (Aho-Corasick), on word boundaries.

A phrase matches at the start of a word or behind a proclitic (والعراق، بالقاهرة), and ends where
the word ends (العراق does not match inside العراقية). A phrase with the article is also found in
its lam form after ل (للتحالف → لتحالف). Work in Python happens once per raw hit, never per
character of the text.
"""

from __future__ import annotations

from typing import Any, Generic, Iterable, NamedTuple, TypeVar

import ahocorasick

from tawsim.text.clitics import LAM_PREFIXES, PREFIXES_BEFORE_NAME, lam_form
from tawsim.text.normalize import normalize

Payload = TypeVar("Payload")
PHRASE_EDGES = " .,،؛:!?؟\"'«»“”()[]#"  # stripped from both ends of a phrase


def phrase_key(phrase: str) -> str:
    """The normalised form under which a phrase is stored: marks removed, letters folded, spaces
    collapsed, surrounding punctuation and spaces dropped."""
    return " ".join(normalize(phrase).split()).strip(PHRASE_EDGES)


class Hit(NamedTuple):
    start: int  # normalised offsets
    end: int
    payload: Any
    proclitic: str  # the letters glued in front ("" when none)


class PhraseMatcher(Generic[Payload]):
    """Phrases with payloads; `find_all` gives every boundary-respecting hit, `find` the
    leftmost-longest ones that do not overlap."""

    def __init__(self) -> None:
        self._plain: dict[str, list[Payload]] = {}
        self._after_lam: dict[str, list[Payload]] = {}
        self._automaton: ahocorasick.Automaton | None = None

    def __len__(self) -> int:
        return len(self._plain)

    def add(self, phrase: str, payload: Payload) -> bool:
        """Add a phrase; False (and nothing added) when it normalises to nothing."""
        return self.add_key(phrase_key(phrase), payload)

    def add_key(self, key: str, payload: Payload) -> bool:
        """Add a phrase already in its `phrase_key` form (words of a normalised text)."""
        if not key:
            return False
        self._plain.setdefault(key, []).append(payload)
        lam_key = lam_form(key)
        if lam_key:
            self._after_lam.setdefault(lam_key, []).append(payload)
        self._automaton = None
        return True

    def add_all(self, phrases: Iterable[tuple[str, Payload]]) -> None:
        for phrase, payload in phrases:
            self.add(phrase, payload)

    def _build(self) -> ahocorasick.Automaton:
        automaton = ahocorasick.Automaton()
        empty: tuple = ()
        for key in self._plain.keys() | self._after_lam.keys():
            plain = tuple(self._plain.get(key, empty))
            after_lam = tuple(self._after_lam.get(key, empty))
            automaton.add_word(key, (len(key), plain, after_lam))
        if len(automaton):
            automaton.make_automaton()
        self._automaton = automaton
        return automaton

    def find_all(self, text: str) -> list[Hit]:
        """Every hit on word boundaries, in order of end, overlapping hits included."""
        automaton = self._automaton or self._build()
        if not len(automaton):
            return []
        hits: list[Hit] = []
        append = hits.append
        new_hit = tuple.__new__  # Hit(...) goes through a Python-level __new__: too slow here
        plain_ok = PREFIXES_BEFORE_NAME
        lam_ok = LAM_PREFIXES
        padded = text + " "  # a character after the last, so the end check needs no bounds test
        for last, (size, plain, after_lam) in automaton.iter(padded):
            after = last + 1
            if padded[after].isalnum():
                continue
            start = after - size
            if start == 0 or not text[start - 1].isalnum():
                prefix = ""
            elif start == 1 or not text[start - 2].isalnum():
                prefix = text[start - 1]
            elif start == 2 or not text[start - 3].isalnum():
                prefix = text[start - 2 : start]
            else:
                continue  # more letters before the hit than a proclitic has: inside a word
            if plain and prefix in plain_ok:
                for payload in plain:
                    append(new_hit(Hit, (start, after, payload, prefix)))
            if after_lam and prefix in lam_ok:
                for payload in after_lam:
                    append(new_hit(Hit, (start, after, payload, prefix)))
        return hits

    def find(self, text: str) -> list[Hit]:
        """Leftmost-longest hits that do not overlap (one per place; the first payload added)."""
        return leftmost_longest(self.find_all(text))


def leftmost_longest(hits: list[Hit]) -> list[Hit]:
    """Non-overlapping hits, scanning left to right and keeping the longest at each start."""
    kept: list[Hit] = []
    reach = -1
    for hit in sorted(hits, key=lambda h: (h.start, -h.end)):
        if hit.start >= reach:
            kept.append(hit)
            reach = hit.end
    return kept
