"""Figures: numbers the article states, with their qualifier and unit (see docs/rules-figures.md).

One scan of the normalised text finds digits, another the number words (a trie regex built from
the data); everything else runs only around those hits: reading the whole expression
(tawsim.text.numbers), a percent marker, currency, unit or counted noun after it, a qualifier
before or after it. All words come from resources/rules/figures/.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, replace
from fractions import Fraction
from itertools import accumulate
from pathlib import Path

from tawsim.rules.matches import Match
from tawsim.rules.rulefiles import Record, RuleFileError, read_records, read_word_list
from tawsim.text.clitics import PROCLITICS, proclitic_before
from tawsim.text.normalize import MatchView, normalize
from tawsim.text.numbers import (
    DIGITS,
    DIGITS_KIND,
    GRAMMATICAL_NUMBERS,
    KINDS,
    SCALE,
    SINGULAR,
    NumberExpression,
    NumberLexicon,
    NumberWord,
    as_number,
    read_expression,
)

FIGURES_DIR = "figures"
NUMBER_WORDS_FILE = "number_words.jsonl"
PERCENT_FILE = "percent.txt"
CURRENCIES_FILE = "currencies.jsonl"
UNITS_FILE = "units.jsonl"
COUNTED_NOUNS_FILE = "counted_nouns.jsonl"
QUALIFIERS_FILE = "qualifiers.jsonl"
NOT_AFTER_FILE = "not_after.txt"

QUALIFIERS = ("about", "more_than", "less_than", "at_least", "at_most")
POSITIONS = ("before", "after", "both")
# A bare four-digit integer in this range, with nothing around it, is read as a year (في 2014).
YEARS = range(1800, 2101)

_TOKEN = re.compile(r"[^\S\n]*(\w+|[^\w\s])")
_WORD_TOKEN = re.compile(r"\w+|[^\w\s]")
_NAME_GLUE = frozenset("#_@-/:.")  # a number glued to these belongs to a name, a date or a time
_LOOK_BACK = 64
CONTEXT_WINDOW = 2000  # characters each side of a figure searched for a currency's country
# Around a country cue: a proclitic, the article (or ل before it: للأردن), a nisba ending.
_CUE_BEFORE = r"(?<![^\W\d_])(?:[وف]?(?:[بك]?ال|لل|[بلك])?)"
_CUE_AFTER = r"(?:ي|يه|يين|يون|يات|ه|ين|ون)?(?![^\W\d_])"


class CurrencyContext:
    """Cue words that tell which country's currency a generic name (دينار) means."""

    def __init__(self, cues: dict[str, str]) -> None:
        self.codes = cues  # normalised cue → code
        alternatives = "|".join(
            r"[^\S\n]+".join(re.escape(part) for part in cue.split())
            for cue in sorted(cues, key=len, reverse=True)
        )
        self.pattern = re.compile(f"{_CUE_BEFORE}({alternatives}){_CUE_AFTER}")

    def code_near(self, text: str, position: int) -> str | None:
        best: tuple[int, str] | None = None
        low = max(0, position - CONTEXT_WINDOW)
        for found in self.pattern.finditer(text, low, position + CONTEXT_WINDOW):
            distance = abs(found.start() - position)
            if best is None or distance < best[0]:
                best = (distance, self.codes[" ".join(found.group(1).split())])
        return best[1] if best else None


@dataclass(frozen=True)
class UnitEntry:
    unit: str | None
    label: str  # MONEY | QUANTITY | CARDINAL
    rule: str  # the rule id's suffix: money | quantity | count
    described_as: str  # for the explanation: currency | unit | counted noun
    context: CurrencyContext | None = None


PERCENT = UnitEntry("percent", "PERCENT", "percent", "percent")


class PhraseTable:
    """Short phrases (one to a few tokens) mapped to a value, matched token by token."""

    def __init__(self) -> None:
        self.phrases: dict[tuple[str, ...], tuple[object, str]] = {}
        self.longest = 0

    def add(self, written: str, value: object, where: str) -> None:
        tokens = tuple(_WORD_TOKEN.findall(normalize(written)))
        if not tokens:
            raise RuleFileError(f"{where}: empty form {written!r}")
        known = self.phrases.get(tokens)
        if known is not None and known[0] != value:
            raise RuleFileError(f"{where}: {written!r} is already defined differently at {known[1]}")
        self.phrases.setdefault(tokens, (value, where))
        self.longest = max(self.longest, len(tokens))

    def get(self, tokens: tuple[str, ...]) -> object | None:
        found = self.phrases.get(tokens)
        return found[0] if found else None

    def match_after(self, text: str, position: int) -> tuple[int, int, object] | None:
        """The longest phrase starting at `position` (after spaces): (start, end, value)."""
        words: list[str] = []
        ends: list[int] = []
        start = -1
        for _ in range(self.longest):
            found = _TOKEN.match(text, position)
            if found is None:
                break
            if start < 0:
                start = found.start(1)
            words.append(found.group(1))
            ends.append(found.end())
            position = found.end()
        for size in range(len(words), 0, -1):
            value = self.get(tuple(words[:size]))
            if value is not None:
                return start, ends[size - 1], value
        return None

    def match_before(self, text: str, position: int) -> tuple[int, int, object] | None:
        """The longest phrase ending just before `position` (spaces between): (start, end, value).

        Its first word may carry a proclitic, which stays outside the span (بأكثر من → أكثر من).
        """
        low = max(0, position - _LOOK_BACK)
        tokens = [found for found in _WORD_TOKEN.finditer(text, low, position)]
        chain: list[re.Match] = []
        end = position
        for found in reversed(tokens[-self.longest :] if self.longest else []):
            if "\n" in text[found.end() : end] or (found.start() == low and low and text[low - 1].isalnum()):
                break
            chain.insert(0, found)
            end = found.start()
        for size in range(len(chain), 0, -1):
            used = chain[-size:]
            words = [found.group() for found in used]
            for cut in _proclitic_cuts(words[0]):
                value = self.get((words[0][cut:], *words[1:]))
                if value is not None:
                    return used[0].start() + cut, used[-1].end(), value
        return None


def _proclitic_cuts(word: str) -> tuple[int, ...]:
    cuts = [0]
    for size in (1, 2):
        if len(word) > size + 1 and word[:size] in PROCLITICS:
            cuts.append(size)
    return tuple(cuts)


@dataclass
class _Figure:
    """A figure being assembled, in normalised offsets."""

    number: NumberExpression
    start: int
    end: int
    unit: UnitEntry | None = None
    unit_span: tuple[int, int] | None = None
    qualifier: str | None = None
    qualifier_span: tuple[int, int] | None = None


class FigureRules:
    def __init__(
        self,
        lexicon: NumberLexicon,
        percent: PhraseTable,
        units: PhraseTable,
        prefix_signs: dict[str, UnitEntry],
        qualifiers_before: PhraseTable,
        qualifiers_after: PhraseTable,
        not_after: frozenset[str],
    ) -> None:
        self.lexicon = lexicon
        self.percent = percent
        self.units = units
        self.prefix_signs = prefix_signs
        self.qualifiers_before = qualifiers_before
        self.qualifiers_after = qualifiers_after
        self.not_after = not_after
        self._word_finder = lexicon.finder()

    @classmethod
    def load(cls, rules_dir: Path) -> "FigureRules":
        folder = Path(rules_dir) / FIGURES_DIR
        lexicon = load_number_lexicon(folder / NUMBER_WORDS_FILE)
        percent = PhraseTable()
        prefix_signs: dict[str, UnitEntry] = {}
        for entry in read_word_list(folder / PERCENT_FILE)[1]:
            where = f"{entry.path}:{entry.line}"
            percent.add(entry.text, PERCENT, where)
            _note_sign(prefix_signs, entry.text, PERCENT)
        units = PhraseTable()
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
        return cls(lexicon, percent, units, prefix_signs, before, after, not_after)

    def find(self, view: MatchView, taken: list[Match] = ()) -> list[Match]:
        text = view.text
        starts = self._word_starts(text)
        starts.extend(found.start() for found in DIGITS.finditer(text))
        starts.sort()
        dates = _Spans(taken)
        matches: list[Match] = []
        consumed = 0
        for start in starts:
            if start < consumed:
                continue
            figure = self._figure_at(text, start)
            if figure is None:
                continue
            original_number = view.original_span(figure.number.start, figure.number.end)
            if dates.overlaps(*original_number):
                continue
            matches.append(self._to_match(view, figure))
            consumed = figure.end
        return matches

    def _word_starts(self, text: str) -> list[int]:
        starts = []
        size = len(text)
        for found in self._word_finder.finditer(text):
            end = found.end()
            if end < size and text[end].isalnum():
                continue  # the hit is only the beginning of a longer word
            start = found.start()
            prefix = proclitic_before(text, start)
            if prefix is None:
                continue
            first = start - len(prefix)
            if first and text[first - 1] in _NAME_GLUE:
                continue
            if prefix and not self.lexicon.get(found.group()).takes_clitics:
                continue
            starts.append(start)
        return starts

    def _figure_at(self, text: str, start: int) -> _Figure | None:
        starts_with_digit = text[start].isdigit()
        if starts_with_digit and not _digits_stand_alone(text, start):
            return None
        number = read_expression(text, start, self.lexicon)
        if number is None:
            return None
        if number.tokens[0].kind == DIGITS_KIND and _glued_after(text, number.tokens[0].end):
            return None
        figure = _Figure(number, start, number.end)
        sign = self.prefix_signs.get(text[start - 1]) if start and starts_with_digit else None
        if sign is not None:
            figure.start = start - 1
            figure.unit, figure.unit_span = sign, (start - 1, start)
        else:
            found = self.percent.match_after(text, number.end) or self.units.match_after(text, number.end)
            if found is not None:
                figure.unit, figure.unit_span = found[2], found[:2]
                figure.end = found[1]
                if figure.unit.context is not None:
                    code = figure.unit.context.code_near(text, number.start)
                    if code is not None:
                        figure.unit = replace(figure.unit, unit=code, context=None)
        if not self._is_figure(text, figure):
            return None
        before = self.qualifiers_before.match_before(text, figure.start)
        after = self.qualifiers_after.match_after(text, figure.end)
        for found in (after, before):  # the one before the number wins when both are there
            if found is not None:
                figure.qualifier, figure.qualifier_span = found[2], found[:2]
        if before is not None:
            figure.start = before[0]
        if after is not None:
            figure.end = after[1]
        if figure.qualifier is None and figure.unit is None and not self._may_stand_bare(text, number):
            return None
        return figure

    def _is_figure(self, text: str, figure: _Figure) -> bool:
        """False for digits that name a year, a rank or a time (العام 2014، القرار 2254)."""
        if figure.number.tokens[0].kind != DIGITS_KIND:
            return True
        return _word_before(text, figure.start) not in self.not_after

    def _may_stand_bare(self, text: str, number: NumberExpression) -> bool:
        """Whether the number alone, without unit or qualifier, is a figure: not a year in digits
        (في 2014), not a word that alone is rarely a count (واحد)."""
        written = text[number.start : number.end]
        if number.tokens[0].kind == DIGITS_KIND:
            return not (written.isdigit() and len(written) == 4 and int(written) in YEARS)
        return len(number.tokens) > 1 or self.lexicon.get(written).alone

    def _to_match(self, view: MatchView, figure: _Figure) -> Match:
        start, end = view.original_span(figure.start, figure.end)
        unit = figure.unit
        parts = [_describe_number(view, figure.number)]
        if unit is not None:
            unit_text = _original_text(view, *figure.unit_span)
            parts.append(f"«{unit_text}»" if unit is PERCENT else f"{unit.described_as} «{unit_text}»")
        explanation = " + ".join(parts)
        if figure.qualifier is not None:
            explanation += f", qualifier «{_original_text(view, *figure.qualifier_span)}»"
        return Match(
            start,
            end,
            "figure",
            unit.label if unit else "CARDINAL",
            f"figure:{unit.rule if unit else 'number'}",
            explanation,
            {
                "value": as_number(figure.number.value),
                "unit": unit.unit if unit else None,
                "qualifier": figure.qualifier,
            },
        )


def load_number_lexicon(path: Path) -> NumberLexicon:
    """The number words of a JSON-lines file (format in docs/rules-figures.md)."""
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
            value = Fraction(str(data["value"]))
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


def _forms(record: Record) -> list[str]:
    forms = record.data["forms"]
    if not forms or not all(isinstance(form, str) and form.strip() for form in forms):
        raise RuleFileError(f"{record.where}: forms must be a non-empty list of non-empty strings")
    return forms


def _note_sign(signs: dict[str, UnitEntry], form: str, unit: UnitEntry) -> None:
    """A one-character sign (٪ $ €) may also stand just before its digits: ٪40، $5."""
    written = normalize(form.strip())
    if len(written) == 1 and not written.isalnum():
        signs[written] = unit


def _digits_stand_alone(text: str, start: int) -> bool:
    """Digits that are a number of their own: not glued to a word, a hashtag, a date or a time."""
    if not start:
        return True
    before = text[start - 1]
    if before.isalpha():
        prefix = proclitic_before(text, start)
        return bool(prefix) and (start == len(prefix) or text[start - len(prefix) - 1] not in _NAME_GLUE)
    return before not in _NAME_GLUE


def _glued_after(text: str, end: int) -> bool:
    """Digits followed by letters (2014م، 16F) or by - / : and more (2011-2014، 10:30, 15/3)."""
    if end >= len(text):
        return False
    after = text[end]
    if after.isalpha():
        return True
    return after in _NAME_GLUE and end + 1 < len(text) and text[end + 1].isalnum()


def _word_before(text: str, position: int) -> str | None:
    found = re.search(r"(\w+)[^\S\n]*\Z", text[max(0, position - _LOOK_BACK) : position])
    return found.group(1) if found else None


def _original_text(view: MatchView, start: int, end: int) -> str:
    original_start, original_end = view.original_span(start, end)
    return view.original[original_start:original_end]


def _describe_number(view: MatchView, number: NumberExpression) -> str:
    if not number.has_digits:
        return f"words «{_original_text(view, number.start, number.end)}»"
    first, *rest = number.tokens
    digits = _original_text(view, first.start, first.end)
    if not rest:
        return f"digits {digits}"
    return f"digits {digits} + «{_original_text(view, rest[0].start, number.end)}»"


class _Spans:
    """Taken spans (original offsets), asked whether a span overlaps any of them."""

    def __init__(self, matches) -> None:
        ordered = sorted((match.start, match.end) for match in matches)
        self.starts = [start for start, _ in ordered]
        self.max_ends = list(accumulate((end for _, end in ordered), max))

    def overlaps(self, start: int, end: int) -> bool:
        index = bisect.bisect_left(self.starts, end)
        return bool(index) and self.max_ends[index - 1] > start
