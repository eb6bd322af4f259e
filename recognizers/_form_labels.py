"""A form's field labels, as data: which type of personal data the value under (or after) a label is.

One table, `LABELS`: entity type -> label phrases (lower case; a space may be missing: "VEHREG", "LASTNAME").
English and the partners' languages (German, French, Spanish, Italian, Dutch, Polish, Portuguese), with the
abbreviations forms use ("VEH REG", "DL #", "D.O.B."). A label of no personal data (`NO_TYPE`: "COMPANY",
"VENDOR", "ROOM") is still a field's label: it makes a text read as a form, it ends the field above it, and a value
that is a label is none.
`ABOVE_ONLY` labels name a person only alone on their line above the value ("SUBJECT\\nTOMASZ NOWAK"): on the
same line they are an e-mail's subject or a heading ("Subject: budget review"). Helpers only, no recognizer here.
"""

from __future__ import annotations

import functools
import re

from ._recognizer_helpers import words

NO_TYPE = ""  # a field of no personal data
# A value that says there is none: no name, no condition, no number ("Name: withheld", "Allergies: n/a"). Readers of
# fields, cells and lists add their own words (a health field's "fine", a chat's "idk").
NO_VALUE = frozenset(
    {
        "n/a", "na", "n.a", "n / a", "none", "none given", "nil", "null", "unknown", "unk", "not known", "not given",
        "not provided", "not applicable", "declined", "refused", "withheld", "redacted", "anonymous", "anon",
        "pending", "tbc", "tbd", "tba", "blank", "nfa", "see above", "as above", "see below", "same",
        "same as above", "-", "--", "---", "?",
    }
)  # fmt: skip

_PERSON = (
    "name", "names", "full name", "full names", "surname", "surnames", "last name", "family name", "first name",
    "first names", "forename", "forenames", "given name", "given names", "given name(s)", "forename(s)",
    "middle name", "middle names", "maiden name", "alias", "aka", "known as", "name of child", "child's name",
    "childs name", "child name", "child full name", "name of young person", "young person", "young person's name",
    "pupil", "pupil name", "pupil's name", "student name", "victim", "victim name", "victim's name",
    "subject", "subject name", "name of subject", "resident", "resident name", "patient", "patient name", "reported by",
    "reporter", "reporter name", "reporter's name", "referrer", "referrer name", "referred by", "caller",
    "caller name", "caller's name", "parent", "parents", "parent/guardian", "parent / guardian", "parent or guardian",
    "parent name", "parent's name", "guardian", "guardian name", "mother", "mother's name", "father",
    "father's name", "carer", "carer name", "carer's name", "foster carer", "emergency contact",
    "emergency contact name", "next of kin", "nok", "nok name", "suspect", "suspect name", "suspect's name",
    "person of concern", "alleged perpetrator", "alleged abuser", "perpetrator", "driver", "driver name",
    "driver's name", "operator", "registered keeper", "keeper", "applicant", "applicant name", "applicant last name",
    "applicant first name", "applicant surname", "witness", "witness name", "reporting party", "complainant",
    "informant", "contact name", "child", "sibling", "siblings", "nom", "prénom", "prenom", "nom de famille",
    "apellido", "apellidos", "nombre", "nombre y apellidos", "nachname", "vorname", "familienname", "cognome",
    "nome", "achternaam", "voornaam", "naam", "nazwisko", "imię", "imie", "sobrenome", "nome completo",
    # a licence's and an ID card's printed fields (AAMVA's "LN"/"FN"), plural forms, a court's and a tax form's parties
    "ln", "fn", "voornamen", "prénoms", "prenoms", "vornamen", "nombres", "respondent", "dependent", "dependant",
    "preferred name",
    # a bank's and a card's holder and payer, in the partners' languages (statements, mandates); not a cheque's
    # "drawer", which a parts list's "drawer runner" shares
    "name on card", "auftraggeber", "intestatario", "intestatario del conto", "titular de la cuenta",
    "titulaire du compte", "kontoinhaber", "kontoinhaberin", "payer", "payer name", "remitter", "ordering party",
    "debtor", "debtor name", "zahlungspflichtiger",
)  # fmt: skip
# People a table's or a form's column is headed by, alone or with "name" ("VOLUNTEER", "donor name", "Attendee's
# name"): each phrase not already in _PERSON.
_ROLES = (
    "volunteer", "donor", "attendee", "participant", "member", "staff member", "member of staff", "employee",
    "mentor", "mentee", "student", "player", "coach", "tenant", "client", "customer", "guest", "visitor", "trainee",
    "leader", "helper", "teacher", "officer", "worker", "social worker", "caseworker", "key worker", "investigator",
    "beneficiary", "recipient", "payee", "cardholder", "card holder", "account holder", "signatory", "person",
    "individual", "owner", "vehicle owner", "holder", "licence holder", "license holder", "spouse", "partner",
    "contact person", "person reporting", "reporting person", "staff", "sponsor", "supporter", "householder",
    "contact", "carer", "host", "pupil",
    # a phone's extraction: its owner and user, a call log's other party, a contact list's entry
    "device owner", "device user", "phone owner", "phone user", "handset owner", "party", "other party",
    "remote party", "counterparty", "contact name",
)  # fmt: skip
_PERSON_ROLES = tuple(
    dict.fromkeys(
        phrase
        for role in _ROLES
        for phrase in (role, role + "s", role + " name", role + "'s name", role + " full name")
        if phrase not in _PERSON
    )
)

# The world's other languages' "address" (the nineteenth and twenty-third sessions): a form's label, and what
# street_address.py reads the rest of the line after.
WORLD_ADDRESS_WORDS = (
    "adrese", "adresas", "aadress", "adresa", "adresă", "heimilisfang", "helbidea", "cinwaanka", "cyfeiriad",
    "seoladh", "cím", "osoite", "adress", "adreça", "enderezo", "naslov", "ünvan", "manzil", "alamat", "địa chỉ",
    "tirahan", "anwani", "ikheli", "adirẹsi", "adireshi", "indirizz", "διεύθυνση", "адрес", "адреса", "адреса на",
    "мекенжай", "дарек", "хаяг", "суроға", "ناونیشان", "آدرس", "عنوان", "العنوان", "پتہ", "כתובת", "पता", "ঠিকানা",
    "முகவரி", "చిరునామా", "ವಿಳಾಸ", "വിലാസം", "ලිපිනය", "მისამართი", "հասցե", "ኣድራሻ", "አድራሻ", "ที่อยู่", "住所",
    "地址", "주소", "adiresy", "ئادرېس", "پتا", "पत्ता", "ठेगाना", "ଠିକଣା", "އެޑްރެސް", "дареги", "адрасы",
)  # fmt: skip
_STREET_ADDRESS = (
    "address", "addresses", "home address", "street address", "current address", "previous address",
    "last known address", "permanent address", "postal address", "mailing address", "residential address",
    "child's address", "childs address", "carer's address", "carers address", "parent address", "parent's address",
    "address line 1", "address line 2", "address line 3", "address 1", "address 2", "address of child",
    "street", "house name", "house name/number", "house number", "postcode", "post code", "postal code", "zip",
    "zip code", "zipcode", "eircode", "adresse", "anschrift", "wohnadresse", "straße", "strasse", "dirección",
    "direccion", "domicilio", "indirizzo", "adres", "endereço", "endereco", "morada", "plz", "postleitzahl",
    "code postal", "código postal", "codigo postal", "codice postale", "kod pocztowy",
    *(WORLD_ADDRESS_WORDS),
)  # fmt: skip
_LOCATION = (
    "town", "city", "town/city", "city/town", "town / city", "county", "village", "home town", "hometown",
    "borough", "suburb", "locality", "town of residence", "place of residence", "wohnort", "ort", "stadt",
    "ville", "commune", "ciudad", "localidad", "municipio", "città", "citta", "comune", "woonplaats", "plaats",
    "miejscowość", "miejscowosc", "miasto", "cidade", "localidade", "town city", "city town", "home city",
)  # fmt: skip
_VEHICLE_PLATE = (
    "vehicle registration", "vehicle registration no", "vehicle registration number", "vehicle reg",
    "vehicle reg no", "veh reg", "veh reg no", "veh. reg", "reg", "reg no", "reg no.", "reg number", "reg.",
    "registration", "registration no", "registration number", "vrm", "vrn", "plate", "plates", "plate no",
    "plate number", "plate #", "licence plate", "license plate", "license plate no", "license plate number",
    "number plate", "tag", "tag no", "tag number", "tag #", "kennzeichen", "kfz-kennzeichen", "matrícula",
    "matricula", "plaque", "immatriculation", "plaque d'immatriculation", "targa", "kenteken",
    "tablica rejestracyjna", "nr rejestracyjny", "rejestracja", "placa", "registration plate", "reg plate",
    "reg mark", "registration mark", "vehicle plate", "vehicle tag", "car reg", "car registration", "car plate",
    "lp", "lp #", "lpn", "plate/tag", "tag/plate", "numéro d'immatriculation", "n° d'immatriculation",
    "nummernschild", "amtliches kennzeichen", "número de matrícula", "numero de matricula", "placa del vehículo",
    "nummerplaat", "nr rej", "nr rej.", "numer rejestracyjny", "matrícula do veículo",
)  # fmt: skip
_US_DRIVER_LICENSE = (
    "dl", "dl #", "dl no", "dl no.", "dl number", "d.l.", "d.l. #", "d.l. no", "dln", "cdl", "driver's license",
    "drivers license", "driver license", "driver's license no", "driver's license number", "drivers license no",
    "drivers license number", "driver license no", "driver license number", "driver's license #",
    "driving licence", "driving licence no", "driving licence number", "driving license no", "licence no",
    "license no", "licence no.", "license no.", "licence number", "license number", "license #", "licence #",
    "lic no", "lic #", "operator license no", "operator license number", "operator's license no", "permit no",
    "führerschein", "führerscheinnummer", "permis de conduire", "carnet de conducir", "patente di guida",
    "license", "licence", "lic", "driver lic", "driver lic no", "drivers lic", "drivers lic no", "dl/id",
    "dl / id", "licencia", "licencia de conducir", "permiso de conducir", "licencia de manejo", "número de licencia",
    "numero de licencia", "rijbewijs", "rijbewijsnummer", "prawo jazdy", "nr prawa jazdy", "carta de condução",
    "carta de conducao", "numéro de permis", "fahrerlaubnis",
)  # fmt: skip
_AGE = (
    "age", "age (years)", "age in years", "approx age", "approx. age", "approximate age", "est age",
    "estimated age", "child age", "child's age", "age of child", "victim age", "current age", "edad", "alter",
    "age if under 18", "age (if under 18)", "age if under eighteen", "age if a child",
    "âge", "età", "eta", "leeftijd", "wiek", "idade",
    # an account's age as the user gave it (a platform's report)
    "declared age", "stated age", "self-reported age", "reported age", "profile age", "age on account",
    "age on profile", "alter laut profil", "angegebenes alter",
)  # fmt: skip
_DATE_OF_BIRTH = (
    "date of birth", "dob", "d.o.b", "d.o.b.", "d o b", "birth date", "birthdate", "date of birth (dd/mm/yyyy)",
    "geburtsdatum", "geb.", "date de naissance", "fecha de nacimiento", "fecha nac.", "data di nascita",
    "geboortedatum", "data urodzenia", "data de nascimento", "doğum tarihi", "tanggal lahir", "tgl lahir",
    "ngày sinh", "petsa ng kapanganakan", "tarehe ya kuzaliwa", "datum narození", "datum rođenja",
    "születési dátum", "data nașterii", "fødselsdato", "födelsedatum", "syntymäaika",
)  # fmt: skip
_PHONE_NUMBER = (
    "phone", "phone no", "phone number", "telephone", "telephone no", "telephone number", "tel", "tel no",
    "tel.", "mobile", "mobile no", "mobile number", "cell", "cell phone", "contact number", "contact no",
    "contact tel", "home phone", "work phone", "callback", "callback number", "call back number", "nok phone",
    "nok tel", "emergency contact number", "emergency contact phone", "emergency number", "parent phone",
    "parent mobile", "telefon", "telefonnummer", "handy", "téléphone", "telephone portable", "portable",
    "teléfono", "telefono", "móvil", "movil", "cellulare", "telefoonnummer", "telefoon", "numer telefonu",
    "handynummer", "mobilnummer", "mobiltelefon", "festnetz", "telefone", "celular", "número de teléfono",
    "numéro de téléphone", "numero di telefono", "mobiel", "telefon komórkowy", "telefon numarası", "cep telefonu",
    "nomor telepon", "nomor hp", "no. hp", "no hp", "nomor", "số điện thoại", "sđt", "telepono", "numero ng telepono",
    "telefonszám", "telefonní číslo", "ec phone", "ec tel", "ec mobile", "ec number", "emergency phone",
    "emergency tel", "emergency mobile", "nok number", "notfall-tel", "notfall-tel.", "notfalltelefon",
    "notfallnummer", "tél. urgence", "tel. urgence", "téléphone d'urgence",
    # a subscriber's number in telecom and forensic records
    "msisdn", "subscriber number", "a-number", "b-number", "a party", "b party", "calling number", "called number",
)  # fmt: skip
_EMAIL_ADDRESS = (
    "email", "e-mail", "email address", "e-mail address", "reporter email", "parent email", "contact email",
    "courriel", "correo", "correo electrónico",
)  # fmt: skip
_USERNAME = (
    "username", "user name", "screen name", "handle", "gamertag", "gamer tag", "online name", "profile name",
    "reported account", "account name", "username of suspect", "suspect username", "social media handle",
    "snapchat", "instagram", "tiktok", "channel handle", "channel name", "display name", "player id",
)  # fmt: skip
_NATIONAL_ID = (
    "ni number", "ni no", "national insurance number", "national insurance no", "nino", "nhs number", "nhs no",
    "national id", "national id number", "id card number", "personal id number", "pps number", "bsn",
)  # fmt: skip
# Fields of no personal data: a firm, a product, a thing, a time, a code, a category.
_NO_TYPE = (
    "company", "company name", "company reg no", "company registration", "firm", "vendor", "vendor name",
    "supplier", "supplier name", "manufacturer", "brand", "customer account", "account", "account no",
    "account number", "organisation", "organization", "organisation name", "agency", "employer", "school",
    "school name", "college", "nursery", "class", "form", "year", "year group", "gp", "gp surgery", "surgery",
    "hospital", "ward", "department", "dept", "team", "assigned team", "assigned to", "owner team", "item",
    "items", "product", "product name", "product code", "sku", "qty", "quantity", "price", "unit price", "total",
    "subtotal", "amount", "cost", "invoice", "invoice no", "invoice number", "order no", "order number", "po",
    "po number", "ticket", "ticket no", "ticket number", "ref", "ref no", "reference", "reference no",
    "case no", "case number", "case ref", "incident no", "room", "room name", "venue", "event", "event name",
    "session", "time", "date", "date reported", "date of report", "date of incident", "time of incident",
    "status", "priority", "category", "type", "model", "make", "colour", "color", "vehicle", "vehicle make",
    "vehicle model", "vehicle colour", "weight", "size", "material", "finish", "dimensions", "standard",
    "relationship", "relationship to child", "notes", "note", "comments", "description", "details", "summary",
    "medical", "medical needs", "allergies", "sector", "vat no", "vat number", "title", "author", "publisher",
    "shelf", "copies", "funder", "programme", "program", "period", "asset tag", "asset", "device", "location",
    "location seen", "course", "course name", "provider", "duration", "terms", "currency", "carrier", "service",
    "destination", "bin", "route", "depot", "budget line", "state", "country", "nationality", "gender", "sex",
    "ethnicity", "religion", "language", "first language", "occupation", "signature", "signed", "date signed",
    "home team", "away team", "fixture", "starter", "main", "dessert", "equipment", "floor", "capacity",
    "committee", "attendees", "apologies", "system", "window", "start", "finish time", "end", "distance",
    "from", "to", "ship to", "bill to", "ship from", "sold to", "re", "stock", "booked by",
    "requested by", "approver", "approved by", "household members", "persons involved", "action", "outcome",
    "risk level", "concern", "concerns", "source", "method", "channel", "version", "build", "release",
    "incident", "platform", "app", "website", "url", "hours", "days", "rate", "batch", "lot", "serial",
    "serial no", "warranty", "delivery", "delivery date", "due date", "payment terms", "tax", "discount",
    # Payment fields: their values are found by their own checks (Luhn, mod 97, ABA), not typed by the label.
    "card number", "card no", "card", "iban", "sort code", "routing number", "bic", "swift", "routing", "aba",
    "aba routing", "ach routing", "ach account", "bank account", "acct", "acct no", "account holder name",
)  # fmt: skip

# The world's other languages' labels for a name, a phone and a birth date on a web form's tip (nineteenth session);
# a phrase some table above already lists keeps its place there.
_WORLD_PERSON = (
    "enw", "eich enw", "nimi", "teie nimi", "vārds", "vārds, uzvārds", "uzvārds", "vardas", "pavardė",
    "vardas, pavardė", "ime", "prezime", "ime i prezime", "emri", "mbiemri", "nafn", "ainm", "izena", "jina",
    "igama", "magaca", "nama", "nama lengkap", "tên", "họ tên", "họ và tên", "pangalan", "név", "nevem", "όνομα",
    "ονοματεπώνυμο", "επώνυμο", "имя", "фамилия", "ім'я", "прізвище", "име", "презиме", "სახელი", "გვარი", "անուն",
    "ազգանուն", "ስም", "نام", "نام خانوادگی", "اسم", "الاسم", "ناو", "שם", "שם מלא", "नाम", "নাম", "பெயர்", "名前",
    "姓名", "이름", "ชื่อ", "성명", "신고 대상", "신고자", "피신고자", "대상자", "보호자", "通報者", "報告者", "举报人",
    "被举报人",
    # South and South-East Asia, Central Asia (twentieth session): "name", "child's name"
    "ਨਾਮ", "ਬੱਚੇ ਦਾ ਨਾਮ", "නම", "දරුවාගේ නම", "အမည်", "ကလေးအမည်", "ឈ្មោះ", "ຊື່", "нэр", "аты", "есімі", "аты-жөні",
    "పేరు", "പേര്", "નામ", "ಹೆಸರು", "नाव", "बच्चे का नाम", "শিশুর নাম", "குழந்தையின் பெயர்", "མིང་",
)  # fmt: skip
# "Age" and "town" on other languages' forms.
WORLD_AGE = (
    "ਉਮਰ", "වයස", "အသက်", "អាយុ", "ອາຍຸ", "нас", "жасы", "жас", "వయస్సు", "വയസ്സ്", "പ്രായം", "ઉંમર", "ವಯಸ್ಸು",
    "वय", "उमेर", "उम्र", "आयु", "বয়স", "வயது", "عمر", "العمر", "سن", "גיל", "ηλικία", "возраст", "вік", "възраст",
    "узраст", "ასაკი", "տարիք", "ዕድሜ", "나이", "年齢", "年龄", "年齡", "อายุ", "tuổi", "yaş", "umur", "usia", "věk",
    "vek", "kor", "ikä", "vanus", "vecums", "amžius", "aldur", "oed", "aois", "adina", "mosha", "edat", "umri",
    "shekaru", "iminyaka", "da'da", "starost", "leeftijd", "ålder", "alder",
    # Frisian, Quechua, Samoan, Turkmen, Yiddish, Shona, Oromo, Haitian, Tatar, Romansh
    "leeftyd", "watan", "tausaga", "ýaşy", "yashy", "עלטער", "makore", "umurii", "laj", "яшь", "vegliadetgna",
)  # fmt: skip
_WORLD_TOWN = (
    "ਸ਼ਹਿਰ", "නගරය", "မြို့", "ក្រុង", "ເມືອງ", "хот", "қала", "నగరం", "നഗരം", "શહેર", "ನಗರ", "शहर", "শহর", "நகரம்",
    "شهر", "مدينة", "المدينة", "עיר", "πόλη", "город", "місто", "град", "ქალაქი", "քաղաք", "ከተማ", "도시", "城市",
    "เมือง", "thành phố", "şehir", "kota", "město", "város", "kaupunki", "linn", "pilsēta", "miestas", "qyteti",
    "tref", "baile", "herria", "mji", "idolobha", "magaalada", "shahar", "stad",
    # Quechua, Samoan, Haitian, Faroese, Shona, Oromo, Frisian, Luxembourgish, Romansh, Tatar, Yiddish
    "llaqta", "nu'u", "vil", "staður", "bygd", "nzvimbo", "guta", "bakka", "magaalaa", "wenplak", "uertschaft",
    "lieu", "vischnanca", "шәһәр", "שטאָט",
    # Urdu, Pashto, Kyrgyz, Tajik, Azerbaijani, Kannada, Odia, Nepali, Assamese, Marathi, Korean, Japanese, Chinese
    # ("town", "city", "area", "district", "hometown", "place of residence")
    "شہر", "ښار", "шаар", "шаҳр", "şəhər", "ಊರು", "ಪಟ್ಟಣ", "ସହର", "सहर", "চহৰ", "गाव", "지역", "거주지", "市区町村",
    "居住地", "出身地", "地区", "居住地址", "所在地",
    # Romanian, Slovak, Slovenian, Croatian, Belarusian, Finnish, Swedish, Catalan, Kurdish, Afrikaans, Xhosa,
    # Malay, Filipino, Javanese, Igbo, Yoruba
    "oraș", "oraş", "localitate", "mesto", "kraj", "grad", "горад", "kotipaikka", "hemort", "bostadsort", "ciutat",
    "població", "bajar", "dorp", "idolophu", "bandar", "lungsod", "kutha", "obodo", "ìlú",
)  # fmt: skip
_WORLD_PHONE = (
    "ffôn", "rhif ffôn", "tālrunis", "telefonas", "telefon", "telefoni", "puhelin", "telefono", "teléfono",
    "telefone", "téléphone", "numri i telefonit", "simu", "namba ya simu", "inombolo", "nomor telepon",
    "nombor telefon",
    "số điện thoại", "điện thoại", "telepono", "τηλέφωνο", "телефон", "ტელეფონი", "հեռախոս", "ቴሌፎን", "ስልክ", "تلفن",
    "هاتف", "رقم الهاتف", "טלפון", "फ़ोन", "फोन", "ফোন", "தொலைபேசி", "電話", "电话", "전화", "전화번호", "โทรศัพท์",
)  # fmt: skip
_WORLD_BIRTH = (
    "dzimšanas datums", "gimimo data", "sünniaeg", "sünnikuupäev", "datum rođenja", "datum rojstva", "datëlindja",
    "fæðingardagur", "dyddiad geni", "születési dátum", "syntymäaika", "data de naixement", "jaiotze data",
    "ημερομηνία γέννησης", "дата рождения", "дата народження", "датум рођења", "дата на раждане",
    "დაბადების თარიღი", "ծննդյան ամսաթիվ", "የትውልድ ቀን", "تاریخ تولد", "تاريخ الميلاد", "תאריך לידה", "जन्म तिथि",
    "জন্ম তারিখ", "பிறந்த தேதி", "生年月日", "出生日期", "생년월일", "วันเกิด", "tarehe ya kuzaliwa", "tanggal lahir",
    "ngày sinh",
)  # fmt: skip


def _new(phrases: tuple[str, ...], *known: tuple[str, ...]) -> tuple[str, ...]:
    listed = {p for table in known for p in table}
    return tuple(dict.fromkeys(p for p in phrases if p not in listed))


_KNOWN = (_PERSON, _PERSON_ROLES, _STREET_ADDRESS, _LOCATION, _VEHICLE_PLATE, _US_DRIVER_LICENSE, _AGE,
          _DATE_OF_BIRTH, _PHONE_NUMBER, _EMAIL_ADDRESS, _USERNAME, _NATIONAL_ID, _NO_TYPE)  # fmt: skip

LABELS: dict[str, tuple[str, ...]] = {
    "PERSON": _PERSON + tuple(p for p in _PERSON_ROLES if p not in _NO_TYPE) + _new(_WORLD_PERSON, *_KNOWN),
    "STREET_ADDRESS": _STREET_ADDRESS,
    "LOCATION": _LOCATION + _new(_WORLD_TOWN, *_KNOWN, _WORLD_PERSON),
    "VEHICLE_PLATE": _VEHICLE_PLATE,
    "US_DRIVER_LICENSE": _US_DRIVER_LICENSE,
    "AGE": _AGE + _new(WORLD_AGE, *_KNOWN, _WORLD_PERSON, _WORLD_TOWN),
    "DATE_OF_BIRTH": _DATE_OF_BIRTH + _new(_WORLD_BIRTH, *_KNOWN, _WORLD_PERSON),
    "PHONE_NUMBER": _PHONE_NUMBER + _new(_WORLD_PHONE, *_KNOWN, _WORLD_PERSON, _WORLD_BIRTH),
    "EMAIL_ADDRESS": _EMAIL_ADDRESS,
    "USERNAME": _USERNAME,
    "NATIONAL_ID": _NATIONAL_ID,
    NO_TYPE: _NO_TYPE,
}
# Person labels only when alone on their line above the value: elsewhere a heading or a word ("Child: yes").
ABOVE_ONLY = frozenset(
    {"subject", "child", "victim", "resident", "patient", "driver", "operator", "parent", "sibling", "keeper"}
)
# A part of a name alone ("SURNAME\nWHITE", "FORENAME\nGRACE"): a word that is also an English word is the name here.
NAME_PARTS = frozenset(
    p for p in _PERSON if any(w in p for w in ("surname", "last", "family", "first", "forename", "given", "middle"))
) | frozenset(("nom", "prénom", "prenom", "apellido", "apellidos", "nombre", "nachname", "vorname", "cognome", "nome",
               "achternaam", "voornaam", "nazwisko", "imię", "imie", "sobrenome"))  # fmt: skip
# A bare "NAME" is a product's in a text about goods ("NAME  QTY  PRICE" over "HUDSON ARMCHAIR  2  349.00").
GENERIC_NAMES = frozenset(("name", "names", "full name", "full names"))
GOODS = frozenset(
    ("item", "items", "product", "product code", "sku", "qty", "quantity", "price", "unit price", "total", "subtotal",
     "amount", "cost", "invoice no", "invoice number", "order no", "order number", "po number", "stock", "weight",
     "model", "material", "dimensions")
)  # fmt: skip

# Address labels whose value is one line of an address, not a block ("ADDRESS LINE 1", "POSTCODE").
ONE_LINE_ADDRESS = frozenset(
    p for p in _STREET_ADDRESS if "line" in p or p[-1].isdigit() or "code" in p or p in ("zip", "plz", "eircode")
)
POSTAL_LABELS = frozenset(p for p in _STREET_ADDRESS if "code" in p or p in ("zip", "plz", "eircode", "zipcode"))

# What may stand around a label: a field's number ("3.", "B2", "Q4)"), a colon, a leader of dots or underscores,
# a bracket, a parenthesised hint ("(MM/DD/YYYY)", "(IF KNOWN)").
_NUMBERING = r"(?:(?:\d{1,2}|[a-z]\d{1,2}|q\d{1,2})[.)]?\s+)?"
_HINT = r"(?:\s*\((?:[^()\n]{1,24})\))?"
_TAIL = r"\s*(?::|\?|#(?=\s*$)|[.…_]{2,}|-{2,})?\s*"


# Every phrase -> its type; a phrase listed twice would be ambiguous (tests hold the table to that).
PHRASE_TYPE: dict[str, str] = {p: t for t, phrases in LABELS.items() for p in phrases}


# A phrase glued into one word, as OCR and terse forms print labels ("VEHREG", "DLNO", "LASTNAME"): the phrase.
_GLUED: dict[str, str] = {}
for _phrase in sorted(PHRASE_TYPE, key=len):
    _GLUED.setdefault(_phrase.replace(" ", ""), _phrase)


def _norm(phrase: str) -> str:
    return re.sub(r"\s+", " ", phrase).lower()


# A glued label is one word (letters, maybe a "#"): looked up in _GLUED, not spelt out in the big alternation (twice
# the phrases would cost its compilation and every cell's match far more). OCR prints some of a label's letters as
# the digits they look like ("D0B", "N4ME", "5URNAME"): a word of letters and such digits is looked up as letters.
_ONE_WORD = r"(?=[0-9]*[^\W\d_])[^\W_]{2,30}#?"
_OCR_LETTERS = str.maketrans("0134578", "oleasbt")
_OCR_ONE_AS_I = str.maketrans("0134578", "oieasbt")


def _label_body(label: str) -> str:
    return r"(?P<label>" + label + r")" + _HINT


@functools.cache
def _label_rx() -> re.Pattern[str]:
    return re.compile(r"\s*" + _NUMBERING + _label_body(words(PHRASE_TYPE)) + _TAIL, re.IGNORECASE)


@functools.cache
def _glued_label_rx() -> re.Pattern[str]:
    return re.compile(r"\s*" + _NUMBERING + _label_body(_ONE_WORD) + _TAIL, re.IGNORECASE)


def _glued(m: re.Match[str] | None) -> str | None:
    """The phrase a one-word label glues ("vehreg" -> "veh reg"; OCR's "D0B" -> "dob"), else None."""
    if m is None:
        return None
    word = m.group("label").lower()
    if word.rstrip("#").isalpha():
        return _GLUED.get(word)
    return _GLUED.get(word.translate(_OCR_LETTERS)) or _GLUED.get(word.translate(_OCR_ONE_AS_I))


@functools.lru_cache(maxsize=8192)  # cells repeat: a column's name heads each of its cells
def label_phrase(cell: str) -> str | None:
    """The label's phrase in lower case if `cell` is wholly a label ("3. VEH REG:" -> "veh reg", "VEHREG" ->
    "veh reg"), else None."""
    cell = _SNAKE.sub(" ", cell.replace("’", "'"))  # "child_name", "d_o_b": a spreadsheet's column names
    m = _label_rx().fullmatch(cell)
    return _norm(m.group("label")) if m is not None else _glued(_glued_label_rx().fullmatch(cell))


_SNAKE = re.compile(r"(?<=[^\W_])_(?=[^\W_])")


def label_type(cell: str) -> str | None:
    """The type a cell that is wholly a label names (NO_TYPE for a field of no personal data), else None."""
    phrase = label_phrase(cell)
    return None if phrase is None else PHRASE_TYPE[phrase]


# A label then its value on the same line: after a colon, a leader, a bar, or (a pair among others) a space.
_SEP = r"(?P<sep>[ \t]*(?::|：|[.…_]{3,}|-{2,}|\||=|[–—])[ \t]*|[ \t]+-[ \t]+|[ \t]+)"


@functools.cache
def _prefix_rx() -> re.Pattern[str]:
    return re.compile(r"[ \t]*" + _NUMBERING + _label_body(words(PHRASE_TYPE)) + _SEP, re.IGNORECASE)


@functools.cache
def _glued_prefix_rx() -> re.Pattern[str]:
    return re.compile(r"[ \t]*" + _NUMBERING + _label_body(_ONE_WORD) + _SEP, re.IGNORECASE)


@functools.lru_cache(maxsize=8192)
def label_prefix(line: str) -> tuple[str, str, int, bool] | None:
    """A label at the start of `line` with a value after it: (type, phrase, where the value starts, whether a
    colon or a leader separates them). None: no label there, or nothing after it."""
    line = line.replace("’", "'")
    m = _prefix_rx().match(line)
    phrase = _norm(m.group("label")) if m is not None else None
    if m is None:
        m = _glued_prefix_rx().match(line)
        phrase = _glued(m)
    if m is None or phrase is None or m.end() >= len(line.rstrip()):
        return None
    return PHRASE_TYPE[phrase], phrase, m.end(), bool(m.group("sep").strip())


# A survey's question heading a column of answers ("What is your name (or the name you like to be called)?",
# "How old are you?"): the type its answers are. Only for a quoted header cell that asks (see form_fields); the
# first pattern that matches wins.
_QUESTIONS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (kind, re.compile(rx, re.IGNORECASE))
    for kind, rx in (
        ("DATE_OF_BIRTH", r"\b(?:date of birth|birth ?date|birthday|when were you born)\b"),
        ("EMAIL_ADDRESS", r"\be-?mail\b"),
        ("PHONE_NUMBER", r"\b(?:phone|mobile|cell)\b|\bnumber (?:we|to) (?:can )?(?:call|text|reach)\b"),
        ("USERNAME", r"\b(?:user ?name|gamertag|screen ?name|handle)\b"),
        ("PERSON", r"\b(?:your|child'?s|their|his|her|the young person'?s) (?:full |first |real |last )?name\b"
                   r"|\bcall(?:ed)? you\b|\bc[oó]mo te llamas\b|\bcomment tu t'appelles\b|\bwie hei(?:ß|ss)t du\b"
                   r"|\bjak masz na imi[eę]\b|\bqual (?:é )?o seu nome\b"),
        ("AGE", r"\bhow old\b|\byour age\b|\bcu[aá]ntos a[nñ]os\b|\bquel [aâ]ge\b|\bwie alt\b|\bile masz lat\b"
                r"|\bquantos anos\b"),
        ("LOCATION", r"\bwhere do you (?:live|stay)\b|\b(?:your|which) (?:town|city|suburb|village|area)\b"
                     r"|\bd[oó]nde vives\b|\bo[uù] habites\b|\bwo wohnst\b|\bgdzie mieszkasz\b"),
    )
)  # fmt: skip


def question_type(cell: str) -> str | None:
    """The type of the answers to a survey's question `cell` (one that asks: it holds a "?"), else None."""
    if "?" not in cell:
        return None
    return next((kind for kind, rx in _QUESTIONS if rx.search(cell)), None)


def warm() -> None:
    """Compile the label regexes now (an alternation of every label phrase: ~0.15 s), at the detector's start, not
    inside the first text that has a form's layout."""
    for compiled in (_label_rx, _glued_label_rx, _prefix_rx, _glued_prefix_rx):
        compiled()


def is_label_line(line: str) -> bool:
    """A line that is one label or several ("SURNAME / FORENAME"), or a row of labels: a form's field, no value."""
    stripped = line.strip()
    if not stripped or len(stripped) > 60:
        return False
    if label_type(stripped) is not None:
        return True
    parts = [p for p in re.split(r"\s*/\s*|\s{2,}|\t|\s*\|\s*", stripped) if p]
    return len(parts) > 1 and all(label_type(p) is not None for p in parts)
