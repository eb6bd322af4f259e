"""The Presidio analyzer, built from `recognizers/` and a configurable spaCy model, fully offline.

Only what the recognizers use is computed: the model runs its NER component alone (a `tok2vec` that no
kept component listens to is dropped too), and the NLP artifacts carry the entities, with tokens' lemmas
and keywords built only if a recognizer asks for them.
"""

from __future__ import annotations

import functools
import importlib.util
import sys
from pathlib import Path

from pii_pipeline.config import DEFAULT_SPACY_MODEL
from pii_pipeline.entities import RECOGNIZERS_ENV as RECOGNIZERS_ENV  # re-exported: where folders are configured
from pii_pipeline.entities import default_recognizers_dir as default_recognizers_dir
from pii_pipeline.entities import recognizer_dirs, register_custom

from .offline import ensure_offline, require_model

_UNNEEDED_COMPONENTS = ("parser", "tagger", "attribute_ruler", "lemmatizer", "senter", "morphologizer")
_IGNORED_NER_LABELS = (
    "CARDINAL", "ORDINAL", "QUANTITY", "MONEY", "PERCENT", "PRODUCT", "EVENT", "WORK_OF_ART", "LAW",
    "LANGUAGE", "FAC", "DATE", "TIME", "ORG", "NORP", "GPE", "LOC",
)  # fmt: skip


def load_ner_pipeline(model_name: str = DEFAULT_SPACY_MODEL):  # noqa: ANN201
    """`model_name` with only its NER component and what NER reads from.

    Tagger, parser, lemmatizer and the like are excluded; so is a shared `tok2vec` (or `transformer`)
    when no kept component listens to it (the small English models' NER embeds the text itself, and
    their shared `tok2vec` only feeds the tagger and the parser). The entities are the same as with
    the full pipeline. Also the spaCy-alone baseline of `pii-pipeline bench`.
    """
    import spacy

    nlp = spacy.load(model_name, exclude=list(_UNNEEDED_COMPONENTS))
    for name, component in list(nlp.pipeline):
        listeners = getattr(component, "listening_components", None)
        if listeners is not None and not listeners:
            nlp.remove_pipe(name)
    return nlp


def _lazy_artifacts_class():  # noqa: ANN202
    from presidio_analyzer.nlp_engine import NlpArtifacts

    class LazyNlpArtifacts(NlpArtifacts):
        """Presidio's NlpArtifacts with tokens' lemmas, offsets and keywords computed on first use.

        No recognizer of ours reads them (only the entities), and building them costs a pass over
        every token plus a vocabulary lookup per token. Lemmas are the lower-cased tokens: the
        pipeline has no lemmatizer, and lower-cased words are what context words are matched against.
        """

        def __init__(self, entities, doc, nlp_engine, language, scores) -> None:  # noqa: ANN001
            self.entities = entities
            self.tokens = doc
            self.nlp_engine = nlp_engine
            self.language = language
            self.scores = scores if scores else [0.85] * len(entities)

        @functools.cached_property
        def lemmas(self) -> list[str]:
            return [token.lower_ for token in self.tokens]

        @functools.cached_property
        def tokens_indices(self) -> list[int]:
            return [token.idx for token in self.tokens]

        @functools.cached_property
        def keywords(self) -> list[str]:
            return self.set_keywords(self.nlp_engine, self.lemmas, self.language)

        def to_json(self) -> str:
            _ = self.lemmas, self.tokens_indices, self.keywords
            return super().to_json()

    return LazyNlpArtifacts


def _ner_nlp_engine_class():  # noqa: ANN202
    from presidio_analyzer.nlp_engine import SpacyNlpEngine

    artifacts_class = _lazy_artifacts_class()

    class NerSpacyNlpEngine(SpacyNlpEngine):
        """SpacyNlpEngine whose artifacts are lazy (see LazyNlpArtifacts), reading `doc.ents` once."""

        def _doc_to_nlp_artifact(self, doc, language: str):  # noqa: ANN001, ANN202
            entities = list(doc.ents)
            scores = [self.ner_model_configuration.default_score] * len(entities)
            entities, scores = self._get_updated_entities(entities, scores)
            return artifacts_class(entities, doc, self, language, scores)

        def artifacts_batch(self, texts: list[str], language: str, batch_size: int):  # noqa: ANN202
            """The artifacts of `texts`, in order: `process_batch` without its `doc.text` (which rebuilds each
            text from its tokens, and is the text given)."""
            for doc in self.nlp[language].pipe(texts, batch_size=batch_size):
                yield self._doc_to_nlp_artifact(doc, language)

    return NerSpacyNlpEngine


@functools.cache
def _build(model_name: str, recognizers_dirs: tuple[str, ...]):  # noqa: ANN202
    from presidio_analyzer import AnalyzerEngine, RecognizerRegistry
    from presidio_analyzer.nlp_engine import NerModelConfiguration

    ensure_offline()
    require_model(model_name)
    nlp_engine = _ner_nlp_engine_class()(
        models=[{"lang_code": "en", "model_name": model_name}],
        ner_model_configuration=NerModelConfiguration(labels_to_ignore=list(_IGNORED_NER_LABELS)),
    )
    # Load the model ourselves: SpacyNlpEngine.load() would try to download a missing one.
    nlp_engine.nlp = {"en": load_ner_pipeline(model_name)}
    registry = RecognizerRegistry(supported_languages=["en"])
    # Every recognizer comes from the recognizer folders, one per file; the NER model's PERSON entities
    # reach the results through recognizers/person_ner.py, which filters codes, acronyms and app names.
    for index, name in enumerate(recognizers_dirs):
        folder = Path(name)
        if not folder.is_dir():
            continue
        for path in sorted(folder.glob("*.y*ml")):
            registry.add_recognizers_from_yaml(path)
        loaded = python_recognizers(folder, prefix="pii_pipeline_recognizers" + (f"_{index}" if index else ""))
        for recognizer in loaded:
            registry.add_recognizer(recognizer)
        # A type no spec names is registered as a custom type (detected, pinnable, redacted by default) rather
        # than silently dropped; a name that cannot be a type fails here, naming the folder and the recognizer.
        for recognizer in registry.recognizers:
            for entity in recognizer.supported_entities:
                try:
                    register_custom(entity)
                except ValueError as exc:
                    raise ValueError(f"{folder}: recognizer {recognizer.name}: {exc}") from None
    return AnalyzerEngine(registry=registry, nlp_engine=nlp_engine, supported_languages=["en"])


def python_recognizers(folder: Path, prefix: str = "pii_pipeline_recognizers") -> list:
    """One recognizer class per `.py` file in `folder` (files starting with `_` are helpers), imported as
    `<prefix>.<stem>` (a prefix per folder: an extra folder's file may share a built-in file's name)."""
    from presidio_analyzer import EntityRecognizer

    found = []
    if str(folder) not in sys.path:
        sys.path.insert(0, str(folder))  # so recognizer files can import their shared helpers
    for path in sorted(folder.glob("*.py")):
        if path.name.startswith("_"):
            continue
        spec = importlib.util.spec_from_file_location(f"{prefix}.{path.stem}", path)
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
    """One analyzer per (model, recognizer folders) per process: `recognizers_dir` alone when given, else the
    project's folder and those PII_PIPELINE_RECOGNIZERS lists."""
    folders = (recognizers_dir,) if recognizers_dir is not None else recognizer_dirs()
    return _build(model_name, tuple(str(f) for f in folders))
