"""Figures: numbers the article states, with their qualifier and unit (see docs/rules-figures.md).

Two scans of the normalised text find the candidates: a regex for digits, and for number words
the Aho-Corasick pass shared with the other rule sets (tawsim.rules.shared.scanner). Everything else
runs only at those hits, each step one anchored regex: the number expression (tawsim.text.numbers),
then a percent marker, currency, unit or counted noun and a qualifier after it, then, reading the
text backwards from the number, a qualifier or the word before it. All words come from
resources/rules/figures/ (tawsim.rules.figures.data).
"""

from __future__ import annotations

import bisect
import re
from dataclasses import replace
from functools import lru_cache
from itertools import accumulate
from pathlib import Path
from typing import NamedTuple

import regex

from tawsim.rules.figures.data import COUNTED_THING, PERCENT, FigureData, UnitEntry, load_figure_data
from tawsim.rules.shared.matches import Match
from tawsim.rules.shared.scanner import NumberHit, WordHits, WordScanner
from tawsim.text.normalize import MatchView
from tawsim.text.numbers import DIGITS, DIGITS_KIND, SCALE, TEN, NumberExpression, as_number, read_expression
from tawsim.text.tokens import skip_spaces

# A bare four-digit integer in this range, with nothing around it, is read as a year (في 2014).
YEARS = range(1800, 2101)
CONTEXT_WINDOW = 2000  # characters each side of a figure searched for a currency's country

_NAME_GLUE = frozenset("#_@-/:.")  # a number glued to these belongs to a name, a date or a time
# Proclitics glued to a number (بأربعة، و3): one of و ف ب ل ك, or و/ف then ب/ل/ك. The same set
# as tawsim.text.clitics.PROCLITICS, checked inline here because it runs at every hit.
_PROCLITIC, _CONJUNCTIONS, _PREPOSITIONS = "وفبلك", "وف", "بلك"
_DIGIT_BEFORE = re.compile(r"[0-9][^\S\n]+\Z")
# DIGITS, for scanning a whole text: the regex module finds a character class about three times
# faster than re does in Arabic text (re's .match, per number, stays cheaper).
_DIGIT_RUNS = regex.compile(DIGITS.pattern)
# An ordinal with the article, in the pattern الفاعل(ة): الثالث، الحادية، التاسع.
_ORDINAL = re.compile(r"[وفبك]?ال[^\W\d_]ا[^\W\d_]{2}(?:ي|ه|يه)?")


# A word right after a number, on the same line, ending before a space or a mark (not a digit).
_WORD_AFTER = re.compile(r"[^\S\n]+([^\W\d_]+)(?![\d_])")
_NOT_NOUN_START = "وفبلكي"  # a proclitic (وأصيب، بجروح) or an imperfect verb (يقيمون)
_VERB_ENDINGS = ("وا",)  # قتلوا، نقلوا
_PRONOUN_ENDINGS = ("هم", "ها", "هما", "هن", "كم")  # منازلهم: the verb's object, not a genitive
_ADJECTIVE_ENDINGS = ("ي", "يه", "يين", "يون", "يات")  # nisba adjectives: عسكرية، موريتانيين


def _may_be_genitive(word: str) -> bool:
    """Whether a word after a counted noun may be its genitive (قطعة سلاح، مكتب اقتراع) rather
    than an adjective (ولاية موريتانية، شاحنات محملة) or a verb (عائلة نزحت)."""
    if word.endswith(_ADJECTIVE_ENDINGS):
        return False
    if word[0] == "م" and word.endswith(("ه", "ين", "ون", "ات")):
        return False  # a participle: محملة، مسلحين
    return not (word.endswith("ت") and len(word) <= 5)  # نزحت، وصلت


_new = tuple.__new__  # makes a NamedTuple without its Python-level __new__


class _Figure(NamedTuple):
    """A figure found, in normalised offsets."""

    start: int
    end: int
    number: NumberExpression
    unit: UnitEntry | None
    unit_span: tuple[int, int] | None
    qualifier: str | None
    qualifier_span: tuple[int, int] | None


class FigureRules:
    def __init__(self, data: FigureData) -> None:
        self.data = data
        self.lexicon = data.lexicon
        self._own_scanner = WordScanner(**self.scanner_words())  # when no engine shares its scan
        self._tail = re.compile(
            rf"(?:[^\S\n]*(?P<unit>{data.units.pattern()})(?!\w))?"
            rf"(?:[^\S\n]+(?P<after>{data.qualifiers_after.pattern()})(?!\w))?"
        )
        # Read on the reversed text before a figure: a qualifier (its proclitics, reversed, after
        # it: بأكثر من → من رثكا|ب), or else the word before the number.
        self._head = re.compile(
            rf"[^\S\n]+(?:(?P<before>{data.qualifiers_before.reversed_pattern()})[بلك]?[وف]?(?![^\W\d_])"
            r"|(?P<word>\w+))"
        )
        self._reach = data.qualifiers_before.longest + 24
        self._signs = data.prefix_signs
        self._not_after = data.not_after
        self._not_counted = data.not_counted

    @classmethod
    def load(cls, rules_dir: Path) -> "FigureRules":
        return cls(load_figure_data(rules_dir))

    def scanner_words(self) -> dict:
        """What a tawsim.rules.shared.scanner.WordScanner needs to find the number words."""
        return {"number_words": self.lexicon.words}

    def find(self, view: MatchView, taken: list[Match] = (), words: WordHits | None = None) -> list[Match]:
        """Figures in the view, in original offsets; none whose number lies inside a `taken` span.
        `words` is the scan of the view's text when the caller has made it for every rule set."""
        text = view.text
        if words is None:
            words = self._own_scanner.scan(text)
        starts = self._word_starts(text, words.numbers)
        starts.extend([found.start() for found in _DIGIT_RUNS.finditer(text)])
        starts.sort()
        dates = _Spans(taken)
        cues: dict[int, tuple[list[int], list[str]]] = {}  # per currency context, found on first use
        matches: list[Match] = []
        figure_at = self._figure_at
        identity = view.is_identity
        consumed = 0
        for start in starts:
            if start < consumed:
                continue
            figure = figure_at(text, start)
            if figure is None:
                continue
            original = _OriginalSpans(view, identity, figure.start, figure.end)
            if dates and dates.overlaps(*original.of(figure.number.start, figure.number.end)):
                continue
            if figure.unit is not None and figure.unit.context is not None:
                figure = figure._replace(unit=_resolve_currency(figure.unit, text, start, cues))
            matches.append(_to_match(figure, original))
            consumed = figure.end
        return matches

    def _word_starts(self, text: str, hits: list[NumberHit]) -> list[int]:
        """Where number words begin, after any proclitic; not inside longer words or hashtags."""
        starts = []
        for start, _, word in hits:
            if start:
                before = text[start - 1]
                if before.isalpha():
                    first = _after_proclitic(text, start)
                    if first < 0 or not word.takes_clitics:
                        continue
                    if first and text[first - 1] in _NAME_GLUE:
                        continue
                elif before in _NAME_GLUE:
                    continue
                elif word.kind == SCALE and _DIGIT_BEFORE.search(text, max(0, start - 8), start):
                    continue  # a scale word after digits that were no number (1.2.3 مليون)
            starts.append(start)
        return starts

    def _figure_at(self, text: str, start: int) -> _Figure | None:
        digit_first = "0" <= text[start] <= "9"
        if digit_first and start:
            before = text[start - 1]
            if before.isalpha():
                first = _after_proclitic(text, start)
                if first < 0 or first and text[first - 1] in _NAME_GLUE:
                    return None  # glued to a word (كوفيد19، الـ15) or a hashtag
            elif before in _NAME_GLUE:
                return None
        number = read_expression(text, start, self.lexicon)
        if number is None:
            return None
        if digit_first and _glued_after(text, number.tokens[0].end):
            return None
        figure_start, figure_end = start, number.end
        unit = unit_span = qualifier = qualifier_span = None
        sign = self._signs.get(text[start - 1]) if digit_first and start else None
        if sign is not None:
            unit, unit_span, figure_start = sign, (start - 1, start), start - 1
        tail = self._tail.match(text, number.end)
        unit_written, after_written = tail.group("unit", "after")
        if sign is None or unit_written is None:
            if unit_written is not None:
                unit, unit_span = self.data.units.value(unit_written), tail.span("unit")
            if after_written is not None:
                qualifier = self.data.qualifiers_after.value(after_written)
                qualifier_span = tail.span("after")
            figure_end = tail.end()
            if after_written is None and (unit is None or unit.described_as == "counted noun" and unit.unit is None):
                if unit is None and self._may_stand_bare(text, number):
                    noun_end = self._counted_noun_end(text, figure_end, with_genitive=True)
                    if noun_end is not None:
                        unit, unit_span = COUNTED_THING, (skip_spaces(text, figure_end), noun_end)
                        figure_end = noun_end
                elif unit is not None:  # a listed thing with its genitive: 12 قطعة سلاح
                    genitive_end = self._counted_noun_end(text, figure_end, with_genitive=False)
                    if genitive_end is not None:
                        unit_span = (unit_span[0], genitive_end)
                        figure_end = genitive_end
        low = max(0, figure_start - self._reach)
        head = self._head.match(text[low:figure_start][::-1])
        if head is not None and not (low and head.end() == figure_start - low and text[low - 1].isalnum()):
            before_written, word = head.group("before", "word")
            if digit_first and word and word[::-1] in self._not_after:
                return None  # العام 2014، القرار 2254
            if len(number.tokens) == 1 and number.tokens[0].kind == TEN and word and _ORDINAL.fullmatch(word[::-1]):
                return None  # the ordinal teens: التاسع عشر، الحادية عشرة
            if before_written is not None:
                qualifier = self.data.qualifiers_before.value(before_written[::-1])
                qualifier_span = (figure_start - head.end("before"), figure_start - head.start("before"))
                figure_start = qualifier_span[0]
        if qualifier is None and unit is None and not self._may_stand_bare(text, number):
            return None
        return _new(_Figure, (figure_start, figure_end, number, unit, unit_span, qualifier, qualifier_span))

    def _counted_noun_end(self, text: str, pos: int, with_genitive: bool) -> int | None:
        """The end of the noun counted right after `pos` that no list names (4,500 مكتب اقتراع,
        60 مراقباً): one word that reads as an indefinite noun, and with `with_genitive` the
        indefinite noun in construct after it. Without `with_genitive`, only that second noun."""
        found = _WORD_AFTER.match(text, pos)
        if found is None or not self._countable(found.group(1)):
            return None
        if not with_genitive:
            return found.end(1) if _may_be_genitive(found.group(1)) else None
        end = found.end(1)
        genitive = _WORD_AFTER.match(text, end)
        if genitive is not None and self._countable(genitive.group(1)) and _may_be_genitive(genitive.group(1)):
            end = genitive.end(1)
        return end

    def _countable(self, word: str) -> bool:
        return (len(word) >= 3 and word[0] not in _NOT_NOUN_START and not word.startswith("ال")
                and not word.endswith(_VERB_ENDINGS) and word not in self._not_counted
                and not (len(word) >= 5 and word.endswith(_PRONOUN_ENDINGS))
                and word not in self.lexicon.words)

    def _may_stand_bare(self, text: str, number: NumberExpression) -> bool:
        """Whether the number alone, without unit or qualifier, is a figure: not a year in digits
        (في 2014), not a word that alone is rarely a count (واحد)."""
        written = text[number.start : number.end]
        if number.tokens[0].kind == DIGITS_KIND:
            return not (len(written) == 4 and written.isdigit() and int(written) in YEARS)
        return len(number.tokens) > 1 or self.lexicon.words[written].alone


def _after_proclitic(text: str, start: int) -> int:
    """Where the proclitic glued before `start` begins, or -1 when the letters before `start`
    are more than a proclitic (the hit is inside a longer word)."""
    before = text[start - 1]
    if before in _PROCLITIC and (start == 1 or not text[start - 2].isalpha()):
        return start - 1
    if before in _PREPOSITIONS and start >= 2 and text[start - 2] in _CONJUNCTIONS:
        if start == 2 or not text[start - 3].isalpha():
            return start - 2
    return -1


def _glued_after(text: str, end: int) -> bool:
    """Digits followed by letters (2014م، 16F) or by - / : and more (2011-2014، 10:30، 15/3)."""
    if end >= len(text):
        return False
    after = text[end]
    if after.isalpha():
        return True
    return after in _NAME_GLUE and end + 1 < len(text) and text[end + 1].isalnum()


def _resolve_currency(unit: UnitEntry, text: str, position: int, cues: dict) -> UnitEntry:
    """The currency a generic name means here: the country named most often within the window
    around it, the nearest of those on a tie (a Tunisian budget in an article that also mentions
    the Algerian border), or `unit` as is when no country is named near it."""
    key = id(unit.context)
    if key not in cues:
        cues[key] = unit.context.cues_in(text)
    positions, codes = cues[key]
    low = bisect.bisect_left(positions, position - CONTEXT_WINDOW)
    high = bisect.bisect_right(positions, position + CONTEXT_WINDOW)
    if low == high:
        return unit
    votes: dict[str, list[int]] = {}
    for index in range(low, high):
        entry = votes.setdefault(codes[index], [0, CONTEXT_WINDOW + 1])
        entry[0] += 1
        entry[1] = min(entry[1], abs(positions[index] - position))
    code = max(votes, key=lambda code: (votes[code][0], -votes[code][1]))
    return _resolved(unit, code)


@lru_cache(maxsize=256)
def _resolved(unit: UnitEntry, code: str) -> UnitEntry:
    """The generic currency `unit` as the currency `code` (made once: dataclasses.replace is slow)."""
    return replace(unit, unit=code, context=None)


class _OriginalSpans:
    """Original offsets of the parts of one figure. When nothing was removed inside the figure
    (no tashkeel), they follow by arithmetic from the figure's own span, without a look-up."""

    __slots__ = ("view", "start", "end", "shift", "linear")

    def __init__(self, view: MatchView, identity: bool, start: int, end: int) -> None:
        self.view = view
        if identity:  # view.is_identity, asked once per text
            self.start, self.end, self.shift, self.linear = start, end, 0, True
            return
        self.start, self.end = view.original_span(start, end)
        self.shift = self.start - start
        self.linear = self.end - self.start == end - start

    def of(self, start: int, end: int) -> tuple[int, int]:
        if self.linear:
            return start + self.shift, end + self.shift
        return self.view.original_span(start, end)

    def text(self, start: int, end: int) -> str:
        if self.linear:
            shift = self.shift
            return self.view.original[start + shift : end + shift]
        original_start, original_end = self.view.original_span(start, end)
        return self.view.original[original_start:original_end]


def _to_match(figure: _Figure, original: _OriginalSpans) -> Match:
    start, end, number, unit, unit_span, qualifier, qualifier_span = figure
    written = original.text
    explanation = _describe_number(number, written(number.start, number.end))
    if unit is not None:
        unit_text = written(*unit_span)
        explanation += f" + «{unit_text}»" if unit is PERCENT else f" + {unit.described_as} «{unit_text}»"
        label, rule, unit_code = unit.label, unit.rule, unit.unit
    else:
        label, rule, unit_code = "CARDINAL", "number", None
    if qualifier is not None:
        explanation += f", qualifier «{written(*qualifier_span)}»"
    value = number.value
    attrs = {"value": value if type(value) is int else as_number(value), "unit": unit_code, "qualifier": qualifier}
    return Match(original.start, original.end, "figure", label, "figure:" + rule, explanation, attrs)


def _describe_number(number: NumberExpression, written: str) -> str:
    tokens = number.tokens
    if tokens[0].kind != DIGITS_KIND:
        return f"words «{written}»"
    if len(tokens) == 1:
        return "digits " + written
    digits, rest = written.split(None, 1)
    return f"digits {digits} + «{rest}»"


class _Spans:
    """Taken spans (original offsets), asked whether a span overlaps any of them."""

    def __init__(self, matches) -> None:
        ordered = sorted((match.start, match.end) for match in matches)
        self.starts = [start for start, _ in ordered]
        self.max_ends = list(accumulate((end for _, end in ordered), max))

    def __bool__(self) -> bool:
        return bool(self.starts)

    def overlaps(self, start: int, end: int) -> bool:
        index = bisect.bisect_left(self.starts, end)
        return bool(index) and self.max_ends[index - 1] > start
