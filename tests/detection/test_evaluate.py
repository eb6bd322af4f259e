"""`evaluate`: the match rule on hand-made cases, then regression bars on Presidio's synthetic corpus and ours
(all vendored under tests/data/corpora).

The bars sit just under the figures reached when they were set (see the lead's report); a drop fails the test.
Regenerate our corpora with `scripts/make_corpus.py` (deterministic) if the generator changes.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path

import pytest

from pii_pipeline.detection.evaluate import EvalReport, evaluate, parse_aliases
from pii_pipeline.detection.text import TextDetector
from pii_pipeline.types import Span

# Every corpus is vendored in the repository (tests/data/corpora/README.md): never skipped in a plain clone.
OURS = Path(__file__).resolve().parents[1] / "data" / "corpora"
SYNTH = OURS / "presidio_research_synth_v2.jsonl"
STRUCTURED = (
    "US_SSN", "US_ITIN", "CREDIT_CARD", "US_BANK_NUMBER", "ABA_ROUTING_NUMBER", "IBAN_CODE", "EMAIL_ADDRESS",
    "PHONE_NUMBER", "IP_ADDRESS", "MAC_ADDRESS", "DEVICE_ID", "US_DRIVER_LICENSE", "US_PASSPORT",
)  # fmt: skip


class FixedDetector:
    def __init__(self, spans: list[list[Span]]) -> None:
        self.spans = spans

    def detect(self, texts: Sequence[str | None], column_hint: str | None = None) -> list[list[Span]]:
        return self.spans[: len(texts)]


def _corpus(tmp_path: Path, docs: list[dict]) -> Path:
    path = tmp_path / "c.jsonl"
    path.write_text("".join(json.dumps(d) + "\n" for d in docs), encoding="utf-8")
    return path


def test_match_rule_and_protected_recall(tmp_path: Path) -> None:
    text = "Call Jane Roe at 415-555-0134 on 3/4/2026."
    docs = [
        {
            "id": "a",
            "text": text,
            "spans": [
                {"start": 5, "end": 13, "label": "PERSON"},
                {"start": 17, "end": 29, "label": "PHONE_NUMBER"},
                {"start": 33, "end": 41, "label": "DATE_TIME"},
            ],
        }
    ]
    found = [
        Span("PERSON", 5, 9, 0.9),  # overlaps: found, but "Roe" leaks -> not protected
        Span("US_SSN", 17, 29, 0.9),  # wrong type: not found as a phone, but fully covered -> protected
        Span("DATE_OF_BIRTH", 33, 41, 0.9),  # on a neutral label: not scored
    ]
    report = evaluate(_corpus(tmp_path, docs), FixedDetector([found]))
    person, phone, ssn = report.entities["PERSON"], report.entities["PHONE_NUMBER"], report.entities["US_SSN"]
    assert (person.recall, person.protected_recall, person.precision) == (1.0, 0.0, 1.0)
    assert (phone.recall, phone.protected_recall) == (0.0, 1.0)
    assert ssn.predicted == 1 and ssn.precision == 0.0
    assert report.neutral_findings == 1
    assert report.flagged_share == 1.0
    assert "DATE_TIME" not in report.entities


def test_a_town_inside_a_labelled_address_is_neutral(tmp_path: Path) -> None:
    text = "Lives at 12 Main St, Springfield, IL. From Dayton."
    docs = [{"id": "a", "text": text, "spans": [{"start": 9, "end": 36, "label": "STREET_ADDRESS"}]}]
    found = [
        Span("STREET_ADDRESS", 9, 19, 0.9),
        Span("LOCATION", 21, 36, 0.9),  # the address's own town: neither right nor wrong
        Span("LOCATION", 43, 49, 0.9),  # a town outside any labelled value: a false positive
    ]
    report = evaluate(_corpus(tmp_path, docs), FixedDetector([found]), {"LOCATION": "LOCATION"})
    street, town = report.entities["STREET_ADDRESS"], report.entities["LOCATION"]
    assert (street.recall, street.protected_recall, street.precision) == (1.0, 1.0, 1.0)
    assert (town.predicted, report.neutral_findings) == (1, 1)


def test_aliases_and_clean_documents(tmp_path: Path) -> None:
    docs = [
        {"id": "a", "text": "age 12", "spans": [{"start": 4, "end": 6, "label": "AGE"}]},
        {"id": "b", "text": "nothing here", "spans": []},
    ]
    report = evaluate(
        _corpus(tmp_path, docs), FixedDetector([[Span("MINOR_AGE", 0, 6, 0.9)], []]), {"AGE": "MINOR_AGE"}
    )
    assert report.entities["MINOR_AGE"].recall == 1.0
    assert report.flagged_share == 0.5
    assert parse_aliases(["ZIP_CODE=STREET_ADDRESS"]) == {"ZIP_CODE": "STREET_ADDRESS"}
    with pytest.raises(ValueError):
        parse_aliases(["nonsense"])


@pytest.fixture(scope="module")
def reports() -> dict[str, EvalReport]:
    # Two forked workers (the same findings as one: test_text_parallel), as CI has two cores.
    detector = TextDetector(processes=2)
    names = (
        "tips_v1",
        "hard_negatives_v1",
        "heldout_v1",
        "eponym_negatives_v1",
        "business_negatives_v1",
        "lookalike_negatives_v1",
        "script_words_negatives_v1",
        "script_names_positives_v1",
        "ages_v1",
        "ages_negatives_v1",
        "ages_check_v1",
        "ages_check_negatives_v1",
        "ages_check_v2",
        "ages_check_negatives_v2",
        "ages_check_v3",
        "ages_check_negatives_v3",
        "forms_caps_v1",
        "forms_caps_negatives_v1",
        "forms_caps_check_v1",
        "forms_caps_check_negatives_v1",
    )
    out = {name: evaluate(OURS / f"{name}.jsonl", detector) for name in names}
    out["shared"] = evaluate(SYNTH, detector)
    return out


def _pr(report: EvalReport, entity: str) -> float:
    return report.entities[entity].protected_recall


@pytest.mark.parametrize("entity", STRUCTURED)
def test_structured_identifiers_protected(reports: dict[str, EvalReport], entity: str) -> None:
    assert _pr(reports["tips_v1"], entity) >= 0.995


@pytest.mark.parametrize(
    ("entity", "bar"),
    [("PERSON", 0.97), ("STREET_ADDRESS", 0.97), ("USERNAME", 0.97), ("DATE_OF_BIRTH", 0.97),
     ("GEO_COORDINATES", 0.97), ("MINOR_AGE", 0.97), ("MEDICAL_CONDITION", 0.93), ("GENDER_IDENTITY", 0.97),
     ("SEXUAL_ORIENTATION", 0.97), ("GENETIC_DATA", 0.9), ("CRIMINAL_HISTORY", 0.7), ("ETHNIC_ORIGIN", 0.9)],
)  # fmt: skip
def test_other_entities_protected(reports: dict[str, EvalReport], entity: str, bar: float) -> None:
    assert _pr(reports["tips_v1"], entity) >= bar


def test_precision_ours(reports: dict[str, EvalReport]) -> None:
    assert reports["tips_v1"].overall.precision >= 0.95
    for name, score in reports["tips_v1"].entities.items():
        if name != "PERSON" and score.predicted >= 10:
            assert score.precision >= 0.95, name


def test_hard_negatives_stay_clean(reports: dict[str, EvalReport]) -> None:
    # Target is 2%; the unfiltered NER PERSON in engine.py still flags a few reference numbers.
    assert reports["hard_negatives_v1"].flagged_share <= 0.05


def test_eponym_negatives_stay_clean(reports: dict[str, EvalReport]) -> None:
    # Issue 12: firms, brands, rooms, awards, ships and terms named after someone, with codes beside them. The target
    # is 2% of documents with any finding; PERSON is what the issue is about.
    eponyms = reports["eponym_negatives_v1"]
    # 17 PERSON findings in 415 documents, 26 documents with any finding (6.3%), when the bars were set; 20 (4.8%)
    # once "orientation:", "board prep", "via the … portal" and department chat speakers were no longer flagged.
    assert eponyms.entities["PERSON"].predicted <= 18
    assert eponyms.flagged_share <= 0.05


def test_business_negatives_stay_clean(reports: dict[str, EvalReport]) -> None:
    # Issue 12: IT tickets, purchase orders, release notes, grant reports, schedules, inventories, minutes, logs and
    # departments' chats, with no personal data at all. No document with any finding (0 of 103) when the bar was set.
    business = reports["business_negatives_v1"]
    assert business.documents >= 103
    assert business.flagged_share == 0.0


def test_lookalike_negatives_stay_clean(reports: dict[str, EvalReport]) -> None:
    # Issue 12, second pass (scripts/make_lookalikes.py): minutes, newsletters, press releases, tickets, changelogs,
    # invoices, catalogues, menus, programmes, policies, fixtures, museum and legal text, beside brands, software,
    # works, storms, dishes and scientific terms named after someone, and codes of every kind. 60 of 300 documents
    # (20%) had a finding before the fixes, 2 (0.7%) after: "Kafka" alone in a ticket table's row, "the Cutty Sark".
    looks = reports["lookalike_negatives_v1"]
    assert looks.documents >= 300
    assert looks.flagged_share <= 0.01


def test_script_words_are_no_names(reports: dict[str, EvalReport]) -> None:
    # Ordinary Chinese, Japanese, Korean (and Cyrillic, Greek, Arabic, Hebrew, Hindi, Thai) words quoted in English
    # business text: signs, UI strings, departments, menus. 107 PERSON findings in 59 of 62 documents before
    # `_script_words`; 9 after: the town "Hong Kong" twice (another recognizer), a brand (乐享), and single capitalised
    # Cyrillic/Greek/Arabic/Hebrew words, which stay names by design (no dictionary tells a menu item from a name).
    words = reports["script_words_negatives_v1"]
    assert words.documents >= 62
    assert words.entities["PERSON"].predicted <= 9
    # Names in those scripts inside English tips and forms: all 40 found, before and after.
    names = reports["script_names_positives_v1"]
    assert names.entities["PERSON"].recall >= 0.97 and names.entities["PERSON"].protected_recall >= 0.97


def test_caps_forms(reports: dict[str, EvalReport]) -> None:
    # Forms in capitals whose values are not after "Label:" on the same line (label above, combined labels,
    # brackets, leaders, wide-gap pairs, header rows): recall 0.677 before form_fields.py, 0.995 after; the
    # PII-free look-alike forms (invoices, room and spec sheets) 3 flagged documents before, 2 after.
    forms = reports["forms_caps_v1"]
    assert forms.overall.recall >= 0.97 and forms.overall.protected_recall >= 0.99
    assert forms.overall.precision >= 0.95
    assert reports["forms_caps_negatives_v1"].documents_with_findings <= 2
    # The check set, written after the rules in other layouts and measured once (not tuned on): recall 0.571 -> 0.857,
    # protected 0.586 -> 0.871; its negatives 1 flagged document before and after.
    check = reports["forms_caps_check_v1"]
    assert check.overall.recall >= 0.85 and check.overall.protected_recall >= 0.85
    assert reports["forms_caps_check_negatives_v1"].documents_with_findings <= 1


def test_heldout_family(reports: dict[str, EvalReport]) -> None:
    held = reports["heldout_v1"]
    assert held.overall.precision >= 0.93
    assert held.overall.protected_recall >= 0.9
    for entity in ("US_SSN", "US_ITIN", "CREDIT_CARD", "IBAN_CODE", "EMAIL_ADDRESS", "PHONE_NUMBER", "MAC_ADDRESS"):
        assert _pr(held, entity) >= 0.99, entity
    assert _pr(held, "PERSON") >= 0.99 and _pr(held, "STREET_ADDRESS") >= 0.99


def test_shared_corpus(reports: dict[str, EvalReport]) -> None:
    shared = reports["shared"]
    for entity in ("EMAIL_ADDRESS", "CREDIT_CARD", "IBAN_CODE", "US_SSN", "IP_ADDRESS", "US_DRIVER_LICENSE"):
        assert _pr(shared, entity) >= 0.99, entity
    assert _pr(shared, "PHONE_NUMBER") >= 0.99
    assert shared.entities["STREET_ADDRESS"].recall >= 0.99
    assert _pr(shared, "STREET_ADDRESS") >= 0.995
    # 0.980 measured with the US Census gazetteer; 0.985 was reached with Faker's own name lists, which generated
    # this corpus (its misses are one-word names in templates with no cue: "The true gender of Mette has been …").
    assert _pr(shared, "PERSON") >= 0.975
    assert shared.overall.precision >= 0.95
    assert shared.entities["PERSON"].recall >= 0.97  # 0.9755 with the Census gazetteer (see above)
    assert shared.overall.precision >= 0.9
    assert shared.overall.protected_recall >= 0.77


def _ages(report: EvalReport, attribute: str) -> dict[str, float]:
    return {name: getattr(report.entities[name], attribute) for name in ("AGE", "MINOR_AGE") if name in report.entities}


def test_ages_in_reports_and_memos(reports: dict[str, EvalReport]) -> None:
    # det-ages: ages in tips and memos in the positions people write them ("a white male 35-40", "Girl 13 being
    # messaged", "The girl, who was 13 then, is now 19", "Victims: 12, 14 and 15", "Amy 6, Ben 9"). The dev set:
    # 121 ages in 99 documents, 59 found (60 protected) before, 121 protected after.
    ages = reports["ages_v1"]
    assert ages.documents >= 99
    for name, recall in _ages(ages, "protected_recall").items():
        assert recall >= 0.97, name
    for name, precision in _ages(ages, "precision").items():
        assert precision >= 0.97, name
    # Numbers that are no one's age (durations, rooms, scores, grades, head counts, statutes, tickets): no age
    # finding. One document flagged when the bar was set, for another type ("Page 3 and Page 9" as a name).
    negatives = reports["ages_negatives_v1"]
    assert negatives.documents >= 50
    assert all(n == 0 for n in _ages(negatives, "predicted").values())
    assert negatives.flagged_share <= 0.04
    # The check set, written after the first rules: 28 of 31 ages before and after them (a lad "of about 16", a home
    # visit's "grandfather 69, grandmother 66"), and one false age ("the minibus is 11 years old"); 31 of 31 and none
    # once those three were fixed, so it is no longer blind.
    check, check_negatives = reports["ages_check_v1"], reports["ages_check_negatives_v1"]
    for name, recall in _ages(check, "protected_recall").items():
        assert recall >= 0.95, name
    assert all(n == 0 for n in _ages(check_negatives, "predicted").values())
    # A second check set, written after the second round and measured once: 18 of 34 ages before det-ages, 24 after,
    # no false age in its negatives either time; 33 of 34 once its misses were fixed ("Volunteer 22, studying law"
    # stays missed: "Client 12" numbers people in notes).
    check2, check2_negatives = reports["ages_check_v2"], reports["ages_check_negatives_v2"]
    for name, recall in _ages(check2, "protected_recall").items():
        assert recall >= 0.9, name
    assert all(n == 0 for n in _ages(check2_negatives, "predicted").values())
    assert check2_negatives.flagged_share == 0.0
    # A third check set, of memos (donor, volunteer and case notes), measured once after the third round: 17 of 21
    # ages before det-ages, 19 after, no false age; 21 of 21 once "Mr Lewis today – 83," and "baby 8 months" were
    # fixed.
    check3, check3_negatives = reports["ages_check_v3"], reports["ages_check_negatives_v3"]
    for name, recall in _ages(check3, "protected_recall").items():
        assert recall >= 0.95, name
    assert check3_negatives.flagged_share == 0.0
