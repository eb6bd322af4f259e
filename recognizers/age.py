"""Ages, of anyone: "a 34-year-old man", "aged 52", "(aged 20)", "Jake, 15,", "she is 12", "turns 16 next month",
"13 years of age", "15 yrs", "(15M)", "16/m", a bare number answering "how old r u" in a chat, and the age column of
a pasted table ("Name | Age | City").

The finding is the age phrase where its words are the age ("34-year-old", "aged 52", "12 years of age": corpora
label it either way, and the phrase covers both), else the number or its words only ("Jake, 15,", "she is
twelve"). An age under 18 is MINOR_AGE
(the sensitive sub-case), any other AGE; minor_age.py adds what says "a child" without a number (school years,
"toddler"). Durations, counts, prices and room numbers are not ages: every pattern needs a word that says "age"
(old, aged, age, turned, birthday, a person before "is"/","/"(", a question about age) and refuses a unit after the
number ("15 years ago", "12 people", "40 minutes"). Both types are generalized to age bands by the shipped policy.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from presidio_analyzer import RecognizerResult

from ._chat import ANSWER_HEAD, CLOCK, NAME_IS_AGE, chat_name_word
from ._form_labels import WORLD_AGE
from ._goods import aged_goods_line
from ._names import FIRST_NAMES
from ._orgs import not_a_person
from ._recognizer_helpers import ContextRegexRecognizer, is_ip_address, line_of
from ._sql import insert_rows
from ._tables import birth_and_age_cells, column_cells

ADULT = 18
OLDEST = 120
TEEN = 15  # the age "in his teens" stands for: under 18, so a minor's (MINOR_AGE)
_UNITS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
    "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
    "eighteen": 18, "nineteen": 19,
}  # fmt: skip
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
_DIGIT_WORDS = "|".join(k for k, v in _UNITS.items() if v < 10)
# Ages in the words of Spanish, Portuguese, French, German, Italian, Dutch and Polish, before their word for years
# ("quince años", "fünfzehn Jahre", "quatorze ans", "dodici anni", "veertien jaar", "piętnaście lat").
_FOREIGN_NUMBERS = {
    # Spanish
    "dos": 2, "tres": 3, "cuatro": 4, "cinco": 5, "seis": 6, "siete": 7, "ocho": 8, "nueve": 9, "diez": 10,
    "once": 11, "doce": 12, "trece": 13, "catorce": 14, "quince": 15, "dieciséis": 16, "dieciseis": 16,
    "diecisiete": 17, "dieciocho": 18, "diecinueve": 19, "veinte": 20, "treinta": 30, "cuarenta": 40,
    "cincuenta": 50, "sesenta": 60, "setenta": 70, "ochenta": 80, "noventa": 90,
    # Portuguese
    "dois": 2, "três": 3, "quatro": 4, "sete": 7, "oito": 8, "nove": 9, "dez": 10, "onze": 11, "doze": 12,
    "treze": 13, "catorze": 14, "quatorze": 14, "quinze": 15, "dezesseis": 16, "dezasseis": 16, "dezessete": 17,
    "dezassete": 17, "dezoito": 18, "dezenove": 19, "dezanove": 19, "vinte": 20, "trinta": 30, "quarenta": 40,
    "cinquenta": 50, "sessenta": 60, "oitenta": 80,
    # French
    "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "sept": 7, "huit": 8, "neuf": 9, "dix": 10, "douze": 12,
    "treize": 13, "seize": 16, "dix-sept": 17, "dix-huit": 18, "dix-neuf": 19, "vingt": 20, "trente": 30,
    "quarante": 40, "cinquante": 50, "soixante": 60, "soixante-dix": 70, "quatre-vingts": 80, "quatre-vingt-dix": 90,
    # German
    "zwei": 2, "drei": 3, "vier": 4, "fünf": 5, "sechs": 6, "sieben": 7, "acht": 8, "neun": 9, "zehn": 10,
    "elf": 11, "zwölf": 12, "dreizehn": 13, "vierzehn": 14, "fünfzehn": 15, "sechzehn": 16, "siebzehn": 17,
    "achtzehn": 18, "neunzehn": 19, "zwanzig": 20, "dreißig": 30, "vierzig": 40, "fünfzig": 50, "sechzig": 60,
    "siebzig": 70, "achtzig": 80, "neunzig": 90,
    # Italian
    "due": 2, "tre": 3, "quattro": 4, "cinque": 5, "sei": 6, "trenta": 30, "cinquanta": 50, "six": 6,
    "sette": 7, "otto": 8, "dieci": 10, "undici": 11, "dodici": 12,
    "tredici": 13, "quattordici": 14, "quindici": 15, "sedici": 16, "diciassette": 17, "diciotto": 18,
    "diciannove": 19, "venti": 20, "quaranta": 40, "sessanta": 60, "settanta": 70, "ottanta": 80, "novanta": 90,
    # Dutch
    "twee": 2, "drie": 3, "vijf": 5, "zes": 6, "zeven": 7, "negen": 9, "tien": 10, "twaalf": 12, "dertien": 13,
    "veertien": 14, "vijftien": 15, "zestien": 16, "zeventien": 17, "achttien": 18, "negentien": 19,
    "twintig": 20, "dertig": 30, "veertig": 40, "vijftig": 50, "zestig": 60, "zeventig": 70, "tachtig": 80,
    # Polish
    "dwa": 2, "trzy": 3, "cztery": 4, "pięć": 5, "sześć": 6, "siedem": 7, "osiem": 8, "dziewięć": 9,
    "dziesięć": 10, "jedenaście": 11, "dwanaście": 12, "trzynaście": 13, "czternaście": 14, "piętnaście": 15,
    "szesnaście": 16, "siedemnaście": 17, "osiemnaście": 18, "dziewiętnaście": 19,
}  # fmt: skip
_FOREIGN_WORD_AGE = "|".join(sorted(_FOREIGN_NUMBERS, key=len, reverse=True))
# Words of those languages that make "15 años" a span of time, not an age: "hace 15 años", "il y a 3 ans",
# "seit 15 Jahren", "15 anni fa", "15 jaar geleden".
_DURATION_BEFORE = re.compile(
    r"\b(?:hace|durante|desde|há|por|durante|depuis|pendant|il\s+y\s+a|après|seit|vor|für|nach|per|da|dopo|"
    r"sinds|gedurende|na|przez|od|po|w\s+ciągu|más\s+de|plus\s+de|über|mehr\s+als|oltre|meer\s+dan|ponad)\s+$",
    re.IGNORECASE,
)
_DURATION_AFTER = re.compile(
    r"[ \t]+(?:fa|geleden|atrás|temu|zurück|später|más\s+tarde|plus\s+tard|dopo|later|depois|de\s+(?:servicio|"
    r"experiencia|trabajo|prisión|cárcel|contrato)|d['’](?:expérience|ancienneté)|de\s+(?:prison|service))\b",
    re.IGNORECASE,
)


def word_age_pattern(least: int = 1, most: int = 99) -> str:
    """An age in English words, from `least` up to `most` ("fifteen", "thirty-four"): one table for every reader of
    ages."""
    units = sorted((k for k, v in _UNITS.items() if least <= v <= most), key=len, reverse=True)
    tens = [k for k, v in _TENS.items() if v <= most]
    tens_part = r"(?:" + "|".join(tens) + r")(?:[\s\-](?:" + _DIGIT_WORDS + r"))?|" if tens else ""
    return r"(?:" + tens_part + "|".join(units) + r")"


_WORD_AGE = word_age_pattern()
_GLUED_UNIT = r"(?:(?:[ \t]?(?:yrs?|years?|y/?o|yo)|y)\.?(?:[ \t]?old)?)?"
_N = r"(?:\d{1,3}" + _GLUED_UNIT + r"|" + _WORD_AGE + r")(?![\w\-])(?![ \t]+ago\b)"
_N2 = r"\d{1,2}" + _GLUED_UNIT + r"(?![\w\-])(?![ \t]+ago\b)"  # where a word would read as a count ("one of")
# An age in lower-case words from ten up, where "one" or "two" would read as a count: "Tina, fifteen, said".
_WORD_AGE_10 = r"(?-i:" + word_age_pattern(10) + r")(?![\w\-])"
# An age in a form as OCR reads it: letters for digits ("l5", "I4", "1S", "4O"); at least one real digit.
_OCR_N = r"(?:\d[\dlIOoSB]|[lIOSB]\d|\d)(?![\w\-])"
# What may follow "he is 34" without it being an age: units, times, money, counts, ranges.
_NOT_AGE = (
    r"(?![ \t]*(?:%|percent|dollars|bucks|cents|euros?|pounds|pesos|minutes?|mins?|hours?|hrs|days?|weeks?|months?|"
    r"years?\s+ago|ago\b|years?\s+(?:in|on|at|of\s+(?!age)|with|for|later|before|after|since)|seconds?|secs?|miles?|"
    r"km|kms|metres|meters|feet|foot|ft|inches|cm|lbs?|kg|kilos?|am|pm|a\.m\.|p\.m\.|o'clock|:\d|\.\d|,\d|"
    # (A closing quote ends a CSV or a JSON chat export's cell: "…hes like 16", "im 14"}; elsewhere 16" is inches.)
    r"/\d|['’]|(?<=\d)\"(?![ \t]*(?:[,}\]]|\n|$))|(?<=\d)(?:th|nd|rd)\b|"
    r"st\b|stones?\b|of\b|out\b|times|points?|items|people|persons|members|kids|children|students|"
    r"cars|steps|games|episodes|pages|calls|messages|texts|photos|pictures|pics|videos|blocks|stops|floors|"
    r"rooms|degrees|to\s+\d|-\s*\d|–\s*\d|and\s+up|(?:and|or)\s+(?:over|above|older|under|below|younger)\b|\+|x\b|k\b|grand|percent|copies|units|pcs|tickets|orders|"
    r"in\s+stock|on\s+hand|available|boxes|packs|pairs|pieces|cartons|bottles|reams|pallets|"
    # A German floor ("2. OG", "im 3. Stock"), not "I'm 3".
    r"\.?\s*(?-i:OG|UG|DG|EG)\b|\.\s*(?:Stock|Stockwerk|Etage|Obergeschoss|Untergeschoss|Geschoss)\b))"
)
# The number after a form's age label in another language, not a duration ("Edad: 15", not "Alter: 3 Monate").
_LABEL_VALUE = (
    r"(?P<v>\d{1,3})(?![\w\-.:/%]|[.,]\d)"
    r"(?![ \t]*(?:stunden|std|minuten|tage|wochen|monate|uur|dagen|weken|maanden|minutos|horas|d[ií]as|semanas|"
    r"meses|heures|jours|semaines|mois|minuti|ore|giorni|settimane|mesi|godzin|minut|dni|tygodni|miesi[eę]cy|"
    r"timer|dagar|dage|dager|veckor|uker|uger|tuntia|päivää|saat|gün|ay|часов|минут|дней|месяцев)\b)" + _NOT_AGE
)
# People a number after "is"/","/"(" is the age of (a capitalised word is a name; see _NOT_PEOPLE).
_PERSON_NOUNS = (
    r"he|she|who|child|kid|boy|girl|son|daughter|victim|minor|sister|brother|niece|nephew|student|grandson|"
    r"granddaughter|man|woman|male|female|suspect|mother|father|mom|mum|dad|husband|wife|boyfriend|girlfriend|bf|"
    r"gf|partner|uncle|aunt|stepfather|stepdad|stepmother|stepmom|stepson|stepdaughter|neighbou?r|coach|teacher|"
    r"caller|donor|volunteer|reporter|baby|toddler|teen|teenager|cousin|friend|guy|dude|patient|client|applicant|"
    r"youth|juvenile|pupil|offender|perpetrator|subject|individual|person|adult|sibling|twin|twins|grandmother|"
    r"grandfather|grandma|grandpa|granny|widow|widower|retiree|pensioner|veteran|member|supporter|sponsor|parent|"
    r"guardian|carer|caregiver|nurse|officer|driver|employee|worker|colleague|tenant|landlord|owner|stranger|"
    r"predator|groomer|abuser|contact|sender|user|"
    # reports' and memos' words for people: "the lad was 15", "the youngest is twelve", "Mentee, 17,"
    r"lad|lass|bloke|chap|fella|mentee|youngster|youngest|eldest|oldest|survivor|resident|trainee|apprentice|"
    r"intern|beneficiary|learner|attendee|mentor|tutor|trustee|babysitter|childminder|nanny|lodger|housemate|"
    r"flatmate|roommate|classmate|schoolmate|teammate|lady|gentleman|schoolgirl|schoolboy|preteen|tween"
)
_SELF = (
    r"hes|shes|i'?m|i’m|i\s+am|i\s+was|i\s+just\s+turned|i\s+turn(?:ed)?|i'?ll\s+be|i\s+will\s+be|me|"
    r"they['’]?re|you['’]?re"  # "they says they're 19 but look older"
)
_VERB = (
    r"(?:\s+(?:is|was|turned|turns|just\s+turned|will\s+be|would\s+be|is\s+now|was\s+only|was\s+just)|['’]s|"
    r"['’]ll\s+be|['’]d\s+be|(?:\s+is|['’]s)?\s+(?:gonna|going\s+to)\s+be)"
)
_ADVERB = (
    r"(?:(?:only|just|about|around|nearly|almost|now|barely|like|approx\.?|approximately|roughly|under|over|"
    r"still\s+only|not\s+yet|(?:younger|older|less|no\s+more|no\s+older)\s+than|then|currently|apparently|"
    r"reportedly|allegedly|supposedly|probably|possibly|maybe|already|actually|really|at\s+least|at\s+most|"
    r"literally|legit)\s+)?"
)
# The number after a cue ("is", "aged", "claims to be", "I'm"): an adverb, the age, and nothing that makes it a count.
_AGE_VALUE = _ADVERB + r"(?P<v>" + _N + r")(?![.:/]\d)" + _NOT_AGE
# Who a report describes by a bare age after the word ("a white male 35-40", "Girl 13 being messaged", "mum 34"):
# not the words a report numbers people with ("Victim 2", "Suspect 1", "Child 3").
# A household's people, whose ages a home visit or an intake note lists ("grandfather 69, grandmother 66").
_KIN = (
    r"mum|mom|dad|mother|father|son|daughter|brother|sister|grandfather|grandmother|grandad|granddad|grandpa|grandma|"
    r"granny|nana|grandson|granddaughter|uncle|aunt|auntie|cousin|nephew|niece|stepfather|stepmother|stepdad|"
    r"stepmum|stepmom|stepson|stepdaughter|stepbrother|stepsister|husband|wife|boyfriend|girlfriend"
)
_DESCRIBED = (
    r"male|female|man|woman|boy|girl|lad|lass|teen|"
    + _KIN
    + r"|(?:younger|older|youngest|eldest|oldest|middle)[ \t]+one"
)
# What someone did at an age a sentence opens with ("At 13 she moved in with her uncle"); not what one does at an
# hour ("At 10 we met in the lobby").
_LIFE_EVENTS = (
    r"moved|ran\s+away|left\s+(?:home|school|care)|started\s+(?:school|secondary|college|drinking|smoking)|"
    r"dropped\s+out|became|got\s+pregnant|fell\s+pregnant|joined|was\s+(?:taken|placed|adopted|abused|groomed|"
    r"sent|put|removed|diagnosed|excluded|expelled|first|already|living)|first|began\s+(?:to|self|using)"
)
# Capitalised words that are no person's name before "is 12" or ", 12,".
_NOT_PEOPLE = (
    r"January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|"
    r"Jul|Aug|Sep|Sept|Oct|Nov|Dec|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Mon|Tue|Tues|Wed|Thu|"
    r"Thurs|Fri|Sat|Sun|Room|Rooms|Suite|Floor|Unit|Apt|Apartment|Flat|Page|Pages|Chapter|Section|Table|Figure|"
    r"Fig|Item|Items|Step|Steps|Level|Grade|Class|Year|Years|Week|Day|Total|Line|Row|Column|No|Number|Version|Box|"
    r"Lot|Gate|Platform|Bus|Route|Exit|Building|Block|Ward|Bed|Bay|Ticket|Case|Order|Invoice|Phase|Stage|Round|"
    r"Part|Vol|Volume|Issue|Episode|Season|Size|Qty|Quantity|Price|Amount|Score|Rank|Team|Group|Lane|Zone|Area|"
    r"Region|District|Plot|Site|Tier|Batch|Release|Build|Sprint|Q|Question|Answer|Option|Week|Month|Hour|Minute|"
    r"Budget|Revenue|Cost|Fee|Balance|Rate|Count|Average|Max|Min|Limit|Capacity|Temperature|Height|Weight|It|This|"
    r"That|There|Here|What|Which|The|A|An|Our|Your|Their|His|Her|My|Its|And|Or|But|If|So|Yes|Ok|Okay|Pick|Top|Bottom|"
    # a group's size: "Family (4)", "Adults (2)"
    r"Family|Families|Household|Households|Adults|People|Persons|Couple|Couples|Members|Guests|Staff"
)
# A capitalised name in Latin (with accents), Cyrillic or Greek letters: "Jake", "Zoë", "Łukasz", "Анна", "ΜΑΡΙΑ".
_NAME = (
    # (With an inner capital after a short prefix and maybe an apostrophe: "O'Neill", "D'Souza", "McDonald".)
    r"(?<![\w\-.'’])(?-i:(?!(?:" + _NOT_PEOPLE + r")\b(?!-))"
    r"(?:[A-ZÀ-ÖØ-ÞĀ-Ž](?:[a-zß-öø-ÿā-ž]{0,3}['’]?[A-ZÀ-ÖØ-ÞĀ-Ž])?"
    r"[a-zß-öø-ÿā-ž]+|[А-ЯЁІЇЄҐЎ][а-яёіїєґў]+|"
    r"[Α-Ω][α-ωά-ώ]+|[A-ZÀ-ÖØ-ÞĀ-ŽА-ЯЁΑ-Ω]{2,}|[^\W\d_A-Za-z\u00c0-\u04ff\u0370-\u03ff]{2,})"
    # … with its hyphenated parts ("Anne-Marie", "Sun-hee", "Ji-woo").
    r"(?:-[A-ZÀ-ÖØ-ÞĀ-Ža-zß-öø-ÿā-ž][a-zß-öø-ÿā-ž]+)*)"
)
# "Years" (of age) in the languages a hotline's reports come in, as written after an age: Thai, Tamil, Hindi,
# Bengali, Urdu, Arabic, German, French, Spanish, Italian, Portuguese, Polish, Czech, Nordic, Dutch, Hungarian,
# Greek, Turkish, Finnish, Vietnamese, Chinese, Japanese, Korean.
_YEARS_WORDS = (
    r"ปี|வயது|வ\.|साल|वर्ष|বছর|سال|سنة|سنوات|عام|J\.|Jahre|jährig|ans|años|anni|anos|lat|let|roků|år|jaar|éves|"
    r"ετών|χρονών|yaş(?:ında)?|v\.|vuotta|tuổi|岁|歲|歳|세|살"  # (English "yrs" has patterns of its own)
)
# Someone described as seen: "male, approx. 30", "older guy, about 40".
_SEEN_PERSON = (
    r"male|female|man|woman|boy|girl|teen|teenager|lad|youth|youngster|juvenile|minor|child|kid|suspect|victim|"
    r"guy|bloke|dude|lady|gentleman|gent"
)
_NOT_AFTER_THE = r"(?<![Tt]he )(?<![Aa] )(?<![Aa]n )(?<![Oo]ur )(?<![Tt]his )"
# A child's age in words, as a chat types it ("ur twelve", "mature for fourteen")
_CHILD_NUMBER_WORDS = r"(?i:" + word_age_pattern(8, 17) + r")\b"
# An age handed back as the question: "13 nd u?", "23 wbu", "23 u?" (its own reply may follow).
_HANDED_BACK = r"\d\s*[,.]?\s*(?:(?:a?nd|n|&)\s*(?:u|you|urs|ur|yours)|wbu|hbu|(?:u|you)(?=\s*\?))\b\s*\?*[ \t]*(?=\n)"
# A question about someone's age in a chat; the reply on one of the next two lines.
_ASKED = (
    r"(?:how\s+old|wh?at\s+age|wht\s+age|what'?s?\s+(?:ur|your|yr)\s+age|\bur\s+age\b|\byour\s+age\b|\bage\s*\?|"
    r"\basl\b|\ba/s/l\b|\bu\s+\d\d\s*\?|\bare\s+(?:u|you)\s+\d\d\s*\?|\bhow\s+young|" + _HANDED_BACK + r"|"
    # The question in the partners' languages, as typed in chats (romanised too): Arabizi, Greeklish, Tagalog,
    # Hindi/Urdu, Russian, Spanish, French, German, Portuguese, Italian, Polish, Turkish, Indonesian
    r"\b(?:kam|shu|sh)\s+3omr\w*|\bposo\s+xron\w+\s+(?:eisai|ise|eshs)|\bilang\s+taon\s+ka\b|"
    r"\bkitne\s+saal\s+(?:ki|ke|ka)\b|\b(?:tumhari|teri|aapki)\s+umr?a?r?\b|\bskol'?ko\s+tebe\s+let|"
    r"\btebe\s+skol'?ko\b|\bcu[aá]ntos\s+a[nñ]os\s+tienes|\bquel\s+[aâ]ge|\bwie\s+alt\s+bist\s+du|"
    r"\bquantos\s+anos\s+(?:voc[eê]\s+)?tem|\bquanti\s+anni\s+hai|\bile\s+masz\s+lat|"
    r"\bka[cç]\s+ya[sş][ıi]ndas[ıi]n|\bberapa\s+umur|\bumur\s+(?:kamu\s+)?berapa|"
    # Norwegian and Danish, Swedish, Dutch, Finnish, Hungarian, Czech, Romanian
    r"\bhvor\s+gammel\s+er\s+du|\bhur\s+gammal\s+[äa]r\s+du|\bhoe\s+oud\s+ben\s+je|\bkuinka\s+vanha\s+olet|"
    r"\bmink[äa]\s+ik[äa]inen|\bh[áa]ny\s+[ée]ves\s+vagy|\bkolik\s+ti\s+je|\bc[âa][țt]i\s+ani\s+ai)"
)
# What a text with an age question holds (a screen, searched in lower case): a question mark, or one of the
# question's words in the languages above, where a chat may leave the mark out ("hei hvor gammel er du").
_ASKED_SCREEN = (
    r"old|age|asl|\?|3omr|xron|taon|saal|umr|skol|let|a[nñ]os|alt|anni|lat|ya[sş]|umur|gammel|gammal|oud|vanha|"
    r"ik[äa]inen|[ée]ves|kolik|ani"
)
# A chat line's stamps and speaker, or a deposition's answer (_chat.py); or a call transcript's clock and speaker
# apart by wide gaps, no colon ("00:01:11  Caller  twelve").
_LINE_HEAD = r"(?:" + ANSWER_HEAD + r"|[ \t]*" + CLOCK + r"[ \t]{2,}[\w.\-]{1,30}[ \t]{2,})"
_REPLY_FILLER = (
    r"(?:(?:i'?m|i’m|im|i\s+am|am|nah|no|nope|yeah|yes|yea|ya|yep|lol|haha|well|ok|okay|just|turned|turning|um+|uh+|"
    r"erm|hmm+|"
    r"almost|nearly|like|only|about|gonna\s+be|will\s+be|i'?ll\s+be|i\s+turn(?:ed)?|turn(?:ed)?|"
    # "I am" in the languages whose question _ASKED knows: "bin 11", "tengo 12", "mam 13"
    r"(?:ich\s+)?bin|j['’]ai|tengo|tenho|ho|mam|jestem|sono|ik\s+ben|jeg\s+er|jag\s+[äa]r|olen|soy)[ \t,.!]+)*"
)
_REPLY_TAIL = (
    r"(?:[ \t,.]*(?:u\?*|you\?*|wbu|hbu|(?:a?nd|n|&)\s*(?:u|you|urs|ur|yours)\b\?*|u\s+\?|lol|lmao|haha|"
    r"yrs?|years?(?:[ \t]+old)?|y/?o|"
    r"rn|now|next\s+month|soon|(?:nearly|almost|turning)[ \t]+\d{1,2}|"
    r"[mf]|male|female|boy|girl|:\)|:p|xd|(?:in|next|this|on)[ \t]+[a-z]{3,10}|"
    r"(?:in|next)[ \t]+\d{1,2}[ \t]+(?:days?|weeks?|months?)|"
    # a reply's words in those languages: "13 sana", "16 na po", "14 kai esy?", "12 bs", "15 ans"
    r"sana|saal|sal|taon|na(?:[ \t]+po)?|po|bs|bas|kai[ \t]+esy|et[ \t]+toi|y[ \t]+t[uú]|und[ \t]+du|e[ \t]+tu|"
    r"a[ \t]+ty|ans|a[nñ]os|anni|jahre|lat|let|ya[sş]|tahun|why|y))*[ \t]*[?.!]*[ \t]*"
    # a transcript's note on the line and what it could not make out ("twelve [crosstalk] twelve", "12 (pause)")
    r"(?:[\[(](?:crosstalk|inaudible|unclear|pause|laughs|sighs|crying|cries|silence|background\s+noise)[\])]"
    r"[^\n]*)?$"
)
# What follows "F16", "M16" when they name a jet, a gun, a road or a key, not a 16-year-old.
_NOT_A_MODEL = (
    r"(?![ \t\-]*(?:fighters?|jets?|planes?|aircraft|eagles?|falcons?|hornets?|rifles?|carbines?|guns?|motorway|"
    r"road|bus|key|keys|visas?|forms?|tanks?|engines?|lens|series|model|class)\b)"
)
# "Age" in scripts and languages whose number follows it: Arabic ("عمره 15", his age), Malay and Indonesian,
# Thai, Hindi, Hebrew ("בגיל 15", at the age of), Japanese, Chinese and Korean form labels ("年齢：15", "나이: 15").
_AGE_WORDS = (
    r"عمر(?:ه|ها|ي|ى|ك|هم)?|umur(?:nya)?|usia(?:nya)?|berusia|อายุ|उम्र|उमर|בגיל|年齢|年龄|나이|"
    # Arabic typed in Latin letters and digits (Arabizi): "3omri 14" is "my age 14"
    r"3omr(?:i|o|ha|ak|ek|hom)?|omri|umri"
)
# Chinese and Japanese numerals up to 99 ("十五", "二十三"); Korean native numbers as an age says them ("열다섯").
_CJK_DIGITS = {"一": 1, "二": 2, "两": 2, "兩": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_CJK_NUMBER = r"(?:[一二三四五六七八九]?十[一二三四五六七八九]?|[一二两兩三四五六七八九])"
_KO_TENS = {
    "열": 10, "스물": 20, "스무": 20, "서른": 30, "마흔": 40, "쉰": 50, "예순": 60, "일흔": 70, "여든": 80, "아흔": 90,
}  # fmt: skip
_KO_UNITS = {
    "한": 1, "하나": 1, "두": 2, "둘": 2, "세": 3, "셋": 3, "네": 4, "넷": 4, "다섯": 5, "여섯": 6, "일곱": 7,
    "여덟": 8, "아홉": 9,
}  # fmt: skip
_KO_NUMBER = (
    r"(?:(?:" + "|".join(_KO_TENS) + r")(?:[ \t]?(?:" + "|".join(sorted(_KO_UNITS, key=len, reverse=True)) + r"))?|"
    r"(?:" + "|".join(sorted(_KO_UNITS, key=len, reverse=True)) + r"))"
)
# Whose age a record's field holds ("child_age", "victim_age"): "max_age", "cache_age" are no person's.
_FIELD_OWNERS = (
    r"child|kid|victim|subject|user|patient|client|caller|person|member|donor|reporter|minor|student|applicant|"
    r"reported|current|estimated|est|approx|suspect|offender|declared|stated|profile|account|self[_\-]?reported"
)
# Age and sex, as chats and posts write them: "(34M)", "[19 f]", "(F34)", "16/m", "m/16", "F, 14", "15 f".
_SEX = r"(?-i:[MF])|(?-i:[mf])"
# Patterns every match of which holds a letter outside ASCII ("15歳", "十五岁", "열다섯 살").
_OTHER_SCRIPT_PATTERNS = frozenset({"cjk_age", "cjk_age_words", "korean_age_words"})
CHAT_PATTERNS = frozenset({"chat_reply", "chat_reply_lead", "chat_reply_inline", "asl_reply", "reply_and_you"})


# Words for "aged" or "his/her age" in other languages, written before the number (regex alternatives).
AGE_WORDS_BEFORE = (
    "berumur",
    "berusia",
    "umurnya",
    "usianya",
    r"(?:mwenye[ \t]+)?umri[ \t]+wa[ \t]+miaka",
    r"ana[ \t]+miaka",
    "בגילה",
    "בגילו",
    "בגיל",
    "בן",
    "בת",
    "عمره",
    "عمرها",
    "عمري",
)


class AgeRecognizer(ContextRegexRecognizer):
    ENTITY = "AGE"
    SUPPORTED_ENTITIES = ["AGE", "MINOR_AGE"]
    REFERENCE_NEGATIVE = False
    REPORTS_COMPILED_MATCHES_ONLY = False  # tables' age columns too (`candidates`)
    PATTERNS = [
        # "34-year-old", "15 yrs old", "a 6-month-old", "fifteen-year-old", "16yo", "17 y/o", "16 y.o."
        (
            "n_year_old",
            r"(?<![\w\-.,/$£€#])(?P<v>(?:" + _WORD_AGE + r"|\d{1,3})[\s\-]*(?:years?|yrs?\.?|yr\.?|months?|mos?\.?|"
            r"weeks?|wks?)[\s\-]*(?:olds?|young))\b",
            0.9,
        ),
        # "15-16 years old", "a 12- or 13-year-old", "9 and 11 year old girls": the range and its unit
        (
            "range_year_old",
            r"(?<![\w\-.,/$£€#])(?P<v>\d{1,2}(?:[\s\-]*(?:years?|yrs?))?[ \t]*(?:-|–|to|or|and|&|,)[ \t]*(?:or[ \t]+)?"
            r"\d{1,2}[\s\-]*(?:years?|yrs?\.?|yr\.?)[\s\-]*old)\b",
            0.9,
        ),
        (
            "n_yo",
            r"(?<![\w\-.,/$£€#])(?P<v>(?:\d{1,2}[ \t]*[-–][ \t]*)?\d{1,3}[\s\-]?"
            r"(?:y/o|y\.[ \t]?o\.?|yo|yos|yr?o|y-o))(?![\w/])",
            0.9,
        ),
        # A form's age as OCR reads it: "Age: l5", "AGE 1S"
        # A form's age label in another language: "Alter: 14", "Edad: 9", "Âge : 12", "Возраст: 15"
        (
            "age_label_other_language",
            r"(?<![\w\-])(?:(?:alter|âge|età|alder|ikä|yaş)[ \t]*(?:\([^)\n]{1,12}\)[ \t]*)?[:=]|"
            r"(?:edad|leeftijd|wiek|idade|ålder|возраст|ηλικία)[ \t]*(?:\([^)\n]{1,12}\)[ \t]*)?[:=]?)[ \t]*"
            r"(?:ca\.?[ \t]*|~[ \t]*)?" + _LABEL_VALUE,
            0.8,
        ),
        # The age in brackets after its word in another language: "Geburtsdatum: 13. Juni 1968 (Alter 56)"
        (
            "age_word_in_brackets",
            r"\((?i:alter|âge|età|alder|ikä|yaş|edad|leeftijd|wiek|idade|ålder|возраст|вік|ηλικία|aois|umur|usia|"
            r"edat|vârsta|vârstă|starost|věk|vek|kor|amžius|vecums|vanus)[ \t]*:?[ \t]*" + _LABEL_VALUE + r"[ \t]*\)",
            0.8,
        ),
        # The next birthday after an age said: "im 15 nearly 16", "she's 13, almost 14"
        (
            "nearly_n",
            r"(?i:\b(?:i['’]?m|im|i[ \t]+am|she['’]?s|shes|he['’]?s|hes|is)[ \t]+\d{1,2}[ \t]*,?[ \t]*(?:nearly|almost|"
            r"going[ \t]+on|turning))[ \t]+(?P<v>\d{1,2})(?![\w\-.:/%]|[.,]\d)" + _NOT_AGE,
            0.75,
        ),
        # Whose age the label is, in another language: "Edad del menor: 14", "Alter des Kindes: 10",
        # "Âge de l'enfant : 9", "Wiek dziecka: 12" ("alter" alone is an English verb: its article must follow).
        (
            "age_label_owner_other_language",
            r"(?<![\w\-])(?:(?:edad|âge|età|idade|wiek|leeftijd)(?:[ \t]+(?:del|de[ \t]+la|de[ \t]+los|de[ \t]+l['’]|"
            r"des|de|du|do|da|dos|das|dell['’]|della|dello|van[ \t]+(?:de|het)))?|alter[ \t]+(?:des|der))[ \t]*"
            r"[^\W\d_]+[ \t]*[:=][ \t]*(?:ca\.?[ \t]*|~[ \t]*)?" + _LABEL_VALUE,
            0.8,
        ),
        # A question and its answer on one line: "age? 12", "how old? 15"
        (
            "asked_inline",
            r"(?:\bage|\bhow\s+old)[ \t]*\?+[ \t]*(?P<v>\d{1,2})(?![\w\-.:/%]|[.,]\d)"
            + _NOT_AGE
            + r"(?=[ \t]*(?:[,.!;)]|$))",
            0.75,
        ),
        # "the suspect is believed to be 33", "the kid can't be more than 12", "Jake must be 15"
        (
            "guessed_n",
            r"(?:" + _NOT_AFTER_THE + _NAME + r"|(?<![\w\-])(?:" + _PERSON_NOUNS + r"))\s+"
            r"(?:(?:is|was|are|were)\s+(?:believed|thought|said|reported|estimated|understood|known|presumed|"
            r"rumou?red|claimed|described\s+as)(?:\s+to\s+be)?|(?:believed|thought|said|reported|estimated|presumed|"
            r"understood)\s+to\s+be|(?:can['’]?t|cannot|couldn['’]?t|could\s+not|could|"
            r"must|might|may|would)\s+(?:only\s+)?be)\s+(?:(?:(?:no\s+)?(?:more|older|younger)\s+than|over|under|"
            r"at\s+least|at\s+most|barely)\s+)?" + _AGE_VALUE,
            0.7,
        ),
        # A copula or "has" and a bare number in another language: "Die Tochter ist 14.", "Ella tiene 16.",
        # "Hij is 12." The number ends the clause (not "tiene 16 hermanos").
        (
            "other_language_verb",
            r"(?:(?:(?-i:\b(?:[Ee]r|[Ss]ie|[Hh]ij|[Zz]ij|[Zz]e))|\b(?:tochter|sohn|mädchen|junge|kind|schwester|bruder|"
            r"enkelin|enkel|nichte|neffe|opfer|dochter|zoon|meisje|jongen|zus|broer))\s+(?:ist|war|wird|is|was|werd)"
            r"|\bich\s+(?:bin|war|werde)|\bik\s+(?:ben|was|word)|\b(?:tengo|tenho)"
            r"|\b(?:tiene|ten[ií]a|cumple|cumpli[óo]|cumplir[áa]|acaba\s+de\s+cumplir|tem|tinha|fez|completou|"
            r"compie|ha\s+compiuto)"
            r")\s+(?:(?:erst|jetzt|gerade|ca\.|etwa|fast|pas|net|bijna|solo|apenas|casi|unos|só|quase|appena)\s+)?"
            r"(?P<v>\d{1,2})(?=[ \t]*(?:[.,;!?)]|$|und\b|en\b|y\b|e\b))",
            0.7,
        ),
        # "Age Range: 12-14", "Age bracket: 40-49", "Age estimate: 12"
        (
            "age_label_range",
            r"\bage[ \t]+(?:range|bracket|group|band|estimate|est\.?)[ \t]*[:=\-–][ \t]*(?P<v>\d{1,2}"
            r"(?:[ \t]*(?:-|–|to)[ \t]*\d{1,2})?)(?![\w\-.:/%]|[.,]\d)",
            0.8,
        ),
        # "14 years, female", "40 yrs, M"
        (
            "years_sex",
            r"(?<![\w\-.,/$£€#])(?P<v>\d{1,2}[ \t]*(?:years?|yrs?\.?))[ \t]*,[ \t]*"
            r"(?:male|female|boy|girl|(?-i:[MF]))\b",
            0.75,
        ),
        # "claims to be 17", "pretends to be 16", "posing as 15"
        (
            "claims_n",
            r"\b(?:claim(?:s|ed|ing)?|pretend(?:s|ed|ing)?|purport(?:s|ed|ing)?|lie[sd]|lying)"
            r"\s+(?:that\s+)?(?:to\s+be|(?:he|she|they)\s+(?:is|was|are|were)|(?:he|she)['’]s)\s+" + _AGE_VALUE,
            0.75,
        ),
        ("age_ocr", r"\b(?P<v>age[ \t]*[:=\-–.]*[ \t]*" + _OCR_N + r")(?![.:/]\d)", 0.7),
        # An age in a CJK script: "15歳", "15岁", "15살", "15세"
        ("cjk_age", r"(?<![\d.,])(?P<v>\d{1,3})[ \t]?(?:歳|周?岁|살|세|才)", 0.8),
        # In Chinese or Japanese numerals ("十五岁", "十二歳") and in Korean native numbers ("열다섯 살")
        ("cjk_age_words", r"(?<![一二两兩三四五六七八九十百])(?P<v>" + _CJK_NUMBER + r")(?:周?岁|歳)", 0.8),
        ("korean_age_words", r"(?<![가-힣])(?P<v>" + _KO_NUMBER + r")[ \t]?살(?![다아았고면며림])", 0.75),
        # "aged 52", "age: 15", "age 9", "Age=15": the words and the number (as corpora label them).
        (
            "age_n",
            r"\b(?P<v>(?:aged?|ages)[ \t]*[:=\-–.]*[ \t]*(?:(?:about|around|approx\.?|approximately)[ \t]+)?"
            + _N
            + r"|aged?[ \t]*:?[ \t]*(?:(?:about|around|approx\.?|approximately|between)[ \t]+)?\d{1,2}[ \t]*"
            r"(?:-|–|to|and)[ \t]*\d{1,2}(?![\w\-:/%]|[.,]\d))(?![.:/]\d)" + _NOT_AGE,
            0.85,
        ),
        # Hebrew "בת 14" / "בן 14" (a girl or a boy of 14), Russian "ей 14", "ему же 15" (she is, he is).
        (
            "foreign_aged",
            r"(?<![\w\-])(?:בת|בן|ей|ему|мне)[ \t]+(?:же[ \t]+|уже[ \t]+|всего[ \t]+)?"
            r"(?P<v>\d{1,2})(?![\w\-.,:/]|[.,]\d)",
            0.75,
        ),
        # What a groomer says of a child's age: "ur so mature for 11", "you're tall for a 12 year old".
        (
            "mature_for",
            r"\b(?:mature|grown[\s\-]?up|tall|big|smart|pretty|developed|advanced)[ \t]+for[ \t]+(?:a[ \t]+|an[ \t]+)?"
            r"(?P<v>(?:\d{1,2}|" + _CHILD_NUMBER_WORDS + r")(?:[ \t\-]*(?:yo|y/o|year[\s\-]old))?)(?![\w\-.,:/]|[.,]\d)"
            r"(?![ \t]*(?:minutes?|mins?|hours?|days?|weeks?|months?|years?(?![\s\-]old)|%|people|kids|players))",
            0.75,
        ),
        # A record's quoted value: '"age": "27"', "age='14'" (the key's quotes are blanks by now: detection/normalize).
        ("age_quoted", r"\bage[ \t]*[:=][ \t]*([\"'])(?P<v>\d{1,3})\1", 0.85),
        # A record's key that holds "age" as a word of its own: "age_estimate": 9, "victim_age=15", "ageVerified: 17"
        # (not a cache's or a token's "max_age: 60", nor "age_days").
        (
            "age_key",
            r"(?<![\w.\-])(?!(?:max|min|cache|ttl|cookie|session|token|password|pwd|file|log|data|record|retention|"
            r"account|link|key|cert|image|build|item|snapshot|backup|object|message|msg|page)_)"
            r"(?:[a-z]+_)?age(?:_(?!days|hours|hrs|mins|minutes|seconds|secs|ms|months|weeks|sec|h|d|s)[a-z]+|"
            r"(?-i:[A-Z])[a-z]+)?[\"']?[ \t]*[:=][ \t]*[\"']?(?P<v>\d{1,2})(?![\w.\-:/])",
            0.8,
        ),
        # "Age (yrs): 9", "age at time of incident: 15", "age - 13", "ages of 4": the number.
        (
            "aged_n",
            r"\b(?:aged?|ages)(?:[\s\-]?wise\b)?(?:\s*\([^)\n]{1,40}\))?(?:\s+at\s+(?:the\s+)?(?:time\s+of\s+(?:the\s+)?)?\w+|"
            r"\s+(?:when|at\s+first)\s+(?:\w+\s+){0,3}?\w+(?=\s*[:=|\-–])|\s+in\s+(?:full\s+)?(?:years|yrs)|"
            r"\s+of\s+(?:the\s+)?\w+(?:\s+\w+)?(?=\s*[:=|\-–]))?"
            r"(?:\s*[:=|\-–]+\s*|\s+(?:is|was|of)\s+|\s*)(?:~\s*|c\.\s*)?" + _AGE_VALUE,
            0.85,
        ),
        # "she is 12", "Jake was 15", "my brother is 12", "I'm 14", "im 15", "he's only 13"
        (
            "is_n",
            # (The name may close a bracket: "the girl (Sun-hee) is only 13".)
            r"(?:"
            + _NOT_AFTER_THE
            + _NAME
            + r"\)?|(?<![\w\-])(?:"
            + _PERSON_NOUNS
            + r"))"
            + _VERB
            + r"\s+"
            + _AGE_VALUE,
            0.75,
        ),
        # An upper bound or an estimate of someone's age: "no older than 14", "can't be more than 12", "estimated
        # the boy at 12", "put her at about 15".
        (
            "bound_n",
            r"\b(?:(?:no|not)\s+(?:any\s+)?older\s+than|(?:n['’]t|can['’]?t|cannot)\s+be\s+(?:any\s+)?(?:older|more)\s+than|"
            r"(?:estimated?|estimates|guessed|guesses|puts?|placed?|places|pegged)\s+(?:him|her|them|the\s+(?:"
            + _PERSON_NOUNS
            + r")|(?:his|her|their)\s+age)\s+at(?:\s+(?:about|around|roughly|approx\.?|approximately))?)\s+"
            + _AGE_VALUE,
            0.75,
        ),
        # A relative clause between the person and the age: "the man who called is 37", "the girl he met was 14"
        (
            "who_is_n",
            r"(?<![\w\-])(?:" + _PERSON_NOUNS + r")\s+(?:who|that|whom|(?:he|she|they|i|we|you)(?!\s+(?:is|was)\b))"
            r"(?:\s+[a-z']+){1,3}?\s+(?:is|was)\s+" + _AGE_VALUE,
            0.7,
        ),
        ("self_n", r"(?<![\w\-])(?:" + _SELF + r")\s+" + _AGE_VALUE, 0.7),
        # an age someone gave, as a report brackets it: "(self-declared 14)", "(claimed 13)", "(says she is 12)"
        (
            "declared_n",
            r"\((?i:self[\- ]?declared|self[\- ]?reported|claim(?:s|ed)|says|said|stated|declared)"
            r"(?:\s+(?:age|(?:s?he|they)\s+(?:is|was|are)|to\s+be))?\s+(?P<v>\d{1,2})\)",
            0.75,
        ),
        # Russian "mne 11" ("I am 11"), romanised or in Cyrillic, after a name or on its own
        ("self_n_ru", r"(?<![\w\-])(?i:mne|мне)\s+(?P<v>\d{1,2})(?![\w\-.:/%]|[.,]\d)" + _NOT_AGE, 0.7),
        # A chat's "ur 15 right?", "ur only 11": the age someone is told they are
        (
            "you_are_n",
            r"(?<![\w\-])(?i:ur|u\s+r|you['’]?re|youre)\s+(?:only\s+|just\s+|literally\s+|nearly\s+|almost\s+)?"
            r"(?P<v>\d{1,2}|" + _CHILD_NUMBER_WORDS + r")"
            r"(?=\s*(?:right\b|\?|,|\.|!|$|u\s+can\b|and\b|so\b|too\b|tho\b|lol\b|ok\b|okay\b|now\b|yet\b|[\'\"’]))",
            0.7,
        ),
        # A chat's self-introduction, name then age: "hey im jess 15", "my name is kayla, 14 from ohio"
        (
            "self_name_n",
            r"(?<![\w\-])(?:i['’]?m|i\s+am|my\s+name\s+is|my\s+names|my\s+name['’]s|names|name['’]s|this\s+is)\s+"
            r"(?!(?:at|on|in|to|like|about|only|just|almost|nearly|now|still|not|so|up|down|over|under|past|around|"
            r"from|with|for|the|a|an|on|level|number|page|room|round|rank|ranked|player|no|age|aged|turning|turned|"
            r"gonna|going|literally|prob|probably|basically|also|too|really)\b)"
            r"[a-z][a-z'\-]{1,15}[ \t]*,?[ \t]+(?P<v>\d{1,2})(?![\w\-.:/%]|[.,]\d)"
            + _NOT_AGE
            + r"(?=[ \t]*(?:$|[,.!;)]|(?:from|frm|and|n|u|lol|[mf]|yo|y/o|yrs?|years?)\b))",
            0.65,
        ),
        # A described person and the bare age after the word: "a white male 35-40", "male 30s", "boy 11,",
        # "Girl 13 being messaged", "mum 34, dad 36", "the younger one 11". Two digits, a range or a decade ("Boy 2"
        # names someone in a report), then the clause goes on or ends.
        (
            "person_bare_n",
            r"(?<![\w\-])(?:" + _DESCRIBED + r")[ \t]+(?P<v>\d{1,2}[ \t]*(?:-|–|to)[ \t]*\d{1,2}|[1-9]\d|[2-9]0['’]?s)"
            r"(?![\w\-:/%]|[.,]\d)" + _NOT_AGE + r"(?=[ \t]*(?:[,;.)]|$|(?:being|who|was|is|and|with|seen|last|"
            r"reported|missing|from|wearing|approached|took|drove|has|had|lives)\b|[–—-][ \t]))",
            0.65,
        ),
        # "At 13 she moved in with her uncle": a sentence opening on an age, then a life event
        (
            "at_n_life",
            r"(?:^|[.!?;]\s+)(?-i:At)\s+(?P<v>\d{1,2}|" + _WORD_AGE_10 + r")\s*,?\s+(?:she|he|i)\s+"
            r"(?:" + _LIFE_EVENTS + r")\b",
            0.7,
        ),
        # "(DOB unknown, approx. 6)": an estimated age where the date of birth is not known
        (
            "dob_unknown_n",
            r"\b(?:d\.?o\.?b\.?|date\s+of\s+birth)[ \t]*:?[ \t]*(?:unknown|unk\.?|n/?k|not\s+known)[ \t]*"
            r"[,;(\-–][ \t]*(?:(?:age[ \t]*)?(?:approx\.?|about|around|est\.?|estimated|c\.|~)[ \t]*)?"
            r"(?P<v>\d{1,3})(?![\w\-.:/%]|[.,]\d)" + _NOT_AGE,
            0.75,
        ),
        # "Profile says F15", "bio: M34": sex and age glued, after what introduces a self-description
        (
            "sex_age_glued",
            r"\b(?:says|said|profile|bio|listed\s+as|describes\s+(?:her|him)self\s+as|claims|states|reads)[ \t]*:?"
            r"[ \t]*(?-i:[MF])(?P<v>\d{1,2})(?![\w\-/]|[.:]\d)" + _NOT_A_MODEL,
            0.7,
        ),
        # An aside between the person and the age: "The girl, who was 13 at the time, is now 19", "Donor since 1998,
        # now 84,", "Gift aid donor, retired, 68, lives alone" (no number of its own before ", now": "count was 12,
        # now 14")
        (
            "person_aside_n",
            r"(?:" + _NOT_AFTER_THE + _NAME + r"|(?<![\w\-])(?:" + _PERSON_NOUNS + r"))"
            r"(?:\s*,\s*[^,.;:\n]{3,50}?,\s*(?:is|was)\s+(?:now\s+)?|(?:(?!\b\d{1,3}\b)[^,.;:\n]){0,40}?,\s*now\s+|"
            r"(?:\s*,\s*(?-i:[a-z]+)(?:\s+(?-i:[a-z]+))?){1,2}\s*,\s*)"
            r"(?P<v>" + _N2 + r")(?=\s*(?:[,;.)!?]|$|and\b|but\b))" + _NOT_AGE,
            0.6,
        ),
        # A guess between two ages after "is": "the child is 9-10", "the girl is 12/13" (the second the older: "he was
        # 3-1 down" is a score)
        (
            "is_range",
            r"(?:"
            + _NOT_AFTER_THE
            + _NAME
            + r"|(?<![\w\-])(?:"
            + _PERSON_NOUNS
            + r"))"
            + _VERB
            + r"\s+"
            + _ADVERB
            + r"(?P<v>\d{1,2}[ \t]*(?:-|–|/|to)[ \t]*\d{1,2})(?![\w\-:/%]|[.,]\d)"
            + _NOT_AGE
            + r"(?![ \t]+(?:up|down|ahead|behind|win|loss|lead|victory|defeat|split|vote)\b)",
            0.7,
        ),
        # "She celebrated her 80th last week": the ordinal of a birthday without the word
        (
            "celebrated_nth",
            r"\bcelebrat(?:ed|es|ing|e)\s+(?:his|her|my|your)\s+(?P<v>\d{1,3}(?:st|nd|rd|th))\b"
            r"(?![ \t]+(?:anniversary|year|season|game|match|goal|race|marathon|time|album|book|film|win|cap|"
            r"appearance|visit|wedding|jubilee)\b)",
            0.75,
        ),
        # "DOB 2011, so 13 now", "born 1950, making her 74": the age worked out from a year of birth
        (
            "dob_so_n",
            r"(?:\bd\.?o\.?b\b\.?|\bdate\s+of\s+birth|\bborn)[^\n]{0,24}?\d{4}[ \t]*[,;(\-–][ \t]*"
            r"(?:so|now|making\s+(?:him|her|them)|i\.e\.?|thus|hence)[ \t]+(?:about[ \t]+|approx\.?[ \t]+)?"
            r"(?P<v>\d{1,3})(?![\w\-.:/%]|[.,]\d)" + _NOT_AGE,
            0.75,
        ),
        # "male in 30s", "a woman in early 40s": a decade of life after the person, no possessive
        (
            "person_in_decade",
            r"\b(?:male|female|man|woman|guy|lady|gentleman|bloke|boy|girl|suspect|offender|donor|client|person)"
            r"[ \t]+in[ \t]+(?:(?:the|early|mid|late)[\s\-]+)?(?P<v>[2-9]0['’]?s|(?:twent|thirt|fort|fift|sixt|sevent|"
            r"eight|ninet)ies|teens)\b",
            0.7,
        ),
        # "The babysitter is only 13 herself": a reflexive pronoun after the number says it is a person's age
        (
            "n_self",
            r"\b(?:is|was|['’]s)\s+" + _ADVERB + r"(?P<v>\d{1,2}|" + _WORD_AGE_10 + r")[ \t]+"
            r"(?:herself|himself|themselves|themself|myself|yourself)\b",
            0.7,
        ),
        # "Two boys, both 12, were seen": people in the plural, then their one age
        (
            "plural_both_n",
            r"\b(?:boys|girls|children|kids|sons|daughters|brothers|sisters|siblings|twins|victims|teens|teenagers|men|"
            r"women|suspects)[ \t]*,?[ \t]*(?:both|all|each)[ \t]+(?:aged[ \t]+)?(?P<v>\d{1,2})"
            r"(?![\w\-:/%]|[.,]\d)" + _NOT_AGE,
            0.7,
        ),
        # "Spoke to Mr Lewis today – 83, sharp as ever": a titled name, a word or two, a dash and the age
        (
            "title_dash_n",
            r"\b(?-i:Mr|Mrs|Ms|Miss|Dr)\.?[ \t]+(?-i:[A-Z][a-z]+)(?:[ \t]+(?-i:[a-z]+)){0,2}[ \t]+[–—-][ \t]+"
            r"(?P<v>\d{1,3})(?=[ \t]*[,;])" + _NOT_AGE,
            0.6,
        ),
        # "baby 8 months", "infant, 10 weeks": a baby's age without "old"
        (
            "baby_months",
            r"\b(?:baby|infant|newborn|toddler)[ \t]*,?[ \t]*(?P<v>\d{1,2}[ \t]*(?:months?|mos?\.?|weeks?|wks?\.?))"
            r"(?![\w\-])(?![ \t]+(?:ago|later|before|after|since|of|in|on|pregnant|early|premature)\b)",
            0.75,
        ),
        # "Donor (aged 80+)": an open band of ages is still someone's
        ("aged_plus", r"\(\s*(?P<v>aged?\s+\d{1,2}\+)\s*\)", 0.8),
        # "Jake, 15,", "Maria Lopez (16)", "Girl, 15, missing", "her son (12)", "Mr. Evans, 67, a retired plumber",
        # "a kid, only 13.",
        # "John Smith - 43 - volunteer" (a dash closes the age only where one opened it: not "Report, 14 - final")
        (
            "name_comma_n",
            r"(?:"
            + _NAME
            + r"|(?<![\w\-])(?:"
            + _PERSON_NOUNS
            + r"|mr\.|mrs\.|ms\.))(?:\s*(?:[,，、]\s*|[(（]\s*)|(?P<dash>\s+[-–—]\s+))"
            # "the boy, only 12.", "a child, barely 14,": an aside's adverb before the age
            + r"(?:(?:now|currently|only|just|barely|not\s+even|still\s+only|still\s+just)\s+)?(?P<v>"
            + r"(?:"
            + _N2
            + r"|"
            + _WORD_AGE_10
            + r")"
            # (and the Cyrillic abbreviations of "years": "Шевченко Софія, 10 р.", "Иванов Пётр, 9 л.")
            + r")(?:\s*(?:yrs?\.?|years?|y/?o|yo|р|г|л|років|роки|лет|года?))?"
            r"(?:(?:\s*\?*\s*[)）]|\s*[,;，]|\s+(?:and|who|is|was|has|had|from|of|"
            r"said|says|told|lives|went|with)\b|\s+or\s+so\b|\s+(?:next|this)\s+(?:week|month|year|spring|summer|autumn|"
            r"winter)\b|(?(dash)\s+[-–—](?=\s)|(?!))|"
            r"\.(?=\s|$)|[ \t]*$)" + _NOT_AGE + r"|\s*,(?=\s*(?-i:of\s+[A-Z])))",
            0.6,
        ),
        # A life event at an age: "retired at 65", "married at 16", "left school at 15", "died at 80"
        (
            "event_at_n",
            r"\b(?:retired|retiring|married|wed|died|passed\s+away|left\s+(?:home|school)|dropped\s+out|emigrated|"
            r"fell\s+pregnant|got\s+pregnant|gave\s+birth|became\s+a\s+(?:mother|father|mum|mom|dad|parent)|"
            r"was\s+(?:adopted|diagnosed|abused|groomed|assaulted|taken|trafficked)|ran\s+away|moved\s+out)"
            r"\s+at\s+(?:the\s+age\s+of\s+|age\s+)?" + _AGE_VALUE,
            0.7,
        ),
        # "at the age of 30", "30 years of age", "a girl of 14"
        ("age_of", r"\bage\s+of\s+(?P<v>" + _N + r")" + _NOT_AGE, 0.85),
        (
            "years_of_age",
            r"(?<![\w\-.,/$£€#])(?P<v>(?:\d{1,2}[ \t]*(?:-|–|to|and)[ \t]*)?"
            + _N
            + r"\s*(?:years?|yrs?\.?)\s+of\s+age)\b",
            0.9,
        ),
        # "aged 6 months", "age: 10 weeks": a baby's age
        (
            "aged_months",
            r"\b(?P<v>aged?[ \t]*[:=\-–]?[ \t]*\d{1,2}[ \t]*(?:months?|mos?\.?|weeks?|wks?\.?))(?![\w\-])"
            r"(?![ \t]+(?:ago|later|before|after|since|of\b))",
            0.85,
        ),
        # "Suspect: male, 40-45", "a man, 45-50, tall", "M, 40s": a range or a decade after the person
        (
            "person_comma_range",
            r"(?:\b(?:male|female|man|woman|boy|girl|suspect|victim|teen|guy)|(?:^|[:(/])[ \t]*(?-i:[MF]))\s*,\s*"
            r"(?P<v>\d{1,2}\s*(?:-|–|to)\s*\d{1,2}|[2-9]0['’]?s)(?=\s*[,;.)]|\s*$)",
            0.7,
        ),
        # "DOB: 03/04/2011 (12)", "born 2009 (age 15)": the age after a date of birth
        (
            "age_after_dob",
            r"(?:\bd\.?o\.?b\b\.?|\bdate\s+of\s+birth|\bborn)[^\n()]{0,24}?\d{2,4}[ \t]*\([ \t]*"
            r"(?:age[ \t:]*|aged[ \t]+)?(?P<v>\d{1,3})[ \t]*(?:y(?:rs?|ears?|o)?\.?)?[ \t]*\)",
            0.8,
        ),
        (
            "person_of_n",
            r"\b(?:man|woman|girl|boy|child|kid|lady|gentleman|person|teen|teenager|youth|lad|lass|youngster|male|"
            r"female|guy|bloke)\s+of\s+(?:(?:about|around|roughly|"
            r"approx\.?|approximately|maybe|perhaps)\s+)?(?P<v>" + _N2 + r")" + _NOT_AGE,
            0.7,
        ),
        # "turned 40 last week", "turns 16 next month"
        (
            "turned_n",
            r"\b(?:turned|turns|turning|(?:'ll|’ll|will|to|gonna|i)\s+turn)\s+(?P<v>" + _N + r")(?![.:/]\d)" + _NOT_AGE,
            0.7,
        ),
        ("birthday", r"(?<![\w\-])(?P<v>\d{1,3})(?:st|nd|rd|th)\s+birthday\b", 0.8),
        # "Victim: female, 14 yrs", "a boy, 12 years"
        (
            "person_n_years",
            r"\b(?:" + _PERSON_NOUNS + r")\s*[,:(]?\s*(?P<v>\d{1,2}[ \t]*(?:years?|yrs?\.?))(?![\w\-])"
            r"(?!\s+(?:ago|in|on|at|with|for|later|before|after|since|of\s+(?!age)))",
            0.75,
        ),
        # "appeared to be about 15", "looks 14", "seemed around 40-45"
        (
            "looks_n",
            r"\b(?:appear(?:s|ed)?|look(?:s|ed)?|seem(?:s|ed)?)\s+(?:to\s+be\s+)?(?:(?:about|around|approx\.?|"
            r"approximately|roughly|maybe|like|only|under|over|closer\s+to|nearer|more\s+like|at\s+least)\s+)?"
            r"(?P<v>\d{1,2}(?:\s*(?:-|–|to|or)\s*\d{1,2})?)"
            r"(?![\w\-:/%]|[.,]\d)(?!\s*(?:%|percent|minutes?|hours?|days?|weeks?|months?|years?\s+ago|dollars|feet|ft|"
            r"inches|lbs?|kg|pounds|times|people|degrees))",
            0.7,
        ),
        # "male, approx. 30", "girl, about 14": the description of someone seen
        (
            "person_comma_about_n",
            r"(?:\b(?:" + _SEEN_PERSON + r")(?:\s*[,(]\s*|\s+)|" + _NOT_AFTER_THE + _NAME + r"\s*\(\s*)"
            r"(?:approx\.?|about|around|roughly|maybe|poss\.?|possibly|probably|perhaps|est\.?|estimated|~)\s*"
            r"(?P<v>\d{1,2}(?:\s*(?:-|–|to)\s*\d{1,2})?)(?:[ \t]*(?:yrs?|years?|y/?o|yo)(?![\w/]))?"
            r"(?![\w\-:/%]|[.,]\w)" + _NOT_AGE,  # "about 40." ends a sentence; "40.5", "40.png" do not
            0.7,
        ),
        # "girl (12-13)": a range in brackets after the person
        (
            "person_paren_range",
            r"\b(?:male|female|man|woman|boy|girl|teen|minor|child|kid|suspect|victim|son|daughter)\s*\(\s*(?P<v>\d{1,2}"
            r"\s*(?:-|–|to|or|/)\s*\d{1,2})\s*\)",
            0.7,
        ),
        # An age in another language: "13 años", "14 ans", "15 Jahre (alt)", "16 anni", "12 jaar", "14 lat"
        (
            "other_language",
            r"(?<![\w\-.,/$£€#])(?P<v>\d{1,2})[ \t\-]*(?:años|anos|ans|jahre(?:[ \t]+alt)?|jährige[rn]?|anni|jaar|"
            r"lat|let|år|vuotias|éves|ετών|χρονών|лет|года|год|yaşında(?:ki)?|tuổi|ساله|वर्षीय|"
            # Ukrainian, Romanian, Tagalog, Georgian and Armenian: "14 років", "are 15 ani", "14 taong gulang"
            r"років|роки|рік|ani|taong[ \t]+gulang|anyos|წლის(?:აა|ა)?|տարեկան|"
            # and the world's other languages: Mongolian, Turkic, Baltic, Finnic, Celtic, Slavic, Basque, Albanian,
            # Catalan, Maltese, Malagasy, Somali, Javanese, Indic, Southeast Asian and Ethiopic "years (old)"
            r"настай|настайхан|жаста|жасар|жашта|жашар|yoshda|yoshli|yaşlı|ياشلىق|ياشتا|ياش|сола|metų|gadus|gadi|"
            r"aastane|ára|oed|urte|vjeç|vjeçare|vjeçar|godina|godine|години|гадоў|rokov|leta|let|anys|sena|taona|"
            r"jir|taun|సంవత్సరాలు|సంవత్సరాల|ವರ್ಷ|വയസ്സ്|വയസ്|वर्षांची|वर्षांचा|वर्षाची|वर्षाचा|අවුරුදු|ឆ្នាំ|နှစ်|ປີ|"
            r"ዓመት|ዓመቷ|ዓመቱ|އަހަރު|"
            # Romansh, Frisian, Tatar, Quechua, Turkmen, Yiddish; Samoan and Maori "ona tausaga", "ōna tau"
            r"onns|jier(?:[ \t]+âld)?|яшьтә|яшьлек|яшь|watayuq(?:mi)?|ýaşynda|ýaşly|יאָר(?:[ \t]+אַלט)?|"
            r"ona[ \t]+tausaga|[ōo]na[ \t]+tau|"
            # Romani, Northern Sami, Friulian, Ilocano and Mandarin in Latin letters: "14 berš", "9 jagi", "7 agns",
            # "7 ti tawenna", "15 sui"
            r"berš|jagi|agns|ti[ \t]+tawenna|sui|"
            # Hindi, Thai, Bengali, Persian and Arabic "years": "मैं 12 साल की हूँ", "12 ปี", "١٢ سنة"
            r"साल|वर्ष|ปี|বছর|سال|سنة|سنوات|عاما|عامًا|"
            # the same in Latin letters (Hinglish, Urdu): "16 saal"; German forms' "3 J."
            r"saal|(?-i:J)\.|"
            # the "-year-old" adjectives: "15-летняя", "15-letni", "15enne"
            r"летн(?:ий|яя|его|ей|ему|юю|ие|их)|letni[aeo]?|letniej|enne|jährige[rns]?|jährig|jarige?|årig[ae]?|åringen?|"
            r"vuotiaa(?:n|lle|lta)?)(?![\w])",
            0.8,
        ),
        # Other languages' "Age" label before the number, in a form, a table's row or a record: "Iminyaka | 7",
        # "Tausaga:\t11", '"Watan": 7', "Laj: 12"
        (
            "world_label",
            r"(?<![\w\-])(?:" + "|".join(re.escape(w) for w in sorted(WORLD_AGE, key=len, reverse=True)) + r")"
            # (not a count of things: "NAS: 12 TB")
            r"[\"']?[ \t]*(?::|：|=|\||\t)[ \t|\"']*(?P<v>\d{1,2})(?![\w\-/:]|[.,]\d|[ ]?[A-Za-z%°])",
            0.8,
        ),
        # Languages that say "years" before the number: Swahili "ana miaka 13", Kinyarwanda "imyaka 12", Hausa
        # "shekara 13", Yoruba "ọmọ ọdún 16", Igbo "afọ 12", Zulu "iminyaka eyi-14", Xhosa "uneminyaka eyi-15", Shona
        # "ane makore 12".
        (
            "years_then_number",
            # (and Luganda "alina emyaka 15", Sesotho "dilemo tse 13", Chichewa "wa zaka 13", Indonesian "umur 12")
            r"(?<![\w])(?:miaka|imyaka|(?:un)?eminyaka|iminyaka|shekara|shekaru|ọdún|afọ|makore|emyaka|"
            r"dilemo(?:[ \t]+tse)?|zaka|umur|usia)"
            r"(?:[ \t]+eyi-?[ \t]*|[ \t]+)(?P<v>\d{1,2})(?![\w\-/]|[.,]\d)",
            0.8,
        ),
        # An age said alone as a sentence, after a name or a question: "Lê Văn Hùng. 11 years. we come from …"
        (
            "years_fragment",
            r"(?:^|(?<=\n)|(?<=[.!?][ \t]))(?P<v>\d{1,2})[ \t]+(?:years?|yrs?)(?:[ \t]+old)?[ \t]*(?=[.!]|\n|$)",
            0.7,
        ),
        # A pronoun, the age, then a particle of the speaker's other language: "She 14 only leh", "he 9 lang"
        (
            "pronoun_age_particle",
            r"\b(?:she|he)(?:['’]s|[ \t]+is)?[ \t]+(?P<v>\d{1,2})[ \t]+(?:only|already|lang|lah|leh|lor|na|pa)\b",
            0.7,
        ),
        # Learner's English after "tiene 15 años": "the girl is having 12 years", "he is say he have 48 years"
        (
            "having_years",
            r"\b(?:(?:is|am|are|was)[ \t]+having|(?:he|she|i|they)[ \t]+"
            r"(?:(?:say|says|said)[ \t]+(?:he|she|they)[ \t]+)?ha(?:ve|s))[ \t]+(?P<v>"
            + _WORD_AGE
            + r"|\d{1,2})[ \t]+years?\b"
            r"(?![ \t]+(?:ago|of|in|experience|left|later|before|since|now|to|more|each)\b)",
            0.8,
        ),
        # Tagalog "15 na ako" (I am 15 now), "12 na siya"
        ("na_ako", r"(?<![\w.,:/])(?P<v>\d{1,2})[ \t]+na[ \t]+(?:ako|siya|sya)\b", 0.8),
        # A word for "aged" before the number: Indonesian "berumur 13", Swahili "ana miaka 14", Hebrew "בת 13",
        # Arabic "عمرها 14"
        (
            "other_language_before",
            r"(?<![\w\-])(?:" + "|".join(AGE_WORDS_BEFORE) + r")[ \t:]+(?P<v>\d{1,2})"
            r"(?!\d|[.,:/]\d|[ \t]*(?:%|bulan|mwezi|months?|חודש|شهر))",
            0.8,
        ),
        # In another language's words: "quince años", "fünfzehn Jahre alt", "Edad: diez años", "dodici anni"
        (
            "other_language_words",
            r"(?<![\w\-])(?P<v>" + _FOREIGN_WORD_AGE + r")[ \t\-]+(?:años|anos|ans|jahre(?:[ \t]+alt)?|jährige[rns]?|"
            r"anni|jaar|lat)(?![\w])",
            0.75,
        ),
        # "late 60s", "mid-thirties", "a man (40s)", "30s male": a decade of life without "in his"
        (
            "decade_alone",
            r"(?<![\w\-])(?<!the )(?<!The )(?:(?:early|mid|late)[\s\-]+(?P<v>(?:[2-9]0['’]?s|(?:twent|thirt|fort|fift|"
            r"sixt|sevent|eight|ninet)ies|teens))\b(?![\s\-]+(?:%|percent|rate|range|growth|margins?|degrees)\b)|"
            r"\([2-9]0['’]?s(?:\)|(?=[ \t]*[,;]))|[2-9]0['’]?s[ \t]+(?:male|female|man|woman|guy)\b)",
            0.7,
        ),
        # "forty-something", "a 30-something man"
        ("something", r"(?<![\w\-.,/$£€#])(?P<v>(?:[2-9]0|" + "|".join(_TENS) + r")[\s\-]something)\b", 0.7),
        # "35ish", "40-ish"
        ("ish", r"(?<![\w\-.,/$£€#])(?P<v>\d{1,2}[\s\-]?ish)\b", 0.7),
        (
            "decade",
            r"\bin\s+(?:his|her|their|my|your|our)\s+(?:early|mid|late)?[\s\-]*(?P<v>(?:[2-9]0['’]?s|"
            r"(?:twent|thirt|fort|fift|sixt|sevent|eight|ninet)ies|teens))\b",
            0.8,
        ),
        ("age_sex", r"[(\[](?P<v>\d{1,2})(?:[ \t]?(?-i:[MF])|(?-i:[mf]))[)\]]", 0.8),
        ("sex_age", r"[(\[](?:" + _SEX + r")[ \t/,]?[ \t]?(?P<v>\d{1,2})[)\]]", 0.8),
        ("age_slash_sex", r"(?<![\w/.\-])(?P<v>\d{1,2})[ \t]*/[ \t]*(?:" + _SEX + r")(?![\w])", 0.8),
        ("sex_slash_age", r"(?<![\w/.\-])(?:" + _SEX + r")[ \t]*/[ \t]*(?P<v>\d{1,2})(?![\w/]|[.:]\d)", 0.75),
        # "F, 14, from Leeds", "M,34"
        # (Not a clothing size: "size M, 35 in stock".)
        (
            "sex_comma_age",
            r"(?<![\w\-.])(?<![Ss]ize )(?-i:[MF])[ \t]*,[ \t]*(?P<v>\d{1,2})(?![\w\-.:/]|[.,]\d)" + _NOT_AGE,
            0.7,
        ),
        # "Patient: 34 M", "stranger: 15 f cali"
        (
            "line_age_sex",
            r"(?:^|[:,]|\ba?/?s/?l\b\??|\b(?:i'?m|im|me|hi|hey|hii|sup|sex|gender)\b|\b(?:wbu|hbu|u|you)\?+)[ \t]*"
            r"(?P<v>\d{1,2})"
            r"(?:[ \t]?|[ \t]*,[ \t]*)(?:" + _SEX + r")(?![\w'’.\-])"
            # Not metres: "12 m from the gate", "3 m tall".
            r"(?![ \t]+(?:from[ \t]+(?:the|a|an|our|my|his|her)|away|tall|long|high|wide|deep|of|above|below)\b)",
            0.7,
        ),
        # "f 15", "M/16" at the start of a chat line or after "asl"
        (
            "line_sex_age",
            r"(?:^|[:]|\ba?/?s/?l\b\??)[ \t]*(?-i:[mfMF])[ \t]*[/,]?[ \t]*(?P<v>\d{1,2})(?![\w\-.:/%]|[.,]\d)"
            # (not a code in an aligned column: "F4  hinge plate  x4")
            r"(?![ \t]{2,}\S)" + _NOT_AGE + _NOT_A_MODEL,
            0.7,
        ),
        (
            "chat_reply",
            _ASKED
            + r"[^\n]{0,120}\n(?:[^\n]*\n){0,3}?"
            + _LINE_HEAD
            + _REPLY_FILLER
            + r"(?P<v>"
            + _N
            + r")"
            + _REPLY_TAIL,
            0.8,
        ),
        # The reply to an age handed back, when the handing back was itself a reply ("how old r u" / "23 u?" /
        # "13"): a pattern of its own, as matches of one pattern do not overlap.
        (
            "chat_reply_to_handed_back",
            _HANDED_BACK + r"\n" + _LINE_HEAD + _REPLY_FILLER + r"(?P<v>" + _N + r")" + _REPLY_TAIL,
            0.8,
        ),
        # The reply opens with the number and goes on ("15 whats urs", "16 but i look older")
        (
            "chat_reply_lead",
            _ASKED
            + r"[^\n]{0,120}\n(?:[^\n]*\n){0,3}?"
            + _LINE_HEAD
            + r"(?:(?:i'?m|i’m|im|i\s+am)[ \t]+)?(?P<v>\d{1,2})(?![\w\-:/%$]|[.,]\d)"
            + _NOT_AGE
            # and a few words, or a sentence's end and anything ("14. he's supposedly 15.", "9. is this …?")
            # or the next age of several ("12 and 9", "14, 11 and 6")
            + r"(?=[ \t,.!]*(?:$|[^\d\n]{0,30}$)|[.!?][ \t]|[ \t]*(?:,|and|&)[ \t]*\d{1,2}(?!\d)|"
            # and the school year ("15, im in yr 11", "12 in year 8")
            r"[ \t,]*(?:(?:i'?m|i’m|im|i\s+am)[ \t]+)?in[ \t]+(?:yr|year|grade|class|form)[ \t]*\d{1,2}\b)",
            0.75,
        ),
        # The next birthday said after an age: "13. Nearly 14.", "9, almost 10"
        (
            "age_then_next",
            r"(?m)(?<=\d[.!,][ \t])(?i:nearly|almost|turning|soon)[ \t]+(?P<v>\d{1,2})(?=[ \t]*[.!,]?[ \t]*$)",
            0.75,
        ),
        ("asl_reply", _ASKED + r"[^\n]{0,40}\n?[^\n]{0,40}?\b(?P<v>\d{1,2})[ \t]*/[ \t]*[mf]\b", 0.85),
        # Question and reply on one line, the reply after its speaker: "A: how old r u? B: 15"
        (
            "chat_reply_inline",
            _ASKED
            + r"(?![^\n?]{0,40}\b(?:the|this|that|it|its)\b)[^\n?]{0,40}\?+[ \t]*[\w.\-@]{1,20}[ \t]*[:>][ \t]*"
            + _REPLY_FILLER
            + r"(?P<v>"
            + _N2
            + r")(?![.,]\d)"
            + _NOT_AGE,
            0.75,
        ),
        # A chat line that is a two-digit number handing the question back: "13 nd u?", "15 wbu", "16 hbu"
        (
            "reply_and_you",
            r"^" + _LINE_HEAD + r"(?P<v>[1-9]\d)[ \t]*,?[ \t]*(?:(?:a?nd|n|&)[ \t]*(?:u|urs|ur)\b|"
            r"(?:a?nd|n|&)[ \t]*(?:you|yours)[ \t]*\?|wbu|hbu)"
            r"[ \t]*\?*[ \t]*$",
            0.6,
        ),
        # The word "age" in another script before the number: "عمره 15", "umur 15 tahun", "อายุ 15 ปี", "年齢：15"
        (
            "age_word_other_script",
            r"(?<![\w])(?:" + _AGE_WORDS + r")[ \t]*[:：=]?[ \t]*(?P<v>\d{1,3})(?![\d,:/%]|[.,]\d)" + _NOT_AGE,
            0.8,
        ),
        # The age in brackets with its word for years, in any of the partners' or reporters' languages:
        # "(12 ปี)", "(9 வயது)", "(11 साल)", "(10 বছর)", "(12 J.)", "(14 ans)", "(13 años)", "(15 lat)", "(12 岁)"
        (
            "paren_years_word",
            r"\([ \t]*(?P<v>\d{1,2})[ \t]*(?:" + _YEARS_WORDS + r")[ \t]*\)",
            0.8,
        ),
        # A form's or a record's field: "age_years: 15", "child_age=9", "ageYrs: 40", "victim-age: 12"
        (
            "age_field",
            r"(?<![A-Za-z0-9])(?:(?:" + _FIELD_OWNERS + r")[_\-.]?age(?:[_\-]?(?:years?|yrs?|y))?|"
            r"age[_\-]?(?:years?|yrs?|in[_\-]?years)|(?<=[\"'])age(?=[\"']))[\"']?[ \t]*[:=][ \t]*[\"']?"
            r"(?P<v>\d{1,3})(?![\w.\-/:%])",
            0.8,
        ),
        # A school grade or year, then the age in brackets: "Grade 8 (13)", "Year 9 (14)", "7th grade (12)"
        (
            "grade_paren",
            r"\b(?:(?:grade|year|yr|class|form)[ \t]?(?P<g>\d{1,2})|(?P<g2>\d{1,2})(?:st|nd|rd|th)[ \t\-]grade)[ \t]*"
            r"\([ \t]*(?P<v>\d{1,2})[ \t]*(?:y|yrs?|years?|yo)?[ \t]*\)",
            0.75,
        ),
        # A first name, then the age and "yrs" ("jess 15yrs", "Tyler 13 yrs,"); the name is checked against the
        # first names (`not_a_persons_age`), so "Java 5 yrs" and "warranty 2 yrs" are durations.
        (
            "name_yrs",
            r"(?<![\w\-'’@])(?P<name>[A-Za-z][a-z]{2,14})[ \t]+(?P<v>\d{1,2}[ \t]?(?:yrs?|y/o|y\.o\.|yo))(?![\w/])"
            r"(?![ \t]+(?:experience|exp|of|in|at|on|ago|later|before|after|since|warranty|guarantee|service|contract|"
            r"running|straight|and\s+\d|plus|now)\b)",
            0.7,
        ),
        # A chat's self-description: "me: 14 yrs f", "me - 15/m".
        (
            "me_n",
            r"(?<![\w\-])me[ \t]*[:=\-][ \t]*(?P<v>\d{1,2})(?:(?P<u>[ \t]?(?:yrs?|y/o|yo))\.?)?"
            r"(?(u)(?![\w/])|(?=[ \t]*[,/]?[ \t]*(?:(?-i:[mfMF])|male|female|girl|boy)\b))",
            0.7,
        ),
        # A form's question about age and its answer on the next line: "Q: age / A: 12", "Q3. Your age? A: 15".
        (
            "qa_age",
            r"\bQ\d{0,2}[ \t]*[:.)\-][ \t]*(?:(?:what(?:['’]s|[ \t]+is)[ \t]+)?(?:your|ur|her|his|the[ \t]+)?"
            r"(?:child['’]s[ \t]+)?)?age(?:[ \t]*\([^)\n]{1,12}\))?[ \t]*\??[ \t]*\r?\n"
            r"[ \t]*A\d{0,2}[ \t]*[:.)\-][ \t]*(?P<v>\d{1,3})"
            r"(?![\w.,:/]|[ \t]*(?:%|years?[ \t]+ago|months?|weeks?|days?)\b)",
            0.75,
        ),
    ]
    FLAGS = re.IGNORECASE | re.MULTILINE
    TEXT_NEEDS = re.compile(
        r"\d|"
        + "|".join(_TENS)
        + r"|ties\b|teen|"
        + "|".join(k for k in _UNITS if len(k) < 7)
        # numbers in Chinese and Japanese numerals, Korean native numbers before 살
        + r"|[一二两兩三四五六七八九十]|살"
        # other languages' words for years, after an age in words ("quince años")
        + r"|años|anos|ans\b|jahre|jährig|anni|jaar|lat\b"
    )
    # What each pattern's match holds, looked for in the text's screened (lower-case) form before the pattern runs.
    PATTERN_NEEDS = {
        "years_fragment": re.compile(r"\d[ \t]+(?:years?|yrs?)"),
        "pronoun_age_particle": re.compile(
            r"\b(?:she|he)\S*[ \t]+(?:is[ \t]+)?\d{1,2}[ \t]+(?:only|already|lang|lah|leh|lor|na|pa)\b"
        ),
        "bound_n": re.compile(r"\b(?:than|at)\s+(?:about\s+|around\s+|roughly\s+|approx\.?\s+|approximately\s+)?\d"),
        "name_yrs": re.compile(r"[a-z] \d{1,2} ?(?:yr|y/o|y\.o|yo)"),
        "me_n": re.compile(r"\bme\s*[:=\-]\s*\d"),
        "person_bare_n": re.compile(
            r"(?:male|man|boy|girl|lad|lass|mum|mom|dad|ther|son|ter|teen|one|ma|pa|nny|nan|na|uncle|aunt|ie|"
            r"cousin|nephew|niece|band|wife|friend)[ \t]+\d"
        ),
        "at_n_life": re.compile(r"\bat\s+\w+\s*,?\s+(?:she|he|i)\s"),
        "dob_unknown_n": re.compile(r"(?:d\.?o\.?b|birth)[^\n]{0,12}(?:unknown|unk|n/?k|not\s+known)"),
        "sex_age_glued": re.compile(r"\b[mf]\d"),
        "person_aside_n": re.compile(r",\s*(?:\w+\s+){0,2}\d"),
        "aged_plus": re.compile(r"aged?\s+\d{1,2}\+"),
        "title_dash_n": re.compile(r"\b(?:mr|mrs|ms|miss|dr)\b[^\n]{0,40}[–—-][ \t]+\d"),
        "baby_months": re.compile(r"(?:baby|infant|newborn|toddler)[ \t]*,?[ \t]*\d{1,2}[ \t]*(?:mo|we|wk)"),
        "n_self": re.compile(r"\s(?:her|him|them|my|your)sel(?:f|ves)\b"),
        "plural_both_n": re.compile(r"(?:both|all|each)\s+(?:aged\s+)?\d"),
        "is_range": re.compile(r"\d[ \t]*(?:-|–|/|to)[ \t]*\d"),
        "celebrated_nth": re.compile(r"celebrat"),
        "dob_so_n": re.compile(r"d\.?o\.?b|birth|born"),
        "person_in_decade": re.compile(r"\bin\s+(?:\w+[\s\-]+)?(?:\d0['’]?s|\w+ties|teens)\b"),
        "qa_age": re.compile(r"\bq\d{0,2}\s*[:.)\-][^\n]{0,40}age"),
        "n_year_old": re.compile(r"old|young"),
        "n_yo": re.compile(r"\d[\s\-]?(?:y/o|y\.|yo|yr?o|y-o)"),
        "aged_n": re.compile(r"age"),
        "age_n": re.compile(r"age"),
        "age_quoted": re.compile(r"age"),
        "age_key": re.compile(r"age"),
        "foreign_aged": re.compile(r"בת|בן|ей|ему|мне"),
        "mature_for": re.compile(r" for "),
        "age_of": re.compile(r"age\s+of"),
        "years_of_age": re.compile(r"of\s+age"),
        "person_of_n": re.compile(r"of\s+(?:[a-z.]+\s+)?\d"),
        "turned_n": re.compile(r"turn"),
        "birthday": re.compile(r"birthday"),
        "event_at_n": re.compile(r"\bat\s+(?:the\s+age\s+of\s+|age\s+)?(?:\d|[a-z]+(?:ty|teen|ve|en|ne|ur|ee|o|x)\b)"),
        "aged_months": re.compile(r"aged?[ \t]*[:=\-–]?[ \t]*\d{1,2}[ \t]*(?:mo|we|wk)"),
        "person_comma_range": re.compile(r",\s*\d{1,2}\s*(?:[-–t]|0['’]?s)"),
        "age_after_dob": re.compile(r"d\.?o\.?b|birth|born"),
        "decade": re.compile(r"\d0['’]?s|ties\b|teens\b"),
        "chat_reply": re.compile(_ASKED_SCREEN + r"|\d\s*,?\s*(?:(?:a?nd|n|&)\s*(?:u|you)\b|wbu|hbu)"),
        "asl_reply": re.compile(r"old|age|asl|\?"),
        "chat_reply_lead": re.compile(_ASKED_SCREEN + r"|\d\s*,?\s*(?:(?:a?nd|n|&)\s*(?:u|you)\b|wbu|hbu)"),
        "chat_reply_to_handed_back": re.compile(r"\d\s*[,.]?\s*(?:(?:a?nd|n|&)\s*(?:u|you)|wbu|hbu|(?:u|you)\s*\?)"),
        "chat_reply_inline": re.compile(r"\?+[ \t]*[\w.\-@]{1,20}[ \t]*[:>]"),
        "decade_alone": re.compile(r"\d0['’]?s|ties\b|teens\b"),
        "ish": re.compile(r"\dish|\d[ \-]ish"),
        "something": re.compile(r"something"),
        "line_sex_age": re.compile(r"\b[mf][ \t]*[/,]?[ \t]*\d"),
        "age_ocr": re.compile(r"age"),
        "age_field": re.compile(r"age(?:[_\-]?(?:y|in[_\-]?y)|[\"']?[ \t]*[:=])"),
        "grade_paren": re.compile(r"\([ \t]*\d{1,2}[ \t]*[)y]"),
        "age_word_other_script": re.compile(_AGE_WORDS),
        "paren_years_word": re.compile(r"\(\s*\d"),
        "reply_and_you": re.compile(r"\d[ \t]*,?[ \t]*(?:a?nd|n|&)[ \t]*(?:u|you)\b|wbu|hbu"),
        "cjk_age": re.compile(r"\d ?周?[歳岁살세才]"),
        "cjk_age_words": re.compile(r"[一二两兩三四五六七八九十]周?[岁歳]"),
        "korean_age_words": re.compile(r"살"),
        "age_sex": re.compile(r"[(\[]\d\d? ?[mf][)\]]"),
        "sex_age": re.compile(r"[(\[][mf][ /,]? ?\d"),
        "age_slash_sex": re.compile(r"\d\s*/\s*[mf]"),
        "sex_slash_age": re.compile(r"[mf]\s*/\s*\d"),
        "sex_comma_age": re.compile(r"\b[mf]\s*,\s*\d"),
        "line_age_sex": re.compile(r"\d(?: ?|\s*,\s*)[mf]\b"),
        "looks_n": re.compile(r"(?:appear|look|seem)"),
        "person_comma_about_n": re.compile(
            r"(?:" + _SEEN_PERSON + r")"
            r"\s*[,(]?\s*(?:approx|about|around|roughly|maybe|poss|probably|perhaps|est|~)|\(\s*(?:approx|about|around|~)"
        ),
        "range_year_old": re.compile(
            r"\d[\s\-]*(?:y\w*[ \t]*)?(?:-|–|to|or|and|&|,)[ \t]*(?:or[ \t]+)?\d{1,2}[\s\-]*y"
        ),
        "person_paren_range": re.compile(r"\(\s*\d{1,2}\s*(?:[-–t/]|or)"),
        "age_label_other_language": re.compile(
            r"(?:alter|âge|età|alder|ikä|yaş)[ \t]*(?:\([^)\n]{1,12}\)[ \t]*)?[:=]|edad|leeftijd|wiek|idade|ålder|"
            r"возраст|ηλικία"
        ),
        "age_word_in_brackets": re.compile(
            r"\((?:alter|âge|età|alder|ikä|yaş|edad|leeftijd|wiek|idade|ålder|возраст|"
            r"вік|ηλικία|aois|umur|usia|edat|vârst|starost|věk|vek|kor|amžius|vecums|vanus)"
        ),
        "nearly_n": re.compile(r"\d[ \t]*,?[ \t]*(?:nearly|almost|going[ \t]+on|turning)[ \t]+\d"),
        "age_label_owner_other_language": re.compile(
            r"(?:edad|âge|età|idade|wiek|leeftijd|alter)\s+\S+\s*[^\s:=]*\s*[:=]"
        ),
        "asked_inline": re.compile(r"(?:age|old)[ \t]*\?"),
        "guessed_n": re.compile(r"\bbe\s+(?:\S+\s+){0,3}\d|as\s+\d"),
        "other_language_verb": re.compile(
            r"\b(?:ist|war|wird|werd|tiene|ten[ií]a|cumpl\w*|tem|tinha|fez|completou|compie|"
            r"compiuto|tengo|tenho|bin|ben|werde|word|(?:hij|zij|ze|meisje|jongen|dochter|zoon|zus|broer)\s+(?:is|was))"
            r"\s+(?:\S+\s+)?\d"
        ),
        "age_label_range": re.compile(r"age[ \t]+(?:range|bracket|group|band|est)"),
        "years_sex": re.compile(r"\d[ \t]*(?:years?|yrs?\.?)[ \t]*,[ \t]*(?:male|female|boy|girl|m\b|f\b)"),
        "claims_n": re.compile(r"(?:claim|pretend|purport|lie[sd]|lying)\w*\s+(?:that\s+)?(?:to\s+be|he|she|they)"),
        "other_language": re.compile(
            r"\d[ \t\-]*(?:a|b|j|l|å|v|é|ε|χ|л|г|y|t|e|s|س|व|स|ป|ব|ع|р|წ|տ|н|ж|ي|с|m|g|á|o|u|r|ా|స|ವ|വ|අ|ឆ|န|ປ|ዓ|"
            r"އ|я|w|ý|י|ō)"
        ),
        "having_years": re.compile(r"ha(?:ve|s|ving)\s+\S+\s+year"),
        "na_ako": re.compile(r"\d\s+na\s+(?:ako|siya|sya)"),
        "other_language_before": re.compile(r"berum|berus|umurnya|usianya|umri|miaka|בן|בת|בגיל|عمر"),
        "years_then_number": re.compile(
            r"(?:miaka|imyaka|iminyaka|eminyaka|shekar|ọdún|afọ|makore|emyaka|dilemo|zaka|umur|usia)[ \t]"
        ),
        "world_label": re.compile(r"[:：=|\t][ \t|\"']*\d"),
        "other_language_words": re.compile(
            r"[a-zßäöüéèêçñíóúąćęłńśźż][ \t\-]+(?:años|anos|ans|jahre|jährig|anni|jaar|lat)\b"
        ),
        "person_n_years": re.compile(r"\d\s*(?:years?|yrs?)"),
        "name_comma_n": re.compile(
            r"[,(，、（]\s*(?:(?:now|currently|only|just|barely|not\s+even|still\s+only|still\s+just)\s+)?(?:\d|ten|eleven|twel|thirt|fourt|fift|sixt|sevent|eight|ninet|twent|fort)|\s[-–—]\s+\d"
        ),
        "self_name_n": re.compile(r"(?:i['’]?m|am|name['’]?s?|is)\s+[a-z][a-z'\-]{1,15}\s*,?\s+\d"),
        "who_is_n": re.compile(r"\b(?:who|that|whom|he|she|they|i|we|you)\s+(?:[a-z']+\s+){1,3}?(?:is|was)\s+\S*\s*\d"),
        "self_n": re.compile(r"(?:hes|shes|i'?m|i’m|i\s+am|i\s+was|turn|be|me|re)\s"),
    }

    def may_match(self, index: int, name: str, lowered: str) -> bool:
        if name in _OTHER_SCRIPT_PATTERNS and lowered.isascii():
            return False  # their words or digits' units are in other scripts: one C-speed check skips them all
        return super().may_match(index, name, lowered)

    def candidates(self, text: str) -> Iterator[tuple[str, int, int, float]]:
        if _LETTER.search(text) is None:
            return  # a phone, a card, a date, an amount: digits without a word say no one's age
        yield from super().candidates(text)
        yield from table_ages(text)
        for _a, _b, start, end in birth_and_age_cells(text):
            yield "age_beside_birth_date", start, end, 0.85  # "…,2013-07-17,10,…": the age the date gives
        yield from listed_ages(text)
        yield from named_ages(text)
        for m in NAME_IS_AGE.finditer(text):
            if chat_name_word(m.group("name")) and not not_a_person(text, *m.span("name")):
                yield "name_is_age", *m.span("age"), 0.7
        yield from kin_named_ages(text)

    def analyze(self, text: str, entities: list[str], nlp_artifacts=None) -> list[RecognizerResult]:  # noqa: ANN001
        kept = []
        for result in super().analyze(text, entities, nlp_artifacts):
            value = text[result.start : result.end]
            age = age_value(value)
            if age is None or age > OLDEST or not_a_persons_age(text, result.start, result.end, _pattern(result)):
                continue
            if _pattern(result) in _RANGE_PATTERNS and not _ascends(value):
                continue
            if age < ADULT and "ties" not in value and "0s" not in value and "0’s" not in value:
                result.entity_type = "MINOR_AGE"
            kept.append(result)
        kept.extend(_alternatives(text, kept))
        kept.extend(_later_ages(text, kept))
        # One finding per age: the widest of the patterns that matched it ("age 9" over "9"), at the best score.
        widest: list[RecognizerResult] = []
        for r in sorted(kept, key=lambda r: (r.start, r.start - r.end)):
            outer = next((o for o in widest if o.start <= r.start and r.end <= o.end), None)
            if outer is None:
                widest.append(r)
            else:
                outer.score = max(outer.score, r.score)
        return widest


# A second guess at the same age right after it: "about 12 or 13", "16 going on 17", "maybe 14/15".
_ALTERNATIVE_AFTER = re.compile(
    r"(?:[ \t]*(?:years?|yrs?|y/?o))?[ \t]*(?:or|going[ \t]+on|/|or[ \t]+(?:maybe|possibly|so)|"
    r",?[ \t]*(?:maybe|possibly|perhaps|probably|or)|"
    # a speaker's correction, as dictation keeps it: "thirteen no sorry twelve", "ten, no, nine", "ten um no nine"
    r",?[ \t]*(?:(?:um|uh|erm|hmm|hm)[ \t,]+)*(?:no|sorry|actually|i[ \t]+mean)"
    r"(?:[ \t,]+(?:no|sorry|actually|i[ \t]+mean|wait))*)[ \t,]*"
    r"(\d{1,2}|" + _WORD_AGE + r")(?!\d|[.,:/]\d|%|[\w\-])"
    r"(?![ \t]*(?:%|am|pm|a\.m|p\.m|minutes?|hours?|days?|weeks?|months?|times|people|kids|children|items|of\b))"
)


# The next age of a reply about several people: "how old are they?" / "12 and 9", "14, 11 and 6".
_NEXT_IN_REPLY = re.compile(r"[ \t]*(?:,|and|&|n)[ \t]*(\d{1,2})(?=[ \t]*(?:[.!?,&]|and\b|$))", re.MULTILINE)


def alternative_after(text: str, end: int) -> tuple[int, int, int] | None:
    """(start, end, age) of the other age of a guess or a correction right after an age ending at `end` ("12 or 13",
    "thirteen no sorry twelve"), or None."""
    m = _ALTERNATIVE_AFTER.match(text, end)
    age = age_value(m.group(1)) if m else None
    if m is None or age is None or age > OLDEST:
        return None
    return m.start(1), m.end(1), age


def _alternatives(text: str, found: list[RecognizerResult]) -> Iterator[RecognizerResult]:
    """The other age of a guess ("about 12 or 13"), and the next ages of a chat reply ("12 and 9"), as findings like
    the first one's: each says how old someone is."""
    for result in found:
        if _pattern(result).startswith("chat_reply"):
            end = result.end
            while (m := _NEXT_IN_REPLY.match(text, end)) is not None:
                end = m.end()
                yield _like(result, m.start(1), m.end(1), age_value(m.group(1)) or ADULT)
        other = alternative_after(text, result.end)
        if other is not None:
            yield _like(result, *other)


def _like(result: RecognizerResult, start: int, end: int, age: int) -> RecognizerResult:
    """A finding of the age `age` at text[start:end], made as `result` was."""
    return RecognizerResult(
        entity_type="MINOR_AGE" if age < ADULT else "AGE",
        start=start,
        end=end,
        score=result.score,
        analysis_explanation=result.analysis_explanation,
        recognition_metadata=result.recognition_metadata,
    )


_RANGE_PATTERNS = frozenset({"is_range", "person_bare_n", "person_paren_range"})
_TWO_NUMBERS = re.compile(r"(\d{1,3})\D{1,6}?(\d{1,3})")


def _ascends(value: str) -> bool:
    """Whether a guess between two ages goes up by a little ("12/13", "9-10", "35-40"), as a guess does; "3-1" is a
    score, "12/3" a date, "5/10" a rating."""
    m = _TWO_NUMBERS.search(value)
    if m is None:
        return True
    step = int(m.group(2)) - int(m.group(1))
    return 0 < step <= (2 if "/" in value else 10)


# The same person's age at another time, later in the sentence: "was 14 when the photos were taken and is 17 now".
_LATER_AGE = re.compile(
    r"[^.!?\n]{0,80}?\b(?:and|but|who)\s+(?:(?:she|he)\s+)?(?:is|was|['’]s)\s+(?:now\s+)?(\d{1,2})"
    r"(?![\w\-:/%]|[.,]\d)(?=[ \t]*(?:now|today|these\s+days|at\s+present)?[ \t]*(?:[.,;!?)]|$))",
    re.IGNORECASE,
)


def _later_ages(text: str, found: list[RecognizerResult]) -> Iterator[RecognizerResult]:
    """A second age after an age in the same sentence, of the same person at another time ("and is 17 now")."""
    for result in found:
        m = _LATER_AGE.match(text, result.end)
        age = age_value(m.group(1)) if m else None
        if m is None or age is None or any(r.start == m.start(1) for r in found):
            continue
        yield RecognizerResult(
            entity_type="MINOR_AGE" if age < ADULT else "AGE",
            start=m.start(1),
            end=m.end(1),
            score=result.score,
            analysis_explanation=result.analysis_explanation,
            recognition_metadata=result.recognition_metadata,
        )


_LETTER = re.compile(r"[^\W\d_]")
_YEARS_WORD = re.compile(r"[ \t\-]*[^\W\d_]+(?:[ \t]+alt)?")


def _years_end(text: str, end: int) -> int:
    """Where the word for years after an age's number ends ("15| años" -> after "años")."""
    m = _YEARS_WORD.match(text, end)
    return m.end() if m else end


def _pattern(result: RecognizerResult) -> str:
    return result.analysis_explanation.pattern_name if result.analysis_explanation else ""


# The age of a thing, not a person: "a 30-year-old building", "the firm turns 30", "it's 3 years old".
_THINGS = (
    r"building|house|home|property|company|firm|business|brand|store|shop|charity|organi[sz]ation|church|school|"
    r"club|team|program(?:me)?|project|event|festival|tradition|car|vehicle|truck|van|boat|bike|tree|bridge|"
    r"computer|laptop|machine|device|phone|system|software|equipment|mortgage|bond|loan|debt|record|wine|whisk(?:e)?y|"
    r"scotch|cheese|beef|steak|cask|barrel|bottles?|vintage|port|malt|rum|bourbon|brandy|cognac|ham|vinegar|beer|product|model|version|policy|account|game|structure|document|file|website|site|app|it|this|that|"
    r"battery|batteries|roof|boiler|furnace|appliance|printer|server|router|fridge|mattress|tyres?|tires?|"
    # vehicles, fittings and animals: "the minibus is 11 years old", "our dog is 12"
    r"minibus|bus|coach|lorry|tractor|trailer|caravan|motorhome|ship|yacht|plane|aircraft|train|engine|kitchen|"
    r"bathroom|carpet|fence|shed|garage|windows|furniture|sofa|piano|dog|horse|pony|puppy|kitten|pet|"
    # structures, animals, trees and spirits: "a 36-year-old container port", "a 4yo gelding", "an 8 year old Calvados"
    r"dam|viaduct|tunnel|tower|castle|cathedral|mosque|temple|monument|statue|lighthouse|mill|canal|railway|"
    r"station|pier|harbou?r|terminal|stadium|airport|mare|gelding|colt|filly|stallion|hound|cat|oak|yew|cedar|"
    r"sequoia|vine|calvados|gin|sherry|madeira|armagnac|"
    # pets and farm animals, as an adoption board lists them ("TOFU — Border collie dog, 12 years old")
    r"rabbit|guinea[ \t]+pig|hamster|gerbil|rat|mouse|ferret|parrot|budgie|cockatiel|tortoise|turtle|lizard|gecko|"
    r"snake|python|goat|sheep|ewe|lamb|cow|heifer|calf|bull|pig|donkey|mule|llama|alpaca|hen|chicken|duck|goose|"
    r"lurcher|greyhound|collie|terrier|spaniel|retriever|shepherd|poodle|labrador|staffie|husky|kitty|tabby|shorthair"
)
_THING_BEFORE = re.compile(
    r"\b(?:" + _THINGS + r")(?:['’]s|\s+(?:is|was|turned|turns|will\s+turn|just\s+turned|has\s+turned)|\s*[:,])?\s+"
    r"(?:(?:now|only|just|about|almost|nearly)\s+)?(?:turned|turns|turning|is|was|be)?\s*$",
    re.IGNORECASE,
)
# The thing may come a word or two on ("a 36-year-old container port", "a 3 year old aged rum"), past words that
# are neither a pointer, a verb of acting ("driving") nor a person's (those are checked first: _PERSON_AFTER).
_THING_AFTER = re.compile(
    r"[\s\-]+(?:(?!(?:a|an|the|his|her|their|my|your|our|with|who|and|or|in|on|at|from|of|to|was|is|has|had|"
    r"when|while|by|for)\b)[a-z][a-z\-]*(?<!ing)[ \t]+){0,2}(?:" + _THINGS + r")s?\b",
    re.IGNORECASE,
)
_PERSON_AFTER = re.compile(r"[\s\-]+(?:" + _PERSON_NOUNS + r")\b", re.IGNORECASE)
_FULL_NAME_AFTER = re.compile(r"[ \t]+[A-Z][^\W\d_]+(?:[ \t]+[A-Z][^\W\d_]+)+")
_GRADE_BEFORE = re.compile(r"(\d{1,2})\D{0,10}$")


def _age_fits_grade(text: str, start: int, end: int) -> bool:
    """Whether "Grade 8 (13)" holds a pupil's age: 3 to 7 years over the grade, not a count ("Year 2 (15)")."""
    grade = _GRADE_BEFORE.search(text, max(0, start - 24), start)
    age = age_value(text[start:end])
    return grade is not None and age is not None and 3 <= age - int(grade.group(1)) <= 7


_NAME_BEFORE = re.compile(r"((?:[A-Z][\w&'’.\-]*[ \t]+){0,3}[A-Z][\w&'’.\-]*)[ \t]*[,(][ \t]*$")


# A rule's age, no one's: "minimum age 13 for an account", "the legal age of 18", "retirement age: 67".
_RULE_BEFORE = re.compile(
    r"\b(?:minimum|maximum|min\.?|max\.?|legal|required|recommended|suggested|eligibility|eligible|retirement|"
    r"voting|drinking|driving|entry|starting|school[ \-]leaving|cut-?off|qualifying|mandatory|statutory|pension)"
    r"[ \t]+(?:(?:age|ages)\b[^\n\d]{0,12})?$",
    re.IGNORECASE,
)


# A group of people in general before "aged 5 to 12" ("for children aged", "young people aged"): no determiner,
# number or possessive before the group's word, which "two girls aged 14 and 15", "my kids aged 6-9" have.
# People in general, counted or ruled on as a group ("users aged 13-15", "children aged 5 to 12").
_GROUPS = (
    r"(?:children|kids|young[ \t]+people|youngsters|pupils|students|players|participants|teens|teenagers|juniors|"
    r"campers|entrants|applicants|learners|people|boys|girls|users|accounts|members|customers|adults|minors|"
    r"respondents|individuals|persons|residents|visitors|viewers|subscribers)"
)
_GENERIC_GROUP_BEFORE = re.compile(
    r"(?:(?<![\w'’])(?!(?:the|these|those|both|my|his|her|our|their|your|two|three|four|five|six|several|\d+)\s)"
    r"[a-z]+[ \t]+|(?:^|(?<=[\n.!?:;]))[ \t]*)(?:(?:young|older|younger|all|local)[ \t]+)?"
    + _GROUPS
    + r"(?:[ \t]*,)?[ \t]+"
    # "Users under the age of 16 may not …": a rule for a group
    r"(?:(?:under|over|below|above|younger[ \t]+than|older[ \t]+than)[ \t]+the[ \t]+age[ \t]+of[ \t]+)?$",
    re.IGNORECASE,
)
# A product's or a venue's limit for children in general, in many languages: "not suitable for children under 3
# years", "Nicht für Kinder unter 3 Jahren", "ne convient pas aux enfants de moins de 36 mois", "Nevhodné pre deti do
# 3 rokov", "Ni primerno za otroke, mlajše od 3 let": "for" and a word for children, then "under", before the number.
# ("two children under 12" has no "for": those are two children, and their ages stay.)
_LIMIT_FOR_CHILDREN_BEFORE = re.compile(
    r"(?<![\w])(?:for|f[üu]r|pour|aux|à|a|per|para|voor|dla|pre|pro|för|til|za|pentru|для|για)[ \t]+"
    r"(?:(?:young|small|little|kleine|jeunes|piccoli|pequeños)[ \t]+)?"
    r"(?:children|kids|infants|toddlers|kinder|kindern|kleinkinder|enfants|bambini|niños|ninos|crianças|criancas|"
    r"kinderen|dzieci|děti|deti|detí|otroke|otroci|djecu|djeca|decu|barn|børn|copii|copiilor|детей|дітей|παιδιά)"
    r"[ \t]*,?(?:[ \t]+[^\W\d_]+){0,3}?[ \t]+"
    r"(?:under|unter|sous|sotto(?:[ \t]+i)?|menores[ \t]+de|menos[ \t]+de|(?:de[ \t]+)?moins[ \t]+de|"
    r"inférieure?[ \t]+à|inferiore[ \t]+a|jonger[ \t]+dan|onder[ \t]+de|poniżej|do(?:[ \t]+lat)?|"
    r"mladší(?:ch)?[ \t]+(?:než|ako)|mlajše[ \t]+od|mlađ[aeiu][ \t]+od|sub|до|младше|κάτω[ \t]+των)[ \t]+$",
    re.IGNORECASE,
)
# A content or product rating's age, no one's: "suitable from age 12 upward", "recommended for ages 8+", "rated 15",
# "PEGI 16", "FSK 12", "ages 3 and up".
_RATING_BEFORE = re.compile(
    r"\b(?:suitable|recommended|appropriate|rated|approved|intended|designed)[ \t]+(?:(?:only[ \t]+)?(?:from|for|to)"
    r"[ \t]+)?(?:(?:children|kids|players|viewers|readers|users)[ \t]+)?(?:(?:aged?|ages)[ \t]+)?$|"
    r"\b(?:PEGI|FSK|USK|BBFC|ESRB|ACB|IARC|ClassInd|Kijkwijzer|CERO|GRAC)[ \t]*:?[ \t]*$",
    re.IGNORECASE,
)
_RATING_AFTER = re.compile(
    r"[ \t]*(?:\+|(?:and|or)[ \t]+(?:up|over|above|older)(?=[ \t]*(?:[.,;:)\n]|$))|upwards?(?![\w]))"
)
# A call in code right before the number ("Relu(10)", "contains(test, 1)"): an identifier glued to its bracket.
_CODE_CALL = re.compile(r"\w\((?:[^()\n]{0,20},[ \t]*)?$")
_NAME_YRS = re.compile(r"[^\n]*?(?<![\w\-'’@])([A-Za-z][a-z]{2,14})[ \t]+$")
_NUMBER_LIST_AFTER = re.compile(r"[ \t]*,[ \t]*\d")  # "(4,5, 6)": a list of numbers


# "a white male 35", "the female 16": a description; "Staff: male 12, female 14" is a head count.
_SEX_WORD_BEFORE = re.compile(
    r"(?:(?P<d>\b(?:a|an|the|white|black|asian|adult|young|older|unknown|as|mixed[\s\-]race|caucasian|hispanic|"
    r"latino|latina|arab|south[\s\-]asian|another))[ \t]+)?(?:male|female|man|woman)[ \t]+$",
    re.IGNORECASE,
)


def _counted_by_sex(text: str, start: int, end: int) -> bool:
    """Whether one number after "male"/"female" with no describing word before counts people by sex; a range or a
    decade ("male 35-40", "female 30s") stays an age."""
    m = _SEX_WORD_BEFORE.search(text, max(0, start - 40), start)
    single = re.fullmatch(r"\d{1,2}", text[start:end]) is not None
    return m is not None and m.group("d") is None and single


_AGES_BAND = re.compile(r"ages[ \t]+(?:over|under)\b", re.IGNORECASE)


# A numbered clue of two words or more ending in its answer's length in brackets: "7. Radiation counter (6)",
# "12 Across: Sea bird (4,3)"; a clue has a lower-case word ("1. Tyler Smith (10)" is a child and her age).
_CLUE_LINE = re.compile(
    r"[ \t]*\d{1,2}(?:[.)]|[ \t]+(?i:across|down)\b:?)[ \t]+(?=[^\n(]*\b[a-z]{3,}\b)\S+(?:[ \t]+\S+)+[ \t]*"
    r"\(\d{1,2}(?:[,\-]\d{1,2})*\)[ \t]*$"
)


def _clue_list(text: str) -> bool:
    """Whether the text holds three or more such clues: a crossword, not a list of people."""
    return sum(1 for line in text.splitlines() if _CLUE_LINE.match(line)) >= 3


# A line that illustrates a rule or a price with a made-up person.
_EXAMPLE_LINE = re.compile(
    r"(?i:\b(?:example|e\.g\.|for\s+instance|illustrati\w+|hypothetical|premium\s+calculation)\b)"
)


# A match's score, then the side it was against, then the bracket before the number: "2–1 Forest Foxes (".
_SCORE_THEN_SIDE = re.compile(
    r"\d{1,3}[ \t]*[–\-:][ \t]*\d{1,3}[ \t]+(?:[A-Z][\w'’.\-]*[ \t]+){0,3}[A-Z][\w'’.\-]*[ \t]*[(（][ \t]*$"
)
_ADDRESS_CHARS = frozenset("0123456789abcdefABCDEF:.")


def _inside_address(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] is part of an IP address written around it."""
    left, right = start, end
    while left > 0 and text[left - 1] in _ADDRESS_CHARS:
        left -= 1
    while right < len(text) and text[right] in _ADDRESS_CHARS:
        right += 1
    run = text[left:right].rstrip(".")
    return run != text[start:end] and (":" in run or "." in run) and is_ip_address(run)


def not_a_persons_age(text: str, start: int, end: int, pattern: str) -> bool:
    """Whether a matched number is the age of a thing or a firm ("Morgan Stanley (12)"), or a rule's ("minimum age
    13"), not of a person."""
    if aged_goods_line(text, start):
        return True  # "Glen Moray 18 Years Old, 70cl", "Tawny port (20 years old)": a product's age
    if _inside_address(text, start, end):
        return True  # "2001:db8:801::f0": hex digits of an IPv6 address, read as "f" and "0"
    if text[end : end + 1] == ")" and _clue_list(text) and _CLUE_LINE.match(line_of(text, start)):
        return True  # "3. Unit of force named after the author of the Principia (6)": a crossword answer's length
    if pattern in ("age_n", "aged_n", "age_of", "age_ocr") and _RULE_BEFORE.search(text, max(0, start - 40), start):
        return True
    if pattern in ("other_language", "other_language_words") and (
        _DURATION_BEFORE.search(text, max(0, start - 16), start) or _DURATION_AFTER.match(text, _years_end(text, end))
    ):
        return True  # "hace 15 años", "15 anni fa", "seit 15 Jahren": a span of time
    if pattern in ("n_year_old", "range_year_old") and _EXAMPLE_LINE.search(line_of(text, start)):
        return True  # "Example premium calculation: a 35-year-old non-smoker": an illustration's, no one's
    if pattern in ("n_year_old", "range_year_old", "turned_n", "is_n", "aged_months"):
        before = text[max(0, start - 40) : start]
        if pattern.endswith("year_old") and _PERSON_AFTER.match(text, end):
            return False  # "This 79 year old female": "this" points at the person
        if pattern.endswith("year_old") and _FULL_NAME_AFTER.match(text, end) and not _THING_AFTER.match(text, end):
            return False  # "Again, that's 7-year-old Thi Linh Phan": "that" points at the person named
        if _THING_BEFORE.search(before) or (pattern.endswith("year_old") and _THING_AFTER.match(text, end)):
            return True
    if pattern == "grade_paren":
        return not _age_fits_grade(text, start, end)
    if pattern in ("age_n", "aged_n") and _AGES_BAND.search(text, max(0, start - 12), end):
        return True  # "ages over 89 in one band": a band of people in general, no one's age
    if pattern in ("age_n", "aged_n", "age_of") and _GENERIC_GROUP_BEFORE.search(text, max(0, start - 60), start):
        return True  # "open to children aged 5 to 12": a programme's eligibility, no one's age
    if _LIMIT_FOR_CHILDREN_BEFORE.search(text, max(0, start - 80), start):
        return True  # "Nicht für Kinder unter 3 Jahren": a product's limit, no one's age
    if _RATING_BEFORE.search(text, max(0, start - 60), start) or (
        pattern in ("age_n", "aged_n", "age_of") and _RATING_AFTER.match(text, end)
    ):
        return True  # "suitable from age 12 upward", "ages 8+": a rating's, no one's
    if pattern == "name_yrs":
        m = _NAME_YRS.match(text, max(0, start - 16), start)
        return m is None or m.group(1).casefold() not in FIRST_NAMES
    if pattern == "person_bare_n" and _counted_by_sex(text, start, end):
        return True
    if pattern in ("name_comma_n", "person_aside_n", "title_dash_n"):
        if _CODE_CALL.search(text, max(0, start - 40), start) or _NUMBER_LIST_AFTER.match(text, end):
            return True  # "chain(Relu(10), Relu(1))", "5 IN (4,5, 6)": an expression's numbers
        if text[text.rfind("\n", 0, start) + 1 : start].strip() in ("(", "（"):
            return True  # "  (1) Northside Rovers 2–4 …": a list's number in brackets opening its line
        if _SCORE_THEN_SIDE.search(text, max(0, start - 60), start):
            return True  # "Iron Works FC 2–1 Forest Foxes (4)": a side's seed after a match's score
        if text[end : end + 1] == ")" and text[end + 1 : end + 2].isdigit():
            return True  # "(01)00985856517950(17)250729": a GS1 barcode's application identifier
        m = _NAME_BEFORE.search(text, max(0, start - 60), start)
        if m is not None and not_a_person(text, m.start(1), m.end(1)):
            return True
    return False


_AGE_HEADER = re.compile(
    r"(?:(?:child|child's|victim|victim's|subject|donor|caller|member|user|person|current|reported|claimed|stated|"
    r"approx\.?|approximate|estimated|est\.?|apparent|self-reported|given)[\s_]+)?"
    r"(?:age|alter|età|âge|edad|idade|leeftijd|wiek|yaş|возраст|вік|ålder|alder|ikä|年齢|年龄|나이)"
    r"(?:\s*\((?:yrs?|years?|y)\))?(?:\s+(?:yrs?|years))?",
    re.IGNORECASE,
)
_AGE_HEADER_WORDS = (
    "age",
    "alter",
    "età",
    "âge",
    "edad",
    "idade",
    "leeftijd",
    "wiek",
    "yaş",
    "возраст",
    "вік",
    "ålder",
    "alder",
    "ikä",
    "年齢",
    "年龄",
    "나이",
)
_CELL_AGE = re.compile(r"(\d{1,3})(?:\s*(?:y|yrs?|years?|yo|y/o))?\.?", re.IGNORECASE)


def table_ages(text: str) -> Iterator[tuple[str, int, int, float]]:
    """The cells under an "Age" column of a pasted table ("Name | Age | City", tab- or ";"-separated rows), an
    <age> element of XML, and the age column's values of an SQL INSERT."""
    lowered = text.lower()
    if not any(word in lowered for word in _AGE_HEADER_WORDS):
        return
    for start, end in column_cells(text, _AGE_HEADER):
        m = _CELL_AGE.fullmatch(text, start, end)
        if m:
            yield "table_column", m.start(1), m.end(1), 0.85
    for m in _XML_AGE.finditer(text):
        yield "xml_element", m.start(2), m.end(2), 0.85
    yield from _sql_ages(text)


# "<age>17</age>", "<child_age>9</child_age>"
_XML_AGE = re.compile(r"<(?P<tag>(?:\w+_)?age)>[ \t]*(\d{1,3})[ \t]*</(?P=tag)>", re.IGNORECASE)


def _sql_ages(text: str) -> Iterator[tuple[str, int, int, float]]:
    """The age column's values of an SQL INSERT ("INSERT INTO t (first_name, age) VALUES ('Ana', 7)")."""
    for cols, values in insert_rows(text):
        index = next((i for i, c in enumerate(cols) if _AGE_HEADER.fullmatch(c.replace("_", " "))), None)
        if index is None or index >= len(values):
            continue
        m = re.fullmatch(r"\d{1,3}", text[values[index][0] : values[index][1]])
        if m:
            yield "sql_column", values[index][0], values[index][1], 0.85


_LISTED = re.compile(
    r"\b(?:ages|aged)\b[^\n\d]{0,30}?(?P<list>\d{1,2}(?:\s*(?:,|&|and|,\s*and)\s*\d{1,2}(?![\w\-.:/]|\.\d))+)"
    r"(?!\s*(?:%|minutes?|hours?|days?|weeks?|months?|years?\s+ago|people|items|dollars))",
    re.IGNORECASE,
)


_LISTED_NEED = re.compile(r"\d\s*(?:,|&|and|/)\s*\d")  # two numbers in a list, looked for before _LISTED_CHILDREN
# "her kids (9 and 11)", "two daughters, 6 and 8": the ages of several children after the word for them.
_LISTED_CHILDREN = re.compile(
    r"\b(?:kids|children|sons|daughters|girls|boys|siblings|twins|grandchildren|grandkids|brothers|sisters|victims|"
    r"youngsters|teens|teenagers)"
    # "kids (9 and 11)", "Victims: 12, 14 and 15", "children 2 and 5", "kids 3/5/9" (three or more: "3/4" is a share)
    r"(?:\s*[(,:]\s*|\s+(?:of\s+)?|(?:\s+(?:in|at|the|house|home|household|family|care|involved|concerned|present|living|here)){1,3}\s*:\s*)"
    r"(?P<list>\d{1,2}(?:\s*(?:,|&|and|,\s*and)\s*\d{1,2}(?![\w\-:/]|[.,]\d))+|"
    r"\d{1,2}(?:/\d{1,2}){2,}(?![\w\-.:/]|\.\d))(?:\s*(?:years?|yrs?|y/?o)(?:\s+old)?)?\s*"
    r"(?:[).;,]|$|\s+(?:and|who|are|were|was|had|have|being|outside|at|in|from|with|near)\b)"
    r"(?!\s*(?:%|minutes?|hours?|days?|weeks?|months?|years?\s+ago|people|items|dollars|stock|total|each|points|"
    r"goals|games|teams?)\b)",
    re.IGNORECASE | re.MULTILINE,
)


# "they are 12 and 14", "my kids are 6, 9 and 12", "both girls are 14": the ages of several people after "are".
_PLURAL_ARE = re.compile(
    r"\b(?:they|kids|children|sons|daughters|girls|boys|twins|siblings|grandchildren|grandkids|brothers|sisters|"
    r"both|victims)\s+(?:are|were)\s+(?:(?:now|only|just|both|aged|under|over)\s+)?"
    r"(?P<list>(?>\d{1,2}(?:\s*(?:,|&|and|,\s*and|to)\s*\d{1,2})*))(?![\w\-:/%]|[.,]\d)"
    r"(?=\s*(?:[.;!?)]|,(?!\s*\d)|$|(?:and|but|now|so)\b|(?:years?|yrs?)\s+old\b))",
    re.IGNORECASE | re.MULTILINE,
)
_PLURAL_NEED = re.compile(r"\b(?:are|were)\s+(?:\w+\s+)?\d", re.IGNORECASE)


# Two or more first names each with a bare number: "children: Amy 6, Ben 9", "Amy 6 and Ben 9".
_NAMED_PAIR = r"[A-Z][a-z]{2,14}[ \t]+\d{1,2}(?![\w\-:/%]|[.,]\d)"
_NAMED_RUN = re.compile(_NAMED_PAIR + r"(?:[ \t]*(?:,|;|&|\band\b|,[ \t]*and\b)[ \t]*" + _NAMED_PAIR + r")+")
_NAMED_AGE = re.compile(r"([A-Z][a-z]{2,14})[ \t]+(\d{1,2})")
_NOT_PEOPLE_WORD = re.compile(_NOT_PEOPLE)  # "Page 3 and Page 9", "April 3, May 4"


_NAME_THEN_AGE = r"[^\W\d_][\w'’\-]*(?:[ \t][^\W\d_][\w'’\-]*)?[ \t]*\([ \t]*\d{1,2}[ \t]*\)"
# Children named after the word for them, each with the age in brackets, any case: "kids brianna (11) and
# travis (11)", "sons: Tomasz (9), Piotr (7)". (After a kin word only: "Team Blue (14)" is a score.)
_KIN_NAMED = re.compile(
    r"\b(?:kids?|children|child|sons?|daughters?|girls?|boys?|siblings?|twins|grandchildren|grandkids|brothers?|"
    r"sisters?|nieces?|nephews?|cousins?|stepsons?|stepdaughters?)\b[ \t]*:?[ \t]*"
    r"(?P<list>" + _NAME_THEN_AGE + r"(?:[ \t]*(?:,|&|and|,[ \t]*and)[ \t]*" + _NAME_THEN_AGE + r")*)",
    re.IGNORECASE,
)


def kin_named_ages(text: str) -> Iterator[tuple[str, int, int, float]]:
    """Each age in brackets of children named after the word for them (see `_KIN_NAMED`)."""
    if "(" not in text:
        return
    for m in _KIN_NAMED.finditer(text):
        for n in re.finditer(r"\((?:[ \t]*)(\d{1,2})", m.group("list")):
            yield "kin_named", m.start("list") + n.start(1), m.start("list") + n.end(1), 0.8


def named_ages(text: str) -> Iterator[tuple[str, int, int, float]]:
    """Each age of a run of first names with bare numbers, when every word is a first name ("Ruby 3 and Rails 7" is
    software, "Amy 6 and Ben 9" two children)."""
    for run in _NAMED_RUN.finditer(text):
        pairs = list(_NAMED_AGE.finditer(text, run.start(), run.end()))
        if all(p.group(1).casefold() in FIRST_NAMES and not _NOT_PEOPLE_WORD.fullmatch(p.group(1)) for p in pairs):
            for p in pairs:
                yield "named_ages", p.start(2), p.end(2), 0.7


def listed_ages(text: str) -> Iterator[tuple[str, int, int, float]]:
    """Every number of "ages 4, 7 and 12", "children aged 8 and 11", "her kids (9 and 11)", "they are 12 and 14"."""
    children = _LISTED_CHILDREN.finditer(text) if _LISTED_NEED.search(text) else ()
    plural = _PLURAL_ARE.finditer(text) if _PLURAL_NEED.search(text) else ()
    for m in (*_LISTED.finditer(text), *children, *plural):
        for n in re.finditer(r"\d{1,2}", m.group("list")):
            yield "listed", m.start("list") + n.start(), m.start("list") + n.end(), 0.8


_OCR_DIGITS = str.maketrans("lIOoSB", "110058")


def _cjk_value(value: str) -> int | None:
    """The number in Chinese or Japanese numerals ("二十三" is 23) or Korean native words ("열다섯" is 15)."""
    if "十" in value or value in _CJK_DIGITS:
        tens, _, units = value.partition("十")
        if "十" not in value:
            return _CJK_DIGITS[value]
        return _CJK_DIGITS.get(tens, 1) * 10 + _CJK_DIGITS.get(units, 0)
    korean = re.fullmatch(r"(" + "|".join(_KO_TENS) + r")?[ \t]?(\w+)?", value)
    if korean and (korean.group(1) or korean.group(2) in _KO_UNITS):
        return _KO_TENS.get(korean.group(1) or "", 0) + _KO_UNITS.get(korean.group(2) or "", 0)
    return None


_DECADES = {"twent": 20, "thirt": 30, "fort": 40, "fift": 50, "sixt": 60, "sevent": 70, "eight": 80, "ninet": 90}


def age_value(value: str) -> int | None:
    """The age a matched value states ("34", "thirty-four", "forties", "40s")."""
    for token in re.findall(r"[\dlIOoSB]+", value):
        if any(c.isdigit() for c in token) and len(token) <= 3:
            return int(token.translate(_OCR_DIGITS))  # "l5" as OCR reads "15"
    if (cjk := _cjk_value(value)) is not None:
        return cjk
    if (foreign := _FOREIGN_NUMBERS.get(value.lower())) is not None:
        return foreign
    low = value.lower()
    if "teens" in low:
        return TEEN  # "in her early teens": a teenager's age, a minor's
    for stem, n in _DECADES.items():
        if re.search(r"\b" + stem + r"ies\b", low):
            return n
    total = 0
    for word, n in {**_TENS, **_UNITS}.items():
        if re.search(r"\b" + word + r"\b", low):
            total += n
    return total or None
