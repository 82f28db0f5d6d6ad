"""The side panel shows a date's or a time's normalised value, as the rules read it."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel


def test_the_side_panel_shows_the_value_of_the_date_under_review(make_window, tmp_path):
    article = tmp_path / "history.txt"
    article.write_text("وُلد الشاعر في 27/11/1946 في القاهرة، وتوفي سنة 1325 هـ بحسب المؤرخين.\n", encoding="utf-8")
    window = make_window()
    assert window.open_path(article)
    shown = window.side_panel.findChild(QLabel, "dateValue")
    values = {}
    for span in sorted((s for s in window.annotations if s.label == "DATE"), key=lambda s: s.start):
        window.set_current(span.id, move_caret=True)
        assert shown.isVisible()
        values[span.text] = shown.text().strip("\u2068\u2069")
    assert values == {"27/11/1946": "1946-11-27", "سنة 1325 هـ": "1907 · calendar=hijri hijri=1325"}
    place = next(s for s in window.annotations if s.label == "LOC")
    window.set_current(place.id, move_caret=True)
    assert not shown.isVisible()


def test_the_side_panel_shows_both_ends_of_a_range(make_window, tmp_path):
    article = tmp_path / "prices.txt"
    article.write_text("وتراوحت أسعار الأضاحي بين 38 و42 شيكلا، وبلغت قيمة الصفقة 20 مليون دولار.\n", encoding="utf-8")
    window = make_window()
    assert window.open_path(article)
    money = sorted((s for s in window.annotations if s.label == "MONEY"), key=lambda s: s.start)
    assert [(s.attrs["value"], s.attrs.get("high")) for s in money] == [(38, 42), (20000000, None)]
    panel = window.side_panel
    high = panel.findChild(QLabel, "figureHigh")
    window.set_current(money[0].id, move_caret=True)
    assert panel.value.text() == "38" and high.isVisible() and high.text() == "42"
    window.set_current(money[1].id, move_caret=True)
    assert panel.value.text() == "20000000" and not high.isVisible()
