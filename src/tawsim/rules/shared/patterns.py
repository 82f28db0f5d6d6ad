"""Users' own regular-expression rules: `patterns.jsonl` in a rules folder (optional).

One rule per line: {"id": "...", "category": "entity", "label": "ORG", "pattern": "...",
"explain": "...", "group": "name", "attrs": {...}}. The pattern runs on the normalised text (the
Arabic letters of the pattern are folded the same way), under the time limit of
`rulefiles.finditer_limited`, so a pattern that backtracks without end is stopped: that rule's
matches are left out of the article (the shipped rules' stay) and a warning names the rule's line.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import regex

from tawsim.core.model import CATEGORIES
from tawsim.rules.shared.matches import Match
from tawsim.rules.shared.rulefiles import RuleFileError, RuleTimeout, compile_pattern, finditer_limited, read_records
from tawsim.text.normalize import MatchView, fold_table

PATTERNS_FILE = "patterns.jsonl"
_FIELDS = {"id", "category", "label", "pattern", "explain", "group", "attrs"}
# Only the Arabic folds: the ASCII capitals of the table would turn \D or \S into \d or \s.
_PATTERN_FOLDS = {key: value for key, value in fold_table().items() if key > 0x7F}


@dataclass(frozen=True)
class PatternRule:
    id: str
    category: str
    label: str
    pattern: regex.Pattern
    explain: str
    group: str | int
    attrs: dict = field(default_factory=dict)
    where: str = PATTERNS_FILE  # the rule's file and line, for messages


class PatternRules:
    def __init__(self, rules: list[PatternRule]) -> None:
        self.rules = rules

    @classmethod
    def load(cls, rules_dir: Path) -> "PatternRules":
        path = Path(rules_dir) / PATTERNS_FILE
        if not path.is_file():
            return cls([])
        rules, seen = [], set()
        for record in read_records(path, {"id": str, "category": str, "label": str, "pattern": str}):
            data, where = record.data, record.where
            unknown = set(data) - _FIELDS
            if unknown:
                raise RuleFileError(f"{where}: unknown field {sorted(unknown)[0]!r}")
            if data["id"] in seen:
                raise RuleFileError(f"{where}: rule id {data['id']!r} is used twice")
            seen.add(data["id"])
            if data["category"] not in CATEGORIES:
                raise RuleFileError(f"{where}: category must be one of {', '.join(CATEGORIES)}")
            if not isinstance(data.get("attrs", {}), dict):
                raise RuleFileError(f"{where}: attrs must be an object")
            compiled = compile_pattern(data["pattern"].translate(_PATTERN_FOLDS), where, data["id"])
            group = data.get("group", 0)
            if group != 0 and group not in compiled.groupindex and not (
                isinstance(group, int) and 0 < group <= compiled.groups
            ):
                raise RuleFileError(f"{where}: rule {data['id']}: the pattern has no group {group!r}")
            rules.append(PatternRule(
                data["id"], data["category"], data["label"], compiled,
                data.get("explain", f"matches the pattern of rule {data['id']}"), group,
                dict(data.get("attrs", {})), where,
            ))
        return cls(rules)

    def find(self, view: MatchView, warnings: list[str] | None = None) -> dict[str, list[Match]]:
        """The matches of every rule, by category, in original-text offsets. A rule that runs
        past the time limit gives no matches here; what happened is added to `warnings`."""
        found: dict[str, list[Match]] = {category: [] for category in CATEGORIES}
        for rule in self.rules:
            try:
                matches = list(self._matches(rule, view))
            except RuleTimeout as timeout:
                if warnings is not None:
                    warnings.append(f"{rule.where}: {timeout}; its matches are left out")
                continue
            found[rule.category].extend(matches)
        return found

    @staticmethod
    def _matches(rule: PatternRule, view: MatchView):
        for hit in finditer_limited(rule.pattern, view.text, f"pattern:{rule.id}"):
            start, end = hit.span(rule.group)
            if start < 0 or end <= start:
                continue
            start, end = view.original_span(start, end)
            yield Match(start, end, rule.category, rule.label, f"pattern:{rule.id}", rule.explain, dict(rule.attrs))
