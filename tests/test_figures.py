"""Figure rules: percentages, money, quantities and counts with their qualifier and unit."""

import re
import shutil

import pytest

from tawsim.core.resources import resource_path
from tawsim.rules.figures.rules import FigureRules
from tawsim.rules.shared.matches import Match
from tawsim.rules.shared.rulefiles import RuleFileError
from tawsim.text.normalize import MatchView


@pytest.fixture(scope="module")
def rules():
    return FigureRules.load(resource_path("rules"))


def dates(text, *phrases):
    """DATE matches, as the entity rules would hand them over, for every occurrence of `phrases`."""
    return [
        Match(found.start(), found.end(), "entity", "DATE", "test", "")
        for phrase in phrases
        for found in re.finditer(re.escape(phrase), text)
    ]


def figures(rules, text, taken=()):
    return [
        (text[m.start : m.end], m.label, m.attrs["value"], m.attrs["unit"], m.attrs["qualifier"])
        for m in rules.find(MatchView(text), list(taken))
    ]


SEED_FIGURES = [
    ("أقل من واحد في المئة", "PERCENT", 1, "percent", "less_than"),
    ("أقل من واحد في المئة", "PERCENT", 1, "percent", "less_than"),
    ("أربعة كيلومترات مربعة", "QUANTITY", 4, "km2", None),
    ("ما یقارب 99,5 في المئة", "PERCENT", 99.5, "percent", "about"),
    ("أكثر من 37 ألف شخص", "CARDINAL", 37000, "people", "more_than"),
    ("نحو 3400 عنصر", "CARDINAL", 3400, "people", "about"),
]
SEED_DATES = ("الخميس", "العام 2014", "أيلول/سبتمبر", "كانون الأول/ديسمبر", "السبت")


def test_the_seed_figures(rules, seed_text):
    found = figures(rules, seed_text, dates(seed_text, *SEED_DATES))
    assert found == SEED_FIGURES
    assert all(type(value) is int for _, _, value, _, _ in found if value != 99.5)


def test_the_seed_figures_without_dates_handed_over(rules, seed_text):
    # The years after العام are still no figures: the word before them says so.
    assert figures(rules, seed_text) == SEED_FIGURES


def test_seed_offsets_rule_ids_and_explanations(rules, seed_text):
    matches = rules.find(MatchView(seed_text), dates(seed_text, *SEED_DATES))
    four = matches[2]
    assert seed_text[four.start - 1] == "ب"  # بأربعة: the proclitic stays outside
    assert seed_text[four.start : four.end] == "أربعة كيلومترات مربعة"
    percent = matches[3]
    assert seed_text.index("ما یقارب 99,5 في المئة") == percent.start
    assert percent.rule_id == "figure:percent"
    assert percent.explanation == "digits 99,5 + «في المئة», qualifier «ما یقارب»"
    people = matches[4]
    assert people.rule_id == "figure:count"
    assert people.explanation == "digits 37 + «ألف» + counted noun «شخص», qualifier «أكثر من»"
    assert matches[2].explanation == "words «أربعة» + unit «كيلومترات مربعة»"
    assert {m.category for m in matches} == {"figure"}
    years = [found.start() for found in re.finditer("2014", seed_text)]
    assert not any(m.start <= year < m.end for m in matches for year in years)


NEW_SENTENCES = [
    ("وصل ثلاثة آلاف لاجئ إلى الحدود.", "ثلاثة آلاف لاجئ", "CARDINAL", 3000, "people", None),
    ("قُتل ثمانين مدنياً في القصف.", "ثمانين مدنياً", "CARDINAL", 80, "people", None),
    ("نزح ألفي شخص من القرية.", "ألفي شخص", "CARDINAL", 2000, "people", None),
    ("بلغت الخسائر عشرة مليارات دولار.", "عشرة مليارات دولار", "MONEY", 10_000_000_000, "USD", None),
    ("تعهد المانحون بتقديم 24 مليار دولار.", "24 مليار دولار", "MONEY", 24_000_000_000, "USD", None),
    ("يعيش في المدينة ٣٫٥ مليون نسمة.", "٣٫٥ مليون نسمة", "CARDINAL", 3_500_000, "people", None),
    ("بلغ عدد المقاعد ١٢٬٥٠٠ مقعد.", "١٢٬٥٠٠ مقعد", "CARDINAL", 12_500, None, None),
    ("ارتفعت البطالة إلى ٪٤٠ في الربع الأخير.", "٪٤٠", "PERCENT", 40, "percent", None),
    ("ارتفعت البطالة إلى ٤٠٪ في الربع الأخير.", "٤٠٪", "PERCENT", 40, "percent", None),
    ("تراجعت الصادرات 12 بالمئة.", "12 بالمئة", "PERCENT", 12, "percent", None),
    ("تراجعت الصادرات 12 في المائة.", "12 في المائة", "PERCENT", 12, "percent", None),
    ("يبلغ سعر الكيلو 1,500 ليرة.", "1,500 ليرة", "MONEY", 1500, "lira", None),
    ("أصيب مئتي شخص بجروح.", "مئتي شخص", "CARDINAL", 200, "people", None),
    ("شارك خمسة وعشرين ألفاً في التظاهرة.", "خمسة وعشرين ألفاً", "CARDINAL", 25_000, None, None),
    ("قتل ما لا يقل عن 45 شخصاً.", "ما لا يقل عن 45 شخصاً", "CARDINAL", 45, "people", "at_least"),
    ("صوت ثلاثمئة وخمسة وعشرون نائباً.", "ثلاثمئة وخمسة وعشرون نائباً", "CARDINAL", 325, "people", None),
    ("بلغت المساحة خمسمائة كيلومتر مربع تقريباً.", "خمسمائة كيلومتر مربع تقريباً", "QUANTITY", 500, "km2", "about"),
    ("يبعد المخيم 30 كلم عن المدينة.", "30 كلم", "QUANTITY", 30, "km", None),
    ("استقبل البلد أكثر من مليون ونصف لاجئ.", "أكثر من مليون ونصف لاجئ", "CARDINAL", 1_500_000, "people", "more_than"),
    ("كلف المشروع نصف مليون يورو.", "نصف مليون يورو", "MONEY", 500_000, "EUR", None),
    ("قتل أحد عشر جندياً في الهجوم.", "أحد عشر جندياً", "CARDINAL", 11, "people", None),
    ("جرح 7 أشخاص على الأقل.", "7 أشخاص على الأقل", "CARDINAL", 7, "people", "at_least"),
    # Guidelines: a rate keeps its time word inside the span (unit bbl/d).
    ("بلغ الإنتاج 1.2 مليون برميل يومياً.", "1.2 مليون برميل يومياً", "QUANTITY", 1_200_000, "bbl/d", None),
    ("دفع 300 جنيه مصري ثمناً للتذكرة.", "300 جنيه مصري", "MONEY", 300, "EGP", None),
    ("بلغت الديون 3 ملايين دولار أميركي.", "3 ملايين دولار أميركي", "MONEY", 3_000_000, "USD", None),
    ("شارك زهاء ألفين ومئتي متظاهر.", "زهاء ألفين ومئتي متظاهر", "CARDINAL", 2200, "people", "about"),
    ("وصل حوالى 0,5 في المئة فقط.", "حوالى 0,5 في المئة", "PERCENT", 0.5, "percent", "about"),
    ("أطلق ما يزيد عن مئة وخمسين معتقلاً.", "ما يزيد عن مئة وخمسين معتقلاً", "CARDINAL", 150, "people", "more_than"),
    ("وسقط بأكثر من ثلاثين قتيلاً.", "أكثر من ثلاثين قتيلاً", "CARDINAL", 30, "people", "more_than"),
    ("نزح ما دون ألف شخص.", "ما دون ألف شخص", "CARDINAL", 1000, "people", "less_than"),
    ("أمضى ست سنوات في السجن.", "ست سنوات", "CARDINAL", 6, None, None),
    ("بلغ عدد القتلى عشرة.", "عشرة", "CARDINAL", 10, None, None),
    ("بلغ عدد سكانها 2,345,678 نسمة.", "2,345,678 نسمة", "CARDINAL", 2_345_678, "people", None),
    ("تبرعت بمبلغ $5 مليون.", "$5 مليون", "MONEY", 5_000_000, "USD", None),
    ("قُتِلَ ثلاثةُ أطفالٍ.", "ثلاثةُ أطفالٍ", "CARDINAL", 3, "people", None),
    ("اعتقل لا يزيد عن ۲۰ شخصاً.", "لا يزيد عن ۲۰ شخصاً", "CARDINAL", 20, "people", "at_most"),
]


@pytest.mark.parametrize("sentence, span, label, value, unit, qualifier", NEW_SENTENCES)
def test_figures_in_sentences_the_rules_never_saw(rules, sentence, span, label, value, unit, qualifier):
    assert figures(rules, sentence) == [(span, label, value, unit, qualifier)]


def test_several_figures_in_one_sentence(rules):
    sentence = "أعلن الجيش مقتل 15 عنصراً و3 أطفال، وإصابة 124 آخرين، وتدمير 40% من المنازل."
    assert figures(rules, sentence) == [
        ("15 عنصراً", "CARDINAL", 15, "people", None),
        ("3 أطفال", "CARDINAL", 3, "people", None),
        ("124 آخرين", "CARDINAL", 124, "people", None),  # guidelines: آخرون counts people
        ("40%", "PERCENT", 40, "percent", None),
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "قال إنه لست متأكداً من ذلك.",  # ل + ست is not "six"
        "وصل أحد المسؤولين إلى دمشق يوم الاثنين.",
        "وقعت الاتفاقية في العام 2019 بين البلدين خلال العامين الماضيين.",
        "شارك عشرات الآلاف في التظاهرات التي شهدتها عدة مدن.",
        "خرج آلاف الأشخاص وملايين المشاهدين.",
        "نشر وسم #سوريا2019 على مواقع التواصل.",
        "استخدم التنظيم طائرات F-16 وصواريخ S-400.",
        "وصل في الساعة 10:30 صباح 15/3/2019.",
        "صدر القرار 2254 عن مجلس الأمن.",
        "انتقل إلى الطابق الـ15 من البرج.",
        "في منتصف 2015 أعلن التنظيم مسؤوليته.",
        "كان الأول والثانية والثالث في الترتيب.",
        "هذا واحد من أهم المشاريع.",
        "فاز بثلث المقاعد.",
        "جرت الانتخابات يوم الثلاثاء والأربعاء والخميس.",
        "وقع ذلك في 2014م.",
        "في القرن التاسع عشر وفي الدورة الحادية عشرة.",
    ],
)
def test_no_figure(rules, sentence):
    assert figures(rules, sentence) == []


def test_a_number_inside_a_date_is_no_figure(rules):
    text = "وفي 15 آذار/مارس قتل 3 أشخاص."
    assert figures(rules, text, dates(text, "15 آذار/مارس")) == [("3 أشخاص", "CARDINAL", 3, "people", None)]
    # Without the date handed over, the day would be read as a count.
    assert figures(rules, text)[0][1:3] == ("CARDINAL", 15)


def test_offsets_are_original_offsets_when_tashkeel_is_removed(rules):
    text = "قُتِلَ أَكْثَرُ مِنْ ٣٧ أَلْفَ شَخْصٍ."
    [match] = rules.find(MatchView(text), [])
    assert text[match.start : match.end] == "أَكْثَرُ مِنْ ٣٧ أَلْفَ شَخْصٍ"
    assert (match.attrs["value"], match.attrs["qualifier"]) == (37000, "more_than")
    assert match.explanation == "digits ٣٧ + «أَلْفَ» + counted noun «شَخْصٍ», qualifier «أَكْثَرُ مِنْ»"


def test_a_generic_currency_takes_its_country_from_the_article(rules):
    jordan = "قال وزير المالية الأردني إن العجز بلغ 900 مليون دينار."
    iraq = "قالت الحكومة العراقية إن العجز بلغ 900 مليون دينار."
    nowhere = "بلغ العجز 900 مليون دينار."
    assert figures(rules, jordan)[0][3] == "JOD"
    assert figures(rules, iraq)[0][3] == "IQD"
    assert figures(rules, nowhere)[0][3] == "dinar"
    assert figures(rules, "بلغ العجز 900 مليون دينار كويتي في الأردن.")[0][3] == "KWD"


# --- the data files are the rules: editing them changes what is found ---------------------------


def test_a_generic_currency_takes_the_country_the_article_names_most(rules):
    # A Tunisian budget in an article that also mentions the Algerian border: the nearest
    # country word is Algeria, but Tunisia is named more often around the figure.
    text = ("أعلنت وزارة الدفاع التونسية أن قوات الأمن في تونس عززت انتشارها. وصادق البرلمان التونسي "
            "على ميزانية بقيمة 3,87 مليار دينار لتأمين الحدود مع الجزائر.")
    assert figures(rules, text) == [("3,87 مليار دينار", "MONEY", 3.87e9, "TND", None)]


def test_households_are_counted_things_and_others_are_people(rules):
    text = "نزحت نحو 400 عائلة، وقتل خمسة أشخاص وأصيب 37 آخرون."
    assert figures(rules, text) == [
        ("نحو 400 عائلة", "CARDINAL", 400, None, "about"),
        ("خمسة أشخاص", "CARDINAL", 5, "people", None),
        ("37 آخرون", "CARDINAL", 37, "people", None),
    ]


@pytest.fixture
def rules_copy(tmp_path):
    target = tmp_path / "rules"
    shutil.copytree(resource_path("rules", "figures"), target / "figures")
    return target


def test_a_counted_noun_added_to_the_data_is_used(rules_copy):
    sentence = "نفق 40 رأس ماشية."
    [(_, _, _, unit, _)] = figures(FigureRules.load(rules_copy), sentence)
    assert unit is None  # counted, but as an unnamed thing
    with open(rules_copy / "figures" / "counted_nouns.jsonl", "a", encoding="utf-8") as file:
        file.write('{"unit": "cattle", "forms": ["رأس ماشية", "رؤوس ماشية"]}\n')
    assert figures(FigureRules.load(rules_copy), sentence) == [("40 رأس ماشية", "CARDINAL", 40, "cattle", None)]


@pytest.mark.parametrize(
    "file, line, message",
    [
        ("number_words.jsonl", '{"forms": ["ثلاثة"], "value": 3, "kind": "units"}', "kind must be one of"),
        ("number_words.jsonl", '{"forms": ["ثلاثة آلاف"], "value": 3000, "kind": "unit"}', "must be one word"),
        ("number_words.jsonl", '{"forms": ["ثلاثة"], "value": 4, "kind": "unit"}', "already defined"),
        ("number_words.jsonl", '{"forms": ["ست"], "value": "six", "kind": "unit"}', "is not a number"),
        ("number_words.jsonl", '{"forms": ["ألف"], "value": 1000, "kind": "scale", "number": "many"}', "number is"),
        ("qualifiers.jsonl", '{"qualifier": "roughly", "forms": ["تقريبا"]}', "qualifier must be one of"),
        ("qualifiers.jsonl", '{"qualifier": "about", "position": "inside", "forms": ["نحو"]}', "position must be"),
        ("currencies.jsonl", '{"unit": null, "forms": ["فلس"]}', "not null"),
        ("currencies.jsonl", '{"unit": "XYZ", "forms": []}', "non-empty list"),
        ("currencies.jsonl", '{"unit": "XYZ", "forms": ["دينار"]}', "already defined differently"),
        ("currencies.jsonl", '{"unit": "dinar", "forms": ["دينار"], "context": ["أردن"]}', "context maps codes"),
        ("units.jsonl", '{"unit": "km", "forms": ["كلم"', "not a JSON object"),
        ("counted_nouns.jsonl", '{"forms": ["بقرة"]}', "missing field 'unit'"),
        ("subunits.jsonl", '{"unit": "USD", "of": {"EUR": 100}, "forms": ["سنتيمو"]}', "must be one of the currencies"),
        ("subunits.jsonl", '{"unit": "USD", "of": {"USD": 1}, "forms": ["سنتيمو"]}', "how many sub-units"),
        ("subunits.jsonl", '{"unit": "USD", "forms": ["سنتيمو"]}', "missing field 'of'"),
        ("units.jsonl", '{"unit": "yd", "forms": ["ياردة"], "dual": ["ياردتان اثنتان"]}', "must be one word"),
        ("units.jsonl", '{"unit": "yd", "forms": ["ياردة"], "dual": []}', "dual must be a non-empty list"),
        ("ranges.jsonl", '{"before": ["من"]}', "missing field 'between'"),
        ("negatives.jsonl", '{"forms": ["تحت الصفر"]}', "missing field 'unit'"),
    ],
)
def test_rule_file_errors_name_file_and_line(rules_copy, file, line, message):
    path = rules_copy / "figures" / file
    lines = path.read_text(encoding="utf-8").splitlines()
    path.write_text("\n".join(lines + [line]) + "\n", encoding="utf-8")
    with pytest.raises(RuleFileError) as error:
        FigureRules.load(rules_copy)
    assert str(error.value).startswith(f"{path}:{len(lines) + 1}:")
    assert message in str(error.value)


def test_a_missing_rule_file_is_named(rules_copy):
    (rules_copy / "figures" / "percent.txt").unlink()
    with pytest.raises(RuleFileError, match="percent.txt"):
        FigureRules.load(rules_copy)


# Rates keep their time word (guidelines); counted things and nationalities stay inside the span.
@pytest.mark.parametrize(
    "sentence, span, label, value, unit, qualifier",
    [
        ("تنتج المصفاة نحو 120 ألف برميل يومياً.", "نحو 120 ألف برميل يومياً", "QUANTITY", 120_000, "bbl/d", "about"),
        ("وتصدر الشركة 5 ملايين طن سنوياً من الفوسفات.", "5 ملايين طن سنوياً", "QUANTITY", 5_000_000, "t/y", None),
        ("ويضخ الخط 40 مليون متر مكعب يوميا.", "40 مليون متر مكعب يوميا", "QUANTITY", 40_000_000, "m3/d", None),
        ("بلغت السرعة 90 كيلومترا في الساعة.", "90 كيلومترا في الساعة", "QUANTITY", 90, "km/h", None),
        ("وأنتج الحقل 3 ملايين طن في العام الماضي.", "3 ملايين طن", "QUANTITY", 3_000_000, "t", None),
        ("وبلغ سعر البرميل 87 دولاراً للبرميل.", "87 دولاراً", "MONEY", 87, "USD", None),
        ("ويستضيف البلد أكثر من مليوني سوري.", "أكثر من مليوني سوري", "CARDINAL", 2_000_000, "people", "more_than"),
        ("ووصل 300 لبناني إلى المطار.", "300 لبناني", "CARDINAL", 300, "people", None),
        ("وتم توزيع خمسة آلاف سلة غذائية.", "خمسة آلاف سلة غذائية", "CARDINAL", 5000, None, None),
        ("ونقلت الطائرة 20 طناً من الأدوية و400 عبوة دم.", "20 طناً", "QUANTITY", 20, "t", None),
    ],
)
def test_rates_and_counted_things(rules, sentence, span, label, value, unit, qualifier):
    assert (span, label, value, unit, qualifier) in figures(rules, sentence)


def test_a_rate_file_with_a_bad_time_code_names_file_and_line(rules_copy):
    with open(rules_copy / "figures" / "rates.jsonl", "a", encoding="utf-8") as file:
        file.write('{"per": "d/y", "forms": ["يوميا"]}\n')
    with pytest.raises(RuleFileError, match=r"rates.jsonl:\d+: per must be"):
        FigureRules.load(rules_copy)


@pytest.mark.parametrize("sentence, expected", [
    ("جرى الاقتراع في أكثر من 4,500 مكتب اقتراع، وتابعه 60 مراقباً من الاتحاد في 12 ولاية موريتانية.", [
        ("أكثر من 4,500 مكتب اقتراع", "CARDINAL", 4500, None, "more_than"),
        ("60 مراقباً", "CARDINAL", 60, "people", None),
        ("12 ولاية", "CARDINAL", 12, None, None),
    ]),
    ("فككت القوات ثلاثة مخابئ وحجزت 12 قطعة سلاح، وشيدت الشركة أربعة خطوط إنتاج.", [
        ("ثلاثة مخابئ", "CARDINAL", 3, None, None),
        ("12 قطعة سلاح", "CARDINAL", 12, None, None),
        ("أربعة خطوط إنتاج", "CARDINAL", 4, None, None),
    ]),
    # Not nouns: a conjunction and a verb, a preposition, a verb, an object with its pronoun, a time.
    ("في 2014 قتل 5 وأصيب 37 بجروح، ونقل 12 نقلوا إلى المستشفى، وفقد 900 عائلة منازلهم الساعة 10 صباحاً.", [
        ("5", "CARDINAL", 5, None, None),
        ("37", "CARDINAL", 37, None, None),
        ("12", "CARDINAL", 12, None, None),
        ("900 عائلة", "CARDINAL", 900, None, None),
    ]),
])
def test_nouns_no_list_names_are_counted_with_their_number(rules, sentence, expected):
    assert figures(rules, sentence) == expected
