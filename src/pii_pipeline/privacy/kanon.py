"""k-anonymity over a partition's quasi-identifiers: measure equivalence classes, then generalise
(global recoding, one column a step, Datafly's choice: the column with the most distinct values) until
few enough rows sit in classes smaller than k, and suppress the quasi-identifier cells of those rows.

Suppressed rows form one class (every quasi-identifier null); if it would be smaller than k, rows of the
next-smallest classes join it. So a partition of at least k rows always leaves with every class >= k.
Nothing is dropped: rows keep their other columns.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import date

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from .hierarchies import generalize, levels

SIZE_BUCKETS = ((1, 1), (2, 4), (5, 9), (10, 19), (20, 49), (50, 99), (100, None))


@dataclass
class KResult:
    columns: dict[str, pa.Array]  # output column name -> array (typed)
    levels: dict[str, int]  # quasi-identifier -> level applied
    suppressed_rows: int
    suppressed_cells: int
    class_sizes: np.ndarray  # per row: size of its equivalence class (after enforcement)
    class_ids: np.ndarray  # per row: its class number
    notes: list[str] = field(default_factory=list)


def class_ids(arrays: list[pa.Array]) -> tuple[np.ndarray, np.ndarray]:
    """(class id per row, size per row) over the given columns; null is a value like any other."""
    n = len(arrays[0]) if arrays else 0
    if not n:
        return np.zeros(0, np.int64), np.zeros(0, np.int64)
    codes = []
    for a in arrays:
        enc = pc.dictionary_encode(a, null_encoding="encode")
        codes.append(enc.indices.to_numpy(zero_copy_only=False).astype(np.int64))
    stacked = np.stack(codes, axis=1)
    _, ids, counts = np.unique(stacked, axis=0, return_inverse=True, return_counts=True)
    ids = ids.reshape(-1)
    return ids, counts[ids]


def _generalized(qi: dict[str, tuple[str, pa.Array]], at: dict[str, int], as_of: date) -> dict[str, pa.Array]:
    out: dict[str, pa.Array] = {}
    for name, (kind, values) in qi.items():
        for col, arr in generalize(kind, name, values, at[name], as_of).columns:
            out[col] = arr
    return out


def enforce(
    qi: dict[str, tuple[str, pa.Array]],
    *,
    min_k: int,
    on_small_class: str,
    max_suppressed_share: float,
    as_of: date,
) -> KResult:
    """`qi`: quasi-identifier name -> (kind, values of the whole partition)."""
    at = dict.fromkeys(qi, 0)
    cols = _generalized(qi, at, as_of)
    rows = len(next(iter(cols.values()))) if cols else 0
    ids, sizes = class_ids(list(cols.values()))
    if on_small_class == "generalize":
        budget = max_suppressed_share * rows
        while int((sizes < min_k).sum()) > budget:
            # Raise one level of the column with the most distinct values, never to its last
            # level (all null): that is what suppression is for, and only for the rows that need it.
            candidates = [n for n in qi if at[n] < levels(qi[n][0]) - 2]
            if not candidates:
                break
            widest = max(candidates, key=lambda n: _distinct(cols, n, qi[n][0]))
            at[widest] += 1
            cols = _generalized(qi, at, as_of)
            ids, sizes = class_ids(list(cols.values()))
    small = sizes < min_k
    notes: list[str] = []
    if small.any():
        small = _pad_to_k(small, ids, sizes, min_k)
        if rows < min_k:
            notes.append(
                f"the partition has {rows} row(s), fewer than min_k {min_k}: every quasi-identifier is suppressed"
            )
    suppressed_cells = 0
    if small.any():
        mask = pa.array(small)
        for name, arr in list(cols.items()):
            suppressed_cells += int((small & ~np.asarray(pc.is_null(arr).to_numpy(zero_copy_only=False))).sum())
            cols[name] = pc.if_else(mask, pa.scalar(None, arr.type), arr)
        ids, sizes = class_ids(list(cols.values()))
    return KResult(cols, at, int(small.sum()), suppressed_cells, sizes, ids, notes)


def _distinct(cols: dict[str, pa.Array], name: str, kind: str) -> int:
    mine = [a for c, a in cols.items() if c == name or c.startswith(name + "_")]
    return max((pc.count_distinct(a).as_py() for a in mine), default=0)


def _pad_to_k(small: np.ndarray, ids: np.ndarray, sizes: np.ndarray, k: int) -> np.ndarray:
    """Suppressed rows become one class; add the smallest other classes until it holds >= k rows."""
    small = small.copy()
    if small.sum() >= k or small.all():
        return small
    order = sorted({(int(s), int(i)) for s, i in zip(sizes[~small], ids[~small], strict=True)})
    for _, cid in order:
        small |= ids == cid
        if small.sum() >= k:
            break
    return small


def size_distribution(ids: np.ndarray, sizes: np.ndarray) -> list[dict]:
    """Classes and rows per size bucket (1, 2-4, 5-9, ...)."""
    per_class = Counter(int(s) for s in np.unique(np.stack([ids, sizes], axis=1), axis=0)[:, 1]) if len(ids) else {}
    out = []
    for lo, hi in SIZE_BUCKETS:
        classes = sum(c for s, c in per_class.items() if s >= lo and (hi is None or s <= hi))
        rows = sum(s * c for s, c in per_class.items() if s >= lo and (hi is None or s <= hi))
        label = str(lo) if lo == hi else (f"{lo}+" if hi is None else f"{lo}-{hi}")
        out.append({"size": label, "classes": classes, "rows": rows})
    return out


def l_diversity(ids: np.ndarray, sensitive: pa.Array) -> dict:
    """Distinct l-diversity: per class, how many distinct values of the sensitive column; the minimum and spread."""
    if not len(ids):
        return {"min_l": None, "classes_with_l1": 0}
    codes = pc.dictionary_encode(sensitive, null_encoding="encode").indices.to_numpy(zero_copy_only=False)
    pairs = np.unique(np.stack([ids, codes.astype(np.int64)], axis=1), axis=0)
    _, per_class = np.unique(pairs[:, 0], return_counts=True)
    return {
        "min_l": int(per_class.min()),
        "median_l": float(np.median(per_class)),
        "classes_with_l1": int((per_class == 1).sum()),
        "classes": int(len(per_class)),
    }
