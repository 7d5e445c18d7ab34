"""Four plain articles (no update notes), each in one publisher's style."""

from __future__ import annotations

from chrome import Fx, Page, inline

# ---------------------------------------------------------------------------------------------
# Reuters (hashed CSS-module classes)


def reuters_nickel(fx: Fx, genuine: bool) -> Page:
    slug = "reuters-nickel"
    body = [
        "JAKARTA, Dec 6 (Reuters) - Indonesian nickel smelters in Central Sulawesi have cut output by as much as a fifth in the past two weeks because coal deliveries to their captive power plants have fallen behind schedule, three industry sources said on Sunday.",
        "Heavy rain in East Kalimantan has slowed barge loading at several coal ports, the sources said, leaving stockpiles at some smelter complexes at less than a week of consumption, compared with the usual three to four weeks.",
        '"We have prioritised the furnaces that make nickel pig iron for export contracts and idled two lines," said a manager at one smelter in Morowali, who declined to be named because he was not authorised to speak to the media.',
        "Indonesia is the world's largest nickel producer, and most of its smelters rely on coal-fired plants built alongside them. Any prolonged disruption could tighten supply of the metal, which is used in stainless steel and electric-vehicle batteries.",
        "The Ministry of Energy and Mineral Resources did not respond to a request for comment on Sunday.",
        "Benchmark nickel on the London Metal Exchange rose 1.8% on Friday, its biggest daily gain in a month, as traders priced in the risk of lower Indonesian output.",
    ]
    signoff = fx.f(
        "Reporting by Fransiska Nangoy and Bernadette Christina; Editing by Martin Petty"
    )
    standards = fx.f("Our Standards: The Thomson Reuters Trust Principles.")
    bid = fx.f(
        "The Morning Bid newsletter brings you the market-moving news every weekday. Sign up here."
    )
    ago = fx.ago()
    ad = fx.ad()
    nxt = fx.teasers(3)
    markets = [fx.market("Nickel", 16840.0), fx.market("Jakarta Composite", 7412.6)]
    cookie = fx.f(
        "We use cookies and similar technologies to operate our website and to personalise content and ads."
    )
    footer = fx.f("© 2026 Reuters. All rights reserved")
    p_cls = "text__text__1FZLe text__dark-grey__3Ml43 text__regular__2N1Xr text__large-body__FT0fW body__full_width__ekUdw body__large_body__FV5_X article-body__element__2p5pI"
    paras = [
        f'<div data-testid="paragraph-{i}" class="{p_cls}">{inline(p)}</div>'
        for i, p in enumerate(body)
    ]
    paras.insert(
        2,
        f'<div class="article-body__element__2p5pI"><div class="sign-up-banner__container__3xqKJ"><p class="text__text__1FZLe text__inherit-color__3208F">{bid}</p></div></div>',
    )
    paras.insert(
        4,
        f'<div class="article-body__element__2p5pI"><div data-testid="ResponsiveAdSlot" class="responsive-ad__container__1bG9H"><span class="text__text__1FZLe text__inherit-color__3208F text__ultra-light__3HTR5">{fx.ad_label()} · Scroll to continue</span><div class="ad-slot__inner__3bV8x"><a href="https://ads.invalid/rt">{ad}</a></div><button class="text__text__1FZLe">Report This Ad</button></div></div>',
    )
    html = f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Indonesian nickel smelters cut output as coal deliveries lag, sources say | Reuters</title>
<meta name="article:published_time" content="2026-12-06T02:12:07Z">
<script type="application/ld+json">{{"@context":"https://schema.org","@type":"NewsArticle","headline":"Indonesian nickel smelters cut output as coal deliveries lag, sources say","datePublished":"2026-12-06T02:12:07Z","dateModified":"2026-12-06T04:40:51Z"}}</script>
</head>
<body>
<div id="__next"><div class="regular-article-layout__container__1FiHq">
<div id="onetrust-consent-sdk"><div id="onetrust-policy-text">{cookie}</div><button id="onetrust-accept-btn-handler">Accept All</button></div>
<header class="site-header__container__1Fh2e"><a href="/" class="site-header__logo__2lg2X" aria-label="Reuters home">Reuters</a>
<nav class="site-header__nav__3BkA8"><a href="/world/">World</a><a href="/business/">Business</a><a href="/markets/">Markets</a><a href="/sustainability/">Sustainability</a><a href="/legal/">Legal</a><a href="/breakingviews/">Breakingviews</a><a href="/technology/">Technology</a></nav>
<div class="market-ticker__container__2wYc1">{"".join(f'<span class="market-ticker__item__3sC2P">{m}</span>' for m in markets)}</div></header>
<main id="main-content" class="regular-article-layout__main__1tpcA">
<article class="article__container__2-FCY">
<header class="article-header__container__3bV6Z"><nav class="article-header__tags__3-b3e"><a href="/markets/commodities/">Commodities</a></nav>
<h1 data-testid="Heading" class="text__text__1FZLe text__dark-grey__3Ml43 text__medium__1kbOh text__heading_3__1kDhc heading__base__2T28j heading__heading_3__3aL54">Indonesian nickel smelters cut output as coal deliveries lag, sources say</h1>
<div class="article-header__byline-container__3ByP7"><div class="info-content__author-date__1Epi_"><address class="author-name__author__1gx5k">By <a href="/authors/fransiska-nangoy/">Fransiska Nangoy</a></address>
<time class="text__text__1FZLe text__inherit-color__3208F" datetime="2026-12-06T02:12:07Z"><span class="date-line__date__23Ge-">December 6, 2026</span><span class="date-line__date__23Ge-">9:12 AM GMT+7</span><span class="date-line__date__23Ge-">{ago}</span></time></div></div>
<div class="article-header__toolbar__2TfR_"><button>Share</button><button>Save</button><a href="/info/licensing/">Purchase Licensing Rights</a></div>
</header>
<figure class="primary-image__container__3YoQj"><img src="https://www.reuters.invalid/resizer/nickel.jpg" alt="Workers at a nickel smelter"><figcaption class="image-caption__container__1dJ_i"><span class="text__text__1FZLe">Workers walk past a furnace at a nickel processing plant in Morowali, Central Sulawesi province, Indonesia, March 3, 2025. REUTERS/Ajeng Dinar Ulfiana/File Photo</span></figcaption></figure>
<div class="article-body__content__17Yit">
{chr(10).join(paras)}
<p class="text__text__1FZLe text__dark-grey__3Ml43 sign-off__text__PU2Ht">{signoff}</p>
</div>
<div class="article-body__tags__2TgHk"><span>Suggested Topics:</span><a href="/markets/commodities/">Commodities</a><a href="/world/asia-pacific/">Asia Pacific</a></div>
<p class="trust-badge__container__1oXAE"><a href="/info-pages/trust-principles/">{standards}</a></p>
</article>
<aside class="read-next__container__3JHwt"><h2 class="text__text__1FZLe">Read Next</h2><ul>{"".join(f'<li class="story-card__area-headline__2ZAtJ"><a href="/next/{i}/">{t}</a></li>' for i, t in enumerate(nxt))}</ul></aside>
</main>
<footer class="site-footer__container__2-XbA"><nav><a href="/info/about/">About Reuters</a> <a href="/info/privacy/">Privacy</a> <a href="/info/terms/">Terms of Use</a> <a href="/info/accessibility/">Accessibility</a></nav><p>{footer}</p></footer>
</div></div>
</body>
</html>
"""
    return Page(slug, "Reuters", "en", "plain", html, body, [], fx.lines)


# ---------------------------------------------------------------------------------------------
# Le Figaro


def lefigaro_chambord(fx: Fx, genuine: bool) -> Page:
    slug = "lefigaro-chambord"
    body = [
        "Après deux ans de travaux, le célèbre escalier à double révolution du château de Chambord a rouvert au public ce dimanche. Les visiteurs peuvent de nouveau emprunter les deux rampes qui s’enroulent l’une au-dessus de l’autre sans jamais se croiser.",
        "Le chantier, d’un coût de 4,6 millions d’euros, a permis de consolider les 274 marches et de restaurer la lanterne qui coiffe l’escalier, dont plusieurs pierres menaçaient de se détacher, explique le Domaine national de Chambord.",
        "« Nous avons découvert des marques de tailleurs de pierre du XVIe siècle que personne n’avait vues depuis la construction », raconte l’architecte en chef des monuments historiques chargé des travaux, Philippe Verdier.",
        "Longtemps attribué à Léonard de Vinci, qui séjournait à Amboise à l’invitation de François Ier, l’escalier reste l’un des éléments les plus visités du château, qui a accueilli plus d’un million de visiteurs l’an dernier.",
        "Pour l’occasion, le domaine propose jusqu’au 4 janvier des visites guidées consacrées au chantier, sur réservation.",
    ]
    lire = fx.teasers(2)
    ad = fx.ad()
    read = fx.read_time(2)
    ncom = fx.comments(3, 60)
    most = fx.most_read(5)
    cookie = fx.f(
        "Le Figaro et ses partenaires utilisent des cookies pour stocker et accéder à des informations sur votre terminal."
    )
    newsletter = fx.f("Recevez chaque semaine la newsletter Culture du Figaro.")
    premium = fx.f("Découvrez l’offre Le Figaro Premium : 1 € le premier mois.")
    footer = fx.f("Le Figaro - Tous droits réservés 2026")
    paras = [f'<p class="fig-paragraph">{inline(p)}</p>' for p in body]
    paras.insert(
        2,
        f'<div class="fig-body-link"><span class="fig-body-link__label">À lire aussi</span> <a class="fig-body-link__link" href="/culture/teaser-1-20261201">{lire[0]}</a></div>',
    )
    paras.insert(
        4,
        f'<div class="fig-ad-content fig-pub" data-slot="inread"><span class="fig-ad-content__label">{fx.ad_label()}</span><a href="https://ads.invalid/fg">{ad}</a></div>',
    )
    html = f"""<!DOCTYPE html>
<html lang="fr">
<head>
<meta charset="utf-8">
<title>À Chambord, l’escalier à double révolution rouvre après deux ans de travaux</title>
<meta property="article:published_time" content="2026-12-06T10:31:00+01:00">
<meta property="og:site_name" content="Le Figaro">
</head>
<body class="fig-layout fig-article">
<div class="fig-consent-banner"><p>{cookie}</p><button>Accepter</button><button>Continuer sans accepter</button></div>
<header class="fig-header"><a href="/" class="fig-header__logo">Le Figaro</a><a class="fig-header__premium" href="/premium">{premium}</a>
<nav class="fig-nav"><a href="/actualite-france">Actualité</a><a href="/politique">Politique</a><a href="/international">International</a><a href="/economie">Économie</a><a href="/culture">Culture</a><a href="/sports">Sport</a></nav></header>
<main class="fig-main">
<article class="fig-main-col">
<header class="fig-headline-block"><div class="fig-breadcrumb"><a href="/culture">Culture</a> › <a href="/culture/patrimoine">Patrimoine</a></div>
<h1 class="fig-headline">À Chambord, l’escalier à double révolution rouvre après deux ans de travaux</h1>
<p class="fig-standfirst">Le chantier a permis de consolider les 274 marches et de restaurer la lanterne. Des visites consacrées aux travaux sont proposées jusqu’en janvier.</p>
<div class="fig-content-metas"><span class="fig-content-metas__author">Par Claire Duvivier</span><span class="fig-content-metas__pub-date">Publié le 06/12/2026 à 10:31</span><span class="fig-content-metas__read-time">{read}</span></div>
<div class="fig-share"><button>Partager</button><a href="#comments" class="fig-share__comments">{ncom}</a></div>
</header>
<figure class="fig-media"><img src="/chambord.jpg" alt=""><figcaption class="fig-media__legend">L’escalier à double révolution du château de Chambord. <span class="fig-media__credit">Jean-Luc Martin / Le Figaro</span></figcaption></figure>
<div class="fig-content-body">
{chr(10).join(paras)}
</div>
<div class="fig-newsletter"><p>{newsletter}</p><button>Je m’inscris</button></div>
<section id="comments" class="fig-comments"><h2>{ncom}</h2><p>Les commentaires sont réservés aux abonnés.</p></section>
<section class="fig-related"><h2>Sur le même sujet</h2><ul><li><a href="/culture/teaser-2">{lire[1]}</a></li></ul></section>
</article>
<aside class="fig-sidebar"><h3>Les plus lus</h3><ol>{"".join(f'<li><a href="/lus/{i}">{t}</a></li>' for i, t in enumerate(most))}</ol></aside>
</main>
<footer class="fig-footer"><nav><a href="/mentions-legales">Mentions légales</a> <a href="/cgu">CGU</a> <a href="/cookies">Cookies</a></nav><p>{footer}</p></footer>
</body>
</html>
"""
    return Page(slug, "Le Figaro", "fr", "plain", html, body, [], fx.lines)


# ---------------------------------------------------------------------------------------------
# Folha de S.Paulo, Brasília time


def folha_onibus(fx: Fx, genuine: bool) -> Page:
    slug = "folha-onibus-eletricos"
    body = [
        "A Prefeitura de São Paulo começou neste domingo (6) a testar ônibus elétricos articulados em uma linha que liga o Terminal Parque Dom Pedro 2º ao Terminal Sapopemba, na zona leste.",
        "Os dois veículos, com 23 metros de comprimento e capacidade para 170 passageiros, vão circular por 90 dias em horário comercial. Depois do período de testes, a SPTrans vai avaliar consumo de energia, tempo de recarga e conforto dos passageiros.",
        "Segundo a prefeitura, a meta é que metade da frota municipal, hoje com cerca de 13 mil ônibus, seja elétrica até 2030. Atualmente, menos de 5% dos veículos em circulação não usam diesel.",
        "“A bateria aguenta o dia inteiro, mesmo com o ar-condicionado ligado”, disse o motorista Valdir Souza, 52, que participou do treinamento dos condutores. “O mais difícil é se acostumar com o silêncio.”",
        "Especialistas ouvidos pela Folha afirmam que o maior desafio da eletrificação não são os veículos, mas a infraestrutura das garagens, que precisam de subestações para recarregar dezenas de ônibus durante a noite.",
        "A prefeitura diz que já contratou a instalação de carregadores em quatro garagens e que novas licitações serão abertas no primeiro semestre de 2027.",
    ]
    leia = fx.teasers(2)
    ad = fx.ad()
    most = fx.most_read(5)
    ncom = fx.comments(4, 90)
    read = fx.read_time(3)
    cookie = fx.f(
        "Usamos cookies e tecnologias semelhantes para melhorar a sua experiência. Ao continuar navegando, você concorda com a nossa política de privacidade."
    )
    whatsapp = fx.f("Receba no seu WhatsApp as principais notícias da Folha.")
    disclaimer = fx.f(
        "Os comentários não representam a opinião do jornal; a responsabilidade é do autor da mensagem."
    )
    footer = fx.f("Copyright Folha de S.Paulo. Todos os direitos reservados.")
    weather = fx.weather("São Paulo", 19, 29)
    paras = [f"<p>{inline(p)}</p>" for p in body]
    paras.insert(
        2,
        f'<div class="c-read-more"><span class="c-read-more__title">Leia mais</span><ul class="c-read-more__list"><li><a href="/cotidiano/2026/12/teaser-1.shtml">{leia[0]}</a></li></ul></div>',
    )
    paras.insert(
        5,
        f'<div class="c-advertising c-advertising--300x250"><span class="c-advertising__label">{fx.ad_label()}</span><a href="https://ads.invalid/fsp">{ad}</a></div>',
    )
    html = f"""<!DOCTYPE html>
<html lang="pt-BR">
<head>
<meta charset="utf-8">
<title>São Paulo começa a testar ônibus elétricos articulados na zona leste - 06/12/2026 - Cotidiano - Folha</title>
<meta property="article:published_time" content="2026-12-06T11:20:00-03:00">
</head>
<body class="article">
<div class="c-cookie-banner"><p>{cookie}</p><button>Aceitar</button></div>
<header class="l-header"><a href="/" class="l-header__brand">Folha de S.Paulo</a><span class="l-header__weather">{weather}</span><a href="/assine" class="l-header__subscribe">Assine</a>
<nav class="c-site-nav"><a href="/poder/">Poder</a><a href="/mercado/">Mercado</a><a href="/cotidiano/">Cotidiano</a><a href="/mundo/">Mundo</a><a href="/esporte/">Esporte</a><a href="/ilustrada/">Ilustrada</a></nav></header>
<main class="l-main">
<article class="c-news">
<header class="c-content-head"><span class="c-kicker"><a href="/cotidiano/">Mobilidade</a></span>
<h1 class="c-content-head__title">São Paulo começa a testar ônibus elétricos articulados na zona leste</h1>
<h2 class="c-content-head__subtitle">Veículos com 23 metros vão circular por 90 dias; meta da prefeitura é eletrificar metade da frota até 2030</h2>
<div class="c-news__head-meta"><div class="c-signature"><strong class="c-signature__author">Rafael Moura</strong> <span class="c-signature__location">São Paulo</span></div>
<time class="c-more-options__published-date" datetime="2026-12-06 11:20:00">6.dez.2026 às 11h20</time> <span class="c-news__read-time">{read}</span></div>
<div class="c-tools-share"><a href="#">Facebook</a> <a href="#">WhatsApp</a> <a href="#">X</a> <a href="#comentarios">{ncom}</a></div>
</header>
<figure class="c-image-full"><img src="/onibus.jpg" alt=""><figcaption class="c-image-full__caption">Ônibus elétrico articulado no Terminal Parque Dom Pedro 2º <span class="c-image-full__credit">Bruno Santos/Folhapress</span></figcaption></figure>
<div class="c-news__body" data-share-text>
{chr(10).join(paras)}
</div>
<div class="c-whatsapp-channel"><p>{whatsapp}</p></div>
<section class="c-related"><h3>Relacionadas</h3><ul><li><a href="/cotidiano/teaser-2.shtml">{leia[1]}</a></li></ul></section>
<section id="comentarios" class="c-comments"><h3>{ncom}</h3><p class="c-comments__disclaimer">{disclaimer}</p></section>
</article>
<aside class="c-most-read"><h3>Mais lidas</h3><ol>{"".join(f'<li><a href="/lidas/{i}">{t}</a></li>' for i, t in enumerate(most))}</ol></aside>
</main>
<footer class="l-footer"><nav><a href="/institucional/expediente.shtml">Expediente</a> <a href="/institucional/termos.shtml">Termos e condições</a> <a href="/institucional/politica-de-privacidade.shtml">Política de privacidade</a></nav><p>{footer}</p></footer>
</body>
</html>
"""
    return Page(slug, "Folha de S.Paulo", "pt", "plain", html, body, [], fx.lines)


# ---------------------------------------------------------------------------------------------
# A Medium post (single-letter hashed classes)


def medium_postgres(fx: Fx, genuine: bool) -> Page:
    slug = "medium-rails-postgres"
    sections: list[tuple[str | None, list[str]]] = [
        (
            None,
            [
                "Last month my team finished moving our oldest production app off a self-managed MySQL cluster and onto Postgres 18. The app is a 12-year-old Rails monolith with about 400 tables, and the move took us eleven weeks instead of the four we had planned.",
                "This post is not a step-by-step guide. It is a list of the things that surprised us, in the order they surprised us, in the hope that they surprise you a little less.",
            ],
        ),
        (
            "Collations will find you",
            [
                "Our biggest single time sink was string comparison. MySQL’s default collation is case-insensitive, and a decade of code had quietly come to depend on that. Login by email, tag lookups and a dozen admin searches all broke the moment we switched.",
                "We ended up adding a case-insensitive collation to nine columns and fixing the rest in application code. If you do one thing before you start, search your codebase for every place that compares user input to a stored string.",
            ],
        ),
        (
            "Sequences are not auto-increment",
            [
                "We copied data with a tool that did not reset sequences. The first insert into every table failed with a duplicate key error, which was at least loud. Resetting them took a single script, but it cost us a very stressful Saturday morning.",
            ],
        ),
        (
            "It was worth it",
            [
                "Three weeks after the switch, our p95 query time is down by about 40 percent, mostly thanks to partial indexes we could not use before. I would do it again, but I would budget three times as long.",
            ],
        ),
    ]
    body = [p for _, ps in sections for p in ps]
    member = fx.f("Member-only story")
    read = fx.read_time(7)
    claps = fx.f(f"{fx.between(11, 19) / 10:.1f}K".replace(".0K", "K"))
    responses = fx.between(14, 40)
    signup = fx.f("Sign up to discover human stories that deepen your understanding of the world.")
    more = fx.teasers(3)
    bio = fx.f(
        "Backend engineer. Writes about databases, migrations and the mistakes that come with them."
    )
    footer = fx.f("Help Status About Careers Press Blog Privacy Rules Terms Text to speech")
    p_cls = "pw-post-body-paragraph ml mm gv mn b mo mp mq mr ms mt mu mv mw mx my mz na nb nc nd ne nf ng nh ni fq bk"
    parts: list[str] = []
    n = 0
    for heading, ps in sections:
        if heading:
            parts.append(
                f'<h2 id="h{n}" class="nj nk gv be nl nm nn no np nq nr ns nt nu nv nw nx ny nz oa ob oc od oe of og bj" data-selectable-paragraph="">{heading}</h2>'
            )
        for p in ps:
            parts.append(
                f'<p id="p{n}" class="{p_cls}" data-selectable-paragraph="">{inline(p)}</p>'
            )
            n += 1
    html = f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>What I learned moving a 12-year-old Rails app to Postgres 18 | by Tomás Heller | Dec, 2026 | Medium</title>
<meta property="article:published_time" content="2026-12-06T08:41:17.221Z">
<meta property="og:site_name" content="Medium">
<meta name="author" content="Tomás Heller">
</head>
<body>
<div id="root"><div class="a b c"><div class="d e f g h i j k">
<div class="l m n o c"><div class="p q r s t u"><a href="/" aria-label="Homepage" class="bl bm"><svg></svg></a><div class="v w"><a href="/m/signin">Sign in</a> <a href="/m/signup" class="x y z">Get started</a></div></div></div>
<div class="ab cb"><div class="ci bh fz ga gb gc">
<article><div class="m"><div class="m"><section><div><div class="gj gk gl gm gn">
<div class="ab cb"><div class="ci bh fz ga gb gc">
<div class="go gp gq gr"><span class="be b bf z bj">{member}</span></div>
<h1 id="t0" class="pw-post-title gs gt gu be gv gw gx gy gz ha hb hc hd he hf hg hh hi hj hk hl hm hn ho hp bj" data-testid="storyTitle">What I learned moving a 12-year-old Rails app to Postgres 18</h1>
<div class="speechify-ignore ab cp"><div class="hq hr hs ht hu hv"><a href="/@theller" class="ab hw"><span class="be b bf z bj">Tomás Heller</span></a> <button class="ic id ie if">Follow</button>
<div class="ab"><span class="be b bf z dx" data-testid="storyReadTime">{read}</span> <span class="be b bf z dx">·</span> <span class="be b bf z dx" data-testid="storyPublishDate">Dec 6, 2026</span></div></div>
<div class="ab q jd je jf"><div class="pw-multi-vote-count ab"><button>{claps}</button></div><div class="pw-responses-count"><button>{responses}</button></div><button aria-label="Listen">Listen</button><button aria-label="Share">Share</button></div></div>
{chr(10).join(parts)}
</div></div></div></div></section></div></div></article>
<div class="ow ox oy"><div class="ab"><a href="/tag/postgresql">PostgreSQL</a> <a href="/tag/rails">Rails</a> <a href="/tag/database">Database</a></div><div class="ab"><button>{claps}</button><button>{responses}</button></div></div>
<div class="pa pb"><h2 class="be b">Written by Tomás Heller</h2><p class="be b">{bio}</p><button>Follow</button></div>
<div class="pc pd"><h2 class="be b">More from Tomás Heller</h2><ul>{"".join(f'<li><a href="/@theller/{i}">{t}</a></li>' for i, t in enumerate(more))}</ul></div>
<div class="pe pf"><p>{signup}</p><a href="/m/signup">Sign up for free</a></div>
</div></div>
<footer class="pg ph"><div class="pi">{footer}</div></footer>
</div></div></div>
</body>
</html>
"""
    return Page(slug, "Medium", "en", "plain", html, body, [], fx.lines)
