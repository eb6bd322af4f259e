"""Held-out corpora (tests/data/heldout, issue 12 part 6): a ratchet against regressions, not a target.

The floors below are MEASURED: what the committed code reached on these files (tests/data/heldout/BASELINE.md
names the commit), minus a small margin. They are not the issue's goals (0.995 for structured identifiers,
0.97 for the rest, at most 2% of negatives flagged). Raise a floor when the code improves; lower one only with
a reason in the commit message. Types the code did not protect at all when measured have no floor yet.

No detection rule may be written against these files or their generator (tests/data/heldout/README.md).
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from pii_pipeline.detection.evaluate import EvalReport, evaluate, load_corpus
from pii_pipeline.detection.text import TextDetector
from pii_pipeline.types import ALL_ENTITIES

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "tests" / "data" / "heldout"
POSITIVES = DATA / "heldout_v2.jsonl"
NEGATIVES = DATA / "heldout_negatives_v2.jsonl"
GENERATOR = ROOT / "scripts" / "heldout" / "generate.py"
# AGE and LOCATION are neutral labels for `eval` by default; here they are scored.
ALIASES = {"AGE": "AGE", "LOCATION": "LOCATION"}
# The types issue 12 adds, valid as labels whether or not the registry lists them yet.
NEW_TYPES = {"AGE", "LOCATION", "NATIONAL_ID", "CREDENTIAL", "VEHICLE_PLATE"}

# Measured protected recall per type, minus about 0.02: floors, not targets (ratcheted at the end of the twelfth
# session, commit 0d5e870 in BASELINE.md; the first baseline was 03f7ab0).
PROTECTED_FLOORS: dict[str, float] = {
    "ABA_ROUTING_NUMBER": 0.98,
    "AGE": 0.98,
    "CREDENTIAL": 0.98,
    "CREDIT_CARD": 0.98,
    "DATE_OF_BIRTH": 0.98,
    "EMAIL_ADDRESS": 0.98,
    "IBAN_CODE": 0.98,
    "IP_ADDRESS": 0.98,
    "LOCATION": 0.95,
    "MINOR_AGE": 0.98,
    "NATIONAL_ID": 0.98,
    "PERSON": 0.975,
    "PHONE_NUMBER": 0.98,
    "STREET_ADDRESS": 0.97,
    "URL": 0.98,
    "USERNAME": 0.975,
    "US_BANK_NUMBER": 0.98,
    "US_DRIVER_LICENSE": 0.98,
    "US_SSN": 0.98,
    "VEHICLE_PLATE": 0.965,
}
MIN_PROTECTED_OVERALL = 0.985  # measured 0.996 at 0d5e870 (0.954 at 11fefef, 0.804 at ee91868)
MIN_TYPED_PRECISION = 0.97  # measured 0.982 at 0d5e870 (findings of a type overlapping its label)
MAX_NEGATIVES_FLAGGED = 0.02  # measured 0.010 at 0d5e870 (0.075 at 743530c, 0.570 at ee91868)
# PERSON without Faker's name lists (commit 0d8546f, 2026-12-04 04:49 UTC): typed precision measured 0.848 (0.786
# before), findings on the PII-free look-alikes 66 (112 before: firms, rooms, awards, teams read as people).
# At 11fefef (sixth session): precision 0.892, 60 findings on the look-alikes. At 50548a4 (seventh): 0.936, 60.
PERSON_MIN_PRECISION = 0.94  # 0.954 at 0d5e870
PERSON_MAX_NEGATIVE_FINDINGS = 3  # 1 at 0d5e870


@pytest.fixture(scope="module")
def reports(detector: TextDetector) -> dict[str, EvalReport]:
    return {
        "positives": evaluate(POSITIVES, detector, ALIASES),
        "negatives": evaluate(NEGATIVES, detector, ALIASES),
    }


@pytest.mark.parametrize(("entity", "floor"), sorted(PROTECTED_FLOORS.items()))
def test_protected_recall_does_not_fall(reports: dict[str, EvalReport], entity: str, floor: float) -> None:
    score = reports["positives"].entities[entity]
    assert score.support > 0
    assert score.protected_recall >= floor, f"{entity}: {score.protected_recall:.3f} < measured floor {floor}"


def test_overall_figures_do_not_fall(reports: dict[str, EvalReport]) -> None:
    overall = reports["positives"].overall
    assert overall.protected_recall >= MIN_PROTECTED_OVERALL
    assert overall.precision >= MIN_TYPED_PRECISION


def test_person_precision_and_look_alikes(reports: dict[str, EvalReport]) -> None:
    assert reports["positives"].entities["PERSON"].precision >= PERSON_MIN_PRECISION
    assert reports["negatives"].entities["PERSON"].predicted <= PERSON_MAX_NEGATIVE_FINDINGS


def test_negatives_flagged_does_not_rise(reports: dict[str, EvalReport]) -> None:
    negatives = reports["negatives"]
    assert negatives.documents == 200
    assert negatives.flagged_share <= MAX_NEGATIVES_FLAGGED


def _generate(out: Path, seed: int | None = None) -> None:
    cmd = [sys.executable, str(GENERATOR), "--out", str(out)] + ([] if seed is None else ["--seed", str(seed)])
    subprocess.run(cmd, cwd=ROOT, check=True, capture_output=True, timeout=300)


def test_generator_is_deterministic_and_made_the_committed_files(tmp_path: Path) -> None:
    first, second, other = tmp_path / "a", tmp_path / "b", tmp_path / "c"
    _generate(first)
    _generate(second)
    _generate(other, seed=7)
    for name in (POSITIVES.name, NEGATIVES.name):
        made = (first / name).read_bytes()
        assert made == (second / name).read_bytes()
        assert made == (DATA / name).read_bytes(), f"{name} differs from the generator's output: regenerate it"
        assert made != (other / name).read_bytes()


@pytest.mark.parametrize("path", [POSITIVES, NEGATIVES], ids=lambda p: p.name)
def test_every_label_is_its_value(path: Path) -> None:
    docs = load_corpus(path)
    assert len({d["id"] for d in docs}) == len(docs)
    valid = set(ALL_ENTITIES) | NEW_TYPES
    for doc in docs:
        text = doc["text"]
        previous_end = 0
        for span in sorted(doc["spans"], key=lambda s: s["start"]):
            value = text[span["start"] : span["end"]]
            assert value == span["text"], doc["id"]
            assert value and value == value.strip(), doc["id"]
            assert span["label"] in valid, doc["id"]
            assert span["start"] >= previous_end, f"{doc['id']}: overlapping labels"
            previous_end = span["end"]
    if path == NEGATIVES:
        assert all(not d["spans"] for d in docs)
    else:
        registers = {d["register"] for d in docs}
        assert registers == {"chat", "form", "tip", "memo"}
        labels = {s["label"] for d in docs for s in d["spans"]}
        assert NEW_TYPES <= labels
