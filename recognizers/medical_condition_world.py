"""Common conditions named in another language than English: "Eylül ist an einer Herzerkrankung erkrankt", "ima
epilepsiju", "астма", "الربو", "哮喘", "천식이 있어요", "hen suyễn".

The words are data below: each condition's name (asthma, epilepsy, autism, diabetes, depression, anxiety, ADHD, heart
disease, intellectual disability, self-harm, HIV) in the scripts and languages a hotline hears, as stems where the
ending changes with case. The English spellings are left to medical_condition.py, which asks for a person nearby; a
word here is no English word, so it is named in a report, a form or a chat about someone. A stock list or a
formulary that names no one is not (`goods_without_people`), nor a leaflet's general advice.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ._goods import goods_without_people
from ._recognizer_helpers import ContextRegexRecognizer, line_bounds

# Scripts with spaces between words: stems at a word's start, any ending. English forms are excluded where a stem
# would take them ("epilep" not "epilepsy").
_SPACED = (
    r"astm[ay]\w*|astmati\w*|(?-i:asma)|asmátic\w*|asmatic\w*|asthme|asthmatique|asztm\w*|astım|"
    r"epilep(?!sy\b|tic\b|tics\b)\w+|padaczk\w*|epilepsz\w*|kifafa|"
    r"autis(?!m\b|tic\b|ts?\b)\w+|autiz\w*|otizm\w*|autyz\w*|"
    r"diabet(?!es\b|ic\b|ics\b)\w+|diabète|diabétique|diyabet\w*|cukrzyc\w*|zuckerkrank\w*|kencing\s+manis|kisukari|"
    r"depres(?!sion\b|sed\b|sive\b|sions\b|sa\b)\w+|depresyon\w*|"
    r"ansiedad|ansiedade|ansia|anxiété|angststörung\w*|úzkost\w*|kaygı\s+bozukluğu|"
    r"ADHS|TDAH|DEHB|"
    r"herzerkrank\w*|herzfehler\w*|cardiopat\w*|maladie\s+cardiaque|enfermedad\s+cardíaca|hartziekte|"
    r"lernbehinder\w*|lernschwäche|déficience\s+intellectuelle|discapacidad\s+intelectual|"
    r"deficiência\s+intelectual|disabilità\s+intellettiva|verstandelijke\s+beperking|"
    r"automutila\w*|autolesi\w*|selbstverletz\w*|zelfbeschadig\w*|samookalecz\w*|"
    r"VIH|séropositi\w*|sieropositi\w*|"
    r"hen\s+suyễn|hen\s+phế\s+quản|động\s+kinh|tự\s+kỷ|tiểu\s+đường|trầm\s+cảm|"
    # Cyrillic, Greek, Georgian, Armenian
    r"астм\w*|епилеп\w*|эпилеп\w*|аутиз\w*|диабет\w*|дијабет\w*|шизофрен\w*|депрес\w*|ВИЧ|"
    r"άσθμα|επιληψ\w*|αυτισμ\w*|διαβήτ\w*|κατάθλιψ\w*|"
    r"ასთმ\w*|ეპილეფსი\w*|აუტიზმ\w*|დიაბეტ\w*|ասթմա\w*|էպիլեպսի\w*|աուտիզմ\w*|շաքարախտ\w*"
)
# Scripts whose words take glued prefixes or none are written between spaces: found anywhere.
_GLUED = (
    # Arabic, Persian, Pashto, Urdu, Sorani; Hebrew
    r"الربو|الصرع|التوحد|السكري|الاكتئاب|آسم|اوتیسم|اوتیزم|دیابت|افسردگی|مرګي|شکر\s+ناروغي|ذیابیطس|ڈپریشن|مرگی|ڕەبۆ|"
    r"אסתמה|אפילפסיה|אוטיזם|סוכרת|דיכאון|"
    # Indian scripts, Sinhala
    r"दमा|अस्थमा|मिर्गी|ऑटिज़्म|ऑटिज्म|मधुमेह|डायबिटीज|अवसाद|डिप्रेशन|হাঁপানি|মৃগী|অটিজম|ডায়াবেটিস|বিষণ্ণতা|"
    r"ஆஸ்துமா|வலிப்பு|ஆட்டிசம்|நீரிழிவு|ఆస్తమా|మూర్ఛ|ఆటిజం|మధుమేహం|ಆಸ್ತಮಾ|ಅಪಸ್ಮಾರ|ಮಧುಮೇಹ|ആസ്ത്മ|അപസ്മാരം|"
    r"പ്രമേഹം|અસ્થમા|ડાયાબિટીસ|ਮਿਰਗੀ|ਦਮਾ|ඇදුම|අපස්මාරය|දියවැඩියාව|"
    # Thai, Chinese, Japanese, Korean; Amharic
    r"หอบหืด|ลมชัก|ออทิสติก|เบาหวาน|ซึมเศร้า|哮喘|喘息|癫痫|癲癇|てんかん|自闭症|自閉症|糖尿病|抑郁症|憂鬱症|うつ病|多动症|"
    r"心脏病|心臟病|心臓病|천식|뇌전증|간질|자폐|당뇨|우울증|አስም|የሚጥል\s+በሽታ|የስኳር\s+በሽታ|ኦቲዝም"
)
# With an article before it that belongs to it ("an | einer Herzerkrankung").
_ARTICLE = r"(?:(?:einer|einem|eine|une|una|uma|een)\s+)?"
_TERM = re.compile(r"(?<![\w\-])(?i:" + _ARTICLE + r"(?:" + _SPACED + r"))(?![\w\-])|(?:" + _GLUED + r")")
# A leaflet's, a formulary's or a statute's general words on the term's line: no one's condition.
_GENERAL = re.compile(
    r"(?i:\b(?:prospecto|notice|beipackzettel|bijsluiter|ulotka|indicaciones|indications?|posologie|dosierung|"
    r"contraindica\w*|kontraindik\w*|formulary|awareness|§)\b)"
)


class MedicalConditionWorldRecognizer(ContextRegexRecognizer):
    ENTITY = "MEDICAL_CONDITION"
    PATTERNS = []
    REFERENCE_NEGATIVE = False

    def candidates(self, text: str) -> Iterator[tuple[str, int, int, float]]:
        for m in _TERM.finditer(text):
            if goods_without_people(text) or _GENERAL.search(text, *line_bounds(text, m.start())):
                continue
            yield "condition_world", m.start(), m.end(), 0.7

    def score(self, text: str, start: int, end: int, base: float) -> float:
        return base
