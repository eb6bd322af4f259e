"""Special-category data in a pasted table: the cells under a column whose header names a health condition, an
ethnic origin, a sexual orientation, a gender identity or a criminal record ("Medical", "meds/conditions",
"Remarques médicales", "Ethnicity", "Orientation", "Gender identity", "Convictions"), in English and the languages
of the partners' forms. A header says what a cell holds whatever its words: "anaphylaxis to peanuts" under
"Allergien", "Irish Traveller" under "Ethnicity". Empty answers ("none", "n/a", "prefer not to say") are nothing,
and a binary sex ("F", "male") is not a gender identity here, as elsewhere in the detector.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator

from pii_pipeline.detection.prescreen import needs

from ._goods import goods_without_people
from ._recognizer_helpers import HAS_LETTER, ContextRegexRecognizer
from ._tables import column_cells, row_names_a_person

CELL_SCORE = 0.85

# The header's words, per type. A header may add words around them ("Medical info / allergies", "Note mediche"),
# but not those of an identifier or a provider ("Health card no.", "GP surgery"): see _NOT_ATTRIBUTE.
_HEADERS: dict[str, str] = {
    "MEDICAL_CONDITION": (
        r"medical|medic(?:o|a|al|ale|ales|ali|he)|médica(?:l|les|s)?|meds|medications?|medicines?|conditions?|"
        r"allerg\w*|diagnos[ei]s|diagnoses|disabilit(?:y|ies)|health|sen|send|additional\s+needs|"
        r"krankheit(?:en)?|vorerkrankungen|gesundheit|behinderung|santé|salute|salud|saúde|handicap|"
        r"discapacidad|defici[eê]ncia|disabilità|zdrowie|choroby|niepełnosprawność|sağlık|hastalık|"
        r"ziekte|gezondheid|aandoening(?:en)?|hälsa|sjukdom(?:ar)?|helse|terveys"
    ),
    "ETHNIC_ORIGIN": (
        r"ethnicity|ethnic(?:\s+(?:origin|group|background))?|race|race/ethnicity|ethnie|ethnizität|etnia|"
        r"etnicidad|etnicidade|etnicità|origine\s+ethnique|pochodzenie(?:\s+etniczne)?|etnisitet|etniciteit|"
        r"etnik\s+köken"
    ),
    "SEXUAL_ORIENTATION": (
        r"(?:sexual\s+)?orientation|sexuality|orientaci[oó]n(?:\s+sexual)?|orientation\s+sexuelle|"
        r"orientamento(?:\s+sessuale)?|sexuelle\s+orientierung|orienta[cç][aã]o(?:\s+sexual)?|"
        r"orientacja(?:\s+seksualna)?|seksuele\s+geaardheid|cinsel\s+yönelim"
    ),
    "GENDER_IDENTITY": (
        r"gender(?:\s+identity)?|gender/sex|sex/gender|geschlecht(?:sidentität)?|identité\s+de\s+genre|genre|"
        r"identità\s+di\s+genere|identidad\s+de\s+g[ée]nero|identidade\s+de\s+g[êe]nero|g[ée]nero|"
        r"tożsamość\s+płciowa|płeć|toplumsal\s+cinsiyet|genderidentiteit"
    ),
    "CRIMINAL_HISTORY": (
        r"convictions?|criminal\s+(?:record|history|convictions?)|(?:prior\s+|previous\s+)?offen[cs]es|"
        r"vorstrafen|casier(?:\s+judiciaire)?|antecedentes(?:\s+penales)?|precedenti(?:\s+penali)?|"
        r"karalność|strafblad"
    ),
}
_AROUND = r"[\w\s/&.,'()+?\-]{0,30}"  # ("How do you describe your gender? (optional)")
_HEADER_RX = {
    entity: re.compile(r"(?i:" + _AROUND + r"(?<![\w])(?:" + words + r")(?![\w])" + _AROUND + r")")
    for entity, words in _HEADERS.items()
}
# Headers of an identifier, a provider or a date about the attribute, not the attribute itself.
_NOT_ATTRIBUTE = re.compile(
    r"(?i:\b(?:no|nr|num|number|#|id|card|insurance|insurer|plan|provider|doctor|gp|surgery|clinic|hospital|"
    r"date|dates|checked|check|reviewed|consent|form|ref|code|score|count|nummer|numéro|numero|karte|carte|"
    r"tessera|tarjeta|versicherung|assurance|assicurazione|seguro)\b|\bnhs\b|\bicd\b)"
)
# Answers that say nothing (in the partners' languages too), and a binary sex.
_EMPTY = frozenset(
    "none nil n/a na n.a. - -- — – ? x no nein non nee nej nie hayır нет ninguna ninguno nenhuma nenhum nessuna "
    "nessuno keine kein aucune aucun brak yok unknown tbc tbd pending clear ok yes y n ja oui sí si sim tak evet "
    "declined withheld refused blank".split()
) | frozenset(
    "not known|not stated|not recorded|prefer not to say|not disclosed|no known|nothing known|not applicable|"
    "no answer|k.a.|keine angabe|non renseigné|nicht bekannt".split("|")
)
_BINARY_SEX = frozenset(
    "m f male female man woman boy girl männlich weiblich masculin féminin maschio femmina masculino femenino "
    "feminino hombre mujer homme femme mann frau mężczyzna kobieta erkek kadın".split()
)


def attribute_cells(text: str) -> Iterator[tuple[str, int, int]]:
    """(entity, start, end) of each cell under a header naming a special-category attribute."""
    for entity, header in _HEADER_RX.items():
        for start, end in column_cells(text, functools.partial(_is_header, header)):
            value = text[start:end].strip(" \t\"'")
            folded = value.casefold().strip(".")
            if not HAS_LETTER.search(value) or folded in _EMPTY or folded.rstrip(".") in _EMPTY:
                continue
            if entity == "GENDER_IDENTITY" and folded in _BINARY_SEX:
                continue
            lead = text.find(value, start, end)
            yield entity, lead, lead + len(value)


# A table of people has a column for who they are or how to reach them ("first_name", "Pupil", "DOB", "EC phone") or
# asks them ("your gender"); a
# register of trees or a census's list of categories has none (an age alone is a tree's or a horse's as well).
_PEOPLES_COLUMNS = re.compile(
    r"(?i:(?<![^\W_])(?:(?:first|last|given|family|full|sur|fore)[ _\-]?names?|names?|pupils?|students?|child(?:ren)?|"
    r"patients?|members?|participants?|attendees?|volunteers?|donors?|applicants?|clients?|residents?|employees?|"
    r"staff|players?|initials|dob|d\.o\.b\.?|date[ _]of[ _]birth|e-?mail|phone|mobile|tel|guardians?|parents?|"
    r"contact|nhs[ _]?(?:no|number)|mrn|surname|nom|prénom|nombre|apellidos?|vorname|nachname|nome|cognome|imię|"
    r"nazwisko|naam|adı|soyadı|имя|фамилия|"
    # a survey's question to its respondent ("How do you describe your gender?"), a form export's "Timestamp"
    r"you|your|yourself|respondents?|timestamp)(?![^\W_]))"
)


def _is_header(rx: re.Pattern[str], cell: str) -> bool:
    """A header cell of the type `rx` words, with no identifier's or provider's word."""
    return bool(rx.fullmatch(cell)) and not _NOT_ATTRIBUTE.search(cell)


_SCREEN_WORDS = (
    "medical medico medica medicale medicales medicali mediche meds medication medications medicine medicines "
    "condition conditions allergy allergies allergien allergie allergies diagnosis diagnose disability disabilities "
    "health sen send needs krankheit krankheiten vorerkrankungen gesundheit behinderung santé salute salud saúde "
    "handicap discapacidad deficiência disabilità zdrowie choroby niepełnosprawność sağlık hastalık ziekte "
    "gezondheid aandoening aandoeningen hälsa sjukdom sjukdomar helse terveys ethnicity ethnic race ethnie "
    "ethnizität etnia etnicidad etnicidade etnicità pochodzenie etnisitet etniciteit etnik orientation sexuality "
    "orientación orientacion orientamento orientierung orientação orientacao orientacja geaardheid yönelim gender "
    "geschlecht geschlechtsidentität genre género genero gênero płeć cinsiyet genderidentiteit convictions "
    "conviction criminal offences offenses vorstrafen casier antecedentes precedenti karalność strafblad "
    "médical médicales médicale médicas médica alergias alergia allergia allergie"
)


# A thing's state, as an asset's or a monument's "Condition" column gives it: no one's health, whoever the row names
# ("Ben Nevis | good", "Bevin Court | poor").
_STATE_WORDS = frozenset(
    """good fair poor bad damaged destroyed restored missing ok okay excellent new used worn intact broken buried
    moved unknown sound serviceable repaired replaced cracked leaning""".split()
)


class SensitiveColumnRecognizer(ContextRegexRecognizer):
    ENTITY = "MEDICAL_CONDITION"
    SUPPORTED_ENTITIES = list(_HEADERS)
    PATTERNS = []
    REFERENCE_NEGATIVE = False
    TYPED_BY_PATTERN = True  # each candidate is yielded under its column's type
    # A table has a header line and a row: two lines at least, and one of the header's words.
    SCREEN = needs(words=_SCREEN_WORDS)

    def candidates(self, text: str) -> Iterator[tuple[str, int, int, float]]:
        if "\n" in text:
            # A product sheet's "Conditions" column is what the product treats, not someone's health.
            goods = goods_without_people(text)
            of_people = _PEOPLES_COLUMNS.search(text) is not None
            for entity, start, end in attribute_cells(text):
                if entity == "MEDICAL_CONDITION" and (goods or text[start:end].strip().casefold() in _STATE_WORDS):
                    continue
                if not of_people and not row_names_a_person(text, start, end):
                    continue  # a tree register's "condition", a census guide's "ethnic group": no one's row
                yield entity, start, end, CELL_SCORE

    def score(self, text: str, start: int, end: int, base: float) -> float:
        return base
