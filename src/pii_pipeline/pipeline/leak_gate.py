"""The leak gate: the staged output is scanned again before it may be published."""

from __future__ import annotations

import re
from pathlib import Path

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from pii_pipeline import arrow_text
from pii_pipeline.config import TableConfig

from .context import RunContext

# What de-identification writes: tokens, markers and masks. A finding inside one is not a leak.
_PRODUCED = re.compile(r"(?:tok|enc)_v\d+_[A-Z_]+_[A-Za-z0-9_\-]+|<[A-Z_]+>|[*]+[-\s*]*[*]+")


def _inside_produced(text: str, start: int, end: int) -> bool:
    return any(m.start() <= start and end <= m.end() for m in _PRODUCED.finditer(text))


def scan_output(ctx: RunContext, table: TableConfig, staged: Path, detector=None) -> list[dict]:  # noqa: ANN001
    """Findings of high-precision types at or above the leak threshold; each names row key and column.

    What de-identification wrote (tokens, markers, masks) is blanked first; a vectorised screen then
    picks the cells that could still hold a structured identifier, and only those are analysed.
    """
    from pii_pipeline.detection.shapes import screen
    from pii_pipeline.detection.table_scan import STRICT_TYPES

    threshold = ctx.pipeline.detection.leak_threshold
    leaks: list[dict] = []
    pf = pq.ParquetFile(staged, pre_buffer=False)
    # Every published column that can carry text, whatever its Arrow type (bytes, lists, structs,
    # dictionaries): a type that cannot be read fails the gate rather than passing unscanned.
    for field in pf.schema_arrow:
        arrow_text.check_field(field, f"{ctx.pipeline.name}.{table.name}: leak gate")
    text_columns = [f.name for f in pf.schema_arrow if arrow_text.carries_text(f.type)]
    for batch in pf.iter_batches(batch_size=table.batch_size):
        keys = (
            pc.cast(batch.column(table.primary_key), pa.string()) if table.primary_key in batch.schema.names else None
        )
        for column in text_columns:
            texts, _ = arrow_text.to_text(batch.column(column), replace=True)
            residue = pc.replace_substring_regex(texts, _PRODUCED.pattern, " ")
            rows = pc.indices_nonzero(screen(residue))
            if len(rows) == 0:
                continue
            if detector is None:
                detector = _strict_detector(ctx)
            candidates = pc.take(texts, rows).to_pylist()
            for row, text, spans in zip(rows.to_pylist(), candidates, detector.detect(candidates), strict=True):
                for span in spans:
                    if (
                        span.entity_type in STRICT_TYPES
                        and span.score >= threshold
                        and not _inside_produced(text, span.start, span.end)
                    ):
                        leaks.append(
                            {
                                "table": table.name,
                                "column": column,
                                "row_key": keys[row].as_py() if keys is not None else str(row),
                                "entity_type": span.entity_type,
                                "score": round(span.score, 3),
                            }
                        )
    return leaks


def _strict_detector(ctx: RunContext):  # noqa: ANN202
    from pii_pipeline.detection.table_scan import STRICT_TYPES
    from pii_pipeline.detection.text import TextDetector

    det = ctx.pipeline.detection
    return TextDetector(model_name=det.model, score_threshold=det.leak_threshold, entities=sorted(STRICT_TYPES))
