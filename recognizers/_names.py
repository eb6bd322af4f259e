"""Name lists shared by the PERSON recognizers: a multi-locale gazetteer and English words that are not names."""

from __future__ import annotations

import importlib
import pkgutil
import re


def _gazetteer() -> tuple[frozenset[str], frozenset[str], frozenset[str], frozenset[str]]:
    """First and last names of every Faker locale (deterministic: the lists ship with the package)."""
    import faker.providers.person as people

    first: set[str] = set()
    last: set[str] = set()
    for module in pkgutil.iter_modules(people.__path__):
        provider = importlib.import_module(f"{people.__name__}.{module.name}").Provider
        for attr, value in vars(provider).items():
            if not isinstance(value, list | tuple | dict | set | frozenset):
                continue
            if attr.startswith(("first_name", "first_romanized")):
                first.update(v.casefold() for v in value if isinstance(v, str))
            elif attr.startswith(("last_name", "last_romanized")):
                last.update(v.casefold() for v in value if isinstance(v, str))
    return frozenset(first - COMMON_WORDS), frozenset(last - COMMON_WORDS), frozenset(last), frozenset(first)


# Words that are names in some list but ordinary words in English text (and capitalised at sentence start).
COMMON_WORDS = frozenset(
    """a an the and or but if of to in on at by for with from as is was are were be been it its he she they we you
    i me my his her their our your this that these those there here who whom what when where why how all any some
    no not yes one two three will may can might must shall should would could do did does done have has had get got
    case report reports hope grace faith joy mark bill long young white black brown green gray grey street church
    hill wood park lane king price love rose summer april june august winter spring autumn sunny sky star storm
    new old good best great big little small mr mrs ms miss dr sir madam lord lady saint st god christ jesus
    monday tuesday wednesday thursday friday saturday sunday january february march july september october november
    december police school county city state court office hospital center centre services service department child
    children family kids kid mother father mom dad son daughter brother sister baby girl boy man woman men women
    donor reporter suspect victim volunteer applicant contact caller student teacher coach officer nurse doctor
    please thanks thank dear hello hi hey ok okay note notes tip tips call text email phone address account card
    bank date time day week month year today tomorrow yesterday morning evening night after before during since
    also still just only even ever never always very much many more most other another such same then than too
    well way back down up out over under again once very said says say told tell asked ask went go going gone
    see seen saw look home house room floor door car bus train road avenue drive court place square north south
    east west central union united american english spanish french german asian african latino hispanic
    mobile desk fax tel cell dob zip website web notes note name intake form press next users user answer question
    subject re fwd from sent cc bcc attn regarding""".split()
)


def _english_words() -> frozenset[str]:
    """About a thousand frequent English words (Faker's English lorem list): capitalised at the start of a
    sentence or in a title they are not names, even where some locale's name list has them ("Rich", "Page")."""
    try:
        from faker.providers.lorem.en_US import Provider
    except ImportError:  # pragma: no cover - faker is a dependency
        return frozenset()
    return frozenset(w.casefold() for w in Provider.word_list)


# Words that open a sentence or address a group, written like a vocative name ("Sorry, can I …", "Guys, …").
DISCOURSE_WORDS = frozenset(
    """anyway anyways sorry honestly basically seriously actually frankly obviously clearly sadly luckily hopefully
    guys folks everyone everybody anyone someone friends team all sir madam maam hey hmm um uh well ok okay alright
    right yes yeah yep yup no nope nah please listen look wait again also besides meanwhile however therefore
    otherwise instead finally firstly secondly lastly today tonight tomorrow yesterday now later soon oh ah wow
    great cool thanks thank cheers hello hi dear bro dude man mate buddy babe honey sweetie darling boss doc
    officer mister mrs ms miss god lord jesus christ guy girl boy kids children people""".split()
)
ENGLISH_WORDS = _english_words() | COMMON_WORDS | DISCOURSE_WORDS


# Endings that mark a surname in many languages ("Tomaszewski", "Mordvinova", "Šušulić", "Ryhänen", "Ásgeirsdóttir").
SURNAME_ENDINGS = (
    "ski", "ska", "cki", "cka", "dzki", "dzka", "wicz", "czyk", "czak", "ová", "ov", "ova", "ev", "eva", "ovich",
    "evich", "ovna", "evna", "ić", "vić", "ović", "enko", "chuk", "yuk", "nen", "sson", "dóttir", "dottir",
    "poulos", "opoulou", "akis", "idis", "escu", "oğlu", "oglu", "yan", "shvili", "dze", "ovski", "evski", "ovska",
    "auskas", "aitė", "ienė",
)  # fmt: skip
# Org words that end a capitalised run which is then a company, not a person ("3 Round Stones Inc").
ORG_WORDS = frozenset(
    """inc inc. llc ltd ltd. corp corp. co co. gmbh ag sa plc group solutions systems technologies labs partners
    holdings foundation institute university college company corporation associates analytics research
    orchestra band lines airlines records insurance consulting bank""".split()
)

PARTICLES = frozenset("de da del della di die van von der den du le la al el bin ibn dos das ter ten Mac Ó Ní".split())
# LAST_NAMES_ALL keeps surnames that are also English words ("Young", "Brown", "Lane"): a name only after a first name.
FIRST_NAMES, LAST_NAMES, LAST_NAMES_ALL, FIRST_NAMES_ALL = _gazetteer()
_FIRST_ALL = FIRST_NAMES_ALL
# First names that are also English words ("Mark", "Grace", "Autumn", "August", "Summer"): a name only before a
# surname that is no English word ("Mark Sharp", "Autumn Weaver"; not "Mark Street").
WORD_FIRST_NAMES = (
    (_FIRST_ALL & COMMON_WORDS) | frozenset("autumn summer winter august april june".split())
) - frozenset(
    """a an the and or but if of to in on at by for with from as is was are were be it i me my can case said ever man
    son sister baby doctor lady saint christ north south east west little long january sunday french german press
    will king sky star storm spring love price brown gray green hill lane wood young park""".split()
)

# Honorifics and professional titles of many locales, written before a name ("Dr. Ráczné", "pani Justyna",
# "Sig.ra Elisa", "Bà An"), and letters after it ("Jr.", "B.A.", "DDS"). Both belong to the name's span.
TITLE_BEFORE = re.compile(
    r"(?:(?<![\w.])(?:Mr|Mrs|Ms|Mx|Miss|Mister|Dr|Drs|Prof|Rev|Fr|Sr|Sra|Srta|Sig(?:\.ra|\.na)?|Dott(?:\.ssa)?|Herr|"
    r"Frau|Mme|Mlle|Mgr|MUDr|JUDr|PhDr|RNDr|Ing|Bc|Dipl\.-Ing|pan|pani|Pan|Pani|Doç|Okt|Av|Bà|Ông|Quý\s+cô|Quý\s+ông|"
    r"Cô|Anh|Chị|Sir|Dame|Lady|Lord|Hon|Judge|Capt|Sgt|Det|Officer|Deputy|Rabbi|Imam|Sheikh|Mag|Univ\.-Prof)\.?"
    r"|[^\W\d_]+né)[ \t]+$"
)
TITLE_AFTER = re.compile(
    r"(?:,?[ \t]+(?:Jr|Sr|II|III|IV|MD|DDS|DVM|PhD|Ph\.D|Esq|RN|CPA|B\.A|M\.A|B\.Sc|M\.Sc|MBA)\.?)(?![\w])"
)


# Any short capitalised abbreviation right before a name is a title in some locale ("Öğr.", "Univ.Prof.", "Dipl.").
_ABBREV_BEFORE = re.compile(r"(?<![\w.])(?:[A-ZÀ-ÖØ-Þ][^\W\d_]{0,4}\.){1,3}[ \t]+$")
# Degrees written as dotted capitals after a name ("B.Eng.", "M.Phil.", "Dipl.-Ing."), and the Irish
# "Ó hEachairn", "Ní Bhriain", "Mac an tSaoir" whose second word starts in lower case.
_DEGREE_AFTER = re.compile(r",?[ \t]+(?:[A-Z][a-z]{0,4}\.){1,3}(?:-[A-Z][a-z]{0,4}\.)?(?![\w])")
_IRISH_AFTER = re.compile(
    r"[ \t]+(?:Ó|O|Ní|Nic|Mac|Mhic|Uí|Ua)(?:[ \t]+(?:an|a|na))?[ \t]+[a-z]{0,2}[A-ZÁÉÍÓÚ][^\W\d_]+(?![\w])"
)
# The rest of a word a span stops inside: "Hauta" of "Hauta-aho", "O" of "O'Neil".
_WORD_REST = re.compile(r"(?:-[^\W\d_]+|['’](?![sS](?![^\W\d_]))[^\W\d_]+)+")


def widen_to_titles(text: str, start: int, end: int) -> tuple[int, int]:
    """The span of a name with the titles written around it ("Prof. Dr. D. Molnár Katalin", "Smith Jr.")."""
    for _ in range(3):
        if start == 0 or text[start - 1] not in " \t\n":
            break  # both look-ups end in `[ \t]+$`, and `$` is at `start` or before a line end there
        m = TITLE_BEFORE.search(text, max(0, start - 24), start)
        if m is None:
            m = _ABBREV_BEFORE.search(text, max(0, start - 24), start)
        if m is None:
            break
        start = m.start()
    m = _WORD_REST.match(text, end)
    if m is not None:
        end = m.end()
    m = _IRISH_AFTER.match(text, end)
    if m is not None:
        end = m.end()
    m = TITLE_AFTER.match(text, end) or _DEGREE_AFTER.match(text, end)
    if m is not None:
        end = m.end()
    return start, end
