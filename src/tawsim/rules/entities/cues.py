"""Cue rules: names that no list contains, found from the words around them.

Each method takes one cue hit (a title, an organisation or place head word, a given name, a month)
and reads a few tokens after or before it; nothing here walks the whole text.
"""

from __future__ import annotations

from tawsim.rules.entities.candidates import CUE, Board, Candidate
from tawsim.rules.entities.data import CueRule
from tawsim.rules.entities.dates import DateCues
from tawsim.rules.entities.lexicon import NAME, Lexicon, is_nisba, raw_key
from tawsim.rules.shared.gazetteer import Hit
from tawsim.text.clitics import ARTICLE, PROCLITICS, is_definite
from tawsim.text.normalize import MatchView
from tawsim.text.tokens import WORD, Token, iter_tokens, skip_spaces, token_at, token_before, tokens_after

NAMED = ("ORG", "LOC")
TANWEEN_MARKS = "\u064b\u064c\u064d"
POSSESSIVE_ENDINGS = ("ها", "هم", "هما", "هن")
BARE_ALEF = frozenset("اٱ")  # the article's alef; أ in ألمانيا، ألكسندر is a letter of the name


class CueReader(DateCues):
    """Reads names after cue words in one document. `known` holds the entities found so far;
    `cue_words` the word starts of titles and head words, which never belong to a name."""

    def __init__(
        self, view: MatchView, lexicon: Lexicon, known: Board, cue_words: dict[int, Hit], tanween_ends: frozenset[int]
    ) -> None:
        self.view = view
        self.text = view.text
        self.original = view.original
        self.identity = view.is_identity
        self.lexicon = lexicon
        self.known = known
        self.cue_words = cue_words
        self.tanween_ends = tanween_ends
        self._writes: dict[str, bool] = {}

    # -- helpers -------------------------------------------------------------------------------

    def cue_text(self, hit: Hit) -> str:
        return self.original_text(hit)

    def original_text(self, span: Hit | Token) -> str:
        if self.identity:
            return self.original[span.start : span.end]
        start, end = self.view.original_span(span.start, span.end)
        return self.original[start:end]

    def candidate(self, start: int, end: int, rule: CueRule, hit: Hit, word_start: int, tokens: int = 1) -> Candidate:
        return Candidate(start, end, rule.label, rule.rule_id, "", CUE, word_start, tokens,
                         (rule, hit.start, hit.end, self.text[hit.start : hit.end]))

    def stop_as_written(self, hit: Hit) -> bool:
        """A listed name that is a stop word as written here: على folds to the name علي."""
        key = self.text[hit.start : hit.end]
        if key not in self.lexicon.stop:
            return False
        start = hit.start if self.identity else self.view.original_offset(hit.start)
        if self.original[start : start + len(key)] in self.lexicon.stop_as_written:
            return True  # the usual case, read without mapping the end
        return self.lexicon.written_stop(key, self.cue_text(hit))

    def definite(self, token: Token) -> bool:
        """Whether the word carries the article, behind a proclitic too (بالقاهرة، للتحالف)."""
        word = token.text
        if word.startswith(ARTICLE):
            article = token.start
        elif word.startswith(ARTICLE, 1) and word[0] in PROCLITICS:
            article = token.start + 1
        elif word.startswith(ARTICLE, 2) and word[:2] in PROCLITICS:
            article = token.start + 2
        else:
            return is_definite(word)
        if not self.identity:
            article = self.view.original_offset(article)
        return self.original[article] in BARE_ALEF

    def has_article(self, token: Token) -> bool:
        """The word starts with the article itself, no proclitic in front (العراق, not والعراق)."""
        return token.text.startswith(ARTICLE) and self.definite(token)

    def writes(self, letter: str) -> bool:
        """Whether the document writes `letter` anywhere (ى، ة): some texts write ي for final ى
        and ه for ة throughout."""
        answer = self._writes.get(letter)
        if answer is None:
            answer = self._writes[letter] = letter in self.original
        return answer

    def function_word_at(self, start: int, end: int) -> bool:
        """Whether the given name in [start, end) that folds onto a function word (علي) is that
        word here: before one of its phrases (علي الرغم، علي الأقل، علي أن) or a verbal noun
        (علي استعداد), or, where the document writes final ى as ي, before any definite word,
        function word or common noun (علي الحدود)."""
        phrases = self.lexicon.function_word_names.get(self.text[start:end])
        if phrases is None:
            return False
        following = token_at(self.text, end)
        if following is None or following.kind != WORD:
            return False
        word = following.text
        lexicon = self.lexicon
        if word in phrases or lexicon.common_shape(word, lambda: raw_key(self.original_text(following)),
                                                    self.writes("ة"), noun_shaped_names=False):
            return True
        if not self.writes_ya_for_alef_maqsura():
            return False
        return (self.definite(following) and word not in lexicon.given_names) or lexicon.ends_name(word)

    def writes_ya_for_alef_maqsura(self) -> bool:
        """Whether the document writes final ى as ي: no ى anywhere, and words that take it
        written with ي (إلي، حتي، لدي). A short text with neither proves nothing."""
        answer = self._writes.get("ي for ى")
        if answer is None:
            pattern = self.lexicon.ya_for_alef_maqsura
            answer = not self.writes("ى") and (pattern is None or pattern.search(self.original) is not None)
            self._writes["ي for ى"] = answer
        return answer

    def reads_as_name(self, token: Token) -> bool:
        """Whether the first word after a title may start a name: not a verbal noun, a noun with
        its pronoun or an indefinite adjective (وأجرى الوزير اتصالا هاتفيا، وأكد الرئيس استعداده)."""
        word, lexicon = token.text, self.lexicon
        shape = lexicon.shapes.get(word)  # the usual case: a word seen before, answered at once
        if shape == NAME:
            return True
        if word in lexicon.noun_shaped_names or self.known.starting_at(token.start) is not None:
            return True
        return not lexicon.common_shape(word, lambda: raw_key(self.original_text(token)), self.writes("ة"))

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
        if word in lexicon.given_names and word in lexicon.stop and lexicon.written_stop(word, self.original_text(token)):
            return True
        if word.startswith("و") and word not in lexicon.given_names:
            return True  # و joins a second name or a new phrase; وليد، وائل are listed names
        if token.start in self.cue_words:
            return True
        if token.end in self.tanween_ends:
            return True  # رئيساً، مسؤولاً: an indefinite noun, never a name
        if first:
            return self.definite(token)
        return self.definite(token) and not word.startswith(ARTICLE)  # with a proclitic: a new phrase

    # -- persons -------------------------------------------------------------------------------

    def read_name(self, pos: int, max_units: int, after_given_name: bool) -> tuple[int, int, int] | None:
        """(start, end, units) of the name tokens from `pos`: stops at punctuation, stop words,
        verbs, cue words and tokens that start another entity (a one-word place may end a name:
        عدنان عفرين)."""
        tokens = iter_tokens(self.text, pos)
        start = end = -1
        units = 0
        particles = self.lexicon.particles
        blocks_name, starting_at = self.blocks_name, self.known.starting_at
        while units < max_units:
            token = next(tokens, None)
            if token is None:
                break
            first = units == 0 and not after_given_name
            if token.kind == WORD and token.text in particles:
                following = next(tokens, None)
                if following is None or blocks_name(following, first=False) or starting_at(following.start):
                    break
                start = token.start if start < 0 else start
                end, units = following.end, units + 1
                continue
            if blocks_name(token, first):
                break
            entity = starting_at(token.start)
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

    def skip_complements(self, pos: int, links: frozenset[str], construct_allowed: bool, title_definite: bool) -> int:
        """Skip what stands between a title and the name: definite complements and adjectives
        (الوزراء العراقي), a noun with its genitive right after the title word (مدير إدارة الدين),
        named organisations and places (حزب الله), further titles (اللواء), and a link word
        before an entity (في الجيش البريطاني). Past the first word only definite words are
        complements, so «وزير المالية الأردني سليم العبادلة» reads سليم العبادلة as the name;
        a title with the article is in apposition and has no genitive (الشيخ مشعل الأحمد)."""
        text, lexicon, cue_words = self.text, self.lexicon, self.cue_words
        starting_at = self.known.starting_at
        for _ in range(10):
            token = token_at(text, pos)
            if token is None or token.kind != WORD:
                break
            entity = starting_at(token.start)
            if entity is not None and entity.label in NAMED:
                pos, construct_allowed = entity.end, False
                continue
            cue = cue_words.get(token.start)
            if cue is not None:
                pos = cue.end
                continue
            word = token.text
            if word in links:
                following = token_at(text, token.end)
                entity = self.entity_at(following) if following is not None else None
                if entity is None:
                    break
                pos, construct_allowed = entity.end, False
                continue
            if self.definite(token) and not lexicon.is_stop(word) and word not in lexicon.given_names:
                pos, construct_allowed = token.end, False
                continue
            if construct_allowed and not title_definite and self._construct_complement(token):
                pos, construct_allowed = token_at(text, token.end).end, False
                continue
            break
        return pos

    def _construct_complement(self, token: Token) -> bool:
        """An indefinite noun with a definite genitive after it (إدارة الدين، مكتب الرئيس), which
        is part of a title, unless the noun is a known given name (بشار الأسد)."""
        lexicon = self.lexicon
        word = token.text
        if word in lexicon.given_names or word in lexicon.particles or lexicon.is_stop(word) or self.has_tanween(token):
            return False
        following = token_at(self.text, token.end)
        if following is None or following.kind != WORD:
            return False
        if self.entity_at(following) is not None:
            return True  # بعثة صندوق النقد: the body of a named organisation
        return (
            self.has_article(following)
            and following.text not in lexicon.given_names
            and not lexicon.is_stop(following.text)
        )

    def person_after_title(self, hit: Hit, rule: CueRule) -> Candidate | None:
        pos: int | None = hit.end
        has_object = rule.option("object", False)
        if has_object:
            pos = self.skip_object(hit.end)
            if pos is None:
                return None
        title_definite = self.text.startswith(ARTICLE, hit.start)
        pos = self.skip_complements(pos, rule.option_keys("links"), not has_object, title_definite)
        pos = self._past_lam_complement(pos)
        if pos is None:
            return None
        name = self.read_name(pos, rule.option("max_tokens", 3), after_given_name=False)
        if name is None:
            return None
        start, end, units = name
        if units < rule.option("min_tokens", 1):
            return None  # الفريق جاهز: a rank needs a name of two words
        first = token_at(self.text, start)
        if first is None or not self.reads_as_name(first):
            return None
        if first.text in self.lexicon.function_word_names and self.function_word_at(first.start, first.end):
            return None  # وأكد الوزير علي ضرورة: على written with ي
        return self.candidate(start, end, rule, hit, start, units)

    def _past_lam_complement(self, pos: int) -> int | None:
        """After a title, a word with ل names what the title is of (الرئيس التنفيذي لمدار، رئيس
        الكتلة البرلمانية لحمس): the name starts after it, at a given name, or there is none."""
        token = token_at(self.text, pos)
        if token is None or token.kind != WORD or not token.text.startswith("ل") or len(token.text) < 4:
            return pos
        lexicon = self.lexicon
        if token.text in lexicon.given_names or lexicon.is_stop(token.text) or self.known.starting_at(token.start):
            return pos
        following = token_at(self.text, token.end)
        if following is None or following.kind != WORD or lexicon.is_stop(following.text):
            return None  # لحمس، … / لحمس إن: the complement ends the title, no name follows
        return token.end if following.text in lexicon.given_names else pos

    def person_from_patronymic(self, hit: Hit, rule: CueRule) -> Candidate | None:
        """A name of two words joined by بن/ابن/بنت (سعيد بن عمر, بن علي after a given name is
        read by the given-name rule): neither word a stop word, a common noun or definite first."""
        if hit.proclitic:
            return None
        before, after = token_before(self.text, hit.start), token_at(self.text, hit.end)
        if before is None or after is None or before.kind != WORD or after.kind != WORD:
            return None
        lexicon = self.lexicon
        first, start = before.text, before.start
        if first.startswith("و") and first not in lexicon.given_names and first[1:] in lexicon.given_names:
            first, start = first[1:], start + 1  # وسعيد بن عمر
        for word in (first, after.text):
            if len(word) < 2 or lexicon.ends_name(word) or lexicon.is_stop(word) or word in lexicon.particles:
                return None
        if self.definite(before) or before.start in self.cue_words or before.end in self.tanween_ends:
            return None
        return self.candidate(start, after.end, rule, hit, before.start, 3)

    def person_from_given_name(self, hit: Hit, rule: CueRule) -> Candidate | None:
        rest = self.read_name(hit.end, rule.option("max_tokens", 3) - 1, after_given_name=True)
        if rest is not None and not self.text.startswith(ARTICLE, rest[0]):  # الحلبي: a family name
            following = token_at(self.text, rest[0])
            if following is None or not self.reads_as_name(following):
                return None  # وأجرى محمد اتصالا هاتفيا: a verbal noun, not his family name
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
        if follows == "adjective_complement":
            return self._org_with_complement(hit, rule)
        if rule.option("not_after_title", False) and self._after_cue_word(word_start):
            return None  # a complement: وزير الخارجية الفرنسي، وزارة الدفاع الروسية
        max_tokens = rule.option("max_tokens", 4)
        end = -1
        pending: list[Token] = []
        definite_seen = joined = modified = False
        is_stop, is_nisba, org_adjectives = self.lexicon.is_stop, self.is_nisba, self.lexicon.org_adjectives
        for index, token in enumerate(iter_tokens(self.text, hit.end)):
            if index >= max_tokens:
                break
            word = token.text
            if token.kind != WORD or is_stop(word) or self._ends_organisation(token, follows):
                break
            if definite_seen and (is_nisba(word) or word in org_adjectives):
                end, modified = token.end, True  # an adjective, even one that is also a place (السعودية)
                continue
            if definite_seen and not joined and self._joined_definite(word):
                end, joined = token.end, True  # وزارة الداخلية والبلديات
                continue
            entity = self.known.starting_at(token.start)
            if entity is not None:
                if follows != "nisba" and entity.label in NAMED and entity.start == token.start and not definite_seen:
                    end = entity.end
                    if entity.label == "LOC":
                        end = self._nisba_run(end)
                    # وكالة المغرب العربي للأنباء، شركة X للنفط: a media or company name goes on
                    modified = end > entity.end or follows == "any_name"
                break
            if follows == "nisba" or definite_seen:
                if not self.is_nisba(word):
                    break
                end, modified = token.end, True
            elif self.has_article(token):
                end = token.end
                definite_seen = True
            elif self.definite(token):
                break
            else:
                pending.append(token)
        if end < 0 and follows == "any_name" and 0 < len(pending) <= 3:
            end, modified = pending[-1].end, True  # إذاعة موزاييك إف إم; شركة بيان باي للمدفوعات
        if end < 0 and rule.option("needs_modifier", False) and _bare_name(pending):
            complement_end = self.complement_after(pending[-1].end, rule.option_keys("links"))
            if complement_end is not None:  # مجموعة مدار للاتصالات: a bare name and what it is for
                return self.candidate(hit.start, complement_end, rule, hit, hit.start - len(hit.proclitic), 2)
        if end < 0 and _patronymic(pending, self.lexicon.particles):
            end = pending[-1].end  # كتيبة عقبة بن نافع: named after a person
        if end < 0:
            return None
        if modified and follows != "nisba":  # وكالة المغرب العربي للأنباء
            complement_end = self.complement_after(end, rule.option_keys("links"))
            if complement_end is not None:
                end = complement_end
        elif rule.option("needs_modifier", False):
            return None  # مكتب الصحة: a generic office, not a name
        return self.candidate(hit.start, end, rule, hit, hit.start - len(hit.proclitic), 2)

    def _org_with_complement(self, hit: Hit, rule: CueRule) -> Candidate | None:
        """A definite head, its adjectives and a complement: المنظمة الدولية للهجرة، المركز
        الوطني للأرصاد. Without the complement the words are generic (المنظمة الدولية)."""
        end = -1
        org_adjectives = self.lexicon.org_adjectives
        for token in tokens_after(self.text, hit.end, 3):
            word = token.text
            if token.kind != WORD or not self.has_article(token) or not (self.is_nisba(word) or word in org_adjectives):
                break
            end = token.end
        if end < 0:
            return None
        complement_end = self.complement_after(end, rule.option_keys("links"))
        if complement_end is None:
            return None
        return self.candidate(hit.start, complement_end, rule, hit, hit.start - len(hit.proclitic), 2)

    def complement_after(self, pos: int, links: frozenset[str]) -> int | None:
        """The end of what an organisation name is "for", right after `pos`: a ل phrase
        (للأنباء، للهجرة والتنمية، لحقوق الإنسان) or a link phrase (من أجل ديمقراطية الانتخابات),
        with the adjectives after it."""
        tokens = tokens_after(self.text, pos, 6)
        if not tokens or tokens[0].kind != WORD:
            return None
        first, word = tokens[0], tokens[0].text
        lexicon = self.lexicon
        if first.start in self.cue_words or self.known.starting_at(first.start) is not None:
            return None  # لوزارة الخارجية، للعراق: another name, not a complement
        if word in lexicon.not_complements:
            return None
        if word.startswith("لل") and len(word) > 4:
            if lexicon.is_stop(ARTICLE + word[2:]):
                return None  # للمرة، للعام
            rest = 1
        elif len(tokens) >= 2 and (links and f"{word} {tokens[1].text}" in links):
            rest = self._noun_phrase(tokens, 2)
            if rest is None:
                return None
        elif word.startswith("ل") and len(word) > 3 and not lexicon.is_stop(word):
            rest = self._noun_phrase(tokens, 0, proclitic=1)
            if rest is None:
                return None
        else:
            return None
        end = tokens[rest - 1].end
        joined = 0
        for token in tokens[rest:]:
            text = token.text
            if token.kind != WORD or lexicon.is_stop(text) or token.start in self.cue_words:
                break
            if self.has_article(token) and (is_nisba(text) or text in lexicon.org_adjectives):
                end = token.end  # للتنمية الزراعية: any adjective belongs to the complement
            elif joined < 2 and self._joined_definite(text):
                end, joined = token.end, joined + 1
            else:
                break
        return end

    def _noun_phrase(self, tokens: list[Token], index: int, proclitic: int = 0) -> int | None:
        """The index after a definite noun, or an indefinite noun with its definite genitive,
        starting at tokens[index] (behind `proclitic` letters): لحقوق الإنسان، ديمقراطية الانتخابات."""
        if index >= len(tokens) or tokens[index].kind != WORD:
            return None
        token = tokens[index]
        word = token.text[proclitic:]
        if len(word) < 2 or self.lexicon.is_stop(word) or self.has_tanween(token):
            return None
        if word.startswith(ARTICLE) and (proclitic == 0 and self.has_article(token)):
            return index + 1
        following = tokens[index + 1] if index + 1 < len(tokens) else None
        if (following is None or following.kind != WORD or not self.has_article(following)
                or self.lexicon.is_stop(following.text) or self.known.starting_at(following.start) is not None
                and self.known.starting_at(following.start).label == "PER"):
            return None
        return index + 2

    def _joined_definite(self, word: str) -> bool:
        """و + a definite noun that is not an adjective: the second half of a paired name."""
        return (
            word.startswith("وال")
            and len(word) > 4
            and not self.is_nisba(word[1:])
            and not self.lexicon.is_stop(word)
        )

    def _ends_organisation(self, token: Token, follows: str) -> bool:
        cue = self.cue_words.get(token.start)
        if cue is None or follows == "nisba":
            return False
        # الدفاع in وزارة الدفاع goes on, and so does a definite head in حزب التجمع الوطني
        return cue.payload.rule.option("follows", "") not in ("nisba", "adjective_complement")

    def _after_cue_word(self, word_start: int) -> bool:
        before = token_before(self.text, word_start)
        if before is None or before.kind != WORD:
            return False
        return before.start in self.cue_words  # also the start of a title covering it (رئيس الحكومة)

    def media_complement_after(self, candidate: Candidate) -> int | None:
        """The end of the ل phrase after a listed name that starts with a media or company head
        (وكالة فيتش → وكالة فيتش للتصنيف الائتماني), as after a name read behind that head."""
        head = self.cue_words.get(candidate.word_start)
        if head is None or head.payload.rule.option("follows", "") != "any_name":
            return None
        if not self.text.startswith("لل", skip_spaces(self.text, candidate.end)):
            return None
        return self.complement_after(candidate.end, frozenset())

    def nationality_after(self, pos: int) -> int | None:
        """The end of a definite nationality adjective right after `pos` (مجلس النواب الليبي)."""
        if self.text.find(ARTICLE, pos + 1, pos + 4) < 0:
            return None  # no definite word next: the common case, answered cheaply
        token = token_at(self.text, pos)
        if token is None or token.kind != WORD or token.text not in self.lexicon.nationalities:
            return None
        return token.end if self.has_article(token) else None

    def _nisba_run(self, pos: int) -> int:
        for token in tokens_after(self.text, pos, 2):
            if token.kind != WORD or not self.is_nisba(token.text) or self.known.starting_at(token.start):
                break
            pos = token.end
        return pos

    def paired_place(self, start: int, end: int, rule: CueRule, place: Candidate) -> Candidate | None:
        """The one word in [start, end) as a place paired with `place`, if it reads as a name."""
        word = self.text[start:end]
        lexicon = self.lexicon
        if len(word) < 3 or lexicon.ends_name(word) or lexicon.is_stop(word) or word in lexicon.nationalities:
            return None
        if word.endswith(POSSESSIVE_ENDINGS) and len(word) > 4:
            return None  # بين حلب وريفها: a noun with its pronoun, not a name
        if end in self.tanween_ends or start in self.cue_words or self.known.starting_at(start) is not None:
            return None
        if self.is_nisba(word) and not word.startswith(ARTICLE):
            return None  # بين سوريا وتركية-like adjectives
        following = token_at(self.text, end)
        if (following is not None and following.kind == WORD and following.start != place.word_start
                and not lexicon.ends_name(following.text)):
            return None  # more name words follow: not a one-word place
        return self.candidate(start, end, rule, place, start)

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
        compound = word in self.lexicon.compound_first
        if not compound and self.lexicon.ends_name(word) or self.definite(first) and not self.has_article(first):
            return None
        if word in self.lexicon.nationalities or self.has_tanween(first):
            return None  # مدينة سورية: an adjective, not a name
        if rule.option("accept", "any") == "definite" and not self.has_article(first) and not (
            compound and len(tokens) > 1 and tokens[1].kind == WORD and self.has_article(tokens[1])
        ):
            return None  # منطقة عسكرية is no name; منطقة رأس الحكمة is
        if rule.option("accept", "any") == "definite" and self.is_nisba(word):
            return None
        end, units = first.end, 1
        if compound and len(tokens) > 1:
            second = tokens[1]
            if second.kind == WORD and not self.blocks_name(second, first=False) and not self.known.starting_at(second.start):
                end, units = second.end, 2
        if compound and units == 1 and self.lexicon.ends_name(word):
            return None  # أم alone is the conjunction, not a place
        if units == 1 and len(tokens) > 1 and self.has_article(first) and self.text[hit.end - 1] == "ه":
            second = tokens[1]
            if second.kind == WORD and second.text in rule.option_keys("adjectives"):
                end, units = second.end, 2  # ولاية الحوض الشرقي: the masculine direction names it
        return self.candidate(first.start, end, rule, hit, first.start, units)


def _bare_name(tokens: list[Token]) -> bool:
    """One or two words that may be a foreign name, not an adjective agreeing with a feminine head
    (مجموعة كبيرة)."""
    return 0 < len(tokens) <= 2 and not any(token.text.endswith("ه") for token in tokens)


def _patronymic(tokens: list[Token], particles: set[str]) -> bool:
    """Words that read as a person's name joined by a name particle (عقبة بن نافع)."""
    return (len(tokens) == 3 and tokens[1].text in particles
            and tokens[0].text not in particles and tokens[2].text not in particles)

