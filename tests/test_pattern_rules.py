"""Users' own regular-expression rules: found like the shipped ones, bad ones named, slow ones stopped."""

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tawsim.core.model import Document
from tawsim.rules.engine import Engine, default_rules_dir
from tawsim.rules.shared import rulefiles
from tawsim.rules.shared.rulefiles import RuleFileError, RuleTimeout

TEXT = "وأعلنت الكتيبة ٤٤٤ في بيان أن القرار الأممي رقم 2254 لم يُطبَّق."


@pytest.fixture
def rules(tmp_path) -> Path:
    folder = tmp_path / "rules"
    shutil.copytree(default_rules_dir(), folder)
    return folder


def write_patterns(folder: Path, *records) -> Path:
    path = folder / "patterns.jsonl"
    path.write_text(
        "# my rules\n" + "\n".join(r if isinstance(r, str) else json.dumps(r, ensure_ascii=False) for r in records) + "\n",
        encoding="utf-8",
    )
    return path


def test_a_user_pattern_finds_spans_in_original_offsets_and_says_why(rules):
    write_patterns(
        rules,
        {"id": "resolution", "category": "entity", "label": "ORG",
         "pattern": "القرار الأممي رقم \\d+", "explain": "a numbered UN resolution"},
        {"id": "battalion", "category": "entity", "label": "ORG",
         "pattern": "(?P<name>الكتيبه \\d+)", "group": "name"},
    )
    annotations = Engine.load(rules).suggest(Document("t", TEXT))
    found = {s.text: s for s in annotations if s.source.startswith("rule:pattern:")}
    # Written with plain letters and ASCII digits, matched on the text's أ, ة and Eastern digits.
    assert set(found) == {"القرار الأممي رقم 2254", "الكتيبة ٤٤٤"}
    resolution = found["القرار الأممي رقم 2254"]
    assert TEXT[resolution.start:resolution.end] == resolution.text
    assert (resolution.label, resolution.source) == ("ORG", "rule:pattern:resolution")
    assert resolution.attrs["explanation"] == "a numbered UN resolution"
    assert found["الكتيبة ٤٤٤"].attrs["explanation"] == "matches the pattern of rule battalion"


@pytest.mark.parametrize(
    "line, message",
    [
        ('{"id": "x", "category": "entity", "label": "ORG", "pattern": "(unclosed"}', "rule x: bad regular expression"),
        ('{"id": "x", "category": "opinion", "label": "ORG", "pattern": "a"}', "category must be one of"),
        ('{"id": "x", "category": "entity", "label": "ORG"}', "missing field 'pattern'"),
        ('{"id": "x", "category": "entity", "label": "ORG", "pattern": "a", "colour": 1}', "unknown field 'colour'"),
        ('{"id": "x", "category": "entity", "label": "ORG", "pattern": "(a)", "group": "name"}', "no group 'name'"),
        ('{"id": "x", "category": "entity", "label": "ORG", "pattern": "a{1000}{1000}"}', "rule x"),
        ("{not json", "not a JSON object"),
    ],
)
def test_a_bad_pattern_line_is_named_by_file_and_line(rules, line, message):
    path = write_patterns(rules, {"id": "ok", "category": "entity", "label": "ORG", "pattern": "a"}, line)
    with pytest.raises(RuleFileError, match=rf"{path}:3: .*{message}"):
        Engine.load(rules)


RUNAWAY = {"id": "runaway", "category": "entity", "label": "ORG", "pattern": "(ا+)+ب"}
RESOLUTION = {"id": "resolution", "category": "entity", "label": "ORG", "pattern": "القرار الأممي رقم \\d+"}
LONG_RUN = " " + "ا" * 5000  # (ا+)+ب backtracks without end over a long run of alifs with no ب


def test_a_catastrophic_pattern_drops_only_its_own_matches_and_is_named(rules, monkeypatch):
    monkeypatch.setattr(rulefiles, "REGEX_TIME_LIMIT", 0.2)
    text = TEXT + LONG_RUN
    shipped_only = Engine.load(default_rules_dir()).suggest(Document("a.txt", text))
    write_patterns(rules, RESOLUTION, RUNAWAY)  # lines 2 and 3, after the comment
    warnings: list[str] = []
    suggested = Engine.load(rules).suggest(Document("a.txt", text), warnings)
    by_rule = {(s.start, s.end, s.label, s.source) for s in suggested}
    assert {(s.start, s.end, s.label, s.source) for s in shipped_only} < by_rule  # the shipped rules' all kept
    assert [s.text for s in suggested if s.source == "rule:pattern:resolution"] == ["القرار الأممي رقم 2254"]
    assert not [s for s in suggested if s.source == "rule:pattern:runaway"]
    assert len(warnings) == 1
    assert f"{rules / 'patterns.jsonl'}:3: rule pattern:runaway:" in warnings[0] and "left out" in warnings[0]


def test_a_catastrophic_pattern_still_stops_where_called_directly(rules, monkeypatch):
    monkeypatch.setattr(rulefiles, "REGEX_TIME_LIMIT", 0.2)
    write_patterns(rules, RUNAWAY)
    compiled = Engine.load(rules).patterns.rules[0].pattern
    with pytest.raises(RuleTimeout, match="rule pattern:runaway: .*stopped"):
        list(rulefiles.finditer_limited(compiled, LONG_RUN, "pattern:runaway"))


def test_the_batch_names_the_article_and_the_rule_line_and_keeps_the_rest(rules, tmp_path):
    write_patterns(rules, RUNAWAY)
    articles = tmp_path / "articles"
    articles.mkdir()
    (articles / "long.txt").write_text(TEXT + LONG_RUN, encoding="utf-8")
    (articles / "short.txt").write_text(TEXT, encoding="utf-8")
    out = tmp_path / "out"
    result = subprocess.run(
        [sys.executable, "-m", "tawsim", "suggest", "--rules", str(rules), str(articles), "-o", str(out)],
        capture_output=True, text=True, timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    (warning,) = [line for line in result.stderr.splitlines() if "warning" in line]
    assert str(articles / "long.txt") in warning and f"{rules / 'patterns.jsonl'}:2" in warning
    assert "pattern:runaway" in warning
    saved = json.loads((out / "long.json").read_text(encoding="utf-8"))
    shipped = Engine.load(default_rules_dir()).suggest(Document("long.txt", TEXT + LONG_RUN))
    assert shipped  # the shipped rules find something here, and all of it is kept
    assert [(a["start"], a["end"], a["label"]) for a in saved["annotations"]] == [
        (s.start, s.end, s.label) for s in shipped
    ]


def test_the_shipped_patterns_file_holds_only_comments():
    shipped = (default_rules_dir() / "patterns.jsonl").read_text(encoding="utf-8").splitlines()
    assert shipped and all(not line.strip() or line.startswith("#") for line in shipped)
