"""Table definitions of the three synthetic stores (SQLAlchemy Core, portable across backends)."""

from __future__ import annotations

import sqlalchemy as sa

STORES: tuple[str, ...] = ("tips", "donations", "volunteers")

# utf8mb4 on MariaDB/MySQL whatever the server default: names carry letters such as "ệ" and "ł".
_TABLE_KW = {"mysql_charset": "utf8mb4"}


def _pk(name: str) -> sa.Column:
    # Ids are written by the seeder, so that every backend gets the same ones.
    return sa.Column(name, sa.Integer, primary_key=True, autoincrement=False)


def _updated_at() -> sa.Column:
    # DateTime (not TIMESTAMP): no time-zone conversion or auto-update on MariaDB, no 2038 limit.
    return sa.Column("updated_at", sa.DateTime, nullable=False)


def tips_table(meta: sa.MetaData) -> sa.Table:
    return sa.Table(
        "tips",
        meta,
        _pk("tip_id"),
        sa.Column("received_at", sa.DateTime, nullable=False),
        _updated_at(),
        sa.Column("channel", sa.String(16), nullable=False),
        sa.Column("category", sa.String(32), nullable=False),
        sa.Column("priority", sa.Integer, nullable=False),
        sa.Column("case_number", sa.String(24), nullable=False),
        sa.Column("reporter_name", sa.String(128)),
        sa.Column("reporter_email", sa.String(128)),
        sa.Column("reporter_phone", sa.String(32)),
        sa.Column("suspect_username", sa.String(64)),
        sa.Column("source_ip", sa.String(45)),
        sa.Column("device_id", sa.String(40)),
        sa.Column("location", sa.String(40)),
        sa.Column("child_age", sa.Integer),
        sa.Column("narrative", sa.Text),
        **_TABLE_KW,
    )


def donations_table(meta: sa.MetaData) -> sa.Table:
    return sa.Table(
        "donations",
        meta,
        _pk("donation_id"),
        sa.Column("donated_at", sa.DateTime, nullable=False),
        _updated_at(),
        sa.Column("amount", sa.Numeric(10, 2), nullable=False),
        sa.Column("currency", sa.String(3), nullable=False),
        sa.Column("campaign", sa.String(64), nullable=False),
        sa.Column("team_name", sa.String(64)),
        sa.Column("gift_id", sa.String(16), nullable=False),
        sa.Column("zip_code", sa.String(10)),
        sa.Column("donor_name", sa.String(128)),
        sa.Column("donor_email", sa.String(128)),
        sa.Column("contact", sa.String(128)),
        sa.Column("street_address", sa.String(160)),
        sa.Column("card_number", sa.String(24)),
        sa.Column("bank_account", sa.String(20)),
        sa.Column("routing_number", sa.String(9)),
        sa.Column("memo", sa.Text),
        **_TABLE_KW,
    )


def volunteers_table(meta: sa.MetaData) -> sa.Table:
    return sa.Table(
        "volunteers",
        meta,
        _pk("volunteer_id"),
        sa.Column("applied_at", sa.DateTime, nullable=False),
        _updated_at(),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("shifts_completed", sa.Integer, nullable=False),
        sa.Column("hours", sa.Numeric(8, 2), nullable=False),
        sa.Column("event_date", sa.Date),
        sa.Column("full_name", sa.String(128)),
        sa.Column("date_of_birth", sa.Date),
        sa.Column("ssn", sa.String(11)),
        sa.Column("reference_code", sa.String(16)),
        sa.Column("drivers_license", sa.String(24)),
        sa.Column("passport_number", sa.String(12)),
        sa.Column("email", sa.String(128)),
        sa.Column("phone", sa.String(32)),
        sa.Column("home_address", sa.String(160)),
        sa.Column("emergency_contact", sa.String(160)),
        sa.Column("notes", sa.Text),
        **_TABLE_KW,
    )


_BUILDERS = {"tips": (tips_table,), "donations": (donations_table,), "volunteers": (volunteers_table,)}


def check_store(store: str) -> None:
    if store not in _BUILDERS:
        raise ValueError(f"unknown store {store!r}; expected one of {', '.join(STORES)}")


def store_metadata(store: str) -> sa.MetaData:
    check_store(store)
    meta = sa.MetaData()
    for build in _BUILDERS[store]:
        build(meta)
    return meta


def store_tables(store: str) -> list[str]:
    return list(store_metadata(store).tables)
