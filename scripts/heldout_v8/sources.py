"""Hand-typed word lists for the heldout_v8 corpus (no external data sets)."""

# culture -> (given names, family names, order); order "W" = given family,
# "E" = family+given without space (CJK native), "ES" = family given with space.
NAMES = {
    "english": (["Oliver", "Chloe", "Harvey", "Megan", "Kieran", "Jodie", "Tyler", "Abbie"],
                ["Whitmore", "Pickering", "Hollis", "Dawson", "Ashworth", "Bramley", "Cotton"], "W"),
    "irish": (["Siobhán", "Cian", "Aoife", "Darragh", "Niamh", "Oisín", "Caoimhe"],
              ["Ó Briain", "McGettigan", "Fitzgerald", "Ní Dhónaill", "Brennan", "Kavanagh"], "W"),
    "scottish": (["Callum", "Eilidh", "Fraser", "Isla", "Ruaridh", "Morag"],
                 ["MacLeod", "Baird", "Drummond", "Rennie", "Sinclair", "Muir"], "W"),
    "american": (["Brayden", "Kaylee", "Jaxon", "Destiny", "Tanner", "Madison", "DeShawn", "Lakisha"],
                 ["Kowalczyk", "Hendricks", "Washington", "Delacroix", "Yoder", "Baptiste", "Odom"], "W"),
    "french": (["Maëlys", "Théo", "Inès", "Gaëtan", "Loïc", "Océane", "Mathéo", "Clémence"],
               ["Lefèvre", "Brossard", "Chevalier", "Dumoulin", "Garnier", "Rousseau", "Péan"], "W"),
    "german": (["Lukas", "Annika", "Jannik", "Svenja", "Maximilian", "Lea-Sophie", "Björn"],
               ["Müller", "Schröder", "Wagner", "Kühne", "Hoffmann", "Brandtner", "Weißenborn"], "W"),
    "swiss": (["Urs", "Reto", "Nadja", "Corinne", "Beat", "Flurina", "Gian-Luca"],
              ["Bachmann", "Zürcher", "Gerber", "Imhof", "Fässler", "Stucki", "Rüegg"], "W"),
    "italian": (["Giulia", "Lorenzo", "Chiara", "Matteo", "Ginevra", "Tommaso", "Aurora"],
                ["Esposito", "Bianchi", "Colombo", "Ferraro", "Santoro", "De Luca", "Marchetti"], "W"),
    "spanish": (["Lucía", "Hugo", "Alba", "Álvaro", "Nerea", "Iker", "Martina"],
                ["García Ortega", "Fernández", "Muñoz", "Iglesias", "Etxeberria", "Navarro"], "W"),
    "mexican": (["Ximena", "Santiago", "Guadalupe", "Emiliano", "Itzel", "Jesús", "Yareli"],
                ["Hernández", "Cuauhtémoc", "Ramírez López", "Quintero", "Zúñiga", "Villaseñor"], "W"),
    "portuguese": (["João", "Beatriz", "Gonçalo", "Inês", "Tiago", "Leonor"],
                   ["Figueiredo", "Gonçalves", "Carvalho", "Magalhães", "Pereira"], "W"),
    "brazilian": (["Thiago", "Larissa", "Wesley", "Kauane", "Enzo", "Raíssa"],
                  ["dos Santos", "Oliveira", "Nascimento", "Albuquerque", "Rocha"], "W"),
    "dutch": (["Sanne", "Daan", "Femke", "Joris", "Lieke", "Thijs"],
              ["van der Berg", "de Vries", "Bakker", "Visser", "van Dijk", "Jansen"], "W"),
    "polish": (["Zofia", "Szymon", "Wiktoria", "Mikołaj", "Agnieszka", "Kacper"],
               ["Wiśniewska", "Kowalski", "Zieliński", "Wójcik", "Grzegorczyk", "Lewandowska"], "W"),
    "czech": (["Tereza", "Vojtěch", "Kateřina", "Ondřej", "Barbora"],
              ["Dvořák", "Procházková", "Novotný", "Černá", "Kučera"], "W"),
    "hungarian": (["Zsófia", "Bence", "Réka", "Levente", "Dorina"],
                  ["Nagy", "Szabó", "Kovács", "Tóth", "Farkas"], "W"),
    "romanian": (["Ioana", "Andrei", "Bianca", "Ștefan", "Alexandra"],
                 ["Popescu", "Ionescu", "Dumitrescu", "Stănescu", "Munteanu"], "W"),
    "swedish": (["Elsa", "Linnéa", "Oskar", "Albin", "Saga"],
                ["Lindqvist", "Johansson", "Åberg", "Sjöberg", "Nyström"], "W"),
    "norwegian": (["Ingrid", "Sindre", "Thea", "Håkon", "Solveig"],
                  ["Haugen", "Bråthen", "Solberg", "Eriksen", "Løvås"], "W"),
    "finnish": (["Aino", "Eetu", "Venla", "Onni", "Iida"],
                ["Virtanen", "Mäkelä", "Korhonen", "Heikkinen", "Järvinen"], "W"),
    "greek": (["Γιώργος", "Ελένη", "Δημήτρης", "Κατερίνα", "Νίκος", "Σοφία"],
              ["Παπαδόπουλος", "Κωνσταντίνου", "Οικονόμου", "Γεωργίου", "Μαυρίδης"], "W"),
    "russian": (["Дмитрий", "Анастасия", "Алексей", "Ксения", "Сергей", "Полина"],
                ["Смирнов", "Кузнецова", "Волков", "Морозова", "Лебедев"], "W"),
    "ukrainian": (["Олександр", "Оксана", "Богдан", "Соломія", "Тарас"],
                  ["Шевченко", "Коваленко", "Бондаренко", "Ткачук", "Мельник"], "W"),
    "serbian": (["Милош", "Јована", "Небојша", "Драгана"],
                ["Петровић", "Јовановић", "Николић", "Ђорђевић"], "W"),
    "bulgarian": (["Цветелина", "Явор", "Радостина", "Светослав"],
                  ["Георгиева", "Стоянов", "Димитрова", "Христов"], "W"),
    "turkish": (["Elif", "Emre", "Zeynep", "Mehmet", "Büşra", "Oğuzhan"],
                ["Yılmaz", "Öztürk", "Çelik", "Şahin", "Aydın", "Kılıç"], "W"),
    "arabic": (["محمد", "فاطمة", "يوسف", "مريم", "عمر", "نور"],
               ["الحسيني", "العبدالله", "منصور", "حداد", "الخطيب"], "W"),
    "arabic_latn": (["Youssef", "Aya", "Khaled", "Rania", "Hamza", "Salma"],
                    ["El-Masri", "Haddad", "Benali", "Al-Khatib", "Bouazza"], "W"),
    "persian": (["علی", "زهرا", "رضا", "پریسا", "آرش", "نگار"],
                ["رضایی", "حسینی", "کریمی", "تهرانی", "جعفری"], "W"),
    "hebrew": (["נועה", "איתי", "תמר", "יונתן", "שירה", "אורי"],
               ["כהן", "לוי", "מזרחי", "פרץ", "ביטון"], "W"),
    "hindi": (["आरव", "प्रिया", "विवान", "अनन्या", "रोहित", "कविता"],
              ["शर्मा", "वर्मा", "गुप्ता", "मिश्रा", "यादव"], "W"),
    "hindi_latn": (["Aarav", "Priya", "Vivaan", "Ananya", "Rohit", "Sunita", "Pinky"],
                   ["Sharma", "Verma", "Gupta", "Chaudhary", "Yadav", "Malhotra"], "W"),
    "bengali": (["অর্পিতা", "সৌরভ", "তানিয়া", "রাহুল", "মৌমিতা"],
                ["চট্টোপাধ্যায়", "বন্দ্যোপাধ্যায়", "দাস", "রহমান", "সেন"], "W"),
    "tamil": (["அருண்", "கவிதா", "செல்வம்", "மீனா", "கார்த்திக்"],
              ["சுப்பிரமணியன்", "ராமசாமி", "முருகன்", "வேலு"], "W"),
    "punjabi": (["Gurpreet", "Harjit", "Simran", "Manpreet", "Jaswinder"],
                ["Sandhu", "Gill", "Dhillon", "Grewal", "Sidhu"], "W"),
    "pakistani": (["Ayesha", "Bilal", "Hira", "Usman", "Sana", "Fahad"],
                  ["Qureshi", "Butt", "Malik", "Chaudhry", "Siddiqui"], "W"),
    "chinese": (["伟", "秀英", "子涵", "浩然", "欣怡", "俊杰"],
                ["王", "李", "张", "刘", "陈", "欧阳"], "E"),
    "chinese_latn": (["Wei", "Xiuying", "Zihan", "Haoran", "Xinyi", "Junjie"],
                     ["Wang", "Li", "Zhang", "Liu", "Chen", "Ouyang"], "W"),
    "japanese": (["さくら", "翔太", "陽菜", "ユウキ", "美咲", "蓮"],
                 ["佐藤", "鈴木", "高橋", "田中", "渡辺", "伊藤"], "ES"),
    "japanese_latn": (["Sakura", "Shota", "Hina", "Yuki", "Misaki", "Ren"],
                      ["Sato", "Suzuki", "Takahashi", "Tanaka", "Watanabe"], "W"),
    "korean": (["민준", "서연", "지호", "하은", "도윤", "수아"],
               ["김", "이", "박", "최", "정", "강"], "E"),
    "korean_latn": (["Min-jun", "Seo-yeon", "Ji-ho", "Ha-eun", "Do-yoon"],
                    ["Kim", "Lee", "Park", "Choi", "Jung"], "W"),
    "vietnamese": (["Thị Lan", "Văn Hùng", "Minh Anh", "Thu Trang", "Quốc Bảo"],
                   ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng"], "ES"),
    "thai": (["สมชาย", "สุดารัตน์", "ณัฐพล", "พิมพ์ชนก", "อนุชา"],
             ["ศรีสุข", "วงศ์ใหญ่", "แก้วประเสริฐ", "บุญมา"], "W"),
    "filipino": (["Jhun", "Maricel", "Rodel", "Jonalyn", "Bongbong", "Kristine Joy"],
                 ["Dela Cruz", "Bautista", "Macaraeg", "Villanueva", "Santos"], "W"),
    "indonesian": (["Putri", "Agus", "Dewi", "Bambang", "Sri Wahyuni"],
                   ["Setiawan", "Kusuma", "Hidayat", "Siregar", "Nasution"], "W"),
    "georgian": (["ნინო", "გიორგი", "თამარ", "ლევან", "მარიამ"],
                 ["ბერიძე", "კაპანაძე", "გელაშვილი", "ლომიძე"], "W"),
    "armenian": (["Արամ", "Անի", "Տիգրան", "Նարինե", "Գոռ"],
                 ["Հակոբյան", "Պետրոսյան", "Սարգսյան", "Գրիգորյան"], "W"),
    "amharic": (["አበበ", "ትግስት", "ሰላም", "ዮሐንስ", "መሰረት"],
                ["ተሰማ", "ገብረመድህን", "ወልደማርያም", "በቀለ"], "W"),
    "yoruba": (["Oluwaseun", "Adebayo", "Folake", "Temitope", "Ayodele"],
               ["Adeyemi", "Ogunleye", "Balogun", "Olawale"], "W"),
    "igbo": (["Chinedu", "Ngozi", "Obinna", "Adaeze", "Chiamaka"],
             ["Okafor", "Nwosu", "Eze", "Okonkwo"], "W"),
    "somali": (["Hodan", "Abdirahman", "Faadumo", "Liban", "Ubah"],
               ["Warsame", "Farah", "Jama", "Hirsi"], "W"),
    "swahili": (["Baraka", "Neema", "Juma", "Zawadi", "Amani"],
                ["Mwangi", "Otieno", "Kamau", "Wanjiru", "Njoroge"], "W"),
    "zulu": (["Sipho", "Thandeka", "Bongani", "Nomvula", "Lwazi"],
             ["Dlamini", "Ndlovu", "Mkhize", "Zulu", "Khumalo"], "W"),
    "albanian": (["Arbër", "Drita", "Besnik", "Elira", "Genti"],
                 ["Hoxha", "Krasniqi", "Berisha", "Gashi"], "W"),
    "kurdish": (["Rojda", "Azad", "Berfin", "Serhat", "Hêvî"],
                ["Amedî", "Barzanî", "Doğan", "Zebarî"], "W"),
    "nepali": (["Sabina", "Bishnu", "Pramila", "Suman"],
               ["Gurung", "Tamang", "Shrestha", "Thapa", "Rai"], "W"),
}

LATIN_CULTURES = [c for c, (g, f, o) in NAMES.items() if all(ord(ch) < 0x250 for ch in "".join(g + f))]

NICKNAMES = ["Bubbles", "Jojo", "Tink", "Mo", "Deejay", "Kiki", "Bam", "Lulu", "Smudge", "Pip", "Tito", "Nana-J"]

# (town, region, country, phone region) - includes small towns and a few misspellings
TOWNS = [
    ("Leeds", "West Yorkshire", "UK", "GB"), ("Wolverhampton", "West Midlands", "UK", "GB"),
    ("Keswick", "Cumbria", "UK", "GB"), ("Llandudno", "Conwy", "UK", "GB"), ("Peterhead", "Aberdeenshire", "UK", "GB"),
    ("Skegness", "Lincolnshire", "UK", "GB"), ("Enniskillen", "Fermanagh", "UK", "GB"), ("Wolverhamton", "", "UK", "GB"),
    ("Edinbrugh", "", "UK", "GB"), ("Tottenham", "London", "UK", "GB"),
    ("Dayton", "OH", "US", "US"), ("Bakersfield", "CA", "US", "US"), ("Tupelo", "MS", "US", "US"),
    ("Kalamazoo", "MI", "US", "US"), ("Bozeman", "MT", "US", "US"), ("Albequerque", "NM", "US", "US"),
    ("Lubbock", "TX", "US", "US"), ("Yonkers", "NY", "US", "US"),
    ("Lyon", "Auvergne-Rhône-Alpes", "France", "FR"), ("Roubaix", "Nord", "France", "FR"),
    ("Saint-Flour", "Cantal", "France", "FR"), ("Montbéliard", "Doubs", "France", "FR"), ("Marseilles", "", "France", "FR"),
    ("Gelsenkirchen", "NRW", "Germany", "DE"), ("Bad Tölz", "Bayern", "Germany", "DE"), ("Görlitz", "Sachsen", "Germany", "DE"),
    ("Kiel", "Schleswig-Holstein", "Germany", "DE"), ("Nuernberg", "Bayern", "Germany", "DE"), ("Köln-Porz", "", "Germany", "DE"),
    ("Winterthur", "ZH", "Switzerland", "CH"), ("Yverdon-les-Bains", "VD", "Switzerland", "CH"),
    ("Bellinzona", "TI", "Switzerland", "CH"), ("Chur", "GR", "Switzerland", "CH"), ("Biel/Bienne", "BE", "Switzerland", "CH"),
    ("Frauenfeld", "TG", "Switzerland", "CH"),
    ("Tilburg", "Noord-Brabant", "Netherlands", "NL"), ("Zwolle", "Overijssel", "Netherlands", "NL"),
    ("Charleroi", "Hainaut", "Belgium", "BE"), ("Mechelen", "Antwerpen", "Belgium", "BE"),
    ("Castellón de la Plana", "Comunitat Valenciana", "Spain", "ES"), ("Getafe", "Madrid", "Spain", "ES"),
    ("Lecce", "Puglia", "Italy", "IT"), ("Bergamo", "Lombardia", "Italy", "IT"),
    ("Athlone", "Westmeath", "Ireland", "IE"), ("Dundalk", "Louth", "Ireland", "IE"),
    ("Graz", "Steiermark", "Austria", "AT"), ("Bydgoszcz", "kujawsko-pomorskie", "Poland", "PL"),
    ("Västerås", "Västmanland", "Sweden", "SE"), ("Tampere", "Pirkanmaa", "Finland", "FI"),
    ("Ballarat", "VIC", "Australia", "AU"), ("Toowoomba", "QLD", "Australia", "AU"),
    ("Quezon City", "Metro Manila", "Philippines", "PH"), ("Lucknow", "Uttar Pradesh", "India", "IN"),
    ("Rawalpindi", "Punjab", "Pakistan", "PK"), ("Mississauga", "ON", "Canada", "CA"),
]

TOWNS_NATIVE = ["Харків", "Θεσσαλονίκη", "大阪", "부산", "חיפה", "الإسكندرية", "कानपुर", "চট্টগ্রাম", "เชียงใหม่", "ქუთაისი", "Գյումրի"]

DISTRICTS = ["Hackney", "Moss Side", "Neukölln", "La Guillotière", "Kreis 4", "Schaerbeek", "Vallecas", "Brixton", "Bijlmer", "Molenbeek"]

STREET_PARTS = {
    "GB": (["Mill", "Church", "Station", "Victoria", "Hawthorn", "Albion", "Queen's"], ["Lane", "Road", "Street", "Close", "Crescent", "Terrace"]),
    "US": (["Maple", "Elm", "Lincoln", "Sycamore", "Ridgewood", "MLK Jr"], ["Ave", "St", "Blvd", "Dr", "Ct", "Pkwy"]),
    "FR": (["des Lilas", "Victor Hugo", "de la République", "du Moulin", "Jean Jaurès", "des Tanneurs"], ["rue", "avenue", "allée", "boulevard", "impasse"]),
    "DE": (["Linden", "Goethe", "Bahnhof", "Kirch", "Schiller", "Am Wasserturm"], ["straße", "weg", "allee", "str.", "gasse"]),
    "CH": (["Bahnhof", "Dorf", "See", "Rosen", "Zürcher"], ["strasse", "gasse", "weg"]),
    "NL": (["Kerk", "Molen", "Dorps", "Prinsen"], ["straat", "laan", "gracht", "weg"]),
    "IT": (["Roma", "Garibaldi", "dei Mille", "Mazzini"], ["Via", "Viale", "Piazza", "Corso"]),
    "ES": (["Mayor", "de Alcalá", "del Carmen", "San Vicente"], ["Calle", "Avenida", "Plaza", "C/"]),
    "AU": (["Wattle", "Bunya", "Main", "Lygon"], ["St", "Rd", "Pde", "Cres"]),
    "PH": (["Mabini", "Rizal", "Kalayaan"], ["St.", "Ave."]),
    "IN": (["MG", "Nehru", "Gandhi"], ["Road", "Marg", "Nagar"]),
}

SCHOOLS = ["St Aidan's Primary", "Hillcrest Academy", "Collège Jean Moulin", "Gesamtschule Berger Feld", "Lincoln Middle School",
           "Scuola Media G. Verdi", "Schulhaus Feld", "Oakwood High", "IES Clara Campoamor", "Kingsmead Community School",
           "Lycée Pasteur", "Westfield Elementary", "Holy Family RC Primary", "Grundschule am Park"]

ORGS = ["Marks & Spencer", "Johnson & Johnson", "Dr. Oetker", "Procter & Gamble", "Ben & Jerry's", "Siemens Healthineers",
        "Roche Diagnostics", "Barnardo's", "Save the Children", "Lidl", "Sainsbury's", "Nestlé Waters", "McKinsey",
        "Ferrero", "Philips Hue", "Hewlett-Packard", "Dell Technologies", "Ford Motor Credit", "Boots Pharmacy", "Tesco Express"]

HOSPITALS = ["Royal Manchester Children's Hospital", "Hôpital Necker", "Kinderspital Zürich", "Alder Hey", "Great Ormond Street",
             "Charité Campus Virchow", "CHUV Lausanne", "St. Jude Children's", "Evelina London", "Ospedale Bambino Gesù"]

PLATFORMS = ["Snapchat", "Instagram", "TikTok", "Discord", "Roblox", "Fortnite", "Telegram", "Kik", "WhatsApp", "Omegle-like site",
             "Minecraft server", "Twitch", "Wink", "Yubo"]

HANDLE_WORDS = ["shadow", "kitty", "ghost", "lil", "xx", "vibes", "gamer", "boo", "angel", "dark", "wolf", "sk8", "prince",
                "baby", "toxic", "moon", "dino", "sniper", "pixie", "rizz", "emo", "bunny", "king", "cupcake"]

CONDITIONS = ["asthma", "type 1 diabetes", "ADHD", "autism spectrum disorder", "epilepsy", "eczema", "coeliac disease",
              "anaphylaxis to peanuts", "sickle cell disease", "cerebral palsy", "Down syndrome", "anxiety disorder",
              "depression", "PTSD", "self-harm", "anorexia nervosa", "chlamydia", "hepatitis B", "HIV",
              "dyslexia", "hearing impairment", "scoliosis", "migraine", "iron-deficiency anaemia", "bulimia",
              "foetal alcohol spectrum disorder", "Crohn's disease", "Tourette syndrome", "bipolar disorder", "UTI"]

MEDS = ["salbutamol", "Ventolin", "insulin glargine", "methylphenidate", "Ritalin", "levetiracetam", "EpiPen", "sertraline",
        "fluoxetine", "melatonin", "cetirizine", "amoxicillin", "ibuprofen", "Depakote", "Concerta", "lisdexamfetamine",
        "levonorgestrel", "Truvada", "ondansetron", "hydrocortisone cream", "montelukast", "Lamictal"]

MED_FOR = [("salbutamol", "asthma"), ("Ventolin", "asthma"), ("montelukast", "asthma"), ("insulin glargine", "type 1 diabetes"),
           ("methylphenidate", "ADHD"), ("Concerta", "ADHD"), ("lisdexamfetamine", "ADHD"), ("levetiracetam", "epilepsy"),
           ("Lamictal", "epilepsy"), ("Depakote", "epilepsy"), ("EpiPen", "anaphylaxis to peanuts"), ("sertraline", "anxiety disorder"),
           ("fluoxetine", "depression"), ("melatonin", "autism spectrum disorder"), ("hydrocortisone cream", "eczema"),
           ("Truvada", "HIV"), ("ondansetron", "Crohn's disease"), ("ferrous sulfate", "iron-deficiency anaemia"),
           ("sumatriptan", "migraine"), ("aripiprazole", "Tourette syndrome"), ("lithium", "bipolar disorder")]

ALLERGY_NOISE = ["none", "n/a", "-", "nil"]

ETHNIC = ["Black British", "Roma", "Romani", "Afro-Caribbean", "Pakistani", "Somali", "Kurdish", "Hispanic", "Latina",
          "Aboriginal", "Traveller", "Irish Traveller", "Yazidi", "Tamil", "mixed White and Black African", "East Asian",
          "Sinti", "Arab", "South Asian", "Native American", "Māori", "Uyghur"]

ORIENTATION = ["gay", "lesbian", "bisexual", "bi", "pansexual", "asexual", "queer", "straight", "homosexual"]

GENDER_ID = ["transgender", "trans girl", "trans boy", "non-binary", "nonbinary", "genderfluid", "trans man", "trans woman",
             "agender", "cisgender", "gender-questioning", "enby"]

CRIMINAL = [("was", "convicted of assault in {y}"), ("is", "on probation"), ("is a", "registered sex offender"),
            ("", "served {n} years for grooming"), ("has", "a caution for possession"), ("was", "released on licence in {y}"),
            ("has", "a previous conviction for indecent images"), ("is", "on the sex offenders register"),
            ("was", "arrested for domestic violence in {y}"), ("", "did time for burglary"), ("is", "out on parole"),
            ("was", "charged with child neglect in {y}"), ("was", "convicted of drink-driving"), ("is", "subject to a SHPO"),
            ("has", "a record for dealing"), ("", "served a sentence for arson"), ("is", "under a restraining order"),
            ("has", "two prior convictions for battery"), ("was", "jailed in {y} for online grooming")]

AGE_WORDS = {7: "seven", 8: "eight", 9: "nine", 10: "ten", 11: "eleven", 12: "twelve", 13: "thirteen", 14: "fourteen",
             15: "fifteen", 16: "sixteen", 17: "seventeen", 19: "nineteen", 20: "twenty", 22: "twenty-two", 25: "twenty-five",
             30: "thirty", 34: "thirty-four", 40: "forty", 45: "forty-five", 52: "fifty-two"}

DIGIT_WORDS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]

AGENTS = ["Maria", "Jonas", "Priya", "Tom", "Aylin", "Sébastien", "Greta", "Kwame", "Lotte", "Nuno"]

EMAIL_DOMAINS = ["gmail.com", "hotmail.co.uk", "outlook.com", "yahoo.fr", "gmx.de", "web.de", "bluewin.ch", "icloud.com",
                 "proton.me", "libero.it", "orange.fr", "btinternet.com", "wp.pl", "seznam.cz", "yandex.ru", "naver.com"]

US_STATES = ["CA", "NY", "TX", "FL", "IL", "WA", "OH", "MI", "PA", "GA"]

# register-specific code-switch snippets: (lang, opener phrases, connectors)
CODESWITCH = {
    "spanglish": (["Oye, llamó una señora", "Mira, the kid dice que", "Ay no, otra vez", "Bueno so basically"],
                  ["y luego", "pero like", "porque", "entonces", "la verdad"], ["su mamá", "el novio", "la niña", "el tío"]),
    "hinglish": (["Yaar bahut urgent hai", "Madam ne call kiya tha", "Bachi bol rahi thi ki", "Arre sun na"],
                 ["aur phir", "lekin", "matlab", "kyunki", "bas"], ["uski mummy", "uska chacha", "ladki", "padosi"]),
    "taglish": (["Grabe, tumawag ulit si", "Sabi ng bata na", "Ano ba, sobrang", "Kasi nga"],
                ["tapos", "pero", "kasi", "so ayun", "diba"], ["yung nanay", "yung tito", "yung bata", "yung kapitbahay"]),
    "franglais": (["Bon alors, la gamine m'a dit", "Franchement c'est chaud,", "Du coup the caller", "Genre"],
                  ["et après", "mais", "du coup", "en fait", "bref"], ["sa mère", "le beau-père", "la petite", "le voisin"]),
    "denglish": (["Also, die Mutter hat angerufen", "Kurz gesagt,", "Das Kind meinte", "Okay, update:"],
                 ["und dann", "aber", "weil", "halt", "irgendwie"], ["die Mama", "der Stiefvater", "das Mädchen", "der Nachbar"]),
    "arabizi": (["salam, 3andi mochkil", "wallah el bent 2alet", "ya3ni", "yalla basically"],
                ["w ba3den", "bas", "la2enno", "ya3ni", "khalas"], ["el 2omm", "3ammo", "el bent", "el jar"]),
    "singlish": (["Eh the girl say", "Wah lao, the uncle", "Aiyo this one", "Can or not, she say"],
                 ["then", "but hor", "lah", "leh", "sia"], ["her mummy", "the uncle", "the girl", "the neighbour"]),
    "romanurdu": (["Assalam o alaikum, bachi ne bataya", "Yaar ye case", "Ammi ne phone kiya", "Bhai sahab"],
                  ["phir", "lekin", "kyun ke", "matlab", "acha"], ["uski ammi", "uska mamu", "larki", "hamsaya"]),
    "konglish": (["아 그 student가 말했는데", "진짜 urgent해요,", "헐 그 아저씨가", "그냥 basically"],
                 ["그리고", "근데", "왜냐면", "그래서", "약간"], ["엄마", "삼촌", "여자애", "이웃"]),
}
