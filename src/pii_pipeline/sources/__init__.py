from .errors import SchemaChangedError, SourceError
from .files import read_file_batches
from .sql import SqlSource

__all__ = ["SchemaChangedError", "SourceError", "SqlSource", "read_file_batches"]
