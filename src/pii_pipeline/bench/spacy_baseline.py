"""spaCy's NER alone: the floor any NER-based detector on this model can reach.

The model is the detector's own NER pipeline (`load_ner_pipeline`: the NER component and nothing it does
not read from), loaded before timing. Two ways of spreading it over processes are measured, and the bench
holds our detector to the faster one:

- `ner_only`: `nlp.pipe(n_process=...)`, spaCy's own multiprocessing (documents come back serialised);
- `ner_only_forked`: forked workers sharing the loaded model, each running `nlp.pipe` on a share of the
  texts and sending back only the entities' offsets and labels, as our detector's workers do.
"""

from __future__ import annotations

import functools
import multiprocessing

from pii_pipeline.config import DEFAULT_SPACY_MODEL

_NLP = None


@functools.cache
def ner_pipeline(model: str = DEFAULT_SPACY_MODEL):  # noqa: ANN201
    from pii_pipeline.detection.engine import load_ner_pipeline

    return load_ner_pipeline(model)


def ner_only(texts: list[str], processes: int, model: str = DEFAULT_SPACY_MODEL, batch_size: int = 64) -> int:
    nlp = ner_pipeline(model)
    entities = 0
    for doc in nlp.pipe(texts, n_process=processes, batch_size=batch_size):
        entities += len(doc.ents)
    return entities


def _entities(texts: list[str]) -> list[list[tuple[int, int, str]]]:
    assert _NLP is not None
    return [
        [(e.start_char, e.end_char, e.label_) for e in doc.ents]
        for doc in _NLP.pipe(texts, batch_size=max(1, min(128, len(texts))))
    ]


def ner_only_forked(texts: list[str], processes: int, model: str = DEFAULT_SPACY_MODEL) -> int:
    global _NLP
    _NLP = ner_pipeline(model)
    if processes <= 1:
        return sum(len(found) for found in _entities(texts))
    size = max(16, -(-len(texts) // (processes * 4)))
    chunks = [texts[i : i + size] for i in range(0, len(texts), size)]
    with multiprocessing.get_context("fork").Pool(processes) as pool:
        parts = pool.map(_entities, chunks, chunksize=1)
    return sum(len(found) for part in parts for found in part)
