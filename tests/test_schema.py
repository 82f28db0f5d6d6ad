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


def test_every_default_label_category_and_relation_has_an_arabic_title():
    schema = load_schema()
    arabic = [label.title_in("ar") for label in schema.labels]
    assert arabic[:3] == ["شخص", "منظمة", "مكان"] and all(any("\u0600" <= c <= "\u06ff" for c in t) for t in arabic)
    assert [schema.category_title(c, "ar") for c in schema.categories] == ["الكيانات", "الأرقام", "الادعاءات"]
    assert schema.relation_types[0].title_in("ar") == "المتحدث"
    assert schema.label("PER").title_in("en") == "Person" and schema.category_title("entity") == "Entities"


def test_titles_in_other_languages_are_optional_and_checked(tmp_path):
    own = {
        "name": "mine",
        "categories": [{"name": "entity", "titles": {"ar": "كيانات"},
                        "labels": [{"name": "WEAPON", "title": "Weapon", "titles": {"ar": "سلاح", "fr": "Arme"},
                                    "color": "#112233"},
                                   {"name": "VEHICLE", "title": "Vehicle", "color": "#223344"}]}],
        "relations": [],
    }
    path = tmp_path / "mine.json"
    path.write_text(json.dumps(own), encoding="utf-8")
    schema = load_schema(path)
    assert [label.title_in("ar") for label in schema.labels] == ["سلاح", "Vehicle"]  # none: the English title
    assert schema.label("WEAPON").title_in("fr") == "Arme" and schema.category_title("entity", "ar") == "كيانات"

    own["categories"][0]["labels"][0]["titles"] = {"Arabic": "سلاح"}
    path.write_text(json.dumps(own), encoding="utf-8")
    with pytest.raises(InputError, match=r"mine.json: at categories/0/labels/0/titles"):
        load_schema(path)
    own["categories"][0]["labels"][0]["titles"] = {"ar": ""}
    path.write_text(json.dumps(own), encoding="utf-8")
    with pytest.raises(InputError, match=r"mine.json: at categories/0/labels/0/titles"):
        load_schema(path)
