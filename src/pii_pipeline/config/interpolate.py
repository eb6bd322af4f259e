"""`${VAR}` and `${VAR:-default}` in configuration values, so URLs and paths come from the environment."""

from __future__ import annotations

import os
import re
from collections.abc import Mapping
from typing import Any

from .errors import ConfigError

# A default may itself hold a variable; the innermost form (no `${` inside) is expanded first.
_VAR = re.compile(r"\$\{([A-Za-z_][A-Za-z0-9_]*)(?::-([^${}]*))?\}")


def expand(value: Any, env: Mapping[str, str], *, source: str, path: str = "") -> Any:
    """Expand variables in every string of a parsed YAML tree; a missing variable names its field."""
    if isinstance(value, str):

        def repl(m: re.Match[str]) -> str:
            name, default = m.group(1), m.group(2)
            if name in env:
                return env[name]
            if default is not None:
                return default
            raise ConfigError(f"{source}: {path or '(top level)'}: environment variable {name} is not set")

        while True:
            expanded = _VAR.sub(repl, value)
            if expanded == value:
                return expanded
            value = expanded
    if isinstance(value, dict):
        return {k: expand(v, env, source=source, path=f"{path}.{k}" if path else str(k)) for k, v in value.items()}
    if isinstance(value, list):
        return [expand(v, env, source=source, path=f"{path}[{i}]") for i, v in enumerate(value)]
    return value


def environ() -> Mapping[str, str]:
    return os.environ
