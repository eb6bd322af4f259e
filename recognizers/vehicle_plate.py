"""Vehicle registration plates: any plate after its word ("licence plate 7ABC123", "reg: AB12 CDE", "Texas tag
KLM-4821"), and, without a word, the strict national formats that read as nothing else (UK `AB12 CDE`, French
`AB-123-CD`, Italian `AB 123 CD`, Spanish `1234 BCD`, German `B-MW 1234`, Dutch side codes `12-ABC-3`)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ._recognizer_helpers import ContextRegexRecognizer

_CUE = (
    r"licen[cs]e[\s\-]+plates?(?:\s+(?:no\.?|number|#))?|number[\s\-]+plates?|plates?(?:\s+(?:no\.?|number|#))?|"
    r"reg(?:istration)?(?:\s+(?:no\.?|number|plate|mark|#))?|vrm|vehicle\s+reg(?:istration)?|tags?(?:\s+(?:no\.?|number|#))?"
)
# One to three groups of letters and digits: "7ABC123", "KLM-4821", "AB12 CDE", "B-MW 1234".
_PLATE = r"(?-i:[A-Z0-9]{1,8}(?:[ \-·][A-Z0-9]{1,4}){0,2})"
_PLATE_LOWER = r"[a-z0-9]{4,8}"  # typed in a chat: one run, no spaces
_B = r"(?<![\w\-.])"
_E = r"(?![\w\-]|[.,]\d)"


class VehiclePlateRecognizer(ContextRegexRecognizer):
    ENTITY = "VEHICLE_PLATE"
    PATTERNS = [
        (
            "after_cue",
            r"\b(?:" + _CUE + r")\b\s*(?:[:#=]|is|was|reads?|of|ending)?\s*[\"'“]?(?P<v>" + _PLATE + r")" + _E,
            0.85,
        ),
        (
            "after_cue_lower",
            r"\b(?:"
            + _CUE
            + r")\b\s*(?:[:#=]|is|was|reads?|of|ending)?\s*[\"'“]?(?P<v>(?-i:"
            + _PLATE_LOWER
            + r"))"
            + _E,
            0.7,
        ),
        ("uk", _B + r"(?-i:[A-HJ-PR-Y][A-HJ-PR-Y]\d{2} [A-HJ-PR-Z]{3})" + _E, 0.6),
        ("fr", _B + r"(?-i:[A-HJ-NP-TV-Z]{2}-\d{3}-[A-HJ-NP-TV-Z]{2})" + _E, 0.6),
        ("it", _B + r"(?-i:[A-HJ-NPR-TV-Z]{2} \d{3} [A-HJ-NPR-TV-Z]{2})" + _E, 0.55),
        ("es", _B + r"\d{4} (?-i:[BCDFGHJKLMNPRSTVWXYZ]{3})" + _E, 0.55),
        ("de", _B + r"(?-i:[A-ZÄÖÜ]{1,3}-[A-Z]{1,2} \d{1,4}[EH]?)" + _E, 0.55),
        ("nl", _B + r"(?-i:\d{2}-[A-Z]{3}-\d|\d-[A-Z]{3}-\d{2}|[A-Z]{2}-\d{3}-[A-Z]|[A-Z]-\d{3}-[A-Z]{2})" + _E, 0.55),
    ]
    CONTEXT = [_CUE, r"car", r"vehicle", r"van", r"truck", r"sedan", r"suv", r"motorbike", r"driving"]
    CONTEXT_BOOST = 0.3
    REFERENCE_NEGATIVE = True
    TEXT_NEEDS = re.compile(r"\d")  # every plate format here has a digit
    # What each pattern's match holds, looked for in the text's screened (lower-case) form before the pattern runs.
    PATTERN_NEEDS = {
        "after_cue": re.compile(r"plate|reg|vrm|tag"),
        "after_cue_lower": re.compile(r"plate|reg|vrm|tag"),
        "uk": re.compile(r"\d\d [a-z]{3}"),
        "fr": re.compile(r"[a-z]{2}-\d{3}-[a-z]{2}"),
        "it": re.compile(r"[a-z]{2} \d{3} [a-z]{2}"),
        "es": re.compile(r"\d{4} [a-z]{3}"),
        "de": re.compile(r"-[a-z]{1,2} \d"),
        "nl": re.compile(r"\d-[a-z]{3}-\d|[a-z]-\d{3}-[a-z]"),
    }

    def candidates(self, text: str) -> Iterator[tuple[str, int, int, float]]:
        # Overridden so the detector's literal prescreen (a space, a dash: it would pass every text) leaves this
        # recognizer to TEXT_NEEDS.
        yield from super().candidates(text)

    def validate_result(self, pattern_text: str) -> bool | None:
        letters = sum(c.isalpha() for c in pattern_text)
        digits = sum(c.isdigit() for c in pattern_text)
        # A plate mixes letters and digits and is 2-8 of them: not a year, a price, a word.
        if not (letters and digits and 2 <= letters + digits <= 8):
            return False
        return None
