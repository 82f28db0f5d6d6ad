"""The gold standard (tests/gold/) and the rule engine measured against it.

The gold files are checked first. Then the engine runs on each article: the seed's tests are
`test_engine_on_seed[...]`, the articles written for the gold set are
`test_engine_on_new_article[<article>-<aspect>]`, so a run shows which aspects pass where.
Thresholds (tests/gold/set.json): entities and figures (with the right value) P and R ≥ 0.9;
claims with the right speaker P and R ≥ 0.8. A missing engine is a failure, not a skip.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import pytest

from tawsim.core.annotation_file import load
from tawsim.core.model import Document
from tawsim.evaluation import CLAIM_SPEAKER, ENTITY, FIGURE, EvaluationReport, evaluate
from tawsim.gold_sets import article_for, check_set, read_set

ROOT = Path(__file__).resolve().parent.parent
GOLD_DIR = ROOT / "tests" / "gold"
SEEDS_DIR = ROOT / "seeds"
SEED_GOLD = GOLD_DIR / "000_seed.json"
GOLD_SET = read_set(GOLD_DIR)  # its floors are in tests/gold/set.json, for each article alone
ALL_GOLD = GOLD_SET.files()
NEW_GOLD = [path for path in ALL_GOLD if path != SEED_GOLD]

ASPECTS = {"entities": ENTITY, "figures": FIGURE, "claims": CLAIM_SPEAKER}


def test_the_gold_set_has_the_seed_and_three_new_articles():
    assert SEED_GOLD in ALL_GOLD
    assert len(NEW_GOLD) >= 3
    for path in NEW_GOLD:
        assert article_for(path, load(path).document.name, SEEDS_DIR).parent == GOLD_DIR


def test_the_gold_set_is_sound():
    """Every file loads, matches its article and follows the guidelines' form (tools/gold.py check)."""
    assert check_set(GOLD_SET, SEEDS_DIR) == []


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
    row = ASPECTS[aspect]
    precision, recall = GOLD_SET.floors[row]
    report = _report(path)
    score = report.score(row)
    assert score.precision >= precision and score.recall >= recall, (
        f"{path.stem} {row}: precision {score.precision:.3f}, recall {score.recall:.3f} "
        f"(need {precision}, {recall})\n{report.format()}"
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
