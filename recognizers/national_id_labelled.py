"""Government numbers of any country after a label that names one, in any language and script: "ЕМБГ на
осомничениот: 0105984495540", "ಆಧಾರ್ ಸಂಖ್ಯೆ: 8987 8626 5023", "Indangamuntu: 1 1992 7 1300738 3 79",
"Şübhəlinin FİN kodu / VÖEN: 9PVPC4Y".

The per-country recognizers (national_id_*.py) check their own numbers and know their labels in the country's
language; this one reads the labels they do not, so a number of a country without a published check, or a known one
labelled in another script, is still found. The label decides: its words must name an identity document or number
(not an order's, a ticket's or a phone's), and the value need only look like such a number (six digits or more, maybe
with letters, in groups). Scored below a checked number's 0.95, with the reason.
"""

import re
from collections.abc import Iterator

import regex

from ._recognizer_helpers import ContextRegexRecognizer

SCORE = 0.75
# Words that name a government's number or document, as forms write them in many languages and scripts.
_ID_WORDS = (
    r"identity|identit[éeàa]|identidad|identidade|identificaci[oó]n|citizen(?:ship)?|passport|pasaporte|passeport|"
    r"reisepass|pasaport|paszport|pasošs|pasas|паспорт|пашпарт|пасош|embg|ембг|егн|jmbg|јмбг|emšo|emso|oib|пин|"
    r"vöen|voen|fin|унп|инн|іпн|рнокпп|снилс|иин|aadhaar|aadhar|आधार|আধার|ஆதார்|ಆಧಾರ್|ଆଧାର|ఆధార్|ആധാർ|આધાર|ਆਧਾਰ|"
    r"पॅन|पैन|cnic|nic|nin|nik|ktp|cin|cpf|dni|nie|curp|rut|nif|ppsn|nino|bsn|pesel|cnp|amka|afm|tckn|kimlik|"
    r"indangamuntu|kennitala|henkilötunnus|personnummer|fødselsnummer|isikukood|asmens[ \t]+kodas|personas[ \t]+kods|"
    r"rodné[ \t]+číslo|matični[ \t]+broj|philsys|psn|карт[аы]|ކާޑު|ކާޑ|կենսաչափական|ბირადობის|ሀገራዊ|መታወቂያ|"
    r"الهوية|القومي|ملی|شناختی|шиноснома|kartasy|jinsi|kitambulisho|shaidar|àkọsílẹ̀|"
    # An ID's document or number in plain words and in keys ("id_document_number", "national_id")
    r"id[ \t_\-]*(?:document|doc|card|number|no|nr|nommer|nummer|numer|numero|número|numéro|broj|nombor)|"
    r"national[ \t_\-]*(?:id|identity|identification|number|no|register(?:[ \t]+number)?)|matricule|kvnr|egk|phn|"
    r"fayda|ፋይዳ|መንነት|jshshir|pinfl|الوطني|الوطنية|نیشتمانی|תעודת[ \t]+הזהות|"
    # More languages' identity cards, passports and citizenship or registration numbers
    r"personalausweis|ausweis(?:nummer)?|paspoort|identiteitskaart|passaporto|passaporte|cédula|cedula|"
    r"cartão[ \t]+de[ \t]+cidadão|bilhete[ \t]+de[ \t]+identidade|občanský[ \t]+průkaz|občiansky[ \t]+preukaz|"
    r"cestovní[ \t]+pas|dowód[ \t]+osobisty|személyi(?:[ \t]+igazolvány)?|útlevél|buletin|pașaport|pasaportë|"
    r"letërnjoftim|osobna[ \t]+iskaznica|lična[ \t]+karta|лична[ \t]+карта|удостоверени[ея][ \t]+личности|"
    r"henkilökortti|passi|legitimation|ταυτότητα|ταυτότητας|διαβατήριο|διαβατηρίου|תעודת[ \t]+זהות|ת\.ז|דרכון|"
    r"جواز[ \t]+السفر|گذرنامه|پاسپورت|پاسپورٹ|नागरिकता|पहचान[ \t]+पत्र|पासपोर्ट|পরিচয়পত্র|পাসপোর্ট|"
    r"அடையாள[ \t]+அட்டை|கடவுச்சீட்டு|හැඳුනුම්පත්?|ගමන්[ \t]+බලපත්‍?රය?|paspor|mykad|kad[ \t]+pengenalan|"
    r"căn[ \t]+cước|cccd|cmnd|hộ[ \t]+chiếu|регистрийн(?:[ \t]+дугаар)?|անձնագ(?:իր|րի)|"
    r"პირადი[ \t]+ნომერი|პასპორტი|umazisi|kamazisi|isazisi|"
    # Health insurance and health service numbers, a government's too
    r"medicare|health[ \t]+card|health[ \t]+(?:insurance[ \t]+)?(?:no|number)|nhi|ohip|carte[ \t]+vitale|"
    r"tessera[ \t]+sanitaria|versichertennummer|krankenversicherungsnummer|ehic|chi[ \t]+(?:no|number)|"
    r"h&c[ \t]+(?:no|number)|"
    # Social security and personal tax numbers, a government's (not an English "tax number", as often a firm's);
    # driving licences outside the US (us_driver_license.py reads the US's)
    r"social[ \t]+(?:security|insurance)|s[ée]curit[ée][ \t]+sociale|seguridad[ \t]+social|seguran[çc]a[ \t]+social|"
    r"sozialversicherungs?(?:nummer)?|sv-?nummer|svnr|steuer-?id|steuer-?identifikationsnummer|steuernummer|"
    r"codice[ \t]+fiscale|"
    r"f[üu]hrerschein(?:nummer)?|permis[ \t]+de[ \t]+conduire|patente|carnet[ \t]+de[ \t]+conducir|"
    r"carteira[ \t]+de[ \t]+(?:habilita[çc][ãa]o|motorista)|rijbewijs|prawo[ \t]+jazdy|k[öo]rkort|f[øo]rerkort|"
    r"k[øo]rekort|ajokortti|[řr]idi[čc]sk[ýy][ \t]+pr[ůu]kaz|vodi[čc]sk[ýy][ \t]+preukaz|voza[čc]ka(?:[ \t]+dozvola)?|"
    r"vozni[šs]ko[ \t]+dovoljenje|identitat|"
    # Kazakhstan's ЖСН, Luxembourg's matricule, Somali "aqoonsi", Sinhala's NIC ("ජා.හැ.අ."), Azerbaijani "FİN kodu"
    r"жсн|matrikel|aqoonsi|ජා\.හැ\.අ\.?"
)
# The same in scripts written without spaces between words, where a particle is glued on ("ເລກບັດປະຈຳຕົວຂອງລາວ").
_GLUED_ID_WORDS = (
    r"บัตรประชาชน|หนังสือเดินทาง|ບັດປະຈຳຕົວ|ໜັງສືຜ່ານແດນ|អត្តសញ្ញាណប័ណ្ណ|លិខិតឆ្លងដែន|မှတ်ပုံတင်|နိုင်ငံကူးလက်မှတ်|"
    r"身份证|身份證|身分證|身分证|护照|護照|旅券|マイナンバー|パスポート|주민등록번호|주민번호|여권|외국인등록번호"
)
# Words for a document of any kind ("Travel document", "Nr dokumentu", "Документ", "Doc"): a label of a government's
# number only before a value of a passport's shape (one to three letters, then six to nine digits).
_DOC_WORDS = (
    r"travel[ \t]+document|docs?|document|documento|documentos|dokument|dokumentu|dokumentas|dokuments|документ|"
    r"документа|документу|докум\.?"
)
_PASSPORT_SHAPE = re.compile(r"[A-Z]{1,3}[ ]?\d{6,9}")
# The document's kind may follow the label ("Документ: паспорт FA965099", "Doc: passport no. X1234567").
_KIND_AFTER = (
    r"(?:(?i:passport|pasaporte|passeport|reisepass|pasaport|paszport|паспорт|пашпарт|id[ \t]+card|national[ \t]+id)"
    r"[ \t]*)?(?:(?i:№|no\.?|nr\.?|n°|#)[ \t]*)?"
)
# Words that make a label some other thing's number (whole words, a key's "_" a break: "Patel" holds no "tel",
# "order_id" and "OrderID" hold "order").
_OTHER_THINGS = re.compile(
    r"(?i:(?<![^\W\d_])(?:order|ticket|case|transaction|session|device|user|account|customer|invoice|ref|reference|tracking|"
    r"request|booking|event|product|item|batch|job|build|member|phone|tel|mobile|imei|serial|vat|company|firm|"
    r"provider|service|platform|management|access|theft|verification|check|photo|office)s?(?-i:(?![a-zà-ÿ])))"
)
_WORD = r"(?:(?<![\p{L}\p{M}])(?:" + _ID_WORDS + "|" + _DOC_WORDS + r")(?![\p{L}\p{M}])|" + _GLUED_ID_WORDS + ")"
_NOT_LABEL = r"[^\n:：|៖՝፡]"
# A value: letters of any alphabet in capitals and digits of any script, in groups.
_VALUE = r"(?P<v>(?-i:[\p{Lu}\p{Nd}][\p{Lu}\p{Nd} .\-/]{4,30}?(?:[\p{Lu}\p{Nd}]|\([\p{Lu}\p{Nd}]\))))"
# A label (up to 60 characters of its line before the word, 40 after), its separator, the value. The label opens its
# line, follows a wide gap ("Seq 126   Doc: J7098845") or a sentence's, a clause's or another label's end
# ("Documents submitted: copy of ID card no. …"); the separator is a colon (any script's), a table's bar, a spaced
# dash ("Документ № - GB601139"), the space after a number's word ("identity document no. 1700626448008") or the
# closing bracket of a label in brackets; the value ends its line, its cell, its clause or its sentence.
_LABELLED = regex.compile(
    r"(?im)(?:^|(?<=[ \t]{2})|(?<=[.!?,;:।։။។፣።،][ \t]))(?P<label>"
    + _NOT_LABEL
    + "{0,60}?"
    + _WORD
    # (after its word, the label runs on to its colon but not past a sentence's end: "… 번호는 571020-2274617입니다.
    # 연락처: 010-…" ends the ID's sentence before a phone's label)
    + r"(?:(?!(?<!(?i:\bno|\bnr|नं))[.!?।։။។][ \t])"
    + _NOT_LABEL
    + r"){0,40}?)(?:[ \t]*[:：|៖՝፡=][ \t]*|[ \t]+[\-–—][ \t]+|(?<=(?i:\bno\.|\bnr\.|number|№|#))[ \t]*|"
    # a number's word in more languages ("পরিচয়পত্র নম্বর ২০৭৩…", "መታወቂያ ቁጥሩ 6115…"), "is" ("Medicare No is …"),
    # or an ID's or a passport's name that its value follows after a blank ("KVNR S269160901", "passaporte C120729")
    r"(?<=(?i:nommer|nummer|numer|número|numéro|numero|broj|номер|नंबर|नम्बर|নম্বর|ቁጥሩ|ቁጥር|ቁጽሪ|번호|رقم|ნომერი|"
    r"अंक|අංකය|kodu|nömrəsi|numarası|raqami|nambari))[ \t]+|"
    # any government number's own word, then a blank, before a long number ("JMBG 1110999737432", "ЖСН 0007…")
    # (digits grouped by "-" or "/" at most, not a span of years: "FIN 2023-2024 budget")
    r"(?<=" + _WORD + r")[ \t]+(?=[\p{Nd}\-/]{8,}(?![\p{Nd}\-/]))(?!(?:19|20)\d\d[\-/](?:19|20)?\d\d(?!\p{Nd}))|"
    r"(?<=(?:नं|nr|no)\.)[ \t]+|"
    r"[ \t]+(?i:is|was)[ \t]+|"
    r"(?<=(?i:\b(?:kvnr|nhi|ohip|phn|medicare|dni|nie|cédula|cedula|passport|passeport|passaporte|pasaporte|"
    r"passaporto|reisepass|паспорт|pasaport|paszport)))[ \t]+|"
    # a label in brackets before its value ("[Numèro d'identitat] 161126911699926")
    r"(?<=^\[[^\]\n]{1,60})\][ \t]*)" + _KIND_AFTER + _VALUE + r"(?=[ \t]*(?:$|[,;|]|\((?![\p{Lu}\p{Nd}]\))|"
    r"[ \t]{2}|[.।։။។](?:\s|$)|[።፣]))"
)
# A structured record's key or element that names one: '"id_document_number": "111125/7610"',
# '<national_id country="SE">030128-0038</national_id>'.
_KEYED = regex.compile(
    r'"(?P<label>[\w .\-]{1,40})"[ \t]*:[ \t]*"' + _VALUE + r'"'
    r'|<(?P<label2>[\w.\-]{1,40})(?:[ \t]+[\w\-:]+="[^"\n]*")*>[ \t]*'
    + _VALUE.replace("(?P<v>", "(?P<v2>")
    + r"[ \t]*</"
)
_ANY_ID_WORD = regex.compile(r"(?i)" + _WORD)
_ID_WORD = regex.compile(r"(?i)(?:(?<![\p{L}\p{M}])(?:" + _ID_WORDS + r")(?![\p{L}\p{M}])|" + _GLUED_ID_WORDS + ")")
_SEPARATOR_MARK = re.compile(r"[:：|៖՝፡\-–—]")
_US_PASSPORT = re.compile(r"\d{9}|[A-Z]\d{8}")
_PASSPORT_WORD = re.compile(r"(?i)\bpassport\b")
_DATE = re.compile(r"\d{1,4}[./\-]\d{1,2}[./\-]\d{1,4}")
# A document's number of letters and a few digits, one token ("9PVPC4Y", "MC3612804").
_CODE = re.compile(r"(?=[A-Z0-9]*\d)(?=[A-Z0-9]*[A-Z])[A-Z0-9]{7,14}")


def _government_number(label: str, value: str, inline: bool = False) -> bool:
    """Whether a value after a label with a government's (or a document's) word is such a number: six digits or a
    code of letters and digits, no date, no other thing's number, a passport's shape after a document word alone."""
    if sum(c.isdigit() for c in value) < 6 and not _CODE.fullmatch(value):
        return False
    if _DATE.fullmatch(value) or _OTHER_THINGS.search(label):
        return False
    if inline and _US_PASSPORT.fullmatch(value) and _PASSPORT_WORD.search(label):
        return False  # "passport number 524929771" in a sentence: a US passport's shape, us_passport.py's to report
    # "Document: INV-2024-0042": a document word alone names a passport's shape only
    return _ID_WORD.search(label) is not None or _PASSPORT_SHAPE.fullmatch(value) is not None


class LabelledNationalIdRecognizer(ContextRegexRecognizer):
    ENTITY = "NATIONAL_ID"
    PATTERNS = []
    REFERENCE_NEGATIVE = False

    def candidates(self, text: str) -> Iterator[tuple[str, int, int, float]]:
        if _ANY_ID_WORD.search(text) is None:
            return
        for m in _LABELLED.finditer(text):
            inline = not _SEPARATOR_MARK.search(text, m.end("label"), m.start("v"))
            if _government_number(m.group("label"), m.group("v"), inline):
                yield "labelled_any_language", *m.span("v"), SCORE
        if '"' in text or "<" in text:
            for m in _KEYED.finditer(text):
                value = "v" if m.group("v") is not None else "v2"
                label = (m.group("label") or m.group("label2")).replace("_", " ")
                if _ANY_ID_WORD.search(label) is not None and _government_number(label, m.group(value)):
                    yield "labelled_any_language", *m.span(value), SCORE

    def score(self, text: str, start: int, end: int, base: float) -> float:
        return base

    def reason(self, text: str, start: int, end: int, name: str) -> str:
        return "a government number's label"
