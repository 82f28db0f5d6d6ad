"""Write the held-out gold files under tests/heldout/ (articles the rule authors have not seen).

Same conventions and checks as tools/make_gold.py, whose helpers this script reuses: every span is
found by its exact text and occurrence, claims by their first and last words, speakers by an
entity's text and occurrence. After writing, each file is loaded back and checked: no load
problems, every span's text equals the article slice, every claim has exactly one speaker that is a
PER or ORG entity.

Run from the repository top:  .venv/bin/python tools/make_heldout.py           (write the files)
                              .venv/bin/python tools/make_heldout.py --check   (compare only)
                              .venv/bin/python tools/make_heldout.py --review  (spans in context)
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


HELDOUT_DIR = ROOT / "tests" / "heldout"
BARRELS_PER_DAY = "bbl/d"  # not in the guidelines' unit list; see the note in the report

# --------------------------------------------------------------------------------------------
# Economy, Iraq: Western digits with a decimal point, Western month names, one Levantine pairing.
IRAQ_OIL = GoldArticle(
    "004_iraq_oil_exports.json",
    HELDOUT_DIR / "004_iraq_oil_exports.txt",
    entities=[
        Entity("PER", "مثنى الكبيسي"),
        Entity("DATE", "الأحد"),
        Entity("DATE", "يناير", 1),
        Entity("DATE", "ديسمبر"),
        Entity("PER", "الكبيسي", 2),
        Entity("LOC", "بغداد", 1),
        Entity("LOC", "العراق", 1),
        Entity("ORG", "أوبك بلس", 1),
        Entity("ORG", "شركة تسويق النفط العراقية"),
        Entity("ORG", "سومو"),
        Entity("LOC", "البصرة", 1),
        Entity("LOC", "کردستان"),  # إقلیم کردستان: the head noun stays outside
        Entity("LOC", "جيهان"),
        Entity("DATE", "آذار/مارس 2023"),
        Entity("LOC", "أربيل"),
        Entity("LOC", "بغداد", 2),  # وبغداد
        Entity("LOC", "العراق", 2),
        Entity("ORG", "منظمة البلدان المصدرة للنفط"),
        Entity("ORG", "أوبك", 2),  # (أوبك); the first "أوبك" is inside أوبك بلس
        Entity("LOC", "السعودية", 1),
        Entity("DATE", "العام 2024"),
        Entity("ORG", "جامعة البصرة"),
        Entity("PER", "سلام الحديثي"),
        Entity("ORG", "وكالة رويترز"),
        Entity("ORG", "رويترز", 2),
        Entity("ORG", "أوبك", 3),
        Entity("DATE", "يناير", 2),
        Entity("ORG", "أوبك بلس", 2),
        Entity("LOC", "السعودية", 2),
        Entity("LOC", "روسيا"),
        Entity("DATE", "يونيو", 1),
        Entity("LOC", "الصين"),
        Entity("LOC", "فيينا"),
        Entity("DATE", "4 يونيو"),
        Entity("LOC", "العراق", 3),
    ],
    figures=[
        Figure("QUANTITY", "نحو 3.45 مليون برميل يومياً", 3_450_000, BARRELS_PER_DAY, "about"),
        Figure("PERCENT", "4.2 في المئة", 4.2, "percent", None),
        Figure("MONEY", "نحو 8.1 مليار دولار", 8_100_000_000, "USD", "about"),
        Figure("QUANTITY", "نحو 3.3 مليون برميل يومياً", 3_300_000, BARRELS_PER_DAY, "about"),
        Figure("PERCENT", "أكثر من 90 في المئة", 90, "percent", "more_than"),
        Figure("MONEY", "70 دولاراً", 70, "USD", None),
        Figure("MONEY", "أقل من 75 دولاراً", 75, "USD", "less_than"),
        Figure("PERCENT", "8 في المئة", 8, "percent", None),
        Figure("CARDINAL", "نحو أربعة ملايين موظف", 4_000_000, "people", "about"),  # لنحو
        Figure("QUANTITY", "110 آلاف برميل يومياً", 110_000, BARRELS_PER_DAY, None),
        Figure("QUANTITY", "26.6 مليون برميل يومياً", 26_600_000, BARRELS_PER_DAY, None),
        Figure("QUANTITY", "2.2 مليون برميل يومياً", 2_200_000, BARRELS_PER_DAY, None),
        Figure("MONEY", "نحو 80 دولاراً", 80, "USD", "about"),
    ],
    claims=[
        Claim("صادرات البلاد", "بشهر ديسمبر", ("مثنى الكبيسي", 1)),
        Claim("«العراق ملتزم", "ارتفعت الأسعار»", ("الكبيسي", 2)),
        Claim("عائدات النفط", "مليار دولار", ("الكبيسي", 2)),  # مضيفاً أن
        Claim("وبحسب بيانات", "أربيل وبغداد", ("شركة تسويق النفط العراقية", 1)),
        Claim("الحكومة تراهن", "دفع الرواتب", ("سلام الحديثي", 1)),
        Claim("الإيرادات غير", "موظف حكومي", ("سلام الحديثي", 1)),  # وأضاف: latest speaker
        Claim("وبحسب مسح", "بالتخفيضات الطوعية", ("رويترز", 2)),
    ],
)

# --------------------------------------------------------------------------------------------
# Floods, Yemen: Eastern Arabic digits, number words, «» quotes, obscure villages.
YEMEN_FLOODS = GoldArticle(
    "005_yemen_floods.json",
    HELDOUT_DIR / "005_yemen_floods.txt",
    entities=[
        Entity("LOC", "المحويت", 1),
        Entity("LOC", "اليمن"),
        Entity("DATE", "الثلاثاء", 1),
        Entity("ORG", "جمعية الهلال الأحمر اليمني"),
        Entity("DATE", "الخميس"),
        Entity("ORG", "الهلال الأحمر", 2),  # short form of the society named above
        Entity("LOC", "صنعاء", 1),
        Entity("PER", "عبد الرحمن الشرعبي"),
        Entity("ORG", "وكالة الصحافة الفرنسية"),
        Entity("LOC", "الطويلة"),
        Entity("LOC", "الرجم", 1),
        Entity("LOC", "الصُّرْم"),
        Entity("ORG", "وكالة الأنباء اليمنية"),
        Entity("ORG", "سبأ"),
        Entity("LOC", "المحويت", 2),  # inside the title محافظ المحويت
        Entity("PER", "حسین الأهدل"),
        Entity("LOC", "المحويت", 3),
        Entity("PER", "الأهدل", 2),
        Entity("LOC", "الرجم", 2),
        Entity("LOC", "صنعاء", 2),
        Entity("LOC", "الحديدة"),
        Entity("ORG", "منظمة الصحة العالمية", 1),
        Entity("DATE", "أغسطس"),
        Entity("ORG", "منظمة الصحة العالمية", 2),  # لمنظمة
        Entity("DATE", "الأربعاء"),
        Entity("PER", "فهد القُدسي"),
        Entity("ORG", "المنظمة الدولية للهجرة"),
        Entity("DATE", "الثلاثاء", 2),
        Entity("LOC", "المحويت", 4),
        Entity("ORG", "لأمم المتحدة"),  # للأمم: the ل of the article stays inside
        Entity("ORG", "المركز الوطني للأرصاد"),
        Entity("DATE", "العام ٢٠٠٨"),
        Entity("LOC", "حضرموت"),  # وادي حضرموت: the head noun stays outside
    ],
    figures=[
        Figure("CARDINAL", "٤٧ شخصاً على الأقل", 47, "people", "at_least"),
        Figure("CARDINAL", "٣١ شخصاً", 31, "people", None),
        Figure("CARDINAL", "١٢ شخصاً", 12, "people", None),
        Figure("CARDINAL", "نحو مئتي منزل", 200, None, "about"),
        Figure("QUANTITY", "أكثر من ١٥ كيلومتراً", 15, "km", "more_than"),
        Figure("CARDINAL", "نحو ألفي شخص", 2_000, "people", "about"),
        Figure("CARDINAL", "٦٣ شخصاً", 63, "people", None),
        Figure("CARDINAL", "أكثر من ٣٠٠ شخص", 300, "people", "more_than"),
        Figure("CARDINAL", "ثلاثة آلاف عبوة", 3_000, None, None),
        Figure("CARDINAL", "ما يزيد على ٦٥٠٠ شخص", 6_500, "people", "more_than"),
        Figure("CARDINAL", "أكثر من ١٨ مليون يمني", 18_000_000, "people", "more_than"),
        Figure("MONEY", "٢٫٥ مليار دولار", 2_500_000_000, "USD", None),
        Figure("PERCENT", "٢٨ في المئة", 28, "percent", None),
    ],
    claims=[
        Claim("لقي ٤٧", "اليمني، الخميس", ("جمعية الهلال الأحمر اليمني", 1)),  # وفق ما أعلنت
        Claim("فرق الإغاثة", "عداد المفقودين", ("عبد الرحمن الشرعبي", 1)),
        Claim("الطرق المؤدية", "وبواسطة الحمير", ("عبد الرحمن الشرعبي", 1)),  # وأضاف: «…»
        Claim("السيول دمرت", "الطرق الزراعية", ("حسین الأهدل", 1)),  # نقلت … عن المحافظ قوله
        Claim("السلطات المحلية", "مدينة المحويت", ("حسین الأهدل", 1)),  # مؤكداً أن
        Claim("المستشفى الريفي", "صنعاء والحديدة", ("الأهدل", 2)),
        Claim("المياه الراكدة", "المناطق المنكوبة", ("منظمة الصحة العالمية", 1)),
        Claim("أكثر من ٣٠٠", "مطلع أغسطس", ("منظمة الصحة العالمية", 1)),  # مشيرة إلى أن
        Claim("فريقاً تابعاً", "لعلاج الإسهال", ("فهد القُدسي", 1)),
        Claim("وبحسب المنظمة", "أطراف مدينة المحويت", ("المنظمة الدولية للهجرة", 1)),
        Claim("ويحتاج أكثر", "حتى الآن", ("لأمم المتحدة", 1)),
        Claim("تستمر الأمطار", "نهاية الأسبوع", ("المركز الوطني للأرصاد", 1)),
    ],
)

# --------------------------------------------------------------------------------------------
# Economy, Maghreb: decimal commas, Moroccan and Algerian/Tunisian month names, pronoun speakers.
MOROCCO_INFLATION = GoldArticle(
    "006_morocco_inflation.json",
    HELDOUT_DIR / "006_morocco_inflation.txt",
    entities=[
        Entity("ORG", "بنك المغرب", 1),
        Entity("DATE", "الثلاثاء"),
        Entity("LOC", "المغرب", 2),  # the first "المغرب" is inside بنك المغرب
        Entity("ORG", "بنك المغرب", 2),
        Entity("PER", "كريم الودغيري"),
        Entity("LOC", "الرباط"),  # بالرباط
        Entity("DATE", "العام 2023"),
        Entity("ORG", "المندوبية السامية للتخطيط"),
        Entity("DATE", "غشت", 1),
        Entity("DATE", "يوليوز"),
        Entity("DATE", "ماي"),
        Entity("ORG", "حزب العدالة والتنمیة"),
        Entity("PER", "إدريس الصقلي"),
        Entity("DATE", "غشت 2022"),
        Entity("PER", "ياسين العلمي"),
        Entity("DATE", "الخميس"),
        Entity("ORG", "وكالة المغرب العربي للأنباء"),
        Entity("LOC", "الجزائر"),
        Entity("ORG", "الديوان الوطني للإحصائيات"),
        Entity("DATE", "أوت"),
        Entity("DATE", "فيفري"),
        Entity("ORG", "المعهد الوطني للإحصاء"),
        Entity("LOC", "تونس"),
        Entity("DATE", "جانفي 2025"),
    ],
    figures=[
        Figure("PERCENT", "2,75 في المئة", 2.75, "percent", None),
        Figure("PERCENT", "2,8 في المئة", 2.8, "percent", None),
        Figure("PERCENT", "3,7 في المئة", 3.7, "percent", None),  # و3,7
        Figure("PERCENT", "3,4 في المئة", 3.4, "percent", None),
        Figure("PERCENT", "4,3 في المئة", 4.3, "percent", None),
        Figure("PERCENT", "1,9 في المئة", 1.9, "percent", None),
        Figure("PERCENT", "2,3 في المئة", 2.3, "percent", None),
        Figure("PERCENT", "0,8 في المئة", 0.8, "percent", None),
        Figure("MONEY", "2,5 مليار درهم", 2_500_000_000, "MAD", None),
        Figure("CARDINAL", "أكثر من 12 مليون شخص", 12_000_000, "people", "more_than"),
        Figure("MONEY", "نحو 25 مليار درهم", 25_000_000_000, "MAD", "about"),
        Figure("PERCENT", "13,1 في المئة", 13.1, "percent", None),
        Figure("PERCENT", "4,6 في المئة", 4.6, "percent", None),
        Figure("PERCENT", "9,3 في المئة", 9.3, "percent", None),
        Figure("PERCENT", "أقل من 6 في المئة", 6, "percent", "less_than"),
    ],
    claims=[
        Claim("«الضغوط التضخمية", "زالت قائمة»", ("كريم الودغيري", 1)),
        Claim("الاقتصاد الوطني", "العام 2023", ("كريم الودغيري", 1)),  # وأضاف: latest speaker
        Claim("عجز الميزانية", "الداخلي الخام", ("كريم الودغيري", 1)),  # مشيراً إلى أن
        Claim("المؤسسة «ستواصل", "إلى الارتفاع", ("كريم الودغيري", 1)),  # وشدد على أن
        Claim("وبحسب المندوبية", "بنسبة 0,8 في المئة", ("المندوبية السامية للتخطيط", 1)),
        Claim("«الأسر المغربية", "الأجور كافية»", ("إدريس الصقلي", 1)),
        Claim("الحكومة مطالبة", "مليار درهم", ("إدريس الصقلي", 1)),  # وتابع: latest speaker
        Claim("برنامج الدعم", "مليار درهم", ("ياسين العلمي", 1)),
        Claim("ونقلاً عن", "من عقدين", ("وكالة المغرب العربي للأنباء", 1)),
        Claim("التضخم تراجع", "العام الماضي", ("الديوان الوطني للإحصائيات", 1)),
        Claim("ينخفض إلى", "جانفي 2025", ("المعهد الوطني للإحصاء", 1)),
    ],
)

ARTICLES = [IRAQ_OIL, YEMEN_FLOODS, MOROCCO_INFLATION]


# --------------------------------------------------------------------------------------------
def main(argv: list[str] | None = None) -> int:
    return write_gold_files("make_heldout", ARTICLES, HELDOUT_DIR, argv)


if __name__ == "__main__":
    sys.exit(main())
