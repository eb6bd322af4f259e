"""Gender identity said about a person: transgender, non-binary, pronouns, transition."""

from pii_pipeline.detection.prescreen import needs

from ._recognizer_helpers import ContextRegexRecognizer

_TERMS = (
    r"transgender|trans(?=\s+(?:girl|boy|man|woman|kid|teen|youth|person|child|student|son|daughter))|"
    r"non-?binary|enby|genderqueer|gender-?fluid|gender\s+non-?conforming|agender|two-spirit|"
    r"FtM|MtF|transmasc(?:uline)?|transfem(?:inine)?"
)

# "Transgender Day of Visibility", "transgender rights", "non-binary option on the form": an observance, a cause, a
# group or a form's choice, nobody's identity.
_COLLECTIVE_AFTER = (
    r"(?!\s+(?i:day|days|week|month|rights|community|communities|people|persons|employees|staff|colleagues|issues|"
    r"awareness|polic(?:y|ies)|networks?|groups?|support|inclusion|health|care|services|flag|history|visibility|"
    r"remembrance|equality|options?|categor(?:y|ies)|markers?|box(?:es)?|fields?|choices?|resources?|"
    r"organi[sz]ations?|charit(?:y|ies)|advocacy|studies|research)\b)"
)


class GenderIdentityRecognizer(ContextRegexRecognizer):
    ENTITY = "GENDER_IDENTITY"
    # What every text it reports on holds (detection/prescreen.py): the detector skips it on others.
    SCREEN = needs(
        words="afab agender amab assigned dysphoria enby ftm genderfluid genderqueer mtf nonbinary nonconforming "
        "trans transfem transfeminine transgender transmasc transmasculine",
        substrings="gender-fluid he/him he/they identity non-binary non-conforming she/her they/them transitioned "
        "transitioning two-spirit xe/xem ze/hir ze/zir",
    )
    PATTERNS = [
        ("term", r"(?<![\w\-])(?P<v>" + _TERMS + r")(?![\w\-])" + _COLLECTIVE_AFTER, 0.9),
        (
            "pronouns",
            r"\b(?:uses|use|using|goes\s+by|prefers|pronouns?(?:\s+(?:are|is))?\s*:?)\s+(?P<v>(?:she/her|he/him|"
            r"they/them|ze/zir|ze/hir|xe/xem|she/they|he/they)(?:\s+pronouns)?)",
            0.9,
        ),
        ("assigned", r"\b(?P<v>assigned\s+(?:male|female)\s+at\s+birth|AMAB|AFAB)\b", 0.9),
        (
            "transition",
            r"\b(?P<v>(?:socially\s+|medically\s+)?transition(?:ing|ed)\s+(?:to|from)\s+(?:male|female|a\s+boy|"
            r"a\s+girl|a\s+man|a\s+woman))\b",
            0.9,
        ),
        (
            "labelled",
            r"\bgender\s+identity\s*[:\-=]?\s*(?:is\s+)?(?P<v>[a-z][\w\-]{1,20}(?:\s[a-z][\w\-]{1,20})?)",
            0.9,
        ),
        ("dysphoria", r"\b(?P<v>gender\s+dysphoria)\b", 0.75),
    ]
    REFERENCE_NEGATIVE = False
