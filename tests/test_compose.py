"""docker-compose.yml (no Docker engine here): it parses, has the expected services, and everything
it mounts or builds from exists in the repository."""

from __future__ import annotations

import ast
import importlib.util
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
    "airflow-worker",
    "flower",
}
EXPECTED = AIRFLOW_SERVICES | {"postgres", "redis", "stores-db", "stores-seed"}


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


def _mounted(compose: dict, volume: str) -> dict[str, str]:
    """service -> the path where it mounts the named volume."""
    out = {}
    for name, service in compose["services"].items():
        for v in service.get("volumes", []):
            parts = v.split(":")
            if parts[0] == volume:
                out[name] = parts[1]
    return out


def test_key_is_mounted_only_where_tasks_run(compose: dict) -> None:
    # CeleryExecutor: tasks run on the workers; airflow-init creates the key once.
    with_key = _mounted(compose, "pii-keys")
    assert set(with_key) == {"airflow-init", "airflow-worker"}
    key_file = compose["x-airflow-common"]["environment"]["PII_PIPELINE_KEY_FILE"]
    assert all(key_file.startswith(path + "/") for path in with_key.values())
    worker = compose["services"]["airflow-worker"]
    assert "pii-keys:/opt/pii-keys:ro" in worker["volumes"], "workers read the key, never write it"


def test_output_is_mounted_where_tasks_run(compose: dict) -> None:
    data = _mounted(compose, "pii-data")
    assert data == {"airflow-worker": compose["x-airflow-common"]["environment"]["PII_PIPELINE_HOME"]}


def test_celery_executor_with_redis_broker_and_postgres_results(compose: dict) -> None:
    env = compose["x-airflow-common"]["environment"]
    services = compose["services"]
    assert env["AIRFLOW__CORE__EXECUTOR"] == "CeleryExecutor"
    broker = env["AIRFLOW__CELERY__BROKER_URL"]
    assert broker.startswith("redis://") and "@redis:6379/" in broker
    # The result backend names a driver the lock has (bare db+postgresql:// would pick one implicitly).
    assert env["AIRFLOW__CELERY__RESULT_BACKEND"].startswith(("db+postgresql+psycopg2://", "db+postgresql+psycopg://"))
    assert env["AIRFLOW__CELERY__RESULT_BACKEND"].endswith("@postgres/airflow")
    assert env["AIRFLOW__DATABASE__SQL_ALCHEMY_CONN"].startswith("postgresql+psycopg2://")
    assert set(services["airflow-scheduler"]["depends_on"]) >= {"redis", "postgres"}
    worker = services["airflow-worker"]
    assert worker["command"] == ["airflow", "celery", "worker"]
    # Scalable with --scale: no fixed name, no host port.
    assert "container_name" not in worker and "ports" not in worker
    assert services["flower"]["profiles"] == ["flower"]
    assert services["flower"]["command"] == ["airflow", "celery", "flower"]


def test_workers_preload_the_detection_models(compose: dict) -> None:
    """Only the workers run tasks, so only they load the models before forking; the rest of the
    common environment is still theirs."""
    worker = compose["services"]["airflow-worker"]["environment"]
    option = worker["AIRFLOW__CELERY__CELERY_CONFIG_OPTIONS"]
    module, _, name = option.rpartition(".")
    spec = importlib.util.find_spec(module)  # not imported: Airflow would read its home folder here
    assert spec is not None and spec.origin is not None, option
    assigned = {
        t.id
        for node in ast.parse(Path(spec.origin).read_text()).body
        if isinstance(node, ast.AnnAssign | ast.Assign)
        for t in (node.targets if isinstance(node, ast.Assign) else [node.target])
        if isinstance(t, ast.Name)
    }
    assert name in assigned, option
    assert worker["AIRFLOW__CORE__EXECUTOR"] == "CeleryExecutor"
    assert worker["PII_PIPELINE_KEY_FILE"] == compose["x-airflow-common"]["environment"]["PII_PIPELINE_KEY_FILE"]
    for name in AIRFLOW_SERVICES - {"airflow-worker"}:
        assert "AIRFLOW__CELERY__CELERY_CONFIG_OPTIONS" not in compose["services"][name]["environment"]


def test_login_is_user_role_with_a_password_file(compose: dict) -> None:
    env = compose["x-airflow-common"]["environment"]
    users = env["AIRFLOW__CORE__SIMPLE_AUTH_MANAGER_USERS"]
    default = users.split(":-", 1)[1].rstrip("}")
    roles = {"viewer", "user", "op", "admin"}
    assert all(item.split(":")[1] in roles for item in default.split(",")), "simple auth manager wants user:role"
    passwords = env["AIRFLOW__CORE__SIMPLE_AUTH_MANAGER_PASSWORDS_FILE"]
    init = compose["services"]["airflow-init"]
    assert "AIRFLOW_ADMIN_PASSWORD" in init["environment"]
    assert "pii_pipeline.orchestration.setup --passwords-file" in init["command"][-1]
    auth = _mounted(compose, "pii-auth")
    assert set(auth) == {"airflow-init", "airflow-apiserver"}
    assert all(passwords.startswith(path + "/") for path in auth.values())


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
