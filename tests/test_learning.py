"""Suggestions that learn: the project's memory, the CRF over the rules, and their settling."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tawsim.cli import main
from tawsim.core import annotation_file
from tawsim.core.model import AnnotationSet, Document
from tawsim.learning.examples import project_examples
from tawsim.learning.learner import Learner, learning_folder
from tawsim.rules.engine import Engine

NAME = "ندوغو بامبا"  # a name no rule or list knows


@pytest.fixture(scope="module")
def engine():
    return Engine.load()


def write_document(folder: Path, stem: str, text: str, spans=(), done=True) -> Path:
    """An article and its annotations: the rules' suggestions decided as listed, plus `spans`
    ((text, label, status) added by hand or decided)."""
    (folder / f"{stem}.txt").write_text(text, encoding="utf-8")
    annotations = AnnotationSet(Document(f"{stem}.txt", text))
    for words, label, status in spans:
        start = text.index(words)
        existing = [s for s in annotations if s.start == start and s.end == start + len(words)]
        if not existing:
            annotations.add(annotations.make_span(start, start + len(words), "entity", label,
                                                  status=status, source="manual"))
    annotations.done = done
    annotation_file.save(folder / f"{stem}.json", annotations, schema_name="news-with-events")
    return folder / f"{stem}.json"


def suggested(annotations, source_prefix=""):
    return {(s.text, s.label, s.source) for s in annotations
            if s.status == "suggested" and s.source.startswith(source_prefix)}


def test_a_name_tagged_in_three_documents_is_suggested_in_a_fourth(tmp_path, engine):
    sentences = [f"وصل {NAME} إلى الملعب صباح اليوم.", f"وقال {NAME} إن الفريق مستعد.",
                 f"وغاب {NAME} عن التدريب بسبب الإصابة."]
    for number, sentence in enumerate(sentences):
        write_document(tmp_path, f"d{number}", sentence, [(NAME, "PER", "accepted")])
    fourth = Document("d3.txt", f"وأكد المدرب أن لاعبه {NAME} سيعود قريبا، وسأل الصحفيون {NAME}.")
    assert NAME not in {s.text for s in engine.suggest(fourth)}, "the rules must not know the name"
    learner = Learner.for_project(tmp_path, engine)
    found = [s for s in learner.suggest(engine, fourth) if s.text == NAME]
    assert len(found) == 2 and {s.label for s in found} == {"PER"}
    assert any(s.source == "memory:accepted" for s in found)
    memory = json.loads((learning_folder(tmp_path) / "memory.json").read_text(encoding="utf-8"))
    assert [(e["text"], e["label"], e["documents"]) for e in memory["accepted"]] == [(NAME, "PER", 3)]


def test_a_rejected_suggestion_stays_away_and_a_forgotten_one_comes_back(tmp_path, engine):
    text = "وأعلنت الحكومة السورية في دمشق خطة جديدة."
    rules = engine.suggest(Document("a.txt", text))
    target = next(s for s in rules if s.category == "entity")
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    rules.update(target.id, status="rejected")
    annotation_file.save(tmp_path / "a.json", rules)
    later = Document("b.txt", f"وفي {target.text} قالت المصادر إن الخطة تأخرت.")
    assert target.text in {s.text for s in engine.suggest(later) if s.label == target.label}
    learner = Learner.for_project(tmp_path, engine)
    assert (target.text, target.label) not in {(s.text, s.label) for s in learner.suggest(engine, later)}
    assert learner.memory.forget("rejected", target.text, target.label)
    learner.memory.save(learning_folder(tmp_path) / "memory.json")
    again = Learner.for_project(tmp_path, engine)
    assert (target.text, target.label) in {(s.text, s.label) for s in again.suggest(engine, later)}


def test_the_preposition_spelled_like_a_name_is_not_the_name(tmp_path, engine):
    write_document(tmp_path, "a", "وقال علي إن الاجتماع انتهى.", [("علي", "PER", "accepted")])
    learner = Learner.for_project(tmp_path, engine)
    text = "وحصل على الموافقة، ثم تحدث علي عن الخطة."
    found = [(s.start, s.text) for s in learner.suggest(engine, Document("b.txt", text))
             if s.source == "memory:accepted"]
    assert found == [(text.index("علي"), "علي")]


FESTIVALS = ["قرطاج", "جرش", "بعلبك", "الجنادرية", "أصيلة", "موازين", "تيمقاد", "الحمامات"]


def event_project(folder: Path) -> None:
    for number, city in enumerate(FESTIVALS):
        event = f"مهرجان {city}"
        text = f"افتتح مساء أمس {event} بمشاركة فنانين من عدة دول. وقال المنظمون إن {event} يستمر أسبوعا."
        spans = [(event, "EVENT", "accepted")]
        write_document(folder, f"e{number}", text, spans)


def test_a_label_no_rule_knows_is_learned_from_examples(tmp_path, engine):
    event_project(tmp_path)
    learner = Learner.for_project(tmp_path, engine)
    assert "EVENT" in learner.model.labels
    text = "افتتح مساء أمس مهرجان الزيتون بمشاركة فنانين من عدة دول."
    found = [s for s in learner.suggest(engine, Document("new.txt", text)) if s.label == "EVENT"]
    assert [(s.text, s.source) for s in found] == [("مهرجان الزيتون", "model:crf")]
    assert 0.6 <= found[0].attrs["confidence"] <= 1.0
    assert "learned from 8" in found[0].attrs["explanation"]


def test_training_is_deterministic_for_a_seed(tmp_path, engine):
    event_project(tmp_path)
    examples, _ = project_examples(tmp_path)
    first = Learner.train(examples, engine, tmp_path / "one", seed=3)
    second = Learner.train(list(reversed(examples)), engine, tmp_path / "two", seed=3)
    assert (tmp_path / "one" / "model.crfsuite").read_bytes() == (tmp_path / "two" / "model.crfsuite").read_bytes()
    document = Document("x.txt", "وانطلق مهرجان الربيع في المدينة.")
    keys = lambda learner: [(s.start, s.end, s.label, s.source) for s in learner.suggest(engine, document)]
    assert keys(first) == keys(second)


@pytest.mark.parametrize("damage", ["garbage", "version", "missing"])
def test_a_corrupt_stale_or_missing_model_is_rebuilt(tmp_path, engine, damage):
    event_project(tmp_path)
    Learner.for_project(tmp_path, engine)
    folder = learning_folder(tmp_path)
    if damage == "garbage":
        (folder / "model.crfsuite").write_bytes(b"\x00not a model")
    elif damage == "version":
        meta = json.loads((folder / "model.json").read_text())
        (folder / "model.json").write_text(json.dumps({**meta, "version": 999}))
    else:
        (folder / "model.json").unlink()
    learner = Learner.for_project(tmp_path, engine)
    assert any(note.startswith("learned again") for note in learner.notes)
    assert learner.model is not None and "EVENT" in learner.model.labels
    assert Learner.for_project(tmp_path, engine).notes == []  # stored again: no second rebuild


def test_a_new_decision_makes_the_model_stale(tmp_path, engine):
    event_project(tmp_path)
    Learner.for_project(tmp_path, engine)
    write_document(tmp_path, "late", f"وقال {NAME} إن مهرجان الشعر انطلق.", [(NAME, "PER", "accepted")])
    learner = Learner.for_project(tmp_path, engine)
    assert any("changed" in note for note in learner.notes)
    assert (NAME, "PER") in {(e["text"], e["label"]) for e in learner.memory.to_dict()["accepted"]}


def test_learn_and_suggest_with_a_project_on_the_command_line(tmp_path, capsys):
    event_project(tmp_path)
    assert main(["learn", str(tmp_path)]) == 0
    assert "learned from 8 annotated document(s)" in capsys.readouterr().err
    article = tmp_path.parent / "new-article.txt"
    article.write_text("افتتح مساء أمس مهرجان الزيتون بمشاركة فنانين من عدة دول.", encoding="utf-8")
    out = tmp_path.parent / "new-article.json"
    assert main(["suggest", str(article), "--project", str(tmp_path), "-o", str(out)]) == 0
    saved = annotation_file.load(out).annotations
    assert ("مهرجان الزيتون", "EVENT", "model:crf") in suggested(saved)
    assert main(["learn", str(tmp_path / "missing")]) == 1
    assert "not a project folder" in capsys.readouterr().err


def test_a_gold_set_folder_gives_its_documents_not_its_set_file():
    from pathlib import Path

    from tawsim.learning.examples import folder_examples

    folder = Path(__file__).parent / "heldout7_egyptian"
    examples = folder_examples(folder)
    assert [e.name for e in examples] == sorted(p.name for p in folder.glob("0*.json"))
    assert all(e.accepted_entities() for e in examples)


def test_a_short_remembered_word_is_not_found_inside_a_longer_one_behind_a_proclitic(tmp_path, engine):
    write_document(tmp_path, "a", "وقال الوزير إن كسا انتهى، ووصل إلى زنغارو أمس.",
                   [("كسا", "ORG", "accepted"), ("زنغارو", "LOC", "accepted")])
    learner = Learner.for_project(tmp_path, engine)
    text = "ولكسا السعر أعلى مستوى، ثم عاد كسا إلى الانخفاض، وسافر الوفد لزنغارو."
    assert not [s for s in engine.suggest(Document("b.txt", text)) if s.text in ("كسا", "زنغارو")]
    found = sorted((s.start, s.text, s.label) for s in learner.suggest(engine, Document("b.txt", text))
                   if s.source == "memory:accepted")
    assert found == [(text.index(" كسا") + 1, "كسا", "ORG"), (text.index("زنغارو"), "زنغارو", "LOC")]


def test_an_ordinary_word_accepted_as_a_name_once_is_not_spread(tmp_path, engine):
    write_document(tmp_path, "a", "وصل الحجاج إلى المدينة صباح اليوم.", [("المدينة", "LOC", "accepted")])
    later = Document("b.txt", "وأقيم في المدينة مهرجان شعري حضره الآلاف.")
    learner = Learner.for_project(tmp_path, engine)
    assert not [s for s in learner.suggest(engine, later) if s.source == "memory:accepted"]
    memory = json.loads((learning_folder(tmp_path) / "memory.json").read_text(encoding="utf-8"))
    assert memory["accepted"][0]["common_word"] is True  # readable in the project's memory
    write_document(tmp_path, "c", "وزار الوفد المدينة المنورة ثم عاد إلى المدينة.", [("المدينة", "LOC", "accepted")])
    learner = Learner.for_project(tmp_path, engine)  # accepted in two documents: now it is this corpus's name
    assert [s.text for s in learner.suggest(engine, later) if s.source == "memory:accepted"] == ["المدينة"]
