"""AGE, called directly (Presidio style). Adults' ages are AGE; a child's age is MINOR_AGE, reported here only in a
chat reply (minor_age.py has its own patterns for the rest)."""

from __future__ import annotations

import pytest

RECOGNIZER = "age"

POSITIVES = [
    # (text, entity, value, score range)
    ("a 34-year-old man from Dayton", "AGE", "34-year-old", (0.85, 0.95)),
    ("the man, aged 52, was arrested", "AGE", "aged 52", (0.8, 0.9)),
    ("Tom Jones (aged 20) said", "AGE", "aged 20", (0.8, 0.9)),
    ("Maria Lopez, 34, was there", "AGE", "34", (0.55, 0.65)),
    ("age: 40", "AGE", "age: 40", (0.8, 0.9)),
    ("a thirty-four year old woman", "AGE", "thirty-four year old", (0.85, 0.95)),
    ("in 2019 he was 45.", "AGE", "45", (0.65, 0.75)),
    ("she is 34 and works nights", "AGE", "34", (0.65, 0.75)),
    ("how old are you?\nim 19 lol", "AGE", "19", (0.75, 0.85)),
    ("how old r u\njake99: 15", "MINOR_AGE", "15", (0.75, 0.85)),
    ("a man 45 years of age", "AGE", "45 years of age", (0.85, 0.95)),
    ("he turned 40 last week", "AGE", "40", (0.65, 0.75)),
    ("her 50th birthday party", "AGE", "50th birthday", (0.75, 0.85)),
    ("a man in his early 40s", "AGE", "early 40s", (0.75, 0.85)),
    ("a woman in her forties", "AGE", "forties", (0.75, 0.85)),
    ("Throwaway account (34M) here", "AGE", "34", (0.75, 0.85)),
    ("me [F 19] and my bf", "AGE", "19", (0.75, 0.85)),
    ("asl?\n14/f/ohio", "MINOR_AGE", "14", (0.8, 0.9)),
]
NEGATIVES = [
    "He was 40 minutes late",
    "she is 25% sure",
    "Room 12, 30 people came",
    "a 15 year old girl",  # a child's age: minor_age.py's
    "Jake, 15, was there",  # likewise
    "the building is 150 years old",
    "order 34 shipped",
    "how old is the house?\nbuilt 1920",
    "turned 15 yesterday",  # a child's: minor_age.py's
    "it turns 30 minutes later",
    "music of the 1990s",
    "in his teens",
    "the age of reason",
    "room (12B) is free",
    "size [32 m] shirt",
]


@pytest.mark.parametrize(("text", "entity", "value", "scores"), POSITIVES)
def test_finds(find, text: str, entity: str, value: str, scores: tuple[float, float]) -> None:
    found = find(text)
    assert [(e, v) for e, v, _ in found] == [(entity, value)]
    assert scores[0] <= found[0][2] <= scores[1]


@pytest.mark.parametrize("text", NEGATIVES)
def test_ignores(find, text: str) -> None:
    assert find(text) == []
