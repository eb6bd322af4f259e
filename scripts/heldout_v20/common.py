"""Shared marked-value helpers used by several registers."""

from __future__ import annotations

import ids
import pools
from core import L


def uk_street(rng):
    return f"{rng.randint(1, 240)}{rng.choice(['', '', '', 'a', 'b'])} {rng.choice(pools.UK_STREETS)}"


def uk_addr(rng):
    """One-line UK address as a single STREET_ADDRESS span."""
    return L(
        "STREET_ADDRESS",
        f"{uk_street(rng)}, {rng.choice(pools.UK_TOWNS)} {rng.choice(pools.UK_POSTCODES)}",
    )


def uk_addr_split(rng):
    """Street span + town span (no postcode)."""
    return L("STREET_ADDRESS", uk_street(rng)), L("LOCATION", rng.choice(pools.UK_TOWNS))


def flat_addr(rng):
    return L("STREET_ADDRESS", f"Flat {rng.randint(1, 40)}, {uk_street(rng)}")


def us_addr(rng, with_town=True):
    town, st = rng.choice(pools.US_TOWNS)
    base = f"{rng.randint(100, 9899)} {rng.choice(pools.US_STREETS)}"
    if rng.random() < 0.3:
        base += rng.choice([" Apt 3B", " Unit 12", " #204", " Apt 7"])
    if with_town:
        return L("STREET_ADDRESS", f"{base}, {town}, {st} {ids.digits(rng, 5, True)}")
    return L("STREET_ADDRESS", base)


def us_town(rng):
    return rng.choice(pools.US_TOWNS)


def de_addr(rng):
    town, plz = rng.choice(pools.DE_TOWNS)
    return L(
        "STREET_ADDRESS",
        f"{rng.choice(pools.DE_STREETS)} {rng.randint(1, 120)}, {plz} {town}",
    )


def eu_addr(rng):
    return L(
        "STREET_ADDRESS",
        f"{rng.choice(pools.EU_STREETS)} {rng.randint(1, 99)}, {rng.choice(pools.EU_TOWNS)}",
    )


def loc(rng, pool=None):
    return L("LOCATION", rng.choice(pool or pools.UK_TOWNS))


def coords(rng, base=None):
    _name, lat, lon = base or rng.choice(pools.CITIES_WITH_COORDS)
    la = lat + rng.uniform(-0.05, 0.05)
    lo = lon + rng.uniform(-0.05, 0.05)
    style = rng.randint(0, 3)
    if style == 0:
        return L("GEO_COORDINATES", f"{la:.5f}, {lo:.5f}")
    if style == 1:
        return L("GEO_COORDINATES", f"{la:.6f},{lo:.6f}")
    if style == 2:
        ns = "N" if la >= 0 else "S"
        ew = "E" if lo >= 0 else "W"
        la_, lo_ = abs(la), abs(lo)
        return L(
            "GEO_COORDINATES",
            f"{int(la_)}°{int(la_ % 1 * 60)}′{(la_ * 3600) % 60:.1f}″{ns} {int(lo_)}°{int(lo_ % 1 * 60)}′{(lo_ * 3600) % 60:.1f}″{ew}",
        )
    return L("GEO_COORDINATES", f"{la:.4f} {lo:.4f}")


def password(rng):
    return L("CREDENTIAL", rng.choice(pools.PASSWORDS))


def pin(rng):
    return L("CREDENTIAL", ids.digits(rng, rng.choice([4, 4, 6])))


def api_key(rng):
    return L(
        "CREDENTIAL",
        rng.choice(["sk_live_", "ghp_", "AKIA", "xoxb-", "AIza"])
        + ids.letters(rng, 28, ids.UP + ids.DIG + "abcdefghijkmnopqrstuvwxyz"),
    )


def sort_code(rng):
    return f"{ids.digits(rng, 2)}-{ids.digits(rng, 2)}-{ids.digits(rng, 2)}"
