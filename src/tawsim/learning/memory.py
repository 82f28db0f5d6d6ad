"""The project's memory: names the annotator accepted are suggested wherever they occur again, and
suggestions they rejected are not made again.

Names are matched as the rules match them: on the normalised text (alef, yeh and ta marbuta forms
folded, tashkeel dropped), behind a proclitic (والعراق), whole words only. A one-word name must
also be spelled with the same final ى or ي, so that the preposition على written علي never becomes
the name علي. The memory is plain JSON in DIR/.tawsim/memory.json; an entry the user forgets is
kept in its `forgotten` list so that the next rebuild leaves it out too.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import ahocorasick

from tawsim.core.atomic import write_text_atomic
from tawsim.learning.examples import Example
from tawsim.text.clitics import SHORTEST_BEHIND_PROCLITIC, proclitic_before
from tawsim.text.normalize import MatchView, normalize

MEMORY_VERSION = 1
SOURCE = "memory:accepted"
COMMON_WORD_DOCUMENTS = 2  # an ordinary word accepted as a name is suggested once it was in this many


def key(text: str) -> str:
    return normalize(text.strip())


def _final_letter_kept(text: str) -> str:
    return text.strip()[-1:] if text.strip() else ""


@dataclass(frozen=True)
class MemorySuggestion:
    start: int
    end: int
    label: str
    explanation: str


@dataclass
class Memory:
    accepted: dict[tuple[str, str], dict] = field(default_factory=dict)  # (key, label) -> entry
    rejected: dict[tuple[str, str], dict] = field(default_factory=dict)
    forgotten: set[tuple[str, str, str]] = field(default_factory=set)  # (kind, key, label)
    _automaton: object = field(default=None, repr=False)

    @classmethod
    def learn(cls, examples: list[Example], forgotten: set = frozenset(), common_words=frozenset()) -> "Memory":
        """`common_words`: normalised words the rules know as ordinary words (المدينة، الليلة); a name
        accepted as one of them in a single document is remembered but not suggested elsewhere."""
        memory = cls(forgotten=set(forgotten))
        accepted: Counter = Counter()
        spelled: dict[tuple[str, str], str] = {}
        rejected: Counter = Counter()
        for example in examples:
            for span in example.accepted_entities():
                entry = (key(span.text), span.label)
                accepted[entry] += 1
                spelled.setdefault(entry, span.text.strip())
            for span in example.rejected_entities():
                rejected[(key(span.text), span.label)] += 1
        for (name, label), count in accepted.items():
            if ("accepted", name, label) not in memory.forgotten and len(name) >= 2:
                entry = {"text": spelled[(name, label)], "label": label, "normalized": name, "documents": count}
                if name in common_words:
                    entry["common_word"] = True
                memory.accepted[(name, label)] = entry
        for (name, label), count in rejected.items():
            if ("rejected", name, label) not in memory.forgotten and (name, label) not in memory.accepted:
                memory.rejected[(name, label)] = {"normalized": name, "label": label, "times": count}
        return memory

    def is_rejected(self, text: str, label: str) -> bool:
        return (key(text), label) in self.rejected

    def forget(self, kind: str, text: str, label: str) -> bool:
        entries = self.accepted if kind == "accepted" else self.rejected
        found = entries.pop((key(text), label), None) is not None
        self.forgotten.add((kind, key(text), label))
        self._automaton = None
        return found

    # -- suggesting ----------------------------------------------------------------------
    def find(self, text: str) -> list[MemorySuggestion]:
        """Every occurrence of an accepted name in `text`, longest first where they overlap."""
        if not self.accepted:
            return []
        view = MatchView(text)
        found = []
        for end, (name, label) in self._matcher().iter(view.text):
            start = end + 1 - len(name)
            if not _whole_word(view.text, start, end + 1):
                continue
            original = view.original_span(start, end + 1)
            entry = self.accepted[(name, label)]
            if entry.get("common_word") and entry["documents"] < COMMON_WORD_DOCUMENTS:
                continue  # المدينة accepted once as a place: the city of a next article is a city
            if " " not in name and _final_letter_kept(text[original[0]:original[1]]) != \
                    _final_letter_kept(entry["text"]):
                continue
            found.append(MemorySuggestion(*original, label, f"accepted as {label} in "
                                          f"{entry['documents']} document(s) of this project"))
        found.sort(key=lambda s: (s.start, -(s.end - s.start)))
        kept, reach = [], -1
        for suggestion in found:
            if suggestion.start >= reach:
                kept.append(suggestion)
                reach = suggestion.end
        return kept

    def _matcher(self):
        if self._automaton is None:
            automaton = ahocorasick.Automaton()
            for name, label in sorted(self.accepted):
                automaton.add_word(name, (name, label))  # a later label of the same name wins
            automaton.make_automaton()
            self._automaton = automaton
        return self._automaton

    # -- storage -------------------------------------------------------------------------
    def to_dict(self) -> dict:
        return {
            "version": MEMORY_VERSION,
            "accepted": sorted(self.accepted.values(), key=lambda e: (e["label"], e["normalized"])),
            "rejected": sorted(self.rejected.values(), key=lambda e: (e["label"], e["normalized"])),
            "forgotten": [{"kind": k, "normalized": n, "label": l} for k, n, l in sorted(self.forgotten)],
        }

    def save(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        write_text_atomic(path, json.dumps(self.to_dict(), ensure_ascii=False, indent=1) + "\n")

    @staticmethod
    def read_forgotten(path: Path) -> set[tuple[str, str, str]]:
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            return {(e["kind"], e["normalized"], e["label"]) for e in data.get("forgotten", [])}
        except (OSError, ValueError, KeyError, TypeError, AttributeError):
            return set()

    @classmethod
    def load(cls, path: Path) -> "Memory":
        data = json.loads(path.read_text(encoding="utf-8"))
        if data.get("version") != MEMORY_VERSION:
            raise ValueError(f"memory version {data.get('version')!r}")
        memory = cls(forgotten=cls.read_forgotten(path))
        for entry in data["accepted"]:
            memory.accepted[(entry["normalized"], entry["label"])] = entry
        for entry in data["rejected"]:
            memory.rejected[(entry["normalized"], entry["label"])] = entry
        return memory


def _whole_word(text: str, start: int, end: int) -> bool:
    if end < len(text) and text[end].isalnum():
        return False
    proclitic = proclitic_before(text, start)
    return proclitic == "" or (proclitic is not None and end - start >= SHORTEST_BEHIND_PROCLITIC)
