"""Look-alike (PII-free) documents: 25 kinds x 10.

Each generator returns plain text with no personal data: codes, reference numbers, impersonal place and
eponym mentions, documentation-range network addresses, generic age bands.
"""

import datetime

import ids


def _table(rng, header, rows, style=None):
    style = style or rng.choice(["pipe", "tab", "csv", "pad"])
    if style == "pipe":
        out = ["| " + " | ".join(header) + " |", "|" + "|".join("---" for _ in header) + "|"]
        out += ["| " + " | ".join(map(str, r)) + " |" for r in rows]
    elif style == "tab":
        out = ["\t".join(header)] + ["\t".join(map(str, r)) for r in rows]
    elif style == "csv":

        def q(x):
            x = str(x)
            return '"%s"' % x.replace('"', '""') if ("," in x or '"' in x) else x

        out = [",".join(q(h) for h in header)] + [",".join(q(c) for c in r) for r in rows]
    else:
        w = [max(len(str(x)) for x in col) for col in zip(header, *rows)]
        out = ["  ".join(str(h).ljust(n) for h, n in zip(header, w))]
        out.append("  ".join("-" * n for n in w))
        out += ["  ".join(str(c).ljust(n) for c, n in zip(r, w)) for r in rows]
    return "\n".join(out) + "\n"


def _date(rng, y0=2024, y1=2026):
    return ids.rand_date(rng, y0, y1)


# 1 -----------------------------------------------------------------------------------------
PORTS = [
    ("Dover", 6.0),
    ("Portsmouth", 4.5),
    ("Holyhead", 5.2),
    ("Aberdeen", 3.9),
    ("Falmouth", 5.0),
    ("Brest", 6.8),
    ("Saint-Malo", 11.5),
    ("Cuxhaven", 3.4),
    ("Vlissingen", 4.6),
    ("Cobh", 3.8),
    ("Lerwick", 2.0),
    ("Milford Haven", 6.5),
    ("Harwich", 3.8),
    ("Whitby", 5.1),
    ("Oban", 3.5),
    ("Avonmouth", 12.2),
]


def tide_tables(rng):
    port, rng_m = rng.choice(PORTS)
    start = _date(rng)
    hw = rng.randint(0, 11 * 60)
    rows = []
    for i in range(rng.randint(5, 8)):
        dt = start + datetime.timedelta(days=i)
        t1 = (hw + i * 50) % (24 * 60)
        t2 = (t1 + 745) % (24 * 60)
        l1 = (t1 + 370) % (24 * 60)
        hh = rng_m * rng.uniform(0.85, 1.05) + 0.6
        lo = rng.uniform(0.2, 1.4)
        rows.append(
            [
                dt.strftime("%a %d %b"),
                "%02d:%02d" % divmod(t1, 60),
                "%.1f" % hh,
                "%02d:%02d" % divmod(l1, 60),
                "%.1f" % lo,
                "%02d:%02d" % divmod(t2, 60),
                "%.1f" % (hh - rng.uniform(0, 0.4)),
            ]
        )
    head = "Tidal predictions — %s (times %s, heights in metres above chart datum)\n\n" % (
        port,
        rng.choice(["UT", "local (BST)", "CET"]),
    )
    tail = rng.choice(
        [
            "\nSpring range %.1f m; neap range %.1f m.\n" % (rng_m, rng_m * 0.5),
            "\nPredictions are not valid during strong onshore winds or surges.\n",
            "\nSecondary port corrections: add +0:%02d to HW times for the inner harbour.\n" % rng.randint(5, 40),
        ]
    )
    return head + _table(rng, ["Date", "HW", "m", "LW", "m", "HW", "m"], rows) + tail


# 2 -----------------------------------------------------------------------------------------
OPENINGS = [
    ("B90", "Sicilian Defence, Najdorf Variation", "1.e4 c5 2.Nf3 d6 3.d4 cxd4 4.Nxd4 Nf6 5.Nc3 a6"),
    ("C65", "Ruy Lopez, Berlin Defence", "1.e4 e5 2.Nf3 Nc6 3.Bb5 Nf6"),
    ("B12", "Caro-Kann Defence, Advance Variation", "1.e4 c6 2.d4 d5 3.e5"),
    ("E20", "Nimzo-Indian Defence", "1.d4 Nf6 2.c4 e6 3.Nc3 Bb4"),
    ("D37", "Queen's Gambit Declined", "1.d4 d5 2.c4 e6 3.Nc3 Nf6 4.Nf3 Be7"),
    ("A10", "English Opening", "1.c4"),
    ("C42", "Petrov's Defence", "1.e4 e5 2.Nf3 Nf6"),
    ("B07", "Pirc Defence", "1.e4 d6 2.d4 Nf6 3.Nc3 g6"),
    ("C00", "French Defence", "1.e4 e6"),
    ("E60", "King's Indian Defence", "1.d4 Nf6 2.c4 g6"),
    ("D02", "London System", "1.d4 d5 2.Nf3 Nf6 3.Bf4"),
    ("B01", "Scandinavian Defence", "1.e4 d5 2.exd5 Qxd5"),
    ("A45", "Trompowsky Attack", "1.d4 Nf6 2.Bg5"),
    ("C50", "Italian Game, Giuoco Piano", "1.e4 e5 2.Nf3 Nc6 3.Bc4 Bc5"),
    ("A80", "Dutch Defence", "1.d4 f5"),
    ("C44", "Scotch Game", "1.e4 e5 2.Nf3 Nc6 3.d4"),
    ("C33", "King's Gambit Accepted", "1.e4 e5 2.f4 exf4"),
    ("D85", "Grünfeld Defence, Exchange Variation", "1.d4 Nf6 2.c4 g6 3.Nc3 d5 4.cxd5 Nxd5 5.e4"),
    ("A04", "Réti Opening", "1.Nf3"),
    ("B22", "Sicilian Defence, Alapin Variation", "1.e4 c5 2.c3"),
    ("C18", "French Defence, Winawer Variation", "1.e4 e6 2.d4 d5 3.Nc3 Bb4"),
    ("B19", "Caro-Kann Defence, Classical Variation", "1.e4 c6 2.d4 d5 3.Nc3 dxe4 4.Nxe4 Bf5"),
    ("A46", "Torre Attack", "1.d4 Nf6 2.Nf3 e6 3.Bg5"),
    ("B33", "Sicilian Defence, Sveshnikov Variation", "1.e4 c5 2.Nf3 Nc6 3.d4 cxd4 4.Nxd4 Nf6 5.Nc3 e5"),
]
PLANS = [
    "aim for the ...f5 break",
    "typical isolated queen's pawn structures",
    "queenside minority attack",
    "kingside pawn storm after opposite castling",
    "fight for the d5 square",
    "trade the dark-squared bishops",
    "fianchetto and play on the long diagonal",
    "central pawn duo e4/d4",
]


def chess_opening_repertoire(rng):
    side = rng.choice(["White", "Black"])
    picks = rng.sample(OPENINGS, rng.randint(4, 7))
    s = "Opening repertoire (%s) — club training sheet, rev. %d\n\n" % (side, rng.randint(2, 9))
    if rng.random() < 0.5:
        s += _table(rng, ["ECO", "Opening", "Main line", "Plan"], [[e, n, m, rng.choice(PLANS)] for e, n, m in picks])
    else:
        for e, n, m in picks:
            s += "%s  %s\n    %s\n    Idea: %s. Score in club games: +%d =%d -%d\n" % (
                e,
                n,
                m,
                rng.choice(PLANS),
                rng.randint(0, 9),
                rng.randint(0, 6),
                rng.randint(0, 7),
            )
    return s + rng.choice(
        ["\nLearn 8 moves deep; beyond that play on principles.\n", "\nEngine checked at depth 30.\n", ""]
    )


# 3 -----------------------------------------------------------------------------------------
INTERACTIONS = [
    ("warfarin", "clarithromycin", "Major", "raised INR via CYP inhibition"),
    ("simvastatin", "clarithromycin", "Contraindicated", "myopathy / rhabdomyolysis"),
    ("sertraline", "tramadol", "Major", "serotonin syndrome, lowered seizure threshold"),
    ("lithium", "ibuprofen", "Moderate", "raised lithium levels"),
    ("methotrexate", "trimethoprim", "Major", "bone marrow suppression"),
    ("sildenafil", "isosorbide mononitrate", "Contraindicated", "profound hypotension"),
    ("spironolactone", "ramipril", "Moderate", "hyperkalaemia"),
    ("amiodarone", "digoxin", "Major", "digoxin toxicity — halve dose"),
    ("levothyroxine", "calcium carbonate", "Minor", "reduced absorption — separate by 4 h"),
    ("ciprofloxacin", "theophylline", "Major", "theophylline toxicity"),
    ("apixaban", "rifampicin", "Major", "reduced anticoagulant effect"),
    ("citalopram", "ondansetron", "Moderate", "QT prolongation"),
    ("allopurinol", "azathioprine", "Major", "azathioprine toxicity"),
    ("clopidogrel", "omeprazole", "Moderate", "reduced antiplatelet effect"),
    ("tamoxifen", "paroxetine", "Major", "reduced conversion to endoxifen"),
    ("metronidazole", "alcohol", "Moderate", "disulfiram-like reaction"),
    ("fluconazole", "simvastatin", "Major", "raised statin exposure"),
    ("carbamazepine", "combined oral contraceptive", "Major", "contraceptive failure"),
]


def drug_interaction_grid(rng):
    picks = rng.sample(INTERACTIONS, rng.randint(5, 9))
    s = (
        "Drug interaction quick reference — %s edition\nSeverity key: Contraindicated > Major > Moderate > Minor\n\n"
        % rng.choice(["ward", "community pharmacy", "out-of-hours", "formulary"])
    )
    rows = [
        [a, b, sev, eff, rng.choice(["avoid", "monitor", "adjust dose", "separate doses", "use alternative"])]
        for a, b, sev, eff in picks
    ]
    return (
        s
        + _table(rng, ["Drug A", "Drug B", "Severity", "Effect", "Action"], rows)
        + rng.choice(
            ["\nNot exhaustive — check the BNF / SmPC.\n", "\nReviewed by the medicines safety committee.\n", ""]
        )
    )


# 4 -----------------------------------------------------------------------------------------
GENES = [
    ("GAPDH", None),
    ("ACTB", None),
    ("MTHFR", "rs1801133"),
    ("APOE", "rs429358"),
    ("CFTR", "rs113993960"),
    ("HFE", "rs1800562"),
    ("F5", "rs6025"),
    ("LCT", "rs4988235"),
    ("HBB", "rs334"),
    ("TP53", "rs1042522"),
    ("KRAS", None),
    ("CYP2C19", "rs4244285"),
    ("VKORC1", "rs9923231"),
]


def _seq(rng, n):
    return "".join(rng.choice("ACGT") for _ in range(n))


def primer_design_sheet(rng):
    s = "Primer order sheet — assay batch %s-%02d\nSynthesis scale 25 nmol, desalted. Sequences 5'→3'.\n\n" % (
        ids.letters(rng, 3),
        rng.randint(1, 40),
    )
    rows = []
    for g, rs in rng.sample(GENES, rng.randint(3, 6)):
        ex = "exon%d" % rng.randint(1, 12)
        for dirn in ("F", "R"):
            sq = _seq(rng, rng.randint(18, 24))
            gc = 100.0 * sum(c in "GC" for c in sq) / len(sq)
            tm = 2 * sum(c in "AT" for c in sq) + 4 * sum(c in "GC" for c in sq)
            rows.append(
                [
                    "%s_%s%s" % (g, rs or ex, dirn),
                    sq,
                    "%.0f%%" % gc,
                    "%d °C" % tm,
                    "%d bp" % rng.randint(90, 450) if dirn == "F" else "",
                ]
            )
    s += _table(rng, ["Oligo", "Sequence", "GC", "Tm", "Amplicon"], rows)
    return s + rng.choice(
        [
            "\nControl template: synthetic gBlock, lot %s.\n" % ids.d(rng, 6),
            "\nAnneal at Tm − 5 °C; 35 cycles.\n",
            "\nTargets are reference SNP positions on GRCh38.\n",
        ]
    )


# 5 -----------------------------------------------------------------------------------------
THREADS = [
    ("310", "403", "2400", "Black"),
    ("B5200", "1", "2402", "Snow White"),
    ("321", "9046", "0510", "Red"),
    ("666", "46", "0210", "Bright Red"),
    ("725", "305", "0108", "Topaz"),
    ("798", "131", "0911", "Dark Delft Blue"),
    ("699", "923", "1303", "Green"),
    ("3865", "2", "2403", "Winter White"),
    ("762", "234", "1709", "Very Light Pearl Grey"),
    ("413", "401", "1713", "Dark Pewter Grey"),
    ("3371", "382", "2004", "Black Brown"),
    ("552", "99", "0712", "Medium Violet"),
    ("957", "50", "0612", "Pale Geranium"),
    ("434", "310", "2009", "Light Brown"),
    ("744", "301", "0112", "Pale Yellow"),
    ("3846", "1090", "1103", "Light Bright Turquoise"),
    ("840", "379", "1912", "Medium Beige Brown"),
    ("3687", "68", "0604", "Mauve"),
    ("517", "162", "1107", "Dark Wedgwood"),
]


def embroidery_thread_conversion(rng):
    picks = rng.sample(THREADS, rng.randint(6, 11))
    s = "Stranded cotton conversion chart (approximate equivalents) — page %d\n\n" % rng.randint(1, 14)
    return (
        s
        + _table(rng, ["DMC", "Anchor", "Madeira", "Colour"], [list(t) for t in picks])
        + rng.choice(["\nDye lots vary; compare skeins in daylight.\n", "\n* = closest match only.\n", ""])
    )


# 6 -----------------------------------------------------------------------------------------
MARKS = [
    ("United Kingdom", "G-", "G-XXXX"),
    ("United States", "N", "N + 1–5 characters"),
    ("Germany", "D-", "D-EXXX / D-AXXX (>20 t)"),
    ("France", "F-", "F-XXXX"),
    ("Ireland", "EI-", "EI-XXX"),
    ("Netherlands", "PH-", "PH-XXX"),
    ("Switzerland", "HB-", "HB-XXX"),
    ("Canada", "C-", "C-FXXX / C-GXXX"),
    ("Australia", "VH-", "VH-XXX"),
    ("Japan", "JA", "JA + 4 characters"),
    ("China", "B-", "B-XXXX"),
    ("India", "VT-", "VT-XXX"),
    ("Brazil", "PP-/PR-/PS-/PT-", "PR-XXX"),
    ("Spain", "EC-", "EC-XXX"),
    ("Italy", "I-", "I-XXXX"),
    ("Sweden", "SE-", "SE-XXX"),
    ("Norway", "LN-", "LN-XXX"),
    ("Poland", "SP-", "SP-XXX"),
    ("United Arab Emirates", "A6-", "A6-XXX"),
    ("South Africa", "ZS-", "ZS-XXX"),
    ("New Zealand", "ZK-", "ZK-XXX"),
    ("Austria", "OE-", "OE-XXX"),
    ("Belgium", "OO-", "OO-XXX"),
    ("Denmark", "OY-", "OY-XXX"),
    ("Finland", "OH-", "OH-XXX"),
    ("Greece", "SX-", "SX-XXX"),
    ("Portugal", "CS-", "CS-XXX"),
    ("Türkiye", "TC-", "TC-XXX"),
    ("South Korea", "HL", "HL + 4 digits"),
    ("Mexico", "XA-/XB-/XC-", "XA-XXX"),
]


def aircraft_nationality_marks(rng):
    picks = rng.sample(MARKS, rng.randint(8, 14))
    s = "Aircraft nationality and registration marks (ICAO Annex 7) — reference extract\n\n"
    s += _table(rng, ["State of registry", "Nationality mark", "Format"], [list(m) for m in picks])
    return s + rng.choice(
        [
            "\nX = letter; gliders and microlights may use separate blocks.\n",
            "\nThe mark is followed by the registration mark proper, separated by a hyphen where shown.\n",
            "",
        ]
    )


# 7 -----------------------------------------------------------------------------------------
def dns_zone_file(rng):
    dom = rng.choice(["example.com", "example.net", "example.org"])
    serial = "%s%02d" % (_date(rng).strftime("%Y%m%d"), rng.randint(1, 9))
    nets = ["192.0.2.", "198.51.100.", "203.0.113."]
    s = "$ORIGIN %s.\n$TTL %d\n" % (dom, rng.choice([300, 3600, 86400]))
    s += (
        "@\tIN\tSOA\tns1.%s. hostmaster.%s. (\n\t\t%s ; serial\n\t\t7200 ; refresh\n\t\t3600 ; retry\n\t\t1209600 ; expire\n\t\t300 )\n"
        % (dom, dom, serial)
    )
    s += "@\tIN\tNS\tns1.%s.\n@\tIN\tNS\tns2.%s.\n" % (dom, dom)
    for h in rng.sample(["@", "www", "mail", "api", "ns1", "ns2", "vpn", "git", "status", "cdn"], rng.randint(4, 7)):
        s += "%s\tIN\tA\t%s%d\n" % (h, rng.choice(nets), rng.randint(1, 254))
        if rng.random() < 0.4:
            s += "%s\tIN\tAAAA\t2001:db8:%x::%x\n" % (h, rng.randint(1, 0xFFF), rng.randint(1, 0xFF))
    s += "@\tIN\tMX\t10 mail.%s.\n" % dom
    s += '@\tIN\tTXT\t"v=spf1 ip4:%s0/24 -all"\n' % rng.choice(nets)
    if rng.random() < 0.5:
        s += "_sip._tcp\tIN\tSRV\t10 60 5060 sip.%s.\n" % dom
    s += "docs\tIN\tCNAME\twww.%s.\n" % dom
    return s


# 8 -----------------------------------------------------------------------------------------
METRIC = [
    ("M3", "0.5", "2.5"),
    ("M4", "0.7", "3.3"),
    ("M5", "0.8", "4.2"),
    ("M6", "1.0", "5.0"),
    ("M8", "1.25", "6.8"),
    ("M10", "1.5", "8.5"),
    ("M12", "1.75", "10.2"),
    ("M16", "2.0", "14.0"),
    ("M20", "2.5", "17.5"),
    ("M24", "3.0", "21.0"),
    ("M8x1", "1.0", "7.0"),
    ("M10x1.25", "1.25", "8.8"),
    ("M12x1.5", "1.5", "10.5"),
]
UNC = [
    ("#4-40", "40", "#43"),
    ("#6-32", "32", "#36"),
    ("#8-32", "32", "#29"),
    ("#10-24", "24", "#25"),
    ("1/4-20", "20", "#7"),
    ("5/16-18", "18", "F"),
    ("3/8-16", "16", '5/16"'),
    ("1/2-13", "13", '27/64"'),
    ("1/4-28", "28", "#3"),
    ("5/16-24", "24", "I"),
    ("3/8-24", "24", "Q"),
]


def screw_thread_tables(rng):
    if rng.random() < 0.5:
        picks = rng.sample(METRIC, rng.randint(6, 10))
        s = "ISO metric threads — pitch and tapping drill (75% engagement)\n\n"
        s += _table(
            rng,
            ["Size", "Pitch mm", "Tap drill mm", "Clearance mm"],
            [[a, b, c, "%.1f" % (float(a[1:].split("x")[0]) * 1.1)] for a, b, c in picks],
        )
    else:
        picks = rng.sample(UNC, rng.randint(5, 9))
        s = "Unified inch threads (UNC/UNF) — tap drill chart\n\n"
        s += _table(rng, ["Thread", "TPI", "Tap drill"], [list(p) for p in picks])
    return s + rng.choice(
        [
            "\nFor aluminium use one size larger in blind holes.\n",
            "\nValues for cutting taps; forming taps need larger holes.\n",
            "",
        ]
    )


# 9 -----------------------------------------------------------------------------------------
BLOCKS = [
    ("0000", "007F", "Basic Latin", "A z 0 @"),
    ("0080", "00FF", "Latin-1 Supplement", "é ñ ß ©"),
    ("0100", "017F", "Latin Extended-A", "ł ő ş č"),
    ("0370", "03FF", "Greek and Coptic", "α β Ω"),
    ("0400", "04FF", "Cyrillic", "Ж щ Ё"),
    ("0530", "058F", "Armenian", "Ա բ"),
    ("0590", "05FF", "Hebrew", "א ש"),
    ("0600", "06FF", "Arabic", "ب ع ٣"),
    ("0900", "097F", "Devanagari", "क ष ॐ"),
    ("0980", "09FF", "Bengali", "ক ৳"),
    ("0B80", "0BFF", "Tamil", "க ௐ"),
    ("0E00", "0E7F", "Thai", "ก ฿"),
    ("10A0", "10FF", "Georgian", "ა ბ"),
    ("1200", "137F", "Ethiopic", "ሀ ሰ"),
    ("2000", "206F", "General Punctuation", "— … ‰"),
    ("20A0", "20CF", "Currency Symbols", "€ ₹ ₺"),
    ("2190", "21FF", "Arrows", "← ⇒"),
    ("2200", "22FF", "Mathematical Operators", "∑ ≠ ∞"),
    ("2500", "257F", "Box Drawing", "┌ ┼ ╣"),
    ("3040", "309F", "Hiragana", "あ ん"),
    ("30A0", "30FF", "Katakana", "ア ヴ"),
    ("4E00", "9FFF", "CJK Unified Ideographs", "中 水"),
    ("AC00", "D7AF", "Hangul Syllables", "가 힣"),
    ("1F600", "1F64F", "Emoticons", "😀 🙏"),
]
CHARS = [
    ("00E9", "é", "LATIN SMALL LETTER E WITH ACUTE"),
    ("0142", "ł", "LATIN SMALL LETTER L WITH STROKE"),
    ("03A9", "Ω", "GREEK CAPITAL LETTER OMEGA"),
    ("0416", "Ж", "CYRILLIC CAPITAL LETTER ZHE"),
    ("05D0", "א", "HEBREW LETTER ALEF"),
    ("0628", "ب", "ARABIC LETTER BEH"),
    ("20AC", "€", "EURO SIGN"),
    ("2014", "—", "EM DASH"),
    ("221E", "∞", "INFINITY"),
    ("3042", "あ", "HIRAGANA LETTER A"),
    ("AC00", "가", "HANGUL SYLLABLE GA"),
    ("1F64F", "🙏", "PERSON WITH FOLDED HANDS"),
]


def unicode_block_chart(rng):
    if rng.random() < 0.6:
        picks = sorted(rng.sample(BLOCKS, rng.randint(6, 11)), key=lambda b: int(b[0], 16))
        s = "Unicode blocks used by the font subsetter (Unicode %d.0)\n\n" % rng.choice([13, 14, 15])
        return s + _table(
            rng, ["Start", "End", "Block", "Sample"], [["U+" + a, "U+" + b, n, x] for a, b, n, x in picks]
        )
    picks = rng.sample(CHARS, rng.randint(5, 9))
    s = "Character reference — code points, UTF-8 bytes and names\n\n"
    return s + _table(
        rng,
        ["Code point", "Char", "UTF-8", "Name"],
        [["U+" + c, ch, " ".join("%02X" % b for b in ch.encode("utf-8")), n] for c, ch, n in picks],
    )


# 10 ----------------------------------------------------------------------------------------
STARS = [
    ("Sirius", "32349", "06h45m08.9s", "−16°42′58″", "−1.46", "A1V"),
    ("Canopus", "30438", "06h23m57.1s", "−52°41′44″", "−0.74", "A9II"),
    ("Arcturus", "69673", "14h15m39.7s", "+19°10′57″", "−0.05", "K1.5III"),
    ("Vega", "91262", "18h36m56.3s", "+38°47′01″", "0.03", "A0V"),
    ("Capella", "24608", "05h16m41.4s", "+45°59′53″", "0.08", "G3III"),
    ("Rigel", "24436", "05h14m32.3s", "−08°12′06″", "0.13", "B8Ia"),
    ("Procyon", "37279", "07h39m18.1s", "+05°13′30″", "0.34", "F5IV"),
    ("Betelgeuse", "27989", "05h55m10.3s", "+07°24′25″", "0.50", "M1Ia"),
    ("Altair", "97649", "19h50m47.0s", "+08°52′06″", "0.76", "A7V"),
    ("Aldebaran", "21421", "04h35m55.2s", "+16°30′33″", "0.86", "K5III"),
    ("Antares", "80763", "16h29m24.4s", "−26°25′55″", "0.96", "M1Ib"),
    ("Spica", "65474", "13h25m11.6s", "−11°09′41″", "0.97", "B1V"),
    ("Pollux", "37826", "07h45m18.9s", "+28°01′34″", "1.14", "K0III"),
    ("Fomalhaut", "113368", "22h57m39.0s", "−29°37′20″", "1.16", "A3V"),
    ("Deneb", "102098", "20h41m25.9s", "+45°16′49″", "1.25", "A2Ia"),
    ("Regulus", "49669", "10h08m22.3s", "+11°58′02″", "1.35", "B8IV"),
    ("Polaris", "11767", "02h31m49.1s", "+89°15′51″", "1.98", "F7Ib"),
    ("Mizar", "65378", "13h23m55.5s", "+54°55′31″", "2.23", "A2V"),
    ("Barnard's Star", "87937", "17h57m48.5s", "+04°41′36″", "9.51", "M4V"),
    ("Castor", "36850", "07h34m36.0s", "+31°53′18″", "1.58", "A1V"),
]


def star_catalogue_extract(rng):
    picks = rng.sample(STARS, rng.randint(5, 9))
    if rng.random() < 0.5:
        picks.sort(key=lambda x: float(x[4].replace("−", "-")))
    s = "Bright star list — J2000.0 positions (observing society handout)\n\n"
    return (
        s
        + _table(rng, ["Name", "HIP", "RA", "Dec", "V", "Spectral"], [list(p) for p in picks])
        + rng.choice(
            [
                "\nProper motion not applied.\n",
                "\nMagnitudes from Hipparcos; variable stars marked in bold in the printed edition.\n",
                "",
            ]
        )
    )


# 11 ----------------------------------------------------------------------------------------
AERO = [
    ("EGLL", "London Heathrow", "09L/27R 3902 m; 09R/27L 3660 m", "83", "51°28′39″N 000°27′41″W"),
    ("EGCC", "Manchester", "05L/23R 3048 m; 05R/23L 3050 m", "257", "53°21′14″N 002°16′30″W"),
    ("EGPH", "Edinburgh", "06/24 2556 m", "136", "55°57′00″N 003°22′21″W"),
    ("EHAM", "Amsterdam Schiphol", "18R/36L 3800 m; 06/24 3500 m", "-11", "52°18′29″N 004°45′51″E"),
    ("EDDF", "Frankfurt", "07C/25C 4000 m; 18 4000 m", "364", "50°01′59″N 008°34′12″E"),
    ("LFPG", "Paris Charles de Gaulle", "08L/26R 4215 m; 09R/27L 4200 m", "392", "49°00′35″N 002°32′52″E"),
    ("LEMD", "Madrid Barajas", "14L/32R 3500 m; 18R/36L 4350 m", "1998", "40°28′20″N 003°33′39″W"),
    ("LIRF", "Rome Fiumicino", "16R/34L 3900 m", "13", "41°48′01″N 012°14′20″E"),
    ("EIDW", "Dublin", "10R/28L 3110 m; 16/34 2072 m", "242", "53°25′17″N 006°16′12″W"),
    ("KJFK", "New York JFK", "04L/22R 3682 m; 13R/31L 4423 m", "13", "40°38′23″N 073°46′44″W"),
    ("CYYZ", "Toronto Pearson", "05/23 3389 m; 06L/24R 2956 m", "569", "43°40′36″N 079°37′50″W"),
    ("YSSY", "Sydney Kingsford Smith", "16R/34L 3962 m; 07/25 2530 m", "21", "33°56′46″S 151°10′38″E"),
    ("RJTT", "Tokyo Haneda", "16R/34L 3000 m; 05/23 2500 m", "35", "35°33′12″N 139°46′52″E"),
    ("VIDP", "Delhi Indira Gandhi", "11/29 4430 m; 10/28 3813 m", "777", "28°34′07″N 077°06′44″E"),
    ("ENGM", "Oslo Gardermoen", "01L/19R 3600 m; 01R/19L 2950 m", "681", "60°11′39″N 011°06′01″E"),
    ("LSZH", "Zürich", "14/32 3300 m; 16/34 3700 m", "1416", "47°27′53″N 008°32′57″E"),
    ("EKCH", "Copenhagen Kastrup", "04L/22R 3600 m; 12/30 2800 m", "17", "55°37′05″N 012°39′22″E"),
    ("SBGR", "São Paulo Guarulhos", "10L/28R 3700 m", "2459", "23°26′08″S 046°28′23″W"),
]


def aerodrome_runway_table(rng):
    picks = rng.sample(AERO, rng.randint(4, 8))
    s = "Aerodrome data summary — for flight planning only, check current AIP\n\n"
    if rng.random() < 0.5:
        return s + _table(rng, ["ICAO", "Aerodrome", "Runways", "Elev ft", "ARP"], [list(p) for p in picks])
    for p in picks:
        s += "%s %s\n  RWY: %s\n  Elevation %s ft AMSL, ARP %s\n" % p
    return s


# 12 ----------------------------------------------------------------------------------------
PORTS_TCP = [
    ("20/21", "TCP", "FTP"),
    ("22", "TCP", "SSH"),
    ("23", "TCP", "Telnet"),
    ("25", "TCP", "SMTP"),
    ("53", "TCP/UDP", "DNS"),
    ("67/68", "UDP", "DHCP"),
    ("80", "TCP", "HTTP"),
    ("110", "TCP", "POP3"),
    ("123", "UDP", "NTP"),
    ("143", "TCP", "IMAP"),
    ("161", "UDP", "SNMP"),
    ("389", "TCP", "LDAP"),
    ("443", "TCP", "HTTPS"),
    ("514", "UDP", "syslog"),
    ("587", "TCP", "SMTP submission"),
    ("636", "TCP", "LDAPS"),
    ("853", "TCP", "DNS over TLS"),
    ("993", "TCP", "IMAPS"),
    ("1433", "TCP", "MS SQL"),
    ("1883", "TCP", "MQTT"),
    ("3306", "TCP", "MySQL"),
    ("3389", "TCP", "RDP"),
    ("5353", "UDP", "mDNS"),
    ("5432", "TCP", "PostgreSQL"),
    ("5900", "TCP", "VNC"),
    ("6379", "TCP", "Redis"),
    ("8080", "TCP", "HTTP alternate"),
    ("9100", "TCP", "raw printing"),
]
MCAST = [
    ("224.0.0.1", "all hosts on the segment"),
    ("224.0.0.2", "all routers"),
    ("224.0.0.251", "mDNS"),
    ("239.255.255.250", "SSDP"),
    ("ff02::1", "IPv6 all nodes"),
    ("ff02::2", "IPv6 all routers"),
    ("ff02::fb", "mDNS over IPv6"),
    ("255.255.255.255", "limited broadcast"),
]


def well_known_ports_table(rng):
    picks = sorted(rng.sample(PORTS_TCP, rng.randint(8, 14)), key=lambda p: int(p[0].split("/")[0]))
    s = "Firewall reference — well-known ports\n\n" + _table(
        rng, ["Port", "Proto", "Service"], [list(p) for p in picks]
    )
    if rng.random() < 0.6:
        s += "\nReserved multicast / broadcast addresses:\n" + "".join(
            "  %-16s %s\n" % m for m in rng.sample(MCAST, rng.randint(3, 6))
        )
    return s


# 13 ----------------------------------------------------------------------------------------
VENDORS = [
    "Kestrel Networks Ltd",
    "Halcyon Radio GmbH",
    "Bluefin Embedded Oy",
    "Orchard Silicon Inc.",
    "Tamarisk Devices SAS",
    "Northstar IoT Co., Ltd.",
    "Copperleaf Systems BV",
    "Sakura Denshi K.K.",
    "Vantage Meter AB",
    "Lumen Sensorik AG",
    "Pinecrest Wireless LLC",
    "Marula Electronics (Pty) Ltd",
]


def oui_vendor_registry(rng):
    s = "OUI/MA-L assignments — excerpt (vendor prefixes only)\n\n"
    for _ in range(rng.randint(4, 7)):
        o = "%02X-%02X-%02X" % (rng.randint(0, 255) & 0xFC, rng.randint(0, 255), rng.randint(0, 255))
        v = rng.choice(VENDORS)
        s += "%s   (hex)\t\t%s\n%s     (base 16)\t\t%s\n\t\t\t\t%s\n\n" % (
            o,
            v,
            o.replace("-", ""),
            v,
            rng.choice(["GB", "DE", "FI", "US", "FR", "CN", "NL", "JP", "SE", "CH", "ZA"]),
        )
    return s + rng.choice(
        [
            "Only the first three octets identify the manufacturer.\n",
            "Locally administered addresses (second-least-significant bit set) are not listed.\n",
            "",
        ]
    )


# 14 ----------------------------------------------------------------------------------------
def metar_reports(rng):
    s = rng.choice(
        [
            "METAR/TAF briefing pack\n\n",
            "Latest observations\n\n",
            "Route weather — departure, destination, alternates\n\n",
        ]
    )
    for st in rng.sample([a[0] for a in AERO], rng.randint(3, 6)):
        dd, hh, mm = rng.randint(1, 28), rng.randint(0, 23), rng.choice([20, 50])
        wdir, wspd = rng.randrange(0, 360, 10), rng.randint(2, 28)
        gust = "G%02d" % (wspd + rng.randint(8, 15)) if rng.random() < 0.2 else ""
        vis = rng.choice(["9999", "8000", "4500", "CAVOK", "2000"])
        cld = "" if vis == "CAVOK" else rng.choice(["FEW030", "SCT025 BKN040", "BKN012", "OVC008", "FEW045CB"])
        t = rng.randint(-5, 28)
        dp = t - rng.randint(0, 9)
        q = rng.randint(990, 1035)
        s += "METAR %s %02d%02d%02dZ %03d%02d%sKT %s%s %s/%s Q%d %s\n" % (
            st,
            dd,
            hh,
            mm,
            wdir,
            wspd,
            gust,
            vis,
            (" " + cld) if cld else "",
            ("M%02d" % -t) if t < 0 else "%02d" % t,
            ("M%02d" % -dp) if dp < 0 else "%02d" % dp,
            q,
            rng.choice(["NOSIG", "BECMG FEW040", "TEMPO 4000 -RA", ""]),
        )
        if rng.random() < 0.4:
            s += (
                "TAF %s %02d%02d00Z %02d%02d/%02d%02d %03d%02dKT 9999 SCT030 PROB30 TEMPO %02d%02d/%02d%02d 3000 SHRA\n"
                % (st, dd, hh, dd, (hh + 1) % 24, dd + 1, hh, wdir, wspd, dd, (hh + 4) % 24, dd, (hh + 8) % 24)
            )
    return s


# 15 ----------------------------------------------------------------------------------------
DOSES = {
    "Paracetamol oral suspension 120 mg/5 ml": [
        ("3–6 months", "60 mg (2.5 ml)"),
        ("6–24 months", "120 mg (5 ml)"),
        ("2–4 years", "180 mg (7.5 ml)"),
        ("4–6 years", "240 mg (10 ml)"),
    ],
    "Paracetamol 250 mg/5 ml (6+)": [
        ("6–8 years", "250 mg (5 ml)"),
        ("8–10 years", "375 mg (7.5 ml)"),
        ("10–12 years", "500 mg (10 ml)"),
        ("12–16 years", "500–750 mg"),
    ],
    "Ibuprofen oral suspension 100 mg/5 ml": [
        ("3–6 months (over 5 kg)", "50 mg three times daily"),
        ("6–12 months", "50 mg 3–4 times daily"),
        ("1–4 years", "100 mg three times daily"),
        ("4–7 years", "150 mg three times daily"),
        ("7–10 years", "200 mg three times daily"),
        ("10–12 years", "300 mg three times daily"),
    ],
    "Amoxicillin": [
        ("1–11 months", "125 mg three times daily"),
        ("1–4 years", "250 mg three times daily"),
        ("5–17 years", "500 mg three times daily"),
    ],
    "Cetirizine": [
        ("2–5 years", "2.5 mg twice daily"),
        ("6–11 years", "5 mg twice daily"),
        ("12–17 years", "10 mg once daily"),
    ],
}


def paediatric_dose_bands(rng):
    s = "Children's dosing by age band — quick reference for counter staff\n\n"
    for drug in rng.sample(list(DOSES), rng.randint(2, 3)):
        s += drug + "\n" + _table(rng, ["Age band", "Dose"], [list(r) for r in DOSES[drug]]) + "\n"
    return s + rng.choice(
        [
            "Maximum 4 doses in 24 hours. Under 3 months: refer to GP.\n",
            "Use the oral syringe provided; do not use kitchen spoons.\n",
            "Check weight if the child is small for their age.\n",
        ]
    )


# 16 ----------------------------------------------------------------------------------------
SCHEDULES = {
    "UK routine schedule": [
        ("8 weeks", "6-in-1, rotavirus, MenB"),
        ("12 weeks", "6-in-1, PCV, rotavirus"),
        ("16 weeks", "6-in-1, MenB"),
        ("1 year", "Hib/MenC, MMR, PCV booster, MenB booster"),
        ("3 years 4 months", "MMR (2nd dose), 4-in-1 pre-school booster"),
        ("12–13 years", "HPV"),
        ("14 years", "3-in-1 teenage booster, MenACWY"),
        ("65 years", "pneumococcal (PPV23)"),
        ("75–79 years", "RSV"),
    ],
    "US childhood schedule (summary)": [
        ("Birth", "HepB"),
        ("2 months", "DTaP, IPV, Hib, PCV, RV, HepB"),
        ("4 months", "DTaP, IPV, Hib, PCV, RV"),
        ("6 months", "DTaP, Hib, PCV, influenza (yearly)"),
        ("12–15 months", "MMR, varicella, HepA, Hib, PCV"),
        ("4–6 years", "DTaP, IPV, MMR, varicella"),
        ("11–12 years", "Tdap, HPV, MenACWY"),
        ("16 years", "MenACWY booster"),
    ],
    "STIKO Impfkalender (Auszug)": [
        ("2 Monate", "6-fach, Rotaviren, Pneumokokken"),
        ("4 Monate", "6-fach, Pneumokokken"),
        ("11 Monate", "6-fach, Pneumokokken, MMR, Varizellen"),
        ("15 Monate", "MMR, Varizellen"),
        ("5–6 Jahre", "Tetanus/Diphtherie/Pertussis"),
        ("9–14 Jahre", "HPV"),
        ("ab 60 Jahre", "Influenza jährlich, Pneumokokken, Herpes zoster"),
    ],
}


def immunisation_schedule_reference(rng):
    name = rng.choice(list(SCHEDULES))
    rows = SCHEDULES[name]
    k = rng.randint(5, len(rows))
    start = rng.randint(0, len(rows) - k)
    s = "%s — reference table (%d)\n\n" % (name, rng.choice([2024, 2025]))
    note = {
        "UK routine schedule": "\nSee the Green Book chapter for each vaccine.\n",
        "US childhood schedule (summary)": "\nSee the ACIP notes for minimum intervals.\n",
        "STIKO Impfkalender (Auszug)": "\nNachholimpfungen siehe Epidemiologisches Bulletin.\n",
    }[name]
    return (
        s
        + _table(rng, ["Age", "Vaccines"], [list(r) for r in rows[start : start + k]])
        + rng.choice([note, "\nCatch-up rules apply for missed doses.\n", ""])
    )


# 17 ----------------------------------------------------------------------------------------
Y_TREE = [
    ("R1b-M269", "M269", "~6,400 ybp", "Western Europe, highest along the Atlantic façade"),
    ("R1b-L21", "L21", "~4,500 ybp", "Ireland, Scotland, Wales, Brittany"),
    ("R1b-U106", "U106", "~4,900 ybp", "Frisia, Low Countries, Scandinavia"),
    ("R1a-Z93", "Z93", "~5,000 ybp", "South and Central Asia"),
    ("I1-M253", "M253", "~4,600 ybp", "Scandinavia"),
    ("E1b1a-M2", "M2", "~15,000 ybp", "West and Central Africa"),
    ("J2a-M410", "M410", "~19,000 ybp", "Anatolia, Caucasus, eastern Mediterranean"),
    ("N1c-M178", "M178", "~8,000 ybp", "Finland, Baltic, Siberia"),
    ("O2-M122", "M122", "~30,000 ybp", "East Asia"),
    ("Q1b-M346", "M346", "~15,000 ybp", "the Americas"),
    ("G2a-P15", "P15", "~20,000 ybp", "Caucasus, Neolithic farmers"),
]
MT_TREE = [
    ("H", "most common European lineage"),
    ("H1", "Iberia and western Europe"),
    ("U5", "old European hunter-gatherer lineage"),
    ("K1a", "Near East and Europe"),
    ("L3", "East Africa; ancestor of most non-African lineages"),
    ("M7", "East Asia"),
    ("B4", "East Asia and Polynesia"),
    ("A2", "Americas"),
    ("X2", "Near East, Europe, North America"),
]


def haplogroup_tree_reference(rng):
    s = (
        rng.choice(
            ["Y-DNA haplogroup primer for the surname project", "Haplogroup reference notes", "Phylogeny cheat sheet"]
        )
        + "\n\n"
    )
    if rng.random() < 0.6:
        for name, snp, age, reg in rng.sample(Y_TREE, rng.randint(4, 7)):
            s += "%-10s defining SNP %-5s  TMRCA %-12s  %s\n" % (name, snp, age, reg)
        s += "\nPath example: R > R1 (M173) > R1b (M343) > M269 > L23 > L51 > P312 > L21 > DF13\n"
    else:
        s += _table(rng, ["mtDNA", "Notes"], [list(x) for x in rng.sample(MT_TREE, rng.randint(4, 7))])
    return s + rng.choice(
        [
            "\nDates are estimates with wide confidence intervals.\n",
            "\nA haplogroup describes a lineage, not an ethnicity.\n",
            "",
        ]
    )


# 18 ----------------------------------------------------------------------------------------
OFFENCES = {
    "Theft from a shop or stall": [
        "High level community order",
        "Low level community order",
        "Band B fine",
        "Band A fine",
    ],
    "Domestic burglary": ["3 years' custody", "1 year's custody", "High level community order"],
    "Common assault": [
        "26 weeks' custody",
        "High level community order",
        "Medium level community order",
        "Band A fine",
    ],
    "Possession of a controlled drug (Class B)": ["Band C fine", "Band B fine", "Band A fine", "Discharge"],
    "Dangerous driving": ["12 months' custody", "High level community order", "Medium level community order"],
    "Fraud (false representation)": ["5 years' custody", "18 months' custody", "High level community order"],
}


def sentencing_guideline_grid(rng):
    off = rng.choice(list(OFFENCES))
    pts = OFFENCES[off]
    s = (
        "Sentencing guideline — %s (adult offenders)\nStep 1: culpability and harm. Step 2: starting point and category range.\n\n"
        % off
    )
    rows = []
    off0 = rng.randint(0, 1)
    for ci, cat in enumerate(["A", "B", "C"]):
        rows.append(
            ["Culpability " + cat]
            + [pts[min(len(pts) - 1, ci + hi + off0 - 1 if ci + hi + off0 > 0 else 0)] for hi in range(3)]
        )
    s += _table(rng, ["", "Harm 1", "Harm 2", "Harm 3"], rows)
    return s + rng.choice(
        [
            "\nAggravating factors include previous relevant convictions; mitigating factors include remorse.\n",
            "\nReduce for a guilty plea in line with the reduction guideline.\n",
            "\nStarting points apply to all offenders irrespective of plea.\n",
        ]
    )


# 19 ----------------------------------------------------------------------------------------
HS = [
    ("0901.21", "Coffee, roasted, not decaffeinated", "7.5%"),
    ("0902.10", "Green tea in packings ≤ 3 kg", "3.2%"),
    ("4202.21", "Handbags, outer surface of leather", "3%"),
    ("6109.10", "T-shirts, knitted, of cotton", "12%"),
    ("8471.30", "Portable data-processing machines ≤ 10 kg", "0%"),
    ("8517.13", "Smartphones", "0%"),
    ("9503.00", "Toys, scale models, puzzles", "4.7%"),
    ("6403.99", "Footwear, leather uppers, other", "8%"),
    ("8703.80", "Vehicles with electric motor only", "10%"),
    ("2204.21", "Wine of fresh grapes, containers ≤ 2 l", "€0.131/l"),
    ("9504.50", "Video game consoles", "0%"),
    ("3304.99", "Beauty or make-up preparations, other", "0%"),
    ("6203.42", "Men's trousers of cotton", "12%"),
    ("8516.60", "Ovens, cookers, hobs", "2.7%"),
    ("8712.00", "Bicycles, not motorised", "14%"),
    ("9102.11", "Wrist-watches, mechanical display", "4.5%"),
]


def hs_tariff_schedule(rng):
    picks = sorted(rng.sample(HS, rng.randint(6, 10)))
    s = "Customs tariff extract — third-country duty rates (%d)\n\n" % rng.choice([2024, 2025])
    return (
        s
        + _table(
            rng,
            ["Commodity code", "Description", "Duty"],
            [[c + "." + rng.choice(["00", "10", "90"]), dsc, r] for c, dsc, r in picks],
        )
        + rng.choice(
            [
                "\nVAT charged separately on the duty-inclusive value.\n",
                "\nPreferential rates may apply with proof of origin.\n",
                "",
            ]
        )
    )


# 20 ----------------------------------------------------------------------------------------
TRIGS = [
    ("Ben Nevis", "NN 1666 7124", 1345),
    ("Scafell Pike", "NY 2154 0721", 978),
    ("Yr Wyddfa", "SH 6095 5437", 1085),
    ("Helvellyn", "NY 3422 1516", 950),
    ("Pen y Fan", "SO 0121 2159", 886),
    ("Cross Fell", "NY 6873 3436", 893),
    ("Kinder Low", "SK 0791 8705", 633),
    ("Whernside", "SD 7386 8141", 736),
    ("Leith Hill", "TQ 1393 4316", 294),
    ("Dunkery Beacon", "SS 8915 4162", 519),
    ("Cleeve Hill", "SO 9960 2480", 330),
    ("Brown Willy", "SX 1587 7999", 420),
    ("Worcestershire Beacon", "SO 7686 4521", 425),
    ("Cadair Idris", "SH 7113 1303", 893),
    ("Ingleborough", "SD 7413 7457", 723),
    ("Black Combe", "SD 1354 8550", 600),
]


def trig_point_register(rng):
    picks = rng.sample(TRIGS, rng.randint(5, 9))
    s = "Triangulation pillar log — club summit register\n\n"
    rows = [
        [
            n,
            g,
            "%d m" % h,
            "S%04d" % rng.randint(1000, 9999),
            rng.choice(["pillar", "pillar", "bolt", "buried block"]),
            rng.choice(["good", "restored", "damaged", "moved"]),
        ]
        for n, g, h in picks
    ]
    return (
        s
        + _table(rng, ["Name", "Grid ref", "Height", "Flush bracket", "Type", "Condition"], rows)
        + rng.choice(
            [
                "\nGrid references are OS National Grid, 8-figure.\n",
                "\nFlush bracket numbers from the OS archive.\n",
                "",
            ]
        )
    )


# 21 ----------------------------------------------------------------------------------------
WMI = [
    ("WVW", "Volkswagen passenger car", "Germany"),
    ("WBA", "BMW", "Germany"),
    ("WDD", "Mercedes-Benz", "Germany"),
    ("VF1", "Renault", "France"),
    ("ZFA", "Fiat", "Italy"),
    ("SAL", "Land Rover", "United Kingdom"),
    ("JHM", "Honda", "Japan"),
    ("1FA", "Ford", "USA"),
    ("2T1", "Toyota", "Canada"),
    ("KMH", "Hyundai", "South Korea"),
    ("YV1", "Volvo", "Sweden"),
    ("TMB", "Škoda", "Czechia"),
    ("VSS", "SEAT", "Spain"),
    ("JN1", "Nissan", "Japan"),
    ("5YJ", "Tesla", "USA"),
]


def vin_decoder_reference(rng):
    s = "VIN structure (ISO 3779) — reference\n\nPositions 1–3 WMI | 4–8 vehicle descriptor | 9 check digit (North America) | 10 model year | 11 plant | 12–17 serial\n\n"
    s += _table(rng, ["WMI", "Manufacturer", "Country"], [list(w) for w in rng.sample(WMI, rng.randint(5, 9))])
    if rng.random() < 0.6:
        s += (
            "\nModel-year codes: "
            + ", ".join(
                "%s=%d" % (c, y)
                for c, y in zip("LMNPRSTVWXY123456789ABCDEFGH", range(2020, 2048))
                if rng.random() < 0.4
            )
            + "\n"
        )
    else:
        s += "\nCheck digit: transliterate letters (A=1 … Z=9, I/O/Q not used), weights 8 7 6 5 4 3 2 10 0 9 8 7 6 5 4 3 2, sum mod 11, 10 → X.\n"
    return s + "Example pattern: WVW ZZZ 1K Z 8 W ******\n"


# 22 ----------------------------------------------------------------------------------------
BABY = {
    "England and Wales": (
        [
            "Olivia",
            "Amelia",
            "Isla",
            "Ava",
            "Ivy",
            "Freya",
            "Lily",
            "Florence",
            "Mia",
            "Willow",
            "Rosie",
            "Sophia",
            "Isabella",
            "Grace",
            "Daisy",
            "Sienna",
            "Poppy",
            "Elsie",
            "Evie",
            "Matilda",
        ],
        [
            "Muhammad",
            "Noah",
            "Oliver",
            "Leo",
            "Arthur",
            "Oscar",
            "George",
            "Theodore",
            "Theo",
            "Freddie",
            "Henry",
            "Archie",
            "Jack",
            "Alfie",
            "Charlie",
            "Finley",
            "Jacob",
            "Thomas",
            "Lucas",
            "Teddy",
        ],
    ),
    "Germany": (
        [
            "Emilia",
            "Sophia",
            "Emma",
            "Hannah",
            "Mia",
            "Lina",
            "Ella",
            "Mila",
            "Clara",
            "Lea",
            "Marie",
            "Leni",
            "Mathilda",
            "Ida",
            "Frieda",
        ],
        [
            "Noah",
            "Matteo",
            "Elias",
            "Leon",
            "Finn",
            "Luca",
            "Theo",
            "Paul",
            "Henry",
            "Emil",
            "Ben",
            "Felix",
            "Liam",
            "Anton",
            "Jakob",
        ],
    ),
    "France": (
        [
            "Jade",
            "Louise",
            "Ambre",
            "Alba",
            "Emma",
            "Rose",
            "Alice",
            "Romy",
            "Anna",
            "Lina",
            "Léa",
            "Agathe",
            "Chloé",
            "Inès",
            "Mia",
        ],
        [
            "Gabriel",
            "Léo",
            "Raphaël",
            "Maël",
            "Louis",
            "Noah",
            "Jules",
            "Arthur",
            "Adam",
            "Lucas",
            "Isaac",
            "Sacha",
            "Gabin",
            "Hugo",
            "Naël",
        ],
    ),
}


def baby_name_rankings(rng):
    country = rng.choice(list(BABY))
    girls, boys = BABY[country]
    n = rng.randint(8, 12)
    year = rng.choice([2021, 2022, 2023, 2024])
    s = "Most popular baby names — %s, %d (official statistics)\n\n" % (country, year)
    rows = []
    cg, cb = rng.randint(3000, 4500), rng.randint(3000, 4800)
    for i in range(n):
        rows.append([i + 1, girls[i], cg, boys[i], cb])
        cg -= rng.randint(30, 260)
        cb -= rng.randint(30, 260)
    return (
        s
        + _table(rng, ["Rank", "Girls", "Count", "Boys", "Count"], rows)
        + rng.choice(["\nCounts below 3 are suppressed.\n", "\nSpelling variants are ranked separately.\n", ""])
    )


# 23 ----------------------------------------------------------------------------------------
def lottery_draw_history(rng):
    game = rng.choice(
        [("Lotto", 59, 6, "£"), ("EuroMillions", 50, 5, "€"), ("Lotto 6aus49", 49, 6, "€"), ("Powerball", 69, 5, "$")]
    )
    name, hi, k, cur = game
    s = "%s — recent draw history\n\n" % name
    dn = rng.randint(2500, 3200)
    dt = _date(rng)
    rows = []
    for i in range(rng.randint(5, 8)):
        balls = sorted(rng.sample(range(1, hi + 1), k))
        rows.append(
            [
                dn - i,
                (dt - datetime.timedelta(days=3 * i + rng.randint(0, 1))).strftime("%a %d %b %Y"),
                " ".join("%02d" % b for b in balls),
                "%02d" % rng.randint(1, 12 if name == "EuroMillions" else 26 if name == "Powerball" else hi),
                "%s%s" % (cur, format(rng.randint(2, 180) * 100000 + rng.randint(0, 99999), ",")),
                rng.choice(["Rollover", "1 winner", "2 winners", "Rollover"]),
            ]
        )
    return (
        s
        + _table(rng, ["Draw", "Date", "Main numbers", "Bonus", "Jackpot", "Result"], rows)
        + "\nWinners are not named unless they opt in to publicity.\n"
    )


# 24 ----------------------------------------------------------------------------------------
EMERG = [
    ("European Union (all states)", "112", "112", "112"),
    ("United Kingdom", "999 / 112", "999", "999"),
    ("United States", "911", "911", "911"),
    ("Canada", "911", "911", "911"),
    ("Australia", "000", "000", "000"),
    ("Japan", "110", "119", "119"),
    ("India", "112 / 100", "108", "101"),
    ("China", "110", "120", "119"),
    ("South Korea", "112", "119", "119"),
    ("Brazil", "190", "192", "193"),
    ("Türkiye", "112", "112", "112"),
    ("Israel", "100", "101", "102"),
    ("Nigeria", "112", "112", "112"),
    ("Mexico", "911", "911", "911"),
]
HELPLINES = [
    ("Child helpline (EU harmonised)", "116 111"),
    ("Missing children hotline (EU)", "116 000"),
    ("Emotional support line (EU)", "116 123"),
    ("NHS non-emergency (England)", "111"),
    ("Suicide & Crisis Lifeline (US)", "988"),
    ("Police non-emergency (UK)", "101"),
    ("Poison help line (US)", "1-800-222-1222"),
    ("Lifeline (Australia)", "13 11 14"),
]


def emergency_number_directory(rng):
    s = "Emergency numbers — traveller's card\n\n" + _table(
        rng, ["Country", "Police", "Ambulance", "Fire"], [list(e) for e in rng.sample(EMERG, rng.randint(6, 10))]
    )
    if rng.random() < 0.7:
        s += "\nNational helplines:\n" + "".join("  %s: %s\n" % h for h in rng.sample(HELPLINES, rng.randint(3, 5)))
    return s + rng.choice(
        [
            "\n112 works from any GSM handset, even without a SIM in many countries.\n",
            "\nCalls are free from mobiles and landlines.\n",
            "",
        ]
    )


# 25 ----------------------------------------------------------------------------------------
LOCO_NAMES = [
    "Canterbury Cathedral",
    "Vigilant",
    "Stalwart",
    "Resolute",
    "Royal Scot",
    "City of Wells",
    "Isle of Mull",
    "Robin Hood",
    "Sir Nigel Gresley",
    "Sir Edward Elgar",
    "Flying Scotsman",
    "Tornado",
    "Western Champion",
    "Aberdare",
    "Driver's Lamp",
    "Eastern Enterprise",
    "Spirit of Crewe",
    "—",
    "—",
    "—",
]
DEPOTS = [
    "Toton (TO)",
    "Crewe (CD)",
    "Old Oak Common (OC)",
    "Tinsley (TI)",
    "Eastfield (ED)",
    "Bescot (BS)",
    "Laira (LA)",
    "Doncaster (DR)",
]


def locomotive_fleet_list(rng):
    cls, typ = rng.choice(
        [
            ("37", "Co-Co diesel"),
            ("47", "Co-Co diesel"),
            ("66", "Co-Co diesel, freight"),
            ("68", "Bo-Bo diesel"),
            ("86", "Bo-Bo electric"),
            ("90", "Bo-Bo electric"),
            ("91", "Bo-Bo electric"),
            ("08", "0-6-0 diesel shunter"),
        ]
    )
    s = "Class %s (%s) — fleet list, %s\n\n" % (
        cls,
        typ,
        rng.choice(["spring", "summer", "autumn", "winter"]) + " %d" % rng.choice([2024, 2025]),
    )
    cur = rng.randint(1, 700)
    rows = []
    for i in range(rng.randint(6, 10)):
        cur += rng.randint(1, 4)
        num = "%s%03d" % (cls, cur % 1000)
        rows.append(
            [
                num,
                rng.choice(LOCO_NAMES),
                rng.choice(DEPOTS),
                rng.choice(
                    ["BR blue", "large logo", "DB red", "Freightliner green", "InterCity swallow", "GBRf orange"]
                ),
                rng.choice(["Active", "Active", "Stored unserviceable", "Preserved", "Exported", "Scrapped 2019"]),
            ]
        )
    return (
        s
        + _table(rng, ["Number", "Name", "Depot", "Livery", "Status"], rows)
        + rng.choice(["\nNames shown as carried; unnamed locomotives marked —.\n", ""])
    )


KINDS = [
    tide_tables,
    chess_opening_repertoire,
    drug_interaction_grid,
    primer_design_sheet,
    embroidery_thread_conversion,
    aircraft_nationality_marks,
    dns_zone_file,
    screw_thread_tables,
    unicode_block_chart,
    star_catalogue_extract,
    aerodrome_runway_table,
    well_known_ports_table,
    oui_vendor_registry,
    metar_reports,
    paediatric_dose_bands,
    immunisation_schedule_reference,
    haplogroup_tree_reference,
    sentencing_guideline_grid,
    hs_tariff_schedule,
    trig_point_register,
    vin_decoder_reference,
    baby_name_rankings,
    lottery_draw_history,
    emergency_number_directory,
    locomotive_fleet_list,
]
