"""The whole detector on names in any script and register, places, chat handles and names that are not people's
(issue 12, parts 3 and 4): what each text must yield after overlap resolution, and what it must not."""

from __future__ import annotations

import pytest


def _typed(detector, text: str) -> set[tuple[str, str]]:  # noqa: ANN001
    return {(s.entity_type, text[s.start : s.end]) for s in detector.detect([text])[0]}


@pytest.mark.parametrize(
    ("text", "entity", "value"),
    [
        ("The caller's niece 최지우 was added to a group chat by an adult.", "PERSON", "최지우"),
        ("Teacher 张伟 noticed bruises on Monday.", "PERSON", "张伟"),
        ("The man, Алексей Орлов, offered the girl money.", "PERSON", "Алексей Орлов"),
        ("mod: what's your real name?\nsunny_d: marisol\nmod: thanks", "PERSON", "marisol"),
        ("NAME: TOBIAS WREN\nPHONE: 555-0182", "PERSON", "TOBIAS WREN"),
        ("Emergency contact: 山田 花子 (aunt)", "PERSON", "山田 花子"),
        ("A woman from Dayton, OH reported the account.", "LOCATION", "Dayton, OH"),
        ("The girl was last seen in Stockport on Saturday.", "LOCATION", "Stockport"),
        ("the boy from Tuskeegee said he was scared", "LOCATION", "Tuskeegee"),
        ("She comes from a little town called Ellsinore.", "LOCATION", "Ellsinore"),  # not a name after "called"
        ("kid_kyle: hi\nbeanz99: sup\nkid_kyle: send a pic", "USERNAME", "beanz99"),
        ("add me on snap: choco.moo", "USERNAME", "choco.moo"),
        ("reach her at priya.n at gmail dot com", "EMAIL_ADDRESS", "priya.n at gmail dot com"),
    ],
)
def test_found(detector, text: str, entity: str, value: str) -> None:  # noqa: ANN001
    typed = _typed(detector, text)
    assert any(t == entity and value in v for t, v in typed), typed


def test_a_name_written_again_in_lower_case_is_found_again(detector) -> None:  # noqa: ANN001
    text = "Reporter says Darnell picked the kids up. Later darnell came back alone."
    spans = detector.detect([text])[0]
    second = text.index("darnell")
    assert any(s.entity_type == "PERSON" and s.start <= second < s.end for s in spans)


@pytest.mark.parametrize(
    "text",
    [
        "The invoice from Johnson & Johnson was paid through Wells Fargo.",
        "Morgan Stanley and Charles Schwab both sent statements this quarter.",
        "The Harley-Davidson dealership sponsored the ride.",
        "The board met in the Lincoln Room; lunch is in the Franklin Conference Room.",
        "The audit is due in March and the tooling is written in Python.",
        "A grant from Microsoft covered the licences.",
        "The Chicago office closes early on Fridays.",
        "Ward 7 is on the second floor; visitors go to Gate 12.",
    ],
)
def test_not_personal(detector, text: str) -> None:  # noqa: ANN001
    typed = _typed(detector, text)
    assert not {t for t, _ in typed} & {"PERSON", "LOCATION"}, typed


def test_a_town_inside_an_address_with_a_number_is_part_of_the_address() -> None:
    from pii_pipeline.detection.resolve import resolve_overlaps
    from pii_pipeline.types import Span

    text = "She lives at 4821 Oak Hollow Dr, Dayton, OH 45402 now."
    start = text.index("4821")
    address = Span("STREET_ADDRESS", start, text.index(" now"), 0.6)
    town = Span("LOCATION", text.index("Dayton"), text.index(" 45402"), 0.9)
    for order in ([address, town], [town, address]):
        assert resolve_overlaps(order, text) == [address]


def test_an_address_with_its_town_is_its_street_and_its_town_through_the_detector(detector) -> None:  # noqa: ANN001
    # One address found whole, reported as two parts (address_parts.py): no town inside a street, no gap between.
    text = "Mail now goes to 12 Larch Close, Dundee, UK for the boy."
    typed = _typed(detector, text)
    assert {("STREET_ADDRESS", "12 Larch Close"), ("LOCATION", "Dundee, UK")} <= typed, typed
    assert sum(t == "LOCATION" for t, _ in typed) == 1, typed
