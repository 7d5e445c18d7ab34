"""Live blogs and tickers (8 publishers: EN 2, DE 2, FR, IT, ES, PT). Every per-entry attribute
(id, author, relative time, share anchor) is derived from the entry itself, never its position."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime

from chrome import ad_slot, cookie_banner, footer, most_read, nav, newsletter_box, share_bar, teaser
from kit import BRT, CET, LISBON, Classes, Page, at, attr, esc, head, key, template
from noise import Noise

GMT = LISBON


@dataclass
class E:
    when: datetime
    label: str
    headline: str | None
    paras: list[str]
    author: str = ""
    pinned: bool = False

    @property
    def id(self) -> str:
        return key(self.label, self.headline or self.paras[0])

    def utc(self) -> str:
        return self.when.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def ld_live(title: str, url: str, entries: list[E], publisher: str) -> dict[str, object]:
    return {
        "@context": "https://schema.org",
        "@type": "LiveBlogPosting",
        "headline": title,
        "url": url,
        "coverageStartTime": min(e.when for e in entries).isoformat(),
        "dateModified": max(e.when for e in entries).isoformat(),
        "publisher": {"@type": "Organization", "name": publisher},
        "liveBlogUpdate": [
            {
                "@type": "BlogPosting",
                "headline": e.headline or e.paras[0][:80],
                "datePublished": e.when.isoformat(),
            }
            for e in entries
        ],
    }


def paras(page: Page, e: E, skip_first: bool = False) -> str:
    return "".join(f"<p>{page.t(p)}</p>\n" for p in e.paras[1 if skip_first else 0 :])


def live(
    page: Page,
    noise: Noise,
    c: Classes,
    *,
    site: str,
    title: str,
    url: str,
    sections: list[str],
    intro: str,
    entries: list[E],
    render: Callable[[E], str],
    container: str = "div",
    load_more: str,
    footer_line: str,
    summary: tuple[str, list[str]] | None = None,
) -> str:
    pinned = [e for e in entries if e.pinned]
    rest = sorted((e for e in entries if not e.pinned), key=lambda e: e.when, reverse=True)
    entries = pinned + rest
    for e in entries:
        page.entry(e.label, e.when, e.headline, e.paras[0])
        if e.headline:
            page.content.append(e.headline)
    after = noise.pick("teaser-anchor", [e.id for e in rest])
    ad_after = rest[1].id
    posts = []
    for e in entries:
        posts.append(render(e))
        if e.id == ad_after:
            posts.append(ad_slot(page, noise, c, "between", 0.8))
        if e.id == after:
            posts.append(teaser(page, noise, c, "between-posts"))
    body = page.intro([intro])
    box = ""
    if summary:
        box = f'<div class="{c("Summary.box")}"><h2>{esc(summary[0])}</h2><ul>{"".join(f"<li>{page.f(s)}</li>" for s in summary[1])}</ul></div>'
    ld = ld_live(title, url, entries, site)
    return (
        head(title, page.lang, site, url, title, ld, [c("Live.feed")])
        + f"""<body>
{cookie_banner(page, noise, c)}
{nav(page, c, site, sections)}
<main class="{c("Live.main")}">
  <header class="{c("Live.header")}">
    <span class="{c("Live.badge")}">LIVE</span>
    <h1 class="{c("Live.title")}">{page.headline(title)}</h1>
    <p class="{c("Live.updated")}">{page.f(noise.ago(rest[0].when, "long"))}</p>
    {share_bar(page, c)}
  </header>
  {box}
  <div class="{c("Live.intro")}"><p>{body[0]}</p></div>
  <{container} class="{c("Live.feed")}">
{"".join(posts)}  </{container}>
  <button type="button" class="{c("Live.more")}">{esc(load_more)}</button>
</main>
<aside class="{c("Live.rail")}">
{most_read(page, noise, c)}
{newsletter_box(page, noise, c)}
</aside>
{footer(page, c, ["Impressum" if page.lang == "de" else "Privacy", "Contact"], footer_line)}
</body>
</html>
"""
    )


# ---------------------------------------------------------------------------------------------
# Daily Mail (GMT): div entries, "18:42 GMT" in a <p> above a bold headline, author below


@template("dailymail-live-storm-fenwick", "Daily Mail live", "en", "live")
def dailymail(page: Page, noise: Noise, genuine: bool) -> str:
    c = Classes("dailymail", "short")

    def render(e: E) -> str:
        return f"""<div class="{c("Post")}" id="p-{e.id}">
  <p class="{c("Post.time")}">{esc(e.label)}</p>
  <p class="{c("Post.head")}"><strong>{esc(e.headline or "")}</strong></p>
{paras(page, e)}  <p class="{c("Post.by")}">{esc(e.author)}</p>
</div>
"""

    entries = [
        E(
            at(GMT, 18, 42),
            "18:42 GMT",
            "Ferry services cancelled until Monday",
            [
                "All sailings between Holyhead and Dublin have been cancelled until Monday morning, the operator said.",
                "Passengers with bookings can transfer to a later crossing free of charge.",
            ],
            "Harriet Cole",
        ),
        E(
            at(GMT, 17, 15),
            "17:15 GMT",
            "Tree falls on to railway line in Devon",
            [
                "A fallen tree has blocked the line between Exeter and Plymouth, with rail replacement buses running."
            ],
            "Tom Aldridge",
        ),
        E(
            at(GMT, 16, 2),
            "16:02 GMT",
            "Gust of 91mph recorded in Wales",
            [
                "The Met Office said a gust of 91mph was recorded on the Welsh coast this afternoon, the strongest of the storm so far."
            ],
            "Harriet Cole",
        ),
        E(
            at(GMT, 14, 30),
            "14:30 GMT",
            "Amber warning extended",
            [
                "Forecasters have extended the amber wind warning for western Scotland until 9am on Monday."
            ],
            "Tom Aldridge",
        ),
    ]
    return live(
        page,
        noise,
        c,
        site="Daily Mail",
        title="Storm Fenwick LIVE: 91mph gusts batter Britain as ferries cancelled",
        url="https://www.dailymail.invalid/news/article-14212345/storm-fenwick-live.html",
        sections=["Home", "News", "Sport", "Money", "Femail", "Travel"],
        intro="Storm Fenwick is battering the UK with winds of more than 90mph. Follow our live coverage below.",
        entries=entries,
        render=render,
        load_more="Load more",
        footer_line="Published by Associated Newspapers Ltd. Part of the Daily Mail, The Mail on Sunday & Metro Media Group",
    )


# ---------------------------------------------------------------------------------------------
# Evening Standard (GMT): <li> entries, headline first, "6:10pm" in a <time> after it


@template("standard-live-tube-strike", "Evening Standard live", "en", "live")
def standard(page: Page, noise: Noise, genuine: bool) -> str:
    c = Classes("standard", "emotion")

    def render(e: E) -> str:
        return f"""<li class="{c("entry")}" id="{e.id}">
  <h3>{esc(e.headline or "")}</h3>
  <time datetime="{e.utc()}">{esc(e.label)}</time>
{paras(page, e)}</li>
"""

    entries = [
        E(
            at(GMT, 18, 10),
            "6:10pm",
            "Union confirms walkout will go ahead",
            [
                "The union confirmed on Sunday evening that the 24-hour strike on the Central and Piccadilly lines will go ahead from midnight."
            ],
        ),
        E(
            at(GMT, 16, 45),
            "4:45pm",
            "Buses to run extra services",
            [
                "Transport for London said it would add around 200 extra bus journeys on Monday to help commuters."
            ],
        ),
        E(
            at(GMT, 15, 20),
            "3:20pm",
            "Mayor urges both sides to keep talking",
            [
                "The mayor said a strike in the run-up to Christmas would hurt businesses that have already had a difficult year."
            ],
        ),
        E(
            at(GMT, 13, 5),
            "1:05pm",
            "What lines are affected?",
            [
                "The strike affects the Central and Piccadilly lines. Other lines are expected to run, but may be busier than usual."
            ],
        ),
    ]
    return live(
        page,
        noise,
        c,
        site="Evening Standard",
        title="Tube strike latest: Walkout on two lines to go ahead tomorrow",
        url="https://www.standard.invalid/news/transport/tube-strike-live-updates-b1234567.html",
        sections=["News", "Business", "Sport", "Culture", "Lifestyle", "Comment"],
        intro="Commuters face disruption on Monday after talks to avert a strike on two Tube lines failed. Follow the latest below.",
        entries=entries,
        render=render,
        container="ul",
        load_more="Show more updates",
        footer_line="© 2026 Evening Standard Ltd",
    )


# ---------------------------------------------------------------------------------------------
# Merkur (DE): <article> entries with no headline; bold "18.32 Uhr:" leads the text


@template("merkur-ticker-bahnstreik", "Merkur live", "de", "live")
def merkur(page: Page, noise: Noise, genuine: bool) -> str:
    c = Classes("merkur", "bem")

    def render(e: E) -> str:
        first = page.t(e.paras[0])
        return f"""<article class="{c("id-Ticker-entry")}" id="{e.id}">
<p><strong>{esc(e.label)}:</strong> {first}</p>
{paras(page, e, skip_first=True)}</article>
"""

    entries = [
        E(
            at(CET, 18, 32),
            "18.32 Uhr",
            None,
            [
                "Die Gewerkschaft hat angekündigt, den Streik bis Dienstagmorgen fortzusetzen. Ein neues Angebot liege nicht vor."
            ],
        ),
        E(
            at(CET, 17, 5),
            "17.05 Uhr",
            None,
            [
                "Am Münchner Hauptbahnhof bilden sich lange Schlangen an den Schaltern.",
                "Viele Reisende weichen auf Fernbusse aus.",
            ],
        ),
        E(
            at(CET, 15, 40),
            "15.40 Uhr",
            None,
            [
                "Die Bahn hat einen Notfahrplan veröffentlicht. Im Fernverkehr fährt nur jeder fünfte Zug."
            ],
        ),
        E(
            at(CET, 14, 12),
            "14.12 Uhr",
            None,
            [
                "Auch die S-Bahn München ist betroffen. Auf der Stammstrecke fahren Züge nur im Stundentakt."
            ],
        ),
    ]
    return live(
        page,
        noise,
        c,
        site="Merkur",
        title="Bahnstreik im News-Ticker: Gewerkschaft verlängert Ausstand",
        url="https://www.merkur.invalid/wirtschaft/bahnstreik-ticker-93102345.html",
        sections=["München", "Bayern", "Politik", "Wirtschaft", "Sport"],
        intro="Der Bahnstreik trifft am Sonntag Millionen Reisende. Alle Entwicklungen im Ticker.",
        entries=entries,
        render=render,
        load_more="Mehr anzeigen",
        footer_line="© Merkur.de 2026",
    )


# ---------------------------------------------------------------------------------------------
# Kleine Zeitung (AT): div entries; "06.12.2026" and "17:45" in two spans above an <h3>


@template("kleinezeitung-ticker-schneechaos", "Kleine Zeitung live", "de", "live")
def kleinezeitung(page: Page, noise: Noise, genuine: bool) -> str:
    c = Classes("kleinezeitung", "modules")

    def render(e: E) -> str:
        return f"""<div class="{c("Ticker.item")}" data-id="{e.id}">
  <div class="{c("Ticker.meta")}"><span class="{c("Ticker.date")}">06.12.2026</span> <span class="{c("Ticker.time")}">{esc(e.label)}</span></div>
  <h3 class="{c("Ticker.title")}">{esc(e.headline or "")}</h3>
  <div class="{c("Ticker.text")}">{paras(page, e)}</div>
</div>
"""

    entries = [
        E(
            at(CET, 17, 45),
            "17:45",
            "Pyhrnautobahn wieder frei",
            [
                "Die A9 ist zwischen Spital am Pyhrn und Ardning wieder in beide Richtungen befahrbar."
            ],
        ),
        E(
            at(CET, 16, 20),
            "16:20",
            "Tausende Haushalte ohne Strom",
            ["Laut Energie Steiermark sind rund 6.000 Haushalte in der Obersteiermark ohne Strom."],
        ),
        E(
            at(CET, 14, 55),
            "14:55",
            "Schulen bleiben offen",
            ["Die Bildungsdirektion teilt mit, dass die Schulen am Montag regulär öffnen."],
        ),
        E(
            at(CET, 13, 10),
            "13:10",
            "Lkw-Fahrverbot auf dem Präbichl",
            ["Für Lastwagen über 7,5 Tonnen gilt am Präbichl ein Fahrverbot."],
        ),
    ]
    return live(
        page,
        noise,
        c,
        site="Kleine Zeitung",
        title="Liveticker: Schneechaos in der Steiermark",
        url="https://www.kleinezeitung.invalid/steiermark/schneechaos-liveticker/6512345",
        sections=["Steiermark", "Kärnten", "Politik", "Wirtschaft", "Sport"],
        intro="Starker Schneefall sorgt in der Steiermark für Verkehrsbehinderungen und Stromausfälle. Wir berichten laufend.",
        entries=entries,
        render=render,
        load_more="Weitere Einträge laden",
        footer_line="© Kleine Zeitung 2026",
    )


# ---------------------------------------------------------------------------------------------
# RFI (FR): <article> entries, headline in <h2>, then "<time>19:05</time>" under it


@template("rfi-direct-sommet-climat", "RFI direct", "fr", "live")
def rfi(page: Page, noise: Noise, genuine: bool) -> str:
    c = Classes("rfi", "styled")

    def render(e: E) -> str:
        return f"""<article class="{c("m-live-item")}" id="item-{e.id}">
  <h2 class="{c("m-live-item__title")}">{esc(e.headline or "")}</h2>
  <div class="{c("m-live-item__meta")}"><time datetime="{e.utc()}">{esc(e.label)}</time></div>
  <div class="{c("m-live-item__body")}">{paras(page, e)}</div>
  {share_bar(page, c, e.id)}</article>
"""

    entries = [
        E(
            at(CET, 19, 5),
            "19:05",
            "Les négociateurs travailleront toute la nuit",
            [
                "La présidence du sommet annonce que les discussions se poursuivront jusqu'à l'aube sur le texte final."
            ],
        ),
        E(
            at(CET, 17, 30),
            "17:30",
            "Les pays insulaires menacent de quitter la salle",
            [
                "Les représentants des petits États insulaires jugent le projet d'accord « très insuffisant »."
            ],
        ),
        E(
            at(CET, 15, 50),
            "15:50",
            "Un nouveau brouillon publié",
            [
                "Un nouveau projet de déclaration a été publié en milieu d'après-midi, sans mention de la sortie des énergies fossiles."
            ],
        ),
        E(
            at(CET, 12, 0),
            "12:00",
            "Ouverture de la dernière journée",
            [
                "La dernière journée officielle du sommet s'est ouverte avec plusieurs heures de retard."
            ],
        ),
    ]
    return live(
        page,
        noise,
        c,
        site="RFI",
        title="EN DIRECT - Sommet sur le climat : les négociations se prolongent",
        url="https://www.rfi.invalid/fr/environnement/20261206-direct-sommet-climat",
        sections=["Afrique", "Monde", "France", "Environnement", "Sports"],
        intro="Les négociations du sommet sur le climat entrent dans leur dernière ligne droite. Suivez notre direct.",
        entries=entries,
        render=render,
        load_more="Voir plus",
        footer_line="© 2026 RFI",
    )


# ---------------------------------------------------------------------------------------------
# Open (IT): div entries under an <h3> "ore 18:20"; half without a headline (bold when present)


@template("open-diretta-manovra", "Open diretta", "it", "live")
def openit(page: Page, noise: Noise, genuine: bool) -> str:
    c = Classes("open", "short")

    def render(e: E) -> str:
        title = f"<p><b>{esc(e.headline)}</b></p>\n" if e.headline else ""
        return f"""<div class="{c("live-post")}" id="{e.id}">
  <h3 class="{c("live-post-time")}">{esc(e.label)}</h3>
{title}{paras(page, e)}</div>
"""

    entries = [
        E(
            at(CET, 18, 20),
            "ore 18:20",
            "Via libera in commissione",
            [
                "La commissione Bilancio ha approvato l'emendamento sulle pensioni dopo una seduta di sei ore."
            ],
        ),
        E(
            at(CET, 17, 0),
            "ore 17:00",
            None,
            ["Le opposizioni annunciano che presenteranno una pregiudiziale in aula."],
        ),
        E(
            at(CET, 15, 35),
            "ore 15:35",
            "Il ministro: «Nessuna nuova tassa»",
            ["Il ministro dell'Economia ha escluso aumenti delle imposte sulla casa."],
        ),
        E(
            at(CET, 13, 45),
            "ore 13:45",
            None,
            [
                "La seduta riprende dopo una sospensione di due ore per la riformulazione degli emendamenti."
            ],
        ),
    ]
    return live(
        page,
        noise,
        c,
        site="Open",
        title="Manovra, la diretta: via libera in commissione",
        url="https://www.open.invalid/2026/12/06/manovra-diretta-commissione-bilancio/",
        sections=["Politica", "Economia", "Esteri", "Cronaca", "Fact-checking"],
        intro="La legge di bilancio all'esame della commissione: tutti gli aggiornamenti della giornata.",
        entries=entries,
        render=render,
        load_more="Carica altri",
        footer_line="© 2026 Open",
    )


# ---------------------------------------------------------------------------------------------
# La Razón (ES): <li> entries, "18:15 h" in a <span> before the headline, a pinned entry


@template("larazon-directo-dana", "La Razón directo", "es", "live")
def larazon(page: Page, noise: Noise, genuine: bool) -> str:
    c = Classes("larazon", "bem")

    def render(e: E) -> str:
        pin = f'<span class="{c("lr-live__pin")}">Fijado</span> ' if e.pinned else ""
        return f"""<li class="{c("lr-live__entry")}" id="{e.id}">
  {pin}<span class="{c("lr-live__hour")}">{esc(e.label)}</span>
  <h2 class="{c("lr-live__title")}">{esc(e.headline or "")}</h2>
{paras(page, e)}</li>
"""

    entries = [
        E(
            at(CET, 12, 0),
            "12:00 h",
            "Teléfonos de emergencia",
            [
                "El 112 recuerda que solo debe usarse para emergencias reales y pide no colapsar la línea."
            ],
            pinned=True,
        ),
        E(
            at(CET, 18, 15),
            "18:15 h",
            "Reabre la A-7 en Málaga",
            [
                "La Dirección General de Tráfico ha reabierto la A-7 a su paso por Rincón de la Victoria."
            ],
        ),
        E(
            at(CET, 16, 40),
            "16:40 h",
            "Suspendidas las clases el lunes",
            ["La Junta ha suspendido las clases presenciales en 14 municipios de la provincia."],
        ),
        E(
            at(CET, 14, 5),
            "14:05 h",
            "Más de 200 litros en seis horas",
            [
                "La Aemet ha registrado 214 litros por metro cuadrado en Álora entre las 8 y las 14 horas."
            ],
        ),
    ]
    return live(
        page,
        noise,
        c,
        site="La Razón",
        title="Directo | DANA en Málaga: última hora de las lluvias",
        url="https://www.larazon.invalid/andalucia/directo-dana-malaga_2026120661234567.html",
        sections=["España", "Internacional", "Economía", "Sociedad", "Deportes"],
        intro="Una DANA descarga lluvias torrenciales sobre la provincia de Málaga. Sigue la última hora.",
        entries=entries,
        render=render,
        container="ol",
        load_more="Cargar más",
        footer_line="© La Razón 2026",
    )


# ---------------------------------------------------------------------------------------------
# g1 (Brasília -03:00): div entries; "17h50" in a <time> after the headline, then the author


@template("g1-ao-vivo-chuvas-rio", "g1 ao vivo", "pt", "live")
def g1(page: Page, noise: Noise, genuine: bool) -> str:
    c = Classes("g1", "emotion")

    def render(e: E) -> str:
        return f"""<div class="{c("feed-post")}" data-post="{e.id}">
  <h2 class="{c("feed-post-title")}">{esc(e.headline or "")}</h2>
  <div class="{c("feed-post-meta")}"><time datetime="{attr(e.when.isoformat())}">{esc(e.label)}</time> · <span>{esc(e.author)}</span></div>
  <div class="{c("feed-post-body")}">{paras(page, e)}</div>
</div>
"""

    entries = [
        E(
            at(BRT, 17, 50),
            "17h50",
            "Prefeitura aciona estágio 4",
            [
                "A prefeitura do Rio elevou a cidade ao estágio 4 de alerta, o segundo mais alto de uma escala de cinco."
            ],
            "Por g1 Rio",
        ),
        E(
            at(BRT, 16, 25),
            "16h25",
            "Linha 2 do metrô opera com intervalos maiores",
            [
                "O MetrôRio informou que a Linha 2 opera com intervalos maiores por causa de um alagamento na estação Pavuna."
            ],
            "Por g1 Rio",
        ),
        E(
            at(BRT, 15, 0),
            "15h00",
            "Sirenes acionadas em 12 comunidades",
            ["A Defesa Civil acionou as sirenes em 12 comunidades da Zona Norte."],
            "Por TV Globo",
        ),
        E(
            at(BRT, 13, 40),
            "13h40",
            "Chuva forte atinge Zona Oeste",
            ["Pontos de alagamento foram registrados em Campo Grande e Bangu."],
            "Por g1 Rio",
        ),
    ]
    return live(
        page,
        noise,
        c,
        site="g1",
        title="AO VIVO: chuva forte provoca alagamentos no Rio",
        url="https://g1.invalid/rj/rio-de-janeiro/ao-vivo/chuva-rio-06-12-2026.ghtml",
        sections=["Brasil", "Política", "Economia", "Mundo", "Rio de Janeiro"],
        intro="Temporal atinge o Rio de Janeiro neste domingo. Acompanhe as atualizações.",
        entries=entries,
        render=render,
        load_more="Veja mais",
        footer_line="© Copyright 2000-2026 Globo Comunicação e Participações S.A.",
    )
