"""Reading a few words around a position of the normalised text, for rules that look at context.

Only the words near a hit are read, never the whole text: rules stay linear in the number of hits.
A line break is a token of its own, so names never run across paragraphs.
"""

from __future__ import annotations

import re
from typing import NamedTuple

WORD, NUMBER, MARK = "word", "number", "mark"

_NEXT = re.compile(r"[^\S\n]*(?:([^\W\d_]+)|(\d+(?:[.,]\d+)*)|(\S|\n))")
_WORD_BEFORE = re.compile(r"(?:([^\W\d_]+)|(\d+(?:[.,]\d+)*)|(\S|\n))[^\S\n]*\Z")
_LOOK_BACK = 48


class Token(NamedTuple):
    start: int
    end: int
    text: str
    kind: str  # word | number | mark


def token_at(text: str, pos: int) -> Token | None:
    """The token that starts at `pos` or after the spaces that follow it."""
    found = _NEXT.match(text, pos)
    if found is None:
        return None
    for group, kind in ((1, WORD), (2, NUMBER), (3, MARK)):
        if found.group(group) is not None:
            return Token(found.start(group), found.end(group), found.group(group), kind)
    return None


def tokens_after(text: str, pos: int, limit: int) -> list[Token]:
    """Up to `limit` tokens from `pos` on."""
    tokens: list[Token] = []
    while len(tokens) < limit:
        token = token_at(text, pos)
        if token is None:
            break
        tokens.append(token)
        pos = token.end
    return tokens


def token_before(text: str, pos: int) -> Token | None:
    """The token that ends at `pos` or before the spaces in front of it."""
    window_start = max(0, pos - _LOOK_BACK)
    found = _WORD_BEFORE.search(text, window_start, pos)
    if found is None:
        return None
    for group, kind in ((1, WORD), (2, NUMBER), (3, MARK)):
        if found.group(group) is not None:
            return Token(found.start(group), found.end(group), found.group(group), kind)
    return None
