"""Hand-typed word lists for the v9 held-out corpus (no external data sets)."""


def W(s):
    """Whitespace-separated list."""
    return s.split()


def C(s):
    """Comma-separated list (entries may contain spaces)."""
    return [x.strip() for x in s.split(",") if x.strip()]


# culture -> order ("GF" given-family, "FG" family-given), separator, male, female, family, optional female family
CULTURES = {
    "en_us": dict(
        m=W("James Tyler Brandon Dwayne Cody Jaylen Hunter Marcus Travis Kevin"),
        f=W("Ashley Brittany Madison Kayla Destiny Hailey Jasmine Savannah Tiffany Courtney"),
        fam=W("Whitaker Brooks Hargrove Mullins Pruitt Dawson Kowalczyk Delgado Washington Yoder"),
    ),
    "en_gb": dict(
        m=W("Oliver Harry Callum Alfie Rhys Kieran Jack Owen"),
        f=W("Amelia Chloe Poppy Olivia Ellie Jade Megan Lauren"),
        fam=W("Thompson Hughes Ashworth Pemberton Clarke Barnes Whitfield Entwistle Brennan"),
    ),
    "ie": dict(
        m=C("Ciarán, Seán, Oisín, Darragh, Pádraig, Cathal"),
        f=C("Aoife, Siobhán, Saoirse, Caoimhe, Orla, Clodagh"),
        fam=C("O'Sullivan, Ó Briain, Murphy, Mac Giolla Phádraig, Kavanagh, Ní Dhonnchadha"),
    ),
    "scot": dict(
        m=W("Hamish Euan Angus Fraser Ruaridh"),
        f=W("Isla Morag Eilidh Kirsty Catriona"),
        fam=W("MacLeod McIntyre Buchanan Sinclair Urquhart"),
    ),
    "es": dict(
        m=C("Alejandro, Javier, Íñigo, Sergio, Hugo, Álvaro"),
        f=C("Lucía, Martina, Nerea, Itziar, Carmen, Ainhoa"),
        fam=C("García López, Fernández Ruiz, Martínez Soto, Sánchez-Vidal, Iglesias Peña, Ortega Núñez"),
    ),
    "mx": dict(
        m=C("José Luis, Juan Pablo, Santiago, Emiliano, Ángel"),
        f=C("Guadalupe, Ximena, Valeria, María José, Itzel"),
        fam=C("Hernández, Ramírez, Cruz Villanueva, Guzmán, Xochitl Ríos, Zúñiga"),
    ),
    "pt_br": dict(
        m=C("João Pedro, Thiago, Gustavo, Caio, Enzo, Luiz Henrique"),
        f=C("Ana Clara, Larissa, Beatriz, Gabriela, Júlia, Thaís"),
        fam=C("da Silva, Souza Santos, Oliveira, Pereira Lima, Carvalho, Nascimento, Gonçalves"),
    ),
    "fr": dict(
        m=C("Mathéo, Lucas, Théo, Jean-Baptiste, Loïc, Yanis"),
        f=C("Chloé, Léa, Manon, Anaïs, Maëlle, Inès"),
        fam=C("Dubois, Lefèvre, Moreau, Girard, Fontaine, Lemaire, Benali"),
    ),
    "de": dict(
        m=W("Lukas Jonas Maximilian Jürgen Finn Dieter Kevin"),
        f=W("Lena Hannah Sophie Jana Gisela Mia Ursula"),
        fam=W("Müller Schäfer Weiß Becker Hoffmann Krüger Schröder Yıldız"),
    ),
    "ch": dict(
        m=W("Reto Urs Beat Noah Luca Gian-Andrea"),
        f=W("Seraina Nadine Corinne Mia Ladina"),
        fam=W("Brunner Gerber Keller Meier Zbinden Ammann Caflisch"),
    ),
    "it": dict(
        m=W("Lorenzo Matteo Giuseppe Alessandro Davide Ciro"),
        f=W("Giulia Chiara Francesca Aurora Sofia Assunta"),
        fam=C("Rossi, Esposito, Bianchi, Romano, Colombo, Ricci, De Luca, Russo"),
    ),
    "nl": dict(
        m=W("Daan Sem Bram Thijs Jeroen Mohammed"),
        f=W("Sanne Fleur Lotte Anouk Femke Noor"),
        fam=C("de Vries, van den Berg, Jansen, Bakker, Visser, van Dijk, El Amrani"),
    ),
    "pl": dict(
        m=W("Jakub Kacper Mateusz Bartłomiej Wojciech Szymon"),
        f=W("Zofia Julia Małgorzata Agnieszka Zuzanna Wiktoria"),
        fam=W("Kowalski Nowak Wiśniewski Wójcik Lewandowski Zieliński Grzybowski"),
        fam_f=W("Kowalska Nowak Wiśniewska Wójcik Lewandowska Zielińska Grzybowska"),
    ),
    "cz": dict(
        m=W("Jan Tomáš Jiří Ondřej"),
        f=W("Tereza Eliška Lucie Kateřina"),
        fam=W("Novák Svoboda Dvořák Černý"),
        fam_f=W("Nováková Svobodová Dvořáková Černá"),
    ),
    "hu": dict(
        order="FG",
        m=W("Bence Levente Gergő Zoltán"),
        f=W("Réka Zsófia Eszter Ildikó"),
        fam=W("Nagy Kovács Szabó Tóth Horváth"),
    ),
    "ro": dict(
        m=C("Andrei, Mihai, Ionuț, Florin"),
        f=C("Ioana, Andreea, Elena, Bianca"),
        fam=W("Popescu Ionescu Dumitrescu Constantinescu Stoica"),
    ),
    "el": dict(
        m=W("Γιώργος Νίκος Δημήτρης Κώστας Παναγιώτης"),
        f=W("Μαρία Ελένη Κατερίνα Δέσποινα Αθηνά"),
        fam=W("Παπαδόπουλος Οικονόμου Γεωργίου Νικολαΐδης Καραγιάννης"),
        fam_f=W("Παπαδοπούλου Οικονόμου Γεωργίου Νικολαΐδου Καραγιάννη"),
    ),
    "tr": dict(
        m=W("Mehmet Emre Burak Yusuf Oğuz Çağan"),
        f=W("Elif Zeynep Ayşe Merve Büşra İrem"),
        fam=W("Yılmaz Kaya Demir Şahin Çelik Öztürk Aydın Güneş"),
    ),
    "ru": dict(
        m=W("Дмитрий Алексей Иван Артём Максим Кирилл"),
        f=W("Анастасия Екатерина Ольга Дарья Полина Ксения"),
        fam=W("Иванов Смирнов Кузнецов Соколов Волков Лебедев Морозов"),
        fam_f=W("Иванова Смирнова Кузнецова Соколова Волкова Лебедева Морозова"),
        pat_m=W("Сергеевич Андреевич Викторович Олегович"),
        pat_f=W("Сергеевна Андреевна Викторовна Олеговна"),
    ),
    "uk": dict(
        m=W("Олександр Андрій Тарас Богдан Олег Євген"),
        f=W("Оксана Ірина Соломія Ганна Юлія Наталія"),
        fam=W("Шевченко Коваленко Бондаренко Ткаченко Кравчук Мельник Петренко"),
        pat_m=W("Іванович Петрович Миколайович"),
        pat_f=W("Іванівна Петрівна Миколаївна"),
    ),
    "ka": dict(
        m=W("გიორგი დავით ლევან ნიკა"), f=W("ნინო მარიამ ანა თამარ"), fam=W("ბერიძე კაპანაძე გელაშვილი ლომიძე ჯაფარიძე")
    ),
    "hy": dict(
        m=W("Արամ Դավիթ Տիգրան Նարեկ"),
        f=W("Անի Մարիամ Լիլիթ Նարինե"),
        fam=W("Հովհաննիսյան Սարգսյան Պետրոսյան Գրիգորյան"),
    ),
    "ar": dict(
        m=W("محمد أحمد يوسف عمر خالد طارق"),
        f=W("فاطمة مريم نور سارة ليلى هدى"),
        fam=W("العلي الحسن الخطيب منصور الشامي حداد"),
    ),
    "ar_lat": dict(
        m=C("Mohamed, Ahmed, Youssef, Omar, Karim, Tarek"),
        f=C("Fatima, Mariam, Nour, Salma, Yasmin, Rania"),
        fam=C("El-Sayed, Haddad, Khalil, Al-Masri, Nasser, Abdelrahman, Ben Salah"),
    ),
    "fa": dict(m=W("علی رضا امیر مهدی"), f=W("زهرا مریم نگار سارا"), fam=W("رضایی محمدی حسینی کریمی احمدی")),
    "he": dict(m=W("יוסף דוד אורי נועם"), f=W("נועה מיכל שירה תמר"), fam=W("כהן לוי מזרחי פרץ ביטון")),
    "hi": dict(
        m=W("राहुल अमित अर्जुन विकास रोहित"), f=W("प्रिया अंजलि नेहा पूजा सुनीता"), fam=W("शर्मा वर्मा गुप्ता सिंह यादव मिश्रा")
    ),
    "in_lat": dict(
        m=W("Rohan Aarav Vikram Sanjay Harpreet"),
        f=W("Priya Ananya Kavya Deepika Simran"),
        fam=W("Sharma Patel Reddy Iyer Nair Chatterjee Gill"),
    ),
    "bn": dict(m=W("রাহুল সৌরভ অনির্বাণ তানভীর"), f=W("মৌমিতা সুমি রিয়া নুসরাত"), fam=W("চট্টোপাধ্যায় বন্দ্যোপাধ্যায় দাস রহমান")),
    "ta": dict(m=W("அருண் கார்த்திக் முருகன்"), f=W("பிரியா லக்ஷ்மி மீனா"), fam=W("ராமசாமி சுப்பிரமணியன் கிருஷ்ணன்")),
    "th": dict(m=W("สมชาย ธนากร วีระ"), f=W("สุดารัตน์ นภา กมลชนก"), fam=W("ศรีสุข วงศ์ไทย สุขใจ ทองดี")),
    "zh": dict(
        order="FG",
        sep="",
        m=W("伟 浩然 子轩 俊杰 志强"),
        f=W("静 欣怡 雨涵 梓萱 丽娟"),
        fam=W("王 李 张 刘 陈 杨 黄 赵 欧阳"),
    ),
    "zh_lat": dict(
        m=C("Wei, Haoran, Zixuan, Junjie, Ka-Ho"),
        f=C("Jing, Xinyi, Yuhan, Mei Ling, Hui Min"),
        fam=W("Wang Li Zhang Liu Chen Chan Wong Tan"),
    ),
    "ja": dict(
        order="FG",
        sep=" ",
        m=W("翔太 大翔 蓮 悠真 ケン"),
        f=W("結衣 陽菜 さくら 美咲 あおい"),
        fam=W("佐藤 鈴木 高橋 田中 渡辺 伊藤"),
    ),
    "ja_lat": dict(
        m=W("Shota Haruto Ren Yuma"), f=W("Yui Hina Sakura Misaki"), fam=W("Sato Suzuki Takahashi Tanaka Watanabe")
    ),
    "ko": dict(
        order="FG", sep="", m=W("민준 서준 도윤 지호 현우"), f=W("서연 지우 하은 민서 수빈"), fam=W("김 이 박 최 정 강")
    ),
    "ko_lat": dict(
        m=C("Min-jun, Seo-jun, Do-yun, Ji-ho"),
        f=C("Seo-yeon, Ji-woo, Ha-eun, Min-seo"),
        fam=W("Kim Lee Park Choi Jung Kang"),
    ),
    "vi": dict(
        order="FG",
        m=C("Văn Minh, Đức Anh, Quang Huy, Hoàng Nam"),
        f=C("Thị Lan, Ngọc Ánh, Thu Trang, Bảo Ngọc"),
        fam=W("Nguyễn Trần Lê Phạm Hoàng Vũ"),
    ),
    "id": dict(
        m=W("Budi Agus Rizky Dimas Fajar"),
        f=W("Siti Dewi Putri Ayu Rina"),
        fam=W("Santoso Wijaya Saputra Hidayat Nugroho Siregar"),
    ),
    "tl": dict(
        m=C("Jose, Mark Anthony, Jericho, Rodel, Jun-Jun"),
        f=C("Maricel, Kristine, Jasmine, Rowena, Lovely"),
        fam=C("dela Cruz, Santos, Reyes, Bautista, Villanueva, Macapagal"),
    ),
    "sw": dict(
        m=W("Baraka Juma Otieno Kamau Hamisi"),
        f=W("Amani Wanjiru Neema Zawadi Achieng"),
        fam=W("Odhiambo Mwangi Kariuki Njoroge Mutua Mwakilema"),
    ),
    "yo": dict(
        m=W("Oluwaseun Chukwuemeka Babatunde Tunde Ifeanyi"),
        f=W("Adaeze Folake Ngozi Chiamaka Temitope"),
        fam=W("Okonkwo Adeyemi Balogun Eze Okafor Adebayo"),
    ),
    "am": dict(m=W("አበበ ዳዊት ሰለሞን ዮናስ"), f=W("ሃና ሜሮን ትዕግስት ቤተልሔም"), fam=W("ተስፋዬ በቀለ ወልደማርያም ገብረሚካኤል")),
    "so": dict(
        m=W("Abdirahman Mohamed Hassan Abdullahi"),
        f=W("Hodan Faadumo Ayaan Sahra"),
        fam=W("Warsame Farah Jama Abdi Egal"),
    ),
    "sv": dict(
        m=W("Erik Lars Oskar Nils"), f=C("Astrid, Linnéa, Maja, Ebba"), fam=W("Lindqvist Johansson Bergström Åkesson")
    ),
    "fi": dict(
        m=W("Juha Mikko Eetu Ville"), f=W("Aino Venla Sanna Pihla"), fam=W("Virtanen Mäkinen Korhonen Nieminen")
    ),
    "sq": dict(m=W("Arben Besnik Dritan Ilir"), f=W("Ardita Blerta Era Drita"), fam=W("Hoxha Krasniqi Berisha Gashi")),
    "sr": dict(
        m=W("Милош Никола Стефан Душан"), f=W("Јелена Милица Ана Драгана"), fam=W("Јовановић Петровић Николић Ђорђевић")
    ),
    "ur_lat": dict(
        m=W("Imran Bilal Hamza Usman Zubair"),
        f=W("Ayesha Sana Hira Maryam Iqra"),
        fam=W("Khan Qureshi Chaudhry Butt Malik"),
    ),
    "pt": dict(m=C("Tiago, Rui, Duarte"), f=C("Inês, Mariana, Leonor"), fam=C("Ferreira, Costa Marques, Rebelo")),
}

# cultures whose names appear in English-language documents
EN_CULTURES = W(
    "en_us en_us en_us en_gb en_gb ie scot mx ar_lat in_lat zh_lat ja_lat ko_lat yo sw so ur_lat pl tr de fr "
    "it nl es pt_br ro sq tl vi el ru uk ka hy he fa ar hi bn ta th am sr hu cz sv fi id ch zh ko ja"
)
NICK = W("Jay Bubba Kiki Smokey Tee Lulu Dre Mimi Zee Nico Bex Sunny Boo")

# ---------------------------------------------------------------- places
US_TOWNS = [
    ("Dayton", "OH"),
    ("Boise", "ID"),
    ("Chattanooga", "TN"),
    ("Kalamazoo", "MI"),
    ("Pawtucket", "RI"),
    ("Yakima", "WA"),
    ("Bakersfield", "CA"),
    ("Lubbock", "TX"),
    ("Scranton", "PA"),
    ("Waukegan", "IL"),
    ("Gainesville", "FL"),
    ("Cedar Rapids", "IA"),
    ("Flagstaff", "AZ"),
    ("Bangor", "ME"),
    ("Pueblo", "CO"),
    ("Schenectady", "NY"),
    ("Muncie", "IN"),
    ("Tupelo", "MS"),
    ("Enid", "OK"),
    ("Missoula", "MT"),
    ("Paw Paw", "MI"),
    ("Truth or Consequences", "NM"),
    ("Blue Earth", "MN"),
    ("Hope", "AR"),
    ("Cincinatti", "OH"),
    ("Albequerque", "NM"),
    ("Tuscon", "AZ"),
    ("Philly", "PA"),
    ("Newark", "NJ"),
    ("Camden", "NJ"),
    ("Joliet", "IL"),
    ("Fresno", "CA"),
]
GB_TOWNS = C(
    "Stockport, Wolverhampton, Llandudno, Kirkcaldy, Barnstaple, Hexham, Ormskirk, Truro, Grimsby, Motherwell, "
    "Aberystwyth, Bury St Edmunds, Stoke-on-Trent, Newcastle upon Tyne, Middlesborough, Edinborough, "
    "Peterbrough, Merthyr Tydfil, Ashby-de-la-Zouch, Rochdale, Luton"
)
IE_TOWNS = C("Athlone, Ennis, Dundalk, Tralee, Letterkenny, Clonakilty, Portlaoise")
CA_TOWNS = C("Moncton, Red Deer, Kamloops, Trois-Rivières, Brampton")
AU_TOWNS = C("Wagga Wagga, Ballarat, Toowoomba, Geelong")
GB_DISTRICTS = C("Tower Hamlets, Moss Side, Handsworth, Toxteth, Leith, Splott")

JP_TOWNS = [
    ("東京都", "八王子市"),
    ("埼玉県", "川口市"),
    ("大阪府", "豊中市"),
    ("千葉県", "船橋市"),
    ("大阪府", "堺市"),
    ("千葉県", "松戸市"),
    ("北海道", "旭川市"),
]
KR_TOWNS = [
    ("수원시", "영통구"),
    ("성남시", "분당구"),
    ("부천시", ""),
    ("안산시", "단원구"),
    ("전주시", "완산구"),
    ("청주시", "흥덕구"),
    ("김해시", ""),
]
CN_TOWNS = [
    ("广东省", "东莞", ""),
    ("广东省", "佛山", "顺德区"),
    ("浙江省", "温州", "鹿城区"),
    ("安徽省", "合肥", "蜀山区"),
    ("云南省", "昆明", "五华区"),
    ("河北省", "石家庄", "长安区"),
    ("广东省", "惠州", "惠城区"),
]
TOWNS = {
    "ES": C(
        "Albacete, Ourense, Cáceres, Lorca, Ponferrada, Alcalá de Henares, Getafe, Sant Boi de Llobregat, Torrejón"
    ),
    "BR": C("Campinas, Uberlândia, Feira de Santana, Juiz de Fora, Caruaru, Maringá, São José dos Campos, Petrópolis"),
    "FR": C("Roubaix, Villeurbanne, Saint-Étienne, Aubervilliers, Quimper, Besançon, Montreuil, Pau, Mulhouse"),
    "DE": C(
        "Gelsenkirchen, Wuppertal, Offenbach am Main, Cottbus, Regensburg, Bad Kreuznach, Zwickau, Neumünster, Fürth"
    ),
    "CH": C("Winterthur, Biel/Bienne, La Chaux-de-Fonds, Lugano, Bellinzona, Yverdon-les-Bains, Wetzikon, Köniz, Sion"),
    "AT": C("Wels, Dornbirn, Leoben, Villach"),
    "IT": C(
        "Caserta, Bergamo, Pescara, Latina, Prato, Sassari, Torre del Greco, Giugliano in Campania, Cinisello Balsamo"
    ),
    "NL": C("Zaandam, Apeldoorn, Tilburg, Almere, Enschede, Zwolle, Leeuwarden, Hoogeveen, Capelle aan den IJssel"),
    "BE": C("Charleroi, Mechelen, Genk, Liège, Sint-Niklaas"),
    "PL": C("Radom, Bydgoszcz, Rzeszów, Gorzów Wielkopolski, Częstochowa, Słupsk, Tychy, Pruszków"),
    "TR": C("Gaziantep, Eskişehir, Kayseri, Bağcılar, Esenyurt, Çorlu, Manisa, Şanlıurfa"),
    "RU": C("Подольск, Тольятти, Череповец, Набережные Челны, Балашиха, Кострома, Сызрань"),
    "UA": C("Житомир, Кременчук, Біла Церква, Тернопіль, Ужгород, Кропивницький, Бровари"),
    "EG": C("الزرقاء, إربد, طنطا, المنصورة, أسيوط, الإسماعيلية, دمنهور"),
    "IN": C("गाज़ियाबाद, कानपुर, इंदौर, मेरठ, भोपाल, पटना, वाराणसी, फ़रीदाबाद"),
    "ID": C("Bekasi, Depok, Tangerang Selatan, Sidoarjo, Bogor, Cimahi, Pekalongan, Tasikmalaya"),
    "CN": [t[1] for t in CN_TOWNS],
    "JP": [t[1] for t in JP_TOWNS],
    "KR": [t[0] for t in KR_TOWNS],
    "PT": C("Amadora, Setúbal, Braga, Odivelas"),
    "KE": C("Nakuru, Eldoret, Kisumu, Thika, Machakos"),
}
BR_UF = W("SP MG BA MG PE PR SP RJ")

STREETS = {
    "US": C(
        "Maple St, Elm Street, Cedar Ridge Dr, Old Mill Rd, Sycamore Ave, Martin Luther King Jr Blvd, "
        "N Main St, E 14th St, Oak Hollow Ct, Lakeview Terrace, W Jefferson Ave, County Road 12, Pinecrest Ln"
    ),
    "GB": C(
        "High Street, Station Road, Church Lane, Victoria Terrace, Mill Close, Queen's Drive, Albert Road, "
        "Coronation Street, Brunswick Gardens, Wellington Crescent"
    ),
    "IE": C("Main Street, Church Road, Parnell Square, O'Connell Street Upper, Bóthar na Trá"),
    "ES": C(
        "Calle Mayor, Avenida de la Constitución, Calle del Pez, Paseo de la Estación, Calle Real, Rúa do Progreso"
    ),
    "BR": C("Rua das Flores, Avenida Brasil, Rua São Bento, Travessa do Comércio, Rua Dom Pedro II"),
    "FR": C("rue de la République, avenue Jean-Jaurès, boulevard Victor-Hugo, rue des Lilas, impasse du Moulin"),
    "DE": C("Hauptstraße, Goethestraße, Bahnhofstr., Am Mühlbach, Lindenallee, Schillerplatz, Kastanienweg"),
    "CH": C("Bahnhofstrasse, Dorfstrasse, Rue du Lac, Via Nassa, Seestrasse, Chemin des Vignes, Landstrasse"),
    "AT": C("Ringstraße, Grazer Straße, Kirchengasse"),
    "IT": C("Via Roma, Corso Garibaldi, Via Giuseppe Verdi, Piazza del Popolo, Via dei Mille, Vico Lungo"),
    "NL": C("Kerkstraat, Dorpsstraat, Molenweg, Prinsengracht, Julianalaan, Stationsplein"),
    "BE": C("Rue de la Station, Kerkstraat, Chaussée de Bruxelles"),
    "PL": C("ul. Długa, ul. Mickiewicza, al. Jana Pawła II, ul. Kościuszki, os. Słoneczne, ul. Polna"),
    "TR": C("Atatürk Cad., İnönü Sok., Cumhuriyet Mah. Gül Sok., Bağdat Cad., Fevzi Çakmak Cad."),
    "RU": C("ул. Ленина, пр-т Мира, ул. Гагарина, ул. Садовая, Октябрьский пр-т"),
    "UA": C("вул. Шевченка, просп. Незалежності, вул. Івана Франка, вул. Садова, вул. Лесі Українки"),
    "EG": C("شارع الجمهورية, شارع الملك فيصل, شارع البحر, شارع الجامعة"),
    "IN": C("गांधी रोड, स्टेशन रोड, नेहरू नगर, शास्त्री मार्ग, सिविल लाइंस"),
    "ID": C("Jl. Merdeka, Jl. Sudirman, Jl. Kenanga, Gg. Mawar, Jl. Diponegoro"),
    "CN": C("人民路, 解放路, 建设大道, 中山路, 和平街"),
    "JP": C("本町, 中央, 栄町, 緑が丘, 旭町"),
    "KR": C("중앙로, 세종대로, 월드컵로, 광교로, 경수대로"),
    "PT": C("Rua Augusta, Avenida da Liberdade, Rua do Carmo"),
    "KE": C("Moi Avenue, Kenyatta Road, Oginga Odinga Street"),
}

# ---------------------------------------------------------------- organisations (never labelled)
HOTLINES = C(
    "Beacon Child Helpline, SafeHarbour Hotline International, Lanterna Child Protection Network, "
    "Northstar Reporting Centre, KidSafe Alliance Hotline"
)
HOTLINE_DOMAINS = W("beaconhelpline.org safeharbour-hotline.org lanterna.ngo northstar-report.org kidsafe-alliance.org")
SCHOOLS = C(
    "St Bartholomew's C of E Primary, Riverside Academy, Lincoln Middle School, Hawthorne Elementary, "
    "Oakfield High School, Sacred Heart Catholic College, Westbrook Community School, Jefferson Davis Jr High"
)
SCHOOL_DOMAINS = W("riverside-academy.sch.uk lincolnms.k12.oh.us oakfield.school hawthorne-es.org westbrook.sch.uk")
POLICE = C(
    "Greater Manchester Police, Metropolitan Police Service, Kantonspolizei Zürich, Polizeipräsidium Mittelfranken, "
    "Police Scotland, Dayton Police Department, Lubbock County Sheriff's Office, An Garda Síochána, Politie Eenheid Oost-Nederland"
)
POLICE_DOMAINS = W(
    "gmp.police.uk met.police.uk kapo.zh.ch polizei.bayern.de scotland.police.uk daytonohio.gov co.lubbock.tx.us garda.ie politie.nl"
)
FIRMS = C(
    "Hargreaves & Pike Solicitors, McAllister Plumbing LLC, Okafor & Sons Logistics, Brunner Treuhand AG, "
    "Dupont Frères SARL, Whitmore Dental Group, Goldberg Sachs Advisory, Ferreira & Filhos Lda, Jansen Bouw B.V., "
    "Anderson Cooper Roofing, Morrison Bakeries Ltd, Kowalski Auto Serwis"
)
HOSPITALS = C(
    "St Mary's Children's Hospital, Royal Albert Infirmary, Mercy General, Kinderspital Sonnenberg, Hôpital Saint-Luc"
)
BANKS = C(
    "Chase, Wells Fargo, Fifth Third Bank, PNC, Regions Bank, Navy Federal Credit Union, Barclays, Monzo, "
    "Sparkasse Wuppertal, UBS Switzerland AG, Raiffeisenbank, ING, Rabobank, PostFinance"
)
MAIL_DOMAINS = W(
    "gmail.com outlook.com yahoo.com hotmail.com icloud.com proton.me aol.com yahoo.co.uk btinternet.com "
    "web.de gmx.de gmx.ch bluewin.ch orange.fr free.fr libero.it wp.pl mail.ru ukr.net uol.com.br naver.com qq.com"
)
HANDLE_A = W("shadow dark lil sweet crazy silent frosty lucky pixel neon toxic salty angel moon cyber sunny ghost void")
HANDLE_B = W("wolf gamer princess queen boi ninja fox kitty dragon rider sniper panda bunny blade storm vibes cat")
PLATFORMS = C(
    "Instagram, TikTok, Snapchat, Discord, Roblox, Telegram, WhatsApp, Kik, Facebook, Fortnite, Minecraft server, Twitch"
)

# ---------------------------------------------------------------- sensitive-attribute phrases (English)
MED_EN = C(
    "ADHD, autism spectrum disorder, type 1 diabetes, asthma, epilepsy, Down syndrome, cerebral palsy, PTSD, "
    "severe depression, generalised anxiety disorder, hearing impairment, sickle cell anaemia, cystic fibrosis, "
    "bipolar disorder, anorexia nervosa, dyslexia, peanut allergy, FASD"
)
MEDS_EN = C(
    "methylphenidate, insulin, sertraline, Ritalin, fluoxetine, salbutamol, Concerta, lamotrigine, "
    "risperidone, EpiPen, melatonin, Adderall"
)
CRIM_EN = C(
    "convicted of assault in 2015, registered sex offender, two prior DUI convictions, served 18 months for burglary, "
    "cautioned for possession of cannabis in 2011, previous conviction for indecent images of children (2016), "
    "on parole since 2022, convicted of child endangerment in 2019, on probation for domestic battery, "
    "arrested for stalking in 2020 (charges dropped), prior conviction for grooming a minor, "
    "convicted of theft by deception in 2008, subject to a Sexual Harm Prevention Order"
)
ETH_EN = C(
    "Hispanic, white British, Black Caribbean, South Asian, Roma, Kurdish, of Somali descent, Native American, "
    "East Asian, mixed race, Arab, of Pakistani heritage, white, Black, Latino, Irish Traveller, Vietnamese-American"
)
ORIENT_EN = C("gay, lesbian, bisexual, bi, pansexual, straight, asexual, queer")
GENDER_ADJ = C("transgender, nonbinary, non-binary, genderfluid, agender, trans")
GENDER_NOUN = C("trans girl, trans boy, trans woman, trans man, nonbinary kid, genderqueer teen")
CLOTHES = C(
    "a grey hoodie, a red puffer jacket, school uniform, black leggings and white trainers, a blue Nike tracksuit, "
    "a yellow raincoat, a denim jacket with patches"
)
HAIR = C("long brown hair, short blond hair, black braids, a shaved head, ginger curls, dyed purple hair")
NOUNS = C("bicycle, PS5 console, pram, sofa, iPhone 13, gaming chair, textbooks, scooter, baby cot, football boots")
