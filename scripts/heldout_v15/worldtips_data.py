"""Hand-typed locale data for register 5 (world_tips_e): 20 languages.

Phrasebook captions tuple order: name, surname, address, phone, date of birth, age, e-mail, id, place,
description, reporter, child, suspect.
"""

import ids
from stdnum.gb import nhs as gb_nhs


def _pc(rng, a, b):
    return str(rng.randint(a, b))


# --------------------------------------------------------------------------- address builders
LU_OFF = {
    "Esch-Uelzecht": ("Esch-sur-Alzette", 4001, 4399),
    "Déifferdeng": ("Differdange", 4501, 4599),
    "Diddeleng": ("Dudelange", 3401, 3499),
    "Ettelbréck": ("Ettelbruck", 9001, 9099),
    "Wolz": ("Wiltz", 9501, 9599),
    "Miersch": ("Mersch", 7501, 7599),
    "Péiteng": ("Pétange", 4701, 4799),
}


def addr_lb(rng, town):
    off, a, b = LU_OFF[town]
    st = rng.choice(
        ["rue de l'Alzette", "Grand-Rue", "rue du Brill", "avenue de la Gare", "rue Principale", "rue de la Libération"]
    )
    return f"{rng.randint(1, 180)}, {st}, L-{rng.randint(a, b)} {off}"


RM_PC = {
    "Glion": 7130,
    "Mustér": 7180,
    "Scuol": 7550,
    "Samedan": 7503,
    "Cuira": 7000,
    "Savognin": 7460,
    "Tusaun": 7430,
    "Laax": 7031,
}


def addr_rm(rng, town):
    st = rng.choice(["Via Principala", "Via da la Staziun", "Stradun", "Via Sura", "Plazza Cumina", "Via dals Ers"])
    return f"{st} {rng.randint(1, 90)}, {RM_PC[town]} {town}"


FO_PC = {
    "Tórshavn": 100,
    "Klaksvík": 700,
    "Runavík": 620,
    "Tvøroyri": 800,
    "Fuglafjørður": 530,
    "Vágur": 900,
    "Miðvágur": 370,
}


def addr_fo(rng, town):
    st = rng.choice(
        ["Niels Finsens gøta", "Jóannesar Paturssonar gøta", "Undir Bakka", "Vágsvegur", "Heygavegur", "Klaksvíksvegur"]
    )
    return f"{st} {rng.randint(1, 60)}, FO-{FO_PC[town]} {town}"


GL_PC = {
    "Lugo": (27001, 27004),
    "Ourense": (32001, 32005),
    "Santiago de Compostela": (15701, 15706),
    "Ferrol": (15401, 15406),
    "Pontevedra": (36001, 36005),
    "Vigo": (36201, 36216),
    "A Coruña": (15001, 15011),
    "Betanzos": (15300, 15300),
}


def addr_gl(rng, town):
    st = rng.choice(["Rúa do Vilar", "Rúa Nova", "Avenida de Lugo", "Rúa da Raíña", "Rúa do Progreso", "Rúa Real"])
    a, b = GL_PC[town]
    floor = rng.choice(["", "", "2º, ", "3º esq., ", "1º dta., "])
    return f"{st}, {rng.randint(1, 120)}, {floor}{rng.randint(a, b)} {town}"


GD_EN = {
    "Steòrnabhagh": ("Stornoway", "HS1"),
    "Port Rìgh": ("Portree", "IV51"),
    "An t-Òban": ("Oban", "PA34"),
    "Inbhir Nis": ("Inverness", "IV2"),
    "Baile a' Mhanaich": ("Balivanich", "HS7"),
    "Tairbeart": ("Tarbert", "HS3"),
}


def addr_gd(rng, town):
    en, pc = GD_EN[town]
    st = rng.choice(
        [
            "Francis Street",
            "Bayhead",
            "Wentworth Street",
            "Somerled Square",
            "George Street",
            "Culduthel Road",
            "Sràid na h-Eaglaise",
        ]
    )
    return f"{rng.randint(1, 80)} {st}, {en} {pc} {rng.randint(1, 9)}{ids.letters(rng, 2, 'ABDEFGHJLNPQRSTUWXYZ')}"


FY_PC = {
    "Ljouwert": (8911, 8939),
    "Snits": (8601, 8608),
    "Drachten": (9201, 9206),
    "Harns": (8861, 8864),
    "Dokkum": (9101, 9104),
    "It Hearrenfean": (8441, 8448),
    "Boalsert": (8701, 8702),
}


def addr_fy(rng, town):
    a, b = FY_PC[town]
    st = rng.choice(
        ["Tsjerkestrjitte", "Nijstrjitte", "Skoalstrjitte", "Mounewei", "Wurdumerdyk", "Tuorrenstrjitte", "Finnewei"]
    )
    return f"{st} {rng.randint(1, 140)}, {rng.randint(a, b)} {ids.letters(rng, 2, 'ABCDEGHJKLMNPRTVWXZ')} {town}"


BS_PC = {
    "Sarajevo": 71000,
    "Tuzla": 75000,
    "Zenica": 72000,
    "Mostar": 88000,
    "Bihać": 77000,
    "Travnik": 72270,
    "Goražde": 73000,
}


def addr_bs(rng, town):
    st = rng.choice(
        ["Ulica Maršala Tita", "Ferhadija", "Titova", "Alipašina", "Bulevar Meše Selimovića", "Ulica Branilaca"]
    )
    return f"{st} {rng.randint(1, 120)}, {BS_PC[town]} {town}"


def addr_tk(rng, town):
    st = rng.choice(
        ["Görogly köçesi", "Magtymguly şaýoly", "Atatürk köçesi", "Oguzhan köçesi", "Andalyp köçesi", "Azady köçesi"]
    )
    return f"{town} şäheri, {st}, {rng.randint(1, 90)}-njy jaý, {rng.randint(1, 80)}-nji öý"


TT_PC = {"Казан": "420", "Чаллы": "423", "Түбән Кама": "423", "Әлмәт": "423", "Бөгелмә": "423", "Арча": "422"}


def addr_tt(rng, town):
    st = rng.choice(["Бауман урамы", "Тукай урамы", "Декабристлар урамы", "Җиңү проспекты", "Мөслим урамы"])
    return (
        f"{st}, {rng.randint(1, 140)} йорт, {rng.randint(1, 200)} фатир, {TT_PC[town]}{rng.randint(0, 999):03d} {town}"
    )


YI_LOC = {
    "ווילאַמסבורג": "US",
    "קרית יואל": "US",
    "מאָנסי": "US",
    "בני ברק": "IL",
    "אַנטווערפּן": "BE",
    "סטאַמפֿאָרד היל": "GB",
}


def addr_yi(rng, town):
    loc = YI_LOC[town]
    if town == "ווילאַמסבורג":
        return f"{rng.randint(10, 900)} {rng.choice(['Lee Avenue', 'Bedford Avenue', 'Ross Street', 'Division Avenue'])}, Brooklyn, NY 112{rng.randint(5, 11):02d}"
    if town == "קרית יואל":
        return (
            f"{rng.randint(1, 60)} {rng.choice(['Forest Road', 'Bakertown Road', 'Quickway Road'])}, Monroe, NY 10950"
        )
    if loc == "US":
        return f"{rng.randint(1, 90)} {rng.choice(['Maple Avenue', 'Route 306', 'Carlton Road'])}, Monsey, NY 10952"
    if loc == "IL":
        st = rng.choice(["רבי עקיבא", "ז\u05f3בוטינסקי", "חזון איש", "השומר"])
        return f"רחוב {st} {rng.randint(1, 140)}, בני ברק"
    if loc == "BE":
        return f"{rng.choice(['Belgiëlei', 'Lange Kievitstraat', 'Simonsstraat', 'Mercatorstraat'])} {rng.randint(1, 200)}, 20{rng.choice(['18', '60', '00'])} Antwerpen"
    return f"{rng.randint(1, 200)} {rng.choice(['Stamford Hill', 'Clapton Common', 'Egerton Road', 'Bethune Road'])}, London N16 {rng.randint(5, 9)}{ids.letters(rng, 2, 'ABDEFGHJLNPQRSTUWXYZ')}"


AS_PIN = {
    "গুৱাহাটী": ("Guwahati", 781001, 781040),
    "যোৰহাট": ("Jorhat", 785001, 785001),
    "ডিব্ৰুগড়": ("Dibrugarh", 786001, 786003),
    "তেজপুৰ": ("Tezpur", 784001, 784001),
    "শিৱসাগৰ": ("Sivasagar", 785640, 785640),
    "নগাঁও": ("Nagaon", 782001, 782003),
}


def addr_as(rng, town):
    en, a, b = AS_PIN[town]
    if rng.random() < 0.5:
        from core import nat

        st = rng.choice(["জু ৰোড", "জি এছ ৰোড", "এ টি ৰোড", "কে বি ৰোড"])
        return nat(f"ঘৰ নং {rng.randint(1, 300)}, {st}, {town} - {rng.randint(a, b)}", "beng")
    st = rng.choice(["Zoo Road", "G S Road", "A T Road", "K B Road", "Chandmari Road"])
    return f"House No. {rng.randint(1, 300)}, {st}, {en} - {rng.randint(a, b)}"


def addr_sn(rng, town):
    if town == "Chitungwiza":
        return f"House {rng.randint(1, 9999)}, Unit {rng.choice('ABCDEFGHJKLMNOP')}, Seke, Chitungwiza"
    st = rng.choice(
        [
            "Samora Machel Avenue",
            "Herbert Chitepo Street",
            "Josiah Tongogara Avenue",
            "Fifth Street",
            "Jason Moyo Avenue",
        ]
    )
    return f"{rng.randint(1, 300)} {st}, {town}"


XH_EN = {
    "Mthatha": ("Mthatha", 5099),
    "Gqeberha": ("Gqeberha", 6001),
    "Qonce": ("Qonce", 5600),
    "Dutywa": ("Dutywa", 5000),
    "Khayelitsha": ("Khayelitsha", 7784),
    "Bhisho": ("Bhisho", 5605),
}


def addr_xh(rng, town):
    en, pc = XH_EN[town]
    st = rng.choice(
        ["Sutherland Street", "Madeira Street", "Govan Mbeki Avenue", "Ntlazane Street", "Lwandle Road", "Owen Street"]
    )
    return f"{rng.randint(1, 400)} {st}, {en} {pc}"


def addr_om(rng, town):
    return f"Ganda {rng.randint(1, 20):02d}, Mana Lakk. {rng.randint(1, 999)}, {town}"


def addr_wo(rng, town):
    if rng.random() < 0.5:
        return f"Villa n° {rng.randint(1, 999)}, Cité {rng.choice(['Keur Gorgui', 'Sicap Liberté', 'Castors', 'HLM Grand Yoff'])}, {town}"
    return f"Rue {rng.randint(1, 40)} x {rng.randint(1, 40)}, {rng.choice(['Médina', 'Grand Dakar', 'Fass', 'Gueule Tapée'])}, {town}"


HT_FR = {
    "Pòtoprens": "Port-au-Prince",
    "Kap Ayisyen": "Cap-Haïtien",
    "Gonayiv": "Gonaïves",
    "Jakmèl": "Jacmel",
    "Pétion-Ville": "Pétion-Ville",
    "Sen Mak": "Saint-Marc",
    "Leyogàn": "Léogâne",
}


def addr_ht(rng, town):
    st = rng.choice(
        ["Ri Kapwa", "Ri Lamarre", "Ri Pave", "Avni Jan Pòl II", "Ri Grégoire", "Rue Capois", "Rue Panaméricaine"]
    )
    return f"{rng.randint(1, 200)}, {st}, {HT_FR[town]}"


QU_ES = {
    "Qusqu": "Cusco",
    "Ayakuchu": "Ayacucho",
    "Puno": "Puno",
    "Abancay": "Abancay",
    "Andahuaylas": "Andahuaylas",
    "Huancavelica": "Huancavelica",
    "Sicuani": "Sicuani",
    "Juliaca": "Juliaca",
}


def addr_qu(rng, town):
    st = rng.choice(
        ["Jr. Túpac Amaru", "Av. El Sol", "Jr. Lima", "Av. Mariscal Cáceres", "Calle Plateros", "Jr. Arequipa"]
    )
    return f"{st} {rng.randint(100, 1500)}, {QU_ES[town]}"


MI_EN = {
    "Rotorua": ("Rotorua", 3010),
    "Whakatāne": ("Whakatāne", 3120),
    "Kaitāia": ("Kaitāia", 410),
    "Tūranga": ("Gisborne", 4010),
    "Ōtautahi": ("Christchurch", 8011),
    "Kirikiriroa": ("Hamilton", 3204),
    "Whanganui": ("Whanganui", 4500),
}


def addr_mi(rng, town):
    en, pc = MI_EN[town]
    st = rng.choice(
        ["Fenton Street", "Commerce Street", "Grey Street", "Victoria Avenue", "Pukaki Street", "Te Ngae Road"]
    )
    return f"{rng.randint(1, 300)} {st}, {en} {pc:04d}"


def addr_sm(rng, town):
    if town in ("Māngere", "Ōtara"):
        st = rng.choice(["Bader Drive", "Massey Road", "Bairds Road", "East Tamaki Road"])
        return f"{rng.randint(1, 300)} {st}, {town}, Auckland {rng.choice(['2022', '2023'])}"
    return f"Fale {rng.randint(1, 60)}, {town}"


CEB_EN = {
    "Sugbo": ("Cebu City", 6000),
    "Lapu-Lapu": ("Lapu-Lapu City", 6015),
    "Mandaue": ("Mandaue City", 6014),
    "Talisay": ("Talisay City", 6045),
    "Dumaguete": ("Dumaguete City", 6200),
    "Tagbilaran": ("Tagbilaran City", 6300),
    "Danao": ("Danao City", 6004),
}


def addr_ceb(rng, town):
    en, pc = CEB_EN[town]
    st = rng.choice(
        [
            "P. del Rosario St.",
            "Osmeña Blvd.",
            "M.L. Quezon Ave.",
            "A.S. Fortuna St.",
            "Gorordo Ave.",
            "Sitio Mahayahay",
        ]
    )
    return f"{rng.randint(1, 900)} {st}, {en} {pc}"


def gb_chi(rng):
    def mk(r):
        d = ids.rand_date(r, 2006, 2014)
        return f"{d.day:02d}{d.month:02d}{d.year % 100:02d}{ids.digits(r, 4)}"

    v = ids.draw(rng, mk, gb_nhs.is_valid)
    return v if rng.random() < 0.5 else f"{v[:6]} {v[6:]}"


# --------------------------------------------------------------------------- locales
LOCALES = {
    "lb": dict(
        lang="Luxembourgish",
        region="LU",
        plate="LU",
        dob="dmy_dot",
        nid=("Matricule", ids.lu_matricule),
        addr=addr_lb,
        f=["Myriam", "Carole", "Léonie", "Nathalie", "Joëlle", "Sandy"],
        m=["Jang", "Pit", "Gilles", "Tun", "Claude", "Mett"],
        fam=["Weber", "Schmit", "Thill", "Kieffer", "Reding", "Schroeder", "Majerus", "Welter"],
        towns=list(LU_OFF),
    ),
    "rm": dict(
        lang="Romansh",
        region="CH",
        plate="CH",
        dob="dmy_dot",
        nid=("Numer AVS", ids.ch_ahv),
        addr=addr_rm,
        f=["Flurina", "Ursina", "Mengia", "Seraina", "Ladina", "Annina"],
        m=["Gian", "Duri", "Curdin", "Linard", "Flurin", "Men"],
        fam=["Caduff", "Cadonau", "Bezzola", "Tscharner", "Spescha", "Derungs", "Cathomen", "Collenberg"],
        towns=list(RM_PC),
    ),
    "fo": dict(
        lang="Faroese",
        region="FO",
        plate=None,
        dob="dmy_dot",
        nid=("P-tal", ids.fo_ptal),
        addr=addr_fo,
        f=["Rannvá", "Turið", "Marjun", "Sunniva", "Guðrun", "Bjørg"],
        m=["Jógvan", "Súni", "Bárður", "Hanus", "Rógvi", "Tróndur"],
        fam=["Joensen", "Poulsen", "Jacobsen", "Mikkelsen", "Højgaard", "Dam", "Hansen", "Olsen"],
        towns=list(FO_PC),
    ),
    "gl": dict(
        lang="Galician",
        region="ES",
        plate="ES",
        dob="dmy_slash",
        nid=("DNI", ids.es_dni_gen),
        addr=addr_gl,
        f=["Uxía", "Antía", "Sabela", "Iria", "Lúa", "Aldara"],
        m=["Xosé", "Breogán", "Xián", "Brais", "Roi", "Anxo"],
        fam=[
            "Rodríguez Castro",
            "Fernández Otero",
            "Pérez Lema",
            "Vázquez Rei",
            "Souto Mosquera",
            "Iglesias Varela",
            "Louro Bouzas",
        ],
        towns=list(GL_PC),
    ),
    "gd": dict(
        lang="Scottish Gaelic",
        region="GB",
        plate="GB",
        dob="dmy_slash",
        nid=("Àireamh CHI", gb_chi),
        addr=addr_gd,
        f=["Mòrag", "Ealasaid", "Catrìona", "Seonag", "Mairead", "Ciorstaidh"],
        m=["Seumas", "Calum", "Ruairidh", "Dòmhnall", "Coinneach", "Tormod"],
        fam=[
            ("MacLeòid", "MacLeod", "NicLeòid", "MacLeod"),
            ("MacAoidh", "Mackay", "NicAoidh", "Mackay"),
            ("Moireach", "Murray"),
            ("MacDhòmhnaill", "MacDonald", "NicDhòmhnaill", "MacDonald"),
            ("Caimbeul", "Campbell"),
            ("MacIlleMhoire", "Morrison", "NicIlleMhoire", "Morrison"),
        ],
        towns=list(GD_EN),
    ),
    "fy": dict(
        lang="West Frisian",
        region="NL",
        plate="NL",
        dob="dmy_dash",
        nid=("BSN", ids.nl_bsn_gen),
        addr=addr_fy,
        f=["Baukje", "Geartsje", "Tsjikke", "Sytske", "Janke", "Wytske"],
        m=["Sjoerd", "Wytse", "Hylke", "Douwe", "Auke", "Jelle"],
        fam=["de Vries", "Hoekstra", "Dijkstra", "Postma", "Bosma", "Zijlstra", "Wiersma", "Terpstra"],
        towns=list(FY_PC),
    ),
    "bs": dict(
        lang="Bosnian",
        region="BA",
        plate="BA",
        dob="dmy_dot",
        nid=("JMBG", ids.ba_jmbg),
        addr=addr_bs,
        f=["Amra", "Lejla", "Selma", "Emina", "Ajla", "Merima"],
        m=["Adnan", "Haris", "Kenan", "Tarik", "Amar", "Mirza"],
        fam=["Hodžić", "Mehmedović", "Begić", "Kovačević", "Hadžić", "Delić", "Mujić", "Hasanović"],
        towns=list(BS_PC),
        loc={
            "Sarajevo": "Sarajevu",
            "Tuzla": "Tuzli",
            "Zenica": "Zenici",
            "Mostar": "Mostaru",
            "Bihać": "Bihaću",
            "Travnik": "Travniku",
            "Goražde": "Goraždu",
        },
    ),
    "tk": dict(
        lang="Turkmen",
        region="TM",
        plate=None,
        dob="dmy_dot",
        nid=("Pasport", ids.tm_passport),
        addr=addr_tk,
        f=["Aýna", "Ogulgerek", "Jemal", "Maýsa", "Bahar", "Ogulşat"],
        m=["Merdan", "Batyr", "Döwlet", "Serdar", "Nury", "Maksat"],
        fam=[
            ("Annaýew", "Annayev", "Annaýewa", "Annayeva"),
            ("Orazow", "Orazov", "Orazowa", "Orazova"),
            ("Gurbanow", "Gurbanov", "Gurbanowa", "Gurbanova"),
            ("Berdiýew", "Berdiyev", "Berdiýewa", "Berdiyeva"),
            ("Hojamuradow", "Hojamuradov", "Hojamuradowa", "Hojamuradova"),
        ],
        towns=["Aşgabat", "Mary", "Türkmenabat", "Daşoguz", "Balkanabat", "Türkmenbaşy", "Tejen"],
    ),
    "tt": dict(
        lang="Tatar",
        region="RU",
        plate="RU",
        dob="dmy_dot",
        nid=("ИНН", ids.ru_inn_gen),
        addr=addr_tt,
        f=[("Гөлнара", "Gulnara"), ("Ләйсән", "Leysan"), ("Алсу", "Alsu"), ("Гүзәл", "Guzel"), ("Зөлфия", "Zulfiya")],
        m=[("Айдар", "Aidar"), ("Рөстәм", "Rustem"), ("Илнур", "Ilnur"), ("Булат", "Bulat"), ("Марат", "Marat")],
        fam=[
            ("Гарипов", "Garipov", "Гарипова", "Garipova"),
            ("Хәйруллин", "Khairullin", "Хәйруллина", "Khairullina"),
            ("Сабиров", "Sabirov", "Сабирова", "Sabirova"),
            ("Вәлиев", "Valiev", "Вәлиева", "Valieva"),
            ("Фәттахов", "Fattakhov", "Фәттахова", "Fattakhova"),
            ("Миңнуллин", "Minnullin", "Миңнуллина", "Minnullina"),
        ],
        towns=list(TT_PC),
    ),
    "yi": dict(
        lang="Yiddish",
        region=None,
        plate=None,
        dob="dmy_dot",
        nid=None,
        addr=addr_yi,
        f=[("חיה", "Chaya"), ("רחל", "Rochel"), ("בלומא", "Bluma"), ("פֿײַגא", "Feiga"), ("מלכה", "Malka")],
        m=[("משה", "Moshe"), ("יואל", "Yoel"), ("שמואל", "Shmuel"), ("יענקל", "Yankel"), ("הערשל", "Hershel")],
        fam=[
            ("גרינבערג", "Greenberg"),
            ("פֿרידמאַן", "Friedman"),
            ("ווײַס", "Weiss"),
            ("קליין", "Klein"),
            ("שוואַרץ", "Schwartz"),
            ("האָראָוויץ", "Horowitz"),
            ("ראָזנבערג", "Rosenberg"),
        ],
        towns=list(YI_LOC),
    ),
    "as": dict(
        lang="Assamese",
        region="IN",
        plate="IN",
        dob="dmy_slash",
        nid=("আধাৰ নম্বৰ", ids.in_aadhaar_gen),
        addr=addr_as,
        digits="beng",
        f=[
            ("প্ৰিয়ংকা", "Priyanka"),
            ("অনামিকা", "Anamika"),
            ("জুনমণি", "Junmoni"),
            ("দীক্ষিতা", "Dikshita"),
            ("মৌচুমী", "Mousumi"),
        ],
        m=[
            ("ৰাহুল", "Rahul"),
            ("দীপজ্যোতি", "Dipjyoti"),
            ("জ্যোতিষ্মান", "Jyotishman"),
            ("বিতুপন", "Bitupan"),
            ("অংকুৰ", "Ankur"),
        ],
        fam=[
            ("বৰা", "Bora"),
            ("গগৈ", "Gogoi"),
            ("শইকীয়া", "Saikia"),
            ("কলিতা", "Kalita"),
            ("বৈশ্য", "Baishya"),
            ("হাজৰিকা", "Hazarika"),
        ],
        towns=list(AS_PIN),
    ),
    "sn": dict(
        lang="Shona",
        region="ZW",
        plate="ZW",
        dob="dmy_slash",
        nid=("Nhamba yechitupa", ids.zw_id),
        addr=addr_sn,
        f=["Rutendo", "Chipo", "Tsitsi", "Rumbidzai", "Tariro", "Vimbai"],
        m=["Tendai", "Tatenda", "Farai", "Tinashe", "Kudakwashe", "Simbarashe"],
        fam=["Chikwanha", "Mutasa", "Chinembiri", "Makoni", "Mapfumo", "Nyathi", "Gumbo", "Marufu"],
        towns=["Harare", "Chitungwiza", "Mutare", "Masvingo", "Gweru", "Marondera", "Bindura", "Kadoma"],
    ),
    "xh": dict(
        lang="Xhosa",
        region="ZA",
        plate="ZA",
        dob="ymd_slash",
        nid=("Inombolo yesazisi", ids.za_id_gen),
        addr=addr_xh,
        f=["Siphokazi", "Zintle", "Thandeka", "Nomvula", "Ayanda", "Lulama"],
        m=["Luthando", "Siphosethu", "Lwazi", "Mandla", "Xolani", "Lindani"],
        fam=["Ngcukana", "Qwabe", "Gqola", "Makhaya", "Mzimela", "Ngxola", "Dyantyi", "Sokhela"],
        towns=list(XH_EN),
    ),
    "om": dict(
        lang="Oromo",
        region="ET",
        plate=None,
        dob="dmy_slash",
        nid=("Lakk. Fayda", ids.et_fayda),
        addr=addr_om,
        f=["Lalisee", "Hawwii", "Chaltuu", "Bontuu", "Gaaddisee", "Ayyaantuu"],
        m=["Caalaa", "Obsaa", "Gammadaa", "Lammii", "Biqilaa", "Jaalataa"],
        fam=["Tolasaa", "Gammachuu", "Dhaabaa", "Fayyisaa", "Abdiisaa", "Bayyanaa", "Guutamaa", "Kumsaa"],
        towns=["Adaamaa", "Jimmaa", "Naqamte", "Amboo", "Shashamannee", "Bishooftuu", "Finfinnee"],
    ),
    "wo": dict(
        lang="Wolof",
        region="SN",
        plate="SN",
        dob="dmy_slash",
        nid=("CNI", ids.sn_cni),
        addr=addr_wo,
        f=["Awa", "Fatou", "Aminata", "Khady", "Ndèye", "Mariama"],
        m=["Moussa", "Cheikh", "Modou", "Ibrahima", "Mamadou", "Pape"],
        fam=["Ndiaye", "Diop", "Fall", "Sarr", "Gueye", "Faye", "Mbaye", "Diouf", "Sène"],
        towns=["Dakar", "Thiès", "Kaolack", "Saint-Louis", "Touba", "Mbour", "Ziguinchor", "Rufisque"],
    ),
    "ht": dict(
        lang="Haitian Creole",
        region="HT",
        plate=None,
        dob="dmy_slash",
        nid=("NIF", ids.ht_nif),
        addr=addr_ht,
        f=["Mirlande", "Wislande", "Nadège", "Guerline", "Fabienne", "Medjine"],
        m=["Fritznel", "Kervens", "Wilner", "Ricardo", "Stanley", "Jean-Robert"],
        fam=["Pierre-Louis", "Joseph", "Desir", "Étienne", "Dorvil", "Saintil", "Jean-Baptiste", "Métellus"],
        towns=list(HT_FR),
    ),
    "qu": dict(
        lang="Quechua",
        region="PE",
        plate="PE",
        dob="dmy_slash",
        nid=("DNI", ids.pe_cui_gen),
        addr=addr_qu,
        f=["Sumaq", "Killa", "Wayta", "Illari", "Phuyu", "Chaska"],
        m=["Wayra", "Inti", "Kusi", "Amaru", "Yupanki", "Waman"],
        fam=[
            "Quispe Mamani",
            "Huamán Condori",
            "Mamani Choque",
            "Ccori Apaza",
            "Ttito Huallpa",
            "Condori Yupanqui",
            "Ccahuana Sullca",
        ],
        towns=list(QU_ES),
    ),
    "mi": dict(
        lang="Maori",
        region="NZ",
        plate="NZ",
        dob="dmy_slash",
        nid=("Nama IRD", ids.nz_ird_gen),
        addr=addr_mi,
        f=["Aroha", "Mere", "Anahera", "Kahurangi", "Hine", "Ataahua"],
        m=["Wiremu", "Rāwiri", "Tamati", "Hemi", "Manaia", "Nikau"],
        fam=["Ngata", "Te Rangi", "Tawhiri", "Paratene", "Horomona", "Pōtae", "Tipene", "Kereama"],
        towns=list(MI_EN),
    ),
    "sm": dict(
        lang="Samoan",
        region="WS",
        plate=None,
        dob="dmy_slash",
        nid=None,
        addr=addr_sm,
        f=["Malia", "Losa", "Fetu", "Sina", "Lagi", "Mele"],
        m=["Sione", "Tavita", "Iosefa", "Pita", "Tupe", "Ioane"],
        fam=["Tuilagi", "Leota", "Aumua", "Sapolu", "Toleafoa", "Tauiliili", "Lemalu", "Fa'asavalu"],
        towns=["Apia", "Vaitele", "Salelologa", "Lufilufi", "Leulumoega", "Falealili", "Māngere", "Ōtara"],
    ),
    "ceb": dict(
        lang="Cebuano",
        region="PH",
        plate="PH",
        dob="us_long",
        nid=("PhilSys Card Number", ids.ph_pcn),
        addr=addr_ceb,
        f=["Maricel", "Jessa Mae", "Cherry", "Rhea", "Kristine", "Lovely"],
        m=["Rodel", "Kenneth", "Arnel", "Ramil", "Jerome", "Jhon Rey"],
        fam=["Villanueva", "Cabahug", "Alcoseba", "Ybañez", "Pepito", "Sumalinog", "Abellana", "Tabanao", "Bacalso"],
        towns=list(CEB_EN),
    ),
}

PB = {
    "lb": dict(
        title="Meldung iwwer e Kand a Gefor",
        caps=(
            "Numm",
            "Virnumm",
            "Adress",
            "Telefonsnummer",
            "Gebuertsdatum",
            "Alter",
            "E-Mail",
            "Matricule",
            "Uertschaft",
            "Beschreiwung",
            "Meldend Persoun",
            "Kand",
            "Verdächteg Persoun",
        ),
        intro="Ech wëll eppes mellen, wat mech zanter Woche beonrouegt.",
        child="{child} ass {age} Joer al.",
        lives="D'Famill wunnt zu {town}.",
        adult="En Mann, {adult}, schreift dem Kand all Owend Messagen.",
        adult_age="Hien ass ongeféier {age} Joer al.",
        phone="Seng Telefonsnummer ass {phone}.",
        concern="Hien huet no Fotoe gefrot a gesot, et dierf kengem eppes soen.",
        me="Ech sinn {me}, d'Noperin.",
        contact="Dir kënnt mech ënner {phone} uruffen.",
        close="Merci fir Är Hëllef.",
        online="Online nennt hie sech {user}.",
        addr="D'Adress ass {addr}.",
        dob="Gebuer den {dob}.",
    ),
    "rm": dict(
        title="Annunzia davart in uffant en privel",
        caps=(
            "Num",
            "Prenum",
            "Adressa",
            "Numer da telefon",
            "Data da naschientscha",
            "Vegliadetgna",
            "E-mail",
            "Numer AVS",
            "Lieu",
            "Descripziun",
            "Persuna che annunzia",
            "Uffant",
            "Persuna suspecta",
        ),
        intro="Jau vuless annunziar ina situaziun che ma fa quitads.",
        child="{child} ha {age} onns.",
        lives="La famiglia abita a {town}.",
        adult="In um, {adult}, trametta mintga saira messadis a l'uffant.",
        adult_age="El ha var {age} onns.",
        phone="Ses numer da telefon è {phone}.",
        concern="El ha dumandà fotografias e ditg che l'uffant na dastgia dir quai a nagin.",
        me="Jau sun {me}, la vischina.",
        contact="Vus pudais ma telefonar sin {phone}.",
        close="Grazia fitg per voss agid.",
        online="Online sa numna el {user}.",
        addr="L'adressa è {addr}.",
        dob="Data da naschientscha: {dob}.",
    ),
    "fo": dict(
        title="Fráboðan um barn í vanda",
        caps=(
            "Navn",
            "Eftirnavn",
            "Bústaður",
            "Telefonnummar",
            "Føðingardagur",
            "Aldur",
            "Teldupostur",
            "P-tal",
            "Staður",
            "Lýsing",
            "Fráboðari",
            "Barn",
            "Grunaður",
        ),
        intro="Eg vil boða frá einum máli, sum hevur stúrt meg í fleiri vikur.",
        child="{child} er {age} ára gamal(t).",
        lives="Familjan býr í {town}.",
        adult="Ein maður, {adult}, sendir barninum boð hvønn aftan.",
        adult_age="Hann er umleið {age} ár.",
        phone="Telefonnummarið hjá honum er {phone}.",
        concern="Hann hevur biðið um myndir og sagt, at barnið ikki má siga tað við nakran.",
        me="Eg eiti {me} og eri grannin.",
        contact="Tit kunnu ringja til mín á {phone}.",
        close="Takk fyri hjálpina.",
        online="Á netinum kallar hann seg {user}.",
        addr="Bústaðurin er {addr}.",
        dob="Føðingardagur: {dob}.",
    ),
    "gl": dict(
        title="Denuncia sobre un menor en risco",
        caps=(
            "Nome",
            "Apelidos",
            "Enderezo",
            "Teléfono",
            "Data de nacemento",
            "Idade",
            "Correo electrónico",
            "DNI",
            "Localidade",
            "Descrición",
            "Persoa denunciante",
            "Menor",
            "Persoa sospeitosa",
        ),
        intro="Quero informar dunha situación que me preocupa desde hai semanas.",
        child="{child} ten {age} anos.",
        lives="A familia vive en {town}.",
        adult="Un home, {adult}, mándalle mensaxes todas as noites.",
        adult_age="Ten uns {age} anos.",
        phone="O seu número de teléfono é o {phone}.",
        concern="Pediulle fotos e díxolle que non llo contase a ninguén.",
        me="Son {me}, a veciña.",
        contact="Pódenme chamar ao {phone}.",
        close="Grazas pola axuda.",
        online="Na rede chámase {user}.",
        addr="O enderezo é {addr}.",
        dob="Naceu o {dob}.",
    ),
    "gd": dict(
        title="Aithris mu phàiste ann an cunnart",
        caps=(
            "Ainm",
            "Sloinneadh",
            "Seòladh",
            "Àireamh fòn",
            "Ceann-latha breith",
            "Aois",
            "Post-d",
            "Àireamh CHI",
            "Baile",
            "Tuairisgeul",
            "Neach-aithris",
            "Pàiste",
            "Neach fo amharas",
        ),
        intro="Tha mi airson rudeigin aithris a tha air a bhith a' cur dragh orm airson seachdainean.",
        child="Tha {child} {age} bliadhna a dh'aois.",
        lives="Tha an teaghlach a' fuireach ann an {town}.",
        adult="Tha fear, {adult}, a' cur teachdaireachdan chun a' phàiste a h-uile oidhche.",
        adult_age="Tha e mu {age} bliadhna a dh'aois.",
        phone="'S e an àireamh fòn aige {phone}.",
        concern="Dh'iarr e dealbhan agus thuirt e nach fhaod am pàiste innse do dhuine sam bith.",
        me="Is mise {me}, an nàbaidh.",
        contact="Faodaidh sibh fònadh thugam air {phone}.",
        close="Mòran taing airson ur cuideachadh.",
        online="Air loidhne, 's e {user} an t-ainm a th' aige.",
        addr="Seo an seòladh: {addr}.",
        dob="Ceann-latha breith: {dob}.",
    ),
    "fy": dict(
        title="Melding oer in bern yn gefaar",
        caps=(
            "Namme",
            "Efternamme",
            "Adres",
            "Telefoannûmer",
            "Bertedatum",
            "Leeftyd",
            "E-mail",
            "BSN",
            "Plak",
            "Beskriuwing",
            "Melder",
            "Bern",
            "Fertochte",
        ),
        intro="Ik wol wat melde dat my al wiken dwers sit.",
        child="{child} is {age} jier âld.",
        lives="De famylje wennet yn {town}.",
        adult="In man, {adult}, stjoert it bern alle jûnen berjochten.",
        adult_age="Hy is sa'n {age} jier.",
        phone="Syn telefoannûmer is {phone}.",
        concern="Hy hat om foto's frege en sein dat it bern it oan gjinien fertelle mei.",
        me="Ik bin {me}, de buorfrou.",
        contact="Jo kinne my belje op {phone}.",
        close="Tige tank foar jo help.",
        online="Online neamt er himsels {user}.",
        addr="It adres is {addr}.",
        dob="Berne op {dob}.",
    ),
    "bs": dict(
        title="Prijava zabrinutosti za dijete",
        caps=(
            "Ime",
            "Prezime",
            "Adresa",
            "Broj telefona",
            "Datum rođenja",
            "Godine",
            "E-mail",
            "JMBG",
            "Mjesto",
            "Opis",
            "Prijavitelj",
            "Dijete",
            "Osumnjičeni",
        ),
        intro="Želim prijaviti nešto što me brine već sedmicama.",
        child="{child} ima {age} godina.",
        lives="Porodica živi u {town}.",
        adult="Jedan muškarac, {adult}, šalje djetetu poruke svake večeri.",
        adult_age="Ima oko {age} godina.",
        phone="Njegov broj telefona je {phone}.",
        concern="Tražio je slike i rekao da dijete nikome ne smije reći.",
        me="Ja sam {me}, komšinica.",
        contact="Možete me nazvati na {phone}.",
        close="Hvala na pomoći.",
        online="Na internetu se zove {user}.",
        addr="Adresa je {addr}.",
        dob="Datum rođenja: {dob}.",
    ),
    "tk": dict(
        title="Howp astyndaky çaga barada habar",
        caps=(
            "Ady",
            "Familiýasy",
            "Salgysy",
            "Telefon belgisi",
            "Doglan senesi",
            "Ýaşy",
            "E-poçta",
            "Pasport",
            "Ýaşaýan ýeri",
            "Beýany",
            "Habar berýän",
            "Çaga",
            "Şübheli",
        ),
        intro="Birnäçe hepdeden bäri meni alada goýýan ýagdaý barada habar bermek isleýärin.",
        child="{child} {age} ýaşynda.",
        lives="Maşgala {town} şäherinde ýaşaýar.",
        adult="Bir erkek, {adult}, her agşam çaga hat ýazýar.",
        adult_age="Ol takmynan {age} ýaşynda.",
        phone="Onuň telefon belgisi {phone}.",
        concern="Ol surat sorady we hiç kime aýtmazlygy tabşyrdy.",
        me="Men {me}, goňşusy.",
        contact="Maňa {phone} belgä jaň edip bilersiňiz.",
        close="Kömegiňiz üçin sag boluň.",
        online="Internetde ol özüni {user} diýip atlandyrýar.",
        addr="Salgysy: {addr}.",
        dob="Doglan senesi: {dob}.",
    ),
    "tt": dict(
        title="Куркыныч астындагы бала турында хәбәр",
        caps=(
            "Исем",
            "Фамилия",
            "Адрес",
            "Телефон номеры",
            "Туган көне",
            "Яше",
            "Электрон почта",
            "ИНН",
            "Торак пункт",
            "Тасвирлама",
            "Хәбәр итүче",
            "Бала",
            "Шикле кеше",
        ),
        intro="Берничә атна инде мине борчый торган хәл турында хәбәр итәсем килә.",
        child="{child} {age} яшьтә.",
        lives="Гаилә {town} шәһәрендә яши.",
        adult="Бер ир-ат, {adult}, балага һәр кич хатлар җибәрә.",
        adult_age="Ул якынча {age} яшьтә.",
        phone="Аның телефон номеры {phone}.",
        concern="Ул фотолар сораган һәм беркемгә дә сөйләмәскә кушкан.",
        me="Мин {me}, күршесе.",
        contact="Миңа {phone} номеры буенча шалтырата аласыз.",
        close="Ярдәмегез өчен рәхмәт.",
        online="Интернетта ул үзен {user} дип атый.",
        addr="Адрес: {addr}.",
        dob="Туган көне: {dob}.",
    ),
    "yi": dict(
        title="מעלדונג וועגן אַ קינד אין סכּנה",
        caps=(
            "נאָמען",
            "פֿאַמיליע",
            "אַדרעס",
            "טעלעפֿאָן",
            "געבורטסטאָג",
            "עלטער",
            "אימעיל",
            "אידענטיטעט נומער",
            "שטאָט",
            "באַשרײַבונג",
            "מעלדער",
            "קינד",
            "חשוד",
        ),
        intro="איך וויל מעלדן עפּעס וואָס באַזאָרגט מיך שוין עטלעכע וואָכן.",
        child="{child} איז {age} יאָר אַלט.",
        lives="די משפּחה וווינט אין {town}.",
        adult="אַ מאַן, {adult}, שיקט דעם קינד יעדן אָוונט מעסעדזשעס.",
        adult_age="ער איז בערך {age} יאָר אַלט.",
        phone="זײַן טעלעפֿאָן נומער איז {phone}.",
        concern="ער האָט געבעטן בילדער און געזאָגט אַז מען טאָר קיינעם נישט זאָגן.",
        me="איך בין {me}, די שכנה.",
        contact="איר קענט מיך אָנרופֿן אויף {phone}.",
        close="אַ דאַנק פֿאַר אײַער הילף.",
        online="אָנליין רופֿט ער זיך {user}.",
        addr="דער אַדרעס איז {addr}.",
        dob="געבוירן {dob}.",
    ),
    "as": dict(
        title="শিশু সুৰক্ষা সম্পৰ্কীয় অভিযোগ",
        caps=(
            "নাম",
            "উপাধি",
            "ঠিকনা",
            "ফোন নম্বৰ",
            "জন্ম তাৰিখ",
            "বয়স",
            "ই-মেইল",
            "আধাৰ নম্বৰ",
            "ঠাই",
            "বিৱৰণ",
            "অভিযোগকাৰী",
            "শিশু",
            "সন্দেহভাজন",
        ),
        intro="মই এটা কথা জনাব বিচাৰিছোঁ, যিটোৱে মোক কেইবা সপ্তাহ ধৰি চিন্তিত কৰি আছে।",
        child="{child}, বয়স {age} বছৰ।",
        lives="পৰিয়ালটো {town}ত থাকে।",
        adult="{adult} নামৰ এজন মানুহে শিশুটিক প্ৰতি নিশা মেছেজ পঠিয়ায়।",
        adult_age="তেওঁৰ বয়স প্ৰায় {age} বছৰ।",
        phone="তেওঁৰ ফোন নম্বৰ {phone}।",
        concern="তেওঁ ফটো বিচাৰিছে আৰু কাকো নক'বলৈ কৈছে।",
        me="মোৰ নাম {me}, মই চুবুৰীয়া।",
        contact="মোক {phone} নম্বৰত ফোন কৰিব পাৰে।",
        close="সহায়ৰ বাবে ধন্যবাদ।",
        online="অনলাইনত তেওঁ নিজকে {user} বুলি কয়।",
        addr="ঠিকনা: {addr}।",
        dob="জন্ম তাৰিখ: {dob}।",
    ),
    "sn": dict(
        title="Chiziviso nezvemwana ari panjodzi",
        caps=(
            "Zita",
            "Zita remhuri",
            "Kero",
            "Nhamba yerunhare",
            "Zuva rekuzvarwa",
            "Makore",
            "Email",
            "Nhamba yechitupa",
            "Nzvimbo",
            "Tsananguro",
            "Munhu ari kuzivisa",
            "Mwana",
            "Anofungidzirwa",
        ),
        intro="Ndinoda kuzivisa nezvechimwe chinhu chave chichindinetsa kwemavhiki.",
        child="{child} ane makore {age}.",
        lives="Mhuri inogara mu{town}.",
        adult="Mumwe murume, {adult}, anotumira mwana mameseji manheru ese.",
        adult_age="Ane makore anenge {age}.",
        phone="Nhamba yake yerunhare ndeye {phone}.",
        concern="Akakumbira mifananidzo uye akati mwana asaudze munhu.",
        me="Ndini {me}, muvakidzani.",
        contact="Munogona kundifonera pa {phone}.",
        close="Ndatenda nerubatsiro.",
        online="Paindaneti anozviti {user}.",
        addr="Kero: {addr}.",
        dob="Akazvarwa musi wa {dob}.",
    ),
    "xh": dict(
        title="Ingxelo ngomntwana osengozini",
        caps=(
            "Igama",
            "Ifani",
            "Idilesi",
            "Inombolo yefowuni",
            "Umhla wokuzalwa",
            "Iminyaka",
            "I-imeyile",
            "Inombolo yesazisi",
            "Indawo",
            "Inkcazo",
            "Umniki-ngxelo",
            "Umntwana",
            "Umrhanelwa",
        ),
        intro="Ndifuna ukuxela into endikhathaza kangangeeveki.",
        child="{child} uneminyaka eyi-{age}.",
        lives="Usapho luhlala e{town}.",
        adult="Indoda ethile, {adult}, ithumelela umntwana imiyalezo rhoqo ebusuku.",
        adult_age="Ineminyaka emalunga ne-{age}.",
        phone="Inombolo yakhe yefowuni ngu-{phone}.",
        concern="Ucele iifoto waza wathi umntwana makangaxeleli mntu.",
        me="Igama lam ngu-{me}, ndingummelwane.",
        contact="Ningandifowunela ku-{phone}.",
        close="Enkosi ngoncedo lwenu.",
        online="Kwi-intanethi uzibiza ngokuba ngu-{user}.",
        addr="Idilesi: {addr}.",
        dob="Wazalwa ngomhla we-{dob}.",
    ),
    "om": dict(
        title="Gabaasa waa'ee daa'ima balaa keessa jiru",
        caps=(
            "Maqaa",
            "Maqaa abbaa",
            "Teessoo",
            "Lakkoofsa bilbilaa",
            "Guyyaa dhalootaa",
            "Umurii",
            "Imeelii",
            "Lakk. Fayda",
            "Bakka",
            "Ibsa",
            "Kan gabaasu",
            "Daa'ima",
            "Shakkamaa",
        ),
        intro="Waan torban hedduuf na yaaddessaa ture gabaasuun barbaada.",
        child="{child} umuriin waggaa {age} dha.",
        lives="Maatiin isaanii {town} keessa jiraatu.",
        adult="Namni {adult} jedhamu halkan halkan daa'imaaf ergaa erga.",
        adult_age="Umuriin isaa gara waggaa {age} ta'a.",
        phone="Lakkoofsi bilbila isaa {phone} dha.",
        concern="Suuraa gaafatee nama tokkoofillee akka hin himne itti hime.",
        me="Ani {me} dha, ollaa isaanii.",
        contact="Lakkoofsa {phone} irratti na bilbiluu dandeessu.",
        close="Gargaarsa keessaniif galatoomaa.",
        online="Interneetii irratti maqaa {user} jedhu fayyadama.",
        addr="Teessoo: {addr}.",
        dob="Guyyaa dhalootaa: {dob}.",
    ),
    "wo": dict(
        title="Xibaar ci mbiru xale bu nekk ci musiba",
        caps=(
            "Tur",
            "Sant",
            "Adrees",
            "Nimero telefon",
            "Bisu juddu",
            "At",
            "Email",
            "Nimero kart didantite",
            "Dëkk",
            "Leeral",
            "Ki yégle",
            "Xale",
            "Ki ñu sikk",
        ),
        intro="Dama bëgg yégle lu ma jaaxal ay ayubés.",
        child="{child} am na {age} at.",
        lives="Njaboot gi ngi dëkk {town}.",
        adult="Am góor bu tudd {adult}, mu ngi yónnee xale bi ay bataaxal guddi gu nekk.",
        adult_age="Mi ngi tollu ci {age} at.",
        phone="Nimeroom telefon mooy {phone}.",
        concern="Mu laaj ko ay nataal te ne ko bul wax kenn.",
        me="Man maay {me}, dëkkandoom.",
        contact="Mën ngeen ma woo ci {phone}.",
        close="Jërëjëf ci seen ndimbal.",
        online="Ci internet, dafay tudd {user}.",
        addr="Adrees bi: {addr}.",
        dob="Juddu na {dob}.",
    ),
    "ht": dict(
        title="Rapò sou yon timoun an danje",
        caps=(
            "Non",
            "Siyati",
            "Adrès",
            "Nimewo telefòn",
            "Dat nesans",
            "Laj",
            "Imèl",
            "NIF",
            "Vil",
            "Deskripsyon",
            "Moun k ap fè rapò a",
            "Timoun",
            "Sispèk",
        ),
        intro="Mwen vle rapòte yon bagay k ap fè m enkyete depi plizyè semèn.",
        child="{child} gen {age} an.",
        lives="Fanmi an rete {town}.",
        adult="Gen yon nonm, {adult}, k ap voye mesaj bay timoun nan chak swa.",
        adult_age="Li gen anviwon {age} an.",
        phone="Nimewo telefòn li se {phone}.",
        concern="Li mande foto epi li di timoun nan pa di pèsonn anyen.",
        me="Mwen se {me}, vwazin nan.",
        contact="Nou ka rele m nan {phone}.",
        close="Mèsi pou èd nou.",
        online="Sou entènèt li rele tèt li {user}.",
        addr="Adrès la se {addr}.",
        dob="Li fèt {dob}.",
    ),
    "qu": dict(
        title="Willakuy wawa sasachakuypi kasqanmanta",
        caps=(
            "Suti",
            "Ayllu suti",
            "Tiyasqan",
            "Telefono yupay",
            "Paqarisqan p'unchaw",
            "Watan",
            "Correo",
            "DNI",
            "Llaqta",
            "Willakuy",
            "Willakuq",
            "Wawa",
            "Tuhuchasqa",
        ),
        intro="Huk imamantam willakuyta munani, achka semanakunañam llakichiwan.",
        child="{child} {age} watayuqmi.",
        lives="Ayllunqa {town} llaqtapi tiyan.",
        adult="Huk runa, {adult} sutiyuq, sapa tuta wawaman willakuykunata apachin.",
        adult_age="Payqa yaqa {age} watayuqmi.",
        phone="Telefonon yupayninqa {phone}.",
        concern="Fotokunata mañakurqa, manataq pimanpas willanampaq nirqa.",
        me="Ñuqaqa {me} kani, wasi masin.",
        contact="{phone} yupayman waqyawankichik.",
        close="Anchata añaychaykichik yanapawasqaykichikmanta.",
        online="Internetpiqa {user} sutiwan riqsisqa.",
        addr="Tiyasqan: {addr}.",
        dob="Paqarirqa {dob}.",
    ),
    "mi": dict(
        title="Pūrongo mō tētahi tamaiti kei te mōrearea",
        caps=(
            "Ingoa",
            "Ingoa whānau",
            "Wāhi noho",
            "Nama waea",
            "Rā whānau",
            "Tau",
            "Īmēra",
            "Nama IRD",
            "Tāone",
            "Whakaahuatanga",
            "Kaipūrongo",
            "Tamaiti",
            "Te tangata e whakapaetia ana",
        ),
        intro="E hiahia ana ahau ki te pūrongo i tētahi take kua māharahara ahau mō ngā wiki maha.",
        child="{child}: e {age} ōna tau.",
        lives="Kei {town} te whānau e noho ana.",
        adult="He tāne, ko {adult} tōna ingoa, e tuku karere ana ki te tamaiti ia pō.",
        adult_age="Tata ki te {age} ōna tau.",
        phone="Ko tōna nama waea ko {phone}.",
        concern="I tono ia i ētahi whakaahua, ā, i kī ia kia kaua e kōrero ki tētahi atu.",
        me="Ko {me} ahau, te hoa noho tata.",
        contact="Ka taea e koutou te waea mai ki {phone}.",
        close="Ngā mihi nui mō tō koutou āwhina.",
        online="I te ipurangi, ko {user} tōna ingoa.",
        addr="Wāhi noho: {addr}.",
        dob="I whānau mai i te {dob}.",
    ),
    "sm": dict(
        title="Lipoti e uiga i se tamaitiiti o lo'o i se tulaga mata'utia",
        caps=(
            "Igoa",
            "Fa'aiuga",
            "Tuatusi",
            "Numera telefoni",
            "Aso fanau",
            "Tausaga",
            "Imeli",
            "Numera IRD",
            "Nu'u",
            "Fa'amatalaga",
            "Le tagata lipoti",
            "Tamaitiiti",
            "Le ua masalomia",
        ),
        intro="Ou te fia lipotia se mea ua ou popole ai mo ni vaiaso.",
        child="O {child} e {age} ona tausaga.",
        lives="E nonofo le aiga i {town}.",
        adult="O se tamaloa, o {adult}, e auina atu fe'au i le tamaitiiti i po uma.",
        adult_age="E tusa ma le {age} ona tausaga.",
        phone="O lana numera telefoni o le {phone}.",
        concern="Na ia talosagaina ni ata ma fai atu e aua ne'i ta'u i se tasi.",
        me="O a'u o {me}, o le tuaoi.",
        contact="E mafai ona outou vala'au mai ia te a'u i le {phone}.",
        close="Fa'afetai mo le fesoasoani.",
        online="I luga o le initaneti, e fa'aigoa o ia o {user}.",
        addr="Tuatusi: {addr}.",
        dob="Na fanau i le {dob}.",
    ),
    "ceb": dict(
        title="Report bahin sa bata nga nameligro",
        caps=(
            "Ngalan",
            "Apelyido",
            "Adres",
            "Numero sa telepono",
            "Adlaw sa pagkatawo",
            "Edad",
            "Email",
            "PhilSys Card Number",
            "Lugar",
            "Detalye",
            "Nag-report",
            "Bata",
            "Suspek",
        ),
        intro="Gusto nakong i-report ang usa ka butang nga nakapabalaka nako sulod sa pipila ka semana.",
        child="Si {child} {age} anyos pa.",
        lives="Ang pamilya nagpuyo sa {town}.",
        adult="Usa ka lalaki, si {adult}, nagpadala sa bata og mga mensahe matag gabii.",
        adult_age="Mga {age} anyos na siya.",
        phone="Ang iyang numero sa telepono kay {phone}.",
        concern="Nangayo siya og mga litrato ug miingon nga dili kini isulti bisan kinsa.",
        me="Ako si {me}, silingan nila.",
        contact="Pwede ko ninyo tawagan sa {phone}.",
        close="Salamat sa inyong tabang.",
        online="Sa internet, ang iyang ngalan kay {user}.",
        addr="Adres: {addr}.",
        dob="Natawo niadtong {dob}.",
    ),
}

TOWN_NATIVE = {  # native-script/exonym pairs where needed for Latin fallbacks in e-mails and English fragments
    "tt": {
        "Казан": "Kazan",
        "Чаллы": "Chally",
        "Түбән Кама": "Tuben Kama",
        "Әлмәт": "Almetyevsk",
        "Бөгелмә": "Bugulma",
        "Арча": "Archa",
    },
    "yi": {
        "ווילאַמסבורג": "Williamsburg",
        "קרית יואל": "Kiryas Joel",
        "מאָנסי": "Monsey",
        "בני ברק": "Bnei Brak",
        "אַנטווערפּן": "Antwerp",
        "סטאַמפֿאָרד היל": "Stamford Hill",
    },
    "as": {k: v[0] for k, v in AS_PIN.items()},
}
YI_REGION = {"US": "US", "IL": "IL", "BE": "BE", "GB": "GB"}
