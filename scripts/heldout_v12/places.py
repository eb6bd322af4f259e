"""Hand-typed towns (native=Latin, lat, lon), street patterns and postcodes per country."""

from __future__ import annotations

import random
from dataclasses import dataclass

from values import digits, letters, native


@dataclass(frozen=True)
class Town:
    name: str
    latin: str
    lat: float
    lon: float


def _towns(raw: str) -> tuple[Town, ...]:
    out = []
    for item in raw.split(";"):
        name, lat, lon = item.rsplit(",", 2)
        nat, _, latin = name.partition("=")
        out.append(Town(nat.strip(), (latin or nat).strip(), float(lat), float(lon)))
    return tuple(out)


TOWNS: dict[str, tuple[Town, ...]] = {
    "GB": _towns(
        "Leeds,53.80,-1.55;Bradford,53.79,-1.75;Stoke-on-Trent,53.00,-2.18;Swindon,51.56,-1.78;"
        "Rotherham,53.43,-1.36;Luton,51.88,-0.42;Cardiff,51.48,-3.18;Dundee,56.46,-2.97;"
        "Blackpool,53.81,-3.05;Margate,51.39,1.38;Wolverhampton,52.59,-2.13;Rochdale,53.62,-2.16;"
        "Telford,52.68,-2.45;Grimsby,53.57,-0.08"
    ),
    "US": _towns(
        "Fresno,36.74,-119.79;Toledo,41.65,-83.54;Tulsa,36.15,-95.99;El Paso,31.76,-106.49;"
        "Dayton,39.76,-84.19;Spokane,47.66,-117.43;Stockton,37.96,-121.29;Gary,41.59,-87.35;"
        "Bakersfield,35.37,-119.02;Reno,39.53,-119.81;Laredo,27.53,-99.49;Allentown,40.60,-75.49"
    ),
    "IE": _towns(
        "Cork,51.90,-8.47;Limerick,52.66,-8.63;Drogheda,53.72,-6.35;Athlone,53.42,-7.94;"
        "Navan,53.65,-6.68;Tallaght,53.29,-6.37;Ballincollig,51.89,-8.59;Dundalk,54.00,-6.40;"
        "Ennis,52.84,-8.98;Tralee,52.27,-9.70"
    ),
    "AU": _towns(
        "Parramatta,-33.81,151.00;Ipswich,-27.61,152.76;Geelong,-38.15,144.36;Townsville,-19.26,146.82;"
        "Ballarat,-37.56,143.85;Logan,-27.64,153.11;Dubbo,-32.25,148.60;Bunbury,-33.33,115.64;"
        "Mildura,-34.19,142.16;Alice Springs,-23.70,133.88"
    ),
    "CA": _towns(
        "Brampton,43.73,-79.76;Surrey,49.19,-122.85;Laval,45.61,-73.71;Winnipeg,49.90,-97.14;"
        "Halifax,44.65,-63.58;Saskatoon,52.13,-106.67;Gatineau,45.48,-75.70;Thunder Bay,48.38,-89.25;"
        "Red Deer,52.27,-113.81;Sherbrooke,45.40,-71.89"
    ),
    "IN": _towns(
        "Hyderabad,17.39,78.49;Kochi,9.93,76.27;Ahmedabad,23.02,72.57;Ludhiana,30.90,75.86;"
        "Vijayawada,16.51,80.65;Thrissur,10.53,76.21;Surat,21.17,72.83;Pune,18.52,73.86;"
        "Lucknow,26.85,80.95;Siliguri,26.73,88.40;Nagpur,21.15,79.09;Bhopal,23.26,77.41"
    ),
    "ZA": _towns(
        "Soweto,-26.27,27.86;Durban,-29.86,31.02;Pietermaritzburg,-29.60,30.38;Umlazi,-29.97,30.88;"
        "Polokwane,-23.90,29.45;KwaMashu,-29.74,30.98;Mitchells Plain,-34.05,18.62;Mthatha,-31.59,28.78;"
        "Newcastle,-27.76,29.93;Rustenburg,-25.67,27.24"
    ),
    "NG": _towns(
        "Ibadan,7.38,3.94;Abeokuta,7.16,3.35;Ogbomoso,8.13,4.24;Ikeja,6.60,3.35;Osogbo,7.77,4.56;"
        "Kano,12.00,8.52;Kaduna,10.52,7.44;Zaria,11.09,7.72;Katsina,12.99,7.60;Sokoto,13.06,5.24;"
        "Ilorin,8.50,4.55;Akure,7.25,5.19"
    ),
    "UA": _towns(
        "Львів=Lviv,49.84,24.03;Харків=Kharkiv,49.99,36.23;Житомир=Zhytomyr,50.25,28.66;"
        "Вінниця=Vinnytsia,49.23,28.47;Полтава=Poltava,49.59,34.55;Ужгород=Uzhhorod,48.62,22.29;"
        "Чернівці=Chernivtsi,48.29,25.94;Одеса=Odesa,46.48,30.72;Рівне=Rivne,50.62,26.25;"
        "Тернопіль=Ternopil,49.55,25.59;Кременчук=Kremenchuk,49.07,33.42"
    ),
    "PL": _towns(
        "Łódź,51.76,19.46;Lublin,51.25,22.57;Białystok,53.13,23.16;Rzeszów,50.04,22.00;"
        "Gdańsk,54.35,18.65;Przemyśl,49.78,22.77;Słupsk,54.46,17.03;Radom,51.40,21.15;"
        "Chełm,51.14,23.47;Wałbrzych,50.77,16.28;Bydgoszcz,53.12,18.01"
    ),
    "NL": _towns(
        "Utrecht,52.09,5.12;Tilburg,51.56,5.09;Almere,52.35,5.26;Zwolle,52.52,6.08;"
        "Eindhoven,51.44,5.47;Venlo,51.37,6.17;Leeuwarden,53.20,5.80;Arnhem,51.98,5.91;"
        "Heerlen,50.89,5.98;Dordrecht,51.81,4.67;Enschede,52.22,6.89"
    ),
    "BR": _towns(
        "Campinas,-22.91,-47.06;Recife,-8.05,-34.88;Belém,-1.46,-48.49;Goiânia,-16.69,-49.26;"
        "Manaus,-3.12,-60.02;Fortaleza,-3.73,-38.53;Feira de Santana,-12.27,-38.97;São Luís,-2.53,-44.30;"
        "Foz do Iguaçu,-25.55,-54.59;Caruaru,-8.28,-35.98;Uberlândia,-18.92,-48.28"
    ),
    "MY": _towns(
        "Shah Alam,3.07,101.52;Johor Bahru,1.49,103.74;Ipoh,4.60,101.08;Kuantan,3.81,103.33;"
        "Kota Bharu,6.13,102.24;Klang,3.04,101.45;Seremban,2.73,101.94;Alor Setar,6.12,100.37;"
        "Kuching,1.55,110.36;Sandakan,5.84,118.12"
    ),
    "LK": _towns(
        "කොළඹ=Colombo,6.93,79.85;මහනුවර=Kandy,7.29,80.63;ගාල්ල=Galle,6.05,80.22;"
        "කුරුණෑගල=Kurunegala,7.49,80.36;නුගේගොඩ=Nugegoda,6.87,79.89;මීගමුව=Negombo,7.21,79.84;"
        "මාතර=Matara,5.95,80.55;අනුරාධපුරය=Anuradhapura,8.31,80.40"
    ),
    "KH": _towns(
        "ភ្នំពេញ=Phnom Penh,11.56,104.92;សៀមរាប=Siem Reap,13.36,103.86;បាត់ដំបង=Battambang,13.10,103.20;"
        "ក្រុងព្រះសីហនុ=Sihanoukville,10.63,103.50;ប៉ោយប៉ែត=Poipet,13.66,102.56;"
        "កំពង់ចាម=Kampong Cham,12.00,105.46;តាកែវ=Takeo,10.99,104.78"
    ),
    "MM": _towns(
        "ရန်ကုန်=Yangon,16.84,96.17;မန္တလေး=Mandalay,21.96,96.09;မော်လမြိုင်=Mawlamyine,16.49,97.63;"
        "မြဝတီ=Myawaddy,16.69,98.51;တာချီလိတ်=Tachileik,20.45,99.88;ပုသိမ်=Pathein,16.78,94.73;"
        "လားရှိုး=Lashio,22.94,97.75"
    ),
    "AM": _towns(
        "Երևան=Yerevan,40.18,44.51;Գյումրի=Gyumri,40.79,43.85;Վանաձոր=Vanadzor,40.81,44.49;"
        "Աբովյան=Abovyan,40.27,44.63;Արմավիր=Armavir,40.15,44.04;Հրազդան=Hrazdan,40.50,44.77;"
        "Կապան=Kapan,39.21,46.41"
    ),
    "KZ": _towns(
        "Алматы=Almaty,43.24,76.89;Шымкент=Shymkent,42.32,69.59;Қарағанды=Karaganda,49.80,73.10;"
        "Ақтөбе=Aktobe,50.28,57.17;Тараз=Taraz,42.90,71.37;Өскемен=Oskemen,49.95,82.61;"
        "Павлодар=Pavlodar,52.29,76.97;Атырау=Atyrau,47.11,51.92"
    ),
    "NP": _towns(
        "काठमाडौं=Kathmandu,27.71,85.32;पोखरा=Pokhara,28.21,83.99;विराटनगर=Biratnagar,26.45,87.27;"
        "भरतपुर=Bharatpur,27.68,84.43;धनगढी=Dhangadhi,28.68,80.60;ललितपुर=Lalitpur,27.67,85.32;"
        "बुटवल=Butwal,27.70,83.45;जनकपुर=Janakpur,26.73,85.93"
    ),
    "LA": _towns(
        "ວຽງຈັນ=Vientiane,17.97,102.61;ຫຼວງພະບາງ=Luang Prabang,19.89,102.13;ປາກເຊ=Pakse,15.12,105.80;"
        "ສະຫວັນນະເຂດ=Savannakhet,16.56,104.75;ຫ້ວຍຊາຍ=Houayxay,20.28,100.41;ທ່າແຂກ=Thakhek,17.41,104.80"
    ),
    "MN": _towns(
        "Улаанбаатар=Ulaanbaatar,47.92,106.92;Дархан=Darkhan,49.47,105.96;Эрдэнэт=Erdenet,49.03,104.08;"
        "Чойбалсан=Choibalsan,48.07,114.53;Замын-Үүд=Zamyn-Uud,43.72,111.90;Мөрөн=Murun,49.63,100.16"
    ),
    "CN": _towns(
        "深圳=Shenzhen,22.54,114.06;成都=Chengdu,30.57,104.07;杭州=Hangzhou,30.27,120.16;"
        "武汉=Wuhan,30.59,114.31;南宁=Nanning,22.82,108.32;昆明=Kunming,25.04,102.71"
    ),
    "KR": _towns(
        "부산=Busan,35.18,129.08;인천=Incheon,37.46,126.71;대구=Daegu,35.87,128.60;수원=Suwon,37.26,127.03;"
        "광주=Gwangju,35.16,126.85"
    ),
    "JP": _towns(
        "大阪=Osaka,34.69,135.50;名古屋=Nagoya,35.18,136.91;福岡=Fukuoka,33.59,130.40;札幌=Sapporo,43.06,141.35;"
        "川崎=Kawasaki,35.53,139.70"
    ),
    "TH": _towns(
        "พัทยา=Pattaya,12.93,100.88;เชียงใหม่=Chiang Mai,18.79,98.98;หาดใหญ่=Hat Yai,7.01,100.47;"
        "ขอนแก่น=Khon Kaen,16.44,102.84;แม่สาย=Mae Sai,20.43,99.88;อุดรธานี=Udon Thani,17.41,102.79"
    ),
    "RU": _towns(
        "Казань=Kazan,55.79,49.12;Самара=Samara,53.20,50.15;Ростов-на-Дону=Rostov-on-Don,47.24,39.71;"
        "Новосибирск=Novosibirsk,55.01,82.93;Калининград=Kaliningrad,54.71,20.51;Пермь=Perm,58.01,56.25"
    ),
    "EG": _towns(
        "الإسكندرية=Alexandria,31.20,29.92;الجيزة=Giza,30.01,31.21;المنصورة=Mansoura,31.04,31.38;"
        "أسيوط=Asyut,27.18,31.18"
    ),
    "VN": _towns(
        "Hải Phòng=Haiphong,20.86,106.68;Đà Nẵng=Da Nang,16.05,108.20;Cần Thơ=Can Tho,10.04,105.75;"
        "Nghệ An=Vinh,18.68,105.68;Lào Cai=Lao Cai,22.49,103.97"
    ),
    "GR": _towns(
        "Θεσσαλονίκη=Thessaloniki,40.64,22.94;Πάτρα=Patras,38.25,21.73;Ηράκλειο=Heraklion,35.34,25.13;"
        "Λάρισα=Larissa,39.64,22.42"
    ),
    "TR": _towns("Gaziantep,37.07,37.38;Bursa,40.19,29.06;Edirne,41.68,26.56;Antalya,36.90,30.70;Van,38.50,43.38"),
    "MX": _towns(
        "Tijuana,32.51,-117.04;Ciudad Juárez,31.69,-106.42;Tapachula,14.90,-92.26;Puebla,19.04,-98.21;"
        "Culiacán,24.81,-107.39;León,21.12,-101.68"
    ),
    "FR": _towns(
        "Marseille,43.30,5.37;Lille,50.63,3.06;Calais,50.95,1.86;Roubaix,50.69,3.17;Nantes,47.22,-1.55;"
        "Montpellier,43.61,3.88"
    ),
    "DE": _towns(
        "Duisburg,51.43,6.76;Leipzig,51.34,12.37;Gelsenkirchen,51.51,7.10;Frankfurt (Oder),52.35,14.55;"
        "Chemnitz,50.83,12.92;Bremen,53.08,8.80"
    ),
    "RO": _towns("Iași,47.16,27.59;Constanța,44.18,28.63;Craiova,44.32,23.80;Timișoara,45.75,21.23;Bacău,46.57,26.91"),
    "PH": _towns(
        "Quezon City,14.68,121.04;Cebu City,10.32,123.89;Davao City,7.19,125.46;Angeles,15.15,120.59;"
        "Olongapo,14.83,120.28;Zamboanga,6.92,122.08"
    ),
}

_STREETS: dict[str, list[str]] = {
    "GB": [
        "Harcourt Road",
        "Wellington Street",
        "Beech Grove",
        "Victoria Avenue",
        "Mill Lane",
        "Albert Terrace",
        "Chapel Close",
        "Kingsway",
        "Orchard Way",
        "Ashfield Crescent",
        "Moorland View",
        "Station Road",
    ],
    "US": [
        "Maple Ave",
        "E 4th St",
        "Oak Ridge Dr",
        "Martin Luther King Jr Blvd",
        "W Elm St",
        "Cedar Ln",
        "N Main St",
        "Pinecrest Ct",
        "S Kolb Rd",
        "Sunset Blvd",
        "Fairview Ave",
        "Lincoln Way",
    ],
    "IE": [
        "Church View",
        "Main Street",
        "Ard na Gréine",
        "Castle Park",
        "Bóthar na Trá",
        "Willow Drive",
        "St. Brigid's Road",
        "Oakfield Lawn",
        "Cois Abhann",
        "Fairgreen Terrace",
    ],
    "AU": [
        "Banksia St",
        "Wattle Ave",
        "Pacific Hwy",
        "Gumtree Cres",
        "Murray Rd",
        "Bottlebrush Cct",
        "Station St",
        "Kookaburra Pl",
        "Eucalypt Dr",
    ],
    "CA": [
        "Rue Sherbrooke",
        "Queen St W",
        "Boulevard des Laurentides",
        "Jasper Ave",
        "Portage Ave",
        "Rue Saint-Denis",
        "Dundas St E",
        "Maple Grove Dr",
        "Kingsway",
    ],
    "IN": [
        "MG Road",
        "4th Cross, HSR Layout",
        "Nehru Nagar",
        "Station Road",
        "Gandhi Chowk",
        "Banjara Hills Rd No. 12",
        "Sector 14",
        "Civil Lines",
        "Model Town Extn",
    ],
    "ZA": [
        "Jan Smuts Ave",
        "Vilakazi St",
        "Mgaga Rd",
        "Main Rd",
        "Nelson Mandela Dr",
        "Church St",
        "Protea Cres",
        "Florence Nzama St",
        "Dr Pixley KaSeme St",
    ],
    "NG": [
        "Adeola Odeku Street",
        "Ring Road",
        "Oke-Ado Road",
        "Allen Avenue",
        "Zoo Road",
        "Ahmadu Bello Way",
        "Titin Katsina",
        "Layin Gidan Dabino",
        "Old Oyo Road",
    ],
    "UA": [
        "вул. Шевченка",
        "вул. Городоцька",
        "просп. Науки",
        "вул. Соборна",
        "вул. Київська",
        "вул. Героїв Майдану",
        "пров. Садовий",
        "вул. Степана Бандери",
    ],
    "PL": [
        "ul. Długa",
        "ul. Piotrkowska",
        "ul. Lipowa",
        "ul. Mickiewicza",
        "al. Niepodległości",
        "ul. Kościuszki",
        "ul. Polna",
        "os. Tysiąclecia",
    ],
    "NL": [
        "Kerkstraat",
        "Dorpsstraat",
        "Molenweg",
        "Julianalaan",
        "Stationsplein",
        "Beatrixstraat",
        "Lindenlaan",
        "Spoorsingel",
        "Hoofdstraat",
    ],
    "BR": [
        "Rua das Flores",
        "Av. Brasil",
        "Rua São José",
        "Travessa Santa Luzia",
        "Rua Sete de Setembro",
        "Av. Getúlio Vargas",
        "Rua da Aurora",
        "Rua Projetada 4",
    ],
    "MY": [
        "Jalan Mawar 3",
        "Jalan Ampang",
        "Lorong Seri Indah 2",
        "Jalan Sultan Ismail",
        "Jalan Bukit Bintang",
        "Jalan SS 15/4",
        "Persiaran Raja Muda",
    ],
    "LK": ["ගාලු පාර", "මහනුවර පාර", "ස්ටේෂන් පාර", "පන්සල් පාර", "Galle Road", "Temple Road"],
    "KH": ["ផ្លូវ ២៧១", "ផ្លូវ ៦០", "មហាវិថីព្រះនរោត្តម", "ផ្លូវលេខ ២", "St. 310"],
    "MM": ["ဗိုလ်ချုပ်လမ်း", "အနော်ရထာလမ်း", "ကမ်းနားလမ်း", "ပြည်လမ်း", "Bogyoke Road"],
    "AM": ["Տիգրան Մեծի պող.", "Կոմիտասի պող.", "Աբովյան փող.", "Մաշտոցի պող.", "Բաղրամյան փող."],
    "KZ": ["Абай даңғылы", "Төле би көшесі", "Сейфуллин көшесі", "Республика даңғылы", "ул. Жандосова"],
    "NP": ["नयाँ बानेश्वर", "ठमेल मार्ग", "लेकसाइड", "पुतलीसडक", "New Baneshwor"],
    "LA": ["ບ້ານໂພນໄຊ", "ບ້ານສີສະຫວາດ", "ບ້ານດົງປາລານ", "ບ້ານຫາດຊາຍຟອງ"],
    "MN": [
        "Баянзүрх дүүрэг, 26-р хороо",
        "Сүхбаатар дүүрэг, 8-р хороо",
        "Чингэлтэй дүүрэг, 4-р хороо",
        "Хан-Уул дүүрэг, 15-р хороо",
    ],
    "CN": ["南山区科技园路", "锦江区春熙路", "西湖区文三路", "洪山区珞喻路"],
    "KR": ["해운대구 우동", "남동구 구월로", "수성구 범어로", "팔달구 인계로"],
    "JP": ["中央区難波", "中区栄", "博多区博多駅前", "北区北七条西"],
    "TH": ["ถนนสุขุมวิท", "ถนนนิมมานเหมินท์", "ถนนเพชรเกษม", "ซอยวัดโพธิ์"],
    "RU": ["ул. Баумана", "ул. Ленина", "пр. Мира", "ул. Садовая"],
    "EG": ["شارع الجمهورية", "شارع الهرم", "شارع بورسعيد"],
    "VN": ["Đường Lê Lợi", "Phố Hàng Bạc", "Đường Trần Phú", "Hẻm 45 Nguyễn Trãi"],
    "GR": ["οδός Εγνατία", "οδός Κορίνθου", "Λεωφόρος Κηφισίας"],
    "TR": ["Atatürk Cad.", "Gazi Mustafa Kemal Blv.", "Cumhuriyet Mah. 12. Sok.", "İnönü Cad."],
    "MX": ["Av. Revolución", "Calle Hidalgo", "Blvd. Agua Caliente", "Calle 5 de Mayo"],
    "FR": ["rue de la République", "avenue Jean Jaurès", "rue des Lilas", "boulevard Gambetta"],
    "DE": ["Hauptstraße", "Bahnhofstraße", "Lindenweg", "Schillerstraße", "Am Markt"],
    "RO": ["Str. Lăpușneanu", "Bd. Tomis", "Str. Mihai Viteazu", "Calea Victoriei"],
    "PH": ["Rizal Ave", "Mabini St", "Purok 3, Brgy. San Isidro", "Osmeña Blvd", "Magsaysay Dr"],
}

_NATIVE_SCRIPT = {"KH": "khmer", "MM": "burmese", "LA": "lao"}


def street(rng: random.Random, country: str, native_digits: bool = False) -> str:
    return _street(rng, country, native_digits).rstrip(". ")


def _street(rng: random.Random, country: str, native_digits: bool) -> str:
    c = country
    s = rng.choice(_STREETS.get(c, _STREETS["GB"]))
    n = str(rng.randint(1, 240))
    if c == "GB":
        return rng.choice(
            [
                f"{n} {s}",
                f"Flat {rng.randint(1, 12)}, {n} {s}",
                f"{n}{rng.choice('ab')} {s}",
                f"{rng.choice(['Rose Cottage', 'Ivy House', 'Flat 2B, Mercer Court'])}, {s}",
            ]
        )
    if c == "US":
        return rng.choice(
            [
                f"{rng.randint(100, 9999)} {s}",
                f"{rng.randint(100, 9999)} {s} Apt {rng.randint(1, 40)}{rng.choice('ABCD')}",
                f"{rng.randint(100, 9999)} {s}, Unit {rng.randint(1, 300)}",
                f"{rng.randint(100, 9999)} {s} #{rng.randint(1, 30)}",
            ]
        )
    if c == "IE":
        return rng.choice(
            [
                f"{n} {s}",
                f"Apt {rng.randint(1, 40)}, {s}",
                f"{n} {s}, {rng.choice(['Knocknacarra', 'Ballyfermot', 'Mahon'])}",
            ]
        )
    if c == "AU":
        return rng.choice([f"{n} {s}", f"Unit {rng.randint(1, 20)}/{n} {s}", f"{rng.randint(1, 20)}/{n} {s}"])
    if c == "CA":
        if s.startswith("Rue") or s.startswith("Boulevard"):
            return rng.choice(
                [
                    f"{rng.randint(10, 9999)}, {s}",
                    f"{rng.randint(100, 1999)}-{rng.randint(10, 9999)} {s}",
                    f"{n}, {s.lower()}, app. {rng.randint(1, 30)}",
                ]
            )
        return rng.choice([f"{n} {s}", f"{rng.randint(100, 2500)}-{n} {s}", f"Unit {rng.randint(1, 40)}, {n} {s}"])
    if c == "IN":
        return rng.choice(
            [
                f"Flat {rng.randint(101, 905)}, "
                f"{rng.choice(['Sai Residency', 'Green Park Apts', 'Shanti Niwas'])}, {s}",
                f"H.No. {rng.randint(1, 20)}-{rng.randint(1, 9)}-{rng.randint(10, 999)}, {s}",
                f"#{n}, {s}",
                f"Plot {n}, {s}",
            ]
        )
    if c == "ZA":
        return rng.choice(
            [
                f"{n} {s}",
                f"{rng.randint(1000, 9999)} {s}, Zone {rng.randint(1, 9)}",
                f"Stand {rng.randint(100, 9999)}, {s}",
                f"Unit {rng.randint(1, 60)} {rng.choice(['Sunbird Flats', 'Malibu Court'])}, {s}",
            ]
        )
    if c == "NG":
        return rng.choice(
            [f"{n} {s}", f"No. {n}, {s}", f"Plot {n} {s}", f"Block {rng.randint(1, 40)}, Flat {rng.randint(1, 8)}, {s}"]
        )
    if c == "UA":
        return rng.choice([f"{s}, {n}, кв. {rng.randint(1, 200)}", f"{s}, буд. {n}", f"{s} {n}/{rng.randint(1, 90)}"])
    if c == "PL":
        return rng.choice([f"{s} {n}/{rng.randint(1, 80)}", f"{s} {n}", f"{s} {n} m. {rng.randint(1, 60)}"])
    if c == "NL":
        return rng.choice(
            [f"{s} {n}", f"{s} {n}{rng.choice('ABC')}", f"{s} {n}-{rng.choice(['I', 'II', 'bis', 'hs'])}"]
        )
    if c == "BR":
        return rng.choice(
            [
                f"{s}, {n}",
                f"{s}, {n}, apto {rng.randint(11, 304)}",
                f"{s}, nº {n}, casa {rng.randint(1, 4)}",
                f"{s}, {n} - bloco {rng.choice('ABC')}",
            ]
        )
    if c == "MY":
        return rng.choice(
            [
                f"No. {n}, {s}",
                f"{n}, {s}, Taman {rng.choice(['Sri Muda', 'Melati', 'Desa Jaya'])}",
                f"Lot {n}, {s}",
                f"A-{rng.randint(1, 20)}-{rng.randint(1, 12)}, Pangsapuri {rng.choice(['Seri Kenangan', 'Mutiara'])}",
            ]
        )
    if c == "LK":
        return rng.choice([f"අංක {n}, {s}", f"No. {n}/{rng.randint(1, 9)}, {s}", f"{n}/{rng.choice('ABC')}, {s}"])
    if c == "KH":
        nn = native(n, "khmer") if native_digits or rng.random() < 0.5 else n
        return rng.choice([f"ផ្ទះលេខ {nn} {s}", f"ផ្ទះ {nn}, {s}", f"#{n}, {s}"])
    if c == "MM":
        nn = native(n, "burmese") if native_digits or rng.random() < 0.5 else n
        return rng.choice([f"အမှတ် {nn}၊ {s}", f"No. {n}, {s}", f"တိုက် {nn}၊ {s}"])
    if c == "AM":
        return rng.choice([f"{s} {n}, բն. {rng.randint(1, 90)}", f"{s} {n}"])
    if c == "KZ":
        return rng.choice(
            [f"{s}, {n}, {rng.randint(1, 200)}-пәтер", f"{s} {n}, кв. {rng.randint(1, 200)}", f"{s}, {n} үй"]
        )
    if c == "NP":
        nn = native(str(rng.randint(1, 35)), "deva")
        return rng.choice([f"वडा नं. {nn}, {s}", f"घर नं. {native(n, 'deva')}, {s}", f"Ward {rng.randint(1, 35)}, {s}"])
    if c == "LA":
        nn = native(n, "lao") if native_digits or rng.random() < 0.5 else n
        return rng.choice([f"ເຮືອນເລກທີ {nn}, ໜ່ວຍ {rng.randint(1, 20)}, {s}", f"{s}, ເຮືອນເລກທີ {nn}"])
    if c == "MN":
        return f"{s}, {rng.randint(1, 60)}-р байр, {rng.randint(1, 120)} тоот"
    if c in ("CN", "JP"):
        return f"{s}{n}号" if c == "CN" else f"{s}{rng.randint(1, 5)}-{rng.randint(1, 20)}-{rng.randint(1, 30)}"
    if c == "KR":
        return f"{s} {n}, {rng.randint(101, 120)}동 {rng.randint(101, 2005)}호"
    if c == "TH":
        return rng.choice([f"{n}/{rng.randint(1, 99)} {s}", f"บ้านเลขที่ {n} {s}"])
    if c == "RU":
        return f"{s}, д. {n}, кв. {rng.randint(1, 200)}"
    if c == "EG":
        return f"{n} {s}"
    if c == "VN":
        return f"Số {n} {s}"
    if c == "GR":
        return f"{s} {n}"
    if c in ("DE", "NL"):
        return f"{s} {n}"
    if c == "FR":
        return f"{n} {s}"
    if c == "MX":
        return f"{s} {n}, Col. {rng.choice(['Centro', 'Libertad', 'Las Flores'])}"
    if c == "RO":
        return f"{s} nr. {n}, bl. {rng.randint(1, 30)}, ap. {rng.randint(1, 60)}"
    if c == "PH":
        return rng.choice([f"{n} {s}", f"Blk {rng.randint(1, 30)} Lot {rng.randint(1, 40)}, {s}"])
    return f"{n} {s}"


def postcode(rng: random.Random, country: str) -> str:
    c = country
    if c == "GB":
        return (
            f"{rng.choice(['LS', 'BD', 'ST', 'SN', 'S', 'LU', 'CF', 'DD', 'FY', 'CT', 'WV', 'OL', 'TF', 'DN'])}"
            f"{rng.randint(1, 28)} {rng.randint(1, 9)}{letters(rng, 2, 'ABDEFGHJLNPQRSTUWXYZ')}"
        )
    if c == "US":
        return digits(rng, 5, True)
    if c == "IE":
        return (
            f"{rng.choice(['T12', 'V94', 'A92', 'N37', 'C15', 'D24', 'P31'])} "
            f"{letters(rng, 4, 'ACDEFHKNPRTVWXY0123456789')}"
        )
    if c == "CA":
        return (
            f"{rng.choice('ABCEGHJKLMNPRSTVXY')}{rng.randint(0, 9)}{rng.choice('ABCEGHJKLMNPRSTVWXYZ')} "
            f"{rng.randint(0, 9)}{rng.choice('ABCEGHJKLMNPRSTVWXYZ')}{rng.randint(0, 9)}"
        )
    if c == "NL":
        return f"{rng.randint(1000, 9999)} {letters(rng, 2, 'ABCDEGHJKLMNPRTVWXZ')}"
    if c == "PL":
        return f"{digits(rng, 2)}-{digits(rng, 3)}"
    if c == "BR":
        return f"{digits(rng, 5)}-{digits(rng, 3)}"
    if c in ("IN",):
        return digits(rng, 6, True)
    if c in ("AU", "ZA"):
        return digits(rng, 4, True)
    if c in ("JP",):
        return f"〒{digits(rng, 3)}-{digits(rng, 4)}"
    return digits(rng, rng.choice([5, 6]), True)


REGIONS: dict[str, list[str]] = {
    "GB": ["West Yorkshire", "Staffordshire", "Wiltshire", "Kent"],
    "US": ["CA", "OH", "OK", "TX", "WA", "NV", "PA"],
    "AU": ["NSW", "QLD", "VIC", "WA", "NT"],
    "CA": ["ON", "BC", "QC", "MB", "NS", "SK", "AB"],
    "IN": ["Telangana", "Kerala", "Gujarat", "Punjab", "Maharashtra"],
    "ZA": ["KZN", "Gauteng", "Western Cape"],
    "MY": ["Selangor", "Johor", "Perak", "Kelantan"],
    "BR": ["SP", "PE", "PA", "GO", "AM", "CE"],
    "UA": ["Львівська обл.", "Харківська обл."],
    "PL": ["woj. łódzkie", "woj. lubelskie"],
}


def town(rng: random.Random, country: str) -> Town:
    return rng.choice(TOWNS.get(country, TOWNS["GB"]))


def region(rng: random.Random, country: str) -> str:
    return rng.choice(REGIONS.get(country, [""]))
