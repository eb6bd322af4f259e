"""Sensitive phrases by shape and context (issue #6: no planted value may leak), phones listed after a name,
and the speed rewrites of the recognizers: they must find exactly what the plain forms find.

No timing here: speed is measured by scripts, not tests."""

from __future__ import annotations

import random
import re
from pathlib import Path

import pytest
from pii_pipeline_recognizers._recognizer_helpers import NB, NB_DIGIT

from pii_pipeline.detection.text import TextDetector

# (text, entity, value that must be covered by a finding of that entity)
POSITIVES: list[tuple[str, str, str]] = [
    # MEDICAL_CONDITION: where a cancer sits is part of the condition; someone's care is context.
    ("Recovering from breast cancer treatment; prefers short shifts.", "MEDICAL_CONDITION", "breast cancer"),
    ("She has stage 3 lung cancer.", "MEDICAL_CONDITION", "stage 3 lung cancer"),
    ("Undergoing chemotherapy, available mornings only.", "MEDICAL_CONDITION", "chemotherapy"),
    ("Survivor of childhood leukemia, now volunteering.", "MEDICAL_CONDITION", "leukemia"),
    ("In remission from prostate cancer since 2021.", "MEDICAL_CONDITION", "prostate cancer"),
    # CRIMINAL_HISTORY: an offence and the word that makes it a record; time served.
    ("Served 18 months for a felony drug possession charge.", "CRIMINAL_HISTORY", "felony drug possession charge"),
    ("Disclosed a 2015 misdemeanor conviction for shoplifting.", "CRIMINAL_HISTORY", "2015 misdemeanor conviction"),
    ("Background check shows a DUI arrest in 2019.", "CRIMINAL_HISTORY", "DUI arrest in 2019"),
    ("He has a pending weapons charge.", "CRIMINAL_HISTORY", "pending weapons charge"),
    ("two prior assault convictions", "CRIMINAL_HISTORY", "assault convictions"),
    ("an outstanding warrant for shoplifting", "CRIMINAL_HISTORY", "warrant for shoplifting"),
    ("a domestic violence charge from 2018", "CRIMINAL_HISTORY", "domestic violence charge"),
    ("He was sentenced to five years.", "CRIMINAL_HISTORY", "sentenced to five years"),
    ("He did two years in state prison for armed robbery.", "CRIMINAL_HISTORY", "did two years in state prison"),
    ("Arrested on a misdemeanor possession of marijuana.", "CRIMINAL_HISTORY", "misdemeanor possession of marijuana"),
    # PHONE_NUMBER: ten bare digits right after a person's name (a reference, an emergency contact).
    ("Reference: Harry Pacheco, 2018944553.", "PHONE_NUMBER", "2018944553"),
    ("Reference: Amélie van Dommelen, 9192175088.", "PHONE_NUMBER", "9192175088"),
    ("Reference: Heinz-Walter Nohlmans, 2153380776.", "PHONE_NUMBER", "2153380776"),
    # A long name with particles; words of the sentence before the name do not hide it.
    ("Reference: Stefan Coreth von und zu Coredo und Starkenberg, 5045538175.", "PHONE_NUMBER", "5045538175"),
    ("Please call Mary Jo Smith, 2153380776.", "PHONE_NUMBER", "2153380776"),
    ("Emergency: Jane Doe (mother) 4155753011", "PHONE_NUMBER", "4155753011"),
    ("Kin: Dương Trần - 3038285467", "PHONE_NUMBER", "3038285467"),
]

NEGATIVES: list[tuple[str, str]] = [
    ("The Breast Cancer Awareness Walk raised $4,000.", "MEDICAL_CONDITION"),
    ("The cancer treatment center opened a new wing downtown.", "MEDICAL_CONDITION"),
    ("Lung cancer rates fell in 2020.", "MEDICAL_CONDITION"),
    ("The phone battery charge lasts all day.", "CRIMINAL_HISTORY"),
    ("There was a fraud charge on my card I disputed.", "CRIMINAL_HISTORY"),
    ("Shipping and distribution charges apply to all orders.", "CRIMINAL_HISTORY"),
    ("She served four years in the Navy before joining.", "CRIMINAL_HISTORY"),
    ("The federal records act governs retention.", "CRIMINAL_HISTORY"),
    ("Order 12345 shipped, 4155753011 units.", "PHONE_NUMBER"),
    ("Invoice total for ACME, 4155753011.", "PHONE_NUMBER"),
    ("The population of New York City, 8336817 people.", "PHONE_NUMBER"),
    # The account label is nearest: an account number, not a phone.
    ("Account holder John Smith, 4155753011", "PHONE_NUMBER"),
]


def _covered(text: str, value: str, spans, entity: str) -> bool:  # noqa: ANN001
    start = text.index(value)
    end = start + len(value)
    chosen = [s for s in spans if s.entity_type == entity]
    return all(not text[i].isalnum() or any(s.start <= i < s.end for s in chosen) for i in range(start, end))


@pytest.mark.parametrize(("text", "entity", "value"), POSITIVES, ids=[f"{e}:{v}" for _, e, v in POSITIVES])
def test_positive(detector: TextDetector, text: str, entity: str, value: str) -> None:
    spans = detector.detect([text])[0]
    assert _covered(text, value, spans, entity), [(s.entity_type, text[s.start : s.end]) for s in spans]


@pytest.mark.parametrize(("text", "entity"), NEGATIVES, ids=[t[:30] for t, _ in NEGATIVES])
def test_negative(detector: TextDetector, text: str, entity: str) -> None:
    spans = [s for s in detector.detect([text])[0] if s.entity_type == entity]
    assert not [(text[s.start : s.end], s.recognizer) for s in spans]


def _fuzz_texts(n: int = 4000) -> list[str]:
    rnd = random.Random(6)
    alphabet = [*"0000111223456789", *" -.()+x,/:_#", "ext", "a", "B", "\u00a0", "\u2013", "\u0663", "\n", "on "]
    return ["".join(rnd.choice(alphabet) for _ in range(rnd.randint(1, 40))) for _ in range(n)]


@pytest.mark.parametrize(
    ("plain", "fast"),
    [
        (NB + r"\d{9}", NB_DIGIT + r"\d{8}"),
        (NB + r"\d{4,17}(?![\w\-]|[.,]\d)", NB_DIGIT + r"\d{3,16}(?![\w\-]|[.,]\d)"),
        (NB + r"\d{2,4}(?:[\- ]\d{2,4}){1,4}", NB_DIGIT + r"\d{1,3}(?:[\- ]\d{2,4}){1,4}"),
    ],
)
def test_digit_first_patterns_match_the_same(plain: str, fast: str) -> None:
    a, b = re.compile(plain, re.IGNORECASE), re.compile(fast, re.IGNORECASE)
    for text in _fuzz_texts():
        assert [m.span() for m in a.finditer(text)] == [m.span() for m in b.finditer(text)], text


def test_screened_patterns_find_what_every_pattern_finds(detector: TextDetector) -> None:
    """Per-pattern screening skips a pattern only on texts it cannot match."""
    import json

    from pii_pipeline_recognizers._recognizer_helpers import ContextRegexRecognizer, ScreenedPatternsRecognizer

    corpus = Path(__file__).resolve().parents[1] / "data" / "corpora" / "tips_v1.jsonl"
    texts = [json.loads(line)["text"] for line in corpus.read_text(encoding="utf-8").splitlines()[:300]]
    texts += [
        "she is in 7th grade", "a kindergartner", "Served 18 months for a felony drug possession charge.",
        "MysticPrince135 on Minecraft", "He is 5.", "DUI arrest in 2019", "goes by lil_j on TikTok",
    ]  # fmt: skip
    screened = [r for r in detector._recognizers if isinstance(r, ScreenedPatternsRecognizer)]
    assert screened, "no recognizer uses per-pattern screening"
    for recognizer in screened:
        for text in texts:
            plain = list(ContextRegexRecognizer.candidates(recognizer, text))
            assert sorted(ScreenedPatternsRecognizer.candidates(recognizer, text)) == sorted(plain), text
