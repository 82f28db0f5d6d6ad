"""Figure rules, second round (issue 14): negatives, ranges, fractions with a unit, sub-units and
two-part amounts, currency codes and symbols, unit abbreviations, degrees, فاصلة, a leading
decimal mark, Egyptian numerals, and figures after a year word. Every sentence is checked for its
span, label, value, unit, qualifier and, for a range, its high end."""


import pytest
from test_figures import rules_copy  # noqa: F401 (the fixture: a copy of the figure rules to edit)

from tawsim.core.resources import resource_path
from tawsim.rules.engine import Engine
from tawsim.rules.figures.rules import FigureRules
from tawsim.text.normalize import MatchView


@pytest.fixture(scope="module")
def rules():
    return FigureRules.load(resource_path("rules"))


def figures(rules, text):
    return [
        (text[m.start : m.end], m.label, m.attrs["value"], m.attrs["unit"], m.attrs["qualifier"], m.attrs.get("high"))
        for m in rules.find(MatchView(text), [])
    ]


def check(rules, sentence, expected):
    found = figures(rules, sentence)
    assert found == expected
    for (_, _, value, _, _, high), (_, _, wanted, _, _, wanted_high) in zip(found, expected):
        assert type(value) is type(wanted) and type(high) is type(wanted_high)  # 20 stays int, 0.5 float


NEGATIVES = [
    ("انخفضت الحرارة في عمان إلى -1.2 درجة مئوية فجر اليوم.",
     [("-1.2 درجة مئوية", "QUANTITY", -1.2, "celsius", None, None)]),
    ("وسجلت محطة سانت كاترين -٣ درجات مئوية.",
     [("-٣ درجات مئوية", "QUANTITY", -3, "celsius", None, None)]),
    ("وتراجع صافي الاحتياطي إلى -1200000 دولار في نهاية الربع.",
     [("-1200000 دولار", "MONEY", -1_200_000, "USD", None, None)]),
    ("وسجل النمو -0,5 في المئة خلال الربع الأخير.",
     [("-0,5 في المئة", "PERCENT", -0.5, "percent", None, None)]),
    ("وبلغ رصيد الحساب (-5) بحسب البيان.", [("-5", "CARDINAL", -5, None, None, None)]),
    ("وبلغت الحرارة في الجولان درجتين تحت الصفر ليل الأحد.",
     [("درجتين تحت الصفر", "QUANTITY", -2, "celsius", None, None)]),
    ("وهبطت الحرارة إلى 2 تحت الصفر في المرتفعات.",
     [("2 تحت الصفر", "QUANTITY", -2, "celsius", None, None)]),
    ("وتوقعت الأرصاد أن تبلغ الصغرى 4 درجات تحت الصفر في القدس.",
     [("4 درجات تحت الصفر", "QUANTITY", -4, "celsius", None, None)]),
    ("وسجلت مدينة إفران - 5 درجات صباح الخميس.",
     [("- 5 درجات", "QUANTITY", -5, "degree", None, None)]),
    ("وانخفضت الحرارة إلى نحو 3 درجات مئوية تحت الصفر.",
     [("نحو 3 درجات مئوية تحت الصفر", "QUANTITY", -3, "celsius", "about", None)]),
]


@pytest.mark.parametrize("sentence, expected", NEGATIVES)
def test_negative_figures(rules, sentence, expected):
    check(rules, sentence, expected)


@pytest.mark.parametrize("sentence", [
    "وقالت المصادر - 5 أشخاص على الأقل قتلوا.",  # a spaced dash is a sign only before a temperature
    "شارك في الدورة 2011-2014 عدد من الفرق.",
    "استخدم التنظيم طائرات F-16 في الهجوم.",
    "وفاز الفريق 3-1 على ضيفه.",
])
def test_dashes_that_make_no_negative_and_no_range(rules, sentence):
    assert all(value >= 0 for _, _, value, _, _, _ in figures(rules, sentence))
    assert all(high is None for *_, high in figures(rules, sentence))


RANGES = [
    ("ويتراوح سعر الوجبة بين 10 و20 دولاراً في المطاعم الشعبية.",
     [("بين 10 و20 دولاراً", "MONEY", 10, "USD", None, 20)]),
    ("ويباع الكيلو في السوق بسعر 10-20 دولار بحسب الجودة.",
     [("10-20 دولار", "MONEY", 10, "USD", None, 20)]),
    ("وتطلب الشركات ما بين عشرة وعشرين ألف دولار للرحلة.",
     [("ما بين عشرة وعشرين ألف دولار", "MONEY", 10_000, "USD", None, 20_000)]),
    ("ويتقاضى العامل من عشرة لعشرين دولار يومياً.",
     [("من عشرة لعشرين دولار", "MONEY", 10, "USD", None, 20)]),
    ("ويراوح الإيجار حوالي 300$-500$ شهرياً.",
     [("حوالي 300$-500$", "MONEY", 300, "USD", "about", 500)]),
    ("وقدرت الخسائر بنحو 10-15 في المئة من الناتج.",
     [("نحو 10-15 في المئة", "PERCENT", 10, "percent", "about", 15)]),
    ("ونزح من 3 إلى 5 آلاف شخص خلال أسبوع.",
     [("من 3 إلى 5 آلاف شخص", "CARDINAL", 3000, "people", None, 5000)]),
    ("وتبعد المدينة عن الحدود بين 40 و60 كيلومتراً.",
     [("بين 40 و60 كيلومتراً", "QUANTITY", 40, "km", None, 60)]),
    ("وبيع البرميل بسعر يتراوح ومن 80 حتى 90 دولاراً.",
     [("من 80 حتى 90 دولاراً", "MONEY", 80, "USD", None, 90)]),
]


@pytest.mark.parametrize("sentence, expected", RANGES)
def test_ranges_store_the_low_end_as_value_and_the_high_end_apart(rules, sentence, expected):
    found = figures(rules, sentence)
    assert [row[:5] for row in found] == [row[:5] for row in expected]
    assert [row[5] for row in found] == [row[5] for row in expected]


def test_a_scale_word_written_once_after_the_high_end_scales_the_low_end_too(rules):
    [(_, _, low, _, _, high)] = figures(rules, "ونزح من 3 إلى 5 آلاف شخص خلال أسبوع.")
    assert (low, high) == (3000, 5000)
    [(_, _, low, _, _, high)] = figures(rules, "وتراوحت الكلفة بين 800 و1,5 مليون دولار.")
    assert (low, high) == (800, 1_500_000)  # 800 million would be above the high end


@pytest.mark.parametrize("sentence, expected", [
    # A unit after both ends is a change from one figure to another, not a range.
    ("وتراجعت حصة الإقليم من 17 في المئة إلى 12 في المئة.", [
        ("17 في المئة", "PERCENT", 17, "percent", None, None),
        ("12 في المئة", "PERCENT", 12, "percent", None, None),
    ]),
    # After a word of change, من … إلى tells where a figure went: two figures.
    ("وارتفعت نسبة البطالة في البلاد من 10 إلى 12 في المئة.", [
        ("10", "CARDINAL", 10, None, None, None),
        ("12 في المئة", "PERCENT", 12, "percent", None, None),
    ]),
    ("وخفضت الحكومة سعر الخبز من 5 إلى 3 جنيهات.", [
        ("5", "CARDINAL", 5, None, None, None),
        ("3 جنيهات", "MONEY", 3, "pound", None, None),
    ]),
    # Years between بين and و, with no unit, are no range and no figure.
    ("وبين 2014 و2016 قتل المئات في المعارك.", []),
    ("وفي موسم 2014-2015 شهد الدوري تغييرات كبيرة.", []),
    # The high end must be above the low end.
    ("وسجل الفريق 3-1 هدفاً في المباراة.", []),
])
def test_what_is_no_range(rules, sentence, expected):
    assert figures(rules, sentence) == expected


def test_a_word_of_change_in_an_earlier_clause_does_not_stop_a_range(rules):
    sentence = "وقال إن الأسعار ارتفعت، ويتراوح السعر الآن من 10 إلى 20 دولاراً."
    assert figures(rules, sentence) == [("من 10 إلى 20 دولاراً", "MONEY", 10, "USD", None, 20)]


FRACTIONS = [
    ("ويحتاج الطفل إلى نصف لتر من الحليب يومياً.", [("نصف لتر", "QUANTITY", 0.5, "l", None, None)]),
    ("وارتفع سعر ربع لتر من الزيت.", [("ربع لتر", "QUANTITY", 0.25, "l", None, None)]),
    ("وتشرب الأسرة لتر ونصف من الماء في اليوم.", [("لتر ونصف", "QUANTITY", 1.5, "l", None, None)]),
    ("ووزع على كل عائلة كيلوغرام وربع من الطحين.", [("كيلوغرام وربع", "QUANTITY", 1.25, "kg", None, None)]),
    ("وبلغ سعر الرغيف نصف دولار.", [("نصف دولار", "MONEY", 0.5, "USD", None, None)]),
    ("وقطع المتسابق 3 كيلومترات ونصف في الساعة الأولى.", [("3 كيلومترات ونصف", "QUANTITY", 3.5, "km", None, None)]),
    ("واشترت نص كيلو لحمة بخمسين جنيه.", [("نص كيلو", "QUANTITY", 0.5, "kg", None, None),
                                         ("خمسين جنيه", "MONEY", 50, "pound", None, None)]),
    ("وتحتاج كل أسرة إلى لترين من الماء و5 لترات من الوقود.", [
        ("لترين", "QUANTITY", 2, "l", None, None), ("5 لترات", "QUANTITY", 5, "l", None, None)]),
]


@pytest.mark.parametrize("sentence, expected", FRACTIONS)
def test_fractions_and_duals_with_a_unit(rules, sentence, expected):
    check(rules, sentence, expected)


@pytest.mark.parametrize("sentence", [
    "وحصل الحزب على نصف المقاعد.",
    "وانتظر المسافرون ربع ساعة قبل الإقلاع.",  # a fraction counts money or a measure, not time
    "ونشرت الوكالة نص البيان كاملاً.",
    "وأمضى في السجن ساعة ونصف.",
])
def test_fractions_that_are_no_figure(rules, sentence):
    assert figures(rules, sentence) == []


MONEY = [
    ("وأغلق السهم على 20 دولاراً و43 سنتاً في نيويورك.", [("20 دولاراً و43 سنتاً", "MONEY", 20.43, "USD", None, None)]),
    ("وارتفع سعر الليتر أكثر من ثلاثة دولارات و42 سنتاً.",
     [("أكثر من ثلاثة دولارات و42 سنتاً", "MONEY", 3.42, "USD", "more_than", None)]),
    ("وبلغ سعر التذكرة 7 يورو و50 سنتاً.", [("7 يورو و50 سنتاً", "MONEY", 7.5, "EUR", None, None)]),
    ("ورفعت الحكومة الكويتية سعر البنزين إلى دينار و250 فلساً.",
     [("250 فلساً", "MONEY", 0.25, "KWD", None, None)]),
    ("وقال إن سعر الخبز ارتفع 10 سنتات فقط.", [("10 سنتات", "MONEY", 0.1, "USD", None, None)]),
    ("وبيعت الكمية بـ 3 دنانير و500 فلس في عمّان بالأردن.", [("3 دنانير و500 فلس", "MONEY", 3.5, "JOD", None, None)]),
    ("وفي القاهرة ارتفع سعر الرغيف إلى 50 قرشاً.", [("50 قرشاً", "MONEY", 0.5, "EGP", None, None)]),
    ("وتبرع رجل أعمال بمبلغ $ 10 ملايين للمستشفى.", [("$ 10 ملايين", "MONEY", 10_000_000, "USD", None, None)]),
    ("وبلغت قيمة الصفقة 42 KWD للسهم.", [("42 KWD", "MONEY", 42, "KWD", None, None)]),
    ("وبيعت التذكرة بـ 150 EGP في المطار.", [("150 EGP", "MONEY", 150, "EGP", None, None)]),
    ("ويبلغ سعر الكيلو 42 ج.م.", [("42 ج.م", "MONEY", 42, "EGP", None, None)]),
    ("وبلغ الراتب 800 د.ك شهرياً.", [("800 د.ك", "MONEY", 800, "KWD", None, None)]),
    ("ويكلف الاشتراك 99 ر.س سنوياً.", [("99 ر.س", "MONEY", 99, "SAR", None, None)]),
    ("ودفع السائح 20€ ثمناً للوجبة.", [("20€", "MONEY", 20, "EUR", None, None)]),
    ("وبلغ ثمن القطعة 20 €.", [("20 €", "MONEY", 20, "EUR", None, None)]),
    ("وتكلف المعاملة 10$ فقط.", [("10$", "MONEY", 10, "USD", None, None)]),
    ("وبلغت الغرامة 3,5 مليون اورو.", [("3,5 مليون اورو", "MONEY", 3_500_000, "EUR", None, None)]),
    ("وحول المغترب 200 أورو إلى عائلته.", [("200 أورو", "MONEY", 200, "EUR", None, None)]),
    ("وفرضت إسرائيل غرامة قدرها 5 آلاف شيكل.", [("5 آلاف شيكل", "MONEY", 5000, "ILS", None, None)]),
    ("ويباع كيس الطحين بـ 40 شواقل.", [("40 شواقل", "MONEY", 40, "ILS", None, None)]),
    ("وتبلغ قيمة الفاتورة 300 ₪.", [("300 ₪", "MONEY", 300, "ILS", None, None)]),
    ("وارتفع سعر البنزين في السعودية 15 هللة.", [("15 هللة", "MONEY", 0.15, "SAR", None, None)]),
]


@pytest.mark.parametrize("sentence, expected", MONEY)
def test_money_with_codes_symbols_and_sub_units(rules, sentence, expected):
    check(rules, sentence, expected)


UNITS = [
    ("ويحتوي القرص على 500 ملغ من المادة الفعالة.", [("500 ملغ", "QUANTITY", 500, "mg", None, None)]),
    ("وضبطت الشرطة 12 كغ من المخدرات و3 كلغ من الحشيش.",
     [("12 كغ", "QUANTITY", 12, "kg", None, None), ("3 كلغ", "QUANTITY", 3, "kg", None, None)]),
    ("ويبعد المخيم 40 كلم عن العاصمة و3كم عن الحدود.",
     [("40 كلم", "QUANTITY", 40, "km", None, None), ("3كم", "QUANTITY", 3, "km", None, None)]),
    ("وتعطى كل جرعة 250 مل من المحلول.", [("250 مل", "QUANTITY", 250, "ml", None, None)]),
    ("وبلغ منسوب المياه 2سم فوق المعدل.", [("2سم", "QUANTITY", 2, "cm", None, None)]),
    ("وهطلت أمطار بلغت 35 ملم في ساعتين.", [("35 ملم", "QUANTITY", 35, "mm", None, None)]),
    ("وتبلغ مساحة الشقة 120 م² في وسط المدينة.", [("120 م²", "QUANTITY", 120, "m2", None, None)]),
    ("وسجلت الحرارة 45° في البصرة.", [("45°", "QUANTITY", 45, "degree", None, None)]),
    ("وتجاوزت الحرارة 48 °م في الكويت.", [("48 °م", "QUANTITY", 48, "celsius", None, None)]),
    ("وبلغت الحرارة 37° سلزيوس في الظل.", [("37° سلزيوس", "QUANTITY", 37, "celsius", None, None)]),
    ("وبلغت الحرارة في فينيكس 110 درجات فهرنهايت.", [("110 درجات فهرنهايت", "QUANTITY", 110, "fahrenheit", None, None)]),
    ("وضرب زلزال بقوة 5.8 درجات على مقياس ريختر جنوب تركيا.",
     [("5.8 درجات على مقياس ريختر", "QUANTITY", 5.8, "richter", None, None)]),
    ("وارتفع سعر الذهب إلى ألفي دولار للأونصة بعد بيع ثلاثة أونصات من الذهب.",
     [("ألفي دولار", "MONEY", 2000, "USD", None, None), ("ثلاثة أونصات", "QUANTITY", 3, "oz", None, None)]),
    ("وأنتجت المحطة 1,2 غيغاواط من الكهرباء.", [("1,2 غيغاواط", "QUANTITY", 1.2, "GW", None, None)]),
    ("وصادرت السلطات 300 غالون من الوقود.", [("300 غالون", "QUANTITY", 300, "gal", None, None)]),
]


@pytest.mark.parametrize("sentence, expected", UNITS)
def test_unit_abbreviations_degrees_and_glued_units(rules, sentence, expected):
    check(rules, sentence, expected)


@pytest.mark.parametrize("sentence", [
    "ووقع ذلك في 2014م.",
    "وأطلقت الشركة شبكات 5G في البلاد.",
    "وأصيب 19كوفيد بالمرض.",
])
def test_letters_glued_to_digits_that_are_no_unit(rules, sentence):
    assert figures(rules, sentence) == []


DECIMALS = [
    ("ونما الاقتصاد 2 فاصلة 5 في المئة.", [("2 فاصلة 5 في المئة", "PERCENT", 2.5, "percent", None, None)]),
    ("وقال الوزير إن العجز بلغ ثلاثة فاصلة خمسة مليار دولار.",
     [("ثلاثة فاصلة خمسة مليار دولار", "MONEY", 3_500_000_000, "USD", None, None)]),
    ("وبلغ التضخم واحد فاصلة واحد في المئة.", [("واحد فاصلة واحد في المئة", "PERCENT", 1.1, "percent", None, None)]),
    ("وتراجعت النسبة إلى ٫٧٧ في المئة.", [("٫٧٧ في المئة", "PERCENT", 0.77, "percent", None, None)]),
    ("وبلغ سعر السهم .75 دولار.", [(".75 دولار", "MONEY", 0.75, "USD", None, None)]),
    ("وبلغت نسبة المشاركة ٠٫٧٧٠ فقط.", [("٠٫٧٧٠", "CARDINAL", 0.77, None, None, None)]),
]


@pytest.mark.parametrize("sentence, expected", DECIMALS)
def test_decimals_said_with_faasila_or_written_with_a_leading_mark(rules, sentence, expected):
    check(rules, sentence, expected)


def test_a_leading_decimal_mark_is_never_read_as_a_whole_number(rules):
    assert figures(rules, "بنسبة ٫٧٧") == [("٫٧٧", "CARDINAL", 0.77, None, None, None)]
    assert figures(rules, "رقم 1.2.77 هنا") == []


EGYPTIAN = [
    ("وقال البائع: الكيلو بحداشر جنيه دلوقتي.", [("حداشر جنيه", "MONEY", 11, "pound", None, None)]),
    ("ودفعت تلتمية جنيه للدكتور.", [("تلتمية جنيه", "MONEY", 300, "pound", None, None)]),
    ("وفي الحارة خمسمية شخص من غير شغل.", [("خمسمية شخص", "CARDINAL", 500, "people", None, None)]),
    ("واتقبض على ربعمية واحد.", [("ربعمية", "CARDINAL", 400, None, None, None)]),
    ("وقال إن الإيجار بقى ألفين وتلتمية جنيه.", [("ألفين وتلتمية جنيه", "MONEY", 2300, "pound", None, None)]),
    ("وصرفوا اتناشر مليون جنيه على الكوبري.", [("اتناشر مليون جنيه", "MONEY", 12_000_000, "pound", None, None)]),
    ("والعربية فيها تمنتاشر راكب.", [("تمنتاشر راكب", "CARDINAL", 18, None, None, None)]),
    ("ودفع خمسمية خمسة وعشرين جنيه.", [("خمسمية خمسة وعشرين جنيه", "MONEY", 525, "pound", None, None)]),
    ("وقالت إن ابنها عنده ستاشر سنة.", [("ستاشر سنة", "CARDINAL", 16, None, None, None)]),
    ("وفي الشارع اتنين مليون عربية.", [("اتنين مليون عربية", "CARDINAL", 2_000_000, None, None, None)]),
]


@pytest.mark.parametrize("sentence, expected", EGYPTIAN)
def test_egyptian_numerals(rules, sentence, expected):
    check(rules, sentence, expected)


@pytest.mark.parametrize("sentence", [
    "وقال إن البناء متين ولا خوف عليه.",  # متين (solid) alone is no 200
    "وشربنا مية كتير.",  # مية (water; Egyptian 100) is no number word
])
def test_spoken_number_words_that_alone_are_other_words(rules, sentence):
    assert figures(rules, sentence) == []


YEAR_WORDS = [
    ("وبلغ عدد القتلى هذا العام 300 شخص بحسب المرصد.", [("300 شخص", "CARDINAL", 300, "people", None, None)]),
    ("وسجلت البلاد خلال العام 1,2 مليون زائر.", [("1,2 مليون زائر", "CARDINAL", 1_200_000, "people", None, None)]),
    ("وخسرت الشركة في العام 40 مليون دولار.", [("40 مليون دولار", "MONEY", 40_000_000, "USD", None, None)]),
    ("ووقعت المعركة العام 2014 وقتل فيها 5 أشخاص.", [("5 أشخاص", "CARDINAL", 5, "people", None, None)]),
    ("وولد في عام 1990 شخص واحد فقط.", []),  # a year stays a year, even before a noun
    ("وفي سنة 48 هاجرت العائلة.", []),
]


@pytest.mark.parametrize("sentence, expected", YEAR_WORDS)
def test_figures_after_a_year_word(rules, sentence, expected):
    check(rules, sentence, expected)


def test_slash_dates_are_left_to_the_date_rules(rules):
    assert figures(rules, "ووقعت الاتفاقية في 27/11/1946 في القاهرة.") == []
    assert figures(rules, "وصدر القرار في ١٥/٣/٢٠١٩ وطبق فورا.") == []


def test_the_engine_keeps_every_new_attribute(tmp_path):
    engine = Engine.load()
    text = "ويتراوح السعر بين 10 و20 دولاراً، وسجلت الحرارة -3 درجات مئوية."
    figures_found = [m for m in engine.find(text) if m.category == "figure"]
    assert [(m.attrs["value"], m.attrs.get("high"), m.attrs["unit"]) for m in figures_found] == [
        (10, 20, "USD"), (-3, None, "celsius")]


# --- the new data files are rules: editing them changes what is found -------------------------


def test_a_sub_unit_added_to_the_data_joins_its_currency(rules_copy):
    sentence = "ودفع 5 روبلات و20 ليبتا ثمنا للتذكرة."
    with open(rules_copy / "figures" / "currencies.jsonl", "a", encoding="utf-8") as file:
        file.write('{"unit": "RUB", "forms": ["روبلات مجازية"]}\n')
    with open(rules_copy / "figures" / "subunits.jsonl", "a", encoding="utf-8") as file:
        file.write('{"unit": "RUB", "of": {"RUB": 100}, "forms": ["ليبتا"]}\n')
    [(span, label, value, unit, _, _)] = figures(FigureRules.load(rules_copy), sentence)
    assert (span, label, value, unit) == ("5 روبلات و20 ليبتا", "MONEY", 5.2, "RUB")


def test_a_range_word_added_to_the_data_is_used(rules_copy):
    sentence = "وتتراوح الأسعار ما بين 5 وحتى 9 دولارات."
    assert all(row[-1] is None for row in figures(FigureRules.load(rules_copy), sentence))
    with open(rules_copy / "figures" / "ranges.jsonl", "a", encoding="utf-8") as file:
        file.write('{"before": ["بين", "ما بين"], "between": ["وحتى"]}\n')
    [(span, _, value, unit, _, high)] = figures(FigureRules.load(rules_copy), sentence)
    assert (span, value, high, unit) == ("ما بين 5 وحتى 9 دولارات", 5, 9, "USD")


def test_without_the_optional_files_the_new_readings_are_off(rules_copy):
    for name in ("ranges.jsonl", "negatives.jsonl", "subunits.jsonl", "year_after.txt", "year_prepositions.txt"):
        (rules_copy / "figures" / name).unlink()
    rules = FigureRules.load(rules_copy)
    assert figures(rules, "بين 10 و20 دولاراً")[-1][-1] is None
    assert figures(rules, "درجتين تحت الصفر")[0][2] == 2


def test_a_range_keeps_its_high_end_through_the_figure_notes_of_brat_and_label_studio(rules):
    from tawsim.formats.common import figure_note, parse_figure_note

    [match] = rules.find(MatchView("بين 10 و20,5 دولاراً"), [])
    note = figure_note(match.attrs)
    assert note == "value=10 unit=USD high=20.5"
    assert parse_figure_note(note, "here") == {"value": 10, "unit": "USD", "high": 20.5}


@pytest.mark.parametrize("sentence, expected", [
    ("وتضاف 3/4 كغ من السكر إلى الخليط.", [("3/4 كغ", "QUANTITY", 0.75, "kg", None, None)]),
    ("ويحتاج كل طفل 1/2 لتر من الماء.", [("1/2 لتر", "QUANTITY", 0.5, "l", None, None)]),
    ("ووقع الحادث في 15/3 وفي 27/11/1946.", []),  # a slash without a unit after it is a date's
    ("وأصيب 3/4 الأشخاص.", []),
])
def test_a_slash_fraction_needs_a_unit_of_money_or_measure(rules, sentence, expected):
    check(rules, sentence, expected)


@pytest.mark.parametrize("sentence", [
    "وفي 2019 قدم الوزير استقالته.",  # قدم (presented) is no foot
    "وفي 2014 كم كان عدد الطلاب؟",
])
def test_unit_words_that_are_also_common_words_after_a_year(rules, sentence):
    assert figures(rules, sentence) == []


def test_after_a_preposition_of_time_only_a_year_is_a_year(rules):
    assert figures(rules, "وانتشرت الاحتجاجات في 15 مدينة.") == [("15 مدينة", "CARDINAL", 15, None, None, None)]
    assert figures(rules, "ووصلت القافلة في 300 كم.") == [("300 كم", "QUANTITY", 300, "km", None, None)]
