"""The README's table of boundary keys says what the window's actions do, edge by edge."""

from pathlib import Path

from tawsim.gui.actions import ACTIONS

README = Path(__file__).resolve().parent.parent / "README.md"
ARROWS = {"Right": "→", "Left": "←"}
EXPECTED = {  # action: (edge, in the text)
    "actionGrowStart": ("start (right edge)", "starts one word earlier"),
    "actionShrinkStart": ("start (right edge)", "starts one word later"),
    "actionGrowEnd": ("end (left edge)", "ends one word later"),
    "actionShrinkEnd": ("end (left edge)", "ends one word earlier"),
}


def test_each_boundary_key_has_a_row_naming_its_edge_and_where_it_moves():
    rows = [line for line in README.read_text(encoding="utf-8").splitlines() if line.startswith("| `")]
    for name, (edge, meaning) in EXPECTED.items():
        [shortcut] = ACTIONS[name][2]
        *modifiers, arrow = shortcut.split("+")
        key = "+".join(modifiers + [ARROWS[arrow]])
        row = next(r for r in rows if r.startswith(f"| `{key}` |"))
        assert edge in row and meaning in row
        direction = "right" if arrow == "Right" else "left"
        assert f"one word to the {direction}" in row
