"""The annotation window: widgets, docks, menus and actions wired to their handlers."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QSettings, Qt, QTimer
from PySide6.QtGui import QAction, QUndoStack
from PySide6.QtWidgets import QDockWidget, QLabel, QMainWindow, QMenu, QToolBar

from tawsim.core.gc_pause import cycle_collector_paused
from tawsim.core.model import AnnotationSet
from tawsim.core.schema import LabelSchema
from tawsim.gui import snapping
from tawsim.gui.agreement_menu import add_agreement_actions
from tawsim.gui.actions import ARTICLE_ONLY, build_actions, label_actions, scope_to, title, toolbar_actions
from tawsim.gui.article_view import ArticleView
from tawsim.gui.commands import history_place
from tawsim.gui.dropped_panel import DroppedHandlers, DroppedPanel
from tawsim.gui.editing import Editor
from tawsim.gui.export_menu import ExportMenu
from tawsim.gui.file_actions import FileHandlers
from tawsim.gui.fonts import article_font
from tawsim.gui.highlighter import Highlighter
from tawsim.gui.language import LanguageMenu, label_name, mirror_docks
from tawsim.gui.review import innermost_at
from tawsim.gui.review_actions import ReviewHandlers
from tawsim.gui.autosave_menu import AutosaveMenu
from tawsim.gui.autosave_notice import announce_autosave_failure
from tawsim.gui.project_workbench import ProjectWorkbench
from tawsim.gui.session import Session
from tawsim.gui.side_panel import SidePanel
from tawsim.gui.vocabulary import status_name, unit_name
from tawsim.gui.styles import SpanStyles
from tawsim.gui.table_panel import TablePanel
from tawsim.gui.window_texts import bulk_action_text, retranslate_window
from tawsim.text.bidi import isolate_runs


class MainWindow(FileHandlers, ReviewHandlers, DroppedHandlers, QMainWindow):
    def __init__(self, schema: LabelSchema, settings: QSettings | None = None, rules: Path | None = None,
                 suggest: bool = True, recovery_dir: Path | None = None, annotator: str | None = None) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self.setAccessibleName(self.tr("Tawsim"))
        self.schema, self.rules, self.suggest = schema, rules, suggest
        self.annotator = annotator  # --annotator; else the project settings' annotator
        self.annotations: AnnotationSet | None = None
        self.editor: Editor | None = None
        self.highlighter: Highlighter | None = None
        self.current_id = None
        self.styles = SpanStyles(schema)
        self.undo_stack = QUndoStack(self)
        self.session = Session(self.undo_stack, settings or QSettings("Tawsim", "Tawsim"), recovery_dir, self)
        self.session.state_changed.connect(self._update_title)
        self.session.autosave_failed.connect(lambda reason: announce_autosave_failure(self, reason))

        self.view = ArticleView(self)
        self.view.setFont(article_font())
        self.view.tooltip_for = self._tooltip
        self.setCentralWidget(self.view)
        self.side_panel = SidePanel(self, schema)
        self.table_panel = TablePanel(self, schema)
        self.table = self.table_panel.table
        self._dock(self.side_panel, "sideDock", Qt.DockWidgetArea.RightDockWidgetArea)
        self._dock(self.table_panel, "tableDock", Qt.DockWidgetArea.BottomDockWidgetArea)
        self.dropped_panel = DroppedPanel(self)
        self._dock(self.dropped_panel, "droppedDock", Qt.DockWidgetArea.BottomDockWidgetArea)
        self.tabifyDockWidget(self.table_panel.parentWidget(), self.dropped_panel.parentWidget())
        self.dropped_panel.parentWidget().hide()

        self.actions_by_name = build_actions(self)
        self.label_actions = label_actions(self, schema)
        self.export_menu = ExportMenu(self)
        self.recent_menu = QMenu(title("menuRecent"), self, objectName="menuRecent")
        scoped = [self.actions_by_name[n] for n in ARTICLE_ONLY] + list(self.label_actions.values())
        scope_to(scoped, self, [self.view, self.table])
        self._build_menus()
        self._connect()
        self.projects = ProjectWorkbench(self)
        mirror_docks(self)  # when the window opens in a right-to-left language
        self._counts_timer = QTimer(self, singleShot=True, interval=200, timeout=self._show_counts)
        self._table_follows = QTimer(self, singleShot=True, interval=0,
                                     timeout=lambda: self.current_id and self.table_panel.select_span(self.current_id))
        self.counts = QLabel(objectName="suggestionCount", accessibleName=self.tr("Annotation counts"))
        self.statusBar().addPermanentWidget(self.counts)
        self.resize(1200, 800)
        self.update_recent_menu()
        self._update_title()
        self._enable(False)

    def action(self, name: str) -> QAction:
        return self.actions_by_name[name]

    def _dock(self, widget, name: str, area) -> None:
        dock = QDockWidget(title(name), self, objectName=name)
        dock.setWidget(widget)
        widget.setMinimumWidth(300)
        self.addDockWidget(area, dock)

    def _build_menus(self) -> None:
        a = self.actions_by_name
        bar = self.menuBar()
        file_menu = self._menu(bar, "menuFile")
        file_menu.addActions([a["actionOpen"]])
        file_menu.addMenu(self.recent_menu)
        file_menu.addActions([a["actionSave"], a["actionSaveAs"], a["actionExport"]])
        file_menu.addMenu(self.export_menu)
        file_menu.addMenu(AutosaveMenu(self.session, self))
        file_menu.addSeparator()
        add_agreement_actions(self, file_menu)
        file_menu.addSeparator()
        file_menu.addAction(a["actionQuit"])
        edit = self._menu(bar, "menuEdit")
        edit.addActions([a[n] for n in ("actionUndo", "actionRedo", "actionDelete", "actionSetBounds",
                                         "actionGrowStart", "actionShrinkStart", "actionGrowEnd",
                                         "actionShrinkEnd", "actionLinkSpeaker", "actionEditFigure")])
        review_menu = self._menu(bar, "menuReview")
        review_menu.addActions([a[n] for n in ("actionNextSuggestion", "actionPreviousSuggestion",
                                                "actionAcceptSuggestion", "actionRejectSuggestion")])
        review_menu.addSeparator()
        review_menu.addAction(a["actionAcceptAll"])
        by_label = self._menu(review_menu, "menuAcceptLabel")
        for label in self.schema.labels:
            self._bulk_action(by_label, f"acceptAll:{label.name}", label=label.name)
        by_category = self._menu(review_menu, "menuAcceptCategory")
        for category in self.schema.categories:
            self._bulk_action(by_category, f"acceptAllCategory:{category}", category=category)
        review_menu.addAction(a["actionRejectAll"])
        labels = self._menu(bar, "menuLabels")
        labels.addActions(list(self.label_actions.values()))
        view = self._menu(bar, "menuView")
        view.addActions([a["actionZoomIn"], a["actionZoomOut"], a["actionZoomReset"]])
        for dock in self.findChildren(QDockWidget):
            view.addAction(dock.toggleViewAction())
        view.addSeparator()
        view.addMenu(LanguageMenu(self.session.settings, self))
        palette = QToolBar(title("labelPalette"), self, objectName="labelPalette")
        palette.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        palette.addActions(list(self.label_actions.values()))
        self.addToolBar(palette)
        tools = QToolBar(title("reviewToolbar"), self, objectName="reviewToolbar")
        tools.addActions(toolbar_actions(a))
        self.addToolBarBreak()  # its own row: the labels and review together are wider than 1,200 pixels
        self.addToolBar(tools)
        self.view.context_menu_wanted.connect(self._context_menu)

    def _menu(self, parent, name: str) -> QMenu:
        menu = parent.addMenu(title(name))
        menu.setObjectName(name)
        return menu

    def _bulk_action(self, menu: QMenu, name: str, **which) -> None:
        action = menu.addAction(bulk_action_text(self.schema, **which))
        action.setObjectName(name)
        action.triggered.connect(lambda _checked=False: self.decide_all("accepted", **which))

    def _connect(self) -> None:
        a = self.actions_by_name
        handlers = {
            "actionOpen": self.open_dialog, "actionSave": self.save, "actionSaveAs": self.save_as,
            "actionExport": lambda: self.export_menu.export(None), "actionQuit": self.close,
            "actionUndo": lambda: self._history(self.undo_stack.undo),
            "actionRedo": lambda: self._history(self.undo_stack.redo),
            "actionDelete": self.delete_current, "actionSetBounds": self.bounds_to_selection,
            "actionGrowStart": lambda: self.step_bounds(snapping.grow_start),
            "actionShrinkStart": lambda: self.step_bounds(snapping.shrink_start),
            "actionGrowEnd": lambda: self.step_bounds(snapping.grow_end),
            "actionShrinkEnd": lambda: self.step_bounds(snapping.shrink_end),
            "actionLinkSpeaker": self.link_speaker, "actionEditFigure": self._focus_figure,
            "actionNextSuggestion": self.next_suggestion, "actionPreviousSuggestion": self.previous_suggestion,
            "actionAcceptSuggestion": self.accept_suggestion, "actionRejectSuggestion": self.reject_suggestion,
            "actionAcceptAll": lambda: self.decide_all("accepted"),
            "actionRejectAll": lambda: self.decide_all("rejected"),
            "actionZoomIn": lambda: self.view.zoom(1), "actionZoomOut": lambda: self.view.zoom(-1),
            "actionZoomReset": self.view.reset_zoom,
        }
        for name, handler in handlers.items():
            a[name].triggered.connect(lambda _checked=False, h=handler: h())
        for name, action in self.label_actions.items():
            action.triggered.connect(lambda _checked=False, n=name: self.apply_label(n))
        self.undo_stack.canUndoChanged.connect(a["actionUndo"].setEnabled)
        self.undo_stack.canRedoChanged.connect(a["actionRedo"].setEnabled)
        self.view.caret_moved.connect(self._caret_moved)
        self.view.verticalScrollBar().valueChanged.connect(self._paint_on_screen)
        self.table_panel.span_chosen.connect(lambda span_id: self.set_current(span_id, move_caret=True))
        self.side_panel.figure_edited.connect(self.edit_figure)
        self.side_panel.link_speaker_wanted.connect(self.link_speaker)
        self.dropped_panel.find_wanted.connect(self.find_dropped)
        self.dropped_panel.place_wanted.connect(self.place_dropped)
        self.dropped_panel.pending_changed.connect(lambda _count: self._update_title())

    def _enable(self, enabled: bool) -> None:
        for name, action in self.actions_by_name.items():
            if name not in ("actionOpen", "actionQuit"):
                action.setEnabled(enabled)
        for action in self.label_actions.values():
            action.setEnabled(enabled)
        self.export_menu.setEnabled(enabled)
        self.action("actionUndo").setEnabled(self.undo_stack.canUndo())
        self.action("actionRedo").setEnabled(self.undo_stack.canRedo())

    # -- the document --------------------------------------------------------------------------
    def show_document(self, annotations: AnnotationSet, source: Path | None, saved_to: Path | None,
                      schema_name: str = "default", recovered: bool = False, keep_history: bool = False) -> None:
        if self.highlighter is not None:
            self.highlighter.detach()
        if self.annotations is not None:
            for signal in (self.annotations.inserted, self.annotations.removed, self.annotations.changed):
                signal.disconnect(self._annotations_changed)
        self.annotations, self.current_id = annotations, None
        self.view.clear_current()
        self.view.set_text(annotations.document.text)
        self.highlighter = Highlighter(self.view.document(), annotations, self.view.offsets, self.styles)
        with cycle_collector_paused():  # tens of thousands of formats and cursors, no cycles
            self.highlighter.paint_progressively(self.view.visible_range())
        self.editor = Editor(annotations, self.schema, self.undo_stack)
        for signal in (annotations.inserted, annotations.removed, annotations.changed):
            signal.connect(self._annotations_changed)
        self.table_panel.set_annotations(annotations)
        self.show_dropped([])
        self.session.start(annotations, source, saved_to, schema_name, recovered, keep_history)
        self.update_recent_menu()
        self._enable(True)
        self.refresh_panel()
        self._show_counts()
        self.view.setFocus()

    def use_undo_stack(self, stack: QUndoStack) -> None:
        """Edit with another undo stack (a project keeps one per open document)."""
        undo, redo = self.action("actionUndo"), self.action("actionRedo")
        self.undo_stack.canUndoChanged.disconnect(undo.setEnabled)
        self.undo_stack.canRedoChanged.disconnect(redo.setEnabled)
        self.undo_stack = stack
        stack.canUndoChanged.connect(undo.setEnabled)
        stack.canRedoChanged.connect(redo.setEnabled)
        self.session.use_stack(stack)

    def _paint_on_screen(self, _value: int) -> None:
        if self.highlighter is not None and not self.highlighter.done:
            self.highlighter.ensure_painted(*self.view.visible_range())

    def _history(self, step) -> None:
        """Undo or redo, then show where that edit was made."""
        with self.editing():
            step()
        place = history_place(self.undo_stack, undone=step == self.undo_stack.undo)
        if place is not None:
            start, _end, span_id = place
            self.view.place_caret(start)
            self.current_id = span_id
        if self.current_id is not None and self.current_id not in self.annotations:
            self.current_id = None
        self.refresh_panel()

    def _annotations_changed(self, _row, _span) -> None:
        self._counts_timer.start()

    def _show_counts(self) -> None:
        if self.annotations is None:
            return
        pending = sum(1 for span in self.annotations if span.status == "suggested")
        self.counts.setText(self.tr("{total} annotations, {pending} suggestions to review").format(
            total=len(self.annotations), pending=pending))

    # -- the current annotation ---------------------------------------------------------------
    def set_current(self, span_id: str | None, move_caret: bool = False) -> None:
        self.current_id = span_id
        span = self.current()
        if span is not None and move_caret:
            self.view.place_caret(span.start)
        if span is not None:
            self._table_follows.start()  # after this key's repaint: finding the row costs a scan
        self.refresh_panel()

    def refresh_panel(self) -> None:
        span = self.current()
        speaker = self.annotations.speaker_of(span.id) if span is not None else None
        self.side_panel.show_span(span, speaker)
        if span is None:
            self._table_follows.stop()
            self.table_panel.select_nothing()
        if span is None or span.status == "rejected":
            self.view.clear_current()
        else:
            self.view.mark_current(span.start, span.end, self.styles.current_format(span.label))

    def _caret_moved(self, position: int) -> None:
        if self.annotations is None or self.view.textCursor().hasSelection():
            return
        span = innermost_at(self.annotations, position)
        if span is not None and span.id != self.current_id:
            self.set_current(span.id)

    def _tooltip(self, position: int) -> str:
        if self.annotations is None:
            return ""
        lines = []
        for span in self.annotations.at(position):
            if span.status == "rejected":
                continue
            line = self.tr("{label} ({status}) — {text}").format(
                label=label_name(self.schema, span.label), status=status_name(span.status), text=span.text[:60])
            speaker = self.annotations.speaker_of(span.id)
            if speaker is not None:
                line += "\n" + self.tr("speaker: {text}").format(text=speaker.text)
            if span.category == "figure" and span.attrs.get("value") is not None:
                line += "\n" + self.tr("value: {value} {unit}").format(
                    value=span.attrs.get("value"), unit=unit_name(span.attrs.get("unit") or ""))
            lines.append(line)
        return "\n".join(isolate_runs(line) for line in "\n".join(lines).split("\n"))

    def _context_menu(self, where, position: int) -> None:
        menu = QMenu(self)
        tag = self._menu(menu, "menuTagAs")
        tag.addActions(list(self.label_actions.values()))
        menu.addActions([self.action(n) for n in ("actionAcceptSuggestion", "actionRejectSuggestion",
                                                   "actionDelete", "actionSetBounds", "actionLinkSpeaker")])
        menu.popup(where)

    def _focus_figure(self) -> None:
        span = self.current()
        if span is not None and span.category == "figure":
            self.side_panel.value.setFocus()
            self.side_panel.value.selectAll()

    def changeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.LanguageChange:
            retranslate_window(self)
        elif event.type() == QEvent.Type.LayoutDirectionChange:
            mirror_docks(self)
        super().changeEvent(event)

    def dropped_note(self) -> str:
        """What the title adds while re-anchoring's dropped annotations wait to be placed."""
        pending = len(self.dropped_panel.pending()) if hasattr(self, "dropped_panel") else 0
        return self.tr(" — annotations to place again: {count}").format(count=pending) if pending else ""

    def say(self, message: str) -> None:
        self.statusBar().showMessage(isolate_runs(message), 6000)

    def _update_title(self) -> None:
        if getattr(self, "projects", None) is not None and self.projects.active:
            self.projects.show_title()
            self.setWindowModified(self.session.modified)
            return
        name = self.annotations.document.name if self.annotations is not None else self.tr("no file")
        self.setWindowTitle(self.tr("{name}[*] — Tawsim").format(name=name + self.dropped_note()))
        self.setWindowModified(self.session.modified)
