"""Generalisation hierarchies of the quasi-identifier kinds, on whole Arrow columns, with typed output.

Level 0 is HIPAA Safe Harbor (45 CFR 164.514(b)(2)) where it applies; each higher level is coarser;
the last level of every kind is "suppressed" (null). Inputs may be the source's values or what the
policy already made of them (`1971` for a date of birth at year granularity, `6-12` for an age band,
`36.0, -111.0` for coordinates); a value that cannot be read becomes null, never passes through.

    kind         output columns (types)                        levels
    zip          <col> string                                  941 (000 for sparse areas) | 9 | null
    birth_year   <col> int32                                   year (born <= as_of-90: as_of-90) | 5 y | 10 y | null
    age          <col>_min int16, <col>_max int16 (null: open) Safe Harbor band, 90+ | 20-year band | null
    date         <col> date32 (first day of the period)        month | quarter | year | null
    coordinates  <col>_lat float64, <col>_lon float64          1 decimal | 0 decimals | 5, 10, 20-degree grid | null
    category     <col> as is                                   value | null
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

# Three-digit ZIP areas with 20,000 people or fewer (2000 Census), which Safe Harbor turns into 000.
SPARSE_ZIP3 = frozenset(
    ("036", "059", "063", "102", "203", "556", "692", "790", "821", "823", "830", "831", "878", "879", "884")
    + ("890", "893")
)
SAFE_HARBOR_MAX_AGE = 89  # older ages are one category, "90 or older"
AGE_EDGES = (0, 6, 13, 18, 25, 35, 45, 55, 65, 90)  # the policy's age bands, plus Safe Harbor's 90+
LEVELS = {"zip": 3, "birth_year": 4, "age": 3, "date": 4, "coordinates": 6, "category": 2}

_BAND = re.compile(r"^\s*(\d{1,3})\s*(?:-\s*(\d{1,3})|\+)\s*$")
_NUMBER = re.compile(r"[-+]?\d+(?:\.\d+)?")
_YEAR = re.compile(r"(?<!\d)(1[89]\d\d|20\d\d)(?!\d)")
_ZIP5 = re.compile(r"^\s*(\d{5})(?:-?\d{4})?\s*$")


@dataclass(frozen=True)
class Generalized:
    """One quasi-identifier at one level: its output columns, in order (name, array)."""

    columns: list[tuple[str, pa.Array]]


def levels(kind: str) -> int:
    return LEVELS[kind]


def generalize(kind: str, name: str, values: pa.Array, level: int, as_of: date) -> Generalized:
    fn = {
        "zip": _zip,
        "birth_year": _birth_year,
        "age": _age,
        "date": _date,
        "coordinates": _coordinates,
        "category": _category,
    }[kind]
    return Generalized(fn(name, _combined(values), level, as_of))


def output_fields(kind: str, name: str, input_type: pa.DataType) -> list[pa.Field]:
    """The typed output columns of a quasi-identifier (for the schema and the data dictionary)."""
    if kind == "zip":
        return [pa.field(name, pa.string())]
    if kind == "birth_year":
        return [pa.field(name, pa.int32())]
    if kind == "age":
        return [pa.field(f"{name}_min", pa.int16()), pa.field(f"{name}_max", pa.int16())]
    if kind == "date":
        return [pa.field(name, pa.date32())]
    if kind == "coordinates":
        return [pa.field(f"{name}_lat", pa.float64()), pa.field(f"{name}_lon", pa.float64())]
    return [pa.field(name, input_type)]


# ---------------------------------------------------------------- kinds
def _combined(values: pa.Array | pa.ChunkedArray) -> pa.Array:
    if isinstance(values, pa.ChunkedArray):
        values = values.combine_chunks()
    if pa.types.is_dictionary(values.type):
        values = values.dictionary_decode()
    return values


def _text(values: pa.Array) -> list[str | None]:
    if not (pa.types.is_string(values.type) or pa.types.is_large_string(values.type)):
        values = pc.cast(values, pa.string())
    return values.to_pylist()


def _zip(name: str, values: pa.Array, level: int, as_of: date) -> list[tuple[str, pa.Array]]:
    out: list[str | None] = []
    for v in _text(values):
        m = _ZIP5.match(v) if v else None
        if m is None or level >= 2:
            out.append(None)
            continue
        zip3 = "000" if m.group(1)[:3] in SPARSE_ZIP3 else m.group(1)[:3]
        out.append(zip3 if level == 0 else zip3[:1])
    return [(name, pa.array(out, pa.string()))]


def _years(values: pa.Array) -> np.ndarray:
    """Year per cell as float (NaN: unknown), from dates, timestamps, integers or text."""
    t = values.type
    if pa.types.is_date(t) or pa.types.is_timestamp(t):
        return pc.year(values).to_numpy(zero_copy_only=False).astype(float)
    if pa.types.is_integer(t):
        return values.to_numpy(zero_copy_only=False).astype(float)
    years = []
    for v in _text(values):
        m = _YEAR.search(v) if v else None
        years.append(float(m.group(1)) if m else np.nan)
    return np.array(years, dtype=float)


def _to_int_array(x: np.ndarray, type_: pa.DataType) -> pa.Array:
    mask = np.isnan(x)
    return pa.array(np.where(mask, 0, x).astype(np.int64), type=pa.int64(), mask=mask).cast(type_)


def _birth_year(name: str, values: pa.Array, level: int, as_of: date) -> list[tuple[str, pa.Array]]:
    years = _years(values)
    years[years > as_of.year] = np.nan  # born in the future: unreadable
    cap = as_of.year - SAFE_HARBOR_MAX_AGE - 1  # born in or before this year: possibly 90 or older
    years = np.where(years < cap, cap, years)  # one category: "cap or earlier" (NaN stays NaN)
    if level == 1:
        years = np.floor(years / 5) * 5
    elif level == 2:
        years = np.floor(years / 10) * 10
    elif level >= 3:
        years = np.full(len(years), np.nan)
    return [(name, _to_int_array(years, pa.int32()))]


def _bounds(values: pa.Array) -> tuple[np.ndarray, np.ndarray]:
    """(low, high) per cell; NaN high means open ("65+"); from numbers or band labels."""
    if pa.types.is_integer(values.type) or pa.types.is_floating(values.type):
        ages = values.to_numpy(zero_copy_only=False).astype(float)
        return ages, ages.copy()
    lows, highs = [], []
    for v in _text(values):
        m = _BAND.match(v) if v else None
        if m:
            lows.append(float(m.group(1)))
            highs.append(float(m.group(2)) if m.group(2) else np.inf)
            continue
        n = _NUMBER.search(v) if v else None
        age = float(n.group()) if n else np.nan
        lows.append(age)
        highs.append(age)
    return np.array(lows, dtype=float), np.array(highs, dtype=float)


def _age(name: str, values: pa.Array, level: int, as_of: date) -> list[tuple[str, pa.Array]]:
    low, high = _bounds(values)
    if level == 0:
        edges = np.array(AGE_EDGES, dtype=float)
        # The band holding the low end; a band label already wider than that keeps its own bounds.
        idx = np.clip(np.searchsorted(edges, low, side="right") - 1, 0, len(edges) - 1)
        band_lo = edges[idx]
        band_hi = np.where(idx + 1 < len(edges), edges[np.minimum(idx + 1, len(edges) - 1)] - 1, np.inf)
        lo, hi = np.minimum(band_lo, low), np.maximum(band_hi, high)
    elif level == 1:
        lo = np.floor(low / 20) * 20
        hi = np.maximum(lo + 19, np.where(np.isinf(high), np.inf, np.floor(high / 20) * 20 + 19))
    else:
        lo = hi = np.full(len(low), np.nan)
    unknown = np.isnan(low)
    lo = np.where(unknown, np.nan, lo)
    old = lo >= SAFE_HARBOR_MAX_AGE + 1
    hi = np.where(unknown | np.isinf(hi) | old | (hi > SAFE_HARBOR_MAX_AGE), np.nan, hi)  # open top: 90+
    lo = np.where(lo > SAFE_HARBOR_MAX_AGE + 1, SAFE_HARBOR_MAX_AGE + 1, lo)
    return [(f"{name}_min", _to_int_array(lo, pa.int16())), (f"{name}_max", _to_int_array(hi, pa.int16()))]


def _as_dates(values: pa.Array, as_of: date) -> pa.Array:
    t = values.type
    if pa.types.is_timestamp(t):
        return (
            pc.cast(pc.floor_temporal(values, unit="day"), pa.date32())
            if t.tz is None
            else pc.cast(values, pa.date32())
        )
    if pa.types.is_date(t):
        return pc.cast(values, pa.date32())
    out = []
    for v in _text(values):
        try:
            out.append(date.fromisoformat(v[:10]) if v else None)
        except ValueError:
            out.append(None)
    return pa.array(out, pa.date32())


def _date(name: str, values: pa.Array, level: int, as_of: date) -> list[tuple[str, pa.Array]]:
    days = _as_dates(values, as_of)
    if level >= 3:
        return [(name, pa.nulls(len(days), pa.date32()))]
    unit, multiple = (("month", 1), ("month", 3), ("year", 1))[level]
    floored = pc.floor_temporal(pc.cast(days, pa.timestamp("s")), multiple=multiple, unit=unit)
    return [(name, pc.cast(floored, pa.date32()))]


def _pairs(values: pa.Array) -> tuple[np.ndarray, np.ndarray]:
    lats, lons = [], []
    for v in _text(values):
        nums = [float(n) for n in _NUMBER.findall(v)] if v else []
        if len(nums) == 2 and -90 <= nums[0] <= 90 and -180 <= nums[1] <= 180:
            lats.append(nums[0])
            lons.append(nums[1])
        else:
            lats.append(np.nan)
            lons.append(np.nan)
    return np.array(lats, dtype=float), np.array(lons, dtype=float)


def _coordinates(name: str, values: pa.Array, level: int, as_of: date) -> list[tuple[str, pa.Array]]:
    lat, lon = _pairs(values)
    if level >= 5:
        lat = lon = np.full(len(lat), np.nan)
    elif level >= 2:
        step = (5, 10, 20)[level - 2]  # a grid cell, named by its south-west corner
        lat, lon = np.floor(lat / step) * step + 0.0, np.floor(lon / step) * step + 0.0
    else:
        decimals = 1 if level == 0 else 0
        lat, lon = np.round(lat, decimals) + 0.0, np.round(lon, decimals) + 0.0
    return [
        (f"{name}_lat", pa.array(lat, pa.float64(), from_pandas=True)),
        (f"{name}_lon", pa.array(lon, pa.float64(), from_pandas=True)),
    ]


def _category(name: str, values: pa.Array, level: int, as_of: date) -> list[tuple[str, pa.Array]]:
    return [(name, values if level == 0 else pa.nulls(len(values), values.type))]
