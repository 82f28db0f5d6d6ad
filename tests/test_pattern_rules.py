"""Users' own regular-expression rules: found like the shipped ones, bad ones named, slow ones stopped."""

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tawsim.core.model import Document
from tawsim.rules.engine import Engine, default_rules_dir
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


def test_a_catastrophic_pattern_is_stopped_and_named(rules):
    write_patterns(rules, {"id": "runaway", "category": "entity", "label": "ORG", "pattern": "(ا|اا)+ب"})
    engine = Engine.load(rules)
    with pytest.raises(RuleTimeout, match="rule pattern:runaway: .*stopped"):
        engine.find("ا" * 5000)


def test_the_cli_reports_a_runaway_pattern_in_one_line(rules, tmp_path):
    write_patterns(rules, {"id": "runaway", "category": "entity", "label": "ORG", "pattern": "(ا|اا)+ب"})
    article = tmp_path / "a.txt"
    article.write_text("ا" * 5000, encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "tawsim", "suggest", "--rules", str(rules), str(article)],
        capture_output=True, text=True, timeout=120,
    )
    assert result.returncode == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "pattern:runaway" in lines[0] and "Traceback" not in result.stderr


def test_the_shipped_patterns_file_holds_only_comments():
    shipped = (default_rules_dir() / "patterns.jsonl").read_text(encoding="utf-8").splitlines()
    assert shipped and all(not line.strip() or line.startswith("#") for line in shipped)
