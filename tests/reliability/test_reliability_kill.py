"""Saving survives SIGKILL at any moment: the file on disk is always the old or the new version.

The campaign itself lives in tools/kill_test.py (run it by hand for thousands of kills); set
TAWSIM_KILLS to change how many kills the test suite makes.
"""

from __future__ import annotations

import importlib.util
import os
import sys

import pytest

from reliability_support import REPO

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(os.name != "posix", reason="SIGKILL"),
]

KILLS = int(os.environ.get("TAWSIM_KILLS", "200"))


def load_kill_tool():
    spec = importlib.util.spec_from_file_location("tawsim_kill_tool", REPO / "tools" / "kill_test.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def campaign(tmp_path_factory):
    result = load_kill_tool().run_campaign(KILLS, tmp_path_factory.mktemp("kills"), seed=20241125)
    print("\n" + result.summary())
    return result


def test_after_every_kill_the_file_is_the_previous_or_the_new_version(campaign):
    assert campaign.failures == []
    assert campaign.rounds == KILLS
    assert campaign.saves_completed > 0, "the child never finished a save: the kills proved nothing"
    assert campaign.rounds_leaving_a_temporary > 0, "no kill landed inside a save: the kills proved nothing"


def test_after_every_kill_the_backup_holds_a_previous_version(campaign):
    assert campaign.backup_failures == [], (
        f"{len(campaign.backup_failures)} of {campaign.rounds} kills left a damaged backup, "
        f"e.g. {campaign.backup_failures[:2]}"
    )
