"""The project's one root error, and what may be shown of any exception.

Every error class of the project derives from `PiiPipelineError`. Their messages are written by us
and name files, tables, columns, rows and keys, never a value, so they may be shown. Any other
exception (a driver, pyarrow, the standard library) may quote data in its message: it is shown by its
type and where it happened only. Which is which is decided by type (`isinstance`), never by name.

Bottom layer: imports nothing of the project, so every part can use it.
"""

from __future__ import annotations

import re
import traceback
from pathlib import Path

_PACKAGE_DIR = Path(__file__).resolve().parent


class PiiPipelineError(Exception):
    """Root of the project's errors; the message never carries a value and may be shown."""


class WithheldError(PiiPipelineError):
    """Stands for an exception whose message may quote data: only its type and where are kept.

    `original` keeps the exception for a debugging traceback (PII_PIPELINE_DEBUG); it is not the
    `__cause__`, so loggers that print exception chains (Airflow's task log) do not show it.
    """

    def __init__(self, message: str, original: BaseException | None = None) -> None:
        super().__init__(message)
        self.original = original


def is_safe_error(exc: BaseException) -> bool:
    """Whether `exc`'s message may be shown: only our own errors'."""
    return isinstance(exc, PiiPipelineError)


def where_of(exc: BaseException) -> str:
    """Where an exception happened, without its message: the file it concerns (an OSError's path, a
    decode error's byte offset) and the innermost frame of this package (module, function, line)."""
    parts: list[str] = []
    filename = getattr(exc, "filename", None)
    if isinstance(filename, str | Path) and str(filename):
        parts.append(f"file {filename}")
    if isinstance(exc, UnicodeError) and isinstance(getattr(exc, "start", None), int):
        parts.append(f"byte {exc.start}")  # type: ignore[attr-defined]
    frame = _our_innermost_frame(exc)
    if frame:
        parts.append(frame)
    return ", ".join(parts)


def _our_innermost_frame(exc: BaseException) -> str:
    found = ""  # pragma: no mutate (none of our frames: where_of reads "" and None alike)
    for frame in traceback.extract_tb(exc.__traceback__):
        try:
            rel = Path(frame.filename).resolve().relative_to(_PACKAGE_DIR.parent)
        except ValueError:
            continue
        found = f"in {rel.as_posix()}:{frame.lineno} {frame.name}"
    return found


def describe(exc: BaseException) -> str:
    """What may be shown of `exc`: our message, or a library exception's type and where it happened."""
    if is_safe_error(exc):
        return mask_credentials(str(exc))
    where = where_of(exc)
    return f"{type(exc).__name__} (message withheld: it may quote data)" + (f" {where}" if where else "")


def withheld(exc: BaseException, where: str) -> WithheldError:
    """What to raise instead of an exception whose message may carry a value (raise it `from None`)."""
    found = where_of(exc)
    return WithheldError(
        f"{where}: {type(exc).__name__} (message withheld: it may quote data)" + (f" {found}" if found else ""), exc
    )


# ---------------------------------------------------------------- credentials in messages
# `scheme://user:password@host`: the password; `?password=…&token=…`: every parameter whose name says
# it holds a secret. Applied to every message we show, not only to URLs we know are URLs.
_USERINFO = re.compile(r"(?P<pre>[A-Za-z][A-Za-z0-9+.\-]*://[^\s/@:?#]*:)(?P<secret>[^\s/?#]*)(?=@)")
_SECRET_PARAM = re.compile(
    r"(?P<pre>[?&;](?:[A-Za-z0-9_.\-]*(?:password|passwd|pwd|pass|secret|token|access[_-]?key|secret[_-]?key"
    r"|api[_-]?key|apikey|private[_-]?key|credential|credentials|auth|signature|sig|session)[A-Za-z0-9_.\-]*)=)"
    r"(?P<secret>[^&;#\s]*)",
    re.IGNORECASE,
)
MASK = "***"


class CredentialFilter:
    """A logging filter that masks URL credentials in every record it passes (message and arguments)."""

    def filter(self, record: object) -> bool:
        import logging

        if isinstance(record, logging.LogRecord):
            message = record.getMessage()
            masked = mask_credentials(message)
            if masked != message:
                record.msg, record.args = masked, None
        return True


def mask_credentials(text: str) -> str:
    """`text` with every credential of a URL in it replaced by `***`."""
    text = _USERINFO.sub(lambda m: m.group("pre") + MASK, text)
    return _SECRET_PARAM.sub(lambda m: m.group("pre") + (MASK if m.group("secret") else ""), text)
