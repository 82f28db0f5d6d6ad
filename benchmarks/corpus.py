"""A synthetic but realistic Arabic news corpus and a 20,000-entry gazetteer, for the benchmark.

Nothing can be downloaded, so articles are composed from sentence templates filled with names,
places, organisations, figures and dates, plus the sentences of the seed article. The output is
deterministic for a given seed and cached under benchmarks/.cache/ (ignored by git through a
`.gitignore` the cache writes into itself).

Sizes are UTF-8 bytes: a "10 MB" corpus is 10,000,000 bytes (about 5.5 million characters).

    python benchmarks/corpus.py --seed 7 --size-mb 10
"""

from __future__ import annotations

import argparse
import random
import re
from pathlib import Path

VERSION = 2
HERE = Path(__file__).resolve().parent
CACHE_DIR = HERE / ".cache"
SEED_ARTICLE = HERE.parent / "seeds" / "000_e93ad64ae9bca60f.txt"
ARTICLE_SEPARATOR = "\n\n"

# ---------------------------------------------------------------------------------------------
# Vocabulary

MALE = (
    "محمد أحمد علي حسن حسين خالد عمر يوسف إبراهيم مصطفى سامي فادي رامي طارق زياد وليد ماهر نبيل "
    "جمال كريم هشام عماد سمير باسل جورج إيلي ميشال نزار عدنان مازن غسان رياض فراس أنس بلال حمزة "
    "سليم منير ناصر فيصل سلمان تركي صالح قاسم جواد مهدي حيدر عباس كمال بسام وائل لؤي معاذ أيمن "
    "شادي ربيع نضال جهاد عصام حازم مروان رضوان عادل توفيق هاني نادر أسامة ياسر مجدي شريف عاطف"
).split() + ["عبد الله", "عبد الرحمن", "عبد العزيز", "عبد الكريم", "عبد الرزاق", "أبو بكر"]
FEMALE = (
    "فاطمة مريم ليلى رنا هدى سارة نور دينا ريم لينا سلمى هالة منى ياسمين رشا لمى جميلة زينب "
    "سعاد نادية أمل رولا غادة سمر وفاء سناء عبير هيفاء رانيا دعاء ميساء"
).split()
FOREIGN = (
    "كريستوفر جون مايكل ديفيد إيمانويل أنطونيو فلاديمير سيرغي جوزيب أولاف مارك بيتر توماس "
    "ريتشارد جيمس فرانك هانز بيير جان لويس كارلوس"
).split()
FAMILY = (
    "الأحمد الحسن العلي الخطيب النجار الحداد الشامي المصري الحلبي الزعبي الجبوري الدليمي الساعدي "
    "الربيعي العنزي الشمري القحطاني الحريري جنبلاط بري عون فرنجية الأسعد حمدان منصور سلامة داود "
    "نصار خوري حداد عيسى سعادة عيد زيدان درويش برهوم عثمان بكر يونس قاسم الكردي التركماني العبيدي "
    "الحمصي الدمشقي البغدادي الموصلي السوداني الطائي الكبيسي المالكي الحكيم الصدر الخزاعي العامري "
    "السعدي الهاشمي الزبيدي المحمد الحمود الخليل الشيخ العمر الإبراهيم الصالح الموسى اليوسف "
    "عفرين كيكا غانم صقر فرحات شهاب سرور الأيوبي البيطار القباني العطار الحسيني الرفاعي"
).split()
FOREIGN_FAMILY = (
    "كيكا ماكرون شولتس لافروف بلينكن غوتيريش بيدرسن جونسون ميلر سميث دوران غارسيا روسي مولر "
    "برنار دوبوا بيترسون أندرسون ويليامز تشيرنوف"
).split()

TITLES_M = [
    "الرئيس", "رئيس الوزراء", "وزير الخارجية", "وزير الدفاع", "وزير الداخلية", "وزير المالية",
    "وزير الطاقة", "اللواء", "العميد", "العقيد", "الشيخ", "النائب", "السفير", "الدكتور",
    "الباحث", "المحلل السياسي", "الخبير الاقتصادي", "القيادي", "الناشط", "المسؤول المحلي",
    "رئيس البرلمان", "قائد الشرطة", "المبعوث الأممي",
]
TITLES_F = ["وزيرة الصحة", "وزيرة الخارجية", "النائبة", "الدكتورة", "الناشطة", "الباحثة", "السفيرة"]
TITLES_OF_PLACE = ["محافظ", "رئيس بلدية", "مدير صحة", "قائد شرطة"]
TITLES_OF_ORG = [  # (title, proclitic glued to the organisation)
    ("المتحدث باسم", ""), ("الأمين العام", "ل"), ("مدير", ""), ("رئيس", ""), ("المدير التنفيذي", "ل"),
    ("مسؤول في", ""),
]

COUNTRIES = [
    "سوريا", "العراق", "لبنان", "الأردن", "مصر", "السعودية", "الإمارات", "قطر", "الكويت", "عُمان",
    "البحرين", "اليمن", "ليبيا", "تونس", "الجزائر", "المغرب", "السودان", "فلسطين", "تركيا", "إيران",
    "روسيا", "فرنسا", "بريطانيا", "ألمانيا", "الولايات المتحدة", "الصين", "اليابان", "إيطاليا",
    "إسبانيا", "كندا", "باكستان", "أفغانستان", "إثيوبيا", "الصومال", "كوريا الجنوبية",
]
NATIONALITY = [
    "السوري", "العراقي", "اللبناني", "الأردني", "المصري", "السعودي", "الإماراتي", "القطري",
    "الكويتي", "اليمني", "الليبي", "التونسي", "الجزائري", "المغربي", "التركي", "الإيراني", "الروسي",
    "الفرنسي", "البريطاني", "الألماني", "الأميركي", "الصيني",
]
CITIES = (
    "دمشق حلب حمص حماة اللاذقية طرطوس إدلب الرقة الحسكة القامشلي درعا السويداء بغداد البصرة "
    "الموصل أربيل كركوك النجف كربلاء الفلوجة الرمادي بيروت طرابلس صيدا صور بعلبك زحلة عمّان "
    "الزرقاء إربد القاهرة الإسكندرية الجيزة أسوان الرياض جدة الدمام الدوحة أبوظبي دبي مسقط "
    "المنامة صنعاء عدن تعز الحديدة الخرطوم بنغازي مصراتة صفاقس وهران الرباط مراكش نواكشوط غزة "
    "نابلس الخليل جنين القدس أنقرة إسطنبول طهران موسكو باريس لندن واشنطن برلين جنيف نيويورك بروكسل"
).split() + ["دير الزور", "رام الله", "الدار البيضاء", "الكويت"]
TOWNS = (
    "الباغوز هجين الشعفة السوسة كفرنبل سراقب منبج تدمر السخنة الطبقة الشدادي مركدة عامودا "
    "الدرباسية المالكية الميادين البوكمال القائم تلعفر سنجار بعشيقة الحويجة عرسال القصير يبرود "
    "الزبداني مضايا داريا دوما حرستا عربين جوبر ببيلا يلدا الكسوة نوى طفس شهبا القريتين"
).split() + [
    "معرة النعمان", "خان شيخون", "تل رفعت", "عين العرب", "رأس العين", "تل أبيض", "عين عيسى",
    "تل تمر", "جرف الصخر", "بصرى الشام",
]
PLACE_HEADS = ["بلدة", "مدينة", "قرية", "ريف", "محافظة", "مخيم", "منطقة", "ناحية"]
PLACE_PREFIXES = "تل عين كفر دير بيت خربة جسر رأس مرج وادي جبل سهل قصر برج حي أبو أم بئر".split()
PLACE_STEMS = (
    "الزيتون الحمرا البيضاء السلام النور الريحان الجوز التين العنب الصفا القمح الشيخ الخضر "
    "الغزلان الرمان الحجر الماء الطواحين النخيل الورد السنديان الصنوبر البلوط العسل الملح "
    "القلعة الكنيسة الجامع السوق الوادي النهر الجسر المعصرة الطاحونة الحصن البرج الحارة "
    "حسن علي يوسف عمر خالد موسى عيسى إبراهيم صالح سليمان نوح هارون داود يعقوب"
).split()
PLACE_SUFFIXES = ["", "", "", " الشمالي", " الجنوبي", " الكبير", " الصغير", " الشرقي", " الغربي", " التحتا", " الفوقا"]

ORGS = [
    "وزارة الخارجية", "وزارة الدفاع", "وزارة الصحة", "وزارة المالية", "وزارة الداخلية",
    "وزارة التربية", "وزارة الاقتصاد والتجارة", "قوات سوريا الديمقراطية", "هيئة تحرير الشام",
    "المرصد السوري لحقوق الإنسان", "الأمم المتحدة", "منظمة الصحة العالمية", "صندوق النقد الدولي",
    "البنك الدولي", "الاتحاد الأوروبي", "جامعة الدول العربية", "حلف شمال الأطلسي",
    "مجلس الأمن الدولي", "اللجنة الدولية للصليب الأحمر", "منظمة أطباء بلا حدود",
    "برنامج الأغذية العالمي", "مفوضية الأمم المتحدة لشؤون اللاجئين", "منظمة العفو الدولية",
    "التحالف الدولي", "الجيش السوري", "الجيش العراقي", "الحشد الشعبي", "مصرف لبنان",
    "البنك المركزي المصري", "منظمة الأمم المتحدة للطفولة (يونيسف)", "الهلال الأحمر العربي السوري",
    "مجلس التعاون الخليجي", "منظمة أوبك", "الوكالة الدولية للطاقة الذرية", "داعش",
]
AGENCIES = [
    "وكالة فرانس برس", "وكالة رويترز", "وكالة الأنباء السورية (سانا)", "وكالة أسوشييتد برس",
    "صحيفة النهار", "صحيفة الشرق الأوسط", "قناة الجزيرة", "وكالة الأناضول", "وكالة الأنباء العراقية",
    "وكالة الأنباء الأردنية (بترا)", "صحيفة الأهرام", "وكالة الأنباء القطرية",
]
SHORT_AGENCIES = ["فرانس برس", "رويترز", "الأناضول", "أسوشييتد برس", "سانا"]
ORG_HEADS = ["وزارة", "هيئة", "شركة", "جامعة", "مستشفى", "مجلس", "جمعية", "اتحاد", "مركز", "مؤسسة", "لجنة", "مصرف", "حزب", "حركة", "منظمة"]
ORG_TOPICS = (
    "للمقاولات للتجارة للدراسات الاستراتيجية للتنمية للإغاثة والتنمية لحقوق الإنسان للطاقة "
    "للاتصالات للنقل البحري للصناعات الغذائية للأبحاث الزراعية للتأمين للإعلام للتعليم العالي"
).split(" ")
ORG_ADJECTIVES = "الوطني الوطنية الديمقراطي الإسلامية الدولية العربية الأهلية الشعبية الخيرية الجديدة المتحدة".split()

SAY_VERBS = [  # (masculine, feminine, complementizer)
    ("قال", "قالت", "إن"), ("أكد", "أكدت", "أن"), ("أعلن", "أعلنت", "أن"), ("أوضح", "أوضحت", "أن"),
    ("أفاد", "أفادت", "بأن"), ("صرح", "صرحت", "بأن"), ("شدد", "شددت", "على أن"),
    ("أشار", "أشارت", "إلى أن"), ("اعتبر", "اعتبرت", "أن"), ("رأى", "رأت", "أن"),
    ("لفت", "لفتت", "إلى أن"), ("ذكر", "ذكرت", "أن"),
]
CONTINUE = [  # (masculine, feminine), complementizer included
    ("مضيفاً أن", "مضيفةً أن"), ("مشيراً إلى أن", "مشيرةً إلى أن"), ("موضحاً أن", "موضحةً أن"),
    ("لافتاً إلى أن", "لافتةً إلى أن"), ("مؤكداً أن", "مؤكدةً أن"),
]
ATTRIBUTIONS = ["وفق", "بحسب", "حسب", "نقلاً عن", "استناداً إلى"]

WEEKDAYS = "الأحد الاثنين الثلاثاء الأربعاء الخميس الجمعة السبت".split()
LEVANTINE = ["كانون الثاني", "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز", "آب", "أيلول", "تشرين الأول", "تشرين الثاني", "كانون الأول"]
WESTERN = ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"]

UNITS_ONES = ["", "واحد", "اثنان", "ثلاثة", "أربعة", "خمسة", "ستة", "سبعة", "ثمانية", "تسعة"]
TENS = ["", "عشرة", "عشرين", "ثلاثين", "أربعين", "خمسين", "ستين", "سبعين", "ثمانين", "تسعين"]
HUNDREDS = ["", "مئة", "مئتي", "ثلاثمئة", "أربعمئة", "خمسمئة", "ستمئة", "سبعمئة", "ثمانمئة", "تسعمئة"]
WORD_FIGURES = [
    "ثلاثة آلاف", "ألفي", "عشرة مليارات", "مئات", "عشرات", "مليوني", "أربعة ملايين", "ثمانين",
    "خمسة وعشرين", "مئة ألف", "نصف مليون", "ثلاثة ملايين", "ستة آلاف", "سبعين", "عشرين ألفاً",
]
PEOPLE_NOUNS = ["شخص", "مدني", "نازح", "لاجئ", "طفل", "عنصر", "مقاتل", "عائلة", "طالب", "موظف"]
CURRENCIES = ["دولار", "يورو", "ليرة سورية", "دينار عراقي", "جنيه مصري", "ريال سعودي", "ليرة لبنانية", "درهم"]
SCALES = ["ألف", "مليون", "مليار"]
QUALIFIERS = ["نحو", "حوالى", "أكثر من", "أقل من", "ما لا يقل عن", "قرابة", "زهاء", "ما يقارب", "ما يزيد على", ""]
AREA_UNITS = ["كيلومتر مربع", "كيلومترات مربعة", "هكتار", "دونم"]
SECTORS = ["الكهرباء", "المياه", "الصحة", "التعليم", "النقل", "الزراعة", "الاتصالات", "الإسكان"]

CLAUSES = [
    "الوضع الإنساني في {town} بات كارثياً بعد {weeks} من الحصار",
    "{org} ستقدم {money} لدعم المتضررين في {place}",
    "عدد النازحين من {town} تجاوز {people}",
    "المفاوضات مع {country} وصلت إلى مرحلة حاسمة",
    "نسبة البطالة ارتفعت إلى {pct} خلال العام الماضي",
    "القوات تمكنت من السيطرة على مساحة {area} قرب {town}",
    "الحكومة لن تتراجع عن قرار رفع أسعار الوقود بنسبة {pct}",
    "{people} ما زالوا عالقين في {town} من دون ماء أو كهرباء",
    "الهجوم أسفر عن مقتل {count} وإصابة {count2} آخرين",
    "الاقتصاد سينمو بنسبة {pct} في العام {year}",
    "التضخم بلغ {pct} في {month} الماضي",
    "الاجتماع المقبل سيعقد في {city} في {date}",
    "بلاده تدعم الجهود الرامية إلى وقف إطلاق النار في {country}",
    "صادرات النفط بلغت {oil}",
    "المشروع سيوفر {count} فرصة عمل في {city}",
    "قطاع {sector} يحتاج إلى {money} لإعادة تأهيله",
    "{org} لم تتلق سوى {pct} من التمويل المطلوب",
    "الأسعار ارتفعت {times} مرات منذ {date}",
    "التحقيق ما زال جارياً لتحديد المسؤولين عن الانفجار الذي وقع في {town}",
    "{country} مستعدة للحوار شرط احترام سيادتها",
    "عملية الإجلاء شملت {people} حتى الآن",
    "موازنة العام {year} تتضمن عجزاً قدره {money}",
]
QUOTES = [
    "نحن مستمرون في العمل لإعادة الخدمات إلى {town} في أقرب وقت",
    "لن نسمح بتكرار ما حدث في {town}",
    "الوضع صعب جداً ولا نملك ما يكفي من الغذاء والدواء",
    "خسرنا كل شيء في القصف ولم يبق لنا سوى هذه الخيمة",
    "نحتاج إلى {money} على الأقل لإعادة بناء المدارس والمستشفيات",
    "المرحلة المقبلة ستكون أصعب، لكننا مصممون على المضي قدماً",
    "هذه التكتيكات لن تنجح",
    "ندعو المجتمع الدولي إلى تحمل مسؤولياته تجاه {people}",
    "لم نتلق أي رد رسمي حتى الآن",
    "الأرقام تتحدث عن نفسها: {pct} من السكان تحت خط الفقر",
]
SENTENCES = [
    "و{say} {speaker}، في مؤتمر صحافي في {city} {weekday}، {comp} {clause}.",
    "و{say} {speaker} {to_agency} {comp} {clause}.",
    "و{say} {speaker} في بيان {comp} {clause}، {continue} {clause2}.",
    "و{say} {speaker}: “{quote}”.",
    "و{say} {speaker} {comp} «{quote}».",
    "ونقلت {agency} عن {official} قوله إن {clause}.",
    "و{say_org} {org} {weekday} {comp_org} {clause}.",
    "و{attribution} {org}، فإن {clause}.",
    "و{attribution} {agency}، {clause}.",
    "ويحاول السكان، {attribution} {person}، “{quote}”.",
    "وقتل {count} مدنيين على الأقل وأصيب {count2} آخرون في غارات استهدفت بلدة {town} في {region}، وفق ما أفاد {org}.",
    "وأعلنت {org} {weekday} تخصيص {money} لإعادة إعمار البنى التحتية في {place_headed}.",
    "وارتفعت أسعار المواد الغذائية بنسبة {pct} منذ مطلع {month}، بحسب بيانات {org}.",
    "ويبلغ عدد سكان {city} {people}، وفق تقديرات رسمية.",
    "وتمتد المنطقة على مساحة {area} قرب الحدود مع {country}.",
    "ووصل {official} إلى {city} {weekday} في زيارة رسمية تستمر {days}، يلتقي خلالها {speaker2}.",
    "وفي {date}، شهدت {place_headed} مواجهات عنيفة بين {org} و{org2}.",
    "ونزح {people} من {place_headed} خلال الأسابيع الماضية، بحسب {org}.",
    "وكان {person} قد زار {city} في {month_year} والتقى {speaker2}.",
    "وتراجع سعر صرف {currency} إلى {rate} مقابل الدولار في السوق الموازية {weekday}.",
    "وسجلت الصادرات {money} في الربع الأول من العام {year}، بزيادة {pct} عن الفترة ذاتها من العام الماضي.",
    "وتنتج المحطة {energy} بعد إصلاحها، ما يغطي {pct} من حاجة {city}.",
    "وتقع {place_headed} على بعد {distance} شمال {city}.",
    "ومنذ {date} فقد {people} منازلهم، غالبيتهم من النساء والأطفال.",
    "وأرسلت {org} {tons} من المساعدات إلى {place_headed} و{place_headed2}.",
    "واستقبلت {country} {people} منذ بداية الأزمة في العام {year}.",
    "وتوجه {official} {weekday} إلى {country} للمشاركة في اجتماعات {org}.",
    "وتشير تقديرات {org} إلى أن كلفة إعادة الإعمار تبلغ {money}.",
    "وأوقفت السلطات في {city} {count} أشخاص يشتبه في تورطهم في الهجوم.",
    "وتسيطر {org} على {pct} من مساحة {country}.",
    "واجتمع {official} {at_city} {weekday} مع وفد من {org}.",
    "وقدمت {country} {money} {to_org} لدعم برامج {sector}.",
    "وتعهدت {country} و{country2} بتقديم {money} إضافية {to_org}.",
]
HEADLINES = [
    "{org}: {clause}",
    "{person}: “{quote}”",
    "مقتل {count} في {place_headed}",
    "{country} تعلن تخصيص {money} لقطاع {sector}",
    "ارتفاع التضخم إلى {pct} في {country}",
]

# ---------------------------------------------------------------------------------------------
# Fillers

_EASTERN = str.maketrans("0123456789.,", "٠١٢٣٤٥٦٧٨٩٫٬")


def with_clitic(clitic: str, name: str) -> str:
    """ل before the article drops the alef (للتحالف); other proclitics simply glue on."""
    if clitic == "ل" and name.startswith("ال"):
        return "لل" + name[2:]
    return clitic + name


class Filler:
    """Values for the template fields of one sentence; a field used twice gets the same value."""

    def __init__(self, rng: random.Random, gazetteer: dict[str, list[str]]) -> None:
        self.rng = rng
        self.gazetteer = gazetteer
        self.values: dict[str, str] = {}
        self.feminine = False

    def __getitem__(self, key: str) -> str:
        if key not in self.values:
            self.values[key] = getattr(self, "f_" + key.rstrip("0123456789"))()
        return self.values[key]

    def expand(self, template: str) -> str:
        return template.format_map(self)

    # -- names
    def f_person(self) -> str:
        rng = self.rng
        if rng.random() < 0.4 and self.gazetteer["PER"]:
            return rng.choice(self.gazetteer["PER"])
        if rng.random() < 0.15:
            return f"{rng.choice(FOREIGN)} {rng.choice(FOREIGN_FAMILY)}"
        given = rng.choice(FEMALE if self.feminine else MALE)
        if rng.random() < 0.25:
            return f"{given} {rng.choice(MALE)} {rng.choice(FAMILY)}"
        return f"{given} {rng.choice(FAMILY)}"

    def f_speaker(self) -> str:
        rng = self.rng
        roll = rng.random()
        self.feminine = roll < 0.15
        if self.feminine:
            return f"{rng.choice(TITLES_F)} {self.f_person()}"
        if roll < 0.3:
            return f"{rng.choice(TITLES_OF_PLACE)} {rng.choice(CITIES)} {self.f_person()}"
        if roll < 0.5:
            title, clitic = rng.choice(TITLES_OF_ORG)
            return f"{title} {with_clitic(clitic, self.f_org())} {self.f_person()}"
        if roll < 0.65:
            return f"{rng.choice(TITLES_M)} {rng.choice(NATIONALITY)} {self.f_person()}"
        return f"{rng.choice(TITLES_M)} {self.f_person()}"

    def f_official(self) -> str:
        """A speaker who takes a masculine verb."""
        speaker = self.f_speaker()
        while self.feminine:
            speaker = self.f_speaker()
        return speaker

    def f_org(self) -> str:
        rng = self.rng
        roll = rng.random()
        if roll < 0.3 and self.gazetteer["ORG"]:
            return rng.choice(self.gazetteer["ORG"])
        return rng.choice(ORGS)

    def f_agency(self) -> str:
        return self.rng.choice(AGENCIES)

    def f_to_agency(self) -> str:
        return with_clitic("ل", self.rng.choice(SHORT_AGENCIES))

    def f_city(self) -> str:
        return self.rng.choice(CITIES)

    def f_at_city(self) -> str:
        city = self.f_city()
        return with_clitic("ب", city) if self.rng.random() < 0.5 else f"في {city}"

    def f_town(self) -> str:
        rng = self.rng
        if rng.random() < 0.3 and self.gazetteer["LOC"]:
            return rng.choice(self.gazetteer["LOC"])
        return rng.choice(TOWNS)

    def f_place(self) -> str:
        return self.rng.choice([self.f_city, self.f_town, self.f_country])()

    def f_place_headed(self) -> str:
        return f"{self.rng.choice(PLACE_HEADS)} {self.f_town()}"

    def f_region(self) -> str:
        return self.rng.choice(["ريف", "شمال", "جنوب", "شرق", "غرب"]) + " " + self.f_city()

    def f_country(self) -> str:
        return self.rng.choice(COUNTRIES)

    def f_to_org(self) -> str:
        return with_clitic("ل", self.f_org())

    # -- speech
    def f_say(self) -> str:
        self["speaker"]  # the speaker's gender decides the verb's
        verb = self.rng.choice(SAY_VERBS)
        self.values["comp"] = verb[2]
        return verb[1] if self.feminine else verb[0]

    def f_comp(self) -> str:
        return "إن"

    def f_say_org(self) -> str:
        verb = self.rng.choice(SAY_VERBS)
        self.values["comp_org"] = verb[2]
        return verb[1]

    def f_comp_org(self) -> str:
        return "أن"

    def f_continue(self) -> str:
        return self.rng.choice(CONTINUE)[1 if self.feminine else 0]

    def f_attribution(self) -> str:
        return self.rng.choice(ATTRIBUTIONS)

    def f_clause(self) -> str:
        return Filler(self.rng, self.gazetteer).expand(self.rng.choice(CLAUSES))

    def f_quote(self) -> str:
        return Filler(self.rng, self.gazetteer).expand(self.rng.choice(QUOTES))

    # -- figures
    def digits(self, value: float, decimals: int = 0) -> str:
        rng = self.rng
        if decimals:
            text = f"{value:.{decimals}f}".replace(".", rng.choice([",", ",", "."]))
        elif value >= 10000 and rng.random() < 0.3:
            text = f"{int(value):,}"
        else:
            text = str(int(value))
        return text.translate(_EASTERN) if rng.random() < 0.15 else text

    def amount(self) -> str:
        rng = self.rng
        roll = rng.random()
        if roll < 0.15:
            return rng.choice(WORD_FIGURES)
        if roll < 0.45:
            return f"{self.digits(rng.randint(2, 999))} {rng.choice(SCALES)}"
        if roll < 0.55:
            return f"{self.digits(rng.uniform(1, 20), 1)} {rng.choice(['مليون', 'مليار'])}"
        return self.digits(rng.choice([rng.randint(11, 999), rng.randint(1000, 99999), rng.randint(100000, 5000000)]))

    def qualified(self, text: str) -> str:
        qualifier = self.rng.choice(QUALIFIERS)
        return f"{qualifier} {text}" if qualifier else text

    def f_people(self) -> str:
        return self.qualified(f"{self.amount()} {self.rng.choice(PEOPLE_NOUNS)}")

    def f_count(self) -> str:
        rng = self.rng
        roll = rng.random()
        if roll < 0.15:
            return rng.choice(UNITS_ONES[3:])
        if roll < 0.25:
            return f"{rng.choice(UNITS_ONES[1:])} و{rng.choice(TENS[2:])}"
        if roll < 0.3:
            return f"{rng.choice(HUNDREDS[1:])} و{rng.choice(TENS[2:])}"
        return self.digits(rng.randint(3, 300))

    def f_money(self) -> str:
        return self.qualified(f"{self.amount()} {self.rng.choice(CURRENCIES)}")

    def f_pct(self) -> str:
        rng = self.rng
        value = self.digits(rng.uniform(0.5, 99), 1) if rng.random() < 0.3 else self.digits(rng.randint(1, 99))
        if rng.random() < 0.1:
            return self.qualified(rng.choice(["واحد", "خمسة", "عشرة", "عشرين", "خمسين"]) + " في المئة")
        sign = rng.choice(["%", "%", "٪", " في المئة", " في المائة", " بالمئة"])
        return self.qualified(value + sign)

    def f_area(self) -> str:
        return self.qualified(f"{self.digits(self.rng.randint(2, 5000))} {self.rng.choice(AREA_UNITS)}")

    def f_distance(self) -> str:
        return f"{self.digits(self.rng.randint(3, 300))} {self.rng.choice(['كيلومتراً', 'كلم', 'كيلومترات'])}"

    def f_tons(self) -> str:
        return self.qualified(f"{self.amount()} طن")

    def f_oil(self) -> str:
        return self.qualified(f"{self.amount()} برميل يومياً")

    def f_energy(self) -> str:
        return self.qualified(f"{self.digits(self.rng.randint(20, 2000))} ميغاواط")

    def f_rate(self) -> str:
        return f"{self.digits(self.rng.randint(500, 15000))} {self.rng.choice(['ليرة', 'دينار', 'جنيه'])}"

    def f_times(self) -> str:
        return self.rng.choice(["ثلاث", "أربع", "خمس", "عشر", "3", "7"])

    def f_currency(self) -> str:
        return self.rng.choice(["الليرة السورية", "الليرة اللبنانية", "الجنيه المصري", "الدينار العراقي", "الريال اليمني"])

    def f_sector(self) -> str:
        return self.rng.choice(SECTORS)

    # -- dates
    def f_year(self) -> str:
        return self.digits(self.rng.randint(2011, 2024))

    def f_month(self) -> str:
        rng = self.rng
        index = rng.randrange(12)
        roll = rng.random()
        if roll < 0.4:
            return f"{LEVANTINE[index]}/{WESTERN[index]}"
        if roll < 0.5:
            return f"{LEVANTINE[index]} ({WESTERN[index]})"
        return LEVANTINE[index] if roll < 0.75 else WESTERN[index]

    def f_month_year(self) -> str:
        return f"{self.f_month()} {self.f_year()}"

    def f_date(self) -> str:
        rng = self.rng
        roll = rng.random()
        if roll < 0.4:
            return f"{self.digits(rng.randint(1, 28))} {self.f_month()}"
        if roll < 0.6:
            return f"{self.f_month()} {rng.choice(['', 'العام ', 'عام '])}{self.f_year()}"
        if roll < 0.8:
            return f"مطلع {self.f_month()}"
        return f"العام {self.f_year()}"

    def f_weekday(self) -> str:
        return self.rng.choice(WEEKDAYS)

    def f_weeks(self) -> str:
        return self.rng.choice(["أسبوعين", "ثلاثة أسابيع", "شهرين", "عدة أشهر", "أربعة أشهر"])

    def f_days(self) -> str:
        return self.rng.choice(["يومين", "ثلاثة أيام", "أربعة أيام", "أسبوعاً"])


# ---------------------------------------------------------------------------------------------
# The gazetteer


def generate_gazetteer(seed: int, size: int = 20_000) -> dict[str, list[str]]:
    """`size` distinct multiword names: half people, a quarter places, a quarter organisations."""
    rng = random.Random(seed * 7919 + 1)
    wanted = {"PER": size // 2, "LOC": size // 4}
    wanted["ORG"] = size - wanted["PER"] - wanted["LOC"]
    seen: set[str] = set()
    result: dict[str, list[str]] = {"PER": [], "LOC": [], "ORG": []}

    def person() -> str:
        given = rng.choice(MALE if rng.random() < 0.8 else FEMALE)
        if rng.random() < 0.5:
            return f"{given} {rng.choice(MALE)} {rng.choice(FAMILY)}"
        return f"{given} {rng.choice(FAMILY)}"

    def place() -> str:
        return f"{rng.choice(PLACE_PREFIXES)} {rng.choice(PLACE_STEMS)}{rng.choice(PLACE_SUFFIXES)}"

    def organisation() -> str:
        head = rng.choice(ORG_HEADS)
        roll = rng.random()
        if roll < 0.35:
            return f"{head} {rng.choice(FAMILY)} {rng.choice(ORG_TOPICS)}"
        if roll < 0.6:
            return f"{head} {rng.choice(CITIES)} {rng.choice(ORG_ADJECTIVES)}"
        if roll < 0.8:
            return f"{head} {rng.choice(SECTORS)} {rng.choice(ORG_ADJECTIVES)}"
        return f"{head} {rng.choice(PLACE_STEMS)} {rng.choice(ORG_TOPICS)}"

    makers = {"PER": person, "LOC": place, "ORG": organisation}
    for label, count in wanted.items():
        attempts = 0
        while len(result[label]) < count:
            attempts += 1
            if attempts > count * 200:
                raise RuntimeError(f"cannot make {count} distinct {label} names from the vocabulary")
            name = makers[label]()
            if name not in seen:
                seen.add(name)
                result[label].append(name)
    return result


def write_gazetteer(entries: dict[str, list[str]], path: Path) -> None:
    lines = ["# Synthetic benchmark gazetteer (benchmarks/corpus.py); one name per line."]
    for label, names in entries.items():
        lines.append(f"# label: {label}")
        lines.extend(names)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


# ---------------------------------------------------------------------------------------------
# The corpus


def seed_sentences() -> list[str]:
    """The seed article's paragraphs, split into sentences."""
    text = SEED_ARTICLE.read_text(encoding="utf-8")
    sentences: list[str] = []
    for paragraph in text.split("\n"):
        paragraph = paragraph.strip()
        if len(paragraph) < 5:
            continue
        sentences.extend(part.strip() for part in re.split(r"(?<=\.)\s+", paragraph) if part.strip())
    return sentences


def generate_article(rng: random.Random, gazetteer: dict[str, list[str]], seed_lines: list[str]) -> str:
    headline = Filler(rng, gazetteer).expand(rng.choice(HEADLINES))
    paragraphs = [headline]
    for _ in range(rng.randint(5, 12)):
        sentences = []
        for _ in range(rng.randint(1, 3)):
            if rng.random() < 0.04:
                sentences.append(rng.choice(seed_lines))
            else:
                sentences.append(Filler(rng, gazetteer).expand(rng.choice(SENTENCES)))
        paragraphs.append(" ".join(sentences))
    return "\n".join(paragraphs)


def generate_corpus(seed: int, size_bytes: int, gazetteer: dict[str, list[str]]) -> list[str]:
    """Articles totalling at least `size_bytes` UTF-8 bytes; the seed article comes first."""
    rng = random.Random(seed)
    seed_lines = seed_sentences()
    articles = [SEED_ARTICLE.read_text(encoding="utf-8").strip()]
    total = len(articles[0].encode("utf-8"))
    while total < size_bytes:
        article = generate_article(rng, gazetteer, seed_lines)
        articles.append(article)
        total += len(article.encode("utf-8")) + len(ARTICLE_SEPARATOR)
    return articles


def _cache_dir(cache_dir: Path) -> Path:
    cache_dir.mkdir(parents=True, exist_ok=True)
    ignore = cache_dir / ".gitignore"
    if not ignore.exists():
        ignore.write_text("*\n", encoding="utf-8")
    return cache_dir


def gazetteer_path(seed: int, size: int = 20_000, cache_dir: Path = CACHE_DIR) -> Path:
    """The cached gazetteer word list for `seed`, written on first use."""
    path = _cache_dir(cache_dir) / f"gazetteer-v{VERSION}-s{seed}-{size}.txt"
    if not path.exists():
        write_gazetteer(generate_gazetteer(seed, size), path)
    return path


def corpus_path(seed: int, size_mb: float, cache_dir: Path = CACHE_DIR, gazetteer_size: int = 20_000) -> Path:
    """The cached corpus for `seed` and size, written on first use (articles split by a blank line)."""
    path = _cache_dir(cache_dir) / f"corpus-v{VERSION}-s{seed}-{size_mb:g}mb.txt"
    if not path.exists():
        gazetteer = generate_gazetteer(seed, gazetteer_size)
        articles = generate_corpus(seed, int(size_mb * 1_000_000), gazetteer)
        path.write_text(ARTICLE_SEPARATOR.join(articles) + "\n", encoding="utf-8")
    return path


def read_articles(path: Path) -> list[str]:
    return [a for a in path.read_text(encoding="utf-8").split(ARTICLE_SEPARATOR) if a.strip()]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--size-mb", type=float, default=10.0)
    parser.add_argument("--gazetteer-size", type=int, default=20_000)
    parser.add_argument("--sample", type=int, default=0, help="print this many articles")
    args = parser.parse_args()
    corpus = corpus_path(args.seed, args.size_mb, gazetteer_size=args.gazetteer_size)
    gazetteer = gazetteer_path(args.seed, args.gazetteer_size)
    articles = read_articles(corpus)
    size = corpus.stat().st_size
    print(f"corpus    {corpus}  {size / 1e6:.2f} MB, {len(articles)} articles")
    print(f"gazetteer {gazetteer}  {args.gazetteer_size} entries")
    for article in articles[1 : 1 + args.sample]:
        print("-" * 60)
        print(article)


if __name__ == "__main__":
    main()
