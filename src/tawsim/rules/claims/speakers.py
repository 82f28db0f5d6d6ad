"""Who said it: the speaker of a claim, chosen among the entity matches of the text.

Speakers are entity indices here (into EntityIndex.items); the claim rules turn them into the
entity Match objects themselves. The finder remembers the latest speaker, so that a pronoun
(لكنه شدد، وأضاف، وفق قوله) can refer back to it, linked to its nearest earlier mention.
"""

from __future__ import annotations

import re

from tawsim.rules.claims.cues import CONTINUATION, ClaimCues, Hit
from tawsim.rules.claims.text import EntityIndex, Quote, glued_prefix, skip, words_before

SPACES = " \t"
PUNCTUATION = "،,:;؛.!?؟"
# A generous bound on the characters of one word with its space, so that a search that counts
# words can be limited in characters first (a text without full stops stays linear).
CHARACTERS_PER_WORD = 20

# Why a speaker was chosen, as shown in explanations.
SUBJECT = "the subject of the verb"
NAMED_BEFORE = "named just before the verb"
PRONOUN = "the latest speaker (pronoun reference)"
CONTINUED = "the speaker of the claim before it (continued reporting)"
SENTENCE_SUBJECT = "the person or organisation the sentence is about"
SOURCE = "the source named after «{cue}»"
LATEST = "the latest speaker (no attribution in the sentence)"
RELATIVE = "named before the relative pronoun"
UNNAMED = "not named"
UNNAMED_GROUP = "a source nobody is named for (مصادر، شهود …)"
NAMED_COLON = "the name before the colon"
NO_EARLIER = "none found (no earlier speaker)"

Speaker = tuple[int | None, str]  # (entity index or None, why)


class SpeakerFinder:
    def __init__(self, text: str, entities: EntityIndex, cues: ClaimCues, quote_at: dict[int, Quote],
                 subjectless_opener) -> None:
        self.text = text
        self.entities = entities
        self.cues = cues
        self.settings = cues.settings
        self.quote_at = quote_at
        self.subjectless_opener = subjectless_opener
        self._latest: tuple[int | None, int] | None = None  # (speaker, where it spoke)
        marks = "".join(cues.quote_pairs) + "".join(cues.quote_pairs.values())
        self._punctuation_or_quote = re.compile("[" + re.escape(PUNCTUATION + marks) + "]")

    # ---- the latest speaker

    def remember(self, speaker: int | None, where: int) -> None:
        self._latest = (speaker, where)

    def latest(self, position: int, why: str = PRONOUN) -> Speaker:
        """The latest speaker, as its nearest mention before `position`."""
        if self._latest is None or position - self._latest[1] > self.settings.pronoun_reference_max_chars:
            return None, NO_EARLIER
        speaker = self._latest[0]
        if speaker is None:
            return None, f"{why}, who is {UNNAMED}"
        return self.entities.nearest_mention(speaker, position), why

    # ---- the speaker of a speech verb

    def of_verb(self, hit: Hit, gap_start: int, gap_end: int, sentence_start: int,
                claim_before: Speaker | None) -> Speaker:
        """The speaker of a verb whose subject may stand in [gap_start, gap_end).

        `claim_before` is the speaker of the previous claim when it lies in the same sentence."""
        if hit.cue.kind == CONTINUATION:
            return self._of_continuation(hit, sentence_start, claim_before)
        items = self.entities.items
        in_gap = self.entities.between(gap_start, gap_end)
        for index in in_gap:
            if items[index].label == "DATE":
                continue
            start, _ = self.entities.span(index)
            if (not self.text[gap_start:start].strip() and glued_prefix(self.text, start) == ""
                    and items[index].label in self.settings.subject_labels):
                return index, SUBJECT
            break
        antecedent = self._relative_antecedent(hit.position, sentence_start)
        if antecedent is not None:
            return antecedent, RELATIVE
        if hit.position == hit.start:
            named = self._named_before(hit.position, sentence_start)
            if named is not None:
                return named, NAMED_BEFORE
        if self._subject_is_pronoun(hit, gap_start, gap_end, in_gap):
            if hit.position != hit.start and hit.position > sentence_start:
                # "ورفض ولد سالم النتائج، وقال إن …": a verb joined by و inside the sentence
                # shares the subject the sentence opened with.
                looked_back = max(sentence_start, hit.position - CHARACTERS_PER_WORD * self.settings.max_words_before_cue)
                chosen = self.person_else_organisation(self.entities.between(looked_back, hit.position))
                if chosen is not None:
                    return chosen, SENTENCE_SUBJECT
            return self.latest(hit.position)
        chosen = self.person_else_organisation(in_gap)
        if chosen is not None:
            return chosen, SUBJECT
        return None, UNNAMED

    def named_after(self, words: frozenset[str], start: int, end: int) -> Speaker | None:
        """The person (else organisation) named after one of `words` in [start, end): نقلت X عن Y
        قوله إن … gives Y. None when no such word stands there; (None, not named) when it names nobody,
        and (None, UNNAMED_GROUP) when an unnamed source follows the word (عن مصدر برلماني)."""
        text = self.text
        position = start
        while position < end:
            position = skip(text, position, SPACES, end)
            word_end = position
            while word_end < end and not text[word_end].isspace():
                word_end += 1
            if text[position:word_end] in words:
                chosen = self.person_else_organisation(self.entities.between(word_end, end))
                if chosen is not None:
                    return chosen, SOURCE.format(cue=text[position:word_end])
                following = text[word_end:end].split(None, 1)
                return None, UNNAMED_GROUP if following and following[0] in self.cues.source_nouns else UNNAMED
            position = word_end
        return None

    def _of_continuation(self, hit: Hit, sentence_start: int, claim_before: Speaker | None) -> Speaker:
        if claim_before is not None:
            return claim_before[0], CONTINUED
        looked_back = max(sentence_start, hit.position - CHARACTERS_PER_WORD * self.settings.max_words_before_cue)
        chosen = self.person_else_organisation(self.entities.between(looked_back, hit.position))
        if chosen is not None:
            return chosen, SENTENCE_SUBJECT
        return self.latest(hit.position)

    def _subject_is_pronoun(self, hit: Hit, gap_start: int, gap_end: int, in_gap: range) -> bool:
        text = self.text
        first = skip(text, gap_start, SPACES, gap_end)
        if first >= gap_end or text[first] in PUNCTUATION or first in self.quote_at:
            return True
        if self.subjectless_opener.match(text, first, gap_end) or self._pronoun_before(hit.position):
            return True
        if not in_gap:
            return False
        start, _ = self.entities.span(in_gap[0])
        return self._is_addressee(start) and start - len(glued_prefix(text, start) or "") == first

    def _pronoun_before(self, position: int) -> bool:
        """Whether one of pronoun-subjects.txt (one or two words) stands just before `position`."""
        words = words_before(self.text, position, 2)
        subjects = self.cues.pronoun_subjects
        return bool(words) and (words[-1] in subjects or " ".join(words) in subjects)

    def person_else_organisation(self, indices) -> int | None:
        """The first person in `indices`, else the first organisation; addressees (لفرانس برس) skipped."""
        first_organisation = None
        speakers = self.settings.speaker_labels
        for index in indices:
            entity = self.entities.items[index]
            if entity.label not in speakers or self._is_addressee(self.entities.span(index)[0]):
                continue
            if entity.label == "PER":
                return index
            if first_organisation is None:
                first_organisation = index
        return first_organisation

    def _is_addressee(self, start: int) -> bool:
        """Whether the name at `start` is glued to an addressee proclitic (لفرانس برس، للتحالف)."""
        prefix = glued_prefix(self.text, start) or ""
        return any(letter in prefix for letter in self.cues.addressee_proclitics)

    def _relative_antecedent(self, position: int, sentence_start: int) -> int | None:
        """The person or organisation right before a relative pronoun that stands just before the
        verb at `position`: "الاتحاد، الذي يقول إنه" (a comma may stand between)."""
        words = words_before(self.text, position, 1)
        if not words or words[0] not in self.cues.relative_pronouns:
            return None
        relative = self.text.rfind(words[0], sentence_start, position)
        index = self.entities.last_before(relative)
        if index < 0 or self.entities.items[index].label not in self.settings.subject_labels:
            return None
        start, end = self.entities.span(index)
        if start < sentence_start or self.text[end:relative].strip(" ،,"):
            return None
        return index

    def _named_before(self, position: int, sentence_start: int) -> int | None:
        """A name closely before a verb without proclitic: "وكان عفرين قد أكد أن"."""
        index = self.entities.last_before(position)
        while index >= 0 and self.entities.items[index].label == "DATE":
            index -= 1
        if index < 0 or self.entities.items[index].label not in self.settings.subject_labels:
            return None
        start, end = self.entities.span(index)
        most = self.settings.max_words_name_before_verb
        if start < sentence_start or position - end > CHARACTERS_PER_WORD * (most + 1):
            return None
        between = self.text[end:position]
        if self._punctuation_or_quote.search(between) or len(between.split()) > most:
            return None
        return index

    def named_before_colon(self, position: int) -> int | None:
        """A speaker written as a headline, right before a colon and `position`: "كيكا: “…”"."""
        text = self.text
        end = position
        while end > 0 and text[end - 1] in SPACES:
            end -= 1
        if end == 0 or text[end - 1] != ":":
            return None
        end -= 1
        while end > 0 and text[end - 1] in SPACES:
            end -= 1
        index = self.entities.last_before(end)
        if index < 0 or self.entities.span(index)[1] != end:
            return None
        return index if self.entities.items[index].label in self.settings.subject_labels else None
