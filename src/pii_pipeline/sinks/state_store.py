"""Where a table's state lives: watermarks, manifests, the schema, row keys and leak lists.

By default a folder under the output root, `<root>/_state/<store>/<table>/` (`LocalStateStore`); with
`output.state` a folder elsewhere, or an fsspec URI such as `s3://bucket/prefix` that every worker
reaches (`FsspecStateStore`): then a worker's disk holds no state between tasks and runs, and the
output root need only hold what analysts read. State holds no raw values: digests, counts, run ids,
watermarks and row keys (sealed when remote; see `state_remote`).
"""

from __future__ import annotations

from collections.abc import Callable
from contextlib import AbstractContextManager
from pathlib import Path
from typing import Protocol

from pii_pipeline.config.models import OutputConfig
from pii_pipeline.names import check_path_name

from .layout import OutputLayout
from .staging_store import PurposeKeys
from .state_local import LocalStateStore
from .state_remote import FsspecStateStore, StateStoreError


class StateStore(Protocol):
    """One table's state. Names are relative paths of plain components (`watermark.json`, `keys/<file>`)."""

    remote: bool

    def where(self, name: str) -> str:
        """The path or URI of `name`, for messages and references (never with credentials)."""
        ...

    def read_json(self, name: str) -> object | None:
        """The document, or None when there is none."""
        ...

    def write_json(self, name: str, content: object) -> None:
        """Replace the document in one step: a reader sees the old one or the new one."""
        ...

    def update_json(self, name: str, change: Callable[[dict], dict]) -> dict:
        """Read-modify-write that no concurrent update can undo; returns the new document (with its version)."""
        ...

    def write_file(self, name: str, write: Callable[[Path], None]) -> str:
        """`write` fills a local file, which then becomes `name` in one step; returns where it is."""
        ...

    def read_file(self, name: str) -> AbstractContextManager[Path]:
        """A local path to read `name` from during the block (FileNotFoundError if there is none)."""
        ...

    def list(self, folder: str, suffix: str = "") -> list[str]:
        """Names of the files directly in `folder` ending with `suffix`, sorted."""
        ...

    def exists(self, name: str) -> bool: ...

    def delete(self, name: str) -> bool:
        """Remove `name`; whether there was one."""
        ...


def table_state(
    output: OutputConfig,
    store: str,
    table: str,
    keys: Callable[[], PurposeKeys] | None = None,
) -> StateStore:
    """The state store of one table, as the pipeline's `output` section says.

    `keys` gives the key ring that seals row keys in a remote store; it is called only when needed.
    """
    state = output.state
    if state is None:
        return LocalStateStore(OutputLayout(output.root).state_dir(store, table))
    names = f"{check_path_name(store, 'store name')}/{check_path_name(table, f'table name in {store}')}"
    if isinstance(state, Path):
        return LocalStateStore(state / names)
    return FsspecStateStore(f"{state}/{names}", output.state_options, keys, context=names)


__all__ = ["FsspecStateStore", "LocalStateStore", "StateStore", "StateStoreError", "table_state"]
