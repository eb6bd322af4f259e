"""Hand-written name / place / street pools for the v25 generator (written from general knowledge, no word lists).
Each culture: latin given names (m/f), surnames, optionally native-script pools, cities, street builder, phone
region, and national identifiers."""

import core


def L(s):
    return [x.strip() for x in s.split("|") if x.strip()]


C = {}


def culture(cc, country, m, f, fam, cities, streets, **kw):
    d = dict(cc=cc, country=country, m=L(m), f=L(f), fam=L(fam), cities=L(cities), streets=L(streets))
    for k, v in kw.items():
        d[k] = L(v) if isinstance(v, str) and "|" in v else v
    d.setdefault("order", "gf")
    d.setdefault("phone", cc)
    C[cc] = d


culture(
    "PH",
    "Philippines",
    "Juan|Jose|Mark Anthony|Rodel|Jericho|Ramil|Arnel|Jomar|Rolando|Christian|Reynaldo|Ariel|Jun-Jun|Efren",
    "Maricel|Jocelyn|Rowena|Kristine|Mary Grace|Lovely|Analyn|Cherry Mae|Rhea|Marites",
    "Dela Cruz|Santos|Reyes|Bautista|Villanueva|Mercado|Pangilinan|Macaraeg|Dimaculangan|Manalo|Tolentino|"
    "Cabrera|Ocampo|Soriano|Magbanua|Dalisay",
    "Manila|Cebu City|Iloilo City|Batangas City|Davao City|Quezon City|Tacloban|Bacolod|Cavite City|Lucena|"
    "Dumaguete|Legazpi|Olongapo|Zamboanga City",
    "Rizal|Mabini|Bonifacio|Luna|Burgos|Del Pilar|Aguinaldo|Magsaysay|Sampaguita|Narra",
    brgy="San Isidro|Poblacion|Santo Niño|Bagong Silang|Malanday|San Roque|Mabolo|Tambo",
)
culture(
    "ID",
    "Indonesia",
    "Budi|Agus|Eko|Dedi|Rudi|Hendra|Slamet|Wahyu|Ahmad|Fajar|Yusuf|Bambang",
    "Siti|Dewi|Sri|Rina|Wulan|Ayu|Indah|Nur|Fitri|Lestari",
    "Santoso|Wijaya|Saputra|Pratama|Hidayat|Setiawan|Kurniawan|Nugroho|Siregar|Simanjuntak|Hutapea|Purba",
    "Jakarta Utara|Surabaya|Semarang|Tegal|Cirebon|Makassar|Medan|Bandung|Padang|Manado|Pekalongan|Ambon",
    "Merdeka|Diponegoro|Sudirman|Gajah Mada|Pemuda|Ahmad Yani|Pahlawan|Kenanga|Melati|Flamboyan",
)
culture(
    "IN",
    "India",
    "Rajesh|Amit|Sandeep|Vikram|Arjun|Rohit|Manoj|Suresh|Anil|Prakash|Karan|Joseph|Abdul",
    "Priya|Anjali|Sunita|Kavita|Neha|Pooja|Deepa|Meera|Lakshmi|Shalini",
    "Sharma|Verma|Nair|Pillai|Iyer|Singh|Patel|Gupta|Menon|Das|Reddy|Kumar|Chaudhary|Fernandes|D'Souza|Kurian",
    "Mumbai|Kochi|Chennai|Kolkata|Navi Mumbai|Thane|Pune|Panaji|Visakhapatnam|Mangaluru|Lucknow|New Delhi|"
    "Thiruvananthapuram|Kozhikode",
    "MG Road|Link Road|Station Road|Nehru Nagar|Gandhi Chowk|Linking Road|Marine Drive|Church Street",
    nm="राजेश|अमित|संदीप|विक्रम|अर्जुन|रोहित|मनोज|सुरेश|अनिल",
    nf="प्रिया|अंजलि|सुनीता|कविता|नेहा|पूजा|मीरा",
    nfam="शर्मा|वर्मा|सिंह|गुप्ता|पटेल|कुमार|चौधरी|यादव|मिश्रा",
    ncities="मुंबई|दिल्ली|लखनऊ|पुणे|जयपुर|पटना|वाराणसी",
)
culture(
    "UA",
    "Ukraine",
    "Oleksandr|Andrii|Serhii|Dmytro|Vasyl|Mykola|Ihor|Yurii|Taras|Bohdan|Volodymyr",
    "Olena|Iryna|Nataliia|Oksana|Tetiana|Yuliia|Halyna|Liudmyla",
    "Kovalenko|Shevchenko|Bondarenko|Tkachenko|Kravchenko|Melnyk|Boiko|Moroz|Lysenko|Petrenko|Hnatiuk|Savchuk",
    "Odesa|Mykolaiv|Kherson|Izmail|Kyiv|Kharkiv|Lviv|Chornomorsk|Dnipro|Zaporizhzhia|Pivdennyi",
    "Shevchenka|Hrushevskoho|Sobornа|Sadova|Deribasivska|Pushkinska|Franka|Nezalezhnosti",
    nm="Олександр|Андрій|Сергій|Дмитро|Василь|Микола|Ігор|Юрій|Тарас|Богдан|Володимир",
    nf="Олена|Ірина|Наталія|Оксана|Тетяна|Юлія|Галина|Людмила",
    nfam="Коваленко|Шевченко|Бондаренко|Ткаченко|Кравченко|Мельник|Бойко|Мороз|Лисенко|Петренко|Гнатюк",
    ncities="Одеса|Миколаїв|Херсон|Ізмаїл|Київ|Харків|Львів|Чорноморськ|Дніпро|Білгород-Дністровський",
    nstreets="Дерибасівська|Шевченка|Грушевського|Соборна|Садова|Франка|Незалежності|Канатна",
)
C["UA"]["streets"] = [
    "Shevchenka",
    "Hrushevskoho",
    "Soborna",
    "Sadova",
    "Deribasivska",
    "Pushkinska",
    "Franka",
    "Nezalezhnosti",
]
culture(
    "RU",
    "Russia",
    "Aleksei|Dmitrii|Sergei|Ivan|Nikolai|Pavel|Maksim|Andrei",
    "Anna|Ekaterina|Olga|Svetlana|Mariia|Natalia",
    "Ivanov|Smirnov|Kuznetsov|Popov|Sokolov|Volkov|Morozov|Lebedev|Novikov",
    "St Petersburg|Novorossiysk|Vladivostok|Murmansk|Kaliningrad|Moscow|Arkhangelsk",
    "Lenina|Sovetskaya|Mira|Pushkina|Gagarina|Sadovaya",
    nm="Алексей|Дмитрий|Сергей|Иван|Николай|Павел|Максим|Андрей",
    nf="Анна|Екатерина|Ольга|Светлана|Мария|Наталья",
    nfam="Иванов|Смирнов|Кузнецов|Попов|Соколов|Волков|Морозов|Лебедев|Новиков",
    ncities="Санкт-Петербург|Новороссийск|Владивосток|Мурманск|Калининград|Москва|Архангельск",
    nstreets="Ленина|Советская|Мира|Пушкина|Гагарина|Садовая",
)
culture(
    "CN",
    "China",
    "Wei|Jun|Lei|Qiang|Hao|Jian|Ming|Tao|Zhiwei|Haoran",
    "Fang|Li|Jing|Xiuying|Yan|Meiling|Na|Xinyi|Yuting",
    "Wang|Li|Zhang|Liu|Chen|Yang|Huang|Zhao|Zhou|Wu|Xu|Sun",
    "Shanghai|Dalian|Qingdao|Ningbo|Xiamen|Guangzhou|Tianjin|Wuhan|Chengdu|Shenzhen|Hangzhou",
    "Zhongshan Road|Renmin Road|Jiefang Road|Nanjing East Road|Changjiang Road|Jianshe Road",
    nm="伟|军|磊|强|浩然|建国|明|涛|志伟|子轩",
    nf="芳|丽|静|秀英|燕|美玲|娜|欣怡|雨婷",
    nfam="王|李|张|刘|陈|杨|黄|赵|周|吴|徐|孙",
    ncities="上海|大连|青岛|宁波|厦门|广州|天津|武汉|成都|深圳|杭州",
    nstreets="中山路|人民路|解放路|南京东路|长江路|建设路|和平街|滨海大道",
    order="fg",
    njoin="",
)
culture(
    "MM",
    "Myanmar",
    "Aung Ko Latt|Kyaw Zin Htet|Min Thu|Zaw Win Naing|Ye Htut|Thant Zin Oo|Htet Aung|Soe Moe Kyaw",
    "Su Myat Mon|Thandar Aye|Hnin Wai Phyo|Ei Mon Kyaw|Nilar Win|Khin Khin Aye",
    "",
    "Yangon|Mandalay|Pathein|Mawlamyine|Bago|Thanlyin|Dawei|Myeik",
    "Bogyoke Aung San Road|Anawrahta Road|Pyay Road|Strand Road|Sule Pagoda Road",
    nm="ကျော်ဇင်ထက်|အောင်ကိုလတ်|မင်းသူ|ဇော်ဝင်းနိုင်|ရဲထွဋ်|သန့်ဇင်ဦး",
    nf="စုမြတ်မွန်|သန္တာအေး|နီလာဝင်း|ခင်ခင်အေး",
    nfam="",
    ncities="ရန်ကုန်|မန္တလေး|ပုသိမ်|မော်လမြိုင်|ပဲခူး",
    mononym=True,
)
culture(
    "GR",
    "Greece",
    "Georgios|Konstantinos|Dimitrios|Nikolaos|Ioannis|Panagiotis|Vasileios|Stavros",
    "Maria|Eleni|Aikaterini|Sofia|Georgia|Despoina|Angeliki",
    "Papadopoulos/Papadopoulou|Georgiou/Georgiou|Nikolaidis/Nikolaidou|Karagiannis/Karagianni|Vlachos/Vlachou|"
    "Oikonomou/Oikonomou|Pappas/Pappa|Dimitriou/Dimitriou|Angelopoulos/Angelopoulou|Lemos/Lemou",
    "Piraeus|Thessaloniki|Chios|Andros|Syros|Patras|Volos|Kalamata|Heraklion|Glyfada",
    "Akti Miaouli|Ermou|Iroon Polytechniou|Vasilissis Sofias|Egnatia|Kolokotroni",
    nm="Γιώργος|Κωνσταντίνος|Δημήτρης|Νίκος|Γιάννης|Παναγιώτης|Βασίλης|Σταύρος",
    nf="Μαρία|Ελένη|Κατερίνα|Σοφία|Γεωργία|Δέσποινα|Αγγελική",
    nfam="Παπαδόπουλος/Παπαδοπούλου|Γεωργίου/Γεωργίου|Νικολαΐδης/Νικολαΐδου|Καραγιάννης/Καραγιάννη|"
    "Βλάχος/Βλάχου|Οικονόμου/Οικονόμου|Λεμός/Λεμού",
    ncities="Πειραιάς|Θεσσαλονίκη|Χίος|Άνδρος|Σύρος|Πάτρα|Βόλος|Καλαμάτα",
    nstreets="Ερμού|Ακτή Μιαούλη|Ηρώων Πολυτεχνείου|Εγνατίας|Κολοκοτρώνη|Τσιμισκή",
)
culture(
    "PL",
    "Poland",
    "Tomasz|Piotr|Krzysztof|Marcin|Paweł|Grzegorz|Łukasz|Michał|Jakub",
    "Anna|Katarzyna|Magdalena|Agnieszka|Joanna|Małgorzata|Zofia|Ewa",
    "Nowak/Nowak|Kowalski/Kowalska|Wiśniewski/Wiśniewska|Wójcik/Wójcik|Kamiński/Kamińska|"
    "Lewandowski/Lewandowska|Zieliński/Zielińska|Szymański/Szymańska|Dąbrowski/Dąbrowska|Mazur/Mazur",
    "Gdynia|Gdańsk|Szczecin|Kraków|Warszawa|Wrocław|Poznań|Łódź|Świnoujście|Kołobrzeg|Lublin",
    "Świętojańska|Długa|Marszałkowska|Piotrkowska|Mickiewicza|Kościuszki|Słowackiego|Morska",
)
culture(
    "HR",
    "Croatia",
    "Ivan|Marko|Luka|Ante|Josip|Tomislav|Davor|Stjepan",
    "Ana|Ivana|Marija|Petra|Maja|Nikolina",
    "Horvat|Kovačević|Babić|Marić|Jurić|Novak|Knežević|Vuković|Perić|Matić",
    "Rijeka|Split|Zadar|Dubrovnik|Šibenik|Zagreb|Pula|Mali Lošinj|Makarska",
    "Ulica Ante Starčevića|Riva|Ulica kralja Zvonimira|Obala kneza Branimira|Put Firula|Ulica Matije Gupca",
)
culture(
    "TR",
    "Türkiye",
    "Mehmet|Mustafa|Ahmet|Ali|Hüseyin|Emre|Burak|Murat|Serkan",
    "Ayşe|Fatma|Elif|Zeynep|Emine|Merve|Büşra",
    "Yılmaz|Kaya|Demir|Şahin|Çelik|Yıldız|Aydın|Öztürk|Arslan|Doğan|Koç",
    "İstanbul|İzmir|Mersin|Trabzon|Samsun|Antalya|Ankara|Bursa|Kadıköy|Rize",
    "Atatürk Cad.|Cumhuriyet Cad.|İstiklal Cad.|Bağdat Cad.|Gazi Sok.|İnönü Cad.|Lale Sok.",
)
culture(
    "NO",
    "Norway",
    "Ole|Lars|Kjetil|Magnus|Eirik|Håkon|Sindre|Bjørn",
    "Ingrid|Kari|Silje|Marit|Ragnhild|Solveig|Ingvild",
    "Hansen|Johansen|Olsen|Larsen|Andersen|Nilsen|Berg|Haugen|Solberg|Dahl|Eide|Myklebust",
    "Bergen|Ålesund|Stavanger|Haugesund|Tromsø|Kristiansand|Oslo|Bodø|Molde|Egersund",
    "Strandgata|Kongens gate|Storgata|Sjøgata|Fjellveien|Kirkegata|Havnegata",
)
culture(
    "VN",
    "Vietnam",
    "Văn Hùng|Minh Tuấn|Đức Anh|Quốc Bảo|Văn Nam|Thanh Tùng|Hoàng Long",
    "Thị Lan|Thị Hương|Ngọc Anh|Thu Trang|Thị Mai|Phương Linh|Thị Hằng",
    "Nguyễn|Trần|Lê|Phạm|Hoàng|Huỳnh|Phan|Vũ|Đặng|Bùi",
    "Hải Phòng|Hà Nội|TP. Hồ Chí Minh|Đà Nẵng|Nam Định|Thái Bình|Vũng Tàu|Quy Nhơn",
    "Lê Lợi|Trần Hưng Đạo|Nguyễn Trãi|Hai Bà Trưng|Lạch Tray|Điện Biên Phủ",
    order="fg",
)
culture(
    "GB",
    "United Kingdom",
    "James|Oliver|Thomas|Daniel|Liam|Connor|Jack|George|Harry|Samuel|Mohammed|Kieran|Callum|Ryan|Stuart|Graham|"
    "Derek|Alan|Reginald|Arthur",
    "Emily|Sophie|Charlotte|Chloe|Megan|Hannah|Jessica|Amelia|Lauren|Zara|Niamh|Margaret|Patricia|Joan|Brenda|"
    "Sheila|Doreen|Gwen",
    "Smith|Jones|Taylor|Brown|Williams|Wilson|Evans|Thomas|Roberts|Walker|Wright|Thompson|Hughes|Edwards|Green|"
    "Hall|Wood|Harris|Clarke|Patel|Khan|Begum|Okafor|McLeod|Fraser|Pritchard|Fenwick|Ashworth|Whitlock|Ahmed",
    "Leeds|Sheffield|Bristol|Cardiff|Swansea|Glasgow|Aberdeen|Southampton|Plymouth|Hull|Norwich|Stockport|"
    "Wakefield|Durham|Derby|Exeter|Milton Keynes|Little Shelford|Bishop's Cleeve|Cranleigh|Thornbury|Pocklington|"
    "Settle|Llandudno|Paisley",
    "Station|Victoria|Church|Mill|Orchard|Beech|Hawthorn|Queen's|Albert|Kingsway|Larch|Meadow|Chapel|Park",
    stypes="Road|Street|Lane|Close|Avenue|Crescent|Drive|Gardens|Terrace|Way|Grove",
)
culture(
    "IE",
    "Ireland",
    "Seán|Ciarán|Pádraig|Conor|Eoin|Darragh|Cian|Declan",
    "Aoife|Siobhán|Niamh|Caoimhe|Róisín|Gráinne|Saoirse|Bríd",
    "Murphy|Kelly|O'Sullivan|Walsh|O'Brien|Byrne|Ryan|O'Connor|McCarthy|Doyle|Gallagher|Ní Bhriain",
    "Cork|Dublin|Galway|Limerick|Waterford|Sligo|Drogheda|Dún Laoghaire|Tralee|Ennis",
    "Main|Church|Bridge|Patrick's|Mary|Castle|Abbey|Shandon",
    stypes="Street|Road|Terrace|Avenue|Park|Lane",
)
culture(
    "US",
    "United States",
    "Michael|Christopher|Joshua|Tyler|Brandon|Kevin|José|DeShawn|Robert|William|Hunter|Dustin",
    "Ashley|Jessica|Brittany|Amanda|Madison|Kayla|María|Latoya|Linda|Barbara|Destiny|Tiffany",
    "Johnson|Williams|Miller|Davis|Garcia|Rodriguez|Martinez|Anderson|Jackson|Nguyen|Kowalczyk|O'Brien|"
    "Washington|Hernandez|Thompson|Begay",
    "Houston, TX|Tampa, FL|Sacramento, CA|Columbus, OH|Newark, NJ|Seattle, WA|Scranton, PA|Grand Rapids, MI|"
    "Aurora, IL|Albany, NY|Mesa, AZ|Savannah, GA|Worcester, MA|Boulder, CO|Fresno, CA|El Paso, TX",
    "Maple|Oak|Elm|Pine|Cedar|Lakeview|Washington|Jefferson|Sunset|Highland|Third|Magnolia",
    stypes="St|Ave|Blvd|Dr|Ln|Ct|Rd",
)
culture(
    "CA",
    "Canada",
    "Liam|Ethan|Noah|Mathieu|Jean-François|Rajinder|Owen",
    "Olivia|Chloé|Avery|Émilie|Harpreet|Brooke",
    "Tremblay|Gagnon|Roy|Côté|MacDonald|Campbell|Wong|Gill|Bouchard|Lavoie",
    "Toronto, ON|Montréal, QC|Vancouver, BC|Halifax, NS|Calgary, AB|Winnipeg, MB|Ottawa, ON|Surrey, BC|"
    "Mississauga, ON|Québec, QC",
    "Yonge|Sherbrooke|Main|Maple|King|Queen|Bloor|Robson",
    stypes="St|Ave|Blvd|Rd|Dr",
)
culture(
    "DE",
    "Germany",
    "Lukas|Jonas|Tobias|Florian|Maximilian|Stefan|Jürgen|Klaus|Dieter|Felix|Mehmet",
    "Anna|Laura|Lena|Julia|Katharina|Sabine|Ursula|Monika|Jana|Helga",
    "Müller|Schmidt|Schneider|Fischer|Weber|Meyer|Wagner|Becker|Hoffmann|Schäfer|Koch|Richter|Klein|Wolf|"
    "Schröder|Neumann|Zimmermann|Krüger|Yıldırım",
    "Hamburg|Bremen|Köln|München|Leipzig|Dresden|Hannover|Kiel|Rostock|Bremerhaven|Münster|Nürnberg|Stuttgart|"
    "Freiburg im Breisgau|Bochum",
    "Hauptstraße|Bahnhofstraße|Lindenweg|Gartenstraße|Schillerstraße|Goethestraße|Birkenweg|Kirchgasse|"
    "Berliner Straße|Mühlenweg|Am Sandtorkai|Friedrichstraße",
)
culture(
    "FR",
    "France",
    "Thomas|Nicolas|Julien|Antoine|Mathieu|Hugo|Léo|Pierre|Jean-Luc|Karim",
    "Camille|Manon|Chloé|Léa|Sophie|Isabelle|Élodie|Marie-Claire|Geneviève|Yasmine",
    "Martin|Bernard|Dubois|Durand|Lefebvre|Moreau|Laurent|Girard|Roux|Fontaine|Chevalier|Lambert|Bonnet|Mercier",
    "Marseille|Le Havre|Lyon|Nantes|Bordeaux|Lille|Brest|Toulouse|Rennes|Montpellier|Saint-Nazaire|Dunkerque|"
    "Villeurbanne",
    "rue de la République|rue Victor Hugo|rue des Lilas|avenue du Général Leclerc|boulevard Pasteur|"
    "rue Jean Jaurès|allée des Tilleuls|rue des Écoles|chemin des Vignes",
)
culture(
    "ES",
    "Spain",
    "Javier|Carlos|Alejandro|Sergio|Pablo|Jorge|Manuel|Antonio|Iker",
    "Lucía|María|Carmen|Laura|Marta|Elena|Paula|Nuria|Ainhoa",
    "García|Fernández|González|Rodríguez|López|Martínez|Sánchez|Pérez|Gómez|Martín|Jiménez|Ruiz|Hernández|Díaz|"
    "Moreno|Álvarez|Romero|Navarro|Etxeberria",
    "Madrid|Barcelona|Valencia|Sevilla|Bilbao|Vigo|Málaga|Zaragoza|Cádiz|Gijón|Alicante|Salamanca|Granada|Algeciras",
    "Calle Mayor|Calle del Carmen|Gran Vía|Calle de Alcalá|Avda. de San Vicente|Calle Real|"
    "Avda. de la Constitución|Calle Doctor Fleming|Paseo de Gracia",
)
culture(
    "IT",
    "Italy",
    "Marco|Luca|Giuseppe|Alessandro|Francesco|Matteo|Davide|Giovanni|Salvatore",
    "Giulia|Francesca|Chiara|Sara|Martina|Elena|Rosa|Giovanna|Alessia",
    "Rossi|Russo|Ferrari|Esposito|Bianchi|Romano|Colombo|Ricci|Marino|Greco|Bruno|Gallo|Conti|De Luca|Mancini",
    "Genova|Napoli|Roma|Milano|Torino|Palermo|Bari|Trieste|Livorno|Bologna|Catania|La Spezia|Torre del Greco",
    "Via Roma|Via Garibaldi|Via Mazzini|Corso Cavour|Via dei Mille|Via XX Settembre|Corso Vittorio Emanuele II|"
    "Piazza Dante|Via Toledo",
)
culture(
    "NL",
    "Netherlands",
    "Daan|Sem|Thijs|Bram|Jeroen|Pieter|Sander|Ruben|Mohamed",
    "Emma|Sanne|Lotte|Fleur|Anouk|Femke|Ingrid|Marieke|Fatima",
    "de Jong|Jansen|de Vries|van den Berg|van Dijk|Bakker|Visser|Smit|Meijer|de Boer|Mulder|Bos|Vos|Peters|"
    "van Leeuwen|El Amrani",
    "Rotterdam|Amsterdam|Utrecht|Den Haag|Eindhoven|Groningen|Vlissingen|Delft|Zwolle|Leiden|Haarlem|Nijmegen",
    "Kerkstraat|Molenweg|Hoofdstraat|Dorpsstraat|Beukenlaan|Lindenlaan|Schoolstraat|Stationsweg|"
    "Wilhelminastraat|Prinsengracht",
)
culture(
    "BR",
    "Brazil",
    "João|Pedro|Lucas|Gabriel|Rafael|Thiago|Felipe|Bruno|Anderson|Vinícius",
    "Ana|Juliana|Fernanda|Camila|Larissa|Beatriz|Patrícia|Aline|Letícia",
    "Silva|Santos|Oliveira|Souza|Rodrigues|Ferreira|Alves|Pereira|Lima|Gomes|Costa|Ribeiro|Carvalho|Almeida",
    "São Paulo|Rio de Janeiro|Santos|Belo Horizonte|Recife|Salvador|Fortaleza|Curitiba|Porto Alegre|Manaus|"
    "Campinas|Niterói",
    "Rua das Flores|Rua XV de Novembro|Av. Sete de Setembro|Rua Augusta|Rua dos Andradas|Rua Bahia|"
    "Av. Paulista|Rua da Consolação",
)
culture(
    "NG",
    "Nigeria",
    "Chinedu|Emeka|Oluwaseun|Tunde|Ibrahim|Yusuf|Chukwuemeka|Babatunde|Obinna",
    "Ngozi|Chiamaka|Funmilayo|Aisha|Folake|Adaeze|Blessing|Yetunde",
    "Okafor|Adeyemi|Okonkwo|Balogun|Eze|Nwosu|Abubakar|Adebayo|Ogunleye|Bello|Uche|Olawale",
    "Lagos|Port Harcourt|Abuja|Ibadan|Enugu|Kano|Warri|Calabar|Benin City|Onitsha|Ikeja",
    "Adeola Odeku Street|Allen Avenue|Awolowo Road|Aba Road|Ogui Road|Herbert Macaulay Way|Broad Street",
)
culture(
    "GH",
    "Ghana",
    "Kwame|Kofi|Kwabena|Yaw|Kojo|Kwesi|Ebo",
    "Ama|Akosua|Abena|Efua|Adwoa|Esi",
    "Mensah|Owusu|Boateng|Asante|Agyeman|Osei|Appiah|Darko|Quaye|Tetteh",
    "Accra|Tema|Kumasi|Takoradi|Cape Coast|Tamale|Ho",
    "Oxford Street|Ring Road|Liberation Road|Harbour Road",
)
culture(
    "KE",
    "Kenya",
    "Brian|Kevin|Dennis|Collins|Victor|Joseph",
    "Faith|Mercy|Esther|Wanjiru|Akinyi|Cynthia",
    "Otieno|Ochieng|Kamau|Mwangi|Njoroge|Kiprono|Wanjala|Mutua|Omondi|Kariuki",
    "Mombasa|Nairobi|Kisumu|Nakuru|Eldoret|Malindi",
    "Moi Avenue|Ngong Road|Nyerere Road|Kenyatta Avenue",
)
culture(
    "KR",
    "South Korea",
    "Min-jun|Ji-hoon|Seo-jun|Hyun-woo|Dong-hyun|Sung-min",
    "Ji-woo|Seo-yeon|Min-ji|Su-bin|Ha-eun|Eun-ji",
    "Kim|Lee|Park|Choi|Jung|Kang|Cho|Yoon",
    "Busan|Seoul|Incheon|Ulsan|Daegu|Gwangju|Daejeon|Changwon",
    "Haeundae-ro|Teheran-ro|Jungang-daero|Gangnam-daero|Sejong-daero",
    nm="민준|지훈|서준|현우|동현|성민",
    nf="지우|서연|민지|수빈|하은|은지",
    nfam="김|이|박|최|정|강|조|윤",
    ncities="부산|서울|인천|울산|대구|광주|대전|창원",
    nstreets="해운대로|테헤란로|중앙대로|강남대로|세종대로",
    order="fg",
    njoin="",
)
culture(
    "JP",
    "Japan",
    "Haruto|Sota|Yuto|Kenji|Takeshi|Hiroshi|Daiki",
    "Yui|Aoi|Sakura|Yuki|Misaki|Haruka",
    "Sato|Suzuki|Takahashi|Tanaka|Watanabe|Ito|Yamamoto|Nakamura|Kobayashi",
    "Yokohama|Kobe|Osaka|Nagoya|Fukuoka|Sapporo|Sendai|Kawasaki",
    "Motomachi|Honcho|Sakae|Tenjin",
    nm="陽翔|蒼太|悠斗|健二|武|博|大輝",
    nf="結衣|葵|さくら|由紀|美咲|遥",
    nfam="佐藤|鈴木|高橋|田中|渡辺|伊藤|山本|中村|小林",
    ncities="横浜市|神戸市|大阪市|名古屋市|福岡市|札幌市|仙台市",
    nstreets="本町|元町|栄|天神|中央",
    order="fg",
    njoin=" ",
)
culture(
    "EG",
    "Egypt",
    "Ahmed|Mohamed|Mahmoud|Omar|Youssef|Karim|Tarek|Hassan",
    "Fatma|Mona|Nour|Salma|Yasmin|Heba|Aya",
    "Hassan|Ibrahim|Abdelrahman|El-Sayed|Mostafa|Farouk|Mansour|Soliman|Khalil",
    "Alexandria|Cairo|Port Said|Suez|Damietta|Ismailia|Giza",
    "El Geish Street|El Horreya Road|Fouad Street|Tahrir Street",
    nm="أحمد|محمد|محمود|عمر|يوسف|كريم|طارق",
    nf="فاطمة|منى|نور|سلمى|ياسمين|هبة",
    nfam="حسن|إبراهيم|عبد الرحمن|السيد|مصطفى|فاروق|منصور",
    ncities="الإسكندرية|القاهرة|بورسعيد|السويس|دمياط",
    nstreets="شارع الجيش|شارع النصر|شارع الحرية|شارع فؤاد|شارع التحرير",
)
culture(
    "BD",
    "Bangladesh",
    "Rahim|Karim|Hasan|Sabbir|Tanvir|Arif|Mizanur",
    "Nusrat|Farhana|Sadia|Tasnim|Sharmin|Rumana",
    "Hossain|Rahman|Islam|Ahmed|Chowdhury|Uddin|Akter|Sarker",
    "Chattogram|Dhaka|Khulna|Sylhet|Narayanganj|Mongla|Cox's Bazar",
    "Agrabad Access Road|Mirpur Road|Station Road",
    nm="রহিম|করিম|হাসান|সাব্বির|তানভীর|আরিফ",
    nf="নুসরাত|ফারহানা|সাদিয়া|তাসনিম|শারমিন",
    nfam="হোসেন|রহমান|ইসলাম|আহমেদ|চৌধুরী|উদ্দিন",
    ncities="চট্টগ্রাম|ঢাকা|খুলনা|সিলেট",
)
culture(
    "PK",
    "Pakistan",
    "Usman|Bilal|Hamza|Imran|Faisal|Zeeshan|Ali",
    "Ayesha|Sana|Mahnoor|Hira|Iqra|Fatima",
    "Khan|Malik|Qureshi|Butt|Chaudhry|Sheikh|Raza|Javed|Siddiqui",
    "Karachi|Lahore|Islamabad|Rawalpindi|Faisalabad|Multan|Peshawar|Gwadar",
    "Shahrah-e-Faisal|Mall Road|Jinnah Avenue",
    nm="عثمان|بلال|حمزہ|عمران|فیصل|علی",
    nf="عائشہ|ثنا|ماہ نور|حرا|اقرا|فاطمہ",
    nfam="خان|ملک|قریشی|بٹ|چوہدری|شیخ",
    ncities="کراچی|لاہور|اسلام آباد|راولپنڈی|ملتان",
)
culture(
    "MX",
    "Mexico",
    "José Luis|Juan Carlos|Miguel Ángel|Luis|Jesús|Fernando|Ricardo|Alejandro",
    "Guadalupe|María José|Fernanda|Ximena|Daniela|Alejandra|Verónica",
    "Hernández|García|Martínez|López|González|Pérez|Rodríguez|Sánchez|Ramírez|Cruz|Flores|Gómez|Morales|Vázquez",
    "Guadalajara|Monterrey|Puebla|Veracruz|Mérida|Tijuana|León|Querétaro|Oaxaca de Juárez|Ciudad de México",
    "Calle Hidalgo|Av. Morelos|Calle Juárez|Paseo de la Reforma|Calle 5 de Mayo|Av. Insurgentes Sur",
    cols="Centro|Del Valle|Roma Norte|Las Águilas|Jardines del Bosque|Chapultepec",
)
culture(
    "SE",
    "Sweden",
    "Erik|Lars|Anders|Johan|Oskar|Viktor|Nils",
    "Anna|Eva|Karin|Elin|Maja|Astrid|Sara",
    "Andersson|Johansson|Karlsson|Nilsson|Eriksson|Larsson|Olsson|Lindqvist|Bergström|Lindberg",
    "Göteborg|Stockholm|Malmö|Uppsala|Helsingborg|Västerås|Lund|Umeå|Karlskrona",
    "Storgatan|Kungsgatan|Drottninggatan|Skolvägen|Björkvägen|Sjögatan|Kyrkogatan",
)
culture(
    "CH",
    "Switzerland",
    "Luca|Noah|Reto|Beat|Urs|Marco|Samuel",
    "Mia|Lea|Nadine|Corinne|Sandra|Chiara",
    "Müller|Meier|Schmid|Keller|Weber|Huber|Brunner|Baumann|Gerber|Frei|Moser|Bühler",
    "Zürich|Basel|Bern|Luzern|Winterthur|St. Gallen|Lugano|Lausanne|Genève|Biel/Bienne",
    "Bahnhofstrasse|Dorfstrasse|Kirchweg|Seestrasse|Bergstrasse|Zürcherstrasse|Rue du Rhône",
)
culture(
    "ZA",
    "South Africa",
    "Sipho|Thabo|Johan|Pieter|Sibusiso|Lungile|Themba",
    "Nomvula|Thandiwe|Zanele|Annelie|Lerato|Palesa",
    "Nkosi|Dlamini|Khumalo|van der Merwe|Botha|Mokoena|Naidoo|Pillay|Ndlovu|Mthembu",
    "Durban|Cape Town|Johannesburg|Gqeberha|Pretoria|Soweto|Stellenbosch|East London",
    "Long Street|Florida Road|Jan Smuts Avenue|Main Road|Church Street|Voortrekker Road",
)


# ------------------------------------------------------------------------------ persons
class Person:
    def __init__(self, cc, given, family, female, script, dob):
        self.cc, self.given, self.family, self.female, self.script, self.dob = cc, given, family, female, script, dob
        c = C[cc]
        if not family:
            self.full = given
        elif script == "native" and c["order"] == "fg":
            self.full = family + c.get("njoin", "") + given
        elif c["order"] == "fg":
            self.full = family + " " + given
        else:
            self.full = given + " " + family

    def formal(self):
        """SURNAME, Given (crew-list style)."""
        if not self.family or self.script == "native":
            return self.full
        return self.family.upper() + ", " + self.given

    def upper(self):
        return self.full.upper()

    def first(self):
        return self.given.split(" ")[0] if self.cc not in ("MM", "VN") else self.given.split(" ")[-1]

    def age(self, year=2025):
        return year - self.dob[0]


def _fam(rng, lst, female):
    x = rng.choice(lst)
    if "/" in x:
        m, f = x.split("/")
        return f if female else m
    return x


RU_FEM = {
    "Иванов": "Иванова",
    "Смирнов": "Смирнова",
    "Кузнецов": "Кузнецова",
    "Попов": "Попова",
    "Соколов": "Соколова",
    "Волков": "Волкова",
    "Морозов": "Морозова",
    "Лебедев": "Лебедева",
    "Новиков": "Новикова",
}


def person(rng, cc, script=None, female=None, born=(1960, 2000)):
    c = C[cc]
    if female is None:
        female = rng.random() < 0.45
    if script is None:
        script = "native" if ("nm" in c and rng.random() < 0.45) else "latin"
    if script == "native" and "nm" not in c:
        script = "latin"
    y = rng.randint(*born)
    dob = (y, rng.randint(1, 12), rng.randint(1, 28))
    if script == "native":
        given = rng.choice(c["nf"] if female else c["nm"])
        family = _fam(rng, c["nfam"], female) if c.get("nfam") else ""
        if cc == "RU" and female:
            family = RU_FEM.get(family, family)
    else:
        given = rng.choice(c["f"] if female else c["m"])
        family = _fam(rng, c["fam"], female) if c["fam"] else ""
        if cc == "RU" and female:
            family = family + "a"
        if cc in ("ES", "MX") and rng.random() < 0.7:
            family = family + " " + _fam(rng, c["fam"], female)
    return Person(cc, given, family, female, script, dob)


def relative(rng, p, female=None, born=None, same_family=True, script=None):
    """A family member with the same surname (gendered form where the culture has one)."""
    q = person(rng, p.cc, script=script or p.script, female=female, born=born or (p.dob[0] - 5, p.dob[0] + 5))
    if not (same_family and p.family and q.family and p.script == q.script):
        return q
    c = C[p.cc]
    fam = p.family
    if p.cc == "VN" and q.female != p.female and rng.random() < 0.5:
        fam = q.family
    pool = c["nfam"] if p.script == "native" else c["fam"]
    for x in pool:
        if "/" in x:
            m, f = x.split("/")
            if p.family.split(" ")[0] in (m, f):
                fam = f if q.female else m
    if p.cc == "RU":
        base = p.family[:-1] if p.female and p.family.endswith(("a", "а")) else p.family
        if p.script == "native":
            fam = RU_FEM.get(base, base) if q.female else base
        else:
            fam = base + "a" if q.female else base
    return Person(p.cc, q.given, fam, q.female, q.script, q.dob)


def city(rng, cc, script="latin"):
    c = C[cc]
    if script == "native" and "ncities" in c:
        return rng.choice(c["ncities"])
    x = rng.choice(c["cities"])
    return x


def city_split(rng, cc, script="latin"):
    """Return list of parts for a city possibly with a state/province abbreviation: US 'Tampa, FL'."""
    x = city(rng, cc, script)
    if ", " in x:
        a, b = x.split(", ")
        return [(a, "LOCATION"), ", ", (b, "LOCATION")]
    return [(x, "LOCATION")]


def city_name(rng, cc, script="latin"):
    return city(rng, cc, script).split(", ")[0]


def street(rng, cc, script="latin"):
    c = C[cc]
    n = rng.randint(1, 220)
    if script == "native":
        if cc == "UA":
            return "вул. %s, %d, кв. %d" % (rng.choice(c["nstreets"]), n, rng.randint(1, 140))
        if cc == "RU":
            return "ул. %s, д. %d, кв. %d" % (rng.choice(c["nstreets"]), n, rng.randint(1, 140))
        if cc == "CN":
            return "%s%d号%d栋%d室" % (rng.choice(c["nstreets"]), n, rng.randint(1, 30), rng.randint(101, 2508))
        if cc == "KR":
            return "%s %d, %d동 %d호" % (rng.choice(c["nstreets"]), n, rng.randint(101, 115), rng.randint(101, 1904))
        if cc == "JP":
            return "%s%d丁目%d-%d" % (
                rng.choice(c["nstreets"]),
                rng.randint(1, 6),
                rng.randint(1, 30),
                rng.randint(1, 20),
            )
        if cc == "GR":
            return "%s %d" % (rng.choice(c["nstreets"]), n)
        if cc == "EG":
            return "%s، عمارة %d، شقة %d" % (rng.choice(c["nstreets"]), n, rng.randint(1, 30))
    s = rng.choice(c["streets"]) if c["streets"] else "Main Road"
    if cc in ("GB", "IE"):
        base = "%d %s %s" % (n, s, rng.choice(c["stypes"]))
        return ("Flat %d, " % rng.randint(1, 24) + base) if rng.random() < 0.25 else base
    if cc in ("US", "CA"):
        base = "%d %s %s" % (rng.randint(10, 9800), s, rng.choice(c["stypes"]))
        return base + (" Apt %d%s" % (rng.randint(1, 20), rng.choice("ABCD")) if rng.random() < 0.3 else "")
    if cc == "PH":
        if rng.random() < 0.5:
            return "Blk %d Lot %d, %s St., Brgy. %s" % (
                rng.randint(1, 40),
                rng.randint(1, 60),
                s,
                rng.choice(c["brgy"]),
            )
        return "%d %s Street, Brgy. %s" % (n, s, rng.choice(c["brgy"]))
    if cc == "ID":
        return "Jl. %s No. %d, RT 0%d/RW 0%d" % (s, n, rng.randint(1, 9), rng.randint(1, 9))
    if cc == "IN":
        return rng.choice(
            [
                "Flat %d, %s Apartments, %d %s"
                % (
                    rng.randint(101, 1204),
                    rng.choice(["Sai Krupa", "Shanti Kunj", "Green Park", "Lakshmi Niwas", "Ocean View"]),
                    rng.randint(1, 90),
                    s,
                ),
                "H.No. %d-%d-%d, %s" % (rng.randint(1, 20), rng.randint(1, 9), rng.randint(10, 400), s),
            ]
        )
    if cc in ("UA", "RU"):
        return ("vul. " if cc == "UA" else "ul. ") + "%s %d, kv. %d" % (s, n, rng.randint(1, 140))
    if cc == "CN":
        return "Room %d, No. %d %s" % (rng.randint(101, 2508), n, s)
    if cc == "MM":
        return "No. %d, %s, %s Township" % (
            n,
            s,
            rng.choice(["Kamayut", "Sanchaung", "Thingangyun", "Hlaing", "Insein"]),
        )
    if cc in ("GR",):
        return "%s %d" % (s, n)
    if cc == "PL":
        return "ul. %s %d/%d" % (s, n, rng.randint(1, 60))
    if cc == "HR":
        return "%s %d" % (s, n)
    if cc == "TR":
        return "%s No:%d D:%d" % (s, n, rng.randint(1, 20))
    if cc in ("NO", "SE", "DE", "NL", "CH"):
        return "%s %d%s" % (s, n, rng.choice(["", "", "", "a", "b"]) if cc != "CH" else "")
    if cc == "VN":
        return "Số %d ngõ %d %s" % (n, rng.randint(1, 200), s)
    if cc == "FR":
        return "%d%s %s" % (n, rng.choice(["", "", " bis", ""]), s)
    if cc == "ES":
        return "%s, %d, %dº %s" % (s, n, rng.randint(1, 9), rng.choice("ABCD"))
    if cc == "IT":
        return "%s %d" % (s, n)
    if cc == "BR":
        return "%s, %d%s" % (s, n, (", apto %d" % rng.randint(11, 1204)) if rng.random() < 0.5 else "")
    if cc == "MX":
        return "%s %d, Col. %s" % (s, n, rng.choice(c["cols"]))
    if cc == "GH":
        return rng.choice(
            ["House No. %d, %s" % (n, s), "GA-%03d-%04d" % (rng.randint(100, 599), rng.randint(1000, 9999))]
        )
    if cc == "JP":
        return "%s %d-%d-%d" % (s, rng.randint(1, 6), rng.randint(1, 30), rng.randint(1, 20))
    if cc == "KR":
        return "%d %s" % (n, s)
    return "%d %s" % (n, s)


def postcode(rng, cc):
    if cc == "GB":
        return "%s%d %d%s" % (
            rng.choice(
                ["LS", "S", "BS", "CF", "SA", "G", "AB", "SO", "PL", "HU", "NR", "SK", "WF", "DH", "DE", "EX", "MK"]
            ),
            rng.randint(1, 20),
            rng.randint(1, 9),
            core.letters(rng, 2, "ABDEFGHJLNPQRSTUWXYZ"),
        )
    if cc in ("US",):
        return "%05d" % rng.randint(1001, 99950)
    if cc in ("DE", "FR", "ES", "IT", "HR", "TR", "MX"):
        return "%05d" % rng.randint(1001, 99950)
    if cc == "NL":
        return "%d %s" % (rng.randint(1000, 9999), core.letters(rng, 2))
    if cc in ("NO", "CH", "ZA", "PH"):
        return "%04d" % rng.randint(1000, 9999)
    if cc == "PL":
        return "%02d-%03d" % (rng.randint(0, 99), rng.randint(0, 999))
    if cc == "BR":
        return "%05d-%03d" % (rng.randint(1000, 99999), rng.randint(0, 999))
    if cc == "CA":
        return "%s%d%s %d%s%d" % (
            rng.choice("KLMNHVTR"),
            rng.randint(1, 9),
            rng.choice("ABCEGHJ"),
            rng.randint(1, 9),
            rng.choice("ABCEGHJKLMNPRSTVWXYZ"),
            rng.randint(0, 9),
        )
    return "%06d" % rng.randint(100000, 999999)


# ------------------------------------------------------------------------------ identifiers per culture
def national_ids(rng, p):
    """List of (document name, value, label) for a person."""
    cc, dob, fe = p.cc, p.dob, p.female
    if cc == "GB":
        return [("NI number", core.uk_ni(rng), "NATIONAL_ID"), ("NHS number", core.nhs(rng), "NATIONAL_ID")]
    if cc == "IE":
        return [("PPS number", core.pps(rng), "NATIONAL_ID")]
    if cc == "US":
        return [("SSN", core.ssn(rng), "US_SSN")]
    if cc == "CA":
        return [("SIN", core.ca_sin(rng), "NATIONAL_ID")]
    if cc == "IN":
        return [
            ("Aadhaar", core.aadhaar(rng), "NATIONAL_ID"),
            ("PAN", core.pan(rng, p.family if p.script == "latin" else "K"), "NATIONAL_ID"),
        ]
    if cc == "ES":
        return [("DNI", core.dni(rng), "NATIONAL_ID")]
    if cc == "IT":
        fam = p.family.split(" ")[0]
        return [("codice fiscale", core.codice_fiscale(rng, fam, p.given, dob, fe), "NATIONAL_ID")]
    if cc == "MX":
        return [("CURP", core.curp(rng, p.family, p.given, dob, fe), "NATIONAL_ID")]
    if cc == "NL":
        return [("BSN", core.bsn(rng), "NATIONAL_ID")]
    if cc == "PL":
        return [("PESEL", core.pesel(rng, dob, fe), "NATIONAL_ID")]
    if cc == "DE":
        return [("Steuer-ID", core.steuer_id(rng), "NATIONAL_ID")]
    if cc == "CH":
        return [("AHV-Nr.", core.ahv(rng), "NATIONAL_ID")]
    if cc == "SE":
        return [("personnummer", core.personnummer(rng, dob), "NATIONAL_ID")]
    if cc == "NO":
        return [("fødselsnummer", core.fodselsnummer(rng, dob), "NATIONAL_ID")]
    if cc == "BR":
        return [("CPF", core.cpf(rng), "NATIONAL_ID")]
    if cc == "TR":
        return [("T.C. Kimlik No", core.tckimlik(rng), "NATIONAL_ID")]
    if cc == "CN":
        return [("居民身份证", core.cn_ric_id(rng, dob), "NATIONAL_ID")]
    if cc == "KR":
        return [("주민등록번호", core.kr_rrn_id(rng, dob, fe), "NATIONAL_ID")]
    if cc == "ZA":
        return [("ID number", core.za_id(rng, dob, fe), "NATIONAL_ID")]
    if cc == "GR":
        return [
            ("AMKA", core.amka(rng, dob), "NATIONAL_ID"),
            (
                "ΑΔΤ",
                rng.choice("ΑΒΕΖΗΙΚΜΝΟΡΤΥΧ") + rng.choice("ΑΒΕΖΗΙΚΜΝΟΡΤΥΧ") + " " + core.digits(rng, 6),
                "NATIONAL_ID",
            ),
        ]
    if cc == "HR":
        return [("OIB", core.oib(rng), "NATIONAL_ID")]
    if cc == "ID":
        return [("NIK", core.nik_id(rng, dob, fe), "NATIONAL_ID")]
    if cc == "FR":
        return [("n° de sécurité sociale", core.nir(rng, dob, fe), "NATIONAL_ID")]
    if cc == "JP":
        return [("マイナンバー", core.my_number(rng), "NATIONAL_ID")]
    if cc == "PK":
        return [("CNIC", core.cnic(rng, fe), "NATIONAL_ID")]
    if cc == "UA":
        return [("РНОКПП", core.rntrc(rng), "NATIONAL_ID")]
    if cc == "RU":
        return [
            ("паспорт РФ", "%s %s %s" % (core.digits(rng, 2), core.digits(rng, 2), core.digits(rng, 6)), "NATIONAL_ID")
        ]
    if cc == "PH":
        return [
            ("PhilSys PCN", core.group(core.digits(rng, 16, True), [4, 4, 4, 4], "-"), "NATIONAL_ID"),
            ("SSS No.", "%s-%s-%s" % (core.digits(rng, 2), core.digits(rng, 7), core.digits(rng, 1)), "NATIONAL_ID"),
        ]
    if cc == "VN":
        return [
            (
                "CCCD",
                rng.choice(["001", "031", "079", "036", "034", "048"])
                + ("1" if fe else "0")
                + "%02d" % (dob[0] % 100)
                + core.digits(rng, 6),
                "NATIONAL_ID",
            )
        ]
    if cc == "EG":
        return [
            (
                "الرقم القومي",
                ("2" if dob[0] < 2000 else "3")
                + "%02d%02d%02d" % (dob[0] % 100, dob[1], dob[2])
                + rng.choice(["01", "02", "03", "04", "11", "21"])
                + core.digits(rng, 5),
                "NATIONAL_ID",
            )
        ]
    if cc == "BD":
        return [("NID", core.digits(rng, 10, True), "NATIONAL_ID")]
    if cc == "MM":
        return [
            (
                "NRC",
                "%d/%s(N)%s"
                % (
                    rng.randint(1, 14),
                    rng.choice(["KaMaYa", "LaMaNa", "ThaGaKa", "MaYaKa", "PaZaTa"]),
                    core.digits(rng, 6),
                ),
                "NATIONAL_ID",
            )
        ]
    if cc == "NG":
        return [("NIN", core.digits(rng, 11, True), "NATIONAL_ID")]
    if cc == "GH":
        return [("Ghana Card", "GHA-%s-%s" % (core.digits(rng, 9, True), core.digits(rng, 1)), "NATIONAL_ID")]
    if cc == "KE":
        return [("ID No.", core.digits(rng, 8, True), "NATIONAL_ID")]
    return [("ID", core.digits(rng, 9), "NATIONAL_ID")]


def passport(rng, p):
    if p.cc == "US":
        return (core.us_passport(rng), "US_PASSPORT")
    return (core.passport_generic(rng, p.cc), "NATIONAL_ID")


MONTHS = {
    "en": "January|February|March|April|May|June|July|August|September|October|November|December",
    "de": "Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember",
    "fr": "janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre",
    "es": "enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre",
    "it": "gennaio|febbraio|marzo|aprile|maggio|giugno|luglio|agosto|settembre|ottobre|novembre|dicembre",
    "nl": "januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december",
    "pt": "janeiro|fevereiro|março|abril|maio|junho|julho|agosto|setembro|outubro|novembro|dezembro",
    "pl": "stycznia|lutego|marca|kwietnia|maja|czerwca|lipca|sierpnia|września|października|listopada|grudnia",
    "uk": "січня|лютого|березня|квітня|травня|червня|липня|серпня|вересня|жовтня|листопада|грудня",
}
MONTHS = {k: L(v) for k, v in MONTHS.items()}


def date(rng, ymd, style=None):
    y, m, d = ymd
    style = style or rng.choice(["dmy/", "dmy/", "iso", "dMy", "dmy.", "Mdy", "dmy-", "dmy2"])
    if style == "dmy/":
        return "%02d/%02d/%04d" % (d, m, y)
    if style == "dmy2":
        return "%02d/%02d/%02d" % (d, m, y % 100)
    if style == "mdy/":
        return "%02d/%02d/%04d" % (m, d, y)
    if style == "iso":
        return "%04d-%02d-%02d" % (y, m, d)
    if style == "dmy.":
        return "%02d.%02d.%04d" % (d, m, y)
    if style == "dmy-":
        return "%02d-%s-%04d" % (d, MONTHS["en"][m - 1][:3].upper(), y)
    if style == "Mdy":
        return "%s %d, %d" % (MONTHS["en"][m - 1], d, y)
    if style == "dMy":
        return "%d %s %d" % (d, MONTHS["en"][m - 1], y)
    if style == "dMy3":
        return "%d %s %d" % (d, MONTHS["en"][m - 1][:3], y)
    if style in ("de", "fr", "it", "nl"):
        return "%d%s %s %d" % (d, "." if style == "de" else "", MONTHS[style][m - 1], y)
    if style in ("es", "pt"):
        return "%d de %s de %d" % (d, MONTHS[style][m - 1], y)
    if style == "pl":
        return "%d %s %d r." % (d, MONTHS["pl"][m - 1], y)
    if style == "uk":
        return "%d %s %d р." % (d, MONTHS["uk"][m - 1], y)
    if style == "cjk":
        return "%d年%d月%d日" % (y, m, d)
    if style == "ko":
        return "%d년 %d월 %d일" % (y, m, d)
    return "%02d/%02d/%04d" % (d, m, y)


def lang_date_style(cc):
    return {
        "US": "mdy/",
        "DE": "de",
        "CH": "dmy.",
        "FR": "fr",
        "ES": "es",
        "MX": "es",
        "IT": "it",
        "NL": "nl",
        "BR": "pt",
        "PL": "pl",
        "UA": "uk",
        "CN": "cjk",
        "JP": "cjk",
        "KR": "ko",
        "RU": "dmy.",
        "NO": "dmy.",
        "TR": "dmy.",
        "HR": "dmy.",
    }.get(cc, "dmy/")


NUM_WORDS = [
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
]
TENS = {20: "twenty", 30: "thirty", 40: "forty", 50: "fifty", 60: "sixty", 70: "seventy", 80: "eighty", 90: "ninety"}


def age_words(n):
    if n < len(NUM_WORDS):
        return NUM_WORDS[n]
    if n < 20:
        return ["", "", "", "", "", "", "", "", "eighteen", "nineteen"][n - 10] if n >= 18 else str(n)
    t = n // 10 * 10
    return TENS[t] + ("-" + NUM_WORDS[n % 10] if n % 10 else "")


# ------------------------------------------------------------------------------ plates
def plate(rng, cc):
    U = core.UP.replace("I", "").replace("O", "").replace("Q", "")
    if cc in ("GB",):
        return "%s%02d %s" % (
            core.letters(rng, 2, U),
            rng.choice([14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 64, 65, 66, 67, 68, 69, 70, 71, 72, 73, 74]),
            core.letters(rng, 3, U),
        )
    if cc == "IE":
        return "%d-%s-%d" % (
            rng.choice([151, 161, 171, 182, 191, 201, 212, 231, 241]),
            rng.choice(["D", "C", "G", "L", "KY", "WD"]),
            rng.randint(1, 29999),
        )
    if cc == "DE":
        return "%s-%s %d" % (
            rng.choice(["HH", "HB", "K", "M", "L", "DD", "H", "KI", "HRO", "MS", "N", "S"]),
            core.letters(rng, rng.choice([1, 2]), U),
            rng.randint(1, 9999),
        )
    if cc == "FR":
        return "%s-%03d-%s" % (core.letters(rng, 2, U), rng.randint(1, 999), core.letters(rng, 2, U))
    if cc == "ES":
        return "%04d %s" % (rng.randint(0, 9999), core.letters(rng, 3, "BCDFGHJKLMNPRSTVWXYZ"))
    if cc == "IT":
        return "%s %03d%s" % (core.letters(rng, 2, U), rng.randint(0, 999), core.letters(rng, 2, U))
    if cc == "NL":
        return "%s-%03d-%s" % (
            core.letters(rng, 2, "GHJKLNPRSTXZ"),
            rng.randint(1, 999),
            core.letters(rng, 1, "BDFGHJ"),
        )
    if cc == "PL":
        return "%s %s" % (rng.choice(["GD", "GA", "WA", "KR", "PO", "ZS", "DW"]), core.digits(rng, 5))
    if cc == "US":
        return rng.choice(
            [
                "%s-%s" % (core.digits(rng, 1), core.letters(rng, 3)) + core.digits(rng, 3),
                "%s %s" % (core.letters(rng, 3), core.digits(rng, 4)),
                core.digits(rng, 3) + " " + core.letters(rng, 3),
            ]
        )
    if cc == "IN":
        return "%s %02d %s %04d" % (
            rng.choice(["MH", "KL", "TN", "DL", "KA", "GJ"]),
            rng.randint(1, 50),
            core.letters(rng, 2),
            rng.randint(1, 9999),
        )
    if cc == "BR":
        return "%s%d%s%02d" % (core.letters(rng, 3), rng.randint(0, 9), core.letters(rng, 1), rng.randint(0, 99))
    if cc == "TR":
        return "%02d %s %d" % (
            rng.choice([34, 35, 6, 33, 61, 55, 7, 16]),
            core.letters(rng, 2, U),
            rng.randint(10, 9999),
        )
    if cc == "SE":
        return "%s %02d%s" % (core.letters(rng, 3, U), rng.randint(0, 99), rng.choice(U + core.D))
    if cc == "NO":
        return "%s %05d" % (rng.choice(["EL", "EK", "BT", "SV", "AB", "DN"]), rng.randint(10000, 99999))
    if cc == "CH":
        return "%s %d" % (rng.choice(["ZH", "BE", "BS", "LU", "SG", "TI", "VD", "GE"]), rng.randint(1000, 999999))
    if cc == "ZA":
        return "%s %s %s GP" % (core.letters(rng, 2, U), core.digits(rng, 2), core.letters(rng, 2, U))
    if cc == "NG":
        return "%s-%03d%s" % (
            rng.choice(["LSR", "KJA", "EKY", "ABJ", "APP"]),
            rng.randint(1, 999),
            core.letters(rng, 2),
        )
    if cc == "PH":
        return "%s %04d" % (core.letters(rng, 3, U), rng.randint(1000, 9999))
    if cc == "CA":
        return "%s%s %s" % (core.letters(rng, 4, U), "", core.digits(rng, 3))
    return "%s %s" % (core.letters(rng, 3, U), core.digits(rng, 4))
