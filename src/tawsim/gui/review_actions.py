"""What the review and tagging actions do: the window's handlers, kept apart from its wiring."""

from __future__ import annotations

from contextlib import contextmanager
from typing import Iterator

from PySide6.QtCore import QTimer

from tawsim.core.model import AnnotationError, Span
from tawsim.gui import review, snapping
from tawsim.gui.language import category_name, label_name
from tawsim.gui.loading import figure_reading, known_words
from tawsim.gui.speaker_picker import SpeakerPicker


class ReviewHandlers:
    """Mixed into MainWindow, which provides view, annotations, editor, highlighter, schema."""

    current_id: str | None = None
    picker: SpeakerPicker | None = None

    @contextmanager
    def editing(self) -> Iterator[None]:
        """One user action: repaint once at the end; a refused change becomes a status message."""
        try:
            with self.highlighter.batch(), self.table_panel.quiet():
                yield
        except AnnotationError as error:
            self.say(str(error))

    def current(self) -> Span | None:
        if self.annotations is None or self.current_id not in self.annotations:
            return None
        return self.annotations.get(self.current_id)

    # -- moving between suggestions ----------------------------------------------------------
    def _place(self) -> tuple[int, int, str] | None:
        span = self.current()
        if span is not None:
            return review.reading_key(span)
        return (self.view.caret() - 1, 1, "")  # just before the caret: a span starting there is next

    def next_suggestion(self) -> Span | None:
        found = review.next_suggestion(self.annotations, self._place())
        self._go_to(found, self.tr("No more suggestions after this point"))
        return found

    def previous_suggestion(self) -> Span | None:
        found = review.previous_suggestion(self.annotations, self._place())
        self._go_to(found, self.tr("No suggestions before this point"))
        return found

    def _go_to(self, span: Span | None, otherwise: str) -> None:
        if span is None:
            self.say(otherwise)
            return
        self.set_current(span.id, move_caret=True)

    def _decide(self, status: str) -> None:
        span = self.current()
        if span is None or span.status != "suggested":
            self.next_suggestion()
            return
        place = review.reading_key(span)
        with self.editing():
            self.editor.set_status(span.id, status)
        following = review.next_suggestion(self.annotations, place)
        decided = self.tr("Accepted") if status == "accepted" else self.tr("Rejected")
        if following is None:
            self.set_current(span.id)
            self.say(self.tr("{decided}: “{text}”. That was the last suggestion.").format(decided=decided, text=span.text))
        else:
            self.set_current(following.id, move_caret=True)
            self.say(self.tr("{decided}: “{text}”").format(decided=decided, text=span.text))

    def accept_suggestion(self) -> None:
        self._decide("accepted")

    def reject_suggestion(self) -> None:
        self._decide("rejected")

    def decide_all(self, status: str, label: str | None = None, category: str | None = None) -> int:
        spans = [s for s in self.annotations.with_status("suggested")
                 if (label is None or s.label == label) and (category is None or s.category == category)]
        what = label or category or "all"
        with self.editing():
            count = self.editor.set_status_many(spans, status, f"{status.capitalize()} {what} suggestions")
        shown = (label_name(self.schema, label) if label else category_name(self.schema, category) if category
                 else self.tr("all"))
        if status == "accepted":
            message = self.tr("Accepted 1 suggestion ({what})") if count == 1 else self.tr(
                "Accepted {count} suggestions ({what})")
        else:
            message = self.tr("Rejected 1 suggestion ({what})") if count == 1 else self.tr(
                "Rejected {count} suggestions ({what})")
        self.say(message.format(count=count, what=shown))
        self.refresh_panel()
        return count

    # -- tagging -----------------------------------------------------------------------------
    def apply_label(self, label: str) -> Span | None:
        selection = self.view.selected_range()
        if selection is None:
            span = self.current()
            if span is None:
                self.say(self.tr("Select the words to tag first"))
                return None
            with self.editing():
                relabelled = self.editor.relabel(span.id, label)
            if not relabelled:
                self.say(self.editor.last_message)
            self.refresh_panel()
            return span if relabelled else None
        names = known_words(getattr(self, "rules", None)) if self.schema.category_of(label) == "entity" else None
        snapped = snapping.snap_to_words(self.annotations.document.text, *selection,
                                         self.schema.proclitics_outside, names)
        if snapped is None:
            self.say(self.tr("The selection holds no word to tag"))
            return None
        attrs = None
        if self.schema.category_of(label) == "figure":
            attrs = figure_reading(self.annotations.document.text, *snapped, getattr(self, "rules", None))
        with self.editing():
            span = self.editor.tag(*snapped, label, attrs)
        self.say(self.editor.last_message)
        if span is not None:
            self.set_current(span.id, move_caret=True)
            # After the tag shows: its other occurrences come as suggestions, their own undo step.
            QTimer.singleShot(0, lambda span_id=span.id: self.offer_occurrences(span_id))
        return span

    def offer_occurrences(self, span_id: str) -> int:
        if self.annotations is None or span_id not in self.annotations:
            return 0
        with self.editing():
            count = self.editor.offer_occurrences(span_id)
        if count:
            text = self.annotations.get(span_id).text
            other = self.tr("1 other occurrence of “{text}” suggested (one undo removes it)") if count == 1 else \
                self.tr("{count} other occurrences of “{text}” suggested (one undo removes them)")
            self.say(f"{self.editor.last_message}; " + other.format(count=count, text=text))
        return count

    def delete_current(self) -> None:
        span = self.current()
        if span is not None:
            with self.editing():
                self.editor.delete(span.id)
            self.current_id = None
            self.refresh_panel()

    def set_bounds(self, start: int, end: int) -> None:
        span = self.current()
        if span is None or (start, end) == (span.start, span.end):
            return
        snapped = snapping.snap_to_words(self.annotations.document.text, start, end,
                                         self.schema.proclitics_outside)
        if snapped is None:
            return
        clash = [s for s in self.annotations.in_range(*snapped) if s.category == span.category
                 and s.id != span.id and s.status == "accepted"]
        if clash:
            self.say(self.tr("That would overlap the {label} annotation “{text}”").format(
                label=label_name(self.schema, clash[0].label), text=clash[0].text))
            return
        with self.editing():
            self.editor.set_bounds(span.id, *snapped)
        self.set_current(span.id)

    def bounds_to_selection(self) -> None:
        selection = self.view.selected_range()
        if selection is None:
            self.say(self.tr("Select the words the annotation should cover"))
            return
        self.set_bounds(*selection)

    def step_bounds(self, step) -> None:
        span = self.current()
        if span is not None:
            self.set_bounds(*step(self.annotations.document.text, span.start, span.end))

    # -- speakers ----------------------------------------------------------------------------
    def link_speaker(self) -> SpeakerPicker | None:
        span = self.current()
        claim = span if span is not None and span.category == "claim" else review.claim_at(
            self.annotations, span.start if span is not None else self.view.caret())
        if claim is None:
            self.say(self.tr("Put the caret in a claim to link its speaker"))
            return None
        candidates = review.speaker_candidates(self.annotations, claim)
        if not candidates:
            self.say(self.tr("No person or organisation is tagged near this claim"))
            return None
        self.picker = SpeakerPicker(claim, candidates, self.annotations.document.text, self)
        self.picker.picked.connect(self._speaker_picked)
        self.picker.open()
        return self.picker

    def _speaker_picked(self, claim_id: str, entity_id: str) -> None:
        with self.editing():
            self.editor.link_speaker(claim_id, entity_id)
        self.set_current(claim_id)
        self.say(self.tr("Speaker: {text}").format(text=self.annotations.get(entity_id).text))

    def edit_figure(self, span_id: str, attrs: dict) -> None:
        with self.editing():
            self.editor.set_attrs(span_id, attrs)
        self.refresh_panel()
