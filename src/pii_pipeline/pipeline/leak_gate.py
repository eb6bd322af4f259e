"""The leak gate: the staged output is scanned again before it may be published."""

from __future__ import annotations

import re
from pathlib import Path

import pyarrow.compute as pc
import pyarrow.parquet as pq

from pii_pipeline.config import TableConfig

from .context import RunContext

# What de-identification writes: tokens, markers and masks. A finding inside one is not a leak.
_PRODUCED = re.compile(r"(?:tok|enc)_v\d+_[A-Z_]+_[A-Za-z0-9_\-]+|<[A-Z_]+>|[*]+[-\s*]*[*]+")


def _inside_produced(text: str, start: int, end: int) -> bool:
    return any(m.start() <= start and end <= m.end() for m in _PRODUCED.finditer(text))


def scan_output(ctx: RunContext, table: TableConfig, staged: Path, detector=None) -> list[dict]:  # noqa: ANN001
    """Findings of high-precision types at or above the leak threshold; each names row key and column."""
    from pii_pipeline.detection.table_scan import STRICT_TYPES
    from pii_pipeline.detection.text import TextDetector

    threshold = ctx.pipeline.detection.leak_threshold
    detector = detector or TextDetector(
        model_name=ctx.pipeline.detection.model, score_threshold=threshold, entities=sorted(STRICT_TYPES)
    )
    leaks: list[dict] = []
    pf = pq.ParquetFile(staged)
    text_columns = [f.name for f in pf.schema_arrow if f.type in ("string", "large_string") or str(f.type) == "string"]
    for batch in pf.iter_batches(batch_size=table.batch_size):
        keys = (
            pc.cast(batch.column(table.primary_key), "string").to_pylist()
            if table.primary_key in batch.schema.names
            else None
        )
        for column in text_columns:
            values = batch.column(column)
            uniques = pc.unique(values)
            texts = [v if isinstance(v, str) else None for v in uniques.to_pylist()]
            results = detector.detect(texts, column_hint=None)
            bad = {
                i: [
                    s
                    for s in spans
                    if s.entity_type in STRICT_TYPES
                    and s.score >= threshold
                    and not _inside_produced(texts[i], s.start, s.end)
                ]
                for i, spans in enumerate(results)
                if spans
            }
            bad = {i: spans for i, spans in bad.items() if spans}
            if not bad:
                continue
            index = pc.index_in(values, value_set=uniques).to_pylist()
            for row, idx in enumerate(index):
                for span in bad.get(idx, ()):
                    leaks.append(
                        {
                            "table": table.name,
                            "column": column,
                            "row_key": keys[row] if keys else str(row),
                            "entity_type": span.entity_type,
                            "score": round(span.score, 3),
                        }
                    )
    return leaks
