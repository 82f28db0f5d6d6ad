"""The gold sets as data: the checker finds what breaks the guidelines' form, sets are found by
their set.json, and tools/gold.py checks and shows them."""

from __future__ import annotations

import hashlib
import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tawsim.core.annotation_file import load
from tawsim.core.errors import TawsimError
from tawsim.gold_sets import check_file, check_set, discover_sets, read_set

ROOT = Path(__file__).resolve().parent.parent
TESTS = ROOT / "tests"
SEEDS = ROOT / "seeds"
SAMPLE = TESTS / "heldout6" / "019_bahrain_budget.json"


def test_every_gold_set_under_tests_is_found_and_sound():
    sets = discover_sets(TESTS)
    assert [s.name for s in sets] == ["gold", "heldout", "heldout10_history", "heldout11_foreign", "heldout12_legal",
                                      "heldout2", "heldout3", "heldout4", "heldout5", "heldout6",
                                      "heldout7_egyptian", "heldout8_sports", "heldout9_economy"]
    for gold_set in sets:
        assert check_set(gold_set, SEEDS) == [], gold_set.name


@pytest.fixture
def copy(tmp_path) -> tuple[Path, dict]:
    """A copy of one held-out file and its article, and the file's JSON to spoil."""
    folder = tmp_path / "heldout9"
    folder.mkdir()
    shutil.copy(SAMPLE.with_suffix(".txt"), folder)
    shutil.copy(TESTS / "heldout6" / "set.json", folder)
    return folder / SAMPLE.name, json.loads(SAMPLE.read_text(encoding="utf-8"))


def spoil(path: Path, data: dict) -> list[str]:
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return check_file(path)


def first(data: dict, category: str) -> dict:
    return next(a for a in data["annotations"] if a["category"] == category)


def test_a_sound_copy_has_no_faults_and_a_new_folder_is_a_new_set(copy):
    path, data = copy
    assert spoil(path, data) == []
    (found,) = discover_sets(path.parent.parent)
    assert found.name == "heldout9" and found.files() == [path] and not found.used_to_change_rules


def test_punctuation_at_an_edge_is_a_fault(copy):
    path, data = copy
    entity = first(data, "entity")
    entity["end"] += 1  # takes in the comma after مجلس النواب ... or the next letter
    entity["text"] = data["document"]["text"][entity["start"] : entity["end"]]
    (fault,) = spoil(path, data)
    assert entity["id"] in fault and ("edge" in fault or "whole words" in fault)


def test_a_span_cut_inside_a_word_is_a_fault(copy):
    path, data = copy
    entity = first(data, "entity")
    entity["end"] -= 1
    entity["text"] = entity["text"][:-1]
    (fault,) = spoil(path, data)
    assert "whole words" in fault


def test_a_claim_without_its_speaker_is_a_fault(copy):
    path, data = copy
    claim = first(data, "claim")
    data["relations"] = [r for r in data["relations"] if r["from"] != claim["id"]]
    (fault,) = spoil(path, data)
    assert f"{claim['id']}: 0 speaker relations" in fault


def test_a_figure_without_a_numeric_value_is_a_fault(copy):
    path, data = copy
    figure = first(data, "figure")
    figure["attrs"]["value"] = None  # the file format allows it, the gold sets do not
    (fault,) = spoil(path, data)
    assert f"{figure['id']}" in fault and "value None is not a number" in fault


def test_a_value_the_file_format_refuses_is_named_with_the_file(copy):
    path, data = copy
    first(data, "figure")["attrs"]["value"] = "many"
    (fault,) = spoil(path, data)
    assert fault.startswith("019_bahrain_budget.json: ") and "'many'" in fault


def test_a_text_that_is_not_the_article_is_a_fault(copy):
    path, data = copy
    path.with_suffix(".txt").write_text("خبر آخر", encoding="utf-8")
    assert any("not that of" in fault for fault in spoil(path, data))


def test_a_broken_set_file_is_one_clear_error(tmp_path):
    (tmp_path / "set.json").write_text("{", encoding="utf-8")
    with pytest.raises(TawsimError, match="set.json: not a gold set description"):
        read_set(tmp_path)


def run_tool(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, str(ROOT / "tools" / "gold.py"), *args],
                          capture_output=True, text=True, cwd=ROOT, timeout=120)


def test_the_tool_checks_a_spoilt_set_and_shows_spans_in_context(copy):
    path, data = copy
    first(data, "claim")["status"] = "suggested"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    result = run_tool("check", str(path.parent))
    assert result.returncode == 1
    assert "heldout9/019_bahrain_budget.json" in result.stderr and "accepted and manual" in result.stderr
    shown = run_tool("show", str(SAMPLE))
    assert shown.returncode == 0
    assert "entity ORG      …أقر [مجلس النواب] في البحرين،…" in shown.stdout


def test_a_proclitic_drawn_out_with_a_kashida_stays_outside(copy):
    path, data = copy
    text = data["document"]["text"]
    figure = next(a for a in data["annotations"] if a["category"] == "figure" and text[a["start"] - 1] == " ")
    data["document"]["text"] = text[: figure["start"] - 1] + " بـ" + text[figure["start"] :]
    shift = 2
    for item in data["annotations"]:
        for key in ("start", "end"):
            if item[key] >= figure["start"]:
                item[key] += shift
    path.with_suffix(".txt").write_text(data["document"]["text"], encoding="utf-8")
    data["document"]["sha256"] = hashlib.sha256(data["document"]["text"].encode("utf-8")).hexdigest()
    assert spoil(path, data) == []
    data["document"]["text"] = data["document"]["text"].replace(" بـ", " ـ", 1)
    path.with_suffix(".txt").write_text(data["document"]["text"], encoding="utf-8")
    data["document"]["sha256"] = hashlib.sha256(data["document"]["text"].encode("utf-8")).hexdigest()
    assert any("whole words" in fault for fault in spoil(path, data))


def with_sentence(path: Path, data: dict, sentence: str, figures: list[tuple[str, float, str]]) -> list[str]:
    """The copy with one more paragraph at its end and the figures in it (text, value, unit)."""
    start = len(data["document"]["text"]) + 1
    data["document"]["text"] += "\n" + sentence
    path.with_suffix(".txt").write_text(data["document"]["text"], encoding="utf-8")
    data["document"]["sha256"] = hashlib.sha256(data["document"]["text"].encode("utf-8")).hexdigest()
    for number, (piece, value, unit) in enumerate(figures):
        at = data["document"]["text"].index(piece, start)
        data["annotations"].append({"id": f"X{number}", "start": at, "end": at + len(piece), "text": piece,
                                    "category": "figure", "label": "MONEY" if unit != "percent" else "PERCENT",
                                    "status": "accepted", "source": "manual",
                                    "attrs": {"value": value, "unit": unit, "qualifier": None}})
    return spoil(path, data)


def test_a_currency_sign_and_a_glued_minus_sign_belong_to_the_figure(copy):
    path, data = copy
    faults = with_sentence(path, data, "وتراجع المؤشر -1.2% إلى 75 $ بعدما كان $80.",
                           [("-1.2%", -1.2, "percent"), ("75 $", 75, "USD"), ("$80", 80, "USD")])
    assert faults == []


def test_a_minus_sign_before_a_word_is_still_punctuation(copy):
    path, data = copy
    (fault,) = with_sentence(path, data, "وتراجع المؤشر -نحو 1.2% أمس.", [("-نحو 1.2%", 1.2, "percent")])
    assert "X0" in fault and "letter or digit" in fault


def claim_over(path: Path, data: dict, sentence: str, claim: str) -> list[str]:
    """The copy with one more paragraph at its end and a claim in it, spoken by the first entity."""
    start = len(data["document"]["text"]) + 1
    data["document"]["text"] += "\n" + sentence
    path.with_suffix(".txt").write_text(data["document"]["text"], encoding="utf-8")
    data["document"]["sha256"] = hashlib.sha256(data["document"]["text"].encode("utf-8")).hexdigest()
    at = data["document"]["text"].index(claim, start)
    data["annotations"].append({"id": "C0", "start": at, "end": at + len(claim), "text": claim, "category": "claim",
                                "label": "CLAIM", "status": "accepted", "source": "manual", "attrs": {}})
    data["relations"].append({"id": "RC0", "type": "speaker", "from": "C0", "to": first(data, "entity")["id"]})
    return spoil(path, data)


def test_a_reported_clause_may_open_with_a_quotation_that_closes_inside_it(copy):
    path, data = copy
    assert claim_over(path, data, 'وأضاف أن "أكثر من 11 ألف قضية" لا تزال منشورة.',
                      '"أكثر من 11 ألف قضية" لا تزال منشورة') == []


def test_a_claim_that_opens_a_quotation_it_never_closes_is_a_fault(copy):
    path, data = copy
    (fault,) = claim_over(path, data, 'وأضاف أن "أكثر من 11 ألف قضية لا تزال منشورة.',
                          '"أكثر من 11 ألف قضية لا تزال منشورة')
    assert "C0" in fault and "opening quote" in fault


def test_a_date_keeps_its_iso_value_and_calendar(copy):
    path, data = copy
    date = next(a for a in data["annotations"] if a["label"] == "DATE")
    date["attrs"] = {"value": "1908-09-01", "calendar": "hijri", "hijri": "1326-08-04"}
    assert spoil(path, data) == []
    loaded = load(path).annotations.get(date["id"])
    assert loaded.attrs == {"value": "1908-09-01", "calendar": "hijri", "hijri": "1326-08-04"}
