"""`${VAR}` and `${VAR:-default}` in configuration values, so URLs and paths come from the environment."""

from __future__ import annotations

import os
from collections.abc import Mapping
from typing import Any

from pii_pipeline.env_vars import expand_vars

from .errors import ConfigError


def expand(value: Any, env: Mapping[str, str], *, source: str, path: str = "") -> Any:
    """Expand variables in every string of a parsed YAML tree; a missing variable names its field."""
    if isinstance(value, str):
        where = path or "(top level)"
        return expand_vars(
            value, env, lambda name: ConfigError(f"{source}: {where}: environment variable {name} is not set")
        )
    if isinstance(value, dict):
        return {k: expand(v, env, source=source, path=f"{path}.{k}" if path else str(k)) for k, v in value.items()}
    if isinstance(value, list):
        return [expand(v, env, source=source, path=f"{path}[{i}]") for i, v in enumerate(value)]
    return value


def environ() -> Mapping[str, str]:
    return os.environ
