"""STREET_ADDRESS, called directly (Presidio style): US, UK and European layouts, units, PO boxes, one line or
several; the street suffixes come from USPS Publication 28 (recognizers/_usps_suffixes.py), not a generator's lists."""

from __future__ import annotations

import pytest

RECOGNIZER = "street_address"

POSITIVES = [
    # (text, value, score range)
    # A house, a plot or a block numbered before its street; British and Australian types; "bis" after the number
    ("addr House 243, Nyerere Road, Kisumu. Police called", "House 243, Nyerere Road, Kisumu", (0.85, 1.0)),
    ("Ɔte H/No. 173, Market Road, Nkawkaw", "H/No. 173, Market Road, Nkawkaw", (0.85, 1.0)),
    # "Brgy." is an abbreviation, not a sentence's end (a town's "Kisumu." is: above)
    ("iti 34 Rizal St., Brgy. 24, Laoag 2900. Ti numero", "34 Rizal St., Brgy. 24, Laoag 2900", (0.85, 1.0)),
    ("Pickup: Stand 312, Jan Smuts Ave, Durban", "Stand 312, Jan Smuts Ave, Durban", (0.85, 1.0)),
    ("she lies at blk 19 lot 19, bonifacio st. i think", "blk 19 lot 19, bonifacio st.", (0.85, 1.0)),
    ("Yoon Ji-ho\n11 Kookaburra Cl, Cairns QLD 4310", "11 Kookaburra Cl, Cairns QLD 4310", (0.85, 1.0)),
    ("2 ADDR 87 Beechwood Lawns, Tralee V92 F58R", "87 Beechwood Lawns, Tralee V92 F58R", (0.85, 1.0)),
    (
        "jianguo149@wp.pl,2832,21 bis impasse des Peupliers,Clermont-Ferrand",
        "21 bis impasse des Peupliers,Clermont-Ferrand",
        (0.7, 1.0),
    ),
    # Other languages' "address" labels (Kyrgyz, Malagasy, Marathi), the rest of the line after them
    ("Дареги: Манас проспекти 59, кв. 30, Токмок 720023", "Манас проспекти 59, кв. 30, Токмок 720023", (0.9, 0.9)),
    ("Adiresy: Lot II J 13 Bis, Ankadifotsy, Toamasina", "Lot II J 13 Bis, Ankadifotsy, Toamasina", (0.9, 0.9)),
    ("पत्ता: फ्लॅट क्र. 5, शिवाजी नगर, पुणे 411005", "फ्लॅट क्र. 5, शिवाजी नगर, पुणे 411005", (0.9, 0.9)),
    # A fixed-width row's address cell, the next row below it: the value stops at its line's end
    ("ID      ADDRESS            TEAM\nR1      5B 79 Mill Lane   \nR44685  Alfie       Williams", "5B 79 Mill Lane",
     (0.85, 1.0)),
    # A house number and a street's name without its type word, right after an address cue.
    ("The boy resides at 9 Wellbrook with an uncle", "9 Wellbrook", (0.85, 1.0)),
    # A named street without a number, where someone is: kept (a street's works or traffic are not; NEGATIVES).
    ("She was seen on Pushkin Street near the market, buses every hour.", "Pushkin Street", (0.85, 1.0)),
    ("She was seen at the market on Pushkin Street.", "Pushkin Street", (0.85, 1.0)),  # a person's whereabouts
    ("Donor address 31 GLENMORE, PAISLEY", "31 GLENMORE, PAISLEY", (0.85, 1.0)),
    ("She lives at 1420 Maple Ave, Apt 3B, Dayton, OH 45402.", "1420 Maple Ave, Apt 3B, Dayton, OH 45402", (0.9, 1.0)),
    ("Address: 221B Baker Street, London NW1 6XE", "221B Baker Street, London NW1 6XE", (0.9, 1.0)),
    ("Send it to 14 Station Road, Ashford, Kent TN23 1PP, UK.", "14 Station Road, Ashford, Kent TN23 1PP, UK",
     (0.8, 1.0)),
    ("Anschrift: Hauptstraße 12, 10115 Berlin", "Hauptstraße 12, 10115 Berlin", (0.8, 1.0)),
    ("Keizersgracht 123, 1015 CJ Amsterdam", "Keizersgracht 123, 1015 CJ Amsterdam", (0.8, 1.0)),
    ("12 rue de la Paix, 75002 Paris", "12 rue de la Paix, 75002 Paris", (0.6, 1.0)),
    ("Calle Mayor 23, 3º B, 28013 Madrid", "Calle Mayor 23, 3º B, 28013 Madrid", (0.6, 1.0)),
    ("ul. Marszałkowska 10/12, 00-590 Warszawa", "ul. Marszałkowska 10/12, 00-590 Warszawa", (0.6, 1.0)),
    ("Rua Augusta 100, 1100-053 Lisboa", "Rua Augusta 100, 1100-053 Lisboa", (0.6, 1.0)),
    # Welsh and Irish street words before the name
    ('"With deepest sympathy." D. VORONOVA, 92 Heol Fach\n', "92 Heol Fach", (0.6, 1.0)),
    ("PO Box 4411, Tulsa, OK 74101", "PO Box 4411, Tulsa, OK 74101", (0.8, 0.9)),
    ("P.O. Box 12\nSpringfield, IL 62704", "P.O. Box 12\nSpringfield, IL 62704", (0.8, 0.9)),
    ("Mailing address:\n88 Quarry Lndg\nUnit 4\nBangor, ME 04401", "88 Quarry Lndg\nUnit 4\nBangor, ME 04401",
     (0.9, 1.0)),
    ("Ship to 1600 Pennsylvania Avenue NW, Washington, DC 20500", "1600 Pennsylvania Avenue NW, Washington, DC 20500",
     (0.8, 1.0)),
    ("Toronto office: 40 Bay St, Toronto, ON M5J 2X2", "40 Bay St, Toronto, ON M5J 2X2", (0.8, 1.0)),
    # Publication 28 suffixes beyond the common ones (names and abbreviations).
    ("He moved to 8351 Jeffrey Ville last year", "8351 Jeffrey Ville", (0.8, 1.0)),
    ("Deliver to 77 Heron Trce", "77 Heron Trce", (0.8, 1.0)),
    ("at 5 Mill Run Xing", "5 Mill Run Xing", (0.8, 1.0)),
    # A form in capitals (OCR, typed forms).
    ("ADDRESS: 1420 MAPLE AVE APT 3B\nDAYTON, OH 45402", "1420 MAPLE AVE APT 3B\nDAYTON, OH 45402", (0.7, 1.0)),
    ("Carrera 7 # 45-10, Bogotá", "Carrera 7 # 45-10, Bogotá", (0.8, 0.9)),
    ("House No. 12, Sector 4, Dwarka, New Delhi 110075", "House No. 12, Sector 4, Dwarka, New Delhi 110075",
     (0.55, 0.9)),  # a flat, a sector and a town's PIN: in_pin's 0.85
    ("Plot 45, Lekki Phase 1, Lagos", "Plot 45, Lekki Phase 1, Lagos", (0.55, 0.65)),
    ("2-3-1 Marunouchi, Chiyoda-ku, Tokyo 100-0005", "2-3-1 Marunouchi, Chiyoda-ku, Tokyo 100-0005", (0.8, 0.9)),
    # Rural routes, highway contracts, a box or general delivery and a town.
    ("Rural Route 3, Box 45", "Rural Route 3, Box 45", (0.8, 1.0)),
    ("RR 2 Box 152, Pocahontas, IA", "RR 2 Box 152, Pocahontas, IA", (0.8, 1.0)),
    ("HC 64 Box 112", "HC 64 Box 112", (0.8, 1.0)),
    ("Box 223, Fairbanks AK 99701", "Box 223, Fairbanks AK 99701", (0.7, 1.0)),
    ("General Delivery, Juneau AK 99801", "General Delivery, Juneau AK 99801", (0.7, 1.0)),
    # The unit before the street.
    ("Flat 2B, 45 Queen's Road", "Flat 2B, 45 Queen's Road", (0.9, 1.0)),
    ("He lives at 1st floor, 23 Park Lane.", "1st floor, 23 Park Lane.", (0.9, 1.0)),
    ("Suite 300, 500 Main St", "Suite 300, 500 Main St", (0.9, 1.0)),
    # An address label's value that no street shape knows: a one-word street, a house name, a foreign layout.
    ("Address: 12 Larkspur", "12 Larkspur", (0.9, 1.0)),
    ("Home address: 16 Kingsway", "16 Kingsway", (0.9, 1.0)),
    ("my address is 16 kingsway", "16 kingsway", (0.75, 1.0)),
    ("address: 44 kingsway, hove", "44 kingsway, hove", (0.75, 1.0)),
    ("Address: 7 The Paddocks, Chipping Norton", "7 The Paddocks, Chipping Norton", (0.9, 1.0)),
    ("Address: Hillcrest Farm, Lower Slaughter", "Hillcrest Farm, Lower Slaughter", (0.9, 1.0)),
    ("Anschrift: Am Markt 3, 04109 Leipzig", "Am Markt 3, 04109 Leipzig", (0.9, 1.0)),
    ("Dirección: Av. Corrientes 1234, piso 5, Buenos Aires", "Av. Corrientes 1234, piso 5, Buenos Aires",
     (0.9, 1.0)),
    ("Address: 14 Rosewood Crescent, Knutsford. He moved in May.", "14 Rosewood Crescent, Knutsford", (0.9, 1.0)),
    ('{"address": "12 Larkspur Close, Norwich"}', "12 Larkspur Close, Norwich", (0.9, 1.0)),
    ("home_address: 16 Kingsway", "16 Kingsway", (0.9, 1.0)),
    ("Flat 4/2, 10 Byres Road, Glasgow G11 5JY", "Flat 4/2, 10 Byres Road, Glasgow G11 5JY", (0.9, 1.0)),
    ("House 12, Road 5, Dhanmondi, Dhaka 1205", "House 12, Road 5, Dhanmondi, Dhaka 1205", (0.55, 0.65)),
    # A form's next field is not the address's next line.
    ("Address: 77 Mill Lane\nTown: Ashby", "77 Mill Lane", (0.9, 1.0)),
    # Beside the issue 12 look-alikes above: an Italian "via", a unit after a street's name, a unit alone.
    ("lives at via Garibaldi 5, Milano", "via Garibaldi 5, Milano", (0.9, 1.0)),
    ("Send it to Via Roma 12, 00184 Roma", "Via Roma 12, 00184 Roma", (0.7, 1.0)),
    # A unit alone only with an address cue ("lives", "at"): "Suite 300 is reserved" is a venue's.
    ("Meet at Willow Court Unit 5", "Unit 5", (0.7, 0.9)),
    ("She lives in Suite 12 now", "Suite 12", (0.7, 0.9)),
    ("Office: 200 Main Street Suite 12, Dayton OH", "200 Main Street Suite 12, Dayton OH", (0.9, 1.0)),
    # Chinese, Japanese and Korean script: a prefecture, city or ward and a block, a road and its number.
    ("東京都新宿区西新宿2-8-1", "東京都新宿区西新宿2-8-1", (0.7, 1.0)),
    ("〒160-0023 東京都新宿区西新宿1-1-1", "〒160-0023 東京都新宿区西新宿1-1-1", (0.7, 1.0)),
    ("大阪市中央区難波5丁目1-60", "大阪市中央区難波5丁目1-60", (0.7, 1.0)),
    ("地址：北京市朝阳区建国路88号", "北京市朝阳区建国路88号", (0.7, 1.0)),
    ("台北市信義區市府路1號", "台北市信義區市府路1號", (0.7, 1.0)),
    ("서울특별시 강남구 테헤란로 152", "서울특별시 강남구 테헤란로 152", (0.7, 1.0)),
    ("부산광역시 해운대구 우동 1234", "부산광역시 해운대구 우동 1234", (0.7, 1.0)),
    # Russian and Ukrainian: a street type, a house, a flat.
    ("ул. Ленина, д. 5, кв. 12, Москва", "ул. Ленина, д. 5, кв. 12, Москва", (0.8, 1.0)),
    ("Адрес: г. Москва, ул. Тверская, д. 7", "г. Москва, ул. Тверская, д. 7", (0.8, 1.0)),
    ("Невский проспект, д. 28, Санкт-Петербург", "Невский проспект, д. 28, Санкт-Петербург", (0.8, 1.0)),
    ("вул. Хрещатик, 22, Київ", "вул. Хрещатик, 22, Київ", (0.8, 1.0)),
    # Turkish "No:", an Indian flat and PIN, streets named with an article, a Norwegian "gate" of its own.
    ("İstiklal Caddesi No: 45, Beyoğlu, İstanbul", "İstiklal Caddesi No: 45, Beyoğlu, İstanbul", (0.8, 1.0)),
    ("Flat 3B, Sai Residency, MG Road, Bengaluru 560001", "Flat 3B, Sai Residency, MG Road, Bengaluru 560001",
     (0.8, 1.0)),
    ("Flat 201, Green Park Apartments, Andheri West, Mumbai 400058",
     "Flat 201, Green Park Apartments, Andheri West, Mumbai 400058", (0.8, 1.0)),
    ("Am Kupfergraben 6, Berlin", "Am Kupfergraben 6, Berlin", (0.6, 1.0)),
    ("An der Alster 14, 20099 Hamburg", "An der Alster 14, 20099 Hamburg", (0.6, 1.0)),
    ("Grote Markt 1, 1000 Brussel", "Grote Markt 1, 1000 Brussel", (0.6, 1.0)),
    ("Karl Johans gate 22, 0159 Oslo", "Karl Johans gate 22, 0159 Oslo", (0.8, 1.0)),
    # A street's name and number, a postal code and a town; a label in Cyrillic, the type after the name.
    ("Mickiewicza 10, 30-059 Kraków", "Mickiewicza 10, 30-059 Kraków", (0.6, 1.0)),
    ("Адрес: Москва, Тверская ул., 7", "Москва, Тверская ул., 7", (0.8, 1.0)),
    # Forms: a label alone on its line and the address's lines below it, up to a sentence.
    ("Home address:\nArdnamurchan Cottage\n4 Shore Road\nStrontian\nPH36 4HZ\nI want to Gift Aid my donation.",
     "Ardnamurchan Cottage\n4 Shore Road\nStrontian\nPH36 4HZ", (0.9, 1.0)),
    # A leader of dots, other words before the colon, a tab between label and value.
    ("Address ........ Hill Farm, Low Row", "Hill Farm, Low Row", (0.9, 1.0)),
    ("Indirizzo di residenza: Corso Garibaldi 12, Lecce", "Corso Garibaldi 12, Lecce", (0.9, 1.0)),
    ("Born\t12 October 1995\nAddress\tRR 2 Box 118, Hartland, NB E7P 1K4", "RR 2 Box 118, Hartland, NB E7P 1K4",
     (0.8, 1.0)),
    # The town's line below the label's line; a word broken at the line's end (OCR, PDF).
    ("Address: Lot 14, Kookaburra Road\nYarrawonga VIC 3730", "Lot 14, Kookaburra Road\nYarrawonga VIC 3730",
     (0.9, 1.0)),
    ("Home Address: 16 Wil-\nlowbank Drive, Dunedin 9010", "16 Wil-\nlowbank Drive, Dunedin 9010", (0.9, 1.0)),
    # A postal code's field below the address it completes.
    ("Address: 14 Mill Lane\nTown: Kettering\nPostcode: NN16 8QT", "NN16 8QT", (0.8, 1.0)),
    ("ADDRESS: 1420 MAPLE AVE\nCITY: DAYTON STATE: OH ZIP: 45402", "45402", (0.8, 1.0)),
    # Other languages' flats and doors, a dash before the state, a district's number, a sector's letter.
    ("Adres: ul. Długa 7 m. 12, 00-238 Warszawa", "ul. Długa 7 m. 12, 00-238 Warszawa", (0.9, 1.0)),
    ("Rua das Flores 221, apto 42, São Paulo - SP, 01310-000", "Rua das Flores 221, apto 42, São Paulo - SP, 01310-000",
     (0.6, 1.0)),
    ("Via Roma 5, int. 3, 40121 Bologna", "Via Roma 5, int. 3, 40121 Bologna", (0.6, 1.0)),
    ("22 Elm Park, Rathmines, Dublin 6", "22 Elm Park, Rathmines, Dublin 6", (0.9, 1.0)),
    ("House No. 221, Sector 15-A, Chandigarh 160015", "House No. 221, Sector 15-A, Chandigarh 160015", (0.55, 1.0)),
    ("Address: H.No. 4-12/3, Gandhi Nagar, Warangal - 506002", "H.No. 4-12/3, Gandhi Nagar, Warangal - 506002",
     (0.55, 1.0)),
    # A form that splits the address: the street's field, the house number's and the postal code's beside it.
    ("Straße: Lindenweg   Hausnummer: 12b\nPLZ: 79098   Ort: Freiburg", "Lindenweg", (0.9, 1.0)),
    ("Straße: Lindenweg   Hausnummer: 12b\nPLZ: 79098   Ort: Freiburg", "12b", (0.8, 1.0)),
    ("Straße: Lindenweg   Hausnummer: 12b\nPLZ: 79098   Ort: Freiburg", "79098", (0.8, 1.0)),
    ("Street name: Juniper Hollow Road | Apt/Unit: 4B", "4B", (0.8, 1.0)),
    # Post-office boxes as other countries write them.
    ("Casilla 45, Correo Central, Santiago", "Casilla 45, Correo Central, Santiago", (0.8, 1.0)),
    ("Apartado de Correos 1234, 46080 Valencia", "Apartado de Correos 1234, 46080 Valencia", (0.8, 1.0)),
    ("Postfach 1420, 8021 Zürich", "Postfach 1420, 8021 Zürich", (0.8, 1.0)),
    ("Private Bag 4, Tokoroa 3444", "Private Bag 4, Tokoroa 3444", (0.8, 1.0)),
    # A quoted CSV field ends the address.
    ('Amira Haddad,04/03/2010,"12 Fernhill Rd, Luton",LU4 9AB', "12 Fernhill Rd, Luton", (0.9, 1.0)),
    # Words about whose address it is before the colon, the value below; a leader after "Your address".
    ("Address of person at risk:\nRoom 4, Cedar House\n112 Gorse Lane\nSwindon SN2 7HL\nConcern: neglect",
     "Room 4, Cedar House\n112 Gorse Lane\nSwindon SN2 7HL", (0.9, 1.0)),
    ("Applicant's address ...... Orchard View, Long Lane, Tarporley", "Orchard View, Long Lane, Tarporley",
     (0.9, 1.0)),
    # The block below ends at the next field's label, written without a colon.
    ("Mailing address\nKeeper's Cottage\nLower Froyle\nAlton\nGU34 4LL\nMobile\n07700 900877",
     "Keeper's Cottage\nLower Froyle\nAlton\nGU34 4LL", (0.9, 1.0)),
    # An address's line by its label, a house's name without a number.
    ("ADDRESS LINE 1: HOLLYBANK HOUSE\nADDRESS LINE 2: BOX 33", "HOLLYBANK HOUSE", (0.9, 1.0)),
    # German and Austrian floors; an abbreviation's dot before a number ends no value.
    ("Anschrift: Bergmannstr. 51, Seitenflügel, 2. OG links, 10961 Berlin",
     "Bergmannstr. 51, Seitenflügel, 2. OG links, 10961 Berlin", (0.9, 1.0)),
    ("Dirección: Av. Libertador 4410, Dpto. 8, Vicente López, Buenos Aires",
     "Av. Libertador 4410, Dpto. 8, Vicente López, Buenos Aires", (0.9, 1.0)),
    # A form in capitals with a row of headers above its values: the street, then the town's line below its
    # headers; neither runs into the headers nor into the next field's header.
    ("STREET ADDRESS\n4410 ELM RIDGE RD\nCITY STATE ZIP CODE\nFREDERICK MD 21703\nDATE OF BIRTH (MM/DD/YYYY)\n"
     "04/11/1983", "4410 ELM RIDGE RD", (0.9, 1.0)),
    ("STREET ADDRESS\n4410 ELM RIDGE RD\nCITY STATE ZIP CODE\nFREDERICK MD 21703\nDATE OF BIRTH (MM/DD/YYYY)\n"
     "04/11/1983", "FREDERICK MD 21703", (0.8, 0.9)),
    ("APPLICANT ADDRESS\n77 CEDAR CT APT 2\nCITY STATE ZIP\nROCKVILLE MD 20850\nPHONE NUMBER\n301 555 0144",
     "ROCKVILLE MD 20850", (0.8, 0.9)),
    # A numbered field's label before the street is no part of it; the town's and postcode's fields below.
    ("B1 Street 12 Wharf Road\nB2 Town Whitby\nB3 Postcode YO21 3PU", "12 Wharf Road", (0.9, 1.0)),
    ("B1 Street 12 Wharf Road\nB2 Town Whitby\nB3 Postcode YO21 3PU", "Whitby", (0.8, 1.0)),
    ("B1 Street 12 Wharf Road\nB2 Town Whitby\nB3 Postcode YO21 3PU", "YO21 3PU", (0.8, 0.9)),
    ("A2 Address 3 Quarry Close, Matlock DE4 3AB\nA3 Date of birth 12/05/1990", "3 Quarry Close, Matlock DE4 3AB",
     (0.9, 1.0)),
    # A postal code in a table's postcode column, in a row that holds an address.
    ('Name,DOB,Address,Postcode\nAmira Haddad,04/03/2010,"12 Fernhill Rd, Luton",LU4 9AB', "LU4 9AB", (0.8, 0.9)),
    # The next field's label beside the street or on the next line ends it.
    ("Street Address: 5 Bay View Tce   Suburb: Fremantle   Postcode: 6160", "5 Bay View Tce", (0.9, 1.0)),
    ("Indirizzo ______ Via dei Mille 19, 00185 Roma\nData di nascita ______ 12/10/1969",
     "Via dei Mille 19, 00185 Roma", (0.9, 1.0)),
    ("Mailing address: PO Box 4471, Alice Springs NT 0871\n☒ Over 18", "PO Box 4471, Alice Springs NT 0871",
     (0.8, 1.0)),
    # Addresses in business text stay addresses; an Italian street after "in" stays a street.
    ("Our new headquarters are at 500 Route 9 North, Freehold, NJ 07728.", "500 Route 9 North, Freehold, NJ 07728",
     (0.7, 1.0)),
    ("Your order shipped via UPS to 1420 Maple Ave, Dayton, OH 45402.", "1420 Maple Ave, Dayton, OH 45402",
     (0.9, 1.0)),
    ("La sede è in via Roma 12, 40121 Bologna\nTel. 051 000000", "via Roma 12, 40121 Bologna", (0.6, 1.0)),
    ("The store is located at Pier 39, Beach Street, San Francisco, CA 94133.",
     "Pier 39, Beach Street, San Francisco, CA 94133", (0.9, 1.0)),
    ("my new address is the corner of Beiteveien 2", "the corner of Beiteveien 2", (0.7, 1.0)),
    # Text all in lower case (texts, chats): the street, then its town if one is known, not the sentence after it.
    ("we live at 22 old mill road now", "22 old mill road", (0.5, 1.0)),
    ("shes at 161 kingsway lane truro", "161 kingsway lane truro", (0.5, 1.0)),
    # A Thai address: the house number, then its lane (soi) and name.
    ("ที่อยู่ 123/45 ซอยสุขุมวิท 11 กรุงเทพ", "123/45 ซอยสุขุมวิท 11", (0.6, 0.9)),
    # A dictated address, its number in words; a French square; Ukrainian and Polish street words
    ("lives at ninety four seventeen elm hollow road i think in boise", "ninety four seventeen elm hollow road",
     (0.5, 1.0)),
    ("the address is one hundred and twenty four kingsway gardens they moved",
     "one hundred and twenty four kingsway gardens", (0.5, 1.0)),
    ("Domicile : 55 place du Marché, 33583 Bordeaux", "55 place du Marché, 33583 Bordeaux", (0.6, 1.0)),
    ("Ya z Rivnoho, vul. Shevchenka 87, kv. 50. V mene astma", "vul. Shevchenka 87", (0.6, 1.0)),
    ("lives w/ nan at os. Słoneczna 145</narrative>", "os. Słoneczna 145", (0.6, 1.0)),
    # In lower case, a sentence after the street's comma is no town
    ("from the hostel on 237 tanyard lane, they said", "237 tanyard lane", (0.5, 1.0)),
]  # fmt: skip
NEGATIVES = [
    # A pick list's heading over its table's header and rows: the words run across cells and lines
    "PICK LIST  Wave 739  DC-HUB2  Route Y27\nBin        SKU              Description      Qty  UoM\n"
    "X09-9-4   OYD-70746-OU   LED tube 18W     4   EA",
    "Windmill Hill 4-1 Quarry Lane United\nVenue: the Foundry Ground.",  # a match's result between two sides
    "Rugby results\nItaly 33 - 9 Fiji AET\nAttendance 8,333",  # a match's score, the number the second side's
    "The Q3 report is on page 12 of Volume 4.",
    "it was a one way street and we drove on one way street",  # no cue before the words: no dictated number
    # A street everybody uses, not an address: works and traffic on it, an English sentence after its type word.
    "Road works on Pushkin Street will continue until 3/5/2025.",
    "Road works on Churchill Avenue will continue until 15 Feb; buses are diverted via Station Road.",
    "Traffic diverted along Mill Road until Friday.",
    "The invoices were sent to 3 Suppliers.",
    "We moved to 2 June for the launch.",
    "Reminders posted to 40 People today.",
    "Call ext 2231 for the help desk.",
    "Version 2.3 shipped on 12 May 2024.",
    "Order 1234 Blue Widgets and 3 boxes.",
    "ROOM 12 FLOOR 3 BUILDING C",
    "INVOICE 1234 TOTAL DUE 45 USD",
    "email address: foo@bar.com",
    "IP address: 10.0.0.1",
    "Address: see above",
    "We need to address the backlog, and fix it.",
    "Address: n/a",
    "the address is wrong",
    "Keynote address: Dr. Smith, 10am",
    "MAC address: 00:1A:2B:3C:4D:5E",
    "web address: www.example.com",
    "Bitcoin address: 1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa",
    "Address changed, 2024",
    "address: same as above",
    "Address: Confirmed, see notes",
    "Address: 1 of 3 items pending",
    "Address is 192.168.1.20",
    "contact address: help@example.org",
    "Delivery address: TBC",
    "RR 2",
    "Ticket HC 64",
    "Box 12 contains cables, see list",
    "in Room 4 on Monday",
    "email_address: ann@x.org",
    '{"ip_address": "10.0.0.1"}',
    "wallet_address=0x3f5CE5FBFe3E9af3971dD833D26bA9b5C936f0bE",
    "the IP address is 10.0.0.1, gateway 10.0.0.254",
    # Issue 12 look-alikes: "via" the English preposition, a time stamp's seconds, a venue's named suite.
    "Donations via the Gallagher Giving portal are matched 1:1 through December.",
    "Gifts via our website or via email count toward the 2026 match.",
    "Error log: 2026-02-11T08:14:22Z WARN queue depth 1,024 exceeds threshold 800 on worker-3.",
    "Venue: Stanley Park Pavilion Room: Harrison Suite 12 Capacity: 80",
    # Counts and dates beside a city in CJK script, a line's number; abbreviations that are no street type alone.
    "东京都的市场在2-3月很忙。",
    "这条线路1号出口。",
    "Мы обсудили пункт 5, раздел 2, и пр. 5 штук",
    # A chain of names and a six-digit number that is no flat, road and town.
    "Room 5, Building A, Main Campus 100 200",
    "Invoice 12, Widgets, Blue Gadgets 123456",
    "I Am Legend 2, Warner Bros",
    "Release 3, 12345 Users",
    "Tier 2, 50000 Requests",
    "Python 3, 2020 Edition",
    # A postal code alone names a district, not a home; a form's address field left for later.
    "ZIP: 04350\nCalls: 239",
    "Postcode: NN16 8QT",
    "Region CAP: 40121",
    "Address line 1: see attached letter",
    "Address:\nPlease write in capitals.\n",
    "Meeting location: Room 210, Building 4",
    "Street: closed for resurfacing until Friday",
    "Team: Logistics   Unit: 4   Shift: B",
    "Street name: TBC\nHouse number: 12",
    "Received via: email",
    "Postfach-Nummer anfordern unter 0800 123 456",
    "Suite 300 is reserved for the board meeting; Level 2 for catering.",
    "Delivery window: Unit 3 loading bay, Dock 12",
    "Address line 1: Please write clearly.",
    # Prose by others: a sentence after "The address is", statutes and algorithms, a product's number, carriers.
    "The address is either outside the serviceable area for your region, or an error occurred.",
    "The address is a string of up to 255 characters, including spaces.",
    "Route 53 Global Resolver is a global service. Route 53 Global Resolver supports resolvers in many regions.",
    "Check digit algorithm (§ 290 SGB V Anlage 1, GKV-Spitzenverband): convert the letter.",
    "The check digit uses ISO 7064 Mod 11, 10 over the first ten digits.",
    "Pursuant to 42 USC 1983, Claims may proceed.",
    "Firmware 5 Patch 3, 2024 fixes the login bug.",
    "Formula 1 Grand Prix 2024, Round 5.",
    "Set retries to 3 Max Attempts 5, Backoff 2.",
    "The default port is 8080 Server Mode 2, TLS enabled.",
    "Warehouse 3 Aisle 14, Bay 2 holds the spare parts.",
    "Tracking 1Z 999 AA1 0000 00 via USPS Priority Mail, expected delivery 3-5 business days.",
    "Batch 77 Dispatched Today, ETA 2 days via Royal Mail Tracked 48.",
    "Your order 4471 shipped via UPS Ground and should arrive Thursday.",
    "Deploy stage 2 Blue Green 3 clusters.",
    "my sister ana is 13 shes at the park in swindon",  # a sentence's words between a number and "park"
    "driver,plate,mobile,route\nJo Bloggs,AB12 CDE,07700 900123,Leeds",  # "route" ends a header's line
]


@pytest.mark.parametrize(("text", "value", "scores"), POSITIVES)
def test_finds(find, text: str, value: str, scores: tuple[float, float]) -> None:
    found = [(v, s) for _, v, s in find(text)]
    assert value in [v for v, _ in found], found
    score = dict(found)[value]
    assert scores[0] <= score <= scores[1]


@pytest.mark.parametrize("text", NEGATIVES)
def test_ignores(find, text: str) -> None:
    assert find(text) == []


def test_suffixes_come_from_publication_28_not_faker() -> None:
    from pii_pipeline_recognizers import _recognizer_helpers, _usps_suffixes

    suffixes = set(_recognizer_helpers.STREET_SUFFIXES.split("|"))
    assert {"Ville", "Trce", "Lndg", "Xing", "Pkwy", "Stravenue", "Trafficway"} <= suffixes
    assert not {"Is", "Un", "Ky", "Ext"} & suffixes  # abbreviations that read as words
    assert len(_usps_suffixes.USPS_SUFFIXES) > 190
    # The generator's own lists are not a detector's gazetteer (preamble); this module must not read them.
    assert "faker" not in open(_recognizer_helpers.__file__, encoding="utf-8").read().lower()


# A form's next field is no line of the address above it, and a date's month and year open no street.
FORM_CASES = [
    # A unit's number with a dash is a house's, not a match's result
    ("Flat 4-3 Quarry Lane", "Flat 4-3 Quarry Lane"),
    # The next line of a chat is no part of the address: its clock is no postal code
    ("[16:44] tui: addy is 116 tamarind st\n[16:45] mele: ok", "116 tamarind st"),
    (
        "CHILD'S NAME\nAMELIA HART\nADDRESS\n14 HARBOUR VIEW RD\nWHITBY\nVEHICLE REGISTRATION\nYK19 HXB",
        "14 HARBOUR VIEW RD\nWHITBY",
    ),
    ("SUBJECT\nTOMASZ NOWAK  DOB 12/06/1988\n45 QUEEN ST  COVENTRY", "45 QUEEN ST  COVENTRY"),
    # A CSV's row ends the address with its line: the next row's first cells are no part of its town
    (
        "FIRST,LAST,EMAIL,STREET,CITY\nDiego,Sánchez,d@x.com,8296 Tallow Creek Dr,Bangor\nAna,Ruiz,a@x.com,,",
        "8296 Tallow Creek Dr,Bangor",
    ),
]


@pytest.mark.parametrize(("text", "value"), FORM_CASES)
def test_form_address_stops_at_the_next_field(find, text: str, value: str) -> None:
    assert [v for _, v, _ in find(text)] == [value]


def test_form_columns_are_no_street(find) -> None:
    # "13    TOWN DONCASTER\nSCHOOL ST": an age, the next column's label and a school, not a street
    assert find("NAME RUBY OWENS    AGE 13    TOWN DONCASTER\nSCHOOL ST MARY'S ACADEMY    YEAR 8") == []


def test_a_racecards_odds_then_the_next_runner_is_no_address(find) -> None:  # noqa: ANN001
    text = (
        " 4  Princess Compass         (IRE)  9yo  10-12  form P9264  draw 4  40/1\n"
        " 7  Copper Meadow            (USA)  4yo  10-9  form 2222  draw 1  3/1"
    )
    assert find(text) == []


def test_a_bank_directorys_rows_hold_institutions_offices(find) -> None:  # noqa: ANN001
    # each row opens with a BIC: the addresses are banks' offices; one BIC beside an address is no directory
    directory = (
        "BIC         | Head office\n"
        "DEUTDEFFXXX | Taunusanlage 12, 60325 Frankfurt am Main\n"
        "INGBNL2AXXX | Bijlmerdreef 106, 1102 CT Amsterdam\n"
    )
    assert find(directory) == []
    wire = "Beneficiary: Jan de Vries | BIC INGBNL2A | Bijlmerdreef 106, 1102 CT Amsterdam"
    assert any(e == "STREET_ADDRESS" and v.startswith("Bijlmerdreef 106") for e, v, _ in find(wire))
