"""Disguised values (issue 14.2): the normalisation undoes them, the detector finds them, and each finding's
offsets cover the disguised original, so that replacing that span removes the whole value."""

from __future__ import annotations

import pytest

from pii_pipeline.detection.normalize import normalize

RLO, PDF, LRE, LRI, PDI = "\u202e", "\u202c", "\u202a", "\u2066", "\u2069"
CYR_A, CYR_O, GREEK_O = "\u0430", "\u043e", "\u03bf"

# (text, entity type, the original characters the finding must cover)
DISGUISED = [
    ("Files went to ana.ruiz%40example.org yesterday.", "EMAIL_ADDRESS", "ana.ruiz%40example.org"),
    ("Files went to ana.ruiz%40example%2Eorg yesterday.", "EMAIL_ADDRESS", "ana.ruiz%40example%2Eorg"),
    ("Her mail: ana.ruiz&#64;example.org, thanks", "EMAIL_ADDRESS", "ana.ruiz&#64;example.org"),
    ("Her mail: ana.ruiz&#x40;example.org, thanks", "EMAIL_ADDRESS", "ana.ruiz&#x40;example.org"),
    ("Her mail: ana.ruiz&commat;example.org, thanks", "EMAIL_ADDRESS", "ana.ruiz&commat;example.org"),
    ("write to ana.ruiz\u00a0@\u00a0example.org now", "EMAIL_ADDRESS", "ana.ruiz\u00a0@\u00a0example.org"),
    ("write to ana.ruiz @ example.org now", "EMAIL_ADDRESS", "ana.ruiz @ example.org"),
    (f"mail {CYR_A}na.ruiz@ex{CYR_A}mple.org today", "EMAIL_ADDRESS", f"{CYR_A}na.ruiz@ex{CYR_A}mple.org"),
    (f"mail ana.ruiz@yah{GREEK_O}{CYR_O}.com today", "EMAIL_ADDRESS", f"ana.ruiz@yah{GREEK_O}{CYR_O}.com"),
    ("mail ana.ruiz@\nexample.org today", "EMAIL_ADDRESS", "ana.ruiz@\nexample.org"),
    ("mail ana.ruiz@exam\nple.org today", "EMAIL_ADDRESS", "ana.ruiz@exam\nple.org"),
    # a whole address, its sentence's full stop, then the next line: nothing of that line is joined to it
    ("or email gabriel.yeet@gmx.de.\nOur home IP is 180.51.141.230", "EMAIL_ADDRESS", "gabriel.yeet@gmx.de"),
    ("The SSN on file is 219-09-\n9999 as given.", "US_SSN", "219-09-\n9999"),
    ("The SSN on file is 219-09\n-9999 as given.", "US_SSN", "219-09\n-9999"),
    (f"The SSN on file is {RLO}9999-90-912{PDF} as given.", "US_SSN", "9999-90-912"),
    (f"SSN 219{LRE}-09-{LRI}9999{PDI} on the card", "US_SSN", f"219{LRE}-09-{LRI}9999"),
    ("Witness list:\n-Teodora Vasquez, 415-555-0187, saw it", "PERSON", "Teodora Vasquez"),
]


@pytest.mark.parametrize(("text", "entity", "value"), DISGUISED)
def test_a_disguised_value_is_found_over_its_original_characters(detector, text: str, entity: str, value: str) -> None:
    spans = detector.detect([text])[0]
    covered = [text[s.start : s.end] for s in spans if s.entity_type == entity]
    assert any(value in c for c in covered), (covered, spans)


@pytest.mark.parametrize(
    "text",
    [
        "Sentence one ends here.\nNext line starts with a capital.",
        "Totals 100\n200 and 300\n400 in the table",
        # A sentence ending in a number, then a transcript's line number: two numbers, not "4.5"
        " 4   A.   He has lived with me since the age of 4.\n 5   Q.   And how old is he now?",
        "Meet @ 3.30pm by the gate",
        "progress is 40%done and 50% left",
        "Иван Петров позвонил вчера",  # wholly Cyrillic words are left as written
        "Use &notanentity; literally",
        # A chat's next line opening with its speaker's handle is no e-mail address broken before its "@".
        "@kira2012: who is this\n@ninja2005: ur so mature\n@baby.luna.2: ok",
    ],
)
def test_ordinary_text_is_left_as_written_where_no_disguise_is(text: str) -> None:
    assert normalize(text).text.replace(" ", "") == text.replace(" ", "")


@pytest.mark.parametrize("text", ["her insta is @kay.lee", "his tiktok @lil.monkey now"])
def test_an_at_mention_keeps_its_blank(text: str) -> None:
    # A blank before the "@" only: an @mention, not "name @ domain" (joining it would make "is@kay.lee" an address).
    assert normalize(text).text == text


def test_offsets_of_a_decoded_reference_point_at_the_whole_reference() -> None:
    text = "x a&#64;b.co y"
    n = normalize(text)
    assert n.text == "x a@b.co y"
    at = n.text.index("@")
    assert n.to_original(at, at + 1) == (text.index("&"), text.index(";") + 1)
    assert text[slice(*n.to_original(2, 8))] == "a&#64;b.co"


def test_a_right_to_left_override_is_read_in_the_order_it_is_shown() -> None:
    text = f"id {RLO}4321{PDF} end"
    n = normalize(text)
    assert "1234" in n.text
    start = n.text.index("1234")
    assert text[slice(*n.to_original(start, start + 4))] == "4321"


def test_genuine_cyrillic_names_keep_their_letters() -> None:
    text = "Звонила Анна Соколова, потом jаne.doe@example.com"  # the e-mail has a Cyrillic "а"
    n = normalize(text)
    assert "Анна Соколова" in n.text
    assert "jane.doe@example.com" in n.text


@pytest.mark.parametrize(
    ("text", "read_as"),
    [
        # A log line's key=value reads as "key:value", the words of the key apart: every recognizer's label words
        # then apply to its fields. The same length, so offsets need no map.
        ("reporter_name=Joan Smith location=Bradford", "reporter name:Joan Smith location:Bradford"),
        ("imei=35209900176148 hw=B2-8E-56-EC-68-1C", "imei=35209900176148 hw=B2-8E-56-EC-68-1C"),  # digits: "=" kept
        ("device_id=35-209900-176148-1", "device id=35-209900-176148-1"),
    ],
)
def test_record_keys_read_as_labels(text: str, read_as: str) -> None:
    assert normalize(text).text == read_as


@pytest.mark.parametrize(
    ("text", "entity", "value"),
    [
        ('{"dob": "2011-03-04", "handle": "kenji_k", "age": "27"}', "DATE_OF_BIRTH", "2011-03-04"),
        ('{"dob": "2011-03-04", "handle": "kenji_k", "age": "27"}', "USERNAME", "kenji_k"),
        ('{"dob": "2011-03-04", "handle": "kenji_k", "age": "27"}', "AGE", "27"),
        ("ts=2026-03-12T21:14 location=Bradford device_id=35-209900-176148-1", "LOCATION", "Bradford"),
        ("ts=2026-03-12T21:14 birth_date=2011-03-04 src=app", "DATE_OF_BIRTH", "2011-03-04"),
        # a URL-encoded form: "+" for a blank inside a value (the first "+" of a phone number stays one)
        ("age=50&phone=+63+906+086+7540&email=a%40aol.com", "PHONE_NUMBER", "+63+906+086+7540"),
    ],
)
def test_values_of_records_are_found(detector, text: str, entity: str, value: str) -> None:  # noqa: ANN001
    spans = detector.detect([text])[0]
    assert value in [text[s.start : s.end] for s in spans if s.entity_type == entity], spans


@pytest.mark.parametrize(
    "text",
    [
        "https://example.org/search?q=lisbon&lang=en",
        "x=5 and y==6",
        "a = b",
        "set MAX_UPLOAD_MB=25 and SESSION_TIMEOUT=900 in production",  # a setting's constants
    ],
)
def test_urls_and_equations_keep_their_equals_signs(text: str) -> None:
    assert normalize(text).text == text


@pytest.mark.parametrize("text", ["C++ and 1+1=2 & more", "x=a+b", "see a+b&c"])
def test_a_plus_outside_a_forms_value_stays(text: str) -> None:
    assert normalize(text).text.count("+") == text.count("+")


@pytest.mark.parametrize("word", ["เลขประจำตัวประชาชน", "ບັດປະຈຳຕົວ"])
def test_thai_and_lao_am_stay_as_typed(word: str) -> None:
    """NFKC would write the vowel AM as two characters, and no recognizer's word list would match it any more."""
    assert normalize(f"{word}: 1234").text == f"{word}: 1234"


def test_a_thai_id_label_is_read_after_normalisation(detector) -> None:  # noqa: ANN001
    text = "เลขประจำตัวประชาชน: 1-1037-02071-81-1"
    assert [text[s.start : s.end] for s in detector.detect([text])[0] if s.entity_type == "NATIONAL_ID"] == [
        "1-1037-02071-81-1"
    ]


def test_a_fields_value_wrapped_in_an_object_reads_after_its_key() -> None:
    """'"Username": {"value": "kiera09"}', as platforms' data exports write a field: the key, blanks, the value."""
    text = '{"Username": {"value": "kiera09"}, "Date of birth": {"value": "2011-03-14"}}'
    n = normalize(text)
    assert len(n.text) == len(text)
    assert '"Username":           "kiera09"}' in n.text


def test_values_wrapped_in_objects_are_found(detector) -> None:  # noqa: ANN001
    text = '{"string_map_data": {"Username": {"value": "kiera09"}, "Date of birth": {"value": "2011-03-14"}}}'
    found = {(s.entity_type, text[s.start : s.end]) for s in detector.detect([text])[0]}
    assert {("USERNAME", "kiera09"), ("DATE_OF_BIRTH", "2011-03-14")} <= found
