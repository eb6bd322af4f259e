"""Reading a YAML file that must hold a mapping; errors name the file and the line, never the content."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from pii_pipeline.yaml_safe import YamlTooLargeError, safe_load

from .errors import ConfigError


def read_yaml_mapping(
    path: Path, *, error: type[ConfigError] = ConfigError, allow_empty: bool = False
) -> dict[str, Any]:
    try:
        raw = safe_load(path.read_text(encoding="utf-8"))  # bounded: an alias bomb fails fast
    except OSError as exc:
        raise error(f"{path}: cannot read: {exc.strerror}") from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"line {mark.line + 1}" if mark is not None else "?"
        problem = f" ({exc.problem})" if isinstance(exc, YamlTooLargeError) else ""
        raise error(f"{path}: {where}: not valid YAML{problem}") from None
    except RecursionError:
        raise error(f"{path}: nested too deeply to be a configuration file") from None
    except UnicodeDecodeError as exc:
        raise error(f"{path}: byte {exc.start}: not UTF-8") from None
    if raw is None and allow_empty:
        return {}
    if not isinstance(raw, dict):
        raise error(f"{path}: (top level): expected a mapping")
    return raw
