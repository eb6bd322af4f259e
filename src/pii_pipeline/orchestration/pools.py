"""The Airflow pools the DAGs use, named here so the DAG factory and the set-up agree.

- `pii_read_<store>`: tasks that read the store (extract). A backfill starts many runs at once
  (Airflow 3 backfills ignore the DAG's max_active_runs); this caps the queries on one database.
- `pii_detect`: CPU-heavy tasks (detect, and publish, whose leak gate scans the output again).
  Pools are cluster-wide; the cap per machine is the worker's own concurrency
  (`AIRFLOW__CELERY__WORKER_CONCURRENCY`), and a detect task uses `detection.processes` cores.

Cheap to import: the DAG processor parses the DAG file often.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path

from .spec import PipelineFileError, default_config_dir, pipeline_files, read_spec

DETECT_POOL = "pii_detect"
READ_SLOTS_ENV = "PII_PIPELINE_READ_SLOTS"
DETECT_SLOTS_ENV = "PII_PIPELINE_DETECT_SLOTS"
DEFAULT_READ_SLOTS = 2
DEFAULT_DETECT_SLOTS = 2


def read_pool(store: str) -> str:
    return f"pii_read_{store}"


def _slots(env: Mapping[str, str], name: str, default: int) -> int:
    raw = env.get(name)
    if raw is None or raw == "":
        return default
    if not raw.isdigit() or int(raw) < 1:
        raise ValueError(f"{name}: expected a whole number of slots, at least 1")
    return int(raw)


def pool_slots(config_dir: Path | None = None, env: Mapping[str, str] | None = None) -> dict[str, tuple[int, str]]:
    """Every pool the pipeline files' DAGs name: name -> (slots, description)."""
    env = os.environ if env is None else env
    directory = Path(config_dir) if config_dir is not None else default_config_dir()
    read = _slots(env, READ_SLOTS_ENV, DEFAULT_READ_SLOTS)
    pools = {DETECT_POOL: (_slots(env, DETECT_SLOTS_ENV, DEFAULT_DETECT_SLOTS), "pii-pipeline: detection, leak gate")}
    for path in pipeline_files(directory):
        try:
            name = read_spec(path, env).name
        except PipelineFileError:
            continue  # the DAG processor reports it; no DAG, no pool needed
        pools[read_pool(name)] = (read, f"pii-pipeline: reads from the {name} store")
    return pools
