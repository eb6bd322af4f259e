"""docker-compose.yml (no Docker engine here): it parses, has the expected services, and everything
it mounts or builds from exists in the repository."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

REPO = Path(__file__).resolve().parents[1]
AIRFLOW_SERVICES = {
    "airflow-init",
    "airflow-apiserver",
    "airflow-scheduler",
    "airflow-dag-processor",
    "airflow-triggerer",
}
EXPECTED = AIRFLOW_SERVICES | {"postgres", "stores-db", "stores-seed"}


@pytest.fixture(scope="module")
def compose() -> dict:
    return yaml.safe_load((REPO / "docker-compose.yml").read_text(encoding="utf-8"))


def _bind_sources(service: dict) -> list[str]:
    out = []
    for volume in service.get("volumes", []):
        source = volume.split(":", 1)[0] if isinstance(volume, str) else volume.get("source", "")
        if source.startswith((".", "/")):
            out.append(source)
    return out


def test_expected_services(compose: dict) -> None:
    assert "x-airflow-common" in compose
    assert EXPECTED <= set(compose["services"])


def test_airflow_services_share_the_project_image(compose: dict) -> None:
    common = compose["x-airflow-common"]
    for name in AIRFLOW_SERVICES | {"stores-seed"}:
        service = compose["services"][name]
        assert service["image"] == common["image"]
        assert service["build"] == {"context": ".", "dockerfile": "docker/Dockerfile"}
        assert service["environment"]["AIRFLOW__CORE__DAGS_FOLDER"] == "/opt/pii-pipeline/dags"


def test_bind_mounts_and_build_inputs_exist(compose: dict) -> None:
    checked = []
    for name, service in compose["services"].items():
        for source in _bind_sources(service):
            assert not source.startswith("/"), f"{name}: {source}: mount from the repository, not the host"
            assert (REPO / source).exists(), f"{name}: mounts {source}, which is not in the repository"
            checked.append(source)
        build = service.get("build")
        if build:
            context = REPO / build["context"]
            assert context.is_dir(), f"{name}: build context {build['context']} is missing"
            assert (context / build["dockerfile"]).is_file(), f"{name}: {build['dockerfile']} is missing"
    assert {"./dags", "./pipelines", "./recognizers", "./docker/stores-db/init.sql"} <= set(checked)


def test_named_volumes_are_declared(compose: dict) -> None:
    declared = set(compose.get("volumes") or {})
    for name, service in compose["services"].items():
        for volume in service.get("volumes", []):
            source = volume.split(":", 1)[0]
            if not source.startswith((".", "/")):
                assert source in declared, f"{name}: volume {source} is not declared"


def test_dependencies_exist(compose: dict) -> None:
    services = set(compose["services"])
    for name, service in compose["services"].items():
        assert set(service.get("depends_on", {})) <= services, name


def test_key_is_mounted_only_where_tasks_run(compose: dict) -> None:
    with_key = {n for n, s in compose["services"].items() if any("pii-keys:" in v for v in s.get("volumes", []))}
    assert with_key == {"airflow-init", "airflow-scheduler"}


def test_dockerfile_copies_only_what_exists() -> None:
    dockerfile = (REPO / "docker" / "Dockerfile").read_text(encoding="utf-8")
    sources = [
        part
        for line in dockerfile.splitlines()
        if (m := re.match(r"^COPY\s+(?!--from)(.+)$", line.strip()))
        for part in m.group(1).split()[:-1]
        if not part.startswith("--")
    ]
    assert "requirements.lock" in sources and "src" in sources
    for source in sources:
        assert (REPO / source).exists(), f"docker/Dockerfile copies {source}, which is not in the repository"
