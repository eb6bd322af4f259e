"""Held-out corpora v3 to v25 (tests/data/heldout/README.md): their generators, their labels, and a ratchet on
the figures measured on them (tests/data/heldout/BASELINE.md names the commit). v19, v22, v23, v24 and v25 are
measured, never probed: a rule written against one makes its figures mean nothing; v3 to v6, v8 to v18, v20 and v21
are development sets by now (v17 since the thirtieth session)."""

from __future__ import annotations

import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from pii_pipeline.detection.evaluate import EvalReport, evaluate, load_corpus
from pii_pipeline.detection.text import TextDetector
from pii_pipeline.types import ALL_ENTITIES

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "tests" / "data" / "heldout"
ALIASES = {"AGE": "AGE", "LOCATION": "LOCATION"}
NEW_TYPES = {"AGE", "LOCATION", "NATIONAL_ID", "CREDENTIAL", "VEHICLE_PLATE"}
REGISTERS = {
    "v3": {"chat", "form", "tip", "memo", "email"},
    "v4": {"sms", "transcript", "csv", "casenote", "international"},
    "v5": {"dm", "voicemail", "form", "forum", "ticket"},
    "v6": {"gamemod", "groupchat", "referral", "translated", "structured"},
    "v8": {"livechat", "codeswitch", "clinical", "telemetry", "roster"},
    "v9": {"native", "email_thread", "public_post", "legal", "finance_hr"},
    "v10": {"ocr_scan", "chronology", "dm_slang", "spreadsheet", "ivr_transcript"},
    "v11": {"platform_report", "finance_export", "volunteer_vetting", "dictation", "world_tips"},
    "v12": {"travel_records", "osint_notes", "school_safeguarding", "screenshot_ocr", "world_tips_b"},
    "v13": {"text_counselling", "missing_alerts", "rights_requests", "event_signups", "world_tips_c"},
    "v14": {"classified_ads", "deposition_qa", "helpdesk_tickets", "home_visit_reports", "world_tips_d"},
    "v15": {"telecom_disclosures", "stream_voice_logs", "dating_app_reports", "shift_handover_logs", "world_tips_e"},
    "v16": {
        "mobile_forensic_extractions", "family_court_welfare", "financial_intel_reports", "email_abuse_reports",
        "world_tips_f",
    },
    "v17": {
        "esp_incident_reports", "donor_crm_profiles", "social_data_exports", "transcribed_letters", "world_tips_g",
    },
    "v18": {
        "asylum_tracing_casework", "insurance_motor_claims", "file_format_exports", "housing_welfare_casework",
        "world_tips_h",
    },
    "v19": {"kyc_aml_finance", "youth_sport_clubs", "emergency_dispatch", "education_admin", "world_tips_i"},
    "v20": {"housing_outreach", "recruitment_hr", "connected_devices", "letters_registers", "world_tips_j"},
    "v21": {"commerce_courier", "childcare_tutoring", "pharmacy_primary_care", "genealogy_dna", "translit_tips"},
    "v22": {
        "news_court_reports", "youth_camps_trips", "tenancy_lettings", "crowdfunding_campaigns", "world_englishes_tips",
    },
    "v23": {
        "sports_clubs_coaching", "online_gaming_moderation", "migrant_refugee_casework", "church_community_groups",
        "telehealth_pharmacy",
    },
    "v24": {
        "veterinary_animal_welfare", "ride_hailing_delivery_support", "probation_youth_justice",
        "utility_energy_accounts", "elder_home_care_records",
    },
    "v25": {
        "maritime_crew_agencies", "funeral_bereavement_services", "gym_fitness_memberships",
        "phone_repair_shop_tickets", "student_housing_welfare",
    },
}  # fmt: skip
# Another seed must make other files; v8's generator refuses a seed that leaves a label under 15 values (seed 7 does).
OTHER_SEED = {
    "v8": 9,
    "v17": 8,
    "v19": 2,
    "v20": 2,
}  # (v17's generator gives up on some seeds, 7 among them: its author's checks)
# Measured at the end of the thirtieth session (BASELINE.md, commit 4e2e114: protected recall, precision, flagged
# look-alikes of 250: v3 0.957, 0.971, 4; v4 0.957, 0.956, 17; v5 0.941, 0.974, 13; v6 0.933, 0.921, 4; v8 0.964, 0.952,
# 3; v9 0.908, 0.929, 38; v10 0.942, 0.893, 5; v11 0.914, 0.910, 1; v12 0.890, 0.900, 32; v13 0.929, 0.932, 25; v14
# 0.962, 0.944, 10; v15 0.886, 0.899, 50; v16 0.930, 0.888, 56; v17 0.892, 0.936, 109; v18 0.894, 0.909, 34; v19 0.898,
# 0.919, 112; v20 0.780, 0.919, 30; v21 0.826, 0.921, 87; v22 0.864, 0.955, 85; v23 0.860, 0.921, 93; v24 0.858,
# 0.916, 121; v25 0.887, 0.903, 69), minus 0.01 or plus two documents, never below the earlier sessions' floors nor
# above their ceilings. (v17 is a development set since the thirtieth session: its data downloads' handles,
# coordinates and codes were read, hence its jump. v9's look-alikes, 46 flagged that became 49 in the twenty-eighth
# session, were 38 once v9 was a development set: in part that session's device-name rule had read a changelog's
# "Refactor phone-number" as an owner's phone. v17's look-alikes had risen from 153 to 157 in the twenty-fifth session,
# blind, not looked into then.) Floors against regressions, far from the targets (0.97-0.995 recall, 2%
# flagged), most of all on v19, v22, v23, v24 and v25, the held-out sets, and on v12, v15, v16, v17, v18, v20 and v21.
# First measurements: v25
# (the thirtieth session's start commit efc4591) 0.886, 0.903, 69 (plain Presidio: 0.625, 0.288, 245); v24
# (the twenty-ninth session's start commit 9bc16cf) 0.850, 0.915, 121 (plain Presidio: 0.524, 0.298, 239); v23 (the
# twenty-eighth session's start commit 8ee44a2) 0.856, 0.920, 103 (plain Presidio: 0.585, 0.330, 244); v22 (the
# twenty-seventh session's start commit d0ca692) 0.854, 0.951, 85 (plain Presidio: 0.587, 0.343, 250); v21 (the
# twenty-sixth session's start commit a8a3b65) 0.724, 0.888, 106 (plain Presidio: 0.567, 0.260, 249); v20 (246edac)
# 0.726, 0.902, 48 (plain Presidio: 0.526, 0.275, 249); v19 (66204be) 0.869, 0.913, 112 (plain Presidio: 0.609, 0.239,
# 248); v18 (30f2d52) 0.793, 0.888, 57 (plain Presidio: 0.542, 0.273, 250); v17 (c459856) 0.683, 0.857, 155 (plain
# Presidio: 0.530, 0.225, 250).
MIN_PROTECTED = {
    "v3": 0.947, "v4": 0.947, "v5": 0.931, "v6": 0.923, "v8": 0.954, "v9": 0.898, "v10": 0.932, "v11": 0.904,
    "v12": 0.880, "v13": 0.919, "v14": 0.952, "v15": 0.876, "v16": 0.920, "v17": 0.882, "v18": 0.884, "v19": 0.888,
    "v20": 0.770, "v21": 0.816, "v22": 0.854, "v23": 0.850, "v24": 0.848, "v25": 0.877,
}  # fmt: skip
MIN_PRECISION = {
    "v3": 0.961, "v4": 0.946, "v5": 0.964, "v6": 0.911, "v8": 0.946, "v9": 0.921, "v10": 0.883, "v11": 0.900,
    "v12": 0.890, "v13": 0.922, "v14": 0.934, "v15": 0.889, "v16": 0.878, "v17": 0.926, "v18": 0.899, "v19": 0.909,
    "v20": 0.909, "v21": 0.911, "v22": 0.945, "v23": 0.911, "v24": 0.906, "v25": 0.893,
}  # fmt: skip
MAX_FLAGGED = {
    "v3": 6 / 250, "v4": 19 / 250, "v5": 15 / 250, "v6": 6 / 250, "v8": 5 / 250, "v9": 40 / 250, "v10": 7 / 250,
    "v11": 3 / 250, "v12": 34 / 250, "v13": 27 / 250, "v14": 12 / 250, "v15": 52 / 250, "v16": 58 / 250,
    "v17": 111 / 250, "v18": 36 / 250, "v19": 114 / 250, "v20": 32 / 250, "v21": 89 / 250, "v22": 87 / 250,
    "v23": 95 / 250, "v24": 123 / 250, "v25": 71 / 250,
}  # fmt: skip


def _files(version: str) -> tuple[Path, Path]:
    return DATA / f"heldout_{version}.jsonl", DATA / f"heldout_negatives_{version}.jsonl"


@pytest.fixture(scope="module")
def reports() -> dict[str, tuple[EvalReport, EvalReport]]:
    # Forked workers, as `detect --processes 2` runs (the same findings as one process: test_text_parallel): the
    # ratchet reads some 10,000 texts, the suite's longest test, and CI has two cores.
    detector = TextDetector(processes=2)
    return {v: tuple(evaluate(p, detector, ALIASES, batch_size=1000) for p in _files(v)) for v in REGISTERS}  # type: ignore[misc]


@pytest.mark.parametrize("version", sorted(REGISTERS))
def test_figures_do_not_fall(reports: dict[str, tuple[EvalReport, EvalReport]], version: str) -> None:
    positives, negatives = reports[version]
    assert positives.overall.protected_recall >= MIN_PROTECTED[version]
    assert positives.overall.precision >= MIN_PRECISION[version]
    assert negatives.documents == 250
    assert negatives.flagged_share <= MAX_FLAGGED[version]


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> dict[tuple[str, int | None], Path]:
    """Each generator run with its default seed and with another, two at a time (CI has two cores; the runs are
    separate processes that write only their own folder)."""
    jobs = [(v, seed) for v in sorted(REGISTERS) for seed in (None, OTHER_SEED.get(v, 7))]
    outs = {job: tmp_path_factory.mktemp(f"{job[0]}_{job[1]}") for job in jobs}

    def run(job: tuple[str, int | None]) -> None:
        version, seed = job
        generator = ROOT / "scripts" / f"heldout_{version}" / "generate.py"
        cmd = [sys.executable, str(generator), "--out", str(outs[job])] + (
            [] if seed is None else ["--seed", str(seed)]
        )
        subprocess.run(cmd, cwd=ROOT, check=True, capture_output=True, timeout=300)

    with ThreadPoolExecutor(max_workers=2) as pool:
        list(pool.map(run, jobs))
    return outs


@pytest.mark.parametrize("version", sorted(REGISTERS))
def test_generator_is_deterministic_and_made_the_committed_files(
    generated: dict[tuple[str, int | None], Path], version: str
) -> None:
    # Its default seed must make the committed files (made in an earlier run: determinism across runs), another
    # seed other files.
    default, other = generated[version, None], generated[version, OTHER_SEED.get(version, 7)]
    for path in _files(version):
        made = (default / path.name).read_bytes()
        assert made == path.read_bytes(), f"{path.name} differs from its generator's output: regenerate it"
        assert made != (other / path.name).read_bytes()


@pytest.mark.parametrize("version", sorted(REGISTERS))
def test_every_label_is_its_value(version: str) -> None:
    positives, negatives = _files(version)
    valid = set(ALL_ENTITIES) | NEW_TYPES
    docs = load_corpus(positives)
    assert {d["register"] for d in docs} == REGISTERS[version]
    for doc in docs:
        previous_end = 0
        for span in sorted(doc["spans"], key=lambda s: s["start"]):
            value = doc["text"][span["start"] : span["end"]]
            assert value == span["text"] and value == value.strip(), doc["id"]
            assert span["label"] in valid, doc["id"]
            assert span["start"] >= previous_end, f"{doc['id']}: overlapping labels"
            previous_end = span["end"]
    assert NEW_TYPES <= {s["label"] for d in docs for s in d["spans"]}
    assert all(not d["spans"] for d in load_corpus(negatives))
