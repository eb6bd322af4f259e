"""Recognizers called directly, in Presidio's style: one file per recognizer, its class imported from the package
`pii_pipeline_recognizers` (recognizers/) as the engine imports it, `analyze` called on plain text (no NLP
artifacts: these recognizers read none); or, for those that read the NER model's entities, the recognizer the
detector's analyzer loaded (`recognizer_by_name`). Each test file checks its own recognizer's results (spans and
scores), apart from the whole detector's resolution of overlaps."""

from __future__ import annotations

import importlib
from collections.abc import Callable

import pytest
from presidio_analyzer import EntityRecognizer


def load_recognizer(stem: str) -> EntityRecognizer:
    """The one recognizer class defined in the module `pii_pipeline_recognizers.<stem>`, instantiated."""
    module = importlib.import_module(f"pii_pipeline_recognizers.{stem}")
    classes = [
        obj
        for obj in vars(module).values()
        if isinstance(obj, type) and issubclass(obj, EntityRecognizer) and obj.__module__ == module.__name__
    ]
    assert len(classes) == 1, f"{stem}.py should define one recognizer"
    recognizer = classes[0]()
    recognizer.load()
    return recognizer


Finder = Callable[[str], list[tuple[str, str, float]]]


@pytest.fixture(scope="module")
def find(request: pytest.FixtureRequest) -> Finder:
    """`find(text)`: the (entity, value, score) the module's RECOGNIZER (a file stem) reports, threshold 0.5."""
    recognizer = load_recognizer(request.module.RECOGNIZER)

    def run(text: str) -> list[tuple[str, str, float]]:
        results = recognizer.analyze(text, recognizer.supported_entities, None)
        return sorted(
            ((r.entity_type, text[r.start : r.end], r.score) for r in results if r.score >= 0.5),
            key=lambda t: text.index(t[1]),
        )

    run.recognizer = recognizer  # type: ignore[attr-defined]
    return run


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
