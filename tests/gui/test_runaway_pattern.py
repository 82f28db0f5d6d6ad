"""A user pattern stopped by its time limit: the article opens with the shipped rules' suggestions,
and the window says which rule was left out (never "the rules could not be loaded")."""

import json
import shutil

from tawsim.core.model import Document
from tawsim.rules.engine import Engine, default_rules_dir
from tawsim.rules.shared import rulefiles

TEXT = "وأعلنت الكتيبة ٤٤٤ في بيان أن القرار الأممي رقم 2254 لم يُطبَّق. " + "ا" * 5000


def test_a_runaway_user_pattern_is_a_warning_and_the_shipped_suggestions_stay(make_window, dialogs, monkeypatch, tmp_path):
    monkeypatch.setattr(rulefiles, "REGEX_TIME_LIMIT", 0.2)
    rules = tmp_path / "rules"
    shutil.copytree(default_rules_dir(), rules)
    runaway = {"id": "runaway", "category": "entity", "label": "ORG", "pattern": "(ا+)+ب"}
    (rules / "patterns.jsonl").write_text("# mine\n" + json.dumps(runaway, ensure_ascii=False) + "\n", encoding="utf-8")
    article = tmp_path / "long.txt"
    article.write_text(TEXT, encoding="utf-8")

    window = make_window(rules=rules)
    assert window.open_path(article)

    shipped = Engine.load(default_rules_dir()).suggest(Document(article.name, TEXT))
    assert shipped
    assert [(s.start, s.end, s.label) for s in window.annotations] == [(s.start, s.end, s.label) for s in shipped]
    (remark,) = dialogs.asked
    assert remark[0] == "information"
    assert f"{rules / 'patterns.jsonl'}:2" in remark[1] and "pattern:runaway" in remark[1]
    assert "could not be loaded" not in remark[1]
