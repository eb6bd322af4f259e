"""EthnicOriginRecognizer, called directly: an origin said of someone; not a thing's colour, a race of horses or
of threads, or an observance."""

from __future__ import annotations

import pytest

RECOGNIZER = "ethnic_origin"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("he is white, about 30", "white"),
        # A form's note in brackets after the label; a group no list holds, in lower case
        (
            "Ethnicity (self-described): Torres Strait Islander\nMedicare (mother): 2701 97312 7",
            "Torres Strait Islander",
        ),
        ("ethnicity (self-described): cook island māori\nird no.", "cook island māori"),
        # a record's or a report's own words for it
        ("ETHNIC APP  WHITE OTHER (POLISH)", "WHITE OTHER (POLISH)"),
        ("eth: Somali American", "Somali American"),
        ("<ethnicity>Latino</ethnicity>", "Latino"),
        ("The family describe themselves as Romani. Julia attends", "Romani"),
        ("Background: Han Chinese family, recently moved", "Han Chinese"),
        ("Family is Bashkir, they are live very poor.", "Bashkir"),
        ("we have to write about our heritage for ms, mine's pardo", "pardo"),
        ("The family's recorded ethnicity is Gypsy/Roma. We understand", "Gypsy/Roma"),
        # The census's compound groups, whole; "of" before a group.
        ("she is Black British", "Black British"),
        ("the boy is British Pakistani", "British Pakistani"),
        ("he is of mixed race", "mixed race"),
        ("the suspect was white", "white"),
        ("she's black and was denied the flat", "black"),
        ("Race: Asian", "Asian"),
        ("race white", "white"),
        ("ethnicity - Hispanic", "Hispanic"),
        ("a Hispanic male in a red jacket", "Hispanic"),
        ("she is of Mexican descent", "Mexican"),
        ("Vietnamese heritage runs in the family", "Vietnamese"),
        ("The employee is of Roma origin", "Roma"),
        # National and regional origins and peoples without a state, said of a person.
        ("He is Somali, the mother is Pakistani.", "Pakistani"),
        ("They are Kurdish refugees from Syria.", "Kurdish"),
        ("Maria is Guatemalan and her husband is Salvadoran.", "Salvadoran"),
        ("a Nigerian national, about 40", "Nigerian"),
        # A form's paired or misspelt labels; the value ends at a wide gap
        ("Iwi / ethnicity: Cook Islands Māori   Whānau hui: 31/07/2025", "Cook Islands Māori"),
        ("Ethnic / cultural background: Aboriginal\nParent(s): x", "Aboriginal"),
        ("Aboriginal/TSI status: Torres Strait Islander\nCarer: x", "Torres Strait Islander"),
        ("SIN 108 414 988  Band/heritage: Métis\n", "Métis"),
        ("Ethnnic group: Luba\nLanguages: French", "Luba"),
        ("Ehtnic group: Pemón\nLanguages: Spanish", "Pemón"),
    ],
)
def test_finds(find, text: str, value: str) -> None:  # noqa: ANN001
    assert value in [v for _, v, _ in find(text)]


@pytest.mark.parametrize(
    "text",
    [
        "The theme's default background is white and the text is black.",
        "race conditions in the scheduler",
        "The British Museum is open late on Fridays.",
        "The horse race results and the race day programme are on page 4; race entries close Friday.",
        "The Hispanic Heritage Month lunch is on 15 September.",
        "The museum is a World Heritage site.",
        "Heritage: Grade II listed building; Race: 10k fun run on Sunday",
        "The family is large, with five kids.",  # a family's size, in lower case
        "Background: the project started in 2020.",
        # Origins of things and languages
        "The invoice is in Pakistani rupees; the Nigerian office closes at 5.",
        "Chinese New Year dinner: Japanese food, Italian wine, Spanish guitar.",
        "Her first language is Polish.",
        "Our Indian and Brazilian partners signed, and the contract is Swiss.",
    ],
)
def test_ignores(find, text: str) -> None:  # noqa: ANN001
    assert find(text) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # A record's key, a description's list, the family said in lower case
        (' "ethnicity_self_reported": "Eurasian",', "Eurasian"),
        ('"eeo": {"gender": "female", "ethnicity": "Hmong"}, "stage": "offer"', "Hmong"),
        ('    ethnicity: "Pacific Islander"\n    gender_identity: agender', "Pacific Islander"),
        ("country=DE&ethnicity=Berber&geo=47.68608", "Berber"),
        ("CHILD: LIAM CLARK, 4, male, white\nHeight 3'5\"", "white"),
        ("CHILD: MARCUS RODRIGUEZ, 12, male, of mixed heritage", "of mixed heritage"),
        ("She is of South Asian heritage, about 4'5\".", "of South Asian heritage"),
        ("the family are irish traveller, contact mum", "irish traveller"),
        ("the family are pakistani and english is an additional language", "pakistani"),
        # A child told about racist bullying: "about me being …", "cos im …"
        ("the other kids say stuff about me being Kurdish 😬", "Kurdish"),
        ("they call me names cos im mixed race", "mixed race"),
        ("they call me names cos im half Nigerian", "half Nigerian"),
        # The family's people, in other languages
        ("Úgy hallottam.\nA család roma.", "roma"),
        ("Familia este de etnie maghiară.", "maghiară"),
        ("Gia đình là người Khmer.", "người Khmer"),
        ("Keluarganya suku Batak.", "suku Batak"),
        ("家族は在日コリアンです。", "在日コリアン"),
        ("ครอบครัวเป็นชาวกะเหรี่ยง", "ชาวกะเหรี่ยง"),
    ],
)
def test_finds_it_as_records_and_children_say_it(find, text: str, value: str) -> None:  # noqa: ANN001
    found = [v for _, v, _ in find(text)]
    assert value in found, found


@pytest.mark.parametrize(
    "text",
    [
        "The background is white. The language is Polish. The family is large.",
        "Black Friday deals for the family are here: the family is welcome.",
        "Colour options: male, black; female, white.",
        # a form's answer that says nothing
        "Ethnicity: prefer not to say\n",
        '{"race": "", "ethnicity": "Not stated"}',
    ],
)
def test_a_things_colour_or_a_familys_size_is_no_origin(find, text: str) -> None:  # noqa: ANN001
    assert find(text) == []
