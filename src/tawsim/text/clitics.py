"""Proclitics glued in front of a name, on the normalised view (see tawsim.text.normalize).

A name may carry و ف ب ل ك, or a conjunction and a preposition together (وب، ول، وك، فب، فل، فك).
These letters stay outside every span. When ل meets the article ال, the alef drops: ل + التحالف is
written للتحالف, and the span starts after the first ل (لتحالف). When the noun itself begins with
ل, one lam drops too: ل + الليل is written لليل, and the span is ليل.
"""

from __future__ import annotations

PROCLITICS = frozenset({"و", "ف", "ب", "ل", "ك", "وب", "ول", "وك", "فب", "فل", "فك"})
PREFIXES_BEFORE_NAME = PROCLITICS | {""}
# The prefixes that end in the ل which swallowed the alef of the article.
LAM_PREFIXES = frozenset({"ل", "ول", "فل"})
LONGEST_PROCLITIC = 2
# Letters a word needs to be read behind a proclitic: لامس is "touched", not ل + أمس.
SHORTEST_BEHIND_PROCLITIC = 4
ARTICLE = "ال"


def glued_prefix(text: str, start: int) -> str | None:
    """The letters between the start of the word and `start`, or None if there are more than a
    proclitic could be (the hit is then in the middle of a longer word)."""
    if start == 0 or not text[start - 1].isalnum():
        return ""
    if start == 1 or not text[start - 2].isalnum():
        return text[start - 1]
    if start == 2 or not text[start - 3].isalnum():
        return text[start - 2 : start]
    return None


def proclitic_before(text: str, start: int) -> str | None:
    """The proclitic glued before `start` ("" when none), or None when `start` is inside a word."""
    prefix = glued_prefix(text, start)
    return prefix if prefix in PREFIXES_BEFORE_NAME else None


def lam_form(name: str) -> str | None:
    """How a name with the article is written after ل, from its first remaining letter:
    التحالف → لتحالف, اللاذقية → لاذقية. None for a name without the article."""
    if not name.startswith(ARTICLE) or len(name) < 4:
        return None
    rest = name[len(ARTICLE):]
    return rest if rest.startswith("ل") else name[1:]


def strip_proclitic(word: str) -> str:
    """The word without a leading proclitic when at least two letters remain (وقال → قال,
    بالقاهرة → القاهرة, للتحالف → لتحالف); a word without one is returned as is."""
    for size in (LONGEST_PROCLITIC, 1):
        if len(word) - size >= 2 and word[:size] in PROCLITICS:
            return word[size:]
    return word


def readings(word: str) -> set[str]:
    """The word itself and what remains after each proclitic it may start with:
    وكلا → وكلا، كلا، لا."""
    found = {word}
    for size in (1, LONGEST_PROCLITIC):
        if len(word) - size >= 2 and word[:size] in PROCLITICS:
            found.add(word[size:])
    return found


def is_definite(word: str) -> bool:
    """Whether the word carries the article, also behind a proclitic (والعراق، بالقاهرة) or as
    the lam form after ل (للتحالف، وللمرصد)."""
    if word.startswith(ARTICLE):
        return True
    for size in (LONGEST_PROCLITIC, 1):
        prefix = word[:size]
        if prefix in PROCLITICS and len(word) - size >= 3:
            stem = word[size:]
            if stem.startswith(ARTICLE) or prefix[-1] == "ل" and stem.startswith("ل"):
                return True
    return False
