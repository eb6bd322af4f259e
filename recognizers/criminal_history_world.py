"""Criminal history said in another language than English: "der wegen Körperverletzung vorbestraft ist", "a déjà été
incarcéré pour enlèvement", "je bio u zatvoru zbog nasilja", "曾經因為販毒被捕", "교도소에서 복역한 전력".

Each language's words for being convicted, arrested, jailed or known to the police (a participle or a verb where
the bare noun would also name an institution) are data below. The finding is the clause the word stands in, up to
its punctuation: the offence and the sentence said with it are the record too, and their order differs from language
to language (the verb last in German, Turkish, Korean). A clause that cites a statute or a penalty in general ("pena
de prisión de 2 a 5 años", "§ 223 StGB") is no one's record.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from pii_pipeline.detection.prescreen import screen_text

from ._goods import goods_without_people
from ._recognizer_helpers import ContextRegexRecognizer, by_first_letter, line_bounds

# Words of scripts with spaces between words: a stem at a word's start (its endings vary by case and gender).
_SPACED = {
    "de": "vorbestraft polizeibekannt verurteilt inhaftiert festgenommen verhaftet vorstrafe haftstrafe gefängnis "
    "strafregister knast",
    "nl": "veroordeeld gearresteerd opgepakt gevangenis strafblad gedetineerd",
    "fr": "incarcéré condamné écroué interpellé casier_judiciaire connu_des_services_de_police connu_de_la_police "
    "en_prison sorti_de_prison garde_à_vue a_été_arrêté",
    "es": "condenad encarcelad antecedentes_penales antecedentes_por tiene_antecedentes arrestad fue_detenid "
    "estuvo_detenid ha_sido_detenid fue_pres estuvo_pres está_pres en_la_cárcel orden_de_alejamiento",
    "pt": "condenad foi_pres esteve_pres está_pres foi_detid esteve_detid antecedentes_criminais ficha_criminal "
    "cumpriu_pena na_cadeia na_prisão",
    "it": "condannat arrestat in_carcere precedenti_penali pregiudicat detenut in_galera",
    "ca": "condemnat detingut a_la_presó antecedents_penals",
    "eu": "zigortu atxilotu espetxe kartzela",
    "cy": "carcharu garcharu ngharchar arestio euogfarn dedfryd",
    "ga": "ciontaíodh gabhadh príosún bpríosún",
    "gd": "prìosan",
    "sq": "arrestuar burgosur në_burg dënuar",
    "sh": "zatvor(?!en|i) osuđ osudjen krivičn uhapšen uhapsen uhićen kažnjavan pritvor",
    "sl": "zapor obsojen aretiran",
    "pl": "skazan aresztowan więzieni karany karana karani",
    "cs": "odsouzen zatčen vězení trestán",
    "sk": "odsúden zatknut väzen trestan",
    "hu": "börtön elítélt letartóztat büntetett",
    "ro": "condamnat arestat închisoare cazier",
    "tr": "hapis hapse tutuklan tutuklu mahkum mahkûm sabıka gözaltı cezaevi",
    "lv": "cietum notiesāt arestēt sodīt",
    "lt": "kalėjim kalėjo nuteist teistas teista suimt",
    "et": "vangla süüdi_mõistetud arreteeri vahistati vahistatud",
    "fi": "vankila tuomittu pidätet rikosrekisteri",
    "sv": "dömd dömts fängelse häktad anhållen straffad",
    "no": "dømt fengsel fængsel arrestert anholdt straffet",
    "is": "dæmd fangelsi handtek setið_inni",
    "mt": "ħabs arrestat ikkundannat",
    "af": "tronk gevangenis veroordeel gearresteer",
    "sw": "alifungwa amefungwa kufungwa alikamatwa amekamatwa kukamatwa gerezani",
    "so": "xiray xabsi xukumay",
    "ht": "prizon te_arete kondane",
    "tl": "nakulong inaresto kulungan nahatulan bilanggo gipriso nadakpan",
    "id": "dipenjara ditangkap dihukum penjara catatan_kriminal ditahan narapidana",
    "vi": "ngồi_tù đi_tù vào_tù án_tù bị_bắt tiền_án tiền_sự bị_kết_án bị_kết_tội nhà_tù",
    "zu": "ejele waboshwa wavalelwa wagwetywa isigwebo",
    "sn": "akasungwa",
    "om": "mana_hidhaa hidhame",
    "ru": "судим осужд арестован тюрьм отсидел",
    "uk": "засуджен заарештован в'язниц тюрм відсидів",
    "be": "асуджан турм арыштаван",
    "bg": "осъждан осъден арестуван затвор(?!ен|и) досие_за",
    "sr": "затвору затвора осуђ ухапшен кажњаван кривичн",
    "mk": "осуден уапсен",
    "el": "φυλακή φυλακές φυλακισ φυλάκισ καταδικ συλληφθ συνελήφθη ποινικό_μητρώο",
    "kk": "түрме түрмө сотталған сотталды қамау камак соттолгон",
    "tg": "боздошт зиндон маҳкум",
    "mn": "шорон баривчлагд ял_эдэлс",
    "tt": "төрмә хөкем_ителгән",
    "uz": "qamoq sudlangan hibsga",
    "tk": "türme tussag",
    "az": "həbs məhkum",
    "ka": "ციხე დააპატიმრ მსჯავრ ნასამართლ დაკავებ",
    "hy": "բանտ դատապարտ ձերբակալ դատվածություն",
}
# Words of scripts written without spaces, or whose words take glued prefixes and suffixes (Arabic, Hebrew,
# Indian and Ethiopic scripts, Korean particles): found anywhere.
_GLUED = {
    "ar": "سجن مسجون اعتقل معتقل محكوم سوابق قبض_عليه القبض_عليه",
    "fa": "زندان بازداشت محکوم سابقه_کیفری دستگیر نیول_شوی",
    "ku": "زیندان حوکم دەستگیر",
    "ur": "جیل",
    "ug": "تۈرمە قولغا_ئېلىن",
    "he": "כלא נעצר הורשע עבר_פלילי מאסר",
    "yi": "טורמע ארעסטירט",
    "hi": "जेल गिरफ्तार गिरफ़्तार सज़ा आपराधिक कैद हिरासत तुरुंग पक्राउ कारागार",
    "bn": "জেল গ্রেফতার গ্রেপ্তার গ্ৰেপ্তাৰ কারাগার কারাদণ্ড",
    "pa": "ਜੇਲ੍ਹ ਜੇਲ ਗ੍ਰਿਫ਼ਤਾਰ ਗ੍ਰਿਫਤਾਰ",
    "gu": "જેલ ધરપકડ",
    "ta": "சிறை கைது",
    "te": "జైలు అరెస్ట్",
    "kn": "ಜೈಲು ಬಂಧನ ಬಂಧಿಸ",
    "ml": "ജയിൽ അറസ്റ്റ്",
    "si": "සිර අත්අඩංගු වරදකරු",
    "th": "คุก ถูกจับ จำคุก ประวัติอาชญากรรม ต้องโทษ",
    "lo": "ຄຸກ ຖືກຈັບ",
    "km": "ពន្ធនាគារ ចាប់ខ្លួន គុក",
    "my": "ထောင်ဒဏ် ထောင်ကျ ဖမ်းဆီး",
    "bo": "བཙོན ཉེས་ཁྲིམས",
    "am": "እስር ታስሮ ተፈርዶበት ተከሶ ተታሒዙ ተኣሲሩ",
    "zh": "坐牢 入狱 入獄 被捕 判刑 案底 前科 监狱 監獄 服刑 被判 拘留",
    "ja": "逮捕 服役 刑務所 有罪判決 懲役 実刑 検挙",
    "ko": "수감 체포 징역 교도소 복역 구속 벌금형 실형 전과(?!목)",
}


def _alternation(table: dict[str, str]) -> str:
    items = sorted({w.replace("_", " ") for words in table.values() for w in words.split()}, key=len, reverse=True)
    return "|".join(w if "(?" in w else re.escape(w) for w in items)


# Run on the text's screened form (prescreen.screen_text: lower-cased, one character for one), case-sensitively and
# grouped by first letter: the same matches as a case-insensitive search, four times faster.
_CUE = re.compile(
    r"(?<![\w'])" + by_first_letter("(?:" + _alternation(_SPACED) + ")") + r"[\w'’]*|(?:" + _alternation(_GLUED) + r")"
)
# Where a clause ends: punctuation of any script, a cell's edge, a bracket, a quote.
_CLAUSE_EDGE = re.compile(r"[.,;:!?\n\r\t|\"“”„«»()\[\]{}。！？；：，、،؛۔।॥።፣፤།]")
_REACH = 80
# A statute or a penalty in general, on the cue's line: no one's record.
_STATUTE = re.compile(
    r"§|\b(?i:art(?:\.|ículo|icle|ikel|icolo|igo|ykuł)|código|codice|strafgesetzbuch|stgb|kodeks|zakon|"
    r"pena\s+de|peine\s+(?:de|d'emprisonnement)|bis\s+zu\s+\d+\s+jahren?|up\s+to\s+\d+\s+years)\b"
)
_CASED_LEAD = re.compile(r"(?:[^\W\d_][\w'’\-]*\s+)")


def clause_around(text: str, start: int, end: int) -> tuple[int, int]:
    """The clause holding text[start:end]: back and on to its punctuation, at most _REACH characters either way,
    without a capitalised word that opens it (a subject's name or a pronoun: "Jan | je bio u zatvoru")."""
    lo = max(0, start - _REACH)
    left = max((m.end() for m in _CLAUSE_EDGE.finditer(text, lo, start)), default=lo)
    if left == lo and lo > 0:  # no punctuation in reach: begin at a word
        while left < start and text[left - 1].isalnum():
            left += 1
    stop = _CLAUSE_EDGE.search(text, end, min(len(text), end + _REACH))
    right = stop.start() if stop else min(len(text), end + _REACH)
    if not stop and right < len(text):
        while right > end and text[right].isalnum():
            right -= 1
    while left < start and text[left].isspace():
        left += 1
    while (m := _CASED_LEAD.match(text, left)) and m.end() <= start and text[left].isupper():
        left = m.end()
    while right > end and text[right - 1].isspace():
        right -= 1
    return left, right


class CriminalHistoryWorldRecognizer(ContextRegexRecognizer):
    ENTITY = "CRIMINAL_HISTORY"
    PATTERNS = []
    REFERENCE_NEGATIVE = False

    def candidates(self, text: str) -> Iterator[tuple[str, int, int, float]]:
        for m in _CUE.finditer(screen_text(text)):
            if _STATUTE.search(text, *line_bounds(text, m.start())) or goods_without_people(text):
                continue
            start, end = clause_around(text, m.start(), m.end())
            yield "record_world", start, end, 0.75

    def score(self, text: str, start: int, end: int, base: float) -> float:
        return base
