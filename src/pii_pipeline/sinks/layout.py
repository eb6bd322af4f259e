"""Where everything lives under a pipeline's output root.

    <root>/parquet/<store>/<table>/load_date=YYYY-MM-DD/data.parquet   analysts
    <root>/reports/<store>/<run_id>/report.{json,html}, findings.parquet   security staff
    <root>/quarantine/<store>/<table>/load_date=YYYY-MM-DD/<run_id>.parquet   security staff only
    <root>/_state/<store>/<table>/...                                  watermarks and manifests
    <root>/_publish/...                                                staged files, same file system

One file per partition: publishing is a single `os.replace`, which is atomic, so a reader sees
the old partition or the new one, never half of either.

A table's state folder holds schema.json, manifest-<load_date>.json, watermark.json, leaks-<d>.json
and keys/load_date=<d>.parquet. With `output.state` it lives at `<state>/<store>/<table>/` instead, a
folder or an fsspec URI (`s3://…`, where watermark.json is kept as versions `watermark/v<N>.json`):
see `state_store.table_state`; `state_dir` is only the default place.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from pii_pipeline.names import check_path_name, validate_run_id

PARTITION_FILE = "data.parquet"


@dataclass(frozen=True)
class OutputLayout:
    root: Path

    def dataset(self, store: str, table: str) -> Path:
        return self.root / "parquet" / _names(store, table)

    def partition_dir(self, store: str, table: str, load_date: date) -> Path:
        return self.dataset(store, table) / f"load_date={load_date.isoformat()}"

    def partition_file(self, store: str, table: str, load_date: date) -> Path:
        return self.partition_dir(store, table, load_date) / PARTITION_FILE

    def publish_staging(self, store: str, table: str, run_id: str) -> Path:
        return self.root / "_publish" / _names(store, table) / safe_name(run_id)

    def quarantine_file(self, store: str, table: str, load_date: date, run_id: str) -> Path:
        return (
            self.root
            / "quarantine"
            / _names(store, table)
            / f"load_date={load_date.isoformat()}"
            / f"{safe_name(run_id)}.parquet"
        )

    def state_dir(self, store: str, table: str) -> Path:
        return self.root / "_state" / _names(store, table)

    def reports_root(self) -> Path:
        return self.root / "reports"

    def run_report_dir(self, store: str, run_id: str) -> Path:
        return self.reports_root() / check_path_name(store, "store name") / safe_name(run_id)


def _names(store: str, table: str) -> Path:
    # Every name that becomes a folder is checked where the path is built: one component each.
    return Path(check_path_name(store, "store name")) / check_path_name(table, f"table name in {store}")


def safe_name(run_id: str) -> str:
    """Airflow run ids hold ':' and '+'; keep file names portable. The id is validated first, so the
    result is one path component, never `.`, `..` or empty."""
    validate_run_id(run_id)
    return "".join(ch if ch.isalnum() or ch in "-_." else "_" for ch in run_id)
