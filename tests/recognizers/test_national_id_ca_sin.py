"""NATIONAL_ID ca sin, called directly (Presidio style); valid values made with python-stdnum."""

from __future__ import annotations

import pytest
from stdnum.ca import sin

RECOGNIZER = "national_id_ca_sin"

# (text, value that must be reported, score range): a context word gives 0.95; a strict, valid shape alone a
# medium score; a value that fails its check after its context word is still reported, lower.
POSITIVES = [
    ("SIN: 130 692 544", "130 692 544", (0.9, 1.0)),
    ("social insurance number 130-692-544", "130-692-544", (0.9, 1.0)),
    ("her SIN 130 692 545", "130 692 545", (0.5, 0.6)),
    # French: "numéro d'assurance sociale"; a generic government-ID label before a valid value.
    ("Numéro d'assurance sociale : 271849358", "271849358", (0.9, 1.0)),
    ("Identité\nGovernment ID: 512398470", "512398470", (0.8, 0.9)),
    ("Nom: Luc Gagnon\nID: 512 398 470", "512 398 470", (0.8, 0.9)),
]
# Bare digit runs without their word, failed checks without a word, reference and product codes.
NEGATIVES = [
    "130 692 544",
    "order 130692544",
    "account 130-692-544",
    # A record's ID, not a government's: a generic label after a record's word.
    "Customer ID #: 271849358",
    "Ticket ID no. 512398470",
    "Government ID: 130692545",
    "Supplier tax ID: 271849358",
]


@pytest.mark.parametrize(("text", "value", "scores"), POSITIVES)
def test_finds(find, text: str, value: str, scores: tuple[float, float]) -> None:
    found = find(text)
    assert [(e, v) for e, v, _ in found] == [("NATIONAL_ID", value)]
    assert scores[0] <= found[0][2] <= scores[1]
    assert "CA" in find.recognizer.name  # the country is in the finding


@pytest.mark.parametrize("text", NEGATIVES)
def test_ignores(find, text: str) -> None:
    assert find(text) == []


def test_sample_value_is_valid() -> None:
    assert sin.is_valid("130692544")
