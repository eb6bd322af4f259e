"""Recognizers called directly, in Presidio's style: each test file gives one recognizer texts and checks its
own results (spans and scores), apart from the whole detector's resolution of overlaps."""

from __future__ import annotations

from collections.abc import Callable

import pytest


@pytest.fixture(scope="session")
def recognizer_by_name() -> Callable[[str], object]:
    """The loaded recognizer of a class name, from the analyzer the detector uses (one load per session)."""
    from pii_pipeline.detection.engine import build_analyzer

    loaded = {type(r).__name__: r for r in build_analyzer().registry.recognizers}

    def get(name: str) -> object:
        return loaded[name]

    return get


def found(recognizer, text: str, threshold: float = 0.5) -> list[tuple[str, float]]:  # noqa: ANN001
    """The values `recognizer` reports in `text` at or above `threshold`, with their scores, in text order."""
    results = recognizer.analyze(text=text, entities=recognizer.supported_entities, nlp_artifacts=None)
    return [(text[r.start : r.end], r.score) for r in sorted(results, key=lambda r: r.start) if r.score >= threshold]
