"""Hand-written pools for the v22 held-out corpus (written from general knowledge)."""


def S(s):
    return [x.strip() for x in s.split("|") if x.strip()]


L = {}

L["UK"] = dict(
    m=S(
        "Oliver|Jack|Harry|Callum|Liam|Dean|Gareth|Kieran|Tomasz|Rhys|Aaron|Nathan|Wayne|Imran|Declan|Reece|Stuart|Graham"
    ),
    f=S("Amelia|Chloe|Jade|Stacey|Lauren|Bethany|Gemma|Nadia|Kirsty|Sophie|Leanne|Hollie|Aisha|Megan|Paige|Tracey"),
    s=S(
        "Thompson|Hughes|Whitfield|Barraclough|Okafor|Pritchard|Ashworth|Kowalski|Bennett|Hussain|Fairbrother|Lloyd|Daley|Cartwright|Holroyd|Nwosu|Patel|Sutcliffe|Ellison|Marsden"
    ),
    towns=S(
        "Rotherham|Barnsley|Kettering|Wisbech|Halifax|Accrington|Rhyl|Stevenage|Grimsby|Gateshead|Mansfield|Bootle|Merthyr Tydfil|Redditch|Skegness|Wigan|Crawley|Hartlepool"
    ),
    streets=S(
        "Cemetery Road|Albert Terrace|Hollins Lane|Coronation Street|Beechwood Avenue|Station Approach|Marlborough Close|Chapel Street|Kingsway|Wellington Road|Priory Gardens|Mill Lane"
    ),
    region=S("South Yorkshire|Northamptonshire|West Yorkshire|Lancashire|Tyne and Wear|Merseyside|Kent|Essex"),
    post=lambda r: (
        "%s%d %d%s"
        % (
            r.choice(["S", "LS", "NN", "HX", "BB", "WN", "RH", "TS", "DN", "NE"]),
            r.randint(1, 40),
            r.randint(1, 9),
            "".join(r.choice("ABDEFGHJLNPQRSTUWXYZ") for _ in range(2)),
        )
    ),
)
L["SC"] = dict(
    m=S("Calum|Ewan|Fraser|Ruaridh|Hamish|Lewis|Murdo|Kyle|Craig|Alasdair|Euan|Finlay"),
    f=S("Eilidh|Iona|Kirsty|Morag|Shona|Catriona|Isla|Mhairi|Ailsa|Rhona|Fiona|Skye"),
    s=S(
        "MacLeod|Campbell|Fraser|MacDonald|Stewart|McAllister|Robertson|Munro|Sinclair|Gillespie|Dunlop|McIntyre|Baird|Paterson"
    ),
    towns=S(
        "Kilmarnock|Paisley|Motherwell|Kirkcaldy|Dundee|Inverness|Stornoway|Airdrie|Livingston|Falkirk|Dunfermline|Fort William|Partick|Leith"
    ),
    streets=S(
        "Sauchiehall Street|Dumbarton Road|Leith Walk|Maryhill Road|Gallowgate|Lochee Road|Craigpark Drive|Annfield Place"
    ),
    region=S("Lanarkshire|Fife|Ayrshire|the Highlands|Renfrewshire|Lothian"),
    post=lambda r: (
        "%s%d %d%s"
        % (
            r.choice(["G", "EH", "KA", "PA", "DD", "IV", "KY", "ML"]),
            r.randint(1, 40),
            r.randint(1, 9),
            "".join(r.choice("ABDEFGHJLNPQRSTUWXYZ") for _ in range(2)),
        )
    ),
)
L["IE"] = dict(
    m=S("Cian|Darragh|Oisín|Seán|Pádraig|Conor|Eoin|Tadhg|Niall|Cathal|Ronan|Fionn"),
    f=S("Aoife|Siobhán|Niamh|Caoimhe|Saoirse|Gráinne|Orla|Róisín|Clodagh|Sinéad|Ciara|Méabh"),
    s=S(
        "Ó Súilleabháin|Murphy|Byrne|Kavanagh|Ní Bhriain|Fitzgerald|Keane|O'Donoghue|Mac Giolla|Doherty|Brennan|Moloney|Whelan|Nolan|McGrath"
    ),
    towns=S(
        "Ballymun|Tallaght|Mallow|Tralee|Ennis|Athlone|Castlebar|Dundalk|Navan|Clondalkin|Letterkenny|Portlaoise|Gorey|Ballina"
    ),
    streets=S(
        "Main Street|Church Road|Dublin Road|Sráid an Mhuilinn|Parnell Street|O'Connell Avenue|Greenpark Lawns|Ard na Gréine|St Brigid's Terrace|Bóthar na Trá"
    ),
    region=S("Co. Cork|Co. Kerry|Co. Clare|Co. Mayo|Co. Louth|Co. Meath|Co. Donegal|Co. Wexford"),
    post=lambda r: (
        "%s%02d %s"
        % (
            r.choice(["D", "T", "V", "H", "A", "F"]),
            r.randint(1, 24),
            "".join(r.choice("ACDEFHKNPRTVWXY0123456789") for _ in range(4)),
        )
    ),
)
L["US"] = dict(
    m=S("Tyler|DeShawn|Brandon|Cody|Luis|Marcus|Jake|Dustin|Andre|Travis|Kevin|Jamal|Hunter|Miguel|Ryan"),
    f=S("Brittany|Kayla|Latoya|Ashley|Destiny|Maria|Jessica|Hannah|Alexis|Tiffany|Courtney|Yesenia|Madison"),
    s=S(
        "Hernandez|Washington|Kowalczyk|Miller|Johnson|Nguyen|Dubois|O'Brien|Rodriguez|Jackson|Baker|Schultz|Patterson|Alvarez|Greenberg|Whitaker"
    ),
    towns=S("Toledo|Dayton|Fresno|Bakersfield|Pueblo|Gary|Camden|Lubbock|Scranton|Flint|Waco|Yakima|Macon|Erie|Muncie"),
    streets=S(
        "Maple Avenue|E 14th Street|Sycamore Drive|Martin Luther King Jr Blvd|Elm Street|Old Mill Road|W Lincoln Highway|Cedar Lane|Pine Ridge Court|Route 9"
    ),
    region=S("Ohio|California|Colorado|Indiana|New Jersey|Texas|Pennsylvania|Michigan|Washington State|Georgia"),
    post=lambda r: "%05d" % r.randint(10001, 99950),
)
L["CA"] = dict(
    m=S("Jean-François|Liam|Gurpreet|Tyler|Mathieu|Noah|Ethan|Ravi|Kwame|Étienne"),
    f=S("Émilie|Chantal|Harpreet|Brooke|Kaitlyn|Maëlle|Jasmine|Tanis|Geneviève|Avery"),
    s=S("Tremblay|Gagnon|Sandhu|MacKenzie|Bouchard|Cardinal|Wong|Fortin|Grewal|Lavoie|McNeil|Ouellet"),
    towns=S(
        "Brampton|Sudbury|Moncton|Red Deer|Trois-Rivières|Saskatoon|Thunder Bay|Kamloops|Surrey|Gatineau|Lethbridge"
    ),
    streets=S(
        "Rue Saint-Denis|Queen Street East|Portage Avenue|Jasper Avenue|Boulevard Laurier|Main Street North|Bayview Crescent|Rideau Road"
    ),
    region=S("Ontario|Alberta|Quebec|Manitoba|New Brunswick|British Columbia|Saskatchewan|Nova Scotia"),
    post=lambda r: (
        "%s%d%s %d%s%d"
        % (
            r.choice("ABEGHJKLMNRSTVXY"),
            r.randint(0, 9),
            r.choice("ABCEGHJKLMNPRSTVWXYZ"),
            r.randint(0, 9),
            r.choice("ABCEGHJKLMNPRSTVWXYZ"),
            r.randint(0, 9),
        )
    ),
)
L["AU"] = dict(
    m=S("Lachlan|Brody|Jarrah|Mitchell|Nguyen Van|Corey|Hamish|Daniel|Tane|Shane|Bailey|Kieran"),
    f=S("Tahlia|Kylie|Shannon|Mia|Brooke|Chantelle|Jacinta|Lily|Kirra|Sienna|Tegan"),
    s=S("Nguyen|Papadopoulos|Kelly|Smith|O'Neill|Tran|Walker|Fitzsimons|Russo|Campbell|Kaur|Brennan"),
    towns=S(
        "Dubbo|Wagga Wagga|Toowoomba|Bundaberg|Ballarat|Mildura|Geelong|Cairns|Bankstown|Parramatta|Frankston|Launceston|Mount Druitt|Elizabeth"
    ),
    streets=S(
        "Bridge Street|Macquarie Road|Gympie Road|Wattle Grove|Banksia Crescent|Pacific Highway|Bunya Street|Hume Highway|Jacaranda Avenue"
    ),
    region=S("NSW|Queensland|Victoria|South Australia|Tasmania|WA"),
    post=lambda r: "%04d" % r.randint(2000, 7250),
)
L["NZ"] = dict(
    m=S("Tama|Nikau|Hemi|Wiremu|Ropata|Sione|Lachie|Connor|Tipene|Mikaere"),
    f=S("Aroha|Mere|Anahera|Kiri|Ngaio|Moana|Mele|Kaia|Hinemoa|Ruby"),
    s=S("Ngata|Te Rangi|Parata|Tupou|Fifita|Wilson|Henare|Walker|Horomona|Tuhoe|Faleolo|Pōmare"),
    towns=S(
        "Ōtara|Porirua|Whangārei|Rotorua|Gisborne|Kaitaia|Papakura|Invercargill|Hamilton|Tauranga|Palmerston North|Ōpōtiki|Manurewa"
    ),
    streets=S(
        "Great South Road|Tainui Street|Cameron Road|Kowhai Street|Pōhutukawa Drive|Ngāti Awa Street|Queen Street|Te Ara Road"
    ),
    region=S("Waikato|Bay of Plenty|Northland|Southland|Tairāwhiti|Manawatū-Whanganui"),
    post=lambda r: "%04d" % r.randint(110, 9800),
)
L["ZA"] = dict(
    m=S("Sipho|Thabo|Pieter|Lwazi|Johan|Bongani|Kagiso|Mandla|Riaan|Tshepo|Themba|Yusuf"),
    f=S("Nomvula|Lerato|Zanele|Annelie|Palesa|Thandiwe|Refilwe|Nadia|Busisiwe|Marike|Khanyisile"),
    s=S(
        "Dlamini|Nkosi|van der Merwe|Mokoena|Botha|Ndlovu|Pillay|Khumalo|Naidoo|Mahlangu|Jacobs|Mthembu|Pretorius|Sithole"
    ),
    towns=S(
        "Soweto|Khayelitsha|Mitchells Plain|Umlazi|Tembisa|Mamelodi|Polokwane|Mthatha|Gqeberha|Benoni|Pietermaritzburg|Rustenburg|Kimberley|Bloemfontein"
    ),
    streets=S(
        "Vilakazi Street|Voortrekker Road|Main Reef Road|Jan Smuts Avenue|Church Street|Umgeni Road|Hendrik Potgieter Street|Khumalo Street"
    ),
    region=S("Gauteng|KwaZulu-Natal|Western Cape|Eastern Cape|Limpopo|Free State|Mpumalanga"),
    post=lambda r: "%04d" % r.randint(1, 9999),
)
L["IN"] = dict(
    m=S("Rahul|Arjun|Suresh|Vikram|Ramesh|Sandeep|Karthik|Amit|Rohit|Manoj|Anil|Siddharth|Pradeep|Venkatesh"),
    f=S("Priya|Sunita|Anjali|Deepika|Kavya|Pooja|Lakshmi|Meena|Sneha|Divya|Rekha|Aishwarya"),
    s=S("Sharma|Verma|Iyer|Nair|Reddy|Patil|Chatterjee|Gupta|Yadav|Deshmukh|Menon|Kulkarni|Singh|Rao|Mishra"),
    native=S(
        "राहुल शर्मा|सुनीता वर्मा|अमित यादव|पूजा गुप्ता|प्रियंका मिश्रा|அருண் குமார்|லட்சுமி ராஜன்|ప్రసాద్ రెడ్డి|রাজীব চট্টোপাধ্যায়|ಕಾವ್ಯಾ ಪಾಟೀಲ್"
    ),
    towns=S(
        "Andheri|Thane|Dadar|Koramangala|Whitefield|Chandni Chowk|Lajpat Nagar|Gachibowli|Salt Lake|Kothrud|Adyar|Dwarka|Aluva|Howrah|Nagpur|Indore|Lucknow|Ghaziabad"
    ),
    streets=S(
        "MG Road|Link Road|LBS Marg|Nehru Nagar|Gandhi Chowk|Station Road|100 Feet Road|Ring Road|Sector 14|Anna Salai|Tilak Path"
    ),
    region=S("Maharashtra|Karnataka|Kerala|Uttar Pradesh|Tamil Nadu|West Bengal|Telangana|Haryana"),
    post=lambda r: "%d%05d" % (r.randint(1, 8), r.randint(0, 99999)),
)
L["PK"] = dict(
    m=S("Muhammad Bilal|Usman|Hamza|Asad|Faisal|Zeeshan|Imran|Waqas|Ali Raza|Kamran|Shahid"),
    f=S("Ayesha|Sana|Mehwish|Hira|Rabia|Fatima|Saima|Kiran|Nida|Zainab"),
    s=S("Khan|Qureshi|Butt|Chaudhry|Malik|Siddiqui|Awan|Sheikh|Baloch|Abbasi|Mirza|Rana"),
    native=S("محمد بلال خان|عائشہ قریشی|حمزہ بٹ|ثناء ملک|عمران چوہدری|فاطمہ صدیقی|اسد اعوان"),
    towns=S(
        "Gulberg|Johar Town|Saddar|Clifton|Gulshan-e-Iqbal|Rawalpindi|Faisalabad|Multan|Peshawar|Hyderabad|Sialkot|Gujranwala|Bahria Town|Model Town"
    ),
    streets=S(
        "Mall Road|Jail Road|Shahrah-e-Faisal|Canal Road|Liberty Market Road|Ferozepur Road|Street 7, Block C|University Road"
    ),
    region=S("Punjab|Sindh|Khyber Pakhtunkhwa|Balochistan"),
    post=lambda r: "%05d" % r.randint(10000, 99999),
)
L["BD"] = dict(
    m=S("Md. Rafiqul|Tanvir|Shakil|Arif|Sabbir|Mahmudul|Rakib|Nazmul|Sohel|Habibur"),
    f=S("Nusrat|Farzana|Taslima|Shirin|Mitu|Sumaiya|Rupa|Jannatul|Afroza|Munni"),
    s=S("Islam|Hossain|Rahman|Akter|Chowdhury|Sarker|Begum|Uddin|Miah|Talukder|Khatun"),
    native=S("মোঃ রফিকুল ইসলাম|নুসরাত জাহান|তানভীর হোসেন|ফারজানা আক্তার|শাকিল চৌধুরী|সুমাইয়া রহমান"),
    towns=S(
        "Mirpur|Uttara|Mohammadpur|Gulshan|Dhanmondi|Jatrabari|Narayanganj|Gazipur|Sylhet|Rajshahi|Khulna|Cumilla|Bogura|Savar"
    ),
    streets=S(
        "Road 27|Lake Circus|Mirpur Road|Satmasjid Road|Green Road|Sector 10, Road 5|Bijoy Sarani|Kazi Nazrul Islam Avenue"
    ),
    region=S("Dhaka Division|Chattogram Division|Sylhet Division|Rajshahi Division"),
    post=lambda r: "%04d" % r.randint(1000, 9400),
)
L["LK"] = dict(
    m=S("Kasun|Chaminda|Nuwan|Ruwan|Tharindu|Dinesh|Pradeep|Suresh|Mohamed Rizwan|Kavinda|Nimal"),
    f=S("Dilani|Chathurika|Nadeesha|Sanduni|Tharushi|Ishara|Kumudu|Fathima Rizna|Nirosha|Malini"),
    s=S(
        "Perera|Fernando|Jayasuriya|Wickramasinghe|Bandara|Rajapaksha|Gunawardena|Dissanayake|Silva|Sivakumar|Herath|Ekanayake"
    ),
    native=S("කසුන් පෙරේරා|දිලානි ප්‍රනාන්දු|නුවන් බණ්ඩාර|සඳුනි හේරත්|சுரேஷ் சிவகுமார்|மாலினி தர்மலிங்கம்"),
    towns=S(
        "Maharagama|Nugegoda|Dehiwala|Kurunegala|Kandy|Galle|Matara|Negombo|Jaffna|Batticaloa|Panadura|Kaduwela|Anuradhapura|Ratnapura"
    ),
    streets=S(
        "High Level Road|Galle Road|Station Road|Temple Road|Kandy Road|Baseline Road|Hospital Junction Road|Pipeline Road"
    ),
    region=S("Western Province|Central Province|Southern Province|Sabaragamuwa"),
    post=lambda r: "%05d" % r.randint(10000, 90000),
)
L["NG"] = dict(
    m=S("Chukwuemeka|Oluwaseun|Tunde|Ifeanyi|Abubakar|Emeka|Babatunde|Chidi|Segun|Musa|Obinna|Kelechi"),
    f=S("Ngozi|Funmilayo|Chiamaka|Aisha|Adaeze|Folake|Blessing|Yetunde|Hauwa|Ifeoma|Nneka|Bisola"),
    s=S("Okonkwo|Adeyemi|Balogun|Eze|Nwachukwu|Olawale|Abdullahi|Okafor|Ogunleye|Uche|Adebayo|Ibrahim|Chukwu|Akinola"),
    towns=S(
        "Ikeja|Surulere|Yaba|Lekki|Ajegunle|Ikorodu|Oshodi|Enugu|Onitsha|Port Harcourt|Kaduna|Ibadan|Benin City|Aba|Gwarinpa|Wuse"
    ),
    streets=S(
        "Allen Avenue|Adeola Odeku Street|Herbert Macaulay Way|Ogunlana Drive|Awolowo Road|Ikorodu Road|Obafemi Awolowo Way|Aminu Kano Crescent"
    ),
    region=S("Lagos State|Enugu State|Rivers State|Kaduna State|Oyo State|Anambra State|FCT"),
    post=lambda r: "%06d" % r.randint(100001, 990000),
)
L["GH"] = dict(
    m=S("Kwame|Kofi|Kwabena|Yaw|Kojo|Nana Kwaku|Kwesi|Ebo|Fiifi|Selorm|Mawuli"),
    f=S("Ama|Akosua|Abena|Efua|Adwoa|Esi|Akua|Yaa|Afia|Dzifa|Naa Adjeley"),
    s=S("Mensah|Owusu|Boateng|Asante|Agyeman|Osei|Appiah|Tetteh|Quaye|Amoah|Darko|Addo|Ofori"),
    towns=S("Madina|Kasoa|Tema|Nima|Adabraka|Dansoman|Kumasi|Takoradi|Cape Coast|Tamale|Ho|Ashaiman|Teshie|Suame"),
    streets=S(
        "Oxford Street|Spintex Road|Ring Road Central|Liberation Road|Kwame Nkrumah Avenue|Lagos Avenue|Tesano Road"
    ),
    region=S("Greater Accra|Ashanti Region|Central Region|Volta Region|Northern Region"),
    post=lambda r: "%s-%03d-%04d" % (r.choice(["GA", "AK", "CC", "GT", "VH"]), r.randint(1, 999), r.randint(1, 9999)),
)
L["KE"] = dict(
    m=S("Otieno|Kipchoge|Mwangi|Kamau|Wanyama|Ochieng|Kiprono|Njoroge|Mutua|Baraka|Omondi"),
    f=S("Wanjiku|Achieng|Nyambura|Chebet|Akinyi|Wairimu|Mwikali|Atieno|Jepkemboi|Njeri"),
    s=S("Odhiambo|Kariuki|Mutiso|Kiplagat|Wafula|Maina|Onyango|Kimani|Muthoni|Ruto|Nyaga|Owino"),
    towns=S(
        "Kibera|Eastleigh|Kawangware|Githurai|Ruiru|Thika|Kisumu|Nakuru|Eldoret|Kitengela|Rongai|Mombasa|Kakamega|Machakos"
    ),
    streets=S(
        "Moi Avenue|Ngong Road|Jogoo Road|Thika Road|Kenyatta Avenue|Waiyaki Way|Oginga Odinga Street|Biashara Street"
    ),
    region=S("Nairobi County|Kiambu County|Kisumu County|Nakuru County|Machakos County"),
    post=lambda r: "%05d" % r.randint(100, 90000),
)
L["UG"] = dict(
    m=S("Ssemwanga|Mugisha|Okello|Byaruhanga|Kato|Tumusiime|Opio|Lubega|Wasswa|Ochan"),
    f=S("Nakato|Nansubuga|Akello|Namutebi|Atim|Kyomuhendo|Babirye|Nabirye|Auma|Ninsiima"),
    s=S("Ssali|Kiggundu|Mukasa|Obote|Tumwine|Nsubuga|Ocen|Kaweesa|Ayebare|Musoke|Ogwang"),
    towns=S("Kawempe|Nakawa|Ntinda|Kireka|Mukono|Entebbe|Jinja|Mbarara|Gulu|Lira|Wakiso|Masaka|Kabalagala|Bwaise"),
    streets=S("Kampala Road|Jinja Road|Bombo Road|Entebbe Road|Ggaba Road|Kira Road|Nkrumah Road"),
    region=S("Central Region|Wakiso District|Busoga|Acholi sub-region"),
    post=lambda r: "",
)
L["ZM"] = dict(
    m=S("Mwansa|Chanda|Mulenga|Bwalya|Chilufya|Musonda|Mwape|Kabwe|Lungu|Banda"),
    f=S("Mutinta|Natasha|Chileshe|Thandiwe|Mapalo|Luyando|Chipo|Mwaka|Nchimunya|Bupe"),
    s=S("Phiri|Banda|Mwale|Tembo|Zulu|Ngoma|Mumba|Sakala|Kunda|Chisenga|Kapembwa"),
    towns=S(
        "Matero|Kalingalinga|Chawama|Chilenje|Kabwata|Kitwe|Ndola|Livingstone|Chipata|Kabwe|Mansa|Chingola|Mandevu"
    ),
    streets=S("Cairo Road|Great East Road|Independence Avenue|Kafue Road|Chachacha Road|Los Angeles Boulevard"),
    region=S("Lusaka Province|Copperbelt Province|Southern Province|Eastern Province"),
    post=lambda r: "%05d" % r.randint(10101, 60000),
)
L["PH"] = dict(
    m=S("Juan Carlos|Mark Anthony|Jerome|Rodel|Jun-Jun|John Paul|Bong|Reynaldo|Christian|Jericho|Dodong"),
    f=S("Maria Cristina|Jennylyn|Mary Grace|Rowena|Kristine Joy|Marites|Lorna|Angelica|Princess|Joy|Rosalie"),
    s=S("Santos|dela Cruz|Reyes|Bautista|Mendoza|Villanueva|Garcia|Ramos|Aquino|Pascual|Manalo|Castillo|Soriano"),
    mid=S("D.|R.|M.|S.|V.|C.|B.|P."),
    towns=S(
        "Tondo|Sampaloc|Caloocan|Marikina|Pasig|Taguig|Cainta|Antipolo|Cebu City|Mandaue|Davao City|Bacolod|Iloilo City|Malabon|Bagong Silang"
    ),
    streets=S(
        "Rizal Avenue|Mabini Street|Aurora Boulevard|Sampaguita Street|P. Burgos Street|Purok 3, Bonifacio Street|Katipunan Avenue|Colon Street"
    ),
    region=S("Metro Manila|Rizal|Cebu|Davao del Sur|Bulacan|Laguna|Cavite"),
    post=lambda r: "%04d" % r.randint(1000, 9800),
)
L["MY"] = dict(
    m=S("Ahmad Faiz|Muhammad Hafiz|Tan Wei Ming|Lim Chee Keong|Rajesh|Muthu|Azlan|Wong Kah Hoe|Kumaresan|Amirul"),
    f=S("Nurul Aina|Siti Aishah|Tan Mei Ling|Kavitha|Nur Syafiqah|Lee Hui Min|Devi|Farah Nadia|Ong Siew Lan|Anis"),
    s=S("bin Ismail|binti Ahmad|a/l Subramaniam|a/p Rajan|bin Abdullah|binti Hassan|bin Osman|binti Yusof"),
    native=S("陈伟明|林志强|黄嘉豪|李慧敏|王秀兰|குமரேசன் சுப்பிரமணியம்"),
    towns=S(
        "Petaling Jaya|Subang Jaya|Shah Alam|Klang|Cheras|Ampang|Kepong|Johor Bahru|Ipoh|Seremban|Kota Bharu|Georgetown|Bukit Mertajam|Sentul"
    ),
    streets=S(
        "Jalan SS2/24|Jalan Tun Razak|Jalan Ampang|Lorong Maarof|Jalan Bukit Bintang|Jalan Kuchai Lama|Jalan Sultan Ismail|Persiaran Kayangan"
    ),
    region=S("Selangor|Johor|Penang|Perak|Kelantan|Negeri Sembilan|Sabah"),
    post=lambda r: "%05d" % r.randint(10000, 98000),
)
L["SG"] = dict(
    m=S(
        "Tan Jun Jie|Lim Wei Jian|Muhammad Irfan|Rajendran|Goh Kok Leong|Darren Ng|Ryan Teo|Hafiz|Sean Koh|Marcus Chua"
    ),
    f=S(
        "Tan Hui Shan|Nur Hidayah|Priya Devi|Jolene Lim|Sherilyn Ong|Vanessa Yeo|Siti Nurhaliza|Goh Pei Ling|Cheryl Tan"
    ),
    s=S(""),
    native=S("陈俊杰|林伟健|吴佩玲|黄慧珊|李嘉欣|张家豪"),
    towns=S(
        "Tampines|Woodlands|Jurong West|Ang Mo Kio|Bedok|Yishun|Sengkang|Toa Payoh|Hougang|Bukit Batok|Punggol|Choa Chu Kang|Pasir Ris|Clementi"
    ),
    streets=S(
        "Tampines Street 81|Woodlands Drive 14|Ang Mo Kio Avenue 3|Bedok North Road|Yishun Ring Road|Jurong West Street 52|Toa Payoh Lorong 1|Sengkang East Way"
    ),
    region=S(""),
    post=lambda r: "%06d" % r.randint(100000, 829999),
)
L["HK"] = dict(
    m=S(
        "Chan Tai Man|Wong Ka Ho|Leung Chi Wai|Cheung Siu Ming|Lau Kwok Keung|Ho Chun Yin|Ng Wing Kit|Tsang Ho Yin|Jason Lam|Kelvin Yip"
    ),
    f=S(
        "Chan Mei Ling|Wong Wai Yee|Lee Ka Yan|Cheung Hoi Ting|Lam Siu Fong|Tang Wing Sze|Carmen Ho|Winnie Fung|Ivy Kwok"
    ),
    s=S(""),
    native=S("陳大文|黃家豪|梁志偉|張小明|劉國強|李嘉欣|林小芳|鄧詠詩|何俊賢"),
    towns=S(
        "Sham Shui Po|Mong Kok|Kwun Tong|Tsuen Wan|Sha Tin|Tuen Mun|Yuen Long|Tin Shui Wai|Wong Tai Sin|North Point|Causeway Bay|Tseung Kwan O|Kowloon City|Tai Po"
    ),
    streets=S(
        "Nathan Road|Shanghai Street|Fa Yuen Street|Castle Peak Road|Hennessy Road|King's Road|Lung Cheung Road|Apliu Street"
    ),
    region=S("Kowloon|New Territories|Hong Kong Island"),
    post=lambda r: "",
)
L["JM"] = dict(
    m=S("Dwayne|Delroy|Kemar|Ricardo|Andre|Shamar|Garfield|Leroy|Tajay|Odane"),
    f=S("Shanice|Kimoy|Tanisha|Sherene|Nordia|Tashana|Shantelle|Marcia|Abigail|Jodian"),
    s=S("Campbell|Brown|Williams|Grant|McKenzie|Reid|Francis|Thompson|Morgan|Bailey|Gordon|Henry|Palmer"),
    towns=S(
        "Half Way Tree|Spanish Town|Portmore|Montego Bay|Mandeville|May Pen|Ocho Rios|Old Harbour|Trench Town|Papine|Linstead|Savanna-la-Mar|Constant Spring"
    ),
    streets=S(
        "Hope Road|Constant Spring Road|Red Hills Road|Maxfield Avenue|Spanish Town Road|Molynes Road|Barnett Street|Main Street"
    ),
    region=S("St Andrew|St Catherine|St James|Manchester|Clarendon|St Ann|Westmoreland"),
    post=lambda r: "",
)
L["TT"] = dict(
    m=S("Kerwin|Rajiv|Shiva|Akeem|Darren|Vishnu|Marlon|Kyle|Devindra|Jameel"),
    f=S("Anisha|Kerry-Ann|Shivani|Natalie|Sharlene|Indira|Keisha|Amrita|Candice|Savitri"),
    s=S("Ramdial|Maharaj|Persad|Joseph|Mohammed|Charles|Ramkissoon|Alexander|Baptiste|Singh|Ali|Rampersad"),
    towns=S(
        "Chaguanas|San Fernando|Arima|Laventille|Couva|Point Fortin|Diego Martin|Tunapuna|Sangre Grande|Marabella|Penal|Morvant|Scarborough"
    ),
    streets=S(
        "Eastern Main Road|Southern Main Road|Ariapita Avenue|Frederick Street|Ramsaran Street|Lady Hailes Avenue|Churchill Roosevelt Highway"
    ),
    region=S("Tobago|Caroni|Victoria|St George"),
    post=lambda r: "",
)
L["DE"] = dict(
    m=S("Jürgen|Lukas|Maximilian|Tobias|Mehmet|Stefan|Jonas|Dirk|Florian|Sören"),
    f=S("Annika|Lea|Sabine|Jördis|Katharina|Ayşe|Franziska|Mareike|Ulrike|Jana"),
    s=S("Müller|Schröder|Weißgerber|Yılmaz|Hoffmann|Krüger|Becker|Schäfer|Zimmermann|Köhler|Neumann"),
    towns=S(
        "Neukölln|Ehrenfeld|Altona|Bochum|Gelsenkirchen|Leipzig-Connewitz|Würzburg|Kassel|Chemnitz|Offenbach|Schwabing|Bielefeld"
    ),
    streets=S("Hauptstraße|Sonnenallee|Goethestraße|Am Mühlbach|Schillerplatz|Bahnhofstraße|Kastanienallee|Lindenweg"),
    region=S("Bayern|Nordrhein-Westfalen|Sachsen|Hessen"),
    post=lambda r: "%05d" % r.randint(1067, 99998),
)
L["ES"] = dict(
    m=S("José Manuel|Álvaro|Iñigo|Javier|Sergio|Rubén|Jordi|Pablo|Adrián"),
    f=S("María José|Lucía|Nerea|Begoña|Carmen|Ainhoa|Rocío|Montserrat|Inés"),
    s=S("García|Fernández|López|Martínez|Sánchez|Gómez|Ruiz|Echeverría|Puig|Domínguez|Navarro|Iglesias"),
    towns=S(
        "Lavapiés|Vallecas|Getafe|Móstoles|Badalona|Hospitalet de Llobregat|Triana|Dos Hermanas|Alcorcón|Sabadell|Torrejón de Ardoz"
    ),
    streets=S(
        "Calle Mayor|Avenida de la Constitución|Calle del Olmo|Carrer de Sants|Calle Sierpes|Paseo de la Castellana|Calle Alcalá"
    ),
    region=S("Comunidad de Madrid|Cataluña|Andalucía|País Vasco"),
    post=lambda r: "%05d" % r.randint(1001, 52080),
)
L["IT"] = dict(
    m=S("Giuseppe|Alessandro|Lorenzo|Matteo|Salvatore|Francesco|Davide|Gennaro"),
    f=S("Giulia|Francesca|Chiara|Alessia|Martina|Federica|Rosaria|Valentina"),
    s=S("Rossi|Esposito|Bianchi|Romano|Colombo|Ricci|Marino|Greco|Bruno|Gallo|De Luca|Conti"),
    towns=S(
        "Quarto Oggiaro|Scampia|San Salvario|Testaccio|Bovisa|Mestre|Rho|Sesto San Giovanni|Pozzuoli|Torre del Greco|Cinisello Balsamo"
    ),
    streets=S("Via Roma|Via Garibaldi|Corso Vittorio Emanuele|Via dei Mille|Viale Monza|Via Toledo|Piazza Dante"),
    region=S("Lombardia|Campania|Piemonte|Lazio|Veneto"),
    post=lambda r: "%05d" % r.randint(10010, 98100),
)
L["NL"] = dict(
    m=S("Daan|Bram|Sem|Jeroen|Thijs|Mohamed|Ruud|Pieter-Jan"),
    f=S("Sanne|Femke|Lotte|Anouk|Noor|Ilse|Fatima|Marloes"),
    s=S("de Vries|van den Berg|Jansen|Bakker|Visser|Smit|El Amrani|de Jong|van Dijk|Mulder|Bouzid"),
    towns=S("Amsterdam-Noord|Bijlmer|Utrecht|Tilburg|Zoetermeer|Almere|Schiedam|Eindhoven|Groningen|Delfshaven"),
    streets=S("Kerkstraat|Molenweg|Prinsengracht|Dorpsstraat|Javastraat|Nieuwe Binnenweg|Vondelstraat"),
    region=S("Noord-Holland|Zuid-Holland|Utrecht|Noord-Brabant"),
    post=lambda r: "%04d %s" % (r.randint(1011, 9999), "".join(r.choice("ABCDEGHJKLMNPRTVWXZ") for _ in range(2))),
)
L["PL"] = dict(
    m=S("Łukasz|Paweł|Krzysztof|Michał|Grzegorz|Wojciech|Jakub|Tomasz|Bartłomiej"),
    f=S("Agnieszka|Małgorzata|Katarzyna|Zofia|Joanna|Żaneta|Magdalena|Beata"),
    s=S("Wiśniewski|Kowalczyk|Nowak|Wójcik|Kamiński|Lewandowski|Zieliński|Szymański|Dąbrowski|Woźniak"),
    towns=S("Praga-Północ|Nowa Huta|Wrocław|Gdańsk-Wrzeszcz|Łódź|Poznań|Bydgoszcz|Katowice|Rzeszów|Lublin"),
    streets=S(
        "ul. Marszałkowska|ul. Piotrkowska|ul. Długa|al. Jerozolimskie|ul. Świętokrzyska|ul. Ogrodowa|ul. Mickiewicza"
    ),
    region=S("Mazowieckie|Małopolskie|Śląskie|Pomorskie"),
    post=lambda r: "%02d-%03d" % (r.randint(0, 99), r.randint(0, 999)),
)
L["SE"] = dict(
    m=S("Björn|Oskar|Erik|Johan|Ahmed|Lars|Viktor|Nils"),
    f=S("Åsa|Ebba|Linnéa|Saga|Ingrid|Maja|Elin|Sofia"),
    s=S("Andersson|Johansson|Lindqvist|Bergström|Karlsson|Öberg|Nyström|Hassan|Sjöberg"),
    towns=S("Rinkeby|Södermalm|Hammarkullen|Rosengård|Uppsala|Västerås|Örebro|Linköping|Norrköping|Umeå"),
    streets=S("Storgatan|Drottninggatan|Kungsgatan|Björkvägen|Sveavägen|Tensta allé|Järnvägsgatan"),
    region=S("Skåne|Västra Götaland|Stockholms län|Uppsala län"),
    post=lambda r: "%03d %02d" % (r.randint(100, 989), r.randint(0, 99)),
)
L["CH"] = dict(
    m=S("Reto|Urs|Beat|Luca|Nicolas|Samuel|Adrian|Marco"),
    f=S("Corinne|Nadine|Ladina|Seraina|Céline|Stefanie|Michèle|Andrea"),
    s=S("Meier|Brunner|Gerber|Baumann|Keller|Favre|Zürcher|Bianchi|Rochat|Frei"),
    towns=S("Winterthur|Oerlikon|Lausanne|Biel/Bienne|St. Gallen|Lugano|Thun|Emmen|Köniz|Renens"),
    streets=S("Bahnhofstrasse|Rue du Simplon|Seestrasse|Via Nassa|Langstrasse|Chemin des Roses|Dorfstrasse"),
    region=S("Kanton Zürich|Vaud|Bern|Ticino"),
    post=lambda r: "%04d" % r.randint(1000, 9658),
)
L["MX"] = dict(
    m=S("José Luis|Juan Carlos|Jesús|Alejandro|Miguel Ángel|Luis Fernando|Ricardo"),
    f=S("Guadalupe|María Fernanda|Ximena|Daniela|Rosa Elena|Karla|Itzel"),
    s=S("Hernández|González|Ramírez|Flores|Morales|Vázquez|Cruz|Jiménez|Reyes|Torres|Castañeda|Ortega"),
    towns=S(
        "Iztapalapa|Coyoacán|Ecatepec|Tlalnepantla|Zapopan|Guadalajara|Monterrey|Puebla|Tijuana|León|Nezahualcóyotl"
    ),
    streets=S("Calle Hidalgo|Avenida Insurgentes|Calle 5 de Mayo|Calzada de Tlalpan|Avenida Juárez|Calle Morelos"),
    region=S("Ciudad de México|Jalisco|Nuevo León|Estado de México|Puebla"),
    post=lambda r: "%05d" % r.randint(1000, 99999),
)
L["UA"] = dict(  # Ukrainian tenants/beneficiaries living abroad (names only)
    m=S("Олександр|Андрій|Дмитро|Сергій|Богдан|Oleksandr|Andrii|Dmytro|Serhii"),
    f=S("Олена|Оксана|Ірина|Наталія|Юлія|Olena|Oksana|Iryna|Nataliia"),
    s=S("Шевченко|Коваленко|Бондаренко|Ткаченко|Мельник|Shevchenko|Kovalenko|Bondarenko|Tkachenko|Melnyk"),
    towns=S(""),
    streets=S(""),
    region=S(""),
    post=lambda r: "",
)
L["SY"] = dict(  # Arabic-script names for diaspora tenants/beneficiaries
    m=S("محمد|أحمد|خالد|يوسف|عمر|Mohammad|Khaled|Youssef|Omar"),
    f=S("فاطمة|مريم|رنا|ليلى|هبة|Fatima|Maryam|Rana|Layla"),
    s=S("الأحمد|الحسن|الخطيب|السيد|حداد|Al-Ahmad|Al-Hassan|Al-Khatib|Haddad"),
    towns=S(""),
    streets=S(""),
    region=S(""),
    post=lambda r: "",
)

ANGLO = ["UK", "SC", "IE", "US", "CA", "AU", "NZ", "ZA", "IN"]
WORLD = [
    "IN",
    "PK",
    "BD",
    "LK",
    "NG",
    "GH",
    "KE",
    "UG",
    "ZM",
    "ZA",
    "PH",
    "MY",
    "SG",
    "HK",
    "JM",
    "TT",
    "IE",
    "SC",
    "AU",
    "NZ",
]
EURO = ["DE", "ES", "IT", "NL", "PL", "SE", "CH", "FR"]
L["FR"] = dict(
    m=S("Jean-Baptiste|Mathis|Karim|Théo|Guillaume|Rémi|Hugo|Yannick"),
    f=S("Océane|Manon|Clémence|Inès|Léa|Élodie|Nadège|Camille"),
    s=S("Dubois|Lefèvre|Moreau|Benali|Girard|Rousseau|Lemoine|Traoré|Fontaine|Mercier"),
    towns=S(
        "Saint-Denis|Villeurbanne|Roubaix|Montreuil|Nanterre|Vénissieux|Belleville|La Courneuve|Aubervilliers|Toulouse-Mirail"
    ),
    streets=S(
        "rue de la République|avenue Jean Jaurès|boulevard Voltaire|rue des Lilas|impasse du Moulin|rue Victor Hugo|allée des Tilleuls"
    ),
    region=S("Île-de-France|Auvergne-Rhône-Alpes|Hauts-de-France|Occitanie"),
    post=lambda r: "%05d" % r.randint(1000, 95999),
)

COUNTRY_NAME = {
    "UK": "England",
    "SC": "Scotland",
    "IE": "Ireland",
    "US": "USA",
    "CA": "Canada",
    "AU": "Australia",
    "NZ": "New Zealand",
    "ZA": "South Africa",
    "IN": "India",
    "PK": "Pakistan",
    "BD": "Bangladesh",
    "LK": "Sri Lanka",
    "NG": "Nigeria",
    "GH": "Ghana",
    "KE": "Kenya",
    "UG": "Uganda",
    "ZM": "Zambia",
    "PH": "Philippines",
    "MY": "Malaysia",
    "SG": "Singapore",
    "HK": "Hong Kong",
    "JM": "Jamaica",
    "TT": "Trinidad and Tobago",
    "DE": "Germany",
    "ES": "Spain",
    "IT": "Italy",
    "NL": "Netherlands",
    "PL": "Poland",
    "SE": "Sweden",
    "CH": "Switzerland",
    "FR": "France",
    "MX": "Mexico",
}

CONDITIONS = S(
    "type 1 diabetes|type 2 diabetes|asthma|epilepsy|ADHD|autism|anxiety disorder|depression|severe peanut allergy|"
    "coeliac disease|sickle cell anaemia|Crohn's disease|bipolar disorder|PTSD|hypertension|multiple sclerosis|"
    "stage 3 breast cancer|acute myeloid leukaemia|chronic kidney disease|cerebral palsy|cystic fibrosis|"
    "a brain tumour|long COVID|lupus|schizophrenia|eczema|migraine|hearing impairment|dyslexia|HIV|"
    "motor neurone disease|a spinal cord injury|stage 4 bowel cancer|heart failure|tuberculosis|dengue fever|"
    "malaria|hepatitis B|glioblastoma|anorexia nervosa|Type 1 Diabetes|bee sting allergy|lactose intolerance"
)
MEDS = S(
    "an EpiPen|insulin (NovoRapid)|salbutamol inhaler|Ritalin|sertraline|levetiracetam|methotrexate|Concerta|"
    "Ventolin|fluoxetine|metformin|lamotrigine|buccal midazolam|tamoxifen|chemotherapy|dialysis|Epilim|melatonin|"
    "antiretroviral therapy|hydroxyurea|Creon|cetirizine"
)
MINOR_CONDITIONS = S(
    "asthma|type 1 diabetes|epilepsy|ADHD|autism|nut allergy|coeliac disease|anxiety|eczema|hay fever|"
    "dyspraxia|severe shellfish allergy|bedwetting|migraines|sickle cell trait|Tourette syndrome|selective mutism|"
    "egg allergy|penicillin allergy|hearing loss in left ear"
)
CRIMES = S(
    "assault occasioning actual bodily harm|theft from a shop|burglary|drink-driving|possession of cannabis|"
    "possession with intent to supply cocaine|criminal damage|harassment|affray|common assault|"
    "driving while disqualified|fraud by false representation|breach of a restraining order|robbery|"
    "dangerous driving|handling stolen goods|carrying a bladed article|careless driving|arson|"
    "causing death by dangerous driving|stalking|money laundering|failing to provide a specimen"
)
SENTENCES = S(
    "jailed for 18 months|a 12-month community order with 100 hours' unpaid work|fined £420|"
    "a suspended sentence of 6 months|banned from driving for 3 years|jailed for 4 years|"
    "a 2-year conditional discharge|ordered to pay £1,200 compensation|a curfew with electronic tag for 8 weeks|"
    "committed to crown court for sentence|remanded in custody|sentenced to 7 years' imprisonment|"
    "a fine of €500|placed on probation for 2 years"
)
ETHNIC = S(
    "Irish Traveller|Romani|Black Caribbean|British Pakistani|Somali|Kurdish|Yoruba|Igbo|Tamil|Sinhalese|"
    "Hakka|Māori|Samoan|Aboriginal|Torres Strait Islander|Zulu|Xhosa|Afrikaner|Cape Malay|Punjabi|Gujarati|"
    "Bengali|Pashtun|Baloch|Kikuyu|Luo|Kalenjin|Acholi|Baganda|Ashanti|Ewe|Hausa|Filipino-Chinese|Malay|"
    "Peranakan|Indo-Trinidadian|Afro-Jamaican|Hispanic|Latina|Mixed White and Black African|Roma|First Nations|Métis|Inuk"
)
ORIENT = S("gay|lesbian|bisexual|pansexual|asexual|queer|bi|same-sex attracted|homosexual")
GENDER_ID = S(
    "trans woman|trans man|non-binary|transgender|genderqueer|trans girl|trans boy|genderfluid|agender|two-spirit|hijra|"
    "transfeminine|nonbinary"
)
GENETIC = S(
    "BRCA1 pathogenic variant|BRCA2 carrier|heterozygous for the HbS allele (sickle cell trait)|APOE ε4/ε4|"
    "haplogroup R1b-L21|mtDNA haplogroup H1|carrier of the CFTR ΔF508 mutation|Factor V Leiden heterozygous|"
    "HLA-B*57:01 positive|Lynch syndrome (MLH1 variant)|haplogroup L2a1|Y-DNA haplogroup O-M175|"
    "HFE C282Y homozygous|Huntington's CAG repeat of 42|beta-thalassaemia trait|G6PD deficiency (A- variant)|"
    "23andMe result: 47% Igbo, 31% Yoruba|two copies of the MTHFR C677T variant|Tay-Sachs carrier|trisomy 21"
)
SCHOOLS = {
    "IN": S("Kendriya Vidyalaya No. 2|DAV Public School|St. Xavier's High School"),
    "PK": S("Beaconhouse School|Government Boys High School No. 1|The City School"),
    "BD": S("Viqarunnisa Noon School|Ideal School and College|Motijheel Govt Boys' High School"),
    "LK": S("Royal College|Visakha Vidyalaya|Ananda College"),
    "NG": S("Kings College Lagos|Government Secondary School Wuse|Queens College"),
    "GH": S("Achimota School|Presec Legon|Wesley Girls' High School"),
    "KE": S("Moi Girls School|Starehe Boys Centre|Kenya High School"),
    "UG": S("Gayaza High School|Namilyango College|St. Mary's Kisubi"),
    "ZM": S("Kabulonga Boys Secondary|Munali Secondary School|Roma Girls Secondary"),
    "ZA": S("Morris Isaacson High|Pinelands High School|Orlando West High"),
    "PH": S("Ramon Magsaysay High School|Manila Science High School|Tondo High School"),
    "MY": S("SMK Taman Tun Dr Ismail|SMK Seri Bintang Utara|SJK(C) Chung Hwa"),
    "SG": S("Raffles Institution|Yishun Secondary|Bedok View Secondary"),
    "HK": S("Diocesan Boys' School|Queen's College|Kwun Tong Government Secondary School"),
    "JM": S("Kingston College|Jamaica College|St Hugh's High"),
    "TT": S("Presentation College Chaguanas|QRC|Naparima College"),
    "IE": S("Coláiste Mhuire|St Flannan's College|Mount Temple Comprehensive"),
    "SC": S("Bellahouston Academy|Govan High|Leith Academy"),
    "AU": S("Dubbo South High|Parramatta High School|Ballarat High"),
    "NZ": S("Ōtāhuhu College|Porirua College|Rotorua Boys' High"),
}
LANDMARKS = {
    "IN": S("near the Hanuman mandir|opposite Big Bazaar|behind the petrol pump|next to the chai tapri by the flyover"),
    "PK": S("near the Imtiaz store|behind the masjid|opposite the PSO pump|near Liberty chowk"),
    "BD": S("near the mosque on the corner|beside the tea stall|opposite Bashundhara City|near the rickshaw stand"),
    "LK": S("near the kovil|opposite the Keells|by the bus halt|next to the bo tree"),
    "NG": S("by the Total filling station|opposite the Shoprite|under the bridge|beside the mechanic village"),
    "GH": S("near the tro-tro station|behind the chop bar|opposite the Melcom|close to the Shell"),
    "KE": S("near the matatu stage|opposite Naivas|behind the chief's camp|next to the M-Pesa shop"),
    "UG": S("near the boda stage|opposite the taxi park|behind the market|next to the MTN kiosk"),
    "ZM": S("near the Shoprite|opposite the bus station|behind the Tuck shop|next to the Zamtel booth"),
    "ZA": S("by the spaza shop|near the taxi rank|opposite the Pick n Pay|behind the shebeen"),
    "PH": S("near the sari-sari store|beside the barangay hall|in front of the Jollibee|near the jeepney terminal"),
    "MY": S("near the mamak|opposite the 7-Eleven|behind the surau|beside the pasar malam lot"),
    "SG": S("at the void deck|near the kopitiam|beside the MRT exit|next to the hawker centre"),
    "HK": S("outside the cha chaan teng|near the MTR exit B|next to the wet market|by the minibus stop"),
    "JM": S("by the cookshop|near the square|opposite the Texaco|by the bus park"),
    "TT": S("by the doubles man|near the savannah|opposite the Massy|by the maxi stand"),
    "IE": S("beside the chipper|outside the Centra|across from the GAA pitch|behind the chapel"),
    "SC": S("by the chippy|outside the Co-op|at the bus stance|across from the close"),
    "AU": S("outside the servo|near the bottle-o|behind the RSL|at the skate park"),
    "NZ": S("outside the dairy|near the marae|by the TAB|behind the rugby club"),
}
