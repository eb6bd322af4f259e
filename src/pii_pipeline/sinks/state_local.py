"""A table's state in a local (or mounted, shared) folder: today's `<root>/_state/<store>/<table>/`.

Every file is written under a temporary name of its own and moved into place with `os.replace`, so a
reader sees the old file or the new one; watermark.json, which runs of different intervals update at
once, is a versioned compare-and-swap under an exclusive `flock` (see `update_json`).
"""

from __future__ import annotations

import fcntl
import json
import os
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path


def private_dir(path: Path) -> Path:
    path.mkdir(parents=True, exist_ok=True, mode=0o700)
    os.chmod(path, 0o700)
    return path


def write_json_atomic(path: Path, content: object) -> None:
    """Replace `path` with `content` through a temporary file of its own (never a shared name)."""
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            json.dump(content, fh, indent=2, sort_keys=True)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _read_versioned(path: Path) -> tuple[dict, int]:
    try:
        doc = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {}, 0
    version = doc.get("version", 0) if isinstance(doc, dict) else 0
    return (doc if isinstance(doc, dict) else {}), version if isinstance(version, int) else 0


def compare_and_swap(path: Path, expected_version: int, content: dict) -> bool:
    """Write `content` as version expected_version + 1 if the file is still at `expected_version`."""
    if _read_versioned(path)[1] != expected_version:
        return False
    write_json_atomic(path, {**content, "version": expected_version + 1})
    return True


def update_json(path: Path, change: Callable[[dict], dict]) -> dict:
    """Read-modify-write of a small state file (watermark.json) that concurrent runs update.

    Under an exclusive lock on a lock file beside it (runs of different intervals commit at once),
    each update is a compare-and-swap on the file's version, written through a temporary file of its
    own and `os.replace`: no update is lost, a reader never sees half a file.
    """
    fd = os.open(path.with_name(f".{path.name}.lock"), os.O_RDWR | os.O_CREAT | os.O_CLOEXEC, 0o600)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        while True:
            current, version = _read_versioned(path)
            new = change({k: v for k, v in current.items() if k != "version"})
            if compare_and_swap(path, version, new):
                return {**new, "version": version + 1}
    finally:
        os.close(fd)  # releases the lock


class LocalStateStore:
    """One table's state folder. Names are relative paths of plain components (`keys/<file>`)."""

    remote = False

    def __init__(self, folder: Path) -> None:
        self.folder = Path(folder)

    def where(self, name: str) -> str:
        return str(self.folder / name)

    def read_json(self, name: str) -> object | None:
        try:
            return json.loads((self.folder / name).read_text(encoding="utf-8"))
        except FileNotFoundError:
            return None

    def write_json(self, name: str, content: object) -> None:
        private_dir(self.folder)
        write_json_atomic(self.folder / name, content)

    def update_json(self, name: str, change: Callable[[dict], dict]) -> dict:
        private_dir(self.folder)
        return update_json(self.folder / name, change)

    def write_file(self, name: str, write: Callable[[Path], None]) -> str:
        """`write` fills a temporary file beside the target, which then replaces it in one step."""
        path = self.folder / name
        private_dir(self.folder)
        path.parent.mkdir(parents=True, exist_ok=True)
        # A temporary name of its own: two runs of one interval may write at once (same bytes, either wins).
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".partial")
        os.close(fd)
        try:
            write(Path(tmp))
            os.replace(tmp, path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
        return str(path)

    @contextmanager
    def read_file(self, name: str) -> Iterator[Path]:
        path = self.folder / name
        if not path.is_file():
            raise FileNotFoundError(str(path))
        yield path

    def list(self, folder: str, suffix: str = "") -> list[str]:
        """Names of the files directly in `folder` that end with `suffix`, sorted."""
        where = self.folder / folder
        return sorted(p.name for p in where.glob(f"*{suffix}") if p.is_file()) if where.is_dir() else []

    def exists(self, name: str) -> bool:
        return (self.folder / name).exists()

    def delete(self, name: str) -> bool:
        path = self.folder / name
        existed = path.exists()
        path.unlink(missing_ok=True)
        return existed
