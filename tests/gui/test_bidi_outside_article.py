"""Arabic inside the window's English text (and English inside Arabic) is isolated, so it keeps its order."""

from PySide6.QtCore import Qt

from tawsim.text.bidi import FSI, PDI

from .test_window_seed import select

ARTICLE = "قال المرصد السوري لحقوق الإنسان إن الخسائر بلغت ١٢٠ مليون دولار في الخرطوم وبحري."


def isolated(text: str) -> str:
    return f"{FSI}{text}{PDI}"


def test_the_status_bar_isolates_the_tagged_text(make_window, qtbot, seed_json, seed_text):
    window = make_window()
    window.open_path(seed_json)
    start = seed_text.index("التنظيم")
    select(window.view, seed_text, start, start + len("التنظيم"))
    qtbot.keyClick(window.view, Qt.Key.Key_O)
    assert f"Tagged ORG “{isolated('التنظيم')}”" in window.statusBar().currentMessage()
    qtbot.waitUntil(lambda: "other occurrence" in window.statusBar().currentMessage())
    message = window.statusBar().currentMessage()
    assert f"“{isolated('التنظيم')}”" in message.split(";")[1]
    assert message.count(FSI) == message.count(PDI)


def test_the_side_panel_and_tooltips_isolate_names_explanations_and_speakers(make_window, qtbot, tmp_path):
    article = tmp_path / "observatory.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    window = make_window()
    assert window.open_path(article)
    money = next(s for s in window.annotations if s.label == "MONEY")
    window.set_current(money.id, move_caret=True)
    why = window.side_panel.explanation.text()
    assert why.startswith("digits ") and isolated("مليون") in why and isolated("دولار") in why
    assert why.index(isolated("١٢٠")) < why.index(isolated("مليون")) < why.index(isolated("دولار"))
    claim = next(s for s in window.annotations if s.category == "claim")
    window.set_current(claim.id, move_caret=True)
    speaker = window.side_panel.speaker.text()
    assert speaker == f"{isolated('المرصد السوري لحقوق الإنسان')}  {isolated('(ORG, T1)')}"
    tooltip = window._tooltip(money.start)
    assert isolated("١٢٠ مليون دولار") in tooltip
    row = window.table_panel.table.model()
    tips = [row.data(row.index(r, 0), Qt.ItemDataRole.ToolTipRole) for r in range(row.rowCount())]
    assert any(isolated("مليون") in tip for tip in tips)
