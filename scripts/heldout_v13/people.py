"""Hand-typed given and family names per culture, in native scripts with a Latin form for e-mails.

Entry syntax: "native|latin" (latin omitted when the native form is Latin); "male/female" for gendered forms.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from values import ascii_fold


def _s(text: str) -> list[str]:
    return [w.strip() for w in text.split(",") if w.strip()]


# culture: (male given, female given, family names, name order "gf" or "fg", country)
CULTURES: dict[str, tuple[list[str], list[str], list[str], str, str]] = {
    "en_gb": (
        _s("Oliver, Harry, Jack, George, Noah, Charlie, Alfie, Freddie, Oscar, Archie, Callum, Kieran, Reece, Tom"),
        _s("Olivia, Amelia, Isla, Ava, Emily, Sophie, Grace, Poppy, Ella, Chloe, Jessica, Megan, Holly, Lauren"),
        _s(
            "Smith, Jones, Taylor, Brown, Williams, Wilson, Davies, Robinson, Wright, Thompson, Evans, Walker, "
            "Roberts, Hall, Wood, Clarke, Hughes, Patel, Khan, Begum-Ali, Ashworth, Fairclough"
        ),
        "gf",
        "GB",
    ),
    "en_us": (
        _s("Liam, Mason, Elijah, Logan, Jayden, Aiden, Carter, Wyatt, Dylan, Tyler, Brandon, Jaxon, DeShawn, Marcus"),
        _s("Emma, Madison, Harper, Abigail, Avery, Brooklyn, Kayla, Destiny, Aaliyah, Savannah, Hailey, Jasmine"),
        _s(
            "Johnson, Miller, Davis, Garcia, Rodriguez, Martinez, Anderson, Thomas, Moore, Jackson, Harris, "
            "Clark, "
            "Lewis, Hernandez, Washington, Nguyen, Kowalski, McAllister, Brooks, Reyes"
        ),
        "gf",
        "US",
    ),
    "en_ie": (
        _s("Seán, Cian, Oisín, Darragh, Conor, Tadhg, Fionn, Ciarán, Rory, Eoin"),
        _s("Aoife, Saoirse, Niamh, Caoimhe, Siobhán, Róisín, Clodagh, Aisling, Orla, Sinéad"),
        _s(
            "Murphy, Kelly, O'Sullivan, Walsh, O'Brien, Byrne, Ryan, O'Connor, O'Neill, Doyle, McCarthy, "
            "Gallagher, "
            "Lynch, Quinn"
        ),
        "gf",
        "IE",
    ),
    "en_au": (
        _s("Jack, Lachlan, Cooper, Riley, Harrison, Flynn, Hamish, Mitchell, Blake, Jai"),
        _s("Charlotte, Matilda, Ruby, Zoe, Indi, Tahlia, Kiara, Jorja, Sienna, Brooke"),
        _s("Mitchell, Campbell, Kelly, Ng, Tran, Nguyen, Papadopoulos, Stewart, McGregor, Anderson, Lee, Walsh"),
        "gf",
        "AU",
    ),
    "en_ca": (
        _s("Liam, Benjamin, Logan, Nathan, Owen, Félix, Jacob, Ethan"),
        _s("Charlotte, Olivia, Chloé, Maëlle, Abigail, Avery, Léa, Emily"),
        _s("Tremblay, Gagnon, Roy, Côté, Bouchard, MacDonald, Singh, Wong, Campbell, Morin"),
        "gf",
        "CA",
    ),
    "de": (
        _s("Lukas, Leon, Finn, Jonas, Paul, Maximilian, Felix, Elias, Ben, Tim, Niklas, Jannik"),
        _s("Mia, Emma, Hannah, Lea, Lena, Marie, Sophie, Leonie, Johanna, Lina, Emilia, Clara"),
        _s(
            "Müller, Schmidt, Schneider, Fischer, Weber, Meyer, Wagner, Becker, Schulz, Hoffmann, Schäfer, Koch, "
            "Richter, Klein, Wolf, Schröder, Neumann, Zimmermann, Krüger, Yılmaz, Nowak, Kaya"
        ),
        "gf",
        "DE",
    ),
    "at": (
        _s("Lukas, Tobias, David, Florian, Jakob, Matthias, Simon, Moritz"),
        _s("Anna, Lena, Sarah, Laura, Katharina, Magdalena, Valentina, Theresa"),
        _s("Gruber, Huber, Bauer, Wagner, Pichler, Steiner, Moser, Mayer, Hofer, Leitner, Berger, Fuchs"),
        "gf",
        "AT",
    ),
    "ch": (
        _s("Noah, Luca, Leon, Matteo, Gian, Nico, Samuel, Loïc, Julien, Andrin"),
        _s("Mia, Lara, Lea, Alina, Elena, Chiara, Giulia, Léonie, Noémie, Seraina"),
        _s("Müller, Meier, Schmid, Keller, Weber, Huber, Brunner, Baumann, Rochat, Favre, Bernasconi, Bühler"),
        "gf",
        "CH",
    ),
    "fr": (
        _s("Lucas, Hugo, Louis, Gabriel, Arthur, Jules, Nathan, Théo, Raphaël, Mathis, Enzo, Yanis, Noé"),
        _s("Léa, Chloé, Manon, Inès, Camille, Jade, Louise, Zoé, Lina, Clémence, Océane, Maëlys, Anaïs"),
        _s(
            "Martin, Bernard, Dubois, Thomas, Robert, Richard, Petit, Durand, Leroy, Moreau, Simon, Laurent, "
            "Lefebvre, Fontaine, Rousseau, Mercier, Benali, Diallo, Nguyen, Le Gall"
        ),
        "gf",
        "FR",
    ),
    "be": (
        _s("Arthur, Louis, Noah, Jules, Lucas, Victor, Finn, Mohamed, Wout, Senne"),
        _s("Olivia, Emma, Louise, Mila, Elena, Lina, Nora, Fien, Marie, Lotte"),
        _s("Peeters, Janssens, Maes, Jacobs, Mertens, Willems, Claes, Goossens, Dubois, Lambert, Dupont"),
        "gf",
        "BE",
    ),
    "es": (
        _s("Hugo, Martín, Lucas, Mateo, Daniel, Pablo, Álvaro, Adrián, Alejandro, Javier, Sergio, Iker"),
        _s("Lucía, Sofía, Martina, María, Paula, Valeria, Alba, Carmen, Noa, Julia, Irene, Nerea"),
        _s(
            "García, Fernández, González, Rodríguez, López, Martínez, Sánchez, Pérez, Gómez, Jiménez, Ruiz, "
            "Hernández, Díaz, Moreno, Muñoz, Álvarez, Romero, Navarro, Ortega"
        ),
        "gf",
        "ES",
    ),
    "it": (
        _s("Francesco, Alessandro, Lorenzo, Leonardo, Mattia, Andrea, Gabriele, Riccardo, Tommaso, Matteo, Davide"),
        _s("Sofia, Giulia, Aurora, Alice, Ginevra, Emma, Giorgia, Greta, Beatrice, Chiara, Martina, Francesca"),
        _s(
            "Rossi, Russo, Ferrari, Esposito, Bianchi, Romano, Colombo, Ricci, Marino, Greco, Bruno, Gallo, Conti, "
            "De Luca, Mancini, Costa, Giordano, Rizzo, Lombardi, D'Amico"
        ),
        "gf",
        "IT",
    ),
    "nl": (
        _s("Daan, Sem, Lucas, Levi, Finn, Milan, Bram, Jesse, Thijs, Ruben, Stijn, Luuk"),
        _s("Emma, Julia, Tess, Sophie, Zoë, Lotte, Fenna, Sanne, Anouk, Isa, Noor, Eva"),
        _s(
            "de Jong, Jansen, de Vries, van den Berg, van Dijk, Bakker, Visser, Smit, Meijer, de Boer, Mulder, "
            "de Groot, Bos, Vos, Hendriks, van Leeuwen, El Amrani"
        ),
        "gf",
        "NL",
    ),
    "pl": (
        _s("Jakub, Antoni, Jan, Szymon, Filip, Franciszek, Aleksander, Mikołaj, Wojciech, Kacper, Bartosz, Michał"),
        _s("Zuzanna, Julia, Zofia, Hanna, Maja, Lena, Alicja, Oliwia, Wiktoria, Natalia, Agnieszka, Małgorzata"),
        _s(
            "Nowak, Kowalski/Kowalska, Wiśniewski/Wiśniewska, Wójcik, Kowalczyk, Kamiński/Kamińska, "
            "Lewandowski/Lewandowska, Zieliński/Zielińska, Szymański/Szymańska, Woźniak, Dąbrowski/Dąbrowska, "
            "Kozłowski/Kozłowska, Jankowski/Jankowska, Mazur, Krawczyk"
        ),
        "gf",
        "PL",
    ),
    "pt": (
        _s("Rodrigo, Tomás, Duarte, Afonso, Martim, Santiago, Gonçalo, Diogo"),
        _s("Matilde, Leonor, Inês, Carolina, Mariana, Beatriz, Francisca, Margarida"),
        _s(
            "Silva, Ferreira, Santos, Pereira, Oliveira, Costa, Rodrigues, Martins, Sousa, Fernandes, Gonçalves, "
            "Marques"
        ),
        "gf",
        "PT",
    ),
    "br": (
        _s("Miguel, Arthur, Heitor, Davi, Gabriel, Bernardo, Pedro, Enzo, Matheus, Rafael, Thiago, João"),
        _s("Helena, Alice, Laura, Valentina, Manuela, Júlia, Beatriz, Larissa, Yasmin, Giovanna, Ana Clara"),
        _s(
            "Silva, Santos, Oliveira, Souza, Rodrigues, Ferreira, Alves, Pereira, Lima, Gomes, Ribeiro, Carvalho, "
            "Almeida, Nascimento"
        ),
        "gf",
        "BR",
    ),
    "sv": (
        _s("William, Hugo, Lucas, Liam, Oscar, Elias, Adam, Viktor, Axel, Isak, Emil"),
        _s("Alice, Maja, Vera, Elsa, Astrid, Wilma, Ebba, Saga, Selma, Alva, Freja, Agnes"),
        _s(
            "Andersson, Johansson, Karlsson, Nilsson, Eriksson, Larsson, Olsson, Persson, Svensson, Gustafsson, "
            "Lindberg, Lindqvist, Berglund, Hassan"
        ),
        "gf",
        "SE",
    ),
    "da": (
        _s("Noah, Oscar, Emil, Aksel, Malthe, Magnus, Frederik, Mikkel, Rasmus"),
        _s("Ida, Freja, Clara, Alma, Karla, Ella, Sofie, Mathilde"),
        _s("Nielsen, Jensen, Hansen, Pedersen, Andersen, Christensen, Larsen, Sørensen, Rasmussen, Jørgensen"),
        "gf",
        "DK",
    ),
    "no": (
        _s("Jakob, Emil, Filip, Lukas, Aksel, Henrik, Sander, Magnus, Tobias"),
        _s("Nora, Emma, Ingrid, Sofie, Sara, Thea, Maja, Ida"),
        _s("Hansen, Johansen, Olsen, Larsen, Pedersen, Nilsen, Kristiansen, Haugen, Berg, Solberg"),
        "gf",
        "NO",
    ),
    "fi": (
        _s("Eino, Väinö, Leo, Elias, Onni, Aleksi, Juho, Mikko, Veeti"),
        _s("Aino, Eevi, Helmi, Sofia, Aada, Venla, Siiri, Iida"),
        _s("Korhonen, Virtanen, Mäkinen, Nieminen, Mäkelä, Hämäläinen, Laine, Heikkinen, Koskinen, Järvinen"),
        "gf",
        "FI",
    ),
    "tr": (
        _s("Yusuf, Eymen, Ömer, Mustafa, Emir, Mehmet, Ahmet, Kerem, Burak, Efe, Can, Deniz"),
        _s("Zeynep, Elif, Defne, Eylül, Nehir, Azra, Ecrin, Meryem, Büşra, Esra, Ayşe"),
        _s("Yılmaz, Kaya, Demir, Şahin, Çelik, Yıldız, Yıldırım, Öztürk, Aydın, Özdemir, Arslan, Doğan, Kılıç"),
        "gf",
        "TR",
    ),
    "ar": (
        _s("Mohammed, Ahmed, Omar, Youssef, Ali, Hassan, Karim, Khalid, Ibrahim, Tariq, Zaid, Hamza"),
        _s("Fatima, Aisha, Mariam, Nour, Layla, Salma, Yasmin, Rania, Huda, Amira, Zainab"),
        _s(
            "Al-Sayed, Haddad, Khalil, Nasser, Mansour, Hamdan, Saleh, Aziz, El-Amin, Barakat, Darwish, Farouk, "
            "Hussein, Abdullah"
        ),
        "gf",
        "JO",
    ),
    "ar_script": (
        _s("محمد|Mohammed, أحمد|Ahmed, عمر|Omar, يوسف|Youssef, علي|Ali, حسن|Hassan, كريم|Karim, خالد|Khalid"),
        _s("فاطمة|Fatima, عائشة|Aisha, مريم|Mariam, نور|Nour, ليلى|Layla, سلمى|Salma, رانيا|Rania"),
        _s(
            "الحداد|Haddad, خليل|Khalil, ناصر|Nasser, منصور|Mansour, صالح|Saleh, عزيز|Aziz, درويش|Darwish, حسين|Hussein"
        ),
        "gf",
        "JO",
    ),
    "in": (
        _s("Aarav, Vihaan, Arjun, Rohan, Aditya, Kabir, Ishaan, Rahul, Sanjay, Vikram, Amit, Harpreet"),
        _s("Aanya, Diya, Ananya, Priya, Kavya, Isha, Saanvi, Neha, Pooja, Sunita, Simran, Meera"),
        _s("Sharma, Patel, Singh, Kumar, Gupta, Reddy, Iyer, Nair, Chowdhury, Das, Mehta, Joshi, Kaur, Banerjee"),
        "gf",
        "IN",
    ),
    "pk": (
        _s("Hamza, Bilal, Usman, Zain, Saad, Faisal, Imran, Danish, Ayaan"),
        _s("Ayesha, Hira, Sana, Maryam, Zara, Iqra, Amna, Mahnoor"),
        _s("Khan, Ahmed, Hussain, Malik, Iqbal, Raza, Chaudhry, Butt, Sheikh, Rahman"),
        "gf",
        "GB",
    ),
    "ng": (
        _s("Chinedu, Emeka, Tunde, Oluwaseun, Ifeanyi, Babajide, Chukwuemeka, Segun, Kelechi, Obinna"),
        _s("Chiamaka, Ngozi, Adaeze, Funmilayo, Temitope, Oluwatoyin, Amaka, Nneka, Folake, Yetunde, Blessing"),
        _s("Okafor, Adeyemi, Okonkwo, Balogun, Eze, Nwosu, Ogunleye, Adebayo, Obi, Chukwu, Olawale, Bello"),
        "gf",
        "NG",
    ),
    "zh": (
        _s("伟|Wei, 浩然|Haoran, 子轩|Zixuan, 宇航|Yuhang, 俊杰|Junjie, 明|Ming, 志强|Zhiqiang"),
        _s("芳|Fang, 静|Jing, 丽娜|Lina, 雨桐|Yutong, 欣怡|Xinyi, 梓涵|Zihan, 晓燕|Xiaoyan"),
        _s("王|Wang, 李|Li, 张|Zhang, 刘|Liu, 陈|Chen, 杨|Yang, 黄|Huang, 赵|Zhao, 吴|Wu, 周|Zhou, 徐|Xu"),
        "fg",
        "CN",
    ),
    "ko": (
        _s("민준|Min-jun, 서준|Seo-jun, 도윤|Do-yun, 예준|Ye-jun, 시우|Si-woo, 하준|Ha-jun, 지호|Ji-ho, 현우|Hyun-woo"),
        _s("서연|Seo-yeon, 서윤|Seo-yoon, 지우|Ji-woo, 하은|Ha-eun, 민서|Min-seo, 지민|Ji-min, 수아|Su-a, 예린|Ye-rin"),
        _s("김|Kim, 이|Lee, 박|Park, 최|Choi, 정|Jung, 강|Kang, 조|Cho, 윤|Yoon, 장|Jang, 임|Lim"),
        "fg",
        "KR",
    ),
    "ja": (
        _s("蓮|Ren, 陽翔|Haruto, 湊|Minato, 大翔|Hiroto, 悠真|Yuma, 翔太|Shota, 健太|Kenta, 拓海|Takumi"),
        _s("陽葵|Himari, 凛|Rin, 結菜|Yuna, 葵|Aoi, 芽依|Mei, 美咲|Misaki, さくら|Sakura, 花子|Hanako"),
        _s(
            "佐藤|Sato, 鈴木|Suzuki, 高橋|Takahashi, 田中|Tanaka, 伊藤|Ito, 渡辺|Watanabe, 山本|Yamamoto, "
            "中村|Nakamura, 小林|Kobayashi"
        ),
        "fg",
        "JP",
    ),
    "vi": (
        _s("Văn Minh, Quốc Huy, Minh Khang, Gia Bảo, Hoàng Phúc, Anh Đức, Thanh Tuấn"),
        _s("Thị Linh, Bảo Ngọc, Thu Trang, Thị Mai, Phương Thảo, Tường Vy, Thị Hương"),
        _s("Nguyễn, Trần, Lê, Phạm, Hoàng, Huỳnh, Phan, Vũ, Võ, Đặng, Bùi, Đỗ"),
        "fg",
        "VN",
    ),
    "fil": (
        _s("Jose, Mark Anthony, Juan, Angelo, Christian, Paolo, Carlo, Rafael"),
        _s("Maria, Angel, Kristine, Jasmine, Princess, Andrea, Joy, Camille"),
        _s("dela Cruz, Santos, Reyes, Garcia, Mendoza, Bautista, Villanueva, Ramos, Aquino, Castillo"),
        "gf",
        "PH",
    ),
    "ru": (
        _s(
            "Дмитрий|Dmitry, Александр|Alexander, Максим|Maxim, Иван|Ivan, Артём|Artyom, Никита|Nikita, "
            "Михаил|Mikhail, Сергей|Sergei"
        ),
        _s(
            "Анастасия|Anastasia, Мария|Maria, Дарья|Daria, Анна|Anna, Полина|Polina, Екатерина|Ekaterina, "
            "Виктория|Viktoria, Ольга|Olga"
        ),
        _s(
            "Иванов/Иванова|Ivanov/Ivanova, Смирнов/Смирнова|Smirnov/Smirnova, "
            "Кузнецов/Кузнецова|Kuznetsov/Kuznetsova, "
            "Попов/Попова|Popov/Popova, Соколов/Соколова|Sokolov/Sokolova, Морозов/Морозова|Morozov/Morozova, "
            "Волков/Волкова|Volkov/Volkova, Лебедев/Лебедева|Lebedev/Lebedeva"
        ),
        "gf",
        "DE",
    ),
    "uk": (
        _s("Олександр|Oleksandr, Андрій|Andrii, Тарас|Taras, Богдан|Bohdan, Микола|Mykola, Дмитро|Dmytro"),
        _s("Олена|Olena, Оксана|Oksana, Ірина|Iryna, Софія|Sofiia, Юлія|Yuliia, Марія|Mariia"),
        _s(
            "Шевченко|Shevchenko, Коваленко|Kovalenko, Бондаренко|Bondarenko, Ткаченко|Tkachenko, Мельник|Melnyk, "
            "Кравчук|Kravchuk, Олійник|Oliinyk"
        ),
        "gf",
        "PL",
    ),
    "ro": (
        _s("Andrei, Alexandru, Ștefan, Mihai, Ionuț, Gabriel, Darius, Vlad"),
        _s("Maria, Ioana, Elena, Andreea, Bianca, Alexandra, Ana, Denisa"),
        _s("Popescu, Ionescu, Popa, Stoica, Dumitru, Stan, Constantin, Radu, Munteanu"),
        "gf",
        "IT",
    ),
    "mx": (
        _s("Santiago, Mateo, Sebastián, Diego, Emiliano, Leonardo, Jesús, Luis Ángel"),
        _s("Ximena, Regina, Valentina, Camila, Fernanda, Guadalupe, Renata, María José"),
        _s("Hernández, García, Martínez, López, González, Pérez, Ramírez, Cruz, Flores, Gómez, Reyes, Morales"),
        "gf",
        "US",
    ),
    "el": (
        _s(
            "Γιώργος|Giorgos, Κωνσταντίνος|Konstantinos, Δημήτρης|Dimitris, Νίκος|Nikos, Γιάννης|Giannis, "
            "Παναγιώτης|Panagiotis, Χρήστος|Christos, Άγγελος|Angelos, Σπύρος|Spyros"
        ),
        _s(
            "Μαρία|Maria, Ελένη|Eleni, Κατερίνα|Katerina, Σοφία|Sofia, Γεωργία|Georgia, Δέσποινα|Despoina, "
            "Αθηνά|Athina, Βασιλική|Vasiliki, Χαρά|Chara"
        ),
        _s(
            "Παπαδόπουλος/Παπαδοπούλου|Papadopoulos/Papadopoulou, Γεωργίου|Georgiou, Οικονόμου|Oikonomou, "
            "Νικολάου|Nikolaou, Βασιλείου|Vasileiou, Καραγιάννης/Καραγιάννη|Karagiannis/Karagianni, "
            "Μαυρίδης/Μαυρίδου|Mavridis/Mavridou, Αλεξίου|Alexiou, Δημητρίου|Dimitriou, "
            "Παπαδάκης/Παπαδάκη|Papadakis/Papadaki"
        ),
        "gf",
        "GR",
    ),
    # ---- world-tips languages
    "sr": (
        _s(
            "Никола|Nikola, Лука|Luka, Стефан|Stefan, Марко|Marko, Милош|Miloš, Душан|Dušan, Немања|Nemanja, "
            "Вук|Vuk, Алекса|Aleksa, Огњен|Ognjen"
        ),
        _s(
            "Милица|Milica, Јована|Jovana, Ана|Ana, Теодора|Teodora, Сара|Sara, Мина|Mina, Драгана|Dragana, "
            "Јелена|Jelena, Катарина|Katarina, Невена|Nevena"
        ),
        _s(
            "Јовановић|Jovanović, Петровић|Petrović, Николић|Nikolić, Марковић|Marković, Ђорђевић|Đorđević, "
            "Стојановић|Stojanović, Илић|Ilić, Станковић|Stanković, Павловић|Pavlović, Томић|Tomić, Костић|Kostić"
        ),
        "gf",
        "RS",
    ),
    "bg": (
        _s(
            "Георги|Georgi, Иван|Ivan, Димитър|Dimitar, Николай|Nikolay, Петър|Petar, Александър|Aleksandar, "
            "Христо|Hristo, Стоян|Stoyan, Калоян|Kaloyan"
        ),
        _s(
            "Мария|Maria, Иванка|Ivanka, Елена|Elena, Йорданка|Yordanka, Десислава|Desislava, Гергана|Gergana, "
            "Виктория|Viktoria, Цветелина|Tsvetelina, Радостина|Radostina"
        ),
        _s(
            "Иванов/Иванова|Ivanov/Ivanova, Георгиев/Георгиева|Georgiev/Georgieva, "
            "Димитров/Димитрова|Dimitrov/Dimitrova, "
            "Петров/Петрова|Petrov/Petrova, Николов/Николова|Nikolov/Nikolova, Христов/Христова|Hristov/Hristova, "
            "Стоянов/Стоянова|Stoyanov/Stoyanova, Тодоров/Тодорова|Todorov/Todorova, Илиев/Илиева|Iliev/Ilieva"
        ),
        "gf",
        "BG",
    ),
    "sq": (
        _s("Arben, Besnik, Dritan, Erion, Gentian, Ilir, Klajdi, Luan, Arlind, Endrit, Flamur"),
        _s("Ardita, Besa, Drita, Elira, Fatjona, Jonida, Klea, Lira, Mirela, Ajla, Era"),
        _s("Hoxha, Shehu, Leka, Krasniqi, Gashi, Berisha, Kola, Dervishi, Hysa, Çela, Marku, Prifti"),
        "gf",
        "AL",
    ),
    "lt": (
        _s("Lukas, Jonas, Matas, Dominykas, Nojus, Kajus, Tomas, Mantas, Darius, Paulius"),
        _s("Emilija, Gabija, Austėja, Lėja, Kamilė, Ugnė, Rugilė, Ieva, Greta, Miglė"),
        _s(
            "Kazlauskas/Kazlauskaitė, Jankauskas/Jankauskienė, Petrauskas/Petrauskaitė, Stankevičius/Stankevičiūtė, "
            "Vasiliauskas/Vasiliauskienė, Žukauskas/Žukauskaitė, Butkus/Butkutė, Paulauskas/Paulauskienė, "
            "Urbonas/Urbonaitė, Navickas/Navickienė"
        ),
        "gf",
        "LT",
    ),
    "lv": (
        _s("Roberts, Markuss, Gustavs, Kristers, Daniels, Artūrs, Jānis, Mārtiņš, Edgars, Raivis"),
        _s("Sofija, Alise, Anna, Marta, Elza, Līva, Katrīna, Laura, Ieva, Anete"),
        _s(
            "Bērziņš/Bērziņa, Kalniņš/Kalniņa, Ozoliņš/Ozoliņa, Jansons/Jansone, Ozols/Ozola, Liepiņš/Liepiņa, "
            "Krūmiņš/Krūmiņa, Balodis/Balode, Pētersons/Pētersone, Vītols/Vītola"
        ),
        "gf",
        "LV",
    ),
    "et": (
        _s("Rasmus, Robin, Oliver, Hugo, Sebastian, Martin, Markus, Karl, Kristjan, Siim"),
        _s("Sofia, Eliise, Mia, Emma, Mirtel, Lisete, Kertu, Grete, Triin, Kadri"),
        _s("Tamm, Saar, Sepp, Mägi, Kask, Kukk, Rebane, Ilves, Pärn, Koppel, Lepik, Oja"),
        "gf",
        "EE",
    ),
    "is": (
        _s("Jón, Sigurður, Guðmundur, Gunnar, Ólafur, Einar, Kristján, Magnús, Stefán, Aron, Hrafn"),
        _s("Guðrún, Anna, Kristín, Sigríður, Margrét, Helga, Katrín, Embla, Sóley, Hekla, Ásdís"),
        _s(
            "Jónsson/Jónsdóttir, Sigurðsson/Sigurðardóttir, Guðmundsson/Guðmundsdóttir, Gunnarsson/Gunnarsdóttir, "
            "Ólafsson/Ólafsdóttir, Einarsson/Einarsdóttir, Kristjánsson/Kristjánsdóttir, Magnússon/Magnúsdóttir, "
            "Stefánsson/Stefánsdóttir, Helgason/Helgadóttir"
        ),
        "gf",
        "IS",
    ),
    "cy": (
        _s("Dafydd, Rhys, Gethin, Owain, Ieuan, Iwan, Llŷr, Aled, Gruffudd, Cai, Elis, Macsen"),
        _s("Cerys, Ffion, Nia, Seren, Angharad, Bethan, Lowri, Mali, Elin, Gwenllian, Alaw, Megan"),
        _s("Jones, Williams, Davies, Evans, Thomas, Roberts, Hughes, Lewis, Morgan, Griffiths, Pritchard, Llywelyn"),
        "gf",
        "GB",
    ),
    "ga": (
        _s("Seán, Pádraig, Ciarán, Oisín, Cathal, Donncha, Eoghan, Tadhg, Ruairí, Cillian"),
        _s("Aoife, Caoimhe, Saoirse, Siobhán, Róisín, Éabha, Gráinne, Clíodhna, Méabh, Nóra"),
        _s(
            "Ó Briain/Ní Bhriain, Ó Súilleabháin/Ní Shúilleabháin, Mac Carthaigh/Nic Carthaigh, "
            "Ó Conchúir/Ní Chonchúir, Ó Ceallaigh/Ní Cheallaigh, Breathnach, de Búrca, Ó Dónaill/Ní Dhónaill, "
            "Ó Murchú/Ní Mhurchú"
        ),
        "gf",
        "IE",
    ),
    "ca": (
        _s("Jordi, Pau, Marc, Arnau, Pol, Oriol, Guillem, Joan, Jan, Biel, Nil, Roger"),
        _s("Núria, Laia, Montserrat, Mireia, Júlia, Aina, Martina, Ona, Berta, Clara, Queralt, Meritxell"),
        _s("Puig, Vila, Ferrer, Serra, Soler, Vidal, Font, Roca, Pujol, Casals, Sala, Riera, Bosch, Camps"),
        "gf",
        "ES",
    ),
    "eu": (
        _s("Iker, Unai, Aitor, Gorka, Mikel, Jon Ander, Eneko, Xabier, Asier, Ibai, Julen"),
        _s("Ane, Maialen, Nerea, Irati, Leire, Uxue, Amaia, Itziar, Garazi, Nahia, Haizea, June"),
        _s(
            "Agirre, Etxeberria, Goikoetxea, Urrutia, Zubizarreta, Arrieta, Olano, Bengoetxea, Larrañaga, Iturbe, "
            "Elizondo, Aranburu, Mendizabal"
        ),
        "gf",
        "ES",
    ),
    "ti": (
        _s(
            "ሰለሞን|Selomon, ዳዊት|Dawit, ተስፋይ|Tesfay, ሚካኤል|Mikael, ዮናስ|Yonas, ሄኖክ|Henok, ኣማኑኤል|Amanuel, "
            "ብሩክ|Biruk, ፍፁም|Fitsum, ሳምሶን|Samson"
        ),
        _s(
            "ሳባ|Saba, ሰላም|Selam, ሄለን|Helen, ኤልሳ|Elsa, ፍረወይኒ|Freweyni, ሉላ|Lula, ሩታ|Ruta, ዮርዳኖስ|Yordanos, "
            "ሜሮን|Meron, ሓዳስ|Hadas"
        ),
        _s(
            "ተኽለ|Tekle, ገብረሂወት|Gebrehiwet, ሃብተ|Habte, ኪዳነ|Kidane, ወልደሚካኤል|Weldemichael, "
            "ተስፋማርያም|Tesfamariam, ዘርኣይ|Zerai, ብርሃነ|Berhane, መሓሪ|Mehari, ገብረመድህን|Gebremedhin"
        ),
        "gf",
        "ER",
    ),
    "so": (
        _s("Cabdiraxmaan, Maxamed, Cabdi, Xasan, Axmed, Cabdullaahi, Mahad, Yuusuf, Liibaan, Bashiir, Guuleed"),
        _s("Hodan, Faadumo, Sahra, Hibaaq, Ayaan, Nimco, Xaawo, Sagal, Ifraax, Ubax, Khadra, Ladan"),
        _s("Warsame, Faarax, Jaamac, Cali, Xasan, Maxamed, Cumar, Nuur, Aadan, Yuusuf, Ismaaciil, Dahir"),
        "gf",
        "SO",
    ),
    "ps": (
        _s(
            "احمد|Ahmad, محمود|Mahmood, نجیب|Najib, حمید|Hamid, اجمل|Ajmal, ذبیح الله|Zabihullah, عزیز|Aziz, "
            "نوید|Navid, سمیع الله|Samiullah"
        ),
        _s(
            "ملالۍ|Malalai, زرغونه|Zarghona, پلوشه|Palwasha, مریم|Maryam, شبنم|Shabnam, نازیه|Nazia, "
            "فرشته|Fereshta, لیلا|Laila"
        ),
        _s(
            "احمدزی|Ahmadzai, یوسفزی|Yousafzai, خټک|Khattak, پوپلزی|Popalzai, مومند|Mohmand, وردګ|Wardak, "
            "افریدی|Afridi, نورزی|Noorzai"
        ),
        "gf",
        "AF",
    ),
    "ckb": (
        _s("ئازاد|Azad, هێمن|Hemin, کاروان|Karwan, ڕێبوار|Rebwar, شوان|Shwan, دلێر|Diler, سۆران|Soran, ئاراس|Aras"),
        _s("ژیلا|Jila, ڕۆژان|Rozhan, هێرۆ|Hero, شیلان|Shilan, ئاواز|Awaz, نازەنین|Nazanin, بەهار|Bahar, ڤیان|Vian"),
        _s("عەلی|Ali, ئەحمەد|Ahmed, مەحمود|Mahmud, کەریم|Karim, حەسەن|Hasan, عوسمان|Osman, قادر|Qadir, ڕەشید|Rashid"),
        "gf",
        "IQ",
    ),
    "uz": (
        _s("Aziz, Bobur, Jasur, Sardor, Otabek, Shohruh, Doston, Javohir, Islom, Ulugʻbek"),
        _s("Madina, Nilufar, Dilnoza, Zarina, Shahnoza, Gulnora, Sevara, Mohira, Feruza, Malika"),
        _s(
            "Karimov/Karimova, Rahimov/Rahimova, Yusupov/Yusupova, Tursunov/Tursunova, Abdullayev/Abdullayeva, "
            "Ergashev/Ergasheva, Qodirov/Qodirova, Saidov/Saidova, Xolmatov/Xolmatova, Normatov/Normatova"
        ),
        "gf",
        "UZ",
    ),
    "tg": (
        _s(
            "Фирӯз|Firuz, Ҷамшед|Jamshed, Рустам|Rustam, Бахтиёр|Bakhtiyor, Суҳроб|Suhrob, Далер|Daler, "
            "Фаррух|Farrukh, Шоҳрух|Shohrukh"
        ),
        _s(
            "Нигина|Nigina, Мадина|Madina, Зарина|Zarina, Гулнора|Gulnora, Фарангис|Farangis, Манижа|Manizha, "
            "Дилноза|Dilnoza, Шаҳло|Shahlo"
        ),
        _s(
            "Раҳимов/Раҳимова|Rahimov/Rahimova, Саидов/Саидова|Saidov/Saidova, Қодиров/Қодирова|Qodirov/Qodirova, "
            "Назаров/Назарова|Nazarov/Nazarova, Шарипов/Шарипова|Sharipov/Sharipova, Каримзода|Karimzoda, "
            "Раҳмонзода|Rahmonzoda, Абдуллоев/Абдуллоева|Abdulloev/Abdulloeva"
        ),
        "gf",
        "TJ",
    ),
    "bo": (
        _s(
            "བསྟན་འཛིན|Tenzin, བཀྲ་ཤིས|Tashi, བསོད་ནམས|Sonam, ཚེ་རིང|Tsering, རྡོ་རྗེ|Dorje, ཉི་མ|Nyima, "
            "བློ་བཟང|Lobsang, འཇིགས་མེད|Jigme"
        ),
        _s("སྒྲོལ་མ|Dolma, ལྷ་མོ|Lhamo, པདྨ|Pema, དབྱངས་ཅན|Yangchen, བདེ་ཆེན|Dechen, མཚོ་མོ|Tsomo, ཀུན་བཟང|Kunsang, ཟླ་བ|Dawa"),
        _s(
            "ཕུན་ཚོགས|Phuntsok, ཀརྨ|Karma, ཆོས་འཕེལ|Choephel, དོན་གྲུབ|Dhondup, ནོར་བུ|Norbu, རྣམ་རྒྱལ|Namgyal, "
            "ཡེ་ཤེས|Yeshi, དབང་ཕྱུག|Wangchuk"
        ),
        "gf",
        "CN",
    ),
    "yue": (
        _s(
            "家明|Ka Ming, 志偉|Chi Wai, 嘉豪|Ka Ho, 俊傑|Chun Kit, 偉倫|Wai Lun, 浩賢|Ho Yin, 子軒|Tsz Hin, "
            "卓霖|Cheuk Lam"
        ),
        _s(
            "詠詩|Wing Sze, 嘉欣|Ka Yan, 凱琳|Hoi Lam, 曉彤|Hiu Tung, 美玲|Mei Ling, 穎琳|Wing Lam, 芷晴|Tsz Ching, "
            "思穎|Sze Wing"
        ),
        _s("陳|Chan, 李|Lee, 張|Cheung, 黃|Wong, 何|Ho, 林|Lam, 梁|Leung, 劉|Lau, 吳|Ng, 鄭|Cheng, 蔡|Choi, 麥|Mak"),
        "fg",
        "HK",
    ),
}

NICK = {
    "Jessica": "jess",
    "Charlotte": "lottie",
    "Alexander": "alex",
    "Mohammed": "mo",
    "Oliver": "ollie",
    "Abigail": "abby",
    "Elizabeth": "lizzie",
    "Maximilian": "max",
    "Benjamin": "ben",
    "Madison": "maddie",
    "Samuel": "sam",
    "Kayla": "kay",
    "Brandon": "bran",
    "Savannah": "sav",
    "Jasmine": "jas",
    "Francesca": "frankie",
}


@dataclass
class Person:
    given: str
    family: str
    given_lat: str
    family_lat: str
    female: bool
    culture: str
    order: str

    @property
    def full(self) -> str:
        if self.order == "fg":
            sep = "" if self.culture in ("zh", "ko", "yue", "ja") else " "
            return f"{self.family}{sep}{self.given}"
        return f"{self.given} {self.family}"

    @property
    def full_lat(self) -> str:
        return f"{self.given_lat} {self.family_lat}"

    def variant(self, rng: random.Random) -> str:
        """A realistic written form of the full name."""
        k = rng.random()
        if self.family_lat != self.family or self.given_lat != self.given:
            return self.full
        if k < 0.55:
            return self.full
        if k < 0.7:
            return f"{self.family.upper()}, {self.given}"
        if k < 0.8:
            return f"{self.family}, {self.given}"
        if k < 0.9:
            return f"{self.given[0]}. {self.family}"
        return self.full.lower() if rng.random() < 0.5 else f"{self.given} {self.family.upper()}"

    def latin(self) -> Person:
        """The same person as written in a Latin-script document."""
        return Person(self.given_lat, self.family_lat, self.given_lat, self.family_lat, self.female, self.culture, "gf")

    def nick(self) -> str:
        return NICK.get(self.given_lat, self.given_lat.split(" ")[0]).lower()


def _pick(rng: random.Random, entry_list: list[str], female: bool) -> tuple[str, str]:
    entry = rng.choice(entry_list)
    native, _, latin = entry.partition("|")
    latin = latin or native
    n_parts, l_parts = native.split("/"), latin.split("/")
    idx = 1 if female and len(n_parts) > 1 else 0
    return n_parts[idx], l_parts[min(idx, len(l_parts) - 1)]


def person(rng: random.Random, culture: str, female: bool | None = None) -> Person:
    male_l, female_l, fam_l, order, _country = CULTURES[culture]
    if female is None:
        female = rng.random() < 0.5
    g, gl = _pick(rng, female_l if female else male_l, False)
    f, fl = _pick(rng, fam_l, female)
    if culture in ("es", "mx") and rng.random() < 0.6:
        f2, fl2 = _pick(rng, fam_l, female)
        if f2 != f:
            f, fl = f"{f} {f2}", f"{fl} {fl2}"
    if culture == "ca" and rng.random() < 0.5:
        f2, _ = _pick(rng, fam_l, female)
        if f2 != f:
            f, fl = f"{f} i {f2}", f"{fl} {f2}"
    return Person(g, f, gl, fl, female, culture, order)


def country_of(culture: str) -> str:
    return CULTURES[culture][4]


def ascii_name(p: Person) -> tuple[str, str]:
    return ascii_fold(p.given_lat), ascii_fold(p.family_lat)
