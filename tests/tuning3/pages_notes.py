"""Articles with update, correction and editor's notes (16 publishers: EN 4, DE 3, FR 3, IT 2,
ES 2, PT 2). Each template lays out one publisher's note forms around a shared article skeleton."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from chrome import (
    ad_slot,
    cookie_banner,
    figure,
    footer,
    most_read,
    nav,
    newsletter_box,
    related,
    share_bar,
    teaser,
    weave,
)
from kit import BRT, CET, ET, LISBON, Classes, Page, at, esc, head, news_ld, template
from noise import Noise


def P(text: str) -> str:
    return f"<p>{text}</p>\n"


def article(
    page: Page,
    noise: Noise,
    c: Classes,
    *,
    site: str,
    title: str,
    url: str,
    sections: list[str],
    byline: str,
    dateline: str,
    figure_args: tuple[str, str, str],
    paragraphs: list[str],
    top: Callable[[], str] = lambda: "",
    bottom: Callable[[], str] = lambda: "",
    after: Callable[[], str] = lambda: "",
    published: datetime,
    modified: datetime,
    related_pairs: list[tuple[str, str]],
    footer_links: list[str],
    copyright_line: str,
    wrap: Callable[[str], str] = P,
    body_tag: str = "div",
) -> str:
    """The shared skeleton: ``top`` notes above the body, ``bottom`` notes after its last
    paragraph (inside the body), ``after`` notes after the body container."""
    body = page.body(paragraphs)
    notes_top, notes_bottom, notes_after = top(), bottom(), after()
    pos = noise.position("teaser", 1, len(body) - 3)
    inserts = [
        (pos, teaser(page, noise, c, "inline")),
        (len(body) - 2, ad_slot(page, noise, c, "mid-article")),
    ]
    ld = news_ld("NewsArticle", title, published, modified, byline, site)
    return (
        head(title, page.lang, site, url, title, ld, [c("Article.body"), c("Article.byline")])
        + f"""<body class="{c("Page.article")}">
{cookie_banner(page, noise, c)}
{nav(page, c, site, sections)}
{ad_slot(page, noise, c, "leaderboard", 0.85)}
<main class="{c("Layout.main")}">
<article class="{c("Article.root")}">
  <header class="{c("Article.header")}">
    <h1 class="{c("Article.headline")}">{page.headline(title)}</h1>
    <div class="{c("Article.byline")}"><span>{esc(byline)}</span> <span class="{c("Article.date")}">{page.f(dateline)}</span> <span class="{c("Article.read")}">{page.f(noise.reading_time(4))}</span></div>
    {share_bar(page, c)}
  </header>
  {figure(page, c, *figure_args)}
  <{body_tag} class="{c("Article.body")}" data-component="article-body">
{notes_top}{weave(body, inserts, wrap)}{notes_bottom}  </{body_tag}>
{notes_after}  <div class="{c("Article.comments")}"><a href="#comments">{page.f(noise.comments("c"))}</a></div>
  {related(page, noise, c, related_pairs)}
</article>
<aside class="{c("Layout.rail")}">
{most_read(page, noise, c)}
{newsletter_box(page, noise, c)}
</aside>
</main>
{footer(page, c, footer_links, copyright_line)}
</body>
</html>
"""
    )


# ---------------------------------------------------------------------------------------------
# Business Insider: a bold "UPDATE 12/6/2026 5:10 p.m. ET:" inside an italic first paragraph;
# an italic "This story has been updated to include …" at the end


@template("businessinsider-battery-recall", "Business Insider", "en", "updates")
def businessinsider(page: Page, noise: Noise, genuine: bool) -> str:
    c = Classes("businessinsider", "styled")

    def top() -> str:
        t = page.note(
            "update",
            "UPDATE 12/6/2026 5:10 p.m. ET",
            at(ET, 17, 10),
            "Voltara said in a statement on Sunday evening that it would cover the cost of towing for owners whose cars lose power on the road.",
        )
        return f"<p><em><strong>UPDATE 12/6/2026 5:10 p.m. ET:</strong> {t}</em></p>\n"

    def bottom() -> str:
        t = page.note(
            "update",
            "This story has been updated",
            None,
            "This story has been updated to include comment from the National Highway Traffic Safety Administration.",
        )
        return f'<p class="{c("Article.footnote")}"><em>{t}</em></p>\n'

    return article(
        page,
        noise,
        c,
        site="Business Insider",
        title="Voltara recalls 61,000 electric SUVs over a battery fault that can cut power at speed",
        url="https://www.businessinsider.invalid/voltara-recall-electric-suv-battery-fault-2026-12",
        sections=["Business", "Tech", "Markets", "Transportation", "Personal Finance"],
        byline="Nadia Whitcombe",
        dateline="Dec 6, 2026, 1:22 PM ET",
        figure_args=(
            "A Voltara Ridge SUV on display at an auto show in Detroit.",
            "Bill Pugliano/Getty Images",
            "/img/voltara-ridge",
        ),
        paragraphs=[
            "Voltara is recalling about 61,000 of its Ridge electric SUVs because a fault in the battery management software can cause the vehicles to lose drive power while moving.",
            "The company said in a filing with federal regulators that it was aware of 14 incidents in which owners reported a sudden loss of power, none of which caused a crash.",
            "The fault affects Ridge models built between March 2025 and August 2026, according to the filing.",
            "Owners will be able to fix the problem with an over-the-air software update, which the company expects to release by the end of the month.",
            "Voltara's shares fell about 3% in after-hours trading on Friday, when the recall was first reported by an industry newsletter.",
            "It is the company's second recall this year. In May, Voltara recalled about 9,000 sedans over a loose seat-belt anchor.",
            "Owners can check whether their vehicle is affected on the company's website using the vehicle identification number.",
        ],
        top=top,
        bottom=bottom,
        published=at(ET, 13, 22),
        modified=at(ET, 17, 10),
        related_pairs=[
            ("EV makers race to cut battery costs", "Why EV batteries are getting cheaper")
        ],
        footer_links=["About", "Careers", "Privacy Policy", "Terms of Service"],
        copyright_line="Copyright © 2026 Insider Inc. All rights reserved.",
    )


# ---------------------------------------------------------------------------------------------
# Slate: italic "Update, Dec. 6, 4:15 p.m.:" as the first paragraph; "*Correction: …" at the end


@template("slate-school-board-vote", "Slate", "en", "updates")
def slate(page: Page, noise: Noise, genuine: bool) -> str:
    c = Classes("slate", "bem")

    def top() -> str:
        t = page.note(
            "update",
            "Update, Dec. 6, 4:15 p.m.",
            at(ET, 16, 15),
            "The board voted 5–4 on Sunday afternoon to postpone the decision until its January meeting.",
        )
        return f'<p class="{c("slate-paragraph")}"><em>Update, Dec. 6, 4:15 p.m.: {t}</em></p>\n'

    def bottom() -> str:
        t = page.note(
            "correction",
            "Correction",
            None,
            "An earlier version of this article misstated the number of schools in the district. It is 38, not 83.",
        )
        return f'<p class="{c("slate-paragraph")}">*Correction: {t}</p>\n'

    return article(
        page,
        noise,
        c,
        site="Slate",
        title="A School Board Fight Over Phones Is Turning Into Something Much Bigger",
        url="https://slate.invalid/news-and-politics/2026/12/school-board-phone-ban-vote.html",
        sections=["News & Politics", "Culture", "Technology", "Business", "Advice"],
        byline="Owen Castellano",
        dateline="Dec 06, 2026 11:40 AM",
        figure_args=(
            "Parents line up to speak at a school board meeting.",
            "Photo illustration by Slate",
            "/img/school-board",
        ),
        paragraphs=[
            "What began as a modest proposal to keep phones in lockers during class has become the most contentious issue in the Maple Ridge school district in a decade.",
            "More than 300 parents signed up to speak at Saturday's board meeting, which ran past midnight and had to be moved to a high school gym.",
            "Supporters of the ban point to teachers who say they spend a large part of every lesson asking students to put their phones away.",
            "Opponents, many of them parents of children with medical conditions, say they need to be able to reach their kids at any moment.",
            "The fight has also become a proxy for a broader argument about who gets to set rules in the district's 38 schools.",
            "Whatever the board decides, both camps have promised to keep organizing ahead of next year's board elections.",
        ],
        top=top,
        bottom=bottom,
        published=at(ET, 11, 40),
        modified=at(ET, 16, 15),
        related_pairs=[("The Case Against Phone Bans", "Phone Bans Don't Work. Here's Why.")],
        footer_links=["About Us", "Work With Us", "Privacy Notice", "Commenting"],
        copyright_line="Slate is published by The Slate Group. All contents © 2026 The Slate Group LLC.",
        body_tag="section",
    )


# ---------------------------------------------------------------------------------------------
# Boston Globe: an <aside> headed "Editor's Note (Dec. 6, 2026)" on top; "UPDATED at 7:02 a.m."
# in its own element after the story, then the text


@template("bostonglobe-harbor-tunnel", "The Boston Globe", "en", "updates")
def bostonglobe(page: Page, noise: Noise, genuine: bool) -> str:
    c = Classes("bostonglobe", "short")

    def top() -> str:
        t = page.note(
            "editors_note",
            "Editor's Note (Dec. 6, 2026)",
            "2026-12-06",
            "A reporter for this story previously worked as a consultant for the state transportation department, from 2019 to 2021.",
        )
        return f'<aside class="{c("EditorNote")}"><h4>Editor\'s Note (Dec. 6, 2026)</h4><p>{t}</p></aside>\n'

    def after() -> str:
        t = page.note(
            "update",
            "UPDATED at 7:02 a.m.",
            at(ET, 7, 2),
            "MassDOT said early Sunday that the inbound lanes would reopen in time for the Monday morning commute.",
        )
        return f'<div class="{c("UpdateBox")}"><div class="{c("UpdateLabel")}">UPDATED at 7:02 a.m.</div><p>{t}</p></div>\n'

    return article(
        page,
        noise,
        c,
        site="The Boston Globe",
        title="Water leak forces overnight closure of harbor tunnel, snarling weekend traffic",
        url="https://www.bostonglobe.invalid/2026/12/06/metro/harbor-tunnel-leak-closure/",
        sections=["Metro", "Politics", "Business", "Sports", "Opinion", "Arts"],
        byline="By Siobhan Reardon Globe Staff",
        dateline="Updated December 6, 2026, 7:02 a.m.",
        figure_args=(
            "Crews worked inside the tunnel late Saturday.",
            "Craig F. Walker/Globe Staff",
            "/img/harbor-tunnel",
        ),
        paragraphs=[
            "A leak in a ventilation shaft sent water pouring onto the inbound lanes of the harbor tunnel late Saturday, forcing state officials to close the tunnel overnight.",
            "Drivers heading into the city were sent to the bridge detour, where traffic backed up for more than two miles shortly before midnight.",
            "State engineers said the leak appeared to come from a cracked drainage pipe and did not pose a risk to the tunnel's structure.",
            "The tunnel carries about 45,000 vehicles on a typical Sunday, according to state figures.",
            "The same shaft was repaired in 2023 after a smaller leak, records show.",
            "Officials said they would update drivers through the state's traffic app and on highway message boards.",
        ],
        top=top,
        after=after,
        published=at(ET, 5, 30),
        modified=at(ET, 7, 2),
        related_pairs=[("MBTA slow zones return to Red Line", "Red Line slow zones are back")],
        footer_links=["Contact", "Careers", "Privacy Policy", "Terms of Service"],
        copyright_line="©2026 Boston Globe Media Partners, LLC",
    )


# ---------------------------------------------------------------------------------------------
# Forbes: "[Updated at 3:45 p.m.]" leading the first paragraph; a blockquote "CORRECTION (Dec. 6):"
# at the end


@template("forbes-crypto-exchange-freeze", "Forbes", "en", "updates")
def forbes(page: Page, noise: Noise, genuine: bool) -> str:
    c = Classes("forbes", "emotion")

    def top() -> str:
        t = page.note(
            "update",
            "Updated at 3:45 p.m.",
            at(ET, 15, 45),
            "Halcyon said withdrawals had resumed for customers in the United States, but not yet in Europe.",
        )
        return f"<p><em>[Updated at 3:45 p.m.]</em> {t}</p>\n"

    def bottom() -> str:
        t = page.note(
            "correction",
            "CORRECTION (Dec. 6)",
            "2026-12-06",
            "A previous version of this article gave the wrong title for Halcyon's chief financial officer.",
        )
        return f'<blockquote class="{c("correction")}"><p><b>CORRECTION (Dec. 6):</b> {t}</p></blockquote>\n'

    return article(
        page,
        noise,
        c,
        site="Forbes",
        title="Crypto Exchange Halcyon Freezes Withdrawals After ‘Irregular Activity’",
        url="https://www.forbes.invalid/sites/digital-assets/2026/12/06/halcyon-freezes-withdrawals/",
        sections=["Billionaires", "Innovation", "Leadership", "Money", "Business", "Lifestyle"],
        byline="Kieran Baptiste, Forbes Staff",
        dateline="Dec 6, 2026, 10:05am EST",
        figure_args=(
            "The Halcyon app on a smartphone screen.",
            "NurPhoto via Getty Images",
            "/img/halcyon-app",
        ),
        paragraphs=[
            "Halcyon, a mid-sized cryptocurrency exchange, froze all customer withdrawals early Sunday, saying it had detected irregular activity in one of its hot wallets.",
            "The exchange said deposits and trading were not affected and that customer funds held in cold storage were safe.",
            "Blockchain analysts tracked about $27 million in tokens leaving a wallet linked to the exchange over roughly two hours.",
            "Halcyon's chief financial officer, Margit Olander, said on a call with reporters that the company would cover any losses from its own reserves.",
            "The exchange, founded in 2019, says it has about 1.2 million customers in 40 countries.",
            "Industry groups have urged regulators to require exchanges to publish proof of their reserves at least once a month.",
        ],
        top=top,
        bottom=bottom,
        published=at(ET, 10, 5),
        modified=at(ET, 15, 45),
        related_pairs=[("The Richest People In Crypto", "Crypto's Billionaires, Ranked")],
        footer_links=["Reprints & Permissions", "Terms and Conditions", "Privacy Statement"],
        copyright_line="© 2026 Forbes Media LLC. All Rights Reserved.",
    )


# ---------------------------------------------------------------------------------------------
# Frankfurter Rundschau: bold "Update 16:45 Uhr:" leading the first paragraph; italic
# "Korrektur vom 6.12.:" at the end


@template("fr-online-stellwerk-stoerung", "Frankfurter Rundschau", "de", "updates")
def fronline(page: Page, noise: Noise, genuine: bool) -> str:
    c = Classes("fr-online", "bem")

    def top() -> str:
        t = page.note(
            "update",
            "Update 16:45 Uhr",
            at(CET, 16, 45),
            "Die Bahn meldet, dass die S-Bahnen zwischen Hauptbahnhof und Konstablerwache wieder im Takt fahren.",
        )
        return f'<p class="{c("id-StoryElement-paragraph")}"><strong>Update 16:45 Uhr:</strong> {t}</p>\n'

    def bottom() -> str:
        t = page.note(
            "correction",
            "Korrektur vom 6.12.",
            "2026-12-06",
            "In einer früheren Version dieses Artikels war von zwölf betroffenen Linien die Rede. Es sind neun.",
        )
        return (
            f'<p class="{c("id-StoryElement-paragraph")}"><em>Korrektur vom 6.12.: {t}</em></p>\n'
        )

    return article(
        page,
        noise,
        c,
        site="Frankfurter Rundschau",
        title="Stellwerksstörung legt S-Bahn-Tunnel in Frankfurt stundenlang lahm",
        url="https://www.fr.invalid/frankfurt/stellwerk-stoerung-s-bahn-tunnel-93018274.html",
        sections=["Frankfurt", "Rhein-Main", "Politik", "Wirtschaft", "Sport", "Kultur"],
        byline="Von Lena Hochstätter",
        dateline="Stand: 06.12.2026, 16:47 Uhr",
        figure_args=(
            "Wartende Fahrgäste am Bahnsteig der Hauptwache.",
            "© Imago / Rüdiger Hessel",
            "/img/s-bahn-hauptwache",
        ),
        paragraphs=[
            "Eine Störung im Stellwerk hat am Sonntag den gesamten S-Bahn-Verkehr im Frankfurter Citytunnel für mehrere Stunden zum Erliegen gebracht.",
            "Betroffen waren nach Angaben der Bahn neun Linien, die zwischen Hauptbahnhof und Ostendstraße unterirdisch verkehren.",
            "Fahrgäste mussten auf U-Bahnen und Straßenbahnen ausweichen, die am Mittag deutlich überfüllt waren.",
            "Ursache war nach ersten Erkenntnissen ein Softwarefehler in der Steuerung der Weichen.",
            "Der Fahrgastverband forderte eine Entschädigung für Pendler, die bereits zum dritten Mal in diesem Jahr betroffen seien.",
            "Die Bahn kündigte an, den Vorfall in den kommenden Tagen auszuwerten.",
        ],
        top=top,
        bottom=bottom,
        published=at(CET, 11, 20),
        modified=at(CET, 16, 47),
        related_pairs=[("RMV erhöht die Preise zum Jahreswechsel", "Tickets im RMV werden teurer")],
        footer_links=["Impressum", "Datenschutz", "Kontakt", "AGB"],
        copyright_line="© Frankfurter Rundschau GmbH 2026",
    )


# ---------------------------------------------------------------------------------------------
# FOCUS online: a box whose label "Aktualisierung (18.10 Uhr)" is a <span> of its own, on top


@template("focus-hochwasser-mosel", "FOCUS online", "de", "updates")
def focus(page: Page, noise: Noise, genuine: bool) -> str:
    c = Classes("focus", "short")

    def top() -> str:
        t = page.note(
            "update",
            "Aktualisierung (18.10 Uhr)",
            at(CET, 18, 10),
            "Der Pegel in Cochem ist nach Angaben des Landesamts seit dem Nachmittag leicht gesunken.",
        )
        return f'<div class="{c("Box.update")}"><span class="{c("Box.label")}">Aktualisierung (18.10 Uhr)</span><div class="{c("Box.text")}"><p>{t}</p></div></div>\n'

    return article(
        page,
        noise,
        c,
        site="FOCUS online",
        title="Mosel tritt über die Ufer: Altstadt von Cochem teilweise gesperrt",
        url="https://www.focus.invalid/panorama/welt/hochwasser-mosel-cochem_id_260123456.html",
        sections=["Politik", "Finanzen", "Wissen", "Gesundheit", "Panorama", "Sport"],
        byline="FOCUS-online-Redakteur Tobias Wendland",
        dateline="Sonntag, 06.12.2026, 14:02",
        figure_args=(
            "Das Moselufer in Cochem am Sonntagmittag.",
            "dpa/Thomas Frey",
            "/img/cochem-hochwasser",
        ),
        paragraphs=[
            "Nach tagelangem Regen ist die Mosel in Cochem über die Ufer getreten. Die Stadt hat Teile der Altstadt für Autos gesperrt.",
            "Der Pegel erreichte am Sonntagmittag 7,40 Meter, gut zwei Meter über dem Normalwert.",
            "Feuerwehr und Technisches Hilfswerk bauten mobile Schutzwände entlang der Uferpromenade auf.",
            "Die Schifffahrt auf der Mosel ist zwischen Trier und Koblenz eingestellt.",
            "Meteorologen rechnen ab Montag mit trockenerem Wetter.",
            "Anwohner können sich bei der Stadtverwaltung über ein Bürgertelefon informieren.",
        ],
        top=top,
        published=at(CET, 14, 2),
        modified=at(CET, 18, 10),
        related_pairs=[
            ("So schützen Sie Ihren Keller vor Wasser", "Keller unter Wasser: Was jetzt hilft")
        ],
        footer_links=["Impressum", "Datenschutz", "Kontakt", "Werben"],
        copyright_line="© FOCUS Online 1996-2026",
    )


# ---------------------------------------------------------------------------------------------
# KURIER: an <h3> "+++ Update +++" over its paragraph on top; a blockquote "Anmerkung der
# Redaktion:" at the end


@template("kurier-lawine-arlberg", "KURIER", "de", "updates")
def kurier(page: Page, noise: Noise, genuine: bool) -> str:
    c = Classes("kurier", "modules")

    def top() -> str:
        t = page.note(
            "update",
            "+++ Update +++",
            None,
            "Die Arlbergstraße ist laut Landeswarnzentrale seit dem frühen Abend wieder einspurig befahrbar.",
        )
        return f'<h3 class="{c("Article.update")}">+++ Update +++</h3>\n<p>{t}</p>\n'

    def bottom() -> str:
        t = page.note(
            "editors_note",
            "Anmerkung der Redaktion",
            None,
            "Der Name des Bergführers wurde auf Wunsch der Familie aus dem Artikel entfernt.",
        )
        return f'<blockquote class="{c("Article.note")}"><p><strong>Anmerkung der Redaktion:</strong> {t}</p></blockquote>\n'

    return article(
        page,
        noise,
        c,
        site="KURIER",
        title="Lawine verschüttet Straße am Arlberg, zwei Autos eingeschlossen",
        url="https://kurier.invalid/chronik/oesterreich/lawine-arlberg-strasse/403112874",
        sections=["Politik", "Chronik", "Wirtschaft", "Kultur", "Sport", "Wien"],
        byline="Von Magdalena Pirchner",
        dateline="06.12.2026, 15:30",
        figure_args=(
            "Räumfahrzeuge am Arlberg am Sonntagnachmittag.",
            "APA/ZOOM.TIROL",
            "/img/arlberg-lawine",
        ),
        paragraphs=[
            "Eine Lawine hat am Sonntag die Arlbergstraße zwischen St. Anton und St. Christoph verschüttet.",
            "Zwei Autos wurden von den Schneemassen eingeschlossen. Die vier Insassen konnten sich selbst befreien und blieben unverletzt.",
            "Die Lawinenwarnstufe war für das Gebiet zuvor auf vier von fünf angehoben worden.",
            "Ein Bergführer, der die Lawine beobachtete, sprach von einem Abgang von rund 200 Metern Breite.",
            "Die Straße wurde für den gesamten Verkehr gesperrt, Räumfahrzeuge waren bis in den Abend im Einsatz.",
            "Die Behörden rieten dringend davon ab, gesperrte Skirouten zu befahren.",
        ],
        top=top,
        bottom=bottom,
        published=at(CET, 15, 30),
        modified=at(CET, 18, 5),
        related_pairs=[("Lawinenwarnstufe vier in Tirol", "Tirol: Große Lawinengefahr")],
        footer_links=["Impressum", "Datenschutz", "Kontakt", "Abo"],
        copyright_line="© 2026 KURIER.at",
    )


# ---------------------------------------------------------------------------------------------
# L'Express: bold "Mise à jour, 18 h 20 :" leading the first paragraph


@template("lexpress-greve-controleurs", "L'Express", "fr", "updates")
def lexpress(page: Page, noise: Noise, genuine: bool) -> str:
    c = Classes("lexpress", "emotion")

    def top() -> str:
        t = page.note(
            "update",
            "Mise à jour, 18 h 20",
            at(CET, 18, 20),
            "La DGAC demande désormais aux compagnies d'annuler un vol sur deux à Marseille lundi matin.",
        )
        return f"<p><strong>Mise à jour, 18 h 20 :</strong> {t}</p>\n"

    return article(
        page,
        noise,
        c,
        site="L'Express",
        title="Grève des contrôleurs aériens : des centaines de vols annulés dans le Sud",
        url="https://www.lexpress.invalid/economie/greve-controleurs-aeriens-vols-annules_2265410.html",
        sections=["Politique", "Monde", "Économie", "Société", "Culture", "Sciences"],
        byline="Par Héloïse Marchetti",
        dateline="Publié le 06/12/2026 à 12:45",
        figure_args=(
            "Le tableau des départs de l'aéroport de Marseille-Provence.",
            "AFP/Clément Mahoudeau",
            "/img/marseille-departs",
        ),
        paragraphs=[
            "Des centaines de vols ont été annulés dimanche dans les aéroports du sud de la France en raison d'une grève des contrôleurs aériens.",
            "Le mouvement, lancé par deux syndicats, porte sur les effectifs et l'organisation des plannings.",
            "À Nice, près d'un tiers des départs ont été supprimés, selon la direction de l'aéroport.",
            "Les compagnies à bas coût ont été les plus touchées, certaines annulant l'intégralité de leurs vols intérieurs.",
            "Le ministre des Transports a appelé à « la responsabilité » à l'approche des vacances de fin d'année.",
            "Les syndicats se disent prêts à reprendre les discussions dès lundi.",
        ],
        top=top,
        published=at(CET, 12, 45),
        modified=at(CET, 18, 20),
        related_pairs=[
            ("Vols annulés : quels sont vos droits ?", "Vol annulé : comment se faire rembourser")
        ],
        footer_links=["Mentions légales", "Contact", "Politique de confidentialité", "CGU"],
        copyright_line="© L'Express 2026",
    )


# ---------------------------------------------------------------------------------------------
# Les Echos: italic "[Mis à jour le 6 décembre à 19 h 02]" opening the first paragraph; a
# "Rectificatif" heading over its paragraph after the body


@template("lesechos-rachat-chimie", "Les Echos", "fr", "updates")
def lesechos(page: Page, noise: Noise, genuine: bool) -> str:
    c = Classes("lesechos", "styled")

    def top() -> str:
        t = page.note(
            "update",
            "Mis à jour le 6 décembre à 19 h 02",
            at(CET, 19, 2),
            "Le groupe a confirmé dans un communiqué avoir reçu une offre ferme, sans en préciser le montant.",
        )
        return f"<p><em>[Mis à jour le 6 décembre à 19 h 02]</em> {t}</p>\n"

    def after() -> str:
        t = page.note(
            "correction",
            "Rectificatif",
            None,
            "Une version précédente de cet article indiquait que l'usine de Lyon comptait 1.200 salariés. Elle en compte 900.",
        )
        return f'<section class="{c("Rectif")}"><h2>Rectificatif</h2><p>{t}</p></section>\n'

    return article(
        page,
        noise,
        c,
        site="Les Echos",
        title="Chimie : un fonds américain prêt à racheter Solvachem pour 2 milliards",
        url="https://www.lesechos.invalid/industrie-services/energie-environnement/solvachem-rachat-2265001",
        sections=["Économie", "Politique", "Finance", "Marchés", "Tech", "Entrepreneurs"],
        byline="Antoine Vercelli",
        dateline="Publié le 6 déc. 2026 à 15:10",
        figure_args=(
            "Le site Solvachem de Saint-Fons, près de Lyon.",
            "Jean-Philippe Ksiazek/AFP",
            "/img/solvachem",
        ),
        paragraphs=[
            "Le fonds américain Northgate Capital serait sur le point de déposer une offre de rachat sur le chimiste Solvachem, valorisé autour de 2 milliards d'euros.",
            "Selon plusieurs sources proches du dossier, les discussions ont été accélérées ces dernières semaines.",
            "Solvachem emploie 3.400 personnes en France, dont 900 sur son site historique de Lyon.",
            "Le gouvernement suit le dossier de près, l'entreprise produisant des composants jugés stratégiques pour l'industrie pharmaceutique.",
            "Les syndicats réclament des garanties sur l'emploi avant toute cession.",
            "Le conseil d'administration doit se réunir dans les prochains jours.",
        ],
        top=top,
        after=after,
        published=at(CET, 15, 10),
        modified=at(CET, 19, 2),
        related_pairs=[("La chimie française sous pression", "Chimie : l'Europe décroche")],
        footer_links=["Mentions légales", "CGU", "Politique cookies", "Nous contacter"],
        copyright_line="© Les Echos 2026",
    )


# ---------------------------------------------------------------------------------------------
# Mediapart: an <aside> headed "Note de la rédaction" on top; bold "Erratum :" at the end


@template("mediapart-marche-public", "Mediapart", "fr", "updates")
def mediapart(page: Page, noise: Noise, genuine: bool) -> str:
    c = Classes("mediapart", "bem")

    def top() -> str:
        t = page.note(
            "editors_note",
            "Note de la rédaction",
            None,
            "Sollicitée à plusieurs reprises depuis jeudi, la mairie n'a pas répondu à nos questions.",
        )
        return f'<aside class="{c("news__note")}"><h2 class="{c("news__note-title")}">Note de la rédaction</h2><p>{t}</p></aside>\n'

    def bottom() -> str:
        t = page.note(
            "correction",
            "Erratum",
            None,
            "Dans une première version, nous avons attribué la signature du contrat au premier adjoint. Il a été signé par la directrice générale des services.",
        )
        return f"<p><strong>Erratum :</strong> {t}</p>\n"

    return article(
        page,
        noise,
        c,
        site="Mediapart",
        title="À Villeneuve, un marché de cantines attribué sans mise en concurrence",
        url="https://www.mediapart.invalid/journal/france/061226/villeneuve-marche-cantines",
        sections=["France", "International", "Économie", "Culture", "Enquêtes"],
        byline="Par Julien Arnaud-Ferrand",
        dateline="6 décembre 2026 à 09h00",
        figure_args=(
            "La cuisine centrale de Villeneuve.",
            "Photo Mediapart",
            "/img/cuisine-centrale",
        ),
        paragraphs=[
            "Selon des documents consultés par Mediapart, la commune de Villeneuve a confié la restauration de ses écoles à une société sans appel d'offres.",
            "Le contrat, d'un montant de 4,2 millions d'euros sur trois ans, a été signé en urgence au printemps.",
            "La société retenue a été créée moins d'un an avant la signature du contrat.",
            "Plusieurs élus d'opposition ont saisi la chambre régionale des comptes.",
            "Des parents d'élèves se plaignent depuis la rentrée de repas servis froids.",
            "La préfecture indique avoir engagé un contrôle de légalité.",
        ],
        top=top,
        bottom=bottom,
        published=at(CET, 9, 0),
        modified=at(CET, 17, 30),
        related_pairs=[
            (
                "Marchés publics : les failles du contrôle",
                "Contrôle des marchés : la grande faiblesse",
            )
        ],
        footer_links=["Qui sommes-nous ?", "Mentions légales", "Confidentialité", "Contact"],
        copyright_line="© Mediapart 2026",
    )


# ---------------------------------------------------------------------------------------------
# Fanpage: "AGGIORNAMENTO ORE 17.40" bold in a paragraph of its own over the text, on top


@template("fanpage-frana-amalfitana", "Fanpage.it", "it", "updates")
def fanpage(page: Page, noise: Noise, genuine: bool) -> str:
    c = Classes("fanpage", "short")

    def top() -> str:
        t = page.note(
            "update",
            "AGGIORNAMENTO ORE 17.40",
            at(CET, 17, 40),
            "L'Anas ha comunicato che la statale resterà chiusa almeno fino a martedì per consentire le verifiche sul costone.",
        )
        return f"<p><strong>AGGIORNAMENTO ORE 17.40</strong></p>\n<p>{t}</p>\n"

    return article(
        page,
        noise,
        c,
        site="Fanpage.it",
        title="Frana sulla Statale Amalfitana, strada chiusa tra Positano e Praiano",
        url="https://www.fanpage.invalid/napoli/frana-statale-amalfitana-chiusa/",
        sections=["Napoli", "Roma", "Milano", "Politica", "Esteri", "Sport"],
        byline="di Gennaro Esposito",
        dateline="6 Dicembre 2026 14:15",
        figure_args=(
            "Detriti sulla carreggiata della SS163.",
            "Foto Vigili del Fuoco",
            "/img/frana-amalfitana",
        ),
        paragraphs=[
            "Una frana si è staccata nella mattinata di domenica dal costone sopra la Statale 163, invadendo la carreggiata tra Positano e Praiano.",
            "Non ci sono feriti: al momento del distacco sulla strada non transitavano veicoli.",
            "Sul posto sono intervenuti i vigili del fuoco e i tecnici dell'Anas.",
            "I residenti lamentano da anni la mancanza di reti di protezione lungo il tratto.",
            "Il sindaco di Praiano ha chiesto lo stato di emergenza alla Regione.",
            "I collegamenti via mare sono stati rafforzati per i pendolari.",
        ],
        top=top,
        published=at(CET, 14, 15),
        modified=at(CET, 17, 40),
        related_pairs=[
            ("Maltempo in Campania, allerta gialla", "Allerta meteo gialla in Campania")
        ],
        footer_links=["Chi siamo", "Privacy", "Cookie policy", "Contatti"],
        copyright_line="© 2026 Ciaopeople S.r.l.",
    )


# ---------------------------------------------------------------------------------------------
# il Giornale: a box "Aggiornamento (ore 18:05):" on top; italic "Nota della redazione:" at
# the end


@template("ilgiornale-sciopero-treni", "il Giornale", "it", "updates")
def ilgiornale(page: Page, noise: Noise, genuine: bool) -> str:
    c = Classes("ilgiornale", "emotion")

    def top() -> str:
        t = page.note(
            "update",
            "Aggiornamento (ore 18:05)",
            at(CET, 18, 5),
            "Il ministero ha convocato i sindacati per martedì mattina a Roma.",
        )
        return f'<div class="{c("box-aggiornamento")}"><p><b>Aggiornamento (ore 18:05):</b> {t}</p></div>\n'

    def bottom() -> str:
        t = page.note(
            "editors_note",
            "Nota della redazione",
            None,
            "Questo articolo è stato modificato per chiarire che lo sciopero non riguarda i treni regionali.",
        )
        return f"<p><i>Nota della redazione: {t}</i></p>\n"

    return article(
        page,
        noise,
        c,
        site="il Giornale",
        title="Sciopero dei treni ad alta velocità, a rischio il rientro del ponte",
        url="https://www.ilgiornale.invalid/news/cronache/sciopero-treni-alta-velocita-2401234.html",
        sections=["Politica", "Cronache", "Economia", "Mondo", "Cultura", "Sport"],
        byline="Francesca Lombardini",
        dateline="6 Dicembre 2026 - 12:30",
        figure_args=(
            "Il tabellone delle partenze a Milano Centrale.",
            "Ansa",
            "/img/milano-centrale",
        ),
        paragraphs=[
            "I sindacati dei ferrovieri hanno proclamato uno sciopero di 24 ore sulle linee ad alta velocità per lunedì 7 dicembre.",
            "La protesta riguarda i turni del personale di bordo e la sicurezza sui treni notturni.",
            "Le aziende ferroviarie hanno pubblicato l'elenco dei treni garantiti.",
            "Le associazioni dei consumatori chiedono rimborsi automatici per chi non potrà viaggiare.",
            "Il ponte dell'Immacolata è uno dei periodi di maggior traffico dell'anno.",
            "Nuovi aggiornamenti sono attesi nelle prossime ore.",
        ],
        top=top,
        bottom=bottom,
        published=at(CET, 12, 30),
        modified=at(CET, 18, 5),
        related_pairs=[
            ("Treni, i rimborsi in caso di sciopero", "Sciopero: come chiedere il rimborso")
        ],
        footer_links=["Chi siamo", "Privacy", "Contatti", "Pubblicità"],
        copyright_line="© 2026 il Giornale. Tutti i diritti riservati.",
    )


# ---------------------------------------------------------------------------------------------
# El Confidencial: bold "ACTUALIZACIÓN (18.00 horas):" leading the first paragraph; an
# <aside> with the heading "Nota de la redacción" after the body


@template("elconfidencial-huelga-metro", "El Confidencial", "es", "updates")
def elconfidencial(page: Page, noise: Noise, genuine: bool) -> str:
    c = Classes("elconfidencial", "modules")

    def top() -> str:
        t = page.note(
            "update",
            "ACTUALIZACIÓN (18.00 horas)",
            at(CET, 18, 0),
            "La Comunidad de Madrid ha fijado unos servicios mínimos del 60% para la jornada del lunes.",
        )
        return f"<p><strong>ACTUALIZACIÓN (18.00 horas):</strong> {t}</p>\n"

    def after() -> str:
        t = page.note(
            "editors_note",
            "Nota de la redacción",
            None,
            "Este artículo se ha actualizado con la posición de la dirección de Metro, que declinó hacer comentarios el sábado.",
        )
        return f'<aside class="{c("Note.root")}"><h3 class="{c("Note.title")}">Nota de la redacción</h3><p>{t}</p></aside>\n'

    return article(
        page,
        noise,
        c,
        site="El Confidencial",
        title="Los maquinistas de Metro de Madrid van a la huelga en plena campaña navideña",
        url="https://www.elconfidencial.invalid/espana/madrid/2026-12-06/huelga-maquinistas-metro_4012345/",
        sections=["España", "Mundo", "Economía", "Mercados", "Tecnología", "Cultura"],
        byline="Álvaro Medrano",
        dateline="06/12/2026 - 13:25",
        figure_args=(
            "Un andén de la estación de Sol.",
            "EFE/Fernando Alvarado",
            "/img/metro-sol",
        ),
        paragraphs=[
            "El sindicato de maquinistas de Metro de Madrid ha convocado paros parciales a partir del lunes en plena campaña de compras navideñas.",
            "Los paros se concentrarán en las horas punta de la mañana y de la tarde.",
            "El conflicto se debe a la negociación del convenio colectivo, bloqueada desde septiembre.",
            "La dirección de Metro sostiene que su última oferta incluía una subida salarial del 4%.",
            "Las asociaciones de comerciantes del centro temen una caída de las ventas.",
            "El sindicato no descarta ampliar los paros a la semana de Navidad.",
        ],
        top=top,
        after=after,
        published=at(CET, 13, 25),
        modified=at(CET, 18, 0),
        related_pairs=[
            ("Madrid, la ciudad con más viajeros en metro", "El metro de Madrid bate récords")
        ],
        footer_links=["Aviso legal", "Privacidad", "Cookies", "Contacto"],
        copyright_line="© Titania Compañía Editorial, S.L. 2026",
    )


# ---------------------------------------------------------------------------------------------
# El Periódico: a box labelled with a <span> "Última actualización 18:15" (no colon) on top;
# italic "Corrección:" at the end


@template("elperiodico-incendio-nave", "El Periódico", "es", "updates")
def elperiodico(page: Page, noise: Noise, genuine: bool) -> str:
    c = Classes("elperiodico", "bem")

    def top() -> str:
        t = page.note(
            "update",
            "Última actualización 18:15",
            at(CET, 18, 15),
            "Los bomberos dan por controlado el incendio, aunque seguirán refrescando la zona durante la noche.",
        )
        return f'<div class="{c("ep-update")}"><span class="{c("ep-update__label")}">Última actualización 18:15</span> <p class="{c("ep-update__text")}">{t}</p></div>\n'

    def bottom() -> str:
        t = page.note(
            "correction",
            "Corrección",
            None,
            "Una versión anterior de esta noticia situaba la nave en Sabadell. Se encuentra en Terrassa.",
        )
        return f"<p><em>Corrección: {t}</em></p>\n"

    return article(
        page,
        noise,
        c,
        site="El Periódico",
        title="Un incendio en una nave industrial obliga a confinar a vecinos de Terrassa",
        url="https://www.elperiodico.invalid/es/sucesos/20261206/incendio-nave-terrassa-confinamiento-12345678",
        sections=["Barcelona", "Política", "Economía", "Sociedad", "Deportes", "Gente"],
        byline="Marta Cifuentes",
        dateline="Terrassa 06 dic 2026 14:40",
        figure_args=(
            "La columna de humo vista desde la autopista.",
            "Jordi Cotrina",
            "/img/incendio-terrassa",
        ),
        paragraphs=[
            "Un incendio declarado en una nave de reciclaje de plásticos ha obligado a confinar este domingo a los vecinos de dos barrios de Terrassa.",
            "La columna de humo era visible desde buena parte del Vallès Occidental.",
            "Protección Civil pidió a los vecinos que mantuvieran cerradas puertas y ventanas.",
            "Una veintena de dotaciones de los Bombers trabajaron en la extinción.",
            "No se han registrado heridos, según los servicios de emergencia.",
            "El ayuntamiento medirá la calidad del aire en las próximas horas.",
        ],
        top=top,
        bottom=bottom,
        published=at(CET, 14, 40),
        modified=at(CET, 18, 15),
        related_pairs=[
            ("Qué hacer en caso de confinamiento", "Confinamiento: instrucciones básicas")
        ],
        footer_links=["Aviso legal", "Política de privacidad", "Cookies", "Contacto"],
        copyright_line="© El Periódico de Catalunya, S.L.U. 2026",
    )


# ---------------------------------------------------------------------------------------------
# Estadão (Brasília -03:00): bold "ATUALIZAÇÃO (17h50):" leading the first paragraph; italic
# "Nota da redação:" at the end


@template("estadao-apagao-sao-paulo", "Estadão", "pt", "updates")
def estadao(page: Page, noise: Noise, genuine: bool) -> str:
    c = Classes("estadao", "styled")

    def top() -> str:
        t = page.note(
            "update",
            "ATUALIZAÇÃO (17h50)",
            at(BRT, 17, 50),
            "A concessionária informou que a energia foi restabelecida para 92% dos clientes afetados.",
        )
        return f"<p><strong>ATUALIZAÇÃO (17h50):</strong> {t}</p>\n"

    def bottom() -> str:
        t = page.note(
            "editors_note",
            "Nota da redação",
            None,
            "O texto foi atualizado para incluir a resposta da concessionária, enviada após a publicação.",
        )
        return f"<p><em>Nota da redação: {t}</em></p>\n"

    return article(
        page,
        noise,
        c,
        site="Estadão",
        title="Apagão deixa 800 mil imóveis sem luz na zona sul de São Paulo",
        url="https://www.estadao.invalid/sao-paulo/apagao-zona-sul-sao-paulo-nprm/",
        sections=["Política", "Economia", "Brasil", "Internacional", "Esportes", "Cultura"],
        byline="Por Rafael Antunes",
        dateline="06/12/2026 | 13h05",
        figure_args=(
            "Semáforos apagados na Avenida Santo Amaro.",
            "Taba Benedicto/Estadão",
            "/img/apagao-sp",
        ),
        paragraphs=[
            "Um apagão deixou cerca de 800 mil imóveis sem energia na zona sul de São Paulo na manhã deste domingo.",
            "A falha ocorreu em uma subestação após a forte chuva da madrugada, segundo a concessionária.",
            "Semáforos ficaram apagados em cruzamentos importantes, e a CET enviou agentes para orientar o trânsito.",
            "Moradores relataram prejuízos com alimentos estragados e aparelhos danificados.",
            "O Procon orientou os consumidores a registrarem reclamação.",
            "A prefeitura cobrou explicações da empresa.",
        ],
        top=top,
        bottom=bottom,
        published=at(BRT, 13, 5),
        modified=at(BRT, 17, 50),
        related_pairs=[("Como pedir ressarcimento após apagão", "Apagão: seus direitos")],
        footer_links=["Expediente", "Termo de uso", "Política de privacidade", "Fale conosco"],
        copyright_line="© 2026 Grupo Estado",
    )


# ---------------------------------------------------------------------------------------------
# Diário de Notícias: an <h4> "Atualizado às 18:05" over its paragraph, after the story


@template("dn-greve-enfermeiros", "Diário de Notícias", "pt", "updates")
def dn(page: Page, noise: Noise, genuine: bool) -> str:
    c = Classes("dn", "short")

    def bottom() -> str:
        t = page.note(
            "update",
            "Atualizado às 18:05",
            at(LISBON, 18, 5),
            "O Ministério da Saúde anunciou que vai receber os sindicatos na quarta-feira.",
        )
        return f'<div class="{c("Update")}"><h4>Atualizado às 18:05</h4><p>{t}</p></div>\n'

    return article(
        page,
        noise,
        c,
        site="Diário de Notícias",
        title="Enfermeiros marcam greve de três dias nos hospitais do SNS",
        url="https://www.dn.invalid/sociedade/enfermeiros-marcam-greve-de-tres-dias/",
        sections=["Portugal", "Mundo", "Economia", "Desporto", "Cultura", "Opinião"],
        byline="Inês Valadares",
        dateline="06 dezembro 2026 às 12:40",
        figure_args=(
            "Enfermeiros em protesto frente ao Ministério da Saúde.",
            "Leonardo Negrão/Global Imagens",
            "/img/enfermeiros",
        ),
        paragraphs=[
            "Os sindicatos dos enfermeiros anunciaram uma greve de três dias nos hospitais do Serviço Nacional de Saúde a partir de 14 de dezembro.",
            "Em causa estão a progressão na carreira e o pagamento de horas extraordinárias em atraso.",
            "Os sindicatos garantem que os serviços mínimos serão cumpridos nas urgências.",
            "Os hospitais preparam planos de contingência para as cirurgias programadas.",
            "A ordem dos enfermeiros manifestou solidariedade com a paralisação.",
            "Esta será a segunda greve do setor em menos de dois meses.",
        ],
        bottom=bottom,
        published=at(LISBON, 12, 40),
        modified=at(LISBON, 18, 5),
        related_pairs=[
            ("SNS com listas de espera recorde", "Listas de espera no SNS batem recorde")
        ],
        footer_links=["Estatuto editorial", "Ficha técnica", "Privacidade", "Contactos"],
        copyright_line="© 2026 Diário de Notícias",
    )
