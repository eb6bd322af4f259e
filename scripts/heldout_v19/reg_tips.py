# -*- coding: utf-8 -*-
"""Register 5: world_tips_i - informal child-protection hotline web-form tips in 20 languages.

All names, towns, streets and phrasing below were typed by hand for this corpus.
"""

from common import Doc, Redraw, ascii_fold, email as _email, phone, pick, plate, profile_url, rdig, ralnum

REGISTER = "world_tips_i"
LANGS = [
    "es",
    "pt",
    "fr",
    "de",
    "it",
    "pl",
    "ru",
    "uk",
    "tr",
    "ar",
    "fa",
    "hi",
    "bn",
    "ur",
    "zh",
    "ja",
    "ko",
    "vi",
    "id",
    "th",
]

AR_DIG = "٠١٢٣٤٥٦٧٨٩"
FA_DIG = "۰۱۲۳۴۵۶۷۸۹"
BN_DIG = "০১২৩৪৫৬৭৮৯"
HI_DIG = "०१२३४५६७८९"


def native_digits(n, table):
    return "".join(table[int(c)] for c in str(n))


MAILHOST = {
    "es": ["gmail.com", "hotmail.com", "yahoo.es", "outlook.es"],
    "pt": ["gmail.com", "hotmail.com", "bol.com.br"],
    "fr": ["gmail.com", "orange.fr", "hotmail.fr"],
    "de": ["gmx.de", "web.de", "gmail.com"],
    "it": ["libero.it", "gmail.com"],
    "pl": ["wp.pl", "o2.pl", "gmail.com"],
    "ru": ["mail.ru", "yandex.ru"],
    "uk": ["ukr.net", "gmail.com"],
    "tr": ["gmail.com", "hotmail.com"],
    "ar": ["gmail.com", "yahoo.com", "hotmail.com"],
    "fa": ["gmail.com", "yahoo.com"],
    "hi": ["gmail.com", "rediffmail.com"],
    "bn": ["gmail.com", "yahoo.com"],
    "ur": ["gmail.com", "hotmail.com"],
    "zh": ["qq.com", "163.com"],
    "ja": ["docomo.ne.jp", "gmail.com"],
    "ko": ["naver.com", "daum.net"],
    "vi": ["gmail.com"],
    "id": ["gmail.com", "yahoo.co.id"],
    "th": ["gmail.com", "hotmail.com"],
}
MAILSTEM = {
    "es": ["vecina.preocupada", "tia_de_lucia", "anonimo.sur", "mariaj.rz"],
    "pt": ["vizinha.mg", "tia.preocupada", "anonimo.sp"],
    "fr": ["voisine.inquiete", "sarah.b", "anonyme.nord"],
    "de": ["nachbarin.k", "besorgte.mutter", "anon.ruhr"],
    "it": ["vicina.preoccupata", "zia.ro", "anonimo.na"],
    "pl": ["sasiadka.k", "anonim.slask", "m.kowalczyk"],
    "ru": ["sosedka.nn", "anon.mo", "tetya.lena"],
    "uk": ["susidka.zh", "anon.kyiv", "bratyk.m"],
    "tr": ["komsu.ayse", "anonim.ist", "teyze.fatma"],
    "ar": ["gar.masr", "om.youssef", "anon.cairo", "abu.fahad"],
    "fa": ["hamsaye.tehran", "negaran.k"],
    "hi": ["padosi.up", "anon.delhi", "didi.r"],
    "bn": ["protibeshi.dhk", "anon.bd"],
    "ur": ["hamsaya.lhr", "anon.pk"],
    "zh": ["linju", "laoshi.wang", "niming"],
    "ja": ["kinjo.mama", "tokumei", "juku.sensei"],
    "ko": ["iwotjip", "anon.gg", "hakwon.ssam"],
    "vi": ["hangxom.hn", "co.giao", "anon.sg"],
    "id": ["tetangga.bks", "anon.jkt", "ibu.rt"],
    "th": ["phuean.baan", "anon.bkk", "khru.noi"],
}


def tip_email(rng, lang):
    return "%s%s@%s" % (
        pick(rng, MAILSTEM[lang]),
        rng.choice(["", str(rng.randint(1, 99)), str(rng.randint(1975, 2006))]),
        pick(rng, MAILHOST[lang]),
    )


HANDLE_STEMS = [
    "dark.prince",
    "the_real_",
    "bad.boy",
    "king",
    "angel",
    "sweet",
    "mr.",
    "lil",
    "papi",
    "zaddy",
    "prince",
    "shadow",
    "romeo",
    "bigbro",
    "vip",
]


def handle(rng, base):
    b = ascii_fold(base).lower().replace(" ", "")
    b = "".join(c for c in b if c.isalnum()) or "x"
    return rng.choice(
        [
            pick(rng, HANDLE_STEMS) + b + str(rng.randint(1, 99)),
            b + "_" + pick(rng, ["official", "vip", "real", "x", "77", "2k"]),
            b + "." + str(rng.randint(80, 99)),
            pick(rng, HANDLE_STEMS).strip("._") + "_" + b,
        ]
    )


# ---------------------------------------------------------------------------
# per-language pools (typed by hand)
# ---------------------------------------------------------------------------
P = {}
P["es"] = dict(
    girls=["Lucía", "Valentina", "Sofía", "Ximena", "Daniela", "Martina", "Renata", "Noelia"],
    boys=["Mateo", "Santiago", "Diego", "Emiliano", "Thiago", "Iker", "Leonel", "Bruno"],
    adults=["Jorge Ramírez", "Beto Salinas", "Raúl Contreras", "Eduardo Villalobos", "Iván Carrasco", "Fermín Otero"],
    towns_es=["Móstoles", "Alcalá de Henares", "Dos Hermanas", "Torrejón de Ardoz", "Parla", "Fuenlabrada"],
    towns_mx=["Ecatepec", "Zapopan", "Naucalpan", "Iztapalapa", "Tlaquepaque", "Apodaca"],
    streets_mx=["calle Nogal 118", "av. Tepeyac 45 int 3", "cerrada de los Pinos 7", "calle Jacarandas 230"],
    schools=["al instituto", "al cole de la plaza", "a la secu de la colonia"],
)
P["pt"] = dict(
    girls=["Ana Clara", "Maria Eduarda", "Lara", "Manuela", "Isadora", "Yasmin"],
    boys=["Davi", "Heitor", "Arthur", "Pietro", "Bernardo", "Kauan"],
    adults=["Robson Teixeira", "Cleiton Souza", "Jair Mendonça", "Wellington Rocha", "Adriano Falcão"],
    towns=["Osasco", "Guarulhos", "Duque de Caxias", "Contagem", "Feira de Santana", "São Gonçalo", "Nova Iguaçu"],
    streets=["rua das Orquídeas 312", "travessa São Jorge 15", "rua Cinco 88 casa 2", "av. Brasil 1450 bloco B"],
    med=["asma", "epilepsia", "diabetes tipo 1", "anemia falciforme"],
    schools=["escola estadual", "EMEF do bairro"],
)
P["fr"] = dict(
    girls=["Lina", "Jade", "Inaya", "Maëlys", "Anaëlle", "Nour"],
    boys=["Noé", "Maël", "Timéo", "Rayan", "Sacha", "Ilyès"],
    adults=["Kevin Morel", "Stéphane Guérin", "Mehdi Bensaïd", "Ludovic Caron", "Dylan Perret"],
    towns=["Saint-Denis", "Aulnay-sous-Bois", "Vénissieux", "Évry", "Tourcoing", "Argenteuil"],
    streets=["12 rue des Coquelicots", "4 allée Paul Éluard", "27 avenue Gambetta", "9 résidence les Peupliers"],
)
P["de"] = dict(
    girls=["Emma", "Mia", "Lea", "Hanna", "Lina", "Emilia"],
    boys=["Finn", "Leon", "Paul", "Elias", "Noah", "Ben"],
    adults=["Marco Schulz", "Dennis Kowalke", "Sven Richter", "Uwe Brenner", "Patrick Seidel"],
    towns=["Duisburg", "Offenbach", "Hagen", "Neukölln", "Marzahn", "Bottrop"],
    streets=["Hauptstraße 112", "Am Sportplatz 4", "Bergstraße 27a", "Weidenweg 9"],
)
P["it"] = dict(
    girls=["Sofia", "Giorgia", "Greta", "Ginevra", "Noemi", "Arianna"],
    boys=["Leonardo", "Alessandro", "Mattia", "Gabriel", "Samuele", "Christian"],
    adults=["Fabio Rinaldi", "Gianni Esposito", "Ciro Mazzella", "Daniele Fumagalli", "Walter Pace"],
    towns=["Casoria", "Torre del Greco", "Sesto San Giovanni", "Rozzano", "Afragola", "Quarto Oggiaro"],
    streets=["via Nazionale 214", "via dei Glicini 8", "viale Europa 33 scala B", "vico Sant'Anna 5"],
    med=["asma", "epilessia", "diabete"],
    schools=["la scuola media", "la scuola Don Milani"],
)
P["pl"] = dict(
    girls=["Zosia", "Hania", "Lena", "Oliwia", "Maja", "Nikola"],
    boys=["Antek", "Kuba", "Franek", "Szymek", "Olek", "Filip"],
    adults=["Marek Wróbel", "Darek Nowicki", "Sławek Pawlak", "Robert Kaczmarek", "Artur Sikora"],
    towns=[
        ("Radomiu", "Radomia", "Radomiem"),
        ("Sosnowcu", "Sosnowca", "Sosnowcem"),
        ("Łodzi", "Łodzi", "Łodzią"),
        ("Piasecznie", "Piaseczna", "Piasecznem"),
        ("Wałbrzychu", "Wałbrzycha", "Wałbrzychem"),
    ],
    streets=["ul. Lipowej 14 m. 7", "ul. Ogrodowej 3/12", "ul. Szkolnej 21", "ul. Polnej 8a"],
)
P["ru"] = dict(
    girls=["Маша", "Настя", "Соня", "Алиса", "Вика", "Полина"],
    boys=["Ваня", "Артём", "Егор", "Тимур", "Миша", "Кирилл"],
    adults=["Олег Петров", "Вадим Сорокин", "Руслан Гаджиев", "Слава Кудрявцев", "Игорь Бондарев"],
    towns=[
        ("Подольске", "Подольска", "Подольск"),
        ("Балашихе", "Балашихи", "Балашиху"),
        ("Тольятти", "Тольятти", "Тольятти"),
        ("Челябинске", "Челябинска", "Челябинск"),
        ("Мытищах", "Мытищ", "Мытищи"),
    ],
    streets=["ул. Гагарина, д. 7, кв. 41", "ул. Садовая, д. 15", "пр. Мира, д. 102, кв. 9", "ул. Лесная, д. 3"],
)
P["uk"] = dict(
    girls=["Софійка", "Даринка", "Злата", "Мілана", "Ангеліна", "Вероніка"],
    boys=["Максим", "Назар", "Матвій", "Богдан", "Артем", "Денис"],
    adults=["Віктор Гончаренко", "Руслан Кушнір", "Степан Литвин", "Олег Ярош", "Геннадій Білик"],
    towns=[
        ("Житомирі", "Житомира"),
        ("Ірпені", "Ірпеня"),
        ("Броварах", "Броварів"),
        ("Кременчуці", "Кременчука"),
        ("Білій Церкві", "Білої Церкви"),
    ],
)
P["tr"] = dict(
    girls=["Elif", "Zeynep", "Defne", "Azra", "Eylül", "Nehir"],
    boys=["Yusuf", "Ömer", "Miraç", "Eymen", "Aras", "Kerem"],
    adults=["Kadir Yıldız", "Cemal Aksoy", "Sinan Kara", "Volkan Güler", "Tuncay Özkan"],
    towns=[
        ("Esenyurt", "'ta"),
        ("Bağcılar", "'da"),
        ("Keçiören", "'de"),
        ("Çorlu", "'da"),
        ("Gebze", "'de"),
        ("Karşıyaka", "'da"),
    ],
    mah=["Yeni", "Fatih", "Cumhuriyet", "Atatürk", "Yavuz Selim"],
    streets=["Gül Sokak No:12 D:5", "Menekşe Cad. No:41 D:3", "Kavak Sk. No:7", "Okul Sokak No:22 Kat:2"],
    med=["astım", "epilepsi", "diyabet"],
)
P["ar_eg"] = dict(
    girls=["ملك", "جنى", "حبيبة", "فريدة", "رقية", "مريم"],
    boys=["يوسف", "عمر", "آدم", "زياد", "مازن", "سيف"],
    adults=["حمادة عبد العزيز", "أشرف السيد", "سامح فؤاد", "كريم عبد الحميد", "رضا منصور"],
    towns=["شبرا الخيمة", "المنصورة", "طنطا", "حلوان", "الزقازيق", "المحلة الكبرى", "بنها"],
    streets=["شارع الترعة عمارة 14", "شارع الجمهورية 33", "شارع المدارس برج النور الدور التالت", "حارة الصيادين 7"],
)
P["ar_gulf"] = dict(
    girls=["نورة", "شهد", "ريم", "الجوهرة", "دانة", "لطيفة"],
    boys=["سلطان", "عبدالرحمن", "فهد", "راكان", "حمد", "نايف"],
    adults=["ناصر العتيبي", "بدر الشمري", "مشعل القحطاني", "سعود المري", "عبدالله الكعبي"],
    towns_sa=["جدة", "الدمام", "الخبر", "الطائف", "بريدة"],
    towns_ae=["العين", "الشارقة", "عجمان", "رأس الخيمة", "خورفكان"],
    streets=["فيلا 23 شارع 14 حي الروضة", "بناية 5 شقة 12 شارع الوحدة", "حي النسيم شارع 9 بيت 41"],
)
P["fa"] = dict(
    girls=["نازنین", "ستایش", "هستی", "یسنا", "آوا", "رها"],
    boys=["آرین", "امیرعلی", "محمدطاها", "آرسام", "بردیا", "ایلیا"],
    adults=["کامران رضایی", "مجید کاظمی", "بهروز نوری", "حمید صادقی", "جواد طاهری"],
    towns=["کرج", "اسلامشهر", "قم", "شهریار", "رشت", "ورامین"],
    streets=["خیابان بهار، کوچه ۸، پلاک ۱۲", "بلوار امام، کوچه لاله، پلاک ۴۵", "خیابان نسترن، پلاک ۷، واحد ۳"],
)
P["hi"] = dict(
    girls=["अनन्या", "दिव्या", "पायल", "खुशी", "रिया", "सिमरन"],
    boys=["आरव", "विहान", "ईशान", "कबीर", "अंश", "राहुल"],
    adults=["राकेश यादव", "सोनू चौहान", "पप्पू गुप्ता", "मनोज तिवारी", "दिनेश राणा"],
    towns=["गाज़ियाबाद", "कानपुर", "पटना", "मेरठ", "आगरा", "नोएडा", "लुधियाना"],
    streets=["मकान नं. 214, गली नं. 5, शिव नगर", "फ्लैट 32, ब्लॉक C, सेक्टर 62", "H-118 राजीव कॉलोनी"],
)
P["bn"] = dict(
    girls=["তানিয়া", "মিম", "নুসরাত", "সুমাইয়া", "জান্নাত", "রিয়া"],
    boys=["আরিয়ান", "সাকিব", "রাফি", "তামিম", "হাসিব", "নাঈম"],
    adults=["জসিম উদ্দিন", "কামাল হোসেন", "রফিকুল ইসলাম", "বাবলু মিয়া", "শাহজাহান আলী"],
    towns=["নারায়ণগঞ্জ", "গাজীপুর", "কুমিল্লা", "সিলেট", "বগুড়া", "টঙ্গী"],
)
P["ur"] = dict(
    girls=["فاطمہ", "عائشہ", "مریم", "زینب", "حفصہ", "ثمینہ"],
    boys=["علی", "حمزہ", "زین", "عبداللہ", "فیضان", "ارسلان"],
    adults=["عمران قریشی", "شاہد محمود", "ندیم اختر", "جاوید اقبال", "ریاض احمد"],
    towns=["گوجرانوالہ", "راولپنڈی", "فیصل آباد", "ملتان", "سیالکوٹ", "شیخوپورہ"],
)
P["zh"] = dict(
    girls=["王梓涵", "张一诺", "刘思琪", "陈雨萱", "杨欣妍", "赵可馨"],
    boys=["李子轩", "刘浩然", "周宇航", "吴俊熙", "孙睿泽", "徐梓豪"],
    adults=["陈建国", "黄志强", "马卫东", "郑大勇", "何国平"],
    towns=["东莞", "昆山", "佛山", "义乌", "温州", "合肥", "南宁"],
    streets=["幸福路88号3栋502", "建设街17号", "长江东路201号2单元", "新华小区6栋1101"],
    med=["哮喘", "癫痫", "糖尿病"],
)
P["ja"] = dict(
    girls=["さくら", "陽菜", "結衣", "芽依", "心春", "美羽"],
    boys=["ゆうと", "蒼", "湊", "大翔", "陽太", "悠真"],
    adults=["田村 浩二", "佐々木 健一", "山下 剛", "石井 大輔", "松本 誠"],
    towns=["川口", "八王子", "船橋", "堺", "豊中", "町田"],
    streets=["本町3-12-7", "緑が丘2丁目5-1", "栄町1-8-22 コーポ栄201", "旭町4-3-10"],
)
P["ko"] = dict(
    girls=["지민", "서윤", "민서", "예린", "하린", "수아"],
    boys=["하준", "도윤", "시우", "지호", "은우", "건우"],
    adults=["김태호", "박성진", "이동욱", "최민석", "정우진"],
    towns=[("안산", "으로"), ("부천", "으로"), ("성남", "으로"), ("의정부", "로"), ("평택", "으로"), ("수원", "으로")],
    streets=["중앙로 123 101동 1502호", "광덕대로 45", "시민로 8번길 12"],
)
P["vi"] = dict(
    girls=["Bảo Anh", "Ngọc Hân", "Khánh Linh", "Minh Thư", "Gia Hân", "Thảo Vy"],
    boys=["Minh Khôi", "Gia Huy", "Đức Anh", "Hoàng Nam", "Quốc Bảo", "Tuấn Kiệt"],
    adults=["Trần Văn Lộc", "Lê Văn Hải", "Phạm Quốc Dũng", "Đỗ Minh Tâm", "Ngô Thanh Sơn"],
    towns=["Biên Hòa", "Thủ Đức", "Thuận An", "Long Biên", "Gò Vấp", "Dĩ An"],
    streets=["42 ngõ 15 Nguyễn Văn Cừ", "118/7 Lê Văn Việt", "số 9 hẻm 3 Phan Văn Trị", "27 Trần Phú"],
    med=["hen suyễn", "động kinh", "tiểu đường"],
)
P["id"] = dict(
    girls=["Putri", "Aisyah", "Nadia", "Salsabila", "Keisha", "Zahra"],
    boys=["Rizky", "Fajar", "Bima", "Raffi", "Dimas", "Arkan"],
    adults=["Agus Setiawan", "Hendra Saputra", "Joko Susilo", "Bambang Irawan", "Yudi Pratama"],
    towns=["Bekasi", "Depok", "Tangerang", "Bogor", "Sidoarjo", "Cimahi"],
    streets=["Jl. Melati No. 12 RT 03/RW 05", "Gg. Mawar II No. 7", "Jl. Kenanga Raya No. 45"],
    med=["asma", "TBC", "epilepsi"],
)
P["th"] = dict(
    girls=["ปลายฟ้า", "ใบเตย", "น้ำฝน", "เมย์", "พิมพ์ชนก", "กัญญาณัฐ"],
    boys=["ธนกร", "ต้นกล้า", "ภูผา", "กิตติพัฒน์", "ณัฐวุฒิ", "พีรพัฒน์"],
    adults=["สมชาย ศรีสุข", "วิชัย บุญมา", "อนุชา แก้วมณี", "ธวัชชัย ทองดี", "ประเสริฐ จันทร์หอม"],
    towns=["นนทบุรี", "ปากเกร็ด", "บางนา", "หาดใหญ่", "ขอนแก่น", "ชลบุรี", "ลำลูกกา"],
    streets=["99/12 หมู่ 4", "55/7 ซอยวัดใหม่", "123 หมู่บ้านสุขใจ ซอย 3"],
    med=["หอบหืด", "ลมชัก", "เบาหวาน"],
)
HANDLE_BASE = {
    "ru": ["oleg", "vadim", "slava", "igor", "ruslan"],
    "uk": ["viktor", "ruslan", "stepan", "oleg", "gena"],
    "ar_eg": ["hamada", "ashraf", "sameh", "karim", "reda"],
    "ar_gulf": ["nasser", "bader", "meshal", "saud", "abdullah"],
    "fa": ["kamran", "majid", "behrouz", "hamid", "javad"],
    "hi": ["rakesh", "sonu", "pappu", "manoj", "dinesh"],
    "bn": ["jasim", "kamal", "rafiq", "bablu", "shahjahan"],
    "ur": ["imran", "shahid", "nadeem", "javed", "riaz"],
    "zh": ["jianguo", "zhiqiang", "weidong", "dayong", "guoping"],
    "ja": ["tamura", "sasaki", "yamashita", "ishii", "matsumoto"],
    "ko": ["taeho", "sungjin", "dongwook", "minseok", "woojin"],
    "th": ["somchai", "wichai", "anucha", "tawatchai", "prasert"],
}

# ---------------------------------------------------------------------------
# templates: (language key, phone region, builder)
# ---------------------------------------------------------------------------


def lowmaybe(rng, name, p=0.5):
    return name.lower() if rng.random() < p else name


def base_vals(rng, lang, key, region, girl=True):
    pl = P[key]
    kid = pick(rng, pl["girls"] if girl else pl["boys"])
    idx = rng.randrange(len(pl["adults"]))
    adult = pl["adults"][idx]
    hb = HANDLE_BASE[key][idx] if key in HANDLE_BASE else ascii_fold(rng.choice(adult.split(" ")))
    v = dict(
        kid=kid,
        adult=adult,
        phone=phone(rng, region, style=rng.choice(["natl", "natl", "intl"])),
        handle=handle(rng, hb),
        email=tip_email(rng, lang),
    )
    return v


def two(rng, seq):
    a, b = rng.sample(list(seq), 2)
    return a, b


def kid_age(rng, lo=6, hi=16):
    return rng.randint(lo, hi)


def tpl_es_a(rng):
    v = base_vals(rng, "es", "es", "ES", True)
    k = kid_age(rng, 11, 15)
    t = pick(rng, P["es"]["towns_es"])
    v.update(
        kid=lowmaybe(rng, v["kid"]),
        kage=str(k),
        town=t,
        aage=str(rng.randint(28, 45)),
        plate=plate(rng, "ES"),
        url=profile_url(rng, v["handle"], site="ig"),
        school=pick(rng, P["es"]["schools"]),
    )
    return (
        "hola buenas, no se si esto es el sitio correcto pero os escribo x mi sobrina {kid:PERSON}, tiene {kage:MINOR_AGE} años y vive con mi hermana en {town:LOCATION}. "
        "hay un tio q se llama {adult:PERSON}, tendra unos {aage:AGE} años, q le escribe todas las noches por insta, su cuenta es {handle:USERNAME} ({url:URL}). "
        "le dice q es fotografo y q le puede conseguir un casting si le manda fotos en bikini. mi hermana no se entera de nada xq trabaja de noche en el hospital. "
        "la niña va {school} y el tio la ha esperado a la salida 2 veces con un coche blanco matricula {plate:VEHICLE_PLATE}.\n"
        "mi movil es {phone:PHONE_NUMBER}, llamadme porfa pero q no se entere mi hermana todavia. gracias!!"
    ), v


def tpl_es_b(rng):
    v = base_vals(rng, "es", "es", "MX", False)
    k = kid_age(rng, 6, 11)
    v.update(kage=str(k), town=pick(rng, P["es"]["towns_mx"]), street=pick(rng, P["es"]["streets_mx"]))
    return (
        "buenas tardes disculpen la ortografia. en mi colonia en {town:LOCATION} hay un niño, {kid:PERSON}, de {kage:MINOR_AGE} años q anda solo en la calle hasta las 2am, "
        "su mamá lo deja encerrado y a veces no come en todo el dia. el señor q vive con ellos se llama {adult:PERSON} y le pega, se oye todo desde mi casa. "
        "viven en {street:STREET_ADDRESS}, es la casa de la reja verde. ya le hable al DIF pero no vinieron.\n"
        "si me quieren contactar mi whats es {phone:PHONE_NUMBER}, no pongan mi nombre xfa porque el señor es muy agresivo y tiene amigos."
    ), v


def tpl_pt_a(rng):
    v = base_vals(rng, "pt", "pt", "BR", True)
    v.update(
        kid=lowmaybe(rng, v["kid"]),
        kage=str(kid_age(rng, 10, 14)),
        town=pick(rng, P["pt"]["towns"]),
        aage=str(rng.randint(25, 48)),
        url=profile_url(rng, v["handle"], site="tt"),
        school=pick(rng, P["pt"]["schools"]),
    )
    return (
        "oi, to escrevendo pq to mt preocupada com a filha da minha vizinha, a {kid:PERSON}, ela tem {kage:MINOR_AGE} anos. moram aqui em {town:LOCATION}, perto da praça da igreja. "
        "tem um cara chamado {adult:PERSON} (uns {aage:AGE} anos) q fica mandando msg pra ela no tiktok, o perfil dele é {url:URL}, o user é {handle:USERNAME}. "
        "ela me mostrou umas msgs e ele pede pra ela apagar tudo e nao contar pra mae. ele falou q vai buscar ela na saida da {school} sexta.\n"
        "meu zap é {phone:PHONE_NUMBER} se precisar. por favor nao fala q fui eu, a familia dele é brava"
    ), v


def tpl_pt_b(rng):
    v = base_vals(rng, "pt", "pt", "BR", False)
    t1, t2 = two(rng, P["pt"]["towns"])
    v.update(
        kage=str(kid_age(rng, 7, 13)),
        town=t1,
        town2=t2,
        street=pick(rng, P["pt"]["streets"]),
        med=pick(rng, P["pt"]["med"]),
    )
    return (
        "bom dia. meu sobrinho {kid:PERSON}, {kage:MINOR_AGE} anos, mudou com o pai pra {town:LOCATION} faz 3 meses e desde entao parou de ir na escola. "
        "o pai dele, {adult:PERSON}, bebe todo dia e ja deixou o menino dormir na rua duas vezes. o endereço é {street:STREET_ADDRESS}. "
        "o menino tem {med:MEDICAL_CONDITION} e ta sem remedio. eu moro longe, em {town2:LOCATION}, nao consigo ir la agora.\n"
        "meu email {email:EMAIL_ADDRESS} ou cel {phone:PHONE_NUMBER}. obrigada desde ja"
    ), v


def tpl_fr_a(rng):
    v = base_vals(rng, "fr", "fr", "FR", True)
    v.update(
        kid=lowmaybe(rng, v["kid"]),
        kage=str(kid_age(rng, 12, 15)),
        town=pick(rng, P["fr"]["towns"]),
        aage=str(rng.randint(24, 40)),
        plate=plate(rng, "FR"),
        wage=str(rng.randint(18, 22)),
    )
    return (
        "bonjour, je sais pas trop à qui m'adresser. ma cousine {kid:PERSON} a {kage:MINOR_AGE} ans et elle habite à {town:LOCATION} avec sa mère. "
        "depuis quelques semaines un mec de {aage:AGE} ans, {adult:PERSON}, lui parle sur snap ({handle:USERNAME}) et lui donne rdv près de la gare. "
        "elle dit que c'est son copain mdr mais c'est pas normal du tout. il a une voiture grise immat {plate:VEHICLE_PLATE}. "
        "moi j'ai {wage:AGE} ans je peux rien faire, sa mère me croit pas.\nvous pouvez me rappeler au {phone:PHONE_NUMBER} stp, merci"
    ), v


def tpl_fr_b(rng):
    v = base_vals(rng, "fr", "fr", "FR", False)
    v.update(kage=str(kid_age(rng, 6, 11)), town=pick(rng, P["fr"]["towns"]), street=pick(rng, P["fr"]["streets"]))
    return (
        "Bonsoir. je suis voisine d'une famille à {town:LOCATION}, dans la cité derrière le collège. le petit {kid:PERSON} ({kage:MINOR_AGE} ans) a souvent des bleus sur les bras "
        "et il m'a dit que son beau-père {adult:PERSON} le frappe quand il a pas fait ses devoirs. ils habitent au {street:STREET_ADDRESS}, 3e étage porte gauche. "
        'je l\'ai entendu pleurer encore hier soir vers 23h, et crier "arrête".\n'
        "je veux rester anonyme mais vous pouvez m'écrire à {email:EMAIL_ADDRESS}."
    ), v


def tpl_de_a(rng):
    v = base_vals(rng, "de", "de", "DE", True)
    t1, t2 = two(rng, P["de"]["towns"])
    v.update(
        kid=lowmaybe(rng, v["kid"], 0.7),
        kage=str(kid_age(rng, 11, 14)),
        town=t1,
        town2=t2,
        aage=str(rng.randint(22, 35)),
    )
    return (
        "hallo, ich hoffe das hier liest jemand. meine nichte {kid:PERSON} ist {kage:MINOR_AGE} und wohnt in {town:LOCATION}. sie hat online so einen typen kennengelernt, "
        "nennt sich {handle:USERNAME} auf discord, angeblich noch schüler aber der ist safe älter, eher so {aage:AGE}. er will dass sie zu ihm nach {town2:LOCATION} kommt "
        "und hat ihr schon ein zugticket geschickt. sie sagt \"it's fine, he's nice\" aber ich hab ein ganz schlechtes gefühl dabei.\n"
        "meine nummer {phone:PHONE_NUMBER}. bitte meldet euch, danke"
    ), v


def tpl_de_b(rng):
    v = base_vals(rng, "de", "de", "DE", False)
    t1, t2 = two(rng, P["de"]["towns"])
    v.update(kage=str(kid_age(rng, 6, 10)), town=t1, town2=t2, street=pick(rng, P["de"]["streets"]))
    return (
        "Guten Tag, ich bin Nachbarin einer Familie in {town:LOCATION}, {street:STREET_ADDRESS}. Der Junge heißt {kid:PERSON}, ich schätze {kage:MINOR_AGE} Jahre alt. "
        "Er steht oft stundenlang draußen im Treppenhaus, auch wenn es kalt ist, und sagt sein Vater {adult:PERSON} lässt ihn nicht rein. "
        "Ich hab den Vater schon brüllen hören, auch nachts. Die Familie ist vor einem Jahr aus {town2:LOCATION} hergezogen.\n"
        "Ich möchte anonym bleiben, aber Rückruf unter {phone:PHONE_NUMBER} geht abends ab 19 Uhr."
    ), v


def tpl_it_a(rng):
    v = base_vals(rng, "it", "it", "IT", True)
    v.update(
        kid=lowmaybe(rng, v["kid"]),
        kage=str(kid_age(rng, 11, 14)),
        town=pick(rng, P["it"]["towns"]),
        aage=str(rng.randint(35, 55)),
        plate=plate(rng, "IT"),
        school=pick(rng, P["it"]["schools"]),
    )
    return (
        "salve, scrivo xke sono preoccupata per una ragazzina, si chiama {kid:PERSON}, ha {kage:MINOR_AGE} anni e abita a {town:LOCATION} vicino alla stazione. "
        "un uomo sui {aage:AGE} anni, {adult:PERSON}, la aspetta fuori da {school} e le regala ricariche e sigarette. ho visto la targa della sua macchina: {plate:VEHICLE_PLATE}. "
        "su instagram lui è {handle:USERNAME}, le scrive anche di notte.\nil mio numero è {phone:PHONE_NUMBER}, vi prego fate qualcosa"
    ), v


def tpl_it_b(rng):
    v = base_vals(rng, "it", "it", "IT", False)
    t1, t2 = two(rng, P["it"]["towns"])
    v.update(
        kage=str(kid_age(rng, 7, 12)),
        town=t1,
        town2=t2,
        street=pick(rng, P["it"]["streets"]),
        med=pick(rng, P["it"]["med"]),
    )
    return (
        "buongiorno, mio nipote {kid:PERSON} ({kage:MINOR_AGE} anni) vive con la madre a {town:LOCATION}. il compagno della madre, {adult:PERSON}, lo lascia solo per giorni "
        "e lui mi manda vocali piangendo. l'indirizzo è {street:STREET_ADDRESS}. il bambino ha l'{med:MEDICAL_CONDITION} e non prende le medicine da una settimana. "
        "io vivo a {town2:LOCATION} e non posso andare subito.\nscrivetemi a {email:EMAIL_ADDRESS}, grazie"
    ), v


def tpl_pl_a(rng):
    v = base_vals(rng, "pl", "pl", "PL", True)
    t = pick(rng, P["pl"]["towns"])
    v.update(
        kid=lowmaybe(rng, v["kid"]),
        kage=str(kid_age(rng, 12, 15)),
        town=t[0],
        aage=str(rng.randint(25, 40)),
        plate=plate(rng, "PL"),
    )
    return (
        "dzien dobry, pisze w sprawie corki sasiadow, {kid:PERSON} ma {kage:MINOR_AGE} lat i mieszka w {town:LOCATION} na osiedlu obok mnie. od miesiaca przyjezdza po nia "
        "facet ok {aage:AGE} lat, {adult:PERSON}, czarnym autem nr rej {plate:VEHICLE_PLATE}, ona wraca w nocy. na tiktoku pisze do niej jako {handle:USERNAME}. "
        "rodzice chyba nic nie wiedza albo udaja.\nmoj nr {phone:PHONE_NUMBER}, prosze o dyskrecje"
    ), v


def tpl_pl_b(rng):
    v = base_vals(rng, "pl", "pl", "PL", False)
    t1, t2 = two(rng, P["pl"]["towns"])
    v.update(kage=str(kid_age(rng, 8, 12)), town_loc=t1[0], town_ins=t2[2], street=pick(rng, P["pl"]["streets"]))
    return (
        "hej, nie wiem czy dobrze trafilem. kolega z klasy mojego brata, {kid:PERSON} ({kage:MINOR_AGE} l.), przychodzi do szkoly glodny i posiniaczony. "
        "mowi ze ojczym {adult:PERSON} go bije paskiem. mieszkaja przy {street:STREET_ADDRESS} w {town_loc:LOCATION}, wczesniej mieszkali gdzies pod {town_ins:LOCATION}. "
        "pani ze swietlicy wie ale nic nie robi.\nmozna pisac na {email:EMAIL_ADDRESS}"
    ), v


def tpl_ru_a(rng):
    v = base_vals(rng, "ru", "ru", "RU", True)
    t = pick(rng, P["ru"]["towns"])
    v.update(
        kage=str(kid_age(rng, 7, 13)),
        town_loc=t[0],
        street=pick(rng, P["ru"]["streets"]),
        aage=str(rng.randint(30, 50)),
    )
    return (
        "здравствуйте. пишу про девочку из нашего подъезда, её зовут {kid:PERSON}, ей {kage:MINOR_AGE} лет. живут в {town_loc:LOCATION}, {street:STREET_ADDRESS}. "
        "мать пьёт, а её сожитель {adult:PERSON} (лет {aage:AGE}) водит домой каких-то мужиков. девочка вчера плакала на лестнице и сказала что боится идти домой.\n"
        "мой номер {phone:PHONE_NUMBER}, звоните после 18. только не называйте меня пожалуйста"
    ), v


def tpl_ru_b(rng):
    v = base_vals(rng, "ru", "ru", "RU", False)
    t1, t2 = two(rng, P["ru"]["towns"])
    v.update(kage=str(kid_age(rng, 13, 16)), town_gen=t1[1], town2_acc=t2[2], aage=str(rng.randint(22, 35)))
    return (
        "привет, не знаю куда ещё писать. у моего друга есть младший брат {kid:PERSON}, ему {kage:MINOR_AGE} лет, они из {town_gen:LOCATION}. какой-то взрослый чел в телеге {handle:USERNAME} "
        "предлагает ему «работу» - отвезти пакеты за деньги, типа закладки. говорит что ему {aage:AGE}, зовут {adult:PERSON}. пацан уже один раз ездил в {town2_acc:LOCATION}.\n"
        "мой тг тот же номер {phone:PHONE_NUMBER}. помогите пж"
    ), v


def ua_plate(rng):
    L = "АВСЕНІКМОРТХ"
    return "%s %s %s" % (
        "".join(rng.choice(L) for _ in range(2)),
        rdig(rng, 4),
        "".join(rng.choice(L) for _ in range(2)),
    )


def tpl_uk_a(rng):
    v = base_vals(rng, "uk", "uk", "UA", True)
    t = pick(rng, P["uk"]["towns"])
    v.update(kage=str(kid_age(rng, 10, 14)), town_loc=t[0], aage=str(rng.randint(35, 55)), plate=ua_plate(rng))
    return (
        "добрий день. хочу повідомити про дівчинку, її звати {kid:PERSON}, їй {kage:MINOR_AGE} років, живе у {town_loc:LOCATION} з бабусею, мама на заробітках в Польщі. "
        "до неї постійно приходить чоловік {adult:PERSON}, десь {aage:AGE} років, і забирає її кататися на машині {plate:VEHICLE_PLATE}. бабуся старенька, нічого не розуміє.\n"
        "мій номер {phone:PHONE_NUMBER}, вайбер теж є"
    ), v


def tpl_uk_b(rng):
    v = base_vals(rng, "uk", "uk", "UA", False)
    t1, t2 = two(rng, P["uk"]["towns"])
    v.update(kage=str(kid_age(rng, 13, 16)), town_gen=t1[1], town2_gen=t2[1])
    return (
        "привіт. мій однокласник {kid:PERSON} ({kage:MINOR_AGE} р.) переїхав до {town_gen:LOCATION} з {town2_gen:LOCATION} після обстрілів. його дядько {adult:PERSON} "
        "змушує його працювати на складі вночі і забирає всі гроші. в інсті дядько {handle:USERNAME}, там фотки з машинами.\n"
        "напишіть мені на {email:EMAIL_ADDRESS} будь ласка, я боюсь дзвонити"
    ), v


def tr_plate(rng):
    return "%s %s %s" % (
        rng.choice(["34", "06", "35", "16", "41", "59"]),
        "".join(rng.choice("ABCDEFGHJKLMNPRSTUVYZ") for _ in range(rng.choice([2, 3]))),
        rdig(rng, 3, True),
    )


def tpl_tr_a(rng):
    v = base_vals(rng, "tr", "tr", "TR", True)
    t = pick(rng, P["tr"]["towns"])
    v.update(
        kid=lowmaybe(rng, v["kid"]),
        kage=str(kid_age(rng, 11, 15)),
        town=t[0],
        sfx=t[1],
        aage=str(rng.randint(25, 45)),
        plate=tr_plate(rng),
    )
    return (
        "merhaba, komşumuzun kızı {kid:PERSON} {kage:MINOR_AGE} yaşında, {town:LOCATION}{sfx} oturuyorlar. {aage:AGE} yaşlarında {adult:PERSON} diye biri instagramdan "
        "({handle:USERNAME}) sürekli yazıyor, hediye alıyor, okul çıkışı {plate:VEHICLE_PLATE} plakalı arabayla bekliyor. annesi çalışıyor haberi yok, babası da yok.\n"
        "numaram {phone:PHONE_NUMBER}, lütfen ismimi vermeyin"
    ), v


def tpl_tr_b(rng):
    v = base_vals(rng, "tr", "tr", "TR", False)
    t = pick(rng, P["tr"]["towns"])
    v.update(
        kage=str(kid_age(rng, 6, 11)),
        town=t[0],
        mah=pick(rng, P["tr"]["mah"]),
        street=pick(rng, P["tr"]["streets"]),
        med=pick(rng, P["tr"]["med"]),
    )
    return (
        "slm, ben {town:LOCATION} {mah} mahallesinde oturuyorum. yan dairede {kid:PERSON} diye {kage:MINOR_AGE} yaşında bir çocuk var, babası {adult:PERSON} her gece bağırıyor, "
        "çocuğu dövüyor, sesler duyuluyor. çocuk okula da gitmiyor artık. adres: {street:STREET_ADDRESS}. çocukta {med:MEDICAL_CONDITION} var, ilaçlarını almıyorlar.\n"
        "bana {email:EMAIL_ADDRESS} adresinden ulaşabilirsiniz, tşk"
    ), v


def ar_age_word(k):
    return "سنين" if k <= 10 else "سنة"


def tpl_ar_eg_a(rng):
    v = base_vals(rng, "ar", "ar_eg", "EG", True)
    k = kid_age(rng, 11, 15)
    v.update(
        kage=native_digits(k, AR_DIG) if rng.random() < 0.5 else str(k),
        town=pick(rng, P["ar_eg"]["towns"]),
        aage=str(rng.randint(25, 45)),
    )
    return (
        "السلام عليكم، انا بكتب عشان بنت جيرانا اسمها {kid:PERSON} عندها {kage:MINOR_AGE} سنة، ساكنين في {town:LOCATION}. في واحد اسمه {adult:PERSON} عنده حوالي {aage:AGE} سنة "
        "بيكلمها على الانستا ({handle:USERNAME}) وبيقولها تقابله بعد الدرس. امبارح شفتها راكبة معاه توكتوك. ابوها مسافر وامها مش واخدة بالها خالص.\n"
        "رقمي {phone:PHONE_NUMBER} واتساب، ارجوكم محدش يعرف اني انا اللي بلغت"
    ), v


def tpl_ar_eg_b(rng):
    v = base_vals(rng, "ar", "ar_eg", "EG", False)
    t1, t2 = two(rng, P["ar_eg"]["towns"])
    k = kid_age(rng, 8, 13)
    v.update(kage=str(k), aw=ar_age_word(k), town=t1, town2=t2, street=pick(rng, P["ar_eg"]["streets"]))
    return (
        "مساء الخير، في ولد صغير اسمه {kid:PERSON} عنده {kage:MINOR_AGE} {aw} بيشتغل في ورشة في {town:LOCATION} من الصبح لحد بالليل، وصاحب الورشة {adult:PERSON} بيضربه قدام الناس. "
        "الولد اصلا من {town2:LOCATION} وجه هنا لوحده. العنوان {street:STREET_ADDRESS}. انا مش عايز مشاكل بس الموضوع صعب اوي.\n"
        "ابعتولي على {email:EMAIL_ADDRESS} plz"
    ), v


def tpl_ar_gulf_a(rng):
    v = base_vals(rng, "ar", "ar_gulf", "SA", True)
    v.update(kage=str(kid_age(rng, 11, 15)), town=pick(rng, P["ar_gulf"]["towns_sa"]), aage=str(rng.randint(22, 40)))
    return (
        "السلام عليكم ورحمة الله، ابي ابلغ عن شي صاير لبنت خالتي {kid:PERSON}، عمرها {kage:MINOR_AGE} سنة وساكنين في {town:LOCATION}. فيه واحد اسمه {adult:PERSON} "
        "عمره تقريبا {aage:AGE} يرسل لها في السناب ({handle:USERNAME}) ويطلب صور، وهددها اذا ما ارسلت بينشر محادثاتهم. البنت خايفة مره وما تبي تقول لأهلها.\n"
        "رقمي {phone:PHONE_NUMBER}، الله يجزاكم خير"
    ), v


def tpl_ar_gulf_b(rng):
    v = base_vals(rng, "ar", "ar_gulf", "AE", False)
    t1, t2 = two(rng, P["ar_gulf"]["towns_ae"])
    k = kid_age(rng, 6, 10)
    v.update(kage=str(k), town=t1, town2=t2, street=pick(rng, P["ar_gulf"]["streets"]))
    return (
        "مرحبا، عندنا جار اسمه {adult:PERSON} وعنده ولد {kid:PERSON} عمره {kage:MINOR_AGE} سنوات، الولد دايم يطلع الشارع بالليل بروحه وحافي. قبل كم يوم شفته يبكي عند باب البيت "
        "في {town:LOCATION}، يقول ابوه طرده. هم جايين من {town2:LOCATION} من سنة تقريبا. البيت {street:STREET_ADDRESS}.\n"
        "تواصلوا معي {email:EMAIL_ADDRESS} او واتساب {phone:PHONE_NUMBER}"
    ), v


def tpl_fa_a(rng):
    v = base_vals(rng, "fa", "fa", "IR", True)
    k = kid_age(rng, 11, 14)
    v.update(
        kage=native_digits(k, FA_DIG) if rng.random() < 0.5 else str(k),
        town=pick(rng, P["fa"]["towns"]),
        aage=str(rng.randint(30, 50)),
    )
    return (
        "سلام وقت بخیر. من همسایه یه خانواده تو {town:LOCATION} هستم. دخترشون {kid:PERSON} {kage:MINOR_AGE} سالشه. یه مرد حدودا {aage:AGE} ساله به اسم {adult:PERSON} "
        "هر روز جلو مدرسه منتظرشه و تو اینستا ({handle:USERNAME}) بهش پیام میده. مادرش میگه خواستگاره!! بچه ست آخه.\n"
        "شماره من {phone:PHONE_NUMBER}. لطفا اسمم جایی نیاد"
    ), v


def tpl_fa_b(rng):
    v = base_vals(rng, "fa", "fa", "IR", False)
    t1, t2 = two(rng, P["fa"]["towns"])
    w = rng.randint(18, 23)
    v.update(
        kage=str(kid_age(rng, 9, 13)),
        town=t1,
        town2=t2,
        street=pick(rng, P["fa"]["streets"]),
        wage=native_digits(w, FA_DIG),
    )
    return (
        "سلام. پسرخاله ام {kid:PERSON} ({kage:MINOR_AGE} سال) از {town2:LOCATION} اومده {town:LOCATION} پیش عموش {adult:PERSON}. عموش مجبورش میکنه سر چهارراه گل بفروشه "
        "و شبا میزنتش. آدرسشون {street:STREET_ADDRESS}. من خودم {wage:AGE} سالمه و کاری از دستم برنمیاد.\n"
        "ایمیلم {email:EMAIL_ADDRESS} pls کمک کنید"
    ), v


def tpl_hi_a(rng):
    v = base_vals(rng, "hi", "hi", "IN", True)
    k = kid_age(rng, 11, 15)
    v.update(
        kage=native_digits(k, HI_DIG) if rng.random() < 0.3 else str(k),
        town=pick(rng, P["hi"]["towns"]),
        aage=str(rng.randint(30, 45)),
    )
    return (
        "नमस्ते, मैं {town:LOCATION} से लिख रही हूँ। हमारे मोहल्ले में एक लड़की है {kid:PERSON}, उम्र {kage:MINOR_AGE} साल। एक आदमी {adult:PERSON} (लगभग {aage:AGE} साल) उसको रोज़ "
        "school के बाहर मिलता है और instagram पे {handle:USERNAME} से message करता है। लड़की की मम्मी को लगता है वो रिश्तेदार है पर ऐसा नहीं है।\n"
        "please कुछ कीजिए, मेरा नंबर {phone:PHONE_NUMBER} है"
    ), v


def tpl_hi_b(rng):
    v = base_vals(rng, "hi", "hi", "IN", False)
    t1, t2 = two(rng, P["hi"]["towns"])
    v.update(kage=str(kid_age(rng, 9, 14)), town=t1, town2=t2, street=pick(rng, P["hi"]["streets"]))
    return (
        "sir/madam, हमारे पड़ोस में {kid:PERSON} नाम का {kage:MINOR_AGE} साल का लड़का एक ढाबे पे काम करता है, {town:LOCATION} के पास हाईवे पर। मालिक {adult:PERSON} उसको पैसे "
        "नहीं देता और मारता भी है। बच्चा {town2:LOCATION} से लाया गया है, घरवालों का पता नहीं। ढाबे वाले का घर: {street:STREET_ADDRESS}।\n"
        "मेरा email {email:EMAIL_ADDRESS} है, call मत करना plz"
    ), v


def tpl_bn_a(rng):
    v = base_vals(rng, "bn", "bn", "BD", True)
    k = kid_age(rng, 12, 15)
    v.update(
        kage=native_digits(k, BN_DIG) if rng.random() < 0.5 else str(k),
        town=pick(rng, P["bn"]["towns"]),
        aage=str(rng.randint(30, 48)),
    )
    return (
        "আসসালামু আলাইকুম। আমি {town:LOCATION} থেকে লিখছি। আমাদের পাশের বাসার মেয়ে {kid:PERSON}, বয়স {kage:MINOR_AGE} বছর। ওর বাবা-মা ওকে {adult:PERSON} নামের "
        "{aage:AGE} বছরের এক লোকের সাথে বিয়ে দিতে চাইছে আগামী মাসে। মেয়েটা স্কুলে যেতে চায়, খুব কান্নাকাটি করে।\n"
        "আমার নাম্বার {phone:PHONE_NUMBER}। দয়া করে তাড়াতাড়ি কিছু করুন"
    ), v


def tpl_bn_b(rng):
    v = base_vals(rng, "bn", "bn", "BD", False)
    t1, t2 = two(rng, P["bn"]["towns"])
    v.update(kage=str(kid_age(rng, 10, 14)), town=t1, town2=t2)
    v["url"] = profile_url(rng, ascii_fold(pick(rng, HANDLE_BASE["bn"])) + "." + rdig(rng, 4), site="fb")
    return (
        "hello, আমি একটা বিষয় জানাতে চাই। {kid:PERSON} নামে একটা ছেলে, বয়স মাত্র {kage:MINOR_AGE}, {town:LOCATION}-এর একটা গার্মেন্টসে রাতে কাজ করে। তার মামা {adult:PERSON} "
        "ওকে {town2:LOCATION} থেকে নিয়ে এসেছে, স্কুলে যেতে দেয় না। ফেসবুকে মামার আইডি {url:URL}।\n"
        "আমাকে ইমেইল করুন {email:EMAIL_ADDRESS}"
    ), v


def tpl_ur_a(rng):
    v = base_vals(rng, "ur", "ur", "PK", True)
    v.update(kage=str(kid_age(rng, 11, 14)), town=pick(rng, P["ur"]["towns"]), aage=str(rng.randint(35, 55)))
    return (
        "السلام علیکم، میں {town:LOCATION} سے لکھ رہی ہوں۔ ہمارے محلے کی ایک بچی {kid:PERSON} کی عمر {kage:MINOR_AGE} سال ہے۔ اس کے گھر والے اس کا نکاح {adult:PERSON} "
        "سے کروا رہے ہیں جو تقریباً {aage:AGE} سال کا ہے۔ بچی بہت ڈری ہوئی ہے اور اسکول بھی چھڑوا دیا ہے۔\n"
        "میرا نمبر {phone:PHONE_NUMBER} ہے، پلیز میرا نام نہ بتائیں"
    ), v


def tpl_ur_b(rng):
    v = base_vals(rng, "ur", "ur", "PK", False)
    t1, t2 = two(rng, P["ur"]["towns"])
    v.update(kage=str(kid_age(rng, 8, 13)), town=t1, town2=t2)
    return (
        "sir please help. ہمارے علاقے میں {kid:PERSON} نام کا {kage:MINOR_AGE} سال کا لڑکا ہے جو {adult:PERSON} کی بھٹی پر کام کرتا ہے، {town:LOCATION} کے باہر۔ اس کو اسکول "
        "نہیں جانے دیتے۔ بچے کا باپ {town2:LOCATION} میں ہے اور قرض کی وجہ سے بچہ یہاں چھوڑ گیا۔ tiktok پر مالک کا اکاؤنٹ {handle:USERNAME} ہے۔\n"
        "مجھے {email:EMAIL_ADDRESS} پر رابطہ کریں"
    ), v


def tpl_zh_a(rng):
    v = base_vals(rng, "zh", "zh", "CN", True)
    v.update(kage=str(kid_age(rng, 11, 14)), town=pick(rng, P["zh"]["towns"]), aage=str(rng.randint(28, 45)))
    v["handle"] = (
        "wxid_" + ralnum(rng, 10, "abcdefghijklmnopqrstuvwxyz0123456789") if rng.random() < 0.5 else v["handle"]
    )
    return (
        "你好，我想举报一个情况。我邻居家的女儿{kid:PERSON}，今年{kage:MINOR_AGE}岁，住在{town:LOCATION}。最近有个叫{adult:PERSON}的男的，大概{aage:AGE}岁，天天在微信上找她"
        "（微信号{handle:USERNAME}），还约她周末去他家“补课”。她妈妈在外地打工不知道这些事。\n我电话{phone:PHONE_NUMBER}，麻烦你们尽快处理，谢谢！"
    ), v


def tpl_zh_b(rng):
    v = base_vals(rng, "zh", "zh", "CN", False)
    t1, t2 = two(rng, P["zh"]["towns"])
    v.update(
        kage=str(kid_age(rng, 7, 12)),
        town=t1,
        town2=t2,
        street=pick(rng, P["zh"]["streets"]),
        med=pick(rng, P["zh"]["med"]),
        qq=str(rng.randint(100000000, 3999999999)),
    )
    return (
        "hi 我是老师，不方便留名。班上有个男孩{kid:PERSON}，{kage:MINOR_AGE}岁，身上经常有伤。他说是他爸{adult:PERSON}打的。他们家去年从{town2:LOCATION}搬到{town:LOCATION}，"
        "住{street:STREET_ADDRESS}。孩子还有{med:MEDICAL_CONDITION}，但家里不给吃药。\n可以发邮件到{email:EMAIL_ADDRESS}，QQ也行：{qq:USERNAME}"
    ), v


def tpl_ja_a(rng):
    v = base_vals(rng, "ja", "ja", "JP", True)
    v.update(kage=str(kid_age(rng, 8, 13)), town=pick(rng, P["ja"]["towns"]), aage=str(rng.randint(30, 50)))
    return (
        "はじめまして。近所に住んでる{kid:PERSON}ちゃん（{kage:MINOR_AGE}歳）のことで相談です。{town:LOCATION}の団地に住んでいて、最近{aage:AGE}歳くらいの男性（{adult:PERSON}という人）が"
        "よく部屋に出入りしてます。SNSのIDは{handle:USERNAME}だそうです。夜中に泣き声が聞こえることもあります。\n連絡先：{phone:PHONE_NUMBER}（夜なら出られます）"
    ), v


def tpl_ja_b(rng):
    v = base_vals(rng, "ja", "ja", "JP", False)
    t1, t2 = two(rng, P["ja"]["towns"])
    v.update(kage=str(kid_age(rng, 9, 14)), town=t1, town2=t2, street=pick(rng, P["ja"]["streets"]))
    return (
        'すみません、匿名で。塾で教えてる子、{kid:PERSON}くん {kage:MINOR_AGE}歳が、母親の彼氏の{adult:PERSON}から暴力受けてるみたいです。腕にアザがあって、本人も"家に帰りたくない"'
        "って言ってます。{town2:LOCATION}出身で、今は{town:LOCATION}の{street:STREET_ADDRESS}に住んでます。\nメールで連絡ください {email:EMAIL_ADDRESS}"
    ), v


def tpl_ko_a(rng):
    v = base_vals(rng, "ko", "ko", "KR", True)
    t = pick(rng, P["ko"]["towns"])
    v.update(kage=str(kid_age(rng, 11, 15)), town=t[0], aage=str(rng.randint(25, 40)))
    return (
        "안녕하세요 제보합니다ㅠㅠ 저희 옆집 애 {kid:PERSON} (이)가 {kage:MINOR_AGE}살인데 {town:LOCATION}에 살아요. 요즘 {aage:AGE}살쯤 되는 남자가 인스타 DM으로 계속 연락하고 "
        "({handle:USERNAME}) 학교 앞에서 기다린대요. 남자 이름은 {adult:PERSON}(이)래요. 애 엄마는 모르는 것 같아요.\n제 번호 {phone:PHONE_NUMBER} 이에요. 익명으로 해주세요"
    ), v


def tpl_ko_b(rng):
    v = base_vals(rng, "ko", "ko", "KR", False)
    t1, t2 = two(rng, P["ko"]["towns"])
    v.update(kage=str(kid_age(rng, 10, 14)), town=t1[0], ro=t1[1], town2=t2[0], street=pick(rng, P["ko"]["streets"]))
    return (
        "급해요. 학원 같이 다니는 {kid:PERSON} {kage:MINOR_AGE}살 남자애가 아빠 {adult:PERSON} 한테 맞는대요 ㅠ 팔에 멍이 있어요. 원래 {town2:LOCATION}에서 살다가 작년에 "
        "{town:LOCATION}{ro} 이사왔대요. 주소는 {street:STREET_ADDRESS}.\n카톡 아이디 {handle:USERNAME} 으로 연락 주세요"
    ), v


def tpl_vi_a(rng):
    v = base_vals(rng, "vi", "vi", "VN", True)
    h = ascii_fold(v["adult"]).lower().replace(" ", ".") + "." + rdig(rng, 3)
    v.update(
        kid=ascii_fold(v["kid"]).lower() if rng.random() < 0.5 else v["kid"],
        kage=str(kid_age(rng, 11, 14)),
        town=ascii_fold(pick(rng, P["vi"]["towns"])),
        aage=str(rng.randint(30, 50)),
        url=profile_url(rng, h, site="fb"),
    )
    v["adult"] = ascii_fold(v["adult"])
    return (
        "chao anh chi, em muon bao ve mot be gai ten {kid:PERSON}, {kage:MINOR_AGE} tuoi, o {town:LOCATION}. co mot ong ten {adult:PERSON} khoang {aage:AGE} tuoi hay nhan tin "
        "cho be tren facebook ({url:URL}) va ru be di choi, cho tien. me be di lam xa, o voi ba noi.\nsdt em {phone:PHONE_NUMBER}, mong moi nguoi giup be voi"
    ), v


def tpl_vi_b(rng):
    v = base_vals(rng, "vi", "vi", "VN", False)
    t1, t2 = two(rng, P["vi"]["towns"])
    v.update(
        kage=str(kid_age(rng, 7, 12)),
        town=t1,
        town2=t2,
        street=pick(rng, P["vi"]["streets"]),
        med=pick(rng, P["vi"]["med"]),
    )
    return (
        "Xin chào, tôi là hàng xóm. Cháu {kid:PERSON} năm nay {kage:MINOR_AGE} tuổi, bố cháu là {adult:PERSON} thường xuyên đánh cháu, tối qua cháu phải chạy sang nhà tôi. "
        "Gia đình mới chuyển từ {town2:LOCATION} lên {town:LOCATION}, ở số {street:STREET_ADDRESS}. Cháu bị {med:MEDICAL_CONDITION} nhưng không được đi khám.\n"
        "Email của tôi: {email:EMAIL_ADDRESS}"
    ), v


def tpl_id_a(rng):
    v = base_vals(rng, "id", "id", "ID", True)
    v.update(
        kid=lowmaybe(rng, v["kid"]),
        kage=str(kid_age(rng, 12, 15)),
        town=pick(rng, P["id"]["towns"]),
        aage=str(rng.randint(35, 50)),
    )
    return (
        "permisi min, mau lapor. ada anak cewek namanya {kid:PERSON} umur {kage:MINOR_AGE} thn di {town:LOCATION}, sering dichat sm om2 namanya {adult:PERSON} (sekitar {aage:AGE} thn) "
        "lewat ig {handle:USERNAME}. dia udh dikasih hp baru sm orang itu trus disuruh ketemuan di hotel dkt terminal. ortunya gk tau apa2.\n"
        "wa aku {phone:PHONE_NUMBER} ya kak, tolong bgt"
    ), v


def tpl_id_b(rng):
    v = base_vals(rng, "id", "id", "ID", False)
    t1, t2 = two(rng, P["id"]["towns"])
    v.update(
        kage=str(kid_age(rng, 7, 12)),
        town=t1,
        town2=t2,
        street=pick(rng, P["id"]["streets"]),
        med=pick(rng, P["id"]["med"]),
    )
    return (
        "Selamat siang. Di kampung kami dekat {town:LOCATION} ada anak laki-laki, {kid:PERSON}, {kage:MINOR_AGE} tahun, disuruh ngamen tiap malam sama pamannya {adult:PERSON}. "
        "Anak itu aslinya dari {town2:LOCATION}. Rumahnya di {street:STREET_ADDRESS}. Dia sakit {med:MEDICAL_CONDITION} tapi tidak dibawa ke puskesmas.\n"
        "Hubungi saya di {email:EMAIL_ADDRESS}. Terima kasih."
    ), v


def tpl_th_a(rng):
    v = base_vals(rng, "th", "th", "TH", True)
    k = kid_age(rng, 8, 14)
    v.update(
        kage=str(k), unit="ขวบ" if k < 12 else "ปี", town=pick(rng, P["th"]["towns"]), aage=str(rng.randint(35, 55))
    )
    return (
        "สวัสดีค่ะ อยากแจ้งเรื่องเด็กผู้หญิงชื่อ {kid:PERSON} อายุ {kage:MINOR_AGE} {unit} อยู่{town:LOCATION} มีผู้ชายชื่อ {adult:PERSON} อายุประมาณ {aage:AGE} "
        "ทักมาทางไลน์ (ไอดี {handle:USERNAME}) ชวนไปเที่ยวบ่อยมาก แม่เด็กไปทำงานต่างจังหวัด ไม่มีใครดูแล\nเบอร์ติดต่อ {phone:PHONE_NUMBER} ค่ะ ช่วยด้วยนะคะ"
    ), v


def tpl_th_b(rng):
    v = base_vals(rng, "th", "th", "TH", False)
    t1, t2 = two(rng, P["th"]["towns"])
    v.update(
        kage=str(kid_age(rng, 9, 14)),
        town=t1,
        town2=t2,
        street=pick(rng, P["th"]["streets"]),
        med=pick(rng, P["th"]["med"]),
    )
    return (
        "แจ้งเหตุครับ น้อง{kid:PERSON} อายุ {kage:MINOR_AGE} ปี ถูกพ่อเลี้ยงชื่อ {adult:PERSON} ทำร้ายบ่อยๆ ย้ายมาจาก{town2:LOCATION}ได้ปีนึง ตอนนี้อยู่แถว{town:LOCATION} "
        "บ้านเลขที่ {street:STREET_ADDRESS} น้องเป็น{med:MEDICAL_CONDITION}ด้วยแต่ไม่ได้ไปหาหมอ\nติดต่อผมทาง email {email:EMAIL_ADDRESS} นะครับ thx"
    ), v


TPL = {
    "es": [tpl_es_a, tpl_es_b],
    "pt": [tpl_pt_a, tpl_pt_b],
    "fr": [tpl_fr_a, tpl_fr_b],
    "de": [tpl_de_a, tpl_de_b],
    "it": [tpl_it_a, tpl_it_b],
    "pl": [tpl_pl_a, tpl_pl_b],
    "ru": [tpl_ru_a, tpl_ru_b],
    "uk": [tpl_uk_a, tpl_uk_b],
    "tr": [tpl_tr_a, tpl_tr_b],
    "ar": [tpl_ar_eg_a, tpl_ar_eg_b, tpl_ar_gulf_a, tpl_ar_gulf_b],
    "fa": [tpl_fa_a, tpl_fa_b],
    "hi": [tpl_hi_a, tpl_hi_b],
    "bn": [tpl_bn_a, tpl_bn_b],
    "ur": [tpl_ur_a, tpl_ur_b],
    "zh": [tpl_zh_a, tpl_zh_b],
    "ja": [tpl_ja_a, tpl_ja_b],
    "ko": [tpl_ko_a, tpl_ko_b],
    "vi": [tpl_vi_a, tpl_vi_b],
    "id": [tpl_id_a, tpl_id_b],
    "th": [tpl_th_a, tpl_th_b],
}

PS = {
    "es": [
        "pd: perdon si escribo mal, estoy muy nerviosa",
        "pd: tengo capturas de pantalla de los mensajes por si sirven",
    ],
    "pt": ["ps: tenho prints das conversas se precisar", "desculpa os erros, to escrevendo do celular"],
    "fr": ["ps: j'ai des captures d'écran si besoin", "dsl pour les fautes j'écris du tel"],
    "de": ["PS: screenshots hab ich gespeichert", "sorry für die rechtschreibung, schreib vom handy"],
    "it": ["ps ho gli screenshot delle chat", "scusate gli errori scrivo dal telefono"],
    "pl": ["ps mam screeny jakby co", "sorry za brak polskich znakow"],
    "ru": ["зы скрины переписки есть", "извините за ошибки пишу с телефона"],
    "uk": ["пс скріни є якщо треба", "вибачте за помилки пишу з телефону"],
    "tr": ["not: ekran görüntüleri bende var", "yazım hataları için kusura bakmayın telefondan yazıyorum"],
    "ar": ["ملحوظة: عندي سكرينات من الكلام لو محتاجين", "اسف على الاخطاء بكتب من الموبايل"],
    "fa": ["پ.ن: اسکرین شات پیاما رو دارم", "ببخشید غلط املایی دارم با گوشی مینویسم"],
    "hi": ["PS: मेरे पास screenshots हैं अगर चाहिए", "spelling गलत हो तो माफ़ करना, phone से लिख रही हूँ"],
    "bn": ["পুনশ্চ: স্ক্রিনশট আছে দরকার হলে", "বানান ভুলের জন্য দুঃখিত, মোবাইল থেকে লিখছি"],
    "ur": ["پی ایس: میرے پاس اسکرین شاٹس ہیں", "غلطیوں کے لیے معذرت، موبائل سے لکھ رہی ہوں"],
    "zh": ["另外我有聊天截图，需要的话可以发给你们", "不好意思打字有点乱，用手机打的"],
    "ja": ["追記：スクショもあります", "乱文すみません、スマホから送ってます"],
    "ko": ["추가로 캡처 있어요", "맞춤법 틀려도 이해해주세요 폰으로 써서요"],
    "vi": ["ps: em co chup man hinh tin nhan", "xin loi viet khong dau vi dung dien thoai"],
    "id": ["ps: ada ss chatnya kalo perlu", "maaf typo ngetik dr hp"],
    "th": ["ปล. มีแคปแชทไว้ค่ะ", "ขอโทษที่พิมพ์ผิดนะคะ พิมพ์จากมือถือ"],
}
CAT_OF = {
    "a": ["online grooming", "sexual exploitation", "online grooming"],
    "b": ["physical abuse", "neglect", "child labour"],
}
CAT_FIX = {
    "tpl_bn_a": "child marriage",
    "tpl_ur_a": "child marriage",
    "tpl_fa_a": "child marriage",
    "tpl_ru_a": "neglect",
    "tpl_uk_b": "child labour",
    "tpl_ar_eg_b": "child labour",
    "tpl_hi_b": "child labour",
    "tpl_ur_b": "child labour",
    "tpl_bn_b": "child labour",
    "tpl_id_b": "child labour",
    "tpl_ru_b": "criminal exploitation",
    "tpl_fa_b": "child labour",
}

FORM_HEAD = [
    "[web form] category: {cat} | submitted {ts} | lang: {lang}\n\n",
    "Report type: {cat}\nLanguage: {lang}\nReceived: {ts}\n---\n",
    "#{n} {ts} ({lang}) {cat}\n\n",
]
CATS = ["online grooming", "physical abuse", "neglect", "child labour", "child marriage", "other concern"]


def build(rng, index):
    lang = LANGS[index % len(LANGS)]
    round_ = index // len(LANGS)
    tpls = TPL[lang]
    fn = tpls[round_ % len(tpls)]
    tpl, vals = fn(rng)
    d = Doc()
    head = pick(rng, FORM_HEAD)
    cat = CAT_FIX.get(fn.__name__) or pick(rng, CAT_OF[fn.__name__[-1]] if fn.__name__[-1] in "ab" else CATS)
    d.f(
        head,
        cat=cat,
        ts="2024-%02d-%02d %02d:%02d"
        % (rng.randint(1, 12), rng.randint(1, 28), rng.randint(0, 23), rng.randint(0, 59)),
        lang=lang if lang != "ar" else ("ar-EG" if round_ < 2 else "ar-Gulf"),
        n=rdig(rng, 6),
    )
    d.f(tpl, **vals)
    if rng.random() < 0.6:
        d.t("\n" + pick(rng, PS[lang]))
    return d
