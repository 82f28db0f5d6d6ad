"""Reading Arabic number expressions: digits with their separators, and number words.

Everything here works on normalised text (see tawsim.text.normalize): Eastern digits are already
ASCII, alef, ya and ta marbuta are folded, tanween is gone. Which words are numbers is data (the
rule files read by tawsim.rules.figures); this module only knows how Arabic composes them:
units before tens (خمسة وعشرون), teens (ثلاثة عشر), hundreds (ثلاث مئة، ثلاثمئة), a multiplier before
a scale word (37 ألف، ثلاثة آلاف، نصف مليون), duals standing for two (ألفين، مليوني), و between
descending groups (مليون وخمسمئة ألف) and a trailing half or quarter (مليون ونصف).
Values are exact fractions; `as_number` turns one into an int or a float.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from fractions import Fraction
from typing import NamedTuple

from tawsim.text.normalize import normalize

UNIT, TEEN_UNIT, TEN, TENS, HUNDRED, SCALE, FRACTION = (
    "unit", "teen_unit", "ten", "tens", "hundred", "scale", "fraction"
)
KINDS = (UNIT, TEEN_UNIT, TEN, TENS, HUNDRED, SCALE, FRACTION)
SINGULAR, DUAL, PLURAL = "singular", "dual", "plural"
GRAMMATICAL_NUMBERS = (SINGULAR, DUAL, PLURAL)
DIGITS_KIND = "digits"

DIGITS = re.compile(r"[0-9]+(?:[.,٫٬][0-9]+)*")
LETTERS = re.compile(r"[^\W\d_]+")
_GAP = re.compile(r"[^\S\n]+")
_CONJUNCTION = "و"
_DECIMAL_ONLY, _THOUSANDS_ONLY = "٫", "٬"


@dataclass(frozen=True)
class NumberWord:
    value: Fraction
    kind: str  # one of KINDS
    number: str = SINGULAR  # scale words: singular (ألف), dual (ألفين) or plural (آلاف)
    alone: bool = True  # may the word by itself, with nothing around it, be a figure?
    takes_clitics: bool = True  # is it still this number with و ف ب ل ك glued in front (لست)?


class Token(NamedTuple):
    start: int
    end: int
    kind: str  # DIGITS_KIND or one of KINDS


@dataclass(frozen=True)
class NumberExpression:
    start: int  # normalised offsets, proclitics outside
    end: int
    value: Fraction
    tokens: tuple[Token, ...]

    @property
    def has_digits(self) -> bool:
        return any(token.kind == DIGITS_KIND for token in self.tokens)


def as_number(value: Fraction) -> int | float:
    return int(value) if value.denominator == 1 else float(value)


def parse_digits(written: str) -> Fraction | None:
    """The value of digits with separators, or None when the groups make no number.

    ٫ is always the decimal mark and ٬ always groups thousands. A comma followed by exactly three
    digits after one to three leading digits groups thousands (1,500); any other single comma is a
    decimal comma (99,5). A single dot is a decimal point (1.5, 1.500); repeated dots or commas
    group thousands only when every later group has three digits (1.500.000). With both , and .
    the last one is the decimal mark (1,234.5 and 1.234,5).
    """
    parts = re.split(r"([.,٫٬])", written)
    groups, marks = parts[0::2], parts[1::2]
    if not marks:
        return Fraction(int(written))
    decimal_at: int | None = None  # index into marks of the decimal mark, if any
    kinds = set(marks)
    if _DECIMAL_ONLY in kinds:
        if marks.count(_DECIMAL_ONLY) > 1 or marks[-1] != _DECIMAL_ONLY:
            return None
        decimal_at = len(marks) - 1
    elif kinds <= {_THOUSANDS_ONLY}:
        decimal_at = None
    elif len(kinds - {_THOUSANDS_ONLY}) == 2:
        if marks.count(marks[-1]) > 1:
            return None
        decimal_at = len(marks) - 1
    elif len(marks) == 1:
        mark = marks[0]
        groups_thousands = mark == "," and len(groups[1]) == 3 and 1 <= len(groups[0]) <= 3
        groups_thousands = groups_thousands and not groups[0].startswith("0")
        decimal_at = None if groups_thousands else 0
    else:
        decimal_at = None
    thousands = groups[1:] if decimal_at is None else groups[1 : decimal_at + 1]
    if any(len(group) != 3 for group in thousands):
        return None
    if thousands and (len(groups[0]) > 3 or groups[0].startswith("0")):
        return None
    if decimal_at is None:
        return Fraction(int("".join(groups)))
    whole = "".join(groups[: decimal_at + 1])
    return Fraction(int(whole)) + Fraction(int(groups[-1]), 10 ** len(groups[-1]))


class NumberLexicon:
    """Number words by their normalised form."""

    def __init__(self, words: dict[str, NumberWord]) -> None:
        self.words = words

    def get(self, word: str) -> NumberWord | None:
        return self.words.get(word)

    def finder(self) -> re.Pattern:
        """A regex finding every lexicon word in a text, as a trie so `re` branches per letter.

        It checks no word boundaries: that is left to the few hits, which keeps the scan in C.
        """
        trie: dict = {}
        for word in self.words:
            node = trie
            for letter in word:
                node = node.setdefault(letter, {})
            node[""] = {}
        return re.compile(_trie_pattern(trie))


def _trie_pattern(node: dict) -> str:
    branches = [re.escape(letter) + _trie_pattern(child) for letter, child in sorted(node.items()) if letter]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{body})?" if "" in node else body


class _State(NamedTuple):
    total: Fraction  # the groups closed by a scale word
    group: Fraction  # the group being read, below its scale
    stage: str
    last_scale: Fraction | None


_COMPLETE = frozenset({"digits", "unit", "small", "hundred", "scaled", "done"})


def _start(word: NumberWord | None, value: Fraction, kind: str, total: Fraction, last: Fraction | None) -> _State | None:
    """A new group (at the start, or after و behind a scale word)."""
    if kind == DIGITS_KIND:
        return _State(total, value, "digits", last)
    if kind == UNIT:
        return _State(total, value, "unit", last)
    if kind == TEEN_UNIT:
        return _State(total, value, "teen_head", last)
    if kind in (TEN, TENS):
        return _State(total, value, "small", last)
    if kind == HUNDRED:
        return _State(total, value, "hundred", last)
    if kind == FRACTION:
        return _State(total, value, "fraction", last) if last is None else None
    if kind == SCALE:
        if word.number == PLURAL or last is not None and value >= last:
            return None  # آلاف alone is vague ("thousands"), not a figure
        count = 2 if word.number == DUAL else 1
        return _State(total + count * value, Fraction(0), "scaled", value)
    return None


def _step(state: _State, word: NumberWord | None, value: Fraction, kind: str, joined: bool) -> _State | None:
    """The state after one more token, or None when the token does not continue the number."""
    total, group, stage, last = state
    if kind == SCALE and not joined:
        if stage == "scaled" and value > last and word.number == SINGULAR:
            return _State(total * value, Fraction(0), "scaled", value)  # ألفي مليون = 2000 × 10⁶
        if stage in ("digits", "unit", "small", "hundred") or stage == "fraction" and word.number != PLURAL:
            if last is not None and value >= last:
                return None
            return _State(total + group * value, Fraction(0), "scaled", value)
        return None
    if stage == "unit":
        ones = group % 100
        if not joined and kind == TEN and ones < 10:
            return _State(total, group + value, "small", last)
        if not joined and kind == HUNDRED and value == 100 and group < 10:
            return _State(total, group * 100, "hundred", last)
        if joined and kind == TENS and ones < 10:
            return _State(total, group + value, "small", last)
        return None
    if stage == "teen_head":
        return _State(total, group + value, "small", last) if not joined and kind == TEN else None
    if stage == "hundred" and joined:
        if kind in (UNIT, TEEN_UNIT, TEN, TENS):
            following = _start(word, value, kind, total, last)
            return following._replace(group=group + value) if following else None
        return None
    if stage == "scaled" and joined:
        if kind == FRACTION:
            return _State(total + value * last, Fraction(0), "done", last)
        return _start(word, value, kind, total, last)
    return None


def read_expression(text: str, start: int, lexicon: NumberLexicon) -> NumberExpression | None:
    """The longest number expression that begins exactly at `start`, or None.

    `start` is the first letter or digit of the number, after any proclitic.
    """
    state = _State(Fraction(0), Fraction(0), "start", None)
    tokens: list[Token] = []
    best: NumberExpression | None = None
    position = start
    while True:
        joined = False
        token_start = position
        if tokens:
            gap = _GAP.match(text, position)
            if gap is None:
                break
            token_start = gap.end()
            if text.startswith(_CONJUNCTION, token_start):
                after = token_start + 1
                spaced = _GAP.match(text, after)
                if spaced is not None:
                    joined, token_start = True, spaced.end()
        read = _read_token(text, token_start, lexicon, allow_conjunction=bool(tokens) and not joined)
        if read is None:
            break
        token, word, value, glued = read
        joined = joined or glued
        if tokens and token.kind == DIGITS_KIND and not joined:
            break
        following = _start(word, value, token.kind, state.total, None) if not tokens else _step(
            state, word, value, token.kind, joined
        )
        if following is None:
            break
        state = following
        tokens.append(token)
        position = token.end
        if state.stage in _COMPLETE:
            best = NumberExpression(start, position, state.total + state.group, tuple(tokens))
    return best


def _read_token(text: str, position: int, lexicon: NumberLexicon, allow_conjunction: bool):
    """(token, word, value, glued_conjunction) at `position`, or None when no number is there."""
    digits = DIGITS.match(text, position)
    if digits is not None:
        value = parse_digits(digits.group())
        if value is None:
            return None
        return Token(position, digits.end(), DIGITS_KIND), None, value, False
    letters = LETTERS.match(text, position)
    if letters is None:
        return None
    written = letters.group()
    word = lexicon.get(written)
    if word is not None:
        return Token(position, letters.end(), word.kind), word, word.value, False
    if allow_conjunction and written.startswith(_CONJUNCTION):
        word = lexicon.get(written[1:])
        if word is not None:
            return Token(position + 1, letters.end(), word.kind), word, word.value, True
    return None


def parse_number(written: str, lexicon: NumberLexicon) -> int | float | None:
    """The value of a whole number expression such as «خمسة وعشرين ألفاً» or «٣٫٥ مليون».

    A single و ف ب ل ك in front is allowed; anything left over makes it None.
    """
    text = normalize(written.strip())
    for start in (0, 1):
        if start and (len(text) < 2 or text[0] not in "وفبلك"):
            break
        expression = read_expression(text, start, lexicon)
        if expression is not None and expression.end == len(text):
            return as_number(expression.value)
    return None
