"""Phrases to find in the normalised text on word boundaries (the scanner runs the search).

A phrase matches at the start of a word or behind a proclitic (والعراق، بالقاهرة), and ends where
the word ends (العراق does not match inside العراقية). A phrase with the article is also found in
its lam form after ل (للتحالف → لتحالف). Work in Python happens once per raw hit, never per
character of the text, so the keys are chosen to give few raw hits: a lam form is stored with
the ل before it (للتحالف), because the article's form itself (التحالف) ends with every lam form.
"""

from __future__ import annotations

from typing import Any, Generic, Iterable, NamedTuple, TypeVar

from tawsim.text.clitics import LAM_PREFIXES, lam_form
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


# What a key stands for: (its length, payloads of the key as written, payloads of the key as
# the lam form of a phrase, payloads of the lam form that follows the key's first letter ل).
Entry = tuple[int, tuple, tuple, tuple]
LAM = "ل"
BEFORE_LAM = frozenset(prefix[: -len(LAM)] for prefix in LAM_PREFIXES)  # what may precede that ل


class PhraseMatcher(Generic[Payload]):
    """Phrases with payloads, keyed for the scanner (`entries`). The search itself is
    `tawsim.rules.shared.scanner.find_phrases`: the scanner uses this module, never the reverse."""

    def __init__(self) -> None:
        self._plain: dict[str, list[Payload]] = {}
        self._after_lam: dict[str, list[Payload]] = {}
        self._entries: dict[str, Entry] | None = None

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
        self._entries = None
        return True

    def add_all(self, phrases: Iterable[tuple[str, Payload]]) -> None:
        for phrase, payload in phrases:
            self.add(phrase, payload)

    def entries(self) -> dict[str, Entry]:
        """The keys to search and what each stands for (see `Entry`).

        A lam form that is no phrase of its own is stored behind its ل. Its hits then come
        right after those of the longer key, where the automaton would have given them anyway:
        hits are in order of end, and of start for one end."""
        if self._entries is None:
            entries: dict[str, list] = {
                key: [len(key), tuple(payloads), (), ()] for key, payloads in self._plain.items()
            }
            for key, payloads in self._after_lam.items():
                if key in self._plain:
                    entries[key][2] = tuple(payloads)
                else:
                    behind_lam = LAM + key
                    entries.setdefault(behind_lam, [len(behind_lam), (), (), ()])[3] = tuple(payloads)
            self._entries = {key: tuple(entry) for key, entry in entries.items()}
        return self._entries


def leftmost_longest(hits: list[Hit]) -> list[Hit]:
    """Non-overlapping hits, scanning left to right and keeping the longest at each start."""
    kept: list[Hit] = []
    reach = -1
    for hit in sorted(hits, key=lambda h: (h.start, -h.end)):
        if hit.start >= reach:
            kept.append(hit)
            reach = hit.end
    return kept
