"""Text of one direction inside text of the other, kept in its order: Unicode isolates.

A run of Arabic put in an English message (or the reverse) is wrapped in FIRST STRONG ISOLATE
U+2068 … POP DIRECTIONAL ISOLATE U+2069, so the bidi algorithm lays it out on its own and the
quotes, brackets, plus signs and digits around it stay where the message put them. No Qt.
"""

from __future__ import annotations

import unicodedata
from typing import Any

FSI = "\u2068"
PDI = "\u2069"
_ISOLATE_OPENERS = {"\u2066", "\u2067", "\u2068"}  # LRI, RLI, FSI
_RIGHT_TO_LEFT = {"R", "AL", "AN"}
_INSIDE = {"R": _RIGHT_TO_LEFT | {"NSM", "EN", "CS", "BN", "WS"}, "L": {"L", "EN", "CS", "NSM", "BN", "WS"}}
_RUN_ENDS = {"R": _RIGHT_TO_LEFT | {"NSM"}, "L": {"L", "EN", "NSM"}}  # a run ends on one of these


def isolate(text: str) -> str:
    """`text` as one isolated run (empty text stays empty)."""
    return f"{FSI}{text}{PDI}" if text else text


def _strong(char: str) -> str | None:
    kind = unicodedata.bidirectional(char)
    if kind in _RIGHT_TO_LEFT:
        return "R"
    return "L" if kind == "L" else None


def base_direction(text: str) -> str:
    """'R' or 'L': the direction of the first strong character outside isolates (L when none)."""
    depth = 0
    for char in text:
        if char in _ISOLATE_OPENERS:
            depth += 1
        elif char == PDI:
            depth = max(0, depth - 1)
        elif depth == 0:
            strong = _strong(char)
            if strong:
                return strong
    return "L"


def isolate_runs(text: str, base: str | None = None) -> str:
    """Every run of the direction opposite to the text's own, isolated.

    A run of Arabic spreads over the spaces, marks and digits between its words, never over quotes,
    brackets or signs: in "digits «مليون» + «١٢٠»" each name is its own run, so the order of the
    two stays. Text already inside isolates is left as it is.
    """
    base = base or base_direction(text)
    other = "R" if base == "L" else "L"
    out: list[str] = []
    index, depth, length = 0, 0, len(text)
    while index < length:
        char = text[index]
        if char in _ISOLATE_OPENERS or char == PDI or depth:
            depth = depth + 1 if char in _ISOLATE_OPENERS else max(0, depth - 1) if char == PDI else depth
            out.append(char)
            index += 1
            continue
        if _strong(char) != other:
            out.append(char)
            index += 1
            continue
        end = last = index + 1
        while end < length and _continues(text[end], other):
            end += 1
            if unicodedata.bidirectional(text[end - 1]) in _RUN_ENDS[other]:
                last = end
        out.append(isolate(text[index:last]))
        index = last
    return "".join(out)


def _continues(char: str, other: str) -> bool:
    if char in _ISOLATE_OPENERS or char == PDI:
        return False
    return unicodedata.bidirectional(char) in _INSIDE[other]


def mixed(template: str, *args: Any, **kwargs: Any) -> str:
    """`template.format(...)` with every argument isolated: for a message naming annotated text."""
    return template.format(*(isolate(str(a)) for a in args), **{k: isolate(str(v)) for k, v in kwargs.items()})


def strip_isolates(text: str) -> str:
    """The text without isolate controls (for comparing what is shown with what is stored)."""
    return text.translate({ord(c): None for c in ("\u2066", "\u2067", FSI, PDI)})
