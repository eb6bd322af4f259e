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
    r"الهوية|القومي|ملی|شناختی|шиноснома|kartasy|jinsi|kitambulisho|shaidar|àkọsílẹ̀"
)
# Words that make a label some other thing's number.
_OTHER_THINGS = re.compile(
    r"(?i:order|ticket|case|transaction|session|device|user|account|customer|invoice|ref|reference|tracking|"
    r"request|booking|event|product|item|batch|job|build|member|phone|tel|mobile|imei|serial|vat|company|firm|"
    r"provider|service|platform|management|access|theft|verification|check|photo|office)"
)
# A label (up to 60 characters of its line) holding such a word, then its colon; the value after it.
_LABELLED = regex.compile(
    r"(?im)^(?P<label>[^\n:：]{0,60}?(?<![\p{L}\p{M}])(?:" + _ID_WORDS + r")(?![\p{L}\p{M}])[^\n:：]{0,40}?)"
    r"[ \t]*[:：][ \t]*(?P<v>[A-Z0-9][A-Z0-9 .\-/]{4,30}?[A-Z0-9])(?=[ \t]*(?:$|[,;(]|[ \t]{2}))"
)
_ANY_ID_WORD = regex.compile(r"(?i)(?<![\p{L}\p{M}])(?:" + _ID_WORDS + r")(?![\p{L}\p{M}])")
_DATE = re.compile(r"\d{1,4}[./\-]\d{1,2}[./\-]\d{1,4}")
# A document's number of letters and a few digits, one token ("9PVPC4Y", "MC3612804").
_CODE = re.compile(r"(?=[A-Z0-9]*\d)(?=[A-Z0-9]*[A-Z])[A-Z0-9]{7,14}")


class LabelledNationalIdRecognizer(ContextRegexRecognizer):
    ENTITY = "NATIONAL_ID"
    PATTERNS = []
    REFERENCE_NEGATIVE = False

    def candidates(self, text: str) -> Iterator[tuple[str, int, int, float]]:
        if (":" not in text and "：" not in text) or _ANY_ID_WORD.search(text) is None:
            return
        for m in _LABELLED.finditer(text):
            value = m.group("v")
            if sum(c.isdigit() for c in value) < 6 and not _CODE.fullmatch(value):
                continue
            if _DATE.fullmatch(value) or _OTHER_THINGS.search(m.group("label")):
                continue
            yield "labelled_any_language", *m.span("v"), SCORE

    def score(self, text: str, start: int, end: int, base: float) -> float:
        return base

    def reason(self, text: str, start: int, end: int, name: str) -> str:
        return "a government number's label"
