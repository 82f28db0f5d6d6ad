"""The table model follows the AnnotationSet through Qt's protocol, and the table follows the window."""

from PySide6.QtCore import QModelIndex

from tawsim.core.model import AnnotationSet, Document
from tawsim.gui.annotation_table import SPAN_ID_ROLE, AnnotationFilter, AnnotationTableModel

from .seed_annotations import find

TEXT = "قال الرئيس عَلِيٌّ إن العراق يملك 3 مدن في 2024"


def build() -> AnnotationSet:
    annotations = AnnotationSet(Document("a.txt", TEXT))
    for word, category, label in (("الرئيس", "entity", "PER"), ("العراق", "entity", "LOC"),
                                  ("3 مدن", "figure", "CARDINAL")):
        start = TEXT.index(word)
        annotations.add(annotations.make_span(start, start + len(word), category, label))
    return annotations


def test_the_model_passes_qts_model_tester_through_inserts_removes_and_changes(qtmodeltester):
    annotations = build()
    model = AnnotationTableModel(annotations)
    qtmodeltester.check(model, force_py=True)
    start = TEXT.index("2024")
    annotations.add(annotations.make_span(start, start + 4, "entity", "DATE"), row=1)
    annotations.update("T2", status="accepted")
    row, span, relations = annotations.remove("T1")
    annotations.restore(row, span, relations)
    qtmodeltester.check(model, force_py=True)
    assert [model.index(r, 0).data(SPAN_ID_ROLE) for r in range(model.rowCount())] == ["T1", "T4", "T2", "T3"]


def test_signals_report_the_rows_that_changed(qtbot):
    annotations = build()
    model = AnnotationTableModel(annotations)
    seen = []
    model.rowsAboutToBeRemoved.connect(
        lambda _p, first, last: seen.append(("removing", first, model.index(first, 0).data())))
    model.rowsInserted.connect(lambda _p, first, last: seen.append(("inserted", first, model.index(first, 0).data())))
    model.dataChanged.connect(lambda top, _bottom: seen.append(("changed", top.row(), model.index(top.row(), 3).data())))
    annotations.update("T3", status="rejected")
    removed = annotations.remove("T2")
    annotations.restore(*removed)
    assert seen == [("changed", 2, "rejected"), ("removing", 1, "العراق"), ("inserted", 1, "العراق")]


def test_filter_by_category_and_status():
    annotations = build()
    model = AnnotationTableModel(annotations)
    proxy = AnnotationFilter()
    proxy.setSourceModel(model)
    proxy.set_categories({"figure"})
    assert proxy.rowCount() == 1 and proxy.index(0, 0).data() == "3 مدن"
    proxy.set_categories(None)
    annotations.update("T2", status="accepted")
    proxy.set_statuses({"accepted"})
    assert [proxy.index(r, 0).data() for r in range(proxy.rowCount())] == ["العراق"]
    annotations.update("T1", status="accepted")  # the filter follows changes
    assert proxy.rowCount() == 2
    assert proxy.rowCount(QModelIndex()) == 2


def test_choosing_a_row_shows_the_annotation_and_moving_in_the_text_selects_its_row(make_window, qtbot, seed_json, seed_text):
    window = make_window()
    window.open_path(seed_json)
    table = window.table
    target = find(seed_text, "كریستوفر كیكا")
    row = next(r for r in range(table.model().rowCount())
               if table.model().index(r, 0).data() == "كریستوفر كیكا")
    table.setCurrentIndex(table.model().index(row, 0))
    span = window.annotations.get(window.current_id)
    assert (span.start, span.end) == target
    assert window.view.caret() == target[0]
    assert window.side_panel.label.text() == "PER"
    # And back: the keyboard moves to another suggestion, the table follows.
    window.action("actionNextSuggestion").trigger()
    assert window.current_id != span.id
    qtbot.waitUntil(lambda: table.currentIndex().data(SPAN_ID_ROLE) == window.current_id)
    # Sorting by a column keeps the link between rows and annotations.
    table.sortByColumn(5, table.horizontalHeader().sortIndicatorOrder().DescendingOrder)
    window.set_current(span.id)
    qtbot.waitUntil(lambda: table.currentIndex().data(SPAN_ID_ROLE) == span.id)


def test_no_row_stays_selected_once_the_window_has_no_current_annotation(make_window, qtbot, seed_json, seed_text):
    window = make_window()
    window.open_path(seed_json)
    table = window.table
    row = next(r for r in range(table.model().rowCount())
               if table.model().index(r, 0).data() == "كریستوفر كیكا")
    table.setCurrentIndex(table.model().index(row, 0))
    chosen = window.current_id
    assert table.selectionModel().hasSelection()
    window.action("actionDelete").trigger()  # the current annotation is gone
    assert chosen not in window.annotations and window.current_id is None
    assert not table.selectionModel().hasSelection()
    assert window.side_panel.label.text() != "PER"
    window.action("actionUndo").trigger()  # back again, but nothing chosen: still no row
    assert chosen in window.annotations
    assert not table.selectionModel().hasSelection()
