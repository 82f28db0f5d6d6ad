"""Date and time cues: weekdays, months (paired, with a day and a year), years after العام/عام or in
context, dates in digits, relative dates, feasts and clock times; each with its value in `attrs`
(tawsim.rules.entities.date_values).

A mixin of the cue reader: it needs `text` (the normalised text), `lexicon` and `candidate(...)`.
Everything runs at a cue hit of the shared word scan, or at a number of three or four digits found
by one regex scan.
"""

from __future__ import annotations

import datetime as dt
import re

import regex

from tawsim.rules.entities.candidates import CUE, Candidate
from tawsim.rules.entities.data import CueRule
from tawsim.rules.entities.date_values import (
    clock, hijri_value, iso, resolve, valid_day, weekday_near,
)
from tawsim.rules.entities.date_words import DateWords
from tawsim.rules.entities.lexicon import Lexicon
from tawsim.rules.shared.gazetteer import Hit
from tawsim.text.clitics import SHORTEST_BEHIND_PROCLITIC, readings
from tawsim.text.tokens import NUMBER, WORD, Token, token_at, token_before

YEAR_DIGITS = 4
LAST_DAY = 31
_DIGIT_SOON = re.compile(r"[^\S\n]{0,2}\d")
_FROM = "من"
_MONTH_WORD = "شهر"
# Every date in digits holds a year of four digits, or three before هـ (27/11/1946، 2024-03-12،
# 685 هـ), so one scan finds those numbers; the regex module finds a digit class fast (see figures).
_YEAR_DIGITS = regex.compile(r"[0-9]{3,4}(?![0-9])(?:(?<=[12][0-9]{3})|(?=[^\S\n]?ه))")  # 1000-2999, or before هـ
_NUMERIC = re.compile(r"([0-9]{1,4})[^\S\n]*([/-])[^\S\n]*([0-9]{1,2})[^\S\n]*\2[^\S\n]*([0-9]{2,4})(?![0-9])")
_NUMERIC_ENDING = re.compile(r"(?<![0-9])[0-9]{1,2}[^\S\n]*([/-])[^\S\n]*[0-9]{1,2}[^\S\n]*\1[^\S\n]*[0-9]{4}\Z")
_NUMBER_GLUE = frozenset("0123456789.,٫٬")
_RANGE = re.compile(r"[^\S\n]*(?:[-–—]|(?P<slash>/))[^\S\n]*([0-9]{4})(?![0-9])")
_CLOCK_DIGITS = re.compile(r"[^\S\n]*([0-9]{1,2})(?::([0-9]{2}))?(?![0-9.,])")
_OPENING, _CLOSING = "([", ")]"
_MARK_LETTERS = frozenset("همل")  # the first letters of the calendar marks (هـ، م، هجري، للهجرة، للميلاد)
_RANGE_MARKS = frozenset("-–—/")
_GAP = " \t\u00a0"
_WEEKDAY_VALUES = {number: f"XXXX-WXX-{number}" for number in range(1, 8)}
DATELINE_REACH = 150  # characters from the start within which a dateline's date may stand
_DATELINE_MARKS = frozenset("-–—:|()[]\n")


class DateCues:
    """Date methods of the cue reader, which provides `text`, `lexicon` and `candidate(...)`.
    `date_words_found` tells it where the scan found modifiers and directions."""

    text: str
    lexicon: "Lexicon"
    tanween_ends: frozenset[int]
    # Set by date_words_found, which runs first: the words the scan found, the years read by the
    # month and year cues (digit_dates skips them), and whether any date waits for the document's date.
    modifier_ends: dict[int, tuple[int, int, str, bool]]
    direction_starts: dict[int, tuple[int, str, bool]]
    years_read: set[int]
    relative_found: bool

    # -- years -----------------------------------------------------------------------------------

    def year_after(self, pos: int, rule: CueRule) -> Token | None:
        """The year's digits right after `pos` (a month, العام), if they are a year of the rule."""
        if _DIGIT_SOON.match(self.text, pos) is None:
            return None  # the quick answer for the many العام not followed by a year
        token = token_at(self.text, pos)
        if token is None or token.kind != NUMBER or not token.text.isdigit():
            return None
        if len(token.text) == YEAR_DIGITS - 1:  # سنة 808 هـ: a Hijri year of three digits
            mark = self._year_mark(token.end)
            if mark is None or mark[1] != "hijri":
                return None
        elif len(token.text) != YEAR_DIGITS or not rule.option("min", 1000) <= int(token.text) <= rule.option("max", 2999):
            return None
        self.years_read.add(token.start)
        return token

    def date_from_year_head(self, hit: Hit, rule: CueRule) -> Candidate | None:
        year = self.year_after(hit.end, rule)
        if year is None:
            return None
        year_end, attrs = self._year_tail(year.start, year.end)
        candidate = self.candidate(hit.start, year_end, rule, hit, hit.start - len(hit.proclitic))
        candidate.attrs = attrs
        return self._with_modifier(candidate) if self.modifier_ends else candidate

    def _year_mark(self, end: int) -> tuple[int, str] | None:
        """The end and calendar of a calendar mark right after a year (1325 هـ، 1948م)."""
        mark = token_at(self.text, end)
        markers = self.lexicon.dates.markers
        if mark is not None and mark.kind == WORD and mark.text in markers and mark.start - end <= 1:
            return mark.end, markers[mark.text]
        return None

    def _year_tail(self, start: int, end: int) -> tuple[int, dict]:
        """A year's end and value, with a calendar mark (1325 هـ، 1948م) or a second year of a
        range (1936 - 1939) after it."""
        text = self.text
        year = int(text[start:end])
        peek = text[end : end + 1]  # what follows decides which reading to try
        if peek == " ":
            peek = text[end + 1 : end + 2]
        if not peek or peek.isdigit():
            pass
        elif peek in _MARK_LETTERS:
            mark = self._year_mark(end)
            if mark is not None:
                if mark[1] == "hijri":
                    return mark[0], hijri_value(year)
                return mark[0], {"value": iso(year), "calendar": "gregorian"}
        elif peek in _RANGE_MARKS:
            rule = self.lexicon.dates.year_range
            found = _RANGE.match(text, end) if rule is not None else None
            if found is not None:
                last = int(found.group(2))
                longest = 1 if found.group("slash") else rule.option("longest", 100)
                if end - start == YEAR_DIGITS and rule.option("min", 1000) <= year < last <= min(
                        year + longest, rule.option("max", 2100)):
                    return found.end(), {"value": f"{iso(year)}/{iso(last)}"}
        return end, {"value": iso(year)}

    def digit_dates(self, words: DateWords) -> list[Candidate]:
        """Dates written in digits (27/11/1946، 5 / 8 / 2008، 2024-03-12), and years that the
        word before (في 1948), brackets (( 1948 )), a calendar mark (1325 هـ) or a range
        (1936 - 1939) make years."""
        text = self.text
        found: list[Candidate] = []
        read = self.years_read
        for match in _YEAR_DIGITS.finditer(text):
            start, end = match.span()
            if start in read:
                continue  # the year of آذار 2019 or العام 2014
            before = text[start - 1] if start else " "
            if before == " " and start > 1:
                before = text[start - 2]
            if before in "/-":
                ending = _NUMERIC_ENDING.search(text, max(0, start - 12), end)  # 27/11/1946، 5 / 8 / 2008
                candidate = self._numeric_date(ending.start(), words.numeric) if ending is not None else None
            elif before in _NUMBER_GLUE:
                continue  # digits inside a longer number
            elif text.startswith(("-", "/"), end) and end - start == YEAR_DIGITS and _NUMERIC.match(text, start):
                candidate = self._numeric_date(start, words.numeric)  # 2024-03-12
            elif end - start == YEAR_DIGITS and text[start] in "12" or "ه" in text[end : end + 2]:
                if text.startswith((",", "."), end) and text[end + 1 : end + 2].isdigit():
                    continue  # 1500,5
                candidate = self._year_in_context(start, end, words)
            else:
                continue
            if candidate is not None:
                found.append(candidate)
        return found

    def _numeric_date(self, start: int, rule: CueRule | None) -> Candidate | None:
        match = _NUMERIC.match(self.text, start)
        if rule is None or match is None:
            return None
        end = match.end()
        if end < len(self.text) and self.text[end] in "%٪/":
            return None
        first, month, last = match.group(1), int(match.group(3)), match.group(4)
        if len(first) == YEAR_DIGITS and len(last) <= 2:
            year, day = int(first), int(last)
        elif len(first) <= 2 and len(last) == YEAR_DIGITS:
            year, day = int(last), int(first)
        else:
            return None
        if not (rule.option("min", 1000) <= year <= rule.option("max", 2100) and 1 <= month <= 12
                and valid_day(year, month, day)):
            return None
        return Candidate(start, end, rule.label, rule.rule_id, rule.explain, CUE, start, 3,
                         attrs={"value": iso(year, month, day)})

    def _year_in_context(self, start: int, end: int, words: DateWords) -> Candidate | None:
        text = self.text
        year = int(text[start:end])
        tail_end, attrs = self._year_tail(start, end)
        marked, ranged = "calendar" in attrs, "/" in attrs["value"]
        if marked or ranged:
            if marked and attrs["calendar"] == "gregorian" and year < 1000:
                return None  # 150 م: metres more often than a year
            if ranged and self._counted_after(tail_end, words.bare_year, tanween=False):
                return None  # 1800 - 1900 دولار: a range of amounts
            rule = words.year_range if ranged else words.bare_year
            if rule is None:
                return None
            explanation = "a year with its calendar" if marked else rule.explain
            return self._with_modifier(Candidate(start, tail_end, "DATE", rule.rule_id, explanation, CUE, start,
                                                 attrs=attrs))
        rule = words.bare_year
        if rule is None or len(text) - start < 4 or end - start != YEAR_DIGITS:
            return None
        if not rule.option("min", 1800) <= year <= rule.option("max", 2100):
            return None
        before = token_before(text, start)
        if before is None:
            return None
        explanation = None
        if before.kind == WORD:
            word = before.text
            context = words.year_context
            if word in context or word[:1] in "وف" and word[1:] in context:
                explanation = rule.explanation(word)
        elif before.text in _OPENING:
            after = token_at(text, end)
            if after is not None and after.text in _CLOSING:
                explanation = "a year in brackets"
        if explanation is None:
            return None
        if self._counted_after(end, rule):
            return None  # في 2014 شخصاً، قبل 2000 عام، حتى 1900 نقطة: a count, left to the figure rules
        return self._with_modifier(Candidate(start, end, "DATE", rule.rule_id, explanation, CUE, start, attrs=attrs))

    def _counted_after(self, end: int, rule: CueRule | None, tanween: bool = True) -> bool:
        """Whether the word after a number makes it a count: a `counted` word, or tanween (after a
        range an adverb has it too: 2023/2024 متأخراً)."""
        after = token_at(self.text, end)
        if after is None or after.kind != WORD:
            return False
        counted = rule.option_keys("counted") if rule is not None else frozenset()
        return tanween and after.end in self.tanween_ends or after.text in counted

    # -- months, weekdays, relative dates, feasts ------------------------------------------------

    def date_from_month(self, hit: Hit, rule: CueRule, months_at: dict[int, Hit], ambiguous: bool) -> Candidate | None:
        """A month, with a paired name after a slash (أيلول/سبتمبر), a day before (15 آذار) and a
        year after (كانون الأول 2018). An ambiguous name (آب is also أب, father) needs one of
        these or a context word before it (في، شهر)."""
        words = self.lexicon.dates
        start, end = hit.start, hit.end
        month = words.month_numbers.get(self.text[hit.start : hit.end])
        paired = self._paired_month_end(end, months_at)
        if paired is not None:
            end = paired
        year_token = self.year_after(end, rule)
        year = calendar = year_end = None
        if year_token is not None:
            year, year_end = int(year_token.text), year_token.end
            if self.text[year_end : year_end + 2].lstrip(" ")[:1] in _MARK_LETTERS:
                mark = self._year_mark(year_end)
                if mark is not None:
                    year_end, calendar = mark
            end = year_end
        before = token_before(self.text, hit.start - len(hit.proclitic))
        day = None
        has_day = (
            not hit.proclitic
            and before is not None
            and before.kind == NUMBER
            and before.text.isdigit()
            and 1 <= int(before.text) <= LAST_DAY
        )
        if has_day:
            start, day = before.start, int(before.text)
        elif not hit.proclitic and before is not None and before.kind == WORD:
            link = before
            if link.text == _MONTH_WORD:  # الثالث عشر من شهر شباط، 15 من شهر آذار
                link = token_before(self.text, link.start)
            if link is not None and link.text == _FROM:
                day_before = self._day_before_from(link.start)
                if day_before is not None:  # السابع من تشرين الأول
                    (start, day), has_day = day_before, True
        if ambiguous and paired is None and year_end is None and not has_day:
            after = token_at(self.text, end)
            context_before = before is not None and before.kind == WORD and before.text in rule.option_keys("context")
            context_after = after is not None and after.kind == WORD and after.text in rule.option_keys("context_after")
            if not (context_before or context_after):
                return None
        candidate = self.candidate(start, end, rule, hit, start if has_day else hit.start - len(hit.proclitic))
        if month is not None and (day is None or valid_day(year, month, day)):
            if calendar == "hijri" or calendar is None and rule.option("calendar", "") == "hijri":
                candidate.attrs = hijri_value(year, month, day)
            else:
                candidate.attrs = {"value": iso(year, month, day)}
            if year is None and self.direction_starts:
                self._direction_after(candidate)
        return candidate if has_day or not self.modifier_ends else self._with_modifier(candidate)

    def _day_before_from(self, pos: int) -> tuple[int, int] | None:
        """The start and number of the day before من (ending at `pos`): an ordinal or digits."""
        number = token_before(self.text, pos)
        if number is not None and number.kind == NUMBER and number.text.isdigit() and 1 <= int(number.text) <= LAST_DAY:
            return number.start, int(number.text)
        return self._ordinal_day_before(pos)

    def _ordinal_day_before(self, pos: int) -> tuple[int, int] | None:
        """The start and number of a day written as an ordinal (السابع، الحادي والعشرين) ending at `pos`."""
        ordinals = self.lexicon.dates.day_ordinals
        words: list[str] = []
        start = day = None
        for _ in range(2):
            token = token_before(self.text, pos)
            if token is None or token.kind != WORD:
                break
            words.insert(0, token.text)
            number = ordinals.get(" ".join(words))
            if number is not None:
                start, day = token.start, number
            pos = token.start
        if start is not None:
            noun = token_before(self.text, start)
            if noun is not None and noun.kind == WORD and noun.text.startswith("ال"):
                return None  # الأسبوع الأول من آذار: an ordinal adjective, not a day
        return (start, day) if start is not None else None

    def _paired_month_end(self, pos: int, months_at: dict[int, Hit]) -> int | None:
        slash = token_at(self.text, pos)
        if slash is None or slash.text != "/":
            return None
        second = token_at(self.text, slash.end)
        if second is None or second.kind != WORD:
            return None
        month = months_at.get(second.start)
        return month.end if month is not None and not month.proclitic else None

    def weekday(self, hit: Hit, rule: CueRule) -> Candidate | None:
        before = token_before(self.text, hit.start - len(hit.proclitic))
        not_after = rule.option_keys("not_after")
        if before is not None and not_after.intersection(readings(before.text)):
            return None  # كلا الاثنين: the two, not Monday
        candidate = self.candidate(hit.start, hit.end, rule, hit, hit.start - len(hit.proclitic))
        number = self.lexicon.dates.weekday_numbers.get(self.text[hit.start : hit.end])
        if number is not None:
            candidate.attrs = {"value": _WEEKDAY_VALUES[number], "weekday": number}
            if self.direction_starts:
                self._direction_after(candidate)
        return candidate

    def _direction_after(self, candidate: Candidate) -> None:
        """الثلاثاء المقبل، آذار الماضي: the word after that places the date before or after the
        document's; it joins the span and the value waits for the document's date."""
        found = self.direction_starts.get(candidate.end + 1)
        if found is not None and self.text[candidate.end] in _GAP:
            end, candidate.attrs["direction"], join = found
            if join:
                candidate.end = end
            self.relative_found = True

    def _with_modifier(self, candidate: Candidate) -> Candidate:
        """أوائل مارس، منتصف آذار، نهاية العام الماضي: the word before that narrows the date
        joins it (its proclitic stays outside), and `mod` says how (TIMEX3: START, MID, END)."""
        found = self.modifier_ends.get(candidate.word_start - 1)
        if found is None or self.text[candidate.word_start - 1] not in _GAP:
            return candidate
        start, word_start, mod, join = found
        if join:
            candidate.start, candidate.word_start = start, word_start
        candidate.attrs = {**(candidate.attrs or {}), "mod": mod}
        return candidate

    def date_words_found(self, modifiers: list[tuple[Hit, CueRule]], directions: list[tuple[Hit, CueRule]]) -> None:
        """Where the scan found the words that narrow a date (before it) or place it (after it)."""
        self.modifier_ends = {hit.end: (hit.start, hit.start - len(hit.proclitic), rule.option("mod", "MID"),
                                        rule.option("join", True)) for hit, rule in modifiers}
        self.direction_starts = {hit.start: (hit.end, rule.option("direction", "0"), rule.option("join", True))
                                 for hit, rule in directions if not hit.proclitic}
        self.years_read = set()
        self.relative_found = False

    def relative_date(self, hit: Hit, rule: CueRule) -> Candidate | None:
        """اليوم، أمس، الأسبوع الماضي، هذا العام: a date counted from the document's."""
        text = self.text
        if hit.proclitic and hit.end - hit.start < SHORTEST_BEHIND_PROCLITIC:
            return None  # لامس is "touched", not ل + أمس
        after = token_at(text, hit.end)
        if rule.option("needs_modifier", False) and (
                self.modifier_ends.get(hit.start - len(hit.proclitic) - 1) is None
                or (after is not None and after.kind == NUMBER)):
            return None  # نهاية العام, مطلع الشهر: the period is a date only after such a word (العام 2024 is a year)
        if after is not None and after.kind == WORD and after.text in rule.option_keys("not_after"):
            return None  # اليوم التالي، اليوم الوطني: a day, not today
        before = token_before(text, hit.start - len(hit.proclitic))
        if before is not None and before.kind == WORD and before.text in rule.option_keys("not_before"):
            return None  # ذلك اليوم
        if text[hit.start : hit.end] in rule.option_keys("ambiguous") and hit.end not in self.tanween_ends:
            if after is not None and after.kind == WORD and after.text not in self.lexicon.dates.weekday_numbers:
                return None  # غدا الوضع: the verb «became», not tomorrow
        candidate = self.candidate(hit.start, hit.end, rule, hit, hit.start - len(hit.proclitic))
        candidate.attrs = {"relative": rule.option("offset", "P0D")}
        weekday = self.lexicon.dates.weekday_numbers.get(after.text) if after is not None else None
        if weekday is not None and text[hit.end : after.start].isspace():  # اليوم الأحد: one date, its day named
            candidate.end = after.end
            candidate.attrs["weekday"] = weekday
        self.relative_found = True
        return self._with_modifier(candidate)

    def feast(self, hit: Hit, rule: CueRule) -> Candidate:
        candidate = self.candidate(hit.start, hit.end, rule, hit, hit.start - len(hit.proclitic))
        calendar, day = rule.option("calendar", "gregorian"), rule.option("day", None)
        if calendar == "hijri":
            candidate.attrs = {"value": "XXXX", "calendar": "hijri", "hijri": f"XXXX-{day}" if day else "XXXX"}
        else:
            candidate.attrs = {"value": f"XXXX-{day}" if day else "XXXX"}
        return candidate

    # -- clock times -----------------------------------------------------------------------------

    def time_after_head(self, hit: Hit, rule: CueRule) -> Candidate | None:
        """الساعة 10:30، الساعة الثالثة فجراً، الساعة العاشرة والنصف صباحاً."""
        reading = self._hour_at(hit.end)
        if reading is None:
            return None
        end, hour, minute = reading
        end, hour, minute = self._clock_tail(end, hour, minute)
        candidate = self.candidate(hit.start, end, rule, hit, hit.start - len(hit.proclitic), 2)
        candidate.attrs = {"value": clock(hour, minute)}
        return candidate

    def time_before_day_part(self, hit: Hit, rule: CueRule) -> Candidate | None:
        """العاشرة صباحاً، 7:45 مساءً، الثالثة والنصف فجراً: an hour before a part of the day."""
        text = self.text
        pos = hit.start - len(hit.proclitic)
        minute_word = None
        before = token_before(text, pos)
        if before is None:
            return None
        minutes = self.lexicon.dates.minutes
        if before.kind == WORD:
            for pair in (False, True):
                if pair:
                    first = token_before(text, before.start)
                    if first is None:
                        break
                    key, at = f"{first.text} {before.text}", first.start
                else:
                    key, at = before.text, before.start
                if key in minutes:
                    minute_word, pos = minutes[key], at
                    break
        start = hour = minute = None
        token = token_before(text, pos)
        if token is not None and token.kind == NUMBER and token.text.isdigit():
            colon = token_before(text, token.start)
            hours = token_before(text, colon.start) if colon is not None and colon.text == ":" else None
            if hours is not None and hours.kind == NUMBER and hours.text.isdigit() and len(token.text) == 2:
                start, hour, minute = hours.start, int(hours.text), int(token.text)
            elif colon is not None and colon.text in ("-", "–"):
                return None  # 2-1 مساء السبت: a score (or a range), not one o'clock
            else:
                start, hour, minute = token.start, int(token.text), 0
        elif token is not None and token.kind == WORD:
            hour_words = self.lexicon.dates.hours
            one = token_before(text, token.start)
            if one is not None and one.kind == WORD and f"{one.text} {token.text}" in hour_words:
                start, hour, minute = one.start, hour_words[f"{one.text} {token.text}"], 0
            elif token.text in hour_words:
                start, hour, minute = token.start, hour_words[token.text], 0
        if start is None or not 0 <= hour <= 24 or not 0 <= minute < 60:
            return None
        if minute_word is not None:
            hour, minute = _add_minutes(hour, minute, minute_word)
        hour = _shifted(hour, rule.option("shift", "am"))
        head = token_before(text, start)
        if head is not None and head.kind == WORD and head.text in ("الساعه", "الساعة"):
            start = head.start
        candidate = self.candidate(start, hit.end, rule, hit, start, 2)
        candidate.attrs = {"value": clock(hour, minute)}
        return candidate

    def fixed_time(self, hit: Hit, rule: CueRule) -> Candidate:
        candidate = self.candidate(hit.start, hit.end, rule, hit, hit.start - len(hit.proclitic))
        candidate.attrs = {"value": rule.option("time", "T00:00")}
        return candidate

    def _hour_at(self, pos: int) -> tuple[int, int, int] | None:
        """(end, hour, minute) of an hour in digits (10، 10:30) or words (الثالثة) at `pos`."""
        text = self.text
        found = _CLOCK_DIGITS.match(text, pos)
        if found is not None:
            hour, minute = int(found.group(1)), int(found.group(2) or 0)
            return (found.end(), hour, minute) if hour <= 24 and minute < 60 else None
        token = token_at(text, pos)
        if token is None or token.kind != WORD:
            return None
        hours = self.lexicon.dates.hours
        second = token_at(text, token.end)
        if second is not None and second.kind == WORD and f"{token.text} {second.text}" in hours:
            return second.end, hours[f"{token.text} {second.text}"], 0
        if token.text in hours:
            return token.end, hours[token.text], 0
        return None

    def _clock_tail(self, end: int, hour: int, minute: int) -> tuple[int, int, int]:
        """The minutes (والنصف، إلا ربعاً) and the part of the day (فجراً، مساءً) after an hour."""
        text, words = self.text, self.lexicon.dates
        token = token_at(text, end)
        if token is not None and token.kind == WORD:
            second = token_at(text, token.end)
            pair = f"{token.text} {second.text}" if second is not None and second.kind == WORD else None
            if pair is not None and pair in words.minutes:
                (hour, minute), end = _add_minutes(hour, minute, words.minutes[pair]), second.end
            elif token.text in words.minutes:
                (hour, minute), end = _add_minutes(hour, minute, words.minutes[token.text]), token.end
        token = token_at(text, end)
        if token is not None and token.kind == WORD:
            second = token_at(text, token.end)
            pair = f"{token.text} {second.text}" if second is not None and second.kind == WORD else None
            if pair is not None and pair in words.day_parts:
                return second.end, _shifted(hour, words.day_parts[pair]), minute
            if token.text in words.day_parts:
                return token.end, _shifted(hour, words.day_parts[token.text]), minute
        return end, hour, minute


def _add_minutes(hour: int, minute: int, added: int) -> tuple[int, int]:
    total = (hour * 60 + minute + added) % (24 * 60)
    return total // 60, total % 60


def _shifted(hour: int, shift: str) -> int:
    """The hour of a 24-hour clock: العاشرة مساءً → 22, الواحدة ظهراً → 13, الثانية عشرة ليلاً → 0."""
    if shift == "am":
        return 0 if hour == 12 else hour
    if shift == "noon":
        return hour + 12 if 1 <= hour <= 5 else hour
    if shift == "pm":
        return hour + 12 if hour < 12 else hour
    if shift == "night":
        return 0 if hour == 12 else hour + 12 if 6 <= hour < 12 else hour
    return hour


# -- the document's date ---------------------------------------------------------------------------

_DAY_VALUE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}\Z")


def dateline(text: str, candidates: list[Candidate]) -> dt.date | None:
    """The document's date from its dateline: a full date (day, month, year) on the first line,
    within the first characters, set off by a dash, colon, bracket or the line's end
    (القاهرة - 12 مارس 2024 -، «الرباط (12/3/2024)»)."""
    first_line = text.find("\n", 0, DATELINE_REACH)
    reach = first_line if first_line >= 0 else DATELINE_REACH
    early = sorted((c for c in candidates if c is not None and c.start < reach and c.label == "DATE" and c.attrs),
                   key=lambda candidate: candidate.start)
    for candidate in early:
        value = candidate.attrs.get("value", "")
        if "calendar" in candidate.attrs or not _DAY_VALUE.match(value):
            continue
        before = text[max(0, candidate.start - 4) : candidate.start].rstrip(" \t")
        after = text[candidate.end : candidate.end + 4].lstrip(" \t")
        if (candidate.start < 4 and not before or before[-1:] in _DATELINE_MARKS and before) or (
                not after or after[0] in _DATELINE_MARKS):
            return dt.date.fromisoformat(value)
    return None


def resolve_dates(candidates: list[Candidate], reference: dt.date | None) -> None:
    """Give relative dates their value against the document's date (`anchor`), or keep them
    relative: an offset (`relative`) or a direction (`direction`) and a value with X's."""
    for candidate in candidates:
        attrs = candidate.attrs
        if not attrs:
            continue
        relative, direction = attrs.get("relative"), attrs.get("direction")
        if relative is None and direction is None:
            continue
        if reference is None:
            if relative is not None:
                attrs.setdefault("value", relative)
            continue
        value = None
        if relative is not None:
            value = resolve(relative, reference)
        elif "weekday" in attrs and direction in "+-":
            value = weekday_near(reference, attrs["weekday"], direction)
        elif attrs.get("value", "").startswith("XXXX-") and "calendar" not in attrs:
            month = int(attrs["value"][5:7])
            year = reference.year
            if direction == "-" and month >= reference.month:
                year -= 1
            elif direction == "+" and month <= reference.month:
                year += 1
            value = f"{year:04d}{attrs['value'][4:]}"
        if value is not None:
            attrs["value"] = value
            attrs["anchor"] = reference.isoformat()
