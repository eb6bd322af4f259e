"""Presidio's own recognizer unit-test cases (a peer's test suite, vendored) replayed through `detect`.

Only US-relevant entities are replayed. A positive case passes when every letter and digit of the expected
span is covered by some finding (what redaction needs); a negative case passes when no finding of that entity
type is reported (the replayed types have the same names in
Presidio and here). `positive_weak` cases (Presidio itself expects only
a low score) and `count_only` cases are not scored. Provenance: tests/data/corpora/README.md.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from pii_pipeline.detection.text import TextDetector

CASES = Path(__file__).resolve().parents[1] / "data" / "corpora" / "presidio_recognizer_cases.jsonl"
REPLAYED = frozenset(
    {"ABA_ROUTING_NUMBER", "CREDIT_CARD", "EMAIL_ADDRESS", "IBAN_CODE", "IP_ADDRESS", "MAC_ADDRESS", "PHONE_NUMBER",
     "US_SSN", "US_ITIN", "US_PASSPORT", "US_DRIVER_LICENSE", "US_BANK_NUMBER", "URL"}
)  # fmt: skip
# Measured when this test was written: 0.9375 of 576 cases (36 failing); at 3683f91, 0.9965 (2 failing: the two
# Luhn-invalid CREDIT_CARD negatives right after "credit card number", which recall first reports on purpose,
# issue 12.5). A drop below the floor fails;
# raise it as detection improves.
PASS_RATE_FLOOR = 0.995


def _cases() -> list[dict]:
    rows = [json.loads(line) for line in CASES.read_text(encoding="utf-8").splitlines() if line.strip()]
    return [c for c in rows if c["entity"] in REPLAYED and c["kind"] in ("positive", "negative")]


def _passes(case: dict, found: list) -> bool:
    if case["kind"] == "negative":
        return not any(s.entity_type == case["entity"] for s in found)
    covered = {i for s in found for i in range(s.start, s.end)}
    chars = [i for i in range(case["start"], case["end"]) if case["text"][i].isalnum()]
    return bool(chars) and all(i in covered for i in chars)


@pytest.fixture(scope="module")
def replay(detector: TextDetector) -> tuple[list[dict], list[bool]]:
    cases = _cases()
    texts = sorted({c["text"] for c in cases})
    by_text = dict(zip(texts, detector.detect(texts), strict=True))
    return cases, [_passes(c, by_text[c["text"]]) for c in cases]


def test_replay_covers_the_vendored_cases(replay: tuple[list[dict], list[bool]]) -> None:
    cases, _ = replay
    kinds = Counter(c["kind"] for c in cases)
    # Both kinds are replayed, over most of the US entity types; a filter gone wrong would empty one.
    assert kinds["positive"] > 300 and kinds["negative"] > 100, kinds
    assert len({c["entity"] for c in cases}) >= 10


def test_pass_rate_floor(replay: tuple[list[dict], list[bool]]) -> None:
    cases, ok = replay
    rate = sum(ok) / len(cases)
    failing = [
        f"{c['source_file']}::{c['case_id']} ({c['kind']} {c['entity']})"
        for c, good in zip(cases, ok, strict=True)
        if not good
    ]
    assert rate >= PASS_RATE_FLOOR, (
        f"pass rate {rate:.4f} < {PASS_RATE_FLOOR} over {len(cases)}; failing:\n" + "\n".join(failing)
    )


# Presidio's negatives that recall first fails on purpose: a Luhn-invalid number right after "credit card number" is
# a typo'd card to remove (issue 12.5: a check never vetoes a value its context names).
ALLOWED_FAILURES = frozenset(
    {
        ("CREDIT_CARD", "negative", "my credit card number is 4012-8888-8888-1882"),
        ("CREDIT_CARD", "negative", "my credit card number is 36168002586008"),
    }
)


def test_only_the_documented_cases_fail(replay: tuple[list[dict], list[bool]]) -> None:
    cases, ok = replay
    failing = {(c["entity"], c["kind"], c["text"]) for c, good in zip(cases, ok, strict=True) if not good}
    assert failing <= ALLOWED_FAILURES, sorted(failing - ALLOWED_FAILURES)
