"""People's names beyond the NER model.

Names after a cue (reporter, donor, suspect, "my name is", "her daughter", Mr./Ms.), and first-plus-last pairs
from a gazetteer of many locales (Faker's name lists, built once at import).
"""

import re
import sys
from collections.abc import Iterator
from pathlib import Path

# The engine loads recognizer files by path; the shared helpers sit beside them.
if str(Path(__file__).resolve().parent) not in sys.path:
    sys.path.append(str(Path(__file__).resolve().parent))

from _names import COMMON_WORDS, FIRST_NAMES, LAST_NAMES, PARTICLES  # noqa: E402
from _recognizer_helpers import ContextRegexRecognizer  # noqa: E402

# A capitalised name token: letters (any script), inner apostrophes/hyphens; or an initial "J.".
_TOK = r"(?:(?![a-zß-ÿ])[^\W\d_](?:[^\W\d_]|['’\-](?=[^\W\d_]))+|[A-Z]\.)"
_PARTICLE = r"(?:de|da|del|della|di|van|von|der|den|du|le|la|al|el|bin|ibn|dos|das|ter|ten|Mc|O')"
_NAME = _TOK + r"(?:[ \t]+(?:" + _PARTICLE + r"[ \t]+)?" + _TOK + r"){0,3}(?![\w@])"
# Cues that make the next capitalised words a name whatever they are.
_STRONG = (
    r"(?:my|his|her|their|the\s+\w+'s)\s+name\s+is|identified\s+as|name\s*:|names?\s+(?:is|was)|named|called|known\s+as|"
    r"goes\s+by|signed|sincerely,?|regards,?|(?:Mr|Mrs|Ms|Mx|Miss|Dr|Prof|Rev|Fr|Sr|Sgt|Det|Officer|Deputy)\.?"
)
# Role words: the next capitalised words are a name if the first one is a known name.
_ROLE = (
    r"(?:reporter|reporting\s+party|caller|donor|donated\s+by|applicant|suspect|alleged\s+perpetrator|perpetrator|"
    r"offender|contact|victim|child|volunteer|mother|mom|father|dad|step-?father|step-?dad|step-?mother|"
    r"boyfriend|girlfriend|husband|wife|partner|son|daughter|brother|sister|grand(?:mother|father|ma|pa)|aunt|uncle|"
    r"cousin|nephew|niece|teacher|coach|neighbou?r|friend|kid|student|parent|guardian|caseworker|worker|"
    r"babysitter|nanny|pastor|tenant|landlord|employee|manager|client|patient|minor|youth|teen|sibling|"
    r"by|from|with|to|and|for|about|contact(?:ed)?|ask\s+for|cc|attn|dear|hi|hello|thanks?|per|spoke\s+(?:to|with)|"
    r"met|saw|told|is|was)"
)


_RELATION = (
    r"husband|wife|spouse|partner|mother|father|mom|dad|son|daughter|sister|brother|friend|neighbou?r|aunt|uncle|"
    r"grand(?:mother|father|ma|pa|son|daughter)|guardian|cousin|niece|nephew|boyfriend|girlfriend|fiancée?|"
    r"parent|sibling|step-?(?:mother|father|son|daughter)|roommate|coworker|colleague"
)


def _known(token: str) -> bool:
    t = token.casefold().strip(".")
    return t in FIRST_NAMES or t in LAST_NAMES


class PersonRecognizer(ContextRegexRecognizer):
    ENTITY = "PERSON"
    FLAGS = 0
    PATTERNS = [
        ("strong_cue", r"(?i:\b(?:" + _STRONG + r"))[ \t]*:?[ \t]*[\"“']?(?P<v>" + _NAME + r")", 0.9),
        (
            "role_cue",
            r"(?i:\b"
            + _ROLE
            + r")(?:'s)?(?:[ \t]*,)?(?:[ \t]+(?i:is|was|named|called))?[ \t]*:?[ \t]*(?P<v>"
            + _NAME
            + r")",
            0.8,
        ),
        # "Mark Atwal (husband) …": a relationship in brackets right after says the words before are a name.
        (
            "before_relation",
            r"(?<![\w'’\-])(?P<v>" + _NAME + r")[ \t]*\((?i:" + _RELATION + r")\)",
            0.85,
        ),
        # A contact cell, "Kate Wandas - +1 410 953 6775": a line that is a name and then a phone number.
        (
            "before_number",
            r"(?:^|(?<=\n))[ \t]*(?P<v>" + _NAME + r")[ \t]*[,\-–:][ \t]*(?=[+(]?\d[\d ().\-]{6,}[ \t]*(?:$|\n))",
            0.85,
        ),
        ("name_pair", r"(?<![\w'’\-])(?P<v>" + _TOK + r"(?:[ \t]+(?:[A-Z]\.?|" + _TOK + r")){1,3})(?![\w'’\-])", 0.75),
        # Lists: "Gaetane, Hannah, Anthony and Derek".
        (
            "name_list",
            r"(?<![\w'’\-])(?P<v>" + _TOK + r")(?=(?:,[ \t]+" + _TOK + r"){1,}(?:,?[ \t]+and[ \t]+" + _TOK + r"))",
            0.7,
        ),
        ("name_list_tail", r"(?:(?<=, )|(?<=and ))(?P<v>" + _TOK + r")(?![\w'’\-])", 0.7),
    ]
    REFERENCE_NEGATIVE = False
    _lower_pair = re.compile(r"(?<![\w'’\-])([a-zß-ÿ][\w'’\-]+)[ \t]+([a-zß-ÿ][\w'’\-]+)(?![\w'’\-])")

    def candidates(self, text: str) -> Iterator[tuple[str, int, int, float]]:
        for name, start, end, score in super().candidates(text):
            seg = text[start:end]
            # Trim trailing words that are not names ("Maria Lopez Called" -> "Maria Lopez").
            while " " in seg.strip() and seg.split()[-1].casefold().strip(".,") in COMMON_WORDS:
                seg = seg[: seg.rstrip().rfind(" ")].rstrip()
            tokens = seg.split()
            # Every word of a name starts with a capital (any script), except particles (de, van, bin...).
            if not tokens or not all(t[0].isupper() or t in PARTICLES for t in tokens):
                continue
            if name == "name_pair":
                plain = [t for t in tokens if len(t.strip(".")) > 1]
                if len(plain) < 2 or plain[0].casefold() not in FIRST_NAMES or not _known(plain[-1]):
                    continue
            elif name.startswith("name_list"):
                if tokens[0].casefold() not in FIRST_NAMES:
                    continue
            elif name == "role_cue":
                # A known name, or two capitalised words none of which is an ordinary word.
                plain = [t.strip(".,").casefold() for t in tokens if t not in PARTICLES]
                if not _known(tokens[0]) and (len(plain) < 2 or any(w in COMMON_WORDS for w in plain)):
                    continue
            elif name in ("before_relation", "before_number"):
                pass  # "(husband)" right after is evidence enough, even for "Mark" or "Grace"
            elif tokens[0].casefold().strip(".") in COMMON_WORDS:
                continue
            yield name, start, start + len(seg), score
        if not any(c.isupper() for c in text):
            # All lower case ("follow up with patricia desrosiers"): a known first name and a known last name.
            for m in self._lower_pair.finditer(text):
                a, b = m.group(1), m.group(2)
                if a in FIRST_NAMES and b in LAST_NAMES and a not in COMMON_WORDS and b not in COMMON_WORDS:
                    yield "lower_pair", m.start(), m.end(), 0.6
