"""The word sets the entity cues consult: stop words, given names, particles, nationality adjectives."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from tawsim.rules.entities.data import EntityData
from tawsim.rules.entities.date_words import DateWords
from tawsim.rules.shared.gazetteer import phrase_key
from tawsim.text.clitics import ARTICLE, strip_proclitic
from tawsim.text.normalize import REMOVED_CLASS

_MARKS = re.compile(f"[{REMOVED_CLASS}]+")
MEMO_LIMIT = 50_000  # words remembered per question (a few MB); past it the memory starts afresh
NISBA_ENDINGS = ("ي", "يه", "يين")  # السوري، العراقية (ة is folded to ه)، الجزائريين
# The shapes of verbal nouns (masdars) on the normalised text, with a plural or ة after them:
# استفعال (استعداد), افتعال (اجتماع، اضطراب، ازدياد), انفعال (انسحاب), إفعال (إعلان، اتصال),
# تفعيل (تأكيد), تفاعل (تعاون), مفاعلة (مشاركة, not مفاعل: مبارك is a name), تفعلة (تسوية، تحية),
# their plurals (تصريحات، مفاوضات), and the participle مستفعل (مستعد، مستمر).
VERBAL_NOUN = re.compile(
    r"(?:است..ا.|ا.[تطد].ا.|ان..ا.|ا..ا.|ت..ي.|ت.ا.[^اوي])(?:ات|ه)?|م.ا..(?:ات|ه)|ت...ه|ت.يه|مست...?"
)
PRONOUN_SUFFIXES = ("ها", "هم", "هما", "هن", "كم")  # استعدادها، بلادهم: a noun with its pronoun
NAME, COMMON, ENDS_IN_HA = 0, 1, 2  # shapes of a word; ENDS_IN_HA: it depends on ه or ة as written


def raw_key(text: str) -> str:
    """A word as written, without marks but with its letters unfolded (على stays على)."""
    return _MARKS.sub("", text).strip()


@dataclass
class Lexicon:
    stop: set[str] = field(default_factory=set)  # normalised; ends names and organisation names
    name_stop: set[str] = field(default_factory=set)  # common nouns: end person and place names
    stop_as_written: set[str] = field(default_factory=set)
    given_names: set[str] = field(default_factory=set)
    particles: set[str] = field(default_factory=set)
    compound_first: set[str] = field(default_factory=set)
    no_short_form: set[str] = field(default_factory=set)
    not_nisba: set[str] = field(default_factory=set)  # الرئيسي، الأمامي: adjectives that name nothing
    org_adjectives: set[str] = field(default_factory=set)  # العامة، العليا: not nisba, yet in names
    nationalities: set[str] = field(default_factory=set)  # سوري، سورية، السوري، السورية ...
    reject: set[str] = field(default_factory=set)
    not_complements: set[str] = field(default_factory=set)  # للصحفيين: a ل-word that never ends a name
    day_ordinals: set[str] = field(default_factory=set)  # السابع، الحادي والعشرين: days before من + month
    dates: DateWords = field(default_factory=DateWords)  # the words of the date and time cues
    noun_shaped_names: set[str] = field(default_factory=set)  # إيمان، انتصار: names after a title
    whole_words: set[str] = field(default_factory=set)  # بابها، باكرا: never a proclitic and a name
    # علي -> what may follow it when it is the preposition على written with ي (الرغم، الإطلاق)
    function_word_names: dict[str, frozenset[str]] = field(default_factory=dict)
    # words written with ي for final ى (إلي، حتي، لدي): a document that has them writes no ى
    ya_for_alef_maqsura: re.Pattern | None = None
    # Answers of is_stop and ends_name by word: cue rules ask about the same words again and again.
    _stop: dict[str, bool] = field(default_factory=dict, init=False, repr=False, compare=False)
    _ends: dict[str, bool] = field(default_factory=dict, init=False, repr=False, compare=False)
    shapes: dict[str, int] = field(default_factory=dict, init=False, repr=False, compare=False)  # shape() memo

    @classmethod
    def from_data(cls, data: EntityData) -> "Lexicon":
        stop_rules = data.rules_of("stop_words")
        stop_words = [word for rule in stop_rules for word in rule.words]
        name_only = {word for rule in stop_rules if rule.option("blocks", "all") == "names" for word in rule.words}
        return cls(
            stop={phrase_key(word) for word in stop_words if word not in name_only},
            name_stop={phrase_key(word) for word in name_only},
            stop_as_written={raw_key(word) for word in stop_words},
            given_names=data.keys_of("person_given_name"),
            particles=data.keys_of("name_particles"),
            compound_first=data.keys_of("place_compound_first"),
            no_short_form=data.keys_of("no_short_form"),
            not_nisba=data.keys_of("not_nisba"),
            org_adjectives=data.keys_of("org_adjectives"),
            day_ordinals=data.keys_of("day_ordinals"),
            dates=DateWords.from_data(data),
            nationalities=nationality_adjectives(
                phrase_key(entry.text) for gazetteer in data.gazetteers for entry in gazetteer.entries
                if entry.label == "LOC"
            ),
            reject=data.keys_of("reject") | {phrase_key(word) for word in stop_words},
            not_complements=data.keys_of("org_complement_blockers"),
            whole_words=data.keys_of("whole_words"),
            noun_shaped_names=data.keys_of("noun_shaped_names"),
            ya_for_alef_maqsura=_whole_words_pattern(
                raw_key(word) for rule in data.rules_of("function_word_name") for word in rule.option("evidence", [])),
            function_word_names={
                phrase_key(name): frozenset(phrase_key(word) for word in rule.words)
                for rule in data.rules_of("function_word_name") for name in rule.option("names", [])
            },
        )

    def is_stop(self, word: str) -> bool:
        """A function word, verb or time word, also behind a proclitic (وقال، بعد) or the future
        prefix (سيبقى)."""
        answer = self._stop.get(word)
        if answer is None:
            if len(self._stop) >= MEMO_LIMIT:
                self._stop.clear()
            stop = self.stop
            answer = self._stop[word] = word not in self.given_names and (
                word in stop or strip_proclitic(word) in stop or _without_future(word) in stop
            )
        return answer

    def ends_name(self, word: str) -> bool:
        """A stop word or a common noun (يوم، بيان، الحكومة): not part of a person or place name."""
        answer = self._ends.get(word)
        if answer is None:
            if len(self._ends) >= MEMO_LIMIT:
                self._ends.clear()
            answer = self._ends[word] = word not in self.given_names and (
                self.is_stop(word) or word in self.name_stop or strip_proclitic(word) in self.name_stop
            )
        return answer

    def written_stop(self, word: str, as_written: str) -> bool:
        """A listed name that is a stop word as written here: على folds to the name علي."""
        return word in self.stop and raw_key(as_written) in self.stop_as_written


    def common_shape(self, word: str, written, writes_ta_marbuta: bool, noun_shaped_names: bool = True) -> bool:
        """A word shaped like a common noun or adjective, not a name, as the first word after a
        title: a verbal noun (اتصالا، استعداده، مشاركة), a noun with a pronoun (استعداده،
        بلادها; a final ه counts only where the document writes ة, elsewhere ه may be ة), an
        indefinite relative adjective in the accusative (هاتفيا، رسميا) or feminine (رسمية).
        Listed given names are names whatever their shape (انتصار، إيمان، توفيق), and so are the
        names shaped like nouns unless `noun_shaped_names` is false (علي تحسين: على + a noun).
        `written` gives the word as written (ه or ة), asked only for a word that ends in ه."""
        if noun_shaped_names and word in self.noun_shaped_names:
            return False
        shape = self.shape(word)
        if shape != ENDS_IN_HA:
            return shape == COMMON
        letters = written()
        if letters.endswith("ة"):
            return word.endswith("يه")  # رسمية: a feminine adjective
        return writes_ta_marbuta and not word.endswith("يه")  # استعداده; ديريه، أندريه are names

    def shape(self, word: str) -> int:
        """NAME, COMMON or ENDS_IN_HA (see common_shape), remembered per word."""
        shape = self.shapes.get(word)
        if shape is None:
            if len(self.shapes) >= MEMO_LIMIT:
                self.shapes.clear()
            shape = self.shapes[word] = self._shape(word)
        return shape

    def _shape(self, word: str) -> int:
        if word in self.given_names or len(word) < 4:
            return NAME
        if word in self.name_stop or strip_proclitic(word) in self.name_stop:
            return COMMON
        if len(word) >= 5 and word.endswith(PRONOUN_SUFFIXES) or len(word) >= 6 and word.endswith("ته"):
            return COMMON  # استعدادها، استقالته (ة before a pronoun is written ت)
        if len(word) >= 5 and word.endswith("يا"):
            return COMMON  # هاتفيا، رسميا
        if len(word) >= 6 and word.endswith(("ه", "ها", "هم")) and (
                word[0] in "يتن" or word[0] == "س" and word[1] in "يتن"):
            return COMMON  # سيستدعيه، يطالبها: a verb with its object pronoun
        stem = word[:-1] if len(word) >= 5 and word.endswith("ا") else word
        if VERBAL_NOUN.fullmatch(stem) is not None or VERBAL_NOUN.fullmatch(word) is not None:
            return COMMON
        return ENDS_IN_HA if len(word) >= 5 and word.endswith("ه") else NAME

def _whole_words_pattern(words) -> re.Pattern | None:
    """A search for any of the words standing alone, or None when there are none."""
    alternatives = sorted({word for word in words if word}, key=len, reverse=True)
    if not alternatives:
        return None
    return re.compile(r"(?<![^\W\d_])(?:%s)(?![^\W\d_])" % "|".join(map(re.escape, alternatives)))


def nationality_adjectives(places) -> set[str]:
    """The relative adjectives of one-word place names, with and without the article and in both
    genders (ة folded to ه): سوريا → سوري، سوريه، السوري، السوريه; العراق → عراقي ...; they
    describe, they do not name a place."""
    adjectives: set[str] = set()
    for place in places:
        if " " in place or len(place) < 3:
            continue
        stem = place[len(ARTICLE):] if place.startswith(ARTICLE) else place
        stems = {stem}
        if stem.endswith(("ا", "ه")):
            stems.add(stem[:-1])
        if stem.endswith("يا"):
            stems.add(stem[:-2])
        for base in stems:
            if len(base) < 2:
                continue
            for form in (base + "ي", base + "يه"):
                adjectives.update((form, ARTICLE + form))
    return adjectives


def _without_future(word: str) -> str:
    """سيبقى → يبقى, ستعمل → تعمل; other words unchanged."""
    return word[1:] if len(word) >= 5 and word[0] == "س" and word[1] in "يتن" else word


def is_nisba(word: str) -> bool:
    """A definite relative adjective: السوري، العراقية، الديمقراطية."""
    return word.startswith(ARTICLE) and len(word) >= 5 and word.endswith(NISBA_ENDINGS)

