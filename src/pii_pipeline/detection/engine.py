"""The Presidio analyzer, built from `recognizers/` and a configurable spaCy model, fully offline."""

from __future__ import annotations

import functools
import importlib.util
import os
import sys
from pathlib import Path

from pii_pipeline.config import DEFAULT_SPACY_MODEL

from .offline import ensure_offline, require_model

RECOGNIZERS_ENV = "PII_PIPELINE_RECOGNIZERS"
LOWER_LEMMA = "pii_lower_lemma"
_UNNEEDED_COMPONENTS = ("parser", "tagger", "attribute_ruler", "lemmatizer", "senter", "morphologizer")
_IGNORED_NER_LABELS = (
    "CARDINAL", "ORDINAL", "QUANTITY", "MONEY", "PERCENT", "PRODUCT", "EVENT", "WORK_OF_ART", "LAW",
    "LANGUAGE", "FAC", "DATE", "TIME", "ORG", "NORP", "GPE", "LOC",
)  # fmt: skip


def _register_lower_lemma() -> None:
    from spacy.language import Language

    if LOWER_LEMMA in Language.factories:
        return

    @Language.component(LOWER_LEMMA)
    def lower_lemma(doc):  # noqa: ANN001, ANN202
        for token in doc:
            token.lemma_ = token.lower_
        return doc


def default_recognizers_dir() -> Path:
    env = os.environ.get(RECOGNIZERS_ENV)
    return Path(env) if env else Path(__file__).resolve().parents[3] / "recognizers"


@functools.cache
def _build(model_name: str, recognizers_dir: str):  # noqa: ANN202
    import spacy
    from presidio_analyzer import AnalyzerEngine, RecognizerRegistry
    from presidio_analyzer.nlp_engine import NerModelConfiguration, SpacyNlpEngine

    ensure_offline()
    require_model(model_name)
    _register_lower_lemma()
    nlp_engine = SpacyNlpEngine(
        models=[{"lang_code": "en", "model_name": model_name}],
        ner_model_configuration=NerModelConfiguration(labels_to_ignore=list(_IGNORED_NER_LABELS)),
    )
    # Load the model ourselves: SpacyNlpEngine.load() would try to download a missing one. Only the
    # components NER needs run; lower-cased tokens stand in for lemmas in Presidio's context matching.
    nlp = spacy.load(model_name, exclude=[c for c in _UNNEEDED_COMPONENTS])
    nlp.add_pipe(LOWER_LEMMA)
    nlp_engine.nlp = {"en": nlp}
    registry = RecognizerRegistry(supported_languages=["en"])
    # Every recognizer comes from the recognizers folder, one per file; the NER model's PERSON entities
    # reach the results through recognizers/person_ner.py, which filters codes, acronyms and app names.
    folder = Path(recognizers_dir)
    if folder.is_dir():
        for path in sorted(folder.glob("*.y*ml")):
            registry.add_recognizers_from_yaml(path)
        for recognizer in python_recognizers(folder):
            registry.add_recognizer(recognizer)
    return AnalyzerEngine(registry=registry, nlp_engine=nlp_engine, supported_languages=["en"])


def python_recognizers(folder: Path) -> list:
    """One recognizer class per `.py` file in `folder` (files starting with `_` are helpers)."""
    from presidio_analyzer import EntityRecognizer

    found = []
    if str(folder) not in sys.path:
        sys.path.insert(0, str(folder))  # so recognizer files can import their shared helpers
    for path in sorted(folder.glob("*.py")):
        if path.name.startswith("_"):
            continue
        spec = importlib.util.spec_from_file_location(f"pii_pipeline_recognizers.{path.stem}", path)
        module = importlib.util.module_from_spec(spec)
        sys.modules[spec.name] = module
        spec.loader.exec_module(module)
        classes = [
            obj
            for obj in vars(module).values()
            if isinstance(obj, type)
            and issubclass(obj, EntityRecognizer)
            and obj.__module__ == module.__name__
            and not getattr(obj, "ABSTRACT", False)
        ]
        found.extend(cls() for cls in classes)
    return found


def build_analyzer(model_name: str = DEFAULT_SPACY_MODEL, recognizers_dir: Path | None = None):  # noqa: ANN201
    """One analyzer per (model, recognizers folder) per process."""
    return _build(model_name, str(recognizers_dir or default_recognizers_dir()))
