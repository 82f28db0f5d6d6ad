"""`tawsim merge`: agreements accepted, each difference a set of suggestions naming who had it."""

from __future__ import annotations

from agreement_cases import CASE_A, CASE_B, version, write

from tawsim.agreement.merge import ANOTHER_LABEL, ANOTHER_SPEAKER, ONLY_IN, OTHER_BOUNDARIES, merge
from tawsim.agreement.versions import collect
from tawsim.cli import main
from tawsim.core import annotation_file


def by_text(annotations):
    return {(s.text, s.label): s for s in annotations}


def test_agreements_taken_differences_left_as_suggestions(tmp_path):
    write(tmp_path, "amal", version(CASE_A + [(9, 9, "entity", "DATE")]))
    write(tmp_path, "badr", version(CASE_B))
    merged = merge(collect([tmp_path]).documents[0])
    spans = by_text(merged)
    assert spans[("ee", "LOC")].status == "accepted"
    assert spans[("ee", "LOC")].attrs["annotators"] == ["amal", "badr"]
    # other boundaries: PER "aa bb" (amal) against PER "aa" (badr)
    assert spans[("aa bb", "PER")].attrs["difference"] == OTHER_BOUNDARIES
    assert spans[("aa", "PER")].attrs["annotators"] == ["badr"]
    assert spans[("aa bb", "PER")].attrs["difference_id"] == spans[("aa", "PER")].attrs["difference_id"]
    # another label: ORG hh (amal) against LOC hh (badr)
    assert spans[("hh", "ORG")].attrs["difference"] == ANOTHER_LABEL
    assert spans[("hh", "LOC")].attrs["difference"] == ANOTHER_LABEL
    # only in one
    assert spans[("jj", "DATE")].attrs == {"annotators": ["amal"], "difference": ONLY_IN, "difference_id": "D3"}
    assert {s.status for s in merged if "difference" in s.attrs} == {"suggested"}


def test_speakers_merged_and_a_different_speaker_is_a_difference(tmp_path):
    claim_and_people = [(0, 5, "claim", "CLAIM"), (0, 0, "entity", "PER"), (3, 3, "entity", "PER")]
    write(tmp_path, "amal", version(claim_and_people, speakers=[(0, 1)]))
    write(tmp_path, "badr", version(claim_and_people, speakers=[(0, 2)]))
    write(tmp_path, "chadi", version(claim_and_people, speakers=[(0, 1)]))
    merged = merge(collect([tmp_path]).documents[0])
    claims = [s for s in merged if s.category == "claim"]
    assert len(claims) == 2 and {c.attrs["difference"] for c in claims} == {ANOTHER_SPEAKER}
    speakers = {tuple(c.attrs["annotators"]): merged.speaker_of(c.id).text for c in claims}
    assert speakers == {("amal", "chadi"): "aa", ("badr",): "dd"}
    assert all(s.status == "accepted" for s in merged if s.category == "entity")


def test_cli_writes_the_merged_file(tmp_path, capsys):
    write(tmp_path, "amal", version(CASE_A))
    write(tmp_path, "badr", version(CASE_B))
    out = tmp_path / "out" / "doc.json"
    out.parent.mkdir()
    assert main(["merge", str(tmp_path / "doc.amal.json"), str(tmp_path / "doc.badr.json"), "-o", str(out)]) == 0
    assert "1 agreed, 4 to review (2 differences)" in capsys.readouterr().err
    loaded = annotation_file.load(out)
    assert loaded.annotator is None  # the merged version is nobody's own
    assert sorted(s.status for s in loaded.annotations) == ["accepted"] + ["suggested"] * 4


def test_cli_merges_a_project_folder_into_a_folder(tmp_path, capsys):
    project = tmp_path / "project"
    project.mkdir()
    for stem in ("one", "two"):
        write(project, "amal", version(CASE_A, name=f"{stem}.txt"), stem=stem)
        write(project, "badr", version(CASE_B, name=f"{stem}.txt"), stem=stem)
    write(project, "amal", version(CASE_A, name="three.txt"), stem="three")  # only one version
    out = tmp_path / "curated"
    assert main(["merge", str(project), "-o", str(out)]) == 0
    assert sorted(p.name for p in out.iterdir()) == ["one.json", "two.json"]
    assert annotation_file.load(out / "one.json").document.name == "one.txt"
    (tmp_path / "file").write_text("x", encoding="utf-8")
    assert main(["merge", str(project), "-o", str(tmp_path / "file")]) == 1
    assert "this is a file" in capsys.readouterr().err


def test_taking_an_annotator_who_had_nothing_there_rejects_every_variant(tmp_path):
    from tawsim.agreement.curation import TAKE_ONE, decision, differences

    write(tmp_path, "amal", version(CASE_A))
    write(tmp_path, "badr", version(CASE_A + [(9, 9, "entity", "DATE")]))
    write(tmp_path, "chadi", version(CASE_A))
    merged = merge(collect([tmp_path]).documents[0])
    (only,) = differences(merged)
    assert only.kind == ONLY_IN and [s.text for s in only.spans] == ["jj"]
    changes = decision(only, TAKE_ONE, "nour", "chadi")
    assert changes == {only.spans[0].id: {"status": "rejected", "attrs": {
        "annotators": ["badr"], "difference": ONLY_IN, "difference_id": "D1", "curator": "nour", "taken": "chadi"}}}
    old = merged.update_many(changes)
    assert only.decided
    merged.update_many(old)  # the inverse the undo command calls
    assert not only.decided and "curator" not in only.spans[0].attrs
