"""A watchdog for the reliability tests: a hang must fail the run, never stall CI."""

from __future__ import annotations

import faulthandler

import pytest

HANG_LIMIT_SECONDS = 120


@pytest.fixture(autouse=True)
def fail_instead_of_hanging():
    # faulthandler's timer runs in its own thread, so it fires even inside a C loop (regex, json).
    faulthandler.dump_traceback_later(HANG_LIMIT_SECONDS, exit=True)
    yield
    faulthandler.cancel_dump_traceback_later()
