"""The claim rules: spans and speakers on the seed article and on sentences the rules never saw.

Entity matches are written here by hand (the entity rules are tested elsewhere), so these tests
check only what the claim rules do with them. Expected claims are literal strings of the text.
"""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tawsim.core.resources import resource_path
from tawsim.rules.claims.rules import ClaimRules
from tawsim.rules.shared.matches import Match, longest_first
from tawsim.rules.shared.rulefiles import RuleFileError
from tawsim.text.normalize import MatchView

RULES_DIR = resource_path("rules")


@pytest.fixture(scope="module")
def rules() -> ClaimRules:
    return ClaimRules.load(RULES_DIR)


def entity(text: str, needle: str, label: str, nth: int = 0, after: str = "") -> Match:
    """The entity `needle` (its `nth` occurrence after the text `after`)."""
    start = text.index(after) + len(after) if after else 0
    for _ in range(nth + 1):
        start = text.index(needle, start) + 1
    start -= 1
    return Match(start, start + len(needle), "entity", label, "test", "")


def entities_named(text: str, names: dict[str, str]) -> list[Match]:
    """Every occurrence of each name, nested ones dropped (as the engine's overlap policy does)."""
    found = [
        Match(m.start(), m.end(), "entity", label, "test", "")
        for name, label in names.items()
        for m in re.finditer(re.escape(name), text)
    ]
    return longest_first(found)


def claim_texts(text: str, claims: list[Match]) -> list[str]:
    return [text[claim.start:claim.end] for claim in claims]


def speaker_text(text: str, claim: Match) -> str | None:
    return None if claim.speaker is None else text[claim.speaker.start:claim.speaker.end]


def find(rules: ClaimRules, text: str, entities: list[Match]) -> list[Match]:
    claims = rules.find(MatchView(text), entities)
    for claim in claims:
        assert claim.category == "claim" and claim.label == "CLAIM"
        assert claim.speaker is None or any(claim.speaker is e for e in entities)
    return claims


# ---------------------------------------------------------------------------------------------
# The seed article


def seed_entities(text: str) -> list[Match]:
    lines = text.split("\n")
    line_start = [0]
    for line in lines:
        line_start.append(line_start[-1] + len(line) + 1)

    def on_line(number: int, needle: str, label: str) -> Match:
        at = line_start[number - 1] + lines[number - 1].index(needle)
        return Match(at, at + len(needle), "entity", label, "test", "")

    spec = [
        (2, "التحالف الدولي", "ORG"), (2, "الولايات المتحدة", "LOC"), (2, "الخميس", "DATE"),
        (2, "داعش", "ORG"), (2, "العام 2014", "DATE"),
        (3, "العام 2014", "DATE"), (3, "سوريا", "LOC"), (3, "العراق", "LOC"),
        (4, "الجیش البریطاني", "ORG"), (4, "كریستوفر كیكا", "PER"), (4, "لتحالف", "ORG"), (4, "داعش", "ORG"),
        (5, "قوات سوريا الديمقراطية", "ORG"), (5, "واشنطن", "LOC"), (5, "دير الزور", "LOC"),
        (5, "أيلول/سبتمبر", "DATE"),
        (6, "التحالف", "ORG"), (6, "داعش", "ORG"), (6, "سوريا", "LOC"),
        (7, "المرصد السوري لحقوق الإنسان", "ORG"), (7, "كانون الأول/ديسمبر", "DATE"),
        (8, "كيكا", "PER"),
        (9, "قوات سوريا الديمقراطية", "ORG"), (9, "وكالة فرانس برس", "ORG"), (9, "السبت", "DATE"),
        (9, "الباغوز", "LOC"),
        (10, "قوات سوريا الديمقراطية", "ORG"), (10, "دير الزور", "LOC"), (10, "عدنان عفرين", "PER"),
        (10, "فرانس برس", "ORG"), (10, "السبت", "DATE"),
    ]
    return sorted((on_line(*item) for item in spec), key=lambda m: m.start)


def span_of(text: str, piece: str) -> tuple[int, int]:
    assert text.count(piece) == 1, piece
    start = text.index(piece)
    return start, start + len(piece)


SEED_CLAIMS = [  # (first words … last words of the claim, the speaker as written, rule)
    ("تنظيم #داعش بات محاصراً", "في ضوء خسائره الميدانية المتلاحقة", "التحالف الدولي", "claim:reported-clause"),
    ("نستمر في الضغط على المتبقین", "من مساحة الخلافة الأصلیة", "كریستوفر كیكا", "claim:quote"),
    ("من تحریر ما یقارب 99,5", "الخاضعة لسیطرة داعش", "التحالف", "claim:quote"),
    ("ودفعت العمليات العسكرية", "وبينهم نحو 3400 عنصر من التنظيم", "المرصد السوري لحقوق الإنسان", "claim:attribution"),
    ("الفرار من خلال الاختباء", "یحاولون الفرار من القتال", "كيكا", "claim:quote"),
    ("“هذه التكتیكات لن تنجح”", "“هذه التكتیكات لن تنجح”", "كيكا", "claim:reported-clause"),
    ("أوقفوا عملياتهم البرية", "بينما يستمر القصف الجوي والمدفعي", "قوات سوريا الديمقراطية", "claim:reported-clause"),
    ("مقاتلي التنظيم “يضعون المدنيين", "وهو ما يمنع تقدمنا”", "عدنان عفرين", "claim:reported-clause"),
    ("وبين المدنيين، وفق قوله،", "من عائلات المتطرفين أنفسهم", "عدنان عفرين", "claim:attribution"),
]


def test_seed_claims_spans_rules_and_speakers(rules, seed_text):
    entities = seed_entities(seed_text)
    claims = find(rules, seed_text, entities)
    assert len(claims) == len(SEED_CLAIMS)
    for claim, (first, last, speaker, rule) in zip(claims, SEED_CLAIMS):
        expected_start = span_of(seed_text, first)[0]
        expected_end = span_of(seed_text, last)[1] if first != last else span_of(seed_text, first)[1]
        assert (claim.start, claim.end) == (expected_start, expected_end), seed_text[claim.start:claim.end]
        assert claim.rule_id == rule
        assert speaker_text(seed_text, claim) == speaker
        assert claim.explanation


def test_seed_speakers_are_the_right_mentions(rules, seed_text):
    entities = seed_entities(seed_text)
    claims = find(rules, seed_text, entities)
    kika_short = next(e for e in entities if seed_text[e.start:e.end] == "كيكا")
    afrin = next(e for e in entities if seed_text[e.start:e.end] == "عدنان عفرين")
    coalition_short = next(e for e in entities if seed_text[e.start:e.end] == "التحالف")
    assert claims[2].speaker is coalition_short
    # لكنه شدد → the latest speaker, linked to its nearest earlier mention (وفق كيكا)
    assert claims[5].speaker is kika_short
    assert "pronoun" in claims[5].explanation
    # وفق قوله → عدنان عفرين of the sentence before
    assert claims[8].speaker is afrin
    assert "pronoun" in claims[8].explanation


def test_seed_claims_leave_out_final_stops_and_quotations_their_marks(rules, seed_text):
    claims = find(rules, seed_text, seed_entities(seed_text))
    for claim in claims:
        inside = seed_text[claim.start:claim.end]
        assert inside == inside.strip()
        assert not inside.endswith((".", "،"))
        if claim.rule_id == "claim:quote":
            assert not inside.startswith(("“", "«")) and not inside.endswith(("”", "»"))
    # a reported clause keeps the marks of the quotation it is made of: لكنه شدد على أن “…”
    assert seed_text[claims[5].start:claims[5].end] == "“هذه التكتیكات لن تنجح”"
    # the scare quote inside the first reported clause is not a claim of its own
    scare = span_of(seed_text, "خلافته المزعومة")
    assert sum(1 for c in claims if c.start <= scare[0] and scare[1] <= c.end) == 1
    assert all((c.start, c.end) != scare for c in claims)


def test_explanations_name_the_cue(rules, seed_text):
    claims = find(rules, seed_text, seed_entities(seed_text))
    assert claims[0].explanation.startswith("reported clause after «أعلن» + «أن»")
    assert claims[1].explanation == "quoted statement after «قال»; speaker: the subject of the verb"
    assert claims[2].explanation.startswith("quoted statement attributed by «وفق»")


def test_no_entities_still_finds_claims_without_speakers(rules, seed_text):
    claims = find(rules, seed_text, [])
    texts = claim_texts(seed_text, claims)
    assert any(t.startswith("تنظيم #داعش بات محاصراً") for t in texts)
    assert any(t.startswith("أوقفوا عملياتهم البرية") for t in texts)
    assert all(c.speaker is None for c in claims)


def test_offsets_are_original_when_the_text_has_diacritics(rules):
    text = "وقالَ الوزيرُ سامي الخطيب إنَّ الحكومةَ ستدعمُ المزارعين.\n"
    entities = [entity(text, "سامي الخطيب", "PER")]
    [claim] = find(rules, text, entities)
    assert text[claim.start:claim.end] == "الحكومةَ ستدعمُ المزارعين"
    assert claim.speaker is entities[0]


# ---------------------------------------------------------------------------------------------
# Sentences the rules never saw


def test_feminine_speaker_and_guillemets_after_a_colon(rules):
    text = "وقالت وزيرة الصحة هالة زايد: «سنبدأ حملة التطعيم في جميع المحافظات الأسبوع المقبل»."
    entities = [entity(text, "هالة زايد", "PER")]
    [claim] = find(rules, text, entities)
    assert text[claim.start:claim.end] == "سنبدأ حملة التطعيم في جميع المحافظات الأسبوع المقبل"
    assert claim.speaker is entities[0]
    assert claim.rule_id == "claim:quote"
    assert "«قال:»" in claim.explanation


def test_quotation_after_bihasab(rules):
    text = "وبحسب وزارة الدفاع الروسية، «تم تدمير أكثر من عشرين موقعاً للمسلحين خلال الليل»."
    entities = [entity(text, "وزارة الدفاع الروسية", "ORG")]
    [claim] = find(rules, text, entities)
    assert text[claim.start:claim.end] == "تم تدمير أكثر من عشرين موقعاً للمسلحين خلال الليل"
    assert claim.speaker is entities[0]


def test_naqlan_an_attributes_the_whole_sentence(rules):
    text = "ارتفعت أسعار الخبز في الأسواق.\nوارتفعت أسعار الخبز بنسبة عشرين في المئة، نقلاً عن غرفة تجارة دمشق."
    entities = [entity(text, "غرفة تجارة دمشق", "ORG")]
    [claim] = find(rules, text, entities)
    assert text[claim.start:claim.end] == "وارتفعت أسعار الخبز بنسبة عشرين في المئة، نقلاً عن غرفة تجارة دمشق"
    assert claim.rule_id == "claim:attribution"
    assert claim.speaker is entities[0]


def test_continuation_with_mudifatan_splits_the_clause(rules):
    text = (
        "وأكدت المتحدثة باسم منظمة الصحة العالمية مارغريت هاريس أن الوباء لم ينته بعد، "
        "مضيفة أن اللقاحات تبقى السلاح الأهم."
    )
    entities = [entity(text, "منظمة الصحة العالمية", "ORG"), entity(text, "مارغريت هاريس", "PER")]
    claims = find(rules, text, entities)
    assert claim_texts(text, claims) == ["الوباء لم ينته بعد", "اللقاحات تبقى السلاح الأهم"]
    assert [c.speaker for c in claims] == [entities[1], entities[1]]
    assert all(c.speaker is entities[1] for c in claims)


def test_other_verbs_and_a_place_as_subject(rules):
    text = (
        "وحذر البنك الدولي من أن النمو سيتباطأ في المنطقة.\n"
        "ونفت أنقرة أن تكون قواتها قد دخلت الأراضي العراقية.\n"
        "وكشفت مصادر أمنية أن الهجوم استهدف قافلة عسكرية."
    )
    entities = [entity(text, "البنك الدولي", "ORG"), entity(text, "أنقرة", "LOC")]
    claims = find(rules, text, entities)
    # Guidelines: statements by unnamed groups (مصادر أمنية) are not claims.
    assert claim_texts(text, claims) == [
        "النمو سيتباطأ في المنطقة",
        "تكون قواتها قد دخلت الأراضي العراقية",
    ]
    assert claims[0].speaker is entities[0]
    assert claims[1].speaker is entities[1]


def test_quotation_before_its_verb(rules):
    text = "«لن نتراجع عن قرارنا مهما كانت الضغوط»، قال رئيس الوزراء نجيب ميقاتي لفرانس برس."
    entities = [entity(text, "نجيب ميقاتي", "PER"), entity(text, "فرانس برس", "ORG")]
    [claim] = find(rules, text, entities)
    assert text[claim.start:claim.end] == "لن نتراجع عن قرارنا مهما كانت الضغوط"
    assert claim.speaker is entities[0]


def test_scare_quotes_and_non_attributions_are_not_claims(rules):
    text = (
        "وشنت الطائرات غارات على ما يسمى “المنطقة الآمنة” في الشمال.\n"
        "ويحق للمواطنين وفق القانون الاعتراض على القرار حسب الأصول.\n"
        "وأعلن في العام الماضي إقامة منطقة عازلة على الحدود."
    )
    assert find(rules, text, []) == []


def test_addressee_is_not_the_speaker(rules):
    text = "وقال مسؤول أميركي لوكالة رويترز إن المحادثات ستستأنف الأسبوع المقبل."
    entities = [entity(text, "وكالة رويترز", "ORG")]
    [claim] = find(rules, text, entities)
    assert text[claim.start:claim.end] == "المحادثات ستستأنف الأسبوع المقبل"
    assert claim.speaker is None


def test_pronoun_links_to_the_nearest_earlier_mention(rules):
    text = (
        "وقال الوزير أحمد الصالح إن الأضرار كبيرة في القرى الحدودية.\n"
        "وأشار الصالح إلى أن فرق الإغاثة وصلت إلى المنطقة.\n"
        "وبين المتضررين، بحسب قوله، أطفال ونساء من القرى المجاورة.\n"
        "وتابع: “سنواصل العمل حتى عودة آخر عائلة إلى منزلها”."
    )
    entities = entities_named(text, {"أحمد الصالح": "PER", "الصالح": "PER"})
    full, short = entities
    assert text[short.start:short.end] == "الصالح" and short.start > full.end
    claims = find(rules, text, entities)
    assert claim_texts(text, claims) == [
        "الأضرار كبيرة في القرى الحدودية",
        "فرق الإغاثة وصلت إلى المنطقة",
        "وبين المتضررين، بحسب قوله، أطفال ونساء من القرى المجاورة",
        "سنواصل العمل حتى عودة آخر عائلة إلى منزلها",
    ]
    assert claims[0].speaker is full
    assert claims[1].speaker is short
    assert claims[2].speaker is short
    assert claims[3].speaker is short


def test_pronoun_skips_to_a_later_mention_that_did_not_speak(rules):
    text = (
        "وقال رئيس البلدية كريم حداد إن المياه عادت إلى الأحياء الشرقية.\n"
        "وتفقد حداد محطة الضخ برفقة فريق من وزارة الطاقة.\n"
        "وأضاف أن الإصلاحات ستكتمل قبل نهاية الشهر."
    )
    entities = entities_named(text, {"كريم حداد": "PER", "حداد": "PER", "وزارة الطاقة": "ORG"})
    full, short, ministry = entities
    claims = find(rules, text, entities)
    assert claim_texts(text, claims) == ["المياه عادت إلى الأحياء الشرقية", "الإصلاحات ستكتمل قبل نهاية الشهر"]
    assert claims[0].speaker is full
    assert claims[1].speaker is short  # the nearest earlier mention of the latest speaker


def test_complementizer_after_bada_an_is_skipped(rules):
    text = "وقال الرئيس ميشال عون بعد أن التقى السفير إن الحكومة ستتشكل قريباً."
    entities = [entity(text, "ميشال عون", "PER")]
    [claim] = find(rules, text, entities)
    assert text[claim.start:claim.end] == "الحكومة ستتشكل قريباً"
    assert claim.speaker is entities[0]


def test_decimal_point_and_stops_inside_quotes_do_not_end_the_sentence(rules):
    text = (
        "وقال المتحدث سليم داود إن النمو بلغ 3.5 في المئة هذا العام.\n"
        "وأضاف: «الأرقام مشجعة. لكن الطريق ما زال طويلاً أمامنا»، بحسب البيان."
    )
    entities = [entity(text, "سليم داود", "PER")]
    claims = find(rules, text, entities)
    assert claim_texts(text, claims) == [
        "النمو بلغ 3.5 في المئة هذا العام",
        "الأرقام مشجعة. لكن الطريق ما زال طويلاً أمامنا",
    ]
    assert all(c.speaker is entities[0] for c in claims)


def test_name_before_the_verb(rules):
    text = "وكان عدنان عفرين قد أكد أن المعركة ستنتهي خلال أيام."
    entities = [entity(text, "عدنان عفرين", "PER")]
    [claim] = find(rules, text, entities)
    assert text[claim.start:claim.end] == "المعركة ستنتهي خلال أيام"
    assert claim.speaker is entities[0]


def test_long_unattributed_quotation_continues_the_latest_speaker(rules):
    text = (
        "وقال المدير فادي نصار إن العمل مستمر.\n"
        "“نحن هنا منذ الصباح ولن نغادر قبل إنهاء المهمة”."
    )
    entities = [entity(text, "فادي نصار", "PER")]
    claims = find(rules, text, entities)
    assert claim_texts(text, claims)[1] == "نحن هنا منذ الصباح ولن نغادر قبل إنهاء المهمة"
    assert claims[1].speaker is entities[0]
    assert "without attribution" in claims[1].explanation


def test_statement_after_a_colon_without_quotation_marks(rules):
    text = "وقال قائد الشرطة العميد نزار منصور: المعابر ستبقى مغلقة حتى إشعار آخر.\nوعاد الهدوء."
    entities = [entity(text, "نزار منصور", "PER")]
    [claim] = find(rules, text, entities)
    assert text[claim.start:claim.end] == "المعابر ستبقى مغلقة حتى إشعار آخر"
    assert claim.rule_id == "claim:colon"
    assert claim.speaker is entities[0]


def test_headline_name_and_colon_before_a_quotation(rules):
    text = "غوتيريش: “على جميع الأطراف احترام القانون الدولي الإنساني”\nوتواصلت المعارك."
    entities = [entity(text, "غوتيريش", "PER")]
    [claim] = find(rules, text, entities)
    assert text[claim.start:claim.end] == "على جميع الأطراف احترام القانون الدولي الإنساني"
    assert claim.speaker is entities[0]


def test_wifq_ma_afad_names_the_source_after_the_verb(rules):
    text = (
        "وقتل 12 مدنياً على الأقل في غارات استهدفت بلدة سراقب، وفق ما أفاد المرصد السوري لحقوق الإنسان.\n"
        "وقال مراسل محلي إن الطيران ما زال يحلق فوق المنطقة."
    )
    entities = [entity(text, "المرصد السوري لحقوق الإنسان", "ORG")]
    claims = find(rules, text, entities)
    assert claim_texts(text, claims) == [
        "وقتل 12 مدنياً على الأقل في غارات استهدفت بلدة سراقب، وفق ما أفاد المرصد السوري لحقوق الإنسان",
        "الطيران ما زال يحلق فوق المنطقة",
    ]
    assert claims[0].speaker is entities[0]
    assert claims[1].speaker is None


def test_statements_attributed_to_unnamed_sources_are_no_claims(rules):
    # Guidelines: statements by unnamed groups (محللون، مصادر) are not claims; a quotation they
    # are said to have made is not handed to the latest speaker either.
    for text in (
        "وسقطت قذائف على أحياء سكنية في المدينة، بحسب مصادر محلية.",
        "«الوضع خطير جداً في كل المناطق الحدودية»، وفق شهود عيان.",
    ):
        assert find(rules, text, []) == []


def test_naqlan_an_attributes_even_an_unknown_source(rules):
    text = "ويتنافس في الانتخابات أكثر من 15 ألف مرشح، نقلاً عن الجمعية الأهلية لمراقبة الانتخابات."
    [claim] = find(rules, text, [])
    assert text[claim.start:claim.end] == text[:-1]
    assert claim.speaker is None


# ---------------------------------------------------------------------------------------------
# Rules are data


def copy_rules(tmp_path: Path) -> Path:
    target = tmp_path / "rules"
    shutil.copytree(RULES_DIR / "claims", target / "claims")
    return target


def test_a_verb_added_to_the_data_is_used(tmp_path):
    text = "وغرد الوزير سامي الخطيب بأن الاتفاق أصبح قريباً."
    rules_dir = copy_rules(tmp_path)
    assert ClaimRules.load(rules_dir).find(MatchView(text), []) == []
    with open(rules_dir / "claims" / "speech-verbs.jsonl", "a", encoding="utf-8") as out:
        out.write(json.dumps({"verb": "غرد", "forms": ["غردت"]}, ensure_ascii=False) + "\n")
    [claim] = ClaimRules.load(rules_dir).find(MatchView(text), [])
    assert text[claim.start:claim.end] == "الاتفاق أصبح قريباً"
    assert "«غرد»" in claim.explanation


def test_min_words_setting_is_read(tmp_path):
    text = "وشنت الطائرات غارات على ما يسمى “المنطقة الآمنة” في الشمال."
    rules_dir = copy_rules(tmp_path)
    settings_file = rules_dir / "claims" / "settings.jsonl"
    settings_file.write_text(
        settings_file.read_text(encoding="utf-8").replace(
            '"min_words_unattributed_quote", "value": 5', '"min_words_unattributed_quote", "value": 2'
        ),
        encoding="utf-8",
    )
    [claim] = ClaimRules.load(rules_dir).find(MatchView(text), [])
    assert text[claim.start:claim.end] == "المنطقة الآمنة"


@pytest.mark.parametrize(
    "file_name, line, message",
    [
        ("speech-verbs.jsonl", '{"verb": "قال", "forms": "قالت"}', "wrong type"),
        ("speech-verbs.jsonl", '{"verb": "قال", "forms": [""]}', "non-empty"),
        ("speech-verbs.jsonl", "{not json", "not a JSON object"),
        ("settings.jsonl", '{"name": "min_words", "value": 3}', "unknown setting"),
        ("settings.jsonl", '{"name": "speaker_labels", "value": [1]}', "list of labels"),
        ("quote-pairs.txt", "<<", "opening and closing mark"),
        ("complementizers.txt", "\u064e\u064e", "no letters"),
        ("attribution-cues.txt", "بحسب\tALWAYS", "ANY_SOURCE"),
    ],
)
def test_bad_rule_lines_name_file_and_line(tmp_path, file_name, line, message):
    rules_dir = copy_rules(tmp_path)
    path = rules_dir / "claims" / file_name
    lines = path.read_text(encoding="utf-8").split("\n")
    path.write_text("\n".join(lines[:-1] + [line, ""]), encoding="utf-8")
    with pytest.raises(RuleFileError) as raised:
        ClaimRules.load(rules_dir)
    assert f"{path}:{len(lines)}:" in str(raised.value)
    assert message in str(raised.value)


def test_missing_rule_file_is_reported(tmp_path):
    rules_dir = copy_rules(tmp_path)
    (rules_dir / "claims" / "complementizers.txt").unlink()
    with pytest.raises(RuleFileError, match="complementizers.txt"):
        ClaimRules.load(rules_dir)


# ---------------------------------------------------------------------------------------------
# Any text: claims are well-formed


PIECES = [
    "وقال", "قالت", "أكد", "وأضاف", "لكنه شدد على", "مضيفاً", "وفق", "بحسب", "نقلاً عن", "قوله",
    "أن", "إن", "إنهم", "بأن", "بعد أن", "كيكا", "التحالف الدولي", "مصادر", "في", "الحكومة", "ستنتهي",
    "“", "”", "«", "»", '"', ":", "،", ".", "\n", "3.5", "ما", "الحرب", "َ", "ً", "ی",
]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=40))
def test_any_text_gives_well_formed_claims(rules, pieces):
    text = " ".join(pieces)
    entities = entities_named(text, {"كيكا": "PER", "التحالف الدولي": "ORG"})
    claims = rules.find(MatchView(text), entities)
    previous_end = 0
    for claim in claims:
        assert 0 <= claim.start < claim.end <= len(text)
        assert claim.start >= previous_end  # sorted, not overlapping
        previous_end = claim.end
        inside = text[claim.start:claim.end]
        assert inside == inside.strip()
        assert claim.speaker is None or any(claim.speaker is e for e in entities)


# Guideline rulings: نقلت X عن Y قوله → Y; unnamed groups are no speakers; a verb after
# "، بينما/فيما" starts a new claim; a short quoted name after a source is no claim;
# impersonal يتوقع أن / يذكر أن are nobody's claims.
@pytest.mark.parametrize(
    "text, names, expected",
    [
        ("ونقلت قناة المدينة عن وزير الري سامي الحلو قوله إن السد سليم.",
         {"قناة المدينة": "ORG", "سامي الحلو": "PER"}, [("السد سليم", "سامي الحلو")]),
        ("نقلت وكالة الأنباء الرسمية عن الشركة الوطنية للكهرباء أن الانقطاع سينتهي قريباً.",
         {"وكالة الأنباء الرسمية": "ORG", "الشركة الوطنية للكهرباء": "ORG"},
         [("الانقطاع سينتهي قريباً", "الشركة الوطنية للكهرباء")]),
        ("ونقلت الشاحنات المساعدات إلى المخيم بعد أن فتح المعبر.", {}, []),
        ("ويرى خبراء أن الأسعار ستواصل الارتفاع.", {}, []),
        ("ويتوقع محللون أن يرفع البنك الفائدة.", {"البنك": "ORG"}, []),
        ("ويذكر أن الحكومة كانت قد رفعت الأسعار العام الماضي.", {}, []),
        ("ويتوقع أن يصل الوفد غداً.", {}, []),
        ("ويتوقع صندوق النقد الدولي أن يتباطأ النمو هذا العام.", {"صندوق النقد الدولي": "ORG"},
         [("يتباطأ النمو هذا العام", "صندوق النقد الدولي")]),
        ("وأعلنت الهيئة الوطنية أن الإنتاج ارتفع، بينما توقع المرصد الوطني للطاقة أن يتراجع الطلب.",
         {"الهيئة الوطنية": "ORG", "المرصد الوطني للطاقة": "ORG"},
         [("الإنتاج ارتفع", "الهيئة الوطنية"), ("يتراجع الطلب", "المرصد الوطني للطاقة")]),
        ("وقال الوزير رامي عوض إن المفاوضات مستمرة، في حين أكدت المعارضة أن لا تقدم فيها.",
         {"رامي عوض": "PER", "المعارضة": "ORG"},
         [("المفاوضات مستمرة", "رامي عوض"), ("لا تقدم فيها", "المعارضة")]),
        ("وقال رامي عوض إن المفاوضات مستمرة وأن الوفد باق، فيما الوضع هادئ.",
         {"رامي عوض": "PER"}, [("المفاوضات مستمرة وأن الوفد باق، فيما الوضع هادئ", "رامي عوض")]),
        ("وبحسب بيانات الشركة العامة للموانئ «موانئ»، ارتفعت الصادرات إلى مستوى قياسي.",
         {"الشركة العامة للموانئ": "ORG", "موانئ": "ORG"},
         [("وبحسب بيانات الشركة العامة للموانئ «موانئ»، ارتفعت الصادرات إلى مستوى قياسي",
           "الشركة العامة للموانئ")]),
        ("وقدرت المنظمة الدولية للهجرة أن عدد النازحين تضاعف.", {"المنظمة الدولية للهجرة": "ORG"},
         [("عدد النازحين تضاعف", "المنظمة الدولية للهجرة")]),
    ],
)
def test_guideline_rulings_on_speakers_and_splits(rules, text, names, expected):
    claims = find(rules, text, entities_named(text, names))
    assert [(text[c.start:c.end], speaker_text(text, c)) for c in claims] == expected


def test_a_verb_needing_a_source_word_rejects_a_file_without_a_list(tmp_path):
    folder = tmp_path / "rules"
    shutil.copytree(resource_path("rules"), folder)
    with open(folder / "claims" / "speech-verbs.jsonl", "a", encoding="utf-8") as file:
        file.write('{"verb": "روى", "forms": ["روت"], "source_after": "عن"}\n')
    with pytest.raises(RuleFileError, match=r"speech-verbs.jsonl:\d+: \"source_after\" must be a list"):
        ClaimRules.load(folder)


def test_a_verb_joined_by_wa_inside_a_sentence_shares_the_sentences_subject(rules):
    text = ("أعلنت اللجنة المستقلة أن الرئيس فاز. ورفض إبراهيم ولد سالم هذه النتائج، وقال في مؤتمر "
            "صحافي إن الاقتراع مزور.")
    entities = [entity(text, "اللجنة المستقلة", "ORG"), entity(text, "إبراهيم ولد سالم", "PER")]
    first, second = find(rules, text, entities)
    assert text[first.start:first.end] == "الرئيس فاز" and first.speaker is entities[0]
    assert text[second.start:second.end] == "الاقتراع مزور"
    assert second.speaker is entities[1]  # not the committee, the latest speaker before


def test_a_relative_pronoun_before_the_verb_points_to_the_speaker_and_ends_the_claim(rules):
    text = "أما الاتحاد العام للعمال، الذي يقول إنه يضم مليوني منخرط، فقد رفض القانون."
    entities = [entity(text, "الاتحاد العام للعمال", "ORG")]
    [claim] = find(rules, text, entities)
    assert text[claim.start:claim.end] == "يضم مليوني منخرط"
    assert claim.speaker is entities[0]


@pytest.mark.parametrize("text", [
    "لكن نقابات القطاع تؤكد أن النسبة بلغت 70 في المئة.",  # an unnamed group before the verb
    "ونقلت صحيفة الشروق عن مصدر برلماني أن المجلس سيدرس النص.",  # the person quoted is unnamed
])
def test_statements_of_unnamed_groups_and_sources_are_no_claims(rules, text):
    entities = [entity(text, "صحيفة الشروق", "ORG")] if "الشروق" in text else []
    assert find(rules, text, entities) == []


def test_an_unnamed_group_does_not_inherit_the_latest_speaker(rules):
    text = "وقال الوزير أحمد سالم إن النسبة ضعيفة. لكن نقابات القطاع تؤكد أن النسبة بلغت 70 في المئة."
    entities = [entity(text, "أحمد سالم", "PER")]
    [claim] = find(rules, text, entities)
    assert text[claim.start:claim.end] == "النسبة ضعيفة" and claim.speaker is entities[0]
