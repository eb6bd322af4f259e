"""SensitiveColumnRecognizer: the cells under a table column whose header names a health condition, an ethnic
origin, a sexual orientation, a gender identity or a criminal record, in English and the partners' languages. All
names and values are invented."""

from __future__ import annotations

import pytest

from .conftest import load_recognizer

ENTITIES = ["MEDICAL_CONDITION", "ETHNIC_ORIGIN", "SEXUAL_ORIENTATION", "GENDER_IDENTITY", "CRIMINAL_HISTORY"]


@pytest.fixture(scope="module")
def recognizer():  # noqa: ANN201
    return load_recognizer("sensitive_column")


def cells(recognizer, text: str) -> list[tuple[str, str]]:  # noqa: ANN001
    results = recognizer.analyze(text, ENTITIES, None)
    return [(r.entity_type, text[r.start : r.end]) for r in sorted(results, key=lambda r: r.start)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a monitoring form pasted with bars and a divider of dashes and pluses
            "Name | Age | Ethnicity | Orientation | Gender identity | Disability\n"
            "---------+-----+---------+-----+-----+-----\n"
            "Kalani Akana | 41 | Native Hawaiian | bisexual | genderqueer | sickle cell anaemia\n"
            "Ilmari Rask | 38 | prefer not to say | — | non-binary | none",
            [
                ("ETHNIC_ORIGIN", "Native Hawaiian"),
                ("SEXUAL_ORIENTATION", "bisexual"),
                ("GENDER_IDENTITY", "genderqueer"),
                ("MEDICAL_CONDITION", "sickle cell anaemia"),
                ("GENDER_IDENTITY", "non-binary"),
            ],
        ),
        (  # a camp export, tab-separated, the header's words joined by a slash
            "first\tlast\tdob\tmeds/conditions\nSefa\tTuilagi\t2015-03-02\tcoeliac disease\n"
            "Noor\tHaddad\t2013-11-20\tmontelukast",
            [("MEDICAL_CONDITION", "coeliac disease"), ("MEDICAL_CONDITION", "montelukast")],
        ),
        (  # Italian and French headers
            "Nome | Data di nascita | Note mediche\nLuca Ferri | 02/02/2015 | diabete tipo 1",
            [("MEDICAL_CONDITION", "diabete tipo 1")],
        ),
        (
            "Nom\tNé(e) le\tRemarques médicales\nMathis Roy\t03/04/2014\tdrépanocytose",
            [("MEDICAL_CONDITION", "drépanocytose")],
        ),
        (  # columns aligned with spaces (a print-out)
            "Name              Ethnicity        Orientation\nTeuila Faleolo    Samoan           lesbian\n"
            "Bo Lindqvist      Sami             asexual",
            [
                ("ETHNIC_ORIGIN", "Samoan"),
                ("SEXUAL_ORIENTATION", "lesbian"),
                ("ETHNIC_ORIGIN", "Sami"),
                ("SEXUAL_ORIENTATION", "asexual"),
            ],
        ),
        (  # a survey's export: every cell quoted, a question heads the column
            '"Timestamp","How do you describe your gender? (optional)","Anything else?"\n'
            '"02/03/2024 10:01:12","genderfluid","no"\n"02/03/2024 11:40:05","trans boy",""',
            [("GENDER_IDENTITY", "genderfluid"), ("GENDER_IDENTITY", "trans boy")],
        ),
        (  # a row naming groups of columns over the header: the header's own cells are no values
            ",,Health,,\nRole,Surname,Condition,Diet,School\nChild,Moana,asthma,vegan,Hillcrest",
            [("MEDICAL_CONDITION", "asthma")],
        ),
        (  # a vetting sheet's record column
            "Volunteer;Convictions\nRangi Parata;assault occasioning actual bodily harm (2011)\nAmy Chu;none",
            [("CRIMINAL_HISTORY", "assault occasioning actual bodily harm (2011)")],
        ),
    ],
)
def test_cells_under_an_attribute_header(recognizer, text: str, expected: list) -> None:  # noqa: ANN001
    assert cells(recognizer, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a binary sex is not a gender identity; empty answers are nothing
        "Name | Gender | Allergies\nAna Brum | F | none\nJoe Kerr | male | n/a",
        # an identifier's or a provider's column names no condition
        "Name | Health card no. | GP surgery\nAna Brum | 1234 567 890 | Riverside Practice",
        # a header in a sentence, not a table
        "Medical conditions are recorded at intake.\nNo further action.",
        # a line of one cell is no table
        "Ethnicity\nnot recorded",
        # a number is no condition
        "Item | Conditions\nPump A | 3",
        # a product sheet's conditions are what it treats, with no one in the text
        "Product: Lavender Balm\nSuitable for | Conditions\nAdults | Eczema, psoriasis, dry skin",
    ],
)
def test_nothing_without_an_attribute_column(recognizer, text: str) -> None:  # noqa: ANN001
    assert cells(recognizer, text) == []


def test_scores_a_cell_as_its_header_vouches(recognizer) -> None:  # noqa: ANN001
    results = recognizer.analyze("Pupil | Medical\nTane Hohaia | asthma", ENTITIES, None)
    assert [(r.entity_type, r.score) for r in results] == [("MEDICAL_CONDITION", 0.85)]


@pytest.mark.parametrize(
    "text",
    [
        # A register of trees with their condition, a census guide's categories: no one's row
        "ID    species          est. age   height   condition   notes\n"
        "T482  sessile oak      595 yrs    12.0 m   good        known as The Bishop's Oak\n"
        "T620  English oak      1028 yrs   11.8 m   veteran     TPO",
        "    Ethnic group                          code\n 3  Asian: Chinese                        88\n"
        " 4  White: Irish                          80",
        # A register of trig points named after mountains, with their state
        "Name | Grid ref | Condition\nBen Nevis | NN 16667 71283 | damaged\nScafell Pike | NY 21543 07213 | restored",
    ],
)
def test_a_table_of_things_or_categories_is_no_ones(recognizer, text: str) -> None:  # noqa: ANN001
    assert cells(recognizer, text) == []
