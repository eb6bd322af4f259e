"""Pipeline-file settings for re-identification risk and retention (used by config.models).

    retention: 400d                  # pipeline or table: partitions, quarantine files and reports older go
    tables:
      - name: donations
        quasi_identifiers:
          min_k: 5                   # every combination of the columns below is shared by >= 5 rows
          on_small_class: generalize # or: suppress (blank the cells of rows in classes smaller than k)
          sensitive: amount          # l-diversity of this column per class, in the report
          columns: {zip_code: zip, donated_at: date}

Kinds: zip (HIPAA Safe Harbor three digits, `000` for sparse areas), birth_year (int), age (two int
bounds `<col>_min`, `<col>_max`), date (first day of the month), coordinates (`<col>_lat`,
`<col>_lon`, one decimal), category (kept, or suppressed).
"""

from __future__ import annotations

import re
from datetime import timedelta
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

QI_KINDS = ("zip", "birth_year", "age", "date", "coordinates", "category")
_DURATION = re.compile(r"^\s*(\d+)\s*([dwy])\s*$")
_DAYS = {"d": 1, "w": 7, "y": 365}


def parse_retention(value: object) -> object:
    """`400d`, `8w`, `2y` (365 days) -> timedelta; anything else is left to pydantic (ISO 8601, seconds)."""
    if isinstance(value, str) and (m := _DURATION.match(value)):
        return timedelta(days=int(m.group(1)) * _DAYS[m.group(2)])
    return value


def check_retention(value: timedelta | None) -> timedelta | None:
    if value is not None and value < timedelta(days=1):
        raise ValueError("retention must be at least one day (e.g. 400d)")
    return value


class QuasiIdentifiers(BaseModel):
    """Quasi-identifier columns of a table and the k-anonymity each published partition must meet."""

    model_config = ConfigDict(extra="forbid", frozen=True, use_attribute_docstrings=True)

    columns: dict[str, Literal["zip", "birth_year", "age", "date", "coordinates", "category"]] = Field(min_length=1)
    """Column -> kind: zip, birth_year, age, date, coordinates or category (typed output, see README)."""
    min_k: int = Field(default=5, ge=1, le=10_000)
    """Every combination of the quasi-identifiers is shared by at least this many rows of a partition."""
    on_small_class: Literal["generalize", "suppress"] = "generalize"
    """generalize: coarsen whole columns first, then blank what is still too rare; suppress: blank the
    quasi-identifier cells of rows in classes smaller than min_k."""
    max_suppressed_share: float = Field(default=0.05, ge=0, le=1)
    """Generalisation stops once at most this share of rows sits in too-small classes (those are blanked)."""
    sensitive: str | None = None
    """A column whose l-diversity per class the report shows (distinct values per equivalence class)."""

    @field_validator("columns")
    @classmethod
    def _names(cls, value: dict[str, str]) -> dict[str, str]:
        for name in value:
            if not re.match(r"^[A-Za-z_][A-Za-z0-9_]*$", name):
                raise ValueError(f"column {name!r} must be a plain identifier")
        return value
