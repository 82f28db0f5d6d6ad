"""Write the second held-out gold set under tests/heldout2/ (articles the rule authors never saw).

Same conventions and checks as tools/make_gold.py and tools/make_heldout.py, whose helpers this
script reuses: every span is found by its exact text and occurrence (whole words, proclitics
allowed before), claims by their first and last words, speakers by an entity's text and
occurrence. After writing, each file is loaded back and checked: no load problems, every span's
text equals the article slice, every claim has exactly one speaker that is a PER or ORG entity.

Run from the repository top:  .venv/bin/python tools/make_heldout2.py           (write the files)
                              .venv/bin/python tools/make_heldout2.py --check   (compare only)
                              .venv/bin/python tools/make_heldout2.py --review  (spans in context)
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


HELDOUT2_DIR = ROOT / "tests" / "heldout2"

# --------------------------------------------------------------------------------------------
# Economy, Egypt: Western digits with a decimal point, Western month names, “…” quotes, a quote
# after a colon, Gulf lenders, an unnamed group (محللون، اقتصاديون) whose statements are no claims.
EGYPT_CENTRAL_BANK = GoldArticle(
    "007_egypt_central_bank.json",
    HELDOUT2_DIR / "007_egypt_central_bank.txt",
    entities=[
        Entity("ORG", "البنك المركزي المصري", 1),
        Entity("DATE", "الخميس"),
        Entity("DATE", "يونيو"),
        Entity("DATE", "سبتمبر 2023"),
        Entity("ORG", "البنك المركزي", 2),  # in the title محافظ البنك المركزي
        Entity("PER", "هشام الطوخي"),
        Entity("LOC", "القاهرة", 1),  # بالقاهرة
        Entity("DATE", "مايو"),
        Entity("DATE", "سبتمبر", 2),  # سبتمبر المقبل; the first "سبتمبر" is inside سبتمبر 2023
        Entity("PER", "الطوخي", 2),
        Entity("ORG", "صندوق النقد الدولي"),
        Entity("DATE", "مارس 2024", 1),
        Entity("LOC", "مصر", 1),  # لمصر
        Entity("ORG", "صندوق النقد", 2),  # short form, in the title رئيسة بعثة صندوق النقد
        Entity("LOC", "مصر", 2),
        Entity("PER", "أنجيلا مورتاري"),
        Entity("LOC", "لقاهرة"),  # للقاهرة: the ل of the article stays inside
        Entity("ORG", "وكالة فيتش للتصنيف الائتماني"),
        Entity("LOC", "مصر", 3),
        Entity("DATE", "نوفمبر"),
        Entity("DATE", "العام 2025"),
        Entity("PER", "سامح البرلسي"),
        Entity("ORG", "مجلس النواب"),
        Entity("DATE", "الإثنين"),
        Entity("ORG", "البنک المرکزي"),  # Persian kaf; short form of the bank
        Entity("ORG", "الجهاز المركزي للتعبئة العامة والإحصاء"),
        Entity("DATE", "الأربعاء"),
        Entity("LOC", "القاهرة", 2),  # for its government
        Entity("LOC", "السعودية"),
        Entity("LOC", "الإمارات", 1),  # والإمارات
        Entity("LOC", "الكويت"),  # والكويت
        Entity("ORG", "البنك المركزي المصري", 2),
        Entity("LOC", "الإمارات", 2),
        Entity("LOC", "رأس الحكمة"),  # منطقة رأس الحكمة: the head noun stays outside
        Entity("LOC", "البحر المتوسط"),
        Entity("DATE", "مارس 2024", 2),
    ],
    figures=[
        Figure("PERCENT", "13.6 في المئة", 13.6, "percent", None),
        Figure("PERCENT", "38 في المئة", 38, "percent", None),
        Figure("MONEY", "نحو 46.4 مليار دولار", 46_400_000_000, "USD", "about"),
        Figure("PERCENT", "27.25 في المئة", 27.25, "percent", None),
        Figure("MONEY", "ثمانية مليارات دولار", 8_000_000_000, "USD", None),
        Figure("MONEY", "ثلاثة مليارات دولار", 3_000_000_000, "USD", None),
        Figure("MONEY", "نحو 50 جنيهاً", 50, "EGP", "about"),  # a price per dollar: ends at جنيهاً
        Figure("MONEY", "1.2 مليار دولار تقريباً", 1_200_000_000, "USD", "about"),
        Figure("PERCENT", "أكثر من 40 في المئة", 40, "percent", "more_than"),
        Figure("MONEY", "نحو 2.1 تريليون جنيه", 2_100_000_000_000, "EGP", "about"),
        Figure("MONEY", "635 مليار جنيه", 635_000_000_000, "EGP", None),
        Figure("PERCENT", "11.4 في المئة", 11.4, "percent", None),
        Figure("PERCENT", "1.9 في المئة", 1.9, "percent", None),
        Figure("MONEY", "أكثر من 15 مليار دولار", 15_000_000_000, "USD", "more_than"),  # بأكثر
        Figure("MONEY", "35 مليار دولار", 35_000_000_000, "USD", None),
        Figure("MONEY", "نحو 38 مليار دولار", 38_000_000_000, "USD", "about"),
    ],
    claims=[
        Claim("المؤسسة “تفضّل", "انحسرت فعلاً”", ("هشام الطوخي", 1)),  # إن X “…”: one span
        Claim("الاحتیاطیات الأجنبية", "نهاية مايو", ("هشام الطوخي", 1)),  # مضيفاً أن
        # وأوضح: the latest speaker; ends at the comma before بينما توقع محللون (no claim)
        Claim("سعر الإيداع", "عطاءات أسبوعية", ("هشام الطوخي", 1)),
        Claim("لن نتردد", "إلى الارتفاع", ("الطوخي", 2)),  # وتابع الطوخي: “…”
        Claim("المراجعة الخامسة", "نهاية العام”", ("أنجيلا مورتاري", 1)),
        Claim("تسريع بيع", "دولار تقريباً", ("أنجيلا مورتاري", 1)),  # مشيرة إلى أن
        Claim("وبحسب وكالة", "العام 2025", ("وكالة فيتش للتصنيف الائتماني", 1)),
        Claim("فوائد الدين", "المالي الجديد", ("سامح البرلسي", 1)),
        Claim("الحكومة ستخصص", "والحماية الاجتماعية", ("سامح البرلسي", 1)),  # مؤكداً أن
        Claim(
            "وبلغ التضخم",
            "والإحصاء، الأربعاء",
            ("الجهاز المركزي للتعبئة العامة والإحصاء", 1),
        ),  # وفق ما أعلن
    ],
)

# --------------------------------------------------------------------------------------------
# Clashes, Libya: Eastern Arabic digits, number words, «» quotes, obscure towns and a camp,
# نقلت … عن … قوله إن, a number inside a name (اللواء ٤٤٤ قتال), unnamed sources (no claim).
LIBYA_CLASHES = GoldArticle(
    "008_libya_clashes.json",
    HELDOUT2_DIR / "008_libya_clashes.txt",
    entities=[
        Entity("DATE", "الأحد"),
        Entity("LOC", "القواليش", 1),  # بلدة القواليش: the head noun stays outside
        Entity("LOC", "طرابلس", 1),
        Entity("ORG", "وزارة الصحة", 1),
        Entity("ORG", "حكومة الوحدة الوطنية"),
        Entity("DATE", "الثلاثاء"),
        Entity("ORG", "قوة حماية الجبل"),
        Entity("ORG", "كتيبة الصمود"),
        Entity("LOC", "الأَصابِعة"),  # with its tashkeel
        Entity("LOC", "غريان"),
        Entity("LOC", "مزدة"),  # ومزدة
        Entity("ORG", "وكالة الأنباء الليبية"),
        Entity("ORG", "وزارة الصحة", 2),  # in the title المتحدث باسم وزارة الصحة
        Entity("PER", "مُعاذ الفيتوري"),
        Entity("LOC", "الأصابعة"),
        Entity("LOC", "طرابلس", 2),
        Entity("ORG", "اللجنة الدولية للصليب الأحمر"),
        Entity("LOC", "ليبيا", 1),
        Entity("PER", "یوهان ستراند"),  # Persian yeh
        Entity("ORG", "وكالة فرانس برس"),  # لوكالة
        Entity("ORG", "الصليب الأحمر"),  # short form; للصليب in the full name has no alef
        Entity("LOC", "القواليش", 2),
        Entity("ORG", "الھلال الأحمر الليبي"),  # Persian heh
        Entity("LOC", "القواليش", 3),
        Entity("LOC", "بئر عيّاد"),  # مخيم بئر عيّاد: the head noun مخيم stays outside
        Entity("LOC", "ككلة"),
        Entity("ORG", "الهيئة الليبية للإغاثة والمساعدات الإنسانية"),
        Entity("ORG", "برنامج الأغذية العالمي"),
        Entity("ORG", "لأمم المتحدة"),  # للأمم: the ل of the article stays inside
        Entity("LOC", "ليبيا", 2),
        Entity("PER", "كلوديا برونيتي"),
        Entity("ORG", "وزارة الدفاع"),
        Entity("DATE", "الإثنين"),  # مساء الإثنين
        Entity("ORG", "اللواء ٤٤٤ قتال"),  # a brigade; its number is part of the name
        Entity("LOC", "القواليش", 4),
        Entity("LOC", "الجبل الغربي"),
        Entity("PER", "معمر القذافي"),
        Entity("DATE", "العام ٢٠١١"),
        Entity("DATE", "أغسطس ٢٠٢٢"),
    ],
    figures=[
        Figure("CARDINAL", "١٢ شخصاً على الأقل", 12, "people", "at_least"),
        Figure("CARDINAL", "ثلاثة أطفال", 3, "people", None),
        Figure("CARDINAL", "٣٧ آخرون", 37, "people", None),
        Figure("CARDINAL", "٢٣ جريحاً", 23, "people", None),
        Figure("CARDINAL", "تسعة جرحى", 9, "people", None),
        Figure("CARDINAL", "نحو ٤٠٠ عائلة", 400, None, "about"),  # families are not persons
        Figure("CARDINAL", "ما يزيد على ألفي نازح", 2_000, "people", "more_than"),
        Figure("CARDINAL", "خمسمئة سلة غذائية", 500, None, None),
        Figure("CARDINAL", "خمس شاحنات", 5, None, None),
        Figure("CARDINAL", "ثلاثة آلاف شخص", 3_000, "people", None),
        Figure("CARDINAL", "٣٢ شخصاً", 32, "people", None),
        Figure("CARDINAL", "أكثر من ١٥٠٠ عائلة", 1_500, None, "more_than"),
    ],
    claims=[
        Claim("قُتل ١٢", "الوطنية، الثلاثاء", ("وزارة الصحة", 1)),  # وفق ما أعلنت
        # نقلت وكالة … عن المتحدث … قوله إن: the person quoted speaks
        Claim("المستشفى الميداني", "إلى طرابلس", ("مُعاذ الفيتوري", 1)),
        Claim("بين القتلى", "من منزلها", ("مُعاذ الفيتوري", 1)),  # مشيراً إلى أن
        Claim("فرق الصليب", "مع الطرفين»", ("یوهان ستراند", 1)),  # إن X «…»: one span
        Claim("الوضع في", "أو کهرباء", ("یوهان ستراند", 1)),  # وتابع: «…», the latest speaker
        Claim("نحو ٤٠٠", "ومبانٍ حكومية", ("الھلال الأحمر الليبي", 1)),  # أفاد … بأن
        Claim("سيارتي إسعاف", "مدخل البلدة", ("كلوديا برونيتي", 1)),
        Claim("«لا شيء", "الطواقم الطبية»", ("كلوديا برونيتي", 1)),  # مؤكدة أن «…»: marks inside
    ],
)

# --------------------------------------------------------------------------------------------
# Security and politics, Tunisia: decimal commas, Tunisian month names, pronoun speakers
# (وتابع، وأضاف), بحسب with a short name, للعام (ل + ال before a year), a Hijri month.
TUNISIA_SECURITY = GoldArticle(
    "009_tunisia_security.json",
    HELDOUT2_DIR / "009_tunisia_security.txt",
    entities=[
        Entity("ORG", "وزارة الدفاع الوطني", 1),
        Entity("DATE", "الإثنين"),
        Entity("ORG", "الجيش التونسي"),
        Entity("LOC", "حيدرة"),  # ببلدة حيدرة
        Entity("LOC", "القصرین"),  # بولایة القصرین: Persian yeh, the head ولاية stays outside
        Entity("LOC", "الجزائر", 1),
        Entity("ORG", "وزارة الدفاع", 2),  # the first "وزارة الدفاع" is inside وزارة الدفاع الوطني
        Entity("PER", "منير الزغلامي"),
        Entity("ORG", "إذاعة موزاييك إف إم"),  # لإذاعة
        Entity("DATE", "جانفي"),
        Entity("ORG", "كتيبة عقبة بن نافع"),
        Entity("ORG", "تنظيم القاعدة في بلاد المغرب الإسلامي"),  # لتنظيم
        Entity("ORG", "الحرس الوطني", 1),
        Entity("LOC", "القصرين"),
        Entity("LOC", "سبيطلة"),  # وسبيطلة
        Entity("DATE", "رمضان"),  # شهر رمضان: a month in the Hijri naming
        Entity("PER", "الزغلامي", 2),
        Entity("ORG", "الجيش الجزائري", 1),
        Entity("DATE", "فيفري"),
        Entity("ORG", "الحرس الوطني", 2),
        Entity("DATE", "العام 2024"),  # بالعام 2024
        Entity("DATE", "العام 2011"),
        Entity("DATE", "جويلية 2014"),
        Entity("ORG", "حركة الشعب"),
        Entity("PER", "سفيان القلعي"),
        Entity("ORG", "وكالة تونس إفريقيا للأنباء"),  # لوكالة
        Entity("ORG", "مجلس نواب الشعب"),
        Entity("DATE", "ديسمبر"),
        Entity("ORG", "وزارة الدفاع", 3),
        Entity("DATE", "لعام 2025"),  # للعام 2025: the ل of the article stays inside
        Entity("ORG", "حزب الوفاق الجمهوري"),
        Entity("PER", "لیلى بن عاشور"),  # Persian yeh
        Entity("LOC", "الجزائر", 2),
        Entity("LOC", "تونس", 2),  # وتونس; the first "تونس" is inside وكالة تونس إفريقيا للأنباء
        Entity("LOC", "الساحل", 1),  # منطقة الساحل: the head noun stays outside
        Entity("LOC", "مالي"),
        Entity("LOC", "النيجر"),  # والنيجر
        Entity("ORG", "الجيش الجزائري", 2),
        Entity("DATE", "أوت"),
        Entity("LOC", "الساحل", 2),
        Entity("ORG", "وزارة الدفاع الوطني", 2),  # the Algerian ministry
        Entity("LOC", "الجزائر", 3),  # بالجزائر
    ],
    figures=[
        Figure("CARDINAL", "ثلاثة مسلحين", 3, "people", None),
        Figure("CARDINAL", "ثلاثة مخابئ", 3, None, None),
        Figure("CARDINAL", "12 قطعة سلاح", 12, None, None),
        Figure("CARDINAL", "أكثر من 140 عملية", 140, None, "more_than"),
        Figure("PERCENT", "نحو 35,5 في المئة", 35.5, "percent", "about"),  # بنحو
        Figure("CARDINAL", "أكثر من 120 عنصراً", 120, "people", "more_than"),
        Figure("CARDINAL", "15 جندياً", 15, "people", None),
        Figure("MONEY", "3,87 مليار دينار", 3_870_000_000, "TND", None),
        Figure("PERCENT", "7,6 في المئة", 7.6, "percent", None),
        Figure("CARDINAL", "27 مسلحاً", 27, "people", None),
    ],
    claims=[
        Claim("وحدات من", "مع الجزائر", ("وزارة الدفاع الوطني", 1)),
        Claim("العملية التي", "قطعة سلاح", ("منير الزغلامي", 1)),
        Claim("المجموعة تنتمي", "المغرب الإسلامي", ("منير الزغلامي", 1)),  # مضيفاً أن
        Claim("المجموعة كانت", "شهر رمضان", ("منير الزغلامي", 1)),  # وتابع «…»: latest speaker
        Claim("وجرت العملية", "فيفري الماضي", ("الزغلامي", 2)),  # بحسب الزغلامي
        Claim("الوحدات العسكرية", "المناطق الجبلية", ("الزغلامي", 2)),  # وأضاف: nearest mention
        Claim("عدد المخابئ", "بالعام 2024", ("الزغلامي", 2)),  # مشيراً إلى أن
        Claim("«الحرب على", "الحدودية المهمّشة»", ("سفيان القلعي", 1)),  # أن «…»: marks inside
        Claim("التعاون الأمني", "المناطق الحدودية", ("لیلى بن عاشور", 1)),  # وإن … stays inside
        Claim("وأوقف الجيش", "الوطني بالجزائر", ("وزارة الدفاع الوطني", 2)),  # وفق حصيلة نشرتها
    ],
)

ARTICLES = [EGYPT_CENTRAL_BANK, LIBYA_CLASHES, TUNISIA_SECURITY]


# --------------------------------------------------------------------------------------------
def main(argv: list[str] | None = None) -> int:
    return write_gold_files("make_heldout2", ARTICLES, HELDOUT2_DIR, argv)


if __name__ == "__main__":
    sys.exit(main())
