"""Hand-typed world word lists for registers 1-4 (names, towns, streets, identifiers).

Names are given as (native, Latin) pairs where the native script is not Latin. Family names with
gendered forms are (native_m, latin_m, native_f, latin_f).
"""

import ids


def _n(rng, a, b):
    return str(rng.randint(a, b))


def addr_gb(rng, town):
    pcs = {
        "Leeds": "LS",
        "Swindon": "SN",
        "Sunderland": "SR",
        "Norwich": "NR",
        "Wrexham": "LL",
        "Dundee": "DD",
        "Derby": "DE",
        "Plymouth": "PL",
        "Preston": "PR",
        "Luton": "LU",
    }
    st = rng.choice(
        [
            "Grange Road",
            "Albert Street",
            "Church Lane",
            "Victoria Avenue",
            "Mill Close",
            "Station Road",
            "Highfield Crescent",
            "Park View",
            "Hawthorn Way",
            "Queens Drive",
            "Beech Grove",
        ]
    )
    pc = f"{pcs[town]}{rng.randint(1, 19)} {rng.randint(1, 9)}{ids.letters(rng, 2, 'ABDEFGHJLNPQRSTUWXYZ')}"
    flat = rng.choice(["", "", f"Flat {rng.randint(1, 12)}, "])
    return f"{flat}{rng.randint(1, 212)} {st}, {town} {pc}"


US_TOWNS = [
    ("Dayton", "OH", "454"),
    ("Tulsa", "OK", "741"),
    ("Spokane", "WA", "992"),
    ("Macon", "GA", "312"),
    ("Fresno", "CA", "937"),
    ("Toledo", "OH", "436"),
    ("El Paso", "TX", "799"),
    ("Lansing", "MI", "489"),
    ("Camden", "NJ", "081"),
    ("Erie", "PA", "165"),
    ("Tucson", "AZ", "857"),
    ("Buffalo", "NY", "142"),
    ("Gainesville", "FL", "326"),
    ("Peoria", "IL", "616"),
]


def addr_us(rng, town):
    t = [x for x in US_TOWNS if x[0] == town][0]
    st = rng.choice(
        [
            "Maple Ridge Dr",
            "W Elm St",
            "Oakwood Ave",
            "N 5th St",
            "Cherry Hill Rd",
            "Sycamore Ln",
            "Lakeview Blvd",
            "E Main St",
            "Ridgecrest Ct",
            "Pinecone Trl",
            "S Walnut St",
        ]
    )
    apt = rng.choice(["", "", f" Apt {rng.randint(1, 40)}{rng.choice(['', 'B', 'C'])}"])
    return f"{rng.randint(100, 9899)} {st}{apt}, {t[0]}, {t[1]} {t[2]}{rng.randint(0, 99):02d}"


def addr_de(rng, town):
    pcs = {
        "Bochum": "447",
        "Kassel": "341",
        "Rostock": "180",
        "Chemnitz": "091",
        "Würzburg": "970",
        "Oldenburg": "261",
        "Saarbrücken": "661",
        "Göttingen": "370",
    }
    st = rng.choice(
        [
            "Lindenstraße",
            "Am Mühlbach",
            "Goethestraße",
            "Kirchweg",
            "Bahnhofstraße",
            "Schillerplatz",
            "Birkenallee",
            "Hohe Straße",
            "Wiesenweg",
        ]
    )
    return f"{st} {rng.randint(1, 120)}{rng.choice(['', '', 'a', 'b'])}, {pcs[town]}{rng.randint(10, 99)} {town}"


def addr_fr(rng, town):
    pcs = {
        "Lyon": "6900",
        "Lille": "5900",
        "Rennes": "3500",
        "Nantes": "4400",
        "Toulouse": "3100",
        "Grenoble": "3800",
        "Limoges": "8700",
        "Amiens": "8000",
    }
    st = rng.choice(
        [
            "rue des Lilas",
            "avenue Jean-Jaurès",
            "impasse des Tilleuls",
            "boulevard Carnot",
            "rue de la République",
            "allée des Peupliers",
            "chemin du Moulin",
            "place du Marché",
        ]
    )
    return f"{rng.randint(1, 140)}{rng.choice(['', '', ' bis'])} {st}, {pcs[town]}{rng.randint(1, 9)} {town}"


BR_UF = {
    "Recife": ("PE", "50"),
    "Campinas": ("SP", "13"),
    "Fortaleza": ("CE", "60"),
    "Belo Horizonte": ("MG", "30"),
    "Manaus": ("AM", "69"),
    "Curitiba": ("PR", "80"),
    "Salvador": ("BA", "40"),
}


def addr_br(rng, town):
    uf, p = BR_UF[town]
    st = rng.choice(
        [
            "Rua das Palmeiras",
            "Avenida Brasil",
            "Rua Sete de Setembro",
            "Travessa do Rosário",
            "Rua Dom Pedro II",
            "Avenida Beira-Mar",
            "Rua das Acácias",
        ]
    )
    comp = rng.choice(["", "", f", apto {rng.randint(11, 904)}", f", casa {rng.randint(1, 9)}"])
    return f"{st}, {rng.randint(10, 2999)}{comp}, {town} - {uf}, {p}{rng.randint(100, 999)}-{rng.randint(0, 999):03d}"


IN_PIN = {
    "Lucknow": "226",
    "Indore": "452",
    "Patna": "800",
    "Nagpur": "440",
    "Kochi": "682",
    "Bhopal": "462",
    "Jaipur": "302",
}


def addr_in(rng, town):
    pin = IN_PIN[town] + f"{rng.randint(0, 30):03d}"
    return rng.choice(
        [
            f"Flat {rng.randint(1, 9)}{rng.choice('ABCD')}, {rng.randint(1, 200)} MG Road, {town} {pin}",
            f"House No. {rng.randint(1, 900)}, Sector {rng.randint(2, 40)}, {town} {pin}",
            f"{rng.randint(1, 99)}/{rng.randint(1, 20)} Civil Lines, {town} - {pin}",
            f"Plot {rng.randint(10, 300)}, Gandhi Nagar, {town} {pin}",
        ]
    )


def addr_ng(rng, town):
    st = rng.choice(
        [
            "Adeola Odeku Street",
            "Ogui Road",
            "Zaria Road",
            "Aba Road",
            "Ring Road",
            "Oke-Ado Street",
            "Ahmadu Bello Way",
        ]
    )
    return f"{rng.randint(1, 120)} {st}, {town}"


JP_ADDR = {
    "札幌": ("060", "中央区大通西", "Odori-nishi, Chuo-ku"),
    "福岡": ("810", "中央区天神", "Tenjin, Chuo-ku"),
    "仙台": ("980", "青葉区一番町", "Ichibancho, Aoba-ku"),
    "広島": ("730", "中区紙屋町", "Kamiyacho, Naka-ku"),
    "川崎": ("210", "川崎区駅前本町", "Ekimae-honcho, Kawasaki-ku"),
    "熊本": ("860", "中央区手取本町", "Tetori-honcho, Chuo-ku"),
}
JP_LAT = {
    "札幌": "Sapporo",
    "福岡": "Fukuoka",
    "仙台": "Sendai",
    "広島": "Hiroshima",
    "川崎": "Kawasaki",
    "熊本": "Kumamoto",
}


def addr_jp(rng, town, latin=False):
    pc, area, lat = JP_ADDR[town]
    pcs = f"{pc}-{rng.randint(0, 9999):04d}"
    a, b, c = rng.randint(1, 9), rng.randint(1, 30), rng.randint(1, 20)
    if latin:
        return f"{a}-{b}-{c} {lat}, {JP_LAT[town]} {pcs}"
    return f"{pcs} {town}市{area}{a}丁目{b}-{c}"


def addr_kr(rng, town):
    gu = rng.choice(["중구", "남구", "동구", "서구", "북구"])
    ro = rng.choice(["중앙대로", "번영로", "해운대로", "달구벌대로", "경인로", "문화로"])
    return f"{town}광역시 {gu} {ro} {rng.randint(10, 999)}, {rng.randint(101, 120)}동 {rng.randint(101, 2504)}호"


def addr_cn(rng, town):
    dist = rng.choice(["锦江区", "江汉区", "雁塔区", "西湖区", "鼓楼区", "渝中区"])
    road = rng.choice(["红星路", "解放大道", "长安南路", "文三路", "中山北路", "民生路"])
    return f"{town}市{dist}{road}{rng.randint(1, 300)}号{rng.randint(1, 12)}单元{rng.randint(101, 2801)}室"


def addr_ru(rng, town):
    st = rng.choice(["ул. Ленина", "ул. Мира", "пр-т Победы", "ул. Гагарина", "ул. Садовая", "ул. Кирова"])
    return f"{st}, д. {rng.randint(1, 140)}, кв. {rng.randint(1, 220)}, {town}"


def addr_pl(rng, town):
    pc = {"Łódź": "90", "Poznań": "61", "Lublin": "20", "Gdańsk": "80", "Białystok": "15", "Rzeszów": "35"}[town]
    st = rng.choice(["ul. Piotrkowska", "ul. Mickiewicza", "ul. Długa", "al. Niepodległości", "ul. Kwiatowa"])
    return f"{st} {rng.randint(1, 200)}/{rng.randint(1, 40)}, {pc}-{rng.randint(0, 999):03d} {town}"


def addr_tr(rng, town):
    st = rng.choice(["Atatürk Cad.", "Cumhuriyet Mah. 1203 Sk.", "İnönü Cad.", "Gazi Blv.", "Fevzi Çakmak Sk."])
    return f"{st} No: {rng.randint(1, 180)} D: {rng.randint(1, 24)}, {rng.choice(['Merkez', 'Konak', 'Osmangazi', 'Selçuklu'])}/{town}"


def addr_mx(rng, town):
    st = rng.choice(["Calle 5 de Mayo", "Av. Reforma", "Calle Hidalgo", "Privada de los Pinos", "Calle Morelos"])
    return f"{st} {rng.randint(1, 999)}, Col. {rng.choice(['Centro', 'Las Flores', 'San Miguel', 'Jardines'])}, {rng.randint(10000, 99999)} {town}"


def addr_eg(rng, town, latin=False):
    if latin:
        return f"{rng.randint(1, 90)} {rng.choice(['El-Gomhoreya St', 'Port Said St', 'El-Nasr Rd', 'Talaat Harb St'])}, {town}"
    return (
        f"{rng.randint(1, 90)} {rng.choice(['شارع الجمهورية', 'شارع بورسعيد', 'طريق النصر', 'شارع طلعت حرب'])}، {town}"
    )


def addr_ke(rng, town):
    return f"{rng.choice(['Plot', 'House'])} {rng.randint(1, 400)}, {rng.choice(['Kenyatta Avenue', 'Oginga Odinga Street', 'Moi Road', 'Nyerere Road'])}, {town}"


def addr_id(rng, town):
    return f"Jl. {rng.choice(['Diponegoro', 'Merdeka', 'Sudirman', 'Pemuda', 'Gajah Mada'])} No. {rng.randint(1, 200)}, {town} {rng.randint(10000, 99999)}"


def addr_vn(rng, town):
    return f"số {rng.randint(1, 300)} đường {rng.choice(['Lê Duẩn', 'Trần Phú', 'Nguyễn Trãi', 'Hùng Vương'])}, quận {rng.choice(['Hải Châu', 'Ninh Kiều', 'Lê Chân', 'Thuận Hóa'])}, {town}"


def addr_th(rng, town):
    return f"{rng.randint(1, 199)}/{rng.randint(1, 60)} ถนน{rng.choice(['นิมมานเหมินท์', 'มิตรภาพ', 'เพชรเกษม', 'สุขุมวิท'])} {town} {rng.randint(10000, 99999)}"


def addr_il(rng, town, latin=False):
    if latin:
        return f"{rng.randint(1, 120)} {rng.choice(['Herzl St', 'Ben Gurion Blvd', 'HaNassi Ave', 'Jabotinsky St'])}, {town}"
    st = rng.choice(["הרצל", "בן גוריון", "הנשיא", "ז'בוטינסקי"])
    return f"רחוב {st} {rng.randint(1, 120)}, {town}"


def addr_gr(rng, town):
    return f"{rng.choice(['Εγνατίας', 'Κορίνθου', 'Ερμού', 'Αγίου Νικολάου'])} {rng.randint(1, 200)}, {rng.randint(10000, 85999)} {town}"


def addr_za(rng, town):
    return f"{rng.randint(1, 400)} {rng.choice(['Jan Smuts Ave', 'Church Street', 'Florida Road', 'Voortrekker Rd', 'Umgeni Road'])}, {town} {rng.randint(1000, 9999)}"


def addr_se(rng, town):
    return f"{rng.choice(['Storgatan', 'Kungsgatan', 'Björkvägen', 'Skolgatan'])} {rng.randint(1, 90)}{rng.choice(['', 'B'])}, {rng.randint(100, 989)} {rng.randint(10, 99)} {town}"


CA_PROV = {"Winnipeg": "MB", "Halifax": "NS", "Laval": "QC", "Surrey": "BC", "Saskatoon": "SK", "Moncton": "NB"}


def addr_ca(rng, town):
    L = "ABCEGHJKLMNPRSTVXY"
    pc = f"{rng.choice('RBHVSE')}{rng.randint(1, 9)}{rng.choice(L)} {rng.randint(1, 9)}{rng.choice(L)}{rng.randint(0, 9)}"
    return f"{rng.randint(10, 3999)} {rng.choice(['Pembina Hwy', 'Robie St', 'Boul. Saint-Martin', 'King George Blvd', 'Main St'])}, {town}, {CA_PROV[town]} {pc}"


AU_ST = {
    "Geelong": ("VIC", "32"),
    "Townsville": ("QLD", "48"),
    "Ballarat": ("VIC", "33"),
    "Cairns": ("QLD", "48"),
    "Wollongong": ("NSW", "25"),
    "Toowoomba": ("QLD", "43"),
}


def addr_au(rng, town):
    st, p = AU_ST[town]
    return f"{rng.randint(1, 250)} {rng.choice(['Wattle Cres', 'Banksia St', 'Ocean Pde', 'Kookaburra Ct', 'High St'])}, {town} {st} {p}{rng.randint(10, 99)}"


def addr_pk(rng, town, latin=True):
    return f"House {rng.randint(1, 900)}, Street {rng.randint(1, 60)}, {rng.choice(['Block C', 'Phase 2', 'Model Town', 'Gulberg III'])}, {town}"


def addr_ua(rng, town):
    return f"вул. {rng.choice(['Сумська', 'Шевченка', 'Городоцька', 'Соборна'])}, {rng.randint(1, 120)}, кв. {rng.randint(1, 90)}, {town}, {rng.randint(10000, 79999)}"


COUNTRIES = [
    dict(
        cc="GB",
        region="GB",
        plate="GB",
        iban="GB",
        f=["Shannon", "Chloe", "Priya", "Niamh", "Ellie", "Jasmine", "Courtney", "Amira", "Freya"],
        m=["Callum", "Kieran", "Declan", "Reece", "Harvey", "Jamal", "Connor", "Rhys", "Tariq"],
        fam=["Hughes", "Reid", "Patel", "O'Neill", "Whitaker", "Okonjo", "Pritchard", "Lockwood", "Duffy", "Begum"],
        towns=[
            "Leeds",
            "Swindon",
            "Sunderland",
            "Norwich",
            "Wrexham",
            "Dundee",
            "Derby",
            "Plymouth",
            "Preston",
            "Luton",
        ],
        addr=addr_gb,
        nid=[("NI number", ids.gb_nino), ("NHS no.", ids.gb_nhs_gen)],
        dob="dmy_slash",
    ),
    dict(
        cc="US",
        region="US",
        plate="US",
        iban=None,
        f=["Kayla", "Destiny", "Brianna", "Madison", "Aaliyah", "Savannah", "Jocelyn", "Kaitlyn"],
        m=["Tyler", "Marcus", "Brandon", "Dakota", "Trevor", "Jaylen", "Cody", "Dustin"],
        fam=["Brooks", "Jenkins", "Whitfield", "Alvarez", "Kowalski", "Washington", "McAllister", "Boone", "Delgado"],
        towns=[t[0] for t in US_TOWNS],
        addr=addr_us,
        nid=[],
        dob="mdy_slash",
    ),
    dict(
        cc="DE",
        region="DE",
        plate="DE",
        iban="DE",
        f=["Lea", "Johanna", "Emilia", "Mia", "Leonie", "Hanna"],
        m=["Jonas", "Finn", "Lukas", "Moritz", "Niklas", "Tim"],
        fam=["Becker", "Schulze", "Hoffmann", "Krüger", "Wagner", "Zimmermann", "Schröder", "Neumann"],
        towns=["Bochum", "Kassel", "Rostock", "Chemnitz", "Würzburg", "Oldenburg", "Saarbrücken", "Göttingen"],
        addr=addr_de,
        nid=[("Steuer-IdNr.", ids.de_idnr_gen)],
        dob="dmy_dot",
    ),
    dict(
        cc="FR",
        region="FR",
        plate="FR",
        iban="FR",
        f=["Manon", "Inès", "Camille", "Léa", "Océane", "Yasmine"],
        m=["Théo", "Enzo", "Mathis", "Nolan", "Kylian", "Rayan"],
        fam=["Lefebvre", "Moreau", "Girard", "Benali", "Fontaine", "Chevalier", "Rousseau", "Mercier"],
        towns=["Lyon", "Lille", "Rennes", "Nantes", "Toulouse", "Grenoble", "Limoges", "Amiens"],
        addr=addr_fr,
        nid=[("NIR", ids.fr_nir_gen)],
        dob="dmy_slash",
    ),
    dict(
        cc="BR",
        region="BR",
        plate="BR",
        iban="BR",
        f=["Letícia", "Ana Clara", "Beatriz", "Larissa", "Yasmin", "Giovanna"],
        m=["João Pedro", "Gustavo", "Matheus", "Thiago", "Kauã", "Vinícius"],
        fam=["Almeida", "Ferreira", "Souza", "Carvalho", "Nascimento", "Ribeiro", "Barbosa", "Lima"],
        towns=list(BR_UF),
        addr=addr_br,
        nid=[("CPF", ids.br_cpf_gen)],
        dob="dmy_slash",
    ),
    dict(
        cc="IN",
        region="IN",
        plate="IN",
        iban=None,
        f=[("प्रिया", "Priya"), ("नेहा", "Neha"), ("पूजा", "Pooja"), ("अंजलि", "Anjali"), ("कविता", "Kavita")],
        m=[("राहुल", "Rahul"), ("अंकित", "Ankit"), ("सुनील", "Sunil"), ("विकास", "Vikas"), ("आदित्य", "Aditya")],
        fam=[
            ("शर्मा", "Sharma"),
            ("वर्मा", "Verma"),
            ("यादव", "Yadav"),
            ("गुप्ता", "Gupta"),
            ("मिश्रा", "Mishra"),
            ("चौहान", "Chauhan"),
        ],
        towns=list(IN_PIN),
        addr=addr_in,
        nid=[("Aadhaar", ids.in_aadhaar_gen), ("PAN", ids.in_pan_gen)],
        dob="dmy_dash",
    ),
    dict(
        cc="NG",
        region="NG",
        plate="NG",
        iban=None,
        f=["Ngozi", "Aisha", "Funmilayo", "Adaeze", "Chiamaka", "Halima"],
        m=["Chinedu", "Emeka", "Tunde", "Ibrahim", "Olumide", "Yakubu"],
        fam=["Okafor", "Adeyemi", "Bello", "Okonkwo", "Balogun", "Abubakar", "Nwosu", "Ogunleye"],
        towns=["Ibadan", "Enugu", "Kano", "Port Harcourt", "Abeokuta", "Kaduna", "Benin City"],
        addr=addr_ng,
        nid=[("NIN", ids.ng_nin)],
        dob="dmy_slash",
    ),
    dict(
        cc="JP",
        region="JP",
        plate="JP",
        iban=None,
        order="fg",
        f=[("美咲", "Misaki"), ("陽菜", "Hina"), ("結衣", "Yui"), ("さくら", "Sakura"), ("彩花", "Ayaka")],
        m=[("大輝", "Daiki"), ("蓮", "Ren"), ("翔太", "Shota"), ("悠真", "Yuma"), ("拓海", "Takumi")],
        fam=[
            ("佐藤", "Sato"),
            ("鈴木", "Suzuki"),
            ("高橋", "Takahashi"),
            ("渡辺", "Watanabe"),
            ("伊藤", "Ito"),
            ("中村", "Nakamura"),
        ],
        towns=[(k, v) for k, v in JP_LAT.items()],
        addr=addr_jp,
        nid=[("マイナンバー", ids.jp_mynumber)],
        dob="ja",
    ),
    dict(
        cc="KR",
        region="KR",
        plate="KR",
        iban=None,
        order="fg",
        joined=True,
        f=[("서연", "Seo-yeon"), ("유나", "Yu-na"), ("하은", "Ha-eun"), ("수아", "Su-a"), ("지민", "Ji-min")],
        m=[("민준", "Min-jun"), ("지훈", "Ji-hoon"), ("도윤", "Do-yoon"), ("현우", "Hyun-woo"), ("준서", "Jun-seo")],
        fam=[("김", "Kim"), ("이", "Lee"), ("박", "Park"), ("최", "Choi"), ("정", "Jung"), ("강", "Kang")],
        towns=[("부산", "Busan"), ("대구", "Daegu"), ("인천", "Incheon"), ("광주", "Gwangju"), ("대전", "Daejeon")],
        addr=addr_kr,
        nid=[("주민등록번호", ids.kr_rrn_gen)],
        dob="ko",
    ),
    dict(
        cc="CN",
        region="CN",
        plate=None,
        iban=None,
        order="fg",
        joined=True,
        f=[("芳", "Fang"), ("静", "Jing"), ("婷婷", "Tingting"), ("欣怡", "Xinyi"), ("雨桐", "Yutong")],
        m=[("伟", "Wei"), ("磊", "Lei"), ("浩然", "Haoran"), ("子轩", "Zixuan"), ("俊杰", "Junjie")],
        fam=[
            ("王", "Wang"),
            ("李", "Li"),
            ("张", "Zhang"),
            ("刘", "Liu"),
            ("陈", "Chen"),
            ("杨", "Yang"),
            ("赵", "Zhao"),
        ],
        towns=[
            ("成都", "Chengdu"),
            ("武汉", "Wuhan"),
            ("西安", "Xi'an"),
            ("杭州", "Hangzhou"),
            ("南京", "Nanjing"),
            ("重庆", "Chongqing"),
        ],
        addr=addr_cn,
        nid=[("身份证号", ids.cn_ric_gen)],
        dob="zh",
    ),
    dict(
        cc="RU",
        region="RU",
        plate="RU",
        iban=None,
        f=[("Анастасия", "Anastasia"), ("Екатерина", "Ekaterina"), ("Полина", "Polina"), ("Дарья", "Darya")],
        m=[("Дмитрий", "Dmitry"), ("Алексей", "Alexey"), ("Иван", "Ivan"), ("Никита", "Nikita")],
        fam=[
            ("Соколов", "Sokolov", "Соколова", "Sokolova"),
            ("Морозов", "Morozov", "Морозова", "Morozova"),
            ("Волков", "Volkov", "Волкова", "Volkova"),
            ("Кузнецов", "Kuznetsov", "Кузнецова", "Kuznetsova"),
        ],
        towns=[
            ("Екатеринбург", "Yekaterinburg"),
            ("Новосибирск", "Novosibirsk"),
            ("Самара", "Samara"),
            ("Пермь", "Perm"),
            ("Воронеж", "Voronezh"),
            ("Томск", "Tomsk"),
        ],
        addr=addr_ru,
        nid=[("ИНН", ids.ru_inn_gen)],
        dob="dmy_dot",
    ),
    dict(
        cc="PL",
        region="PL",
        plate="PL",
        iban="PL",
        f=["Zuzanna", "Maja", "Wiktoria", "Oliwia"],
        m=["Jakub", "Szymon", "Kacper", "Bartosz"],
        fam=[
            "Wójcik",
            "Kowalczyk",
            "Nowak",
            ("Lewandowski", "Lewandowski", "Lewandowska", "Lewandowska"),
            ("Zieliński", "Zielinski", "Zielińska", "Zielinska"),
            ("Kamiński", "Kaminski", "Kamińska", "Kaminska"),
        ],
        towns=["Łódź", "Poznań", "Lublin", "Gdańsk", "Białystok", "Rzeszów"],
        addr=addr_pl,
        nid=[("PESEL", ids.pl_pesel_gen)],
        dob="dmy_dot",
    ),
    dict(
        cc="TR",
        region="TR",
        plate="TR",
        iban="TR",
        f=["Elif", "Zeynep", "Ecrin", "Büşra", "Defne"],
        m=["Yusuf", "Emir", "Mustafa", "Burak", "Kerem"],
        fam=["Yıldız", "Kaya", "Demir", "Şahin", "Çelik", "Aydın", "Öztürk", "Arslan"],
        towns=["İzmir", "Bursa", "Konya", "Gaziantep", "Eskişehir", "Trabzon"],
        addr=addr_tr,
        nid=[("T.C. Kimlik No", ids.tr_tck_gen)],
        dob="dmy_dot",
    ),
    dict(
        cc="MX",
        region="MX",
        plate="MX",
        iban=None,
        f=["Valeria", "Ximena", "Regina", "Fernanda", "Itzel"],
        m=["Diego", "Santiago", "Emiliano", "Iker", "Jesús"],
        fam=["Hernández Ruiz", "García López", "Martínez Soto", "Ramírez Vega", "Torres Ibarra", "Cruz Mendoza"],
        towns=["Puebla", "Monterrey", "Guadalajara", "Mérida", "Tijuana", "Oaxaca"],
        addr=addr_mx,
        nid=[("CURP", ids.mx_curp_gen)],
        dob="dmy_slash",
    ),
    dict(
        cc="EG",
        region="EG",
        plate=None,
        iban="EG",
        f=[("فاطمة", "Fatma"), ("مريم", "Mariam"), ("نور", "Nour"), ("سلمى", "Salma")],
        m=[("محمد", "Mohamed"), ("أحمد", "Ahmed"), ("يوسف", "Youssef"), ("عمر", "Omar")],
        fam=[
            ("حسن", "Hassan"),
            ("عبد الله", "Abdallah"),
            ("إبراهيم", "Ibrahim"),
            ("منصور", "Mansour"),
            ("فاروق", "Farouk"),
        ],
        towns=[
            ("الإسكندرية", "Alexandria"),
            ("طنطا", "Tanta"),
            ("المنصورة", "Mansoura"),
            ("أسيوط", "Asyut"),
            ("الجيزة", "Giza"),
        ],
        addr=addr_eg,
        nid=[("الرقم القومي", ids.eg_nid)],
        dob="dmy_slash",
    ),
    dict(
        cc="KE",
        region="KE",
        plate="KE",
        iban=None,
        f=["Wanjiru", "Achieng", "Njeri", "Akinyi", "Chebet"],
        m=["Otieno", "Kiprono", "Baraka", "Mutua", "Kipchoge"],
        fam=["Kamau", "Mwangi", "Wanjala", "Odhiambo", "Kiprotich", "Onyango", "Njoroge"],
        towns=["Nakuru", "Kisumu", "Eldoret", "Mombasa", "Thika", "Nyeri"],
        addr=addr_ke,
        nid=[("ID No.", ids.ke_id)],
        dob="dmy_slash",
    ),
    dict(
        cc="ID",
        region="ID",
        plate=None,
        iban=None,
        f=["Putri", "Siti", "Dewi", "Ayu", "Nabila"],
        m=["Budi", "Agus", "Rizky", "Fajar", "Dimas"],
        fam=["Santoso", "Wijaya", "Saputra", "Hidayat", "Lestari", "Pratama", "Kurniawan"],
        towns=["Surabaya", "Bandung", "Medan", "Semarang", "Makassar", "Yogyakarta"],
        addr=addr_id,
        nid=[("NIK", ids.id_nik_gen)],
        dob="dmy_dash",
    ),
    dict(
        cc="VN",
        region="VN",
        plate=None,
        iban=None,
        order="fg",
        f=[("Thị Lan", "Thi Lan"), ("Thu Hà", "Thu Ha"), ("Ngọc Anh", "Ngoc Anh"), ("Bảo Châu", "Bao Chau")],
        m=[("Văn Minh", "Van Minh"), ("Quốc Huy", "Quoc Huy"), ("Đức Thắng", "Duc Thang"), ("Gia Bảo", "Gia Bao")],
        fam=[("Nguyễn", "Nguyen"), ("Trần", "Tran"), ("Phạm", "Pham"), ("Hoàng", "Hoang"), ("Võ", "Vo")],
        towns=[("Đà Nẵng", "Da Nang"), ("Hải Phòng", "Hai Phong"), ("Cần Thơ", "Can Tho"), ("Nha Trang", "Nha Trang")],
        addr=addr_vn,
        nid=[("CCCD", ids.vn_cccd)],
        dob="dmy_slash",
    ),
    dict(
        cc="TH",
        region="TH",
        plate="TH",
        iban=None,
        f=[("สุดารัตน์", "Sudarat"), ("พิมพ์ชนก", "Pimchanok"), ("กมลชนก", "Kamonchanok")],
        m=[("สมชาย", "Somchai"), ("ธนากร", "Thanakorn"), ("อนุชา", "Anucha")],
        fam=[
            ("ใจดี", "Jaidee"),
            ("ศรีสุข", "Srisuk"),
            ("วงศ์สวัสดิ์", "Wongsawat"),
            ("บุญมา", "Boonma"),
            ("แก้วมณี", "Kaewmanee"),
        ],
        towns=[("เชียงใหม่", "Chiang Mai"), ("ขอนแก่น", "Khon Kaen"), ("หาดใหญ่", "Hat Yai"), ("อุดรธานี", "Udon Thani")],
        addr=addr_th,
        nid=[("เลขประจำตัวประชาชน", ids.th_pin_gen)],
        dob="dmy_slash",
    ),
    dict(
        cc="IL",
        region="IL",
        plate=None,
        iban="IL",
        f=[("נועה", "Noa"), ("תמר", "Tamar"), ("מאיה", "Maya"), ("שירה", "Shira")],
        m=[("יוסף", "Yosef"), ("איתי", "Itai"), ("אורי", "Ori"), ("עומר", "Omer")],
        fam=[("כהן", "Cohen"), ("לוי", "Levi"), ("מזרחי", "Mizrahi"), ("פרץ", "Peretz"), ("ביטון", "Biton")],
        towns=[
            ("חיפה", "Haifa"),
            ("באר שבע", "Beersheba"),
            ("נתניה", "Netanya"),
            ("אשדוד", "Ashdod"),
            ("רחובות", "Rehovot"),
        ],
        addr=addr_il,
        nid=[("ת.ז.", ids.il_idnr_gen)],
        dob="dmy_dot",
    ),
    dict(
        cc="GR",
        region="GR",
        plate=None,
        iban="GR",
        f=[("Ελένη", "Eleni"), ("Δήμητρα", "Dimitra"), ("Κατερίνα", "Katerina"), ("Σοφία", "Sofia")],
        m=[("Γιώργος", "Giorgos"), ("Νίκος", "Nikos"), ("Κωνσταντίνος", "Konstantinos"), ("Στέλιος", "Stelios")],
        fam=[
            ("Παπαδόπουλος", "Papadopoulos", "Παπαδοπούλου", "Papadopoulou"),
            ("Γεωργίου", "Georgiou"),
            ("Νικολάου", "Nikolaou"),
            ("Καραγιάννης", "Karagiannis", "Καραγιάννη", "Karagianni"),
        ],
        towns=[
            ("Θεσσαλονίκη", "Thessaloniki"),
            ("Πάτρα", "Patra"),
            ("Ηράκλειο", "Heraklion"),
            ("Λάρισα", "Larisa"),
            ("Βόλος", "Volos"),
        ],
        addr=addr_gr,
        nid=[("ΑΜΚΑ", ids.gr_amka_gen)],
        dob="dmy_slash",
    ),
    dict(
        cc="ZA",
        region="ZA",
        plate="ZA",
        iban=None,
        f=["Thandiwe", "Lerato", "Naledi", "Anika", "Precious"],
        m=["Sipho", "Thabo", "Johan", "Pieter", "Kagiso"],
        fam=["Nkosi", "Mokoena", "van der Merwe", "Botha", "Dlamini", "Khumalo", "Naidoo"],
        towns=["Durban", "Pretoria", "Bloemfontein", "Polokwane", "Soweto", "Pietermaritzburg"],
        addr=addr_za,
        nid=[("ID number", ids.za_id_gen)],
        dob="ymd_slash",
    ),
    dict(
        cc="SE",
        region="SE",
        plate="SE",
        iban="SE",
        f=["Ebba", "Wilma", "Saga", "Alva"],
        m=["Oscar", "Elias", "Hugo", "Viggo"],
        fam=["Lindqvist", "Johansson", "Nyström", "Holm", "Karlsson", "Sandberg"],
        towns=["Malmö", "Göteborg", "Uppsala", "Umeå", "Västerås", "Örebro"],
        addr=addr_se,
        nid=[("personnummer", ids.se_pnr_gen)],
        dob="iso",
    ),
    dict(
        cc="CA",
        region="CA",
        plate="CA",
        iban=None,
        f=["Chloé", "Émilie", "Jasmine", "Avery"],
        m=["Liam", "Noah", "Aiden", "Mathieu"],
        fam=["Tremblay", "Gagnon", "MacDonald", "Dhillon", "Bouchard", "Chen"],
        towns=list(CA_PROV),
        addr=addr_ca,
        nid=[("SIN", ids.ca_sin_gen)],
        dob="iso",
    ),
    dict(
        cc="AU",
        region="AU",
        plate="AU",
        iban=None,
        f=["Matilda", "Isla", "Sienna", "Tahlia"],
        m=["Lachlan", "Cooper", "Harrison", "Jayden"],
        fam=["Walsh", "Mitchell", "Campbell", "O'Brien", "Nguyen-Tran", "Kelleher"],
        towns=list(AU_ST),
        addr=addr_au,
        nid=[("TFN", ids.au_tfn_gen)],
        dob="dmy_slash",
    ),
    dict(
        cc="PK",
        region="PK",
        plate=None,
        iban="PK",
        f=[("عائشہ", "Ayesha"), ("فاطمہ", "Fatima"), ("ماہ نور", "Mahnoor")],
        m=[("عمران", "Imran"), ("بلال", "Bilal"), ("حمزہ", "Hamza")],
        fam=[("خان", "Khan"), ("ملک", "Malik"), ("قریشی", "Qureshi"), ("چوہدری", "Chaudhry")],
        towns=[("لاہور", "Lahore"), ("فیصل آباد", "Faisalabad"), ("ملتان", "Multan"), ("راولپنڈی", "Rawalpindi")],
        addr=addr_pk,
        nid=[("CNIC", None)],
        dob="dmy_slash",
    ),
    dict(
        cc="UA",
        region="UA",
        plate=None,
        iban="UA",
        f=[("Олена", "Olena"), ("Софія", "Sofiia"), ("Ірина", "Iryna")],
        m=[("Андрій", "Andrii"), ("Максим", "Maksym"), ("Богдан", "Bohdan")],
        fam=[
            ("Шевченко", "Shevchenko"),
            ("Бондаренко", "Bondarenko"),
            ("Ткаченко", "Tkachenko"),
            ("Мельник", "Melnyk"),
        ],
        towns=[
            ("Харків", "Kharkiv"),
            ("Львів", "Lviv"),
            ("Одеса", "Odesa"),
            ("Дніпро", "Dnipro"),
            ("Вінниця", "Vinnytsia"),
        ],
        addr=addr_ua,
        nid=[("РНОКПП", None)],
        dob="dmy_dot",
    ),
]
BY_CC = {c["cc"]: c for c in COUNTRIES}


def pk_cnic(rng):
    from stdnum.pk import cnic

    return ids.draw(
        rng, lambda r: f"{r.randint(1, 7)}{ids.digits(r, 4)}-{ids.digits(r, 7)}-{r.randint(1, 9)}", cnic.is_valid
    )


def ua_rntrc(rng):
    from stdnum.ua import rntrc

    return ids.draw(rng, lambda r: str(r.randint(2, 4)) + ids.digits(r, 9), rntrc.is_valid)


BY_CC["PK"]["nid"] = [("CNIC", pk_cnic)]
BY_CC["UA"]["nid"] = [("РНОКПП", ua_rntrc)]


def town_pair(rng, c):
    t = rng.choice(c["towns"])
    return t if isinstance(t, tuple) else (t, t)


def address(rng, c, town_native):
    return c["addr"](rng, town_native)


ETHNIC = [
    "Roma",
    "Somali",
    "Kurdish",
    "Hmong",
    "Pakistani heritage",
    "mixed race",
    "Aboriginal",
    "Black British",
    "Hispanic",
    "Tamil",
    "Uyghur",
    "Yoruba",
    "Afro-Brazilian",
    "Sámi",
    "Pashtun",
    "Igbo",
    "Amazigh",
    "Irish Traveller",
    "Filipino",
    "Eritrean",
    "Vietnamese-Australian",
    "Haitian",
]
GENDER = [
    "trans girl",
    "transgender",
    "non-binary",
    "trans man",
    "genderfluid",
    "trans woman",
    "agender",
    "transitioning",
    "nonbinary",
    "gender-questioning",
]
ORIENT = ["gay", "lesbian", "bisexual", "pansexual", "asexual", "queer", "bi", "homosexual", "bi-curious"]
CONDITIONS = [
    "type 1 diabetes",
    "epilepsy",
    "autism",
    "ADHD",
    "asthma",
    "depression",
    "an anxiety disorder",
    "cerebral palsy",
    "a hearing impairment",
    "PTSD",
    "anorexia",
    "bipolar disorder",
    "HIV",
    "Down syndrome",
    "a learning disability",
    "OCD",
    "sickle cell disease",
    "suicidal thoughts",
    "an eating disorder",
    "dyslexia",
    "Tourette syndrome",
    "scoliosis",
    "long covid",
    "a heart condition",
    "generalised anxiety",
]
MEDS = [
    "sertraline",
    "fluoxetine",
    "Ritalin",
    "insulin",
    "methadone",
    "quetiapine",
    "melatonin",
    "Concerta",
    "lamotrigine",
    "an inhaler",
    "antidepressants",
    "risperidone",
]
SELFHARM = ["self-harm", "self-harming", "s/h", "cutting", "self harm"]
MEDICAL = CONDITIONS + MEDS
CRIMINAL = [
    ("i was ", "he was ", "convicted of fraud"),
    ("i ", "he ", "served three years for assault"),
    ("i'm ", "he is ", "on the sex offenders register"),
    ("i have ", "he has ", "a prior conviction for grooming"),
    ("i was ", "he was ", "jailed for burglary in 2016"),
    ("i was ", "he was ", "released on licence after a robbery conviction"),
    ("i got ", "he got ", "a caution for possession"),
    ("i was ", "he was ", "charged with indecent exposure"),
    ("i was ", "he was ", "convicted of child cruelty"),
    ("i ", "he ", "did time for drug dealing"),
    ("i have ", "he has ", "a conviction for stalking"),
    ("i'm ", "he is ", "on probation for arson"),
    ("i was ", "he was ", "previously convicted of making indecent images"),
    ("i have ", "he has ", "a conviction for breaching a restraining order"),
    ("i was ", "he was ", "sentenced to 18 months for dealing"),
    ("i was ", "he was ", "cautioned for sexting a minor"),
]
