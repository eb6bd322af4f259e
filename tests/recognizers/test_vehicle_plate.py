"""VehiclePlateRecognizer, called directly: a plate near a vehicle word; not an asset, ticket or SKU code beside
one (issue 12)."""

from __future__ import annotations

import pytest

RECOGNIZER = "vehicle_plate"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("a silver van, plate AB12 CDE, parked outside the school", "AB12 CDE"),
    ],
)
def test_finds(find, text: str, value: str) -> None:  # noqa: ANN001
    assert value in [v for _, v, _ in find(text)]


@pytest.mark.parametrize(
    "text",
    [
        "Straight-line depreciation over 5 years for the van (asset FA-0212).",
        "Ticket HD-4471 for the van's service booking.",
    ],
)
def test_ignores(find, text: str) -> None:  # noqa: ANN001
    assert find(text) == []
