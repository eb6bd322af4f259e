"""Source errors: they name the store, table and column, never a row's value or a password."""

from __future__ import annotations

from pii_pipeline.errors import PiiPipelineError


class SourceError(PiiPipelineError, RuntimeError):
    """Reading a store failed after retries, or the store is not what the configuration says."""


class SchemaChangedError(SourceError):
    """The source table's columns differ from the ones the last run saw."""
