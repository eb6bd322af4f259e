"""The name recognizer's language rules, as data: the words that cue a name, the roles only a person has, the verbs
a person does, relations, and the endings and words that say a capitalised word is no name. Regex fragments (some
words have variants: "neighbou?r", "step-?father"); recognizers/person.py compiles them."""

# Who referred, vouched for or worked beside a volunteer or a client: a person ("Referred by Floor van Dalem"), or an
# agency named in plain words ("referred by Social Services"), which person.py tells apart. The verbs screen texts.
BESIDE_VERBS = (
    "referred", "recommended", "introduced", "mentored", "supervised", "sponsored", "vouched", "volunteered", "worked",
    "served",
)  # fmt: skip
BESIDE = (
    r"(?:referred|recommended|introduced|mentored|supervised|sponsored)\s+by|vouched\s+for\s+by|"
    r"(?:volunteered|worked|served)\s+(?:with|alongside)"
)
# A record's label for a person's role in a claim, a policy or an account ("Policyholder:", "Preneur d'assurance :",
# "Versicherungsnehmer:", "Contraente:"): the value after its colon is that person, in any case. (Not "Beneficiary:",
# which a donation names a charity with.)
ROLE_LABEL = (
    r"policy\s?holder|insured(?:\s+person)?|claimant|account\s+holder|card\s?holder|next\s+of\s+kin|"
    r"emergency\s+contact|passenger|preneur\s+d['’]assurance|souscripteur|versicherungsnehmer(?:in)?|"
    r"versicherte[rn]?|contraente|assicurat[oa]|tomador(?:\s+del\s+seguro)?|asegurad[oa]|segurad[oa]|"
    r"verzekeringnemer|verzekerde|f[öo]rs[äa]kringstagare|forsikringstager|ubezpieczon[yia]"
)
# Cues that make the next capitalised words a name whatever they are.
STRONG = (
    r"(?:my|his|her|their|the\s+\w+'s)\s+name\s+is|identified\s+as|name\s*:|names?\s+(?:is|was)|named|called|known\s+as|"
    r"(?:last|first|middle|full|family|given|maiden|sur)\s*name\s*[?:]|"
    # a record's label for a person's role in a claim, a policy or an account, with its colon (ROLE_LABEL)
    r"(?:" + ROLE_LABEL + r")\s*:|"
    r"goes\s+by|call(?:s|ed|ing)\s+(?:him|her|them)sel(?:f|ves)|signed|"
    + BESIDE
    + r"|sincerely,?|regards,?|named\s+(?:him|her|them)|call(?:s|ed)?\s+(?:me|him|her)|"
    r"(?:Mr|Mrs|Ms|Mx|Miss|Dr|Prof|Rev|Fr|Sr|Sgt|Det|Officer|Deputy)(?![^\W\d_])\.?"
)


# Role words: the next capitalised words are a name if the first one is a known name.
ROLE = (
    # (a handover's abbreviations, in capitals: "SW Mutua Onyango", "YP Jasmine", "DSL Ruth Okafor")
    r"(?:(?-i:(?:SW|YP|DSL)(?=[ \t]+[A-Z]))|reporter|reporting\s+party|caller|donor|donated\s+by|applicant|suspect|"
    r"alleged\s+perpetrator|perpetrator|"
    r"offender|contact|victim|child|volunteer|mother|mom|father|dad|step-?father|step-?dad|step-?mother|"
    r"boyfriend|girlfriend|husband|wife|partner|son|daughter|brother|sister|grand(?:mother|father|ma|pa|son|daughter|child)|"
    r"aunt|uncle|"
    r"cousin|nephew|niece|teacher|coach|neighbou?r|friend|kid|student|parent|guardian|caseworker|worker|"
    r"babysitter|nanny|counsell?or|therapist|principal|social\s+worker|messag(?:ing|ed)|on\s+behalf\s+of|"
    r"in\s+hono(?:u)?r\s+of|in\s+(?:loving\s+)?memory\s+of|references?|referee|emergency\s+contact|"
    r"pastor|tenant|landlord|employee|manager|client|patient|minor|youth|teen|sibling|"
    r"by|from|with|to|and|for|about|contact(?:ed)?|ask\s+for|cc|attn|dear|hi|hello|thanks?|per|spoke\s+(?:to|with)|"
    r"said|says|asked|replied|added|whispered|"
    r"met|saw|told|is|was|(?:shouted|yelled|screamed|smiled|waved|pointed|looked|laughed)\s+at|add|under|"
    r"beneficiary|speaker|songwriter|singer|producer|author|artist|musician|actor|actress|ex-[^\W\d_]+)"
)


# Verbs that say the capitalised words before them are a person: "Tomomi Nishiyama lives at …", "Mehrudin shouted".
PERSON_VERB = (
    r"(?:said|says|shouted|yelled|screamed|whispered|told|tells|asked|asks|replied|answered|explained|wrote|texted|"
    r"messaged|emailed|phoned|lives|lived|works|worked|listed|recorded|sang|sings|cried|smiled|laughed|admitted|"
    r"claimed|stated|reported|disclosed|moved|arrived|left|died|married|is\s+from|was\s+from|comes\s+from|"
    r"was\s+born|will\s+be\s+(?:talking|speaking|there|presenting)|is\s+the\s+(?:mother|father|keynote)|"
    r"is\s+a|was\s+a|is\s+very|is\s+so|has\s+been|had\s+been|began|started|joined|grew\s+up|decided|"
    r"published|graduated|had\s+given|has\s+given|is\s+always|is\s+really|is\s+such|"
    r"offered|offers|contacted|contacts|reached\s+out|called\s+the|calls\s+the|reports\s+that|reported\s+that|"
    r"sent|sends|uses|used\s+the|"
    r"(?:keeps|kept)\s+(?:messaging|texting|calling|asking|following|threatening|bothering|touching|hitting|dming)|"
    r"(?:has|had|wants|wanted|needs|needed)\s+to|"
    # harm done to someone: "Pellow hits her", "Dace grabbed the girl" (a firm hits targets, not her)
    r"(?:drinks\s+and\s+)?(?:hits|hit|grabs|grabbed|hurts|hurt|beats|punches|punched|kicks|kicked|slaps|slapped|"
    r"pushes|pushed|shoves|shoved|touches|touched|scares|scared|chokes|choked)\s+(?:her|him|them|me|us|my|his|"
    r"the\s+(?:kids?|girl|boy|child|baby)|mum|mom|mam|nan|gran)|"
    # what the police do to someone: "; Ilango arrested.", "Wouter was charged", "Sudeep spoken to"
    r"(?:was\s+|been\s+)?(?:arrested|charged|cautioned|convicted|remanded|sentenced|bailed)\b(?!\s+(?:with\s+)?"
    r"(?:goods|items|vehicles?|cars?|property))|(?:was\s+)?spoken\s+to)"
)


# Words after a possessive that say its owner is a person: "Franciska's kid", "Amanda's daughter".
OWNED = (
    r"kids?|child(?:ren)?|baby|babies|son|daughter|mother|mom|father|dad|parents?|wife|husband|brother|sister|"
    r"boyfriend|girlfriend|partner|friends?|family|house|home|room|car|phone|killers?|attorney|lawyer|teacher|coach|"
    r"birthday|funeral|wedding|grave|death|murder"
)


NAME_SUFFIXES = ("tion", "ment", "ness", "ship", "ism", "person", "ology", "ity", "ance", "ence", "ings")


RELATION = (
    r"husband|wife|spouse|partner|mother|father|mom|dad|son|daughter|sister|brother|friend|neighbou?r|aunt|uncle|"
    r"grand(?:mother|father|ma|pa|son|daughter)|guardian|cousin|niece|nephew|boyfriend|girlfriend|fiancée?|"
    r"parent|sibling|step-?(?:mother|father|son|daughter)|roommate|coworker|colleague|mum|mam|nan|nana|gran|granny|"
    r"grandparent|carer|foster\s+carer"
)


# Pronouns in brackets after a name: "Morgan Mac Fhionnlaoich (she/her)".
PRONOUNS = r"(?:she|he|they|xe|ze)/(?:her|him|them|they|she|he|xem|zir)(?:/[a-z]+)?"


AFTER_NAME = frozenset("jr sr ii iii iv md phd esq".split())


PLACE_WORDS = frozenset(
    """republic island islands city town village county kingdom states state bay beach falls springs valley
    lake river mount mountain port fort san santa los las del rio costa royal princess prince queen duke duchess
    lines orchestra band choir""".split()
)


# Form labels for a person's name in other languages written in Latin script ("Nombre:", "Prénom :", "Nachname:",
# "Imię i nazwisko:", "Họ và tên:", "Pangalan:"): a regex fragment, matched case-insensitively.
FOREIGN_NAME_LABELS = (
    r"nombres?(?:[ \t]+(?:completo|y[ \t]+apellidos?))?|apellidos?(?:[ \t]+y[ \t]+nombres?)?|"
    r"nom(?:[ \t]+(?:complet|de[ \t]+famille))?|"
    r"pr[ée]noms?|vorname|nachname|familienname|geburtsname|nome(?:[ \t]+completo)?|cognome|sobrenome|"
    r"imi[ęe](?:[ \t]+i[ \t]+nazwisko)?|nazwisko|naam|voornaam|achternaam|voorletters|ad[ıi](?:[ \t]+soyad[ıi])?|"
    r"ad[ \t]+soyad|soyad[ıi]?|isim|h[ọo][ \t]+(?:v[àa][ \t]+)?t[êe]n|t[êe]n|pangalan|apelyido|"
    r"buong[ \t]+pangalan|namn|f[öo]rnamn|efternamn|fornavn|etternavn|efternavn|navn|jm[ée]no|p[řr][íi]jmen[íi]|"
    r"meno|priezvisko|nume|prenume|ime|prezime|vezet[ée]kn[ée]v|keresztn[ée]v|nama(?:[ \t]+lengkap)?|jina|"
    r"sukunimi|etunimi|nimi|"
    # (twentieth session) more languages' and scripts' "name" on a web form
    r"jeneng|anarana|izina|aha|isem|emri|nafn|ainm|izena|enw|v[āa]rds|vardas|"
    r"ئىسمى|ئىسىم|نالو|نام|اسم|الاسم|ناو|ନାମ|ނަން|नाव|नाम|নাম|பெயர்|ಹೆಸರು|పేరు|പേര്|નામ|ਨਾਮ|නම|အမည်|ឈ្មោះ|ຊື່|"
    r"ชื่อ|имя|ім['’]я|імя|име|нэр|аты|есімі|ስም|שם|όνομα|სახელი|անուն|이름|名前|姓名"
)
