"""Write the third held-out gold set under tests/heldout3/ (articles the rule authors never saw).

Spans are written and checked as tools/make_gold.py describes, with its helpers.

Decisions where the guidelines are silent (applied the same way in all three articles):
- A percent sign (% or ٪) glued to its number is the figure's unit, like في المئة, so it stays
  inside the span; it is not trailing punctuation. make_gold's edge check wants a letter or digit
  at each end, except a figure's final percent sign.
- Rates per year keep their time unit, as برميل يومياً does: طن سنوياً is unit "t/y"; a bare
  weight in tonnes is "t".
- A fraction of a whole (ربع) is a share: label PERCENT, unit percent, value 25.
- A named gas field is a place; its head noun حقل stays outside, like ميناء or بلدة.
- An organ named by its head and a nationality adjective (وزارة الطاقة السعودية) is the
  organisation's name, like الجيش البريطاني; after a company name (بترونت الهندية) the adjective
  only describes and stays outside.
- Vague counts (عشرات، مئات، مئات الآلاف) are not figures; verbs (تجاوز، لا تتجاوز) are never
  qualifiers; a price per unit ends at its currency, so لكل مليون وحدة حرارية is no figure.

Run from the repository top:  .venv/bin/python tools/make_heldout3.py           (write the files)
                              .venv/bin/python tools/make_heldout3.py --check   (compare only)
                              .venv/bin/python tools/make_heldout3.py --review  (spans in context)
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from make_gold import (  # noqa: E402
    ROOT,
    Claim,
    Entity,
    Figure,
    GoldArticle,
    write_gold_files,
)

HELDOUT3_DIR = ROOT / "tests" / "heldout3"
BARRELS_PER_DAY = "bbl/d"
TONNES = "t"
TONNES_PER_YEAR = "t/y"


# --------------------------------------------------------------------------------------------
# Energy, Gulf: Qatar's gas deals, Saudi output, Aramco and Kuwait budgets. Rates in tonnes per
# year and barrels per day, riyals and dinars, ٫ and ٪, a short-form company inside a title
# (لقطر للطاقة), ھ and ی (السبیعي then السبيعي), analysts with no name (no claim).
QATAR_LNG = GoldArticle(
    "010_qatar_lng.json",
    HELDOUT3_DIR / "010_qatar_lng.txt",
    entities=[
        Entity("ORG", "شركة قطر للطاقة"),
        Entity("DATE", "الأحد"),
        Entity("ORG", "سينوبك"),
        Entity("LOC", "الدوحة", 1),
        Entity("LOC", "الشمال"),  # حقل الشمال: the head noun حقل stays outside
        Entity("ORG", "قطر للطاقة", 2),  # لقطر للطاقة, in a title; #1 is inside شركة قطر للطاقة
        Entity("PER", "جاسم الكواري"),
        Entity("LOC", "الدوحة", 2),
        Entity("LOC", "آسيا"),
        Entity("LOC", "قطر", 3),  # #1 and #2 are inside the company's name
        Entity("DATE", "العام 2030"),
        Entity("LOC", "راس لفان"),  # مدينة راس لفان الصناعية
        Entity("DATE", "العام ٢٠٢٦"),
        Entity("ORG", "قطر للطاقة", 3),
        Entity("DATE", "شباط/فبراير"),
        Entity("ORG", "بترونت"),  # بترونت الهندية: the adjective stays outside
        Entity("ORG", "شل"),
        Entity("ORG", "توتال إنرجيز"),  # وتوتال
        Entity("ORG", "معهد أكسفورد لدراسات الطاقة"),
        Entity("PER", "محمد السبیعي"),  # Persian yeh
        Entity("ORG", "وكالة فرانس برس"),  # لوكالة
        Entity("DATE", "العام 2027"),
        Entity("PER", "السبيعي"),  # the same person, Arabic yeh
        Entity("LOC", "قطر", 5),  # #4 is inside قطر للطاقة #3
        Entity("LOC", "قطر", 6),
        Entity("LOC", "روسيا"),
        Entity("LOC", "إيران"),  # وإيران; الإيراني is an adjective
        Entity("LOC", "طهران"),
        Entity("LOC", "بارس الجنوبي"),  # the Iranian name of the same field, in quotes
        Entity("LOC", "قطر", 7),
        Entity("LOC", "الصين"),
        Entity("ORG", "شركة كبلر"),
        Entity("LOC", "الرياض"),
        Entity("ORG", "وزارة الطاقة السعودية"),  # المملكة, a common noun, is not tagged
        Entity("DATE", "الإثنين"),
        Entity("DATE", "أيلول/سبتمبر"),
        Entity("ORG", "أوبك بلس"),
        Entity("ORG", "أرامكو السعودية"),  # the company's own name
        Entity("ORG", "وزارة المالية الكويتية"),
        Entity("DATE", "كانون الثاني/يناير"),
    ],
    figures=[
        Figure("QUANTITY", "ثلاثة ملايين طن سنوياً", 3_000_000, TONNES_PER_YEAR, None),  # بثلاثة
        Figure("QUANTITY", "77 مليون طن سنوياً", 77_000_000, TONNES_PER_YEAR, None),
        Figure("QUANTITY", "142 مليون طن سنوياً", 142_000_000, TONNES_PER_YEAR, None),
        Figure("CARDINAL", "أربعة خطوط إنتاج", 4, None, None),
        Figure("MONEY", "ما لا يقل عن 25 مليار دولار", 25_000_000_000, "USD", "at_least"),  # بما
        Figure("QUANTITY", "نحو 7,5 ملايين طن سنوياً", 7_500_000, TONNES_PER_YEAR, "about"),
        # a price per unit ends at its currency: لكل مليون وحدة حرارية بريطانية is no figure
        Figure("MONEY", "نحو ثلاثة دولارات", 3, "USD", "about"),
        Figure("MONEY", "أكثر من 8 دولارات", 8, "USD", "more_than"),
        Figure("QUANTITY", "77,2 مليون طن", 77_200_000, TONNES, None),
        Figure("PERCENT", "نحو 24 في المئة", 24, "percent", "about"),
        Figure("QUANTITY", "مليون برميل يومياً", 1_000_000, BARRELS_PER_DAY, None),
        Figure("QUANTITY", "نحو 9 ملايين برميل يومياً", 9_000_000, BARRELS_PER_DAY, "about"),
        Figure("PERCENT", "١٤٫٥٪", 14.5, "percent", None),  # الربع الأول is an ordinal, no figure
        Figure("MONEY", "٩٧٫٨ مليار ريال", 97_800_000_000, "SAR", None),
        Figure("MONEY", "نحو ٢٦ مليار دولار", 26_000_000_000, "USD", "about"),
        Figure("MONEY", "5,6 مليارات دينار", 5_600_000_000, "KWD", None),
        Figure("MONEY", "نحو 18,2 مليار دولار", 18_200_000_000, "USD", "about"),
    ],
    claims=[
        Claim("وقّعت اتفاقاً", "حقل الشمال", ("شركة قطر للطاقة", 1)),  # أنها: after the pronoun
        Claim("\"هذه الاتفاقية", "لعقود مقبلة\"", ("جاسم الكواري", 1)),  # إن "…": marks inside
        Claim("الطاقة الإنتاجية", "العام 2030", ("جاسم الكواري", 1)),  # مضيفاً أن
        Claim("المرحلة الأولى", "العام ٢٠٢٦", ("جاسم الكواري", 1)),  # وأضاف: the latest speaker
        # محللين في القطاع قدّروها: an unnamed group, no claim
        Claim("الدول الخليجية تسابق", "بعد العام 2027", ("محمد السبیعي", 1)),
        Claim("قطر تراهن", "التسييل والشحن", ("السبيعي", 1)),
        Claim("وبلغت صادرات", "تتبع الشحنات", ("شركة كبلر", 1)),  # وفق بيانات
        Claim("المملكة ستمدد", "في أوبك بلس", ("وزارة الطاقة السعودية", 1)),
        Claim("صافي أرباحها", "والكميات المبيعة", ("أرامكو السعودية", 1)),
        Claim("عجز الموازنة", "18,2 مليار دولار", ("وزارة المالية الكويتية", 1)),
    ],
)

# --------------------------------------------------------------------------------------------
# Humanitarian, Gaza: Eastern Arabic digits and ٬, a night between two weekdays, heads before
# places (قطاع، مخيم، منطقة، مدينة), UN agencies with acronyms and short forms, ربع, a speaker
# with ھ then ه, unnamed witnesses and a medical source (no claims), نقلت … عن … قوله إن.
GAZA_HUMANITARIAN = GoldArticle(
    "011_gaza_humanitarian.json",
    HELDOUT3_DIR / "011_gaza_humanitarian.txt",
    entities=[
        # ليل الثلاثاء الأربعاء: two weekdays, two spans
        Entity("DATE", "الثلاثاء"),
        Entity("DATE", "الأربعاء", 1),
        Entity("LOC", "غزة", 1),  # قطاع غزة: the head noun قطاع stays outside
        Entity("ORG", "الدفاع المدني", 1),
        Entity("ORG", "الأمم المتحدة", 1),
        Entity("ORG", "الدفاع المدني", 2),
        Entity("LOC", "غزة", 2),  # بغزة
        Entity("PER", "سامي أبو شعبان"),
        Entity("ORG", "وكالة فرانس برس", 1),  # لوكالة
        Entity("LOC", "جباليا", 1),  # مخيم جباليا
        Entity("ORG", "فرانس برس", 2),  # لفرانس برس; #1 is inside وكالة فرانس برس
        Entity("LOC", "المواصي"),  # منطقة المواصي
        Entity("LOC", "خان يونس"),  # مدينة خان يونس
        Entity("ORG", "الجیش الإسرائيلي"),  # Persian yeh
        Entity("LOC", "جباليا", 2),
        Entity("LOC", "جنيف"),
        Entity("ORG", "مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية"),
        Entity("ORG", "أوتشا"),
        Entity("PER", "كارين ھولمبرغ"),  # Persian heh
        Entity("DATE", "الأربعاء", 2),
        Entity("PER", "هولمبرغ"),  # the same person, Arabic heh
        Entity("ORG", "وكالة الأمم المتحدة لإغاثة وتشغيل اللاجئين الفلسطينيين"),
        Entity("ORG", "أونروا"),
        Entity("LOC", "رفح"),
        Entity("DATE", "أيار/مايو"),
        Entity("ORG", "الأونروا"),
        # a day written as an ordinal word belongs to its date like a day in digits
        Entity("DATE", "السابع من تشرين الأول/أكتوبر 2023"),
        Entity("ORG", "الأمم المتحدة", 4),  # #2 and #3 are inside the agencies' names
        Entity("DATE", "العام 1945"),  # المنظمة, a common noun, is not tagged
        Entity("ORG", "وزارة الصحة"),
        Entity("ORG", "حركة حماس"),  # لحركة
        Entity("ORG", "وكالة الأنباء والمعلومات الفلسطينية"),
        Entity("ORG", "وفا"),
        Entity("LOC", "دير البلح"),  # in the title رئيس بلدية دير البلح
        Entity("PER", "عماد الجرو"),
        Entity("ORG", "حماس", 2),
        Entity("LOC", "إسرائيل"),  # جنوب إسرائيل: the direction stays outside
        Entity("ORG", "وكالة فرانس برس", 2),  # لوكالة
    ],
    figures=[
        Figure("CARDINAL", "ما لا يقل عن ٣٥ فلسطينياً", 35, "people", "at_least"),
        Figure("CARDINAL", "١١ طفلاً", 11, "people", None),
        Figure("CARDINAL", "ثمانية أفراد", 8, "people", None),
        Figure("CARDINAL", "نحو ٤٠ شخصاً", 40, "people", "about"),
        # مئات الآلاف من النازحين: a vague count, no figure
        Figure("QUANTITY", "حوالى ١٤ كلم", 14, "km", "about"),
        Figure("CARDINAL", "1,200 شاحنة", 1_200, None, None),
        Figure("PERCENT", "أقل من ربع", 25, "percent", "less_than"),  # a fraction is a share
        Figure("PERCENT", "نحو ٩٦ بالمئة", 96, "percent", "about"),
        Figure("CARDINAL", "أكثر من مليوني نسمة", 2_000_000, "people", "more_than"),
        Figure("QUANTITY", "٤٥٠ طناً", 450, TONNES, None),
        Figure("CARDINAL", "٣٠ ألف عبوة", 30_000, None, None),  # و٣٠
        Figure("CARDINAL", "أكثر من ٢٨٠ موظفاً", 280, "people", "more_than"),
        Figure("CARDINAL", "٥٣٬٦٥٥ شخصاً", 53_655, "people", None),
        Figure("CARDINAL", "أكثر من ٧٠٠ ألف نازح", 700_000, "people", "more_than"),
        Figure("CARDINAL", "١٢١٨ شخصاً", 1_218, "people", None),
    ],
    claims=[
        # بحسب X in mid-sentence: the whole sentence up to the comma before a second speech verb
        Claim("قُتل ما", "المدني في القطاع", ("الدفاع المدني", 1)),
        Claim("المساعدات التي", "من الاحتياجات\"", ("الأمم المتحدة", 1)),  # حذرت … من أن
        Claim("طواقمه انتشلت", "شمال القطاع", ("سامي أبو شعبان", 1)),
        Claim("نحو ٤٠ شخصاً", "عداد المفقودين", ("سامي أبو شعبان", 1)),  # مشيراً إلى أن
        # وقال شهود عيان لفرانس برس إن …: unnamed witnesses, no claim
        Claim("استهدف", "في جباليا", ("الجیش الإسرائيلي", 1)),  # إنه: after the pronoun
        Claim("\"يتخذ خطوات", "بالمدنيين\"", ("الجیش الإسرائيلي", 1)),  # مؤكداً أنه "…"
        Claim("“لم يدخل", "كيس طحين”", ("كارين ھولمبرغ", 1)),  # إنه “…”: marks inside
        Claim("نحو ٩٦", "الأمن الغذائي", ("هولمبرغ", 1)),
        Claim("مستودعاتها في", "مياه الشرب", ("وكالة الأمم المتحدة لإغاثة وتشغيل اللاجئين الفلسطينيين", 1)),
        Claim("أكثر من ٢٨٠", "العام 1945", ("الأونروا", 1)),
        Claim("الحصيلة الإجمالية", "من المدنيين", ("وزارة الصحة", 1)),
        Claim("محطة تحلية", "صالحة للشرب", ("عماد الجرو", 1)),  # نقلت وكالة … عن … قوله إن
        # وأفاد مصدر طبي …: an unnamed source, no claim
        Claim("واندلعت الحرب", "رسمية إسرائيلية", ("وكالة فرانس برس", 2)),  # وفق تعداد لوكالة
    ],
)

# --------------------------------------------------------------------------------------------
# Presidential election, Mauritania: "ولد" names shortened to the family part (ولد سالم), a
# region whose name begins with ل (لعصابة), ک in a person and a town, %, decimal commas with
# two digits, a thousands comma, a relative clause that starts a second claim (، التي أشارت إلى أن).
MAURITANIA_ELECTION = GoldArticle(
    "012_mauritania_election.json",
    HELDOUT3_DIR / "012_mauritania_election.txt",
    entities=[
        Entity("ORG", "اللجنة الوطنية المستقلة للانتخابات"),
        Entity("LOC", "موريتانيا", 1),
        Entity("DATE", "الإثنين", 1),
        Entity("PER", "سيدي محمد ولد أحمدو"),
        Entity("DATE", "السبت", 1),
        Entity("PER", "إبراهيم ولد سالم"),
        Entity("ORG", "حزب التجمع الوطني للإصلاح والتنمية"),
        Entity("ORG", "تواصل"),
        Entity("PER", "حمادي ولد سيدي"),
        Entity("PER", "ولد سالم", 2),
        Entity("DATE", "الإثنين", 2),  # مساء الإثنين
        Entity("LOC", "نواكشوط", 1),  # بنواكشوط
        Entity("DATE", "السبت", 2),  # inside the quotation
        Entity("ORG", "المجلس الدستوري", 1),
        # العاصمة، قوات الأمن، شهود عيان: common nouns and unnamed people, not tagged
        Entity("LOC", "عرفات"),  # حي عرفات
        Entity("PER", "عبد الله ولد الطالب"),
        Entity("ORG", "إذاعة موريتانيا"),  # لإذاعة
        Entity("LOC", "نواكشوط", 2),
        Entity("LOC", "نواذيبو"),  # ونواذيبو
        Entity("ORG", "المجلس الدستوري", 2),
        Entity("ORG", "اللجنة المستقلة للانتخابات"),  # a short form of the committee's name
        Entity("LOC", "الحوض الشرقي"),  # ولاية الحوض الشرقي
        Entity("ORG", "الاتحاد الإفريقي"),
        Entity("PER", "يوسف کوليبالي"),  # Persian kaf
        Entity("PER", "كوليبالي"),  # البعثة, a common noun, is not tagged
        Entity("LOC", "کيفه"),  # مدينة کيفه, Persian kaf
        Entity("LOC", "لعصابة"),  # ولاية لعصابة: the ل belongs to the name, it is no proclitic
        Entity("PER", "ولد أحمدو", 2),  # #1 is inside the full name
        Entity("LOC", "كيفه"),
        Entity("PER", "ولد أحمدو", 3),
        Entity("DATE", "العام 2019"),
        Entity("LOC", "فرنسا"),
        Entity("DATE", "عام 1960"),
        Entity("ORG", "البنك الدولي"),
        Entity("DATE", "تشرين الثاني/نوفمبر"),
        Entity("LOC", "نواكشوط", 3),  # for its government
        Entity("DATE", "كانون الأول/ديسمبر"),
        Entity("LOC", "السلحفاة آحميم الكبير"),  # حقل السلحفاة آحميم الكبير
        Entity("LOC", "السنغال"),
    ],
    figures=[
        Figure("PERCENT", "56,12%", 56.12, "percent", None),
        Figure("PERCENT", "55,4 في المئة", 55.4, "percent", None),
        Figure("PERCENT", "22,1 بالمئة", 22.1, "percent", None),  # ثانياً is an ordinal
        Figure("PERCENT", "12,8 في المئة", 12.8, "percent", None),
        Figure("CARDINAL", "أربعة مرشحين", 4, "people", None),  # آخرين, an adjective, outside
        Figure("CARDINAL", "47 شخصاً", 47, "people", None),
        # عشرات المحتجين: a vague count, no figure
        Figure("CARDINAL", "نحو 1,94 مليون ناخب", 1_940_000, "people", "about"),
        Figure("CARDINAL", "أكثر من 4,500 مكتب اقتراع", 4_500, None, "more_than"),
        Figure("PERCENT", "70,3 في المئة", 70.3, "percent", None),
        Figure("PERCENT", "أقل من 45 بالمئة", 45, "percent", "less_than"),
        Figure("CARDINAL", "60 مراقباً", 60, "people", None),
        Figure("CARDINAL", "12 ولاية", 12, None, None),
        Figure("CARDINAL", "15", 15, None, None),  # من أصل 15: a bare number
        Figure("PERCENT", "نحو 28,2 في المئة", 28.2, "percent", "about"),
        Figure("CARDINAL", "4,9 ملايين نسمة", 4_900_000, "people", None),
        Figure("MONEY", "80 مليون دولار", 80_000_000, "USD", None),
        Figure("QUANTITY", "نحو 2,3 مليون طن سنوياً", 2_300_000, TONNES_PER_YEAR, "about"),
    ],
    claims=[
        Claim("الرئيس المنتهية", "55,4 في المئة", ("اللجنة الوطنية المستقلة للانتخابات", 1)),
        Claim("\"ما جرى", "مكاتب الإدارة\"", ("ولد سالم", 2)),  # إن "…": marks inside
        Claim("سيطعن في", "المجلس الدستوري", ("ولد سالم", 2)),  # مؤكداً أنه
        # وأفاد شهود عيان بأن …: unnamed witnesses, no claim
        Claim("«الدولة لن", "إرادة الناخبين»", ("عبد الله ولد الطالب", 1)),
        Claim("قوات الأمن أوقفت", "نواكشوط ونواذيبو", ("عبد الله ولد الطالب", 1)),  # مضيفاً أن
        Claim("من حق أي", "خط أحمر", ("عبد الله ولد الطالب", 1)),  # وتابع «…»: latest speaker
        # وفق بيانات X، التي أشارت إلى أن: the attribution sentence ends at the comma before التي
        Claim("وبلغ عدد", "المستقلة للانتخابات", ("اللجنة المستقلة للانتخابات", 1)),
        Claim("المشاركة بلغت", "45 بالمئة في العاصمة", ("اللجنة المستقلة للانتخابات", 1)),
        Claim("الاقتراع جرى", "بعض المكاتب", ("يوسف کوليبالي", 1)),
        Claim("البعثة، التي", "النتيجة النهائية", ("كوليبالي", 1)),
        Claim("ويعيش نحو", "الحماية الاجتماعية", ("البنك الدولي", 1)),  # بحسب البنك الدولي
    ],
)

ARTICLES = [QATAR_LNG, GAZA_HUMANITARIAN, MAURITANIA_ELECTION]


# --------------------------------------------------------------------------------------------
def main(argv: list[str] | None = None) -> int:
    return write_gold_files("make_heldout3", ARTICLES, HELDOUT3_DIR, argv)


if __name__ == "__main__":
    sys.exit(main())
