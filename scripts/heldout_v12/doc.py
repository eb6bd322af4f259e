"""Text builder that records labelled character spans while a document is assembled."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Union

Piece = Union[str, tuple[str, str]]
Transform = Callable[[str, bool], str]

_SLOT = re.compile(r"\{(\w+)\}")
_BAD_START = set(" \t\r\n.,;:!?\"'»”’)]}।॥။၊។៕、。，：；")
_BAD_END = set(" \t\r\n.,;:!?\"'«“‘([{।॥။၊។៕、。，：；-/")


class SpanError(ValueError):
    """Raised when a document violates a span invariant."""


class Doc:
    """Accumulates text; values passed as (text, label) tuples become spans."""

    def __init__(self, transform: Transform | None = None) -> None:
        self._parts: list[str] = []
        self._spans: list[dict[str, object]] = []
        self._len = 0
        self.transform = transform

    def __len__(self) -> int:
        return self._len

    def _plain(self, s: str) -> None:
        if self.transform is not None:
            s = self.transform(s, False)
        self._parts.append(s)
        self._len += len(s)

    def _value(self, value: str, label: str) -> None:
        if not label:
            self._plain(value)
            return
        if self.transform is not None:
            value = self.transform(value, True)
        start = self._len
        self._parts.append(value)
        self._len += len(value)
        self._spans.append({"start": start, "end": self._len, "label": label, "text": value})

    def add(self, *pieces: Piece) -> Doc:
        for p in pieces:
            if isinstance(p, tuple):
                self._value(p[0], p[1])
            else:
                self._plain(p)
        return self

    def t(self, template: str, **slots: Piece) -> Doc:
        """Append a template whose {slot} markers are filled from slots (str or (value, label))."""
        pos = 0
        for m in _SLOT.finditer(template):
            if m.start() > pos:
                self._plain(template[pos : m.start()])
            piece = slots[m.group(1)]
            self.add(piece)
            pos = m.end()
        if pos < len(template):
            self._plain(template[pos:])
        return self

    def nl(self, n: int = 1) -> Doc:
        self._plain("\n" * n)
        return self

    @property
    def text(self) -> str:
        return "".join(self._parts)

    def result(self) -> tuple[str, list[dict[str, object]]]:
        text = self.text
        spans = [dict(s) for s in self._spans]
        check(text, spans)
        return text, spans


def check(text: str, spans: list[dict[str, object]]) -> None:
    prev_end = -1
    for s in spans:
        start, end, val = int(s["start"]), int(s["end"]), str(s["text"])  # type: ignore[call-overload]
        if end <= start:
            raise SpanError(f"empty span {s}")
        if text[start:end] != val:
            raise SpanError(f"offset mismatch {s}")
        if start < prev_end:
            raise SpanError(f"overlap at {s}")
        prev_end = end
        if val[0] in _BAD_START or val[-1] in _BAD_END:
            raise SpanError(f"edge punctuation/whitespace in {s}")
        if val[0] == "(" and ")" not in val:
            raise SpanError(f"unbalanced start in {s}")
        if val[-1] == ")" and "(" not in val:
            raise SpanError(f"unbalanced end in {s}")
