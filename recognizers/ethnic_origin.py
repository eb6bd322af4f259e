"""Racial or ethnic origin said about a person ("she is Hispanic", "of Mexican descent", "race: Black")."""

import re
from collections.abc import Iterator

from pii_pipeline.detection.prescreen import needs

from ._recognizer_helpers import ContextRegexRecognizer

_GROUPS = (
    # The census's compound groups first, so the whole of "Black British" or "British Pakistani" is the value
    r"(?:Black|White|Asian|Mixed)[\s\-](?:British|Irish|African|Caribbean|Pakistani|Indian|Bangladeshi|Chinese|"
    r"European|Other)|British[\s\-](?:Asian|Pakistani|Indian|Bangladeshi|Chinese|Somali|Nigerian|Black|Arab)|"
    r"Hispanic|Latin[oax]|Latine|Black|African[\s\-]American|Afro-\w+|Asian(?:[\s\-]American)?|White|Caucasian|"
    r"Native\s+American|American\s+Indian|Alaska(?:n)?\s+Native|Pacific\s+Islander|Native\s+Hawaiian|Indigenous|"
    r"First\s+Nations|Aboriginal|Inuit|Arab(?:[\s\-]American)?|Middle\s+Eastern|North\s+African|South\s+Asian|"
    r"East\s+Asian|Southeast\s+Asian|multiracial|biracial|mixed[\s\-]race|Roma|Romani|Chicano|Chicana|Mestizo|"
    r"Somali|Hmong|Navajo|Cherokee|Lakota|Ojibwe|Apache|Sioux"
)
# "Hispanic Heritage Month", "a World Heritage site": an observance or a place, nobody's origin.
_OBSERVANCE_AFTER = (
    r"(?!\s+(?i:months?|weeks?|days?|festivals?|sites?|cent(?:er|re)s?|museums?|trails?|foundations?|societ(?:y|ies)|"
    r"councils?|funds?|programm?e?s?|language|listed|railway|lottery|open\s+days?)\b)"
)
# Peoples without a state of their own, and the national and regional origins a hotline hears said of a person
# ("the mother is Pakistani", "Kurdish refugees", "a Nigerian national"): hand-typed from general knowledge. Said
# of a thing ("Pakistani rupees", "the Nigerian office") they are no one's origin, so they count only at a
# clause's end or before a word for people.
_DEMONYMS = (
    r"Kurdish|Kurds?|Pashtun|Tamil|Sinhalese|Punjabi|Bengali|Gujarati|Uyghur|Tibetan|Rohingya|Yazidi|Bedouin|"
    r"Berber|Amazigh|Yoruba|Igbo|Hausa|Fulani|Zulu|Xhosa|Oromo|Amhara|Tigrayan|Hutu|Tutsi|Maori|Māori|Sami|Sámi|"
    r"Gypsy|Traveller|Irish\s+Traveller|Ashkenazi|Sephardi|Jewish|Han|Hazara|Baloch|Sindhi|Tatar|Chechen|"
    r"Circassian|Assyrian|Armenian|Kazakh|Uzbek|Tajik|Turkmen|Kyrgyz|Mongolian|"
    r"Pakistani|Indian|Bangladeshi|Sri\s+Lankan|Nepali|Nepalese|Afghan|Iranian|Iraqi|Syrian|Lebanese|Palestinian|"
    r"Jordanian|Egyptian|Libyan|Tunisian|Algerian|Moroccan|Sudanese|Eritrean|Ethiopian|Somalian|Kenyan|Ugandan|"
    r"Tanzanian|Rwandan|Congolese|Nigerian|Ghanaian|Ivorian|Senegalese|Malian|Cameroonian|Angolan|Zimbabwean|"
    r"Zambian|Malawian|Mozambican|South\s+African|Jamaican|Haitian|Trinidadian|Barbadian|Dominican|Cuban|"
    r"Puerto\s+Rican|Mexican|Guatemalan|Honduran|Salvadoran|Salvadorian|Nicaraguan|Colombian|Venezuelan|"
    r"Ecuadorian|Peruvian|Bolivian|Brazilian|Chilean|Argentinian|Argentine|Paraguayan|Uruguayan|Chinese|"
    r"Japanese|Korean|Vietnamese|Cambodian|Laotian|Thai|Burmese|Filipino|Filipina|Indonesian|Malaysian|"
    r"Polish|Romanian|Bulgarian|Albanian|Kosovar|Serbian|Croatian|Bosnian|Ukrainian|Russian|Belarusian|"
    r"Lithuanian|Latvian|Estonian|Hungarian|Slovak|Czech|Turkish|Greek|Cypriot|Portuguese|Italian|Spanish|"
    r"Nigerien|Gambian|Sierra\s+Leonean|Liberian|Guinean|Burundian|Yemeni|Saudi|Emirati|Kuwaiti|Qatari|Omani"
)


# The first word of each, lower-cased, for the screen ("kurd" and "kurds" from "Kurds?").
def _first_words(alternation: str) -> list[str]:
    found = set()
    for option in alternation.split("|"):
        word = option.split("\\")[0].lower()
        found.update((word[:-2], word[:-1]) if word.endswith("s?") else (word,))
    return sorted(found)


_DEMONYM_WORDS = _first_words(_DEMONYMS)
_PEOPLE_NOUNS = (
    r"refugees?|migrants?|asylum[\s\-]seekers?|community|communities|household|parents?|couple|nationals?|"
    r"citizens?|lad|guy|lady|gentleman|descent|origin|heritage|background|ancestry"
)
_PERSON_NOUN = (
    r"male|female|man|woman|men|women|boy|girl|child|children|kid|teen|teenager|youth|family|mother|father|mom|dad|"
    r"suspect|individual|person|people|student|baby|infant|toddler|adult|neighbor|neighbour|juvenile|minor|"
    r"husband|wife|boyfriend|girlfriend|son|daughter|brother|sister|uncle|aunt|cousin|mum|stepfather|stepmother|"
    r"stepdad|stepmum|grandmother|grandfather|grandma|grandpa|nephew|niece|parents"
)


class EthnicOriginRecognizer(ContextRegexRecognizer):
    ENTITY = "ETHNIC_ORIGIN"
    # What every text it reports on holds (detection/prescreen.py): the detector skips it on others.
    SCREEN = needs(
        words="african ancestry descent eastern ethnic hawaiian heritage islander nations native origin south".split()
        + _DEMONYM_WORDS,
        substrings="aboriginal afro- american apache arab asian background biracial black cherokee chicana chicano "
        "eth: eth. eth= ethnic describe family is family are "
        "british ethnicity hispanic hmong indigenous inuit lakota latina latine latino latinx mestizo mixed "
        "multiracial navajo ojibwe race roma sioux somali southeast white",
    )
    FLAGS = 0
    PATTERNS = [
        # "she is Hispanic", "identifies as Native American", "described as Black"
        (
            "is_group",
            r"(?i:(?:['’](?:m|s|re)|\b(?:is|am|are|was|were|identif(?:y|ies|ied)\s+as|described\s+as|appears?(?:\s+to\s+be)?|"
            r"looked|looks|self-identified\s+as))\s+(?:\w+\s+and\s+)?(?:(?:a|an|half|part|of)\s+)?)(?P<v>(?i:"
            + _GROUPS
            + r"))(?![\w\-])",
            0.9,
        ),
        # "a Hispanic male", "Black teenager", "Asian family"
        (
            "group_person",
            r"(?P<v>(?<![\w\-])(?i:" + _GROUPS + r"))(?:\s+(?:or\s+\w+\s+)?(?i:" + _PERSON_NOUN + r"))\b",
            0.9,
        ),
        # "race: Black", "ethnicity - Hispanic", "race Black" (a bare label only before a group: "race conditions",
        # "race day programme" are words).
        (
            "labelled",
            r"(?i:\b(?:race|ethnicity|ethnic\s+origin|ethnic\s+background|ethnic\s+group)"
            # (a form's note in brackets after the label: "Ethnicity (self-described): Romani")
            r"(?:[ \t]*\([^)\n]{1,30}\))?(?:\s*[:\-=]\s*|\s+is\s+|\s+(?=(?:"
            + _GROUPS
            + r")\b)))(?P<v>[A-Za-z][\w\- ]{2,30}?)(?=\s*[.,;\n)]|$)",
            0.9,
        ),
        # "of Mexican descent", "Vietnamese heritage"
        (
            "descent",
            r"(?P<v>(?<![\w\-])(?!(?:The|A|An|Our|This|That|Their|Its|Your|My|His|Her)\b)[A-Z][a-z]+"
            r"(?:[\s\-][A-Z][a-z]+)?)\s+(?i:descent|heritage|ancestry)\b" + _OBSERVANCE_AFTER,
            0.75,
        ),
        # What a form, a record or a report gives as the family's ethnicity, in its own words: "ETHNIC APP  WHITE
        # OTHER (POLISH)", "eth: Somali American", "<ethnicity>Latino</ethnicity>", "describe themselves as Romani",
        # "Background: Han Chinese family", "Family is Bashkir, they …"
        (
            "cued_value",
            r"(?:(?i:\bethnic(?:ity)?[ \t]+app(?:earance)?\.?[ \t]*[:\-]?[ \t]+|\beth\.?[ \t]*[:=][ \t]*|"
            r"<ethnicity>[ \t]*|\bdescribes?[ \t]+(?:themselves|himself|herself)[ \t]+as[ \t]+|"
            r"\bethnicity[ \t]+is[ \t]+|\bbackground[ \t]*:[ \t]*(?=[^\n,.;]{2,40}[ \t]family\b)|"
            r"\bfamily[ \t]+(?:is|are)[ \t]+(?=(?-i:[A-Z]))))"
            r"(?P<v>[A-Za-z][\w\-/()' ]{1,40}?)(?=[ \t]*(?:[.,;\n]|</|$|[ \t]family\b)|[ \t]{2,})",
            0.85,
        ),
        # "we have to write about our heritage, mine's pardo": the heritage of the one who writes
        (
            "heritage_mine",
            r"(?i:\bheritage\b[^\n.?!]{0,40}?\bmine(?:['’]s|[ \t]+is)[ \t]+)"
            r"(?P<v>[^\W\d_][\w\-]*(?:[ \t][^\W\d_][\w\-]*)?)"
            r"(?=[ \t]*(?:[.,;!?\n]|$))",
            0.85,
        ),
        ("of_origin", r"(?i:\bof\s+)(?P<v>[A-Z][a-z]+(?:[\s\-][A-Z][a-z]+)?)\s+(?i:origin|descent)\b", 0.75),
        # "the mother is Pakistani.", "he's Kurdish and", "Kurdish refugees", "a Nigerian national".
        (
            "origin_said",
            r"(?:['’](?:s|re)|\b(?:is|are|was|were|identif(?:y|ies|ied)\s+as|described\s+as))\s+(?:(?:half|part)\s+)?"
            r"(?P<v>(?:" + _DEMONYMS + r")(?:[\s\-](?:and|or)[\s\-](?:" + _DEMONYMS + r"))?)"
            r"(?=[ \t]*(?:[.,;:!?)\n]|$|(?:and|but|by|from|origin|descent)\b))",
            0.85,
        ),
        (
            "origin_people",
            r"(?<![\w\-])(?P<v>" + _DEMONYMS + r")\s+(?:(?:" + _PERSON_NOUN + "|" + _PEOPLE_NOUNS + r"))\b",
            0.85,
        ),
    ]
    REFERENCE_NEGATIVE = False

    def candidates(self, text: str) -> Iterator[tuple[str, int, int, float]]:
        for name, start, end, score in super().candidates(text):
            if (
                name == "is_group"
                and _COLOUR.fullmatch(text, start, end)
                and not _PERSON_BEFORE.search(text, max(0, start - 60), start)
            ):
                continue  # "the background is white", "the screen was black": a thing's colour
            if name == "origin_said" and not _PERSON_BEFORE.search(text, max(0, start - 60), start):
                continue  # "the language is Polish", "the contract is Swiss": a thing's, not a person's
            yield name, start, end, score


# Colours that name groups; written in lower case after "is", they are a person's only when a person is the subject.
_COLOUR = re.compile(r"white|black")
_PERSON_BEFORE = re.compile(
    r"(?:\b(?i:he|she|they|i|you|we|who|him|her|them|" + _PERSON_NOUN + r"|guy|lady|driver|victim|caller|"
    r"officer|neighbour|neighbor|employee|worker|applicant|tenant|patient)|\b[A-Z][a-z]+|['’](?:m|s|re))"
    r"(?:\s+(?i:is|am|are|was|were|identif(?:y|ies|ied)\s+as|described\s+as|appears?(?:\s+to\s+be)?|looked|looks|"
    r"self-identified\s+as))?\s*(?:\w+\s+and\s+)?(?:(?:a|an|half|part)\s+)?$"
)
