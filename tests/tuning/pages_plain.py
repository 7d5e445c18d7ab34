"""Four plain articles with no update block (one gains one in its history), one publisher's
markup each (invented text). Each carries a trap: a body paragraph that opens or speaks with a
marker word ("A atualização das rendas", "Nachtragshaushalt", "update", "Corrections"), or an
"Ultim'ora" ticker in the header."""

from __future__ import annotations

from kit import Page, esc, head, template
from noise import Noise

ET, CET, WET = "-05:00", "+01:00", "+00:00"


def ts(clock: str, zone: str) -> str:
    return f"2026-12-06T{clock}:00{zone}"


def items(p: Page, lines: list[str], li: str = "", a: str = "", href: str = "/") -> str:
    li_attr = f' class="{li}"' if li else ""
    a_attr = f' class="{a}"' if a else ""
    return "\n".join(
        f'<li{li_attr}><a{a_attr} href="{href}{i}">{p.fur(line)}</a></li>'
        for i, line in enumerate(lines, 1)
    )


def nav(labels: str) -> str:
    return "".join(
        f'<li><a href="/{label.lower().replace(" ", "-")}">{esc(label)}</a></li>'
        for label in labels.split("|")
    )


# ---------------------------------------------------------------------------------------------
# The Atlantic: CSS-modules class names, an essay, a paywall counter, an affiliate disclosure


@template("theatlantic-prison-libraries", "The Atlantic", "en", "plain")
def theatlantic(p: Page, n: Noise, genuine: bool) -> str:
    title = "The Quiet Fight Over Prison Libraries"
    body = p.body(
        [
            "Every other Tuesday, a retired schoolteacher named Harriet Osei pushes a squeaking cart of paperbacks through the east wing of the Pellman County jail. The cart holds about 200 books. The jail holds about 900 people.",
            "Corrections departments in at least 14 states have cut library budgets since 2023, according to a survey by the Prison Reading Alliance, a nonprofit that supplies donated books. In some facilities, the library is a single shelf in a dayroom.",
            'Officials say the cuts are about staffing, not books. "We can\'t open a room we can\'t supervise," one warden told me. "I\'d rather have the officer on the unit."',
            "The county's update to its contraband policy last year made things harder: hardcover books are now banned, as are books with spiral bindings, which rules out most of the donated textbooks Osei used to bring.",
            "Researchers have long argued that reading programs reduce violence inside and reoffending after release, though the evidence is thinner than advocates sometimes suggest. A 2019 study of three Midwestern prisons found modest effects that faded after two years.",
            "Osei does not cite studies. She talks about a man who asked for a dictionary and returned it four months later with every page thumbed soft.",
            '"He said he\'d read it cover to cover," she told me. "I believed him."',
        ]
    )
    para = p.mod("ArticleParagraph", "root")
    parts = []
    for i, text in enumerate(body):
        parts.append(f'<p class="{para}">{esc(text)}</p>')
        if i == 2:
            parts.append(
                f'<div class="{p.mod("ArticleInlineNewsletter", "root")}"><p class="{p.mod("ArticleInlineNewsletter", "text")}">{p.fur(n.newsletter())}</p><button>Sign Up</button></div>'
            )
        if i == 4:
            parts.append(
                f'<div class="{p.mod("ArticleAd", "root")}"><span class="{p.mod("ArticleAd", "label")}">Advertisement</span><a href="https://ads.invalid/atl">{p.fur(n.ad())}</a></div>'
            )
    left = n.pick(1, 3)
    return f"""<!DOCTYPE html>
<html lang="en">
{head(title, "A book cart, a volunteer, and a budget line that keeps shrinking.", "https://www.theatlantic.invalid/ideas/archive/2026/12/prison-libraries-budget-cuts/681204/", site="The Atlantic", lang_meta="en_US", published=ts("07:00", ET))}
<body>
<div class="{p.mod("ConsentBanner", "root")}"><p>{p.fur(n.cookie())}</p><button>Accept</button><button>Manage Preferences</button></div>
<header class="{p.mod("Header", "root")}"><a class="{p.mod("Header", "logo")}" href="/">The Atlantic</a>
<nav class="{p.mod("Header", "nav")}"><ul>{nav("Popular|Latest|Newsletters|Sections|Magazine|Audio|Books")}</ul></nav>
<a class="{p.mod("Header", "subscribe")}" href="/subscribe/">Subscribe</a></header>
<div class="{p.mod("Paywall", "meter")}">{p.fur(f"You have {left} free articles left this month.")}</div>
<main class="{p.mod("ArticleLayout", "main")}">
<article class="{p.mod("ArticleLayout", "article")}">
<header class="{p.mod("ArticleHero", "root")}">
<p class="{p.mod("ArticleRubric", "root")}"><a href="/ideas/">Ideas</a></p>
<h1 class="{p.mod("ArticleTitle", "root")}">{esc(title)}</h1>
<p class="{p.mod("ArticleDek", "root")}">A book cart, a volunteer, and a state budget line that keeps shrinking</p>
<div class="{p.mod("ArticleBylines", "root")}">By <a href="/author/nora-castellane/">Nora Castellane</a></div>
<time class="{p.mod("ArticleTimestamp", "root")}" datetime="{ts("07:00", ET)}">{p.fur("December 6, 2026, 7 AM ET")}</time>
<div class="{p.mod("ArticleShare", "root")}"><button>Share</button><button>Save</button><button>{p.fur(f"Listen ({n.pick(7, 8)} min)")}</button></div>
</header>
<section class="{p.mod("ArticleBody", "root")}">
{"".join(parts)}
</section>
<p class="{p.mod("ArticleAffiliate", "root")}">{p.fur("When you buy a book using a link on this page, we receive a commission. Thank you for supporting The Atlantic.")}</p>
<div class="{p.mod("ArticleBio", "root")}"><p>{p.fur("Nora Castellane is a staff writer at The Atlantic, where she covers criminal justice.")}</p></div>
</article>
<aside class="{p.mod("Explore", "root")}"><h2>Explore More Topics</h2><ul>{items(p, n.related(3), "", "", "/ideas/explore-")}</ul></aside>
<aside class="{p.mod("Popular", "root")}"><h2>Most Popular</h2><ol>{items(p, n.most_read(5), "", "", "/popular-")}</ol></aside>
</main>
<footer class="{p.mod("Footer", "root")}"><ul>{nav("About|Contact|Careers|Advertise|Privacy Policy|Do Not Sell or Share My Personal Information|Terms Conditions")}</ul><p>{p.fur("Copyright (c) 2026 by The Atlantic Monthly Group. All Rights Reserved.")}</p></footer>
</body>
</html>
"""


# ---------------------------------------------------------------------------------------------
# DER STANDARD: "Postings" counter, a consent wall with a PUR offer, forum postings under the text


@template("derstandard-fernwaerme", "DER STANDARD", "de", "plain")
def derstandard(p: Page, n: Noise, genuine: bool) -> str:
    title = "Fernwärme: Wiener Haushalte zahlen ab Jänner um elf Prozent weniger"
    body = p.body(
        [
            "Rund 440.000 Wiener Haushalte mit Fernwärme-Anschluss zahlen ab 1. Jänner weniger. Der städtische Versorger senkt den Arbeitspreis um elf Prozent, wie am Sonntag bekanntgegeben wurde.",
            "Für eine durchschnittliche Wohnung mit 70 Quadratmetern bedeutet das eine Ersparnis von etwa 95 Euro im Jahr. Der Grundpreis bleibt unverändert.",
            "Begründet wird die Senkung mit gesunkenen Großhandelspreisen für Erdgas, das nach wie vor einen erheblichen Teil der Wärme in der Stadt liefert.",
            "Die Arbeiterkammer begrüßte den Schritt, kritisierte aber, dass die Preise noch immer deutlich über dem Niveau von 2021 liegen. Die Senkung komme „spät und zu zaghaft“.",
            "Im Gemeinderat dürfte die Preisfrage auch bei den Beratungen über den Nachtragshaushalt eine Rolle spielen, den die Stadtregierung im Jänner vorlegen will.",
            "Kundinnen und Kunden müssen nichts unternehmen, die neuen Tarife werden automatisch verrechnet.",
        ]
    )
    parts = []
    for i, text in enumerate(body):
        parts.append(f"<p>{esc(text)}</p>")
        if i == 1:
            parts.append(
                f'<aside class="story-inline-teaser"><h4>Zum Thema</h4><a href="/story/teaser">{p.fur(n.teasers(1)[0])}</a></aside>'
            )
        if i == 3:
            parts.append(
                f'<div class="native-ad"><span class="native-ad-label">Anzeige</span><a href="https://ads.invalid/std">{p.fur(n.ad())}</a></div>'
            )
    postings = "".join(
        f'<div class="posting"><span class="posting-user">{user}</span><p class="posting-text">{p.fur(text)}</p></div>'
        for user, text in zip(["Gemeindebauer", "Favoritnerin"], n.comments(2), strict=True)
    )
    return f"""<!DOCTYPE html>
<html lang="de-AT">
{head(title, "Der Arbeitspreis sinkt um elf Prozent, der Grundpreis bleibt.", "https://www.derstandard.invalid/story/3000000249117/fernwaerme-wiener-haushalte-zahlen-ab-jaenner-weniger", site="DER STANDARD", lang_meta="de_AT", published=ts("10:15", CET))}
<body class="story-page">
<div class="consent-wall"><p>{p.fur("Mit Werbung weiterlesen oder das PUR-Abo abschließen: werbefrei und ohne Tracking.")}</p><p>{p.fur(n.cookie())}</p><button>Einverstanden</button><a href="/purabo">PUR-Abo</a></div>
<header class="site-header"><a class="site-header-logo" href="/">DER STANDARD</a>
<nav class="site-header-nav"><ul>{nav("International|Inland|Wirtschaft|Web|Sport|Panorama|Kultur|Wissenschaft|Meinung")}</ul></nav></header>
<main class="site-main">
<article class="story-article">
<header class="article-header">
<p class="article-kicker">Energiepreise</p>
<h1 class="article-title">{esc(title)}</h1>
<p class="article-subtitle">Der Arbeitspreis sinkt, der Grundpreis bleibt. Die Arbeiterkammer spricht von einem zaghaften Schritt</p>
<div class="article-meta"><span class="article-origins">Markus Pfeiffer</span> <time datetime="{ts("10:15", CET)}">{p.fur("6. Dezember 2026, 10:15")}</time> <a class="article-postings" href="#forum">{p.fur(f"{n.count(217, 15)} Postings")}</a></div>
</header>
<div class="article-body">
{"".join(parts)}
<p class="article-credit">{p.fur("(Markus Pfeiffer, 6.12.2026)")}</p>
</div>
<div class="article-share"><button>Teilen</button><button>Merken</button><button>Drucken</button></div>
</article>
<section class="forum" id="forum"><h2>Forum</h2>{postings}</section>
<aside class="mostread"><h2>Meistgelesen</h2><ol>{items(p, n.most_read(5), "", "", "/meistgelesen-")}</ol></aside>
<aside class="related"><h2>Mehr zum Thema</h2><ul>{items(p, n.related(3), "", "", "/thema-")}</ul></aside>
</main>
<footer class="site-footer"><ul>{nav("Impressum|Offenlegung|Datenschutz|AGB|Kontakt|Werbung")}</ul><p>{p.fur("© STANDARD Verlagsgesellschaft m.b.H. 2026")}</p></footer>
</body>
</html>
"""


# ---------------------------------------------------------------------------------------------
# Il Messaggero: an "ULTIM'ORA" ticker in the header about other stories; its history gains a bold
# "Aggiornamento ore 23.40" on top of the text


@template("ilmessaggero-metro-c", "Il Messaggero", "it", "plain")
def ilmessaggero(p: Page, n: Noise, genuine: bool) -> str:
    title = "Roma, guasto alla metro C: chiuse sei stazioni, navette sostitutive fino a sera"
    body = p.body(
        [
            "Un guasto al sistema di segnalamento ha bloccato domenica mattina la metro C di Roma tra le stazioni di Lodi e Parco di Centocelle. Sei fermate sono rimaste chiuse per gran parte della giornata.",
            "Secondo l'Atac, il problema si è presentato poco dopo le 9 e ha costretto i tecnici a fermare i convogli in sicurezza. Circa duecento passeggeri sono stati fatti scendere lungo le banchine.",
            "L'azienda ha attivato bus navetta tra San Giovanni e Parco di Centocelle, con partenze ogni dieci minuti. Alle fermate, però, le code sono state lunghe per tutta la mattina.",
            "«Sono uscita di casa alle 8.30 per andare a lavorare al Policlinico e sono arrivata alle 10.15», racconta Francesca, infermiera che abita a Torpignattara.",
            "Non è il primo guasto dell'anno sulla linea: a settembre un problema simile aveva fermato la tratta per due giorni. Il Campidoglio ha chiesto all'azienda una verifica complessiva degli impianti.",
            "Il servizio regolare dovrebbe riprendere entro la serata, secondo le previsioni dell'Atac.",
        ]
    )
    parts = []
    if genuine:
        text = p.note(
            "update",
            "Aggiornamento ore 23.40",
            ts("23:40", CET),
            "L'Atac comunica che il servizio sulla metro C è ripreso regolarmente su tutta la linea. Le navette sostitutive sono state sospese.",
            genuine=True,
        )
        parts.append(f"<p><strong>Aggiornamento ore 23.40</strong> – {text}</p>")
    read_after = n.pick(1, 3)
    for i, text in enumerate(body):
        parts.append(f"<p>{esc(text)}</p>")
        if i == read_after:
            parts.append(
                f'<div class="leggi-anche-box"><span class="leggi-anche-box__label">LEGGI ANCHE</span> <a href="/roma/teaser.html">{p.fur(n.teasers(1)[0])}</a></div>'
            )
        if i == 2:
            if n.chance(0.7):
                fill = f'<a href="https://ads.invalid/msg">{p.fur(n.ad())}</a>'
            else:
                fill = '<div class="adv-empty"></div>'
            parts.append(
                f'<div class="adv adv-intext"><span class="adv-label">Pubblicità</span>{fill}</div>'
            )
    ultim = n.choice(
        [
            "Maltempo, allerta gialla nel Lazio fino a lunedì",
            "Incidente sul Gra, code tra Casilina e Tuscolana",
            "Serie A, la Roma pareggia in trasferta",
            "Taxi, annunciato uno sciopero per il 12 dicembre",
        ]
    )
    return f"""<!DOCTYPE html>
<html lang="it">
{head(title, "Sei fermate chiuse tra Lodi e Parco di Centocelle, navette ogni dieci minuti.", "https://www.ilmessaggero.invalid/roma/news/metro_c_guasto_stazioni_chiuse_navette-8412733.html", site="Il Messaggero", lang_meta="it_IT", published=ts("12:20", CET))}
<body class="article-page">
<div class="cmp-msg"><p>{p.fur(n.cookie())}</p><button>Accetta e continua</button><button>Personalizza</button></div>
<header class="msg-header"><a class="msg-header__logo" href="/">Il Messaggero</a>
<nav class="msg-header__nav"><ul>{nav("Roma|Italia|Mondo|Politica|Economia|Sport|Spettacoli|Salute")}</ul></nav>
<div class="msg-header__ultimora"><span class="ultimora-label">ULTIM'ORA</span> <a href="/ultimora/">{p.fur(ultim)}</a></div></header>
<main class="msg-main">
<article class="article">
<p class="article__section">Roma</p>
<h1 class="article__title">{esc(title)}</h1>
<p class="article__subtitle">Bus navetta tra San Giovanni e Parco di Centocelle, lunghe code alle fermate</p>
<p class="article__author">di Chiara Montanari</p>
<p class="article__date">{p.fur("Domenica 6 Dicembre 2026, 12:20")}</p>
<div class="article__share"><a href="#fb">Facebook</a><a href="#x">X</a><a href="#wa">WhatsApp</a><a href="#comments">{p.fur(f"{n.count(9, 2)} commenti")}</a></div>
<div class="article__body" id="content-body">
{"".join(parts)}
<p class="article__copyright">{p.fur("© RIPRODUZIONE RISERVATA")}</p>
</div>
</article>
<aside class="msg-piu-letti"><h2>I più letti</h2><ol>{items(p, n.most_read(5), "", "", "/piu-letti-")}</ol></aside>
<aside class="msg-correlati"><h2>Potrebbe interessarti anche</h2><ul>{items(p, n.related(3), "", "", "/correlati-")}</ul></aside>
<aside class="msg-newsletter"><p>{p.fur(n.newsletter())}</p></aside>
</main>
<footer class="msg-footer"><ul>{nav("Chi siamo|Privacy|Cookie|Note legali|Pubblicità|Contatti")}</ul><p>{p.fur("Il Messaggero S.p.A. - P.IVA 05629251009")}</p></footer>
</body>
</html>
"""


# ---------------------------------------------------------------------------------------------
# Expresso: an "Exclusivo" badge; the second paragraph opens with "A atualização das rendas"


@template("expresso-rendas", "Expresso", "pt", "plain")
def expresso(p: Page, n: Noise, genuine: bool) -> str:
    title = "Rendas podem subir até 2,16% em 2027"
    body = p.body(
        [
            "Os senhorios vão poder aumentar as rendas até 2,16% no próximo ano, de acordo com o coeficiente publicado este domingo pelo Instituto Nacional de Estatística.",
            "A atualização das rendas resulta da variação média do índice de preços no consumidor, sem habitação, nos doze meses terminados em novembro.",
            "Para uma renda de 800 euros, o aumento máximo será de cerca de 17 euros por mês. Os senhorios têm de comunicar a subida aos inquilinos com pelo menos 30 dias de antecedência.",
            "As associações de inquilinos pedem ao Governo que volte a travar os aumentos, como fez em 2023, quando o limite foi fixado em 2%. A associação de proprietários considera a atualização «mais do que justa».",
            "O Ministério da Habitação ainda não revelou se vai intervir, mas fonte do gabinete disse ao Expresso que «todas as opções estão em cima da mesa».",
        ]
    )
    parts = []
    for i, text in enumerate(body):
        parts.append(f'<p class="paragraph">{esc(text)}</p>')
        if i == 0:
            parts.append(
                f'<div class="related-inline"><span class="related-inline__label">Leia também</span><a href="/economia/teaser">{p.fur(n.teasers(1)[0])}</a></div>'
            )
        if i == 2:
            parts.append(
                f'<div class="ad-unit ad-unit--inarticle"><span class="ad-unit__label">Publicidade</span><a href="https://ads.invalid/exp">{p.fur(n.ad())}</a></div>'
            )
    return f"""<!DOCTYPE html>
<html lang="pt-PT">
{head(title, "Coeficiente de atualização publicado pelo INE.", "https://expresso.invalid/economia/imobiliario/2026-12-06-rendas-podem-subir-ate-2-16-em-2027-4c1d9e", site="Expresso", lang_meta="pt_PT", published=ts("11:30", WET))}
<body class="article-page">
<div class="cmp-expresso"><p>{p.fur(n.cookie())}</p><button>Aceitar</button><button>Gerir opções</button></div>
<header class="exp-header"><a class="exp-header__logo" href="/">Expresso</a>
<nav class="exp-header__nav"><ul>{nav("Política|Economia|Sociedade|Internacional|Cultura|Opinião|Podcasts|Newsletters")}</ul></nav>
<a class="exp-header__subscribe" href="/assinaturas">Assine já</a></header>
<main class="exp-main">
<article class="full-article">
<p class="full-article__section">Imobiliário</p><span class="badge badge--exclusive">Exclusivo</span>
<h1 class="full-article__title">{esc(title)}</h1>
<p class="full-article__lead">O coeficiente publicado pelo INE fixa o limite para o próximo ano. Inquilinos pedem travão</p>
<p class="full-article__author">Sofia Brandão</p>
<p class="full-article__date">{p.fur("06 dezembro 2026 11:30")}</p>
<div class="full-article__share"><a href="#fb">Facebook</a><a href="#x">X</a><a href="#mail">Email</a><a href="#gift">Oferecer artigo</a></div>
<div class="full-article-body">
{"".join(parts)}
</div>
</article>
<aside class="exp-most-read"><h2>Mais lidas</h2><ol>{items(p, n.most_read(5), "", "", "/mais-lidas-")}</ol></aside>
<aside class="exp-related"><h2>Relacionados</h2><ul>{items(p, n.related(3), "", "", "/relacionados-")}</ul></aside>
<aside class="exp-newsletter"><p>{p.fur(n.newsletter())}</p></aside>
</main>
<footer class="exp-footer"><ul>{nav("Estatuto editorial|Ficha técnica|Termos e condições|Privacidade|Contactos")}</ul><p>{p.fur("© Expresso | Impresa Publishing S.A. 2026")}</p></footer>
</body>
</html>
"""
