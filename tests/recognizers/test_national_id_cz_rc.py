"""NATIONAL_ID CZ RC, called directly (Presidio style); valid values made with python-stdnum (cz.rc)."""

from __future__ import annotations

import pytest
from stdnum.cz import rc

RECOGNIZER = "national_id_cz_rc"
VALID, INVALID = "900307/2925", "900307/2920"

# (text, value that must be reported, score range): its word gives 0.95; a value that fails its check after its word
# is still reported, lower.
POSITIVES = [
    ("rodné číslo" + " " + VALID, VALID, (0.9, 1.0)),
    ("rodné číslo" + ": " + INVALID, INVALID, (0.5, 0.6)),
]
# Bare digit runs without their word, reference numbers, failed checks without a word.
NEGATIVES = [
    "seen 900307/2925 today",
    "order 900307/2925",
    "invoice no. 9003072925",
]


@pytest.mark.parametrize(("text", "value", "scores"), POSITIVES)
def test_finds(find, text: str, value: str, scores: tuple[float, float]) -> None:  # noqa: ANN001
    found = find(text)
    assert [(e, v) for e, v, _ in found] == [("NATIONAL_ID", value)]
    assert scores[0] <= found[0][2] <= scores[1]
    assert "CZ" in find.recognizer.name  # the country is in the finding


@pytest.mark.parametrize("text", NEGATIVES)
def test_ignores(find, text: str) -> None:  # noqa: ANN001
    assert find(text) == []


def test_sample_values() -> None:
    assert rc.is_valid(VALID)
    assert not rc.is_valid(INVALID)
