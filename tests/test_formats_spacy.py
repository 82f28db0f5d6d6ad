from __future__ import annotations

import sys

import pytest
from test_formats_common import relation_tuples, sample_annotations, span_tuples

from tawsim.core.errors import InputError, TawsimError
from tawsim.core.model import AnnotationSet, Document
from tawsim.core.schema import load_schema
from tawsim.formats import ExportOptions, get_format

SPACY = get_format("spacy")


def write(tmp_path, annotations, include_suggested=True):
    path = tmp_path / "train.spacy"
    path.write_bytes(SPACY.export(annotations, ExportOptions(include_suggested))[".spacy"])
    return path


def test_spacy_reads_the_docbin_and_every_entity_has_its_text(tmp_path):
    spacy = pytest.importorskip("spacy")
    from spacy.tokens import DocBin

    annotations = sample_annotations()
    path = write(tmp_path, annotations)
    [doc] = DocBin().from_disk(path).get_docs(spacy.blank("ar").vocab)
    text = annotations.document.text
    assert doc.text == text
    exported = [s for s in annotations if s.status != "rejected"]
    wanted_entities = {(s.start, s.end, s.label, s.text) for s in exported if s.category == "entity"}
    got_entities = {(e.start_char, e.end_char, e.label_, e.text) for e in doc.ents}
    assert got_entities == wanted_entities  # the sample's entities do not overlap
    for ent in doc.ents:
        assert ent.text == text[ent.start_char : ent.end_char]
    for category in ("entity", "figure", "claim"):
        wanted = {(s.start, s.end, s.label) for s in exported if s.category == category}
        assert {(p.start_char, p.end_char, p.label_) for p in doc.spans[category]} == wanted
    proclitic = [t.text for t in doc if t.idx == text.index("والعراق")]
    assert proclitic == ["و"]  # the span العراق leaves its proclitic as a token of its own


def test_round_trip(tmp_path):
    pytest.importorskip("spacy")
    annotations = sample_annotations()
    [back] = SPACY.import_file(write(tmp_path, annotations), load_schema())
    assert span_tuples(back, ("accepted",)) == span_tuples(annotations, ("accepted",))
    assert span_tuples(back, ("suggested",)) == span_tuples(annotations, ("suggested",))
    assert relation_tuples(back) == relation_tuples(annotations)
    assert back.document.name == "seed.txt"
    figure = next(s for s in back if s.text == "أكثر من 37 ألف شخص")
    assert figure.attrs == {"value": 37000, "unit": "people", "qualifier": "more_than"}


def test_odd_whitespace_survives_and_overlapping_entities_keep_the_longer(tmp_path):
    spacy = pytest.importorskip("spacy")
    from spacy.tokens import DocBin

    text = "  قال\n\n  كيكا   في  \tواشنطن العاصمة "
    annotations = AnnotationSet(Document("ws.txt", text))
    for needle, label in (("واشنطن العاصمة", "LOC"), ("واشنطن", "LOC"), ("كيكا", "PER")):
        start = text.index(needle)
        annotations.add(annotations.make_span(start, start + len(needle), "entity", label, status="accepted"))
    path = write(tmp_path, annotations)
    [doc] = DocBin().from_disk(path).get_docs(spacy.blank("ar").vocab)
    assert doc.text == text
    assert [e.text for e in doc.ents] == ["كيكا", "واشنطن العاصمة"]
    assert len(doc.spans["entity"]) == 3


def test_joined_docbins_hold_every_document(tmp_path):
    pytest.importorskip("spacy")
    part = SPACY.export(sample_annotations(), ExportOptions())[".spacy"]
    path = tmp_path / "all.spacy"
    path.write_bytes(SPACY.join([part, part, part]))
    documents = SPACY.import_file(path, load_schema())
    assert len(documents) == 3
    assert [d.document.name for d in documents] == ["seed.txt", "seed.txt-2", "seed.txt-3"]


def test_without_spacy_the_message_says_what_to_install(monkeypatch):
    monkeypatch.setitem(sys.modules, "spacy", None)  # makes `import spacy` fail
    monkeypatch.setitem(sys.modules, "spacy.tokens", None)
    with pytest.raises(TawsimError, match=r"install it with: pip install 'tawsim\[spacy\]'"):
        SPACY.export(sample_annotations(), ExportOptions())


def test_foreign_bytes_are_refused(tmp_path):
    pytest.importorskip("spacy")
    path = tmp_path / "junk.spacy"
    path.write_bytes(b"not a docbin at all")
    with pytest.raises(InputError, match=r"junk\.spacy: not a spaCy DocBin file"):
        SPACY.import_file(path, load_schema())


def spancat_docbin(tmp_path):
    """A DocBin as a spaCy user makes one for spancat: spans in the `sc` group (spancat's default
    key), entities in doc.ents, spaCy's own label names, text with emoji, tashkeel, CRLF and Latin."""
    spacy = pytest.importorskip("spacy")
    from spacy.tokens import DocBin, Span

    nlp = spacy.blank("ar")
    text = "😀 عاجلٌ: قال Christopher Kika إن أكثر من 37 ألف شخص\r\nفروا من الباغوز."
    doc = nlp(text)

    def span(needle, label):
        start = text.index(needle)
        piece = doc.char_span(start, start + len(needle), label=label)
        assert piece is not None, needle
        return piece

    doc.spans["sc"] = [span("Christopher Kika", "PERSON"), span("37 ألف شخص", "CARDINAL"),
                       span("الباغوز", "GPE"), span("عاجلٌ", "MISC")]
    doc.ents = [span("Christopher Kika", "PERSON"), span("الباغوز", "GPE")]
    path = tmp_path / "spancat.spacy"
    DocBin(docs=[doc]).to_disk(path)
    return path, text


def test_spancat_sc_group_and_ents_are_read_and_unknown_labels_skipped_with_counts(tmp_path):
    from tawsim.formats.common import ImportOptions

    path, text = spancat_docbin(tmp_path)
    imported = SPACY.import_file(path, load_schema(), ImportOptions(label_map={"PERSON": "PER", "GPE": "LOC"}))
    [back] = imported
    assert back.document.text == text.replace("\r\n", "\n")  # as Tawsim loads the article
    assert all(back.document.text[s.start : s.end] == s.text for s in back)
    assert sorted((s.label, s.text, s.status) for s in back) == [
        ("CARDINAL", "37 ألف شخص", "accepted"), ("LOC", "الباغوز", "accepted"),
        ("PER", "Christopher Kika", "accepted")]
    assert imported.warnings == [
        "skipped 1 spans whose label the schema lacks: MISC ×1 (--map THEIRS=OURS reads one as a label of ours)"]


def test_rule_source_and_explanation_come_back(tmp_path):
    pytest.importorskip("spacy")
    annotations = sample_annotations()
    figure = next(s for s in annotations if s.text == "أكثر من 37 ألف شخص")
    figure.source = "rule:figures.count"
    figure.attrs["explanation"] = "عدد × ألف"
    [back] = SPACY.import_file(write(tmp_path, annotations), load_schema())
    again = next(s for s in back if s.text == "أكثر من 37 ألف شخص")
    assert again.source == "rule:figures.count"
    assert again.attrs["explanation"] == "عدد × ألف"
    assert {s.source for s in back if s is not again} == {"import:spacy"}


def test_a_small_file_that_inflates_to_gigabytes_is_refused_before_spacy_reads_it(tmp_path):
    pytest.importorskip("spacy")
    import zlib

    squeezer = zlib.compressobj(9)
    zeros = bytes(2**20)
    bomb = b"".join(squeezer.compress(zeros) for _ in range(128)) + squeezer.flush()  # 128 MB inflated
    assert len(bomb) < 2**18
    path = tmp_path / "bomb.spacy"
    path.write_bytes(bomb)
    with pytest.raises(InputError, match=r"bomb\.spacy: inflates to more than 64 MB \(from \d+ KB\); refusing it"):
        SPACY.import_file(path, load_schema())


def test_spacy_reads_our_export_of_an_article_with_crlf_latin_emoji_and_tashkeel(tmp_path):
    spacy = pytest.importorskip("spacy")
    from spacy.tokens import DocBin
    from test_formats_brat import crlf_annotations

    annotations = crlf_annotations()
    [doc] = DocBin().from_disk(write(tmp_path, annotations)).get_docs(spacy.blank("ar").vocab)
    assert doc.text == annotations.document.text
    for category in ("entity", "figure", "claim"):
        wanted = {(s.start, s.end, s.label, s.text) for s in annotations.with_category(category)}
        assert {(p.start_char, p.end_char, p.label_, p.text) for p in doc.spans[category]} == wanted
    [back] = SPACY.import_file(tmp_path / "train.spacy", load_schema())
    for status in ("accepted", "suggested"):
        assert span_tuples(back, (status,)) == span_tuples(annotations, (status,))
    assert relation_tuples(back) == relation_tuples(annotations)
