"""Plain Presidio, as a user would run it over a table: every cell analysed and anonymised."""

from __future__ import annotations

import pyarrow as pa

from pii_pipeline.config import DEFAULT_SPACY_MODEL


def plain_analyzer(model: str = DEFAULT_SPACY_MODEL):  # noqa: ANN201
    from presidio_analyzer import AnalyzerEngine
    from presidio_analyzer.nlp_engine import SpacyNlpEngine

    from pii_pipeline.detection.offline import ensure_offline, require_model

    ensure_offline()
    require_model(model)
    engine = SpacyNlpEngine(models=[{"lang_code": "en", "model_name": model}])
    engine.load()
    return AnalyzerEngine(nlp_engine=engine, supported_languages=["en"])


def run_presidio_table(table: pa.Table, analyzer) -> pa.Table:  # noqa: ANN001
    from presidio_analyzer import BatchAnalyzerEngine
    from presidio_anonymizer import BatchAnonymizerEngine

    columns = {
        name: [None if v is None else str(v) for v in table.column(name).to_pylist()] for name in table.column_names
    }
    results = BatchAnalyzerEngine(analyzer_engine=analyzer).analyze_dict(columns, language="en")
    anonymized = BatchAnonymizerEngine().anonymize_dict(results)
    return pa.table(
        {
            name: pa.array([None if v is None else str(v) for v in anonymized[name]], pa.string())
            for name in table.column_names
        }
    )


def run_presidio_texts(texts: list[str], analyzer) -> list[list]:  # noqa: ANN001
    return [analyzer.analyze(text=t, language="en") for t in texts]
