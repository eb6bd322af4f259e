"""Hand-written pools (no library word lists)."""

from __future__ import annotations


def _w(s: str) -> list[str]:
    return [x.strip() for x in s.split("|") if x.strip()]


# culture -> (female first, male first, surnames)
NAMES = {
    "uk": (
        _w("Bethan|Rhiannon|Siobhan|Kerry-Ann|Tamsin|Imogen|Niamh|Philippa|Loretta|Georgina|Maisie|Ffion|Elspeth"),
        _w("Callum|Declan|Rhodri|Jago|Alasdair|Kieran|Dominic|Tobias|Ewan|Rory|Lachlan|Gethin|Barnaby"),
        _w(
            "Pemberton|Ashworth|Featherstone|Holroyd|Cartwright|Blackwood|Threlfall|Penhaligon|Oakes|Rowntree|Haworth|MacAulay|Trevelyan|Gillespie|Dunmore"
        ),
    ),
    "ie": (
        _w("Aoife|Caoimhe|Gráinne|Sinéad|Órla|Clodagh|Róisín|Deirbhile"),
        _w("Oisín|Cathal|Donnacha|Fiachra|Ruairí|Tadhg|Colm|Pádraig"),
        _w(
            "Ní Bhriain|Ó Súilleabháin|Mac Giolla|Gallagher|Doherty|Kinsella|Moriarty|Breathnach|Fitzgerald|Ó Ceallaigh"
        ),
    ),
    "pl": (
        _w("Agnieszka|Małgorzata|Zofia|Weronika|Katarzyna|Jadwiga|Bożena|Ilona"),
        _w("Grzegorz|Wojciech|Przemysław|Bartosz|Mirosław|Tadeusz|Jędrzej|Kacper"),
        _w("Wiśniewska|Zielińska|Krawczyk|Dąbrowski|Wróblewski|Szczepańska|Kaczmarek|Jabłoński|Pietrzak|Sobczak"),
    ),
    "ng": (
        _w("Chiamaka|Folake|Ngozi|Yetunde|Adaeze|Omolara|Ifeoma|Temitope|Zainab"),
        _w("Chukwuemeka|Oluwaseun|Babatunde|Ikenna|Obinna|Adebayo|Tunde|Emeka|Femi"),
        _w("Okonkwo|Adeyemi|Nwachukwu|Balogun|Eze|Ogunleye|Okafor|Adebanjo|Olatunji|Nnamdi"),
    ),
    "in": (
        _w("Priyanka|Lakshmi|Ananya|Meenakshi|Harpreet|Deepika|Sunita|Kavya|Nandini"),
        _w("Rajesh|Arjun|Venkatesh|Gurpreet|Siddharth|Anil|Harish|Pranav|Manoj"),
        _w("Raghunathan|Iyer|Chaudhary|Bhattacharya|Sandhu|Kulkarni|Menon|Deshpande|Gill|Reddy|Banerjee"),
    ),
    "pk": (
        _w("Ayesha|Mehwish|Sana|Rabia|Nusrat|Farzana"),
        _w("Imran|Usman|Waqas|Tariq|Faisal|Shahid|Zubair"),
        _w("Qureshi|Chaudhry|Butt|Malik|Siddiqui|Rana|Awan|Mirza"),
    ),
    "vn": (
        _w("Thị Lan|Ngọc Anh|Thu Hằng|Mai Phương|Bích Ngọc|Thanh Hương"),
        _w("Văn Minh|Quốc Bảo|Đức Anh|Hoàng Long|Tuấn Kiệt|Công Phượng"),
        _w("Nguyễn|Trần|Lê|Phạm|Hoàng|Huỳnh|Võ|Đặng|Bùi"),
    ),
    "cn": (
        _w("Xiaoling|Meiying|Yuxin|Huifang|Jiayi|Wenjing|Shuang"),
        _w("Zhiwei|Haoran|Jianguo|Wenbo|Yifan|Guoqiang|Zihao"),
        _w("Zhao|Qian|Sun|Zhou|Wu|Zheng|Feng|Xu|Lin|Guo"),
    ),
    "es": (
        _w("Itziar|Montserrat|Guadalupe|Rocío|Inmaculada|Ximena|Esperanza|Lucía|Nerea|Dolores"),
        _w("Íñigo|Joaquín|Santiago|Rodrigo|Ignacio|Álvaro|Gonzalo|Fermín|Xabier"),
        _w("Echeverría|Villalobos|Castañeda|Iturriaga|Barrientos|Ocampo|Quintanilla|Zubizarreta|Peñalver|Montalbán"),
    ),
    "br": (
        _w("Thaís|Gabriela|Luana|Rayssa|Fernanda|Juliana|Conceição"),
        _w("Thiago|Leandro|Wellington|Rodrigo|Caio|Anderson|Reinaldo"),
        _w("Figueiredo|Albuquerque|Nascimento|Cavalcanti|Bittencourt|Magalhães|Rezende|Sampaio"),
    ),
    "de": (
        _w("Annegret|Friederike|Hannelore|Wiebke|Svenja|Gudrun|Mareike|Liesel|Dagmar"),
        _w("Jörg|Volker|Henning|Torsten|Malte|Dietmar|Ulf|Björn|Eckhard"),
        _w("Brinkmann|Hölzl|Wegener|Riedel|Oberhauser|Kießling|Bachmeier|Lindqvist|Tiedemann|Rößler|Pfeiffer"),
    ),
    "nl": (
        _w("Femke|Marieke|Sanne|Anouk|Lieke|Fenna"),
        _w("Joost|Maarten|Thijs|Bram|Sjoerd|Wouter"),
        _w("van der Heijden|Bakker|de Groot|Visser|van Leeuwen|Hoekstra|Dijkstra|Mulder"),
    ),
    "se": (
        _w("Ingrid|Sigrid|Linnea|Maja|Astrid|Ebba"),
        _w("Gustav|Olof|Ragnar|Linus|Pelle|Torbjörn"),
        _w("Lindgren|Bergström|Sjöberg|Åkesson|Holmqvist|Nyström|Engström"),
    ),
    "gr": (
        _w("Δέσποινα|Ελευθερία|Χρυσούλα|Athina|Despina|Vasiliki"),
        _w("Θεόδωρος|Σπύρος|Χαράλαμπος|Stavros|Kostas|Giorgos"),
        _w("Παπαδοπούλου|Οικονόμου|Κωνσταντίνου|Papadakis|Karagiannis|Theodorou|Vlachos"),
    ),
    "ru": (
        _w("Светлана|Олеся|Yelena|Oksana|Tatiana|Людмила|Iryna"),
        _w("Дмитрий|Vsevolod|Oleksandr|Mykola|Arkady|Святослав|Bohdan"),
        _w("Кузнецова|Shevchenko|Bondarenko|Voronova|Соколов|Kovalenko|Melnyk|Tkachenko"),
    ),
    "so": (
        _w("Hodan|Ubah|Faadumo|Sahra|Ayaan|Hibo"),
        _w("Abdirahman|Guled|Mahad|Liban|Abdiweli|Bashir"),
        _w("Warsame|Jama|Farah|Hirsi|Abdi|Egal|Mohamud"),
    ),
    "ar": (
        _w("Rania|Yasmin|Nour|Hala|Samira|Lubna|فاطمة|ليلى"),
        _w("Khalid|Tarek|Samir|Yousef|Hamza|Walid|محمد|عمر"),
        _w("Haddad|al-Masri|Khoury|Saleh|Bakri|Nasser|Darwish|الحسيني|العلي"),
    ),
    "tr": (
        _w("Elif|Zeynep|Gülşen|Şeyma|Büşra|Hatice"),
        _w("Emre|Mehmet Ali|Burak|Oğuz|Serkan|Yusuf"),
        _w("Yılmaz|Öztürk|Çelik|Aydın|Kılıç|Şahin|Doğan"),
    ),
    "jp": (
        _w("Haruka|Yui|Misaki|Sakura|美咲|陽菜|Keiko"),
        _w("Takumi|Haruto|Kenji|Sōta|大輔|翔太|Ryo"),
        _w("Takahashi|Watanabe|Yamaguchi|Kobayashi|佐藤|鈴木|Inoue|Matsumoto"),
    ),
    "kr": (
        _w("Ji-woo|Seo-yeon|Min-ji|지현|수빈|Ha-eun"),
        _w("Jun-ho|Do-hyun|Seung-min|민준|현우|Tae-yang"),
        _w("Park|Choi|Jeong|Kang|Yoon|김|이|한"),
    ),
    "ph": (
        _w("Maricel|Rowena|Jocelyn|Analyn|Divina"),
        _w("Rommel|Jericho|Danilo|Arnel|Ronaldo"),
        _w("Dela Cruz|Bautista|Macaraeg|Villanueva|Pangilinan|Magbanua"),
    ),
    "ro": (
        _w("Ioana|Mădălina|Roxana|Florentina|Georgiana"),
        _w("Mihai|Cătălin|Sorin|Bogdan|Ionuț"),
        _w("Popescu|Dumitrescu|Stănescu|Constantinescu|Munteanu|Rădulescu"),
    ),
    "gh": (
        _w("Akosua|Efua|Abena|Adwoa|Ama"),
        _w("Kwabena|Kofi|Yaw|Kwame|Kojo"),
        _w("Mensah|Asante|Owusu|Boateng|Acheampong|Ofori"),
    ),
    "jm": (
        _w("Shanique|Tameka|Keisha-Ann|Latoya|Marcia"),
        _w("Delroy|Garfield|Leroy|Desmond|Winston"),
        _w("Chambers|Grant|Barrett|McKenzie|Thompson-Reid|Clarke"),
    ),
    "us": (
        _w("Brittany|Shelby|Kayleigh|Destiny|Marisol|LaToya|Dakota|Harper|Paisley|Maribel|Reagan"),
        _w("Tanner|Brayden|Dwayne|Colton|Jamal|Ricardo|Cody|Travis|Kendrick|Hunter"),
        _w(
            "Whitfield|Delgado|Kowalczyk|Lindqvist|Washington|Hollister|Nakamura|Begay|Castellanos|Yazzie|Oduya|Brannigan|Hutchins"
        ),
    ),
    "he": (
        _w("Noa|Tamar|Shira|Michal|יעל"),
        _w("Eitan|Yonatan|Avi|Itai|אורי"),
        _w("Ben-David|Mizrahi|Peretz|Friedman|כהן|לוי"),
    ),
    "hu": (
        _w("Zsófia|Ildikó|Erzsébet|Réka"),
        _w("Levente|Gergely|Zoltán|Ákos"),
        _w("Szabó|Horváth|Kovács|Varga|Tóth|Nagy-Baranyi"),
    ),
}
CULTURES = sorted(NAMES)
LATIN_CULTURES = [c for c in CULTURES if c not in ()]

NICKNAMES = _w("Bazza|Tilly|Gaz|Shaz|Dodo|Mags|Fitzy|Big Kev|Lulu|Tash|Robbo|Nonna|Kiki|Pippa|Sunny|Bubba|Deano")

UK_TOWNS = _w(
    "Kirkcaldy|Merthyr Tydfil|Barnstaple|Wolverhampton|Hartlepool|Ashby-de-la-Zouch|Scunthorpe|Llandudno|Kilmarnock|Hebden Bridge|Thurrock|Cleethorpes|Stockport|Bangor|Ilfracombe|Rotherham|Lowestoft|Peterhead"
)
US_TOWNS = [
    ("Tacoma", "WA"),
    ("Flagstaff", "AZ"),
    ("Duluth", "MN"),
    ("Chattanooga", "TN"),
    ("Boise", "ID"),
    ("Lubbock", "TX"),
    ("Scranton", "PA"),
    ("Fresno", "CA"),
    ("Macon", "GA"),
    ("Asheville", "NC"),
    ("Yonkers", "NY"),
    ("Paterson", "NJ"),
    ("Kalamazoo", "MI"),
    ("Gainesville", "FL"),
    ("Peoria", "IL"),
    ("Albuquerque", "NM"),
    ("Spokane", "WA"),
    ("Dayton", "OH"),
]
DE_TOWNS = [
    ("Gelsenkirchen", "45879"),
    ("Bamberg", "96047"),
    ("Lüneburg", "21335"),
    ("Heilbronn", "74072"),
    ("Görlitz", "02826"),
    ("Paderborn", "33098"),
    ("Wismar", "23966"),
    ("Kempten", "87435"),
    ("Offenbach am Main", "63065"),
    ("Jena", "07743"),
]
EU_TOWNS = _w(
    "Tilburg|Groningen|Leuven|Linköping|Tampere|Aarhus|Bydgoszcz|Cluj-Napoca|Brno|Graz|Salamanca|Vigo|Bergamo|Braga|Lille|Clermont-Ferrand|Miskolc|Patras|Kaunas|Tartu|Sligo|Dundalk"
)
WORLD_TOWNS = _w(
    "Ibadan|Enugu|Kumasi|Coimbatore|Ludhiana|Faisalabad|Hai Phong|Cebu City|Davao|Campinas|Recife|Rosario|Arequipa|Puebla|Mombasa|Hargeisa|Izmir|Busan|Nagoya|Chengdu|Kaohsiung|Haifa|Irbid|Tashkent|Da Nang|Kingston|Montego Bay"
)
DISTRICTS = _w(
    "Moss Side|Toxteth|Govanhill|Easton|Handsworth|Chapeltown|Splott|Byker|Tottenham Hale|Peckham|Neukölln|Wedding|Marzahn|Kreuzberg|Bijlmer|Molenbeek|Nørrebro|Rinkeby|Praga-Północ|Mission District|Boyle Heights|Overtown|Wicker Park|Five Points"
)

UK_STREETS = _w(
    "Tanyard Lane|Wellgate Road|Cwrt y Coed|Bramble Close|Orchard Rise|Marlpit Street|Glebe Terrace|Ropewalk|Cemetery Road|Pendle View|Kiln Lane|Heol Fach|Sandpiper Court|Furnace Street|Quarry Bank"
)
US_STREETS = _w(
    "Cottonwood Dr|W Belmont Ave|Sycamore Ln|NE Alberta St|Old Mill Rd|Magnolia Blvd|S Halsted St|Juniper Ct|Ridgecrest Ave|E 5th St|Pinecone Way|Riverbend Pkwy|Live Oak Cir"
)
DE_STREETS = _w(
    "Lindenstraße|Am Mühlbach|Brückenweg|Goethestraße|Hinter der Kirche|Bahnhofsallee|Kastanienweg|Zum Sportplatz|Frankfurter Ring|Hafenstraße"
)
EU_STREETS = _w(
    "Rue des Tanneurs|Calle de la Alameda|Via dei Mille|Kerkstraat|Storgatan|ul. Ogrodowa|Rua da Boavista|Strada Lalelelor|Nørregade|Tallinna mnt"
)

UK_POSTCODES = _w("LS7 3JP|CF24 2DQ|M14 4PX|G42 8BN|BS5 6JE|NE6 2SA|B21 9EF|L8 1TJ|KY1 2LU|EX31 1PB|DN15 7QS|SK4 3HT")

FIRMS = _w(
    "Hollowbrook Logistics|Cedarline Care Ltd|Marlow & Finch Solicitors|Brightgate Housing Association|Northway Facilities|Quayside Bakeries|Tern Analytics GmbH|Pelican Freight BV|Larkspur Dental|Halden Robotics|Riverton Council|Greyfriars Lettings|Oriel Staffing|Copperleaf Nursery|Harbourside Hotels|Kestrel Security|Meridian Print|Blue Heron Clinics"
)
APPS = _w(
    "NestWatch|KidGuard Family|HomeHive|PulseBand|Wayfind|LoopLink|CuddleCam|TrackMate|GuardianLens|BrightSteps|SafeRoute|StepSprout|DoorBuddy"
)

MEDICAL = _w(
    "type 2 diabetes|paranoid schizophrenia|COPD|epilepsy|bipolar disorder|HIV|hepatitis C|PTSD|chronic kidney disease (stage 3)|multiple sclerosis|severe depression|alcohol dependence|opioid use disorder|asthma|sickle cell disease|ADHD|autism|Crohn's disease|early-onset dementia|anorexia nervosa|heart failure|deep vein thrombosis|generalised anxiety disorder|emphysema|a below-knee amputation|cerebral palsy|fibromyalgia|psoriasis|tuberculosis|Parkinson's disease|hearing loss|partial sight loss|coeliac disease|endometriosis"
)
MEDS = _w(
    "methadone|olanzapine|insulin glargine|lithium|sertraline|buprenorphine|levetiracetam|clozapine|Truvada|metformin|tiotropium|warfarin|risperidone"
)
GENETIC = _w(
    "BRCA1 pathogenic variant|BRCA2 carrier|Factor V Leiden (heterozygous)|homozygous HFE C282Y|APOE ε4/ε4 genotype|karyotype 47,XXY|CFTR ΔF508 carrier|Huntington CAG repeat 42|mtDNA haplogroup U5b1|Y-DNA haplogroup R1b-L21|HLA-B*57:01 positive|sickle cell trait (HbAS)|Lynch syndrome MLH1 variant|fragile X premutation|CYP2D6 poor metaboliser"
)
CRIMINAL = _w(
    "convicted of burglary|served 14 months for possession with intent to supply|on licence after an affray conviction|arrested for shoplifting|cautioned for criminal damage|charged with assault occasioning actual bodily harm|a spent conviction for theft|convicted of drink-driving|released from HMP after a sentence for robbery|on a suspended sentence for fraud|a restraining order breach conviction|convicted of arson|serving a community order for harassment|a conviction for handling stolen goods|charged with domestic battery|on probation for a DUI|a prior felony conviction for burglary"
)
ETHNIC = _w(
    "Romani|Irish Traveller|Black Caribbean|Kurdish|Hmong|White British|Pakistani heritage|Roma|Somali-born|Tamil|Bangladeshi|mixed White and Black African|Hispanic/Latino|Navajo|Ashkenazi Jewish|Gypsy Traveller|Afro-Brazilian|Sámi|Punjabi Sikh|Yoruba|Filipino|Indigenous Australian|Uyghur|Black African"
)
ORIENT = _w("gay|lesbian|bisexual|asexual|pansexual|queer|heterosexual|bi")
GENDER = _w("female|male|trans woman|trans man|non-binary|genderfluid|transgender|woman|man|agender")

CITIES_WITH_COORDS = [
    ("Leeds", 53.80, -1.55),
    ("Cardiff", 51.48, -3.18),
    ("Glasgow", 55.86, -4.25),
    ("Bremen", 53.08, 8.80),
    ("Utrecht", 52.09, 5.12),
    ("Lyon", 45.76, 4.84),
    ("Porto", 41.15, -8.61),
    ("Denver", 39.74, -104.99),
    ("Tucson", 32.22, -110.97),
    ("Malmö", 55.60, 13.00),
    ("Kraków", 50.06, 19.94),
    ("Cork", 51.90, -8.47),
]

PASSWORDS = _w(
    "Summer2019!|hunter42Blue|Kitt3nMittens#|P@ssw0rd-Leo7|tangerine!88|Wolves1877*|qwerty!Mum1961|Rosie&Pip2020|correct-horse-9|Gr33nF1eld$|Maple#Syrup44|zebra_Crossing3"
)
