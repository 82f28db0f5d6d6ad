import os
from pathlib import Path

import pytest

# Before any Qt import: the tests never need a screen.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_e93ad64ae9bca60f.txt"


@pytest.fixture
def seed_path() -> Path:
    return SEED


@pytest.fixture
def seed_text() -> str:
    from tawsim.core.textio import read_article

    return read_article(SEED).text
