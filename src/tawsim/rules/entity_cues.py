"""Cue rules: names that no list contains, found from the words around them.

Each method takes one cue hit (a title, an organisation or place head word, a given name, a month)
and reads a few tokens after or before it; nothing here walks the whole text.
"""

from __future__ import annotations

import re

from tawsim.rules.entity_candidates import CUE, Board, Candidate
from tawsim.rules.entity_data import CueRule
from tawsim.rules.entity_lexicon import Lexicon, is_indefinite_nisba, is_nisba
from tawsim.rules.gazetteer import Hit
from tawsim.text.clitics import ARTICLE, PROCLITICS, is_definite
from tawsim.text.normalize import MatchView
from tawsim.text.tokens import MARK, NUMBER, WORD, Token, iter_tokens, token_at, token_before, tokens_after

NAMED = ("ORG", "LOC")
TANWEEN = re.compile("[\u064b\u064c\u064d]")
BARE_ALEF = frozenset("اٱ")  # the article's alef; أ in ألمانيا، ألكسندر is a letter of the name
YEAR_DIGITS = 4
LAST_DAY = 31


class CueReader:
    """Reads names after cue words in one document. `known` holds the entities found so far;
    `cue_words` the word starts of titles and head words, which never belong to a name."""

    def __init__(
        self, view: MatchView, lexicon: Lexicon, known: Board, cue_words: dict[int, Hit], tanween_ends: frozenset[int]
    ) -> None:
        self.view = view
        self.text = view.text
        self.lexicon = lexicon
        self.known = known
        self.cue_words = cue_words
        self.tanween_ends = tanween_ends

    # -- helpers -------------------------------------------------------------------------------

    def cue_text(self, hit: Hit) -> str:
        return self.original_text(hit)

    def original_text(self, span: Hit | Token) -> str:
        start, end = self.view.original_span(span.start, span.end)
        return self.view.original[start:end]

    def candidate(self, start: int, end: int, rule: CueRule, hit: Hit, word_start: int, tokens: int = 1) -> Candidate:
        return Candidate(start, end, rule.label, rule.rule_id, "", CUE, word_start, tokens,
                         (rule, hit.start, hit.end, self.text[hit.start : hit.end]))

    def definite(self, token: Token) -> bool:
        """Whether the word carries the article, behind a proclitic too (بالقاهرة، للتحالف)."""
        word = token.text
        for size in (0, 1, 2):
            if size and word[:size] not in PROCLITICS:
                continue
            if word.startswith(ARTICLE, size):
                return self.view.original[self.view.original_offset(token.start + size)] in BARE_ALEF
        return is_definite(word)

    def has_article(self, token: Token) -> bool:
        """The word starts with the article itself, no proclitic in front (العراق, not والعراق)."""
        return token.text.startswith(ARTICLE) and self.definite(token)

    def has_tanween(self, token: Token) -> bool:
        return token.end in self.tanween_ends

    def is_nisba(self, word: str) -> bool:
        return is_nisba(word) and word not in self.lexicon.not_nisba

    def entity_at(self, token: Token, labels: tuple[str, ...] = NAMED) -> Candidate | None:
        entity = self.known.starting_at(token.start)
        return entity if entity is not None and entity.label in labels else None

    def blocks_name(self, token: Token, first: bool) -> bool:
        word = token.text
        lexicon = self.lexicon
        if token.kind != WORD or len(word) < 2 or lexicon.ends_name(word):
            return True
        if word in lexicon.given_names and lexicon.written_stop(word, self.original_text(token)):
            return True
        if word.startswith("و") and word not in lexicon.given_names:
            return True  # و joins a second name or a new phrase; وليد، وائل are listed names
        if token.start in self.cue_words:
            return True
        if self.has_tanween(token):
            return True  # رئيساً، مسؤولاً: an indefinite noun, never a name
        if first:
            return self.definite(token)
        return self.definite(token) and not self.has_article(token)

    # -- persons -------------------------------------------------------------------------------

    def read_name(self, pos: int, max_units: int, after_given_name: bool) -> tuple[int, int, int] | None:
        """(start, end, units) of the name tokens from `pos`: stops at punctuation, stop words,
        verbs, cue words and tokens that start another entity (a one-word place may end a name:
        عدنان عفرين)."""
        tokens = iter_tokens(self.text, pos)
        start = end = -1
        units = 0
        particles = self.lexicon.particles
        while units < max_units:
            token = next(tokens, None)
            if token is None:
                break
            first = units == 0 and not after_given_name
            if token.kind == WORD and token.text in particles:
                following = next(tokens, None)
                if following is None or self.blocks_name(following, first=False) or self.known.starting_at(following.start):
                    break
                start = token.start if start < 0 else start
                end, units = following.end, units + 1
                continue
            if self.blocks_name(token, first):
                break
            entity = self.known.starting_at(token.start)
            if entity is not None:
                if entity.label == "PER" and entity.start == token.start:
                    start = token.start if start < 0 else start
                    end, units = entity.end, units + entity.tokens
                elif not first and entity.label == "LOC" and entity.tokens == 1 and entity.start == token.start:
                    start = token.start if start < 0 else start
                    end, units = entity.end, units + 1
                break
            start = token.start if start < 0 else start
            end, units = token.end, units + 1
            if not first and self.has_article(token):
                break  # a family name with the article ends the name: محمد الحلبوسي
        return (start, end, units) if units else None

    def skip_object(self, pos: int) -> int | None:
        """After «المتحدث باسم»: the end of the organisation or place the title speaks for."""
        for token in tokens_after(self.text, pos, 5):
            if token.kind != WORD:
                return None  # a sentence mark before any organisation
            entity = self.entity_at(token)
            if entity is not None:
                return entity.end
            if self.lexicon.is_stop(token.text):
                return None
        return None

    def skip_complements(self, pos: int, links: frozenset[str]) -> int:
        """Skip what stands between a title and the name: definite complements and adjectives
        (الوزراء العراقي), named organisations and places (حزب الله), further titles (اللواء),
        and a link word before an entity (في الجيش البريطاني)."""
        for _ in range(10):
            token = token_at(self.text, pos)
            if token is None or token.kind != WORD:
                break
            entity = self.entity_at(token)
            if entity is not None:
                pos = entity.end
                continue
            cue = self.cue_words.get(token.start)
            if cue is not None:
                pos = cue.end
                continue
            word = token.text
            if word in links:
                following = token_at(self.text, token.end)
                entity = self.entity_at(following) if following is not None else None
                if entity is None:
                    break
                pos = entity.end
                continue
            if self.definite(token) and not self.lexicon.is_stop(word) and word not in self.lexicon.given_names:
                pos = token.end
                continue
            break
        return pos

    def person_after_title(self, hit: Hit, rule: CueRule) -> Candidate | None:
        pos: int | None = hit.end
        if rule.option("object", False):
            pos = self.skip_object(hit.end)
            if pos is None:
                return None
        pos = self.skip_complements(pos, rule.option_keys("links"))
        name = self.read_name(pos, rule.option("max_tokens", 3), after_given_name=False)
        if name is None:
            return None
        start, end, units = name
        return self.candidate(start, end, rule, hit, start, units)

    def person_from_given_name(self, hit: Hit, rule: CueRule) -> Candidate | None:
        if self.lexicon.written_stop(self.text[hit.start : hit.end], self.cue_text(hit)):
            return None  # على is a preposition even though it folds to the name علي
        rest = self.read_name(hit.end, rule.option("max_tokens", 3) - 1, after_given_name=True)
        units = 1 + (rest[2] if rest else 0)
        if units < rule.option("min_tokens", 2):
            return None
        end = rest[1] if rest else hit.end
        return self.candidate(hit.start, end, rule, hit, hit.start - len(hit.proclitic), units)

    # -- organisations and places --------------------------------------------------------------

    def org_after_head(self, hit: Hit, rule: CueRule) -> Candidate | None:
        word_start = hit.start - len(hit.proclitic)
        if self.known.starting_at(word_start) is not None:
            return None  # the head starts a listed name (قوات سوريا الديمقراطية): the list knows better
        follows = rule.option("follows", "name")
        if follows == "nisba" and self._after_cue_word(word_start):
            return None  # a complement: وزير الخارجية الفرنسي، وزارة الدفاع الروسية
        max_tokens = rule.option("max_tokens", 4)
        end = -1
        pending: list[Token] = []
        definite_seen = False
        for index, token in enumerate(iter_tokens(self.text, hit.end)):
            if index >= max_tokens:
                break
            word = token.text
            if token.kind != WORD or self.lexicon.is_stop(word) or self._ends_organisation(token, follows):
                break
            if definite_seen and self.is_nisba(word):
                end = token.end  # an adjective, even one that is also a place (السعودية)
                continue
            entity = self.known.starting_at(token.start)
            if entity is not None:
                if follows != "nisba" and entity.label in NAMED and entity.start == token.start and not definite_seen:
                    end = entity.end
                    if entity.label == "LOC":
                        end = self._nisba_run(end)
                break
            if follows == "nisba" or definite_seen:
                if not self.is_nisba(word):
                    break
                end = token.end
            elif self.has_article(token):
                end, definite_seen = token.end, True
            elif self.definite(token):
                break
            else:
                pending.append(token)
        if end < 0 and follows == "any_name" and 0 < len(pending) <= 2:
            end = pending[-1].end
        if end < 0:
            return None
        return self.candidate(hit.start, end, rule, hit, hit.start - len(hit.proclitic), 2)

    def _ends_organisation(self, token: Token, follows: str) -> bool:
        cue = self.cue_words.get(token.start)
        if cue is None or follows == "nisba":
            return False
        return cue.payload.rule.option("follows", "") != "nisba"  # الدفاع in وزارة الدفاع goes on

    def _after_cue_word(self, word_start: int) -> bool:
        before = token_before(self.text, word_start)
        if before is None or before.kind != WORD:
            return False
        return before.start in self.cue_words  # also the start of a title covering it (رئيس الحكومة)

    def _nisba_run(self, pos: int) -> int:
        for token in tokens_after(self.text, pos, 2):
            if token.kind != WORD or not self.is_nisba(token.text) or self.known.starting_at(token.start):
                break
            pos = token.end
        return pos

    def place_after_head(self, hit: Hit, rule: CueRule) -> Candidate | None:
        tokens = tokens_after(self.text, hit.end, 2)
        if not tokens or tokens[0].kind != WORD:
            return None
        first = tokens[0]
        word = first.text
        if self.known.starting_at(first.start) is not None:
            return None  # a known place is found by its list already; anything else is not a place
        if first.start in self.cue_words and word not in self.lexicon.compound_first:
            return None  # a title or head word: الشيخ may start a place name, the others not
        if self.lexicon.ends_name(word) or self.definite(first) and not self.has_article(first):
            return None
        if is_indefinite_nisba(word) or rule.option("accept", "any") == "definite" and not self.has_article(first):
            return None
        if rule.option("accept", "any") == "definite" and self.is_nisba(word):
            return None
        end, units = first.end, 1
        if word in self.lexicon.compound_first and len(tokens) > 1:
            second = tokens[1]
            if second.kind == WORD and not self.blocks_name(second, first=False) and not self.known.starting_at(second.start):
                end, units = second.end, 2
        return self.candidate(first.start, end, rule, hit, first.start, units)

    # -- dates ---------------------------------------------------------------------------------

    def year_after(self, pos: int, rule: CueRule) -> int | None:
        if not any(character.isdigit() for character in self.text[pos : pos + 3]):
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
        if ambiguous and paired is None and year_end is None and not has_day:
            after = token_at(self.text, end)
            context_before = before is not None and before.kind == WORD and before.text in rule.option_keys("context")
            context_after = after is not None and after.kind == WORD and after.text in rule.option_keys("context_after")
            if not (context_before or context_after):
                return None
        return self.candidate(start, end, rule, hit, start if has_day else hit.start - len(hit.proclitic))

    def _paired_month_end(self, pos: int, months_at: dict[int, Hit]) -> int | None:
        slash = token_at(self.text, pos)
        if slash is None or slash.text != "/":
            return None
        second = token_at(self.text, slash.end)
        if second is None or second.kind != WORD:
            return None
        month = months_at.get(second.start)
        return month.end if month is not None and not month.proclitic else None

    def weekday(self, hit: Hit, rule: CueRule, ambiguous: bool) -> Candidate | None:
        if ambiguous:
            before = token_before(self.text, hit.start - len(hit.proclitic))
            after = token_at(self.text, hit.end)
            context = rule.option_keys("context")
            if not (before is not None and before.text in context or after is not None and after.kind == MARK):
                return None
        return self.candidate(hit.start, hit.end, rule, hit, hit.start - len(hit.proclitic))
