"""Where a run's key comes from: the key file named by PII_PIPELINE_KEY_FILE, else an Airflow connection."""

from __future__ import annotations

import os
from pathlib import Path

KEY_FILE_ENV = "PII_PIPELINE_KEY_FILE"
AIRFLOW_KEY_CONN = "pii_pipeline_key"


def pipeline_keyring():  # noqa: ANN201 - pii_pipeline.deid.keys.KeyRing
    """The key for a scheduled or CLI run. No key means no run (fail closed)."""
    from pii_pipeline.deid.keys import KeyRingError, keyring_from_airflow, keyring_from_env

    if os.environ.get(KEY_FILE_ENV):
        return keyring_from_env()
    if os.environ.get("AIRFLOW_HOME") or os.environ.get("AIRFLOW_CTX_DAG_ID"):
        return keyring_from_airflow(AIRFLOW_KEY_CONN)
    raise KeyRingError(
        f"no de-identification key: set {KEY_FILE_ENV} to a key file (create one with "
        f"`pii-pipeline keygen FILE`) or define the Airflow connection {AIRFLOW_KEY_CONN}"
    )


def default_user_key_file() -> Path:
    """For ad-hoc `redact` runs with no key configured: a per-user key file, created once."""
    base = Path(os.environ.get("XDG_CONFIG_HOME") or Path.home() / ".config")
    return base / "pii-pipeline" / "key.json"
