"""Furniture widgets. Each takes the fetch context ``c``, the publisher's pool ``P`` and a class
prefix ``k``, registers the lines it prints that are clearly not story (``c.f``), records its
kind (``c.kind``) and returns its HTML. What a widget prints depends on ``c.rng`` only, so it
changes from fetch to fetch."""

from __future__ import annotations

import re
import zlib
from datetime import datetime, timedelta

from kit import Ctx, dec, esc, thousands

# Labels and sentence templates per language ------------------------------------------------

L = {
    "en": {
        "episode": "Episode",
        "play": "Play",
        "listen": ["Listen to this article", "Listen to this story", "Hear this article"],
        "plays": ["Played {n} times today", "{n} listens so far", "Listened to {n} times"],
        "voice": [
            "Read by an AI voice, checked by our audio team",
            "Narrated by an automated voice",
        ],
        "trending": ["Trending", "Popular topics", "People are searching for"],
        "elsewhere": ["Also live", "Elsewhere live", "Follow our other live coverage"],
        "foryou": ["Recommended for you", "Picked for you", "More for you"],
        "because": ["Because you read: {h}", "Based on your interest in {h}"],
        "markets": ["Markets", "Money"],
        "fixtures": ["Fixtures", "Tonight's games"],
        "table": "pts",
        "lotto_next": [
            "Next draw jackpot: {cur}{n} million",
            "Estimated jackpot: {cur}{n} million",
        ],
        "horoscope": ["Your stars", "Horoscope"],
        "react_q": [
            "How does this story make you feel?",
            "What is your reaction to this story?",
            "Tell us how this story makes you feel",
        ],
        "shares": ["Shared {n} times", "{n} people shared this"],
        "quiz_players": ["{n} readers have played today", "{n} people took this quiz today"],
        "jobs": ["Jobs", "Careers near you"],
        "property": ["Property", "Homes for sale"],
        "aff_note": [
            "We may earn a commission if you buy through links on this page.",
            "Prices correct at time of publication. We may earn a commission.",
        ],
        "aff_deal": [
            "{name}: now {new}, was {old} at {shop}",
            "{name} for {new} at {shop} (was {old})",
        ],
        "follow": [
            "Follow {a} to get an email when a new story is published",
            "Get notified when {a} writes a new story",
            "Follow {a} for more reporting like this",
        ],
        "followers": "{n} followers",
        "meter": [
            "You have {n} free articles left this month.",
            "{n} free stories left this month. Register to keep reading.",
            "You've read {m} of {t} free articles this month.",
        ],
        "countdown": [
            "{what} in {d} days, {h} hours and {m} minutes",
            "Only {d} days, {h} hours and {m} minutes to {what}",
        ],
        "air": ["Air quality in {city}: {v} ({w})", "{city} air quality index {v}, {w}"],
        "air_w": ["good", "fair", "moderate", "poor"],
        "transit": ["Next departures", "Live departures"],
        "delay": "+{n} min",
        "ontime": "on time",
        "social": ["From social media", "What people are posting"],
        "comments": [
            "Join the {n} readers talking about this",
            "{n} readers have commented so far",
            "See all {n} comments",
        ],
        "error": [
            "Spotted a mistake in this article? Let our corrections desk know.",
            "Found an error? Tell us and we will fix it.",
            "If you see something wrong in this story, email our standards team.",
        ],
        "appupd": [
            "Update available: the new version of our app brings offline reading.",
            "Update your app to get breaking news alerts on your lock screen.",
            "Updated app: you can now save stories to read later.",
        ],
        "now_on": ["Now on {s}: {t}", "On air now on {s}: {t}"],
        "readnext": ["More on this:", "Don't miss:", "Also today:", "Worth reading:"],
        "weather": ["{city} now: {t}°, {w}", "{city}: {w}, {t}°"],
        "weather_low": ["Tonight's low: {t}°", "Overnight {t}°"],
        "pick": ["Editor's pick:", "Editors' choice:"],
        "breaking": ["Breaking", "Just in", "Latest"],
        "ad": ["Advertisement", "Ad", "Sponsored"],
        "newsletter_btn": "Sign up",
        "mostread": ["Most read", "Most popular"],
        "viewers": "{n} watching",
    },
    "de": {
        "episode": "Folge",
        "play": "Abspielen",
        "listen": ["Artikel anhören", "Diesen Artikel vorlesen lassen", "Jetzt anhören"],
        "plays": [
            "Heute {n}-mal angehört",
            "{n} Mal abgespielt",
            "Bereits {n} Hörerinnen und Hörer",
        ],
        "voice": [
            "Gelesen von einer KI-Stimme, geprüft von unserer Audioredaktion",
            "Automatisch vertont",
        ],
        "trending": ["Im Trend", "Meistgesucht", "Beliebte Themen"],
        "elsewhere": ["Ebenfalls live", "Weitere Liveticker", "Auch im Liveticker"],
        "foryou": ["Empfohlen für Sie", "Für Sie ausgewählt", "Mehr für Sie"],
        "because": ["Weil Sie gelesen haben: {h}", "Passend zu Ihrem Interesse an {h}"],
        "markets": ["Börse", "Märkte"],
        "fixtures": ["Spielplan", "Heute im Einsatz"],
        "table": "Pkt.",
        "lotto_next": [
            "Jackpot bei der nächsten Ziehung: {n} Mio. {cur}",
            "Im Jackpot: rund {n} Mio. {cur}",
        ],
        "horoscope": ["Ihr Horoskop", "Horoskop des Tages"],
        "react_q": [
            "Wie finden Sie diesen Artikel?",
            "Was löst dieser Artikel bei Ihnen aus?",
            "Ihre Reaktion auf diesen Beitrag",
        ],
        "shares": ["{n}-mal geteilt", "{n} Leserinnen und Leser haben geteilt"],
        "quiz_players": ["Heute schon {n}-mal gespielt", "{n} Leser haben heute mitgerätselt"],
        "jobs": ["Jobs", "Stellenangebote in der Region"],
        "property": ["Immobilien", "Wohnungen und Häuser"],
        "aff_note": [
            "Wenn Sie über diese Links einkaufen, erhalten wir eine Provision.",
            "Preise zum Zeitpunkt der Veröffentlichung. Bei Kauf erhalten wir eine Provision.",
        ],
        "aff_deal": [
            "{name}: jetzt {new} statt {old} bei {shop}",
            "{name} für {new} bei {shop} (vorher {old})",
        ],
        "follow": [
            "Folgen Sie {a}, um über neue Artikel informiert zu werden",
            "Benachrichtigung erhalten, wenn {a} etwas Neues schreibt",
            "Mehr von {a}: jetzt folgen",
        ],
        "followers": "{n} Follower",
        "meter": [
            "Sie können diesen Monat noch {n} Artikel kostenlos lesen.",
            "Noch {n} freie Artikel in diesem Monat. Jetzt registrieren und weiterlesen.",
            "Sie haben {m} von {t} Gratisartikeln in diesem Monat gelesen.",
        ],
        "countdown": [
            "Noch {d} Tage, {h} Stunden und {m} Minuten bis {what}",
            "{what}: noch {d} Tage, {h} Std. und {m} Min.",
        ],
        "air": ["Luftqualität in {city}: {v} ({w})", "Luftqualitätsindex {city}: {v}, {w}"],
        "air_w": ["gut", "befriedigend", "mäßig", "schlecht"],
        "transit": ["Nächste Abfahrten", "Abfahrten live"],
        "delay": "+{n} Min.",
        "ontime": "pünktlich",
        "social": ["Aus den sozialen Netzwerken", "Das wird gerade gepostet"],
        "comments": [
            "Diskutieren Sie mit {n} anderen Lesern",
            "Schon {n} Kommentare zu diesem Artikel",
            "Alle {n} Kommentare anzeigen",
        ],
        "error": [
            "Fehler entdeckt? Schreiben Sie unserem Korrekturdienst.",
            "Ist Ihnen in diesem Artikel ein Fehler aufgefallen? Melden Sie ihn uns.",
            "Sie haben einen Fehler gefunden? Wir korrigieren ihn gern.",
        ],
        "appupd": [
            "Update verfügbar: Die neue Version unserer App bringt den Offline-Modus.",
            "Aktualisieren Sie jetzt Ihre App, um Eilmeldungen auf dem Sperrbildschirm zu erhalten.",
            "Neu in der App: Artikel speichern und später lesen.",
        ],
        "now_on": ["Jetzt auf {s}: {t}", "Läuft gerade auf {s}: {t}"],
        "readnext": ["Auch spannend:", "Verpassen Sie nicht:", "Dazu passend:", "Lesenswert:"],
        "weather": ["{city}: {t} °C, {w}", "{w} bei {t} °C in {city}"],
        "weather_low": ["Tiefstwert heute Nacht: {t} °C", "In der Nacht {t} °C"],
        "pick": ["Empfehlung der Redaktion:", "Redaktionstipp:"],
        "breaking": ["Eilmeldung", "Gerade eingetroffen", "Neu"],
        "ad": ["Anzeige", "Werbung", "Gesponsert"],
        "newsletter_btn": "Anmelden",
        "mostread": ["Meistgelesen", "Top-Artikel"],
        "viewers": "{n} schauen zu",
    },
    "fr": {
        "episode": "Épisode",
        "play": "Écouter",
        "listen": ["Écouter cet article", "Écouter l'article", "Version audio"],
        "plays": ["Écouté {n} fois aujourd'hui", "{n} écoutes", "Déjà {n} auditeurs"],
        "voice": [
            "Lu par une voix de synthèse, vérifié par notre équipe audio",
            "Voix générée automatiquement",
        ],
        "trending": ["Tendances", "Les sujets du moment", "Recherches populaires"],
        "elsewhere": ["Aussi en direct", "Nos autres directs", "À suivre en direct"],
        "foryou": ["Recommandé pour vous", "Sélectionné pour vous", "Pour vous"],
        "because": ["Parce que vous avez lu : {h}", "Selon votre intérêt pour {h}"],
        "markets": ["Bourse", "Marchés"],
        "fixtures": ["Programme", "Les matchs du soir"],
        "table": "pts",
        "lotto_next": [
            "Prochain tirage : {n} millions {cur} en jeu",
            "Jackpot estimé : {n} millions {cur}",
        ],
        "horoscope": ["Votre horoscope", "L'horoscope du jour"],
        "react_q": [
            "Que vous inspire cet article ?",
            "Votre réaction à cet article",
            "Comment avez-vous trouvé cet article ?",
        ],
        "shares": ["Partagé {n} fois", "{n} partages"],
        "quiz_players": ["{n} lecteurs ont joué aujourd'hui", "Déjà {n} participants aujourd'hui"],
        "jobs": ["Emploi", "Offres d'emploi près de chez vous"],
        "property": ["Immobilier", "Biens à vendre"],
        "aff_note": [
            "Nous pouvons percevoir une commission sur les achats effectués via ces liens.",
            "Prix constatés à la publication. Ce lien peut nous rapporter une commission.",
        ],
        "aff_deal": [
            "{name} : {new} au lieu de {old} chez {shop}",
            "{name} à {new} chez {shop} (au lieu de {old})",
        ],
        "follow": [
            "Suivez {a} pour être averti de ses prochains articles",
            "Recevez une alerte quand {a} publie un article",
            "Suivre {a} : ne manquez aucun de ses articles",
        ],
        "followers": "{n} abonnés",
        "meter": [
            "Il vous reste {n} articles gratuits ce mois-ci.",
            "Plus que {n} articles offerts ce mois-ci. Créez un compte pour continuer.",
            "Vous avez lu {m} de vos {t} articles gratuits ce mois-ci.",
        ],
        "countdown": [
            "{what} dans {d} jours, {h} heures et {m} minutes",
            "Plus que {d} jours, {h} h et {m} min avant {what}",
        ],
        "air": [
            "Qualité de l'air à {city} : {v} ({w})",
            "Indice de qualité de l'air {city} : {v}, {w}",
        ],
        "air_w": ["bon", "moyen", "dégradé", "mauvais"],
        "transit": ["Prochains départs", "Départs en temps réel"],
        "delay": "+{n} min",
        "ontime": "à l'heure",
        "social": ["Sur les réseaux sociaux", "Ce qui se dit en ligne"],
        "comments": [
            "Rejoignez les {n} lecteurs qui en discutent",
            "Déjà {n} commentaires sur cet article",
            "Voir les {n} commentaires",
        ],
        "error": [
            "Vous avez repéré une erreur dans cet article ? Signalez-la à la rédaction.",
            "Une erreur s'est glissée dans cet article ? Dites-le-nous.",
            "Signaler une erreur ou une coquille à notre équipe.",
        ],
        "appupd": [
            "Mise à jour disponible : la nouvelle version de l'application permet la lecture hors ligne.",
            "Mettez à jour votre application pour recevoir nos alertes sur l'écran verrouillé.",
            "Nouveau dans l'appli : enregistrez vos articles pour plus tard.",
        ],
        "now_on": ["En ce moment sur {s} : {t}", "Actuellement à l'antenne sur {s} : {t}"],
        "readnext": ["À découvrir aussi :", "Ne manquez pas :", "Dans l'actualité :", "Et aussi :"],
        "weather": ["{city} : {t} °C, {w}", "{w}, {t} °C à {city}"],
        "weather_low": ["Minimale cette nuit : {t} °C", "Cette nuit : {t} °C"],
        "pick": ["Le choix de la rédaction :", "Coup de cœur de la rédaction :"],
        "breaking": ["Alerte", "Dernière minute", "Info"],
        "ad": ["Publicité", "Contenu sponsorisé", "Annonce"],
        "newsletter_btn": "Je m'inscris",
        "mostread": ["Les plus lus", "Les plus partagés"],
        "viewers": "{n} spectateurs",
    },
    "it": {
        "episode": "Puntata",
        "play": "Ascolta",
        "listen": ["Ascolta l'articolo", "Ascolta questa notizia", "Versione audio"],
        "plays": ["Ascoltato {n} volte oggi", "{n} ascolti", "Già {n} ascoltatori"],
        "voice": [
            "Letto da una voce sintetica, verificato dalla redazione",
            "Voce generata automaticamente",
        ],
        "trending": ["Di tendenza", "Gli argomenti del momento", "I più cercati"],
        "elsewhere": ["Anche in diretta", "Le altre dirette", "Segui anche"],
        "foryou": ["Consigliati per te", "Scelti per te", "Per te"],
        "because": ["Perché hai letto: {h}", "In base al tuo interesse per {h}"],
        "markets": ["Borsa", "Mercati"],
        "fixtures": ["Calendario", "Le partite di stasera"],
        "table": "pt",
        "lotto_next": [
            "Jackpot del prossimo concorso: {n} milioni di {cur}",
            "In palio al prossimo concorso: {n} milioni di {cur}",
        ],
        "horoscope": ["L'oroscopo", "Oroscopo di oggi"],
        "react_q": [
            "Cosa ti ha fatto provare questo articolo?",
            "La tua reazione a questa notizia",
            "Come ti fa sentire questa notizia?",
        ],
        "shares": ["Condiviso {n} volte", "{n} condivisioni"],
        "quiz_players": ["Oggi hanno giocato {n} lettori", "Già {n} partecipanti oggi"],
        "jobs": ["Lavoro", "Offerte di lavoro in zona"],
        "property": ["Case", "Immobili in vendita"],
        "aff_note": [
            "Se acquisti tramite questi link potremmo ricevere una commissione.",
            "Prezzi rilevati al momento della pubblicazione. Possiamo ricevere una commissione.",
        ],
        "aff_deal": [
            "{name}: ora {new} invece di {old} su {shop}",
            "{name} a {new} su {shop} (prima {old})",
        ],
        "follow": [
            "Segui {a} per ricevere una notifica quando pubblica un nuovo articolo",
            "Ricevi un avviso quando {a} scrive un nuovo articolo",
            "Segui {a}: non perdere i suoi articoli",
        ],
        "followers": "{n} follower",
        "meter": [
            "Ti restano {n} articoli gratuiti questo mese.",
            "Ancora {n} articoli gratis questo mese. Registrati per continuare a leggere.",
            "Hai letto {m} dei {t} articoli gratuiti di questo mese.",
        ],
        "countdown": [
            "Mancano {d} giorni, {h} ore e {m} minuti a {what}",
            "{what} tra {d} giorni, {h} ore e {m} minuti",
        ],
        "air": [
            "Qualità dell'aria a {city}: {v} ({w})",
            "Indice qualità dell'aria {city}: {v}, {w}",
        ],
        "air_w": ["buona", "discreta", "mediocre", "scadente"],
        "transit": ["Prossime partenze", "Partenze in tempo reale"],
        "delay": "+{n} min",
        "ontime": "in orario",
        "social": ["Dai social", "Cosa si dice in rete"],
        "comments": [
            "Unisciti ai {n} lettori che ne stanno discutendo",
            "Già {n} commenti a questo articolo",
            "Leggi tutti i {n} commenti",
        ],
        "error": [
            "Hai trovato un errore in questo articolo? Segnalalo alla redazione.",
            "C'è un errore in questo articolo? Scrivici e lo correggeremo.",
            "Segnala un refuso o un errore alla nostra redazione.",
        ],
        "appupd": [
            "Aggiornamento disponibile: la nuova versione dell'app permette la lettura offline.",
            "Aggiorna l'app per ricevere le notizie flash sulla schermata di blocco.",
            "Novità nell'app: salva gli articoli e leggili più tardi.",
        ],
        "now_on": ["Ora in onda su {s}: {t}", "In diretta adesso su {s}: {t}"],
        "readnext": [
            "Potrebbe interessarti anche:",
            "Da non perdere:",
            "Oggi in primo piano:",
            "Leggi pure:",
        ],
        "weather": ["{city}: {t} °C, {w}", "{w}, {t} °C a {city}"],
        "weather_low": ["Minima stanotte: {t} °C", "Nella notte {t} °C"],
        "pick": ["La scelta della redazione:", "Consigliato dalla redazione:"],
        "breaking": ["Ultim'ora", "Flash", "Adesso"],
        "ad": ["Pubblicità", "Contenuto sponsorizzato", "Annuncio"],
        "newsletter_btn": "Iscriviti",
        "mostread": ["I più letti", "I più condivisi"],
        "viewers": "{n} spettatori",
    },
}


def T(c: Ctx, key: str) -> str:
    v = L[c.lang][key]
    return c.pick(v) if isinstance(v, list) else v


def n_(c: Ctx, n: int) -> str:
    return thousands(n, c.lang)


def clock(c: Ctx, dt: datetime, style: str) -> str:
    if style == "colon":
        return dt.strftime("%H:%M")
    if style == "dot":
        return dt.strftime("%H.%M")
    if style == "h":
        return dt.strftime("%Hh%M")
    if style == "ampm":
        h = dt.hour % 12 or 12
        return f"{h}:{dt.minute:02d} {'p.m.' if dt.hour >= 12 else 'a.m.'}"
    if style == "ukpm":
        h = dt.hour % 12 or 12
        return f"{h}.{dt.minute:02d}{'pm' if dt.hour >= 12 else 'am'}"
    raise ValueError(style)


# Widgets --------------------------------------------------------------------------------------


def podcast(c: Ctx, P: dict, k: str) -> str:
    c.kind("podcast player with episode title and running time")
    show = P["podcast"]["show"]
    i = c.rng.randrange(len(P["podcast"]["eps"]))
    title, mins = P["podcast"]["eps"][i]
    num = P["podcast"]["first"] + i
    dur = f"{mins}:{c.num(0, 59):02d}" if c.chance(0.5) else f"{mins} min"
    cta = c.pick(P["podcast"]["cta"])
    ep = T(c, "episode")
    line = f"{ep} {num}: {title}"
    return (
        f'<div class="{k}podcast" data-episode="{num}"><span class="{k}podcast__show">{esc(show)}</span>'
        f'<p class="{k}podcast__title">{c.f(line)}</p>'
        f'<span class="{k}podcast__dur">{dur}</span><button type="button">{T(c, "play")}</button>'
        f'<p class="{k}podcast__cta">{c.f(cta)}</p></div>'
    )


def listen(c: Ctx, P: dict, k: str) -> str:
    c.kind('"listen to this article" player with a play counter')
    dur = f"{P.get('listen_min', 5)}:{c.num(0, 59):02d}"
    plays = T(c, "plays").format(n=n_(c, c.num(120, 4800)))
    voice = T(c, "voice")
    return (
        f'<div class="{k}audio-article" role="region"><button class="{k}audio-article__btn" aria-label="play">'
        f'<svg><use href="#i-play"/></svg></button><span class="{k}audio-article__label">{esc(T(c, "listen"))}</span>'
        f' <span class="{k}audio-article__dur">{dur}</span> <small>{c.f(voice)}</small> <small>{c.f(plays)}</small></div>'
    )


QMARKS = {
    "en": ("\u201c", "\u201d"),
    "de": ("\u201e", "\u201c"),
    "fr": ("\u00ab\u00a0", "\u00a0\u00bb"),
    "it": ("\u00ab", "\u00bb"),
}
SEP = {"en": ": ", "de": ": ", "fr": " : ", "it": ": "}
TICKETS = {"en": "Tickets", "de": "Tickets", "fr": "Billetterie", "it": "Biglietti"}
FOLLOW_BTN = {"en": "Follow", "de": "Folgen", "fr": "Suivre", "it": "Segui"}
SETTINGS = {
    "en": "Manage settings",
    "de": "Einstellungen",
    "fr": "Paramétrer",
    "it": "Impostazioni",
}


def pullquote(c: Ctx, P: dict, k: str) -> str:
    c.kind("pull-quote from another story, with a link to it")
    quote, who, story = c.pick(P["quotes"])
    oq, cq = QMARKS[c.lang]
    return (
        f'<blockquote class="{k}pullquote"><p>{c.f(f"{oq}{quote}{cq}")}</p>'
        f'<footer><cite>{esc(who)}</cite> <a href="/{zlib.crc32(story.encode()) % 99999}">{c.f(story)}</a></footer></blockquote>'
    )


def tags(c: Ctx, P: dict, k: str) -> str:
    c.kind("trending-tags row in a new order")
    chosen = c.pick(P["tags"], c.num(4, min(7, len(P["tags"]))))
    row = " · ".join(chosen)
    return (
        f'<nav class="{k}trending" aria-label="trending"><span class="{k}trending__label">{esc(T(c, "trending"))}</span> '
        f'<span class="{k}trending__row">{c.f(row)}</span></nav>'
    )


def otherlive(c: Ctx, P: dict, k: str, style: str = "colon") -> str:
    c.kind("key moments of another live blog, with clock times")
    title, moments = c.pick(P["otherlive"])
    start = c.rng.randrange(0, len(moments) - 2)
    rows = "".join(
        f"<li><time>{esc(t)}</time> <span>{c.f(text)}</span></li>"
        for t, text in moments[start : start + 3]
    )
    return (
        f'<aside class="{k}elsewhere"><p class="{k}elsewhere__kicker">{esc(T(c, "elsewhere"))}</p>'
        f'<h4 class="{k}elsewhere__title">{c.f(title)}</h4><ol>{rows}</ol></aside>'
    )


def foryou(c: Ctx, P: dict, k: str) -> str:
    c.kind('"recommended for you" carousel with a "because you read" line')
    heads = c.pick(P["heads"], 4)
    because = T(c, "because").format(h=c.pick(P["because"]))
    cards = "".join(
        f'<li class="{k}carousel__card"><a href="/r/{c.num(10000, 99999)}"><img alt="" src="/img/{c.token(8)}.jpg"><span>{c.f(h)}</span></a></li>'
        for h in heads
    )
    return (
        f'<section class="{k}carousel" data-source="reco"><h4>{esc(T(c, "foryou"))}</h4><p class="{k}carousel__why">{c.f(because)}</p>'
        f"<ul>{cards}</ul></section>"
    )


def markets(c: Ctx, P: dict, k: str) -> str:
    c.kind("markets / crypto / fuel-price widget")
    rows = []
    for name, base, unit, digits in c.pick(P["markets"], min(3, len(P["markets"]))):
        v = base * (1 + c.rng.uniform(-0.02, 0.02))
        ch = c.rng.uniform(-2.5, 2.5)
        sign = "+" if ch >= 0 else "−"
        pct = dec(abs(ch), 2, c.lang)
        val = dec(v, digits, c.lang)
        line = (
            f"{name} {val}{unit} {sign}{pct} %"
            if c.lang != "en"
            else f"{name} {val}{unit} {sign}{pct}%"
        )
        rows.append(f'<li class="{k}mkt__row {"up" if ch >= 0 else "down"}">{c.f(line)}</li>')
    return f'<div class="{k}mkt"><h4>{esc(T(c, "markets"))}</h4><ul>{"".join(rows)}</ul></div>'


def fixtures(c: Ctx, P: dict, k: str) -> str:
    c.kind("sports fixtures with kick-off times, or a league table")
    F = P["fixtures"]
    if c.chance(0.5):
        games = c.pick(F["games"], 3)
        rows = "".join(f"<li>{c.f(f'{h} – {a} {t}')}</li>" for h, a, t in games)
        return f'<div class="{k}fixtures"><h4>{esc(F["league"])} · {esc(T(c, "fixtures"))}</h4><ul>{rows}</ul></div>'
    start = c.rng.randrange(0, len(F["table"]) - 3)
    rows = "".join(
        f"<tr><td>{start + i + 1}.</td><td>{esc(team)}</td><td>{pts}</td></tr>"
        for i, (team, pts) in enumerate(F["table"][start : start + 4])
    )
    line = " · ".join(
        f"{start + i + 1}. {t} {p} {T(c, 'table')}"
        for i, (t, p) in enumerate(F["table"][start : start + 4])
    )
    return (
        f'<div class="{k}table"><h4>{esc(F["league"])}</h4><table>{rows}</table>'
        f'<p class="{k}table__summary">{c.f(line)}</p></div>'
    )


def lotto(c: Ctx, P: dict, k: str) -> str:
    c.kind("lottery numbers and jackpot")
    game, count, top, extra_label, extra_count, extra_top = c.pick(P["lotto"])
    nums = sorted(c.rng.sample(range(1, top + 1), count))
    extra = sorted(c.rng.sample(range(1, extra_top + 1), extra_count)) if extra_count else []
    line = f"{game}{SEP[c.lang]}" + " · ".join(str(x) for x in nums)
    if extra:
        line += f" · {extra_label} " + " · ".join(str(x) for x in extra)
    jackpot = T(c, "lotto_next").format(n=c.num(3, 96), cur=P.get("cur", "€"))
    return f'<div class="{k}lotto"><p class="{k}lotto__draw">{c.f(line)}</p><p class="{k}lotto__jackpot">{c.f(jackpot)}</p></div>'


HORO = {
    "en": (
        [
            "Aries",
            "Taurus",
            "Gemini",
            "Cancer",
            "Leo",
            "Virgo",
            "Libra",
            "Scorpio",
            "Sagittarius",
            "Capricorn",
            "Aquarius",
            "Pisces",
        ],
        [
            "An old friend has news that changes your weekend plans.",
            "Money matters look brighter than they did last week.",
            "Say yes to the invitation you have been putting off.",
            "A quiet evening does more for you than a crowded one.",
            "Someone at work notices the extra effort you have been making.",
            "Patience pays off in a conversation with family.",
            "Trust your first instinct about a purchase.",
            "Today favours small, careful steps over big leaps.",
        ],
    ),
    "de": (
        [
            "Widder",
            "Stier",
            "Zwillinge",
            "Krebs",
            "Löwe",
            "Jungfrau",
            "Waage",
            "Skorpion",
            "Schütze",
            "Steinbock",
            "Wassermann",
            "Fische",
        ],
        [
            "Ein alter Bekannter bringt Schwung in Ihre Pläne fürs Wochenende.",
            "Bei den Finanzen zeichnet sich Entspannung ab.",
            "Sagen Sie zu, wenn heute eine Einladung kommt.",
            "Ein ruhiger Abend tut Ihnen jetzt besonders gut.",
            "Im Job wird Ihr Einsatz endlich bemerkt.",
            "Geduld zahlt sich in einem Familiengespräch aus.",
            "Vertrauen Sie bei einer Anschaffung Ihrem Bauchgefühl.",
            "Heute bringen kleine Schritte mehr als große Sprünge.",
        ],
    ),
    "fr": (
        [
            "Bélier",
            "Taureau",
            "Gémeaux",
            "Cancer",
            "Lion",
            "Vierge",
            "Balance",
            "Scorpion",
            "Sagittaire",
            "Capricorne",
            "Verseau",
            "Poissons",
        ],
        [
            "Un ami de longue date vous réserve une bonne surprise.",
            "Côté finances, l'horizon s'éclaircit enfin.",
            "Acceptez l'invitation que vous repoussez depuis des semaines.",
            "Une soirée calme vous fera le plus grand bien.",
            "Vos efforts au travail ne passent pas inaperçus.",
            "La patience paie lors d'une discussion en famille.",
            "Fiez-vous à votre première impression pour un achat.",
            "Avancez à petits pas, c'est la journée idéale pour cela.",
        ],
    ),
    "it": (
        [
            "Ariete",
            "Toro",
            "Gemelli",
            "Cancro",
            "Leone",
            "Vergine",
            "Bilancia",
            "Scorpione",
            "Sagittario",
            "Capricorno",
            "Acquario",
            "Pesci",
        ],
        [
            "Un vecchio amico porta una notizia che cambia il fine settimana.",
            "Sul fronte economico il cielo si rasserena.",
            "Accetta l'invito che rimandi da settimane.",
            "Una serata tranquilla ti farà più bene di una festa.",
            "Al lavoro qualcuno nota finalmente il tuo impegno.",
            "In famiglia la pazienza sarà premiata.",
            "Fidati del tuo istinto per un acquisto.",
            "Oggi conviene procedere a piccoli passi.",
        ],
    ),
}


def horoscope(c: Ctx, P: dict, k: str) -> str:
    c.kind("horoscope of the day (a rotating sign)")
    signs, lines = HORO[c.lang]
    sign = c.pick(signs)
    line = f"{sign}{SEP[c.lang]}{c.pick(lines)}"
    return f'<div class="{k}horo"><h4>{esc(T(c, "horoscope"))}</h4><p>{c.f(line)}</p></div>'


def reactions(c: Ctx, P: dict, k: str) -> str:
    c.kind("emoji reaction counters")
    emo = ["👍", "😮", "😢", "😡", "❤️"]
    line = "  ".join(f"{e} {n_(c, c.num(3, 2400))}" for e in emo[: c.num(3, 5)])
    return (
        f'<div class="{k}reactions"><p class="{k}reactions__q">{c.f(T(c, "react_q"))}</p>'
        f'<p class="{k}reactions__row">{c.f(line)}</p></div>'
    )


def shares(c: Ctx, P: dict, k: str) -> str:
    c.kind("share count")
    line = T(c, "shares").format(n=n_(c, c.num(140, 9800)))
    return f'<div class="{k}sharebar"><a>Facebook</a> <a>X</a> <a>WhatsApp</a> <a>E-mail</a> <span>{c.f(line)}</span></div>'


def quiz(c: Ctx, P: dict, k: str) -> str:
    c.kind("quiz prompt with a player count")
    q = c.pick(P["quiz"])
    players = T(c, "quiz_players").format(n=n_(c, c.num(300, 12000)))
    return (
        f'<div class="{k}quiz"><span class="{k}quiz__label">Quiz</span><p class="{k}quiz__q">{c.f(q)}</p>'
        f'<p class="{k}quiz__players">{c.f(players)}</p><a class="{k}btn">→</a></div>'
    )


def event(c: Ctx, P: dict, k: str) -> str:
    c.kind("event / ticket promo")
    text = c.pick(P["events"])
    return f'<div class="{k}events"><span class="{k}events__kicker">{TICKETS[c.lang]}</span><p>{c.f(text)}</p></div>'


def jobs(c: Ctx, P: dict, k: str) -> str:
    c.kind("job listings")
    rows = "".join(f"<li>{c.f(j)}</li>" for j in c.pick(P["jobs"], 3))
    return f'<div class="{k}jobs"><h4>{esc(T(c, "jobs"))}</h4><ul>{rows}</ul></div>'


def prop(c: Ctx, P: dict, k: str) -> str:
    c.kind("real-estate listings")
    rows = "".join(f"<li>{c.f(j)}</li>" for j in c.pick(P["property"], 2))
    return f'<div class="{k}homes"><h4>{esc(T(c, "property"))}</h4><ul>{rows}</ul></div>'


def affiliate(c: Ctx, P: dict, k: str) -> str:
    c.kind("affiliate product box with prices")
    name, old, news, shop = c.pick(P["products"])
    line = T(c, "aff_deal").format(name=name, new=c.pick(news), old=old, shop=shop)
    return (
        f'<aside class="{k}deal"><span class="{k}deal__label">{esc(T(c, "ad"))}</span><p class="{k}deal__item">{c.f(line)}</p>'
        f"<small>{c.f(T(c, 'aff_note'))}</small></aside>"
    )


def follow(c: Ctx, P: dict, k: str) -> str:
    c.kind("author follow prompt with a follower count")
    a = P["author"]
    line = T(c, "follow").format(a=a)
    fol = L[c.lang]["followers"].format(n=n_(c, c.num(900, 9900)))
    return f'<div class="{k}follow"><p>{c.f(line)}</p><button type="button">+ {FOLLOW_BTN[c.lang]}</button><span>{c.f(fol)}</span></div>'


def meter(c: Ctx, P: dict, k: str) -> str:
    c.kind("metered-paywall counter")
    t = 5
    m = c.num(1, 4)
    line = T(c, "meter").format(n=t - m, m=m, t=t)
    return f'<div class="{k}meter" data-left="{t - m}"><p>{c.f(line)}</p></div>'


def countdown(c: Ctx, P: dict, k: str) -> str:
    c.kind("countdown timer")
    what, target = c.pick(P["countdown"])
    left = target - c.local.replace(tzinfo=None)
    d = left.days
    h, rem = divmod(left.seconds, 3600)
    m = rem // 60
    line = T(c, "countdown").format(what=what, d=d, h=h, m=m)
    line = line[0].upper() + line[1:]
    return f'<div class="{k}countdown" data-target="{target.isoformat()}"><p>{c.f(line)}</p></div>'


def air(c: Ctx, P: dict, k: str) -> str:
    c.kind("air-quality index")
    v = c.num(12, 88)
    w = L[c.lang]["air_w"][min(3, v // 25)]
    line = T(c, "air").format(city=P["city"], v=v, w=w)
    return f'<div class="{k}air"><p>{c.f(line)}</p></div>'


def transit(c: Ctx, P: dict, k: str, style: str = "colon") -> str:
    c.kind("live departures board with clock times")
    stop, routes = P["transit"]
    base = c.local.replace(tzinfo=None)
    deps = []
    for route, dest in c.pick(routes, 3):
        when = base + timedelta(minutes=c.num(2, 25))
        late = c.num(0, 9)
        st = L[c.lang]["delay"].format(n=late) if late else L[c.lang]["ontime"]
        deps.append((when, f"{clock(c, when, style)} {route} → {dest} ({st})"))
    rows = "".join(f"<li>{c.f(line)}</li>" for _, line in sorted(deps))
    return f'<div class="{k}departures"><h4>{esc(T(c, "transit"))} · {esc(stop)}</h4><ul>{rows}</ul></div>'


def social(c: Ctx, P: dict, k: str) -> str:
    c.kind("embedded social post from another account (rotating)")
    name, handle, text = c.pick(P["social"])
    mins = c.num(2, 58)
    return (
        f'<div class="{k}social"><p class="{k}social__kicker">{esc(T(c, "social"))}</p><blockquote class="{k}social__post">'
        f'<p class="{k}social__who"><b>{esc(name)}</b> <span>{esc(handle)}</span> · <span>{mins} min</span></p>'
        f"<p>{c.f(text)}</p></blockquote></div>"
    )


def comments(c: Ctx, P: dict, k: str) -> str:
    c.kind("reader-comment previews")
    items = c.pick(P["comments"], 2)
    head = T(c, "comments").format(n=n_(c, c.num(40, 900)))
    rows = "".join(f"<li><b>{esc(u)}</b> <p>{c.f(t)}</p></li>" for u, t in items)
    return f'<section class="{k}comments"><h4>{c.f(head)}</h4><ul>{rows}</ul></section>'


def error_report(c: Ctx, P: dict, k: str) -> str:
    c.kind('"spotted a mistake?" corrections prompt')
    return f'<p class="{k}report-error"><a href="/feedback">{c.f(T(c, "error"))}</a></p>'


def app_update(c: Ctx, P: dict, k: str) -> str:
    c.kind('"update your app" banner (starts with an update word)')
    return f'<div class="{k}app-banner"><p>{c.f(T(c, "appupd"))}</p><a class="{k}btn">OK</a></div>'


def _show_minutes(label: str) -> int:
    m = re.match(r"(\d+)(?:[.:h](\d+))?\s*(pm|am)?", label)
    assert m, label
    h, mi = int(m.group(1)), int(m.group(2) or 0)
    if m.group(3) == "pm" and h != 12:
        h += 12
    if m.group(3) == "am" and h == 12:
        h = 0
    if h < 6:
        h += 24
    return h * 60 + mi


def onair(c: Ctx, P: dict, k: str) -> str:
    c.kind("radio/TV now-on-air and schedule with times")
    station, shows = P["onair"]
    now = c.local.hour * 60 + c.local.minute
    now = now if now >= 6 * 60 else now + 24 * 60
    i = max(j for j, (t, _) in enumerate(shows) if _show_minutes(t) <= now or j == 0)
    i = min(i, len(shows) - 3)
    now_line = T(c, "now_on").format(s=station, t=shows[i][1])
    nxt = "".join(f"<li>{c.f(f'{t} {name}')}</li>" for t, name in shows[i + 1 : i + 3])
    return f'<div class="{k}onair"><p class="{k}onair__now">{c.f(now_line)}</p><ul>{nxt}</ul></div>'


def listbox(c: Ctx, P: dict, k: str, key: str, kind: str, n: int = 2) -> str:
    """A titled box of rotating one-line items from ``P[key]`` (obituaries, pharmacies on
    duty, ferries, snow reports, advent prizes …)."""
    c.kind(kind)
    title, items = P[key]
    rows = "".join(f"<li>{c.f(x)}</li>" for x in c.pick(items, n))
    return f'<div class="{k}box {k}box--{key}"><h4>{esc(title)}</h4><ul>{rows}</ul></div>'


def promo_p(c: Ctx, P: dict, k: str, pcls: str) -> str:
    """A full-sentence promo in the body's own paragraph class."""
    c.kind("full-sentence promo paragraph in the body's own paragraph class")
    return f'<p class="{pcls}">{c.f(c.pick(P["promos"]))}</p>'


def readnext(c: Ctx, P: dict, k: str) -> str:
    c.kind('inline related line ("More on this:", "Auch spannend:" …)')
    return (
        f'<p class="{k}inline-link"><strong>{esc(T(c, "readnext"))}</strong> '
        f'<a href="/a/{c.num(100000, 999999)}">{c.f(c.pick(P["heads"]))}</a></p>'
    )


def editor_pick(c: Ctx, P: dict, k: str) -> str:
    c.kind("\"editor's pick\" line with another story's headline")
    return (
        f'<div class="{k}pick"><span class="{k}pick__label">{esc(T(c, "pick"))}</span> '
        f'<a href="/p/{c.num(1000, 9999)}">{c.f(c.pick(P["heads"]))}</a></div>'
    )


def weather(c: Ctx, P: dict, k: str) -> str:
    c.kind("weather widget")
    lo, hi = P["temps"]
    t = c.num(lo, hi)
    w = c.pick(P["conditions"])
    line = T(c, "weather").format(city=P["city"], t=t, w=w)
    line = line[0].upper() + line[1:]
    low = T(c, "weather_low").format(t=t - c.num(1, 4))
    return f'<div class="{k}wx"><p>{c.f(line)}</p><p>{c.f(low)}</p></div>'


def newsletter(c: Ctx, P: dict, k: str) -> str:
    c.kind("newsletter sign-up box")
    return (
        f'<form class="{k}nl" action="/newsletter"><p class="{k}nl__pitch">{c.f(c.pick(P["newsletter"]))}</p>'
        f'<input type="email" placeholder="e-mail"><button>{esc(T(c, "newsletter_btn"))}</button></form>'
    )


def breaking_bar(c: Ctx, P: dict, k: str) -> str:
    c.kind("breaking-news ticker with other stories' headlines")
    hs = c.pick(P["breaking"], 2)
    items = "".join(f'<li><a href="/b/{c.num(100, 999)}">{c.f(h)}</a></li>' for h in hs)
    return f'<div class="{k}breaking" role="marquee"><span class="{k}breaking__label">{esc(T(c, "breaking"))}</span><ul>{items}</ul></div>'


def display_ad(c: Ctx, P: dict, k: str) -> str:
    c.kind("labelled ad slot with rotating copy")
    copy = c.pick(P["ads"])
    return (
        f'<div class="{k}ad" data-slot="mpu-{c.num(1, 6)}" data-creative="{c.token(10)}"><span class="{k}ad__label">{esc(T(c, "ad"))}</span>'
        f"<p>{c.f(copy)}</p></div>"
    )


def mostread(c: Ctx, P: dict, k: str, n: int = 5) -> str:
    c.kind("most-read list (a rotating subset)")
    items = "".join(f"<li><a>{c.f(h)}</a></li>" for h in c.pick(P["heads"], n))
    return (
        f'<section class="{k}mostread"><h3>{esc(T(c, "mostread"))}</h3><ol>{items}</ol></section>'
    )


NEWPOSTS = {
    "en": ["{n} new updates – click to see them", "Show {n} new posts"],
    "de": ["{n} neue Einträge – jetzt anzeigen", "{n} neue Beiträge seit Ihrem letzten Besuch"],
    "fr": [
        "{n} nouveaux messages – cliquez pour les afficher",
        "Afficher les {n} nouvelles publications",
    ],
    "it": ["{n} nuovi aggiornamenti – clicca per vederli", "Mostra {n} nuovi post"],
}


def newposts(c: Ctx, P: dict, k: str) -> str:
    c.kind('"N new posts" refresh banner at the top of a feed')
    line = c.pick(NEWPOSTS[c.lang]).format(n=c.num(2, 9))
    return f'<button class="{k}feed-refresh" type="button" data-count="{line.split()[0]}">{c.f(line)}</button>'


def consent(c: Ctx, P: dict, k: str) -> str:
    c.kind("consent banner that comes and goes")
    return (
        f'<div class="{k}consent" role="dialog"><p>{c.f(P["consent"])}</p>'
        f"<button>OK</button><button>{SETTINGS[c.lang]}</button></div>"
    )
