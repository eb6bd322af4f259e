"""PersonNerRecognizer, called directly on the NER model's artifacts: its PERSON entities, filtered (codes, common
words, and firms or rooms named after someone are dropped)."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def analyze(recognizer_by_name):  # noqa: ANN001, ANN201
    from pii_pipeline.detection.engine import build_analyzer

    recognizer = recognizer_by_name("PersonNerRecognizer")
    engine = build_analyzer().nlp_engine

    def run(text: str) -> list[str]:
        artifacts = engine.process_text(text, "en")
        results = recognizer.analyze(text=text, entities=["PERSON"], nlp_artifacts=artifacts)
        return [text[r.start : r.end] for r in results]

    return run


def test_a_person_the_model_finds_is_reported(analyze) -> None:  # noqa: ANN001
    text = "Yesterday Margaret Thompson told the school nurse about the bruises."
    found = analyze(text)
    assert any("Margaret Thompson" in v for v in found), found


def test_a_role_before_the_name_is_trimmed_off(analyze) -> None:  # noqa: ANN001
    # (the model's own span is "Counsellor Ama Mensah")
    assert analyze("Yesterday Counsellor Ama Mensah called the school.") == ["Ama Mensah"]
    assert analyze("Counsellor Kwame: I'm here. Are you somewhere safe right now?") == ["Kwame"]


@pytest.mark.parametrize(
    "text",
    [
        "Charles Schwab sent the quarterly statement yesterday.",
        "Our retirement fund is with Raymond James.",
        "They rode a Harley Davidson to the rally.",
        "Moving the servers to the Hamilton data center (rack H-12, ticket CHG-0098).",
        "The Heimlich manoeuvre and the Apgar score were covered in the first-aid refresher.",
        "Hosting is on Heroku; the build was deployed to the Ellison cluster.",
        "• Trauma-Informed Practice in Schools (Sage, 2024) ISBN 978-3-4339-7950-1",  # a plural noun of a title
    ],
)
def test_firms_are_dropped(analyze, text: str) -> None:  # noqa: ANN001
    from pii_pipeline.detection.engine import build_analyzer

    # The model does call these people; the recognizer must not.
    entities = build_analyzer().nlp_engine.process_text(text, "en").entities
    assert any(e.label_ == "PERSON" for e in entities)
    assert analyze(text) == []


def test_a_particle_alone_is_no_name(analyze) -> None:  # noqa: ANN001
    # Issue 12: the model calls the "van" of "free testing van" a person.
    assert (
        analyze("HIV awareness week: stand in the foyer, leaflets from the health board, free testing van on Thursday.")
        == []
    )
    assert any("Vincent van Gogh" in v or "Gogh" in v for v in analyze("Yesterday Vincent van Gogh called the line."))


def test_a_name_before_a_suite_number_is_kept(analyze) -> None:  # noqa: ANN001
    # "Suite" after a name names a room only without a number; with one, an address follows the name.
    found = analyze("Ms. Odette Ferrand Suite 210 4410 Elm Road")
    assert any("Odette Ferrand" in v for v in found), found


@pytest.mark.parametrize(
    "text",
    [
        # The model's guesses in a sentence written mostly in an uncased non-Latin script: a verb, a number word,
        # an adjective, a noun phrase.
        "이번 회의는 다음 주 월요일에 진행됩니다.",
        "박물관은 월요일에 휴관합니다.",
        "आज मौसम साफ रहेगा और तापमान पच्चीस डिग्री रहेगा।",
        "החברה הודיעה על השקת מוצר חדש.",
        "شرکت محصول جدیدی را معرفی کرد.",
        # In a German, Dutch, Spanish or Italian sentence: nouns after an article, capitalised German nouns,
        # a kin phrase.
        "Die Besprechung findet am Dienstag im Konferenzraum statt.",
        "Die Geschäftsleitung hat die neue Richtlinie zur Datenverarbeitung verabschiedet.",
        "De vergadering wordt verplaatst naar woensdag in de Rembrandtzaal.",
        "El banco cerrará sus oficinas durante la Semana Santa.",
        "la profe dijo que el examen es el lunes",
    ],
)
def test_guesses_in_other_languages_are_dropped(analyze, text: str) -> None:  # noqa: ANN001
    assert analyze(text) == []


def test_articles_and_role_words_are_trimmed_off_a_foreign_name(analyze) -> None:  # noqa: ANN001
    found = analyze("Der Verdächtige Jürgen Mößner hat sie angesprochen.")
    assert found in ([], ["Jürgen Mößner"]), found


def test_a_titled_vietnamese_name_keeps_its_title(analyze) -> None:  # noqa: ANN001
    found = analyze("From: Anh Minh Nguyễn <donor@example.org>\nPlease charge my card again.")
    assert all(v.startswith("Anh ") for v in found), found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("i think his name was jaylen or jalen idk", ["jaylen", "jalen"]),  # the model's "jalen idk"
        ("wru?\nsheffield hbu", []),  # the model's "hbu"
    ],
)
def test_chat_shorthand_is_no_part_of_a_name(analyze, text: str, expected: list[str]) -> None:  # noqa: ANN001
    assert analyze(text) == expected


def test_a_city_the_model_calls_a_person_is_dropped(analyze) -> None:  # noqa: ANN001
    # The small model reads a lone city in brackets as a person; a name the lists know stays one.
    assert "Zürich" not in analyze("Partner report (Zürich): child aged 9 seen with man, living in Winterthur.")
    assert "Jackson" in analyze("I spoke to Jackson about it, he was seen again.")  # a city's name, and a surname


def test_a_form_label_is_no_name(analyze) -> None:  # noqa: ANN001
    # The model calls a German table's "Geburtsdatum" header a person; a label the detector knows is none.
    from pii_pipeline.detection.engine import build_analyzer

    text = "Vorname | Nachname | Geburtsdatum | Notfallkontakt\nJonas | Weber | 03.04.2012 | Sabine"
    entities = build_analyzer().nlp_engine.process_text(text, "en").entities
    assert any(e.text == "Geburtsdatum" and e.label_ == "PERSON" for e in entities)
    assert "Geburtsdatum" not in analyze(text)


@pytest.mark.parametrize(
    "text",
    [
        "Name | Formula | CAS | Qty\nsodium chloride | NaCl | 7647-14-5 | 180 g\nMolar mass check: NaCl = 58.44",
        "789-6833 | Salbutamol 100mcg inhaler | 30 | 94 | N | £32.43",
        "Desk with drawer - assembly  Art. 860.066.96",
        "fields       comma-separated list, optional (default: all). Max 13 fields.",  # a limit, no name
        "Office closure days\nLate June: Midsummer Eve\nvariable: Ascension Day",  # a holiday
    ],
)
def test_formulas_drugs_and_abbreviations_are_no_names(analyze, text: str) -> None:  # noqa: ANN001
    assert analyze(text) == []


def test_a_name_of_element_symbols_is_still_a_name(analyze) -> None:  # noqa: ANN001
    assert "Ali" in analyze("Ali told me his brother left")


def test_a_name_that_ends_a_sentence_before_a_number_is_still_a_name(analyze) -> None:  # noqa: ANN001
    # (an abbreviation before its number is a listed one: "Art. 860", not a name ending its sentence)
    assert analyze("Yesterday I met Maria. 12 people came.") == ["Maria"]
    assert analyze("The report was written by Margaret. 3 pages long.") == ["Margaret"]


def test_a_name_before_an_age_is_no_limit(analyze) -> None:  # noqa: ANN001
    # "Max 13 fields" is a limit; "Max 13 years old" is a boy and his age
    assert "Max" in analyze("The boy Max 13 years old was seen at the station with a man.")


@pytest.mark.parametrize(
    "text",
    [
        # Streets, rooms, books, laws and limits named after someone, which the model calls people.
        "Walking tour\nDay 2: Avenida Salvador Allende, then Rosa-Luxemburg-Platz and Nehru Marg.",
        "Delhi: Nehru Marg, Lodhi Road. London: Wilfred Street, Attlee Way.",
        "Bible study\nWeek 1: Daniel 6:10\nWeek 2: Jonah 2:9\nWeek 3: Micah 6:8\nWeek 4: Luke 2:52",
        "Evening study: Surah Yusuf 12:111, then Surah Maryam 19:1.",
        "Under Finn's Law, attacking a police dog is a crime.",
        "Spec sheet\nMax height 2 m. Max load 150 kg. Min temp -20 °C. Max speed 25 km/h.",
    ],
)
def test_streets_books_laws_and_limits_are_no_names(analyze, text: str) -> None:  # noqa: ANN001
    from pii_pipeline.detection.engine import build_analyzer

    entities = build_analyzer().nlp_engine.process_text(text, "en").entities
    assert any(e.label_ == "PERSON" for e in entities)
    assert analyze(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Max said he would pick her up at 6.", "Max"),  # a limit's word doing something
        ("Max lost weight 3 times this year, his mum says.", "Max"),
        ("Yesterday Victor Hugo Mendes told the school nurse.", "Hugo Mendes"),  # no street's word before
        ("Yesterday Ruth told the school nurse about Ruth 3:11.", "Ruth"),  # the girl, not the book after
    ],
)
def test_names_beside_limits_streets_and_books_are_kept(analyze, text: str, expected: str) -> None:  # noqa: ANN001
    assert analyze(text) == [expected]
