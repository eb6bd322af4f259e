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
    r"Somali|Hmong|Navajo|Cherokee|Lakota|Ojibwe|Apache|Sioux|Eurasian|Polynesian|Melanesian|Micronesian|"
    r"Dalit|Adivasi|(?:Irish|Gypsy|Roma)\s+Travell?ers?|Gypsy|Traveller|Sinti|White\s+(?:European|Other)"
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
    r"Nigerien|Gambian|Sierra\s+Leonean|Liberian|Guinean|Burundian|Yemeni|Saudi|Emirati|Kuwaiti|Qatari|Omani|"
    r"Samoan|Tongan|Fijian|Javanese|Sundanese|Batak|Papuan|Karen|Khmer|Chakma|Kashmiri|Druze|Copt|Coptic"
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


# "The family is …" in other languages, where a report gives the family's people or ethnicity: the value up to the
# sentence's end (Vietnamese "người Khmer", Indonesian "suku Batak", Thai "ชาว…", Japanese "…です").
_FAMILY_WORLD = (
    r"(?:(?:^|(?<=[\s.]))(?:A\s+család|Familia\s+este(?:\s+de\s+etnie)?|Gia\s+đình\s+là|"
    r"Keluarga(?:nya|\s+dia|\s+mereka)?(?:\s+adalah)?|Η\s+οικογένεια\s+είναι|ოჯახი|Семья|Родина\s+је)\s+"
    r"(?P<v>[^\W\d_][\w'’\-]*(?:\s[^\W\d_][\w'’\-]*)?)(?=\s*[.。।،,;!\n]|$)|"
    r"家族は(?P<ja>[^\s。、はが]{2,12}?)です|가족은\s*(?P<ko>\S{2,12}?)(?:입니다|이에요|예요)|"
    r"ครอบครัวเป็น(?P<th>ชาว\S{2,15}?)(?=\s|$|[.。])|"
    r"خانواده(?:\u200c?اش)?\s+(?P<fa>\S{2,20})\s+هستند|পরিবারটি\s+(?P<bn>[^\s।]{2,20}))"
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
        "multiracial navajo ojibwe race roma sioux somali southeast white eurasian polynesian melanesian "
        "micronesian dalit adivasi travel gypsy sinti család familia đình keluarga οικογένεια ოჯახი семья родина "
        "家族は 가족은 ครอบครัวเป็น خانواده পরিবারটি ethnn ehtn iwi tribe heritage cultural",
    )
    FLAGS = 0
    PATTERNS = [
        # "she is Hispanic", "identifies as Native American", "described as Black"
        (
            "is_group",
            r"(?i:(?:['’](?:m|s|re)|\b(?:is|am|are|was|were|identif(?:y|ies|ied)\s+as|described\s+as|appears?(?:\s+to\s+be)?|"
            r"looked|looks|self-identified\s+as|(?<=me\s)being|(?<=for\s)being|(?<=cos\s|coz\s|cuz\s)im))\s+"
            r"(?:\w+\s+and\s+)?(?:(?:a|an|half|part|of)\s+)?)(?P<v>(?i:" + _GROUPS + r"))(?![\w\-])",
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
            # (a form's typo, "Ethnnic group", "Ehtnic group"; paired labels, "Iwi / ethnicity", "Ethnic / cultural
            # background", "Aboriginal/TSI status", "Band/heritage")
            r"(?i:\b(?:race|e(?:th|ht)n+icity|e(?:th|ht)n+ic\s+(?:origin|background|group)|"
            r"(?:iwi|tribe)\s*/\s*ethnicity|ethnic\s*/\s*cultural\s+background|cultural\s+background|"
            r"aboriginal\s*/\s*tsi\s+status|(?:band|iwi|tribe)\s*/\s*heritage|iwi|tribe)"
            # (a form's note in brackets after the label: "Ethnicity (self-described): Romani")
            # (a record's key and value in quotes: '"ethnicity": "Hmong"', 'ethnicity: "Pacific Islander"', a query's
            # "&ethnicity=Berber&")
            r"(?:[ \t]*\([^)\n]{1,30}\))?(?:[\"']?\s*[:\-=]\s*[\"']?|\s+is\s+|\s+(?=(?:"
            + _GROUPS
            + r")\b)))(?P<v>[A-Za-z\u00c0-\u024f][\w\-’' ]{2,40}?)(?=\s*[.,;\n)|\"'}&]|[ \t]{2,}|\t|$)",
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
        # "of mixed heritage", "of South Asian heritage": the whole phrase is the origin
        (
            "of_heritage",
            r"(?<![\w\-])(?P<v>(?i:of)\s+(?:(?i:mixed|dual|multiple)|[A-Z][a-z]+(?:[\s\-][A-Z][a-z]+)?)\s+"
            r"(?i:heritage|descent|origin|ethnicity|background))\b" + _OBSERVANCE_AFTER,
            0.8,
        ),
        # A description's list after an age: "CHILD: LIAM CLARK, 4, male, white"
        (
            "described",
            r"(?i:\b\d{1,3}[ \t]*,[ \t]*(?:male|female|boy|girl|man|woman)[ \t]*,[ \t]*)(?P<v>(?i:" + _GROUPS + r"))"
            r"(?=[ \t]*(?:[,.;\n]|$))",
            0.85,
        ),
        # "the family are pakistani", "the family are irish traveller" (said in lower case)
        (
            "family_are",
            r"(?i:\bfamily[ \t]+(?:is|are)[ \t]+)(?P<v>(?i:" + _GROUPS + "|" + _DEMONYMS + r"))(?![\w\-])",
            0.85,
        ),
        # A record's key for it: "ethnicity_self_reported": "Javanese", ethnic_group=Roma
        (
            "ethnicity_key",
            r"(?i:\bethnic(?:ity|_group|_origin)?_[a-z_]+[\"']?[ \t]*[:=][ \t]*[\"']?)(?P<v>[A-Za-z][\w\- ]{1,30}?)"
            r"(?=[\"',;\n]|$)",
            0.85,
        ),
        # "the mother is Pakistani.", "he's Kurdish and", "Kurdish refugees", "a Nigerian national".
        (
            "origin_said",
            r"(?:['’](?:s|re|m)|\b(?:is|are|was|were|identif(?:y|ies|ied)\s+as|described\s+as|being|im))\s+"
            r"(?P<v>(?:(?:half|part)\s+)?(?:" + _DEMONYMS + r")(?:[\s\-](?:and|or)[\s\-](?:" + _DEMONYMS + r"))?)"
            # (then punctuation, an emoji or a quote: "about me being Kurdish 😬")
            r"(?=[ \t]*(?:[^\w\s\-]|\n|$|(?:and|but|by|from|origin|descent)\b))",
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
        for m in _FAMILY_WORLD_RE.finditer(text):
            group = next(g for g in ("v", "ja", "ko", "th", "fa", "bn") if m.group(g) is not None)
            yield "family_world", m.start(group), m.end(group), 0.8
        for name, start, end, score in super().candidates(text):
            if (
                name == "is_group"
                and _COLOUR.fullmatch(text, start, end)
                and not _PERSON_BEFORE.search(text, max(0, start - 60), start)
            ):
                continue  # "the background is white", "the screen was black": a thing's colour
            if name == "origin_said" and not _PERSON_BEFORE.search(text, max(0, start - 60), start):
                continue  # "the language is Polish", "the contract is Swiss": a thing's, not a person's
            if _NO_ANSWER.fullmatch(text[start:end].strip()):
                continue  # "Ethnicity: prefer not to say": a form's answer that says nothing
            yield name, start, end, score


_FAMILY_WORLD_RE = re.compile(_FAMILY_WORLD, re.MULTILINE)
_NO_ANSWER = re.compile(
    r"(?i:prefer(?:s|red)?\s+not\s+to\s+(?:say|disclose|answer)|not\s+(?:stated|known|recorded|given|disclosed|"
    r"provided|asked)|unknown|n/?a|none|declined|withheld|other|unspecified|tbc|-+)"
)
# Colours that name groups; written in lower case after "is", they are a person's only when a person is the subject.
_COLOUR = re.compile(r"white|black")
_PERSON_BEFORE = re.compile(
    r"(?:\b(?i:he|she|they|i|im|you|we|who|him|her|them|me|us|" + _PERSON_NOUN + r"|guy|lady|driver|victim|caller|"
    r"officer|neighbour|neighbor|employee|worker|applicant|tenant|patient)|\b[A-Z][a-z]+|['’](?:m|s|re))"
    r"(?:\s+(?i:is|am|are|was|were|being|identif(?:y|ies|ied)\s+as|described\s+as|appears?(?:\s+to\s+be)?|looked|looks|"
    r"self-identified\s+as))?\s*(?:\w+\s+and\s+)?(?:(?:a|an|half|part)\s+)?$"
)
