"""250 PII-free look-alike documents: 25 kinds x 10."""

from __future__ import annotations

from core import B, pick, digits, letters, sample

PETS = [
    "Biscuit",
    "Pickles",
    "Waffles",
    "Noodle",
    "Pepper",
    "Sprocket",
    "Mochi",
    "Turnip",
    "Custard",
    "Bramble",
    "Nutmeg",
    "Socks",
    "Pudding",
    "Chutney",
    "Pretzel",
    "Dumpling",
    "Marmite",
    "Tofu",
    "Button",
    "Crumpet",
    "Kiwi",
    "Truffle",
]


def pet_adoption_listings(rng):
    b = B()
    b.t(
        pick(rng, ["Animals looking for a home this week", "Adoption board — updated Friday", "Meet our residents"])
        + "\n\n"
    )
    for nm in sample(rng, PETS, rng.randrange(4, 8)):
        sp = pick(
            rng,
            [
                ("cat", "Domestic shorthair"),
                ("dog", "Lurcher cross"),
                ("rabbit", "Netherland dwarf"),
                ("dog", "Staffie x"),
                ("cat", "Maine coon x"),
                ("guinea pig", "Abyssinian"),
                ("dog", "Border collie"),
            ],
        )
        b.t(
            f"{nm.upper()} — {sp[1]} {sp[0]}, {rng.randrange(1, 13)} {'years' if rng.random() < 0.7 else 'months'} old, "
            f"{pick(rng, ['neutered', 'spayed', 'not yet neutered'])}, microchipped. "
            f"{pick(rng, ['Loves sunny windowsills.', 'Needs a home without cats.', 'Good with older children.', 'Shy at first, then a lap animal.', 'Bonded with a sibling — must go together.'])}"
            f" Adoption fee {rng.randrange(50, 250)}.\n"
        )
    b.t("\nVisits by appointment at the shelter reception; no enquiries by phone please.\n")
    return b


def livestock_eartag_register(rng):
    b = B()
    hold = f"{rng.randrange(10, 99)}/{rng.randrange(100, 999)}/{rng.randrange(1000, 9999)}"
    b.t(f"HERD REGISTER — holding (CPH) {hold}\nSpecies: {pick(rng, ['Cattle', 'Sheep', 'Goats'])}\n\n")
    b.t("Ear tag            | Breed            | Sex | Date of birth (animal) | Dam tag            | Movement\n")
    for i in range(rng.randrange(6, 14)):
        tag = f"UK {rng.randrange(1, 9)}{digits(rng, 5)} {digits(rng, 6)}"
        dam = f"UK {rng.randrange(1, 9)}{digits(rng, 5)} {digits(rng, 6)}"
        b.t(
            f"{tag} | {pick(rng, ['Aberdeen Angus', 'Hereford', 'Limousin x', 'Holstein', 'Texel', 'Swaledale', 'Saanen']):<16} | "
            f"{pick(rng, ['F', 'M'])}   | {rng.randrange(1, 29):02d}/{rng.randrange(1, 13):02d}/20{rng.randrange(15, 25)}             | {dam} | "
            f"{pick(rng, ['on farm', 'to market', 'died', 'to abattoir', 'on farm'])}\n"
        )
    b.t("\nTag replacements must be ordered within 28 days. Passport numbers follow the tag number.\n")
    return b


PLANTS = [
    ("Quercus robur", "L."),
    ("Rosa canina", "L."),
    ("Betula pendula", "Roth"),
    ("Picea abies", "(L.) H.Karst."),
    ("Acer pseudoplatanus", "L."),
    ("Fagus sylvatica", "L."),
    ("Pinus sylvestris", "L."),
    ("Abies alba", "Mill."),
    ("Sorbus aucuparia", "L."),
    ("Larix decidua", "Mill."),
    ("Tilia cordata", "Mill."),
    ("Alnus glutinosa", "(L.) Gaertn."),
    ("Carpinus betulus", "L."),
    ("Taraxacum officinale", "F.H.Wigg."),
    ("Primula vulgaris", "Huds."),
    ("Arum maculatum", "L."),
    ("Galium aparine", "L."),
    ("Digitalis purpurea", "L."),
    ("Hedera helix", "L."),
    ("Salix caprea", "L."),
]


def botanical_author_citations(rng):
    b = B()
    b.t(
        pick(rng, ["Checklist of vascular plants — survey plot ", "Herbarium accession list, sheet "])
        + str(rng.randrange(1, 90))
        + "\n\n"
    )
    for sp, au in sample(rng, PLANTS, rng.randrange(6, 12)):
        b.t(
            f"{sp} {au} — {pick(rng, ['frequent', 'occasional', 'rare', 'locally abundant'])}; "
            f"{pick(rng, ['hedgerow', 'woodland edge', 'damp meadow', 'limestone grassland', 'riverbank'])}; DAFOR {pick(rng, 'DAFOR')}\n"
        )
    b.t(
        "\nNomenclature follows the standard national flora; author abbreviations per the international plant names index.\n"
    )
    return b


WORKS = [
    ("Cello Suite No. {n} in G major", "BWV 10{m:02d}"),
    ("Serenade No. 13 in G major", "K. 525"),
    ("Piano Sonata in E-flat major", "Hob. XVI:52"),
    ("Brandenburg Concerto No. {n}", "BWV 104{n}"),
    ("Symphony No. 35 in D major (Haffner)", "K. 385"),
    ("String Quartet in C major, Op. 76 No. 3", "Hob. III:77"),
    ("Toccata and Fugue in D minor", "BWV 565"),
    ("Piano Concerto No. 21 in C major", "K. 467"),
    ("The Well-Tempered Clavier, Book {n}", "BWV 8{m:02d}"),
    ("Symphony No. 94 in G major (Surprise)", "Hob. I:94"),
    ("Requiem in D minor", "K. 626"),
    ("Trumpet Concerto in E-flat major", "Hob. VIIe:1"),
]


def music_opus_catalogues(rng):
    b = B()
    b.t("Concert archive — works performed, catalogue numbers\n\n")
    for i in range(rng.randrange(6, 11)):
        t, c = pick(rng, WORKS)
        n = rng.randrange(1, 6)
        b.t(
            f"{rng.randrange(1, 31):02d}.{rng.randrange(1, 13):02d}.{rng.randrange(1998, 2025)}  {t.format(n=n)}, {c.format(n=n, m=rng.randrange(7, 12))} — "
            f"{pick(rng, ['chamber orchestra', 'string quartet', 'solo recital', 'festival choir', 'youth orchestra'])}, duration {rng.randrange(8, 60)} min\n"
        )
    b.t("\nCatalogue numbers: BWV, K. (Köchel) and Hob. (Hoboken) numbering as in the standard thematic catalogues.\n")
    return b


def art_auction_lots(rng):
    b = B()
    b.t(f"Sale {rng.randrange(1000, 9999)} — Old Masters and 19th-century pictures\n\n")
    for i in range(rng.randrange(4, 8)):
        lot = rng.randrange(1, 400)
        att = pick(
            rng,
            [
                "After Rembrandt",
                "Circle of the Master of the Female Half-Lengths",
                "Dutch School, 17th century",
                "Flemish School",
                "English School, circa 1820",
                "Italian School, 18th century",
            ],
        )
        b.t(
            f"LOT {lot}\n{att}\n{pick(rng, ['A river landscape with cattle', 'Still life of flowers in a vase', 'A tavern interior', 'View of a harbour at dusk', 'Portrait of a gentleman, half-length'])}\n"
            f"oil on {pick(rng, ['canvas', 'panel', 'copper'])}, {rng.randrange(20, 120)} x {rng.randrange(20, 150)} cm\n"
            f"Estimate {rng.randrange(1, 30) * 500}–{rng.randrange(31, 60) * 500} EUR\n\n"
        )
    return b


def philately_catalogue(rng):
    b = B()
    b.t("Stamp catalogue extract — definitive issues\n\nSG No. | Scott | Value | Colour | Perf. | Wmk | Mint | Used\n")
    for i in range(rng.randrange(8, 15)):
        b.t(
            f"{rng.randrange(1, 600)}{pick(rng, ['', 'a', 'b'])} | {rng.randrange(1, 900)} | {pick(rng, ['1d', '2d', '½d', '3c', '5c', '10 öre', '20 Rp', '1 Kčs'])} | "
            f"{pick(rng, ['black', 'red-brown', 'deep blue', 'green', 'carmine', 'violet'])} | {pick(rng, ['14', '14 x 15', 'imperf', '12½'])} | "
            f"{pick(rng, ['Crown', 'none', 'Multiple Crown', 'Posthorn'])} | {rng.randrange(1, 900)}.00 | {rng.randrange(1, 300)}.00\n"
        )
    b.t("\nPrices in pounds for fine examples; plate numbers and varieties listed separately.\n")
    return b


SHIPS = [
    "NORDIC SPRUCE",
    "ATLANTIC HERON",
    "CAPE FULMAR",
    "OCEAN TERN",
    "BALTIC AMBER",
    "SILVER KITTIWAKE",
    "POLAR DAWN",
    "IBERIAN BREEZE",
    "NORTHERN GANNET",
    "CORAL REEF",
    "GREEN TIDE",
    "ARCTIC SWIFT",
    "STORMY PETREL",
    "HARBOUR SEAL",
]


def ais_vessel_positions(rng):
    b = B()
    b.t(
        "AIS snapshot — vessels in area\nMMSI      | Name              | IMO     | Type          | Lat       | Lon       | SOG | COG\n"
    )
    lat0, lon0 = pick(rng, [(51.9, 3.9), (54.3, 10.2), (36.1, -5.4), (57.7, 11.8), (43.3, 5.3)])
    for nm in sample(rng, SHIPS, rng.randrange(5, 10)):
        b.t(
            f"{pick(rng, ['211', '244', '235', '538', '636', '257'])}{digits(rng, 6)} | {nm:<17} | {rng.randrange(9100000, 9899999)} | "
            f"{pick(rng, ['Cargo', 'Tanker', 'Ro-Ro', 'Tug', 'Fishing', 'Passenger'])} | {lat0 + rng.uniform(-0.3, 0.3):.4f} | {lon0 + rng.uniform(-0.3, 0.3):.4f} | "
            f"{rng.uniform(0, 18):.1f} | {rng.randrange(0, 360)}\n"
        )
    b.t("\nPositions are vessel transponder reports; MMSI identifies ship stations.\n")
    return b


def notam_metar_bulletins(rng):
    b = B()
    for ap in sample(rng, ["EGLL", "EDDF", "LFPG", "LSZH", "EIDW", "EHAM", "LEMD", "EKCH"], rng.randrange(3, 6)):
        b.t(
            f"METAR {ap} {rng.randrange(1, 29):02d}{rng.randrange(0, 24):02d}{pick(rng, ['20', '50'])}Z {rng.randrange(0, 36) * 10:03d}{rng.randrange(2, 25):02d}KT "
            f"{pick(rng, ['9999', 'CAVOK', '4500 BR', '8000'])} {pick(rng, ['FEW030', 'SCT012 BKN025', 'NSC', 'OVC008'])} {rng.randrange(-5, 28):02d}/{rng.randrange(-8, 15):02d} "
            f"Q{rng.randrange(990, 1035)} {pick(rng, ['NOSIG', 'BECMG 3000', 'TEMPO RA'])}=\n"
        )
    b.t("\n")
    b.t(
        f"NOTAM A{rng.randrange(1000, 9999)}/25\nQ) {pick(rng, ['EGTT', 'EDGG', 'LFFF'])}/QMRLC/IV/NBO/A/000/999/{rng.randrange(45, 56)}{rng.randrange(0, 60):02d}N{rng.randrange(0, 9):03d}{rng.randrange(0, 60):02d}W005\n"
        f"E) RWY {rng.randrange(1, 36):02d}{pick(rng, ['L', 'R', ''])}/{rng.randrange(1, 36):02d} CLSD DUE TO WIP. F) SFC G) UNL\n"
    )
    return b


def component_datasheets(rng):
    b = B()
    pn = f"{pick(rng, ['LM', 'TPS', 'STM32F', 'ATmega', 'NE', 'MAX'])}{rng.randrange(100, 9999)}{pick(rng, ['-Q1', 'DR', 'T6', 'PU', ''])}"
    b.t(
        f"DATASHEET — {pn}\n{pick(rng, ['Low-dropout regulator', 'Microcontroller, 32-bit', 'Dual op-amp', 'Buck converter', 'RS-485 transceiver'])}\n\n"
    )
    b.t(
        f"Supply voltage: {rng.randrange(1, 5)}.{rng.randrange(0, 9)} V to {rng.randrange(5, 40)} V\nQuiescent current: {rng.randrange(2, 90)} µA\n"
        f"Package: {pick(rng, ['SOT-23-5', 'TSSOP-20', 'QFN-32 (5x5)', 'SOIC-8'])}\nOperating temperature: -40 °C to +{pick(rng, ['85', '105', '125'])} °C\n\n"
    )
    b.t("Ordering information\nPart number        | Package  | Reel qty\n")
    for i in range(rng.randrange(3, 6)):
        b.t(
            f"{pn}{pick(rng, ['DBVR', 'DBVT', 'PWR', 'RGER', 'DR'])} | {pick(rng, ['SOT-23', 'TSSOP', 'QFN'])} | {pick(rng, ['250', '3000', '2500'])}\n"
        )
    b.t("\nLot marking: YYWW + 4-character assembly-site code (e.g. date code YYWW only; no unit serialisation).\n")
    return b


COCKTAILS = [
    ("Tom Collins", "gin, lemon, sugar, soda"),
    ("Rob Roy", "Scotch, sweet vermouth, bitters"),
    ("Bloody Mary", "vodka, tomato, celery salt"),
    ("Harvey Wallbanger", "vodka, orange, herbal liqueur float"),
    ("John Collins", "bourbon, lemon, soda"),
    ("Bellini", "white peach purée, prosecco"),
    ("Negroni", "gin, Campari, vermouth"),
    ("Margarita", "tequila, lime, triple sec"),
    ("Gibson", "gin, dry vermouth, cocktail onion"),
    ("Paloma", "tequila, grapefruit soda, lime"),
    ("Americano", "Campari, vermouth, soda"),
]


def cocktail_menu_eponyms(rng):
    b = B()
    b.t(pick(rng, ["COCKTAILS", "Bar menu — classics", "Happy hour 5–7"]) + "\n\n")
    for nm, ing in sample(rng, COCKTAILS, rng.randrange(5, 9)):
        b.t(f"{nm} ........ {rng.randrange(7, 15)}.{pick(rng, ['00', '50'])}\n    {ing}\n")
    b.t("\nAll classics can be made alcohol-free on request.\n")
    return b


def map_grid_references(rng):
    b = B()
    b.t("Survey control points — grid references\n\n")
    for i in range(rng.randrange(5, 10)):
        k = rng.randrange(3)
        if k == 0:
            ref = f"OS grid {pick(rng, ['SU', 'SK', 'NT', 'SH', 'TQ', 'NY'])} {digits(rng, 5)} {digits(rng, 5)}"
        elif k == 1:
            ref = f"UTM {rng.randrange(29, 34)}{pick(rng, 'TUV')} {rng.randrange(300000, 799999)} {rng.randrange(4500000, 6500000)}"
        else:
            ref = f"MGRS {rng.randrange(29, 34)}{pick(rng, 'TUV')}{letters(rng, 2)} {digits(rng, 5)} {digits(rng, 5)}"
        b.t(
            f"CP-{rng.randrange(1, 99):02d}  {ref}  height {rng.randrange(2, 900)}.{digits(rng, 2)} m  "
            f"{pick(rng, ['trig pillar', 'bolt in wall', 'fence post', 'rivet on bridge'])}\n"
        )
    b.t("\nDatum: OSGB36 / ETRS89 as stated per point.\n")
    return b


def colour_palette_specs(rng):
    b = B()
    b.t("Brand colour specification\n\n")
    for nm in sample(
        rng, ["Primary", "Secondary", "Accent", "Ink", "Paper", "Alert", "Success", "Muted"], rng.randrange(4, 8)
    ):
        r, g, bl = rng.randrange(256), rng.randrange(256), rng.randrange(256)
        b.t(
            f"{nm}: HEX #{r:02X}{g:02X}{bl:02X} | RGB {r} {g} {bl} | CMYK {rng.randrange(100)} {rng.randrange(100)} {rng.randrange(100)} {rng.randrange(100)} | "
            f"Pantone {rng.randrange(100, 7000)} {pick(rng, ['C', 'U'])} | RAL {rng.randrange(1000, 9023)}\n"
        )
    b.t("\nMinimum contrast ratio 4.5:1 for body text.\n")
    return b


ROUTES = [
    ["Grasmere", "Easedale Tarn", "Far Easedale", "Greenup Edge", "Rosthwaite"],
    ["Zermatt", "Riffelalp", "Grindjisee", "Sunnegga", "Findeln"],
    ["Gavarnie", "Cirque de Gavarnie", "Refuge des Espuguettes", "Héas"],
    ["Hathersage", "Stanage Edge", "Higger Tor", "Padley Gorge", "Grindleford"],
    ["Mittenwald", "Lautersee", "Ferchensee", "Elmau", "Klais"],
    ["Llanberis", "Halfway House", "Clogwyn", "Summit", "Rhyd Ddu"],
]


def hiking_route_guides(rng):
    b = B()
    r = pick(rng, ROUTES)
    b.t(
        f"Route card: {r[0]} to {r[-1]}\nDistance {rng.randrange(8, 24)} km, ascent {rng.randrange(300, 1400)} m, grade {pick(rng, ['moderate', 'strenuous', 'easy'])}\n\n"
    )
    for i, pt in enumerate(r):
        b.t(
            f"{i + 1}. {pt} — {pick(rng, ['follow the waymarked track', 'cross the footbridge', 'keep left at the fork', 'climb steadily on the stony path', 'descend through the woods'])}, "
            f"{rng.randrange(20, 90)} min\n"
        )
    b.t("\nCarry water; the café at the finish closes at 17:00 out of season.\n")
    return b


TEAMS = [
    "Northside Rovers",
    "Harbour City",
    "Red Kites",
    "Valley Athletic",
    "Lakeside Wanderers",
    "Iron Works FC",
    "Blue Herons",
    "Old Mill United",
    "Canal Street Comets",
    "Hilltop Hornets",
    "Riverside Raiders",
    "Forest Foxes",
    "Steel Town",
    "Seaview Sharks",
    "Moorland Magpies",
    "Quayside Crew",
]


def tournament_brackets(rng):
    b = B()
    ts = sample(rng, TEAMS, 8)
    b.t(f"{pick(rng, ['U16 Cup', 'Summer 5-a-side', 'Regional Shield'])} — knockout bracket\n\nQuarter-finals\n")
    for i in range(4):
        b.t(f"  ({i * 2 + 1}) {ts[i * 2]} {rng.randrange(0, 5)}–{rng.randrange(0, 5)} {ts[i * 2 + 1]} ({8 - i * 2})\n")
    b.t(
        f"\nSemi-finals\n  {ts[0]} v {ts[3]}\n  {ts[4]} v {ts[7]}\n\nFinal: Sunday 14:00, pitch 2. Seeds by last season's league position.\n"
    )
    return b


BANKS = [
    ("DEUTDEFFXXX", "Taunusanlage 12, 60325 Frankfurt am Main"),
    ("BNPAFRPPXXX", "16 boulevard des Italiens, 75009 Paris"),
    ("BARCGB22XXX", "1 Churchill Place, London E14 5HP"),
    ("INGBNL2AXXX", "Bijlmerdreef 106, 1102 CT Amsterdam"),
    ("UBSWCHZH80A", "Bahnhofstrasse 45, 8001 Zürich"),
    ("BCITITMMXXX", "Piazza della Scala 6, 20121 Milano"),
    ("CAIXESBBXXX", "Calle Pintor Sorolla 2-4, 46002 Valencia"),
    ("AIBKIE2DXXX", "10 Molesworth Street, Dublin 2"),
    ("RZBAATWWXXX", "Am Stadtpark 9, 1030 Wien"),
    ("NDEAFIHHXXX", "Satamaradankatu 5, 00020 Helsinki"),
]


def swift_bic_directory(rng):
    b = B()
    b.t("BIC directory extract — head offices\n\nBIC         | Head office\n")
    for bic, ad in sample(rng, BANKS, rng.randrange(4, 8)):
        b.t(f"{bic} | {ad}\n")
    b.t("\nBranch codes 'XXX' denote the primary office. Directory entries refer to institutions only.\n")
    return b


def nutrition_labels(rng):
    b = B()
    b.t(
        f"NUTRITION INFORMATION — {pick(rng, ['Oat biscuits', 'Tomato soup', 'Greek-style yoghurt', 'Granola', 'Lentil crisps'])}\nTypical values per 100 g | per portion ({rng.randrange(20, 250)} g)\n"
    )
    for k, u in [
        ("Energy", "kJ"),
        ("Energy", "kcal"),
        ("Fat", "g"),
        ("of which saturates", "g"),
        ("Carbohydrate", "g"),
        ("of which sugars", "g"),
        ("Fibre", "g"),
        ("Protein", "g"),
        ("Salt", "g"),
    ]:
        v = rng.uniform(0.1, 500 if u in ("kJ", "kcal") else 60)
        b.t(f"{k} {v:.1f} {u} | {v * rng.uniform(0.2, 2):.1f} {u}\n")
    b.t(
        f"\nBest before: see lid. Batch {letters(rng, 2)}{digits(rng, 4)}. Contains: {pick(rng, ['oats, milk', 'celery', 'wheat, soya', 'none of the 14 major allergens'])}.\n"
    )
    return b


AIRPORTS = [
    ("LHR", "EGLL", "London Heathrow"),
    ("CDG", "LFPG", "Paris Charles de Gaulle"),
    ("FRA", "EDDF", "Frankfurt"),
    ("ZRH", "LSZH", "Zürich"),
    ("DUB", "EIDW", "Dublin"),
    ("AMS", "EHAM", "Amsterdam Schiphol"),
    ("NBO", "HKJK", "Nairobi"),
    ("BOM", "VABB", "Mumbai"),
    ("GRU", "SBGR", "São Paulo Guarulhos"),
    ("YFB", "CYFB", "Iqaluit"),
    ("POM", "AYPY", "Port Moresby"),
    ("TBU", "NFTF", "Nukuʻalofa"),
    ("LOS", "DNMM", "Lagos"),
    ("KBL", "OAKB", "Kabul"),
    ("ASU", "SGAS", "Asunción"),
    ("DIL", "WPDL", "Dili"),
]


def airport_code_tables(rng):
    b = B()
    b.t("IATA | ICAO | Airport | Runways | Elevation (ft)\n")
    for ia, ic, nm in sample(rng, AIRPORTS, rng.randrange(6, 12)):
        b.t(f"{ia} | {ic} | {nm} | {rng.randrange(1, 5)} | {rng.randrange(5, 6000)}\n")
    b.t("\nCodes as published in the current aeronautical information publication cycle.\n")
    return b


def dog_show_results(rng):
    b = B()
    pre = ["Brackenhill", "Lochvale", "Tamarisk", "Stormhaven", "Oakmere", "Kilbrannan", "Foxglove Dell", "Silverbirch"]
    suf = [
        "Silver Echo",
        "Midnight Sonata",
        "Northern Star",
        "Copper Kettle",
        "Rain on the Moor",
        "Whisper of Heather",
        "Sea Shanty",
        "Bright Ember",
    ]
    b.t(
        f"{pick(rng, ['Championship show', 'Open show', 'Breed club show'])} — {pick(rng, ['Border Collie', 'Whippet', 'Irish Setter', 'Dachshund (Miniature Smooth)', 'Samoyed'])}\n\n"
    )
    for cls in sample(
        rng,
        ["Minor Puppy Dog", "Puppy Bitch", "Junior Dog", "Post Graduate Bitch", "Limit Dog", "Open Bitch"],
        rng.randrange(3, 6),
    ):
        b.t(f"{cls}\n")
        for pl in ["1st", "2nd", "3rd"]:
            b.t(f"  {pl} {pick(rng, pre)} {pick(rng, suf)} ({rng.randrange(6, 60)} months)\n")
    b.t(f"\nBest of Breed: {pick(rng, pre)} {pick(rng, suf)}. Kennel affixes as registered with the breed club.\n")
    return b


THEOREMS = [
    ("Pythagorean theorem", "a² + b² = c² for a right triangle"),
    ("Bayes' theorem", "P(A|B) = P(B|A)P(A)/P(B)"),
    ("Cauchy–Schwarz inequality", "|⟨u,v⟩| ≤ ‖u‖‖v‖"),
    ("Fermat's little theorem", "a^p ≡ a (mod p)"),
    ("Euler's formula", "e^{iθ} = cos θ + i sin θ"),
    ("Stokes' theorem", "∮ F·dr = ∬ (∇×F)·dS"),
    ("Rolle's theorem", "f(a)=f(b) implies f'(c)=0 for some c"),
    ("Gauss's lemma", "primitive polynomials multiply to primitive"),
    ("Noether's theorem", "symmetries give conserved quantities"),
    ("Lagrange's theorem", "the order of a subgroup divides the group order"),
]


def eponymous_theorem_notes(rng):
    b = B()
    b.t(
        f"Lecture {rng.randrange(1, 24)} — {pick(rng, ['Analysis I', 'Linear algebra', 'Probability', 'Vector calculus', 'Group theory'])}\n\n"
    )
    for nm, st in sample(rng, THEOREMS, rng.randrange(3, 6)):
        b.t(
            f"• {nm}: {st}.\n  Proof sketch: {pick(rng, ['induction on n', 'contradiction', 'apply the mean value theorem', 'expand both sides', 'use cosets'])}. "
            f"Exercise {rng.randrange(1, 12)}.{rng.randrange(1, 9)}.\n"
        )
    b.t("\nProblem sheet due next week; office hours Thursday.\n")
    return b


def radio_frequency_tables(rng):
    b = B()
    b.t("Channel plan\nCh | Frequency (MHz) | Mode | CTCSS (Hz) | Use\n")
    base = pick(rng, [446.00625, 156.050, 144.500, 433.075, 27.005])
    for i in range(rng.randrange(6, 14)):
        b.t(
            f"{i + 1:02d} | {base + i * pick(rng, [0.00625, 0.0125, 0.025]):.5f} | {pick(rng, ['FM', 'NFM', 'AM', 'DMR'])} | {pick(rng, ['67.0', '88.5', '110.9', '-'])} | "
            f"{pick(rng, ['calling', 'simplex', 'repeater input', 'event ops', 'marine working'])}\n"
        )
    b.t("\nPower limits per national licence-exempt rules.\n")
    return b


ETYM = [
    ("window", "from Old Norse vindauga, 'wind-eye'"),
    ("salary", "from Latin salarium, related to sal 'salt'"),
    ("muscle", "from Latin musculus 'little mouse'"),
    ("quarantine", "from Venetian quaranta giorni 'forty days'"),
    ("disaster", "from Italian disastro 'ill-starred'"),
    ("nice", "from Latin nescius 'ignorant'"),
    ("robot", "from Czech robota 'forced labour'"),
    ("algebra", "from Arabic al-jabr 'reunion of broken parts'"),
    ("kiosk", "via French from Turkish köşk 'pavilion'"),
    ("tea", "from Min Chinese tê"),
    ("shampoo", "from Hindi chāmpo 'press'"),
    ("avocado", "from Nahuatl āhuacatl"),
]


def etymology_entries(rng):
    b = B()
    b.t("Etymology notes\n\n")
    for w, e in sample(rng, ETYM, rng.randrange(4, 8)):
        b.t(f"{w} (n.) — {e}; first attested c. {rng.randrange(12, 19)}00s.\n")
    return b


GLYPHS = [
    ("U+0041", "A", "LATIN CAPITAL LETTER A"),
    ("U+00E9", "é", "LATIN SMALL LETTER E WITH ACUTE"),
    ("U+0416", "Ж", "CYRILLIC CAPITAL LETTER ZHE"),
    ("U+05D0", "א", "HEBREW LETTER ALEF"),
    ("U+0628", "ب", "ARABIC LETTER BEH"),
    ("U+0915", "क", "DEVANAGARI LETTER KA"),
    ("U+0E01", "ก", "THAI CHARACTER KO KAI"),
    ("U+1C5A", "ᱚ", "OL CHIKI LETTER LA"),
    ("U+1403", "ᐃ", "CANADIAN SYLLABICS I"),
    ("U+2D30", "ⴰ", "TIFINAGH LETTER YA"),
    ("U+4E2D", "中", "CJK UNIFIED IDEOGRAPH-4E2D"),
    ("U+AC00", "가", "HANGUL SYLLABLE GA"),
    ("U+3042", "あ", "HIRAGANA LETTER A"),
    ("U+10D0", "ა", "GEORGIAN LETTER AN"),
    ("U+0531", "Ա", "ARMENIAN CAPITAL LETTER AYB"),
]


def unicode_glyph_tables(rng):
    b = B()
    b.t("Code point | Glyph | Name | UTF-8\n")
    for cp, g, nm in sample(rng, GLYPHS, rng.randrange(6, 12)):
        b.t(f"{cp} | {g} | {nm} | {' '.join('%02X' % x for x in g.encode('utf-8'))}\n")
    b.t("\nFont coverage checked against the test sheet.\n")
    return b


PHRASES = [
    ("Hello", "Здравствуйте", "你好", "مرحبا", "नमस्ते"),
    ("Thank you", "Спасибо", "谢谢", "شكرا", "धन्यवाद"),
    ("Where is the station?", "Где вокзал?", "车站在哪里？", "أين المحطة؟", "स्टेशन कहाँ है?"),
    ("How much is it?", "Сколько стоит?", "多少钱？", "بكم هذا؟", "यह कितने का है?"),
    ("I don't understand", "Я не понимаю", "我不明白", "لا أفهم", "मैं नहीं समझता"),
    ("Good night", "Спокойной ночи", "晚安", "تصبح على خير", "शुभ रात्रि"),
    ("Help!", "Помогите!", "救命！", "النجدة!", "बचाओ!"),
    ("The bill, please", "Счёт, пожалуйста", "请结账", "الحساب من فضلك", "बिल दीजिए"),
]


def multilingual_phrasebooks(rng):
    b = B()
    b.t("Traveller's phrase card\nEnglish | Russian | Chinese | Arabic | Hindi\n")
    for row in sample(rng, PHRASES, rng.randrange(4, 8)):
        b.t(" | ".join(row) + "\n")
    b.t("\nPronunciation guides on the reverse.\n")
    return b


def growth_chart_reference_tables(rng):
    b = B()
    b.t(
        f"Reference growth table — {pick(rng, ['weight-for-age', 'length-for-age', 'head circumference'])} (population reference, not an individual)\n\nAge (months) | P3 | P15 | P50 | P85 | P97\n"
    )
    base = rng.uniform(2.5, 3.5)
    for m in range(0, rng.randrange(12, 25), rng.choice([1, 2, 3])):
        p50 = base + m * 0.45
        b.t(f"{m} | {p50 * 0.82:.1f} | {p50 * 0.9:.1f} | {p50:.1f} | {p50 * 1.1:.1f} | {p50 * 1.2:.1f}\n")
    b.t("\nValues in kg; percentiles from a multi-centre reference study.\n")
    return b


MENUS = [
    ("麻婆豆腐", "38"),
    ("宫保鸡丁", "42"),
    ("小笼包", "28"),
    ("ผัดไทย", "120"),
    ("ต้มยำกุ้ง", "180"),
    ("ส้มตำ", "80"),
    ("حمص", "25"),
    ("فلافل", "18"),
    ("شاورما دجاج", "35"),
    ("पनीर टिक्का", "240"),
    ("दाल मखनी", "210"),
    ("मसाला डोसा", "150"),
    ("味噌ラーメン", "980"),
    ("天ぷら定食", "1200"),
    ("비빔밥", "11000"),
    ("김치찌개", "9000"),
]


def restaurant_menus_native_script(rng):
    b = B()
    b.t(pick(rng, ["菜单 / MENU", "เมนู / MENU", "قائمة الطعام / MENU", "मेन्यू / MENU", "お品書き / MENU"]) + "\n\n")
    for nm, pr in sample(rng, MENUS, rng.randrange(6, 11)):
        b.t(f"{nm} .......... {pr}\n")
    b.t("\nPrices include service. Ask staff about allergens.\n")
    return b


KINDS = [
    (f.__name__, f)
    for f in [
        pet_adoption_listings,
        livestock_eartag_register,
        botanical_author_citations,
        music_opus_catalogues,
        art_auction_lots,
        philately_catalogue,
        ais_vessel_positions,
        notam_metar_bulletins,
        component_datasheets,
        cocktail_menu_eponyms,
        map_grid_references,
        colour_palette_specs,
        hiking_route_guides,
        tournament_brackets,
        swift_bic_directory,
        nutrition_labels,
        airport_code_tables,
        dog_show_results,
        eponymous_theorem_notes,
        radio_frequency_tables,
        etymology_entries,
        unicode_glyph_tables,
        multilingual_phrasebooks,
        growth_chart_reference_tables,
        restaurant_menus_native_script,
    ]
]
