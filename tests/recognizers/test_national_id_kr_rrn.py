"""NATIONAL_ID kr rrn, called directly (Presidio style); valid values made with python-stdnum."""

from __future__ import annotations

import pytest
from stdnum.kr import rrn

RECOGNIZER = "national_id_kr_rrn"

# (text, value that must be reported, score range): a context word gives 0.95; a strict, valid shape alone a
# medium score; a value that fails its check after its context word is still reported, lower.
POSITIVES = [
    ("주민등록번호 850101-1234566", "850101-1234566", (0.9, 1.0)),
    ("RRN 8501011234566", "8501011234566", (0.9, 1.0)),
    ("copy of card: 850101-1234566", "850101-1234566", (0.55, 0.7)),
    # a particle glued to both sides, as Korean writes it
    ("제 주민등록번호는 850101-1234566입니다.", "850101-1234566", (0.55, 1.0)),
]
# Bare digit runs without their word, failed checks without a word, reference and product codes.
NEGATIVES = [
    "850101-1234567",
    "8501011234566",
    "invoice 850101-1234566",
]


@pytest.mark.parametrize(("text", "value", "scores"), POSITIVES)
def test_finds(find, text: str, value: str, scores: tuple[float, float]) -> None:
    found = find(text)
    assert [(e, v) for e, v, _ in found] == [("NATIONAL_ID", value)]
    assert scores[0] <= found[0][2] <= scores[1]
    assert "KR" in find.recognizer.name  # the country is in the finding


@pytest.mark.parametrize("text", NEGATIVES)
def test_ignores(find, text: str) -> None:
    assert find(text) == []


def test_sample_value_is_valid() -> None:
    assert rrn.is_valid("8501011234566")
