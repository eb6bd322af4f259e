"""AGE is a type of ours now: corpus AGE labels are scored, and a child's age found as MINOR_AGE counts for them."""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path

from pii_pipeline.detection.evaluate import evaluate
from pii_pipeline.types import Span


class FixedDetector:
    def __init__(self, spans: list[list[Span]]) -> None:
        self.spans = spans

    def detect(self, texts: Sequence[str | None], column_hint: str | None = None) -> list[list[Span]]:
        return self.spans[: len(texts)]


def test_age_labels_are_scored_and_minor_age_counts_for_them(tmp_path: Path) -> None:
    docs = [
        {"id": "a", "text": "a 34-year-old man", "spans": [{"start": 2, "end": 13, "label": "AGE"}]},
        {"id": "b", "text": "she is 12 now", "spans": [{"start": 7, "end": 9, "label": "AGE"}]},
        {"id": "c", "text": "he is 50 today", "spans": [{"start": 6, "end": 8, "label": "AGE"}]},
    ]
    path = tmp_path / "c.jsonl"
    path.write_text("".join(json.dumps(d) + "\n" for d in docs), encoding="utf-8")
    found = [[Span("AGE", 2, 13, 0.9)], [Span("MINOR_AGE", 7, 9, 0.9)], []]
    report = evaluate(path, FixedDetector(found))
    age, minor = report.entities["AGE"], report.entities["MINOR_AGE"]
    assert (age.support, age.found, age.protected) == (3, 2, 2)  # the third is missed, not ignored
    assert minor.predicted == 1 and minor.precision == 1.0
    assert report.neutral_findings == 0
