"""Every edit the window makes, as undoable commands on one QUndoStack."""

from __future__ import annotations

import regex
from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoStack

from tawsim.core.model import AnnotationSet, Span
from tawsim.core.schema import LabelSchema
from tawsim.gui.commands import AddSpan, Link, RemoveSpan, ShowPlace, Unlink, UpdateMany, UpdateSpan
from tawsim.gui.language import label_name
from tawsim.gui.snapping import is_word_char

OCCURRENCE_SOURCE = "manual:occurrence"
translate = QCoreApplication.translate


class Editor:
    def __init__(self, annotations: AnnotationSet, schema: LabelSchema, stack: QUndoStack) -> None:
        self.annotations = annotations
        self.schema = schema
        self.stack = stack
        self.last_message = ""

    # -- tagging ---------------------------------------------------------------------------
    def tag(self, start: int, end: int, label: str, attrs: dict | None = None) -> Span | None:
        """Tag [start, end) by hand (accepted); returns the span, or None with `last_message` set.
        `attrs` go to a new span (a figure's value and unit); an accepted suggestion keeps its own.

        A suggestion of the same category with exactly these bounds is accepted under the label;
        overlapping suggestions of that category are rejected; an overlapping accepted annotation
        of that category stops the tag (one category's spans never overlap).
        """
        category = self.schema.category_of(label)
        same = [s for s in self.annotations.in_range(start, end)
                if s.category == category and s.status != "rejected"]
        blocking = [s for s in same if s.status == "accepted" and (s.start, s.end) != (start, end)]
        if blocking:
            self._say_overlap(blocking[0])
            return None
        exact = next((s for s in same if (s.start, s.end) == (start, end)), None)
        self.stack.beginMacro(f"Tag {label}")
        for span in same:
            if span is not exact and span.status == "suggested":
                self.stack.push(UpdateSpan(self.annotations, span.id, status="rejected"))
        if exact is not None:
            self._set_label(exact, label, status="accepted")
            tagged = exact
        else:
            tagged = self.annotations.make_span(start, end, category, label, status="accepted",
                                                attrs=dict(attrs or {}))
            self.stack.push(AddSpan(self.annotations, tagged))
        self.stack.endMacro()
        self.last_message = translate("Editor", "Tagged {label} “{text}”").format(
            label=label_name(self.schema, label), text=tagged.text)
        return tagged

    def offer_occurrences(self, span_id: str) -> int:
        """Suggest the label of a hand-tagged name on its other untagged occurrences (one undo step)."""
        if span_id not in self.annotations:
            return 0
        tagged = self.annotations.get(span_id)
        if tagged.category != "entity" or tagged.status != "accepted":
            return 0
        found = self._occurrences(tagged)
        if found:
            self.stack.beginMacro(f"Suggest {len(found)} other occurrences of {tagged.text}")
            for start, end in found:  # each span made just before it is added: ids stay unique
                span = self.annotations.make_span(
                    start, end, tagged.category, tagged.label, status="suggested", source=OCCURRENCE_SOURCE,
                    attrs={"explanation": f"the same text as {tagged.id}, tagged by hand"})
                self.stack.push(AddSpan(self.annotations, span))
            self.stack.push(ShowPlace(self.annotations, tagged.id))
            self.stack.endMacro()
        return len(found)

    def _occurrences(self, tagged: Span) -> list[tuple[int, int]]:
        """The other whole-word occurrences of the tagged text that no span of its category covers
        (a suggestion of that label rejected at that place is not offered again)."""
        text = self.annotations.document.text
        spans: list[tuple[int, int]] = []
        for found in regex.finditer(regex.escape(tagged.text), text):
            start, end = found.span()
            if start == tagged.start or (start and is_word_char(text, start - 1) and not
                                         _after_proclitic(text, start)):
                continue
            if end < len(text) and is_word_char(text, end):
                continue
            if any(s.category == tagged.category and (s.status != "rejected" or (
                       (s.start, s.end, s.label) == (start, end, tagged.label)))  # rejected here before
                   for s in self.annotations.in_range(start, end)):
                continue
            spans.append((start, end))
        return spans

    def relabel(self, span_id: str, label: str) -> bool:
        """Give the annotation `label` (accepted); refused, with `last_message` set, when an accepted
        annotation of the label's category overlaps it (one category's spans never overlap)."""
        span = self.annotations.get(span_id)
        category = self.schema.category_of(label)
        blocking = [s for s in self.annotations.in_range(span.start, span.end)
                    if s.id != span.id and s.category == category and s.status == "accepted"]
        if blocking:
            self._say_overlap(blocking[0])
            return False
        self._set_label(span, label, status="accepted")
        self.last_message = translate("Editor", "Labelled {label} “{text}”").format(
            label=label_name(self.schema, label), text=span.text)
        return True

    def _say_overlap(self, blocking: Span) -> None:
        self.last_message = translate("Editor", "overlaps the {label} annotation “{text}”").format(
            label=label_name(self.schema, blocking.label), text=blocking.text)

    def _set_label(self, span: Span, label: str, status: str) -> None:
        category = self.schema.category_of(label)
        self.stack.beginMacro(f"Label {label}")
        if category != span.category:  # a speaker link only makes sense from a claim to an entity
            for relation in self.annotations.relations_of(span.id):
                self.stack.push(Unlink(self.annotations, relation))
        changes = {}
        if span.label in TIMEX_LABELS and label != span.label:  # a date's value means nothing under another label
            changes["attrs"] = {key: value for key, value in span.attrs.items()
                                if key not in TIMEX_KEYS and not (key == "value" and isinstance(value, str))}
        self.stack.push(UpdateSpan(self.annotations, span.id, label=label, category=category,
                                   status=status, **changes))
        self.stack.endMacro()

    def delete(self, span_id: str) -> None:
        self.stack.push(RemoveSpan(self.annotations, span_id))

    def set_bounds(self, span_id: str, start: int, end: int) -> None:
        self.stack.push(UpdateSpan(self.annotations, span_id, "Change boundaries", start=start, end=end))

    def set_attrs(self, span_id: str, attrs: dict) -> None:
        self.stack.push(UpdateSpan(self.annotations, span_id, "Edit attributes", attrs=attrs))

    # -- review ----------------------------------------------------------------------------
    def set_status(self, span_id: str, status: str) -> None:
        self.stack.push(UpdateSpan(self.annotations, span_id, status.capitalize(), status=status))

    def set_status_many(self, spans: list[Span], status: str, text: str) -> int:
        changes = {span.id: {"status": status} for span in spans if span.status != status}
        if changes:
            self.stack.push(UpdateMany(self.annotations, changes, text))
        return len(changes)

    # -- relations -------------------------------------------------------------------------
    def link_speaker(self, claim_id: str, entity_id: str) -> None:
        self.stack.beginMacro("Link speaker")
        for relation in self.annotations.relations_of(claim_id):
            if relation.type == "speaker" and relation.source == claim_id:
                self.stack.push(Unlink(self.annotations, relation))
        self.stack.push(Link(self.annotations, "speaker", claim_id, entity_id))
        self.stack.endMacro()


def _after_proclitic(text: str, start: int) -> bool:
    """An occurrence glued to a proclitic (والعراق) still counts: the span leaves it outside."""
    before = start
    while before > 0 and is_word_char(text, before - 1) and start - before < 2:
        before -= 1
    head = text[before:start]
    return (before == 0 or not is_word_char(text, before - 1)) and all(c in "وفبلك" for c in head)


# A date's or time's value attributes (docs/annotation-guidelines.md), dropped on a relabel.
TIMEX_LABELS = frozenset({"DATE", "TIME"})
TIMEX_KEYS = frozenset({"relative", "anchor", "mod", "direction", "calendar", "hijri", "weekday"})
