"""The words the date and time cues consult, read from the date rules of `entities/rules.jsonl`."""

from __future__ import annotations

from dataclasses import dataclass, field

from tawsim.rules.entities.data import CueRule, EntityData
from tawsim.rules.shared.gazetteer import phrase_key


@dataclass
class DateWords:
    month_numbers: dict[str, int] = field(default_factory=dict)  # كانون الاول → 12 (normalised keys)
    weekday_numbers: dict[str, int] = field(default_factory=dict)  # ISO: الاثنين → 1 … الاحد → 7
    day_ordinals: dict[str, int] = field(default_factory=dict)  # الثالث عشر → 13
    modifiers: dict[str, str] = field(default_factory=dict)  # اوائل → START (TIMEX3 mod)
    directions: dict[str, str] = field(default_factory=dict)  # الماضي → "-", المقبل → "+", الجاري → "0"
    markers: dict[str, str] = field(default_factory=dict)  # ه → hijri, م → gregorian
    hours: dict[str, int] = field(default_factory=dict)  # الثالثه → 3
    minutes: dict[str, int] = field(default_factory=dict)  # والنصف → 30, الا ربعا → -15
    day_parts: dict[str, str] = field(default_factory=dict)  # صباحا → am
    bare_year: CueRule | None = None
    year_context: frozenset[str] = frozenset()  # في، منذ: words before a bare year
    numeric: CueRule | None = None
    year_range: CueRule | None = None

    @classmethod
    def from_data(cls, data: EntityData) -> "DateWords":
        words = cls()
        for rule in data.rules_of("month"):
            words.month_numbers.update(_numbers(rule))
        for rule in data.rules_of("weekday"):
            words.weekday_numbers.update(_numbers(rule))
        for rule in data.rules_of("day_ordinals"):
            words.day_ordinals.update(_numbers(rule))
        for rule in data.rules_of("clock_hours"):
            words.hours.update(_numbers(rule))
        for kind, target, option in (("date_modifier", words.modifiers, "mod"),
                                     ("date_direction", words.directions, "direction"),
                                     ("year_marker", words.markers, "calendar"),
                                     ("day_part", words.day_parts, "shift"),
                                     ("clock_minutes", words.minutes, "minutes")):
            for rule in data.rules_of(kind):
                target.update((phrase_key(word), rule.option(option, None)) for word in rule.words)
        for kind, name in (("bare_year", "bare_year"), ("numeric_date", "numeric"), ("year_range", "year_range")):
            rules = data.rules_of(kind)
            setattr(words, name, rules[0] if rules else None)
        if words.bare_year is not None:
            words.year_context = frozenset(phrase_key(word) for word in words.bare_year.words) - {""}
        return words


def _numbers(rule: CueRule) -> dict[str, int]:
    return {key: int(label) for key, label in rule.labels.items() if label.isdigit()}
