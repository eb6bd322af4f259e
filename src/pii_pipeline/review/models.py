"""The reviewed-decisions file: what security staff decided about findings and columns.

    version: 1
    allow_columns:          # table + column + entity type -> those findings are ignored (false positive)
      - {table: donations, column: team_name, entity_type: PERSON, reviewer: a.lee, reviewed_on: 2026-02-01}
    allow_values:           # one value (its report-domain hash, from a report) -> ignored
      - {value_hash: "rh1:…", entity_type: PHONE_NUMBER, reviewer: a.lee, reviewed_on: 2026-02-01}
    pins:                   # table + column -> this classification, whatever the classifier says
      - {table: donations, column: campaign_code, kind: clean, reviewer: a.lee, reviewed_on: 2026-02-01}
    confirmed:              # a surprise looked at and confirmed as personal data: still found, no longer on top
      - {table: donations, column: memo, entity_type: US_SSN, reviewer: a.lee, reviewed_on: 2026-02-01}

`note` is for the reviewer's own words; reports never show it (it may name someone).
"""

from __future__ import annotations

from datetime import date
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, PrivateAttr, field_validator, model_validator

from pii_pipeline.config.errors import ConfigError
from pii_pipeline.entities import is_known
from pii_pipeline.types import ColumnKind, pinned_entity_types

_IDENT = r"^[A-Za-z_][A-Za-z0-9_]*$"


class ReviewError(ConfigError):
    """The reviewed-decisions file is wrong; the message names the file and the field, never a value."""


def _known_entity(value: str) -> str:
    if not is_known(value):
        raise ValueError("unknown entity type")
    return value


class _Entry(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    reviewer: str = Field(min_length=1, max_length=120)
    reviewed_on: date
    reference: str = Field(default="", max_length=200)  # ticket or case id
    note: str = Field(default="", max_length=2000)


class ColumnAllow(_Entry):
    table: str = Field(pattern=_IDENT)
    column: str = Field(pattern=_IDENT)
    entity_type: str

    _entity = field_validator("entity_type")(classmethod(lambda cls, v: _known_entity(v)))


class ValueAllow(_Entry):
    value_hash: str = Field(pattern=r"^rh1:[0-9a-f]{24}$")
    # Optional narrowing: the hash is ignored only there.
    table: str | None = Field(default=None, pattern=_IDENT)
    column: str | None = Field(default=None, pattern=_IDENT)
    entity_type: str | None = None

    @field_validator("entity_type")
    @classmethod
    def _entity(cls, value: str | None) -> str | None:
        return None if value is None else _known_entity(value)


class ReviewedPin(_Entry):
    table: str = Field(pattern=_IDENT)
    column: str = Field(pattern=_IDENT)
    kind: ColumnKind
    entity_types: list[str] = Field(default_factory=list)

    @field_validator("entity_types")
    @classmethod
    def _entities(cls, value: list[str]) -> list[str]:
        return [_known_entity(v) for v in value]

    @model_validator(mode="after")
    def _pin_can_work(self) -> ReviewedPin:
        pinned_entity_types(self.kind, self.entity_types)
        return self


class Confirmed(ColumnAllow):
    pass


class Reviewed(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    kind: Literal["reviewed_decisions"] = "reviewed_decisions"
    version: int = Field(default=1, ge=1, le=1)
    allow_columns: list[ColumnAllow] = Field(default_factory=list)
    allow_values: list[ValueAllow] = Field(default_factory=list)
    pins: list[ReviewedPin] = Field(default_factory=list)
    confirmed: list[Confirmed] = Field(default_factory=list)
    source: str = Field(default="", exclude=True)  # the file it came from, for messages

    # Lookup sets: `finding_allowed` runs once per finding.
    _columns: frozenset[tuple[str, str, str]] = PrivateAttr(default=frozenset())
    _values: dict[str, list[ValueAllow]] = PrivateAttr(default_factory=dict)

    @model_validator(mode="after")
    def _one_pin_per_column(self) -> Reviewed:
        seen: set[tuple[str, str]] = set()
        for i, pin in enumerate(self.pins):
            if (pin.table, pin.column) in seen:
                raise ValueError(f"pins[{i}]: a second pin for the same table and column")
            seen.add((pin.table, pin.column))
        return self

    def model_post_init(self, __context: Any) -> None:
        self._columns = frozenset((a.table, a.column, a.entity_type) for a in self.allow_columns)
        values: dict[str, list[ValueAllow]] = {}
        for v in self.allow_values:
            values.setdefault(v.value_hash, []).append(v)
        self._values = values

    def column_allowed(self, table: str, column: str, entity_type: str) -> bool:
        return (table, column, entity_type) in self._columns

    def value_entries(self, value_hash: str) -> list[ValueAllow]:
        return self._values.get(value_hash, [])

    def is_empty(self) -> bool:
        return not (self.allow_columns or self.allow_values or self.pins or self.confirmed)
