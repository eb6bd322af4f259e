"""A small published output written by hand: two stores under one root, tokens made with a real key."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pyarrow as pa
import pytest

from pii_pipeline.config import load_pipeline
from pii_pipeline.deid.keys import generate_key_file, load_keyring
from pii_pipeline.deid.normalize_values import normalize
from pii_pipeline.deid.tokens import Tokenizer
from pii_pipeline.sinks import OutputLayout, write_parquet

PIPELINE = """
name: {name}
store: {{url: "sqlite:///{home}/stores/{name}.db"}}
tables:
  - {{name: {name}, primary_key: id, watermark: updated_at}}
output: {{root: "{home}/output"}}
"""


class Published:
    def __init__(self, home: Path) -> None:
        self.home = home
        self.key_file = home / "keys" / "key.json"
        self.key_file.parent.mkdir(parents=True)
        generate_key_file(self.key_file)
        self.tok = Tokenizer(load_keyring(self.key_file))
        self.layout = OutputLayout(home / "output")
        self.pipelines: list[Path] = []
        for name in ("gifts", "helpers"):
            path = home / "pipelines" / f"{name}.yaml"
            path.parent.mkdir(exist_ok=True)
            path.write_text(PIPELINE.format(name=name, home=home), encoding="utf-8")
            self.pipelines.append(path)

    def token(self, entity: str, value: str) -> str:
        return self.tok.pseudonym(entity, normalize(entity, value))

    def write(self, store: str, load_date: date, rows: list[dict]) -> Path:
        path = self.layout.partition_file(store, store, load_date)
        path.parent.mkdir(parents=True, exist_ok=True)
        table = pa.Table.from_pylist(rows)
        write_parquet(path, table.to_batches(), table.schema)
        return path

    def configs(self):  # noqa: ANN201
        return [load_pipeline(p) for p in self.pipelines]


@pytest.fixture
def published(tmp_path: Path) -> Published:
    return Published(tmp_path)
