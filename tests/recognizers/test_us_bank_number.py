"""US_BANK_NUMBER, called directly (Presidio style).

6-17 digits (plain, dashed, spaced), masks and last fours, only next to
an account word; a business's account (ledger, cost centre, customer, account code) is no bank account."""

from __future__ import annotations

import pytest

RECOGNIZER = "us_bank_number"
NO_CONTEXT = "no context word"

# (text, value, score range, reason): the reason is "no context word" when no word or header names the value.
POSITIVES = [
    ("Routing: 021000021 Account: 1234567890", "1234567890", (0.55, 0.65), ""),
    # a CSV's demand-deposit column; the next cell, an amount with a dot, is no decimal part
    ("name,dda,amount\nAna Ruiz,2353007475,80.80", "2353007475", (0.55, 0.65), ""),
    ("acct no. 0012-345678-9", "0012-345678-9", (0.55, 0.65), ""),
    ("Bank account 1234 5678 9012", "1234 5678 9012", (0.55, 0.65), ""),
    ("Acct#: 12345678", "12345678", (0.55, 0.65), ""),
    ("Account ending in 4821", "4821", (0.55, 0.65), ""),
    ("checking account last four 4821", "4821", (0.55, 0.65), ""),
    ("Account no. ****4821", "****4821", (0.55, 0.65), ""),
    ("Routing | Account\n021000021 | 123456789", "123456789", (0.55, 0.65), ""),
    ("direct deposit to 000123456789 please", "000123456789", (0.55, 0.65), ""),
    ("Monthly gift of $25 from account 334455667 for the summer fund.", "334455667", (0.55, 0.65), ""),
    ("The suspect moved the money to account 9988776655.", "9988776655", (0.55, 0.65), ""),
    ("Account number 1234567890, donor's monthly gift.", "1234567890", (0.55, 0.65), ""),
    ("Name: Ann Lee\nBank: Chase\nAccount: 000123456789", "000123456789", (0.55, 0.65), ""),
    # A CSV export: the column's header names it, and a comma (not an amount's) stands on either side.
    ("name,dob,account,ssn\nTomas Berg,1990-04-12,55120093344,212-45-6789", "55120093344", (0.55, 0.65), ""),
    ("name;account;amount\nLena Vogt;4471229001;50,00", "4471229001", (0.55, 0.65), ""),
    # A fixed-width print-out: the header over the divider's run names the column
    (
        "REG ID  LAST_NAME  ACH ROUTING  ACH ACCOUNT\n------- ---------- ------------ ------------\n"
        "R46410  Garcia     105081791    81899188617\n",
        "81899188617",
        (0.55, 0.65),
        "",
    ),
]
# Ticket, SKU, ISBN, grant, order and account-like business codes, build numbers, hashes, other identifiers.
NEGATIVES = [
    "account opened 2019-03-14",
    "GL account 610200 for supplies",
    "Account code 61000-200",
    "the account balance is $4,500",
    "account 12 of 40",
    "account manager Jo said the PO is 4500012345",
    "customer account 88123456 renewed",
    "expense account 640100",
    "account opened 2019",
    "Order #1234567890",
    "ticket 12345678",
    "ISBN 9780306406157",
    "SKU 4006381333931 in stock",
    "account ID 7731-2290",
    "build 20231015 deployed",
    "Account: 55012-778 | Cost centre: 4410 | Approver: Finance",
    "Billing account 300045512 was invoiced for Q3.",
    "Account #: 88123456 (vendor: Morgan Stanley Office Supplies)",
    "Account 4400120, office rent.",
    "Budget line 55100, account 612000, fund 100.",
    "Please reconcile account 1200 and account 120045 before close.",
    "Savings of 120000 were found this quarter.",
    "Deposit ID 88120044 cleared.",
    "account: 4471229 | owner: Facilities | status: active",
    "A/C code 7741002 for marketing.",
    # Amounts: the groups after a thousands comma, a decimal comma.
    "account balance 1234567,50 EUR",
    "account total 4,500,000",
    # A CSV export whose header names no bank account.
    "sku,description,qty\nA-1001,Widget,55120093344",
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
