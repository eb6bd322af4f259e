"""Health data: conditions, diagnoses and medications, when said about a person."""

import re

from pii_pipeline.detection.prescreen import needs

from ._goods import goods_without_people
from ._recognizer_helpers import ORG_AFTER, PERSONAL, PHRASE_TAIL, ContextRegexRecognizer, table_ranges

# Where a cancer (or tumour) sits: "breast cancer" is one condition, not "breast" and "cancer".
_SITES = (
    r"breast|lung|prostate|colon|colorectal|rectal|bowel|skin|ovarian|cervical|uterine|endometrial|pancreatic|"
    r"bladder|kidney|renal|liver|brain|throat|thyroid|stomach|gastric|esophageal|oesophageal|bone|blood|testicular|"
    r"oral|mouth|head\s+and\s+neck|pediatric|childhood"
)
_CONDITIONS = (
    r"(?:" + _SITES + r")\s+(?:cancer|tumou?rs?)|(?:stage\s+(?:[1-4]|I{1,3}V?|IV)\s+|metastatic\s+)(?:\w+\s+)?cancer|"
    r"asthma|diabetes|type\s+[12]\s+diabetes|diabetic|epilepsy|epileptic|seizure\s+disorder|seizures?|ADHD|ADD|"
    r"autism\s+spectrum\s+(?:disorder|condition)|autism|autistic|ASD|Asperger'?s|depression|depressed|major\s+depressive\s+disorder|"
    r"anxiety(?:\s+disorder)?|panic\s+attacks?|PTSD|post-traumatic\s+stress(?:\s+disorder)?|bipolar(?:\s+disorder)?|"
    r"schizophreni[ac]|psychosis|psychotic|OCD|obsessive-compulsive\s+disorder|eating\s+disorder|anorexia(?:\s+nervosa)?|bulimia(?:\s+nervosa)?|"
    r"binge\s+eating|self[\s\-]?harm(?:s|ed|ing)?|cutting\s+(?:myself|herself|himself|themselves)|cutting|suicidal(?:\s+ideation|\s+thoughts)?|suicide\s+attempts?|HIV(?:[\s-]positive)?|"
    r"AIDS|hepatitis\s+[ABC]|STDs?|STIs?|chlamydia|gonorrh(?:o)?ea|syphilis|herpes|HPV|cancer|leukemia|leukaemia|"
    r"lymphoma|tumou?r|cerebral\s+palsy|Down\s+syndrome|muscular\s+dystrophy|spina\s+bifida|cystic\s+fibrosis|"
    r"sickle\s+cell\s+(?:disease|anemia|anaemia)|heart\s+(?:condition|disease|defect)|concussion|traumatic\s+brain\s+injury|"
    r"TBI|fractured?\s+\w+|broken\s+(?:arm|leg|wrist|rib|ribs|collarbone|nose|jaw)|pregnant|pregnancy|miscarriage|"
    r"dyslexia|learning\s+disabilit(?:y|ies)|intellectual\s+disability|developmental\s+delay|FASD|fetal\s+alcohol\s+syndrome|"
    r"substance\s+use\s+disorder|addiction|addicted\s+to\s+\w+|alcoholism|alcoholic|opioid\s+use\s+disorder|"
    r"allergic\s+to\s+\w+|(?:(?:severe|mild|life-threatening)\s+)?(?:peanut|nut|tree\s+nut|food|egg|milk|dairy|shellfish|bee|wasp|latex|penicillin|severe)\s+allerg(?:y|ies)|migraines?|lupus|Crohn'?s(?:\s+disease)?|"
    r"celiac(?:\s+disease)?|arthritis|scoliosis|hearing\s+loss|deaf|blind|visually\s+impaired|wheelchair\s+user|"
    r"dementia|Alzheimer'?s|Parkinson'?s|multiple\s+sclerosis|MS|tuberculosis|TB|long\s+covid|COVID(?:-19)?|pneumonia|anemia|"
    r"malnourished|malnutrition|failure\s+to\s+thrive|Tourette'?s|ODD|oppositional\s+defiant\s+disorder|"
    r"RAD|reactive\s+attachment\s+disorder|gender\s+dysphoria|insomnia|sleep\s+apnea|chronic\s+pain|"
    # Injuries, disabilities and care a person lives with; detention for mental health ("was sectioned").
    r"(?:spinal(?:\s+cord)?|brain|head|back)\s+injur(?:y|ies)|in\s+a\s+wheelchair|uses\s+a\s+wheelchair|"
    r"non-?verbal|sectioned|stroke|heart\s+attack|kidney\s+failure|obes(?:e|ity)|eczema|psoriasis|glaucoma|"
    r"(?:kidney|renal|liver|lung|heart|coeliac|celiac|motor\s+neurone|sickle\s+cell)\s+disease|emphysema|COPD|"
    r"bronchitis|angina|hypertension|cirrhosis|hemophilia|haemophilia|"
    r"cleft\s+(?:palate|lip)|hearing\s+aids?|mental\s+(?:health\s+)?(?:illness|issues|problems|breakdown)|"
    r"(?:drug|substance|alcohol|solvent)\s+(?:abuse|misuse|addiction|dependence|dependency)|"
    r"(?:uses|using|injects|injecting|smokes|smoking|on)\s+(?:heroin|crack|meth|cocaine|spice|ketamine)|"
    # An intolerance, a sense or a mobility aid as a sign-up sheet's access or dietary cell says it.
    r"(?:lactose|gluten|dairy|wheat)\s+intoleran(?:t|ce)|hearing[\s\-]impaired|partially\s+sighted|"
    r"type\s+[12]\s+diabetic|coeliac|(?:uses|on)\s+crutches|guide\s+dog|"
    # Mood after birth, low mood, a drug class's dependency, autism called a condition
    r"(?:post-?natal|postpartum|post-partum|perinatal|antenatal)\s+(?:depression|psychosis|anxiety)|low\s+mood|"
    r"(?:benzodiazepine|opiate|opioid|cannabis|amphetamine|gambling|heroin|cocaine|crack|methadone)\s+"
    r"(?:dependency|dependence|addiction|misuse|use\s+disorder)|"
    r"(?:global\s+)?developmental\s+delay|paranoid\s+schizophrenia|personality\s+disorder|"
    r"(?:borderline|emotionally\s+unstable|antisocial)\s+personality\s+disorder|"
    # Conditions of children and adults that case notes, tips and claims name, written out or abbreviated.
    r"selective\s+mutism|whiplash|(?:dental\s+)?abscess|sprained\s+\w+|\w+\s+sprain|(?:cervical\s+)?spine\s+strain|"
    r"sickle\s+cell(?:\s+trait)?|thalass?a?emia|attachment\s+disorder|hearing\s+impairment|speech\s+(?:delay|disorder)|"
    r"chronic\s+fatigue\s+syndrome|ME/CFS|fibromyalgia|endometriosis|PCOS|(?:hypo|hyper)thyroidism|anaphylaxis|"
    r"hay\s+fever|dyspraxia|dyscalculia|stammer|stutter|tic\s+disorder|enuresis|bed-?wetting|encopresis|ARFID|"
    r"scabies|impetigo|head\s+lice|measles|mumps|chickenpox|(?:iron|vitamin\s+D|B12)[\s\-]deficiency|"
    r"(?:latent\s+)?tuberculosis|rheumatic\s+fever|hydrocephalus|microcephaly|cerebral\s+malaria|malaria|"
    r"sickle-cell|hemiplegia|quadriplegia|paraplegia|amputee|prosthetic\s+(?:leg|arm|limb)"
)
# How bad or how long, before a condition: part of it ("severe eczema", "chronic kidney disease", "registered blind").
_SEVERITY = (
    r"(?:(?:severe|mild|moderate|chronic|acute|profound|registered|suspected|complex|long-term|lifelong|"
    r"life-threatening)\s+)?"
)
# HIV prevention as written ("PrEP", "PREP"), or "prep" in lower case where taken ("on prep", "prep pills"): not
# "board prep" or "meal prep".
_PREP = (
    r"(?-i:PrEP|PREP)|(?:(?<=\bon\s)|(?<=\btakes\s)|(?<=\btaking\s)|(?<=\bstarted\s)|(?<=\bstopped\s)|"
    r"(?<=\bprescribed\s))prep|prep(?=\s+(?:pills?|meds|medication|prescription|for\s+HIV))"
)
_MEDS = (
    # an insulin's own name after the word ("Insulin glargin", "insulin aspart")
    r"insulin\s+(?:glargine?|aspart|lispro|detemir|degludec|glulisine?|isophane)|"
    r"insulin\s+pump|insulin|Adderall|Ritalin|Concerta|Vyvanse|methylphenidate|Strattera|Zoloft|sertraline|Prozac|fluoxetine|"
    r"Lexapro|escitalopram|Celexa|Paxil|Wellbutrin|bupropion|Effexor|Cymbalta|lithium|Abilify|aripiprazole|"
    r"Risperdal|risperidone|Seroquel|quetiapine|Zyprexa|Depakote|Lamictal|lamotrigine|Keppra|Tegretol|Xanax|"
    r"alprazolam|Klonopin|clonazepam|Ativan|Valium|albuterol|inhaler|EpiPen|metformin|Suboxone|buprenorphine|"
    r"methadone|naltrexone|Narcan|" + _PREP + r"|Truvada|antiretrovirals?|ARVs?|chemotherapy|chemo|dialysis|"
    r"antidepressants?|antipsychotics?|mood\s+stabili[sz]ers?|birth\s+control|Plan\s+B|testosterone|estrogen|"
    r"puberty\s+blockers|hormone\s+therapy|melatonin|guanfacine|clonidine|Intuniv|"
    r"mirtazapine|citalopram|venlafaxine|olanzapine|diazepam|tramadol|morphine|oxycodone|gabapentin|pregabalin"
)
# Names a list cannot keep up with, by their shape: the stems of international non-proprietary drug names (WHO INN:
# "-racetam", "-prazole", "-mycin", "-gestrel") and the endings and heads of condition names ("-itis", "-aemia",
# "… syndrome", "… impairment"). Like the listed words, only with a person or care nearby.
_DRUG_STEMS = (
    r"mab|tinib|ciclovir|clovir|navir|previr|buvir|cillin|mycin|micin|cycline|floxacin|oxacin|conazole|prazole|"
    r"bendazole|tidine|olol|pril|sartan|statin|dipine|semide|thiazide|gliptin|glitazone|formin|parin|xaban|gatran|"
    r"caine|azepam|zolam|barbital|triptan|setron|lukast|terol|sonide|olone|asone|isone|izine|atadine|oxetine|"
    r"faxine|pramine|triptyline|peridol|apine|idone|amfetamine|phenidate|gestrel|estradiol|racetam|trigine|zepine|"
    r"profen|fenac|coxib|butamol|codone|morphone|tadol|sulfan|platin|rubicin|trexate|azathioprine|dronate|"
    r"thyroxine|zumab|ximab|"
    # German and Scandinavian spellings drop the final "e" ("Amlodipin", "Methotrexat", "Fluoxetin")
    r"dipin|trexat|oxetin|faxin|pramin|triptylin|phenidat|trigin|zepin|thyroxin"
)
# A drug's international non-proprietary name by its stem, as a word alone ("salbutamol"): for other recognizers.
DRUG_NAME = re.compile(r"[a-z]{3,}(?:" + _DRUG_STEMS + r")")
# A word of a condition's name before its head: not a determiner or a pronoun ("the syndrome", "his disorder").
_SHAPE_WORD = (
    r"(?!(?i:the|a|an|this|that|these|those|his|her|their|my|your|our|its|and|or|with|has|have|had|was|is|for|"
    r"from|not|any|some|such|no|of|to|in|on|at|by)\b)[A-Za-z'’\-]{2,}"
)
_CONDITION_SHAPES = (
    r"[a-z]{3,}(?:itis|osis|aemia|emia|algia|pathy|plegia|trophy|penia|phobia|lexia|praxia|calculia|rrhoea|rrhea)|"
    r"(?:" + _SHAPE_WORD + r"[ \t]+){0,3}" + _SHAPE_WORD + r"[ \t]+(?:syndrome|disorder|impairment|deficiency|"
    r"palsy|infection|insufficiency|intolerance)|"
    r"(?:anaphylaxis|allergy)(?:[ \t]+to[ \t]+\w+)?|fracture[ \t]+of[ \t]+(?:the[ \t]+)?\w+|"
    r"(?:[a-z]+[ \t]+)?fracture"
)
_SHAPE_ENDINGS = (
    "itis osis aemia emia algia pathy plegia trophy penia phobia lexia praxia calculia rrhoea rrhea syndrome "
    "disorder impairment deficiency palsy infection insufficiency intolerance anaphylaxis allergy fracture"
)
_STEM_SUBSTRINGS = tuple(_DRUG_STEMS.split("|")) + tuple(_SHAPE_ENDINGS.split())
# What each shaped pattern's match holds, searched in the screened text before the costlier pattern.
_SHAPE_NEEDS = {
    "drug_stem": re.compile(r"(?:" + _DRUG_STEMS + r")\b"),
    "condition_shape": re.compile(r"(?:" + "|".join(_SHAPE_ENDINGS.split()) + r")\b"),
}
# A medication's dose after its name ("sertraline 50mg", "insulin 10 units"): part of the finding.
_DOSE = r"(?:[ \t]+\d+(?:\.\d+)?[ \t]?(?i:mg|mcg|µg|micrograms?|ml|mL|units?|iu)(?:/(?i:ml|dose|g))?)?"

# "the cancer treatment center", "a diabetes support group": a place or a programme, nobody's condition.
_PLACE_AFTER = (
    r"(?!\s+(?i:treatment|care|research|screening|support|awareness|prevention)\s+(?i:cent(?:er|re)s?|units?|wards?|"
    r"clinics?|programs?|programmes?|facilit(?:y|ies)|hospitals?|institutes?|funds?|groups?|walks?|months?|"
    r"charit(?:y|ies)|teams?|services?)\b)"
)

# A sentence about a service, a benefit or an event, not a person: "our clinic", "the policy covers", "Webinar: …".
_INSTITUTIONAL = re.compile(
    r"\b(?i:our|the|this|a|an)\s+(?!(?i:treatment|care|safety|support|health|behaviou?r|crisis)\s+plans?\b)"
    r"(?:\w+\s+)?(?i:clinics?|practices?|hospitals?|pharmac(?:y|ies)|surgery|services?|"
    r"programm?e?s?|plans?|polic(?:y|ies)|insurers?|insurance|schemes?|units?|wards?|charit(?:y|ies)|cent(?:er|re)s?|"
    r"courses?|webinars?|workshops?|trainings?|modules?|leaflets?|guides?|networks?|foundations?|studies|study|"
    r"trials?|benefits?|cover|coverage|formular(?:y|ies)|list)\b|"
    r"(?:^|[\n.!?]\s*)(?i:webinar|workshop|seminar|course|training|talk|lecture|module|conference|session|panel|"
    r"event|agenda|topic)s?\b\s*[:\-–—]|"
    # "Talk on Down syndrome at 12:45": an event's subject
    r"\b(?i:webinar|workshop|seminar|course|training|talk|lecture|session|panel|briefing)s?\s+(?i:on|about)\b|"
    r"\b(?i:covers?|covered|offers?|treats|supports|screens?\s+for)\b|"
    # A group in general, in a policy or a statistic: "Pupils with asthma should …", "Epilepsy awareness training"
    r"\b(?<!my\s)(?<!his\s)(?<!her\s)(?<!our\s)(?<!your\s)(?i:pupils|students|children|people|staff|employees|patients|learners|"
    r"young\s+people|users|individuals|anyone|those|members|participants|adults|visitors)\s+(?i:with|who\s+have)\b|"
    r"\b(?i:awareness)\b|"
    # A leaflet's or a label's general advice: "Methotrexate is used to treat psoriasis", "Do not use if pregnant".
    r"\b(?i:used\s+(?:to\s+treat|for)|side[\s\-]effects?|(?:tell|ask|consult)\s+(?:a|your)\s+(?:doctor|pharmacist|gp|"
    r"nurse|midwife)|do\s+not\s+(?:use|take)|(?:not\s+)?suitable\s+for|warnings?\s*:|contra-?indicat\w*|"
    r"indications?\s*:|if\s+you\s+(?:have|are|suffer))|"
    # A public-health count: "Tuberculosis: 21 confirmed cases", "12 per 100,000" (not "an outbreak at school": a
    # child's illness may be told beside it)
    r"\b\d[\d,]*\s+(?i:(?:new\s+|confirmed\s+|suspected\s+|probable\s+|notified\s+)*(?:cases|deaths|admissions))\b|"
    r"\b(?i:incidence|prevalence|per\s+100,?000|vaccination\s+uptake)\b|"
    # Examples in a policy's or a leaflet's terms: "Pre-existing conditions (e.g. diabetes, heart disease) must be
    # declared", "conditions such as asthma"
    r"\b(?i:e\.g\.|for\s+example|such\s+as|pre-existing\s+conditions?|exclusions?|we\s+do\s+not\s+cover)"
)
# Someone in particular: a singular pronoun, a relative, or a verb of a person's care.
_SOMEONE = re.compile(
    r"\b(?i:he|she|him|her|his|hers|i|me|my|mine|i'm|i've|child|kid|son|daughter|boy|girl|mother|father|mom|dad|"
    r"brother|sister|husband|wife|boyfriend|girlfriend|suspect|victim|caller|applicant|grand(?:mother|father|son|"
    r"daughter)|diagnosed|prescribed|suffers|suffering|disclosed|admitted)\b"
)
# (not the points of "e.g." and "i.e.": "conditions (e.g. diabetes, heart disease)" is one sentence)
_SENTENCE_END = re.compile(r"(?<!\be)(?<!\be\.g)(?<!\bi)(?<!\bi\.e)\.|[!?\n]")


def _sentence(text: str, start: int, end: int) -> tuple[int, int]:
    """The bounds of the sentence holding text[start:end] (at most 300 characters either side)."""
    lo = max(0, start - 300)
    cut = max((m.end() for m in _SENTENCE_END.finditer(text, lo, start)), default=lo)
    after = _SENTENCE_END.search(text, end, min(len(text), end + 300))
    return cut, after.start() if after else min(len(text), end + 300)


# "MS" before a surname in capitals: the title of a transcript typed in capitals.
_MS_TITLE = re.compile(r"\.?[ \t]+[A-Z][A-Z'\-]+\b(?![ \t]+(?:and|or)\b)")


class MedicalConditionRecognizer(ContextRegexRecognizer):
    ENTITY = "MEDICAL_CONDITION"
    # What every text it reports on holds (detection/prescreen.py): the detector skips it on others.
    SCREEN = needs(
        words="abilify add adderall addicted addiction adhd aids albuterol alcoholic alcoholism allergic allergies "
        "allergy alprazolam alzheimers anemia anorexia antidepressant antidepressants antipsychotic "
        "antipsychotics antiretroviral antiretrovirals aripiprazole arthritis arv arvs asd aspergers asthma "
        "ativan attachment attack attacks autism autistic bifida blind blockers broken bulimia buprenorphine "
        "bupropion celexa cerebral chemo chemotherapy chlamydia chronic clonazepam clonidine concerta "
        "concussion condition control covid cutting cymbalta deaf defect dementia depakote depressed "
        "depression depressive developmental diabetes diabetic diagnosed diagnosis dialysis disability disabilities "
        "disease disorder dyslexia dysphoria dystrophy eating effexor epilepsy epileptic epipen escitalopram "
        "estrogen failure fasd fibrosis fluoxetine fracture fractured gonorrhea gonorrhoea guanfacine hearing "
        "hepatitis herpes hormone hpv inhaler insomnia insulin intellectual intuniv keppra klonopin lamictal "
        "lamotrigine leukaemia leukemia lexapro lithium lupus lymphoma malnourished malnutrition melatonin "
        "metformin methadone methylphenidate migraine migraines miscarriage ms naltrexone narcan ocd odd "
        "oppositional parkinsons paxil plan pneumonia positive pregnancy pregnant prep prozac psychosis "
        "psychotic ptsd quetiapine rad risperdal risperidone ritalin schizophrenia schizophrenic sclerosis "
        "scoliosis seizure seizures seroquel sertraline sickle sleep spectrum stabiliser stabilisers "
        "stabilizer stabilizers std stds sti stis strattera suboxone substance suffer suffered suffering "
        "suffers suicide syndrome syphilis tb tbi tegretol testosterone tourettes traumatic truvada "
        "tuberculosis tumor tumors tumour tumours valium visually vyvanse wellbutrin wheelchair xanax zoloft "
        "zyprexa anaemia sectioned injury injuries nonverbal stroke attack obese obesity eczema psoriasis "
        "glaucoma cleft aids mental abuse misuse dependence dependency heroin crack meth cocaine spice ketamine pump "
        "mirtazapine citalopram venlafaxine olanzapine diazepam tramadol morphine oxycodone gabapentin pregabalin "
        "emphysema copd bronchitis angina hypertension cirrhosis hemophilia haemophilia intolerant impaired sighted "
        "coeliac crutches dog mood mutism whiplash abscess sprained sprain strain thalassemia thalassaemia "
        "thalasemia impairment speech fatigue fibromyalgia endometriosis pcos hypothyroidism hyperthyroidism "
        "anaphylaxis hay dyspraxia dyscalculia stammer stutter tic enuresis wetting bedwetting encopresis arfid "
        "scabies impetigo lice measles mumps chickenpox deficiency rheumatic hydrocephalus microcephaly malaria "
        "sickle hemiplegia quadriplegia paraplegia amputee prosthetic",
        substrings=" ".join(_STEM_SUBSTRINGS)
        + " me/cfs non-verbal alzheimer's anxiety asperger's bipolar cancer celiac covid-19 crohn's crohns hiv "
        "obsessive-compulsive parkinson's post-traumatic self-harm selfharm self harm suicidal tourette's",
    )
    FLAGS = 0
    PATTERN_NEEDS = _SHAPE_NEEDS
    PATTERNS = [
        (
            "diagnosed_with",
            r"(?i:\bdiagnos(?:ed|is)\s+(?:with|of)\s+)(?P<v>(?:(?:a|an|the)\s+)?" + PHRASE_TAIL + r")",
            0.9,
        ),
        ("suffers_from", r"(?i:\b(?:suffers?|suffering|suffered)\s+from\s+)(?P<v>" + PHRASE_TAIL + r")", 0.7),
        # A status said of someone by itself: "HIV positive" is never about a disease in general.
        ("status", r"(?<![\w\-])(?i:HIV|hepatitis\s+[BC])[\s\-](?i:positive)\b", 0.85),
        (
            "condition",
            # With its article: "has | a learning disability".
            r"(?<![\w\-])(?i:(?:an?\s+)?"
            + _SEVERITY
            + r"(?:"
            + _CONDITIONS
            + r"))(?![\w\-])"
            + ORG_AFTER
            + _PLACE_AFTER,
            0.45,
        ),
        ("medication", r"(?<![\w\-])(?i:" + _MEDS + r")(?![\w\-])" + _DOSE + ORG_AFTER, 0.45),
        ("drug_stem", r"(?<![\w\-])(?i:[a-z]{3,}(?:" + _DRUG_STEMS + r"))(?![\w\-])" + _DOSE + ORG_AFTER, 0.45),
        ("condition_shape", r"(?<![\w\-])(?:" + _CONDITION_SHAPES + r")(?![\w\-])" + ORG_AFTER + _PLACE_AFTER, 0.45),
    ]
    # Someone's care is as telling as a pronoun: "Recovering from breast cancer treatment".
    CONTEXT = [
        PERSONAL,
        r"recover(?:ing|ed|y)|treatments?|therapy|remission|survivor|undergoing|diagnos(?:is|ed)|symptoms?|"
        r"relapsed?|surgery|medications?|meds|manag(?:ed|es|ing)|living\s+with|battling|hospitali[sz]ed|flare-?ups?|"
        r"antidepressants?|injur(?:y|ies|ed)|hurt|complained\s+of|suffer(?:s|ed|ing)?|mentioned",
        # A form's field for it: "Disability/health: autism", "Medical conditions: asthma".
        r"disabilit(?:y|ies)|health|medical|conditions?|allerg(?:y|ies)|additional\s+needs|SEND|SEN",
        # A clinical record's words: "Item: levetiracetam 30 tabs, for epilepsy", "PMHx", "Dx", "c/o".
        r"tabs|tablets?|capsules?|puffs?|doses?|prescri(?:ber|ption|bed)|pharmacy|dispensed|pmhx?|dx|rx|hx|c/o|"
        r"complaint|pt|discharge|admission|ward|a&e|ed|gp|obs|regimen|"
        # How it is taken, after it ("ONE to be taken twice a day", "1-0-1-0", "1 cp matin et soir"), and a
        # prescription's headings in the partners' languages ("Medikation:", "Diagnosen:", "Ordonnance")
        r"to\s+be\s+taken|as\s+directed|daily|twice|nightly|each\s+(?:morning|evening|night)|at\s+night|"
        r"\d-\d-\d(?:-\d)?|cp|comprim[ée]s?|matin|soir|posologie|ordonnance|medikation|medikamente?|diagnosen?|"
        r"dose\s+changed",
        # A school's or a hotline's record: "Nurse: X given sertraline as per care plan", "CAMHS appointment; query
        # PTSD", "started on melatonin"
        r"nurse|care\s+plan|camhs|query|started\s+on|administered|paediatrician|pediatrician|doctor|docotr|"
        r"consultant|psychiatrist|psychologist",
        # A chat's first person ("ive been self harming", "been cutting myself"); a sign-up sheet's column.
        r"myself|ive|im|been|access\s+needs|access_needs|dietary",
        # A record's problem list and background ("Active problems:", "Background: known bipolar disorder"), a
        # prescription's UK word ("On sertraline script")
        r"problems?|background|known|pmh|(?:medical|past|family|clinical)\s+history|h/o|script",
        # A child or a parent in the partners' languages (call-takers' notes switch between them).
        r"kind|enfant|ni[ñn][oa]|bambin[oa]|crian[çc]a|beti|beta|bachch?[ae]|mama|mam[aã]e|mutter|m[èe]re|madre|"
        r"hij[oa]|fille|fils|tochter|sohn|figli[oa]|anak|dziecko|[çc]ocuk|dob|"
        # Being ill with it, in those languages ("ist an Diabetes erkrankt", "padece asma").
        r"erkrankt|krank|leidet|malade|souffre|enferm[oa]|padece|sufre|doente|sofre|malat[oa]|soffre|ziek|lijdt|"
        r"chor[ya]|choruje|hasta|sjuk|syk|sairas|beteg|bolnav|bolest",
    ]
    CONTEXT_WINDOW = 60
    CONTEXT_BOOST = 0.45
    REFERENCE_NEGATIVE = False

    def has_context(self, text: str, start: int, end: int) -> bool | None:
        # The person may come after: "asthma runs in her family", "Adderall (his)". The window ends at a word's end
        # (a search stops as if the text ended there: "in" cut to "i" would read as the pronoun).
        hi = min(len(text), end + 30)
        while hi < len(text) and text[hi].isalnum():
            hi += 1
        lo = max(0, start - self.CONTEXT_WINDOW)
        ranges = table_ranges(text, start)
        # A table's cell: its column's header says what it holds ("access_needs", "Medical"), however far up.
        in_column = ranges is not None and self._cell_context(text, ranges) is True
        if not in_column and not self._context_re.search(text, lo, hi):
            return False
        if goods_without_people(text):
            return False
        sentence = _sentence(text, start, end)
        if _INSTITUTIONAL.search(text, *sentence):
            # "Our clinic treats asthma", "Webinar: living with diabetes": a service's or an event's topic; only
            # someone named in the sentence makes it a person's condition.
            return bool(_SOMEONE.search(text, max(lo, sentence[0]), min(hi, sentence[1])))
        return True

    def score(self, text: str, start: int, end: int, base: float) -> float:
        if text[start:end] == "MS" and _MS_TITLE.match(text, end):
            return 0.0  # "BY MS. BROWN:", "MS KELLY:": a transcript's title in capitals, not multiple sclerosis
        return super().score(text, start, end, base)

    def validate_result(self, pattern_text: str) -> bool | None:
        # Upper-case abbreviations (MS, TB, ADD, ODD, RAD, ASD) only as written in capitals.
        word = pattern_text.strip()
        if word.lower() in ("ms", "tb", "add", "odd", "rad", "asd", "blind", "deaf", "cutting", "chemo", "cancer"):
            if word.lower() in ("ms", "tb", "add", "odd", "rad", "asd") and not word.isupper():
                return False
        if word in ("Std", "Sti"):
            return False  # "Std. atomic weight": "standard" abbreviated; a disease is written "STD" or "std"
        return None
