"""Loading the entity rule data: `entities/rules.jsonl`, the word lists it names, and gazetteers.

Every problem is reported as `path:line: ...` (see docs/rules-entities.md for the format).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

from tawsim.rules.shared.gazetteer import phrase_key
from tawsim.rules.shared.rulefiles import Record, RuleFileError, WordListEntry, read_records, read_word_list

ENTITY_DIR = "entities"
RULES_FILE = "rules.jsonl"
GAZETTEER_DIR = "gazetteers"

# type -> (default label, default explanation, {optional field: accepted types})
RULE_TYPES: dict[str, tuple[str | None, str, dict[str, type | tuple[type, ...]]]] = {
    "stop_words": (None, "", {"blocks": str}),
    "reject": (None, "", {}),
    "no_short_form": (None, "", {}),
    "not_nisba": (None, "", {}),
    "org_adjectives": (None, "", {}),
    "name_particles": (None, "", {}),
    "place_compound_first": (None, "", {}),
    "day_ordinals": (None, "", {}),
    "needs_context": (None, "", {"context": list, "topic": str}),
    "topic": (None, "", {}),
    "whole_words": (None, "", {}),
    "noun_shaped_names": (None, "", {}),
    "function_word_name": (None, "", {"names": list, "evidence": list}),
    "person_after_nationality": ("PER", "name after «{cue}»", {"topic": str}),
    "team_city": ("ORG", "a team named after the city «{cue}»",
                  {"topic": str, "lists": list, "place_words": list, "links": list, "travel_words": list}),
    "person_title": ("PER", "name after the title «{cue}»",
                     {"object": bool, "links": list, "max_tokens": int, "min_tokens": int, "as_written": bool,
                      "not_in_topic": str, "only_in_topic": str}),
    "person_given_name": ("PER", "name starting with the given name «{cue}»",
                          {"min_tokens": int, "max_tokens": int, "proclitics": list}),
    "person_patronymic": ("PER", "name joined by «{cue}»", {}),
    "org_head": ("ORG", "organisation named after «{cue}»",
                 {"follows": str, "max_tokens": int, "not_after_title": bool, "needs_modifier": bool, "links": list}),
    "org_alias": ("ORG", "short name in «{cue}» after the organisation", {"pairs": list, "max_tokens": int}),
    "org_complement_blockers": (None, "", {}),
    "place_head": ("LOC", "place named after «{cue}»", {"accept": str, "adjectives": list}),
    "place_pair": ("LOC", "place paired with «{cue}»", {}),
    "weekday": ("DATE", "the weekday «{cue}»", {"not_after": list}),
    "month": ("DATE", "the month «{cue}»",
              {"ambiguous": (list, bool), "context": list, "context_after": list, "calendar": str}),
    "year": ("DATE", "a year after «{cue}»", {"min": int, "max": int}),
    "bare_year": ("DATE", "a year after «{cue}»", {"min": int, "max": int, "counted": list}),
    "numeric_date": ("DATE", "a date written in digits", {"min": int, "max": int}),
    "year_range": ("DATE", "a range of years", {"min": int, "max": int, "longest": int}),
    "year_marker": (None, "", {"calendar": str}),
    "relative_date": ("DATE", "the relative date «{cue}»", {"offset": str, "not_before": list, "not_after": list, "ambiguous": list,
                                                             "needs_modifier": bool}),
    "feast": ("DATE", "the feast «{cue}»", {"calendar": str, "day": str}),
    "date_modifier": (None, "", {"mod": str, "join": bool}),
    "date_direction": (None, "", {"direction": str, "join": bool}),
    "clock_head": ("TIME", "a clock time after «{cue}»", {}),
    "day_part": ("TIME", "a clock time said with «{cue}»", {"shift": str}),
    "clock_fixed": ("TIME", "the time «{cue}»", {"time": str}),
    "clock_hours": (None, "", {}),
    "clock_minutes": (None, "", {"minutes": int}),
    "person_short_form": ("PER", "short form of «{cue}» named earlier", {}),
    "org_short_form": ("ORG", "short form of «{cue}» named earlier", {}),
}
WORDLESS_TYPES = {"person_short_form", "org_short_form", "org_alias", "numeric_date", "year_range", "team_city",
                  "person_after_nationality"}
CHOICES = {
    "mod": ("START", "MID", "END"),
    "direction": ("-", "+", "0"),
    "calendar": ("hijri", "gregorian"),
    "shift": ("am", "pm", "noon", "night"),
    "follows": ("name", "nisba", "any_name", "adjective_complement"),
    "accept": ("any", "definite"),
    "blocks": ("all", "names"),
}
COMMON_FIELDS = {"id", "type", "words", "words_file", "explain", "label"}


@dataclass
class CueRule:
    id: str
    type: str
    label: str | None
    words: list[str]
    explain: str
    options: dict
    where: str
    labels: dict[str, str] = field(default_factory=dict)  # normalised word -> what a word list gives after a tab
    _keys: dict = field(default_factory=dict, repr=False)

    @cached_property
    def rule_id(self) -> str:
        return f"cue:{self.id}"

    def explanation(self, cue: str) -> str:
        return self.explain.replace("{cue}", cue)

    def option(self, name: str, default):
        return self.options.get(name, default)

    def option_keys(self, name: str) -> frozenset[str]:
        """A list option in normalised form (context words, link words, ambiguous names)."""
        cached = self._keys.get(name)
        if cached is None:
            value = self.options.get(name)
            words = value if isinstance(value, list) else []
            cached = self._keys[name] = frozenset(phrase_key(word) for word in words) - {""}
        return cached


@dataclass
class GazetteerFile:
    name: str  # the file's stem, used in rule ids
    path: Path
    entries: list[WordListEntry]


@dataclass
class EntityData:
    rules: list[CueRule] = field(default_factory=list)
    gazetteers: list[GazetteerFile] = field(default_factory=list)

    def rules_of(self, *types: str) -> list[CueRule]:
        return [rule for rule in self.rules if rule.type in types]

    def keys_of(self, *types: str) -> set[str]:
        return {phrase_key(word) for rule in self.rules_of(*types) for word in rule.words} - {""}


def load_entity_data(rules_dir: Path, extra_gazetteer: list[Path]) -> EntityData:
    base = Path(rules_dir) / ENTITY_DIR
    rules_path = base / RULES_FILE
    if not rules_path.is_file():
        raise RuleFileError(f"{rules_path}:1: entity rule file not found")
    data = EntityData(rules=[_cue_rule(record, base) for record in read_records(rules_path, {"id": str, "type": str})])
    _check_unique_ids(data.rules)
    gazetteer_dir = base / GAZETTEER_DIR
    paths = sorted(gazetteer_dir.glob("*.txt")) if gazetteer_dir.is_dir() else []
    for path in [*paths, *map(Path, extra_gazetteer)]:
        data.gazetteers.append(_gazetteer(path))
    return data


def _gazetteer(path: Path) -> GazetteerFile:
    _, entries = read_word_list(path)
    for entry in entries:
        if not entry.label:
            raise RuleFileError(
                f"{path}:{entry.line}: no label for {entry.text!r}: put '# label: LOC' (or PER, ORG, DATE) "
                "at the top, or a tab and the label after the entry"
            )
    return GazetteerFile(path.stem, path, entries)


def _cue_rule(record: Record, base: Path) -> CueRule:
    data = record.data
    rule_type = data["type"]
    if rule_type not in RULE_TYPES:
        known = ", ".join(sorted(RULE_TYPES))
        raise RuleFileError(f"{record.where}: unknown rule type {rule_type!r} (known: {known})")
    if not data["id"].strip():
        raise RuleFileError(f"{record.where}: the rule id is empty")
    default_label, default_explain, optional = RULE_TYPES[rule_type]
    for name, value in data.items():
        if name in COMMON_FIELDS:
            continue
        if name not in optional:
            raise RuleFileError(f"{record.where}: rule {data['id']}: unknown field {name!r} for type {rule_type}")
        kind = optional[name]
        if not isinstance(value, kind) or isinstance(value, bool) and kind is int:
            raise RuleFileError(f"{record.where}: rule {data['id']}: field {name!r} has the wrong type")
        if name in CHOICES and value not in CHOICES[name]:
            raise RuleFileError(
                f"{record.where}: rule {data['id']}: {name} must be one of {', '.join(CHOICES[name])}, not {value!r}"
            )
        if isinstance(value, list) and not all(isinstance(item, str) for item in value):
            raise RuleFileError(f"{record.where}: rule {data['id']}: field {name!r} must list strings")
    for name in ("explain", "label"):
        if name in data and not (isinstance(data[name], str) and data[name].strip()):
            raise RuleFileError(f"{record.where}: rule {data['id']}: field {name!r} must be a non-empty string")
    entries = [] if rule_type in WORDLESS_TYPES else _words(record, base)
    words = [entry.text for entry in entries]
    labels = {phrase_key(entry.text): entry.label for entry in entries if entry.label}
    options = {name: value for name, value in data.items() if name not in COMMON_FIELDS}
    return CueRule(
        id=data["id"].strip(),
        type=rule_type,
        label=data.get("label", default_label),
        words=words,
        explain=data.get("explain", default_explain),
        options=options,
        where=record.where,
        labels=labels,
    )


def _words(record: Record, base: Path) -> list[WordListEntry]:
    data = record.data
    rule_id = data["id"]
    inline, file_name = data.get("words"), data.get("words_file")
    if (inline is None) == (file_name is None):
        raise RuleFileError(f"{record.where}: rule {rule_id}: give either 'words' (a list) or 'words_file' (a path)")
    if inline is not None:
        if not isinstance(inline, list) or not all(isinstance(word, str) and word.strip() for word in inline):
            raise RuleFileError(f"{record.where}: rule {rule_id}: 'words' must be a list of non-empty strings")
        return [WordListEntry(word.strip(), None, record.where, 0) for word in inline]
    if not isinstance(file_name, str) or not file_name.strip():
        raise RuleFileError(f"{record.where}: rule {rule_id}: 'words_file' must be a path")
    path = (base / file_name).resolve()
    if not path.is_file():
        raise RuleFileError(f"{record.where}: rule {rule_id}: word list {file_name!r} not found (looked for {path})")
    _, entries = read_word_list(path)
    return entries


def _check_unique_ids(rules: list[CueRule]) -> None:
    seen: dict[str, str] = {}
    for rule in rules:
        if rule.id in seen:
            raise RuleFileError(f"{rule.where}: rule id {rule.id!r} is already used at {seen[rule.id]}")
        seen[rule.id] = rule.where
