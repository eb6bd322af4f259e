"""US_SSN, called directly (Presidio style).

dashed, spaced and dotted 3-2-4 numbers alone (lower, with a reason);
bare nine digits after a label, in a table column headed SSN, or as the whole text; never-issued or typo'd
numbers only after their label."""

from __future__ import annotations

import pytest

RECOGNIZER = "us_ssn"
NO_CONTEXT = "no context word"

# (text, value, score range, reason): the reason is "no context word" when no word or header names the value.
POSITIVES = [
    ("SSN: 212-45-6789", "212-45-6789", (0.95, 1.0), ""),
    # a taxpayer number's label names an SSN too (the label table files "TIN" under ITIN)
    ("Creator payouts (W-9 on file): TIN 544604601; bank", "544604601", (0.6, 0.7), ""),
    ("name,ssn/itin,amount\nEMILIANO RAMIREZ,216059309,80.80", "216059309", (0.6, 0.7), ""),
    ("her social is 212 45 6789 lol", "212 45 6789", (0.95, 1.0), ""),
    ("S.S.N. 212456789", "212456789", (0.6, 0.7), ""),
    ("Social security card: 212-45-6789", "212-45-6789", (0.95, 1.0), ""),
    ("212-45-6789 (SSN)", "212-45-6789", (0.95, 1.0), ""),
    ("SOCIAL SECURITY\n212 45 6789\nJOHN DOE", "212 45 6789", (0.95, 1.0), ""),
    ("Name | SSN | Card\nAnn Lee | 212-45-6789 | 4111 1111 1111 1111", "212-45-6789", (0.95, 1.0), ""),
    ("Name\tSSN\nAnn Lee\t212456789", "212456789", (0.6, 0.7), ""),
    ("| SSN | 212456789 |", "212456789", (0.6, 0.7), ""),
    ("SSN 666-12-3456", "666-12-3456", (0.5, 0.6), ""),
    # A reference word that does not label the value ("on file") leaves the SSN's own label in charge.
    ("The SSN on file is 536-22-1947 as given.", "536-22-1947", (0.95, 1.0), ""),
    ("SSN on file 078-05-1120", "078-05-1120", (0.5, 0.6), ""),
    ("ssn: 900-12-3456", "900-12-3456", (0.5, 0.6), ""),
    ("SSN: 212-45-678", "212-45-678", (0.5, 0.6), ""),
    ("Ann Lee | 212-45-6789 | 4111 1111 1111 1111", "212-45-6789", (0.55, 0.65), NO_CONTEXT),
    ("she gave 212-45-6789 at intake", "212-45-6789", (0.55, 0.65), NO_CONTEXT),
    ("078.05.1123", "078.05.1123", (0.5, 0.6), NO_CONTEXT),
    ("Phone: 415-555-0132, 212 45 6789", "212 45 6789", (0.5, 0.55), NO_CONTEXT),
    ("078051121", "078051121", (0.5, 0.5), NO_CONTEXT),
    ("she gave 121-21-2121 at intake", "121-21-2121", (0.55, 0.65), NO_CONTEXT),  # two digits repeated: valid
    ("ssn 212 456 789", "212 456 789", (0.5, 0.6), ""),
    ("SSN: 212 - 45 - 6789", "212 - 45 - 6789", (0.5, 0.6), ""),
    ("SOCIAL SECURITY\n2l2-45-67B9", "2l2-45-67B9", (0.9, 1.0), ""),
    ("OCR: 2l2-45-6789", "2l2-45-6789", (0.5, 0.5), NO_CONTEXT),
    ("SSN-212-45-6789", "212-45-6789", (0.95, 1.0), ""),
    ("SSN: ***-**-6789", "***-**-6789", (0.95, 0.95), ""),
    ("SSN: XXX-XX-6789", "XXX-XX-6789", (0.95, 0.95), ""),  # masked with capital X: a mask, like x and *
    ("records show xxx-xx-6789", "xxx-xx-6789", (0.55, 0.55), NO_CONTEXT),
    ("last four of her SSN: 6789", "6789", (0.5, 0.6), ""),
    ("SSN ending in 6789", "6789", (0.5, 0.6), ""),
    ("Ann Lee | 212456789 | 4111 1111 1111 1111", "212456789", (0.5, 0.5), NO_CONTEXT),
    ("Social Security Number (required for the background check): 212456789", "212456789", (0.6, 0.7), ""),
]
# Ticket, SKU, ISBN, grant, order and account-like business codes, build numbers, hashes, other identifiers.
NEGATIVES = [
    # A vessel list's MMSI column
    "MMSI | Name | IMO\n538749734 | STORMY PETREL | 9616581\n538656724 | SILVER KITTIWAKE | 9185849",
    "Ticket 212-45-6789 opened",
    # A stock list's codes, right after their label.
    "Stock code 617-61-8139, quantity on hand 1,204.",
    "Compatible housing: 250-90-3820.",
    "Part no. 123-45-6789",
    "Grant no. 2021-45-6789",
    "order 212456789 shipped",
    "Ticket | Card\n212-45-6789 | 4111",
    "ISBN 978-0-306-40615-7",
    "she gave 666-12-3456",
    "078051120",
    "call 123-45-678",
    "build 212.45.6789.1",
    "SKU 212456789",
    "212456789 units sold",
    "000000000",
    "she gave 111-11-1111 at intake",  # one digit repeated: a placeholder, issued-looking or not
    "212 456 789",  # regrouped 3-3-3 is the whole text: only after its label (the whole-text rule is for bare)
    "sha 3f9a2b1c8d7e6f5a4b3c2d1e0f9a8b7c6d5e4f3a",
    "v2.12.4567",
    "invoice INV-212-45-6789",
    "SKU | Qty\n400638133 | 2",
    "Grant 212-45-6789 awarded",
    "ISBN 212-45-6789",
    "Name | Routing\nAnn | 212456789",
    "order XXX-XX-6789",
    "card ***-**-6789",
    "card ending in 4821",
    "Part S12-45-6789",
    "B12-34-5678",
    "2lZ-4S-67BB",
    "SSN: 415 555 0132",
    "call 415 555 0132",
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


# ---------------------------------------------------------------- whole cells (mutmut found them unchecked)
@pytest.mark.parametrize(
    ("text", "reported"),
    [
        ("Ann Lee | 212456789 | NY", True),
        ("212456789 | Ann Lee", True),  # the first cell of its line
        ("Ann Lee | 212456789", True),  # the last
        ("Ann Lee\t212456789\tNY", True),  # tab-separated
        ("Name | ID\nAnn Lee | 212456789\nBob | 7", True),  # one row of several lines
        ("Name | ID\nAnn Lee | 212456789 x\nBob | 7", False),  # something else in its cell
        ("Ann Lee | ref 212456789 | NY", False),
        ("a | b\nref 212456789 ok\nc | d", False),  # cells on the lines around it, none on its own
        ("| 212456789 |", True),  # a separator is the text's first character
        ("| 212456789", True),  # ... with nothing after the value
        ("212456789 |", True),  # ... the text's last
        ("Ann | Lee | 212456789 | NY", True),  # the cell after the nearest separator before it, not the first
        ("Ann Lee | 212456789 | NY | 10001", True),  # the cell up to the nearest separator after it, not the last
        ("Name | ID\n212456789 | Ann Lee", True),  # the first cell of a line after the first
        ("Ann Lee | x 212456789 | NY", False),  # something else before it in its cell
        ("Ann Lee |x 212456789 | NY", False),  # ... right after the separator
        ("Ann Lee | 212456789 x", False),  # ... one character after it, at the end of the text
        ("a | b\n212456789 | c", True),  # a separator on the line above is not its cell's start
        ("notes\n| a |\n212456789", False),  # alone on its line, under a row of cells: no cell of its own
        ("| a |\n212456789\n| b |\nend", False),  # ... between rows of cells
        ("212456789\n| b |", False),  # ... above one
        ("212456789 ok\n| b |\nend", False),
        ("notes\n212456789\n| a |\nend", False),
    ],
)
def test_a_bare_number_alone_in_a_table_cell(find, text: str, reported: bool) -> None:  # noqa: ANN001
    found = _found(find, text)
    assert found == ([("212456789", 0.5, NO_CONTEXT)] if reported else []), found
