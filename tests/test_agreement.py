"""`tawsim agree`: hand-worked kappa, alpha and F1, cross-checked with nltk; versions and bad input."""

from __future__ import annotations

import csv
import io
import json
from itertools import combinations

import pytest
from nltk.metrics.agreement import AnnotationTask

from tawsim.agreement.measures import measure, token_labels
from tawsim.agreement.versions import collect, version_path
from tawsim.cli import main
from tawsim.core.errors import InputError

from agreement_cases import CASE_A, CASE_B, TEXT, version, write


def nltk_task(labels: dict[str, list[str | None]]) -> AnnotationTask:
    data = [(coder, str(item), value) for coder, values in labels.items()
            for item, value in enumerate(values) if value is not None]
    return AnnotationTask(data=data)


@pytest.fixture
def two(tmp_path):
    write(tmp_path, "amal", version(CASE_A))
    write(tmp_path, "badr", version(CASE_B))
    return tmp_path


def test_kappa_alpha_and_f1_worked_by_hand(two):
    result = measure(collect([two]))
    # Items: 10 tokens x 3 categories = 30; figure and claim streams are O for both (20 items).
    # entity stream  amal: PER PER O O LOC O O ORG O O
    #                badr: PER  O  O O LOC O O LOC O O
    # Agreement on 28 of 30 items: Po = 28/30.
    # amal: PER 2, LOC 1, ORG 1, O 26; badr: PER 1, LOC 2, O 27.
    # Pe = (2*1 + 1*2 + 1*0 + 26*27) / 30^2 = 706/900
    # kappa = (840/900 - 706/900) / (1 - 706/900) = 134/194
    (pair,) = result.pairs
    assert pair.kappa == pytest.approx(134 / 194)
    # Per label: PER or not, over the 10 entity tokens. amal: yes yes + 8 no; badr: yes + 9 no.
    # Po = 9/10; Pe = 0.2*0.1 + 0.8*0.9 = 0.74; kappa = (0.9 - 0.74) / 0.26 = 0.16/0.26
    assert pair.kappa_by_label["PER"] == pytest.approx(0.16 / 0.26)
    # ORG: only amal's t7. Po = 9/10; Pe = 0.1*0 + 0.9*1 = 0.9; kappa = 0 (no better than chance)
    assert pair.kappa_by_label["ORG"] == pytest.approx(0.0)
    # Alpha (nominal, 2 coders, nothing missing): n = 60 values; n_PER = 3, n_LOC = 3, n_ORG = 1,
    # n_O = 53. Off-diagonal coincidences: 2 disagreeing items x 2 orders = 4.
    # Expected pairs: n^2 - sum n_c^2 = 3600 - (9 + 9 + 1 + 2809) = 772.
    # alpha = 1 - (n - 1) * 4 / 772 = 1 - 236/772 = 536/772
    assert result.alpha == pytest.approx(536 / 772)
    # Spans: 3 each; exact matches: LOC ee only -> F1 = 2*1/6. Overlapping with the same label:
    # amal's PER and LOC, badr's PER and LOC (badr's LOC hh meets amal's ORG, not a LOC) -> 4/6.
    assert pair.spans.f1_exact == pytest.approx(1 / 3)
    assert pair.spans.f1_overlap == pytest.approx(4 / 6)
    assert pair.spans_by_label["PER"].f1_exact == 0
    assert pair.spans_by_label["PER"].f1_overlap == 1
    # Confusion (rows amal): the PER/O token and the ORG/LOC token.
    assert result.confusion[("PER", "O")] == 1
    assert result.confusion[("ORG", "LOC")] == 1
    assert result.confusion[("O", "O")] == 26 - 0 + 0  # amal's 26 O, all O for badr too


def test_same_token_labels_agree_with_nltk(two):
    corpus = collect([two])
    doc = corpus.documents[0]
    labels = token_labels(doc.text, {a: list(v.annotations) for a, v in doc.versions.items()})
    task = nltk_task(labels)
    result = measure(corpus)
    (pair,) = result.pairs
    assert pair.kappa == pytest.approx(task.kappa_pairwise("amal", "badr"))
    assert result.alpha == pytest.approx(task.alpha())
    # per label: the same yes/no streams over the entity tokens (the first 10 items)
    per = nltk_task({a: ["yes" if v == "PER" else "no" for v in values[:10]] for a, values in labels.items()})
    assert pair.kappa_by_label["PER"] == pytest.approx(per.kappa_pairwise("amal", "badr"))
    assert result.alpha_by_label["PER"] == pytest.approx(per.alpha())


def test_three_annotators_against_nltk(tmp_path):
    write(tmp_path, "amal", version(CASE_A))
    write(tmp_path, "badr", version(CASE_B))
    write(tmp_path, "chadi", version([(0, 1, "entity", "PER"), (7, 8, "entity", "ORG"),
                                      (2, 3, "figure", "CARDINAL")]))
    corpus = collect([tmp_path])
    result = measure(corpus)
    doc = corpus.documents[0]
    labels = token_labels(doc.text, {a: list(v.annotations) for a, v in doc.versions.items()})
    task = nltk_task(labels)
    assert result.alpha == pytest.approx(task.alpha())
    for pair in result.pairs:
        assert pair.kappa == pytest.approx(task.kappa_pairwise(pair.left, pair.right))
    assert [(p.left, p.right) for p in result.pairs] == list(combinations(["amal", "badr", "chadi"], 2))


def test_a_missing_version_is_not_annotated_not_disagreement(tmp_path):
    write(tmp_path, "amal", version(CASE_A))
    write(tmp_path, "badr", version(CASE_B))
    # a second article that only amal annotated: badr's missing version must not count as all O
    write(tmp_path, "amal", version([(0, 9, "claim", "CLAIM")], name="other.txt"), stem="other")
    result = measure(collect([tmp_path]))
    (pair,) = result.pairs
    assert pair.documents == 1
    assert pair.kappa == pytest.approx(134 / 194)  # as on the shared article alone
    # alpha: the lone article's values have no second coder, so they are not pairable: unchanged
    assert result.alpha == pytest.approx(536 / 772)
    other = next(d for d in result.documents if d.name == "other")
    assert other.annotators == ["amal"] and other.alpha is None


def test_rejected_never_count_pending_only_when_asked(tmp_path):
    a = version(CASE_A)
    b = version(CASE_A)
    b.update(b[2].id, status="rejected")
    extra = b.make_span(27, 29, "entity", "LOC", status="suggested", source="rule:test")
    b.add(extra)
    write(tmp_path, "amal", a)
    write(tmp_path, "badr", b)
    counted = measure(collect([tmp_path])).pairs[0].spans
    assert (counted.left, counted.right, counted.exact) == (3, 2, 2)
    with_pending = measure(collect([tmp_path]), include_suggested=True).pairs[0].spans
    assert (with_pending.left, with_pending.right) == (3, 3)


def test_versions_of_different_texts_are_refused_by_name(tmp_path):
    write(tmp_path, "amal", version(CASE_A))
    changed = "zz " + TEXT
    write(tmp_path, "badr", version([(1, 1, "entity", "PER")], text=changed))
    with pytest.raises(InputError, match=r"doc\.badr\.json and .*doc\.amal\.json are versions of different texts"):
        collect([tmp_path])
    corpus = collect([tmp_path], reanchor=True)
    badr = corpus.documents[0].versions["badr"].annotations
    assert badr.document.text == TEXT and [s.text for s in badr] == ["aa"]


def test_files_and_folders_per_annotator(tmp_path):
    (tmp_path / "amal").mkdir()
    (tmp_path / "badr").mkdir()
    from tawsim.core import annotation_file

    annotation_file.save(tmp_path / "amal" / "doc.json", version(CASE_A))
    annotation_file.save(tmp_path / "badr" / "doc.json", version(CASE_B))
    by_folder = measure(collect([tmp_path / "amal", tmp_path / "badr"]))
    assert by_folder.annotators == ["amal", "badr"]
    assert by_folder.pairs[0].kappa == pytest.approx(134 / 194)
    files = collect([tmp_path / "amal" / "doc.json", tmp_path / "badr" / "doc.json"])
    assert len(files.documents) == 1 and len(files.documents[0].versions) == 2


def test_version_path_layout(tmp_path):
    assert version_path(tmp_path / "a.txt", "amal") == tmp_path / "a.amal.json"
    with pytest.raises(InputError, match="annotator name"):
        version_path(tmp_path / "a.txt", "a b")


def test_the_file_names_its_annotator_and_who_decided(two):
    data = json.loads((two / "doc.amal.json").read_text(encoding="utf-8"))
    assert data["annotator"] == "amal"
    assert {item["attrs"]["annotator"] for item in data["annotations"]} == {"amal"}


def test_cli_table_json_and_csv(two, capsys):
    assert main(["agree", str(two)]) == 0
    table = capsys.readouterr().out
    assert "unit: tokens" in table and "overall" in table and "0.691" in table
    assert main(["agree", str(two / "doc.amal.json"), str(two / "doc.badr.json"), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["pairs"][0]["kappa"]["overall"] == pytest.approx(134 / 194, abs=1e-4)
    assert data["documents"][0]["name"] == "doc"
    assert main(["agree", str(two), "--csv"]) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert any(r["measure"] == "alpha" and r["label"] == "" and r["document"] == "" and r["value"] == "0.694"
               for r in rows)


def test_cli_bad_input_is_one_line(tmp_path, capsys):
    write(tmp_path, "amal", version(CASE_A))
    assert main(["agree", str(tmp_path)]) == 1
    assert "at least two annotators" in capsys.readouterr().err
    (tmp_path / "doc.badr.json").write_text("{not json", encoding="utf-8")
    assert main(["agree", str(tmp_path)]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "doc.badr.json" in err
