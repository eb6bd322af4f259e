"""NATIONAL_ID CN RIC, called directly (Presidio style); valid values made with python-stdnum (cn.ric)."""

from __future__ import annotations

import pytest
from stdnum.cn import ric

RECOGNIZER = "national_id_cn_ric"
VALID, INVALID = "110101199003072906", "110101199003072900"

# (text, value that must be reported, score range): its word gives 0.95; a value that fails its check after its word
# is still reported, lower; the strict written shape alone is reported at a medium score.
POSITIVES = [
    ("ID card no." + " " + VALID, VALID, (0.9, 1.0)),
    ("ID card no." + ": " + INVALID, INVALID, (0.5, 0.6)),
    ("seen " + "110101199003072906" + " today", "110101199003072906", (0.5, 0.65)),
]
# A failed check in the strict shape without a word, reference numbers, failed checks without a word.
NEGATIVES = [
    "seen 110101199003072900 today",
    "order 110101199003072906",
    "invoice no. 110101199003072906",
]


@pytest.mark.parametrize(("text", "value", "scores"), POSITIVES)
def test_finds(find, text: str, value: str, scores: tuple[float, float]) -> None:  # noqa: ANN001
    found = find(text)
    assert [(e, v) for e, v, _ in found] == [("NATIONAL_ID", value)]
    assert scores[0] <= found[0][2] <= scores[1]
    assert "CN" in find.recognizer.name  # the country is in the finding


@pytest.mark.parametrize("text", NEGATIVES)
def test_ignores(find, text: str) -> None:  # noqa: ANN001
    assert find(text) == []


def test_sample_values() -> None:
    assert ric.is_valid(VALID)
    assert not ric.is_valid(INVALID)
