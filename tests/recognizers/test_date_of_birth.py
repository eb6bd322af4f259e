"""DATE_OF_BIRTH, called directly (Presidio style).

a date in any common format after (or before) a birth word, a birth year after
'born in' or 'year of birth', a date in a table column headed DOB; other dates are not birth dates."""

from __future__ import annotations

import pytest

RECOGNIZER = "date_of_birth"
NO_CONTEXT = "no context word"

# (text, value, score range, reason): the reason is "no context word" when no word or header names the value.
POSITIVES = [
    ("DOB: 04/12/1987", "04/12/1987", (0.95, 0.95), ""),
    # Spoken, as dictation and call transcripts write it; a written date after a speaker's fillers
    ("note dictated seen oksana dob the eleventh of september twenty twenty and", "eleventh of september twenty "
     "twenty", (0.9, 0.9), ""),
    ("seen nizhoni dob oh three three one two oh oh eight and sibling", "oh three three one two oh oh eight",
     (0.9, 0.9), ""),
    ("tran duc anh dob twentieth march twenty nineteen\nuh", "twentieth march twenty nineteen", (0.9, 0.9), ""),
    ("alfie is three date of birth um 18 may 2022", "18 may 2022", (0.9, 0.9), ""),
    ("subject is le date of birth right may 1, 1982 er social", "may 1, 1982", (0.9, 0.9), ""),
    ("AGENT (01:23): And your son's date of birth?\nCALLER (01:31): August twenty-seventh, two thousand and seven, so",
     "August twenty-seventh, two thousand and seven", (0.9, 0.9), ""),
    # A few words between the label and its colon, bracket or quote
    ("DOB given: 07/10/1983", "07/10/1983", (0.95, 0.95), ""),
    ("[ ] DOB matches: 1996-01-29", "1996-01-29", (0.95, 0.95), ""),
    ("We verified it against the date of birth you gave (04/12/1979) and", "04/12/1979", (0.95, 0.95), ""),
    ('Form history: date of birth field "2011-04-04" (sign-up).', "2011-04-04", (0.95, 0.95), ""),
    # Chinese "birthday", Russian "д.р." right before the date
    ("生日20/07/2010  下午 5:18", "20/07/2010", (0.95, 0.95), ""),
    ("др 16/05/2011  23:22", "16/05/2011", (0.95, 0.95), ""),
    # A deposition's answer after its line number
    (" 4   Q.   And your date of birth?\n 5   A.   January 9, 1983.\n 6   Q.", "January 9, 1983", (0.9, 0.9), ""),
    # Field names and a record's quotes (a JSON key's own quotes are blanks by then: detection/normalize.py).
    ('"dob": "2011-03-04"', "2011-03-04", (0.95, 0.95), ""),
    ("birth_date=2011-03-04", "2011-03-04", (0.95, 0.95), ""),
    ("child_dob: 2011-03-04", "2011-03-04", (0.95, 0.95), ""),
    ("dateOfBirth: 2010-05-14", "2010-05-14", (0.95, 0.95), ""),
    # A transcript: "it's" before the date; the question without "?" and the answer after a speaker with no colon.
    ("i had to put my date of birth it's 3rd of march 1990 and", "3rd of march 1990", (0.95, 0.95), ""),
    ("born 12 March 1990", "12 March 1990", (0.95, 0.95), ""),
    # The world's other birth words (nineteenth session): Zulu, Slovak, Lithuanian, Estonian, Bengali, Urdu.
    ("uSipho wazalwa ngo-14/02/1988", "14/02/1988", (0.95, 0.95), ""),
    ("narodená 03.05.1990", "03.05.1990", (0.95, 0.95), ""),
    ("gimusi 1991-07-12", "1991-07-12", (0.95, 0.95), ""),
    ("sündinud 05.06.1979", "05.06.1979", (0.95, 0.95), ""),
    ("লোকটির জন্ম তারিখ 12/03/1985", "12/03/1985", (0.95, 0.95), ""),
    ("تاریخ پیدائش 23/09/1972", "23/09/1972", (0.95, 0.95), ""),
    ("Date of birth 1990-03-12", "1990-03-12", (0.95, 0.95), ""),
    ("DOB: 14-Mar-1990", "14-Mar-1990", (0.95, 0.95), ""),
    ("DOB (MM/DD/YYYY): 04/12/1987", "04/12/1987", (0.95, 0.95), ""),
    ("Date of birth / Age: 04/12/1987 (34)", "04/12/1987", (0.95, 0.95), ""),
    ("03/14/2012 (DOB)", "03/14/2012", (0.95, 0.95), ""),
    ("born in 1987, she moved", "1987", (0.9, 0.9), ""),
    ("year of birth: 1987", "1987", (0.9, 0.9), ""),
    ("Name | DOB | City\nAnn | 04/12/1987 | Leeds", "04/12/1987", (0.95, 0.95), ""),
    ("DOB\n04/12/1987", "04/12/1987", (0.95, 0.95), ""),
    ("geboren am 14.03.2012", "14.03.2012", (0.95, 0.95), ""),
    ("Date of Birth (DOB): 03/14/2012", "03/14/2012", (0.95, 0.95), ""),
    ("DOB (dd.mm.yyyy): 14.03.2012", "14.03.2012", (0.95, 0.95), ""),
    ("Age/DOB: 34 / 03-14-1990", "03-14-1990", (0.95, 0.95), ""),
    ("Jane (b. 1987) volunteers", "1987", (0.9, 0.9), ""),
    ("birthday: March 14", "March 14", (0.85, 0.85), ""),
    ("her bday is 3/14 lol", "3/14", (0.85, 0.85), ""),
    ("née le 14/03/2012", "14/03/2012", (0.95, 0.95), ""),
    ("fecha de nacimiento: 14/03/2012", "14/03/2012", (0.95, 0.95), ""),
    ("生年月日 2012-03-14", "2012-03-14", (0.95, 0.95), ""),
    # A birth year after "born" or "b." alone, or with "circa"; year of birth as forms abbreviate it
    ("Jane Smith b. 1975, volunteer", "1975", (0.9, 0.9), ""),
    ("born 1975 in Leeds", "1975", (0.9, 0.9), ""),
    ("Born: 1975", "1975", (0.9, 0.9), ""),
    ("born circa 1980", "1980", (0.9, 0.9), ""),
    ("born in the year 1980", "1980", (0.9, 0.9), ""),
    ("YOB: 1980", "1980", (0.9, 0.9), ""),
    ("née en 1980 à Lyon", "1980", (0.9, 0.9), ""),
    # Other languages' labels
    ("Geboortedatum: 12-03-1980", "12-03-1980", (0.95, 0.95), ""),
    ("Födelsedatum: 1980-03-12", "1980-03-12", (0.95, 0.95), ""),
    ("Fødselsdato: 12.03.1980", "12.03.1980", (0.95, 0.95), ""),
    ("Syntymäaika: 12.3.1980", "12.3.1980", (0.95, 0.95), ""),
    ("Дата рождения: 12.03.1980", "12.03.1980", (0.95, 0.95), ""),
    ("출생일: 2011년 3월 14일", "2011년 3월 14일", (0.95, 0.95), ""),
    ("Tanggal lahir: 12-08-2010", "12-08-2010", (0.95, 0.95), ""),
    ("Dia lahir pada 12 Agustus 2010.", "12 Agustus 2010", (0.95, 0.95), ""),
    ("Ngày sinh: 15/07/2011", "15/07/2011", (0.95, 0.95), ""),
    ("Ipinanganak noong 3 Marso 2011", "3 Marso 2011", (0.95, 0.95), ""),
    ("Tarehe ya kuzaliwa: 14/02/2011", "14/02/2011", (0.95, 0.95), ""),
    ("जन्म तिथि: 12/04/2010", "12/04/2010", (0.95, 0.95), ""),
    ("تاريخ الميلاد: 12/04/2010", "12/04/2010", (0.95, 0.95), ""),
    ("תאריך לידה: 12.04.2010", "12.04.2010", (0.95, 0.95), ""),
    ("Γεννήθηκε στις 3 Μαρτίου 2011", "3 Μαρτίου 2011", (0.95, 0.95), ""),
    ("Дата народження: 12.04.2010", "12.04.2010", (0.95, 0.95), ""),
    ("Narozen 3. března 2011", "3. března 2011", (0.95, 0.95), ""),
    ("Datum rođenja: 12.04.2010.", "12.04.2010", (0.95, 0.95), ""),
    ("Doğum tarihi: 12 Nisan 2010", "12 Nisan 2010", (0.95, 0.95), ""),
    ("Data nașterii: 12.04.2010", "12.04.2010", (0.95, 0.95), ""),
    ("Ծննդյան ամսաթիվ: 20.12.2017", "20.12.2017", (0.95, 0.95), ""),
    ("የትውልድ ቀን: 11/11/2010", "11/11/2010", (0.95, 0.95), ""),
    ("დაბადების თარიღი: 29.03.2008", "29.03.2008", (0.95, 0.95), ""),
    ("- date of birth given at sign-up: 11.06.1981", "11.06.1981", (0.95, 0.95), ""),
    # a table whose rows end in empty cells, under headers of meaningless names ("c3")
    (
        "ref\tname\td.o.b\tc3\tnotes\nHL-25-1\tmarcus thompson\t20.09.2010\t411889004\t\t",
        "20.09.2010",
        (0.95, 0.95),
        "",
    ),
    # Form and OCR formats after a birth word; a comma after it
    ("DOB: 20110304", "20110304", (0.95, 0.95), ""),
    ("DOB: 04MAR2011", "04MAR2011", (0.95, 0.95), ""),
    ("Date of Birth: 03 / 04 / 2011", "03 / 04 / 2011", (0.95, 0.95), ""),
    ("DOB: 03 04 2011", "03 04 2011", (0.95, 0.95), ""),
    ("his date of birth, 12/03/1980, was given", "12/03/1980", (0.95, 0.95), ""),
    ("D.O.B. 03/04/2011", "03/04/2011", (0.95, 0.95), ""),
    ("Born: 4 March 1979", "4 March 1979", (0.95, 0.95), ""),
    ("birthdate 12-Mar-1980", "12-Mar-1980", (0.95, 0.95), ""),
    # Other languages' month names after their birth words
    ("née le 1er mai 2010", "1er mai 2010", (0.95, 0.95), ""),
    ("geboren am 4. März 1979", "4. März 1979", (0.95, 0.95), ""),
    ("nacido el 4 de marzo de 1979", "4 de marzo de 1979", (0.95, 0.95), ""),
    ("nata il 4 aprile 1979", "4 aprile 1979", (0.95, 0.95), ""),
    ("geboren op 4 maart 1979", "4 maart 1979", (0.95, 0.95), ""),
    # OCR'd and hand-typed labels
    ("D O B: 03/04/2011", "03/04/2011", (0.95, 0.95), ""),
    ("DOB.......03/04/2011", "03/04/2011", (0.95, 0.95), ""),
    ("b-day: 3/4/2011", "3/4/2011", (0.95, 0.95), ""),
    ("birth-date: 3/4/2011", "3/4/2011", (0.95, 0.95), ""),
    # Polish and Russian months (genitive) and birth verbs; CJK dates before or after their birth words
    ("urodzony 3 kwietnia 2009", "3 kwietnia 2009", (0.95, 0.95), ""),
    ("urodziła się 3 kwietnia 2009", "3 kwietnia 2009", (0.95, 0.95), ""),
    ("родился 3 апреля 2009 года", "3 апреля 2009", (0.95, 0.95), ""),
    ("родилась 03.04.2009", "03.04.2009", (0.95, 0.95), ""),
    ("生年月日: 2009年4月3日", "2009年4月3日", (0.95, 0.95), ""),
    ("出生日期：2009年4月3日", "2009年4月3日", (0.95, 0.95), ""),
    ("她出生于2009年4月3日", "2009年4月3日", (0.95, 0.95), ""),
    ("생년월일: 2009년 4월 3일", "2009년 4월 3일", (0.95, 0.95), ""),
    ("출생 2009.04.03", "2009.04.03", (0.95, 0.95), ""),
    ("2009年4月3日生まれの女の子", "2009年4月3日", (0.95, 0.95), ""),
    ("2009년 4월 3일생", "2009년 4월 3일", (0.95, 0.95), ""),
    # A birth year in two digits, after "born"
    ("born in '09", "'09", (0.85, 0.85), ""),
    ("She was born ’87 in Leeds.", "’87", (0.85, 0.85), ""),
    ("DOB: 3rd Apr '09", "3rd Apr '09", (0.95, 0.95), ""),
    ("平成21年4月3日生", "平成21年4月3日", (0.95, 0.95), ""),
    # Abbreviated labels in Spanish, Portuguese, French and German forms
    ("fecha de nac.: 03/04/2009", "03/04/2009", (0.95, 0.95), ""),
    ("F. nacimiento: 03/04/2009", "03/04/2009", (0.95, 0.95), ""),
    ("data de nasc.: 03/04/2009", "03/04/2009", (0.95, 0.95), ""),
    ("né(e) le 03/04/2009", "03/04/2009", (0.95, 0.95), ""),
    ("Geb.-Datum: 03.04.2009", "03.04.2009", (0.95, 0.95), ""),
    # The place of birth between the birth word and the date
    ("born in Leeds on 3 April 2009", "3 April 2009", (0.9, 0.9), ""),
    ("born at St Mary's Hospital on 03/04/2009", "03/04/2009", (0.9, 0.9), ""),
    ("born in the UK, 3 April 2009", "3 April 2009", (0.9, 0.9), ""),
    ("nato a Roma il 3 aprile 2009", "3 aprile 2009", (0.9, 0.9), ""),
    ("né à Paris le 3 avril 2009", "3 avril 2009", (0.9, 0.9), ""),
    ("nacida en Bogotá el 3 de abril de 2009", "3 de abril de 2009", (0.9, 0.9), ""),
    ("geboren in Berlin am 3.4.2009", "3.4.2009", (0.9, 0.9), ""),
    ("родилась в Москве 3 апреля 2009", "3 апреля 2009", (0.9, 0.9), ""),
    # Forms: a leader of underscores, OCR's letters for digits; "as" before the date in a note
    ("Date of Birth ______ 08/17/1990", "08/17/1990", (0.95, 0.95), ""),
    ("DOB: 1l/O4/1968", "1l/O4/1968", (0.95, 0.95), ""),
    ("Date of Birth: O3/O4/2O11", "O3/O4/2O11", (0.95, 0.95), ""),
    ("caller gave her date of birth as the 5th of June 1991", "the 5th of June 1991", (0.95, 0.95), ""),
    ("Data urodzenia: 03.04.2011 r.", "03.04.2011 r.", (0.95, 0.95), ""),
    ("APPLICANT | SANDOVAL, ERNESTO J.\nBIRTHDATE | 1983-11-05", "1983-11-05", (0.95, 0.95), ""),
    # A comma-separated row under a header naming the column
    ('Name,DOB,Address\nAmira Haddad,04/03/2010,"12 Fernhill Rd, Luton"', "04/03/2010", (0.95, 0.95), ""),
    # The answer to a birth-date question on the next line of a call or a chat
    ("[00:01:12] Agent: Can I take your date of birth?\n[00:01:15] Caller: 03-11-1987", "03-11-1987", (0.9, 0.9), ""),
    ("agent can i take your date of birth\ncaller november 12th 1985\nagent and the postcode", "november 12th 1985",
     (0.9, 0.9), ""),
    ("Agent: and your date of birth please\nCaller: yeah its the 3rd of November 1987", "3rd of November 1987",
     (0.9, 0.9), ""),
    # A birth column of a table aligned with spaces (a team sheet), and one headed in Italian above a divider of
    # dashes and pluses
    ("No   Player            Born         Pos\n2    Kalani Akana      26.02.2015   MID\n9    Ivo Rask          "
     "09.08.2014   DEF", "09.08.2014", (0.95, 0.95), ""),
    ("Nome | Data di nascita | Genitore\n-----+--------+-----\nLuca Ferri | 27/11/2016 | Anna Ferri", "27/11/2016",
     (0.95, 0.95), ""),
]  # fmt: skip
# Ticket, SKU, ISBN, grant, order and account-like business codes, build numbers, hashes, other identifiers.
NEGATIVES = [
    # A spoken date with no birth word before it
    "the meeting on the eleventh of september twenty twenty was born of necessity",
    "dob the case worker on twenty two",
    "и др. 2010 года",  # "и др." is "and others"
    "DOB verified by the officer on 12/03/2024 at the desk",
    # A herd's register: its animals' births under DOB
    "Ear tag | Breed | Sex | DOB | Dam tag\nUK 534217 379213 | Hereford | M | 24/08/2024 | UK 893814 221071",
    "meeting 04/12/2024",
    "Roden 12/04/2010 shipment arrived.",
    "date of birth unknown: see notes 12/03/2024",  # no birth word without its letter đ
    "Laporan dibuat 12-08-2024 di Jakarta.",  # a report's date in Indonesian
    "birthday party on 12/03/2024 (Friday)",
    "Name | Joined\nAnn | 04/12/1987",
    "invoice dated 2024-03-15",
    "version 2024.03.15",
    "birthday party on Friday",
    "born to run",
    "Build 20231015.1234",
    "ISBN 978-0-306-40615-7",
    "founded 1975",
    "effective 01/02/2020",
    "Invoice 20110304 dated 03 04 2011",
    "the firstborn in 1975 was a myth, a 5-year plan from 2019",
    "Plan b. 20 units",
    "rebirth 2020 campaign, effective 2020-01-02",
    "Date: 03 / 04 / 2011",
    "Ordered: 04MAR2011",
    "le 4 mars 1979 à Paris, réunion",
    "Total.......03/04/2011; d o c: 03/04/2011",
    "Plan b. 20 items; option b. 2020 budget review",
    "会議は2009年4月3日です。",
    "출생률은 2009.04.03 기준",
    "the 2009 born-in-'09 campaign, launched in '09",
    "Invoice date: 3 kwietnia 2009; встреча 3 апреля 2009",
    "NATO at its summit on 3 April 2009 agreed.",
    "She was born in Leeds and moved to York on 3 April 2009.",
    "The idea was born at a meeting on 3 April 2009.",
    "Date of service: O3/O4/2O11",
    "Invoice date ______ 08/17/1990",
    "Name,Joined,Renewal\nAnn,04/03/2010,04/03/2025",
    "Item,Date,Amount\nBirthday cake,03/04/2024,25.00",
    "Birthday party on Saturday\nInvoice date: 03/04/2024",  # no question about a birth date before it
]


def _found(find, text: str) -> list[tuple[str, float, str]]:  # noqa: ANN001
    recognizer = find.recognizer
    results = recognizer.analyze(text, recognizer.supported_entities, None)
    return sorted(
        (text[r.start : r.end], r.score, (r.recognition_metadata or {}).get("reason", ""))
        for r in results
        if r.score >= 0.5
    )


@pytest.mark.parametrize(("text", "value", "scores", "reason"), POSITIVES)
def test_finds(find, text: str, value: str, scores: tuple[float, float], reason: str) -> None:  # noqa: ANN001
    found = [f for f in _found(find, text) if f[0] == value]
    assert len(found) == 1, _found(find, text)
    _, score, why = found[0]
    assert scores[0] <= score <= scores[1]
    assert why == reason


@pytest.mark.parametrize("text", NEGATIVES)
def test_ignores(find, text: str) -> None:  # noqa: ANN001
    assert _found(find, text) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # An airline's passenger record (IATA dates); a date with the age it makes someone
        ("  8 SSR DOCS LA HK1 P/USA/A53333532/USA/15DEC92/M/26FEB33/JACKSON/DYLAN/P1", "15DEC92"),
        ("  2.HASSAN/YOUSSEF MSTR(CHD/06MAR22)", "06MAR22"),
        ("Имя - OKSANA\nДата рождения - 10MAR78", "10MAR78"),
        ("Accompanied minors:\n - Ani Avetisyan, 10.07.2011 (13 y/o)", "10.07.2011"),
    ],
)
def test_finds_airline_dates_and_dates_with_ages(find, text: str, value: str) -> None:  # noqa: ANN001
    assert value in [v for _, v, _ in find(text)]


@pytest.mark.parametrize(
    "text",
    [
        "Flight LO 181 Q 20DEC 6 KRKLAX HK3 1655, issued 10MAR24 (2 bags)",
        "  8 SSR DOCS LA HK1 P/USA/A53333532/USA/15DEC92/M/26FEB33/JACKSON/DYLAN/P1 expires 26FEB33",
    ],
)
def test_an_airlines_other_dates_are_no_birth_dates(find, text: str) -> None:  # noqa: ANN001
    found = [v for _, v, _ in find(text)]
    assert "10MAR24" not in found and "26FEB33" not in found and "20DEC" not in found


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # Birth words of more languages: Galician, Tatar, Haitian, Maori, Xhosa, Cebuano, Yiddish
        ("| Data de nacemento                       | 12/02/2019 |", "12/02/2019"),
        ("Илнур 16 яшьтә. Туган көне: 11.07.2008.", "11.07.2008"),
        ("Guerline gen 13 an.\nLi fèt 28/10/2011. Fanmi an rete Leyogàn.", "28/10/2011"),
        ("Kahurangi Ngata: e 15 ōna tau.\nI whānau mai i te 28/06/2010.", "28/06/2010"),
        ("Xolani uneminyaka eyi-7. Wazalwa ngomhla we-2017/06/10.", "2017/06/10"),
        ("Si Cherry 8 anyos pa.\nNatawo niadtong December 11, 2016.", "December 11, 2016"),
        ("| געבורטסטאָג      | 16.07.2017 |", "16.07.2017"),
        # Welsh, Irish, Maltese and Georgian months after their birth words and "on"
        ("Mae ei rif ffôn yn 07492 622405. Ganwyd ar 24 Tachwedd 1986.", "24 Tachwedd 1986"),
        ("Rugadh é ar 29 Eanáir 1990. Tá baint ag Seán leis.", "29 Eanáir 1990"),
        ("TWIELED FIL-21 TA' AWWISSU 1969. NINU GĦANDU", "21 TA' AWWISSU 1969"),
        ("მისი ტელეფონია. დაბადებულია 29 იანვარი, 1989.", "29 იანვარი, 1989"),
        # A birth column named in a key's words
        ("export.csv\nemployee_name,employee_dob,tax_id_type\nOlivia Roberts,1978-08-20,ITIN", "1978-08-20"),
    ],
)
def test_finds_birth_dates_after_more_languages_birth_words(find, text: str, value: str) -> None:  # noqa: ANN001
    assert value in [v for _, v, _ in find(text)]
