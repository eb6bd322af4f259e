"""The one thing table-level detection needs from a text detector."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from pii_pipeline.types import Span

# A finding's reason when a well-formed identifier was reported on its shape and check alone, with no word naming it
# (issue 12.5): recall first, but a reviewer sees which findings rest on the shape only.
NO_CONTEXT_REASON = "no context word"


class SpanDetector(Protocol):
    def detect(self, texts: Sequence[str | None], column_hint: str | None = None) -> list[list[Span]]: ...
