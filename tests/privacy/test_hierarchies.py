"""Typed generalisation: Safe Harbor first (3-digit ZIP, 000 for sparse areas, 90+, dates to month),
integers for years, two ordered bounds for ages, two numbers for coordinates."""

from __future__ import annotations

from datetime import date

import pyarrow as pa
import pytest

from pii_pipeline.privacy.hierarchies import SPARSE_ZIP3, generalize, output_fields

AS_OF = date(2026, 1, 1)


def _cols(kind: str, values: pa.Array, level: int = 0) -> dict[str, list]:
    return {name: arr.to_pylist() for name, arr in generalize(kind, "c", values, level, AS_OF).columns}


def test_zip_keeps_three_digits_and_sparse_areas_become_000() -> None:
    assert len(SPARSE_ZIP3) == 17
    out = _cols("zip", pa.array(["94110", "03601", "89301-1234", "abc", None]))
    assert out == {"c": ["941", "000", "000", None, None]}
    assert _cols("zip", pa.array(["94110"]), level=1) == {"c": ["9"]}


def test_birth_year_is_an_integer_and_the_very_old_share_one_year() -> None:
    out = generalize("birth_year", "dob", pa.array(["1971", "1930", None, "born 2001-05-02"]), 0, AS_OF).columns
    ((name, arr),) = out
    assert name == "dob" and arr.type == pa.int32()
    # 2026 - 89 - 1 = 1936: born then or earlier may be over 89, so they are one category.
    assert arr.to_pylist() == [1971, 1936, None, 2001]
    dates = pa.array([date(1958, 3, 4)], pa.date32())
    assert _cols("birth_year", dates, level=2) == {"c": [1950]}


def test_age_bands_are_two_ordered_integer_bounds() -> None:
    out = _cols("age", pa.array(["0-5", "6-12", "13-17", "65+", "93", None]))
    assert out == {"c_min": [0, 6, 13, 65, 90, None], "c_max": [5, 12, 17, None, None, None]}
    fields = output_fields("age", "c", pa.string())
    assert [f.type for f in fields] == [pa.int16(), pa.int16()]
    # Sorting by the lower bound sorts the bands as ages, not as strings.
    assert sorted(out["c_min"][:4]) == [0, 6, 13, 65]


def test_ages_from_numbers_fall_in_the_safe_harbor_bands() -> None:
    out = _cols("age", pa.array([4, 17, 30, 95], pa.int64()))
    assert out == {"c_min": [0, 13, 25, 90], "c_max": [5, 17, 34, None]}


def test_dates_go_to_the_first_day_of_their_month_quarter_or_year() -> None:
    values = pa.array([date(2026, 2, 17), None], pa.date32())
    assert _cols("date", values) == {"c": [date(2026, 2, 1), None]}
    assert _cols("date", values, level=1) == {"c": [date(2026, 1, 1), None]}
    stamps = pa.array([1_771_000_000_000_000], pa.timestamp("us"))  # 2026-02-13
    assert _cols("date", stamps) == {"c": [date(2026, 2, 1)]}


def test_coordinates_stay_two_numbers() -> None:
    out = _cols("coordinates", pa.array(["37.7749, -122.4194", "36.0, -111.0", "nowhere", None]))
    assert out == {"c_lat": [37.8, 36.0, None, None], "c_lon": [-122.4, -111.0, None, None]}
    assert _cols("coordinates", pa.array(["37.7749, -122.4194"]), level=2) == {"c_lat": [35.0], "c_lon": [-125.0]}


@pytest.mark.parametrize("kind", ["zip", "birth_year", "age", "date", "coordinates", "category"])
def test_the_last_level_of_every_kind_is_suppressed(kind: str) -> None:
    from pii_pipeline.privacy.hierarchies import levels

    values = {
        "zip": pa.array(["94110"]),
        "birth_year": pa.array(["1971"]),
        "age": pa.array(["6-12"]),
        "date": pa.array([date(2026, 2, 1)], pa.date32()),
        "coordinates": pa.array(["37.7, -122.4"]),
        "category": pa.array(["female"]),
    }[kind]
    out = _cols(kind, values, level=levels(kind) - 1)
    assert all(v == [None] for v in out.values())
