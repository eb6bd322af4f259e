"""VehiclePlateRecognizer, called directly: a plate near a vehicle word; not an asset, ticket or SKU code beside
one (issue 12)."""

from __future__ import annotations

import pytest

RECOGNIZER = "vehicle_plate"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("a silver van, plate AB12 CDE, parked outside the school", "AB12 CDE"),
        # A code before whom the vehicle is registered to, in any case and any country's layout
        ("Car on drive FZBU 956 registered to Harjit Roy.", "FZBU 956"),
        ("car on drive 232-g-44087 registered to seán doyle.", "232-g-44087"),
        # Russia's layout in Cyrillic, glued to its region or after its word.
        ("госномер А123ВС777", "А123ВС777"),
        # The plate's label glued into one word, as OCR prints it.
        ("VEHREG KM-447-RT  COLOUR GREY", "KM-447-RT"),
        ("CARREG YR17 KLP; MAKE SKODA", "YR17 KLP"),
        # A plate's strict shape as a cell of a row that names a person, under any header.
        ("OSOBA | POJAZD\nMAREK WÓJCIK | KLM-4821", "KLM-4821"),
        ("номер А123ВС 77", "А123ВС 77"),
        # Poland's district and number near a vehicle word; Germany's spaced layout near one.
        ("Polish car WA 12345", "WA 12345"),
        ("his car: M AB 123, parked outside", "M AB 123"),
        # The vehicle named after the plate's word; Argentina's word; a lower-case group of five.
        ("placa do carro: ABC1D23", "ABC1D23"),
        ("patente: ABC 123", "ABC 123"),
        ("plate no wa-12345", "wa-12345"),
        # Cues: Poland's "rejestracja", Australia's "rego", India's "car number"; "it's" after the cue.
        ("Samochód: rejestracja WA 12345, czarny.", "WA 12345"),
        ("Aussie ute, rego ABC-123, parked on the kerb.", "ABC-123"),
        ("Rego: 1ABC 234 (VIC).", "1ABC 234"),
        ("The car number MH 12 AB 1234 was seen near the temple.", "MH 12 AB 1234"),
        ("I got the tag number, it's LMN4429, a Kia Soul.", "LMN4429"),
        # Switzerland's grouped number and India's series near a vehicle word; India's alone.
        ("Swiss car ZH 123 456 parked by the lake.", "ZH 123 456"),
        ("grey Honda City MH12AB1234 near the gate", "MH12AB1234"),
        ("seen KA-05-MN-4321 twice this week", "KA-05-MN-4321"),
        # A UK plate typed in lower case with its space; an OCR'd 1 read as "l".
        ("reg was yk68 dzt maybe", "yk68 dzt"),
        ("Plate no: 7ABC l23", "7ABC l23"),
        # A column of plates in a CSV file or a table ("tag" where another column names the vehicle).
        ("name,vehicle_plate,state\nAnn Lee,8XYZ456,CA", "8XYZ456"),
        ("make\tmodel\ttag\nFord\tFocus\tKLM4821", "KLM4821"),
        # Verbs and plurals of the word; "as" after it; Austria's letter and six; a US shape after a make.
        ("una Panda targata AB123CD", "AB123CD"),
        ("una camioneta con placas ABC-123-A", "ABC-123-A"),
        ("caller gave reg as AB12CDE", "AB12CDE"),
        ("Austrian Kennzeichen W-12345A", "W-12345A"),
        ("a black Toyota Camry 7ABC123 at the gate", "7ABC123"),
        # A bare "license" after a vehicle, with no driver in sight.
        ("Suspect vehicle: a red Mazda, license 4KLM992, headed north", "4KLM992"),
        ("black sedan, license # ZXT 4410", "ZXT 4410"),
        # "plate legible:", "car with number", a camera's hit, a table's bar, a dash; Malay, Hausa, Russian words
        ("car in 3 posts, plate legible: ВН5633ТН", "ВН5633ТН"),
        ("The man is driving car with number ΑΥΙ-8247. The girl", "ΑΥΙ-8247"),
        ("21/03/2022 | ANPR hit GUR-39K; occurrence OCC-6420360", "GUR-39K"),
        ("Domicilio | x\nMatrícula | ΧΚΤ-5128\nCorreo | y", "ΧΚΤ-5128"),
        ("Гос. номер авто - ВО8556ММ", "ВО8556ММ"),
        ("Dia memandu kereta Myvi putih, nombor plat VYU 118.", "VYU 118"),
        ("Yana tuka farar mota, lambar mota JXL-776TL.", "JXL-776TL"),
    ],
)
def test_finds(find, text: str, value: str) -> None:  # noqa: ANN001
    assert value in [v for _, v, _ in find(text)]


def test_a_label_s_last_word_is_no_plate(find) -> None:  # noqa: ANN001
    # "VEHICLE REG MARK" is the label; the plate is on the next line.
    assert [v for _, v, _ in find("VEHICLE REG MARK\nWX62 KLM")] == ["WX62 KLM"]


@pytest.mark.parametrize(
    "text",
    [
        "Straight-line depreciation over 5 years for the van (asset FA-0212).",
        "The car was registered to the company in 2019; the vehicle registered to Acme since 2020.",
        "Ticket HD-4471 for the van's service booking.",
        "patente di guida U1A23B456C",
        "Flight BA 2490 departs at 10:40.",
        "The postcode is SW1A 1AA.",
        "Product code XY 123 ZZ on the invoice.",
        "Цена А123 руб.",
        # A fee, a time, a day after the word; a firm's or a charity's registration; a race's number.
        "registration fee 250 for the gala",
        "tag me at 9 am",
        "reg on the 12th at 10am",
        "plates 12 and 13 were broken at the dinner",
        "Company registration no. SC123456",
        "registration number 09876543 (Companies House)",
        "car number 3 won the charity race",
        "bike number 42 in the triathlon",
        "sku,tag,price\nWidget,AB-1234,12.99",
        "name,reg,year\nAcme Ltd,SC123456,2020",
        "Honda Motor annual report, code HMC-2024",
        "Ford Foundation grant ABC-1234 approved",
        "Driver's license D1234567, he drives a black sedan",
        "drives a van; license number D1234567",
        # Under a "REG" or "TARGA" header a name is no vanity plate; nor is the label's own last word.
        "NOME | TARGA\nGIULIA BIANCHI | -",
        "ITEM | CODE\nSTANDING DESK | KLM-4821",
        "NAME  REG\nOWEN PRICE",
        "VEHICLE REGISTRATION NUMBER | unknown",
        "the registration desk NUMBER two",
        "the plate was seen by police; a car with number plates removed",
    ],
)
def test_ignores(find, text: str) -> None:  # noqa: ANN001
    assert find(text) == []
