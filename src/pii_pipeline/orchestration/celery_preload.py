"""Celery settings for the workers: Airflow's defaults, plus the detection models loaded once per
worker process instead of once per task.

Airflow 3 runs each task in a process forked from a Celery pool process, itself forked from the
worker. A model loaded in the worker before those forks is shared by every task it runs
(copy-on-write): a chunk's detect task starts scanning at once instead of loading spaCy and the
recognizers again (seconds per task, on every chunk). Opt in on the workers with

    AIRFLOW__CELERY__CELERY_CONFIG_OPTIONS=pii_pipeline.orchestration.celery_preload.CELERY_CONFIG

Only the models are loaded, for the detection settings of the pipeline files in the config folder;
nothing is read from a store and no data is touched before a task runs.
"""

from __future__ import annotations

import logging
from typing import Any

from airflow.providers.celery.executors.default_celery import DEFAULT_CELERY_CONFIG
from celery.signals import worker_init

log = logging.getLogger(__name__)

CELERY_CONFIG: dict[str, Any] = dict(DEFAULT_CELERY_CONFIG)


def preload_detectors(directory: Any = None) -> list[tuple[str, float, int]]:
    """Load the text detector of every pipeline file's detection settings into `tasks`' cache."""
    from pii_pipeline.config import load_pipeline

    from .spec import default_config_dir, pipeline_files
    from .tasks import _detector

    loaded: list[tuple[str, float, int]] = []
    for path in pipeline_files(directory or default_config_dir()):
        try:
            det = load_pipeline(path).detection
        except Exception as exc:  # noqa: BLE001 - a broken file fails its own DAG, not the worker
            log.warning("preload: %s skipped (%s)", path, type(exc).__name__)
            continue
        key = (det.model, det.score_threshold, det.processes)
        if key not in loaded:
            _detector(*key)
            loaded.append(key)
    return loaded


# worker_init: in the main worker process, before the pool processes are forked from it (a pool
# process gets 4 s to start, too short for a model).
@worker_init.connect
def _preload(**_: Any) -> None:
    try:
        loaded = preload_detectors()
    except Exception as exc:  # noqa: BLE001 - without the preload each task loads its own model
        log.warning("preload of the detection models failed (%s); each task loads its own", type(exc).__name__)
        return
    log.info("preloaded %d detection model(s) in this worker", len(loaded))
