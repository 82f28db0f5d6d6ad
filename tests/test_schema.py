import json

import pytest

from tawsim.core.errors import InputError
from tawsim.core.schema import load_schema


def test_default_schema_has_the_required_labels_and_speaker_relation():
    schema = load_schema()
    names = {label.name for label in schema.labels}
    assert {"PER", "ORG", "LOC", "DATE"} <= {l.name for l in schema.labels_of("entity")}
    assert {"CARDINAL", "PERCENT", "MONEY", "QUANTITY"} <= {l.name for l in schema.labels_of("figure")}
    assert "CLAIM" in names
    assert schema.category_of("PERCENT") == "figure"
    assert [r.name for r in schema.relation_types] == ["speaker"]
    shortcuts = [l.shortcut for l in schema.labels if l.shortcut]
    assert len(shortcuts) == len(set(shortcuts))


def test_a_user_schema_is_loaded_and_bad_ones_named(tmp_path):
    own = {
        "name": "mine",
        "categories": [{"name": "entity", "labels": [{"name": "WEAPON", "color": "#112233"}]}],
        "relations": [],
    }
    path = tmp_path / "mine.json"
    path.write_text(json.dumps(own), encoding="utf-8")
    assert [l.name for l in load_schema(path).labels] == ["WEAPON"]

    own["categories"][0]["labels"][0]["color"] = "red"
    path.write_text(json.dumps(own), encoding="utf-8")
    with pytest.raises(InputError, match=r"mine.json: at categories/0/labels/0/color"):
        load_schema(path)
    path.write_text("{", encoding="utf-8")
    with pytest.raises(InputError, match="not valid JSON"):
        load_schema(path)
