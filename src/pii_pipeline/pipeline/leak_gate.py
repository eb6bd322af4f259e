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
    """Findings of well-formed identifier types at or above the gate's threshold; each names row key and column."""
    return scan_file(
        staged,
        table=table.name,
        key_column=table.primary_key,
        batch_size=table.batch_size,
        threshold=gate_threshold(ctx),
        detector=detector if detector is not None else _LazyDetector(ctx.pipeline.detection),
        # Only check_field's refusal quotes `where`, and no type a Parquet file can hold is refused there.
        where=f"{ctx.pipeline.name}.{table.name}: leak gate",  # pragma: no mutate
    )


def scan_file(
    staged: Path,
    *,
    table: str,
    key_column: str | None,
    batch_size: int,
    threshold: float,
    detector,  # noqa: ANN001 - a SpanDetector
    where: str,
) -> list[dict]:
    """The gate over one Parquet file: a row is named by its `key_column` value, or without one by its
    place in the file ("row 12", counted from 1).

    What de-identification wrote (tokens, markers, masks) is blanked first; a vectorised screen then
    picks the cells that could still hold a structured identifier, and only those are analysed.
    """
    from pii_pipeline.detection.shapes import screen
    from pii_pipeline.detection.table_scan import STRICT_TYPES

    leaks: list[dict] = []
    pf = pq.ParquetFile(staged, pre_buffer=False)
    # Every published column that can carry text, whatever its Arrow type (bytes, lists, structs,
    # dictionaries): a type that cannot be read fails the gate rather than passing unscanned.
    for field in pf.schema_arrow:
        arrow_text.check_field(field, where)  # pragma: no mutate (see scan_output: `where` is never shown)
    text_columns = [f.name for f in pf.schema_arrow if arrow_text.carries_text(f.type)]
    offset = 0
    for batch in pf.iter_batches(batch_size=batch_size):
        keys = pc.cast(batch.column(key_column), pa.string()) if key_column in batch.schema.names else None
        for column in text_columns:
            texts, _ = arrow_text.to_text(batch.column(column), replace=True)
            residue = pc.replace_substring_regex(texts, _PRODUCED.pattern, " ")
            rows = pc.indices_nonzero(screen(residue))
            if len(rows) == 0:
                continue
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
                                "table": table,
                                "column": column,
                                "row_key": keys[row].as_py() if keys is not None else f"row {offset + row + 1}",
                                "entity_type": span.entity_type,
                                "score": round(span.score, 3),
                            }
                        )
        offset += batch.num_rows
    return leaks


class _LazyDetector:
    """The gate's own detector, loaded only when a cell passes the screen (most outputs have none)."""

    def __init__(self, detection) -> None:  # noqa: ANN001 - DetectionConfig
        self.detection = detection
        self.real = None

    def detect(self, texts, column_hint=None):  # noqa: ANN001, ANN201
        if self.real is None:
            self.real = strict_detector(self.detection)
        # The gate asks without a column hint (scan_file); the hint is passed on only to keep the protocol.
        return self.real.detect(texts, column_hint=column_hint)  # pragma: no mutate


def gate_threshold(ctx: RunContext) -> float:
    return threshold_of(ctx.pipeline.detection)


def threshold_of(detection) -> float:  # noqa: ANN001 - DetectionConfig
    """The detection threshold unless `leak_threshold` is set: a bare SSN or phone (no context word)
    scores 0.5-0.75 and is kept by detection in any column, so the gate must see it too."""
    return detection.score_threshold if detection.leak_threshold is None else detection.leak_threshold


def strict_detector(detection):  # noqa: ANN001, ANN201 - DetectionConfig -> TextDetector
    from pii_pipeline.detection.table_scan import STRICT_TYPES
    from pii_pipeline.detection.text import TextDetector

    return TextDetector(
        model_name=detection.model, score_threshold=threshold_of(detection), entities=sorted(STRICT_TYPES)
    )
