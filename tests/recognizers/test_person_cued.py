"""PersonCueRecognizer, called directly: names in any register and script after a cue only a name follows."""

from __future__ import annotations

import pytest

from .conftest import found


@pytest.fixture(scope="module")
def recognizer(recognizer_by_name):  # noqa: ANN001, ANN201
    return recognizer_by_name("PersonCueRecognizer")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("helper: what is your real name?\nbluebird7: deshawn\nhelper: thanks", "deshawn"),
        ("[09:14] staff: whats ur name\n[09:15] anon: its keiko lol", "keiko"),
        ("[21:04] kai3: wuts ur name\n[21:09] beta9: mereani\n[21:10] kai3: cute", "mereani"),
        # the reply's author and clock on a line of their own, the reply indented below
        ("kai3 (20:37)\n  name?\nbeta9 (20:37)\n  thu trang\nkai3 (20:38)\n  ok", "thu trang"),
        # a bank statement's payer, after the narrative's word for a credit
        ("2025-04-08 VIR SEPA RECU /DE MME ANA BRUM /MOTIF DON /REF MW75074610  50.99", "ANA BRUM"),
        ("2025-02-19 CREDIT TRANSFER Siti Aminah binti Yusof sponsorship  €5.50", "Siti Aminah binti Yusof"),
        ("FULL NAME: OKONKWO CHIDI\nDOB: 04/05/2011", "OKONKWO CHIDI"),
        ("Emergency contact: hamid rahimi, brother", "hamid rahimi"),
        ("Donor: Ковальчук Олена", "Ковальчук Олена"),
        ("Child's name | liang qiu | grade 4", "liang qiu"),
        ("my name is yusuf and im 13", "yusuf"),
        ("ppl call me saoirse", "saoirse"),
        ("her daughter imani is staying with friends", "imani"),
        ("Parent/Guardian: 정지훈", "정지훈"),
        ("the nurse said her name is ms. brzezinska", "ms. brzezinska"),  # the title goes with the name
        ("Caller: mr okafor", "mr okafor"),
        ("my gf is called anneliese", "anneliese"),
        # A name that opens with a dictionary word, before a surname no dictionary holds.
        ("Reference: Cyprian Szymaniuk, +48 601 234 567", "Cyprian Szymaniuk"),
        ("Referred by Lot Scheffers (lot@example.nl)", "Lot Scheffers"),
        ("Referred by Pranit Pal (on file)", "Pranit Pal"),
        ("Wi-Fi Networks\nDevice owner: Florentina\n\n[1]\nSSID: SFR_AAC0", "Florentina"),  # a phone's owner
        ("Character reference: Traudel Davids", "Traudel Davids"),
        # A surname of East Asia that is also an English word, typed in lower case after the given name.
        ("my friend minji park said so", "minji park"),
        ("[21:02] helper: whats ur name\n[21:03] anon: seo-yeon moon", "seo-yeon moon"),
        # A name no list knows after a relation, "step dad" written apart; a child named after "the baby".
        ("can u help me my step dad Radu shouts at me", "Radu"),
        ("there's two of them and the baby, Oisín.", "Oisín"),
        # A form's value on the line below its label; a person's section of a configuration file
        ("Name:\nTevita Fifita\nDOB: 2011-02-03", "Tevita Fifita"),
        ('[emergency_contact]\nname = "Tevita Fifita"', "Tevita Fifita"),
        # A relation or a role without "my" or "her", before the name or in brackets after it
        ("Worried about reaction at home; mum Kinjal not yet aware.", "Kinjal"),
        ("Van driver Shibu has been dropping her off late.", "Shibu"),
        ("Present: Ms Khan (DSL), Ximena (mum)", "Ximena"),
        ("Passed to Poppy Evans (DSL) at 13:04. Parent contacted.", "Poppy Evans"),
        # Initials after who signed, owns or minuted an entry
        ("Passed on at 13:04.\nSigned: FC   DSL: PE", "PE"),
        ("Next review: 26 Nov. Actions owner: KH.", "KH"),
        ("19/02 – core group. Minutes by BC.", "BC"),
        # An investigator's notes; a caller-ID app's tag; an airline's SURNAME/GIVEN field; travel records' people
        ("Notes re Monisola — tip #787433", "Monisola"),
        ("@aaliyahsch71 likes everything, real name prob. Aaliyah", "Aaliyah"),
        ('+234 802.189.1651 → NumBuster tag "Adaeze"; WA pic = same selfie', "Adaeze"),
        ("Name of passenger: WASHINGTON/KAYLA MS\nFrom: OSOGBO", "WASHINGTON/KAYLA"),
        ("  9 SSR DOCS LA HK1 P/ZAF/A67503516/ZAF/03MAR74/M/09JAN31/BOTHA/WIAN/P2", "BOTHA/WIAN"),
        ("  2.NÍBHRIAIN/RÓISÍN MISS(CHD/07MAY11)", "NÍBHRIAIN/RÓISÍN"),
        ("Sharer: PIMCHANOK THONGDEE (DOB 26 Jun 1991)", "PIMCHANOK THONGDEE"),
        ("14. Parental authority (minors): Thida\n15. Inviting person: Irfan bin Ismail", "Thida"),
        # A visit report's people, mid-line after a wide gap too; an Irish surname's particle
        (
            "visit type: welfare check\nsw: callum macleod   accompanied by: seán ní bhriain (police officer)",
            "seán ní bhriain",
        ),
        ("nok: saoirse ó súilleabháin (maternal grandmother), tel 085 079 2911", "saoirse ó súilleabháin"),
        # A deposition: the answer to "state your full name" after its line number; the witness asked by name;
        # "Tendai, aged 12" is no surname first
        ("2   Q.   Would you state your full name for the record?\n 3   A.   Yusuf Robinson.", "Yusuf Robinson"),
        (" 6   Q.   Yusuf, you work as a chef, correct?", "Yusuf"),
        ("Witness: Tendai, aged 12", "Tendai"),
        # A name and an age in brackets with a word of any language around the number; a form's "name" in more
        # languages and scripts
        ("Dievča menom Natália (12 rokov) z mesta Bratislava mi povedala", "Natália"),
        ("چۈشەندۈرۈش:\nزۆھرە (16 ياش) تۇرپان شەھىرىدىن", "زۆھرە"),
        ("Katrangan:\nWulan (umur 15 taun) saka Magelang crita", "Wulan"),
        ("21 FEB 23\tJDJ\tKhánh (11) disclosed to school nurse", "Khánh"),  # a bare age, then what the person did
        ("ئىسمى: گۈلنار ئابدۇللا\nتېلېفون: +86 176-6341-0812", "گۈلنار ئابدۇللا"),
        # A name, a comma and an age before a dash or the bracket's end, in a script with or without capitals
        ("Мій телефон +380503309729.\n(+ Ірина, 15 — same school)", "Ірина"),
        ("ਮੇਰਾ ਨਾਮ ਜਸਪ੍ਰੀਤ ਹੈ।\n(+ ਸਿਮਰਨ, ੧੪ — same school)", "ਸਿਮਰਨ"),
        # A speaker's label with a time stamp's colons, then a relation typed in lower case; "gives his name as"
        ("CALLER (01:12): my step dad haoran he did 2 yrs in juvie", "haoran"),
        ("[00:01:40] Caller: my step dad haoran he did 2 yrs in juvie", "haoran"),
        ("In a comment he gives his name as Omer and says he lives up north.", "Omer"),
        # A relation's word in a partner's language before the name
        ("Kiel. Der Vater Elif Kılıç hat halt ein Kontaktverbot", "Elif Kılıç"),
        # A given name that is also a word, introduced by its bearer; an entry's author; a name before "is 14"
        ("Hello, I'm Grace, how can I help?", "Grace"),
        ("Reply from Charlotte: Thank you Phuong!", "Charlotte"),
        ("Megan: zawadi is 14 tho lol", "zawadi"),
        # A greeting's name, a meeting's chair, a payment's parties, a criminal case's defendant
        ("Hi Marcus,\nGood session today.", "Marcus"),
        ("Chair: Taras Hnatiuk (Practice Lead, School Nursing)\nPresent:", "Taras Hnatiuk"),
        ("Visa 4758 7638 2615 7116, cardholder CHAMINDA BANDARA\nGifted items", "CHAMINDA BANDARA"),
        ("SENDER: GAËTAN BENHADDOU\n  DOB: 25 November 1970", "GAËTAN BENHADDOU"),
        ("CROWN COURT   Case No: T20232293\nR v HOÀNG BẢO NGỌC\nSENTENCING REMARKS", "HOÀNG BẢO NGỌC"),
        ('{"handle": "Echo.chill12", "profile_name": "Arjun"}', "Arjun"),
    ],
)
def test_names_after_cues(recognizer, text: str, expected: str) -> None:  # noqa: ANN001
    assert expected in [v for v, _ in found(recognizer, text)]


@pytest.mark.parametrize(
    "text",
    [
        "Name: Unknown",
        "Reporter: anonymous",
        "Her daughter hates the new school.",  # a verb after the relation, in a cased text
        "my son was crying all night",
        "my name appears twice on the form",
        "what's your name?\nI would rather not say that right now, sorry",
        "her daughter is in grade 5",
        "Name: Wells Fargo Advisors",
        "Reference: INV-2291",  # a code's letters
        "References: ISBN 978-0-306-40615-7; ISSN 0317-8471",  # a scheme's acronym before its number
        "Reference: March invoice",
        "Reference: Order 4471",
        "Referred by the school counselor.",
        "Referred by Google Ads",
        "My step dad Works nights.",  # a dictionary word in capitals after the relation
        "um yeah its about my niece shes twelve",  # a contraction without its apostrophe
        # An empty form's blank: the next line's label is no name; a package's name in a lockfile's section
        "Child's full name: ______________________\nSSN: XXX-XX-XXXX",
        '[[package]]\nname = "certifi"\nversion = "5.30.4"',
        "2025-02-18 CREDIT TRANSFER Acme Holdings Ltd donation  €5.50",  # a firm's credit
        # Relations and roles before words, departments' letters after "by", codes and words apart by a slash
        "Mother Nature and Father Christmas; the Brother printer; Children's Services (SW)",
        "Approved by HR. Actions owner: IT. Minutes by TBC.",
        "TCP/IP MS; INPUT/OUTPUT DR; AND/OR MR; LHR/JFK  EZBJ25G  ",
        "Notes re Project Phoenix; release notes re the installer",
        "Guest: 2 adults\nPassenger: window seat\nDriver: Intel HD Graphics",
        "Branches (Leeds, 34 — York, 12); see Section, 12 — below",
        "How old is Windows 10? How old was Rome when it fell?\nQ. Okay, you said that.",
        "Rooms: Suite (3 beds), Leeds (12 sites), Chapter (12 pages), Table (2 seats).",
        # A crossword's answer length; another language's kin word before the age; a doctor's label before a practice
        "3. Unit of force named after the author of the Principia (6)",
        "Suche außerdem Babysitterin für meine Tochter (4 Jahre), abends.",
        "Health\nGP: Parkside Surgery\nNOK: see file",
        # Title Case is no introduction; an account's role is no author; a word or a version before "is 12"
        "I'm Sorry, We're Closed",
        "Comment by admin: thread locked. Reply from support: fixed",
        "the total is 14. Version is 12, build is 3",
        # A greeting to a role or a service; a chat export's recipient handle
        "Dear Hiring Manager,\n\nPlease find my CV attached.",
        "Dear hotline, the man in our building",
        "sender: Glitch Fox 51\nrecipient: Viper Dragon 2006\ntext: hi",
    ],
)
def test_no_name_after_the_cue(recognizer, text: str) -> None:  # noqa: ANN001
    assert found(recognizer, text) == []


@pytest.mark.parametrize(
    ("cue", "text", "expected"),
    [
        ("table_column", "Name | DOB | Phone\nGun Nilsson | 2011-03-04 | 555-0101", "Gun Nilsson"),
        ("table_column", "Child name\tGrade\nYUKI TANAKA\t4\nPer Abdi\t5", "Per Abdi"),
        ("table_column", "Donor name,Amount,Date\nYadavi Ravel,50,2024-01-01", "Yadavi Ravel"),
        ("inverted_field", "NAME: NILSSON, Gun\nDOB: 2011-04-05", "NILSSON, Gun"),
        ("field_inverted", "Emergency contact: MENSAH, Rich", "MENSAH, Rich"),  # a word after the surname
        ("label_block", "Ship to:\nNomvula Sithole\n14 Jacaranda Rd\nPretoria", "Nomvula Sithole"),
        ("label_block", "aksel kristensen\nstillwater supercomputing inc.\npsc 5420, box 2708", "aksel kristensen"),
        ("same_line_reply", "Bot: What's the name on the account? User: Ágnes Földesy", "Ágnes Földesy"),
        ("chat_reply_title_case", "agent: may I have your full name please?\nuser: Pinar Yildirim", "Pinar Yildirim"),
        ("intro", "hi im keiko and im 13", "keiko"),
        ("intro", "this is tavita from the group chat", "tavita"),
    ],
)
def test_names_from_layout_and_chat(recognizer, cue: str, text: str, expected: str) -> None:  # noqa: ANN001
    assert expected in [v for v, _ in found(recognizer, text)], cue


@pytest.mark.parametrize(
    ("category", "text"),
    [
        ("header row", "Name | SKU | Price\nStanding Desk | SKU-1 | 20.00"),
        ("bare Name beside product columns", "Name | SKU | Price\nLincoln Chair | SKU-2 | 30.00"),
        ("room table", "Room name | Capacity\nFranklin Hall | 40"),
        ("intro adjective", "im tired lol"),
        ("intro noun", "im student here"),
        ("intro brand", "It's Zendesk, not Jira."),
        ("intro place", "this is leeds calling"),
        ("letterhead firm", "Hartley Partners LLC\n12 Main Street\nSpringfield"),
        ("letterhead nouns", "Accounts Payable\n12 Main Street"),
    ],
)
def test_no_name_in_layout(recognizer, category: str, text: str) -> None:  # noqa: ANN001
    assert found(recognizer, text) == [], category


_ROSTER = "No   Player          Born         Emerg. contact   Tel\n6    Bence Farkas    08.06.2013   Inès   +41 78 10"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Form labels in other languages written in Latin script.
        ("Nombre: Lucía\nApellidos: Fernández Ortega", "Fernández Ortega"),
        ("Nom : Moreau\nPrénom : Élodie", "Élodie"),
        ("Vorname: Jannik\nNachname: Schönberger", "Jannik"),
        ("Imię i nazwisko: Katarzyna Lewandowska", "Katarzyna Lewandowska"),
        ("Họ và tên: Trần Văn Minh", "Trần Văn Minh"),
        ("Adı Soyadı: Mehmet Yıldırım", "Mehmet Yıldırım"),
        ("Pangalan: Jerome Dimaandal", "Jerome Dimaandal"),
        ("Apellidos y nombre: GARCIA LOPEZ, Ana Sofia", "GARCIA LOPEZ, Ana Sofia"),
        # Labels of people beyond the usual few, and surnames of several words written first.
        ("Student name: Ji-woo Park", "Ji-woo Park"),
        ("Name of parent: Abdullahi Musa", "Abdullahi Musa"),
        ("ALLEGED PERPETRATOR: DELA PAZ, ROMMEL", "DELA PAZ, ROMMEL"),
        ("NAME: VAN DER MERWE, Pieter", "VAN DER MERWE, Pieter"),
        ("Suspect name: Dariusz Kowalczyk\nAKA: Darek", "Darek"),
        ('Alias: "Tiny"', "Tiny"),  # a nickname may be a word
        ('he goes by aka "Bongani" online', "Bongani"),
        # Exports: JSON, key=value logs, CSV headers.
        ('{"first_name": "Thandiwe", "last_name": "Mokoena", "age": 14}', "Mokoena"),
        ('{"firstName":"Tomasz","lastName":"Grabowski"}', "Tomasz"),
        ("user_id=8812 contact_name=Krzysztof Jabłoński status=open", "Krzysztof Jabłoński"),
        ("child_first_name,child_last_name,age\nIfeanyi,Chukwu,9", "Ifeanyi"),
        # Chats: a name given in reply, or beside "me and".
        ("who is he?\nryan from school", "ryan"),
        ("who's she?\nkemi, my cousin", "kemi"),
        ("Counsellor: what should I call you?\nYoung person: ngozi", "ngozi"),
        ("me and kayla went to the park after", "kayla"),
        ("me n zeynep are not talking anymore", "zeynep"),
        ("girl: heyy\nme: who r u\ngirl: teo", "teo"),
        ("[21:02] Counsellor: what name would you like me to use?\n[21:03] Young person: aroha", "aroha"),
        ("Counsellor: Who is hurting you?\nChild: my uncle joseph", "joseph"),  # a lower-case line after its speaker
        # A label and its value aligned with spaces, a required field's asterisk.
        ("CHILD DETAILS\nFirst Name   Chinedu\nSurname      Okeke", "Chinedu"),
        ("First name*: Cristiano", "Cristiano"),
        ("NAME OF REPORTER:\nADEBAYO TUNDE\nPHONE: 0803 555 0192", "ADEBAYO TUNDE"),  # the value on the next line
        ("Sibling(s): Arjun (8), Meera (5)", "Arjun"),
        # A given name or a surname alone in its own field; the label before the role ("Child's first name").
        ("First name(s): Aoife\nSurname: Ó Briain", "Aoife"),
        ("Forename: Tendai\nSurname: Mupfumira", "Tendai"),
        ("Child's first name: Zainab\nChild's surname: Qureshi", "Zainab"),
        ("Applicant forenames: Claire Anne", "Claire Anne"),
        # Initials kept with the name; a run of dots or underscores between label and value.
        ("NAME: OKAFOR, CHIDINMA J.\nDOB: 02/09/2008", "OKAFOR, CHIDINMA J."),
        ("Employee: ROSSI, Marco A.\nDept: Logistics", "ROSSI, Marco A."),
        ("Signed: ____________ A. Fairweather\nDate: 03/04/2024", "A. Fairweather"),
        ("Name of applicant.......... Siobhán\nDate...... 14 May", "Siobhán"),
        # Roles and sign-off fields of forms and reports.
        ("Referee 1: Ilse Vandenberghe", "Ilse Vandenberghe"),
        ("Prepared by: Hamish\nReviewed by: Niamh", "Hamish"),
        ("Case worker: Lerato Nkosi\nCase no: CW-2291", "Lerato Nkosi"),
        ("Interviewee: Dmitri", "Dmitri"),
        # Tables: a "Forename" or "First" column, and columns aligned with spaces under an ALL-CAPS header.
        ("Surname | Forename | DOB\nNakashima | Ren | 03/02/2011", "Ren"),
        ("Last | First | DOB\nKOWALCZYK | AGNIESZKA | 1979-05-14", "AGNIESZKA"),
        ("NAME OF CHILD            DATE OF BIRTH\nOKONKWO, ADAEZE          04/11/2012", "OKONKWO, ADAEZE"),
        # A roster's columns aligned with spaces: the player, and each contact column beside it
        (_ROSTER, "Bence Farkas"),
        (_ROSTER, "Inès"),
        # A case record's people: the labels say who, a birth date on the line for the ambiguous ones
        ("Case management system - audit trail export\nRecord: YILDIRIM, Ece  DOB 2010-02-20", "YILDIRIM, Ece"),
        ("MASH Police Research - Log\nSubject: YONAS BEKELE   DOB 28/02/1985 (38)", "YONAS BEKELE"),
        ("Case worker: Lusine Hovhannisyan   Team: Tusla   Case #6054140", "Lusine Hovhannisyan"),
        # A bare "NAME" column beside a personal one, in a print-out
        ("ID      NAME                DOB\n587084  HÄMÄLÄINEN, Eetu    06/06/2007\n", "HÄMÄLÄINEN, Eetu"),
        ("Pupil        Class   Parent contact\nOla Nordmann  5B      Kari", "Kari"),
        ("Vorname | Nachname | Notfallkontakt\nJonas | Weber | Sabine", "Sabine"),
        ("Prénom;Nom;Contact urgence\nThéo;Martin;Claire", "Claire"),
        # A sign-up list's line: a name and an age, in any script
        ("Chess club sign-up\n1. Thandeka 9 y/o — lichess: thandeka_ghost62\n2. Fahad 8yrs — lichess: dino", "Fahad"),
        ("3. 浩然 12yrs — lichess: dino4541", "浩然"),
        ("- Ananya, 15 y/o", "Ananya"),
        # A name and then the age, in a sentence, in the partners' languages
        ("Can or not, she say Genti, 6 years old, from Dayton", "Genti"),
        ("Bueno so basically Seo-yeon, 10 años, from Tampere", "Seo-yeon"),
        ("Sabi ng bata na Bishnu, 6 taong gulang, from Leeds", "Bishnu"),
        # A chat's name cues: "name is … btw", "real name might be", a parent's partner, "its …" after a direction
        ("Visitor 4843: gp put me on fluoxetine. name is thijs btw", "thijs"),
        ("Visitor 7654: his real name might be Bambang Nasution idk", "Bambang Nasution"),
        ("(07:17 AM) IN  > ma mums bf Abdirahman keeps coming in ma room", "Abdirahman"),
        ("(07:15 AM) IN  > its berfin im 11", "berfin"),
    ],
)
def test_names_in_forms_exports_and_chats(recognizer, text: str, expected: str) -> None:  # noqa: ANN001
    assert expected in [v for v, _ in found(recognizer, text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("NAME: JANE DOE  AGE: 15  SCHOOL: RIVERSIDE", "JANE DOE"),  # the next field's label ends the value
        ("Straße:    Lindenweg   Hausnummer:   12", "Lindenweg"),
        ("Name:\tTomás Quiroga\tPhone: 555 0101", "Tomás Quiroga"),
    ],
)
def test_a_value_ends_at_the_next_column(recognizer, text: str, expected: str) -> None:  # noqa: ANN001
    assert all(v in (expected,) or expected not in v for v, _ in found(recognizer, text))
    assert not any(expected in v and v != expected for v, _ in found(recognizer, text))


@pytest.mark.parametrize(
    "text",
    [
        "metadata:\n  name: nginx-deployment\n  namespace: default",  # a resource's name
        "Parent: org.apache.commons",  # a package
        "service_name=billing-api env=prod",
        '{"product_name": "Walnut Shelf", "price": 120}',
        "Signed: pp Finance",
        "Alias: None",
        "AKA: n/a",
        "me and the kids are fine",
        "me and my mum went shopping",
        "me and bestie",  # chat words and apps are no names
        "who was that?\nsnapchat",
        "what should i call u\nidc",
        "Nom : Réunion trimestrielle",  # a title in sentence case
        "Name: Customer Service",  # a department ("Service" is also a surname)
        "NAME    DOB    PHONE\n",  # a header aligned with spaces
        "Donor  Appreciation Evening",
        "Update: my son loves football",
        "Witness:\nThe neighbour heard shouting that night.",  # a sentence on the next line
        "Children: 2",
        "Attention: Procurement Dept",
        "Nom : Siège social",  # a phrase in the label's language
        "Naam: Jaarverslag 2024",
        "def greet(first_name: str, last_name: str) -> str:",  # a type, not a name
        "class Person(BaseModel):\n    first_name: str\n    last_name: Optional[str] = None",
        "Last | First | Total\nNorth | South | 12",  # "Last", "First" beside no personal column
        "ITEM NAME          QTY\nStanding Desk      4",  # a spaced table of things
        "Boys 12 years\nGirls, 9 yrs",  # a group and its age, not a name
        "In Leeds, 9 years old and up can join",  # a town's age group
        "Subject: Quarterly Review\nHi all",  # an e-mail's subject: no birth date on its line
        "the file name is report and the user name is admin",
        "References: ISBN 978-0-306-40615-7; ISSN 0317-8471",  # a scheme's acronym before its number
    ],
)
def test_no_name_in_forms_exports_and_chats(recognizer, text: str) -> None:  # noqa: ANN001
    assert found(recognizer, text) == []


def test_a_two_column_header_is_no_name(recognizer) -> None:  # noqa: ANN001
    # "NOMBRE COMPLETO | DOMICILIO" over a row of values: the second header is no name, the cell under the first is.
    values = [v for v, _ in found(recognizer, "NOMBRE COMPLETO | DOMICILIO\nLUCÍA FERNÁNDEZ | CALLE MAYOR 5")]
    assert "DOMICILIO" not in values


# An e-mail's display names and a letter's signature (the e-mail register, issue 12).
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("From: Dana Okoro <dana.okoro@example.org>\nSubject: follow up", "Dana Okoro"),
        ('Cc: "Wei Zhang" <wz@example.cn>, Ana Ruiz <ana@example.es>', "Ana Ruiz"),
        ("Please see below.\n\nThanks,\nPriya", "Priya"),
        ("Best regards,\nTomasz Nowak\nProgramme Lead", "Tomasz Nowak"),
        ("--\nSam Adeyemi", "Sam Adeyemi"),
        # a child's letter signs with love, kisses after the name
        ("please dont tell him i rote this.\n\nlove from\nKacper S xxx\n", "Kacper S"),
        ("Dear Nan,\nthank you for the card.\nyour grandson\nTeodor", "Teodor"),
    ],
)
def test_email_names(recognizer, text: str, expected: str) -> None:  # noqa: ANN001
    assert expected in [v for v, _ in found(recognizer, text)], found(recognizer, text)


@pytest.mark.parametrize(
    "text",
    [
        "Thanks,\nFacilities Team",  # a department signs
        "Cheers,\nThe Finance Office",
        "With love,\nThe Class of 2024",  # a group signs
        "From: Support <support@example.com>",
    ],
)
def test_email_senders_that_are_no_person(recognizer, text: str) -> None:  # noqa: ANN001
    assert found(recognizer, text) == []


def test_a_label_after_a_blanks_leaders_is_no_value(recognizer) -> None:  # noqa: ANN001
    assert "Witnessed" not in [v for v, _ in found(recognizer, "Signed: ............  Witnessed by: DC Kai Hall")]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (  # a shift's handover notes: staff by their initials
            "HANDOVER 2025-10-15  AM -> PM  (NK -> MM)\nSG: VN to chase MASH re C-52957 before 1000\n"
            "Debrief booked w/ CR tomorrow 1400.\n-- DW",
            ["NK", "MM", "VN", "CR", "DW"],
        ),
        (  # who is on shift, in any case or script; "all staff" is no one
            "ON SHIFT: NGOZI OGUNLEYE / BW / Jo Byrne\nPresent: all staff",
            ["NGOZI OGUNLEYE", "BW", "Jo Byrne"],
        ),
        ("4  | 13:15 | JENKINS, Destiny (nan of Madison, 6) | +1 201-261-7458", ["Madison"]),
    ],
)
def test_staff_shorthand_and_who_a_caller_is_to_a_child(recognizer, text: str, names: list[str]) -> None:  # noqa: ANN001
    found = [text[r.start : r.end] for r in recognizer.analyze(text, ["PERSON"], None)]
    assert all(n in found for n in names), found


def test_a_meetings_roles_are_no_names(recognizer) -> None:  # noqa: ANN001
    text = "Present: IT helpdesk analyst, partnerships lead, hotline supervisor, the Secretary, Vice-Chair"
    assert recognizer.analyze(text, ["PERSON"], None) == []


def test_a_route_between_codes_is_no_handover(recognizer) -> None:  # noqa: ANN001
    assert recognizer.analyze("Flight (LHR -> JFK) and the (EU -> UK) route.", ["PERSON"], None) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Reporter: @reece.lockwood1 (Reece)", "Reece"),
        ('Reported user: @Lunar_Gamer_28 ("Jonas", says 17)', "Jonas"),
        ("Note modération : identité vérifiée MATHIS MOREAU ; double compte détecté.", "MATHIS MOREAU"),
    ],
)
def test_a_name_beside_a_handle_or_verified(recognizer, text: str, name: str) -> None:  # noqa: ANN001
    assert name in [text[r.start : r.end] for r in recognizer.analyze(text, ["PERSON"], None)]


def test_a_brands_handles_with_their_topics_are_no_names(recognizer) -> None:  # noqa: ANN001
    assert recognizer.analyze("Follow @acme_support (Help) and @news (Updates).", ["PERSON"], None) == []


def test_a_reply_after_a_voice_logs_double_arrow(recognizer) -> None:  # noqa: ANN001
    text = "<00:00:37> wolf_9 >> whats ur real name\n<00:00:58> xXjaydenXx >> jayden walsh\n<00:01:09> wolf_9 >> ok"
    assert "jayden walsh" in [text[r.start : r.end] for r in recognizer.analyze(text, ["PERSON"], None)]
