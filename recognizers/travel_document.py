"""Travel documents in an airline's passenger record: SSR DOCS (IATA's advance passenger information),
"SSR DOCS LO HK1 P/IRL/LS3489098/IRL/24AUG02/F/06DEC25/SURNAME/GIVEN/P1": the document's kind (P passport, I identity
card, A/C crew and residence papers), its issuing state, then its number. The number is a government's: a US passport's
when the United States issued a passport, any other country's national ID otherwise. (The birth date and the names of
the same line are date_of_birth's and person_cued's.)"""

import re
from collections.abc import Iterator

from pii_pipeline.detection.prescreen import needs

from ._recognizer_helpers import ContextRegexRecognizer

_SSR_DOCS = re.compile(
    r"\bSSR[ \t]+DOCS[ \t]+[A-Z0-9]{2}[ \t]+HK\d[ \t/]+(?P<kind>[A-Z]{1,2})/(?P<state>[A-Z]{3})/"
    r"(?P<v>[A-Z0-9]{5,15})/"
)


class TravelDocumentRecognizer(ContextRegexRecognizer):
    ENTITY = "NATIONAL_ID"
    SUPPORTED_ENTITIES = ["NATIONAL_ID", "US_PASSPORT"]
    PATTERNS = []
    REFERENCE_NEGATIVE = False
    TYPED_BY_PATTERN = True  # each candidate is yielded under its type
    SCREEN = needs(substrings=["ssr"])
    SCORE = 0.9

    def candidates(self, text: str) -> Iterator[tuple[str, int, int, float]]:
        for m in _SSR_DOCS.finditer(text):
            us_passport = m.group("state") == "USA" and m.group("kind") == "P"
            yield "US_PASSPORT" if us_passport else "NATIONAL_ID", *m.span("v"), self.SCORE

    def score(self, text: str, start: int, end: int, base: float) -> float:
        return base

    def reason(self, text: str, start: int, end: int, pattern_name: str) -> str:
        return "an airline's travel-document record (SSR DOCS)"
