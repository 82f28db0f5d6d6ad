"""Where a selection's edges may fall: whole words, never inside a grapheme, proclitics outside.

Pure Python on code point offsets, so it is tested without Qt. A word is a run of letters, marks,
digits, tatweel and joiners; a comma or point between two digits (99,5 or 1.500) stays inside it.
"""

from __future__ import annotations

import unicodedata
from typing import Collection

import regex

from tawsim.text import clitics
from tawsim.text.normalize import normalize

_JOINERS = {"\u200c", "\u200d"}
_NUMBER_INNER = {",", ".", "\u066b", "\u066c"}  # ٫ and ٬ too
_GRAPHEME = regex.compile(r"\X")
_PERCENT_SIGNS = {"%", "\u066a"}  # % and ٪


def is_word_char(text: str, index: int) -> bool:
    char = text[index]
    if char in _NUMBER_INNER:
        return 0 < index < len(text) - 1 and text[index - 1].isdigit() and text[index + 1].isdigit()
    return char in _JOINERS or unicodedata.category(char)[0] in "LMN"


def digit_run_at(text: str, index: int) -> tuple[int, int] | None:
    """The run of digits (with , . ٫ ٬ between them) that `index` is inside or at an edge of."""
    def in_number(i: int) -> bool:
        return 0 <= i < len(text) and (text[i].isdigit() or (text[i] in _NUMBER_INNER and is_word_char(text, i)))

    if in_number(index):
        start = end = index
    elif in_number(index - 1):
        start = end = index - 1
    else:
        return None
    while in_number(start - 1):
        start -= 1
    while in_number(end):
        end += 1
    return start, end


def word_start(text: str, index: int) -> int:
    while index > 0 and is_word_char(text, index - 1):
        index -= 1
    return index


def word_end(text: str, index: int) -> int:
    while index < len(text) and is_word_char(text, index):
        index += 1
    return index


def grapheme_floor(text: str, index: int) -> int:
    """The start of the grapheme cluster containing `index` (a mark belongs to its letter)."""
    if index <= 0 or index >= len(text):
        return max(0, min(index, len(text)))
    begin = max(0, index - 64)
    while begin > 0 and unicodedata.category(text[begin])[0] == "M":
        begin -= 1
    floor = begin
    for cluster in _GRAPHEME.finditer(text, begin, min(len(text), index + 64)):
        if cluster.start() > index:
            break
        floor = cluster.start()
    return floor


def grapheme_ceil(text: str, index: int) -> int:
    floor = grapheme_floor(text, index)
    if floor == index:
        return index
    cluster = _GRAPHEME.match(text, floor)
    return cluster.end() if cluster else index


def _letters(text: str) -> tuple[str, list[int]]:
    """The normalised letters of `text` (marks and tatweel dropped) and where each one was."""
    letters, where = [], []
    for index, char in enumerate(text):
        folded = normalize(char)
        if folded:
            letters.append(folded)
            where.append(index)
    return "".join(letters), where


def proclitic_length(word: str) -> int:
    """How many leading characters of `word` are proclitics that a span leaves outside.

    Only when the word shows it without a dictionary: the article behind the proclitic (والعراق،
    بالقاهرة) or ل that swallowed the article's alef (للتحالف → لتحالف). وكالة and بريطانيا keep
    their first letter.
    """
    letters, where = _letters(word)
    if not clitics.is_definite(letters):
        return 0
    stem = clitics.strip_proclitic(letters)
    if stem.startswith(clitics.ARTICLE) and len(stem) < 4:  # وكالة is a word, not و + ك + الة
        return 0
    stripped = len(letters) - len(stem)
    return where[stripped] if 0 < stripped < len(where) else 0


def name_proclitic_length(word: str, known: Collection[str]) -> int:
    """How many leading characters of `word`, tagged by hand as a name, are a proclitic: the rule
    the engine's name lists follow (a listed name matches behind و ف ب ل ك or two of them), with
    the engine's words (`known`, normalised) telling a proclitic from a first letter.

    The article shows it (`proclitic_length`); a word the engine knows keeps its letters (وكالة،
    بريطانيا، وليد); a known word behind a proclitic loses it (وبحري، لواشنطن); an unknown word
    keeps its letters, as the engine would not cut them either.
    """
    definite = proclitic_length(word)
    if definite:
        return definite
    letters, where = _letters(word)
    if letters in known:
        return 0
    for size in range(1, clitics.LONGEST_PROCLITIC + 1):  # وبحري is و + بحري before وب + حري
        if len(letters) - size >= 3 and letters[:size] in clitics.PROCLITICS and letters[size:] in known:
            return where[size]
    return 0


def _is_user_stripped_proclitic(text: str, word_begin: int, chosen_start: int) -> bool:
    """The user started the selection right after proclitic letters of the word: keep that."""
    letters, _ = _letters(text[word_begin:chosen_start])
    return letters in clitics.PROCLITICS


def snap_to_words(
    text: str, start: int, end: int, proclitics_outside: bool = True, known: Collection[str] | None = None
) -> tuple[int, int] | None:
    """The span a selection [start, end) stands for, or None when it holds no word. With `known`
    (the engine's words), the selection is a name: its proclitic goes by `name_proclitic_length`."""
    start, end = sorted((max(0, min(start, len(text))), max(0, min(end, len(text)))))
    while start < end and not is_word_char(text, start):
        start += 1
    selected_end = end
    while end > start and not is_word_char(text, end - 1):
        end -= 1
    if start == end:
        return None
    if end < selected_end and text[end] in _PERCENT_SIGNS and text[end - 1].isdigit():
        end += 1  # 40% selected: the sign is part of the figure
    chosen_start = grapheme_floor(text, start)
    start = word_start(text, start)
    end = word_end(text, end)
    if proclitics_outside:
        if chosen_start > start and _is_user_stripped_proclitic(text, start, chosen_start):
            start = chosen_start
        else:
            word = text[start:word_end(text, start)]
            start += proclitic_length(word) if known is None else name_proclitic_length(word, known)
    start = grapheme_floor(text, start)
    end = end if end and text[end - 1] in _PERCENT_SIGNS else grapheme_ceil(text, end)
    return (start, end) if start < end else None


def next_word_end(text: str, index: int) -> int:
    """The end of the first word that ends after `index`."""
    while index < len(text) and not is_word_char(text, index):
        index += 1
    return word_end(text, index)


def previous_word_start(text: str, index: int) -> int:
    """The start of the last word that starts before `index`."""
    while index > 0 and not is_word_char(text, index - 1):
        index -= 1
    return word_start(text, index)


def grow_end(text: str, start: int, end: int) -> tuple[int, int]:
    return start, next_word_end(text, end)


def shrink_end(text: str, start: int, end: int) -> tuple[int, int]:
    new_end = word_start(text, end) if end and is_word_char(text, end - 1) else end
    while new_end > start and not is_word_char(text, new_end - 1):
        new_end -= 1
    return (start, new_end) if new_end > start else (start, end)


def grow_start(text: str, start: int, end: int) -> tuple[int, int]:
    return previous_word_start(text, start), end


def shrink_start(text: str, start: int, end: int) -> tuple[int, int]:
    new_start = next_word_end(text, start)
    while new_start < end and not is_word_char(text, new_start):
        new_start += 1
    return (new_start, end) if new_start < end else (start, end)
