"""Reading Arabic number expressions: digits with their separators, and number words.

Everything here works on normalised text (see tawsim.text.normalize): Eastern digits are already
ASCII, alef, ya and ta marbuta are folded, tanween is gone. Which words are numbers is data (the
rule files read by tawsim.rules.figures.data); this module only knows how Arabic composes them:
units before tens (خمسة وعشرون), teens (ثلاثة عشر), hundreds (ثلاث مئة، ثلاثمئة), a multiplier before
a scale word (37 ألف، ثلاثة آلاف، نصف مليون), duals standing for two (ألفين، مليوني), و between
descending groups (مليون وخمسمئة ألف) and a trailing half or quarter (مليون ونصف).
Values are exact: ints, or Fractions for decimals and halves; `as_number` gives an int or a float.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from fractions import Fraction
from typing import NamedTuple

from tawsim.text.normalize import normalize

UNIT, TEEN_UNIT, TEN, TEEN, TENS, HUNDRED, SCALE, FRACTION = (
    "unit", "teen_unit", "ten", "teen", "tens", "hundred", "scale", "fraction"
)
KINDS = (UNIT, TEEN_UNIT, TEN, TEEN, TENS, HUNDRED, SCALE, FRACTION)
SINGULAR, DUAL, PLURAL = "singular", "dual", "plural"
GRAMMATICAL_NUMBERS = (SINGULAR, DUAL, PLURAL)
DIGITS_KIND = "digits"
Value = int | Fraction

DIGITS = re.compile(r"[0-9]+(?:[.,٫٬][0-9]+)*")
_CONJUNCTION = "و"
_DECIMAL_ONLY, _THOUSANDS_ONLY = "٫", "٬"
LEADING_DECIMAL_MARKS = "٫."  # ٫٧٧ and .77 are 0.77
_DECIMAL_WORD = "فاصله"  # «ثلاثة فاصلة خمسة»: the decimal comma said as a word (normalised فاصلة)
_PLAIN_DIGITS = re.compile(r"[0-9]+(?![0-9.,٫٬])")


@dataclass(frozen=True)
class NumberWord:
    value: Value
    kind: str  # one of KINDS
    number: str = SINGULAR  # scale words: singular (ألف), dual (ألفين) or plural (آلاف)
    alone: bool = True  # may the word by itself, with nothing around it, be a figure?
    takes_clitics: bool = True  # is it still this number with و ف ب ل ك glued in front (لست)?


class Token(NamedTuple):
    start: int
    end: int
    kind: str  # DIGITS_KIND or one of KINDS


class NumberExpression(NamedTuple):
    start: int  # normalised offsets, proclitics outside
    end: int
    value: Value
    tokens: tuple[Token, ...]


def as_number(value: Value) -> int | float:
    return int(value) if value.denominator == 1 else float(value)


def exact(value: Value) -> Value:
    """An int when the value is whole (1.5 × 10⁶ → 1500000), else the Fraction."""
    if type(value) is int:
        return value  # the usual case, answered before the slow isinstance of the numbers ABCs
    return int(value) if isinstance(value, Fraction) and value.denominator == 1 else value


def parse_digits(written: str) -> Value | None:
    """The value of digits with separators, or None when the groups make no number.

    ٫ is the decimal mark and ٬ groups thousands (a single ٬ before other than three digits is
    taken for a mistyped ٫). A comma with exactly three digits after it and one to three before
    groups thousands (1,500); any other single comma is a decimal comma (99,5). A single dot is a
    decimal point (1.5, 1.500). Repeated dots or commas group thousands, and only when every later
    group has three digits (1.500.000). With both , and . the last one is the decimal mark
    (1,234.5 and 1.234,5).
    """
    if written.isdigit():
        return int(written)
    parts = re.split(r"([.,٫٬])", written)
    groups, marks = parts[0::2], parts[1::2]
    decimal_at: int | None = None  # index into marks of the decimal mark, if any
    kinds = set(marks)
    if marks == [_THOUSANDS_ONLY] and len(groups[1]) != 3:
        marks = [_DECIMAL_ONLY]  # ٬ and ٫ look alike and get swapped: ١٢٬٣ can only mean 12.3
        kinds = {_DECIMAL_ONLY}
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
        return int("".join(groups))
    whole = "".join(groups[: decimal_at + 1])
    return Fraction(int(whole)) + Fraction(int(groups[-1]), 10 ** len(groups[-1]))


class NumberLexicon:
    """Number words by their normalised form."""

    def __init__(self, words: dict[str, NumberWord]) -> None:
        self.words = words


def trie_pattern(phrases) -> str:
    """A regex alternation of `phrases` shaped as a trie, so `re` branches once per letter
    instead of trying every phrase; longer phrases are tried first. A space inside a phrase
    matches any run of spaces (not a line break)."""
    trie: dict = {}
    for phrase in phrases:
        node = trie
        for letter in " ".join(phrase.split()):
            node = node.setdefault(letter, {})
        node[""] = {}
    return _trie_pattern(trie)


def _trie_pattern(node: dict) -> str:
    branches = [
        (r"[^\S\n]+" if letter == " " else re.escape(letter)) + _trie_pattern(child)
        for letter, child in sorted(node.items())
        if letter
    ]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{body})?" if "" in node else body


# The reading so far: (total, group, stage, last scale). `total` holds the groups closed by a
# scale word, `group` the one being read below its scale. A plain tuple: this runs at every
# candidate, and a NamedTuple costs several times more to make.
_State = tuple
_new = tuple.__new__  # makes a NamedTuple without its Python-level __new__


_COMPLETE = frozenset({"digits", "unit", "small", "hundred", "scaled", "done"})


def _start(word: NumberWord | None, value: Value, kind: str, total: Value, last: int | None) -> _State | None:
    """A new group (at the start, or after و behind a scale word)."""
    if kind == DIGITS_KIND:
        return (total, value, "digits", last)
    if kind == UNIT:
        return (total, value, "unit", last)
    if kind == TEEN_UNIT:
        return (total, value, "teen_head", last)
    if kind in (TEN, TEEN, TENS):
        return (total, value, "small", last)
    if kind == HUNDRED:
        return (total, value, "hundred", last)
    if kind == FRACTION:
        return (total, value, "fraction", last) if last is None else None
    if kind == SCALE:
        if word.number == PLURAL or last is not None and value >= last:
            return None  # آلاف alone is vague ("thousands"), not a figure
        count = 2 if word.number == DUAL else 1
        return (total + count * value, 0, "scaled", value)
    return None


def _step(state: _State, word: NumberWord | None, value: Value, kind: str, joined: bool) -> _State | None:
    """The state after one more token, or None when the token does not continue the number."""
    total, group, stage, last = state
    if kind == SCALE and not joined:
        if stage == "scaled" and value > last and word.number == SINGULAR:
            return (total * value, 0, "scaled", value)  # ألفي مليون = 2000 × 10⁶
        if stage in ("digits", "unit", "small", "hundred") or stage == "fraction" and word.number != PLURAL:
            if last is not None and value >= last:
                return None
            return (total + group * value, 0, "scaled", value)
        return None
    if stage == "unit":
        ones = group % 100
        if not joined and kind == TEN and ones < 10:
            return (total, group + value, "small", last)
        if not joined and kind == HUNDRED and value == 100 and group < 10:
            return (total, group * 100, "hundred", last)
        if joined and kind == TENS and ones < 10:
            return (total, group + value, "small", last)
        return None
    if stage == "teen_head":
        return (total, group + value, "small", last) if not joined and kind == TEN else None
    if stage == "hundred" and (joined or kind in (UNIT, TEEN, TENS)):  # unjoined: Egyptian خمسمية خمسة
        if kind in (UNIT, TEEN_UNIT, TEN, TEEN, TENS):
            following = _start(word, value, kind, total, last)
            return (following[0], group + value, following[2], following[3]) if following else None
        return None
    if stage == "scaled" and joined:
        if kind == FRACTION:
            return (total + value * last, 0, "done", last)
        return _start(word, value, kind, total, last)
    return None


def read_expression(text: str, start: int, lexicon: NumberLexicon) -> NumberExpression | None:
    """The longest number expression that begins exactly at `start`, or None.

    `start` is the first letter or digit of the number, after any proclitic. This runs at every
    candidate of a long text, hence one loop with the token reading written inline.
    """
    words = lexicon.words
    if start >= len(text):
        return None
    # The first token, read without the general token regex: most numbers are one token of digits.
    if "0" <= text[start] <= "9":
        token_end = DIGITS.match(text, start).end()
        word, kind, value = None, DIGITS_KIND, parse_digits(text[start:token_end])
        if value is None:
            return None
    elif text[start] in LEADING_DECIMAL_MARKS:
        found = _PLAIN_DIGITS.match(text, start + 1)
        if found is None:
            return None
        token_end = found.end()
        word, kind, value = None, DIGITS_KIND, Fraction(int(found.group()), 10 ** (token_end - start - 1))
    else:
        found = _WORD.match(text, start)
        word = words.get(found.group()) if found is not None else None
        if word is None:
            return None
        token_end = found.end()
        kind, value = word.kind, word.value
    state = _start(word, value, kind, 0, None)
    if state is None:
        return None
    tokens: list[Token] = [_new(Token, (start, token_end, kind))]
    best_count, best_value = (1, state[0] + state[1]) if state[2] in _COMPLETE else (0, 0)
    position = token_end
    while True:
        found = _NEXT.match(text, position)
        if found is None:
            break
        group = found.lastgroup
        token_start, token_end = found.span(group)
        written = found.group(group)
        joined = found.group("conjunction") is not None
        if group == "digits":
            if not joined:
                break  # digits continue a number only after و (ألف و500)
            word, kind, value = None, DIGITS_KIND, parse_digits(written)
            if value is None:
                break
        else:
            word = words.get(written)
            if word is None and not joined and written[0] == _CONJUNCTION:
                word = words.get(written[1:])  # و glued to the next word: وعشرين
                joined, token_start = True, token_start + 1
            elif not joined and written[0] == _CONJUNCTION and state[2] == "hundred":
                break  # مئة وأحد: read as مئة + و, never as مئة واحد without a conjunction
            if word is None:
                if written == _DECIMAL_WORD and not joined:
                    decimal = _decimal_part(text, token_end, state, lexicon)
                    if decimal is not None:
                        state, token_end = decimal
                        tokens.append(_new(Token, (token_start, token_end, DIGITS_KIND)))
                        best_count, best_value = len(tokens), state[0] + state[1]
                        position = token_end
                        continue
                break
            kind, value = word.kind, word.value
        state = _step(state, word, value, kind, joined)
        if state is None:
            break
        tokens.append(_new(Token, (token_start, token_end, kind)))
        if state[2] in _COMPLETE:
            best_count, best_value = len(tokens), state[0] + state[1]
        position = token_end
    if not best_count:
        return None
    return _new(NumberExpression, (start, tokens[best_count - 1].end, exact(best_value), tuple(tokens[:best_count])))


def _decimal_part(text: str, position: int, state: _State, lexicon: NumberLexicon) -> tuple[_State, int] | None:
    """After «فاصلة», the decimals of a whole number read so far, in digits or words (ثلاثة فاصلة
    خمسة = 3.5, 1 فاصلة 25 = 1.25): the new state, read like digits, and where the decimals end."""
    total, group, stage, last = state
    if total or last is not None or stage not in ("digits", "unit", "small", "hundred") or type(group) is not int:
        return None
    found = _SPACES.match(text, position)
    if found is None:
        return None
    position = found.end()
    digits = _PLAIN_DIGITS.match(text, position)
    if digits is not None:
        written, end = digits.group(), digits.end()
    else:
        words = read_expression(text, position, lexicon)
        if words is None:
            return None
        first = words.tokens[0]
        if len(words.tokens) > 1 and words.tokens[1].kind == SCALE:  # ثلاثة فاصلة خمسة مليار: the scale is the whole's
            words = _new(NumberExpression, (first.start, first.end, lexicon.words[text[first.start : first.end]].value, (first,)))
        elif any(token.kind == SCALE for token in words.tokens):
            return None
        if type(words.value) is not int:
            return None
        written, end = str(words.value), words.end
    return (0, group + Fraction(int(written), 10 ** len(written)), "digits", None), end


_SPACES = re.compile(r"[^\S\n]+")


# A token: digits with separators, or a run of letters. Between tokens: spaces, and maybe و standing
# alone or glued to digits (و500); glued to a word (وعشرين) it is split off after the match.
_TOKEN = r"(?:(?P<digits>[0-9]+(?:[.,٫٬][0-9]+)*)|(?P<word>[^\W\d_]+))"
_WORD = re.compile(r"[^\W\d_]+")
_NEXT = re.compile(r"[^\S\n]+(?:(?P<conjunction>و)(?:[^\S\n]+|(?=[0-9])))?" + _TOKEN)


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
