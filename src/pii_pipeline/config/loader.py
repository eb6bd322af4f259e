"""Reading pipeline YAML files into validated models."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

import yaml
from pydantic import ValidationError

from .errors import ConfigError, config_error_from_validation
from .interpolate import environ, expand
from .models import PipelineConfig


def _resolve(base: Path, value: object) -> object:
    if isinstance(value, str) and value and not Path(value).is_absolute():
        return str((base / value).resolve())
    return value


def load_pipeline(path: Path | str, env: Mapping[str, str] | None = None) -> PipelineConfig:
    """Load one pipeline file; relative paths in it are relative to the file itself."""
    path = Path(path)
    try:
        raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read: {exc.strerror}") from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"line {mark.line + 1}" if mark is not None else "?"
        raise ConfigError(f"{path}: {where}: not valid YAML") from None
    if not isinstance(raw, dict):
        raise ConfigError(f"{path}: (top level): expected a mapping")
    data = expand(raw, environ() if env is None else env, source=str(path))
    base = path.resolve().parent
    for key in ("policy", "reviewed_decisions"):
        if key in data:
            data[key] = _resolve(base, data[key])
    if isinstance(data.get("output"), dict):
        for key in ("root", "staging"):
            if key in data["output"]:
                data["output"][key] = _resolve(base, data["output"][key])
    try:
        return PipelineConfig.model_validate(data)
    except ValidationError as exc:
        raise config_error_from_validation(path, exc) from None


def load_pipelines(directory: Path | str, env: Mapping[str, str] | None = None) -> list[PipelineConfig]:
    """Every `*.yaml` pipeline in a folder, sorted by file name."""
    return [load_pipeline(p, env) for p in sorted(Path(directory).glob("*.y*ml"))]


def pipeline_paths(directory: Path | str) -> list[Path]:
    return sorted(Path(directory).glob("*.y*ml"))
