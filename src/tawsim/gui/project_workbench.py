"""A project in the window: the Documents, Search and Overview docks, switching documents (each
with its own undo stack, saved on the way out), marking done, suggesting all, tagging from search."""

from __future__ import annotations

import time
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Qt, QThread, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import QApplication, QDockWidget, QFileDialog, QLabel, QMenu, QMessageBox, QProgressBar

from tawsim.core import annotation_file
from tawsim.core.errors import TawsimError
from tawsim.core.model import AnnotationSet, Document
from tawsim.formats.registry import FORMATS
from tawsim.gui.actions import title
from tawsim.gui.corpus_search import CorpusSearchPanel
from tawsim.gui.documents_model import DocumentsPanel
from tawsim.gui.export_menu import format_filters
from tawsim.gui.language import label_name
from tawsim.gui.learned_names import LearnedNamesDialog
from tawsim.gui.loading import suggestions_for
from tawsim.gui.project_commands import SetDone, TagOccurrences
from tawsim.gui.project_learning import ProjectLearning
from tawsim.gui.project_overview import ProjectOverview
from tawsim.project.cli_commands import export_project
from tawsim.project.documents import (CorruptAnnotations, OpenedDocument, open_document, restore_backup,
                                      suggest_all, tag_in_files, tag_plan)
from tawsim.project.index import DONE, IN_PROGRESS, UNFINISHED, DocumentRow, ProjectIndex, counts_of
from tawsim.project.layout import Project, open_project
from tawsim.project.search import search

SEARCH_LIMIT = 1000
translate = QCoreApplication.translate
Buttons = QMessageBox.StandardButton

# name: (text, tip, shortcut); Ctrl+J and Ctrl+D are free in gui/actions.py.
ACTIONS = {
    "actionOpenProject": (
        QT_TRANSLATE_NOOP("Project", "Open &Project…"),
        QT_TRANSLATE_NOOP("Project", "Open a folder of articles as a project"), "Ctrl+Shift+O"),
    "actionExportProject": (
        QT_TRANSLATE_NOOP("Project", "Export Pro&ject…"),
        QT_TRANSLATE_NOOP("Project", "Export the project's done documents"), ""),
    "actionNextUnfinished": (
        QT_TRANSLATE_NOOP("Project", "&Next unfinished document"),
        QT_TRANSLATE_NOOP("Project", "Save and go to the next document not done"), "Ctrl+J"),
    "actionMarkDone": (
        QT_TRANSLATE_NOOP("Project", "Mark &done"),
        QT_TRANSLATE_NOOP("Project", "Mark this document done (again: not done)"), "Ctrl+D"),
    "actionSuggestAll": (
        QT_TRANSLATE_NOOP("Project", "&Suggest all"),
        QT_TRANSLATE_NOOP("Project", "Suggest every document that has no annotations yet, in the background"), ""),
    "actionCancelSuggestAll": (
        QT_TRANSLATE_NOOP("Project", "&Cancel suggest all"),
        QT_TRANSLATE_NOOP("Project", "Stop suggesting the remaining documents"), ""),
    "actionExportIncludeUnfinished": (
        QT_TRANSLATE_NOOP("Project", "Export unfinished documents too"),
        QT_TRANSLATE_NOOP("Project", "Project export: also documents not done"), ""),
    "actionLearnedNames": (
        QT_TRANSLATE_NOOP("Project", "&Learned names…"),
        QT_TRANSLATE_NOOP("Project", "What the project learned from your decisions; forget an entry"), ""),
}


@dataclass
class OpenDoc:
    opened: OpenedDocument
    stack: QUndoStack

    @property
    def annotations(self) -> AnnotationSet:
        return self.opened.annotations


class SuggestAllWorker(QThread):
    progressed = Signal(int, int)

    def __init__(self, project: Project, articles, suggester, parent=None) -> None:
        super().__init__(parent)
        self.project, self.articles, self.suggester = project, articles, suggester
        self.written, self.problems = 0, []

    def run(self) -> None:
        self.written, self.problems = suggest_all(self.project, self.articles, self.suggester,
                                                  self.progressed.emit, self.isInterruptionRequested)


class ProjectWorkbench(QObject):
    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        self.project: Project | None = None
        self.index: ProjectIndex | None = None
        self.docs: dict[str, OpenDoc] = {}
        self.current: str | None = None
        self.worker: SuggestAllWorker | None = None
        self.actions = {}
        for name, (_text, _tip, shortcut) in ACTIONS.items():
            action = QAction(window, objectName=name)
            if shortcut:
                action.setShortcut(QKeySequence(shortcut))
            window.addAction(action)
            self.actions[name] = action
        self.actions["actionExportIncludeUnfinished"].setCheckable(True)
        self.documents = DocumentsPanel(window)
        self.search_panel = CorpusSearchPanel(window.schema, window)
        self.overview = ProjectOverview(window.schema, window)
        self.docks = [self._dock(self.documents, "documentsDock", Qt.DockWidgetArea.LeftDockWidgetArea),
                      self._dock(self.search_panel, "searchDock", Qt.DockWidgetArea.BottomDockWidgetArea),
                      self._dock(self.overview, "overviewDock", Qt.DockWidgetArea.LeftDockWidgetArea)]
        self.progress = QLabel(objectName="projectProgress")
        self.busy = QProgressBar(objectName="projectBusy", maximumWidth=220, textVisible=True)
        window.statusBar().addPermanentWidget(self.busy)
        window.statusBar().addPermanentWidget(self.progress)
        self.busy.hide()
        self.progress.hide()
        self.live_timer = QTimer(self, singleShot=True, interval=250, timeout=self._show_live_row)
        self._busy_text = ""
        self.learning = ProjectLearning(self)
        self.learning.learned.connect(self.window.say)
        window.session.saved.connect(lambda _path: self.learning.schedule() if self.active else None)
        self._build_menus()
        self._connect()
        self._enable()
        self.retranslate()

    def retranslate(self) -> None:
        """The texts set again in the interface language (the window asks on a change)."""
        for name, (text, tip, _shortcut) in ACTIONS.items():
            action = self.actions[name]
            action.setText(translate("Project", text))
            action.setStatusTip(translate("Project", tip))
            action.setToolTip(translate("Project", tip))
        self.progress.setAccessibleName(self.tr("Project progress"))
        if self.busy.isVisible():
            self._busy(self._busy_text)
        if self.active:
            self._update_figures()
            self.show_title()

    def show_title(self) -> None:
        if self.current is not None:
            self.window.setWindowTitle(self.tr("{name}[*] — {project} — Tawsim").format(
                name=self.current + self.window.dropped_note(), project=self.project.folder.name))
        else:
            self.window.setWindowTitle(self.tr("{project} — Tawsim").format(project=self.project.folder.name))

    def _dock(self, widget, name: str, area) -> QDockWidget:
        dock = QDockWidget(title(name), self.window, objectName=name)
        dock.setWidget(widget)
        self.window.addDockWidget(area, dock)
        dock.hide()
        return dock

    def _build_menus(self) -> None:
        a = self.actions
        file_menu = self.window.findChild(QMenu, "menuFile")
        entries = file_menu.actions()
        after_open = entries[entries.index(self.window.action("actionOpen")) + 1]
        file_menu.insertAction(after_open, a["actionOpenProject"])
        after_export = entries[entries.index(self.window.export_menu.menuAction()) + 1]
        file_menu.insertAction(after_export, a["actionExportProject"])
        menu = QMenu(title("menuProject"), self.window, objectName="menuProject")
        menu.addActions([a["actionNextUnfinished"], a["actionMarkDone"]])
        menu.addSeparator()
        menu.addActions([a["actionSuggestAll"], a["actionCancelSuggestAll"], a["actionLearnedNames"]])
        menu.addSeparator()
        menu.addActions([dock.toggleViewAction() for dock in self.docks])
        menu.addSeparator()
        menu.addActions([a["actionExportProject"], a["actionExportIncludeUnfinished"]])
        bar = self.window.menuBar()
        bar.insertMenu(bar.actions()[-1], menu)

    def _connect(self) -> None:
        a = self.actions
        a["actionOpenProject"].triggered.connect(self.open_dialog)
        a["actionExportProject"].triggered.connect(self.export_dialog)
        a["actionNextUnfinished"].triggered.connect(self.next_unfinished)
        a["actionMarkDone"].triggered.connect(self.mark_done)
        a["actionSuggestAll"].triggered.connect(self.suggest_all)
        a["actionCancelSuggestAll"].triggered.connect(self.cancel_suggest_all)
        a["actionLearnedNames"].triggered.connect(self.learned_names_dialog)
        self.documents.document_chosen.connect(self.show)
        self.search_panel.search_wanted.connect(self.search)
        self.search_panel.hit_chosen.connect(self.jump_to)
        self.search_panel.tag_wanted.connect(self.tag)

    def _enable(self) -> None:
        active = self.project is not None
        for name in ("actionExportProject", "actionNextUnfinished", "actionSuggestAll", "actionExportIncludeUnfinished",
                     "actionLearnedNames"):
            self.actions[name].setEnabled(active)
        self.actions["actionMarkDone"].setEnabled(active and self.current is not None)
        self.actions["actionCancelSuggestAll"].setEnabled(self.worker is not None)

    @property
    def active(self) -> bool:
        return self.project is not None

    # -- opening a project ---------------------------------------------------------------------
    def open_dialog(self) -> bool:
        folder = QFileDialog.getExistingDirectory(self.window, self.tr("Open a project folder"), str(Path.home()))
        return bool(folder) and self.open(Path(folder))

    def open(self, folder: Path, annotator: str | None = None) -> bool:
        if not (self.leave_current() if self.active else self.window.maybe_save()):
            return False
        try:
            project = open_project(folder, annotator)
            index = ProjectIndex(project)
            self._busy(QT_TRANSLATE_NOOP("ProjectWorkbench", "Indexing the project…"))
            index.refresh(self._progressed)
        except TawsimError as error:
            QMessageBox.warning(self.window, self.tr("Cannot open the project"), str(error))
            return False
        finally:
            self.busy.hide()
        if self.index is not None:
            self.index.close()
        self.project, self.index, self.docs, self.current = project, index, {}, None
        if self.window.suggest and not project.read_only:
            self.learning.start(project.folder, project.settings.annotator, project.rules_path() or self.window.rules)
        self.documents.model.set_rows(index.rows())
        for dock in self.docks:
            dock.show()
        documents, search_dock, overview = self.docks
        self.window.resizeDocks([documents, overview], [400, 400], Qt.Orientation.Horizontal)
        self.window.resizeDocks([search_dock], [self.window.width() // 2], Qt.Orientation.Horizontal)
        self.progress.show()
        self._update_figures()
        self._enable()
        self.show_title()
        message = project.empty_message() and self.tr(
            "{folder}: this project has no articles yet (add .txt files to the folder)").format(folder=project.folder)
        if project.read_only:
            QMessageBox.information(self.window, self.tr("Read-only project"),
                                    self.tr("{reason}. Changes stay in this window only.").format(
                                        reason=project.read_only_reason))
        self.window.say(message or self.tr("Project {folder}: {count} documents").format(
            folder=folder, count=len(project.articles)))
        return True

    def close(self) -> None:
        """Leave project mode (a single file is being opened): save, hide the docks."""
        if not self.active:
            return
        self.leave_current()
        self.learning.stop()
        self.index.close()
        self.project, self.index, self.docs, self.current = None, None, {}, None
        for dock in self.docks:
            dock.hide()
        self.progress.hide()
        self.progress.clear()
        self.window.use_undo_stack(QUndoStack(self.window))
        self._enable()

    _last_events = 0.0

    def _busy(self, text: str) -> None:
        """Show the progress bar under `text`, a source string of this class translated here."""
        self._busy_text = text
        self.busy.setFormat(f"{self.tr(text)} %p%")
        self.busy.setValue(0)
        self.busy.show()

    def _progressed(self, done: int, total: int) -> None:
        self.busy.setMaximum(total)
        self.busy.setValue(done)
        now = time.monotonic()
        if now - self._last_events > 0.1:  # a repaint of the whole window costs; 10 a second are enough
            self._last_events = now
            QApplication.processEvents()

    def _update_figures(self) -> None:
        rows = self.documents.model.rows
        states: dict[str, int] = {}
        for row in rows:
            states[row.state] = states.get(row.state, 0) + 1
        self.progress.setText(self.tr("{done} / {total} done").format(done=states.get(DONE, 0), total=len(rows)))
        self.overview.set_figures(states, self.index.label_totals())

    def _refresh_rows(self, names) -> None:
        for name in names:
            self.index.refresh_article(name)
        self._show_rows(names)

    def _show_rows(self, names) -> None:
        for name in names:
            row = self.index.row(name)
            if row is not None:
                self.documents.model.update_row(row)
        self._update_figures()

    # -- documents -----------------------------------------------------------------------------
    def _suggester(self, in_worker: bool = False):
        """The rules' suggestions for a document; in the worker thread a failure is raised (and
        reported when the thread ends), never shown from there."""
        if not self.window.suggest:
            return None
        rules = self.project.rules_path() or self.window.rules

        def suggest(document: Document) -> AnnotationSet:
            try:
                return self.learning.apply(suggestions_for(document, rules))
            except (ImportError, TawsimError) as error:
                if in_worker:
                    raise TawsimError(f"the rules could not be loaded: {error}") from None
                self.window.say(self.tr("No suggestions: the rules could not be loaded: {error}").format(error=error))
                return AnnotationSet(document)
        return suggest

    def _open(self, name: str) -> OpenDoc | None:
        article = self.project.article(name)
        try:
            opened = open_document(article, self._suggester())
        except CorruptAnnotations as error:
            if not self._offer_backup(article, str(error)):
                return None
            opened = open_document(article, self._suggester())
        except TawsimError as error:
            QMessageBox.warning(self.window, self.tr("Cannot open"), str(error))
            return None
        doc = OpenDoc(opened, QUndoStack(self))
        self.docs[name] = doc
        return doc

    def _offer_backup(self, article, reason: str) -> bool:
        if not article.backup.is_file():
            QMessageBox.warning(self.window, self.tr("Annotations cannot be read"),
                                self.tr("{reason}.\nThere is no backup ({backup}); fix or remove the file.").format(
                                    reason=reason, backup=article.backup.name))
            return False
        answer = QMessageBox.question(
            self.window, self.tr("Annotations cannot be read"),
            self.tr("{reason}.\nRestore the backup {backup}? (No leaves both files as they are.)").format(
                reason=reason, backup=article.backup.name),
            Buttons.Yes | Buttons.No, Buttons.No)
        if answer != Buttons.Yes:
            return False
        try:
            restore_backup(article)
        except TawsimError as error:
            QMessageBox.warning(self.window, self.tr("Backup not restored"), str(error))
            return False
        return True

    def show(self, name: str) -> bool:
        if name == self.current:
            return True
        if not self.leave_current():
            return False
        doc = self.docs.get(name) or self._open(name)
        if doc is None:
            if self.current:
                self.documents.select(self.current)
            return False
        article = doc.opened.article
        self.window.use_undo_stack(doc.stack)
        self.window.show_document(doc.annotations, article.path, article.annotation_path, doc.opened.schema_name,
                                  keep_history=True)
        if self.current in self.docs:
            self._follow(self.docs[self.current].annotations, False)
        self.current = name
        self._follow(doc.annotations, True)
        self._show_live_row()
        self.documents.select(name)
        self.window.show_dropped(doc.opened.dropped)
        self.show_title()
        self._enable()
        if doc.opened.problems:
            self.window.say(" ".join(doc.opened.problems[:3]))
        return True

    def _follow(self, annotations: AnnotationSet, follow: bool) -> None:
        """The current document's row shows its counts as they are in the window, unsaved or not."""
        for signal in (annotations.inserted, annotations.removed, annotations.changed):
            (signal.connect if follow else signal.disconnect)(self._live_changed)
        (annotations.done_changed.connect if follow else annotations.done_changed.disconnect)(self._live_changed)

    def _live_changed(self, *_args) -> None:
        self.live_timer.start()

    def _show_live_row(self) -> None:
        if self.current is None:
            return
        annotations = self.docs[self.current].annotations
        counts, labels = counts_of(annotations)
        saved = self.index.row(self.current)
        self.documents.model.update_row(DocumentRow(
            self.current, DONE if annotations.done else IN_PROGRESS, None, counts.get("suggested", 0),
            counts.get("accepted", 0), counts.get("rejected", 0), counts.get("manual", 0),
            saved.changed if saved else None, labels))
        self._update_figures()

    def leave_current(self) -> bool:
        """Save the document on screen if it changed (or was only suggested); never refuses."""
        if self.current is None:
            return True
        doc = self.docs[self.current]
        panel = self.window.dropped_panel
        doc.opened.dropped = [panel.dropped[i] for i in panel.pending()]  # shown again on coming back
        if self.window.session.modified or doc.opened.fresh:
            self.save(self.current)
        return True

    def save(self, name: str) -> bool:
        doc = self.docs[name]
        if self.project.read_only:
            self.window.say(self.tr("Not saved: {reason}").format(reason=self.project.read_only_reason))
            return False
        try:
            if name == self.current:
                self.window.session.save_to(doc.opened.article.annotation_path)
            else:
                annotation_file.save(doc.opened.article.annotation_path, doc.annotations, doc.opened.schema_name)
                doc.stack.setClean()
        except TawsimError as error:
            QMessageBox.critical(self.window, self.tr("Not saved"), self.tr("{error}\nYour work is still open.").format(error=error))
            return False
        doc.opened.fresh = False
        self.learning.schedule()  # Ctrl+S reaches it through the session's saved signal too
        self.index.record_saved(name, doc.annotations)
        self._show_rows([name])
        return True

    def next_unfinished(self) -> bool:
        for name in self.documents.names_after(self.current):
            if self.documents.model.rows[self.documents.model.row_of(name)].state in UNFINISHED:
                return self.show(name)
        self.window.say(self.tr("Every document is done"))
        return False

    def mark_done(self) -> None:
        if self.current is None:
            return
        annotations = self.docs[self.current].annotations
        self.window.undo_stack.push(SetDone(annotations, not annotations.done))
        self.save(self.current)
        self.window.say((self.tr("{name}: done") if annotations.done else self.tr("{name}: not done")).format(
            name=self.current))

    def learned_names_dialog(self) -> None:
        LearnedNamesDialog(self.learning, self.window.schema, self.window).exec()

    # -- suggest all ---------------------------------------------------------------------------
    def suggest_all(self) -> None:
        suggester = self._suggester(in_worker=True)
        if self.worker is not None or suggester is None or self.project.read_only:
            self.window.say(self.tr("Suggest all: not available now") if suggester else self.tr("Suggestions are turned off"))
            return
        articles = [a for a in self.project.articles if a.name not in self.docs]
        self.worker = SuggestAllWorker(self.project, articles, suggester, self)
        self.worker.progressed.connect(self._progressed_quietly)
        self.worker.finished.connect(self._suggested_all)
        self._busy(QT_TRANSLATE_NOOP("ProjectWorkbench", "Suggesting…"))
        self._enable()
        self.worker.start()

    def _progressed_quietly(self, done: int, total: int) -> None:
        self.busy.setMaximum(total)
        self.busy.setValue(done)

    def cancel_suggest_all(self) -> None:
        if self.worker is not None:
            self.worker.requestInterruption()

    def _suggested_all(self) -> None:
        worker, self.worker = self.worker, None
        worker.wait()
        self.busy.hide()
        self.index.refresh()
        self.documents.model.set_rows(self.index.rows())
        if self.current:
            self.documents.select(self.current)
            self._show_live_row()
        self._update_figures()
        self._enable()
        cancelled = self.tr(" (cancelled)") if worker.isInterruptionRequested() else ""
        failed = self.tr("; {count} failed: {first}").format(
            count=len(worker.problems), first=worker.problems[0]) if worker.problems else ""
        self.window.say(self.tr("Suggest all: {count} documents suggested").format(count=worker.written)
                        + cancelled + failed)

    # -- corpus search -------------------------------------------------------------------------
    def search(self, query: str) -> None:
        if self.index is None:
            return
        hits = search(self.index, query, SEARCH_LIMIT + 1)
        self.search_panel.show_hits(hits[:SEARCH_LIMIT], len(hits) > SEARCH_LIMIT)

    def jump_to(self, hit) -> None:
        if self.show(hit.document):
            self.window.view.select_range(hit.start, hit.end)
            self.window.view.setFocus()

    def tag(self, hits: list, label: str) -> None:
        if self.project.read_only:
            self.window.say(self.tr("Not tagged: {reason}").format(reason=self.project.read_only_reason))
            return
        category = self.window.schema.category_of(label)
        by_document: dict[str, list] = {}
        for hit in hits:
            by_document.setdefault(hit.document, []).append(hit)
        closed = [hit for name, found in by_document.items() if name not in self.docs for hit in found]
        changed = 0
        for name, found in by_document.items():
            doc = self.docs.get(name)
            if doc is None:
                continue
            plan = tag_plan(doc.annotations, found, label, category)
            if not plan:
                continue
            changed += len(plan.add) + len(plan.update)
            command = TagOccurrences(doc.annotations, plan, label)
            if name == self.current:
                with self.window.editing():
                    self.window.undo_stack.push(command)
                self.window.refresh_panel()
            else:
                doc.stack.push(command)
                self.save(name)
        try:
            written = tag_in_files(self.project, closed, label, category, self._suggester())
        except TawsimError as error:
            QMessageBox.warning(self.window, self.tr("Not all tagged"), str(error))
            written = {}
        changed += sum(written.values())
        self._refresh_rows(written)
        self.window.say(self.tr("Tagged {count} occurrences {label} in {documents} documents").format(
            count=changed, label=label_name(self.window.schema, label), documents=len(by_document)))

    # -- export --------------------------------------------------------------------------------
    def export_dialog(self) -> bool:
        if self.current is not None:
            self.leave_current()
        filters = format_filters(FORMATS.values())
        folder = self.project.folder
        path, chosen = QFileDialog.getSaveFileName(self.window, self.tr("Export the project"),
                                                   str(folder.parent / f"{folder.name}-export"), ";;".join(filters))
        if not path:
            return False
        path = Path(path)
        fmt = filters.get(chosen) or next((f for f in FORMATS.values() if f.extension == path.suffix.lower()),
                                          FORMATS["brat"])
        try:
            result = export_project(self.project, fmt, path, self.actions["actionExportIncludeUnfinished"].isChecked())
        except TawsimError as error:
            QMessageBox.warning(self.window, self.tr("Export failed"), str(error))
            return False
        self.window.say(self.tr("Exported {count} documents as {format} to {path}").format(
            count=result.written, format=fmt.name, path=path))
        return True
