"""Sexual orientation said about a person ("he is gay", "came out as bisexual", "orientation: lesbian")."""

import re
from collections.abc import Iterator

from pii_pipeline.detection.prescreen import needs, screen_text, screen_words

from ._recognizer_helpers import ScreenedPatternsRecognizer

_CLEAR = (
    r"gay|lesbian|bisexual|homosexual|heterosexual|queer|pansexual|asexual|demisexual|"
    r"same-(?:sex|gender)[ \-]attracted|LGBTQ?I?A?\+?|LGB"
)
_AMBIGUOUS = r"straight|bi|ace|pan"
# Said in a profile's or a description's list: "Moritz, 38 Jahre, hetero", "he's transgender and pansexual", "soy
# Iker, bisexual, orgullosamente …" (not "gay" or "queer" alone, which name a bar, a film or a cause as often).
_LISTED = (
    r"lesbian|bisexual|homosexual|heterosexual|pansexual|asexual|hetero|bi-curious|demisexual|"
    r"same-(?:sex|gender)[ \-]attracted"
)
# The words in other languages and scripts, said of someone wherever they stand.
_WORLD = (
    r"schwul|lesbisch|bisexuell|heterosexuell|homosexuell|homosexuel(?:le)?|bisexuel(?:le)?|hétérosexuel(?:le)?|"
    r"lesbienne|lesbiana|bisexuais|homossexual|omosessuale|bisessuale|eşcinsel|biseksüel|"
    r"heteroseksüel|homoseksual\w*|biseksual\w*|гей|лесбиянка|бисексуал\w*|гомосексуал\w*|"
    r"biszexuális|homoszexuális|heteroszexuális|leszbikus|lezbiyen|ביסקסואל(?:ית)?|הומוסקסואל(?:ית)?|לסבית|"
    r"مثلي(?:ة)?|مثليّة|همجنس\u200c?گرا|دوجنس\u200c?گرا|समलैंगिक|उभयलिंगी|เกย์|เลสเบี้ยน|ไบเซ็กชวล"
)
_WORLD_GLUED = r"양성애|동성애|이성애|同性恋|同性戀|双性恋|雙性戀|ゲイ|バイセクシュアル|レズビアン|同性愛|両性愛"

# Where a clause ends after the term: said of someone ("is julien lesbian??", "ana queer.", "dice que es gay.",
# "outing at school (bisexual)."), not a cause, a bar or a programme, which a noun follows.
_CLAUSE_END = (
    r"(?=[ \t]*(?:[.,;!?)\]\"”]|\n|$|and\b|but\b|tho\b|tbh\b|ngl\b|lol\b|too\b|now\b|dont\b|don['’]t\b|"
    r"[\u2600-\u27BF\U0001F300-\U0001FAFF]))"
)
# The terms that name nothing but an orientation, in lower case (a label's answer, not a glossary's heading).
_LOWER_TERMS = (
    r"(?-i:lesbian|bisexual|homosexual|heterosexual|pansexual|asexual|demisexual|gay|queer|"
    r"same-(?:sex|gender)[ \-]attracted)"
)
# A copula or "I" in the languages hotline callers mix in ("es", "est", "ist", "je", "jest", "är", Arabizi "ana").
_COPULA_WORLD = r"es|est|ist|je|jest|är|er|é|è|sono|soy|sou|ana|eno|estoy|ben"

# Words after "sexual orientation" that are no answer: "sexual orientation in the workplace", "… policy".
_NOT_VALUES = (
    r"(?:in|of|and|or|to|for|at|on|the|a|an|is|are|was|as|by|with|training|policy|policies|discrimination|"
    r"questions?|data|statistics|unknown|not|n/a|na|none)(?![\w\-])"
)

# What follows "LGBTQ+ youth" when it is a service, not someone: "the LGBTQ+ youth programme", "gay couples' group".
_SERVICE = (
    r"(?i:programs?|programmes?|groups?|cent(?:er|re)s?|services?|support|clubs?|networks?|shelters?|housing|"
    r"organi[sz]ations?|charit(?:y|ies)|funds?|projects?|initiatives?|workers?|outreach|camps?|events?|forums?|"
    r"helplines?|hotlines?|drop-?ins?|mentoring|provision|strategy|policy|budget)\b"
)

# Whole words one of which every pattern's match holds (lower-cased, as prescreen.screen_words gives them), unless
# it holds "lgb" or "orientation" (which need not stand alone), so a text without any skips the per-pattern screens.
_ANY_WORDS = frozenset(
    "gay lesbian bisexual homosexual heterosexual queer pansexual asexual demisexual straight bi ace pan came".split()
)


_WORLD_HINT = re.compile(
    r"hetero|sexu|sessu|seks|szex|schwul|lesbi|leszb|lezb|eşcinsel|гей|лесби|секс|attracted|양성애|동성애|이성애|同性|双性|雙性|ゲイ|"
    r"バイセク|レズビアン|両性愛|ביסקסואל|הומוסקסואל|לסבית|مثلي|همجنس|دوجنس|समलैंगिक|उभयलिंगी|เกย์|เลสเบี้ยน|ไบเซ็กชวล"
)


class SexualOrientationRecognizer(ScreenedPatternsRecognizer):
    ENTITY = "SEXUAL_ORIENTATION"
    # Per pattern, what every match holds (detection/prescreen.py): a pattern is not run on a text without it.
    PATTERN_SCREENS = {
        "is_term": needs(
            substrings="asexual bisexual gay heterosexual homosexual lesbian lgb pansexual queer attracted demisexual"
        ),
        "term_person": needs(
            words="boy couple daughter girl kid man parent parents partner relationship son student teen woman youth",
        ),
        "identifies_ambiguous": needs(words="came come coming identified identifies identify"),
        "labelled": needs(substrings="orientation"),
        "came_out": needs(words="came"),
        "predicate": needs(
            substrings="gay lesbian bisexual homosexual heterosexual queer pansexual asexual demisexual attracted lgb"
        ),
        "is_short": needs(words="is"),
        "is_who_short": needs(words="is"),
        "bracketed": needs(substrings="gay lesbian sexual queer attracted lgb hetero bi) curious"),
        "listed_short": needs(words="bi pan queer"),
        "copula_bi": needs(words="bi"),
        "after_label": needs(
            substrings="gay lesbian bisexual homosexual heterosexual queer pansexual asexual demisexual attracted lgb "
            "hetero"
        ),
        "listed": needs(
            substrings="lesbian bisexual homosexual heterosexual pansexual asexual hetero bi-curious demisexual "
            "attracted"
        ),
        "world": needs(
            substrings="schwul lesbi bisex hétéro heterosex homosex homossex omosess bisess eşcinsel biseks heteroseks "
            "homoseks гей лесби бисекс гомосекс szexuális leszbikus lezbiyen ביסקסואל הומוסקסואל לסבית مثلي همجنس "
            "دوجنس समलैंगिक उभयलिंगी เกย์ เลสเบี้ยน ไบเซ็กชวล"
        ),
        "world_glued": needs(substrings="양성애 동성애 이성애 同性 双性 雙性 ゲイ バイセクシュアル レズビアン 両性愛"),
    }
    PATTERNS = [
        (
            "is_term",
            r"(?:\b(?:is|am|are|was|were|being|be|openly|identif(?:y|ies|ied)\s+as|came\s+out\s+as|come\s+out\s+as|"
            r"coming\s+out\s+as|out\s+as|as\s+a|a|an|im|shes|hes)|['’](?:m|s|re))\s+(?:openly\s+|(?:uh|um|erm|like)\s+)?"
            # ("identifies as you know bisexual": a filler or two between)
            r"(?:(?<=as\s)(?:[a-z]+\s+){1,2}?)?(?P<v>" + _CLEAR + r")(?![\w\-])",
            0.9,
        ),
        # A chat's "im pan and my parents dont know", "i'm bi tho": the short words only where the clause ends
        (
            "im_ambiguous",
            r"\b(?:i['’]?m|i\s+am|im|she['’]?s|he['’]?s|they['’]?re)\s+(?:(?:also|actually|prob(?:ably)?|kinda)\s+)?"
            r"(?P<v>" + _AMBIGUOUS + r")" + _CLAUSE_END,
            0.85,
        ),
        # The term in lower case as a clause's predicate, in any language's sentence: "omg is julien lesbian??",
        # "la2enno ana queer.", "dice que es gay.", "Mother is bi and …", "is 冠宇 straight??"
        (
            "predicate",
            r"\b(?:is|am|are|was|"
            + _COPULA_WORLD
            + r")\s+(?:[^\W\d_]\S*\s+)?(?P<v>"
            + _CLEAR
            + r"|"
            + _LISTED
            + r")(?![\w\-])"
            + _CLAUSE_END,
            0.85,
        ),
        ("is_short", r"\bis\s+(?P<v>bi|straight)(?=\s+and\b)", 0.8),
        # "ana bi.", "es bi.", "… is bi 😳": the short word right after the copula, where the clause ends
        ("copula_bi", r"\b(?:is|am|" + _COPULA_WORLD + r")\s+(?P<v>bi)(?![\w\-])(?![ \t]*,)" + _CLAUSE_END, 0.8),
        # After a form's or a note's label: "Disclosed in private: homosexual.", "orientation -> bisexual"
        ("after_label", r"(?::|->|=>)[ \t]*(?P<v>" + _LOWER_TERMS + r")(?![\w\-])(?=[ \t]*(?:\.(?!\w)|\n|$))", 0.8),
        (
            "is_who_short",
            r"\bis\s+(?!(?:it|this|that|there|the|a|an|he|she|they|we|you|i|one)\s)[^\W\d_]\S*\s+"
            r"(?P<v>bi|straight|ace|pan)(?=\?)",
            0.8,
        ),
        # Said in brackets after what it is about: "being threatened with outing at school (bisexual)."
        ("bracketed", r"\((?P<v>" + _CLEAR + r"|" + _LISTED + r"|bi)\)", 0.8),
        # A profile's bio: a term alone between bars or quotes ("bio: \"lesbian | …\"", "52 | asexual | dm me")
        (
            "bio_cell",
            r"(?:[|\"“][ \t]*)(?P<v>" + _LISTED + r"|gay|queer|straight)(?=[ \t]*[|\"”])",
            0.85,
        ),
        (
            "term_person",
            r"(?<![\w\-])(?P<v>" + _CLEAR + r")\s+(?:teen|youth|kid|boy|girl|man|woman|son|daughter|couple|"
            r"parents?|student|relationship|partner)\b(?!\s+" + _SERVICE + r")",
            0.9,
        ),
        (
            "identifies_ambiguous",
            r"\b(?:identif(?:y|ies|ied)\s+as|came\s+out\s+as|come\s+out\s+as|coming\s+out\s+as)\s+(?P<v>"
            + _AMBIGUOUS
            + r")\b",
            0.9,
        ),
        # "sexual orientation: gay"; after "orientation" alone (a new-staff or volunteer orientation) only a term.
        (
            "labelled",
            r"\b(?:sexual\s+orientation\s*[:\-=]?\s*(?:is\s+)?(?!" + _NOT_VALUES + r")|"
            r"orientation\s*[:\-=]?\s*(?:is\s+)?(?=(?:"
            + _CLEAR
            + "|"
            + _AMBIGUOUS
            + "|"
            + _LISTED
            + r"|\w+sexual)(?![\w\-])))"
            r"(?P<v>[a-z][\w\-]{1,20}(?:[ \t]+(?:man|woman|male|female|person|boy|girl))?)",
            0.9,
        ),
        (
            "listed",
            r"(?:,|\b(?:and|und|y|et|e))[ \t]+(?P<v>" + _LISTED + r")(?=[ \t]*(?:[,.;)\n\"]|$|and\b|und\b))",
            0.85,
        ),
        # The short words last in a description's list: "Kerem, 38 Jahre, bi", "he's nonbinary and bi.", "trans et pan,"
        ("listed_short", r"(?:,|\b(?:and|und|et|y))[ \t]+(?P<v>bi|pan|queer)(?=[ \t]*(?:[.;)\n]|$|,[ \t]+du\b))", 0.8),
        ("world", r"(?<![\w\-])(?P<v>" + _WORLD + r")(?![\w\-])", 0.85),
        ("world_glued", r"(?P<v>" + _WORLD_GLUED + r")", 0.85),
        (
            "came_out",
            r"\b(?P<v>came\s+out)\s+to\s+(?:his|her|their|my)\s+(?:parents|family|mom|dad|mother|father)",
            0.7,
        ),
    ]
    REFERENCE_NEGATIVE = False

    def candidates(self, text: str) -> Iterator[tuple[str, int, int, float]]:
        lowered = screen_text(text)
        if (
            _ANY_WORDS.isdisjoint(screen_words(lowered))
            and "lgb" not in lowered
            and "orientation" not in lowered
            and _WORLD_HINT.search(lowered) is None
        ):
            return
        yield from super().candidates(text)
