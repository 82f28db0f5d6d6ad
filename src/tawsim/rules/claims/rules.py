"""Claims: reported clauses, attributed quotations and attributed sentences, each with its speaker.

One Aho-Corasick pass over the normalised text (tawsim.rules.shared.scanner, shared with the other rule
sets) finds the speech verbs, continuation cues and attribution cues; str.find finds the quotation
marks and sentence ends. Everything else is Python work around those hits, in document order, so
that a pronoun (لكنه، وأضاف، وفق قوله) can refer to the latest speaker (speakers.py). The cue
words are data: resources/rules/claims/, described in docs/rules-claims.md.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable

from tawsim.rules.claims.cues import ATTRIBUTION, CONTINUATION, ClaimCues, Hit, word_alternation
from tawsim.rules.claims.speakers import (
    CHARACTERS_PER_WORD,
    LATEST,
    NAMED_COLON,
    RELATIVE,
    SOURCE,
    SPACES,
    UNNAMED,
    UNNAMED_GROUP,
    Speaker,
    SpeakerFinder,
)
from tawsim.rules.claims.text import (
    EntityIndex,
    Quote,
    Sentences,
    find_quotes,
    skip,
    trim,
    word_before,
    word_count,
)
from tawsim.rules.shared.matches import Match
from tawsim.rules.shared.scanner import ClaimHit, WordHits, WordScanner
from tawsim.text.normalize import MatchView



@dataclass(eq=False, slots=True)
class Claim:
    start: int  # normalised offsets
    end: int
    rule: str
    explanation: str
    speaker: int | None  # index into the entity list
    whole_sentence: bool = False  # an attribution claim that yields to any other in its sentence
    clause: bool = False  # runs to the end of its sentence, so a continuation cue may cut it


def shortest_stems(words: Iterable[str]) -> list[str]:
    """The words no other word is a prefix of: every word starts with one of them (ان، بان)."""
    stems: list[str] = []
    for word in sorted(words, key=len):
        if not any(word.startswith(stem) for stem in stems):
            stems.append(word)
    return stems


class ClaimRules:
    def __init__(self, cues: ClaimCues) -> None:
        self.cues = cues
        openers = "".join(re.escape(mark) for mark in cues.quote_pairs)
        self.cue_markers = (
            [(" " + stem, "comp") for stem in shortest_stems(cues.complementizers)]
            + [(mark, "quote") for mark in cues.quote_pairs]
            + [(":", "colon")]
        )
        self.complementizer_here = re.compile(rf"(?:{word_alternation(cues.complementizers)})(?!\w)")
        self.subjectless_opener = re.compile(rf"(?:{word_alternation(cues.subjectless_openers)})(?!\w)")
        self.pronoun_source = re.compile(rf"(?:{word_alternation(cues.pronoun_sources)})(?!\w)")
        self.word_here = re.compile(r"\w+")
        self.source_stop = re.compile("[،,:" + openers + "]")
        self._own_scanner = WordScanner(**self.scanner_words())  # when no engine shares its scan

    @classmethod
    def load(cls, rules_dir: Path) -> "ClaimRules":
        return cls(ClaimCues.load(Path(rules_dir)))

    def scanner_words(self) -> dict:
        """What a tawsim.rules.shared.scanner.WordScanner needs to find the cues of these rules."""
        return {"claim_cues": self.cues.forms, "claim_proclitics": self.cues.proclitics}

    def find(self, view: MatchView, entities: list[Match], words: WordHits | None = None) -> list[Match]:
        """Claims in original offsets; each speaker is one of `entities` (or None). `words` is
        the scan of the view's text when the caller has made it for every rule set."""
        if words is None:
            words = self._own_scanner.scan(view.text)
        return _Document(self, view, entities, words.claims).claims()


class _Document:
    """The claims of one text, found in document order."""

    def __init__(self, rules: ClaimRules, view: MatchView, entities: list[Match], cue_hits: list[ClaimHit]) -> None:
        self.rules = rules
        self.cues = rules.cues
        self.settings = rules.cues.settings
        self.view = view
        self.text = view.text
        self.entities = EntityIndex(view, entities)
        self.quotes = find_quotes(self.text, self.cues.quote_pairs)
        self.quote_at = {quote.open: quote for quote in self.quotes}
        self.quote_starts = [quote.open for quote in self.quotes]
        self.sentences = Sentences(self.text, self.quotes)
        self.speakers = SpeakerFinder(self.text, self.entities, self.cues, self.quote_at, rules.subjectless_opener)
        self.hits = sorted((Hit(*hit) for hit in cue_hits), key=lambda hit: (hit.position, -hit.end))
        self.hit_at = {hit.position: hit for hit in self.hits}
        self._link_next_verbs()
        self.consumed_quotes: set[int] = set()
        self.found: list[Claim] = []
        self.covered_until = 0

    # ---- hits

    def _link_next_verbs(self) -> None:
        following = len(self.text)
        for hit in reversed(self.hits):
            hit.next_verb = following
            if hit.cue.kind != ATTRIBUTION and not self._inside_quote(hit.position):
                following = hit.position

    def _inside_quote(self, position: int) -> bool:
        index = bisect.bisect_right(self.quote_starts, position) - 1
        return index >= 0 and self.quotes[index].open < position < self.quotes[index].close

    # ---- the pass

    def claims(self) -> list[Match]:
        events: list[tuple[int, object]] = [(hit.position, hit) for hit in self.hits]
        events.extend((quote.open, quote) for quote in self.quotes)
        events.sort(key=lambda event: event[0])
        for position, item in events:
            if isinstance(item, Quote):
                if position >= self.covered_until and position not in self.consumed_quotes:
                    self._on_quote(item)
                continue
            if item.consumed or self._inside_quote(position):
                continue
            if position < self.covered_until and not self._cut_for_continuation(item):
                continue
            if item.cue.kind == ATTRIBUTION:
                self._on_attribution(item)
            else:
                self._on_verb(item)
        return self._matches()

    def _matches(self) -> list[Match]:
        kept = [claim for claim in self.found if not claim.whole_sentence]
        kept_spans = sorted((claim.start, claim.end) for claim in kept)
        seen: set[tuple[int, int]] = set()
        for claim in self.found:
            if not claim.whole_sentence or (claim.start, claim.end) in seen:
                continue
            index = bisect.bisect_left(kept_spans, (claim.end, -1))
            if index and kept_spans[index - 1][1] > claim.start:
                continue
            seen.add((claim.start, claim.end))
            kept.append(claim)
        matches = []
        identity, original_span = self.view.is_identity, self.view.original_span
        for claim in sorted(kept, key=lambda c: c.start):
            if claim.end <= claim.start:
                continue
            start, end = (claim.start, claim.end) if identity else original_span(claim.start, claim.end)
            speaker = None if claim.speaker is None else self.entities.items[claim.speaker]
            matches.append(Match(start, end, "claim", "CLAIM", claim.rule, claim.explanation, speaker=speaker))
        return matches

    def _add(self, start: int, end: int, rule: str, explanation: str, speaker: int | None,
             where: int, *, remember: bool = True, whole_sentence: bool = False, clause: bool = False) -> None:
        start, end = trim(self.text, start, end)
        if end <= start:
            return
        claim = Claim(start, end, rule, explanation, speaker, whole_sentence, clause)
        self.found.append(claim)
        if not whole_sentence:
            self.covered_until = max(self.covered_until, end)
        if remember:
            self.speakers.remember(speaker, where)

    # ---- speech verbs

    def _on_verb(self, hit: Hit) -> None:
        sentence_start, sentence_end = self.sentences.around(hit.position)
        limit = min(sentence_end, hit.next_verb)
        cue = self._cue_after(hit.end, limit)
        if cue is None:
            return
        kind, cue_start, cue_end = cue
        if word_count(self.text, hit.end, cue_start) > self.settings.max_words_before_cue:
            return
        if hit.cue.impersonal and not self.text[hit.end:cue_start].strip():
            return  # ويتوقع أن، ويذكر أن: "it is expected / worth noting that"
        if hit.cue.source_after:
            source = self.speakers.named_after(hit.cue.source_after, hit.end, cue_start)
            if source is None:
                return  # نقل without عن: the verb of moving things, not of reporting
            speaker, why = source
            if why == UNNAMED_GROUP:
                return  # نقلت صحيفة عن مصدر برلماني أن …: the person quoted is nobody named
        else:
            if self._unnamed_subject_before(hit.position, sentence_start) and not self.entities.between(hit.end, cue_start):
                return  # نقابات القطاع تؤكد أن …: a group nobody named says it
            speaker, why = self.speakers.of_verb(hit, hit.end, cue_start, sentence_start,
                                                 self._claim_before(sentence_start))
            if speaker is None and self._unnamed_subject(hit.end, cue_start):
                return  # ويرى اقتصاديون أن …: nobody named said it
        said = f"«{hit.cue.name}»"
        if kind == "colon":
            after = skip(self.text, cue_end, SPACES, sentence_end)
            quote = self.quote_at.get(after)
            if quote is not None:
                kind, said = "quote", f"«{hit.cue.name}:»"
                cue_start = after
            elif complementizer := self.rules.complementizer_here.match(self.text, after, sentence_end):
                kind, said = "comp", f"«{hit.cue.name}:»"
                cue_start, cue_end = complementizer.span()
            else:
                self._add(after, sentence_end, "claim:colon", f"statement after {said}; speaker: {why}",
                          speaker, hit.position, clause=True)
                return
        if kind == "quote":
            quote = self.quote_at[cue_start]
            self.consumed_quotes.add(quote.open)
            self._add(*quote.inner, "claim:quote", f"quoted statement after {said}; speaker: {why}",
                      speaker, hit.position)
            self.covered_until = max(self.covered_until, quote.close + 1)
            return
        complementizer = self._original_text(cue_start, cue_end)
        if why == RELATIVE:  # "الاتحاد، الذي يقول إنه يضم مليوني منخرط، فقد رفض": the clause ends with the relative
            comma = self.text.find("،", cue_end, sentence_end)
            sentence_end = comma if comma >= 0 else sentence_end
        self._add_clause(hit, cue_end, sentence_end,
                         f"reported clause after {said} + «{complementizer}»", speaker, why)

    def _add_clause(self, hit: Hit, cue_end: int, sentence_end: int, what: str,
                    speaker: int | None, why: str) -> None:
        self._add(cue_end, sentence_end, "claim:reported-clause", f"{what}; speaker: {why}", speaker,
                  hit.position, clause=True)
        self.covered_until = max(self.covered_until, sentence_end)

    def _cue_after(self, start: int, limit: int) -> tuple[str, int, int] | None:
        """The first complementizer, quotation or colon after a verb, before `limit`.

        Candidates come from str.find on a few markers (a space before a complementizer's first
        letter, the opening marks, the colon), far cheaper than a regex tried at every position."""
        text, position = self.text, start
        limit = min(limit, start + CHARACTERS_PER_WORD * (self.settings.max_words_before_cue + 1))
        find = text.find
        upcoming = {marker: -2 for marker, _ in self.rules.cue_markers}  # next occurrence, -1 none
        while position < limit:
            at, kind = limit, ""
            for marker, marker_kind in self.rules.cue_markers:
                found = upcoming[marker]
                if found != -1 and found < position:
                    found = upcoming[marker] = find(marker, position, limit)
                if found != -1 and found < at:
                    at, kind = found, marker_kind
            if not kind:
                return None
            if kind == "comp":
                match = self.rules.complementizer_here.match(text, at + 1, limit)
                if match is None:
                    position = at + 2
                elif word_before(text, at + 1) in self.cues.complementizer_blockers:
                    position = match.end()
                else:
                    return kind, at + 1, match.end()
            elif kind == "quote":
                quote = self.quote_at.get(at)
                position = at + 1
                if quote is None:
                    continue
                short = word_count(text, *quote.inner) < self.settings.min_words_unattributed_quote
                if short and text[start:at].rstrip()[-1:] != ":":
                    position = quote.close + 1
                    continue
                return kind, at, at + 1
            else:
                position = at + 1
                if not (0 < at < len(text) - 1 and text[at - 1].isdigit() and text[at + 1].isdigit()):
                    return kind, at, at + 1
        return None

    def _unnamed_subject(self, start: int, end: int) -> bool:
        """Whether the first word after a verb is a subject that names nobody (محللون، مصادر)."""
        word = self.rules.word_here.match(self.text, skip(self.text, start, SPACES, end), end)
        return word is not None and word.group() in self.cues.unnamed_subjects

    def _unnamed_subject_before(self, position: int, sentence_start: int) -> bool:
        """Whether a subject that names nobody stands in the two words before the verb, in its
        sentence and with no punctuation between (لكن نقابات القطاع تؤكد أن)."""
        words = self.text[max(sentence_start, position - 40):position].split()[-2:]
        for index, word in enumerate(words):
            if word in self.cues.unnamed_subjects and not any(w[-1] in "،,:؛" for w in words[index:]):
                return True
        return False

    def _cut_for_continuation(self, hit: Hit) -> bool:
        """A continuation cue after a comma ends the clause it sits in: "…، مضيفاً أن …"; so does
        a speech verb after a comma and a connector: "…، بينما توقع X أن …"."""
        if hit.cue.kind == ATTRIBUTION or not self.found:
            return False
        claim = self.found[-1]
        if not claim.clause or not claim.start < hit.position < claim.end:
            return False
        if hit.cue.kind != CONTINUATION:
            # Only the last words matter: read a short tail, not the whole claim, for every verb.
            tail_start = max(claim.start, hit.position - 30)
            tail = self._before_connector(self.text[tail_start:hit.position].rstrip())
            if tail is None:
                return False
            before = self.text[claim.start:tail_start] + tail
            _, sentence_end = self.sentences.around(hit.position)
            if self._cue_after(hit.end, min(sentence_end, hit.next_verb)) is None:
                return False
        else:
            before = self.text[claim.start:hit.position].rstrip()
        if not before or before[-1] not in "،,":
            return False
        claim.start, claim.end = trim(self.text, claim.start, claim.start + len(before))
        self.covered_until = hit.position
        return True

    def _before_connector(self, before: str) -> str | None:
        """`before` without a clause connector at its end (بينما، في حين), or None if it has none."""
        words = before.rsplit(None, 2)
        for count in (2, 1):  # في حين before حين
            if len(words) > count and " ".join(words[-count:]) in self.cues.clause_connectors:
                return before[: len(before) - len(" ".join(words[-count:]))].rstrip()
        return None

    # ---- attributions: وفق X، بحسب X، نقلاً عن X

    def _source(self, hit: Hit, sentence_end: int) -> tuple[int | None, str, int] | None:
        """(speaker, why, end of the source) of an attribution cue, or None if it attributes nothing."""
        text = self.text
        start = skip(text, hit.end, SPACES, sentence_end)
        if text.startswith("ل ", start):  # "وفقاً لـ المرصد" once the tatweel is gone
            start = skip(text, start + 1, SPACES, sentence_end)
        names_from = start
        relative = self.rules.word_here.match(text, start, sentence_end)
        if relative and relative.group() in self.cues.source_relatives:
            names_from = skip(text, relative.end(), SPACES, sentence_end)
            verb = self.hit_at.get(names_from)
            if verb is not None and verb.cue.kind != ATTRIBUTION:
                verb.consumed = True
                names_from = skip(text, verb.end, SPACES, sentence_end)
        window_limit = min(sentence_end, names_from + CHARACTERS_PER_WORD * self.settings.max_words_before_source)
        stop = self.rules.source_stop.search(text, names_from, window_limit)
        window_end = stop.start() if stop else window_limit
        for index in self.entities.between(names_from, window_end):
            entity = self.entities.items[index]
            entity_start, entity_end = self.entities.span(index)
            if word_count(text, names_from, entity_start) >= self.settings.max_words_before_source:
                break
            if entity.label in self.settings.subject_labels:
                return index, SOURCE.format(cue=hit.cue.name), entity_end
        pronoun = self.rules.pronoun_source.match(text, start, sentence_end)
        if pronoun:
            speaker, why = self.speakers.latest(hit.position)
            return speaker, why, pronoun.end()
        word = self.rules.word_here.match(text, start, sentence_end)
        if word and word.group() in self.cues.source_nouns:
            return None, UNNAMED_GROUP, window_end
        if word and hit.cue.any_source:
            return None, UNNAMED, window_end
        return None

    def _on_attribution(self, hit: Hit) -> None:
        sentence_start, sentence_end = self.sentences.around(hit.position)
        source = self._source(hit, sentence_end)
        if source is None:
            return
        speaker, why, source_end = source
        if why == UNNAMED_GROUP:
            return  # بحسب مصادر محلية: the guidelines make no claim of what nobody named says
        remember = speaker is not None
        after = skip(self.text, source_end, SPACES + "،,", sentence_end)
        quote = self.quote_at.get(after)
        if quote is not None and self._is_short_name(quote, source_end):
            quote = None  # بحسب شركة تسويق النفط «سومو»: the source's short name, not a statement
        if quote is not None and quote.open not in self.consumed_quotes:
            self.consumed_quotes.add(quote.open)
            self._add(*quote.inner, "claim:quote",
                      f"quoted statement attributed by «{hit.cue.name}»; speaker: {why}",
                      speaker, hit.position, remember=remember)
            self.covered_until = max(self.covered_until, quote.close + 1)
            return
        self._add(sentence_start, sentence_end, "claim:attribution",
                  f"sentence attributed by «{hit.cue.name}»; speaker: {why}",
                  speaker, hit.position, remember=remember, whole_sentence=True)

    def _is_short_name(self, quote: Quote, source_end: int) -> bool:
        """A scare-quote-sized quotation glued to the source's name, with no comma or colon between."""
        between = self.text[source_end : quote.open]
        return not between.strip() and word_count(self.text, *quote.inner) < self.settings.min_words_unattributed_quote

    # ---- quotations

    def _on_quote(self, quote: Quote) -> None:
        text = self.text
        sentence_start, sentence_end = self.sentences.around(quote.open)
        after = skip(text, quote.close + 1, SPACES + "،,-–", len(text))
        hit = self.hit_at.get(after)
        if hit is not None and not hit.consumed:
            _, hit_sentence_end = self.sentences.around(hit.position)
            if hit.cue.kind == ATTRIBUTION:
                source = self._source(hit, hit_sentence_end)
                if source is not None:
                    hit.consumed = True
                    speaker, why, _ = source
                    if why == UNNAMED_GROUP:
                        return
                    self._add(*quote.inner, "claim:quote",
                              f"quoted statement followed by «{hit.cue.name}»; speaker: {why}",
                              speaker, hit.position, remember=speaker is not None)
                    return
            elif hit.position == hit.start:  # "وقال" after a quotation opens a new clause instead
                hit.consumed = True
                speaker, why = self.speakers.of_verb(hit, hit.end, hit_sentence_end, sentence_start,
                                                     self._claim_before(sentence_start))
                self._add(*quote.inner, "claim:quote",
                          f"quoted statement followed by «{hit.cue.name}»; speaker: {why}",
                          speaker, hit.position)
                return
        named = self.speakers.named_before_colon(quote.open)
        if named is not None:
            name = self._original_text(*self.entities.span(named))
            self._add(*quote.inner, "claim:quote", f"quoted statement after «{name}:»; speaker: {NAMED_COLON}",
                      named, quote.open)
            return
        words = word_count(text, *quote.inner)
        if words < self.settings.min_words_unattributed_quote:
            return
        speaker, why = self.speakers.latest(quote.open, LATEST)
        self._add(*quote.inner, "claim:quote",
                  f"quotation of {words} words without attribution; speaker: {why}",
                  speaker, quote.open, remember=False)

    def _claim_before(self, sentence_start: int) -> Speaker | None:
        """The speaker of the previous claim when it is in the same sentence (for مضيفاً …)."""
        if self.found and self.found[-1].start >= sentence_start and not self.found[-1].whole_sentence:
            return self.found[-1].speaker, ""
        return None

    def _original_text(self, start: int, end: int) -> str:
        original_start, original_end = self.view.original_span(start, end)
        return self.view.original[original_start:original_end]
