"""MedicalConditionRecognizer, called directly: conditions and medications about a person; "prep" that is
preparation, not HIV prevention (issue 12)."""

from __future__ import annotations

import pytest

RECOGNIZER = "medical_condition"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("She was diagnosed with diabetes last spring.", "diabetes"),
        # A school's or a hotline's record: the nurse's entry, a query and the drug started
        ("16:14 | RB | Nurse: Sibusiso given methylphenidate as per care plan (autism).", "autism"),
        ("WEL\tBrynlee CAMHS appointment; query PTSD; started on sertraline.", "PTSD"),
        # A person's treatment plan is no service's topic; mood after birth, a drug class's dependency, a condition
        # named whole
        ("Paediatrician reviewed the asthma and adjusted the treatment plan.", "asthma"),
        ("Paternal grandmother, deceased; history of post-natal depression.", "post-natal depression"),
        ("She has alcohol dependency and low mood and takes sertraline.", "low mood"),
        ("Mrs Baird has a benzodiazepine dependency and misses appointments.", "a benzodiazepine dependency"),
        ("The referral for suspected an autism spectrum condition is pending.", "an autism spectrum condition"),
        ("Tina has tuberculosis since the outbreak at the hostel.", "tuberculosis"),  # an outbreak beside one person
        ("My pupils with asthma: Tom uses his inhaler daily.", "asthma"),  # whose pupils: one person's care
        ("she self-harms and has an eating disorder", "self-harms"),
        ("he told us he self harmed last week", "self harmed"),
        ("he is on PrEP now", "PrEP"),
        ("he's been on prep since May", "prep"),
        ("she started prep in March", "prep"),
        ("taking prep pills every day", "prep"),
        ("Prep for surgery on Monday; his asthma is worse.", "asthma"),
        # A service named beside someone in particular
        ("Our daughter was diagnosed with epilepsy last year.", "epilepsy"),
        ("The clinic said he has diabetes.", "diabetes"),
        ("We think our son has ADHD; the school offers support.", "ADHD"),
        ("Our plan covers his insulin.", "insulin"),
        # Disabilities, injuries, detention for mental health, drug use; a device and a dose whole.
        ("He's in a wheelchair after a spinal injury.", "spinal injury"),
        ("He's in a wheelchair after a spinal injury.", "in a wheelchair"),
        ("Mum has bipolar disorder and was sectioned last year.", "sectioned"),
        ("Dad is an alcoholic and uses heroin.", "uses heroin"),
        ("She has type 1 diabetes and uses an insulin pump.", "insulin pump"),
        ("She suffers from anorexia and depression, on sertraline 50mg.", "sertraline 50mg"),
        ("The boy is autistic and non-verbal.", "non-verbal"),
        ("Disability/health: autism", "autism"),  # a form's field is the context
        ("She gave a talk on her asthma to the class.", "asthma"),  # someone's, though a talk's subject
        ("I have sickle cell anaemia and cannot cope.", "sickle cell anaemia"),
        ("My nephew, 15, has long covid.", "long covid"),
        ("Her mother is sick with severe peanut allergy.", "severe peanut allergy"),
        # Names no list holds, by their shape: drug stems (WHO INN) and condition endings and heads
        ("Item: levetiracetam 30 tabs, for epilepsy", "levetiracetam"),
        ("her son takes montelukast and cetirizine", "montelukast"),
        ("her son takes montelukast and cetirizine", "cetirizine"),
        ("Kind hat anaphylaxis to peanuts. Callback Mama: 0151 0746654", "anaphylaxis to peanuts"),
        ("my daughter has juvenile dermatomyositis", "dermatomyositis"),
        ("he has a hearing impairment and sensory processing disorder", "hearing impairment"),
        ("he has a hearing impairment and sensory processing disorder", "sensory processing disorder"),
        ("i have learning disabilities so sometimes i dont get what ppl mean", "learning disabilities"),
        ("beti ko anorexia nervosa hai", "anorexia nervosa"),
        ("Medical conditions: ☒ allergy", "allergy"),  # a ticked box is an answer
        # Goods named beside a person: an order for someone, a child's pack bought in a shop
        ("Order for Mrs Patel: metformin 500mg x 56 tabs, repeat prescription.", "metformin 500mg"),
        ("Invoice 2231: EpiPen x2 for Leo's school bag (nut allergy)", "nut allergy"),
        ("Stock: 2 packs of Ritalin for Jayden, he is 9.", "Ritalin"),
        ("Do not use if pregnant – but she told me she is pregnant.", "pregnant"),
        ("Her mum has MS and uses a wheelchair.", "MS"),  # the abbreviation, in capitals
        # How bad or how long is part of the condition; diseases named by their organ
        ("Olivia has severe eczema and is waiting for CAMHS.", "severe eczema"),
        ("Mother reports chronic kidney disease, prescribed insulin.", "chronic kidney disease"),
        ("Internal: account holder is registered blind per their own support chat.", "registered blind"),
        ("Mother reports emphysema, prescribed insulin.", "emphysema"),
    ],
)
def test_finds(find, text: str, value: str) -> None:  # noqa: ANN001
    # The value, or the value with its article ("a spinal injury")
    found = [v for _, v, _ in find(text)]
    assert value in found or f"a {value}" in found or f"an {value}" in found, found


@pytest.mark.parametrize(
    "text",
    [
        "Paper given at the conference: Depression in adolescents.",
        # A transcript's title in capitals before a surname, not multiple sclerosis
        " 1   BY MS. BROWN:\n 2   Q.   Would you state your full name for the record?",
        "Z   Sym  Name         Std. atomic weight\n2   He   Helium       4.0026",  # "standard", abbreviated
        "Room bookings this week: - Lincoln Room: board prep (Mon) - Roosevelt Room: donor call (Tue)",
        "Meal prep for the gala starts at 14:00 in the kitchen.",
        # A service's, a benefit's or an event's topic
        "Our clinic treats asthma, diabetes and hypertension; see the patient leaflet for opening hours.",
        "Webinar: living with diabetes at work — practical tips for managers; register by 10 May.",
        "Talk on Down syndrome at 12:45 in Floor 5. Bring your own laptop.",
        "Our insurer covers treatment for depression, anxiety and addiction under the 2024 plan.",
        "Test prep sessions for the scholarship cohort run on Thursdays.",
        "Prep the venue by 08:00: chairs, AV, signage.",
        # A group in general, in a school's policy
        "4. Pupils with asthma should have access to their reliever inhaler at all times.",
        "6. Epilepsy awareness training is provided for all staff.",
        # Research prose: the context window ends at a word's end ("in" cut to "i" read as a pronoun).
        "Early-onset Hodgkin lymphoma affects about 2.6% of cases in the cohort (Table 2).",
        # An empty form's options; a determiner is no condition's name
        "Medical conditions: ☐ asthma-type  ☐ allergy  ☐ other ______",
        "Our chemistry lab uses a new compound. The syndrome of the week: in movies.",
        "The April release fixed the layout disorder in the sidebar.",
        # Goods with no one: a wholesale order, a stock count; a leaflet's and a label's general advice
        "WHOLESALE ORDER 2291\nItem | Pack | Qty | Unit price\nAmoxicillin 500mg capsules | 21 | 40 | 1.85\n"
        "Salbutamol 100mcg inhaler | 1 | 25 | 2.40",
        "Stock count 14/03: paracetamol 500 mg x 120 packs; omeprazole 20 mg caps x 30; cetirizine 10 mg x 45.",
        "Methotrexate is used to treat rheumatoid arthritis and psoriasis. Common side effects include nausea.",
        "Warnings: do not use if pregnant. Consult a pharmacist if you have asthma.",
        # a public-health bulletin's counts, nobody's condition (a child's illness beside an outbreak stays: test_finds)
        "Public health bulletin - week 23\nTuberculosis: 21 confirmed cases (up 57% on the previous week).",
    ],
)
def test_ignores(find, text: str) -> None:  # noqa: ANN001
    assert find(text) == []


def test_a_policys_examples_are_no_ones_conditions(find) -> None:  # noqa: ANN001
    text = "Excess: £500 per claim\n- Pre-existing conditions (e.g. diabetes, heart disease) must be declared"
    assert find(text) == []


def test_a_person_with_conditions_keeps_them(find) -> None:  # noqa: ANN001
    found = [v for _, v, _ in find("My son has diabetes and heart disease.")]
    assert "diabetes" in found and "heart disease" in found


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # Conditions of children and adults that case notes, tips and claims name; what someone suffered or mentioned
        ("Note: the client mentioned whiplash, so please keep the meeting short.", "whiplash"),
        ("Orla has been struggling with selective mutism for 6 months", "selective mutism"),
        ("* #8212 AVERY 13y - OCD, on antidepressants, ran out of meds", "OCD"),
        ("Reported health issues: untreated dental abscess.", "dental abscess"),
        ("the boy has scabies and head lice, mum says", "scabies"),
        # A prescription's line: how the drug is taken says it is someone's; other languages' spellings of a stem
        ("  STOPPED Propranolol 40 mg — ONE to be taken twice a day", "Propranolol 40 mg"),
        ("Furosemide 40 mg : 1 cp matin et soir pendant 3 mois", "Furosemide 40 mg"),
        ("Medikation:\n- Amlodipin 5 mg   1-1-1-0", "Amlodipin 5 mg"),
        ("- Insulin glargin 100 units/ml   0-0-1-0", "Insulin glargin 100 units/ml"),
        # A record's problem list and background; a prescription's UK word
        ("Active problems:\n  - sickle cell disease\n  - cystic fibrosis", "sickle cell disease"),
        ("Background: known bipolar disorder, on lamotrigine. Attended with bruising", "lamotrigine"),
        ("bus shelter by Splott. On sertraline script, chemist in Peterhead.", "sertraline"),
    ],
)
def test_finds_more_conditions(find, text: str, value: str) -> None:  # noqa: ANN001
    assert value in [v for _, v, _ in find(text)]


@pytest.mark.parametrize(
    "text",
    [
        "Whiplash protection rating: 5 stars. The hay fever season report is out.",
        "Speech delay in the audio track was fixed in build 12.",
        # A stock list and an interaction chart name drugs and doses, but no one takes them
        "Code | Item | Pack | Stock | Price\n553-4342 | Amlodipine 5 mg tabs | 100 | 231 | £13.36\n"
        "584-1188 | Metformin 850 mg tabs | 100 | 16 | £36.18",
        "Drug A        Drug B         Severity\napixaban      rifampicin     Major\nmethotrexate  trimethoprim   Major",
        # A library's shelf list: a history section beside a disease's class, no one's
        "Dewey ranges\n\n909.07     World history, 500-1499\n616.833    Parkinson's disease\n780.92     Musicians",
    ],
)
def test_the_words_about_things_are_no_ones(find, text: str) -> None:  # noqa: ANN001
    assert find(text) == []
