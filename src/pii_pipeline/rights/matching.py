"""Finding and replacing a set of tokens in Arrow text columns, vectorised (RE2 through pyarrow).

A structured column holds a token as the whole cell; a free-text or composite column holds it inside
the text. One alternation of the escaped tokens covers both: a cell matches if it contains any token.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

import pyarrow as pa
import pyarrow.compute as pc

ERASED = "[erased]"


def is_text(type_: pa.DataType) -> bool:
    return pa.types.is_string(type_) or pa.types.is_large_string(type_)


class TokenMatcher:
    """Cells holding any of `tokens`; tokens are pseudonyms or ciphertexts, never raw values."""

    def __init__(self, tokens: Iterable[str]) -> None:
        self.tokens = sorted(set(tokens))
        # Longest first: an alternation takes the first branch that matches.
        ordered = sorted(self.tokens, key=len, reverse=True)
        self.pattern = "|".join(re.escape(t) for t in ordered)

    def __bool__(self) -> bool:
        return bool(self.tokens)

    def __len__(self) -> int:
        return len(self.tokens)

    def mask(self, array: pa.Array | pa.ChunkedArray) -> pa.Array | pa.ChunkedArray:
        """Per cell, whether it holds a token (null cells: False)."""
        if not self.tokens:
            return pa.array([False] * len(array))
        return pc.fill_null(pc.match_substring_regex(array, self.pattern), False)

    def replace(self, array: pa.Array | pa.ChunkedArray, marker: str = ERASED) -> pa.Array | pa.ChunkedArray:
        # `\` is the only special character of an RE2 rewrite string; the marker has none.
        return pc.replace_substring_regex(array, self.pattern, marker.replace("\\", "\\\\"))

    def which(self, cell: str) -> list[str]:
        """The tokens inside one (matched) cell."""
        return [t for t in self.tokens if t in cell]


def text_columns(schema: pa.Schema) -> list[str]:
    return [f.name for f in schema if is_text(f.type)]


def scrub_batch(batch: pa.RecordBatch, matcher: TokenMatcher, *, drop_rows: bool) -> tuple[pa.RecordBatch, int, int]:
    """(batch without the tokens, cells changed, rows dropped). Replace by default; with `drop_rows`
    every row holding a token goes."""
    if not matcher or not batch.num_rows:
        return batch, 0, 0
    columns = list(batch.columns)
    any_hit = None
    cells = 0
    for i, field in enumerate(batch.schema):
        if not is_text(field.type):
            continue
        hit = matcher.mask(columns[i])
        n = pc.sum(hit).as_py() or 0
        if not n:
            continue
        cells += n
        any_hit = hit if any_hit is None else pc.or_(any_hit, hit)
        if not drop_rows:
            columns[i] = matcher.replace(columns[i])
    if not cells:
        return batch, 0, 0
    out = pa.RecordBatch.from_arrays(columns, schema=batch.schema)
    if drop_rows:
        kept = out.filter(pc.invert(any_hit))
        return kept, cells, batch.num_rows - kept.num_rows
    return out, cells, 0
