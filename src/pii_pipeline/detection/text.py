"""Span detection in free text: spaCy in batches, Presidio's recognizers once per distinct text."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from pii_pipeline.config import DEFAULT_SPACY_MODEL
from pii_pipeline.types import ALL_ENTITIES, Span

from .engine import build_analyzer

# Not personal information on their own.
NOT_REPORTED = frozenset({"DATE_TIME", "ORGANIZATION", "NRP", "LOCATION", "CRYPTO", "MEDICAL_LICENSE", "UK_NHS"})


def resolve_overlaps(spans: list[Span]) -> list[Span]:
    """One answer per span: keep the best-scored (then longest) of overlapping results."""
    ordered = sorted(spans, key=lambda s: (-s.score, -(s.end - s.start), s.start))
    kept: list[Span] = []
    for span in ordered:
        if all(span.end <= k.start or span.start >= k.end for k in kept):
            kept.append(span)
    return sorted(kept, key=lambda s: s.start)


class TextDetector:
    def __init__(
        self,
        model_name: str = DEFAULT_SPACY_MODEL,
        recognizers_dir: Path | None = None,
        score_threshold: float = 0.5,
        entities: Sequence[str] | None = None,
        processes: int = 1,
    ) -> None:
        self.analyzer = build_analyzer(model_name, recognizers_dir)
        self.score_threshold = score_threshold
        self.entities = set(entities) if entities else set(ALL_ENTITIES)
        self.processes = processes

    def detect(self, texts: Sequence[str | None], column_hint: str | None = None) -> list[list[Span]]:
        unique = list(dict.fromkeys(t for t in texts if isinstance(t, str) and t.strip()))
        found: dict[str, list[Span]] = {}
        batches = self.analyzer.nlp_engine.process_batch(unique, "en", batch_size=64, n_process=self.processes)
        for text, artifacts in batches:
            results = self.analyzer.analyze(
                text=text, language="en", nlp_artifacts=artifacts, score_threshold=self.score_threshold
            )
            spans = [
                Span(r.entity_type, r.start, r.end, float(r.score), r.recognition_metadata.get("recognizer_name", ""))
                for r in results
                if r.entity_type in self.entities and r.entity_type not in NOT_REPORTED
            ]
            found[text] = resolve_overlaps(spans)
        return [found.get(t, []) if isinstance(t, str) else [] for t in texts]
