"""Furniture pools for the tuning4 set: invented headlines, ad copy, captions and so on.

Nothing here is story text. Every line a widget prints from these pools is listed as furniture
in the page's truth (short labels such as "Anzeige" or "Sponsored" are not).
"""

from __future__ import annotations

TEASERS = {
    "en": [
        "The last typewriter repair shop in Ohio is hiring",
        "Why cranberry prices are climbing before the holidays",
        "A retired pilot builds a runway in his backyard",
        "What your thermostat setting says about your bill",
        "The town that votes on every new streetlight",
        "Inside the warehouse that stores 40,000 lost umbrellas",
        "How one library lends out fishing rods and ice skates",
        "Five winter soups that freeze well",
        "The strange economics of the office holiday party",
        "A high school chess team’s improbable run to nationals",
        "Scientists tag a great white shark off Cape Cod in December",
        "Why more Americans are renting their Christmas trees",
        "The diner that has served pie since 1931",
        "A ferry captain’s 40 years on Lake Champlain",
        "What the first snow day of the year costs a city",
        "The neighbors who share one snowblower between nine houses",
    ],
    "de": [
        "Warum Maronen in diesem Jahr so teuer sind",
        "Ein Schäfer aus der Eifel und seine 600 Tiere",
        "Was die neue Heizkostenabrechnung verrät",
        "Zehn Weihnachtsmärkte abseits der Großstädte",
        "Die letzte Fähre über die Weser bleibt in Betrieb",
        "Wie ein Dorf seinen Laden selbst betreibt",
        "Sind Winterreifen wirklich Pflicht? Ein Überblick",
        "Der Streit um den Tannenbaum vor dem Rathaus",
        "Warum Zugvögel immer später abreisen",
        "Ein Kiosk in Düsseldorf feiert 70. Geburtstag",
        "So überstehen Zimmerpflanzen den Winter",
        "Die Rückkehr der Eisstockschützen",
        "Was ein Schornsteinfeger im Dezember erlebt",
        "Ein Brauer aus Franken und sein Winterbier",
        "Vier Wanderungen für kurze Wintertage",
        "Wie viel Strom verbraucht eine Lichterkette?",
    ],
    "fr": [
        "Pourquoi les huîtres seront plus chères à Noël",
        "Un berger des Pyrénées et ses 800 brebis",
        "Ce que cache la nouvelle facture d’électricité",
        "Dix marchés de Noël loin des grandes villes",
        "Le dernier bac de Loire continue de traverser",
        "Un village reprend en main son épicerie",
        "Pneus hiver : ce que dit vraiment la loi",
        "La querelle du sapin devant la mairie",
        "Pourquoi les cigognes ne partent plus en Afrique",
        "Un kiosque à journaux fête ses 70 ans",
        "Comment protéger ses plantes du gel",
        "Le retour des patinoires en plein air",
        "Une journée avec un ramoneur en décembre",
        "Le brasseur qui a relancé la bière de Noël",
        "Quatre randonnées pour les journées courtes",
        "Combien consomme vraiment une guirlande lumineuse ?",
    ],
    "it": [
        "Perché le castagne costano così tanto quest’anno",
        "Un pastore dell’Abruzzo e le sue 700 pecore",
        "Cosa nasconde la nuova bolletta del gas",
        "Dieci mercatini di Natale fuori dalle grandi città",
        "L’ultimo traghetto sul Po continua a navigare",
        "Un paese riapre il suo negozio di alimentari",
        "Gomme invernali, cosa dice davvero la legge",
        "La lite sull’albero di Natale davanti al municipio",
        "Perché le cicogne non migrano più in Africa",
        "Un’edicola di Torino compie settant’anni",
        "Come proteggere le piante dal gelo",
        "Tornano le piste di pattinaggio all’aperto",
        "Una giornata con uno spazzacamino a dicembre",
        "Il birraio che ha riportato la birra di Natale",
        "Quattro passeggiate per le giornate corte",
        "Quanto consuma davvero una luminaria?",
    ],
}

ALSO = {
    "en": [
        "A former lighthouse keeper explains why he still climbs the tower every morning.",
        "Meet the volunteers who knit hats for every newborn in their county.",
        "This family has hosted the same Thanksgiving guest for 31 years.",
        "Researchers found a 200-year-old shipwreck while testing a new sonar drone.",
        "A small-town baker ships her rye bread to all 50 states.",
        "The mail carrier who knows every dog on her route by name.",
    ],
    "de": [
        "Ein Förster erklärt, warum er jeden Baum in seinem Revier kennt.",
        "Diese Familie verkauft seit 90 Jahren Weihnachtsbäume am selben Platz.",
        "Eine Hebamme aus dem Sauerland hat mehr als 3000 Kinder auf die Welt geholt.",
        "Taucher finden im Bodensee ein 150 Jahre altes Dampfschiffwrack.",
        "Ein Rentner repariert kostenlos die Fahrräder seines Viertels.",
        "Warum eine Grundschule in Münster ihre Pausenklingel abgeschafft hat.",
    ],
    "fr": [
        "Un ancien gardien de phare raconte pourquoi il monte encore chaque matin.",
        "Ces bénévoles tricotent un bonnet pour chaque nouveau-né du département.",
        "Cette famille vend des sapins au même endroit depuis 90 ans.",
        "Des plongeurs découvrent une épave vieille de deux siècles au large de Brest.",
        "Une boulangère du Jura expédie son pain dans toute la France.",
        "Le facteur qui connaît tous les chiens de sa tournée.",
    ],
    "it": [
        "Un ex guardiano del faro racconta perché sale ancora ogni mattina.",
        "Le volontarie che fanno un berretto a maglia per ogni neonato della provincia.",
        "Questa famiglia vende alberi di Natale nello stesso posto da 90 anni.",
        "Sub scoprono un relitto di due secoli fa al largo di Livorno.",
        "Una fornaia delle Marche spedisce il suo pane in tutta Italia.",
        "Il postino che conosce per nome tutti i cani del suo giro.",
    ],
}

RELATED_LABELS = {
    "en": ["Related", "Read more", "More on this story", "Read:", "Don’t miss", "Also read"],
    "de": ["Lesen Sie auch", "Mehr zum Thema", "Auch interessant", "Passend dazu", "Zum Thema"],
    "fr": ["À lire aussi", "LIRE AUSSI", "Sur le même sujet", "À voir aussi", "Décryptage"],
    "it": ["Leggi anche", "Approfondisci", "Potrebbe interessarti", "Da non perdere", "Correlati"],
}

ALSO_HEAD = {
    "en": "You might also like",
    "de": "Das könnte Sie auch interessieren",
    "fr": "Vous aimerez aussi",
    "it": "Ti potrebbe interessare",
}

MOST_READ = {
    "en": ["Most read", "Trending now", "Most popular"],
    "de": ["Meistgelesen", "Im Trend", "Beliebt"],
    "fr": ["Les plus lus", "Tendances", "Les plus partagés"],
    "it": ["I più letti", "Di tendenza", "I più condivisi"],
}

SPONSORED = {
    "en": [
        "Homeowners in your area are switching to Solvane panels and cutting bills by up to 40 percent.",
        "This smart thermostat from Halden Home pays for itself in one winter, engineers say.",
        "Seniors are loving this new walk-in tub from Brightwater. See this week’s prices.",
        "Travelers swear by this $39 Nomadic Cell neck pillow for long flights.",
        "Compare 2027 Medicare plans from Ashgrove Health in under five minutes.",
    ],
    "de": [
        "Hausbesitzer in Ihrer Region sparen mit Solarmodulen von Sonnwerk bis zu 40 Prozent Stromkosten.",
        "Dieses Hörgerät von Klangwerk ist fast unsichtbar – jetzt 30 Tage kostenlos testen.",
        "Rentner aufgepasst: Mit diesem Trick von Finanzlotse sparen Sie bei der Kfz-Versicherung.",
        "Die Winterjacke von Bergklar ist in ganz Deutschland ausverkauft – jetzt wieder verfügbar.",
        "Treppenlift von Stufenfrei: Heute kostenloses Angebot für Ihr Zuhause anfordern.",
    ],
    "fr": [
        "Les propriétaires de votre région réduisent leur facture de 40 % grâce aux panneaux Solaria.",
        "Cet appareil auditif Sonora est presque invisible : essayez-le gratuitement pendant 30 jours.",
        "Retraités : comparez en deux minutes les mutuelles santé Azurel pour 2027.",
        "Cette doudoune Monts & Cimes est en rupture partout en France, elle revient enfin.",
        "Monte-escalier Domia : demandez votre devis gratuit dès aujourd’hui.",
    ],
    "it": [
        "I proprietari di casa della tua zona risparmiano fino al 40% con i pannelli Solaris.",
        "Questo apparecchio acustico Udire è quasi invisibile: provalo gratis per 30 giorni.",
        "Pensionati, confrontate in due minuti le polizze auto di Assifacile per il 2027.",
        "Il piumino Vetta Nord è andato a ruba in tutta Italia: ora è di nuovo disponibile.",
        "Montascale Scalagevole: richiedi oggi il tuo preventivo gratuito.",
    ],
}

SPONSOR_LABEL = {
    "en": ["Sponsored", "Paid content", "Promoted", "Advertisement"],
    "de": ["Anzeige", "Sponsored", "Werbung", "Gesponsert"],
    "fr": ["Sponsorisé", "Contenu sponsorisé", "Publicité", "Annonce"],
    "it": ["Sponsorizzato", "Contenuto sponsorizzato", "Pubblicità", "Annuncio"],
}

QUOTES = {
    "en": [
        "“The best way out is always through.” — Robert Frost",
        "“Snow was falling, so much like stars.” — Lucille Clifton",
        "“In the depth of winter, I finally learned that within me there lay an invincible summer.” — Albert Camus",
        "“Kindness is the language which the deaf can hear and the blind can see.” — Mark Twain",
    ],
    "de": [
        "„Wer kämpft, kann verlieren. Wer nicht kämpft, hat schon verloren.“ – Bertolt Brecht",
        "„Humor ist der Knopf, der verhindert, dass uns der Kragen platzt.“ – Joachim Ringelnatz",
        "„Man reist nicht, um anzukommen, sondern um zu reisen.“ – Johann Wolfgang von Goethe",
        "„Die Zukunft hat viele Namen.“ – Victor Hugo",
    ],
    "fr": [
        "« Le bonheur est parfois caché dans l’inconnu. » – Victor Hugo",
        "« Il faut cultiver notre jardin. » – Voltaire",
        "« L’hiver est un été qui dort. » – Proverbe savoyard",
        "« Rien n’est plus dangereux qu’une idée quand on n’a qu’une idée. » – Alain",
    ],
    "it": [
        "«Fatti non foste a viver come bruti.» – Dante Alighieri",
        "«Chi va piano va sano e va lontano.» – Proverbio",
        "«La semplicità è la sofisticazione suprema.» – Leonardo da Vinci",
        "«L’inverno è il tempo delle storie.» – Gianni Rodari",
    ],
}

QUOTE_HEAD = {
    "en": "Quote of the day",
    "de": "Zitat des Tages",
    "fr": "La citation du jour",
    "it": "La frase del giorno",
}

VIDEOS = {
    "en": [
        "Watch: Firefighters rescue a deer from an icy pond",
        "Holiday travel: what to expect at the airport this year",
        "Drone video shows a frozen waterfall in upstate New York",
        "How to jump-start a car battery in freezing weather",
        "A 101-year-old veteran gets a surprise parade",
        "Meteorologist explains the polar vortex in 90 seconds",
        "Stunning northern lights seen as far south as Kansas",
    ],
    "de": [
        "Video: Feuerwehr rettet Reh aus zugefrorenem Teich",
        "Glühwein-Test: Welcher Markt hat den besten?",
        "Drohnenflug über den verschneiten Harz",
        "So starten Sie Ihr Auto bei Frost",
        "Polarlichter über Norddeutschland – die schönsten Bilder",
        "Meteorologe erklärt: Kommt weiße Weihnacht?",
        "Hundertjährige feiert mit ihrem Chor",
    ],
    "fr": [
        "Vidéo : des pompiers sauvent un chevreuil pris dans la glace",
        "Vin chaud : le comparatif des marchés de Noël",
        "Les Alpes sous la neige vues du ciel",
        "Comment démarrer sa voiture par grand froid",
        "Des aurores boréales observées jusqu’en Bretagne",
        "Un météorologue explique le vortex polaire",
        "Une centenaire fête son anniversaire avec sa chorale",
    ],
    "it": [
        "Video: i vigili del fuoco salvano un capriolo dal ghiaccio",
        "Vin brulé, la classifica dei mercatini",
        "Le Dolomiti innevate viste dal drone",
        "Come avviare l’auto quando gela",
        "Aurora boreale avvistata fino in Emilia",
        "Il meteorologo spiega il vortice polare",
        "Una centenaria festeggia con il suo coro",
    ],
}

GALLERY = {
    "en": (
        "Photo {i} of {n}",
        [
            "Holiday lights on a Brooklyn brownstone.",
            "Skaters on the rink at Bryant Park.",
            "A gingerbread replica of the Chrysler Building.",
            "A window display on Fifth Avenue.",
            "Carolers outside a Boston church.",
        ],
    ),
    "de": (
        "Bild {i} von {n}",
        [
            "Der Weihnachtsmarkt am Kölner Dom bei Nacht.",
            "Glühweinstand auf dem Christkindlmarkt in Nürnberg.",
            "Eine Krippe aus Lebkuchen in Aachen.",
            "Schaufenster in der Düsseldorfer Königsallee.",
            "Turmbläser über dem Marktplatz in Bonn.",
        ],
    ),
    "fr": (
        "Photo {i}/{n}",
        [
            "Les illuminations des Champs-Élysées.",
            "Le marché de Noël de Strasbourg au crépuscule.",
            "Une crèche provençale à Aix-en-Provence.",
            "La grande roue de la place Bellecour à Lyon.",
            "Les vitrines animées d’un grand magasin parisien.",
        ],
    ),
    "it": (
        "Foto {i} di {n}",
        [
            "Le luminarie di via del Corso a Roma.",
            "Il mercatino di Natale di Bolzano al tramonto.",
            "Un presepe napoletano a San Gregorio Armeno.",
            "L’albero in piazza del Duomo a Milano.",
            "Le vetrine addobbate di via Toledo.",
        ],
    ),
}

GALLERY_HEAD = {
    "en": "Photos: The best holiday displays of 2026",
    "de": "Bildergalerie: Die schönsten Weihnachtsmärkte 2026",
    "fr": "En images : les plus belles illuminations de 2026",
    "it": "Fotogallery: le luminarie più belle del 2026",
}

POLLS = {
    "en": [
        ("Will you travel for the holidays this year?", ["Yes", "No", "Not sure"], "votes"),
        ("How do you heat your home?", ["Gas", "Electric", "Heat pump", "Wood"], "votes"),
    ],
    "de": [
        (
            "Fahren Sie über die Feiertage zu Ihrer Familie?",
            ["Ja", "Nein", "Weiß noch nicht"],
            "Stimmen",
        ),
        (
            "Wie oft nutzen Sie Bus und Bahn?",
            ["Täglich", "Wöchentlich", "Selten", "Nie"],
            "Stimmen",
        ),
    ],
    "fr": [
        (
            "Partirez-vous pendant les fêtes de fin d’année ?",
            ["Oui", "Non", "Je ne sais pas"],
            "votes",
        ),
        ("Avez-vous baissé votre chauffage cet hiver ?", ["Oui", "Non", "Un peu"], "votes"),
    ],
    "it": [
        ("Viaggerai durante le feste?", ["Sì", "No", "Non so"], "voti"),
        ("Hai abbassato il riscaldamento quest’inverno?", ["Sì", "No", "Un po’"], "voti"),
    ],
}

TICKERS = {
    "en": [
        ("Dow", 44210.0),
        ("S&P 500", 6012.0),
        ("Nasdaq", 19850.0),
        ("Bitcoin", 97400.0),
        ("Oil", 68.4),
    ],
    "de": [
        ("DAX", 20115.0),
        ("MDAX", 26890.0),
        ("Euro/Dollar", 1.0842),
        ("Bitcoin", 91250.0),
        ("Gold", 2488.0),
    ],
    "fr": [
        ("CAC 40", 7412.0),
        ("Euro Stoxx 50", 4951.0),
        ("Euro/Dollar", 1.0842),
        ("Bitcoin", 91250.0),
        ("Brent", 71.2),
    ],
    "it": [
        ("FTSE MIB", 34180.0),
        ("Spread BTP-Bund", 118.0),
        ("Euro/Dollaro", 1.0842),
        ("Bitcoin", 91250.0),
        ("Oro", 2488.0),
    ],
}

READERS = {
    "en": "{n} people are reading this now",
    "de": "{n} Menschen lesen diesen Artikel gerade",
    "fr": "{n} personnes lisent cet article en ce moment",
    "it": "{n} persone stanno leggendo questo articolo",
}
FOLLOWING = {
    "en": "{n} people are following this live",
    "de": "{n} Leser verfolgen diesen Ticker",
    "fr": "{n} internautes suivent ce direct",
    "it": "{n} persone seguono la diretta",
}
COMMENTS = {
    "en": "{n} comments",
    "de": "{n} Kommentare",
    "fr": "{n} commentaires",
    "it": "{n} commenti",
}
SHARES = {
    "en": "Shared {n} times",
    "de": "{n}-mal geteilt",
    "fr": "Partagé {n} fois",
    "it": "Condiviso {n} volte",
}
WATCHING = {
    "en": "{n} watching now",
    "de": "{n} Zuschauer live",
    "fr": "{n} spectateurs en direct",
    "it": "{n} spettatori in diretta",
}
FOLLOWERS = {"en": "{n} followers", "de": "{n} Follower", "fr": "{n} abonnés", "it": "{n} follower"}

METER = {
    "en": "You have {n} free articles left this month.",
    "de": "Sie können in diesem Monat noch {n} kostenlose Artikel lesen.",
    "fr": "Il vous reste {n} articles gratuits ce mois-ci.",
    "it": "Ti restano {n} articoli gratuiti questo mese.",
}

LIVE_UPDATED = {
    "en": ("Updated {m} minutes ago", "Updated {h} hr {m} min ago"),
    "de": ("Zuletzt aktualisiert vor {m} Min.", "Zuletzt aktualisiert vor {h} Std. {m} Min."),
    "fr": ("Mis à jour il y a {m} min", "Mis à jour il y a {h} h {m} min"),
    "it": ("Aggiornato {m} minuti fa", "Aggiornato {h} ore e {m} minuti fa"),
}
AGO = {
    "en": ("{m} min ago", "{h} hr ago"),
    "de": ("vor {m} Min.", "vor {h} Std."),
    "fr": ("il y a {m} min", "il y a {h} h"),
    "it": ("{m} minuti fa", "{h} ore fa"),
}
