"""The Presidio analyzer, built from the recognizer package and a configurable spaCy model, fully offline.

The built-in recognizers are the installed package `pii_pipeline_recognizers` (recognizers/ in the source
tree), found by importing it, wherever it is installed; each folder PII_PIPELINE_RECOGNIZERS lists is loaded
as a package of its own (`pii_pipeline_recognizers_<n>`), so its files may import their own helpers relatively.

Only what the recognizers use is computed: the model runs its NER component alone (a `tok2vec` that no
kept component listens to is dropped too), and the NLP artifacts carry the entities, with tokens' lemmas
and keywords built only if a recognizer asks for them.
"""

from __future__ import annotations

import functools
import importlib
import importlib.machinery
import importlib.util
import pkgutil
import sys
from pathlib import Path
from types import ModuleType

from pii_pipeline.config import DEFAULT_SPACY_MODEL
from pii_pipeline.entities import RECOGNIZERS_ENV as RECOGNIZERS_ENV  # re-exported: where folders are configured
from pii_pipeline.entities import RECOGNIZERS_PACKAGE, extra_recognizer_dirs, register_custom
from pii_pipeline.entities import default_recognizers_dir as default_recognizers_dir

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
def _build(model_name: str, recognizers_dirs: tuple[str, ...], builtin: bool = True):  # noqa: ANN202
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
    # Every recognizer comes from the recognizer packages, one per module; the NER model's PERSON entities
    # reach the results through pii_pipeline_recognizers.person_ner, which filters codes, acronyms and app names.
    packages = [importlib.import_module(RECOGNIZERS_PACKAGE)] if builtin else []
    packages += [
        folder_package(Path(name), f"{RECOGNIZERS_PACKAGE}_{index}")
        for index, name in enumerate(recognizers_dirs, start=1)
        if Path(name).is_dir()
    ]
    for package in packages:
        for folder in map(Path, package.__path__):
            for path in sorted(folder.glob("*.y*ml")):
                registry.add_recognizers_from_yaml(path)
        for recognizer in package_recognizers(package):
            registry.add_recognizer(recognizer)
        # A type no spec names is registered as a custom type (detected, pinnable, redacted by default) rather
        # than silently dropped; a name that cannot be a type fails here, naming the package and the recognizer.
        for recognizer in registry.recognizers:
            for entity in recognizer.supported_entities:
                try:
                    register_custom(entity)
                except ValueError as exc:
                    where = ", ".join(package.__path__)
                    raise ValueError(f"{where}: recognizer {recognizer.name}: {exc}") from None
    return AnalyzerEngine(registry=registry, nlp_engine=nlp_engine, supported_languages=["en"])


def folder_package(folder: Path, name: str) -> ModuleType:
    """`folder` as a freshly loaded package `name` (its `__init__.py` run, if it has one): its modules are
    `name.<stem>` and may import their own helpers relatively (`from ._helpers import X`) or the built-in
    ones (`from pii_pipeline_recognizers._recognizer_helpers import X`)."""
    for loaded in [m for m in sys.modules if m == name or m.startswith(name + ".")]:
        del sys.modules[loaded]  # an earlier folder loaded under this name
    init = folder / "__init__.py"
    if init.is_file():
        spec = importlib.util.spec_from_file_location(name, init, submodule_search_locations=[str(folder)])
    else:
        spec = importlib.machinery.ModuleSpec(name, None, is_package=True)
        spec.submodule_search_locations = [str(folder)]
    package = importlib.util.module_from_spec(spec)
    sys.modules[name] = package
    if spec.loader is not None:
        spec.loader.exec_module(package)
    return package


def package_recognizers(package: ModuleType) -> list:
    """The recognizers of `package`'s modules (a module starting with `_` is a helper; subpackages and folders
    such as templates/ are not looked into): the classes a module itself defines that are Presidio recognizers
    and not marked `ABSTRACT`, instantiated."""
    from presidio_analyzer import EntityRecognizer

    found = []
    names = sorted(m.name for m in pkgutil.iter_modules(package.__path__) if not m.ispkg and not m.name.startswith("_"))
    for stem in names:
        module = importlib.import_module(f"{package.__name__}.{stem}")
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
    """One analyzer per (model, recognizer folders) per process: the folder `recognizers_dir` alone when given,
    else the built-in package and the folders PII_PIPELINE_RECOGNIZERS lists."""
    if recognizers_dir is not None:
        return _build(model_name, (str(recognizers_dir),), builtin=False)
    return _build(model_name, tuple(str(f) for f in extra_recognizer_dirs()), builtin=True)
