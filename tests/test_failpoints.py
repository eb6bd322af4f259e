"""Failpoints kill the process only at the point named in PII_PIPELINE_FAILPOINT: never when it is unset
or empty (a stray `failpoint(None)` or `failpoint("")` must not take a production run down)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys

import pytest

CALL = "from pii_pipeline.failpoints import failpoint; failpoint({arg}); print('alive')"


def _run(arg: str, env_value: str | None) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k != "PII_PIPELINE_FAILPOINT"}
    if env_value is not None:
        env["PII_PIPELINE_FAILPOINT"] = env_value
    code = CALL.format(arg=arg)
    return subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=60)


@pytest.mark.parametrize(
    ("arg", "env_value"),
    [("None", None), ("''", None), ("''", ""), ("'publish.before'", None), ("'publish.before'", "publish.after_keys")],
)
def test_other_or_no_failpoint_lets_the_process_live(arg: str, env_value: str | None) -> None:
    done = _run(arg, env_value)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "alive"


def test_the_named_failpoint_kills() -> None:
    done = _run("'publish.before'", "publish.before")
    assert done.returncode == -signal.SIGKILL
    assert "alive" not in done.stdout
