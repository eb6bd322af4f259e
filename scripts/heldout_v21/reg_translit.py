"""Register 5: translit_tips — hotline tips typed in Latin transliteration / without diacritics.

Each language has three hand-written tip templates. Placeholders:
  {n} young person's name  {n2} second name  {s} other person's name  {a} minor's age  {aa} adult age
  {t} town  {u} handle  {ph} phone  {id} national id  {pl} plate  {addr} street address
  {m} medical condition  {o} sexual orientation  {g} gender identity  {e} email
Segments inside [[...]] are optional (kept with probability 0.55).
"""

import re

import ids
from common import (
    Doc,
    PER,
    USER,
    EMAIL,
    PHONE,
    ADDR,
    LOC,
    AGE,
    MINOR,
    NID,
    PLATE,
    MED,
    ORI,
    GID,
    CRIM,
    GEO,
    URL,
    person,
    phone,
    username,
    fold,
    email_for,
    coords,
)
from pools import NICKS

AGEW = {
    "ru": {
        12: "dvenadtsat",
        13: "trinadtsat",
        14: "chetyrnadcat",
        15: "pyatnadcat",
        16: "shestnadtsat",
        17: "semnadtsat",
        20: "dvadtsat",
        25: "dvadtsat pyat",
        30: "tridtsat",
        40: "sorok",
    },
    "uk": {
        12: "dvanadtsiat",
        13: "trynadtsiat",
        14: "chotyrnadtsiat",
        15: "piatnadtsiat",
        16: "shistnadtsiat",
        17: "simnadtsiat",
        20: "dvadtsiat",
        30: "trydtsiat",
        40: "sorok",
    },
    "el": {
        12: "dwdeka",
        13: "dekatria",
        14: "dekatessera",
        15: "dekapente",
        16: "dekaeksi",
        17: "dekaefta",
        20: "eikosi",
        30: "trianta",
        40: "saranta",
    },
    "ar": {
        12: "etnash",
        13: "talatash",
        14: "arba3tash",
        15: "5amastash",
        16: "settash",
        17: "saba3tash",
        20: "3ishreen",
        30: "talateen",
        40: "arba3een",
    },
    "hi": {
        12: "barah",
        13: "terah",
        14: "chaudah",
        15: "pandrah",
        16: "solah",
        17: "satrah",
        20: "bees",
        30: "tees",
        40: "chalees",
    },
    "ur": {
        12: "barah",
        13: "terah",
        14: "chodah",
        15: "pandrah",
        16: "sola",
        17: "satra",
        20: "bees",
        30: "tees",
        40: "chalees",
    },
    "fa": {
        12: "davazdah",
        13: "sizdah",
        14: "chahardah",
        15: "panzdah",
        16: "shanzdah",
        17: "hefdah",
        20: "bist",
        30: "si",
        40: "chehel",
    },
    "bn": {
        12: "baro",
        13: "tero",
        14: "choddo",
        15: "ponero",
        16: "sholo",
        17: "sotero",
        20: "kuri",
        30: "tirish",
        40: "chollish",
    },
    "ta": {
        12: "pannendu",
        13: "padhimoonu",
        14: "padhinaalu",
        15: "padhinanju",
        16: "padhinaaru",
        17: "padhinezhu",
        20: "irupadhu",
        30: "muppadhu",
        40: "naarpadhu",
    },
    "ja": {
        12: "juuni",
        13: "juusan",
        14: "juuyon",
        15: "juugo",
        16: "juuroku",
        17: "juunana",
        20: "hatachi",
        30: "sanjuu",
        40: "yonjuu",
    },
    "ko": {
        12: "yeoldul",
        13: "yeolse",
        14: "yeolne",
        15: "yeoldaseot",
        16: "yeoryeoseot",
        17: "yeorilgop",
        20: "seumu",
        30: "seoreun",
        40: "maheun",
    },
    "zh": {
        12: "shi'er",
        13: "shisan",
        14: "shisi",
        15: "shiwu",
        16: "shiliu",
        17: "shiqi",
        20: "ershi",
        30: "sanshi",
        40: "sishi",
    },
    "vi": {
        12: "muoi hai",
        13: "muoi ba",
        14: "muoi bon",
        15: "muoi lam",
        16: "muoi sau",
        17: "muoi bay",
        20: "hai muoi",
        30: "ba muoi",
        40: "bon muoi",
    },
    "th": {
        12: "sip song",
        13: "sip sam",
        14: "sip si",
        15: "sip ha",
        16: "sip hok",
        17: "sip jet",
        20: "yi sip",
        30: "sam sip",
        40: "si sip",
    },
    "tr": {
        12: "on iki",
        13: "on uc",
        14: "on dort",
        15: "on bes",
        16: "on alti",
        17: "on yedi",
        20: "yirmi",
        30: "otuz",
        40: "kirk",
    },
    "pl": {
        12: "dwanascie",
        13: "trzynascie",
        14: "czternascie",
        15: "pietnascie",
        16: "szesnascie",
        17: "siedemnascie",
        20: "dwadziescia",
        30: "trzydziesci",
        40: "czterdziesci",
    },
    "sr": {
        12: "dvanaest",
        13: "trinaest",
        14: "cetrnaest",
        15: "petnaest",
        16: "sesnaest",
        17: "sedamnaest",
        20: "dvadeset",
        30: "trideset",
        40: "cetrdeset",
    },
    "he": {
        12: "shteim esre",
        13: "shlosh esre",
        14: "arba esre",
        15: "chamesh esre",
        16: "shesh esre",
        17: "shva esre",
        20: "esrim",
        30: "shloshim",
        40: "arbaim",
    },
    "am": {
        12: "asra hulet",
        13: "asra sost",
        14: "asra arat",
        15: "asra amist",
        16: "asra sidist",
        17: "asra sebat",
        20: "haya",
        30: "selasa",
        40: "arba",
    },
    "yo": {
        12: "mejila",
        13: "metala",
        14: "merinla",
        15: "meedogun",
        16: "merindinlogun",
        17: "metadinlogun",
        20: "ogun",
        30: "ogbon",
        40: "ogoji",
    },
}

TOWNS = {
    "ru": ["Kazan", "Samara", "Tver", "Omsk", "Ekb", "Piter", "Krasnodar", "Voronezh", "Tula", "Ufa"],
    "uk": ["Kharkiv", "Lviv", "Vinnytsia", "Poltava", "Dnipro", "Zhytomyr", "Odesa", "Rivne", "Cherkasy"],
    "el": ["Thessaloniki", "Patra", "Larisa", "Volos", "Irakleio", "Peristeri", "Chalandri", "Giannena"],
    "ar": ["Irbid", "Zarqa", "Tripoli", "Saida", "Eskendereya", "Tanta", "Mansoura", "Zahle", "el Ma3adi"],
    "hi": ["Lucknow", "Kanpur", "Indore", "Patna", "Bhopal", "Noida", "Gurgaon", "Meerut", "Agra"],
    "ur": ["Lahore", "Multan", "Faisalabad", "Pindi", "Sialkot", "Gujranwala", "Karachi", "Peshawar"],
    "fa": ["Tabriz", "Shiraz", "Esfahan", "Mashhad", "Karaj", "Rasht", "Tehranpars", "Qom"],
    "bn": ["Sylhet", "Khulna", "Rajshahi", "Comilla", "Mirpur", "Barishal", "Uttara", "Narayanganj"],
    "ta": ["Madurai", "Kovai", "Trichy", "Salem", "Tirunelveli", "Velachery", "Tambaram", "Vellore"],
    "ja": ["Saitama", "Sapporo", "Sendai", "Kawasaki", "Fukuoka", "Shinjuku", "Nerima", "Hachioji"],
    "ko": ["Bucheon", "Suwon", "Daegu", "Incheon", "Gwangju", "Ilsan", "Bundang", "Jeonju"],
    "zh": ["Chengdu", "Wuhan", "Hefei", "Kunming", "Shenzhen", "Dongguan", "Changsha", "Zhengzhou"],
    "vi": ["Da Nang", "Hai Phong", "Can Tho", "Bien Hoa", "Nha Trang", "Thu Duc", "Go Vap", "Hue"],
    "th": ["Chiang Mai", "Khon Kaen", "Korat", "Hat Yai", "Udon", "Rayong", "Bang Na", "Pattaya"],
    "tr": ["Eskisehir", "Izmit", "Bursa", "Kayseri", "Konya", "Esenyurt", "Bagcilar", "Umraniye"],
    "pl": ["Lodz", "Wroclaw", "Poznan", "Gdansk", "Bialystok", "Rzeszow", "Lublin", "Nowa Huta"],
    "sr": ["Novi Sad", "Nis", "Kragujevac", "Cacak", "Zemun", "Subotica", "Pancevo", "Kraljevo"],
    "he": ["Holon", "Bat Yam", "Ashdod", "Beer Sheva", "Petah Tikva", "Haifa", "Netanya", "Rishon"],
    "am": ["Adama", "Bahir Dar", "Hawassa", "Gondar", "Mekelle", "Bole", "Dire Dawa", "Kality"],
    "yo": ["Ibadan", "Abeokuta", "Ogbomoso", "Ilorin", "Osogbo", "Ikorodu", "Ikeja", "Akure"],
}

# Inflected (oblique-case) forms aligned with TOWNS, for templates that use them as {tg}.
TOWNS_OBL = {
    "ru": ["Kazani", "Samary", "Tveri", "Omska", "Ekb", "Pitera", "Krasnodara", "Voronezha", "Tuly", "Ufy"],
    "uk": ["Kharkova", "Lvova", "Vinnytsi", "Poltavy", "Dnipra", "Zhytomyra", "Odesy", "Rivnoho", "Cherkas"],
    "pl": ["Lodzi", "Wroclawiu", "Poznaniu", "Gdansku", "Bialymstoku", "Rzeszowie", "Lublinie", "Nowej Hucie"],
    "sr": ["Novog Sada", "Nisa", "Kragujevca", "Cacka", "Zemuna", "Subotice", "Panceva", "Kraljeva"],
}


def _addr(rng, lang):
    n, k = rng.randint(1, 160), rng.randint(1, 120)
    return {
        "ru": lambda: (
            rng.choice(["ul. Lenina", "ul. Gagarina", "pr. Mira", "ul. Sovetskaya", "ul. Pushkina", "ul. Sadovaya"])
            + rng.choice([" %d, kv %d" % (n, k), " d%d kv%d" % (n, k), " %d-%d" % (n, k)])
        ),
        "uk": lambda: (
            rng.choice(["vul. Shevchenka", "vul. Franka", "prosp. Peremohy", "vul. Sadova", "vul. Hrushevskoho"])
            + " %d, kv. %d" % (n, k)
        ),
        "el": lambda: (
            rng.choice(["Egnatias", "Tsimiski", "Ermou", "Patision", "Kolokotroni", "Agiou Dimitriou"]) + " %d" % n
        ),
        "ar": lambda: rng.choice(
            [
                "%d share3 el Nasr" % n,
                "share3 el Hamra, bineye %d" % k,
                "%d share3 Faisal" % n,
                "share3 el Thawra 3omara %d" % k,
            ]
        ),
        "hi": lambda: rng.choice(
            ["H.No. %d, Shastri Nagar" % n, "makaan %d, gali no. %d" % (n, k % 12 + 1), "%d/%d Civil Lines" % (n, k)]
        ),
        "ur": lambda: rng.choice(
            ["House %d, Street %d, G-9/2" % (n, k % 30 + 1), "ghar no. %d, Model Town" % n, "%d-B Johar Town" % n]
        ),
        "fa": lambda: rng.choice(
            [
                "khiaban Azadi, koocheh %d, pelak %d" % (k % 20 + 1, n),
                "Valiasr, pelak %d" % n,
                "kooche Bahar, pelak %d, vahed %d" % (n, k % 12 + 1),
            ]
        ),
        "bn": lambda: rng.choice(
            ["House %d, Road %d, Block C" % (n, k % 20 + 1), "bari no. %d, road %d" % (n, k % 15 + 1)]
        ),
        "ta": lambda: rng.choice(
            ["No. %d, Gandhi Street" % n, "%d, 3rd Cross Street" % n, "No %d Kamarajar Salai" % n]
        ),
        "ja": lambda: (
            "%d-%d-%d %s"
            % (
                rng.randint(1, 5),
                rng.randint(1, 30),
                rng.randint(1, 20),
                rng.choice(["Toyotamakita", "Kitazawa", "Hiyoshi", "Daimyo", "Ichibancho"]),
            )
        ),
        "ko": lambda: rng.choice(["Sinchon-ro", "Teheran-ro", "Jungang-ro", "Gyeongin-ro"]) + " %d" % n,
        "zh": lambda: (
            rng.choice(["Renmin Lu", "Jiefang Dadao", "Zhongshan Lu", "Jianshe Lu"])
            + " %d hao" % n
            + rng.choice(["", " %d dong %d" % (k % 9 + 1, rng.randint(101, 1902))])
        ),
        "vi": lambda: rng.choice(
            ["%d Le Loi" % n, "%d Nguyen Trai" % n, "hem %d Tran Hung Dao" % n, "so %d ngo %d Kim Ma" % (n, k)]
        ),
        "th": lambda: rng.choice(
            [
                "Soi Sukhumvit %d" % (k % 70 + 1),
                "%d/%d Moo %d" % (n, k, k % 12 + 1),
                "%d Soi Ramkhamhaeng %d" % (n, k % 60 + 1),
            ]
        ),
        "tr": lambda: rng.choice(
            [
                "Ataturk Cad. No %d" % n,
                "Gul Sok. No:%d D:%d" % (n, k % 20 + 1),
                "Cumhuriyet Mah. Lale Sok. %d/%d" % (n, k % 12 + 1),
            ]
        ),
        "pl": lambda: rng.choice(
            ["ul. Dluga %d/%d" % (n, k), "ul. Mickiewicza %d m %d" % (n, k), "os. Tysiaclecia %d" % n]
        ),
        "sr": lambda: rng.choice(
            ["Bulevar oslobodjenja %d" % n, "Kneza Milosa %d" % n, "Cara Dusana %d/%d" % (n, k % 30 + 1)]
        ),
        "he": lambda: rng.choice(
            ["rehov Herzl %d" % n, "Rothschild %d" % n, "rehov HaNasi %d dira %d" % (n, k % 40 + 1)]
        ),
        "am": lambda: rng.choice(
            ["Kebele %02d, bet kutir %d" % (k % 20 + 1, n), "woreda %d, bet kutir %d" % (k % 12 + 1, n)]
        ),
        "yo": lambda: rng.choice(
            ["%d Allen Avenue" % n, "%d Ring Road" % n, "%d Awolowo Road" % n, "%d Agege Motor Road" % n]
        ),
    }[lang]()


PH_CC = {
    "ru": "RU",
    "uk": "UA",
    "el": "GR",
    "hi": "IN",
    "ur": "PK",
    "fa": "IR",
    "bn": "BD",
    "ta": "IN",
    "ja": "JP",
    "ko": "KR",
    "zh": "CN",
    "vi": "VN",
    "th": "TH",
    "tr": "TR",
    "pl": "PL",
    "sr": "RS",
    "he": "IL",
    "am": "ET",
    "yo": "NG",
}


def _nid(rng, lang, female, adult_age):
    dob = ids.dob_for_age(rng, adult_age)
    return {
        "ru": lambda: rng.choice([ids.ru_passport(rng), ids.ru_snils(rng)]),
        "uk": lambda: ids.ua_rnokpp(rng, dob, female),
        "el": lambda: ids.gr_amka(rng, dob),
        "ar": lambda: rng.choice([ids.eg_nid(rng, dob, female), ids.jo_nn(rng, female)]),
        "hi": lambda: ids.aadhaar(rng),
        "ur": lambda: ids.pk_cnic(rng, female),
        "fa": lambda: ids.ir_melli(rng),
        "bn": lambda: ids.bd_nid(rng),
        "ta": lambda: ids.aadhaar(rng),
        "ja": lambda: ids.jp_mynumber(rng),
        "ko": lambda: ids.kr_rrn(rng, dob, female),
        "zh": lambda: ids.cn_ric(rng, dob, female),
        "vi": lambda: ids.vn_cccd(rng, dob, female),
        "th": lambda: ids.th_pin(rng),
        "tr": lambda: ids.tr_tckimlik(rng),
        "pl": lambda: ids.pl_pesel(rng, dob, female),
        "sr": lambda: ids.rs_jmbg(rng, dob, female),
        "he": lambda: ids.il_id(rng),
        "am": lambda: ids.et_fin(rng),
        "yo": lambda: ids.ng_nin(rng),
    }[lang]()


def _plate(rng, lang):
    if lang == "ko":
        return "%d%s %s" % (
            rng.randint(10, 399),
            rng.choice(["ga", "na", "da", "ra", "ma", "geo", "neo", "deo", "ho", "ha"]),
            ids.d(rng, 4, True),
        )
    cc = {
        "ru": "RU_LAT",
        "uk": "UA",
        "el": "GR",
        "hi": "IN",
        "ur": "PK",
        "ta": "IN",
        "vi": "VN",
        "tr": "TR",
        "pl": "PL",
        "sr": "RS",
        "he": "IL",
        "yo": "NG",
        "fa": "IR",
    }.get(lang)
    p = ids.plate(rng, cc) if cc else ids.letters(rng, 3) + " " + ids.d(rng, 3)
    if lang == "sr":
        p = fold(p)
    return p


MEDS = {
    "ru": ["depressiya", "epilepsiya", "diabet", "anoreksiya"],
    "uk": ["depresiia", "astma", "epilepsiia"],
    "el": ["katathlipsi", "asthma", "diavitis"],
    "ar": ["sukkar", "rabw", "ekte2ab"],
    "hi": ["depression", "asthma", "sugar", "mirgi"],
    "ur": ["depression", "dama", "sugar"],
    "fa": ["afsordegi", "asm", "diabet"],
    "bn": ["depression", "hapani", "diabetes"],
    "ta": ["depression", "asthma", "sugar"],
    "ja": ["utsubyou", "zensoku", "tenkan"],
    "ko": ["uulleungjeung", "cheonsik", "dangnyo"],
    "zh": ["yiyuzheng", "xiaochuan", "tangniaobing"],
    "vi": ["tram cam", "hen suyen", "dong kinh"],
    "th": ["sueamsao", "hobhuet", "bao wan"],
    "tr": ["depresyon", "astim", "seker", "epilepsi"],
    "pl": ["depresje", "cukrzyce", "astme", "padaczke"],
    "sr": ["depresiju", "astmu", "dijabetes", "epilepsiju"],
    "he": ["dikaon", "astma", "sakeret"],
    "am": ["dibirt", "asm", "sukar"],
    "yo": ["depression", "asthma", "sickle cell"],
}
ORIS = {
    "ru": ["gey", "bi", "lesbiyanka"],
    "uk": ["hei", "bi"],
    "el": ["gay", "lesvia"],
    "ar": ["gay", "mithli"],
    "hi": ["gay", "bi"],
    "ur": ["gay"],
    "fa": ["gay", "hamjensgara"],
    "bn": ["gay", "somokami"],
    "ta": ["gay"],
    "ja": ["gei", "rezu", "bai"],
    "ko": ["gei", "reojeu"],
    "zh": ["tongxinglian", "gay"],
    "vi": ["gay", "les", "bisexual"],
    "th": ["gay", "tom", "dee"],
    "tr": ["gay", "escinsel", "bi"],
    "pl": ["gejem", "bi", "lesbijka"],
    "sr": ["gej", "lezbejka"],
    "he": ["homo", "lesbit", "bi"],
    "am": ["gay"],
    "yo": ["gay"],
}
GIDS = {
    "ru": ["trans", "nebinarnyi"],
    "uk": ["trans", "nebinarna"],
    "el": ["trans"],
    "ar": ["trans"],
    "hi": ["trans", "kinnar"],
    "ur": ["khwaja sira", "trans"],
    "fa": ["trans", "tarajensiti"],
    "bn": ["hijra", "trans"],
    "ta": ["thirunangai", "trans"],
    "ja": ["toransu", "x-jendaa"],
    "ko": ["teuraenseu"],
    "zh": ["kuaxingbie"],
    "vi": ["chuyen gioi", "trans"],
    "th": ["kathoey", "sao praphet song"],
    "tr": ["trans", "non-binary"],
    "pl": ["trans", "niebinarna"],
    "sr": ["trans"],
    "he": ["trans", "lo binari"],
    "am": ["trans"],
    "yo": ["trans"],
}

# Criminal-history phrases (span = the phrase) and extra optional sentences appended to some tips.
CRIMS = {
    "ru": ["sidel za krazhu", "byl osuzhden za narkotiki"],
    "uk": ["sydiv za hrabizh", "buv zasudzhenyi za shakhraistvo"],
    "el": ["exei katadikastei gia klopi", "exei kanei fylakh gia narkotika"],
    "ar": ["masjoon 3ashan sere2a", "ma7koom 3aleh b2adiyet mukhaddirat"],
    "hi": ["chori ke case me jail ja chuka hai", "pehle bhi giraftar ho chuka hai"],
    "ur": ["chori mein jail kaat chuka hai", "pehle bhi giraftar hua tha"],
    "fa": ["ghablan be khatere dozdi zendan bude", "sabeghe dare"],
    "bn": ["churir jonno jail khetechhe", "drug case e dhora porechhilo"],
    "ta": ["thiruttu case la jail la irundhavan", "ganja case la arrest aanavan"],
    "ja": ["mae ni settou de taiho sareta", "zenka ga aru"],
    "ko": ["jeoldo jeongwaga isseoyo", "mayak-euro jabhyeotdeon saram-ieyo"],
    "zh": ["yiqian yin toudao zuoguo lao", "you qianke"],
    "vi": ["tung di tu vi trom cap", "co tien an ma tuy"],
    "th": ["koey tid khuk khadi ya", "koey don jap khadi kamoy"],
    "tr": ["daha once hirsizliktan hapis yatmis", "sabikali"],
    "pl": ["siedzial juz za kradziez", "byl karany za narkotyki"],
    "sr": ["vec odlezao zbog kradje", "osudjivan za drogu"],
    "he": ["hu kvar yashav ba-kele al gneva", "yesh lo tik plili"],
    "am": ["kezih befit be serkot tasro neber", "be adenzaj isir neber"],
    "yo": ["won ti mu u tele fun ole jija", "o ti se ewon ri"],
}
EXTRA = {
    "ru": [" govoryat on uzhe {cr}.", " vot lokatsiya kotoruyu on skinul: {geo}", " ego pochta {e}"],
    "uk": [" kazhut vin uzhe {cr}.", " os lokatsiia: {geo}", " yoho profil {url}"],
    "el": [" leene oti {cr}.", " mou esteile topothesia: {geo}", " to email tou {e}"],
    "ar": [" bi2olo kan {cr}.", " hay el location: {geo}", " el profile taba3o {url}"],
    "hi": [" sunne me aaya woh {cr}.", " location bheja tha: {geo}", " uski id {url}"],
    "ur": [" suna hai woh {cr}.", " location ye hai: {geo}", " email {e}"],
    "fa": [" shenidam {cr}.", " location ro ferestad: {geo}", " profilesh {url}"],
    "bn": [" shunechi o {cr}.", " location: {geo}", " or email {e}"],
    "ta": [" avan {cr} nu solraanga.", " location anupinaan: {geo}", " profile link {url}"],
    "ja": [" uwasa de wa {cr} rashii.", " ichi jouhou: {geo}", " meruado {e}"],
    "ko": [" geu saram {cr}.", " wichi {geo}", " peuropil {url}"],
    "zh": [" tingshuo ta {cr}.", " dingwei: {geo}", " youxiang {e}"],
    "vi": [" nghe noi han {cr}.", " vi tri: {geo}", " link fb {url}"],
    "th": [" dai yin wa khao {cr}.", " location: {geo}", " email {e}"],
    "tr": [" duyduguma gore {cr}.", " konum atti: {geo}", " profili {url}"],
    "pl": [" podobno {cr}.", " wyslal lokalizacje: {geo}", " jego mail {e}"],
    "sr": [" kazu da je {cr}.", " lokacija: {geo}", " profil {url}"],
    "he": [" omrim she-{cr}.", " ha-mikum: {geo}", " ha-mail shelo {e}"],
    "am": [" {cr} yilalu.", " location: {geo}", " profile {url}"],
    "yo": [" won ni {cr}.", " location re: {geo}", " email re {e}"],
}
CENTER = {
    "ru": (55.8, 49.1),
    "uk": (49.8, 30.5),
    "el": (39.0, 22.5),
    "ar": (31.5, 35.5),
    "hi": (26.5, 80.3),
    "ur": (31.5, 74.3),
    "fa": (35.7, 51.4),
    "bn": (23.8, 90.4),
    "ta": (10.8, 78.7),
    "ja": (35.7, 139.7),
    "ko": (37.5, 127.0),
    "zh": (30.6, 114.3),
    "vi": (16.0, 108.2),
    "th": (13.8, 100.5),
    "tr": (40.2, 29.0),
    "pl": (52.2, 19.0),
    "sr": (44.8, 20.5),
    "he": (32.1, 34.8),
    "am": (9.0, 38.8),
    "yo": (7.4, 3.9),
}

T = {
    "ru": [
        "privet, ne znayu kuda eshe pisat 😢 moya podruga {n} ({a} let) iz {tg} perepisyvaetsya s kakim to tipom v tg, nik @{u}, on govorit chto emu {aa} no po foto yavno starshe. prosit ee skinut foto i zovet vstretitsya v subbotu. ego nomer {ph}.[[ u nee eshe {m}, ona i tak na tabletkah.]] pzhl pomogite, roditeli ne v kurse",
        "Zdravstvuite. Khochu soobshit: sosed {s}, let {aa}, zhivet {addr}, g. {t}. Kazhdyi vecher oret i b'yot syna {n}, malchiku {a}. [[Mashina u nego {pl}. ]]Moi nomer {ph}, esli nado moi pasport ili SNILS: {id}. Proshu ne govorit chto eto ya!!",
    ],
    "uk": [
        "pryvit. mii odnoklasnyk {n}, yomu {a}, z {tg}. yoho tsvkuiut u shkoli i znimaiut na video, vykladaiut v tiktok akaunt @{u} 😡[[ travliat bo vin {o}.]] ya boiusia shcho vin shchos sobi zrobyt. yoho mama {s}, nomer {ph}",
        "Dobryi den. Khochu povidomyty pro shakhraistvo: cholovik na imia {s} dzvonyv z nomera {ph}, predstavyvsia sluzhboiu bezpeky banku i vymahav kod z sms. Ya dala yomu svii RNOKPP {id} 😞 Meni {aa}, ya z {tg}, {addr}.[[ V mene {m}, ya duzhe perezhyvaiu.]]",
    ],
    "el": [
        "geia sas thelw na kanw mia katagelia. o filos mou o {n} einai {a} xronwn kai kapoios {s} tou stelnei mhnymata sto insta (@{u}) kai tou zhtaei lefta gia na mhn anevasei fwtografies tou 😰[[ ton koroidevoun hdh sto sxoleio epeidh einai {o}.]] menoume {t}. to kinhto tou tupou einai {ph}",
        "kalhspera. h geitonissa mas h {s} ({aa} xronwn) afhnei ta paidia ths monaxa olh mera, h mikrh h {n} einai mono {a}. diefthinsh: {addr}, {t}.[[ to amaksi ths exei pinakida {pl}.]] to thlefwno mou {ph}, den thelw na kserei oti egw to eipa",
    ],
    "ar": [
        "salam, ana 3ayza a2ol 7aga. sa7bti {n} 3andaha {a} sana w fi wa7ed esmo {s} bye2ollaha enno 7ay7ebha w bye3tiha flous. howa 3ando {aa} sana. 3ala insta esmo @{u}. raqamo {ph}. e7na sakneen fi {t} 😢[[ w hiya 3andaha {m} aslan.]] plz sa3dooni",
        "marhaba, badde eblagh 3an jari {s}, 3omro {aa}, bi darreb marto w wlado. ibno {n} 3omro {a} sneen. sakneen b {t}, {addr}. raqam el jar {ph}.[[ raqam hawiyyto {id}.]] ana ma baddi 7ada ya3ref eno ana 🙏",
    ],
    "hi": [
        "hello mujhe complaint karni hai. meri cousin {n} ({a} saal) ko ek ladka {s} insta pe @{u} se msg karta hai aur dhamki deta hai ki uski photos viral kar dega 😭 woh {t} me rehta hai, uska no. {ph} hai.[[ cousin ko pehle se {m} hai.]] plz help karo ghar pe kisi ko nahi pata",
        "Sir ek bacha {n}, umar lagbhag {a} saal, hamare mohalle {t} me dhabe pe kaam karta hai, malik {s} ({aa}) usse maarta hai. dhabe ka address {addr}. malik ka mobile {ph}[[, uski gaadi {pl}]]. mera Aadhaar chahiye to {id}",
    ],
    "ur": [
        "assalam o alaikum, meri behen {n} {a} saal ki hai aur uski shadi zabardasti {s} se kar rahe hain jo {aa} saal ka hai 😢 hum {t} mein rehte hain, {addr}. abbu ka number {ph} hai. plz kuch karein, CNIC {id} mera hai agar zaroorat ho",
        "bhai ek account @{u} bachon ki videos bech raha hai, naam {s} batata hai, {t} se hai. us ne mujhe {ph} se whatsapp kiya.[[ mera dost {n} ({a}) bhi us ke chakkar mein hai.]] mein {aa} saal ka hun, screenshots hain mere paas",
    ],
    "fa": [
        "salam, doostam {n} {a} salesh e va az khoone farar karde, az {t}. akharin bar ba ye pesari be esme {s} dide shode, instash @{u}.[[ {n} {m} dare va daroohash ro nabarde.]] shomare mamanesh {ph}. lotfan komak konid 🙏",
        "salam. man {aa} salame va ye nafar be esme {s} az shomare {ph} zang zad goft az banke va code melli mano khast, manam dadam: {id} 😞 hala az hesabam pool bardashtan. khoonam {t}-e, {addr}.",
    ],
    "bn": [
        "ami ekta complain korte chai. amar bandhobi {n}, boyosh {a}, {t} e thake. or chacha {s} ore biye dite chay ekta {aa} bochorer lok er sathe. {n} er phone {ph}.[[ or {m} ache, oshudh khay.]] please kichu korun 😢",
        "bhai facebook e ekta id ache @{u} naam diye {s}, o amar chhoto bhai {n} ({a}) ke online game e taka dite bolche ar bhoy dekhache. amader basa {addr}, {t}. amar number {ph}[[, NID {id}]]",
    ],
    "ta": [
        "vanakkam, en friend {n} ku {a} vayasu dhaan, aana avanga appa {s} avala school ku anuppama vela ku anupuraaru. {t} la irukkom. avaroda number {ph}.[[ avaluku {m} vera irukku.]] please help pannunga 🙏",
        "bro oru fake account @{u} en thambi {n} ({a}) kitta photos ketkuraan, illana leak pannuven nu miratturaan 😡 avan per {s}, {t} la irukaan nu solraan. avan number {ph}.[[ avan Aadhaar {id} nu oru screenshot anupinaan.]]",
    ],
    "ja": [
        "sumimasen, tomodachi no {n}-chan ({a}sai) ga SNS de shiriatta {s} to iu otoko ni ai ni iku tte itteru... aite wa {aa}sai tte itteru kedo hontou ka wakaranai. X no akaunto wa @{u}. {t} ni sundemasu. renraku wa {ph} made 😢",
        "tonari no heya ({addr}, {t}) kara maiban kodomo no nakigoe ga kikoemasu. {n}-chan, tabun {a}sai gurai. oya wa {s} san desu.[[ {n}-chan wa {m} de byouin ni kayotte iru rashii.]] watashi no denwa: {ph}",
    ],
    "ko": [
        "annyeonghaseyo.. je chingu {n}i ({a}sal)ga insta-eseo @{u} irang daehwahaneunde geu saram-i sajin bonaejwo hago mannaja haeyo. geu saram ireum-eun {s}, {aa}sal-irae yo. {t} salayo. je beonho {ph} 😭",
        "singo hamnida. yeopjip ajeossi {s}ga ai {n} ({a}sal)reul maeil ttaeryeoyo. juso {addr}, {t}.[[ ajeossi cha beonho {pl}.]] je yeollakcheo {ph}[[, jumin beonho {id}]] ipnida.",
    ],
    "zh": [
        "ni hao, wo tongxue {n} jinnian {a} sui, zai {t} shangxue. you ge jiao {s} de ren zai douyin (zhanghao {u}) shang gen ta liaotian, yao ta de zhaopian, hai shuo yao gei ta qian. ta de shoujihao shi {ph}.[[ {n} you {m}, wo hen danxin.]] qing bangbang mang 🙏",
        "wo yao jubao: wo linju {s} ({aa} sui) changchang da ta erzi {n}, xiaohai cai {a} sui. dizhi shi {t} {addr}. wo de shenfenzheng {id}, lianxi dianhua {ph}.",
    ],
    "vi": [
        "chao anh chi, em ten {n}, em {a} tuoi, o {t}. co mot nguoi tren facebook ten {s} nhan tin doi gap em, noi la se cho em tien 😟 nick cua no la {u}. so dt cua no {ph}.[[ em bi {m} nen em so lam.]] em phai lam sao a",
        "toi muon bao cao: o {addr}, {t} co mot ong ten {s} khoang {aa} tuoi hay danh con gai ten {n}, be moi {a} tuoi.[[ bien so xe may cua ong ta {pl}.]] sdt toi {ph}, CCCD {id}",
    ],
    "th": [
        "sawatdee krub, phom ja jaeng wa nong {n} aayu {a} pee ({t}) tuk kon chue {s} lok hai song roop pai hai, line id {u} 😢[[ nong pen {g} doen tuk klang duay.]] ber tho khong kao {ph} krub",
        "sawatdee ka, chan ja jaeng rueang pheuan ban chue {s} aayu {aa} pee, tee luk sao {n} ({a} kuab) tuk wan. ban yoo {addr}, {t}. ber tho chan {ph} ka[[, lek bat prachachon {id}]]",
    ],
    "tr": [
        "merhaba, arkadasim {n} {a} yasinda ve {s} diye biri instagramdan (@{u}) ona yazip bulusmak istiyor, kendisi {aa} yasindaymis 😡 {t}'de oturuyoruz. adamin numarasi {ph}.[[ {n} zaten {o} oldugu icin okulda zorbalik goruyor.]] ne yapmaliyiz??",
        "iyi gunler, komsumuz {s} cocuklarini dovuyor. kucuk olan {n} daha {a} yasinda. adres: {addr} {t}.[[ arabasinin plakasi {pl}.]] ihbar eden olarak TC {id}, tel {ph}",
    ],
    "pl": [
        "hej, moja kolezanka {n} ma {a} lat i jakis typ {s} pisze do niej na snapie ({u}), chce zeby przyjechala do niego, pisze ze mieszka w {tg} 😬 mowi ze ma {aa} lat ale chyba klamie. jego nr {ph}.[[ ona ma {m} i bierze leki.]] co robic?",
        "dzien dobry, chcialabym zglosic ze sasiad z {addr} w {tg}, pan {s}, pije i zostawia syna {n} ({a} lat) samego na cale noce.[[ jezdzi autem {pl}.]] moj nr {ph}, PESEL {id} jesli potrzebny",
    ],
    "sr": [
        "cao, drugarica {n} ima {a} godina i neki lik {s} joj salje poruke na instagramu @{u}, trazi slike 😢 on je iz {tg} i ima {aa} godina. njegov broj {ph}.[[ ona ima {m} i sad se ne javlja nikome.]] molim vas pomozite",
        "dobar dan, hocu da prijavim komsiju {s} sa adrese {addr}, {t}. tuce sina {n} koji ima {a} godina.[[ kola su mu {pl}.]] moj JMBG {id}, tel {ph}",
    ],
    "he": [
        "shalom, ani rotza lesaper al mashehu. haverah sheli {n} bat {a} ve yesh bachur {s} she-kotev la ba-insta (@{u}) u-mevakesh tmunot 😟 hu omer she-hu ben {aa}. hu gar be-{t}. ha-mispar shelo {ph}",
        "shalom, ha-shachen sheli {s} meche et ha-yeled shelo {n}, hu ben {a}. ha-ktovet: {addr}, {t}.[[ ha-yeled {g} ve-ha-aba lo mekabel et ze.]] ha-mispar sheli {ph}, teudat zehut {id}. al tagidu she-ani divachti",
    ],
    "am": [
        "selam, gwadegnaye {n} {a} ametua new. {s} yemibal sew be telegram @{u} lay yilakilatal, genzeb esetshalehu yilatal, foto yiteyikal 😢 {t} new yeminorew. silku {ph} new. ebakachihu erdun",
        "tena yistilign. gorebetachin {s} ({aa} amet) lijun {n} ({a} amet) yimetawal. bet {addr}, {t}. ye ene silk {ph}[[, Fayda {id}]]. sime endayawkut",
    ],
    "yo": [
        "e kaaro, mo fe so nipa ore mi {n}, omo odun {a} ni. okunrin kan {s} lati {t} n ba a soro lori instagram @{u}, o ni ki o fi aworan ranse 😢 nomba re ni {ph}.[[ {n} ni {m} tele.]] e jowo e ran wa lowo",
        "e ku ise, aladugbo wa {s} n lu omo re {n} ti o je omo odun {a}. adiresi: {addr}, {t}.[[ moto re ni {pl}.]] nomba mi {ph}, NIN mi {id}. e ma je ki won mo pe emi ni",
    ],
}

# (young person female?, other person female?) implied by each template's wording; None = either.
GENDER = {
    "ru": [(True, False), (False, False)],
    "uk": [(False, True), (None, False)],
    "el": [(False, False), (True, True)],
    "ar": [(True, False), (False, False)],
    "hi": [(True, False), (False, False)],
    "ur": [(True, False), (False, False)],
    "fa": [(None, False), (None, None)],
    "bn": [(True, False), (False, False)],
    "ta": [(True, False), (False, False)],
    "ja": [(None, False), (None, None)],
    "ko": [(None, None), (None, False)],
    "zh": [(None, None), (False, None)],
    "vi": [(None, None), (True, False)],
    "th": [(None, None), (True, None)],
    "tr": [(None, None), (None, None)],
    "pl": [(True, False), (False, False)],
    "sr": [(True, False), (False, False)],
    "he": [(True, False), (False, False)],
    "am": [(None, None), (None, None)],
    "yo": [(None, False), (None, None)],
}

# Third tip per language (different scenario).
T3 = {
    "ru": "mne {a}, menya shantazhiruyut 😭 paren s akkaunta @{u} skazal chto razoshlet moi foto vsem v shkole esli ne skinu 5k na kartu. pisal s nomera {ph}. ya iz {tg}, zovut {n}. ne govorite mame pzh",
    "uk": "Dobroho dnia. Bilia shkoly na {addr}, {t} kozhen den stoit avto {pl}, cholovik rokiv {aa} prodaie ditiam veipy i shchos shche. Zvut yoho {s}, tak do nyoho zvertaiutsia. Moi telefon {ph}.",
    "el": "h kori mou h {n} ({a} xronwn) den gyrise spiti apo xthes. teleftaia fora thn eidan me enan {s} sto {t}. to kinhto ths {ph} einai kleisto.[[ exei kai {m} kai den pire ta farmaka ths.]] 😢 parakalw voithiste",
    "ar": "ana 3omri {a} w fi wa7ed 3al snap @{u} 3am yhaddedni yenshor swari eza ma ba3atlo masari 😭 esmo {s} w raqamo {ph}. ana sakna b {t}. plz ma t2olo la ahli",
    "hi": "didi meri dost {n} ({a} saal) ne insta story pe likha ki woh marna chahti hai 😢 usko {m} hai aur ghar pe problems hain. woh {t} me rehti hai, {addr}. uska number {ph}. please jaldi kuch karo",
    "ur": "mujh se ek banda {s} ne {ph} se rabta kiya, kaha online job hai, pehle 5000 bhejo. mein ne {e} pe CV bheji aur CNIC ki copy bhi {id} 😞 mein {aa} saal ki hun, {t} se. ab woh number band hai",
    "fa": "salam, shoharam {s} mano kotak mizane, man {aa} salame va ye dokhtar {a} sale daram be esme {n}. khoonamoon {addr}, {t}. shomare man {ph}. lotfan be kasi nagid ke man zang zadam",
    "bn": "vai amader elakay {t} e ekta garments e choto meye {n}, boyosh {a} er moto, kaj kore. malik {s}, phone {ph}. factory {addr}. please check korben",
    "ta": "naan {n}, {a} vayasu, {t}. naan {g} nu school la ellarukum theriyum, ippo oru group la ennoda photos podraanga, admin @{u} 😭 en amma number {ph}",
    "ja": "watashi wa {n}, {a}sai desu. kurasu no hito ni ijimerarete imasu. LINE de shine tte okutte kuru no wa @{u} desu. {t} no chuugakkou ni kayotte imasu. okaasan no denwa {ph} 😢",
    "ko": "dongsaeng {n} ({a}sal)i eoje bam gachulhaesseoyo. insta ({u})e {t}eseo chingu {s}rang itdago ollyeosseoyo. dongsaeng pon {ph} kkeojyeo isseoyo 😭 jebal dowajuseyo",
    "zh": "wo ma {aa} sui, zuotian you ren da dianhua {ph}, shuo shi gong'anju de, rang ta ba qian zhuan dao anquan zhanghu, hai yao le ta de shenfenzheng hao {id}. ta zhu zai {t} {addr}. pianzi zicheng jiao {s}.",
    "vi": "ban em {n} ({a} tuoi) bi ca lop tay chay vi ban ay la {o} 😢 ban ay nhan tin cho em la muon chet. nha ban ay o {addr}, {t}. sdt ban ay {ph}. xin hay giup",
    "th": "mee kon kai ya hai dek nai soi klai rongrian {t} tuk yen, chue {s} aayu pramaan {aa} pee, IG {u}. ber tho khao {ph} ka",
    "tr": "yardim edin lutfen 😭 {a} yasindayim, @{u} hesabindan biri fotograflarimi yaymakla tehdit ediyor, para istiyor. numarasi {ph}. adim {n}, {t}'de oturuyorum. ailem bilmesin",
    "pl": "moj brat {n} ({a} lat) gra w fortnite i jakis gosc o nicku {u} namawia go na spotkanie, mowi ze mieszka w {tg}, wysyla mu doladowania. pisze z numeru {ph}. boje sie 😟",
    "sr": "pozvao me je neki {s} sa broja {ph}, rekao da je iz banke i trazio JMBG i broj kartice. dala sam mu JMBG {id} 😞 imam {aa} godina, ja sam iz {tg}. sta sad da radim",
    "he": "ha-ach sheli {n}, ben {a}, barach me-ha-bait etmol ba-layla. hu amar she-hu nosea le-{t} le-chaver she-korim lo {s}. ha-telefon shelo {ph} kavui. bevakasha tazru lanu",
    "am": "ehete {n} {a} ametua new, gin beteseboch le {s} ({aa} amet) lidarut new. {t} new yalenew. ye abate silk {ph}. ebakachihu yihen askumu",
    "yo": "okunrin kan {s} pe mi lori {ph}, o ni oun wa lati banki, o bere fun NIN mi, mo si fun un: {id} 😞 omo odun {aa} ni mi, mo n gbe ni {t}. jowo e ran mi lowo",
}
G3 = {
    "ru": (None, None),
    "uk": (None, False),
    "el": (True, False),
    "ar": (True, False),
    "hi": (True, None),
    "ur": (None, False),
    "fa": (True, False),
    "bn": (True, False),
    "ta": (None, None),
    "ja": (None, None),
    "ko": (None, None),
    "zh": (None, None),
    "vi": (None, None),
    "th": (None, None),
    "tr": (None, None),
    "pl": (False, None),
    "sr": (None, False),
    "he": (False, None),
    "am": (True, False),
    "yo": (None, False),
}
for _l in T3:
    T[_l].append(T3[_l])
    GENDER[_l].append(G3[_l])

LANGS = list(T)


def _age(rng, lang, n):
    w = AGEW[lang].get(n)
    return w if (w and rng.random() < 0.3) else str(n)


def render(rng, lang, which):
    tmpl = T[lang][which]
    kf, of = GENDER[lang][which]
    female = (rng.random() < 0.55) if kf is None else kf
    kid = person(rng, lang, female)
    other = person(rng, lang, (rng.random() < 0.3) if of is None else of)
    nk = NICKS.get(lang, [])
    n = fold(kid.first)
    if nk and kf is None and rng.random() < 0.4:
        n = rng.choice(nk)
    if rng.random() < 0.45:
        n = n.lower()
    s_full = fold(other.full())
    s = rng.choice([s_full, fold(other.first), fold(other.last), s_full.lower()])
    amin = rng.randint(11, 17)
    aad = rng.randint(19, 52)
    ti = rng.randrange(len(TOWNS[lang]))
    town = TOWNS[lang][ti]
    tg = TOWNS_OBL.get(lang, TOWNS[lang])[ti]
    low = rng.random() < 0.35
    slots = {
        "n": (n, PER),
        "n2": (fold(person(rng, lang).first), PER),
        "s": (s, PER),
        "a": (_age(rng, lang, amin), MINOR),
        "aa": (_age(rng, lang, aad), AGE),
        "t": (town.lower() if low else town, LOC),
        "tg": (tg.lower() if low else tg, LOC),
        "u": (username(rng, kid if rng.random() < 0.3 else None), USER),
        "ph": (
            phone(
                rng, PH_CC[lang] if lang != "ar" else rng.choice(["EG", "JO", "LB"]), mobile_only=rng.random() < 0.85
            ),
            PHONE,
        ),
        "id": (_nid(rng, lang, rng.random() < 0.5, aad), NID),
        "pl": (_plate(rng, lang), PLATE),
        "addr": (_addr(rng, lang), ADDR),
        "m": (rng.choice(MEDS[lang]), MED),
        "o": (rng.choice(ORIS[lang]), ORI),
        "g": (rng.choice(GIDS[lang]), GID),
        "e": (
            email_for(
                rng,
                other,
                {"ur": "XX", "ru": "RU", "uk": "UA", "zh": "CN", "ko": "KR", "ja": "JP", "tr": "TR", "el": "GR"}.get(
                    lang, "XX"
                ),
            ),
            EMAIL,
        ),
    }
    lat, lon = CENTER[lang]
    slots["cr"] = (rng.choice(CRIMS[lang]), CRIM)
    slots["geo"] = (coords(rng, lat, lon, style=rng.choice(["dec", "dec_nospace", "dec"]), jitter=0.4), GEO)
    hu = slots["u"][0]
    slots["url"] = (
        rng.choice(
            [
                "https://www.instagram.com/%s" % hu,
                "instagram.com/%s" % hu,
                "https://www.tiktok.com/@%s" % hu,
                "https://www.facebook.com/%s" % hu,
                "https://vk.com/%s" % hu if lang in ("ru", "uk") else "https://x.com/%s" % hu,
            ]
        ),
        URL,
    )
    if rng.random() < 0.45:
        tmpl = tmpl + rng.choice(EXTRA[lang])
    # optional segments
    parts = re.split(r"(\[\[.*?\]\])", tmpl)
    d = Doc()
    for part in parts:
        if part.startswith("[["):
            if rng.random() < 0.55:
                d.f(part[2:-2], **slots)
        else:
            d.f(part, **slots)
    if rng.random() < 0.3:
        d.t(rng.choice([" 🙏🙏", " !!!", " ...", " pls", " 😔"]))
    return d


def make_docs(rng_factory, count=80):
    """4 tips per language: each of the three templates once, plus one more chosen at random."""
    docs = []
    i = 0
    for lang in LANGS:
        plan_rng = rng_factory("plan-" + lang)
        plan = [0, 1, 2, plan_rng.randint(0, 2)]
        plan_rng.shuffle(plan)
        for k in range(count // len(LANGS)):
            rng = rng_factory(i)
            docs.append((lang, render(rng, lang, plan[k % len(plan)])))
            i += 1
    return docs
