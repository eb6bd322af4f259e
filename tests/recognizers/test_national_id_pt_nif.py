"""NATIONAL_ID PT NIF, called directly (Presidio style); valid values made with python-stdnum (pt.nif)."""

from __future__ import annotations

import pytest

RECOGNIZER = "national_id_pt_nif"

# (text, value that must be reported, score range): its word gives 0.95; a value that fails its check after its word
# is still reported, lower.
POSITIVES = [
    ("Marta Silva, 41 anos, NIF 501964843", "501964843", (0.9, 1.0)),
    ("número de contribuinte: 501 964 843", "501 964 843", (0.9, 1.0)),
    ("NIF 501964842", "501964842", (0.5, 0.6)),
]
# Bare values without their word, reference numbers, failed checks without a word.
NEGATIVES = [
    "seen 501964843 today",
    "order 501964843",
    "NIF 5019648",
]


@pytest.mark.parametrize(("text", "value", "scores"), POSITIVES)
def test_finds(find, text: str, value: str, scores: tuple[float, float]) -> None:  # noqa: ANN001
    found = find(text)
    assert [(e, v) for e, v, _ in found] == [("NATIONAL_ID", value)]
    assert scores[0] <= found[0][2] <= scores[1]
    assert "PT" in find.recognizer.name  # the country is in the finding


@pytest.mark.parametrize("text", NEGATIVES)
def test_ignores(find, text: str) -> None:  # noqa: ANN001
    assert find(text) == []
