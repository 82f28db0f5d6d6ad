"""Dates and clock times (issue 14): what is tagged, where the span ends, and the value in attrs.

Values follow docs/annotation-guidelines.md ("Date and time values"): ISO 8601 as precise as the
text, X for what the text leaves open, a signed offset in `relative` for relative dates, Hijri
dates converted with the arithmetical Islamic calendar.
"""

from __future__ import annotations

import datetime as dt
import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tawsim.core import annotation_file
from tawsim.core.model import Document
from tawsim.rules.engine import Engine, default_rules_dir
from tawsim.rules.entities.date_values import hijri_to_gregorian, resolve

SEED = Path(__file__).resolve().parents[1] / "seeds" / "000_e93ad64ae9bca60f.txt"
VALUE_KEYS = ("value", "relative", "mod", "direction", "calendar", "hijri", "anchor")


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine.load()


def dates(engine: Engine, text: str, reference: dt.date | None = None, labels=("DATE", "TIME")):
    """(span text, label, value attributes) of every date and time found in `text`."""
    return [
        (text[m.start : m.end], m.label, {key: m.attrs[key] for key in VALUE_KEYS if key in m.attrs})
        for m in engine.find(text, reference=reference)
        if m.category == "entity" and m.label in labels
    ]


def figures(engine: Engine, text: str):
    return [(text[m.start : m.end], m.label) for m in engine.find(text) if m.category == "figure"]


# -- dates written in digits -------------------------------------------------------------------

@pytest.mark.parametrize("sentence, span, value", [
    ("ولد الشاعر في 27/11/1946 في بغداد لأسرة من التجار.", "27/11/1946", "1946-11-27"),
    ("ووقّعت الاتفاقية بتاريخ 5 / 8 / 2008 في الدوحة بحضور الوسطاء.", "5 / 8 / 2008", "2008-08-05"),
    ("وتوفي الكاتب (27/11/1946) بعد صراع طويل مع المرض.", "27/11/1946", "1946-11-27"),
    ("وأعلنت الوزارة في بيان صدر في 12-03-2024 أن الامتحانات تأجلت.", "12-03-2024", "2024-03-12"),
    ("ونشرت الهيئة تقريرها المؤرخ 2024-03-12 على موقعها.", "2024-03-12", "2024-03-12"),
    ("وصدر المرسوم في ٢٧/١١/١٩٤٦ ونُشر في الجريدة الرسمية.", "٢٧/١١/١٩٤٦", "1946-11-27"),
    ("وحُدّدت جلسة النطق بالحكم يوم [ 3/1/2025 ] في المحكمة الابتدائية.", "3/1/2025", "2025-01-03"),
    ("ووُلد في 29/2/2000 في مدينة حمص.", "29/2/2000", "2000-02-29"),
])
def test_numeric_dates_are_one_date_with_their_day(engine, sentence, span, value):
    assert (span, "DATE", {"value": value}) in dates(engine, sentence)


@pytest.mark.parametrize("sentence", [
    "ولد الشاعر في 27/11/1946 في بغداد.",
    "ووقّعت الاتفاقية بتاريخ 5 / 8 / 2008 في الدوحة.",
    "وأعلنت الوزارة في 12-03-2024 أن الامتحانات تأجلت.",
])
def test_numeric_dates_give_no_cardinal(engine, sentence):
    assert figures(engine, sentence) == []


@pytest.mark.parametrize("sentence", [
    "وللاستفسار يمكن الاتصال بالرقم 12-34-5678 طوال اليوم.",  # a phone number
    "ونص القرار 3/2018 على تشكيل لجنة.",  # a decree number, no day
    "وفي 30/2/2021 لم يحدث شيء.",  # no such day
])
def test_digits_that_are_no_date(engine, sentence):
    assert [d for d in dates(engine, sentence) if "/" in d[0] or "-" in d[0]] == []


# -- years -------------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence, span, value", [
    ("وهاجرت العائلة في 1948 إلى لبنان ثم إلى الكويت.", "1948", "1948"),
    ("ومنذ 2011 تعيش البلاد أزمة سياسية واقتصادية.", "2011", "2011"),
    ("وولد الروائي ( 1948 ) في يافا ودرس في القاهرة.", "1948", "1948"),
    ("وولد الروائي (1948) في يافا.", "1948", "1948"),
    ("وفي 1967 احتلت إسرائيل الضفة الغربية.", "1967", "1967"),
    ("وتأسس الحزب عام 1948م في دمشق.", "عام 1948م", "1948"),
    ("وبقيت القوات في المدينة حتى 2003 على الأقل.", "2003", "2003"),
])
def test_years_that_the_context_makes_years(engine, sentence, span, value):
    found = dates(engine, sentence)
    assert [(s, v["value"]) for s, _, v in found] == [(span, value)]


@pytest.mark.parametrize("sentence, span, value", [
    ("واندلعت الثورة الفلسطينية الكبرى 1936 - 1939 ضد الانتداب.", "1936 - 1939", "1936/1939"),
    ("وعاش في المنفى (1936-1939) قبل أن يعود.", "1936-1939", "1936/1939"),
    ("وارتفع عدد الطلاب في العام الدراسي 2023/2024.", "2023/2024", "2023/2024"),
    ("وبدأ الموسم الزراعي 2023/2024 متأخراً.", "2023/2024", "2023/2024"),
    ("وتولى الحكم بين عامي 1952 - 1970 بعد الانقلاب.", "1952 - 1970", "1952/1970"),
])
def test_a_range_of_years_is_one_date_with_an_interval(engine, sentence, span, value):
    assert (span, "DATE", {"value": value}) in dates(engine, sentence)


@pytest.mark.parametrize("sentence", [
    "وقتل 1500 شخص في الهجوم على القرية.",
    "وفي 2014 شخصاً أصيبوا بالمرض.",
    "ويبلغ ارتفاع الجبل 2100 متر فوق سطح البحر.",
    "وبنيت المدينة قبل 2000 عام على ضفاف النهر.",
])
def test_counts_are_not_years(engine, sentence):
    assert dates(engine, sentence) == []


@pytest.mark.parametrize("sentence", [
    "وتراوح عدد القتلى بين 1500 - 3000 شخص.",
    "وتراوح سعر الأوقية بين 1800 - 1900 دولار خلال الجلسة.",
    "وأغلق المؤشر حتى 1900 نقطة في نهاية التداول.",
])
def test_a_range_of_counts_is_no_date(engine, sentence):
    assert dates(engine, sentence) == []


# -- Hijri ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence, span, attrs", [
    ("وتأسست المدرسة سنة 1325 هـ في مكة المكرمة.", "سنة 1325 هـ",
     {"value": "1907", "calendar": "hijri", "hijri": "1325"}),
    ("وتوفي العالم عام 1400هـ في المدينة المنورة.", "عام 1400هـ",
     {"value": "1979", "calendar": "hijri", "hijri": "1400"}),
    ("وبُني المسجد في 1350 هـ على نفقة الأهالي.", "1350 هـ",
     {"value": "1931", "calendar": "hijri", "hijri": "1350"}),
    ("وتوفي المؤرخ سنة 808 هـ في القاهرة.", "سنة 808 هـ", {"value": "1405", "calendar": "hijri", "hijri": "0808"}),
    ("وبني الجامع في 685 هـ على يد المماليك.", "685 هـ", {"value": "1286", "calendar": "hijri", "hijri": "0685"}),
    ("ووصل الحجاج في 15 رمضان 1445 هـ إلى مكة.", "15 رمضان 1445 هـ",
     {"value": "2024-03-25", "calendar": "hijri", "hijri": "1445-09-15"}),
    ("وأعلن أن الأول من شوال 1445 هـ هو أول أيام العيد.", "الأول من شوال 1445 هـ",
     {"value": "2024-04-10", "calendar": "hijri", "hijri": "1445-10-01"}),
])
def test_hijri_dates_are_converted_with_their_calendar_named(engine, sentence, span, attrs):
    assert (span, "DATE", attrs) in dates(engine, sentence)


def test_the_tabular_islamic_calendar():
    assert hijri_to_gregorian(1, 1, 1) == dt.date(622, 7, 19)  # 16 July 622 in the Julian calendar
    assert hijri_to_gregorian(1400) == dt.date(1979, 11, 21)
    assert hijri_to_gregorian(1445, 9, 1) == dt.date(2024, 3, 11)  # the first of Ramadan 1445


# -- months, ordinal days, spelling variants ---------------------------------------------------

@pytest.mark.parametrize("sentence, span, value", [
    ("ووصل الوفد في الثالث عشر من شباط 2019 إلى جنيف.", "الثالث عشر من شباط 2019", "2019-02-13"),
    ("وتنتهي المهلة في الحادي والعشرين من آذار.", "الحادي والعشرين من آذار", "XXXX-03-21"),
    ("وعقد المؤتمر في الثالث عشر من شهر شباط في جنيف.", "الثالث عشر من شهر شباط", "XXXX-02-13"),
    ("وتبدأ الدورة في 15 من شهر نيسان 2021 في بيروت.", "15 من شهر نيسان 2021", "2021-04-15"),
    ("وانطلقت الحملة في 15 يونيه 2020 في القاهرة.", "15 يونيه 2020", "2020-06-15"),
    ("وصدر الحكم في 3 يوليه 2013 بعد أسابيع.", "3 يوليه 2013", "2013-07-03"),
    ("وأضرب المعلمون في فيفري 2021 للمطالبة بالزيادة.", "فيفري 2021", "2021-02"),
    ("وارتفعت الأسعار منذ غشت 2022 في المغرب.", "غشت 2022", "2022-08"),
    ("وعاد في كانون ثاني 2020 إلى بيروت.", "كانون ثاني 2020", "2020-01"),
    ("وقال إن الاتفاق وقع في 15 أبريل 2023.", "15 أبريل 2023", "2023-04-15"),
    ("وتغير الوضع في كانون الأول/ديسمبر 2018 بعد الانتخابات.", "كانون الأول/ديسمبر 2018", "2018-12"),
])
def test_months_get_their_number(engine, sentence, span, value):
    assert (span, "DATE", {"value": value}) in dates(engine, sentence)


def test_the_seeds_december_comes_out_with_its_month(engine):
    text = SEED.read_text(encoding="utf-8")
    found = dates(engine, text)
    december = [attrs for span, _, attrs in found if span == "مطلع كانون الأول/ديسمبر"]
    assert december == [{"value": "XXXX-12", "mod": "START"}]  # منذ مطلع كانون الأول/ديسمبر


# -- modifiers and directions ------------------------------------------------------------------

@pytest.mark.parametrize("sentence, span, attrs", [
    ("وتبدأ الانتخابات أوائل مارس المقبل في كل المحافظات.", "أوائل مارس المقبل",
     {"value": "XXXX-03", "mod": "START", "direction": "+"}),
    ("وعقد الاجتماع في منتصف آذار 2019 في عمان.", "منتصف آذار 2019", {"value": "2019-03", "mod": "MID"}),
    ("وتنتهي الولاية بنهاية العام 2024 وفق الدستور.", "نهاية العام 2024", {"value": "2024", "mod": "END"}),
    ("ويلتقي الوزيران الثلاثاء المقبل في عمان.", "الثلاثاء المقبل", {"value": "XXXX-WXX-2", "direction": "+"}),
    ("وتعود الحركة إلى طبيعتها مطلع الأسبوع المقبل.", "مطلع الأسبوع المقبل",
     {"relative": "+P1W", "mod": "START", "value": "+P1W"}),
])
def test_modifiers_and_directions_go_to_the_value(engine, sentence, span, attrs):
    assert (span, "DATE", attrs) in dates(engine, sentence)


def test_modifiers_stay_out_of_the_span_when_the_rules_say_so(tmp_path):
    rules = tmp_path / "rules"
    shutil.copytree(default_rules_dir(), rules)
    path = rules / "entities" / "rules.jsonl"
    path.write_text(path.read_text(encoding="utf-8").replace('"join": true', '"join": false'), encoding="utf-8")
    apart = Engine.load(rules)
    sentence = "وتبدأ الانتخابات أوائل مارس المقبل، ويلتقي الوزيران الثلاثاء المقبل وبنهاية العام 2024."
    assert [(span, attrs.get("mod"), attrs.get("direction")) for span, _, attrs in dates(apart, sentence)] == [
        ("مارس", "START", "+"),
        ("الثلاثاء", None, "+"),
        ("العام 2024", "END", None),
    ]


# -- relative dates ------------------------------------------------------------------------------

TUESDAY = dt.date(2024, 3, 12)


@pytest.mark.parametrize("sentence, span, relative, value", [
    ("وقال الوزير اليوم إن المفاوضات مستمرة.", "اليوم", "P0D", "2024-03-12"),
    ("ووصل الرئيس أمس إلى باريس في زيارة رسمية.", "أمس", "-P1D", "2024-03-11"),
    ("وكان الوفد قد وصل أول أمس إلى جنيف.", "أول أمس", "-P2D", "2024-03-10"),
    ("وتعقد الجلسة غداً في مقر البرلمان.", "غداً", "+P1D", "2024-03-13"),
    ("وأعلنت الحكومة الأسبوع الماضي خطة جديدة للإسكان.", "الأسبوع الماضي", "-P1W", "2024-W10"),
    ("وستجري الانتخابات البلدية الشهر المقبل.", "الشهر المقبل", "+P1M", "2024-04"),
    ("وتراجع الدين العام العام الماضي بنسبة طفيفة.", "العام الماضي", "-P1Y", "2023"),
    ("ويتوقع الصندوق نمواً أسرع هذا العام.", "هذا العام", "P0Y", "2024"),
    ("وارتفعت الصادرات خلال السنة الماضية.", "السنة الماضية", "-P1Y", "2023"),
])
def test_relative_dates_resolved_against_the_documents_date(engine, sentence, span, relative, value):
    assert (span, "DATE", {"relative": relative, "value": value, "anchor": "2024-03-12"}) in dates(
        engine, sentence, TUESDAY)


def test_relative_dates_stay_relative_without_a_date(engine):
    assert dates(engine, "ووصل الرئيس أمس إلى باريس.") == [("أمس", "DATE", {"relative": "-P1D", "value": "-P1D"})]


def test_directions_are_resolved_too(engine):
    found = dates(engine, "والتقى الوزيران الخميس الماضي، ويعودان الثلاثاء المقبل، وجرى الاستفتاء في مارس الماضي.",
                  TUESDAY)
    assert [(span, attrs["value"]) for span, _, attrs in found] == [
        ("الخميس الماضي", "2024-03-07"), ("الثلاثاء المقبل", "2024-03-19"), ("مارس الماضي", "2023-03")]


def test_next_month_across_the_year():
    assert resolve("+P1M", dt.date(2024, 12, 20)) == "2025-01"
    assert resolve("-P1W", dt.date(2024, 1, 3)) == "2023-W52"


@pytest.mark.parametrize("sentence", [
    "وفي اليوم التالي عاد إلى منزله.",
    "ويحتفل البلد باليوم الوطني في أيلول.",
    "ومنذ ذلك اليوم لم يعد إلى القرية.",
    "وغدا الوضع أسوأ مما كان عليه.",  # غدا, the verb «became»
])
def test_words_that_are_not_relative_dates(engine, sentence):
    assert [span for span, _, attrs in dates(engine, sentence) if "relative" in attrs] == []


@pytest.mark.parametrize("text, value", [
    ("القاهرة - 12 مارس 2024: قال الوزير أمس إن المفاوضات مستمرة.", "2024-03-11"),
    ("الرباط (27/11/2023) - أعلنت الحكومة أمس خطة جديدة.", "2023-11-26"),
    ("بيروت، 5 أيار/مايو 2022\nقال رئيس الحكومة أمس إن الانتخابات في موعدها.", "2022-05-04"),
])
def test_the_dateline_gives_the_documents_date(engine, text, value):
    yesterday = [attrs for span, _, attrs in dates(engine, text) if span == "أمس"]
    assert [attrs["value"] for attrs in yesterday] == [value]


def test_a_date_inside_the_first_sentence_is_no_dateline(engine):
    text = "قال الوزير إن الاتفاق وقع في 12 مارس 2024 وإن الوفد وصل أمس."
    assert [attrs["value"] for span, _, attrs in dates(engine, text) if span == "أمس"] == ["-P1D"]


def test_the_users_date_wins_over_the_dateline(engine):
    text = "القاهرة - 12 مارس 2024: قال الوزير أمس إن المفاوضات مستمرة."
    yesterday = [attrs for span, _, attrs in dates(engine, text, dt.date(2024, 3, 20)) if span == "أمس"]
    assert yesterday == [{"relative": "-P1D", "value": "2024-03-19", "anchor": "2024-03-20"}]


# -- feasts and Hijri months -------------------------------------------------------------------

@pytest.mark.parametrize("sentence, span, attrs", [
    ("ويحتفل المسلمون بعيد الفطر بعد انتهاء الصيام.", "عيد الفطر",
     {"value": "XXXX", "calendar": "hijri", "hijri": "XXXX-10-01"}),
    ("وتزدحم الأسواق قبل عيد الأضحى المبارك.", "عيد الأضحى المبارك",
     {"value": "XXXX", "calendar": "hijri", "hijri": "XXXX-12-10"}),
    ("وتشتد حركة المرور خلال شهر رمضان في العاصمة.", "رمضان",
     {"value": "XXXX", "calendar": "hijri", "hijri": "XXXX-09"}),
    ("وأضاءت الكنائس أنوارها في عيد الميلاد.", "عيد الميلاد", {"value": "XXXX-12-25"}),
])
def test_feasts_and_hijri_months(engine, sentence, span, attrs):
    assert (span, "DATE", attrs) in dates(engine, sentence)


# -- clock times ---------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence, span, value", [
    ("ووقع الانفجار الساعة الثالثة فجرا قرب السوق.", "الساعة الثالثة فجرا", "T03:00"),
    ("ويبدأ الاجتماع الساعة 10:30 صباحاً بتوقيت مكة.", "الساعة 10:30 صباحاً", "T10:30"),
    ("وافتتح المعرض العاشرة صباحاً بحضور الوزير.", "العاشرة صباحاً", "T10:00"),
    ("وتبدأ المباراة في السابعة مساءً بتوقيت القاهرة.", "السابعة مساءً", "T19:00"),
    ("وانطلقت المسيرة عند الثالثة والنصف عصراً.", "الثالثة والنصف عصراً", "T15:30"),
    ("وأغلقت الأسواق عند الواحدة ظهراً.", "الواحدة ظهراً", "T13:00"),
    ("وانتهت الجلسة في منتصف الليل.", "منتصف الليل", "T00:00"),
    ("وحُدد الموعد الساعة الخامسة إلا ربعاً.", "الساعة الخامسة إلا ربعاً", "T04:45"),
    ("وسُمع دوي الانفجار الساعة 7:45 مساء.", "الساعة 7:45 مساء", "T19:45"),
    ("وعاد التيار الكهربائي عند الحادية عشرة ليلاً.", "الحادية عشرة ليلاً", "T23:00"),
])
def test_clock_times_are_time_with_their_value(engine, sentence, span, value):
    assert (span, "TIME", {"value": value}) in dates(engine, sentence)


@pytest.mark.parametrize("sentence", [
    "وتعمل فرق الإسعاف على مدار الساعة.",
    "وقال إن الساعة حانت لاتخاذ القرار.",
    "وانتهت الحرب بعد ثلاثة أيام من القتال.",  # a duration, not a date
    "وستبقى الأسعار مرتفعة خلال الأشهر المقبلة.",  # a vague period
])
def test_no_time_and_no_date(engine, sentence):
    assert dates(engine, sentence) == []


# -- files and the command line ------------------------------------------------------------------

def test_date_values_survive_the_annotation_file(engine, tmp_path):
    text = "القاهرة - 12 مارس 2024: اجتمع الوزراء أمس الساعة العاشرة صباحاً، وفي 1948 هاجرت العائلة."
    path = tmp_path / "article.json"
    annotation_file.save(path, engine.suggest(Document("article.txt", text)))
    loaded = annotation_file.load(path)
    assert loaded.problems == []
    values = {span.text: span.attrs["value"] for span in loaded.annotations if span.label in ("DATE", "TIME")}
    assert values == {"12 مارس 2024": "2024-03-12", "أمس": "2024-03-11", "الساعة العاشرة صباحاً": "T10:00",
                      "1948": "1948"}


def _tawsim(*args):
    return subprocess.run([sys.executable, "-m", "tawsim", *map(str, args)], capture_output=True, text=True,
                          encoding="utf-8", timeout=300)


def test_suggest_with_a_date(tmp_path):
    article = tmp_path / "article.txt"
    article.write_text("أعلنت الحكومة أمس خطة جديدة تبدأ الشهر المقبل.\n", encoding="utf-8")
    result = _tawsim("suggest", article, "--date", "2024-12-20")
    assert result.returncode == 0, result.stderr
    spans = {span["text"]: span["attrs"] for span in json.loads(result.stdout)["annotations"]}
    assert spans["أمس"]["value"] == "2024-12-19"
    assert spans["الشهر المقبل"]["value"] == "2025-01"


def test_suggest_with_a_bad_date_says_so_in_one_line(tmp_path):
    article = tmp_path / "article.txt"
    article.write_text("أعلنت الحكومة أمس خطة جديدة.\n", encoding="utf-8")
    result = _tawsim("suggest", article, "--date", "20/12/2024")
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert len(result.stderr.splitlines()) == 1 and "YYYY-MM-DD" in result.stderr


@pytest.mark.parametrize("sentence, expected", [
    ("وارتفع السعر بعدما لامس الأسبوع الماضي أعلى مستوى.", ["الأسبوع الماضي"]),  # لامس: not ل + أمس
    ("ويتوقع أن ينتهي المشروع نهاية العام، وأن يبدأ مطلع الشهر المقبل.", ["نهاية العام", "مطلع الشهر المقبل"]),
    ("وتعود المدارس اعتبارا من اليوم الأحد بعد العطلة.", ["اليوم الأحد"]),
    ("وقال إن العام كان صعبا على الجميع.", []),  # a bare period is no date
    ("وتنتهي الولاية بنهاية العام 2024 وفق الدستور.", ["نهاية العام 2024"]),
    ("وفي نهاية العام الماضي ارتفعت الأسعار، وبالأمس قال الوزير.", ["نهاية العام الماضي", "الأمس"]),
])
def test_narrowed_periods_named_days_and_short_words_behind_a_proclitic(engine, sentence, expected):
    assert [span for span, _, _ in dates(engine, sentence)] == expected


def test_today_with_its_weekday_resolves_to_the_documents_day(engine):
    text = "وتعود المدارس اعتبارا من اليوم الثلاثاء بعد العطلة."
    (found,) = [m for m in engine.find(text, reference=TUESDAY) if m.label == "DATE"]
    assert (text[found.start:found.end], found.attrs["value"], found.attrs["weekday"]) == ("اليوم الثلاثاء", "2024-03-12", 2)


def test_a_score_before_a_part_of_the_day_is_no_clock_time(engine):
    assert dates(engine, "فاز ريال مدريد على إشبيلية بنتيجة 2-1 مساء السبت.") == [
        ("السبت", "DATE", {"value": "XXXX-WXX-6"})]
    assert dates(engine, "ووصل الوفد في 8 مساء إلى المطار.") == [("8 مساء", "TIME", {"value": "T20:00"})]
