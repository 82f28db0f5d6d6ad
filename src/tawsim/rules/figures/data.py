"""Reading the figure rule files of resources/rules/figures/ (format in docs/rules-figures.md).

Every word is normalised as it is read, like the text it is matched against, so spelling variants
of hamza, ya, ta marbuta and tashkeel need no entries of their own. Errors name file and line.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from fractions import Fraction
from pathlib import Path

from tawsim.rules.shared.rulefiles import Record, RuleFileError, read_records, read_word_list
from tawsim.text.normalize import normalize
from tawsim.text.numbers import (
    GRAMMATICAL_NUMBERS,
    KINDS,
    SCALE,
    SINGULAR,
    NumberLexicon,
    NumberWord,
    exact,
    trie_pattern,
)

FIGURES_DIR = "figures"
NUMBER_WORDS_FILE = "number_words.jsonl"
PERCENT_FILE = "percent.txt"
CURRENCIES_FILE = "currencies.jsonl"
UNITS_FILE = "units.jsonl"
COUNTED_NOUNS_FILE = "counted_nouns.jsonl"
QUALIFIERS_FILE = "qualifiers.jsonl"
NOT_AFTER_FILE = "not_after.txt"
NOT_COUNTED_FILE = "not_counted.txt"
RATES_FILE = "rates.jsonl"
SUBUNITS_FILE = "subunits.jsonl"
RANGES_FILE = "ranges.jsonl"
NEGATIVES_FILE = "negatives.jsonl"
YEAR_AFTER_FILE = "year_after.txt"
YEAR_PREPOSITIONS_FILE = "year_prepositions.txt"

QUALIFIERS = ("about", "more_than", "less_than", "at_least", "at_most")
POSITIONS = ("before", "after", "both")


@dataclass(frozen=True)
class UnitEntry:
    unit: str | None
    label: str  # PERCENT | MONEY | QUANTITY | CARDINAL
    rule: str  # the rule id's suffix: percent | money | quantity | count
    described_as: str  # for the explanation: percent | currency | unit | counted noun
    context: "CurrencyContext | None" = None
    per: int = 1  # a currency's sub-unit (سنت): so many make one of `unit`
    minor_of: tuple[tuple[str, int], ...] = ()  # a sub-unit: the currencies it divides, and by how much


PERCENT = UnitEntry("percent", "PERCENT", "percent", "percent")
COUNTED_THING = UnitEntry(None, "CARDINAL", "count", "counted noun")  # a noun counted_nouns.jsonl does not list


class PhraseTable:
    """Phrases (a word, a few words, or a sign such as %) and their values, by normalised form."""

    def __init__(self) -> None:
        self.values: dict[str, tuple[object, str]] = {}

    def add(self, written: str, value: object, where: str) -> None:
        phrase = " ".join(normalize(written).split())
        if not phrase:
            raise RuleFileError(f"{where}: empty form {written!r}")
        known = self.values.get(phrase)
        if known is not None and known[0] != value:
            raise RuleFileError(f"{where}: {written!r} is already defined differently at {known[1]}")
        self.values.setdefault(phrase, (value, where))

    def value(self, written: str) -> object:
        """The value of a matched phrase, whatever the spaces inside it."""
        found = self.values.get(written) or self.values[" ".join(written.split())]
        return found[0]

    def pattern(self) -> str:
        """A regex of all phrases (longest first); one that never matches for an empty table."""
        return trie_pattern(self.values) if self.values else "(?!)"

    def reversed_pattern(self) -> str:
        """The same for the phrases written backwards, to read the text backwards from a point."""
        return trie_pattern(phrase[::-1] for phrase in self.values) if self.values else "(?!)"

    @property
    def longest(self) -> int:
        return max(map(len, self.values), default=0)


# Letters a country cue may carry in front (a proclitic, the article, ل before it: للأردن) and
# after it (a nisba ending: الأردني، الأردنية).
_CUE_PREFIXES = frozenset(c + a for c in ("", "و", "ف") for a in ("", "ب", "ك", "ل", "ال", "بال", "كال", "لل"))
_CUE_SUFFIXES = frozenset(("", "ي", "يه", "يين", "يون", "يات", "ه", "ين", "ون"))
_LETTERS = re.compile(r"[^\W\d_]*")


class CurrencyContext:
    """Cue words telling which country's currency a generic name (دينار) means."""

    def __init__(self, cues: dict[str, str]) -> None:
        self.codes = cues  # normalised cue → code
        self.pattern = re.compile(trie_pattern(cues))
        # A match of the pattern starts with the first word of one of the cues, as written.
        self._first_words = None if "" in cues else {cue.split(" ")[0] for cue in cues}

    def cues_in(self, text: str) -> tuple[list[int], list[str]]:
        """Positions and codes of the cues standing as words in `text`, in order."""
        positions, codes = [], []
        for hit in self._matches(text):
            start, end = hit.span()
            word_start = start
            while word_start and text[word_start - 1].isalpha() and start - word_start < 5:
                word_start -= 1
            if text[word_start:start] not in _CUE_PREFIXES or word_start and text[word_start - 1].isalpha():
                continue
            if text[end : _LETTERS.match(text, end).end()] not in _CUE_SUFFIXES:
                continue
            positions.append(start)
            codes.append(self.codes[" ".join(hit.group().split())])
        return positions, codes

    def _matches(self, text: str):
        """What `self.pattern.finditer(text)` gives, in about two thirds of the time: rather than
        trying the pattern at every letter, str.find of each cue's first word proposes the few
        places where it can match. Taken left to right, each after the end of the last match, as
        finditer takes them."""
        if self._first_words is None:
            yield from self.pattern.finditer(text)
            return
        find = text.find
        starts: set[int] = set()
        for word in self._first_words:
            position = find(word)
            while position >= 0:
                starts.add(position)
                position = find(word, position + 1)
        match = self.pattern.match
        reach = 0
        for start in sorted(starts):
            if start < reach:
                continue
            found = match(text, start)
            if found is not None:
                yield found
                reach = found.end()


@dataclass(frozen=True)
class FigureData:
    lexicon: NumberLexicon
    units: PhraseTable  # percent markers, currencies, measurement units and counted nouns
    prefix_signs: dict[str, UnitEntry]  # one-character signs that may stand before digits: ٪40، $5
    qualifiers_before: PhraseTable
    qualifiers_after: PhraseTable
    not_after: frozenset[str]
    not_counted: frozenset[str] = frozenset()  # words never read as an unlisted counted noun
    dual_units: dict[str, UnitEntry] = field(default_factory=dict)  # لترين: two of a unit, no number
    ranges: tuple["RangeLink", ...] = ()
    negatives: "Negatives | None" = None
    year_after: frozenset[str] = frozenset()  # after these, digits are a year unless a unit follows
    year_prepositions: frozenset[str] = frozenset()  # after these, four digits 1800-2100 are a year


@dataclass(frozen=True)
class RangeLink:
    """How a range is written: a word before its low end (من، بين; none for a dash) and the words
    between its two ends (إلى، حتى، ل; و; -)."""

    before: frozenset[str]
    between: tuple[str, ...]
    changes: tuple[str, ...] = ()  # word beginnings (ارتفع، انخفض) that make «من X إلى Y» a change


@dataclass(frozen=True)
class Negatives:
    """Phrases after a figure that make it negative (تحت الصفر), the unit they give a figure that
    has none or only a bare degree, and the units before which a spaced minus (- 2 درجة) is a sign."""

    phrases: PhraseTable
    unit: str
    units: frozenset[str]


def load_figure_data(rules_dir: Path) -> FigureData:
    folder = Path(rules_dir) / FIGURES_DIR
    lexicon = load_number_lexicon(folder / NUMBER_WORDS_FILE)
    units = PhraseTable()
    prefix_signs: dict[str, UnitEntry] = {}
    for entry in read_word_list(folder / PERCENT_FILE)[1]:
        units.add(entry.text, PERCENT, f"{entry.path}:{entry.line}")
        _note_sign(prefix_signs, entry.text, PERCENT)
    rates = _read_rates(folder / RATES_FILE)
    dual_units: dict[str, UnitEntry] = {}
    for name, label, rule, described_as in (
        (CURRENCIES_FILE, "MONEY", "money", "currency"),
        (UNITS_FILE, "QUANTITY", "quantity", "unit"),
        (COUNTED_NOUNS_FILE, "CARDINAL", "count", "counted noun"),
    ):
        for record in read_records(folder / name, {"unit": (str, type(None)), "forms": list}):
            if record.data["unit"] is None and described_as != "counted noun":
                raise RuleFileError(f"{record.where}: unit must be a code such as USD or km2, not null")
            unit = UnitEntry(record.data["unit"], label, rule, described_as, _context(record))
            for form in _forms(record):
                units.add(form, unit, record.where)
                if described_as == "currency":
                    _note_sign(prefix_signs, form, unit)
            if "dual" in record.data and described_as != "counted noun":
                for form in _forms(record, "dual"):
                    dual_units[_one_word(form, record.where)] = unit
            if described_as == "unit":  # 3.45 مليون برميل يومياً: the rate is one unit, bbl/d
                for per, (rate_forms, where) in rates.items():
                    rate = UnitEntry(f"{record.data['unit']}/{per}", label, rule, described_as)
                    for form in _forms(record):
                        for rate_form in rate_forms:
                            units.add(f"{form} {rate_form}", rate, where)
    for record in _optional_records(folder / SUBUNITS_FILE, {"unit": str, "of": dict, "forms": list}):
        of = record.data["of"]
        if not of or not all(isinstance(n, int) and not isinstance(n, bool) and n > 1 for n in of.values()):
            raise RuleFileError(f"{record.where}: of maps currency codes to how many sub-units make one, like {{\"USD\": 100}}")
        code = record.data["unit"]
        if code not in of:
            raise RuleFileError(f"{record.where}: unit {code!r} must be one of the currencies in of")
        unit = UnitEntry(code, "MONEY", "money", "currency", _context(record), of[code], tuple(of.items()))
        for form in _forms(record):
            units.add(form, unit, record.where)
    ranges = tuple(
        RangeLink(frozenset(normalize(word) for word in record.data["before"]),
                  tuple(" ".join(normalize(word).split()) for word in _forms(record, "between")),
                  tuple(normalize(word) for word in _forms(record, "changes")) if "changes" in record.data else ())
        for record in _optional_records(folder / RANGES_FILE, {"before": list, "between": list})
    )
    negatives = None
    for record in _optional_records(folder / NEGATIVES_FILE, {"unit": str, "forms": list}):
        phrases = PhraseTable()
        for form in _forms(record):
            phrases.add(form, True, record.where)
        negatives = Negatives(phrases, record.data["unit"], frozenset(record.data.get("units", [record.data["unit"]])))
    year_after, year_prepositions = (
        frozenset(normalize(entry.text) for entry in read_word_list(folder / name)[1]) if (folder / name).exists()
        else frozenset()
        for name in (YEAR_AFTER_FILE, YEAR_PREPOSITIONS_FILE)
    )
    before, after = PhraseTable(), PhraseTable()
    for record in read_records(folder / QUALIFIERS_FILE, {"qualifier": str, "forms": list}):
        qualifier = record.data["qualifier"]
        position = record.data.get("position", "before")
        if qualifier not in QUALIFIERS:
            raise RuleFileError(f"{record.where}: qualifier must be one of {', '.join(QUALIFIERS)}")
        if position not in POSITIONS:
            raise RuleFileError(f"{record.where}: position must be one of {', '.join(POSITIONS)}")
        for form in _forms(record):
            if position in ("before", "both"):
                before.add(form, qualifier, record.where)
            if position in ("after", "both"):
                after.add(form, qualifier, record.where)
    not_after = frozenset(normalize(entry.text) for entry in read_word_list(folder / NOT_AFTER_FILE)[1])
    not_counted = frozenset()
    if (folder / NOT_COUNTED_FILE).exists():  # optional: without it only listed nouns are counted
        not_counted = frozenset(normalize(entry.text) for entry in read_word_list(folder / NOT_COUNTED_FILE)[1])
    return FigureData(lexicon, units, prefix_signs, before, after, not_after, not_counted, dual_units, ranges,
                      negatives, year_after, year_prepositions)


def _optional_records(path: Path, fields: dict) -> list[Record]:
    """The records of a rule file that may be left out (then it has none)."""
    return read_records(path, fields) if path.is_file() else []


def _one_word(form: str, where: str) -> str:
    written = normalize(form.strip())
    if not re.fullmatch(r"[^\W\d_]+", written):
        raise RuleFileError(f"{where}: dual form {form!r} must be one word of letters")
    return written


def _read_rates(path: Path) -> dict[str, tuple[list[str], str]]:
    """Time words after a unit that make it a rate: {"per": "d", "forms": ["يومياً", "في اليوم"]}.
    A missing file means no rates."""
    if not path.is_file():
        return {}
    rates: dict[str, tuple[list[str], str]] = {}
    for record in read_records(path, {"per": str, "forms": list}):
        per = record.data["per"].strip()
        if not per or "/" in per:
            raise RuleFileError(f"{record.where}: per must be a short time code such as d, y or h")
        rates[per] = (_forms(record), record.where)
    return rates


def load_number_lexicon(path: Path) -> NumberLexicon:
    """The number words of a JSON-lines file."""
    words: dict[str, NumberWord] = {}
    for record in read_records(path, {"forms": list, "value": (int, float, str), "kind": str}):
        data = record.data
        kind = data["kind"]
        if kind not in KINDS:
            raise RuleFileError(f"{record.where}: kind must be one of {', '.join(KINDS)}")
        number = data.get("number", SINGULAR)
        if number not in GRAMMATICAL_NUMBERS or number != SINGULAR and kind != SCALE:
            raise RuleFileError(f"{record.where}: number is singular, dual or plural, and only for scale words")
        try:
            value = exact(Fraction(str(data["value"])))
        except (ValueError, ZeroDivisionError):
            raise RuleFileError(f"{record.where}: value {data['value']!r} is not a number") from None
        flags = {name: data.get(name, True) for name in ("alone", "takes_clitics")}
        if not all(isinstance(flag, bool) for flag in flags.values()):
            raise RuleFileError(f"{record.where}: alone and takes_clitics are true or false")
        word = NumberWord(value, kind, number, **flags)
        for form in _forms(record):
            written = normalize(form.strip())
            if not re.fullmatch(r"[^\W\d_]+", written):
                raise RuleFileError(f"{record.where}: number word {form!r} must be one word of letters")
            if words.get(written, word) != word:
                raise RuleFileError(f"{record.where}: {form!r} is already defined with another value or kind")
            words[written] = word
    return NumberLexicon(words)


def _forms(record: Record, name: str = "forms") -> list[str]:
    forms = record.data[name]
    if not isinstance(forms, list) or not forms or not all(isinstance(f, str) and f.strip() for f in forms):
        raise RuleFileError(f"{record.where}: {name} must be a non-empty list of non-empty strings")
    return forms


def _context(record: Record) -> CurrencyContext | None:
    context = record.data.get("context")
    if context is None:
        return None
    cues: dict[str, str] = {}
    if isinstance(context, dict):
        for code, words in context.items():
            if not isinstance(words, list) or not all(isinstance(word, str) and word.strip() for word in words):
                break
            cues.update((" ".join(normalize(word).split()), code) for word in words)
        else:
            if cues:
                return CurrencyContext(cues)
    raise RuleFileError(f"{record.where}: context maps codes to lists of cue words, like {{\"JOD\": [\"أردن\"]}}")


def _note_sign(signs: dict[str, UnitEntry], form: str, unit: UnitEntry) -> None:
    """A one-character sign (٪ $ €) may also stand just before its digits: ٪40، $5."""
    written = normalize(form.strip())
    if len(written) == 1 and not written.isalnum():
        signs[written] = unit
