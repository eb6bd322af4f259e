"""Registers and templates for the v9 held-out corpus."""

import datetime as dt

import sources as S
import values as V
from values import Doc, E

# ================================================================ shared helpers


LATIN = [c for c in S.EN_CULTURES if V.ascii_fold(S.CULTURES[c]["fam"][0])]


def per(rng, ref, minor=False, cul=None, latin=False, **kw):
    return V.Person(rng, cul or rng.choice(LATIN if latin else S.EN_CULTURES), ref, minor=minor, **kw)


def staff(rng, ref, n=1):
    out = [per(rng, ref, latin=True) for _ in range(n)]
    return out if n > 1 else out[0]


def dob(rng, p, us=None):
    return E(V.date_en(rng, p.dob, us), "DATE_OF_BIRTH")


def ph(rng, cc="US", **kw):
    return E(V.phone(rng, cc, **kw), "PHONE_NUMBER")


def em(rng, p=None, obf=0.0, dom=None):
    return E(V.email(rng, p, dom, obf), "EMAIL_ADDRESS")


def sem(p, dom):
    return E(V.staff_email(p, dom), "EMAIL_ADDRESS")


def box(rng, p, addr):
    k = rng.randrange(4)
    if k == 0:
        return ['"', E(p.full, "PERSON"), '" <', addr, ">"]
    if k == 1:
        return [E(p.full, "PERSON"), " <", addr, ">"]
    if k == 2 and p.order == "GF":
        return ['"', E(p.family + ", " + p.given, "PERSON"), '" <', addr, ">"]
    return [addr]


def rfc(rng, d):
    return f"{d:%a}, {d.day} {d:%b %Y} {rng.randint(7, 22):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d} {rng.choice(['+0000', '+0100', '+0200', '-0500'])}"


def quoted(doc, prefix="> "):
    out = [prefix]
    for p in doc.buf_parts:
        out.append(p.replace("\n", "\n" + prefix) if isinstance(p, str) else p)
    return out


def pron(p):
    return ("she", "her", "her") if p.sex == "F" else ("he", "him", "his")


def us_loc(rng):
    t, st = rng.choice(S.US_TOWNS)
    return E(t, "LOCATION"), st


def pick(rng, xs, label):
    return E(rng.choice(xs), label)


DISCLAIMER = [
    "CONFIDENTIALITY NOTICE: This e-mail and any attachments are intended solely for the addressee and may contain "
    "legally privileged information. If you have received it in error, please notify the sender and delete it.",
    "This message may contain OFFICIAL-SENSITIVE material. Do not forward outside the secure network.",
    "Diese E-Mail kann vertrauliche Informationen enthalten. / Ce message peut contenir des informations confidentielles.",
    "Please consider the environment before printing this e-mail.",
]


def F(rng, text, ctx, drop=0.3):
    return Doc().fill(text, ctx, rng, drop)


# ================================================================ native (16 languages)
C = S.C


def _ru_unit(n, one, few, many):
    if n % 10 == 1 and n % 100 != 11:
        return one
    if 2 <= n % 10 <= 4 and not 12 <= n % 100 <= 14:
        return few
    return many


def _months(s):
    return s.split()


def _dfmt(num, long_fn):
    def f(rng, d):
        return long_fn(d) if rng.random() < 0.4 else num(d)

    return f


M_ES = _months("enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre")
M_PT = _months("janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro")
M_FR = _months("janvier février mars avril mai juin juillet août septembre octobre novembre décembre")
M_DE = _months("Januar Februar März April Mai Juni Juli August September Oktober November Dezember")
M_IT = _months("gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre")
M_NL = _months("januari februari maart april mei juni juli augustus september oktober november december")
M_PL = _months("stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia")
M_TR = _months("Ocak Şubat Mart Nisan Mayıs Haziran Temmuz Ağustos Eylül Ekim Kasım Aralık")
M_RU = _months("января февраля марта апреля мая июня июля августа сентября октября ноября декабря")
M_UK = _months("січня лютого березня квітня травня червня липня серпня вересня жовтня листопада грудня")
M_HI = _months("जनवरी फ़रवरी मार्च अप्रैल मई जून जुलाई अगस्त सितंबर अक्टूबर नवंबर दिसंबर")
M_ID = _months("Januari Februari Maret April Mei Juni Juli Agustus September Oktober November Desember")
AR_DIG = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")


def _ja_era(d):
    if d >= dt.date(2019, 5, 1):
        e, y = "令和", d.year - 2018
    elif d >= dt.date(1989, 1, 8):
        e, y = "平成", d.year - 1988
    else:
        e, y = "昭和", d.year - 1925
    return f"{e}{'元' if y == 1 else y}年{d.month}月{d.day}日"


def _pl_unit(n):
    return " rok" if n == 1 else (" lata" if 2 <= n % 10 <= 4 and not 12 <= n % 100 <= 14 else " lat")


LANG = {
    "es": dict(
        cc="ES",
        cul="es",
        unit=lambda n: " años",
        id=lambda r, p: V.es_dni(r) if r.random() < 0.7 else V.es_nie(r),
        date=_dfmt(lambda d: f"{d:%d/%m/%Y}", lambda d: f"{d.day} de {M_ES[d.month - 1]} de {d.year}"),
        med=C("TDAH, trastorno del espectro autista, diabetes tipo 1, epilepsia, síndrome de Down"),
        crim=C(
            "condenado por abuso sexual a menores en 2014, condenado por violencia de género en 2019, en libertad condicional desde 2022"
        ),
        eth=C("de origen magrebí, de etnia gitana, latinoamericano"),
        gi=C("no binaria, trans"),
    ),
    "pt": dict(
        cc="BR",
        cul="pt_br",
        unit=lambda n: " anos",
        id=lambda r, p: V.br_cpf(r),
        date=_dfmt(lambda d: f"{d:%d/%m/%Y}", lambda d: f"{d.day} de {M_PT[d.month - 1]} de {d.year}"),
        med=C("TDAH, autismo, asma, anemia falciforme, epilepsia"),
        crim=C(
            "condenado por estupro de vulnerável em 2016, em liberdade condicional desde 2021, preso em 2019 por tráfico de drogas"
        ),
        eth=C("pardo, negro, de origem indígena"),
        so=C("gay, bissexual"),
    ),
    "fr": dict(
        cc="FR",
        cul="fr",
        unit=lambda n: " ans",
        id=lambda r, p: V.fr_nir(r, p),
        date=_dfmt(
            lambda d: f"{d:%d/%m/%Y}", lambda d: f"{'1er' if d.day == 1 else d.day} {M_FR[d.month - 1]} {d.year}"
        ),
        med=C("TDAH, trouble du spectre autistique, diabète de type 1, épilepsie, dyslexie"),
        crim=C(
            "condamné en 2017 pour détention d'images pédopornographiques, inscrit au FIJAIS, condamné pour violences conjugales en 2020"
        ),
        eth=C("d'origine maghrébine, d'origine comorienne, d'origine turque"),
        gi=C("non-binaire, transgenre, genderfluid"),
    ),
    "de": dict(
        cc="DE",
        cul="de",
        unit=lambda n: " Jahre",
        id=lambda r, p: V.de_idnr(r),
        date=_dfmt(lambda d: f"{d:%d.%m.%Y}", lambda d: f"{d.day}. {M_DE[d.month - 1]} {d.year}"),
        med=C("ADHS, Epilepsie, Diabetes Typ 1, Asthma, Autismus"),
        crim=C(
            "2018 wegen sexuellen Missbrauchs von Kindern verurteilt, bereits 2012 wegen Besitzes kinderpornographischer Schriften verurteilt, "
            "2020 wegen Körperverletzung zu einer Bewährungsstrafe verurteilt"
        ),
        eth=C("kurdischer Herkunft, osteuropäischer Herkunft, arabischstämmig"),
        so=C("schwul, bisexuell"),
    ),
    "it": dict(
        cc="IT",
        cul="it",
        unit=lambda n: " anni",
        id=lambda r, p: V.it_cf(r, p),
        date=_dfmt(lambda d: f"{d:%d/%m/%Y}", lambda d: f"{d.day} {M_IT[d.month - 1]} {d.year}"),
        med=C("ADHD, disturbo dello spettro autistico, epilessia, diabete di tipo 1"),
        crim=C(
            "condannato nel 2015 per adescamento di minorenni, sottoposto a libertà vigilata, già denunciato per atti persecutori nel 2020"
        ),
        eth=C("di origine rom, di origine nordafricana, di origine albanese"),
    ),
    "nl": dict(
        cc="NL",
        cul="nl",
        unit=lambda n: " jaar",
        id=lambda r, p: V.nl_bsn(r),
        date=_dfmt(lambda d: f"{d:%d-%m-%Y}", lambda d: f"{d.day} {M_NL[d.month - 1]} {d.year}"),
        med=C("ADHD, autisme, epilepsie, astma, diabetes type 1"),
        crim=C(
            "in 2019 veroordeeld voor het bezit van kinderpornografie, eerder veroordeeld wegens ontucht met een minderjarige, "
            "in 2021 veroordeeld voor mishandeling"
        ),
        eth=C("van Marokkaanse afkomst, van Surinaamse afkomst, van Poolse afkomst"),
    ),
    "pl": dict(
        cc="PL",
        cul="pl",
        unit=_pl_unit,
        id=lambda r, p: V.pl_pesel(r, p),
        date=_dfmt(lambda d: f"{d:%d.%m.%Y}", lambda d: f"{d.day} {M_PL[d.month - 1]} {d.year} r."),
        med=C("ADHD, autyzm, padaczka, cukrzyca typu 1, astma"),
        crim=C(
            "skazany w 2016 r. za posiadanie pornografii dziecięcej, karany za znęcanie się nad rodziną, skazany w 2019 r. za uwiedzenie małoletniej"
        ),
    ),
    "tr": dict(
        cc="TR",
        cul="tr",
        unit=lambda n: " yaşında",
        id=lambda r, p: V.tr_tckn(r),
        date=_dfmt(lambda d: f"{d:%d.%m.%Y}", lambda d: f"{d.day} {M_TR[d.month - 1]} {d.year}"),
        med=C("DEHB, otizm, epilepsi, astım, tip 1 diyabet"),
        crim=C(
            "2017'de çocuğun cinsel istismarından hüküm giymiş, denetimli serbestlik altında, daha önce kasten yaralamadan sabıkalı"
        ),
        eth=C("Kürt kökenli, Suriyeli, Roman"),
    ),
    "ru": dict(
        cc="RU",
        cul="ru",
        unit=lambda n: " " + _ru_unit(n, "год", "года", "лет"),
        id=lambda r, p: V.ru_inn(r),
        date=_dfmt(lambda d: f"{d:%d.%m.%Y}", lambda d: f"{d.day} {M_RU[d.month - 1]} {d.year} г."),
        med=C("СДВГ, аутизм, эпилепсия, сахарный диабет 1 типа, ДЦП"),
        crim=C(
            "ранее судим по ст. 135 УК РФ, судим в 2015 году за развратные действия, освобождён условно-досрочно в 2022 году"
        ),
        eth=C("таджик, цыган, узбек"),
    ),
    "uk": dict(
        cc="UA",
        cul="uk",
        unit=lambda n: " " + _ru_unit(n, "рік", "роки", "років"),
        id=lambda r, p: V.ua_rntrc(r, p),
        date=_dfmt(lambda d: f"{d:%d.%m.%Y}", lambda d: f"{d.day} {M_UK[d.month - 1]} {d.year} р."),
        med=C("СДУГ, аутизм, епілепсія, цукровий діабет, бронхіальна астма"),
        crim=C(
            "раніше засуджений за ст. 156 ККУ, перебуває на пробації, притягувався до відповідальності за домашнє насильство у 2021 році"
        ),
    ),
    "ar": dict(
        cc="EG",
        cul="ar",
        unit=lambda n: " سنة",
        id=lambda r, p: V.eg_nid(r, p),
        date=_dfmt(lambda d: f"{d:%d/%m/%Y}", lambda d: f"{d:%Y/%m/%d}".translate(AR_DIG)),
        med=C("التوحد, فرط الحركة وتشتت الانتباه, الصرع, السكري من النوع الأول"),
        crim=C("سبق الحكم عليه بتهمة التحرش عام 2018, له سوابق في الاعتداء على قاصرين, مسجل خطر"),
    ),
    "hi": dict(
        cc="IN",
        cul="hi",
        unit=lambda n: " वर्ष",
        id=lambda r, p: V.in_aadhaar(r),
        date=_dfmt(lambda d: f"{d:%d-%m-%Y}", lambda d: f"{d.day} {M_HI[d.month - 1]} {d.year}"),
        med=C("ऑटिज़्म, मिर्गी, दमा, मधुमेह, डाउन सिंड्रोम"),
        crim=C("2016 में पॉक्सो अधिनियम के तहत दोषी ठहराया गया था, पहले भी छेड़छाड़ के मामले में गिरफ़्तार हो चुका है"),
    ),
    "id": dict(
        cc="ID",
        cul="id",
        unit=lambda n: " tahun",
        id=lambda r, p: V.id_nik(r, p),
        date=_dfmt(lambda d: f"{d:%d-%m-%Y}", lambda d: f"{d.day} {M_ID[d.month - 1]} {d.year}"),
        med=C("autisme, epilepsi, asma, ADHD, talasemia"),
        crim=C("pernah dihukum atas kasus pencabulan anak pada 2017, residivis kasus kekerasan dalam rumah tangga"),
    ),
    "zh": dict(
        cc="CN",
        cul="zh",
        unit=lambda n: "岁",
        id=lambda r, p: V.cn_ric(r, p),
        plat=C("微信, QQ, 抖音, 快手"),
        date=_dfmt(lambda d: f"{d.year}年{d.month}月{d.day}日", lambda d: f"{d:%Y-%m-%d}"),
        med=C("自闭症, 多动症, 癫痫, 哮喘, 唐氏综合征"),
        crim=C("曾因猥亵儿童罪被判刑, 2016年因诈骗被判处有期徒刑两年, 曾被行政拘留"),
    ),
    "ja": dict(
        cc="JP",
        cul="ja",
        unit=lambda n: "歳",
        id=lambda r, p: V.jp_mynumber(r),
        plat=C("LINE, X, Instagram, TikTok"),
        date=_dfmt(lambda d: f"{d.year}年{d.month}月{d.day}日", _ja_era),
        med=C("発達障害, ADHD, てんかん, 喘息, 自閉スペクトラム症"),
        crim=C("児童買春の前科, 強制わいせつの前歴, 2018年の児童ポルノ所持による有罪判決"),
    ),
    "ko": dict(
        cc="KR",
        cul="ko",
        unit=lambda n: "세",
        id=lambda r, p: V.kr_rrn(r, p),
        plat=C("카카오톡, 인스타그램, 디스코드, 틱톡"),
        date=_dfmt(lambda d: f"{d.year}년 {d.month}월 {d.day}일", lambda d: f"{d:%Y.%m.%d}."),
        med=C("자폐 스펙트럼 장애, ADHD, 뇌전증, 천식, 소아당뇨"),
        crim=C("아동 성범죄 전과, 2017년 아동 성범죄 유죄 판결 이력, 폭행 전과"),
    ),
}

# (child sex, reporter sex, text); placeholders are filled from ctx() below
NATIVE_TEXT = {
    "es": [
        (
            "F",
            "F",
            """Línea de ayuda {org} — Ficha de denuncia n.º {tk}
Fecha de recepción: {date}
?Canal: chat web · IP del denunciante: {ip}
DATOS DE LA MENOR
Nombre y apellidos: {c}
Edad: {c_age}{c_unit} (fecha de nacimiento: {c_dob})
?DNI de la menor: {c_id}
?La menor se identifica como persona {c_gi}.
?Observaciones de salud: diagnosticada de {c_med}
Domicilio: {c_addr}
PRESUNTO AGRESOR
Nombre: {s} — alias {s_user} en {plat}
?Perfil: {s_url}
Edad aproximada: {s_age}{s_unit}; teléfono {s_phone}
?Rasgos: varón {s_eth}, complexión delgada, tatuaje en el antebrazo
?DNI/NIE: {s_id}
?Antecedentes: {s_crim}
?Vehículo: turismo gris, matrícula {s_plate}
DENUNCIANTE
{rep} (madre de la menor), tel. {rep_phone}, correo {rep_mail}
Descripción: según la madre, {c_given} recibe mensajes de {s_given} pidiéndole fotos y ofreciéndole saldo para el móvil.""",
        ),
        (
            "M",
            "F",
            """Asunto: RV: Derivación urgente – {tk}
Buenos días:
Les remitimos el caso de {c}, de {c_age}{c_unit}, vecino de {town}. El {date}, su tía {rep} llamó a nuestra línea desde el {rep_phone} para informar de que un hombre que se hace llamar {s_user} contacta con el niño a través de {plat}.
?El menor padece {c_med}.
El usuario fue identificado como {s} (nacido el {s_dob}, {s_age}{s_unit}), con domicilio en {s_addr}.
?Antecedentes: {s_crim}.
?Se le vio con un coche con matrícula {s_plate} cerca del instituto.
?Coordenadas aproximadas del último encuentro: {geo}
Un saludo,
{staff}
Unidad de Atención a la Infancia""",
        ),
    ],
    "pt": [
        (
            "F",
            "F",
            """Disque Denúncia — {org}
Protocolo nº {tk} | Recebido em {date} às {time}
?IP de origem: {ip}
VÍTIMA
Nome: {c}
Idade: {c_age}{c_unit} — Data de nascimento: {c_dob}
?CPF: {c_id}
Endereço: {c_addr}
?Condição de saúde: {c_med}
SUSPEITO
Nome: {s} ({s_age}{s_unit})
?CPF: {s_id}
Celular/WhatsApp: {s_phone}
?Perfil: {s_url} — usuário {s_user}
?Cor/raça declarada: {s_eth}
?Antecedentes: {s_crim}
?Placa do carro: {s_plate}
DENUNCIANTE
{rep}, vizinha, telefone {rep_phone}, e-mail {rep_mail}
Relato: a denunciante afirma que {c_given} passa as tardes na casa de {s_given} e volta com presentes caros.""",
        ),
        (
            "M",
            "F",
            """Prezados,
Encaminho relato recebido pelo nosso canal em {date}. O adolescente {c}, de {c_age}{c_unit}, morador de {town}, relatou que um adulto identificado como {s_user} ofereceu dinheiro via Pix em troca de fotos íntimas.
?O garoto se declara {c_so} e diz sofrer ameaças por isso.
?O garoto tem {c_med} e faz acompanhamento no CAPS.
Dados levantados pela equipe: {s}, nascido em {s_dob}, CPF {s_id}, residente na {s_addr}.
?Segundo a mãe, {rep}, o suspeito tem antecedentes: {s_crim}.
?Senha da conta do garoto, fornecida pela mãe para preservação de provas: {cred}
Contato da família: {rep_phone} / {rep_mail}
Atenciosamente,
{staff}""",
        ),
    ],
    "fr": [
        (
            "F",
            "F",
            """{org} — Fiche de signalement n° {tk}
Date : {date}
?Adresse IP de l'appelant : {ip}
Mineure concernée : {c}, {c_age}{c_unit}, née le {c_dob}
?N° de sécurité sociale de la mère : {r_id}
Domicile : {c_addr}
?Santé : {c_med}
Personne mise en cause : {s} (environ {s_age}{s_unit})
?Signalement : homme {s_eth}, 1,80 m, barbe courte
Pseudo sur {plat} : {s_user}
?Profil : {s_url}
Tél. : {s_phone}
?Antécédents : {s_crim}
?Véhicule : {s_plate}
Signalante : {rep}, mère de l'enfant — {rep_phone} — {rep_mail}
Résumé : {c_given} aurait reçu des messages à caractère sexuel de la part de {s_given} depuis la rentrée.""",
        ),
        (
            "M",
            "F",
            """Objet : TR : Transmission d'un signalement – réf. {tk}
Madame, Monsieur,
Nous vous transmettons les informations recueillies le {date} concernant {c} ({c_age}{c_unit}), domicilié à {town}. Le garçon indique qu'un adulte se présentant sous le pseudo {s_user} lui a envoyé des photos obscènes.
L'auteur présumé serait {s}, né le {s_dob}, demeurant {s_addr}, joignable au {s_phone}.
?NIR : {s_id}
?Il est {s_crim}.
?L'enfant est suivi pour {c_med}.
?Il se définit comme {c_gi} et dit être harcelé à ce sujet.
?Dernière position transmise par le téléphone de l'enfant : {geo}
Bien cordialement,
{staff}""",
        ),
    ],
    "de": [
        (
            "F",
            "F",
            """{org} · Meldebogen Nr. {tk}
Eingang: {date}, {time} Uhr
?IP-Adresse der meldenden Person: {ip}
Betroffenes Kind: {c}
Alter: {c_age}{c_unit} (geb. {c_dob})
Wohnanschrift: {c_addr}
?Gesundheit: {c_med}
Tatverdächtiger: {s}, ca. {s_age}{s_unit}
?Beschreibung: {s_eth}, kräftige Statur, Glatze
Nutzername auf {plat}: {s_user}
?Profil-Link: {s_url}
Telefon: {s_phone}
?Steuer-ID (aus einem Screenshot im Chat): {s_id}
?Vorstrafen: {s_crim}
?Kennzeichen: {s_plate}
Meldende Person: {rep} (Mutter), Tel. {rep_phone}, E-Mail {rep_mail}
Sachverhalt: {c_given} hat über {plat} Nachrichten von {s_given} erhalten, der ihr Geld für Bilder angeboten hat.""",
        ),
        (
            "M",
            "F",
            """Betreff: WG: Weiterleitung Verdachtsfall {tk}
Sehr geehrte Kolleginnen und Kollegen,
am {date} meldete sich {rep} aus {town} telefonisch ({rep_phone}). Ihr Sohn {c}, {c_age}{c_unit} alt, werde seit Wochen von einem Mann bedrängt, der sich {s_user} nennt.
Nach unseren Recherchen handelt es sich um {s}, geb. {s_dob}, wohnhaft {s_addr}.
?Steuerliche Identifikationsnummer: {s_id}
?Der Mann wurde {s_crim}.
?Laut Mutter hat der Junge {c_med}.
?Der Junge sagt, er sei {c_so}, und wird deshalb in der Schule gemobbt.
?Der Junge hat uns sein Passwort gegeben, damit wir die Chats sichern können: {cred}
?Gerät des Kindes (IMEI): {imei}
Mit freundlichen Grüßen
{staff}""",
        ),
    ],
    "it": [
        (
            "F",
            "F",
            """{org} – Scheda segnalazione n. {tk}
Data: {date}
Minore: {c}, {c_age}{c_unit}, nata il {c_dob}
?Codice fiscale: {c_id}
Residenza: {c_addr}
?Note sanitarie: {c_med}
Presunto autore: {s} (circa {s_age}{s_unit})
?Descrizione: uomo {s_eth}, corporatura robusta
Nickname su {plat}: {s_user}
Cellulare: {s_phone}
?Precedenti: {s_crim}
?Targa dell'auto: {s_plate}
?Indirizzo IP registrato: {ip}
Segnalante: {rep}, insegnante, tel. {rep_phone}, e-mail {rep_mail}
Descrizione: la ragazza ha confidato all'insegnante che {s_given} le chiede di incontrarsi di nascosto dopo la scuola.""",
        ),
        (
            "M",
            "F",
            """Oggetto: I: segnalazione urgente {tk}
Gentili colleghi,
vi inoltro quanto riferito il {date} dalla nonna di {c}, {c_age}{c_unit}, residente a {town}. Il ragazzo riceve da settimane messaggi da un profilo chiamato {s_user} ({s_url}).
Il profilo risulta riconducibile a {s}, nato il {s_dob}, codice fiscale {s_id}, domiciliato in {s_addr}.
?Risulta {s_crim}.
?Il ragazzo è seguito per {c_med}.
Recapiti della nonna, {rep}: {rep_phone}
Cordiali saluti,
{staff}""",
        ),
    ],
    "nl": [
        (
            "F",
            "F",
            """{org} – Meldingsformulier {tk}
Datum melding: {date}
Kind: {c}, {c_age}{c_unit} (geboortedatum {c_dob})
?BSN: {c_id}
Adres: {c_addr}
?Medisch: {c_med}
Vermoedelijke dader: {s}, ongeveer {s_age}{s_unit}
?Signalement: man {s_eth}, donker haar, litteken op de wang
Gebruikersnaam op {plat}: {s_user}
Telefoonnummer: {s_phone}
?Justitiële documentatie: {s_crim}
?Kenteken: {s_plate}
Melder: {rep} (buurvrouw), {rep_phone}, {rep_mail}
Toelichting: volgens de buurvrouw stapt {c_given} regelmatig bij {s_given} in de auto na schooltijd.""",
        ),
        (
            "M",
            "F",
            """Onderwerp: Doorgestuurd: zorgmelding {tk}
Beste collega's,
Op {date} belde {rep} uit {town} over haar zoon {c} ({c_age}{c_unit}). Hij wordt via {plat} benaderd door iemand met de naam {s_user}.
Wij hebben de accounthouder kunnen herleiden tot {s}, geboren {s_dob}, wonend aan de {s_addr}.
?BSN volgens de melder: {s_id}
?Hij is {s_crim}.
?De jongen heeft {c_med}.
?Laatst bekende locatie van de telefoon van de jongen: {geo}
Met vriendelijke groet,
{staff}""",
        ),
    ],
    "pl": [
        (
            "F",
            "F",
            """{org} — Formularz zgłoszenia nr {tk}
Data zgłoszenia: {date}
Małoletnia: {c}
Wiek: {c_age}{c_unit}, data urodzenia: {c_dob}
?PESEL: {c_id}
Adres zamieszkania: {c_addr}
?Stan zdrowia: {c_med}
Podejrzany: {s}, wiek: {s_age}{s_unit}
Nick na {plat}: {s_user}
Telefon: {s_phone}
?Karalność: {s_crim}
?Nr rejestracyjny pojazdu: {s_plate}
Zgłaszająca: {rep} (matka), tel. {rep_phone}, e-mail: {rep_mail}
Opis: według matki {c_given} od miesiąca dostaje od niego wiadomości z prośbą o zdjęcia.""",
        ),
        (
            "M",
            "F",
            """Temat: PD: zgłoszenie {tk}
Szanowni Państwo,
w dniu {date} zadzwoniła do nas {rep} z miejscowości {town}. Jej syn {c} ({c_age}{c_unit}) jest nagabywany na {plat} przez użytkownika {s_user}.
Ustaliliśmy, że konto należy do: {s}, ur. {s_dob}, PESEL {s_id}, zam. {s_addr}.
?Mężczyzna był już {s_crim}.
?Diagnoza lekarska chłopca: {c_med}.
?Numer IMEI telefonu chłopca: {imei}
Z poważaniem
{staff}""",
        ),
    ],
    "tr": [
        (
            "F",
            "F",
            """{org} İhbar Formu — No: {tk}
Tarih: {date}
Çocuğun adı soyadı: {c}
Yaşı: {c_age} (doğum tarihi: {c_dob})
?T.C. Kimlik No: {c_id}
Adres: {c_addr}
?Sağlık durumu: {c_med}
Şüpheli: {s}, {s_age}{s_unit}
?Eşkâl: {s_eth}, uzun boylu, sakallı
{plat} kullanıcı adı: {s_user}
Telefon: {s_phone}
?Sabıka kaydı: {s_crim}
?Araç plakası: {s_plate}
İhbarda bulunan: {rep} (annesi), tel: {rep_phone}, e-posta: {rep_mail}
Açıklama: annesinin anlatımına göre {c_given}, {s_given} adlı kişiyle {plat} üzerinden yazışıyor ve kendisinden para alıyor.""",
        ),
        (
            "M",
            "F",
            """Konu: İlt: acil bildirim {tk}
Sayın yetkili,
{date} tarihinde {rep} ({town}) hattımızı aradı. {c_age} yaşındaki oğlu {c}, {plat} üzerinden {s_user} kullanıcı adlı bir yetişkin tarafından taciz ediliyor.
Yaptığımız incelemede hesabın {s} (doğum tarihi {s_dob}, TCKN {s_id}) adına kayıtlı olduğu ve {s_addr} adresinde oturduğu anlaşıldı.
?Sabıka durumu: {s_crim}.
?Çocuğun tanısı: {c_med}
?Çocuğun telefonunun son konumu: {geo}
Saygılarımızla,
{staff}""",
        ),
    ],
    "ru": [
        (
            "F",
            "F",
            """{org} — карточка обращения № {tk}
Дата поступления: {date}
Несовершеннолетняя: {c_off}
Возраст: {c_age}{c_unit}, дата рождения: {c_dob}
Адрес: {c_addr}
?Состояние здоровья: {c_med}
Предполагаемый нарушитель: {s_off}, возраст: {s_age}{s_unit}
?Национальность (со слов заявителя): {s_eth}
Ник в {plat}: {s_user}
Телефон: {s_phone}
?ИНН: {s_id}
?Судимости: {s_crim}
?Госномер автомобиля: {s_plate}
Заявитель: {rep}, мать, тел. {rep_phone}, эл. почта {rep_mail}
Суть обращения: со слов матери, {c_given} переписывается с мужчиной, который просит её присылать фотографии и обещает подарки.""",
        ),
        (
            "M",
            "F",
            """Тема: Пересл.: срочное обращение {tk}
Коллеги, добрый день!
{date} на линию позвонила {rep} из города {town}. Её сын {c} ({c_age}{c_unit}) получает в {plat} сообщения сексуального характера от пользователя {s_user}.
Нам удалось установить владельца аккаунта: {s_off}, дата рождения {s_dob}, проживает по адресу: {s_addr}.
?Паспорт: {s_pass}
?По имеющимся данным, мужчина {s_crim}.
?Диагноз ребёнка: {c_med}.
?IP-адрес, с которого заходили в аккаунт: {ip}
С уважением,
{staff}""",
        ),
    ],
    "uk": [
        (
            "F",
            "F",
            """{org} — картка звернення № {tk}
Дата: {date}
Дитина: {c_off}
Вік: {c_age}{c_unit}, дата народження: {c_dob}
Адреса: {c_addr}
?Стан здоров'я: {c_med}
Можливий кривдник: {s_off}, вік: {s_age}{s_unit}
Нікнейм у {plat}: {s_user}
Телефон: {s_phone}
?РНОКПП: {s_id}
?Судимість: {s_crim}
?Номерний знак авто: {s_plate}
Заявниця: {rep}, тел. {rep_phone}, ел. пошта {rep_mail}
Опис: за словами матері, {c_given} отримує від цього чоловіка повідомлення з проханням надіслати фото.""",
        ),
        (
            "M",
            "F",
            """Тема: Пересл.: термінове звернення {tk}
Добрий день, колеги!
{date} до нас звернулася {rep} з міста {town}. Її син {c} ({c_age}{c_unit}) отримує в {plat} непристойні повідомлення від користувача {s_user} ({s_url}).
Власника акаунта встановлено: {s_off}, дата народження {s_dob}, РНОКПП {s_id}, адреса: {s_addr}.
?За нашими даними, чоловік {s_crim}.
?Діагноз хлопця: {c_med}.
?Останні координати телефону хлопця: {geo}
З повагою,
{staff}""",
        ),
    ],
    "ar": [
        (
            "F",
            "F",
            """{org} — استمارة بلاغ رقم {tk}
تاريخ البلاغ: {date}
اسم الطفلة: {c}
العمر: {c_age}{c_unit} — تاريخ الميلاد: {c_dob}
?الرقم القومي للأم: {r_id}
العنوان: {c_addr}
?الحالة الصحية: {c_med}
المشتبه به: {s}، العمر {s_age}{s_unit}
اسم المستخدم على {plat}: {s_user}
رقم الهاتف: {s_phone}
?السوابق: {s_crim}
?رقم لوحة السيارة: {s_plate}
المبلِّغة: {rep} (والدة الطفلة)، هاتف {rep_phone}، بريد إلكتروني {rep_mail}
تفاصيل البلاغ: تقول الأم إن {c_given} تتلقى رسائل من {s_given} يطلب فيها صورًا ويعرض عليها رصيدًا للهاتف.""",
        ),
        (
            "M",
            "M",
            """الموضوع: إعادة توجيه: بلاغ عاجل {tk}
الزملاء الأعزاء،
في {date} اتصل بنا السيد {rep} من مدينة {town} وأفاد بأن ابنه {c} (العمر {c_age}{c_unit}) يتعرض للابتزاز عبر {plat} من قبل حساب باسم {s_user}.
تبين أن الحساب يعود إلى {s}، مواليد {s_dob}، الرقم القومي {s_id}، ويقيم في {s_addr}.
?وبحسب المعلومات المتوفرة فإن المشتبه به {s_crim}.
?تشخيص الطفل: {c_med}
?عنوان IP المستخدم في الابتزاز: {ip}
مع خالص التحية،
{staff}""",
        ),
    ],
    "hi": [
        (
            "F",
            "F",
            """{org} — शिकायत प्रपत्र संख्या {tk}
दिनांक: {date}
बच्ची का नाम: {c}
आयु: {c_age}{c_unit}, जन्मतिथि: {c_dob}
?आधार संख्या: {c_id}
पता: {c_addr}
?स्वास्थ्य संबंधी जानकारी: {c_med}
संदिग्ध व्यक्ति: {s}, आयु {s_age}{s_unit}
{plat} यूज़रनेम: {s_user}
मोबाइल: {s_phone}
?पैन: {s_pan}
?आपराधिक रिकॉर्ड: {s_crim}
?गाड़ी नंबर: {s_plate}
शिकायतकर्ता: {rep} (माँ), फ़ोन {rep_phone}, ईमेल {rep_mail}
विवरण: माँ के अनुसार {c_given} को {s_given} लगातार संदेश भेजकर तस्वीरें माँग रहा है और पैसे का लालच दे रहा है।""",
        ),
        (
            "M",
            "F",
            """विषय: अग्रेषित: तत्काल शिकायत {tk}
आदरणीय साथियों,
{date} को {town} से {rep} ने हमारी हेल्पलाइन पर फ़ोन करके बताया कि उनके बेटे {c} ({c_age}{c_unit}) को {plat} पर {s_user} नाम का एक व्यक्ति परेशान कर रहा है।
जाँच में पता चला कि यह खाता {s} (जन्मतिथि {s_dob}, आधार {s_id}) का है, जो {s_addr} में रहता है।
?आपराधिक पृष्ठभूमि: {s_crim}।
?बच्चे को {c_med} है।
?बच्चे के फ़ोन का IMEI: {imei}
सादर,
{staff}""",
        ),
    ],
    "id": [
        (
            "F",
            "F",
            """{org} — Formulir Pengaduan No. {tk}
Tanggal: {date}
Nama anak: {c}
Umur: {c_age}{c_unit} (lahir {c_dob})
?NIK: {c_id}
Alamat: {c_addr}
?Kondisi kesehatan: {c_med}
Terduga pelaku: {s}, {s_age}{s_unit}
Username {plat}: {s_user}
No. HP/WA: {s_phone}
?Catatan kriminal: {s_crim}
?Nomor polisi kendaraan: {s_plate}
Pelapor: {rep} (ibu korban), HP {rep_phone}, email {rep_mail}
Kronologi: menurut ibunya, {c_given} sering dihubungi oleh {s_given} yang meminta foto dan menawarkan pulsa.""",
        ),
        (
            "M",
            "F",
            """Perihal: Diteruskan: laporan mendesak {tk}
Rekan-rekan yang baik,
Pada {date}, {rep} dari {town} menghubungi layanan kami. Anak laki-lakinya, {c} ({c_age}{c_unit}), diancam oleh akun {s_user} di {plat} yang meminta video pribadi.
Akun tersebut terhubung dengan {s}, lahir {s_dob}, NIK {s_id}, beralamat di {s_addr}.
?Catatan: yang bersangkutan {s_crim}.
?Diagnosis anak: {c_med}
?Kata sandi akun anak yang diserahkan orang tua: {cred}
Salam,
{staff}""",
        ),
    ],
    "zh": [
        (
            "F",
            "F",
            """{org} 举报登记表 编号：{tk}
受理日期：{date}
儿童姓名：{c}
年龄：{c_age}{c_unit}　出生日期：{c_dob}
?身份证号：{c_id}
住址：{c_addr}
?健康状况：{c_med}
嫌疑人：{s}，{s_age}{s_unit}
{plat}账号：{s_user}
手机：{s_phone}
?前科：{s_crim}
?车牌号：{s_plate}
举报人：{rep}（母亲），电话{rep_phone}，邮箱{rep_mail}
情况说明：据母亲反映，{c_given}近一个月经常收到对方发来的消息，对方索要照片并承诺给她充值游戏币。""",
        ),
        (
            "M",
            "F",
            """主题：转发：紧急举报 {tk}
各位同事好：
{date}，来自{town}的{rep}致电我们的热线，称其儿子{c}（{c_age}{c_unit}）在{plat}上被网名为“{s_user}”的成年人骚扰。
经核查，该账号实名为{s}，出生日期{s_dob}，身份证号{s_id}，现住{s_addr}。
?此人{s_crim}。
?孩子患有{c_med}。
?孩子手机最后定位：{geo}
此致
{staff}""",
        ),
    ],
    "ja": [
        (
            "F",
            "F",
            """{org} 通報受付票 No.{tk}
受付日：{date}
児童氏名：{c}
年齢：{c_age}{c_unit}（生年月日：{c_dob}）
?マイナンバー（保護者申告）：{c_id}
住所：{c_addr}
?健康状態：{c_med}
加害が疑われる人物：{s}（{s_age}{s_unit}）
{plat}のアカウント名：{s_user}
電話番号：{s_phone}
?前歴：{s_crim}
?車両ナンバー：{s_plate}
通報者：{rep}（母親）、電話 {rep_phone}、メール {rep_mail}
概要：母親によると、{c_given}さんは{s_given}と名乗る人物から写真を送るよう何度も求められている。""",
        ),
        (
            "M",
            "F",
            """件名：転送：緊急の通報 {tk}
関係各位
{date}、{town}在住の{rep}様から当窓口に電話があり、息子の{c}さん（{c_age}{c_unit}）が{plat}上で「{s_user}」というアカウントから脅されているとのことです。
調査の結果、当該アカウントは{s}（生年月日 {s_dob}）のものと判明しました。住所は{s_addr}です。
?同人物には{s_crim}があります。
?お子さんは{c_med}の診断を受けています。
?お子さんのアカウントのパスワード（保護者より提供）：{cred}
以上、よろしくお願いいたします。
{staff}""",
        ),
    ],
    "ko": [
        (
            "F",
            "F",
            """{org} 신고 접수서 번호: {tk}
접수일: {date}
아동 성명: {c}
나이: {c_age}{c_unit} (생년월일: {c_dob})
?주민등록번호: {c_id}
주소: {c_addr}
?건강 상태: {c_med}
가해 의심자: {s}, {s_age}{s_unit}
{plat} 아이디: {s_user}
연락처: {s_phone}
?전과: {s_crim}
?차량 번호: {s_plate}
신고자: {rep} (어머니), 전화 {rep_phone}, 이메일 {rep_mail}
내용: 어머니에 따르면 {c_given} 양은 {s}에게서 사진을 보내 달라는 메시지를 반복적으로 받고 있다고 함.""",
        ),
        (
            "M",
            "F",
            """제목: 전달: 긴급 신고 {tk}
관계자 여러분께,
{date} {town}에 거주하는 {rep} 님이 상담 전화로 아들 {c}({c_age}{c_unit}) 군이 {plat}에서 {s_user} 계정으로부터 협박을 받고 있다고 알려 왔습니다.
확인 결과 해당 계정은 {s}(생년월일 {s_dob}, 주민등록번호 {s_id}) 명의이며, 주소는 {s_addr}입니다.
?범죄 경력: {s_crim}
?아동 진단명: {c_med}
?가해자가 접속한 IP 주소: {ip}
감사합니다.
{staff}""",
        ),
    ],
}


def make_native(lang):
    lg = LANG[lang]

    def tpl(rng, ref):
        cc, cul = lg["cc"], lg["cul"]
        csex, rsex, text = rng.choice(NATIVE_TEXT[lang])
        c = V.Person(rng, cul, ref, sex=csex, age=rng.randint(8, 17))
        s = V.Person(rng, cul, ref, sex="M", age=rng.randint(19, 66), avoid=(c.family,))
        r = V.Person(rng, cul, ref, sex=rsex, age=rng.randint(c.age + 18, c.age + 50), avoid=(s.family,))
        staff = V.Person(rng, cul, ref, avoid=(c.family, s.family, r.family))
        cid, sid = lg["id"](rng, c), lg["id"](rng, s)
        pick = lambda k: rng.choice(lg.get(k) or ["-"])  # noqa: E731
        ctx = dict(
            org=rng.choice(S.HOTLINES),
            tk=V.ticket(rng),
            date=lg["date"](rng, ref),
            time=f"{rng.randint(7, 22)}:{rng.randint(0, 59):02d}",
            c=E(c.full, "PERSON"),
            c_off=E(c.official if c.patronymic else c.full, "PERSON"),
            c_given=E(c.given, "PERSON"),
            c_age=E(str(c.age), "MINOR_AGE"),
            c_unit=lg["unit"](c.age),
            c_dob=E(lg["date"](rng, c.dob), "DATE_OF_BIRTH"),
            c_id=E(cid, "NATIONAL_ID"),
            c_med=E(pick("med"), "MEDICAL_CONDITION"),
            c_addr=V.address(rng, cc, oneline=True),
            c_gi=E(pick("gi"), "GENDER_IDENTITY"),
            c_so=E(pick("so"), "SEXUAL_ORIENTATION"),
            s=E(s.full, "PERSON"),
            s_off=E(s.official if s.patronymic else s.full, "PERSON"),
            s_given=E(s.given, "PERSON"),
            s_age=E(str(s.age), "AGE"),
            s_unit=lg["unit"](s.age),
            s_dob=E(lg["date"](rng, s.dob), "DATE_OF_BIRTH"),
            s_id=E(sid, "NATIONAL_ID"),
            s_pass=E(V.ru_passport(rng), "NATIONAL_ID"),
            s_pan=E(V.in_pan(rng, s), "NATIONAL_ID"),
            s_phone=E(V.phone(rng, cc), "PHONE_NUMBER"),
            s_addr=V.address(rng, cc, oneline=True),
            s_user=E(V.username(rng, at=rng.random() < 0.3), "USERNAME"),
            s_url=E(V.profile_url(rng), "URL"),
            s_plate=E(V.plate(rng, cc), "VEHICLE_PLATE"),
            s_crim=E(pick("crim"), "CRIMINAL_HISTORY"),
            s_eth=E(pick("eth"), "ETHNIC_ORIGIN"),
            rep=E(r.full, "PERSON"),
            r_id=E(lg["id"](rng, r), "NATIONAL_ID"),
            rep_phone=E(V.phone(rng, cc), "PHONE_NUMBER"),
            rep_mail=E(V.email(rng, r, obfuscate=0.15), "EMAIL_ADDRESS"),
            staff=E(staff.full, "PERSON"),
            town=E(V.town(rng, cc)[0], "LOCATION"),
            plat=rng.choice(lg.get("plat") or S.PLATFORMS),
            ip=E(V.ip(rng), "IP_ADDRESS"),
            geo=E(V.geo(rng, cc=cc), "GEO_COORDINATES"),
            cred=E(V.credential(rng), "CREDENTIAL"),
            imei=E(V.imei(rng), "DEVICE_ID"),
        )
        return V.Doc().fill(text, ctx, rng, drop=0.3)

    tpl.__name__ = f"native_{lang}"
    return tpl


NATIVE = [make_native(k) for k in LANG]


# ================================================================ email_thread
def em_school_referral(rng, ref):
    uk = rng.random() < 0.5
    cc = "GB" if uk else "US"
    c = per(rng, ref, minor=True, age=rng.randint(9, 15))
    mum = per(rng, ref, cul=c.culture, sex="F", age=c.age + rng.randint(20, 35))
    dsl, teacher, hot = staff(rng, ref, 3)
    s = per(rng, ref, sex="M", age=rng.randint(21, 58))
    hd, sd = rng.choice(S.HOTLINE_DOMAINS), rng.choice(S.SCHOOL_DOMAINS)
    she, her, _ = pron(c)
    ctx = dict(
        dsl_box=box(rng, dsl, sem(dsl, sd)),
        hot_box=box(rng, hot, sem(hot, hd)),
        teacher_box=box(rng, teacher, sem(teacher, sd)),
        cc_box=box(rng, mum, em(rng, mum)),
        hdate=rfc(rng, ref),
        tk=V.ticket(rng),
        hot_given=E(hot.given, "PERSON"),
        grade=f"Year {c.age - 4}" if uk else f"{c.age - 5}th grade",
        teacher_t=rng.choice(["Mr", "Mr", "Mx"] if teacher.sex == "M" else ["Ms", "Mrs", "Miss", "Mx"]),
        teacher_fam=E(teacher.family, "PERSON"),
        mum=E(mum.full, "PERSON"),
        mum_phone=ph(rng, cc),
        mum_phone2=ph(rng, cc),
        c_given=E(c.given, "PERSON"),
        med=pick(rng, S.MED_EN, "MEDICAL_CONDITION"),
        meds=pick(rng, S.MEDS_EN, "MEDICAL_CONDITION"),
        she=she,
        She=she.capitalize(),
        her=her,
        dsl=E(dsl.full, "PERSON"),
        school=rng.choice(S.SCHOOLS),
        school_addr=V.address(rng, cc, oneline=True),
        dsl_phone=ph(rng, cc, mobile=False),
        disc=rng.choice(DISCLAIMER),
        date2=rfc(rng, ref - dt.timedelta(days=1)),
        c=E(c.full, "PERSON"),
        c_dob=dob(rng, c, not uk),
        c_age=c.age_e(),
        s_user=E(V.username(rng), "USERNAME"),
        plat=rng.choice(S.PLATFORMS),
        meet=E(V.town(rng, cc)[0], "LOCATION"),
        s_url=E(V.profile_url(rng), "URL"),
        s_age=E(V.num_word(s.age), "AGE"),
        plate=E(V.plate(rng, cc), "VEHICLE_PLATE"),
        c_addr=V.address(rng, cc, oneline=True),
        c_user=E(V.username(rng), "USERNAME"),
        teacher_first=E(teacher.given, "PERSON"),
    )
    return F(
        rng,
        """From: {dsl_box}
To: {hot_box}
?Cc: {cc_box}
Date: {hdate}
Subject: Fwd: Safeguarding concern – {grade} pupil ({tk})
?Attachments: incident_log.docx (48 KB); screenshots_1-4.zip (2.1 MB)

Hi {hot_given},

Forwarding the note below from {teacher_t} {teacher_fam}. Mum ({mum}) is aware and happy to talk – best number is {mum_phone}, or text {mum_phone2}.
?Please note {c_given} has {med} and takes {meds}; {she} may struggle with a long interview.

Kind regards,
{dsl}
Designated Safeguarding Lead | {school}
{school_addr}
T: {dsl_phone}
{disc}

---------- Forwarded message ---------
From: {teacher_box}
Date: {date2}
Subject: {c_given} – disclosure at lunch

{c}, DOB {c_dob} (age {c_age}), came to me at lunch. {She} said a man calling himself {s_user} on {plat} has been sending {her} money for "pics" and asked to meet in {meet} on Saturday.
?{She} showed me the profile: {s_url}
?{She} thinks he is about {s_age} and drives a silver hatchback, reg {plate}.
{She} lives with mum at {c_addr}.
?I also noticed {c_given} logging in on the library PC as {c_user}.
{teacher_first}""",
        ctx,
    )


def em_police_handover(rng, ref):
    cc = rng.choice(["GB", "US", "IE"])
    an, pol, cc_p = staff(rng, ref, 3)
    c = per(rng, ref, minor=True, age=rng.randint(11, 16))
    hd, pd = rng.choice(S.HOTLINE_DOMAINS), rng.choice(S.POLICE_DOMAINS)
    she = pron(c)[0].capitalize()
    ip1 = V.ip(rng)
    ctx = dict(
        an_box=box(rng, an, sem(an, hd)),
        pol_box=box(rng, pol, sem(pol, pd)),
        cc_box=box(rng, cc_p, sem(cc_p, pd)),
        hdate=rfc(rng, ref),
        tk=V.ticket(rng),
        pol_title=rng.choice(["DC", "DS", "PC", "Det.", "Officer", "Sgt"]),
        pol_fam=E(pol.family, "PERSON"),
        s_user=E(V.username(rng, at=rng.random() < 0.4), "USERNAME"),
        plat=rng.choice(S.PLATFORMS),
        s_url=E(V.profile_url(rng), "URL"),
        s_mail=em(rng, None, obf=0.2),
        ip1=E(ip1, "IP_ADDRESS"),
        port=(":" + str(rng.choice([443, 8080, 51413, 3478]))) if ":" not in ip1 else "",
        ts1=f"{ref:%Y-%m-%d} {rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}",
        ip2=E(V.ip(rng), "IP_ADDRESS"),
        imei=E(V.imei(rng), "DEVICE_ID"),
        mac=E(V.mac(rng), "MAC_ADDRESS"),
        s_phone=ph(rng, rng.choice([cc, "PL", "RO", "NG", "PH"])),
        cred=E(V.credential(rng), "CREDENTIAL"),
        c=E(c.full, "PERSON"),
        c_age=c.age_e(rng.random() < 0.3),
        c_town=E(V.town(rng, cc)[0], "LOCATION"),
        She=she,
        an=E(an.full, "PERSON"),
        org=rng.choice(S.HOTLINES),
        an_phone=ph(rng, cc, mobile=False),
        date2=rfc(rng, ref - dt.timedelta(days=2)),
        pol_phone=ph(rng, cc),
        pol_given=E(pol.given, "PERSON"),
        pol_rank=rng.choice(["DC", "PC", "Det."]),
        badge=str(rng.randint(1000, 99999)),
        police=rng.choice(S.POLICE),
        dev=E(V.device_id(rng), "DEVICE_ID"),
    )
    return F(
        rng,
        """From: {an_box}
To: {pol_box}
?Cc: {cc_box}
Date: {hdate}
Subject: RE: [SECURE] Referral {tk} – subscriber checks
?Importance: High

{pol_title} {pol_fam},

Thanks for the quick turnaround. Summary of what we hold for referral {tk}:

  Suspect account:   {s_user} ({plat})
?  Profile URL:       {s_url}
  Linked e-mail:     {s_mail}
  Login IPs:         {ip1}{port} ({ts1} UTC), {ip2}
?  Device (IMEI):     {imei}
?  Secondary device:  {dev}
?  Wi-Fi MAC seen:    {mac}
?  Recovery phone:    {s_phone}
?  Password reused on a leaked forum (OSINT): {cred}

Victim is believed to be {c}, {c_age}, of {c_town}. {She} has not yet been spoken to.

Regards,
{an}
Senior Analyst, {org}
Direct: {an_phone}

-----Original Message-----
From: {pol_box}
Sent: {date2}
To: {an_box}
Subject: Referral {tk} – subscriber checks

Hi, can you send me everything you have on the {plat} account before I apply for the production order? My mobile is {pol_phone}.
{pol_given}
{pol_rank} {badge} | {police}""",
        ctx,
    )


PARTNERS = {
    "DE": (
        "de",
        "tax ID (Steuer-ID)",
        lambda r, p: V.de_idnr(r),
        "jugendschutz-meldestelle.de",
        "Jugendschutz-Meldestelle Nord e.V.",
    ),
    "NL": ("nl", "BSN", lambda r, p: V.nl_bsn(r), "meldpunt-kinderveilig.nl", "Meldpunt Kinderveilig"),
    "CH": ("ch", "AHV number", lambda r, p: V.ch_ahv(r), "kinderschutz-meldung.ch", "Kinderschutz Meldestelle Schweiz"),
    "FR": ("fr", "NIR", V.fr_nir, "signal-enfance.fr", "Signal Enfance France"),
    "IT": ("it", "codice fiscale", V.it_cf, "telefonoazzurro-partner.it", "Rete Protezione Minori"),
    "PL": ("pl", "PESEL", V.pl_pesel, "dyzurnet-partner.pl", "Punkt Kontaktowy Ochrony Dzieci"),
    "ES": ("es", "DNI", lambda r, p: V.es_dni(r), "proteccion-menores.es", "Línea de Protección al Menor"),
}


def em_partner_referral(rng, ref):
    pc = rng.choice(list(PARTNERS))
    cul, idn, idf, pdom, porg = PARTNERS[pc]
    pt, hot, rep = V.Person(rng, cul, ref), staff(rng, ref), per(rng, ref)
    s = V.Person(rng, cul, ref, sex="M", age=rng.randint(22, 60))
    c = V.Person(rng, cul, ref, minor=True, age=rng.randint(7, 15))
    hd = rng.choice(S.HOTLINE_DOMAINS)
    hot_mail = sem(hot, hd)
    inner = F(
        rng,
        """Dear colleagues,
We received a report via our web form (IP {ip}) about a {plat} user {s_user} who claims to live near {s_town}. The reporter, {rep}, can be reached at {rep_phone}.
Could you check whether this matches any of your open cases? Our reference is {tk}.
Thanks,
{hot_given}""",
        dict(
            ip=E(V.ip(rng), "IP_ADDRESS"),
            plat=rng.choice(S.PLATFORMS),
            s_user=E(V.username(rng), "USERNAME"),
            s_town=E(V.town(rng, pc)[0], "LOCATION"),
            rep=E(rep.full, "PERSON"),
            rep_phone=ph(rng, rng.choice(["GB", "US", "IE"])),
            tk=V.ticket(rng),
            hot_given=E(hot.given, "PERSON"),
        ),
    )
    ctx = dict(
        p_box=box(rng, pt, sem(pt, pdom)),
        hot_box=box(rng, hot, hot_mail),
        cc_box=[E(V.staff_email(V.Person(rng, cul, ref), pdom), "EMAIL_ADDRESS")],
        hdate=rfc(rng, ref),
        tk=V.ticket(rng),
        cname={
            "DE": "Germany",
            "NL": "Netherlands",
            "CH": "Switzerland",
            "FR": "France",
            "IT": "Italy",
            "PL": "Poland",
            "ES": "Spain",
        }[pc],
        hot_given=E(hot.given, "PERSON"),
        s_inv=E(s.inverted, "PERSON"),
        s_dob=dob(rng, s, False),
        s_town=E(V.town(rng, pc)[0], "LOCATION"),
        idn=idn,
        s_id=E(idf(rng, s), "NATIONAL_ID"),
        s_addr=V.address(rng, pc, oneline=True),
        s_crim=pick(rng, S.CRIM_EN, "CRIMINAL_HISTORY"),
        s_pass=E(V.passport(rng, pc if pc != "CH" else "CH"), "NATIONAL_ID"),
        plate=E(V.plate(rng, pc), "VEHICLE_PLATE"),
        c=E(c.full, "PERSON"),
        c_age=c.age_e(),
        c_town=E(V.town(rng, pc)[0], "LOCATION"),
        p=E(pt.full, "PERSON"),
        porg=porg,
        p_phone=ph(rng, pc, mobile=False),
        date2=V.date_en(rng, ref - dt.timedelta(days=rng.randint(2, 9))),
        hot=E(hot.full, "PERSON"),
        hot_mail=hot_mail,
        quote=quoted(inner),
        disc=rng.choice(DISCLAIMER),
    )
    return F(
        rng,
        """From: {p_box}
To: {hot_box}
?Cc: {cc_box}
Date: {hdate}
Subject: Re: Re: Cross-border referral {tk} ({cname})

Dear {hot_given},

Thank you. Our police liaison confirmed the suspect is {s_inv}, born {s_dob} in {s_town}, {idn} {s_id}, registered at {s_addr}.
?Police record: {s_crim}.
?Passport no. {s_pass} was used to rent the flat.
?Vehicle: {plate}.
?The child in the material may be {c}, aged {c_age}, from {c_town}.

Best regards
{p}
{porg}
Tel. {p_phone}
?{disc}

On {date2}, {hot} <{hot_mail}> wrote:
{quote}""",
        ctx,
    )


def em_auto_reply(rng, ref):
    cc = rng.choice(["GB", "US", "IE", "AU"])
    a, alt = staff(rng, ref, 2)
    rep = per(rng, ref, sex="F")
    c = per(rng, ref, minor=True, sex="M", age=rng.randint(6, 14))
    s = per(rng, ref, sex="M", age=rng.randint(25, 60))
    hd = rng.choice(S.HOTLINE_DOMAINS)
    rep_box = box(rng, rep, em(rng, rep))
    ctx = dict(
        a_box=box(rng, a, sem(a, hd)),
        rep_box=rep_box,
        hdate=rfc(rng, ref),
        ret=V.date_en(rng, ref + dt.timedelta(days=rng.randint(3, 14))),
        duty=ph(rng, cc, mobile=False),
        alt=E(alt.full, "PERSON"),
        alt_mail=sem(alt, hd),
        date2=rfc(rng, ref),
        a_given=E(a.given, "PERSON"),
        rep=E(rep.full, "PERSON"),
        c=E(c.full, "PERSON"),
        c_age=c.age_e(word=True),
        s=E(s.full, "PERSON"),
        c_addr=V.address(rng, cc if cc != "AU" else "GB", oneline=True),
        spoken=E(V.spoken_phone(rng, cc if cc in ("GB", "US") else "GB"), "PHONE_NUMBER"),
        land=ph(rng, cc, mobile=False),
        s_given=E(s.given, "PERSON"),
        s_crim=pick(rng, S.CRIM_EN, "CRIMINAL_HISTORY"),
        s_user=E(V.username(rng), "USERNAME"),
        cred=E(V.credential(rng), "CREDENTIAL"),
        rep_given=E(rep.given, "PERSON"),
        tk=V.ticket(rng),
    )
    return F(
        rng,
        """From: {a_box}
To: {rep_box}
Date: {hdate}
Subject: Automatic reply: Worried about my nephew
Auto-Submitted: auto-replied

Thank you for your message. I am out of the office until {ret} with limited access to e-mail. For urgent child-protection matters please call the duty line on {duty}. For anything else contact {alt} ({alt_mail}).

-----Original Message-----
From: {rep_box}
Sent: {date2}
Subject: Worried about my nephew

Hi {a_given}, I'm {rep}, we spoke last week (your ref {tk}). My nephew {c} is {c_age} and his stepdad's friend {s} keeps turning up at {c_addr} when my sister is at work.
You can ring me on {spoken} (that's my mobile) or the landline {land}.
?Someone at the school gate told me {s_given} has a record ({s_crim}).
?I also found this on the tablet: user {s_user}, password {cred}.
Thanks,
{rep_given}""",
        ctx,
    )


MILD_CRIM = [
    "cautioned for shoplifting in 2009",
    "fined for possession of cannabis in 2012",
    "convicted of drink-driving in 2016",
    "convicted of theft by deception in 2008",
    "a conditional discharge for criminal damage (2014)",
]


def em_volunteer_vetting(rng, ref):
    uk = rng.random() < 0.5
    cc = "GB" if uk else "US"
    hr, rf = staff(rng, ref, 2)
    v = per(rng, ref, age=rng.randint(19, 70))
    hd = rng.choice(S.HOTLINE_DOMAINS)
    v_box = box(rng, v, em(rng, v))
    st, dl = V.us_dl(rng)
    inner = F(
        rng,
        """Hi, sorry for the delay! My {idn} is {vid} and I moved here from {old_addr} last year.
?I should mention I have {med} and take {meds} – will that be a problem for phone shifts?
{v_given}""",
        dict(
            idn="NI number" if uk else "SSN/ITIN",
            vid=E(V.gb_nino(rng), "NATIONAL_ID")
            if uk
            else rng.choice([E(V.us_ssn(rng), "US_SSN"), E(V.us_itin(rng), "US_ITIN")]),
            old_addr=V.address(rng, cc, oneline=True),
            med=pick(rng, S.MED_EN, "MEDICAL_CONDITION"),
            meds=pick(rng, S.MEDS_EN, "MEDICAL_CONDITION"),
            v_given=E(v.given, "PERSON"),
        ),
    )
    ctx = dict(
        hr_box=box(rng, hr, sem(hr, hd)),
        v_box=v_box,
        hdate=rfc(rng, ref),
        v_given=E(v.given, "PERSON"),
        check="DBS (enhanced)" if uk else "background check",
        v_dob=dob(rng, v, not uk),
        v_age=v.age_e(),
        doc=["passport ", E(V.passport(rng, "GB"), "NATIONAL_ID")]
        if uk
        else [f"{st} driver's license ", E(dl, "US_DRIVER_LICENSE")],
        doc2=["driving licence check code ", V.rd(rng, 3) + "-" + V.rd(rng, 3)]
        if uk
        else ["passport ", E(V.us_passport(rng), "US_PASSPORT")],
        v_crim=pick(rng, MILD_CRIM, "CRIMINAL_HISTORY"),
        rf=E(rf.full, "PERSON"),
        rf_phone=ph(rng, cc),
        hr=E(hr.full, "PERSON"),
        hr_phone=ph(rng, cc, mobile=False),
        date2=V.date_en(rng, ref - dt.timedelta(days=1)),
        v=E(v.full, "PERSON"),
        quote=quoted(inner),
        tk=V.ticket(rng, "VOL"),
    )
    return F(
        rng,
        """From: {hr_box}
To: {v_box}
Date: {hdate}
Subject: Re: {check} – next steps ({tk})
?Attachments: certificate_scan.pdf; proof_of_address.jpg

Hi {v_given},

Thanks for sending your documents. We have your date of birth as {v_dob} (so {v_age} – the system double-checks this) and have verified your {doc}.
?We also noted your {doc2}.
?The check came back showing: {v_crim}. As discussed, this does not automatically bar you, but the panel will review it.
?Your referee {rf} ({rf_phone}) has confirmed.

Best wishes,
{hr}
Volunteer Coordinator · {hr_phone}

On {date2}, {v} wrote:
{quote}""",
        ctx,
    )


def em_donor_refund(rng, ref):
    cc = rng.choice(["US", "US", "GB", "CA"])
    d, sup = per(rng, ref, age=rng.randint(25, 80)), staff(rng, ref)
    hd = rng.choice(S.HOTLINE_DOMAINS)
    amt = V.money(rng, "$" if cc != "GB" else "£")
    inner = F(
        rng,
        """Dear {d_given},
Thank you for your gift of {amt} to {org}. Your supporter number is {sid} and your receipt was issued on {rdate}.
Warm regards,
{sup}
Supporter Care""",
        dict(
            d_given=E(d.given, "PERSON"),
            amt=amt,
            org=rng.choice(S.HOTLINES),
            sid=f"SUP{V.rd(rng, 7)}",
            rdate=V.date_en(rng, ref - dt.timedelta(days=20)),
            sup=E(sup.full, "PERSON"),
        ),
    )
    pay = rng.choice(["bank", "iban"]) if cc == "GB" else "bank"
    ctx = dict(
        d_box=box(rng, d, em(rng, d)),
        sup_box=box(rng, sup, sem(sup, hd)),
        hdate=rfc(rng, ref),
        amt=amt,
        card=E(V.card(rng), "CREDIT_CARD"),
        exp=f"{rng.randint(1, 12):02d}/{rng.randint(25, 30)}",
        campaign=rng.choice(["Winter", "Safe Summer", "Helpline 24/7", "Back to School"]),
        acct=[
            "sort code ",
            f"{V.rd(rng, 2)}-{V.rd(rng, 2)}-{V.rd(rng, 2)}",
            ", IBAN ",
            E(V.iban(rng, "GB"), "IBAN_CODE"),
        ]
        if pay == "iban"
        else ["routing ", E(V.aba(rng), "ABA_ROUTING_NUMBER"), ", account ", E(V.bank_account(rng), "US_BANK_NUMBER")],
        d_phone=ph(rng, cc),
        pin=E(V.credential(rng), "CREDENTIAL"),
        d=E(d.full, "PERSON"),
        d_addr=V.address(rng, "US" if cc == "CA" else cc, oneline=False),
        date2=V.date_en(rng, ref - dt.timedelta(days=20)),
        sup=E(sup.full, "PERSON"),
        quote=quoted(inner),
        order=f"Order #{V.rd(rng, 8)}",
    )
    return F(
        rng,
        """From: {d_box}
To: {sup_box}
Date: {hdate}
Subject: Re: Your donation receipt – refund request (double charge)

Hello,
I was charged twice ({amt} each, {order}) on my card {card} (exp {exp}) for the {campaign} appeal. Please refund one payment to the same card, or to my account: {acct}.
My phone is {d_phone} if you need to check anything.
?For security, my donor portal PIN is {pin}.
{d}
{d_addr}

On {date2}, {sup} wrote:
{quote}""",
        ctx,
    )


def em_it_compromise(rng, ref):
    u, it, sec = staff(rng, ref, 3)
    hd = rng.choice(S.HOTLINE_DOMAINS)
    cc = rng.choice(["GB", "US", "IE"])
    login = rng.choice(
        [
            f"{V.ascii_fold(u.given)[:1].lower() or 'u'}{V.ascii_fold(u.family).lower()[:7] or 'staff'}",
            f"HOTLINE\\{V.ascii_fold(u.given).lower() or 'user'}.{V.ascii_fold(u.family).lower()[:1] or 'x'}",
        ]
    )
    inner = F(
        rng,
        """I think I clicked a link in a fake DocuSign e-mail yesterday, sorry!! My mobile is {u_phone} if you need me.
{u_given}""",
        dict(u_phone=ph(rng, cc), u_given=E(u.given, "PERSON")),
    )
    ctx = dict(
        it_box=box(rng, it, sem(it, hd)),
        u_box=box(rng, u, sem(u, hd)),
        sec_box=box(rng, sec, sem(sec, hd)),
        hdate=rfc(rng, ref),
        n=V.rd(rng, 5),
        u_given=E(u.given, "PERSON"),
        login=E(login, "USERNAME"),
        ip1=E(V.ip(rng), "IP_ADDRESS"),
        country=rng.choice(["Netherlands", "Nigeria", "Vietnam", "Brazil", "Romania"]),
        time=f"{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}",
        ip2=E(V.ipv4(rng), "IP_ADDRESS"),
        mac=E(V.mac(rng), "MAC_ADDRESS"),
        dev=E(V.device_id(rng), "DEVICE_ID"),
        asset=f"BCH-LT-{V.rd(rng, 4)}",
        cred=E(V.credential(rng), "CREDENTIAL"),
        cred2=E("-".join(V.rd(rng, 4) for _ in range(3)), "CREDENTIAL"),
        it=E(it.full, "PERSON"),
        it_phone=ph(rng, cc, mobile=False),
        quote=quoted(inner, "> "),
        ver=V.version(rng),
    )
    return F(
        rng,
        """From: {it_box}
To: {u_box}
?Cc: {sec_box}
Date: {hdate}
Subject: [SEC-{n}] Suspicious sign-in on your case-management account

Hi {u_given},

We saw a successful sign-in to your account ({login}) from {ip1} ({country}) at {time} UTC, followed by failed attempts from {ip2}.
The device reported MAC {mac} and hardware ID {dev}, which is not one of ours (our laptops are tagged like {asset}, client v{ver}).
Your temporary password is {cred} – you will be asked to change it at next login.
?The MFA recovery code {cred2} has been revoked.
?If this was you (e.g. travelling), reply and let us know.

{it}
IT Service Desk · ext. 4410 · {it_phone}

{quote}""",
        ctx,
    )


def em_mandated_reporter(rng, ref):
    uk = rng.random() < 0.5
    cc = "GB" if uk else "US"
    dr, hot = staff(rng, ref, 2)
    c = per(rng, ref, minor=True, age=rng.randint(2, 16))
    adult = per(rng, ref, sex="M", age=rng.randint(20, 55))
    mum = per(rng, ref, sex="F", cul=c.culture, age=c.age + rng.randint(18, 30))
    hd = rng.choice(S.HOTLINE_DOMAINS)
    ctx = dict(
        dr_box=box(rng, dr, E(V.staff_email(dr, "nhs.net" if uk else "mercygeneral.org"), "EMAIL_ADDRESS")),
        hot_box=box(rng, hot, sem(hot, hd)),
        hdate=rfc(rng, ref),
        hosp=rng.choice(S.HOSPITALS),
        c_inv=E(c.inverted, "PERSON"),
        c_dob=dob(rng, c, not uk),
        c_age=c.age_e(),
        mrn=f"MRN {V.rd(rng, 8)}",
        nhs=["NHS No: ", E(V.gb_nhs(rng), "NATIONAL_ID")]
        if uk
        else ["Insurance: Medicaid, member ", f"M{V.rd(rng, 9)}"],
        c_addr=V.address(rng, cc, oneline=True),
        med=pick(rng, S.MED_EN, "MEDICAL_CONDITION"),
        meds=pick(rng, S.MEDS_EN, "MEDICAL_CONDITION"),
        adult=E(adult.full, "PERSON"),
        a_phone=ph(rng, cc),
        a_eth=pick(rng, S.ETH_EN, "ETHNIC_ORIGIN"),
        a_age=adult.age_e(),
        c_user=E(V.username(rng), "USERNAME"),
        mum=E(mum.full, "PERSON"),
        mum_phone=ph(rng, cc),
        title=rng.choice(["Dr", "Dr.", "Nurse"]),
        dr=E(dr.full, "PERSON"),
        bleep=V.rd(rng, 4),
        c_given=E(c.given, "PERSON"),
        pr=pron(c)[0],
    )
    return F(
        rng,
        """From: {dr_box}
To: {hot_box}
Date: {hdate}
Subject: URGENT: safeguarding referral from {hosp} ED

Patient: {c_inv}    DOB: {c_dob}    Age: {c_age}    {mrn}
?{nhs}
Address: {c_addr}
Background: known {med}, on {meds}. Attended with bruising to both upper arms, explanation inconsistent.
Accompanied by: {adult} (states he is "uncle"), phone {a_phone}.
?Adult description: {a_eth} male, {a_age} years old per his own ID, strong smell of alcohol.
?{c_given} told the nurse that the uncle "has my {c_user} password and reads my messages".
Mother: {mum}, {mum_phone} (not yet reached).

Please log and advise whether you already hold anything on this family.
{title} {dr}
Paediatric Registrar · bleep {bleep}""",
        ctx,
    )


def em_payroll_phish(rng, ref):
    emp, pay = staff(rng, ref, 2)
    hd = rng.choice(S.HOTLINE_DOMAINS)
    spoof = em(rng, emp)
    inner = F(
        rng,
        """Hi {pay_given}, I changed banks. Please update my direct deposit before the next payroll run:
Bank: {bank}
Routing: {aba}
Account: {acct}
Thanks, {emp_given}""",
        dict(
            pay_given=E(pay.given, "PERSON"),
            bank=rng.choice(S.BANKS[:6]),
            aba=E(V.aba(rng), "ABA_ROUTING_NUMBER"),
            acct=E(V.bank_account(rng), "US_BANK_NUMBER"),
            emp_given=E(emp.given, "PERSON"),
        ),
    )
    ctx = dict(
        pay_box=box(rng, pay, sem(pay, hd)),
        emp_box=box(rng, emp, sem(emp, hd)),
        hdate=rfc(rng, ref),
        emp_given=E(emp.given, "PERSON"),
        spoof=spoof,
        pay_phone=ph(rng, "US", mobile=False),
        empid=f"E{V.rd(rng, 5)}",
        pay=E(pay.full, "PERSON"),
        spoof_box=['"', E(emp.full, "PERSON"), '" <', spoof, ">"],
        date2=rfc(rng, ref - dt.timedelta(days=1)),
        quote=quoted(inner),
        aba_old=E(V.aba(rng), "ABA_ROUTING_NUMBER"),
        acct_old=E(V.bank_account(rng), "US_BANK_NUMBER"),
    )
    return F(
        rng,
        """From: {pay_box}
To: {emp_box}
Date: {hdate}
Subject: RE: Direct deposit update – please confirm

{emp_given} – did you send the message below? It came from {spoof}, not your work address, so I have NOT changed anything.
?We still have routing {aba_old} / account {acct_old} on file for employee {empid}.
Please call me on {pay_phone} to confirm before Friday's run.
{pay}, Payroll

-----Original Message-----
From: {spoof_box}
Sent: {date2}
Subject: Direct deposit update

{quote}""",
        ctx,
    )


def em_missing_child(rng, ref):
    cc = rng.choice(["US", "GB", "IE"])
    pol, pol2, hot = staff(rng, ref, 3)
    c = per(rng, ref, minor=True, age=rng.randint(11, 17))
    s = per(rng, ref, sex="M", age=rng.randint(19, 45))
    mum = per(rng, ref, sex="F", cul=c.culture, age=c.age + rng.randint(18, 30))
    pd, hd = rng.choice(S.POLICE_DOMAINS), rng.choice(S.HOTLINE_DOMAINS)
    she, her, _ = pron(c)
    alias = rng.choice(S.CULTURES["en_us"]["m" if c.sex == "F" else "f"])
    ctx = dict(
        pol_box=box(rng, pol, sem(pol, pd)),
        hot_box=box(rng, hot, sem(hot, hd)),
        pol2_box=box(rng, pol2, sem(pol2, pd)),
        hdate=rfc(rng, ref),
        c_inv=E(c.inverted, "PERSON"),
        c_age=c.age_e(),
        tk=V.ticket(rng, "MISPER"),
        c=E(c.full, "PERSON"),
        sex="female" if c.sex == "F" else "male",
        c_dob=dob(rng, c, cc == "US"),
        c_addr=V.address(rng, cc, oneline=True),
        time=f"{rng.randint(13, 23)}:{rng.randint(0, 59):02d}",
        She=she.capitalize(),
        she=she,
        c_eth=pick(rng, S.ETH_EN, "ETHNIC_ORIGIN"),
        height=f"{rng.randint(4, 5)}'{rng.randint(0, 11)}\"" if cc == "US" else f"{rng.randint(140, 178)} cm",
        hair=rng.choice(S.HAIR),
        clothes=rng.choice(S.CLOTHES),
        geo=E(V.geo(rng, cc=cc if cc != "IE" else "IE"), "GEO_COORDINATES"),
        town2=E(V.town(rng, cc)[0], "LOCATION"),
        s=E(s.full, "PERSON"),
        s_age=s.age_e(),
        car=rng.choice(["black Vauxhall Corsa", "white Ford Transit", "blue Honda Civic", "silver Toyota Prius"]),
        plate=E(V.plate(rng, cc), "VEHICLE_PLATE"),
        s_given=E(s.given, "PERSON"),
        s_crim=pick(rng, S.CRIM_EN, "CRIMINAL_HISTORY"),
        meds=pick(rng, S.MEDS_EN, "MEDICAL_CONDITION"),
        med=pick(rng, S.MED_EN, "MEDICAL_CONDITION"),
        c_given=E(c.given, "PERSON"),
        gi=pick(rng, S.GENDER_ADJ, "GENDER_IDENTITY"),
        alias=E(alias, "PERSON"),
        mum=E(mum.full, "PERSON"),
        mum_phone=ph(rng, cc),
        pol_phone=ph(rng, cc),
        pol=E(pol.full, "PERSON"),
        c_user=E(V.username(rng, at=True), "USERNAME"),
    )
    return F(
        rng,
        """From: {pol_box}
To: {hot_box}; {pol2_box}
Date: {hdate}
Subject: MISSING – {c_inv} ({c_age}) – {tk}

All,
{c} ({sex}, {c_age}, DOB {c_dob}) was reported missing from {c_addr} at {time} yesterday.
{She} is {c_eth}, {height}, {hair}, last seen wearing {clothes}.
Last phone ping: {geo} (cell site near {town2}).
?Possibly travelling with {s}, {s_age}, in a {car} reg {plate}. {s_given} – PNC/NCIC: {s_crim}.
?{She} needs {meds} daily for {med}.
?Note: {c_given} is {gi} and may be using the name {alias} online ({c_user}).
Family contact: {mum} on {mum_phone}.
Please flag any tips to me directly on {pol_phone}.
{pol}""",
        ctx,
    )


def em_uk_mash(rng, ref):
    sw, hot, pol = staff(rng, ref, 3)
    c = per(rng, ref, minor=True, age=rng.randint(3, 15))
    mum = per(rng, ref, sex="F", cul=c.culture, age=c.age + rng.randint(17, 32))
    s = per(rng, ref, sex="M", age=rng.randint(22, 50))
    hd = rng.choice(S.HOTLINE_DOMAINS)
    ctx = dict(
        sw_box=box(
            rng,
            sw,
            E(
                V.staff_email(sw, rng.choice(["stockport.gov.uk", "wolverhampton.gov.uk", "hertfordshire.gov.uk"])),
                "EMAIL_ADDRESS",
            ),
        ),
        hot_box=box(rng, hot, sem(hot, hd)),
        pol_box=box(rng, pol, sem(pol, rng.choice(S.POLICE_DOMAINS[:3]))),
        hdate=rfc(rng, ref),
        c=E(c.full, "PERSON"),
        c_dob=dob(rng, c, False),
        c_age=c.age_e(),
        nhs=E(V.gb_nhs(rng), "NATIONAL_ID"),
        school=rng.choice(S.SCHOOLS),
        addr=V.address(rng, "GB", oneline=True),
        mum=E(mum.full, "PERSON"),
        mum_dob=dob(rng, mum, False),
        nino=E(V.gb_nino(rng), "NATIONAL_ID"),
        s=E(s.full, "PERSON"),
        s_age=s.age_e(),
        s_crim=pick(rng, S.CRIM_EN, "CRIMINAL_HISTORY"),
        eth=pick(rng, S.ETH_EN, "ETHNIC_ORIGIN"),
        med=pick(rng, S.MED_EN, "MEDICAL_CONDITION"),
        mum_phone=ph(rng, "GB"),
        sw=E(sw.full, "PERSON"),
        sw_phone=ph(rng, "GB", mobile=False),
        tk=V.ticket(rng, "MASH"),
        s_so=pick(rng, S.ORIENT_EN, "SEXUAL_ORIENTATION"),
        dist=E(rng.choice(S.GB_DISTRICTS), "LOCATION"),
        disc=rng.choice(DISCLAIMER),
    )
    return F(
        rng,
        """From: {sw_box}
To: {hot_box}
Cc: {pol_box}
Date: {hdate}
Subject: FW: MASH referral {tk} – {c} – DOB {c_dob}

Morning,
Forwarding as agreed at the strategy meeting.
Child: {c} ({c_age}), NHS {nhs}, attends {school}.
Address: {addr}
Mother: {mum} (DOB {mum_dob}), NI {nino}, mobile {mum_phone}.
Mother's partner: {s}, {s_age} – {s_crim}.
?Ethnicity recorded by school: {eth}.
?Health: {med}; CAMHS referral pending.
?Mum disclosed she is {s_so} and fears her ex will "out" her to family in {dist}.
Regards,
{sw}
Senior Practitioner, Children's Services · {sw_phone}
{disc}""",
        ctx,
    )


def em_swiss_partner(rng, ref):
    lang = rng.choice(["de", "fr", "it"])
    pt = V.Person(rng, "ch", ref)
    hot = staff(rng, ref)
    c = V.Person(rng, "ch", ref, minor=True, age=rng.randint(8, 16))
    s = V.Person(rng, rng.choice(["ch", "de", "it", "sq", "pt"]), ref, sex="M", age=rng.randint(24, 62))
    hd = rng.choice(S.HOTLINE_DOMAINS)
    lab = {
        "de": ("Geburtsdatum", "AHV-Nr.", "Adresse", "Freundliche Grüsse"),
        "fr": ("Date de naissance", "N° AVS", "Adresse", "Meilleures salutations"),
        "it": ("Data di nascita", "N. AVS", "Indirizzo", "Cordiali saluti"),
    }[lang]
    ctx = dict(
        p_box=box(rng, pt, sem(pt, "kinderschutz-meldung.ch")),
        hot_box=box(rng, hot, sem(hot, hd)),
        hdate=rfc(rng, ref),
        hot_given=E(hot.given, "PERSON"),
        s_inv=E(s.inverted, "PERSON"),
        l_dob=lab[0],
        s_dob=E(f"{s.dob:%d.%m.%Y}", "DATE_OF_BIRTH"),
        l_ahv=lab[1],
        s_ahv=E(V.ch_ahv(rng), "NATIONAL_ID"),
        l_addr=lab[2],
        s_addr=V.address(rng, "CH", oneline=True),
        s_phone=ph(rng, "CH"),
        plate=E(V.plate(rng, "CH"), "VEHICLE_PLATE"),
        c=E(c.full, "PERSON"),
        c_age=c.age_e(),
        c_town=E(V.town(rng, "CH")[0], "LOCATION"),
        ip=E(V.ip(rng), "IP_ADDRESS"),
        iban=E(V.iban(rng, "CH"), "IBAN_CODE"),
        bye=lab[3],
        p=E(pt.full, "PERSON"),
        p_phone=ph(rng, "CH", mobile=False),
        tk=V.ticket(rng),
        s_crim=pick(rng, S.CRIM_EN, "CRIMINAL_HISTORY"),
        uid="CHE-" + V.rd(rng, 3) + "." + V.rd(rng, 3) + "." + V.rd(rng, 3),
    )
    return F(
        rng,
        """From: {p_box}
To: {hot_box}
Date: {hdate}
Subject: AW: Re: Anfrage / demande {tk}

Dear {hot_given},
As requested, the data from the cantonal police (in their original labels):
  Name: {s_inv}
  {l_dob}: {s_dob}
  {l_ahv}: {s_ahv}
  {l_addr}: {s_addr}
  Natel: {s_phone}
?  Fahrzeug / véhicule: {plate}
?  Vorstrafen: {s_crim}
?The account that paid for the livestream used IBAN {iban}.
?Upload IP: {ip}
The girl is most likely {c} ({c_age}) from {c_town}; the KESB has been informed.
{bye}
{p}
Kinderschutz Meldestelle Schweiz · UID {uid} · Tel. {p_phone}""",
        ctx,
    )


EMAIL = [
    em_school_referral,
    em_police_handover,
    em_partner_referral,
    em_auto_reply,
    em_volunteer_vetting,
    em_donor_refund,
    em_it_compromise,
    em_mandated_reporter,
    em_payroll_phish,
    em_missing_child,
    em_uk_mash,
    em_swiss_partner,
]


# ================================================================ public_post
def _cc(rng):
    return rng.choice(["US", "US", "GB", "GB", "IE", "CA", "AU"])


def _addr_cc(cc):
    return cc if cc in ("US", "GB", "IE") else ("GB" if cc == "AU" else "US")


def _town(rng, cc):
    if cc == "CA":
        return E(rng.choice(S.CA_TOWNS), "LOCATION")
    if cc == "AU":
        return E(rng.choice(S.AU_TOWNS), "LOCATION")
    if cc == "IE":
        return E(rng.choice(S.IE_TOWNS), "LOCATION")
    return E(V.town(rng, cc)[0], "LOCATION")


def obf_phone(rng, cc):
    p = V.phone(rng, cc, style="nat")
    k = rng.randrange(3)
    if k == 0:
        return p.replace("0", "O")
    if k == 1:
        return " ".join(p.replace(" ", ""))
    return V.spoken_phone(rng, cc if cc in ("US", "GB") else "GB")


def pp_missing(rng, ref):
    cc = _cc(rng)
    c = per(rng, ref, minor=True, age=rng.randint(10, 17))
    mum = per(rng, ref, sex="F", cul=c.culture, age=c.age + rng.randint(18, 35))
    she, her, _ = pron(c)
    ctx = dict(
        cap=E(c.full.upper(), "PERSON"),
        c=E(c.full, "PERSON"),
        c_age=c.age_e(),
        town=_town(rng, cc),
        date=V.date_en(rng, ref, cc == "US"),
        She=she.capitalize(),
        her=her,
        eth=pick(rng, S.ETH_EN, "ETHNIC_ORIGIN"),
        height=f"{rng.randint(4, 5)}ft {rng.randint(0, 11)}",
        hair=rng.choice(S.HAIR),
        clothes=rng.choice(S.CLOTHES),
        med=pick(rng, S.MED_EN, "MEDICAL_CONDITION"),
        geo=E(V.geo(rng, cc=_addr_cc(cc)), "GEO_COORDINATES"),
        mum_phone=ph(rng, _addr_cc(cc) if cc != "CA" else "CA"),
        mum_user=E(V.username(rng, at=True), "USERNAME"),
        tk=V.ticket(rng, "MP"),
        likes=rng.randint(40, 9000),
        com=rng.randint(3, 800),
        sh=rng.randint(10, 20000),
        c_dob=dob(rng, c, cc == "US"),
        mum=E(mum.given, "PERSON"),
        c_user=E(V.username(rng, at=True), "USERNAME"),
    )
    return F(
        rng,
        """🚨 MISSING: {cap} 🚨 PLEASE SHARE
{c} ({c_age}) has been missing from {town} since {date}. {She} is {eth}, about {height}, {hair}, last seen wearing {clothes} near the bus station.
?Born {c_dob}.
?{She} has {med} and does not have {her} medication with {her}.
?Last location from {her} phone: {geo}
?{She} might be using the account {c_user}.
If you see {her} call {mum} on {mum_phone} or the police quoting {tk}. DM {mum_user} anytime 🙏
#missing #pleaseshare #bringherhome
👍 {likes}  💬 {com}  ↗ {sh}""",
        ctx,
    )


def pp_marketplace(rng, ref):
    cc = _cc(rng)
    sl = per(rng, ref)
    ac = _addr_cc(cc)
    ctx = dict(
        item=rng.choice(S.NOUNS),
        price=V.money(rng, "£" if cc == "GB" else "$"),
        town=_town(rng, cc),
        cond=rng.choice(["Used but good condition", "Brand new in box", "Some scratches", "Smoke-free home"]),
        sku=V.sku(rng),
        sg=E(sl.given, "PERSON"),
        phone=E(obf_phone(rng, ac), "PHONE_NUMBER"),
        mail=em(rng, sl, obf=0.8),
        addr=E(V.street(rng, ac), "STREET_ADDRESS"),
        flat=rng.randint(1, 20),
        user=E(V.username(rng), "USERNAME"),
        lid=V.rd(rng, 11),
        rating=f"{rng.randint(40, 50) / 10}",
        n=rng.randint(3, 400),
        url=E(V.profile_url(rng), "URL"),
    )
    return F(
        rng,
        """{item} – {price} ONO
Collection only from {town}. {cond}. {sku}.
Text or WhatsApp {sg} on {phone}
?or email {mail} (no time wasters pls)
?Pickup: {addr} – ring the bell for flat {flat}
Seller: {user} · member since 2019 · ⭐ {rating} ({n})
?Also selling on {url}
Listing ID {lid}""",
        ctx,
    )


def pp_dating(rng, ref):
    cc = _cc(rng)
    if rng.random() < 0.5:
        p = per(rng, ref, minor=True, age=rng.randint(13, 17))
        ctx = dict(
            g=E(p.given, "PERSON"),
            age=p.age_e(),
            sx=rng.choice(["f", "F", "m", "M", "nb"]),
            town=_town(rng, cc),
            so=pick(rng, S.ORIENT_EN, "SEXUAL_ORIENTATION"),
            hobby=rng.choice(["anime", "kpop", "fortnite", "horse riding", "drawing"]),
            snap=E(V.username(rng), "USERNAME"),
            insta=E(V.username(rng, at=True), "USERNAME"),
            gi=pick(rng, S.GENDER_ADJ, "GENDER_IDENTITY"),
            prn=rng.choice(["they/them", "she/they", "he/him", "any"]),
            phone=ph(rng, _addr_cc(cc)),
            sch=rng.choice(S.SCHOOLS),
        )
        return F(
            rng,
            """hey im {g} 👋 {age}{sx} from {town}!! {so} and proud 🏳️‍🌈 looking for friends who like {hobby}
snap: {snap} / insta {insta}
?not into drama. {gi} btw, pronouns {prn}
?i go to {sch} if ur near
?dm me or txt {phone} (not after 10 my mum checks lol)""",
            ctx,
        )
    p = per(rng, ref, age=rng.randint(19, 45))
    ctx = dict(
        name=E(p.given, "PERSON"),
        age=p.age_e(),
        town=_town(rng, cc),
        so=pick(rng, S.ORIENT_EN, "SEXUAL_ORIENTATION"),
        gi=pick(rng, S.GENDER_NOUN[2:4], "GENDER_IDENTITY"),
        eth=pick(rng, S.ETH_EN, "ETHNIC_ORIGIN"),
        plat=rng.choice(S.PLATFORMS),
        user=E(V.username(rng, at=True), "USERNAME"),
        url=E(V.profile_url(rng), "URL"),
        job=rng.choice(["nurse", "barista", "electrician", "PhD student"]),
        med=pick(rng, S.MED_EN, "MEDICAL_CONDITION"),
    )
    return F(
        rng,
        """{name}, {age} | {town}
{so} {gi} looking for something real ✨ {job} by day, gamer by night. {eth} and a proud dog parent.
?Open about my {med}, it's part of me.
No hookups, no pics on first message.
Find me on {plat}: {user} • {url}""",
        ctx,
    )


def pp_lost_phone(rng, ref):
    cc = _cc(rng)
    o = per(rng, ref, age=rng.randint(24, 55))
    pt = per(rng, ref)
    c = per(rng, ref, minor=True, cul=o.culture, age=rng.randint(1, 12))
    model, os_ = rng.choice(
        [
            ("iPhone 14 Pro", "iOS 17.4"),
            ("iPhone 12 mini", "iOS 16.7"),
            ("Galaxy S23", "Android 14"),
            ("Pixel 8", "Android 15"),
            ("Redmi Note 12", "HyperOS 1.0"),
        ]
    )
    ctx = dict(
        model=model,
        bus=rng.choice(["number 42 bus", "7:15 train", "Red Line", "school run"]),
        town=_town(rng, cc),
        town2=_town(rng, cc),
        date=V.date_en(rng, ref - dt.timedelta(days=rng.randint(1, 5))),
        imei=E(V.imei(rng), "DEVICE_ID"),
        serial=E(V.serial(rng), "DEVICE_ID"),
        mac=E(V.mac(rng), "MAC_ADDRESS"),
        pg=E(pt.given, "PERSON"),
        phone=ph(rng, _addr_cc(cc)),
        mail=em(rng, o, obf=0.4),
        cg=E(c.given, "PERSON"),
        cage=c.age_e(),
        geo=E(V.geo(rng, cc=_addr_cc(cc)), "GEO_COORDINATES"),
        o=E(o.full, "PERSON"),
        ver=os_,
    )
    return F(
        rng,
        """LOST PHONE 📱 – reward offered!
Lost my {model} ({ver}, black case, cracked corner) on the {bus} between {town} and {town2} on {date}.
IMEI: {imei}
?Serial: {serial}
?Wi-Fi MAC: {mac}
If found please ring my partner {pg} on {phone} or email {mail}. Lock screen is a pic of my daughter {cg} ({cage}) so you'll know it's mine.
?Find My last showed it at {geo}.
Thanks!! – {o}""",
        ctx,
    )


def pp_comments(rng, ref):
    cc = _cc(rng)
    c = per(rng, ref, minor=True, sex="F", age=rng.randint(12, 16))
    s = per(rng, ref, sex="M", age=rng.randint(25, 60))
    u1, u2, u3, u4, u5 = (V.username(rng) for _ in range(5))
    ctx = dict(
        title=rng.choice(["School talent show 2024 FULL", "prank on my sister GONE WRONG", "day in my life vlog #47"]),
        views=f"{rng.randint(1, 900)}K",
        n=rng.randint(20, 900),
        u1=E(u1, "USERNAME"),
        u1at=E("@" + u1, "USERNAME"),
        u2=E(u2, "USERNAME"),
        u3=E(u3, "USERNAME"),
        u4=E(u4, "USERNAME"),
        u5=E(u5, "USERNAME"),
        cg=E(c.given, "PERSON"),
        sch=rng.choice(S.SCHOOLS),
        cage=E(V.num_word(c.age), "MINOR_AGE"),
        url=E(V.profile_url(rng), "URL"),
        s=E(s.full, "PERSON"),
        addr=V.address(rng, _addr_cc(cc), oneline=True),
        crim=pick(rng, S.CRIM_EN, "CRIMINAL_HISTORY"),
        phone=ph(rng, _addr_cc(cc)),
        u3at=E("@" + u3, "USERNAME"),
    )
    return F(
        rng,
        """▶ {title} · {views} views
💬 Comments ({n})
{u1} · 2d
omg is that {cg} from {sch}?? shes like {cage} 😭
   ↳ {u2} · 1d
   {u1at} yes lol her insta is {url}
{u3} · 5h
creep alert 🚩 the guy filming in the back is {s}, lives at {addr}. my cousin says: {crim}
   ↳ {u4} · 3h
   {u3at} that's literally doxxing, reported
?{u5} · 1h
?DM me ur number cutie, mine is {phone} 😘""",
        ctx,
    )


def pp_crowdfund(rng, ref):
    cc = rng.choice(["US", "GB", "IE", "DE", "NL"])
    c = per(rng, ref, minor=True, age=rng.randint(2, 15))
    o = per(rng, ref, cul=c.culture, age=c.age + rng.randint(20, 40))
    ac = cc if cc in ("US", "GB", "IE") else "GB"
    bank = (
        [
            " Prefer a bank transfer? IBAN ",
            E(V.iban(rng, cc if cc != "US" else "IE"), "IBAN_CODE"),
            f" (account holder: {o.given[0]}. {o.family})",
        ]
        if cc != "US"
        else [
            " US donors can send ACH: routing ",
            E(V.aba(rng), "ABA_ROUTING_NUMBER"),
            ", account ",
            E(V.bank_account(rng), "US_BANK_NUMBER"),
        ]
    )
    ctx = dict(
        cg=E(c.given, "PERSON"),
        med=pick(rng, S.MED_EN, "MEDICAL_CONDITION"),
        o=E(o.full, "PERSON"),
        rel=rng.choice(["parent", "aunt/uncle", "grandparent"]),
        town=_town(rng, ac),
        c=E(c.full, "PERSON"),
        cage=c.age_e(),
        year=ref.year - rng.randint(0, 2),
        raised=f"${rng.randint(200, 9000):,}",
        goal=f"${rng.randint(10, 50) * 1000:,}",
        donors=rng.randint(12, 3000),
        bank=bank,
        mail=em(rng, o, obf=0.3),
        upd=V.date_en(rng, ref),
        meds=pick(rng, S.MEDS_EN, "MEDICAL_CONDITION"),
        phone=ph(rng, ac),
    )
    return F(
        rng,
        """Help {cg} fight {med} 💛
Organised by {o} ({rel}) · {town}
{c} is {cage} and was diagnosed with {med} in {year}. The specialist clinic isn't covered and travel every week is adding up.
Raised {raised} of {goal} · {donors} donors
?{bank}
Update {upd}: {cg} has started on {meds} and is doing much better – thank you all!!
?Contact the organiser: {mail} / {phone}""",
        ctx,
    )


def pp_review(rng, ref):
    cc = rng.choice(["US", "GB"])
    st, ow = per(rng, ref), per(rng, ref)
    c = per(rng, ref, minor=True, sex="M", age=rng.randint(5, 15))
    ctx = dict(
        stars=rng.choice(["★☆☆☆☆", "★★☆☆☆", "★★★★☆"]),
        biz=rng.choice(S.FIRMS),
        rv=E(V.username(rng), "USERNAME"),
        date=V.date_en(rng, ref - dt.timedelta(days=rng.randint(2, 40)), cc == "US"),
        sg=E(st.given, "PERSON"),
        cg=E(c.given, "PERSON"),
        cage=c.age_e(),
        ow=E(ow.full, "PERSON"),
        ophone=ph(rng, cc),
        omail=em(rng, ow),
        order=f"order #{V.rd(rng, 6)}",
        med=pick(rng, S.MED_EN, "MEDICAL_CONDITION"),
        town=_town(rng, cc),
    )
    return F(
        rng,
        """{stars}  {biz} ({town}) – reviewed by {rv}
Went in on {date} about {order}. The manager, {sg}, was rude to my son {cg} ({cage}) and made a comment about his {med} in front of everyone. Not acceptable.
?Will not be back.
Response from the owner, {ow}:
We're really sorry to hear this. Please contact me directly on {ophone} or {omail} so I can put it right.""",
        ctx,
    )


def pp_doxx(rng, ref):
    cc = rng.choice(["US", "GB", "US"])
    s = per(rng, ref, sex="M", age=rng.randint(20, 60))
    ctx = dict(
        h=E(V.username(rng), "USERNAME"),
        plat=rng.choice(S.PLATFORMS),
        poster=E(V.username(rng), "USERNAME"),
        n=rng.randint(3, 300),
        s=E(s.full, "PERSON"),
        sdob=dob(rng, s, cc == "US"),
        sage=s.age_e(),
        addr=V.address(rng, cc, oneline=True),
        car=rng.choice(["grey Nissan Qashqai", "red F-150", "black Golf"]),
        plate=E(V.plate(rng, cc), "VEHICLE_PLATE"),
        phone=ph(rng, cc),
        mail=em(rng, s, obf=0.3),
        ip=E(V.ip(rng), "IP_ADDRESS"),
        cred=E(V.credential(rng), "CREDENTIAL"),
        crim=pick(rng, S.CRIM_EN, "CRIMINAL_HISTORY"),
        u2=E(V.username(rng), "USERNAME"),
        sg=E(s.given, "PERSON"),
        eth=pick(rng, S.ETH_EN, "ETHNIC_ORIGIN"),
        url=E(V.profile_url(rng), "URL"),
    )
    return F(
        rng,
        """[Thread] Exposing {h} – the guy messaging kids on {plat}
Posted by {poster} · {n} replies
His real name is {s}, DOB {sdob} ({sage}). {eth}, lives at {addr}. Drives a {car}, plate {plate}.
Phone: {phone}   Email: {mail}
?Main profile: {url}
?His IP from the server logs: {ip}
?Old password from a breach dump (he still uses it lol): {cred}
?Court records: {crim}
Mods pls don't delete, police aren't doing anything about {sg}.
   ↳ {u2}: posting addresses breaks rule 4. Thread locked and reported to the platform.""",
        ctx,
    )


def pp_gaming(rng, ref):
    cc = _cc(rng)
    p = per(rng, ref, minor=True, sex="M", age=rng.randint(11, 17))
    ctx = dict(
        ign=E(V.username(rng), "USERNAME"),
        disc=E(V.username(rng) + rng.choice(["", "#" + V.rd(rng, 4)]), "USERNAME"),
        age=p.age_e(),
        url=E(V.profile_url(rng), "URL"),
        town=_town(rng, cc),
        g=E(p.given, "PERSON"),
        game=rng.choice(["Valorant", "Rocket League", "Apex", "CS2", "Fortnite"]),
        rank=rng.choice(["Gold 2", "Plat 3", "Diamond 1"]),
        psn=E(V.username(rng), "USERNAME"),
        uid=E(V.rd(rng, 17), "USERNAME"),
        patch=V.version(rng),
    )
    return F(
        rng,
        """LFG {game} ranked duo 🎮 EU servers, patch {patch}
IGN: {ign} | Discord: {disc} | {age}yo | mic ✅ | {rank}
?add me on steam {url}
?PSN {psn} (account id {uid})
?im {g} btw, from {town}. dont tell my parents im on here after 11 lol""",
        ctx,
    )


def pp_neighbourhood(rng, ref):
    cc = rng.choice(["US", "GB"])
    s = per(rng, ref, sex="M", age=rng.randint(25, 60))
    c = per(rng, ref, minor=True, sex="F", age=rng.randint(6, 14))
    poster, neigh = per(rng, ref, sex="F"), per(rng, ref)
    ctx = dict(
        sch=rng.choice(S.SCHOOLS),
        area=E(rng.choice(S.GB_DISTRICTS) if cc == "GB" else V.town(rng, "US")[0], "LOCATION"),
        t=rng.randint(5, 50),
        car=rng.choice(["white van", "dark blue Prius", "silver Astra"]),
        plate=E(V.plate(rng, cc), "VEHICLE_PLATE"),
        sage=E(V.num_word(s.age), "AGE"),
        eth=pick(rng, S.ETH_EN, "ETHNIC_ORIGIN"),
        hair=rng.choice(S.HAIR),
        neigh=E(neigh.given, "PERSON"),
        s=E(s.full, "PERSON"),
        addr=E(V.street(rng, cc), "STREET_ADDRESS"),
        cg=E(c.given, "PERSON"),
        cage=c.age_e(),
        phone=ph(rng, cc),
        poster=E(poster.full, "PERSON"),
        u=E(V.username(rng), "USERNAME"),
        tk=V.ticket(rng, "CAD"),
    )
    return F(
        rng,
        """⚠️ Suspicious man near {sch} this morning
Posted by {poster} in {area} · {t} min ago
A man in a {car}, reg {plate}, was filming kids at the gates. Looked about {sage}, {eth}, {hair}.
?My neighbour {neigh} recognised him as {s} from {addr}.
?He tried to talk to my daughter {cg} ({cage}). If anyone has doorbell footage please call me on {phone}.
Comments
{u}: Reported to police, ref {tk}. Stay safe everyone""",
        ctx,
    )


def pp_event(rng, ref):
    cc = _cc(rng)
    h1, h2 = per(rng, ref), per(rng, ref)
    ctx = dict(
        park=rng.choice(["Victoria Park", "Riverside Green", "Memorial Gardens", "Lincoln Park bandstand"]),
        town=_town(rng, cc),
        h1=E(V.username(rng, at=True), "USERNAME"),
        h2=E(V.username(rng, at=True), "USERNAME"),
        hg=E(h1.given, "PERSON"),
        prn=rng.choice(["she/they", "he/him", "they/them"]),
        so=pick(rng, S.ORIENT_EN, "SEXUAL_ORIENTATION"),
        gi=pick(rng, S.GENDER_ADJ, "GENDER_IDENTITY"),
        url=E(V.profile_url(rng), "URL"),
        phone=ph(rng, _addr_cc(cc)),
        h2g=E(h2.full, "PERSON"),
        date=V.date_en(rng, ref + dt.timedelta(days=rng.randint(2, 9))),
    )
    return F(
        rng,
        """📣 Youth Pride picnic on {date} at {park}, {town}! 🏳️‍⚧️🏳️‍🌈
Hosted by {h1} and {h2} — ask for {hg} ({prn}) if you're new 💜
?{hg} is {so} and {gi} and started this group after struggling at school.
All LGBTQ+ teens (13–17) and allies welcome. DM {url} to be added to the group chat.
?Parents/carers can call {h2g} on {phone} with any questions.
#pride #community #safe space""",
        ctx,
    )


def pp_roommate(rng, ref):
    cc = rng.choice(["GB", "US", "IE"])
    p = per(rng, ref, age=rng.randint(20, 40))
    ctx = dict(
        town=_town(rng, cc),
        price=V.money(rng, "£" if cc == "GB" else "$"),
        name=E(p.given, "PERSON"),
        age=p.age_e(),
        so=pick(rng, S.ORIENT_EN, "SEXUAL_ORIENTATION"),
        gi=pick(rng, S.GENDER_NOUN[2:4], "GENDER_IDENTITY"),
        addr=E(V.street(rng, cc), "STREET_ADDRESS"),
        phone=E(obf_phone(rng, cc) if rng.random() < 0.4 else V.phone(rng, cc), "PHONE_NUMBER"),
        mail=em(rng, p, obf=0.6),
        url=E(V.profile_url(rng), "URL"),
        med=pick(rng, S.MED_EN, "MEDICAL_CONDITION"),
        job=rng.choice(["junior doctor", "teacher", "software tester", "chef"]),
    )
    return F(
        rng,
        """ROOM FOR RENT – {town}, {price}/month, bills incl.
Hi! I'm {name}, {age}, a {so} {gi} working as a {job}. Double room in a 2-bed flat at {addr}, 5 min from the station. LGBTQ+ friendly, no smokers.
?Heads up: I have {med}, so a calm household matters to me.
Viewings this weekend – text {phone} or email {mail}.
?My IG so you know I'm real: {url}""",
        ctx,
    )


PUBLIC = [
    pp_missing,
    pp_marketplace,
    pp_dating,
    pp_lost_phone,
    pp_comments,
    pp_crowdfund,
    pp_review,
    pp_doxx,
    pp_gaming,
    pp_neighbourhood,
    pp_event,
    pp_roommate,
]


# ================================================================ legal
RACE = ["White", "Black", "Hispanic", "Asian", "American Indian", "Pacific Islander", "Middle Eastern"]
CHARGES = [
    "Unlawful sexual conduct with a minor (F4)",
    "Illegal use of minor in nudity-oriented material (F2)",
    "Importuning (F5)",
    "Disseminating matter harmful to juveniles (F5)",
    "Endangering children (M1)",
    "Telecommunications harassment (M1)",
]


def mid(p, rng):
    return E(p.family.upper() + ", " + p.given + " " + rng.choice("ABCDJKLMRST") + ".", "PERSON")


def lg_docket(rng, ref):
    d = per(rng, ref, sex="M", age=rng.randint(19, 70))
    judge, atty = staff(rng, ref, 2)
    st, dl = V.us_dl(rng)
    v = per(rng, ref, minor=True, age=rng.randint(8, 16))
    party = rng.choice(["STATE", "COMMONWEALTH", "PEOPLE"])
    dates = sorted(ref - dt.timedelta(days=rng.randint(1, 200)) for _ in range(3))
    ctx = dict(
        party=party,
        cap=mid(d, rng),
        case=f"{ref.year % 100}CR{V.rd(rng, 6)}",
        judge=E(judge.full, "PERSON"),
        filed=V.date_en(rng, dates[0], True),
        dinv=E(d.inverted, "PERSON"),
        dob=dob(rng, d, True),
        age=d.age_e(),
        race=pick(rng, RACE, "ETHNIC_ORIGIN"),
        addr=V.address(rng, "US", oneline=True),
        ssn=rng.choice(
            [
                ["SSN: ", E(V.us_ssn(rng), "US_SSN")],
                ["SSN: ", E(V.us_ssn(rng), "US_SSN")],
                ["ITIN: ", E(V.us_itin(rng), "US_ITIN")],
            ]
        ),
        st=st,
        dl=E(dl, "US_DRIVER_LICENSE"),
        atty=E(atty.full, "PERSON"),
        firm=rng.choice(S.FIRMS),
        ap=ph(rng, "US", mobile=False),
        ch1=rng.choice(CHARGES),
        ch2=rng.choice(CHARGES),
        cr1=pick(rng, S.CRIM_EN, "CRIMINAL_HISTORY"),
        cr2=pick(rng, S.CRIM_EN, "CRIMINAL_HISTORY"),
        d1=f"{dates[0]:%m/%d/%Y}",
        d2=f"{dates[1]:%m/%d/%Y}",
        d3=f"{dates[2]:%m/%d/%Y}",
        vage=v.age_e(),
        vg=E(v.given, "PERSON"),
        dfam=E(d.family, "PERSON"),
        bond=V.money(rng, "$"),
        mom=E(per(rng, ref, sex="F").full, "PERSON"),
        pas=E(V.us_passport(rng), "US_PASSPORT"),
    )
    return F(
        rng,
        """IN THE COURT OF COMMON PLEAS – CRIMINAL DIVISION
{party} v. {cap}                    Case No. {case}
Judge: Hon. {judge}                 Filed: {filed}

DEFENDANT: {dinv}    DOB: {dob}    Age: {age}    Race: {race}    Sex: M
Address: {addr}
?{ssn}
?Operator's license: {dl} ({st})
Attorney for Defendant: {atty}, {firm}, {ap}

CHARGES:
  1. {ch1}
  2. {ch2}
PRIOR RECORD: {cr1}; {cr2}

DOCKET ENTRIES:
{d1}  Complaint filed. Alleged victim is a minor, age {vage}.
{d2}  Arraignment. Plea of not guilty entered. Bond {bond}; no contact with {vg} or the victim's mother, {mom}.
?{d3}  Motion to suppress statements filed by Atty. {atty}. Defendant {dfam} present in custody.
?{d3}  Condition of bond: U.S. passport no. {pas} surrendered to the Clerk.""",
        ctx,
    )


def lg_crown(rng, ref):
    d = per(rng, ref, sex=rng.choice("MF"), age=rng.randint(19, 65))
    judge = staff(rng, ref)
    vage = rng.randint(9, 15)
    ctx = dict(
        tno=f"T{ref.year}{V.rd(rng, 4)}",
        d=E(d.full.upper(), "PERSON"),
        dfull=E(d.full, "PERSON"),
        dob=dob(rng, d, False),
        age=d.age_e(),
        addr=V.address(rng, "GB", oneline=True),
        nino=E(V.gb_nino(rng), "NATIONAL_ID"),
        cr1=pick(rng, S.CRIM_EN, "CRIMINAL_HISTORY"),
        cr2=pick(rng, MILD_CRIM, "CRIMINAL_HISTORY"),
        judge=E(judge.family, "PERSON"),
        title=rng.choice(["HHJ", "Mr Recorder", "Her Honour Judge"]),
        dtitle="Mr" if d.sex == "M" else "Ms",
        dfam=E(d.family, "PERSON"),
        vage=E(str(vage), "MINOR_AGE"),
        vage2=E(V.num_word(vage), "MINOR_AGE"),
        med=pick(rng, S.MED_EN, "MEDICAL_CONDITION"),
        sdate=V.date_en(rng, ref, False),
        eth=pick(rng, S.ETH_EN, "ETHNIC_ORIGIN"),
        user=E(V.username(rng), "USERNAME"),
        plat=rng.choice(S.PLATFORMS),
        town=_town(rng, "GB"),
    )
    return F(
        rng,
        """IN THE CROWN COURT                                   Case No: {tno}
R v {d}
SENTENCING REMARKS – {title} {judge} – {sdate}

Defendant: {dfull}, born {dob} (aged {age}), of {addr}.
?National Insurance number: {nino}
?Self-defined ethnicity on custody record: {eth}
Antecedents: {cr1}; {cr2}.

{dtitle} {dfam}, you are {age} years old. Using the name {user} on {plat} you contacted a child who told you she was {vage2}. She was in fact {vage}.
?I have read the report about your {med} and take it into account as mitigation.
?You are prohibited from entering {town} for the duration of the order.
The sentence is one of 3 years' imprisonment, with a Sexual Harm Prevention Order for 10 years.""",
        ctx,
    )


def lg_witness(rng, ref):
    cc = rng.choice(["GB", "GB", "US"])
    w = per(rng, ref, minor=rng.random() < 0.3, age=None)
    s = per(rng, ref, sex="M", age=rng.randint(20, 60))
    off = staff(rng, ref)
    ctx = dict(
        w=E(w.full, "PERSON"),
        wage=w.age_e() if w.age < 18 else "Over 18",
        occ="School pupil" if w.age < 18 else rng.choice(["Bus driver", "Nurse", "Retired", "Shop assistant"]),
        addr=V.address(rng, cc, oneline=True),
        phone=ph(rng, cc),
        date=V.date_en(rng, ref, cc == "US"),
        d2=V.date_en(rng, ref - dt.timedelta(days=rng.randint(1, 20)), cc == "US"),
        time=f"{rng.randint(13, 21)}{rng.choice(['00', '15', '30', '45'])} hrs",
        town=_town(rng, cc),
        sg=E(s.given, "PERSON"),
        nick=E(rng.choice(S.NICK), "PERSON"),
        eth=pick(rng, S.ETH_EN, "ETHNIC_ORIGIN"),
        sage=E(V.num_word(s.age), "AGE"),
        car=rng.choice(["dark blue Ford Focus", "silver Mercedes van", "red Kia"]),
        plate=E(V.plate(rng, cc), "VEHICLE_PLATE"),
        s=E(s.full, "PERSON"),
        crim=pick(rng, S.CRIM_EN, "CRIMINAL_HISTORY"),
        sig=E(w.given[0] + ". " + w.family, "PERSON"),
        off=E(off.full, "PERSON"),
        coll=f"{rng.randint(1000, 9999)}",
        wdob=dob(rng, w, cc == "US"),
        urn=f"URN {V.rd(rng, 2)}/{V.rd(rng, 5)}/{ref.year % 100}",
    )
    return F(
        rng,
        """WITNESS STATEMENT  (CJ Act 1967, s.9; MC Act 1980, s.5B; Criminal Procedure Rules r.16.2)          {urn}
Statement of: {w}
Age if under 18: {wage}          Occupation: {occ}
?Date of birth: {wdob}
Address: {addr}          Tel: {phone}
This statement (consisting of 1 page) is true to the best of my knowledge and belief.
Dated: {date}

On {d2} at about {time} I was at the playground behind the library in {town}. I saw a man I know as {sg}, also called "{nick}", talking to two young girls by the swings. He is {eth}, I would say about {sage}, with a grey beard.
He walked off and got into a {car}, registration {plate}. I have known him from the estate for years; his full name is {s}.
?My neighbour told me about his record: {crim}.
Signed: {sig}          Statement taken by: {off}, collar {coll}""",
        ctx,
    )


def lg_incident(rng, ref):
    v = per(rng, ref, minor=True, age=rng.randint(5, 17))
    s = per(rng, ref, sex="M", age=rng.randint(18, 65))
    off = staff(rng, ref)
    st, dl = V.us_dl(rng)
    ctx = dict(
        inc=f"{ref.year}-{V.rd(rng, 6)}",
        police=rng.choice(S.POLICE[5:7]),
        dt=f"{ref:%m/%d/%Y} {rng.randint(0, 23):02d}{rng.randint(0, 59):02d}",
        addr=V.address(rng, "US", oneline=True),
        geo=E(V.geo(rng, cc="US"), "GEO_COORDINATES"),
        rank=rng.choice(["Ofc.", "Dep.", "Sgt.", "Cpl."]),
        off=E(off.full, "PERSON"),
        badge=V.rd(rng, 4),
        vinv=E(v.inverted, "PERSON"),
        vdob=dob(rng, v, True),
        vage=v.age_e(),
        vsex="F" if v.sex == "F" else "M",
        veth=pick(rng, RACE, "ETHNIC_ORIGIN"),
        sinv=mid(s, rng),
        sdob=dob(rng, s, True),
        sage=s.age_e(),
        seth=pick(rng, RACE, "ETHNIC_ORIGIN"),
        saddr=V.address(rng, "US", oneline=True),
        sphone=ph(rng, "US"),
        st=st,
        dl=E(dl, "US_DRIVER_LICENSE"),
        car=rng.choice(["2014 Chevrolet Malibu, gray", "2019 Ram 1500, white", "2008 Honda Odyssey, green"]),
        plate=E(V.plate(rng, "US"), "VEHICLE_PLATE"),
        vg=E(v.given, "PERSON"),
        sfam=E(s.family, "PERSON"),
        crim=pick(rng, S.CRIM_EN, "CRIMINAL_HISTORY"),
        user=E(V.username(rng), "USERNAME"),
        med=pick(rng, S.MED_EN, "MEDICAL_CONDITION"),
        guard=E(per(rng, ref, sex="F").full, "PERSON"),
        gphone=ph(rng, "US"),
        obj=pron(v)[1],
    )
    return F(
        rng,
        """INCIDENT REPORT #{inc}                Agency: {police}
Date/Time Reported: {dt}
Location: {addr}  ({geo})
Reporting Officer: {rank} {off} #{badge}

VICTIM:  {vinv}   DOB {vdob}   Age {vage}   Sex {vsex}   Race {veth}
?  Guardian: {guard}, phone {gphone}
SUSPECT: {sinv}   DOB {sdob}   Age {sage}   Race {seth}   Ht 5'10"  Wt 180
  Address: {saddr}    Phone: {sphone}
  OL#: {dl} ({st})    Vehicle: {car}, plate {plate}
?  Records check: {crim}

NARRATIVE: On arrival I spoke with {vg}, who stated that the suspect, known to {obj} as "{user}" from an online game, arranged to meet {obj} at the above location.
?{vg} has {med}; interview postponed on advice of guardian.
{sfam} was located in the parking lot and detained without incident.""",
        ctx,
    )


def lg_protective(rng, ref):
    pet = per(rng, ref, sex="F", age=rng.randint(24, 50))
    res = per(rng, ref, sex="M", age=rng.randint(24, 60))
    c1 = per(rng, ref, minor=True, cul=pet.culture, age=rng.randint(1, 16))
    c2 = per(rng, ref, minor=True, cul=pet.culture, age=rng.randint(1, 16))
    ctx = dict(
        dk=f"DV-{ref.year}-{V.rd(rng, 5)}",
        pet=E(pet.full, "PERSON"),
        pdob=dob(rng, pet, True),
        res=mid(res, rng),
        rdob=dob(rng, res, True),
        reth=pick(rng, RACE, "ETHNIC_ORIGIN"),
        raddr=V.address(rng, "US", oneline=True),
        c1=E(c1.full, "PERSON"),
        c1dob=dob(rng, c1, True),
        c1age=c1.age_e(),
        c2=E(c2.given, "PERSON"),
        c2dob=dob(rng, c2, True),
        c2age=c2.age_e(),
        paddr=E(V.street(rng, "US"), "STREET_ADDRESS"),
        ptown=E(V.town(rng, "US")[0], "LOCATION"),
        sch=rng.choice(S.SCHOOLS),
        phone=ph(rng, "US"),
        mail=em(rng, res),
        user=E(V.username(rng, at=True), "USERNAME"),
        judge=E(staff(rng, ref).full, "PERSON"),
        exp=V.date_en(rng, ref + dt.timedelta(days=365), True),
        crim=pick(rng, S.CRIM_EN, "CRIMINAL_HISTORY"),
    )
    return F(
        rng,
        """ORDER OF PROTECTION (EX PARTE)                     Docket No. {dk}
Petitioner: {pet}, DOB {pdob}
Respondent: {res}, DOB {rdob}, Race: {reth}
Respondent's address: {raddr}
Protected persons: {c1} (DOB {c1dob}, age {c1age}); {c2} (DOB {c2dob}, age {c2age})

IT IS ORDERED that the Respondent shall not abuse, threaten or contact the Petitioner or protected persons, and shall stay at least 500 feet from {paddr}, {ptown}, and from {sch}.
Respondent shall not contact the protected persons by phone, e-mail or social media. Known identifiers: {phone}; {mail}; {user}.
?The court notes the Respondent's history: {crim}.
This order expires on {exp}.
SO ORDERED. Judge {judge}""",
        ctx,
    )


def lg_psr(rng, ref):
    d = per(rng, ref, age=rng.randint(19, 60))
    po = staff(rng, ref)
    kid = per(rng, ref, minor=True, cul=d.culture, age=rng.randint(1, 15))
    sp = per(rng, ref, cul=d.culture)
    ctx = dict(
        d=E(d.full, "PERSON"),
        nick=E(rng.choice(S.NICK), "PERSON"),
        dob=dob(rng, d, True),
        age=d.age_e(),
        tin=rng.choice([["SSN: ", E(V.us_ssn(rng), "US_SSN")], ["ITIN: ", E(V.us_itin(rng), "US_ITIN")]]),
        addr=V.address(rng, "US", oneline=False),
        cr1=pick(rng, S.CRIM_EN, "CRIMINAL_HISTORY"),
        cr2=pick(rng, S.CRIM_EN, "CRIMINAL_HISTORY"),
        med=pick(rng, S.MED_EN, "MEDICAL_CONDITION"),
        meds=pick(rng, S.MEDS_EN, "MEDICAL_CONDITION"),
        sp=E(sp.full, "PERSON"),
        kid=E(kid.given, "PERSON"),
        kage=kid.age_e(),
        so=pick(rng, S.ORIENT_EN, "SEXUAL_ORIENTATION"),
        firm=rng.choice(S.FIRMS),
        po=E(po.full, "PERSON"),
        pop=ph(rng, "US", mobile=False),
        pomail=sem(po, "uscourts-probation.gov"),
        dno=f"{rng.randint(1, 4)}:{ref.year % 100}-cr-{V.rd(rng, 5)}",
        eth=pick(rng, S.ETH_EN, "ETHNIC_ORIGIN"),
        pas=E(V.us_passport(rng), "US_PASSPORT"),
    )
    return F(
        rng,
        """PRESENTENCE INVESTIGATION REPORT – CONFIDENTIAL                     Docket No. {dno}
Defendant: {d} (a.k.a. "{nick}")
DOB: {dob}    Age: {age}    {tin}
Address:
{addr}

PART B. CRIMINAL HISTORY
  - {cr1}
  - {cr2}
PART C. OFFENDER CHARACTERISTICS
?Personal and family data: the defendant, who describes himself as {eth}, lives with his partner {sp} and their child {kid} ({kage}).
?The defendant disclosed that he is {so} and was disowned by his family at 17.
Physical and mental health: diagnosed with {med}; currently prescribed {meds}.
?Travel documents: U.S. passport {pas}, held by Pretrial Services.
Employment: warehouse operative at {firm} since 2021.

Respectfully submitted,
{po}, U.S. Probation Officer · {pop} · {pomail}""",
        ctx,
    )


def lg_registry(rng, ref):
    p = per(rng, ref, sex="M", age=rng.randint(22, 75))
    st = rng.choice(["OH", "TX", "PA", "FL", "MI"])
    ctx = dict(
        inv=mid(p, rng),
        a1=E(p.given + " " + rng.choice(S.CULTURES["en_us"]["fam"]), "PERSON"),
        nick=E(rng.choice(S.NICK), "PERSON"),
        dob=dob(rng, p, True),
        age=p.age_e(),
        race=pick(rng, RACE, "ETHNIC_ORIGIN"),
        h=f"{rng.randint(5, 6)}'{rng.randint(0, 11):02d}\"",
        w=rng.randint(130, 260),
        addr=V.address(rng, "US", oneline=True),
        eaddr=V.address(rng, "US", oneline=True),
        veh=f"{rng.randint(2002, 2022)} {rng.choice(['Ford Ranger', 'Honda Accord', 'Dodge Caravan', 'Jeep Liberty'])}, {rng.choice(['blue', 'white', 'black', 'maroon'])}",
        st=st,
        plate=E(V.plate(rng, "US"), "VEHICLE_PLATE"),
        crim=pick(rng, S.CRIM_EN, "CRIMINAL_HISTORY"),
        cdate=V.date_en(rng, ref - dt.timedelta(days=rng.randint(800, 7000)), True),
        vage=E(str(rng.randint(6, 15)), "MINOR_AGE"),
        ver=V.date_en(rng, ref, True),
        mail=em(rng, p),
        user=E(V.username(rng), "USERNAME"),
        status=E(
            rng.choice(["registered sex offender", "Tier II registered sex offender", "lifetime registrant"]),
            "CRIMINAL_HISTORY",
        ),
        tier=rng.choice(["I", "II", "III"]),
        cite=f"{rng.choice(['ORC 2907.', 'PC 288.', 'Sec. 22.0'])}{V.rd(rng, 2)}",
    )
    return F(
        rng,
        """SEX OFFENDER REGISTRY – PUBLIC EXTRACT                  Generated {ver}
Name: {inv}
Aliases: {a1}; "{nick}"
DOB: {dob}   Age: {age}   Sex: M   Race: {race}
Height: {h}   Weight: {w} lbs   Eyes: BRO   Hair: BLK
Registered address: {addr}
?Employer address: {eaddr}
Vehicle: {veh}, {st} plate {plate}
Offense: {cite} – {crim}; conviction date {cdate}; victim age {vage}
Status: {status} (Tier {tier}) – Compliant. Last verified {ver}.
?Online identifiers: {mail}; {user}""",
        ctx,
    )


def lg_warrant(rng, ref):
    o = per(rng, ref, age=rng.randint(19, 70))
    off, wit = staff(rng, ref, 2)
    cc = rng.choice(["US", "GB"])
    ctx = dict(
        sw=f"SW-{ref.year}-{V.rd(rng, 4)}",
        addr=V.address(rng, cc, oneline=True),
        o=E(o.full, "PERSON"),
        dob=dob(rng, o, cc == "US"),
        imei=E(V.imei(rng), "DEVICE_ID"),
        pin=E("%06d" % rng.randrange(10**6), "CREDENTIAL"),
        serial=E(V.device_id(rng), "DEVICE_ID"),
        mac=E(V.mac(rng), "MAC_ADDRESS"),
        mac2=E(V.mac(rng), "MAC_ADDRESS"),
        ip=E(V.ipv4(rng), "IP_ADDRESS"),
        u1=E(V.username(rng), "USERNAME"),
        u2=E(V.username(rng), "USERNAME"),
        mail=em(rng, o),
        pw=E(V.credential(rng), "CREDENTIAL"),
        off=E(off.full, "PERSON"),
        wit=E(wit.full, "PERSON"),
        fw=V.version(rng),
        date=V.date_en(rng, ref, cc == "US"),
        time=f"{rng.randint(5, 9):02d}{rng.choice(['05', '30', '47'])}",
        exh=V.rd(rng, 3),
    )
    return F(
        rng,
        """RETURN AND INVENTORY – SEARCH WARRANT {sw}
Premises searched: {addr}
Occupant present: {o}, DOB {dob}
Executed: {date} at {time} hrs
ITEMS SEIZED (exhibit prefix {exh}):
  1. Apple iPhone 13, IMEI {imei} – passcode provided by occupant: {pin}
  2. Dell Latitude laptop, serial {serial}, Wi-Fi MAC {mac}
  3. Router (firmware {fw}), WAN IP at time of search {ip}, LAN MAC {mac2}
  4. SanDisk 64GB USB drive, no visible serial
  5. Handwritten notebook listing usernames {u1} and {u2}, e-mail {mail} and a password "{pw}"
Executed by {off}; inventory witnessed by {wit}.""",
        ctx,
    )


def lg_parole(rng, ref):
    p = per(rng, ref, age=rng.randint(25, 70))
    po, vic = staff(rng, ref), per(rng, ref)
    ctx = dict(
        p=E(p.full, "PERSON"),
        pinv=E(p.inverted, "PERSON"),
        dob=dob(rng, p, False),
        age=p.age_e(),
        crim=pick(rng, S.CRIM_EN, "CRIMINAL_HISTORY"),
        addr=V.address(rng, "GB", oneline=True),
        vic=E(vic.full, "PERSON"),
        town=_town(rng, "GB"),
        po=E(po.full, "PERSON"),
        pop=ph(rng, "GB", mobile=False),
        med=pick(rng, S.MED_EN, "MEDICAL_CONDITION"),
        pfam=E(p.family, "PERSON"),
        title="Mr" if p.sex == "M" else "Ms",
        date=V.date_en(rng, ref, False),
        pno=f"{rng.choice('ABG')}{V.rd(rng, 4)}{rng.choice('ABCDEF')}{rng.choice('ABCDEF')}",
        dev=E(V.device_id(rng), "DEVICE_ID"),
    )
    return F(
        rng,
        """PAROLE BOARD – DECISION LETTER                           {date}
Prisoner: {pinv}      Prison number: {pno}      DOB: {dob}

The panel has considered the dossier for {p}, now aged {age}.
Index offence / record: {crim}.
?The panel notes {title} {pfam} has a diagnosis of {med}, which is managed with support in custody.
Decision: release on licence. Conditions include:
  (a) reside at {addr} and be of good behaviour;
  (b) not to contact {vic} directly or indirectly;
  (c) not to enter {town} without the prior approval of the supervising officer;
  (d) to declare any internet-enabled device to the supervising officer (current phone ID {dev}).
Supervising officer: {po}, {pop}""",
        ctx,
    )


def lg_subpoena(rng, ref):
    h = per(rng, ref, age=rng.randint(20, 75))
    cust = staff(rng, ref)
    ips = [V.ip(rng) for _ in range(3)]
    ctx = dict(
        no=f"GJ-{ref.year}-{V.rd(rng, 4)}",
        h=E(h.full, "PERSON"),
        addr=V.address(rng, "US", oneline=True),
        phone=ph(rng, "US"),
        mail=em(rng, h),
        since=V.date_en(rng, ref - dt.timedelta(days=rng.randint(300, 3000)), True),
        ip1=E(ips[0], "IP_ADDRESS"),
        ip2=E(ips[1], "IP_ADDRESS"),
        ip3=E(ips[2], "IP_ADDRESS"),
        mac=E(V.mac(rng), "MAC_ADDRESS"),
        card=E(V.card(rng), "CREDIT_CARD"),
        cust=E(cust.full, "PERSON"),
        acct=f"{V.rd(rng, 4)}-{V.rd(rng, 6)}",
        t=[f"{ref:%Y-%m-%d}T{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}Z" for _ in range(4)],
        user=E(
            V.ascii_fold(h.given).lower()[:1] + V.ascii_fold(h.family).lower()[:8] + V.rd(rng, 2)
            if V.ascii_fold(h.family)
            else V.username(rng),
            "USERNAME",
        ),
    )
    ctx.update(t1=ctx["t"][0], t2=ctx["t"][1], t3=ctx["t"][2])
    return F(
        rng,
        """SUBSCRIBER INFORMATION – RESPONSE TO GRAND JURY SUBPOENA {no}
Customer account no.: {acct} (internal)
Account holder: {h}
Service address: {addr}
Billing phone: {phone}
Contact e-mail: {mail}
?Portal login: {user}
Account active since: {since}
IP assignment log (UTC):
  {ip1}    from {t1}
  {ip2}    from {t2}
?  {ip3}    from {t3}
Cable modem MAC: {mac}
?Payment method on file: {card}
Certified by: {cust}, Custodian of Records""",
        ctx,
    )


def lg_family(rng, ref):
    a = per(rng, ref, sex="F", age=rng.randint(26, 50))
    b = per(rng, ref, sex="M", age=rng.randint(26, 55))
    c1 = per(rng, ref, minor=True, cul=b.culture, age=rng.randint(10, 17))
    c2 = per(rng, ref, minor=True, cul=b.culture, age=rng.randint(1, 9))
    cc = rng.choice(["US", "GB"])
    ctx = dict(
        a=E(a.full, "PERSON"),
        b=E(b.full, "PERSON"),
        c1=E(c1.full, "PERSON"),
        c1dob=dob(rng, c1, cc == "US"),
        c1age=c1.age_e(),
        c2=E(c2.full, "PERSON"),
        c2dob=dob(rng, c2, cc == "US"),
        c2age=c2.age_e(word=True),
        c1g=E(c1.given, "PERSON"),
        c2g=E(c2.given, "PERSON"),
        med=pick(rng, S.MED_EN, "MEDICAL_CONDITION"),
        gi=pick(rng, S.GENDER_ADJ, "GENDER_IDENTITY"),
        addr=V.address(rng, cc, oneline=True),
        addr2=V.address(rng, cc, oneline=True),
        crim=pick(rng, S.CRIM_EN, "CRIMINAL_HISTORY"),
        so=pick(rng, S.ORIENT_EN, "SEXUAL_ORIENTATION"),
        judge=E(staff(rng, ref).family, "PERSON"),
        no=f"FD{ref.year % 100}P{V.rd(rng, 5)}",
        gal=E(staff(rng, ref).full, "PERSON"),
    )
    return F(
        rng,
        """IN THE FAMILY COURT                                   Case No. {no}
In the matter of the children {c1} (born {c1dob}, now {c1age}) and {c2} (born {c2dob}, aged {c2age})
Applicant mother: {a}, of {addr}
Respondent father: {b}, of {addr2}

JUDGMENT (extract) – District Judge {judge}
1. {c1g} has {med} and needs a consistent routine between both households.
?2. {c1g} recently told the guardian, {gal}, that they are {gi}; the father's reaction has been hostile.
?3. The mother is {so} and now lives with her partner; the father alleges this makes her home unsuitable. I reject that submission entirely.
4. The father's record ({crim}) is relevant to handovers, which will take place at a contact centre.
5. {c2g} will remain living with the mother.""",
        ctx,
    )


def lg_eu_translation(rng, ref):
    cc = rng.choice(["DE", "NL", "PL", "IT", "FR", "ES"])
    cul, idn, idf, _, _ = PARTNERS[cc]
    d = V.Person(rng, cul, ref, sex="M", age=rng.randint(20, 65))
    tr = staff(rng, ref)
    court = {
        "DE": "Amtsgericht – Schöffengericht",
        "NL": "Rechtbank, team strafrecht",
        "PL": "Sąd Rejonowy, II Wydział Karny",
        "IT": "Tribunale ordinario, sezione penale",
        "FR": "Tribunal correctionnel",
        "ES": "Juzgado de lo Penal n.º 3",
    }[cc]
    ctx = dict(
        court=court,
        no=f"{rng.randint(1, 9)} Ls {V.rd(rng, 3)} Js {V.rd(rng, 4)}/{ref.year % 100}",
        d=E(d.full, "PERSON"),
        dob=E(f"{d.dob:%d.%m.%Y}", "DATE_OF_BIRTH"),
        town=E(V.town(rng, cc)[0], "LOCATION"),
        addr=V.address(rng, cc, oneline=True),
        idn=idn,
        did=E(idf(rng, d), "NATIONAL_ID"),
        age=d.age_e(),
        crim=pick(rng, S.CRIM_EN, "CRIMINAL_HISTORY"),
        iban=E(V.iban(rng, cc), "IBAN_CODE"),
        tr=E(tr.full, "PERSON"),
        dfam=E(d.family, "PERSON"),
        vage=E(str(rng.randint(10, 15)), "MINOR_AGE"),
        date=V.date_en(rng, ref, False),
        pas=E(V.passport(rng, cc), "NATIONAL_ID"),
        user=E(V.username(rng), "USERNAME"),
        plat=rng.choice(S.PLATFORMS),
    )
    return F(
        rng,
        """CERTIFIED TRANSLATION – original in the language of the court
{court} – File no. {no}
JUDGMENT of {date}
In the criminal proceedings against {d}, born {dob} in {town}, residing at {addr}, {idn} {did},
?passport no. {pas},
the court finds: the defendant is guilty of soliciting a child under 14 via the internet.
Grounds (extract): The defendant, now {age} years old, used the account {user} on {plat} to contact the injured party, then aged {vage}.
?Previous convictions: {crim}.
Payments to the child were made from the account IBAN {iban}, held in the name of {dfam}.
I certify this to be a true translation. {tr}, sworn translator""",
        ctx,
    )


LEGAL = [
    lg_docket,
    lg_crown,
    lg_witness,
    lg_incident,
    lg_protective,
    lg_psr,
    lg_registry,
    lg_warrant,
    lg_parole,
    lg_subpoena,
    lg_family,
    lg_eu_translation,
]


# ================================================================ finance_hr
def fh_volunteer(rng, ref):
    cc = rng.choice(["US", "GB", "IE"])
    p = per(rng, ref, age=rng.randint(18, 72))
    ec = per(rng, ref, cul=p.culture)
    r1, r2 = per(rng, ref), per(rng, ref)
    if cc == "US":
        st, dl = V.us_dl(rng)
        idd = rng.choice(
            [
                [f"{st} driver's license ", E(dl, "US_DRIVER_LICENSE")],
                ["US passport ", E(V.us_passport(rng), "US_PASSPORT")],
            ]
        )
    else:
        idd = rng.choice(
            [
                ["passport ", E(V.passport(rng, cc), "NATIONAL_ID")],
                [
                    "NI number " if cc == "GB" else "PPS number ",
                    E(V.gb_nino(rng) if cc == "GB" else V.ie_pps(rng), "NATIONAL_ID"),
                ],
            ]
        )
    ctx = dict(
        org=rng.choice(S.HOTLINES),
        ref=V.ticket(rng, "VOL"),
        name=E(p.full, "PERSON"),
        pref=E(p.given if rng.random() < 0.6 else rng.choice(S.NICK), "PERSON"),
        dob=dob(rng, p, cc == "US"),
        age=p.age_e(),
        addr=V.address(rng, cc, oneline=False),
        phone=ph(rng, cc),
        mail=em(rng, p),
        gi=pick(rng, S.GENDER_ADJ + ["cisgender woman", "cis man"], "GENDER_IDENTITY"),
        ec=E(ec.full, "PERSON"),
        rel=rng.choice(["mother", "husband", "partner", "sister", "friend"]),
        ecp=ph(rng, cc),
        idd=idd,
        crim=E(rng.choice(MILD_CRIM), "CRIMINAL_HISTORY"),
        med=pick(rng, S.MED_EN, "MEDICAL_CONDITION"),
        r1=E(r1.full, "PERSON"),
        r1o=rng.choice(S.FIRMS + S.SCHOOLS),
        r1p=ph(rng, cc, mobile=False),
        r2=E(r2.full, "PERSON"),
        r2m=em(rng, r2),
        sig=E(p.full, "PERSON"),
        date=V.date_en(rng, ref, cc == "US"),
        yes=rng.random() < 0.5,
    )
    ctx["crimline"] = ["YES – ", ctx["crim"]] if ctx["yes"] else "NO"
    return F(
        rng,
        """VOLUNTEER APPLICATION – {org}                         Ref {ref}
Full legal name: {name}          Preferred name: {pref}
Date of birth: {dob}          Age: {age}
Home address:
{addr}
Mobile: {phone}          Email: {mail}
?Gender identity (optional): {gi}
Emergency contact: {ec} ({rel}) – {ecp}
ID document seen: {idd}
Have you ever been convicted, cautioned or reprimanded? {crimline}
?Health or access needs we should know about: {med}
References: 1) {r1}, {r1o}, {r1p}   2) {r2}, {r2m}
Signed: {sig}          Date: {date}""",
        ctx,
    )


def fh_background(rng, ref):
    p = per(rng, ref, age=rng.randint(19, 70))
    st, dl = V.us_dl(rng)
    ctx = dict(
        order=f"ORD-{V.rd(rng, 9)}",
        name=mid(p, rng),
        ssn=E(V.us_ssn(rng), "US_SSN"),
        dob=dob(rng, p, True),
        age=p.age_e(),
        a1=V.address(rng, "US", oneline=True),
        a2=V.address(rng, "US", oneline=True),
        dl=E(dl, "US_DRIVER_LICENSE"),
        st=st,
        pas=E(V.us_passport(rng), "US_PASSPORT"),
        alias=E(p.given + " " + rng.choice(S.CULTURES["en_us"]["fam"]), "PERSON"),
        county=E(rng.choice(["Montgomery", "Lubbock", "Kalamazoo", "Ada", "Alachua"]) + " County", "LOCATION"),
        res=rng.choice(
            [["RECORD FOUND – ", E(rng.choice(S.CRIM_EN + MILD_CRIM), "CRIMINAL_HISTORY")], "No records found"]
        ),
        school=rng.choice(S.SCHOOLS),
        since=rng.randint(2012, 2020),
        itin=E(V.us_itin(rng), "US_ITIN"),
        phone=ph(rng, "US"),
    )
    return F(
        rng,
        """CONSUMER REPORT – EMPLOYMENT / VOLUNTEER SCREENING            Order {order}
Subject: {name}     SSN: {ssn}     DOB: {dob} (age {age})
Other taxpayer ID found: ITIN {itin}
Phone on application: {phone}
Address history:
  {a1}  ({since}–present)
  {a2}  (2008–{since})
Driver's license: {dl} ({st}) – valid, 0 points
?Passport: {pas} (verified against issuing authority)
Aliases searched: {alias}
County criminal search ({county}): {res}
National sex offender registry: no match
Education: {school} – verified""",
        ctx,
    )


def fh_donor_crm(rng, ref):
    cc = rng.choice(["GB", "US", "IE"])
    p = per(rng, ref, age=rng.randint(35, 85))
    sp = per(rng, ref, cul=p.culture, sex="M" if p.sex == "F" else "F")
    d = per(rng, ref, minor=True, cul=p.culture, age=rng.randint(14, 17)) if p.age < 60 else None
    d1, d2 = sorted(ref - dt.timedelta(days=rng.randint(1, 400)) for _ in range(2))
    ctx = dict(
        id=f"D{V.rd(rng, 7)}",
        title=rng.choice(["Mr", "Dr"] if p.sex == "M" else ["Mrs", "Ms", "Dr"]),
        name=E(p.full, "PERSON"),
        sp=E(sp.full, "PERSON"),
        addr=V.address(rng, cc, oneline=True),
        ph1=ph(rng, cc, mobile=False),
        ph2=ph(rng, cc),
        mail=em(rng, p),
        amt=V.money(rng, "£" if cc == "GB" else ("€" if cc == "IE" else "$")),
        year=rng.randint(2005, 2022),
        card=E(V.card(rng), "CREDIT_CARD"),
        exp=f"{rng.randint(1, 12):02d}/{rng.randint(25, 30)}",
        d1=V.date_en(rng, d1, cc == "US"),
        d2=V.date_en(rng, d2, cc == "US"),
        g=E(p.given, "PERSON"),
        spg=E(sp.given, "PERSON"),
        med=pick(rng, S.MED_EN + ["Parkinson's disease", "dementia", "macular degeneration"], "MEDICAL_CONDITION"),
        dl=[" Daughter ", E(d.given, "PERSON"), " (", d.age_e(), ") would like to volunteer."]
        if d
        else [" Grandson is ", E(str(rng.randint(6, 12)), "MINOR_AGE"), " and loves the kids' newsletter."],
        iban=E(V.iban(rng, "GB" if cc == "GB" else "IE"), "IBAN_CODE"),
        campaign=f"APPEAL-{ref.year}-{rng.choice(['WIN', 'SUM', 'XMAS'])}",
        dob=dob(rng, p, cc == "US"),
    )
    return F(
        rng,
        """DONOR RECORD {id}                                  Segment: mid-value / {campaign}
Name: {title} {name}          Partner: {sp}
?DOB (for legacy team): {dob}
Address: {addr}
Tel (home): {ph1}          Mobile: {ph2}
Email: {mail}
Giving: {amt} monthly since {year}; legacy pledger.
Card on file: {card}  exp {exp}
?Direct debit from IBAN {iban}
Notes:
 {d1} – spoke to {g}, prefers calls after 6pm. Mentioned {spg}'s {med} diagnosis; asked us to pause mailings for now.
?{d2} – {g} asked to be invited to the supporter evening.{dl}""",
        ctx,
    )


def fh_direct_deposit(rng, ref):
    p = per(rng, ref, age=rng.randint(19, 66))
    ctx = dict(
        name=E(p.full, "PERSON"),
        emp=f"E-{V.rd(rng, 5)}",
        tin=rng.choice(
            [
                ["Social Security No.: ", E(V.us_ssn(rng), "US_SSN")],
                ["SSN/ITIN: ", E(V.us_itin(rng), "US_ITIN")],
                ["SSN/ITIN: ", E(V.us_ssn(rng), "US_SSN")],
            ]
        ),
        addr=V.address(rng, "US", oneline=True),
        bank=rng.choice(S.BANKS[:6]),
        aba=E(V.aba(rng), "ABA_ROUTING_NUMBER"),
        acct=E(V.bank_account(rng), "US_BANK_NUMBER"),
        aba2=E(V.aba(rng), "ABA_ROUTING_NUMBER"),
        acct2=E(V.bank_account(rng), "US_BANK_NUMBER"),
        sig=E(p.full, "PERSON"),
        date=V.date_en(rng, ref, True),
        amt=V.money(rng, "$"),
        phone=ph(rng, "US"),
        chk=V.rd(rng, 4),
    )
    return F(
        rng,
        """DIRECT DEPOSIT AUTHORIZATION FORM
Employee name: {name}          Employee ID: {emp}
{tin}
Home address: {addr}
?Daytime phone: {phone}
Primary account – Bank name: {bank}
  Routing number (9 digits): {aba}
  Account number: {acct}          [X] Checking  [ ] Savings
?Secondary account ({amt} per pay period): routing {aba2}, account {acct2}
Attach a voided check (check no. {chk}). I authorize my employer to deposit my pay into the account(s) above.
Signature: {sig}          Date: {date}""",
        ctx,
    )


def fh_gift_aid(rng, ref):
    p = per(rng, ref, age=rng.randint(20, 90))
    ctx = dict(
        org=rng.choice(S.HOTLINES),
        charity=f"{rng.randint(1000000, 1199999)}",
        title=rng.choice(["Mr", "Mrs", "Ms", "Miss", "Dr", "Revd"]),
        given=E(p.given, "PERSON"),
        family=E(p.family, "PERSON"),
        street=E(V.street(rng, "GB"), "STREET_ADDRESS"),
        pc=V.postcode(rng, "GB"),
        town=E(rng.choice(S.GB_TOWNS), "LOCATION"),
        amt=V.money(rng, "£"),
        date=V.date_en(rng, ref, False),
        did=f"GA{V.rd(rng, 6)}",
        mail=em(rng, p, obf=0.1),
        phone=ph(rng, "GB"),
        hmrc=f"{V.rd(rng, 2)}{rng.choice('ABCDEFGH')}{V.rd(rng, 3)}",
    )
    return F(
        rng,
        """Gift Aid Declaration – {org} (registered charity no. {charity}, HMRC ref {hmrc})
Boost your donation by 25p of Gift Aid for every £1 you donate.
Title: {title}     First name or initial(s): {given}     Surname: {family}
Full home address: {street}
Town: {town}          Postcode: {pc}
[X] I want to Gift Aid my donation of {amt} and any donations I make in the future or have made in the past 4 years to {org}.
I am a UK taxpayer and understand that if I pay less Income Tax and/or Capital Gains Tax than the amount of Gift Aid claimed on all my donations in that tax year it is my responsibility to pay any difference.
Date: {date}          Donor ID: {did}
?Email: {mail}          Tel: {phone}""",
        ctx,
    )


SEPA = {
    "DE": (
        "de",
        "SEPA-Lastschriftmandat",
        "Mandatsreferenz",
        "Zahlungspflichtiger (Name)",
        "Anschrift",
        "Ort, Datum",
        "Unterschrift",
        "wiederkehrende Zahlung",
    ),
    "FR": (
        "fr",
        "Mandat de prélèvement SEPA",
        "Référence unique du mandat",
        "Nom du débiteur",
        "Adresse",
        "Fait à",
        "Signature",
        "paiement récurrent",
    ),
    "NL": (
        "nl",
        "Doorlopende machtiging SEPA",
        "Kenmerk machtiging",
        "Naam",
        "Adres",
        "Plaats en datum",
        "Handtekening",
        "doorlopend",
    ),
    "IT": (
        "it",
        "Mandato per addebito diretto SEPA",
        "Riferimento del mandato",
        "Nome del debitore",
        "Indirizzo",
        "Luogo e data",
        "Firma",
        "ricorrente",
    ),
    "ES": (
        "es",
        "Orden de domiciliación de adeudo directo SEPA",
        "Referencia de la orden",
        "Nombre del deudor",
        "Dirección",
        "Localidad y fecha",
        "Firma",
        "pago recurrente",
    ),
    "AT": (
        "de",
        "SEPA-Lastschrift-Mandat",
        "Mandatsreferenz",
        "Kontoinhaber/in",
        "Anschrift",
        "Ort, Datum",
        "Unterschrift",
        "wiederkehrend",
    ),
}


def fh_sepa(rng, ref):
    cc = rng.choice(list(SEPA))
    cul, title, l_ref, l_name, l_addr, l_place, l_sig, l_rec = SEPA[cc]
    p = V.Person(rng, cul if cul != "de" or cc == "DE" else "de", ref, age=rng.randint(20, 80))
    t = E(V.town(rng, cc)[0], "LOCATION")
    ctx = dict(
        title=title,
        l_ref=l_ref,
        mref=f"MNDT-{ref.year}-{V.rd(rng, 6)}",
        cid=f"{cc}{V.rd(rng, 2)}ZZZ{V.rd(rng, 11)}"[:18],
        l_name=l_name,
        name=E(p.full, "PERSON"),
        l_addr=l_addr,
        addr=V.address(rng, cc, oneline=True),
        iban=E(V.iban(rng, cc), "IBAN_CODE"),
        bic=rng.choice(["COBADEFFXXX", "BNPAFRPPXXX", "INGBNL2A", "UNCRITMM", "CAIXESBBXXX", "RZBAATWW"]),
        l_place=l_place,
        town=t,
        date=(f"{ref:%d.%m.%Y}" if cc in ("DE", "AT") else f"{ref:%d/%m/%Y}" if cc != "NL" else f"{ref:%d-%m-%Y}"),
        l_sig=l_sig,
        sig=E(p.full, "PERSON"),
        l_rec=l_rec,
        amt=f"{rng.randint(5, 100)},00 EUR",
        phone=ph(rng, cc),
        mail=em(rng, p),
    )
    return F(
        rng,
        """{title}
Creditor: {org_name}
Creditor identifier / ID: {cid}
{l_ref}: {mref}
{l_name}: {name}
{l_addr}: {addr}
IBAN: {iban}
BIC: {bic}
?Tel.: {phone} · E-Mail: {mail}
{amt} – {l_rec}
{l_place}: {town}, {date}
{l_sig}: {sig}""",
        dict(ctx, org_name=rng.choice(S.HOTLINES) + (" e.V." if cc in ("DE", "AT") else "")),
    )


def fh_qr_bill(rng, ref):
    lang = rng.choice(["de", "fr", "it"])
    p = V.Person(rng, rng.choice(["ch", "ch", "it", "fr", "de", "pt", "sq"]), ref, age=rng.randint(20, 85))
    L = {
        "de": (
            "Empfangsschein",
            "Zahlteil",
            "Konto / Zahlbar an",
            "Referenz",
            "Zusätzliche Informationen",
            "Zahlbar durch",
            "Währung",
            "Betrag",
            "Annahmestelle",
        ),
        "fr": (
            "Récépissé",
            "Section paiement",
            "Compte / Payable à",
            "Référence",
            "Informations supplémentaires",
            "Payable par",
            "Monnaie",
            "Montant",
            "Point de dépôt",
        ),
        "it": (
            "Ricevuta",
            "Sezione pagamento",
            "Conto / Pagabile a",
            "Riferimento",
            "Informazioni supplementari",
            "Pagabile da",
            "Valuta",
            "Importo",
            "Punto di accettazione",
        ),
    }[lang]
    qr = V.rd(rng, 26)
    ctx = dict(zip(["l_rec", "l_pay", "l_acct", "l_ref", "l_info", "l_by", "l_cur", "l_amt", "l_acc"], L, strict=True))
    ctx.update(
        iban=E(V.iban(rng, "CH"), "IBAN_CODE"),
        org="Kinderschutz Meldestelle Schweiz",
        oaddr=V.address(rng, "CH", oneline=False),
        qref=" ".join([qr[:2]] + [qr[i : i + 5] for i in range(2, 26, 5)]) + V.rd(rng, 1),
        info=f"Spende / don {ref.year} – Nr. {V.rd(rng, 6)}",
        name=E(p.full, "PERSON"),
        paddr=V.address(rng, "CH", oneline=False),
        amt=f"{rng.randint(20, 500)}.00",
        ahv=E(V.ch_ahv(rng), "NATIONAL_ID"),
        phone=ph(rng, "CH"),
    )
    return F(
        rng,
        """{l_rec} | {l_pay}
{l_acct}
{iban}
{org}
{oaddr}
{l_ref}
{qref}
{l_info}
{info}
?AHV/AVS (Spendenbescheinigung / attestation fiscale): {ahv}
{l_by}
{name}
{paddr}
?Tel. {phone}
{l_cur}  CHF     {l_amt}  {amt}
{l_acc}""",
        ctx,
    )


def fh_refund(rng, ref):
    cc = rng.choice(["US", "GB", "IE", "DE"])
    p, h, st = per(rng, ref), per(rng, ref), staff(rng, ref)
    brand = rng.choice(["visa", "mc", "amex", "disc"])
    ctx = dict(
        name=E(p.full, "PERSON"),
        mail=em(rng, p, obf=0.15),
        phone=ph(rng, cc),
        date=V.date_en(rng, ref - dt.timedelta(days=rng.randint(2, 40))),
        amt=V.money(rng, "€" if cc in ("IE", "DE") else "$"),
        txn=f"TXN{V.rd(rng, 10)}",
        brand={"visa": "Visa", "mc": "Mastercard", "amex": "Amex", "disc": "Discover"}[brand],
        card=E(V.card(rng, brand), "CREDIT_CARD"),
        exp=f"{rng.randint(1, 12):02d}/{rng.randint(25, 31)}",
        holder=E(h.full, "PERSON"),
        iban=E(V.iban(rng, cc if cc != "US" else "DE"), "IBAN_CODE"),
        staff=E(st.full, "PERSON"),
        tk=V.ticket(rng, "RF"),
        reason=rng.choice(
            [
                "duplicate charge",
                "donation made in error by my son (he is 12)",
                "cancelled event ticket",
                "wrong amount entered",
            ]
        ),
    )
    return F(
        rng,
        """REFUND REQUEST FORM                                  Ticket {tk}
Requester: {name}          Email: {mail}          Phone: {phone}
Original payment: {date}, {amt}, transaction {txn}
Card used: {brand} {card}    Expiry {exp}    (never send your CVV)
?Cardholder if different from requester: {holder}
Reason: {reason}
Refund to: [X] original card   [ ] bank transfer
?Alternative: please send to IBAN {iban}
Processed by: {staff}""",
        ctx,
    )


def fh_w9(rng, ref):
    p = per(rng, ref, age=rng.randint(20, 75))
    t, st = us_loc(rng)
    itin = rng.random() < 0.6
    ctx = dict(
        name=E(p.full, "PERSON"),
        biz=rng.choice(["", rng.choice(S.FIRMS), f"{p.family} Consulting LLC"]),
        street=E(V.street(rng, "US"), "STREET_ADDRESS"),
        town=t,
        st=st,
        zip=V.postcode(rng, "US"),
        tin=["Individual taxpayer identification number (ITIN): ", E(V.us_itin(rng), "US_ITIN")]
        if itin
        else ["Social security number: ", E(V.us_ssn(rng), "US_SSN")],
        ein=f"{rng.randint(10, 99)}-{V.rd(rng, 7)}",
        sig=E(p.full, "PERSON"),
        date=V.date_en(rng, ref, True),
        acct=f"VND-{V.rd(rng, 5)}",
        req=rng.choice(S.HOTLINES),
    )
    return F(
        rng,
        """Form W-9 (Rev. March 2024)   Request for Taxpayer Identification Number and Certification
Requester: {req} – vendor no. {acct}
1  Name of entity/individual: {name}
2  Business name/disregarded entity name, if different from above: {biz}
3a Federal tax classification: [X] Individual/sole proprietor
5  Address (number, street, and apt. or suite no.): {street}
6  City, state, and ZIP code: {town}, {st} {zip}
Part I  Taxpayer Identification Number (TIN)
{tin}
?Employer identification number (EIN): {ein}
Part II  Certification – Under penalties of perjury, I certify that the number shown on this form is my correct taxpayer identification number.
Signature of U.S. person: {sig}          Date: {date}""",
        ctx,
    )


def fh_id_check(rng, ref):
    p = per(rng, ref, age=rng.randint(18, 70))
    st, dl = V.us_dl(rng)
    fc = rng.choice(["GB", "IN", "NG", "PK", "BR", "PL", "TR", "KE", "UA", "IE"])
    chk = staff(rng, ref)
    ctx = dict(
        name=E(p.full, "PERSON"),
        dob=dob(rng, p, True),
        age=p.age_e(),
        nat=rng.choice(["US / dual", "US", "permanent resident"]),
        uspass=E(V.us_passport(rng), "US_PASSPORT"),
        exp=V.date_en(rng, ref + dt.timedelta(days=rng.randint(200, 3000)), True),
        st=st,
        dl=E(dl, "US_DRIVER_LICENSE"),
        fc=fc,
        fpass=E(V.passport(rng, fc), "NATIONAL_ID"),
        addr=V.address(rng, "US", oneline=True),
        tin=[
            ["ITIN ", E(V.us_itin(rng), "US_ITIN"), " (applicant has no SSN yet)"],
            ["SSN ", E(V.us_ssn(rng), "US_SSN")],
        ][rng.random() < 0.4],
        chk=E(chk.full, "PERSON"),
        date=V.date_en(rng, ref, True),
        ec=E(per(rng, ref).full, "PERSON"),
        ecp=ph(rng, "US"),
        pin=E("%04d" % rng.randrange(10000), "CREDENTIAL"),
    )
    return F(
        rng,
        """ID VERIFICATION CHECKLIST – volunteer vetting (3-document rule)
Applicant: {name}          DOB: {dob} (age {age})          Status: {nat}
Doc 1: U.S. passport book no. {uspass}, expires {exp} – original seen
Doc 2: {st} driver license {dl}, class D – original seen
?Doc 3: foreign passport ({fc}) {fpass}
Tax ID: {tin}
Address verified by utility bill: {addr}
Emergency contact: {ec}, {ecp}
?Portal PIN issued to applicant: {pin}
Checked by: {chk} on {date}""",
        ctx,
    )


def fh_payroll(rng, ref):
    start = ref - dt.timedelta(days=13)
    rows = []
    for _ in range(rng.randint(3, 5)):
        p = per(rng, ref, latin=True)
        nm = f"{p.family.upper()}, {p.given}"
        rows += [
            f"{V.rd(rng, 5)}  ",
            E(nm, "PERSON"),
            " " * max(1, 28 - len(nm)),
            E(V.us_ssn(rng, "-"), "US_SSN"),
            "  ",
            E(V.aba(rng), "ABA_ROUTING_NUMBER"),
            "  ",
            E(V.bank_account(rng), "US_BANK_NUMBER"),
            f"  ${rng.randint(900, 4800)}.{V.rd(rng, 2)}\n",
        ]
    ctx = dict(
        s=f"{start:%m/%d/%Y}",
        e=f"{ref:%m/%d/%Y}",
        co=f"CO-{V.rd(rng, 4)}",
        rows=rows,
        batch=f"ACH batch {V.rd(rng, 7)}",
        prep=E(staff(rng, ref).full, "PERSON"),
        tot=f"${rng.randint(8000, 20000)}.{V.rd(rng, 2)}",
    )
    return F(
        rng,
        """PAYROLL REGISTER – pay period {s} to {e}          Company code {co}          {batch}
Emp#   Name                        SSN          Routing     Account        Net pay
{rows}TOTAL NET: {tot}
Prepared by {prep} – CONFIDENTIAL, do not e-mail unencrypted""",
        ctx,
    )


def fh_expenses(rng, ref):
    cc = rng.choice(["GB", "DE", "NL", "IE", "CH", "FR"])
    cul = {"GB": "en_gb", "DE": "de", "NL": "nl", "IE": "ie", "CH": "ch", "FR": "fr"}[cc]
    p, mgr = V.Person(rng, cul, ref), staff(rng, ref)
    items = [
        f"{V.date_en(rng, ref - dt.timedelta(days=rng.randint(2, 30)), False):<20}{rng.choice(['Train to partner meeting', 'Hotel (1 night)', 'Taxi', 'Conference fee', 'Team lunch'])}  {V.money(rng, '€' if cc != 'GB' else '£')}"
        for _ in range(3)
    ]
    ctx = dict(
        name=E(p.full, "PERSON"),
        sn=f"S{V.rd(rng, 5)}",
        items="\n".join(items),
        card=E(V.card(rng, rng.choice(["visa", "mc"])), "CREDIT_CARD"),
        iban=E(V.iban(rng, cc), "IBAN_CODE"),
        bic={
            "GB": "NWBKGB2L",
            "DE": "DEUTDEFF",
            "NL": "INGBNL2A",
            "IE": "AIBKIE2D",
            "CH": "UBSWCHZH80A",
            "FR": "BNPAFRPP",
        }[cc],
        addr=V.address(rng, cc, oneline=True),
        mgr=E(mgr.full, "PERSON"),
        med=pick(rng, S.MED_EN, "MEDICAL_CONDITION"),
        nid=E(
            V.gb_nino(rng)
            if cc == "GB"
            else V.de_idnr(rng)
            if cc == "DE"
            else V.nl_bsn(rng)
            if cc == "NL"
            else V.ch_ahv(rng)
            if cc == "CH"
            else V.fr_nir(rng, p)
            if cc == "FR"
            else V.ie_pps(rng),
            "NATIONAL_ID",
        ),
        nidl={"GB": "NI no.", "DE": "Steuer-ID", "NL": "BSN", "CH": "AHV-Nr.", "FR": "NIR", "IE": "PPSN"}[cc],
    )
    return F(
        rng,
        """EXPENSE CLAIM – {name} (staff no. {sn})          Cost centre 4410-HOTLINE
{items}
Corporate card used for hotel: {card}
Please reimburse personal items to IBAN {iban} (BIC {bic}).
?{nidl} for payroll: {nid}
?Home address for payslip: {addr}
?Note: taxi needed because of {med} (see occupational health letter on file).
Approved by: {mgr}""",
        ctx,
    )


FINANCE = [
    fh_volunteer,
    fh_background,
    fh_donor_crm,
    fh_direct_deposit,
    fh_gift_aid,
    fh_sepa,
    fh_qr_bill,
    fh_refund,
    fh_w9,
    fh_id_check,
    fh_payroll,
    fh_expenses,
]


# ================================================================ negatives (PII-free look-alikes)
from stdnum import casrn, ean, imo, isbn, iso6346, issn  # noqa: E402


def _isbn13(rng):
    b = "978" + V.rd(rng, 9)
    n = b + ean.calc_check_digit(b)
    return isbn.format(n) if rng.random() < 0.5 else n


def _issn(rng):
    b = V.rd(rng, 7)
    return f"{b[:4]}-{b[4:]}{issn.calc_check_digit(b)}"


def _cas(rng):
    b = str(rng.randint(50, 999999)) + V.rd(rng, 2)
    n = f"{b[:-2]}-{b[-2:]}-{casrn.calc_check_digit(b[:-2] + '-' + b[-2:])}"
    assert casrn.is_valid(n)
    return n


def _container(rng):
    b = "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(3)) + "U" + V.rd(rng, 6)
    n = b + iso6346.calc_check_digit(b)
    assert iso6346.is_valid(n)
    return n if rng.random() < 0.5 else f"{n[:4]} {n[4:10]} {n[10]}"


def _imo(rng):
    b = str(rng.randint(900000, 999999))
    return "IMO " + b + imo.calc_check_digit(b)


def _gtin(rng):
    b = rng.choice(["400", "590", "761", "871", "506"]) + V.rd(rng, 9)
    return b + ean.calc_check_digit(b)


def _hex(rng, n):
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def _uuid(rng):
    h = _hex(rng, 32)
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{rng.choice('89ab')}{h[17:20]}-{h[20:]}"


def ng_library(rng, ref):
    titles = [
        "Child protection systems: an international review",
        "Online safety and young people: policy perspectives",
        "Handbook of helpline practice",
        "Safeguarding in voluntary organisations",
        "Statistical yearbook of social services",
        "Digital evidence handling: principles and procedures",
        "Annual review of child welfare law",
    ]
    pubs = [
        "Oxford University Press",
        "Council of Europe Publishing",
        "Springer Nature",
        "UNICEF Office of Research",
        "Routledge",
        "OECD Publishing",
    ]
    out = [f"Catalogue export – {rng.randint(3, 6)} records – generated {ref:%Y-%m-%d}"]
    for _ in range(rng.randint(3, 5)):
        out.append(f"""---
Title: {rng.choice(titles)}{rng.choice(["", " (2nd ed.)", " / edited volume", ", vol. " + str(rng.randint(1, 12))])}
Corporate author: {rng.choice(["World Health Organization", "Council of Europe", "European Commission", "Joint Research Centre", "UNICEF"])}
Publisher: {rng.choice(pubs)}, {rng.randint(1995, 2024)}
ISBN: {_isbn13(rng)}{" ; ISSN " + _issn(rng) if rng.random() < 0.5 else ""}
Call no.: {rng.randint(300, 364)}.{V.rd(rng, 3)} {rng.choice(["INT", "HAN", "REV", "ANN"])} {rng.randint(1995, 2024)}
Barcode: 3{V.rd(rng, 13)}   Location: Stack {rng.choice("ABCDE")}{rng.randint(1, 40)}   Loan type: {rng.choice(["7-day", "reference only", "standard"])}
Subjects: {rng.choice(["Child welfare", "Internet -- Safety measures", "Social work -- Law and legislation", "Helplines"])}""")
    return "\n".join(out)


def ng_lab(rng, ref):
    chems = [
        ("Tris base", "77-86-1"),
        ("Sodium chloride", "7647-14-5"),
        ("EDTA disodium salt", "6381-92-6"),
        ("Glycerol", "56-81-5"),
        ("SDS", "151-21-3"),
        ("Bromophenol blue", "115-39-9"),
        ("Coomassie Brilliant Blue G-250", "6104-58-1"),
    ]
    lines = [
        f"PROTOCOL P-{rng.randint(100, 999)} rev {rng.choice('ABCDE')} – Bradford assay and SDS-PAGE sample prep",
        f"Effective {ref:%d %b %Y}; supersedes rev {rng.choice('ABC')}.",
        "Reagents:",
    ]
    for name, cas in rng.sample(chems, rng.randint(3, 5)):
        lines.append(
            f"  - {name}, CAS {cas}, lot {rng.choice('KLMN')}{V.rd(rng, 6)}, {rng.randint(1, 500)} {rng.choice(['mM', 'g/L', '% (w/v)'])}"
        )
    lines.append(
        f"  - Additional reagent CAS {_cas(rng)} (cat. no. {rng.choice(['A', 'B', 'C'])}{V.rd(rng, 5)}-{rng.choice(['100G', '500ML', '1KG'])})"
    )
    lines += [
        f"1. Centrifuge at {rng.randint(4, 16) * 1000} × g for {rng.randint(5, 30)} min at 4 °C in an Eppendorf 5424R.",
        "2. Transfer supernatant to a fresh tube; keep on ice. Use a Petri dish only for plating controls.",
        f"3. Read absorbance at 595 nm; standard curve 0–{rng.randint(1, 5) * 500} µg/mL (R² ≥ 0.9{rng.randint(5, 9)}).",
        f"4. Load {rng.randint(10, 30)} µL per well of a {rng.choice([10, 12, 15])}-well gel; run at {rng.randint(100, 200)} V.",
        f"Equipment ID: CF-{V.rd(rng, 4)}  Calibration due: {V.date_en(rng, ref + dt.timedelta(days=rng.randint(20, 300)), False)}",
    ]
    return "\n".join(lines)


def ng_ledger(rng, ref):
    lines = [
        f"GENERAL LEDGER EXTRACT – entity 01 – period {ref:%Y}-{ref.month:02d}",
        "Account        Cost ctr  Journal      Date        Description                        Debit       Credit",
    ]
    for _ in range(rng.randint(6, 10)):
        acct = (
            f"{rng.choice([4010, 4020, 5100, 5210, 6120, 6400, 7010])}-{V.rd(rng, 3)}-{rng.choice(['00', '10', '20'])}"
        )
        desc = rng.choice(
            [
                "Helpline telephony charges",
                "Grant income – restricted",
                "Gift Aid reclaim batch",
                "Depreciation IT equipment",
                "Accrual reversal",
                "Bank charges",
                "Payroll journal (summary)",
                "Software licences",
            ]
        )
        amt = f"{rng.randint(10, 99999)}.{V.rd(rng, 2)}"
        dr, cr = (amt, "") if rng.random() < 0.5 else ("", amt)
        d = ref - dt.timedelta(days=rng.randint(0, 27))
        lines.append(
            f"{acct:<15}{rng.choice(['CC100', 'CC220', 'CC310'])}     JE{V.rd(rng, 7)}  {d:%d/%m/%Y}  {desc:<35}{dr:>10}  {cr:>10}"
        )
    lines.append(f"Control total: {rng.randint(100000, 999999)}.{V.rd(rng, 2)}   Batch hash {_hex(rng, 12).upper()}")
    return "\n".join(lines)


def ng_flights(rng, ref):
    aps = ["LHR", "FRA", "ZRH", "AMS", "CDG", "MAD", "FCO", "WAW", "IST", "DXB", "JFK", "ORD", "GVA", "DUB", "BRU"]
    lines = [
        f"DEPARTURES – schedule valid {ref:%d%b%y}".upper(),
        "Flight   Dest  STD    ETD    Gate  Aircraft   Reg      Status",
    ]
    for _ in range(rng.randint(6, 10)):
        fl = f"{rng.choice(['LX', 'LH', 'BA', 'KL', 'AF', 'IB', 'TK', 'EI', 'SN', 'LO'])} {rng.randint(10, 2999)}"
        reg = rng.choice(["HB-J", "D-AI", "G-EU", "PH-B", "F-HB", "EC-N", "TC-L", "EI-D"]) + "".join(
            rng.choice("ABCDEFGHKLMNPRSTUXZ") for _ in range(2)
        )
        t = f"{rng.randint(5, 22):02d}:{rng.choice(['00', '05', '15', '25', '40', '55'])}"
        lines.append(
            f"{fl:<9}{rng.choice(aps):<6}{t}  {t}  {rng.choice('ABDE')}{rng.randint(1, 60):<4}{rng.choice(['A320neo', 'B737-8', 'A321', 'E190', 'B787-9', 'A220-300']):<11}{reg:<9}{rng.choice(['On time', 'Boarding', 'Delayed', 'Gate closed', 'Cancelled'])}"
        )
    lines.append(
        f"Codeshare: {rng.choice(['LX', 'LH'])} {rng.randint(1000, 9999)} / {rng.choice(['UA', 'AC'])} {rng.randint(8000, 9999)}. Times local. PNR format e.g. 6 alphanumerics."
    )
    return "\n".join(lines)


def ng_config(rng, ref):
    return f"""# service: report-intake  (generated {ref:%Y-%m-%d})
app:
  name: intake-api
  version: {V.version(rng)}
  build: {_hex(rng, 7)}
  file_version: 10.0.{rng.randint(19041, 22631)}.{rng.randint(1, 3000)}
  project_guid: "{{{_uuid(rng).upper()}}}"
server:
  host: localhost
  port: {rng.choice([8080, 8443, 5000, 9090])}
  tls_min: "1.{rng.choice([2, 3])}"
database:
  url: postgres://db.internal:5432/intake
  user: ${{DB_USER}}
  password: ${{DB_PASSWORD}}   # injected from vault path secret/data/intake
  pool_size: {rng.randint(5, 50)}
storage:
  bucket: intake-evidence-{rng.choice(["prod", "staging"])}
  image_digest: sha256:{_hex(rng, 64)}
  checksum_md5: {_hex(rng, 32)}
oid_signature_alg: 1.2.840.113549.1.1.{rng.choice([11, 12, 13])}
feature_flags: [{", ".join(rng.sample(["hash_matching", "ocr", "auto_triage", "geo_blur", "dedupe_v2"], 3))}]
"""


def ng_boilerplate(rng, ref):
    return rng.choice(
        [
            f"""VOLUNTEER AGREEMENT (TEMPLATE v{V.version(rng)})
This Agreement is made on [DATE] between {rng.choice(S.HOTLINES)} ("the Organisation") and [NAME OF VOLUNTEER], residing at <address>, date of birth [DD/MM/YYYY] ("the Volunteer").
1. The Volunteer agrees to complete safeguarding training before [START DATE].
2. The Volunteer will provide a national insurance number in the format XX 00 00 00 X and a telephone number (+44 ...).
3. Bank details for expenses: sort code __-__-__, account number ________.
Signed: ____________________ (Volunteer)   Signed: ____________________ (for the Organisation)""",
            f"""DATA PROCESSING ADDENDUM – Schedule {rng.randint(1, 4)}
Controller: {{{{controller_name}}}}, registered at {{{{controller_address}}}}.
Data subject categories: reporters; children referred to in reports; staff.
Personal data fields: <FULL_NAME>, <DOB>, <EMAIL>, <PHONE>, <IP_ADDRESS>, <DEVICE_ID>.
Identifiers will be pseudonymised using HMAC-SHA256 with a key rotated every {rng.choice([30, 60, 90])} days.
Retention: {rng.choice([6, 12, 24])} months after case closure, unless Clause {rng.randint(4, 12)}.{rng.randint(1, 9)} applies.
Example record: {{"name": "REDACTED", "ssn": "XXX-XX-XXXX", "card": "**** **** **** ****"}}""",
            f"""STANDARD FORM OF WITNESS STATEMENT – GUIDANCE NOTES
Insert the witness's full name in BLOCK CAPITALS where indicated ("Statement of: ________").
If the witness is under 18, state the age; otherwise write "Over 18".
Do not record the home address on page 1; use Form MG{rng.randint(2, 20)}A instead.
The declaration reads: "This statement is true to the best of my knowledge and belief and I make it knowing that, if it is tendered in evidence, I shall be liable to prosecution if I have wilfully stated in it anything which I know to be false."
Revision {rng.randint(1, 9)}/{ref.year}""",
        ]
    )


def ng_recall(rng, ref):
    prod = rng.choice(
        [
            "Children's car seat base",
            "Baby monitor (video)",
            "Kids' LED night light",
            "Toddler bicycle helmet",
            "Teething ring set",
        ]
    )
    firm = rng.choice(["Hargreaves & Pike Ltd", "Brunner Kinderwaren AG", "Okafor Home Products", "Nordic Nursery AB"])
    lots = ", ".join(f"{rng.randint(21, 24)}{rng.choice('ABCDEFGHJK')}{V.rd(rng, 4)}" for _ in range(rng.randint(2, 5)))
    return f"""PRODUCT SAFETY RECALL – {prod}
Issued {V.date_en(rng, ref, False)} by {firm} in cooperation with the market surveillance authority.
Affected models: {V.sku(rng)}, {V.sku(rng)}
GTIN/EAN: {_gtin(rng)}, {_gtin(rng)}
Lot / batch numbers: {lots}
Manufactured between {V.date_en(rng, ref - dt.timedelta(days=400), False)} and {V.date_en(rng, ref - dt.timedelta(days=90), False)}.
Hazard: {rng.choice(["the release button may fail under load", "small parts may detach and present a choking hazard", "the battery compartment can overheat"])}.
Action: stop using the product and return it to the place of purchase for a full refund. Firmware {V.version(rng)} and later is not affected.
Recall reference: RAPEX A12/{V.rd(rng, 5)}/{ref.year % 100}"""


def ng_stats(rng, ref):
    bands = ["0–5", "6–9", "10–12", "13–15", "16–17", "18+ (adult survivors)"]
    lines = [
        f"Table {rng.randint(1, 12)}. Reports received by age band of child and channel, {ref.year - 1}",
        "Age band        Phone   Web form   Chat   Total   % of total   95% CI",
    ]
    tot = 0
    rows = []
    for b in bands:
        a, w, c = rng.randint(10, 900), rng.randint(10, 900), rng.randint(10, 900)
        tot += a + w + c
        rows.append((b, a, w, c))
    for b, a, w, c in rows:
        p = 100 * (a + w + c) / tot
        lines.append(f"{b:<16}{a:>5}   {w:>8}   {c:>4}   {a + w + c:>5}   {p:>9.1f}   {p - 1.2:.1f}–{p + 1.3:.1f}")
    lines.append(
        f"Total           {tot}.  Source: helpline case management system, extract {ref:%d.%m.%Y}. Cells < 5 suppressed. χ² = {rng.randint(10, 90)}.{V.rd(rng, 2)}, p < 0.001."
    )
    return "\n".join(lines)


def ng_museum(rng, ref):
    items = [
        (
            "Fresnel lens, first-order",
            "glass, brass",
            "This lens design concentrated a lamp's light into a beam visible for many miles.",
        ),
        (
            "Jacquard loom punch cards",
            "pasteboard, linen thread",
            "Each card encodes one row of a woven pattern; an early form of stored program.",
        ),
        (
            "Bunsen burner, laboratory pattern",
            "brass, steel",
            "Mixing gas with air before combustion gives a hot, non-luminous flame.",
        ),
        ("Morse code telegraph key", "brass, mahogany", "Operators could send around twenty words per minute."),
        ("Geiger counter, survey model", "steel, bakelite", "Used for field surveys of background radiation."),
        (
            "Wardian case",
            "glass, cast iron",
            "A sealed terrarium that allowed living plants to survive long sea voyages.",
        ),
    ]
    name, mat, txt = rng.choice(items)
    return f"""{name}
c. {rng.randint(1820, 1950)}
{mat}
{txt}
Acc. no. {rng.randint(1950, 2020)}.{rng.randint(1, 999)}.{rng.randint(1, 20)}   Dimensions: {rng.randint(10, 150)} × {rng.randint(10, 150)} × {rng.randint(5, 90)} cm
Gallery {rng.randint(1, 30)}, case {rng.choice("ABCDEFG")}{rng.randint(1, 12)} · Object label revised {ref.year}"""


def ng_standards(rng, ref):
    stds = [
        "ISO/IEC 27001:2022",
        "ISO/IEC 27701:2019",
        "ISO 3166-1:2020",
        "EN 1176-1:2017",
        "ISO 8601-1:2019",
        "IEC 62443-3-3:2013",
        "ISO/IEC 29100:2011",
        "ISO 20022",
        "ETSI EN 303 645 V2.1.1",
        "ISO/IEC 18004:2015",
        "ISO 13616-1:2020",
    ]
    picks = rng.sample(stds, 4)
    return f"""Normative references (clause 2)
The following documents are referred to in the text in such a way that some or all of their content constitutes requirements of this document.
  {picks[0]}, Information security, cybersecurity and privacy protection
  {picks[1]}
  {picks[2]}
Clause {rng.randint(4, 9)}.{rng.randint(1, 9)}.{rng.randint(1, 9)}: Dates shall be exchanged in the extended format YYYY-MM-DD (see {picks[3]}).
Annex {rng.choice("ABCD")} (informative): test vector 0x{_hex(rng, 16).upper()} → checksum {V.rd(rng, 2)}.
Document reference: prEN {rng.randint(10000, 19999)}:{ref.year}, stage {rng.choice(["40.20", "50.00", "60.60"])}, ICS {rng.randint(1, 99):02d}.{rng.randint(10, 240)}.{rng.randint(1, 99):02d}"""


def ng_manifest(rng, ref):
    ports = ["DEHAM", "NLRTM", "BEANR", "GBFXT", "CNSHA", "SGSIN", "USNYC", "ESVLC", "ITGOA", "PLGDN"]
    ves = rng.choice(["NORDIC AURORA", "OCEAN HARMONY", "BLUE KESTREL", "CAPE VERITAS", "STAR ALTAIR"])
    lines = [
        f"CARGO MANIFEST – Vessel {ves} ({_imo(rng)}) – Voy. {rng.randint(100, 999)}{rng.choice('NSEW')}",
        f"POL {rng.choice(ports)}  POD {rng.choice(ports)}  ETA {ref + dt.timedelta(days=rng.randint(3, 30)):%d-%b-%Y}",
        "Container        Type  Seal        HS code   Gross kg   Description",
    ]
    for _ in range(rng.randint(4, 8)):
        lines.append(
            f"{_container(rng):<17}{rng.choice(['22G1', '45G1', '45R1', '22T6']):<6}{rng.choice(['SL', 'ML', 'EU'])}{V.rd(rng, 7):<10}{V.rd(rng, 4)}.{V.rd(rng, 2)}   {rng.randint(2000, 28000):>8}   {rng.choice(['Paper products', 'Machine parts', 'Frozen fish', 'Textiles', 'Toys (plastic)', 'Furniture'])}"
        )
    lines.append(f"B/L no. {rng.choice(['MAEU', 'MSCU', 'HLCU'])}{V.rd(rng, 9)}   Booking {V.rd(rng, 10)}")
    return "\n".join(lines)


def ng_ship_register(rng, ref):
    lines = [
        "SHIP PARTICULARS – extract from classification register",
        "Name               IMO          MMSI        Call sign  Flag   GT       Built  Class",
    ]
    for _ in range(rng.randint(4, 7)):
        nm = rng.choice(
            ["SEA PIONEER", "ARCTIC TERN", "GOLDEN DAWN", "SILVER WAVE", "POLAR STAR", "CORAL BAY", "IRON MONARCH"]
        )
        lines.append(
            f"{nm:<19}{_imo(rng):<13}{rng.choice(['211', '244', '636', '538', '257'])}{V.rd(rng, 6):<7}{rng.choice(['D', 'P', 'A8', 'V7', 'L'])}{''.join(rng.choice('ABCDEFGHJKLMN') for _ in range(3)):<8}{rng.choice(['DE', 'NL', 'LR', 'MH', 'NO']):<7}{rng.randint(2000, 90000):<9}{rng.randint(1990, 2023):<7}{rng.choice(['DNV', 'LR', 'BV', 'ABS', 'ClassNK'])}"
        )
    lines.append(f"Register update {ref:%Y-%m-%d}. IMO numbers verified by check digit.")
    return "\n".join(lines)


def ng_holidays(rng, ref):
    y = ref.year + rng.randint(0, 1)
    sets = {
        "Switzerland (federal)": [
            ("New Year's Day", 1, 1),
            ("Berchtoldstag", 1, 2),
            ("Swiss National Day", 8, 1),
            ("Christmas Day", 12, 25),
            ("St Stephen's Day", 12, 26),
        ],
        "Ireland": [
            ("New Year's Day", 1, 1),
            ("St Brigid's Day (bank holiday)", 2, 3),
            ("St Patrick's Day", 3, 17),
            ("August Bank Holiday", 8, 5),
            ("St Stephen's Day", 12, 26),
        ],
        "United States (federal)": [
            ("New Year's Day", 1, 1),
            ("Martin Luther King Jr. Day", 1, 15),
            ("Juneteenth", 6, 19),
            ("Independence Day", 7, 4),
            ("Veterans Day", 11, 11),
        ],
        "Germany (nationwide)": [
            ("Neujahr", 1, 1),
            ("Tag der Arbeit", 5, 1),
            ("Tag der Deutschen Einheit", 10, 3),
            ("1. Weihnachtstag", 12, 25),
        ],
        "Netherlands": [
            ("Nieuwjaarsdag", 1, 1),
            ("Koningsdag", 4, 27),
            ("Bevrijdingsdag", 5, 5),
            ("Eerste Kerstdag", 12, 25),
        ],
    }
    k = rng.choice(list(sets))
    lines = [
        f"Public holidays {y} – {k} – helpline rota planning",
        "Date          Day   Holiday                              Rota",
    ]
    for name, m, d in sets[k]:
        dd = dt.date(y, m, d)
        lines.append(
            f"{dd:%d.%m.%Y}    {dd:%a}   {name:<37}{rng.choice(['skeleton', 'full', 'on-call only', 'volunteers x4'])}"
        )
    lines.append(f"Rota version {V.version(rng)}; changes need sign-off by the duty manager.")
    return "\n".join(lines)


def ng_courses(rng, ref):
    rooms = [
        "Turing Lab 2.14",
        "Curie Building B12",
        "Lovelace Room",
        "Darwin Lecture Theatre",
        "Franklin Wing 3.07",
        "Nightingale Suite 1",
    ]
    lines = [f"COURSE CATALOGUE {ref.year}/{(ref.year + 1) % 100} – Safeguarding and Digital Forensics (MSc)"]
    for _ in range(rng.randint(4, 6)):
        code = f"{rng.choice(['CSF', 'LAW', 'PSY', 'STA'])} {rng.randint(4000, 7999)}"
        lines.append(
            f"{code}  {rng.choice(['Child protection law', 'Network forensics', 'Trauma-informed interviewing', 'Applied statistics', 'Image hashing and triage', 'Ethics of surveillance'])}  "
            f"{rng.choice([7.5, 10, 15])} ECTS  {rng.choice(['Mon', 'Tue', 'Wed', 'Thu', 'Fri'])} {rng.randint(9, 16):02d}:{rng.choice(['00', '15'])}  {rng.choice(rooms)}  Prereq: {rng.choice(['none', 'CSF 4100', 'STA 4010'])}"
        )
    lines.append("Instructor: TBA (staff). Capacity and room allocation subject to change.")
    return "\n".join(lines)


def ng_sds(rng, ref):
    chem = rng.choice(
        [
            ("Sodium hypochlorite solution 12.5%", "7681-52-9", "231-668-3", "1791"),
            ("Isopropyl alcohol", "67-63-0", "200-661-7", "1219"),
            ("Hydrogen peroxide 30%", "7722-84-1", "231-765-0", "2014"),
            ("Acetone", "67-64-1", "200-662-2", "1090"),
        ]
    )
    return f"""SAFETY DATA SHEET according to Regulation (EC) No 1907/2006 (REACH)
Version {V.version(rng)}   Revision date {V.date_en(rng, ref, False)}   Print date {ref:%d.%m.%Y}
SECTION 1: Identification
  Product name: {chem[0]}
  CAS-No.: {chem[1]}   EC-No.: {chem[2]}   UN {chem[3]}
  Product code: {V.sku(rng)}   Additional CAS: {_cas(rng)}
SECTION 2: Hazards identification – {rng.choice(["H225, H319, H336", "H314, H400", "H271, H302, H318"])}; P210, P280, P305+P351+P338
SECTION 14: Transport – ADR class {rng.choice(["3", "5.1", "8"])}, packing group {rng.choice(["II", "III"])}, tunnel code (D/E)"""


def ng_astro(rng, ref):
    objs = ["NGC 2244", "M42", "NGC 7000", "IC 434", "M31", "NGC 869", "M13", "NGC 6543"]
    lines = ["Observing list – deep-sky targets (J2000)", "Object     RA             Dec            Mag   Size"]
    for o in rng.sample(objs, 5):
        lines.append(
            f"{o:<11}{rng.randint(0, 23):02d}h {rng.randint(0, 59):02d}m {rng.randint(0, 59):02d}.{rng.randint(0, 9)}s  "
            f"{rng.choice('+-')}{rng.randint(0, 89):02d}° {rng.randint(0, 59):02d}′ {rng.randint(0, 59):02d}″   {rng.randint(3, 12)}.{rng.randint(0, 9)}   {rng.randint(1, 180)}′"
        )
    lines.append(
        f"Catalogue epoch J2000.0; precession applied to {ref.year}.5. Filters: UHC, OIII. Messier and NGC designations only."
    )
    return "\n".join(lines)


def ng_changelog(rng, ref):
    lines = ["CHANGELOG – intake-api"]
    for _ in range(rng.randint(3, 5)):
        lines.append(f"\n## [{V.version(rng)}] – {ref - dt.timedelta(days=rng.randint(1, 400)):%Y-%m-%d}")
        for _ in range(rng.randint(2, 4)):
            lines.append(
                f"- {rng.choice(['Fix', 'Add', 'Bump', 'Refactor', 'Remove'])} {rng.choice(['phone-number normaliser edge case', 'PhotoDNA-compatible hash export', 'Dependabot config', 'IBAN checksum helper', 'rate limiter', 'Luhn validator tests'])} (#{rng.randint(100, 9999)}, commit {_hex(rng, 7)})"
            )
    lines.append(f"\nFull diff: compare/{_hex(rng, 12)}...{_hex(rng, 12)}")
    return "\n".join(lines)


NEGATIVE = [
    ng_library,
    ng_lab,
    ng_ledger,
    ng_flights,
    ng_config,
    ng_boilerplate,
    ng_recall,
    ng_stats,
    ng_museum,
    ng_standards,
    ng_manifest,
    ng_ship_register,
    ng_holidays,
    ng_courses,
    ng_sds,
    ng_astro,
    ng_changelog,
]
