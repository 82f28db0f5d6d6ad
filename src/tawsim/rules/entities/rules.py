"""Entity rules: gazetteers, cue rules and short forms, all read from `entities/` in the rules folder.

One Aho-Corasick pass (tawsim.rules.shared.scanner, shared with the other rule sets) finds every list
entry and cue word; the cue rules then read a few words around each cue. Candidates are settled
longest first, then later short forms of the names found (كيكا after كريستوفر كيكا, التحالف
after التحالف الدولي) are added where they are unambiguous.
"""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_left
from pathlib import Path
from typing import NamedTuple

from tawsim.rules.entities.candidates import CUE as CUE_PRIORITY
from tawsim.rules.entities.candidates import GAZETTEER, SHORT_FORM, Board, Candidate
from tawsim.rules.entities.cues import TANWEEN_MARKS, CueReader
from tawsim.rules.entities.data import CueRule, EntityData, load_entity_data
from tawsim.rules.entities.dates import dateline, resolve_dates
from tawsim.rules.entities.lexicon import Lexicon, is_nisba, raw_key
from tawsim.rules.shared.gazetteer import PHRASE_EDGES, Hit, PhraseMatcher, phrase_key
from tawsim.rules.shared.matches import Match
from tawsim.rules.shared.rulefiles import RuleFileError
from tawsim.rules.shared.scanner import WordHits, WordScanner, find_phrases
from tawsim.text.clitics import ARTICLE, lam_form
from tawsim.text.normalize import MatchView
from tawsim.text.tokens import WORD, Token, iter_tokens, token_at, token_before

LABEL_NOUNS = {"LOC": "place", "ORG": "organisation", "PER": "person", "DATE": "date", "TIME": "time"}
CUE_TYPES = ("person_title", "person_given_name", "person_patronymic", "org_head", "place_head", "weekday", "month",
             "year", "relative_date", "feast", "clock_head", "day_part", "clock_fixed", "date_modifier", "date_direction")
HEAD_TYPES = ("person_title", "org_head", "place_head")


class ListEntry(NamedTuple):
    key: str
    label: str
    rule_id: str
    explanation: str
    tokens: int
    context: frozenset[str] | None  # words one of which must stand before it (needs_context rules)
    topic: str | None  # or the topic whose words must stand in its sentence (needs_context with topic)


class CueWord(NamedTuple):
    rule: CueRule
    ambiguous: bool


class RejectedPhrase(NamedTuple):
    key: str


class WholeWord(NamedTuple):
    key: str  # بابها: a word never read as a proclitic and a name


class TopicWord(NamedTuple):
    topic: str  # the id of its topic rule


SENTENCE_END = re.compile(r"[.؟?!\n]")
DEFINITE_WORD = re.compile(r"(?<!\w)ال\w+")


class Topics:
    """Where the words of each topic stand in one document, and whether one stands in the
    sentence around a position (sentence ends found once, when first asked)."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.starts: dict[str, list[int]] = {}
        self._sorted = False
        self._ends: list[int] | None = None

    def __bool__(self) -> bool:
        return bool(self.starts)

    def add(self, topic: str, start: int) -> None:
        self.starts.setdefault(topic, []).append(start)

    def _prepare(self) -> list[int]:
        if not self._sorted:
            for found in self.starts.values():
                found.sort()
            self._sorted = True
        if self._ends is None:
            self._ends = [found.start() for found in SENTENCE_END.finditer(self.text)]
        return self._ends

    def _bounds(self, index: int) -> tuple[int, int]:
        ends = self._ends
        return (ends[index - 1] + 1 if index else 0), (ends[index] if index < len(ends) else len(self.text))

    def _holds(self, starts: list[int], index: int) -> bool:
        first, last = self._bounds(index)
        at = bisect_left(starts, first)
        return at < len(starts) and starts[at] < last

    def in_sentence(self, topic: str | None, position: int) -> bool:
        """Whether a word of the topic stands in the sentence of `position` or in the one before
        it (ويتصدر برشلونة الترتيب goes on a sentence about the match)."""
        starts = self.starts.get(topic) if topic is not None else None
        if not starts:
            return False
        index = bisect_left(self._prepare(), position)
        return self._holds(starts, index) or index > 0 and self._holds(starts, index - 1)

    def sentences(self, topic: str | None) -> list[tuple[int, int]]:
        """The bounds of the sentences that hold a word of the topic, in order."""
        starts = self.starts.get(topic) if topic is not None else None
        if not starts:
            return []
        ends = self._prepare()
        holding = {bisect_left(ends, start) for start in starts}
        return [self._bounds(index) for index in sorted(holding | {index + 1 for index in holding})
                if index <= len(ends)]


class EntityRules:
    """Suggests PER, ORG, LOC and DATE spans; see docs/rules-entities.md for the rule files."""

    def __init__(self, data: EntityData) -> None:
        self.data = data
        self.lexicon = Lexicon.from_data(data)
        topics = {rule.id: rule for rule in data.rules_of("topic")}
        for rule in data.rules_of("needs_context", "team_city", "person_title", "person_after_nationality"):
            for option in ("topic", "not_in_topic", "only_in_topic"):
                topic = rule.option(option, None)
                if topic is not None and topic not in topics:
                    raise RuleFileError(f"{rule.where}: rule {rule.id}: no topic rule with the id {topic!r}")
        self.needs_context: dict[str, tuple[frozenset[str], str | None]] = {}
        for rule in data.rules_of("needs_context"):
            for word in rule.words:
                self.needs_context[phrase_key(word)] = (rule.option_keys("context"), rule.option("topic", None))
        self.matcher: PhraseMatcher = PhraseMatcher()
        for gazetteer in data.gazetteers:
            for entry in gazetteer.entries:
                key = phrase_key(entry.text)
                if not key or key in self.lexicon.reject:
                    continue
                noun = LABEL_NOUNS.get(entry.label, entry.label)
                explanation = f"in the {noun} list ({gazetteer.path.name})"
                context, topic = self.needs_context.get(key, (None, None))
                self.matcher.add(key, ListEntry(key, entry.label, f"gazetteer:{gazetteer.name}", explanation,
                                                key.count(" ") + 1, context, topic))
        for rule in topics.values():
            for word in rule.words:
                self.matcher.add(word, TopicWord(rule.id))
        self.nationality_rules = data.rules_of("person_after_nationality")
        self.topical_titles = frozenset(  # titles that depend on the topic of their sentence
            rule.id for rule in data.rules_of("person_title")
            if rule.option("not_in_topic", None) or rule.option("only_in_topic", None))
        self.team_rules = {f"gazetteer:{name}": rule for rule in data.rules_of("team_city")
                           for name in rule.option("lists", [])}
        for rule in data.rules_of(*CUE_TYPES):
            ambiguous = rule.option("ambiguous", False)
            ambiguous_keys = rule.option_keys("ambiguous")
            for word in rule.words:
                self.matcher.add(word, CueWord(rule, ambiguous is True or phrase_key(word) in ambiguous_keys))
        for key in data.keys_of("reject"):
            self.matcher.add(key, RejectedPhrase(key))
        for key in self.lexicon.whole_words:
            self.matcher.add_key(key, WholeWord(key))
        self.short_form_rules = {rule.type: rule for rule in data.rules_of("person_short_form", "org_short_form")}
        self.bare_name_heads = frozenset(  # heads a bare foreign name may follow: شركة بيان باي، مجموعة مدار
            phrase_key(word) for rule in data.rules_of("org_head")
            if rule.option("follows", "name") == "any_name" or rule.option("needs_modifier", False)
            for word in rule.words
        )
        pairs = data.rules_of("place_pair")
        self.pair_rule: CueRule | None = pairs[0] if pairs else None
        pair_words = sorted({phrase_key(word) for rule in pairs for word in rule.words} - {""}, key=len, reverse=True)
        self.pair_pattern = re.compile(r"(?:%s)[^\S\n]+" % "|".join(map(re.escape, pair_words)) if pair_words else r"(?!)")
        aliases = data.rules_of("org_alias")
        self.alias_rule: CueRule | None = aliases[0] if aliases else None
        self.alias_pairs: dict[str, str] = {}
        for rule in aliases:
            for pair in rule.option("pairs", ["( )", "« »"]):
                marks = pair.split()
                if len(marks) == 2:
                    self.alias_pairs[marks[0]] = marks[1]
        self.written_titles = {rule.id: {raw_key(word) for word in rule.words}
                               for rule in data.rules_of("person_title") if rule.option("as_written", False)}
        self._own_scanner = WordScanner(**self.scanner_words())  # when no engine shares its scan

    @classmethod
    def load(cls, rules_dir: Path, extra_gazetteer: list[Path] = []) -> "EntityRules":  # noqa: B006 - never mutated
        return cls(load_entity_data(Path(rules_dir), list(extra_gazetteer)))

    def scanner_words(self) -> dict:
        """What a tawsim.rules.shared.scanner.WordScanner needs to find the phrases and cue words."""
        return {"phrases": self.matcher}

    def find(self, view: MatchView, words: WordHits | None = None, reference: dt.date | None = None) -> list[Match]:
        """Entity matches in original offsets, sorted, without overlaps. `words` is the scan of
        the view's text when the caller has made it for every rule set; `reference` is the
        document's date for relative dates (else its dateline's, if it has one)."""
        original, original_span = view.original, view.original_span

        def original_text(start: int, end: int) -> str:
            original_start, original_end = original_span(start, end)
            return original[original_start:original_end]

        identity = view.is_identity
        matches = []
        append = matches.append
        explained: dict = {}
        for candidate in self.find_candidates(view, words, reference):
            start, end = candidate.start, candidate.end
            if not identity:
                start, end = original_span(start, end)
            explanation = candidate.explanation if candidate.cue is None else candidate.explain(original_text, explained)
            append(Match(start, end, "entity", candidate.label, candidate.rule_id, explanation, candidate.attrs or {}))
        return matches

    def find_candidates(self, view: MatchView, words: WordHits | None = None,
                        reference: dt.date | None = None) -> list[Candidate]:
        text = view.text
        if words is None:
            words = self._own_scanner.scan(text)
        tanween_ends = _tanween_ends(view)
        listed: list[Candidate] = []
        cue_hits: dict[str, list[tuple[Hit, CueWord]]] = {kind: [] for kind in CUE_TYPES}
        rejected_starts: set[int] = set()
        topics = Topics(text)
        in_topic_only: list[tuple[Candidate, str]] = []
        whole_words: dict[int, int] = {}  # end -> start of a whole word (وبابها: بابها)
        add_listed = listed.append
        for hit in words.entities:
            start, end, payload, proclitic = hit
            kind = type(payload)
            if kind is ListEntry:
                if tanween_ends and end in tanween_ends:
                    continue  # وفداً روسياً: an adjective, not the country
                candidate = Candidate(start, end, payload.label, payload.rule_id, payload.explanation,
                                      GAZETTEER, start - len(proclitic), payload.tokens)
                context = payload.context
                if context is not None and not _preceded_by(text, hit, context):
                    if payload.topic is not None:
                        in_topic_only.append((candidate, payload.topic))  # الأهلي in a sports sentence
                    continue
                add_listed(candidate)
            elif kind is CueWord:
                cue_hits[payload.rule.type].append((hit, payload))
            elif kind is TopicWord:
                topics.add(payload.topic, start)
            elif kind is RejectedPhrase:
                rejected_starts.add(start)
            else:
                whole_words[end] = start  # a WholeWord
        if whole_words:  # بابها، باكرا: a word of its own, not ب + أبها، أكرا (but بأبها is)
            whole_words = {end: start for end, start in whole_words.items()
                           if not _hamza_after_proclitic(view, start, end)}
        if whole_words:
            listed = [c for c in listed
                      if c.end not in whole_words or not _cut_inside(whole_words, c.word_start, c.start, c.end)]
            add_listed = listed.append
            for kind, hits in cue_hits.items():
                if hits:
                    cue_hits[kind] = [(hit, cue) for hit, cue in hits if hit.end not in whole_words or not _cut_inside(
                        whole_words, hit.start - len(hit.proclitic), hit.start, hit.end)]
        for candidate, topic in in_topic_only:
            if topics.in_sentence(topic, candidate.start):
                following = token_at(text, candidate.end)
                if following is not None and following.kind == WORD and is_nisba(following.text):
                    continue  # الاتحاد الجزائري لكرة القدم: a body with its adjective, read by the cue rules
                add_listed(candidate)
        reject = self.lexicon.reject

        def allowed(candidates):
            return [c for c in candidates
                    if c is not None and c.start not in rejected_starts and text[c.start : c.end] not in reject]

        board = Board(len(text))
        cue_words = _longest_at_word_start(hit for kind in HEAD_TYPES for hit, _ in cue_hits[kind])
        heads = {kind: [(hit, cue) for hit, cue in cue_hits[kind] if _longest_here(hit, cue_words)] for kind in HEAD_TYPES}
        reader = CueReader(view, self.lexicon, board, cue_words, tanween_ends)
        for candidate in listed:
            if candidate.label == "ORG":
                nationality_end = reader.nationality_after(candidate.end)
                if nationality_end is not None:  # مجلس النواب الليبي, like الجيش البريطاني
                    candidate.end = nationality_end
                    candidate.explanation += ", with its nationality"
                    continue
                complement_end = reader.media_complement_after(candidate)
                if complement_end is not None:  # وكالة فيتش للتصنيف الائتماني
                    candidate.end = complement_end
                    candidate.explanation += ", with what it is for"
        if self.team_rules and topics:
            self._teams_named_by_cities(view, listed, topics)
        board.add_all(allowed(listed))
        dates = self._dates(reader, cue_hits)
        if reader.relative_found:
            resolve_dates(dates, reference or dateline(text, dates))
            # اليوم، أمس are stop words (they end names), yet dates: only a rejected phrase stops them
            board.add_all([c for c in dates if c.attrs is not None and "relative" in c.attrs
                           and c.start not in rejected_starts])
            dates = [c for c in dates if c.attrs is None or "relative" not in c.attrs]
        board.add_all(allowed(dates))
        board.add_all(allowed([
            *(reader.org_after_head(hit, cue.rule) for hit, cue in heads["org_head"]),
            *(reader.place_after_head(hit, cue.rule) for hit, cue in heads["place_head"]),
        ]))
        if self.alias_rule is not None:
            board.add_all(allowed(self._aliases(view, board, self.alias_rule)))
        # The title nearest the name explains it best: later titles come first among equal spans.
        persons = [
            reader.person_after_title(hit, cue.rule)
            for hit, cue in reversed(heads["person_title"])
            if board.covering(hit.start, hit.end) is None  # الشيخ in حي الشيخ مقصود
            and (not cue.rule.option("as_written", False) or self._written_as_listed(reader, hit, cue.rule))
            and (cue.rule.id not in self.topical_titles or _title_on_topic(topics, hit, cue.rule))
        ]
        inside_cue = _covered_by(cue_words.values(), len(text))
        place_head_ends = {hit.end for hit, _ in heads["place_head"]}
        function_word_names = self.lexicon.function_word_names
        for hit, cue in cue_hits["person_given_name"]:
            if reader.stop_as_written(hit) or _inside_longer(hit, board, cue_words, inside_cue):
                continue  # على is not علي; باسم inside المتحدث باسم is no name
            if function_word_names and text[hit.start : hit.end] in function_word_names and reader.function_word_at(
                    hit.start, hit.end):
                continue  # علي الرغم، علي الإطلاق: على written with ي
            proclitics = cue.rule.option_keys("proclitics")
            if hit.proclitic and proclitics and hit.proclitic not in proclitics:
                continue  # كريم is not ك + ريم
            if place_head_ends and _after_head(text, hit, place_head_ends):
                continue  # ميناء جيهان: a place named like a person
            persons.append(reader.person_from_given_name(hit, cue.rule))
        persons += [reader.person_from_patronymic(hit, cue.rule) for hit, cue in cue_hits["person_patronymic"]]
        if topics:
            for rule in self.nationality_rules:
                persons += self._persons_after_nationality(reader, topics, rule)
        board.add_all(allowed(persons))
        if self.pair_rule is not None:
            board.add_all(allowed(self._paired_places(reader, board, self.pair_rule)))
        board.add_all(self._short_forms(view, board))
        return board.candidates()

    def _dates(self, reader: CueReader, cue_hits: dict[str, list[tuple[Hit, CueWord]]]) -> list[Candidate]:
        reader.date_words_found([(hit, cue.rule) for hit, cue in cue_hits["date_modifier"]],
                                [(hit, cue.rule) for hit, cue in cue_hits["date_direction"]])
        months_at = {hit.start - len(hit.proclitic): hit for hit, _ in cue_hits["month"]}
        dates = [reader.date_from_month(hit, cue.rule, months_at, cue.ambiguous) for hit, cue in cue_hits["month"]]
        dates += [reader.weekday(hit, cue.rule) for hit, cue in cue_hits["weekday"]]
        dates += [reader.date_from_year_head(hit, cue.rule) for hit, cue in cue_hits["year"]]
        for kind, read in (("relative_date", reader.relative_date), ("feast", reader.feast),
                           ("clock_head", reader.time_after_head), ("day_part", reader.time_before_day_part),
                           ("clock_fixed", reader.fixed_time)):
            if cue_hits[kind]:
                dates += [read(hit, cue.rule) for hit, cue in cue_hits[kind]]
        dates += reader.digit_dates(self.lexicon.dates)
        return [date for date in dates if date is not None]

    def _paired_places(self, reader: CueReader, board: Board, rule: CueRule) -> list[Candidate]:
        """بين غريان ومزدة، بين مزدة وغريان: the word joined by و to a place after بين names a
        place too, when it reads as a name (no common noun, stop word or adjective)."""
        text = reader.text
        after_pair_word = set()
        for found in self.pair_pattern.finditer(text):  # a literal first: the search runs in C
            start = found.start()
            if start and text[start - 1] in "وف":
                start -= 1
            if not start or not text[start - 1].isalpha():
                after_pair_word.add(found.end())
        if not after_pair_word:
            return []
        found = []
        for place in board.candidates():
            if place.label != "LOC":
                continue
            if place.word_start in after_pair_word:
                after = token_at(text, place.end)
                if after is not None and after.kind == WORD and after.text.startswith("و"):
                    found.append(reader.paired_place(after.start + 1, after.end, rule, place))
            elif place.word_start == place.start - 1 and text[place.word_start] == "و":
                before = token_before(text, place.word_start)
                if before is not None and before.kind == WORD and before.start in after_pair_word:
                    found.append(reader.paired_place(before.start, before.end, rule, place))
        return [candidate for candidate in found if candidate is not None]

    def _short_forms(self, view: MatchView, board: Board) -> list[Candidate]:
        """Later mentions of a person by family name (or full name again), and of an organisation
        by its first word (التحالف after التحالف الدولي), where that form names only one of them."""
        text = view.text
        forms: dict[str, tuple[Candidate, CueRule]] = {}
        ambiguous: set[str] = set()

        def offer(form: str, candidate: Candidate, rule: CueRule) -> None:
            if form in forms and text[forms[form][0].start : forms[form][0].end] != text[candidate.start : candidate.end]:
                ambiguous.add(form)
            forms.setdefault(form, (candidate, rule))

        person_rule = self.short_form_rules.get("person_short_form")
        org_rule = self.short_form_rules.get("org_short_form")
        no_short_form = self.lexicon.no_short_form
        for candidate in board.candidates():
            label = candidate.label
            if label == "PER" and person_rule is not None:
                words = text[candidate.start : candidate.end].split()
                # Only a full name, or a listed one, is mentioned again: one word after a title
                # may be a mistake, and a mistake must not spread through the article.
                if len(words) >= 2 or candidate.priority == GAZETTEER and self._usable_person_form(words[0]):
                    offer(" ".join(words), candidate, person_rule)
                family = words[-1]
                if len(words) >= 3 and words[-2] in self.lexicon.particles:
                    family = " ".join(words[-2:])  # ولد أحمدو، بن علي: the particle is part of it
                if len(words) >= 2 and len(family) >= 3 and self._usable_person_form(family):
                    offer(family, candidate, person_rule)
            elif label == "ORG" and org_rule is not None:
                words = text[candidate.start : candidate.end].split()
                if self.alias_rule is not None and candidate.rule_id == self.alias_rule.rule_id:
                    if self._usable_short_form(" ".join(words)):
                        offer(" ".join(words), candidate, org_rule)  # سومو again, after «سومو»
                    continue
                if len(words) < 2:
                    continue
                bare = _bare_name_after_head(words, self.bare_name_heads)
                if bare and self._usable_short_form(bare):
                    offer(bare, candidate, org_rule)  # بيان باي after شركة بيان باي للمدفوعات الرقمية
                head = words[0]
                if head.startswith(ARTICLE) and head not in no_short_form and self._usable_short_form(head):
                    offer(head, candidate, org_rule)
        keys = []
        mentioned_again = False
        for form, found in forms.items():
            if form in ambiguous:
                continue
            # Words of the normalised text need no normalising again, unless the view kept ة.
            key = phrase_key(form) if "ة" in form else form.strip(PHRASE_EDGES)
            if not key:
                continue
            keys.append((key, found))
            if not mentioned_again:
                after, lam_key = found[0].end, lam_form(key)
                mentioned_again = text.find(key, after) >= 0 or bool(lam_key) and text.find(lam_key, after) >= 0
        if not mentioned_again:
            return []  # no form stands anywhere after its name: no hit could be kept, so skip the search
        matcher: PhraseMatcher = PhraseMatcher()
        for key, found in keys:
            matcher.add_key(key, found)
        shorts = []
        explained: dict[int, str] = {}
        for hit in find_phrases(matcher, text):
            candidate, rule = hit.payload
            if hit.start < candidate.end or not board.is_free(hit.start, hit.end):
                continue
            explanation = explained.get(id(candidate))
            if explanation is None:
                start, end = view.original_span(candidate.start, candidate.end)
                explanation = explained[id(candidate)] = rule.explanation(view.original[start:end])
            shorts.append(Candidate(hit.start, hit.end, candidate.label, f"cue:{rule.id}", explanation, SHORT_FORM,
                                    hit.start - len(hit.proclitic), candidate.tokens))
        return shorts

    def _aliases(self, view: MatchView, board: Board, rule: CueRule) -> list[Candidate]:
        """A short name in brackets or quotes right after an organisation: شركة تسويق النفط
        العراقية «سومو»، وكالة الأنباء اليمنية (سبأ)."""
        text = view.text
        pairs = self.alias_pairs
        if not any(mark in text for mark in pairs):
            return []
        most = rule.option("max_tokens", 3)
        found = []
        for opening_mark, closing_mark in pairs.items():
            opening = text.find(opening_mark)
            while opening >= 0:
                candidate = _org_ending_before(text, opening, board)
                alias = _alias_after(text, opening, closing_mark, most) if candidate is not None else None
                opening = text.find(opening_mark, opening + 1)
                if alias is None:
                    continue
                start, end, count = alias
                if count == 1 and self.lexicon.is_stop(text[start:end]):
                    continue
                found.append(Candidate(start, end, "ORG", rule.rule_id, "", CUE_PRIORITY, start, count,
                                       (rule, candidate.start, candidate.end, text[candidate.start : candidate.end])))
        return found

    def _teams_named_by_cities(self, view: MatchView, listed: list[Candidate], topics: Topics) -> None:
        """فاز برشلونة على إشبيلية: in a sentence on the rule's topic (sports), a listed city is the
        team named after it, unless a place word or ب stands before it (في مدريد، بمدريد، ملعب
        مدينة ...): then it is the place where the match is played."""
        text = view.text
        for candidate in listed:
            rule = self.team_rules.get(candidate.rule_id)
            if rule is None or candidate.label != "LOC":
                continue
            if not topics.in_sentence(rule.option("topic", None), candidate.start):
                continue
            proclitic = text[candidate.word_start : candidate.start]
            if "ب" in proclitic:
                continue
            before = token_before(text, candidate.word_start)
            if before is not None and before.kind == WORD and before.text in rule.option_keys("place_words"):
                continue
            if before is not None and before.kind == WORD and before.text in rule.option_keys("links"):
                travel = token_before(text, before.start)  # وسافر الفريق إلى مدريد: where it went
                if travel is not None and travel.kind == WORD and travel.text in rule.option_keys("travel_words"):
                    continue
                second = token_before(text, travel.start) if travel is not None else None
                if second is not None and second.kind == WORD and second.text in rule.option_keys("travel_words"):
                    continue
            candidate.label = "ORG"
            candidate.rule_id = rule.rule_id
            candidate.cue = (rule, candidate.start, candidate.end, text[candidate.start : candidate.end])

    def _persons_after_nationality(self, reader: CueReader, topics: Topics, rule: CueRule) -> list[Candidate]:
        """وافتتح البرازيلي فينيسيوس جونيور التسجيل: in a sentence of the rule's topic, a definite
        nationality adjective used as a noun (after a verb or a function word, not after the noun
        it describes: المنتخب البرازيلي) introduces a person; the two or three words after it must
        read as a foreign name: no article, no common noun, no verbal noun."""
        text, lexicon = reader.text, self.lexicon
        nationalities = lexicon.nationalities
        found = []
        for first, last in topics.sentences(rule.option("topic", None)):
            for definite in DEFINITE_WORD.finditer(text, first, last):  # the search runs in C
                if definite.group() not in nationalities:
                    continue
                token = token_at(text, definite.start())
                previous = token_before(text, definite.start())
                if (token is not None and reader.has_article(token)
                        and previous is not None and previous.kind == WORD and not reader.definite(previous)
                        and reader.known.covering(previous.start, previous.end) is None
                        and previous.start not in reader.cue_words):
                    candidate = self._foreign_name_after(reader, token, rule, last)
                    if candidate is not None:
                        found.append(candidate)
        return found

    def _foreign_name_after(self, reader: CueReader, adjective: Token, rule: CueRule, last: int) -> Candidate | None:
        """Two or three words after the adjective, none with the article, a proclitic before the
        article, a known entity or a common noun: فينيسيوس جونيور (التسجيل ends it)."""
        words: list[Token] = []
        for token in iter_tokens(reader.text, adjective.end):
            if token.start >= last or len(words) == 3 or reader.blocks_name(token, first=True):
                break
            if self.lexicon.ends_name(token.text) or reader.known.starting_at(token.start) is not None:
                break
            words.append(token)
        if len(words) < 2 or not reader.reads_as_name(words[0]):
            return None
        hit = Hit(adjective.start, adjective.end, None, "")
        return reader.candidate(words[0].start, words[-1].end, rule, hit, words[0].start, len(words))

    def _written_as_listed(self, reader: CueReader, hit: Hit, rule: CueRule) -> bool:
        """A title that folds onto a common word (والي and وإلى): only as the list writes it."""
        return raw_key(reader.cue_text(hit)) in self.written_titles.get(rule.id, ())

    def _usable_person_form(self, word: str) -> bool:
        """A family name that may name the person alone: no function word or common noun (ماذا،
        النار), also behind a proclitic."""
        return self._usable_short_form(word) and not self.lexicon.ends_name(word)

    def _usable_short_form(self, word: str) -> bool:
        lexicon = self.lexicon
        return (word not in lexicon.stop and word not in lexicon.particles and word not in lexicon.reject
                and word not in lexicon.no_short_form)


def _bare_name_after_head(words: list[str], heads: frozenset[str]) -> str | None:
    """The one or two words without the article between a media or company head and what the
    body is for: فيتش in وكالة فيتش للتصنيف الائتماني."""
    if words[0] not in heads:
        return None
    name = []
    for word in words[1:]:
        if word.startswith(("ل", ARTICLE)) or len(name) == 2:
            break
        name.append(word)
    return " ".join(name) if name else None


def _title_on_topic(topics: Topics, hit: Hit, rule: CueRule) -> bool:
    """A title of the sentence's topic (المدافع in sport), or not of another topic (الفريق)."""
    only = rule.option("only_in_topic", None)
    if only is not None and not topics.in_sentence(only, hit.start):
        return False
    off = rule.option("not_in_topic", None)
    return off is None or not topics.in_sentence(off, hit.start)


def _hamza_after_proclitic(view: MatchView, start: int, end: int) -> bool:
    """Whether the word at [start, end) has a hamza on the alef after its first letters (بأبها،
    بأكرا): then the name behind the proclitic is written as a name."""
    word = view.original[slice(*view.original_span(start, end))]
    return any(letter in word[1:3] for letter in "أإآ")


def _cut_inside(whole_words: dict[int, int], word_start: int, start: int, end: int) -> bool:
    """Whether a hit behind a proclitic cuts a whole word (ب + أبها in بابها, وب + أبها in وبابها)."""
    whole_start = whole_words.get(end)
    return whole_start is not None and word_start <= whole_start < start


def _preceded_by(text: str, hit: Hit, context: frozenset[str]) -> bool:
    before = token_before(text, hit.start - len(hit.proclitic))
    return before is not None and before.kind == WORD and before.text in context


def _tanween_ends(view: MatchView) -> frozenset[int]:
    """Normalised offsets just after a word that carried tanween (رئيساً، روسياً)."""
    if view.is_identity:
        return frozenset()
    original, normalized_offset = view.original, view.normalized_offset
    ends = set()
    for mark in TANWEEN_MARKS:  # str.find per mark: far faster than a regex class over the text
        position = original.find(mark)
        while position >= 0:
            ends.add(normalized_offset(position))
            position = original.find(mark, position + 1)
    return frozenset(ends)


def _covered_by(hits, length: int) -> bytearray:
    covered = bytearray(length + 1)
    for hit in hits:
        covered[hit.start : hit.end] = b"\x01" * (hit.end - hit.start)
    return covered


def _inside_longer(hit: Hit, board: Board, cue_words: dict[int, Hit], inside_cue: bytearray) -> bool:
    """A given name inside a longer title (باسم in المتحدث باسم) or a longer settled name."""
    if inside_cue[hit.start]:
        cue = cue_words.get(hit.start - len(hit.proclitic))
        if cue is None or cue.end > hit.end:
            return True
    cover = board.covering(hit.start, hit.end)
    return cover is not None and cover.length > hit.end - hit.start


def _org_ending_before(text: str, position: int, board: Board) -> Candidate | None:
    """The organisation settled right before `position`, spaces aside."""
    end = position
    while end > 0 and text[end - 1] == " ":
        end -= 1
    if end == 0:
        return None
    candidate = board.covering(end - 1, end)
    return candidate if candidate is not None and candidate.end == end and candidate.label == "ORG" else None


def _alias_after(text: str, opening: int, closing_mark: str, most: int) -> tuple[int, int, int] | None:
    """(start, end, words) of one to `most` words of letters between `opening` and its closing mark."""
    closing = text.find(closing_mark, opening + 1, opening + 2 + 12 * most)
    if closing < 0:
        return None
    inner = text[opening + 1 : closing]
    words = inner.split()
    if not 0 < len(words) <= most or inner != inner.strip() or not all(w.isalpha() and len(w) > 1 for w in words):
        return None
    return opening + 1, closing, len(words)


def _longest_here(hit: Hit, cue_words: dict[int, Hit]) -> bool:
    """Whether `hit` is the longest cue at its word start (a word of two rules keeps both)."""
    longest = cue_words.get(hit.start - len(hit.proclitic))
    return longest is hit or longest is not None and longest.start == hit.start and longest.end == hit.end


def _after_head(text: str, hit: Hit, head_ends: set[int]) -> bool:
    """Whether the word of `hit` follows one of the head words ending at `head_ends`."""
    if hit.proclitic:
        return False
    before = token_before(text, hit.start)
    return before is not None and before.kind == WORD and before.end in head_ends


def _longest_at_word_start(hits) -> dict[int, Hit]:
    longest: dict[int, Hit] = {}
    for hit in hits:
        word_start = hit.start - len(hit.proclitic)
        known = longest.get(word_start)
        if known is None or hit.end > known.end:
            longest[word_start] = hit
    return longest


def _blocker(hit: Hit) -> Candidate:
    return Candidate(hit.start, hit.end, "", "", "", GAZETTEER, hit.start - len(hit.proclitic))
