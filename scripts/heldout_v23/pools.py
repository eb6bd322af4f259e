"""Hand-written value pools for the v23 held-out corpus.

Notation (to keep the file compact):
  * entries are separated by whitespace;
  * "_" inside an entry stands for a space;
  * "latin|native" gives a transliteration and the native-script form;
  * "masc/fem" in a surname list gives gendered forms (either side may carry "|native").
"""


def L(s):
    return [x.replace("_", " ") for x in s.split()]


CULTURES = {
    "en_GB": dict(
        country="United Kingdom",
        lang="en",
        f=L(
            "Olivia Amelia Isla Ava Freya Poppy Imogen Niamh Chloe Megan Jessica Hannah Rachel Sarah Claire Joanne "
            "Kerry Lauren Gemma Bethany Maisie Evie Harriet Rosie Sophie Leanne Tasha Shanice"
        ),
        m=L(
            "Oliver George Harry Jack Noah Alfie Charlie Archie Freddie Callum Liam Kieran Jamie Ryan Daniel Matthew "
            "Gareth Darren Stuart Craig Rhys Owen Ewan Finlay Theo Dean Tyrone Reece"
        ),
        sur=L(
            "Smith Jones Taylor Brown Williams Wilson Johnson Davies Robinson Wright Thompson Evans Walker White "
            "Roberts Green Hall Wood Jackson Clarke Hughes Marsh Pritchard Barraclough Ashworth Heywood Fairclough "
            "Cartwright Mellor Hollis McAllister Fraser Gallagher Whitehead Sutcliffe Lloyd Kaur Begum Mensah Campbell"
        ),
        towns=L(
            "Leeds Bristol Norwich Swindon Wrexham Paisley Stockport Huddersfield Ipswich Preston Darlington "
            "Gloucester Luton Bangor Carlisle Kettering Rochdale Exeter Hastings Dundee Wakefield Barnsley Crewe"
        ),
        districts=L(
            "Headingley Didsbury Moseley Jesmond Clifton Walthamstow Roath Leith Chapeltown Toxteth Handsworth"
        ),
        regions=L("West_Yorkshire Lancashire Kent Merseyside Fife Gwynedd Norfolk Devon Cumbria Essex"),
        streets=L(
            "{n}_Mill_Lane {n}_Victoria_Road {n}_Church_Street {n}_Station_Road {n}_Albert_Terrace "
            "{n}_Beech_Grove {n}_Park_Avenue {n}_Chapel_Walk {n}_Queensway {n}_Orchard_Close {n}_Meadow_View "
            "{n}_Kingsway {n}_Harewood_Crescent {n}_Foxglove_Way {n}_Cedar_Drive {n}_Hollin_Lane {n}_Grange_Road "
            "Flat_{f},_{n}_Brunswick_Street Flat_{f},_Ashby_House,_{n}_Dale_Road {n}a_Cromwell_Road"
        ),
        pc="uk",
        phone="GB",
        plate="GB",
        mail=L("gmail.com hotmail.co.uk yahoo.co.uk outlook.com btinternet.com icloud.com sky.com"),
    ),
    "en_IE": dict(
        country="Ireland",
        lang="en",
        f=L("Aoife Siobhán Niamh Saoirse Caoimhe Orla Róisín Clodagh Sinéad Ciara Méabh Gráinne Aisling Deirdre"),
        m=L("Ciarán Oisín Seán Darragh Cian Eoin Pádraig Fionn Conor Diarmuid Tadhg Ronan Declan Colm"),
        sur=L(
            "Murphy Kelly O'Sullivan Walsh O'Brien Byrne Ryan O'Connor Fitzgerald Doherty Kavanagh McCarthy "
            "Ó_Súilleabháin Brennan Ní_Bhriain Mac_Giolla Moloney Quinlan"
        ),
        towns=L("Galway Limerick Tralee Athlone Sligo Kilkenny Dundalk Ennis Letterkenny Navan Tullamore Castlebar"),
        regions=L("Co._Clare Co._Kerry Co._Mayo Co._Donegal Co._Wexford Co._Offaly"),
        streets=L(
            "{n}_Main_Street {n}_Bóthar_na_Trá {n}_Church_Road {n}_Sea_Road {n}_Ashgrove_Park {n}_Father_Griffin_Road "
            "Apartment_{f},_Castle_Court {n}_Ard_na_Gréine"
        ),
        pc="ie",
        phone="IE",
        plate="IE",
        mail=L("gmail.com eircom.net hotmail.com yahoo.ie outlook.ie"),
    ),
    "en_US": dict(
        country="United States",
        lang="en",
        f=L(
            "Madison Emily Ashley Brianna Kayla Jasmine Hailey Destiny Megan Lauren Mackenzie Aaliyah Jennifer "
            "Tiffany Shannon Crystal Kaylee Savannah Brooke Tamika"
        ),
        m=L(
            "Tyler Brandon Jacob Austin Dylan Cody Jaylen Mason Hunter Logan DeShawn Travis Kyle Brett Marcus Dustin "
            "Caleb Trevon Wyatt Garrett"
        ),
        sur=L(
            "Johnson Miller Davis Garcia Rodriguez Martinez Anderson Thomas Moore Jackson Harris Nguyen Hernandez "
            "Peterson Reyes Sullivan Brooks Washington Fischer Schultz O'Neill Kim Patel Lopez Kowalczyk Yazzie "
            "Dubois Carter Jenkins Whitfield"
        ),
        towns=L(
            "Dayton Boise Tulsa Fresno Lansing Chattanooga Spokane Lubbock Savannah Des_Moines Albany Gainesville "
            "Rockford Provo Reno Worcester"
        ),
        states=dict(
            zip(
                L(
                    "Dayton Boise Tulsa Fresno Lansing Chattanooga Spokane Lubbock Savannah Des_Moines Albany "
                    "Gainesville Rockford Provo Reno Worcester"
                ),
                "OH ID OK CA MI TN WA TX GA IA NY FL IL UT NV MA".split(),
            )
        ),
        area=dict(
            zip(
                "OH ID OK CA MI TN WA TX GA IA NY FL IL UT NV MA".split(),
                "937 208 918 559 517 423 509 806 912 515 518 352 815 801 775 508".split(),
            )
        ),
        streets=L(
            "{n}_Oak_Ridge_Dr {n}_Maple_Ave {n}_Willow_Creek_Rd {n}_N_5th_St {n}_Sycamore_Ln {n}_Lakeview_Blvd "
            "{n}_Cherry_Hill_Ct {n}_Pinecrest_Way {n}_E_Jefferson_St {n}_Magnolia_Dr,_Apt_{f} "
            "{n}_W_Main_St,_Unit_{f} {n}_Country_Club_Rd PO_Box_{n}"
        ),
        pc="us",
        phone="US",
        plate="US",
        mail=L("gmail.com yahoo.com outlook.com aol.com icloud.com comcast.net hotmail.com"),
    ),
    "en_AU": dict(
        country="Australia",
        lang="en",
        f=L("Chloe Matilda Sienna Tahlia Jessica Mia Zara Kirra Georgia Brooke Ella"),
        m=L("Lachlan Cooper Jack Riley Hamish Mitchell Bailey Jayden Connor Darcy Nathan"),
        sur=L(
            "Nguyen Smith Williams O'Brien McKenzie Papadopoulos Tran Kennedy Wilson Ryan Harding Cartwright "
            "Nicholls Murray Ng Costa"
        ),
        towns=L(
            "Ballarat Geelong Wollongong Townsville Toowoomba Bendigo Launceston Mandurah Wagga_Wagga Mount_Gambier"
        ),
        states=dict(
            zip(
                L(
                    "Ballarat Geelong Wollongong Townsville Toowoomba Bendigo Launceston Mandurah Wagga_Wagga "
                    "Mount_Gambier"
                ),
                "VIC VIC NSW QLD QLD VIC TAS WA NSW SA".split(),
            )
        ),
        streets=L(
            "{n}_Wattle_St {n}_Banksia_Cres {n}_Bourke_Rd {n}_Jacaranda_Ave {n}_Kookaburra_Cl {n}_Ocean_Pde "
            "Unit_{f}/{n}_Grevillea_Dr {n}_Bottlebrush_Way"
        ),
        pc="au",
        phone="AU",
        plate="AU",
        mail=L("gmail.com bigpond.com outlook.com optusnet.com.au icloud.com"),
    ),
    "en_CA": dict(
        country="Canada",
        lang="en",
        f=L("Avery Brooklyn Émilie Kaitlyn Maëlle Harper Jordyn Nova Chantal"),
        m=L("Brayden Logan Carter Mathis Tanner Owen Xavier Rémi Jaxon"),
        sur=L("Tremblay Gagnon Roy MacDonald Campbell Wong Singh Bouchard Anderson Leblanc Friesen Cardinal Bergeron"),
        towns=L("Moncton Kelowna Saskatoon Kingston Sherbrooke Red_Deer Thunder_Bay Lethbridge"),
        states=dict(
            zip(
                L("Moncton Kelowna Saskatoon Kingston Sherbrooke Red_Deer Thunder_Bay Lethbridge"),
                "NB BC SK ON QC AB ON AB".split(),
            )
        ),
        area=dict(zip("NB BC SK ON QC AB".split(), "506 250 306 613 819 403".split())),
        streets=L(
            "{n}_Elm_St {n}_Rue_King_Ouest {n}_Spruce_Cres {n}_Lakeshore_Dr {n}_Birch_Ave,_Apt_{f} {n}_Maple_Leaf_Rd"
        ),
        pc="ca",
        phone="CA",
        plate="CA",
        mail=L("gmail.com hotmail.ca outlook.com videotron.ca shaw.ca"),
    ),
    "de_DE": dict(
        country="Deutschland",
        lang="de",
        f=L(
            "Lena Hannah Mia Emma Leonie Sophie Marie Johanna Katrin Sabine Anja Ulrike Nicole Jana Greta Frieda Jule Svenja"
        ),
        m=L(
            "Lukas Jonas Leon Finn Paul Felix Maximilian Tobias Jens Stefan Matthias Dirk Uwe Moritz Niklas Ole Till Sven"
        ),
        sur=L(
            "Müller Schmidt Schneider Fischer Weber Meyer Wagner Becker Hoffmann Schäfer Koch Richter Klein Wolf "
            "Schröder Neumann Schwarz Zimmermann Krüger Hartmann Lange Werner Krause Lehmann Köhler Brandt Vogel "
            "Jäger Kaiser Pohl Kowalczyk Nowitzki Petersen"
        ),
        towns=L(
            "Erfurt Bielefeld Regensburg Kassel Osnabrück Freiburg Göttingen Würzburg Rostock Chemnitz Mainz "
            "Oldenburg Heilbronn Paderborn"
        ),
        plates=dict(
            zip(
                L(
                    "Erfurt Bielefeld Regensburg Kassel Osnabrück Freiburg Göttingen Würzburg Rostock Chemnitz "
                    "Mainz Oldenburg Heilbronn Paderborn"
                ),
                "EF BI R KS OS FR GÖ WÜ HRO C MZ OL HN PB".split(),
            )
        ),
        districts=L("Kreuzberg Neukölln Ehrenfeld Altona Schwabing Connewitz Marzahn Wilhelmsburg"),
        regions=L("Bayern Sachsen Niedersachsen Thüringen Nordrhein-Westfalen Hessen"),
        streets=L(
            "Lindenstraße_{n} Hauptstraße_{n} Goethestraße_{n} Am_Mühlbach_{n} Bahnhofstraße_{n} Kirchweg_{n} "
            "Gartenstraße_{n} Schillerplatz_{n} Birkenweg_{n}a Rosenstraße_{n} Feldstraße_{n} Talstraße_{n} "
            "Ahornring_{n} Auf_der_Heide_{n}"
        ),
        pc="de",
        phone="DE",
        plate="DE",
        mail=L("web.de gmx.de gmail.com t-online.de posteo.de outlook.de"),
    ),
    "de_CH": dict(
        country="Schweiz",
        lang="de",
        f=L("Lara Nina Corinne Nadine Jasmin Seraina Flurina Anja Mirjam"),
        m=L("Luca Noah Reto Urs Beat Samuel Gian Dario Andrin"),
        sur=L("Meier Brunner Baumann Frei Zbinden Gerber Wyss Keller Huber Steiner Bühler Schürch Ammann Rüegg"),
        towns=L("Winterthur Luzern St._Gallen Thun Biel Aarau Chur Schaffhausen Lausanne Fribourg Neuchâtel Sion"),
        regions=L("Kanton_Bern Kanton_Zürich Graubünden Wallis Tessin"),
        streets=L("Bahnhofstrasse_{n} Dorfstrasse_{n} Seeweg_{n} Rue_du_Simplon_{n} Alpenblickweg_{n} Kirchgasse_{n}"),
        pc="ch",
        phone="CH",
        plate="CH",
        mail=L("bluewin.ch gmx.ch gmail.com sunrise.ch hispeed.ch"),
    ),
    "fr_FR": dict(
        country="France",
        lang="fr",
        f=L(
            "Camille Léa Manon Chloé Inès Jade Louise Émilie Nathalie Sandrine Isabelle Céline Margaux Océane Aurélie Yasmine"
        ),
        m=L(
            "Lucas Hugo Théo Nathan Mathis Enzo Louis Julien Nicolas Sébastien Thierry Mehdi Karim Antoine Baptiste "
            "Yannick Moussa"
        ),
        sur=L(
            "Martin Bernard Dubois Thomas Robert Richard Petit Durand Leroy Moreau Simon Laurent Lefebvre Michel "
            "Fournier Girard Bonnet Lambert Fontaine Rousseau Vincent Lefèvre Faure Mercier Boyer Benali Haddad "
            "N'Diaye Traoré Le_Gall"
        ),
        towns=L(
            "Rennes Nantes Clermont-Ferrand Roubaix Villeurbanne Saint-Étienne Angers Besançon Perpignan Limoges "
            "Tourcoing Metz Pau Brest Aubervilliers"
        ),
        regions=L("Bretagne Occitanie Auvergne-Rhône-Alpes Hauts-de-France Normandie Grand_Est"),
        streets=L(
            "{n}_rue_des_Lilas {n}_avenue_Jean_Jaurès {n}_boulevard_Voltaire {n},_impasse_du_Moulin "
            "{n}_rue_de_la_République {n}_place_du_Marché {n}_chemin_des_Vignes {n}_allée_des_Tilleuls "
            "bât._B,_{n}_rue_Pasteur {n}_bis_rue_Victor_Hugo Apt_{f},_{n}_rue_des_Écoles"
        ),
        pc="fr",
        phone="FR",
        plate="FR",
        mail=L("orange.fr free.fr laposte.net gmail.com hotmail.fr sfr.fr wanadoo.fr"),
    ),
    "es_ES": dict(
        country="España",
        lang="es",
        order="es",
        f=L("Lucía María Paula Carmen Laura Marta Alba Nerea Ainhoa Rocío Pilar Irene Sofía Noelia Itziar"),
        m=L("Hugo Pablo Álvaro Javier Sergio Alejandro Iker Adrián Jorge Raúl Manuel Unai Diego Rubén Íñigo"),
        sur=L(
            "García Fernández González Rodríguez López Martínez Sánchez Pérez Gómez Martín Jiménez Ruiz Hernández "
            "Díaz Moreno Muñoz Álvarez Romero Navarro Torres Domínguez Vázquez Ramos Gil Serrano Blanco Molina "
            "Castro Ortega Delgado Echeverría Iglesias"
        ),
        towns=L(
            "Zaragoza Valladolid Getafe Cádiz Badajoz Logroño Alcorcón Santander Murcia Gijón Elche "
            "Vitoria-Gasteiz Huelva Salamanca"
        ),
        regions=L("Andalucía Castilla_y_León Aragón Galicia Extremadura Cantabria"),
        streets=L(
            "Calle_Mayor,_{n},_{f}º_B C/_San_Bernardo_{n},_{f}ºA Avda._de_la_Constitución_{n} Plaza_de_España_{n} "
            "Calle_del_Pez_{n},_bajo Calle_Alcalá_{n},_{f}º_izq. Camino_Real_{n}"
        ),
        pc="es",
        phone="ES",
        plate="ES",
        mail=L("gmail.com hotmail.es yahoo.es outlook.es telefonica.net"),
    ),
    "es_MX": dict(
        country="México",
        lang="es",
        order="es",
        f=L("Guadalupe Ximena Valeria Fernanda Itzel Daniela Mariana Citlali Yaretzi"),
        m=L("José_Luis Juan_Carlos Emiliano Santiago Jesús Luis_Ángel Ulises Brandon Iker"),
        sur=L(
            "Hernández García Martínez López González Pérez Rodríguez Sánchez Ramírez Cruz Flores Gómez Morales "
            "Vázquez Reyes Jiménez Torres Díaz Gutiérrez Ruiz Mendoza Aguilar Ortiz Castillo Chávez"
        ),
        towns=L("Puebla Guadalajara Monterrey Oaxaca Toluca Mérida Tijuana León Morelia Querétaro Tapachula"),
        regions=L("Jalisco Nuevo_León Chiapas Michoacán Guerrero Oaxaca Veracruz"),
        curp_state=dict(
            zip(
                L("Puebla Guadalajara Monterrey Oaxaca Toluca Mérida Tijuana León Morelia Querétaro Tapachula"),
                "PL JC NL OC MC YN BC GT MN QT CS".split(),
            )
        ),
        streets=L(
            "Calle_Hidalgo_{n} Av._Reforma_{n},_int._{f} Calle_5_de_Mayo_{n} Privada_de_los_Pinos_{n} "
            "Av._Juárez_{n},_Col._Centro"
        ),
        pc="mx",
        phone="MX",
        plate="MX",
        mail=L("gmail.com hotmail.com yahoo.com.mx outlook.com prodigy.net.mx"),
    ),
    "es_CA": dict(
        country="Honduras",
        lang="es",
        order="es",
        f=L("Yeni Dania Heydi Yaritza Wendy Marleny Suyapa Glenda Keyla"),
        m=L("Kevin Brayan Wilmer Elmer Josué Nery Edwin Marvin Denis"),
        sur=L("Ramos Mejía Orellana Cruz Lemus Aguilar Zelaya Portillo Chinchilla Bonilla Paz Banegas Funez"),
        towns=L(
            "San_Pedro_Sula Tegucigalpa Choloma La_Ceiba Quetzaltenango Huehuetenango San_Miguel Soyapango Comayagua"
        ),
        regions=L("Cortés Olancho Yoro Petén Atlántida"),
        streets=L(
            "Colonia_Rivera_Hernández,_casa_{n} Barrio_El_Centro,_{n}_calle Bloque_{f},_casa_{n},_Colonia_Kennedy"
        ),
        pc=None,
        phone="HN",
        plate=None,
        mail=L("gmail.com yahoo.com hotmail.com"),
    ),
    "it_IT": dict(
        country="Italia",
        lang="it",
        f=L("Giulia Francesca Chiara Sara Martina Alessia Federica Valentina Elisa Giorgia Beatrice Rosa Ilaria Noemi"),
        m=L(
            "Marco Luca Matteo Andrea Alessandro Davide Lorenzo Simone Francesco Giuseppe Stefano Riccardo Tommaso "
            "Salvatore Gennaro"
        ),
        sur=L(
            "Rossi Russo Ferrari Esposito Bianchi Romano Colombo Ricci Marino Greco Bruno Gallo Conti De_Luca "
            "Mancini Costa Giordano Rizzo Lombardi Moretti Barbieri Fontana Santoro Mariani Caruso Ferraro D'Amico"
        ),
        towns=L("Bergamo Lecce Parma Modena Bari Padova Verona Perugia Salerno Trento Catania Brescia"),
        belfiore=dict(
            zip(
                L("Bergamo Lecce Parma Modena Bari Padova Verona Perugia Salerno Trento Catania Brescia"),
                "A794 E506 G337 F257 A662 G224 L781 G478 H703 L378 C351 B157".split(),
            )
        ),
        regions=L("Lombardia Puglia Emilia-Romagna Veneto Umbria Campania Sicilia"),
        streets=L(
            "Via_Roma_{n} Via_Giuseppe_Garibaldi_{n} Corso_Vittorio_Emanuele_II_{n} Viale_dei_Mille_{n} "
            "Piazza_del_Popolo_{n} Via_delle_Rose_{n},_int._{f} Vicolo_Stretto_{n} Via_Dante_{n}/B"
        ),
        pc="it",
        phone="IT",
        plate="IT",
        mail=L("libero.it gmail.com virgilio.it alice.it hotmail.it tiscali.it"),
    ),
    "pl_PL": dict(
        country="Polska",
        lang="pl",
        f=L(
            "Zofia Julia Zuzanna Maja Hanna Agnieszka Katarzyna Małgorzata Joanna Magdalena Aleksandra Natalia Wiktoria Ewa"
        ),
        m=L("Jakub Antoni Szymon Filip Kacper Piotr Krzysztof Tomasz Paweł Michał Łukasz Grzegorz Wojciech Mateusz"),
        sur=L(
            "Kowalski/Kowalska Wiśniewski/Wiśniewska Wójcik Kamiński/Kamińska Lewandowski/Lewandowska "
            "Zieliński/Zielińska Szymański/Szymańska Woźniak Dąbrowski/Dąbrowska Kozłowski/Kozłowska "
            "Jankowski/Jankowska Mazur Krawczyk Piotrowski/Piotrowska Grabowski/Grabowska Nowak Pawlak "
            "Michalski/Michalska Wróbel Jabłoński/Jabłońska Zając Król"
        ),
        towns=L("Gdańsk Łódź Lublin Rzeszów Białystok Bydgoszcz Toruń Olsztyn Kielce Opole Gliwice Częstochowa"),
        plates=dict(
            zip(
                L("Gdańsk Łódź Lublin Rzeszów Białystok Bydgoszcz Toruń Olsztyn Kielce Opole Gliwice Częstochowa"),
                "GD EL LU RZ BI CB CT NO TK OP SG SC".split(),
            )
        ),
        regions=L("Mazowsze Podkarpacie Pomorze Śląsk Warmia"),
        streets=L(
            "ul._Długa_{n} ul._Mickiewicza_{n}/{f} ul._Piłsudskiego_{n} al._Niepodległości_{n}/{f} "
            "ul._Ogrodowa_{n} os._Kalinowe_{n}/{f} ul._Słowackiego_{n}"
        ),
        pc="pl",
        phone="PL",
        plate="PL",
        mail=L("wp.pl o2.pl onet.pl gmail.com interia.pl op.pl"),
    ),
    "nl_NL": dict(
        country="Nederland",
        lang="nl",
        f=L("Sanne Fleur Lotte Anouk Femke Esmée Noor Ilse Marloes Eline Tess"),
        m=L("Daan Bram Sem Thijs Jesse Ruben Joris Sven Wouter Bas Niels Pieter Mees"),
        sur=L(
            "de_Jong Jansen de_Vries van_den_Berg van_Dijk Bakker Visser Smit Meijer de_Boer Mulder de_Groot Bos "
            "Vos Peters Hendriks van_Leeuwen Dekker Brouwer de_Wit Dijkstra Smits de_Graaf van_der_Meer Kuipers "
            "Veenstra El_Amrani Yıldız"
        ),
        towns=L(
            "Utrecht Zwolle Tilburg Groningen Nijmegen Leeuwarden Almere Enschede Haarlem Breda Apeldoorn Delft Amersfoort"
        ),
        regions=L("Gelderland Friesland Noord-Brabant Overijssel Limburg"),
        streets=L(
            "Kerkstraat_{n} Lindelaan_{n}-bis Molenweg_{n} Prinsengracht_{n}-III Julianastraat_{n} Dorpsstraat_{n} "
            "Vondellaan_{n}_A"
        ),
        pc="nl",
        phone="NL",
        plate="NL",
        mail=L("gmail.com ziggo.nl kpnmail.nl hotmail.nl outlook.com xs4all.nl"),
    ),
    "sv_SE": dict(
        country="Sverige",
        lang="sv",
        f=L("Elsa Alice Maja Astrid Ebba Saga Linnea Karin Ingrid Annika"),
        m=L("Oscar William Elias Hugo Axel Viktor Erik Johan Magnus Anders Lars"),
        sur=L(
            "Andersson Johansson Karlsson Nilsson Eriksson Larsson Olsson Persson Svensson Gustafsson Lindqvist "
            "Bergström Lindgren Sjöberg Holmberg Åkesson"
        ),
        towns=L("Uppsala Malmö Örebro Västerås Linköping Umeå Jönköping Luleå Gävle Helsingborg"),
        regions=L("Skåne Västra_Götaland Norrbotten Dalarna"),
        streets=L("Storgatan_{n} Drottninggatan_{n}B Björkvägen_{n} Kvarngatan_{n},_lgh_11{f}2 Skolvägen_{n}"),
        pc="se",
        phone="SE",
        plate="SE",
        mail=L("gmail.com telia.com hotmail.se outlook.com bredband.net"),
    ),
    "pt_BR": dict(
        country="Brasil",
        lang="pt",
        f=L("Ana_Clara Beatriz Larissa Juliana Fernanda Gabriela Letícia Camila Thaís Vitória Raíssa"),
        m=L("João_Pedro Gabriel Lucas Matheus Rafael Guilherme Thiago Vinícius Felipe Caio Leonardo Davi"),
        sur=L(
            "Silva Santos Oliveira Souza Rodrigues Ferreira Alves Pereira Lima Gomes Costa Ribeiro Martins "
            "Carvalho Araújo Barbosa Rocha Nascimento"
        ),
        towns=L("Campinas Recife Belo_Horizonte Fortaleza Curitiba Goiânia Manaus Niterói Salvador Porto_Alegre"),
        regions=L("Pernambuco Minas_Gerais Bahia Paraná Ceará"),
        streets=L(
            "Rua_das_Flores,_{n} Av._Paulista,_{n},_apto_{f}2 Rua_Sete_de_Setembro,_{n} Travessa_São_José,_{n} "
            "Rua_Boa_Vista,_{n},_casa_{f}"
        ),
        pc="br",
        phone="BR",
        plate="BR",
        mail=L("gmail.com hotmail.com yahoo.com.br uol.com.br bol.com.br outlook.com"),
    ),
    "pt_PT": dict(
        country="Portugal",
        lang="pt",
        f=L("Inês Mariana Beatriz Catarina Joana Leonor Matilde"),
        m=L("Tiago Rodrigo Duarte Afonso Miguel Gonçalo Rui"),
        sur=L("Silva Santos Ferreira Pereira Oliveira Costa Rodrigues Martins Sousa Fernandes Gonçalves Lopes Marques"),
        towns=L("Braga Coimbra Aveiro Setúbal Faro Viseu Guimarães Amadora"),
        regions=L("Algarve Alentejo Minho"),
        streets=L("Rua_de_Santa_Catarina,_{n},_{f}.º_Esq. Avenida_da_Liberdade,_{n} Travessa_do_Carmo,_{n}"),
        pc="pt",
        phone="PT",
        plate="PT",
        mail=L("gmail.com sapo.pt hotmail.com outlook.pt"),
    ),
    "tr_TR": dict(
        country="Türkiye",
        lang="tr",
        f=L("Zeynep Elif Ayşe Fatma Merve Büşra Esra Defne Ecrin Hatice Gülsüm"),
        m=L("Mehmet Mustafa Ahmet Emre Burak Yusuf Eren Kerem Oğuz Hüseyin Murat Çağan"),
        sur=L(
            "Yılmaz Kaya Demir Şahin Çelik Yıldız Yıldırım Öztürk Aydın Özdemir Arslan Doğan Kılıç Aslan Çetin "
            "Kara Koç Kurt"
        ),
        towns=L("İzmir Konya Gaziantep Bursa Eskişehir Kayseri Trabzon Diyarbakır Hatay Mersin Kahramanmaraş"),
        streets=L(
            "Atatürk_Cad._No:_{n}_D:_{f} Çiçek_Sok._No:_{n}/{f} Cumhuriyet_Mah._1203._Sk._No:_{n} "
            "Gül_Sokak_No_{n}_Daire_{f}"
        ),
        pc="tr",
        phone="TR",
        plate="TR",
        mail=L("gmail.com hotmail.com yandex.com.tr outlook.com"),
    ),
    "ar_SY": dict(
        country="Syria",
        lang="ar",
        script=True,
        f=L(
            "Fatima|فاطمة Aya|آية Rama|راما Lama|لمى Nour|نور Hala|هالة Rasha|رشا Amal|أمل Maryam|مريم Zainab|زينب "
            "Huda|هدى Salma|سلمى Rawan|روان Batoul|بتول"
        ),
        m=L(
            "Mohammad|محمد Ahmad|أحمد Omar|عمر Khaled|خالد Yousef|يوسف Hassan|حسن Ali|علي Ibrahim|إبراهيم "
            "Mahmoud|محمود Bilal|بلال Tareq|طارق Samer|سامر Anas|أنس Hamza|حمزة"
        ),
        sur=L(
            "Al-Hassan|الحسن Haddad|حداد Al-Khatib|الخطيب Darwish|درويش Al-Ahmad|الأحمد Hamoud|حمود "
            "Al-Masri|المصري Qassem|قاسم Al-Shami|الشامي Sabbagh|الصباغ Al-Halabi|الحلبي Najjar|النجار "
            "Al-Zoubi|الزعبي Jaber|جابر Khalil|خليل"
        ),
        towns=L(
            "Aleppo|حلب Homs|حمص Idlib|إدلب Daraa|درعا Hama|حماة Deir_ez-Zor|دير_الزور Latakia|اللاذقية "
            "Raqqa|الرقة Douma|دوما Qamishli|القامشلي"
        ),
        streets=L("Al-Jamiliyeh_Street_{n} Baghdad_Street,_building_{n}"),
        phone="SY",
        mail=L("gmail.com hotmail.com yahoo.com"),
        ethnic=L("Arab Kurdish Turkmen Palestinian"),
    ),
    "ku_IQ": dict(
        country="Iraq",
        lang="ku",
        f=L("Berfîn Rojda Dilan Hêvî Jiyan Nesrîn Nadia Layla Vian Shirin"),
        m=L("Rojhat Azad Şêrko Baran Dilşad Hozan Kawa Khairi Saman Hoshyar"),
        sur=L("Khalaf Murad Haji Qasim Elias Bashar Barzani Rashid Hussein Saleh Xelîl Ezidi"),
        towns=L("Sinjar|شنگال Duhok|دهوك Zakho|زاخو Erbil|أربيل Sulaymaniyah|السليمانية Kobanî Afrin Khanke"),
        streets=L("Malta_quarter,_house_{n} 60_Meter_Road,_house_{n}"),
        phone="IQ",
        mail=L("gmail.com yahoo.com hotmail.com"),
        ethnic=L("Kurdish Yazidi Assyrian Kurdish_Yazidi"),
    ),
    "fa_AF": dict(
        country="Afghanistan",
        lang="fa",
        script=True,
        f=L(
            "Zahra|زهرا Fatema|فاطمه Maryam|مریم Madina|مدینه Nilofar|نیلوفر Shabnam|شبنم Farzana|فرزانه "
            "Parwana|پروانه Gulalai|گلالی Mursal|مرسل Marzia|مرضیه"
        ),
        m=L(
            "Hamid|حمید Sohrab|سهراب Farid|فرید Jawad|جواد Mustafa|مصطفی Naveed|نوید Bashir|بشیر Qasim|قاسم "
            "Wahid|وحید Ali_Reza|علی_رضا Mohammad_Nabi|محمد_نبی Samiullah|سمیع‌الله Rahmatullah|رحمت‌الله"
        ),
        sur=L(
            "Ahmadi|احمدی Rezaei|رضایی Hussaini|حسینی Karimi|کریمی Mohammadi|محمدی Sultani|سلطانی Noori|نوری "
            "Stanikzai|ستانکزی Popal|پوپل Safi|صافی Hakimi|حکیمی Jafari|جعفری Rahimi|رحیمی Sadat|سادات"
        ),
        towns=L(
            "Herat|هرات Mazar-i-Sharif|مزار_شریف Kabul|کابل Kandahar|کندهار Jalalabad|جلال‌آباد Ghazni|غزنی "
            "Bamyan|بامیان Kunduz|کندز Daikundi|دایکندی"
        ),
        streets=L("Karte_Seh,_house_{n} Dasht-e-Barchi,_street_{f},_house_{n}"),
        phone="AF",
        mail=L("gmail.com yahoo.com outlook.com"),
        ethnic=L("Hazara Tajik Pashtun Uzbek Turkmen"),
    ),
    "fa_IR": dict(
        country="Iran",
        lang="fa",
        script=True,
        f=L("Shirin|شیرین Parisa|پریسا Mahsa|مهسا Neda|ندا Sara|سارا Leila|لیلا Yasaman|یاسمن Niloufar|نیلوفر"),
        m=L("Reza|رضا Mehdi|مهدی Amir|امیر Arash|آرش Babak|بابک Kourosh|کوروش Pouya|پویا Saeed|سعید"),
        sur=L(
            "Hosseini|حسینی Tehrani|تهرانی Moradi|مرادی Rahmani|رحمانی Jafari|جعفری Karimi|کریمی Sadeghi|صادقی "
            "Ghorbani|قربانی Ebrahimi|ابراهیمی Farahani|فراهانی Najafi|نجفی"
        ),
        towns=L(
            "Shiraz|شیراز Tabriz|تبریز Isfahan|اصفهان Mashhad|مشهد Ahvaz|اهواز Kermanshah|کرمانشاه Rasht|رشت "
            "Sanandaj|سنندج"
        ),
        streets=L("Valiasr_Street,_Alley_{f},_No._{n}"),
        phone="IR",
        mail=L("gmail.com yahoo.com outlook.com"),
        ethnic=L("Persian Kurdish Azeri Baloch Arab"),
    ),
    "ti_ER": dict(
        country="Eritrea",
        lang="ti",
        script=True,
        f=L("Senait|ሰናይት Helen|ሄለን Freweini|ፍረወይኒ Selam|ሰላም Yordanos|ዮርዳኖስ Winta|ዊንታ Luwam|ሉዋም Mebrat|መብራት"),
        m=L(
            "Yonas|ዮናስ Amanuel|ኣማኑኤል Filmon|ፊልሞን Michael|ሚካኤል Dawit|ዳዊት Robel|ሮቤል Temesghen|ተመስገን "
            "Biniam|ብንያም Kidane|ኪዳነ Abraham|ኣብርሃም"
        ),
        sur=L(
            "Tesfay|ተስፋይ Gebremedhin|ገብረመድህን Haile|ሃይለ Tekle|ተኽለ Ghebreyesus|ገብረየሱስ Berhane|በርሃነ "
            "Woldu|ወልዱ Habte|ሃብተ Kahsay|ካሕሳይ Mehari|መሓሪ"
        ),
        towns=L("Asmara|ኣስመራ Keren|ከረን Mendefera|መንደፈራ Dekemhare|ደቀምሓረ Massawa|ምጽዋዕ Adi_Keyh|ዓዲ_ቐይሕ"),
        streets=L("Godaif,_house_{n}"),
        phone="ER",
        mail=L("gmail.com yahoo.com"),
        ethnic=L("Tigrinya Tigre Bilen Kunama Saho"),
    ),
    "am_ET": dict(
        country="Ethiopia",
        lang="am",
        script=True,
        f=L("Tigist|ትዕግስት Almaz|አልማዝ Meseret|መሰረት Hirut|ሂሩት Bethlehem|ቤተልሔም Mahlet|ማህሌት"),
        m=L("Abebe|አበበ Tesfaye|ተስፋዬ Yohannes|ዮሃንስ Mulugeta|ሙሉጌታ Bereket|በረከት Kebede|ከበደ Girma|ግርማ"),
        sur=L("Alemu|አለሙ Girma|ግርማ Bekele|በቀለ Tadesse|ታደሰ Desta|ደስታ Wolde|ወልደ Mengistu|መንግሥቱ Gebre|ገብሬ"),
        towns=L("Gondar|ጎንደር Bahir_Dar|ባሕር_ዳር Dire_Dawa|ድሬ_ዳዋ Mekelle|መቀሌ Hawassa|ሐዋሳ Jimma|ጅማ Adama|አዳማ"),
        streets=L("Kebele_{f},_house_{n}"),
        phone="ET",
        mail=L("gmail.com yahoo.com"),
        ethnic=L("Oromo Amhara Tigrayan Somali Sidama"),
    ),
    "so_SO": dict(
        country="Somalia",
        lang="so",
        f=L("Hodan Faadumo Sahra Ayaan Ifrah Hibaaq Ubah Khadra Nasra Deeqa Muna"),
        m=L("Abdirahman Mohamed Abdullahi Farah Ahmed Bashiir Cabdi Hassan Liban Mahad Abdiqani"),
        sur=L("Warsame Hirsi Jama Mohamud Abdi Yusuf Ali Nur Osman Guled Aden Egal Dirie"),
        towns=L("Baidoa Kismayo Hargeisa Beledweyne Galkayo Bosaso Dadaab Kakuma Afgooye"),
        streets=L("Hodan_district,_house_{n}"),
        phone="SO",
        mail=L("gmail.com hotmail.com yahoo.com"),
        ethnic=L("Somali_Bantu Benadiri Somali"),
    ),
    "uk_UA": dict(
        country="Україна",
        lang="uk",
        script=True,
        f=L(
            "Olena|Олена Iryna|Ірина Oksana|Оксана Nataliia|Наталія Yuliia|Юлія Sofiia|Софія Anastasiia|Анастасія "
            "Daryna|Дарина Kateryna|Катерина Viktoriia|Вікторія Tetiana|Тетяна Khrystyna|Христина"
        ),
        m=L(
            "Oleksandr|Олександр Andrii|Андрій Dmytro|Дмитро Serhii|Сергій Maksym|Максим Mykola|Микола "
            "Bohdan|Богдан Taras|Тарас Yurii|Юрій Artem|Артем Volodymyr|Володимир Ivan|Іван"
        ),
        sur=L(
            "Kovalenko|Коваленко Shevchenko|Шевченко Bondarenko|Бондаренко Tkachenko|Ткаченко "
            "Kravchenko|Кравченко Melnyk|Мельник Boiko|Бойко Kovalchuk|Ковальчук Oliinyk|Олійник "
            "Lysenko|Лисенко Marchenko|Марченко Savchuk|Савчук Rudenko|Руденко Moroz|Мороз "
            "Kovalskyi|Ковальський/Kovalska|Ковальська Sadovyi|Садовий/Sadova|Садова"
        ),
        towns=L(
            "Kharkiv|Харків Zaporizhzhia|Запоріжжя Mykolaiv|Миколаїв Mariupol|Маріуполь Chernihiv|Чернігів "
            "Kherson|Херсон Dnipro|Дніпро Sumy|Суми Vinnytsia|Вінниця Poltava|Полтава Bucha|Буча Irpin|Ірпінь "
            "Odesa|Одеса Lviv|Львів"
        ),
        streets=L(
            "vul._Sumska_{n},_apt_{f}|вул._Сумська,_{n},_кв._{f} vul._Shevchenka_{n}|вул._Шевченка,_{n} "
            "prosp._Nauky_{n},_apt_{f}|просп._Науки,_{n},_кв._{f}"
        ),
        phone="UA",
        mail=L("ukr.net gmail.com i.ua meta.ua"),
        ethnic=L("Crimean_Tatar Roma Ukrainian"),
    ),
    "ru_RU": dict(
        country="Россия",
        lang="ru",
        script=True,
        f=L("Anna|Анна Yekaterina|Екатерина Polina|Полина Darya|Дарья Ksenia|Ксения"),
        m=L("Dmitry|Дмитрий Alexei|Алексей Nikita|Никита Sergei|Сергей Ilya|Илья Kirill|Кирилл"),
        sur=L(
            "Ivanov|Иванов/Ivanova|Иванова Smirnov|Смирнов/Smirnova|Смирнова Volkov|Волков/Volkova|Волкова "
            "Sokolov|Соколов/Sokolova|Соколова Morozov|Морозов/Morozova|Морозова"
        ),
        towns=L("Kazan|Казань Samara|Самара Yekaterinburg|Екатеринбург Novosibirsk|Новосибирск Perm|Пермь"),
        streets=L("ul._Lenina_{n},_kv._{f}|ул._Ленина,_{n},_кв._{f}"),
        phone="RU",
        mail=L("mail.ru yandex.ru gmail.com"),
        ethnic=L("Tatar Chechen Bashkir"),
    ),
    "zh_CN": dict(
        country="China",
        lang="zh",
        script=True,
        order="fg",
        f=L("Fang|芳 Jing|静 Lina|丽娜 Xiaomei|晓梅 Yuqing|雨晴 Ziyi|梓怡 Haiyan|海燕 Min|敏"),
        m=L("Wei|伟 Hao|浩 Jun|军 Yuxuan|宇轩 Haoran|浩然 Jianguo|建国 Lei|磊 Tao|涛"),
        sur=L(
            "Wang|王 Li|李 Zhang|张 Liu|刘 Chen|陈 Yang|杨 Huang|黄 Zhao|赵 Wu|吴 Zhou|周 Xu|徐 Sun|孙 Lin|林 Guo|郭"
        ),
        towns=L("Chengdu|成都 Wenzhou|温州 Wuhan|武汉 Harbin|哈尔滨 Kunming|昆明 Xiamen|厦门 Changsha|长沙"),
        streets=L("Renmin_Road_{n},_Room_{f}01"),
        phone="CN",
        mail=L("qq.com 163.com gmail.com 126.com"),
        ethnic=L("Uyghur Hui Tibetan Han"),
    ),
    "ja_JP": dict(
        country="Japan",
        lang="ja",
        script=True,
        order="fg",
        f=L("Yui|結衣 Hina|陽菜 Sakura|さくら Aoi|葵 Misaki|美咲 Haruka|遥 Yuna|優奈"),
        m=L("Haruto|陽翔 Ren|蓮 Sota|蒼太 Yuto|悠斗 Daiki|大輝 Kenta|健太 Takumi|拓海"),
        sur=L(
            "Sato|佐藤 Suzuki|鈴木 Takahashi|高橋 Tanaka|田中 Watanabe|渡辺 Ito|伊藤 Yamamoto|山本 Nakamura|中村 "
            "Kobayashi|小林 Kato|加藤"
        ),
        towns=L("Sapporo|札幌 Fukuoka|福岡 Sendai|仙台 Nagoya|名古屋 Kobe|神戸 Kanazawa|金沢"),
        streets=L("{f}-{n}-3_Chuo"),
        phone="JP",
        mail=L("gmail.com yahoo.co.jp docomo.ne.jp icloud.com"),
        ethnic=L("Ainu Zainichi_Korean"),
    ),
    "ko_KR": dict(
        country="Korea",
        lang="ko",
        script=True,
        order="fg",
        f=L("Seo-yeon|서연 Ji-woo|지우 Min-seo|민서 Ha-eun|하은 Soo-ah|수아 Ji-min|지민"),
        m=L("Min-jun|민준 Seo-jun|서준 Do-yun|도윤 Ha-jun|하준 Ji-ho|지호 Jun-seo|준서"),
        sur=L("Kim|김 Lee|이 Park|박 Choi|최 Jung|정 Kang|강 Cho|조 Yoon|윤 Jang|장 Lim|임"),
        towns=L("Busan|부산 Daegu|대구 Incheon|인천 Gwangju|광주 Daejeon|대전 Suwon|수원"),
        streets=L("{n}_Haeundae-ro,_Apt_{f}03"),
        phone="KR",
        mail=L("naver.com gmail.com daum.net kakao.com"),
        ethnic=L("Korean-Chinese"),
    ),
    "hi_IN": dict(
        country="India",
        lang="hi",
        script=True,
        f=L("Priya|प्रिया Ananya|अनन्या Kavya|काव्या Pooja|पूजा Neha|नेहा Sunita|सुनीता Deepika|दीपिका Meera|मीरा"),
        m=L("Rahul|राहुल Arjun|अर्जुन Vikram|विक्रम Rohan|रोहन Amit|अमित Sanjay|संजय Aditya|आदित्य Manoj|मनोज"),
        sur=L(
            "Sharma|शर्मा Verma|वर्मा Gupta|गुप्ता Singh|सिंह Yadav|यादव Mishra|मिश्रा Patel|पटेल Joshi|जोशी "
            "Chauhan|चौहान Reddy|रेड्डी Nair|नायर Iyer|अय्यर"
        ),
        towns=L("Pune|पुणे Lucknow|लखनऊ Jaipur|जयपुर Indore|इंदौर Nagpur|नागपुर Bhopal|भोपाल Kochi|कोच्चि Varanasi|वाराणसी"),
        regions=L("Maharashtra Uttar_Pradesh Kerala Rajasthan Punjab Gujarat"),
        streets=L(
            "Flat_{f}02,_Sai_Krupa_Apartments,_MG_Road H.No._{n}/{f},_Gandhi_Nagar {n},_Shanti_Vihar,_Sector_{f}"
        ),
        phone="IN",
        mail=L("gmail.com yahoo.co.in rediffmail.com outlook.com"),
        ethnic=L("Dalit Adivasi Punjabi Gujarati"),
    ),
    "ta_LK": dict(
        country="Sri Lanka",
        lang="ta",
        script=True,
        f=L("Tharshini|தர்ஷினி Nirosha|நிரோஷா Kavitha|கவிதா Priyanka|பிரியங்கா Thulasi|துளசி"),
        m=L("Suresh|சுரேஷ் Karthik|கார்த்திக் Vijay|விஜய் Sivakumar|சிவகுமார் Tharmalingam|தர்மலிங்கம் Kajan|கஜன்"),
        sur=L("Sivarajah|சிவராஜா Mahendran|மகேந்திரன் Ganesan|கணேசன் Thevarajah|தேவராஜா Selvaratnam|செல்வரத்தினம் Kandiah|கந்தையா"),
        towns=L("Jaffna|யாழ்ப்பாணம் Batticaloa|மட்டக்களப்பு Trincomalee|திருகோணமலை Kilinochchi|கிளிநொச்சி Vavuniya|வவுனியா"),
        streets=L("{n}_Temple_Road"),
        phone="LK",
        mail=L("gmail.com yahoo.com hotmail.com"),
        ethnic=L("Tamil Sri_Lankan_Tamil"),
    ),
    "ur_PK": dict(
        country="Pakistan",
        lang="ur",
        script=True,
        f=L("Ayesha|عائشہ Sana|ثناء Hira|حرا Mehwish|مہوش Iqra|اقرا Rabia|رابعہ"),
        m=L("Usman|عثمان Bilal|بلال Imran|عمران Faisal|فیصل Zeeshan|ذیشان Hamza|حمزہ Adeel|عدیل"),
        sur=L("Khan|خان Qureshi|قریشی Malik|ملک Chaudhry|چوہدری Butt|بٹ Raza|رضا Iqbal|اقبال Hussain|حسین"),
        towns=L(
            "Lahore|لاہور Faisalabad|فیصل_آباد Rawalpindi|راولپنڈی Multan|ملتان Peshawar|پشاور "
            "Sialkot|سیالکوٹ Mirpur|میرپور"
        ),
        streets=L("House_{n},_Street_{f},_Gulberg_III"),
        phone="PK",
        mail=L("gmail.com yahoo.com hotmail.com"),
        ethnic=L("Pashtun Baloch Punjabi Sindhi Kashmiri"),
    ),
    "el_GR": dict(
        country="Ελλάδα",
        lang="el",
        script=True,
        f=L("Maria|Μαρία Eleni|Ελένη Katerina|Κατερίνα Sofia|Σοφία Dimitra|Δήμητρα Georgia|Γεωργία"),
        m=L(
            "Giorgos|Γιώργος Dimitris|Δημήτρης Nikos|Νίκος Kostas|Κώστας Giannis|Γιάννης Christos|Χρήστος "
            "Panagiotis|Παναγιώτης"
        ),
        sur=L(
            "Papadopoulos|Παπαδόπουλος/Papadopoulou|Παπαδοπούλου Georgiou|Γεωργίου Nikolaou|Νικολάου "
            "Karagiannis|Καραγιάννης/Karagianni|Καραγιάννη Vlachos|Βλάχος/Vlachou|Βλάχου Oikonomou|Οικονόμου "
            "Papadakis|Παπαδάκης/Papadaki|Παπαδάκη"
        ),
        towns=L(
            "Thessaloniki|Θεσσαλονίκη Patras|Πάτρα Heraklion|Ηράκλειο Larissa|Λάρισα Volos|Βόλος "
            "Ioannina|Ιωάννινα Mytilene|Μυτιλήνη"
        ),
        streets=L("Egnatia_{n}|Εγνατία_{n} Ermou_{n}|Ερμού_{n}"),
        phone="GR",
        mail=L("gmail.com yahoo.gr otenet.gr hotmail.com"),
        ethnic=L("Roma Pomak"),
    ),
    "he_IL": dict(
        country="Israel",
        lang="he",
        script=True,
        f=L("Noa|נועה Tamar|תמר Yael|יעל Shira|שירה Maya|מאיה Avigail|אביגיל Rivka|רבקה"),
        m=L("David|דוד Yosef|יוסף Itai|איתי Noam|נעם Ariel|אריאל Eitan|איתן Moshe|משה"),
        sur=L(
            "Cohen|כהן Levi|לוי Mizrahi|מזרחי Peretz|פרץ Biton|ביטון Friedman|פרידמן Shapiro|שפירא Katz|כץ "
            "Goldberg|גולדברג Rosenberg|רוזנברג"
        ),
        towns=L("Haifa|חיפה Be'er_Sheva|באר_שבע Netanya|נתניה Ashdod|אשדוד Petah_Tikva|פתח_תקווה"),
        streets=L("Herzl_St_{n}|רחוב_הרצל_{n}"),
        phone="IL",
        mail=L("gmail.com walla.co.il outlook.com"),
        ethnic=L("Ashkenazi Mizrahi Sephardi Ethiopian_Jewish"),
    ),
    "vi_VN": dict(
        country="Việt Nam",
        lang="vi",
        order="vi",
        f=L("Lan Hương Linh Thảo Ngọc_Anh Mai Trang Phương"),
        m=L("Minh Tuấn Hùng Đức Quang Long Bảo Khoa"),
        sur=L("Nguyễn Trần Lê Phạm Hoàng Phan Vũ Đặng Bùi Đỗ"),
        towns=L("Hải_Phòng Đà_Nẵng Huế Vinh Hà_Tĩnh Cần_Thơ Nam_Định"),
        regions=L("Nghệ_An Quảng_Bình Thanh_Hóa"),
        streets=L("{n}_Lê_Lợi,_phường_{f} Ngõ_{n}_Trần_Phú"),
        phone="VN",
        mail=L("gmail.com yahoo.com.vn outlook.com"),
        ethnic=L("Hmong Khmer_Krom Hoa Kinh"),
    ),
    "tl_PH": dict(
        country="Philippines",
        lang="tl",
        f=L("Maria_Cristina Jocelyn Rowena Marites Angelica Kristine Mary_Grace Jennylyn Lovely"),
        m=L("Jose_Mari Rommel Jericho Mark_Anthony John_Paul Reynaldo Dindo Ariel Jun"),
        sur=L(
            "Santos Reyes Cruz Bautista Ocampo Garcia Mendoza Dela_Cruz Villanueva Aquino Castillo Manalo "
            "Pangilinan Macaraeg"
        ),
        towns=L("Cebu_City Davao_City Iloilo_City Bacolod Quezon_City Tacloban Batangas Angeles"),
        regions=L("Pampanga Pangasinan Leyte Bulacan"),
        streets=L("Blk_{f}_Lot_{n},_Phase_2 {n}_Rizal_St.,_Brgy._San_Isidro"),
        phone="PH",
        mail=L("gmail.com yahoo.com outlook.com"),
        ethnic=L("Igorot Moro Ilocano"),
    ),
    "yo_NG": dict(
        country="Nigeria",
        lang="en",
        f=L("Chiamaka Ngozi Adaeze Funmilayo Temitope Blessing Aisha Amina Folake Oluwaseun Ifeoma"),
        m=L("Chinedu Emeka Obinna Tunde Olumide Babatunde Ifeanyi Musa Ibrahim Segun Kelechi"),
        sur=L(
            "Okafor Okonkwo Adeyemi Adebayo Eze Nwosu Balogun Ogunleye Okoro Abubakar Bello Olawale Chukwu Obi Afolabi"
        ),
        towns=L("Ibadan Enugu Onitsha Abeokuta Kano Port_Harcourt Benin_City Owerri"),
        regions=L("Lagos_State Anambra Oyo Kaduna Rivers_State"),
        streets=L("{n}_Adeola_Odeku_Street {n}_Ogui_Road {n}_Awolowo_Avenue"),
        phone="NG",
        mail=L("gmail.com yahoo.com outlook.com"),
        ethnic=L("Igbo Yoruba Hausa Fulani Ijaw"),
    ),
    "sw_KE": dict(
        country="Kenya",
        lang="sw",
        f=L("Wanjiru Akinyi Njeri Atieno Wambui Chebet Nyokabi Auma"),
        m=L("Kamau Otieno Mwangi Odhiambo Kiprono Baraka Kiptoo Omondi"),
        sur=L("Kamau Mwangi Otieno Ochieng Njoroge Kariuki Wafula Cheruiyot Mutua Onyango"),
        towns=L("Kisumu Nakuru Eldoret Mombasa Thika Machakos Kakamega"),
        streets=L("Ngong_Road,_house_{n} Moi_Avenue_{n}"),
        phone="KE",
        mail=L("gmail.com yahoo.com"),
        ethnic=L("Kikuyu Luo Kalenjin Luhya Maasai"),
    ),
    "ro_RO": dict(
        country="România",
        lang="ro",
        f=L("Andreea Ioana Elena Alexandra Bianca Mihaela Florentina Ramona"),
        m=L("Andrei Alexandru Ionuț Mihai Florin Cristian Bogdan Marian"),
        sur=L("Popescu Ionescu Popa Dumitru Stan Stoica Gheorghe Constantin Munteanu Lungu Rusu Căldăraru"),
        towns=L("Cluj-Napoca Iași Timișoara Constanța Brașov Craiova Suceava"),
        streets=L("Str._Mihai_Eminescu_nr._{n},_ap._{f} Bd._Unirii_nr._{n} Str._Florilor_{n}"),
        phone="RO",
        mail=L("yahoo.com gmail.com yahoo.ro"),
        ethnic=L("Roma Hungarian"),
    ),
    "ar_SD": dict(
        country="Sudan",
        lang="ar",
        script=True,
        f=L("Amna|آمنة Hawa|حواء Safaa|صفاء Ikhlas|إخلاص Mawahib|مواهب"),
        m=L("Abdelrahman|عبد_الرحمن Mohamed|محمد Osman|عثمان Adam|آدم Musa|موسى Ishag|إسحاق"),
        sur=L("Abakar|أبكر Yagoub|يعقوب Elnour|النور Ahmed|أحمد Suleiman|سليمان Haroun|هارون Bashir|بشير"),
        towns=L("Nyala|نيالا El_Fasher|الفاشر Geneina|الجنينة Omdurman|أم_درمان Kassala|كسلا Wad_Madani|ود_مدني"),
        streets=L("Block_{f},_house_{n}"),
        phone="SD",
        mail=L("gmail.com hotmail.com yahoo.com"),
        ethnic=L("Masalit Fur Zaghawa Nuba Beja"),
    ),
}

# Transit places frequently named in casework (LOCATION when mentioned).
TRANSIT = L(
    "Lampedusa Calais Dunkirk Ventimiglia Moria Samos Bihać Agadez Bani_Walid Subotica Kutupalong "
    "Shagarab Cox's_Bazar Tapachula Necoclí Ceuta Melilla Sabratha Edirne Zarzis Velika_Kladuša"
)

# Organisations, clubs, communities (names avoid person and town names on purpose).
CLUBS = L(
    "Blue_Herons_SC Riverside_Rovers_JFC Northgate_Hornets FC_Lindenhof SV_Grün-Weiß AS_Les_Cigognes "
    "CD_Los_Halcones Polisportiva_Aquile Stormvogels_JO11 UKS_Orlik Kingfisher_Netball_Club "
    "Red_Kites_Rugby Wildcats_Hockey Falcons_Swim_Squad Tigers_Cricket_Club Harriers_AC "
    "Phoenix_Volleyball Otters_Water_Polo KS_Sokół Club_Atlético_Estrella Wolfpack_Basketball"
)
SPORTS = L(
    "football football football netball rugby hockey swimming cricket athletics volleyball basketball water_polo"
)
GAMES = L(
    "Skyforge_Arena Ironvale_Online Blocktopia Rift_Rangers Neon_Drift Tidefall Starhaven_MMO "
    "Pixel_Kingdoms Brawlheart Lumen_Quest Castlecraft_Legends Voidrunners"
)
PLATFORMS = L("Chatterbox GuildHall Parley Beacon Campfire_Voice")
CHURCHES = L(
    "Holy_Trinity_Parish Sacred_Heart_Church Christ_Church_Fellowship Grace_Community_Church "
    "Al-Rahma_Mosque Masjid_an-Noor Beth_Shalom_Synagogue Shree_Hindu_Mandir Gurdwara_Sahib "
    "Emmanuel_Baptist_Church Église_Notre-Dame Parafia_Najświętszego_Serca Pfarrei_Heilig_Kreuz "
    "Parroquia_Nuestra_Señora_del_Carmen Chiesa_del_Sacro_Cuore New_Hope_Pentecostal_Assembly "
    "Ethiopian_Orthodox_Tewahedo_Church Ukrainian_Greek_Catholic_Parish Quaker_Meeting_House "
    "Tamil_Christian_Fellowship"
)
NGOS = L(
    "Harbour_Refugee_Project Open_Doors_Welcome_Centre Red_Cross_RFL_Team Safe_Passage_Legal "
    "Bridges_Migrant_Support Welcome_Hub Caritas_Flüchtlingshilfe Asylum_Aid_Desk Refugee_Rights_Clinic "
    "Pro_Asyl_Beratung La_Cimade_permanence Diaconía_Acogida"
)
PHARMACIES = L(
    "MediQuick_Online_Pharmacy HealthDirect_Chemist CarePoint_Pharmacy WellRx_Telehealth DocNow_Video_Clinic "
    "VitaCall_eHealth PharmaDirect"
)
PHARM_BY_LANG = {
    "en": PHARMACIES,
    "de": L("Apotheke_am_Markt Rathaus-Apotheke VitaCall_Videosprechstunde Versandapotheke_MediFix"),
    "fr": L("Pharmacie_du_Centre SantéVidéo_Téléconsultation Pharmacie_des_Halles"),
    "it": L("Farmacia_San_Marco Farmacia_Comunale_2 TeleMedico_Italia"),
    "es": L("Farmacia_Central TeleSalud_Online Farmacia_La_Plaza"),
    "nl": L("Apotheek_De_Linde Thuisarts_Online Apotheek_Centrum"),
    "sv": L("Apoteket_Lindan Vårdappen_Online"),
    "pl": L("Apteka_Zdrowie TeleLekarz24"),
}

# Medical conditions and medications.
CONDITIONS = L(
    "asthma type_1_diabetes type_2_diabetes epilepsy ADHD autism hypertension coeliac_disease "
    "eczema migraine depression anxiety_disorder PTSD hypothyroidism sickle_cell_disease "
    "Crohn's_disease psoriasis chronic_kidney_disease COPD atrial_fibrillation iron-deficiency_anaemia "
    "latent_TB hepatitis_B HIV long_COVID endometriosis rheumatoid_arthritis bipolar_disorder"
)
CHILD_CONDITIONS = L(
    "asthma type_1_diabetes epilepsy ADHD autism eczema severe_peanut_allergy coeliac_disease "
    "hay_fever dyslexia heart_murmur Osgood-Schlatter_disease sickle_cell_trait bee-sting_allergy "
    "hypermobility migraine"
)
MEDS = L(
    "salbutamol_inhaler metformin_500_mg sertraline_50_mg levothyroxine_75_micrograms amlodipine_5_mg "
    "atorvastatin_20_mg omeprazole_20_mg insulin_glargine EpiPen methylphenidate lamotrigine apixaban "
    "ramipril_2.5_mg citalopram_20_mg fluoxetine prednisolone mesalazine hydroxyurea tenofovir "
    "isoniazid propranolol Seretide_inhaler ibuprofen_400_mg paracetamol co-codamol_30/500 "
    "sumatriptan_50_mg quetiapine lithium_carbonate emtricitabine/tenofovir estradiol_gel "
    "testosterone_gel ferrous_sulfate_200_mg"
)
INJURIES = L(
    "suspected_concussion sprained_ankle fractured_wrist dislocated_shoulder hamstring_strain "
    "broken_collarbone ACL_tear nosebleed cut_above_the_eye whiplash knee_ligament_sprain "
    "concussion asthma_attack heat_exhaustion"
)

# Genetic data phrases.
GENETIC = L(
    "BRCA1_c.68_69delAG_pathogenic_variant BRCA2_c.5946delT_(heterozygous) heterozygous_carrier_of_F508del "
    "CFTR_F508del/F508del APOE_ε3/ε4 APOE_ε4/ε4 HFE_C282Y_homozygous Factor_V_Leiden_heterozygous "
    "mtDNA_haplogroup_H1 Y-DNA_haplogroup_R1b-L21 Y-DNA_haplogroup_J1 haplogroup_L3e "
    "sickle_cell_trait_(HbAS) HbSS_genotype CYP2C19*2/*2_(poor_metaboliser) HLA-B*57:01_positive "
    "MTHFR_C677T_homozygous Lynch_syndrome_MLH1_variant TPMT*3A_heterozygous"
)

CRIMES = L(
    "convicted_of_common_assault_in_2016 caution_for_possession_of_cannabis_(2011) "
    "arrested_for_shoplifting_in_2019 12-month_suspended_sentence_for_fraud conviction_for_drink-driving "
    "charged_with_affray spent_conviction_for_theft two_convictions_for_criminal_damage "
    "served_18_months_for_burglary fined_for_public-order_offence "
    "conviction_for_racially_aggravated_harassment arrested_on_suspicion_of_grooming"
)

SEXUAL_ORIENTATION = L("gay lesbian bisexual homosexual pansexual queer")
GENDER_IDENTITY = L("trans_girl trans_boy non-binary transgender_woman trans_man genderfluid trans_woman")

# Gamer-tag building blocks (English and other languages).
TAG_WORDS = L(
    "shadow wolf dragon pixel night storm frost ninja ghost viper raven blaze lunar toxic sniper "
    "kitsune panda noob goblin wizard knight queen salty tacos potato nova echo cyber "
    "lobo gato fuego sombra diablo chico "
    "schatten fuchs blitz "
    "smok kotek "
    "kurt aslan "
    "lupo gatto "
    "loup chaton "
    "kedi zmey tigre"
)
