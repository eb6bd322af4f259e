"""Criminal history: convictions, arrests, charges, prison, probation and parole, the sex-offender registry."""

import sys
from pathlib import Path

# The engine loads recognizer files by path; the shared helpers sit beside them.
if str(Path(__file__).resolve().parent) not in sys.path:
    sys.path.append(str(Path(__file__).resolve().parent))

from _recognizer_helpers import PHRASE_TAIL, ContextRegexRecognizer  # noqa: E402


class CriminalHistoryRecognizer(ContextRegexRecognizer):
    ENTITY = "CRIMINAL_HISTORY"
    PATTERNS = [
        ("convicted", r"\b(?:was\s+|been\s+)?(?:convicted|found\s+guilty)\s+(?:of|for|on)\s+" + PHRASE_TAIL, 0.9),
        (
            "conviction_for",
            r"\b(?:prior\s+|previous\s+|past\s+)?(?:convictions?|arrests?|charges?)\s+(?:for|of)\s+" + PHRASE_TAIL,
            0.9,
        ),
        ("arrested", r"\b(?:was\s+|been\s+|got\s+)?arrested\s+(?:for|on|in|after)\s+" + PHRASE_TAIL, 0.9),
        ("charged", r"\b(?:was\s+|been\s+)?(?:charged|indicted)\s+with\s+" + PHRASE_TAIL, 0.9),
        ("pleaded", r"\bpleaded\s+(?:guilty|no\s+contest)\s+to\s+" + PHRASE_TAIL, 0.9),
        (
            "record",
            r"\b(?:criminal|arrest|police)\s+(?:record|history|background)\b|\b(?:prior|previous|past)\s+"
            r"(?:convictions?|arrests?|record|offen[cs]es?|charges?)\b|\bconvicted\s+(?:felon|sex\s+offender)\b",
            0.9,
        ),
        (
            "registry",
            r"\b(?:registered\s+)?sex[\s\-]offender(?:s)?(?:\s+registry)?\b|\bsex[\s\-]offender\s+list\b|"
            r"\bMegan'?s\s+Law\s+(?:registry|list)\b",
            0.9,
        ),
        (
            "supervision",
            r"\b(?:on|off|violated(?:\s+(?:his|her|their))?|violation\s+of)\s+(?:probation|parole)\b|"
            r"\b(?:parolee|probationer|probation\s+officer|parole\s+officer|ankle\s+monitor)\b",
            0.9,
        ),
        (
            "custody",
            r"\b(?:served|serving|did|spent|released\s+from|got\s+out\s+of|just\s+out\s+of)\s+(?:\w+\s+){0,3}?"
            r"(?:in\s+)?(?:prison|jail|juvie|juvenile\s+detention|federal\s+time|time(?:\s+in\s+(?:prison|jail|juvie))?)\b|\b(?:incarcerated|"
            r"imprisoned|ex-con|ex-convict|felon)\b",
            0.9,
        ),
        (
            "offence",
            r"\b(?:felony|misdemeanou?r)\s+(?:conviction|charges?|record|assault|theft|possession|DUI|DWI)\b|"
            r"\b(?:(?:prior|previous|past|old)\s+)?(?:DUI|DWI)\s+(?:arrests?|convictions?|charges?)\b",
            0.9,
        ),
    ]
    REFERENCE_NEGATIVE = False
