"""Hand-written language data for the world_tips_j register (20 varieties).

Each entry: names, towns, address maker, phone region, ID maker, date writer,
field labels and free-text tip sentences with slots:
{P} person  {F} first name again  {Q} second person  {A} adult age  {K} child age
{T} town  {S} street address  {PH} phone  {D} birth date  {ID} national id
{E} e-mail  {C} condition  {X} criminal history  {U} username  {IB} IBAN
"""

from __future__ import annotations

import ids


def _w(s):
    return [x.strip() for x in s.split("|") if x.strip()]


def _digits(table):
    return str.maketrans("0123456789", table)


KHMER = _digits("០១២៣៤៥៦៧៨៩")
LAO = _digits("໐໑໒໓໔໕໖໗໘໙")
MYA = _digits("၀၁၂၃၄၅၆၇၈၉")
DEVA = _digits("०१२३४५६७८९")


def _num(rng, a, b):
    return rng.randint(a, b)


# ---------------------------------------------------------------- date writers
def d_eu(d, rng, months=None, sep=".", pat=None):
    if months and rng.random() < 0.6:
        return (pat or "{d} {m} {y}").format(d=d.day, m=months[d.month - 1], y=d.year)
    return f"{d.day:02d}{sep}{d.month:02d}{sep}{d.year}"


EU_MONTHS = {
    "eu": _w("urtarrila|otsaila|martxoa|apirila|maiatza|ekaina|uztaila|abuztua|iraila|urria|azaroa|abendua"),
    "cy": _w("Ionawr|Chwefror|Mawrth|Ebrill|Mai|Mehefin|Gorffennaf|Awst|Medi|Hydref|Tachwedd|Rhagfyr"),
    "ga": _w(
        "Eanáir|Feabhra|Márta|Aibreán|Bealtaine|Meitheamh|Iúil|Lúnasa|Meán Fómhair|Deireadh Fómhair|Samhain|Nollaig"
    ),
    "mt": _w("Jannar|Frar|Marzu|April|Mejju|Ġunju|Lulju|Awwissu|Settembru|Ottubru|Novembru|Diċembru"),
    "lb": _w("Januar|Februar|Mäerz|Abrëll|Mee|Juni|Juli|August|September|Oktober|November|Dezember"),
    "is": _w("janúar|febrúar|mars|apríl|maí|júní|júlí|ágúst|september|október|nóvember|desember"),
    "ka": _w("იანვარი|თებერვალი|მარტი|აპრილი|მაისი|ივნისი|ივლისი|აგვისტო|სექტემბერი|ოქტომბერი|ნოემბერი|დეკემბერი"),
    "hy": _w(
        "հունվարի|փետրվարի|մարտի|ապրիլի|մայիսի|հունիսի|հուլիսի|օգոստոսի|սեպտեմբերի|հոկտեմբերի|նոյեմբերի|դեկտեմբերի"
    ),
    "az": _w("yanvar|fevral|mart|aprel|may|iyun|iyul|avqust|sentyabr|oktyabr|noyabr|dekabr"),
    "kk": _w("қаңтар|ақпан|наурыз|сәуір|мамыр|маусым|шілде|тамыз|қыркүйек|қазан|қараша|желтоқсан"),
    "km": _w("មករា|កុម្ភៈ|មីនា|មេសា|ឧសភា|មិថុនា|កក្កដា|សីហា|កញ្ញា|តុលា|វិច្ឆិកា|ធ្នូ"),
    "lo": _w("ມັງກອນ|ກຸມພາ|ມີນາ|ເມສາ|ພຶດສະພາ|ມິຖຸນາ|ກໍລະກົດ|ສິງຫາ|ກັນຍາ|ຕຸລາ|ພະຈິກ|ທັນວາ"),
    "my": _w("ဇန်နဝါရီ|ဖေဖော်ဝါရီ|မတ်|ဧပြီ|မေ|ဇွန်|ဇူလိုင်|ဩဂုတ်|စက်တင်ဘာ|အောက်တိုဘာ|နိုဝင်ဘာ|ဒီဇင်ဘာ"),
    "si": _w("ජනවාරි|පෙබරවාරි|මාර්තු|අප්‍රේල්|මැයි|ජූනි|ජූලි|අගෝස්තු|සැප්තැම්බර්|ඔක්තෝබර්|නොවැම්බර්|දෙසැම්බර්"),
    "ne": _w("बैशाख|जेठ|असार|साउन|भदौ|असोज|कात्तिक|मंसिर|पुस|माघ|फागुन|चैत"),
    "am": _w("መስከረም|ጥቅምት|ኅዳር|ታኅሣሥ|ጥር|የካቲት|መጋቢት|ሚያዝያ|ግንቦት|ሰኔ|ሐምሌ|ነሐሴ"),
    "so": _w("Janaayo|Febraayo|Maarso|Abriil|Maajo|Juun|Luulyo|Agoosto|Sebtembar|Oktoobar|Nofembar|Desembar"),
    "yo": _w("Ṣẹ́rẹ́|Èrèlè|Ẹrẹ̀nà|Ìgbé|Ẹ̀bibi|Òkúdu|Agẹmọ|Ògún|Owewe|Ọ̀wàrà|Bélú|Ọ̀pẹ̀"),
    "zu": _w(
        "uMasingana|uNhlolanja|uNdasa|uMbasa|uNhlaba|uNhlangulana|uNtulikazi|uNcwaba|uMandulo|uMfumfu|uLwezi|uZibandlela"
    ),
}


def date_for(code, d, rng):
    m = EU_MONTHS.get(code, [])
    if code == "eu":
        return rng.choice(
            [
                f"{d.year}ko {m[d.month - 1]}ren {d.day}a",
                f"{d.year}/{d.month:02d}/{d.day:02d}",
            ]
        )
    if code in ("cy", "ga", "so"):
        return d_eu(d, rng, m, "/")
    if code == "mt":
        return rng.choice(
            [
                f"{d.day} ta' {m[d.month - 1]} {d.year}",
                f"{d.day:02d}/{d.month:02d}/{d.year}",
            ]
        )
    if code in ("lb", "is"):
        return d_eu(d, rng, m, ".", "{d}. {m} {y}")
    if code == "ka":
        return d_eu(d, rng, m, ".", "{d} {m}, {y}")
    if code == "hy":
        return rng.choice(
            [
                f"{d.year} թ. {m[d.month - 1]} {d.day}",
                f"{d.day:02d}.{d.month:02d}.{d.year}",
            ]
        )
    if code == "az":
        return d_eu(d, rng, m, ".", "{d} {m} {y}")
    if code == "kk":
        return rng.choice(
            [
                f"{d.year} жылғы {d.day} {m[d.month - 1]}",
                f"{d.day:02d}.{d.month:02d}.{d.year}",
            ]
        )
    if code == "mn":
        return rng.choice(
            [
                f"{d.year} оны {d.month} сарын {d.day}",
                f"{d.year}.{d.month:02d}.{d.day:02d}",
            ]
        )
    if code == "km":
        return rng.choice(
            [
                f"ថ្ងៃទី{d.day} ខែ{m[d.month - 1]} ឆ្នាំ{d.year}".translate(KHMER),
                f"{d.day:02d}/{d.month:02d}/{d.year}",
            ]
        )
    if code == "lo":
        return rng.choice(
            [
                f"ວັນທີ {d.day} {m[d.month - 1]} {d.year}",
                f"{d.day:02d}/{d.month:02d}/{d.year}",
                f"{d.day}/{d.month}/{d.year}".translate(LAO),
            ]
        )
    if code == "my":
        return rng.choice(
            [
                f"{d.year} ခုနှစ် {m[d.month - 1]}လ {d.day} ရက်".translate(MYA),
                f"{d.day}.{d.month}.{d.year}".translate(MYA),
            ]
        )
    if code == "si":
        return rng.choice(
            [
                f"{d.year} {m[d.month - 1]} {d.day}",
                f"{d.year}-{d.month:02d}-{d.day:02d}",
            ]
        )
    if code == "ne":
        bs_y = d.year + (57 if d.month >= 4 else 56)
        bs_m = (d.month - 4) % 12
        bs_d = (d.day + 15) % 30 + 1
        return rng.choice(
            [
                f"वि.सं. {bs_y} {m[bs_m]} {bs_d}".translate(DEVA),
                f"{bs_y}/{bs_m + 1:02d}/{bs_d:02d}".translate(DEVA),
                f"{bs_y}-{bs_m + 1:02d}-{bs_d:02d}",
            ]
        )
    if code == "am":
        ey = d.year - (7 if (d.month, d.day) >= (9, 11) else 8)
        em = (d.month - 9) % 12
        ed = (d.day + 19) % 30 + 1
        return rng.choice([f"{m[em]} {ed} ቀን {ey} ዓ.ም.", f"{ed:02d}/{em + 1:02d}/{ey}"])
    if code == "yo":
        return rng.choice(
            [
                f"Ọjọ́ {d.day} oṣù {m[d.month - 1]}, {d.year}",
                f"{d.day:02d}/{d.month:02d}/{d.year}",
            ]
        )
    if code == "zu":
        return rng.choice(
            [
                f"ngomhla ka-{d.day} ku{m[d.month - 1][1:]} {d.year}",
                f"{d.year}/{d.month:02d}/{d.day:02d}",
            ]
        )
    return d.isoformat()


# ---------------------------------------------------------------- addresses
def a_eu(rng, L):
    return f"{rng.choice(_w('Zabalbide kalea|Kale Nagusia|Askatasun etorbidea|Urdaneta kalea|San Frantzisko kalea|Erribera kalea'))} {rng.randint(1, 80)}, {rng.randint(1, 6)}. {rng.choice(['ezk.', 'esk.', 'erd.'])}"


def a_cy(rng, L):
    return f"{rng.randint(1, 90)} {rng.choice(_w('Stryd Fawr|Ffordd yr Orsaf|Lôn Ceiriog|Heol y Bont|Rhes Glan-y-môr|Stryd y Capel'))}"


def a_ga(rng, L):
    return f"{rng.randint(1, 90)} {rng.choice(_w('Sráid na Siopaí|Bóthar na Trá|Ascaill an Chaisleáin|Sráid Mhór|Bóthar an tSéipéil|Cearnóg an Mhargaidh'))}"


def a_mt(rng, L):
    return f"{rng.randint(1, 150)}, {rng.choice(_w('Triq il-Kbira|Triq San Ġorġ|Triq il-Wied|Triq Birbal|Triq il-Knisja|Triq id-Dawl'))}"


def a_lb(rng, L):
    return f"{rng.randint(1, 120)}, {rng.choice(_w('Haaptstrooss|Gaassestrooss|Kierchestrooss|Bréckestrooss|Schoulstrooss|Bahnhofstrooss'))}"


def a_is(rng, L):
    return f"{rng.choice(_w('Hringbraut|Tryggvagata|Laugavegur|Skólavörðustígur|Hafnarstræti|Kirkjuvegur'))} {rng.randint(1, 120)}"


def a_ka(rng, L):
    return f"{rng.choice(_w('ჭავჭავაძის გამზირი|რუსთაველის ქუჩა|აღმაშენებლის ხეივანი|ვაჟა-ფშაველას გამზირი|წერეთლის ქუჩა|გორგასლის ქუჩა'))} №{rng.randint(1, 120)}"


def a_hy(rng, L):
    return f"{rng.choice(_w('Աբովյան փողոց|Մաշտոցի պողոտա|Տիգրան Մեծի փողոց|Կոմիտասի պողոտա|Նալբանդյան փողոց'))} {rng.randint(1, 90)}, բն. {rng.randint(1, 60)}"


def a_az(rng, L):
    return f"{rng.choice(_w('Nizami küçəsi|Füzuli küçəsi|Azadlıq prospekti|Səməd Vurğun küçəsi|Xətai prospekti'))} {rng.randint(1, 150)}, mənzil {rng.randint(1, 90)}"


def a_kk(rng, L):
    return f"{rng.choice(_w('Абай даңғылы|Төле би көшесі|Сәтбаев көшесі|Желтоқсан көшесі|Бұқар жырау даңғылы'))}, {rng.randint(1, 150)}-үй, {rng.randint(1, 120)}-пәтер"


def a_mn(rng, L):
    return f"{rng.choice(_w('Баянзүрх|Сонгинохайрхан|Чингэлтэй|Хан-Уул|Баянгол'))} дүүрэг, {rng.randint(1, 30)}-р хороо, {rng.randint(1, 80)}-р байр, {rng.randint(1, 120)} тоот"


def a_km(rng, L):
    return f"ផ្ទះលេខ {rng.randint(1, 300)} ផ្លូវ {rng.randint(1, 600)} សង្កាត់{rng.choice(_w('ទួលទំពូង|បឹងកេងកង|ស្ទឹងមានជ័យ|ទឹកល្អក់'))}".translate(
        KHMER if rng.random() < 0.6 else _digits("0123456789")
    )


def a_lo(rng, L):
    return f"ເຮືອນເລກທີ {rng.randint(1, 200)}, ໜ່ວຍ {rng.randint(1, 20)}, ບ້ານ{rng.choice(_w('ໂພນສະຫວັນ|ສີສະຫວາດ|ໜອງບອນ|ດົງປ່າລານ|ທາດຫຼວງ'))}"


def a_my(rng, L):
    return f"အမှတ် {rng.randint(1, 200)}၊ {rng.choice(_w('ဗိုလ်ချုပ်လမ်း|ကမ်းနားလမ်း|ပြည်လမ်း|သီရိမင်္ဂလာလမ်း|၃၅ လမ်း'))}၊ {rng.randint(1, 15)} ရပ်ကွက်".translate(
        MYA
    )


def a_si(rng, L):
    return (
        f"නො. {rng.randint(1, 300)}/{rng.randint(1, 9)}, {rng.choice(_w('ධර්මපාල මාවත|ගාලු පාර|පන්සල පාර|මහනුවර පාර|ස්ටේෂන් පාර'))}"
    )


def a_ne(rng, L):
    return (
        f"घर नं. {rng.randint(1, 400)}, {rng.choice(_w('लेकसाइड मार्ग|नयाँ बानेश्वर|पुल्चोक मार्ग|धर्मपथ|महेन्द्रपथ'))}".translate(
            DEVA if rng.random() < 0.5 else _digits("0123456789")
        )
    )


def a_am(rng, L):
    return f"{rng.choice(_w('ቦሌ|ቂርቆስ|ልደታ|የካ|ኮልፌ ቀራኒዮ'))} ክፍለ ከተማ፣ ወረዳ {rng.randint(1, 14):02d}፣ የቤት ቁጥር {rng.randint(100, 2999)}"


def a_so(rng, L):
    return (
        f"Waddada {rng.choice(_w('Makka Al-Mukarama|Wadnaha|Sodonka|Jigjiga Yar|Maka'))}, guriga {rng.randint(1, 300)}"
    )


def a_yo(rng, L):
    return f"Nọ́mbà {rng.randint(1, 120)}, Òpópónà {rng.choice(_w('Bódìjà|Adéọlá Odẹ́kù|Ìwó|Oníyanrin|Agodi Gate'))}"


def a_zu(rng, L):
    return f"{rng.randint(1, 9999)} {rng.choice(_w('uMgwaqo uBhejane|uMgwaqo uMkhumbane|iMathews Meyiwa Road|uMgwaqo uMngeni|Sibisi Street'))}"


# ---------------------------------------------------------------- id makers
def _fin_az(rng):
    return ids.letters(rng, 7, "0123456789ABCDEFGHJKLMNPQRSTUVWXYZ")


def _mn_reg(rng, d):
    return (
        rng.choice(["УБ", "ДА", "ЧО", "ЭН", "ТБ", "ОЮ"])
        + f"{d.year % 100:02d}{d.month + (20 if d.year >= 2000 else 0):02d}{d.day:02d}{ids.digits(rng, 2)}"
    )


def _mm_nrc(rng):
    if rng.random() < 0.7:
        return f"{rng.choice(['၁၂/ဗဟန', '၁၂/ကမရ', '၁၂/လမန', '၉/ချအ', '၉/မဟမ', '၁၀/မလမ'])}(နိုင်){ids.digits(rng, 6).translate(MYA)}"
    return f"{rng.choice(['12/BaHaNa', '12/KaMaYa', '9/MaHaMa'])}(N){ids.digits(rng, 6)}"


def _np_cit(rng):
    v = f"{rng.randint(1, 77):02d}-{rng.randint(1, 3):02d}-{rng.randint(60, 79)}-{ids.digits(rng, 5)}"
    return v.translate(DEVA) if rng.random() < 0.5 else v


ID_MAKERS = {
    "eu": lambda rng, d: ids.es_dni(rng),
    "cy": lambda rng, d: ids.gb_nino(rng),
    "ga": lambda rng, d: ids.ie_pps(rng),
    "mt": lambda rng, d: f"{ids.digits(rng, rng.choice([5, 6, 7]))}{rng.choice('MGAPLHB')}",
    "lb": lambda rng, d: ids.lu_matricule(rng, d),
    "is": lambda rng, d: ids.is_kennitala(rng, d),
    "ka": lambda rng, d: ids.digits(rng, 11, True),
    "hy": lambda rng, d: rng.choice(["AN", "AR", "AT"]) + ids.digits(rng, 7),
    "az": lambda rng, d: _fin_az(rng),
    "kk": lambda rng, d: ids.kz_iin(rng, d),
    "mn": _mn_reg,
    "km": lambda rng, d: ids.digits(rng, 9, True).translate(KHMER if rng.random() < 0.5 else _digits("0123456789")),
    "lo": lambda rng, d: f"{ids.digits(rng, 2)}-{ids.digits(rng, 8)}",
    "my": lambda rng, d: _mm_nrc(rng),
    "si": lambda rng, d: ids.lk_nic(rng, d),
    "ne": lambda rng, d: _np_cit(rng),
    "am": lambda rng, d: f"{ids.digits(rng, 4, True)} {ids.digits(rng, 4)} {ids.digits(rng, 4)}",
    "so": lambda rng, d: f"{ids.digits(rng, 3)}{ids.digits(rng, 3)}{ids.digits(rng, 3)}",
    "yo": lambda rng, d: ids.digits(rng, 11, True),
    "zu": lambda rng, d: ids.za_id(rng, d),
}
IBAN_CC = {
    "eu": None,
    "cy": "GB",
    "ga": "IE",
    "mt": "MT",
    "lb": "LU",
    "is": "IS",
    "ka": "GE",
    "az": "AZ",
    "kk": "KZ",
}


LANGS = {}


def _lang(code, **kw):
    kw["code"] = code
    LANGS[code] = kw


_lang(
    "eu",
    region="ES",
    addr=a_eu,
    fem=_w("Ainhoa|Maialen|Garazi|Amaia|Nahia|Irati|Edurne"),
    mal=_w("Iker|Unai|Gorka|Aitor|Jon Ander|Mikel|Xabier"),
    sur=_w("Etxeberria|Agirre|Goikoetxea|Urrutia|Arrieta|Zabaleta|Iturbe|Larrañaga"),
    two_surnames=True,
    towns=_w("Donostia|Gasteiz|Bilbo|Iruñea|Ondarroa|Azpeitia|Tolosa|Durango|Gernika|Eibar"),
    f={
        "tip": "Salaketa",
        "name": "Izena",
        "born": "Jaiotze-data",
        "age": "Adina",
        "town": "Herria",
        "addr": "Helbidea",
        "phone": "Telefonoa",
        "id": "NAN",
        "email": "Posta",
        "note": "Oharrak",
        "time": "Ordua",
        "subj": "Gaia",
        "who": "Nor",
        "what": "Zer",
    },
    med=_w("diabetesa|bihotz-gutxiegitasuna|depresio larria|epilepsia"),
    crime=_w("lapurreta batengatik kondenatua|bi aldiz atxilotua drogengatik|kartzelan egon zen lapurretagatik"),
    s=[
        "Kaixo, {P} salatu nahi dut. {A} urte ditu eta {T}n bizi da, {S} helbidean.",
        "Bere telefonoa {PH} da, baina ez du erantzuten. Jaio zen {D}.",
        "{F}k {C} dauka eta ez du tratamendurik hartzen, oso kezkatuta gaude.",
        "Iaz {X}, eta orain berriro hasi da gauzak saltzen auzoan.",
        "Bere alaba {K} urtekoa da eta egun osoa bakarrik egoten da etxean.",
        "Posta elektronikoa: {E}. NAN zenbakia uste dut {ID} dela.",
        "{Q} ere tartean dago, {P}ren koinatua.",
    ],
)
_lang(
    "cy",
    region="GB",
    addr=a_cy,
    fem=_w("Angharad|Eleri|Cerys|Nia|Lowri|Mererid|Gwenllian"),
    mal=_w("Dafydd|Iwan|Gwion|Rhys|Emyr|Huw|Llŷr"),
    sur=_w("Pritchard|ap Gwilym|Puw|Llywelyn|Bowen|Wyn|Parri|Tomos"),
    towns=_w("Caernarfon|Aberystwyth|Pwllheli|Llanelli|Bethesda|Porthmadog|Dolgellau|Machynlleth"),
    f={
        "tip": "Gwybodaeth",
        "name": "Enw",
        "born": "Dyddiad geni",
        "age": "Oed",
        "town": "Tref",
        "addr": "Cyfeiriad",
        "phone": "Ffôn",
        "id": "Rhif Yswiriant Gwladol",
        "email": "E-bost",
        "note": "Nodiadau",
        "time": "Amser",
        "subj": "Pwnc",
        "who": "Pwy",
        "what": "Beth",
    },
    med=_w("clefyd siwgr|iselder difrifol|epilepsi|dementia cynnar"),
    crime=_w("carcharwyd am ladrata|euog o ymosod|ei arestio am werthu cyffuriau"),
    s=[
        "Helo, dw i eisiau rhoi gwybod am {P}, sy'n {A} oed ac yn byw yn {S}, {T}.",
        "Mae ei rif ffôn yn {PH}. Ganwyd ar {D}.",
        "Mae gan {F} {C} ac nid yw'n cael help gan neb.",
        "Y llynedd cafodd ei {X}, ac mae'n ôl yn yr ardal nawr.",
        "Mae ei fab yn {K} oed ac yn aml ar ei ben ei hun gyda'r nos.",
        "E-bost: {E} — rhif yswiriant gwladol {ID} yn ôl y llythyr welais i.",
        "Mae {Q} yn ei helpu, mae'n dod o {T} hefyd.",
    ],
)
_lang(
    "ga",
    region="IE",
    addr=a_ga,
    fem=_w("Máire|Saoirse|Bríd|Éabha|Nóra|Síle|Aoibheann"),
    mal=_w("Seán|Diarmuid|Éamonn|Ciarán|Peadar|Lorcán|Donncha"),
    sur=_w("Ó Murchú|Ó Dónaill|Mac Aodha|de Búrca|Breathnach|Ó Flaithearta|Mac Suibhne"),
    sur_f=_w("Ní Mhurchú|Ní Dhónaill|Nic Aodha|de Búrca|Breathnach|Ní Fhlaithearta|Nic Suibhne"),
    towns=_w("Gaillimh|Trá Lí|An Daingean|Leitir Ceanainn|Cill Airne|Sligeach|Dún na nGall|Cathair na Mart"),
    f={
        "tip": "Eolas",
        "name": "Ainm",
        "born": "Dáta breithe",
        "age": "Aois",
        "town": "Baile",
        "addr": "Seoladh",
        "phone": "Fón",
        "id": "Uimhir PSP",
        "email": "Ríomhphost",
        "note": "Nótaí",
        "time": "Am",
        "subj": "Ábhar",
        "who": "Cé",
        "what": "Cad",
    },
    med=_w("diaibéiteas|dúlagar trom|scitsifréine|galar croí"),
    crime=_w("ciontaíodh é i ngadaíocht|gabhadh é as drugaí a dhíol|chaith sé bliain sa phríosún as ionsaí"),
    s=[
        "Dia duit, ba mhaith liom tuairisc a thabhairt faoi {P}, atá {A} bliain d'aois agus ina chónaí ag {S}, {T}.",
        "Is é {PH} an uimhir fóin atá aige. Rugadh é ar {D}.",
        "Tá {C} ar {F} agus níl aon chúnamh á fháil.",
        "Anuraidh {X}, agus tá sé ar ais sa cheantar anois.",
        "Tá a iníon {K} bliana d'aois agus fágtar ina haonar í go minic.",
        "Ríomhphost: {E}. Uimhir PSP {ID}, sílim.",
        "Tá baint ag {Q} leis freisin.",
    ],
)
_lang(
    "mt",
    region="MT",
    addr=a_mt,
    fem=_w("Marija|Doris|Graziella|Rita|Antonella|Ċettina|Maryrose"),
    mal=_w("Ġużeppi|Ċensu|Pawlu|Ninu|Karmenu|Mario|Ġorġ"),
    sur=_w("Borġ|Camilleri|Vella|Farrugia|Grech|Zammit|Micallef|Attard|Azzopardi|Spiteri"),
    towns=_w("Birkirkara|Ħal Qormi|Iż-Żejtun|Marsaskala|Ir-Rabat|Il-Ħamrun|Tas-Sliema|Ħaż-Żabbar|Il-Mosta"),
    f={
        "tip": "Informazzjoni",
        "name": "Isem",
        "born": "Data tat-twelid",
        "age": "Età",
        "town": "Lokalità",
        "addr": "Indirizz",
        "phone": "Telefon",
        "id": "Karta tal-Identità",
        "email": "Email",
        "note": "Noti",
        "time": "Ħin",
        "subj": "Suġġett",
        "who": "Min",
        "what": "X'ġara",
    },
    med=_w("id-dijabete|id-dipressjoni|l-epilessija|problemi tal-qalb"),
    crime=_w("kien ikkundannat għal serq|ġie arrestat għad-droga|għamel sentejn il-ħabs għal attakk"),
    s=[
        "Bonġu, irrid nirrapporta lil {P}, għandu {A} sena u joqgħod {S}, {T}.",
        "In-numru tal-mowbajl tiegħu hu {PH}. Twieled fil-{D}.",
        "{F} għandu {C} u ħadd mhu qed jgħinu.",
        "Is-sena l-oħra {X}, u issa reġa' beda.",
        "It-tifla tiegħu għandha {K} snin u tibqa' waħedha d-dar.",
        "L-email tiegħu {E}, u l-ID card {ID}.",
        "{Q} ukoll jaf kollox, staqsu lilu.",
    ],
)
_lang(
    "lb",
    region="LU",
    addr=a_lb,
    fem=_w("Nathalie|Tessy|Jill|Lynn|Myriam|Carole|Joëlle"),
    mal=_w("Jang|Pit|Gilles|Luc|Mett|Yves|Jempi"),
    sur=_w("Weber|Schmit|Hoffmann|Kieffer|Wagner|Thill|Reuter|Welter|Kremer"),
    towns=_w("Esch-Uelzecht|Déifferdeng|Dikrech|Ettelbréck|Wolz|Réimech|Iechternach|Miersch"),
    f={
        "tip": "Hiwäis",
        "name": "Numm",
        "born": "Gebuertsdatum",
        "age": "Alter",
        "town": "Uertschaft",
        "addr": "Adress",
        "phone": "Telefon",
        "id": "Matrikel",
        "email": "E-Mail",
        "note": "Notizen",
        "time": "Zäit",
        "subj": "Betreff",
        "who": "Wien",
        "what": "Wat",
    },
    med=_w("Zocker|eng schwéier Depressioun|Epilepsie|Alkoholproblemer"),
    crime=_w("gouf wéinst Déifstall veruerteelt|souz 18 Méint am Prisong|gouf wéinst Drogen festgeholl"),
    s=[
        "Moien, ech wëll eppes iwwer {P} mellen, hien ass {A} Joer al a wunnt {S} zu {T}.",
        "Seng Handysnummer ass {PH}. Gebuer den {D}.",
        "{F} huet {C} a kritt keng Hëllef.",
        "Lescht Joer {X}, an elo fänkt et erëm un.",
        "Säi Jong ass {K} Joer al a dacks eleng doheem.",
        "E-Mail: {E}, Matrikel {ID} (stung op engem Bréif).",
        "{Q} weess och Bescheed.",
    ],
)
_lang(
    "is",
    region="IS",
    addr=a_is,
    fem=_w("Guðrún|Sigríður|Ragnheiður|Þórdís|Hildur|Álfheiður|Eyrún"),
    mal=_w("Sigurður|Guðmundur|Ólafur|Þórður|Einar|Hrafn|Bjarki"),
    sur=_w("Jónsson|Sigurðsson|Einarsson|Ólafsson|Magnússon|Gunnarsson|Þórsson"),
    sur_f=_w("Jónsdóttir|Sigurðardóttir|Einarsdóttir|Ólafsdóttir|Magnúsdóttir|Gunnarsdóttir|Þórsdóttir"),
    towns=_w("Akureyri|Hafnarfjörður|Ísafjörður|Egilsstaðir|Selfoss|Kópavogur|Húsavík|Borgarnes"),
    f={
        "tip": "Ábending",
        "name": "Nafn",
        "born": "Fæðingardagur",
        "age": "Aldur",
        "town": "Bær",
        "addr": "Heimilisfang",
        "phone": "Sími",
        "id": "Kennitala",
        "email": "Netfang",
        "note": "Athugasemdir",
        "time": "Tími",
        "subj": "Efni",
        "who": "Hver",
        "what": "Hvað",
    },
    med=_w("sykursýki|alvarlegt þunglyndi|flogaveiki|hjartabilun"),
    crime=_w("var dæmdur fyrir þjófnað|sat inni fyrir líkamsárás|var handtekinn fyrir fíkniefnasölu"),
    s=[
        "Góðan dag, mig langar að tilkynna um {P}, {A} ára, sem býr á {S} í {T}.",
        "Síminn hjá honum er {PH}. Fæddur {D}.",
        "{F} er með {C} og fær enga aðstoð.",
        "Í fyrra {X} og nú er þetta byrjað aftur.",
        "Dóttir hans er {K} ára og er oft ein heima.",
        "Netfang: {E}, kennitala {ID}.",
        "{Q} veit líka af þessu.",
    ],
)
_lang(
    "ka",
    region="GE",
    addr=a_ka,
    fem=_w("ნინო|თამარ|მარიამ|ეკატერინე|ქეთევან|ნათია|სალომე"),
    mal=_w("გიორგი|დავით|ლევან|ზურაბ|ირაკლი|ნიკოლოზ|ლაშა"),
    sur=_w("ბერიძე|კაპანაძე|გელაშვილი|მაისურაძე|ლომიძე|ჯავახიშვილი|წიკლაური|ხარაიშვილი"),
    towns=_w("ქუთაისი|ბათუმი|რუსთავი|ზუგდიდი|თელავი|გორი|ფოთი|ბორჯომი"),
    f={
        "tip": "შეტყობინება",
        "name": "სახელი, გვარი",
        "born": "დაბადების თარიღი",
        "age": "ასაკი",
        "town": "ქალაქი",
        "addr": "მისამართი",
        "phone": "ტელეფონი",
        "id": "პირადი ნომერი",
        "email": "ელფოსტა",
        "note": "შენიშვნა",
        "time": "დრო",
        "subj": "თემა",
        "who": "ვინ",
        "what": "რა",
    },
    med=_w("შაქრიანი დიაბეტი|მძიმე დეპრესია|ეპილეფსია|გულის უკმარისობა"),
    crime=_w("ნასამართლევია ქურდობისთვის|დააკავეს ნარკოტიკების გამო|ორი წელი იჯდა ციხეში ძარცვისთვის"),
    s=[
        "გამარჯობა, მინდა შეგატყობინოთ {P}-ის შესახებ. ასაკი: {A} წელი, ცხოვრობს მისამართზე {S} (ქალაქი {T}).",
        "მისი ტელეფონია {PH}. დაბადებულია {D}.",
        "{F}-ს აქვს {C} და არავინ ეხმარება.",
        "შარშან {X}, ახლა ისევ დაიწყო.",
        "მისი შვილი {K} წლისაა და ხშირად მარტოა სახლში.",
        "ელფოსტა: {E}, პირადი ნომერი {ID}.",
        "{Q}-მაც იცის ყველაფერი.",
    ],
)
_lang(
    "hy",
    region="AM",
    addr=a_hy,
    fem=_w("Անի|Նարինե|Լուսինե|Մարիամ|Սոնա|Գայանե|Սյուզաննա"),
    mal=_w("Արամ|Տիգրան|Հայկ|Դավիթ|Գևորգ|Արմեն|Վահե"),
    sur=_w("Պետրոսյան|Հովհաննիսյան|Սարգսյան|Գրիգորյան|Մկրտչյան|Ավետիսյան|Ղազարյան"),
    towns=_w("Գյումրի|Վանաձոր|Էջմիածին|Աբովյան|Կապան|Գորիս|Դիլիջան|Հրազդան"),
    f={
        "tip": "Ահազանգ",
        "name": "Անուն, ազգանուն",
        "born": "Ծննդյան ամսաթիվ",
        "age": "Տարիք",
        "town": "Քաղաք",
        "addr": "Հասցե",
        "phone": "Հեռախոս",
        "id": "Անձնագիր",
        "email": "Էլ. փոստ",
        "note": "Նշումներ",
        "time": "Ժամ",
        "subj": "Թեմա",
        "who": "Ով",
        "what": "Ինչ",
    },
    med=_w("շաքարային դիաբետ|ծանր դեպրեսիա|էպիլեպսիա|սրտի անբավարարություն"),
    crime=_w("դատապարտվել է գողության համար|ձերբակալվել է թմրանյութերի համար|երկու տարի նստել է կողոպուտի համար"),
    s=[
        "Բարև ձեզ, ուզում եմ տեղեկացնել {P}-ի մասին։ Նա {A} տարեկան է, ապրում է {S} հասցեում, {T} քաղաքում։",
        "Նրա հեռախոսահամարն է {PH}։ Ծնվել է {D}։",
        "{F}-ն ունի {C}, և ոչ ոք չի օգնում։",
        "Անցյալ տարի {X}, հիմա նորից սկսել է։",
        "Նրա երեխան {K} տարեկան է և հաճախ մենակ է մնում։",
        "Էլ. փոստ՝ {E}, անձնագիր՝ {ID}։",
        "{Q}-ն էլ գիտի այդ մասին։",
    ],
)
_lang(
    "az",
    region="AZ",
    addr=a_az,
    fem=_w("Aynur|Günay|Səbinə|Nərmin|Leyla|Aytən|Könül"),
    mal=_w("Elvin|Rəşad|Orxan|Tural|Vüqar|Kamran|Fərid"),
    sur=_w("Məmmədov|Hüseynov|Quliyev|Həsənov|İsmayılov|Rzayev|Əhmədov"),
    fem_suffix="a",
    towns=_w("Gəncə|Sumqayıt|Lənkəran|Şəki|Quba|Mingəçevir|Şirvan|Naxçıvan"),
    f={
        "tip": "Məlumat",
        "name": "Ad, soyad",
        "born": "Doğum tarixi",
        "age": "Yaş",
        "town": "Şəhər",
        "addr": "Ünvan",
        "phone": "Telefon",
        "id": "FİN",
        "email": "E-poçt",
        "note": "Qeyd",
        "time": "Vaxt",
        "subj": "Mövzu",
        "who": "Kim",
        "what": "Nə",
    },
    med=_w("şəkərli diabet|ağır depressiya|epilepsiya|ürək çatışmazlığı"),
    crime=_w("oğurluğa görə məhkum olunub|narkotikə görə saxlanılıb|iki il həbsdə yatıb"),
    s=[
        "Salam, {P} haqqında məlumat vermək istəyirəm. {A} yaşı var, {T} şəhərində, {S} ünvanında yaşayır.",
        "Telefon nömrəsi {PH}. Doğum tarixi: {D}.",
        "{F} {C} xəstəsidir və heç kim kömək etmir.",
        "Keçən il {X}, indi yenə başlayıb.",
        "Uşağı {K} yaşındadır, çox vaxt evdə tək qalır.",
        "E-poçt: {E}, FİN kodu {ID}.",
        "{Q} də bu işdən xəbərdardır.",
    ],
)
_lang(
    "kk",
    region="KZ",
    addr=a_kk,
    fem=_w("Айгүл|Динара|Жанар|Аружан|Гүлнар|Әсел|Мөлдір"),
    mal=_w("Ерлан|Нұрлан|Бауыржан|Асқар|Дәурен|Ержан|Талғат"),
    sur=_w("Әбенов|Құрманов|Серікбаев|Оспанов|Бекмұхамбетов|Жақыпов|Сәрсенбаев"),
    fem_suffix="а",
    towns=_w("Қарағанды|Шымкент|Ақтөбе|Павлодар|Өскемен|Семей|Тараз|Атырау"),
    f={
        "tip": "Хабарлама",
        "name": "Аты-жөні",
        "born": "Туған күні",
        "age": "Жасы",
        "town": "Қала",
        "addr": "Мекенжай",
        "phone": "Телефон",
        "id": "ЖСН",
        "email": "Эл. пошта",
        "note": "Ескерту",
        "time": "Уақыт",
        "subj": "Тақырып",
        "who": "Кім",
        "what": "Не",
    },
    med=_w("қант диабеті|ауыр депрессия|эпилепсия|жүрек жетіспеушілігі"),
    crime=_w("ұрлық үшін сотталған|есірткі үшін ұсталған|тонау үшін екі жыл отырған"),
    s=[
        "Сәлеметсіз бе, {P} туралы хабарлағым келеді. Жасы {A}-та, {T} қаласында, {S} мекенжайында тұрады.",
        "Телефоны {PH}. Туған күні {D}.",
        "{F} {C} ауруымен ауырады, ешкім көмектеспейді.",
        "Былтыр {X}, қазір қайтадан бастады.",
        "Баласы {K} жаста, көбіне үйде жалғыз қалады.",
        "Эл. пошта: {E}, ЖСН {ID}.",
        "{Q} да бұл туралы біледі.",
    ],
)
_lang(
    "mn",
    region="MN",
    addr=a_mn,
    fem=_w("Оюунчимэг|Сарангэрэл|Нарантуяа|Энхтуяа|Болормаа|Ариунаа|Номин"),
    mal=_w("Батбаяр|Ганбаатар|Төмөрбаатар|Мөнх-Эрдэнэ|Очирбат|Энхболд|Тэмүүлэн"),
    sur=_w("Батын|Болдын|Дашийн|Ганзоригийн|Лхагвасүрэнгийн|Цэрэнгийн|Нямдоржийн"),
    mongol=True,
    towns=_w("Дархан|Эрдэнэт|Чойбалсан|Мөрөн|Баянхонгор|Ховд|Сайншанд|Зуунмод"),
    f={
        "tip": "Мэдээлэл",
        "name": "Овог нэр",
        "born": "Төрсөн огноо",
        "age": "Нас",
        "town": "Хот",
        "addr": "Хаяг",
        "phone": "Утас",
        "id": "Регистрийн дугаар",
        "email": "И-мэйл",
        "note": "Тэмдэглэл",
        "time": "Цаг",
        "subj": "Сэдэв",
        "who": "Хэн",
        "what": "Юу",
    },
    med=_w("чихрийн шижин|хүнд сэтгэл гутрал|эпилепси|зүрхний дутагдал"),
    crime=_w("хулгайн хэргээр ял эдэлсэн|хар тамхины хэргээр баривчлагдсан|дээрмийн хэргээр хоёр жил хоригдсон"),
    s=[
        "Сайн байна уу, {P}-ийн талаар мэдээлэх гэсэн юм. {A} настай, {T} хотод, {S} хаягт амьдардаг.",
        "Утас нь {PH}. Төрсөн огноо {D}.",
        "{F} {C} өвчтэй, хэн ч тусалдаггүй.",
        "Өнгөрсөн жил {X}, одоо дахиад эхэлсэн.",
        "Хүүхэд нь {K} настай, ихэнхдээ гэртээ ганцаараа үлддэг.",
        "И-мэйл: {E}, регистр {ID}.",
        "{Q} ч бас мэднэ.",
    ],
)
_lang(
    "km",
    region="KH",
    addr=a_km,
    fem=_w("សុភា|ចាន់ធី|ស្រីពៅ|ដាវីន|រស្មី|សុធារី"),
    mal=_w("សុខា|វណ្ណៈ|ពិសិដ្ឋ|រតនា|ចន្ថា|វិចិត្រ"),
    sur=_w("សុខ|ចាន់|គឹម|ហេង|លី|ម៉ៅ|ឈឹម"),
    family_first=True,
    digits=KHMER,
    towns=_w("បាត់ដំបង|សៀមរាប|កំពត|តាកែវ|កំពង់ចាម|ព្រះសីហនុ|ប៉ោយប៉ែត"),
    f={
        "tip": "ព័ត៌មាន",
        "name": "ឈ្មោះ",
        "born": "ថ្ងៃខែឆ្នាំកំណើត",
        "age": "អាយុ",
        "town": "ខេត្ត/ក្រុង",
        "addr": "អាសយដ្ឋាន",
        "phone": "ទូរស័ព្ទ",
        "id": "អត្តសញ្ញាណប័ណ្ណ",
        "email": "អ៊ីមែល",
        "note": "កំណត់សម្គាល់",
        "time": "ម៉ោង",
        "subj": "ប្រធានបទ",
        "who": "នរណា",
        "what": "អ្វី",
    },
    med=_w("ជំងឺទឹកនោមផ្អែម|ជំងឺបាក់ទឹកចិត្តធ្ងន់ធ្ងរ|ជំងឺឆ្កួតជ្រូក|ជំងឺបេះដូង"),
    crime=_w("ធ្លាប់ជាប់ពន្ធនាគារពីបទលួច|ត្រូវបានចាប់ខ្លួនពីបទគ្រឿងញៀន|ធ្លាប់ត្រូវតុលាការផ្តន្ទាទោសពីបទប្លន់"),
    s=[
        "ជម្រាបសួរ ខ្ញុំចង់រាយការណ៍អំពី {P} អាយុ {A} ឆ្នាំ រស់នៅ {S} ខេត្ត{T}។",
        "លេខទូរស័ព្ទរបស់គាត់គឺ {PH}។ កើតនៅ {D}។",
        "{F} មាន{C} ហើយគ្មាននរណាជួយទេ។",
        "កាលពីឆ្នាំមុន គាត់{X} ឥឡូវចាប់ផ្តើមម្តងទៀត។",
        "កូនរបស់គាត់អាយុ {K} ឆ្នាំ ហើយតែងតែនៅផ្ទះម្នាក់ឯង។",
        "អ៊ីមែល៖ {E} លេខអត្តសញ្ញាណប័ណ្ណ {ID}។",
        "{Q} ក៏ដឹងរឿងនេះដែរ។",
    ],
)
_lang(
    "lo",
    region="LA",
    addr=a_lo,
    fem=_w("ມະນີວອນ|ສົມຈິດ|ພອນທິບ|ແສງດາວ|ນິດຕະຍາ|ຄຳແພງ"),
    mal=_w("ສົມພອນ|ບຸນເລີດ|ທອງສຸກ|ສີສະຫວາດ|ຄຳຫຼ້າ|ວິໄລສັກ"),
    sur=_w("ພົມມະຈັນ|ສີສຸລາດ|ແກ້ວມະນີ|ວົງສະຫວັນ|ພິລາວັນ|ສຸວັນນະວົງ"),
    digits=LAO,
    towns=_w("ຫຼວງພະບາງ|ປາກເຊ|ສະຫວັນນະເຂດ|ທ່າແຂກ|ວັງວຽງ|ຫ້ວຍຊາຍ|ໂພນສະຫວັນ"),
    f={
        "tip": "ແຈ້ງຂໍ້ມູນ",
        "name": "ຊື່ ແລະ ນາມສະກຸນ",
        "born": "ວັນເດືອນປີເກີດ",
        "age": "ອາຍຸ",
        "town": "ເມືອງ",
        "addr": "ທີ່ຢູ່",
        "phone": "ເບີໂທ",
        "id": "ບັດປະຈຳຕົວ",
        "email": "ອີເມວ",
        "note": "ໝາຍເຫດ",
        "time": "ເວລາ",
        "subj": "ຫົວຂໍ້",
        "who": "ໃຜ",
        "what": "ຫຍັງ",
    },
    med=_w("ພະຍາດເບົາຫວານ|ພະຍາດຊຶມເສົ້າຮ້າຍແຮງ|ພະຍາດບ້າໝູ|ພະຍາດຫົວໃຈ"),
    crime=_w("ເຄີຍຕິດຄຸກຍ້ອນລັກຊັບ|ຖືກຈັບຍ້ອນຢາເສບຕິດ|ເຄີຍຖືກຕັດສິນລົງໂທດຍ້ອນປຸ້ນ"),
    s=[
        "ສະບາຍດີ, ຂ້ອຍຢາກແຈ້ງກ່ຽວກັບ {P}, ອາຍຸ {A} ປີ, ຢູ່ {S}, ເມືອງ {T}.",
        "ເບີໂທຂອງລາວແມ່ນ {PH}. ເກີດ {D}.",
        "{F} ເປັນ{C} ແລະ ບໍ່ມີໃຜຊ່ວຍ.",
        "ປີກາຍລາວ{X}, ດຽວນີ້ເລີ່ມອີກແລ້ວ.",
        "ລູກຂອງລາວອາຍຸ {K} ປີ ແລະ ມັກຢູ່ເຮືອນຄົນດຽວ.",
        "ອີເມວ: {E}, ເລກບັດປະຈຳຕົວ {ID}.",
        "{Q} ກໍ່ຮູ້ເລື່ອງນີ້.",
    ],
)
_lang(
    "my",
    region="MM",
    addr=a_my,
    fem=_w("နှင်းဝေ|သီတာအောင်|ခင်ဇာနည်|မေသူ|စန္ဒာမိုး|ဖြူဖြူသင်း"),
    mal=_w("ကျော်ဇင်|အောင်ကိုကို|မင်းထက်|ဇော်ဝင်း|သက်နိုင်|ဝေယံ"),
    sur=None,
    digits=MYA,
    honor=("ဒေါ်", "ဦး", "မ", "ကို"),
    towns=_w("မန္တလေး|မော်လမြိုင်|ပုသိမ်|တောင်ကြီး|မြစ်ကြီးနား|ပဲခူး|စစ်ကိုင်း"),
    f={
        "tip": "သတင်းပေးပို့ချက်",
        "name": "အမည်",
        "born": "မွေးသက္ကရာဇ်",
        "age": "အသက်",
        "town": "မြို့",
        "addr": "လိပ်စာ",
        "phone": "ဖုန်း",
        "id": "မှတ်ပုံတင်",
        "email": "အီးမေးလ်",
        "note": "မှတ်ချက်",
        "time": "အချိန်",
        "subj": "အကြောင်းအရာ",
        "who": "ဘယ်သူ",
        "what": "ဘာ",
    },
    med=_w("ဆီးချိုရောဂါ|စိတ်ကျရောဂါ|ဝက်ရူးပြန်ရောဂါ|နှလုံးရောဂါ"),
    crime=_w("ခိုးမှုဖြင့် ထောင်ကျဖူးသည်|မူးယစ်ဆေးဝါးမှုဖြင့် ဖမ်းဆီးခံရဖူးသည်|လုယက်မှုဖြင့် ပြစ်ဒဏ်ချခံရဖူးသည်"),
    s=[
        "မင်္ဂလာပါ၊ {P} အကြောင်း သတင်းပေးချင်ပါတယ်။ အသက် {A} နှစ်၊ {T}မြို့၊ {S} မှာ နေပါတယ်။",
        "သူ့ဖုန်းနံပါတ်က {PH} ပါ။ မွေးနေ့ {D}။",
        "{F} မှာ {C} ရှိပြီး ဘယ်သူမှ မကူညီပါဘူး။",
        "မနှစ်က သူ {X}၊ အခု ပြန်စလုပ်နေပါပြီ။",
        "သူ့ကလေးက အသက် {K} နှစ်ပဲ ရှိသေးပြီး အိမ်မှာ တစ်ယောက်တည်း နေရတယ်။",
        "အီးမေးလ် {E}၊ မှတ်ပုံတင် {ID}။",
        "{Q} လည်း ဒီကိစ္စ သိပါတယ်။",
    ],
)
_lang(
    "si",
    region="LK",
    addr=a_si,
    fem=_w("දිල්රුක්ෂි|සඳමාලි|නිරෝෂා|කුමුදිනී|තරුෂි|හංසිකා"),
    mal=_w("ප්‍රසන්න|චමින්ද|රුවන්|කසුන්|තිලක්|ලහිරු"),
    sur=_w("පෙරේරා|ජයසූරිය|බණ්ඩාර|රණසිංහ|ගුණවර්ධන|විජේසිංහ|හේරත්"),
    towns=_w("මහනුවර|ගාල්ල|කුරුණෑගල|මාතර|නුවරඑළිය|අනුරාධපුරය|මීගමුව|බදුල්ල"),
    f={
        "tip": "තොරතුරු",
        "name": "නම",
        "born": "උපන් දිනය",
        "age": "වයස",
        "town": "නගරය",
        "addr": "ලිපිනය",
        "phone": "දුරකථන",
        "id": "ජා.හැ.අ.",
        "email": "ඊමේල්",
        "note": "සටහන්",
        "time": "වේලාව",
        "subj": "මාතෘකාව",
        "who": "කවුද",
        "what": "මොකක්ද",
    },
    med=_w("දියවැඩියාව|දරුණු මානසික අවපීඩනය|අපස්මාරය|හෘද රෝගය"),
    crime=_w("සොරකම සඳහා සිරගත කර ඇත|මත්ද්‍රව්‍ය සම්බන්ධයෙන් අත්අඩංගුවට ගෙන ඇත|මංකොල්ලයක් සඳහා වසර දෙකක් හිරේ සිටියා"),
    s=[
        "ආයුබෝවන්, {P} ගැන තොරතුරක් දෙන්න ඕනේ. වයස {A}යි, {T}, {S} ලිපිනයේ ජීවත් වෙනවා.",
        "එයාගේ දුරකථන අංකය {PH}. උපන් දිනය {D}.",
        "{F}ට {C} තියෙනවා, කවුරුත් උදව් කරන්නේ නැහැ.",
        "ගිය අවුරුද්දේ {X}, දැන් ආයෙත් පටන් අරන්.",
        "එයාගේ දරුවාට වයස {K}යි, නිතරම ගෙදර තනියම ඉන්නවා.",
        "ඊමේල් {E}, ජා.හැ.අ. අංකය {ID}.",
        "{Q}ත් මේ ගැන දන්නවා.",
    ],
)
_lang(
    "ne",
    region="NP",
    addr=a_ne,
    fem=_w("सीता|सरस्वती|मनिषा|पूजा|अनिता|सुनिता|कल्पना"),
    mal=_w("बिकास|सुरेश|दीपक|प्रकाश|रमेश|सन्तोष|नवराज"),
    sur=_w("श्रेष्ठ|गुरुङ|तामाङ|अधिकारी|थापा|पौडेल|राई|मगर"),
    digits=DEVA,
    towns=_w("पोखरा|विराटनगर|भरतपुर|बुटवल|धरान|जनकपुर|ललितपुर|भक्तपुर"),
    f={
        "tip": "सूचना",
        "name": "नाम थर",
        "born": "जन्म मिति",
        "age": "उमेर",
        "town": "शहर",
        "addr": "ठेगाना",
        "phone": "फोन",
        "id": "नागरिकता नं.",
        "email": "इमेल",
        "note": "कैफियत",
        "time": "समय",
        "subj": "विषय",
        "who": "को",
        "what": "के",
    },
    med=_w("मधुमेह|गम्भीर डिप्रेसन|छारे रोग|मुटुको रोग"),
    crime=_w("चोरी मुद्दामा जेल परेका थिए|लागुऔषध मुद्दामा पक्राउ परेका थिए|डकैती मुद्दामा दुई वर्ष जेल बसेका थिए"),
    s=[
        "नमस्ते, म {P} को बारेमा जानकारी दिन चाहन्छु। उमेर {A} वर्ष, {T}, {S} मा बस्नुहुन्छ।",
        "उहाँको फोन नम्बर {PH} हो। जन्म मिति {D}।",
        "{F} लाई {C} छ र कसैले सहयोग गर्दैन।",
        "गत वर्ष उहाँ {X}, अहिले फेरि सुरु गर्नुभयो।",
        "उहाँको छोरी {K} वर्षकी छिन् र प्रायः घरमा एक्लै हुन्छिन्।",
        "इमेल {E}, नागरिकता नं. {ID}।",
        "{Q} लाई पनि यो कुरा थाहा छ।",
    ],
)
_lang(
    "am",
    region="ET",
    addr=a_am,
    fem=_w("ሰላም|መሰረት|ትዕግስት|ብርቱካን|ፍሬሕይወት|ሕይወት|ቤተልሔም"),
    mal=_w("ዳዊት|ተስፋዬ|ሙሉጌታ|ዮሐንስ|ብርሃኑ|ሰለሞን|ኤርሚያስ"),
    sur=_w("በቀለ|ወልደማርያም|ገብረሕይወት|ታደሰ|አበበ|ደምሴ|ከበደ|ጌታቸው"),
    towns=_w("አዳማ|ባሕር ዳር|ሐዋሳ|ጎንደር|መቐለ|ድሬ ዳዋ|ደሴ|ጅማ"),
    f={
        "tip": "ጥቆማ",
        "name": "ሙሉ ስም",
        "born": "የትውልድ ቀን",
        "age": "ዕድሜ",
        "town": "ከተማ",
        "addr": "አድራሻ",
        "phone": "ስልክ",
        "id": "ፋይዳ ቁጥር",
        "email": "ኢሜይል",
        "note": "ማስታወሻ",
        "time": "ሰዓት",
        "subj": "ርዕስ",
        "who": "ማን",
        "what": "ምን",
    },
    med=_w("የስኳር በሽታ|ከባድ የመንፈስ ጭንቀት|የሚጥል በሽታ|የልብ በሽታ"),
    crime=_w("በስርቆት ተፈርዶበት ታስሮ ነበር|በአደንዛዥ ዕፅ ተይዞ ነበር|በዝርፊያ ሁለት ዓመት ታስሮ ነበር"),
    s=[
        "ሰላም፣ ስለ {P} ጥቆማ መስጠት እፈልጋለሁ። ዕድሜው {A} ነው፣ በ{T} ከተማ {S} ይኖራል።",
        "ስልኩ {PH} ነው። የተወለደው {D}።",
        "{F} {C} አለበት፣ ማንም አይረዳውም።",
        "ባለፈው ዓመት {X}፣ አሁን እንደገና ጀምሯል።",
        "ልጁ {K} ዓመቱ ነው፣ ብዙ ጊዜ ቤት ውስጥ ብቻውን ይቀራል።",
        "ኢሜይል፡ {E}፣ ፋይዳ ቁጥር {ID}።",
        "{Q}ም ስለዚህ ጉዳይ ያውቃል።",
    ],
)
_lang(
    "so",
    region="SO",
    addr=a_so,
    fem=_w("Hodan|Ubax|Ifrah|Nimco|Sagal|Fardowsa|Hibo"),
    mal=_w("Cabdiraxmaan|Cabdullaahi|Maxamed|Xasan|Axmed|Guuleed|Liibaan"),
    sur=_w("Cali Warsame|Maxamuud Faarax|Xuseen Jaamac|Cismaan Nuur|Aadan Yuusuf|Ismaaciil Dirie"),
    towns=_w("Hargeysa|Burco|Boosaaso|Gaalkacyo|Kismaayo|Baydhabo|Beledweyne|Berbera"),
    f={
        "tip": "Warbixin",
        "name": "Magaca",
        "born": "Taariikhda dhalashada",
        "age": "Da'da",
        "town": "Magaalada",
        "addr": "Cinwaanka",
        "phone": "Taleefan",
        "id": "Aqoonsi",
        "email": "Iimayl",
        "note": "Faallo",
        "time": "Waqtiga",
        "subj": "Mawduuca",
        "who": "Yaa",
        "what": "Maxaa",
    },
    med=_w("sonkorow|niyad-jab daran|suuxdin (epilepsy)|cudurka wadnaha"),
    crime=_w("xabsi ayuu ku jiray xatooyo dartiis|waxaa loo xiray maandooriye|laba sano ayuu xiran jiray dhac awgiis"),
    s=[
        "Salaan, waxaan rabaa inaan ka warbixiyo {P}. Waa {A} jir, wuxuuna ku nool yahay {S}, {T}.",
        "Taleefankiisu waa {PH}. Wuxuu dhashay {D}.",
        "{F} wuxuu qabaa {C}, qofna ma caawiyo.",
        "Sanadkii hore {X}, hadda mar kale ayuu bilaabay.",
        "Wiilkiisu waa {K} jir, inta badan guriga keligiis ayuu joogaa.",
        "Iimayl: {E}, aqoonsi {ID}.",
        "{Q} isaguna wuu ogyahay arrintan.",
    ],
)
_lang(
    "yo",
    region="NG",
    addr=a_yo,
    fem=_w("Fúnmiláyọ̀|Adébọ́lá|Ìyábọ̀|Títílayọ̀|Morénikẹ́|Awẹ́ró"),
    mal=_w("Olúwaṣeun|Adéyẹmí|Bọ́láji|Kúnlé|Ayọ̀délé|Ọlálékan"),
    sur=_w("Adébáyọ̀|Ògúnlẹ́yẹ|Akíntọ́lá|Ọládipọ̀|Àjàyí|Fáṣọlá|Oyèwọ̀lé"),
    towns=_w("Ìbàdàn|Abẹ́òkúta|Òṣogbo|Ilé-Ifẹ̀|Ọ̀yọ́|Ògbómọ̀ṣọ́|Àkúrẹ́|Ìjẹ̀bú-Òde"),
    f={
        "tip": "Ìròyìn",
        "name": "Orúkọ",
        "born": "Ọjọ́ ìbí",
        "age": "Ọjọ́ orí",
        "town": "Ìlú",
        "addr": "Àdírẹ́sì",
        "phone": "Fóònù",
        "id": "NIN",
        "email": "Ímeèlì",
        "note": "Àkíyèsí",
        "time": "Àkókò",
        "subj": "Àkòrí",
        "who": "Ta ni",
        "what": "Kí ni",
    },
    med=_w("àtọ̀gbẹ|ìbànújẹ́ ọkàn tó lágbára|wárápá|àìsàn ọkàn"),
    crime=_w("wọ́n ti fi sẹ́wọ̀n nítorí olè jíjà|wọ́n mú un nítorí oògùn olóró|ó ṣẹ̀wọ̀n ọdún méjì nítorí ìdigunjalè"),
    s=[
        "Ẹ káàsán, mo fẹ́ sọ̀rọ̀ nípa {P}. Ọmọ ọdún {A} ni, ó ń gbé ní {S}, {T}.",
        "Nọ́mbà fóònù rẹ̀ ni {PH}. Wọ́n bí i ní {D}.",
        "{F} ní {C}, kò sí ẹni tó ń ràn án lọ́wọ́.",
        "Ní ọdún tó kọjá {X}, ó ti tún bẹ̀rẹ̀ báyìí.",
        "Ọmọ rẹ̀ jẹ́ ọmọ ọdún {K}, ó sábà máa ń dá wà nílé.",
        "Ímeèlì: {E}, NIN {ID}.",
        "{Q} náà mọ̀ nípa ọ̀rọ̀ yìí.",
    ],
)
_lang(
    "zu",
    region="ZA",
    addr=a_zu,
    fem=_w("Nomvula|Thandeka|Zanele|Nokuthula|Lindiwe|Ayanda|Nonhlanhla"),
    mal=_w("Sibusiso|Mandla|Themba|Bongani|Lungelo|Sifiso|Mthokozisi"),
    sur=_w("Dlamini|Ngcobo|Mkhize|Khumalo|Mthembu|Ndlovu|Shabalala|Zungu"),
    towns=_w("eThekwini|Pietermaritzburg|eMpangeni|Newcastle|eShowe|KwaMashu|uMlazi|eDundee"),
    f={
        "tip": "Umbiko",
        "name": "Igama",
        "born": "Usuku lokuzalwa",
        "age": "Iminyaka",
        "town": "Idolobha",
        "addr": "Ikheli",
        "phone": "Ucingo",
        "id": "Inombolo kamazisi",
        "email": "I-imeyili",
        "note": "Amanothi",
        "time": "Isikhathi",
        "subj": "Isihloko",
        "who": "Ubani",
        "what": "Yini",
    },
    med=_w("isifo sikashukela|ukucindezeleka okukhulu|isithuthwane|isifo senhliziyo"),
    crime=_w("wake waboshwa ngokweba|wabanjwa ngezidakamizwa|wagwetshwa iminyaka emibili ngokugebenga"),
    s=[
        "Sawubona, ngifuna ukubika ngo-{P}. Uneminyaka engu-{A}, uhlala ku-{S}, {T}.",
        "Inombolo yakhe yocingo ithi {PH}. Wazalwa {D}.",
        "U-{F} unesifo: {C}, akekho omsizayo.",
        "Ngonyaka odlule {X}, manje useqale futhi.",
        "Ingane yakhe ineminyaka engu-{K}, ivamise ukuba yodwa ekhaya.",
        "I-imeyili: {E}, inombolo kamazisi {ID}.",
        "U-{Q} naye uyazi ngalokhu.",
    ],
)

ORDER = [
    "eu",
    "cy",
    "ga",
    "mt",
    "lb",
    "is",
    "ka",
    "hy",
    "az",
    "kk",
    "mn",
    "km",
    "lo",
    "my",
    "si",
    "ne",
    "am",
    "so",
    "yo",
    "zu",
]
