"""Register 5: web-form tips in twenty language varieties (written natively)."""

from __future__ import annotations

import datetime as dt
import random

from common import (
    F,
    Doc,
    ar_cuil,
    ar_dni,
    at_svnr,
    be_rrn,
    ca_sin_num,
    ch_ahv,
    digits,
    dk_cprnr,
    eg_national_id,
    il_ps_id,
    ipv4,
    letters,
    mx_curp_num,
    no_fodselsnr,
    phone,
    pick,
    pt_cc_num,
    pt_nif_num,
    rand_date,
    scot_chi,
    se_personnr,
    sg_nric,
    tw_id,
)

REGISTER = "world_tips_g"
AR_DIGITS = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")


def sus_rep(rng, suspects, pool):
    """A (male) suspect and a different reporter."""
    a = pick(rng, suspects)
    b = pick(rng, [x for x in pool if x != a])
    return a, b


def form(d, rows):
    for lab, val in rows:
        d.add(F(f"{lab}: [[v]]\n", v=val))


def age_for(dob, ref=dt.date(2025, 3, 1)):
    return ref.year - dob.year - ((ref.month, ref.day) < (dob.month, dob.day))


# ----------------------------------------------------------------------------- 1 Swiss German
def v_gsw(rng, v):
    names = [
        "Beat Zürcher",
        "Nicole Ammann",
        "Dragan Petrović",
        "Shpresa Krasniqi",
        "Luca Bernasconi",
        "Yusuf Demir",
        "Chantal Rüegg",
        "Thanh Nguyen",
        "Jolanda Wüthrich",
        "Tenzin Dolma",
    ]
    towns = [
        ("Wädenswil", "8820"),
        ("Uster", "8610"),
        ("Dietikon", "8953"),
        ("Langnau im Emmental", "3550"),
        ("Burgdorf", "3400"),
        ("Thun", "3600"),
        ("Köniz", "3098"),
        ("Wetzikon", "8620"),
    ]
    sus, rep = sus_rep(rng, ["Beat Zürcher", "Dragan Petrović", "Luca Bernasconi", "Yusuf Demir"], names)
    town, plz = pick(rng, towns)
    street = (
        f"{pick(rng, ['Bahnhofstrasse', 'Dorfstrasse', 'Seestrasse', 'Chilegass', 'Mattenweg'])} {rng.randint(1, 90)}"
    )
    kid, kid_age = pick(rng, ["d Lea", "de Jonas", "d Aylin", "de Noah"]), rng.randint(8, 14)
    plate = f"{pick(rng, ['ZH', 'BE'])} {rng.randint(10, 999)} {digits(rng, 3)}"
    d = Doc()
    if v % 2 == 0:
        d.f(
            "Grüezi mitenand\n\nIch mäld mich wäge em [[s]], dä wohnt a de [[a]]. Er schribt mim Chind ([[k]], [[ka]]-jährig) "
            "sit Wuche uf Snapchat und wott sich am Bahnhof [[t]] träffe. Er fahrt en wisse Golf, Nummere [[p]]. ",
            s=(sus, "PERSON"),
            a=(f"{street}, {plz} {town}", "STREET_ADDRESS"),
            k=kid,
            ka=(str(kid_age), "MINOR_AGE"),
            t=(town, "LOCATION"),
            p=(plate, "VEHICLE_PLATE"),
        )
        if rng.random() < 0.6:
            d.f("Sis Handy isch [[ph]]. ", ph=(phone(rng, "CH", "mobile", "national"), "PHONE_NUMBER"))
        d.f(
            "Bitte mäldet öich bi mir, [[r]], [[rp]].\nMerci vilmal\n",
            r=(rep, "PERSON"),
            rp=(phone(rng, "CH", "mobile", pick(rng, ["national", "intl"])), "PHONE_NUMBER"),
        )
    else:
        form(
            d,
            [
                ("Name", (rep, "PERSON")),
                ("E-Mail", (f"{rep.split()[0].lower()}.{digits(rng, 2)}@bluewin.ch", "EMAIL_ADDRESS")),
                ("AHV-Nr.", (ch_ahv(rng), "NATIONAL_ID")),
                ("Wohnort", (town, "LOCATION")),
            ],
        )
        d.f(
            "Mitteilig: Öpper mit em Profil [[u]] verschickt Föteli vo Chind. Ich weiss nöd wer, aber d IP us em Chat isch [[ip]].\n",
            u=(f"{sus.split()[0].lower()}_{digits(rng, 3)}", "USERNAME"),
            ip=(ipv4(rng), "IP_ADDRESS"),
        )
    return d


# ----------------------------------------------------------------------------- 2 Austrian German
def v_at(rng, v):
    names = [
        "Gerald Pichler",
        "Manuela Hofbauer",
        "Mehmet Yıldız",
        "Jelena Marković",
        "Florian Gruber",
        "Ewa Nowak",
        "Hannes Leitner",
        "Ana Kovačević",
        "Wolfgang Steiner",
        "Amira Haidari",
    ]
    towns = [
        ("Wiener Neustadt", "2700"),
        ("Leoben", "8700"),
        ("Wels", "4600"),
        ("Dornbirn", "6850"),
        ("Zwettl", "3910"),
        ("Bad Ischl", "4820"),
        ("Villach", "9500"),
        ("Wien", "1100"),
    ]
    sus, rep = sus_rep(
        rng, ["Gerald Pichler", "Mehmet Yıldız", "Florian Gruber", "Hannes Leitner", "Wolfgang Steiner"], names
    )
    town, plz = pick(rng, towns)
    street = pick(
        rng,
        [
            f"Hauptplatz {rng.randint(1, 30)}",
            f"Favoritenstraße {rng.randint(10, 200)}/{rng.randint(1, 9)}/{rng.randint(1, 20)}",
            f"Linzer Straße {rng.randint(1, 120)}",
            f"Kirchengasse {rng.randint(1, 40)}",
        ],
    )
    dob = rand_date(rng, 1965, 1998)
    plate = f"{pick(rng, ['W', 'L', 'G', 'WN', 'VB', 'DO', 'KL'])}-{rng.randint(1, 999)} {letters(rng, 2)}"
    d = Doc()
    if v % 2 == 0:
        d.f(
            "Servus,\nich möcht was melden, weil ma des ka Ruh lasst. Der [[s]] ([[a]]) aus [[t]] schreibt heuer seit Jänner "
            "dem Buben von meiner Schwester ([[k]] Jahr alt) auf Instagram, schickt ihm Geld und will ihn im Auto mitnehmen. "
            "Kennzeichen [[p]], silberner Skoda. ",
            s=(sus, "PERSON"),
            a=(str(age_for(dob)), "AGE"),
            t=(town, "LOCATION"),
            k=(str(rng.randint(10, 13)), "MINOR_AGE"),
            p=(plate, "VEHICLE_PLATE"),
        )
        d.f(
            "Er wohnt glaub ich [[ad]]. Meine Nummer: [[ph]]. Lg [[r]]\n",
            ad=(f"{street}, {plz} {town}", "STREET_ADDRESS"),
            ph=(phone(rng, "AT", "mobile", "national"), "PHONE_NUMBER"),
            r=(rep.split()[0], "PERSON"),
        )
    else:
        form(
            d,
            [
                ("Meldende Person", (rep, "PERSON")),
                ("Telefon", (phone(rng, "AT", "mobile", "intl"), "PHONE_NUMBER")),
                ("Verdächtige Person", (sus, "PERSON")),
                ("Geburtsdatum", (dob.strftime("%d.%m.%Y"), "DATE_OF_BIRTH")),
                ("SV-Nummer (falls bekannt)", (at_svnr(rng, dob), "NATIONAL_ID")),
                ("Adresse", (f"{street}, {plz} {town}", "STREET_ADDRESS")),
            ],
        )
        d.add("Sachverhalt: Fotos von Kindern in einer WhatsApp-Gruppe, Details telefonisch.\n")
    return d


# ----------------------------------------------------------------------------- 3 Swiss French
def v_frch(rng, v):
    names = [
        "Sébastien Rochat",
        "Mélanie Perrin",
        "Kevin Da Silva",
        "Fatou Diop",
        "Olivier Monnier",
        "Elodie Gaillard",
        "Blerim Berisha",
        "Anne-Laure Chappuis",
        "Mathieu Favre",
        "Leila Ben Salah",
    ]
    towns = [
        ("Yverdon-les-Bains", "1400"),
        ("Morges", "1110"),
        ("Bulle", "1630"),
        ("Delémont", "2800"),
        ("Sion", "1950"),
        ("Martigny", "1920"),
        ("Nyon", "1260"),
        ("Porrentruy", "2900"),
    ]
    sus, rep = sus_rep(
        rng, ["Sébastien Rochat", "Kevin Da Silva", "Olivier Monnier", "Blerim Berisha", "Mathieu Favre"], names
    )
    town, npa = pick(rng, towns)
    street = (
        f"{pick(rng, ['Rue du Lac', 'Chemin des Vignes', 'Avenue de la Gare', 'Rue du Bourg'])} {rng.randint(1, 80)}"
    )
    plate = f"{pick(rng, ['VD', 'FR', 'VS', 'JU', 'GE'])} {rng.randint(1000, 999999)}"
    age = rng.randint(28, 61)
    d = Doc()
    if v % 2 == 0:
        d.f(
            "Bonjour,\nJe vous écris parce que ma fille de [[k]] ans reçoit des messages d'un certain [[s]] sur son natel. "
            "Il dit avoir septante-deux amis en commun avec elle, ce qui est impossible. Il aurait environ [[a]] ans et "
            "habite vers [[t]]. Il roule avec une voiture grise plaquée [[p]]. ",
            k=(str(rng.randint(11, 15)), "MINOR_AGE"),
            s=(sus, "PERSON"),
            a=(str(age), "AGE"),
            t=(town, "LOCATION"),
            p=(plate, "VEHICLE_PLATE"),
        )
        d.f(
            "Vous pouvez me joindre au [[ph]] ou à [[e]].\nMeilleures salutations, [[r]]\n[[ad]]\n",
            ph=(phone(rng, "CH", "mobile", "national"), "PHONE_NUMBER"),
            e=(f"{rep.split()[0].lower().replace('é', 'e')}.{rep.split()[-1].lower()}@romandie.com", "EMAIL_ADDRESS"),
            r=(rep, "PERSON"),
            ad=(f"{street}, {npa} {town}", "STREET_ADDRESS"),
        )
    else:
        form(
            d,
            [
                ("Nom / prénom", (rep, "PERSON")),
                ("No AVS", (ch_ahv(rng), "NATIONAL_ID")),
                ("Natel", (phone(rng, "CH", "mobile", "intl"), "PHONE_NUMBER")),
                ("Localité", (town, "LOCATION")),
            ],
        )
        d.f(
            "Message : le compte [[u]] publie des photos d'enfants au bord du lac, nonante photos au moins.\n",
            u=(f"{sus.split()[-1].lower()}{digits(rng, 2)}", "USERNAME"),
        )
    return d


# ----------------------------------------------------------------------------- 4 Ticino Italian
def v_itch(rng, v):
    names = [
        "Giorgio Bernasconi",
        "Michela Gianinazzi",
        "Davide Cattaneo",
        "Ardita Hoxha",
        "Sara Pedrazzini",
        "Marco Lurati",
        "Nadia Ferreira",
        "Ivan Tognola",
        "Lorena Quadri",
        "Samuel Okoro",
    ]
    towns = [
        ("Bellinzona", "6500"),
        ("Mendrisio", "6850"),
        ("Chiasso", "6830"),
        ("Locarno", "6600"),
        ("Biasca", "6710"),
        ("Giubiasco", "6512"),
        ("Airolo", "6780"),
        ("Losone", "6616"),
    ]
    sus, rep = sus_rep(
        rng, ["Giorgio Bernasconi", "Davide Cattaneo", "Marco Lurati", "Ivan Tognola", "Samuel Okoro"], names
    )
    town, cap = pick(rng, towns)
    street = (
        f"{pick(rng, ['Via Cantonale', 'Via San Gottardo', 'Via Lavizzari', 'Piazza Collegiata'])} {rng.randint(1, 60)}"
    )
    d = Doc()
    if v % 2 == 0:
        d.f(
            "Buongiorno, segnalo un uomo, [[s]], che gira col furgone [[p]] davanti alle scuole medie di [[t]]. "
            "Ha dato il suo natel ([[ph]]) a due ragazze di [[k]] anni e le ha invitate a casa sua in [[ad]]. ",
            s=(sus, "PERSON"),
            p=(f"TI {rng.randint(1000, 299999)}", "VEHICLE_PLATE"),
            t=(town, "LOCATION"),
            ph=(phone(rng, "CH", "mobile", "national"), "PHONE_NUMBER"),
            k=(str(rng.randint(12, 14)), "MINOR_AGE"),
            ad=(f"{street}, {cap} {town}", "STREET_ADDRESS"),
        )
        d.f(
            "Ho visto la sua licenza di condurre quando l'ha persa all'azione della Migros. Saluti, [[r]]\n",
            r=(rep, "PERSON"),
        )
    else:
        form(
            d,
            [
                ("Segnalante", (rep, "PERSON")),
                ("Numero AVS", (ch_ahv(rng), "NATIONAL_ID")),
                ("E-mail", (f"{rep.split()[-1].lower()}.{digits(rng, 3)}@ticino.com", "EMAIL_ADDRESS")),
            ],
        )
        d.f(
            "Descrizione: profilo [[u]], dice di abitare a [[t]], chiede foto a mia nipote.\n",
            u=(f"{sus.split()[0].lower()}.{town.lower()[:3]}{digits(rng, 2)}", "USERNAME"),
            t=(town, "LOCATION"),
        )
    return d


# ----------------------------------------------------------------------------- 5 Flemish
def v_vls(rng, v):
    names = [
        "Jens Vermeulen",
        "Lotte De Smet",
        "Mohamed El Idrissi",
        "Kimberly Van den Broeck",
        "Stijn Claes",
        "Ilse Goossens",
        "Yannick Mertens",
        "Ayşe Çelik",
        "Dirk Peeters",
        "Patrycja Nowicka",
    ]
    towns = [
        ("Aalst", "9300"),
        ("Roeselare", "8800"),
        ("Lier", "2500"),
        ("Geel", "2440"),
        ("Tienen", "3300"),
        ("Ninove", "9400"),
        ("Genk", "3600"),
        ("Poperinge", "8970"),
    ]
    sus, rep = sus_rep(
        rng, ["Jens Vermeulen", "Mohamed El Idrissi", "Stijn Claes", "Yannick Mertens", "Dirk Peeters"], names
    )
    town, pc = pick(rng, towns)
    street = f"{pick(rng, ['Stationsstraat', 'Kerkstraat', 'Molenstraat', 'Dorpsplein'])} {rng.randint(1, 140)}{pick(rng, ['', ' bus 2', ' bus 11'])}"
    dob = rand_date(rng, 1960, 1999)
    d = Doc()
    if v % 2 == 0:
        d.f(
            "Goeiendag, amai, ik weet ni goed waar da ik dit moet melden. Ne gast, [[s]], woont bij ons in de straat "
            "([[ad]]) en die zit heel den dag met kindjes te chatten op Roblox. Mijn zoon van [[k]] jaar kreeg van hem ne "
            "cadeaubon. Da's toch ni normaal? ",
            s=(sus, "PERSON"),
            ad=(f"{street}, {pc} {town}", "STREET_ADDRESS"),
            k=(str(rng.randint(8, 12)), "MINOR_AGE"),
        )
        d.f(
            "Zijn auto: [[p]]. Ge kunt mij bellen op [[ph]]. Groetjes, [[r]]\n",
            p=(f"{rng.randint(1, 2)}-{letters(rng, 3)}-{digits(rng, 3)}", "VEHICLE_PLATE"),
            ph=(phone(rng, "BE", "mobile", "national"), "PHONE_NUMBER"),
            r=(rep.split()[0], "PERSON"),
        )
    else:
        form(
            d,
            [
                ("Naam melder", (rep, "PERSON")),
                ("Rijksregisternummer", (be_rrn(rng, dob), "NATIONAL_ID")),
                ("Geboortedatum", (dob.strftime("%d/%m/%Y"), "DATE_OF_BIRTH")),
                ("Gemeente", (town, "LOCATION")),
                ("Gsm", (phone(rng, "BE", "mobile", "national"), "PHONE_NUMBER")),
            ],
        )
        d.add("Melding: verdachte foto's in een groepschat van de voetbalclub, ik heb screenshots.\n")
    return d


# ----------------------------------------------------------------------------- 6 Quebec French
def v_qc(rng, v):
    names = [
        "Steve Tremblay",
        "Marie-Ève Gagnon",
        "Jean-François Bouchard",
        "Nadia Lévesque",
        "Kevin Côté",
        "Mélissa Bergeron",
        "Wilson Pierre-Louis",
        "Thi Hoa Tran",
        "Sylvain Pelletier",
        "Amélie Ouellet",
    ]
    towns = [
        ("Trois-Rivières", "G9A"),
        ("Saguenay", "G7H"),
        ("Rimouski", "G5L"),
        ("Drummondville", "J2B"),
        ("Saint-Hyacinthe", "J2S"),
        ("Gatineau", "J8Y"),
        ("Sherbrooke", "J1H"),
        ("Val-d'Or", "J9P"),
    ]
    sus, rep = sus_rep(
        rng,
        ["Steve Tremblay", "Jean-François Bouchard", "Kevin Côté", "Wilson Pierre-Louis", "Sylvain Pelletier"],
        names,
    )
    town, fsa = pick(rng, towns)
    pc = f"{fsa} {rng.randint(1, 9)}{letters(rng, 1)}{rng.randint(1, 9)}"
    addr = f"{rng.randint(100, 4999)}, {pick(rng, ['rue Principale', 'boul. des Forges', 'rue Saint-Jean', 'rang du Petit-Bois'])}, {town} (Québec) {pc}"
    dob = rand_date(rng, 1970, 2000)
    sl = sus.split()[-1].upper().replace("É", "E").replace("Ô", "O").replace("-", "")
    ramq = f"{sl[:3]}{sus[0]} {dob.strftime('%y')}{dob.month + (50 if rng.random() < 0.5 else 0):02d} {dob.day:02d}{digits(rng, 2)}"
    d = Doc()
    if v % 2 == 0:
        d.f(
            "Allô, j'veux faire un signalement. Le chum de ma voisine, [[s]], y'a genre [[a]] ans, pis y passe ses soirées "
            "au dépanneur à jaser avec des p'tites filles de [[k]]-[[k2]] ans. Y leur donne des lifts dans son char, un "
            "Silverado noir, plaque [[p]]. ",
            s=(sus, "PERSON"),
            a=(str(age_for(dob)), "AGE"),
            k=(str(rng.randint(11, 12)), "MINOR_AGE"),
            k2=(str(rng.randint(13, 14)), "MINOR_AGE"),
            p=(f"{letters(rng, 1)}{digits(rng, 2)} {letters(rng, 3)}", "VEHICLE_PLATE"),
        )
        d.f(
            "Y reste au [[ad]]. Vous pouvez m'appeler tantôt au [[ph]]. [[r]]\n",
            ad=(addr, "STREET_ADDRESS"),
            ph=(phone(rng, "CA", "mobile", "national"), "PHONE_NUMBER"),
            r=(rep, "PERSON"),
        )
    else:
        form(
            d,
            [
                ("Nom du suspect", (sus, "PERSON")),
                ("Date de naissance", (dob.strftime("%Y-%m-%d"), "DATE_OF_BIRTH")),
                ("NAS", (ca_sin_num(rng), "NATIONAL_ID")),
                ("No d'assurance maladie", (ramq, "NATIONAL_ID")),
                ("Ville", (town, "LOCATION")),
            ],
        )
        d.add("Détails : j'ai trouvé ses papiers dans le char de mon ex, c'est lui qui envoie les photos.\n")
    return d


# ----------------------------------------------------------------------------- 7 Norwegian Bokmål
def v_nb(rng, v):
    names = [
        "Kristoffer Haugen",
        "Ingrid Solberg",
        "Ahmed Warsame",
        "Silje Bakke",
        "Tor Einar Lunde",
        "Marta Kowalska",
        "Jonas Berntsen",
        "Aisha Rahimi",
        "Per-Ivar Nilsen",
        "Linh Pham",
    ]
    towns = [
        ("Lillehammer", "2609"),
        ("Kongsberg", "3616"),
        ("Steinkjer", "7725"),
        ("Harstad", "9406"),
        ("Gjøvik", "2815"),
        ("Molde", "6413"),
        ("Alta", "9510"),
        ("Førde", "6800"),
    ]
    sus, rep = sus_rep(
        rng, ["Kristoffer Haugen", "Ahmed Warsame", "Tor Einar Lunde", "Jonas Berntsen", "Per-Ivar Nilsen"], names
    )
    town, pnr = pick(rng, towns)
    dob = rand_date(rng, 1968, 2001)
    d = Doc()
    if v % 2 == 0:
        d.f(
            "Hei. Jeg vil tipse om en mann som heter [[s]]. Han er [[a]] år og bor i [[ad]]. Han har lagt ut bilder av "
            "jenter på [[k]] år fra idrettslaget i [[t]]s Facebook-gruppe. Bilen hans er en blå Tesla, [[p]]. ",
            s=(sus, "PERSON"),
            a=(str(age_for(dob)), "AGE"),
            ad=(
                f"{pick(rng, ['Storgata', 'Kirkeveien', 'Fjordgata', 'Bjørkelia'])} {rng.randint(1, 60)}, {pnr} {town}",
                "STREET_ADDRESS",
            ),
            k=(str(rng.randint(9, 13)), "MINOR_AGE"),
            t=(town, "LOCATION"),
            p=(f"{letters(rng, 2)} {digits(rng, 5)}", "VEHICLE_PLATE"),
        )
        d.f(
            "Ring meg gjerne på [[ph]]. Mvh [[r]]\n",
            ph=(phone(rng, "NO", "mobile", "national"), "PHONE_NUMBER"),
            r=(rep, "PERSON"),
        )
    else:
        form(
            d,
            [
                ("Navn", (sus, "PERSON")),
                ("Fødselsnummer", (no_fodselsnr(rng, dob), "NATIONAL_ID")),
                ("Brukernavn", (f"{sus.split()[0].lower()}{dob.strftime('%y')}", "USERNAME")),
                ("Tipser e-post", (f"{rep.split()[0].lower()}.{digits(rng, 2)}@online.no", "EMAIL_ADDRESS")),
            ],
        )
        d.add("Beskrivelse: Han sender meldinger til barn på Snapchat om natta.\n")
    return d


# ----------------------------------------------------------------------------- 8 Swedish
def v_sv(rng, v):
    names = [
        "Johan Lindqvist",
        "Elin Sjöberg",
        "Mustafa Hassan",
        "Frida Nyström",
        "Niklas Bergman",
        "Sara Abdi",
        "Mikael Öberg",
        "Ebba Wallin",
        "Goran Ilić",
        "Hanna Karlsson",
    ]
    towns = [
        ("Borlänge", "781 70"),
        ("Skellefteå", "931 30"),
        ("Växjö", "352 30"),
        ("Eskilstuna", "632 20"),
        ("Kiruna", "981 31"),
        ("Trollhättan", "461 30"),
        ("Ystad", "271 39"),
        ("Sollefteå", "881 30"),
    ]
    sus, rep = sus_rep(
        rng, ["Johan Lindqvist", "Mustafa Hassan", "Niklas Bergman", "Mikael Öberg", "Goran Ilić"], names
    )
    town, pnr = pick(rng, towns)
    dob = rand_date(rng, 1966, 2000)
    d = Doc()
    if v % 2 == 0:
        d.f(
            "Hej! Jag vill tipsa om [[s]], [[a]] år, som jobbar som tränare i [[t]]. Han har skickat sms till min dotter "
            "([[k]] år) och frågat om bilder. Hans nummer är [[ph]]. ",
            s=(sus, "PERSON"),
            a=(str(age_for(dob)), "AGE"),
            t=(town, "LOCATION"),
            k=(str(rng.randint(11, 14)), "MINOR_AGE"),
            ph=(phone(rng, "SE", "mobile", "national"), "PHONE_NUMBER"),
        )
        d.f(
            "Han kör en vit Volvo med reg.nr [[p]] och bor på [[ad]].\nMvh [[r]]\n",
            p=(f"{letters(rng, 3)} {digits(rng, 2)}{pick(rng, [digits(rng, 1), letters(rng, 1)])}", "VEHICLE_PLATE"),
            ad=(
                f"{pick(rng, ['Storgatan', 'Järnvägsgatan', 'Skolvägen', 'Björkvägen'])} {rng.randint(1, 40)} {pick(rng, ['', 'B'])}".rstrip()
                + f", {pnr} {town}",
                "STREET_ADDRESS",
            ),
            r=(rep.split()[0], "PERSON"),
        )
    else:
        form(
            d,
            [
                ("Namn", (rep, "PERSON")),
                ("Personnummer", (se_personnr(rng, dob), "NATIONAL_ID")),
                ("Ort", (town, "LOCATION")),
                ("Tipset gäller användare", (f"{sus.split()[0].lower()}_{digits(rng, 4)}", "USERNAME")),
            ],
        )
        d.add("Meddelande: Kontot delar länkar till en grupp med bilder på barn.\n")
    return d


# ----------------------------------------------------------------------------- 9 Danish
def v_da(rng, v):
    names = [
        "Mads Kjærgaard",
        "Louise Holm",
        "Rasmus Thygesen",
        "Fatima Yousef",
        "Jannik Østergaard",
        "Camilla Juhl",
        "Henrik Dalsgaard",
        "Mia Frederiksen",
        "Emre Aslan",
        "Signe Bach",
    ]
    towns = [
        ("Herning", "7400"),
        ("Svendborg", "5700"),
        ("Hjørring", "9800"),
        ("Næstved", "4700"),
        ("Esbjerg", "6700"),
        ("Viborg", "8800"),
        ("Skive", "7800"),
        ("Haderslev", "6100"),
    ]
    sus, rep = sus_rep(
        rng, ["Mads Kjærgaard", "Rasmus Thygesen", "Jannik Østergaard", "Henrik Dalsgaard", "Emre Aslan"], names
    )
    town, pnr = pick(rng, towns)
    dob = rand_date(rng, 1965, 2000)
    d = Doc()
    if v % 2 == 0:
        d.f(
            "Hej. Jeg vil gerne anmelde [[s]] fra [[t]]. Han skriver til drenge på [[k]] år i et Discord-chatrum og "
            "tilbyder penge for billeder. Han bor på [[ad]] og kører en sort Passat, [[p]]. ",
            s=(sus, "PERSON"),
            t=(town, "LOCATION"),
            k=(str(rng.randint(12, 15)), "MINOR_AGE"),
            ad=(
                f"{pick(rng, ['Vestergade', 'Nørregade', 'Skolevej', 'Søndergade'])} {rng.randint(1, 90)}, {rng.randint(1, 4)}. {pick(rng, ['tv', 'th', 'mf'])}., {pnr} {town}",
                "STREET_ADDRESS",
            ),
            p=(f"{letters(rng, 2)} {digits(rng, 2)} {digits(rng, 3)}", "VEHICLE_PLATE"),
        )
        d.f(
            "Min mail er [[e]]. Venlig hilsen [[r]]\n",
            e=(f"{rep.split()[0].lower().replace('ø', 'oe')}{digits(rng, 2)}@mail.dk", "EMAIL_ADDRESS"),
            r=(rep, "PERSON"),
        )
    else:
        form(
            d,
            [
                ("Navn på den mistænkte", (sus, "PERSON")),
                ("CPR-nr.", (dk_cprnr(rng, dob), "NATIONAL_ID")),
                ("Mobil", (phone(rng, "DK", "mobile", "national"), "PHONE_NUMBER")),
            ],
        )
        d.add("Beskrivelse: se vedhæftede skærmbilleder.\n")
    return d


# ----------------------------------------------------------------------------- 10 European Portuguese
def v_pt(rng, v):
    names = [
        "Rui Figueiredo",
        "Ana Catarina Lopes",
        "Hélder Pinto",
        "Mariana Sousa",
        "Nuno Teixeira",
        "Aissatu Baldé",
        "Vítor Moreira",
        "Joana Antunes",
        "Ravi Patel",
        "Sónia Fonseca",
    ]
    towns = [
        ("Barcelos", "4750"),
        ("Viseu", "3500"),
        ("Portimão", "8500"),
        ("Setúbal", "2900"),
        ("Guimarães", "4800"),
        ("Bragança", "5300"),
        ("Almada", "2800"),
        ("Torres Vedras", "2560"),
    ]
    sus, rep = sus_rep(rng, ["Rui Figueiredo", "Hélder Pinto", "Nuno Teixeira", "Vítor Moreira", "Ravi Patel"], names)
    town, cp = pick(rng, towns)
    addr = f"Rua {pick(rng, ['Dr. Manuel de Arriaga', 'da Liberdade', 'do Souto', 'Cândido dos Reis'])}, n.º {rng.randint(1, 200)}, {rng.randint(1, 5)}.º {pick(rng, ['Esq.', 'Dto.'])}, {cp}-{digits(rng, 3)} {town}"
    d = Doc()
    if v % 2 == 0:
        d.f(
            "Boa tarde. Estou a escrever porque um senhor chamado [[s]] anda a mandar mensagens ao meu miúdo de [[k]] anos "
            "pelo telemóvel. O número dele é [[ph]]. Diz que é treinador em [[t]] e que lhe paga o autocarro. ",
            s=(sus, "PERSON"),
            k=(str(rng.randint(10, 13)), "MINOR_AGE"),
            ph=(phone(rng, "PT", "mobile", "national"), "PHONE_NUMBER"),
            t=(town, "LOCATION"),
        )
        d.f(
            "Mora na [[ad]] e tem um carro com a matrícula [[p]]. Cumprimentos, [[r]]\n",
            ad=(addr, "STREET_ADDRESS"),
            p=(f"{letters(rng, 2)}-{digits(rng, 2)}-{letters(rng, 2)}", "VEHICLE_PLATE"),
            r=(rep, "PERSON"),
        )
    else:
        form(
            d,
            [
                ("Nome", (rep, "PERSON")),
                ("NIF", (pt_nif_num(rng), "NATIONAL_ID")),
                ("Cartão de Cidadão", (pt_cc_num(rng), "NATIONAL_ID")),
                ("Localidade", (town, "LOCATION")),
            ],
        )
        d.f(
            "Descrição: o utilizador [[u]] partilha fotografias de crianças num grupo de Telegram.\n",
            u=(f"{sus.split()[0].lower().replace('é', 'e')}{digits(rng, 3)}", "USERNAME"),
        )
    return d


# ----------------------------------------------------------------------------- 11 Rioplatense Spanish
def v_ar(rng, v):
    names = [
        ("Matías", "Fernández", False),
        ("Lucía", "Giménez", True),
        ("Facundo", "Romero", False),
        ("Florencia", "Benítez", True),
        ("Hernán", "Kowalczuk", False),
        ("Yamila", "Choque", True),
        ("Gastón", "Sosa", False),
        ("Daiana", "Ledesma", True),
        ("Nahuel", "Quispe", False),
        ("Rocío", "Acuña", True),
    ]
    towns = ["Quilmes", "Rosario", "Bahía Blanca", "Mar del Plata", "Tandil", "Neuquén", "Lanús", "Paraná"]
    (sf, sl, sfem), (rf, rl, rfem) = sus_rep(rng, [n for n in names if not n[-1]], names)
    town = pick(rng, towns)
    d = Doc()
    if v % 2 == 0:
        d.f(
            "Hola, che, les escribo porque un tipo, [[s]], le está mandando audios a mi sobrina de [[k]] por Instagram. "
            "Vos fijate que le dice que si no le manda fotos las va a subir. El pibe vive en [[t]], labura en una "
            "remisería y tiene un Corsa [[p]]. ",
            s=(f"{sf} {sl}", "PERSON"),
            k=(str(rng.randint(12, 15)), "MINOR_AGE"),
            t=(town, "LOCATION"),
            p=(f"{letters(rng, 2)} {digits(rng, 3)} {letters(rng, 2)}", "VEHICLE_PLATE"),
        )
        d.f(
            "Su celu es [[ph]]. Si necesitás algo más, escribime a [[e]]. [[r]]\n",
            ph=(phone(rng, "AR", "mobile", pick(rng, ["intl", "national"])), "PHONE_NUMBER"),
            e=(
                f"{rf.lower().replace('í', 'i').replace('ú', 'u')}.{rl.lower().replace('í', 'i').replace('é', 'e').replace('ñ', 'n')}@hotmail.com.ar",
                "EMAIL_ADDRESS",
            ),
            r=(rf, "PERSON"),
        )
    else:
        form(
            d,
            [
                ("Denunciante", (f"{rf} {rl}", "PERSON")),
                ("DNI", (ar_dni(rng), "NATIONAL_ID")),
                ("CUIL", (ar_cuil(rng, rfem), "NATIONAL_ID")),
                (
                    "Domicilio",
                    (
                        f"Av. San Martín {rng.randint(100, 4000)}, piso {rng.randint(1, 9)} dto. {letters(rng, 1, 'ABCD')}, {town}",
                        "STREET_ADDRESS",
                    ),
                ),
            ],
        )
        d.f(
            "Denuncia: [[s]] sube fotos de nenas del club a un grupo. Tenés que ver los comentarios.\n",
            s=(f"{sf} {sl}", "PERSON"),
        )
    return d


# ----------------------------------------------------------------------------- 12 Mexican Spanish
def v_mx(rng, v):
    names = [
        ("José Luis", "Hernández", "Ramírez", False),
        ("Guadalupe", "Martínez", "Cruz", True),
        ("Brayan", "Gutiérrez", "Soto", False),
        ("Itzel", "Pérez", "Mendoza", True),
        ("Rigoberto", "Navarro", "López", False),
        ("Xóchitl", "Ramos", "Vázquez", True),
        ("Kevin", "Morales", "Díaz", False),
        ("Fernanda", "Castillo", "Ruiz", True),
    ]
    towns = [
        ("Tlaquepaque", "Jalisco", "JC"),
        ("Zapopan", "Jalisco", "JC"),
        ("Tehuacán", "Puebla", "PL"),
        ("Irapuato", "Guanajuato", "GT"),
        ("Culiacán", "Sinaloa", "SL"),
        ("Mérida", "Yucatán", "YN"),
        ("Ecatepec", "Edo. de México", "MC"),
        ("Tuxtla Gutiérrez", "Chiapas", "CS"),
    ]
    (sf, sp, sm, sfem), (rf, rp, rm, rfem) = sus_rep(rng, [n for n in names if not n[-1]], names)
    town, st, code = pick(rng, towns)
    dob = rand_date(rng, 1970, 2002)
    d = Doc()
    if v % 2 == 0:
        d.f(
            "Buenas, quiero denunciar a un güey que se llama [[s]]. Neta está bien raro: le manda mensajes a mi prima de "
            "[[k]] años y le ofrece chamba de modelo. Vive en [[ad]]. Su cel: [[ph]]. ",
            s=(f"{sf} {sp}", "PERSON"),
            k=(str(rng.randint(13, 16)), "MINOR_AGE"),
            ad=(
                f"Calle {pick(rng, ['Hidalgo', 'Morelos', 'Independencia', 'Niños Héroes'])} {rng.randint(10, 900)}, Col. {pick(rng, ['Centro', 'Las Huertas', 'El Mirador'])}, C.P. {digits(rng, 5)}, {town}, {st}",
                "STREET_ADDRESS",
            ),
            ph=(phone(rng, "MX", "mobile", pick(rng, ["intl", "national"])), "PHONE_NUMBER"),
        )
        d.f(
            "Anda en una camioneta roja con placas [[p]]. Gracias, [[r]].\n",
            p=(f"{letters(rng, 3)}-{digits(rng, 3)}-{letters(rng, 1)}", "VEHICLE_PLATE"),
            r=(rf, "PERSON"),
        )
    else:
        form(
            d,
            [
                ("Nombre del denunciado", (f"{sf} {sp} {sm}", "PERSON")),
                ("CURP", (mx_curp_num(rng, sf.split()[0], sp, sm, dob, sfem, code), "NATIONAL_ID")),
                ("Fecha de nacimiento", (dob.strftime("%d/%m/%Y"), "DATE_OF_BIRTH")),
                ("Municipio", (town, "LOCATION")),
            ],
        )
        d.add("Hechos: lo vi en el camión grabando a unas chavitas de secundaria.\n")
    return d


# ----------------------------------------------------------------------------- 13 Egyptian Arabic
def v_eg(rng, v):
    names = [
        ("محمود عبد الرحمن", False),
        ("منى السيد", True),
        ("كيرلس نبيل", False),
        ("مريم جرجس", True),
        ("أحمد فتحي", False),
        ("هبة مصطفى", True),
        ("عمرو الشناوي", False),
        ("ياسمين عادل", True),
    ]
    towns = ["شبرا الخيمة", "المنصورة", "طنطا", "أسيوط", "الزقازيق", "بنها", "دمياط", "المنيا"]
    (sus, sfem), (rep, rfem) = sus_rep(rng, [n for n in names if not n[-1]], names)
    town = pick(rng, towns)
    dob = rand_date(rng, 1972, 2001)
    d = Doc()
    if v % 2 == 0:
        d.f(
            "السلام عليكم، أنا عايز أبلغ عن واحد اسمه [[s]]، ساكن في [[ad]]. الراجل ده بيكلّم بنت أختي اللي عندها [[k]] "
            "سنة على الواتساب وبيطلب منها صور، ولما رفضت قالها هيفضحها. رقمه [[ph]]. ",
            s=(sus, "PERSON"),
            ad=(
                f"{str(rng.randint(1, 99)).translate(AR_DIGITS)} شارع {pick(rng, ['الجمهورية', 'الجلاء', 'بورسعيد', 'المحطة'])}، {town}",
                "STREET_ADDRESS",
            ),
            k=(str(rng.randint(12, 15)).translate(AR_DIGITS), "MINOR_AGE"),
            ph=(phone(rng, "EG", "mobile", "national"), "PHONE_NUMBER"),
        )
        d.f(
            "وعنده عربية نمرتها [[p]]. أرجوكم اتصرفوا بسرعة. [[r]]\n",
            p=(
                f"{' '.join(pick(rng, list('أبجدرسصطعفقلمنهوى')) for _ in range(3))} {digits(rng, 4).translate(AR_DIGITS)}",
                "VEHICLE_PLATE",
            ),
            r=(rep, "PERSON"),
        )
    else:
        nid = eg_national_id(rng, dob, sfem)
        form(
            d,
            [
                ("الاسم", (sus, "PERSON")),
                ("الرقم القومي", (nid.translate(AR_DIGITS) if rng.random() < 0.5 else nid, "NATIONAL_ID")),
                ("تاريخ الميلاد", (dob.strftime("%d/%m/%Y"), "DATE_OF_BIRTH")),
                ("المدينة", (town, "LOCATION")),
            ],
        )
        d.add("التفاصيل: بيبعت لينكات فيها صور عيال على جروب تليجرام.\n")
    return d


# ----------------------------------------------------------------------------- 14 Moroccan Darija
def v_ma(rng, v):
    ar_names = [
        "يوسف العمراني",
        "خديجة بناني",
        "حمزة آيت بنحدو",
        "فاطمة الزهراء العلوي",
        "سفيان الإدريسي",
        "نادية الشرقاوي",
    ]
    lat_names = [
        "Youssef El Amrani",
        "Khadija Bennani",
        "Hamza Ait Benhaddou",
        "Fatima-Zahra Alaoui",
        "Soufiane Idrissi",
        "Nadia Cherkaoui",
    ]
    ar_towns = ["سلا", "مكناس", "خريبكة", "تطوان", "أكادير", "بني ملال", "الناظور"]
    lat_towns = ["Salé", "Meknès", "Khouribga", "Tétouan", "Agadir", "Beni Mellal", "Nador"]
    k = rng.randrange(len(ar_towns))
    cin = letters(rng, pick(rng, [1, 2]), "ABCDEFGHIJKLMNPQRSTUVWXYZ") + digits(rng, 6)
    ph = phone(rng, "MA", "mobile", pick(rng, ["national", "intl"]))
    plate = f"{digits(rng, 5)}-{pick(rng, list('أبدهوط'))}-{rng.randint(1, 89)}"
    d = Doc()
    if v % 2 == 0:
        sus, rep = sus_rep(rng, [ar_names[0], ar_names[2], ar_names[4]], ar_names)
        d.f(
            "السلام، بغيت نبلغ على واحد سميتو [[s]] ساكن ف[[t]]. كيصيفط ميساجات لبنتي عندها [[a]] عام ف الأنستغرام "
            "وكيقول ليها غادي يجيب ليها تيليفون جديد. النمرة ديالو [[ph]] والطوموبيل ديالو [[p]]. ",
            s=(sus, "PERSON"),
            t=(ar_towns[k], "LOCATION"),
            a=(str(rng.randint(11, 14)), "MINOR_AGE"),
            ph=(ph, "PHONE_NUMBER"),
            p=(plate, "VEHICLE_PLATE"),
        )
        d.f("عافاكم ديرو شي حاجة بزاف هادي. [[r]]\n", r=(rep, "PERSON"))
    else:
        sus, rep = sus_rep(rng, [lat_names[0], lat_names[2], lat_names[4]], lat_names)
        d.f(
            "salam, ana [[r]] mn [[t]]. bghit nbl8 3la wa7d s7ab [[u]] f tiktok, kaysift l drari sghar ([[a]] 3am) "
            "msajat khaybin. smito [[s]], ra2m dyal lbita9a [[cin]], nmra dyalo [[ph]]. chokran bzaf\n",
            r=(rep, "PERSON"),
            t=(lat_towns[k], "LOCATION"),
            u=(f"{sus.split()[0].lower()}_{lat_towns[k].lower()[:3]}{digits(rng, 2)}", "USERNAME"),
            a=(str(rng.randint(10, 13)), "MINOR_AGE"),
            s=(sus, "PERSON"),
            cin=(cin, "NATIONAL_ID"),
            ph=(ph, "PHONE_NUMBER"),
        )
    return d


# ----------------------------------------------------------------------------- 15 Levantine Arabic
def v_lev(rng, v):
    names = [
        "رامي حدّاد",
        "لينا الخوري",
        "جورج نصّار",
        "هبة الزعبي",
        "طارق العمري",
        "ريم شحادة",
        "وسيم عبّود",
        "نور الحلبي",
    ]
    places = [
        ("إربد", "JO"),
        ("الزرقاء", "JO"),
        ("السلط", "JO"),
        ("نابلس", "PS"),
        ("رام الله", "PS"),
        ("زحلة", "LB"),
        ("صيدا", "LB"),
        ("جبيل", "LB"),
    ]
    sus, rep = sus_rep(rng, ["رامي حدّاد", "جورج نصّار", "طارق العمري", "وسيم عبّود"], names)
    town, cc = pick(rng, places)
    ph = phone(rng, cc, "mobile", pick(rng, ["national", "intl"]))
    d = Doc()
    if v % 2 == 0:
        d.f(
            "مرحبا، بدي بلّغ عن شب اسمه [[s]] من [[t]]. هلق صرلو شهرين عم يبعت رسايل لابن جيراننا، عمره [[a]] سنين، "
            "وبيطلب منه يطلع معه بالسيارة. رقمه [[ph]]. ",
            s=(sus, "PERSON"),
            t=(town, "LOCATION"),
            a=(str(rng.randint(9, 13)), "MINOR_AGE"),
            ph=(ph, "PHONE_NUMBER"),
        )
        if cc == "JO":
            d.f("رقم السيارة [[p]]. ", p=(f"{rng.randint(10, 99)}-{digits(rng, 5)}", "VEHICLE_PLATE"))
        d.f("شو لازم نعمل؟ كتير خايفين. [[r]]\n", r=(rep, "PERSON"))
    else:
        idv = digits(rng, 10) if cc == "JO" else il_ps_id(rng)
        lab = "الرقم الوطني" if cc == "JO" else "رقم الهوية"
        form(
            d,
            [
                ("اسم المبلّغ", (rep, "PERSON")),
                (lab, (idv, "NATIONAL_ID")),
                ("الموبايل", (ph, "PHONE_NUMBER")),
                ("المدينة", (town, "LOCATION")),
            ],
        )
        d.f(
            "التفاصيل: في حساب اسمه [[u]] عم ينشر صور ولاد.\n",
            u=(
                f"{pick(rng, ['abu_', 'mr.', 'king_'])}{letters(rng, 4, 'abcdefghijklmnopqrstuvwxyz')}{digits(rng, 2)}",
                "USERNAME",
            ),
        )
    return d


# ----------------------------------------------------------------------------- 16 Taiwanese Mandarin
def v_tw(rng, v):
    names = [
        ("陳怡君", True),
        ("林志明", False),
        ("黃雅婷", True),
        ("王建宏", False),
        ("張淑芬", True),
        ("李俊傑", False),
        ("阮氏蘭", True),
        ("高家豪", False),
    ]
    towns = ["新竹", "員林", "永康", "花蓮", "羅東", "潮州", "竹北", "斗六"]
    (sus, sfem), (rep, rfem) = sus_rep(rng, [n for n in names if not n[-1]], names)
    town = pick(rng, towns)
    d = Doc()
    if v % 2 == 0:
        d.f(
            "您好，我想檢舉一個叫[[s]]的人。他在IG上一直私訊我[[k]]歲的女兒，要她傳照片，還說要騎機車去[[t]]載她。"
            "他的手機是[[ph]]，機車車牌[[p]]。",
            s=(sus, "PERSON"),
            k=(str(rng.randint(11, 15)), "MINOR_AGE"),
            t=(town, "LOCATION"),
            ph=(phone(rng, "TW", "mobile", "national"), "PHONE_NUMBER"),
            p=(f"{letters(rng, 3)}-{digits(rng, 4)}", "VEHICLE_PLATE"),
        )
        d.f(
            "聽說他住在[[ad]]。麻煩你們了，[[r]]\n",
            ad=(
                f"{pick(rng, ['台南市永康區中華路', '彰化縣員林市三民街', '新竹市東區光復路二段', '宜蘭縣羅東鎮公正路'])}{rng.randint(1, 300)}巷{rng.randint(1, 40)}號{rng.randint(2, 12)}樓",
                "STREET_ADDRESS",
            ),
            r=(rep, "PERSON"),
        )
    else:
        form(
            d,
            [
                ("檢舉人姓名", (rep, "PERSON")),
                ("身分證字號", (tw_id(rng, rfem), "NATIONAL_ID")),
                (
                    "電子郵件",
                    (f"{letters(rng, 5, 'abcdefghijklmnopqrstuvwxyz')}{digits(rng, 3)}@yahoo.com.tw", "EMAIL_ADDRESS"),
                ),
            ],
        )
        d.f(
            "內容：帳號[[u]]在Dcard上販賣兒少性影像，地點好像在[[t]]。\n",
            u=(f"{letters(rng, 4, 'abcdefghijklmnopqrstuvwxyz')}_{digits(rng, 4)}", "USERNAME"),
            t=(town, "LOCATION"),
        )
    return d


# ----------------------------------------------------------------------------- 17 Singlish
def v_sg(rng, v):
    names = [
        "Tan Wei Ming",
        "Siti Nurhaliza binte Rahmat",
        "Muthu s/o Ramasamy",
        "Jasmine Lim Hui Min",
        "Kelvin Ong",
        "Nur Aisyah binte Hamzah",
        "Rajesh Pillai",
        "Goh Boon Keng",
    ]
    estates = [
        ("Tampines", "52"),
        ("Jurong West", "64"),
        ("Woodlands", "73"),
        ("Ang Mo Kio", "56"),
        ("Bedok", "46"),
        ("Sengkang", "54"),
        ("Yishun", "76"),
        ("Choa Chu Kang", "68"),
    ]
    sus, rep = sus_rep(
        rng, ["Tan Wei Ming", "Muthu s/o Ramasamy", "Kelvin Ong", "Rajesh Pillai", "Goh Boon Keng"], names
    )
    est, pre = pick(rng, estates)
    blk = rng.randint(101, 899)
    addr = f"Blk {blk} {est} {pick(rng, ['Street 21', 'Ave 3', 'Central 1', 'Ring Road'])}, #{rng.randint(2, 16):02d}-{rng.randint(10, 450)}, Singapore {pre}{blk:04d}"
    d = Doc()
    if v % 2 == 0:
        d.f(
            "Hi, I want to report this uncle leh, name is [[s]], stay at [[ad]]. Every day he wait at the void deck "
            "for the primary school kids, give them sweets then ask them go up his flat. My girl only [[k]] years old lor, "
            "she say he take photo. Damn scary sia. ",
            s=(sus, "PERSON"),
            ad=(addr, "STREET_ADDRESS"),
            k=(str(rng.randint(7, 10)), "MINOR_AGE"),
        )
        d.f(
            "His car is [[p]]. Can call me [[ph]]. Thanks ah, [[r]]\n",
            p=(f"S{letters(rng, 2)} {rng.randint(1, 9999)} {letters(rng, 1)}", "VEHICLE_PLATE"),
            ph=(phone(rng, "SG", "mobile", pick(rng, ["national", "intl"])), "PHONE_NUMBER"),
            r=(rep.split()[0], "PERSON"),
        )
    else:
        form(
            d,
            [
                ("Name", (rep, "PERSON")),
                ("NRIC", (sg_nric(rng), "NATIONAL_ID")),
                ("Contact", (phone(rng, "SG", "mobile", "national"), "PHONE_NUMBER")),
                ("Area", (est, "LOCATION")),
            ],
        )
        d.f(
            "Details: Telegram got one channel, admin is [[u]], share photos of kids in school uniform. Pls check can.\n",
            u=(f"{letters(rng, 5, 'abcdefghijklmnopqrstuvwxyz')}{digits(rng, 2)}", "USERNAME"),
        )
    return d


# ----------------------------------------------------------------------------- 18 Nigerian Pidgin
def v_ng(rng, v):
    names = [
        "Chinedu Okeke",
        "Aisha Bello",
        "Emeka Nwachukwu",
        "Funmilayo Adeyemi",
        "Ibrahim Musa",
        "Blessing Etim",
        "Tunde Bakare",
        "Ngozi Obi",
        "Efe Omoregie",
        "Halima Abubakar",
    ]
    towns = ["Ikorodu", "Onitsha", "Aba", "Warri", "Ilorin", "Zaria", "Calabar", "Benin City"]
    sus, rep = sus_rep(rng, ["Chinedu Okeke", "Emeka Nwachukwu", "Ibrahim Musa", "Tunde Bakare", "Efe Omoregie"], names)
    town = pick(rng, towns)
    d = Doc()
    if v % 2 == 0:
        d.f(
            "Abeg make una help me. One man wey dem dey call [[s]], e dey live for [[ad]]. E don tey wey e dey chat "
            "my pikin wey be [[k]] years for Facebook, e dey send am money say make she snap herself send am. No be small thing o. ",
            s=(sus, "PERSON"),
            ad=(
                f"No. {rng.randint(1, 80)} {pick(rng, ['Adeniran Street', 'Okigwe Road', 'Airport Road', 'Emir Road'])}, {town}",
                "STREET_ADDRESS",
            ),
            k=(str(rng.randint(11, 15)), "MINOR_AGE"),
        )
        d.f(
            "Im number na [[ph]], e dey drive Camry wey get plate [[p]]. Na [[r]] write this one.\n",
            ph=(phone(rng, "NG", "mobile", "national"), "PHONE_NUMBER"),
            p=(f"{letters(rng, 3)}-{digits(rng, 3)}{letters(rng, 2)}", "VEHICLE_PLATE"),
            r=(rep, "PERSON"),
        )
    else:
        form(
            d,
            [
                ("Your name", (rep, "PERSON")),
                ("NIN", (digits(rng, 11), "NATIONAL_ID")),
                ("Phone", (phone(rng, "NG", "mobile", "intl"), "PHONE_NUMBER")),
                ("Town", (town, "LOCATION")),
            ],
        )
        d.f(
            "Wetin happen: di oga wey get account [[u]] for Instagram dey post pikin dem picture, e dey beg dem make dem come [[t]].\n",
            u=(f"{sus.split()[0].lower()}_{letters(rng, 3, 'abcdefghijklmnopqrstuvwxyz')}", "USERNAME"),
            t=(town, "LOCATION"),
        )
    return d


# ----------------------------------------------------------------------------- 19 Jamaican Patois
def v_jm(rng, v):
    names = [
        "Shanique Brown",
        "Dwayne Reid",
        "Keisha Morrison",
        "Rohan Lyn",
        "Tashoya Clarke",
        "Andre Chin",
        "Marlon Francis",
        "Sherika Powell",
    ]
    towns = [
        "Spanish Town",
        "May Pen",
        "Mandeville",
        "Ocho Rios",
        "Portmore",
        "Savanna-la-Mar",
        "Linstead",
        "Port Antonio",
    ]
    sus, rep = sus_rep(rng, ["Dwayne Reid", "Rohan Lyn", "Andre Chin", "Marlon Francis"], names)
    town = pick(rng, towns)
    nick = pick(rng, ["Scatta", "Bigga", "Teacha", "Ninja Man"])
    d = Doc()
    if v % 2 == 0:
        d.f(
            "Mi waan fi report one man weh dem call [[n]], him real name a [[s]]. Him live a [[ad]]. Him a message di "
            "likkle gyal dem from di school, one a dem a [[k]], an a sen dem money pon phone fi sen picture. ",
            n=(nick, "PERSON"),
            s=(sus, "PERSON"),
            ad=(
                f"Lot {rng.randint(1, 400)} {pick(rng, ['Greater Portmore', 'Old Harbour Road', 'Hope Road', 'Main Street'])}, {town}",
                "STREET_ADDRESS",
            ),
            k=(str(rng.randint(12, 15)), "MINOR_AGE"),
        )
        d.f(
            "Him number a [[ph]] an him drive one white Probox [[p]]. Nuh tell nobody a mi, [[r]]\n",
            ph=(phone(rng, "JM", "mobile", "national"), "PHONE_NUMBER"),
            p=(f"{digits(rng, 4)} {letters(rng, 2)}", "VEHICLE_PLATE"),
            r=(rep.split()[0], "PERSON"),
        )
    else:
        form(
            d,
            [
                ("Name", (rep, "PERSON")),
                ("TRN", (f"1{digits(rng, 2)}-{digits(rng, 3)}-{digits(rng, 3)}", "NATIONAL_ID")),
                ("Phone", (phone(rng, "JM", "mobile", "intl"), "PHONE_NUMBER")),
                ("Parish/Town", (town, "LOCATION")),
            ],
        )
        d.f(
            "Wah gwaan: [[u]] pon Instagram a post pickney picture dem from [[t]].\n",
            u=(f"{nick.lower().replace(' ', '')}{digits(rng, 3)}", "USERNAME"),
            t=(town, "LOCATION"),
        )
    return d


# ----------------------------------------------------------------------------- 20 Scots
def v_sco(rng, v):
    names = [
        ("Morag Stewart", True),
        ("Jamie MacPhail", False),
        ("Kasia Nowak", True),
        ("Ravi Bhatt", False),
        ("Shona McIntyre", True),
        ("Craig Dalziel", False),
        ("Fiona Baird", True),
        ("Darren Mcgeachie", False),
    ]
    towns = [
        ("Paisley", "PA3"),
        ("Kilmarnock", "KA1"),
        ("Motherwell", "ML1"),
        ("Arbroath", "DD11"),
        ("Fraserburgh", "AB43"),
        ("Dumfries", "DG1"),
        ("Galashiels", "TD1"),
        ("Coatbridge", "ML5"),
    ]
    (sus, sfem), (rep, rfem) = sus_rep(rng, [n for n in names if not n[-1]], names)
    town, pc = pick(rng, towns)
    dob = rand_date(rng, 1965, 1999)
    d = Doc()
    if v % 2 == 0:
        d.f(
            "A'm wantin tae report a man ca'd [[s]] that bides at [[ad]]. He's aye hingin aboot the swing park wi the weans, "
            "gien them sweeties an askin fur their Snapchat. Ma wee yin is only [[k]] an he's been messagin her. "
            "Ken his motor? Reid Astra, [[p]]. ",
            s=(sus, "PERSON"),
            ad=(
                f"{rng.randint(1, 120)} {pick(rng, ['Wallace Street', 'Burns Road', 'Kirk Wynd', 'Loanhead Avenue'])}, {town} {pc} {rng.randint(1, 9)}{letters(rng, 2)}",
                "STREET_ADDRESS",
            ),
            k=(str(rng.randint(9, 13)), "MINOR_AGE"),
            p=(f"S{letters(rng, 1)}{rng.randint(15, 24)} {letters(rng, 3)}", "VEHICLE_PLATE"),
        )
        d.f(
            "Gie us a ring on [[ph]] if ye need mair. Cheers, [[r]]\n",
            ph=(phone(rng, "GB", "mobile", "national"), "PHONE_NUMBER"),
            r=(rep.split()[0], "PERSON"),
        )
    else:
        form(
            d,
            [
                ("Yer name", (rep, "PERSON")),
                ("CHI nummer (if ye ken it)", (scot_chi(rng, dob, rfem), "NATIONAL_ID")),
                ("Date o birth", (dob.strftime("%d/%m/%Y"), "DATE_OF_BIRTH")),
                ("Toon", (town, "LOCATION")),
            ],
        )
        d.add(
            "Whit's happent: there's a lassie at the school gettin messages fae an auld man, A dinnae ken his name.\n"
        )
    return d


VARIETIES = [
    v_gsw,
    v_at,
    v_frch,
    v_itch,
    v_vls,
    v_qc,
    v_nb,
    v_sv,
    v_da,
    v_pt,
    v_ar,
    v_mx,
    v_eg,
    v_ma,
    v_lev,
    v_tw,
    v_sg,
    v_ng,
    v_jm,
    v_sco,
]


def generate(seed):
    out = []
    for i in range(80):
        rng = random.Random(f"{seed}|{REGISTER}|{i}")
        doc = VARIETIES[i % 20](rng, i // 20)
        out.append(doc.record(f"v17-{REGISTER}-{i}", REGISTER))
    return out
