"""Reading a few words around a position of the normalised text, for rules that look at context.

Only the words near a hit are read, never the whole text: rules stay linear in the number of hits.
A line break is a token of its own, so names never run across paragraphs.
"""

from __future__ import annotations

from itertools import islice

import re
from typing import NamedTuple

WORD, NUMBER, MARK = "word", "number", "mark"

_NEXT = re.compile(r"[^\S\n]*([^\W\d_]+|\d+(?:[.,]\d+)*|\S|\n)")
_SPACE = frozenset(" \t\u00a0\u2009\u202f\r\f\v")


class Token(NamedTuple):
    start: int
    end: int
    text: str
    kind: str  # word | number | mark


# These run at every cue hit, so each builds its Token inline: with tuple.__new__ (a NamedTuple's
# own __new__ is Python code) and the kind from the first character (number, word or mark).
_new = tuple.__new__


def token_at(text: str, pos: int) -> Token | None:
    """The token that starts at `pos` or after the spaces that follow it."""
    found = _NEXT.match(text, pos)
    if found is None:
        return None
    start, end = found.span(1)
    word = text[start:end]
    first = word[0]
    return _new(Token, (start, end, word, NUMBER if first.isdigit() else WORD if first.isalpha() else MARK))


def tokens_after(text: str, pos: int, limit: int) -> list[Token]:
    """Up to `limit` tokens from `pos` on."""
    return list(islice(iter_tokens(text, pos), limit))


def iter_tokens(text: str, pos: int):
    """Tokens from `pos` on, read one at a time (rules usually stop after one or two)."""
    match = _NEXT.match
    while True:
        found = match(text, pos)
        if found is None:
            return
        start, pos = found.span(1)
        word = text[start:pos]
        first = word[0]
        yield _new(Token, (start, pos, word, NUMBER if first.isdigit() else WORD if first.isalpha() else MARK))


def token_before(text: str, pos: int) -> Token | None:
    """The token that ends at `pos` or before the spaces in front of it."""
    end = pos
    while end > 0 and text[end - 1] in _SPACE:
        end -= 1
    if end == 0:
        return None
    last = text[end - 1]
    start = end - 1
    if last.isalpha():
        while start > 0 and text[start - 1].isalpha():
            start -= 1
        return _new(Token, (start, end, text[start:end], WORD))
    if last.isdigit():
        while start > 0 and (text[start - 1].isdigit() or text[start - 1] in ".," and start > 1 and text[start - 2].isdigit()):
            start -= 1
        return _new(Token, (start, end, text[start:end], NUMBER))
    return _new(Token, (start, end, last, MARK))


def skip_spaces(text: str, pos: int) -> int:
    """The first position from `pos` on that is not a space (line breaks are not spaces here)."""
    while pos < len(text) and text[pos] in _SPACE:
        pos += 1
    return pos
