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
from fractions import Fraction
from functools import lru_cache
from itertools import accumulate
from pathlib import Path
from typing import NamedTuple

import regex

from tawsim.rules.figures.data import COUNTED_THING, PERCENT, FigureData, UnitEntry, load_figure_data
from tawsim.rules.shared.matches import Match
from tawsim.rules.shared.scanner import NumberHit, WordHits, WordScanner
from tawsim.text.normalize import MatchView
from tawsim.text.numbers import (
    DIGITS,
    DIGITS_KIND,
    FRACTION,
    LEADING_DECIMAL_MARKS,
    SCALE,
    TEN,
    NumberExpression,
    NumberWord,
    Token,
    as_number,
    exact,
    read_expression,
    trie_pattern,
)
from tawsim.text.tokens import skip_spaces

# A bare four-digit integer in this range, with nothing around it, is read as a year (في 2014).
YEARS = range(1800, 2101)
CONTEXT_WINDOW = 2000  # characters each side of a figure searched for a currency's country

_NAME_GLUE = frozenset("#_@-/:.")  # a number glued to these belongs to a name, a date or a time
_MINUS = "-−"  # glued to digits with a space or nothing before: a negative number (-1.2)
_SIGNED = frozenset(_MINUS + LEADING_DECIMAL_MARKS)  # and ٫٧٧ or .77 is 0.77
_MEASURED = ("MONEY", "QUANTITY")  # what a fraction alone may count (نصف لتر; not نصف ساعة)
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
_WORD = re.compile(r"[^\W\d_]+")
_YEAR_NOUN, _YEAR_PREPOSITION = "noun", "preposition"  # the words of year_after.txt, year_prepositions.txt
_SLASH_FRACTION = re.compile(r"/([0-9]+)(?![0-9.,٫٬/:\-]|[^\W\d_])")
_CHANGE_REACH = 60  # characters before من searched for a word of change: a verb, its subject
_CLAUSE_ENDS = ".،,؛;:!؟?\n"


class _Figure(NamedTuple):
    """A figure found, in normalised offsets."""

    start: int
    end: int
    number: NumberExpression
    number_end: int  # after the high end of a range, else number.end
    value: object  # the number's value, signed, with any sub-unit or fraction after the unit
    high: object  # the high end of a range, or None
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
            r"|(?P<word>\w+)|(?P<minus>[-−])(?!\S))"  # or a minus standing alone: «- 2 درجة»
        )
        self._reach = data.qualifiers_before.longest + 24
        self._signs = data.prefix_signs
        self._money_signs = {sign: unit for sign, unit in data.prefix_signs.items() if unit.label == "MONEY"}
        self._spaced_signs = frozenset(sign + " " for sign in self._money_signs)  # «$ 10»
        self._not_after = data.not_after
        self._year_words = {**dict.fromkeys(data.year_prepositions, _YEAR_PREPOSITION),
                            **dict.fromkeys(data.year_after, _YEAR_NOUN)}
        self._not_counted = data.not_counted
        self._after_only = re.compile(rf"(?:[^\S\n]+(?P<after>{data.qualifiers_after.pattern()})(?!\w))?")
        # «لتر ونصف»: a unit read backwards from the و before a fraction.
        self._unit_before = re.compile(
            rf"[^\S\n]*(?P<unit>{data.units.reversed_pattern()})(?:[بلك]?[وف]?)(?![^\W\d_])"
        )
        self._unit_reach = data.units.longest + 2
        fractions = [form for form, word in self.lexicon.words.items() if word.kind == FRACTION]
        self._fraction_after = re.compile(rf"[^\S\n]+و[^\S\n]*(?P<fraction>{trie_pattern(fractions)})(?!\w)")
        self._and = re.compile(r"[^\S\n]+و[^\S\n]*")
        # Ranges: after a dash any number; after a word (إلى، و) only when its before-word (من، بين) stands before.
        dashes = [form for link in data.ranges if not link.before for form in link.between]
        self._dash_first = frozenset(form[0] for form in dashes)
        self._dash_link = re.compile(rf"[^\S\n]*(?:{trie_pattern(dashes)})[^\S\n]*(?=[0-9])" if dashes else "(?!)")
        self._range_words: dict[str, tuple[re.Pattern, re.Pattern | None]] = {}
        self._range_words_plain = frozenset(word.split()[-1] for link in data.ranges for word in link.before)
        for link in data.ranges:
            if link.before:
                pattern = re.compile(rf"[^\S\n]+(?:{trie_pattern(link.between)})[^\S\n]*")
                changes = re.compile(rf"(?<![^\W\d_])[وف]?(?:{trie_pattern(link.changes)})") if link.changes else None
                for word in link.before:
                    last = word.split()[-1]  # «ما بين»: بين, and ما if it is there
                    for proclitic in ("", "و", "ف"):
                        self._range_words[proclitic + last] = (pattern, changes)
        negatives = data.negatives
        below = negatives.phrases.pattern() if negatives is not None else "(?!)"
        self._below = re.compile(rf"[^\S\n]+(?P<below>{below})(?!\w)")
        self._below_unit = UnitEntry(negatives.unit, "QUANTITY", "quantity", "unit") if negatives else None
        self._below_units = negatives.units if negatives is not None else frozenset()
        # One look past a figure for what may extend it; most figures are followed by none of these.
        dash = trie_pattern(dashes) if dashes else "(?!)"
        self._beyond = re.compile(
            rf"(?=(?P<dash>[^\S\n]*(?:{dash}))|(?P<conjunction>[^\S\n]+و)|[^\S\n]+(?P<below>{below})(?!\w))"
        )

    @classmethod
    def load(cls, rules_dir: Path) -> "FigureRules":
        return cls(load_figure_data(rules_dir))

    def scanner_words(self) -> dict:
        """What a tawsim.rules.shared.scanner.WordScanner needs to find the number words."""
        duals = {form: NumberWord(2, "dual") for form in self.data.dual_units}  # لترين: read by _wordless
        return {"number_words": {**duals, **self.lexicon.words}}

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
            if dates and dates.overlaps(*original.of(figure.number.start, figure.number_end)):
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
        negative_at = None
        if digit_first and start:
            before = text[start - 1]
            if before.isalpha():
                first = _after_proclitic(text, start)
                if first < 0 or first and text[first - 1] in _NAME_GLUE:
                    return None  # glued to a word (كوفيد19، الـ15) or a hashtag
            elif before in _SIGNED:
                lead = text[start - 2] if start >= 2 else " "
                if lead.isalnum() or lead in _NAME_GLUE or lead in _SIGNED:
                    return None  # 2011-2014، F-16، 1.2.3
                if before in LEADING_DECIMAL_MARKS:
                    start -= 1  # ٫٧٧: read from the mark
                else:
                    negative_at = start - 1
            elif before in _NAME_GLUE:
                return None
        number = read_expression(text, start, self.lexicon)
        unit = unit_span = qualifier = qualifier_span = None
        fixed = needs_measure = False
        if number is None:
            if digit_first:
                return None
            found = self._wordless(text, start)
            if found is None:
                return None
            number, unit, unit_span, needs_measure = found
            fixed = unit is not None
        value, high = number.value, None
        glued_letters = glued_dash = False
        if digit_first and _glued_after(text, number.tokens[0].end):
            glued = text[number.tokens[0].end]
            if glued.isalpha() and len(number.tokens) == 1:
                glued_letters = True  # only a unit may be glued to digits: 3كم، 250مل
            elif glued in self._dash_first:
                glued_dash = True  # 10-20 دولار, or else nothing (2011-2014)
            elif glued == "/" and len(number.tokens) == 1:
                number = self._slash_fraction(text, number)  # 3/4 كوب; a bare 15/3 is a date
                if number is None:
                    return None
                value = number.value
            else:
                return None
        figure_start, number_end = number.start, number.end
        if negative_at is not None:
            figure_start = negative_at
        sign = None
        if digit_first and figure_start:
            sign_at = figure_start - 1
            sign = self._signs.get(text[sign_at])
            if sign is None and text[sign_at - 1 : figure_start] in self._spaced_signs:
                sign_at -= 1
                sign = self._money_signs[text[sign_at]]  # «$ 10»
            if sign is not None:
                unit, unit_span, figure_start = sign, (sign_at, sign_at + 1), sign_at
        low = max(0, figure_start - self._reach)
        head = self._head.match(text[low:figure_start][::-1])
        before_written = word = minus = None
        if head is not None and not (low and head.end() == figure_start - low and text[low - 1].isalnum()):
            before_written, word, minus = head.group("before", "word", "minus")
            if word is not None:
                word = word[::-1]
                if digit_first and word in self._not_after:
                    return None  # القرار 2254
                if len(number.tokens) == 1 and number.tokens[0].kind == TEN and _ORDINAL.fullmatch(word):
                    return None  # the ordinal teens: التاسع عشر، الحادية عشرة
        if not fixed and not needs_measure:
            link = self._dash_link.match(text, number_end)
            if link is None and word is not None:
                words_link = self._range_words.get(word)
                if words_link is not None:
                    link = words_link[0].match(text, number_end)
                    if link is not None and words_link[1] is not None and self._after_change(text, figure_start, words_link[1]):
                        link = None  # ارتفعت البطالة من 10 إلى 12 في المئة: two figures, not a range
            if link is not None:
                second = read_expression(text, link.end(), self.lexicon)
                if second is not None and second.value > value and self._unit_follows(text, second, sign):
                    high, number_end = second.value, second.end
                    value = self._scaled_like(text, number, value, second)
                    if link.re is not self._dash_link and word is not None:
                        figure_start = self._range_word_start(text, figure_start, head, word)
            if high is None and glued_dash:
                return None  # 2011-2014: digits glued to a dash are a range or nothing
        figure_end = number_end
        if fixed:
            tail = self._after_only.match(text, number_end)
            unit_written, after_written = None, tail.group("after")
        else:
            tail = self._tail.match(text, number_end)
            unit_written, after_written = tail.group("unit", "after")
        if glued_letters and (unit_written is None or tail.start("unit") != number_end
                              or self.data.units.value(unit_written).label == "CARDINAL"):
            return None  # 2014م، 16F
        if sign is None or unit_written is None:
            if unit_written is not None:
                unit, unit_span = self.data.units.value(unit_written), tail.span("unit")
            if after_written is not None:
                qualifier = self.data.qualifiers_after.value(after_written)
                qualifier_span = tail.span("after")
            figure_end = tail.end()
            beyond = self._beyond.match(text, figure_end) if after_written is None else None
            if beyond is not None:  # a dash, و or a phrase of negatives.jsonl after the figure
                if unit is not None and high is None and unit_written is not None and unit.label in _MEASURED:
                    if beyond.group("dash"):
                        figure_end, high = self._range_after_unit(text, figure_end, unit, value, figure_end, high)
                    elif beyond.group("conjunction"):
                        figure_end, value = self._and_part(text, figure_end, number, unit, value)
                if beyond.group("below"):
                    below = self._below.match(text, figure_end)
                    value = -value
                    if unit is None or unit.unit == "degree":
                        unit, unit_span = self._below_unit, below.span("below")
                    figure_end = below.end()
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
        if needs_measure and (unit is None or unit.label not in _MEASURED or unit.per != 1):
            return None  # نصف الساعة، ربع المقاعد
        if unit is not None and unit.per != 1:
            value = Fraction(value) / unit.per  # «10 سنتات» = 0.1 USD
            high = None if high is None else Fraction(high) / unit.per
        if negative_at is not None:
            value = -value
        elif minus is not None and digit_first and unit is not None and unit.unit in self._below_units:
            value, figure_start = -value, figure_start - head.end()  # «- 2 درجة»: a sign only before a temperature
        year_word = self._year_words.get(word)
        if year_word is not None and digit_first:
            written = text[number.start : number.end]
            if len(written) == 4 and written.isdigit() and int(written) in YEARS:
                return None  # العام 2014، في 2014 كم
            if year_word is _YEAR_NOUN and (unit is None or unit is COUNTED_THING):
                return None  # سنة 48 هاجرت; but «هذا العام 300 شخص» (a listed noun)
        if before_written is not None:
            qualifier = self.data.qualifiers_before.value(before_written[::-1])
            qualifier_span = (figure_start - head.end("before"), figure_start - head.start("before"))
            figure_start = qualifier_span[0]
        if qualifier is None and unit is None and not self._may_stand_bare(text, number):
            return None
        return _new(_Figure, (figure_start, figure_end, number, number_end, value, high, unit, unit_span,
                              qualifier, qualifier_span))

    def _slash_fraction(self, text: str, number: NumberExpression) -> NumberExpression | None:
        """Digits, a slash and digits followed by a unit of money or measure: a fraction (3/4 كغ =
        0.75 kg). Anything else with a slash (15/3، 27/11/1946) is left to the date rules."""
        found = _SLASH_FRACTION.match(text, number.end)
        if found is None or type(number.value) is not int or int(found.group(1)) == 0:
            return None
        tail = self._tail.match(text, found.end())
        unit = tail.group("unit")
        if unit is None or self.data.units.value(unit).label not in _MEASURED:
            return None
        value = exact(Fraction(number.value, int(found.group(1))))
        return _new(NumberExpression, (number.start, found.end(), value, (_new(Token, (number.start, found.end(), DIGITS_KIND)),)))

    def _wordless(self, text: str, start: int):
        """A figure whose number is no number expression: a dual unit (لترين = 2 l), a fraction
        before a unit (نصف لتر; the unit is checked by the caller) or after one (لتر ونصف = 1.5 l).
        The number, its unit and unit span (None when still to read), and whether the unit read
        next must be money or a measure."""
        found = _WORD.match(text, start)
        if found is None:
            return None
        written, end = found.group(), found.end()
        dual = self.data.dual_units.get(written)
        if dual is not None:
            return _new(NumberExpression, (start, end, 2, (_new(Token, (start, end, "unit")),))), dual, (start, end), False
        word = self.lexicon.words.get(written)
        if word is None or word.kind != FRACTION:
            return None
        and_at = start - 1 if start and text[start - 1] == "و" else start - 2 if text[max(0, start - 2) : start] == "و " else -1
        if and_at > 0:
            low = max(0, and_at - self._unit_reach)
            before = self._unit_before.match(text[low:and_at][::-1])
            if before is not None and not (low and before.end() == and_at - low and text[low - 1].isalpha()):
                entry = self.data.units.value(before.group("unit")[::-1])
                if entry.label in _MEASURED and entry.per == 1:
                    unit_start, unit_end = and_at - before.end("unit"), and_at - before.start("unit")
                    number = _new(NumberExpression, (unit_start, end, 1 + word.value, (_new(Token, (unit_start, end, FRACTION)),)))
                    return number, entry, (unit_start, unit_end), False
        return _new(NumberExpression, (start, end, word.value, (_new(Token, (start, end, FRACTION)),))), None, None, True

    def _unit_follows(self, text: str, number: NumberExpression, sign: UnitEntry | None) -> bool:
        """Whether the high end of a range is followed by a listed unit (or the low end had a sign:
        $10-20). A noun no list names is not enough: «بين 2014 و2016 قتل» is no range."""
        end = number.tokens[0].end
        if number.tokens[0].kind == DIGITS_KIND and _glued_after(text, end) and not text[end].isalpha():
            return False
        if sign is not None:
            return True
        return self._tail.match(text, number.end).group("unit") is not None

    @staticmethod
    def _after_change(text: str, start: int, changes: re.Pattern) -> bool:
        """Whether a word of change (ارتفع، انخفض) stands in the clause before `start`, within a
        few words: then «من X إلى Y» tells where a figure went from and to."""
        window = text[max(0, start - _CHANGE_REACH) : start]
        for mark in _CLAUSE_ENDS:
            cut = window.rfind(mark)
            if cut >= 0:
                window = window[cut + 1 :]
        return changes.search(window) is not None

    def _scaled_like(self, text: str, low: NumberExpression, value, high: NumberExpression):
        """The low end of a range, with the scale word written only after the high end:
        «بين 3 و5 آلاف» is 3000 to 5000; «بين 800 و1,5 مليون» stays 800."""
        if any(token.kind == SCALE for token in low.tokens):
            return value
        scales = [token for token in high.tokens if token.kind == SCALE]
        if not scales:
            return value
        scale = self.lexicon.words[text[scales[-1].start : scales[-1].end]].value
        return value * scale if value * scale < high.value else value

    def _range_word_start(self, text: str, figure_start: int, head, word: str) -> int:
        """Where the word before a range's low end (من، بين، ما بين) begins, its proclitic outside."""
        start = figure_start - head.end("word")
        if word not in self._range_words_plain:
            start += 1  # ومن: the proclitic stays outside
        elif text.endswith("ما ", 0, start):
            start -= 3
        return start

    def _range_after_unit(self, text: str, end: int, unit: UnitEntry, value, figure_end: int, high):
        """«10$-20$», «10 دولارات - 20 دولاراً»: the same unit after both ends of a dash."""
        link = self._dash_link.match(text, end)
        if link is None:
            return figure_end, high
        second = read_expression(text, link.end(), self.lexicon)
        if second is None or second.value <= value:
            return figure_end, high
        tail = self._tail.match(text, second.end)
        if tail.group("unit") is None or self.data.units.value(tail.group("unit")) is not unit:
            return figure_end, high
        return tail.end("unit"), second.value

    def _and_part(self, text: str, end: int, number: NumberExpression, unit: UnitEntry, value):
        """What و adds after a unit: a fraction (3 لترات ونصف = 3.5 l) or, after money, an amount
        of its sub-unit (20 دولاراً و43 سنتاً = 20.43 USD)."""
        fraction = self._fraction_after.match(text, end)
        if fraction is not None:
            if any(token.kind == SCALE for token in number.tokens):
                return end, value  # 3 ملايين دولار ونصف: which half is meant is unclear
            return fraction.end(), value + self.lexicon.words[fraction.group("fraction")].value
        if unit.label != "MONEY" or unit.per != 1:
            return end, value
        joined = self._and.match(text, end)
        minor = read_expression(text, joined.end(), self.lexicon)
        if minor is None:
            return end, value
        tail = self._tail.match(text, minor.end)
        if tail.group("unit") is None:
            return end, value
        per = dict(self.data.units.value(tail.group("unit")).minor_of).get(unit.unit)
        if per is None:
            return end, value
        return tail.end("unit"), value + Fraction(minor.value) / per

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
    start, end, number, number_end, value, high, unit, unit_span, qualifier, qualifier_span = figure
    written = original.text
    explanation = _describe_number(number, written(number.start, number.end))
    if high is not None:
        explanation = f"range «{written(number.start, number_end)}»"
    if unit is not None:
        unit_text = written(*unit_span)
        explanation += f" + «{unit_text}»" if unit is PERCENT else f" + {unit.described_as} «{unit_text}»"
        label, rule, unit_code = unit.label, unit.rule, unit.unit
    else:
        label, rule, unit_code = "CARDINAL", "number", None
    if qualifier is not None:
        explanation += f", qualifier «{written(*qualifier_span)}»"
    attrs = {"value": value if type(value) is int else as_number(value), "unit": unit_code, "qualifier": qualifier}
    if high is not None:
        attrs["high"] = high if type(high) is int else as_number(high)
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
