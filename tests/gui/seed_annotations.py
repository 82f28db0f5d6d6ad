"""Suggestions on the seed article built by hand, at offsets found by plain `str.index`.

They stand in for the rule engine's output so that the window tests do not depend on the rules:
each is what the annotation guidelines say a careful annotator tags.
"""

from __future__ import annotations

from tawsim.core.model import AnnotationSet, Document


def find(text: str, needle: str, after: str = "") -> tuple[int, int]:
    """Offsets of `needle` (its first occurrence after the first occurrence of `after`)."""
    start = text.index(needle, text.index(after) if after else 0)
    return start, start + len(needle)


CLAIM_ONE = ("تنظيم #داعش بات محاصراً في مساحة تعادل أقل من واحد في المئة من مساحة “خلافته المزعومة” "
             "التي أعلنها في العام 2014، في ضوء خسائره الميدانية المتلاحقة")
# (needle, after, category, label, attrs)
SUGGESTIONS = [
    ("التحالف الدولي", "", "entity", "ORG", {}),
    ("الولايات المتحدة", "", "entity", "LOC", {}),
    ("الخميس", "", "entity", "DATE", {}),
    ("داعش", "#", "entity", "ORG", {}),
    ("أقل من واحد في المئة", "", "figure", "PERCENT", {"value": 1, "unit": "percent", "qualifier": "less_than"}),
    ("العام 2014", "", "entity", "DATE", {}),
    (CLAIM_ONE, "", "claim", "CLAIM", {}),
    ("سوريا", "", "entity", "LOC", {}),
    ("كریستوفر كیكا", "", "entity", "PER", {}),
    ("قوات سوريا الديمقراطية", "", "entity", "ORG", {}),
    ("أكثر من 37 ألف شخص", "", "figure", "CARDINAL", {"value": 37000, "unit": "people", "qualifier": "more_than"}),
]


def seed_suggestions(name: str, text: str) -> AnnotationSet:
    annotations = AnnotationSet(Document(name, text))
    for needle, after, category, label, attrs in SUGGESTIONS:
        start, end = find(text, needle, after)
        annotations.add(annotations.make_span(
            start, end, category, label, status="suggested", source="rule:test-by-hand",
            attrs={**attrs, "explanation": f"written by hand in {__name__}"}))
    return annotations
