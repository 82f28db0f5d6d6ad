"""Tokens for the token-based formats (CoNLL, spaCy) that never cross a span boundary.

A word is cut wherever an exported span starts or ends, so a proclitic the span leaves out
(و in والعراق when the span is العراق) becomes a token of its own and every span is a whole number
of tokens.
"""

from __future__ import annotations

import bisect
from typing import Iterable

import regex

_TOKEN = regex.compile(r"\d+(?:[.,\u066b\u066c]\d+)*|[\p{L}\p{M}\p{N}_\u200c\u200d]+|\S")
SENTENCE_END = frozenset(".!?؟…")


def tokenize(text: str, cuts: Iterable[int] = ()) -> list[tuple[int, int]]:
    """(start, end) code-point offsets of the tokens of `text`, also cut at each offset in `cuts`."""
    points = sorted(set(cuts))
    tokens: list[tuple[int, int]] = []
    for match in _TOKEN.finditer(text):
        start, end = match.span()
        index = bisect.bisect_right(points, start)
        while index < len(points) and points[index] < end:
            tokens.append((start, points[index]))
            start = points[index]
            index += 1
        tokens.append((start, end))
    return tokens


def span_cuts(spans: Iterable) -> set[int]:
    cuts: set[int] = set()
    for span in spans:
        cuts.add(span.start)
        cuts.add(span.end)
    return cuts


def sentence_breaks(text: str, tokens: list[tuple[int, int]], spans: Iterable) -> set[int]:
    """Indexes of tokens after which a sentence ends: after . ! ? ؟ or at a line break, never
    inside a span (a claim may hold a full stop, as in 99.5, or run over a line)."""
    starts = [start for start, _ in tokens]
    held: set[int] = set()  # tokens whose start lies strictly inside a span
    for span in spans:
        first = bisect.bisect_right(starts, span.start)
        last = bisect.bisect_left(starts, span.end)
        held.update(range(first, last))
    breaks: set[int] = set()
    for index in range(len(tokens) - 1):
        if index + 1 in held:
            continue
        start, end = tokens[index]
        gap = text[end : starts[index + 1]]
        if (gap and text[start:end] in SENTENCE_END) or "\n" in gap:
            breaks.add(index)
    return breaks
