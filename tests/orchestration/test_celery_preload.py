"""The Celery workers' preload: the detection models of the pipeline files are loaded once per worker
process, into the cache the tasks read, so each task forked from it finds them loaded."""

from __future__ import annotations

from pathlib import Path

import pytest

from .conftest import REPO, run_python

pytestmark = [pytest.mark.airflow]

CODE = """
import json, sys
from pii_pipeline.orchestration import celery_preload, tasks

tasks._detector.cache_clear()
loaded = celery_preload.preload_detectors(sys.argv[1] if len(sys.argv) > 1 else None)
before = tasks._detector.cache_info()
for key in loaded:
    tasks._detector(*key)
after = tasks._detector.cache_info()
config = celery_preload.CELERY_CONFIG
print(json.dumps({"loaded": loaded, "misses": after.misses - before.misses, "hits": after.hits - before.hits,
                  "broker": bool(config.get("broker_url")), "preload": celery_preload._preload.__name__}))
"""


def test_preload_fills_the_tasks_detector_cache(tmp_path: Path, child_env) -> None:
    env = child_env(tmp_path, PII_PIPELINE_CONFIG_DIR=str(REPO / "pipelines"))
    out = run_python(CODE, env, timeout=300)
    assert len(out["loaded"]) >= 1  # the demo pipelines share one detection setting
    assert out["misses"] == 0 and out["hits"] == len(out["loaded"])  # the tasks load nothing again
    assert out["broker"]  # Airflow's own Celery settings are kept
