"""Entity rules: gazetteers, cue rules, dates and short forms, on the seed and on new sentences."""

from collections import Counter
from pathlib import Path

import pytest

from tawsim.core.resources import resource_path
from tawsim.rules.entities.rules import EntityRules
from tawsim.rules.shared.rulefiles import RuleFileError
from tawsim.text.normalize import MatchView

# The seed's entities as the annotation guidelines tag them (written from the guidelines, not
# from the rules' output).
SEED_ENTITIES = Counter({
    ("التحالف الدولي", "ORG"): 1, ("الولايات المتحدة", "LOC"): 1, ("الخميس", "DATE"): 1,
    ("داعش", "ORG"): 3, ("العام 2014", "DATE"): 2, ("سوريا", "LOC"): 2, ("العراق", "LOC"): 1,
    ("الجیش البریطاني", "ORG"): 1, ("كریستوفر كیكا", "PER"): 1, ("لتحالف", "ORG"): 1,
    ("التحالف", "ORG"): 1, ("قوات سوريا الديمقراطية", "ORG"): 3, ("واشنطن", "LOC"): 1,
    ("دير الزور", "LOC"): 2, ("أيلول/سبتمبر", "DATE"): 1, ("المرصد السوري لحقوق الإنسان", "ORG"): 1,
    ("مطلع كانون الأول/ديسمبر", "DATE"): 1, ("كيكا", "PER"): 1, ("وكالة فرانس برس", "ORG"): 1,
    ("السبت", "DATE"): 2, ("الباغوز", "LOC"): 1, ("عدنان عفرين", "PER"): 1, ("فرانس برس", "ORG"): 1,
})


@pytest.fixture(scope="module")
def rules() -> EntityRules:
    return EntityRules.load(resource_path("rules"))


def found(rules: EntityRules, text: str) -> list[tuple[str, str]]:
    return [(text[m.start : m.end], m.label) for m in rules.find(MatchView(text))]


def test_seed_article(rules, seed_text):
    matches = rules.find(MatchView(seed_text))
    assert Counter((seed_text[m.start : m.end], m.label) for m in matches) == SEED_ENTITIES
    assert all(m.category == "entity" for m in matches)
    assert all(a.end <= b.start for a, b in zip(matches, matches[1:]))  # sorted, no overlaps


def test_seed_explanations_say_why(rules, seed_text):
    matches = {seed_text[m.start : m.end]: m for m in rules.find(MatchView(seed_text))}
    assert matches["واشنطن"].rule_id == "gazetteer:world-cities"
    assert matches["الولايات المتحدة"].explanation == "in the place list (countries.txt)"
    assert matches["كریستوفر كیكا"].explanation == "name after the title «اللواء»"
    assert matches["الباغوز"].explanation == "place named after «بلدة»"
    assert matches["كيكا"].rule_id == "cue:person-short-form"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # names behind titles that no list holds
        ("وقال قائد شرطة محافظة البصرة اللواء عباس ناجي التميمي إن الوضع تحت السيطرة.",
         [("البصرة", "LOC"), ("عباس ناجي التميمي", "PER")]),
        ("واستقبل وزير الزراعة الموريتاني سيدي ولد التاه وفداً من البنك الدولي.",
         [("سيدي ولد التاه", "PER"), ("البنك الدولي", "ORG")]),
        ("وقال العقيد المتقاعد زاهر الساكت إن المعركة طويلة.", [("زاهر الساكت", "PER")]),
        ("وشدد المتحدث باسم وزارة الخارجية القطرية ماجد الأنصاري على ضرورة التهدئة.",
         [("وزارة الخارجية القطرية", "ORG"), ("ماجد الأنصاري", "PER")]),
        ("وقالت الناشطة الحقوقية نورهان حفظي لصحيفة الغارديان إن السلطات منعتها من السفر.",
         [("نورهان حفظي", "PER"), ("صحيفة الغارديان", "ORG")]),
        # new ministries, towns and villages
        ("وأعلنت وزارة الموارد المائية العراقية أن منسوب نهر دجلة انخفض.",
         [("وزارة الموارد المائية العراقية", "ORG"), ("نهر دجلة", "LOC")]),
        ("وسقطت قذيفة على بلدة معرشورين جنوب إدلب، وفق ناشطين.", [("معرشورين", "LOC"), ("إدلب", "LOC")]),
        ("ونقلت وكالة رويترز عن مصدر أن قرية تل حميس تعرضت لغارات.",
         [("وكالة رويترز", "ORG"), ("تل حميس", "LOC")]),
        ("وعقد مجلس النواب الليبي جلسة في مدينة طبرق.", [("مجلس النواب الليبي", "ORG"), ("طبرق", "LOC")]),
        # a given name starts a person without a title
        ("وأكد أحمد أبو الغيط أن الجامعة العربية تدعم الحوار.",
         [("أحمد أبو الغيط", "PER"), ("الجامعة العربية", "ORG")]),
    ],
)
def test_new_sentences(rules, sentence, expected):
    assert found(rules, sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("وصل الوفد إلى بغداد والعراق كله يترقب.", [("بغداد", "LOC"), ("العراق", "LOC")]),
        ("قال لفرانس برس إن الاجتماع انتهى.", [("فرانس برس", "ORG")]),
        ("وعقد اللقاء بالقاهرة الأحد.", [("القاهرة", "LOC"), ("الأحد", "DATE")]),
        ("وأرسلت مساعدات للعراق ولسوريا.", [("لعراق", "LOC"), ("سوريا", "LOC")]),
    ],
)
def test_proclitics_stay_outside(rules, sentence, expected):
    assert found(rules, sentence) == expected


def test_persian_letters_are_the_same_names(rules):
    arabic = found(rules, "وقال الناطق باسم هيئة تحرير الشام إن كريستوفر كيكا غادر.")
    persian = found(rules, "وقال الناطق باسم ھیئة تحریر الشام إن کریستوفر کیکا غادر.")
    assert [label for _, label in arabic] == [label for _, label in persian] == ["ORG", "PER"]
    assert persian[0][0] == "ھیئة تحریر الشام"


def test_offsets_are_in_the_original_text_with_marks(rules):
    text = "وزار الوفدُ سوريّا ثمّ العراقَ."
    spans = found(rules, text)
    assert spans == [("سوريّا", "LOC"), ("العراقَ", "LOC")]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("وفي 15 آذار/مارس 2020 بدأ الهجوم.", [("15 آذار/مارس 2020", "DATE")]),
        ("منذ مطلع كانون الثاني/يناير.", [("مطلع كانون الثاني/يناير", "DATE")]),
        ("وفي كانون ثاني الماضي", [("كانون ثاني الماضي", "DATE")]),
        # Relative dates are dates since issue 14 (docs/annotation-guidelines.md).
        ("وتأسس الحزب عام 2019، ثم العام الماضي انقسم.", [("عام 2019", "DATE"), ("العام الماضي", "DATE")]),
        ("وصلوا في آب الماضي.", [("آب الماضي", "DATE")]),
        ("وقع الاتفاق في 3 آب 2015.", [("3 آب 2015", "DATE")]),
        ("وصلوا يوم الاثنين.", [("الاثنين", "DATE")]),
        ("في أواخر ديسمبر 2022 وفي أكتوبر.", [("أواخر ديسمبر 2022", "DATE"), ("أكتوبر", "DATE")]),
    ],
)
def test_dates(rules, sentence, expected):
    assert found(rules, sentence) == expected


def test_the_father_is_not_august(rules):
    assert found(rules, "وقال الأب إن أب الضحية وصل، وكان أب لثلاثة أطفال.") == []
    assert found(rules, "وهو أب لطفلين وكلا الاثنين بخير.") == []


def test_rejecter_keeps_common_words_out(rules):
    assert found(rules, "وقال إن على الحكومة أن تتحرك لصالح المواطنين.") == []
    assert found(rules, "وأكد أن حسن الجوار مبدأ ثابت.") == []
    assert found(rules, "والتقى وفداً روسياً في مدينة صغيرة.") == []


def test_ali_the_name_is_not_ala_the_preposition(rules):
    assert found(rules, "وقال علي حسن إن الوضع صعب.") == [("علي حسن", "PER")]


def test_person_short_form_only_after_the_full_name(rules):
    text = "قال الخطيب إن الوضع صعب. وأكد الوزير منصور الخطيب ذلك، وأضاف الخطيب أن الحل قريب."
    assert found(rules, text) == [("منصور الخطيب", "PER"), ("الخطيب", "PER")]
    assert text.rindex("الخطيب") == rules.find(MatchView(text))[-1].start


def test_organisation_short_form_only_when_unambiguous(rules):
    one = "وأعلن التحالف الدولي هجوماً، وقال التحالف إن العملية مستمرة."
    assert found(rules, one) == [("التحالف الدولي", "ORG"), ("التحالف", "ORG")]
    two = "وأعلن التحالف الدولي والتحالف العربي هجوماً، وقال التحالف إن العملية مستمرة."
    assert ("التحالف", "ORG") not in found(rules, two)
    generic = "وسيطر تنظيم الدولة الإسلامية على المدينة ثم انسحب التنظيم."
    assert found(rules, generic) == [("تنظيم الدولة الإسلامية", "ORG")]


def test_extra_gazetteer_adds_names(tmp_path):
    extra = tmp_path / "villages.txt"
    extra.write_text("# label: LOC\nكفر زيتا\nمورك\tLOC\n", encoding="utf-8")
    rules = EntityRules.load(resource_path("rules"), extra_gazetteer=[extra])
    matches = rules.find(MatchView("وقصفت الطائرات كفر زيتا ومورك."))
    assert [(m.rule_id, m.explanation) for m in matches] == [
        ("gazetteer:villages", "in the place list (villages.txt)"),
        ("gazetteer:villages", "in the place list (villages.txt)"),
    ]


def test_stop_words_in_a_user_list_are_ignored(tmp_path):
    extra = tmp_path / "people.txt"
    extra.write_text("# label: PER\nقال\nنورا\n", encoding="utf-8")
    rules = EntityRules.load(resource_path("rules"), extra_gazetteer=[extra])
    text = "قال نورا إن"
    assert [(text[m.start : m.end], m.label) for m in rules.find(MatchView(text))] == [("نورا", "PER")]


def _rules_dir(tmp_path: Path, lines: list[str]) -> Path:
    folder = tmp_path / "rules" / "entities"
    folder.mkdir(parents=True)
    (folder / "rules.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return tmp_path / "rules"


@pytest.mark.parametrize(
    ("lines", "line", "message"),
    [
        (['# comment', '{"id": "a", "type": "year", "words": ["عام"]}', '{"id": "b", "type": '], 3, "not a JSON object"),
        (['{"id": "a", "type": "titles", "words": ["الرئيس"]}'], 1, "unknown rule type"),
        (['{"id": "a", "type": "year"}'], 1, "either 'words'"),
        (['{"id": "a", "type": "year", "words_file": "missing.txt"}'], 1, "not found"),
        (['{"id": "a", "type": "year", "words": ["عام"], "colour": 1}'], 1, "unknown field 'colour'"),
        (['{"id": "a", "type": "place_head", "words": ["بلدة"], "accept": "all"}'], 1, "accept must be one of"),
        (['{"id": "a", "type": "year", "words": ["عام"]}', '{"id": "a", "type": "year", "words": ["العام"]}'], 2,
         "already used"),
    ],
)
def test_malformed_rule_file_names_file_and_line(tmp_path, lines, line, message):
    rules_dir = _rules_dir(tmp_path, lines)
    with pytest.raises(RuleFileError) as error:
        EntityRules.load(rules_dir)
    text = str(error.value)
    assert text.startswith(f"{rules_dir / 'entities' / 'rules.jsonl'}:{line}:")
    assert message in text


def test_gazetteer_without_label_names_file_and_line(tmp_path):
    rules_dir = _rules_dir(tmp_path, ['{"id": "a", "type": "year", "words": ["عام"]}'])
    gazetteers = rules_dir / "entities" / "gazetteers"
    gazetteers.mkdir()
    (gazetteers / "towns.txt").write_text("# towns\nحلب\n", encoding="utf-8")
    with pytest.raises(RuleFileError, match=rf"^{gazetteers / 'towns.txt'}:2: no label"):
        EntityRules.load(rules_dir)


def test_missing_rule_file_is_reported(tmp_path):
    with pytest.raises(RuleFileError, match="entity rule file not found"):
        EntityRules.load(tmp_path)


# Organisation names written head + adjective + what the body is for, with a ل phrase or من أجل;
# without the complement the words stay generic.
@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("وقال المجلس الأعلى للقضاء في بيان إن الجلسة أرجئت.", [("المجلس الأعلى للقضاء", "ORG")]),
        ("أصدرت الهيئة العامة للاستثمار تقريرها السنوي.", [("الهيئة العامة للاستثمار", "ORG")]),
        ("وأفاد المعهد الوطني للإحصاء والدراسات الاقتصادية بأن البطالة تراجعت.",
         [("المعهد الوطني للإحصاء والدراسات الاقتصادية", "ORG")]),
        ("وذكرت وكالة تونس إفريقيا للأنباء أن الوفد وصل.", [("وكالة تونس إفريقيا للأنباء", "ORG")]),
        ("وحذرت المنظمة العربية للتنمية الزراعية من موجة جفاف.", [("المنظمة العربية للتنمية الزراعية", "ORG")]),
        ("وأعلنت الرابطة المغربية لحقوق الإنسان عن وقفة احتجاجية.", [("الرابطة المغربية لحقوق الإنسان", "ORG")]),
        ("ورحبت الجمعية التونسية من أجل العدالة الانتقالية بالقرار.",
         [("الجمعية التونسية من أجل العدالة الانتقالية", "ORG")]),
        ("وقالت المنظمة الدولية في بيان إن الوضع صعب.", []),
        ("واستهدف الجيش الإسرائيلي للمرة الثالثة مواقع في الجنوب.", [("الجيش الإسرائيلي", "ORG")]),
        ("وقالت الخارجية الفرنسية للصحفيين إن الاجتماع تأجل.", [("الخارجية الفرنسية", "ORG")]),
        ("وقال مدير مكتب الصحة في البلدة إن المستشفى ممتلئ.", []),
        ("ونقلت الصحيفة عن مدير دائرة الأرصاد الجوية قوله إن الحرارة سترتفع.",
         [("دائرة الأرصاد الجوية", "ORG")]),
    ],
)
def test_organisations_with_what_they_are_for(rules, sentence, expected):
    assert found(rules, sentence) == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("وقدمت شركة النفط الوطنية «نوفا» عرضها الأخير.", [("شركة النفط الوطنية", "ORG"), ("نوفا", "ORG")]),
        ("وقالت منظمة الشباب الديمقراطي (شباب) إن المسيرة سلمية. وأضافت شباب أن العدد كبير.",
         [("منظمة الشباب الديمقراطي", "ORG"), ("شباب", "ORG"), ("شباب", "ORG")]),
        ("وأعلنت أوبك+ زيادة الإنتاج، فيما خفضت موديز تصنيف البلاد.", [("أوبك+", "ORG"), ("موديز", "ORG")]),
        ("وأعلن تحالف أوبك بلس تمديد الخفض.", [("تحالف أوبك بلس", "ORG")]),
    ],
)
def test_short_names_after_organisations_and_listed_bodies(rules, sentence, expected):
    assert found(rules, sentence) == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("وتوجهت الناقلة إلى ميناء سلمى على البحر الأحمر.", [("سلمى", "LOC"), ("البحر الأحمر", "LOC")]),
        ("واحتجز خفر السواحل قاربا قرب ميناء نادية الجنوبي.", [("نادية", "LOC")]),
        ("وعبرت السفن مضيق هرمز باتجاه ميناء جيهان.", [("مضيق هرمز", "LOC"), ("جيهان", "LOC")]),
        ("وشهد إقليم دارفور معارك عنيفة.", [("دارفور", "LOC")]),
        ("وقصفت الطائرات مخيم جباليا شمال القطاع.", [("جباليا", "LOC")]),
        ("وجرفت المياه منازل في وادي الضباب.", [("الضباب", "LOC")]),
        ("وتضررت قرى قضاء سنجار من السيول.", [("سنجار", "LOC")]),
        ("وأدت السيول الجارفة إلى قطع الطرق.", []),
        ("وزار الوفد سيول والتقى مسؤولين كوريين.", []),
        ("ووصل الوفد إلى سيول أمس.", [("سيول", "LOC"), ("أمس", "DATE")]),
    ],
)
def test_places_after_heads_ports_and_common_words(rules, sentence, expected):
    assert found(rules, sentence) == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("وقال كمال الشريف إن الموسم جيد.", [("كمال الشريف", "PER")]),
        ("وتحدث فادي سمعان عن الأزمة.", [("فادي سمعان", "PER")]),
        ("وقال والي ولاية الخرطوم أحمد عثمان إن الوضع مستقر.", [("الخرطوم", "LOC"), ("أحمد عثمان", "PER")]),
        ("وقال والي البنك المركزي منير الكتاني إن الفائدة ثابتة.",
         [("البنك المركزي", "ORG"), ("منير الكتاني", "PER")]),
        ("وعاد إلى الخرطوم وزير سابق للمالية.", [("الخرطوم", "LOC")]),
    ],
)
def test_persons_behind_proclitic_letters_and_written_titles(rules, sentence, expected):
    assert found(rules, sentence) == expected


def test_a_given_name_is_not_read_behind_kaf_or_fa(rules):
    # كريم is not ك + ريم, فراس is not ف + راس; وإلى (folded to والي) is not the title والي.
    assert ("ريم المنصوري", "PER") not in found(rules, "وقال كريم المنصوري إن الطريق مقطوع.")
    assert found(rules, "وإلى جانب ذلك وصل الوفد إلى الخرطوم.") == [("الخرطوم", "LOC")]


@pytest.mark.parametrize("text, expected", [
    # A one-word name joined by و to a known place after بين, on either side, behind و too.
    ("على الطريق الرابط بين غريان ومزدة.", [("غريان", "LOC"), ("مزدة", "LOC")]),
    ("أغلقت الطريق بين مزدة وغريان أمس.", [("مزدة", "LOC"), ("غريان", "LOC"), ("أمس", "DATE")]),
    ("دوريات على الطريق وبين القصرين وسبيطلة خلال الليل.", [("القصرين", "LOC"), ("سبيطلة", "LOC")]),
    # Not a name: a common noun, a noun with its pronoun, a second known name.
    ("المعارك بين المعارضة ودمشق مستمرة.", [("دمشق", "LOC")]),
    ("تنقل بين حلب وريفها.", [("حلب", "LOC")]),
])
def test_a_place_paired_with_a_known_place_after_bayna(rules, text, expected):
    assert found(rules, text) == expected


@pytest.mark.parametrize("text, expected", [
    # Named after a person (X بن Y); a participle after the name ends it.
    ("تنتمي إلى كتيبة عقبة بن نافع الموالية لتنظيم القاعدة في بلاد المغرب الإسلامي.",
     [("كتيبة عقبة بن نافع", "ORG"), ("تنظيم القاعدة في بلاد المغرب الإسلامي", "ORG")]),
    # A listed agency goes on with what it is for, as a name read behind its head does.
    ("وبحسب وكالة فيتش للتصنيف الائتماني فإن التصنيف تحسن.", [("وكالة فيتش للتصنيف الائتماني", "ORG")]),
    # وحدات is generic: the units belong to the named organisation.
    ("انتشرت وحدات الحرس الوطني في المدينة.", [("الحرس الوطني", "ORG")]),
    # A compound place name after a head that wants a definite name.
    ("ضخت الإمارات الأموال في منطقة رأس الحكمة.", [("الإمارات", "LOC"), ("رأس الحكمة", "LOC")]),
])
def test_organisation_and_place_names_that_generic_heads_and_participles_surround(rules, text, expected):
    assert found(rules, text) == expected


def test_a_title_held_in_a_body_of_a_named_organisation_reaches_the_name(rules):
    text = "وقالت رئيسة بعثة صندوق النقد إلى مصر أنجيلا مورتاري إن المراجعة ستكتمل."
    assert found(rules, text) == [("صندوق النقد", "ORG"), ("مصر", "LOC"), ("أنجيلا مورتاري", "PER")]


@pytest.mark.parametrize("text, expected", [
    # A family name with its particle is the short form: ولد أحمدو, not أحمدو.
    ("فاز الرئيس محمد ولد أحمدو بولاية ثانية. وكان ولد أحمدو قد وعد بالإصلاح.",
     [("محمد ولد أحمدو", "PER"), ("ولد أحمدو", "PER")]),
    # A family name that is a common word is no short form: سلام in اتفاق سلام is peace.
    ("وقال رئيس الوزراء نواف سلام إن اتفاق سلام ممكن.", [("نواف سلام", "PER")]),
])
def test_short_forms_of_persons(rules, text, expected):
    assert found(rules, text) == expected


@pytest.mark.parametrize("text, expected", [
    # A definite head word right after a head is part of the name, with its complement and و.
    ("حصل مرشح حزب التجمع الوطني للإصلاح والتنمية على عشرة مقاعد.",
     [("حزب التجمع الوطني للإصلاح والتنمية", "ORG")]),
    # A masculine direction after a feminine head's name belongs to the name; one that may agree
    # with the head stays outside.
    ("بلغت المشاركة في ولاية الحوض الشرقي نصف الناخبين، وفي ريف دير الزور الشرقي أقل.",
     [("الحوض الشرقي", "LOC"), ("دير الزور", "LOC")]),
    # حي and قطاع are heads: the name after them, the head outside.
    ("فرّقت الشرطة المحتجين في حي عرفات، وقصفت الطائرات قطاع غزة.", [("عرفات", "LOC"), ("غزة", "LOC")]),
    ("والمريض حي يرزق.", []),
    # A kind of security is no security service.
    ("يعاني السكان من انعدام الأمن الغذائي.", []),
])
def test_heads_and_what_belongs_to_their_names(rules, text, expected):
    assert found(rules, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("منذ السابع من تشرين الأول/أكتوبر 2023 تغير كل شيء.", [("السابع من تشرين الأول/أكتوبر 2023", "DATE")]),
    ("وفي الحادي والعشرين من آذار عاد الوفد.", [("الحادي والعشرين من آذار", "DATE")]),
    ("خلال الأسبوع الأول من آذار.", [("آذار", "DATE")]),  # an ordinal adjective, not a day
])
def test_a_day_written_as_an_ordinal_belongs_to_its_date(rules, text, expected):
    assert found(rules, text) == expected


@pytest.mark.parametrize("text, expected", [
    # Two name words joined by بن make a person, whatever the given name.
    ("وقال سعيد بن عمر، رئيس الكتلة البرلمانية لحمس، إن القانون سيئ.", [("سعيد بن عمر", "PER")]),
    # After a title, a word with ل says what the title is of; the name follows it, or there is none.
    ("وقال الرئيس التنفيذي لمدار حمد المنصوري إن الصفقة مهمة.", [("حمد المنصوري", "PER")]),
    ("وقال رئيس الكتلة البرلمانية لحمس إن القانون سيئ.", []),
    # A company's bare name after its head is its short form later on.
    ("وبحسب وكالة فيتش للتصنيف الائتماني فإن التصنيف تحسن. ورأت فيتش أن الآفاق مستقرة.",
     [("وكالة فيتش للتصنيف الائتماني", "ORG"), ("فيتش", "ORG")]),
    # A plural nisba adjective ends a complement: للعمال الجزائريين.
    ("أما الاتحاد العام للعمال الجزائريين فقد رفض.", [("الاتحاد العام للعمال الجزائريين", "ORG")]),
])
def test_names_from_particles_title_complements_and_bare_company_names(rules, text, expected):
    assert found(rules, text) == expected


@pytest.mark.parametrize("text, expected", [
    # A head that needs more than a bare name takes one with what the body is for, and the bare
    # name is its short form later on; an adjective agreeing with the head is no name.
    ("أعلنت مجموعة مدار للاتصالات أرباحها. وقالت مدار إن الصفقة كبيرة.",
     [("مجموعة مدار للاتصالات", "ORG"), ("مدار", "ORG")]),
    ("وصلت مجموعة كبيرة للمساعدات.", []),
    # A name joined by و after an adjective: هيئة الأوراق المالية والسلع.
    ("وقالت هيئة الأوراق المالية والسلع إن التداول توقف.", [("هيئة الأوراق المالية والسلع", "ORG")]),
])
def test_company_and_regulator_names(rules, text, expected):
    assert found(rules, text) == expected
