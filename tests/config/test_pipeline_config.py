from pathlib import Path

import pytest

from pii_pipeline.config import ConfigError, load_pipeline, load_pipelines

REPO = Path(__file__).resolve().parents[2]

GOOD = """
name: demo
store: {url: "sqlite:///${HOME_DIR}/x.db"}
tables:
  - name: people
    primary_key: id
    watermark: updated_at
    free_text: [notes]
    columns:
      email: {kind: identifier, entity_types: [EMAIL_ADDRESS]}
output: {root: out}
"""


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "pipe.yaml"
    path.write_text(text)
    return path


def test_shipped_pipelines_load() -> None:
    configs = load_pipelines(REPO / "pipelines", env={"PII_PIPELINE_HOME": "/srv/pii"})
    assert sorted(c.name for c in configs) == ["donations", "tips", "volunteers"]
    for cfg in configs:
        assert cfg.store.url.startswith("sqlite:////srv/pii/stores/")
        assert cfg.output.root == Path("/srv/pii/output")


def test_env_override_of_store_url() -> None:
    env = {"PII_PIPELINE_HOME": "/x", "PII_PIPELINE_TIPS_URL": "postgresql+psycopg2://u@h/db"}
    cfg = load_pipeline(REPO / "pipelines" / "tips.yaml", env=env)
    assert cfg.store.url == "postgresql+psycopg2://u@h/db"


def test_relative_paths_resolve_against_the_file(tmp_path: Path) -> None:
    cfg = load_pipeline(write(tmp_path, GOOD), env={"HOME_DIR": "/data"})
    assert cfg.output.root == (tmp_path / "out").resolve()
    assert cfg.table("people").columns["email"].entity_types == ["EMAIL_ADDRESS"]


@pytest.mark.parametrize(
    ("mutation", "field"),
    [
        (("primary_key: id", "primary_kee: id"), "tables[0].primary_kee"),
        (("primary_key: id", "primary_key: 3"), "tables[0].primary_key"),
        (("entity_types: [EMAIL_ADDRESS]", "entity_types: [EMAIL]"), "tables[0].columns.email.entity_types"),
        (("kind: identifier", "kind: secret"), "tables[0].columns.email.kind"),
        (("output: {root: out}", ""), "output"),
        (("name: people", "name: 'people; drop'"), "tables[0].name"),
    ],
)
def test_errors_name_file_and_field(tmp_path: Path, mutation: tuple[str, str], field: str) -> None:
    path = write(tmp_path, GOOD.replace(*mutation))
    with pytest.raises(ConfigError) as info:
        load_pipeline(path, env={"HOME_DIR": "/d"})
    message = str(info.value)
    assert str(path) in message
    assert field in message


def test_missing_environment_variable_names_the_field(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match=r"store\.url: environment variable HOME_DIR is not set"):
        load_pipeline(write(tmp_path, GOOD), env={})


def test_error_does_not_echo_the_bad_value(tmp_path: Path) -> None:
    secret = "hunter2-super-secret"
    path = write(tmp_path, GOOD.replace("free_text: [notes]", f"free_text: {secret}"))
    with pytest.raises(ConfigError) as info:
        load_pipeline(path, env={"HOME_DIR": "/d"})
    assert secret not in str(info.value)


def test_store_needs_exactly_one_of_url_or_conn_id(tmp_path: Path) -> None:
    text = GOOD.replace('store: {url: "sqlite:///${HOME_DIR}/x.db"}', "store: {url: 'sqlite://', conn_id: tips}")
    with pytest.raises(ConfigError, match="store"):
        load_pipeline(write(tmp_path, text), env={})
