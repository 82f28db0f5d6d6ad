"""The word sets the entity cues consult: stop words, given names, particles, nationality adjectives."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from tawsim.rules.entity_data import EntityData
from tawsim.rules.gazetteer import phrase_key
from tawsim.text.clitics import ARTICLE, is_definite, strip_proclitic
from tawsim.text.normalize import REMOVED_CLASS

_MARKS = re.compile(f"[{REMOVED_CLASS}]+")
NISBA_ENDINGS = ("ي", "يه")  # السوري، العراقية (ة is folded to ه)


def raw_key(text: str) -> str:
    """A word as written, without marks but with its letters unfolded (على stays على)."""
    return _MARKS.sub("", text).strip()


@dataclass
class Lexicon:
    stop: set[str] = field(default_factory=set)  # normalised
    stop_as_written: set[str] = field(default_factory=set)
    given_names: set[str] = field(default_factory=set)
    particles: set[str] = field(default_factory=set)
    compound_first: set[str] = field(default_factory=set)
    no_short_form: set[str] = field(default_factory=set)
    reject: set[str] = field(default_factory=set)

    @classmethod
    def from_data(cls, data: EntityData) -> "Lexicon":
        stop_words = [word for rule in data.rules_of("stop_words") for word in rule.words]
        return cls(
            stop={phrase_key(word) for word in stop_words},
            stop_as_written={raw_key(word) for word in stop_words},
            given_names=data.keys_of("person_given_name"),
            particles=data.keys_of("name_particles"),
            compound_first=data.keys_of("place_compound_first"),
            no_short_form=data.keys_of("no_short_form"),
            reject=data.keys_of("reject") | {phrase_key(word) for word in stop_words},
        )

    def is_stop(self, word: str) -> bool:
        """A stop word, speech verb or common noun, also behind a proclitic (وقال، بعد)."""
        if word in self.given_names:
            return False
        return word in self.stop or strip_proclitic(word) in self.stop

    def is_conjoined_name(self, word: str) -> bool:
        """و + a given name (وأحمد): a second person, not the next part of this one."""
        return word.startswith("و") and word not in self.given_names and word[1:] in self.given_names


def is_nisba(word: str) -> bool:
    """A definite relative adjective: السوري، العراقية، الديمقراطية."""
    return word.startswith(ARTICLE) and len(word) >= 5 and word.endswith(NISBA_ENDINGS)


def is_indefinite_nisba(word: str) -> bool:
    """سورية، حدودية، صحراوية: an adjective after a place head, not a name."""
    return not is_definite(word) and len(word) >= 5 and word.endswith("يه")
