"""CriminalHistoryRecognizer, called directly: convictions, arrests, charges and custody said of someone; not
charges that are money."""

from __future__ import annotations

import pytest

RECOGNIZER = "criminal_history"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("he has prior charges for assault", "prior charges for assault"),
        ("charges for theft were dropped last year", "charges for theft"),
        ("her stepfather was convicted of child abuse in 2015", "convicted of child abuse"),
        ("he was arrested for DUI twice", "arrested for DUI"),
        ("he faced a charge for robbery", "charge for robbery"),
        ("he was charged with running a drug operation", "charged with running a drug operation"),
        ("he was charged with stealing a car", "charged with stealing a car"),
        ("he is wanted on charges for breaking and entering", "charges for breaking"),
        ("the neighbour is a registered sex offender", "registered sex offender"),
    ],
)
def test_finds(find, text: str, value: str) -> None:  # noqa: ANN001
    assert any(value in v for _, v, _ in find(text))


@pytest.mark.parametrize(
    "text",
    [
        # Charges that are money, not offences
        "Once created, you'll incur billing charges for that probe.",
        "Late charges for unpaid invoices are added on the 5th.",
        "Roaming data charges for the trip came to $40.",
        "The bank charges for transfers went up in March.",
        # A duty or a price
        "Our team lead is in charge of the billing migration and took charge of the release.",
        "Pricing: there is no charge for the first 10 GB; we charge for storing snapshots at $0.05 per GB.",
        "There is a charge for retrieving recovery points.",
        "The committee is charged with reviewing the budget; the new manager was charged with improving onboarding.",
        "The museum is free of charge for members.",
        "the battery was charged with a 65 W adapter.",
        "the sample is charged with 5 ml buffer and centrifuged",
        "the company was charged with a record fine by the regulator",
    ],
)
def test_ignores(find, text: str) -> None:  # noqa: ANN001
    assert find(text) == []
