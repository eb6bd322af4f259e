"""Hand-typed pools of names, towns and streets for the v18 corpus.

Entries are "Latin|Native" where a native-script form exists. Every entry was
typed for this corpus from general knowledge; no external name lists are used.
"""

from __future__ import annotations


def P(s):
    out = []
    for item in s.split(";"):
        item = item.strip()
        if not item:
            continue
        if "|" in item:
            a, b = item.split("|", 1)
            out.append((a.strip(), b.strip()))
        else:
            out.append((item, None))
    return out


# ---------------------------------------------------------------- asylum cultures
ASY = {
    "SY": dict(
        m=P("Mohammad|محمد; Khaled|خالد; Omar|عمر; Yousef|يوسف; Rami|رامي; Tareq|طارق; Fadi|فادي; Mahmoud|محمود"),
        f=P("Rania|رانيا; Hiba|هبة; Lina|لينا; Nour|نور; Rasha|رشا; Aya|آية; Duaa|دعاء; Bushra|بشرى"),
        s=P(
            "Al-Halabi|الحلبي; Haddad|حداد; Khoury|خوري; Al-Masri|المصري; Darwish|درويش; Sabbagh|صباغ; Qassem|قاسم; Al-Hamwi|الحموي"
        ),
        towns=[
            "Aleppo",
            "Homs",
            "Idlib",
            "Deir ez-Zor",
            "Daraa",
            "Raqqa",
            "Latakia",
            "Hama",
            "Douma",
            "Manbij",
            "Afrin",
            "Saraqib",
        ],
        ids=["sy.national", "sy.passport"],
        phone="SY",
        script="arabic",
        eth=["Kurdish", "Arab", "Turkmen", "Assyrian", "Circassian", "Yazidi"],
    ),
    "AF": dict(
        m=P("Farid|فرید; Hamid|حمید; Wahid|وحید; Nasrullah|نصرالله; Jawad|جواد; Sohrab|سهراب; Bilal|بلال; Ehsan|احسان"),
        f=P(
            "Zahra|زهرا; Sediqa|صدیقه; Parwana|پروانه; Mursal|مرسل; Shabnam|شبنم; Freshta|فرشته; Marzia|مرضیه; Nilofar|نیلوفر"
        ),
        s=P(
            "Ahmadzai|احمدزی; Rahimi|رحیمی; Hashimi|هاشمی; Sultani|سلطانی; Noori|نوری; Karimi|کریمی; Stanikzai|استانکزی; Mohammadi|محمدی"
        ),
        towns=[
            "Kabul",
            "Herat",
            "Mazar-i-Sharif",
            "Jalalabad",
            "Kunduz",
            "Ghazni",
            "Bamyan",
            "Kandahar",
            "Khost",
            "Jaghori",
            "Daikundi",
        ],
        ids=["af.tazkira", "af.passport"],
        phone="AF",
        script="persian",
        eth=["Hazara", "Pashtun", "Tajik", "Uzbek", "Baloch", "Turkmen"],
    ),
    "ER": dict(
        m=P("Yonas|ዮናስ; Tesfay|ተስፋይ; Habtom|ሃብቶም; Filmon|ፊልሞን; Dawit|ዳዊት; Merhawi|መርሃዊ; Samuel|ሳሙኤል; Efrem|ኤፍሬም"),
        f=P("Selam|ሰላም; Senait|ሰናይት; Helen|ሄለን; Mebrat|መብራት; Semhar|ሰምሃር; Luwam|ሉዋም; Saba|ሳባ; Rahwa|ራህዋ"),
        s=P(
            "Tekle|ተኽለ; Ghebremariam|ገብረማርያም; Berhane|በርሀነ; Kidane|ኪዳነ; Woldu|ወልዱ; Mehari|መሓሪ; Asmerom|ኣስመሮም; Tesfamariam|ተስፋማርያም"
        ),
        towns=["Asmara", "Keren", "Mendefera", "Adi Keyh", "Dekemhare", "Massawa", "Barentu", "Senafe"],
        ids=["er.national", "er.passport"],
        phone="ER",
        script="ethi",
        eth=["Tigre", "Saho", "Kunama", "Bilen", "Afar"],
    ),
    "ET": dict(
        m=P("Mulugeta|ሙሉጌታ; Getachew|ጌታቸው; Abiy|ዓብይ; Tewodros|ቴዎድሮስ; Yared|ያሬድ; Henok|ሄኖክ"),
        f=P("Tigist|ትዕግስት; Meron|ሜሮን; Hirut|ሂሩት; Bethlehem|ቤተልሔም; Mahlet|ማህሌት; Selamawit|ሰላማዊት"),
        s=P("Bekele|በቀለ; Alemu|ዓለሙ; Desta|ደስታ; Tadesse|ታደሰ; Girma|ግርማ; Wolde|ወልዴ; Assefa|አሰፋ"),
        towns=["Gondar", "Dessie", "Mekelle", "Bahir Dar", "Jimma", "Adigrat", "Shire", "Humera"],
        ids=["et.fayda", "et.passport"],
        phone="ET",
        script="ethi",
        eth=["Tigrayan", "Oromo", "Amhara", "Somali", "Afar", "Sidama"],
    ),
    "IQ": dict(
        m=P("Rebwar|ڕێبوار; Karwan|کاروان; Hawre|هاوڕێ; Dilshad|دلشاد; Saman|سامان; Ali|علي; Haider|حيدر"),
        f=P("Shilan|شیلان; Nazdar|نازدار; Shno|شنۆ; Avin|ئاڤین; Zainab|زينب; Hana|هناء; Sazan|سازان"),
        s=P(
            "Aziz|عەزیز; Mahmud|مەحموود; Rashid|ڕەشید; Salih|ساڵح; Al-Jubouri|الجبوري; Kakai|کاکەیی; Barzani-Omer|بەرزانی عومەر"
        ),
        towns=["Sulaymaniyah", "Erbil", "Kirkuk", "Halabja", "Duhok", "Ranya", "Sinjar", "Mosul", "Tal Afar", "Basra"],
        ids=["iq.national", "iq.passport"],
        phone="IQ",
        script="arabic",
        eth=["Kurdish", "Yazidi", "Turkmen", "Shabak", "Assyrian", "Arab"],
    ),
    "SD": dict(
        m=P("Abdelrahman|عبد الرحمن; Mujahid|مجاهد; Hamza|حمزة; Musab|مصعب; Elfatih|الفاتح; Adil|عادل"),
        f=P("Amal|أمل; Mawada|مودة; Ishraga|إشراقة; Tasneem|تسنيم; Samah|سماح; Rayan|ريان"),
        s=P("Osman|عثمان; Abdalla|عبدالله; Adam|آدم; Ibrahim|إبراهيم; Elnour|النور; Yagoub|يعقوب; Haroun|هارون"),
        towns=["El Fasher", "Nyala", "Geneina", "Omdurman", "Kassala", "El Obeid", "Zalingei", "Kutum"],
        ids=["sd.national", "sd.passport"],
        phone="SD",
        script="arabic",
        eth=["Masalit", "Fur", "Zaghawa", "Nuba", "Beja", "Arab"],
    ),
    "SO": dict(
        m=P("Abdirahman; Mohamud; Bashir; Liban; Abdiweli; Guled; Mahad; Ayanle"),
        f=P("Hodan; Fartun; Ayaan; Sahra; Filsan; Ubah; Nasteho; Idil"),
        s=P("Farah; Hassan; Jama; Abdi; Nur; Egal; Dirie; Warsame; Samatar"),
        towns=["Mogadishu", "Baidoa", "Kismayo", "Beledweyne", "Galkayo", "Burao", "Jowhar", "Afgoye"],
        ids=["so.passport"],
        phone="SO",
        script=None,
        eth=["Somali Bantu", "Benadiri", "Bajuni", "Madhiban"],
    ),
    "UA": dict(
        m=P(
            "Mykola|Микола; Andriy|Андрій; Bohdan|Богдан; Taras|Тарас; Serhiy|Сергій; Oleksiy|Олексій; Yaroslav|Ярослав"
        ),
        f=P(
            "Oksana|Оксана; Iryna|Ірина; Olena|Олена; Yulia|Юлія; Nataliya|Наталія; Khrystyna|Христина; Solomiya|Соломія"
        ),
        s=P(
            "Kovalenko|Коваленко; Shevchuk|Шевчук; Melnyk|Мельник; Bondarenko|Бондаренко; Tkachenko|Ткаченко; Hrytsenko|Гриценко; Savchuk|Савчук; Lysenko|Лисенко"
        ),
        towns=[
            "Kharkiv",
            "Mariupol",
            "Kherson",
            "Zaporizhzhia",
            "Chernihiv",
            "Bakhmut",
            "Sumy",
            "Izium",
            "Mykolaiv",
            "Berdiansk",
        ],
        ids=["ua.idcard", "ua.passport", "ua.old"],
        phone="UA",
        script="cyr",
        eth=["Crimean Tatar", "Roma", "Ukrainian", "Greek"],
    ),
    "IR": dict(
        m=P("Arash|آرش; Mehdi|مهدی; Babak|بابک; Kaveh|کاوه; Omid|امید; Siavash|سیاوش"),
        f=P("Shirin|شیرین; Negar|نگار; Mahsa|مهسا; Parisa|پریسا; Leila|لیلا; Setareh|ستاره"),
        s=P("Rezaei|رضایی; Moradi|مرادی; Tehrani|تهرانی; Jafari|جعفری; Kazemi|کاظمی; Hosseini|حسینی; Ahmadi|احمدی"),
        towns=["Tabriz", "Shiraz", "Isfahan", "Kermanshah", "Ahvaz", "Mashhad", "Sanandaj", "Zahedan", "Urmia"],
        ids=["ir.melli", "ir.passport"],
        phone="IR",
        script="persian",
        eth=["Kurdish", "Baloch", "Ahwazi Arab", "Azeri", "Lur"],
    ),
    "GE": dict(
        m=P("Giorgi|გიორგი; Levan|ლევან; Irakli|ირაკლი; Davit|დავით; Zurab|ზურაბ"),
        f=P("Nino|ნინო; Tamar|თამარ; Ketevan|ქეთევან; Mariam|მარიამ; Salome|სალომე"),
        s=P(
            "Beridze|ბერიძე; Kapanadze|კაპანაძე; Gelashvili|გელაშვილი; Lomidze|ლომიძე; Tsiklauri|წიკლაური; Japaridze|ჯაფარიძე"
        ),
        towns=["Kutaisi", "Batumi", "Gori", "Zugdidi", "Rustavi", "Telavi", "Poti"],
        ids=["ge.personal", "ge.passport"],
        phone="GE",
        script="geo",
        eth=["Abkhaz", "Ossetian", "Armenian", "Azeri"],
    ),
    "LK": dict(
        m=P("Tharshan|தர்ஷன்; Nirojan|நிரோஜன்; Ravindran|ரவீந்திரன்; Kajan|கஜன்; Sutharsan|சுதர்சன்"),
        f=P("Kavitha|கவிதா; Sangeetha|சங்கீதா; Thivya|திவ்யா; Mathura|மதுரா; Abirami|அபிராமி"),
        s=P("Sivakumar|சிவகுமார்; Jeyaraj|ஜெயராஜ்; Thangarajah|தங்கராஜா; Balasingham|பாலசிங்கம்; Kandiah|கந்தையா"),
        towns=["Jaffna", "Kilinochchi", "Mullaitivu", "Batticaloa", "Vavuniya", "Trincomalee", "Point Pedro"],
        ids=["lk.nic_old", "lk.nic"],
        phone="LK",
        script="tamil",
        eth=["Tamil", "Muslim Moor", "Burgher"],
    ),
    "CD": dict(
        m=P("Patient; Héritier; Mbuyi; Nsimba; Chancel; Dieumerci; Jonathan-Kiza"),
        f=P("Espérance; Grâce; Divine; Furaha; Neema; Bahati; Consolata"),
        s=P("Mukendi; Kalonji; Ilunga; Tshibangu; Mbala; Lukusa; Kasongo; Nzuzi; Bisimwa"),
        towns=["Goma", "Bukavu", "Bunia", "Kananga", "Uvira", "Beni", "Kisangani", "Rutshuru"],
        ids=["cd.voter"],
        phone="CD",
        script=None,
        eth=["Banyamulenge", "Hema", "Lendu", "Nande", "Tutsi", "Luba"],
    ),
    "VE": dict(
        m=P("Yeferson; Luis Alfredo; Carlos Eduardo; Jhonny; Wuilmer; Dixon"),
        f=P("María José; Daniela; Yorbelis; Andreína; Yusmary; Génesis"),
        s=P("Rondón; Guerrero; Pérez Linares; Castillo; Mendoza; Arteaga; Colmenares; Quintero"),
        towns=["Maracaibo", "Barquisimeto", "San Cristóbal", "Valencia", "Maturín", "Ciudad Bolívar", "Mérida"],
        ids=["ve.cedula"],
        phone="VE",
        script=None,
        eth=["Wayuu", "Warao", "Afro-Venezuelan", "Pemón"],
    ),
}

# ------------------------------------------------------------------ European pools
EU = {
    "GB": dict(
        m=P("Oliver; Callum; Declan; Rhys; Jamal; Tomasz; Kwame; Harjit; Liam; Ewan; Craig; Imran"),
        f=P("Chloe; Bethany; Siobhan; Priya; Amira; Megan; Leanne; Niamh; Gemma; Folasade; Kirsty; Aleksandra"),
        s=P(
            "Whitfield; Okonkwo; Thornton; Bhattacharya; Pryce; MacLeod; Hargreaves; Begum; Nowak; Fairclough; Adeyemi; Wainwright; Sandhu; Osei"
        ),
        nid=["gb.nino", "gb.nhs"],
    ),
    "IE": dict(
        m=P("Cian; Oisín; Darragh; Pádraig; Eoin; Tadhg; Ronan; Fiachra"),
        f=P("Aoife; Saoirse; Clodagh; Róisín; Gráinne; Orla; Caoimhe; Sinéad"),
        s=P(
            "Ó Súilleabháin; Mac Carthaigh; Brennan; Fitzgerald; Dunne; Kavanagh; Ní Bhriain; Moriarty; Tierney; Ó Néill"
        ),
        nid=["ie.pps"],
    ),
    "DE": dict(
        m=P("Jörg; Matthias; Lukas; Uwe; Dieter; Fabian; Hakan; Stefan; Niklas; Volker; Mehmet"),
        f=P("Anneliese; Katrin; Sabine; Jana; Ute; Lea; Ayşe; Franziska; Birgit; Svenja; Dragana"),
        s=P(
            "Schwarzkopf; Brinkmann; Ziegler; Hoffmeister; Kowalczyk; Lindemann; Yıldız; Eberhardt; Pfeiffer; Kühne; Albrecht; Wendland"
        ),
        nid=["de.idnr", "de.rvnr"],
    ),
    "AT": dict(
        m=P("Florian; Alois; Bernhard; Wolfgang; Ferdinand"),
        f=P("Theresa; Magdalena; Veronika; Elisabeth; Johanna"),
        s=P("Hofbauer; Gruber; Pichler; Leitner; Moser; Steinwender; Wallner"),
        nid=["at.vnr"],
    ),
    "NL": dict(
        m=P("Joost; Sander; Bram; Wouter; Mustafa; Thijs; Koen; Ruud; Jeroen"),
        f=P("Marieke; Anouk; Femke; Sanne; Fatima; Ilse; Wilhelmina; Lotte; Esther"),
        s=P(
            "van der Meulen; de Vries; Bakker; Visser; Kuipers; El Amrani; van Dijk; Hendriks; de Groot; Mulder; Smits; Verhoeven"
        ),
        nid=["nl.bsn"],
    ),
    "CH": dict(
        m=P("Urs; Beat; Reto; Luca; Marco; Samuel; Jonas; Gian-Andrea; Noah; Ueli"),
        f=P("Regula; Corinne; Seraina; Nadia; Chiara; Mirjam; Ladina; Fabienne; Vreni"),
        s=P("Bachmann; Zürcher; Brunner; Gerber; Rochat; Favre; Bernasconi; Hürlimann; Meier-Stucki; Caflisch; Lüthi"),
        nid=["ch.ssn"],
    ),
    "FR": dict(
        m=P("Mathieu; Guillaume; Thibault; Karim; Yannick; Sébastien; Benoît; Loïc; Moussa; Étienne"),
        f=P("Camille; Sandrine; Élodie; Nathalie; Amandine; Leïla; Solène; Margaux; Aurélie; Awa"),
        s=P(
            "Lefebvre; Garnier; Rousseau; Benali; Chevalier; Marchand; Fontaine; Lemoine; Diallo; Perrin; Gauthier; Mercier"
        ),
        nid=["fr.nir"],
    ),
    "BE": dict(
        m=P("Pieter; Wout; Jens; Arnaud; Maxime; Youssef; Kobe; Thibaut; Dries"),
        f=P("Lien; Elke; Nele; Manon; Pauline; Laure; Yasmina; Griet; Sofie"),
        s=P(
            "Peeters; Janssens; Maes; Claes; Dumont; Lambert; Vandenberghe; De Smet; Wouters; Goossens; Mertens; Lejeune"
        ),
        nid=["be.nn"],
    ),
    "SE": dict(
        m=P("Björn; Anders; Oskar; Johan; Mikael; Emil; Ahmed; Per"),
        f=P("Ingrid; Karin; Elin; Maja; Linnea; Astrid; Sofia; Frida"),
        s=P("Lindqvist; Bergström; Nyström; Åberg; Holmgren; Sundberg; Ekström; Forsberg"),
        nid=["se.personnummer"],
    ),
    "NO": dict(
        m=P("Håkon; Sindre; Eirik; Torbjørn; Magnus; Øystein; Kristoffer"),
        f=P("Ingvild; Solveig; Sigrid; Kari; Ragnhild; Tuva; Marit"),
        s=P("Haugland; Bakke; Solberg; Strand; Johansen; Myrvold; Aasen; Ødegård"),
        nid=["no.fodselsnummer"],
    ),
    "DK": dict(
        m=P("Rasmus; Mads; Søren; Kasper; Jesper; Frederik"),
        f=P("Mette; Signe; Freja; Louise; Trine; Ida"),
        s=P("Kjærgaard; Møller; Thomsen; Christensen; Dalsgaard; Lauritsen; Bech"),
        nid=["dk.cpr"],
    ),
    "FI": dict(
        m=P("Juha; Mikko; Antti; Ville; Tuomas; Jarkko"),
        f=P("Aino; Johanna; Sanna; Riikka; Tuuli; Pirjo"),
        s=P("Virtanen; Korhonen; Mäkelä; Nieminen; Heikkinen; Laaksonen; Hämäläinen"),
        nid=["fi.hetu"],
    ),
    "IT": dict(
        m=P("Alessandro; Giuseppe; Matteo; Davide; Lorenzo; Salvatore"),
        f=P("Giulia; Francesca; Chiara; Federica; Ilaria; Rosaria"),
        s=P("Esposito; Colombo; Ricci; Bianchi; Lombardi; Ferraro; Galli; Marino"),
        nid=["it.codicefiscale"],
    ),
    "ES": dict(
        m=P("Javier; Alejandro; Iñaki; Jordi; Sergio; Raúl"),
        f=P("Lucía; Carmen; Nerea; Montserrat; Ainhoa; Pilar"),
        s=P("García Ortega; Navarro; Iglesias; Vidal; Etxeberria; Moreno; Sáez; Domínguez"),
        nid=["es.dni", "es.nie"],
    ),
    "PL": dict(
        m=P("Krzysztof; Paweł; Grzegorz; Michał; Wojciech"),
        f=P("Agnieszka; Katarzyna; Małgorzata; Joanna; Zofia"),
        s=P("Wiśniewski; Zieliński; Wójcik; Kamiński; Lewandowski; Dąbrowski"),
        nid=["pl.pesel"],
    ),
}

# --------------------------------------------------------------- towns/streets
# town -> (postcode pattern or fixed code, region hint)
TOWNS = {
    "GB": [
        ("Leeds", "LS"),
        ("Bristol", "BS"),
        ("Manchester", "M"),
        ("Glasgow", "G"),
        ("Cardiff", "CF"),
        ("Norwich", "NR"),
        ("Sheffield", "S"),
        ("Leicester", "LE"),
        ("Plymouth", "PL"),
        ("Luton", "LU"),
        ("Belfast", "BT"),
        ("Swansea", "SA"),
        ("Middlesbrough", "TS"),
        ("Hackney", "E"),
        ("Croydon", "CR"),
    ],
    "IE": [
        ("Drogheda", "A92"),
        ("Galway", "H91"),
        ("Limerick", "V94"),
        ("Tralee", "V92"),
        ("Sligo", "F91"),
        ("Athlone", "N37"),
        ("Dundalk", "A91"),
        ("Kilkenny", "R95"),
        ("Ennis", "V95"),
        ("Cork", "T12"),
        ("Tallaght", "D24"),
        ("Bray", "A98"),
    ],
    "DE": [
        ("Köln", "50"),
        ("Leipzig", "04"),
        ("Bielefeld", "33"),
        ("Kassel", "34"),
        ("Mannheim", "68"),
        ("Rostock", "18"),
        ("Nürnberg", "90"),
        ("Gelsenkirchen", "45"),
        ("Freiburg im Breisgau", "79"),
        ("Bremen", "28"),
        ("Erfurt", "99"),
        ("Duisburg", "47"),
        ("Augsburg", "86"),
        ("Chemnitz", "09"),
    ],
    "AT": [("Wien", "1"), ("Graz", "8"), ("Linz", "4"), ("Innsbruck", "6"), ("Salzburg", "5"), ("Klagenfurt", "9")],
    "NL": [
        ("Utrecht", "35"),
        ("Rotterdam", "30"),
        ("Groningen", "97"),
        ("Tilburg", "50"),
        ("Zwolle", "80"),
        ("Almere", "13"),
        ("Eindhoven", "56"),
        ("Leeuwarden", "89"),
        ("Nijmegen", "65"),
        ("Den Haag", "25"),
        ("Haarlem", "20"),
        ("Enschede", "75"),
    ],
    "CH": [
        ("Zürich", "80"),
        ("Bern", "30"),
        ("Lausanne", "10"),
        ("Genève", "12"),
        ("Basel", "40"),
        ("Winterthur", "84"),
        ("Lugano", "69"),
        ("St. Gallen", "90"),
        ("Biel/Bienne", "25"),
        ("Fribourg", "17"),
        ("Chur", "70"),
        ("Luzern", "60"),
    ],
    "FR": [
        ("Lyon", "69"),
        ("Marseille", "13"),
        ("Lille", "59"),
        ("Rennes", "35"),
        ("Strasbourg", "67"),
        ("Montpellier", "34"),
        ("Nantes", "44"),
        ("Saint-Denis", "93"),
        ("Grenoble", "38"),
        ("Roubaix", "59"),
        ("Toulouse", "31"),
        ("Clermont-Ferrand", "63"),
    ],
    "BE": [
        ("Liège", "4000"),
        ("Gent", "9000"),
        ("Antwerpen", "2000"),
        ("Charleroi", "6000"),
        ("Namur", "5000"),
        ("Leuven", "3000"),
        ("Mechelen", "2800"),
        ("Schaerbeek", "1030"),
        ("Molenbeek-Saint-Jean", "1080"),
        ("Brugge", "8000"),
        ("Hasselt", "3500"),
        ("Mons", "7000"),
    ],
    "SE": [
        ("Malmö", "21"),
        ("Göteborg", "41"),
        ("Uppsala", "75"),
        ("Örebro", "70"),
        ("Linköping", "58"),
        ("Umeå", "90"),
    ],
    "NO": [
        ("Bergen", "50"),
        ("Trondheim", "70"),
        ("Stavanger", "40"),
        ("Drammen", "30"),
        ("Tromsø", "90"),
        ("Kristiansand", "46"),
    ],
    "DK": [
        ("Aarhus C", "8000"),
        ("Odense C", "5000"),
        ("Aalborg", "9000"),
        ("Esbjerg", "6700"),
        ("Vejle", "7100"),
        ("Randers C", "8900"),
    ],
    "FI": [("Tampere", "33"), ("Turku", "20"), ("Oulu", "90"), ("Jyväskylä", "40"), ("Vantaa", "01"), ("Kuopio", "70")],
    "IT": [("Bologna", "40"), ("Torino", "10"), ("Bari", "70"), ("Verona", "37"), ("Palermo", "90"), ("Padova", "35")],
    "ES": [
        ("Zaragoza", "50"),
        ("Valladolid", "47"),
        ("Málaga", "29"),
        ("Bilbao", "48"),
        ("Murcia", "30"),
        ("Girona", "17"),
    ],
    "PL": [("Gdańsk", "80"), ("Poznań", "60"), ("Lublin", "20"), ("Wrocław", "50"), ("Kraków", "30"), ("Łódź", "90")],
}

STREETS = {
    "GB": [
        "Larch Close",
        "Beeches Road",
        "Cranbrook Avenue",
        "Victoria Terrace",
        "Mill Lane",
        "Priory Walk",
        "Sycamore Drive",
        "Hollis Crescent",
        "Station Approach",
        "Albion Street",
        "Kingsway",
        "Moorland View",
        "Tanner's Row",
        "Gower Place",
    ],
    "IE": [
        "Ardmore Park",
        "Church View",
        "Beechwood Lawns",
        "Main Street",
        "Castle Road",
        "Oakfield Grove",
        "Fairgreen Terrace",
        "Bóthar na Trá",
        "Cois Abhann",
        "Sráid an Mhuilinn",
    ],
    "DE": [
        "Lindenstraße",
        "Am Mühlbach",
        "Goethestraße",
        "Bahnhofstraße",
        "Kastanienallee",
        "Wilhelm-Busch-Weg",
        "Hauptstraße",
        "Uhlandstraße",
        "Am Schlachthof",
        "Ringstraße",
        "Eichendorffweg",
        "Talstraße",
    ],
    "AT": ["Mariahilfer Straße", "Grabenweg", "Lastenstraße", "Kärntner Ring", "Herrengasse", "Feldgasse"],
    "NL": [
        "Kerkstraat",
        "Lindelaan",
        "Vondelstraat",
        "Molenweg",
        "Prinsengracht",
        "Dorpsstraat",
        "Oranjeplein",
        "Zonnebloemstraat",
        "Van Speijkstraat",
        "Nieuwe Binnenweg",
    ],
    "CH": [
        "Bahnhofstrasse",
        "Seefeldstrasse",
        "Rue de Lausanne",
        "Chemin des Vignes",
        "Via Nassa",
        "Dorfstrasse",
        "Avenue de la Gare",
        "Kornhausstrasse",
        "Rue du Marché",
        "Gartenweg",
    ],
    "FR": [
        "rue des Lilas",
        "avenue Jean-Jaurès",
        "boulevard Voltaire",
        "rue de la République",
        "impasse des Tilleuls",
        "allée des Peupliers",
        "rue Paul-Bert",
        "chemin du Moulin",
        "place de l'Église",
        "rue Victor-Hugo",
    ],
    "BE": [
        "Rue de la Station",
        "Kerkstraat",
        "Avenue des Aubépines",
        "Stationsstraat",
        "Rue Saint-Gilles",
        "Veldstraat",
        "Chaussée de Gand",
        "Rue Haute",
        "Groenplaats",
        "Boulevard d'Avroy",
    ],
    "SE": ["Storgatan", "Drottninggatan", "Kungsvägen", "Björkvägen", "Sveavägen", "Järnvägsgatan"],
    "NO": ["Storgata", "Kirkeveien", "Strandgaten", "Møllerveien", "Skansegaten", "Fjellveien"],
    "DK": ["Nørregade", "Vestergade", "Søndergade", "Frederiksgade", "Skolevej", "Østerbrogade"],
    "FI": ["Hämeenkatu", "Aleksanterinkatu", "Koivukuja", "Rantatie", "Puistokatu", "Satamakatu"],
    "IT": [
        "Via Garibaldi",
        "Via Roma",
        "Corso Vittorio Emanuele",
        "Via dei Mille",
        "Viale Mazzini",
        "Via San Francesco",
    ],
    "ES": [
        "Calle Mayor",
        "Avenida de la Constitución",
        "Calle del Pilar",
        "Paseo de Gracia",
        "Calle San Vicente",
        "Rúa Nova",
    ],
    "PL": ["ul. Długa", "ul. Mickiewicza", "ul. Piotrkowska", "ul. Kwiatowa", "al. Niepodległości", "ul. Lipowa"],
}

# countries whose addresses put the house number first
NUMBER_FIRST = {"GB", "IE", "FR"}

# asylum host-country reception-centre towns (host country -> towns)
HOST_TOWNS = {
    "DE": ["Bramsche", "Eisenhüttenstadt", "Suhl", "Gießen", "Halberstadt", "Bamberg"],
    "NL": ["Ter Apel", "Budel", "Zweeloo", "Gilze", "Dronten"],
    "CH": ["Chiasso", "Boudry", "Kreuzlingen", "Altstätten", "Basel"],
    "AT": ["Traiskirchen", "Thalham", "Schwechat"],
    "GB": ["Folkestone", "Bootle", "Wakefield", "Wethersfield"],
    "BE": ["Poelkapelle", "Jabbeke", "Arendonk"],
    "GR": ["Moria", "Lavrio", "Malakasa", "Samos"],
    "IT": ["Lampedusa", "Crotone", "Pozzallo", "Mineo"],
    "SE": ["Märsta", "Flen", "Boden"],
    "IE": ["Mosney", "Citywest", "Balseskin"],
    "FR": ["Calais", "Grande-Synthe", "Briançon", "Menton"],
}

# transit towns on migration routes
TRANSIT = [
    "Gaziantep",
    "Izmir",
    "Van",
    "Edirne",
    "Tripoli",
    "Agadez",
    "Misrata",
    "Sabha",
    "Khartoum",
    "Kassala",
    "Erbil",
    "Beirut",
    "Mafraq",
    "Amman",
    "Peshawar",
    "Quetta",
    "Tabriz",
    "Kakuma",
    "Dadaab",
    "Shagarab",
    "Ventimiglia",
    "Bihać",
    "Subotica",
    "Velika Kladuša",
    "Calais",
    "Lviv",
]
