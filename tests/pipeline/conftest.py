"""Fixtures for end-to-end runs: small seeded stores, a key file, pipeline configs under tmp."""

from __future__ import annotations

from pathlib import Path

import pytest

from pii_pipeline.config import PipelineConfig, load_pipeline

REPO = Path(__file__).resolve().parents[2]
ROWS = 120


@pytest.fixture(scope="session")
def detector():
    from pii_pipeline.detection.text import TextDetector

    return TextDetector()


@pytest.fixture
def key_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    from pii_pipeline.deid.keys import generate_key_file

    path = tmp_path / "keys" / "key.json"
    path.parent.mkdir()
    generate_key_file(path)
    monkeypatch.setenv("PII_PIPELINE_KEY_FILE", str(path))
    return path


def load_store_pipeline(store: str, home: Path, url: str | None = None) -> PipelineConfig:
    env = {"PII_PIPELINE_HOME": str(home)}
    if url:
        env[f"PII_PIPELINE_{store.upper()}_URL"] = url
    return load_pipeline(REPO / "pipelines" / f"{store}.yaml", env=env)


@pytest.fixture
def seeded_home(tmp_path: Path) -> tuple[Path, dict[str, dict[str, set[str]]]]:
    """Three SQLite stores of ROWS rows under tmp/home/stores; returns home and planted values."""
    from pii_pipeline.seeding import STORES, seed_store

    home = tmp_path / "home"
    (home / "stores").mkdir(parents=True)
    planted = {}
    for store in STORES:
        result = seed_store(store, f"sqlite:///{home / 'stores' / f'{store}.db'}", rows=ROWS)
        planted[store] = result.planted
    return home, planted


@pytest.fixture(
    params=[
        "sqlite",
        pytest.param("postgres", marks=pytest.mark.postgres),
        pytest.param("mariadb", marks=pytest.mark.mariadb),
    ]
)
def people_store(request: pytest.FixtureRequest, tmp_path: Path):  # noqa: ANN201
    """A people table with a name of its own on SQLite, PostgreSQL or MariaDB; dropped afterwards."""
    from .people_store import PeopleStore

    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path / 'people.db'}"
    else:
        url = request.getfixturevalue("pg_url" if request.param == "postgres" else "mariadb_url")
    store = PeopleStore(request.param, url)
    yield store
    store.drop()
    assert not store.exists()


@pytest.fixture
def s3(request: pytest.FixtureRequest, s3_endpoint: str, monkeypatch: pytest.MonkeyPatch):  # noqa: ANN201
    """A fresh bucket (the test module's BUCKET) on the module's local S3 server (its `s3_endpoint` fixture);
    dummy credentials in the environment."""
    import s3fs

    bucket = request.module.BUCKET
    for name, value in {
        "AWS_ACCESS_KEY_ID": "testing",
        "AWS_SECRET_ACCESS_KEY": "testing",
        "AWS_DEFAULT_REGION": "us-east-1",
    }.items():
        monkeypatch.setenv(name, value)
    fs = s3fs.S3FileSystem(endpoint_url=s3_endpoint, skip_instance_cache=True)
    if fs.exists(bucket):
        fs.rm(bucket, recursive=True)
    fs.mkdir(bucket)
    return fs
