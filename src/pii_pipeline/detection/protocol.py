"""The one thing table-level detection needs from a text detector."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from pii_pipeline.types import Span


class SpanDetector(Protocol):
    def detect(self, texts: Sequence[str | None], column_hint: str | None = None) -> list[list[Span]]: ...
