"""The gold standard (tests/gold/) and the rule engine measured against it.

The gold files are checked first. Then the engine runs on each article: the seed's tests are
`test_engine_on_seed[...]`, the articles written for the gold set are
`test_engine_on_new_article[<article>-<aspect>]`, so a run shows which aspects pass where.
Thresholds: entities and figures (with the right value) P and R ≥ 0.9; claims with the right
speaker P and R ≥ 0.8. A missing engine is a failure, not a skip.
"""

from __future__ import annotations

import json
import subprocess
import sys
from functools import lru_cache
from pathlib import Path

import pytest

from tawsim.core.annotation_file import load
from tawsim.core.jsonschemas import validate
from tawsim.core.model import Document
from tawsim.core.schema import load_schema
from tawsim.core.textio import read_article
from tawsim.evaluation import CLAIM_SPEAKER, ENTITY, FIGURE, EvaluationReport, evaluate

ROOT = Path(__file__).resolve().parent.parent
GOLD_DIR = ROOT / "tests" / "gold"
SEEDS_DIR = ROOT / "seeds"
SEED_GOLD = GOLD_DIR / "000_seed.json"
ALL_GOLD = sorted(GOLD_DIR.glob("*.json"))
NEW_GOLD = [path for path in ALL_GOLD if path != SEED_GOLD]

ASPECTS = {"entities": (ENTITY, 0.9), "figures": (FIGURE, 0.9), "claims": (CLAIM_SPEAKER, 0.8)}
QUALIFIERS = {None, "about", "more_than", "less_than", "at_least", "at_most"}
EDGE_PUNCTUATION = set(" \n.,،؛;:!?؟«»“”\"'()")


def article_path(document_name: str) -> Path:
    """The article a gold file annotates: beside it in tests/gold, else among the seeds."""
    beside = GOLD_DIR / document_name
    return beside if beside.exists() else SEEDS_DIR / document_name


def test_the_gold_set_has_the_seed_and_three_new_articles():
    assert SEED_GOLD in ALL_GOLD
    assert len(NEW_GOLD) >= 3
    for path in NEW_GOLD:
        assert article_path(load(path).document.name).parent == GOLD_DIR


@pytest.mark.parametrize("path", ALL_GOLD, ids=lambda p: p.stem)
def test_gold_file_is_schema_valid_and_matches_its_article(path):
    raw = json.loads(path.read_text(encoding="utf-8"))
    validate(raw, "tawsim-file.schema.json", str(path))
    loaded = load(path)
    assert loaded.problems == []
    text = read_article(article_path(loaded.document.name)).text
    assert raw["document"]["text"] == text
    for item in raw["annotations"]:
        assert text[item["start"] : item["end"]] == item["text"], item["id"]
        assert item["status"] == "accepted" and item["source"] == "manual"
    assert len(loaded.annotations) == len(raw["annotations"])


@pytest.mark.parametrize("path", ALL_GOLD, ids=lambda p: p.stem)
def test_gold_spans_follow_the_guidelines_form(path):
    annotations = load(path).annotations
    schema = load_schema()
    for span in annotations:
        assert schema.has_label(span.label) and schema.category_of(span.label) == span.category
        if span.category in ("entity", "figure"):
            assert span.text[0] not in EDGE_PUNCTUATION, span
            assert span.text[-1] not in EDGE_PUNCTUATION, span
        if span.category == "figure":
            assert set(span.attrs) == {"value", "unit", "qualifier"}, span
            assert isinstance(span.attrs["value"], (int, float)), span
            assert span.attrs["qualifier"] in QUALIFIERS, span
        if span.category == "claim":
            assert not span.text.endswith((".", "،", ",")), span
    for category in ("entity", "figure", "claim"):
        spans = sorted(annotations.with_category(category), key=lambda s: s.start)
        for left, right in zip(spans, spans[1:]):
            assert right.start >= left.end, f"{category}: {left.text!r} overlaps {right.text!r}"


@pytest.mark.parametrize("path", ALL_GOLD, ids=lambda p: p.stem)
def test_every_gold_claim_has_one_speaker_entity(path):
    annotations = load(path).annotations
    claims = annotations.with_category("claim")
    assert claims
    for claim in claims:
        speakers = [
            r for r in annotations.relations if r.type == "speaker" and r.source == claim.id
        ]
        assert len(speakers) == 1, claim.text
        speaker = annotations.get(speakers[0].target)
        assert speaker.category == "entity" and speaker.label in ("PER", "ORG"), speaker
    assert all(r.type == "speaker" for r in annotations.relations)


def test_gold_files_are_what_make_gold_writes():
    result = subprocess.run(
        [sys.executable, str(ROOT / "tools" / "make_gold.py"), "--check"],
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    assert result.returncode == 0, result.stdout + result.stderr


# -- the engine against the gold ---------------------------------------------------------------
@lru_cache(maxsize=None)
def _engine():
    try:
        from tawsim.rules.engine import Engine

        return Engine.load()
    except Exception as error:  # the engine is written by others: say plainly why it cannot run
        pytest.fail(f"the rule engine cannot be loaded: {type(error).__name__}: {error}")


@lru_cache(maxsize=None)
def _report(path: Path) -> EvaluationReport:
    gold = load(path).annotations
    predicted = _engine().suggest(Document(gold.document.name, gold.document.text))
    return evaluate(predicted, gold, name=path.stem)


def _assert_meets(path: Path, aspect: str) -> None:
    row, threshold = ASPECTS[aspect]
    report = _report(path)
    score = report.score(row)
    assert score.precision >= threshold and score.recall >= threshold, (
        f"{path.stem} {row}: precision {score.precision:.3f}, recall {score.recall:.3f} "
        f"(need {threshold})\n{report.format()}"
    )


@pytest.mark.parametrize("aspect", ASPECTS)
def test_engine_on_seed(aspect):
    _assert_meets(SEED_GOLD, aspect)


@pytest.mark.parametrize(
    "path, aspect",
    [(path, aspect) for path in NEW_GOLD for aspect in ASPECTS],
    ids=[f"{path.stem}-{aspect}" for path in NEW_GOLD for aspect in ASPECTS],
)
def test_engine_on_new_article(path, aspect):
    _assert_meets(path, aspect)
