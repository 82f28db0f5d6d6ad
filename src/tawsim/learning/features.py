"""Tokens and their features for the sequence labeller.

Words are split from punctuation glued to them (نار، → نار ،), and a proclitic is cut off where the
rest is a definite noun (والعراق → و العراق) or where a rule's suggestion starts after it, so the
spans the rules leave proclitics out of are whole tokens. The strongest feature is the rules' own
tag for the token (B-PER, I-ORG, O) with their tags of the neighbours and the rule's family: the
labeller learns where the rules go wrong on this corpus.
"""

from __future__ import annotations

import bisect

import regex

from tawsim.formats.tokens import tokenize as format_tokens
from tawsim.text.clitics import PROCLITICS, strip_proclitic
from tawsim.text.normalize import normalize

FEATURES_VERSION = 1
_WORD = regex.compile(r"[\p{L}\p{M}\p{N}_\u200c\u200d]+")
_ARTICLE_AFTER = regex.compile(r"(?:[وف]?[بكل]?)(?=ال\p{L}{2})|(?:[وف]?ل)(?=ل\p{L}{2})")


def tokenize(text: str, cuts: list[int] = ()) -> list[tuple[int, int]]:
    """The export formats' tokens, also cut after a proclitic before a definite noun."""
    article_cuts = []
    for match in _WORD.finditer(text):
        word = match.group()
        clitic = _ARTICLE_AFTER.match(word)
        if clitic and 0 < clitic.end() < len(word) and word[:clitic.end()] in PROCLITICS:
            article_cuts.append(match.start() + clitic.end())
    return format_tokens(text, [*cuts, *article_cuts])


def rule_tags(tokens: list[tuple[int, int]], spans) -> tuple[list[str], list[str]]:
    """The rules' BIO tag and rule family of each token (entities only)."""
    tags, families = ["O"] * len(tokens), [""] * len(tokens)
    starts = [t[0] for t in tokens]
    for span in spans:
        first = bisect.bisect_left(starts, span.start)
        inside = False
        for index in range(first, len(tokens)):
            start, end = tokens[index]
            if start >= span.end:
                break
            tags[index] = ("I-" if inside else "B-") + span.label
            families[index] = _family(span.source)
            inside = True
    return tags, families


def _family(source: str) -> str:
    parts = source.split(":")
    return ":".join(parts[:2]) if len(parts) > 1 else source


def _shape(word: str) -> str:
    if word.isdigit():
        return "digits"
    if regex.fullmatch(r"\p{Latin}+", word):
        return "latin"
    if regex.fullmatch(r"[\p{Arabic}\p{M}]+", word):
        return "arabic"
    return "other" if any(c.isalnum() for c in word) else "punct"


def sequence_features(text: str, tokens: list[tuple[int, int]], tags: list[str],
                      families: list[str]) -> list[dict[str, float | str]]:
    words = [normalize(text[s:e]) for s, e in tokens]
    stems = [strip_proclitic(w) for w in words]
    line_starts = {0} | {i + 1 for i, c in enumerate(text) if c == "\n"}
    out = []
    for i, word in enumerate(words):
        f: dict[str, float | str] = {
            "bias": 1.0, "w": word, "stem": stems[i], "p2": word[:2], "p3": word[:3],
            "s2": word[-2:], "s3": word[-3:], "shape": _shape(word), "al": float(stems[i].startswith("ال")),
            "rule": tags[i], "rule.family": families[i] or "none",
            "line.start": float(tokens[i][0] in line_starts),
        }
        for offset in (-2, -1, 1, 2):
            j = i + offset
            if 0 <= j < len(words):
                f[f"{offset}:w"] = words[j]
                f[f"{offset}:stem"] = stems[j]
                f[f"{offset}:rule"] = tags[j]
            else:
                f[f"{offset}:edge"] = 1.0
        f["rule.pair"] = f"{tags[i - 1] if i else 'BOS'}|{tags[i]}"
        out.append(f)
    return out


def gold_tags(tokens: list[tuple[int, int]], spans) -> list[str]:
    """BIO tags of accepted entities; a token counts as inside when its middle lies in the span."""
    tags = ["O"] * len(tokens)
    for span in spans:
        inside = False
        for index, (start, end) in enumerate(tokens):
            if span.start <= (start + end) / 2 < span.end:
                tags[index] = ("I-" if inside else "B-") + span.label
                inside = True
            elif inside:
                break
    return tags
