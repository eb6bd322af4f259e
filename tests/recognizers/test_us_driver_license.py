"""US_DRIVER_LICENSE, called directly (Presidio style).

state formats after a licence word, or two or more values of one
exact state format each alone on a line or in a cell (a pasted column), without one; plates are not licences."""

from __future__ import annotations

import pytest

RECOGNIZER = "us_driver_license"
NO_CONTEXT = "no context word"

# (text, value, score range, reason): the reason is "no context word" when no word or header names the value.
POSITIVES = [
    ("DL: F123-456-78-901-0", "F123-456-78-901-0", (0.9, 0.9), ""),
    ("Florida licence F123456789012", "F123456789012", (0.7, 0.8), ""),
    ("Driver License # D1234567", "D1234567", (0.9, 0.9), ""),
    ("DL# WDL12AB34CD5", "WDL12AB34CD5", (0.9, 0.9), ""),
    ("DL K12-34-5678", "K12-34-5678", (0.9, 0.9), ""),
    ("lic 123AB4567", "123AB4567", (0.65, 0.75), ""),
    ("Driver’s license no. D1234567", "D1234567", (0.9, 0.9), ""),
    ("UK driving licence MORGA753116SM9IJ", "MORGA753116SM9IJ", (0.9, 1.0), ""),
    ("learner's permit 123456789", "123456789", (0.65, 0.75), ""),
    ("State ID: S12345678", "S12345678", (0.7, 0.8), ""),
    ("Driver's license number (state of issue: Ohio): AB123456", "AB123456", (0.7, 0.8), ""),
    ("DL 1234 5678 9012", "1234 5678 9012", (0.9, 0.9), ""),
    ("CDL: D1234567", "D1234567", (0.9, 0.9), ""),
    ("DL no 12345678", "12345678", (0.9, 0.9), ""),
    ("DL-D1234567", "D1234567", (0.9, 0.9), ""),
    ("seen F123-456-78-901-0 at the desk", "F123-456-78-901-0", (0.5, 0.5), NO_CONTEXT),
    ("ID: F123456789012", "F123456789012", (0.6, 0.6), NO_CONTEXT),
    ("Photo ID #: S123-4567-8901", "S123-4567-8901", (0.6, 0.6), NO_CONTEXT),
    ("drivers liscense D1234567", "D1234567", (0.9, 0.9), ""),
    ("id_doc\nF123456789012\nG234567890123\nH345678901234", "G234567890123", (0.5, 0.5), NO_CONTEXT),
    ("Ann | F123456789012\nBob | G234567890123", "F123456789012", (0.5, 0.5), NO_CONTEXT),
    ("Name | DL\nAnn | D1234567", "D1234567", (0.7, 0.8), ""),
    # A generic ID label or column before a state's exact format, however an export writes it.
    ("id_doc: F123456789012", "F123456789012", (0.6, 0.6), NO_CONTEXT),
    ("id_doc=F123456789012", "F123456789012", (0.6, 0.6), NO_CONTEXT),
    ('{"name": "Ann", "id_doc": "W123456789012"}', "W123456789012", (0.6, 0.6), NO_CONTEXT),
    ("id_doc\nF123456789012", "F123456789012", (0.6, 0.6), NO_CONTEXT),
    ("name | id_doc\nAnn Lee | F123456789012", "F123456789012", (0.6, 0.6), NO_CONTEXT),
    (
        "name,id_doc,joined\nAnn Lee,F123456789012,2024\nBob Roe,G234567890123,2023",
        "G234567890123",
        (0.5, 0.6),
        NO_CONTEXT,
    ),
    ("ID number: D123-456-78-901-0", "D123-456-78-901-0", (0.5, 0.6), NO_CONTEXT),
    ("document id - M123456789012", "M123456789012", (0.6, 0.6), NO_CONTEXT),
    ("DL num 123456789", "123456789", (0.9, 0.9), ""),  # the label's own value, above a phone guess
    ("D/L: 12345678", "12345678", (0.9, 0.9), ""),
    ("OL # 12345678", "12345678", (0.65, 0.75), ""),
    ("dl_number: D1234567", "D1234567", (0.7, 0.8), ""),
    ('{"driver_license": "D1234567"}', "D1234567", (0.7, 0.8), ""),
    ("drivers_license_no=12345678", "12345678", (0.65, 0.75), ""),
    ("seen WDL12AB34CD5 on the card", "WDL12AB34CD5", (0.5, 0.5), NO_CONTEXT),  # Washington's own prefix
    # Permits and licences in partners' languages.
    ("Permit # 123456789", "123456789", (0.65, 0.75), ""),
    ("permit no. K1234567", "K1234567", (0.7, 0.8), ""),
    ("Führerschein B072RRE2I55", "B072RRE2I55", (0.65, 0.75), ""),
    ("Führerscheinnummer: B072RRE2I55", "B072RRE2I55", (0.65, 0.75), ""),
    ("permis de conduire 12AB34567", "12AB34567", (0.65, 0.75), ""),
    ("rijbewijsnummer 5123456789", "5123456789", (0.65, 0.75), ""),
    ("Quebec permis de conduire A1234-567890-12", "A1234-567890-12", (0.65, 0.75), ""),
    ("Ontario licence A1234-56789-01234", "A1234-56789-01234", (0.65, 0.75), ""),
    ("D.L. # 12345678", "12345678", (0.9, 0.9), ""),
    # State codes before the number, OCR'd and spaced layouts.
    ("DL: CA-B2345678", "B2345678", (0.7, 0.8), ""),
    ("DL#: WA WDLABCD456DG", "WDLABCD456DG", (0.65, 0.75), ""),
    ("driver's license TX 12345678", "TX 12345678", (0.9, 0.9), ""),
    ("DL No. NY 123 456 789", "123 456 789", (0.65, 0.75), ""),
    ("licence number: DOE99 801153 JJ 9AB", "DOE99 801153 JJ 9AB", (0.7, 0.8), ""),
    ("driving licence: SMITH 705153 J 99AA", "SMITH 705153 J 99AA", (0.9, 0.9), ""),
    ("scanned card: DLN D1234567 EXP 01/2027", "D1234567", (0.9, 0.9), ""),
    ("4d DLN 123456789", "123456789", (0.9, 0.9), ""),
    ("the guy's license was G 123 456 789 012", "G 123 456 789 012", (0.65, 0.75), ""),
    ("Lic No: 123-45-6789 (VA)", "123-45-6789", (0.65, 0.75), ""),
    ("he showed his drivers license, number D123 4567", "D123 4567", (0.65, 0.75), ""),
    # New York's older letter and 18 digits; Ohio's "OL"; a CSV column named for the licence.
    ("DL: A123456789012345678", "A123456789012345678", (0.9, 0.9), ""),
    ("OL 123456789", "123456789", (0.65, 0.75), ""),
    ("driver_license_number,name\nD1234567,Ann", "D1234567", (0.65, 0.75), ""),
    # The US operator licence number; licence words anywhere in the window; Brazil's CNH; Sweden's word glued.
    ("OLN: 46829134", "46829134", (0.65, 0.75), ""),
    ("permis de conduire du Québec L1234-123456-12", "L1234-123456-12", (0.65, 0.75), ""),
    ("CNH: 12345678901 (carteira de motorista)", "12345678901", (0.65, 0.75), ""),
    ("Körkortsnummer AB123456C", "AB123456C", (0.65, 0.75), ""),
    # Alberta's six and three digits; India's state, RTO, year and serial.
    ("Alberta operator's licence 123456-789", "123456-789", (0.65, 0.75), ""),
    ("Driving licence no MH12 20110012345, Pune", "MH12 20110012345", (0.65, 0.9), ""),
    ("DL No. MH-1220110012345", "MH-1220110012345", (0.65, 0.9), ""),
    # The UK's DVLA layout alone (surname, birth date, initials, check letters); after "DVLA no.".
    ("Volunteer record: Sam Morgan, MORGA657054SM9IJ, Cardiff", "MORGA657054SM9IJ", (0.5, 0.5), NO_CONTEXT),
    ("DVLA no. MORGA657054SM9IK", "MORGA657054SM9IK", (0.9, 1.0), ""),
    # A bare "license_no" column beside a person's name.
    ("name,license_no,state\nAnn Lee,D1234571,CA", "D1234571", (0.65, 0.8), ""),
    # A state's exact format as a field's whole value on a form that names a person, under a label not a licence's.
    ("APPLICANT: TOM REYES\nDOC SCANNED: M430118227014\nSTATUS: OK", "M430118227014", (0.5, 0.5), NO_CONTEXT),
    ("NAME | PAPIERS | VILLE\nLEA ROUX | B55201883170 | NANTES", "B55201883170", (0.5, 0.5), NO_CONTEXT),
    # … or in a table row that names a person, whatever the headers say.
    ("REF | DOSSIER\nKOFI MENSAH | T904417730256", "T904417730256", (0.5, 0.5), NO_CONTEXT),
    # A person's licence beside the words of a firm's: the licence word's own qualifier decides.
    ("Driver's licence RT4471203, employed by Ridgeway Coaches Ltd", "RT4471203", (0.9, 0.9), ""),
    ("Applicant: Ann Lee\nLicence no RT4471203", "RT4471203", (0.65, 0.75), ""),
    ("Operator's licence no. RT4471203", "RT4471203", (0.65, 0.75), ""),  # a US state's name for a driver's
    ("DL: RT4471203 (holds a premises licence too)", "RT4471203", (0.9, 0.9), ""),
]
# Ticket, SKU, ISBN, grant, order and account-like business codes, build numbers, hashes, other identifiers.
NEGATIVES = [
    "license plate 7ABC123",
    "lic. plate ABC1234",
    "F123456789012",
    "codes F123456789012 G234567890123",
    "SKU A1234567 and A7654321",
    "license 2027",
    "Ticket F123456789012",
    "order F123-456-78-901-0",
    "build A1234567 shipped",
    "software license 4471229011",
    "License key 4471-2290-1123",
    "business licence no. 88120456",
    "annual license fee 120000",
    "ID: A1234567",
    # Permits that are not a driver's, a year and a serial, an ID label before a short code.
    "Parking permit 88120456",
    "work permit no. 1234567",
    "building permit #20231234",
    "Permit 2024-0012 approved",
    "id_doc: A1234567",
    "ticket_id: F123456789012",
    "order id F123456789012",
    "name,sku\nWidget,F123456789012\nGadget,G234567890123",
    "ISBN 978-3-16-148410-0",
    "WDLABCDEFGHI",
    "SKU WDL12AB34CD5",
    "license_key: 4471-2290-1123",
    "license_plate: 7ABC1234",
    "OLN is an acronym used in 12345 forms.",
    "fishing licence 12345678 for the lake",
    "product,license_no,seats\nOffice,AB123456,5",
    "Registered charity 1094567, DVLA compliance guide page 12345.",
    "Serial XKCDA612754AB1CD shipped",
    "licence_type: 12345678",
    "version 10.2.3-45678",
    "handle,name\nD1234567,Ann",
    "license_plate,name\nD1234567,Ann",
    "A123456789012345678",
    # On a person's form, a code under a code's label, or a code inside a sentence.
    "APPLICANT: TOM REYES\nORDER NO: M430118227014",
    "REF | DOSSIER\nBLUE WIDGETS | T904417730256",
    "APPLICANT: TOM REYES\nNOTES: sent M430118227014 by post",
    # Licences of operators, premises, traders, carriers and broadcasters: a firm's, not a driver's ...
    "Ridgeway Coaches Ltd, PSV operator licence RT4471203.",
    "Operator licence no: RT4471203",
    "Premises licence LN-4471203 (alcohol, late-night refreshment)",
    "Registered waste carrier licence CBDU 88214",
    "Firearms dealer licence 4471203",
    "scrap metal dealer's licence 44712035",
    "Broadcasting licence TV445120",
    # ... and a shape of a state's licence after such a word is no licence either.
    "Premises licence F123-456-78-901-0",
    "Trading licence: W123-4567-8901-23",
]


def _found(find, text: str) -> list[tuple[str, float, str]]:  # noqa: ANN001
    recognizer = find.recognizer
    results = recognizer.analyze(text, recognizer.supported_entities, None)
    return sorted(
        (text[r.start : r.end], r.score, (r.recognition_metadata or {}).get("reason", ""))
        for r in results
        if r.score >= 0.5
    )


@pytest.mark.parametrize(("text", "value", "scores", "reason"), POSITIVES)
def test_finds(find, text: str, value: str, scores: tuple[float, float], reason: str) -> None:  # noqa: ANN001
    found = [f for f in _found(find, text) if f[0] == value]
    assert len(found) == 1, _found(find, text)
    _, score, why = found[0]
    assert scores[0] <= score <= scores[1]
    assert why == reason


@pytest.mark.parametrize("text", NEGATIVES)
def test_ignores(find, text: str) -> None:  # noqa: ANN001
    assert _found(find, text) == []
