"""LabelledNationalIdRecognizer, called directly: a government number of any country after a label that names one,
in any language and script; labels of other things' numbers name none. Examples written for this file."""

from __future__ import annotations

import pytest

RECOGNIZER = "national_id_labelled"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("ЕМБГ на осомничениот: 0105984495540\nДатум на раѓање: 25.11.2005", "0105984495540"),
        ("ಆಧಾರ್ ಸಂಖ್ಯೆ: 8987 8626 5023", "8987 8626 5023"),
        ("Indangamuntu: 1 1992 7 1300738 3 79", "1 1992 7 1300738 3 79"),
        # a health or ID number's abbreviation, a passport's or a cédula's word, then a blank; "is"; "=" of a form
        ("Their Medicare No is 3428 15168 9", "3428 15168 9"),
        ("Patient: ZHONG, Haoran    NHI CVN2120", "CVN2120"),
        ("Krankenkasse KVNR S269160901, Kind", "S269160901"),
        ("Júlia Santos (mother), passaporte D268443", "D268443"),
        ("Santiago Díaz, cédula 1.023.328.634, +57 317 4959254", "1.023.328.634"),
        ("ID-nommer van verdagte: 7102059514189", "7102059514189"),
        ("national register number: 66111417493", "66111417493"),
        ("身份證號碼: Y839160(0)", "Y839160(0)"),  # a check digit in brackets
        ("ЈМБГ детета = 1011012737608", "1011012737608"),
        # After another label's colon; social security, tax and driving-licence labels; a label in brackets
        ("Documents submitted: copy of ID card no. 196356939612. Contact number: 0790 573 5636.", "196356939612"),
        ("Sozialversicherungs-/Steuer-ID: 2576201090\nMehrbedarf", "2576201090"),
        ("Telefono: 0039 318 142 8371\nPatente n.: MI9838267X", "MI9838267X"),
        ("[Numèro d'identitat] 161126911699926\n[Enfant] Joana", "161126911699926"),
        # a surname holding another thing's word ("Patel": "tel") does not make the label a phone's
        ("Interviewee: Priya Patel, identity document no. 670703-7195", "670703-7195"),
        ("Şübhəlinin FİN kodu / VÖEN: 9PVPC4Y", "9PVPC4Y"),
        ("EMŠO / davčna številka osumljenca: 81808623", "81808623"),
        ("Passport no: MC3612804   Issued: 2019", "MC3612804"),
        # A document's label before a passport's shape; the kind after the colon; a bar or a spaced dash; a label
        # after a wide gap
        ("8. Travel document number: MN191951\n9. Home address: 4 Elm Row", "MN191951"),
        ("Документ: паспорт FA965099\nВартість: 1382,30", "FA965099"),
        ("Документ № - GB601139\nАдрес - вул. Городоцька", "GB601139"),
        ("Nr dokumentu | TK6337948\nTelefon | 090-5562-0460", "TK6337948"),
        ("Seat 42E   Seq 126   Doc: J7098845", "J7098845"),
        # A sentence's end after the value; digits of another script; a script without spaces and its colon
        ("Lambar NIN ɗinsa: 10052159170. An ce ya tafi.", "10052159170"),
        ("उसको नागरिकता नम्बर: ५२-०३-६७-०१९०५। केटी", "५२-०३-६७-०१९०५"),
        ("លេខអត្តសញ្ញាណប័ណ្ណរបស់គាត់៖ 995894130។", "995894130"),
        ("Նրա անձնագրի համարը՝ AT0069816։", "AT0069816"),
        ("Түүний регистрийн дугаар: ГЕ68092592.", "ГЕ68092592"),
        # No colon after a number's word; a clause's start; health cards
        ("Interviewee: Lerato Taylor, identity document no. 1700626448008", "1700626448008"),
        ("Pupil: Félix Morin   DOB 14 May 2010   health card: 4720-123-908-AM", "4720-123-908-AM"),
        ("Medicare (mother): 2701 97312 7", "2701 97312 7"),
        # A record's key or element
        ('{"id_document_type": "SE personnummer", "id_document_number": "111125/7610"}', "111125/7610"),
        ('<national_id country="SE">030128-0038</national_id>', "030128-0038"),
        # A government number's own word, a blank, a long number; other scripts' words for "number" and their
        # sentences' marks
        ("Эл. пошта: a@b.kz, ЖСН 000705560108.", "000705560108"),
        ("ელფოსტა: t@g.com, პირადი ნომერი 22610874446.", "22610874446"),
        ("E-Mail: l@pt.lu, Matrikel 1958071490083 (stung op engem Bréif)", "1958071490083"),
        ("ኢሜይል፡ m@g.com፣ ፋይዳ ቁጥር 1920 8587 9028።", "1920 8587 9028"),
        ("इमेल s@w.np, नागरिकता नं. 43-01-69-47102।", "43-01-69-47102"),
    ],
)
def test_finds(find, text: str, value: str) -> None:  # noqa: ANN001
    assert [(e, v) for e, v, _ in find(text)] == [("NATIONAL_ID", value)]


@pytest.mark.parametrize(
    "text",
    [
        "Order ID: 12345678",
        "Order number is 12345678",
        "the passport office 2024 report",
        "주민등록번호는 비밀입니다. 연락처: 010-2002-2617",  # the ID's sentence ends before the phone's label
        "Tax number: 12-3456789 (company)",  # a firm's, as often as not
        "Ticket for the passport desk: 1234567",
        "Passport photo size: 35 x 45 mm",
        "Date of identity check: 12/03/2024",
        "Passport office phone: 0300 222 0000",
        "Identity provider: OKTA2024",  # a service's name, no document's number
        "Document: INV-2024-0042",  # a document word alone names only a passport's shape
        "Document number: 20240042",
        "Doc: README2024",
        '{"order_number": "12345678", "document": "INV-2024-0042"}',
        '<ticket_id country="SE">030128-0038</ticket_id>',
        "Identity check passed, no. 12345678 in the queue",  # a queue's number after an identity check
        "Citizen 2024 survey",  # a government number's word before a short number: a year
        "FIN 2023-2024 budget",  # a span of years
    ],
)
def test_ignores(find, text: str) -> None:  # noqa: ANN001
    assert find(text) == []
