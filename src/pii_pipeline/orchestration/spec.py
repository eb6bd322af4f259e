"""The few fields of a pipeline file that shape its DAG, read without the heavy config models.

`pii_pipeline.config` imports `pii_pipeline.types`, which imports pyarrow at module level; the
scheduler parses DAG files often, so parse time reads only what the DAG needs (name, tables,
schedule, start date, catch-up, retries, output root) with yaml. Every task still loads the file
through `load_pipeline`, which validates everything else and names the file and field on error.
The defaults here mirror `PipelineConfig`; tests/orchestration checks that they agree.
"""

from __future__ import annotations

import logging
import os
import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import yaml

from pii_pipeline.env_vars import expand_vars
from pii_pipeline.errors import PiiPipelineError
from pii_pipeline.file_kinds import split_pipeline_files
from pii_pipeline.yaml_safe import safe_load

log = logging.getLogger(__name__)

CONFIG_DIR_ENV = "PII_PIPELINE_CONFIG_DIR"
REPO_ROOT = Path(__file__).resolve().parents[3]

_IDENT = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")


class PipelineFileError(PiiPipelineError, ValueError):
    """A pipeline file cannot become a DAG; the message names the file and the field, never a value."""


@dataclass(frozen=True)
class DagSpec:
    path: Path
    name: str
    description: str
    tables: tuple[str, ...]
    schedule: str | None
    start_date: date
    catchup: bool
    retries: int
    output_root: Path

    @property
    def dag_id(self) -> str:
        return f"pii_{self.name}"


def default_config_dir() -> Path:
    return Path(os.environ.get(CONFIG_DIR_ENV) or REPO_ROOT / "pipelines")


def pipeline_files(directory: Path) -> list[Path]:
    """The pipeline files in `directory`; policy and reviewed-decisions files beside them are skipped, and said so."""
    pipelines, skipped = split_pipeline_files(directory)
    for path, kind in skipped:
        log.info("not a pipeline file, skipped: %s (kind: %s)", path, kind)
    return pipelines


def read_spec(path: Path, env: Mapping[str, str] | None = None) -> DagSpec:
    path = Path(path)
    env = os.environ if env is None else env
    try:
        raw = safe_load(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise PipelineFileError(f"{path}: cannot read: {exc.strerror}") from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        raise PipelineFileError(f"{path}: line {mark.line + 1 if mark else '?'}: not valid YAML") from None
    if not isinstance(raw, dict):
        raise PipelineFileError(f"{path}: (top level): expected a mapping")

    def fail(field: str, msg: str) -> PipelineFileError:
        return PipelineFileError(f"{path}: {field}: {msg}")

    name = raw.get("name")
    if not isinstance(name, str) or not _IDENT.match(name):
        raise fail("name", "required, a plain identifier (letters, digits, underscore)")
    tables_raw = raw.get("tables")
    if not isinstance(tables_raw, list) or not tables_raw:
        raise fail("tables", "required, a non-empty list")
    tables: list[str] = []
    for i, t in enumerate(tables_raw):
        tname = t.get("name") if isinstance(t, dict) else None
        if not isinstance(tname, str) or not _IDENT.match(tname):
            raise fail(f"tables[{i}].name", "required, a plain identifier")
        if tname in tables:
            raise fail(f"tables[{i}].name", "table names must be unique")
        tables.append(tname)
    schedule = raw.get("schedule", "@monthly")
    if schedule is not None and (not isinstance(schedule, str) or not schedule.strip()):
        raise fail("schedule", "a cron expression or preset such as @monthly, or null")
    start = raw.get("start_date", date(2026, 1, 1))
    if isinstance(start, str):
        try:
            start = date.fromisoformat(start)
        except ValueError:
            raise fail("start_date", "expected a date YYYY-MM-DD") from None
    if not isinstance(start, date):
        raise fail("start_date", "expected a date YYYY-MM-DD")
    catchup = raw.get("catchup", False)
    if not isinstance(catchup, bool):
        raise fail("catchup", "expected true or false")
    retries = raw.get("retries", 2)
    if isinstance(retries, bool) or not isinstance(retries, int) or not 0 <= retries <= 20:
        raise fail("retries", "expected a whole number from 0 to 20")
    output = raw.get("output")
    root = output.get("root") if isinstance(output, dict) else None
    if not isinstance(root, str) or not root:
        raise fail("output.root", "required")
    root_path = Path(
        expand_vars(root, env, lambda name: fail("output.root", f"environment variable {name} is not set"))
    )
    if not root_path.is_absolute():
        root_path = (path.resolve().parent / root_path).resolve()
    description = raw.get("description", "")
    return DagSpec(
        path=path.resolve(),
        name=name,
        description=description if isinstance(description, str) else "",
        tables=tuple(tables),
        schedule=schedule,
        start_date=start,
        catchup=catchup,
        retries=retries,
        output_root=root_path,
    )


def spec_summary(spec: DagSpec) -> dict[str, Any]:
    """For tests and logs: the DAG-shaping fields only."""
    return {
        "name": spec.name,
        "tables": list(spec.tables),
        "schedule": spec.schedule,
        "start_date": spec.start_date,
        "catchup": spec.catchup,
        "retries": spec.retries,
        "output_root": spec.output_root,
    }
