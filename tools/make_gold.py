"""Write the gold annotation files under tests/gold/ from the annotations listed below.

The annotations follow docs/annotation-guidelines.md. No offset is typed by hand: each entity and
figure is found by its exact text and its occurrence (1 = first) among the places where that text
stands as whole words (before it: a non-letter, or only proclitics و ف ب ل ك; after it: a
non-letter). A claim is found by its first words (with an occurrence) and its last words (the
first place they end after the start). Each claim names its speaker by an entity's text and
occurrence. The script checks every span against the guidelines' form rules and writes nothing
when one fails.

Run from the repository top:  .venv/bin/python tools/make_gold.py          (write the files)
                              .venv/bin/python tools/make_gold.py --check  (compare only)
"""

from __future__ import annotations

import argparse
import re
import sys
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from tawsim.core.annotation_file import dumps, load
from tawsim.core.atomic import write_text_atomic
from tawsim.core.model import AnnotationSet, Document
from tawsim.core.textio import read_article

ROOT = Path(__file__).resolve().parent.parent
GOLD_DIR = ROOT / "tests" / "gold"
SEEDS_DIR = ROOT / "seeds"

PROCLITIC_RUN = re.compile(r"[وف]?[بلك]?")
OPENING_QUOTES = "«“\""
CLOSING_QUOTE = {"«": "»", "“": "”", "\"": "\""}
FORBIDDEN_EDGES = set(".,،؛;:!?؟«»“”\"'()[]")


@dataclass(frozen=True)
class Entity:
    label: str
    text: str
    occurrence: int = 1


@dataclass(frozen=True)
class Figure:
    label: str
    text: str
    value: float
    unit: str | None
    qualifier: str | None
    occurrence: int = 1


@dataclass(frozen=True)
class Claim:
    first: str
    last: str
    speaker: tuple[str, int]  # an entity of the same article: (its text, its occurrence)
    occurrence: int = 1


@dataclass
class GoldArticle:
    gold_name: str
    article: Path
    entities: list[Entity]
    figures: list[Figure]
    claims: list[Claim]
    problems: list[str] = field(default_factory=list)


# --------------------------------------------------------------------------------------------
# The seed article (AFP, February 2019).
SEED = GoldArticle(
    "000_seed.json",
    SEEDS_DIR / "000_e93ad64ae9bca60f.txt",
    entities=[
        Entity("ORG", "التحالف الدولي"),
        Entity("LOC", "الولايات المتحدة"),
        Entity("DATE", "الخميس"),
        Entity("ORG", "داعش", 1),
        Entity("DATE", "العام 2014", 1),
        Entity("DATE", "العام 2014", 2),
        Entity("LOC", "سوريا", 1),
        Entity("LOC", "العراق"),
        Entity("ORG", "الجیش البریطاني"),
        Entity("PER", "كریستوفر كیكا"),
        Entity("ORG", "لتحالف"),  # للتحالف: the ل of the article stays inside
        Entity("ORG", "داعش", 2),
        Entity("ORG", "قوات سوريا الديمقراطية", 1),
        Entity("LOC", "واشنطن"),
        Entity("LOC", "دير الزور", 1),
        Entity("DATE", "أيلول/سبتمبر"),
        Entity("ORG", "التحالف", 2),
        Entity("ORG", "داعش", 3),
        Entity("LOC", "سوريا", 3),
        Entity("ORG", "المرصد السوري لحقوق الإنسان"),
        Entity("DATE", "كانون الأول/ديسمبر"),
        Entity("PER", "كيكا"),
        Entity("ORG", "قوات سوريا الديمقراطية", 2),
        Entity("ORG", "وكالة فرانس برس"),
        Entity("DATE", "السبت", 1),
        Entity("LOC", "الباغوز"),
        Entity("ORG", "قوات سوريا الديمقراطية", 3),
        Entity("LOC", "دير الزور", 2),
        Entity("PER", "عدنان عفرين"),
        Entity("ORG", "فرانس برس", 2),
        Entity("DATE", "السبت", 2),
    ],
    figures=[
        Figure("PERCENT", "أقل من واحد في المئة", 1, "percent", "less_than", 1),
        Figure("PERCENT", "أقل من واحد في المئة", 1, "percent", "less_than", 2),
        Figure("QUANTITY", "أربعة كيلومترات مربعة", 4, "km2", None),
        Figure("PERCENT", "ما یقارب 99,5 في المئة", 99.5, "percent", "about"),
        Figure("CARDINAL", "أكثر من 37 ألف شخص", 37_000, "people", "more_than"),
        Figure("CARDINAL", "نحو 3400 عنصر", 3_400, "people", "about"),
    ],
    claims=[
        Claim("تنظيم #داعش", "الميدانية المتلاحقة", ("التحالف الدولي", 1)),
        Claim("نستمر في الضغط", "الخلافة الأصلیة", ("كریستوفر كیكا", 1)),
        Claim("من تحریر", "لسیطرة داعش", ("التحالف", 2)),
        Claim("ودفعت العمليات", "عنصر من التنظيم", ("المرصد السوري لحقوق الإنسان", 1)),
        Claim("الفرار من خلال", "الفرار من القتال", ("كيكا", 1)),
        Claim("“هذه التكتیكات", "لن تنجح”", ("كيكا", 1)),  # لكنه شدد: the latest speaker
        Claim("أوقفوا عملياتهم", "الجوي والمدفعي", ("قوات سوريا الديمقراطية", 2)),
        Claim("مقاتلي التنظيم “يضعون", "يمنع تقدمنا”", ("عدنان عفرين", 1)),
        Claim("وبين المدنيين", "المتطرفين أنفسهم", ("عدنان عفرين", 1)),  # وفق قوله
    ],
)

# --------------------------------------------------------------------------------------------
# Written for the gold set: economy, Jordan; Eastern Arabic digits, ٫ and ٬ separators.
JORDAN_BUDGET = GoldArticle(
    "001_jordan_budget.json",
    GOLD_DIR / "001_jordan_budget.txt",
    entities=[
        Entity("PER", "سليم العبادلة"),
        Entity("DATE", "الأحد"),
        Entity("DATE", "العام ٢٠٢٣"),
        Entity("PER", "العبادلة", 2),
        Entity("LOC", "عمّان"),
        Entity("ORG", "دائرة الإحصاءات العامة"),
        Entity("DATE", "كانون الثاني/يناير"),
        Entity("PER", "رامي الفريحات"),
        Entity("ORG", "وكالة الأنباء الأردنية"),
        Entity("ORG", "صندوق النقد الدولي"),
        Entity("DATE", "آذار/مارس"),
        Entity("LOC", "لأردن"),  # للأردن
        Entity("DATE", "العام ٢٠٢٨"),
        Entity("PER", "خالد الزيود"),
        Entity("ORG", "البنک المرکزي الأردني"),
        Entity("DATE", "الإثنين"),
        Entity("ORG", "مجلس النواب"),
        Entity("DATE", "١٥ شباط/فبراير"),
    ],
    figures=[
        Figure("PERCENT", "٣٫٥ في المئة", 3.5, "percent", None),
        Figure("PERCENT", "٥٫١ في المئة", 5.1, "percent", None),
        Figure("MONEY", "نحو ١٢٬٥٠٠ مليون دينار", 12_500_000_000, "JOD", "about"),
        Figure("MONEY", "ما يقارب ١٧٫٦ مليار دولار", 17_600_000_000, "USD", "about"),
        Figure("PERCENT", "٢٫٦ في المئة", 2.6, "percent", None),
        Figure("PERCENT", "٢١٫٤ في المئة", 21.4, "percent", None),
        Figure("PERCENT", "١٫٨ في المئة", 1.8, "percent", None),
        Figure("MONEY", "ما يزيد على ٤١ مليار دينار", 41_000_000_000, "JOD", "more_than"),
        Figure("PERCENT", "نحو ١١٤ في المئة", 114, "percent", "about"),
        Figure("MONEY", "ما لا يقل عن ألفي مليون دينار", 2_000_000_000, "JOD", "at_least"),
        Figure("MONEY", "١٫٢ مليار دولار", 1_200_000_000, "USD", None),
        Figure("MONEY", "١٨٫٩ مليار دولار", 18_900_000_000, "USD", None),
        Figure("MONEY", "نحو عشرة مليارات دولار", 10_000_000_000, "USD", "about"),
    ],
    claims=[
        Claim("عجز الموازنة", "في العام ٢٠٢٣", ("سليم العبادلة", 1)),
        Claim("«الحكومة ماضية", "بدعم الخبز»", ("العبادلة", 2)),
        Claim("إجمالي النفقات", "١٧٫٦ مليار دولار", ("العبادلة", 2)),  # مضيفاً أن
        Claim("الاقتصاد سجل", "النسب في المنطقة", ("العبادلة", 2)),  # وأوضح: the latest speaker
        Claim("وبحسب دائرة", "الوقود والنقل", ("دائرة الإحصاءات العامة", 1)),
        Claim("الدين العام بلغ", "من الناتج المحلي", ("رامي الفريحات", 1)),
        Claim("الحكومة ستقترض", "هذا العام", ("رامي الفريحات", 1)),  # مشيراً إلى أن
        Claim("\"الحكومة تعتمد", "التهرب الضریبي\"", ("خالد الزيود", 1)),
        Claim("احتياطياته من", "دولار العام الماضي", ("البنک المرکزي الأردني", 1)),
    ],
)

# --------------------------------------------------------------------------------------------
# Written for the gold set: humanitarian report, Sudan; decimal commas, number words.
SUDAN_DISPLACEMENT = GoldArticle(
    "002_sudan_displacement.json",
    GOLD_DIR / "002_sudan_displacement.txt",
    entities=[
        Entity("ORG", "الأمم المتحدة"),
        Entity("DATE", "الثلاثاء"),
        Entity("LOC", "شمال دارفور"),
        Entity("DATE", "نيسان/أبريل"),
        Entity("LOC", "السودان", 1),
        Entity("ORG", "الجيش السوداني", 1),
        Entity("ORG", "قوات الدعم السريع"),
        Entity("ORG", "المفوضية السامية للأمم المتحدة لشؤون اللاجئين"),
        Entity("PER", "إيلينا ماركوفيتش"),
        Entity("LOC", "جنيف"),
        Entity("LOC", "الفاشر", 1),
        Entity("LOC", "تشاد"),
        Entity("LOC", "أدري"),
        Entity("LOC", "وداي"),
        Entity("ORG", "منظمة أطباء بلا حدود"),
        Entity("LOC", "كبكابية"),
        Entity("LOC", "أم سيالة"),
        Entity("LOC", "الفاشر", 2),
        Entity("LOC", "السودان", 2),
        Entity("PER", "توماس ليندغرين"),
        Entity("ORG", "وكالة فرانس برس"),
        Entity("LOC", "السودان", 3),
        Entity("ORG", "برنامج الأغذية العالمي"),
        Entity("LOC", "سوريا"),
        Entity("LOC", "اليمن"),
        Entity("ORG", "الجيش السوداني", 2),
        Entity("DATE", "آذار/مارس"),
        Entity("LOC", "الخرطوم"),
        Entity("LOC", "كردفان"),
        Entity("LOC", "الأبيض"),
        Entity("ORG", "وزارة الصحة الاتحادية"),
    ],
    figures=[
        Figure("CARDINAL", "أكثر من 1,5 مليون شخص", 1_500_000, "people", "more_than"),
        Figure("CARDINAL", "نحو ثلاثة آلاف شخص", 3_000, "people", "about"),
        Figure("CARDINAL", "ما يزيد على 600 ألف لاجئ", 600_000, "people", "more_than"),
        Figure("CARDINAL", "ما لا يقل عن 45 مدنياً", 45, "people", "at_least"),
        Figure("CARDINAL", "12 طفلاً", 12, "people", None),
        Figure("PERCENT", "16 في المئة", 16, "percent", None),
        Figure("MONEY", "2,7 مليار دولار", 2_700_000_000, "USD", None),
        Figure("CARDINAL", "نحو 14 مليون شخص", 14_000_000, "people", "about"),
        Figure("CARDINAL", "نحو 400 ألف شخص", 400_000, "people", "about"),
        Figure("CARDINAL", "أكثر من ألفي شخص", 2_000, "people", "more_than"),
    ],
    claims=[
        Claim("أكثر من 1,5", "قبل عامين", ("الأمم المتحدة", 1)),
        Claim("«الوضع في", "تملك شیئاً»", ("إيلينا ماركوفيتش", 1)),
        Claim("نحو ثلاثة آلاف", "عبر معبر أدري", ("إيلينا ماركوفيتش", 1)),  # وأضافت
        Claim("المخيمات في", "لاجئ سوداني", ("إيلينا ماركوفيتش", 1)),  # مشيرة إلى أن
        Claim("وبحسب منظمة", "الأسبوع الماضي", ("منظمة أطباء بلا حدود", 1)),
        Claim("خطة الاستجابة", "التمويل المطلوب\"", ("توماس ليندغرين", 1)),
        Claim("المنظمة الدولية تحتاج", "14 مليون شخص", ("توماس ليندغرين", 1)),
        Claim("وتُعد الأزمة", "سوريا واليمن", ("برنامج الأغذية العالمي", 1)),
        Claim("وتفشت الكوليرا", "وزارة الصحة الاتحادية", ("وزارة الصحة الاتحادية", 1)),
    ],
)

# --------------------------------------------------------------------------------------------
# Written for the gold set: municipal elections, Lebanon; paired and single month names.
LEBANON_ELECTIONS = GoldArticle(
    "003_lebanon_municipal_elections.json",
    GOLD_DIR / "003_lebanon_municipal_elections.txt",
    entities=[
        Entity("ORG", "وزارة الداخلية والبلديات"),
        Entity("DATE", "الإثنين"),
        Entity("DATE", "4 أيار/مايو"),
        Entity("DATE", "أيار/مايو 2022"),
        Entity("PER", "وسيم عبد الساتر"),
        Entity("LOC", "بيروت", 1),
        Entity("ORG", "الجيش اللبناني"),
        Entity("ORG", "قوى الأمن الداخلي"),
        Entity("LOC", "جبل لبنان"),
        Entity("DATE", "4 أيار", 2),
        Entity("LOC", "طرابلس"),
        Entity("LOC", "عكار"),
        Entity("DATE", "11 مايو"),
        Entity("LOC", "بيروت", 2),
        Entity("LOC", "البقاع"),
        Entity("DATE", "18 أيار/مايو"),
        Entity("LOC", "صيدا"),
        Entity("LOC", "النبطية"),
        Entity("DATE", "25 أيار/مايو"),
        Entity("ORG", "حزب الكتائب اللبنانية"),
        Entity("PER", "ربیع قزحیا"),
        Entity("ORG", "صحيفة النهار"),
        Entity("ORG", "حزب الله"),
        Entity("ORG", "حركة أمل"),
        Entity("LOC", "صور"),
        Entity("LOC", "بنت جبيل"),
        Entity("ORG", "التيار الوطني الحر"),
        Entity("LOC", "كفرعامود"),
        Entity("PER", "إلياس نعمة"),
        Entity("ORG", "فرانس برس"),
        Entity("ORG", "الجمعية اللبنانية من أجل ديمقراطية الانتخابات"),
        Entity("DATE", "أيار/مايو 2016"),
        Entity("ORG", "البنك الدولي"),
        Entity("DATE", "آذار/مارس"),
        Entity("LOC", "لبنان", 2),
    ],
    figures=[
        Figure("CARDINAL", "أربع مراحل", 4, None, None),
        Figure("CARDINAL", "أكثر من أربعة ملايين ناخب", 4_000_000, "people", "more_than"),
        Figure("CARDINAL", "نحو 20 ألف عنصر", 20_000, "people", "about"),
        Figure("PERCENT", "نحو 40 في المئة", 40, "percent", "about"),
        Figure("CARDINAL", "أكثر من 15 ألف مرشح", 15_000, "people", "more_than"),
        Figure("CARDINAL", "نحو 12,500 مقعد", 12_500, None, "about"),
        Figure("PERCENT", "نحو 48 بالمئة", 48, "percent", "about"),
        Figure("MONEY", "نحو 11 مليار دولار", 11_000_000_000, "USD", "about"),
    ],
    claims=[
        Claim("الانتخابات البلدیة", "الاقتصادية والحرب", ("وزارة الداخلية والبلديات", 1)),
        Claim("«کل التحضيرات", "في موعده»", ("وسيم عبد الساتر", 1)),
        Claim("عدد الناخبين", "ملايين ناخب", ("وسيم عبد الساتر", 1)),  # مشدداً على أن
        Claim("الجيش اللبناني وقوى", "أقلام الاقتراع", ("وسيم عبد الساتر", 1)),  # وأضاف
        Claim("النتائج ستعلن", "مراكز الأقضية", ("وسيم عبد الساتر", 1)),  # موضحاً أن
        Claim("الحزب سيخوض", "فيها حضور»", ("ربیع قزحیا", 1)),
        Claim("\"أي تأجيل", "في البلاد\"", ("ربیع قزحیا", 1)),  # معتبراً أن
        Claim("وبحسب صحيفة", "محلية متفرقة", ("صحيفة النهار", 1)),
        Claim("لا نعرف", "مراكز الاقتراع", ("إلياس نعمة", 1)),
        Claim(
            "ويتنافس في",
            "ديمقراطية الانتخابات",
            ("الجمعية اللبنانية من أجل ديمقراطية الانتخابات", 1),
        ),
    ],
)

ARTICLES = [SEED, JORDAN_BUDGET, SUDAN_DISPLACEMENT, LEBANON_ELECTIONS]


# --------------------------------------------------------------------------------------------
class GoldError(Exception):
    pass


def _is_word_char(char: str) -> bool:
    return char.isalnum() or unicodedata.category(char).startswith("M")


def _stands_as_words(text: str, start: int, end: int) -> bool:
    """Only proclitics (or nothing) glued before, nothing glued after."""
    if end < len(text) and _is_word_char(text[end]):
        return False
    run_start = start
    while run_start > 0 and _is_word_char(text[run_start - 1]):
        run_start -= 1
    return PROCLITIC_RUN.fullmatch(text[run_start:start]) is not None


def locate(text: str, wanted: str, occurrence: int) -> int:
    """Start of the `occurrence`-th (1-based) whole-word occurrence of `wanted` in `text`."""
    found = []
    position = text.find(wanted)
    while position != -1:
        if _stands_as_words(text, position, position + len(wanted)):
            found.append(position)
        position = text.find(wanted, position + 1)
    if occurrence > len(found):
        raise GoldError(f"{wanted!r}: occurrence {occurrence} asked, {len(found)} in the text")
    return found[occurrence - 1]


PERCENT_SIGNS = "%٪"


def _check_entity_or_figure_edges(text: str, start: int, end: int) -> None:
    piece = text[start:end]
    if piece != piece.strip() or piece[0] in FORBIDDEN_EDGES or piece[-1] in FORBIDDEN_EDGES:
        raise GoldError(f"{piece!r}: space or punctuation at an edge")
    if not _is_word_char(piece[0]) or not _is_word_char(piece[-1]):
        raise GoldError(f"{piece!r}: must start and end with a letter or digit")


def _check_claim_edges(text: str, start: int, end: int) -> None:
    piece = text[start:end]
    before = text[start - 1] if start else "\n"
    after = text[end] if end < len(text) else "\n"
    if piece != piece.strip() or piece[-1] in ".،,؛;:":
        raise GoldError(f"claim {piece[:30]!r}…: space or final punctuation inside")
    if before not in " \n" and before not in OPENING_QUOTES:
        raise GoldError(f"claim {piece[:30]!r}…: starts inside a word")
    if before in OPENING_QUOTES:
        if after != CLOSING_QUOTE[before]:
            raise GoldError(f"claim {piece[:30]!r}…: a quotation must end at its closing quote")
    elif after not in ".،,\n":
        raise GoldError(f"claim {piece[:30]!r}…: must end at the end of a sentence or clause")
    if piece[0] in OPENING_QUOTES and piece[-1] != CLOSING_QUOTE[piece[0]]:
        raise GoldError(f"claim {piece[:30]!r}…: an opening quote without its closing one")


def _check_no_overlap(annotations: AnnotationSet) -> None:
    for category in ("entity", "figure", "claim"):
        spans = sorted(annotations.with_category(category), key=lambda s: s.start)
        for left, right in zip(spans, spans[1:]):
            if right.start < left.end:
                raise GoldError(f"{category} spans overlap: {left.text!r} and {right.text!r}")


def build(article: GoldArticle) -> AnnotationSet:
    text = read_article(article.article).text
    annotations = AnnotationSet(Document(article.article.name, text))
    planned = []  # (start, end, category, label, attrs, claim)
    for entity in article.entities:
        start = locate(text, entity.text, entity.occurrence)
        end = start + len(entity.text)
        _check_entity_or_figure_edges(text, start, end)
        planned.append((start, end, "entity", entity.label, {}, None))
    for figure in article.figures:
        start = locate(text, figure.text, figure.occurrence)
        end = start + len(figure.text)
        # A percent sign glued to its number is the figure's unit (like في المئة), not punctuation.
        _check_entity_or_figure_edges(text, start, end - 1 if text[end - 1] in PERCENT_SIGNS and end - start > 1 else end)
        attrs = {"value": figure.value, "unit": figure.unit, "qualifier": figure.qualifier}
        planned.append((start, end, "figure", figure.label, attrs, None))
    for claim in article.claims:
        start = locate(text, claim.first, claim.occurrence)
        last = text.find(claim.last, start)
        if last == -1:
            raise GoldError(f"claim {claim.first!r}: its last words {claim.last!r} do not follow")
        end = last + len(claim.last)
        if "\n" in text[start:end]:
            raise GoldError(f"claim {claim.first!r}: runs over a paragraph end")
        _check_claim_edges(text, start, end)
        planned.append((start, end, "claim", "CLAIM", {}, claim))
    order = {"entity": 0, "figure": 1, "claim": 2}
    planned.sort(key=lambda item: (order[item[2]], item[0]))
    entity_ids: dict[tuple[int, int], str] = {}
    speakers: list[tuple[str, tuple[str, int]]] = []
    for start, end, category, label, attrs, claim in planned:
        span = annotations.make_span(
            start, end, category, label, status="accepted", source="manual", attrs=attrs
        )
        annotations.add(span)
        if category == "entity":
            entity_ids[(start, end)] = span.id
        if claim is not None:
            speakers.append((span.id, claim.speaker))
    for claim_id, (speaker_text, occurrence) in speakers:
        start = locate(text, speaker_text, occurrence)
        target = entity_ids.get((start, start + len(speaker_text)))
        if target is None:
            raise GoldError(f"speaker {speaker_text!r} #{occurrence} is not an annotated entity")
        if annotations.get(target).label not in ("PER", "ORG"):
            raise GoldError(f"speaker {speaker_text!r} is not a person or an organisation")
        annotations.link("speaker", claim_id, target)
    _check_no_overlap(annotations)
    return annotations


def review(annotations: AnnotationSet) -> str:
    """Each span with a little context, for a reader to check by eye."""
    text = annotations.document.text
    lines = []
    for span in annotations.sorted_spans():
        before = text[max(0, span.start - 12) : span.start].replace("\n", "⏎")
        after = text[span.end : span.end + 12].replace("\n", "⏎")
        shown = span.text if len(span.text) <= 70 else span.text[:33] + " … " + span.text[-33:]
        extra = ""
        if span.category == "figure":
            extra = f" {span.attrs}"
        if span.category == "claim":
            speaker = annotations.speaker_of(span.id)
            extra = f" speaker={speaker.text if speaker else None}"
        lines.append(
            f"{span.start:5}-{span.end:<5} {span.category:6} {span.label:8} "
            f"…{before}[{shown}]{after}…{extra}"
        )
    return "\n".join(lines)


def verify_written(path: Path) -> list[str]:
    """What is wrong with a written gold file once loaded back (nothing when it is sound)."""
    loaded = load(path)
    annotations = loaded.annotations
    text = annotations.document.text
    faults = [f"load: {problem}" for problem in loaded.problems]
    for span in annotations:
        if span.text != text[span.start : span.end]:
            faults.append(f"{span.id}: text {span.text!r} is not the article slice")
    for claim in annotations.with_category("claim"):
        speakers = [
            relation
            for relation in annotations.relations_of(claim.id)
            if relation.type == "speaker" and relation.source == claim.id
        ]
        if len(speakers) != 1:
            faults.append(f"{claim.id}: {len(speakers)} speaker relations, one expected")
            continue
        target = annotations.get(speakers[0].target)
        if target is None or target.category != "entity" or target.label not in ("PER", "ORG"):
            faults.append(f"{claim.id}: the speaker is not a PER or ORG entity")
    return faults


def label_counts(path: Path) -> str:
    annotations = load(path).annotations
    tally = Counter((span.category, span.label) for span in annotations)
    return ", ".join(f"{category}/{label} {n}" for (category, label), n in sorted(tally.items()))


def write_gold_files(script: str, articles: list[GoldArticle], folder: Path, argv: list[str] | None) -> int:
    """Build each article's gold, write it (or with --check only compare), then check what is on disk."""
    parser = argparse.ArgumentParser(description=f"Write the gold files under {folder.relative_to(ROOT)}.")
    parser.add_argument("--check", action="store_true", help="compare with the files only")
    parser.add_argument("--review", action="store_true", help="print every span with its context")
    options = parser.parse_args(argv)
    built = []
    for article in articles:
        try:
            built.append((article, build(article)))
        except GoldError as error:
            print(f"{script}: {article.gold_name}: {error}", file=sys.stderr)
            return 1
    failed = 0
    for article, gold in built:
        path = folder / article.gold_name
        content = dumps(gold)
        current = path.read_text(encoding="utf-8") if path.exists() else None
        if options.review:
            print(f"== {article.gold_name}\n{review(gold)}")
        if current == content:
            state = "up to date"
        elif options.check:
            state = f"STALE: run tools/{script}.py"
            failed += 1
        else:
            write_text_atomic(path, content)
            state = "written"
        if path.exists():
            for fault in verify_written(path):
                print(f"{script}: {path.name}: {fault}", file=sys.stderr)
                failed += 1
            print(f"{article.gold_name} ({state}): {label_counts(path)}")
    return 1 if failed else 0


def main(argv: list[str] | None = None) -> int:
    return write_gold_files("make_gold", ARTICLES, GOLD_DIR, argv)


if __name__ == "__main__":
    sys.exit(main())
