"""Write the fifth held-out gold set under tests/heldout5/ (articles the rule authors never saw).

Spans are written and checked as tools/make_gold.py describes, with its helpers.

This set is rich in organisations and people named without a title or head word (companies,
NGOs, parties, clubs), which is where the rule engine is weakest.

Run from the repository top:  .venv/bin/python tools/make_heldout5.py           (write the files)
                              .venv/bin/python tools/make_heldout5.py --check   (compare only)
                              .venv/bin/python tools/make_heldout5.py --review  (spans in context)
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


HELDOUT5_DIR = ROOT / "tests" / "heldout5"

# Persian look-alike letters, spelled out so that the reader sees which names carry them.
PERSIAN_YEH = "\u06cc"  # ی
PERSIAN_HEH = "\u06be"  # ھ

# --------------------------------------------------------------------------------------------
# Business, UAE and Egypt: a telecom group buys a payments company. Companies without a head word
# (غولدمان ساكس، أمازون، فودافون، المصرية للاتصالات), a name that is also a common word (على مدار),
# quoted names after a descriptive head (شركة المحاماة «…»), a number inside a name (إيجي إكس 30),
# unnamed sources and analysts (no claims), bare head nouns (الشركة، المجموعة، الجهاز: not tagged).
UAE_EGYPT_FINTECH = GoldArticle(
    "016_uae_egypt_fintech_deal.json",
    HELDOUT5_DIR / "016_uae_egypt_fintech_deal.txt",
    entities=[
        Entity("ORG", "مجموعة مدار للاتصالات"),
        Entity("LOC", "أبوظبي", 1),  # the second is inside سوق أبوظبي للأوراق المالية
        Entity("DATE", "الأربعاء"),
        Entity("ORG", "شركة بيان باي للمدفوعات الرقمية"),
        Entity("LOC", "مصر", 1),  # بمصر
        Entity("ORG", "مدار", 2),  # لمدار; the first "مدار" is inside the full name
        Entity("PER", "حمد المنصوري"),
        Entity("LOC", "دبي"),  # بدبي
        Entity("ORG", "بيان باي", 2),  # the first is inside the full name
        # "مدار" #3 is على مدار (over the course of): no entity
        Entity("LOC", "الدلتا"),  # قرى الدلتا
        Entity("LOC", "الصعيد"),  # والصعيد
        Entity("PER", "المنصوري", 2),
        Entity("DATE", "يونيو 2026"),
        Entity("ORG", "بيان باي", 3),
        Entity("DATE", "عام 2017"),
        Entity("PER", "كريم عبد الحميد"),
        Entity("PER", "سارة نوفل"),  # وسارة
        Entity("ORG", "أمازون"),
        Entity("ORG", f"ما{PERSIAN_YEH}كروسوفت"),  # ومایكروسوفت, Persian yeh
        Entity("ORG", "غولدمان ساكس"),
        Entity("ORG", "المجموعة المالية هيرميس"),  # والمجموعة
        Entity("ORG", "مدار", 4),  # لمدار
        Entity("ORG", "الشريف وشركاه"),  # شركة المحاماة «…»: the quoted name only
        Entity("ORG", "بنك مصر"),
        Entity("ORG", "أفق فنتشرز"),
        Entity("ORG", "مدار", 5),
        Entity("ORG", "سوق أبوظبي للأوراق المالية"),
        Entity("ORG", "البورصة المصرية"),
        Entity("ORG", "جهاز حماية المنافسة ومنع الممارسات الاحتكارية"),
        Entity("ORG", "الهيئة العامة للرقابة المالية"),  # والهيئة
        Entity("LOC", "مصر", 3),  # "مصر" #2 is inside بنك مصر
        Entity("ORG", "هيئة الأوراق المالية والسلع"),  # وهيئة
        Entity("LOC", "الإمارات"),
        Entity("ORG", "صحيفة المال"),  # الاقتصادية is a description
        Entity("ORG", "جهاز حماية المنافسة", 2),  # short form in a title
        Entity("PER", "ياسر الدمرداش"),
        Entity("PER", "نورة الفلاسي"),  # introduced by her name alone
        Entity("ORG", "كابيتال إيكونوميكس"),
        Entity("LOC", "لندن"),
        Entity("ORG", "بيان باي", 4),
        Entity("DATE", "العام 2024", 1),
        Entity("ORG", "فودافون"),
        Entity("ORG", "أورنج"),  # وأورنج
        Entity("ORG", "المصرية للاتصالات"),  # والمصرية: a company name that opens with an adjective
        Entity("ORG", "البنك المركزي المصري"),
        Entity("DATE", "العام 2024", 2),  # بنهاية
        Entity("DATE", "العام 2021"),
        Entity("ORG", "فرانس برس"),  # لفرانس
        Entity("ORG", "مدار", 6),
        Entity("ORG", "سامسونغ"),
        Entity("ORG", "مدار", 7),
        Entity("DATE", "يناير"),
        Entity("ORG", "شركة الاتصالات السعودية"),  # السعودية is part of the company's name
        Entity("ORG", "إس تي سي"),
        Entity("LOC", "الرياض"),
        Entity("ORG", "مايكروسوفت"),  # بمايكروسوفت, Arabic yeh
    ],
    figures=[
        Figure("PERCENT", "55%", 55, "percent", None),
        Figure("MONEY", "نحو 1,2 مليار دولار", 1_200_000_000, "USD", "about"),
        Figure("PERCENT", "أكثر من 60 في المئة", 60, "percent", "more_than"),
        Figure("MONEY", "300 مليون دولار", 300_000_000, "USD", None),  # إضافية stays outside
        Figure("CARDINAL", "نحو ٤٫٨ ملايين مستخدم", 4_800_000, "people", "about"),  # users: people
        Figure("CARDINAL", "١٢٬٣٠٠ متجر", 12_300, None, None),  # و١٢٬٣٠٠; shops are things
        Figure("CARDINAL", "١٧ محافظة", 17, None, None),
        Figure("CARDINAL", "2,300 موظف", 2_300, "people", None),
        Figure("PERCENT", "4,3%", 4.3, "percent", None),
        Figure("MONEY", "18,65 درهماً", 18.65, "AED", None),  # two digits after the comma: decimal
        Figure("MONEY", "نحو 41 مليار درهم", 41_000_000_000, "AED", "about"),
        Figure("PERCENT", "0.8 بالمئة", 0.8, "percent", None),  # the 30 of إيجي إكس 30 is a name
        Figure("PERCENT", "٦٢٪", 62, "percent", None),
        Figure("MONEY", "ثلاثة مليارات جنيه", 3_000_000_000, "EGP", None),
        Figure("CARDINAL", "أكثر من 40 مليون محفظة", 40_000_000, None, "more_than"),
        Figure("CARDINAL", "أقل من 15 مليوناً", 15_000_000, None, "less_than"),  # wallets, elided
        Figure("MONEY", "750 مليون ريال", 750_000_000, "SAR", None),
        Figure("QUANTITY", "40 ميغاواط", 40, "MW", None),
        Figure("QUANTITY", "نحو 20 ألف متر مربع", 20_000, "m2", "about"),
    ],
    claims=[
        Claim("توصلت إلى", "المالية بمصر", ("مجموعة مدار للاتصالات", 1)),  # أنها: after the pronoun
        Claim("الصفقة «تمنحنا", "النظام المصرفي»", ("حمد المنصوري", 1)),  # إن X «…»: one span
        Claim("المجموعة ستضخ", "الدلتا والصعيد", ("حمد المنصوري", 1)),  # مضيفاً أن
        Claim("تكتمل الصفقة", "في البلدين", ("المنصوري", 2)),  # توقع أن
        # نقلت صحيفة … عن رئيس الجهاز … قوله إن: the person quoted speaks
        Claim("الجهاز «سيدرس", "خلال شهرين»", ("ياسر الدمرداش", 1)),
        Claim("السعر المدفوع", "مليارات جنيه", ("نورة الفلاسي", 1)),
        Claim("المنافسة مع", "السنوات المقبلة»", ("نورة الفلاسي", 1)),  # لكنها حذرت من أن
        Claim("وبحسب بيانات", "العام 2021", ("البنك المركزي المصري", 1)),
        # مصادر مطلعة … إن and يرى محللون أن: unnamed speakers, no claims
    ],
)

# --------------------------------------------------------------------------------------------
# Diplomacy, Somalia at the UN Security Council: Levantine paired months with day and year, many
# states, UN agencies with acronyms in (…) and «…», NGOs without a head word, a person introduced by
# name only then by family name, للأمم and للجيش (the article's alef drops), a Persian heh.
SECURITY_COUNCIL_SOMALIA = GoldArticle(
    "017_security_council_somalia.json",
    HELDOUT5_DIR / "017_security_council_somalia.txt",
    entities=[
        Entity("ORG", "مجلس الأمن الدولي"),
        Entity("DATE", "الخميس"),
        Entity("ORG", "بعثة الاتحاد الإفريقي لدعم الاستقرار في الصومال"),
        Entity("ORG", "أوسوم"),
        Entity("DATE", "31 كانون الأول/ديسمبر 2025"),
        Entity("LOC", "روسيا"),  # وامتناع روسيا
        Entity("LOC", "الصين"),
        Entity("ORG", "حركة الشباب", 1),
        Entity("LOC", "المملكة المتحدة"),
        Entity("LOC", "أوغندا"),
        Entity("LOC", "إثيوبيا"),
        Entity("LOC", "كينيا"),
        Entity("LOC", "مصر"),
        Entity("LOC", "بوروندي"),
        Entity("LOC", "جيبوتي"),
        Entity("ORG", "لأمم المتحدة"),  # للأمم: the ل of the article stays inside
        Entity("DATE", "حزيران/يونيو 2026", 1),
        Entity("PER", "دانيال هاريسون"),
        Entity("LOC", "واشنطن"),
        Entity("DATE", "العام 2022"),
        Entity("LOC", "الصومال", 2),  # the first is inside the mission's name
        Entity("LOC", "الصومال", 3),  # سفير الصومال
        Entity("ORG", "الأمم المتحدة", 1),
        Entity("PER", "عبدي رشيد حيرسي"),
        Entity("DATE", "العام 2007"),
        Entity("ORG", "الجيش الصومالي", 1),  # قوات الجيش الصومالي: the army with its nationality
        Entity("DATE", "آب/أغسطس 2022"),
        Entity("LOC", "هيران"),  # إقليمي هيران: the head noun stays outside
        Entity("LOC", "شبيلي الوسطى"),
        Entity("LOC", "الجزائر"),
        Entity("PER", "سليم بوراوي"),
        Entity("ORG", "مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية"),
        Entity("ORG", "أوتشا"),
        Entity("LOC", "الصومال", 4),
        Entity("DATE", "عام 2025"),  # لعام
        Entity("ORG", "منظمة الأمم المتحدة للطفولة"),
        Entity("ORG", "يونيسف"),
        Entity("LOC", "بيدوا"),
        Entity("LOC", "بلدوين"),
        Entity("DATE", "العام 2011"),
        Entity("PER", "ماريا فرنانديز"),
        Entity("ORG", "أطباء بلا حدود"),
        Entity("LOC", "مقديشو", 1),
        Entity("DATE", "كانون الثاني/يناير"),
        Entity("ORG", f"{PERSIAN_HEH}يومن رايتس ووتش"),  # Persian heh
        Entity("DATE", "الأربعاء"),
        Entity("ORG", "حركة الشباب", 2),  # وحركة
        Entity("ORG", "العفو الدولية"),
        Entity("LOC", "جوبالاند"),
        Entity("DATE", "أيار/مايو"),
        Entity("ORG", "هيومن رايتس ووتش"),  # Arabic heh
        Entity("PER", "أمينة يوسف"),
        Entity("ORG", "حركة الشباب", 3),
        Entity("DATE", "الأحد"),
        Entity("LOC", "مقديشو", 2),
        Entity("ORG", "وزارة الأمن الداخلي"),
        Entity("PER", "عمر ديريه"),  # introduced by his name alone
        Entity("ORG", "مجموعة الأزمات الدولية"),
        Entity("LOC", "نيروبي"),  # بنيروبي
        Entity("LOC", "القرن الإفريقي"),  # بالقرن
        Entity("ORG", "الاتحاد الأوروبي"),
        Entity("DATE", "العام 2023"),
        Entity("PER", "ديريه", 2),
        Entity("LOC", "مقديشو", 3),
        Entity("ORG", "منتدى الإنقاذ الصومالي"),
        Entity("ORG", "حزب ودجر"),
        Entity("DATE", "حزيران/يونيو 2026", 2),
        Entity("LOC", "مقديشو", 4),
        Entity("LOC", "أديس أبابا"),
        Entity("LOC", "أنقرة"),
        Entity("LOC", "تركيا"),
        Entity("LOC", "الإمارات"),
        Entity("LOC", "قطر"),
        Entity("ORG", "لجيش الصومالي"),  # للجيش: the ل of the article stays inside
    ],
    figures=[
        Figure("CARDINAL", "13 صوتاً", 13, None, None),  # the 31 is the day of a date
        Figure("CARDINAL", "نحو 11 ألف جندي", 11_000, "people", "about"),
        Figure("PERCENT", "75 في المئة", 75, "percent", None),
        Figure("CARDINAL", "8 آلاف جندي على الأكثر", 8_000, "people", "at_most"),
        Figure("MONEY", "أكثر من 2,5 مليار دولار", 2_500_000_000, "USD", "more_than"),
        Figure("CARDINAL", "أكثر من 200 بلدة", 200, None, "more_than"),
        Figure("CARDINAL", "نحو ٤٫٦ مليون شخص", 4_600_000, "people", "about"),
        Figure("CARDINAL", "١٫٧ مليون طفل", 1_700_000, "people", None),  # دون الخامسة: an age
        Figure("PERCENT", "١٨٪", 18, "percent", None),
        Figure("MONEY", "١٫٤ مليار دولار", 1_400_000_000, "USD", None),
        Figure("CARDINAL", "أكثر من 9,400 طفل", 9_400, "people", "more_than"),
        Figure("PERCENT", "٣٠ بالمئة", 30, "percent", None),
        Figure("CARDINAL", "21 مدنياً على الأقل", 21, "people", "at_least"),
        Figure("CARDINAL", "7 نساء", 7, "people", None),
        Figure("CARDINAL", "ما لا يقل عن 17 شخصاً", 17, "people", "at_least"),
        Figure("MONEY", "45 مليون يورو", 45_000_000, "EUR", None),
        Figure("MONEY", "120 مليون يورو", 120_000_000, "EUR", None),
    ],
    claims=[
        Claim("واشنطن «لا", "شيكاً مفتوحاً»", ("دانيال هاريسون", 1)),  # إن X «…»: one span
        Claim("بلاده قدمت", "في الصومال", ("دانيال هاريسون", 1)),  # مضيفاً أن
        Claim("«أي انسحاب", "العام 2007»", ("عبدي رشيد حيرسي", 1)),  # أن «…»: marks inside
        Claim("قوات الجيش", "شبيلي الوسطى", ("عبدي رشيد حيرسي", 1)),  # لافتاً إلى أن
        Claim("التمويل «يجب", "التنبؤ به»", ("سليم بوراوي", 1)),  # بينما أكد … أن
        Claim("وبحسب مكتب", "مليار دولار", ("مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية", 1)),
        Claim("معدلات سوء", "العام 2011»", ("منظمة الأمم المتحدة للطفولة", 1)),  # حذرت من أن
        Claim("فرق المنظمة", "العام الماضي", ("ماريا فرنانديز", 1)),
        # اتهمت ھيومن رايتس ووتش … بارتكاب: an accusation without a complementizer, no claim
        Claim("غارات جوية", "7 نساء»", ("العفو الدولية", 1)),  # فيما قالت … إن
        Claim("«المجلس يمدد", "يدفعه المدنيون»", ("أمينة يوسف", 1)),
        Claim("وكانت حركة", "الأمن الداخلي", ("وزارة الأمن الداخلي", 1)),  # وفق ما أعلنت
        Claim("الخلاف على", "بالقرن الإفريقي»", ("عمر ديريه", 1)),  # رأى أن
        Claim("الاتحاد الأوروبي خفّض", "العام 2023", ("عمر ديريه", 1)),  # مضيفاً أن
        Claim("من دون تمويل", "التي استعادتها", ("ديريه", 2)),  # وتابع ديريه: «…»
        Claim("تمديد التفويض", "يونيو 2026»", ("منتدى الإنقاذ الصومالي", 1)),  # اعتبر … أن
    ],
)

# --------------------------------------------------------------------------------------------
# Domestic politics, Algeria: parliament, parties, unions, courts, newspapers and clubs; Algerian
# month names (جانفي، فيفري، ماي، جوان، جويلية) and a Moroccan فبراير; دج for dinars; بـ with a
# tatweel; an ordinal in digits (الـ14); a reported clause in a relative clause (الذي يقول إنه);
# a pronoun speaker (وأوضح أن); unnamed sources (مصدر برلماني، نقابات القطاع) give no claims.
ALGERIA_STRIKE_LAW = GoldArticle(
    "018_algeria_strike_law.json",
    HELDOUT5_DIR / "018_algeria_strike_law.txt",
    entities=[
        Entity("ORG", "المجلس الشعبي الوطني"),
        Entity("LOC", "الجزائر", 1),
        Entity("DATE", "الثلاثاء"),
        Entity("DATE", "جانفي"),
        Entity("PER", "رشيد بوعلام"),
        Entity("DATE", "العام 2019"),
        Entity("DATE", "ماي"),
        Entity("DATE", "جويلية"),
        Entity("ORG", "جبهة التحرير الوطني"),
        Entity("ORG", "التجمع الوطني الديمقراطي"),  # والتجمع
        Entity("ORG", "جبهة المستقبل"),  # وجبهة
        Entity("ORG", "حركة مجتمع السلم"),  # كتلة حركة مجتمع السلم: the bloc's party
        Entity("ORG", "حمس", 1),
        Entity("ORG", "جبهة القوى الاشتراكية"),
        Entity("PER", "سعيد بن عمر"),  # introduced by his name alone
        Entity("ORG", "حمس", 2),  # لحمس
        Entity("ORG", "النقابة الوطنية المستقلة لمستخدمي الإدارة العمومية"),
        Entity("ORG", "سناباب"),
        Entity("DATE", "12 ديسمبر"),
        Entity("ORG", "مجلس الأمة", 1),
        Entity("ORG", "الاتحاد العام للعمال الجزائريين"),
        Entity("ORG", "وزارة التربية الوطنية"),
        Entity("DATE", "فيفري"),
        Entity("ORG", "وكالة الأنباء الجزائرية"),
        Entity("ORG", "محكمة سيدي امحمد"),
        Entity("DATE", "الأحد"),
        Entity("PER", f"مراد ت{PERSIAN_YEH}غرسي"),  # Persian yeh
        Entity("PER", "ليلى التازي"),  # introduced by her name alone
        Entity("PER", "تيغرسي"),  # Arabic yeh, family name alone
        Entity("ORG", "صحيفة الخبر"),  # لصحيفة
        Entity("ORG", "فيسبوك"),
        Entity("ORG", "مجلس قضاء الجزائر"),  # "الجزائر" #2 is inside this name
        Entity("ORG", "صحيفة الشروق"),
        Entity("ORG", "مجلس الأمة", 2),
        Entity("PER", "بوعلام", 2),  # the first is inside رشيد بوعلام
        Entity("DATE", "ديسمبر", 2),  # the first is inside 12 ديسمبر
        Entity("DATE", "العام 2026"),
        Entity("ORG", "شبيبة القبائل"),
        Entity("ORG", "مولودية وهران"),  # ومولودية
        Entity("DATE", "جوان"),
        Entity("ORG", "الرابطة المحترفة لكرة القدم"),
        Entity("LOC", "المغرب"),
        Entity("ORG", "موقع هسبريس"),  # the head موقع is part of the name, like صحيفة
        Entity("ORG", "الاتحاد المغربي للشغل"),
        Entity("DATE", "فبراير"),
    ],
    figures=[
        Figure("CARDINAL", "284 صوتاً", 284, None, None),
        Figure("CARDINAL", "71", 71, None, None),  # مقابل 71: a bare count
        Figure("CARDINAL", "312 إضراباً", 312, None, None),
        Figure("PERCENT", "30٪ على الأقل", 30, "percent", "at_least"),
        Figure("CARDINAL", "أكثر من مليوني منخرط", 2_000_000, "people", "more_than"),
        Figure("MONEY", "24 ألف دج", 24_000, "DZD", None),
        Figure("PERCENT", "نحو 38,5 بالمئة", 38.5, "percent", "about"),
        Figure("CARDINAL", "ما يقارب 42 ألف أستاذ", 42_000, "people", "about"),
        Figure("PERCENT", "٧٠٪", 70, "percent", None),
        Figure("CARDINAL", "نحو 2,1 مليون موظف", 2_100_000, "people", "about"),
        Figure("CARDINAL", "قرابة ٦٠٠ ألف موظف", 600_000, "people", "about"),
        Figure("MONEY", "100 ألف دينار", 100_000, "DZD", None),
        # بـ ٤٫٢ with a tatweel; the 14 of الجولة الـ14 is an ordinal
        Figure("MONEY", "٤٫٢ مليار دينار", 4_200_000_000, "DZD", None),
    ],
    claims=[
        Claim("النص «يحمي", "والمستشفيات»", ("رشيد بوعلام", 1)),  # إن X «…»: one span
        Claim("قطاع التربية", "العام 2019", ("رشيد بوعلام", 1)),  # مشيراً إلى أن
        Claim("القانون يفرض", "في المستشفيات", ("رشيد بوعلام", 1)),  # وأوضح أن: latest speaker
        Claim("القانون «يفرغ", "من محتواه»", ("سعيد بن عمر", 1)),
        Claim("الحكومة «لم", "إلا شكلياً»", ("سعيد بن عمر", 1)),  # مضيفاً أن
        # أنها: after the pronoun; the coordinated وأن … stays inside
        Claim(
            "ستنظم وقفات",
            "على النص",
            ("النقابة الوطنية المستقلة لمستخدمي الإدارة العمومية", 1),
        ),
        Claim("يضم أكثر", "مليوني منخرط", ("الاتحاد العام للعمال الجزائريين", 1)),  # يقول إنه
        Claim("وبحسب أرقام", "ألف أستاذ", ("وزارة التربية الوطنية", 1)),
        Claim("ونقلاً عن", "قطاع التربية", ("وكالة الأنباء الجزائرية", 1)),
        Claim("موكلها «حوكم", "إلى الإضراب»", ("ليلى التازي", 1)),
        Claim("الدفاع سيستأنف", "قضاء الجزائر", ("ليلى التازي", 1)),  # لافتة إلى أن
        Claim("الاتحاد المغربي", "في فبراير", ("موقع هسبريس", 1)),  # أفاد … بأن
    ],
)

ARTICLES = [UAE_EGYPT_FINTECH, SECURITY_COUNCIL_SOMALIA, ALGERIA_STRIKE_LAW]


# --------------------------------------------------------------------------------------------
def main(argv: list[str] | None = None) -> int:
    return write_gold_files("make_heldout5", ARTICLES, HELDOUT5_DIR, argv)


if __name__ == "__main__":
    sys.exit(main())
