"""Pausing Python's cycle collector around bulk work that makes many objects and no cycles."""

from __future__ import annotations

import gc
from contextlib import contextmanager
from typing import Iterator


@contextmanager
def cycle_collector_paused() -> Iterator[None]:
    """Python's cycle collector off for one bulk run (the engine on an article, painting every
    highlight). Such a run makes hundreds of thousands of small objects and keeps most alive to its
    end, so the collector's full passes walk them, and all the rule data, again and again: 15-20% of
    the engine's time on a 2 MB text. Reference counting still frees them; a cycle made meanwhile
    waits for the next collection. The collector is left as found, also after an error."""
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()
