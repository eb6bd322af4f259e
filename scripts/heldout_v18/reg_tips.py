"""Register 5: world_tips_h – hotline web-form tips in 20 languages (4 documents each).

All sentences, captions, names, towns and streets below were typed by hand for this
corpus. Translations are best-effort and may contain errors (see README limitations).
"""

from __future__ import annotations

from common import json_obj
from core import Doc, V
from people import Person, ascii_fold, slug
from pools import P
import vals


def fem_ru(pair):
    lat, nat = pair
    if nat and nat.endswith(("ов", "ев", "ин", "ёв")):
        return (lat + "a", nat + "а")
    return pair


EN_FRAG = [
    "pls help",
    "sorry for my english",
    "he is dangerous",
    "not sure this is the right place to write",
    "the police did not listen to us",
    "URGENT",
    "I saw it myself",
    "please call me back",
    "I am afraid",
]

# keys: sus, child, addr, rep, id, end ; captions: name age phone town addr desc rep id email child sus date
L = {}

L["oc"] = dict(
    S=dict(
        sus="Vòli senhalar un òme que s'apèla {sus}, a environ {sage} ans, de {town}.",
        child="Manda de messatges a la dròlla {child} ({cage} ans) dempuèi lo {phone}.",
        addr="Demòra al {addr}.",
        rep="Me sonan {rep}, me podètz sonar al {rphone}.",
        id="Son numèro de securitat sociala es {id}.",
        end="Ajudatz-nos lèu, se vos plai.",
    ),
    C=dict(
        name="Nom",
        age="Edat",
        phone="Telefòn",
        town="Vila",
        addr="Adreça",
        desc="Descripcion",
        rep="Qui senhala",
        id="Numèro d'identitat",
        email="Corrièl",
        child="Enfant",
        sus="Suspècte",
        date="Data",
    ),
    m=P("Joan; Pèire; Guilhèm; Marcèl; Bernat; Loís"),
    f=P("Mirelha; Joana; Clamença; Aurèlia; Margarida; Elena"),
    s=P("Fabre; Castan; Delpech; Vidal; Rouquette; Boissière; Cabanel; Azemar"),
    towns=[
        ("Tolosa", "31000", "FR"),
        ("Montpelhièr", "34000", "FR"),
        ("Besièrs", "34500", "FR"),
        ("Rodés", "12000", "FR"),
        ("Aurlhac", "15000", "FR"),
        ("Albi", "81000", "FR"),
        ("Pau", "64000", "FR"),
        ("Nimes", "30000", "FR"),
    ],
    streets=[
        "carrièra de la Pèira",
        "avenguda de Lodèva",
        "plaça del Mercat",
        "carrièra dels Fabres",
        "camin de la Font",
    ],
    afmt="nf",
    ids=["fr.nir"],
    native=None,
    digits=None,
)

L["sc"] = dict(
    S=dict(
        sus="Cherjo sinnalare unu òmine chi si narat {sus}, de unos {sage} annos, de {town}.",
        child="Imbiat messàgios a sa pitzinna {child} ({cage} annos) dae su nùmeru {phone}.",
        addr="Istat in {addr}.",
        rep="Deo mi naro {rep}, mi podides mutire a su {rphone}.",
        id="Su còdighe fiscale suo est {id}.",
        end="Agiudade·nos luego, pro praghere.",
    ),
    C=dict(
        name="Nùmene",
        age="Edade",
        phone="Telèfonu",
        town="Bidda",
        addr="Indiritzu",
        desc="Descritzione",
        rep="Chie sinnalat",
        id="Còdighe fiscale",
        email="Posta eletrònica",
        child="Pitzinnu/a",
        sus="Suspetadu",
        date="Data",
    ),
    m=P("Gavino; Efisio; Bainzu; Giuanne; Antoni; Bachisio"),
    f=P("Bonaria; Grazia; Itria; Tonina; Mariedda; Peppedda"),
    s=P("Pinna; Sanna; Piras; Mura; Deiana; Cossu; Porcu; Manca"),
    towns=[
        ("Nùgoro", "08100", "IT"),
        ("Tàtari", "07100", "IT"),
        ("Casteddu", "09124", "IT"),
        ("Aristanis", "09170", "IT"),
        ("Alighera", "07041", "IT"),
        ("Tèmpiu", "07029", "IT"),
        ("Macumere", "08015", "IT"),
    ],
    streets=["Bia Sassari", "Caminu de Nùgoro", "Bia Roma", "Carrela de Santu Antine", "Pratza de Crèsia"],
    afmt="sf",
    ids=["it.codicefiscale"],
    native=None,
    digits=None,
)

L["fur"] = dict(
    S=dict(
        sus="O vuei segnalâ un om che si clame {sus}, di cirche {sage} agns, di {town}.",
        child="Al mande messaçs ae frute {child} ({cage} agns) dal numar {phone}.",
        addr="Al sta in {addr}.",
        rep="Jo o soi {rep}, mi podês clamâ al {rphone}.",
        id="Il so codiç fiscâl al è {id}.",
        end="Judaitnus subit, par plasê.",
    ),
    C=dict(
        name="Non",
        age="Etât",
        phone="Telefon",
        town="Paîs",
        addr="Direzion",
        desc="Descrizion",
        rep="Cui che al segnale",
        id="Codiç fiscâl",
        email="Pueste eletroniche",
        child="Frut/Frute",
        sus="Sospetât",
        date="Date",
    ),
    m=P("Zuan; Pieri; Checo; Toni; Bepo; Denis"),
    f=P("Catine; Ane; Gjulie; Ilde; Tonine; Vigjute"),
    s=P("Cargnelutti; Del Fabbro; Zanier; Tomat; Persello; Bulfon; Cescutti; Missana"),
    towns=[
        ("Udin", "33100", "IT"),
        ("Gurize", "34170", "IT"),
        ("Pordenon", "33170", "IT"),
        ("Tumieç", "33028", "IT"),
        ("Cividât", "33043", "IT"),
        ("Spilimberc", "33097", "IT"),
        ("Codroip", "33033", "IT"),
    ],
    streets=["vie Mercatovecjo", "vie dal Borc", "place Libertât", "vie dai Pioppis", "strade di Feagne"],
    afmt="sf",
    ids=["it.codicefiscale"],
    native=None,
    digits=None,
)

L["ast"] = dict(
    S=dict(
        sus="Quiero denunciar a un home que se llama {sus}, d'unos {sage} años, de {town}.",
        child="Manda-y mensaxes a la neña {child} ({cage} años) dende'l {phone}.",
        addr="Vive en {addr}.",
        rep="Llámome {rep}, pue llamame al {rphone}.",
        id="El so DNI ye {id}.",
        end="Ayudáinos ceo, por favor.",
    ),
    C=dict(
        name="Nome",
        age="Edá",
        phone="Teléfonu",
        town="Llugar",
        addr="Direición",
        desc="Descripción",
        rep="Denunciante",
        id="DNI",
        email="Corréu",
        child="Neñu/a",
        sus="Sospechosu",
        date="Data",
    ),
    m=P("Xuan; Pelayo; Xosé; Nel; Alfonsu; Fernán"),
    f=P("Xuana; Covadonga; Xulia; Uxía; Rosina; Llucía"),
    s=P("Álvarez; Menéndez; Suárez; Llaneza; Cueto; Rodríguez; Fernández; Tuñón"),
    towns=[
        ("Uviéu", "33003", "ES"),
        ("Xixón", "33201", "ES"),
        ("Avilés", "33400", "ES"),
        ("Llangréu", "33930", "ES"),
        ("Mieres", "33600", "ES"),
        ("Llanes", "33500", "ES"),
        ("Cangues d'Onís", "33550", "ES"),
    ],
    streets=["cai Uría", "cai Corrida", "avenida de Galicia", "cai Xovellanos", "plaza del Ayuntamientu"],
    afmt="sf",
    ids=["es.dni"],
    native=None,
    digits=None,
)

L["wa"] = dict(
    S=dict(
        sus="Dji vou signaler on ome k' on lome {sus}, d' a pô près {sage} ans, di {town}.",
        child="I evoye des messaedjes al bacele {child} ({cage} ans) dispoy li {phone}.",
        addr="I dmeure a {addr}.",
        rep="Dji m' lome {rep}, vos m' poloz houkî å {rphone}.",
        id="Si limero do registe nåcionå, c' est {id}.",
        end="Aidîz nos rade, s' i vs plait.",
    ),
    C=dict(
        name="No",
        age="Adje",
        phone="Telefone",
        town="Veye",
        addr="Adresse",
        desc="Discrijhaedje",
        rep="Cisse ki signale",
        id="Limero nåcionå",
        email="Emile",
        child="Efant",
        sus="Suspect",
        date="Date",
    ),
    m=P("Djan; Djôsef; Matî; Lambert; Bietrumé; Houbert"),
    f=P("Mareye; Nanette; Lîlî; Djulyinne; Odile; Tchåtrene"),
    s=P("Lemaire; Collard; Delvaux; Hennuy; Lambotte; Renard; Dethier; Gillet"),
    towns=[
        ("Lidje", "4000", "BE"),
        ("Nameur", "5000", "BE"),
        ("Tchålerwè", "6000", "BE"),
        ("Vervî", "4800", "BE"),
        ("Hu", "4500", "BE"),
        ("Nivele", "1400", "BE"),
        ("Djiblou", "5030", "BE"),
    ],
    streets=["rowe des Prumires", "rowe Sint-Djîle", "plaece do Martchî", "tchåssêye di Tongue", "rowe di l' Eglijhe"],
    afmt="sf",
    ids=["be.nn"],
    native=None,
    digits=None,
)

L["se"] = dict(
    S=dict(
        sus="Mun háliidan dieđihit olbmá gean namma lea {sus}, sullii {sage} jagi boaris. Báiki: {town}.",
        child="Son sádde dieđuid nieidii {child} ({cage} jagi) telefovdnanummiris {phone}.",
        addr="Son orru čujuhusas {addr}.",
        rep="Mu namma lea {rep}, sáhtát riŋget munnje {rphone}.",
        id="Su persovdnanummir lea {id}.",
        end="Veahkehehket min jođánit.",
    ),
    C=dict(
        name="Namma",
        age="Ahki",
        phone="Telefovdna",
        town="Báiki",
        addr="Čujuhus",
        desc="Čilgehus",
        rep="Dieđiheaddji",
        id="Persovdnanummir",
        email="E-poasta",
        child="Mánná",
        sus="Eahpiduvvon",
        date="Beaivi",
    ),
    m=P("Niillas; Ánde; Máhtte; Jovnna; Heaikka; Issát"),
    f=P("Biret; Máret; Sunná; Ánne; Inger; Elle"),
    s=P("Sara; Eira; Gaup; Hætta; Buljo; Somby; Turi; Utsi"),
    towns=[
        ("Guovdageaidnu", "9520", "NO"),
        ("Kárášjohka", "9730", "NO"),
        ("Unjárga", "9840", "NO"),
        ("Romsa", "9008", "NO"),
        ("Ohcejohka", "99980", "FI"),
        ("Anár", "99870", "FI"),
        ("Johkamohkki", "962 31", "SE"),
        ("Giron", "981 31", "SE"),
    ],
    streets=["Bealjehasluodda", "Márkanluodda", "Skuvlaluodda", "Johtingeaidnu", "Ádjágeaidnu"],
    afmt="sf",
    ids=None,
    native=None,
    digits=None,
)

L["kl"] = dict(
    S=dict(
        sus="Angut {sus}-mik taaguutilik nalunaarutigerusuppara, ukiut {sage} missaani, {town}-meersoq.",
        child="Niviarsiaraq {child} (ukiut {cage}) oqarasuaammit {phone} attavigisarpaa.",
        addr="Najugaqarpoq {addr}.",
        rep="Uanga {rep}-iuvunga, oqarasuaatikkut {rphone} sianerfigisinnaavinga.",
        id="Inuup normua {id}.",
        end="Ikiorsinnaavisigut sukkasuumik.",
    ),
    C=dict(
        name="Ateq",
        age="Ukiui",
        phone="Oqarasuaat",
        town="Illoqarfik",
        addr="Najugaq",
        desc="Nassuiaat",
        rep="Nalunaaruteqartoq",
        id="Inuup normua",
        email="E-mail",
        child="Meeraq",
        sus="Pasitsaasoq",
        date="Ulloq",
    ),
    m=P("Aqqaluk; Kuupik; Nuka; Malik; Inuk; Aputsiaq"),
    f=P("Naja; Ivalu; Pipaluk; Arnaq; Paninnguaq; Nivi"),
    s=P("Kleist; Lynge; Heilmann; Berthelsen; Motzfeldt; Kristiansen; Olsvig; Geisler"),
    towns=[
        ("Nuuk", "3900", "GL"),
        ("Sisimiut", "3911", "GL"),
        ("Ilulissat", "3952", "GL"),
        ("Qaqortoq", "3920", "GL"),
        ("Aasiaat", "3950", "GL"),
        ("Maniitsoq", "3912", "GL"),
        ("Tasiilaq", "3913", "GL"),
    ],
    streets=["Aqqusinersuaq", "Qullilerfik", "Imaneq", "Issortarfimmut", "Kissarneqqortuunnguaq"],
    afmt="sf",
    ids=["dk.cpr"],
    native=None,
    digits=None,
)

L["ba"] = dict(
    S=dict(
        sus="Мин {sus} исемле ир тураһында хәбәр итергә теләйем, уға яҡынса {sage} йәш, {town} ҡалаһынан.",
        child="Ул {child} исемле ҡыҙға ({cage} йәш) {phone} номерынан хат яҙа.",
        addr="Ул {addr} адресында йәшәй.",
        rep="Минең исемем {rep}, миңә {rphone} номерына шылтыратығыҙ.",
        id="Уның паспорт номеры {id}.",
        end="Зинһар, тиҙерәк ярҙам итегеҙ.",
    ),
    C=dict(
        name="Исем",
        age="Йәш",
        phone="Телефон",
        town="Ҡала",
        addr="Адрес",
        desc="Тасуирлама",
        rep="Хәбәр итеүсе",
        id="Паспорт",
        email="Электрон почта",
        child="Бала",
        sus="Шикле кеше",
        date="Дата",
    ),
    m=P("Aydar|Айдар; Azat|Азат; Rustam|Рөстәм; Salawat|Салауат; Ilnur|Илнур; Timur|Тимур"),
    f=P("Gulnara|Гөлнара; Alfiya|Әлфиә; Aygul|Айгөл; Zulfiya|Зөлфиә; Laysan|Ләйсән; Guzel|Гүзәл"),
    s=P(
        "Khayrullin|Хәйруллин; Galiev|Ғәлиев; Yuldashev|Юлдашев; Ishmukhametov|Ишмөхәмәтов; Bayramgulov|Байрамғолов; Aminev|Әминев"
    ),
    towns=[
        ("Өфө", "450077", "RU"),
        ("Стәрлетамаҡ", "453100", "RU"),
        ("Салауат", "453250", "RU"),
        ("Нефтекама", "452680", "RU"),
        ("Белорет", "453500", "RU"),
        ("Сибай", "453830", "RU"),
    ],
    streets=["Ленин урамы", "Октябрь проспекты", "Заки Вәлиди урамы", "Мостай Кәрим урамы", "Бәләбәй урамы"],
    afmt="ru",
    ids=["ru.passport", "ru.inn"],
    native="cyr",
    digits=None,
)

L["os"] = dict(
    S=dict(
        sus="Мæ фæнды радзурын иу лæджы тыххæй, йæ ном {sus}, йæ азтæ {sage}, цæры {town}-ы.",
        child="Уый фыссы чызг {child}-мæ ({cage} азы) телефон {phone}-æй.",
        addr="Цæры {addr}.",
        rep="Мæ ном у {rep}, мæ телефон {rphone}.",
        id="Йæ паспорты номыр {id}.",
        end="Дæ хорзæхæй, тагъд баххуыс кæнут.",
    ),
    C=dict(
        name="Ном",
        age="Азтæ",
        phone="Телефон",
        town="Горæт",
        addr="Адрис",
        desc="Фыст",
        rep="Чи фехъусын кæны",
        id="Паспорт",
        email="Электрон пост",
        child="Сывæллон",
        sus="Гуырысхойаг",
        date="Бон",
    ),
    m=P("Alan|Алан; Soslan|Сослан; Batraz|Батраз; Taymuraz|Таймураз; Khetag|Хетæг; Zaur|Заур"),
    f=P("Zalina|Залинæ; Madina|Мæдинæ; Fatima|Фатимæ; Alana|Аланæ; Zarina|Зæринæ; Diana|Дианæ"),
    s=P("Dzasokhov|Дзасохов; Gagloev|Гаглоев; Kokoev|Кокоев; Bekuzarov|Бекузаров; Tsallaev|Цаллаев; Pliev|Плиев"),
    towns=[
        ("Дзæуджыхъæу", "362040", "RU"),
        ("Беслæн", "363020", "RU"),
        ("Алагир", "363240", "RU"),
        ("Ардон", "363330", "RU"),
        ("Дигора", "363410", "RU"),
        ("Мæздæг", "363750", "RU"),
    ],
    streets=["Коста проспект", "Бородинскæйы уынг", "Мира проспект", "Маркусы уынг", "Кировы уынг"],
    afmt="ru",
    ids=["ru.passport", "ru.snils"],
    native="cyr",
    digits=None,
)

L["sah"] = dict(
    S=dict(
        sus="Мин {sus} диэн ааттаах эр киһи туһунан биллэрэбин, кини {sage} саастаах, {town} куоратыттан.",
        child="Кини {child} диэн кыыска ({cage} саастаах) {phone} нүөмэртэн суруйар.",
        addr="Кини {addr} аадырыска олорор.",
        rep="Мин аатым {rep}, миэхэ {rphone} нүөмэргэ эрийиҥ.",
        id="Кини паспорун нүөмэрэ {id}.",
        end="Көрдөһөбүн, түргэнник көмөлөһүҥ.",
    ),
    C=dict(
        name="Аата",
        age="Сааһа",
        phone="Төлөпүөн",
        town="Куорат",
        addr="Аадырыс",
        desc="Ойуулааһын",
        rep="Биллэрээччи",
        id="Паспорт",
        email="Электрон почта",
        child="Оҕо",
        sus="Сэрэйиллэр киһи",
        date="Күнэ",
    ),
    m=P("Ayaal|Айаал; Michil|Мичил; Erchim|Эрчим; Dyulustan|Дьулустан; Nyurgun|Ньургун; Tuskul|Тускул"),
    f=P("Sardaana|Сардаана; Tuyaara|Туйаара; Ayyyna|Айыына; Kunney|Күннэй; Sakhaaya|Сахаайа; Sargylaana|Саргылаана"),
    s=P("Ivanov|Иванов; Fedorov|Федоров; Sofronov|Софронов; Ammosov|Аммосов; Vinokurov|Винокуров; Sleptsov|Слепцов"),
    towns=[
        ("Дьокуускай", "677000", "RU"),
        ("Нерюнгри", "678960", "RU"),
        ("Мирнэй", "678170", "RU"),
        ("Бүлүү", "678200", "RU"),
        ("Ленскэй", "678144", "RU"),
        ("Амма", "678600", "RU"),
    ],
    streets=[
        "Ленин проспега",
        "Орджоникидзе уулуссата",
        "Кулаковскай уулуссата",
        "Аммосов уулуссата",
        "Курашов уулуссата",
    ],
    afmt="ru",
    ids=["ru.passport", "ru.inn"],
    native="cyr",
    digits=None,
)

L["bal"] = dict(
    S=dict(
        sus="من لوٹاں کہ یک مردے سرا گپ بکناں، آئیئے نام {sus} اِنت، {sage} سالگ اِنت، {town} ءَ نندیت.",
        child="آ {child} ءَ ({cage} سالگ) گوں {phone} ءَ کال کنت.",
        addr="آ {addr} ءَ نندیت.",
        rep="منی نام {rep} اِنت، منی نمبر {rphone} اِنت.",
        id="آئیئے شناختی کارڈ نمبر {id} اِنت.",
        end="مہربانی کنیت، زوت کمک بکنیت.",
    ),
    C=dict(
        name="نام",
        age="عمر",
        phone="ٹیلیفون",
        town="شہر",
        addr="جاگہ",
        desc="گیشتری",
        rep="گپ جنوک",
        id="شناختی کارڈ",
        email="ای میل",
        child="چُک",
        sus="شکی مردم",
        date="تاریخ",
    ),
    m=P("Balach|بالاچ; Mehrab|مہراب; Naseer|نصیر; Dilmurad|دلمراد; Shahdad|شاہداد; Karim Dad|کریم داد"),
    f=P("Hani|ہانی; Mahganj|ماہ گنج; Sammi|سمی; Shari|شاری; Gul Bibi|گل بی بی; Nazuk|نازک"),
    s=P("Baloch|بلوچ; Marri|مری; Bugti|بگٹی; Rind|رند; Mengal|مینگل; Dashti|دشتی"),
    towns=[
        ("کوئٹہ", "87300", "PK"),
        ("گوادر", "91200", "PK"),
        ("تربت", "92600", "PK"),
        ("خضدار", "89100", "PK"),
        ("پنجگور", "93100", "PK"),
        ("مستونگ", "88100", "PK"),
    ],
    streets=["جناح روڈ", "سریاب روڈ", "کاسی روڈ", "میر غوث بخش روڈ"],
    afmt="pk",
    ids=["pk.cnic"],
    native="ar",
    digits="arabic",
)

L["ks"] = dict(
    S=dict(
        sus="بہٕ چھُس اکھ مرد سٕنز شکایت کران، یُس {sus} ناو چھُس، {sage} ؤرۍ، {town} پیٹھ.",
        child="سُہ چھُ {child} ({cage} ؤرۍ) {phone} نمبرس پیٹھ میسج سوزان.",
        addr="سُہ چھُ {addr} روزان.",
        rep="میون ناو چھُ {rep}، مےٚ کریو {rphone} پیٹھ فون.",
        id="تٕمۍ سُند آدھار نمبر چھُ {id}.",
        end="مہربانی کٔرِتھ جلدی مدد کٔریو.",
    ),
    C=dict(
        name="ناو",
        age="عمر",
        phone="فون",
        town="شہر",
        addr="پتہ",
        desc="تفصیل",
        rep="شکایت کرن وول",
        id="آدھار",
        email="ای میل",
        child="شُر",
        sus="مشکوک",
        date="تاریخ",
    ),
    m=P("Gulzar|گُلزار; Manzoor|منظور; Irfan|عرفان; Shabir|شبیر; Aftab|آفتاب; Mushtaq|مشتاق"),
    f=P("Sariya|ساریہ; Rukhsana|رُخسانہ; Mehjabeen|مہجبین; Shazia|شازیہ; Zeba|زیبا; Mehvish|مہوش"),
    s=P("Bhat|بٹ; Dar|ڈار; Wani|وانی; Lone|لون; Mir|میر; Sheikh|شیخ"),
    towns=[
        ("سرینگر", "190001", "IN"),
        ("بارہمولہ", "193101", "IN"),
        ("اننت ناگ", "192101", "IN"),
        ("سوپور", "193201", "IN"),
        ("پلوامہ", "192301", "IN"),
        ("کپواڑہ", "193222", "IN"),
    ],
    streets=["لال چوک", "راجباغ", "مولانا آزاد روڈ", "ریزیڈنسی روڈ"],
    afmt="in",
    ids=["in_.aadhaar"],
    native="ar",
    digits="persian",
)

L["kok"] = dict(
    S=dict(
        sus="हांव {sus} नांवाच्या एका दादल्याविशीं कळोवंक सोदता, ताचें पिराय सुमार {sage} वर्सां, {town} गांवचो.",
        child="तो {child} ({cage} वर्सां) हिका {phone} नंबराचेर मेसेज धाडटा.",
        addr="तो {addr} हांगा रावता.",
        rep="म्हजें नांव {rep}, म्हाका {rphone} चेर फोन करात.",
        id="ताचो आधार क्रमांक {id}.",
        end="उपकार करून बेगीन मजत करात.",
    ),
    C=dict(
        name="नांव",
        age="पिराय",
        phone="फोन",
        town="गांव",
        addr="पत्तो",
        desc="वर्णन",
        rep="कळोवपी",
        id="आधार",
        email="ई-मेल",
        child="भुरगें",
        sus="संशयीत",
        date="तारीख",
    ),
    m=P("Prasad|प्रसाद; Siddhesh|सिद्धेश; Rohan|रोहन; Gurudas|गुरुदास; Savio|सावियो; Sanket|संकेत"),
    f=P("Sayali|सायली; Priya|प्रिया; Sunita|सुनिता; Reshma|रेश्मा; Megha|मेघा; Ashwini|अश्विनी"),
    s=P("Naik|नाईक; Kamat|कामत; Gaonkar|गांवकार; Desai|देसाय; Fernandes|फर्नांडिस; Shenvi|शेणवी"),
    towns=[
        ("पणजी", "403001", "IN"),
        ("मडगांव", "403601", "IN"),
        ("म्हापसें", "403507", "IN"),
        ("वास्को", "403802", "IN"),
        ("फोंडें", "403401", "IN"),
        ("काणकोण", "403702", "IN"),
    ],
    streets=["१८ जून रस्तो", "आल्तिनो रस्तो", "स्टेशन रस्तो", "मार्केट रस्तो"],
    afmt="in",
    ids=["in_.aadhaar"],
    native="deva",
    digits="deva",
)

L["dz"] = dict(
    S=dict(
        sus="ང་གིས་ མི་ {sus} ཟེར་མི་ ལོ་ {sage} ལང་ཡོད་མི་ {town} ལས་ཨིན་མི་ གི་སྐོར་ལས་ སྙན་ཞུ་འབད་ནི་ཨིན།",
        child="ཁོ་གིས་ བུམོ་ {child} (ལོ་ {cage}) ལུ་ {phone} ལས་ འཕྲིན་ཡིག་ གཏང་དོ།",
        addr="ཁོ་ {addr} ནང་ སྡོདཔ་ཨིན།",
        rep="ངའི་མིང་ {rep} ཨིན། ང་ལུ་ {rphone} ལུ་ བརྒྱུད་འཕྲིན་ གྱིས།",
        id="ཁོའི་ སྤྱི་ཐོ་ ཨང་ {id} ཨིན།",
        end="ཐུགས་རྗེ་གཟིགས་ཏེ་ མགྱོགས་པར་ རོགས་རམ་ འབད་གནང་།",
    ),
    C=dict(
        name="མིང་",
        age="ལོ་",
        phone="བརྒྱུད་འཕྲིན་",
        town="ས་གནས་",
        addr="ཁ་བྱང་",
        desc="འགྲེལ་བཤད་",
        rep="སྙན་ཞུ་པ་",
        id="སྤྱི་ཐོ་",
        email="གློག་འཕྲིན་",
        child="ཨ་ལོ་",
        sus="དོགས་པ་ཅན་",
        date="ཚེས་གྲངས་",
    ),
    m=P("Karma|ཀརྨ; Sonam|བསོད་ནམས; Tshering|ཚེ་རིང; Ugyen|ཨོ་རྒྱན; Kinley|ཀུན་ལེགས; Tenzin|བསྟན་འཛིན"),
    f=P("Pema|པདྨ; Dechen|བདེ་ཆེན; Kinzang|ཀུན་བཟང; Sangay|སངས་རྒྱས; Deki|བདེ་སྐྱིད; Tashi|བཀྲ་ཤིས"),
    s=P("Wangchuk|དབང་ཕྱུག; Dorji|རྡོ་རྗེ; Choden|ཆོས་སྒྲོན; Yangzom|དབྱངས་འཛོམས; Wangmo|དབང་མོ; Phuntsho|ཕུན་ཚོགས"),
    towns=[
        ("ཐིམ་ཕུ", "11001", "BT"),
        ("སྤ་རོ", "12001", "BT"),
        ("སྤུ་ན་ཁ", "13001", "BT"),
        ("ཕུན་ཚོགས་གླིང", "21101", "BT"),
        ("བུམ་ཐང", "32001", "BT"),
        ("བཀྲ་ཤིས་སྒང", "42001", "BT"),
    ],
    streets=["Norzin Lam", "Chang Lam", "Doebum Lam", "Desi Lam"],
    afmt="bt",
    ids=["bt.cid"],
    native="tib",
    digits="tibetan",
)

L["su"] = dict(
    S=dict(
        sus="Abdi hoyong ngalaporkeun hiji lalaki nu namina {sus}, yuswana kirang langkung {sage} taun, ti {town}.",
        child="Anjeunna sok ngirim pesen ka budak awéwé {child} ({cage} taun) ti nomer {phone}.",
        addr="Anjeunna cicing di {addr}.",
        rep="Nami abdi {rep}, tiasa ditelepon ka {rphone}.",
        id="Nomer NIK na {id}.",
        end="Punten gancang dibantosan.",
    ),
    C=dict(
        name="Nami",
        age="Yuswa",
        phone="Telepon",
        town="Kota",
        addr="Alamat",
        desc="Katerangan",
        rep="Palapor",
        id="NIK",
        email="Surélék",
        child="Budak",
        sus="Tersangka",
        date="Tanggal",
    ),
    m=P("Asep; Ujang; Dadang; Cecep; Jajang; Dede"),
    f=P("Euis; Neneng; Imas; Lilis; Eneng; Nining"),
    s=P("Sunarya; Permana; Hidayat; Supriatna; Kurniawan; Gunawan; Nugraha; Sukmana"),
    towns=[
        ("Bandung", "40115", "ID"),
        ("Garut", "44151", "ID"),
        ("Tasikmalaya", "46111", "ID"),
        ("Sumedang", "45311", "ID"),
        ("Cianjur", "43211", "ID"),
        ("Sukabumi", "43111", "ID"),
        ("Ciamis", "46211", "ID"),
    ],
    streets=["Jl. Cihampelas", "Jl. Dago", "Jl. Siliwangi", "Jl. Pasundan", "Jl. Otista"],
    afmt="id",
    ids=["id.nik"],
    native=None,
    digits=None,
)

L["ilo"] = dict(
    S=dict(
        sus="Kayat ko nga ireport ti maysa a lalaki nga agnagan {sus}, agarup {sage} ti tawenna, taga-{town}.",
        child="Mangipatpatulod isuna ti mensahe iti ubing a babai a ni {child} ({cage} ti tawenna) manipud iti {phone}.",
        addr="Agnanaed isuna iti {addr}.",
        rep="Ti naganko ket {rep}, maawagannak iti {rphone}.",
        id="Ti numero ti PhilSys-na ket {id}.",
        end="Pangngaasiyo, tulongandakami a dagus.",
    ),
    C=dict(
        name="Nagan",
        age="Tawen",
        phone="Telepono",
        town="Ili",
        addr="Pagnanaedan",
        desc="Salaysay",
        rep="Nangireport",
        id="PhilSys",
        email="Email",
        child="Ubing",
        sus="Suspek",
        date="Petsa",
    ),
    m=P("Rodel; Arnel; Jericho; Bong; Mark Anthony; Dindo"),
    f=P("Marites; Jocelyn; Rowena; Analyn; Kristine; Lorna"),
    s=P("Agbayani; Pascua; Tabios; Bumanglag; Ulep; Ancheta; Abella; Dumlao"),
    towns=[
        ("Laoag", "2900", "PH"),
        ("Vigan", "2700", "PH"),
        ("Batac", "2906", "PH"),
        ("Candon", "2710", "PH"),
        ("San Fernando", "2500", "PH"),
        ("Bangui", "2920", "PH"),
        ("Paoay", "2902", "PH"),
    ],
    streets=["Rizal St.", "Gen. Luna St.", "Burgos St.", "Quezon Ave.", "Mabini St."],
    afmt="ph",
    ids=["ph.pcn"],
    native=None,
    digits=None,
)

L["ny"] = dict(
    S=dict(
        sus="Ndikufuna kunena za bambo wina dzina lake {sus}, wa zaka pafupifupi {sage}, wochokera ku {town}.",
        child="Amatumiza mauthenga kwa mtsikana {child} (wa zaka {cage}) kuchokera pa {phone}.",
        addr="Amakhala ku {addr}.",
        rep="Dzina langa ndi {rep}, mungandiyimbire pa {rphone}.",
        id="Nambala ya chiphaso chake ndi {id}.",
        end="Chonde tithandizeni mwachangu.",
    ),
    C=dict(
        name="Dzina",
        age="Zaka",
        phone="Foni",
        town="Tawuni",
        addr="Adilesi",
        desc="Kufotokoza",
        rep="Wonena",
        id="Nambala ya chiphaso",
        email="Imelo",
        child="Mwana",
        sus="Wokayikiridwa",
        date="Tsiku",
    ),
    m=P("Kondwani; Mphatso; Thokozani; Yamikani; Limbani; Chikondi"),
    f=P("Tiyamike; Chisomo; Madalitso; Takondwa; Tawonga; Alinafe"),
    s=P("Banda; Phiri; Mwale; Chirwa; Chisale; Nyirenda; Gondwe; Kumwenda"),
    towns=[
        ("Lilongwe", None, "MW"),
        ("Blantyre", None, "MW"),
        ("Zomba", None, "MW"),
        ("Mzuzu", None, "MW"),
        ("Kasungu", None, "MW"),
        ("Mangochi", None, "MW"),
        ("Salima", None, "MW"),
    ],
    streets=["Area 47, Sector 3, Plot", "Area 25, Plot", "Chilomoni, Plot", "Ndirande, House"],
    afmt="plot",
    ids=["mw.id"],
    native=None,
    digits=None,
)

L["tn"] = dict(
    S=dict(
        sus="Ke batla go bega monna yo o bidiwang {sus}, a na le dingwaga di ka nna {sage}, wa kwa {town}.",
        child="O romelela mosetsana {child} (dingwaga di le {cage}) melaetsa go tswa mo go {phone}.",
        addr="O nna kwa {addr}.",
        rep="Leina la me ke {rep}, o ka ntletsetsa mo go {rphone}.",
        id="Nomoro ya gagwe ya boitshupo ke {id}.",
        end="Ke kopa le re thuse ka bonako.",
    ),
    C=dict(
        name="Leina",
        age="Dingwaga",
        phone="Mogala",
        town="Toropo",
        addr="Aterese",
        desc="Tlhaloso",
        rep="Mmegi",
        id="Nomoro ya boitshupo",
        email="Imeile",
        child="Ngwana",
        sus="Mmelaelwa",
        date="Letlha",
    ),
    m=P("Kagiso; Tumelo; Thabo; Kabelo; Oratile; Mpho"),
    f=P("Boitumelo; Onalenna; Masego; Kelebogile; Naledi; Tshepiso"),
    s=P("Molefe; Mogapi; Kgosi; Motsumi; Mosweu; Kebonang; Sebego; Modise"),
    towns=[
        ("Gaborone", None, "BW"),
        ("Francistown", None, "BW"),
        ("Molepolole", None, "BW"),
        ("Serowe", None, "BW"),
        ("Maun", None, "BW"),
        ("Mahikeng", "2745", "ZA"),
        ("Rustenburg", "0299", "ZA"),
    ],
    streets=["Plot", "Extension 9, Plot", "Block 6, Plot", "Tlokweng Road, Plot"],
    afmt="plot",
    ids=None,
    native=None,
    digits=None,
)

L["bm"] = dict(
    S=dict(
        sus="N b'a fɛ ka cɛ dɔ ko fɔ, a tɔgɔ ye {sus}, a si bɛ san {sage} ɲɔgɔn bɔ, a bɛ {town}.",
        child="A bɛ cikanw ci sunguruni {child} ma (san {cage}) ka bɔ {phone} la.",
        addr="A sigilen bɛ {addr}.",
        rep="Ne tɔgɔ ye {rep}, aw bɛ se ka n wele {rphone} la.",
        id="A ka NINA nimɔrɔ ye {id} ye.",
        end="Aw ye an dɛmɛ joona, n b'aw deli.",
    ),
    C=dict(
        name="Tɔgɔ",
        age="Si",
        phone="Telefɔni",
        town="Dugu",
        addr="Sigiyɔrɔ",
        desc="Ɲɛfɔli",
        rep="Kibaruda fɔbaga",
        id="NINA",
        email="Imɛli",
        child="Denmisɛn",
        sus="Mɔgɔ sigilen",
        date="Don",
    ),
    m=P("Musa|ߡߎߛߊ; Seydu|ߛߋߦߘߎ; Bakari|ߓߞߊߙߌ; Umaru|ߎߡߊߙߎ; Mamadu|ߡߊߡߊߘߎ; Siyaka|ߛߌߦߞߊ"),
    f=P("Awa|ߊߥߊ; Fatumata|ߝߊߕߎߡߊߕߊ; Kadiya|ߞߊߘߌߦߊ; Aminata|ߊߡߌߣߊߕߊ; Umu|ߎߡߎ; Jeneba|ߖߋߣߋߓߊ"),
    s=P("Tarawele|ߕߊߙߊߥߋߟߋ; Kulubali|ߞߎߟߎߓߊߟߌ; Jara|ߖߊߙߊ; Keyita|ߞߋߦߌߕߊ; Konate|ߞߏߣߊߕߋ; Sangare|ߛߊ߲ߜߊߙߋ"),
    towns=[
        ("Bamakɔ", None, "ML"),
        ("Segu", None, "ML"),
        ("Sikaso", None, "ML"),
        ("Kayi", None, "ML"),
        ("Moti", None, "ML"),
        ("Kucala", None, "ML"),
        ("Kati", None, "ML"),
    ],
    streets=["Hamdallaye ACI 2000, Rue", "Badalabougou, Rue", "Kalaban Coura, Rue", "Lafiabougou, Rue"],
    afmt="rue",
    ids=["ml.nina"],
    native="nko",
    digits=None,
)

L["pap"] = dict(
    S=dict(
        sus="Mi ke reportá un hòmber ku yama {sus}, mas o ménos {sage} aña, di {town}.",
        child="E ta manda mensahe na e mucha muhé {child} ({cage} aña) for di {phone}.",
        addr="E ta biba na {addr}.",
        rep="Mi nòmber ta {rep}, boso por yama mi na {rphone}.",
        id="Su número di sédula ta {id}.",
        end="Por fabor yuda nos lihé.",
    ),
    C=dict(
        name="Nòmber",
        age="Edat",
        phone="Telefòn",
        town="Bario",
        addr="Adrès",
        desc="Deskripshon",
        rep="Reportadó",
        id="Sédula",
        email="Email",
        child="Mucha",
        sus="Sospechoso",
        date="Fecha",
    ),
    m=P("Shurandy; Jurgen; Rudsel; Gino; Shomari; Eugene"),
    f=P("Shahaira; Shurenska; Ruthmila; Giselle; Ivette; Shanaira"),
    s=P("Martina; Rosaria; Isenia; Pieternella; Cijntje; Leito; Croes; Wever"),
    towns=[
        ("Otrobanda", None, "CW"),
        ("Punda", None, "CW"),
        ("Barber", None, "CW"),
        ("Sint Michiel", None, "CW"),
        ("Oranjestad", None, "AW"),
        ("San Nicolas", None, "AW"),
        ("Santa Cruz", None, "AW"),
    ],
    streets=["Kaya Grandi", "Kaya Flamboyan", "Caya Betico Croes", "Kaya Wilhelminaplein", "Caya Punta Brabo"],
    afmt="sn",
    ids=["cw.sedula"],
    native=None,
    digits=None,
)

ORDER = [
    "oc",
    "sc",
    "fur",
    "ast",
    "wa",
    "se",
    "kl",
    "ba",
    "os",
    "sah",
    "bal",
    "ks",
    "kok",
    "dz",
    "su",
    "ilo",
    "ny",
    "tn",
    "bm",
    "pap",
]
KINDS = ["form", "narrative", "narrative_en", "table", "kv", "sms", "email", "json", "reporter_first"]


class TipCtx:
    def __init__(self, rng, code):
        self.rng = rng
        self.code = code
        lang = L[code]
        self.lang = lang
        fem = fem_ru if lang["native"] == "cyr" else None
        pool = {"m": lang["m"], "f": lang["f"], "s": lang["s"]}
        ref = vals.ref_date(rng)
        self.ref = ref
        self.sus = Person(rng, pool, female=False, age=rng.randint(19, 66), ref=ref, fem_sur=fem)
        self.child = Person(rng, pool, female=True, age=rng.randint(6, 16), ref=ref, fem_sur=fem)
        self.rep = Person(rng, pool, age=rng.randint(20, 70), ref=ref, fem_sur=fem)
        self.town_s = rng.choice(lang["towns"])
        self.town_a = rng.choice(lang["towns"])
        self.cc = self.town_s[2]

    def name(self, p, form="full"):
        """Name in the language's primary script."""
        if self.lang["native"] and self.lang["native"] != "nko" and p.has_native():
            if form == "given":
                return V(p.g_nat, "PERSON")
            sep = "་" if self.lang["native"] == "tib" else " "
            return p.full_nat(sep)
        return p.given() if form == "given" else p.full()

    def latin(self, p):
        return p.full()

    def phone(self, script_ok=True):
        cc = self.cc
        if cc == "ZA" and self.rng.random() < 0.5:
            cc = "BW"
        native = self.lang["digits"] if (script_ok and self.lang["digits"] and self.rng.random() < 0.4) else None
        return vals.phone(self.rng, cc, native=native)

    def address(self):
        rng, lang = self.rng, self.lang
        t, pc, cc = self.town_a
        st = rng.choice(lang["streets"])
        n = rng.randint(1, 160)
        f = lang["afmt"]
        if f == "nf":
            s = f"{n} {st}, {pc} {t}"
        elif f == "sf":
            s = f"{st} {n}, {pc} {t}"
        elif f == "ru":
            s = f"{st}, {n}, {pc} {t}" if rng.random() < 0.5 else f"{pc}, {t}, {st}, {n}"
        elif f == "pk":
            s = f"مکان نمبر {n}، {st}، {t} {pc}"
        elif f == "in":
            s = f"{st} {n}, {t} {pc}" if lang["native"] == "deva" else f"مکان {n}، {st}، {t} {pc}"
        elif f == "bt":
            s = f"House {n}, {st}, {t} {pc}"
        elif f == "id":
            s = f"{st} No. {n}, {t} {pc}"
        elif f == "ph":
            s = f"{n} {st}, Brgy. {rng.randint(1, 30)}, {t} {pc}"
        elif f == "plot":
            s = f"{st} {rng.randint(100, 60000)}, {t}" + (f" {pc}" if pc else "")
        elif f == "rue":
            s = f"{st} {rng.randint(100, 900)}, Porte {n}, {t}"
        elif f == "sn":
            s = f"{st} {n}, {t}"
        else:
            s = f"{st} {n}, {t}"
        return V(s, "STREET_ADDRESS")

    def nid(self, p=None):
        rng, lang = self.rng, self.lang
        ids = lang["ids"]
        p = p or self.sus
        if ids is None:
            cc = self.cc
            scheme = {
                "NO": "no.fodselsnummer",
                "SE": "se.personnummer",
                "FI": "fi.hetu",
                "BW": "bw.omang",
                "ZA": "za.idnr",
            }[cc]
        else:
            scheme = rng.choice(ids)
        extra = None
        if scheme == "it.codicefiscale":
            a = "".join(c for c in ascii_fold(p.s_lat).upper() if c.isalpha())
            b = "".join(c for c in ascii_fold(p.g_lat).upper() if c.isalpha())
            extra = (a[:3].ljust(3, "X"), b[:3].ljust(3, "X"))
        elif scheme == "pk.cnic":
            extra = "5"
        elif scheme == "id.nik":
            extra = rng.choice(["327301", "320501", "327801", "321101", "320301", "327201"])
        return vals.nid(rng, scheme, dob=p.dob, female=p.female, extra=extra)


def sentences(ctx, d, keys, lower=False):
    S = ctx.lang["S"]
    vals_ = dict(
        sus=ctx.name(ctx.sus),
        sage=ctx.sus.age_v(),
        town=V(ctx.town_s[0], "LOCATION"),
        child=ctx.name(ctx.child, "given"),
        cage=ctx.child.age_v(),
        phone=ctx.sus_phone,
        addr=ctx.addr,
        rep=ctx.name(ctx.rep),
        rphone=ctx.rep_phone,
        id=ctx.idv,
    )
    if lower:
        vals_ = {k: (v.map(str.lower) if isinstance(v, V) else v) for k, v in vals_.items()}
    for k in keys:
        fmt = S[k].lower() if lower else S[k]
        d.f(fmt, **vals_)
        d.t(" ")


def make(rng, i):
    code = ORDER[i // 4]
    li = ORDER.index(code)
    kind = KINDS[(li * 4 + i % 4) % len(KINDS)]
    ctx = TipCtx(rng, code)
    ctx.sus_phone = ctx.phone()
    ctx.rep_phone = ctx.phone()
    ctx.addr = ctx.address()
    ctx.idv = ctx.nid()
    C = ctx.lang["C"]
    d = Doc(rng, None)
    date = ctx.ref.strftime("%d.%m.%Y")
    if kind == "form":
        d.t(f"== Web form #{vals.digits(rng, 6)} ==\n")
        rows = [
            (C["sus"], ctx.name(ctx.sus)),
            (C["age"], ctx.sus.age_v()),
            (C["town"], V(ctx.town_s[0], "LOCATION")),
            (C["addr"], ctx.addr),
            (C["phone"], ctx.sus_phone),
            (C["id"], ctx.idv),
            (C["child"], ctx.name(ctx.child, "given")),
            (C["age"], ctx.child.age_v()),
        ]
        if ctx.lang["native"] == "nko":
            rows.insert(1, ("ߒߞߏ", ctx.sus.full_nat()))
        elif ctx.lang["native"] and ctx.sus.has_native():
            rows.insert(1, ("Latin", ctx.sus.full()))
        for cap, v in rows:
            d.t(f"[{cap}] ")
            d.put(v)
            d.t("\n")
        d.t(f"[{C['desc']}] ")
        sentences(ctx, d, ["child", "end"])
        d.t(f"\n[{C['rep']}] ")
        d.v(ctx.name(ctx.rep))
        d.t(" / ")
        d.v(ctx.rep_phone)
        d.t(f"\n[{C['date']}] {date}\n")
    elif kind == "narrative":
        sentences(ctx, d, ["sus", "child", "addr", "id", "rep", "end"])
        d.t("\n")
    elif kind == "narrative_en":
        d.t(rng.choice(EN_FRAG) + " – ")
        sentences(ctx, d, ["sus", "child"])
        d.t(rng.choice(EN_FRAG) + ". ")
        sentences(ctx, d, ["addr", "rep"])
        d.t("(" + rng.choice(EN_FRAG) + ") ")
        sentences(ctx, d, ["end"])
        d.t("\n")
    elif kind == "table":
        d.t(f"{C['desc']}: ")
        sentences(ctx, d, ["child"])
        d.t("\n\n")
        d.t(f"| {C['name']} | {C['age']} | {C['phone']} | {C['town']} |\n|---|---|---|---|\n")
        d.f(
            "| {n} | {a} | {p} | {t} |\n",
            n=ctx.name(ctx.sus),
            a=ctx.sus.age_v(),
            p=ctx.sus_phone,
            t=V(ctx.town_s[0], "LOCATION"),
        )
        d.f(
            "| {n} | {a} | - | {t} |\n",
            n=ctx.name(ctx.child, "given"),
            a=ctx.child.age_v(),
            t=V(ctx.town_s[0], "LOCATION"),
        )
        d.f(
            "| {n} | {a} | {p} | {t} |\n",
            n=ctx.name(ctx.rep),
            a=ctx.rep.age_v(),
            p=ctx.rep_phone,
            t=V(ctx.town_a[0], "LOCATION"),
        )
        d.f("\n{c}: {ad}\n{ci}: {id}\n", c=C["addr"], ad=ctx.addr, ci=C["id"], id=ctx.idv)
    elif kind == "kv":
        d.t("tip_id=" + vals.digits(rng, 8) + "\nlang=" + code + "\n")
        d.f(
            "suspect_name={n}\nsuspect_name_latin={nl}\nsuspect_age={a}\nsuspect_phone={p}\nsuspect_address={ad}\nsuspect_id={id}\n",
            n=ctx.name(ctx.sus),
            nl=ctx.sus.full() if ctx.lang["native"] != "nko" else ctx.sus.full_nat(),
            a=ctx.sus.age_v(),
            p=ctx.sus_phone,
            ad=ctx.addr,
            id=ctx.idv,
        )
        d.f(
            "victim_first_name={c}\nvictim_age={ca}\ntown={t}\nreporter={r}\nreporter_phone={rp}\n",
            c=ctx.name(ctx.child, "given"),
            ca=ctx.child.age_v(),
            t=V(ctx.town_s[0], "LOCATION"),
            r=ctx.name(ctx.rep),
            rp=ctx.rep_phone,
        )
        d.t("text=")
        sentences(ctx, d, ["child", "end"])
        d.t("\n")
    elif kind == "sms":
        ctx.sus_phone = vals.phone(rng, ctx.cc if ctx.cc != "ZA" else "BW", style="nat_compact")
        latin_lang = ctx.lang["native"] is None
        sentences(ctx, d, ["sus", "child", "addr", "rep"], lower=latin_lang)
        d.t(" " + ("pls" if latin_lang else "") + "\n")
        d.f("{e}\n", e=ctx.rep.email(rng) if rng.random() < 0.5 else "")
    elif kind == "email":
        e = ctx.rep.email(rng)
        d.f("From: {n} <{e}>\nTo: report@hotline.example\nSubject: {s}\n\n", n=ctx.rep.full(), e=e, s=C["desc"])
        sentences(ctx, d, ["sus", "child", "addr", "id", "end"])
        d.f("\n\n{n}\n{p}\n", n=ctx.name(ctx.rep), p=ctx.rep_phone)
    elif kind == "json":
        obj = {
            "form": "hotline_webform_v3",
            "language": code,
            "submitted": ctx.ref.isoformat() + "T" + f"{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:00Z",
            "suspect": {
                "name": ctx.name(ctx.sus),
                "name_latin": ctx.sus.full(),
                "age": ctx.sus.age_v(),
                "phone": ctx.sus_phone,
                "address": ctx.addr,
                "id_number": ctx.idv,
            },
            "victim": {
                "first_name": ctx.name(ctx.child, "given"),
                "age": ctx.child.age_v(),
                "town": V(ctx.town_s[0], "LOCATION"),
            },
            "reporter": {"name": ctx.name(ctx.rep), "phone": ctx.rep_phone, "email": ctx.rep.email(rng)},
            "consent_contact": True,
        }
        json_obj(d, obj, indent=2)
        d.t("\n")
    else:  # reporter_first
        rid = ctx.nid(ctx.rep)
        d.f("{c}: {n} – {ci}: {id}\n\n", c=C["rep"], n=ctx.name(ctx.rep), ci=C["id"], id=rid)
        sentences(ctx, d, ["rep", "sus", "child", "addr", "end"])
        d.t("\n")
    return d
