"""Where a very long paragraph is broken for display, without changing a single offset.

Qt lays out a whole paragraph (QTextBlock) again whenever a format inside it changes, so a 1 MB
article written as one line costs a second per key press. The window shows such a paragraph in
pieces: a space after a sentence end (or, failing that, any space) becomes a line break in the
displayed copy only. A space and a line break are one code point and one UTF-16 unit each, so every
position in the window is still the article's position; the article itself is never changed.
"""

from __future__ import annotations

import re

LONGEST_LINE = 4_000  # characters; news paragraphs are far shorter, so only odd files are touched
PIECE = 2_000  # aim: a break at the first sentence end after this many characters

_SENTENCE_END = re.compile(r"[.!?؟؛…»\"]\s")  # a break goes on the space after the mark
_SPACE = re.compile(r" ")


def display_text(text: str) -> str:
    """`text` with some spaces inside paragraphs longer than LONGEST_LINE turned into "\\n"."""
    if len(text) <= LONGEST_LINE:
        return text
    breaks = list(break_positions(text))
    if not breaks:
        return text
    chars = list(text)
    for position in breaks:
        chars[position] = "\n"
    return "".join(chars)


def break_positions(text: str) -> list[int]:
    """Positions of the spaces that become line breaks (each piece at most LONGEST_LINE long,
    unless a run of LONGEST_LINE characters holds no space at all)."""
    positions: list[int] = []
    start = 0
    length = len(text)
    while start < length:
        newline = text.find("\n", start)
        end = length if newline < 0 else newline
        positions.extend(_breaks_in_paragraph(text, start, end))
        start = end + 1
    return positions


def _breaks_in_paragraph(text: str, start: int, end: int) -> list[int]:
    found: list[int] = []
    piece_start = start
    while end - piece_start > LONGEST_LINE:
        sentence = _SENTENCE_END.search(text, piece_start + PIECE, piece_start + LONGEST_LINE)
        if sentence and text[sentence.end() - 1] == " ":
            position = sentence.end() - 1
        else:
            space = _SPACE.search(text, piece_start + PIECE, piece_start + LONGEST_LINE)
            if space is None:
                space = _SPACE.search(text, piece_start + LONGEST_LINE, end)
                if space is None:
                    break
            position = space.start()
        found.append(position)
        piece_start = position + 1
    return found
