"""Which published tables a request covers: every table of every configured pipeline.

Pipeline files come from `--pipeline FILE` options, else the folder in PII_PIPELINE_CONFIG_DIR, else
`./pipelines`, else the repository's `pipelines/`; `${PII_PIPELINE_HOME}` in them is expanded as for
a run. Two pipelines writing to the same output root share one suppression list.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from pii_pipeline.config import PipelineConfig, load_pipeline, pipeline_paths
from pii_pipeline.config.models import OutputConfig
from pii_pipeline.sinks import OutputLayout
from pii_pipeline.sinks.layout import PARTITION_FILE
from pii_pipeline.sinks.state_store import LocalStateStore, StateStore, table_state

CONFIG_DIR_ENV = "PII_PIPELINE_CONFIG_DIR"
_REPO_PIPELINES = Path(__file__).resolve().parents[3] / "pipelines"
_LOAD_DATE = re.compile(r"^load_date=(\d{4}-\d{2}-\d{2})$")


@dataclass(frozen=True)
class Dataset:
    store: str
    table: str
    primary_key: str
    layout: OutputLayout
    output: OutputConfig | None = None  # where its state lives (None: under the layout's root)

    @property
    def folder(self) -> Path:
        return self.layout.dataset(self.store, self.table)

    def state(self) -> StateStore:
        """The table's state store (manifests are JSON: no key ring is needed for them)."""
        if self.output is None:
            return LocalStateStore(self.layout.state_dir(self.store, self.table))
        return table_state(self.output, self.store, self.table)

    def partitions(self) -> list[tuple[date, Path]]:
        """(load date, file) of every published partition, oldest first."""
        found = []
        if self.folder.is_dir():
            for sub in self.folder.iterdir():
                m = _LOAD_DATE.match(sub.name)
                if m and (sub / PARTITION_FILE).is_file():
                    found.append((date.fromisoformat(m.group(1)), sub / PARTITION_FILE))
        return sorted(found)


def default_pipeline_files() -> list[Path]:
    folder = os.environ.get(CONFIG_DIR_ENV)
    if folder:
        return pipeline_paths(folder)
    local = Path("pipelines")
    return pipeline_paths(local if local.is_dir() else _REPO_PIPELINES)


def load_configs(files: Iterable[Path] | None = None) -> list[PipelineConfig]:
    files = list(files) if files else default_pipeline_files()
    return [load_pipeline(f) for f in files]


def datasets(configs: Iterable[PipelineConfig]) -> Iterator[Dataset]:
    seen: set[Path] = set()
    for cfg in configs:
        layout = OutputLayout(cfg.output.root)
        for table in cfg.tables:
            ds = Dataset(cfg.name, table.name, table.primary_key, layout, cfg.output)
            if ds.folder not in seen:
                seen.add(ds.folder)
                yield ds


def output_roots(configs: Iterable[PipelineConfig]) -> list[Path]:
    return sorted({Path(cfg.output.root) for cfg in configs})
