"""Reading pipeline YAML files into validated models."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

from pydantic import ValidationError

from pii_pipeline.file_kinds import split_pipeline_files

from .errors import config_error_from_validation
from .interpolate import environ, expand
from .models import PipelineConfig, is_remote_uri
from .yaml_file import read_yaml_mapping


def _resolve(base: Path, value: object) -> object:
    if isinstance(value, str) and value and not Path(value).is_absolute():
        if ".." in Path(value).parts:
            return str(base / value)  # kept as written: the model refuses a path that climbs out
        return str((base / value).resolve())
    return value


def load_pipeline(path: Path | str, env: Mapping[str, str] | None = None) -> PipelineConfig:
    """Load one pipeline file; relative paths in it are relative to the file itself."""
    path = Path(path)
    raw = read_yaml_mapping(path)
    data = expand(raw, environ() if env is None else env, source=str(path))
    base = path.resolve().parent
    for key in ("policy", "reviewed_decisions"):
        if key in data:
            data[key] = _resolve(base, data[key])
    if isinstance(data.get("output"), dict):
        for key in ("root", "staging", "state"):
            value = data["output"].get(key)
            if value is not None and not (isinstance(value, str) and is_remote_uri(value)):
                data["output"][key] = _resolve(base, value)
    try:
        return PipelineConfig.model_validate(data)
    except ValidationError as exc:
        raise config_error_from_validation(path, exc) from None


def load_pipelines(directory: Path | str, env: Mapping[str, str] | None = None) -> list[PipelineConfig]:
    """Every pipeline file in a folder, sorted by file name (policy and reviewed-decisions files skipped)."""
    return [load_pipeline(p, env) for p in pipeline_paths(directory)]


def pipeline_paths(directory: Path | str) -> list[Path]:
    return split_pipeline_files(directory)[0]
