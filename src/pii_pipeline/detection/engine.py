"""The Presidio analyzer, built from `recognizers/` and a configurable spaCy model, fully offline."""

from __future__ import annotations

import functools
import os
from pathlib import Path

from pii_pipeline.config import DEFAULT_SPACY_MODEL

from .offline import ensure_offline, require_model

RECOGNIZERS_ENV = "PII_PIPELINE_RECOGNIZERS"


def default_recognizers_dir() -> Path:
    env = os.environ.get(RECOGNIZERS_ENV)
    return Path(env) if env else Path(__file__).resolve().parents[3] / "recognizers"


@functools.cache
def _build(model_name: str, recognizers_dir: str):  # noqa: ANN202
    import spacy
    from presidio_analyzer import AnalyzerEngine, RecognizerRegistry
    from presidio_analyzer.nlp_engine import SpacyNlpEngine

    ensure_offline()
    require_model(model_name)
    nlp_engine = SpacyNlpEngine(models=[{"lang_code": "en", "model_name": model_name}])
    # Load the model ourselves: SpacyNlpEngine.load() would try to download a missing one.
    nlp_engine.nlp = {"en": spacy.load(model_name)}
    registry = RecognizerRegistry(supported_languages=["en"])
    registry.load_predefined_recognizers(languages=["en"], nlp_engine=nlp_engine)
    folder = Path(recognizers_dir)
    if folder.is_dir():
        for path in sorted(folder.glob("*.y*ml")):
            registry.add_recognizers_from_yaml(path)
    return AnalyzerEngine(registry=registry, nlp_engine=nlp_engine, supported_languages=["en"])


def build_analyzer(model_name: str = DEFAULT_SPACY_MODEL, recognizers_dir: Path | None = None):  # noqa: ANN201
    """One analyzer per (model, recognizers folder) per process."""
    return _build(model_name, str(recognizers_dir or default_recognizers_dir()))
