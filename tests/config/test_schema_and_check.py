"""The file reference comes from the models; `config check` validates and masks; other files sit beside pipelines."""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from pii_pipeline.cli.file_reference import markdown_reference, schema_text, shipped_schema_text
from pii_pipeline.config import load_pipelines
from pii_pipeline.deid.policy import load_policy
from pii_pipeline.file_kinds import KINDS, POLICY, REVIEWED_DECISIONS, kind_of, split_pipeline_files
from pii_pipeline.orchestration.spec import pipeline_files

REPO = Path(__file__).resolve().parents[2]
REGENERATE = "run `pii-pipeline config schema --write` after changing a model"


def cli(*args: str, env: dict[str, str] | None = None, cwd: Path | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "pii_pipeline.cli.app", *args],
        capture_output=True,
        text=True,
        timeout=300,
        env={**os.environ, **(env or {})},
        cwd=cwd,
    )


@pytest.mark.parametrize("kind", KINDS)
def test_shipped_schema_and_reference_match_the_models(kind: str) -> None:
    assert shipped_schema_text(kind) == schema_text(kind), REGENERATE
    reference = (REPO / "docs" / "reference" / f"{kind}-file.md").read_text(encoding="utf-8")
    assert reference == markdown_reference(kind), REGENERATE


def test_every_pipeline_field_is_described() -> None:
    schema = json.loads(schema_text("pipeline"))
    objects = [schema, *schema["$defs"].values()]
    missing = [
        f"{obj.get('title')}.{name}"
        for obj in objects
        for name, prop in obj.get("properties", {}).items()
        if not prop.get("description")
    ]
    assert not missing, f"fields without a docstring in config/models.py: {missing}"


def _write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


PIPELINE = """\
name: shop
store: {url: "postgresql+psycopg2://reader:s3cr3t-pw@db.internal/shop?sslmode=require"}
tables: [{name: orders, primary_key: id, watermark: updated_at}]
output: {root: out}
"""


def test_config_check_prints_the_resolved_pipeline_without_credentials(tmp_path: Path) -> None:
    path = _write(tmp_path / "shop.yaml", PIPELINE)
    proc = cli("config", "check", str(path))
    assert proc.returncode == 0, proc.stderr
    resolved = json.loads(proc.stdout)
    assert resolved["output"]["root"] == str((tmp_path / "out").resolve())
    assert resolved["tables"][0]["batch_size"] == 5000
    assert "s3cr3t-pw" not in proc.stdout + proc.stderr
    assert "reader" in resolved["store"]["url"] and "db.internal" in resolved["store"]["url"]


def test_config_check_names_the_field_of_a_bad_file(tmp_path: Path) -> None:
    path = _write(tmp_path / "shop.yaml", PIPELINE.replace("primary_key: id, ", ""))
    proc = cli("config", "check", str(path))
    assert proc.returncode == 1
    assert "primary_key" in proc.stderr and "shop.yaml" in proc.stderr


def test_config_check_knows_policy_and_reviewed_files(tmp_path: Path) -> None:
    policy = _write(
        tmp_path / "policy.yaml", "version: 1\nextends: default\nentities:\n  EMAIL_ADDRESS: {operator: encrypt}\n"
    )
    reviewed = _write(tmp_path / "reviewed.yaml", "version: 1\nallow_columns: []\n")
    proc = cli("config", "check", str(policy))
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)["entities"]["EMAIL_ADDRESS"]["operator"] == "encrypt"
    assert cli("config", "check", str(reviewed)).returncode == 0
    unknown = _write(tmp_path / "what.yaml", "hello: world\n")
    proc = cli("config", "check", str(unknown))
    assert proc.returncode == 1 and "kind" in proc.stderr


def test_a_policy_can_change_one_entity_and_keep_the_rest(tmp_path: Path) -> None:
    shipped = load_policy(None)
    path = _write(
        tmp_path / "p.yaml", "version: 1\nextends: default\nentities:\n  EMAIL_ADDRESS: {operator: encrypt}\n"
    )
    policy = load_policy(path)
    assert policy.rule_for("EMAIL_ADDRESS").operator == "encrypt"
    assert shipped.rule_for("EMAIL_ADDRESS").operator != "encrypt"
    for entity in ("PERSON", "CREDIT_CARD", "US_SSN"):
        assert policy.rule_for(entity) == shipped.rule_for(entity)
    # Without `extends`, a file is the whole policy: unnamed types fall to its default.
    alone = load_policy(_write(tmp_path / "q.yaml", "version: 1\nentities:\n  EMAIL_ADDRESS: {operator: encrypt}\n"))
    assert alone.rule_for("CREDIT_CARD").operator == "redact"


def test_policy_and_reviewed_files_beside_pipelines_are_skipped(tmp_path: Path) -> None:
    _write(tmp_path / "shop.yaml", PIPELINE)
    _write(tmp_path / "policy.yaml", "version: 1\nentities:\n  EMAIL_ADDRESS: {operator: encrypt}\n")
    _write(tmp_path / "reviewed.yaml", "version: 1\npins: []\n")
    _write(tmp_path / "other.yaml", "kind: reviewed_decisions\nversion: 1\n")
    pipelines, skipped = split_pipeline_files(tmp_path)
    assert [p.name for p in pipelines] == ["shop.yaml"]
    assert sorted((p.name, k) for p, k in skipped) == [
        ("other.yaml", REVIEWED_DECISIONS),
        ("policy.yaml", POLICY),
        ("reviewed.yaml", REVIEWED_DECISIONS),
    ]
    assert [c.name for c in load_pipelines(tmp_path)] == ["shop"]
    assert pipeline_files(tmp_path) == pipelines


def test_a_broken_file_still_counts_as_a_pipeline_so_its_error_is_shown(tmp_path: Path) -> None:
    _write(tmp_path / "broken.yaml", "name: [unclosed\n")
    assert [p.name for p in split_pipeline_files(tmp_path)[0]] == ["broken.yaml"]


@pytest.mark.parametrize(
    ("doc", "kind"),
    [
        ({"store": {}, "tables": []}, "pipeline"),
        ({"version": 1, "entities": {}}, POLICY),
        ({"version": 1, "allow_values": []}, REVIEWED_DECISIONS),
        ({"kind": "policy", "store": {}}, POLICY),
        ({"kind": "nonsense"}, None),
        ({"store": {}, "entities": {}}, None),
        (["not", "a", "mapping"], None),
    ],
)
def test_kind_of(doc: object, kind: str | None) -> None:
    assert kind_of(doc) == kind


def test_keygen_creates_a_private_folder(tmp_path: Path) -> None:
    target = tmp_path / "keys" / "nested" / "ux.key.json"
    proc = cli("keygen", str(target))
    assert proc.returncode == 0, proc.stderr
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert stat.S_IMODE(target.parent.stat().st_mode) == 0o700
