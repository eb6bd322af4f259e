"""FormFieldRecognizer (form_fields.py), called directly: a form's values typed by their labels where the value is not
after a colon on the label's line (label above, combined labels, brackets, leaders, pairs apart by wide gaps, a row
of labels over rows of values). Forms of no personal data (invoices, room sheets, spec sheets) type nothing."""

from __future__ import annotations

import pytest
from pii_pipeline_recognizers._form_labels import LABELS, PHRASE_TYPE, is_label_line, label_type

RECOGNIZER = "form_fields"

_QUOTED_NOTE_TABLE = (
    "Nachname;Vorname;Geburtsdatum;Ort;Betrag;Bemerkung\n"
    'Müller;Jonas;03.04.1990;Wolgast;515,54 €;"Hinweis:\nADHD"\n'
    "Al-Khatib;Reem;06.03.1987;Meppen;750,47 €;\n"
    "Bozkurt;Ece;22.11.2010;Meppen;12,00 €;"
)
_GROUPED_TABLE = (
    "Household sheet\n,,Person,,Health\nRelationship,Surname,First name,DOB,Condition\n"
    "Child,Halapua,Tevita,02/05/2012,asthma\nMother,Halapua,Losana,11/09/1986,\n"
)
_SURVEY_EXPORT = (
    '"Timestamp","What is your name (or the name you like to be called)?","How old are you?",'
    '"Where do you live? (town is fine)"\n'
    '"03/02/2024 10:12:44","wiremu tane","14","te puke"\n"03/02/2024 11:02:09","","15",""'
)
_TAB_EMPTY_CELLS = (
    "reg_id\tfirst_name\tlast_name\tmobile\tdevice_mac\tpage\n"
    "R91104\tVihaan\tPatel\t+44-7587-247203\t\thttps://gofund.me/x\nR45129\tMalgorzata\tKrawczyk\t\t\t\n"
)
_BAR_EMPTY_CELLS = (
    "| reg_id | first_name | last_name | age | parent_guardian |\n|---|---|---|---|---|\n"
    "| R13569 | Caoimhe | Kelly | 73 |  |\n| R19431 | Jan | Krawczyk | 12 | Anna Krawczyk |\n"
)
_FIXED_WIDTH = (
    "FIRST_NAME  LAST_NAME    T-SHIRT   MOBILE             DIETARY\n"
    "maja        Lewandowska  XXL       +353887209611      pescatarian\n"
    "Rory        Walsh        M                            none\n"
)
_FIXED_WIDTH_RULED = (
    "REG_ID  FIRST_NAME    LAST_NAME     EC_PHONE         TOWN_CITY   BIB\n"
    "------- ------------- ------------- ---------------- ----------- -----\n"
    "R37682  Ruby          Anderson      0490 101 446     Cairns      364\n"
    "R10331  Van Minh      Bui           0451 276 881     Wollongong  1699\n"
)
# A rule under the header makes it one though most of its labels are unknown ("BANK SORT", "KIT")
_FIXED_WIDTH_RULED_UNKNOWN = (
    "REG ID  FORENAME    SURNAME          BANK SORT    KIT\n"
    "------- ----------- ---------------- ------------ ------------\n"
    "R46410  Jesus       Garcia Martinez  10-50-81     XL\n"
)
_STAFF_INITIALS = "Time  | Staff | Entry\n09:40 | MS | arrived late, no coat.\n16:14 | HR | given inhaler as per plan."
POSITIVES = [
    # Rows with empty cells under a header (tabs and bars keep the empty cell's column); a fixed-width header some of
    # whose labels type nothing; initials under a staff column
    (_TAB_EMPTY_CELLS, "PERSON", "Vihaan"),
    (_TAB_EMPTY_CELLS, "PERSON", "Krawczyk"),
    (_BAR_EMPTY_CELLS, "PERSON", "Caoimhe"),
    (_FIXED_WIDTH, "PERSON", "maja"),
    (_STAFF_INITIALS, "PERSON", "MS"),
    # A rule under a fixed-width header; snake_case labels ("TOWN_CITY", "EC_PHONE")
    (_FIXED_WIDTH_RULED, "PERSON", "Ruby"),
    (_FIXED_WIDTH_RULED_UNKNOWN, "PERSON", "Jesus"),
    # A phone's contact list: a display name in words is a person's; a call log's other party
    ('"Display name","Mobile","Source"\n"roxana paunescu","0040 713 154 734","iCloud"\n"Big Mo","0733 328 230","SIM"',
     "PERSON", "roxana paunescu"),
    # a profile's display name that is one given name, beside its handle
    ("Screen/User Name: guled__ttv\nDisplay Name: Guled\nEmail Address: g@mail.com", "PERSON", "Guled"),
    ("#   | Dir      | Party          | Number\n1   | Missed   | Ifeoma         | +2348028674711\n"
     "2   | Incoming | Saga Bergstrom | +46 70 572 92 95", "PERSON", "Saga Bergstrom"),
    ("Statement of: Chloe Hughes\nAge if under 18: 13        Occupation: school pupil", "MINOR_AGE", "13"),
    # Other languages' labels for a child's name, an age and a town; a name whose vowels are marks
    ("ਬੱਚੇ ਦਾ ਨਾਮ:\nਅਮਨਦੀਪ\nਉਮਰ:\n9\nਸ਼ਹਿਰ:\nNagpur", "PERSON", "ਅਮਨਦੀਪ"),
    ("ਬੱਚੇ ਦਾ ਨਾਮ:\nਅਮਨਦੀਪ\nਉਮਰ:\n9\nਸ਼ਹਿਰ:\nNagpur", "MINOR_AGE", "9"),
    ("ကလေးအမည် — သီတာ\nအသက် — 13\nမြို့ — ပုသိမ်", "LOCATION", "ပုသိမ်"),
    (_FIXED_WIDTH_RULED, "LOCATION", "Wollongong"),
    (_FIXED_WIDTH_RULED, "PHONE_NUMBER", "0451 276 881"),
    # A quoted cell's line breaks keep its row together: the rows after it stay under the header
    (_QUOTED_NOTE_TABLE, "PERSON", "Al-Khatib"),
    (_QUOTED_NOTE_TABLE, "PERSON", "Ece"),
    # An inch mark opens no cell: the rows after it stay rows
    ('Name;Height;Town\nAna Brum;5\'11";Leeds\nJoe Kerr;6\'0";York\nLi Wei;5\'2";Hull', "LOCATION", "Hull"),
    ('"Name","DOB","Town"\n"Ana Brum","2011-03-02","Leeds"\n"Joe Kerr","2010-01-01","York"', "LOCATION", "York"),
    # (text, entity, value)
    ("CHILD'S NAME\nAMELIA HART\nADDRESS\n14 HARBOUR VIEW RD\nWHITBY\nVEHICLE REGISTRATION\nYK19 HXB",
     "PERSON", "AMELIA HART"),
    ("CHILD'S NAME\nAMELIA HART\nADDRESS\n14 HARBOUR VIEW RD\nWHITBY\nVEHICLE REGISTRATION\nYK19 HXB",
     "STREET_ADDRESS", "14 HARBOUR VIEW RD\nWHITBY"),
    ("CHILD'S NAME\nAMELIA HART\nADDRESS\n14 HARBOUR VIEW RD\nWHITBY\nVEHICLE REGISTRATION\nYK19 HXB",
     "VEHICLE_PLATE", "YK19 HXB"),
    ("SURNAME / FORENAME\nOKAFOR / DANIEL", "PERSON", "OKAFOR"),
    ("SURNAME / FORENAME\nOKAFOR / DANIEL", "PERSON", "DANIEL"),
    ("[NAME] ZOE BRENNAN [AGE] 14 [TOWN] ROTHERHAM", "PERSON", "ZOE BRENNAN"),
    ("[NAME] ZOE BRENNAN [AGE] 14 [TOWN] ROTHERHAM", "MINOR_AGE", "14"),
    ("[NAME] ZOE BRENNAN [AGE] 14 [TOWN] ROTHERHAM", "LOCATION", "ROTHERHAM"),
    ("SUBJECT\nTOMASZ NOWAK  DOB 12/06/1988\n45 QUEEN ST  COVENTRY", "DATE_OF_BIRTH", "12/06/1988"),
    ("PUPIL NAME........ AISHA RAHMAN\nD.O.B............. 22.04.2012", "PERSON", "AISHA RAHMAN"),
    ("PUPIL NAME........ AISHA RAHMAN\nD.O.B............. 22.04.2012", "DATE_OF_BIRTH", "22.04.2012"),
    ("CHILD NAME ______ MIA COSTA\nCOUNTY __________ KENT", "LOCATION", "KENT"),
    ("FORENAME  SOPHIE        SURNAME  TURNER\nAGE       13            TOWN     BOLTON", "PERSON", "TURNER"),
    ("FORENAME  SOPHIE        SURNAME  TURNER\nAGE       13            TOWN     BOLTON", "LOCATION", "BOLTON"),
    ("NAME RUBY OWENS    AGE 13    TOWN DONCASTER\nSCHOOL ST MARY'S    YEAR 8", "PERSON", "RUBY OWENS"),
    ("|NAME| KYLE DUNN |AGE| 15 |TOWN| WIGAN", "PERSON", "KYLE DUNN"),
    ("NAME | AGE | TOWN\nLILY BROOKS | 10 | PRESTON", "LOCATION", "PRESTON"),
    ("REF    SURNAME     FORENAME   DOB         TOWN\n0041   MORRIS      ELLIE      04/05/2011  BARNSLEY",
     "PERSON", "ELLIE"),
    ("REF    SURNAME     FORENAME   DOB         TOWN\n0041   MORRIS      ELLIE      04/05/2011  BARNSLEY",
     "DATE_OF_BIRTH", "04/05/2011"),
    ("HOUSEHOLD\nNAME              AGE   RELATIONSHIP\nKAREN WHITE       41    MOTHER", "AGE", "41"),
    ("DMV\nLAST NAME\nGARCIA\nDL #\nG4829915\nPLATE\n8KZT221", "US_DRIVER_LICENSE", "G4829915"),
    ("DMV\nLAST NAME\nGARCIA\nDL #\nG4829915\nPLATE\n8KZT221", "VEHICLE_PLATE", "8KZT221"),
    ("1. NAME\nISLA MORGAN\n2. AGE\n16\n3. TOWN/CITY\nSWANSEA", "LOCATION", "SWANSEA"),
    ("NACHNAME\nBECKER\nVORNAME\nLUKAS\nWOHNORT\nDORTMUND", "PERSON", "LUKAS"),
    ("HOME ADDRESS\nTHE OLD BAKERY\n2 CHURCH STREET\nHELMSLEY\n\nNOTES\nKNOWN", "STREET_ADDRESS",
     "THE OLD BAKERY\n2 CHURCH STREET\nHELMSLEY"),
    ("Given Name(s)\nHarriet Jane\nTown\nWakefield", "PERSON", "Harriet Jane"),
    ("REPORTED BY\nTINA MARSH\nUSERNAME OF SUSPECT\nDARKWOLF_99", "USERNAME", "DARKWOLF_99"),
    ("EMERGENCY CONTACT\nLISA SHAW\nEMERGENCY CONTACT NUMBER\n07388 410222", "PHONE_NUMBER", "07388 410222"),
    # OCR without colons: "LABEL VALUE" lines, in a form of several.
    ("NAME AMELIA HART\nAGE 12\nTOWN WHITBY\nREG YK19 HXB", "PERSON", "AMELIA HART"),
    ("NAME AMELIA HART\nAGE 12\nTOWN WHITBY\nREG YK19 HXB", "VEHICLE_PLATE", "YK19 HXB"),
    # A ruled line under the label; combined labels over a comma; a name part that is also a word.
    ("NAME\n--------\nAMELIA HART\nTOWN\n====\nWHITBY", "LOCATION", "WHITBY"),
    ("SURNAME / FORENAME\nOKAFOR, DANIEL\nAGE\n12", "PERSON", "DANIEL"),
    ("SURNAME\nWHITE\nFORENAME\nGRACE", "PERSON", "WHITE"),
    # A row of headers with a word the table lacks still heads its columns: the known ones type their values.
    ("APELLIDOS | CARNET | PROVINCIA | EDAD\nRUIZ MORENO | X-77 | MURCIA | 61", "PERSON", "RUIZ MORENO"),
    ("NAAM\tFIETSNUMMER\tKENTEKEN\nJOOST BAKKER\tF-2231\t52-XKL-8", "VEHICLE_PLATE", "52-XKL-8"),
    # A pasted table headed by a role ("volunteer", "donor name"): one typed column makes it a form.
    ("mentor | cohort | venue\nFOLASADE ADEYEMI | spring | east wing", "PERSON", "FOLASADE ADEYEMI"),
    ("Member name\tAmount\nPIOTR ZAJAC\t20.00", "PERSON", "PIOTR ZAJAC"),
    # Labels glued into one word, as OCR and terse forms print them.
    ("LASTNAME\nKOWALCZYK\nFIRSTNAME\nAGATA\nPOSTCODE\nLS6 2QF", "PERSON", "AGATA"),
    # OCR's digits for a label's letters ("D0B", "PH0NE").
    ("[NAME] ZOE BRENNAN  D0B  12/03/2009  [SEX] F", "DATE_OF_BIRTH", "12/03/2009"),
    ("NAME | PH0NE | D0B\nJAN NOWAK | 0700 900 123 | 01.02.2010", "DATE_OF_BIRTH", "01.02.2010"),
    # Licence and plate labels of the partners' languages.
    ("NOMBRE: PILAR ROJAS\nLICENCIA DE CONDUCIR: R7730218\nEDAD: 44", "US_DRIVER_LICENSE", "R7730218"),
    ("IMIĘ: OLA\nPRAWO JAZDY\n01234/19/0456", "US_DRIVER_LICENSE", "01234/19/0456"),
    # CSV exports: snake_case headers, an empty cell, a quoted cell with a comma; each value under its header.
    ("case_id,child_name,age,dob,school,town,worker\n#101,Maisie Clark,12,,St Mary Primary,Kettering,Dana Price",
     "LOCATION", "Kettering"),
    ("case_id,child_name,age,dob,school,town,worker\n#101,Maisie Clark,12,,St Mary Primary,Kettering,Dana Price",
     "PERSON", "Dana Price"),
    ('name;dob;town\n"Hart, Ollie";"March 3, 2015";Corby', "LOCATION", "Corby"),
    # A row naming groups of columns above the header ("Person", "Health"): the header under it still heads them.
    (_GROUPED_TABLE, "PERSON", "Tevita"),
    (_GROUPED_TABLE, "PERSON", "Halapua"),
    # A table's rows may open with a relation ("Mother", "Partner"): a header of labels over them still heads them.
    ("Relationship,Surname,First name,DOB\nMother,Ruatapu,Hinemoa,04/02/1985\nPartner,Okonjo,Femi,01/01/1980",
     "PERSON", "Hinemoa"),
    # A survey's export: quoted questions head the columns of answers, in lower case too.
    (_SURVEY_EXPORT, "PERSON", "wiremu tane"),
    (_SURVEY_EXPORT, "MINOR_AGE", "14"),
    (_SURVEY_EXPORT, "LOCATION", "te puke"),
    # A label in two languages over one value (a passport's page); a licence's "LN"/"FN"; an ID card's "Voornamen"
    ("Surname/Nom\nTAUMOEPEAU\nGiven names/Prénoms\nSALOTE\nNationality/Nationalité\nTONGAN", "PERSON", "TAUMOEPEAU"),
    ("Surname/Nom\nTAUMOEPEAU\nGiven names/Prénoms\nSALOTE\nNationality/Nationalité\nTONGAN", "PERSON", "SALOTE"),
    ("DL K120443     CLASS C\nLN MAKOA\nFN IOLANA\nDOB 03/04/1990    SEX F", "PERSON", "IOLANA"),
    ("IDENTITEITSKAART\nNaam   DEKKER\nVoornamen   FLEUR\nGeboortedatum   1990-01-31", "PERSON", "FLEUR"),
    # A table setting two accounts side by side: each value of a field's row; a declared age's label
    ("| Field | Reported | Child |\n| Age on account | 43 | 13 |\n| Email | x@y.org | none |", "MINOR_AGE", "13"),
    ("Konto des Kindes\n   Benutzername: beta9\n   Alter laut Profil: 13\n   Vorname: Jure", "MINOR_AGE", "13"),
    # A card's and an account's holder, a cheque's drawer, in the partners' languages
    ("Card number: 36424895006484   Expiry: 08/30\nName on card: ANA BRUM\nAmount: $50.00", "PERSON", "ANA BRUM"),
    ("Intestatario del conto: Brum, Ana\nIndirizzo: Corso Cavour 52", "PERSON", "Brum, Ana"),
    ("No. | Payer | Amount\n402113 | JOE KERR | $25.00\n189150 | M. Abdi | $30.00", "PERSON", "M. Abdi"),
    # A channel's handle after a leader of dots
    ("Channel handle .......... tui_92\nChannel URL ............. https://example.tv/c/tui_92", "USERNAME", "tui_92"),
    # A court's and a tax notice's parties
    ("Applicant: Ana Brum\nRespondent: HALE, Keoni  born 16 February 1961", "PERSON", "HALE, Keoni"),
    # A first cell "D1" is a value (a donor's ID), not OCR's "DL": the header still types the row.
    ("DONOR_ID,FIRST_NAME,LAST_NAME,TOWN,CARD_NUMBER\nD1,Anna,Kowalska,Kettering,4111 1111 1111 1111", "LOCATION",
     "Kettering"),
    ("id;family name;d.o.b.;national_id\n1;Nowak;1980-02-03;85020312345", "DATE_OF_BIRTH", "1980-02-03"),
    # A bare "registration" label is a plate's on a vehicle's record, even a firm's vehicle; and where no firm is named.
    ("Vehicle registration: LK68 XYZ\nMake: Vauxhall\nColour: Grey", "VEHICLE_PLATE", "LK68 XYZ"),
    ("Reg: LK68 XYZ\nMake: Vauxhall\nModel: Corsa", "VEHICLE_PLATE", "LK68 XYZ"),
    ("Company: Harbour Lane Bakery Ltd\nVehicle: Ford Transit van\nRegistration number: LK68 XYZ", "VEHICLE_PLATE",
     "LK68 XYZ"),
    ("Name: Ann Lee\nRegistration number: LK68 XYZ", "VEHICLE_PLATE", "LK68 XYZ"),
]  # fmt: skip

NEGATIVES = [
    # (text, a value that must not be reported)
    # A service's configuration: its name and host are no one's; a rota's count of volunteers
    ('app:\n  name: intake-api\n  version: 1.8.26\nserver:\n  host: localhost\n  port: 8080\n  tls_min: "1.2"',
     "localhost"),
    ('app:\n  name: intake-api\n  version: 1.8.26\nserver:\n  host: localhost\n  port: 8080\n  tls_min: "1.2"',
     "intake-api"),
    ("Date          Day   Holiday                              Staffing\n"
     "01.05.2024    Wed   Tag der Arbeit                       volunteers x4", "x4"),
    # A survey's question that asks for no personal value types nothing ("What did you like?").
    ('"Timestamp","What did you like about the event?","Rating"\n"03/02/2024 10:12:44","the music","5"', "the music"),
    # A template's slots
    ("Address line 1: {{address_line_1}}\nTown/City: <TOWN>\nPhone: {phone}", "{{address_line_1}}"),
    # A docstring's parameters ("name : str" under "Parameters") are no form's fields.
    ("Parameters\n----------\nname : str\n    The name of the function.\nargs : list\n    Arguments.", "str"),
    ("Args:\n    name: str\n    address: the host to bind\nReturns:\n    int", "str"),
    ("PURCHASE ORDER\nVENDOR\nACME INDUSTRIAL SUPPLIES\nITEM\nSTEEL BRACKETS\nQTY\n400", "ACME INDUSTRIAL SUPPLIES"),
    ("COMPANY\nHARGREAVES & SONS LTD\nSECTOR\nCONSTRUCTION", "HARGREAVES & SONS LTD"),
    ("ROOM BOOKING\nROOM NAME\nTHE NIGHTINGALE ROOM\nBOOKED BY\nFACILITIES TEAM", "THE NIGHTINGALE ROOM"),
    ("[PRODUCT] WIDGET PRO [SKU] WP-2231 [PRICE] 19.99", "WIDGET PRO"),
    # A service's record: its name, owner and region are identifiers; a bare "Name" beside no field of a person's.
    ("Name: checkout-service\nOwner: platform-team\nRegion: eu-west-1\nVersion: 4.2", "checkout-service"),
    ("Name: checkout-service\nOwner: platform-team\nRegion: eu-west-1\nVersion: 4.2", "platform-team"),
    ("Name: Blue Falcon\nVersion: 4.2\nStatus: released\nBuild: 2231", "Blue Falcon"),
    ("City: string\nName: string\nEmail: string", "string"),
    # Placeholders and a value that is itself a label are no values.
    ("NAME\nETHAN MILLS\nVEHICLE REGISTRATION\nN/A\nEMERGENCY CONTACT\nDECLINED", "N/A"),
    ("NAME\nETHAN MILLS\nVEHICLE REGISTRATION\nN/A\nEMERGENCY CONTACT\nDECLINED", "DECLINED"),
    ("CHILD\nALFIE WARD\nPARENT ADDRESS\nSEE ABOVE\nPARENT\nDEAN WARD", "SEE ABOVE"),
    ("FORENAME\nSURNAME\nJOHN", "SURNAME"),
    # A name label's value must read as a name; a town's as a place.
    ("CONTACT NAME\nACCOUNTS PAYABLE DEPT\nTOWN\nLEEDS", "ACCOUNTS PAYABLE DEPT"),
    ("NAME\nTHE QUICK BROWN FOX JUMPED OVER THE DOG\nAGE\n12", "THE QUICK BROWN FOX JUMPED OVER THE DOG"),
    ("PLATE\nNONE SEEN\nDRIVER\nUNKNOWN", "UNKNOWN"),
    ("PATIENT\nINFORMATION\nNAME\nJO BLOGGS", "INFORMATION"),
    ("EVENT\nSPRING FAIR\nREGISTRATION\n2024\nLICENCE NO\n2024", "2024"),
    ("Dear [NAME], your order [ORDER NO] has shipped.", "your order"),
    ("ADDRESS LINE 1\n22 ORCHARD CLOSE\nADDRESS LINE 2\nHIGH GREEN", "LINE 1"),
    # A bare "NAME" in a list of goods is a product's.
    ("NAME          QTY   PRICE\nHUDSON ARMCHAIR   2   349.00\nWIDGET A   12   4.50", "HUDSON ARMCHAIR"),
    ("Name the files after the project.\nAge is just a number\nTown hall meeting at 5", "the files after the project."),
    # One labelled line is no form: prose keeps its own recognizers.
    ("Name the files after the project.\nThanks", "the files after the project."),
    ("Subject: Team offsite planning\nFrom: Facilities", "Team offsite planning"),
    # Rows of a label and its value are no header over a row ("Town" is no reporter's name).
    ("Reporter | Aoife Brennan\nTown | Galway", "Town"),
    # A table of things under headers of no person ("product name", "room").
    ("product name | colour | stock\nORION DESK | OAK | 12", "ORION DESK"),
    ("room | floor | seats\nHAWTHORN SUITE | 3 | 20", "HAWTHORN SUITE"),
    # The header row itself is no value of its first label ("NOMBRE | LICENCIA" is no name and a licence).
    ("NOMBRE | PROVINCIA | CARNET\nPILAR ROJAS | SORIA | R7730218", "PROVINCIA"),
    ("APELLIDOS | CARNET | PROVINCIA | EDAD\nRUIZ MORENO | X-77 | MURCIA | 61", "CARNET"),
    # A company register's extract: its "registration number" is the firm's, not a vehicle's plate.
    ("Company name: Harbour Lane Bakery Ltd\nRegistration number: SC418822\nRegistered office: 2 Mill Wynd, Perth\n"
     "Incorporated: 4 May 2016", "SC418822"),
    # A fixed-width header is no row of pairs ("LAST_NAME  T-SHIRT"); a department's letters under a staff column
    (_FIXED_WIDTH, "T-SHIRT"),
    (_STAFF_INITIALS, "HR"),
    ("FORENAME  SOPHIE        SURNAME  TURNER\nAGE       13            TOWN     BOLTON", "SURNAME"),
    ("Firma: Nordlicht Logistik GmbH\nRegistration number: HRB 40213 B\nVAT number: DE298374651", "HRB 40213 B"),
    ("Company: Nordlicht Logistik GmbH\nReg no: HRB 40213 B\nAddress: Hafenstr. 4, Kiel", "HRB 40213 B"),
    ("REGISTRATION NO\nSC418822\nCOMPANY STATUS\nActive\nCompanies House filing: 2023", "SC418822"),
    ("Name: Orchard Tech Limited\nReg number: NI652210\nIncorporated in Northern Ireland", "NI652210"),
    # A herd's register is no form of people
    ("Ear tag | Breed | Sex | DOB | Dam tag\nUK 534217 379213 | Hereford | M | 24/08/2024 | UK 893814 221071",
     "24/08/2024"),
    # A print-out's header is no label and its value ("LAST_NAME" then "ACH ROUTING"): the rule under it says so
    ("REG ID  FIRST_NAME  LAST_NAME        ACH ROUTING  ACH ACCOUNT\n"
     "------- ----------- ---------------- ------------ ------------\n"
     "R46410  Jesus       Garcia Martinez  105081791    81899188617\n", "ACH ROUTING"),
]  # fmt: skip


LABEL_CASES = [
    ("VEHREG", "VEHICLE_PLATE"), ("DLNO", "US_DRIVER_LICENSE"), ("FULLNAME", "PERSON"),
    ("VEH REG", "VEHICLE_PLATE"), ("REG NO", "VEHICLE_PLATE"), ("DL #", "US_DRIVER_LICENSE"),
    ("D.O.B.", "DATE_OF_BIRTH"), ("POST CODE", "STREET_ADDRESS"), ("GIVEN NAME(S)", "PERSON"),
    ("NAME OF CHILD", "PERSON"), ("PARENT/GUARDIAN", "PERSON"), ("TOWN/CITY", "LOCATION"),
    ("3. LICENCE NO:", "US_DRIVER_LICENSE"), ("COMPANY", ""), ("VENDOR", ""), ("SUPPLIER", ""),
    ("D0B", "DATE_OF_BIRTH"), ("N4ME:", "PERSON"), ("5URNAME", "PERSON"), ("PH0NE", "PHONE_NUMBER"),
    ("A1B2", None), ("B2", None), ("X7", None),
]  # fmt: skip


@pytest.mark.parametrize(("text", "entity", "value"), POSITIVES)
def test_positives(find, text: str, entity: str, value: str) -> None:
    found = [(e, v) for e, v, score in find(text) if score >= 0.8]
    assert (entity, value) in found


@pytest.mark.parametrize(("text", "value"), NEGATIVES)
def test_negatives(find, text: str, value: str) -> None:
    assert value not in [v for _, v, _ in find(text)]


def test_pii_free_forms_type_nothing(find) -> None:
    for text, _ in NEGATIVES[:4]:
        assert find(text) == [], text


@pytest.mark.parametrize(("age", "entity"), [("9", "MINOR_AGE"), ("17", "MINOR_AGE"), ("18", "AGE"), ("45", "AGE")])
def test_age_by_value(find, age: str, entity: str) -> None:
    assert (entity, age) in [(e, v) for e, v, _ in find(f"NAME\nSAM REID\nAGE\n{age}")]


def test_label_table_is_unambiguous() -> None:
    listed = [p for phrases in LABELS.values() for p in phrases]
    assert len(listed) == len(PHRASE_TYPE), "a phrase is listed under two types"
    for label, kind in LABEL_CASES:
        assert label_type(label) == kind, label
    assert is_label_line("SURNAME / FORENAME") and not is_label_line("OKAFOR / DANIEL")


def test_a_tab_separated_row_with_empty_cells_keeps_its_columns(find) -> None:
    # "Polina\tSmirnova\t59\t": the row's last cell is empty, its tabs still say each cell's column.
    text = "first_name\tlast_name\tage\tguardian\nAlex\tKuznetsov\t63\t\nPolina\tSmirnova\t59\t"
    values = {(e, v) for e, v, _ in find(text)}
    assert {("PERSON", "Alex"), ("PERSON", "Kuznetsov"), ("PERSON", "Polina"), ("PERSON", "Smirnova")} <= values


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Web-form tips in other languages (nineteenth session): their labels for a name, an address and a phone,
        # after a colon, "=" or a dash.
        (
            "Eich enw: Elis Morgan\nCyfeiriad: 156 Stryd Fawr\nFfôn: 07700 900123",
            {("PERSON", "Elis Morgan"), ("STREET_ADDRESS", "156 Stryd Fawr"), ("PHONE_NUMBER", "07700 900123")},
        ),
        (
            "Dzimšanas datums – 26.06.2011\nAdrese – Ganību dambis 28\nTālrunis – +371 2962 4136",
            {("STREET_ADDRESS", "Ganību dambis 28"), ("PHONE_NUMBER", "+371 2962 4136")},
        ),
        ("Teie nimi = Grete Ilves\nAadress = Tähe tn 58\nTelefon = 5016 1419", {("STREET_ADDRESS", "Tähe tn 58")}),
        # "town" in Kyrgyz, Kannada and Pashto (thirtieth session)
        ("Аты: Айгүл\nТелефон: +996 700 123 456\nШаар: Талас\nЖашы: 34", {("LOCATION", "Талас")}),
        ("ಹೆಸರು: ಸುಮಾ\nಫೋನ್: +91 98450 12345\nಊರು: ಶಿವಮೊಗ್ಗ\nವಯಸ್ಸು: 29", {("LOCATION", "ಶಿವಮೊಗ್ಗ")}),
        ("نوم = ګل احمد\nتلفن = 0700 123 456\nښار = کندهار\nعمر = 40", {("LOCATION", "کندهار")}),
    ],
)
def test_labels_of_other_languages(find, text: str, expected: set[tuple[str, str]]) -> None:
    assert expected <= {(e, v) for e, v, _ in find(text)}


def test_a_csv_header_with_an_abbreviation_is_a_header(find) -> None:  # noqa: ANN001
    # "Tel. noodcontact": an abbreviation's full stop in a header cell is no sentence's end
    text = (
        "Voornaam,Achternaam,E-mail,Tel. noodcontact,Woonplaats\n"
        "Elif,YILMAZ,elif.y@outlook.com,06.87383132,Leiden\n"
        'Can,Özdemir,can.o@gmx.net,"+31 6 11923782","Tilburg"\n'
    )
    names = {v for e, v, _ in find(text) if e == "PERSON"}
    assert {"Elif", "YILMAZ", "Can", "Özdemir"} <= names


def test_an_html_tables_headers_type_its_columns(find) -> None:  # noqa: ANN001
    # a data download's or an exported report's table: each cell under a header that names a field
    text = (
        "<table><tr><th>Name</th><th>Phone</th><th>City</th></tr>\n"
        "<tr><td>Amara Okafor</td><td>07700 900123</td><td>Leeds</td></tr></table>"
    )
    values = {(e, v) for e, v, _ in find(text)}
    assert {("PERSON", "Amara Okafor"), ("PHONE_NUMBER", "07700 900123"), ("LOCATION", "Leeds")} <= values


def test_an_html_table_of_things_holds_no_field(find) -> None:  # noqa: ANN001
    assert find("<table><tr><th>Product</th><th>Price</th></tr><tr><td>Widget</td><td>3.00</td></tr></table>") == []
