"""`${VAR}` and `${VAR:-default}` in configuration strings.

Dependency-free on purpose: both the full config loader and the DAG file's light parse-time reader
(`orchestration.spec`, which must not import pyarrow or pydantic) expand variables the same way.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping

_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")


def expand_vars(value: str, env: Mapping[str, str], missing: Callable[[str], Exception]) -> str:
    """Expand every variable in `value` once; `missing(name)` builds the error for an unset one.

    One pass, left to right: the value of a variable is inserted as it is and never scanned again,
    so a password holding `${HOME}` stays literal and a variable naming itself cannot loop. A default
    (`${A:-…}`) may itself hold variables; it is expanded only when A is unset. Text that is not a
    well-formed `${NAME}` or `${NAME:-default}` is kept as written.
    """
    text, _ = _expand(value, 0, env, missing, inside_default=False)
    return text


def _expand(
    s: str, i: int, env: Mapping[str, str], missing: Callable[[str], Exception], *, inside_default: bool
) -> tuple[str, int]:
    """Expand from `i` to the end (or, inside a default, to its closing brace); returns (text, end)."""
    out: list[str] = []
    while i < len(s):
        if inside_default and s[i] == "}":
            return "".join(out), i
        if s.startswith("${", i):
            m = _NAME.match(s, i + 2)
            if m is not None and s.startswith("}", m.end()):
                name = m.group()
                if name not in env:
                    raise missing(name)
                out.append(env[name])
                i = m.end() + 1
                continue
            if m is not None and s.startswith(":-", m.end()):
                try:
                    default, end = _expand(s, m.end() + 2, env, _Deferred, inside_default=True)
                except _Deferred as unset:
                    default, end = None, _skip_default(s, m.end() + 2)
                    deferred = unset.name
                else:
                    deferred = None
                if end < len(s):  # a closing brace: well formed
                    name = m.group()
                    if name in env:
                        out.append(env[name])
                    elif deferred is not None:
                        raise missing(deferred)
                    else:
                        out.append(default or "")
                    i = end + 1
                    continue
        out.append(s[i])
        i += 1
    return "".join(out), i


class _Deferred(Exception):  # noqa: N818 - control flow: an unset variable inside a default
    def __init__(self, name: str) -> None:
        super().__init__(name)
        self.name = name


def _skip_default(s: str, i: int) -> int:
    """Index of the brace that closes a default starting at `i` (nested `${…}` counted), or len(s)."""
    depth = 0
    while i < len(s):
        if s.startswith("${", i):
            depth += 1
            i += 2
            continue
        if s[i] == "}":
            if depth == 0:
                return i
            depth -= 1
        i += 1
    return i
