"""VEHICLE_PLATE, called directly (Presidio style): any plate after its word, strict national formats alone."""

from __future__ import annotations

import pytest

RECOGNIZER = "vehicle_plate"

POSITIVES = [
    # (text, plate, score range)
    ("licence plate 7ABC123", "7ABC123", (0.9, 1.0)),
    ("reg: AB12 CDE on 2 June", "AB12 CDE", (0.9, 1.0)),
    ("Texas tag KLM-4821", "KLM-4821", (0.9, 1.0)),
    ("plate number: 6TRJ244.", "6TRJ244", (0.9, 1.0)),
    ("his plate is abc123", "abc123", (0.9, 1.0)),
    ("a blue car AB12 CDE parked outside", "AB12 CDE", (0.85, 0.95)),
    ("saw AB-123-CD near the school", "AB-123-CD", (0.55, 0.65)),
    ("Auto B-MW 1234 gesehen", "B-MW 1234", (0.8, 0.9)),  # "Auto": a vehicle word near
    ("B-MW 1234 gesehen", "B-MW 1234", (0.5, 0.6)),
    ("coche 1234 BCD", "1234 BCD", (0.8, 0.9)),
    ("vimos 1234 BCD", "1234 BCD", (0.5, 0.6)),
    ("kenteken 12-ABC-3", "12-ABC-3", (0.9, 1.0)),
    ("Kennzeichen: M-AB 123", "M-AB 123", (0.9, 1.0)),
    ("reg. no. AB12 CDE", "AB12 CDE", (0.85, 1.0)),
    ("plate: GOFAST", "GOFAST", (0.9, 1.0)),  # a vanity plate, after its word
    ("plate # 4821556", "4821556", (0.9, 1.0)),
    ("his plate is ab12 cde", "ab12 cde", (0.9, 1.0)),
    ("a white Ford Focus car ABC-1234", "ABC-1234", (0.55, 0.65)),  # a US shape, a vehicle word near
    ("seen in car 12-D-12345", "12-D-12345", (0.8, 0.9)),  # Ireland
    ("Belgian car 1-ABC-123", "1-ABC-123", (0.8, 0.9)),
    ("plate no. MH 12 AB 1234", "MH 12 AB 1234", (0.9, 1.0)),  # India: four groups
    ("车牌京A·12345", "京A·12345", (0.9, 1.0)),
    ("번호판 12가 3456", "12가 3456", (0.9, 1.0)),
    ("госномер А123ВС 77", "А123ВС 77", (0.9, 1.0)),
    ("matrícula: 1234 BCD", "1234 BCD", (0.9, 1.0)),
    ("targa (AB 123 CD)", "AB 123 CD", (0.9, 1.0)),
    ("plate no. 7abc123 i think", "7abc123", (0.9, 1.0)),
    ("a grey Volvo car ZH 123456 outside", "ZH 123456", (0.5, 0.6)),  # a vehicle word near
    # Forms and notes: "#:", a verb, a state or province between the word and the plate.
    ("Plate #: 8GHJ452", "8GHJ452", (0.9, 1.0)),
    ("Tag #: KLM4821", "KLM4821", (0.9, 1.0)),
    ("his tags were ABC 1234", "ABC 1234", (0.9, 1.0)),
    ("the plates read FJK 2231", "FJK 2231", (0.9, 1.0)),
    ("plate ON: CBFT 921", "CBFT 921", (0.9, 1.0)),
    ("tag (TX) KLM-4821", "KLM-4821", (0.9, 1.0)),
    ("plate from Ohio: GHT 4412", "GHT 4412", (0.9, 1.0)),
    ("lp# 6TRJ244", "6TRJ244", (0.8, 1.0)),
    ("reg no 08 D 12345", "08 D 12345", (0.9, 1.0)),
    ("registration: 161-D-12345", "161-D-12345", (0.9, 1.0)),
    ("Reg was PX66 TYU", "PX66 TYU", (0.9, 1.0)),
    ("car reg is yx19 pln", "yx19 pln", (0.9, 1.0)),
    ("the plate number is 5KDL914 (CA)", "5KDL914", (0.9, 1.0)),
    ("Vehicle plate: HR 26 DQ 5551", "HR 26 DQ 5551", (0.9, 1.0)),
    ("plaque d'immatriculation AB-123-CD", "AB-123-CD", (0.9, 1.0)),
    ("tablica rejestracyjna WA 12345", "WA 12345", (0.9, 1.0)),
    ("Placa: ABC1D23", "ABC1D23", (0.9, 1.0)),  # Brazil (Mercosur)
    ("placa ABC-123-D", "ABC-123-D", (0.9, 1.0)),  # Mexico
    # A partial plate.
    ("plate ends in 42X", "42X", (0.9, 1.0)),
    ("the plate was partially 7AB", "7AB", (0.9, 1.0)),
    ("tag starts with KLM4", "KLM4", (0.9, 1.0)),
    ("plates ending with 4821", "4821", (0.8, 1.0)),
    # An export's keys.
    ("plate_number: 7XYZ123", "7XYZ123", (0.8, 1.0)),
    ('{"plate": "7XYZ123"}', "7XYZ123", (0.9, 1.0)),
    ("vehicle_reg=AB12 CDE", "AB12 CDE", (0.8, 1.0)),
]
NEGATIVES = [
    "plates 2019",
    "tag me on insta",
    "registration was 2015",
    "the plate was covered in mud",
    "order AB-123-CD",
    "SKU AB12 CDE",
    "ticket HD-4821",
    "ISBN 978-0-306-40615-7",
    "tag 2 friends",
    "grant R01-MH123456",
    "SKU ABC-1234",
    "Model ABC-1234 printer",
    "part no. ABC-1234",
    "plate: none",
    "registration: 2019",
    "born 1990, plate 1990",
    "ref 12-D-12345",
    "the plate read GO",
    "a Toyota RAV4 and a Ford F-150",
    "ZH 123456 was the invoice",
    "Ford Foundation grant FF-12345 approved",
    "Tesla shares, ticker TSLA 2024",
    "registration: 10 AM Saturday",
    "Registration opens at 9 AM",
    "tags: python, ml, v2",
    "tag: URGENT",
    "Registration is ON: TUESDAY",
    "registration fee $120",
    "registered in CA: yes",
    "Plate: IN PROGRESS",
    "tag: v2.3.1",
    "reg. code AB12",
    "registration closes 31 May",
    "plate reader firmware v4.2",
    "image_tag=v2",
    "registration ending in 2024",
    "the plate was like ABC",
    "Ticket tag: ABC 1234",
    "git tag v1.2",
    "price tag: AB12",
    "user_registration_id: 20240112",
]


@pytest.mark.parametrize(("text", "plate", "scores"), POSITIVES)
def test_finds(find, text: str, plate: str, scores: tuple[float, float]) -> None:
    found = find(text)
    assert [(e, v) for e, v, _ in found] == [("VEHICLE_PLATE", plate)]
    assert scores[0] <= found[0][2] <= scores[1]


@pytest.mark.parametrize("text", NEGATIVES)
def test_ignores(find, text: str) -> None:
    assert find(text) == []
