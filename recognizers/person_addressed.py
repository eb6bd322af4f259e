"""Names in chats and transcripts, typed in lower case, from how people address and mention each other: greeted or
thanked ("hey priya u up?", "thanks kofi"), asked for, told or sent to ("ask for zara", "tell ur mum amara", "send
them to nikhil"), named after "the girl", "the mother" or "my pupils" ("the girl is amara she is ten", "one of my
pupils leon age 7"), introducing themselves in another language ("c est léa moreau", "hier ist anke müller", romanised
"menya zovut bohdan", "mai hamza hu", Arabizi "ana youssef"), named as a friend or a relative ("friend of putri",
"sadi2 reem", "vivek ka cousin"), opening a line with an age ("mateo 13 lives near me"), or, in a dictated note, a
relative or a person seen before their age or birth date ("mum malia is forty five", "seen kiriana tawhiri dob …")
and a name spelt out ("that's w a r s a m e").

Only in conversational text (`conversational`): in a report typed with its capitals, a capitalised name is the name
model's to read, and a word after "thanks" or "hi" is as often a product or a team ("thanks Stripe"). Another
language's "I am" ("je m'appelle", "salam, ana") gives a name, capitalised or not, in any text: the English model
reads those sentences poorly.

The cue decides, as in person_cued.py: a word after it is a name unless it is an English word, chat slang or a
placeholder (given names that are also English words, "ivy", "rosa", count when a name list holds them and they are
no common word). No list of the corpora's names is consulted.
"""

from collections.abc import Iterator

import regex

from ._chat import LINE_HEAD, STAMP_BEFORE, export_authors
from ._latin_cues import ALL_STOPS, STOP_NAMES
from ._names import COMMON_WORDS, FIRST_NAMES, FIRST_NAMES_ALL, WORD_FIRST_NAMES, inflected_english, is_noun
from ._orgs import not_a_person
from ._places import known_place
from ._recognizer_helpers import ContextRegexRecognizer
from .age import AGE_WORDS_BEFORE
from .person_cued import NOT_NAMES

# Words people are addressed by that are no name: slang, endearments, groups.
_ADDRESS_WORDS = frozenset(
    """bruh bro bros fam lads lad guys gals ppl peeps folks yall y'all everyone everybody all team gang squad crew
    babe bae hun hon mate m8 sis dude homie girlie bestie boo luv love darling sweetie sweetheart bby baby king queen
    man boy girl boys girls kid kids son mum mom dad sir maam ma'am miss mister mr mrs ms doc buddy pal chief boss
    again so much lots loads u ya yah you ur yourself there""".split()
) | frozenset(
    # romanised Hindi and Russian chat words after "hello", "ty": "hello ji", "ty otkuda?" ("where are you from?")
    "ji bhai bhaiya didi yaar otkuda kto gde chto eto tebya mne kak zovut privet".split()
)
# Words for "aged" in other languages ("usianya 15"): a line that opens with one opens with no name.
_AGE_WORDS = frozenset(w for w in AGE_WORDS_BEFORE if w.isalpha()) | frozenset("umur usia edad idade wiek".split())
# A name word: letters (any script, with inner hyphens or apostrophes), two or more.
_NAME_WORD = r"[\p{L}][\p{L}\p{M}]*(?:['’\-][\p{L}][\p{L}\p{M}]*)?"
_NAME = rf"(?P<v>{_NAME_WORD}(?:[ \t]+(?P<second>{_NAME_WORD}))?)"
_AFTER = r"(?![\p{L}\p{M}\d_@'’\-])"
_RELATIONS = (
    r"girl|boy|child|kid|mother|father|mum|mom|dad|baby|teen|teenager|victim|suspect|man|woman|lady|guy|neighbou?r|"
    r"stepdad|stepfather|uncle|aunt|grandmother|grandfather|brother|sister|son|daughter|student|pupil|caller"
)

# A speaker's fillers between a cue and the name, as speech recognition keeps them ("surname is basically warsame").
_FILLERS = (
    r"(?:(?:um+|uh+|er+|erm+|hmm+|so|yeah|like|basically|right|you[ \t]+know|sort[ \t]+of|i[ \t]+think|okay|ok)"
    r"[ \t,]+)*"
)
# What follows a person's name in a dictated note: an age, a birth date, "who's …".
_AGE_OR_BIRTH_AFTER = (
    r"(?=[ \t,]+(?:who'?s|who[ \t]+is|is[ \t]+(?:\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty)\b)|"
    r"aged|age[ \t]+\d|dob|d\.o\.b|date[ \t]+of[ \t]+birth|born|\(\d|and[ \t]+(?:the[ \t]+)?(?:child|baby|sibling)|"
    r"that'?s[ \t]+(?:\p{L}[ \t]+){2}))"
)

# Each cue: (name, pattern with the name in group `v`, score). Case-insensitive: chats and transcripts are typed
# in lower case as often as not.
CUES: tuple[tuple[str, str, float], ...] = (
    # "hey priya u up?", "thanks kofi", "happy early birthday leon", "love u mira"
    (
        "greeted",
        r"(?i:(?<![\p{L}'’])(?:hey+|hi+|hiya|hello|yo|sup|bye|thanks|thank[ \t]+(?:you|u)|thx|ty|hola|oi|ol[áa]|ciao|"
        r"salut|hallo|hej|merhaba|privet|привет|"
        r"love[ \t]+(?:you|u|ya)|miss[ \t]+(?:you|u|ya)|sorry|congrats|night|morning|"
        r"happy[ \t]+(?:early[ \t]+|belated[ \t]+)?(?:birthday|bday|b-day))[ \t]*,?[ \t]+)" + _NAME + _AFTER,
        0.7,
    ),
    # Introducing oneself in a chat: "its zixuan here", "im giannis btw", "this is Despoina from ChatSpace"
    (
        "introduced_en",
        r"(?i:(?<![\p{L}'’])(?:it['’]?s|this[ \t]+is|i['’]?m|i[ \t]+am)[ \t]+)"
        + _NAME
        + _AFTER
        + r"(?=[ \t]*,?[ \t]+(?i:here\b|btw\b|from\b|speaking\b|by[ \t]+the[ \t]+way\b|and[ \t]+i['’]?m\b))",
        0.7,
    ),
    # "ask for zara", "tell ur mum amara", "send them to nikhil and everyone", "found him rosa", "that's for ivy"
    (
        "told",
        r"(?i:(?<![\p{L}'’])(?:ask(?:ed|ing)?[ \t]+for|tell(?:[ \t]+(?:ur|your|my|his|her)[ \t]+(?:mum|mom|dad|"
        r"brother|sister|parents))?|told|text(?:ed)?|dm(?:ed|'d)?|messag(?:e|ed)|meet|met[ \t]+up[ \t]+with|"
        r"(?:send|sent)[ \t]+(?:it|them|this|that|pics?|nudes|the[ \t]+pics?)[ \t]+to|found[ \t]+(?:him|her)|"
        r"that'?s[ \t]+for|regarding(?:[ \t]+(?:the[ \t]+)?(?:girl|boy|child|kid))?|"
        r"the[ \t]+(?:" + _RELATIONS + r")(?:[ \t]+(?:is|was|called|named))?|"
        r"(?:my|our|his|her|their)[ \t]+(?:pupils|students|clients|kids|children|sons|daughters|friends|mates|"
        r"classmates|grandkids)|"
        # a friend's or a relative's name: "friend of putri", "mates w tatenda"
        r"friends?[ \t]+(?:of|w|with)|mates?[ \t]+(?:of|w|with)|cousin[ \t]+of)[ \t]*,?[ \t]+)" + _NAME + _AFTER,
        0.7,
    ),
    # A caller giving a name in another language: "c'est léa moreau", "hier ist anke müller", "oi é rafaela silva",
    # "me llamo …", "mi chiamo …", "ik ben …", "jestem …", "меня зовут …".
    (
        "introduced",
        r"(?i:(?<![\p{L}'’])(?:c['’ ]?est|je[ \t]+suis|je[ \t]+m['’]appelle|ich[ \t]+bin|hier[ \t]+ist|"
        r"mein[ \t]+name[ \t]+ist|ich[ \t]+hei(?:ß|ss)e|soy|me[ \t]+llamo|mi[ \t]+nombre[ \t]+es|habla|sono|"
        r"mi[ \t]+chiamo|(?:oi|ol[áa]|al[ôo])[ \t,]+(?:é|aqui[ \t]+é)|eu[ \t]+sou|meu[ \t]+nome[ \t]+é|"
        r"ik[ \t]+ben|mijn[ \t]+naam[ \t]+is|jestem|mam[ \t]+na[ \t]+imi[ęe]|меня[ \t]+зовут|это|"
        # Arabizi after a greeting ("salam, ana Salma"), Tagalog, Hindi/Urdu, Turkish, Indonesian, Swahili
        r"(?:salam|salaam|marhaba|ahlan|hala)[ \t,!]+ana|ako[ \t]+si|mera[ \t]+naam|benim[ \t]+ad[ıi]m|"
        r"nama[ \t]+saya|jina[ \t]+langu[ \t]+ni|"
        # romanised: Russian "menya zovut", Greek "eimai o/i", Hindi/Urdu "mai/main … hu" (the verb after the name)
        r"menya[ \t]+zovut|eimai[ \t]+(?:o|i)|"
        # "named" in Indonesian and Malay, Czech, Georgian, Arabic and Persian ("his/her name is")
        r"bernama|namanya|jmenem|jmenuje[ \t]+se|ჰქვია|اسمه|اسمها|اسمش|نامش|"
        r"mai(?=[ \t]+\S+[ \t]+(?:hu|hoon|hun|bol)\b)|main(?=[ \t]+\S+[ \t]+(?:hu|hoon|hun|bol)\b))[ \t]+)"
        + _NAME
        + _AFTER,
        0.7,
    ),
    # "friend of" in romanised Arabic ("sadi2 Reem") and Greek ("filos tis Despoina")
    (
        "friend_of",
        r"(?i:(?<![\p{L}'’])(?:sadi2|sadiq|sa7b(?:i|ti)|fil(?:os|i)[ \t]+t(?:is|ou))[ \t]+)" + _NAME + _AFTER,
        0.7,
    ),
    # A relative or a person seen, then their age or birth date: "mum malia is forty five", "a man choi who's 30",
    # "foster child, ayaan who's 9", "visited aroha potae and the child", "seen kiriana tawhiri dob 13 may 2022"
    (
        "kin_then_age",
        r"(?i:(?<![\p{L}'’])(?:mum|mom|mother|dad|father|stepdad|stepmum|partner|sibling|brother|sister|son|daughter|"
        r"(?:foster[ \t]+)?child|nan|gran|grandma|grandad|uncle|aunt|auntie|cousin|man|woman|boy|girl|visited|seen|"
        r"saw|met|spoke[ \t]+(?:to|with)|subject[ \t]+is|surname[ \t]+is|(?:first[ \t]+|last[ \t]+)?name[ \t]+is|"
        r"called)[ \t]*,?[ \t]+)" + _FILLERS + _NAME + _AFTER + _AGE_OR_BIRTH_AFTER,
        0.65,
    ),
    # A name spelt out letter by letter: "that's w a r s a m e", "spelt d a w i t"
    (
        "spelt",
        r"(?i:(?<![\p{L}'’])(?:that'?s|spelt|spelled|spelling)[ \t]+)(?P<v>(?:\p{L}[ \t]+){2,}\p{L})(?![\p{L}\d'’])",
        0.7,
    ),
    # Arabizi's "I am" opening a message: "ana youssef, sadi2 reem" (lower-case "ana": the name "Ana" is capitalised)
    ("introduced_ana", rf"(?m:^{LINE_HEAD})ana[ \t]+" + _NAME + _AFTER, 0.7),
    # Hindi/Urdu "X ka cousin", "X bhai ka dost": a friend's or a relative's name before the relation
    (
        "relative_of",
        r"(?i:(?<![\p{L}'’])(?P<v>" + _NAME_WORD + r")(?:[ \t]+(?:bhai|didi|bhaiya|aunty|uncle))?[ \t]+k[ae][ \t]+"
        r"(?:cousin|dost|friend|bhai|behen|sister|brother|beta|beti)(?![\p{L}]))",
        0.65,
    ),
    # "mateo 13 lives near me", "priya, 14, from leeds": a line opening with a name and an age
    (
        "name_age",
        rf"(?m:^{LINE_HEAD}){_NAME}[ \t]*,?[ \t]+(?:(?i:mne|im|i'?m|i[ \t]+am)[ \t]+)?"
        rf"(?=\d{{1,2}}(?:[ \t]*(?i:yo|y/o|yrs?|years?))?{_AFTER}(?:[ \t,]*\p{{L}}|[ \t\p{{So}}]*(?m:$)))",
        0.65,
    ),
)
_COMPILED = [(name, regex.compile(rx, regex.V0), score) for name, rx, score in CUES]
# Cues whose name may be capitalised: another language's "I am", which the English model reads as English words.
_ANY_CASE = frozenset({"introduced", "introduced_ana", "relative_of", "friend_of"})
# Cues read in any register: another language's "I am", and a greeting or an introduction before a given name.
_GREETINGS = frozenset({"greeted", "introduced_en"})
_ANY_REGISTER = _GREETINGS | {"introduced"}


def _listed_first(word: str) -> bool:
    """A given name of the name list that is no English word ("Emily", not "Will" or "Grace")."""
    w = word.casefold()
    return w in FIRST_NAMES and w not in COMMON_WORDS and w not in WORD_FIRST_NAMES


def _name_word(word: str) -> bool:
    """Whether a word after a cue can be a name: no English or chat word ("hey guys"), no verb form, no big town."""
    w = word.casefold().strip("'’")
    if len(w) < 2 or w in _ADDRESS_WORDS or w.isdigit():
        return False
    if w in ALL_STOPS and w not in STOP_NAMES:
        return False  # "je m'appelle chloé et j'ai 13 ans": another language's "and"
    if w in _AGE_WORDS:
        return False  # "usianya 15 tahun": "her age", not a name before an age
    if "-" in w and all(p in NOT_NAMES or is_noun(p) for p in w.split("-") if p):
        return False  # "large-print", "follow-up": English words joined
    if "-" in w and any(known_place(p) >= 100_000 for p in word.split("-") if p):
        return False  # "ich bin Berlin-Fan": a town's word joined to another
    if len(w) <= 3 and word.isupper():
        return False  # "KES 14", "Ops": a code or an abbreviation
    if w in NOT_NAMES or w in COMMON_WORDS or is_noun(w) or inflected_english(w):
        return w in FIRST_NAMES_ALL and w not in COMMON_WORDS  # "rosa", "ivy": a name list's, no common word
    return known_place(word) < 100_000  # "ask for london" is a town's; "ngozi" is no place


# A line opened by its speaker: "@kay_22: …", "[21:04] jo: …", "caller …", "<nick> …".
# (after a clock too, "23:15 YP: im giannis", "[09:31] Counsellor (Regina): Thanks", and a log's direction after its
# stamp, "2024-04-26 03:03:26 IN  its zixuan here")
_SPEAKER_LINE = regex.compile(
    r"(?m:^[ \t>*\-]*(?:(?:" + STAMP_BEFORE + r")[|\-–]?[ \t]*(?:[\w.@\-]{1,12}(?:[ \t]{2,}|\t)(?=\S))?)?"
    r"(?:<[^>\n]{1,30}>|[\w.@\-]{1,30}(?:[ \t]\([^)\n]{1,24}\))?[ \t]*:)[ \t]|"
    r"^[ \t]*(?:" + STAMP_BEFORE + r")[ \t]*(?:[\w.@\-]{1,12}(?:[ \t]{2,}|\t)|[A-Z]{1,5}[ \t]+)(?=\S))"
)
_MIN_SPEAKER_LINES = 2
_MAX_CAPITALS = 0.03  # capital letters per letter in a text typed or transcribed in lower case
_MIN_LETTERS = 80


def conversational(text: str) -> bool:
    """Whether the text is a chat or a transcript: two lines or more opened by a speaker, or hardly a capital
    letter (speech recognition, chat typed in lower case). Reports and records are the name model's to read."""
    if len(_SPEAKER_LINE.findall(text)) >= _MIN_SPEAKER_LINES or export_authors(text):
        return True  # (an app's export puts its authors where it will: "cherry__cherry (17:44)" over the message)
    letters = sum(c.isalpha() for c in text)
    capitals = sum(c.isupper() for c in text)
    # (A short cased sentence has few capitals too: "Donor (aged 80+) asked for large-print letters.")
    return letters > 0 and (capitals == 0 or (letters >= _MIN_LETTERS and capitals / letters <= _MAX_CAPITALS))


class PersonAddressedRecognizer(ContextRegexRecognizer):
    ENTITY = "PERSON"
    PATTERNS = []
    REFERENCE_NEGATIVE = False

    def candidates(self, text: str) -> Iterator[tuple[str, int, int, float]]:
        chat = conversational(text)
        for name, rx, score in _COMPILED:
            if not chat and name not in _ANY_REGISTER:
                continue  # (another language's "I am …" gives a name in any register)
            for m in rx.finditer(text):
                if name == "spelt":
                    yield name, *m.span("v"), score  # letters, no word to read
                    continue
                if not _name_word(m.group("v").split()[0]):
                    continue
                start, end = m.span("v")
                cased = not text[start].islower() and not regex.match(r"\p{Lo}", text[start])
                listed = cased and _listed_first(m.group("v").split()[0])
                if name in _GREETINGS and not chat and not listed:
                    continue  # outside a chat only a given name of the list after "Hi" ("Hi Emily,"), never "Hi Team"
                if cased and name not in _ANY_CASE and not (name in _GREETINGS and (chat or listed)):
                    continue  # a capitalised word is the name model's to read ("Hi Zendesk", "thanks Stripe"); not
                    # after another language's "I am", which the model reads as English, nor after a greeting in a
                    # chat, where the model misses names among emoji and slang ("hey Lachlan 😊 u up?")

                second = m.groupdict().get("second")
                if name == "name_age" and (
                    (second is not None and not _name_word(second)) or not text[start].islower()
                ):
                    continue  # "Training slide 14", "Ruby 3 and Rails 7": in a cased text the name model reads these
                if second is not None and not (_name_word(second) and second[:1].isupper() == text[start].isupper()):
                    end = m.start("second")  # "hey priya u up": the next word is the chat's, not a surname
                    while end > start and text[end - 1] in " \t,":
                        end -= 1
                if not_a_person(text, start, end):
                    continue  # (not `not_a_person_here`: its reading of a German or Spanish sentence's lower-case
                    # words as words is what a cue after "hier ist" or "me llamo" contradicts)
                yield name, start, end, score

    def score(self, text: str, start: int, end: int, base: float) -> float:
        return min(base, 1.0)
