"""MINOR_AGE without a number, called directly (Presidio style): school years and small children's words. A child's
age in numbers is age.py's (test_age.py)."""

from __future__ import annotations

import pytest

RECOGNIZER = "minor_age"

POSITIVES = [
    ("She is in 7th grade.", "in 7th grade", (0.85, 0.95)),
    ("her son is a sophomore", "sophomore", (0.85, 0.95)),
    ("he is a freshman in high school", "freshman in high school", (0.85, 0.95)),
    ("a kindergartner at Oak Park", "kindergartner", (0.85, 0.95)),
    ("our grade 5 class", "grade 5", (0.85, 0.95)),
    ("she is a junior in high school", "junior in high school", (0.7, 0.8)),
    ("left a toddler alone", "toddler", (0.5, 0.6)),
    ("she is in Year 9 at school", "Year 9", (0.7, 0.8)),
    ("a Year 10 pupil", "Year 10", (0.7, 0.8)),
    ("my daughter, shes in year 9, got a message", "year 9", (0.7, 0.8)),
    ("im in yr 10 lol", "yr 10", (0.7, 0.8)),
    ("She is in Year 9.", "Year 9", (0.7, 0.8)),
    ("she is in grade 8 math", "grade 8", (0.85, 0.95)),
]
NEGATIVES = [
    "Next thorough examination due within 6 months. Inspector grade 1.",  # a rating, no pupil's grade
    "Promoted to pay grade 3 in May",
    "He is 34 years old.",  # an age in numbers: age.py's
    "she is 12",
    "The senior manager approved it.",
    "Grade A eggs, 12 per box",
    "Grade 8 piano exam fees rose to $45; a grade 5 theory paper",  # music grades, which adults take too
    "a junior developer",
    "a single task without pre-knowledge",
    "in Year 2 of the grant",
    "in year 9 we grew",
    "Revenue in Year 3 results",
    "Grade 8 math test results were posted.",
    "He was in year 2 of his degree",
    "in Year 9.5 of the plan",
]


@pytest.mark.parametrize(("text", "value", "scores"), POSITIVES)
def test_finds(find, text: str, value: str, scores: tuple[float, float]) -> None:
    found = find(text)
    assert [(e, v) for e, v, _ in found] == [("MINOR_AGE", value)]
    assert scores[0] <= found[0][2] <= scores[1]


@pytest.mark.parametrize("text", NEGATIVES)
def test_ignores(find, text: str) -> None:
    assert find(text) == []


def test_a_patterns_sizes_fit_no_one(find) -> None:  # noqa: ANN001
    assert find("Row 11: Purl all stitches.\n\nSizes: newborn (3-6 months, 1-2 years, 3-7 years)") == []
