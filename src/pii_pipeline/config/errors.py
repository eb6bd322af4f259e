"""Configuration errors that name the file and the field, never a secret or a data value."""

from __future__ import annotations

from pathlib import Path

from pydantic import ValidationError

from pii_pipeline.errors import PiiPipelineError


class ConfigError(PiiPipelineError, ValueError):
    """A configuration file is wrong; the message says which file and which field."""


def _location(loc: tuple[object, ...]) -> str:
    parts: list[str] = []
    for item in loc:
        if isinstance(item, int):
            parts.append(f"[{item}]")
        else:
            parts.append(("." if parts else "") + str(item))
    return "".join(parts) or "(top level)"


def config_error_from_validation(source: Path | str, exc: ValidationError) -> ConfigError:
    """Turn pydantic's error into one line per problem: `file: field.path: message`.

    pydantic echoes the offending input in its default message; we keep only the location and
    the kind of error so that a mistyped value (which could be a secret) is not repeated.
    """
    lines = [f"{source}: {_location(err['loc'])}: {err['msg']}" for err in exc.errors(include_input=False)]
    return ConfigError("\n".join(lines))
