"""AGE and MINOR_AGE, called directly (Presidio style). The finding is the age phrase where the words are the age
("34-year-old", "aged 52", "12 years of age"), else the number (or its words) only; under 18 it is MINOR_AGE, else
AGE. minor_age.py (test_minor_age.py) adds school years and small children's words."""

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
    ("Age (yrs): 9", "MINOR_AGE", "9", (0.8, 0.9)),
    ("Age at time of incident: 15", "MINOR_AGE", "15", (0.8, 0.9)),
    ("age - 13", "MINOR_AGE", "age - 13", (0.8, 0.9)),
    ("a thirty-four year old woman", "AGE", "thirty-four year old", (0.85, 0.95)),
    ("He is a fifteen-year-old student", "MINOR_AGE", "fifteen-year-old", (0.85, 0.95)),
    ("in 2019 he was 45.", "AGE", "45", (0.7, 0.8)),
    ("she is 34 and works nights", "AGE", "34", (0.7, 0.8)),
    ("she is 12", "MINOR_AGE", "12", (0.7, 0.8)),
    ("she's only 13!!", "MINOR_AGE", "13", (0.7, 0.8)),
    ("the child is eight.", "MINOR_AGE", "eight", (0.7, 0.8)),
    ("my brother is 12 and he plays roblox", "MINOR_AGE", "12", (0.7, 0.8)),
    ("I'm 14 and scared.", "MINOR_AGE", "14", (0.65, 0.75)),
    ("tina_x: i just turned 15", "MINOR_AGE", "15", (0.65, 0.75)),
    ("She turns 16 next month", "MINOR_AGE", "16", (0.65, 0.75)),
    ("I'll turn 52 on Sunday", "AGE", "52", (0.65, 0.75)),
    ("how old are you?\nim 19 lol", "AGE", "19", (0.75, 0.85)),
    ("how old r u\njake99: 15", "MINOR_AGE", "15", (0.75, 0.85)),
    ("sam: wat age r u\ntina_x: fourteen", "MINOR_AGE", "fourteen", (0.75, 0.85)),
    ("sam: u 18?\ntina_x: nah 16", "MINOR_AGE", "16", (0.75, 0.85)),
    ("[10:02] sam: how old?\n[10:03] kim: 13 u?", "MINOR_AGE", "13", (0.75, 0.85)),
    ("a man 45 years of age", "AGE", "45 years of age", (0.85, 0.95)),
    ("The girl is 12 years of age.", "MINOR_AGE", "12 years of age", (0.85, 0.95)),
    ("he turned 40 last week", "AGE", "40", (0.65, 0.75)),
    ("her 50th birthday party", "AGE", "50", (0.75, 0.85)),
    ("a man in his early 40s", "AGE", "40s", (0.75, 0.85)),
    ("a woman in her forties", "AGE", "forties", (0.75, 0.85)),
    ("Throwaway account (34M) here", "AGE", "34", (0.75, 0.85)),
    ("me [F 19] and my bf", "AGE", "19", (0.75, 0.85)),
    ("asl?\n14/f/ohio", "MINOR_AGE", "14", (0.75, 0.9)),
    ("age/sex: 16/m", "MINOR_AGE", "16", (0.75, 0.85)),
    ("user22: asl?\nstranger: 15 f cali", "MINOR_AGE", "15", (0.65, 0.75)),
    ("Patient: 34 M", "AGE", "34", (0.65, 0.75)),
    ("F, 14, from Leeds", "MINOR_AGE", "14", (0.65, 0.75)),
    ("Victim: female, 14 yrs", "MINOR_AGE", "14 yrs", (0.7, 0.8)),
    ("The 17 y/o told police", "MINOR_AGE", "17 y/o", (0.85, 0.95)),
    ("a 16yo girl", "MINOR_AGE", "16yo", (0.85, 0.95)),
    ("16 y.o. male", "MINOR_AGE", "16 y.o.", (0.85, 0.95)),
    ("a 10-yr-old child", "MINOR_AGE", "10-yr-old", (0.85, 0.95)),
    ("a 6-month-old baby", "MINOR_AGE", "6-month-old", (0.85, 0.95)),
    ("Jake, 15, ran away", "MINOR_AGE", "15", (0.55, 0.65)),
    ("Girl, 15, missing since Tuesday.", "MINOR_AGE", "15", (0.55, 0.65)),
    ("her son (12) is being groomed", "MINOR_AGE", "12", (0.55, 0.65)),
    ("Mr. Evans, 67, a retired plumber", "AGE", "67", (0.55, 0.65)),
    ("a girl of 14 was seen", "MINOR_AGE", "14", (0.65, 0.75)),
    ("CHILD NAME: MIA WONG  AGE: 12  SCHOOL: Oak Park", "MINOR_AGE", "AGE: 12", (0.8, 0.9)),
    ("Name | Age | City\nTom Hardy | 42 | Leeds", "AGE", "42", (0.8, 0.9)),
    ("Name\tAge\nTom Hardy\t15 yrs", "MINOR_AGE", "15", (0.8, 0.9)),
    ("she appeared to be about 15", "MINOR_AGE", "15", (0.65, 0.75)),
    ("white male, approx. 40-45, beard", "AGE", "40-45", (0.65, 0.75)),
    ("a boy aged 14-15", "MINOR_AGE", "aged 14-15", (0.8, 0.9)),
    ("la niña de 13 años", "MINOR_AGE", "13", (0.75, 0.85)),
    ("Mädchen, 14 Jahre alt", "MINOR_AGE", "14", (0.75, 0.85)),
    ("Emma (9 yrs) was alone", "MINOR_AGE", "9 yrs", (0.55, 0.65)),
    ("I'm fifteen lol", "MINOR_AGE", "fifteen", (0.65, 0.75)),
    ("Age........ 15", "MINOR_AGE", "Age........ 15", (0.8, 0.9)),
    ("kid_01 (10:02): how old r u\nmax (10:03): 16 in june", "MINOR_AGE", "16", (0.75, 0.85)),
    ("a: how old r u\nb: 15 whats urs", "MINOR_AGE", "15", (0.7, 0.8)),
    ("she is 13yrs and in care", "MINOR_AGE", "13yrs", (0.7, 0.8)),
    ("Jake (13yrs) was there", "MINOR_AGE", "13yrs", (0.55, 0.65)),
    ("Age of victim: 15", "MINOR_AGE", "15", (0.8, 0.9)),
    ("Age (approx.): 40", "AGE", "40", (0.8, 0.9)),
    ("AGE: l5", "MINOR_AGE", "AGE: l5", (0.65, 0.75)),
    ("彼女は15歳です", "MINOR_AGE", "15", (0.75, 0.85)),
    ("hey im 14f", "MINOR_AGE", "14", (0.65, 0.75)),
    ("the 15 y. o. girl", "MINOR_AGE", "15 y. o.", (0.85, 0.95)),
    ("Mädchen (14) vermisst", "MINOR_AGE", "14", (0.55, 0.65)),
    ("Анна, 14, пропала", "MINOR_AGE", "14", (0.55, 0.65)),
    ("Child: Emma Rossi - 9", "MINOR_AGE", "9", (0.55, 0.65)),
    ("a: asl\nb: f 15 texas", "MINOR_AGE", "15", (0.65, 0.75)),
    ("2024-03-01 14:02 | kid: how old r u\n2024-03-01 14:03 | sam: 13", "MINOR_AGE", "13", (0.75, 0.85)),
    ("a man, late 60s, grey hair", "AGE", "60s", (0.65, 0.75)),
    ("suspect (40s) drove off", "AGE", "(40s)", (0.65, 0.75)),
    ("a guy 35ish", "AGE", "35ish", (0.65, 0.75)),
    ("our donor, a widow, 72, gave again", "AGE", "72", (0.55, 0.65)),
    ("김민지 (15) was messaged", "MINOR_AGE", "15", (0.55, 0.65)),
    ("the girl 王芳，14，said", "MINOR_AGE", "14", (0.55, 0.65)),
    # Issue 12 (recall): chat shorthand, ranges, other languages' form labels, descriptions of someone seen
    ("hes 13 and shy", "MINOR_AGE", "13", (0.65, 0.75)),
    ("kim: shes 12 lol", "MINOR_AGE", "12", (0.65, 0.75)),
    ("asl?\n14, f, ohio", "MINOR_AGE", "14", (0.7, 0.8)),
    ("a/s/l?\n15 f", "MINOR_AGE", "15", (0.75, 0.85)),
    ("how old r u\n12 nearly 13", "MINOR_AGE", "12", (0.75, 0.85)),
    ("two boys, 15-16 years old", "MINOR_AGE", "15-16 years old", (0.85, 0.95)),
    ("a 12- or 13-year-old girl", "MINOR_AGE", "12- or 13-year-old", (0.85, 0.95)),
    ("9 and 11 year old girls", "MINOR_AGE", "9 and 11 year old", (0.85, 0.95)),
    ("Alter: 14", "MINOR_AGE", "14", (0.75, 0.85)),
    ("Edad: 9", "MINOR_AGE", "9", (0.75, 0.85)),
    ("Âge : 34", "AGE", "34", (0.75, 0.85)),
    ("Leeftijd: 12", "MINOR_AGE", "12", (0.75, 0.85)),
    ("Возраст: 15", "MINOR_AGE", "15", (0.75, 0.85)),
    ("he claims to be 17", "MINOR_AGE", "17", (0.7, 0.8)),
    ("she pretends to be 16 online", "MINOR_AGE", "16", (0.7, 0.8)),
    ("a boy of roughly 11", "MINOR_AGE", "11", (0.65, 0.75)),
    ("a girl approx 12", "MINOR_AGE", "12", (0.65, 0.75)),
    ("a girl (approx 12) at the bus stop", "MINOR_AGE", "12", (0.65, 0.75)),
    ("a girl (12-13) at the bus stop", "MINOR_AGE", "12-13", (0.65, 0.75)),
    ("volunteer, 67, drives", "AGE", "67", (0.55, 0.65)),
    ("grandmother (71) called", "AGE", "71", (0.55, 0.65)),
    ("Age 12y", "MINOR_AGE", "Age 12y", (0.8, 0.9)),
    ("a baby aged 6 months", "MINOR_AGE", "aged 6 months", (0.8, 0.9)),
    ("Suspect: male, 40-45, beard", "AGE", "40-45", (0.65, 0.75)),
    ("Suspect: M, 40s", "AGE", "40s", (0.65, 0.75)),
    ("a man, 45-50, tall", "AGE", "45-50", (0.65, 0.75)),
    ("DOB/Age: 03/04/2011 (12)", "MINOR_AGE", "12", (0.75, 0.85)),
    ("between 40 and 50 years of age", "AGE", "40 and 50 years of age", (0.85, 0.95)),
    ("Tina, fifteen, said", "MINOR_AGE", "fifteen", (0.55, 0.65)),
    ("Mr. Evans, sixty-seven, a retired plumber", "AGE", "sixty-seven", (0.55, 0.65)),
]
# Several ages in one text: every one is found.
SEVERAL = [
    ("Jake, 15, and his friend Tom, 16, ran away.", ["15", "16"]),
    ("Mother (38) and daughter (14) came in.", ["38", "14"]),
    ("Ages of children: 4, 7 and 12", ["4", "7", "12"]),
    ("her kids (9 and 11) were home", ["9", "11"]),
    ("two daughters, 6 and 8, live with her", ["6", "8"]),
    ("Name | Age\n--- | ---\nAnn | 15\nBob | 42\n\nTotal | 57", ["15", "42"]),
    ("NAME          AGE   TOWN\nAnn Lee       15    Leeds\nBob Stone     42    Hull", ["15", "42"]),
]
NEGATIVES = [
    "He was 40 minutes late",
    "she is 25% sure",
    "Room 12, 30 people came",
    "the building is 150 years old",
    "a 30-year-old building on Main St",
    "order 34 shipped",
    "how old is the house?\nbuilt 1920",
    "it turns 30 minutes later",
    "The building turned 100 last year. Our firm turns 30 in May.",
    "music of the 1990s",
    "unions in the 60s",
    "in his teens",
    "the age of reason",
    "room (12B) is free",
    "size [32 m] shirt",
    "He has worked here for 15 years and has 3 kids.",
    "The 30-year mortgage was refinanced 15 years ago.",
    "Room 14 is booked for 12 people at 15:00.",
    "Ticket 15 was closed after 16 days.",
    "Order of 14 items, $15 each.",
    "Kids ages 8 to 12 welcome at the summer camp.",
    "Chapter 3, 14 pages. Figure (2) shows the trend.",
    "Morgan Stanley (12) and Charles Schwab (15) ranked.",
    "Sprint 12, 14 tickets closed; Q3 budget was 15% over.",
    "I'm 5 minutes away. I'm 100% sure. He is 6 ft tall.",
    "Revenue was $15M; budget $12M (up 14%).",
    "Pick up at Gate 5, 10 am. Floor 3, 12 desks.",
    "how old is the laptop?\nit's 3 years old",
    "how old are you?\ni have 2 sisters",
    "she was 12 years ago a teacher",
    "Page: l5 of 20",
    "Sales looked 15% higher; it seemed 10 minutes long.",
    "Quiz: 15 answers, 12 lots, 14 anniversaries",
    "music from the late 90s",
    "The late 80s were fun.",
    "15 minutes, room 12, version 34, Q3, $45, 12 items, Grade 7",
    "2 years ago we signed a 5-year plan and a 30-year mortgage",
    "a 5-10 year old building",
    "the 20-30 year old bonds",
    "9 and 11 year old trees",
    "Alter: 2 Stunden",
    "Leeftijd: 3 dagen",
    "it claims to be 100% sure; he pretends to be 5 minutes away",
    "a man of some 40 acres",
    "the kids (2 groups) and the boys (10 and 20 points)",
    "children, 24 and 30 minutes",
    "hes 100% sure, shes 5 minutes away, hes 6 ft",
    "the girl about 5 minutes later",
    "Report, 14 - final",
    "the wine aged 6 months in oak; cheese aged 10 weeks",
    "Invoice 2011 (12) due, effective 01/02/2020 (3)",
    "Section A, 10-12; Table F, 20-30.",
    "a 30-year mortgage, 10-15 years ago",
    "Chapter Ten, Eleven, Twelve",
    "Hello, one, two; Yes, twenty, maybe",
]


@pytest.mark.parametrize(("text", "entity", "value", "scores"), POSITIVES)
def test_finds(find, text: str, entity: str, value: str, scores: tuple[float, float]) -> None:
    found = find(text)
    assert [(e, v) for e, v, _ in found] == [(entity, value)]
    assert scores[0] <= found[0][2] <= scores[1]


@pytest.mark.parametrize(("text", "values"), SEVERAL)
def test_finds_every_age(find, text: str, values: list[str]) -> None:
    assert [v for _, v, _ in find(text)] == values


@pytest.mark.parametrize("text", NEGATIVES)
def test_ignores(find, text: str) -> None:
    assert find(text) == []


@pytest.mark.parametrize(
    ("value", "age"),
    [("34", 34), ("thirty-four", 34), ("forties", 40), ("40s", 40), ("9", 9), ("AGE: l5", 15), ("13yrs", 13)],
)
def test_age_value(value: str, age: int) -> None:
    from pii_pipeline_recognizers.age import age_value

    assert age_value(value) == age
