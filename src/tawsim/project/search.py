"""Corpus search that matches like the rules do: letters folded, tashkeel ignored, a proclitic
(و ف ب ل ك, and ل before the article) allowed before the first word."""

from __future__ import annotations

from dataclasses import dataclass

import regex

from tawsim.text.clitics import ARTICLE, LAM_PREFIXES, glued_prefix, lam_form, proclitic_before, readings
from tawsim.text.normalize import MatchView, normalize

CONTEXT = 40
WORD = regex.compile(r"\w+")
SPACES = regex.compile(r"\s+")


@dataclass(frozen=True)
class Hit:
    """One occurrence; start and end are offsets in the article's original text."""

    document: str
    start: int
    end: int
    text: str
    left: str
    right: str


def index_words(text: str) -> str:
    """The words the search index holds for a text: each folded word and its proclitic readings."""
    words: set[str] = set()
    for word in set(WORD.findall(MatchView(text).text)):
        words |= readings(word)
    return " ".join(words)


def query_words(query: str) -> list[str]:
    return WORD.findall(normalize(query))


def index_forms(words: list[str]) -> list[list[str]]:
    """Per query word, the forms that may stand for it in the index (the first may be glued)."""
    forms = [[word] for word in words]
    if words and lam_form(words[0]):
        forms[0].append(lam_form(words[0]))
    return forms


@dataclass(frozen=True)
class Matcher:
    """Occurrences of the query words on the normalised text. The scan looks for a literal (the
    first word, or its form after ل when it has the article, which the full form contains), then
    checks what is glued before it: nothing or a proclitic, or a ل-prefix before the short form."""

    scan: regex.Pattern
    article_letters: str  # what the full form has before the short one ("" without the article)

    def spans(self, text: str):
        lead = len(self.article_letters)
        for match in self.scan.finditer(text):
            start = match.start()
            if lead and text[start - lead:start] == self.article_letters and proclitic_before(text, start - lead) is not None:
                yield start - lead, match.end()
            elif lead and glued_prefix(text, start) in LAM_PREFIXES:
                yield start, match.end()
            elif not lead and proclitic_before(text, start) is not None:
                yield start, match.end()


def matcher(words: list[str]) -> Matcher:
    rest = "".join(r"\W+" + regex.escape(w) for w in words[1:])
    short = lam_form(words[0]) if words[0].startswith(ARTICLE) else None
    literal = short or words[0]
    article_letters = words[0][: len(words[0]) - len(short)] if short else ""
    return Matcher(regex.compile(regex.escape(literal) + rest + r"(?!\w)"), article_letters)


def find_in(document: str, text: str, pattern: Matcher, limit: int) -> list[Hit]:
    view = MatchView(text)
    hits = []
    for norm_start, norm_end in pattern.spans(view.text):
        start, end = view.original_span(norm_start, norm_end)
        hits.append(Hit(document, start, end, text[start:end], _line(text[max(0, start - CONTEXT):start]),
                        _line(text[end:end + CONTEXT])))
        if len(hits) >= limit:
            break
    return hits


def _line(text: str) -> str:
    return SPACES.sub(" ", text)


def search(index, query: str, limit: int = 1000) -> list[Hit]:
    """Hits of `query` over every indexed document, in index order, at most `limit`."""
    words = query_words(query)
    if not words:
        return []
    pattern = matcher(words)
    hits: list[Hit] = []
    for name, text in index.candidates(index_forms(words)):
        hits += find_in(name, text, pattern, limit - len(hits))
        if len(hits) >= limit:
            break
    return hits
