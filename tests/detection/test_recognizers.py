"""Per-recognizer tables: each positive must be found with the right type and fully covered; each negative must
stay clean. Cases go through the real detector (spaCy + every recognizer + overlap resolution)."""

from __future__ import annotations

import re

import pytest

from pii_pipeline.detection.text import TextDetector

# (text, entity, value that must be covered by a finding of that entity)
POSITIVES: list[tuple[str, str, str]] = [
    # EMAIL_ADDRESS
    ("Reply to jane.doe+tips@example.org please", "EMAIL_ADDRESS", "jane.doe+tips@example.org"),
    ("contact: J_Smith@mail.co.uk", "EMAIL_ADDRESS", "J_Smith@mail.co.uk"),
    # PHONE_NUMBER: every common US format, 555 numbers included
    ("Call her at (415) 555-0134 tonight.", "PHONE_NUMBER", "(415) 555-0134"),
    ("Her cell is 415-555-0134.", "PHONE_NUMBER", "415-555-0134"),
    ("Phone 415.555.0134", "PHONE_NUMBER", "415.555.0134"),
    ("Reached at +1 415 555 0134 yesterday", "PHONE_NUMBER", "+1 415 555 0134"),
    ("mobile 4155550134", "PHONE_NUMBER", "4155550134"),
    ("call me back on 555-0134", "PHONE_NUMBER", "555-0134"),
    ("Tel: +44 20 7946 0958", "PHONE_NUMBER", "+44 20 7946 0958"),
    ("Phone: 0490 75 40 81", "PHONE_NUMBER", "0490 75 40 81"),
    ("mobile: 0372 4415096", "PHONE_NUMBER", "0372 4415096"),
    ("nobody is answering at 98 471203", "PHONE_NUMBER", "98 471203"),
    ("0704 889 1203-Office, 4417702981-Fax", "PHONE_NUMBER", "4417702981"),
    # US_SSN
    ("SSN 536-22-1947 on file", "US_SSN", "536-22-1947"),
    ("social security number 536 22 1947", "US_SSN", "536 22 1947"),
    ("her SSN is 536221947", "US_SSN", "536221947"),
    ("SSN 666-12-3456 (never issued: a typo or a made-up number, still removed)", "US_SSN", "666-12-3456"),
    # US_ITIN
    ("ITIN 912-70-1234", "US_ITIN", "912-70-1234"),
    ("taxpayer id 945941234", "US_ITIN", "945941234"),
    # CREDIT_CARD: Luhn + issuer, any separator
    ("card 4111 1111 1111 1111 exp 09/27", "CREDIT_CARD", "4111 1111 1111 1111"),
    ("Amex 3782-822463-10005", "CREDIT_CARD", "3782-822463-10005"),
    ("paid with 5555555555554444", "CREDIT_CARD", "5555555555554444"),
    ("Discover 6011.1111.1111.1117", "CREDIT_CARD", "6011.1111.1111.1117"),
    # A check never vetoes a value its word names (issue 12): a typo'd card after "card" is still removed.
    ("card 4111 1111 1111 1112", "CREDIT_CARD", "4111 1111 1111 1112"),
    # ABA_ROUTING_NUMBER and US_BANK_NUMBER
    ("routing number 021000021, account 123456789012", "ABA_ROUTING_NUMBER", "021000021"),
    ("routing number 021000021, account 123456789012", "US_BANK_NUMBER", "123456789012"),
    ("checking acct # 00012345678", "US_BANK_NUMBER", "00012345678"),
    # IBAN_CODE (mod 97)
    ("IBAN DE89 3704 0044 0532 0130 00 please", "IBAN_CODE", "DE89 3704 0044 0532 0130 00"),
    ("wire to GB82WEST12345698765432", "IBAN_CODE", "GB82WEST12345698765432"),
    # IP_ADDRESS
    ("logged in from 203.0.113.42", "IP_ADDRESS", "203.0.113.42"),
    ("IPv6 2001:db8:85a3::8a2e:370:7334 seen", "IP_ADDRESS", "2001:db8:85a3::8a2e:370:7334"),
    # MAC_ADDRESS
    ("router MAC 00:1A:2B:3C:4D:5E", "MAC_ADDRESS", "00:1A:2B:3C:4D:5E"),
    ("hw 00-1a-2b-3c-4d-5e", "MAC_ADDRESS", "00-1a-2b-3c-4d-5e"),
    # DEVICE_ID: IMEI (Luhn) and advertising IDs
    ("IMEI 490154203237518", "DEVICE_ID", "490154203237518"),
    ("phone IMEI 35-209900-176148-1", "DEVICE_ID", "35-209900-176148-1"),
    ("IDFA 6D92078A-8246-4BA4-AE5B-76104861E7DC", "DEVICE_ID", "6D92078A-8246-4BA4-AE5B-76104861E7DC"),
    ("ad id 38400000-8cf0-11bd-b23e-10b96e40000d", "DEVICE_ID", "38400000-8cf0-11bd-b23e-10b96e40000d"),
    # US_DRIVER_LICENSE and US_PASSPORT (context)
    ("driver's license D1234567", "US_DRIVER_LICENSE", "D1234567"),
    ("DL# S530-460-72-886", "US_DRIVER_LICENSE", "S530-460-72-886"),
    ("passport number 912345678", "US_PASSPORT", "912345678"),
    ("passport no. A12345678", "US_PASSPORT", "A12345678"),
    # URL
    ("profile https://www.instagram.com/jdoe_99", "URL", "https://www.instagram.com/jdoe_99"),
    ("see www.example.org/users/jdoe", "URL", "www.example.org/users/jdoe"),
    # GEO_COORDINATES
    ("pinned at 37.7749, -122.4194", "GEO_COORDINATES", "37.7749, -122.4194"),
    ("lat 37.77 lon -122.41", "GEO_COORDINATES", "lat 37.77 lon -122.41"),
    ("photo taken at 37°46'29.6\"N 122°25'09.8\"W", "GEO_COORDINATES", "37°46'29.6\"N 122°25'09.8\"W"),
    ("GPS 37.7749° N, 122.4194° W", "GEO_COORDINATES", "37.7749° N, 122.4194° W"),
    # DATE_OF_BIRTH
    ("She was born on March 3, 2012.", "DATE_OF_BIRTH", "March 3, 2012"),
    ("DOB: 03/14/2012", "DATE_OF_BIRTH", "03/14/2012"),
    ("date of birth 2011-07-04", "DATE_OF_BIRTH", "2011-07-04"),
    ("his birthday is 4 July 2011", "DATE_OF_BIRTH", "4 July 2011"),
    # STREET_ADDRESS
    ("She lives at 1234 Oak Street, Apt 5B, Springfield, IL 62704.", "STREET_ADDRESS", "1234 Oak Street, Apt 5B"),
    ("Mail to 77 N. Main St.\nDayton, OH 45402", "STREET_ADDRESS", "77 N. Main St.\nDayton, OH 45402"),
    ("moved to 8351 Jeffrey Ville Apt. 185", "STREET_ADDRESS", "8351 Jeffrey Ville Apt. 185"),
    ("PO Box 1234", "STREET_ADDRESS", "PO Box 1234"),
    ("The office is on Rue de Rivoli 12", "STREET_ADDRESS", "Rue de Rivoli 12"),
    ("lives at Koskikatu 25", "STREET_ADDRESS", "Koskikatu 25"),
    # International layouts: city, region and country pieces after a unit, quoted lines, lower-case type words
    (
        "send it to 12 Mill Road Apt. 4 Ballymena Northern Ireland please",
        "STREET_ADDRESS",
        "12 Mill Road Apt. 4 Ballymena Northern Ireland",
    ),
    (
        "> 88 Hjortevej 3\n> Suite 2\n> ODENSE\n> Denmark 5000",
        "STREET_ADDRESS",
        "88 Hjortevej 3\n> Suite 2\n> ODENSE\n> Denmark 5000",
    ),
    ("Address: 14 Bergsli gate 7\nBERGEN, nan 5003", "STREET_ADDRESS", "14 Bergsli gate 7\nBERGEN, nan 5003"),
    (
        "She lives at 7 Avda. Reina Victoria 21, Valladolid, Spain 47001",
        "STREET_ADDRESS",
        "7 Avda. Reina Victoria 21, Valladolid, Spain 47001",
    ),
    (
        "we met at the corner of Lindengasse 14 and Helmut Square",
        "STREET_ADDRESS",
        "the corner of Lindengasse 14 and Helmut Square",
    ),
    (
        "He moved to 44 Vesterbrogade 12\nKøbenhavn V\n, 84\n 1620",
        "STREET_ADDRESS",
        "44 Vesterbrogade 12\nKøbenhavn V\n, 84\n 1620",
    ),
    ("the clinic is on Harwell Grove Street now", "STREET_ADDRESS", "Harwell Grove Street"),
    # A street named after a person stays an address
    (
        "Ship to 5120 Sofia Kovalevskaya 88\nLimassol, Cyprus 3035",
        "STREET_ADDRESS",
        "5120 Sofia Kovalevskaya 88\nLimassol, Cyprus 3035",
    ),
    # USERNAME
    ("he messaged her as @night_owl99", "USERNAME", "@night_owl99"),
    ("her screen name is SkaterGirl09", "USERNAME", "SkaterGirl09"),
    ("talks to him on Discord as xXslayerXx", "USERNAME", "xXslayerXx"),
    ("Snapchat: kayla.b_22", "USERNAME", "kayla.b_22"),
    ("user bluefox77 sent photos", "USERNAME", "bluefox77"),
    # PERSON: cues and the multi-locale gazetteer
    ("My name is Rubija.", "PERSON", "Rubija"),
    ("Reporter Maria Lopez called twice.", "PERSON", "Maria Lopez"),
    ("her daughter Emma is scared", "PERSON", "Emma"),
    ("The suspect, Krisztián Szöllösy, left.", "PERSON", "Krisztián Szöllösy"),
    ("Donor Nguyễn Thị Lan gave again", "PERSON", "Nguyễn Thị Lan"),
    # PERSON: person verbs, possessives, middle initials, titles, speakers, lists, name-only lines, lower case
    ("Oyelaran Bakewicz lives at the end of the road.", "PERSON", "Oyelaran Bakewicz"),
    ("Tavrid shouted at Hollis: stop!", "PERSON", "Tavrid"),
    ("It was Ingeborga's kid who called.", "PERSON", "Ingeborga"),
    ("a song by Quenby R Vasterling was played", "PERSON", "Quenby R Vasterling"),
    ("What's your last name? Drummelsby", "PERSON", "Drummelsby"),
    ("Intake done by pani Justyna Wrobel today.", "PERSON", "pani Justyna Wrobel"),
    ("Seen by Dr. Ráczné Pataki Beatrix at noon.", "PERSON", "Dr. Ráczné Pataki Beatrix"),
    ("Donor Kylie Young gave again", "PERSON", "Kylie Young"),
    ('Orvald: "Where were you?"\nMaren: "At home."', "PERSON", "Orvald"),
    ("Guests: Thomas, Ilsabet and Margarete came.", "PERSON", "Ilsabet"),
    ("> Bettina Lorquist\n> 12 Elm Street\n> Dayton", "PERSON", "Bettina Lorquist"),
    ("follow up with anna k lindqvist next week", "PERSON", "anna k lindqvist"),
    # Sensitive categories, in a personal context
    ("she is Hispanic", "ETHNIC_ORIGIN", "Hispanic"),
    ("a family of Somali descent", "ETHNIC_ORIGIN", "Somali"),
    ("he came out as gay last year", "SEXUAL_ORIENTATION", "gay"),
    ("she is bisexual", "SEXUAL_ORIENTATION", "bisexual"),
    ("the teen is transgender", "GENDER_IDENTITY", "transgender"),
    ("they use they/them pronouns", "GENDER_IDENTITY", "they/them"),
    ("her son has epilepsy", "MEDICAL_CONDITION", "epilepsy"),
    ("he was diagnosed with bipolar disorder", "MEDICAL_CONDITION", "bipolar disorder"),
    ("she takes Zoloft daily", "MEDICAL_CONDITION", "Zoloft"),
    ("she carries a BRCA1 mutation", "GENETIC_DATA", "BRCA1 mutation"),
    ("his genetic test results came back", "GENETIC_DATA", "genetic test results"),
    ("he was convicted of assault in 2019", "CRIMINAL_HISTORY", "convicted of assault"),
    ("the boyfriend is on probation", "CRIMINAL_HISTORY", "on probation"),
    ("he is a registered sex offender", "CRIMINAL_HISTORY", "registered sex offender"),
    # Issue #6: a cancer's site is part of the condition; an offence and its record word; a phone after a name.
    ("Her mother had ovarian cancer.", "MEDICAL_CONDITION", "ovarian cancer"),
    ("Recovering from breast cancer treatment.", "MEDICAL_CONDITION", "breast cancer"),
    ("He has a felony drug possession conviction.", "CRIMINAL_HISTORY", "felony drug possession conviction"),
    ("prior misdemeanor theft charge", "CRIMINAL_HISTORY", "misdemeanor theft charge"),
    ("Emergency contact: Bob Lee 4155753011", "PHONE_NUMBER", "4155753011"),
    ("Reference: Harry Pacheco, 2018944553.", "PHONE_NUMBER", "2018944553"),
    ("she is 12 and scared", "MINOR_AGE", "12"),
    ("a 12-year-old girl", "MINOR_AGE", "12-year-old"),
    ("the boy, age 9, was alone", "MINOR_AGE", "age 9"),
    ("she is in 7th grade", "MINOR_AGE", "7th grade"),
    ("her son is a sophomore", "MINOR_AGE", "sophomore"),
]

# Adversarial spellings: full-width digits, NBSP, odd dashes (the detector must still cover the whole value).
ADVERSARIAL: list[tuple[str, str, str]] = [
    ("SSN ５３６-２２-１９４７", "US_SSN", "５３６-２２-１９４７"),
    ("SSN 536\u201122\u20111947", "US_SSN", "536\u201122\u20111947"),
    ("call 415\u2013555\u20130134", "PHONE_NUMBER", "415\u2013555\u20130134"),
    ("card 4111\u00a01111\u00a01111\u00a01111", "CREDIT_CARD", "4111\u00a01111\u00a01111\u00a01111"),
    ("phone (415)\u00a0555-0134", "PHONE_NUMBER", "(415)\u00a0555-0134"),
]
# Zero-width characters inside a value need the text normalisation (detection/normalize.py) in front.
ZERO_WIDTH: list[tuple[str, str, str]] = [
    ("SSN 536-22\u200b-1947", "US_SSN", "536-22\u200b-1947"),
    ("email jane.doe@exa\u200bmple.org", "EMAIL_ADDRESS", "jane.doe@exa\u200bmple.org"),
]

# (text, entity that must not be reported; None = nothing at all)
NEGATIVES: list[tuple[str, str | None]] = [
    ("Case CASE-2026-004211 was closed.", None),
    ("See Report #48213 for details.", None),
    ("Invoice INV-20931 paid, order #5512093, tracking 1Z999AA10123456784.", None),
    ("Total $1,250.00 received on 3/14/2026 at 10:30 am.", None),
    ("Upgraded to v2.3.1 and then version 10.0.0.1 build 4411.", None),
    ("ZIP 94110 only.", None),
    ("SKU 400638133393 and part 77-1234-55 in stock.", None),
    ("The American Cancer Society walk is on Saturday.", None),
    ("She was 25 minutes late and waited 12 hours.", "MINOR_AGE"),
    ("He is 34 years old.", "MINOR_AGE"),
    ("The senior manager approved it.", "MINOR_AGE"),
    ("order 123-45-6789 shipped", "US_SSN"),
    # Never issued and no word names them; after "SSN" they are reported (recall first, issue 12.5).
    ("she gave 666-12-3456 at intake", "US_SSN"),
    ("she gave 000-12-3456 at intake", "US_SSN"),
    ("number 912-45-6789", "US_ITIN"),
    ("IBAN DE89 3704 0044 0532 0130 01", "IBAN_CODE"),
    ("reference 123456789", "US_SSN"),
    ("the straight road to the black car", None),
    ("white paper on trans fats", None),
    ("The price rose 12.5, 13.75 points", "GEO_COORDINATES"),
    ("Meeting on 03/14/2024 about the report.", "DATE_OF_BIRTH"),
    ("user account settings were reset", "USERNAME"),
    ("[chat] user123: hello", "USERNAME"),
    ("Mobile: 0490 75 40 81\nDesk: +44 20 7946 0958\nFax: 555-0134", "PERSON"),
    ("Capitalised words like Patience and Discipline are not names.", "PERSON"),
    ("Energetic salesperson. Awarded Salesperson of the Month twice.", "PERSON"),
    ("paid with card 3725 151071 34824 on file", "PHONE_NUMBER"),
    ("the true gender of the song has been debated", "STREET_ADDRESS"),
    ("Invoice 2024001234 paid, order 77120045 shipped.", "PHONE_NUMBER"),
    ("The lung cancer research fund gala is Friday.", "MEDICAL_CONDITION"),
    ("Charge your phone before the shift.", "CRIMINAL_HISTORY"),
    ("She served two years on the board.", "CRIMINAL_HISTORY"),
    ("Tracking number 4155753011 shipped.", "PHONE_NUMBER"),
]


def _covered(text: str, value: str, spans, entity: str | None) -> bool:  # noqa: ANN001
    start = text.index(value)
    end = start + len(value)
    chosen = [s for s in spans if entity is None or s.entity_type == entity]
    if not any(s.start < end and start < s.end for s in chosen):
        return False
    return all(not text[i].isalnum() or any(s.start <= i < s.end for s in spans) for i in range(start, end))


def _id(text: str) -> str:
    # Printable ASCII only: pytest escapes other characters in ids, and escapes them again when a module is
    # collected twice in one process (mutmut), so such ids could not be selected by name.
    return re.sub(r"[^ -\[\]-~]", "?", text)


@pytest.mark.parametrize(("text", "entity", "value"), POSITIVES, ids=[_id(f"{e}:{v}") for _, e, v in POSITIVES])
def test_positive(detector: TextDetector, text: str, entity: str, value: str) -> None:
    spans = detector.detect([text])[0]
    assert _covered(text, value, spans, entity), [(s.entity_type, s.start, s.end) for s in spans]


@pytest.mark.parametrize(("text", "entity", "value"), ADVERSARIAL, ids=[f"{e}:{i}" for i, (_, e, _) in
                                                                          enumerate(ADVERSARIAL)])  # fmt: skip
def test_adversarial(detector: TextDetector, text: str, entity: str, value: str) -> None:
    spans = detector.detect([text])[0]
    assert _covered(text, value, spans, entity), [(s.entity_type, s.start, s.end) for s in spans]


@pytest.mark.parametrize(("text", "entity", "value"), ZERO_WIDTH, ids=[e for _, e, _ in ZERO_WIDTH])
def test_zero_width(detector: TextDetector, text: str, entity: str, value: str) -> None:
    spans = detector.detect([text])[0]
    assert _covered(text, value, spans, entity), [(s.entity_type, s.start, s.end) for s in spans]


@pytest.mark.parametrize(("text", "entity"), NEGATIVES, ids=[_id(t[:30]) for t, _ in NEGATIVES])
def test_negative(detector: TextDetector, text: str, entity: str | None) -> None:
    # A false positive fails whoever produced it (a recognizer or the NER model).
    spans = [s for s in detector.detect([text])[0] if entity is None or s.entity_type == entity]
    assert not [(s.entity_type, s.start, s.end, s.recognizer) for s in spans]
