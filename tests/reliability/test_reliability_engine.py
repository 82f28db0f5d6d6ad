"""The whole engine on generated text: any mix of the words its rules react to, digits, marks,
Persian letters and diacritics gives well-formed suggestions and never an exception.

The pieces are the cue words of every rule set (titles, heads, بين and بن, relative pronouns,
counted nouns, qualifiers, speech verbs, quotation marks …) so that Hypothesis reaches the rules'
edges: a cue at the start or the end of the text, two cues in a row, a cue with nothing after it.
"""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tawsim.core.model import Document
from tawsim.rules.engine import Engine

PIECES = [
    # entities: heads, titles, particles, places, dates
    "وزارة", "الصحة", "شركة", "مجموعة", "مدار", "للاتصالات", "بيان", "باي", "حزب", "التجمع", "الوطني",
    "بلدة", "ولاية", "الحوض", "الشرقي", "منطقة", "رأس", "الحكمة", "بين", "وبين", "غريان", "ومزدة", "مزدة",
    "وغريان", "حي", "عرفات", "سعيد", "بن", "عمر", "ولد", "أحمدو", "محمد", "الرئيس", "التنفيذي", "لمدار",
    "كتيبة", "الموالية", "الخميس", "السابع", "من", "تشرين", "الأول/أكتوبر", "آذار", "العام", "2024",
    "سوريا", "العراق", "والعراق", "لفرانس", "برس", "وكالة", "فيتش", "الاتحاد", "العام", "للعمال",
    "الجزائريين", "یاسر", "ھیئة", "كریستوفر", "كیكا", "عَلِيٌّ",
    # figures
    "12", "٣٧", "99,5", "١٤٫٥", "4,500", "ألف", "مليون", "نحو", "أكثر", "أقل", "في", "المئة", "%", "٪",
    "دولار", "دينار", "دج", "عائلة", "آخرون", "مكتب", "اقتراع", "قطعة", "سلاح", "نزحت", "منازلهم",
    "شخصاً", "مراقباً", "ثلاثة", "مخابئ",
    # claims
    "قال", "وقال", "أكد", "إن", "أن", "بأن", "الذي", "التي", "يقول", "إنه", "مضيفاً", "وفق", "بحسب",
    "مصادر", "نقابات", "ونقلت", "عن", "مصدر", "قوله", "“", "”", "«", "»", '"',
    # marks and breaks
    "،", ".", ":", "؟", "(", ")", "\n", "\n\n", "-", "/",
]


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine.load()


@settings(max_examples=1000, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(pieces=st.lists(st.sampled_from(PIECES), min_size=1, max_size=60), joiner=st.sampled_from([" ", "", "  "]))
def test_any_mix_of_cue_words_gives_well_formed_suggestions(engine, pieces, joiner):
    text = joiner.join(pieces)
    annotations = engine.suggest(Document("generated.txt", text))
    spans = list(annotations)
    for span in spans:
        assert 0 <= span.start < span.end <= len(text)
        assert span.text == text[span.start:span.end]
        assert span.text == span.text.strip(), span
        assert span.status == "suggested" and span.source.startswith("rule:")
        if span.category == "figure":
            assert isinstance(span.attrs["value"], (int, float)), span
    for category in ("entity", "figure", "claim"):
        ordered = sorted((s for s in spans if s.category == category), key=lambda s: s.start)
        assert all(a.end <= b.start for a, b in zip(ordered, ordered[1:])), category  # no overlaps
    by_id = {span.id: span for span in spans}
    for relation in annotations.relations:
        assert by_id[relation.source].category == "claim"
        assert by_id[relation.target].category == "entity"
        assert by_id[relation.target].label in ("PER", "ORG", "LOC")
