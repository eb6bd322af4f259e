"""LOCATION is a type of ours: corpus LOCATION labels (towns, regions) are scored; GPE and LOC, which mix in
countries, stay neutral."""

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


def test_location_labels_are_scored_and_gpe_stays_neutral(tmp_path: Path) -> None:
    docs = [
        {"id": "a", "text": "a man from Dayton, OH", "spans": [{"start": 11, "end": 21, "label": "LOCATION"}]},
        {"id": "b", "text": "lives near Tulsa", "spans": [{"start": 11, "end": 16, "label": "LOCATION"}]},
        {"id": "c", "text": "flew to Norway", "spans": [{"start": 8, "end": 14, "label": "GPE"}]},
    ]
    path = tmp_path / "c.jsonl"
    path.write_text("".join(json.dumps(d) + "\n" for d in docs), encoding="utf-8")
    found = [[Span("LOCATION", 11, 21, 0.9)], [], [Span("LOCATION", 8, 14, 0.6)]]
    report = evaluate(path, FixedDetector(found))
    loc = report.entities["LOCATION"]
    assert (loc.support, loc.found, loc.protected) == (2, 1, 1)  # Tulsa is missed, not ignored
    assert loc.predicted == 1  # the finding over a GPE label is neutral, neither right nor wrong
    assert report.neutral_findings == 1
