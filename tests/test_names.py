"""Names of people, organisations and places in text written by others (issue 14): what follows a
title must read as a name, علي written for على, proclitic cuts inside ordinary words, short forms
that spread a mistake, clubs named after cities, organisations named without a head word."""

import json
from pathlib import Path

import pytest

from tawsim.core.resources import resource_path
from tawsim.rules.entities.rules import EntityRules
from tawsim.rules.shared.rulefiles import RuleFileError
from tawsim.text.normalize import MatchView


@pytest.fixture(scope="module")
def rules() -> EntityRules:
    return EntityRules.load(resource_path("rules"))


NAME_LABELS = ("PER", "ORG", "LOC")


def found(rules: EntityRules, text: str) -> list[tuple[str, str]]:
    """The names found (dates and times are tests/test_dates.py's)."""
    return [(text[m.start : m.end], m.label) for m in rules.find(MatchView(text)) if m.label in NAME_LABELS]


def persons(rules: EntityRules, text: str) -> list[str]:
    return [span for span, label in found(rules, text) if label == "PER"]


# -- after a title, a name -----------------------------------------------------------------------

@pytest.mark.parametrize(
    "sentence",
    [
        "وأجرى الوزير اتصالا هاتفيا مع نظيره الفرنسي.",  # a verbal noun and an adjective
        "وأجرى الرئيس اتصالاً هاتفياً بنظيره التركي.",
        "وأبدى الوزير استعداده للتعاون مع المعارضة.",  # a verbal noun with its pronoun
        "وأكد الرئيس استعداده للحوار.",
        "وأعلن الرئيس تأييده للخطة.",
        "وبحث الوزير مشاركة بلاده في المؤتمر.",
        "ووجه الرئيس تحية إلى الجنود.",
        "وقدم الوزير استقالته أمس.",
        "وأكدت الوزيرة التزامها بالإصلاحات.",
        "وأجرى الأمير مباحثات مع الوفد.",
        "وأطلق الرئيس تصريحات نارية.",
        "وأعلن الوزير انسحاب القوات من المدينة.",
        "ورحب الرئيس رسميا بالاتفاق.",
        "وقال اللاعب إن الفريق مستعد للمباراة.",  # الفريق is the team in a sports sentence
        "وانتقل اللاعب إلى برشلونة مقابل خمسين مليون يورو.",
        "وقال إن المدرب سيستدعيه للمعسكر المقبل.",  # a verb with its object pronoun
    ],
)
def test_a_title_before_a_common_word_names_nobody(rules, sentence):
    assert persons(rules, sentence) == []


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("وقال الرئيس مبارك إن مصر ستدعم الحوار.", "مبارك"),  # مفاعل without ة: a name
        ("وقالت الوزيرة إيمان عبد الرحمن إن الخطة جاهزة.", "إيمان عبد الرحمن"),  # إفعال, a listed name
        ("وقال اللاعب إيفان راكيتيتش إن الفريق مستعد.", "إيفان راكيتيتش"),
        ("وقالت الفنانة انتصار إنها ستعود إلى المسرح.", "انتصار"),
        ("وقال الوزير توفيق الطيراوي إن الوضع هادئ.", "توفيق الطيراوي"),
        ("وقال الفريق أول عبد الفتاح البرهان إن الجيش لن يتفاوض.", "عبد الفتاح البرهان"),
        ("وقال المستشار أنطوان شديد إن الوفد وصل.", "أنطوان شديد"),
    ],
)
def test_names_shaped_like_nouns_stay_names_after_a_title(rules, sentence, name):
    assert persons(rules, sentence) == [name]


@pytest.mark.parametrize(
    "sentence",
    [
        "وأجرى محمد اتصالا هاتفيا مع والده.",
        "وأبدى أحمد استعداده للتعاون.",
        "وقدم خالد استقالته من منصبه.",
        "وأكد محمد مشاركة الفريق في البطولة.",
    ],
)
def test_after_a_given_name_a_verbal_noun_is_no_family_name(rules, sentence):
    assert persons(rules, sentence) == []


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("وقال محمد إسماعيل إن الوضع هادئ.", "محمد إسماعيل"),
        ("وقال حسن تيسير إن الوفد وصل.", "حسن تيسير"),
        ("وقال المبعوث عمر ديريه إن المحادثات مستمرة في العاصمة.", "عمر ديريه"),  # -يه, not a pronoun
        ("وقال المدرب أندريه فيلاس بواش إن الفريق جاهز للمباراة.", "أندريه فيلاس بواش"),
    ],
)
def test_family_names_shaped_like_nouns_or_with_a_final_ha(rules, sentence, name):
    assert persons(rules, sentence) == [name]


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("وتصدى الحارس محمد الشناوي لركلة جزاء.", "محمد الشناوي"),
        ("وقال المدرب يورغن كلوب إن فريقه قدم مباراة كبيرة.", "يورغن كلوب"),
        ("وفاز العداء موسى قاسم بالسباق.", "موسى قاسم"),
        ("وأصيب المدافع سيرجيو راموس في المباراة.", "سيرجيو راموس"),
        ("وتألق الحارس عصام الحضري في المباراة.", "عصام الحضري"),
        ("وقال العداء هشام الكروج إنه سيعتزل.", "هشام الكروج"),
        ("وصرح المدافع جيرارد بيكيه بأن الفريق جاهز.", "جيرارد بيكيه"),
        ("وتعاقد النادي مع المدرب الهولندي مارتن يول.", "مارتن يول"),
        ("وسجل المهاجم الدولي نيمار هدفين.", "نيمار"),
        ("وتوجت البطلة الأولمبية فريدة عثمان بالذهبية.", "فريدة عثمان"),
    ],
)
def test_sports_titles(rules, sentence, name):
    assert persons(rules, sentence) == [name]


def test_a_rank_is_still_a_title_outside_sport(rules):
    assert persons(rules, "وقال الفريق أحمد شفيق إن الانتخابات نزيهة.") == ["أحمد شفيق"]
    assert persons(rules, "وقال إن الفريق جاهز لكل الاحتمالات.") == []  # a rank needs two name words


@pytest.mark.parametrize(
    "sentence",
    [
        "وقصفت المدافع مواقع المسلحين في الريف الشمالي.",  # cannons
        "وقتل المهاجم حراس المبنى قبل أن يفر.",  # an attacker
        "وأطلق الحارس الشخصي النار على المهاجمين.",
    ],
)
def test_sports_roles_that_are_other_words_are_titles_only_in_sport(rules, sentence):
    assert persons(rules, sentence) == []


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("وافتتح البرازيلي فينيسيوس جونيور التسجيل في الدوري.", "فينيسيوس جونيور"),
        ("وتغلب السويسري ستان فافرينكا على منافسه في نصف النهائي.", "ستان فافرينكا"),
        ("وسجل الأرجنتيني خوليان ألفاريز هدفين في المباراة.", "خوليان ألفاريز"),
    ],
)
def test_a_nationality_used_as_a_noun_introduces_a_foreign_name_in_sport(rules, sentence, name):
    assert persons(rules, sentence) == [name]


@pytest.mark.parametrize(
    "sentence",
    [
        "وتوج البرتغالي بلقب البطولة للمرة الثالثة في الدوري.",
        "وأكد المدرب الفرنسي أن الفريق سيعود بقوة في المباراة المقبلة.",
        "وخسر الألماني مباراته أمام الإسباني في البطولة.",
        "وقال السوري إن المباراة كانت صعبة.",
    ],
)
def test_after_a_nationality_a_common_word_is_no_name(rules, sentence):
    assert persons(rules, sentence) == []


# -- علي written for على -----------------------------------------------------------------------

@pytest.mark.parametrize(
    "sentence",
    [
        "وعلي الرغم من ذلك فإن الفريق خسر.",
        "ولم يتحقق ذلك علي الإطلاق في الموسم الماضي.",
        "وحصل الفريق علي الأقل علي ثلاث نقاط.",
        "وأكد علي أن الأمر انتهي.",
        "وأكد الوزير علي ضرورة الإسراع في التنفيذ.",
        "وحصل علي نقطة واحدة فقط.",
        "وكان الفريق علي استعداد تام للمباراة.",
        "واشار الرئيس الي ان الحكومة ستعمل علي تحسين الاوضاع.",  # تحسين is a name too, but not here
    ],
)
def test_ali_before_its_phrases_is_the_preposition(rules, sentence):
    assert persons(rules, sentence) == []


def test_where_final_alef_maqsura_is_written_nowhere_ali_before_a_definite_word_is_ala(rules):
    # Egyptian-style spelling: ي for final ى (علي، إلي، حتي) and ه for ة throughout.
    text = ("وسيطر الجيش علي المدينه بعد معارك عنيفه استمرت حتي الفجر. "
            "ووقع علي الاتفاق ممثلو الطرفين. "
            "وقال علي حسن إن الوفد وصل إلي القاهره.")
    assert persons(rules, text) == ["علي حسن"]


def test_a_short_text_without_alef_maqsura_proves_nothing(rules):
    # no ى, but no word that takes it written with ي either (إلي، حتي): علي الأحمد stays a person
    assert persons(rules, "وقال علي الأحمد إن الوفد وصل.") == ["علي الأحمد"]
    assert persons(rules, "وقال علي الأحمد إن الوفد وصل إلي المدينة.") == []


def test_where_final_alef_maqsura_is_written_ali_before_a_family_name_is_a_person(rules):
    text = "وقال علي الأحمد إن الاجتماع انتهى إلى اتفاق على الحدود."
    assert persons(rules, text) == ["علي الأحمد"]


def test_ali_as_a_name_in_a_document_without_alef_maqsura(rules):
    text = "وقال علي عبد الله صالح إن اليمن موحد. واستقبل الرئيس علي حسن في القصر."
    assert persons(rules, text) == ["علي عبد الله صالح", "علي حسن"]


# -- proclitic cuts ------------------------------------------------------------------------------

@pytest.mark.parametrize(
    "sentence",
    [
        "فتحت الدار بابها للجميع.",  # ب + أبها
        "وأغلق المحل وبابها مفتوح.",
        "وغادر الفريق باكرا إلى الملعب.",  # ب + أكرا
        "واستيقظ باكراً وتوجه إلى العمل.",
        "وتعمل لجان التحقيق منذ أسبوع.",  # ل + جان
        "وخصصت الحكومة بليون دولار للمشروع.",  # ب + ليون
        "وكسرت الشرطة الباب.",  # ك + سرت
    ],
)
def test_a_word_of_its_own_is_not_cut_into_a_proclitic_and_a_name(rules, sentence):
    assert found(rules, sentence) == []


def test_a_name_behind_a_proclitic_is_still_found(rules):
    assert found(rules, "ووصل الوفد إلى أبها وبأبها عقد الاجتماع.") == [("أبها", "LOC"), ("أبها", "LOC")]
    assert found(rules, "وسافر إلى أكرا ثم إلى ليون.") == [("أكرا", "LOC"), ("ليون", "LOC")]


# -- short forms ---------------------------------------------------------------------------------

def test_a_one_word_mistake_does_not_spread(rules):
    text = "وقال الرئيس ماذا يريد؟ ماذا يريد هؤلاء؟ وأطلق المسلحون النار على الحافلة."
    assert persons(rules, text) == []


def test_a_common_noun_is_neither_a_family_name_nor_its_short_form(rules):
    text = "وقال حسن النار إن الهدنة صامدة. وتواصل إطلاق النار في المدينة رغم ذلك."
    assert persons(rules, text) == []


def test_the_object_after_a_name_is_not_its_family_name(rules):
    text = "وسجل احمد حسن الهدف الاول في الدقيقة العاشرة ثم اضاف عماد متعب الهدف الثاني."
    assert persons(rules, text) == ["احمد حسن", "عماد متعب"]


def test_a_full_name_is_mentioned_again_by_its_family_name(rules):
    text = "وقال الجنرال ديفيد بترايوس إن الوضع تحسن. وأضاف بترايوس أن القوات ستبقى."
    assert found(rules, text) == [("ديفيد بترايوس", "PER"), ("بترايوس", "PER")]


def test_a_listed_one_word_name_is_mentioned_again(rules):
    text = "وقال ترامب إن بلاده لن تتراجع. وأضاف ترامب أن الاتفاق سيئ."
    assert found(rules, text) == [("ترامب", "PER"), ("ترامب", "PER")]


# -- clubs named after cities, clubs and media without a head word ---------------------------------

@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("فاز برشلونة على إشبيلية بهدفين نظيفين في الدوري الإسباني.",
         [("برشلونة", "ORG"), ("إشبيلية", "ORG")]),
        ("وتعادل ريال مدريد مع فالنسيا في مباراة مثيرة.", [("ريال مدريد", "ORG"), ("فالنسيا", "ORG")]),
        ("وتغلب ليفربول على تشيلسي بثلاثة أهداف.", [("ليفربول", "ORG"), ("تشيلسي", "ORG")]),
        ("وخسر ميلان أمام روما في الدوري الإيطالي.", [("ميلان", "ORG"), ("روما", "ORG")]),
        ("وقال مدرب برشلونة إن فريقه سيقاتل.", [("برشلونة", "ORG")]),
        ("وسجل اللاعب هدفا لبرشلونة في الشوط الثاني.", [("برشلونة", "ORG")]),
        # the place where the match is played stays a place
        ("وتقام المباراة في مدريد يوم الأحد.", [("مدريد", "LOC")]),
        ("وأقيمت المباراة بمدريد وسط حضور جماهيري.", [("مدريد", "LOC")]),
        ("وأقيمت المباراة على ملعب مدينة ليفربول.", [("ليفربول", "LOC")]),
        ("وفاز المنتخب المصري بالمباراة في البطولة التي تستضيفها القاهرة.",
         [("المنتخب المصري", "ORG"), ("القاهرة", "LOC")]),
    ],
)
def test_a_city_in_a_sports_sentence_is_its_team(rules, sentence, expected):
    assert found(rules, sentence) == expected


def test_where_a_team_travels_is_a_place(rules):
    text = "وأعلن الاتحاد إيقاف اللاعب ثلاث مباريات. وسافر الفريق إلى مدريد صباح الأحد."
    assert ("مدريد", "LOC") in found(rules, text)
    assert ("برشلونة", "ORG") in found(rules, "وانتقل اللاعب إلى برشلونة في سوق الانتقالات.")


def test_a_city_outside_sport_stays_a_place(rules):
    assert found(rules, "ووصل الوفد إلى برشلونة للمشاركة في المؤتمر.") == [("برشلونة", "LOC")]
    assert found(rules, "وفاز الحزب بالانتخابات في ليفربول.") == [("ليفربول", "LOC")]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("وفاز الأهلي على الزمالك بهدف في الدوري.", [("الأهلي", "ORG"), ("الزمالك", "ORG")]),
        ("وفاز الهلال على النصر في الدوري السعودي.", [("الهلال", "ORG"), ("النصر", "ORG")]),
        ("وحقق الأهلي فوزا كبيرا على الزمالك.", [("الأهلي", "ORG"), ("الزمالك", "ORG")]),
        ("وتأهل الترجي إلى نهائي البطولة.", [("الترجي", "ORG")]),
        ("وفاز بايرن ميونخ على دورتموند في الدوري الألماني.", [("بايرن ميونخ", "ORG"), ("دورتموند", "ORG")]),
    ],
)
def test_clubs_named_without_a_head_word(rules, sentence, expected):
    assert found(rules, sentence) == expected


def test_club_names_that_are_words_need_a_sports_sentence(rules):
    assert found(rules, "وأكد النصر في المعركة أن الاتحاد قوة.") == []
    assert found(rules, "وظهر الهلال في السماء ليلة العيد.") == []
    # a body with its adjective is read by the cue rules, not taken for the club
    assert ("الاتحاد الجزائري لكرة القدم", "ORG") in found(
        rules, "وقال رئيس الاتحاد الجزائري لكرة القدم إن المنتخب جاهز للمباراة.")


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("وقالت الجزيرة إن الاشتباكات تجددت.", [("الجزيرة", "ORG")]),
        ("وقالت الحياة إن المفاوضات متعثرة.", [("الحياة", "ORG")]),
        ("وبحسب الأهرام فإن الحكومة قررت رفع الأسعار.", [("الأهرام", "ORG")]),
        ("وذكرت العربية أن الاشتباكات توقفت.", [("العربية", "ORG")]),
        ("ونشرت صحيفة الأهرام تقريرا. وقالت الأهرام إن الحكومة وافقت.",
         [("صحيفة الأهرام", "ORG"), ("الأهرام", "ORG")]),
        ("وأفاد موقع هسبريس بأن الإضراب مستمر.", [("موقع هسبريس", "ORG")]),
        ("ونقلت وكالة يونايتد برس عن مصادر أن الوفد وصل.", [("وكالة يونايتد برس", "ORG")]),
        ("وقال متحدث باسم فتح إن الحوار مع حماس وفتح مستمر.", [("فتح", "ORG"), ("حماس", "ORG"), ("فتح", "ORG")]),
    ],
)
def test_media_and_movements_named_without_a_head_word(rules, sentence, expected):
    assert found(rules, sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "وتعلم الطلاب اللغة العربية في المدرسة.",
        "وأكد على أهمية الحياة الكريمة.",
        "وزار السياح الأهرام أمس.",
        "وسقط المطر على الجزيرة.",
        "وفتح الجيش الطريق أمام المدنيين.",
    ],
)
def test_names_that_are_words_need_a_word_before_them(rules, sentence):
    assert found(rules, sentence) == []


# -- the rule files ------------------------------------------------------------------------------

def test_a_rule_naming_an_unknown_topic_is_refused_with_its_line(tmp_path):
    entities = tmp_path / "entities"
    entities.mkdir()
    (entities / "rules.jsonl").write_text(
        json.dumps({"id": "clubs", "type": "team_city", "topic": "sport", "lists": ["world-cities"]}) + "\n",
        encoding="utf-8",
    )
    with pytest.raises(RuleFileError, match=r"rules\.jsonl:1: rule clubs: no topic rule with the id 'sport'"):
        EntityRules.load(tmp_path)


def test_the_shipped_topic_words_and_club_lists_load(rules):
    kinds = {rule.type for rule in rules.data.rules}
    assert {"topic", "team_city", "whole_words", "function_word_name", "noun_shaped_names"} <= kinds
    assert Path(resource_path("rules", "entities", "gazetteers", "sports-clubs.txt")).is_file()


# -- whole articles in two styles ----------------------------------------------------------------

def test_a_sports_page(rules):
    text = ("حقق فريق ريال مدريد فوزا ثمينا على مضيفه إشبيلية بنتيجة 2-1 مساء السبت ضمن منافسات الجولة "
            "العاشرة من الدوري الإسباني لكرة القدم. وافتتح البرازيلي فينيسيوس جونيور التسجيل في الدقيقة 20، "
            "قبل أن يعادل المغربي يوسف النصيري النتيجة. وقال المدرب كارلو أنشيلوتي عقب المباراة إن فريقه "
            "لعب بشكل جيد. وفي مباراة أخرى تعادل برشلونة مع فالنسيا سلبيا، فيما خسر أتلتيكو مدريد أمام "
            "فياريال. ويتصدر برشلونة الترتيب برصيد 25 نقطة.")
    assert found(rules, text) == [
        ("ريال مدريد", "ORG"), ("إشبيلية", "ORG"), ("فينيسيوس جونيور", "PER"),
        ("يوسف النصيري", "PER"), ("كارلو أنشيلوتي", "PER"), ("برشلونة", "ORG"), ("فالنسيا", "ORG"),
        ("أتلتيكو مدريد", "ORG"), ("فياريال", "ORG"), ("برشلونة", "ORG"),
    ]


def test_an_article_in_egyptian_spelling(rules):
    # ي for final ى and ه for ة throughout: علي is the preposition before a definite word or a
    # verbal noun, and a final ه may be ة (شحاته), not a pronoun.
    text = ("قال الرئيس عبد الفتاح السيسي في كلمته امس إن مصر علي استعداد للتعاون مع جميع الدول، "
            "مؤكدا علي اهميه الحوار. واضاف السيسي ان الحكومه تعمل علي تنفيذ المشروعات القوميه. "
            "وقال الوزير علي مصيلحي ان الاحتياطي من القمح يكفي حتي نهايه العام. "
            "واكد المستشار شحاته ان القضيه ستنظر الاسبوع المقبل.")
    assert found(rules, text) == [
        ("عبد الفتاح السيسي", "PER"), ("مصر", "LOC"), ("السيسي", "PER"), ("علي مصيلحي", "PER"),
        ("شحاته", "PER"),
    ]
