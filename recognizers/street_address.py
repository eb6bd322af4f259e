"""Street addresses: number, street, unit, city, state, ZIP, across lines; PO/military boxes; European forms."""

import re
import sys
from collections.abc import Iterator
from pathlib import Path

# The engine loads recognizer files by path; the shared helpers sit beside them.
if str(Path(__file__).resolve().parent) not in sys.path:
    sys.path.append(str(Path(__file__).resolve().parent))

from _recognizer_helpers import STREET_PREFIXES, STREET_SUFFIXES, ContextRegexRecognizer  # noqa: E402

# A capitalised word (Latin with accents, Greek, Cyrillic).
_W = r"[A-ZÀ-ÖØ-Þ\u0386-\u038fΑ-ΩА-ЯŁŚŻŹĆŃŠŽČŘĎŤŇŐŰ][\w'’.\-]*"
_NUM = r"\d{1,6}[A-Za-z]?(?:[\-/]\d{1,5}[A-Za-z]?)?"
_DIR = r"(?:(?:N|S|E|W|NE|NW|SE|SW|North|South|East|West)\.?\s+)"
_UNIT = (
    r"(?:Apt|Apartment|Suite|Ste|Unit|Room|Rm|Fl|Floor|Bldg|Building|Lot|Trlr|Flat|Box|#)\.?\s*#?\s*"
    r"[A-Za-z0-9\-]{1,7}\b"
)
_STATES = (
    "AL|AK|AZ|AR|CA|CO|CT|DE|DC|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ|NM|NY|NC|ND|OH|"
    "OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY|PR|GU|VI|AA|AE|AP"
)
_POSTAL = r"\d{3,6}(?:[\- ]\d{2,4})?"
# What may follow a street, on the same line after a comma or on the next lines (mail and form layouts, "> "
# quoting): unit, city, state or region, country, postal code. Each piece must end its line or meet a comma.
_SEG = (
    r"(?:" + _UNIT + r"|(?:" + _STATES + r")(?:[ \t]+" + _POSTAL + r")?|" + _W + r"(?:[ \t]+" + _W + r"){0,3}"
    r"(?:[ \t]*,?[ \t]*(?:" + _STATES + r"))?(?:[ \t]*,?[ \t]*" + _POSTAL + r")?|" + _POSTAL + r"|nan)"
)
_TAIL = (
    r"(?:[ \t]*,?[ \t]*" + _UNIT + r")?"
    r"(?:[ \t]*(?:,|\n[\s>]*,?)[ \t]*" + _SEG + r"(?=[ \t]*(?:[,.;)\n]|$)|[ \t]+(?:and|for|in|last|is)\b)){0,5}"
)
_US_STREET = (
    r"(?<![\w\-])" + _NUM + r"\s+(?:" + _NUM + r"\s+)?" + _DIR + r"?(?:(?:" + _W + r"|\d{1,3}(?:st|nd|rd|th))\s+){1,4}?"
    r"(?:" + STREET_SUFFIXES + r")\b\.?(?:\s+(?:N|S|E|W|NE|NW|SE|SW)\b\.?)?(?:\s+(?:St|Street|Ave|Rd)\b\.?)?"
)
_PARTICLES = r"(?:de|da|do|dos|das|del|della|di|la|le|les|du|des|d'|l'|von|van|der|al|el)"
_EU_PREFIX = (
    r"(?:(?<![\w\-])"
    + _NUM
    + r",?\s+(?:"
    + _NUM
    + r"\s+)?)?(?:"
    + STREET_PREFIXES
    + r")\s+(?:"
    + _PARTICLES
    + r"\s+)*"
    + _W
    + r"(?:\s+(?:"
    + _PARTICLES
    + r"\s+)?"
    + _W
    + r"){0,3}(?:,?\s+"
    + _NUM
    + r"\b)?"
)
_EU_SUFFIX = (
    r"(?<![\w\-])(?:"
    + _NUM
    + r"\s+)?(?:"
    + _W
    + r"\s+)?[A-ZÀ-ÖØ-Þ][\w\-]*(?:strasse|straße|straat|str\.|weg|gasse|vej|"
    r"vænget|gade|katu|tie|polku|väg|vägen|gatan|laan|plein|allee|platz|ring|veien|vegen|gata|gate|stræti|straeti|"
    r"utca|ulica|stræde|torv|kuja|steig|damm|ufer|markt|brücke|weide|hof)\s+\d{1,5}[A-Za-z]?\.?"
)
_EU_TYPE_WORD = (
    r"(?<![\w\-])(?:" + _NUM + r"\s+)?" + _W + r"(?:\s+" + _W + r"){0,2}\s+(?:u\.|utca|út|tér|krt\.|körút|kapu|str\.?|"
    r"Strasse|Straße|Weg|Gasse|Allee|Platz|sokak|sok\.|cad\.|caddesi|ulica)\s+\d{1,5}[A-Za-z]?\.?"
)
# "20789 Allika 46", "0138 Brisas 6802": number, capitalised name, number (Faker's and many countries' layout).
_MONTHS = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s"
_NUM_NAME_NUM = (
    r"(?<![\w\-.,])"
    + _NUM
    + r"\s+(?!"
    + _MONTHS
    + r")"
    + _W
    + r"(?:\s+"
    + _W
    + r"){0,2}\s+\d{1,5}(?:[A-Z]\b)?(?![\w\-/])\.?"
)
_ONE_SEG = r"(?:[ \t]*(?:,|\n[\s>]*,?)[ \t]*" + _SEG + r")"
_CORNER = (
    r"\b(?:the\s+)?corner\s+of\s+(?:"
    + _NUM
    + r"\s+)?"
    + _W
    + r"(?:\s+"
    + _W
    + r"){0,3}\s+(?:and|&)\s+(?:"
    + _NUM
    + r"\s+)?"
    + _W
    + r"(?:\s+"
    + _W
    + r"){0,3}"
)


class StreetAddressRecognizer(ContextRegexRecognizer):
    ENTITY = "STREET_ADDRESS"
    FLAGS = 0
    PATTERNS = [
        # Scores above the NER's 0.85 where the shape is clear: "1668 Glyn St" must not become a PERSON.
        ("us_street", _US_STREET + _TAIL, 0.9),
        ("eu_prefix", _EU_PREFIX + _TAIL, 0.7),
        ("eu_suffix", _EU_SUFFIX + _TAIL, 0.9),
        ("eu_type_word", _EU_TYPE_WORD + _TAIL, 0.9),
        ("num_name_num", _NUM_NAME_NUM + _TAIL, 0.45),
        # The same followed by a unit, city or postal line: an address block.
        ("num_name_num_block", _NUM_NAME_NUM + _ONE_SEG + _TAIL, 0.9),
        ("corner", _CORNER, 0.9),
        (
            "po_box",
            r"(?:(?<![\w\-])\d{1,6}\s+)?\b(?:P\.?\s?O\.?\s*Box|Post\s+Office\s+Box|PSC\s+\d{1,5},?\s*Box|Unit\s+\d{1,5},?\s*Box)\s+\d{1,6}"
            r"(?:\s*,?\s*\n?\s*(?:APO|FPO|DPO)\s+(?:AA|AE|AP)\s+\d{5})?" + _TAIL,
            0.85,
        ),
        ("military", r"\b(?:APO|FPO|DPO)\s+(?:AA|AE|AP)\s+\d{5}\b", 0.7),
        ("ship", r"\b(?:USNS|USNV|USS|USCGC)\s+" + _W + r"(?:\s*\n?\s*(?:APO|FPO|DPO)\s+(?:AA|AE|AP)\s+\d{5})?", 0.6),
        ("unit_alone", r"(?<![\w\-])(?:Apt|Apartment|Suite|Ste|Unit)\.?\s*#?\s*\d{1,5}[A-Za-z]?\b", 0.55),
        # "lives at Pagari 18": a name and a house number, only right after an address cue.
        ("name_number", r"(?<![\w\-])" + _W + r"(?:\s+" + _W + r")?\s+\d{1,4}[A-Za-z]?\b(?![\-/.,]\d)", 0.1),
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

    def load(self) -> None:
        super().load()
        cls = type(self)
        if cls._lower is None:
            # Text written all in lower case: the same shapes, without capitals to lean on.
            cls._lower = [(name, re.compile(rx, re.IGNORECASE), score - 0.15) for name, rx, score in cls.PATTERNS]

    def candidates(self, text: str) -> Iterator[tuple[str, int, int, float]]:
        if any(c.isupper() for c in text):
            yield from super().candidates(text)
            return
        for name, rx, score in self._lower or []:
            for m in rx.finditer(text):
                if m.end() > m.start():
                    yield name, m.start(), m.end(), score

    def score(self, text: str, start: int, end: int, base: float) -> float:
        score = super().score(text, start, end, base)
        if base <= 0.1 and score >= 0.4:
            before = text[max(0, start - 14) : start].lower()
            if not any(w in before for w in (" at ", "address", " is ", ": ", " on ")):
                return 0.0
        return score
