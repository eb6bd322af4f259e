"""Markup read as the labelled text it shows (detection/markup.py): an XML record's tags label the values between
them, an HTML page's cells and lines keep their layout, and everything stays at the same length."""

from __future__ import annotations

import pytest

from pii_pipeline.detection.markup import read_markup
from pii_pipeline.detection.normalize import normalize

# (markup, what a line of the reading must be, its blanks collapsed)
READINGS = [
    ("<r><givenName>Tomasz</givenName><town>Radom</town></r>", "given name:Tomasz"),
    ("<r><givenName>Tomasz</givenName><town>Radom</town></r>", "town:Radom"),
    ("<rec><reporter_name>Ines Prado</reporter_name><ip>10.2.3.4</ip></rec>", "reporter name:Ines Prado"),
    # a value with a digit or a colon gets a blank, not a colon (an IPv6 would take the colon in)
    ("<rec><ipAddress>2a02:a311::1</ipAddress><age>12</age></rec>", "ip address 2a02:a311::1"),
    ('<form><field name="first_name">Jan</field><field name="town">Brno</field></form>', "first name:Jan"),
    # "name" says what kind of value, its element says whose
    ("<station><name>Kings Cross</name><town>London</town></station>", "station name:Kings Cross"),
    ("<tr><td>Name</td><td>Hannelore Brückner</td></tr><tr><td>Town</td><td>Cottbus</td></tr>",
     "Name | Hannelore Brückner"),
    ("<dl><dt>Account holder</dt><dd>Sebastián Ortega</dd><dt>Town</dt><dd>Albacete</dd></dl>",
     "Account holder: Sebastián Ortega"),
    ("<p><b>Name:</b> Kasia Nowak</p><p><b>Lives in:</b> Gdynia</p>", "Name: Kasia Nowak"),
]  # fmt: skip


@pytest.mark.parametrize(("markup", "line"), READINGS)
def test_markup_reads_as_labelled_lines_at_the_same_length(markup: str, line: str) -> None:
    read = read_markup(markup)
    assert len(read) == len(markup)
    assert line in [" ".join(x.split()) for x in read.splitlines()], read


# Left as written: nothing is markup, or a tag's attribute may hold a value, or the tag is never closed.
UNCHANGED = [
    "She said </b> twice in the chat, then left.",
    "<darkwolf> hi\n<kittyk> hey </b> what </i>",
    '<person city="Brno" name="x">Jan</person> and <person city="Olomouc">Eva</person>',
    "Price < 10 and > 5 in </ a> notes </ b>",
    # a name attribute holding a person's name, or any attribute of an empty element, is the record's data
    '<people><person name="Jane Doe">x</person><person name="Amir">y</person></people>',
    '<people><person name="jane"/><person key="amir"/></people>',
]


@pytest.mark.parametrize("text", UNCHANGED)
def test_what_is_not_markup_or_may_hold_a_value_stays_as_written(text: str) -> None:
    read = read_markup(text)
    assert len(read) == len(text)
    for token in ("darkwolf", 'city="Brno"', 'city="Olomouc"', "< 10", "Jane Doe", "Amir", '"jane"', '"amir"'):
        if token in text:
            assert token in read


def test_an_element_kept_as_written_keeps_its_closing_tag() -> None:
    text = '<p><dob>1975-07-08</dob>\n<national_id country="SE">030128-0038</national_id></p>'
    read = read_markup(text)
    assert '<national_id country="SE">030128-0038</national_id>' in read
    assert "<dob>" not in read


def test_normalize_maps_markup_readings_back_to_the_original() -> None:
    text = "é<r><givenName>Tomasz</givenName><familyName>Wiśniewski</familyName></r>"
    normal = normalize(text)
    start = normal.text.index("Tomasz")
    assert text[slice(*normal.to_original(start, start + len("Tomasz")))] == "Tomasz"


# (markup record, entity type, value the detector must find)
RECORDS = [
    ("<incident><reporter><givenName>Tomasz</givenName><familyName>Wiśniewski</familyName></reporter>"
     "<child><name>Zofia Nowak</name><age>12</age><town>Radom</town></child></incident>", "PERSON", "Wiśniewski"),
    ("<incident><reporter><givenName>Tomasz</givenName><familyName>Wiśniewski</familyName></reporter>"
     "<child><name>Zofia Nowak</name><age>12</age><town>Radom</town></child></incident>", "LOCATION", "Radom"),
    ("<Customer><FirstName>Oluwaseun</FirstName><LastName>Adeyemi</LastName><City>Ibadan</City>"
     "<DOB>1990-02-11</DOB></Customer>", "PERSON", "Adeyemi"),
    ("<table><tr><td>Name</td><td>Hannelore Brückner</td></tr><tr><td>Birthday</td><td>1987-05-02</td></tr>"
     "<tr><td>Hometown</td><td>Cottbus</td></tr></table>", "DATE_OF_BIRTH", "1987-05-02"),
    ("<table><tr><td>Name</td><td>Hannelore Brückner</td></tr><tr><td>Birthday</td><td>1987-05-02</td></tr>"
     "<tr><td>Hometown</td><td>Cottbus</td></tr></table>", "LOCATION", "Cottbus"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "entity", "value"), RECORDS)
def test_values_of_markup_records_are_found(detector, text: str, entity: str, value: str) -> None:  # noqa: ANN001
    spans = detector.detect([text])[0]
    assert value in [text[s.start : s.end] for s in spans if s.entity_type == entity], spans


def test_a_things_name_in_a_record_is_no_person(detector) -> None:  # noqa: ANN001
    text = "<stations><station><name>Kings Cross</name><town>London</town></station></stations>"
    assert not [s for s in detector.detect([text])[0] if s.entity_type == "PERSON"]
