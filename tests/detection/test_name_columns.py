"""name_columns.names_down_columns: a cell of a name's shape under others found to be names (or towns) is one too."""

from __future__ import annotations

import pytest

from pii_pipeline.detection.name_columns import names_down_columns
from pii_pipeline.types import Span

ENTITIES = frozenset({"PERSON", "LOCATION", "AGE", "MINOR_AGE"})
# Written for these tests: a tip's table of people and their towns, headers in a language no label table holds.
TIP = (
    "| Rol | Emri | Mosha | Qyteti |\n"
    "|---|---|---|---|\n"
    "| Raportuesi | Arbër Hoxha | 41 | Gjirokastër |\n"
    "| Fëmija | Blerta Kola | 11 | Përmet |\n"
    "| I dyshuari | Ndriçim Gjoni | — | Tepelenë |\n"
)
ROSTER = "name;dob;club\nAinhoa Etxeberria;2012-04-01;Tolosa CF\nMaialen Goikoetxea;2011-09-12;Tolosa CF\n"


def _found(text: str, entity: str, values: list[str]) -> list[Span]:
    return [Span(entity, text.index(v), text.index(v) + len(v), 0.85, "Test") for v in values]


def _added(text: str, spans: list[Span]) -> dict[str, str]:
    return {text[s.start : s.end]: s.entity_type for s in names_down_columns(text, spans, ENTITIES)[len(spans) :]}


def test_the_other_cells_of_a_column_of_towns_are_towns() -> None:
    added = _added(TIP, _found(TIP, "LOCATION", ["Gjirokastër"]))
    assert added == {"Përmet": "LOCATION", "Tepelenë": "LOCATION"}


def test_the_other_cells_of_a_column_of_names_are_names() -> None:
    added = _added(TIP, _found(TIP, "PERSON", ["Arbër Hoxha", "Ndriçim Gjoni"]))
    assert added == {"Blerta Kola": "PERSON"}


def test_a_column_needs_a_found_cell_and_numbers_or_dashes_stay() -> None:
    assert _added(TIP, []) == {}
    added = _added(TIP, _found(TIP, "PERSON", ["Arbër Hoxha"]) + _found(TIP, "LOCATION", ["Gjirokastër"]))
    assert "41" not in added and "—" not in added and "Mosha" not in added


def test_the_other_numbers_of_a_column_of_ages_are_ages() -> None:
    added = _added(TIP, _found(TIP, "AGE", ["41"]))
    assert added == {"11": "MINOR_AGE"}  # a dash is no age
    assert _added(TIP, _found(TIP, "AGE", ["41"])[:0]) == {}


def test_a_csv_column_is_read_too() -> None:
    assert _added(ROSTER, _found(ROSTER, "PERSON", ["Ainhoa Etxeberria"])) == {"Maialen Goikoetxea": "PERSON"}


def test_a_place_named_after_someone_in_the_column_is_no_name() -> None:
    # Written for this test: estates, one of them found as a name; "Bevin Court" is a building's name.
    estates = "| Estate | Homes |\n|---|---|\n| Lansbury Rowe | 585 |\n| Bevin Court | 711 |\n| Tamsin Oduya | 3 |\n"
    assert _added(estates, _found(estates, "PERSON", ["Lansbury Rowe"])) == {"Tamsin Oduya": "PERSON"}


@pytest.mark.parametrize("found", [1, 2])
def test_a_long_column_with_few_found_cells_is_no_roster(found: int) -> None:
    rows = "".join(
        f"| SKU-{i} | {w} | 9.99 |\n"
        for i, w in enumerate("Oak Birch Maple Cedar Alder Rowan Hazel Elm Ash Yew".split())
    )
    text = "| code | item | price |\n" + rows
    spans = _found(text, "PERSON", ["Rowan", "Hazel"][:found])
    assert _added(text, spans) == {}


def test_the_detector_adds_a_towns_column(detector) -> None:  # noqa: ANN001
    spans = detector.detect([TIP])[0]
    towns = {TIP[s.start : s.end] for s in spans if s.entity_type in ("LOCATION", "PERSON")}
    assert {"Gjirokastër", "Përmet", "Tepelenë"} <= towns, spans
