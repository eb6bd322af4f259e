"""subject find and erase on hand-written partitions: same normalisation as de-identification, whole
cells and mentions inside text, atomic rewrite, manifests, the suppression list, the audit line."""

from __future__ import annotations

import json
from datetime import date

import pyarrow.parquet as pq
import pytest

from pii_pipeline.deid.keys import load_keyring
from pii_pipeline.rights.datasets import datasets
from pii_pipeline.rights.erase import erase
from pii_pipeline.rights.search import find
from pii_pipeline.rights.subject import SubjectError, SubjectValue, parse_pair, read_file, subject_tokens
from pii_pipeline.rights.suppression import Suppressor, read_entries

JANE = "jane.doe@example.com"


def _seed(published) -> None:  # noqa: ANN001
    p = published
    jane, other = p.token("EMAIL_ADDRESS", JANE), p.token("EMAIL_ADDRESS", "bob@example.com")
    jane_name = p.token("PERSON", "Jane Doe")
    p.write(
        "gifts",
        date(2026, 1, 1),
        [
            {"id": 1, "email": jane, "memo": f"Tribute from {jane_name}, thanks", "amount": 10},
            {"id": 2, "email": other, "memo": "Annual gift", "amount": 20},
        ],
    )
    p.write("gifts", date(2026, 2, 1), [{"id": 3, "email": other, "memo": None, "amount": 30}])
    p.write("helpers", date(2026, 1, 1), [{"id": 7, "email": jane, "memo": f"call {jane}", "amount": 0}])


def _subject(published, *values):  # noqa: ANN001, ANN202
    return subject_tokens(values, load_keyring(published.key_file))


def test_find_matches_whatever_the_letter_case_and_lists_every_place(published) -> None:
    _seed(published)
    subject = _subject(published, SubjectValue("EMAIL_ADDRESS", " Jane.Doe@Example.COM"))
    hits = find(datasets(published.configs()), subject.by_token)
    places = {(h.store, h.load_date, h.row_key, h.column, h.whole_cell) for h in hits}
    assert places == {
        ("gifts", "2026-01-01", "1", "email", True),
        ("helpers", "2026-01-01", "7", "email", True),
        ("helpers", "2026-01-01", "7", "memo", False),
    }
    assert all(h.entity_types == ("EMAIL_ADDRESS",) for h in hits)


def test_a_name_inside_free_text_is_found(published) -> None:
    _seed(published)
    hits = find(datasets(published.configs()), _subject(published, SubjectValue("PERSON", "JANE  doe")).by_token)
    assert [(h.store, h.row_key, h.column, h.whole_cell) for h in hits] == [("gifts", "1", "memo", False)]


def test_someone_not_in_the_data_is_found_nowhere(published) -> None:
    _seed(published)
    hits = find(datasets(published.configs()), _subject(published, SubjectValue("EMAIL_ADDRESS", "x@y.org")).by_token)
    assert hits == []


def test_encrypt_tokens_and_every_key_version_are_searched(published) -> None:
    subject = _subject(published, SubjectValue("US_SSN", "078-05-1120"))
    kinds = {t.split("_", 1)[0] for t in subject.tokens}
    assert kinds == {"tok", "enc"}
    # Formatting does not change the person: the plain digits give the same tokens.
    assert _subject(published, SubjectValue("US_SSN", "078051120")).tokens == subject.tokens


def test_erase_replaces_tokens_rewrites_only_affected_partitions_and_records_it(published) -> None:
    _seed(published)
    subject = _subject(published, SubjectValue("EMAIL_ADDRESS", JANE), SubjectValue("PERSON", "Jane Doe"))
    sets = list(datasets(published.configs()))
    untouched = published.layout.partition_file("gifts", "gifts", date(2026, 2, 1))
    before = untouched.stat().st_mtime_ns
    hits = find(sets, subject.by_token)
    result = erase(sets, hits, subject.by_token, request=subject.query_hash())
    assert result.cells == len(hits) == 4
    assert untouched.stat().st_mtime_ns == before
    assert find(sets, subject.by_token) == []  # no token of hers is left anywhere
    gifts = pq.read_table(published.layout.partition_file("gifts", "gifts", date(2026, 1, 1))).to_pylist()
    assert gifts[0]["email"] == "[erased]" and gifts[0]["memo"] == "Tribute from [erased], thanks"
    assert gifts[1]["email"] == published.token("EMAIL_ADDRESS", "bob@example.com")  # others kept
    assert [r["amount"] for r in gifts] == [10, 20]
    # The suppression list holds tokens only, and the manifest says what changed.
    entries = read_entries(published.layout.root)
    assert {e["token"] for e in entries} == set(subject.tokens)
    assert "jane" not in json.dumps(entries).lower()
    manifest = json.loads((published.layout.state_dir("helpers", "helpers") / "manifest-2026-01-01.json").read_text())
    assert manifest["cells_erased"] == 2 and manifest["erasures"][0]["request"] == subject.query_hash()
    # No staging file is left next to the partitions.
    leftovers = [p for p in published.layout.dataset("gifts", "gifts").rglob("*") if p.name.startswith(".")]
    assert leftovers == []


def test_dry_run_changes_nothing(published) -> None:
    _seed(published)
    subject = _subject(published, SubjectValue("EMAIL_ADDRESS", JANE))
    sets = list(datasets(published.configs()))
    path = published.layout.partition_file("helpers", "helpers", date(2026, 1, 1))
    data = path.read_bytes()
    result = erase(sets, find(sets, subject.by_token), subject.by_token, request="r", dry_run=True, drop_rows=True)
    assert (result.cells, result.rows_dropped) == (3, 2)  # gifts row 1 (one cell), helpers row 7 (two)
    assert path.read_bytes() == data
    assert read_entries(published.layout.root) == []


def test_drop_rows_removes_the_rows_and_keeps_the_accounting(published) -> None:
    _seed(published)
    state = published.layout.state_dir("gifts", "gifts")
    state.mkdir(parents=True)
    (state / "manifest-2026-01-01.json").write_text(
        json.dumps({"rows_read": 2, "rows_written": 2, "rows_quarantined": 0, "rows_deduplicated": 0})
    )
    subject = _subject(published, SubjectValue("EMAIL_ADDRESS", JANE))
    sets = list(datasets(published.configs()))
    erase(sets, find(sets, subject.by_token), subject.by_token, request="r", drop_rows=True)
    ids = pq.read_table(published.layout.partition_file("gifts", "gifts", date(2026, 1, 1))).column("id").to_pylist()
    assert ids == [2]
    m = json.loads((state / "manifest-2026-01-01.json").read_text())
    assert m["rows_read"] == m["rows_written"] + m["rows_quarantined"] + m["rows_deduplicated"] + m["rows_erased"]
    assert Suppressor.for_root(published.layout.root).drop.tokens == subject.tokens


def test_the_suppressor_erases_a_later_batch(published) -> None:
    import pyarrow as pa

    _seed(published)
    subject = _subject(published, SubjectValue("EMAIL_ADDRESS", JANE))
    sets = list(datasets(published.configs()))
    erase(sets, find(sets, subject.by_token), subject.by_token, request="r")
    jane = published.token("EMAIL_ADDRESS", JANE)
    batch = pa.RecordBatch.from_pylist([{"email": jane, "n": 1}, {"email": "tok_v1_EMAIL_ADDRESS_x", "n": 2}])
    suppress = Suppressor.for_root(published.layout.root)
    out = suppress.apply(batch)
    assert out.column("email").to_pylist() == ["[erased]", "tok_v1_EMAIL_ADDRESS_x"]
    assert (suppress.cells, suppress.rows_dropped) == (1, 0)


def test_selection_errors_name_the_place_never_the_value(tmp_path) -> None:
    with pytest.raises(SubjectError) as exc:
        parse_pair("FAVOURITE_COLOUR=secret-blue", "--value #1")
    assert "secret-blue" not in str(exc.value) and "--value #1" in str(exc.value)
    f = tmp_path / "who.txt"
    f.write_text("# request 42\nemail=a@b.org\n\nnot a pair\n", encoding="utf-8")
    with pytest.raises(SubjectError, match="line 4"):
        read_file(f)
    f.write_text("email=a@b.org\nUS_SSN=078-05-1120\n", encoding="utf-8")
    assert [v.entity_type for v in read_file(f)] == ["EMAIL_ADDRESS", "US_SSN"]
    assert "a@b.org" not in repr(read_file(f))
