"""VehiclePlateRecognizer, called directly: a plate near a vehicle word; not an asset, ticket or SKU code beside
one (issue 12)."""

from __future__ import annotations

import pytest

RECOGNIZER = "vehicle_plate"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("a silver van, plate AB12 CDE, parked outside the school", "AB12 CDE"),
        # Russia's layout in Cyrillic, glued to its region or after its word.
        ("госномер А123ВС777", "А123ВС777"),
        ("номер А123ВС 77", "А123ВС 77"),
        # Poland's district and number near a vehicle word; Germany's spaced layout near one.
        ("Polish car WA 12345", "WA 12345"),
        ("his car: M AB 123, parked outside", "M AB 123"),
        # The vehicle named after the plate's word; Argentina's word; a lower-case group of five.
        ("placa do carro: ABC1D23", "ABC1D23"),
        ("patente: ABC 123", "ABC 123"),
        ("plate no wa-12345", "wa-12345"),
    ],
)
def test_finds(find, text: str, value: str) -> None:  # noqa: ANN001
    assert value in [v for _, v, _ in find(text)]


@pytest.mark.parametrize(
    "text",
    [
        "Straight-line depreciation over 5 years for the van (asset FA-0212).",
        "Ticket HD-4471 for the van's service booking.",
        "patente di guida U1A23B456C",
        "Flight BA 2490 departs at 10:40.",
        "The postcode is SW1A 1AA.",
        "Product code XY 123 ZZ on the invoice.",
        "Цена А123 руб.",
    ],
)
def test_ignores(find, text: str) -> None:  # noqa: ANN001
    assert find(text) == []
