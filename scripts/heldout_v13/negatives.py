"""Dispatcher for the 250 PII-free look-alike documents (28 kinds, assigned round-robin by index)."""

from __future__ import annotations

import random
from collections.abc import Callable

import neg_civic as c
import neg_tech as t
from doc import Doc

KINDS: list[Callable[[random.Random], str]] = [
    t.firmware_changelog,
    c.crossword,
    c.roadworks,
    c.library_classification,
    c.chord_chart,
    c.election_results,
    t.company_registry,
    t.lottery_results,
    t.rolling_stock,
    t.udi_codes,
    c.course_timetable,
    c.scripture_refs,
    c.street_history,
    c.museum_hours,
    t.sensor_telemetry,
    t.insurance_brochure,
    t.parcel_locker,
    c.weather,
    c.bus_timetable,
    c.aged_products,
    c.mailmerge_template,
    t.shipping_manifest,
    t.product_catalog,
    c.eponym_guideline,
    c.conference_rooms,
    t.software_lockfile,
    c.grant_call,
    c.sports_fixtures,
]


def kind_of(index: int) -> str:
    return KINDS[index % len(KINDS)].__name__


def generate(rng: random.Random, idx: int) -> Doc:
    return Doc().add(KINDS[idx % len(KINDS)](rng))
