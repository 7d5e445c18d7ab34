"""Furniture text pools for the tuning5 set, per language (en, de, fr, it).

All of it is invented. Publisher-specific texts (promos, apps, newsletters, donations, authors)
live with each publisher in ``site_*.py``; these are the texts shared by a language.
"""

from __future__ import annotations

# "Also read" boxes: labels ("" means no label) and headlines.
SEE_ALSO_LABELS = {
    "en": ["", "See also", "Keep reading", "More coverage", "Don't miss", "Related coverage"],
    "de": ["", "Weiterlesen", "Passend dazu", "Auch lesenswert", "Zum Thema", "Mehr dazu"],
    "fr": ["", "À découvrir", "Pour aller plus loin", "Nos articles sur le sujet", "À voir aussi"],
    "it": ["", "Per approfondire", "Potrebbe interessarti", "Da non perdere", "Correlati"],
}
SEE_ALSO = {
    "en": [
        "How a small Iowa town rebuilt its only grocery store",
        "The quiet fight over who pays for snowplows",
        "Inside the warehouse that stores a city's road salt",
        "What a volunteer firefighter earns in 2026",
        "Why your heating bill jumped this month",
        "The school bus driver shortage is back",
        "A retired judge on the cases that stayed with her",
        "Meet the couple who restored a 1930s lighthouse",
    ],
    "de": [
        "Warum die Heizkosten im Dezember steigen",
        "So viel verdient ein Busfahrer in Bayern",
        "Der letzte Schuster von Lechhausen hört auf",
        "Wie sicher sind die Brücken im Land?",
        "Diese Weihnachtsmärkte haben bis Silvester geöffnet",
        "Neue Parkgebühren: Was Anwohner jetzt wissen müssen",
        "Ein Winterdienst-Fahrer erzählt von seiner Nachtschicht",
        "Warum immer mehr Bäckereien schließen",
    ],
    "fr": [
        "Le dernier cordonnier de la Croix-Rousse prend sa retraite",
        "Pourquoi le prix du fioul repart à la hausse",
        "Ces marchés de Noël ouverts jusqu'au 31 décembre",
        "Quatre randonnées faciles pour l'hiver",
        "Le covoiturage progresse dans les vallées",
        "Ce que change la nouvelle carte scolaire",
        "Un boulanger sur trois peine à recruter",
        "La météo de la semaine, jour par jour",
    ],
    "it": [
        "Bollette del gas, cosa cambia da gennaio",
        "I mercatini di Natale da non perdere quest'anno",
        "Il fornaio di Trastevere che non chiude mai",
        "Concorsi pubblici, i bandi in scadenza a dicembre",
        "Il meteo del weekend regione per regione",
        "Affitti brevi, le nuove regole del Comune",
        "Scuole, il calendario delle vacanze di Natale",
        "La pizzeria che ha vinto il premio dei lettori",
    ],
}

# Native ads: labels and full-sentence copy.
NATIVE_LABELS = {
    "en": ["Sponsored content", "Paid post", "Promoted", "From our partners"],
    "de": ["Anzeige", "Sponsored", "Werbung", "Partnerinhalt"],
    "fr": ["Publicité", "Contenu partenaire", "Sponsorisé", "Publi-information"],
    "it": ["Contenuto sponsorizzato", "Pubblicità", "In collaborazione con", "Sponsor"],
}
NATIVE = {
    "en": [
        "Homeowners in your area are switching to this heat pump and cutting bills in half.",
        "This $29 gadget keeps your windshield frost-free all winter.",
        "Retirees are rethinking annuities after this simple comparison.",
        "Doctors say this morning habit helps with stiff joints.",
    ],
    "de": [
        "Hausbesitzer in Ihrer Region sparen jetzt mit dieser Wärmepumpe bis zu 60 Prozent.",
        "Dieses kleine Gerät hält Ihre Windschutzscheibe den ganzen Winter eisfrei.",
        "Rentner vergleichen jetzt ihre Krankenkasse und sparen Hunderte Euro.",
        "Ärzte raten: Mit dieser Gewohnheit starten Sie besser in den Tag.",
    ],
    "fr": [
        "Les propriétaires de votre région remplacent leur chaudière grâce à cette aide.",
        "Ce petit appareil garde votre pare-brise sans givre tout l'hiver.",
        "Les retraités comparent leur mutuelle et économisent jusqu'à 400 euros par an.",
        "Cette astuce de kiné soulage le mal de dos en cinq minutes.",
    ],
    "it": [
        "I proprietari di casa della tua zona stanno passando a questa caldaia e risparmiano.",
        "Questo piccolo dispositivo tiene il parabrezza libero dal ghiaccio tutto l'inverno.",
        "I pensionati confrontano le offerte luce e risparmiano centinaia di euro.",
        "Questo gesto mattutino aiuta le articolazioni, dicono i medici.",
    ],
}

# Paywall meters ({n} free left, {r} read).
METERS = {
    "en": [
        "You've read {r} of 5 free stories this month.",
        "{n} free articles remaining. Subscribe for unlimited access.",
        "Only {n} free stories left before the paywall.",
        "Enjoying our coverage? You have {n} free reads left this month.",
    ],
    "de": [
        "Sie haben noch {n} kostenlose Artikel in diesem Monat.",
        "Noch {n} Gratis-Artikel, dann brauchen Sie ein Abo.",
        "{r} von 5 freien Artikeln gelesen.",
        "Ihr Kontingent: {n} Artikel frei bis Monatsende.",
    ],
    "fr": [
        "Il vous reste {n} articles gratuits ce mois-ci.",
        "Vous avez lu {r} articles offerts sur 5.",
        "Plus que {n} articles en accès libre avant l'abonnement.",
        "Encore {n} lectures offertes, profitez-en.",
    ],
    "it": [
        "Ti restano {n} articoli gratuiti questo mese.",
        "Hai letto {r} articoli su 5 disponibili.",
        "Ancora {n} articoli liberi, poi serve l'abbonamento.",
        "Articoli gratuiti rimasti: {n} su 5.",
    ],
}

COOKIES = {
    "en": [
        "We and our 812 partners use cookies to personalize content and measure ads.",
        "This site uses cookies. By continuing to browse you agree to our use of cookies.",
    ],
    "de": [
        "Wir und unsere 812 Partner speichern Cookies, um Inhalte und Werbung zu personalisieren.",
        "Mit Klick auf Akzeptieren stimmen Sie der Verarbeitung Ihrer Daten durch Drittanbieter zu.",
    ],
    "fr": [
        "Nos 812 partenaires et nous utilisons des cookies pour mesurer l'audience et personnaliser la publicité.",
        "En poursuivant votre navigation, vous acceptez le dépôt de traceurs.",
    ],
    "it": [
        "Noi e 812 terze parti selezionate utilizziamo cookie per finalità tecniche e di misurazione.",
        "Chiudendo questo banner acconsenti all'uso dei cookie di profilazione.",
    ],
}

# Counters: {n} is a grouped number.
READERS = {
    "en": ["{n} people are reading this", "{n} readers right now", "{n} reading along"],
    "de": ["{n} Leser sind gerade hier", "Gerade lesen {n} Menschen mit", "{n} Leser online"],
    "fr": [
        "{n} lecteurs en ce moment",
        "{n} personnes lisent ce direct",
        "{n} internautes connectés",
    ],
    "it": ["{n} persone stanno leggendo", "{n} lettori ora", "In questo momento {n} lettori"],
}
COMMENTS = {
    "en": ["{n} comments", "Join the conversation ({n})", "View {n} comments"],
    "de": ["{n} Kommentare", "Jetzt mitdiskutieren ({n})", "Kommentare ({n})"],
    "fr": ["Déjà {n} réactions", "{n} commentaires", "Réagir ({n})"],
    "it": ["Commenta ({n})", "{n} commenti", "Leggi i {n} commenti"],
}
SHARES = {
    "en": ["{n} shares", "Shared {n} times"],
    "de": ["{n}-mal geteilt", "{n} Shares"],
    "fr": ["{n} partages", "Partagé {n} fois"],
    "it": ["{n} condivisioni", "Condiviso {n} volte"],
}
VIEWERS = {
    "en": ["{n} watching live", "{n} viewers"],
    "de": ["{n} Zuschauer live", "{n} schauen gerade zu"],
    "fr": ["{n} spectateurs", "{n} personnes regardent"],
    "it": ["{n} spettatori", "{n} in diretta ora"],
}
FOLLOWERS = {
    "en": "{n} followers",
    "de": "{n} Follower",
    "fr": "{n} abonnés",
    "it": "{n} follower",
}
AGO = {
    "en": ("{m} min ago", "{h} hr ago"),
    "de": ("vor {m} Minuten", "vor {h} Std."),
    "fr": ("il y a {m} minutes", "il y a {h} h"),
    "it": ("{m} minuti fa", "{h} ore fa"),
}
BADGE_AGO = {
    "en": ["Updated {a}", "Last update {a}", "Live · {a}"],
    "de": ["Aktualisiert {a}", "Zuletzt {a}", "Live · {a}"],
    "fr": ["Mis à jour {a}", "Dernière actu {a}", "Direct · {a}"],
    "it": ["Aggiornato {a}", "Ultimo post {a}", "Diretta · {a}"],
}
BADGES = {
    "en": ["LIVE", "● Live", "Live updates", "LIVE NOW"],
    "de": ["LIVE", "● Liveticker", "Live-Ticker", "JETZT LIVE"],
    "fr": ["EN DIRECT", "● Direct", "DIRECT", "Live"],
    "it": ["DIRETTA", "● LIVE", "In diretta", "LIVE"],
}

POLLS = {
    "en": [
        ("Should towns ban overnight street parking during storms?", "{n} votes"),
        ("Will you change your holiday travel plans?", "{n} readers voted"),
    ],
    "de": [
        ("Sollte der Winterdienst früher starten?", "{n} Stimmen"),
        ("Fahren Sie über die Feiertage mit dem Zug?", "{n} Teilnehmer"),
    ],
    "fr": [
        ("Faut-il interdire les poids lourds par temps de neige ?", "{n} votes"),
        ("Avez-vous changé vos projets pour les fêtes ?", "{n} participants"),
    ],
    "it": [
        ("Il Comune dovrebbe chiudere le scuole con l'allerta arancione?", "{n} voti"),
        ("Cambierai i piani per le feste?", "{n} lettori hanno votato"),
    ],
}
POLL_OPTIONS = {
    "en": ["Yes", "No", "Not sure"],
    "de": ["Ja", "Nein", "Weiß nicht"],
    "fr": ["Oui", "Non", "Sans avis"],
    "it": ["Sì", "No", "Non so"],
}

VIDEO_HEAD = {
    "en": ["Watch next", "Up next", "Videos"],
    "de": ["Videos", "Nächstes Video", "Mehr Videos"],
    "fr": ["Vidéos", "À suivre en vidéo", "Nos vidéos"],
    "it": ["Video", "Guarda anche", "I video del giorno"],
}
VIDEOS = {
    "en": [
        "Drone footage shows ice jam on the river",
        "Crews race to restore power before nightfall",
        "Meteorologist explains the lake-effect band",
        "Residents dig out after record snowfall",
        "Mayor's full news conference",
    ],
    "de": [
        "Drohnenbilder: So sieht die Baustelle von oben aus",
        "Feuerwehr im Dauereinsatz",
        "Meteorologe erklärt die Wetterlage",
        "Anwohner berichten von der Nacht",
        "Die Pressekonferenz in voller Länge",
    ],
    "fr": [
        "Les images impressionnantes de la houle",
        "Les pompiers mobilisés toute la nuit",
        "Le prévisionniste explique le phénomène",
        "Les habitants racontent leur soirée",
        "La conférence de presse du préfet",
    ],
    "it": [
        "Le immagini dal drone",
        "Vigili del fuoco al lavoro tutta la notte",
        "Il meteorologo spiega cosa succede",
        "Parlano i residenti della zona",
        "La conferenza stampa del sindaco",
    ],
}

GALLERY = {
    "en": "Photo {i}/{n}",
    "de": "Bild {i} von {n}",
    "fr": "Photo {i} sur {n}",
    "it": "Foto {i} di {n}",
}

TOP_HEAD = {
    "en": ["Top stories", "Trending now", "Most popular"],
    "de": ["Top-News", "Meistgelesen", "Jetzt im Trend"],
    "fr": ["À la une", "Les plus lus", "Tendances"],
    "it": ["Primo piano", "I più letti", "In evidenza"],
}
TOP = {
    "en": [
        "Senate leaders strike deal on stopgap funding",
        "Grocery prices rise for third straight month",
        "NFL playoff picture after Week 14",
        "Airline cancels 300 flights ahead of storm",
        "Former governor announces Senate run",
        "Stocks slip as investors eye Fed meeting",
    ],
    "de": [
        "Koalition einigt sich auf Haushaltsentwurf",
        "Bahn streicht weitere Verbindungen",
        "Bundesliga: Die Tabelle nach dem 13. Spieltag",
        "Strompreise sinken im Januar",
        "Unfall auf der A7: Lkw-Fahrer schwer verletzt",
        "Weihnachtsgeld: Wer es bekommt",
    ],
    "fr": [
        "Budget : le gouvernement engage sa responsabilité",
        "Grève SNCF : le trafic perturbé lundi",
        "Ligue 1 : le classement après la 15e journée",
        "Prix des carburants : nouvelle baisse",
        "Un incendie ravage un entrepôt près de Marseille",
        "Retraites : ce qui change au 1er janvier",
    ],
    "it": [
        "Manovra, via libera in commissione",
        "Sciopero dei treni, le fasce garantite",
        "Serie A, la classifica dopo la 14esima giornata",
        "Benzina, prezzi in calo",
        "Incidente in tangenziale, due feriti",
        "Pensioni, cosa cambia a gennaio",
    ],
}

BREAKING_LABEL = {
    "en": ["BREAKING", "Breaking news", "Just in"],
    "de": ["EILMELDUNG", "Eil +++", "Breaking"],
    "fr": ["ALERTE INFO", "Flash", "Urgent"],
    "it": ["ULTIM'ORA", "Breaking news", "Adesso"],
}
BREAKING = {
    "en": [
        "Magnitude 4.1 quake rattles central Oklahoma",
        "Jury reaches verdict in Phoenix fraud trial",
        "Amtrak suspends Northeast Regional service south of Baltimore",
        "Coast Guard searching for missing fishing boat off Maine",
    ],
    "de": [
        "Stromausfall in Teilen Hamburgs",
        "Bundesregierung beruft Krisenstab ein",
        "Flughafen Frankfurt: Enteisung verzögert Starts",
        "Tarifeinigung im Einzelhandel",
    ],
    "fr": [
        "Séisme de magnitude 4 ressenti dans les Pyrénées",
        "Le Premier ministre s'exprimera à 20 heures",
        "Panne géante sur le réseau Orange dans l'Ouest",
        "Accord trouvé dans le conflit des contrôleurs aériens",
    ],
    "it": [
        "Scossa di magnitudo 3.8 in provincia di Macerata",
        "Il governo pone la fiducia sulla manovra",
        "Chiusa la A1 tra Orte e Orvieto per un incidente",
        "Sciopero dei taxi revocato a Milano",
    ],
}

HOROSCOPE = {
    "en": [
        "Aries: A conversation tonight clears the air.",
        "Taurus: Money matters need a second look.",
        "Gemini: Say yes to the unexpected invitation.",
        "Leo: Rest before you take on the next project.",
    ],
    "de": [
        "Widder: Ein Gespräch am Abend bringt Klarheit.",
        "Stier: Bei Geldfragen lieber zweimal hinsehen.",
        "Zwillinge: Eine Einladung kommt zur rechten Zeit.",
        "Löwe: Gönnen Sie sich heute eine Pause.",
    ],
    "fr": [
        "Bélier : une discussion ce soir apaise les tensions.",
        "Taureau : vérifiez vos comptes avant de dépenser.",
        "Gémeaux : acceptez l'invitation inattendue.",
        "Lion : reposez-vous avant le prochain défi.",
    ],
    "it": [
        "Ariete: una chiacchierata stasera chiarisce tutto.",
        "Toro: attenzione alle spese impreviste.",
        "Gemelli: accettate l'invito inaspettato.",
        "Leone: riposatevi prima della nuova sfida.",
    ],
}
HORO_HEAD = {"en": "Horoscope", "de": "Tageshoroskop", "fr": "Horoscope du jour", "it": "Oroscopo"}

DONATE_HEAD = {
    "en": "Support our work",
    "de": "Unterstützen Sie uns",
    "fr": "Soutenez-nous",
    "it": "Sostienici",
}
