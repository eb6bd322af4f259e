"""NATIONAL_ID BR CPF, called directly (Presidio style); valid values made with python-stdnum (br.cpf)."""

from __future__ import annotations

import pytest
from stdnum.br import cpf

RECOGNIZER = "national_id_br_cpf"
VALID, INVALID = "718.026.874-75", "718.026.874-70"

# (text, value that must be reported, score range): its word gives 0.95; a value that fails its check after its word
# is still reported, lower; the strict written shape alone is reported at a medium score.
POSITIVES = [
    ("CPF" + " " + VALID, VALID, (0.9, 1.0)),
    ("CPF" + ": " + INVALID, INVALID, (0.5, 0.6)),
    ("seen " + "718.026.874-75" + " today", "718.026.874-75", (0.5, 0.65)),
]
# A failed check in the strict shape without a word, reference numbers, failed checks without a word.
NEGATIVES = [
    "seen 718.026.874-70 today",
    "order 718.026.874-75",
    "invoice no. 71802687475",
]


@pytest.mark.parametrize(("text", "value", "scores"), POSITIVES)
def test_finds(find, text: str, value: str, scores: tuple[float, float]) -> None:  # noqa: ANN001
    found = find(text)
    assert [(e, v) for e, v, _ in found] == [("NATIONAL_ID", value)]
    assert scores[0] <= found[0][2] <= scores[1]
    assert "BR" in find.recognizer.name  # the country is in the finding


@pytest.mark.parametrize("text", NEGATIVES)
def test_ignores(find, text: str) -> None:  # noqa: ANN001
    assert find(text) == []


def test_sample_values() -> None:
    assert cpf.is_valid(VALID)
    assert not cpf.is_valid(INVALID)
