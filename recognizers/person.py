"""People's names beyond the NER model.

Names after a cue (reporter, donor, suspect, "my name is", "her daughter", Mr./Ms.), and first-plus-last pairs
from a gazetteer (the US Census name lists of the `names` package, built once at import).
"""

import re
import unicodedata
from collections.abc import Callable, Iterator
from functools import lru_cache

from pii_pipeline.detection.prescreen import screen_text

from ._form_labels import label_type
from ._names import (
    COMMON_WORDS,
    DISCOURSE_WORDS,
    ENGLISH_WORDS,
    FIRST_NAMES,
    FIRST_NAMES_ALL,
    LAST_NAMES,
    LAST_NAMES_ALL,
    NOTICE_WORDS,
    ORG_WORDS,
    PARTICLES,
    PLACE_NAMES,
    SURNAME_ENDINGS,
    TITLE_BEFORE,
    WORD_FIRST_NAMES,
    asian_word_surname,
    inflected_english,
    widen_to_titles,
)
from ._names import (
    is_noun as _noun,
)
from ._orgs import not_a_person_here
from ._person_context_rules import ROLE_NOUNS
from ._person_rules import (
    AFTER_NAME as _AFTER_NAME,
)
from ._person_rules import (
    BESIDE as _BESIDE,
)
from ._person_rules import (
    BESIDE_VERBS as _BESIDE_VERBS,
)
from ._person_rules import (
    FOREIGN_NAME_LABELS as _FOREIGN_NAME_LABELS,
)
from ._person_rules import (
    NAME_SUFFIXES as _NAME_SUFFIXES,
)
from ._person_rules import (
    OWNED as _OWNED,
)
from ._person_rules import (
    PERSON_VERB as _PERSON_VERB,
)
from ._person_rules import (
    PLACE_WORDS as _PLACE_WORDS,
)
from ._person_rules import (
    PRONOUNS as _PRONOUNS,
)
from ._person_rules import (
    RELATION as _RELATION,
)
from ._person_rules import (
    ROLE as _ROLE,
)
from ._person_rules import ROLE_LABEL
from ._person_rules import (
    STRONG as _STRONG,
)
from ._recognizer_helpers import ContextRegexRecognizer, by_first_letter
from ._usps_suffixes import USPS_SUFFIXES

# A capitalised name token: letters (any script), inner apostrophes/hyphens; or an initial "J.". Its first letter is
# a class of its own (a letter, not lower-case Latin), so a regex that starts with it lets Python's regex engine skip
# straight to such letters instead of trying every position.
_CAP = r"[^\W\d_a-zß-ÿ]"
_TOK_REST = r"(?:(?:[^\W\d_]|['’\-](?=[^\W\d_]))+|(?<=[A-Z])\.)"
_TOK = r"(?:" + _CAP + _TOK_REST + ")"
# _TOK not right after a word character, apostrophe or hyphen: `(?<![\w'’\-])` + _TOK, but with the letter first
# (the lookbehind, taken after it, spans it), so that a regex starting with it starts with a character class.
_TOK_FREE = _CAP + r"(?<![\w'’\-].)" + _TOK_REST
_PARTICLE = r"(?:de|da|del|della|di|die|van|von|der|den|du|le|la|al|el|bin|ibn|dos|das|ter|ten|Mc|Mac|O'|Ó|Ní)"
# A middle initial without its full stop ("Shane M Culp", "Halldór Ó Árnþórsson"): only between two name words.
_INITIAL = _CAP + r"\.?(?=[ \t]+" + _TOK + r")"
_NAME_REST = r"(?:[ \t]+(?:" + _PARTICLE + r"[ \t]+){0,2}(?:" + _TOK + "|" + _INITIAL + r")){0,3}(?![\w@])"
_NAME = _TOK + _NAME_REST
# `(?<![\w'’\-])` + _NAME, starting with a character class (see _TOK_FREE).
_NAME_FREE = _TOK_FREE + _NAME_REST
# Grouped by first letter, as _ROLE: branches that can match the same text keep their order.
_STRONG = by_first_letter(_STRONG)

_ROLE = by_first_letter(_ROLE)
# A role that only a person has, right before the words: there even "Mark West" and "Love Ekman" are names.
_HUMAN_ROLE = re.compile(
    r"\b(?i:reporter|caller|donor|applicant|suspect|perpetrator|offender|victim|child|volunteer|mother|mom|father|"
    r"dad|step-?(?:father|dad|mother|son|daughter)|boyfriend|girlfriend|husband|wife|partner|son|daughter|brother|"
    r"sister|grand(?:mother|father|ma|pa|son|daughter)|aunt|uncle|cousin|nephew|niece|teacher|coach|neighbou?r|"
    r"friend|student|parent|guardian|caseworker|babysitter|nanny|counsell?or|therapist|principal|messaging|"
    r"messaged|contacted|tenant|landlord|employee|client|patient|sibling|calls\s+himself|calls\s+herself|"
    r"calling\s+himself|calling\s+herself)(?:[ \t]*,)?[ \t]+$"
)


def _human_role_before(text: str, start: int) -> bool:
    return _HUMAN_ROLE.search(text, max(0, start - 32), start) is not None


_PERSON_VERB = by_first_letter(_PERSON_VERB)  # as _STRONG
_STRONG_VERB = re.compile(
    r"(?!is\b|was\b|has\b|had\b)\w|(?:is|was)\s+(?:from|very|always|really|such)\b|ha[sd]\s+given|(?:has|had)\s+to\b"
)
# Label lines in forms and signatures ("Phone: …", "Notes: …") are not speakers in a dialogue.
_SPEAKER = re.compile(
    r"(?:^|(?<=\n))[^\w\n]{0,4}(?P<v>" + _TOK + r")[ \t]*:[ \t]*(?=[\"“'‘]|(?![a-zß-ÿ])[^\W\d_][a-zß-ÿ'’])"
)
# "Nombre: Lucía", "Prénom : Élodie", "Nachname: Schönberger": a form's label in another language, no speaker.
_FOREIGN_LABEL = re.compile(r"(?i:" + _FOREIGN_NAME_LABELS + r")")
# A label whose "name" is a thing's ("Project name:", "Team name:", "File name:"): what follows names no person.
_THING_NAME_LABEL = re.compile(
    r"(?i:\b(?:project|product|file|company|business|brand|room|event|team|queue|host|display|user|screen|app|"
    r"application|venue|course|program|programme|device|domain|server|service|database|table|column|field|model|"
    r"package|site|store|shop|channel|folder|branch|ship|vessel|pet|dog|cat|horse|school|bank|fund|campaign|"
    r"release|document|template|font|variable|function|class|module|plan|policy|network|wifi|bucket|cluster|"
    r"instance|resource|tag|category|item|org|organi[sz]ation|department|facility|building|property|street|"
    r"trading|legal[ \t]+entity|agency|provider|employer|vendor|supplier|machine|computer|game|book|song|album|"
    r"film|movie|show|account[ \t]+nick|group|club|church|hospital|clinic|"
    # places, routes and things of the world a record lists ("<station><name>": "station name:")
    r"station|stop|route|line|train|flight|airline|airport|port|road|river|lake|park|mountain|town|city|village|"
    r"county|district|region|country|state|place|location|area|hotel|restaurant|cafe|pub|farm|estate|stadium|"
    r"league|tournament|competition|award|prize|race|species|breed|plant|tree|crop|variety|drug|medicine|"
    r"ingredient|dish|recipe|colou?r|material|part|component|tool|sensor|printer|star|planet|storm|hurricane|"
    r"cyclone|typhoon|ward|theatre|cinema|museum|gallery|library|exhibition|collection|painting|artwork|"
    r"job|task|pipeline|step|stage|phase|process|form|report|sheet|page|section|chapter|subject|unit)"
    r"[ _\-]?name[ \t]*:[ \t]*$)"
)
# A form's field left without a name: "Name: Declined", "Caller: Withheld".
_PLACEHOLDER_VALUES = frozenset(
    """unknown anonymous anon declined refused withheld redacted none nil null pending tbd tba unnamed
    unspecified""".split()
)
# A line that is only a name (signature blocks, contact cards, quoted mail): "> Lina Artemova".
_NAME_LINE = re.compile(
    r"(?:^|(?<=\n))[^\w\n]{0,4}(?P<v>"
    + _TOK
    + r"(?:[ \t]+(?:"
    + _PARTICLE
    + r"[ \t]+){0,2}(?:"
    + _TOK
    + "|"
    + _INITIAL
    + r")){1,3})[ \t]*(?=\n|$)"
)
# "Gaetane, Hannah, Anthony, Derek, Anna and Andrew", "Marrero and Murphy were …".
_LIST = re.compile(_TOK_FREE + r"(?:(?:,[ \t]+" + _TOK + r")*,?[ \t]+(?:and|&)[ \t]+" + _TOK + r")(?![\w'’\-])")
_LIST_TOK = re.compile(_TOK)
_TITLE_CASE_AFTER = re.compile(r"[ \t]+[A-Z][a-z]+[ \t]+[A-Z][a-z]+")
# A form's label that names a role ("Client:", "Guardian:", "Supervisor:"), not a speaker's name.
_ROLE_LABELS = frozenset(w for w in ROLE_NOUNS if " " not in w) | frozenset(
    "interviewer interviewee trainee supervisor employee worker officer".split()
)
# A house's or building's name in an address block ("Ivy Cottage", "Rosemount Court", "Sunrise View", "Gandhi
# Nagar"): its last word says a building, an estate or a locality, not a surname.
_HOUSE_WORDS = frozenset(
    """cottage cottages court view lodge farm farmhouse manor villa villas grange barn mews heights towers
    apartments apartment residency residences mansions chambers house nagar colony enclave vihar bhavan niwas nivas
    sadan kunj puram pally layout chowk marg bagh wadi""".split()
)
# A street line of an address ("14 Harbour View", "Mill Lane", "Flat 2, 18 Kew Road"): a town's line follows it.
_STREET_LINE = re.compile(
    r"[ \t]*[\w'’.,\-]+[ \t]+[^\n]*\b(?i:"
    + "|".join(sorted({k.casefold() for k in USPS_SUFFIXES} | {"road", "rd", "st", "lane", "ln", "close", "way"}))
    + r")\.?[ \t,]*$"
)


_DIGIT = re.compile(r"\d")
_WIDE_GAP = re.compile(r"[ ]{3,}|\t")  # between a form's columns, never inside a name
_NUMBER_LABELS = frozenset(("No", "Nos", "Nr", "Ref", "Num", "Nbr"))
_CODE_AFTER = re.compile(r"[\-/_#.]?\d")
_CONTRACTION = re.compile(r"(?i:i|you|he|she|it|we|they|that|there|let)['’](?:m|s|re|ve|ll|d)")
# "(husband)", "(she/her)", "(dad of Marcus, 16)", "(aunt of Sipho, 9)": whose relation, too
_RELATION_AFTER = r"\((?i:(?:" + _RELATION + r")(?:[ \t]+(?:of|to)[ \t]+[^()\n]{1,30})?|" + _PRONOUNS + r")\)"
_OWNED_AFTER = r"['’]s[ \t]+(?:\w+[ \t]+)?(?i:" + _OWNED + r")\b"


def _acronym_in_prose(text: str, start: int, tokens: tuple[str, ...]) -> bool:
    """An acronym on a line of small letters, and the words with it a product's or a protocol's name: an acronym
    beside a Title Case word ("DNS Firewall"; not "Larry Wilson DDS"), or short capitals no list knows as a name
    ("PPS NAL", "NER"; not "KIM", nor a name in capitals, "DANIEL OKORO")."""
    heads = tokens[:-1] if len(tokens) > 1 else tokens  # "Larry Wilson DDS": a credential after the name
    acronyms = [t for t in heads if len(t.strip(".,")) >= 3 and t.isupper() and t.casefold() not in FIRST_NAMES_ALL]
    if not acronyms:
        return False
    titled = any(t[:1].isupper() and t[1:].islower() for t in tokens)
    if not titled and not all(t.isupper() and len(t) <= 4 and not _known(t) for t in tokens):
        return False
    lo, hi = text.rfind("\n", 0, start) + 1, text.find("\n", start)
    return sum(c.islower() for c in text[lo : hi if hi >= 0 else len(text)]) > 10


@lru_cache(maxsize=4096)  # the same names come back, from several patterns and texts
def _pair_ok(tokens: tuple[str, ...]) -> bool:
    """Whether capitalised words (particles and initials left out) read as a first name and a surname:
    a known first name and a known or unfamiliar surname ("Dominik Piksa"), a first name that is also a word
    and a known surname that is not ("Autumn Weaver", "Mark Sharp"), or an unfamiliar word and a surname
    by list or ending ("Rościsław Dudek", "Dobrosław Tomaszewski")."""
    plain = [_plain(t) for t in tokens if t not in PARTICLES and len(t.strip(".")) > 1]
    while plain and plain[-1] in _AFTER_NAME:
        plain.pop()  # "Jesus Smith Jr."
    if len(plain) < 2:
        return False
    first, last = plain[0], plain[-1]
    if last in _PLACE_WORDS or first in _PLACE_WORDS or " ".join(plain) in PLACE_NAMES:
        return False  # "Hong Kong": a given name and a surname by the lists, and a city
    if any(w in ENGLISH_WORDS and w not in WORD_FIRST_NAMES for w in plain[1:-1]):
        return False
    if _listed(first, FIRST_NAMES):
        return _known(last) or _listed(last, LAST_NAMES_ALL) or (len(last) >= 3 and _unusual(last) and _foreign(last))
    if last in ENGLISH_WORDS:
        return len(plain) == 2 and asian_word_surname(first, last)  # "Minji Park", not "Lakeview Park"
    if first in WORD_FIRST_NAMES:
        # "Joy van Duvenvoirde", "Mark de Pauw": a particle after the first word says it is a first name.
        particle = len(tokens) > 2 and tokens[1] in PARTICLES and tokens[1].islower()
        return (
            last in LAST_NAMES
            or (len(last) >= 5 and last.endswith(SURNAME_ENDINGS))
            or (particle and _unusual(last) and _foreign(last))
        )
    if len(tokens) != len(plain) or len(plain) > 3:
        return False  # "Villafranca del Cid": a place with a particle
    if last.endswith("s") and _noun(last):
        return False  # "Northside Lions", "Oakwood Walkers": a team or a group, named by a plural
    if len(plain) == 2 and _surname(last) and _unusual(first) and _foreign(first) and first not in LAST_NAMES:
        return True
    return _unfamiliar_pair(tokens, plain)


def _opening_word(text: str, start: int, end: int) -> bool:
    """An English word opening a sentence before a comma ("Later, Sue, Ian and Zoe came"): an adverb, not a name
    in the list after it."""
    before = text[:start].rstrip(" \t")
    return (
        text.startswith(",", end) and (not before or before[-1] in ".!?\n") and _plain(text[start:end]) in ENGLISH_WORDS
    )


def _unfamiliar_pair(tokens: tuple[str, ...], plain: list[str]) -> bool:
    """Two or three capitalised words that no list knows and that are no English word, noun or place: a name from
    outside the gazetteer ("Ifeoma Nwachukwu", "Gun Nilsson" is not: "gun" is a word). Each word is written as a
    name (a capital, then small letters), and the words together are no town ("Buenos Aires")."""
    if not all(len(w) >= 2 and _unusual(w) and _foreign(w) and w not in PLACE_NAMES for w in plain):
        return False
    if not all(t[:1].isupper() and any(c.islower() for c in t[1:]) and not any(c.isdigit() for c in t) for t in tokens):
        return False
    return " ".join(plain) not in PLACE_NAMES


def _foreign(word: str) -> bool:
    """No English word, and not shaped like a place or a company ("Rica", "Republic", "Corp")."""
    return word not in ENGLISH_WORDS and word not in ORG_WORDS and word not in _PLACE_WORDS


@lru_cache(maxsize=8192)
def _fold(word: str) -> str:
    """The word without its accents ("inès" -> "ines"): the name lists are written without them."""
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))


def _listed(word: str, names: frozenset[str]) -> bool:
    return word in names or _fold(word) in names


def _known(token: str) -> bool:
    t = token.casefold().strip(".")
    return (
        _listed(t, FIRST_NAMES)
        or _listed(t, LAST_NAMES)
        or (len(t) >= 5 and t.endswith(SURNAME_ENDINGS) and t not in ENGLISH_WORDS)
    )


def _surname(token: str) -> bool:
    t = token.casefold()
    return not _listed(t, FIRST_NAMES) and (_listed(t, LAST_NAMES) or (len(t) >= 5 and t.endswith(SURNAME_ENDINGS)))


def _plain(token: str) -> str:
    return token.casefold().strip(".,'’")


def _unusual(token: str) -> bool:
    """No English word and no English word shape: "Mehrudin", not "Discipline", "Salesperson" or "Provides"."""
    t = _plain(token)
    return (
        t not in ENGLISH_WORDS
        and not _noun(t)
        and t not in ORG_WORDS
        and not t.endswith(_NAME_SUFFIXES)
        and not inflected_english(t)
    )


_POSSESSIVE_RELATION = re.compile(
    r"\b(?i:my|his|her|our|their|your)[ \t]+(?i:"
    + _RELATION
    + r"|kid|child|baby|son|daughter|pupil|student|dog)[ \t]+$"
)
_INVERTED_SAID = re.compile(r"[!?,.\"”’][\"”’]?[ \t]*(?i:said|says|asked|replied|added|shouted|whispered|wrote)[ \t]+$")
_EX_ROLE = re.compile(r"\bex-[^\W\d_]+[ \t]+$")
_PRONOUN_AFTER = re.compile(r"[ \t]*,[ \t]+(?i:he|she|he's|she's|he'd|she'd)\b")
_GREETING = re.compile(r"(?:^|[\s,.!?:])(?i:hi|hello|hey|dear|thanks|thank\s+you|cheers|bye|goodbye)[ \t]*,?[ \t]*$")


def _single_cue(text: str, start: int, end: int) -> bool:
    """Evidence for a lone unfamiliar capitalised word after a role word: brackets around it, a possessive
    relation before it, or a greeting before it and a comma or line end after it."""
    before = text[max(0, start - 30) : start]
    after = text[end : end + 1]
    if before.endswith("(") and after == ")":
        return True
    if _POSSESSIVE_RELATION.search(before):
        return True
    if _INVERTED_SAID.search(before):
        return True
    if _EX_ROLE.search(before):
        return True
    if _PRONOUN_AFTER.match(text, end):
        return True  # "Just spoke with Fenholt, she thinks …"
    return _GREETING.search(before) is not None and after in ("", ",", "!", "\n", ".")


# Lower-case text with a strong cue: "my name is vitoria", "people call me višeslav", "maiden name is nyberg".
_LOWER_STRONG = re.compile(
    r"\b(?:(?:my|his|her|their|maiden|first|last|full|sur|nick)[ \t]*name[ \t]+(?:is|was)|"
    r"call(?:s|ed)?[ \t]+(?:me|him|her)|named[ \t]+(?:him|her)?|known[ \t]+as|goes[ \t]+by|i'?m[ \t]+called|"
    # "the guy is called deshawn", "her bf's called tyler": someone's name, not "a game called roblox"
    r"(?:guy|man|boy|girl|kid|dude|woman|lady|someone|person|he|she|bf|gf|boyfriend|girlfriend|brother|sister|"
    r"cousin|friend|teacher|coach)(?:[ \t]+(?:is|was)|['’]s)?[ \t]+called)"
    r"[ \t]*:?[ \t]+(?P<v>[^\W\d_][\w'’\-]{1,30})(?![\w@])"
)
_LOWER_NEXT = re.compile(r"[ \t]+([^\W\d_][\w'’\-]{1,30})(?![\w@])")
_LOWER_WORD = re.compile(r"[^\W\d_][\w'’\-]*")
_LOWER_LIST = re.compile(
    r"(?<![\w'’\-])[^\W\d_][\w'’\-]*(?:,[ \t]+[^\W\d_][\w'’\-]*){1,}(?:,?[ \t]+and[ \t]+[^\W\d_][\w'’\-]*)(?![\w'’\-])"
)
# "the Steffen Mauer version", "a Calquín Cazares concert", "the Sokolov novel", "a huge Jouni Hahli fan": works
# and fans named after a person.
_EPONYM = re.compile(
    r"\b(?i:the|a|an|huge|big)[ \t]+(?P<v>"
    + _TOK
    + r"(?:[ \t]+"
    + _TOK
    + r"){0,2})[ \t]+(?:novel|novels|version|concert|"
    r"album|song|songs|biography|memoir|fan|fans|retrospective|documentary|estate)\b"
)
_EPONYM_WEAK = re.compile(r"(?i:the|a|an)[ \t]+\S+[ \t]+(?:fan|fans|estate)\b")
_EPONYM_WORK = re.compile(r"(?:novels?|biography|memoir|concert|retrospective)$")
# "than early Yefremova?", "the late Vassiliev,": an artist's period, or someone who has died.
_PERIOD = re.compile(
    r"\b(?i:early|late|young|later)[ \t]+(?P<v>"
    + _TOK
    + r"|[^\W\d_][\w'’\-]{2,30})(?=[ \t]*[?!.,;]|[ \t]+(?:is|was|and)\b)"
)
# "Don't go to town, Mark!": a name addressed at the end of a sentence.
_VOCATIVE_END = re.compile(r",[ \t]+(?P<v>" + _TOK + r")[ \t]*[!?]")
# Lower-case text: "selma is from …", "bártová began writing …", "cormac had given …".
_LOWER_VERB = re.compile(
    r"(?<![\w'’\-])(?P<v>[^\W\d_][\w'’\-]{2,30})[ \t]+(?=(?:also[ \t]+|then[ \t]+|just[ \t]+)?" + _PERSON_VERB + r"\b)"
)
_LOWER_POSSESSIVE = re.compile(
    r"(?<![\w'’\-])(?P<v>[^\W\d_][\w\-]{1,30})['’]s[ \t]+(?:" + _RELATION + r"|kid|child|baby)\b"
)
# A configuration file's section, a key alone on its line with its keys indented under it ("smtp:\n  sender: …"):
# its keys are settings, not speakers.
_CONFIG_SECTION = re.compile(r"^[\w\-]+:[ \t]*\n[ \t]+[\w\-]+[ \t]*:", re.MULTILINE)
_LOWER_SPEAKER = re.compile(r"(?:^|(?<=\n))[ \t]*(?P<v>[^\W\d_][\w'’\-]{1,30})[ \t]*:[ \t]*(?=[\"“'‘\w])")
# A lone unfamiliar word addressed at the start of a sentence: "Warrane, can I please speak to your boss?" The sentence
# start, `(?:^|(?<=[.!?][ \t])|(?<=\n))`, is checked after the word's first letter (see _TOK_FREE).
_VOCATIVE = re.compile(
    r"(?P<v>"
    + _CAP
    + r"(?:(?<![\s\S]{2})|(?<=[.!?][ \t].)|(?<=\n.))"
    + _TOK_REST
    + r"),[ \t]+(?=(?:can|could|would|will|please|I|we|you|do|did|are|"
    r"have|thanks|thank|let|listen|where|what|how|why|when|is|it's|I'm|I'll)\b)"
)


# A strong cue has one of these words in it, a "name" or "call" cue one of these forms ("screen name" has none),
# Titles that are also acronyms of things ("PC World", "DC Comics", "DS Smith plc", "MS Teams"): only before a word
# that is no English word, or a given name.
_ACRONYM_TITLES = frozenset("DC DS DI PC MS MR MRS DR MISS Col Maj Lt".split())


def _word_only(token: str) -> bool:
    word = _plain(token)
    return (word in ENGLISH_WORDS or word in ORG_WORDS or inflected_english(word)) and word not in FIRST_NAMES_ALL


def _lower_label(word: str) -> bool:
    """A lower-case form's label before a colon, not a chat's speaker: a noun ("observations:", "plan:"), a field's
    label, or an abbreviation no name list holds ("sw:", "nok:", "gp:")."""
    if word in FIRST_NAMES_ALL:
        return False
    return _noun(word) or inflected_english(word) or label_type(word) is not None or len(word) <= 3


def _surname_alone(token: str) -> bool:
    """A word that names someone after a title alone ("PC Singh", "Dr Okafor"): no English word, or a given name of
    the list; not a firm's word nor an acronym ("Officer Down" is a phrase, "Officer ID" a record's field)."""
    word = _plain(token)
    if word in ORG_WORDS or not token[:1].isupper() or (token.isupper() and len(token) <= 3):
        return False  # (an acronym after the title is its record's: "Officer ID 54634")
    return word not in ENGLISH_WORDS or word in FIRST_NAMES_ALL


# or it is a title before a name's first letter at a word's start (a text's start, or after no word character).
_STRONG_WORDS = ("identified", "known", "goes", "signed", "sincerely", "regards", *_BESIDE_VERBS)
_NAME_CUE = re.compile(r"name(?:\s*[:?]|s?\s+(?:is|was)|d)")
_CALL_CUE = re.compile(r"call(?:ed|(?:s|ing)?\s+(?:me|him|her|them))")
_TITLE_CUE = r"(?:mrs?|ms|mx|miss|dr|prof|rev|fr|sr|sgt|det|officer|deputy)\.?[ \t]*:?[ \t]*[\"“']?[^\W\d_]"
_TITLE_CUE_AT_START = re.compile(_TITLE_CUE)
_ROLE_LABEL_CUE = re.compile(r"(?:" + ROLE_LABEL + r")\s*:")
_TITLE_CUE_AFTER = re.compile(r"\W" + _TITLE_CUE)


def _strong_needs(lowered: str) -> bool:
    return (
        any(map(lowered.__contains__, _STRONG_WORDS))
        or _NAME_CUE.search(lowered) is not None
        or _CALL_CUE.search(lowered) is not None
        or _TITLE_CUE_AFTER.search(lowered) is not None
        or _TITLE_CUE_AT_START.match(lowered) is not None
        or _ROLE_LABEL_CUE.search(lowered) is not None
    )


# What every match of a pattern contains: a text without it is skipped. Mostly led by a literal or a character class,
# these are found many times faster than the patterns. _NEEDS look in the text itself; _SCREENED_NEEDS in its screened
# form (prescreen.screen_text: lower-cased, letters that match an ASCII letter case-insensitively mapped to it, same
# offsets, \w and \s kept), where a case-insensitive part is a case-sensitive one.
_NEEDS: dict[str, Callable[[str], object]] = {
    # "Faina D. Yefremova": a lone capital between spaces.
    "middle_initial": re.compile(r"[ \t]" + _CAP + r"\.?[ \t]").search,
}
_SCREENED_NEEDS: dict[str, Callable[[str], object]] = {
    "strong_cue": _strong_needs,
    "before_relation": re.compile(
        r"\((?:(?:" + _RELATION + r")(?:[ \t]+(?:of|to)[ \t]|\))|(?:" + _PRONOUNS + r")\))"
    ).search,
    "person_verb": re.compile(r"[ \t]" + _PERSON_VERB + r"\b").search,
    "possessive": re.compile(r"['’]s[ \t]+(?:\w+[ \t]+)?(?:" + _OWNED + r")\b").search,
}
_EPONYM_WORDS = ("novel", "version", "concert", "album", "song", "biography", "memoir", "fan", "retrospective",
                 "documentary", "estate")  # fmt: skip
_PERIOD_WORDS = ("early", "late", "young")  # "later" has "late"


def _at_line_starts(rx: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """`rx.finditer(text)` for a regex that matches only at a line start and never across a line end: tried at
    line starts only, instead of at every position."""
    start = end = 0
    while True:
        if start >= end:
            m = rx.match(text, start)
            if m is not None:
                yield m
                end = m.end()
        start = text.find("\n", start) + 1
        if not start:
            return


# What each pattern's capitalised words must also be, by pattern name (a table, not a chain of branches). Each
# check takes the text, where the words start, the words as written and split, and returns where the name starts
# and its words as written (a check may drop leading words), or None when they are no name.
Kept = tuple[int, str] | None


def _check_pair(text: str, start: int, seg: str, tokens: tuple[str, ...]) -> Kept:
    # Words before the name that are no first name ("Panjiva's Riku Andou", "At Dominik Piksa").
    while (
        len(tokens) > 2
        and not _pair_ok(tokens)
        and (tokens[0].endswith(("'s", "’s")) or _plain(tokens[0]) in ENGLISH_WORDS)
    ):
        cut = seg.index(tokens[1], len(tokens[0]))
        start, seg, tokens = start + cut, seg[cut:], tokens[1:]
    if tokens[0] in PARTICLES or not _pair_ok(tokens):
        return None
    if _NAME_LINE.match(text, text.rfind("\n", 0, start) + 1) and PersonRecognizer._address_line(
        text, start, [_plain(t) for t in tokens]
    ):
        return None  # "Castle Douglas" under "14 Harbour View": an address's town line
    return start, seg


_TITLED_AFTER = re.compile(r"[ \t]+([A-Z][a-z]+)\b")
_LOWER_THEN_CAPITAL_END = re.compile(r"[a-z][A-Z]$")


# Numbers in words: an answer's count ("caller: Three."), never a name.
_NUMBER_WORDS = frozenset(
    "one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen "
    "eighteen nineteen twenty thirty forty fifty hundred none both".split()
)


def _check_role(text: str, start: int, seg: str, tokens: tuple[str, ...]) -> Kept:
    # A known name, or two capitalised words none of which is an ordinary word; no place ("to Mill Village").
    if _plain(tokens[0]) in _NUMBER_WORDS:
        return None
    if (
        len(tokens) <= 3
        and _POSSESSIVE_RELATION.search(text, max(0, start - 30), start)
        and all(t[:1].isupper() for t in tokens)
        and " ".join(_plain(t) for t in tokens) not in PLACE_NAMES
        and _plain(tokens[-1]) not in ORG_WORDS
    ):
        return start, seg  # "In memory of my father Philippine Georges": kin after a possessive names a person
    if len(tokens) == 1 and not _human_role_before(text, start):
        word = tokens[0].strip(".,")
        if (word.isupper() and (len(word) <= 2 or (len(word) == 3 and not _known(word)))) or (
            _LOWER_THEN_CAPITAL_END.search(word)
        ):
            return None  # "the group is NA", "sent to AWS", "rank to NaN": an abbreviation ("spoke with KIM" stays)
    plain = [t.strip(".,").casefold() for t in tokens if t not in PARTICLES]
    if plain and (plain[-1] in _PLACE_WORDS or " ".join(plain) in PLACE_NAMES) and not _human_role_before(text, start):
        return None
    if (
        not _known(tokens[0])
        and (len(plain) < 2 or not all(_unusual(w) for w in plain))
        and not _pair_ok(tokens)
        and not (
            len(plain) == 2
            and plain[0] in FIRST_NAMES_ALL
            and plain[1] in LAST_NAMES_ALL
            and _human_role_before(text, start)
        )
    ):
        # A single unfamiliar word is a name in brackets after the role ("the kid (Ethne)"), or
        # after a possessive and a relation ("my kid Tadzio"), or after a greeting ("Hi Warrane,").
        if not (plain and all(_unusual(w) for w in plain) and _single_cue(text, start, start + len(seg))):
            return None
    return start, seg


def _check_before_relation(text: str, start: int, seg: str, tokens: tuple[str, ...]) -> Kept:
    # "(husband)" right after is evidence enough, even for "Mark" or "Grace"; not for words alone ("The Office (mum of
    # all sitcoms)")
    if all(_plain(t) in ENGLISH_WORDS and not _known(t) and _plain(t) not in FIRST_NAMES_ALL for t in tokens):
        return None
    return start, seg


_IS_AFTER = re.compile(r"[ \t]+(?:is|was)\b")


_SENTENCE_CUT = re.compile(r"(?<![A-Z])(?<!\b(?:Mr|Ms|Dr|St|Jr|Sr))(?<!\bMrs)[.!?][ \t]+(?=\S)")


def _check_before_age(text: str, start: int, seg: str, tokens: tuple[str, ...]) -> Kept:
    # "Jake, 15, was", not "Chapter Seven (15)", "Team Blue (14)", "Washington (12)", "Bus 7 (12)": the words must be
    # a name's (a given name first, or unusual words that are no place).
    cuts = list(_SENTENCE_CUT.finditer(seg))
    if cuts:  # "Three. Tendai is 11": the name opens the last sentence
        start, seg = start + cuts[-1].end(), seg[cuts[-1].end() :]
        tokens = tuple(seg.split())
    plain = [_plain(t) for t in tokens if t not in PARTICLES]
    if not plain or " ".join(plain) in PLACE_NAMES or plain[-1] in _PLACE_WORDS:
        return None
    first, rest = plain[0], plain[1:]
    if (first in ENGLISH_WORDS and not _known(first)) or (tokens[0].isupper() and len(tokens[0]) <= 3):
        return None
    if len(tokens) == 1 and tokens[0].isupper() and text[start + len(seg) : start + len(seg) + 1] == "(":
        return None  # "full_name VARCHAR(80)": a type's or a function's size, no one's age
    if first in ENGLISH_WORDS and _IS_AFTER.match(text, start + len(seg)):
        return None  # "Will was 12 and", "Grace is 12.": a word and a count as readily as a name and an age
    if any(w in ENGLISH_WORDS and not _listed(w, LAST_NAMES_ALL) for w in rest):
        return None  # after a name's first word, a surname may be a word ("Ji-woo Park", "Mia Rose")
    if not (_listed(first, FIRST_NAMES_ALL) or _pair_ok(tokens) or (_unusual(first) and _foreign(first))):
        return None
    return start, seg


def _check_before_number(text: str, start: int, seg: str, tokens: tuple[str, ...]) -> Kept:
    # "Kate Wandas - +1 410 …", not "Phone: 0490 …" or "Mobile: …", nor a code's label ("PO: 2024-0192",
    # "Extension: 4410").
    if any(_fold(_plain(t)) in ENGLISH_WORDS for t in tokens) or (_noun(_plain(tokens[0])) and not _known(tokens[0])):
        return None  # "Phone: …", "Employer ID: 12-3456789": a field's label
    if label_type(seg) is not None:
        return None  # "Geburtsdatum: …", "Teléfono: …", "Nomor HP: …": a field's label in another language
    if len(tokens) == 1 and (tokens[0].isupper() or (_noun(_plain(tokens[0])) and not _known(tokens[0]))):
        return None
    return start, seg


def _check_person_verb(text: str, start: int, seg: str, tokens: tuple[str, ...]) -> Kept:
    plain = [_plain(t) for t in tokens if t not in PARTICLES]
    if plain[0] in ENGLISH_WORDS or plain[-1] in ENGLISH_WORDS:
        return None
    verb = text[start + len(seg) :].lstrip(" \t")
    strong = _STRONG_VERB.match(verb) is not None
    if not (_known(tokens[0]) or len(plain) >= 2 or (strong and _unusual(tokens[0]))):
        return None
    return start, seg


def _check_possessive(text: str, start: int, seg: str, tokens: tuple[str, ...]) -> Kept:
    if any(_plain(t) in ENGLISH_WORDS for t in tokens if t not in PARTICLES) and not _pair_ok(tokens):
        return None
    return start, seg


def _check_middle_initial(text: str, start: int, seg: str, tokens: tuple[str, ...]) -> Kept:
    if _plain(tokens[0]) in ENGLISH_WORDS or _plain(tokens[-1]) in ENGLISH_WORDS:
        return None
    if len(tokens[0].strip(".")) < 2 or len(tokens[-1].strip(".")) < 2:
        return None
    after = _TITLED_AFTER.match(text, start + len(seg))
    if after is not None and _noun(_plain(tokens[-1])) and _noun(after.group(1).casefold()):
        return None  # "Apache Arrow C Data Interface": a product's name going on in nouns, not a surname
    return start, seg


def _check_strong(text: str, start: int, seg: str, tokens: tuple[str, ...]) -> Kept:
    if _THING_NAME_LABEL.search(text, max(0, start - 40), start):
        return None  # "Project name: Phoenix", "Team name: Northside Rovers"
    if len(tokens) == 1 and _plain(tokens[0]) in _PLACEHOLDER_VALUES:
        return None  # "Name: Declined"
    if len(tokens) >= 3 and tokens[1] in PARTICLES and tokens[1].islower() and _unusual(tokens[-1]):
        return start, seg  # "Referred by Floor van Dalem": a particle makes even a word ("Floor") a given name
    first = _plain(tokens[0])
    if (
        _BESIDE_CUE.search(text, max(0, start - 32), start)
        and (first in ENGLISH_WORDS or _noun(first))
        and not _listed(first, FIRST_NAMES)
    ):
        return None  # "volunteered with Red Cross Youth", "referred by Social Services": an agency, in words
    return _check_other(text, start, seg, tokens)


# Cues of a referral or of work beside someone (part of STRONG): a person, or an agency named in plain words.
_BESIDE_CUE = re.compile(r"(?i:" + _BESIDE + r")[ \t]*:?[ \t]*$")


def _check_other(text: str, start: int, seg: str, tokens: tuple[str, ...]) -> Kept:
    if tokens[0].casefold().strip(".") in COMMON_WORDS and not _pair_ok(tokens):
        return None
    plain = [_plain(t) for t in tokens if t not in PARTICLES]
    if all((_noun(w) or w in ENGLISH_WORDS) and not _known(w) for w in plain):
        return None  # "Signed: Procurement", "Account name: Operating Reserve": words, not a name
    return start, seg


def _check_dedication(text: str, start: int, seg: str, tokens: tuple[str, ...]) -> Kept:
    # A gift "on behalf of" / "in honor of" / "in memory of" someone: a name opening with a given name or ending in
    # a surname no dictionary holds ("Gelengül Seven", "Floor Kleibrink"); not "Veterans Day", "Black History Month".
    plain = [_plain(t) for t in tokens if t not in PARTICLES]
    if not plain or " ".join(plain) in PLACE_NAMES:
        return None
    first, last = plain[0], plain[-1]
    opens = first in FIRST_NAMES_ALL or (_unusual(first) and first not in ENGLISH_WORDS)
    closes = len(plain) > 1 and _unusual(last) and last not in ENGLISH_WORDS and last not in _PLACE_WORDS
    if not (opens or closes) or not_a_person_here(text, start, start + len(seg)):
        return None
    return start, seg


_PATTERN_CHECKS: dict[str, Callable[[str, int, str, tuple[str, ...]], Kept]] = {
    "dedication": _check_dedication,
    "name_pair": _check_pair,
    "strong_cue": _check_strong,
    "role_cue": _check_role,
    "before_relation": _check_before_relation,
    "before_age": _check_before_age,
    "before_pronoun": _check_before_age,
    "before_number": _check_before_number,
    "person_verb": _check_person_verb,
    "possessive": _check_possessive,
    "middle_initial": _check_middle_initial,
}


_CUE_END = r"(?:(?<![^\W\d_])|(?![^\W\d_]))"


class PersonRecognizer(ContextRegexRecognizer):
    ENTITY = "PERSON"
    FLAGS = 0
    PATTERNS = [
        # "(?=[A-Za-z])" first: the regex engine then skips other characters quickly (same matches, half the time).
        # A cue that ends in a letter ends a word: not "BY" of "BYOIP CIDR" nor "Fr" of "FROM".
        (
            "strong_cue",
            r"(?=[A-Za-z])(?i:\b(?:" + _STRONG + r"))" + _CUE_END + r"[ \t]*:?[ \t]*[\"“']?(?P<v>" + _NAME + r")",
            0.9,
        ),
        (
            "role_cue",
            r"(?=[A-Za-z])(?i:\b"
            + _ROLE
            + r")"
            + _CUE_END
            + r"(?:'s)?(?:[ \t]*,)?(?:[ \t]+(?i:is|was|named|called))?[ \t]*:?[ \t]*\(?(?P<v>"
            + _NAME
            + r")",
            0.8,
        ),
        # A gift's dedication: "Gift on behalf of Gelengül Seven and family", "Tribute card to Floor Kleibrink".
        (
            "dedication",
            r"(?=[A-Za-z])(?i:\b(?:on[ \t]+behalf[ \t]+of|in[ \t]+(?:loving[ \t]+)?(?:hono(?:u)?r|memory|remembrance)"
            r"[ \t]+of|tribute(?:[ \t]+card)?[ \t]+to|dedicated[ \t]+to))[ \t]+(?P<v>" + _NAME + r")",
            0.85,
        ),
        # "Mark Atwal (husband) …": a relationship in brackets right after says the words before are a name.
        (
            "before_relation",
            r"(?P<v>" + _NAME_FREE + r")[ \t]*" + _RELATION_AFTER,
            0.85,
        ),
        # An age right after, in brackets or between commas: "Ji-woo Park (15)", "Jake, 15, was", "Li Wei (F, 9)",
        # "Soraya Haddad (aged 14)", "Chloe is only 13.": a person's age, so the words before are a name (checked
        # below).
        (
            "before_age",
            r"(?P<v>" + _NAME_FREE + r")(?:(?:[ \t]*\([ \t]*(?:[MFmf][ \t]*[,/][ \t]*)?|,[ \t]+)(?:aged?[ \t]+)?"
            r"(?:[1-9]|[1-9]\d)(?:[ \t]*(?:yo|y/o|yrs?|years?(?:[ \t]+old)?))?(?:[ \t]*[,/][ \t]*[MFmf])?"
            r"[ \t]*(?:\)|,(?=[ \t]+[a-z]))|"
            # "Chloe is only 13.", "Jamal was 12 and", "Tendai is 11, Rutendo's 9": the age closes the clause
            r"(?:[ \t]+(?:is|was)|['’]s)[ \t]+(?:(?:only|just|barely)[ \t]+)?(?:[1-9]|1\d)(?:[ \t]+years?[ \t]+old)?"
            r"(?=[ \t]*[.!,;](?:\s|$)|[ \t]+(?:and|but)\b))",
            0.8,
        ),
        # A pronoun after the name and a comma: "two of them, Siobhan, she's maybe 10", "Farai, he said".
        (
            "before_pronoun",
            r"(?P<v>" + _NAME_FREE + r"),[ \t]+(?i:she|he)(?:['’]s|[ \t]+(?:is|was|said|says|told|tells))\b",
            0.75,
        ),
        # A contact cell, "Kate Wandas - +1 410 953 6775": a line that is a name and then a phone number. A dash
        # glued to both the word and the digits ("CT-2026-000123", "INV-2026-0042") makes a case or ticket code.
        (
            "before_number",
            r"(?:^|(?<=\n))[ \t]*(?P<v>" + _NAME + r")(?:[ \t]*[,:]|[ \t]+[\-–]|[\-–](?=[ \t]))[ \t]*"
            r"(?=[+(]?\d[\d ().\-]{6,}[ \t]*(?:$|\n))",
            0.85,
        ),
        (
            "person_verb",
            r"(?P<v>"
            + _NAME_FREE
            + r")(?:[ \t]+(?i:also|then|just|never|once|still|first))?[ \t]+(?i:"
            + _PERSON_VERB
            + r")\b",
            0.8,
        ),
        ("possessive", r"(?P<v>" + _NAME_FREE + r")" + _OWNED_AFTER, 0.8),
        # "Faina D. Yefremova", "Ravil G Yefimov": a middle initial between two capitalised words.
        (
            "middle_initial",
            r"(?P<v>" + _TOK_FREE + r"[ \t]+" + _CAP + r"\.?[ \t]+" + _TOK + r")(?![\w'’\-])",
            0.8,
        ),
        (
            "name_pair",
            r"(?P<v>"
            + _TOK_FREE
            + r"(?:[ \t]+(?:"
            + _PARTICLE
            + r"[ \t]+){0,2}(?:[A-Z]\.?|"
            + _TOK
            + r")){1,3})(?![\w'’\-])",
            0.75,
        ),
    ]
    REFERENCE_NEGATIVE = False
    # Overlapping matches (a lookahead), so "with anna k lindqvist" is tried from "anna" too.
    _lower_pair = re.compile(
        r"(?<![\w'’\-])(?=(?P<all>([a-zß-ÿ][\w'’\-]+)[ \t]+(?:([a-z])\.?[ \t]+)?([^\W\d_][\w'’\-]+))(?![\w'’\-]))"
    )

    def candidates(self, text: str) -> Iterator[tuple[str, int, int, float]]:
        yield from self._structural(text)
        widened: dict[tuple[int, int], tuple[int, int]] = {}  # several patterns find the same name

        def widen(start: int, end: int) -> tuple[int, int]:
            span = widened.get((start, end))
            if span is None:
                span = widened[start, end] = widen_to_titles(text, start, end)
            return span

        for name, start, end, score in self._patterns(text):
            seg = text[start:end]
            gap = _WIDE_GAP.search(seg)
            if gap is not None:
                seg = seg[: gap.start()]  # "RUBY OWENS    AGE 13": a form's next column, no word of the name
            # Trim trailing words that are not names ("Maria Lopez Called" -> "Maria Lopez"), but keep surnames
            # that are words after a first name ("Kylie Young", "Jack Lane").
            # A dedication's words are all the name, and so are those before an age ("Ji-woo Park (15)").
            while " " in seg.strip() and name not in ("dedication", "before_age"):
                parts = seg.split()
                last = parts[-1].casefold().strip(".,")
                if (
                    last not in COMMON_WORDS
                    or (
                        (
                            (
                                last in LAST_NAMES_ALL
                                and (
                                    parts[-2].casefold() in FIRST_NAMES
                                    or (parts[-2].casefold() in FIRST_NAMES_ALL and _human_role_before(text, start))
                                )
                            )
                            or (len(parts) == 2 and asian_word_surname(_plain(parts[0]), last))  # "Minji Park"
                        )
                        and parts[-1][:1].isupper()
                    )
                ):
                    break
                seg = seg[: seg.rstrip().rfind(" ")].rstrip()
            tokens = tuple(seg.split())
            # A contraction first ("I'm Amanda's daughter"): the name starts after it.
            if len(tokens) > 1 and _CONTRACTION.fullmatch(tokens[0]):
                cut = seg.index(tokens[1], len(tokens[0]))
                start, seg, tokens = start + cut, seg[cut:], tokens[1:]
            # A title first ("The suspect Bà An Phạm", "donor Herr Jan Ek"): the words after it are the name, whatever
            # they are (widen_to_titles takes the title back in).
            if (
                (len(tokens) >= 3 or (len(tokens) == 2 and _surname_alone(tokens[1])))
                and TITLE_BEFORE.fullmatch(tokens[0] + " ")
                and tokens[0][:1].isupper()
                and not (tokens[0].rstrip(".") in _ACRONYM_TITLES and all(_word_only(t) for t in tokens[1:]))
            ):
                cut = seg.index(tokens[1], len(tokens[0]))
                start, seg, tokens = start + cut, seg[cut:], tokens[1:]
                if all(t[0].isupper() or t in PARTICLES for t in tokens) and tokens[-1].casefold() not in ORG_WORDS:
                    yield (name, *widen(start, start + len(seg)), score)
                continue
            # Every word of a name starts with a capital (any script), except particles (de, van, bin...).
            if not tokens or not all(t[0].isupper() or t in PARTICLES for t in tokens):
                continue
            if tokens[-1].casefold() in ORG_WORDS:
                continue
            if name != "strong_cue" and _acronym_in_prose(text, start, tokens):
                continue  # "DNS Firewall uses", "SPS and PPS NAL units", "an NER works"
            if tokens[-1].strip(".:") in _NUMBER_LABELS:
                continue  # "Grant No. R01-HD098765": a number's label
            if _CODE_AFTER.match(text, start + len(seg)):
                continue  # "SKU BRK-2291", "Form A-12": a code's letters, glued to its digits
            kept = _PATTERN_CHECKS.get(name, _check_other)(text, start, seg, tokens)
            if kept is None:
                continue
            start, seg = kept
            yield (name, *widen(start, start + len(seg)), score)
        lowered = screen_text(text)
        for m in _EPONYM.finditer(text) if any(map(lowered.__contains__, _EPONYM_WORDS)) else ():
            toks = m.group("v").split()
            if all(_unusual(t) and _plain(t) not in ENGLISH_WORDS for t in toks) and (
                len(toks) > 1
                or (not _EPONYM_WEAK.match(m.group()) and _surname(toks[0]))
                or (
                    _EPONYM_WORK.search(m.group())
                    and toks[0].casefold() not in FIRST_NAMES
                    and not toks[0].endswith("s")
                )
            ):
                yield "eponym", m.start("v"), m.end("v"), 0.7
        lower_text = not any(map(str.isupper, text))
        for m in _PERIOD.finditer(text) if any(map(lowered.__contains__, _PERIOD_WORDS)) else ():
            v = m.group("v")
            if (v[:1].isupper() or lower_text) and _unusual(v) and _plain(v) not in ENGLISH_WORDS:
                yield "period", m.start("v"), m.end("v"), 0.7
        if "," in text:
            for m in _VOCATIVE_END.finditer(text):
                v = _plain(m.group("v"))
                if v in WORD_FIRST_NAMES or (v not in ENGLISH_WORDS and (_known(v) or _unusual(v))):
                    yield "vocative", m.start("v"), m.end("v"), 0.7
        if "," in text:
            for m in _VOCATIVE.finditer(text):
                if _plain(m.group("v")) in DISCOURSE_WORDS:
                    continue  # "So, we want …", "Well, …": a sentence's opening word, not an address
                if _known(m.group("v")) or _unusual(m.group("v")):
                    yield "vocative", m.start("v"), m.end("v"), 0.7
        if lower_text:
            if "'s" in text or "’s" in text:
                # "i'm roberto's daughter": a known first name that owns a relative.
                for m in _LOWER_POSSESSIVE.finditer(text):
                    word = _plain(m.group("v"))
                    if word in FIRST_NAMES and word not in ENGLISH_WORDS:
                        yield "lower_possessive", m.start("v"), m.end("v"), 0.7
            for m in _LOWER_VERB.finditer(text):
                word = _plain(m.group("v"))
                verb = text[m.end() :].lstrip(" \t")
                if word not in ENGLISH_WORDS and (_known(word) or _STRONG_VERB.match(verb)) and _unusual(word):
                    yield "lower_verb", m.start("v"), m.end("v"), 0.7
            if ":" in text and not _CONFIG_SECTION.search(text):
                speakers = [
                    m
                    for m in _LOWER_SPEAKER.finditer(text)
                    if _plain(m.group("v")) not in ENGLISH_WORDS and "_" not in m.group("v")
                ]
                if len({m.group("v") for m in speakers}) >= 2:
                    for m in speakers:
                        if not _lower_label(_plain(m.group("v"))):
                            yield "lower_speaker", m.start("v"), m.end("v"), 0.7
            for m in _LOWER_STRONG.finditer(text):
                if _plain(m.group("v")) not in ENGLISH_WORDS:
                    end = m.end("v")
                    # "my name is borna jerković": the next words too, while they are no English words.
                    for w in _LOWER_NEXT.finditer(text, end):
                        if w.start() != end or _plain(w.group(1)) in ENGLISH_WORDS:
                            break
                        end = w.end()
                    yield "lower_strong", m.start("v"), end, 0.75
            if ", " in text and " and " in text:
                # "they had 6: silvana, adam, christopher, kristina, chad and caleb": a list of first names.
                for m in _LOWER_LIST.finditer(text):
                    toks = _LOWER_WORD.findall(m.group())
                    toks = [t for t in toks if t != "and"]
                    names = [t in FIRST_NAMES or t in LAST_NAMES for t in toks]
                    plain = [t not in ENGLISH_WORDS for t in toks]
                    if (
                        len(toks) >= 3
                        and all(n or p for n, p in zip(names, plain, strict=True))
                        and sum(names) * 2 >= len(toks) + 1
                        and sum(plain) * 2 >= len(toks)
                    ):
                        for t in _LOWER_WORD.finditer(text, m.start(), m.end()):
                            if t.group() != "and":
                                yield "lower_list", t.start(), t.end(), 0.65
            # All lower case ("follow up with patricia desrosiers", "codey m ross"): a known first name, maybe an
            # initial, and a known last name or a word that is no English word.
            for m in self._lower_pair.finditer(text):
                a, initial, b = m.group(2), m.group(3), m.group(4)
                if a not in FIRST_NAMES or a in ENGLISH_WORDS or b in ENGLISH_WORDS:
                    continue
                if initial or b in LAST_NAMES or (len(b) >= 4 and _unusual(b)):
                    yield "lower_pair", m.start("all"), m.end("all"), 0.6

    def score(self, text: str, start: int, end: int, base: float) -> float:
        """The base's score without its look-ups, which a name never uses (no validation, context or references);
        nothing for a firm, a brand or a room named after someone ("Wells Fargo", "the Lincoln Room")."""
        if not_a_person_here(text, start, end):
            return 0.0
        return min(base, 1.0)

    def _patterns(self, text: str) -> Iterator[tuple[str, int, int, float]]:
        """The class's patterns, skipping those whose required words or characters the text lacks."""
        lowered = screen_text(text)
        for name, rx, score in self._compiled or []:
            needs = _NEEDS.get(name)
            if needs is not None and not needs(text):
                continue
            needs = _SCREENED_NEEDS.get(name)
            if needs is not None and not needs(lowered):
                continue
            if name == "before_number":
                if _DIGIT.search(text) is None:
                    continue
                matches = _at_line_starts(rx, text)
            else:
                matches = rx.finditer(text)
            for m in matches:
                start, end = m.span("v")
                if end > start:
                    yield name, start, end, score

    @staticmethod
    def _address_line(text: str, start: int, words: list[str]) -> bool:
        """A line of an address block: a house's name ("Ivy Cottage" above "Mill Lane"), or a town under a street
        line ("14 Harbour View" above "Castle Douglas")."""
        rest = text[text.find("\n", start) + 1 :] if "\n" in text[start:] else ""
        if words[-1] in _HOUSE_WORDS and rest.strip():
            return True
        before = text[: text.rfind("\n", 0, start)] if "\n" in text[:start] else ""
        return bool(before) and _STREET_LINE.match(before, before.rfind("\n") + 1) is not None

    def _structural(self, text: str) -> Iterator[tuple[str, int, int, float]]:
        """Names that the layout gives away: dialogue speakers, name-only lines, lists of names."""
        if ":" in text:
            # A form's labels are nouns ("Organisation: …", "Designation: …"), a dialogue's speakers names.
            speakers = [
                m
                for m in _at_line_starts(_SPEAKER, text)
                if _plain(m.group("v")) not in ENGLISH_WORDS
                and not (_noun(_plain(m.group("v"))) and _plain(m.group("v")) not in FIRST_NAMES)
                # "In-kind:", "Follow-up:": a label of English words joined by hyphens
                and not ("-" in m.group("v") and all(p in ENGLISH_WORDS for p in _plain(m.group("v")).split("-")))
                and not _FOREIGN_LABEL.fullmatch(m.group("v"))
                and _plain(m.group("v")) not in _ROLE_LABELS  # "Client: Sipho Mthembu": a form's role label
                and label_type(m.group("v")) is None  # "Geburtsdatum:", "Teléfono:": a form's field label
                and m.group("v").casefold() not in NOTICE_WORDS  # "VORSICHT: Heiße Oberfläche.": a label's notice
            ]
            distinct = {m.group("v") for m in speakers}
            for m in speakers:
                if len(distinct) >= 2 or _known(m.group("v")):
                    yield "speaker", m.start("v"), m.end("v"), 0.75
        if "\n" in text:
            for m in _at_line_starts(_NAME_LINE, text):
                tokens = m.group("v").split()
                words = [_plain(t) for t in tokens if len(t.strip(".")) > 1 and t not in PARTICLES]
                if len(words) < 2 or any(w in ENGLISH_WORDS for w in words):
                    continue
                if words[-1].endswith("s") and _noun(words[-1]) and not _pair_ok(tuple(tokens)):
                    continue  # "Westfield Cyclists": a team, a product line
                if any(t.isupper() and len(t) > 2 for t in tokens):
                    continue  # "LOW STREET", "ACME CORP"
                if self._address_line(text, m.start("v"), words):
                    continue
                leading = text[: m.start("v")].strip(" \t\n>?*-•")
                if _known(tokens[0]) or not leading:
                    yield "name_line", m.start("v"), m.end("v"), 0.75
        if " and " in text or " & " in text:
            for m in _LIST.finditer(text):
                found = [t for t in _LIST_TOK.finditer(text, m.start(), m.end()) if t.group() != "and"]
                if found and _opening_word(text, found[0].start(), found[0].end()):
                    found = found[1:]  # "Later, Sue, Ian and Zoe came": the list after the adverb
                toks = [t.group() for t in found]
                # Surnames that are also words ("Bowman and White") count only beside a name that is no word.
                words = [_plain(t) in ENGLISH_WORDS for t in toks]
                surnames = sum(1 for t, w in zip(toks, words, strict=True) if w and _plain(t) in LAST_NAMES_ALL)
                if len(toks) < 2 or sum(words) > surnames or all(words):
                    continue
                if _TITLE_CASE_AFTER.match(text, m.end()) and any(words):
                    continue  # "the Billing and Cost Management User Guide": a title, its words capitalised
                known = sum(1 for t, w in zip(toks, words, strict=True) if _known(t) and not w)
                # Two names ("Marrero and Murphy") must both be known; a longer list, half of it.
                after = text[m.end() : m.end() + 12].lstrip()
                if surnames and not known and not (len(toks) == 2 and after.startswith(("were ", "have ", "had "))):
                    continue
                known += surnames
                if (
                    known == len(toks)
                    or (len(toks) >= 3 and known * 2 >= len(toks))
                    or (known and after.startswith(("were ", "have ", "had ", "both ")))
                ):
                    for t in found:
                        yield "name_list", t.start(), t.end(), 0.7
