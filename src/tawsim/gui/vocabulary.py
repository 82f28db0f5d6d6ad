"""How the window names the core's fixed values (statuses, document states, units, qualifiers).

The files keep the codes (`accepted`, `more_than`, `USD`), which are also the English texts shown;
only what is shown is translated.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

translate = QCoreApplication.translate

STATUS_NAMES = {
    "suggested": QT_TRANSLATE_NOOP("Vocabulary", "suggested"),
    "accepted": QT_TRANSLATE_NOOP("Vocabulary", "accepted"),
    "rejected": QT_TRANSLATE_NOOP("Vocabulary", "rejected"),
}
CATEGORY_NAMES = {
    "entity": QT_TRANSLATE_NOOP("Vocabulary", "entity"),
    "figure": QT_TRANSLATE_NOOP("Vocabulary", "figure"),
    "claim": QT_TRANSLATE_NOOP("Vocabulary", "claim"),
}
STATE_NAMES = {
    "new": QT_TRANSLATE_NOOP("Vocabulary", "new"),
    "in progress": QT_TRANSLATE_NOOP("Vocabulary", "in progress"),
    "done": QT_TRANSLATE_NOOP("Vocabulary", "done"),
    "unreadable": QT_TRANSLATE_NOOP("Vocabulary", "unreadable"),
    "corrupt": QT_TRANSLATE_NOOP("Vocabulary", "corrupt"),
}
UNIT_NAMES = {
    "": "",
    "percent": QT_TRANSLATE_NOOP("Vocabulary", "percent"),
    "people": QT_TRANSLATE_NOOP("Vocabulary", "people"),
    "km2": QT_TRANSLATE_NOOP("Vocabulary", "km2"),
    "km": QT_TRANSLATE_NOOP("Vocabulary", "km"),
    "USD": QT_TRANSLATE_NOOP("Vocabulary", "USD"),
    "EUR": QT_TRANSLATE_NOOP("Vocabulary", "EUR"),
    "SYP": QT_TRANSLATE_NOOP("Vocabulary", "SYP"),
}
QUALIFIER_NAMES = {
    "": "",
    "about": QT_TRANSLATE_NOOP("Vocabulary", "about"),
    "more_than": QT_TRANSLATE_NOOP("Vocabulary", "more_than"),
    "less_than": QT_TRANSLATE_NOOP("Vocabulary", "less_than"),
    "at_least": QT_TRANSLATE_NOOP("Vocabulary", "at_least"),
    "at_most": QT_TRANSLATE_NOOP("Vocabulary", "at_most"),
}


def _name(table: dict[str, str], code: str) -> str:
    source = table.get(code)
    return translate("Vocabulary", source) if source else code


def status_name(status: str) -> str:
    return _name(STATUS_NAMES, status)


def category_word(category: str) -> str:
    return _name(CATEGORY_NAMES, category)


def state_name(state: str) -> str:
    return _name(STATE_NAMES, state)


def unit_name(unit: str) -> str:
    """A known unit's name (USD; in Arabic دولار أمريكي); a unit typed by the user as it is."""
    return _name(UNIT_NAMES, unit)


def qualifier_name(qualifier: str) -> str:
    return _name(QUALIFIER_NAMES, qualifier)
