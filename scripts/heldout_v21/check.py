#!/usr/bin/env python3
"""Verify the v21 corpus files.

    python check.py [--dir DIR] [--ids] [--determinism]

Default: checks DIR (this folder) for both JSONL files: counts, ids, registers and kinds, span offsets,
labels, overlaps, trimmed spans, empty negatives, Luhn / mod-97 / ABA checksums on CREDIT_CARD, IBAN_CODE,
ABA_ROUTING_NUMBER spans; prints label counts per register and sha256 of both files.
--ids          also generate 300 of each identifier type and validate them with python-stdnum / phonenumbers.
--determinism  regenerate with the default seed twice (must be byte-identical to each other and to DIR),
               once with seed 22 (must differ), and time a run (must be < 60 s).
"""

import argparse
import collections
import hashlib
import json
import os
import re
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import ids  # noqa: E402
from common import LABELS  # noqa: E402

REGISTERS = ["commerce_courier", "childcare_tutoring", "pharmacy_primary_care", "genealogy_dna", "translit_tips"]
FORBIDDEN_KINDS = set(
    """accommodation_schedule age_rating_guide amortisation_schedule appliance_error_codes archaeology_small_finds
band_plans bed_occupancy_summary benefit_rates_table bin_collection_rounds bird_ringing_recoveries birth_statistics_by_month
borehole_log bridge_hands bridge_load_register budget_variance_report cadastral_parcels call_disposition_codes call_volume_report
canton_tax_rates cas_inventory census_age_pyramid check_digit_worksheet cleaning_schedule data_retention_schedule dialling_codes
energy_tariff_sheet exam_timetable first_aid_kit_checklist font_specimens food_parcel_contents genebank_accessions hymn_board
iban_format_reference icd_code_index incident_severity_matrix income_tax_brackets isotope_tables ivr_menu_script job_grade_pay_scale
keyboard_shortcut_cheatsheet kit_numbering_rules knitting_pattern knot_tables lens_specs list_of_lights mineral_properties
neg_assembly_instructions neg_band_plans neg_climbing_topos neg_compat_matrices neg_dir_listings neg_error_codes neg_font_specimens
neg_golf_scorecards neg_hex_dumps neg_mileage_charts neg_mineral_tables neg_named_reactions neg_nutrition_labels neg_paint_colours
neg_periodic_table neg_quiz_answer_keys neg_rose_cultivars neg_shelf_classification neg_si_units neg_spelling_alphabets
neg_spreadsheet_formulas neg_storm_names neg_sudoku neg_wine_list neg_workout_plans negative organ_stoplists paint_colour_codes
parts_crossref passphrase_policy postage_rate_card postal_code_directory postcode_sector_coverage private_subnet_plan
procurement_lots rent_band_table risk_register satellite_tle screening_score_bands seat_maps seismic_catalogue
seismic_event_bulletin shoe_size_conversion size_charts sla_uptime_report stadium_seating_data stock_condition_summary
survey_results_summary time_zone_rules tyre_load_index_chart validation_regex_catalogue variant_catalogue vending_planogram
wind_turbine_layout wine_vintages""".split()
)


def sha256(path):
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        h.update(fh.read())
    return h.hexdigest()


def load(path):
    with open(path, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def check_files(d):
    errors = []
    pos_path = os.path.join(d, "heldout_v21.jsonl")
    neg_path = os.path.join(d, "heldout_negatives_v21.jsonl")
    pos, neg = load(pos_path), load(neg_path)
    for p in (pos_path, neg_path):
        if os.path.getsize(p) > 1024 * 1024:
            errors.append("%s larger than 1 MB" % p)
    if len(pos) != 400:
        errors.append("positives: %d lines, expected 400" % len(pos))
    if len(neg) != 250:
        errors.append("negatives: %d lines, expected 250" % len(neg))
    regc = collections.Counter(x["register"] for x in pos)
    for r in REGISTERS:
        if regc[r] != 80:
            errors.append("register %s has %d docs" % (r, regc[r]))
    if set(regc) - set(REGISTERS):
        errors.append("unexpected registers %s" % (set(regc) - set(REGISTERS)))
    kinds = collections.Counter(x["register"] for x in neg)
    if len(kinds) != 25 or any(v != 10 for v in kinds.values()):
        errors.append("negative kinds: %s" % dict(kinds))
    bad = set(kinds) & FORBIDDEN_KINDS
    if bad:
        errors.append("forbidden kinds used: %s" % bad)
    seen = set()
    for x in pos + neg:
        if set(x) != {"id", "register", "text", "spans"}:
            errors.append("%s: keys %s" % (x.get("id"), sorted(x)))
        if x["id"] in seen:
            errors.append("duplicate id %s" % x["id"])
        seen.add(x["id"])
    for x in pos:
        if not re.fullmatch(r"hv21-%s-\d{3}" % re.escape(x["register"]), x["id"]):
            errors.append("bad id %s" % x["id"])
        if not x["spans"]:
            errors.append("%s has no spans" % x["id"])
        t = x["text"]
        last_end = -1
        for s in sorted(x["spans"], key=lambda s: (s["start"], s["end"])):
            if set(s) != {"start", "end", "label", "text"}:
                errors.append("%s: span keys %s" % (x["id"], sorted(s)))
            if not (0 <= s["start"] < s["end"] <= len(t)):
                errors.append("%s: bad offsets %s" % (x["id"], s))
                continue
            if t[s["start"] : s["end"]] != s["text"]:
                errors.append("%s: text mismatch %r vs %r" % (x["id"], t[s["start"] : s["end"]], s["text"]))
            if s["text"] != s["text"].strip():
                errors.append("%s: untrimmed span %r" % (x["id"], s["text"]))
            if s["label"] not in LABELS:
                errors.append("%s: unknown label %s" % (x["id"], s["label"]))
            if s["start"] < last_end:
                errors.append("%s: overlapping span %s" % (x["id"], s))
            last_end = max(last_end, s["end"])
            digits = re.sub(r"[\s\-]", "", s["text"])
            if s["label"] == "CREDIT_CARD" and not ids.luhn_ok(digits):
                errors.append("%s: Luhn fails %s" % (x["id"], s["text"]))
            if s["label"] == "IBAN_CODE" and not ids.iban_ok(s["text"]):
                errors.append("%s: IBAN mod-97 fails %s" % (x["id"], s["text"]))
            if s["label"] == "ABA_ROUTING_NUMBER" and not ids.aba_ok(s["text"]):
                errors.append("%s: ABA checksum fails %s" % (x["id"], s["text"]))
    for x in neg:
        if not re.fullmatch(r"hv21-neg-\d{3}", x["id"]):
            errors.append("bad negative id %s" % x["id"])
        if x["spans"]:
            errors.append("%s: negative with spans" % x["id"])
    return pos, neg, errors, pos_path, neg_path


def label_table(pos):
    counts = {r: collections.Counter() for r in REGISTERS}
    for x in pos:
        for s in x["spans"]:
            counts[x["register"]][s["label"]] += 1
    used = [l for l in LABELS if any(counts[r][l] for r in REGISTERS)]
    w = max(len(l) for l in used)
    short = {
        "commerce_courier": "commerce",
        "childcare_tutoring": "childcare",
        "pharmacy_primary_care": "pharmacy",
        "genealogy_dna": "genealogy",
        "translit_tips": "translit",
    }
    lines = [
        "| %s | %s | total |" % ("label".ljust(w), " | ".join(short[r] for r in REGISTERS)),
        "|%s|%s|---:|" % ("-" * (w + 2), "|".join("---:" for _ in REGISTERS)),
    ]
    for l in used:
        row = [counts[r][l] for r in REGISTERS]
        lines.append(
            "| %s | %s | %d |"
            % (l.ljust(w), " | ".join(str(v).rjust(len(short[r])) for v, r in zip(row, REGISTERS)), sum(row))
        )
    tot = [sum(counts[r].values()) for r in REGISTERS]
    lines.append(
        "| %s | %s | %d |"
        % ("**all**".ljust(w), " | ".join(str(v).rjust(len(short[r])) for v, r in zip(tot, REGISTERS)), sum(tot))
    )
    return "\n".join(lines)


def check_ids():
    import random
    import phonenumbers
    from stdnum import iban as s_iban, luhn, imei as s_imei
    from stdnum.us import ssn as s_ssn, itin as s_itin, rtn as s_rtn
    from stdnum.gb import nhs as s_nhs
    from stdnum.ca import sin as s_sin
    from stdnum.in_ import aadhaar as s_aadhaar, pan as s_pan
    from stdnum.es import dni as s_dni, nie as s_nie
    from stdnum.it import codicefiscale as s_cf
    from stdnum.mx import curp as s_curp
    from stdnum.nl import bsn as s_bsn
    from stdnum.pl import pesel as s_pesel
    from stdnum.de import idnr as s_idnr
    from stdnum.ch import ssn as s_ahv
    from stdnum.se import personnummer as s_pnr
    from stdnum.fr import nir as s_nir
    from stdnum.ua import rntrc as s_rntrc
    from stdnum.gr import amka as s_amka
    from stdnum.kr import rrn as s_rrn
    from stdnum.cn import ric as s_ric
    from stdnum.th import pin as s_pin
    from stdnum.tr import tckimlik as s_tck
    from stdnum.il import idnr as s_ilid
    from stdnum.br import cpf as s_cpf
    import datetime

    rng = random.Random(1)

    def dob():
        return ids.rand_date(rng, 1950, 2008)

    tests = {
        "credit_card": (lambda: ids.credit_card(rng), lambda v: luhn.validate(v.replace(" ", "").replace("-", ""))),
        "iban": (lambda: ids.iban(rng), s_iban.validate),
        "aba": (lambda: ids.aba(rng), s_rtn.validate),
        "ssn": (lambda: ids.ssn(rng, "-"), s_ssn.validate),
        "itin": (lambda: ids.itin(rng), s_itin.validate),
        "imei": (lambda: ids.imei(rng), s_imei.validate),
        "nhs": (lambda: ids.nhs_number(rng), s_nhs.validate),
        "ca_sin": (lambda: ids.ca_sin(rng), s_sin.validate),
        "aadhaar": (lambda: ids.aadhaar(rng), s_aadhaar.validate),
        "pan": (lambda: ids.in_pan(rng, "Sharma"), s_pan.validate),
        "dni": (lambda: ids.es_dni(rng), s_dni.validate),
        "nie": (lambda: ids.es_nie(rng), s_nie.validate),
        "codice_fiscale": (lambda: ids.it_codice_fiscale(rng, "Giulia", "Rossi", dob(), True), s_cf.validate),
        "curp": (lambda: ids.mx_curp(rng, "Valeria", "Hernández", "Flores", dob(), True), s_curp.validate),
        "bsn": (lambda: ids.nl_bsn(rng), s_bsn.validate),
        "pesel": (lambda: ids.pl_pesel(rng, dob(), rng.random() < 0.5), s_pesel.validate),
        "steuer_id": (lambda: ids.de_steuer_id(rng), s_idnr.validate),
        "ahv": (lambda: ids.ch_ahv(rng), s_ahv.validate),
        "personnummer": (lambda: ids.se_personnummer(rng, dob(), True), s_pnr.validate),
        "nir": (lambda: ids.fr_nir(rng, dob(), False), s_nir.validate),
        "rnokpp": (lambda: ids.ua_rnokpp(rng, dob(), True), s_rntrc.validate),
        "amka": (lambda: ids.gr_amka(rng, dob()), s_amka.validate),
        "rrn": (lambda: ids.kr_rrn(rng, dob(), False), s_rrn.validate),
        "cn_ric": (lambda: ids.cn_ric(rng, dob(), True), s_ric.validate),
        "th_pin": (lambda: ids.th_pin(rng), s_pin.validate),
        "tckimlik": (lambda: ids.tr_tckimlik(rng), s_tck.validate),
        "il_id": (lambda: ids.il_id(rng), s_ilid.validate),
        "cpf": (lambda: ids.br_cpf(rng), s_cpf.validate),
    }
    optional = [
        ("stdnum.jp.in_", "jp_mynumber", lambda: ids.jp_mynumber(rng)),
        ("stdnum.ir.melli", "ir_melli", lambda: ids.ir_melli(rng)),
        ("stdnum.ru.snils", "snils", lambda: ids.ru_snils(rng)),
        ("stdnum.rs.jmbg", "jmbg", lambda: ids.rs_jmbg(rng, dob(), True)),
        ("stdnum.gb.nino", "uk_nino", lambda: ids.uk_nino(rng)),
    ]
    import importlib

    for modname, name, gen in optional:
        try:
            m = importlib.import_module(modname)
            tests[name] = (gen, m.validate)
        except ImportError:
            print("  (no stdnum validator %s; %s not cross-checked)" % (modname, name))
    ok = True
    for name, (gen, val) in tests.items():
        fails = 0
        example = None
        for _ in range(300):
            v = gen()
            try:
                val(v)
            except Exception as e:  # noqa: BLE001
                fails += 1
                example = (v, type(e).__name__)
        print("  %-16s %s" % (name, "ok" if not fails else "%d/300 FAIL e.g. %s" % (fails, example)))
        ok = ok and not fails
    # phone numbers: share of generated numbers phonenumbers considers valid for their region
    from common import phone, PHONE_PAT

    region = {"EG": "EG", "JO": "JO", "LB": "LB"}
    print("  phone numbers valid per phonenumbers (share of 200 per country):")
    line = []
    for cc in PHONE_PAT:
        good = 0
        for _ in range(200):
            try:
                n = phonenumbers.parse(phone(rng, cc), region.get(cc, cc))
                good += phonenumbers.is_valid_number(n)
            except phonenumbers.NumberParseException:
                pass
        line.append("%s %d%%" % (cc, good // 2))
    print("   ", ", ".join(line))
    return ok


def check_determinism(d):
    import generate

    ok = True
    with tempfile.TemporaryDirectory() as a, tempfile.TemporaryDirectory() as b, tempfile.TemporaryDirectory() as c:
        t0 = time.time()
        generate.main(["--out", a])
        dt = time.time() - t0
        generate.main(["--out", b, "--seed", "21"])
        generate.main(["--out", c, "--seed", "22"])
        for f in ("heldout_v21.jsonl", "heldout_negatives_v21.jsonl"):
            same = sha256(os.path.join(a, f)) == sha256(os.path.join(b, f))
            folder = sha256(os.path.join(a, f)) == sha256(os.path.join(d, f))
            diff = sha256(os.path.join(a, f)) != sha256(os.path.join(c, f))
            print(
                "  %s: seed 21 twice identical=%s, equals copy in %s=%s, seed 22 differs=%s"
                % (f, same, d, folder, diff)
            )
            ok = ok and same and folder and diff
        print("  generation time %.2f s (limit 60 s)" % dt)
        ok = ok and dt < 60
    return ok


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--dir", default=HERE)
    ap.add_argument("--ids", action="store_true")
    ap.add_argument("--determinism", action="store_true")
    a = ap.parse_args()
    pos, neg, errors, pp, np_ = check_files(a.dir)
    print("positives: %d docs, %d spans; negatives: %d docs" % (len(pos), sum(len(x["spans"]) for x in pos), len(neg)))
    print(label_table(pos))
    print(
        "\nnegative kinds: %s"
        % ", ".join(sorted(set(x["register"] for x in neg), key=[x["register"] for x in neg].index))
    )
    print("\nsha256 %s  %s" % (sha256(pp), os.path.basename(pp)))
    print("sha256 %s  %s" % (sha256(np_), os.path.basename(np_)))
    ok = not errors
    for e in errors[:50]:
        print("ERROR", e)
    if a.ids:
        print("\nidentifier self-test:")
        ok = check_ids() and ok
    if a.determinism:
        print("\ndeterminism:")
        ok = check_determinism(a.dir) and ok
    print("\nRESULT:", "OK" if ok else "FAILED (%d errors)" % len(errors))
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
