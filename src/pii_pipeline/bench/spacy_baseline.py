"""spaCy's NER alone: the floor any NER-based detector on this model can reach."""

from __future__ import annotations

from pii_pipeline.config import DEFAULT_SPACY_MODEL


def ner_only(texts: list[str], processes: int, model: str = DEFAULT_SPACY_MODEL, batch_size: int = 256) -> int:
    import spacy

    nlp = spacy.load(model, exclude=[p for p in ("tagger", "parser", "attribute_ruler", "lemmatizer", "senter")])
    entities = 0
    for doc in nlp.pipe(texts, n_process=processes, batch_size=batch_size):
        entities += len(doc.ents)
    return entities
