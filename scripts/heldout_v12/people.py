"""Hand-typed given/family names per culture (native script = Latin transliteration) and person factory."""

from __future__ import annotations

import datetime as dt
import random
import unicodedata
from dataclasses import dataclass

from values import age_on, digits, random_dob

# Each list is ';'-separated. "native=latin" for non-Latin scripts; "male/female" for gendered family names.
_RAW: dict[str, dict[str, str]] = {
    "en_gb": dict(
        country="GB",
        lang="en",
        order="gf",
        f="Amelia;Isla;Chloe;Jessica;Poppy;Ellie;Megan;Sophie;Lily;Grace;Keeley;Jade;Shannon;Paige",
        m="Oliver;Harry;Jack;George;Callum;Kieran;Liam;Jordan;Tyler;Reece;Dean;Ryan;Connor;Lewis",
        fam="Smith;Jones;Taylor;Brown;Williams;Wilson;Evans;Thomas;Roberts;Walker;Wright;Hughes;Price;"
        "Cartwright;Ashworth;Pennington;Holloway;Begum;Ahmed;Kaur;Okafor;Kowalczyk",
    ),
    "en_us": dict(
        country="US",
        lang="en",
        order="gf",
        f="Madison;Brianna;Jasmine;Kayla;Destiny;Emily;Ashley;Aaliyah;Haley;Savannah;Mackenzie;Leah",
        m="Tyler;Brandon;Jaden;Austin;Cody;Dylan;Marcus;Kevin;Logan;Hunter;DeShawn;Travis",
        fam="Johnson;Miller;Davis;Rodriguez;Martinez;Anderson;Jackson;Thompson;White;Harris;Nguyen;"
        "Washington;Kowalski;O'Brien;Delgado;Hernandez;Schultz;Patterson;Reyes;Yazzie",
    ),
    "en_ie": dict(
        country="IE",
        lang="en",
        order="gf",
        f="Aoife;Siobhán;Niamh;Saoirse;Ciara;Caoimhe;Róisín;Gráinne;Orla;Sinéad;Clodagh",
        m="Seán;Cillian;Oisín;Darragh;Pádraig;Ciarán;Eoin;Colm;Tadhg;Diarmuid;Fionn",
        fam="O'Neill;Murphy;Walsh;O'Sullivan;Byrne;Ryan;O'Connor;McCarthy;Doherty;Fitzgerald;"
        "Ní Bhriain;Mac Giolla;Ó Súilleabháin;Kavanagh;Nolan;Ward;McDonagh",
    ),
    "en_au": dict(
        country="AU",
        lang="en",
        order="gf",
        f="Matilda;Charlotte;Ruby;Zoe;Mia;Tahlia;Brooke;Jacinta;Kirra;Harriet",
        m="Lachlan;Cooper;Jayden;Riley;Bailey;Hamish;Mitchell;Brodie;Jarrah;Kai",
        fam="Nguyen;Kelly;Campbell;Mitchell;Stewart;Robinson;Papadopoulos;Martin;Clarke;Morrison;"
        "Russo;Tran;McKenzie;Sullivan",
    ),
    "en_ca": dict(
        country="CA",
        lang="en",
        order="gf",
        f="Emma;Olivia;Ava;Hannah;Brooklyn;Avery;Gabrielle;Chloé;Amélie;Megan;Simran",
        m="Liam;Noah;Ethan;Logan;Mathis;Étienne;Félix;Owen;Tristan;Nathan;Harjot",
        fam="Tremblay;Gagnon;Roy;Côté;Bouchard;MacDonald;Campbell;Singh;Wong;Thompson;Leblanc;"
        "Morin;Chen;Fraser;Bélanger;Thunderbird",
    ),
    "en_in": dict(
        country="IN",
        lang="en",
        order="gf",
        f="Aanya;Priya;Ananya;Kavya;Ishita;Sneha;Pooja;Diya;Riya;Meera;Nandini",
        m="Aarav;Rohan;Vikram;Arjun;Rahul;Aditya;Karan;Siddharth;Ishaan;Vivaan;Manish",
        fam="Sharma;Verma;Gupta;Iyer;Nair;Khan;Das;Banerjee;Mukherjee;Reddy;Joshi;Kulkarni;Pillai;Yadav",
    ),
    "en_za": dict(
        country="ZA",
        lang="en",
        order="gf",
        f="Annelie;Chantelle;Lerato;Naledi;Kayleigh;Precious;Refilwe;Zaheera;Tammy",
        m="Pieter;Johan;Thabo;Kagiso;Tshepo;Ruan;Wian;Yusuf;Shaun",
        fam="van der Merwe;Botha;Pretorius;Naidoo;Pillay;Mokoena;Molefe;Nkosi;Jacobs;Petersen;Govender;Adams;Steyn",
    ),
    "zu": dict(
        country="ZA",
        lang="zu",
        order="gf",
        f="Thandiwe;Nomvula;Lindiwe;Zanele;Nokuthula;Sibongile;Ayanda;Nosipho;Khanyisile;Mbali",
        m="Sipho;Sibusiso;Bongani;Mandla;Themba;Lwazi;Sandile;Mxolisi;Sifiso;Nkosinathi",
        fam="Dlamini;Ndlovu;Zulu;Khumalo;Mkhize;Ngcobo;Buthelezi;Mthembu;Cele;Zungu;Shezi;Gumede;Majola",
    ),
    "yo": dict(
        country="NG",
        lang="yo",
        order="gf",
        f="Fúnmiláyọ̀=Funmilayo;Yétúndé=Yetunde;Tèmítọ́pẹ́=Temitope;Fọlákẹ́=Folake;Àdùnní=Adunni;"
        "Ayọ̀délé=Ayodele;Kẹ́hìndé=Kehinde;Mọ́nísọ́lá=Monisola;Bùsáyọ̀=Busayo",
        m="Adébáyọ̀=Adebayo;Olúwaṣeun=Oluwaseun;Adéwálé=Adewale;Olúmìdé=Olumide;Túndé=Tunde;"
        "Ọlánrewájú=Olanrewaju;Babátúndé=Babatunde;Dàmilọ́lá=Damilola;Ṣẹ́gun=Segun",
        fam="Adéyẹmí=Adeyemi;Ògúnlẹ́yẹ=Ogunleye;Balógun=Balogun;Adélékè=Adeleke;Ògúndípẹ̀=Ogundipe;"
        "Akínwálé=Akinwale;Ọláníyan=Olaniyan;Oyèláràn=Oyelaran;Àjàyí=Ajayi;Fáṣọlá=Fasola",
    ),
    "ha": dict(
        country="NG",
        lang="ha",
        order="gf",
        f="Fatima;Hauwa;Zainab;Maryam;Aisha;Hadiza;Rukayya;Khadija;Ɗahara=Dahara;Binta",
        m="Aminu;Abdullahi;Usman;Ibrahim;Sani;Bello;Ɗahiru=Dahiru;Ƙasimu=Kasimu;Nasiru;Yakubu;Auwal",
        fam="Musa;Abubakar;Ɗanjuma=Danjuma;Garba;Yusuf;Lawal;Sule;Ɓawa=Bawa;Tanko;Shehu;Idris;Ƙaura=Kaura",
    ),
    "uk": dict(
        country="UA",
        lang="uk",
        order="gf",
        f="Олена=Olena;Оксана=Oksana;Ірина=Iryna;Наталія=Nataliia;Софія=Sofiia;Вікторія=Viktoriia;"
        "Анастасія=Anastasiia;Дарина=Daryna;Юлія=Yuliia;Соломія=Solomiia",
        m="Андрій=Andrii;Тарас=Taras;Дмитро=Dmytro;Богдан=Bohdan;Максим=Maksym;Олександр=Oleksandr;"
        "Юрій=Yurii;Іван=Ivan;Назар=Nazar;Євген=Yevhen",
        fam="Шевченко=Shevchenko;Коваленко=Kovalenko;Бондаренко=Bondarenko;Ткаченко=Tkachenko;"
        "Кравчук=Kravchuk;Мельник=Melnyk;Олійник=Oliinyk;Лисенко=Lysenko;Савченко=Savchenko;"
        "Руденко=Rudenko;Гнатюк=Hnatiuk;Яковенко=Yakovenko;"
        "Ковальський/Ковальська=Kovalskyi/Kovalska;Левицький/Левицька=Levytskyi/Levytska",
    ),
    "pl": dict(
        country="PL",
        lang="pl",
        order="gf",
        f="Anna;Katarzyna;Małgorzata;Agnieszka;Zofia;Zuzanna;Wiktoria;Julia;Maja;Natalia;Oliwia",
        m="Piotr;Krzysztof;Tomasz;Łukasz;Wojciech;Jakub;Kacper;Mateusz;Bartłomiej;Paweł;Szymon",
        fam="Nowak;Kowalski/Kowalska;Wiśniewski/Wiśniewska;Wójcik;Kamiński/Kamińska;"
        "Lewandowski/Lewandowska;Zieliński/Zielińska;Szymański/Szymańska;Dąbrowski/Dąbrowska;"
        "Woźniak;Kozłowski/Kozłowska;Mazur;Krawczyk;Grzybowski/Grzybowska",
    ),
    "nl": dict(
        country="NL",
        lang="nl",
        order="gf",
        f="Sanne;Lotte;Femke;Noor;Eva;Anouk;Fleur;Isa;Sophie;Tess;Yasmina",
        m="Daan;Bram;Jeroen;Sem;Thijs;Lucas;Milan;Ruben;Joost;Stijn;Mohammed",
        fam="de Jong;Jansen;de Vries;van den Berg;van Dijk;Bakker;Visser;Smit;Meijer;de Boer;"
        "van der Linden;Mulder;Bouzid;Kramer;van Leeuwen",
    ),
    "pt_br": dict(
        country="BR",
        lang="pt",
        order="gf",
        f="Maria Eduarda;Ana Clara;Beatriz;Juliana;Larissa;Gabriela;Letícia;Yasmin;Camila;Thaís",
        m="João Pedro;Lucas;Gabriel;Rafael;Thiago;Matheus;Guilherme;Vinícius;Kauã;Luiz Henrique",
        fam="Silva;Santos;Oliveira;Souza;Rodrigues;Ferreira;Alves;Pereira;Lima;Gomes;Carvalho;Ribeiro;"
        "da Conceição;dos Santos Nascimento;Araújo",
    ),
    "ms": dict(
        country="MY",
        lang="ms",
        order="gf",
        f="Nur Aisyah;Nurul Izzah;Siti Aminah;Farah;Aina;Nur Syafiqah;Amira;Puteri Balqis",
        m="Muhammad Hafiz;Ahmad;Amirul;Hakim;Syafiq;Mohd Faizal;Haziq;Aiman;Irfan",
        fam="bin Ismail/binti Ismail;bin Abdullah/binti Abdullah;bin Rahman/binti Rahman;"
        "bin Hassan/binti Hassan;bin Yusof/binti Yusof;bin Osman/binti Osman;bin Ibrahim/binti Ibrahim",
    ),
    "pa": dict(
        country="IN",
        lang="pa",
        order="gf",
        f="ਗੁਰਪ੍ਰੀਤ=Gurpreet;ਜਸਪ੍ਰੀਤ=Jaspreet;ਸਿਮਰਨ=Simran;ਅਮਨਦੀਪ=Amandeep;ਹਰਲੀਨ=Harleen;ਮਨਪ੍ਰੀਤ=Manpreet",
        m="ਹਰਜੀਤ=Harjeet;ਮਨਦੀਪ=Mandeep;ਨਵਜੋਤ=Navjot;ਕੁਲਵਿੰਦਰ=Kulwinder;ਗੁਰਵਿੰਦਰ=Gurwinder;ਜਗਦੀਪ=Jagdeep",
        fam="ਸਿੰਘ/ਕੌਰ=Singh/Kaur;ਸੰਧੂ=Sandhu;ਗਿੱਲ=Gill;ਢਿੱਲੋਂ=Dhillon;ਬਰਾੜ=Brar;ਗਰੇਵਾਲ=Grewal;ਸਿੱਧੂ=Sidhu",
    ),
    "si": dict(
        country="LK",
        lang="si",
        order="gf",
        f="නිමාලි=Nimali;සඳුනි=Sanduni;දිල්රුක්ෂි=Dilrukshi;තරුෂි=Tharushi;හිරුණි=Hiruni;කාවින්දි=Kavindi",
        m="සුනිල්=Sunil;කසුන්=Kasun;චමින්ද=Chaminda;තරිඳු=Tharindu;ඉෂාර=Ishara;නුවන්=Nuwan;දිනේෂ්=Dinesh",
        fam="පෙරේරා=Perera;ප්‍රනාන්දු=Fernando;සිල්වා=Silva;ජයසූරිය=Jayasuriya;බණ්ඩාර=Bandara;"
        "රත්නායක=Ratnayake;විජේසිංහ=Wijesinghe;දිසානායක=Dissanayake",
    ),
    "km": dict(
        country="KH",
        lang="km",
        order="fg",
        sep=" ",
        f="ស្រីពៅ=Sreypov;ចាន់ថា=Chantha;សុភា=Sophea;រតនា=Ratana;ពិសី=Pisey;ស្រីនាង=Sreyneang;ម៉ាលីស=Malis",
        m="ដារ៉ា=Dara;វិចិត្រ=Vichet;សុខា=Sokha;វណ្ណៈ=Vannak;ពិសិដ្ឋ=Piseth;រិទ្ធី=Rithy;សំណាង=Samnang",
        fam="សុខ=Sok;ចាន់=Chan;ហេង=Heng;លី=Ly;គឹម=Kim;ម៉ៅ=Mao;ជា=Chea;ស៊ុន=Sun;ឈឹម=Chhim;ព្រំ=Prom",
    ),
    "my": dict(
        country="MM",
        lang="my",
        order="gf",
        f="မြင့်မြင့်=Myint Myint;သီတာ=Thida;နီလာ=Nilar;ထက်ထက်=Htet Htet;စုစု=Su Su;ခင်ဇော်=Khin Zaw;နန်းဆု=Nang Su;မေသူ=May Thu",
        m="အောင်ကျော်=Aung Kyaw;ဇော်ဝင်း=Zaw Win;ကျော်ဇေယျာ=Kyaw Zeyar;ခင်မောင်=Khin Maung;"
        "မင်းထက်=Min Htet;ထွန်းထွန်း=Tun Tun;ဝေယံ=Wai Yan;စိုးမိုး=Soe Moe",
        fam="",
    ),
    "hy": dict(
        country="AM",
        lang="hy",
        order="gf",
        f="Անի=Ani;Լիլիթ=Lilit;Մարիամ=Mariam;Սոնա=Sona;Նարե=Nare;Գայանե=Gayane;Էլեն=Elen",
        m="Արամ=Aram;Նարեկ=Narek;Տիգրան=Tigran;Գոռ=Gor;Դավիթ=Davit;Արմեն=Armen;Հայկ=Hayk",
        fam="Հովհաննիսյան=Hovhannisyan;Սարգսյան=Sargsyan;Պետրոսյան=Petrosyan;Գրիգորյան=Grigoryan;"
        "Խաչատրյան=Khachatryan;Մկրտչյան=Mkrtchyan;Ավետիսյան=Avetisyan;Հարությունյան=Harutyunyan",
    ),
    "kk": dict(
        country="KZ",
        lang="kk",
        order="gf",
        f="Айгерім=Aigerim;Әсел=Assel;Жанар=Zhanar;Динара=Dinara;Мадина=Madina;Аружан=Aruzhan;Томирис=Tomiris",
        m="Нұрлан=Nurlan;Дәулет=Daulet;Ерлан=Yerlan;Асқар=Askar;Бауыржан=Bauyrzhan;Әлихан=Alikhan;Ерасыл=Yerassyl",
        fam="Серікбаев/Серікбаева=Serikbayev/Serikbayeva;Нұрғалиев/Нұрғалиева=Nurgaliyev/Nurgaliyeva;"
        "Жақсылықов/Жақсылықова=Zhaksylykov/Zhaksylykova;Қасымов/Қасымова=Kassymov/Kassymova;"
        "Омаров/Омарова=Omarov/Omarova;Байжанов/Байжанова=Baizhanov/Baizhanova;"
        "Тоқтаров/Тоқтарова=Toktarov/Toktarova",
    ),
    "ne": dict(
        country="NP",
        lang="ne",
        order="gf",
        f="सीता=Sita;सरिता=Sarita;पुष्पा=Pushpa;कविता=Kabita;गीता=Gita;सम्झना=Samjhana;अनिशा=Anisha",
        m="राम=Ram;बिकास=Bikash;अनिल=Anil;सुमन=Suman;रमेश=Ramesh;दीपक=Deepak;सन्तोष=Santosh",
        fam="श्रेष्ठ=Shrestha;तामाङ=Tamang;गुरुङ=Gurung;थापा=Thapa;राई=Rai;अधिकारी=Adhikari;पौडेल=Poudel;"
        "मगर=Magar;खड्का=Khadka",
    ),
    "te": dict(
        country="IN",
        lang="te",
        order="gf",
        f="లక్ష్మి=Lakshmi;స్వప్న=Swapna;కావ్య=Kavya;దివ్య=Divya;శ్రావణి=Sravani;హారిక=Harika",
        m="శ్రీనివాస్=Srinivas;రవి=Ravi;వెంకట్=Venkat;సురేష్=Suresh;కిరణ్=Kiran;మహేష్=Mahesh",
        fam="రెడ్డి=Reddy;నాయుడు=Naidu;రావు=Rao;చౌదరి=Chowdary;వర్మ=Varma;గౌడ్=Goud",
    ),
    "ml": dict(
        country="IN",
        lang="ml",
        order="gf",
        f="അനു=Anu;ശ്രീജ=Sreeja;മീര=Meera;ലക്ഷ്മി=Lakshmi;അഞ്ജലി=Anjali;നിമിഷ=Nimisha",
        m="രാജേഷ്=Rajesh;അജിത്=Ajith;വിനോദ്=Vinod;അരുൺ=Arun;ഷിബു=Shibu;ജിതിൻ=Jithin",
        fam="നായർ=Nair;മേനോൻ=Menon;പിള്ള=Pillai;കുര്യൻ=Kurian;ജോസഫ്=Joseph;വർഗീസ്=Varghese;തോമസ്=Thomas",
    ),
    "gu": dict(
        country="IN",
        lang="gu",
        order="gf",
        f="હેતલ=Hetal;પ્રિયા=Priya;નિશા=Nisha;ભાવિકા=Bhavika;ધ્રુવી=Dhruvi;કિંજલ=Kinjal",
        m="મિહિર=Mihir;જીગ્નેશ=Jignesh;કેતન=Ketan;રાકેશ=Rakesh;હાર્દિક=Hardik;ચિરાગ=Chirag",
        fam="પટેલ=Patel;શાહ=Shah;દેસાઈ=Desai;મહેતા=Mehta;જોશી=Joshi;પંડ્યા=Pandya;ત્રિવેદી=Trivedi;ચૌહાણ=Chauhan",
    ),
    "lo": dict(
        country="LA",
        lang="lo",
        order="gf",
        f="ສີດາ=Sida;ວັນນາ=Vanna;ນ້ອຍ=Noy;ແສງເດືອນ=Saengdeuan;ມະນີວອນ=Manivone;ພອນສະຫວັນ=Phonsavanh",
        m="ສົມພອນ=Somphone;ບຸນມີ=Bounmy;ຄຳພູ=Khamphou;ສຸລິເດດ=Soulideth;ທອງລາ=Thongla;ວິໄລ=Vilay",
        fam="ພົມມະຈັນ=Phommachanh;ແກ້ວມະນີ=Keomany;ສີສຸລາດ=Sisoulath;ວົງສາ=Vongsa;ສຸລິຍະວົງ=Souliyavong;ໄຊຍະວົງ=Xayavong",
    ),
    "mn": dict(
        country="MN",
        lang="mn",
        order="fg",
        f="Сарнай=Sarnai;Оюун=Oyun;Номин=Nomin;Цэцэг=Tsetseg;Анужин=Anujin;Мөнхзул=Munkhzul;Хулан=Khulan",
        m="Болд=Bold;Тэмүүлэн=Temuulen;Энхбаяр=Enkhbayar;Ганбаатар=Ganbaatar;Батбаяр=Batbayar;"
        "Төмөрбаатар=Tumurbaatar;Эрдэнэ=Erdene",
        fam="Батын=Batyn;Доржийн=Dorjiin;Пүрэвийн=Purevin;Ганбаатарын=Ganbaataryn;Цэрэнгийн=Tserengiin;"
        "Нямын=Nyamyn;Сүхийн=Sukhiin",
    ),
    "zh": dict(
        country="CN",
        lang="zh",
        order="fg",
        sep="",
        f="娜=Na;敏=Min;静=Jing;丽=Li;欣怡=Xinyi;雨涵=Yuhan;梓涵=Zihan;婷婷=Tingting",
        m="伟=Wei;洋=Yang;帆=Fan;磊=Lei;子轩=Zixuan;浩然=Haoran;俊杰=Junjie;宇航=Yuhang",
        fam="王=Wang;李=Li;张=Zhang;刘=Liu;陈=Chen;杨=Yang;赵=Zhao;黄=Huang;周=Zhou;吴=Wu",
    ),
    "ko": dict(
        country="KR",
        lang="ko",
        order="fg",
        sep="",
        f="서연=Seo-yeon;수빈=Su-bin;하은=Ha-eun;예린=Ye-rin;지우=Ji-woo;민지=Min-ji",
        m="민준=Min-jun;지훈=Ji-hoon;도윤=Do-yun;현우=Hyun-woo;준서=Jun-seo;태민=Tae-min",
        fam="김=Kim;이=Lee;박=Park;최=Choi;정=Jung;강=Kang;조=Cho;윤=Yoon",
    ),
    "ja": dict(
        country="JP",
        lang="ja",
        order="fg",
        sep=" ",
        f="結衣=Yui;美咲=Misaki;陽菜=Hina;さくら=Sakura;葵=Aoi;凛=Rin",
        m="陽翔=Haruto;蓮=Ren;大翔=Hiroto;悠真=Yuma;翔太=Shota;健太=Kenta",
        fam="佐藤=Sato;鈴木=Suzuki;高橋=Takahashi;田中=Tanaka;伊藤=Ito;渡辺=Watanabe;中村=Nakamura",
    ),
    "th": dict(
        country="TH",
        lang="th",
        order="gf",
        f="สุภาพร=Supaporn;พิมพ์ชนก=Pimchanok;กาญจนา=Kanjana;ณัฐธิดา=Natthida;ปิยะนุช=Piyanuch",
        m="สมชาย=Somchai;ณัฐวุฒิ=Nattawut;อนุชา=Anucha;ธนากร=Thanakorn;วีระพงษ์=Weerapong",
        fam="ใจดี=Jaidee;ศรีสุข=Srisuk;วงศ์ใหญ่=Wongyai;สุขสวัสดิ์=Suksawat;แก้วมณี=Kaewmanee;ทองดี=Thongdee",
    ),
    "ru": dict(
        country="RU",
        lang="ru",
        order="gf",
        f="Мария=Maria;Анастасия=Anastasia;Дарья=Daria;Екатерина=Ekaterina;Полина=Polina;Алина=Alina",
        m="Алексей=Aleksei;Дмитрий=Dmitry;Сергей=Sergei;Артём=Artyom;Никита=Nikita;Игорь=Igor",
        fam="Иванов/Иванова=Ivanov/Ivanova;Смирнов/Смирнова=Smirnov/Smirnova;"
        "Кузнецов/Кузнецова=Kuznetsov/Kuznetsova;"
        "Попов/Попова=Popov/Popova;Соколов/Соколова=Sokolov/Sokolova;Волков/Волкова=Volkov/Volkova",
    ),
    "ar": dict(
        country="EG",
        lang="ar",
        order="gf",
        f="فاطمة=Fatima;ليلى=Layla;مريم=Mariam;نور=Nour;سارة=Sara;رنا=Rana",
        m="محمد=Mohamed;أحمد=Ahmed;يوسف=Youssef;عمر=Omar;خالد=Khaled;كريم=Karim",
        fam="العلي=Al-Ali;حسن=Hassan;الخطيب=Al-Khatib;منصور=Mansour;عبد الله=Abdallah;السيد=El-Sayed",
    ),
    "vi": dict(
        country="VN",
        lang="vi",
        order="fg",
        sep=" ",
        f="Thị Lan;Minh Anh;Ngọc Hân;Thu Trang;Bảo Ngọc;Phương Linh",
        m="Văn Hùng;Quốc Bảo;Minh Tuấn;Đức Anh;Hoàng Long;Thành Đạt",
        fam="Nguyễn;Trần;Lê;Phạm;Hoàng;Vũ;Đặng;Bùi",
    ),
    "el": dict(
        country="GR",
        lang="el",
        order="gf",
        f="Μαρία=Maria;Ελένη=Eleni;Κατερίνα=Katerina;Σοφία=Sofia;Δέσποινα=Despoina",
        m="Γιώργος=Giorgos;Δημήτρης=Dimitris;Νίκος=Nikos;Κώστας=Kostas;Παναγιώτης=Panagiotis",
        fam="Παπαδόπουλος/Παπαδοπούλου=Papadopoulos/Papadopoulou;Νικολάου=Nikolaou;Γεωργίου=Georgiou;"
        "Οικονόμου=Oikonomou;Βλάχος/Βλάχου=Vlachos/Vlachou",
    ),
    "tr": dict(
        country="TR",
        lang="tr",
        order="gf",
        f="Elif;Zeynep;Büşra;Merve;Ayşe;Defne;Ecrin",
        m="Mehmet;Emre;Burak;Mustafa;Yusuf;Kerem;Oğuz",
        fam="Yılmaz;Kaya;Demir;Şahin;Çelik;Öztürk;Aydın;Arslan;Doğan",
    ),
    "es": dict(
        country="MX",
        lang="es",
        order="gf",
        f="María José;Valentina;Ximena;Guadalupe;Daniela;Fernanda;Lucía",
        m="Alejandro;Diego;José Luis;Santiago;Emiliano;Juan Carlos;Miguel Ángel",
        fam="García;Martínez;Hernández;López;Pérez;González;Ramírez;Sánchez Ruiz;de la Cruz",
    ),
    "fr": dict(
        country="FR",
        lang="fr",
        order="gf",
        f="Camille;Léa;Chloé;Manon;Inès;Océane;Zoé",
        m="Théo;Hugo;Lucas;Mathéo;Enzo;Noé;Yanis",
        fam="Dubois;Lefèvre;Moreau;Girard;Fontaine;Mercier;Diallo;Benali;Le Goff",
    ),
    "de": dict(
        country="DE",
        lang="de",
        order="gf",
        f="Hannah;Lea;Lena;Mia;Jana;Leonie;Sophie",
        m="Lukas;Jonas;Leon;Finn;Tim;Niklas;Felix",
        fam="Müller;Schmidt;Schneider;Fischer;Weber;Wagner;Becker;Hoffmann;Schäfer;Yıldız",
    ),
    "ro": dict(
        country="RO",
        lang="ro",
        order="gf",
        f="Andreea;Ioana;Elena;Bianca;Alexandra;Denisa",
        m="Ionuț;Ștefan;Andrei;Florin;Mihai;Cristian",
        fam="Popescu;Ionescu;Dumitrescu;Constantinescu;Stoica;Rădulescu;Lungu",
    ),
    "fil": dict(
        country="PH",
        lang="fil",
        order="gf",
        f="Maria Cristina;Angelica;Jhoanna;Kristine Joy;Mary Grace;Princess",
        m="Jose Miguel;Mark Anthony;John Paul;Jerome;Rodel;Jun-Jun",
        fam="Santos;Reyes;Cruz;Bautista;dela Cruz;Mendoza;Villanueva;Manalo;Dimaculangan",
    ),
}

_DOMAINS: dict[str, list[str]] = {
    "GB": ["gmail.com", "hotmail.co.uk", "outlook.com", "yahoo.co.uk", "icloud.com", "btinternet.com"],
    "US": ["gmail.com", "yahoo.com", "outlook.com", "aol.com", "icloud.com", "proton.me"],
    "IE": ["gmail.com", "eircom.net", "hotmail.com", "outlook.ie"],
    "AU": ["gmail.com", "bigpond.com", "outlook.com.au", "hotmail.com"],
    "CA": ["gmail.com", "videotron.ca", "shaw.ca", "hotmail.ca", "rogers.com"],
    "IN": ["gmail.com", "rediffmail.com", "yahoo.co.in", "outlook.in"],
    "ZA": ["gmail.com", "webmail.co.za", "mweb.co.za", "telkomsa.net"],
    "NG": ["gmail.com", "yahoo.com", "outlook.com"],
    "UA": ["ukr.net", "gmail.com", "i.ua", "meta.ua"],
    "PL": ["wp.pl", "o2.pl", "onet.pl", "interia.pl", "gmail.com"],
    "NL": ["ziggo.nl", "kpnmail.nl", "gmail.com", "hotmail.nl"],
    "BR": ["gmail.com", "uol.com.br", "bol.com.br", "hotmail.com"],
    "MY": ["gmail.com", "yahoo.com.my", "hotmail.my"],
    "LK": ["gmail.com", "sltnet.lk", "yahoo.com"],
    "KH": ["gmail.com", "yahoo.com"],
    "MM": ["gmail.com", "yahoo.com", "mptmail.net.mm"],
    "AM": ["mail.ru", "gmail.com", "yandex.ru"],
    "KZ": ["mail.ru", "gmail.com", "mail.kz", "inbox.ru"],
    "NP": ["gmail.com", "yahoo.com", "ntc.net.np"],
    "LA": ["gmail.com", "laotel.com"],
    "MN": ["gmail.com", "yahoo.com", "mail.mn"],
    "CN": ["qq.com", "163.com", "126.com", "sina.com"],
    "KR": ["naver.com", "daum.net", "gmail.com"],
    "JP": ["docomo.ne.jp", "gmail.com", "yahoo.co.jp", "ezweb.ne.jp"],
    "TH": ["gmail.com", "hotmail.com"],
    "RU": ["mail.ru", "yandex.ru", "rambler.ru", "bk.ru"],
    "EG": ["gmail.com", "yahoo.com", "hotmail.com"],
    "VN": ["gmail.com", "yahoo.com.vn"],
    "GR": ["gmail.com", "yahoo.gr", "otenet.gr"],
    "TR": ["gmail.com", "hotmail.com", "yandex.com.tr"],
    "MX": ["gmail.com", "hotmail.com", "prodigy.net.mx"],
    "FR": ["gmail.com", "orange.fr", "free.fr", "laposte.net"],
    "DE": ["gmx.de", "web.de", "t-online.de", "gmail.com"],
    "RO": ["gmail.com", "yahoo.ro"],
    "PH": ["gmail.com", "yahoo.com"],
}


@dataclass(frozen=True)
class Culture:
    code: str
    country: str
    lang: str
    order: str
    sep: str
    female: tuple[tuple[str, str], ...]
    male: tuple[tuple[str, str], ...]
    family: tuple[tuple[str, str, str, str], ...]  # native male, native female, latin male, latin female


def _pair(item: str) -> tuple[str, str]:
    if "=" in item:
        a, b = item.split("=", 1)
        return a, b
    return item, item


def _fam(item: str) -> tuple[str, str, str, str]:
    nat, lat = _pair(item)
    nm, _, nf = nat.partition("/")
    lm, _, lf = lat.partition("/")
    return nm, nf or nm, lm, lf or lm


def _build() -> dict[str, Culture]:
    out: dict[str, Culture] = {}
    for code, d in _RAW.items():
        fam = tuple(_fam(x) for x in d["fam"].split(";")) if d["fam"] else (("", "", "", ""),)
        out[code] = Culture(
            code=code,
            country=d["country"],
            lang=d["lang"],
            order=d["order"],
            sep=d.get("sep", " "),
            female=tuple(_pair(x) for x in d["f"].split(";")),
            male=tuple(_pair(x) for x in d["m"].split(";")),
            family=fam,
        )
    return out


CULTURES = _build()
CULTURE_CODES = list(_RAW.keys())


def ascii_fold(s: str) -> str:
    s = (
        s.replace("ł", "l")
        .replace("Ł", "L")
        .replace("ı", "i")
        .replace("ß", "ss")
        .replace("đ", "d")
        .replace("Đ", "D")
        .replace("ø", "o")
    )
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if c.isascii() and (c.isalnum() or c in " -'"))


@dataclass
class Person:
    culture: Culture
    female: bool
    given: str
    family: str
    given_lat: str
    family_lat: str
    dob: dt.date

    @property
    def age(self) -> int:
        return age_on(self.dob)

    @property
    def country(self) -> str:
        return self.culture.country

    def full(self) -> str:
        if not self.family:
            return self.given
        if self.culture.order == "fg":
            return f"{self.family}{self.culture.sep}{self.given}"
        return f"{self.given} {self.family}"

    def full_lat(self, family_first: bool | None = None) -> str:
        if not self.family_lat:
            return self.given_lat
        ff = self.culture.order == "fg" if family_first is None else family_first
        return f"{self.family_lat} {self.given_lat}" if ff else f"{self.given_lat} {self.family_lat}"

    def surname_lat(self) -> str:
        return self.family_lat or self.given_lat.split(" ")[-1]

    def firstname_lat(self) -> str:
        if not self.family_lat:
            return " ".join(self.given_lat.split(" ")[:-1]) or self.given_lat
        return self.given_lat


def make_person(
    rng: random.Random, code: str, min_age: int = 19, max_age: int = 60, female: bool | None = None
) -> Person:
    cul = CULTURES[code]
    fem = rng.random() < 0.55 if female is None else female
    g_nat, g_lat = rng.choice(cul.female if fem else cul.male)
    fm = rng.choice(cul.family)
    fam_nat, fam_lat = (fm[1], fm[3]) if fem else (fm[0], fm[2])
    return Person(cul, fem, g_nat, fam_nat, g_lat, fam_lat, random_dob(rng, min_age, max_age))


def make_child(
    rng: random.Random,
    code: str,
    min_age: int = 9,
    max_age: int = 17,
    female: bool | None = None,
    family_of: Person | None = None,
) -> Person:
    p = make_person(rng, code, min_age, max_age, female)
    if family_of is not None and family_of.family and rng.random() < 0.7 and code != "ms":
        fm = next((f for f in p.culture.family if family_of.family in (f[0], f[1])), None)
        if fm is not None:
            p.family, p.family_lat = (fm[1], fm[3]) if p.female else (fm[0], fm[2])
    return p


def email(rng: random.Random, p: Person, domain: str | None = None) -> str:
    g = ascii_fold(p.firstname_lat()).lower().replace(" ", "").replace("'", "").replace("-", "")
    f = ascii_fold(p.surname_lat()).lower().replace(" ", "").replace("'", "").replace("-", "")
    f = f.replace("bin", "").replace("binti", "") or "x"
    yy = f"{p.dob.year % 100:02d}"
    local = rng.choice(
        [
            f"{g}.{f}",
            f"{g}{f}{yy}",
            f"{g[0]}{f}",
            f"{g}_{f}{rng.randint(1, 99)}",
            f"{f}.{g}",
            f"{g}{p.dob.year}",
            f"{g}.{f[0]}{digits(rng, 3)}",
            f"{g}{rng.choice(['xo', 'x', '_'])}{yy}",
        ]
    )
    dom = domain or rng.choice(_DOMAINS.get(p.country, ["gmail.com"]))
    return f"{local}@{dom}"


def obfuscate_email(rng: random.Random, addr: str) -> str:
    local, _, dom = addr.partition("@")
    style = rng.choice(["at", "brackets", "paren", "spaced"])
    if style == "at":
        return f"{local} at {dom.replace('.', ' dot ')}"
    if style == "brackets":
        return f"{local}[at]{dom.replace('.', '[dot]')}"
    if style == "paren":
        return f"{local}(at){dom.replace('.', '(dot)')}"
    return f"{local} @ {dom.replace('.', ' . ')}"


_HANDLE_WORDS = [
    "moon",
    "angel",
    "baby",
    "savage",
    "lil",
    "real",
    "official",
    "xo",
    "queen",
    "king",
    "shadow",
    "ghost",
    "vibes",
    "boo",
    "princess",
    "gamer",
    "wolf",
    "sky",
    "sunny",
    "cutie",
    "drip",
    "og",
]


def username(rng: random.Random, p: Person, at: bool | None = None) -> str:
    g = ascii_fold(p.firstname_lat()).lower().replace(" ", "").replace("'", "") or "user"
    f = ascii_fold(p.surname_lat()).lower().replace(" ", "").replace("'", "") or "x"
    w = rng.choice(_HANDLE_WORDS)
    yy = f"{p.dob.year % 100:02d}"
    h = rng.choice(
        [
            f"{g}_{f}",
            f"{g}.{yy}",
            f"{w}_{g}{rng.randint(1, 999)}",
            f"{g}{f[:3]}{yy}",
            f"xx{g}xx",
            f"{g}__{w}",
            f"{w}.{g}.{f[0]}",
            f"{g}{rng.randint(2000, 2015)}",
            f"the.real.{g}",
            f"{f}_{g[0]}",
            f"{g}_{w}_{yy}",
            f"{g}.{f}.{rng.randint(1, 9)}",
        ]
    )
    use_at = rng.random() < 0.5 if at is None else at
    return "@" + h if use_at else h
