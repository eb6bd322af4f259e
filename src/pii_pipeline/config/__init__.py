from .errors import ConfigError
from .loader import load_pipeline, load_pipelines, pipeline_paths
from .models import DEFAULT_SPACY_MODEL, ColumnPin, DetectionConfig, PipelineConfig, StoreConfig, TableConfig

__all__ = [
    "DEFAULT_SPACY_MODEL",
    "ColumnPin",
    "ConfigError",
    "DetectionConfig",
    "PipelineConfig",
    "StoreConfig",
    "TableConfig",
    "load_pipeline",
    "load_pipelines",
    "pipeline_paths",
]
