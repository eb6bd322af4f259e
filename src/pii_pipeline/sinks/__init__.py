from .layout import OutputLayout, safe_name
from .parquet import StagedParquetFile, write_parquet

__all__ = ["OutputLayout", "StagedParquetFile", "safe_name", "write_parquet"]
