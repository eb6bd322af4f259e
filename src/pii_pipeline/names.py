"""Names that become parts of paths: run ids, stores, tables, columns.

A name used as one path component must stay one component: no separator, no `.`/`..`, no control
character (a newline in a folder name breaks every tool that lists it), bounded length. Run ids get
the same check plus a charset that Airflow's own ids fit (`manual__2026-04-01T00:00:00+00:00`).
Bottom layer: imports nothing of the project but the root error.
"""

from __future__ import annotations

import re
import secrets
from datetime import UTC, datetime

from pii_pipeline.errors import PiiPipelineError

MAX_NAME = 200
# Airflow's default `allowed_run_id_pattern` is ^[A-Za-z0-9_.~:+-]+$; ours is the same set.
_RUN_ID = re.compile(r"[A-Za-z0-9_.~:+-]+")


class UnsafeNameError(PiiPipelineError, ValueError):
    """A name cannot be used as one path component; the message says which name, never a value."""


class RunIdError(UnsafeNameError):
    """A run id that cannot name a run's folders safely."""


def check_path_name(name: object, what: str, error: type[UnsafeNameError] = UnsafeNameError) -> str:
    """`name` if it is safe as one path component, else UnsafeNameError naming `what`."""
    if not isinstance(name, str) or not name:
        raise error(f"{what}: must be a non-empty name")
    if len(name) > MAX_NAME:
        raise error(f"{what}: longer than {MAX_NAME} characters")
    if set(name) <= {"."}:
        raise error(f"{what}: must not be '.' or '..' (or only dots)")
    if "/" in name or "\\" in name:
        raise error(f"{what}: must not contain a path separator")
    if any(ord(ch) < 0x20 or ord(ch) == 0x7F or 0x80 <= ord(ch) < 0xA0 for ch in name):
        raise error(f"{what}: must not contain control characters (newline, NUL, …)")
    return name


def validate_run_id(run_id: object) -> str:
    """A run id fit to name folders: letters, digits and `_ . ~ : + -`, not only dots, at most 200."""
    what = "run id"
    check_path_name(run_id, what, RunIdError)
    assert isinstance(run_id, str)
    if not _RUN_ID.fullmatch(run_id):
        raise RunIdError(f"{what}: only letters, digits and _ . ~ : + - are allowed")
    if run_id.startswith("."):
        raise RunIdError(f"{what}: must not start with '.'")
    return run_id


def new_run_id(prefix: str = "manual") -> str:
    """A fresh id: the time to the second and a random suffix, so two runs started in the same
    second never share one (a shared id would mean a shared staging folder)."""
    return f"{prefix}__{datetime.now(UTC).strftime('%Y%m%dT%H%M%S')}-{secrets.token_hex(4)}"
