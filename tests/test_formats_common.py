"""The sample document the format tests share, and tests of what every format relies on."""

from __future__ import annotations

from pathlib import Path

import pytest

from tawsim.core.errors import InputError
from tawsim.core.model import AnnotationSet, Document
from tawsim.formats import ExportOptions, get_format, names
from tawsim.formats.common import Utf16Offsets, export_view, figure_note, parse_figure_note
from tawsim.formats.tokens import tokenize

SEED = Path(__file__).resolve().parents[1] / "seeds" / "000_e93ad64ae9bca60f.txt"
# An emoji (two UTF-16 units) and tashkeel (one unit each) before the spans.
PREFIX = "😀 عاجلٌ: "


def find(text: str, needle: str, after: str = "") -> int:
    base = text.index(after) if after else 0
    return text.index(needle, base)


def sample_annotations() -> AnnotationSet:
    """The seed article behind an emoji and tashkeel, with accepted, pending and rejected spans."""
    text = PREFIX + SEED.read_text(encoding="utf-8")
    annotations = AnnotationSet(Document("seed.txt", text))

    def add(needle, category, label, status="accepted", after="", **attrs):
        start = find(text, needle, after)
        span = annotations.make_span(start, start + len(needle), category, label, status=status, attrs=attrs)
        annotations.add(span)
        return span

    coalition = add("التحالف الدولي", "entity", "ORG")
    add("الخميس", "entity", "DATE")
    add("أقل من واحد في المئة", "figure", "PERCENT", value=1, unit="percent", qualifier="less_than")
    add("العام 2014", "entity", "DATE")
    claim = add(
        "تنظيم #داعش بات محاصراً في مساحة تعادل أقل من واحد في المئة من مساحة “خلافته المزعومة” "
        "التي أعلنها في العام 2014، في ضوء خسائره الميدانية المتلاحقة",
        "claim",
        "CLAIM",
    )
    annotations.link("speaker", claim.id, coalition.id)
    add("العراق", "entity", "LOC", after="سوريا والعراق")  # after the proclitic و
    add("سوريا", "entity", "LOC", status="suggested", after="في سوريا والعراق")
    kika = add("كریستوفر كیكا", "entity", "PER")
    quote = add(
        "نستمر في الضغط على المتبقین من إرھابيي داعش لحصرھم في رقعة صغیرة، تعادل حالیاً أقل من "
        "واحد في المئة من مساحة الخلافة الأصلیة",
        "claim",
        "CLAIM",
        status="suggested",
    )
    annotations.link("speaker", quote.id, kika.id)
    add("99,5 في المئة", "figure", "PERCENT", status="suggested", value=99.5, unit="percent", qualifier=None)
    add("أكثر من 37 ألف شخص", "figure", "CARDINAL", value=37000, unit="people", qualifier="more_than")
    add("داعش", "entity", "ORG", status="rejected", after="إرھابيي")
    add("وكالة فرانس برس", "entity", "ORG")
    return annotations


def span_tuples(annotations, statuses=("accepted",)):
    return sorted(
        (s.start, s.end, s.label, s.category, s.text) for s in annotations if s.status in statuses
    )


def relation_tuples(annotations):
    result = []
    for relation in annotations.relations:
        source, target = annotations.get(relation.source), annotations.get(relation.target)
        result.append((relation.type, source.start, source.end, target.start, target.end))
    return sorted(result)


def test_export_view_drops_rejected_and_keeps_pending_only_on_request():
    annotations = sample_annotations()
    accepted = export_view(annotations, ExportOptions())
    everything = export_view(annotations, ExportOptions(include_suggested=True))
    assert {s.status for s in accepted.spans} == {"accepted"}
    assert {s.status for s in everything.spans} == {"accepted", "suggested"}
    assert not any(s.status == "rejected" for s in everything.spans)
    # the quote's speaker link has a pending end, so it goes only with the pending spans
    assert len(accepted.relations) == 1 and len(everything.relations) == 2


def test_utf16_offsets_match_javascript_indexes():
    text = "😀 عاجلٌ: قال 👍🏽 كيكا"
    units = Utf16Offsets(text)
    encoded = text.encode("utf-16-le")
    start = text.index("كيكا")
    unit = units.to_units(start)
    assert encoded[2 * unit : 2 * (unit + 4)].decode("utf-16-le") == "كيكا"
    assert unit == start + 3  # three astral characters before it
    assert units.to_code_point(unit) == start
    assert units.to_code_point(1) is None  # the middle of the first emoji
    assert units.to_code_point(units.length) == len(text)


def test_figure_note_round_trip():
    attrs = {"value": 99.5, "unit": "percent", "qualifier": "about"}
    assert parse_figure_note(figure_note(attrs), "x") == attrs
    assert parse_figure_note(figure_note({"value": 37000.0, "unit": None}), "x") == {"value": 37000}
    with pytest.raises(InputError, match="x: figure value 'abc'"):
        parse_figure_note("value=abc", "x")


def test_tokens_are_cut_at_span_boundaries():
    text = "والعراق بنسبة 99,5 في المئة."
    start = text.index("العراق")
    tokens = [text[s:e] for s, e in tokenize(text, {start, start + len("العراق")})]
    assert tokens == ["و", "العراق", "بنسبة", "99,5", "في", "المئة", "."]


def test_every_format_exports_the_sample(tmp_path):
    annotations = sample_annotations()
    for name in names():
        files = get_format(name).export(annotations, ExportOptions(include_suggested=True))
        assert files and all(isinstance(data, bytes) and data for data in files.values())
