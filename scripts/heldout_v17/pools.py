"""Hand-typed pools for the English-language registers (names, towns, streets, firms).

Every entry here was typed for this corpus; no external word lists are used.
"""

from __future__ import annotations

import unicodedata

from common import digits, pick

# (given names female, given names male, surnames) per naming culture, Latin script
CULTURES = {
    "anglo": (
        ["Kerry", "Shannon", "Bethany", "Lorraine", "Gemma", "Tamsin", "Holly", "Jodie", "Marnie"],
        ["Gareth", "Dean", "Callum", "Wesley", "Neil", "Ashley", "Toby", "Rhys", "Lewis"],
        ["Haworth", "Pennington", "Ashcroft", "Dunmore", "Blakey", "Fenwick", "Pilkington", "Thorne", "Rudd"],
    ),
    "irish": (
        ["Siobhán", "Aoife", "Niamh", "Gráinne", "Caoimhe"],
        ["Cathal", "Oisín", "Donnacha", "Ruairí", "Fergal"],
        ["Ó Súilleabháin", "McGrath", "Breathnach", "Fitzgerald", "Mac Giolla", "Hegarty"],
    ),
    "scots": (
        ["Morag", "Kirsty", "Isla", "Eilidh", "Catriona"],
        ["Hamish", "Ewan", "Fraser", "Alasdair", "Struan"],
        ["MacLeod", "Drummond", "Guthrie", "Ferguson", "Urquhart", "McAllister"],
    ),
    "polish": (
        ["Agnieszka", "Zuzanna", "Małgorzata", "Wiktoria"],
        ["Grzegorz", "Tomasz", "Przemysław", "Kacper"],
        ["Wiśniewski", "Zielińska", "Kowalczyk", "Szymański", "Dąbrowska"],
    ),
    "yoruba": (
        ["Folasade", "Adebimpe", "Omolara", "Titilayo"],
        ["Oluwaseun", "Babatunde", "Adewale", "Olumide"],
        ["Adeyemi", "Ogunleye", "Akinola", "Fashola", "Adebayo"],
    ),
    "igbo": (
        ["Chiamaka", "Ngozi", "Adaeze", "Ifeoma"],
        ["Chukwuemeka", "Obinna", "Ikenna", "Nnamdi"],
        ["Okafor", "Nwosu", "Eze", "Okonkwo", "Onyekachi"],
    ),
    "south_asian": (
        ["Priyanka", "Harpreet", "Anjali", "Sunita", "Farzana", "Nusrat"],
        ["Rajesh", "Gurpreet", "Vikram", "Imran", "Arjun", "Tanvir"],
        ["Chaudhry", "Sandhu", "Venkataraman", "Bhattacharya", "Malik", "Rahman", "Iyer"],
    ),
    "chinese": (
        ["Xiaoling", "Meiyu", "Jiahui", "Wing Yan"],
        ["Zhiwei", "Haoran", "Ka Ho", "Junjie"],
        ["Zhang", "Liang", "Chan", "Ng", "Guo", "Tsang"],
    ),
    "vietnamese": (["Thảo", "Ngọc Anh", "Hương"], ["Minh Tuấn", "Quang", "Đức"], ["Nguyễn", "Trần", "Phạm", "Huỳnh"]),
    "korean": (
        ["Ji-yeon", "Seo-yeon", "Min-ji"],
        ["Jae-won", "Hyun-woo", "Dong-hyun"],
        ["Bae", "Choi", "Jeong", "Kang"],
    ),
    "arabic": (
        ["Mariam", "Yasmin", "Rana", "Nour"],
        ["Tariq", "Khalid", "Youssef", "Bilal"],
        ["Al-Masri", "Haddad", "El-Sayed", "Qureshi", "Mansour"],
    ),
    "somali": (
        ["Hodan", "Ayaan", "Filsan"],
        ["Abdirahman", "Mahad", "Guled"],
        ["Warsame", "Abdullahi", "Farah", "Jama"],
    ),
    "turkish": (["Elif", "Zeynep", "Büşra"], ["Emre", "Burak", "Çağatay"], ["Yılmaz", "Öztürk", "Kaya", "Şahin"]),
    "hispanic": (
        ["Guadalupe", "Yesenia", "Marisol", "Lucía"],
        ["Alejandro", "Jorge Luis", "Iván", "Rigoberto"],
        ["Castañeda", "Villalobos", "Ortiz", "Quintero", "Echeverría"],
    ),
    "filipino": (
        ["Maricel", "Rowena", "Jhoanna"],
        ["Rodel", "Jomar", "Arnel"],
        ["Dela Cruz", "Macapagal", "Bautista", "Villanueva"],
    ),
    "caribbean": (
        ["Shanice", "Tanisha", "Kimone"],
        ["Delroy", "Andre", "Kemar"],
        ["Campbell", "McKenzie", "Brissett", "Gayle"],
    ),
    "greek": (
        ["Eleni", "Despina", "Katerina"],
        ["Stavros", "Giorgos", "Panagiotis"],
        ["Papadopoulos", "Kontogianni", "Georgiou"],
    ),
    "portuguese": (["Inês", "Joana", "Filipa"], ["Tiago", "Rui", "Gonçalo"], ["Carvalho", "Magalhães", "Sequeira"]),
    "ukrainian": (
        ["Oksana", "Iryna", "Yulia"],
        ["Bohdan", "Taras", "Mykola"],
        ["Shevchuk", "Kovalenko", "Hrytsenko", "Bondarenko"],
    ),
    "jewish": (
        ["Miriam", "Tova", "Rivka"],
        ["Yossi", "Avraham", "Shmuel"],
        ["Goldberg", "Rosenthal", "Abramowitz", "Katz"],
    ),
    "ghanaian": (["Akosua", "Efua", "Abena"], ["Kwabena", "Kofi", "Yaw"], ["Mensah", "Owusu", "Asante", "Boateng"]),
    "italian": (
        ["Chiara", "Federica", "Graziella"],
        ["Salvatore", "Matteo", "Gianluca"],
        ["Esposito", "Lombardi", "Ferraro", "Colombo"],
    ),
}
CULTURE_KEYS = sorted(CULTURES)

# Non-Latin-script names (full name as written natively)
NATIVE_SCRIPT_NAMES = [
    "Олена Бондаренко",
    "Дмитрий Соколов",
    "Μαρία Παπαδοπούλου",
    "Νίκος Γεωργίου",
    "سارة الحسيني",
    "محمد عبد الله",
    "张伟",
    "李秀英",
    "王芳",
    "陳冠宇",
    "박지훈",
    "김수진",
    "田中 美咲",
    "佐藤 健",
    "רבקה כהן",
    "אבי לוי",
    "प्रिया शर्मा",
    "राहुल वर्मा",
    "ਗੁਰਪ੍ਰੀਤ ਕੌਰ",
    "Αικατερίνη Λαμπράκη",
    "Іван Мельник",
    "نرگس رضایی",
]

NICKNAMES = [
    "Bex",
    "Gazza",
    "Tash",
    "Deano",
    "Mo",
    "Jojo",
    "Kaz",
    "Shaz",
    "Ollie",
    "Bubs",
    "Smudge",
    "Taz",
    "Nikki",
    "Chaz",
    "Rosie",
    "Big J",
    "Lil T",
    "Kiki",
]

# UK towns/villages and postcode districts
UK_PLACES = [
    ("Hebden Bridge", "HX7"),
    ("Clitheroe", "BB7"),
    ("Wymondham", "NR18"),
    ("Penrith", "CA11"),
    ("Bideford", "EX39"),
    ("Leominster", "HR6"),
    ("Dunstable", "LU6"),
    ("Whitby", "YO21"),
    ("Ilkeston", "DE7"),
    ("Totnes", "TQ9"),
    ("Ashby-de-la-Zouch", "LE65"),
    ("Mexborough", "S64"),
    ("Leamington Spa", "CV32"),
    ("Brixham", "TQ5"),
    ("Skegness", "PE25"),
    ("Newquay", "TR7"),
    ("Bishop's Stortford", "CM23"),
    ("Rochdale", "OL11"),
    ("Oldham", "OL4"),
    ("Walsall", "WS2"),
    ("Luton", "LU2"),
    ("Leicester", "LE4"),
    ("Bradford", "BD8"),
    ("Llandudno", "LL30"),
    ("Merthyr Tydfil", "CF47"),
    ("Ballymena", "BT43"),
    ("Newry", "BT34"),
    ("Peebles", "EH45"),
    ("Forfar", "DD8"),
    ("Dingwall", "IV15"),
    ("Kirkcaldy", "KY1"),
    ("Grantham", "NG31"),
]
UK_STREETS = [
    "Tithebarn Lane",
    "Marlborough Road",
    "Fountains Close",
    "Quarry Bank",
    "Mill Wynd",
    "Albion Terrace",
    "Coronation Street",
    "Primrose Hill Road",
    "Cedar Grove",
    "Back Lane",
    "St Aidan's Crescent",
    "Kingfisher Way",
    "Ropewalk",
    "Orchard Mews",
    "Station Approach",
    "Churchill Avenue",
    "Larch Drive",
    "Foxglove Court",
    "Moss Side Road",
    "Holly Bank",
]

US_PLACES = [
    ("Chillicothe", "OH", "45601"),
    ("Bozeman", "MT", "59715"),
    ("Wenatchee", "WA", "98801"),
    ("Hattiesburg", "MS", "39401"),
    ("Kalamazoo", "MI", "49007"),
    ("Paducah", "KY", "42001"),
    ("Yakima", "WA", "98902"),
    ("Brownsville", "TX", "78520"),
    ("Pueblo", "CO", "81003"),
    ("Ithaca", "NY", "14850"),
    ("Gainesville", "FL", "32601"),
    ("Decatur", "IL", "62521"),
    ("Tulsa", "OK", "74105"),
    ("Fresno", "CA", "93704"),
    ("Duluth", "MN", "55803"),
    ("Burlington", "VT", "05401"),
    ("Sioux Falls", "SD", "57104"),
    ("Macon", "GA", "31201"),
    ("Lowell", "MA", "01852"),
    ("Stockton", "CA", "95204"),
    ("Scranton", "PA", "18503"),
]
US_STREETS = [
    "Sycamore Street",
    "W 14th Ave",
    "Old Mill Road",
    "Magnolia Blvd",
    "N Cedar Ln",
    "Ridgeview Drive",
    "Pecan Hollow Ct",
    "E Washington St",
    "Lakeshore Dr",
    "Briar Patch Rd",
    "Cottonwood Trail",
    "S 3rd Street",
    "Juniper Way",
    "Harbor View Ter",
]

CA_PLACES = [
    ("Moose Jaw", "SK", "S6H 2K8"),
    ("Nanaimo", "BC", "V9R 5J3"),
    ("Sudbury", "ON", "P3E 4N1"),
    ("Lethbridge", "AB", "T1J 3Z4"),
    ("Moncton", "NB", "E1C 8R2"),
    ("Brandon", "MB", "R7A 6P3"),
]
IE_PLACES = [
    ("Ennis", "Co. Clare", "V95 E2T8"),
    ("Tullamore", "Co. Offaly", "R35 K7W3"),
    ("Dungarvan", "Co. Waterford", "X35 YD62"),
    ("Castlebar", "Co. Mayo", "F23 H2P6"),
]

AU_PLACES = [("Wagga Wagga", "NSW", "2650"), ("Toowoomba", "QLD", "4350"), ("Ballarat", "VIC", "3350")]

EMAIL_DOMAINS = [
    "gmail.com",
    "outlook.com",
    "hotmail.co.uk",
    "yahoo.com",
    "icloud.com",
    "proton.me",
    "btinternet.com",
    "aol.com",
    "live.ie",
    "sky.com",
    "gmx.com",
    "yahoo.co.uk",
    "mail.com",
]


def person(rng, culture=None, female=None):
    """Return (first, last, female, culture)."""
    culture = culture or pick(rng, CULTURE_KEYS)
    fem, mal, sur = CULTURES[culture]
    female = rng.random() < 0.5 if female is None else female
    return pick(rng, fem if female else mal), pick(rng, sur), female, culture


def ascii_fold(s: str) -> str:
    s = s.replace("ł", "l").replace("Ł", "L").replace("đ", "d").replace("Đ", "D").replace("ø", "o")
    s = s.replace("æ", "ae").replace("ß", "ss").replace("ı", "i")
    return "".join(c for c in unicodedata.normalize("NFKD", s) if c.isascii())


def slug(s: str) -> str:
    return "".join(c for c in ascii_fold(s).lower() if c.isalnum())


def email_for(rng, first, last, domain=None):
    f, la = slug(first), slug(last)
    style = rng.randrange(6)
    local = [
        f"{f}.{la}",
        f"{f[0]}{la}",
        f"{f}{la}{rng.randint(1, 99)}",
        f"{la}.{f[0]}",
        f"{f}_{la[:4]}{rng.randint(70, 99)}",
        f"{f}{rng.randint(1980, 2011)}",
    ][style]
    return f"{local}@{domain or pick(rng, EMAIL_DOMAINS)}"


def username_for(rng, first, last=""):
    f, la = slug(first), slug(last) or "x"
    return pick(
        rng,
        [
            f"{f}_{la}{digits(rng, 2)}",
            f"{f}.{la[:3]}",
            f"x{f}x{digits(rng, 3)}",
            f"{la}{f[:1]}_{digits(rng, 4)}",
            f"the_real_{f}",
            f"{f}{la[:2]}.official",
            f"{f[:3]}{la[:3]}{digits(rng, 2)}",
            f"lil{f}{digits(rng, 1)}",
            f"{f}__{pick(rng, ['vibes', 'gaming', 'xo', 'uk', 'ttv'])}",
        ],
    )


def uk_address(rng):
    town, pc = pick(rng, UK_PLACES)
    num = rng.randint(1, 148)
    street = pick(rng, UK_STREETS)
    postcode = f"{pc} {rng.randint(1, 9)}{pick(rng, 'ABDEFGHJLNPQRSTUWXYZ')}{pick(rng, 'ABDEFGHJLNPQRSTUWXYZ')}"
    return num, street, town, postcode


def us_address(rng):
    town, st, zipc = pick(rng, US_PLACES)
    return rng.randint(12, 9870), pick(rng, US_STREETS), town, st, zipc
