import gc

import pytest

from tawsim.core.model import Document
from tawsim.core.gc_pause import cycle_collector_paused
from tawsim.rules.engine import Engine


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine.load()


def test_suggestions_have_fresh_ids_text_and_speakers(engine, seed_text):
    annotations = engine.suggest(Document("seed.txt", seed_text))
    ids = [span.id for span in annotations]
    assert len(ids) == len(set(ids)) > 30
    for span in annotations:
        assert seed_text[span.start : span.end] == span.text
        assert span.status == "suggested" and span.source.startswith("rule:")
        assert span.attrs["explanation"]
    claims = annotations.with_category("claim")
    assert claims and all(annotations.speaker_of(c.id) is not None for c in claims)


@pytest.mark.parametrize("enabled", [True, False])
def test_the_cycle_collector_is_left_as_it_was_found(engine, enabled):
    was = gc.isenabled()
    (gc.enable if enabled else gc.disable)()
    try:
        engine.find("قال الرئيس محمد علي إن 40 في المئة غادروا.")
        assert gc.isenabled() is enabled
        with pytest.raises(ZeroDivisionError):
            with cycle_collector_paused():
                assert not gc.isenabled()
                1 / 0
        assert gc.isenabled() is enabled
    finally:
        (gc.enable if was else gc.disable)()
