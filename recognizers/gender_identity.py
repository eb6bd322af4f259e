"""Gender identity said about a person: transgender, non-binary, pronouns, transition."""

from pii_pipeline.detection.prescreen import needs

from ._recognizer_helpers import ContextRegexRecognizer

_NOUNS = r"girl|boy|man|woman|kid|teen|youth|person|child|student|son|daughter|female|male"
# With its article and the noun it qualifies: "a trans boy", "a transgender woman" (the identity is the phrase).
_TERMS = (
    r"(?:an?\s+)?(?:transgender|trans(?=\s+(?:" + _NOUNS + r")\b))(?:\s+(?:" + _NOUNS + r")\b)?|"
    r"non[\s\-]?binary|enby|genderqueer|gender-?fluid|gender\s+non-?conforming|agender|two-spirit|"
    r"(?-i:FtM|MtF)|transmasc(?:uline)?|transfem(?:inine)?|questioning\s+(?:their|his|her|my)\s+gender|"
    # "MTF" in capitals or "mtf" is a lens's modulation transfer function or a code as often: said of someone only
    # ("she's MTF", "identifies as ftm", "a mtf teen")
    r"(?:"
    + "|".join(rf"(?<=\b{w}\s)" for w in ("is", "am", "as", "an", "i'm", "im", "she's", "he's"))
    + r")(?:mtf|ftm)|(?:mtf|ftm)(?=\s+(?:trans\b|"
    + _NOUNS
    + r")\b)"
)
# The same in other languages and scripts.
_WORLD = (
    r"transgéner[oa]|transgêner[oa]|transgenre|transsexuel\w*|non[\s\-]binaire|nicht[\s\-]binär|"
    r"no[\s\-]binari[oa]|não[\s\-]binári[oa]|transpersoon|transpłciow\w*|transznemű|transsukupuoli\w*|"
    r"muunsukupuoli\w*|người\s+chuyển\s+giới|трансгендер\w*|транссексуал\w*|небинарн\w*|τρανς|"
    r"hijra|kathoey|waria|bakla|fa'afafine|fakaleiti"
)
# Scripts that glue particles to a word (Korean "트랜스젠더라고") or write no spaces: found anywhere.
_WORLD_GLUED = r"트랜스젠더|トランスジェンダー|跨性别|跨性別|คนข้ามเพศ|สาวประเภทสอง|טרנסג'נדר|ترنسجندر|ट्रांसजेंडर|ট্রান্সজেন্ডার"

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
        "transitioning two-spirit xe/xem ze/hir ze/zir non binary questioning transg transs binaire binär binari "
        "transpersoon transpłciow transznem transsukupuol muunsukupuol chuyển трансг трансс небинарн τρανς 트랜스젠더 "
        "トランスジェンダー 跨性 คนข้ามเพศ สาวประเภทสอง טרנסג'נדר ترنس ट्रांसजेंडर ট্রান্সজেন্ডার hijra kathoey waria bakla "
        "fa'afafine fakaleiti",
    )
    PATTERNS = [
        ("term", r"(?<![\w\-])(?P<v>" + _TERMS + r")(?![\w\-])" + _COLLECTIVE_AFTER, 0.9),
        ("world", r"(?<![\w\-])(?P<v>" + _WORLD + r")(?![\w\-])" + _COLLECTIVE_AFTER, 0.85),
        ("world_glued", r"(?P<v>" + _WORLD_GLUED + r")", 0.85),
        # "trans" alone, said of someone: "im trans", "she came out as trans"
        ("said_trans", r"\b(?:i'?m|is|am|are|identif(?:y|ies)\s+as|came\s+out\s+as)\s+(?P<v>trans)\b(?![\-'])", 0.85),
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
