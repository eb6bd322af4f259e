"""Sexual orientation said about a person ("he is gay", "came out as bisexual", "orientation: lesbian")."""

import sys
from pathlib import Path

# The engine loads recognizer files by path; the shared helpers sit beside them.
if str(Path(__file__).resolve().parent) not in sys.path:
    sys.path.append(str(Path(__file__).resolve().parent))

from _recognizer_helpers import ScreenedPatternsRecognizer  # noqa: E402

_CLEAR = r"gay|lesbian|bisexual|homosexual|heterosexual|queer|pansexual|asexual|LGBTQ?I?A?\+?|LGB"
_AMBIGUOUS = r"straight|bi|ace|pan"


class SexualOrientationRecognizer(ScreenedPatternsRecognizer):
    ENTITY = "SEXUAL_ORIENTATION"
    PATTERNS = [
        (
            "is_term",
            r"(?:\b(?:is|am|are|was|were|being|be|openly|identif(?:y|ies|ied)\s+as|came\s+out\s+as|come\s+out\s+as|"
            r"coming\s+out\s+as|out\s+as|as\s+a|a|an)|['’](?:m|s|re))\s+(?:openly\s+)?(?P<v>" + _CLEAR + r")(?![\w\-])",
            0.9,
        ),
        (
            "term_person",
            r"(?<![\w\-])(?P<v>" + _CLEAR + r")\s+(?:teen|youth|kid|boy|girl|man|woman|son|daughter|couple|"
            r"parents?|student|relationship|partner)\b",
            0.9,
        ),
        (
            "identifies_ambiguous",
            r"\b(?:identif(?:y|ies|ied)\s+as|came\s+out\s+as|come\s+out\s+as|coming\s+out\s+as)\s+(?P<v>"
            + _AMBIGUOUS
            + r")\b",
            0.9,
        ),
        ("labelled", r"\b(?:sexual\s+orientation|orientation)\s*[:\-=]?\s*(?:is\s+)?(?P<v>[a-z][\w\-]{1,20})", 0.9),
        (
            "came_out",
            r"\b(?P<v>came\s+out)\s+to\s+(?:his|her|their|my)\s+(?:parents|family|mom|dad|mother|father)",
            0.7,
        ),
    ]
    REFERENCE_NEGATIVE = False
