"""Corpus search that matches like the rules do: letters folded, tashkeel ignored, a proclitic
(و ف ب ل ك, and ل before the article) allowed before the first word."""

from __future__ import annotations

from dataclasses import dataclass

import regex

from tawsim.text.clitics import ARTICLE, LAM_PREFIXES, PROCLITICS, lam_form, readings
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


def matcher(words: list[str]) -> regex.Pattern:
    """A pattern over the normalised text; group `hit` is the occurrence without its proclitic."""
    rest = "".join(r"\W+" + regex.escape(w) for w in words[1:])
    plain = "|".join(sorted(map(regex.escape, PROCLITICS), key=len, reverse=True))
    first = regex.escape(words[0])
    alternatives = [rf"(?:{plain})?(?P<hit>{first}{rest})"]
    short = lam_form(words[0])
    if short and words[0].startswith(ARTICLE):
        lams = "|".join(sorted(map(regex.escape, LAM_PREFIXES), key=len, reverse=True))
        alternatives.append(rf"(?:{lams})(?P<hit>{regex.escape(short)}{rest})")
    return regex.compile(r"(?<!\w)(?:" + "|".join(alternatives) + r")(?!\w)")


def find_in(document: str, text: str, pattern: regex.Pattern, limit: int) -> list[Hit]:
    view = MatchView(text)
    hits = []
    for match in pattern.finditer(view.text):
        start, end = view.original_span(*match.span("hit"))
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
