"""Types that cross the boundaries between the pipeline's parts.

None of them carries a raw value: a finding says where and what, never the text it covers.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

import pyarrow as pa

from pii_pipeline.entities import builtin_specs as _entity_specs


@dataclass(frozen=True, slots=True)
class Span:
    """A personal value inside one text: character offsets into the original text, end exclusive."""

    entity_type: str
    start: int
    end: int
    score: float
    recognizer: str = ""
    # Why it was reported, when a reviewer should know ("no context word": a well-formed identifier reported on its
    # shape and check alone). Never the value.
    reason: str = ""


class ColumnKind(StrEnum):
    IDENTIFIER = "identifier"  # every non-null cell is a personal value of `entity_types`
    FREE_TEXT = "free_text"  # personal values sit inside sentences
    # Short cells joining a person's name, a relation and a phone or e-mail ("Ana Ruiz (wife)
    # 415-555-0134"): split by shape into parts of `entity_types`, the rest of the cell kept.
    COMPOSITE = "composite"
    CLEAN = "clean"  # no personal data expected; still spot-checked by the leak gate


# The parts a composite cell is split into: what `ColumnKind.COMPOSITE` columns can hold.
COMPOSITE_ENTITIES: tuple[str, ...] = ("PERSON", "PHONE_NUMBER", "EMAIL_ADDRESS")


def pinned_entity_types(kind: ColumnKind, entity_types: list[str]) -> list[str]:
    """The entity types a person's pin of `kind` means (a composite pin without types: all its parts).
    Raises ValueError for a pin that could not do what it says; the configuration and the
    reviewed-decisions file both check their pins with it."""
    if kind == ColumnKind.IDENTIFIER and not entity_types:
        raise ValueError("an identifier column needs entity_types")
    if kind == ColumnKind.COMPOSITE:
        other = [t for t in entity_types if t not in COMPOSITE_ENTITIES]
        if other:
            raise ValueError(
                f"a composite column holds {', '.join(COMPOSITE_ENTITIES)} only (not {', '.join(other)}); "
                "leave entity_types out to mean all of them"
            )
        return list(entity_types) or list(COMPOSITE_ENTITIES)
    if kind in (ColumnKind.FREE_TEXT, ColumnKind.CLEAN) and entity_types:
        hint = "; for short cells of a name, a relation and a phone or e-mail use kind: composite"
        raise ValueError(
            f"entity_types have no effect on a {kind.value} column" + (hint if kind == ColumnKind.FREE_TEXT else "")
        )
    return list(entity_types)


@dataclass(slots=True)
class ColumnDecision:
    """What a column is and why: the evidence a security reviewer needs, no values."""

    column: str
    kind: ColumnKind
    entity_types: list[str] = field(default_factory=list)
    sample_size: int = 0
    match_share: float = 0.0
    score: float = 0.0
    pinned: bool = False
    reason: str = ""


# One finding per detected value. `start`/`end` are null when the whole cell is the value.
FINDINGS_SCHEMA = pa.schema(
    [
        pa.field("table", pa.string(), nullable=False),
        pa.field("column", pa.string(), nullable=False),
        pa.field("row_key", pa.string(), nullable=False),
        pa.field("entity_type", pa.string(), nullable=False),
        pa.field("start", pa.int32()),
        pa.field("end", pa.int32()),
        pa.field("score", pa.float32(), nullable=False),
        pa.field("recognizer", pa.string(), nullable=False),
        pa.field("reason", pa.string()),
    ]
)

# The entity names of the product's contract (detect/redact outputs use these), derived from the entity
# registry (`entities.py`). Types a recognizer declares beyond these are custom: `entities.entity_names()`.
CORE_ENTITIES: tuple[str, ...] = tuple(s.name for s in _entity_specs() if not s.sensitive)
SENSITIVE_ENTITIES: tuple[str, ...] = tuple(s.name for s in _entity_specs() if s.sensitive)
ALL_ENTITIES: tuple[str, ...] = CORE_ENTITIES + SENSITIVE_ENTITIES
