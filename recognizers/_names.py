"""Name lists shared by the PERSON recognizers: a multi-locale gazetteer and English words that are not names."""

from __future__ import annotations

import importlib
import pkgutil


def _gazetteer() -> tuple[frozenset[str], frozenset[str]]:
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
    return frozenset(first - COMMON_WORDS), frozenset(last - COMMON_WORDS)


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
    east west central union united american english spanish french german asian african latino hispanic""".split()
)


PARTICLES = frozenset("de da del della di van von der den du le la al el bin ibn dos das ter ten".split())
FIRST_NAMES, LAST_NAMES = _gazetteer()
