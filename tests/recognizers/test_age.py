"""AGE and MINOR_AGE, called directly (Presidio style). The finding is the age phrase where the words are the age
("34-year-old", "aged 52", "12 years of age"), else the number (or its words) only; under 18 it is MINOR_AGE, else
AGE. minor_age.py (test_minor_age.py) adds school years and small children's words."""

from __future__ import annotations

import pytest

RECOGNIZER = "age"

POSITIVES = [
    # (text, entity, value, score range)
    # Uyghur's "years" after the number
    ("زۆھرە (16 ياش) تۇرپان شەھىرىدىن", "MINOR_AGE", "16", (0.75, 0.85)),
    # A deposition's answer after its line number
    (" 5   Q.   And how old is Ruby now?\n 6   A.   13.\n 7   Q.   Thank you.", "MINOR_AGE", "13", (0.75, 0.85)),
    ("a 34-year-old man from Dayton", "AGE", "34-year-old", (0.85, 0.95)),
    # "that" pointing at the person named after the age, not at a thing
    ("call 911 immediately. Again, that's 7-year-old Thi Linh Phan.", "MINOR_AGE", "7-year-old", (0.85, 0.95)),
    # A call transcript's answer: clock and speaker apart by wide gaps, a filler, a note on what was not made out
    ("00:01:04  Agent  and how old are you\n00:01:11  Caller  um 12", "MINOR_AGE", "12", (0.75, 0.85)),
    (
        "AGENT (00:44): and how old are you\nCALLER (00:47): twelve [crosstalk] twelve",
        "MINOR_AGE",
        "twelve",
        (0.75, 0.85),
    ),
    # A record's quoted value (the key's own quotes are blanks by then: detection/normalize.py).
    (' age : "27", "city": "Leeds"', "AGE", "27", (0.8, 0.9)),
    ("age='14'", "MINOR_AGE", "14", (0.8, 0.9)),
    # Other languages' words for "years" and for "she is"; what a groomer says of a child's age.
    ("मेरा नाम दिया है, मैं 12 साल की हूँ", "MINOR_AGE", "12", (0.75, 0.85)),
    ("หนูชื่อพิมพ์ 14 ปี อยู่ภูเก็ต ค่ะ", "MINOR_AGE", "14", (0.75, 0.85)),
    ("ani sheli, בת 14", "MINOR_AGE", "14", (0.7, 0.8)),
    ("а сколько ей? ей же 14", "MINOR_AGE", "14", (0.7, 0.8)),
    ("ur so mature for 11", "MINOR_AGE", "11", (0.7, 0.8)),
    ("the man, aged 52, was arrested", "AGE", "aged 52", (0.8, 0.9)),
    # People beside a product keep their age; a list of children is no crossword.
    ("He gave her whisky at the party, she is 14.", "MINOR_AGE", "14", (0.7, 0.8)),
    ("The bar worker, aged 34, poured bourbon.", "AGE", "aged 34", (0.8, 0.9)),
    # More languages' "years (old)", after the number or before it (nineteenth session).
    ("Сарангэрэл 13 настай", "MINOR_AGE", "13", (0.75, 0.85)),
    ("Katrín er 16 ára", "MINOR_AGE", "16", (0.75, 0.85)),
    ("Ana ima 14 godina", "MINOR_AGE", "14", (0.75, 0.85)),
    ("ნინო 10 წლისაა", "MINOR_AGE", "10", (0.75, 0.85)),
    ("mtu huyo ana miaka 44", "AGE", "44", (0.75, 0.85)),
    ("afite imyaka 9", "MINOR_AGE", "9", (0.75, 0.85)),
    ("Tom Jones (aged 20) said", "AGE", "aged 20", (0.8, 0.9)),
    ("Maria Lopez, 34, was there", "AGE", "34", (0.55, 0.65)),
    # An aside's adverb before the age: "a kid, only 13."
    ("he must know she's a schoolgirl, barely 14.", "MINOR_AGE", "14", (0.55, 0.65)),
    ("Her nephew, only 9, was in the car", "MINOR_AGE", "9", (0.55, 0.65)),
    ("age: 40", "AGE", "age: 40", (0.8, 0.9)),
    ("Age (yrs): 9", "MINOR_AGE", "9", (0.8, 0.9)),
    ("Age at time of incident: 15", "MINOR_AGE", "15", (0.8, 0.9)),
    ("age - 13", "MINOR_AGE", "age - 13", (0.8, 0.9)),
    ("a thirty-four year old woman", "AGE", "thirty-four year old", (0.85, 0.95)),
    ("He is a fifteen-year-old student", "MINOR_AGE", "fifteen-year-old", (0.85, 0.95)),
    ("in 2019 he was 45.", "AGE", "45", (0.7, 0.8)),
    ("she is 34 and works nights", "AGE", "34", (0.7, 0.8)),
    ("she is 12", "MINOR_AGE", "12", (0.7, 0.8)),
    ("she's only 13!!", "MINOR_AGE", "13", (0.7, 0.8)),
    ("the child is eight.", "MINOR_AGE", "eight", (0.7, 0.8)),
    ("my brother is 12 and he plays roblox", "MINOR_AGE", "12", (0.7, 0.8)),
    ("I'm 14 and scared.", "MINOR_AGE", "14", (0.65, 0.75)),
    ("tina_x: i just turned 15", "MINOR_AGE", "15", (0.65, 0.75)),
    ("She turns 16 next month", "MINOR_AGE", "16", (0.65, 0.75)),
    ("I'll turn 52 on Sunday", "AGE", "52", (0.65, 0.75)),
    ("how old are you?\nim 19 lol", "AGE", "19", (0.75, 0.85)),
    ("how old r u\njake99: 15", "MINOR_AGE", "15", (0.75, 0.85)),
    ("sam: wat age r u\ntina_x: fourteen", "MINOR_AGE", "fourteen", (0.75, 0.85)),
    ("sam: u 18?\ntina_x: nah 16", "MINOR_AGE", "16", (0.75, 0.85)),
    ("[10:02] sam: how old?\n[10:03] kim: 13 u?", "MINOR_AGE", "13", (0.75, 0.85)),
    ("a man 45 years of age", "AGE", "45 years of age", (0.85, 0.95)),
    ("The girl is 12 years of age.", "MINOR_AGE", "12 years of age", (0.85, 0.95)),
    ("he turned 40 last week", "AGE", "40", (0.65, 0.75)),
    ("her 50th birthday party", "AGE", "50", (0.75, 0.85)),
    ("a man in his early 40s", "AGE", "40s", (0.75, 0.85)),
    ("a woman in her forties", "AGE", "forties", (0.75, 0.85)),
    ("Throwaway account (34M) here", "AGE", "34", (0.75, 0.85)),
    ("me [F 19] and my bf", "AGE", "19", (0.75, 0.85)),
    ("asl?\n14/f/ohio", "MINOR_AGE", "14", (0.75, 0.9)),
    ("age/sex: 16/m", "MINOR_AGE", "16", (0.75, 0.85)),
    ("user22: asl?\nstranger: 15 f cali", "MINOR_AGE", "15", (0.65, 0.75)),
    ("Patient: 34 M", "AGE", "34", (0.65, 0.75)),
    ("F, 14, from Leeds", "MINOR_AGE", "14", (0.65, 0.75)),
    ("Victim: female, 14 yrs", "MINOR_AGE", "14 yrs", (0.7, 0.8)),
    ("The 17 y/o told police", "MINOR_AGE", "17 y/o", (0.85, 0.95)),
    ("a 16yo girl", "MINOR_AGE", "16yo", (0.85, 0.95)),
    ("16 y.o. male", "MINOR_AGE", "16 y.o.", (0.85, 0.95)),
    ("a 10-yr-old child", "MINOR_AGE", "10-yr-old", (0.85, 0.95)),
    ("a 6-month-old baby", "MINOR_AGE", "6-month-old", (0.85, 0.95)),
    ("Jake, 15, ran away", "MINOR_AGE", "15", (0.55, 0.65)),
    ("Girl, 15, missing since Tuesday.", "MINOR_AGE", "15", (0.55, 0.65)),
    ("her son (12) is being groomed", "MINOR_AGE", "12", (0.55, 0.65)),
    ("Mr. Evans, 67, a retired plumber", "AGE", "67", (0.55, 0.65)),
    ("a girl of 14 was seen", "MINOR_AGE", "14", (0.65, 0.75)),
    ("CHILD NAME: MIA WONG  AGE: 12  SCHOOL: Oak Park", "MINOR_AGE", "AGE: 12", (0.8, 0.9)),
    ("Name | Age | City\nTom Hardy | 42 | Leeds", "AGE", "42", (0.8, 0.9)),
    ("Name\tAge\nTom Hardy\t15 yrs", "MINOR_AGE", "15", (0.8, 0.9)),
    ("she appeared to be about 15", "MINOR_AGE", "15", (0.65, 0.75)),
    ("white male, approx. 40-45, beard", "AGE", "40-45", (0.65, 0.75)),
    ("a boy aged 14-15", "MINOR_AGE", "aged 14-15", (0.8, 0.9)),
    ("la niña de 13 años", "MINOR_AGE", "13", (0.75, 0.85)),
    ("Dia berumur 13 tahun dan tinggal di Bekasi.", "MINOR_AGE", "13", (0.75, 0.85)),
    ("The girl Ελένη is having 17 years and she is study in 11 class.", "MINOR_AGE", "17", (0.75, 0.85)),
    ("he is say he have 48 years.", "AGE", "48", (0.75, 0.85)),
    ("The boy Yuto is having nine years", "MINOR_AGE", "nine", (0.75, 0.85)),
    ("angelgamer2007\n10 na ako", "MINOR_AGE", "10", (0.75, 0.85)),
    ("<person><age>17</age><phone>1</phone></person>", "MINOR_AGE", "17", (0.8, 0.9)),
    ("member | role | claimed age | location\nviper8 | member | 11 | Bahir Dar", "MINOR_AGE", "11", (0.8, 0.9)),
    ("Ana miaka 14 na anaishi Mombasa.", "MINOR_AGE", "14", (0.75, 0.85)),
    ("Mtoto mwenye umri wa miaka 12", "MINOR_AGE", "12", (0.75, 0.85)),
    ("הוא בן 45.", "AGE", "45", (0.75, 0.85)),
    ("عمرها 14 سنة", "MINOR_AGE", "14", (0.75, 0.85)),
    ("Siya ay 14 taong gulang.", "MINOR_AGE", "14", (0.75, 0.85)),
    ("Їй 14 років.", "MINOR_AGE", "14", (0.75, 0.85)),
    ("Are 15 ani.", "MINOR_AGE", "15", (0.75, 0.85)),
    ("Mädchen, 14 Jahre alt", "MINOR_AGE", "14", (0.75, 0.85)),
    ("Emma (9 yrs) was alone", "MINOR_AGE", "9 yrs", (0.55, 0.65)),
    ("I'm fifteen lol", "MINOR_AGE", "fifteen", (0.65, 0.75)),
    ("Age........ 15", "MINOR_AGE", "Age........ 15", (0.8, 0.9)),
    ("kid_01 (10:02): how old r u\nmax (10:03): 16 in june", "MINOR_AGE", "16", (0.75, 0.85)),
    ("a: how old r u\nb: 15 whats urs", "MINOR_AGE", "15", (0.7, 0.8)),
    ("she is 13yrs and in care", "MINOR_AGE", "13yrs", (0.7, 0.8)),
    ("Jake (13yrs) was there", "MINOR_AGE", "13yrs", (0.55, 0.65)),
    ("Age of victim: 15", "MINOR_AGE", "15", (0.8, 0.9)),
    ("Age (approx.): 40", "AGE", "40", (0.8, 0.9)),
    ("AGE: l5", "MINOR_AGE", "AGE: l5", (0.65, 0.75)),
    ("彼女は15歳です", "MINOR_AGE", "15", (0.75, 0.85)),
    ("hey im 14f", "MINOR_AGE", "14", (0.65, 0.75)),
    ("the 15 y. o. girl", "MINOR_AGE", "15 y. o.", (0.85, 0.95)),
    ("Mädchen (14) vermisst", "MINOR_AGE", "14", (0.55, 0.65)),
    ("Анна, 14, пропала", "MINOR_AGE", "14", (0.55, 0.65)),
    ("Child: Emma Rossi - 9", "MINOR_AGE", "9", (0.55, 0.65)),
    ("a: asl\nb: f 15 texas", "MINOR_AGE", "15", (0.65, 0.75)),
    ("2024-03-01 14:02 | kid: how old r u\n2024-03-01 14:03 | sam: 13", "MINOR_AGE", "13", (0.75, 0.85)),
    ("a man, late 60s, grey hair", "AGE", "60s", (0.65, 0.75)),
    ("suspect (40s) drove off", "AGE", "(40s)", (0.65, 0.75)),
    ("a guy 35ish", "AGE", "35ish", (0.65, 0.75)),
    ("our donor, a widow, 72, gave again", "AGE", "72", (0.55, 0.65)),
    ("김민지 (15) was messaged", "MINOR_AGE", "15", (0.55, 0.65)),
    ("the girl 王芳，14，said", "MINOR_AGE", "14", (0.55, 0.65)),
    # Issue 12 (recall): chat shorthand, ranges, other languages' form labels, descriptions of someone seen
    ("hes 13 and shy", "MINOR_AGE", "13", (0.65, 0.75)),
    ("kim: shes 12 lol", "MINOR_AGE", "12", (0.65, 0.75)),
    ("asl?\n14, f, ohio", "MINOR_AGE", "14", (0.7, 0.8)),
    ("a/s/l?\n15 f", "MINOR_AGE", "15", (0.75, 0.85)),
    ("how old r u\n12 nearly 13", "MINOR_AGE", "12", (0.75, 0.85)),
    ("two boys, 15-16 years old", "MINOR_AGE", "15-16 years old", (0.85, 0.95)),
    ("a 12- or 13-year-old girl", "MINOR_AGE", "12- or 13-year-old", (0.85, 0.95)),
    ("9 and 11 year old girls", "MINOR_AGE", "9 and 11 year old", (0.85, 0.95)),
    ("Alter: 14", "MINOR_AGE", "14", (0.75, 0.85)),
    ("Edad: 9", "MINOR_AGE", "9", (0.75, 0.85)),
    ("Âge : 34", "AGE", "34", (0.75, 0.85)),
    ("Leeftijd: 12", "MINOR_AGE", "12", (0.75, 0.85)),
    ("Возраст: 15", "MINOR_AGE", "15", (0.75, 0.85)),
    ("he claims to be 17", "MINOR_AGE", "17", (0.7, 0.8)),
    ("she pretends to be 16 online", "MINOR_AGE", "16", (0.7, 0.8)),
    ("a boy of roughly 11", "MINOR_AGE", "11", (0.65, 0.75)),
    ("a girl approx 12", "MINOR_AGE", "12", (0.65, 0.75)),
    ("a girl (approx 12) at the bus stop", "MINOR_AGE", "12", (0.65, 0.75)),
    ("a girl (12-13) at the bus stop", "MINOR_AGE", "12-13", (0.65, 0.75)),
    ("volunteer, 67, drives", "AGE", "67", (0.55, 0.65)),
    ("grandmother (71) called", "AGE", "71", (0.55, 0.65)),
    ("Age 12y", "MINOR_AGE", "Age 12y", (0.8, 0.9)),
    ("a baby aged 6 months", "MINOR_AGE", "aged 6 months", (0.8, 0.9)),
    ("Suspect: male, 40-45, beard", "AGE", "40-45", (0.65, 0.75)),
    ("Suspect: M, 40s", "AGE", "40s", (0.65, 0.75)),
    ("a man, 45-50, tall", "AGE", "45-50", (0.65, 0.75)),
    ("DOB/Age: 03/04/2011 (12)", "MINOR_AGE", "12", (0.75, 0.85)),
    ("between 40 and 50 years of age", "AGE", "40 and 50 years of age", (0.85, 0.95)),
    ("Tina, fifteen, said", "MINOR_AGE", "fifteen", (0.55, 0.65)),
    ("Mr. Evans, sixty-seven, a retired plumber", "AGE", "sixty-seven", (0.55, 0.65)),
    ("Edad 34", "AGE", "34", (0.75, 0.85)),
    ("Age/Sex 14F", "MINOR_AGE", "14", (0.65, 0.75)),
    ("Age Range: 12-14", "MINOR_AGE", "12-14", (0.75, 0.85)),
    ("Age bracket: 40-49", "AGE", "40-49", (0.75, 0.85)),
    ("Age Estimate: 12", "MINOR_AGE", "12", (0.75, 0.85)),
    ("Victim: 14 years, female", "MINOR_AGE", "14 years", (0.7, 0.8)),
    # "This" points at the person after the age, not at a thing
    ("This 79 year old female complaining of stomach pain", "AGE", "79 year old", (0.85, 0.95)),
    # An age range in words: "teens" is a minor's
    ("he's in his late teens", "MINOR_AGE", "teens", (0.75, 0.85)),
    ("a girl in her early teens", "MINOR_AGE", "teens", (0.75, 0.85)),
    ("suspect, mid-teens, hoodie", "MINOR_AGE", "teens", (0.65, 0.75)),
    # A chat reply that hands the question back; record fields; a school grade and the age
    ("how old r u\n13 nd u?", "MINOR_AGE", "13", (0.75, 0.85)),
    ("13 nd u?", "MINOR_AGE", "13", (0.55, 0.65)),
    ("kim: 15 wbu", "MINOR_AGE", "15", (0.55, 0.65)),
    ("age_years: 15", "MINOR_AGE", "15", (0.75, 0.85)),
    ('{"child_age": 12, "name": "x"}', "MINOR_AGE", "12", (0.75, 0.85)),
    ("AgeYears: 40", "AGE", "40", (0.75, 0.85)),
    ("Grade 8 (13)", "MINOR_AGE", "13", (0.7, 0.8)),
    ("Year 9 (14) pupil", "MINOR_AGE", "14", (0.7, 0.8)),
    # Other languages and scripts
    ("عمره 15 سنة", "MINOR_AGE", "15", (0.75, 0.85)),
    ("عمرها ١٥ سنة", "MINOR_AGE", "١٥", (0.75, 0.85)),
    ("dia berusia 15 tahun", "MINOR_AGE", "15", (0.75, 0.85)),
    ("อายุ 15 ปี", "MINOR_AGE", "15", (0.75, 0.85)),
    ("उम्र 15 साल", "MINOR_AGE", "15", (0.75, 0.85)),
    ("בגיל 15", "MINOR_AGE", "15", (0.75, 0.85)),
    ("年齢：15", "MINOR_AGE", "15", (0.75, 0.85)),
    ("나이: 15", "MINOR_AGE", "15", (0.75, 0.85)),
    ("15-летняя девочка", "MINOR_AGE", "15", (0.75, 0.85)),
    ("15-letnia dziewczyna", "MINOR_AGE", "15", (0.75, 0.85)),
    ("una 15enne", "MINOR_AGE", "15", (0.75, 0.85)),
    ("15 yaşında bir kız", "MINOR_AGE", "15", (0.75, 0.85)),
    ("em ấy 15 tuổi", "MINOR_AGE", "15", (0.75, 0.85)),
    ("دختر ۱۵ ساله", "MINOR_AGE", "۱۵", (0.75, 0.85)),
    ("十五岁的女孩", "MINOR_AGE", "十五", (0.75, 0.85)),
    ("二十三歳", "AGE", "二十三", (0.75, 0.85)),
    ("两岁", "MINOR_AGE", "两", (0.75, 0.85)),
    ("15才の女の子", "MINOR_AGE", "15", (0.75, 0.85)),
    ("15周岁", "MINOR_AGE", "15", (0.75, 0.85)),
    ("열다섯 살", "MINOR_AGE", "열다섯", (0.7, 0.8)),
    ("열 살이에요", "MINOR_AGE", "열", (0.7, 0.8)),
    ("스물다섯 살", "AGE", "스물다섯", (0.7, 0.8)),
    # More of what memos and chats write
    ("She'll be 16 in May.", "MINOR_AGE", "16", (0.7, 0.8)),
    ("Age when abuse started: 9", "MINOR_AGE", "9", (0.8, 0.9)),
    ("a forty-something man", "AGE", "forty-something", (0.65, 0.75)),
    ("a 40-something woman", "AGE", "40-something", (0.65, 0.75)),
    ("A: how old r u? B: 15", "MINOR_AGE", "15", (0.7, 0.8)),
    ("Q: How old are you? A: 15.", "MINOR_AGE", "15", (0.7, 0.8)),
    # The answer on the question's line ("age? 12")
    ("age? 12", "MINOR_AGE", "12", (0.7, 0.8)),
    # A guess at someone's age ("believed to be", "can't be more than")
    ("The suspect is believed to be 33.", "AGE", "33", (0.65, 0.75)),
    ("the kid cant be more than 12", "MINOR_AGE", "12", (0.65, 0.75)),
    ("The man appeared to be around 60.", "AGE", "60", (0.65, 0.75)),
    # Other languages: a copula and a bare number, "-year-old" adjectives, labels naming whose age
    ("Die Tochter ist 14.", "MINOR_AGE", "14", (0.65, 0.75)),
    ("Ella tiene 16.", "MINOR_AGE", "16", (0.65, 0.75)),
    ("Er ist 30.", "AGE", "30", (0.65, 0.75)),
    ("ein 15-jähriges Mädchen", "MINOR_AGE", "15", (0.75, 0.85)),
    ("een 16-jarige jongen", "MINOR_AGE", "16", (0.75, 0.85)),
    ("Edad del menor: 14", "MINOR_AGE", "14", (0.75, 0.85)),
    ("Alter des Kindes: 10", "MINOR_AGE", "10", (0.75, 0.85)),
    ("Âge de l'enfant : 9 ans", "MINOR_AGE", "9", (0.75, 0.85)),
    ("John Smith - 43 - volunteer", "AGE", "43", (0.55, 0.65)),
    ("hey im jess 15", "MINOR_AGE", "15", (0.6, 0.7)),
    ("my name is kayla, 14 from ohio", "MINOR_AGE", "14", (0.6, 0.7)),
    ("Age in years: 16", "MINOR_AGE", "16", (0.8, 0.9)),
    ("Ich bin 14.", "MINOR_AGE", "14", (0.65, 0.75)),
    ("Het meisje is 12.", "MINOR_AGE", "12", (0.65, 0.75)),
    ('{"city": "Dayton", "age": 14}', "MINOR_AGE", "14", (0.75, 0.85)),
    ("the child, now 9, lives with an aunt", "MINOR_AGE", "9", (0.55, 0.65)),
    ("both girls are 14.", "MINOR_AGE", "14", (0.75, 0.85)),
    ("He retired at 65.", "AGE", "65", (0.65, 0.75)),
    ("The man who called is 37.", "AGE", "37", (0.65, 0.75)),
    ("the girl he met was 14", "MINOR_AGE", "14", (0.65, 0.75)),
    ("she left school at 15", "MINOR_AGE", "15", (0.65, 0.75)),
    # Ages in other languages' words
    ("Edad: diez años", "MINOR_AGE", "diez", (0.7, 0.8)),
    ("Sie ist fünfzehn Jahre alt.", "MINOR_AGE", "fünfzehn", (0.7, 0.8)),
    ("Elle a quatorze ans", "MINOR_AGE", "quatorze", (0.7, 0.8)),
    ("ha dodici anni", "MINOR_AGE", "dodici", (0.7, 0.8)),
    ("hij is veertien jaar", "MINOR_AGE", "veertien", (0.7, 0.8)),
    ("ma piętnaście lat", "MINOR_AGE", "piętnaście", (0.7, 0.8)),
    ("Les enfants de six ans", "MINOR_AGE", "six", (0.7, 0.8)),
    ("tiene cuarenta años", "AGE", "cuarenta", (0.7, 0.8)),
    # an age someone gave, bracketed in a report; a chat export's message ending its JSON string
    ("the account tells andre_c54 (self-declared 14) to delete messages", "MINOR_AGE", "14", (0.7, 0.8)),
    ('{"sender_name": "x", "content": "how old r u? im 13"}', "MINOR_AGE", "13", (0.65, 0.75)),
]
# Several ages in one text: every one is found.
# A first name then "yrs", a chat's self-description, a form's question and answer (issue 12, second round).
POSITIVES += [
    ("jess 15yrs from the park keeps texting my son", "MINOR_AGE", "15yrs", (0.65, 0.75)),
    # The question and the reply in the partners' languages, and quoted exports' heads
    ("[20:54] lilrojhatx: kam 3omrik?\n[21:00] tariqal-11: 13 sana", "MINOR_AGE", "13", (0.75, 0.85)),
    ("> cody__sn1per 20:36 | ilang taon ka na?\n> rommel__shadow 20:39 | 16 na po", "MINOR_AGE", "16", (0.75, 0.85)),
    ("xX_gh05t_Xx (21:16)\n  tum kitne saal ki ho?\n541m4223 (21:17)\n  15", "MINOR_AGE", "15", (0.75, 0.85)),
    ("BUNNY3322: poso xronon eisai?\nchrysoula__angel: 15 kai esy?", "MINOR_AGE", "15", (0.75, 0.85)),
    ("DRAGON2408: yevdokiya, mne 11", "MINOR_AGE", "11", (0.65, 0.75)),
    ("[21:15] venom24: ur 15 right? ur mum will see", "MINOR_AGE", "15", (0.65, 0.75)),
    ("caption says 'cant believe ur only 11'.", "MINOR_AGE", "11", (0.65, 0.75)),
    ("stop im literally 15", "MINOR_AGE", "15", (0.65, 0.75)),
    # A reply with the school year after it
    (
        'ts,author,message\n2024-03-14 19:18:05,helper_7,"How old are you?"\n'
        '2024-03-14 19:19:05,sakura_p,"15, im in yr 11"',
        "MINOR_AGE",
        "15",
        (0.7, 0.8),
    ),
    ("Tyler 13 yrs, blue hoodie, last seen at the bus stop", "MINOR_AGE", "13 yrs", (0.65, 0.75)),
    ("me: 14 yrs f", "MINOR_AGE", "14", (0.65, 0.75)),
    ("Q: age\nA: 12", "MINOR_AGE", "12", (0.7, 0.8)),
    # The next line's first word is no unit of the number ("16\nOUT" is not "16 out of 20")
    ("IN  > its ha-eun im 16\nOUT < Hi, you're talking to a counsellor", "MINOR_AGE", "16", (0.65, 0.75)),
    # A chat exported as CSV: the quote closing the message is no inch mark, the "message" column no phone's label
    (
        'timestamp,speaker,message\n2024-03-14 19:17:51,kai_x,"hes like 16"\n2024-03-14 19:18:28,Ana,"ok"',
        "MINOR_AGE",
        "16",
        (0.65, 0.75),
    ),
    # A reply after a French clock ("12h40"); an age column headed in German
    ("How old are you?\n12h40 Visitor 4000: 17\n12h41 Visitor 4000: ok", "MINOR_AGE", "17", (0.75, 0.85)),
    ("Name | Alter | Ort\nLuca Ferri | 9 | Bern", "MINOR_AGE", "9", (0.8, 0.9)),
    # An age said alone as a sentence; Arabizi's "my age"; Hinglish "saal"; a German form's "J."; a pronoun, the
    # age and a particle of the speaker's other language
    ("Visitor 5210: Tevita Fifita. 11 years. we come from Nukuʻalofa", "MINOR_AGE", "11", (0.65, 0.75)),
    ("msg: salam, ana Salma, 3omri 14. ya3ni el moshkila", "MINOR_AGE", "14", (0.75, 0.85)),
    ("beti Sana (DOB 23/09/2008, 16 saal) ko", "MINOR_AGE", "16", (0.75, 0.85)),
    ("Patient/in: Tiago Figueiredo, geb. 02.09.2010, 13 J.\nAHV-Nr.: 756", "MINOR_AGE", "13", (0.75, 0.85)),
    ("She 14 only leh, Tamil girl.", "MINOR_AGE", "14", (0.65, 0.75)),
    # The age beside the birth date it agrees with, in an export whose headers say nothing
    ("export_20240109.csv\nc1,c2,c3,c4\n1000,Tevita Fifita,2013-07-17,10", "MINOR_AGE", "10", (0.8, 0.9)),
]
# Ages in reports' and memos' own positions (det-ages; corpus ages_v1.jsonl): after a described person, after an aside,
# a guess after "is", a life event opening a sentence, an estimate where the birth date is unknown, hedges and ordinals.
POSITIVES += [
    ("the suspect, a white male 35-40, approached her", "AGE", "35-40", (0.6, 0.7)),
    ("Driver described as male 30s, heavy build", "AGE", "30s", (0.6, 0.7)),
    ("Intake: boy 11, referred by the school nurse.", "MINOR_AGE", "11", (0.6, 0.7)),
    ("Girl 13 being messaged by an adult", "MINOR_AGE", "13", (0.6, 0.7)),
    ("At 13 she moved in with her uncle.", "MINOR_AGE", "13", (0.65, 0.75)),
    ("The child (DOB unknown, approx. 6) was found", "MINOR_AGE", "6", (0.7, 0.8)),
    ("Child's DOB 2011, so 13 now", "MINOR_AGE", "13", (0.7, 0.8)),
    ("Profile says F15, online at night", "MINOR_AGE", "15", (0.65, 0.75)),
    ("Donor celebrated her 80th last week", "AGE", "80th", (0.7, 0.8)),
    ("Donor notes: 81 years young", "AGE", "81 years young", (0.85, 0.95)),
    ("Suspect: male in 30s, Scottish accent", "AGE", "30s", (0.65, 0.75)),
    ("She says she is younger than 16.", "MINOR_AGE", "16", (0.7, 0.8)),
    ("Age-wise 15, maybe younger", "MINOR_AGE", "15", (0.8, 0.9)),
    ("The perpetrator is aged between 30 and 35.", "AGE", "aged between 30 and 35", (0.8, 0.9)),
    ("Donor (aged 80+) asked for large print", "AGE", "aged 80+", (0.75, 0.85)),
    ("Donor since 1998, now 84, asked to be removed", "AGE", "84", (0.55, 0.65)),
    ("Gift aid donor, retired, 68, lives alone.", "AGE", "68", (0.55, 0.65)),
    ("Reporter believes the child is 9-10.", "MINOR_AGE", "9-10", (0.65, 0.75)),
    ("A teenager (approx 15) was seen", "MINOR_AGE", "15", (0.65, 0.75)),
    ("Tom (approx. 12) was walking alone", "MINOR_AGE", "12", (0.65, 0.75)),
    ("Girl, poss 13, crying", "MINOR_AGE", "13", (0.65, 0.75)),
    ("A boy estimated 12 was seen", "MINOR_AGE", "12", (0.65, 0.75)),
    ("A girl thought to be 13 was with him", "MINOR_AGE", "13", (0.65, 0.75)),
    ("Jane Doe, 45, of Leeds, will host", "AGE", "45", (0.55, 0.65)),
    ("There was a girl, 14 or so, in the car", "MINOR_AGE", "14", (0.55, 0.65)),
    ("A girl (13?) was at the park", "MINOR_AGE", "13", (0.55, 0.65)),
    ("The video shows a 13-14yo girl", "MINOR_AGE", "13-14yo", (0.85, 0.95)),
    ("he'd be 72 now", "AGE", "72", (0.7, 0.8)),
    ("Group chat full of 15 year olds", "MINOR_AGE", "15 year olds", (0.85, 0.95)),
    ("Snapchat user 13yrs was added", "MINOR_AGE", "13yrs", (0.7, 0.8)),
    ("The boy, who was then 13, did not report it", "MINOR_AGE", "13", (0.7, 0.8)),
    ("She's gonna be 16 soon", "MINOR_AGE", "16", (0.7, 0.8)),
    ("Harry, 80 next month, wants to leave a gift", "AGE", "80", (0.55, 0.65)),
    ("His girlfriend is apparently 15", "MINOR_AGE", "15", (0.7, 0.8)),
    ("he looks closer to 40", "AGE", "40", (0.65, 0.75)),
    ("the lad was 15 when it began", "MINOR_AGE", "15", (0.7, 0.8)),
    ("The youngest is twelve.", "MINOR_AGE", "twelve", (0.7, 0.8)),
    ("a girl (14 or 15) at the bus stop", "MINOR_AGE", "14 or 15", (0.65, 0.75)),
    ("Mentee, 17, is doing well", "MINOR_AGE", "17", (0.55, 0.65)),
    # What the check set ages_check_v1 missed: "a lad of about 16"
    ("A lad of about 16 was seen at the skate park.", "MINOR_AGE", "16", (0.65, 0.75)),
    # What the second check set ages_check_v2 missed: a decade opening a bracket, a reflexive, "both 12", a mentor
    ("The older man (60s, bald) gives the boys cigarettes.", "AGE", "(60s", (0.65, 0.75)),
    ("The babysitter is only 13 herself.", "MINOR_AGE", "13", (0.7, 0.8)),
    ("Two boys, both 12, were seen on the line.", "MINOR_AGE", "12", (0.65, 0.75)),
    ("The mentor, thirty-one, has completed training.", "AGE", "thirty-one", (0.55, 0.65)),
    # What the third check set ages_check_v3 (memos) missed: a dash after a titled name, a baby's months
    ("Spoke to Mr Lewis today – 83, sharp as ever", "AGE", "83", (0.55, 0.65)),
    ("Case note: baby 8 months, temporary housing.", "MINOR_AGE", "8 months", (0.7, 0.8)),
    # Someone described in a call ("older guy, about 40."), an age handed back as a question ("23 u?")
    ("Caller: older guy, about 40.", "AGE", "40", (0.65, 0.75)),
    ("him: 23 u?\nme: 13", "MINOR_AGE", "13", (0.7, 0.85)),
    # A reply that goes on after its sentence; the age in brackets with the years' word of another language.
    ("OPERATOR: how old are you?\nCALLER: 9. is this confidential?", "MINOR_AGE", "9", (0.7, 0.8)),
    ("partner report: สมชาย (12 ปี) was found", "MINOR_AGE", "12", (0.75, 0.85)),
    ("Anna Müller (12 J.) mit Mutter", "MINOR_AGE", "12", (0.75, 0.85)),
    ("ராஜா (9 வயது) found", "MINOR_AGE", "9", (0.75, 0.85)),
    ("they says theyre 19 but look older", "AGE", "19", (0.65, 0.75)),
]
SEVERAL = [
    ("Kids:\n1. Tyler (10)\n2. Jade (12)\n3. Mo (9)", ["10", "12", "9"]),  # a list of children is no crossword
    # A guess or a speaker's correction: both ages ("about ten or eleven", "ten, no sorry, nine")
    ("a boy aged about ten or eleven lives at", ["aged about ten", "eleven"]),
    ("she is thirteen no sorry twelve date of birth", ["thirteen", "twelve"]),
    # An age question in Norwegian without its mark, the reply on the next line
    ("[06-26 21:20] kai3: hei hvor gammel er du\n[06-26 21:23] beta9: 13\n[06-27 23:25] kai3: ok", ["13"]),
    # A platform's record of the age a user declared
    ('{"handle": "beta9", "declared_age": 11, "dob": "2014-01-14"}', ["11"]),
    # Names with an apostrophe or an inner capital before ", 58,": "O'Neill", "D'Souza", "McDonald".
    ("Reporter says Siobhan O'Neill, 13, is missing.", ["13"]),
    ("Mrs D'Souza, 58, renewed her pledge.", ["58"]),
    ("Tom McDonald, 44, volunteered again.", ["44"]),
    # An upper bound or an estimate of someone's age.
    ("She looked no older than 14.", ["14"]),
    ("The kid can't be more than 12.", ["12"]),
    ("Reporter estimated the boy at 12.", ["12"]),
    # A second guess at the same age: both numbers say how old someone is.
    ("Reporter says the boy is about 12 or 13.", ["12", "13"]),
    ("he's 16 going on 17", ["16", "17"]),
    ("Jake, 15, and his friend Tom, 16, ran away.", ["15", "16"]),
    ("Mother (38) and daughter (14) came in.", ["38", "14"]),
    ("Ages of children: 4, 7 and 12", ["4", "7", "12"]),
    ("her kids (9 and 11) were home", ["9", "11"]),
    ("two daughters, 6 and 8, live with her", ["6", "8"]),
    ("kid: im 13 nd u\nguy: 24", ["13", "24"]),
    ("they are 12 and 14", ["12", "14"]),
    ("my kids are 6, 9 and 12", ["6", "9", "12"]),
    ("Name | Age\n--- | ---\nAnn | 15\nBob | 42\n\nTotal | 57", ["15", "42"]),
    ("NAME          AGE   TOWN\nAnn Lee       15    Leeds\nBob Stone     42    Hull", ["15", "42"]),
]
# Several ages in reports and memos (det-ages): lists after "victims:", slashes, a household, a second guess, a
# clause's second person, first names with bare ages.
SEVERAL += [
    ("Victims: 12, 14 and 15, all from the same estate.", ["12", "14", "15"]),
    ("The kids 3/5/9 were seen alone.", ["3", "5", "9"]),
    ("Household: mum 34, dad 36, children 2 and 5.", ["34", "36", "2", "5"]),
    ("The lad was 15, maybe 16.", ["15", "16"]),
    ("The older sister is 16, the younger one 11.", ["16", "11"]),
    ("Mother thinks she's 14 maybe 15.", ["14", "15"]),
    ("He was seen with two girls of 13 and 14 outside.", ["13", "14"]),
    ("His victims were 13 to 15.", ["13", "15"]),
    ("Household notes - children: Amy 6, Ben 9.", ["6", "9"]),
    ("Caller says the girl is 12/13 and the boy 9-10.", ["12/13", "9-10"]),
    ("The girl, who was 13 at the time, is now 19.", ["13", "19"]),
    ("Home visit: grandfather 69, grandmother 66, both in good health.", ["69", "66"]),
    ("The victim was 14 when the photos were taken and is 17 now.", ["14", "17"]),
    ("Kids in the house: 2, 5 and 8 years.", ["2", "5", "8"]),
    ("Father 47, mother 45, daughter 16 – all at home.", ["47", "45", "16"]),
]
NEGATIVES = [
    # A content or product rating's age, no one's
    "12: suitable from age 12 upward where indicated; typical content - mild threat",
    "Recommended for ages 8+ only.",
    "PEGI 16 for violence",
    "Toy blocks for ages 3 and up.",
    "ur 2 minutes late",
    "Profit rose 3. Nearly 40 stores opened.",  # a count after a figure, no age
    "Manufacturer: Orbis Medical SA\n\n(01)00985856517950(17)250729(10)I",  # a GS1 barcode's identifiers
    "> cody__sn1per 20:36 | ilang taon ka na?\n> rommel__shadow 20:39 | no",  # a quoted export's clock
    "Parts list:\n  B7  cam lock  x16   (part no. 625234)\n  F4  hinge plate  x4   (part no. 408498)",  # a part code
    # A duration in a sentence, a numbered step
    "I worked there 3 years. Then I left",
    "Item 3. Then 14. Next",
    "Accounts of users aged 13-15 removed for age-gate violations",  # a group counted, no one's age
    "Users under the age of 16 may not create an account.",  # a rule for a group
    "Around 24% of children aged 5-15 have a long-term condition.",
    "Dia berumur 3 bulan",  # months, not years
    "She has 10 years of experience",
    "He has 5 years left on his sentence",
    "<page>12</page>",
    "Ana miaka 14.5 ya kazi",  # a decimal is no age
    "note: 12 m from the gate",
    "pole: 3 m tall",
    "We had three tables, only 12 chairs.",
    "the boys, only 12 of them, came",
    "the room holds no more than 30",
    "Groups of no more than 12 people.",
    "We estimated the cost at 12.",
    # A clothing size and a stock count (issue 12, look-alikes).
    "Item TX-1656-X: Hugo Boss polo, size M, 17 in stock, reorder at 7.",
    "Adidas trainers, Size F, 35 in stock",
    "He was 40 minutes late",
    "she is 25% sure",
    "Room 12, 30 people came",
    "the building is 150 years old",
    "a 30-year-old building on Main St",
    "order 34 shipped",
    "how old is the house?\nbuilt 1920",
    "it turns 30 minutes later",
    "The building turned 100 last year. Our firm turns 30 in May.",
    "music of the 1990s",
    "unions in the 60s",
    "the age of reason",
    "room (12B) is free",
    "size [32 m] shirt",
    "He has worked here for 15 years and has 3 kids.",
    "The 30-year mortgage was refinanced 15 years ago.",
    "Room 14 is booked for 12 people at 15:00.",
    "Ticket 15 was closed after 16 days.",
    "Order of 14 items, $15 each.",
    "Kids ages 8 to 12 welcome at the summer camp.",
    "Chapter 3, 14 pages. Figure (2) shows the trend.",
    "Morgan Stanley (12) and Charles Schwab (15) ranked.",
    "Sprint 12, 14 tickets closed; Q3 budget was 15% over.",
    "I'm 5 minutes away. I'm 100% sure. He is 6 ft tall.",
    "Revenue was $15M; budget $12M (up 14%).",
    "Pick up at Gate 5, 10 am. Floor 3, 12 desks.",
    "how old is the laptop?\nit's 3 years old",
    "how old are you?\ni have 2 sisters",
    "she was 12 years ago a teacher",
    "Page: l5 of 20",
    "Sales looked 15% higher; it seemed 10 minutes long.",
    "Quiz: 15 answers, 12 lots, 14 anniversaries",
    "music from the late 90s",
    "The late 80s were fun.",
    "15 minutes, room 12, version 34, Q3, $45, 12 items, Grade 7",
    "2 years ago we signed a 5-year plan and a 30-year mortgage",
    "a 5-10 year old building",
    "the 20-30 year old bonds",
    "9 and 11 year old trees",
    "Alter: 2 Stunden",
    "Leeftijd: 3 dagen",
    "it claims to be 100% sure; he pretends to be 5 minutes away",
    "a man of some 40 acres",
    "the kids (2 groups) and the boys (10 and 20 points)",
    "children, 24 and 30 minutes",
    "hes 100% sure, shes 5 minutes away, hes 6 ft",
    "the girl about 5 minutes later",
    "the wine aged 6 months in oak; cheese aged 10 weeks",
    "Invoice 2011 (12) due, effective 01/02/2020 (3)",
    "Section A, 10-12; Table F, 20-30.",
    "a 30-year mortgage, 10-15 years ago",
    "Chapter Ten, Eleven, Twelve",
    "Hello, one, two; Yes, twenty, maybe",
    "alter 34 settings; Age Range: broad",
    "Contract: 14 years, fixed; Sex and the City 2",
    "F16 fighter jets flew over; an M16 rifle",
    "max_age: 3600; cache_age=30; message_age: 12; usage: 15",
    "I waited for 12 minutes; the ticket was too big for 3 days of logs.",
    "Year 2 (15); Grade 3 (45); Class 10 (30)",
    "growth in the mid-teens percent; margins at a mid-teens rate; the teens",
    "15 and you",
    "total: 15 and counting",
    "十五个人，三十分钟，十五元",
    "같이 살아요; 뱃살이 많아",
    "Q: How old is the building? A: 15 years",
    "What age? Answer: 15 minutes",
    "Report, 14 - final",
    "They are 12 and 14 miles apart.",
    "they are 12 and 14 years apart",
    "Both teams are 14 points behind.",
    "retired at 5pm",
    "died at 3:15",
    "an 18-year-old bottle of scotch",
    "the man who owns it is 40 minutes away",
    "the number that she dialled is 12",
    "minimum age 13 for an account",
    # A span of time in another language
    "hace quince años",
    "il y a deux ans",
    "trabajó 15 años de servicio",
    "15 anni fa",
    "Er wohnt seit 15 Jahren hier",
    "vor zehn Jahren",
    "Retirement age: 67",
    "Open to children aged 8 and over.",
    "You must be 18 or older to apply.",
    "im at 15 now",
    "i'm level 15",
    "he was 13 st 4 lb",
    "tiene 16 hermanos",
    "The total is believed to be 40 people.",
    "Alter the value: 15",
    "I have 3 yrs experience in Java and 5 yrs in Python.",
    "Kevin 3 yrs experience in sales",
    "Warranty: 2 yrs parts and labour.",
    "Laptop battery: 5 yrs old, needs replacing.",
    "Q: Age of building\nA: 40 years ago",
    # Floors, expressions and eligibility, no one's age (issue 12, prose by others).
    "Praxis Dr. Weber, 2. OG, Hauptstraße 5",
    "Büro im 3. OG, Raum 3.12.",
    "expr = 'Id > 5 AND 5 IN (4,5, 6)'",
    "if a chain(Relu(10), Relu(1), Logistic()) model was saved",
    "The holiday club is open to children aged 5 to 12 during the summer term.",
    "The grant funds programmes for young people aged 11-16 across the region.",
]

# Numbers beside the new cues that are no one's age (det-ages; corpus ages_negatives_v1.jsonl).
NEGATIVES += [
    "Item                  1 person  2 people  Family (4)\nBaked beans   1  2  4",  # a group's size
    "the total is 14. Version is 12, build is 3",  # no one's word before "is 14"
    "ana miaka 2020 ya kazi",  # a year, not an age
    # A product's age (nineteenth session): spirits, wine, cheese; a crossword's answer lengths.
    "Whisky list\nGlen Moray 18 Years Old, 70cl, 44% vol",
    "Tawny port (20 years old) ............ £30",
    "Highland single malt (aged 12 years in ex-bourbon casks)",
    "Rioja Gran Reserva 2013, aged 5 years in oak",
    "ACROSS\n1. Temperature scale used in the US (10)\n3. Radiation counter (6)\n5. Unit of force named after the "
    "author of the Principia (6)\n7. Pasteurised drink (4)",
    "Staff survey: male 12, female 14, prefer not to say 3.",
    "At 12 we started work on the roof and finished at 4.",
    "Read Page 3 and Page 9 before the April 3 session.",
    "The service is rated 5/10 on the scale; she is 5/10 on it.",
    "User, admin, 12, 5 - permissions table row.",
    "HIPAA safe harbour: ages over 89 in one band.",
    "The couple celebrated their 10th anniversary at the venue.",
    "he was 3-1 down at half time",
    "Ruby 3 and Rails 7 are supported; Windows 10 and Office 16 too.",
    "The users were 12 to 14 minutes late on average.",
    "Grade 8 piano exam fees rose to $45 this year.",
    "The man 20 metres away; boy 10 minutes late; the woman 15 years ago.",
    "The user count was 12, now 14.",
    "the kids 3/4 of the time",
    "Girls 10 and 12 in stock, boys 14 and 16 in stock.",
    "The minibus is 11 years old; our dog is 12 and the pony is 20.",
    # An adoption board's animals, their kind then a comma then the age
    "MARMITE — Border collie dog, 11 years old, not yet neutered, microchipped.",
    "PUDDING — Abyssinian guinea pig, 10 months old, neutered.",
    "Ward: partner 12, associate 14; nan 70, nan 12",
    "Girls changing rooms: 2, 3 and 4.",
    "Her mum works at the shop and is 12 minutes away.",
    "the team, all 12 of them; it is 12 itself",
    "Dr Smith - 12, 14; Mr Jones – 45 minutes late, sorry; the baby 3 months early",
    # A record's key with "age" in it that is no one's age: a cache's, a token's, a count of days
    "cache:\n  max_age: 60\n  age_days: 14",
    '{"session_age": 30, "token_age": 12, "page": 4}',
    # a knockout bracket's list numbers and seeds, after a match's score
    "Quarter-finals\n  (1) Northside Rovers 2–4 Steel Town (8)\n  (5) Iron Works FC 2–1 Forest Foxes (4)",
    # hex digits of an IPv6 address: "f0" is no girl's age, ":82f" no one's
    "@\tIN\tAAAA\t2001:db8:801::f0\nns2\tIN\tAAAA\t2001:db8:82f::e1",
]


@pytest.mark.parametrize(("text", "entity", "value", "scores"), POSITIVES)
def test_finds(find, text: str, entity: str, value: str, scores: tuple[float, float]) -> None:
    found = find(text)
    assert [(e, v) for e, v, _ in found] == [(entity, value)]
    assert scores[0] <= found[0][2] <= scores[1]


@pytest.mark.parametrize(("text", "values"), SEVERAL)
def test_finds_every_age(find, text: str, values: list[str]) -> None:
    assert [v for _, v, _ in find(text)] == values


@pytest.mark.parametrize("text", NEGATIVES)
def test_ignores(find, text: str) -> None:
    assert find(text) == []


@pytest.mark.parametrize(
    ("value", "age"),
    [("34", 34), ("thirty-four", 34), ("forties", 40), ("40s", 40), ("9", 9), ("AGE: l5", 15), ("13yrs", 13)],
)
def test_age_value(value: str, age: int) -> None:
    from pii_pipeline_recognizers.age import age_value

    assert age_value(value) == age


def test_both_ages_of_a_question_handed_back(find) -> None:  # noqa: ANN001
    # "how old r u" / "23 u?" / "13": the reply to the question, then the reply to it handed back.
    assert [(e, v) for e, v, _ in find("me: how old r u\nhim: 23 u?\nme: 13")] == [("AGE", "23"), ("MINOR_AGE", "13")]


@pytest.mark.parametrize(
    ("text", "ages"),
    [
        # Several ages in one reply; children named after the word for them, each age in brackets, any case.
        ("OPERATOR: How old are they?\nCALLER: 12 and 9.", ["12", "9"]),
        ("how old r u\n14, 11 and 6.", ["14", "11", "6"]),
        ("neighbour's kids brianna (11) and travis (11) left alone", ["11", "11"]),
        ("sons: Tomasz (9), Piotr (7)", ["9", "7"]),
        ("mia #2231: how old r u\nsk8r #0042: 14", ["14"]),  # a Discord tag in the speaker
        ("ramya29: how old r u btw\nmariceldim: 51. u?\nramya29: 14\nmariceldim: oh ok", ["51", "14"]),
    ],
)
def test_several_ages(find, text: str, ages: list[str]) -> None:  # noqa: ANN001
    assert [v for _, v, _ in find(text)] == ages


def test_ages_in_an_sql_insert(find) -> None:  # noqa: ANN001
    text = (
        "INSERT INTO kids (first_name, dob, age, phone) VALUES ('Wanjiru', '2018-02-16', 7, '073 312 5522'), "
        "('Hương', '18/07/2007', 17, '0411 362 215');"
    )
    assert [(e, v) for e, v, _ in find(text)] == [("MINOR_AGE", "7"), ("MINOR_AGE", "17")]


def test_a_sentence_after_a_rows_last_quoted_cell_is_read(find) -> None:  # noqa: ANN001
    # The age after the row's last cell lies in no cell: read as prose, not a crash (StopIteration did escape).
    text = 'Name,Age,Town\n"Ana Brum","14","Leeds" - she says she is 14 years old\n"Joe Kerr","15","York"'
    assert ("MINOR_AGE", "14 years old") in [(e, v) for e, v, _ in find(text)]


def test_the_next_birthday_after_an_age_is_an_age_too(find) -> None:  # noqa: ANN001
    found = find("INTERVIEWER: Can you tell me how old you are?\nDARNELL: 13. Nearly 14.")
    assert [(e, v) for e, v, _ in found] == [("MINOR_AGE", "13"), ("MINOR_AGE", "14")]


@pytest.mark.parametrize(
    "text",
    [
        # A racecard's horses, a structure's age, a spirit's: no one's
        " 1  Golden Beaumont          (USA)  8yo  11-5  form 4U636  draw 3  28/1",
        "Age allowance applies to 3yo runners over jumps.",
        "Jawaharlal Nehru Port (1989) - a 36-year-old container port; 4 berths+.",
        "Humber Bridge (1981) - a 44-year-old suspension bridge; 1,410 m main span.",
        "A 3 year old aged rum with notes of dried fruit.",
    ],
)
def test_the_age_of_a_horse_a_structure_or_a_spirit_is_no_ones(find, text: str) -> None:  # noqa: ANN001
    assert find(text) == []


@pytest.mark.parametrize(
    "text",
    [
        # A product's limit for children in general, in several languages
        "UPOZORNENIE: Nevhodné pre deti do 3 rokov.",
        "ACHTUNG: Nicht für Kinder unter 3 Jahren geeignet.",
        "ATTENTION : Ne convient pas aux enfants de moins de 36 mois.",
        "ATTENZIONE: Non adatto a bambini di età inferiore a 3 anni.",
        "OPOZORILO: Ni primerno za otroke, mlajše od 3 let.",
        "UWAGA: Nieodpowiednie dla dzieci poniżej 3 lat.",
    ],
)
def test_a_limit_for_children_in_general_is_no_ones_age(find, text: str) -> None:  # noqa: ANN001
    assert find(text) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # A chat's "ur ten ok", "mature for fourteen": a child's age in words
        ("pls dont post ur socials here ur ten ok", "ten"),
        ("pls dont post ur socials here ur 10 ok", "10"),
        ("ur mature for fourteen honestly", "fourteen"),
        # The reply to the question in another language: "wie alt bist du" / "bin 11"
        ("14:08:25 <RogueKnight813> wie alt bist du\n14:08:54 <Lunar_Bunny_51> bin 11", "11"),
        # A name and the age in brackets, inside a quoted message field
        ('Messages field: "for school fees of Fatima-Zahra (13 yrs)". Sender', "13 yrs"),
        # A Ukrainian name (і, ї, є) and the Cyrillic abbreviation of "years"
        ("Дитячий: Шевченко Софія, 10 р.\nВартість: 1382", "10"),
        # A record's key with "age" in it: '"age_estimate": 9', "victimAge", "age_verified=17"
        ('        "name_latin": "Tharshan Jeyaraj",\n        "age_estimate": 9,', "9"),
        ('{"victimAge": 15, "handle": "x"}', "15"),
        ("user=kid42 age_verified=17 ip=1.2.3.4", "17"),
        # A word no list knows, then "is 14": a chat's name and the age it gives
        ("Larissa Barbosa: isadora is 12 tho 💀", "12"),
        # The age in brackets after another language's word for it; the next birthday after an age said; a label's
        # long aside
        ("Geburtsdatum: 13. Juni 1968  (Alter 56)\nGeschlecht: weiblich", "56"),
        ("[01-19 10:04] Xxviperninjaxx: im 15 nearly 16", "16"),
        ("Age (if under 18 need guardian): 16", "16"),
    ],
)
def test_chat_world_and_quoted_ages(find, text: str, value: str) -> None:  # noqa: ANN001
    assert value in [v for _, v, _ in find(text)]


@pytest.mark.parametrize("text", ["ur ten minutes late", "ur ten times better", 'the TV is 55" wide', "Київ, 2010 р."])
def test_durations_inches_and_years_stay(find, text: str) -> None:  # noqa: ANN001
    assert find(text) == []


def test_children_counted_keep_their_ages(find) -> None:  # noqa: ANN001
    # No "for" before the children: these are two children, described.
    assert "12" in [v for _, v, _ in find("Había dos niños menores de 12 años en la casa con él.")]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("A 34-year-old driving a car was stopped.", "34-year-old"),
        ("A 34-year-old man with a dog.", "34-year-old"),
    ],
)
def test_a_person_beside_a_thing_keeps_their_age(find, text: str, value: str) -> None:  # noqa: ANN001
    assert any(value in v for _, v, _ in find(text))


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # More languages' "years (old)" after the number, "years" before it, and "Age" labels
        ("Duri ha 9 onns. La famiglia abita a Savognin.", "9"),
        ("- hylke is 12 jier âld.", "12"),
        ("Илнур 16 яшьтә.", "16"),
        ("Ogulgerek 14 ýaşynda.", "14"),
        ("- בלומא איז 16 יאָר אַלט.", "16"),
        ("- o sina e 9 ona tausaga.", "9"),
        ("Luthando Mzimela uneminyaka eyi-15. Usapho luhlala eKhayelitsha.", "15"),
        ("* tatenda ane makore 12.", "12"),
        ("| Iminyaka                       | 7 |", "7"),
        ('"Wawa": {"Suti": "Illari Huamán Condori", "Watan": 7, "Llaqta": "Sicuani"},', "7"),
        ("Laj: 12", "12"),
        ("Marika Giňová, la hin 14 berš.", "14"),
        ("ánne (9 jagi) telefovdnanummiris 40565736", "9"),
        ("ni Lorna (7 ti tawenna) manipud iti", "7"),
        ("ayitibwa Nalubega Sarah, alina emyaka 15. Ennamba", "15"),
        ("Palesa Mokoena, o na le dilemo tse 13. Nomoro", "13"),
        ("mtsikana Takondwa (wa zaka 13) kuchokera", "13"),
        # a street named after a wine is no aged product's line
        ("English: please help, Xolani is 7 years old and the address is 56 Madeira Street", "7 years old"),
    ],
)
def test_finds_ages_in_more_languages(find, text: str, value: str) -> None:  # noqa: ANN001
    assert value in [v for _, v, _ in find(text)]


def test_a_label_before_a_count_of_things_is_no_age(find) -> None:  # noqa: ANN001
    assert find("Storage\nNAS: 12 TB\nKor: 8 GB") == []


def test_an_illustrations_made_up_person_has_no_age(find) -> None:  # noqa: ANN001
    assert find("Example premium calculation: a 35-year-old non-smoker in postcode area X1 pays £19.74.") == []
