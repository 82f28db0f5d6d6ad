"""At the default width of 1,200 pixels every toolbar action shows: none hides behind the » button."""

from PySide6.QtWidgets import QToolBar, QToolButton


def hidden_actions(window):
    hidden = []
    for bar in window.findChildren(QToolBar):
        extension = bar.findChild(QToolButton, "qt_toolbar_ext_button")
        for action in bar.actions():
            if action.isSeparator():
                continue
            button = bar.widgetForAction(action)
            inside = button is not None and button.isVisible() and bar.rect().contains(button.geometry())
            if not inside:
                hidden.append(action.objectName())
        assert extension is None or not extension.isVisible(), bar.objectName()
    return hidden


def test_every_toolbar_action_is_visible_at_1200_pixels(make_window, qtbot, seed_json):
    window = make_window()
    window.open_path(seed_json)
    window.resize(1200, 800)
    qtbot.waitUntil(lambda: window.width() == 1200)
    for name in ("actionAcceptAll", "actionUndo", "actionRedo", "actionSave"):
        assert any(name in (a.objectName() for a in bar.actions()) for bar in window.findChildren(QToolBar))
    assert hidden_actions(window) == []
