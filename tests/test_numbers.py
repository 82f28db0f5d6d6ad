"""Arabic number expressions: digits with their separators, number words, scale words."""

from fractions import Fraction

import pytest

from tawsim.core.resources import resource_path
from tawsim.rules.figures.data import FIGURES_DIR, NUMBER_WORDS_FILE, load_number_lexicon
from tawsim.text.normalize import normalize
from tawsim.text.numbers import parse_digits, parse_number, read_expression


@pytest.fixture(scope="module")
def lexicon():
    return load_number_lexicon(resource_path("rules", FIGURES_DIR, NUMBER_WORDS_FILE))


@pytest.mark.parametrize(
    "written, value",
    [
        ("3400", 3400),
        ("99,5", Fraction(995, 10)),
        ("1,500", 1500),  # three digits after the comma: thousands
        ("12,500,000", 12_500_000),
        ("0,500", Fraction(1, 2)),  # a leading zero is never grouped
        ("1000,5", Fraction(10005, 10)),  # four digits before the comma: decimal
        ("1.5", Fraction(3, 2)),
        ("1.500", Fraction(3, 2)),  # a single dot stays a decimal point
        ("1.500.000", 1_500_000),
        ("1,234.5", Fraction(12345, 10)),
        ("1.234,5", Fraction(12345, 10)),
        ("3٫5", Fraction(7, 2)),
        ("12٬500", 12_500),
        ("12٬500٫25", Fraction(1250025, 100)),
        ("12٬3", Fraction(123, 10)),  # a ٬ typed for ٫
    ],
)
def test_digits_with_separators(written, value):
    assert parse_digits(written) == value


@pytest.mark.parametrize("written", ["1.2.3", "1,2,3", "1234,567,890", "3٫5٫1"])
def test_digit_groups_that_make_no_number(written):
    assert parse_digits(written) is None


@pytest.mark.parametrize(
    "written, value",
    [
        ("ثلاثة", 3),
        ("ثلاث", 3),
        ("اثنان", 2),
        ("اثنين", 2),
        ("ثمانون", 80),
        ("ثمانين", 80),
        ("عشرة", 10),
        ("ثلاثة عشر", 13),
        ("ثلاث عشرة", 13),
        ("أحد عشر", 11),
        ("إحدى عشرة", 11),
        ("اثنا عشر", 12),
        ("خمسة وعشرين", 25),
        ("خمسة و عشرين", 25),
        ("واحد وعشرون", 21),
        ("مئة", 100),
        ("مائة", 100),
        ("مئتي", 200),
        ("مائتان", 200),
        ("ثلاثمئة", 300),
        ("ثلاث مئة", 300),
        ("خمسمائة", 500),
        ("مئة وخمسين", 150),
        ("ثلاثمئة وخمسة وعشرون", 325),
        ("ثلاثمئة وخمسة عشر", 315),
        ("ألف", 1000),
        ("ألفا", 2000),
        ("ألفي", 2000),
        ("ألفان", 2000),
        ("ألفين", 2000),
        ("ثلاثة آلاف", 3000),
        ("عشرة آلاف", 10_000),
        ("خمسة وعشرين ألفاً", 25_000),
        ("مئة ألف", 100_000),
        ("ثلاثمائة ألف", 300_000),
        ("ألف وخمسمئة", 1500),
        ("ألفين ومئتين", 2200),
        ("مليون", 1_000_000),
        ("مليونين", 2_000_000),
        ("ثلاثة ملايين", 3_000_000),
        ("مليون وخمسمئة ألف", 1_500_000),
        ("مليون ونصف", 1_500_000),
        ("نصف مليون", 500_000),
        ("ربع مليون", 250_000),
        ("مليار", 1_000_000_000),
        ("ملياري", 2_000_000_000),
        ("عشرة مليارات", 10_000_000_000),
        ("ألفي مليون", 2_000_000_000),
        ("37 ألف", 37_000),
        ("24 مليار", 24_000_000_000),
        ("3 ملايين", 3_000_000),
        ("3 ملايين ونصف", 3_500_000),
        ("1,5 مليون", 1_500_000),
        ("٣٫٥ مليون", 3_500_000),
        ("١٢٬٥٠٠", 12_500),
        ("۳۵", 35),  # Persian digits
        ("2 مليون و500 ألف", 2_500_000),
        ("ثلاثةُ آلافٍ", 3000),  # tashkeel is ignored
        ("بأربعة", 4),  # a proclitic in front
        ("وخمسون", 50),
        # The decimal comma said as a word, and a leading decimal mark.
        ("1 فاصلة 1", 1.1),
        ("واحد فاصلة واحد", 1.1),
        ("ثلاثة فاصلة خمسة وعشرين", 3.25),
        ("2 فاصلة 05", 2.05),
        ("3 فاصلة 5 مليون", 3_500_000),
        ("ثلاثة فاصلة خمسة مليار", 3_500_000_000),
        ("٫٧٧", 0.77),
        (".77", 0.77),
        ("٫٥ مليون", 500_000),
        # Egyptian forms.
        ("حداشر", 11),
        ("اتناشر", 12),
        ("إتناشر", 12),
        ("اربعتاشر", 14),
        ("تمنتاشر", 18),
        ("تلاتة وتلاتين", 33),
        ("تلتمية", 300),
        ("تلتمية وخمسين", 350),
        ("ربعمية", 400),
        ("خمسمية خمسة وعشرين", 525),
        ("سبعمية", 700),
        ("ميتين وعشرة", 210),
        ("حداشر ألف", 11_000),
        ("اتنين مليون", 2_000_000),
        ("ألفين وتلتمية", 2300),
    ],
)
def test_number_expressions(lexicon, written, value):
    assert parse_number(written, lexicon) == value


def test_values_are_int_when_whole_and_float_otherwise(lexicon):
    assert type(parse_number("1,5 مليون", lexicon)) is int
    assert parse_number("99,5", lexicon) == 99.5
    assert type(parse_number("99,5", lexicon)) is float


@pytest.mark.parametrize(
    "written",
    [
        "آلاف",  # "thousands": vague
        "ملايين",
        "مليارات",
        "أحد",  # only before عشر
        "نصف",  # a fraction needs a scale word after it
        "خمسة وعشرة",  # two numbers, not one
        "عشرين وخمسة",  # units come before tens in Arabic
        "مليون ألف",
        "الثلاثة",  # with the article: not read as a figure's number
        "ثلاثاء",
        "ثلاثة فاصلة",  # فاصلة with no decimals after it
        "مليون فاصلة خمسة",  # decimals only after a whole number below its scale word
        "مئة واحد",  # without و a unit after مئة is read only when it does not start with و
        "حداشر وخمسة",  # a one-word teen takes no unit after it
    ],
)
def test_not_one_number(lexicon, written):
    assert parse_number(written, lexicon) is None


def test_an_expression_stops_before_the_counted_noun(lexicon):
    text = normalize("أكثر من ثلاثة آلاف شخص وعشرين")
    start = text.index("ثلاثه")
    expression = read_expression(text, start, lexicon)
    assert expression.value == 3000
    assert text[expression.start : expression.end] == "ثلاثه الاف"
    assert [token.kind for token in expression.tokens] == ["unit", "scale"]


def test_an_expression_keeps_its_longest_complete_reading(lexicon):
    # "أحد" alone is incomplete, so after "مئة و" the expression ends at مئة.
    text = normalize("مئة وأحد المسؤولين")
    expression = read_expression(text, 0, lexicon)
    assert (expression.value, expression.end) == (100, len("مئه"))
