"""Street addresses: number, street, unit, city, state, ZIP, across lines; PO/military boxes; European forms."""

import re
from collections.abc import Iterator, Set

from pii_pipeline.detection.prescreen import Screen, needs, screen_text, screen_words

from ._form_labels import WORLD_ADDRESS_WORDS, is_label_line
from ._names import _ALL_NOUNS, ENGLISH_WORDS, WORDS_NOT_NAMES, is_noun
from ._places import known_place
from ._recognizer_helpers import (
    STREET_PREFIXES,
    STREET_SUFFIXES,
    ContextRegexRecognizer,
    bank_directory_row,
    by_first_letter,
    csv_separator,
    line_bounds,
)

# A capitalised word (Latin with accents, Greek, Cyrillic; "∆" is a common stand-in for Greek Δ).
_UPPER = "".join(sorted({chr(c) for c in range(0x41, 0x530) if chr(c).isupper()} | {"\u2206"}))
_L1 = "[" + re.escape(_UPPER) + "]"
_W_REST = r"[\w'’.\-\u2206]*"
_W = _L1 + _W_REST
# A lower-case word inside a street name ("Trenerys gate 232", "Luite tee 87", "Jiřího z Poděbrad 1874").
_LW = r"[a-zà-öø-ÿāăąćčďēęěğīıłńňőœřśşšťūůűźżž]{1,14}\.?"
_NUM = r"\d{1,6}[A-Za-z]?(?:[\-/]\d{1,5}[A-Za-z]?)?"
_DIR = r"(?:(?:N|S|E|W|NE|NW|SE|SW|North|South|East|West)\.?\s+)"
_UNIT = (
    r"(?:(?:(?:Apt|Apartment|Suite|Ste|Unit|Room|Rm|Fl|Floor|Bldg|Building|Lot|Trlr|Flat|Box"
    # other languages' flats, doors and floors: "apto 42", "int. 3", "m. 12", "Whg. 5", "Top 4", "bus 2", "piso 5"
    r"|apto|Apto|dpto|Dpto|depto|Depto|piso|Piso|planta|int|Int|interno|scala|Scala|Whg|Top|bus|Bus|esc|Esc|"
    r"lok|Lok|étage)\b|(?<![\w\-])m\.(?=[ \t]?\d)|#)\.?\s*#?\s*"
    r"[A-Za-z0-9\-]{1,7}\b"
    # "2. OG links", "1. Stock", "EG": a German or Austrian floor
    r"|\d{1,2}\.[ \t]?(?:OG|UG|DG|Stock|Etage|Obergeschoss)(?:[ \t]+(?:links|rechts|Mitte|li\.|re\.))?"
    r"|(?:EG|DG|UG)(?:[ \t]+(?:links|rechts|Mitte))?\b"
    # "3º B", "2º izq.", "1ª dcha": a floor and door as Spanish and Portuguese addresses write them (NFKC in
    # detection/normalize.py makes "º" an "o" and "ª" an "a")
    r"|\d{1,2}(?:[ \t]?[º°ª]|[oa](?!\w))(?:[ \t]?(?:[A-Z]\b|izq(?:da|uierda)?\.?|dcha\.?|der(?:echa)?\.?|esq\.?|dto\.?|"
    r"frente|pta\.?[ \t]?\d{1,2}))?)"
)
_PARTICLES = (
    r"(?:de|da|do|dos|das|del|della|delle|dei|degli|dello|di|la|le|les|du|des|d'|l'|von|van|der|al|el|e|y|i|z|u|na)"
)
_STATES = (
    "AL|AK|AZ|AR|CA|CO|CT|DE|DC|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ|NM|NY|NC|ND|OH|"
    "OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY|PR|GU|VI|AA|AE|AP"
)
# Postal codes: digits ("45402", "00-590", "1100-053"), the UK's ("NW1 6XE", "TN23 1PP"), the Netherlands'
# ("1015 CJ"), Canada's ("K1A 0B1").
_POSTAL = (
    # (not a clock's hour: "[16:45]" opening a chat's next line)
    r"(?:\d{4}[ \t]?(?-i:[A-Z]{2})(?![\w'’])|\d{2,6}(?:[\- ]\d{2,5})?(?!\d|:\d)|"
    r"(?-i:[A-Z]{1,2}\d[A-Z\d]?[ \t]?\d[A-Z]{2})(?![\w'’])|(?-i:[A-Z]\d[A-Z][ \t]?\d[A-Z]\d)(?![\w'’]))"
)
_REGION = r"(?:" + _STATES + r"|[A-Z]{2,3})"
# One piece of what follows a street (unit, city, region, country, postal code), on the same line after a comma,
# or on the next lines of a mail or form layout ("> ", "??? " quoting and list marks before it).
_CITY = (
    r"(?:(?:"
    + _PARTICLES
    + r")[ \t]+(?="
    + _L1
    + r"))?"
    + _W
    + r"(?:[ \t]+(?:"
    + _W
    + r"|(?:"
    + _PARTICLES
    + r"|nad|pod|u|v|na|am|im|an|bei|sur|en)(?=[ \t]+"
    + _L1
    + r"))){0,4}"
)
_SEG = (
    r"(?:" + _UNIT + r"|" + _REGION + r"(?:[ \t]+" + _POSTAL + r")?(?![\w'’])|" + _CITY
    + r"(?:[ \t]*\([^()\n]{1,30}\))?(?:[ \t]*,?[ \t]*" + _REGION + r"(?![\w'’]))?(?:[ \t]*,?[ \t]*" + _POSTAL
    + r")?|" + _POSTAL + r"(?:[ \t]+" + _CITY + r")?|nan(?:[ \t]+" + _POSTAL + r")?"
    # A numbered part of a locality before the next comma: "Sector 4", "Lekki Phase 1".
    # "Dublin 6", "Sector 15-A": a district's number, last on its line.
    + r"|" + _CITY + r"[ \t]+\d{1,3}(?:-?[A-Z](?![\w'’]))?(?=[ \t]*(?:,|\n|$)))"
)  # fmt: skip
_NL = r"\n[^\w\n]{0,4}"
_TAIL = r"(?:[ \t]*,?[ \t]*" + _UNIT + r")?"
# The separators before a piece: a comma, a line break (with its quoting), or (same line) spaces.
# Where a piece may end: punctuation, a line break, the end, or a lower-case word ("… Coalville South Africa last").
_END_RX = r"[ \t]*(?:[,.;:?!)\n\"]|$)|[ \t]+[a-z]|[ \t]+[\-–][ \t]"
_END_RX_LOWER = (
    r"[ \t]*(?:[,.;:?!)\n\"]|$)|[ \t]+[\-–][ \t]|"
    r"[ \t]+(?:and|for|in|last|is|was|after|before|on|at|it|to|please|with|if|but)\b"
)
# After a blank line, only a line that ends in a postal code ("\n\n Estonia 62488"): a country and its code.
_BLANK_TAIL = re.compile(
    r"\n[ \t]*\n[^\w\n]{0,4}(?:" + _W + r"(?:[ \t]+(?:\(" + _W + r"\)|" + _W + r")){0,3}[ \t]*,?[ \t]+)?" + _POSTAL
    + r"(?=[ \t]*(?:[,.;)\n]|$))"
)  # fmt: skip
_BLANK_TAIL_LOWER = re.compile(_BLANK_TAIL.pattern, re.IGNORECASE)
# A building number before the street's own number ("lives at 28919 136 Filadelfeos Str.", "770 26 rue des …").
_NUM_BEFORE = re.compile(r"(?<![\w\-.,/+(])(?<!\d[ \t])\d{1,6}[A-Za-z]?[ \t]+$")
# A full stop after a word of four letters or more (not four consonants: "Brgy.", "Bldg."), then a word: a sentence's
# end inside what looked like one piece, not an abbreviation's ("St. Louis", "Brgy. 24").
_SENTENCE_END = re.compile(r"(?<=[^\W\d_]{4})(?<![^\W\d_aeiouAEIOU]{4})\.[ \t]+(?=[^\W\d_])")
# "São Paulo - SP": a dash between the town and its state.
_SEP = r"(?P<sep>[ \t]*(?:,[ \t]*(?:" + _NL + r")?|" + _NL + r"[ \t]*,?[ \t]*)|[ \t]+[\-–][ \t]+|[ \t]+)"
_NEXT_SEG = re.compile(_SEP + r"(?P<seg>" + _SEG + ")(?=" + _END_RX + ")")
_NEXT_SEG_LOWER = re.compile(_SEP + r"(?P<seg>" + _SEG + ")(?=" + _END_RX_LOWER + ")", re.IGNORECASE)
# The line up to a unit word, ending in a capitalised name: "Venue: Stanley Park Pavilion Room: Harrison ".
_NAMED_ROOM_BEFORE = re.compile(r"[^\n]*\b[A-Z][a-z]+[ \t]+$")
_NUMBER_NEXT = re.compile(r"[ \t,]+\d")  # "… Suite 210 4410 Elm Road": a street follows the unit
_SUFFIX_WORD = re.compile(r"(?i:" + STREET_SUFFIXES + r")")
_TIME_BEFORE = re.compile(r"\d[:.]$")
# A street prefix followed by an English determiner or pronoun: "via the portal", "via email", "Calle" never is.
_ENGLISH_AFTER_PREFIX = re.compile(
    r"\w+\.?\s+(?:the|a|an|our|your|their|his|her|its|my|this|that|these|those|which|email|e-mail|phone|text|"
    r"post|mail|zoom|teams|slack|cheque|check|bank|wire|online|direct)\b",
)
# Verbs and prepositions of an English sentence: no word of a street named after its type ("Rue des Lilas 5",
# "Rua Vinte e Cinco de Setembro 1257" hold only particles).
_ENGLISH_INSIDE = frozenset(
    "will would shall should can could may might must is are was were be been has have had until till from with "
    "for after before during since continue continues remain remains reopen reopens close closes closed open "
    "opens".split()
)
# What happens on a street that is nobody's address: works, traffic and events, in the same clause before it.
_PUBLIC_WORKS_BEFORE = re.compile(
    r"\b(?i:road[ \t]*works|works|closures?|closed|traffic|diversions?|diverted|detours?|resurfacing|repairs|"
    r"construction|parade|congestion|delays?|festival)\b[^.;\n]{0,16}$"
)
_NOT_CITY_LOWER = frozenset("after before last for in on at to is was it".split())
# Words that open a sentence, not a city: "… Apt 4 She said", "… St. I now live".
_NOT_CITY = frozenset(
    "i he she we they you it my our his her their this that the a an and or but please call thanks thank with "
    "when if so then also who what where is was are will can".split()
)
# In text all in lower case: words of a sentence, never of a street's name ("13 shes at the park").
_LOWER_NOT_STREET = frozenset(
    "at the in on to is was are she he shes hes i im we they you u and with from near by my her his its it a an "
    "for".split()
)
_US_STREET = (
    r"(?<![\w\-/])" + _NUM + r"\s+(?:" + _NUM + r"\s+)?" + _DIR
    + r"?(?:(?:" + _W + r"|\d{1,3}(?:st|nd|rd|th))\s+){1,4}?"
    r"(?:" + STREET_SUFFIXES + r"|Str)\b\.?(?:\s+(?:N|S|E|W|NE|NW|SE|SW|North|South|East|West)\b\.?)?"
    # "14 Crown Street Kishiev Squares", "1737 Cheriton Dr Reuquén Extensions": a second street name run on.
    r"(?:[ \t]+(?:" + _W + r"[ \t]+){0,2}(?:" + STREET_SUFFIXES + r")\b\.?)?"
)  # fmt: skip
_PREFIX = r"(?<![\w\-])(?i:" + by_first_letter(STREET_PREFIXES) + r")"
_BIS = r"(?:[ \t]+(?:bis|ter|quater))?"  # "21 bis impasse des Peupliers", "143 ter, chemin du Moulin"
_EU_PREFIX = (
    r"(?:(?<![\w\-])" + _NUM + _BIS + r",?\s+(?:" + _NUM + r"\s+)?)?" + _PREFIX + r"[ \t]+(?:"
    # "Rua Vinte e Cinco de Setembro 1257", "rue des lieutemants Thomazo": any words, up to the house number
    r"(?:(?:"
    + _W
    + "|"
    + _LW
    + r"|[dlDL]['’]"
    + _W
    + r")\s+){0,5}(?:"
    + _W
    + "|"
    + _LW
    + r"|[dlDL]['’]"
    + _W
    + r"),?\s+"
    + _NUM
    + r"\b"
    r"|(?:"
    + _PARTICLES
    + r"\s+)*"
    + _W
    + r"(?:\s+(?:"
    + _PARTICLES
    + r"\s+)?"
    + _W
    + r"){0,3}(?:,?\s+"
    + _NUM
    + r"\b)?)"
)
# A house number, a street prefix and lower-case words: "770 26 rue des lieutemants Thomazo", "31 Rue tachkent St.".
_NUM_PREFIX_WORDS = (
    r"(?<![\w\-.,])"
    + _NUM
    + _BIS
    + r",?[ \t]+(?:"
    + _NUM
    + r"[ \t]+)?"
    + _PREFIX
    + r"[ \t]+(?:(?:"
    + _W
    + "|"
    + _LW
    + r")[ \t]+){0,4}(?:"
    + _W
    + "|"
    + _LW
    + r"(?=[ \t]*(?:[,\n]|$|St\b|[Ss]treet\b)))"
)
# Street-type endings and words that stand right before the house number (whitespace, then a digit).
_SUFFIX_WORDS = (
    r"strasse|straße|straat|str\.|weg|gasse|vej|vænget|gade|katu|tie|polku|väg|vägen|gatan|laan|plein|allee|platz|"
    r"ring|veien|vegen|gata|gate|stræti|straeti|utca|ulica|stræde|torv|kuja|steig|damm|ufer|markt|brücke|weide|hof|"
    r"gracht|kade|singel|dijk|steeg|dreef|hofje|wal"
)
_TYPE_WORDS = (
    r"u\.|utca|útja|út|tér|krt\.|körút|kapu|rakpart|rkp\.|str\.?|Strasse|Straße|Weg|Gasse|Allee|Platz|sokak|sok\.|"
    r"cad\.|caddesi|ulica|ulice|třída|tänav|põik|mnt\.?|iela|gatvė|cesta"
)
_EU_SUFFIX = (
    r"(?<![\w\-])(?:"
    + _NUM
    + r"\s+)?(?:"
    + _W
    + r"\s+)?[A-ZÀ-ÖØ-Þ][\w\-]*(?:"
    + _SUFFIX_WORDS
    + r")\s+\d{1,5}[A-Za-z]?\.?"
)
_EU_TYPE_WORD = (
    r"(?<![\w\-])(?:" + _NUM + r"\s+)?" + _W + r"(?:\s+(?:" + _W + "|" + _LW + r")){0,2}\s+(?:" + _TYPE_WORDS
    + r")\s+\d{1,5}[A-Za-z]?\.?"
)  # fmt: skip
# "20789 Allika 46", "0138 Brisas 6802": number, capitalised name, number (Faker's and many countries' layout).
# Whole month names or their abbreviations only: "Jana Nerudy" and "Markt" are streets, not January and March.
_MONTHS = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|"
    r"Nov(?:ember)?|Dec(?:ember)?)\.?\s"
)
# The number and the name on one line: "1995\nAddress\tRR 2" is a date above a form's field.
_NUM_NAME_NUM = (
    r"(?<![\w\-.,])"
    + _NUM
    + r" +(?:[A-Za-z]\.?\s+)?(?!"
    + _MONTHS
    + r")"
    + _W
    + r"(?:\s+(?:"
    + _W
    + "|"
    + _LW
    + r")){0,2}\s+\d{1,5}(?:[A-Z]\b)?(?![\w\-/])\.?"
)
_ONE_SEG = r"(?:[ \t]*(?:,|" + _NL + r"[ \t]*,?)[ \t]*" + _SEG + r")"
# "the corner of Csabai kapu 39. and Mathias Pass", "corner of 5th and Main": two streets, whatever their shape.
_CTOK = r"[^\W_][\w'’\-/]*\.?"
_CORNER = (
    r"\b(?:the\s+)?corner\s+of\s+(?:" + _CTOK + r"[ \t]+){0,6}?" + _CTOK + r"[ \t]+(?:and|&)[ \t]+(?:" + _CTOK
    + r"[ \t]+){0,5}?" + _CTOK + r"(?=[ \t]*(?:[,;:?!)\n]|\.(?:\s|$)|$)|[ \t]+(?:in|for|after|on|at|is|was|St\.)\b)"
)  # fmt: skip
# "at Maarit and Hersnapvej 75", "User: Hanne and ul. Miła 53": the first of two crossing streets, before "and".
_INTERSECTION = re.compile(
    r"(?:\b(?P<cue>at|to|is|on|of|in)|[:?]|^|\n)[^\w\n]{0,4}(?P<v>" + _W + r"(?:[ \t]+" + _W + r")?)"
    r"[ \t]+(?:and|&)[ \t]+$"
)
# Addresses in Chinese, Japanese and Korean script: a prefecture, city or ward, then a block number
# ("東京都新宿区西新宿2-8-1", "大阪市中央区難波5丁目1-60"), a road and its number ("北京市朝阳区建国路88号"), or a
# Korean road or quarter and its number ("서울특별시 강남구 테헤란로 152").
_CJK = r"[\u3005\u3040-\u30ff\u4e00-\u9fff]"
# Counters after a number ("2-3人", "5-6日"): a count or a date, not a block number.
_CJK_COUNTER = r"(?![人日月年時回個名歳才点分円万億倍割位件枚本台冊度週])"
_JA_BLOCK = (
    r"\d{1,4}(?:(?:丁目|番地?|号|號)(?:\d{1,4}(?:[\-－‐−]\d{1,4})?(?:号)?)?|[\-－‐−]\d{1,4}[\-－‐−]\d{1,4}"
    r"(?:[\-－‐−]\d{1,4})?|[\-－‐−]\d{1,4}" + _CJK_COUNTER + r")"
)
_CJK_ADMIN = r"(?:" + _CJK + r"{1,4}?(?:都|道|府|県|省|自治区|特別行政区|特别行政区))?"
_CJK_CITY = _CJK + r"{1,6}?(?:市|区|區|町|村|郡|县|縣|镇|鎮)"
_CJK_ROAD = _CJK + r"{1,6}?(?:大道|大街|胡同|路|街|道|巷|弄)(?:[東西南北中东]{1,2}|[一二三四五六七八九十]{1,3}段)?"
_CJK_UNIT = r"(?:" + _CJK + r"{0,6}?\d{1,5}(?:号楼|號樓|号院|栋|棟|单元|單元|室|楼|樓|层|層|F|号|號))*"
_CJK_ADDRESS = (
    r"(?:〒[ \t]?\d{3}[\-－]\d{4}[ \t]*)?(?:" + _CJK_ADMIN + r"(?:" + _CJK_CITY + r"){1,3}" + _CJK + r"{0,10}?"
    + _JA_BLOCK + r"|" + _CJK_ADMIN + r"(?:" + _CJK_CITY + r"){0,3}" + _CJK_ROAD + r"\d{1,5}(?:号|號)"
    + r")" + _CJK_UNIT
)  # fmt: skip
_KO_ADDRESS = (
    r"(?<![가-힣])(?:[가-힣]{1,8}(?:특별시|광역시|특별자치시|특별자치도|도|시)[ \t]*)?[가-힣]{1,8}(?:구|군|시)[ \t]*"
    r"(?:[가-힣]{1,8}구[ \t]*)?(?:[가-힣\d]{1,12}?(?:대로|로|길)[ \t]*\d{1,4}(?:-\d{1,4})?(?:번길[ \t]*\d{1,4})?|"
    r"[가-힣\d]{1,10}?(?:동|읍|면|리|가)[ \t]*\d{1,5}(?:-\d{1,4})?(?:번지)?)(?:,?[ \t]*\d{1,4}동)?(?:[ \t]*\d{1,5}호)?"
)
# Russian and Ukrainian: "ул. Ленина, д. 5, кв. 12", "г. Москва, ул. Тверская, д. 7", "Невский проспект, д. 28",
# "вул. Хрещатик, 22".
_CYR_UP = r"[А-ЯЁІЇЄҐ]"
# Street types written out (a space after) or abbreviated (a dot after): "пр" or "ш" alone is no street.
_CYR_TYPE = (
    r"(?:(?i:улица|вулиця|проспект|переулок|провулок|бульвар|шоссе|площадь|площа|набережная|микрорайон|тупик|"
    r"проезд|аллея|алея|линия)[ \t]+|(?i:ул|вул|просп|пр|пер|пров|бул|ш|пл|наб|мкр|мкрн|туп)\.[ \t]*|"
    r"(?i:пр-т|пр-кт|б-р|пр-д)\.?[ \t]*)"
)
_CYR_HOUSE = (
    r",?[ \t]*(?:(?i:д|дом|буд|будинок)\.?[ \t]*|№[ \t]*)?\d{1,4}(?:[ \t]?[а-яА-Я](?![\w])|/\d{1,3})?"
    r"(?:,?[ \t]*(?i:корп|корпус|к|стр|строение)\.?[ \t]*\d{1,3})?(?:,?[ \t]*(?i:кв|квартира|оф|офис)\.?[ \t]*\d{1,4})?"
)
_CYR_ADDRESS = (
    r"(?<![\w\-])(?:(?:(?i:г|м|с|пос)\.|(?i:город|місто|село)[ \t])[ \t]*" + _CYR_UP + r"[\w\-]+,?[ \t]*)?(?:"
    + _CYR_TYPE + r"(?:" + _CYR_UP + r"|\d)[\w\-]*\.?(?:[ \t]+" + _CYR_UP + r"?[\w\-]+){0,2}?|" + _CYR_UP
    + r"[\w\-]+[ \t]+(?:(?i:улица|проспект|переулок|шоссе|бульвар|набережная|площадь|проезд|вулиця|провулок|площа)"
    r"|(?i:ул|пр|пер|вул|пл|наб|ш)\.|(?i:пр-т|б-р)\.?))"
    + _CYR_HOUSE
)  # fmt: skip
# Turkish: "İstiklal Caddesi No: 45", "Atatürk Mah. Gül Sok. No:12/3".
_TR_ADDRESS = (
    r"(?<![\w\-])(?:" + _W + r"(?:[ \t]+" + _W + r")?[ \t]+(?:Mahallesi|Mah\.|Mh\.)[ \t]*,?[ \t]*)?" + _W
    + r"(?:[ \t]+" + _W + r"){0,2}[ \t]+(?:Caddesi|Cadde|Cad\.|Cd\.|Sokak|Sokağı|Sok\.|Sk\.|Bulvarı|Blv\.)"
    r"[ \t]*,?[ \t]*(?:No|NO|no)[ \t]*[:.]?[ \t]*\d{1,4}[A-Za-z]?(?:/\d{1,3}[A-Za-z]?)?"
)  # fmt: skip
# South Asian layouts: a flat or house, a building and a road, then a town and its six-digit PIN ("Flat 3B, Sai
# Residency, MG Road, Bengaluru 560001"). The PIN at the end makes the chain an address.
_IN_SEG = (
    r"(?:\d{1,3}(?:st|nd|rd|th)[ \t]+)?" + _W + r"(?:[ \t]+(?:" + _W + r"|\d{1,3}(?:-?[A-Z](?![\w]))?))?(?:[ \t]+"
    + _W + r"){0,3}"
)  # fmt: skip
_IN_ADDRESS = (
    r"(?<![\w\-])(?:(?:Flat|Door|Shop|Plot|House|Apt|Apartment|Unit|Room)\.?(?:[ \t]*No\.?)?[ \t]*#?[ \t]*|"
    r"(?:D|H)\.[ \t]?No\.?[ \t]*|#[ \t]*)?\d{1,4}[A-Za-z]?(?:[/\-]\d{1,4}[A-Za-z]?)?[ \t]*,(?:[ \t]*" + _IN_SEG
    + r"[ \t]*,){1,5}[ \t]*" + _IN_SEG + r"[ \t]*[\-–,]?[ \t]*\d{3}[ \t]?\d{3}(?![\w\-])"
)  # fmt: skip
# A street named with an article or preposition, then its number and a town: "Am Kupfergraben 6, Berlin", "An der
# Alster 14, 20099 Hamburg", "Unter den Linden 77", "Grote Markt 1, 1000 Brussel", "Nowy Świat 15, Warszawa".
_ARTICLE_STREET = (
    r"(?<![\w\-])(?<!\bI )(?:Am|An[ \t]+der|An[ \t]+den|Auf[ \t]+der|Auf[ \t]+dem|Im|In[ \t]+der|In[ \t]+den|Zum|Zur|"
    r"Unter[ \t]+den|Hinter[ \t]+der|Vor[ \t]+dem|Alte|Alter|Neue|Neuer|Grote|Kleine|Oude|Nieuwe|Nowy|Nowa|Stary|"
    r"Stara|Wielka|Mała)[ \t]+" + _W + r"[ \t]+\d{1,3}[a-z]?(?=[ \t]*,[ \t]*(?:\d{4,5}[ \t]+|\d{2}-\d{3}[ \t]+)?"
    + _L1 + r")"
)  # fmt: skip
# A Thai address: the house number (often "123/45"), a village number ("หมู่ 4"), then its lane (ซอย, "soi") or road
# (ถนน, "thanon") and their names: "123/45 ซอยสุขุมวิท 11", "99 หมู่ 4 ถนนพหลโยธิน".
_TH_ADDRESS = (
    r"(?<![\w/])\d{1,5}(?:/\d{1,4})?[ \t]*(?:(?:หมู่(?:ที่)?|ม\.)[ \t]*\d{1,3}[ \t]*)?"
    r"(?:ซอย|ซ\.|ถนน|ถ\.)[ \t]*[\u0e00-\u0e7f]{1,40}(?:[ \t]*\d{1,3}(?![\d/]))?"
    r"(?:[ \t]*(?:ถนน|ถ\.)[ \t]*[\u0e00-\u0e7f]{1,40})?"
)
# A Norwegian or Danish street named after a person, its type a word of its own: "Karl Johans gate 22".
_NORDIC_GATE = (
    r"(?<![\w\-])(?:" + _W + r"[ \t]+)?" + _L1 + r"\w+s[ \t]+(?:gate|gata|vei|veg|vej|gade|plass|allé|torg|väg|gatan)"
    r"[ \t]+\d{1,4}[A-Za-z]?(?![\w\-])"
)  # fmt: skip
# Shapes that lean on capitals: in text all in lower case any word would do ("i am level 5, lol").
# A house number said in words, as a dictation or a voicemail transcribes it.
_SPOKEN_NUMBER = (
    r"one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|"
    r"eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|oh|double|zero"
)
_CASED_ONLY = frozenset({"article_street", "nordic_gate", "turkish", "name_num_postal"})
# Words of such an address between the flat and the town ("MG Road", "Sai Residency", "Andheri West"): a chain of
# capitalised names and a six-digit number without one ("Version 2, Release Notes, Build 100200") is no address.
_IN_WORDS = re.compile(
    r"\b(?:Road|Rd|Nagar|Colony|Layout|Marg|Residency|Apartments?|Apts|Society|Enclave|Complex|Towers?|Heights|Lane|"
    r"Street|St|Sector|Block|Phase|Cross|Bazaar|Chowk|Gali|Mohalla|Vihar|Puram|Pet|Halli|Estate|Villas?|Nilayam|"
    r"Bhavan|Sadan|Niwas|Kunj|Bagh|Ganj|Garden|Gardens|Avenue|Main|West|East|North|South|Village|Post|Taluk|"
    r"District|Dist|Tehsil|Mandal|Town|City)\b\.?",
    re.IGNORECASE,
)
_IN_LEAD = re.compile(r"(?:Flat|Door|Shop|Plot|House|Apt|Apartment|Unit|D\.|H\.|#)", re.IGNORECASE)
_IN_TOWN = re.compile(r"([^\W\d_]+)[ \t]*[\-–,]?[ \t]*\d{3}[ \t]?\d{3}$")
# A line, a power line, a railway, a network: "线路1号" is a line's first, not a road's number.
_CJK_NOT_ROAD = re.compile(r"[线線铁鐵网網电電]路\d")
# A street's name and number, then a postal code and a town: "Mickiewicza 10, 30-059 Kraków", "Mariahilfer 77,
# 1060 Wien". Only where neither the name nor the town is an English word ("Release 3, 12345 Users").
_NAME_NUM_POSTAL = (
    r"(?<![\w\-])(?P<v>" + _W + r"(?:[ \t]+" + _W + r"){0,2}[ \t]+\d{1,4}[A-Za-z]?(?:/\d{1,4})?,[ \t]*"
    r"(?:\d{2}-\d{3}|\d{4}-\d{3}|\d{5}|\d{4}|\d{3}[ \t]\d{2})[ \t]+(?P<town>" + _W + r"))(?![\w\-])"
)  # fmt: skip
_ENGLISH_EXTRA = frozenset("tier tiers step steps phase stage level levels round rounds".split())
_YEAR_POSTAL = re.compile(r",[ \t]*(?:19|20)\d\d[ \t]")
_SCRIPT_NEEDED: dict[str, re.Pattern[str]] = {
    "cjk": re.compile(r"[\u4e00-\u9fff]"),
    "korean": re.compile(r"[가-힣]"),
    "cyrillic": re.compile(r"[а-яА-ЯіїєґІЇЄҐ]"),
    "thai": re.compile(r"ซอย|ซ\.|ถนน|ถ\.|หมู่"),
    "turkish": re.compile(r"\b(?:No|NO|no)\b"),
    "article_street": re.compile(r"\b(?:Am|An|Auf|Im|In|Zum|Zur|Unter|Hinter|Vor|Alte|Alter|Neue|Neuer|Grote|Kleine|"
                                 r"Oude|Nieuwe|Nowy|Nowa|Stary|Stara|Wielka|Mała)\b"),
    "nordic_gate": re.compile(r"s (?:gate|gata|vei|veg|vej|gade|plass|allé|torg|väg|gatan) \d"),
    "in_pin": re.compile(r"\d{3} ?\d{3}(?![\w\-])"),
}  # fmt: skip

# Words before a house number that belong to the street ("located at Storgarden 52 Trajanka Forks").
_LEFT = re.compile(
    r"(?:\b(?:at|to|in|is|with|of|on|from)|[:?\t]|^|\n)[^\w\n]{0,4}(?P<v>" + _W + r"(?: +" + _W + r"){0,2}"
    # and a lower-case street type last ("Merineitsi põik 87"), not a verb or a preposition ("Sofie lives on 69").
    r"(?:[ \t]+(?!(?:on|at|in|to|is|was|of|and|or|the|from|near|by|for|with|lives|live|lived|stays|moved|"
    r"located|address|number|no)\b)" + _LW + r")?)[ \t]+$"
)  # fmt: skip
# "on Marina Fort Street": a named street without a number, after a preposition.
_NAMED_STREET = (
    r"\b(?:on|along|off|down|near|onto)[ \t]+(?P<v>(?:"
    + _W
    + r"[ \t]+){1,3}(?:Street|Avenue|Road|Boulevard|Lane|Drive))\b"
)


# The first character a match can start with, as a lookahead: the regex engine then skips other characters
# quickly (same matches, less time).
_DU = r"(?=[\d" + re.escape(_UPPER) + r"])"
_EU_FIRST = (
    r"(?=[\d"
    + re.escape("".join(sorted({c for p in STREET_PREFIXES.split("|") for c in (p[:1].lower(), p[:1].upper())})))
    + r"])"
)


def _digit_first(rx: str, *not_before: str) -> str:
    """`rx`, which opens with `(?<!X)...\\d{1,6}`, with the digit first: `\\d(?<!X\\d)...\\d{0,5}` (same matches).
    A pattern that starts with a character class lets the regex engine skip to the digits; a lookahead or
    lookbehind first is tried at every position."""
    lead = "".join("(?<!" + nb + ")" for nb in not_before) + r"\d{1,6}"
    if not rx.startswith(lead):
        raise ValueError(f"pattern does not open with {lead!r}")
    return r"\d" + "".join("(?<!" + nb + r"\d)" for nb in not_before) + r"\d{0,5}" + rx[len(lead) :]


_DIGIT = re.compile(r"\d")
# The shapes that name a street type or box, the ones trusted on such a line ("ROOM 12 FLOOR 3" is none).
_CAPS_SHAPES = frozenset(
    {
        "us_street",
        "eu_prefix",
        "eu_suffix",
        "eu_type_word",
        "po_box",
        "po_box_intl",
        "military",
        "numbered_street",
        "house_no",
    }
)
# A line without lower-case letters that holds a digit and a word in capitals.
_CAPS_LINE = re.compile(r"^(?=[^a-z\n]*\d)(?=[^a-z\n]*[A-Z]{3})[^a-z\n]+$", re.MULTILINE)
# The patterns that can match text without a digit (every other one contains a required digit).
_NO_DIGIT_NEEDED = frozenset(
    {"eu_prefix", "corner", "named_street", "ship", "then_street", "box_town", "spoken_number"}
)
# Words some patterns cannot match without (case as in the pattern; all lower case for lower-case text).
_NEEDS: dict[str, tuple[str, ...]] = {
    "then_street": ("street", "St."),
    "named_street": ("Street", "Avenue", "Road", "Boulevard", "Lane", "Drive"),
    "corner": ("corner",),
    "ship": ("US",),
    "box_town": ("Box", "General"),
}


def _endings(alternation: str) -> tuple[str, ...]:
    """The lower-cased literals of an alternation of words (an optional final dot gives both forms)."""
    out: list[str] = []
    for branch in alternation.split("|"):
        word = branch.replace("\\.?", "").replace("\\.", ".").replace("/", "").lower()
        out += [word, word + "."] if branch.endswith("\\.?") else [word]
    return tuple(out)


# Cheap facts a pattern cannot match without, checked on the text's screened form (prescreen.screen_text: the
# letters that match an ASCII letter case-insensitively mapped to it, lower-cased; same offsets, \s and \d kept).
# The street type of eu_suffix and eu_type_word ends right before whitespace and a house number.
_SPACE_DIGIT = re.compile(r"\s+\d")
_ENDS_BEFORE_NUMBER: dict[str, tuple[str, ...]] = {
    "eu_suffix": _endings(_SUFFIX_WORDS),
    "eu_type_word": _endings(_TYPE_WORDS),
}
# These have a name or number then whitespace before a (house) number.
_SPACE_DIGIT_NEEDED = frozenset(
    {"num_name_num", "num_name_num_block", "num_name_num_unit", "num_num_name", "name_number", "name_num_postal"}
)
# eu_prefix needs one of the prefixes as a whole word; Greek ones are left to the regex (the regex engine folds some
# Greek letters that lower-casing keeps apart: "ϵ" and "ε", "σ" and "ς").
_PREFIX_WORDS = frozenset(_endings(STREET_PREFIXES.replace("\\.?", "").replace("\\.", "")))
_GREEK = re.compile("[\u0370-\u03ff\u1f00-\u1fff]")
# Patterns screened as the detector screens recognizers (the literals every match contains); the others' screens
# nearly always pass.
_SCREENED = frozenset(
    {
        "po_box", "po_box_intl", "military", "unit_alone", "on_name_number", "num_name_num_unit", "rural_route",
        "cued_number_name", "spoken_number",
    }
)  # fmt: skip
# What every match of each of those patterns holds, in either case (detection/prescreen.py).
_PATTERN_SCREENS = {
    "spoken_number": needs(words=_SPOKEN_NUMBER.replace("|", " ")),
    "num_name_num_unit": needs(substrings="# apartment apt bldg box building fl lot rm room ste suite trlr unit"),
    "po_box": needs(words="office psc unit", substrings="box"),
    "military": needs(words="apo dpo fpo"),
    "po_box_intl": needs(
        words="postfach postbus postboks casilla apartado apdo postal postale bag gpo", substrings="pocztowa"
    ),
    "rural_route": needs(words="rural rr r rfd f hc highway star"),
    "unit_alone": needs(substrings="apartment apt ste suite unit"),
    "on_name_number": needs(words="enter house lives living located office situated station staying stays"),
    "cued_number_name": needs(
        words="lives living stays staying resides residing posted sent delivered moved address addressed home"
    ),
}
_LAST_WORD = re.compile(r"([^\W\d_][\w\-]*)\s+\d[^ \t\n]*\s*$")
# Every address label holds one of these (screened form: lower case).
# A form's field label at the start of a line: "City:", "Address line 2:", "Town |".
_FIELD_LABEL = re.compile(r"[^\W\d_]+(?:[ /][^\W\d_]+){0,3}(?:[ \t]+\d)?[ \t]*[:|]")
_LABEL_WORDS = (
    "addr", "addy", "adres", "direcci", "domicilio", "anschrift", "indirizzo", "endere", "morada",
    *WORLD_ADDRESS_WORDS,
)  # fmt: skip


# The value of an address label, to the end of its line: "Address: 12 Larkspur", "Home address: Rosedene, Mill
# Road, Hatfield", "my address is 16 kingsway", "Anschrift: Am Markt 3, 04109 Leipzig". Not an e-mail, IP, MAC,
# web or wallet address. A form also aligns its values with dots, underscores or spaces ("Address ..... 14 Oak
# Rd", "Address ______ 14 Oak Rd"), names whose address it is ("Address of child:", "Indirizzo di residenza:",
# "Adres zamieszkania:") or puts the value on the lines below ("Home address:\nRosebank\n4 Shore Road").
_ADDRESS_WORD = (
    r"(?:(?:home|street|mailing|postal|residential|current|permanent|billing|shipping|delivery|physical|"
    r"previous|old|new|last[\s_]+known|forwarding|return|child'?s|parent'?s|guardian'?s|private|usual)[\s_]+)?"
    r"(?:address|addr\.?|addy|adresse|adres|dirección|direccion|domicilio|anschrift|wohnadresse|indirizzo|endereço|"
    r"endereco|morada|" + "|".join(re.escape(w) for w in sorted(WORLD_ADDRESS_WORDS, key=len, reverse=True)) + r")"
    # the world's other languages' (a word a script writes without spaces needs no word boundary)
)
_ADDRESS_LABEL = re.compile(
    r"(?<![^\W_])" + _ADDRESS_WORD + r"(?:[\s_]*line[\s_]*(?:[1-3]|one|two))?(?:\s+on\s+file)?[\"']?"
    r"(?:[ \t]*[:=|\-–—][ \t]*|[ \t]+is[ \t]+(?:now[ \t]+)?|(?P<nl>[ \t]*:?[ \t]*\n[ \t]*))[\"']?"
    r"(?P<v>[^\n|\t\"]{3,100})",
    re.IGNORECASE,
)
# The same at a line's start, with a leader or other words before the colon (the value on the same line).
_ADDRESS_LABEL_FORM = re.compile(
    # "Your address ....", "B1 Street address", "Applicant's address ....", "Full home address:"
    r"(?:^|\n|[|\t])[ \t]*(?:[A-Z]?\d{1,2}[.)]?[ \t]+)?(?:[^\W\d_][\w'’]*[ \t]+){0,2}?" + _ADDRESS_WORD + r"(?:"
    # "Address where child lives:\n", "Address of the young person:\n": the value on the lines below
    r"(?:[ \t]+(?:\([^()\n]{1,20}\)|[^\W\d_][\w'’]*)){0,5}(?P<nl>[ \t]*:[ \t]*\n[ \t]*)|"
    # "Address ........ 14 Oak Rd", "Address ____ 14 Oak Rd", "Address      14 Oak Rd", "Address\t14 Oak Rd"
    r"[ \t]*(?:[.…_]{2,}[ \t]*:?|:?[ \t]*[.…_]{2,})[ \t]*|[ \t]{3,}|[ \t]*\t[ \t]*|"
    # "Address of child:", "Indirizzo di residenza:", "Address (home):"
    r"(?:[ \t]+(?:\([^()\n]{1,20}\)|[^\W\d_][\w'’]*)){1,3}[ \t]*:[ \t]*)"
    r"(?P<v>[^\n|\t\"]{3,100})",
    re.IGNORECASE,
)
# A line of an address block below its label: short, no field label, not a sentence.
_BLOCK_LINE = re.compile(r"[ \t]*(?P<line>[^\W_][^\n|\t]{0,70}?)[ \t,]*(?=\n|$)")
_LOWER_WORD = re.compile(r"(?<![\w'’])[a-z][a-z'’]+\b")
_LINE_PARTICLES = frozenset(
    "de del la le les des du da di do dos das della van von der den am an im auf rue via ul al calle c/o of the "
    "and on upon under".split()
)
# A word broken at a line's end by OCR or a PDF: "16 Wil-\nlowbank Drive".
_HYPHEN_BREAK = re.compile(r"(?<=[^\W\d_])-\n(?=[a-zà-ÿ])")
# A postal code's label and its value ("Postcode: NN16 8QT", "ZIP: 45402", "PLZ/Ort: 3920 Zermatt", "Eircode:
# P31 X2Y8"): the code of a person's address. Labels that are also other words take their country's format only
# ("CAP: 40121", "C.P. 28013").
_POSTCODE_VALUE = (
    r"(?:\d{5}(?:-\d{4}|-\d{3})?|\d{4}(?:[ \t]?(?-i:[A-Z]{2})|-\d{3})?|\d{2}-\d{3}|\d{3}[ \t]?\d{3}|\d{3}[ \t]\d{2}|"
    r"(?-i:[A-Z]{1,2}\d[A-Z\d]?[ \t]?\d[A-Z]{2})|(?-i:[A-Z]\d[A-Z][ \t]?\d[A-Z]\d)|"
    r"(?-i:[AC-FHKNPRTV-Y]\d[\dW][ \t]?[\dAC-FHKNPRTV-Y]{4}))"
)
_POSTCODE_LABEL = re.compile(
    r"(?<![^\W_])(?:(?:zip|postal|post)[ \t]*(?:/[ \t]*(?:postal|zip)[ \t]*)?code|zip(?:[ \t]*\+[ \t]*4)?|postcode|"
    r"postal|plz|npa|code[ \t]+postal|c[óo]digo[ \t]+postal|cod\.?[ \t]+postal|kod[ \t]+pocztowy|pin[ \t]*code|eircode|"
    r"postnummer|postinumero|postleitzahl|postnr\.?|irányítószám|cep)"
    # "PLZ/Ort:", "Postcode / Plaats:", "Zip/City:", "Postcode and town:"
    r"(?:[ \t]*(?:/|and|&|\+)[ \t]*(?:[^\W\d_]+\.?))?"
    r"(?:[ \t]*\([^()\n]{1,16}\))?[ \t]*(?:[:=|#\-–]|[.…_]{2,}|\t|[ \t]{2,}|\n"
    # "B3 Postcode YO21 3PU": one space, before a code that starts with letters and a digit
    r"|(?<=[ \t])(?=(?-i:[A-Z]{1,2}\d)))[ \t.…_:]*"
    r"(?P<v>" + _POSTCODE_VALUE + r")(?![\w\-])",
    re.IGNORECASE,
)
_POSTCODE_SHORT_LABEL = re.compile(
    r"(?<![^\W_])(?:(?-i:CAP|C\.P\.|Cap|CP))[ \t]*[:|][ \t]*(?P<v>\d{5}|\d{4})(?![\w\-])",
    re.IGNORECASE,
)
# A street's own field in a form that splits the address ("Street: Lindenweg   House no.: 12b", "Straße/Hausnr.:
# Wiesentalstraße 9a", "Calle: Mayor"), at a line's or a cell's start; and the house number's, flat's or unit's
# field beside or below it ("Hausnummer: 12b", "Apt/Unit: 4B"), reported where it completes an address.
_STREET_LABEL = re.compile(
    r"(?:^|\n|[|\t]|[ \t]{3})[ \t]*(?:street(?:[ \t]+name)?|stra(?:ss|ß)e|str\.|calle|ulica|straat|rua|"
    r"street[ \t]+address)(?:[ \t]*(?:/|and|&|\+|und|y|e|,)[ \t]*(?:house[ \t]*(?:no\.?|number|#)|no\.?|nr\.?|number|"
    r"hausn(?:ummer|r\.?)|haus-nr\.?|n[úu]mero|huisnummer|nº))?[ \t]*[:|=][ \t]*"
    r"(?P<v>[^\W_][^\n|\t:]{1,60}?)(?=[ \t]*(?:\n|$|[|\t]|[ \t]{3}|[,;]))",
    re.IGNORECASE,
)
_HOUSE_LABEL = re.compile(
    r"(?<![^\W_])(?:house[ \t]*(?:no\.?|number|#)|hausn(?:ummer|r\.?)|haus-nr\.?|n[úu]mero(?:[ \t]+(?:civico|exterior|"
    r"ext\.?))?|numero[ \t]+civico|huisnummer|nr\.?[ \t]+domu|(?:apt|apartment|flat|unit|suite)(?:[ \t]*(?:/|or)[ \t]*"
    r"(?:apt|unit|suite|flat))?(?:[ \t]*(?:no\.?|number|#))?|wohnung|piso|depto\.?|nr\.?[ \t]+mieszkania)"
    r"[ \t]*[:|=#][ \t]*(?P<v>\d{1,5}[A-Za-z]?(?:[/\-]\d{1,4}[A-Za-z]?)?|[A-Za-z]\d{0,3})(?![\w\-])",
    re.IGNORECASE,
)
_STREET_LABEL_WORDS = ("street", "stra", "str.", "calle", "ulica", "straat", "rua")
_POSTCODE_REACH = 240  # how far below an address's end its postal code's field may be
# Addresses that are not a street's: "e-mail address", "IP address", "wallet address", "email_address".
_OTHER_ADDRESS_BEFORE = re.compile(
    r"(?:e-?mail|ip|mac|web|url|wallet|bitcoin|btc|eth|crypto|server|network|memory|ipv[46]|contact|site|hardware|"
    r"ethernet|wifi|bluetooth|delivery\s+e-?mail)[\s_\-]*$",
    re.IGNORECASE,
)
# Where a labelled address ends inside its line: a sentence's end, or a clause after it.
_LABEL_VALUE_END = re.compile(
    r"[.;!?](?:\s|$)|\s+(?:and|but|so|because|if|when|where|please|call|text|thanks|lol|rn|tho|though|which|"
    r"who|since|until|for\s+now|i|we|he|she|they|it)\b|\s{3,}|\s+[A-Z][A-Za-z ]{1,20}:",
    re.IGNORECASE,
)
_NOT_AN_ADDRESS = re.compile(
    r"(?:n/?a|none|unknown|unk|tbc|tbd|same(?:\s+as\s+(?:above|before|home))?|see\s+(?:above|below|notes?)|"
    r"withheld|redacted|on\s+file|not\s+(?:given|known|provided|disclosed)|no\s+fixed\s+abode|nfa|homeless|"
    r"-+|\?+|x+|\*+|yes|no|changed|confirmed|verified|updated|pending|missing|blank)\W*",
    re.IGNORECASE,
)
_ABBREVIATION_BEFORE = re.compile(r"(?:\b[A-Za-z]{1,3}|\b(?:Blvd|Pkwy|Apto|Bldg|Hwy|Str|Ave|Apt|Rte|Ctra|Avda))$")
_LINE_LABEL = re.compile(r"line[\s_]*(?:[1-3]|one|two)", re.IGNORECASE)
_NUMBER_DOT = re.compile(
    r"\d\.[ \t]|[^\W\d_]\.[ \t]\d"
)  # an ordinal ("3. OG") or a word's abbreviation before a number
_TITLE_FIRST = re.compile(r"(?:Dr|Mr|Mrs|Ms|Mx|Prof|Rev|Sir|Dame|Hon)\b\.?\s", re.IGNORECASE)
# A speech, not a place: "Keynote address: …", "the opening address".
_SPEECH_BEFORE = re.compile(
    r"\b(?:keynote|opening|closing|inaugural|commencement|welcome|welcoming|farewell|public|presidential|"
    r"graduation|plenary)\s+$",
    re.IGNORECASE,
)
_STATUS_WORDS = re.compile(
    r"\b(?:confirmed|verified|pending|items?|notes?|see|budget|changed|updated|tbc|tbd|unknown|none|same|above|"
    r"below|\d+\s+of\s+\d+|yes|no(?!\.?[ \t]*\d)|ok|correct|incorrect|wrong|invalid|valid|missing|required|optional)\b",
    re.IGNORECASE,
)
_ADDRESS_LIKE = re.compile(r"\d|,|\b(?:" + STREET_SUFFIXES + r"|" + STREET_PREFIXES + r")\b", re.IGNORECASE)
_UNIT_BEFORE = re.compile(
    r"(?:(?<![\w\-])(?:Flat|Apt|Apartment|Unit|Suite|Ste|Room|Rm|Bldg|Building|Block|Floor|Fl)\.?[ \t]*#?[ \t]*"
    r"[A-Za-z0-9][\w\-/]{0,5}|(?<![\w\-])\d{1,2}(?:st|nd|rd|th)[ \t]+(?:floor|fl\.?)|"
    r"(?<![\w\-])(?:ground|first|second|third|top|basement|upper|lower)[ \t]+(?:floor|flat))[ \t]*[,/]?[ \t]*$",
    re.IGNORECASE,
)


def _labelled_addresses(text: str, lower: bool) -> Iterator[tuple[str, int, int, float]]:
    """The rest of an address label's line, cut at the sentence's end: a house name, a one-word street, a foreign
    layout no street pattern knows; or the block of lines below a label alone on its line. Needs a digit, a comma
    or a street word, and no e-mail or web address. The town, region and postal lines after it come along."""
    seen: set[int] = set()
    for m in (*_ADDRESS_LABEL.finditer(text), *_ADDRESS_LABEL_FORM.finditer(text)):
        start = m.start("v")
        if start in seen:
            continue
        seen.add(start)
        block = m.groupdict().get("nl") is not None
        end = _block_end(text, start) if block else _line_value_end(text, start, m.end("v"))
        value = text[start:end].rstrip(" \t,.")
        end = start + len(value)
        # "Address line 1: HOLLYBANK HOUSE": a line of an address by its label, a house's name without a number
        lined = _LINE_LABEL.search(text, m.start(), start) is not None and _address_line(value, 0)
        if not _is_address_value(value, lined):
            continue
        if _IS_BEFORE.search(text, m.start(), start) and _sentence_after_is(value, lower):
            continue  # "The address is either outside the serviceable area", "The address is a string of …"
        if _SPEECH_BEFORE.search(text, max(0, m.start() - 24), m.start()):
            continue
        if _OTHER_ADDRESS_BEFORE.search(text, max(0, m.start() - 24), m.start() + (m.group()[:1] in "\n|\t")):
            continue
        yield "after_label", start, StreetAddressRecognizer._extend(text, end, lower), 0.9


_IS_BEFORE = re.compile(r"[ \t]is[ \t]", re.IGNORECASE)
# What an address can open with in lower case: a unit, a box, a house's name after "the".
_LOWER_ADDRESS_FIRST = frozenset(
    "flat apt apartment unit suite ste room house no number box po p.o. c/o lot plot".split()
)
_FIRST_WORD = re.compile(r"(?P<w>[^\s,]+)(?:\s+(?P<next>\S))?")


def _sentence_after_is(value: str, lower: bool) -> bool:
    """The value after "address is" reads as a sentence, not an address: in cased text it opens with a lower-case
    word (no unit, box or "the" before a name); in lower-case text with an English word that opens no address."""
    m = _FIRST_WORD.match(value)
    if m is None:
        return False
    word = m.group("w").casefold()
    if word in _LOWER_ADDRESS_FIRST or word[:1].isdigit():
        return False
    if lower:
        return word in ENGLISH_WORDS and word not in ("the", "corner")
    if word == "the" and ((m.group("next") or "").isupper() or value[4:].startswith("corner")):
        return False  # "the Old Rectory", "the corner of Beiteveien 2"
    return m.group("w")[:1].islower()


def _line_value_end(text: str, start: int, end: int) -> int:
    """Where a label's value ends on its line: a sentence's end or a clause after it; a word broken at the line's
    end goes on to the next line."""
    for cut in _LABEL_VALUE_END.finditer(text, start, end):
        if text[cut.start()] == "." and (
            _ABBREVIATION_BEFORE.search(text, start, cut.start()) or _NUMBER_DOT.match(text, cut.start() - 1)
        ):
            continue  # "Av. Corrientes 1234", "St. John's Road", "Dpto. 8", "2. OG links"
        return cut.start()
    brk = _HYPHEN_BREAK.match(text, end - 1) if end < len(text) else None
    if brk is not None:
        nl = text.find("\n", brk.end())
        return _line_value_end(text, brk.end(), len(text) if nl < 0 else nl)
    return end


def _block_end(text: str, start: int) -> int:
    """The end of the address lines below a label: up to six short lines, none a field's label or a sentence."""
    end, pos = start, start
    for _ in range(6):
        m = _BLOCK_LINE.match(text, pos)
        line = m.group("line") if m else ""
        if m is None or _FIELD_LABEL.match(line) or _BLOCK_STOP.fullmatch(line) or _header_row(line):
            break
        if is_label_line(line):
            break  # "VEHICLE REGISTRATION": the next field's label (_form_labels.py)
        if not _address_line(line):
            break
        end = m.end("line")
        if m.end() >= len(text):
            break
        pos = m.end() + 1  # past the line break
    return end


# A line below an address that is the next field's label, written without a colon ("Telephone", "Date of birth").
_BLOCK_STOP = re.compile(
    r"(?:[A-Z]?\d{1,2}[.)]?[ \t]+)?"
    r"(?:tel(?:ephone)?|phone|mobile|cell|fax|e-?mail|date[ \t]+of[ \t]+birth|dob|d\.o\.b\.?|birth[ \t]*date|"
    r"name|age|sex|gender|nationality|occupation|employer|signature|signed|date|relationship|contact|"
    r"(?:home|work|mobile)[ \t]+(?:phone|tel)|notes?|comments?|reason.*)"
    # "PHONE NUMBER", "DATE OF BIRTH (MM/DD/YYYY)": a header above its value
    r"(?:[ \t]+(?:number|no\.?|#))?(?:[ \t]*\([^()\n]{1,20}\))?[ \t]*[:.]?[ \t]*",
    re.IGNORECASE,
)


# A form's row of headers above their values: "CITY STATE ZIP CODE", "Town / Postcode", "Street address".
_HEADER_WORD = (
    r"(?:city|state|zip(?:[ \t]*code)?|zipcode|post[ \t]*code|postal(?:[ \t]+code)?|town|county|province|prov\.?|"
    r"region|country|street|address|apt\.?|unit|suite|no\.?|number|#|st\.?)"
)
_HEADER_ROW = re.compile(
    r"[ \t]*(?:" + _HEADER_WORD + r")(?:[ \t]*[,/|&\t][ \t]*|[ \t]+(?:and[ \t]+)?)?(?:(?:" + _HEADER_WORD
    + r")(?:[ \t]*[,/|&\t][ \t]*|[ \t]+(?:and[ \t]+)?)?){0,5}[ \t]*:?[ \t]*",
    re.IGNORECASE,
)  # fmt: skip
_HEADER_PLACE = re.compile(r"(?i:city|state|zip|post|town|county|province|region|country)")
# A numbered field's label at a line's start: "B2 Town Whitby", "3. Postcode" (not a UK postcode "B2 4QA").
_NUMBERED_FIELD = re.compile(r"[ \t]*(?:[A-Z]\d{1,2}|\d{1,2}[.)])[ \t]+[A-Z][a-z]")


# A field's label with a leader or a colon after words with dots ("Postcode ........", "Data di nascita ____",
# "Fecha nac.:"), a header word and wide spaces ("TOWN    BALLYMENA"), a check box ("☒ Over 18").
_LABEL_LINE = re.compile(
    r"[ \t]*(?:[^\W\d_][\w'’.]*(?:[ \t/][^\W\d_][\w'’.]*){0,4}[ \t]*(?:[.…_]{3,}|(?<=\.):)|"
    + _HEADER_WORD + r"(?:[ \t]{2,}|\t)|[☐☑☒✓✔✗✘□■]|\[[ xX✓]?\])",
    re.IGNORECASE,
)  # fmt: skip


def _table_row(text: str, pos: int) -> bool:
    """Whether the line holding text[pos - 1] is a row of a table (cells apart by bars, tabs or semicolons, or a CSV
    row under its header): its address ends with its line."""
    start, end = line_bounds(text, max(0, pos - 1))
    line = text[start:end]
    return any(line.count(mark) >= 2 for mark in "|\t;") or csv_separator(text, start, end) is not None


def _next_field(text: str, at: int, seg: str) -> bool:
    """The line at `at` is a form's next field or a row of headers, not an address's next line."""
    if _FIELD_LABEL.match(text, at) or _BLOCK_STOP.fullmatch(seg) or _NUMBERED_FIELD.match(text, at):
        return True
    if _LABEL_LINE.match(text, text.rfind("\n", 0, at) + 1):
        return True
    end = text.find("\n", at)
    line = text[at : end if end >= 0 else len(text)]
    # "VEHICLE REGISTRATION", "SURNAME / FORENAME": any field label of a form's table (_form_labels.py).
    return _BLOCK_STOP.fullmatch(line) is not None or _header_row(line) or is_label_line(line)


def _header_row(line: str) -> bool:
    """A row of address headers ("CITY STATE ZIP CODE", "Town / Postcode"), one naming a place."""
    return _HEADER_ROW.fullmatch(line) is not None and _HEADER_PLACE.search(line) is not None


_WIDE_GAP = re.compile(r"[ \t]*(?:\t|[ \t]{3})[ \t]*")
_LABEL_AFTER = re.compile(r"[ \t]*[:|]")


_SENTENCE_FIRST = _NOT_CITY - {"the", "a", "an"}  # "The Old Rectory" is a house


def _address_line(line: str, max_lower: int = 3) -> bool:
    """A line of an address: at most eight words, at most `max_lower` of them lower-case ones other than
    particles, no sentence's first word."""
    words = line.split()
    lower = [w for w in _LOWER_WORD.findall(line) if w not in _LINE_PARTICLES]
    if not words or len(words) > 8 or len(lower) > max_lower or words[0].casefold() in _SENTENCE_FIRST:
        return False
    return not line.rstrip().endswith((".", "?", "!", ":"))


def _is_address_value(value: str, lined: bool = False) -> bool:
    """A label's value that reads as an address: not a placeholder, a status, an e-mail, web address or number;
    a digit, a comma or a street word in it unless its label says it is an address's line."""
    if len(value) < 4 or not (value[0].isalnum()) or _NOT_AN_ADDRESS.fullmatch(value):
        return False
    if "@" in value or "://" in value or "www." in value.lower() or not (lined or _ADDRESS_LIKE.search(value)):
        return False
    if _STATUS_WORDS.search(value) or _TITLE_FIRST.match(value):
        return False  # "Address: Confirmed, see notes", "Address: 1 of 3 items pending", "Address: Dr. …"
    # a phone number, an IP or MAC address, a date
    return not (sum(c.isdigit() for c in value) > 12 or re.fullmatch(r"[\d.:a-fA-F\-/ \n]+", value))


def _labelled_streets(text: str, lower: bool) -> Iterator[tuple[str, int, int, float]]:
    """A street's field: its value names the street (and its number), capitalised unless the text is all in lower
    case; no placeholder, status, e-mail or sentence."""
    for m in _STREET_LABEL.finditer(text):
        start, end = m.span("v")
        value = m.group("v")
        if not (lower or value[0].isupper() or value[0].isdigit()) or not _address_line(value):
            continue
        if _NOT_AN_ADDRESS.fullmatch(value) or _STATUS_WORDS.search(value) or "@" in value:
            continue
        yield "street_label", start, end, 0.9


def _labelled_postcodes(text: str, addresses: list[int]) -> Iterator[tuple[str, int, int, float]]:
    """A postal code, house number or flat in its form field, where it completes an address found above or beside
    it (a code alone, "ZIP 04350: 239 calls", names a district, not a person's home; "Unit: 4" a team)."""
    for rx in (_POSTCODE_LABEL, _POSTCODE_SHORT_LABEL, _HOUSE_LABEL):
        for m in rx.finditer(text):
            start, end = m.span("v")
            if any(-_POSTCODE_REACH / 4 <= start - a <= _POSTCODE_REACH for a in addresses):
                yield "postcode_label", start, end, 0.85


_VIA = re.compile(r"(?<![\w\-])via[ \t]+(?P<next>\S+)")
_WORD_BEFORE_VIA = re.compile(r"(?:^|[^\w\-])(?P<w>\w+)[ \t]$")
# Words an Italian street in lower case ("abito in via Roma 5") or an address follows ("lives at via Roma 5").
_BEFORE_VIA_STREET = frozenset("in at to on from near and or e ed di della nella sulla alla lungo presso".split())


def _english_via(text: str, start: int, end: int) -> bool:
    """A lower-case "via" that is the English preposition: before an acronym or a brand in mixed case ("via UPS",
    "via FedEx"), or after a word that no street follows ("shipped via", "days via", "00 via")."""
    m = _VIA.search(text, start, end)
    if m is None:
        return False
    nxt = m.group("next").strip(".,;:")
    if _acronym(nxt) or (nxt[:1].isupper() and any(c.isupper() for c in nxt[1:]) and not nxt.isupper()):
        return True
    before = _WORD_BEFORE_VIA.search(text, max(0, m.start() - 30), m.start())
    return before is not None and before.group("w").casefold() not in _BEFORE_VIA_STREET


def _street_name_before(words: list[str]) -> bool:
    """Words before a house number that can be its street's name: not a sentence's first word, nor a numbered
    field's label ("B1 Street 12 Wharf Road"), nor an English word in lower case ("Deploy stage 2 Blue Green")."""
    if not words or words[0].casefold() in _NOT_CITY or any(c.isdigit() for w in words for c in w):
        return False
    return not (words[-1].islower() and _in_wordnet(words[-1]))


def _second_line(text: str, start: int, end: int) -> str:
    """The second line of `text[start:end]`, or ""."""
    lines = text[start:end].split("\n", 2)
    return lines[1] if len(lines) > 1 else ""


# The value line below a row of headers, ending in a postal code ("FREDERICK MD 21703").
_HEADED_VALUE = re.compile(
    r"[ \t]*(?P<v>(?:[^\W\d_][^\n]{0,60}?[ \t,]+)?(?<![\w\-])" + _POSTCODE_VALUE + r")[ \t]*(?=\n|$)",
    re.IGNORECASE,
)
# A table's header row and its postcode column ("Name,Address,Town,Postcode").
_POSTCODE_COLUMN = re.compile(
    r"(?i:post[ \t]*code|postal[ \t]*code|zip(?:[ \t]*code)?|zipcode|plz|postleitzahl|code[ \t]+postal|cap|cp|cep|"
    r"eircode|pin[ \t]*code)"
)
_CSV_DELIMITERS = (",", ";", "\t", "|")


# A numbered field of a town below an address: "B2 Town Whitby", "4. City: Leeds".
_NUMBERED_TOWN = re.compile(
    r"[ \t]*(?:[A-Z]\d{1,2}|\d{1,2}[.)])[ \t]+(?i:town(?:[ \t]*/[ \t]*city)?|city|county|locality|suburb|state|"
    r"province)[ \t]*[:\-]?[ \t]+(?P<v>[A-Z][^\W\d_]+(?:[ \t\-]+[A-Z][^\W\d_]+){0,3})[ \t]*(?=\n|$)"
)


def _headed_values(text: str, addresses: list[int]) -> Iterator[tuple[str, int, int, float]]:
    """What a form writes below its headers, where an address's end is above: the town, state and postal code
    under "CITY STATE ZIP CODE"; a postal code in the "Postcode" column of a table's row that holds an address; a
    numbered town's field ("B2 Town Whitby")."""
    pos = 0
    for line in text.split("\n"):
        nxt = pos + len(line) + 1
        town = _NUMBERED_TOWN.match(line)
        if town is not None and any(0 <= pos - a <= _POSTCODE_REACH for a in addresses):
            yield "town_field", pos + town.start("v"), pos + town.end("v"), 0.9
        if _header_row(line) and any(0 <= pos - a <= _POSTCODE_REACH for a in addresses):
            m = _HEADED_VALUE.match(text, nxt)
            if m is not None and _address_line(m.group("v")) and not _FIELD_LABEL.match(m.group("v")):
                yield "header_value", m.start("v"), m.end("v"), 0.85
        elif _POSTCODE_COLUMN.search(line):
            yield from _column_postcodes(text, line, nxt, addresses)
        pos = nxt


def _column_postcodes(text: str, header: str, pos: int, addresses: list[int]) -> Iterator[tuple[str, int, int, float]]:
    """Postal codes in a table's postcode column, in the rows below `header` that hold an address."""
    delim = next((d for d in _CSV_DELIMITERS if header.count(d) >= 1), None)
    if delim is None:
        return
    names = [c.strip(" \t\"'").casefold() for c in _cells(header, delim)]
    cols = [i for i, (a, b) in enumerate(_cells_at(header, delim)) if _POSTCODE_COLUMN.fullmatch(names[i])]
    if not cols:
        return
    while pos < len(text):
        end = text.find("\n", pos)
        end = len(text) if end < 0 else end
        row = text[pos:end]
        if not row.strip():
            return
        cells = _cells_at(row, delim)
        if len(cells) == len(names) and any(pos <= a <= end for a in addresses):
            for i in cols:
                a, b = cells[i]
                value = row[a:b].strip(" \t\"'")
                if re.fullmatch(_POSTCODE_VALUE, value, re.IGNORECASE):
                    s = pos + a + row[a:b].index(value)
                    yield "column_postcode", s, s + len(value), 0.85
        pos = end + 1


def _cells(line: str, delim: str) -> list[str]:
    return [line[a:b] for a, b in _cells_at(line, delim)]


def _cells_at(line: str, delim: str) -> list[tuple[int, int]]:
    """The spans of a delimited line's cells; a delimiter inside double quotes belongs to its cell."""
    spans, start, quoted = [], 0, False
    for i, c in enumerate(line):
        if c == '"':
            quoted = not quoted
        elif c == delim and not quoted:
            spans.append((start, i))
            start = i + 1
    spans.append((start, len(line)))
    return spans


def _foreign_street(value: str) -> bool:
    """A street name and a town that are no English words, and a postal code that is no year."""
    words = [w.casefold() for w in re.findall(r"[^\W\d_]+", value)]
    if not words or any(_english(w) for w in (words[0], words[-1])):
        return False
    return _YEAR_POSTAL.search(value) is None


def _english(word: str) -> bool:
    """An English word, or its plural ("requests"); a few short ones the list lacks ("tier")."""
    return word in ENGLISH_WORDS or (word.endswith("s") and word[:-1] in ENGLISH_WORDS) or word in _ENGLISH_EXTRA


def _is_south_asian(value: str) -> bool:
    """A flat and a town's PIN with an address word between, and a town's name (no English word) before the PIN."""
    town = _IN_TOWN.search(value)
    if town is None or town.group(1).casefold() in ENGLISH_WORDS:
        return False
    return _IN_LEAD.match(value) is not None and _IN_WORDS.search(value) is not None


# The shapes "number, name, number" (Faker's and many countries' layout): also what a product, a statute or a
# setting looks like ("ISO 7064 Mod 11, 10", "42 USC 1983", "Windows 11 Pro 23", "3 Max Attempts 5").
_NUM_NAME_SHAPES = frozenset({"num_name_num", "num_name_num_block", "num_name_num_unit"})
# A word or sign right before the first number, on its line: the number is that thing's ("Formula 1 …", "ISO
# 7064 …", "§ 290 …"), not a house number.
_WORD_BEFORE = re.compile(r"(?:(?<=[^\w\-.'’])|^)(?P<w>§|[^\W\d_][\w\-’']*)[ \t]$")
# Words that do stand before a house number: a cue, a unit or box, an address's label, a verb of going or sending.
_BEFORE_HOUSE_NUMBER = frozenset(
    "at to in on of from near by and or is was are address addresses home house office residence apt apartment "
    "suite ste unit flat building bldg floor fl room rm lot box po visit deliver ship send mail meet find "
    "live lives living located moved".split()
)
# A match's result between two sides' names: "Windmill Hill 4-1 Quarry Lane United".
_RESULT_INSIDE = re.compile(r"(?<=[A-Za-z])[ \t]+\d{1,2}[ \t]*[-–][ \t]*\d{1,2}[ \t]+(?=[A-Z])")
# A match's score before the number: "33 - 9 Fiji", "2–1 Ghana".
_SCORE_BEFORE = re.compile(r"(?<![\d.,/:])\d{1,3}[ \t]*[-–—:][ \t]*$")
_NAME_PART = re.compile(r"\S+\s+(?P<name>.+?)\s+\d", re.DOTALL)
_STREET_WORD = re.compile(
    r"(?i:" + STREET_SUFFIXES + "|" + STREET_PREFIXES + r"|" + _SUFFIX_WORDS + r"|" + _TYPE_WORDS
    + r"|apt|apartment|suite|ste|unit|box|p\.?o|post(?:box|fach|bus|boks))\.?"
)  # fmt: skip


def _not_a_house_number(text: str, start: int, end: int, lower: bool) -> bool:
    """A "number, name, number" match that names a thing: the first number belongs to the word before it ("Formula
    1", "ISO 7064", "§ 290"), the name is an acronym ("42 USC 1983"), English words only ("7064 Mod 11", "3 Max
    Attempts 5") or runs over a sentence's end ("53 Global Resolver. Route 53")."""
    name = _NAME_PART.match(text, start, end)
    words = name.group("name").split() if name else []
    if _sentence_end_inside(text[start:end]):
        return True
    if any(_STREET_WORD.fullmatch(w) for w in words):
        return False  # "Opus 420 Gairbekov Rapids", "77009 P.O. Box 255"
    line_start = text.rfind("\n", 0, start) + 1
    if _SCORE_BEFORE.search(text, max(line_start, start - 12), start):
        return True  # "Italy 33 - 9 Fiji AET": a match's score, the number the second side's
    m = _WORD_BEFORE.search(text, max(line_start, start - 30), start)
    if m is not None and not lower:
        word = m.group("w")
        if word == "§" or (_acronym(word) and not _caps_line(text, start)):
            return True
        if word[:1].isupper() and word.casefold() not in _BEFORE_HOUSE_NUMBER and _dictionary_word(word.casefold()):
            return True
    if not words:
        return False
    if not lower and _acronym(words[0]) and not _caps_line(text, start):
        return True  # "USC", "SGB", "GDPR"
    folded = [w.strip(".,’'").casefold() for w in words if len(w.strip(".")) > 1]
    # one noun alone may be a street's foreign name that English also has ("Roma", "Coronilla")
    return bool(folded) and all(map(_in_wordnet, folded)) and (len(folded) > 1 or _english(folded[0]))


def _sentence_end_inside(value: str) -> bool:
    """A word before the last that ends a sentence: a dictionary word of four letters or more and a dot ("53 Global
    Resolver. Route 53"); a street type's or a title's abbreviation ("St.", "Blvd.", "Gral.") is none."""
    return any(_ends_sentence(w) for w in value.split()[:-1])


def _ends_sentence(word: str) -> bool:
    """A word and a dot that end a sentence: a dictionary word, or a long word no abbreviation ("Resolver.")."""
    stem = word[:-1]
    if not word.endswith(".") or len(stem) < 4 or _STREET_WORD.fullmatch(word) or _SUFFIX_WORD_END.search(stem):
        return False
    return _dictionary_word(stem.casefold()) or (len(stem) >= 7 and stem[1:].islower())


# Words that number a part of a text, a process or a series: the number after one is no house number.
_SUFFIX_WORD_END = re.compile(r"(?i:str|" + _SUFFIX_WORDS + r")$")
_DESIGNATORS = frozenset(
    "stage step phase level tier round version release build chapter section page line item option slide episode "
    "season part volume vol figure fig table grade class rank week day year "
    # a road's own number: "Route 1 Coastal Highway" is the road, not a house on it
    "route rte highway hwy interstate exit junction motorway".split()
)


def _designated_number(text: str, start: int) -> bool:
    """The number at `start` follows a word that numbers a step, a page or a part ("stage 2", "Page 12")."""
    m = _WORD_BEFORE.search(text, max(text.rfind("\n", 0, start) + 1, start - 30), start)
    return m is not None and m.group("w").casefold().rstrip(".") in _DESIGNATORS


def _acronym(word: str) -> bool:
    """An acronym in Latin capitals ("ISO", "USC"); not "P.O." nor a Greek initial."""
    return word.isascii() and word.isalpha() and word.isupper() and 2 <= len(word) <= 6


def _dictionary_word(word: str) -> bool:
    """A common English word or noun ("Attempts", "Tables", "Patch"): no surname among the nouns."""
    return _english(word) or is_noun(word)


def _in_wordnet(word: str) -> bool:
    """Any English word WordNet lists ("Max", "Server", "Mode"), or its plural."""
    if word in WORDS_NOT_NAMES or word in _ALL_NOUNS or _english(word):
        return True
    stem = word[:-3] + "y" if word.endswith("ies") else word[:-1] if word.endswith("s") else ""
    return bool(stem) and (stem in _ALL_NOUNS or (word.endswith("es") and word[:-2] in _ALL_NOUNS))


def _caps_line(text: str, at: int) -> bool:
    """`at` is on a line without lower-case letters."""
    a = text.rfind("\n", 0, at) + 1
    b = text.find("\n", at)
    return not any(c.islower() for c in text[a : b if b >= 0 else len(text)])


_MONTHS_AND_UNITS = frozenset(
    """january february march april may june july august september october november december jan feb mar apr jun
    jul aug sep sept oct nov dec monday tuesday wednesday thursday friday saturday sunday pm am hours hrs minutes mins
    days weeks months years miles km people children kids times""".split()
)


def _house_name(value: str) -> bool:
    """After its number, a street's name: no month, unit or count, and one word alone is no English word."""
    words = [w.strip(".,").casefold() for w in value.split()[1:]]
    if not words or any(w in _MONTHS_AND_UNITS for w in words):
        return False
    return len(words) > 1 or (words[0] not in ENGLISH_WORDS and not is_noun(words[0]))


def _word_before_number(text: str, start: int, end: int) -> str:
    m = _LAST_WORD.search(text, start, end)
    return m.group(1).casefold() if m else ""


# Cells apart by a wide gap (a table's row) inside a value that runs over lines.
_TABLE_GAP = re.compile(r"\S[ ]{3,}\S|\t")
_CELL_GAP = re.compile(r"\S[ ]{2,}\S|\t")
_HOUSE_NUMBER = re.compile(r"(?<![\w\-])\d{1,5}[A-Za-z]?(?![\w\-])")
_NUMBER_ALONE = re.compile(r"[ \t]*[\d/\-.]+[ \t]*")


class StreetAddressRecognizer(ContextRegexRecognizer):
    ENTITY = "STREET_ADDRESS"
    FLAGS = 0
    PATTERNS = [
        # Scores above the NER's 0.85 where the shape is clear: "1668 Glyn St" must not become a PERSON.
        # Not after a slash: "DOB 12/06/1988\n45 QUEEN ST" holds no street "06/1988 … ST".
        ("us_street", _digit_first(_US_STREET + _TAIL, r"[\w\-/]"), 0.9),
        ("eu_prefix", _EU_FIRST + _EU_PREFIX + _TAIL, 0.7),
        ("eu_suffix", _DU + _EU_SUFFIX + _TAIL, 0.9),
        ("num_prefix_words", _digit_first(_NUM_PREFIX_WORDS + _TAIL, r"[\w\-.,]"), 0.7),
        ("eu_type_word", _DU + _EU_TYPE_WORD + _TAIL, 0.9),
        ("num_name_num", _digit_first(_NUM_NAME_NUM + _TAIL, r"[\w\-.,]"), 0.45),
        # The same followed by a unit, city or postal line: an address block.
        ("num_name_num_block", _digit_first(_NUM_NAME_NUM + _ONE_SEG + _TAIL, r"[\w\-.,]"), 0.9),
        # "is at 9816 214 Pavlou Drandaki", "located at 389 167 king alexander": a building number, a house number
        # and a street name (only with an address cue nearby).
        (
            "num_num_name",
            _digit_first(
                r"(?<![\w\-.,/:+(])(?<!\d[ \t])\d{1,6}[ \t]+\d{1,5}[A-Za-z]?[ \t]+(?!"
                + _MONTHS
                + r"|I\b|I['’])"
                + _W
                + r"(?:[ \t]+"
                + _W
                + r"){0,3}",
                r"[\w\-.,/:+(]",
                r"\d[ \t]",
            ),
            0.45,
        ),
        ("num_name_num_unit", _digit_first(_NUM_NAME_NUM + r"[ \t]*,?[ \t]*" + _UNIT, r"[\w\-.,]"), 0.9),
        ("corner", r"(?=[tTcC])" + _CORNER, 0.9),
        ("named_street", r"(?=[oOaAdDnN])" + _NAMED_STREET, 0.9),
        (
            "po_box",
            r"(?=[\dPpUu])(?:(?<![\w\-])\d{1,6}\s+)?\b(?:P\.?\s?O\.?\s*Box|Post\s+Office\s+Box|PSC\s+\d{1,5},?\s*Box|Unit\s+\d{1,5},?\s*Box)\s+\d{1,6}"
            r"(?:\s*,?\s*\n?\s*(?:APO|FPO|DPO)\s+(?:AA|AE|AP)\s+\d{5})?" + _TAIL,
            0.85,
        ),
        # Post-office boxes as other countries write them: "Postfach 1120", "Casilla 45", "Apartado de Correos
        # 1234", "Caixa Postal 12", "Case postale 8", "Postbus 51", "Private Bag 4", "GPO Box 77", "Skrytka pocztowa 5".
        (
            "po_box_intl",
            r"(?=[PpCcAaBbGgLlSs])(?<![\w\-])(?:Postfach|Postbus|Postboks|Casilla(?:[ \t]+(?:de[ \t]+)?[Cc]orreos?)?|"
            r"Apartado(?:[ \t]+(?:de[ \t]+)?[Cc]orreos)?|Apdo\.|Caixa[ \t]+[Pp]ostal|Case[ \t]+postale|"
            r"Casella[ \t]+postale|Bo[îi]te[ \t]+postale|Skrytka[ \t]+pocztowa|Private[ \t]+Bag|Locked[ \t]+Bag|"
            r"GPO[ \t]+Box)[ \t]*(?:No\.?|Nr\.?|N[º°o]\.?|#)?[ \t]*\d{1,6}(?![\w\-/.,]\d)" + _TAIL,
            0.8,
        ),
        ("military", r"(?=[AFDafd])\b(?:APO|FPO|DPO)\s+(?:AA|AE|AP)\s+\d{5}\b", 0.7),
        # Numbered streets and a door, as Colombia and its neighbours write them: "Carrera 7 # 45-10".
        (
            "numbered_street",
            r"(?<![\w\-])(?:Calle|Carrera|Cra\.?|Cl\.?|Avenida|Av\.?|Transversal|Tv\.?|Diagonal|Dg\.?|Kr\.?)[ \t]+"
            r"\d{1,3}[A-Z]?(?:[ \t]?[Bb]is)?[ \t]*(?:#|No\.?|N[°º])[ \t]*\d{1,3}[A-Z]?[ \t]*-[ \t]*\d{1,3}\b" + _TAIL,
            0.85,
        ),
        # A plot or house number before a locality (South Asia, Africa): "House No. 12, Sector 4", "Plot 45, Lekki".
        (
            "house_no",
            r"(?<![\w\-])(?:(?:House[ \t]*(?:No\.?|#|Number)|H\.[ \t]*No\.?|Plot(?:[ \t]*No\.?)?|Erf|Stand[ \t]+No\.?)"
            # "H.No. 4-12/3": a house's number in groups
            r"[ \t]*\d{1,5}[A-Za-z]?(?:[/\-]\d{1,4}[A-Za-z]?){0,2}(?=[ \t]*,)|"
            # "House 12, Road 5, Dhanmondi": a house and a road numbered, as Dhaka and its neighbours write them.
            r"House[ \t]+\d{1,5}[A-Za-z]?[ \t]*,[ \t]*(?:Road|Rd\.?|Lane|Street|Block|Sector)[ \t]+\d{1,4}[A-Za-z]?"
            r"(?=[ \t]*,))" + _TAIL,
            0.6,
        ),
        # A house, a plot or a block numbered before its street (Africa, South Asia, the Philippines): "House 243,
        # Nyerere Road", "No. 166, Ring Road", "H/No. 173, Market Road", "Stand 312, Jan Smuts Ave", "blk 19 lot 19,
        # bonifacio st."
        (
            "house_then_street",
            r"(?<![\w\-])(?i:House|H/No\.?|H\.[ \t]*No\.?|No\.|Door[ \t]+No\.?|Stand|Plot|Blk|Block)[ \t]*#?\d{1,5}"
            r"[A-Za-z]?(?:[ \t]+(?i:lot)[ \t]+\d{1,4})?[ \t]*,[ \t]*(?:[A-Za-z][\w'’\-]*[ \t]+){1,4}"
            r"(?i:" + STREET_SUFFIXES + r")\b\.?",
            0.85,
        ),
        # Rural addresses: "Rural Route 3, Box 45", "RR 2 Box 152", "HC 64 Box 112", "RFD 1".
        (
            "rural_route",
            r"(?=[RrHhSs])\b(?:(?:Rural[ \t]+Route|Highway[ \t]+Contract|Star[ \t]+Route)[ \t]*#?[ \t]*\d{1,4}"
            r"(?:[ \t]*,?[ \t]*(?:Box|Bx)[ \t]*#?[ \t]*\d{1,6})?|"
            r"(?:R\.?R\.?|RFD|R\.F\.D\.|HC)[ \t]*#?[ \t]*\d{1,4}[ \t]*,?[ \t]*(?:Box|Bx)[ \t]*#?[ \t]*\d{1,6})" + _TAIL,
            0.8,
        ),
        # "Box 223, Fairbanks AK 99701", "General Delivery, Juneau AK 99801": a box or general delivery, then a town.
        (
            "box_town",
            r"(?=[BbGg])\b(?:Box[ \t]+\d{1,6}|General[ \t]+Delivery)" + _ONE_SEG,
            0.7,
        ),
        # A Japanese block address: "2-3-1 Marunouchi, Chiyoda-ku".
        (
            "chome",
            r"(?<![\w\-])\d{1,2}-\d{1,2}(?:-\d{1,3})?[ \t]+[A-Z][a-z]+(?:-(?:cho|machi|dori))?,[ \t]*[A-Z][a-z]+-"
            r"(?:ku|shi|cho|machi|gun|ken)\b",
            0.85,
        ),
        # A digit within reach first: a long run of CJK text without one is skipped at each start, not searched.
        ("cjk", r"(?=[^\d\n]{0,36}\d)" + _CJK_ADDRESS, 0.9),
        ("korean", r"(?=[^\d\n]{0,48}\d)" + _KO_ADDRESS, 0.9),
        ("cyrillic", _CYR_ADDRESS, 0.85),
        ("thai", _TH_ADDRESS, 0.85),
        ("turkish", _DU + _TR_ADDRESS, 0.85),
        ("in_pin", r"(?=[\dFDSPHAURf#])" + _IN_ADDRESS, 0.85),
        ("article_street", r"(?=[AIZUHVNGKOSWM])" + _ARTICLE_STREET, 0.7),
        ("nordic_gate", _DU + _NORDIC_GATE, 0.85),
        ("name_num_postal", _DU + _NAME_NUM_POSTAL, 0.7),
        (
            "ship",
            r"(?=[Uu])\b(?:USNS|USNV|USS|USCGC)\s+" + _W + r"(?:\s*\n?\s*(?:APO|FPO|DPO)\s+(?:AA|AE|AP)\s+\d{5})?",
            0.6,
        ),
        ("unit_alone", r"(?=[AaSsUu])(?<![\w\-])(?:Apt|Apartment|Suite|Ste|Unit)\.?\s*#?\s*\d{1,5}[A-Za-z]?\b", 0.45),
        # "lives on 69 Av Sidi Lakhmi street", "Grössgstötten 50 street", "Hoge Wei 32 St.": the word street after.
        (
            "then_street",
            r"(?=[\d"
            + re.escape(_UPPER)
            + r"])(?<![\w\-])(?:"
            + _NUM
            + r"[ \t]+)?"
            + _W
            + r"(?:[ \t]+"
            + _W
            + r"){0,3}(?:[ \t]+"
            + _NUM
            + r")?[ \t]+(?:street|St\.)(?![\w])",
            0.45,
        ),
        # "The bus station is on Pod Floriánem 1677", "lives on the north side of Joaquin Suarez 2906".
        (
            "on_name_number",
            r"(?=[lLsSoOhHeE])\b(?i:lives|living|located|situated|station\s+is|office\s+is|house\s+is|enter|stays|"
            r"staying)[ \t]+"
            r"(?i:on|at)[ \t]+(?:the[ \t]+\w+[ \t]+(?:side|end|corner)[ \t]+of[ \t]+)?(?P<v>"
            + _W
            + r"(?:[ \t]+"
            + _W
            + r"){0,2}[ \t]+\d{1,5}[A-Za-z]?)(?![\w\-/.,]\d|[\w])",
            0.9,
        ),
        # "She lives at 12 Kingsmead.", "posted to 4 Orchard", "Address 12 KINGSMEAD CLOSE": a house number and a
        # street's name without its type word, only right after an address cue (judged in `_candidates`).
        (
            "cued_number_name",
            r"(?=[aAdDhHlLmMpPrRsS])\b(?i:lives|living|stays|staying|resides|residing|posted|sent|delivered|moved|"
            r"address(?:ed)?|home\s+is)[ \t]*(?i:at|to|is|:)?[ \t]*(?P<v>\d{1,5}[A-Za-z]?[ \t]+"
            + _W
            + r"(?:[ \t]+"
            + _W
            + r"){0,2})(?=[ \t]*(?:[,.;!?)]|$)|[ \t]+(?-i:[a-z]))",
            0.85,
        ),
        # A dictated address, its number in words: "lives at ninety four seventeen elm hollow road", "the address is
        # one hundred and twenty four kingsway gardens" (after a cue: "one way street" is no address).
        (
            "spoken_number",
            r"(?=[aAlLiIoOtT])\b(?i:at|on|to|is|address|lives|live|living)[ \t]+(?P<v>(?i:" + _SPOKEN_NUMBER + r")"
            r"(?:[ \t\-]+(?i:and[ \t]+)?(?i:" + _SPOKEN_NUMBER + r")){0,5}[ \t]+(?:[A-Za-z][\w'’\-]*[ \t]+){1,3}"
            r"(?i:" + STREET_SUFFIXES + r"))(?![\w\-])",
            0.75,
        ),
        # "lives at Pagari 18": a name and a house number, only right after an address cue.
        (
            "name_number",
            # The capital first (not a lookahead): the regex engine skips to the capitals.
            _L1 + r"(?<![\w\-].)" + _W_REST + r"(?:\s+" + _W + r")?\s+\d{1,4}[A-Za-z]?\b(?![\-/.,]\d)",
            0.1,
        ),
    ]
    CONTEXT = [
        r"(?i:address(?:es)?|lives|living|live|resides?|residing|located|moved\s+to|staying|stays|home\s+is|house|"
        r"apartment|ship\s+to|mail\s+to|mailing|deliver(?:ed|y)?\s+to|drops?\s+you\s+off|meet\s+(?:me|you)|"
        r"offices?\s+(?:is|are)|sent\s+to|arrived\s+at|lives\s+on|at)"
    ]
    CONTEXT_BOOST = 0.3
    CONTEXT_WINDOW = 40
    REFERENCE_NEGATIVE = False
    _lower: list[tuple[str, re.Pattern[str], float]] | None = None
    _screens: dict[str, Screen | None] | None = None

    def load(self) -> None:
        super().load()
        cls = type(self)
        if cls._lower is None:
            # Text written all in lower case: the same shapes, without capitals to lean on.
            cls._lower = [
                (name, re.compile(rx, re.IGNORECASE), score - 0.15)
                for name, rx, score in cls.PATTERNS
                if name not in _CASED_ONLY
            ]
            cls._screens = {name: _PATTERN_SCREENS.get(name) for name in _SCREENED}

    def candidates(self, text: str) -> Iterator[tuple[str, int, int, float]]:
        lower = not any(c.isupper() for c in text)
        found: list[int] = []  # where the addresses a labelled postal code may complete end
        for cand in self._candidates(text, lower):
            value = text[cand[1] : cand[2]]
            if "\n" in value and _TABLE_GAP.search(value):
                # Over a table's rows: the value is its first line's, if that is one cell ("5B 79 Mill Lane  " then
                # the next row); "PICK LIST  Wave 739  Route Y27" over the header runs across cells, no address.
                first = value.split("\n", 1)[0].rstrip()
                if not first or _CELL_GAP.search(first) or not _HOUSE_NUMBER.search(first):
                    continue
                cand = (cand[0], cand[1], cand[1] + len(first), cand[3])
            if "\n" in value:
                if _NUMBER_ALONE.fullmatch(value.partition("\n")[0]):
                    continue  # "28/1\n 5  Lady Orchard": a racecard's odds, then the next runner: no house number
                last = value.rsplit("\n", 1)[1]
                if last.strip().isdigit() and text[cand[2] : cand[2] + 1] == "/":
                    # "… 2024\n235/40 R18": the next row's tyre size
                    cand = (cand[0], cand[1], cand[2] - len(last) - 1, cand[3])
            if cand[3] >= 0.4:
                found.append(cand[2])
            yield cand
        screened = screen_text(text)
        if any(w in screened for w in _LABEL_WORDS):
            for cand in _labelled_addresses(text, lower):
                found.append(cand[2])
                yield cand
        if any(w in screened for w in _STREET_LABEL_WORDS):
            for cand in _labelled_streets(text, lower):
                found.append(cand[2])
                yield cand
        if not lower:
            for cand in self._caps_candidates(text):
                found.append(cand[2])
                yield cand
        if found and _DIGIT.search(text) is not None:
            yield from _labelled_postcodes(text, found)
            yield from _headed_values(text, found)

    def _caps_candidates(self, text: str) -> Iterator[tuple[str, int, int, float]]:
        """A line in capitals ("ADDRESS: 1420 MAPLE AVE, DAYTON OH 45402", OCR'd and typed forms): the lower-case
        shapes, run on the text in lower case (same offsets), for what starts on such a line."""
        caps = [(m.start(), m.end()) for m in _CAPS_LINE.finditer(text)]
        if not caps:
            return
        folded = text.lower()
        if len(folded) != len(text):
            return
        for name, start, end, score in self._candidates(folded, True):
            if name in _CAPS_SHAPES and any(a <= start < b for a, b in caps):
                yield name, start, end, score

    def _candidates(self, text: str, lower: bool) -> Iterator[tuple[str, int, int, float]]:
        patterns = (self._lower if lower else self._compiled) or []
        has_digit = _DIGIT.search(text) is not None
        if not has_digit:
            # Without a digit only the shapes that need none can match: skip the others.
            patterns = [p for p in patterns if p[0] in _NO_DIGIT_NEEDED]
        patterns = [
            p for p in patterns if p[0] not in _NEEDS or any((w.lower() if lower else w) in text for w in _NEEDS[p[0]])
        ]
        screened = screen_text(text)
        words = screen_words(screened)
        before_number = [m.start() for m in _SPACE_DIGIT.finditer(screened)] if has_digit else []
        patterns = [p for p in patterns if self._may_match(p[0], text, screened, words, before_number)]
        found = (
            (name, *(m.span("v") if "v" in rx.groupindex and m.group("v") is not None else m.span()), score)
            for name, rx, score in patterns
            for m in rx.finditer(text)
        )
        for name, start, end, score in found:
            if end <= start:
                continue
            if name == "cued_number_name" and not _house_name(text[start:end]):
                continue  # "sent to 3 Parents", "moved to 2 May": no street's name after the number
            if name == "eu_suffix" and _word_before_number(text, start, end) in ENGLISH_WORDS:
                continue  # "During 1971", "Spring 2020": a word that ends like a street type
            if (
                name == "unit_alone"
                and not _NUMBER_NEXT.match(text, end)
                and (m := _NAMED_ROOM_BEFORE.search(text, max(0, start - 60), start))
            ):
                if not any(c.isdigit() for c in m.group()) and not _SUFFIX_WORD.fullmatch(m.group().split()[-1]):
                    continue  # "Room: Harrison Suite 12": a venue's named suite, no street anywhere on the line
            if text[start : start + 1].isdigit() and _TIME_BEFORE.search(text, max(0, start - 3), start):
                continue  # "08:14:22Z WARN queue …": the seconds of a time stamp, not a house number
            if name in _NUM_NAME_SHAPES and _not_a_house_number(text, start, end, lower):
                continue
            if name == "us_street" and lower and not _LOWER_NOT_STREET.isdisjoint(text[start:end].split()[1:-1]):
                continue  # "ana is 13 shes at the park": a sentence's words between a number and a street type
            if name == "us_street" and _WIDE_GAP.search(text, start, end):
                continue  # "AGE 13    TOWN DONCASTER\nSCHOOL ST": a form's columns, not a street's words
            if name == "us_street" and (_designated_number(text, start) or _sentence_end_inside(text[start:end])):
                continue  # "Deploy stage 2 Blue Green" (a step's number), "53 Global Resolver. Route" (two sentences)
            if name == "num_name_num_block" and _header_row(_second_line(text, start, end)):
                continue  # "77 CEDAR CT APT 2\nCITY STATE ZIP": the next line heads a form's row of values
            if name == "in_pin" and not _is_south_asian(text[start:end]):
                continue
            if name == "name_num_postal" and not _foreign_street(text[start:end]):
                continue
            if name == "cjk" and _CJK_NOT_ROAD.search(text, start, end):
                continue
            if name in ("eu_prefix", "num_prefix_words") and not lower and _english_via(text, start, end):
                continue  # "shipped via UPS Ground", "2 days via Royal Mail Tracked 48": the English preposition
            if name == "eu_prefix" and _ENGLISH_AFTER_PREFIX.match(text, start):
                continue  # "via the Gallagher Giving portal", "via our website": the English preposition
            if name == "named_street" and _PUBLIC_WORKS_BEFORE.search(text, max(0, start - 40), start):
                continue  # "Road works on Pushkin Street", "buses diverted along Mill Road": the street of all
            if name == "eu_prefix" and not _ENGLISH_INSIDE.isdisjoint(text[start:end].split()[1:]):
                continue  # "Avenue will continue until 15 Feb": an English sentence after the type word
            if name == "name_number" and ("and" in text[max(0, start - 6) : start] or "&" in text[start - 3 : start]):
                # "return to Leon and Eyrarodda 66": the first of two crossing streets, after a preposition.
                m = _INTERSECTION.search(text, max(0, start - 60), start)
                if m is not None and m.group("cue") and (lower or m.group("v")[:1].isupper()):
                    yield "intersection", m.start("v"), self._extend(text, end, lower), 0.6
                    continue
            if score >= (0.25 if lower else 0.4) and name not in ("military", "name_number"):
                end = self._extend(text, end, lower)
                start = self._extend_left(text, start, lower)
            yield name, start, end, score

    def _may_match(self, name: str, text: str, screened: str, words: Set[str], before_number: list[int]) -> bool:
        """False where the pattern `name` cannot match `text`: a cheap fact every match needs is missing."""
        if name in _ENDS_BEFORE_NUMBER:
            ends = _ENDS_BEFORE_NUMBER[name]
            return any(screened.endswith(ends, 0, at) for at in before_number)
        if name in _SCRIPT_NEEDED:
            return _SCRIPT_NEEDED[name].search(text) is not None
        if name in _SPACE_DIGIT_NEEDED and not before_number:
            return False
        if name == "eu_prefix":
            return not words.isdisjoint(_PREFIX_WORDS) or (not text.isascii() and _GREEK.search(text) is not None)
        if name in _SCREENED:
            screen = (self._screens or {}).get(name)
            return screen is None or screen.passes(screened, words)
        return True

    @staticmethod
    def _extend(text: str, end: int, lower: bool) -> int:
        """Take in the unit, city, region, country and postal code that follow the street, piece by piece."""
        nxt = _NEXT_SEG_LOWER if lower else _NEXT_SEG
        for _ in range(6):
            m = nxt.match(text, end)
            if m is None:
                break
            seg = m.group("seg")
            if "\n" in m.group("sep") and (_next_field(text, m.start("seg"), seg) or _table_row(text, end)):
                # the next line is a form's field ("City: Dayton", "Mobile") or a table's next row, not the
                # address's next line
                break
            if _LABEL_AFTER.match(text, m.end()) or _header_row(seg):
                # "5 Bay View Tce   Suburb: Fremantle", "77 BALLYMONEY ROAD    TOWN": the next field beside
                gaps = list(_WIDE_GAP.finditer(seg))
                if gaps:
                    end = m.start("seg") + gaps[-1].start()
                    break
                if _WIDE_GAP.fullmatch(m.group("sep")):
                    break
            if cut := _SENTENCE_END.search(seg):
                end = m.start("seg") + cut.start()  # "…, Kisumu. Police called": the sentence ended with the town
                break
            if lower and "," in m.group("sep") and "\n" not in m.group("sep"):
                first = seg.split()[0].casefold().strip(".,")
                if first in ENGLISH_WORDS and not known_place(first) and not known_place(seg.strip(" .,")):
                    break  # "237 tanyard lane, they said": the sentence goes on after the comma, no town
            if "," not in m.group("sep"):
                # Same line, spaces only: a city or country after the street ("Apt. 417 Csipkerek Vas"); on the next
                # line, a sentence's first word ("… PH36 4HZ\nI want to Gift Aid").
                first = seg.split()[0].casefold().strip(".,")
                if first in _NOT_CITY or (lower and first in _NOT_CITY_LOWER):
                    break
                if lower and "\n" not in m.group("sep") and first in ENGLISH_WORDS and not known_place(first):
                    break  # "22 old mill road now": the sentence goes on, no town (a next line may be the town's)
            end = m.end()
        m = (_BLANK_TAIL_LOWER if lower else _BLANK_TAIL).match(text, end)
        if m is not None:
            end = m.end()
        return end

    @staticmethod
    def _extend_left(text: str, start: int, lower: bool) -> int:
        lo = max(0, start - 60)
        before = text[lo:start]
        # "Maarit and Hersnapvej 75": the first of two crossing streets.
        m = _INTERSECTION.search(text, lo, start) if " and " in before or "&" in before else None
        if m is not None and not lower:
            return m.start("v")
        if text[start : start + 1].isdigit() and text[start - 2 : start - 1].isdigit():
            m = _NUM_BEFORE.search(text, lo, start)
            if m is not None:
                return m.start()
        # "Flat 2B, 45 Queen's Road", "apt 4b 1420 maple ave", "1st floor, 23 Park Lane": the unit before the street.
        if text[start : start + 1].isdigit():
            m = _UNIT_BEFORE.search(text, max(0, start - 24), start)
            if m is not None:
                return m.start()
        # "Storgarden 52 Trajanka Forks": the street name before a house number.
        if not lower and text[start : start + 1].isdigit():
            m = _LEFT.search(text, lo, start)
            words = m.group("v").split() if m is not None else []
            if _street_name_before(words):
                return m.start("v")
        return start

    def score(self, text: str, start: int, end: int, base: float) -> float:
        if bank_directory_row(text, start):
            return 0.0  # "INGBNL2AXXX | Bijlmerdreef 106, 1102 CT Amsterdam": a bank's office, no one's home
        result = _RESULT_INSIDE.search(text, start, end) if text[start : start + 1].isalpha() else None
        if result is not None and _word_before_number(text, start, result.end()) not in _BEFORE_HOUSE_NUMBER:
            return 0.0  # "Blue Heron FC 4-3 Quarry Lane United": a match's result between two sides ("Flat 4-3 …" no)
        if base < 0.9 and not any(c.isdigit() for c in text[start:end]):
            base -= 0.3  # "Av. Gülçe Miray" (a lawyer's title), "Via Nuova": without a number, only with context
        score = super().score(text, start, end, base)
        if base <= 0.1 and score >= 0.4:
            before = text[max(0, start - 14) : start].lower()
            if not any(w in before for w in (" at ", "address", " is ", ": ", " on ")):
                return 0.0
        return score
