"""Write the fourth held-out gold set under tests/heldout4/ (articles the rule authors never saw).

Spans are written and checked as tools/make_gold.py describes, with its helpers.

Run from the repository top:  .venv/bin/python tools/make_heldout4.py           (write the files)
                              .venv/bin/python tools/make_heldout4.py --check   (compare only)
                              .venv/bin/python tools/make_heldout4.py --review  (spans in context)
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


HELDOUT4_DIR = ROOT / "tests" / "heldout4"
BARRELS_PER_DAY = "bbl/d"
CUBIC_METRES_PER_YEAR = "m3/y"  # a rate as unit/time, like the guidelines' t/y

# --------------------------------------------------------------------------------------------
# Salaries and oil, Iraqi Kurdistan: decimal commas, a few Eastern Arabic digits, "…" and «…»
# quotes, a pronoun speaker (وتابع), حكومة إقليم کردستان with a Persian kaf and كردستان with the
# Arabic one, unnamed sources (شهود، مصدر طبي، تقديرات برلمانية) whose statements are no claims.
KURDISTAN_SALARIES = GoldArticle(
    "013_kurdistan_salaries.json",
    HELDOUT4_DIR / "013_kurdistan_salaries.txt",
    entities=[
        Entity("ORG", "وزارة المالية والاقتصاد"),
        Entity("ORG", "حكومة إقليم کردستان"),  # Persian kaf; a named government
        Entity("DATE", "الأربعاء"),
        Entity("DATE", "تشرين الأول/أكتوبر"),
        Entity("LOC", "بغداد", 1),
        Entity("LOC", "أربيل", 1),  # والحكومة الاتحادية: a generic noun, not tagged
        Entity("PER", "سيروان بابان"),  # وزير المالية في الإقليم stays outside
        Entity("LOC", "أربيل", 2),  # بأربيل
        Entity("LOC", "أربيل", 3),
        Entity("LOC", "بغداد", 2),
        Entity("LOC", "سوريا"),
        Entity("ORG", "وزارة المالية الاتحادية"),
        Entity("PER", "حيدر الشمري"),
        Entity("ORG", "وكالة فرانس برس"),  # لوكالة
        Entity("LOC", "أربيل", 4),
        Entity("ORG", "شركة تسويق النفط"),
        Entity("ORG", "سومو"),  # (سومو): the company's short name
        Entity("PER", "الشمري", 2),
        Entity("ORG", "الحزب الديمقراطي الكردستاني"),
        Entity("PER", "دلير مصطفى"),
        Entity("LOC", "أوروبا"),
        Entity("LOC", "كركوك"),
        Entity("LOC", "جيهان"),  # ميناء جيهان: the head noun stays outside
        Entity("DATE", "آذار/مارس 2023"),
        Entity("ORG", "غرفة التجارة الدولية"),
        Entity("LOC", "باريس"),
        Entity("LOC", "بغداد", 3),
        Entity("ORG", "رابطة صناعة النفط في كردستان"),
        Entity("ORG", "أبيكور"),
        Entity("LOC", "السليمانية"),  # مدينة السليمانية
        Entity("LOC", "كردستان", 2),  # إقليم كردستان; the first "كردستان" is inside the رابطة
        Entity("DATE", "الثلاثاء"),
        Entity("PER", "شیرین عثمان"),  # Persian yeh; no title
        Entity("ORG", "فرانس برس", 2),  # لفرانس برس; the first is inside وكالة فرانس برس
        Entity("PER", "عثمان", 2),
        Entity("LOC", "حلبجة"),  # محافظة حلبجة
        Entity("DATE", "حزيران/يونيو"),
        Entity("ORG", "وزارة الدفاع التركية"),
        Entity("DATE", "الخميس"),
        Entity("ORG", "حزب العمال الكردستاني"),
        Entity("LOC", "سيدكان"),  # منطقة سيدكان
        Entity("LOC", "أربيل", 5),
        Entity("LOC", "تركيا"),
        Entity("LOC", "إيران"),  # وإيران
        Entity("DATE", "العام 1991"),
        Entity("LOC", "أربيل", 6),
    ],
    figures=[
        Figure("CARDINAL", "نحو 1,2 مليون موظف", 1_200_000, "people", "about"),
        Figure("MONEY", "نحو 950 مليار دينار", 950_000_000_000, "IQD", "about"),
        Figure("MONEY", "725 مليون دولار تقريباً", 725_000_000, "USD", "about"),
        Figure("CARDINAL", "قرابة مليون نازح", 1_000_000, "people", "about"),
        Figure(
            "QUANTITY", "ما لا يقل عن 400 ألف برميل يومياً", 400_000, BARRELS_PER_DAY, "at_least"
        ),
        Figure("MONEY", "أكثر من 7,5 تريليون دينار", 7_500_000_000_000, "IQD", "more_than"),
        Figure("CARDINAL", "نحو ٢٣٠ ألف موظف", 230_000, "people", "about"),
        Figure("MONEY", "أكثر من 20 مليار دولار", 20_000_000_000, "USD", "more_than"),  # بأكثر
        Figure("CARDINAL", "14 متظاهراً", 14, "people", None),  # آلاف، عشرات: vague, no figure
        Figure("CARDINAL", "تسعة عناصر", 9, "people", None),
        Figure("PERCENT", "17 في المئة", 17, "percent", None),
        Figure("PERCENT", "نحو 12,67 في المئة", 12.67, "percent", "about"),
    ],
    claims=[
        Claim("رواتب نحو", "النفط والموازنة", ("وزارة المالية والاقتصاد", 1)),
        Claim("\"الحكومة الاتحادية", "ضغط سياسية\"", ("سيروان بابان", 1)),  # إن "…": marks inside
        Claim("فاتورة الرواتب", "دولار تقريباً", ("سيروان بابان", 1)),  # مضيفاً أن
        Claim("أربيل \"نفذت", "العامة في بغداد", ("سيروان بابان", 1)),  # وتابع: the latest speaker
        Claim("الإقليم يستضيف", "سنوات الحرب", ("سيروان بابان", 1)),  # لافتاً إلى أن
        Claim("الوزارة «ملتزمة", "النفط (سومو)", ("حيدر الشمري", 1)),  # أن X «…»، لكنها: one span
        Claim("الوزارة حوّلت", "تريليون دينار", ("الشمري", 2)),
        Claim("\"المشكلة تكمن", "أماكن عملهم\"", ("الشمري", 2)),  # مشيراً إلى أن "…"
        Claim("حل الأزمة", "من الخلافات\"", ("دلير مصطفى", 1)),
        Claim("استمرار قطعها", "نحو أوروبا", ("دلير مصطفى", 1)),  # محذراً من أن
        Claim("وتوقفت صادرات", "كردستان (أبيكور)", ("رابطة صناعة النفط في كردستان", 1)),
        Claim("لم نتسلم", "من البقال", ("شیرین عثمان", 1)),  # قالت …: «…»
        Claim("زوجها، وهو", "من راتبه", ("عثمان", 2)),
        Claim("مقاتلاتها", "تركيا وإيران", ("وزارة الدفاع التركية", 1)),
    ],
)

# --------------------------------------------------------------------------------------------
# Water and drought, Nile basin: Eastern Arabic digits with ٫ and ٬, the ٪ sign glued, m3, MW,
# feddan, hectare, celsius, a rate per year, places behind heads (سد، نهر، مدينة، إقليم، محافظة),
# نقلت … عن … قوله إن, a farmer named without a title, غيبريمدھين with a Persian heh once.
NILE_DAM_DROUGHT = GoldArticle(
    "014_nile_dam_drought.json",
    HELDOUT4_DIR / "014_nile_dam_drought.txt",
    entities=[
        Entity("PER", "تسفاي غيبريمدهين"),
        Entity("DATE", "الإثنين"),
        Entity("LOC", "النهضة", 1),  # سد النهضة: the head noun stays outside
        Entity("LOC", "النيل الأزرق", 1),
        Entity("LOC", "القاهرة", 1),
        Entity("LOC", "الخرطوم", 1),  # والخرطوم
        Entity("ORG", "وكالة الأنباء الإثيوبية"),
        Entity("PER", "غيبريمدهين", 2),
        Entity("LOC", "إفريقيا"),
        Entity("LOC", "أديس أبابا", 1),
        Entity("LOC", "القاهرة", 2),
        Entity("PER", "عمرو الدسوقي"),
        Entity("ORG", "مجلس النواب"),
        Entity("PER", "الدسوقي", 2),
        Entity("LOC", "مصر", 1),
        Entity("LOC", "المنيا"),  # محافظة المنيا
        Entity("PER", "سيد عبد العال"),
        Entity("ORG", "وكالة فرانس برس"),
        Entity("LOC", "السودان"),
        Entity("ORG", "وزارة الري والموارد المائية"),
        Entity("LOC", "النهضة", 2),
        Entity("LOC", "الروصيرص"),  # سد الروصيرص
        Entity("LOC", "النيل الأزرق", 2),
        Entity("LOC", "الدمازين"),  # مدينة الدمازين
        Entity("DATE", "آب/أغسطس"),
        Entity("LOC", "عطبرة"),  # نهر عطبرة
        Entity("ORG", "اتحاد مزارعي سنار"),
        Entity("ORG", "المنظمة العالمية للأرصاد الجوية"),
        Entity("LOC", "القرن الإفريقي"),
        Entity("DATE", "تموز/يوليو"),
        Entity("LOC", "أمهرة"),  # إقليم أمهرة الإثيوبي
        Entity("ORG", "منظمة الأغذية والزراعة"),
        Entity("ORG", "فاو"),
        Entity("LOC", "إثيوبيا", 1),
        Entity("LOC", "الصومال"),
        Entity("LOC", "كينيا"),
        Entity("DATE", "آذار/مارس"),
        Entity("LOC", "القاهرة", 3),
        Entity("LOC", "أديس أبابا", 2),
        Entity("LOC", "الخرطوم", 2),
        Entity("LOC", "النيل", 3),  # the first two "النيل" are inside النيل الأزرق
        Entity("LOC", "مصر", 2),
        Entity("ORG", "معهد الموارد العالمية"),
        Entity("LOC", "إثيوبيا", 2),
        Entity("DATE", "العام ٢٠١١"),
        Entity("DATE", "كانون الأول/ديسمبر ٢٠٢٣"),
        Entity("PER", "غيبريمدھين"),  # Persian heh
    ],
    figures=[
        Figure("QUANTITY", "ما يزيد على ٦٠ مليار متر مكعب", 60_000_000_000, "m3", "more_than"),
        Figure("QUANTITY", "٥٬١٥٠ ميغاواط", 5_150, "MW", None),
        Figure(
            "QUANTITY",
            "نحو ٢٠ مليار متر مكعب سنوياً",
            20_000_000_000,
            CUBIC_METRES_PER_YEAR,
            "about",
        ),  # بنحو
        Figure("QUANTITY", "٥٥٫٥ مليار متر مكعب", 55_500_000_000, "m3", None),
        Figure("CARDINAL", "١٠٦ ملايين نسمة", 106_000_000, "people", None),
        Figure("QUANTITY", "خمسة أفدنة", 5, "feddan", None),
        Figure("MONEY", "نحو ٤٥ ألف جنيه", 45_000, "EGP", "about"),
        Figure("QUANTITY", "نحو ثلاثة أمتار", 3, "m", "about"),
        Figure("PERCENT", "أقل من ٤٠٪", 40, "percent", "less_than"),
        Figure("QUANTITY", "نحو ٤٢٠ ألف فدان", 420_000, "feddan", "about"),
        Figure("CARDINAL", "قرابة ربع مليون شخص", 250_000, "people", "about"),
        Figure("MONEY", "نصف مليار دولار", 500_000_000, "USD", None),  # بنصف
        Figure("QUANTITY", "١٫٨ درجة مئوية", 1.8, "celsius", None),
        Figure("PERCENT", "١٧٪", 17, "percent", None),
        Figure("QUANTITY", "حوالى ٣٥٠ ألف هكتار", 350_000, "ha", "about"),
        Figure("CARDINAL", "أكثر من ١٣ مليون شخص", 13_000_000, "people", "more_than"),
        Figure("PERCENT", "نحو ٩٧ في المئة", 97, "percent", "about"),
        Figure("MONEY", "نحو ٤٫٨ مليار دولار", 4_800_000_000, "USD", "about"),
        Figure("QUANTITY", "١٤٥ متراً", 145, "m", None),
    ],
    claims=[
        Claim("بحيرة سد", "تضرب المنطقة", ("تسفاي غيبريمدهين", 1)),
        # نقلت وكالة … عن X قوله إن: the person quoted speaks
        Claim("توربينات السد", "في إفريقيا", ("غيبريمدهين", 2)),
        Claim("\"أديس أبابا", "البيانات معها\"", ("غيبريمدهين", 2)),  # مؤكداً أن "…": marks inside
        Claim("بلاده تعاني", "من غذائها", ("عمرو الدسوقي", 1)),  # وإنها … stays inside
        Claim("حصة مصر", "أمننا المائي", ("الدسوقي", 2)),  # وأضاف الدسوقي: «…»
        Claim("مياه الترعة", "مطلع الشهر\"", ("سيد عبد العال", 1)),
        Claim("اضطر إلى", "المياه الجوفية", ("سيد عبد العال", 1)),  # مضيفاً أنه: after the pronoun
        Claim("تشغيل سد", "سد الروصيرص", ("وزارة الري والموارد المائية", 1)),  # حذرت من أن
        Claim("منسوب النيل", "من معدله", ("وزارة الري والموارد المائية", 1)),  # مشيرة إلى أن
        Claim("نحو ٤٢٠", "تداعيات الحرب", ("اتحاد مزارعي سنار", 1)),  # أفاد … بأن
        Claim("وبحسب المنظمة", "عن متوسطها", ("المنظمة العالمية للأرصاد الجوية", 1)),
        Claim("الجفاف أتلف", "والصومال وكينيا", ("منظمة الأغذية والزراعة", 1)),
        Claim("أكثر من ١٣", "بحلول آذار/مارس", ("منظمة الأغذية والزراعة", 1)),  # محذرة من أن
        # ويرى محللون، قال مسؤول مصري رفض الكشف عن اسمه: unnamed, no claims
        Claim("ويؤمّن النيل", "الموارد العالمية", ("معهد الموارد العالمية", 1)),  # وفق X
        Claim("بلاده \"ستواصل", "يرضي الجميع\"", ("غيبريمدھين", 1)),
    ],
)

# --------------------------------------------------------------------------------------------
# Football business, Saudi Arabia and Algeria: Western digits, decimal commas, a thousands
# separator, % ٪ and بالمئة, euros and riyals, Maghrebi month names (جانفي، فيفري), a club's short
# form that reads like a city (ليون), للاتحاد (ل + ال), لكنه شدد, نقلاً عن, بوزیدي and الھلال
# with Persian letters, an unnamed source (no claim).
SAUDI_TRANSFER = GoldArticle(
    "015_saudi_transfer.json",
    HELDOUT4_DIR / "015_saudi_transfer.txt",
    entities=[
        Entity("ORG", "نادي الاتحاد"),
        Entity("DATE", "السبت"),
        Entity("PER", "أمين بوزيدي"),
        Entity("ORG", "أولمبيك ليون"),
        Entity("PER", "فهد السبيعي"),  # الرئيس التنفيذي للنادي: النادي alone is generic
        Entity("LOC", "جدة", 1),  # بجدة
        Entity("DATE", "يونيو 2029"),
        Entity("ORG", "ليون", 2),  # the club's short form; the first is inside أولمبيك ليون
        Entity("PER", "السبيعي", 2),
        Entity("PER", "بوزيدي", 2),  # inside the quotation
        Entity("LOC", "جدة", 2),  # مطار جدة: the head noun stays outside
        Entity("DATE", "الجمعة"),  # مساء الجمعة
        Entity("PER", "عبد الله القحطاني"),
        Entity("ORG", "لاتحاد"),  # للاتحاد: the ل of the article stays inside
        Entity("LOC", "الجزائر"),
        Entity("ORG", "الاتحاد الجزائري لكرة القدم"),
        Entity("PER", "عبد الحكيم زروقي"),
        Entity("ORG", "وكالة الأنباء الجزائرية"),
        Entity("PER", "بوزیدي"),  # Persian yeh
        Entity("LOC", "السعودية", 2),  # the first "السعودية" is an adjective (الأعلام … والسعودية)
        Entity("DATE", "فيفري"),
        Entity("PER", "بوزيدي", 3),
        Entity("ORG", "ليون", 3),
        Entity("DATE", "جانفي 2023"),
        Entity("ORG", "شباب بلوزداد"),
        Entity("ORG", "جامعة ليموج"),
        Entity("PER", "باتريك دوفال"),
        Entity("LOC", "أوروبا"),
        Entity("DATE", "العام 2023"),
        Entity("ORG", "صحيفة ليكيب"),
        Entity("ORG", "ليون", 4),
        Entity("DATE", "جانفي", 2),  # the first "جانفي" is inside جانفي 2023
        Entity("ORG", "الهلال"),
        Entity("ORG", "صندوق الاستثمارات العامة"),
        Entity("ORG", "الاتحاد", 3),  # أندية الاتحاد; the second "الاتحاد" is in the federation
        Entity("ORG", "الھلال"),  # Persian heh
        Entity("ORG", "النصر"),
        Entity("ORG", "الأهلي"),
        Entity("DATE", "يونيو 2023"),
        Entity("ORG", "ديلويت"),  # لديلويت
        Entity("ORG", "فرانس برس"),  # لفرانس برس
    ],
    figures=[
        Figure("MONEY", "42 مليون يورو", 42_000_000, "EUR", None),
        Figure("MONEY", "نحو 85 مليون ريال", 85_000_000, "SAR", "about"),
        Figure("MONEY", "مليوني يورو", 2_000_000, "EUR", None),
        Figure("CARDINAL", "نحو ثلاثة آلاف مشجع", 3_000, "people", "about"),
        Figure("CARDINAL", "31 هدفاً", 31, None, None),
        Figure("CARDINAL", "104 مباريات", 104, None, None),
        Figure("MONEY", "نحو 875 مليون يورو", 875_000_000, "EUR", "about"),
        Figure("MONEY", "30 مليون يورو", 30_000_000, "EUR", None),
        Figure("PERCENT", "75%", 75, "percent", None),
        Figure("MONEY", "أكثر من 3,5 مليار ريال", 3_500_000_000, "SAR", "more_than"),
        Figure("PERCENT", "38 بالمئة", 38, "percent", None),
        Figure("MONEY", "نحو 2,4 مليار ريال", 2_400_000_000, "SAR", "about"),
        Figure("CARDINAL", "8,112 متفرجاً", 8_112, "people", None),  # three digits: thousands
        Figure("PERCENT", "61٪", 61, "percent", None),
        Figure("CARDINAL", "ثلاثة لاعبين على الأقل", 3, "people", "at_least"),
    ],
    claims=[
        Claim("تعاقد مع", "الانتقالات الصيفية", ("نادي الاتحاد", 1)),  # أعلن … أنه: after أنه
        Claim("اللاعب وقّع", "مليون ريال", ("فهد السبيعي", 1)),
        Claim("ليون سيحصل", "مرتبطة بالأداء", ("فهد السبيعي", 1)),  # مشيراً إلى أن
        Claim("بوزيدي يمنحنا", "كل الألقاب", ("السبيعي", 2)),  # قال السبيعي: "…"
        Claim("انتظرنا جناحاً", "لنا اللقب", ("عبد الله القحطاني", 1)),
        # وكانت تقارير صحافية قد أشارت: unnamed, no claim
        Claim("انتقال بوزیدي", "في المنتخب\"", ("عبد الحكيم زروقي", 1)),  # اعتبر … أن
        Claim("المدرب سيستدعيه", "فيفري المقبل", ("عبد الحكيم زروقي", 1)),  # مضيفاً أن
        Claim("اللاعب \"مطالب", "أقل تنافسية\"", ("عبد الحكيم زروقي", 1)),  # لكنه شدد
        Claim("الأندية السعودية", "في أوروبا\"", ("باتريك دوفال", 1)),  # رأى … أن
        Claim("قيمة الصفقات", "إنكليزية وفرنسية", ("باتريك دوفال", 1)),  # لافتاً إلى أن; وأن inside
        Claim("ونقلاً عن", "السوقية للاعب", ("صحيفة ليكيب", 1)),
        Claim("وبحسب تقرير", "من الإنفاق", ("ديلويت", 1)),
        # قال مصدر في النادي … طالباً عدم كشف هويته: unnamed, no claim
    ],
)

ARTICLES = [KURDISTAN_SALARIES, NILE_DAM_DROUGHT, SAUDI_TRANSFER]


# --------------------------------------------------------------------------------------------
def main(argv: list[str] | None = None) -> int:
    return write_gold_files("make_heldout4", ARTICLES, HELDOUT4_DIR, argv)


if __name__ == "__main__":
    sys.exit(main())
