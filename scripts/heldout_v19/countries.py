"""Per-country facts used by the templates (typed by hand)."""

# cc -> nationality adjective, country name, id docs [(kind, label)], tax id (kind, label) or None, IBAN?, currency
COUNTRY = {
    "GB": dict(
        nat="British",
        name="United Kingdom",
        ids=[("passport.gb", "UK passport no.")],
        tax=("gb.nino", "NI number"),
        iban=True,
        cur="GBP",
    ),
    "IE": dict(
        nat="Irish",
        name="Ireland",
        ids=[("ie.passport", "Irish passport no.")],
        tax=("ie.pps", "PPSN"),
        iban=True,
        cur="EUR",
    ),
    "DE": dict(
        nat="German",
        name="Germany",
        ids=[("de.ausweis", "Personalausweis-Nr.")],
        tax=("de.idnr", "Steuer-ID"),
        iban=True,
        cur="EUR",
    ),
    "FR": dict(
        nat="French",
        name="France",
        ids=[("fr.cni", "CNI no.")],
        tax=("fr.nif", "numéro fiscal (SPI)"),
        iban=True,
        cur="EUR",
    ),
    "ES": dict(nat="Spanish", name="Spain", ids=[("es.dni", "DNI")], tax=None, iban=True, cur="EUR"),
    "IT": dict(
        nat="Italian",
        name="Italy",
        ids=[("it.ci", "carta d'identità no.")],
        tax=("it.codicefiscale", "codice fiscale"),
        iban=True,
        cur="EUR",
    ),
    "NL": dict(
        nat="Dutch",
        name="Netherlands",
        ids=[("nl.identiteitskaartnummer", "paspoortnummer")],
        tax=("nl.bsn", "BSN"),
        iban=True,
        cur="EUR",
    ),
    "PL": dict(
        nat="Polish",
        name="Poland",
        ids=[("pl.dowod", "dowód osobisty no.")],
        tax=("pl.pesel", "PESEL"),
        iban=True,
        cur="PLN",
    ),
    "PT": dict(
        nat="Portuguese",
        name="Portugal",
        ids=[("passport", "passaporte no.")],
        tax=("pt.nif", "NIF"),
        iban=True,
        cur="EUR",
    ),
    "BR": dict(nat="Brazilian", name="Brazil", ids=[("br.rg", "RG")], tax=("br.cpf", "CPF"), iban=True, cur="BRL"),
    "MX": dict(
        nat="Mexican",
        name="Mexico",
        ids=[("mx.ine", "INE clave de elector")],
        tax=("mx.curp", "CURP"),
        iban=False,
        cur="MXN",
    ),
    "IN": dict(
        nat="Indian", name="India", ids=[("in_.aadhaar", "Aadhaar no.")], tax=("in_.pan", "PAN"), iban=False, cur="INR"
    ),
    "NG": dict(
        nat="Nigerian",
        name="Nigeria",
        ids=[("passport.ng", "Nigerian passport no.")],
        tax=("ng.nin", "NIN"),
        iban=False,
        cur="NGN",
    ),
    "PK": dict(nat="Pakistani", name="Pakistan", ids=[("pk.cnic", "CNIC")], tax=None, iban=True, cur="PKR"),
    "CN": dict(
        nat="Chinese",
        name="China",
        ids=[("passport.cn", "PRC passport no.")],
        tax=("cn.ric", "Resident ID"),
        iban=False,
        cur="CNY",
    ),
    "TR": dict(nat="Turkish", name="Türkiye", ids=[("tr.tckimlik", "T.C. Kimlik No")], tax=None, iban=True, cur="TRY"),
    "EG": dict(nat="Egyptian", name="Egypt", ids=[("eg.nid", "Egyptian national ID")], tax=None, iban=True, cur="EGP"),
    "AE": dict(
        nat="Emirati", name="United Arab Emirates", ids=[("ae.eid", "Emirates ID")], tax=None, iban=True, cur="AED"
    ),
    "RU": dict(
        nat="Russian",
        name="Russia",
        ids=[("passport.ru", "internal passport")],
        tax=("ru.inn", "INN"),
        iban=False,
        cur="RUB",
    ),
    "UA": dict(
        nat="Ukrainian",
        name="Ukraine",
        ids=[("passport.ua", "passport no.")],
        tax=("ua.rntrc", "RNOKPP"),
        iban=True,
        cur="UAH",
    ),
    "PH": dict(
        nat="Filipino",
        name="Philippines",
        ids=[("passport.ph", "PH passport no.")],
        tax=("ph.psn", "PhilSys PSN"),
        iban=False,
        cur="PHP",
    ),
    "ZA": dict(
        nat="South African", name="South Africa", ids=[("za.idnr", "SA ID no.")], tax=None, iban=False, cur="ZAR"
    ),
    "SE": dict(nat="Swedish", name="Sweden", ids=[("se.personnummer", "personnummer")], tax=None, iban=True, cur="SEK"),
    "KE": dict(
        nat="Kenyan",
        name="Kenya",
        ids=[("ke.id", "Kenyan national ID no.")],
        tax=("ke.pin", "KRA PIN"),
        iban=False,
        cur="KES",
    ),
    "VN": dict(nat="Vietnamese", name="Viet Nam", ids=[("vn.cccd", "CCCD")], tax=None, iban=False, cur="VND"),
    "JP": dict(
        nat="Japanese",
        name="Japan",
        ids=[("jp.passport", "Japanese passport no.")],
        tax=("jp.in_", "My Number"),
        iban=False,
        cur="JPY",
    ),
    "KR": dict(nat="South Korean", name="Republic of Korea", ids=[("kr.rrn", "RRN")], tax=None, iban=False, cur="KRW"),
    "BE": dict(
        nat="Belgian", name="Belgium", ids=[("be.nn", "Belgian national number")], tax=None, iban=True, cur="EUR"
    ),
    "CH": dict(nat="Swiss", name="Switzerland", ids=[("ch.ssn", "AHV no.")], tax=None, iban=True, cur="CHF"),
    "CA": dict(nat="Canadian", name="Canada", ids=[("ca.sin", "SIN")], tax=None, iban=False, cur="CAD"),
    "GR": dict(nat="Greek", name="Greece", ids=[("gr.amka", "AMKA")], tax=None, iban=True, cur="EUR"),
    "US": dict(nat="American", name="United States", ids=[], tax=None, iban=False, cur="USD"),
}

CURRENCY_FMT = {"GBP": "£{:,.2f}", "EUR": "EUR {:,.2f}", "USD": "USD {:,.2f}"}


def money(rng, cur, lo=100, hi=20000):
    v = rng.randint(lo * 100, hi * 100) / 100.0
    if rng.random() < 0.4:
        v = float(int(v / 50) * 50) or 50.0
    return "%s %s" % (cur, "{:,.2f}".format(v))
