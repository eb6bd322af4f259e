"""Hand-written value pools for the v21 generator (written from general knowledge).

Pairs are written "latin|native" where a locale has its own script.
Slavic/Greek surnames that change with gender are written "male/female".
"""


def _s(txt):
    return [x.strip() for x in txt.split(",") if x.strip()]


NAMES = {
    "en": {
        "f": _s(
            "Olivia, Amelia, Isla, Ava, Grace, Freya, Chloe, Megan, Hannah, Sophie, Emily, Jessica, Lauren, Rebecca, "
            "Charlotte, Ellie, Niamh, Siobhan, Bethany, Kayleigh, Aisha, Priya, Zainab, Chidinma, Madison, Brianna, "
            "Jasmine, Kayla, Destiny, Ashley, Harriet, Imogen, Rosie, Tamsin, Leanne, Shanice, Keisha, Mei, Ngozi, Fern"
        ),
        "m": _s(
            "Oliver, Harry, George, Jack, Noah, Charlie, Thomas, James, Callum, Liam, Connor, Rhys, Dylan, Kieran, "
            "Jamal, Tyrone, Mohammed, Arjun, Kwame, Ethan, Mason, Logan, Tyler, Brandon, DeShawn, Darius, Owen, "
            "Finlay, Alfie, Reuben, Declan, Hamish, Gareth, Marcus, Trevor, Darnell, Wesley, Rory, Ibrahim, Kofi"
        ),
        "l": _s(
            "Smith, Jones, Taylor, Brown, Williams, Wilson, Johnson, Davies, Robinson, Wright, Thompson, Evans, Walker, "
            "White, Roberts, Green, Hall, Wood, Jackson, Clarke, Patel, Khan, Okafor, Nowak, O'Brien, McAllister, "
            "Fitzgerald, Ahmed, Begum, Hughes, Murphy, Adeyemi, Nguyen, Rodriguez, Garcia, Miller, Davis, Martinez, "
            "Anderson, Washington, Kim, Hernandez, Brooks, Sullivan, Reyes, Coleman, Henderson, Fraser, MacLeod, "
            "Pritchard, Ellison, Mensah, Chowdhury, Boateng, Whitfield, Gallagher, Szabo, Delgado, Abernathy, Oyelaran"
        ),
    },
    "de": {
        "f": _s(
            "Lena, Hannah, Lea, Mia, Anna, Laura, Julia, Sophie, Katharina, Johanna, Marie, Sabine, Ute, Birgit, Jana, "
            "Aylin, Elif, Franziska, Svenja, Gisela"
        ),
        "m": _s(
            "Lukas, Jonas, Leon, Felix, Maximilian, Paul, Tobias, Jan, Florian, Stefan, Jürgen, Uwe, Matthias, Niklas, "
            "Emre, Dimitri, Torsten, Henrik, Moritz, Ralf"
        ),
        "l": _s(
            "Müller, Schmidt, Schneider, Fischer, Weber, Meyer, Wagner, Becker, Schulz, Hoffmann, Koch, Richter, Klein, "
            "Wolf, Schröder, Neumann, Schwarz, Zimmermann, Braun, Krüger, Hartmann, Lange, Vogel, Yılmaz, Bauer, "
            "Huber, Lehmann, Köhler, Brandt, Kaiser"
        ),
    },
    "fr": {
        "f": _s(
            "Camille, Léa, Manon, Chloé, Inès, Emma, Louise, Juliette, Sarah, Clémence, Mathilde, Nathalie, Isabelle, "
            "Sandrine, Aurélie, Yasmine, Fatou, Margaux, Océane, Hélène"
        ),
        "m": _s(
            "Lucas, Hugo, Louis, Théo, Nathan, Mathis, Antoine, Julien, Nicolas, Pierre, Olivier, Mehdi, Karim, "
            "Mamadou, Baptiste, Maxime, Gaëtan, Thierry, Rémi, Yannick"
        ),
        "l": _s(
            "Martin, Bernard, Dubois, Thomas, Robert, Richard, Petit, Durand, Leroy, Moreau, Simon, Laurent, Lefèvre, "
            "Michel, Fontaine, Rousseau, Mercier, Lambert, Bonnet, Girard, Benali, Diallo, N'Diaye, Chevalier, "
            "Gauthier, Lemoine, Le Goff, Perrin"
        ),
    },
    "es": {
        "f": _s(
            "Lucía, María, Paula, Carmen, Elena, Sofía, Alba, Marta, Nerea, Irene, Ainhoa, Rocío, Pilar, Laura, "
            "Valeria, Guadalupe, Ximena, Itziar, Montserrat, Lorena"
        ),
        "m": _s(
            "Hugo, Pablo, Javier, Alejandro, Daniel, Sergio, Iker, Álvaro, Jorge, Manuel, Raúl, Unai, José Luis, "
            "Santiago, Diego, Emiliano, Rodrigo, Joaquín, Íñigo, Ramón"
        ),
        "l": _s(
            "García, Fernández, González, Rodríguez, López, Martínez, Sánchez, Pérez, Gómez, Martín, Jiménez, Ruiz, "
            "Hernández, Díaz, Moreno, Álvarez, Romero, Navarro, Torres, Domínguez, Etxeberria, Vázquez, Castillo, "
            "Ramírez, Flores, Gutiérrez, Ortega, Delgado, Mendoza, Aguirre"
        ),
    },
    "it": {
        "f": _s(
            "Giulia, Chiara, Francesca, Sara, Martina, Alessia, Federica, Valentina, Elisa, Giorgia, Beatrice, Aurora, "
            "Rosa, Paola, Ilaria, Serena"
        ),
        "m": _s(
            "Lorenzo, Matteo, Leonardo, Francesco, Alessandro, Andrea, Marco, Luca, Giuseppe, Davide, Simone, "
            "Riccardo, Salvatore, Gianluca, Emanuele, Vincenzo"
        ),
        "l": _s(
            "Rossi, Russo, Ferrari, Esposito, Bianchi, Romano, Colombo, Ricci, Marino, Greco, Bruno, Gallo, Conti, "
            "De Luca, Costa, Giordano, Mancini, Rizzo, Lombardi, Moretti, Barbieri, Fontana, Santoro, Caruso"
        ),
    },
    "nl": {
        "f": _s("Emma, Julia, Sanne, Lotte, Fleur, Anouk, Eva, Femke, Noor, Lieke, Ilse, Marieke, Saskia, Yara"),
        "m": _s("Daan, Sem, Bram, Lucas, Thijs, Jesse, Ruben, Stijn, Joost, Pieter, Wouter, Sven, Mohamed, Gijs"),
        "l": _s(
            "de Jong, Jansen, de Vries, van den Berg, van Dijk, Bakker, Janssen, Visser, Smit, Meijer, de Boer, "
            "Mulder, de Groot, Bos, Vos, Peters, Hendriks, van Leeuwen, Dekker, Brouwer, van der Linden, Kok, "
            "El Amrani, Yıldız"
        ),
    },
    "pl": {
        "f": _s(
            "Zuzanna, Julia, Maja, Hanna, Lena, Alicja, Oliwia, Natalia, Wiktoria, Agnieszka, Katarzyna, Małgorzata, "
            "Joanna, Ewa, Magdalena, Aleksandra"
        ),
        "m": _s(
            "Jakub, Antoni, Szymon, Jan, Filip, Kacper, Mateusz, Piotr, Krzysztof, Tomasz, Paweł, Michał, Łukasz, "
            "Wojciech, Marcin, Bartosz"
        ),
        "l": _s(
            "Nowak, Kowalski/Kowalska, Wiśniewski/Wiśniewska, Wójcik, Kowalczyk, Kamiński/Kamińska, "
            "Lewandowski/Lewandowska, Zieliński/Zielińska, Szymański/Szymańska, Woźniak, Dąbrowski/Dąbrowska, "
            "Kozłowski/Kozłowska, Jankowski/Jankowska, Mazur, Krawczyk, Piotrowski/Piotrowska, "
            "Grabowski/Grabowska, Pawłowski/Pawłowska, Zając, Król, Wróbel, Sikora"
        ),
    },
    "pt": {
        "f": _s(
            "Ana, Maria Eduarda, Júlia, Beatriz, Larissa, Camila, Fernanda, Juliana, Letícia, Gabriela, Thaís, "
            "Luana, Bruna, Rafaela"
        ),
        "m": _s(
            "João Pedro, Lucas, Gabriel, Rafael, Gustavo, Matheus, Felipe, Thiago, Bruno, Rodrigo, Caio, "
            "Vinícius, Diego, Leandro"
        ),
        "l": _s(
            "Silva, Santos, Oliveira, Souza, Rodrigues, Ferreira, Alves, Pereira, Lima, Gomes, Costa, Ribeiro, "
            "Martins, Carvalho, Almeida, Lopes, Araújo, Barbosa, Nascimento, Cavalcanti"
        ),
    },
    "tr": {
        "f": _s("Zeynep, Elif, Ayşe, Fatma, Merve, Büşra, Esra, Selin, Ece, Defne, Hülya, Derya, Gizem, Tuğba"),
        "m": _s("Mehmet, Mustafa, Ahmet, Emre, Burak, Can, Mert, Kerem, Oğuz, Murat, Hakan, Yusuf, Barış, Serkan"),
        "l": _s(
            "Yılmaz, Kaya, Demir, Şahin, Çelik, Yıldız, Yıldırım, Öztürk, Aydın, Özdemir, Arslan, Doğan, Kılıç, "
            "Aslan, Çetin, Koç, Kurt, Polat, Güneş, Akgül"
        ),
    },
    "sv": {
        "f": _s("Alice, Maja, Elsa, Astrid, Wilma, Freja, Ebba, Linnea, Sara, Karin, Ingrid, Sofia"),
        "m": _s("Oscar, William, Lucas, Elias, Hugo, Erik, Lars, Anders, Johan, Mikael, Nils, Axel"),
        "l": _s(
            "Andersson, Johansson, Karlsson, Nilsson, Eriksson, Larsson, Olsson, Persson, Svensson, Gustafsson, "
            "Lindberg, Lindqvist, Bergström, Holm, Sandberg, Ek"
        ),
    },
    "ru": {
        "f": _s(
            "Anastasiya|Анастасия, Mariya|Мария, Darya|Дарья, Yekaterina|Екатерина, Anna|Анна, Sofya|Софья, "
            "Polina|Полина, Olga|Ольга, Tatyana|Татьяна, Yelena|Елена, Kseniya|Ксения, Viktoriya|Виктория"
        ),
        "m": _s(
            "Aleksandr|Александр, Dmitriy|Дмитрий, Maksim|Максим, Ivan|Иван, Artyom|Артём, Nikita|Никита, "
            "Mikhail|Михаил, Sergey|Сергей, Andrey|Андрей, Aleksey|Алексей, Kirill|Кирилл, Yegor|Егор"
        ),
        "l": _s(
            "Ivanov/Ivanova|Иванов/Иванова, Smirnov/Smirnova|Смирнов/Смирнова, Kuznetsov/Kuznetsova|Кузнецов/Кузнецова, "
            "Popov/Popova|Попов/Попова, Vasilyev/Vasilyeva|Васильев/Васильева, Petrov/Petrova|Петров/Петрова, "
            "Sokolov/Sokolova|Соколов/Соколова, Mikhaylov/Mikhaylova|Михайлов/Михайлова, Novikov/Novikova|Новиков/Новикова, "
            "Fyodorov/Fyodorova|Фёдоров/Фёдорова, Morozov/Morozova|Морозов/Морозова, Volkov/Volkova|Волков/Волкова, "
            "Lebedev/Lebedeva|Лебедев/Лебедева, Kozlov/Kozlova|Козлов/Козлова, Orlov/Orlova|Орлов/Орлова"
        ),
    },
    "uk": {
        "f": _s(
            "Oksana|Оксана, Olena|Олена, Iryna|Ірина, Yuliia|Юлія, Sofiia|Софія, Daryna|Дарина, Khrystyna|Христина, "
            "Nataliia|Наталія, Solomiia|Соломія, Halyna|Галина"
        ),
        "m": _s(
            "Taras|Тарас, Bohdan|Богдан, Andrii|Андрій, Oleksandr|Олександр, Dmytro|Дмитро, Yurii|Юрій, "
            "Mykola|Микола, Vasyl|Василь, Ostap|Остап, Maksym|Максим"
        ),
        "l": _s(
            "Shevchenko|Шевченко, Kovalenko|Коваленко, Bondarenko|Бондаренко, Tkachenko|Ткаченко, "
            "Kravchenko|Кравченко, Melnyk|Мельник, Shevchuk|Шевчук, Polishchuk|Поліщук, Boiko|Бойко, "
            "Tkachuk|Ткачук, Savchenko|Савченко, Rudenko|Руденко, Marchenko|Марченко, Lysenko|Лисенко, Hnatiuk|Гнатюк"
        ),
    },
    "el": {
        "f": _s(
            "Maria|Μαρία, Eleni|Ελένη, Aikaterini|Αικατερίνη, Georgia|Γεωργία, Dimitra|Δήμητρα, Sofia|Σοφία, "
            "Vasiliki|Βασιλική, Anastasia|Αναστασία, Despoina|Δέσποινα, Christina|Χριστίνα"
        ),
        "m": _s(
            "Georgios|Γεώργιος, Dimitrios|Δημήτριος, Konstantinos|Κωνσταντίνος, Ioannis|Ιωάννης, Nikolaos|Νικόλαος, "
            "Panagiotis|Παναγιώτης, Christos|Χρήστος, Vasileios|Βασίλειος, Athanasios|Αθανάσιος, Michail|Μιχαήλ"
        ),
        "l": _s(
            "Papadopoulos/Papadopoulou|Παπαδόπουλος/Παπαδοπούλου, Pappas/Pappa|Παππάς/Παππά, Oikonomou|Οικονόμου, "
            "Georgiou|Γεωργίου, Nikolaidis/Nikolaidou|Νικολαΐδης/Νικολαΐδου, Karagiannis/Karagianni|Καραγιάννης/Καραγιάννη, "
            "Vlachos/Vlachou|Βλάχος/Βλάχου, Dimitriou|Δημητρίου, Makris/Makri|Μακρής/Μακρή, Alexiou|Αλεξίου"
        ),
    },
    "ar": {
        "f": _s(
            "Fatima|فاطمة, Mariam|مريم, Nour|نور, Rania|رانيا, Layla|ليلى, Huda|هدى, Salma|سلمى, Yasmin|ياسمين, "
            "Aya|آية, Reem|ريم"
        ),
        "m": _s(
            "Mohammed|محمد, Ahmad|أحمد, Omar|عمر, Youssef|يوسف, Khaled|خالد, Ali|علي, Hassan|حسن, Karim|كريم, "
            "Tarek|طارق, Mahmoud|محمود"
        ),
        "l": _s(
            "Haddad|حداد, Khalil|خليل, Mansour|منصور, Nasser|ناصر, Saleh|صالح, Hamdan|حمدان, Awad|عوض, "
            "Suleiman|سليمان, Abdallah|عبدالله, El-Masry|المصري, Barakat|بركات, Farouk|فاروق"
        ),
    },
    "hi": {
        "f": _s(
            "Priya|प्रिया, Ananya|अनन्या, Neha|नेहा, Pooja|पूजा, Kavita|कविता, Sunita|सुनीता, Aditi|अदिति, "
            "Riya|रिया, Shreya|श्रेया, Meera|मीरा"
        ),
        "m": _s(
            "Rahul|राहुल, Rohit|रोहित, Amit|अमित, Vikram|विक्रम, Arjun|अर्जुन, Sanjay|संजय, Aditya|आदित्य, "
            "Karan|करण, Deepak|दीपक, Manish|मनीष"
        ),
        "l": _s(
            "Sharma|शर्मा, Verma|वर्मा, Gupta|गुप्ता, Singh|सिंह, Yadav|यादव, Mishra|मिश्रा, Patel|पटेल, "
            "Joshi|जोशी, Chauhan|चौहान, Agarwal|अग्रवाल, Reddy|रेड्डी, Nair|नायर, Iyer|अय्यर, Kulkarni|कुलकर्णी"
        ),
    },
    "ta": {
        "f": _s("Divya|திவ்யா, Lakshmi|லட்சுமி, Kaviya|காவ்யா, Meenakshi|மீனாட்சி, Selvi|செல்வி, Nandhini|நந்தினி"),
        "m": _s("Karthik|கார்த்திக், Arun|அருண், Murugan|முருகன், Vignesh|விக்னேஷ், Senthil|செந்தில், Prakash|பிரகாஷ்"),
        "l": _s(
            "Subramanian|சுப்பிரமணியன், Ramasamy|ராமசாமி, Krishnan|கிருஷ்ணன், Pandian|பாண்டியன், "
            "Rajendran|ராஜேந்திரன், Natarajan|நடராஜன்"
        ),
    },
    "bn": {
        "f": _s("Tania|তানিয়া, Nusrat|নুসরাত, Sumaiya|সুমাইয়া, Mitu|মিতু, Ritu|ঋতু, Farzana|ফারজানা, Moushumi|মৌসুমী"),
        "m": _s("Rahim|রহিম, Sourav|সৌরভ, Arif|আরিফ, Tanvir|তানভীর, Rakib|রাকিব, Shuvo|শুভ, Imran|ইমরান"),
        "l": _s(
            "Hossain|হোসেন, Rahman|রহমান, Islam|ইসলাম, Das|দাস, Chowdhury|চৌধুরী, Ahmed|আহমেদ, Sarkar|সরকার, "
            "Akter|আক্তার, Biswas|বিশ্বাস"
        ),
    },
    "ur": {
        "f": _s("Ayesha|عائشہ, Hina|حنا, Sana|ثناء, Mahnoor|ماہنور, Zara|زارا, Iqra|اقرا, Fiza|فضا"),
        "m": _s("Ali|علی, Bilal|بلال, Usman|عثمان, Hamza|حمزہ, Faisal|فیصل, Zain|زین, Saad|سعد"),
        "l": _s(
            "Qureshi|قریشی, Butt|بٹ, Khan|خان, Malik|ملک, Chaudhry|چوہدری, Sheikh|شیخ, Raza|رضا, Abbasi|عباسی, Mirza|مرزا"
        ),
    },
    "fa": {
        "f": _s(
            "Maryam|مریم, Sara|سارا, Zahra|زهرا, Fatemeh|فاطمه, Niloufar|نیلوفر, Shirin|شیرین, Parisa|پریسا, Yasaman|یاسمن"
        ),
        "m": _s("Reza|رضا, Amir|امیر, Ali|علی, Mohammad|محمد, Hossein|حسین, Mehdi|مهدی, Arash|آرش, Kourosh|کوروش"),
        "l": _s(
            "Ahmadi|احمدی, Hosseini|حسینی, Mohammadi|محمدی, Rezaei|رضایی, Moradi|مرادی, Karimi|کریمی, "
            "Jafari|جعفری, Rahimi|رحیمی, Tehrani|تهرانی, Sadeghi|صادقی"
        ),
    },
    "ja": {
        "f": _s(
            "Yui|結衣, Sakura|さくら, Hina|陽菜, Aoi|葵, Mio|澪, Yuna|結菜, Haruka|遥, Misaki|美咲, Nanami|七海, Rin|凛"
        ),
        "m": _s(
            "Haruto|陽翔, Ren|蓮, Sota|蒼太, Yuto|悠斗, Minato|湊, Daiki|大輝, Kenta|健太, Takumi|拓海, Shota|翔太, Riku|陸"
        ),
        "l": _s(
            "Sato|佐藤, Suzuki|鈴木, Takahashi|高橋, Tanaka|田中, Watanabe|渡辺, Ito|伊藤, Yamamoto|山本, "
            "Nakamura|中村, Kobayashi|小林, Kato|加藤, Yoshida|吉田, Yamada|山田, Sasaki|佐々木, Matsumoto|松本, Inoue|井上"
        ),
    },
    "ko": {
        "f": _s(
            "Minji|민지, Seoyeon|서연, Jiwoo|지우, Hayoon|하윤, Soyeon|소연, Eunji|은지, Yuna|유나, Subin|수빈, Dahye|다혜"
        ),
        "m": _s(
            "Jiho|지호, Minjun|민준, Seojun|서준, Dohyun|도현, Junho|준호, Hyunwoo|현우, Jaehyun|재현, Sungmin|성민, Woojin|우진"
        ),
        "l": _s(
            "Kim|김, Lee|이, Park|박, Choi|최, Jung|정, Kang|강, Cho|조, Yoon|윤, Jang|장, Lim|임, Han|한, Shin|신, Seo|서, Kwon|권, Hwang|황"
        ),
    },
    "zh": {
        "f": _s(
            "Na|娜, Jing|静, Xiaoling|晓玲, Yuting|雨婷, Min|敏, Xinyi|欣怡, Jiaqi|佳琪, Meiling|美玲, Wenjing|文静, Lina|丽娜"
        ),
        "m": _s("Wei|伟, Hao|浩, Jun|军, Lei|磊, Yang|洋, Tao|涛, Haoran|浩然, Yuxuan|宇轩, Jianguo|建国, Zhiwei|志伟"),
        "l": _s(
            "Wang|王, Li|李, Zhang|张, Liu|刘, Chen|陈, Yang|杨, Huang|黄, Zhao|赵, Wu|吴, Zhou|周, Xu|徐, Sun|孙, "
            "Ma|马, Zhu|朱, Hu|胡, Guo|郭, Lin|林"
        ),
    },
    "vi": {
        "f": _s(
            "Lan|Lan, Huong|Hương, Mai|Mai, Linh|Linh, Thao|Thảo, Trang|Trang, Ngoc Anh|Ngọc Anh, Phuong|Phương, Hoa|Hoa, Thu|Thu"
        ),
        "m": _s("An|An, Minh|Minh, Duc|Đức, Tuan|Tuấn, Hung|Hùng, Quang|Quang, Huy|Huy, Khoa|Khoa, Nam|Nam, Long|Long"),
        "l": _s(
            "Nguyen|Nguyễn, Tran|Trần, Le|Lê, Pham|Phạm, Hoang|Hoàng, Huynh|Huỳnh, Phan|Phan, Vu|Vũ, Vo|Võ, "
            "Dang|Đặng, Bui|Bùi, Do|Đỗ, Ngo|Ngô"
        ),
    },
    "th": {
        "f": _s(
            "Siriporn|ศิริพร, Kanokwan|กนกวรรณ, Pimchanok|พิมพ์ชนก, Suda|สุดา, Wanida|วนิดา, Porntip|พรทิพย์, Nattaya|ณัฐญา"
        ),
        "m": _s(
            "Somchai|สมชาย, Arthit|อาทิตย์, Anan|อนันต์, Kittisak|กิตติศักดิ์, Thanakorn|ธนากร, Prasert|ประเสริฐ, "
            "Wichai|วิชัย, Chaiwat|ชัยวัฒน์"
        ),
        "l": _s(
            "Saetang|แซ่ตั้ง, Srisuk|ศรีสุข, Wongsawat|วงศ์สวัสดิ์, Chaiyaporn|ชัยพร, Boonmee|บุญมี, "
            "Rattanakorn|รัตนากร, Sukjai|สุขใจ, Phromma|พรหมมา, Kaewmanee|แก้วมณี"
        ),
    },
    "sr": {
        "f": _s(
            "Jelena|Јелена, Milica|Милица, Ana|Ана, Marija|Марија, Teodora|Теодора, Jovana|Јована, "
            "Katarina|Катарина, Ivana|Ивана, Dragana|Драгана"
        ),
        "m": _s(
            "Marko|Марко, Nikola|Никола, Stefan|Стефан, Luka|Лука, Miloš|Милош, Nemanja|Немања, Dušan|Душан, "
            "Aleksandar|Александар, Vuk|Вук"
        ),
        "l": _s(
            "Jovanović|Јовановић, Petrović|Петровић, Nikolić|Николић, Marković|Марковић, Đorđević|Ђорђевић, "
            "Stojanović|Стојановић, Ilić|Илић, Stanković|Станковић, Pavlović|Павловић, Milošević|Милошевић"
        ),
    },
    "he": {
        "f": _s("Noa|נועה, Tamar|תמר, Shira|שירה, Maya|מאיה, Yael|יעל, Adi|עדי, Michal|מיכל, Ayala|איילה"),
        "m": _s("Yonatan|יונתן, Itai|איתי, Noam|נועם, Ariel|אריאל, Omer|עומר, Eitan|איתן, Daniel|דניאל, Yosef|יוסף"),
        "l": _s(
            "Cohen|כהן, Levi|לוי, Mizrahi|מזרחי, Peretz|פרץ, Biton|ביטון, Friedman|פרידמן, Avraham|אברהם, "
            "Katz|כץ, Azoulay|אזולאי, Shapira|שפירא"
        ),
    },
    "am": {
        "f": _s("Selam|ሰላም, Hana|ሐና, Meron|ሜሮን, Tigist|ትዕግስት, Bethlehem|ቤተልሔም, Hiwot|ሕይወት, Mahlet|ማህሌት, Liya|ሊያ"),
        "m": _s("Abebe|አበበ, Dawit|ዳዊት, Yonas|ዮናስ, Bereket|በረከት, Henok|ሄኖክ, Samuel|ሳሙኤል, Kidus|ቅዱስ, Natnael|ናትናኤል"),
        "l": _s(
            "Tesfaye|ተስፋዬ, Bekele|በቀለ, Girma|ግርማ, Alemu|አለሙ, Haile|ኃይሌ, Tadesse|ታደሰ, Mekonnen|መኮንን, "
            "Assefa|አሰፋ, Wolde|ወልዴ"
        ),
    },
    "yo": {
        "f": _s(
            "Adeola|Adéọlá, Bisi|Bísí, Funmilayo|Fúnmiláyọ̀, Titilayo|Títílayọ̀, Yetunde|Yétúndé, Folake|Folákẹ́, "
            "Omolara|Ọmọ́lára, Abike|Abíkẹ́, Kemi|Kẹ́mi, Damilola|Dámilọ́lá"
        ),
        "m": _s(
            "Tunde|Túndé, Femi|Fẹ́mi, Segun|Ṣẹ́gun, Kayode|Káyọ̀dé, Babatunde|Babátúndé, Olumide|Olúmídé, "
            "Dayo|Dayọ̀, Wale|Walé, Akin|Akin, Gbenga|Gbénga"
        ),
        "l": _s(
            "Adebayo|Adébáyọ̀, Ogunleye|Ògúnlẹ́yẹ, Adeyemi|Adéyẹmí, Olawale|Ọláwálé, Afolabi|Afọlábí, "
            "Adewale|Adéwálé, Ogundipe|Ògúndípẹ̀, Balogun|Balógun, Ajayi|Àjàyí, Akinola|Akínọlá"
        ),
    },
}

# Nicknames / short forms as people type them (Latin) for translit tips.
NICKS = {
    "ru": _s(
        "Sasha, Dima, Nastya, Katya, Masha, Tanya, Lena, Ksyusha, Vika, Tyoma, Kirya, Misha, Seryozha, Lyosha, Vanya, Polinka"
    ),
    "uk": _s("Sashko, Tarasyk, Oksanka, Dimon, Yulka, Bodia, Andriiko, Solia, Halia, Ostapchyk"),
    "el": _s(
        "Giorgos, Nikos, Kostas, Giannis, Takis, Dimitris, Panos, Xristos, Katerina, Elenitsa, Vaso, Marianna, Sofaki"
    ),
    "ar": _s("Hamoudi, Abood, Nono, Lulu, Mido, Yoyo, Zizo, Roro, Khalood"),
    "hi": _s("Rinku, Pinky, Bunty, Sonu, Monu, Guddu, Chintu, Dolly, Golu"),
    "ur": _s("Billu, Goga, Pinky, Mani, Shani, Nomi, Annie, Sunny"),
    "fa": _s("Alireza, Mamad, Hamid, Ati, Nazi, Mahsa, Pari"),
    "bn": _s("Tumpa, Rony, Bappy, Mim, Shuvo, Piya, Rana"),
    "ta": _s("Karthi, Divi, Vicky, Selva, Priya, Arunu, Nandu"),
    "ja": _s("Yuu, Haru, Tomo, Mii, Ken, Sou, Nao"),
    "ko": _s("Minji, Jiho, Seoyeonie, Dohyun, Yuna, Junho"),
    "zh": _s("Xiao Wang, Xiao Li, Lele, Tiantian, Dongdong, Mengmeng, Haohao"),
    "vi": _s("Bao, Ti, Teo, Bin, Na, Bong, Tun, Mit"),
    "th": _s("Ploy, Nong, Bank, Beam, Mint, Fah, Film, Aom, Ton, Golf, Bam, Pond"),
    "tr": _s("Emo, Memo, Zeyno, Elifcim, Burakcan, Ayso"),
    "pl": _s("Kuba, Ola, Zuzia, Kasia, Gosia, Bartek, Tomek, Wojtek, Madzia"),
    "sr": _s("Mare, Dzoni, Ceca, Jeca, Dule, Nikolica, Mica"),
    "he": _s("Yoni, Tami, Shir, Itaiush, Noa'le, Avi, Moti"),
    "am": _s("Abi, Dave, Sami, Hanni, Meri, Beki"),
    "yo": _s("Tunde, Bisi, Shola, Yemi, Deji, Toyin, Lekan"),
}

# (town, region, lat, lon, postcode-area)
PLACES = {
    "GB": [
        ("Leeds", "West Yorkshire", 53.800, -1.549, "LS"),
        ("Bristol", "", 51.454, -2.588, "BS"),
        ("Sheffield", "South Yorkshire", 53.381, -1.470, "S"),
        ("Norwich", "Norfolk", 52.630, 1.297, "NR"),
        ("Cardiff", "", 51.481, -3.179, "CF"),
        ("Swansea", "", 51.621, -3.944, "SA"),
        ("Glasgow", "", 55.864, -4.252, "G"),
        ("Aberdeen", "Aberdeenshire", 57.150, -2.094, "AB"),
        ("Nottingham", "Nottinghamshire", 52.954, -1.158, "NG"),
        ("Leicester", "Leicestershire", 52.637, -1.140, "LE"),
        ("Coventry", "West Midlands", 52.407, -1.512, "CV"),
        ("Brighton", "East Sussex", 50.823, -0.137, "BN"),
        ("Exeter", "Devon", 50.718, -3.534, "EX"),
        ("Plymouth", "Devon", 50.376, -4.143, "PL"),
        ("York", "North Yorkshire", 53.960, -1.082, "YO"),
        ("Hull", "East Riding of Yorkshire", 53.745, -0.337, "HU"),
        ("Bolton", "Greater Manchester", 53.578, -2.429, "BL"),
        ("Preston", "Lancashire", 53.763, -2.703, "PR"),
        ("Luton", "Bedfordshire", 51.879, -0.417, "LU"),
        ("Reading", "Berkshire", 51.454, -0.973, "RG"),
        ("Oxford", "Oxfordshire", 51.752, -1.258, "OX"),
        ("Derby", "Derbyshire", 52.922, -1.477, "DE"),
        ("Belfast", "County Antrim", 54.597, -5.930, "BT"),
        ("Inverness", "Highland", 57.478, -4.225, "IV"),
        ("Walsall", "West Midlands", 52.586, -1.982, "WS"),
        ("Southampton", "Hampshire", 50.909, -1.404, "SO"),
        ("Wolverhampton", "West Midlands", 52.587, -2.129, "WV"),
        ("Stoke-on-Trent", "Staffordshire", 53.003, -2.180, "ST"),
        ("Walthamstow", "", 51.583, -0.020, "E"),
        ("Peckham", "", 51.474, -0.069, "SE"),
        ("Kentish Town", "", 51.550, -0.141, "NW"),
        ("Chorlton", "Greater Manchester", 53.442, -2.277, "M"),
    ],
    "US": [
        ("Columbus", "OH", 39.961, -82.999, "432"),
        ("Portland", "OR", 45.515, -122.679, "972"),
        ("Austin", "TX", 30.267, -97.743, "787"),
        ("Denver", "CO", 39.739, -104.990, "802"),
        ("Raleigh", "NC", 35.780, -78.639, "276"),
        ("Tucson", "AZ", 32.222, -110.975, "857"),
        ("Albany", "NY", 42.653, -73.756, "122"),
        ("Brooklyn", "NY", 40.678, -73.944, "112"),
        ("Madison", "WI", 43.073, -89.401, "537"),
        ("Spokane", "WA", 47.659, -117.426, "992"),
        ("Savannah", "GA", 32.081, -81.091, "314"),
        ("Fresno", "CA", 36.738, -119.787, "937"),
        ("Oakland", "CA", 37.804, -122.271, "946"),
        ("Pittsburgh", "PA", 40.441, -79.996, "152"),
        ("Cleveland", "OH", 41.499, -81.694, "441"),
        ("Newark", "NJ", 40.736, -74.172, "071"),
        ("Tampa", "FL", 27.951, -82.457, "336"),
        ("Orlando", "FL", 28.538, -81.379, "328"),
        ("Chicago", "IL", 41.878, -87.630, "606"),
        ("Evanston", "IL", 42.045, -87.688, "602"),
        ("Ann Arbor", "MI", 42.281, -83.743, "481"),
        ("Houston", "TX", 29.760, -95.370, "770"),
        ("San Antonio", "TX", 29.424, -98.494, "782"),
        ("Phoenix", "AZ", 33.448, -112.074, "850"),
        ("Sacramento", "CA", 38.582, -121.494, "958"),
        ("Seattle", "WA", 47.606, -122.332, "981"),
        ("Atlanta", "GA", 33.749, -84.388, "303"),
        ("Minneapolis", "MN", 44.978, -93.265, "554"),
        ("Worcester", "MA", 42.263, -71.802, "016"),
        ("Boulder", "CO", 40.015, -105.270, "803"),
    ],
    "DE": [
        ("Berlin", "Berlin", 52.520, 13.405, "10"),
        ("Hamburg", "Hamburg", 53.551, 9.994, "20"),
        ("München", "Bayern", 48.137, 11.576, "80"),
        ("Köln", "Nordrhein-Westfalen", 50.938, 6.960, "50"),
        ("Leipzig", "Sachsen", 51.340, 12.375, "04"),
        ("Dresden", "Sachsen", 51.050, 13.738, "01"),
        ("Frankfurt am Main", "Hessen", 50.110, 8.682, "60"),
        ("Stuttgart", "Baden-Württemberg", 48.776, 9.183, "70"),
        ("Nürnberg", "Bayern", 49.452, 11.077, "90"),
        ("Bremen", "Bremen", 53.079, 8.802, "28"),
        ("Hannover", "Niedersachsen", 52.376, 9.732, "30"),
        ("Freiburg im Breisgau", "Baden-Württemberg", 47.999, 7.842, "79"),
        ("Münster", "Nordrhein-Westfalen", 51.961, 7.626, "48"),
        ("Kiel", "Schleswig-Holstein", 54.323, 10.123, "24"),
        ("Rostock", "Mecklenburg-Vorpommern", 54.092, 12.099, "18"),
        ("Mainz", "Rheinland-Pfalz", 49.993, 8.247, "55"),
        ("Regensburg", "Bayern", 49.013, 12.102, "93"),
        ("Bochum", "Nordrhein-Westfalen", 51.482, 7.216, "44"),
    ],
    "FR": [
        ("Paris", "Île-de-France", 48.857, 2.352, "75"),
        ("Lyon", "Rhône", 45.764, 4.836, "69"),
        ("Marseille", "Bouches-du-Rhône", 43.296, 5.370, "13"),
        ("Toulouse", "Haute-Garonne", 43.605, 1.444, "31"),
        ("Nantes", "Loire-Atlantique", 47.218, -1.554, "44"),
        ("Lille", "Nord", 50.629, 3.057, "59"),
        ("Bordeaux", "Gironde", 44.838, -0.579, "33"),
        ("Rennes", "Ille-et-Vilaine", 48.117, -1.678, "35"),
        ("Strasbourg", "Bas-Rhin", 48.573, 7.752, "67"),
        ("Montpellier", "Hérault", 43.611, 3.877, "34"),
        ("Grenoble", "Isère", 45.188, 5.724, "38"),
        ("Nice", "Alpes-Maritimes", 43.710, 7.262, "06"),
        ("Angers", "Maine-et-Loire", 47.478, -0.563, "49"),
        ("Dijon", "Côte-d'Or", 47.322, 5.041, "21"),
        ("Tours", "Indre-et-Loire", 47.394, 0.685, "37"),
        ("Clermont-Ferrand", "Puy-de-Dôme", 45.778, 3.087, "63"),
        ("Saint-Étienne", "Loire", 45.440, 4.387, "42"),
        ("Roubaix", "Nord", 50.690, 3.181, "59"),
    ],
    "ES": [
        ("Madrid", "Madrid", 40.417, -3.704, "28"),
        ("Barcelona", "Cataluña", 41.385, 2.173, "08"),
        ("Valencia", "Comunidad Valenciana", 39.470, -0.376, "46"),
        ("Sevilla", "Andalucía", 37.389, -5.984, "41"),
        ("Zaragoza", "Aragón", 41.649, -0.889, "50"),
        ("Málaga", "Andalucía", 36.721, -4.421, "29"),
        ("Bilbao", "País Vasco", 43.263, -2.935, "48"),
        ("Granada", "Andalucía", 37.177, -3.599, "18"),
        ("Valladolid", "Castilla y León", 41.652, -4.724, "47"),
        ("Vigo", "Galicia", 42.240, -8.721, "36"),
        ("Alicante", "Comunidad Valenciana", 38.345, -0.481, "03"),
        ("Murcia", "Región de Murcia", 37.992, -1.131, "30"),
        ("Palma", "Islas Baleares", 39.570, 2.650, "07"),
        ("Salamanca", "Castilla y León", 40.970, -5.664, "37"),
        ("Oviedo", "Asturias", 43.362, -5.849, "33"),
    ],
    "IT": [
        ("Milano", "MI", 45.464, 9.190, "201"),
        ("Roma", "RM", 41.903, 12.496, "001"),
        ("Torino", "TO", 45.070, 7.687, "101"),
        ("Napoli", "NA", 40.852, 14.268, "801"),
        ("Bologna", "BO", 44.495, 11.343, "401"),
        ("Firenze", "FI", 43.770, 11.256, "501"),
        ("Genova", "GE", 44.405, 8.946, "161"),
        ("Palermo", "PA", 38.116, 13.361, "901"),
        ("Bari", "BA", 41.117, 16.872, "701"),
        ("Verona", "VR", 45.438, 10.992, "371"),
        ("Padova", "PD", 45.406, 11.877, "351"),
        ("Catania", "CT", 37.508, 15.083, "951"),
        ("Trieste", "TS", 45.650, 13.777, "341"),
        ("Brescia", "BS", 45.541, 10.212, "251"),
        ("Parma", "PR", 44.801, 10.328, "431"),
    ],
    "NL": [
        ("Amsterdam", "Noord-Holland", 52.370, 4.895, "10"),
        ("Rotterdam", "Zuid-Holland", 51.924, 4.478, "30"),
        ("Utrecht", "Utrecht", 52.091, 5.122, "35"),
        ("Den Haag", "Zuid-Holland", 52.070, 4.300, "25"),
        ("Eindhoven", "Noord-Brabant", 51.441, 5.470, "56"),
        ("Groningen", "Groningen", 53.219, 6.567, "97"),
        ("Leiden", "Zuid-Holland", 52.160, 4.497, "23"),
        ("Haarlem", "Noord-Holland", 52.387, 4.646, "20"),
        ("Nijmegen", "Gelderland", 51.842, 5.853, "65"),
        ("Tilburg", "Noord-Brabant", 51.555, 5.091, "50"),
        ("Zwolle", "Overijssel", 52.517, 6.083, "80"),
        ("Maastricht", "Limburg", 50.851, 5.691, "62"),
    ],
    "PL": [
        ("Warszawa", "mazowieckie", 52.230, 21.011, "00"),
        ("Kraków", "małopolskie", 50.065, 19.945, "30"),
        ("Łódź", "łódzkie", 51.759, 19.456, "90"),
        ("Wrocław", "dolnośląskie", 51.108, 17.039, "50"),
        ("Poznań", "wielkopolskie", 52.406, 16.925, "60"),
        ("Gdańsk", "pomorskie", 54.352, 18.647, "80"),
        ("Szczecin", "zachodniopomorskie", 53.429, 14.553, "70"),
        ("Lublin", "lubelskie", 51.246, 22.568, "20"),
        ("Katowice", "śląskie", 50.264, 19.024, "40"),
        ("Białystok", "podlaskie", 53.133, 23.169, "15"),
        ("Rzeszów", "podkarpackie", 50.041, 21.999, "35"),
        ("Toruń", "kujawsko-pomorskie", 53.014, 18.598, "87"),
    ],
    "CA": [
        ("Toronto", "ON", 43.653, -79.383, "M"),
        ("Ottawa", "ON", 45.421, -75.697, "K"),
        ("Montréal", "QC", 45.502, -73.567, "H"),
        ("Québec", "QC", 46.813, -71.208, "G"),
        ("Vancouver", "BC", 49.283, -123.121, "V"),
        ("Victoria", "BC", 48.428, -123.366, "V"),
        ("Calgary", "AB", 51.045, -114.072, "T"),
        ("Edmonton", "AB", 53.546, -113.494, "T"),
        ("Winnipeg", "MB", 49.895, -97.138, "R"),
        ("Halifax", "NS", 44.649, -63.575, "B"),
        ("Saskatoon", "SK", 52.134, -106.647, "S"),
        ("Hamilton", "ON", 43.256, -79.871, "L"),
        ("London", "ON", 42.984, -81.246, "N"),
        ("Mississauga", "ON", 43.589, -79.644, "L"),
        ("Gatineau", "QC", 45.477, -75.701, "J"),
    ],
    "AU": [
        ("Newtown", "NSW", -33.897, 151.179, "2042"),
        ("Parramatta", "NSW", -33.815, 151.001, "2150"),
        ("Bondi", "NSW", -33.891, 151.274, "2026"),
        ("Fitzroy", "VIC", -37.799, 144.978, "3065"),
        ("Brunswick", "VIC", -37.767, 144.962, "3056"),
        ("Footscray", "VIC", -37.800, 144.900, "3011"),
        ("West End", "QLD", -27.482, 153.009, "4101"),
        ("Chermside", "QLD", -27.386, 153.031, "4032"),
        ("Fremantle", "WA", -32.057, 115.748, "6160"),
        ("Subiaco", "WA", -31.949, 115.823, "6008"),
        ("Norwood", "SA", -34.921, 138.630, "5067"),
        ("Sandy Bay", "TAS", -42.904, 147.328, "7005"),
        ("Belconnen", "ACT", -35.238, 149.067, "2617"),
        ("Nightcliff", "NT", -12.383, 130.850, "0810"),
        ("Geelong", "VIC", -38.147, 144.361, "3220"),
        ("Cairns", "QLD", -16.919, 145.771, "4870"),
        ("Wollongong", "NSW", -34.424, 150.893, "2500"),
    ],
    "IN": [
        ("Bengaluru", "Karnataka", 12.972, 77.595, "560", "Indiranagar|Koramangala|Jayanagar|Whitefield"),
        ("Mumbai", "Maharashtra", 19.076, 72.878, "400", "Andheri West|Dadar|Powai|Chembur"),
        ("Pune", "Maharashtra", 18.520, 73.857, "411", "Kothrud|Aundh|Hadapsar"),
        ("Chennai", "Tamil Nadu", 13.083, 80.271, "600", "T. Nagar|Velachery|Adyar|Anna Nagar"),
        ("Hyderabad", "Telangana", 17.385, 78.487, "500", "Banjara Hills|Kukatpally|Madhapur"),
        ("Kolkata", "West Bengal", 22.573, 88.364, "700", "Salt Lake|Behala|Ballygunge"),
        ("New Delhi", "Delhi", 28.614, 77.209, "110", "Lajpat Nagar|Dwarka|Rohini|Saket"),
        ("Jaipur", "Rajasthan", 26.912, 75.787, "302", "Malviya Nagar|Vaishali Nagar|Mansarovar"),
        ("Lucknow", "Uttar Pradesh", 26.847, 80.947, "226", "Gomti Nagar|Aliganj|Indira Nagar"),
        ("Kochi", "Kerala", 9.931, 76.267, "682", "Kakkanad|Edappally|Vyttila"),
        ("Ahmedabad", "Gujarat", 23.023, 72.571, "380", "Navrangpura|Satellite|Maninagar"),
        ("Indore", "Madhya Pradesh", 22.720, 75.858, "452", "Vijay Nagar|Palasia|Rajendra Nagar"),
    ],
    "BR": [
        ("São Paulo", "SP", -23.551, -46.633, "01", "Pinheiros|Vila Mariana|Mooca|Perdizes"),
        ("Rio de Janeiro", "RJ", -22.907, -43.173, "22", "Copacabana|Tijuca|Laranjeiras|Botafogo"),
        ("Belo Horizonte", "MG", -19.917, -43.935, "30", "Savassi|Funcionários|Pampulha"),
        ("Curitiba", "PR", -25.429, -49.271, "80", "Batel|Água Verde|Centro Cívico"),
        ("Porto Alegre", "RS", -30.035, -51.218, "90", "Moinhos de Vento|Menino Deus|Cidade Baixa"),
        ("Salvador", "BA", -12.978, -38.501, "40", "Barra|Rio Vermelho|Pituba"),
        ("Recife", "PE", -8.048, -34.877, "50", "Boa Viagem|Casa Forte|Espinheiro"),
        ("Fortaleza", "CE", -3.732, -38.527, "60", "Aldeota|Meireles|Benfica"),
    ],
    "TR": [
        ("İstanbul", "Kadıköy|Beşiktaş|Üsküdar|Esenyurt|Bakırköy", 41.008, 28.978, "34"),
        ("Ankara", "Çankaya|Keçiören|Yenimahalle", 39.934, 32.860, "06"),
        ("İzmir", "Karşıyaka|Bornova|Buca", 38.423, 27.143, "35"),
        ("Bursa", "Nilüfer|Osmangazi", 40.188, 29.061, "16"),
        ("Antalya", "Muratpaşa|Konyaaltı", 36.897, 30.713, "07"),
        ("Eskişehir", "Tepebaşı|Odunpazarı", 39.777, 30.521, "26"),
    ],
    "SE": [
        ("Stockholm", "", 59.329, 18.069, "11"),
        ("Göteborg", "", 57.709, 11.975, "41"),
        ("Malmö", "", 55.605, 13.004, "21"),
        ("Uppsala", "", 59.859, 17.639, "75"),
        ("Lund", "", 55.705, 13.191, "22"),
        ("Umeå", "", 63.826, 20.263, "90"),
        ("Västerås", "", 59.610, 16.545, "72"),
        ("Örebro", "", 59.275, 15.213, "70"),
        ("Linköping", "", 58.411, 15.622, "58"),
    ],
    "CH": [
        ("Zürich", "ZH", 47.377, 8.541, "80"),
        ("Bern", "BE", 46.948, 7.447, "30"),
        ("Basel", "BS", 47.560, 7.589, "40"),
        ("Genève", "GE", 46.204, 6.143, "12"),
        ("Lausanne", "VD", 46.520, 6.633, "10"),
        ("Luzern", "LU", 47.050, 8.309, "60"),
        ("St. Gallen", "SG", 47.424, 9.377, "90"),
        ("Winterthur", "ZH", 47.500, 8.724, "84"),
        ("Lugano", "TI", 46.004, 8.951, "69"),
    ],
    "JP": [
        ("東京都世田谷区北沢", "Kitazawa", "Setagaya-ku", "Tokyo", 35.662, 139.668, "155"),
        ("東京都杉並区阿佐谷南", "Asagaya-minami", "Suginami-ku", "Tokyo", 35.702, 139.636, "166"),
        ("大阪府大阪市北区天神橋", "Tenjinbashi", "Kita-ku", "Osaka", 34.703, 135.512, "530"),
        ("神奈川県横浜市港北区日吉", "Hiyoshi", "Kohoku-ku", "Yokohama", 35.553, 139.646, "223"),
        ("京都府京都市左京区一乗寺", "Ichijoji", "Sakyo-ku", "Kyoto", 35.047, 135.786, "606"),
        ("北海道札幌市中央区南三条西", "Minami-Sanjo-Nishi", "Chuo-ku", "Sapporo", 43.057, 141.350, "060"),
        ("福岡県福岡市中央区大名", "Daimyo", "Chuo-ku", "Fukuoka", 33.589, 130.393, "810"),
        ("愛知県名古屋市千種区今池", "Imaike", "Chikusa-ku", "Nagoya", 35.168, 136.935, "464"),
        ("宮城県仙台市青葉区一番町", "Ichibancho", "Aoba-ku", "Sendai", 38.260, 140.873, "980"),
    ],
    "KR": [
        ("서울특별시 마포구 월드컵북로", "World Cup buk-ro", "Mapo-gu", "Seoul", 37.566, 126.901, "03"),
        ("부산광역시 해운대구 해운대로", "Haeundae-ro", "Haeundae-gu", "Busan", 35.163, 129.163, "48"),
        ("경기도 성남시 분당구 판교역로", "Pangyoyeok-ro", "Bundang-gu", "Seongnam", 37.395, 127.111, "13"),
        ("인천광역시 연수구 송도과학로", "Songdogwahak-ro", "Yeonsu-gu", "Incheon", 37.382, 126.656, "21"),
        ("대구광역시 수성구 달구벌대로", "Dalgubeol-daero", "Suseong-gu", "Daegu", 35.858, 128.630, "42"),
        ("서울특별시 강남구 테헤란로", "Teheran-ro", "Gangnam-gu", "Seoul", 37.500, 127.036, "06"),
    ],
    "CN": [
        ("上海市浦东新区世纪大道", "Shanghai", 31.230, 121.474, "200120"),
        ("北京市朝阳区建国路", "Beijing", 39.904, 116.407, "100022"),
        ("广东省深圳市南山区科技园南路", "Shenzhen", 22.543, 114.058, "518057"),
        ("四川省成都市武侯区人民南路四段", "Chengdu", 30.573, 104.066, "610041"),
        ("湖北省武汉市洪山区珞喻路", "Wuhan", 30.593, 114.305, "430074"),
        ("浙江省杭州市西湖区文三路", "Hangzhou", 30.274, 120.155, "310012"),
    ],
    "RU": [
        ("Казань", "Kazan", 55.796, 49.106),
        ("Екатеринбург", "Yekaterinburg", 56.838, 60.597),
        ("Новосибирск", "Novosibirsk", 55.008, 82.935),
        ("Самара", "Samara", 53.195, 50.100),
        ("Нижний Новгород", "Nizhny Novgorod", 56.296, 43.936),
        ("Пермь", "Perm", 58.010, 56.229),
    ],
    "GR": [
        ("Αθήνα", "Athens", 37.984, 23.728),
        ("Θεσσαλονίκη", "Thessaloniki", 40.640, 22.944),
        ("Πάτρα", "Patras", 38.246, 21.735),
        ("Ηράκλειο", "Heraklion", 35.339, 25.144),
        ("Λάρισα", "Larissa", 39.639, 22.419),
        ("Βόλος", "Volos", 39.362, 22.942),
    ],
}

STREETS = {
    "GB": _s(
        "Larkspur Close, Victoria Road, Church Lane, Mill Street, Beechwood Avenue, Station Road, Kingsley Drive, "
        "Hollybush Lane, Albert Terrace, Queen's Crescent, Ashgrove, Fernbank Gardens, Cromwell Road, Marlborough Way, "
        "Orchard Rise, Thornhill Park, Granby Street, Lavender Walk, Brook Street, Hawthorn Mews, Stanley Grove, "
        "Cavendish Place, Priory Lane, Elmfield Road, Wentworth Close"
    ),
    "US": _s(
        "Maple Ridge Dr, W 38th St, Elm St, Oakwood Ave, N Lincoln Ave, Cedar Hollow Ln, Pine Valley Rd, Magnolia Ct, "
        "Willow Creek Pkwy, Harrison St, E Colfax Ave, Lakeshore Dr, Prospect Ave, Bluebonnet Trl, Mission St, "
        "Cherry Hill Rd, S Congress Ave, Division St, Hawthorne Blvd, Sycamore Ln, Franklin Ave, Juniper Way"
    ),
    "DE": _s(
        "Lindenstraße, Goethestraße, Am Mühlbach, Hauptstraße, Bahnhofstraße, Kastanienallee, Gartenweg, Rosenstraße, "
        "Birkenweg, Friedrich-Ebert-Straße, Eichendorffweg, Talstraße, Brunnenstraße, Hirschgasse, Schulstraße, "
        "Am Stadtpark, Ahornweg, Kirchplatz"
    ),
    "FR": _s(
        "rue de la République, avenue Jean-Jaurès, boulevard Voltaire, rue des Lilas, allée des Tilleuls, "
        "impasse du Moulin, rue Victor-Hugo, place du Marché, chemin des Vignes, rue Pasteur, quai de la Loire, "
        "rue du Faubourg Saint-Antoine, rue des Écoles, avenue de la Gare"
    ),
    "ES": _s(
        "Calle Mayor, C/ de Alcalá, Avenida de la Constitución, Calle del Pez, Carrer de Mallorca, Calle Real, "
        "Calle San Fernando, Avda. de Andalucía, Calle Larios, Calle Goya, Carrer de Sants, Calle Uría, Rúa do Príncipe"
    ),
    "IT": _s(
        "Via Garibaldi, Via Roma, Corso Vittorio Emanuele II, Via dei Mille, Viale Monza, Via Po, Via San Vitale, "
        "Via Toledo, Via Etnea, Via Nazionale, Via Mazzini, Via Dante, Corso Buenos Aires, Via XX Settembre"
    ),
    "NL": _s(
        "Prinsengracht, Kerkstraat, Dorpsstraat, Oudegracht, Molenweg, Julianalaan, Wilhelminastraat, Beatrixlaan, "
        "Vondelstraat, Hoogstraat, Zeeburgerdijk, Stationsweg, Lange Nieuwstraat"
    ),
    "PL": _s(
        "ul. Długa, ul. Piotrkowska, ul. Marszałkowska, al. Jerozolimskie, ul. Mickiewicza, ul. Kościuszki, "
        "os. Tysiąclecia, ul. Słowackiego, ul. Ogrodowa, ul. Lipowa, ul. Polna, ul. Krakowska, ul. Wrocławska"
    ),
    "CA": _s(
        "Queen St W, Bloor St E, rue Saint-Denis, boul. René-Lévesque O, Main St, Jasper Ave, Portage Ave, "
        "Spring Garden Rd, Commercial Dr, Elgin St, Kensington Rd NW, Dundas St, Yonge St, Broadway W"
    ),
    "AU": _s(
        "Wattle St, King St, Smith St, Brunswick Rd, Sydney Rd, Boundary St, Hay St, Beach Rd, Banksia Cres, "
        "Jacaranda Ave, Bellevue Tce, Kent St, Lygon St, Oxford St, Flinders Lane"
    ),
    "IN": _s(
        "14th Cross, 2nd Main Road, MG Road, Link Road, Station Road, Temple Street, 5th Avenue, Gandhi Marg, "
        "Nehru Street, 100 Feet Road, Old Airport Road, Lake View Road"
    ),
    "BR": _s(
        "Rua Augusta, Rua das Laranjeiras, Av. Paulista, Rua Oscar Freire, Rua Haddock Lobo, Av. Atlântica, "
        "Rua da Bahia, Rua XV de Novembro, Av. Boa Viagem, Rua Padre Chagas, Rua dos Andradas"
    ),
    "TR": _s(
        "Caferağa Mah. Moda Cad., Bağdat Cad., Cumhuriyet Mah. Lale Sok., Atatürk Blv., Yeni Mah. Gül Sok., "
        "Barbaros Mah. Çınar Sok., İstiklal Cad., Fevzi Çakmak Mah. Papatya Sok."
    ),
    "SE": _s(
        "Storgatan, Drottninggatan, Kungsgatan, Vasagatan, Södra vägen, Björkvägen, Skolgatan, Götgatan, Linnégatan"
    ),
    "CH": _s(
        "Bahnhofstrasse, Seefeldstrasse, Rue du Rhône, Avenue de la Gare, Spalenberg, Marktgasse, Via Nassa, "
        "Kramgasse, Badenerstrasse, Chemin des Pâquerettes"
    ),
    "RU": _s(
        "ул. Ленина, ул. Гагарина, пр-т Мира, ул. Советская, ул. Пушкина, ул. Садовая, ул. Баумана, ул. Молодёжная"
    ),
    "GR": _s("Ερμού, Εγνατίας, Τσιμισκή, Πανεπιστημίου, Αγίου Νικολάου, Κολοκοτρώνη, Μητροπόλεως, Κορίνθου"),
}

DISTRICTS_GB = _s(
    "Headingley, Roath, Moseley, Chorlton, Clifton, Jesmond, Hyde Park, Meanwood, Easton, Beeston, "
    "Sneinton, Kings Heath, Hove, Heavitree, Acomb, Partick, Dennistoun"
)

COUNTRY_NAME = {
    "GB": "United Kingdom",
    "US": "USA",
    "DE": "Deutschland",
    "FR": "France",
    "ES": "España",
    "IT": "Italia",
    "NL": "Nederland",
    "PL": "Polska",
    "CA": "Canada",
    "AU": "Australia",
    "IN": "India",
    "BR": "Brasil",
    "TR": "Türkiye",
    "SE": "Sverige",
    "CH": "Schweiz",
    "JP": "Japan",
    "KR": "South Korea",
    "CN": "China",
    "RU": "Russia",
    "GR": "Greece",
}

EMAIL_DOMAINS = {
    "GB": _s("gmail.com, outlook.com, hotmail.co.uk, yahoo.co.uk, btinternet.com, icloud.com, sky.com"),
    "US": _s("gmail.com, yahoo.com, outlook.com, icloud.com, aol.com, comcast.net, proton.me"),
    "DE": _s("gmx.de, web.de, t-online.de, gmail.com, posteo.de"),
    "FR": _s("orange.fr, free.fr, laposte.net, gmail.com, sfr.fr"),
    "ES": _s("gmail.com, hotmail.es, yahoo.es, telefonica.net"),
    "IT": _s("libero.it, gmail.com, virgilio.it, tiscali.it"),
    "NL": _s("gmail.com, ziggo.nl, kpnmail.nl, hotmail.nl"),
    "PL": _s("wp.pl, o2.pl, onet.pl, interia.pl, gmail.com"),
    "CA": _s("gmail.com, outlook.com, rogers.com, videotron.ca, shaw.ca"),
    "AU": _s("gmail.com, bigpond.com, outlook.com.au, optusnet.com.au"),
    "IN": _s("gmail.com, rediffmail.com, yahoo.co.in, outlook.com"),
    "BR": _s("gmail.com, uol.com.br, hotmail.com, bol.com.br"),
    "TR": _s("gmail.com, hotmail.com, yandex.com.tr"),
    "SE": _s("gmail.com, telia.com, hotmail.se"),
    "CH": _s("bluewin.ch, gmx.ch, gmail.com, sunrise.ch"),
    "JP": _s("docomo.ne.jp, gmail.com, yahoo.co.jp, icloud.com"),
    "KR": _s("naver.com, daum.net, gmail.com, kakao.com"),
    "CN": _s("qq.com, 163.com, 126.com, sina.com"),
    "RU": _s("mail.ru, yandex.ru, bk.ru, inbox.ru"),
    "UA": _s("ukr.net, gmail.com, i.ua"),
    "GR": _s("gmail.com, yahoo.gr, otenet.gr"),
    "XX": _s("gmail.com, outlook.com, yahoo.com, hotmail.com, proton.me, icloud.com"),
}

USER_WORDS = _s(
    "sky, fox, luna, pixel, shadow, neon, storm, mango, bunny, ghost, viper, panda, kiwi, tiger, nova, echo, "
    "blaze, frost, ruby, milo, zen, jelly, cosmic, lazy, crazy, silent, lucky, dark, mellow, toast, noodle, "
    "cherry, wolf, raven, ember, pickle, comet, velvet, cactus, otter, sushi, maple, glitch, turbo, boba"
)

# ----------------------------------------------------------------------------- clinical
# (english, german, french, icd10, [meds])
CONDITIONS = [
    (
        "type 2 diabetes",
        "Diabetes mellitus Typ 2",
        "diabète de type 2",
        "E11.9",
        ["metformin", "empagliflozin", "gliclazide"],
    ),
    ("hypertension", "arterielle Hypertonie", "hypertension artérielle", "I10", ["ramipril", "amlodipine", "losartan"]),
    ("asthma", "Asthma bronchiale", "asthme", "J45.9", ["salbutamol", "beclometasone", "montelukast"]),
    ("COPD", "COPD", "BPCO", "J44.9", ["tiotropium", "salbutamol"]),
    (
        "atrial fibrillation",
        "Vorhofflimmern",
        "fibrillation auriculaire",
        "I48.9",
        ["apixaban", "bisoprolol", "rivaroxaban"],
    ),
    ("hypothyroidism", "Hypothyreose", "hypothyroïdie", "E03.9", ["levothyroxine"]),
    ("depression", "depressive Episode", "épisode dépressif", "F32.1", ["sertraline", "citalopram", "mirtazapine"]),
    (
        "generalised anxiety disorder",
        "generalisierte Angststörung",
        "trouble anxieux généralisé",
        "F41.1",
        ["sertraline", "propranolol"],
    ),
    ("epilepsy", "Epilepsie", "épilepsie", "G40.9", ["lamotrigine", "levetiracetam"]),
    ("migraine", "Migräne", "migraine", "G43.9", ["sumatriptan", "propranolol"]),
    (
        "rheumatoid arthritis",
        "rheumatoide Arthritis",
        "polyarthrite rhumatoïde",
        "M06.9",
        ["methotrexate", "folic acid"],
    ),
    (
        "chronic kidney disease stage 3",
        "chronische Niereninsuffizienz Stadium 3",
        "insuffisance rénale chronique stade 3",
        "N18.3",
        ["furosemide"],
    ),
    ("coeliac disease", "Zöliakie", "maladie cœliaque", "K90.0", []),
    ("Crohn's disease", "Morbus Crohn", "maladie de Crohn", "K50.9", ["mesalazine", "azathioprine"]),
    ("psoriasis", "Psoriasis vulgaris", "psoriasis", "L40.0", ["calcipotriol"]),
    ("gout", "Gicht", "goutte", "M10.9", ["allopurinol", "colchicine"]),
    (
        "heart failure",
        "Herzinsuffizienz",
        "insuffisance cardiaque",
        "I50.9",
        ["bisoprolol", "spironolactone", "furosemide"],
    ),
    ("bipolar disorder", "bipolare Störung", "trouble bipolaire", "F31.9", ["lithium carbonate", "quetiapine"]),
    ("ADHD", "ADHS", "TDAH", "F90.0", ["methylphenidate", "lisdexamfetamine"]),
    ("HIV", "HIV-Infektion", "infection par le VIH", "B24", ["bictegravir/emtricitabine/tenofovir alafenamide"]),
    ("multiple sclerosis", "Multiple Sklerose", "sclérose en plaques", "G35", ["dimethyl fumarate"]),
    ("Parkinson's disease", "Morbus Parkinson", "maladie de Parkinson", "G20", ["co-careldopa"]),
    ("sickle cell disease", "Sichelzellkrankheit", "drépanocytose", "D57.1", ["hydroxycarbamide", "folic acid"]),
    ("endometriosis", "Endometriose", "endométriose", "N80.9", ["dienogest"]),
    ("glaucoma", "Glaukom", "glaucome", "H40.9", ["latanoprost"]),
    ("obstructive sleep apnoea", "obstruktive Schlafapnoe", "apnée obstructive du sommeil", "G47.3", []),
    ("opioid dependence", "Opioidabhängigkeit", "dépendance aux opioïdes", "F11.2", ["methadone", "buprenorphine"]),
    (
        "type 1 diabetes",
        "Diabetes mellitus Typ 1",
        "diabète de type 1",
        "E10.9",
        ["insulin glargine", "insulin aspart"],
    ),
    ("osteoarthritis of the knee", "Gonarthrose", "gonarthrose", "M17.9", ["naproxen", "paracetamol"]),
    ("hypercholesterolaemia", "Hypercholesterinämie", "hypercholestérolémie", "E78.0", ["atorvastatin", "simvastatin"]),
]

MED_STRENGTH = {
    "metformin": "500 mg",
    "empagliflozin": "10 mg",
    "gliclazide": "80 mg",
    "ramipril": "5 mg",
    "amlodipine": "5 mg",
    "losartan": "50 mg",
    "salbutamol": "100 micrograms/dose",
    "beclometasone": "100 micrograms/dose",
    "montelukast": "10 mg",
    "tiotropium": "2.5 micrograms",
    "apixaban": "5 mg",
    "bisoprolol": "2.5 mg",
    "rivaroxaban": "20 mg",
    "levothyroxine": "75 micrograms",
    "sertraline": "50 mg",
    "citalopram": "20 mg",
    "mirtazapine": "15 mg",
    "propranolol": "40 mg",
    "lamotrigine": "100 mg",
    "levetiracetam": "500 mg",
    "sumatriptan": "50 mg",
    "methotrexate": "10 mg",
    "folic acid": "5 mg",
    "furosemide": "40 mg",
    "mesalazine": "800 mg",
    "azathioprine": "50 mg",
    "calcipotriol": "50 micrograms/g",
    "allopurinol": "100 mg",
    "colchicine": "500 micrograms",
    "spironolactone": "25 mg",
    "lithium carbonate": "400 mg",
    "quetiapine": "100 mg",
    "methylphenidate": "18 mg",
    "lisdexamfetamine": "30 mg",
    "bictegravir/emtricitabine/tenofovir alafenamide": "50/200/25 mg",
    "dimethyl fumarate": "240 mg",
    "co-careldopa": "25/100 mg",
    "hydroxycarbamide": "500 mg",
    "dienogest": "2 mg",
    "latanoprost": "50 micrograms/ml",
    "methadone": "1 mg/ml",
    "buprenorphine": "8 mg",
    "insulin glargine": "100 units/ml",
    "insulin aspart": "100 units/ml",
    "naproxen": "500 mg",
    "paracetamol": "500 mg",
    "atorvastatin": "20 mg",
    "simvastatin": "40 mg",
    "omeprazole": "20 mg",
    "estradiol": "2 mg",
    "testosterone": "50 mg",
    "emtricitabine/tenofovir disoproxil": "200/245 mg",
    "melatonin": "2 mg",
    "amoxicillin": "500 mg",
    "cetirizine": "10 mg",
    "adrenaline auto-injector": "300 micrograms",
}

DIRECTIONS = _s(
    "ONE to be taken each morning, ONE to be taken twice a day, TWO puffs when required, ONE to be taken at night, "
    "ONE to be taken three times a day with food, ONE weekly on the same day, use as directed, "
    "ONE to be taken daily with breakfast"
)

ALLERGIES = _s(
    "penicillin allergy, peanut allergy, tree nut allergy, latex allergy, egg allergy, sesame allergy, "
    "cow's milk protein allergy, bee venom allergy"
)

CHILD_CONDITIONS = _s(
    "asthma, eczema, type 1 diabetes, epilepsy, ADHD, autism, dyslexia, coeliac disease, hay fever, "
    "sickle cell disease, a stammer, dyspraxia, hearing loss in one ear, anxiety"
)

# ----------------------------------------------------------------------------- genetics
Y_HAPLO = _s(
    "R1b-M269, R1b-L21, R1b-U106, R1a-Z93, R1a-M458, I1-M253, I2-M423, E1b1a-M2, E1b1b-V13, J2a-M410, "
    "J1-P58, G2a-P15, N1c-M178, O2-M122, Q1b-M346, C2-M217, T1a-M70, R1b-DF27"
)
MT_HAPLO = _s("H1a1, H5, U5b2a1, K1a, J1c2, T2b, HV0, L3e2b, L2a1, M7a1, D4, B4c1, A2, X2, U6a, H3, W, V, N9a")
GENOTYPES = [
    ("rs4680", "COMT", "AG"),
    ("rs1801133", "MTHFR", "CT"),
    ("rs429358", "APOE", "TC"),
    ("rs7412", "APOE", "CC"),
    ("rs53576", "OXTR", "GG"),
    ("rs1815739", "ACTN3", "CT"),
    ("rs762551", "CYP1A2", "AA"),
    ("rs12913832", "HERC2", "GG"),
    ("rs1426654", "SLC24A5", "AA"),
    ("rs4988235", "MCM6", "TT"),
    ("rs9939609", "FTO", "AT"),
    ("rs1800562", "HFE", "GA"),
    ("rs6025", "F5", "CT"),
    ("rs334", "HBB", "AT"),
]
CARRIER = _s(
    "carrier of one F508del variant in CFTR, HFE C282Y heterozygous, HFE C282Y homozygous, "
    "sickle cell trait (HbAS), GBA N370S carrier, Factor V Leiden heterozygous, BRCA2 c.5946delT detected, "
    "APOE ε3/ε4, two copies of APOE ε4, MTHFR C677T homozygous, HEXA 1278insTATC carrier (Tay-Sachs), "
    "BRCA1 185delAG not detected, LRRK2 G2019S heterozygous, alpha-thalassaemia silent carrier"
)
ETHNIC = _s(
    "Ashkenazi Jewish, Sephardic Jewish, Irish, Scottish, Welsh, Cornish, Yoruba, Igbo, Akan, Han Chinese, "
    "Punjabi, Bengali, Tamil, Gujarati, Basque, Sardinian, Sámi, Romani, Berber, Filipino, Korean, Japanese, "
    "Native Hawaiian, Mizrahi Jewish, Lebanese Druze, Kurdish, Armenian, Mestizo, Somali, Fulani, Cherokee, "
    "Norwegian, Finnish, Polish, Ukrainian, Greek, Sicilian"
)
ETHNIC_FORMS = _s(
    "White British, Black Caribbean, Black African, Mixed White and Black Caribbean, Mixed White and Asian, "
    "British Pakistani, British Indian, British Bangladeshi, Chinese, Irish Traveller, Gypsy or Roma, "
    "Arab, White Polish, Hispanic/Latino, African American, Korean American, Métis"
)

# ----------------------------------------------------------------------------- sensitive phrases
CRIMES = _s(
    "conviction for common assault, caution for possession of cannabis, convicted of shoplifting, "
    "arrested for drink-driving, charged with fraud by false representation, suspended sentence for theft, "
    "conviction for driving without insurance, DUI arrest, misdemeanor petty theft conviction, "
    "felony burglary conviction, served 18 months for burglary, conviction for handling stolen goods, "
    "arrested for harassment, restraining order violation, reprimand for criminal damage, "
    "conviction for benefit fraud"
)
HIST_CRIMES = _s(
    "transported for seven years for larceny, imprisoned for debt, fined for poaching, "
    "sentenced to hard labour for theft of a coat, gaoled for assault, convicted of bigamy, "
    "imprisoned for sedition, fined for drunkenness"
)
ORIENT = _s("gay, lesbian, bisexual, bi, pansexual, queer, asexual")
GENDER_ID = _s(
    "trans girl, trans boy, trans woman, trans man, non-binary, nonbinary, genderfluid, transgender, agender"
)

SCHOOL_SUBJECTS = _s(
    "GCSE maths, A-level chemistry, year 6 SATs reading, 11+ verbal reasoning, piano grade 3, "
    "Spanish conversation, AP Calculus, SAT prep, IB physics, phonics, French for beginners, "
    "year 9 science, Mandarin, violin, coding with Python"
)
