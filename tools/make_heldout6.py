"""Write the sixth held-out gold set under tests/heldout6/ (articles the rule authors never saw).

Spans are written and checked as tools/make_gold.py describes, with its helpers.

Run from the repository top:  .venv/bin/python tools/make_heldout6.py           (write the files)
                              .venv/bin/python tools/make_heldout6.py --check   (compare only)
                              .venv/bin/python tools/make_heldout6.py --review  (spans in context)
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from make_gold import (  # noqa: E402  (tools/ is not a package)
    ROOT,
    Claim,
    Entity,
    Figure,
    GoldArticle,
    write_gold_files,
)


HELDOUT6_DIR = ROOT / "tests" / "heldout6"

# --------------------------------------------------------------------------------------------
# Parliament and budget, Bahrain: dinars in Western and Eastern digits with , and ٫, a glued
# percent sign, a rate (برميل يومياً), a place behind العاصمة and حقل, a Persian kaf in one
# mention of the minister, نقلاً عن / وفق ما أعلن / بحسب بيانات, a pronoun speaker, unnamed sources.
BAHRAIN_BUDGET = GoldArticle(
    "019_bahrain_budget.json",
    HELDOUT6_DIR / "019_bahrain_budget.txt",
    entities=[
        Entity("ORG", "مجلس النواب"),
        Entity("LOC", "البحرين", 1),
        Entity("DATE", "الثلاثاء"),
        Entity("LOC", "المنامة"),  # العاصمة المنامة: the head noun stays outside
        Entity("ORG", "وزارة المالية والاقتصاد الوطني"),  # نقلاً عن
        Entity("PER", "عادل بوصيبع"),
        Entity("PER", "عيسى الکوهجي"),  # Persian kaf
        Entity("DATE", "العام 2028"),
        Entity("LOC", "أبو سعفة"),  # حقل أبو سعفة البحري: the head noun حقل stays outside
        Entity("LOC", "السعودية", 1),
        Entity("DATE", "30 حزيران/يونيو"),  # a day with its month
        Entity("ORG", "مصرف البحرين المركزي"),  # holds the 2nd "البحرين"
        Entity("PER", "مريم الظاعن"),
        Entity("DATE", "العام 2015"),
        Entity("PER", "الكوهجي"),  # Arabic kaf: the same person
        Entity("LOC", "البحرين", 3),
        Entity("DATE", "العام 2022"),
        Entity("DATE", "عام 2018"),
        Entity("LOC", "السعودية", 2),
        Entity("LOC", "الإمارات"),  # والإمارات
        Entity("LOC", "الكويت"),  # والكويت
        Entity("ORG", "وكالة موديز"),
        Entity("DATE", "تشرين الثاني/نوفمبر"),
        Entity("LOC", "البحرين", 4),
        Entity("ORG", "صندوق النقد الدولي"),
        Entity("DATE", "أيار/مايو"),
        Entity("LOC", "البحرين", 5),
        Entity("ORG", "فرانس برس"),  # لفرانس برس
    ],
    figures=[
        Figure("MONEY", "نحو 1,2 مليار دينار", 1_200_000_000, "BHD", "about"),
        Figure("MONEY", "نحو ٣٫٩ مليار دينار", 3_900_000_000, "BHD", "about"),  # بنحو
        Figure("MONEY", "نحو ٢٫٧ مليار دينار", 2_700_000_000, "BHD", "about"),  # بنحو
        Figure("MONEY", "950 مليون دينار", 950_000_000, "BHD", None),
        Figure("CARDINAL", "28 نائباً", 28, "people", None),
        Figure("CARDINAL", "40 عضواً", 40, "people", None),
        Figure("CARDINAL", "تسعة نواب", 9, "people", None),
        Figure("CARDINAL", "ثلاثة آخرون", 3, "people", None),
        Figure("PERCENT", "نحو 60 في المئة", 60, "percent", "about"),
        Figure("MONEY", "60 دولاراً", 60, "USD", None),  # a price per barrel: ends at دولاراً
        Figure("PERCENT", "5%", 5, "percent", None),
        Figure("QUANTITY", "نحو 150 ألف برميل يومياً", 150_000, "bbl/d", "about"),
        Figure("MONEY", "١٧٫٣ مليار دينار", 17_300_000_000, "BHD", None),
        Figure("MONEY", "نحو ٤٦ مليار دولار", 46_000_000_000, "USD", "about"),
        Figure("PERCENT", "نحو ١٢٠٪", 120, "percent", "about"),
        Figure("CARDINAL", "نحو ٤٥ ألف موظف", 45_000, "people", "about"),
        Figure("PERCENT", "10 في المئة", 10, "percent", None),
        Figure("MONEY", "عشرة مليارات دولار", 10_000_000_000, "USD", None),
        Figure("PERCENT", "أكثر من 25 في المئة", 25, "percent", "more_than"),
        Figure("PERCENT", "2,8 في المئة", 2.8, "percent", None),
    ],
    claims=[
        Claim("وتقدّر الموازنة", "والاقتصاد الوطني", ("وزارة المالية والاقتصاد الوطني", 1)),
        Claim("وصوّت لصالح", "ختام الجلسة", ("عادل بوصيبع", 1)),  # وفق ما أعلن: the whole sentence
        Claim("الموازنة \"توازن", "معيشة المواطنين\"", ("عيسى الکوهجي", 1)),  # إن X "…": one span
        Claim("الإيرادات النفطية", "دولاراً للبرميل", ("عيسى الکوهجي", 1)),  # مضيفاً أن
        Claim("الحكومة تعتزم", "العام 2028", ("عيسى الکوهجي", 1)),  # وأوضح: the latest speaker
        Claim("وبلغ الدين", "البحرين المركزي", ("مصرف البحرين المركزي", 1)),  # بحسب بيانات
        Claim("«أي ضريبة", "غلاء المعيشة»", ("مريم الظاعن", 1)),  # أن «…»: marks inside
        Claim("رواتب نحو", "العام 2015", ("مريم الظاعن", 1)),  # مشيرة إلى أن
        Claim("الموازنة لا تتضمن", "للمواطنين البحرينيين", ("الكوهجي", 1)),  # وأن … stays inside
        Claim("مدفوعات الفوائد", "الإيرادات الحكومية", ("وكالة موديز", 1)),
        Claim("ينمو اقتصاد", "هذا العام", ("صندوق النقد الدولي", 1)),  # توقع … أن
        Claim("العجز سيبقى", "غير النفطية", ("صندوق النقد الدولي", 1)),  # لكنه حذّر من أن
        # وقالت مصادر نيابية … إن: an unnamed source, no claim.
    ],
)

# --------------------------------------------------------------------------------------------
# Migrants, Tunisia and Italy: casualty counts with على الأقل / ما لا يقل عن, metres and
# kilometres, Eastern digits, a country whose name starts with a head-like noun (ساحل العاج),
# places behind جزيرة، منطقة، وسط, unnamed authorities, a survivor and rights groups (no claims),
# a coast guard with its nationality, a sentence split by a speech verb of an unnamed group.
TUNISIA_ITALY_MIGRANTS = GoldArticle(
    "020_tunisia_italy_migrants.json",
    HELDOUT6_DIR / "020_tunisia_italy_migrants.txt",
    entities=[
        Entity("LOC", "صفاقس", 1),
        Entity("LOC", "تونس", 1),  # جنوب شرق تونس
        Entity("ORG", "خفر السواحل الإيطالي", 1),
        Entity("LOC", "لامبيدوزا", 1),  # جزيرة لامبيدوزا: the head noun stays outside
        Entity("DATE", "الأحد"),
        Entity("ORG", "الحرس الوطني التونسي"),
        Entity("PER", "منصف الحمروني"),
        Entity("ORG", "فرانس برس", 1),  # لفرانس برس
        Entity("LOC", "العامرة"),  # منطقة العامرة
        Entity("LOC", "غينيا"),
        Entity("LOC", "ساحل العاج"),  # the country's name, ساحل is not a head here
        Entity("LOC", "مالي"),  # ومالي
        Entity("ORG", "الحرس", 2),  # وحدات الحرس: short form of الحرس الوطني التونسي
        Entity("LOC", "صفاقس", 2),
        Entity("ORG", "خفر السواحل الإيطالي", 2),  # in the title المتحدث باسم
        Entity("PER", "ماتيو دي لوكا"),
        Entity("LOC", "ليبيا", 1),
        Entity("LOC", "لامبيدوزا", 2),
        Entity("PER", "دي لوكا", 2),  # the first "دي لوكا" is inside the full name
        Entity("LOC", "صقلية"),
        Entity("ORG", "فرانس برس", 2),
        Entity("ORG", "المنظمة الدولية للهجرة"),
        Entity("LOC", "البحر الأبيض المتوسط"),  # وسط البحر …: وسط stays outside
        Entity("DATE", "تموز/يوليو", 1),
        Entity("DATE", "العام 2023"),
        Entity("ORG", "المفوضية السامية للأمم المتحدة لشؤون اللاجئين"),
        Entity("LOC", "لامبيدوزا", 3),
        Entity("DATE", "آب/أغسطس"),
        Entity("ORG", "منظمة سي ووتش"),  # الألمانية غير الحكومية stays outside
        Entity("PER", "كلارا شتاينر"),
        Entity("LOC", "المتوسط", 2),  # short form of البحر الأبيض المتوسط
        Entity("ORG", "الاتحاد الأوروبي"),
        Entity("DATE", "تموز/يوليو 2023"),
        Entity("LOC", "تونس", 2),
        Entity("PER", "جورجيا ميلوني"),
        Entity("ORG", "المنتدى التونسي للحقوق الاقتصادية والاجتماعية"),
        Entity("LOC", "أوروبا"),
        Entity("DATE", "كانون الثاني/يناير"),
        Entity("LOC", "الجزائر"),
        Entity("LOC", "ليبيا", 2),  # وليبيا
        Entity("LOC", "صفاقس", 3),
        Entity("LOC", "إيطاليا"),
        Entity("LOC", "لامبيدوزا", 4),
    ],
    figures=[
        Figure("CARDINAL", "27 مهاجراً على الأقل", 27, "people", "at_least"),
        Figure("CARDINAL", "نحو 40 آخرين", 40, "people", "about"),
        Figure("CARDINAL", "٦٣ شخصاً", 63, "people", None),
        Figure("CARDINAL", "نحو 70 شخصاً", 70, "people", "about"),
        Figure("QUANTITY", "سبعة أمتار", 7, "m", None),
        Figure("QUANTITY", "نحو 40 كيلومتراً", 40, "km", "about"),
        Figure("QUANTITY", "ثلاثة أمتار", 3, "m", None),
        Figure("CARDINAL", "ثماني نساء", 8, "people", None),
        Figure("CARDINAL", "ثلاثة قاصرين", 3, "people", None),  # وثلاثة
        Figure("MONEY", "نحو ثلاثة آلاف دينار", 3_000, "TND", "about"),
        Figure("CARDINAL", "أكثر من ١٢٠٠ مهاجر", 1_200, "people", "more_than"),
        Figure("CARDINAL", "نحو 41 ألف مهاجر", 41_000, "people", "about"),
        Figure("PERCENT", "38,4 في المئة", 38.4, "percent", None),
        Figure("CARDINAL", "ما لا يقل عن 8500 مهاجر", 8_500, "people", "at_least"),
        Figure("CARDINAL", "400 شخص", 400, "people", None),
        Figure("MONEY", "105 ملايين يورو", 105_000_000, "EUR", None),
        Figure("CARDINAL", "نحو ٥٤ ألف شخص", 54_000, "people", "about"),
        Figure("QUANTITY", "190 كيلومتراً", 190, "km", None),
    ],
    claims=[
        # وفق ما أعلنت السلطات: unnamed authorities, no claim.
        Claim("القارب أبحر", "وساحل العاج ومالي", ("منصف الحمروني", 1)),
        Claim("وحدات الحرس", "في صفاقس\"", ("منصف الحمروني", 1)),  # مضيفاً أن
        Claim("القارب الثاني", "عملية الإنقاذ", ("ماتيو دي لوكا", 1)),
        Claim("بين الناجين", "لتلقي العلاج", ("دي لوكا", 2)),  # وتابع X «…»: inside the marks
        # وروى أحد الناجين: an unnamed survivor, no claim.
        Claim("وبحسب المنظمة", "من العام 2023", ("المنظمة الدولية للهجرة", 1)),
        Claim("ما لا يقل", "400 شخص", ("المفوضية السامية للأمم المتحدة لشؤون اللاجئين", 1)),
        Claim("“الغرق المتكرر", "طالبي اللجوء”", ("كلارا شتاينر", 1)),  # داعية إلى: no أن
        # وفق X in mid-sentence: the sentence up to the comma before في حين تقول منظمات حقوقية
        # (a second speech verb, by an unnamed group: no claim of its own).
        Claim("ومنعت السلطات", "كانون الثاني/يناير", ("المنتدى التونسي للحقوق الاقتصادية والاجتماعية", 1)),
    ],
)

# --------------------------------------------------------------------------------------------
# Diplomacy, Iran and the IAEA: a board named with its parent agency, للوكالة (ل + ال),
# the short form الوكالة, a Persian yeh in one mention of the spokesman, نقلت X عن Y قوله إن,
# a vote count of states (unit null), kilograms in both digit sets, scare quotes, a ministry
# with its nationality, an unnamed diplomat, a dual (عقدين) and ordinals that are no figures.
IRAN_IAEA_RESOLUTION = GoldArticle(
    "021_iran_iaea_resolution.json",
    HELDOUT6_DIR / "021_iran_iaea_resolution.txt",
    entities=[
        Entity("ORG", "مجلس محافظي الوكالة الدولية للطاقة الذرية"),
        Entity("DATE", "الخميس"),
        Entity("LOC", "إيران", 1),
        Entity("LOC", "طهران", 1),
        Entity("LOC", "فرنسا"),
        Entity("LOC", "بريطانيا"),  # وبريطانيا
        Entity("LOC", "ألمانيا"),  # وألمانيا
        Entity("LOC", "الولايات المتحدة", 1),
        Entity("LOC", "روسيا"),
        Entity("LOC", "الصين"),  # والصين
        Entity("LOC", "فيينا", 1),
        Entity("ORG", "وكالة إرنا"),  # الرسمية stays outside
        Entity("ORG", "وزارة الخارجية", 1),
        Entity("PER", "علي رضا یزداني"),  # Persian yeh
        Entity("LOC", "طهران", 2),
        Entity("ORG", "الوكالة", 2),  # short form; the first is inside the board's name
        Entity("LOC", "إيران", 2),
        Entity("ORG", "منظمة الطاقة الذرية الإيرانية"),
        Entity("LOC", "فوردو"),  # منشأة فوردو: the head noun stays outside
        Entity("LOC", "قم"),  # مدينة قم
        Entity("ORG", "لوكالة الدولية للطاقة الذرية"),  # للوكالة: the ل of the article stays inside
        Entity("ORG", "فرانس برس", 1),
        Entity("LOC", "إيران", 3),
        Entity("DATE", "أيار/مايو", 1),
        Entity("DATE", "شباط/فبراير"),
        Entity("ORG", "لوكالة", 2),  # المدير العام للوكالة: short form, ل of the article inside
        Entity("PER", "رافائيل غروسي"),
        Entity("LOC", "إيران", 4),
        Entity("LOC", "إيران", 5),
        Entity("DATE", "أيلول/سبتمبر 2023"),
        Entity("ORG", "الوكالة", 3),
        Entity("PER", "غروسي", 2),
        Entity("DATE", "14 تموز/يوليو 2015"),  # day, paired month and year: one span
        Entity("LOC", "إيران", 6),
        Entity("LOC", "الولايات المتحدة", 2),
        Entity("DATE", "أيار/مايو 2018"),
        Entity("PER", "دونالد ترامب"),  # للرئيس: the title stays outside
        Entity("LOC", "طهران", 3),
        Entity("ORG", "وزارة الخارجية الفرنسية"),  # a ministry with its nationality, like an army
        Entity("LOC", "باريس"),
        Entity("LOC", "برلين"),  # وبرلين
        Entity("LOC", "لندن"),  # ولندن
        Entity("DATE", "تشرين الأول/أكتوبر"),
        Entity("LOC", "فيينا", 2),
        Entity("ORG", "فرانس برس", 2),
        Entity("PER", "يزداني"),  # Arabic yeh: the same person
        Entity("LOC", "واشنطن"),
    ],
    figures=[
        Figure("CARDINAL", "19 بلداً", 19, None, None),  # states are not people
        Figure("CARDINAL", "35", 35, None, None),  # من أصل 35: a bare count
        Figure("CARDINAL", "ثلاث دول", 3, None, None),
        Figure("CARDINAL", "11 دولة", 11, None, None),
        Figure("CARDINAL", "١٨ سلسلة", 18, None, None),
        Figure("PERCENT", "60 في المئة", 60, "percent", None),
        Figure("QUANTITY", "٤٠٨٫٦ كيلوغرامات", 408.6, "kg", None),
        Figure("QUANTITY", "نحو 133,8 كيلوغراماً", 133.8, "kg", "about"),
        Figure("PERCENT", "90 في المئة", 90, "percent", None),
        Figure("CARDINAL", "ثمانية مفتشين", 8, "people", None),
        Figure("PERCENT", "3,67 في المئة", 3.67, "percent", None),
    ],
    claims=[
        # "عدم تعاون": a scare quote; بحسب دبلوماسيين: unnamed, no claim.
        # نقلت وكالة … عن المتحدث … قوله إن: the person quoted speaks; وإن … stays inside.
        Claim("القرار \"خطوة", "بالشكل المناسب\"", ("علي رضا یزداني", 1)),
        Claim("طهران ستبلغ", "موقع آمن\"", ("علي رضا یزداني", 1)),  # مضيفاً أن
        Claim("إيران \"لم", "الانتشار النووي\"", ("علي رضا یزداني", 1)),  # وشدد على أن: pronoun
        Claim("الدول الأوروبية", "بتعهداتها", ("علي رضا یزداني", 1)),  # معتبراً أن
        Claim("ستنصب", "مدينة قم", ("منظمة الطاقة الذرية الإيرانية", 1)),  # أنها: after the pronoun
        Claim("وبحسب تقرير", "سلاح نووي", ("لوكالة الدولية للطاقة الذرية", 1)),
        Claim("إيران \"الدولة", "\"قلقاً بالغاً\"", ("رافائيل غروسي", 1)),
        Claim("وكانت إيران", "بحسب غروسي", ("غروسي", 2)),  # attribution at the sentence end
        Claim("القرار «رسالة", "الحل الدبلوماسي»", ("وزارة الخارجية الفرنسية", 1)),
        # وقال دبلوماسي غربي … إن "…": unnamed, no claim.
        Claim("بلاده مستعدة", "لغة التهديد\"", ("يزداني", 1)),
    ],
)

ARTICLES = [BAHRAIN_BUDGET, TUNISIA_ITALY_MIGRANTS, IRAN_IAEA_RESOLUTION]


# --------------------------------------------------------------------------------------------
def main(argv: list[str] | None = None) -> int:
    return write_gold_files("make_heldout6", ARTICLES, HELDOUT6_DIR, argv)


if __name__ == "__main__":
    sys.exit(main())
