"""Hand-typed language data for world_tips_d (20 languages not used before)."""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass

import ids

CAPTION_KEYS = ("title", "name", "phone", "email", "town", "desc", "id", "dob", "addr")


@dataclass(frozen=True)
class Lang:
    code: str
    region: str
    digits: str  # native digit script key in ids.NATIVE_DIGITS, or ""
    names: tuple[tuple[str, str], ...]  # (native form, Latin form)
    towns: tuple[str, ...]
    captions: tuple[str, ...]  # in CAPTION_KEYS order
    s1: str  # [[child]] [[age]] [[town]] [[sus]] [[sage]]
    s2: str  # [[plat]] [[user]] [[phone2]]
    street: Callable[[random.Random, str], str]
    ids: tuple[Callable[[random.Random], str], ...]
    date: Callable[[tuple[int, int, int]], str]


def _dots(ymd: tuple[int, int, int]) -> str:
    return f"{ymd[2]:02d}.{ymd[1]:02d}.{ymd[0]}"


def _spaced(ymd: tuple[int, int, int]) -> str:
    return f"{ymd[2]}. {ymd[1]}. {ymd[0]}"


def _slash(ymd: tuple[int, int, int]) -> str:
    return f"{ymd[2]:02d}/{ymd[1]:02d}/{ymd[0]}"


def _iso(ymd: tuple[int, int, int]) -> str:
    return f"{ymd[0]}-{ymd[1]:02d}-{ymd[2]:02d}"


def _months(names: str, fmt: str) -> Callable[[tuple[int, int, int]], str]:
    months = names.split()

    def render(ymd: tuple[int, int, int]) -> str:
        return fmt.format(d=ymd[2], m=months[ymd[1] - 1], y=ymd[0])

    return render


def _st(
    streets: tuple[str, ...], fmt: str, postcode: Callable[[random.Random], str]
) -> Callable[[random.Random, str], str]:
    def make(rng: random.Random, town: str) -> str:
        return fmt.format(s=rng.choice(streets), n=rng.randint(1, 140), pc=postcode(rng), t=town, a=rng.randint(1, 60))

    return make


def _pc(fmt: str) -> Callable[[random.Random], str]:
    def make(rng: random.Random) -> str:
        return "".join(ids.digits(rng, 1) if c == "9" else c for c in fmt)

    return make


def kg_pin(rng: random.Random) -> str:
    y, m, d = ids.birth(rng, 1970, 2005)
    return f"{rng.choice('12')}{d:02d}{m:02d}{y}{ids.digits(rng, 5)}"


def az_fin(rng: random.Random) -> str:
    return ids.letters(rng, 7, "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789")


def by_passport(rng: random.Random) -> str:
    return rng.choice(("MP", "MC", "AB", "KH", "HB")) + ids.digits(rng, 7)


def mv_id(rng: random.Random) -> str:
    return "A" + ids.digits(rng, 6)


def ph_psn(rng: random.Random) -> str:
    d = ids.digits(rng, 16)
    return f"{d[:4]}-{d[4:8]}-{d[8:12]}-{d[12:]}"


def ph_tin(rng: random.Random) -> str:
    d = ids.digits(rng, 9)
    return f"{d[:3]}-{d[3:6]}-{d[6:]}-000"


def mg_cin(rng: random.Random) -> str:
    return f"{rng.choice(('101', '201', '301', '501'))} {ids.digits(rng, 3)} {ids.digits(rng, 3)} {ids.digits(rng, 3)}"


def rw_nid(rng: random.Random) -> str:
    head = f"1 {rng.randint(1970, 2005)} {rng.choice('78')}"
    return f"{head} {ids.digits(rng, 7)} {rng.randint(0, 9)} {ids.digits(rng, 2)}"


def ng_nin(rng: random.Random) -> str:
    return str(rng.randint(1, 9)) + ids.digits(rng, 10)


def mt_id(rng: random.Random) -> str:
    return f"{rng.randint(1, 999999)}{rng.choice('MGALHBPZ')}"


def cn_xj(rng: random.Random) -> str:
    return ids.cn_ric(rng, rng.choice(("650102", "653101", "654002", "653201")))


LANGS: tuple[Lang, ...] = (
    Lang(
        "sk",
        "SK",
        "",
        (
            ("Ján Novák", "Jan Novak"),
            ("Zuzana Horváthová", "Zuzana Horvathova"),
            ("Peter Kováč", "Peter Kovac"),
            ("Marek Baláž", "Marek Balaz"),
            ("Lucia Tóthová", "Lucia Tothova"),
            ("Jana Vargová", "Jana Vargova"),
        ),
        ("Bratislava", "Košice", "Prešov", "Žilina", "Nitra", "Banská Bystrica", "Trnava"),
        (
            "Anonymné nahlásenie – online formulár",
            "Vaše meno",
            "Telefón",
            "E-mail",
            "Mesto/obec",
            "Popis situácie",
            "Rodné číslo podozrivého",
            "Dátum narodenia",
            "Adresa",
        ),
        "Dievča menom [[child]] ([[age]] rokov) z mesta [[town]] mi povedalo, že ju [[sus]] ([[sage]] r.) núti "
        "posielať fotky.",
        "Píše jej cez [[plat]] z účtu [[user]] a volá z čísla [[phone2]].",
        _st(("Hlavná", "Štúrova", "Mlynská", "Záhradnícka"), "{s} {n}, {pc} {t}", _pc("999 99")),
        (ids.sk_rc,),
        _spaced,
    ),
    Lang(
        "sl",
        "SI",
        "",
        (
            ("Matej Kranjc", "Matej Kranjc"),
            ("Nina Zupančič", "Nina Zupancic"),
            ("Luka Horvat", "Luka Horvat"),
            ("Špela Kovačič", "Spela Kovacic"),
            ("Tina Potočnik", "Tina Potocnik"),
            ("Rok Mlakar", "Rok Mlakar"),
        ),
        ("Ljubljana", "Maribor", "Celje", "Kranj", "Koper", "Novo mesto", "Velenje"),
        (
            "Prijava zlorabe – spletni obrazec",
            "Ime in priimek",
            "Telefon",
            "E-pošta",
            "Kraj",
            "Opis",
            "EMŠO / davčna številka osumljenca",
            "Datum rojstva",
            "Naslov",
        ),
        "[[child]] ([[age]] let) iz kraja [[town]] je povedala, da ji [[sus]], star [[sage]] let, pošilja "
        "neprimerna sporočila.",
        "Uporablja profil [[user]] na [[plat]], telefonska številka [[phone2]].",
        _st(
            ("Slovenska cesta", "Trubarjeva ulica", "Partizanska cesta", "Ulica heroja Staneta"),
            "{s} {n}, {pc} {t}",
            _pc("9999"),
        ),
        (ids.si_emso, ids.si_tax),
        _spaced,
    ),
    Lang(
        "hr",
        "HR",
        "",
        (
            ("Ivan Horvat", "Ivan Horvat"),
            ("Ana Kovačević", "Ana Kovacevic"),
            ("Marko Babić", "Marko Babic"),
            ("Petra Marić", "Petra Maric"),
            ("Josip Jurić", "Josip Juric"),
            ("Mia Knežević", "Mia Knezevic"),
        ),
        ("Zagreb", "Split", "Rijeka", "Osijek", "Zadar", "Pula", "Varaždin"),
        (
            "Prijava – internetski obrazac",
            "Ime i prezime",
            "Telefon",
            "E-mail",
            "Grad",
            "Opis događaja",
            "OIB osumnjičenika",
            "Datum rođenja",
            "Adresa",
        ),
        "Djevojčica [[child]] ([[age]] god.) iz mjesta [[town]] rekla je da joj [[sus]] ([[sage]] god.) nudi "
        "novac za slike.",
        "Javlja joj se preko [[plat]] kao [[user]], broj mobitela [[phone2]].",
        _st(("Ilica", "Vukovarska ulica", "Ulica kralja Zvonimira", "Savska cesta"), "{s} {n}, {pc} {t}", _pc("99999")),
        (ids.hr_oib,),
        _spaced,
    ),
    Lang(
        "mk",
        "MK",
        "",
        (
            ("Никола Стојановски", "Nikola Stojanovski"),
            ("Ана Петровска", "Ana Petrovska"),
            ("Марко Трајковски", "Marko Trajkovski"),
            ("Елена Николовска", "Elena Nikolovska"),
            ("Драган Илиевски", "Dragan Ilievski"),
            ("Марија Јованова", "Marija Jovanova"),
        ),
        ("Скопје", "Битола", "Куманово", "Прилеп", "Тетово", "Охрид", "Велес"),
        (
            "Пријава – онлајн формулар",
            "Име и презиме",
            "Телефон",
            "Е-пошта",
            "Град",
            "Опис",
            "ЕМБГ на осомничениот",
            "Датум на раѓање",
            "Адреса",
        ),
        "Девојчето [[child]] ([[age]] години) од [[town]] ми кажа дека [[sus]] ([[sage]] год.) бара од неа фотографии.",
        "Ѝ пишува на [[plat]] од профилот [[user]] и се јавува од [[phone2]].",
        _st(("ул. Македонија", "ул. Партизанска", "бул. Илинден", "ул. Маршал Тито"), "{s} {n}, {pc} {t}", _pc("9999")),
        (ids.mk_embg,),
        _dots,
    ),
    Lang(
        "be",
        "BY",
        "",
        (
            ("Аляксей Кавальчук", "Aliaksei Kavalchuk"),
            ("Наталля Бондар", "Natallia Bondar"),
            ("Сяргей Мельнік", "Siarhei Melnik"),
            ("Вольга Лукашэвіч", "Volha Lukashevich"),
            ("Андрэй Жук", "Andrei Zhuk"),
            ("Ганна Навумчык", "Hanna Navumchyk"),
        ),
        ("Мінск", "Гомель", "Магілёў", "Віцебск", "Гродна", "Брэст", "Бабруйск"),
        (
            "Паведамленне – анлайн-форма",
            "Імя і прозвішча",
            "Тэлефон",
            "Электронная пошта",
            "Горад",
            "Апісанне",
            "УНП / пашпарт падазронага",
            "Дата нараджэння",
            "Адрас",
        ),
        "Дзяўчынка [[child]] ([[age]] гадоў) з горада [[town]] расказала, што [[sus]] ([[sage]] гадоў) "
        "патрабуе ад яе фота.",
        "Ён піша ёй у [[plat]] пад імем [[user]], тэлефон [[phone2]].",
        _st(
            ("вул. Янкі Купалы", "вул. Леніна", "пр. Незалежнасці", "вул. Багдановіча"),
            "{s} {n}, кв. {a}, {pc} {t}",
            _pc("220099"),
        ),
        (ids.by_unp, by_passport),
        _dots,
    ),
    Lang(
        "az",
        "AZ",
        "",
        (
            ("Elvin Məmmədov", "Elvin Mammadov"),
            ("Aygün Əliyeva", "Aygun Aliyeva"),
            ("Rəşad Hüseynov", "Rashad Huseynov"),
            ("Leyla Quliyeva", "Leyla Guliyeva"),
            ("Tural İsmayılov", "Tural Ismayilov"),
            ("Nərmin Həsənova", "Narmin Hasanova"),
        ),
        ("Bakı", "Gəncə", "Sumqayıt", "Lənkəran", "Şəki", "Mingəçevir", "Şirvan"),
        (
            "Məlumat – onlayn forma",
            "Ad, soyad",
            "Telefon",
            "E-poçt",
            "Şəhər",
            "Təsvir",
            "Şübhəlinin FİN kodu / VÖEN",
            "Doğum tarixi",
            "Ünvan",
        ),
        "[[child]] adlı qız ([[age]] yaş), [[town]] şəhərindən, dedi ki, [[sus]] ([[sage]] yaş) ondan şəkil istəyir.",
        "O, [[plat]] vasitəsilə [[user]] adı ilə yazır, nömrəsi [[phone2]].",
        _st(
            ("Nizami küç.", "Füzuli küç.", "Azadlıq prospekti", "Səməd Vurğun küç."),
            "{s} {n}, mənzil {a}, {t} AZ{pc}",
            _pc("1099"),
        ),
        (ids.az_voen, az_fin),
        _dots,
    ),
    Lang(
        "ky",
        "KG",
        "",
        (
            ("Айбек Асанов", "Aibek Asanov"),
            ("Айгерим Токтогулова", "Aigerim Toktogulova"),
            ("Нурлан Жумабеков", "Nurlan Zhumabekov"),
            ("Бермет Сыдыкова", "Bermet Sydykova"),
            ("Азамат Осмонов", "Azamat Osmonov"),
            ("Жылдыз Мамытова", "Zhyldyz Mamytova"),
        ),
        ("Бишкек", "Ош", "Жалал-Абад", "Каракол", "Токмок", "Нарын", "Талас"),
        (
            "Билдирүү – онлайн форма",
            "Аты-жөнү",
            "Телефон",
            "Электрондук почта",
            "Шаар",
            "Сүрөттөмө",
            "Шектүүнүн ПИНи",
            "Туулган күнү",
            "Дареги",
        ),
        "[[child]] аттуу кыз ([[age]] жашта) [[town]] шаарынан, [[sus]] ([[sage]] жашта) андан сүрөт сурап "
        "жатканын айтты.",
        "Ал [[plat]] аркылуу [[user]] деген ат менен жазат, телефону [[phone2]].",
        _st(
            ("Токтогул көчөсү", "Манас проспекти", "Чүй проспекти", "Киев көчөсү"),
            "{s} {n}, кв. {a}, {t} {pc}",
            _pc("720099"),
        ),
        (kg_pin,),
        _dots,
    ),
    Lang(
        "ug",
        "CN",
        "",
        (
            ("ئابلىمىت تۇرسۇن", "Ablimit Tursun"),
            ("گۈلنار ئابدۇللا", "Gulnar Abdulla"),
            ("مۇھەممەت ئەلى", "Muhemmet Eli"),
            ("مەرىيەم ياسىن", "Meryem Yasin"),
            ("ئەركىن قادىر", "Erkin Qadir"),
            ("پاتىگۈل ھوشۇر", "Patigul Hoshur"),
        ),
        ("ئۈرۈمچى", "قەشقەر", "غۇلجا", "خوتەن", "ئاقسۇ", "تۇرپان"),
        (
            "ئىنكاس – تور جەدۋىلى",
            "ئىسمى",
            "تېلېفون",
            "ئېلخەت",
            "شەھەر",
            "چۈشەندۈرۈش",
            "كىملىك نومۇرى",
            "تۇغۇلغان ۋاقتى",
            "ئادرېس",
        ),
        "[[child]] ([[age]] ياش) [[town]] شەھىرىدىن، [[sus]] ([[sage]] ياش) ئۇنىڭدىن رەسىم تەلەپ قىلىۋاتىدۇ دېدى.",
        "ئۇ [[plat]] دا [[user]] دېگەن نام بىلەن يازىدۇ، تېلېفونى [[phone2]].",
        _st(("دوستلۇق يولى", "يەنئەن يولى", "ئازادلىق يولى", "شىنخۇا يولى"), "{t} {s} {n}-نومۇر", _pc("99")),
        (cn_xj,),
        _iso,
    ),
    Lang(
        "sd",
        "PK",
        "arabext",
        (
            ("علي سومرو", "Ali Soomro"),
            ("زينب ميمڻ", "Zainab Memon"),
            ("عمران ڀٽو", "Imran Bhutto"),
            ("سسئي لغاري", "Sassui Laghari"),
            ("شاهد جتوئي", "Shahid Jatoi"),
            ("مارئي شيخ", "Marvi Shaikh"),
        ),
        ("ڪراچي", "حيدرآباد", "سکر", "لاڙڪاڻو", "نوابشاهه", "ميرپورخاص"),
        (
            "شڪايت – آن لائن فارم",
            "نالو",
            "فون نمبر",
            "اي ميل",
            "شهر",
            "تفصيل",
            "شناختي ڪارڊ نمبر",
            "ڄمڻ جي تاريخ",
            "پتو",
        ),
        "[[child]] ([[age]] سال) [[town]] مان ٻڌايو ته [[sus]] ([[sage]] سال) هن کان تصويرون گهري ٿو.",
        "هو [[plat]] تي [[user]] نالي سان لکي ٿو، نمبر [[phone2]] آهي.",
        _st(
            ("Block C, Gulshan-e-Iqbal", "Qasimabad Phase 2", "Latifabad Unit 7", "Military Road"),
            "House No. {n}, {s}",
            _pc("99"),
        ),
        (ids.pk_cnic,),
        _slash,
    ),
    Lang(
        "mr",
        "IN",
        "deva",
        (
            ("राहुल पाटील", "Rahul Patil"),
            ("प्रिया देशमुख", "Priya Deshmukh"),
            ("अमित जोशी", "Amit Joshi"),
            ("स्नेहा कुलकर्णी", "Sneha Kulkarni"),
            ("सचिन पवार", "Sachin Pawar"),
            ("अश्विनी शिंदे", "Ashwini Shinde"),
        ),
        ("पुणे", "नागपूर", "नाशिक", "कोल्हापूर", "औरंगाबाद", "सोलापूर"),
        (
            "तक्रार – ऑनलाइन फॉर्म",
            "नाव",
            "मोबाईल",
            "ई-मेल",
            "शहर",
            "तपशील",
            "संशयिताचा आधार / पॅन क्रमांक",
            "जन्मतारीख",
            "पत्ता",
        ),
        "[[child]] ([[age]] वर्षे), [[town]] येथील मुलगी, म्हणाली की [[sus]] ([[sage]] वर्षे) तिच्याकडे फोटो मागतो.",
        "तो [[plat]] वर [[user]] या नावाने मेसेज करतो, नंबर [[phone2]].",
        _st(("शिवाजी नगर", "सदाशिव पेठ", "गांधी चौक", "स्टेशन रोड"), "फ्लॅट क्र. {n}, {s}, {t} 4{pc}", _pc("11099")),
        (ids.in_aadhaar, ids.in_pan),
        _slash,
    ),
    Lang(
        "kn",
        "IN",
        "knda",
        (
            ("ಸುರೇಶ್ ಗೌಡ", "Suresh Gowda"),
            ("ಲಕ್ಷ್ಮಿ ರಾವ್", "Lakshmi Rao"),
            ("ಮಂಜುನಾಥ್ ಹೆಗಡೆ", "Manjunath Hegde"),
            ("ಕಾವ್ಯ ಶೆಟ್ಟಿ", "Kavya Shetty"),
            ("ಪ್ರಕಾಶ್ ನಾಯಕ್", "Prakash Nayak"),
            ("ಅನಿತಾ ಭಟ್", "Anitha Bhat"),
        ),
        ("ಬೆಂಗಳೂರು", "ಮೈಸೂರು", "ಮಂಗಳೂರು", "ಹುಬ್ಬಳ್ಳಿ", "ಬೆಳಗಾವಿ", "ದಾವಣಗೆರೆ"),
        ("ದೂರು – ಆನ್‌ಲೈನ್ ಫಾರ್ಮ್", "ಹೆಸರು", "ಮೊಬೈಲ್", "ಇಮೇಲ್", "ಊರು", "ವಿವರ", "ಆಧಾರ್ ಸಂಖ್ಯೆ", "ಹುಟ್ಟಿದ ದಿನಾಂಕ", "ವಿಳಾಸ"),
        "[[child]] ([[age]] ವರ್ಷ), [[town]] ನಿವಾಸಿ, [[sus]] ([[sage]] ವರ್ಷ) ಫೋಟೋ ಕೇಳುತ್ತಿದ್ದಾನೆ ಎಂದು ಹೇಳಿದಳು.",
        "ಅವನು [[plat]] ನಲ್ಲಿ [[user]] ಎಂಬ ಹೆಸರಿನಲ್ಲಿ ಸಂದೇಶ ಕಳುಹಿಸುತ್ತಾನೆ, ಸಂಖ್ಯೆ [[phone2]].",
        _st(("3ನೇ ಕ್ರಾಸ್, ಜಯನಗರ", "5ನೇ ಮುಖ್ಯರಸ್ತೆ, ವಿಜಯನಗರ", "ಗಾಂಧಿ ಬಜಾರ್"), "ನಂ. {n}, {s}, {t} 5{pc}", _pc("60099")),
        (ids.in_aadhaar,),
        lambda ymd: f"{ymd[2]:02d}-{ymd[1]:02d}-{ymd[0]}",
    ),
    Lang(
        "or",
        "IN",
        "orya",
        (
            ("ସୁବ୍ରତ ମହାପାତ୍ର", "Subrata Mohapatra"),
            ("ପ୍ରିୟଙ୍କା ଦାସ", "Priyanka Das"),
            ("ଅଭିଷେକ ପଣ୍ଡା", "Abhishek Panda"),
            ("ଲିପିକା ସାହୁ", "Lipika Sahu"),
            ("ମନୋଜ ବେହେରା", "Manoj Behera"),
            ("ସସ୍ମିତା ନାୟକ", "Sasmita Nayak"),
        ),
        ("ଭୁବନେଶ୍ୱର", "କଟକ", "ପୁରୀ", "ବ୍ରହ୍ମପୁର", "ସମ୍ବଲପୁର", "ରାଉରକେଲା"),
        ("ଅଭିଯୋଗ – ଅନଲାଇନ ଫର୍ମ", "ନାମ", "ମୋବାଇଲ", "ଇମେଲ", "ସହର", "ବିବରଣୀ", "ଆଧାର ନମ୍ବର", "ଜନ୍ମ ତାରିଖ", "ଠିକଣା"),
        "[[child]] ([[age]] ବର୍ଷ), [[town]] ସହରର ଝିଅ, କହିଲା ଯେ [[sus]] ([[sage]] ବର୍ଷ) ତାଠାରୁ ଫଟୋ ମାଗୁଛି।",
        "ସେ [[plat]] ରେ [[user]] ନାମରେ ମେସେଜ କରେ, ନମ୍ବର [[phone2]]।",
        _st(("ସହିଦ ନଗର", "ନୟାପଲ୍ଲୀ", "ବାଲିଆପଣ୍ଡା", "ଚାନ୍ଦିନୀଚୌକ"), "ପ୍ଲଟ ନଂ. {n}, {s}, {t} 75{pc}", _pc("1099")),
        (ids.in_aadhaar,),
        _slash,
    ),
    Lang(
        "dv",
        "MV",
        "",
        (
            ("އަޙްމަދު ރަޝީދު", "Ahmed Rasheed"),
            ("ޢާއިޝަތު ނަޒީމާ", "Aishath Nazeema"),
            ("މުޙައްމަދު ޝިފާޒް", "Mohamed Shifaz"),
            ("ފާޠިމަތު ޝާހީނާ", "Fathimath Shaheena"),
            ("އިބްރާހީމް ނާޝިދު", "Ibrahim Nashid"),
            ("މަރިޔަމް ޒުހާ", "Mariyam Zuha"),
        ),
        ("މާލެ", "އައްޑޫ", "ހުޅުމާލެ", "ފުވައްމުލައް", "ކުޅުދުއްފުށި", "ތިނަދޫ"),
        ("ރިޕޯޓް – އޮންލައިން ފޯމް", "ނަން", "ފޯނު ނަންބަރު", "އީމެއިލް", "ރަށް", "ތަފްސީލު", "އައިޑީ ކާޑު ނަންބަރު", "އުފަން ތާރީޚު", "އެޑްރެސް"),
        "[[child]] ([[age]] އަހަރު) [[town]] ގައި ދިރިއުޅޭ ކުއްޖެއް. [[sus]] ([[sage]] އަހަރު) އޭނާގެ ފޮޓޯ ހޯދަނީ.",
        "[[plat]] ގައި [[user]] ނަމުގައި މެސެޖް ކުރޭ، ނަންބަރު [[phone2]].",
        _st(
            ("Majeedhee Magu", "Chandhanee Magu", "Ameer Ahmed Magu", "Sosun Magu"),
            "H. Fehivina, {s}, Malé 20{pc}",
            _pc("099"),
        ),
        (mv_id,),
        _slash,
    ),
    Lang(
        "tl",
        "PH",
        "",
        (
            ("Maria Santos", "Maria Santos"),
            ("Jose Reyes", "Jose Reyes"),
            ("Ana Bautista", "Ana Bautista"),
            ("Mark Villanueva", "Mark Villanueva"),
            ("Kristine Mendoza", "Kristine Mendoza"),
            ("Ramon Aquino", "Ramon Aquino"),
        ),
        ("Quezon City", "Caloocan", "Cebu", "Davao", "Antipolo", "Batangas", "Iloilo"),
        (
            "Ulat – online na porma",
            "Pangalan",
            "Numero ng telepono",
            "Email",
            "Lungsod/Bayan",
            "Paglalarawan",
            "PhilSys / TIN ng suspek",
            "Petsa ng kapanganakan",
            "Tirahan",
        ),
        "Si [[child]], [[age]] taong gulang, na nakatira sa [[town]], ay nagsabi na si [[sus]] ([[sage]] anyos) "
        "ay humihingi ng mga litrato niya.",
        "Nagme-message siya sa [[plat]] bilang [[user]], at tumatawag mula sa [[phone2]].",
        _st(("Mabini St.", "Rizal Ave.", "Sampaguita St.", "Luna St."), "{n} {s}, Brgy. San Isidro, {t}", _pc("9")),
        (ph_psn, ph_tin),
        _months(
            "Enero Pebrero Marso Abril Mayo Hunyo Hulyo Agosto Setyembre Oktubre Nobyembre Disyembre", "{m} {d}, {y}"
        ),
    ),
    Lang(
        "jv",
        "ID",
        "",
        (
            ("Budi Santoso", "Budi Santoso"),
            ("Sri Wahyuni", "Sri Wahyuni"),
            ("Agus Prasetyo", "Agus Prasetyo"),
            ("Ratna Kusumawati", "Ratna Kusumawati"),
            ("Joko Susilo", "Joko Susilo"),
            ("Rina Kurniawati", "Rina Kurniawati"),
        ),
        ("Surakarta", "Yogyakarta", "Semarang", "Malang", "Kediri", "Magelang", "Klaten"),
        (
            "Laporan – formulir online",
            "Jeneng",
            "Nomer HP",
            "Email",
            "Kutha",
            "Katrangan",
            "NIK tersangka",
            "Tanggal lair",
            "Alamat",
        ),
        "[[child]] (umur [[age]] taun) saka [[town]] crita yen [[sus]] (umur [[sage]]) njaluk foto-fotone.",
        "Dheweke ngirim pesen liwat [[plat]] nganggo jeneng [[user]], nomere [[phone2]].",
        _st(
            ("Jl. Slamet Riyadi", "Jl. Malioboro", "Jl. Pemuda", "Jl. Diponegoro"),
            "{s} No. {n}, RT 0{pc}, {t}",
            _pc("9/RW 09"),
        ),
        (lambda r: ids.id_nik(r, r.choice(("33", "34", "35"))),),
        _months(
            "Januari Februari Maret April Mei Juni Juli Agustus September Oktober November Desember", "{d} {m} {y}"
        ),
    ),
    Lang(
        "mg",
        "MG",
        "",
        (
            ("Rakotomalala Hery", "Rakotomalala Hery"),
            ("Randriamanana Voahangy", "Randriamanana Voahangy"),
            ("Rasoanaivo Fanja", "Rasoanaivo Fanja"),
            ("Andrianarivo Tiana", "Andrianarivo Tiana"),
            ("Razafindrakoto Mamy", "Razafindrakoto Mamy"),
            ("Ravelojaona Lova", "Ravelojaona Lova"),
        ),
        ("Antananarivo", "Toamasina", "Antsirabe", "Fianarantsoa", "Mahajanga", "Toliara"),
        (
            "Tatitra – taratasy an-tserasera",
            "Anarana",
            "Finday",
            "Mailaka",
            "Tanàna",
            "Fanazavana",
            "Laharana CIN",
            "Daty nahaterahana",
            "Adiresy",
        ),
        "Nilaza i [[child]] ([[age]] taona), monina ao [[town]], fa i [[sus]] ([[sage]] taona) dia mangataka sary "
        "aminy.",
        "Manoratra amin'ny [[plat]] izy amin'ny anarana hoe [[user]], laharana [[phone2]].",
        _st(("Ambohipo", "Analakely", "Isotry", "Ankadifotsy"), "Lot II J {n} Bis, {s}, {t}", _pc("9")),
        (mg_cin,),
        _months(
            "Janoary Febroary Martsa Aprily Mey Jona Jolay Aogositra Septambra Oktobra Novambra Desambra", "{d} {m} {y}"
        ),
    ),
    Lang(
        "rw",
        "RW",
        "",
        (
            ("Eric Niyonzima", "Eric Niyonzima"),
            ("Aline Uwase", "Aline Uwase"),
            ("Claude Mugisha", "Claude Mugisha"),
            ("Diane Mukamana", "Diane Mukamana"),
            ("Patrick Nshimiyimana", "Patrick Nshimiyimana"),
            ("Grace Ingabire", "Grace Ingabire"),
        ),
        ("Kigali", "Huye", "Musanze", "Rubavu", "Muhanga", "Nyagatare"),
        (
            "Raporo – ifishi yo kuri interineti",
            "Amazina",
            "Telefoni",
            "Imeri",
            "Umujyi/Akarere",
            "Ibisobanuro",
            "Indangamuntu",
            "Itariki y'amavuko",
            "Aderesi",
        ),
        "[[child]] (imyaka [[age]]) utuye i [[town]] yavuze ko [[sus]] (imyaka [[sage]]) amusaba amafoto.",
        "Amwandikira kuri [[plat]] yitwa [[user]], nimero ye ni [[phone2]].",
        _st(("KG 11 Ave", "KN 5 Rd", "KK 15 St", "NM 3 Ave"), "{s}, No. {n}, {t}", _pc("9")),
        (rw_nid,),
        _slash,
    ),
    Lang(
        "ig",
        "NG",
        "",
        (
            ("Chinedu Okafor", "Chinedu Okafor"),
            ("Ngozi Eze", "Ngozi Eze"),
            ("Obinna Nwosu", "Obinna Nwosu"),
            ("Adaeze Okonkwo", "Adaeze Okonkwo"),
            ("Chukwuemeka Obi", "Chukwuemeka Obi"),
            ("Ifeoma Nnamdi", "Ifeoma Nnamdi"),
        ),
        ("Enugu", "Onitsha", "Owerri", "Aba", "Nsukka", "Awka"),
        ("Akụkọ – fọm n'ịntanetị", "Aha", "Nọmba ekwentị", "Email", "Obodo", "Nkọwa", "NIN", "Ụbọchị ọmụmụ", "Adreesị"),
        "[[child]] (afọ [[age]]) bi na [[town]] kwuru na [[sus]] (afọ [[sage]]) na-arịọ ya foto.",
        "Ọ na-ezitere ya ozi na [[plat]] dị ka [[user]], nọmba ya bụ [[phone2]].",
        _st(("Ogui Road", "Zik Avenue", "Okpara Avenue", "Wetheral Road"), "No. {n} {s}, {t}", _pc("9")),
        (ng_nin,),
        _slash,
    ),
    Lang(
        "af",
        "ZA",
        "",
        (
            ("Johan van der Merwe", "Johan van der Merwe"),
            ("Annelie Botha", "Annelie Botha"),
            ("Pieter Pretorius", "Pieter Pretorius"),
            ("Marelize du Plessis", "Marelize du Plessis"),
            ("Hendrik Coetzee", "Hendrik Coetzee"),
            ("Elna Steyn", "Elna Steyn"),
        ),
        ("Bloemfontein", "Stellenbosch", "Pretoria", "Paarl", "George", "Upington", "Potchefstroom"),
        (
            "Verslag – aanlynvorm",
            "Naam en van",
            "Selfoon",
            "E-pos",
            "Dorp/stad",
            "Beskrywing",
            "ID-nommer van verdagte",
            "Geboortedatum",
            "Adres",
        ),
        "[[child]] ([[age]] jaar oud) van [[town]] het vertel dat [[sus]] ([[sage]]) vir haar geld aanbied vir foto's.",
        "Hy stuur boodskappe op [[plat]] as [[user]] en bel van [[phone2]].",
        _st(("Kerkstraat", "Voortrekkerweg", "Bloemstraat", "Eikelaan"), "{n} {s}, {t} {pc}", _pc("9999")),
        (ids.za_id,),
        _months(
            "Januarie Februarie Maart April Mei Junie Julie Augustus September Oktober November Desember", "{d} {m} {y}"
        ),
    ),
    Lang(
        "mt",
        "MT",
        "",
        (
            ("Joseph Borg", "Joseph Borg"),
            ("Maria Camilleri", "Maria Camilleri"),
            ("Daniel Farrugia", "Daniel Farrugia"),
            ("Rebecca Vella", "Rebecca Vella"),
            ("Mark Zammit", "Mark Zammit"),
            ("Charlene Grech", "Charlene Grech"),
        ),
        ("Birkirkara", "Mosta", "Qormi", "Żabbar", "Naxxar", "Rabat", "Żejtun"),
        (
            "Rapport – formola onlajn",
            "Isem u kunjom",
            "Mowbajl",
            "Email",
            "Lokalità",
            "Deskrizzjoni",
            "Numru tal-karta tal-identità",
            "Data tat-twelid",
            "Indirizz",
        ),
        "[[child]] ([[age]] sena) minn [[town]] qaltli li [[sus]] ([[sage]] sena) qed jitlobha ritratti.",
        "Jiktbilha fuq [[plat]] bħala [[user]] u jċempel minn [[phone2]].",
        _st(("Triq il-Kbira", "Triq San Pawl", "Triq il-Wied", "Triq ir-Repubblika"), "{n}, {s}, {t}", _pc("9")),
        (mt_id,),
        _months(
            "Jannar Frar Marzu April Mejju Ġunju Lulju Awwissu Settembru Ottubru Novembru Diċembru", "{d} ta' {m} {y}"
        ),
    ),
)
