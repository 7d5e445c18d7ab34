"""Plain articles with traps (4 publishers): words like "update", "correction", "Korrektur",
"aggiornamento", "actualización", and clocks and dates inside ordinary paragraphs."""

from __future__ import annotations

from chrome import (
    ad_slot,
    cookie_banner,
    figure,
    footer,
    latest,
    link,
    most_read,
    nav,
    newsletter_box,
    related,
    share_bar,
    teaser,
    weave,
)
from kit import ART, CET, ET, Classes, Page, at, esc, head, news_ld, template
from noise import Noise

# ---------------------------------------------------------------------------------------------
# Newsweek: "correction" (a market correction), a paragraph opening "Updated figures", a clock
# in the text, a "Submit Correction" link; the history adds its first note on fetch 6


@template("newsweek-bitcoin-slide", "Newsweek", "en", "plain")
def newsweek(page: Page, noise: Noise, genuine: bool) -> str:
    c = Classes("newsweek", "emotion")
    title = "Bitcoin Slides 9% in Weekend Correction as Crypto Lender Pauses Withdrawals"
    url = "https://www.newsweek.invalid/bitcoin-slides-weekend-correction-crypto-lender-pauses-withdrawals-2081734"
    body = page.body(
        [
            "Bitcoin fell as much as 9% over the weekend, its steepest two-day drop since the spring, after a mid-sized crypto lender froze customer withdrawals and traders rushed to cut risk.",
            'The slide began late Saturday, when Harbor Lending, which says it manages about $3.4 billion in customer assets, told users it was pausing withdrawals "to protect the platform during extreme market conditions."',
            "At 4:35 p.m. ET on Saturday, bitcoin was trading at about $71,200. By Sunday morning it had dropped below $65,000 before recovering slightly.",
            "Updated figures from CoinLedger, a market data provider, showed that more than $1.1 billion in leveraged bets were liquidated across major exchanges in the 24 hours to Sunday afternoon.",
            'Analysts were divided on whether the fall marked the start of a deeper correction. "We\'ve had a huge run since the summer, so a pullback of this size is not unusual," said Tamsin Oduya, head of digital asset research at Fairhaven Capital.',
            'Others pointed to the risk of contagion. "The question is who else lent to Harbor and on what terms," said Elliot Marchetti, a former bank regulator who now advises crypto firms.',
            "Harbor Lending said in a post on X that it expected to give customers an update on Monday. The company did not respond to Newsweek's request for comment by email on Sunday.",
            "Ether, the second-largest cryptocurrency, fell about 12% over the same period.",
        ]
    )
    body[4] = link(body[4], "Fairhaven Capital", "/topic/fairhaven-capital")
    note = ""
    if genuine:
        text = page.note(
            "update",
            "Update 12/6/26, 5:54 p.m. ET",
            at(ET, 17, 54),
            "This article was updated with a statement from Harbor Lending.",
            genuine=True,
        )
        note = f'<p class="{c("Body.p")}"><em>Update 12/6/26, 5:54 p.m. ET: {text}</em></p>\n'
    pos = noise.position("teaser", 1, 5)
    inserts = [
        (pos, teaser(page, noise, c, "inline", "Read more")),
        (3, ad_slot(page, noise, c, "inline-1", 0.8)),
        (6, ad_slot(page, noise, c, "inline-2", 0.5)),
    ]
    wrap = lambda p: f'<p class="{c("Body.p")}">{p}</p>\n'  # noqa: E731
    modified = at(ET, 17, 55) if genuine else at(ET, 11, 48)
    ld = news_ld("NewsArticle", title, at(ET, 11, 48), modified, "Kendra Ashworth", "Newsweek")
    return (
        head(title, "en-US", "Newsweek", url, title, ld, [c("Body.p")])
        + f"""<body>
{cookie_banner(page, noise, c)}
{nav(page, c, "Newsweek", ["U.S.", "World", "Business", "Tech & Science", "Health", "Sports", "Opinion", "Vantage"], f'<a class="{c("subscribe")}" href="/subscribe">Subscribe</a>')}
{ad_slot(page, noise, c, "leaderboard", 0.9)}
<main class="{c("main")}">
  <article class="{c("article")}">
    <div class="{c("category")}"><a href="/business">Business</a></div>
    <h1 class="{c("title")}">{page.headline(title)}</h1>
    <div class="{c("byline")}">{page.f("By Kendra Ashworth")} <span>{page.f("Business Reporter")}</span></div>
    <div class="{c("dateline")}"><time datetime="2026-12-06T16:48:00Z">{page.f("Published Dec 06, 2026 at 11:48 AM EST")}</time></div>
    <div class="{c("tools")}">{share_bar(page, c)}<span>{page.f(noise.comments("nw", 10, 400))}</span></div>
    <div class="{c("trust")}"><p>{page.f("Newsweek is committed to challenging conventional wisdom and finding connections in the search for common ground.")}</p></div>
    {figure(page, c, "A representation of bitcoin is seen in this illustration taken on Nov. 20, 2026.", "Dado Ruvic/REUTERS", "/photo/bitcoin-illustration")}
    <div class="{c("article-body")}">
{note}{weave(body, inserts, wrap)}    </div>
    <div class="{c("article-tools")}"><a href="/reprints">{page.f("Request Reprint & Licensing")}</a> <a href="/corrections">{page.f("Submit Correction")}</a> <a href="/editorial-standards">{page.f("View Editorial Guidelines")}</a></div>
  </article>
  <aside class="{c("rail")}">
    <div class="{c("market")}">{page.f(noise.market("BTC", 66800.0))}</div>
    {latest(page, noise, c)}
    {most_read(page, noise, c, "Trending")}
    {newsletter_box(page, noise, c, "The Bulletin")}
  </aside>
</main>
{footer(page, c, ["About Us", "Terms & Conditions", "Privacy Policy", "Corrections"], "© 2026 NEWSWEEK DIGITAL LLC")}
</body>
</html>
"""
    )


# ---------------------------------------------------------------------------------------------
# NZZ: "Korrektur" and "Nachtragskredit" in the text, a paragraph opening "Aktualisiert werden",
# a clock "um 18.30 Uhr" in a paragraph (Swiss spelling)


@template("nzz-hypothekarzins", "NZZ", "de", "plain")
def nzz(page: Page, noise: Noise, genuine: bool) -> str:
    noise.swiss = True
    c = Classes("nzz", "bem")
    title = "Die Zürcher Kantonalbank senkt die Zinsen für Festhypotheken erneut"
    url = "https://www.nzz.invalid/finanzen/zuercher-kantonalbank-senkt-zinsen-fuer-festhypotheken-ld.1905531"
    body = page.body(
        [
            "Wer in diesen Wochen ein Eigenheim finanzieren will, profitiert von sinkenden Zinsen. Die Zürcher Kantonalbank senkt ab Montag die Richtsätze für zehnjährige Festhypotheken um 0,15 Prozentpunkte auf 1,68 Prozent.",
            "Die Bank begründet den Schritt mit dem Rückgang der langfristigen Kapitalmarktzinsen seit Oktober. Andere Institute dürften nachziehen, erwarten Fachleute.",
            "Aktualisiert werden die Richtsätze bei der Kantonalbank in der Regel jeweils am ersten Montag des Monats. Diesmal kündigte die Bank die Senkung bereits am Samstag um 18.30 Uhr auf ihrer Website an.",
            "Für Hausbesitzer, deren Hypothek in den kommenden Monaten ausläuft, ist die Ausgangslage damit so günstig wie seit drei Jahren nicht mehr. Bei einer Hypothek von 800 000 Franken entspricht die Senkung einer Ersparnis von 1200 Franken pro Jahr.",
            "Ökonomen warnen allerdings davor, die Entwicklung als Trendwende am Immobilienmarkt zu deuten. Die Korrektur bei den Preisen für Einfamilienhäuser, die manche erwartet hätten, sei ausgeblieben, sagt Stefanie Rüegg von der Beratungsfirma Wüest Partner.",
            "Auch die Politik beschäftigt sich mit dem Thema. Der Kantonsrat berät im Januar über einen Nachtragskredit für die Wohnbauförderung, der günstige Darlehen für gemeinnützige Bauträger vorsieht.",
            "Die Schweizerische Nationalbank wird ihre nächste geldpolitische Lagebeurteilung am 17. Dezember veröffentlichen.",
        ]
    )
    pos = noise.position("teaser", 1, 4)
    inserts = [
        (pos, teaser(page, noise, c, "inline", "Passend zum Artikel")),
        (3, ad_slot(page, noise, c, "inside-1", 0.6)),
    ]
    wrap = lambda p: f'<p class="{c("articlecomponent.text")}">{p}</p>\n'  # noqa: E731
    ld = news_ld(
        "NewsArticle", title, at(CET, 7, 30), at(CET, 7, 30), "Beat Kälin", "Neue Zürcher Zeitung"
    )
    return (
        head(title, "de-CH", "NZZ", url, title, ld, [c("articlecomponent.text")])
        + f"""<body>
{cookie_banner(page, noise, c)}
{nav(page, c, "NZZ", ["Schweiz", "International", "Wirtschaft", "Finanzen", "Feuilleton", "Zürich", "Meinung"], f'<a href="/abo">{esc("Abo")}</a>')}
<div class="{c("markets")}"><span>{page.f(noise.market("SMI", 12480.0))}</span><span>{page.f(noise.market("EUR/CHF", 0.9330))}</span></div>
<main class="{c("main")}">
  <article class="{c("article")}">
    <header class="{c("headline")}">
      <p class="{c("headline__flag")}">{esc("Hypotheken")}</p>
      <h1 class="{c("headline__title")}">{page.headline(title)}</h1>
      <p class="{c("headline__lead")}">{page.f("Zehnjährige Festhypotheken werden günstiger. Eine Trendwende am Immobilienmarkt sehen Fachleute darin aber nicht.")}</p>
    </header>
    <div class="{c("metainfo")}"><span class="{c("metainfo__author")}">{page.f("Beat Kälin")}</span> <time datetime="2026-12-06T06:30:00.000Z">{page.f("06.12.2026, 07.30 Uhr")}</time> <span>{page.f(noise.reading_time(4))}</span></div>
    {share_bar(page, c)}
    {figure(page, c, "Neubauten in Dübendorf: Für Käufer sinken die Finanzierungskosten.", "Christoph Ruckstuhl / NZZ", "/images/duebendorf-neubau")}
    <section class="{c("articlecomponent")}">
{weave(body, inserts, wrap)}    </section>
    <div class="{c("article__comments")}">{page.f(noise.comments("nzz", 5, 140))}</div>
  </article>
  {related(page, noise, c, [("Saron oder Festhypothek: Was sich jetzt lohnt", "Festhypothek oder Saron? Eine Rechnung in fünf Schritten"), ("Der Referenzzinssatz bleibt unverändert", "Mieten: Der Referenzzinssatz sinkt nicht")], "Mehr zum Thema")}
  {most_read(page, noise, c, "Meistgelesen")}
</main>
{footer(page, c, ["Impressum", "Datenschutz", "AGB", "Hilfe"], "Copyright © Neue Zürcher Zeitung AG. Alle Rechte vorbehalten.")}
</body>
</html>
"""
    )


# ---------------------------------------------------------------------------------------------
# TGCom24: "l'aggiornamento del bollettino", a paragraph opening "Aggiornato il piano neve",
# clocks "alle 18.40" in the text


@template("tgcom24-neve-abruzzo", "TGCom24", "it", "plain")
def tgcom24(page: Page, noise: Noise, genuine: bool) -> str:
    c = Classes("tgcom24", "short")
    title = "Neve sull'Appennino, chiuse due statali in Abruzzo: centinaia di auto bloccate"
    url = "https://www.tgcom24.invalid/cronaca/abruzzo/neve-appennino-chiuse-due-statali-in-abruzzo_86244121-202602k.shtml"
    body = page.body(
        [
            "Una nevicata più intensa del previsto ha paralizzato domenica le strade dell'Appennino abruzzese. L'Anas ha chiuso due strade statali e centinaia di automobilisti sono rimasti bloccati per ore tra Castel di Sangro e Roccaraso.",
            "Sulla statale 17 e sulla 652 Fondo Valle Sangro sono caduti fino a 50 centimetri di neve in poche ore. I mezzi spazzaneve non sono riusciti a tenere libera la carreggiata.",
            "Alle 18.40 i vigili del fuoco avevano soccorso una quarantina di persone, tra cui due famiglie con bambini piccoli, accompagnate in un albergo di Roccaraso.",
            "L'aggiornamento del bollettino della Protezione civile regionale è atteso in serata. Per lunedì è prevista un'attenuazione delle precipitazioni, ma con temperature fino a meno dieci gradi.",
            "Aggiornato il piano neve della Provincia dell'Aquila, che da lunedì schiera 40 spazzaneve in più sulle strade provinciali dell'Alto Sangro.",
            "«Chi non ha le catene a bordo resti a casa», ha detto il prefetto, che ha convocato per domani mattina il comitato per la viabilità.",
            "Disagi anche per gli impianti sciistici, che avevano aperto la stagione sabato: a Roccaraso e Pescocostanzo le piste resteranno chiuse fino a martedì.",
        ]
    )
    pos = noise.position("teaser", 1, 5)
    inserts = [
        (pos, teaser(page, noise, c, "inline")),
        (2, ad_slot(page, noise, c, "box-1", 0.8)),
    ]
    wrap = lambda p: f'<p class="{c("atext")}">{p}</p>\n'  # noqa: E731
    ld = news_ld(
        "NewsArticle", title, at(CET, 19, 2), at(CET, 19, 2), "Redazione Tgcom24", "Tgcom24"
    )
    return (
        head(title, "it-IT", "Tgcom24", url, title, ld, [c("atext")])
        + f"""<body>
{cookie_banner(page, noise, c)}
{nav(page, c, "Tgcom24", ["Cronaca", "Politica", "Mondo", "Economia", "Spettacolo", "Sport", "Meteo"], f'<a href="/diretta">{esc("Diretta")}</a>')}
<main class="{c("main")}">
  <article class="{c("article")}">
    <p class="{c("occhiello")}">{esc("Maltempo")}</p>
    <h1 class="{c("atitle")}">{page.headline(title)}</h1>
    <h2 class="{c("asub")}">{page.f("Fino a 50 centimetri di neve in poche ore tra Castel di Sangro e Roccaraso: i vigili del fuoco hanno soccorso una quarantina di persone")}</h2>
    <div class="{c("ameta")}"><span>{page.f("06 dic 2026 - 19:02")}</span> <span>{page.f(noise.comments("tgcom", 3, 90))}</span></div>
    {share_bar(page, c)}
    <div class="{c("video")}"><p>{page.f("Guarda il video: la neve a Roccaraso")}</p></div>
    {figure(page, c, "Auto bloccate sulla statale 17 vicino a Roccaraso.", "Ansa", "/res/img/roccaraso-neve")}
    <div class="{c("abody")}">
{weave(body, inserts, wrap)}    </div>
    <div class="{c("meteo")}">{page.f(noise.weather("L'Aquila", -6, 1))}</div>
  </article>
  {most_read(page, noise, c, "I più visti")}
  {newsletter_box(page, noise, c)}
</main>
{footer(page, c, ["Redazione", "Privacy", "Cookie", "Contatti"], "© 2026 RTI S.p.A. Tgcom24 - P.IVA 03976881007")}
</body>
</html>
"""
    )


# ---------------------------------------------------------------------------------------------
# Clarín: "la actualización de tarifas", a paragraph opening "Actualizado el cuadro tarifario",
# "corrección" in the text, a clock "a las 18.40" (Buenos Aires, -03:00)


@template("clarin-boleto-colectivos", "Clarín", "es", "plain")
def clarin(page: Page, noise: Noise, genuine: bool) -> str:
    c = Classes("clarin", "styled")
    title = "Aumenta el boleto de colectivo en el AMBA desde el lunes: cuánto costará cada tramo"
    url = "https://www.clarin.invalid/ciudades/aumenta-boleto-colectivo-amba-lunes-cuanto-costara_0_Q8nX2kLw.html"
    body = page.body(
        [
            "El boleto de colectivo en el Área Metropolitana de Buenos Aires aumentará un 4,2% desde este lunes, según la resolución que publicó el sábado la Secretaría de Transporte.",
            "La actualización de tarifas alcanza a las líneas nacionales que circulan entre la Ciudad y el conurbano. Las líneas que dependen de la Ciudad y de la Provincia aplicarán sus propios aumentos.",
            "Actualizado el cuadro tarifario, el boleto mínimo para quienes tienen la tarjeta SUBE registrada pasará de 412 a 429 pesos. Sin registrar, el pasaje costará 682 pesos.",
            "El Gobierno explicó que el nuevo valor incluye una corrección por la inflación de octubre y que los aumentos mensuales seguirán al menos hasta marzo.",
            'Las cámaras empresarias del transporte consideraron insuficiente la suba. "Con estos valores no cubrimos ni el gasoil", dijo un vocero de una de ellas, que pidió no ser identificado.',
            'Usuarios consultados por Clarín en la terminal de Constitución se quejaron del impacto en el presupuesto familiar. "Gasto casi 40.000 pesos por mes solo en colectivos", dijo Mirta Agüero, empleada doméstica que viaja desde Lanús.',
            "La medida se publicó en el Boletín Oficial a las 18.40 del sábado, fuera del horario habitual.",
        ]
    )
    pos = noise.position("teaser", 1, 4)
    inserts = [
        (pos, teaser(page, noise, c, "inline", "Mirá también")),
        (3, ad_slot(page, noise, c, "middle-1", 0.8)),
    ]
    wrap = lambda p: f'<p class="{c("StoryText")}">{p}</p>\n'  # noqa: E731
    ld = news_ld("NewsArticle", title, at(ART, 9, 15), at(ART, 9, 15), "Martín Iturralde", "Clarín")
    return (
        head(title, "es-AR", "Clarín", url, title, ld, [c("StoryText")])
        + f"""<body>
{cookie_banner(page, noise, c, "Nosotros y nuestros {n} socios usamos cookies para personalizar contenidos y anuncios y para analizar nuestro tráfico.")}
{nav(page, c, "Clarín", ["Política", "Economía", "Sociedad", "Ciudades", "Deportes", "Espectáculos", "Internacional"], f'<a href="/suscripciones">{esc("Suscribite")}</a>')}
<div class="{c("Dolar")}"><span>{page.f(noise.ab("dolar", "Dólar blue: compra $1.385 | venta $1.405", "Dólar blue: compra $1.390 | venta $1.410"))}</span></div>
<main class="{c("Main")}">
  <article class="{c("Story")}">
    <p class="{c("Story.section")}"><a href="/ciudades/">Ciudades</a></p>
    <h1 class="{c("Story.title")}">{page.headline(title)}</h1>
    <h2 class="{c("Story.bajada")}">{page.f("La Secretaría de Transporte oficializó la suba para las líneas nacionales. Cuánto saldrá el pasaje con y sin SUBE registrada.")}</h2>
    <div class="{c("Story.meta")}"><span>{page.f("Martín Iturralde")}</span> <span>{page.f("06/12/2026 9:15")}</span> <span>{page.f(noise.reading_time(3))}</span></div>
    {share_bar(page, c)}
    {figure(page, c, "Pasajeros en la terminal de colectivos de Constitución.", "Foto: Maxi Failla", "/img/constitucion-colectivos")}
    <div class="{c("Story.body")}">
{weave(body, inserts, wrap)}    </div>
    <div class="{c("Story.comments")}">{page.f(noise.comments("clarin", 40, 900))}</div>
  </article>
  {related(page, noise, c, [("Cuánto cuesta viajar en tren desde diciembre", "Trenes: las nuevas tarifas de diciembre"), ("Cómo registrar la SUBE paso a paso", "SUBE: cómo registrarla para no pagar de más")], "Te puede interesar")}
  {most_read(page, noise, c, "Lo más leído")}
</main>
{footer(page, c, ["Términos y condiciones", "Políticas de privacidad", "Mapa del sitio", "Contacto"], "Copyright 1996-2026 Clarín.com - All rights reserved")}
</body>
</html>
"""
    )
