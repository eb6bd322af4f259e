"""Hand-written name, place and firm sources for the held-out corpus generator.

Written for this generator only (no Faker, none of Faker's lists). Small on purpose: what matters is the
spread of scripts, orders and registers, not the size. Never read these to write a detection rule.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Culture:
    key: str
    given: tuple[str, ...]
    family: tuple[str, ...]
    family_first: bool = False  # East Asian order
    joiner: str = " "  # "" for names written without a space
    latin: bool = False  # can be lower-cased / upper-cased in chat and forms


def _t(s: str) -> tuple[str, ...]:
    return tuple(s.split("|"))


CULTURES: tuple[Culture, ...] = (
    Culture("ko", _t("민준|서연|지훈|하은|도윤|예은|시우|수아|현우|지아|은서|태윤|다온|준호|유나"),
            _t("김|이|박|최|정|강|조|윤|장|임|한|오|서|신|권"), family_first=True, joiner=""),
    Culture("zh", _t("伟|芳|秀英|敏|静|丽娟|磊|军|洋|勇|艳|子涵|浩然|梓萱|一诺|雨桐"),
            _t("王|李|张|刘|陈|杨|黄|赵|吴|周|徐|孙|马|朱|胡|郭|欧阳"), family_first=True, joiner=""),
    Culture("ja", _t("翔太|陽菜|蓮|結衣|大翔|さくら|ゆい|健一|美咲|花子|太郎|湊|あかり|悠真|恵子"),
            _t("佐藤|鈴木|高橋|田中|伊藤|渡辺|山本|中村|小林|加藤|吉田|山田|佐々木|松本|井上"),
            family_first=True, joiner=""),
    Culture("ru", _t("Иван|Ольга|Дмитрий|Анастасия|Сергей|Екатерина|Алексей|Наталья|Михаил|Дарья|Артём"),
            _t("Петров|Смирнова|Кузнецов|Попова|Соколов|Лебедева|Морозов|Волкова|Новиков|Козлова")),
    Culture("uk", _t("Олена|Богдан|Тарас|Оксана|Андрій|Ірина|Мирослава|Юрій"),
            _t("Коваленко|Шевченко|Бондаренко|Ткаченко|Кравчук|Мельник|Гнатюк")),
    Culture("sr", _t("Никола|Јелена|Марко|Милица|Стефан|Ана"), _t("Јовановић|Петровић|Николић|Марковић|Ђорђевић")),
    Culture("el", _t("Γιώργος|Μαρία|Νίκος|Ελένη|Κωνσταντίνος|Δήμητρα|Γιάννης|Σοφία|Παναγιώτης"),
            _t("Παπαδόπουλος|Παπαδοπούλου|Οικονόμου|Γεωργίου|Νικολάου|Βασιλείου|Αντωνίου|Καραγιάννης")),
    Culture("he", _t("נועה|יוסף|מיכל|דוד|אביגיל|איתי|תמר|אורי|שירה"),
            _t("כהן|לוי|מזרחי|פרץ|ביטון|אברהם|פרידמן|שפירא")),
    Culture("ar", _t("محمد|فاطمة|أحمد|مريم|يوسف|ليلى|عمر|نور|خالد|سلمى|حمزة"),
            _t("العلي|حسن|منصور|الحربي|الشمري|عبد الله|حداد|السيد|الخطيب")),
    Culture("fa", _t("علی|زهرا|مهدی|فاطمه|پریسا|آرش|نیلوفر|کوروش|سپیده"),
            _t("رضایی|محمدی|حسینی|احمدی|کریمی|تهرانی|موسوی|جعفری")),
    Culture("hi", _t("राहुल|प्रिया|अमित|सुनीता|अंजलि|विकास|पूजा|अर्जुन|कविता"),
            _t("शर्मा|वर्मा|कुमार|देवी|सिंह|गुप्ता|यादव|मिश्रा|पटेल")),
    Culture("th", _t("สมชาย|สมหญิง|ณัฐพล|กมลชนก|ธนากร|พิมพ์ชนก|วีรยุทธ|อรุณี"),
            _t("ใจดี|รักไทย|ศรีสุข|วงศ์ใหญ่|บุญมา|แสงทอง|สุขสวัสดิ์")),
    Culture("hy", _t("Արամ|Անի|Դավիթ|Մարիամ"), _t("Պետրոսյան|Հովհաննիսյան|Սարգսյան")),
    Culture("ka", _t("გიორგი|ნინო|ლევანი|თამარ"), _t("ბერიძე|კაპანაძე|გელაშვილი")),
    Culture("bn", _t("রাহুল|সুমাইয়া|তানভীর|নুসরাত"), _t("দাস|রহমান|চৌধুরী|হোসেন")),
    Culture("ta", _t("முருகன்|கவிதா|அருண்|மீனா"), _t("செல்வம்|ராஜா|கிருஷ்ணன்")),
    # Latin-script names from many countries, usable in lower-case chat and ALL-CAPS forms.
    Culture("us", _t("Tyler|Brianna|Jake|Kayla|Destiny|Dakota|Hunter|Madison|Jaylen|Aaliyah|Cody|Savannah"),
            _t("Brooks|Hendricks|Whitaker|Doyle|Pruitt|Calloway|Banks|Mercer|Haskins|Tolliver"), latin=True),
    Culture("ie", _t("Siobhán|Cian|Aoife|Pádraig|Niamh|Oisín|Caoimhe"),
            _t("Ó Ceallaigh|Mac Giolla|O'Reilly|Ní Bhriain|Fitzgerald|Breathnach"), latin=True),
    Culture("pl", _t("Krzysztof|Małgorzata|Wojciech|Agnieszka|Łukasz|Zofia"),
            _t("Wiśniewski|Wójcik|Kamińska|Lewandowski|Zieliński|Szymańska"), latin=True),
    Culture("tr", _t("Ayşe|Mehmet|Elif|Mustafa|Zeynep|Emre|Büşra"),
            _t("Yılmaz|Öztürk|Kaya|Demir|Şahin|Çelik|Arslan"), latin=True),
    Culture("vi", _t("Thị Lan|Văn Minh|Thu Hà|Quốc Bảo|Ngọc Anh"),
            _t("Nguyễn|Trần|Lê|Phạm|Hoàng|Võ"), family_first=True, latin=True),
    Culture("ng", _t("Chinonso|Oluwaseun|Adaeze|Emeka|Funmilayo|Babatunde|Ngozi"),
            _t("Okafor|Adeyemi|Eze|Balogun|Nwosu|Okonkwo|Adebayo"), latin=True),
    Culture("ke", _t("Wanjiru|Otieno|Akinyi|Kipchoge|Njeri"), _t("Kamau|Odhiambo|Mutua|Wambui|Kiprono"), latin=True),
    Culture("br", _t("João|Luana|Thiago|Gabriela|Rafael|Beatriz|Caio"),
            _t("Pereira|Sousa|Carvalho|Ribeiro|Almeida|Barbosa|Nascimento"), latin=True),
    Culture("mx", _t("Guadalupe|Itzel|Juan Carlos|Ximena|Alejandro|Xóchitl|Diego"),
            _t("Hernández|Ramírez|Cruz|Morales|Gutiérrez|Vázquez|Castañeda"), latin=True),
    Culture("ph", _t("Maricel|Jomar|Rowena|Jerico|Lovely"), _t("Dela Cruz|Bautista|Villanueva|Manalo|Ocampo"),
            latin=True),
    Culture("nl", _t("Sanne|Daan|Femke|Bram|Lotte"), _t("de Vries|van den Berg|Bakker|Visser|van Dijk"), latin=True),
    Culture("de", _t("Jürgen|Lena|Maximilian|Anja|Lukas|Jana"), _t("Müller|Schröder|Weiß|Hoffmann|Krüger|Schäfer"),
            latin=True),
    Culture("no", _t("Solveig|Håkon|Ingrid|Sindre"), _t("Haugen|Bakken|Solberg|Lunde"), latin=True),
    Culture("fi", _t("Aino|Eetu|Veera|Juho"), _t("Virtanen|Korhonen|Mäkinen|Nieminen"), latin=True),
    Culture("hu", _t("Zsófia|Bence|Réka|Ádám"), _t("Nagy|Kovács|Szabó|Tóth"), latin=True),
    Culture("cz", _t("Tereza|Jiří|Kateřina|Ondřej"), _t("Dvořáková|Novák|Procházka|Černá"), latin=True),
    Culture("ro", _t("Ioana|Andrei|Alexandra|Mihai"), _t("Popescu|Ionescu|Constantin|Dumitru"), latin=True),
    Culture("so", _t("Abdirahman|Hodan|Faisal|Ayaan"), _t("Warsame|Farah|Abdi|Jama"), latin=True),
    Culture("is", _t("Guðrún|Sigurður|Katrín|Ólafur"), _t("Jónsdóttir|Sigurðsson|Magnúsdóttir"), latin=True),
    Culture("eu", _t("Iñaki|Ane|Gorka|Itziar"), _t("Etxeberria|Agirre|Goikoetxea|Urrutia"), latin=True),
    Culture("mi", _t("Aroha|Tama|Mereana|Wiremu"), _t("Ngata|Parata|Tawhiri|Walker"), latin=True),
    Culture("gd", _t("Eilidh|Ruaridh|Morag|Calum"), _t("MacLeod|MacDonald|Campbell|Mackenzie"), latin=True),
    Culture("in_latin", _t("Aarav|Ananya|Vihaan|Diya|Rohan|Ishita"), _t("Iyer|Reddy|Nair|Banerjee|Chatterjee|Menon"),
            latin=True),
    Culture("zh_latin", _t("Xiuying|Wei|Haoran|Zihan|Yinuo|Jianguo"), _t("Wang|Zhang|Liu|Chen|Huang|Zhou"),
            family_first=True, latin=True),
    Culture("ja_latin", _t("Shota|Yui|Haruto|Sakura|Kenji"), _t("Sato|Tanaka|Watanabe|Yamamoto|Kobayashi"),
            latin=True),
    Culture("ar_latin", _t("Omar|Fatima|Yousef|Layla|Hamza|Rania"), _t("Al-Rashid|Haddad|Mansour|El-Sayed|Khoury"),
            latin=True),
    Culture("ko_latin", _t("Min-jun|Seo-yeon|Ji-hoon|Ha-eun"), _t("Kim|Lee|Park|Choi|Jung"), family_first=True,
            latin=True),
)  # fmt: skip

# Nicknames and first names typed alone in chat (lower case when used).
CHAT_FIRST: tuple[str, ...] = _t(
    "emma|kayla|jayden|brittany|mateo|aaliyah|noah|zoe|liam|sofia|tyrone|amara|dmitri|yuki|priya|omar|"
    "lucia|kai|ines|nadia|chidi|freya|malik|anya|ravi"
)

# Towns and cities, large and small, with a region where it is natural to write one.
TOWNS_US: tuple[tuple[str, str], ...] = (
    ("Dayton", "OH"), ("Tulsa", "OK"), ("Boise", "ID"), ("Bemidji", "MN"), ("Paw Paw", "MI"), ("Hazard", "KY"),
    ("Yreka", "CA"), ("Moab", "UT"), ("Mount Airy", "NC"), ("Truth or Consequences", "NM"), ("Nacogdoches", "TX"),
    ("Keokuk", "IA"), ("Bangor", "ME"), ("Walla Walla", "WA"), ("Opelousas", "LA"), ("Valdosta", "GA"),
    ("Scranton", "PA"), ("Muncie", "IN"), ("Enid", "OK"), ("Elko", "NV"), ("Chillicothe", "OH"), ("Hilo", "HI"),
)  # fmt: skip
TOWNS_INTL: tuple[str, ...] = _t(
    "Leeds|Wigan|Hebden Bridge|Stornoway|Penrith|Skegness|Aberystwyth|Moose Jaw|Flin Flon|Trois-Rivières|"
    "Wagga Wagga|Dubbo|Toowoomba|Nagpur|Kochi|Gelsenkirchen|Bad Kissingen|Tromsø|Oulu|Split|Łódź|Cluj-Napoca|"
    "Ciudad Juárez|Oaxaca|Cebu|Kumasi|Eldoret|Palermo|Cádiz|Groningen|Linz|Pécs|Tartu|Galway|Limerick|Rotorua|"
    "Daegu|Sapporo|Chiang Mai|Kazan|Thessaloniki|Haifa|Tabriz|Izmir|Recife|Mombasa"
)
TOWNS_NONLATIN: tuple[str, ...] = _t(
    "부산|大阪|札幌|成都|Новосибирск|Харків|Θεσσαλονίκη|חיפה|الإسكندرية|اصفهان|पुणे|เชียงใหม่"
)
# Misspelled or phonetic spellings a gazetteer will not list.
TOWNS_MISSPELLED: tuple[str, ...] = _t(
    "Cincinatti|Albuquerqe|Pittsburg|Phillidelphia|Manchestr|Birmingam|Tolsa|Sacremento|Louisvile|Mississauga"
)

STREETS: tuple[str, ...] = _t(
    "Maple Ave|Orchard Lane|Kingsway|Rue des Lilas|Hauptstraße|Calle del Sol|Harbour Rd|Birch Court|"
    "Station Road|Via Roma|Elm St|Juniper Drive|Queen's Crescent|Avenida Paulista|Ul. Długa|Mill Hill Close"
)

# PII-free look-alikes: firms, brands and rooms that carry surnames or first names, and places in product names.
FIRMS: tuple[str, ...] = _t(
    "Johnson & Johnson|Wells Fargo|Morgan Stanley|Charles Schwab|Harley-Davidson|Procter & Gamble|Goldman Sachs|"
    "Merrill Lynch|Ernst & Young|Dow Jones|Marks & Spencer|Sainsbury's|Hewlett-Packard|Eli Lilly|Barnes & Noble|"
    "Dolce & Gabbana|Louis Vuitton|Tommy Hilfiger|Calvin Klein|Ralph Lauren|McDonald's|Wendy's|Jack Daniel's|"
    "John Deere|Walt Disney|Kellogg's|Anheuser-Busch|Lockheed Martin|Black & Decker|Mercedes-Benz|Ben & Jerry's|"
    "Smith & Nephew|Abbott Laboratories|Thomson Reuters|Rolls-Royce|Johnson Controls|Edward Jones|Sherwin-Williams|"
    "Arthur D. Little|Booz Allen Hamilton|Baker McKenzie|Dr. Martens|Estée Lauder|Lindt & Sprüngli"
)
ROOMS: tuple[str, ...] = _t(
    "the Lincoln Room|Eleanor Roosevelt Hall|the Curie Lab|Turing meeting room|the Ada Lovelace suite|"
    "Mandela Auditorium|Nightingale Ward|the Franklin Conference Center|Hopper Hall|the Maya Angelou Library|"
    "Kennedy Building|the Darwin Room|Wilberforce House|the Frida Kahlo studio|Tesla Hall"
)
PRODUCTS: tuple[str, ...] = _t(
    "Dayton HVAC filter|Boston Scientific stent kit|Phillips-head screwdriver set|Tulsa Steel bracket|"
    "Victoria sponge mix|Hamilton Beach blender|Lincoln Electric welder|Sheffield cutlery set|Kyoto matcha tin"
)
