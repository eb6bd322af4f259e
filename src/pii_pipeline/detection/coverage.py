"""Whether findings cover a value: the rule `eval` scores "protected" by, and detection steps judge a field's value
by ("Sími: +354 680 0219": the value is a finding whole)."""

from __future__ import annotations

from collections.abc import Iterable


def covered(text: str, start: int, end: int, intervals: Iterable[tuple[int, int]]) -> bool:
    """Every letter and digit of text[start:end] lies inside one of `intervals`."""
    mask = [False] * (end - start)
    for s, e in intervals:
        for i in range(max(s, start), min(e, end)):
            mask[i - start] = True
    return all(m or not text[start + i].isalnum() for i, m in enumerate(mask))
