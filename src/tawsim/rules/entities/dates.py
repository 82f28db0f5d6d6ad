"""Date cues: weekdays, months (paired, with a day and a year) and years after العام/عام.

A mixin of the cue reader: it needs `text` (the normalised text) and `candidate(...)`.
"""

from __future__ import annotations

import re

from tawsim.rules.entities.candidates import Candidate
from tawsim.rules.entities.data import CueRule
from tawsim.rules.entities.lexicon import Lexicon
from tawsim.rules.shared.gazetteer import Hit
from tawsim.text.clitics import readings
from tawsim.text.tokens import NUMBER, WORD, token_at, token_before

YEAR_DIGITS = 4
LAST_DAY = 31
_DIGIT_SOON = re.compile(r"[^\S\n]{0,2}\d")
_FROM = "من"


class DateCues:
    """Date methods of the cue reader, which provides `text` and `candidate(...)`."""

    text: str
    lexicon: "Lexicon"

    def year_after(self, pos: int, rule: CueRule) -> int | None:
        if _DIGIT_SOON.match(self.text, pos) is None:
            return None  # the quick answer for the many العام not followed by a year
        token = token_at(self.text, pos)
        if token is None or token.kind != NUMBER or len(token.text) != YEAR_DIGITS or not token.text.isdigit():
            return None
        if not rule.option("min", 1000) <= int(token.text) <= rule.option("max", 2999):
            return None
        return token.end

    def date_from_year_head(self, hit: Hit, rule: CueRule) -> Candidate | None:
        end = self.year_after(hit.end, rule)
        if end is None:
            return None
        return self.candidate(hit.start, end, rule, hit, hit.start - len(hit.proclitic))

    def date_from_month(self, hit: Hit, rule: CueRule, months_at: dict[int, Hit], ambiguous: bool) -> Candidate | None:
        """A month, with a paired name after a slash (أيلول/سبتمبر), a day before (15 آذار) and a
        year after (كانون الأول 2018). An ambiguous name (آب is also أب, father) needs one of
        these or a context word before it (في، شهر)."""
        start, end = hit.start, hit.end
        paired = self._paired_month_end(end, months_at)
        if paired is not None:
            end = paired
        year_end = self.year_after(end, rule)
        if year_end is not None:
            end = year_end
        before = token_before(self.text, hit.start - len(hit.proclitic))
        has_day = (
            not hit.proclitic
            and before is not None
            and before.kind == NUMBER
            and before.text.isdigit()
            and 1 <= int(before.text) <= LAST_DAY
        )
        if has_day:
            start = before.start
        elif not hit.proclitic and before is not None and before.text == _FROM:
            day_start = self._ordinal_day_before(before.start)
            if day_start is not None:  # السابع من تشرين الأول
                start, has_day = day_start, True
        if ambiguous and paired is None and year_end is None and not has_day:
            after = token_at(self.text, end)
            context_before = before is not None and before.kind == WORD and before.text in rule.option_keys("context")
            context_after = after is not None and after.kind == WORD and after.text in rule.option_keys("context_after")
            if not (context_before or context_after):
                return None
        return self.candidate(start, end, rule, hit, start if has_day else hit.start - len(hit.proclitic))

    def _ordinal_day_before(self, pos: int) -> int | None:
        """The start of a day written as an ordinal (السابع، الحادي والعشرين) ending at `pos`."""
        ordinals = self.lexicon.day_ordinals
        words: list[str] = []
        start = None
        for _ in range(2):
            token = token_before(self.text, pos)
            if token is None or token.kind != WORD:
                break
            words.insert(0, token.text)
            if " ".join(words) in ordinals:
                start = token.start
            pos = token.start
        if start is not None:
            noun = token_before(self.text, start)
            if noun is not None and noun.kind == WORD and noun.text.startswith("ال"):
                return None  # الأسبوع الأول من آذار: an ordinal adjective, not a day
        return start

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
        return self.candidate(hit.start, hit.end, rule, hit, hit.start - len(hit.proclitic))
