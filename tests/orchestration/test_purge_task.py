"""A pipeline file with a retention gets a `purge` task after `report`; one without keeps its shape."""

from __future__ import annotations

from pathlib import Path

import pytest

from .conftest import REPO, run_python

pytestmark = pytest.mark.airflow

CODE = """
import json
from pii_pipeline.orchestration.dag_factory import build_dag
with_retention = build_dag({path!r})
plain = build_dag({plain!r})
print(json.dumps({{"upstream": sorted(with_retention.get_task("purge").upstream_task_ids),
                   "plain": sorted(plain.task_dict)}}))
"""


def test_purge_task_only_with_a_retention(tmp_path: Path, child_env) -> None:
    text = (REPO / "pipelines" / "donations.yaml").read_text(encoding="utf-8")
    path = tmp_path / "donations.yaml"
    path.write_text(text + "retention: 400d\n", encoding="utf-8")
    plain = REPO / "pipelines" / "donations.yaml"
    out = run_python(CODE.format(path=str(path), plain=str(plain)), child_env(tmp_path))
    assert out["upstream"] == ["report"]
    assert "purge" not in out["plain"] and "report" in out["plain"]
