"""NATIONAL_ID fr nir, called directly (Presidio style); valid values made with python-stdnum."""

from __future__ import annotations

import pytest
from stdnum.fr import nir

RECOGNIZER = "national_id_fr_nir"

# (text, value that must be reported, score range): a context word gives 0.95; a strict, valid shape alone a
# medium score; a value that fails its check after its context word is still reported, lower.
POSITIVES = [
    ("numéro de sécurité sociale 1 84 05 76 451 089 31", "1 84 05 76 451 089 31", (0.9, 1.0)),
    ("carte: 1 84 05 76 451 089 31", "1 84 05 76 451 089 31", (0.55, 0.7)),
    ("NIR 184057645108931", "184057645108931", (0.9, 1.0)),
]
# Bare digit runs without their word, failed checks without a word, reference and product codes.
NEGATIVES = [
    "1 84 05 76 451 089 32",
    "184057645108931",
    "invoice 1 84 05 76 451 089 31",
]


@pytest.mark.parametrize(("text", "value", "scores"), POSITIVES)
def test_finds(find, text: str, value: str, scores: tuple[float, float]) -> None:
    found = find(text)
    assert [(e, v) for e, v, _ in found] == [("NATIONAL_ID", value)]
    assert scores[0] <= found[0][2] <= scores[1]
    assert "FR" in find.recognizer.name  # the country is in the finding


@pytest.mark.parametrize("text", NEGATIVES)
def test_ignores(find, text: str) -> None:
    assert find(text) == []


def test_sample_value_is_valid() -> None:
    assert nir.is_valid("184057645108931")
