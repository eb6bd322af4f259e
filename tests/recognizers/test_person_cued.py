"""PersonCueRecognizer, called directly: names in any register and script after a cue only a name follows."""

from __future__ import annotations

import pytest

from .conftest import found


@pytest.fixture(scope="module")
def recognizer(recognizer_by_name):  # noqa: ANN001, ANN201
    return recognizer_by_name("PersonCueRecognizer")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("helper: what is your real name?\nbluebird7: deshawn\nhelper: thanks", "deshawn"),
        ("[09:14] staff: whats ur name\n[09:15] anon: its keiko lol", "keiko"),
        ("FULL NAME: OKONKWO CHIDI\nDOB: 04/05/2011", "OKONKWO CHIDI"),
        ("Emergency contact: hamid rahimi, brother", "hamid rahimi"),
        ("Donor: Ковальчук Олена", "Ковальчук Олена"),
        ("Child's name | liang qiu | grade 4", "liang qiu"),
        ("my name is yusuf and im 13", "yusuf"),
        ("ppl call me saoirse", "saoirse"),
        ("her daughter imani is staying with friends", "imani"),
        ("Parent/Guardian: 정지훈", "정지훈"),
        ("the nurse said her name is ms. brzezinska", "ms. brzezinska"),  # the title goes with the name
        ("Caller: mr okafor", "mr okafor"),
        ("my gf is called anneliese", "anneliese"),
        # A name that opens with a dictionary word, before a surname no dictionary holds.
        ("Reference: Cyprian Szymaniuk, +48 601 234 567", "Cyprian Szymaniuk"),
        ("Referred by Lot Scheffers (lot@example.nl)", "Lot Scheffers"),
        ("Referred by Pranit Pal (on file)", "Pranit Pal"),
        ("Character reference: Traudel Davids", "Traudel Davids"),
    ],
)
def test_names_after_cues(recognizer, text: str, expected: str) -> None:  # noqa: ANN001
    assert expected in [v for v, _ in found(recognizer, text)]


@pytest.mark.parametrize(
    "text",
    [
        "Name: Unknown",
        "Reporter: anonymous",
        "Her daughter hates the new school.",  # a verb after the relation, in a cased text
        "my son was crying all night",
        "my name appears twice on the form",
        "what's your name?\nI would rather not say that right now, sorry",
        "her daughter is in grade 5",
        "Name: Wells Fargo Advisors",
        "Reference: INV-2291",  # a code's letters
        "Reference: March invoice",
        "Reference: Order 4471",
        "Referred by the school counselor.",
        "Referred by Google Ads",
    ],
)
def test_no_name_after_the_cue(recognizer, text: str) -> None:  # noqa: ANN001
    assert found(recognizer, text) == []


@pytest.mark.parametrize(
    ("cue", "text", "expected"),
    [
        ("table_column", "Name | DOB | Phone\nGun Nilsson | 2011-03-04 | 555-0101", "Gun Nilsson"),
        ("table_column", "Child name\tGrade\nYUKI TANAKA\t4\nPer Abdi\t5", "Per Abdi"),
        ("table_column", "Donor name,Amount,Date\nYadavi Ravel,50,2024-01-01", "Yadavi Ravel"),
        ("inverted_field", "NAME: NILSSON, Gun\nDOB: 2011-04-05", "NILSSON, Gun"),
        ("field_inverted", "Emergency contact: MENSAH, Rich", "MENSAH, Rich"),  # a word after the surname
        ("label_block", "Ship to:\nNomvula Sithole\n14 Jacaranda Rd\nPretoria", "Nomvula Sithole"),
        ("label_block", "aksel kristensen\nstillwater supercomputing inc.\npsc 5420, box 2708", "aksel kristensen"),
        ("same_line_reply", "Bot: What's the name on the account? User: Ágnes Földesy", "Ágnes Földesy"),
        ("chat_reply_title_case", "agent: may I have your full name please?\nuser: Pinar Yildirim", "Pinar Yildirim"),
        ("intro", "hi im keiko and im 13", "keiko"),
        ("intro", "this is tavita from the group chat", "tavita"),
    ],
)
def test_names_from_layout_and_chat(recognizer, cue: str, text: str, expected: str) -> None:  # noqa: ANN001
    assert expected in [v for v, _ in found(recognizer, text)], cue


@pytest.mark.parametrize(
    ("category", "text"),
    [
        ("header row", "Name | SKU | Price\nStanding Desk | SKU-1 | 20.00"),
        ("bare Name beside product columns", "Name | SKU | Price\nLincoln Chair | SKU-2 | 30.00"),
        ("room table", "Room name | Capacity\nFranklin Hall | 40"),
        ("intro adjective", "im tired lol"),
        ("intro noun", "im student here"),
        ("intro brand", "It's Zendesk, not Jira."),
        ("intro place", "this is leeds calling"),
        ("letterhead firm", "Hartley Partners LLC\n12 Main Street\nSpringfield"),
        ("letterhead nouns", "Accounts Payable\n12 Main Street"),
    ],
)
def test_no_name_in_layout(recognizer, category: str, text: str) -> None:  # noqa: ANN001
    assert found(recognizer, text) == [], category
