"""Reading one table of a SQL store in bounded Arrow record batches, by watermark interval."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime

import pyarrow as pa
import sqlalchemy as sa

from pii_pipeline.config import StoreConfig, TableConfig
from pii_pipeline.failpoints import failpoint

from .arrow_types import schema_for
from .connection import make_engine, redacted_url, resolve_url, with_retries
from .convert import Reject, rows_to_batch
from .errors import SourceError


def _unescape(name: str) -> str:
    return name.replace("``", "`")


class SqlSource:
    """One store. The same reader serves SQLite, PostgreSQL and MariaDB."""

    def __init__(self, store: StoreConfig, *, name: str = "store") -> None:
        self.store = store
        self.name = name
        self.url = resolve_url(store)
        self.engine = make_engine(self.url, store.connect_timeout_s)

    def describe(self) -> str:
        return f"{self.name} ({redacted_url(self.url)})"

    def _retry(self, what: str, action, *, retry: bool = True):  # noqa: ANN001, ANN202 - thin wrapper
        """`action()`, retried with back-off; with `retry=False` just once (the caller runs the only
        retry loop, e.g. `stages.extract` around a whole read: loops nested inside it would multiply)."""
        if not retry:
            return action()
        return with_retries(
            f"{self.name}: {what}", action, retries=self.store.retries, backoff_s=self.store.retry_backoff_s
        )

    def reflect(self, table: str, *, retry: bool = True) -> sa.Table:
        def load() -> sa.Table:
            try:
                reflected = sa.Table(table, sa.MetaData(), autoload_with=self.engine)
            except sa.exc.NoSuchTableError:
                raise SourceError(f"{self.name}: table {table} does not exist") from None
            return self._unescaped(reflected)

        return self._retry(f"reflect {table}", load, retry=retry)

    def _is_mysql(self) -> bool:
        return self.engine.dialect.name in ("mysql", "mariadb")

    def _unescaped(self, table: sa.Table) -> sa.Table:
        """The table with its columns' real names. SQLAlchemy's MySQL/MariaDB reflection reads names
        from SHOW CREATE TABLE and leaves a backtick in a name doubled (`a``b` gives a``b); the query
        would then name a column that does not exist. Every query quotes names per dialect (SQLAlchemy
        does, from these names), so a backtick or a double quote in a name is just a character."""
        if not self._is_mysql() or not any("``" in c.name for c in table.columns):
            return table
        columns = [
            sa.Column(_unescape(c.name), c.type, primary_key=c.primary_key, nullable=c.nullable) for c in table.columns
        ]
        return sa.Table(table.name, sa.MetaData(), *columns, schema=table.schema)

    def _comparable(self, wm: sa.Column):  # noqa: ANN202
        """SQLite keeps timestamps as text in whatever format the writer used ('…00:00:00' and
        '…00:00:00.000000' compare unequal as strings); normalise both sides there."""
        if self.engine.dialect.name == "sqlite" and isinstance(wm.type, sa.DateTime | sa.Date):
            return lambda expr: sa.func.strftime("%Y-%m-%d %H:%M:%f", expr)
        return lambda expr: expr

    def is_unique_key(self, table: str, column: str) -> bool:
        """Whether `column` alone is the table's primary key or a unique column (then no de-duplication is needed)."""

        def check() -> bool:
            reflected = self.reflect(table, retry=False)  # inside this one retry loop
            if [c.name for c in reflected.primary_key.columns] == [column]:
                return True
            inspector = sa.inspect(self.engine)
            names = _unescape if self._is_mysql() else str
            for unique in inspector.get_unique_constraints(table):
                if list(map(names, unique.get("column_names") or [])) == [column]:
                    return True
            return any(
                ix.get("unique") and list(map(names, ix.get("column_names") or [])) == [column]
                for ix in inspector.get_indexes(table)
            )

        return self._retry(f"inspect {table}", check)

    def schema(self, table: str) -> pa.Schema:
        return schema_for(self.reflect(table))

    def read_batches(
        self,
        table_cfg: TableConfig,
        *,
        since: datetime | None = None,
        until: datetime | None = None,
        batch_size: int | None = None,
        retry: bool = True,
    ) -> Iterator[pa.RecordBatch]:
        """Rows with `since <= watermark < until` as Arrow batches (rows that do not fit raise)."""
        for batch, rejects in self.read(table_cfg, since=since, until=until, batch_size=batch_size, retry=retry):
            if rejects:
                r = rejects[0]
                raise SourceError(f"{self.name}: {table_cfg.name}: row {r.row_key}, column {r.column}: {r.reason}")
            yield batch

    def read(
        self,
        table_cfg: TableConfig,
        *,
        since: datetime | None = None,
        until: datetime | None = None,
        batch_size: int | None = None,
        retry: bool = True,
    ) -> Iterator[tuple[pa.RecordBatch, list[Reject]]]:
        """Rows with `since <= watermark < until`, ordered by watermark then key, `batch_size` at a time,
        each batch with the rows that could not be represented (for quarantine).

        The cursor is server-side (stream_results), so a table never sits whole in memory. Reflecting
        the table and opening the cursor are retried, unless `retry=False`: then the caller's retry
        loop is the only one (`stages.extract` retries whole reads). A connection lost after the
        first batch raises either way (batches already yielded cannot be taken back), and the caller
        restarts the whole read.
        """
        table = self.reflect(table_cfg.name, retry=retry)
        schema = schema_for(table)
        for needed in (table_cfg.primary_key, table_cfg.watermark):
            if needed not in table.c:
                raise SourceError(f"{self.name}: table {table_cfg.name} has no column {needed}")
        wm = table.c[table_cfg.watermark]
        query = sa.select(table).order_by(wm, table.c[table_cfg.primary_key])
        bound = self._comparable(wm)
        if since is not None:
            query = query.where(bound(wm) >= bound(sa.literal(since, wm.type)))
        if until is not None:
            query = query.where(bound(wm) < bound(sa.literal(until, wm.type)))
        size = batch_size or table_cfg.batch_size
        key_index = schema.names.index(table_cfg.primary_key)

        def open_cursor():  # noqa: ANN202
            failpoint("source.open")
            conn = self.engine.connect().execution_options(stream_results=True, yield_per=size)
            try:
                return conn, conn.execute(query)
            except Exception:
                conn.close()
                raise

        conn, result = self._retry(f"read {table_cfg.name}", open_cursor, retry=retry)
        try:
            for rows in result.partitions(size):
                yield rows_to_batch([tuple(r) for r in rows], schema, key_index, table_cfg.max_cell_bytes)
                failpoint("source.between_batches", connection=conn)
        finally:
            # A connection lost mid-read fails here too (MariaDB's driver may have every row
            # buffered already; ending the transaction then fails): the caller restarts the read.
            try:
                result.close()
            finally:
                conn.close()
