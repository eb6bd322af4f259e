"""NATIONAL_ID gb nino, called directly (Presidio style); valid values made with python-stdnum."""

from __future__ import annotations

import pytest

RECOGNIZER = "national_id_gb_nino"

# (text, value that must be reported, score range): a context word gives 0.95; a strict, valid shape alone a
# medium score; a value that fails its check after its context word is still reported, lower.
POSITIVES = [
    ("Her National Insurance number is AB 12 34 56 C.", "AB 12 34 56 C", (0.9, 1.0)),
    ("NI no: JG103759A", "JG103759A", (0.9, 1.0)),
    ("form line: CE 92 01 35 B | Leeds", "CE 92 01 35 B", (0.55, 0.7)),
    ("NINO QQ123456C was rejected", "QQ123456C", (0.5, 0.6)),
]
# Bare digit runs without their word, failed checks without a word, reference and product codes.
NEGATIVES = [
    "ticket AB123456C",
    "SKU JG103759A in stock",
    "part no. CE 92 01 35 B",
    "order ZZ 12 34 56 A",
    "Date of birth [DD/MM/YYYY]  NI number [AA 00 00 00 A]",  # a form's example of the layout, all zeros
]


@pytest.mark.parametrize(("text", "value", "scores"), POSITIVES)
def test_finds(find, text: str, value: str, scores: tuple[float, float]) -> None:
    found = find(text)
    assert [(e, v) for e, v, _ in found] == [("NATIONAL_ID", value)]
    assert scores[0] <= found[0][2] <= scores[1]
    assert "GB" in find.recognizer.name  # the country is in the finding


@pytest.mark.parametrize("text", NEGATIVES)
def test_ignores(find, text: str) -> None:
    assert find(text) == []
