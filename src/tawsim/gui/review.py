"""Finding the next or previous suggestion in reading order, and the speakers near a claim.

Pure Python over the AnnotationSet's position index: a search looks at a window of text around
the current place and widens it only when nothing is found, so a step costs the same in a short
article and in one with 70,000 annotations.
"""

from __future__ import annotations

from tawsim.core.model import AnnotationSet, Span

SPEAKER_LABELS = ("PER", "ORG")
_FIRST_WINDOW = 512


def reading_key(span: Span) -> tuple[int, int, str]:
    """Reading order: by start; of two spans starting together the outer one comes first."""
    return (span.start, -span.end, span.id)


def next_suggestion(annotations: AnnotationSet, after: tuple[int, int, str] | None) -> Span | None:
    """The first suggestion after the reading position `after` (None: from the top)."""
    after = after or (-1, 0, "")
    length = len(annotations.document.text)
    low, window = max(after[0], 0), _FIRST_WINDOW
    while low <= length:
        high = min(low + window, length + 1)
        found = [s for s in annotations.in_range(low, high)
                 if s.status == "suggested" and reading_key(s) > after and s.start < high]
        if found:
            return min(found, key=reading_key)
        low, window = high, window * 2
        if high > length:
            break
    return None


def previous_suggestion(annotations: AnnotationSet, before: tuple[int, int, str] | None) -> Span | None:
    length = len(annotations.document.text)
    before = before or (length + 1, 0, "")
    high, window = min(before[0] + 1, length), _FIRST_WINDOW
    while high >= 0:
        low = max(high - window, 0)
        found = [s for s in annotations.in_range(low, max(high, low + 1))
                 if s.status == "suggested" and reading_key(s) < before and s.start >= low]
        if found:
            return max(found, key=reading_key)
        if low == 0:
            break
        high, window = low, window * 2
    return None


def innermost_at(annotations: AnnotationSet, position: int) -> Span | None:
    """The annotation a click at `position` means: the innermost one there that is not rejected."""
    spans = [s for s in annotations.at(position) if s.status != "rejected"]
    return spans[-1] if spans else None


def claim_at(annotations: AnnotationSet, position: int) -> Span | None:
    claims = [s for s in annotations.at(position) if s.category == "claim" and s.status != "rejected"]
    return claims[0] if claims else None


def speaker_candidates(annotations: AnnotationSet, claim: Span, limit: int = 9) -> list[Span]:
    """Named people and organisations near a claim, the likeliest first.

    Speakers are usually named just before what they said (قال فلان إن …) or just after a quote
    (…، وفق فلان), so mentions before the claim rank by distance, those after it a little lower,
    and mentions inside the claim last.
    """
    text = annotations.document.text
    paragraph_start = text.rfind("\n", 0, claim.start) + 1
    paragraph_end = text.find("\n", claim.end)
    paragraph_end = len(text) if paragraph_end < 0 else paragraph_end
    low = min(paragraph_start, max(0, claim.start - 600))
    high = max(paragraph_end, min(len(text), claim.end + 300))

    def rank(span: Span) -> tuple[int, int]:
        if span.end <= claim.start:
            return (0, claim.start - span.end)
        if span.start >= claim.end:
            return (0, 2 * (span.start - claim.end) + 40)
        return (1, span.start - claim.start)

    found = [s for s in annotations.in_range(low, high)
             if s.category == "entity" and s.label in SPEAKER_LABELS and s.status != "rejected"]
    return sorted(found, key=rank)[:limit]
