"""The leak gate's scan, rule by rule, with a detector whose answers the test chooses: which findings count as
a leak (strict types at or above the threshold, outside what de-identification wrote) and what a leak record
says (table, column, row key, type, score; never the value)."""

from __future__ import annotations

from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from pii_pipeline.pipeline import make_context
from pii_pipeline.pipeline.leak_gate import gate_threshold, scan_output
from pii_pipeline.types import Span

from .people_store import PeopleStore
from .test_crash_safety import JAN

SSN = "536-22-1947"
TOKEN = "tok_v1_US_SSN_Q2xhc3NpZmllZA"


class Answers:
    """Finds, in each text, the spans listed for a substring of it; records what it was asked."""

    def __init__(self, spans: dict[str, list[tuple[str, int, float]]]) -> None:
        self.spans = spans  # needle -> [(entity type, offset from the needle's start, score)]
        self.asked: list[str] = []

    def detect(self, texts, column_hint=None):  # noqa: ANN001, ANN201
        self.asked.extend(texts)
        out = []
        for text in texts:
            found = []
            for needle, answers in self.spans.items():
                at = text.find(needle)
                if at >= 0:
                    found += [Span(kind, at + shift, at + len(needle), score) for kind, shift, score in answers]
            out.append(found)
        return out


@pytest.fixture
def gate(people_store: PeopleStore, tmp_path: Path):  # noqa: ANN201
    cfg = people_store.pipeline(tmp_path / "work")
    ctx = make_context(cfg, "gate", JAN)
    table = cfg.table(people_store.table)

    def scan(columns: dict[str, list], detector: Answers, batch_size: int | None = None) -> list[dict]:
        staged = tmp_path / "data.parquet"
        pq.write_table(pa.table(columns), staged)
        used = table.model_copy(update={"batch_size": batch_size}) if batch_size else table
        return scan_output(ctx, used, staged, detector=detector)

    scan.threshold = gate_threshold(ctx)
    return scan, table.name


pytestmark = pytest.mark.parametrize("people_store", ["sqlite"], indirect=True)


def test_threshold_is_inclusive_and_only_strict_types_count(gate) -> None:  # noqa: ANN001
    scan, name = gate
    at = scan.threshold
    detector = Answers(
        {"536-22-1941": [("US_SSN", 0, at)], "536-22-1942": [("US_SSN", 0, at - 0.0001)],
         "536-22-1943": [("PERSON", 0, 0.99)], "536-22-1944": [("US_SSN", 0, 0.91234)]}
    )  # fmt: skip
    notes = [f"ssn 536-22-194{i}" for i in range(1, 5)]
    leaks = scan({"id": [1, 2, 3, 4], "note": notes}, detector)
    assert leaks == [
        {"table": name, "column": "note", "row_key": "1", "entity_type": "US_SSN", "score": round(at, 3)},
        {"table": name, "column": "note", "row_key": "4", "entity_type": "US_SSN", "score": 0.912},
    ]


def test_a_finding_inside_what_deidentification_wrote_is_not_a_leak(gate) -> None:  # noqa: ANN001
    scan, _ = gate
    cell = f"ssn {TOKEN} 1947, ref {SSN}"  # the SSN makes the cell worth analysing; the detector says what it finds
    # Over the token exactly: written by us. One character beyond it, or from inside it outwards: not ours.
    inside = Answers({TOKEN: [("US_SSN", 0, 0.99)]})
    assert scan({"id": [1], "note": [cell]}, inside) == []
    assert inside.asked == [cell]
    for needle in (f"{TOKEN} 1947", f"{TOKEN[5:]} 1947", f"n {TOKEN}"):
        leaks = scan({"id": [1], "note": [cell]}, Answers({needle: [("US_SSN", 0, 0.99)]}))
        assert [(x["row_key"], x["entity_type"]) for x in leaks] == [("1", "US_SSN")], needle


def test_masks_and_markers_are_ours_too(gate) -> None:  # noqa: ANN001
    scan, _ = gate
    detector = Answers({"***-**": [("US_SSN", 0, 0.99)], "<US_SSN>": [("US_SSN", 0, 0.99)]})
    cell = f"card ***-**-1947, ssn <US_SSN>, ref {SSN}"
    assert scan({"id": [1], "note": [cell]}, detector) == []
    assert detector.asked == [cell]


def test_every_text_column_is_scanned_and_keys_follow_their_rows_across_batches(gate) -> None:  # noqa: ANN001
    scan, name = gate
    detector = Answers({SSN: [("US_SSN", 0, 0.9)]})
    ids = list(range(100, 107))
    notes = ["fine"] * 7
    notes[5] = f"ssn {SSN}"
    other = ["fine"] * 7
    other[1] = f"x {SSN}"
    leaks = scan({"id": ids, "note": notes, "other": other, "amount": list(range(7))}, detector, batch_size=3)
    assert sorted((x["column"], x["row_key"]) for x in leaks) == [("note", "105"), ("other", "101")]
    assert all(x["table"] == name for x in leaks)


def test_without_the_key_column_the_row_number_names_the_row(gate) -> None:  # noqa: ANN001
    scan, _ = gate
    detector = Answers({SSN: [("US_SSN", 0, 0.9)]})
    leaks = scan({"note": ["fine", "fine", f"ssn {SSN}"]}, detector)
    assert [(x["column"], x["row_key"]) for x in leaks] == [("note", "row 3")]
    # Counted through the whole file, not from each batch's start.
    notes = ["fine"] * 7
    notes[4] = f"ssn {SSN}"
    leaks = scan({"note": notes}, detector, batch_size=2)
    assert [x["row_key"] for x in leaks] == ["row 5"]


def test_cells_that_cannot_hold_an_identifier_are_not_analysed(gate) -> None:  # noqa: ANN001
    scan, _ = gate
    detector = Answers({SSN: [("US_SSN", 0, 0.9)]})
    assert scan({"id": [1, 2, 3], "note": ["no digits at all", None, TOKEN]}, detector) == []
    assert detector.asked == []  # the screen kept the detector from seeing them


def test_without_a_detector_given_the_gate_loads_its_own_and_finds_the_value(gate) -> None:  # noqa: ANN001
    # What a run does: no detector is passed to the gate; it loads the strict detector for the cells that need it.
    scan, name = gate
    leaks = scan({"id": [1, 2], "note": ["nothing personal", f"her SSN is {SSN} per the form"]}, None)
    assert [(x["table"], x["column"], x["row_key"], x["entity_type"]) for x in leaks] == [(name, "note", "2", "US_SSN")]
    assert leaks[0]["score"] >= scan.threshold


def test_a_cell_with_undecodable_bytes_is_still_scanned(gate) -> None:  # noqa: ANN001
    # One bad byte must not make the cell unreadable to the gate (it is decoded with U+FFFD instead).
    scan, _ = gate
    detector = Answers({SSN: [("US_SSN", 0, 0.9)]})
    leaks = scan({"id": [1], "blob": [b"\xff her SSN is " + SSN.encode()]}, detector)
    assert [(x["column"], x["row_key"]) for x in leaks] == [("blob", "1")]


def test_a_value_glued_to_what_deidentification_wrote_is_still_screened_in(gate) -> None:  # noqa: ANN001
    scan, _ = gate
    detector = Answers({SSN: [("US_SSN", 0, 0.9)]})
    for cell in (f"<PERSON>{SSN}", f"{SSN}<PERSON>", f"***{SSN}"):
        leaks = scan({"id": [1], "note": [cell]}, detector)
        assert [(x["column"], x["row_key"]) for x in leaks] == [("note", "1")], cell


def test_digits_on_both_sides_of_what_deidentification_wrote_are_screened_as_one_run(gate) -> None:  # noqa: ANN001
    # What de-identification wrote is blanked to one space for the screen: a number it only partly covered keeps
    # its digits around the marker together (nine here, where neither side alone has the screen's seven).
    scan, _ = gate
    cell = f"{SSN[:7]}<PERSON>{SSN[7:]}"
    detector = Answers({cell: [("US_SSN", 0, 0.9)]})
    leaks = scan({"id": [1], "note": [cell]}, detector)
    assert [(x["column"], x["row_key"]) for x in leaks] == [("note", "1")]
    assert detector.asked == [cell]


def test_a_detector_that_answers_for_fewer_cells_fails_the_gate(gate) -> None:  # noqa: ANN001
    # Never a pass: rows the detector did not answer for would otherwise go unscanned.
    class Short(Answers):
        def detect(self, texts, column_hint=None):  # noqa: ANN001, ANN201
            return super().detect(texts)[:-1]

    scan, _ = gate
    with pytest.raises(ValueError):
        scan({"id": [1, 2], "note": [f"a {SSN}", f"b {SSN}"]}, Short({SSN: [("US_SSN", 0, 0.9)]}))
