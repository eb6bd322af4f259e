"""Phone numbers written in a country's own format after a word naming the country: "my Israeli number is
09-7625400", "Japanese mobile 090-1234-5678", "her CN number is 13812345678". libphonenumber (phonenumbers) reads
the number as that country writes it and checks it is a valid number there."""

from __future__ import annotations

import re
from collections.abc import Iterator

import phonenumbers

from ._recognizer_helpers import ContextRegexRecognizer

# Country words and the region whose numbering plan they name.
REGIONS: dict[str, str] = {
    "israeli": "IL", "israel": "IL", "japanese": "JP", "japan": "JP", "cn": "CN", "chinese": "CN", "china": "CN",
    "uk": "GB", "british": "GB", "english": "GB", "german": "DE", "germany": "DE", "french": "FR", "france": "FR",
    "indian": "IN", "india": "IN", "mexican": "MX", "mexico": "MX", "brazilian": "BR", "brazil": "BR",
    "canadian": "CA", "canada": "CA", "spanish": "ES", "spain": "ES", "italian": "IT", "italy": "IT",
    "korean": "KR", "korea": "KR", "australian": "AU", "australia": "AU", "swiss": "CH", "switzerland": "CH",
    "dutch": "NL", "irish": "IE", "ireland": "IE", "polish": "PL", "poland": "PL", "swedish": "SE",
    "austrian": "AT", "belgian": "BE", "portuguese": "PT", "russian": "RU", "ukrainian": "UA", "turkish": "TR",
    "filipino": "PH", "philippine": "PH", "nigerian": "NG", "kenyan": "KE", "south african": "ZA",
}  # fmt: skip
_CUE = re.compile(
    r"\b(?P<country>" + "|".join(sorted(REGIONS, key=len, reverse=True)) + r")\b[^.\n\d]{0,24}?"
    r"\b(?:number|phone|mobile|cell(?:phone)?|tel(?:ephone)?|no\.?|#)\b",
    re.IGNORECASE,
)
SCORE = 0.85
_WINDOW = 40  # the number follows its cue closely


class InternationalPhoneRecognizer(ContextRegexRecognizer):
    ENTITY = "PHONE_NUMBER"
    REFERENCE_NEGATIVE = False
    # A country word, looked for case-sensitively in the text's screened (lower-case) form: cheaper than the cue.
    TEXT_NEEDS = re.compile(r"\b(?:" + "|".join(sorted(REGIONS, key=len, reverse=True)) + r")\b")

    def candidates(self, text: str) -> Iterator[tuple[str, int, int, float]]:
        for cue in _CUE.finditer(text):
            region = REGIONS[cue.group("country").lower()]
            start = cue.end()
            window = text[start : start + _WINDOW]
            for match in phonenumbers.PhoneNumberMatcher(window, region, leniency=phonenumbers.Leniency.VALID):
                yield "country_cued", start + match.start, start + match.end, SCORE

    def score(self, text: str, start: int, end: int, base: float) -> float:
        return base  # the country word and libphonenumber's validity check are the evidence
