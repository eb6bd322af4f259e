"""phone_columns.phones_down_columns: a phone-shaped cell under others found to be phones is a phone."""

from __future__ import annotations

from pii_pipeline.detection.phone_columns import phones_down_columns
from pii_pipeline.detection.text import TextDetector
from pii_pipeline.types import Span

# Written for these tests: a contacts export and a call log, with the numbers the recognizers would find marked.
CONTACTS = (
    '"Display name","Mobile","Home","Source"\n'
    '"Sis Annegret","+49 175 47058577","030543140","SIM"\n'
    '"Detlef Hinrichsen","+49 1515 5941443","0049 30 503033","Phone"\n'
    '"Taxi","+49 1510 5984573","+49 3366 0894","Phone"\n'
    '"Coach","015123985768","","WhatsApp"\n'
)
CALLS = (
    "#   | Dir      | Party       | Number         | Start (UTC)\n"
    "1   | Missed   | Ifeoma      | +2348028674711 | 2025-02-10 05:45\n"
    "2   | Incoming | (unknown)   | 08022183201    | 2025-07-25 17:28\n"
    "3   | Outgoing | Obinna      | +2348066064336 | 2025-12-03 14:54\n"
)


def _phones(text: str, values: list[str]) -> list[Span]:
    spans = []
    for value in values:
        at = text.index(value)
        spans.append(Span("PHONE_NUMBER", at, at + len(value), 0.65, "PhoneNumberRecognizer"))
    return spans


def _added(text: str, spans: list[Span]) -> list[str]:
    return [text[s.start : s.end] for s in phones_down_columns(text, spans) if s.recognizer == "PhoneColumn"]


def test_a_national_number_under_phones_found_is_a_phone() -> None:
    found = _phones(CONTACTS, ["+49 175 47058577", "+49 1515 5941443", "0049 30 503033", "+49 3366 0894"])
    assert sorted(_added(CONTACTS, found)) == ["+49 1510 5984573", "015123985768", "030543140"]
    calls = _phones(CALLS, ["+2348028674711", "+2348066064336"])
    assert _added(CALLS, calls) == ["08022183201"]


def test_no_phone_found_in_a_column_adds_none() -> None:
    assert _added(CALLS, []) == []
    # Only the "Home" column's own finding counts for it: the "Mobile" column's say nothing of another table.
    table = "Item | Qty | Code | Amount\nA | 2 | 0123456789 | 12\nB | 3 | 0987654321 | 14\nC | 1 | 0111222333 | 9\n"
    table += "D | 4 | 0111222334 | 7\nE | 5 | 0111222335 | 8\n"
    one = _phones(table, ["0123456789"])
    assert _added(table, one) == []  # one in a column of five phone-shaped codes: not enough


def test_a_cell_of_no_phone_shape_stays() -> None:
    text = CALLS.replace("08022183201   ", "2025-07-25    ")
    assert _added(text, _phones(text, ["+2348028674711", "+2348066064336"])) == []


def test_the_detector_reads_a_call_logs_column(detector: TextDetector) -> None:
    text = CALLS.replace("+2348066064336", "+234 806 606 4336")
    values = [text[s.start : s.end] for s in detector.detect([text])[0] if s.entity_type == "PHONE_NUMBER"]
    assert "08022183201" in values
