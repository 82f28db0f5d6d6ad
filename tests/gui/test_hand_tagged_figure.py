"""A figure tagged by hand gets its value, unit and qualifier from the engine's figure rules."""

import json

from PySide6.QtCore import Qt

from .test_window_seed import select

ARTICLE = "وقال وزير المالية إن العجز بلغ نحو ٢٫٧ مليار دولار هذا العام، وإن الدين تجاوز 40%."


def open_article(make_window, tmp_path):
    path = tmp_path / "budget.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    window = make_window(suggest=False)
    assert window.open_path(path)
    return window, path


def saved_attrs(window, dialogs, path):
    dialogs.save_path = path.with_suffix(".json")
    window.action("actionSave").trigger()
    data = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))
    return {a["text"]: a["attrs"] for a in data["annotations"]}


def test_money_selected_and_tagged_with_m_has_its_value_and_unit_in_the_panel_and_the_file(make_window, qtbot, dialogs, tmp_path):
    window, path = open_article(make_window, tmp_path)
    words = "٢٫٧ مليار دولار"
    start = ARTICLE.index(words)
    select(window.view, ARTICLE, start, start + len(words))
    qtbot.keyClick(window.view, Qt.Key.Key_M)
    assert window.side_panel.value.text() == "2700000000"
    assert window.side_panel.unit.currentText() == "USD"
    attrs = saved_attrs(window, dialogs, path)[words]
    assert (attrs["value"], attrs["unit"], attrs["qualifier"]) == (2700000000, "USD", None)


def test_the_qualifier_counts_when_the_selection_holds_it_and_a_percentage_gets_its_unit(make_window, qtbot, dialogs, tmp_path):
    window, path = open_article(make_window, tmp_path)
    for words, key in (("نحو ٢٫٧ مليار دولار", Qt.Key.Key_M), ("40%", Qt.Key.Key_5)):
        start = ARTICLE.index(words)
        select(window.view, ARTICLE, start, start + len(words))
        qtbot.keyClick(window.view, key)
    attrs = saved_attrs(window, dialogs, path)
    assert attrs["نحو ٢٫٧ مليار دولار"]["qualifier"] == "about"
    assert (attrs["40%"]["value"], attrs["40%"]["unit"]) == (40, "percent")
