"""The seeder writes the same rows everywhere, plants valid identifiers and reports every value."""

from __future__ import annotations

import re
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

import pytest
import sqlalchemy as sa

from pii_pipeline.seeding import STORES, SeedResult, planted_values, seed_store, store_tables
from pii_pipeline.seeding.schema import store_metadata
from pii_pipeline.types import ALL_ENTITIES

ROWS = 300
PKS = {"tips": "tip_id", "donations": "donation_id", "volunteers": "volunteer_id"}

Row = dict[str, object]


def _norm(value: object) -> object:
    # Backends differ in how they return the same stored value (Decimal scale, float/str).
    if isinstance(value, Decimal):
        return f"{value:.2f}"
    if isinstance(value, datetime):
        return value.isoformat(sep=" ", timespec="seconds")
    if isinstance(value, date):
        return value.isoformat()
    return value


def _dump(url: str, store: str, limit: int | None = None) -> list[Row]:
    table = store_metadata(store).tables[store]
    engine = sa.create_engine(url)
    try:
        with engine.connect() as conn:
            query = sa.select(table).order_by(table.c[PKS[store]]).limit(limit)
            return [{k: _norm(v) for k, v in row.items()} for row in conn.execute(query).mappings()]
    finally:
        engine.dispose()


def _luhn(number: str) -> bool:
    digits = [int(c) for c in number if c.isdigit()][::-1]
    total = sum(d if i % 2 == 0 else (d * 2 - 9 if d > 4 else d * 2) for i, d in enumerate(digits))
    return total % 10 == 0


@pytest.fixture(scope="module")
def seeded(tmp_path_factory: pytest.TempPathFactory) -> dict[str, tuple[SeedResult, list[Row]]]:
    """Each store seeded once into its own SQLite file, with its full dump."""
    out = {}
    for store in STORES:
        url = f"sqlite:///{tmp_path_factory.mktemp(store) / f'{store}.db'}"
        result = seed_store(store, url, rows=ROWS)
        out[store] = (result, _dump(url, store))
    return out


# --- determinism ------------------------------------------------------------------------------


@pytest.mark.parametrize("store", STORES)
def test_same_seed_gives_identical_rows(store: str, seeded, tmp_path: Path) -> None:
    first, rows = seeded[store]
    url = f"sqlite:///{tmp_path / 'again.db'}"
    again = seed_store(store, url, rows=ROWS)
    assert _dump(url, store) == rows
    assert again.planted == first.planted


@pytest.mark.parametrize("store", STORES)
def test_planted_values_needs_no_database(store: str, seeded) -> None:
    assert planted_values(store, rows=ROWS) == seeded[store][0].planted


def test_other_seed_gives_other_rows(seeded, tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'other.db'}"
    seed_store("tips", url, rows=ROWS, seed=7)
    other = _dump(url, "tips")
    assert other != seeded["tips"][1]
    assert {r["reporter_email"] for r in other}.isdisjoint(
        r["reporter_email"] for r in seeded["tips"][1] if r["reporter_email"]
    )


def test_reseeding_replaces_the_table(sqlite_url: str) -> None:
    seed_store("donations", sqlite_url, rows=40)
    result = seed_store("donations", sqlite_url, rows=25)
    assert result.tables == {"donations": 25}
    assert len(_dump(sqlite_url, "donations")) == 25


# --- shape ----------------------------------------------------------------------------------------


@pytest.mark.parametrize("store", STORES)
def test_counts_keys_and_watermark(store: str, seeded) -> None:
    result, rows = seeded[store]
    assert store_tables(store) == [store]
    assert result.tables == {store: ROWS}
    assert len(rows) == ROWS
    assert len({r[PKS[store]] for r in rows}) == ROWS
    stamps = [r["updated_at"] for r in rows]
    assert all(s is not None for s in stamps)
    assert min(stamps) >= "2026-01-01 00:00:00" and max(stamps) < "2026-04-01 00:00:00"
    # Spread over the quarter, so that monthly intervals each get rows.
    assert {s[:7] for s in stamps} == {"2026-01", "2026-02", "2026-03"}


def test_unknown_store_is_rejected(sqlite_url: str) -> None:
    with pytest.raises(ValueError, match="unknown store 'payroll'"):
        seed_store("payroll", sqlite_url)
    with pytest.raises(ValueError, match="unknown store"):
        planted_values("payroll")


# --- identifiers follow their rules ---------------------------------------------------------------

_SSN_AREA_OK = re.compile(r"^(?!000|666|9)\d{3}[- ]?(?!00)\d{2}[- ]?(?!0000)\d{4}$")


def test_ssns_are_valid_and_varied(seeded) -> None:
    rows = seeded["volunteers"][1]
    ssns = [r["ssn"] for r in rows]
    assert all(_SSN_AREA_OK.match(s) for s in ssns), [s for s in ssns if not _SSN_AREA_OK.match(s)][:5]
    shapes = {re.sub(r"\d", "9", s) for s in ssns}
    assert shapes == {"999-99-9999", "999 99 9999", "999999999"}
    # reference_code is the same SSN, always dashed.
    for r in rows:
        assert re.fullmatch(r"\d{3}-\d{2}-\d{4}", r["reference_code"])
        assert r["reference_code"].replace("-", "") == re.sub(r"\D", "", r["ssn"])


def test_cards_and_bank_numbers_are_valid(seeded) -> None:
    rows = seeded["donations"][1]
    brands = set()
    for r in rows:
        card = r["card_number"]
        plain = re.sub(r"[ -]", "", card)
        assert _luhn(plain), card
        assert len(plain) == (15 if plain[:2] in ("34", "37") else 16), card
        brands.add(plain[0])
        assert re.fullmatch(r"\d{8,17}", r["bank_account"])
        routing = r["routing_number"]
        weights = (3, 7, 1) * 3
        assert sum(int(d) * w for d, w in zip(routing, weights, strict=True)) % 10 == 0, routing
    assert brands >= {"3", "4", "5", "6"}  # Amex, Visa, Mastercard, Discover
    assert {bool(re.search(r" ", r["card_number"])) for r in rows} == {True, False}


def test_device_ids_are_luhn_imeis_or_advertising_ids(seeded) -> None:
    devices = [r["device_id"] for r in seeded["tips"][1]]
    imeis = [d for d in devices if d.isdigit()]
    uuids = [d for d in devices if not d.isdigit()]
    assert imeis and uuids
    assert all(len(d) == 15 and _luhn(d) for d in imeis)
    assert all(re.fullmatch(r"[0-9a-fA-F]{8}(-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12}", d) for d in uuids)
    assert any(d.isupper() for d in uuids) and any(d.islower() for d in uuids)


def test_phone_formats_are_varied(seeded) -> None:
    phones = [r["reporter_phone"] for r in seeded["tips"][1] if r["reporter_phone"]]
    shapes = {re.sub(r"(?<!\+)\d", "9", p) for p in phones}  # keep the country code of "+1 ..."
    assert shapes == {"(999) 999-9999", "999-999-9999", "999.999.9999", "+1 999 999 9999", "9999999999"}


def test_coordinates_and_ips(seeded) -> None:
    rows = seeded["tips"][1]
    for r in rows:
        assert re.fullmatch(r"-?\d{1,2}\.\d{4,6}, -\d{2,3}\.\d{4,6}", r["location"]), r["location"]
        assert 3 <= r["child_age"] <= 17
    assert any(":" in r["source_ip"] for r in rows) and any("." in r["source_ip"] for r in rows)


def test_clean_look_alikes(seeded) -> None:
    assert all(re.fullmatch(r"CASE-202[56]-\d{6}", r["case_number"]) for r in seeded["tips"][1])
    assert all(re.fullmatch(r"G-\d{5}-[A-Z]{2}", r["gift_id"]) for r in seeded["donations"][1])
    person = seeded["donations"][0].planted["PERSON"]
    assert {r["team_name"] for r in seeded["donations"][1] if r["team_name"]}.isdisjoint(person)


# --- free text and planted values -------------------------------------------------------------


def test_narratives_have_three_to_six_varied_sentences(seeded) -> None:
    narratives = [r["narrative"] for r in seeded["tips"][1]]
    counts = [n.count(". ") + 1 for n in narratives]
    assert min(counts) == 3 and max(counts) == 6
    starts = {s.split(" ")[0] for n in narratives for s in n.split(". ")}
    assert len(set(narratives)) == ROWS and len(starts) > 8


def test_names_come_from_many_locales(seeded) -> None:
    names = [r["full_name"] for r in seeded["volunteers"][1]]
    non_ascii = [n for n in names if not n.isascii()]
    assert len(non_ascii) > ROWS // 10, non_ascii


# Columns whose every non-null value is a personal value of one type.
IDENTIFIER_COLUMNS = {
    "tips": {
        "reporter_name": "PERSON",
        "reporter_email": "EMAIL_ADDRESS",
        "reporter_phone": "PHONE_NUMBER",
        "suspect_username": "USERNAME",
        "source_ip": "IP_ADDRESS",
        "device_id": "DEVICE_ID",
        "location": "GEO_COORDINATES",
    },
    "donations": {
        "donor_name": "PERSON",
        "donor_email": "EMAIL_ADDRESS",
        "street_address": "STREET_ADDRESS",
        "card_number": "CREDIT_CARD",
        "bank_account": "US_BANK_NUMBER",
        "routing_number": "ABA_ROUTING_NUMBER",
    },
    "volunteers": {
        "full_name": "PERSON",
        "date_of_birth": "DATE_OF_BIRTH",
        "ssn": "US_SSN",
        "reference_code": "US_SSN",
        "drivers_license": "US_DRIVER_LICENSE",
        "passport_number": "US_PASSPORT",
        "email": "EMAIL_ADDRESS",
        "phone": "PHONE_NUMBER",
        "home_address": "STREET_ADDRESS",
    },
}
FREE_TEXT = {"tips": "narrative", "donations": "memo", "volunteers": "notes"}


@pytest.mark.parametrize("store", STORES)
def test_every_column_value_is_planted(store: str, seeded) -> None:
    result, rows = seeded[store]
    for column, entity in IDENTIFIER_COLUMNS[store].items():
        values = {r[column] for r in rows if r[column] is not None and len(str(r[column])) >= 6}
        assert values, column
        missing = values - result.planted.get(entity, set())
        assert not missing, (column, sorted(missing)[:3])
    assert all(len(v) >= 6 for vs in result.planted.values() for v in vs)
    assert set(result.planted) <= set(ALL_ENTITIES)


@pytest.mark.parametrize("store", STORES)
def test_planted_values_all_occur_in_the_store(store: str, seeded) -> None:
    result, rows = seeded[store]
    text = "\n".join(str(v) for r in rows for v in r.values() if v is not None)
    for entity, values in result.planted.items():
        absent = [v for v in values if v not in text]
        assert not absent, (entity, absent[:3])


def test_free_text_embeds_values_beyond_the_columns(seeded) -> None:
    result, rows = seeded["tips"]
    column_values = {str(r[c]) for r in rows for c in IDENTIFIER_COLUMNS["tips"] if r[c] is not None}
    only_in_text = {entity: {v for v in values if v not in column_values} for entity, values in result.planted.items()}
    for entity in ("PERSON", "USERNAME", "PHONE_NUMBER", "EMAIL_ADDRESS", "STREET_ADDRESS", "IP_ADDRESS"):
        assert only_in_text.get(entity), entity
        assert all(any(v in r["narrative"] for r in rows) for v in sorted(only_in_text[entity])[:20])


def test_memos_and_notes_mix_personal_and_clean(seeded) -> None:
    planted = seeded["donations"][0].planted
    memos = [r["memo"] or "" for r in seeded["donations"][1]]
    personal = [m for m in memos if any(v in m for vs in planted.values() for v in vs)]
    assert 0.15 * ROWS < len(personal) < 0.45 * ROWS
    assert "Annual gift" in memos or "Monthly recurring" in memos
    vplanted = seeded["volunteers"][0].planted
    assert vplanted.get("MEDICAL_CONDITION") and vplanted.get("CRIMINAL_HISTORY")
    notes = [r["notes"] for r in seeded["volunteers"][1] if r["notes"]]
    assert any(re.search(r"\(\d{3}\) \d{3}-\d{4}|@", n) for n in notes)
    contacts = [r["emergency_contact"] for r in seeded["volunteers"][1]]
    assert all(re.search(r"\d{4}$", c) and re.match(r"\w", c) for c in contacts)


def test_contact_column_mixes_phones_and_emails(seeded) -> None:
    contacts = [r["contact"] for r in seeded["donations"][1]]
    emails = sum("@" in c for c in contacts)
    assert 0.35 * ROWS < emails < 0.65 * ROWS


# --- people shared by donations and volunteers -------------------------------------------------


def _overlap(donations: list[Row], volunteers: list[Row]) -> list[tuple[Row, Row]]:
    donors = {str(r["donor_email"]).lower(): r for r in donations}
    return [(donors[str(v["email"]).lower()], v) for v in volunteers if str(v["email"]).lower() in donors]


def test_some_volunteers_are_donors_with_the_same_mailbox(seeded) -> None:
    pairs = _overlap(seeded["donations"][1], seeded["volunteers"][1])
    assert 0.05 * ROWS < len(pairs) < 0.2 * ROWS
    for donor, volunteer in pairs:
        assert donor["donor_name"] == volunteer["full_name"]
        assert donor["donor_email"] != volunteer["email"]  # same mailbox, other letter case


def test_shared_people_do_not_depend_on_row_count(seeded, tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'small.db'}"
    seed_store("donations", url, rows=120)
    pairs = _overlap(_dump(url, "donations"), seeded["volunteers"][1])
    assert len(pairs) == len(_overlap(seeded["donations"][1], seeded["volunteers"][1]))


# --- servers ------------------------------------------------------------------------------------


def _check_backend(url: str, seeded) -> None:
    for store in STORES:
        result = seed_store(store, url, rows=ROWS)
        assert result.tables == {store: ROWS}
        assert result.planted == seeded[store][0].planted
        assert _dump(url, store, limit=250) == seeded[store][1][:250]


@pytest.mark.postgres
def test_postgres_gets_the_same_rows(pg_url: str, seeded) -> None:
    _check_backend(pg_url, seeded)


@pytest.mark.mariadb
def test_mariadb_gets_the_same_rows(mariadb_url: str, seeded) -> None:
    _check_backend(mariadb_url, seeded)
