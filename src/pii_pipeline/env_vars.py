"""`${VAR}` and `${VAR:-default}` in configuration strings.

Dependency-free on purpose: both the full config loader and the DAG file's light parse-time reader
(`orchestration.spec`, which must not import pyarrow or pydantic) expand variables the same way.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping

# A default may itself hold a variable; the innermost form (no `${` inside) is expanded first.
_VAR = re.compile(r"\$\{([A-Za-z_][A-Za-z0-9_]*)(?::-([^${}]*))?\}")


def expand_vars(value: str, env: Mapping[str, str], missing: Callable[[str], Exception]) -> str:
    """Expand every variable in `value`; `missing(name)` builds the error for an unset one."""

    def repl(m: re.Match[str]) -> str:
        name, default = m.group(1), m.group(2)
        if name in env:
            return env[name]
        if default is not None:
            return default
        raise missing(name)

    while True:
        expanded = _VAR.sub(repl, value)
        if expanded == value:
            return expanded
        value = expanded
