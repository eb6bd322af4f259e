"""The shared class of the national ID recognizers (this file holds no recognizer itself).

Each `national_id_<country>_<id>.py` declares its data: the country, the python-stdnum module that validates
the number, the shapes it is written in and the words that name it. Scores, recall first:

- a value whose check digits (or structure, for IDs without one) pass, with a context word before it: 0.95;
- the same without a context word: the pattern's own score. Shapes strict enough to be read alone (letters and
  digits in fixed places, or a national separator layout) score a medium 0.6 and are reported; bare digit runs
  score under the threshold and need their word;
- a value that fails its check but follows its context word ("NHS 943 476 5870" with a typo): 0.55. A check only
  ever raises confidence; it never vetoes a value its context names.

The finding's recognizer names the country and the ID (`NationalId_GB_NHS`), so a report says which it is.
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Iterator
from types import ModuleType

import regex

from ._recognizer_helpers import ContextRegexRecognizer, after_reference_label, table_ranges
from ._scripts import UNSPACED

CONTEXT_SCORE = 0.95
GENERIC_LABEL_SCORE = 0.85
INVALID_WITH_CONTEXT = 0.55
AFTER_WINDOW = 16
_DIGIT = re.compile(r"\d")
# A label that names a government number without saying which ("National ID:", "Government ID", "Identity no.",
# "Numéro d'identité", "Número de identificación", "Ausweisnummer"): a value whose check passes after it is a
# national ID, whichever country's check it passes. (Not "Tax ID": on an invoice that is the firm's.)
_GENERIC_ID_LABEL = re.compile(
    r"(?:\b(?:national|government|govt?|state|citizen(?:ship)?|resident|personal|identity|identification)"
    r"[\s_\-]*(?:id|identification|identity|number|no\.?|num|nr|code|card)(?:[\s_\-]*(?:number|no\.?|num|#))?|"
    r"\bid(?:entity)?[\s_\-]*(?:card[\s_\-]*)?(?:number|no\.?|num|nr|#)|(?:^|(?<=\|)|(?<=[ \t]{2})|(?<=\t))[ \t]*id|"
    r"\b(?:my|his|her|their)\s+id(?:\s+(?:number|no\.?))?\s+(?:is|was)|"
    r"\bnum[ée]ro\s+(?:d['’\s]?identit[ée]|d['’\s]?identification|d['’\s]?assurance\s+sociale)|"
    r"\bn[uú]mero\s+(?:de\s+)?(?:identificaci[oó]n|identidad|documento)|\bdocumento\s+(?:de\s+identidad|nacional)|"
    r"\b(?:personal)?ausweis(?:nummer|[\s\-]*nr\.?)?|\bidentiteitsnummer|"
    r"\bnumer\s+(?:dowodu|identyfikacyjny|pesel)|\bcarta\s+d['’\s]?identit[aà]|\bidentifiant|\bassurance\s+sociale)"
    r"[\s.]*[:#=\-]?[ \t]*$",
    re.IGNORECASE | re.MULTILINE,
)
# "Customer ID #", "Ticket ID no.": an ID of a record, not of a person's government.
_NOT_A_PERSON_S_ID = re.compile(
    r"\b(?:customer|client|order|user|account|member(?:ship)?|employee|staff|ticket|session|transaction|device|product|"
    r"invoice|booking|tracking|case|reference|ref|request|student|patient|vendor|supplier|batch|asset|item|job|task|"
    r"event|record|file|message|report)[\s_\-]*$",
    re.IGNORECASE,
)


# A letter of a script written without spaces (_scripts.UNSPACED: Han, kana, Hangul, Thai, Lao, Khmer, Myanmar; kana's
# prolonged-sound mark) touching a digit; not those scripts' own digits ("๑๒๓"), which are the number.
_UNSPACED = "".join(rf"\p{{Script={name}}}" for name in sorted(UNSPACED)) + "ー"
_GLUED_LETTER = regex.compile(rf"(?<=\d)(?!\d)[{_UNSPACED}]|(?!\d)[{_UNSPACED}](?=\d)")


class NationalIdRecognizer(ContextRegexRecognizer):
    # Not instantiated by the engine: it only takes classes defined in the recognizer file itself.
    ENTITY = "NATIONAL_ID"
    COUNTRY = ""  # ISO 3166-1 alpha-2
    ID_NAME = ""  # short name of the ID ("NINO", "NHS", "SIN")
    STDNUM = ""  # python-stdnum module that validates it ("gb.nhs"); empty: `is_valid` is overridden
    CONTEXT_WINDOW = 40
    REPORTS_WITHOUT_CONTEXT = True
    # What every match needs, checked once per text: a run of digits as long as the shortest run any of the ID's
    # shapes holds (each file sets its own). Literal screens would be single letters or a space: no screen at all.
    TEXT_NEEDS = _DIGIT
    _module: ModuleType | None = None

    def __init__(self) -> None:
        super().__init__()
        self.name = f"NationalId_{self.COUNTRY}_{self.ID_NAME}"

    def candidates(self, text: str) -> Iterator[tuple[str, int, int, float]]:
        # Overridden so the detector's literal prescreen leaves these recognizers to TEXT_NEEDS (see above). In
        # scripts written without spaces a particle touches the number ("주민등록번호는 571020-2274617입니다"): its
        # letter there is read as a blank, so the pattern's edges hold (same offsets; scores read the text itself).
        yield from super().candidates(text if text.isascii() else _GLUED_LETTER.sub(" ", text))

    def is_valid(self, value: str) -> bool:
        cls = type(self)
        if cls._module is None:
            cls._module = importlib.import_module("stdnum." + cls.STDNUM)
        return bool(cls._module.is_valid(value))

    def context_named(self, text: str, start: int, end: int) -> bool:
        """Its word before it ("NHS number 943 476 5870"), just after it ("943 476 5870 (NHS)"), or, in a pasted
        table's row, in its column's header."""
        if self._context_re is None:
            return False
        if self._context_re.search(text, max(0, start - self.CONTEXT_WINDOW), start) or self._context_re.search(
            text, end, min(len(text), end + AFTER_WINDOW)
        ):
            return True  # its words are specific: another cell's label nearby does not hide them
        ranges = table_ranges(text, start)
        return ranges is not None and any(self._context_re.search(text, a, b) for a, b in ranges)

    def score(self, text: str, start: int, end: int, base: float) -> float:
        value = text[start:end]
        if set(filter(str.isdigit, value)) <= {"0"}:
            return 0.0  # a form's example of the layout ("AA 00 00 00 A", "000-000-000"): no one's number
        named = self.context_named(text, start, end)
        if self.is_valid(value):
            if named:
                return CONTEXT_SCORE
            # "Order no. 12345678Z" is a reference number, whatever its check letter says.
            if after_reference_label(text, start):
                return 0.0
            label = _GENERIC_ID_LABEL.search(text, max(0, start - self.CONTEXT_WINDOW), start)
            if label is not None and not _NOT_A_PERSON_S_ID.search(text, max(0, label.start() - 24), label.start()):
                return max(base, GENERIC_LABEL_SCORE)  # "National ID: 271849358"
            return base
        return INVALID_WITH_CONTEXT if named else 0.0
