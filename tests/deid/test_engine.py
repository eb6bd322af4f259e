"""Tokens and the engine: determinism, formatting-invariance, separation, no raw value in output."""

from __future__ import annotations

import functools
import re

import pyarrow as pa
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pii_pipeline.deid.engine import Deidentifier
from pii_pipeline.deid.errors import KeyRingError
from pii_pipeline.deid.policy import OPERATORS, parse_policy
from pii_pipeline.types import Span

FAST = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
TOKEN = re.compile(r"(tok|enc)_v(\d+)_([A-Z_]+)_([A-Za-z0-9_\-]+)")


@functools.cache
def _policy(text: str):
    return parse_policy(text, source="t.yaml")


def policy(default: str = "pseudonymize", **entities: str):
    body = "".join(f"  {e}: {{operator: {op}}}\n" for e, op in entities.items())
    return _policy(f"version: 1\ndefault: {{operator: {default}}}\nentities:\n{body or '  {}'}\n")


def deid(keyring, op: str = "pseudonymize", store: str = "s", table: str = "t") -> Deidentifier:
    return Deidentifier(policy(op), keyring, store=store, table=table)


ssn_digits = st.text("0123456789", min_size=9, max_size=9)
separators = st.sampled_from(["-", " ", "", ".", " - "])


@FAST
@given(value=st.text(min_size=1), store=st.text(min_size=1, max_size=5), table=st.text(min_size=1, max_size=5))
def test_same_value_same_key_same_token_everywhere(keyring, value, store, table) -> None:
    for op in ("pseudonymize", "encrypt"):
        a = deid(keyring, op).value(value, "PERSON")
        b = deid(keyring, op, store=store, table=table).value(value, "PERSON", column="other")
        assert a == b and TOKEN.fullmatch(a)


@FAST
@given(digits=ssn_digits, sep1=separators, sep2=separators, pad=st.sampled_from(["", " ", "\t"]))
def test_ssn_formatting_gives_one_token(keyring, digits, sep1, sep2, pad) -> None:
    d = deid(keyring)
    formatted = f"{pad}{digits[:3]}{sep1}{digits[3:5]}{sep2}{digits[5:]}{pad}"
    assert d.value(formatted, "US_SSN") == d.value(digits, "US_SSN")


@FAST
@given(email=st.emails(), flips=st.lists(st.booleans(), min_size=1), pad=st.sampled_from(["", " ", "\n"]))
def test_email_case_gives_one_token(keyring, email, flips, pad) -> None:
    d = deid(keyring)
    variant = "".join(c.upper() if flips[i % len(flips)] else c.lower() for i, c in enumerate(email))
    assert d.value(pad + variant + pad, "EMAIL_ADDRESS") == d.value(email.lower(), "EMAIL_ADDRESS")


@FAST
@given(area=st.integers(201, 989), exchange=st.integers(200, 999), line=st.integers(0, 9999), fmt=st.integers(0, 5))
def test_phone_formats_give_one_token(keyring, area, exchange, line, fmt) -> None:
    d = deid(keyring)
    a, x, n = str(area), str(exchange), f"{line:04d}"
    variants = [f"({a}) {x}-{n}", f"{a}.{x}.{n}", f"+1 {a} {x} {n}", f"1-{a}-{x}-{n}", f"{a}{x}{n}", f"+1{a}{x}{n}"]
    assert d.value(variants[fmt], "PHONE_NUMBER") == d.value(variants[0], "PHONE_NUMBER")


@FAST
@given(value=st.text(min_size=1), pair=st.permutations(["PERSON", "USERNAME", "US_SSN", "EMAIL_ADDRESS"]))
def test_types_never_share_a_token(keyring, value, pair) -> None:
    d = deid(keyring)
    a, b = d.value(value, pair[0]), d.value(value, pair[1])
    # Not only the label: the keyed part differs too (keys are derived per entity type).
    assert TOKEN.fullmatch(a).group(4) != TOKEN.fullmatch(b).group(4)


@FAST
@given(value=st.text(min_size=1))
def test_new_key_version_new_tokens(keyring, keyring_v2, value) -> None:
    for op in ("pseudonymize", "encrypt"):
        old, new = deid(keyring, op).value(value, "US_SSN"), deid(keyring_v2, op).value(value, "US_SSN")
        assert old != new
        assert TOKEN.fullmatch(old).group(2) == "1" and TOKEN.fullmatch(new).group(2) == "2"


# Realistic values for the no-leak property; short strings could occur in a token by chance.
VALUES = {
    "US_SSN": st.builds(lambda d: f"{d[:3]}-{d[3:5]}-{d[5:]}", ssn_digits),
    "EMAIL_ADDRESS": st.emails().filter(lambda e: len(e) >= 8),
    "PERSON": st.text("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ ", min_size=8).filter(str.strip),
    "CREDIT_CARD": st.text("0123456789", min_size=13, max_size=19),
    "DATE_OF_BIRTH": st.dates().map(lambda d: d.strftime("%Y-%m-%d")),
    "GEO_COORDINATES": st.tuples(st.floats(-89, 89), st.floats(-179, 179)).map(lambda p: f"{p[0]:.5f}, {p[1]:.5f}"),
    "MINOR_AGE": st.integers(0, 17).map(lambda a: f"{a} years old"),
}


@FAST
@given(
    data=st.data(), op=st.sampled_from([o for o in OPERATORS if o != "keep"]), entity=st.sampled_from(sorted(VALUES))
)
def test_no_raw_value_in_output(keyring, data, op, entity) -> None:
    value = data.draw(VALUES[entity])
    d = deid(keyring, op)
    out = d.value(value, entity)
    assert out is None or value not in out
    column = d.column(pa.array([value, None, value]), "c", entity)
    assert column is None or all(value not in v for v in column.to_pylist() if v is not None)
    text = f"Note: {value} called."
    redone = d.text(text, [Span(entity, 6, 6 + len(value), 0.9)], "memo")
    assert value not in redone and redone.startswith("Note: ") and redone.endswith(" called.")


def test_column_computes_each_distinct_value_once(keyring, monkeypatch) -> None:
    d = deid(keyring)
    calls: list[str] = []
    original = d._tokens.pseudonyms

    def counting(entity, normalized, version=None):
        calls.extend(normalized)
        return original(entity, normalized, version)

    monkeypatch.setattr(d._tokens, "pseudonyms", counting)
    values = pa.array(["078-05-1120", None, "123-45-6789"] * 20_000)
    out = d.column(values, "ssn", "US_SSN")
    assert len(calls) == 2  # two distinct values, tokenised once each, in bulk
    assert out.type == pa.string() and out.null_count == 20_000
    assert out.to_pylist()[:3] == [d.value("078-05-1120", "US_SSN"), None, d.value("123-45-6789", "US_SSN")]


def test_column_shapes(keyring) -> None:
    d = Deidentifier(
        policy("redact", US_SSN="pseudonymize", PERSON="keep", EMAIL_ADDRESS="drop"), keyring, store="s", table="t"
    )
    ints = pa.array([78051120, None], pa.int64())
    assert d.column(ints, "ssn", "US_SSN").to_pylist()[0] == d.value("78051120", "US_SSN")
    assert d.column(ints, "name", "PERSON") is ints  # keep: same array, same type
    assert d.column(ints, "email", "EMAIL_ADDRESS") is None
    assert d.column(pa.array(["x", None]), "other", "IBAN_CODE").to_pylist() == ["<IBAN_CODE>", None]
    chunked = pa.chunked_array([["078-05-1120"], ["078051120", None]])
    out = d.column(chunked, "ssn", "US_SSN").to_pylist()
    assert out[0] == out[1] and out[2] is None
    dictionary = pa.array(["a b", "A  B"]).dictionary_encode()
    d2 = deid(keyring)
    assert len(set(d2.column(dictionary, "n", "PERSON").to_pylist())) == 1


def test_text_replaces_only_spans_and_merges_overlaps(keyring) -> None:
    d = Deidentifier(
        policy("redact", PERSON="pseudonymize", PHONE_NUMBER="mask", US_SSN="drop"), keyring, store="s", table="t"
    )
    text = "Call Jane Doe at 415-555-0100, SSN 078-05-1120."
    spans = [
        Span("PHONE_NUMBER", 17, 29, 0.9),
        Span("PERSON", 5, 13, 0.8),
        Span("PERSON", 5, 9, 0.5),  # inside the longer one: merged
        Span("US_SSN", 35, 46, 0.9),
    ]
    out = d.text(text, spans, "memo")
    person = d.value("Jane Doe", "PERSON")
    assert out == f"Call {person} at ***-***-0100, SSN <US_SSN>."
    assert d.text(text, [], "memo") == text
    assert d.text(text, [Span("PERSON", 40, 400, 0.9)], "memo").startswith(text[:40])


def test_operator_for_uses_store_table_column(keyring, write_policy) -> None:
    from pii_pipeline.deid.policy import load_policy

    p = load_policy(
        write_policy(
            "version: 1\nentities:\n  US_SSN: {operator: pseudonymize}\n"
            "overrides:\n  - match: {store: v, table: t, column: ssn}\n    operator: encrypt\n"
        )
    )
    assert Deidentifier(p, keyring, store="v", table="t").operator_for("US_SSN", "ssn") == "encrypt"
    assert Deidentifier(p, keyring, store="x", table="t").operator_for("US_SSN", "ssn") == "pseudonymize"


def test_no_key_fails_closed_at_construction() -> None:
    with pytest.raises(KeyRingError, match="pseudonymize"):
        Deidentifier(policy("redact", US_SSN="pseudonymize"), None, store="s", table="t")
    with pytest.raises(KeyRingError, match="encrypt"):
        Deidentifier(policy("encrypt"), None, store="s", table="t")
    # No keyed rule anywhere: no key needed.
    d = Deidentifier(policy("redact", CREDIT_CARD="mask"), None, store="s", table="t")
    assert d.value("4111111111111111", "CREDIT_CARD") == "************1111"


def test_reprs_carry_no_value_or_key(keyring) -> None:
    import base64

    key = keyring._keys[1]
    d = deid(keyring)
    d.value("078-05-1120", "US_SSN")
    for text in (repr(keyring), repr(d), repr(d._cache), repr(d._tokens)):
        assert base64.b64encode(key).decode() not in text and key.hex() not in text
        assert "078" not in text
