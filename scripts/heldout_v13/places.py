"""Hand-typed towns, streets and postal formats per country or language ("native|latin" where scripts differ)."""

from __future__ import annotations

import random

from values import digits, letters


def _s(text: str) -> list[str]:
    return [w.strip() for w in text.split(",") if w.strip()]


TOWNS: dict[str, list[str]] = {
    "GB": _s(
        "Leeds, Bristol, Sheffield, Norwich, Swansea, Derby, Stockport, Luton, Bolton, Wigan, Reading, Exeter, "
        "Hull, Dundee, Paisley, Carlisle, Ipswich, Oldham, Rotherham, Croydon, Walsall, Blackpool, Gateshead"
    ),
    "US": _s(
        "Dayton, Tulsa, Fresno, Tacoma, Akron, Boise, Spokane, Reno, Wichita, Toledo, Lubbock, Chattanooga, "
        "Savannah, Modesto, Provo, Scranton, Macon, El Paso, Baton Rouge, Des Moines"
    ),
    "IE": _s("Galway, Limerick, Athlone, Dundalk, Sligo, Tralee, Drogheda, Kilkenny, Ennis, Navan, Letterkenny"),
    "AU": _s("Geelong, Ballarat, Wollongong, Townsville, Cairns, Toowoomba, Bendigo, Launceston, Mackay, Bunbury"),
    "CA": _s("Hamilton, Kitchener, Halifax, Saskatoon, Regina, Moncton, Kelowna, Laval, Gatineau, Sudbury"),
    "DE": _s(
        "Leipzig, Dortmund, Kassel, Bielefeld, Freiburg, Würzburg, Rostock, Mainz, Augsburg, Kiel, Erfurt, Münster"
    ),
    "AT": _s("Graz, Linz, Salzburg, Innsbruck, Klagenfurt, Villach, Wels, St. Pölten"),
    "CH": _s("Winterthur, Luzern, St. Gallen, Lugano, Biel/Bienne, Lausanne, Fribourg, Thun, Chur, Neuchâtel"),
    "FR": _s("Rennes, Nantes, Lille, Grenoble, Toulouse, Dijon, Angers, Brest, Limoges, Amiens, Perpignan, Mulhouse"),
    "BE": _s("Gent, Antwerpen, Liège, Namur, Leuven, Brugge, Charleroi, Mechelen, Hasselt"),
    "ES": _s("Zaragoza, Valladolid, Murcia, Alicante, Córdoba, Gijón, Vigo, Granada, Santander, Badajoz, Salamanca"),
    "IT": _s("Torino, Bologna, Bari, Verona, Padova, Trieste, Brescia, Parma, Modena, Perugia, Lecce, Cagliari"),
    "NL": _s("Utrecht, Eindhoven, Tilburg, Groningen, Almere, Breda, Nijmegen, Zwolle, Leiden, Haarlem, Arnhem"),
    "PL": _s("Kraków, Wrocław, Łódź, Poznań, Gdańsk, Lublin, Katowice, Białystok, Rzeszów, Toruń"),
    "PT": _s("Porto, Braga, Coimbra, Faro, Aveiro, Setúbal, Viseu, Évora"),
    "BR": _s("Campinas, Curitiba, Recife, Salvador, Fortaleza, Manaus, Belém, Goiânia"),
    "SE": _s("Göteborg, Malmö, Uppsala, Västerås, Örebro, Linköping, Umeå, Lund"),
    "DK": _s("Aarhus, Odense, Aalborg, Esbjerg, Randers, Kolding, Vejle"),
    "NO": _s("Bergen, Trondheim, Stavanger, Drammen, Tromsø, Kristiansand"),
    "FI": _s("Tampere, Turku, Oulu, Jyväskylä, Lahti, Kuopio"),
    "TR": _s("İzmir, Bursa, Konya, Gaziantep, Eskişehir, Trabzon, Antalya"),
    "IN": _s("Pune, Jaipur, Lucknow, Nagpur, Indore, Kochi, Mysuru, Surat"),
    "NG": _s("Ibadan, Enugu, Kano, Abeokuta, Port Harcourt, Jos"),
    "JO": _s("Irbid, Zarqa, Madaba, Aqaba"),
    "ZA": _s("Gqeberha, Polokwane, Bloemfontein, Stellenbosch, Pietermaritzburg, Soweto, Mthatha"),
    "PH": _s("Quezon City, Cebu City, Davao City, Iloilo City, Bacolod"),
    "VN": _s("Hải Phòng, Đà Nẵng, Huế, Cần Thơ, Nha Trang"),
    "KR": _s("Busan, Daegu, Incheon, Gwangju, Suwon"),
    "JP": _s("Sapporo, Fukuoka, Sendai, Kobe, Nagoya"),
    "CN": _s("Chengdu, Wuhan, Hangzhou, Xi'an, Kunming"),
    # world-tips places (native|latin)
    "RS": _s(
        "Београд|Beograd, Нови Сад|Novi Sad, Ниш|Niš, Крагујевац|Kragujevac, Суботица|Subotica, Чачак|Čačak, "
        "Нови Пазар|Novi Pazar, Зрењанин|Zrenjanin, Панчево|Pančevo, Краљево|Kraljevo"
    ),
    "BG": _s("София, Пловдив, Варна, Бургас, Русе, Стара Загора, Плевен, Сливен, Шумен, Хасково"),
    "GR": _s("Αθήνα, Θεσσαλονίκη, Πάτρα, Ηράκλειο, Λάρισα, Βόλος, Ιωάννινα, Καβάλα, Χανιά, Ρόδος"),
    "AL": _s("Tiranë, Durrës, Vlorë, Shkodër, Elbasan, Korçë, Fier, Berat, Lushnjë, Prishtinë, Prizren"),
    "LT": _s("Vilnius, Kaunas, Klaipėda, Šiauliai, Panevėžys, Alytus, Marijampolė, Mažeikiai, Utena, Jonava"),
    "LV": _s("Rīga, Daugavpils, Liepāja, Jelgava, Jūrmala, Ventspils, Rēzekne, Valmiera, Ogre, Cēsis"),
    "EE": _s("Tallinn, Tartu, Narva, Pärnu, Kohtla-Järve, Viljandi, Rakvere, Maardu, Kuressaare, Võru"),
    "IS": _s("Reykjavík, Kópavogur, Hafnarfjörður, Akureyri, Reykjanesbær, Garðabær, Mosfellsbær, Selfoss, Akranes"),
    "CY": _s(
        "Caerdydd, Abertawe, Casnewydd, Wrecsam, Bangor, Aberystwyth, Caerfyrddin, Pontypridd, Llanelli, Caernarfon"
    ),
    "GA": _s(
        "Gaillimh, Corcaigh, Luimneach, Port Láirge, Leitir Ceanainn, Trá Lí, Daingean Uí Chúis, Cill Airne, "
        "Béal an Mhuirthead"
    ),
    "CAT": _s("Girona, Lleida, Tarragona, Reus, Sabadell, Terrassa, Vic, Manresa, Mataró, Figueres"),
    "EUS": _s("Donostia, Bilbo, Gasteiz, Iruñea, Barakaldo, Getxo, Irun, Errenteria, Eibar, Durango"),
    "ER": _s(
        "ኣስመራ|Asmara, ከረን|Keren, መቐለ|Mekelle, ምጽዋዕ|Massawa, ዓዲ ዃላ|Adi Quala, መንደፈራ|Mendefera, ዓድዋ|Adwa, ኣኽሱም|Axum"
    ),
    "SO": _s("Muqdisho, Hargeysa, Kismaayo, Boosaaso, Baydhabo, Garoowe, Berbera, Gaalkacyo, Burco, Beledweyne"),
    "AF": _s(
        "کابل|Kabul, کندهار|Kandahar, جلال اباد|Jalalabad, هرات|Herat, پېښور|Peshawar, کوټه|Quetta, "
        "خوست|Khost, غزني|Ghazni"
    ),
    "IQ": _s(
        "هەولێر|Erbil, سلێمانی|Sulaymaniyah, دهۆک|Duhok, کەرکووک|Kirkuk, هەڵەبجە|Halabja, ڕانیە|Ranya, "
        "کۆیە|Koya, زاخۆ|Zakho"
    ),
    "UZ": _s("Toshkent, Samarqand, Buxoro, Andijon, Namangan, Fargʻona, Qarshi, Nukus, Urganch, Termiz"),
    "TJ": _s("Душанбе, Хуҷанд, Кӯлоб, Бохтар, Истаравшан, Панҷакент, Ваҳдат, Турсунзода, Хоруғ, Исфара"),
    "BO": _s("ལྷ་ས|Lhasa, གཞིས་ཀ་རྩེ|Shigatse, ཆབ་མདོ|Chamdo, ཉིང་ཁྲི|Nyingchi, རྩེ་ཐང|Tsethang, འབྲི་གུང|Drigung"),
    "HK": _s("旺角, 深水埗, 沙田, 屯門, 元朗, 觀塘, 荃灣, 將軍澳, 大埔, 黃大仙, 天水圍, 北角"),
}

STREETS: dict[str, list[str]] = {
    "GB": _s(
        "Mill Lane, Church Road, Station Road, Victoria Street, Park Avenue, Queens Drive, Elm Grove, "
        "Windsor Close, Beech Road, Highfield Road, Manor Way, Cedar Crescent, Kingsway, Orchard Close"
    ),
    "US": _s(
        "Maple Ave, Oak St, Cedar Ln, Pine Ridge Dr, Sunset Blvd, Lincoln Way, Elm St, Hillcrest Rd, "
        "Lakeview Ct, W 34th St, Meadowbrook Dr, Cherry Hill Rd"
    ),
    "IE": _s("Main Street, Dublin Road, Church View, Ard na Gréine, Castle Park, Bóthar na Trá, Oakwood Drive"),
    "AU": _s("Smith St, Beach Rd, Wattle Ave, Banksia Cres, Ocean Pde, Gum Tree Ct, Railway Tce"),
    "CA": _s("Maple Crescent, Rue Principale, King St W, Boulevard Saint-Joseph, Birch Ave, Lakeshore Rd"),
    "DE": _s(
        "Hauptstraße, Bahnhofstraße, Gartenweg, Lindenallee, Schillerstraße, Goethestraße, Ringstraße, "
        "Am Markt, Bergstraße, Kirchgasse, Rosenweg"
    ),
    "AT": _s("Mariahilfer Straße, Hauptplatz, Grabenweg, Kirchengasse, Lindengasse, Wiener Straße"),
    "CH": _s("Bahnhofstrasse, Dorfstrasse, Rue du Lac, Via Cantonale, Seestrasse, Chemin des Vignes"),
    "FR": _s(
        "rue de la République, avenue Jean Jaurès, rue des Lilas, boulevard Voltaire, impasse des Tilleuls, "
        "chemin du Moulin, place du Marché, allée des Peupliers"
    ),
    "BE": _s("Kerkstraat, Rue de l'Église, Stationsstraat, Avenue Louise, Molenstraat, Rue Haute"),
    "ES": _s(
        "Calle Mayor, Avenida de la Constitución, Calle Alcalá, Paseo de la Castellana, Calle del Sol, "
        "Plaza de España, Calle San Vicente"
    ),
    "IT": _s(
        "Via Roma, Via Garibaldi, Corso Vittorio Emanuele II, Piazza Dante, Viale dei Mille, Via Mazzini, "
        "Via delle Rose"
    ),
    "NL": _s("Kerkstraat, Dorpsstraat, Molenweg, Julianalaan, Prinsengracht, Lindelaan, Schoolstraat"),
    "PL": _s("ul. Polna, ul. Mickiewicza, al. Jana Pawła II, ul. Słowackiego, ul. Kwiatowa, ul. Lipowa"),
    "PT": _s("Rua de Santa Catarina, Avenida da Liberdade, Rua do Almada, Travessa do Carmo, Rua das Flores"),
    "BR": _s("Rua das Flores, Avenida Paulista, Rua XV de Novembro, Rua São João, Avenida Brasil"),
    "SE": _s("Storgatan, Drottninggatan, Björkvägen, Kungsgatan, Skolgatan"),
    "DK": _s("Nørregade, Vestergade, Skovvej, Algade, Strandvejen"),
    "NO": _s("Storgata, Kirkeveien, Skolegata, Bjørkeveien"),
    "FI": _s("Hämeenkatu, Koulukatu, Rantatie, Kirkkokatu"),
    "TR": _s("Atatürk Cad., Cumhuriyet Mah., İstiklal Sok., Gül Sok."),
    "IN": _s("MG Road, Link Road, Station Road, Nehru Nagar, Ring Road"),
    "NG": _s("Adeola Odeku Street, Ring Road, Ogui Road, Zik Avenue"),
    "JO": _s("Al-Hussein St, University St, King Abdullah II St"),
    "ZA": _s("Jan Smuts Avenue, Main Road, Church Street, Voortrekker Road, Nelson Mandela Drive"),
    "PH": _s("Rizal Avenue, Mabini St, Bonifacio Drive"),
    "VN": _s("Lê Lợi, Trần Hưng Đạo, Nguyễn Huệ"),
    "KR": _s("Haeundae-ro, Jungang-daero, Dongseong-ro"),
    "JP": _s("Chuo-dori, Sakura-machi, Minami 3-jo"),
    "CN": _s("Renmin Road, Jiefang Avenue, Zhongshan Road"),
    "RS": _s(
        "Булевар ослобођења|Bulevar oslobođenja, Краља Петра|Kralja Petra, Немањина|Nemanjina, "
        "Цара Душана|Cara Dušana, Војводе Мишића|Vojvode Mišića, Змај Јовина|Zmaj Jovina"
    ),
    "BG": _s("ул. „Витоша“, бул. „България“, ул. „Раковски“, ул. „Шипка“, бул. „Цар Освободител“"),
    "GR": _s("Ερμού, Λεωφ. Κηφισίας, Πατησίων, Εγνατίας, Τσιμισκή, Αγίου Δημητρίου"),
    "AL": _s("Rruga e Kavajës, Rruga Myslym Shyri, Bulevardi Zogu I, Rruga Sami Frashëri, Rruga e Durrësit"),
    "LT": _s("Gedimino pr., Laisvės al., Žalgirio g., Savanorių pr., Taikos pr."),
    "LV": _s("Brīvības iela, Elizabetes iela, Lāčplēša iela, Krasta iela, Ganību dambis"),
    "EE": _s("Pärnu mnt, Narva mnt, Tähe tn, Vabaduse pst, Mustamäe tee"),
    "IS": _s("Laugavegur, Hringbraut, Skólavörðustígur, Tryggvagata, Hafnarstræti"),
    "CY": _s("Stryd Fawr, Heol yr Eglwys, Ffordd y Castell, Lôn Las, Heol y Parc"),
    "GA": _s("Bóthar na Trá, Sráid an Mhuilinn, Ascaill na Páirce, Bóthar an Chaisleáin, Sráid na hEaglaise"),
    "CAT": _s("carrer de Balmes, carrer Major, passeig de Gràcia, avinguda Diagonal, plaça del Sol, carrer del Carme"),
    "EUS": _s("Kale Nagusia, Askatasunaren etorbidea, San Frantzisko kalea, Urbieta kalea, Zabalbide kalea"),
    "ER": _s("ጎደና ሓርነት|Harnet Avenue, ጎደና ሰማእታት|Semaetat Avenue, ጎደና ጀማሂር|Jamahir Street"),
    "SO": _s("Waddada Maka Al-Mukarama, Waddada Wadnaha, Waddada Sodonka, Waddada Jigjiga Yar"),
    "AF": _s("د دارالامان واټ|Darulaman Road, شهر نو|Shahr-e Naw, د کارته سه سړک|Karte Se Road"),
    "IQ": _s("شەقامی شەست مەتری|60 Metre Road, گەڕەکی ئازادی|Azadi Quarter, شەقامی سالم|Salim Street"),
    "UZ": _s("Amir Temur koʻchasi, Navoiy koʻchasi, Bobur koʻchasi, Mustaqillik shoh koʻchasi"),
    "TJ": _s("кӯчаи Рӯдакӣ, хиёбони Исмоили Сомонӣ, кӯчаи Айнӣ, кӯчаи Бохтар"),
    "BO": _s("བར་སྐོར|Barkhor, ནང་བྲན་ལམ|Nangdren Road, བོད་ལྗོངས་ལམ|Beijing East Road"),
    "HK": _s("彌敦道, 青山公路, 海壇街, 英皇道, 沙田正街, 青山道"),
}

ISO_OF_WORLD = {"CY": "GB", "GA": "IE", "CAT": "ES", "EUS": "ES", "BO": "CN"}


def split_native(entry: str, latin: bool = False) -> str:
    native, _, lat = entry.partition("|")
    return (lat or native) if latin else native


def town(rng: random.Random, country: str, latin: bool = False) -> str:
    return split_native(rng.choice(TOWNS[country]), latin)


def postcode(rng: random.Random, country: str) -> str:
    if country == "GB":
        return (
            f"{letters(rng, rng.choice([1, 2]), 'BDELMNPSW')}{rng.randint(1, 28)} {digits(rng, 1)}"
            f"{letters(rng, 2, 'ABDEFGHJLNPQRSTUWXYZ')}"
        )
    if country == "NL":
        return f"{digits(rng, 4, True)} {letters(rng, 2, 'ABCDEGHJKLMNPRSTVWXZ')}"
    if country == "PL":
        return f"{digits(rng, 2)}-{digits(rng, 3)}"
    if country == "PT":
        return f"{digits(rng, 4, True)}-{digits(rng, 3)}"
    if country == "SE":
        return f"{digits(rng, 3, True)} {digits(rng, 2)}"
    if country in ("CH", "AT", "BE", "DK", "NO", "AU", "AL", "IS"):
        return digits(rng, 4, True) if country != "IS" else digits(rng, 3, True)
    if country == "IE":
        ek = "ACDEFHKNPRTVWXY"
        return (
            f"{rng.choice(['H91', 'V94', 'A92', 'F91', 'N37'])} {letters(rng, 1, ek)}{digits(rng, 1)}"
            f"{letters(rng, 1, ek)}{digits(rng, 1)}"
        )
    if country == "CA":
        ca = "ABCEGHJKLMNPRSTVWXYZ"
        return (
            f"{letters(rng, 1, 'ABCEGHJKLMNPRSTVXY')}{digits(rng, 1)}{letters(rng, 1, ca)} "
            f"{digits(rng, 1)}{letters(rng, 1, ca)}{digits(rng, 1)}"
        )
    if country == "BR":
        return f"{digits(rng, 5)}-{digits(rng, 3)}"
    if country == "IN":
        return digits(rng, 6, True)
    if country in ("LT",):
        return f"LT-{digits(rng, 5)}"
    if country == "LV":
        return f"LV-{digits(rng, 4)}"
    return digits(rng, 5, True)


def street_line(rng: random.Random, country: str, latin: bool = False) -> str:
    st = split_native(rng.choice(STREETS[country]), latin)
    n = rng.randint(1, 180)
    flat = rng.randint(1, 40)
    if country in ("GB", "IE", "AU", "NG", "CY", "GA", "ZA"):
        pre = rng.choice(["", "", f"Flat {flat}, ", f"{rng.randint(1, 9)}{rng.choice('AB')} ", f"Apt {flat}, "])
        if country in ("CY", "GA"):
            pre = rng.choice(["", f"Fflat {flat}, " if country == "CY" else f"Árasán {flat}, "])
        return f"{pre}{n} {st}"
    if country == "US":
        return f"{rng.randint(10, 9999)} {st}" + rng.choice(["", "", f", Apt {flat}", f" #{flat}", f" Unit {flat}B"])
    if country == "CA":
        return f"{rng.randint(10, 999)} {st}" + rng.choice(["", f", Unit {flat}"])
    if country in ("DE", "AT", "CH", "NL", "BE", "SE", "DK", "NO", "FI", "IS", "EE", "LV"):
        suffix = rng.choice(["", "", "a", "b"]) if country in ("DE", "NL", "AT") else ""
        tail = ""
        if country == "DK":
            tail = rng.choice(["", f", {rng.randint(1, 5)}. tv", ", st. th"])
        if country == "AT":
            tail = rng.choice(["", f"/{rng.randint(1, 20)}", f"/{rng.randint(1, 4)}/{flat}"])
        if country in ("LV", "EE"):
            tail = rng.choice(["", f"-{flat}"])
        if country == "FI":
            tail = rng.choice(["", f" B {flat}", f" A {flat}"])
        return f"{st} {n}{suffix}{tail}"
    if country == "FR":
        return f"{n}{rng.choice(['', '', ' bis', ' ter'])}{rng.choice([' ', ', '])}{st}"
    if country == "ES":
        return f"{st}, {n}, {rng.randint(1, 9)}º {rng.choice('ABCD')}" if rng.random() < 0.6 else f"{st} {n}"
    if country == "IT":
        return f"{st} {n}" + rng.choice(["", f", int. {flat}", f"/{rng.choice('ABC')}"])
    if country == "PL":
        return f"{st} {n}" + rng.choice(["", f"/{flat}", f" m. {flat}"])
    if country in ("PT", "BR"):
        return f"{st}, {n}" + rng.choice(["", f", {rng.randint(1, 9)}.º Esquerdo", f", apto {flat}"])
    if country == "TR":
        return f"{st} No: {n} D: {flat}"
    if country == "IN":
        return f"Flat {rng.randint(101, 904)}, {rng.choice(['Sai Residency', 'Green Park Apts', 'Shanti Kunj'])}, {st}"
    if country == "RS":
        return f"{st} {n}" + rng.choice(["", f"/{flat}", f", стан {flat}" if not latin else f", stan {flat}"])
    if country == "BG":
        return rng.choice(
            [
                f"{st} {n}",
                f"{st} {n}, вх. {rng.choice('АБВ')}, ет. {rng.randint(1, 9)}, ап. {flat}",
                f"ж.к. „Младост“ {rng.randint(1, 4)}, бл. {rng.randint(1, 400)}, ап. {flat}",
            ]
        )
    if country == "GR":
        return f"{st} {n}"
    if country == "AL":
        return f"{st}, Nr. {n}" + rng.choice(["", f", Ap. {flat}", f", Pallati {rng.randint(1, 90)}"])
    if country == "LT":
        return f"{st} {n}" + rng.choice(["", f"-{flat}"])
    if country == "CAT":
        return f"{st}, {n}" + rng.choice(["", f", {rng.randint(1, 6)}r {rng.randint(1, 4)}a", ", baixos"])
    if country == "EUS":
        return f"{st} {n}" + rng.choice(["", f", {rng.randint(1, 8)}. eskuina", f", {rng.randint(1, 8)}. ezkerra"])
    if country == "UZ":
        return f"{st}, {n}-uy" + rng.choice(["", f", {flat}-xonadon"])
    if country == "TJ":
        return f"{st} {n}" + rng.choice(["", f", хонаи {flat}"])
    if country == "HK":
        return f"{st}{n}號" + rng.choice(["", f"{rng.randint(2, 30)}樓{rng.choice('ABCDEF')}室"])
    return f"{st} {n}"


# approximate centres used for GEO_COORDINATES
CENTRES: dict[str, tuple[float, float]] = {
    "GB": (53.48, -2.24),
    "US": (39.76, -84.19),
    "IE": (53.27, -9.05),
    "AU": (-38.15, 144.36),
    "CA": (43.26, -79.87),
    "DE": (51.34, 12.37),
    "FR": (48.11, -1.68),
    "ES": (41.65, -0.89),
    "IT": (45.07, 7.69),
    "NL": (52.09, 5.12),
    "PL": (50.06, 19.94),
    "BE": (51.05, 3.72),
    "CH": (47.50, 8.72),
    "AT": (47.07, 15.44),
    "SE": (57.71, 11.97),
    "RS": (44.81, 20.46),
    "BG": (42.69, 23.32),
    "GR": (37.98, 23.73),
    "AL": (41.33, 19.82),
    "LT": (54.69, 25.28),
    "LV": (56.95, 24.11),
    "EE": (59.44, 24.75),
    "IS": (64.15, -21.94),
    "CY": (51.48, -3.18),
    "GA": (53.27, -9.05),
    "CAT": (41.98, 2.82),
    "EUS": (43.32, -1.98),
    "ER": (15.32, 38.93),
    "SO": (2.05, 45.32),
    "AF": (34.53, 69.17),
    "IQ": (36.19, 44.01),
    "UZ": (41.30, 69.24),
    "TJ": (38.56, 68.77),
    "BO": (29.65, 91.14),
    "HK": (22.32, 114.17),
}
