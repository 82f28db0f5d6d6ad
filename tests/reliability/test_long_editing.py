"""Thousands of edits, undos, redos and saves through the real window, checked against records kept
apart from the code under test.

A seeded `random.Random` drives the window with the keys an annotator uses: select words and press
a label's key, Enter/Backspace on suggestions, relabel, Delete, Ctrl+K for a speaker, the boundary
keys, Ctrl+B, accept all, Ctrl+Z/Ctrl+Y in bursts, and Ctrl+S now and then. Then:

- every file saved loads without remarks and equals the window's annotations;
- undo and redo bring back exactly the state first seen at that step of the history; undoing
  everything gives the opened article's suggestions back, redoing everything the final state;
- a plain AnnotationSet fed only the changes the model announced (what the table and the
  highlighter rely on) ends up equal to the model;
- the character formats in the document agree with the annotations, and with a fresh full paint;
- `sys.getrefcount(None)` has not fallen (PySide6 6.12.0 on Python 3.11 lost one per void call).

TAWSIM_LONG_RUN_SCALE multiplies the number of steps (1 by default: 2,700 steps on the seed, 600 on
the seed repeated 20 times). `python tools/long_run.py` prints the figures of a run.
"""

from __future__ import annotations

import bisect
import gc
import operator
import os
import random
import re
import sys
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QAction, QTextCharFormat, QTextCursor, QTextDocument
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from tawsim.core import annotation_file
from tawsim.core.atomic import backup_path
from tawsim.core.model import AnnotationSet, Span
from tawsim.core.schema import load_schema
from tawsim.core.textio import read_article

from reliability_support import SEED_ARTICLE

pytestmark = pytest.mark.slow

SCALE = float(os.environ.get("TAWSIM_LONG_RUN_SCALE", "1"))
SEED_STEPS = int(2700 * SCALE)
LONG_STEPS = int(600 * SCALE)
LONG_ARTICLE_COPIES = 20
NONE_REFERENCE_SLACK = 50  # other code may take a few; the 6.12.0 leak lost one per void call
SAVE_EVERY = (60, 140)  # steps between two Ctrl+S
SETTLE_SHARE = 0.15  # steps after which the event loop runs (repaints coalesce anyway)
WORD = re.compile(r"\w+")

# How often each kind of step is chosen.
STEP_WEIGHTS = {
    "tag": 24, "accept": 14, "reject": 7, "navigate": 4, "relabel": 10, "delete": 5, "link_speaker": 4,
    "boundary": 12, "bounds_to_selection": 3, "accept_all": 1, "accept_label": 1, "reject_all": 0.3,
    "undo": 9, "redo": 5,
}
BOUNDARY_ACTIONS = ("actionGrowStart", "actionShrinkStart", "actionGrowEnd", "actionShrinkEnd")
EDIT_ACTIONS = {"actionAcceptSuggestion", "actionRejectSuggestion", "actionDelete", "actionLinkSpeaker",
                "actionSetBounds", "actionAcceptAll", "actionRejectAll", *BOUNDARY_ACTIONS}


# -- what a state is --------------------------------------------------------------------------
def span_rows(annotations: AnnotationSet) -> list[tuple]:
    return [(s.id, s.start, s.end, s.text, s.category, s.label, s.status, s.source,
             repr(sorted(s.attrs.items()))) for s in annotations]


def state_of(annotations: AnnotationSet) -> tuple:
    """Spans in row order (the order the file keeps); relations as a set (their order means nothing)."""
    relations = sorted((r.id, r.type, r.source, r.target) for r in annotations.relations)
    return (annotations.document.name, annotations.document.text, tuple(span_rows(annotations)),
            tuple(relations))


_SPAN_FIELDS = operator.attrgetter("id", "start", "end", "text", "category", "label", "status", "source")
_ATTRS = operator.attrgetter("attrs")


def fingerprint(annotations: AnnotationSet) -> int:
    """`state_of` in one number, cheap enough to take at every step of a long run."""
    relations = tuple(sorted((r.id, r.type, r.source, r.target) for r in annotations.relations))
    try:
        return hash((tuple(map(_SPAN_FIELDS, annotations)),
                     tuple(map(tuple, map(dict.items, map(_ATTRS, annotations)))), relations))
    except TypeError:  # an attribute holding a list or a dict
        return hash((tuple(span_rows(annotations)), relations))


def copy_of(annotations: AnnotationSet) -> AnnotationSet:
    return annotation_file.from_json_dict(annotation_file.to_json_dict(annotations)).annotations


# -- records kept beside the window ------------------------------------------------------------------
class AnnouncedChanges:
    """A plain AnnotationSet fed only what the model announces: it must end up equal to the model.

    Its count of announcements also tells when the state may have changed, so fingerprints are
    taken only then; a change made without an announcement would leave the replica behind.
    """

    def __init__(self, annotations: AnnotationSet) -> None:
        self.replica = copy_of(annotations)
        self.problems: list[str] = []
        self.count = 0
        self._slots = {
            annotations.inserted: self._inserted, annotations.removed: self._removed,
            annotations.changed: self._changed, annotations.relation_added: self._relation_added,
            annotations.relation_removed: self._relation_removed,
        }
        for signal, slot in self._slots.items():
            signal.connect(slot)

    def detach(self) -> None:
        for signal, slot in self._slots.items():
            signal.disconnect(slot)

    def _inserted(self, row, span) -> None:
        self.count += 1
        self.replica.add(Span.from_dict(span.to_dict()), row)

    def _removed(self, row, span) -> None:
        self.count += 1
        if self.replica[row].id != span.id:
            self.problems.append(f"removal of {span.id} announced at row {row}, where {self.replica[row].id} is")
        self.replica.remove(span.id)

    def _changed(self, row, span) -> None:
        self.count += 1
        if self.replica.row_of(span.id) != row:
            self.problems.append(f"change of {span.id} announced at row {row}, not its row")
        self.replica.update(span.id, start=span.start, end=span.end, status=span.status, label=span.label,
                            category=span.category, source=span.source, attrs=dict(span.attrs))

    def _relation_added(self, relation) -> None:
        self.count += 1
        self.replica.add_relation(relation)

    def _relation_removed(self, relation) -> None:
        self.count += 1
        self.replica.remove_relation(relation.id)


class StateProbe:
    def __init__(self, annotations: AnnotationSet, announced: AnnouncedChanges) -> None:
        self.annotations, self.announced = annotations, announced
        self._cached = (-1, 0)

    def now(self) -> int:
        if self._cached[0] != self.announced.count:
            self._cached = (self.announced.count, fingerprint(self.annotations))
        return self._cached[1]


class HistoryRecord:
    """The state at each index of the undo stack as an edit first left it; undo/redo must match it."""

    def __init__(self, stack, probe: StateProbe) -> None:
        self.stack, self.probe = stack, probe
        self.states = {stack.index(): probe.now()}
        self.replaying = False
        self.checked = 0
        self.mismatches: list[str] = []
        stack.indexChanged.connect(self._on_index)

    def _on_index(self, index: int) -> None:
        state = self.probe.now()
        if self.replaying and index in self.states:
            self.checked += 1
            if state != self.states[index]:
                self.mismatches.append(f"index {index} of the undo stack came back different")
            return
        if not self.replaying:  # a new edit drops the redo branch
            for stale in [i for i in self.states if i > index]:
                del self.states[stale]
        self.states[index] = state

    def detach(self) -> None:
        self.stack.indexChanged.disconnect(self._on_index)


# -- the document's formats ----------------------------------------------------------------------
@lru_cache(maxsize=4)
def _astral_points(text: str) -> list[int]:
    return [index for index, char in enumerate(text) if char > "\uffff"]


def utf16(text: str, index: int) -> int:
    """Qt's position of code point `index`: characters beyond the BMP take two UTF-16 units."""
    return index + bisect.bisect_left(_astral_points(text), index)


def format_key(fmt: QTextCharFormat) -> tuple:
    background = (fmt.background().color().rgba()
                  if fmt.hasProperty(QTextCharFormat.Property.BackgroundBrush) else None)
    underline = fmt.underlineStyle()
    color = fmt.underlineColor().rgba() if underline != QTextCharFormat.UnderlineStyle.NoUnderline else None
    return (background, underline, color)


def document_format_at(document: QTextDocument, text: str, position: int) -> tuple:
    cursor = QTextCursor(document)
    cursor.setPosition(utf16(text, position) + 1)  # charFormat() is the character before the cursor
    return format_key(cursor.charFormat())


def expected_format_at(window, position: int) -> tuple:
    """The highlighter's contract: claims merged first, entities and figures over them in reading
    order (ties by id); rejected suggestions not drawn."""
    spans = [s for s in window.annotations.at(position) if s.status != "rejected"]
    spans.sort(key=lambda s: (s.category != "claim", s.start, -s.end, s.id))
    fmt = QTextCharFormat()
    for span in spans:
        fmt.merge(window.styles.format_for(span))
    return format_key(fmt)


def highlight_disagreements(window, rng: random.Random, samples: int) -> list[str]:
    """Positions (every span's edges, and random ones) whose format is not what its annotations say."""
    text = window.annotations.document.text
    document = window.view.document()
    edges = {p for s in window.annotations for p in (s.start - 1, s.start, s.end - 1, s.end)}
    positions = sorted((edges | {rng.randrange(len(text)) for _ in range(samples)}) & set(range(len(text))))
    wrong = []
    for p in positions:
        if text[p] != "\n" and document_format_at(document, text, p) != expected_format_at(window, p):
            wrong.append(f"{p} ({text[max(0, p - 8):p + 8]!r}): shows {document_format_at(document, text, p)}, "
                         f"its annotations say {expected_format_at(window, p)}")
    return wrong


def formats_by_unit(document: QTextDocument) -> list[tuple | None]:
    """The format of every UTF-16 unit of the document, read fragment by fragment."""
    keys: list[tuple | None] = [None] * document.characterCount()
    block = document.begin()
    while block.isValid():
        fragments = block.begin()
        while not fragments.atEnd():
            fragment = fragments.fragment()
            start, length = fragment.position(), fragment.length()
            keys[start:start + length] = [format_key(fragment.charFormat())] * length
            fragments += 1
        block = block.next()
    return keys


def differs_from_a_fresh_paint(window) -> list[int]:
    """Positions where the incremental repaints left a format that a full paint would not."""
    from tawsim.gui.highlighter import Highlighter

    fresh = QTextDocument()
    fresh.setPlainText(window.annotations.document.text)
    painter = Highlighter(fresh, window.annotations, window.view.offsets, window.styles)
    try:
        painter.paint_all()
    finally:
        painter.detach()
    painted, repainted = formats_by_unit(fresh), formats_by_unit(window.view.document())
    return [unit for unit, key in enumerate(painted) if key is not None and repainted[unit] != key]


# -- the annotator ----------------------------------------------------------------------------------
@dataclass
class RunFigures:
    steps: Counter = field(default_factory=Counter)  # steps by kind
    edits: Counter = field(default_factory=Counter)  # edit keys pressed (menu items chosen), by step kind
    changed: Counter = field(default_factory=Counter)  # steps that changed the annotations, by kind
    undos: int = 0
    redos: int = 0
    saves: int = 0

    def line(self, name: str) -> str:
        return (f"{name}: {sum(self.edits.values())} edits ({sum(self.changed.values())} steps changed "
                f"the annotations), {self.undos} undos, {self.redos} redos, {self.saves} saves; edits by kind: "
                + ", ".join(f"{kind} {n}" for kind, n in sorted(self.edits.items())))


class Annotator:
    """Drives one window through random steps, with keys on the article view."""

    def __init__(self, window, qtbot, rng: random.Random, save_path: Path, probe: StateProbe,
                 history: HistoryRecord) -> None:
        self.window, self.qtbot, self.rng = window, qtbot, rng
        self.view = window.view
        self.text = window.annotations.document.text
        self.words = [m.span() for m in WORD.finditer(self.text)]
        self.labels = [label.name for label in window.schema.labels if window.label_actions[label.name].shortcuts()]
        self.save_path, self.probe, self.history = save_path, probe, history
        self.figures = RunFigures()
        self.problems: list[str] = []
        self.number, self.kind = 0, ""

    @property
    def annotations(self) -> AnnotationSet:
        return self.window.annotations

    def problem(self, message: str) -> None:
        self.problems.append(f"step {self.number} ({self.kind}): {message}")

    # -- input ---------------------------------------------------------------------------------
    def press(self, action: QAction, widget=None) -> None:
        """The action's own first shortcut, typed on the article (or on `widget`)."""
        combination = action.shortcuts()[0][0]
        widget = widget or self.view
        if widget is self.view and not self.view.hasFocus():
            self.focus_article()
        if action.objectName() in EDIT_ACTIONS or action.objectName().startswith("label:"):
            self.figures.edits[self.kind] += 1
        self.qtbot.keyClick(widget, combination.key(), combination.keyboardModifiers())

    def press_named(self, name: str) -> None:
        self.press(self.window.action(name))

    def focus_article(self) -> None:
        """What a window manager does when a dialog closes: the window is active again."""
        self.window.activateWindow()
        self.qtbot.waitUntil(self.window.isActiveWindow, timeout=2000)
        self.view.setFocus()

    def select(self, start: int, end: int, backwards: bool = False) -> None:
        """A selection made as the user makes one: a cursor on Qt's positions, set on the view."""
        cursor = QTextCursor(self.view.document())
        first, second = (end, start) if backwards else (start, end)
        cursor.setPosition(utf16(self.text, first))
        cursor.setPosition(utf16(self.text, second), QTextCursor.MoveMode.KeepAnchor)
        self.view.setTextCursor(cursor)

    def caret_into(self, span: Span) -> None:
        self.select(*(2 * [self.rng.randrange(span.start, span.end)]))

    def settle(self) -> None:
        """Let the event loop run, as it does between two real key presses.

        Always after a tag: its occurrences are offered by a zero timer that a real next key would
        find already run.
        """
        QApplication.processEvents()

    # -- the run -------------------------------------------------------------------------------
    def run(self, steps: int) -> RunFigures:
        kinds, weights = list(STEP_WEIGHTS), list(STEP_WEIGHTS.values())
        next_save = self.rng.randint(*SAVE_EVERY)
        state = self.probe.now()
        for number in range(1, steps + 1):
            self.number = number
            self.kind = kind = self.rng.choices(kinds, weights)[0]
            index_before, state_before = self.window.undo_stack.index(), state
            getattr(self, f"_{kind}")()
            if kind == "tag" or self.rng.random() < SETTLE_SHARE:
                self.settle()
            self.figures.steps[kind] += 1
            state = self.probe.now()
            if state != state_before:
                self.figures.changed[kind] += 1
                if kind not in ("undo", "redo") and self.window.undo_stack.index() == index_before:
                    self.problem("the annotations changed without an undo step")
            if number >= next_save:
                self.save()
                next_save = number + self.rng.randint(*SAVE_EVERY)
        self.save()
        return self.figures

    def save(self) -> None:
        self.press_named("actionSave")
        self.figures.saves += 1
        if self.window.isWindowModified():
            self.problem("still marked modified after Ctrl+S")
        loaded = annotation_file.load(self.save_path)
        if loaded.problems:
            self.problem(f"the saved file has remarks: {loaded.problems[:3]}")
        if annotation_file.to_json_dict(loaded.annotations) != annotation_file.to_json_dict(self.annotations):
            self.problem("the saved file differs from the window")

    # -- the steps -----------------------------------------------------------------------------
    def _tag(self) -> None:
        first = self.rng.randrange(len(self.words))
        last = min(len(self.words) - 1, first + self.rng.choice((0, 0, 0, 1, 2)))
        start = self.words[first][0] + self.rng.choice((0, 0, 1))  # sometimes from inside the word
        end = max(start + 1, self.words[last][1] - self.rng.choice((0, 0, 1)))
        self.select(start, end, backwards=self.rng.random() < 0.3)
        label = self.rng.choice(self.labels)
        self.press(self.window.label_actions[label])
        span = self.window.current()
        if span is not None and span.label == label and span.overlaps(start, end):
            if span.status != "accepted" or span.text != self.text[span.start:span.end]:
                self.problem(f"tagged {span.id} is {span.status} over {span.text!r}")

    def _accept(self) -> None:
        self._decide("actionAcceptSuggestion", "accepted")

    def _reject(self) -> None:
        self._decide("actionRejectSuggestion", "rejected")

    def _decide(self, name: str, status: str) -> None:
        if self.rng.random() < 0.3:
            self.press_named("actionNextSuggestion")
        span = self.window.current()
        pending = span if span is not None and span.status == "suggested" else None
        self.press_named(name)
        if pending is not None and pending.id in self.annotations and pending.status != status:
            self.problem(f"{name} left {pending.id} {pending.status}")

    def _navigate(self) -> None:
        self.press_named(self.rng.choice(("actionNextSuggestion", "actionPreviousSuggestion")))

    def _visible_span(self, category: str | None = None) -> Span | None:
        spans = [s for s in self.annotations if s.status != "rejected"
                 and (category is None or s.category == category)]
        return self.rng.choice(spans) if spans else None

    def _relabel(self) -> None:
        span = self._visible_span()
        if span is None:
            return
        self.caret_into(span)
        current = self.window.current()
        label = self.rng.choice(self.labels)
        category = self.window.schema.category_of(label)
        blocked = current is not None and any(
            s.id != current.id and s.category == category and s.status == "accepted"
            for s in self.annotations.in_range(current.start, current.end))
        self.press(self.window.label_actions[label])
        if blocked:  # one category's spans never overlap: refused, and the status bar says why
            if "overlaps" not in self.window.statusBar().currentMessage():
                self.problem(f"relabelling {current.id} as {label} was refused without a word")
        elif current is not None and (current.label, current.status) != (label, "accepted"):
            self.problem(f"relabelling {current.id} as {label} left {current.label}, {current.status}")

    def _delete(self) -> None:
        span = self._visible_span()
        if span is None:
            return
        self.caret_into(span)
        current = self.window.current()
        self.press_named("actionDelete")
        if current is not None and current.id in self.annotations:
            self.problem(f"Delete left {current.id}")

    def _link_speaker(self) -> None:
        claim = self._visible_span("claim")
        if claim is None:
            return
        self.caret_into(claim)
        self.press_named("actionLinkSpeaker")
        picker = self.window.picker
        if picker is None or not picker.isVisible():
            return  # no name near the claim: the window said so in the status bar
        picker.activateWindow()
        self.qtbot.waitUntil(picker.isActiveWindow, timeout=2000)
        picker.list.setFocus()
        if self.rng.random() < 0.15:
            self.qtbot.keyClick(picker.list, Qt.Key.Key_Escape)
        else:
            choice = self.rng.randrange(min(picker.list.count(), 9))
            self.qtbot.keyClick(picker.list, Qt.Key(Qt.Key.Key_1.value + choice))
            speaker = self.annotations.speaker_of(picker.claim.id)
            if speaker is None or speaker.id != picker.list.item(choice).data(Qt.ItemDataRole.UserRole):
                self.problem(f"picking name {choice + 1} for {picker.claim.id} linked {speaker}")
        if picker.isVisible():
            self.problem("the speaker picker stayed open")
            picker.reject()
        self.focus_article()

    def _boundary(self) -> None:
        span = self._visible_span()
        if span is None:
            return
        self.caret_into(span)
        for _ in range(self.rng.randint(1, 3)):
            self.press_named(self.rng.choice(BOUNDARY_ACTIONS))

    def _bounds_to_selection(self) -> None:
        span = self._visible_span()
        if span is None:
            return
        self.caret_into(span)
        start = max(0, span.start + self.rng.randint(-15, 10))
        end = min(len(self.text), max(start + 1, span.end + self.rng.randint(-10, 15)))
        self.select(start, end)
        self.press_named("actionSetBounds")

    def _accept_all(self) -> None:
        self.press_named("actionAcceptAll")
        if self.annotations.with_status("suggested"):
            self.problem("suggestions left after Accept all")

    def _accept_label(self) -> None:
        label = self.rng.choice(self.labels)
        self.figures.edits[self.kind] += 1
        self.window.findChild(QAction, f"acceptAll:{label}").trigger()  # a menu item without a key
        if any(s.label == label for s in self.annotations.with_status("suggested")):
            self.problem(f"{label} suggestions left after accepting all of them")

    def _reject_all(self) -> None:
        self.press_named("actionRejectAll")

    def _undo(self) -> None:
        undone = self._history("actionUndo", self.window.undo_stack.canUndo)
        self.figures.undos += undone
        if undone and self.rng.random() < 0.5:  # went back too far
            self.figures.redos += self._history("actionRedo", self.window.undo_stack.canRedo,
                                                self.rng.randint(1, undone))

    def _redo(self) -> None:
        self.figures.redos += self._history("actionRedo", self.window.undo_stack.canRedo)

    def _history(self, name: str, possible, times: int | None = None) -> int:
        done = 0
        self.history.replaying = True
        try:
            for _ in range(times or self.rng.choice((1, 1, 2, 3, 5, 8))):
                if not possible():
                    break
                self.press_named(name)
                done += 1
        finally:
            self.history.replaying = False
        return done


# -- the tests -----------------------------------------------------------------------------------
class DialogAnswers:
    """Modal dialogs answered without a screen: Save As goes to `save_path`; every message is kept."""

    def __init__(self, monkeypatch) -> None:
        self.shown: list[str] = []
        self.save_path: Path | None = None
        for kind in ("warning", "information", "critical", "question"):
            monkeypatch.setattr(QMessageBox, kind, staticmethod(self._message(kind)))
        monkeypatch.setattr(QFileDialog, "getSaveFileName",
                            staticmethod(lambda *args, **kwargs: (str(self.save_path), "")))

    def _message(self, kind: str):
        def show(_parent, title, text, *args, **kwargs):
            self.shown.append(f"{kind}: {title}: {text}")
            return QMessageBox.StandardButton.No if kind == "question" else QMessageBox.StandardButton.Ok
        return show


@pytest.fixture
def open_window(qtbot, tmp_path, monkeypatch):
    from tawsim.gui.app import application
    from tawsim.gui.main_window import MainWindow

    application()
    answers = DialogAnswers(monkeypatch)

    def make(article: Path, save_path: Path):
        settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
        window = MainWindow(load_schema(), settings=settings, recovery_dir=tmp_path / "recovery")
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow)
        answers.save_path = save_path
        assert window.open_path(article)  # an article: the rule engine's suggestions come with it
        return window, answers

    return make


def long_article(tmp_path: Path) -> Path:
    seed = read_article(SEED_ARTICLE).text.rstrip("\n")
    path = tmp_path / "long_article.txt"
    path.write_text("\n".join([seed] * LONG_ARTICLE_COPIES) + "\n", encoding="utf-8")
    return path


def edit_for_long(open_window, qtbot, article: Path, save_path: Path, seed: int, steps: int) -> dict:
    window, answers = open_window(article, save_path)
    opened = state_of(window.annotations)
    gc.collect()
    none_before = sys.getrefcount(None)

    announced = AnnouncedChanges(window.annotations)
    probe = StateProbe(window.annotations, announced)
    history = HistoryRecord(window.undo_stack, probe)
    annotator = Annotator(window, qtbot, random.Random(seed), save_path, probe, history)
    figures = annotator.run(steps)
    checked_during_run = history.checked
    final = state_of(window.annotations)

    # Undo everything, redo up to where the run ended, then the undone steps left beyond it too.
    history.replaying = True
    stack = window.undo_stack
    final_index = stack.index()
    sweep = 0
    while stack.canUndo():
        annotator.press_named("actionUndo")
        sweep += 1
    undone = state_of(window.annotations)
    while stack.index() < final_index:
        annotator.press_named("actionRedo")
        sweep += 1
    redone = state_of(window.annotations)
    while stack.canRedo():
        annotator.press_named("actionRedo")
        sweep += 1
    while stack.index() > final_index:
        annotator.press_named("actionUndo")
        sweep += 1
    annotator.settle()
    gc.collect()
    none_after = sys.getrefcount(None)
    history.detach()
    announced.detach()
    return {
        "window": window, "answers": answers, "figures": figures, "problems": annotator.problems,
        "history": history, "checked_during_run": checked_during_run, "announced": announced,
        "opened": opened, "final": final, "undone": undone, "redone": redone,
        "none_lost": none_before - none_after, "sweep": sweep,
    }


def summary(name: str, run: dict) -> str:
    return (f"{run['figures'].line(name)}\n  then {run['sweep']} undos and redos through the whole history; "
            f"{run['history'].checked} undo-stack states compared; "
            f"sys.getrefcount(None) {-run['none_lost']:+d}")


def check_long_run(run: dict, save_path: Path, steps: int) -> None:
    window, figures = run["window"], run["figures"]
    problems = run["problems"]
    assert not problems, f"{len(problems)} problems:\n" + "\n".join(problems[:20])
    assert run["answers"].shown == [], "no dialog should have been needed"

    # The run did what it says: thousands of edits of every kind, undos, redos and saves.
    assert sum(figures.edits.values()) >= 0.75 * steps
    assert figures.undos >= steps // 15 and figures.redos >= steps // 40 and figures.saves >= steps // 140
    for kind in ("tag", "accept", "reject", "relabel", "delete", "link_speaker", "boundary",
                 "bounds_to_selection"):
        assert figures.changed[kind] > 0, f"no {kind} step changed anything"
    assert run["checked_during_run"] >= figures.undos // 2, "undo steps were hardly ever compared"

    # The last Ctrl+S (the run ends with one) wrote the final state, which loads without remarks.
    loaded = annotation_file.load(save_path)
    assert loaded.problems == []
    assert state_of(loaded.annotations) == run["final"]
    assert annotation_file.load(backup_path(save_path)).problems == []

    assert run["history"].mismatches == []
    assert run["undone"] == run["opened"], "undoing everything did not give the opened article back"
    assert run["redone"] == run["final"], "redoing everything did not give the final state back"
    assert run["announced"].problems == []
    assert state_of(run["announced"].replica) == state_of(window.annotations)

    assert highlight_disagreements(window, random.Random(7), samples=2000) == []
    assert differs_from_a_fresh_paint(window) == []

    assert run["none_lost"] <= NONE_REFERENCE_SLACK, (
        f"{run['none_lost']} references to None lost (the PySide6 6.12.0 / Python 3.11 trap)")


def test_thousands_of_edits_undos_and_saves_on_the_seed(open_window, qtbot, tmp_path):
    save_path = tmp_path / "seed.json"
    run = edit_for_long(open_window, qtbot, SEED_ARTICLE, save_path, seed=1, steps=SEED_STEPS)
    print("\n" + summary("seed", run))
    check_long_run(run, save_path, SEED_STEPS)


def test_thousands_of_edits_undos_and_saves_on_a_long_article(open_window, qtbot, tmp_path):
    save_path = tmp_path / "long.json"
    run = edit_for_long(open_window, qtbot, long_article(tmp_path), save_path, seed=2, steps=LONG_STEPS)
    print("\n" + summary(f"seed x {LONG_ARTICLE_COPIES}", run))
    picture = Path(os.environ.get("TAWSIM_LONG_RUN_PICTURE", tmp_path / "after-long-run.png"))
    assert run["window"].grab().save(str(picture))
    check_long_run(run, save_path, LONG_STEPS)
