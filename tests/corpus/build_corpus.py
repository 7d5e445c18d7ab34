"""Writes the extraction corpus: page styles × versions, each with the truth a reader would state.

Run ``python tests/corpus/build_corpus.py`` to regenerate the HTML and ``expect.json`` files
(the text is invented; the markup imitates real CMSs). ``expect.json`` is hand-stated truth —
block kinds and resolved times, body-paragraph counts, struck text — and is what
``tests/extract_support.score_corpus`` scores against; the golden ``*.json`` files pin the full
extracted Article on top of that.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

HERE = Path(__file__).parent
LOREM = [
    "Officials in the provincial capital said the evacuation of the eastern districts began shortly after dawn, with buses lined up along the river road.",
    "The regional governor told reporters that shelters had been opened in three schools and a sports hall, and that more would follow if needed.",
    "Witnesses described long queues at petrol stations and pharmacies as residents prepared for what forecasters called the worst storm in a decade.",
    "Emergency services said they had received more than 400 calls overnight, most of them about fallen trees and flooded basements.",
    "The national weather agency raised its warning to the highest level on Thursday evening and said the river could crest by Saturday.",
]


def page(
    *,
    title: str,
    body: str,
    lang: str = "en-US",
    head: str = "",
    charset: str = "utf-8",
    before: str = "",
    after: str = "",
    article_class: str = "article",
) -> str:
    return f"""<!DOCTYPE html>
<html lang="{lang}"><head><meta charset="{charset}"><title>{title} | Daily Ledger</title>
<link rel="canonical" href="https://news.example.com/2020/01/03/story?utm_source=feed">
{head}<script>var t=Date.now();</script><style>.x{{color:red}}</style></head>
<body><header class="site-header"><nav><a href="/">Home</a><a href="/world">World</a></nav></header>
<main><article class="{article_class}"><h1>{title}</h1>
<p class="standfirst">A summary line that sits above the story.</p>
<div class="byline">By <a href="/staff/ada">Ada Reporter</a> · <span class="timestamp">2 hours ago</span></div>
<figure><img src="/a.jpg"><figcaption>A caption that must not appear.</figcaption></figure>
{before}<div class="story-body">
{body}
</div>{after}
<div class="share-tools"><a href="#">Share on Facebook</a><span class="share-count">1.2K</span></div>
</article>
<aside class="sidebar"><h2>Most read</h2><ul><li><a href="/1">Another story people read today at length</a></li></ul>
<p>Sign up for our newsletter to get the best stories every morning in your inbox.</p></aside></main>
<footer class="site-footer"><p>© 2020 Daily Ledger. All rights reserved worldwide.</p></footer></body></html>
"""


def ps(texts: list[str]) -> str:
    return "\n".join(f"<p>{t}</p>" for t in texts)


def jsonld(published: str, modified: str, kind: str = "NewsArticle", extra: str = "") -> str:
    return (
        '<script type="application/ld+json">{"@context":"https://schema.org","@type":"'
        f'{kind}","datePublished":"{published}","dateModified":"{modified}"{extra}}}</script>'
    )


def meta_times(published: str, modified: str) -> str:
    return (
        f'<meta property="article:published_time" content="{published}">'
        f'<meta property="article:modified_time" content="{modified}">'
    )


STYLES: dict[str, list[dict[str, Any]]] = {}


def style(name: str, versions: list[dict[str, Any]]) -> None:
    STYLES[name] = versions


def block(kind: str, ts: str | None, paragraphs: int) -> dict[str, Any]:
    return {"kind": kind, "timestamp": ts, "paragraphs": paragraphs}


# 1. WordPress, bold lead with the text in the same paragraph, appended.
_wp_updates = [
    "<p><b>UPDATE 7:10 p.m. ET:</b> There are conflicting reports about who was riding in the convoy near the bridge.</p><p>One official later said the count was still being checked.</p>",
    "<p><strong>UPDATED at 9:20 p.m. ET</strong> Police reopened the river road to local traffic.</p>",
]
for n in range(1, 4):
    head = jsonld("2020-01-03T17:02:00-05:00", f"2020-01-03T2{n}:00:00-05:00")
    body = ps(LOREM[:4]) + "".join(_wp_updates[: n - 1])
    STYLES.setdefault("wordpress_bold_lead", []).append(
        {
            "html": page(
                title="Storm forces evacuation of river districts (Updated)"
                if n > 1
                else "Storm forces evacuation of river districts",
                body=body,
                head=head,
                article_class="post type-post entry-content",
            ),
            "fetched_at": f"2020-01-03T2{n}:30:00-05:00",
            "paragraphs": 4,
            "blocks": [
                block("update", "2020-01-03T19:10:00-05:00", 2),
                block("update", "2020-01-03T21:20:00-05:00", 1),
            ][: n - 1],
            "is_live": n > 1,
        }
    )

# 2. Guardian-style live blog: microdata blocks, newest first, UK clock text.
_g_entries = [
    (
        "2020-01-03T09:02:45Z",
        "09.02 GMT",
        "Morning summary",
        "The river has risen by 40cm overnight, according to the environment agency.",
    ),
    (
        "2020-01-03T10:15:00Z",
        "10.15 GMT",
        "Shelters open",
        "Three schools in the eastern districts are now open as shelters for evacuees.",
    ),
    (
        "2020-01-03T11:40:00Z",
        "11.40 GMT",
        "Road closures",
        "The river road is closed in both directions between the two bridges.",
    ),
]


def guardian_entry(iso: str, clock: str, title: str, text: str) -> str:
    bid = "block-" + iso[11:19].replace(":", "")
    return (
        f'<div id="{bid}" class="block is-key-event" itemprop="liveBlogUpdate" itemscope itemtype="http://schema.org/BlogPosting">'
        f'<p class="block-time published-time"><time datetime="{iso}" itemprop="datePublished">{clock}</time></p>'
        f'<h2 class="block-title">{title}</h2><div class="block-elements" itemprop="articleBody"><p>{text}</p>'
        f"<p>More details are expected from the council at its next briefing.</p></div>"
        '<div class="block-share"><a href="#">Share</a></div></div>'
    )


for n in range(1, 4):
    entries = "".join(guardian_entry(*e) for e in reversed(_g_entries[:n]))
    STYLES.setdefault("guardian_liveblog", []).append(
        {
            "html": page(
                title="River floods: evacuations under way – live updates",
                body=f'<div class="js-liveblog-body">{entries}</div>',
                lang="en-GB",
                head=jsonld("2020-01-03T08:50:00Z", f"2020-01-03T1{n}:00:00Z", "LiveBlogPosting"),
            ),
            "fetched_at": f"2020-01-03T1{n}:50:00+00:00",
            "paragraphs": 0,
            "blocks": [
                block("live_entry", e[0].replace("Z", "+00:00"), 3)
                for e in reversed(_g_entries[:n])
            ],
            "is_live": True,
            "zone": "Europe/London",
        }
    )

# 3. WordPress Liveblog plugin: entries with data-sort-time and a relative-time meta line.
_wpl = [
    (1578063600, "10:00 am", "Crews are sandbagging the embankment near the old mill."),
    (1578067200, "11:00 am", "The mayor has asked residents to avoid the town centre."),
]
for n in range(1, 3):
    entries = "".join(
        f'<div id="post{ts}" class="liveblog-entry" data-sort-time="{ts}"><header class="liveblog-meta"><span class="liveblog-meta-time"><span>{3 + i} mins ago</span> {clock}</span></header>'
        f'<div class="liveblog-entry-content"><p>{text}</p></div></div>'
        for i, (ts, clock, text) in enumerate(reversed(_wpl[:n]))
    )
    STYLES.setdefault("wp_liveblog_plugin", []).append(
        {
            "html": page(
                title="Live: flood defences tested",
                body=f'{ps(LOREM[:1])}<div class="liveblog-feed">{entries}</div>',
                head=meta_times("2020-01-03T09:30:00-05:00", "2020-01-03T11:00:00-05:00"),
            ),
            "fetched_at": f"2020-01-03T1{n}:05:00-05:00",
            "paragraphs": 1,
            "blocks": [
                block("live_entry", f"2020-01-03T{h}:00:00-05:00", 1)
                for h in reversed(["10", "11"][:n])
            ],
            "is_live": True,
        }
    )

# 4. Wire story with an advisory line and "UPDATE n-" headline.
_advisories = [
    "(Adds governor's comments in paragraph 3)",
    "(Adds shelters in paragraph 2, updates death toll in paragraph 4)",
    "(Rewrites throughout with river cresting)",
]
for n in range(1, 4):
    body = f"<p>{_advisories[n - 1]}</p>" + ps(LOREM[: 3 + n])
    STYLES.setdefault("wire_advisory", []).append(
        {
            "html": page(
                title=f"UPDATE {n}-Storm forces evacuation of river districts",
                body=body,
                head=meta_times("2020-01-03T06:12:00+00:00", f"2020-01-03T0{6 + n}:00:00+00:00"),
                lang="en",
            ),
            "fetched_at": f"2020-01-03T0{6 + n}:30:00+00:00",
            "paragraphs": min(3 + n, len(LOREM)),
            "blocks": [block("editors_note", None, 1)],
            "is_live": True,
        }
    )

# 5. NYT-style correction at the top, italic.
for n in range(1, 3):
    top = (
        ""
        if n == 1
        else '<p class="css-correction"><em>Correction: An earlier version of this article misstated the number of shelters. There are three, not four.</em></p>'
    )
    STYLES.setdefault("nyt_correction_top", []).append(
        {
            "html": page(
                title="Evacuations Begin as River Rises",
                body=top + ps(LOREM),
                head=jsonld("2020-01-03T08:00:00-05:00", f"2020-01-03T1{n}:00:00-05:00"),
            ),
            "fetched_at": f"2020-01-03T1{n}:30:00-05:00",
            "paragraphs": 5,
            "blocks": [block("correction", None, 1)] if n > 1 else [],
            "is_live": False,
        }
    )

# 6–8. German, French, Spanish sites: local markers, stamps without a zone.
_local = {
    "german_site": (
        "de-DE",
        "Hochwasser: Evakuierung der Altstadt",
        "+01:00",
        [
            "<p><strong>Aktualisierung, 9.45 Uhr:</strong> Die Feuerwehr meldet einen Pegel von 7,80 Metern am Hauptpegel der Stadt.</p>",
            "<p><strong>Aktualisierung, 11.20 Uhr:</strong> Der Bürgermeister hat den Katastrophenfall ausgerufen.</p>",
        ],
        ["09:45", "11:20"],
    ),
    "french_site": (
        "fr-FR",
        "Crue : évacuation des quartiers est",
        "+01:00",
        [
            "<p><b>Mise à jour à 11h10 :</b> La préfecture annonce l’ouverture de trois gymnases pour les sinistrés.</p>",
            "<p><b>Mise à jour à 14h05 :</b> Le niveau de la rivière commence à baisser selon Vigicrues.</p>",
        ],
        ["11:10", "14:05"],
    ),
    "spanish_site": (
        "es-ES",
        "Inundaciones: desalojo de los barrios del este",
        "+01:00",
        [
            "<h3>ACTUALIZACIÓN 08:30:</h3><p>El gobierno regional ha abierto tres polideportivos como refugio.</p>",
            "<h3>ACTUALIZACIÓN 12:15:</h3><p>La Guardia Civil ha cortado la carretera del río.</p><p>Se esperan más lluvias por la tarde.</p>",
        ],
        ["08:30", "12:15"],
    ),
}
_local_text = {
    "german_site": [
        "Die Behörden haben am frühen Morgen mit der Räumung der Altstadt begonnen, wie ein Sprecher der Stadt mitteilte.",
        "Rund 2.000 Menschen sind nach Angaben der Polizei von der Evakuierung betroffen, darunter zwei Pflegeheime.",
    ],
    "french_site": [
        "Les autorités ont commencé dès l’aube l’évacuation des quartiers situés le long de la rivière, a indiqué la mairie.",
        "Environ 2 000 habitants sont concernés par cette mesure, selon la préfecture, qui appelle au calme.",
    ],
    "spanish_site": [
        "Las autoridades comenzaron al amanecer el desalojo de los barrios situados junto al río, según informó el ayuntamiento.",
        "Unas 2.000 personas se han visto afectadas por la medida, de acuerdo con la delegación del Gobierno.",
    ],
}
_local_paras = {"german_site": [1, 1], "french_site": [1, 1], "spanish_site": [1, 2]}
for name, (lang, title, offset, updates, clocks) in _local.items():
    for n in range(1, 4 if name == "german_site" else 3):
        ups = updates[: n - 1] if name == "german_site" else updates[:n]
        shown = clocks[: len(ups)]
        STYLES.setdefault(name, []).append(
            {
                "html": page(
                    title=title,
                    body=ps(_local_text[name]) + "".join(ups),
                    lang=lang,
                    head=jsonld(f"2020-01-03T07:00:00{offset}", f"2020-01-03T1{n}:00:00{offset}"),
                ),
                "fetched_at": f"2020-01-03T1{n}:30:00{offset}",
                "paragraphs": 2,
                "blocks": [
                    block("update", f"2020-01-03T{c}:00{offset}", _local_paras[name][i])
                    for i, c in enumerate(shown)
                ],
                "is_live": False,
            }
        )

# 9. Legacy-encoded page (Windows-1252 bytes; the test decodes them as fetch would).
for n in range(1, 3):
    upd = (
        ""
        if n == 1
        else "<p><strong>Update, Jan. 3, 2020, 6:15 p.m. ET:</strong> The council\u2019s \u201cemergency fund\u201d was approved \u2014 unanimously.</p>"
    )
    STYLES.setdefault("legacy_cp1252", []).append(
        {
            "html": page(
                title="Caf\u00e9 owners count the cost",
                body=ps(
                    [
                        "The owners of the riverside caf\u00e9 said the water reached the counter \u2014 \u201ca metre deep\u201d in places.",
                        "Insurers said claims would be handled \u201cas quickly as possible\u201d after the waters recede.",
                    ]
                )
                + upd,
                charset="windows-1252",
                head=meta_times("2020-01-03T12:00:00-05:00", "2020-01-03T18:20:00-05:00"),
            ),
            "encoding": "cp1252",
            "fetched_at": f"2020-01-03T1{6 + n}:30:00-05:00",
            "paragraphs": 2,
            "blocks": [block("update", "2020-01-03T18:15:00-05:00", 1)] if n > 1 else [],
            "is_live": False,
        }
    )

# 10. h3-header updates on a UK site.
_h3 = [
    "<h3>Update 11:05 BST</h3><p>The Environment Agency has issued two more severe flood warnings.</p>",
    "<h3>Update 13:40 BST</h3><p>The army has been asked to help with sandbagging in the town.</p><p>A spokesman said 60 soldiers would arrive this evening.</p>",
]
for n in range(1, 4):
    STYLES.setdefault("h3_headers", []).append(
        {
            "html": page(
                title="Town braces for second flood peak",
                body=ps(LOREM[:3]) + "".join(_h3[: n - 1]),
                lang="en-GB",
                head=jsonld("2020-07-03T09:00:00+01:00", f"2020-07-03T1{n}:00:00+01:00"),
            ),
            "fetched_at": f"2020-07-03T1{n}:50:00+01:00",
            "paragraphs": 3,
            "blocks": [
                block("update", "2020-07-03T11:05:00+01:00", 1),
                block("update", "2020-07-03T13:40:00+01:00", 2),
            ][: n - 1],
            "is_live": False,
        }
    )

# 11. Prepended, newest first, full dates in the marker.
_pre = [
    "<p><strong>Update, Feb. 12, 2023, 7:20 a.m. ET:</strong> The airport has reopened one runway.</p>",
    "<p><strong>Update, Feb. 12, 2023, 9:45 a.m. ET:</strong> All flights are now operating, the airport said.</p>",
]
for n in range(1, 4):
    STYLES.setdefault("prepended_newest_first", []).append(
        {
            "html": page(
                title="Snowstorm shuts airport",
                body="".join(reversed(_pre[: n - 1])) + ps(LOREM[1:4]),
                head=jsonld("2023-02-11T22:00:00-05:00", f"2023-02-12T{7 + n:02d}:00:00-05:00"),
            ),
            "fetched_at": f"2023-02-12T{7 + n:02d}:30:00-05:00",
            "paragraphs": 3,
            "blocks": list(
                reversed(
                    [
                        block("update", "2023-02-12T07:20:00-05:00", 1),
                        block("update", "2023-02-12T09:45:00-05:00", 1),
                    ][: n - 1]
                )
            ),
            "is_live": False,
        }
    )

# 12. Wrapped boxes: div.article-update and aside.correction, numeric US date.
_box = [
    '<div class="article-update"><p><strong>Updated 3/14/24 08:05 PM PST:</strong> The utility says power has been restored to 40,000 homes.</p><p>About 12,000 remain without power.</p></div>',
    '<aside class="correction-note"><p>Correction: A previous version of this story gave the wrong name for the utility.</p></aside>',
]
for n in range(1, 4):
    STYLES.setdefault("div_update_boxes", []).append(
        {
            "html": page(
                title="Storm knocks out power to thousands",
                body=ps(LOREM[:3]) + "".join(_box[: n - 1]),
                head=jsonld("2024-03-14T15:00:00-07:00", f"2024-03-14T2{n}:00:00-07:00"),
            ),
            "fetched_at": f"2024-03-14T2{n}:30:00-07:00",
            "paragraphs": 3,
            "blocks": [
                block("update", "2024-03-14T20:05:00-07:00", 2),
                block("correction", None, 1),
            ][: n - 1],
            "is_live": False,
        }
    )

# 13. Italic editor's note and struck text (with <del datetime>).
for n in range(1, 4):
    second = (
        LOREM[1]
        if n == 1
        else 'The regional governor told reporters that shelters had been opened in <del datetime="2020-01-03T15:00:00-05:00">four</del> three schools.'
    )
    note = (
        ""
        if n < 3
        else "<p><em>Editor's note: This story has been updated to correct the number of shelters.</em></p>"
    )
    STYLES.setdefault("italic_note_struck", []).append(
        {
            "html": page(
                title="Shelters open as river rises",
                body=ps([LOREM[0], second, LOREM[2]]) + note,
                head=meta_times("2020-01-03T09:00:00-05:00", "2020-01-03T15:00:00-05:00"),
            ),
            "fetched_at": f"2020-01-03T1{3 + n}:00:00-05:00",
            "paragraphs": 3,
            "blocks": [block("editors_note", None, 1)] if n == 3 else [],
            "struck": ["four"] if n > 1 else [],
            "is_live": False,
        }
    )

# 14. JSON-LD-only live blog (entries rendered by script; the JSON-LD carries them).
for n in range(1, 3):
    updates = [
        {
            "@type": "BlogPosting",
            "headline": "Crest expected tonight",
            "datePublished": "2020-01-03T14:00:00-05:00",
            "articleBody": "Forecasters expect the river to crest at about 9 p.m.",
        },
        {
            "@type": "BlogPosting",
            "headline": "Bridge closed",
            "datePublished": "2020-01-03T15:30:00-05:00",
            "articleBody": "The north bridge is closed.\nDrivers should use the bypass.",
        },
    ][:n]
    extra = ',"headline":"River crest live","liveBlogUpdate":' + json.dumps(updates)
    STYLES.setdefault("jsonld_liveblog", []).append(
        {
            "html": page(
                title="River crest live",
                body=ps(LOREM[:1]) + '<div id="live-root"></div>',
                head=jsonld(
                    "2020-01-03T13:00:00-05:00",
                    "2020-01-03T16:00:00-05:00",
                    "LiveBlogPosting",
                    extra,
                ),
            ),
            "fetched_at": f"2020-01-03T1{4 + n}:00:00-05:00",
            "paragraphs": 1,
            "blocks": [
                block("live_entry", u["datePublished"], 1 + len(u["articleBody"].split("\n")))
                for u in updates
            ],
            "is_live": True,
        }
    )


# 15. Prepended multi-paragraph updates, newest first, ending at an "Original story:" line; the
# stamps carry no date and cross midnight (12:10 a.m. above 11:50 p.m. is the next day).
_pm_story = [
    "RIVERTON (AP) — A freight train carrying fuel oil derailed near the river bridge late Friday, officials said, and crews were working to keep the spill out of the water.",
    "The county sheriff said no one was hurt in the derailment, which left nine tank cars on their sides along the embankment.",
    "Residents within half a mile of the tracks were asked to stay indoors while the air was tested, a county spokeswoman said.",
]
_pm_updates = [
    (
        "11:50 p.m.",
        "2020-01-03T23:50:00-05:00",
        [
            "The railroad said two of the tank cars were leaking and that booms had been placed across the creek that feeds the river.",
            "A spokesman for the state environment department said samples would be taken at three points downstream overnight.",
            "The shelter-in-place order remains in effect, the sheriff’s office said.",
        ],
    ),
    (
        "12:10 a.m.",
        "2020-01-04T00:10:00-05:00",
        [
            "The county lifted the shelter-in-place order for homes north of Mill Street after the first air readings came back normal.",
            "Homes south of Mill Street remain under the order until further notice.",
        ],
    ),
    (
        "1:25 a.m.",
        "2020-01-04T01:25:00-05:00",
        [
            "The railroad said the leaks had been stopped and that about 3,000 gallons of fuel oil had spilled, most of it onto the embankment.",
            "Federal investigators are expected at the site in the morning.",
        ],
    ),
]


def prepended_update(clock: str, texts: list[str]) -> str:
    first, *rest = texts
    lead = f'<p class="wp-block-paragraph"><strong>UPDATE {clock} ET:</strong> {first}</p>'
    return lead + "".join(f'<p class="wp-block-paragraph">{t}</p>' for t in rest)


for n in range(1, 5):
    shown = _pm_updates[: n - 1]
    top = "".join(prepended_update(clock, texts) for clock, _, texts in reversed(shown))
    if shown:
        top += '<p class="wp-block-paragraph"><strong>Original story:</strong></p>'
    STYLES.setdefault("prepended_multi_paragraph", []).append(
        {
            "html": page(
                title="Fuel train derails near river bridge" + (" (Updated)" if shown else ""),
                body=top + "".join(f'<p class="wp-block-paragraph">{t}</p>' for t in _pm_story),
                head=jsonld(
                    "2020-01-03T21:05:00-05:00",
                    [
                        "2020-01-03T21:05",
                        "2020-01-03T23:52",
                        "2020-01-04T00:12",
                        "2020-01-04T01:27",
                    ][n - 1]
                    + ":00-05:00",
                ),
                article_class="post type-post entry-content",
            ),
            "fetched_at": [
                "2020-01-03T22:00:00-05:00",
                "2020-01-04T00:00:00-05:00",
                "2020-01-04T00:40:00-05:00",
                "2020-01-04T01:45:00-05:00",
            ][n - 1],
            "paragraphs": 3,
            "blocks": [block("update", iso, len(texts)) for _, iso, texts in reversed(shown)],
            "is_live": bool(shown),
        }
    )

# 16. German site: prepended updates ended by an <hr>, the story below without a wire lede.
_de_story = [
    "Die Polizei hat am Abend die Innenstadt wegen eines verdächtigen Gegenstands weiträumig abgesperrt, wie eine Sprecherin mitteilte.",
    "Betroffen sind nach Angaben der Stadt mehrere Straßen rund um den Hauptbahnhof sowie zwei Buslinien.",
    "Der Zugverkehr ist nach Angaben der Bahn bislang nicht eingeschränkt, Reisende sollten aber mehr Zeit einplanen.",
    "Die Polizei bat die Bevölkerung, den Bereich zu meiden und keine Fotos von Einsatzkräften zu verbreiten.",
    "Ein Sprecher der Feuerwehr sagte, man sei mit mehreren Fahrzeugen vor Ort und stehe in engem Kontakt mit der Polizei.",
]
_de_updates = [
    (
        "23.40 Uhr",
        "2020-01-03T23:40:00+01:00",
        [
            "Spezialkräfte haben den Gegenstand untersucht. Es handelt sich nach ersten Erkenntnissen um einen vergessenen Koffer.",
            "Die Absperrungen sollen in Kürze aufgehoben werden.",
        ],
    ),
    (
        "0.15 Uhr",
        "2020-01-04T00:15:00+01:00",
        [
            "Die Polizei hat alle Absperrungen aufgehoben. Die Buslinien fahren wieder nach Fahrplan.",
            "Der Besitzer des Koffers hat sich inzwischen bei der Polizei gemeldet.",
        ],
    ),
]
for n in range(1, 4):
    shown = _de_updates[: n - 1]
    top = "".join(
        f"<p><strong>Aktualisierung, {clock}:</strong> {texts[0]}</p>" + ps(texts[1:])
        for clock, _, texts in reversed(shown)
    )
    STYLES.setdefault("prepended_rule_german", []).append(
        {
            "html": page(
                title="Verdächtiger Gegenstand: Innenstadt abgesperrt",
                body=top + ("<hr>" if shown else "") + ps(_de_story),
                lang="de-DE",
                head=jsonld(
                    "2020-01-03T22:10:00+01:00",
                    ["2020-01-03T22:10", "2020-01-03T23:42", "2020-01-04T00:17"][n - 1]
                    + ":00+01:00",
                ),
            ),
            "fetched_at": [
                "2020-01-03T22:30:00+01:00",
                "2020-01-03T23:50:00+01:00",
                "2020-01-04T00:30:00+01:00",
            ][n - 1],
            "paragraphs": 5,
            "blocks": [block("update", iso, len(texts)) for _, iso, texts in reversed(shown)],
            "is_live": False,
        }
    )

# 17. Appended bold-lead updates followed by sections: a "What we know so far" heading ends the
# last update (its paragraphs are story), a "Related coverage" heading opens boilerplate.
_hd_story = [
    "A water main broke under Harbor Avenue on Tuesday morning, flooding two blocks and cutting service to about 1,200 homes, the utility said.",
    "Crews shut off the main shortly after 9 a.m., but water had already reached the basements of several shops on the avenue.",
    "The utility said it expected to restore service by the evening and asked customers to boil water until further notice.",
]
_hd_sections = (
    "<h2>What we know so far</h2>"
    "<p>The main was installed in 1931 and was scheduled for replacement next year, according to the city’s capital plan.</p>"
    "<p>It is the third break on Harbor Avenue since 2018.</p>"
    '<h3 class="wp-block-heading">Related coverage</h3>'
    '<ul class="wp-block-list"><li><a href="/2019/11/harbor-avenue-repairs">City delays Harbor Avenue pipe work again</a></li>'
    '<li><a href="/2018/06/harbor-main">Second main break in a month floods Harbor Avenue</a></li></ul>'
    '<p><a href="/newsletters">Get the morning briefing in your inbox</a></p>'
)
_hd_updates = [
    "<p><strong>UPDATE 11:40 a.m. ET:</strong> The utility says service has been restored to about half of the affected homes.</p>"
    "<p>A spokeswoman said the boil-water notice would stay in place for at least 24 hours.</p>",
    "<p><b>UPDATE 2:15 p.m. ET:</b> Harbor Avenue has reopened to traffic between 4th and 6th streets.</p>"
    "<p>The utility said the last homes should have water again by 6 p.m.</p>"
    "<p>Shop owners on the avenue said they were still pumping out basements.</p>",
]
for n in range(1, 4):
    STYLES.setdefault("heading_after_update", []).append(
        {
            "html": page(
                title="Water main break floods Harbor Avenue" + (" (Updated)" if n > 1 else ""),
                body=ps(_hd_story) + "".join(_hd_updates[: n - 1]) + _hd_sections,
                head=jsonld(
                    "2020-06-09T09:40:00-04:00",
                    ["2020-06-09T09:40", "2020-06-09T11:42", "2020-06-09T14:16"][n - 1]
                    + ":00-04:00",
                ),
                article_class="post type-post entry-content",
            ),
            "fetched_at": f"2020-06-09T1{n + 2}:30:00-04:00",
            "paragraphs": 6,  # three story paragraphs, the section heading and its two paragraphs
            "blocks": [
                block("update", "2020-06-09T11:40:00-04:00", 2),
                block("update", "2020-06-09T14:15:00-04:00", 3),
            ][: n - 1],
            "is_live": n > 1,
        }
    )

# 18. Datelines inside the body container: changed on every edit, neither text nor an update;
# the real update in v3 is a bold marker line over its text.
_dl_story = [
    "The school board voted 5-2 on Thursday night to close Lincoln Elementary at the end of the school year, citing falling enrolment.",
    "Parents who spoke at the three-hour meeting urged the board to delay the vote until a study of the district’s buildings is finished.",
    "The district said pupils would move to two nearby schools and that no teachers would lose their jobs.",
    "The board will take up a plan for the building’s future use in the spring.",
]
_dl_top = [
    '<p class="dateline"><time datetime="2020-01-03T17:10:00-05:00">Published 5:10 p.m. ET</time></p>',
    '<p class="dateline"><time datetime="2020-01-03T17:10:00-05:00">Published 5:10 p.m. ET</time> | <time datetime="2020-01-03T18:15:00-05:00">Updated 6:15 p.m. ET</time></p>',
    '<p class="dateline"><time datetime="2020-01-03T19:40:00-05:00">Updated Jan. 3, 2020 7:40 p.m. ET</time></p>',
]
_dl_bottom = [
    "",
    '<p class="last-updated"><time datetime="2020-01-03T18:15:00-05:00">Last updated: January 3, 2020 at 6:15 p.m. ET</time></p>',
    '<p class="last-updated"><time datetime="2020-01-03T19:40:00-05:00">Last updated: January 3, 2020 at 7:40 p.m. ET</time></p>',
]
_dl_update = (
    "<p><strong>Updated 7:40 p.m. ET</strong></p>"
    "<p>The board’s president said a vote on the building’s sale would not come before June.</p>"
    "<p>Two board members asked for the study of the district’s buildings to be published first.</p>"
)
for n in range(1, 4):
    STYLES.setdefault("dateline_in_body", []).append(
        {
            "html": page(
                title="School board votes to close Lincoln Elementary",
                body=_dl_top[n - 1]
                + ps(_dl_story)
                + (_dl_update if n == 3 else "")
                + _dl_bottom[n - 1],
                head=meta_times(
                    "2020-01-03T17:10:00-05:00",
                    [
                        "2020-01-03T17:10:00-05:00",
                        "2020-01-03T18:15:00-05:00",
                        "2020-01-03T19:40:00-05:00",
                    ][n - 1],
                ),
            ),
            "fetched_at": f"2020-01-03T{16 + 2 * n}:00:00-05:00",
            "paragraphs": 4,
            "blocks": [block("update", "2020-01-03T19:40:00-05:00", 2)] if n == 3 else [],
            "is_live": False,
        }
    )


# 19. Dated markers and unlabelled notes in German: a heading "Update vom …, … Uhr", a note
# above the story with its own stamp, a correction note at the end ("In einer früheren
# Version …"), and the agency credit under the update, which is not its text.
_gd_story = [
    "Nach dem Wasserrohrbruch in der Innenstadt sind am Sonntagmorgen rund 2000 Haushalte ohne Trinkwasser gewesen. Die Stadtwerke richteten Ausgabestellen ein.",
    "Die Ursache des Schadens ist nach Angaben eines Sprechers noch unklar. Die Leitung stammt aus den 1960er-Jahren.",
    "Anwohner wurden gebeten, Leitungswasser vorerst abzukochen.",
]
_gd_note = "<p>Dieser Artikel wurde am 3. Mai 2020 um 18:10 Uhr aktualisiert.</p>"
_gd_update = (
    "<h3>Update vom 3. Mai 2020, 16:05 Uhr</h3>"
    "<p>Die Stadtwerke haben die Leitung repariert. Die Versorgung soll bis zum Abend wiederhergestellt sein.</p>"
    "<p>Mit Material von dpa</p>"
)
_gd_correction = "<p><em>In einer früheren Version dieses Artikels hieß es, 5000 Haushalte seien betroffen. Richtig sind rund 2000.</em></p>"
for n in range(1, 3):
    STYLES.setdefault("german_dated_notes", []).append(
        {
            "html": page(
                title="Wasserrohrbruch: Tausende Haushalte ohne Wasser",
                body=(_gd_note if n == 2 else "")
                + ps(_gd_story)
                + (_gd_update + _gd_correction if n == 2 else ""),
                lang="de-DE",
                head=meta_times("2020-05-03T09:00:00+02:00", "2020-05-03T18:10:00+02:00"),
            ),
            "fetched_at": f"2020-05-03T{10 + 9 * (n - 1)}:00:00+02:00",
            "paragraphs": 3,
            "blocks": [
                block("update", "2020-05-03T18:10:00+02:00", 1),
                block("update", "2020-05-03T16:05:00+02:00", 1),
                block("correction", None, 1),
            ][: 3 * (n - 1)],
            "is_live": False,
        }
    )

# 20. French and Spanish full dates: a bold "Mise à jour le … à 10h12" lead over its text, a
# closing "Article mis à jour le …" note; "Actualización 12/03/2024 08:30" on a Spanish page
# with "Este artículo ha sido actualizado …" under it.
_fd_story = [
    "Le trafic ferroviaire est interrompu entre Lyon et Grenoble depuis lundi soir après un glissement de terrain près de Voiron, a indiqué la SNCF.",
    "Des bus de substitution ont été mis en place, mais les voyageurs doivent prévoir au moins une heure de trajet supplémentaire.",
    "Les travaux de déblaiement pourraient durer plusieurs jours selon la préfecture de l'Isère.",
]
STYLES["french_dated_notes"] = [
    {
        "html": page(
            title="Glissement de terrain : la ligne Lyon-Grenoble coupée",
            body=ps(_fd_story)
            + "<p><strong>Mise à jour le 5 mars 2024 à 10h12 :</strong> La SNCF annonce une reprise partielle du trafic mercredi matin.</p>"
            + "<p><small>Article mis à jour le 5 mars 2024 à 12h40 avec l'annonce de la SNCF.</small></p>",
            lang="fr-FR",
            head=meta_times("2024-03-05T07:00:00+01:00", "2024-03-05T12:40:00+01:00"),
        ),
        "fetched_at": "2024-03-05T13:00:00+01:00",
        "paragraphs": 3,
        "blocks": [
            block("update", "2024-03-05T10:12:00+01:00", 1),
            block("update", "2024-03-05T12:40:00+01:00", 1),
        ],
        "is_live": False,
    }
]
STYLES["spanish_dated_notes"] = [
    {
        "html": page(
            title="Corte de luz en el centro de Valencia",
            body=ps(
                [
                    "Un apagón dejó sin electricidad a unos 30.000 vecinos del centro de Valencia durante la mañana del martes, según la compañía distribuidora.",
                    "Los semáforos de varias avenidas dejaron de funcionar y la Policía Local reforzó su presencia en los cruces principales.",
                ]
            )
            + "<p><b>Actualización 12/03/2024 08:30</b> — La compañía ha restablecido el suministro en la mayoría de los barrios afectados.</p>"
            + "<p><i>Este artículo ha sido actualizado con la última información de la compañía.</i></p>",
            lang="es-ES",
            head=meta_times("2024-03-12T07:10:00+01:00", "2024-03-12T08:35:00+01:00"),
        ),
        "fetched_at": "2024-03-12T09:00:00+01:00",
        "paragraphs": 2,
        "blocks": [
            block("update", "2024-03-12T08:30:00+01:00", 1),
            block("update", None, 1),
        ],
        "is_live": False,
    }
]

# 21. Italian and Portuguese: "Aggiornamento ore 16.05 –" and "Aggiornato il … , ore 18.40"
# bold leads, "Questo articolo è stato aggiornato"; "Atualização às 16h05:", "Atualizado em 3 de
# maio de 2020" and a correction "Uma versão anterior deste texto …".
STYLES["italian_site"] = [
    {
        "html": page(
            title="Incendio in un capannone alla periferia nord",
            body=ps(
                [
                    "Un incendio è divampato nella notte in un capannone industriale della periferia nord. Sul posto sono intervenute sei squadre dei vigili del fuoco.",
                    "Il sindaco ha invitato i residenti della zona a tenere chiuse le finestre fino a nuovo avviso.",
                    "Non ci sono feriti, secondo le prime informazioni della questura.",
                ]
            )
            + "<p><strong>Aggiornamento ore 16.05</strong> – I vigili del fuoco hanno spento le ultime fiamme.</p>"
            + "<p>Le analisi dell'aria non hanno rilevato valori anomali.</p>"
            + "<p><strong>Aggiornato il 3 maggio 2020, ore 18.40:</strong> L'ordinanza sulle finestre è stata revocata.</p>"
            + "<p><em>Questo articolo è stato aggiornato con la revoca dell'ordinanza.</em></p>",
            lang="it-IT",
            head=meta_times("2020-05-03T08:30:00+02:00", "2020-05-03T18:45:00+02:00"),
        ),
        "fetched_at": "2020-05-03T19:00:00+02:00",
        "paragraphs": 3,
        "blocks": [
            block("update", "2020-05-03T16:05:00+02:00", 2),
            block("update", "2020-05-03T18:40:00+02:00", 1),
            block("update", None, 1),
        ],
        "is_live": False,
    }
]
STYLES["portuguese_site"] = [
    {
        "html": page(
            title="Temporal deixa bairros sem luz em Lisboa",
            body=ps(
                [
                    "O temporal que atingiu Lisboa na madrugada de domingo deixou cerca de 15 mil clientes sem eletricidade, segundo a distribuidora.",
                    "A Proteção Civil registou mais de 200 ocorrências, a maioria por queda de árvores e inundações.",
                ]
            )
            + "<p><b>Atualização às 16h05:</b> A distribuidora diz ter reposto a luz em metade das casas afetadas.</p>"
            + "<h4>Atualizado em 3 de maio de 2020, às 18h40</h4><p>A circulação no túnel do Marquês foi retomada.</p>"
            + "<p><i>Uma versão anterior deste texto indicava 50 mil clientes sem luz.</i></p>",
            lang="pt-PT",
            head=meta_times("2020-05-03T09:00:00+01:00", "2020-05-03T18:40:00+01:00"),
        ),
        "fetched_at": "2020-05-03T19:00:00+01:00",
        "paragraphs": 2,
        "blocks": [
            block("update", "2020-05-03T16:05:00+01:00", 1),
            block("update", "2020-05-03T18:40:00+01:00", 1),
            block("correction", None, 1),
        ],
        "is_live": False,
    }
]

# 22. English notes without the word "update" and numeric full dates: "Updated 11.02.23, 11:52
# EST:", an "*An earlier version …" correction, a bare "Updated at 1:23 p.m." as the story's
# last line (a block with a stamp and no text), and a rule and a credit after an update.
_en_story = [
    "Freezing rain knocked out power to about 40,000 customers in the county overnight, the utility said on Saturday morning.",
    "Crews from three neighbouring states were on their way, a spokeswoman said, but some homes could be dark until Monday.",
    "Warming centres were opened at two high schools and the county fairgrounds.",
]
STYLES["english_notes_dates"] = [
    {
        "html": page(
            title="Ice storm leaves thousands without power",
            body=ps(_en_story)
            + "<p><strong>Updated 11.02.23, 11:52 EST:</strong> About 31,000 customers were still without power.</p>"
            + "<p>___</p><p>Additional reporting by Chris Moreno.</p>"
            + '<p class="correction-text">*An earlier version of this article misstated the number of warming centres.</p>',
            head=meta_times("2023-02-11T08:00:00-05:00", "2023-02-11T12:00:00-05:00"),
        ),
        "fetched_at": "2023-02-11T12:30:00-05:00",
        "paragraphs": 3,
        "blocks": [
            block("update", "2023-02-11T11:52:00-05:00", 1),
            block("correction", None, 1),
        ],
        "is_live": False,
    },
    {
        "html": page(
            title="Ice storm leaves thousands without power",
            body=ps(_en_story) + "<p>Updated at 1:23 p.m.</p>",
            head=meta_times("2023-02-11T08:00:00-05:00", "2023-02-11T13:23:00-05:00"),
        ),
        "fetched_at": "2023-02-11T14:00:00-05:00",
        "paragraphs": 3,
        "blocks": [block("update", "2023-02-11T13:23:00-05:00", 0)],
        "is_live": False,
    },
]

# 23. A live blog known from JSON-LD only (the entries are drawn by a script): a NewsArticle
# object before the LiveBlogPosting in one @graph; the label is the clock in the page's zone.
_graph_updates = [
    {"@type": "BlogPosting", "headline": "Trains resume", "datePublished": "2024-06-12T13:20:00Z", "articleBody": "The first trains left the main station just after two o'clock."},
    {"@type": "BlogPosting", "headline": "Talks continue", "datePublished": "2024-06-12T10:05:00Z", "articleBody": "Union and operator representatives are still meeting."},
]  # fmt: skip
_graph = {
    "@context": "https://schema.org",
    "@graph": [
        {"@type": "WebSite", "name": "Daily Ledger"},
        {"@type": "NewsArticle", "headline": "Rail strike live", "datePublished": "2024-06-12T08:00:00+01:00"},
        {"@type": "LiveBlogPosting", "headline": "Rail strike live", "liveBlogUpdate": _graph_updates},
    ],
}  # fmt: skip
STYLES["jsonld_graph_liveblog"] = [
    {
        "html": page(
            title="Rail strike live",
            body=ps(LOREM[:1]) + '<div id="live-app" data-src="/api/live"></div>',
            lang="en-GB",
            head=f'<script type="application/ld+json">{json.dumps(_graph)}</script>',
        ),
        "fetched_at": "2024-06-12T15:00:00+01:00",
        "paragraphs": 1,
        "blocks": [
            block("live_entry", "2024-06-12T14:20:00+01:00", 2),
            block("live_entry", "2024-06-12T11:05:00+01:00", 2),
        ],
        "is_live": True,
    }
]

# 24. Live entries marked only by a clock: German bold clocks in the text ("<b>17.00 Uhr</b>
# …"), and English headings with a clock over each entry, newest first, with the
# NewsArticle and the LiveBlogPosting in two scripts of their own.
STYLES["liveblog_bold_clock"] = [
    {
        "html": page(
            title="Sturm über Norddeutschland: Alle Entwicklungen im Liveticker",
            body="<p>Orkanböen haben am Montag in Norddeutschland zahlreiche Bäume entwurzelt. Wir halten Sie auf dem Laufenden.</p>"
            + "<p><b>17.00 Uhr:</b> Die Bahn hat den Fernverkehr zwischen Hamburg und Berlin wieder aufgenommen.</p>"
            + "<p><b>15.30 Uhr:</b> In Bremen ist ein Baum auf ein Auto gestürzt. Die Insassen blieben unverletzt.</p>"
            + "<p>Die Feuerwehr bittet darum, Parks zu meiden.</p>"
            + "<p><b>9.45 Uhr:</b> Der Wetterdienst warnt vor Orkanböen bis 120 Kilometer pro Stunde.</p>",
            lang="de-DE",
            head=meta_times("2024-02-12T08:00:00+01:00", "2024-02-12T17:02:00+01:00"),
        ),
        "fetched_at": "2024-02-12T17:30:00+01:00",
        "paragraphs": 1,
        "blocks": [
            block("live_entry", "2024-02-12T17:00:00+01:00", 1),
            block("live_entry", "2024-02-12T15:30:00+01:00", 2),
            block("live_entry", "2024-02-12T09:45:00+01:00", 1),
        ],
        "is_live": True,
    },
    # A story that is not live, with a timeline of bold clocks in it: each line is an entry of
    # its own, and the story after the timeline stays story.
    {
        "html": page(
            title="Wie der Sturm über den Norden zog",
            body="<p>Der Sturm am Montag war der stärkste seit zehn Jahren. Ein Rückblick auf den Tag, an dem der Norden stillstand.</p>"
            + "<p><b>9.45 Uhr:</b> Der Wetterdienst warnt vor Orkanböen.</p>"
            + "<p><b>15.30 Uhr:</b> In Bremen stürzt ein Baum auf ein Auto.</p>"
            + "<p>Am Abend zogen die Behörden eine erste Bilanz. Mehr als 300 Einsätze zählte allein die Feuerwehr in Hamburg.</p>"
            + "<p>Die Bahn rechnet noch bis Mittwoch mit Einschränkungen im Fernverkehr.</p>",
            lang="de-DE",
            head=meta_times("2024-02-13T08:00:00+01:00", "2024-02-13T08:00:00+01:00"),
        ),
        "fetched_at": "2024-02-13T09:00:00+01:00",
        "paragraphs": 3,
        "blocks": [
            block("live_entry", "2024-02-13T09:45:00+01:00", 1),
            block("live_entry", "2024-02-13T15:30:00+01:00", 1),
        ],
        "is_live": True,
    },
]
STYLES["liveblog_heading_clock"] = [
    {
        "html": page(
            title="Election night: results as they come in",
            body="<p>Polls closed at 10pm and the first results are expected within the hour.</p>"
            + "<h2>1.15am</h2><p>The third seat has been declared for the Greens.</p>"
            + "<h2>12.40am</h2><p>Turnout in the city was 61 per cent, the returning officer said.</p><p>That is up four points on the last election.</p>"
            + "<h2>11.05pm</h2><p>The first count has finished in the northern ward.</p>",
            lang="en-GB",
            head=jsonld("2024-05-02T22:00:00+01:00", "2024-05-03T01:16:00+01:00")
            + jsonld("2024-05-02T22:00:00+01:00", "2024-05-03T01:16:00+01:00", "LiveBlogPosting"),
        ),
        "fetched_at": "2024-05-03T01:30:00+01:00",
        "paragraphs": 1,
        "blocks": [
            block("live_entry", "2024-05-03T01:15:00+01:00", 1),
            block("live_entry", "2024-05-03T00:40:00+01:00", 2),
            block("live_entry", "2024-05-02T23:05:00+01:00", 1),
        ],
        "is_live": True,
    }
]


# 25. Live entries in elements of the CMS's own classes: <article class="pst"> siblings, each
# opening with a clock in a <span>, and microdata liveBlogUpdate <div>s with the time in a
# <meta itemprop="datePublished"> and the visible clock in a span.
def _pst(clock: str, title: str, text: str) -> str:
    return (
        f'<article class="pst pst--std"><div class="pst__hd"><span class="pst__t">{clock}</span></div>'
        f"<h3>{title}</h3><p>{text}</p></article>"
    )


STYLES["liveblog_article_entries"] = [
    {
        "html": page(
            title="Heatwave: the day in brief",
            body="<p>Temperatures are forecast to reach 38C in the south today.</p>"
            + '<div class="stream">'
            + _pst(
                "16:40",
                "Hosepipe ban",
                "The water company has announced a hosepipe ban from Friday.",
            )
            + _pst(
                "14:05",
                "Record broken",
                "The Met Office confirmed a new June record for the region this afternoon.",
            )
            + _pst(
                "11:20",
                "Beaches busy",
                "Coastguards have urged visitors to swim only at lifeguarded beaches.",
            )
            + "</div>",
            lang="en-GB",
            head=meta_times("2024-06-26T09:00:00+01:00", "2024-06-26T16:41:00+01:00"),
        ),
        "fetched_at": "2024-06-26T17:00:00+01:00",
        "paragraphs": 1,
        "blocks": [
            block("live_entry", "2024-06-26T16:40:00+01:00", 2),
            block("live_entry", "2024-06-26T14:05:00+01:00", 2),
            block("live_entry", "2024-06-26T11:20:00+01:00", 2),
        ],
        "is_live": True,
    }
]


def _md_entry(iso: str, clock: str, text: str) -> str:
    return (
        '<div class="tk-entry" itemprop="liveBlogUpdate" itemscope itemtype="https://schema.org/BlogPosting">'
        f'<meta itemprop="datePublished" content="{iso}"><span class="tk-clock">{clock}</span>'
        f'<div itemprop="articleBody"><p>{text}</p></div></div>'
    )


STYLES["liveblog_microdata_clock"] = [
    {
        "html": page(
            title="Tempête : les dernières informations",
            body=_md_entry(
                "2024-03-05T09:12:00Z", "10h12", "Les vents ont atteint 150 km/h sur la côte."
            )
            + _md_entry(
                "2024-03-05T07:40:00Z", "08h40", "Les écoles du département restent fermées."
            ),
            lang="fr-FR",
            head=meta_times("2024-03-05T07:00:00+01:00", "2024-03-05T10:12:00+01:00"),
        ),
        "fetched_at": "2024-03-05T11:00:00+01:00",
        "paragraphs": 0,
        "blocks": [
            block("live_entry", "2024-03-05T10:12:00+01:00", 1),
            block("live_entry", "2024-03-05T08:40:00+01:00", 1),
        ],
        "is_live": True,
    }
]

# 26. An update list in a box above the story: list items with a clock only; the zone is the
# page's (the published time's offset in the page language's zone).
STYLES["update_list_box"] = [
    {
        "html": page(
            title="Flooding closes the ring road",
            body='<div class="key-points"><h2>Latest</h2><ul>'
            + "<li><strong>11:45</strong> The ring road has reopened in both directions.</li>"
            + "<li><strong>09:30</strong> Police have closed the ring road between junctions 4 and 6.</li>"
            + "</ul></div>"
            + ps(LOREM[:3]),
            lang="en-GB",
            head=meta_times("2024-01-15T08:00:00+00:00", "2024-01-15T11:46:00+00:00"),
        ),
        "fetched_at": "2024-01-15T12:00:00+00:00",
        "paragraphs": 3,
        "blocks": [
            block("live_entry", "2024-01-15T11:45:00+00:00", 1),
            block("live_entry", "2024-01-15T09:30:00+00:00", 1),
        ],
        "is_live": True,
    }
]


# 27. A German ticker: entries as "+++ 16:40 Uhr: … +++" lines in plain paragraphs, newest
# first; the zone is the page's.
STYLES["german_liveticker"] = [
    {
        "html": page(
            title="Bahnstreik: Alle Entwicklungen im Liveticker",
            body="<p>Die Gewerkschaft hat bundesweit zum Streik aufgerufen. Wir berichten fortlaufend.</p>"
            + "<p>+++ 16:40 Uhr: Die Bahn meldet erste Verbindungen im Fernverkehr. +++</p>"
            + "<p>+++ 12:15 Uhr: Auch der Regionalverkehr in Bayern ist betroffen. +++</p>"
            + "<p>+++ 6:30 Uhr: Der Streik hat begonnen. +++</p>",
            lang="de-DE",
            head=meta_times("2024-03-07T06:00:00+01:00", "2024-03-07T16:41:00+01:00"),
        ),
        "fetched_at": "2024-03-07T17:00:00+01:00",
        "paragraphs": 1,
        "blocks": [
            block("live_entry", "2024-03-07T16:40:00+01:00", 1),
            block("live_entry", "2024-03-07T12:15:00+01:00", 1),
            block("live_entry", "2024-03-07T06:30:00+01:00", 1),
        ],
        "is_live": True,
    }
]


# 28. A live blog running over days: <section> entries show a clock only, and the
# LiveBlogPosting's liveBlogUpdate (after a NewsArticle, in scripts of their own) holds the same
# entries with their dates, which the clocks borrow by their titles.
_two_day = [
    ("2024-03-08T08:15:00Z", "09:15", "Roads reopen", "The motorway has reopened in both directions."),
    ("2024-03-07T21:40:00Z", "22:40", "Night shelters", "Three night shelters are open for stranded drivers."),
    ("2024-03-07T16:05:00Z", "17:05", "Snow closes motorway", "Police have closed the motorway after heavy snow."),
]  # fmt: skip
_two_day_ld = {
    "@context": "https://schema.org",
    "@type": "LiveBlogPosting",
    "headline": "Snow: live updates",
    "liveBlogUpdate": [
        {"@type": "BlogPosting", "headline": title, "datePublished": iso, "articleBody": text}
        for iso, _, title, text in _two_day
    ],
}
STYLES["liveblog_entries_jsonld_dates"] = [
    {
        "html": page(
            title="Snow: live updates",
            body="<p>Heavy snow has brought traffic to a standstill across the region.</p>"
            + "".join(
                f'<section class="upd"><div class="upd__t">{clock}</div><h3>{title}</h3><p>{text}</p></section>'
                for _, clock, title, text in _two_day
            ),
            lang="de-DE",
            head=jsonld("2024-03-06T16:00:00+01:00", "2024-03-08T09:16:00+01:00")
            + f'<script type="application/ld+json">{json.dumps(_two_day_ld)}</script>',
        ),
        "fetched_at": "2024-03-08T10:00:00+01:00",
        "paragraphs": 1,
        "blocks": [
            block("live_entry", "2024-03-08T09:15:00+01:00", 2),
            block("live_entry", "2024-03-07T22:40:00+01:00", 2),
            block("live_entry", "2024-03-07T17:05:00+01:00", 2),
        ],
        "is_live": True,
    }
]


# 29. Live entries as <li> items whose <header> holds a clock link (a <time> and a visible copy
# of it) and the entry's headline; a "Read more:" teaser inside an entry and an ad slot wrapped
# as an <li> among the entries are furniture.
_hdr = [
    ("2024-11-12T15:50:00Z", "15.50 GMT", "Pier closed", "The council has closed the pier after a section of railing fell into the sea."),
    ("2024-11-12T13:25:00Z", "13.25 GMT", "Gusts recorded", "A gust of 88mph was recorded on the headland just after one o'clock."),
    ("2024-11-12T11:10:00Z", "11.10 GMT", "Buses diverted", "Coastal bus routes are running on inland roads for the rest of the day."),
]  # fmt: skip


def _hdr_entry(iso: str, clock: str, title: str, text: str) -> str:
    return (
        f'<li class="tl-item"><header class="tl-item__head"><a class="tl-item__link" href="#p{iso[11:13]}">'
        f'<time datetime="{iso}">{clock}</time><span class="tl-item__clock" aria-hidden="true">{clock}</span></a>'
        f'<h2 class="tl-item__title">{title}</h2></header><div class="tl-item__text"><p>{text}</p>'
        '<p><strong>Read more:</strong> <a href="/weather/names">Why storms get names</a></p></div></li>'
    )


STYLES["liveblog_entry_headers"] = [
    {
        "html": page(
            title="Gales batter the coast – live",
            body="<p>Severe gales are hitting the south coast, with warnings in place until midnight.</p>"
            + '<ul class="tl">'
            + _hdr_entry(*_hdr[0])
            + '<li class="tl-slot"><div class="slot-mpu"><span>Advertisement</span></div></li>'
            + "".join(_hdr_entry(*e) for e in _hdr[1:])
            + "</ul>",
            lang="en-GB",
            head=meta_times("2024-11-12T09:00:00+00:00", "2024-11-12T15:51:00+00:00"),
        ),
        "fetched_at": "2024-11-12T16:00:00+00:00",
        "paragraphs": 1,
        "blocks": [
            block("live_entry", "2024-11-12T15:50:00+00:00", 2),
            block("live_entry", "2024-11-12T13:25:00+00:00", 2),
            block("live_entry", "2024-11-12T11:10:00+00:00", 2),
        ],
        "is_live": True,
    }
]


# 30. A German ticker whose entries open with a bold "+++ 16:40 Uhr +++ Title" line, the text
# after a <br> or in the next paragraph, on a page whose headline does not say it is live.
STYLES["german_ticker_bold_titles"] = [
    {
        "html": page(
            title="Sturmflut an der Küste: Deiche halten",
            body="<p>Die Sturmflut hat in der Nacht die Küste erreicht, die Deiche halten bislang stand.</p>"
            + "<p><strong>+++ 18:20 Uhr +++ Pegel sinkt</strong><br>Der Pegel in der Bucht sinkt langsam, meldet das Amt.</p>"
            + "<p><strong>+++ 15:05 Uhr +++ Fährverkehr eingestellt</strong></p>"
            + "<p>Alle Fähren zu den Inseln bleiben bis morgen früh im Hafen.</p>"
            + "<p><strong>+++ 9:45 Uhr +++ Warnung erhöht</strong><br>Der Wetterdienst hat die höchste Warnstufe ausgerufen.</p>",
            lang="de-DE",
            head=meta_times("2024-02-14T07:00:00+01:00", "2024-02-14T18:21:00+01:00"),
        ),
        "fetched_at": "2024-02-14T19:00:00+01:00",
        "paragraphs": 1,
        "blocks": [
            block("live_entry", "2024-02-14T18:20:00+01:00", 1),
            block("live_entry", "2024-02-14T15:05:00+01:00", 2),
            block("live_entry", "2024-02-14T09:45:00+01:00", 1),
        ],
        "is_live": True,
    }
]


# 31. Entries stamped with a numeric date before the clock ("14.02.2024 • 18:20 Uhr",
# "13.02.2024, 22:10 Uhr"), a live blog running over two days.
def _dated_entry(stamp: str, title: str, text: str) -> str:
    return (
        f'<div class="feed-item"><p class="feed-item__when">{stamp}</p>'
        f"<h2>{title}</h2><p>{text}</p></div>"
    )


STYLES["dated_clock_entries"] = [
    {
        "html": page(
            title="Sturmflut: Der Tag an der Küste",
            body="<p>Die Sturmflut hält die Küste seit dem Vorabend in Atem.</p>"
            + _dated_entry(
                "14.02.2024 • 18:20 Uhr", "Pegel sinkt", "Der Pegel in der Bucht sinkt langsam."
            )
            + _dated_entry(
                "14.02.2024 • 9:45 Uhr",
                "Warnung erhöht",
                "Der Wetterdienst ruft die höchste Warnstufe aus.",
            )
            + _dated_entry(
                "13.02.2024, 22:10 Uhr",
                "Deiche besetzt",
                "Freiwillige haben die Deiche über Nacht besetzt.",
            ),
            lang="de-DE",
            head=meta_times("2024-02-13T20:00:00+01:00", "2024-02-14T18:21:00+01:00"),
        ),
        "fetched_at": "2024-02-14T19:00:00+01:00",
        "paragraphs": 1,
        "blocks": [
            block("live_entry", "2024-02-14T18:20:00+01:00", 2),
            block("live_entry", "2024-02-14T09:45:00+01:00", 2),
            block("live_entry", "2024-02-13T22:10:00+01:00", 2),
        ],
        "is_live": True,
    }
]


# 32. A dated correction under the story ("A correction was made on …:"), once in one
# paragraph and once split over several <em>, and an update note whose opening words and stamp
# are its label ("Article mis à jour le … à …").
STYLES["correction_made_on"] = [
    {
        "html": page(
            title="Harbour crane collapses during storm",
            body=ps(LOREM[:3])
            + '<div class="correction-zone"><p class="fine"><em>A correction was made on</em> '
            + "<em>Jan. 4, 2020:</em> <em>An earlier version of this article misstated the "
            + "height of the crane. It was 60 metres tall, not 80.</em></p></div>",
            head=jsonld("2020-01-03T09:00:00-05:00", "2020-01-04T10:00:00-05:00"),
        ),
        "fetched_at": "2020-01-04T12:00:00-05:00",
        "paragraphs": 3,
        "blocks": [block("correction", None, 1)],
        "is_live": False,
    },
    {
        "html": page(
            title="Harbour crane collapses during storm",
            body=ps(LOREM[:3])
            + "<p>A correction was made on Jan. 4, 2020: An earlier version of this article "
            + "misstated the height of the crane.</p>",
            head=jsonld("2020-01-03T09:00:00-05:00", "2020-01-04T10:00:00-05:00"),
        ),
        "fetched_at": "2020-01-04T12:00:00-05:00",
        "paragraphs": 3,
        "blocks": [block("correction", None, 1)],
        "is_live": False,
    },
    {
        "html": page(
            title="Une grue s'effondre sur le port",
            body="<p>Une grue du port s'est effondrée dans la nuit, sans faire de blessés.</p>"
            + "<p>Les quais ont été fermés au public pendant les opérations de déblaiement.</p>"
            + '<p class="maj">Article mis à jour le 4 janvier 2020 à 17h40 avec le bilan '
            + "définitif du port.</p>",
            lang="fr-FR",
            head=meta_times("2020-01-04T08:00:00+01:00", "2020-01-04T17:41:00+01:00"),
        ),
        "fetched_at": "2020-01-04T18:00:00+01:00",
        "paragraphs": 2,
        "blocks": [block("update", "2020-01-04T17:40:00+01:00", 1)],
        "is_live": False,
    },
]


# 33. Wire stories signed off under the last paragraph: reporting and editing credits, a
# trust-principles line, the writer's initials with the agency, a source line of agencies.
STYLES["wire_sign_offs"] = [
    {
        "html": page(
            title="Port strike halts container traffic",
            body=ps(LOREM[:3])
            + '<p class="sign">Reporting by Lena Ortiz in Valencia; Additional reporting by Tom '
            + "Berg; Editing by Ruth Amos</p>"
            + '<p class="sign"><a href="/standards">Our Standards: The Thomson Reuters Trust Principles.</a></p>',
        ),
        "fetched_at": "2020-01-03T12:00:00-05:00",
        "paragraphs": 3,
        "blocks": [],
        "is_live": False,
    },
    {
        "html": page(
            title="Hafenstreik legt Containerverkehr lahm",
            body="<p>Ein Streik der Hafenarbeiter hat den Containerverkehr am Mittwoch fast vollständig zum Erliegen gebracht.</p>"
            + "<p>Die Gewerkschaft kündigte an, den Ausstand bis zum Wochenende fortzusetzen.</p>"
            + "<p>rtb/dpa</p><p><em>Quelle: dpa, AFP, Reuters</em></p>",
            lang="de-DE",
        ),
        "fetched_at": "2020-01-03T12:00:00-05:00",
        "paragraphs": 2,
        "blocks": [],
        "is_live": False,
    },
]


# Noise-only history: the same article with changing furniture. Every version must hash equal.
def noisy(n: int) -> str:
    cls = ["c-1x9z", "c-7yq2", "c-p00a", "c-zz11"][n]
    quote = ["\u2019", "&rsquo;", "&#8217;", "&#x2019;"][n]
    space = [" ", "&nbsp;", "  ", "\n "][n]
    dash = ["\u2014", "&mdash;", "&#8212;", "\u2014"][n]
    body = (
        f'<div class="{cls}"><p class="{cls}-p">The council{quote}s emergency{space}fund was approved {dash} unanimously — on Friday.</p>'
        f'<p>Residents <a href="/tag/flood?cb={n * 7919}">affected by the flood</a> can apply from Monday at the town hall.</p>'
        f'<div class="ad-slot" id="ad-{n}"><p>Advertisement</p><p>Buy our sponsor{n}s product today at a discount!</p></div>'
        f"<p>{n + 3} minutes ago</p>"
        f'<p><span class="views">{1000 + n * 37} views</span></p>'
        f'<form><input type="hidden" name="csrf" value="tok{n * 31337}"></form>'
        f"<p>The <strong>first payments</strong> are expected within{space}two weeks, officials said.</p>"
        f"<p><strong>UPDATE: 3:30pm EST—</strong> The fund{quote}s size was raised to $2 million.</p></div>"
    )
    return page(
        title="Council approves flood fund (Updated)",
        body=body,
        head=jsonld("2020-01-03T12:00:00-05:00", f"2020-01-03T1{5 + n}:00:00-05:00")
        + f'<meta name="csrf-token" content="x{n}y">',
        article_class=f"article {cls}",
    ).replace("2 hours ago", f"{n + 2} hours ago")


# 34. Notes stamped first and then named ("1:20 p.m. update:" as a bold lead, "2:35 p.m. update"
# as a heading), newest first under the story, as US local papers print them.
STYLES["stamp_then_update"] = [
    {
        "html": page(
            title="I-80 closed in Parleys Canyon after semis jackknife",
            body=ps(LOREM[:3])
            + "<h3>2:35 p.m. update</h3><p>Troopers say the westbound lanes could reopen by 5 p.m.</p>"
            + "<p><b>1:20 p.m. update:</b> Tow crews have reached the trucks near Lambs Canyon.</p>",
            head=jsonld("2026-12-06T11:40:00-07:00", "2026-12-06T14:36:00-07:00"),
        ),
        "fetched_at": "2026-12-06T15:00:00-07:00",
        "paragraphs": 3,
        "blocks": [
            block("update", "2026-12-06T14:35:00-07:00", 1),
            block("update", "2026-12-06T13:20:00-07:00", 1),
        ],
        "is_live": False,
    }
]


# 35. French notes set into the story as headings: a "Point de situation à 17 h 05" and a day
# with a clock ("Dimanche, 14 h 20"), each over one paragraph, the story going on below them.
STYLES["french_situation_points"] = [
    {
        "html": page(
            title="Éboulement sur la RN2 : la route coupée à Schœlcher",
            body="<p>Un pan de falaise s'est effondré dimanche matin sur la RN2 à Schœlcher, coupant la route dans les deux sens.</p>"
            + "<p>Aucun véhicule n'a été touché, selon les pompiers, mais plusieurs tonnes de roches couvrent la chaussée.</p>"
            + "<h3>Point de situation à 17 h 05</h3><p>Les engins ont dégagé une voie côté Fort-de-France.</p>"
            + "<h3>Dimanche, 14 h 20</h3><p>La préfecture a ouvert une cellule de crise.</p>"
            + "<p>Les habitants du quartier ont été invités à rester chez eux en attendant l'avis d'un géotechnicien.</p>"
            + "<p>Un itinéraire de délestage passe par les hauteurs de la commune, où la circulation est dense.</p>",
            lang="fr-FR",
            head=jsonld("2026-12-06T09:30:00-04:00", "2026-12-06T17:06:00-04:00"),
        ),
        "fetched_at": "2026-12-06T18:00:00-04:00",
        "paragraphs": 4,
        "blocks": [
            block("update", "2026-12-06T17:05:00-04:00", 1),
            block("update", "2026-12-06T14:20:00-04:00", 1),
        ],
        "is_live": False,
    }
]


# 36. A live feed of <li> items with a <time> and a paragraph, no class that says "live", and
# the site's own items in the same markup re-stamped on every request among them, out of the
# feed's order. The page's JSON-LD lists the real updates; "11 h 38" is a 24-hour clock.
def _direct_item(clock: str, iso: str, text: str) -> str:
    return (
        f'<li class="direct-item"><time class="direct-item__heure" datetime="{iso}">{clock}</time>'
        f'<div class="direct-item__texte"><p>{text}</p></div></li>'
    )


_FEED_UPDATES = [
    (
        "11 h 38",
        "2026-12-06T11:38:00-10:00",
        "La route de ceinture restera fermée au moins jusqu'à 14 heures, selon la mairie.",
    ),
    (
        "10 h 50",
        "2026-12-06T10:50:00-10:00",
        "Les pompiers disent avoir circonscrit le feu et continuent d'arroser l'entrepôt.",
    ),
    (
        "10 h 05",
        "2026-12-06T10:05:00-10:00",
        "Les vols vers les Îles Sous-le-Vent ont été retardés d'une heure par la fumée.",
    ),
    (
        "9 h 15",
        "2026-12-06T09:15:00-10:00",
        "Selon le haut-commissariat, l'entrepôt abritait des pneus et des palettes usagés.",
    ),
    (
        "8 h 30",
        "2026-12-06T08:30:00-10:00",
        "La gendarmerie a coupé la route de ceinture dans les deux sens ce matin tôt.",
    ),
]
_SITE_ITEMS = [
    (
        "11 h 59",
        "2026-12-06T11:59:00-10:00",
        "Bornes de recharge libres à 11 h 57 : 1 sur 2 au Carrefour, 3 sur 4 à Vaima, 0 sur 2 au port.",
    ),
    (
        "11 h 47",
        "2026-12-06T11:47:00-10:00",
        "Vie associative : le comité des fêtes de Punaauia annonce son marché de Noël le 19 décembre.",
    ),
    (
        "11 h 52",
        "2026-12-06T11:52:00-10:00",
        "Bruit des avions : dernier passage au-dessus de Pamatai, un A350, 81 dB à 11 h 50.",
    ),
]
_FEED_ORDER = [_FEED_UPDATES[0], _FEED_UPDATES[1], _SITE_ITEMS[0], _SITE_ITEMS[1],
               _FEED_UPDATES[2], _SITE_ITEMS[2], *_FEED_UPDATES[3:]]  # fmt: skip
_LIVE_UPDATES = ",".join(
    f'{{"@type":"BlogPosting","datePublished":"{iso}","articleBody":"{text}"}}'
    for _, iso, text in _FEED_UPDATES
)
STYLES["feed_among_site_items"] = [
    {
        "html": page(
            title="Direct – Incendie dans la zone industrielle de Faa'a",
            body="<p>Un important incendie s'est déclaré dimanche matin dans un entrepôt de la zone industrielle de Faa'a, près de l'aéroport.</p>"
            + '<ul class="flux">'
            + "".join(_direct_item(*item) for item in _FEED_ORDER)
            + "</ul>",
            lang="fr-FR",
            head=jsonld(
                "2026-12-06T07:45:00-10:00",
                "2026-12-06T11:39:00-10:00",
                kind="LiveBlogPosting",
                extra=f',"liveBlogUpdate":[{_LIVE_UPDATES}]',
            ),
        ),
        "fetched_at": "2026-12-06T12:30:00-10:00",
        "paragraphs": 1,
        "blocks": [block("live_entry", iso, 1) for _, iso, _ in _FEED_UPDATES],
        "is_live": True,
    }
]


# 37. Notes named only by a title: a box over the story whose <h5> is "Clarification" (its
# class names no note), a bold "CORRECTION" lead with no colon under the story, and datelines
# set off by a dash ("Updated - December 07, 2026 2:15 am IST", "Published - … - CHENNAI").
STYLES["titled_note_boxes"] = [
    {
        "html": page(
            title="Cyclone floods Chennai subways as rain lashes city",
            before='<div class="cn-publish-time"><p>Updated - December 07, 2026 2:15 am IST</p>'
            "<p>Published - December 06, 2026 08:10 pm IST - CHENNAI</p></div>",
            body='<div class="cn-notebox"><h5 class="cn-notebox__title">Clarification</h5>'
            '<p class="cn-notebox__text">This report has been edited to make clear that the '
            "rainfall figures are for the 12 hours ending 8.30 p.m. on Sunday.</p></div>"
            + ps(LOREM[:4])
            + "<p><strong>CORRECTION</strong> An earlier version of this story said the airport "
            "was closed. It stayed open, with delays.</p>",
            head=jsonld("2026-12-06T20:10:00+05:30", "2026-12-07T02:15:00+05:30"),
        ),
        "fetched_at": "2026-12-07T03:00:00+05:30",
        "paragraphs": 4,
        "blocks": [block("clarification", None, 1), block("correction", None, 1)],
        "is_live": False,
    }
]


# 38. A box of latest updates beside the story: each list item a full date and a clock set
# off by an em dash ("December 7, 2026 — 8.40am") over its text; the zone is the page's.
def _dated_item(iso: str, stamp: str, text: str) -> str:
    return (
        f'<li class="hm-updates__item"><p class="hm-updates__stamp"><time datetime="{iso}">'
        f'{stamp}</time></p><p class="hm-updates__text">{text}</p></li>'
    )


STYLES["dated_update_list_box"] = [
    {
        "html": page(
            title="Trees down across Hobart as gale closes Sandy Bay Road",
            body=ps(LOREM[:4]),
            after='<aside class="hm-updates" aria-label="Latest updates">'
            '<h3 class="hm-updates__title">Latest updates</h3><ul class="hm-updates__list">'
            + _dated_item(
                "2026-12-07T08:40:00+11:00",
                "December 7, 2026 — 8.40am",
                "The power company says 9,200 customers are still without power.",
            )
            + _dated_item(
                "2026-12-07T07:25:00+11:00",
                "December 7, 2026 — 7.25am",
                "The mountain road has been closed above the springs after a tree came down.",
            )
            + "</ul></aside>",
            head=jsonld("2026-12-07T06:30:00+11:00", "2026-12-07T08:41:00+11:00"),
        ),
        "fetched_at": "2026-12-07T09:00:00+11:00",
        "paragraphs": 4,
        "blocks": [
            block("update", "2026-12-07T08:40:00+11:00", 1),
            block("update", "2026-12-07T07:25:00+11:00", 1),
        ],
        "is_live": False,
    }
]


# 39. French notes set into the story as a bold label in a paragraph of their own (its class
# says "maj"), the note's text in the next plain paragraph, and the story going on below.
def _maj(label: str, text: str) -> str:
    return f'<p class="jr-texte jr-maj"><strong>{label}</strong></p><p class="jr-texte">{text}</p>'


STYLES["label_paragraph_notes"] = [
    {
        "html": page(
            title="La rivière sort de son lit, des caves inondées en ville",
            body='<p class="jr-texte">Après trois jours de pluie, la rivière est sortie de son '
            "lit dimanche en fin d'après-midi, inondant les caves de plusieurs immeubles.</p>"
            '<p class="jr-texte">Le débit a atteint 68 mètres cubes par seconde à la station de '
            "mesure, du jamais vu depuis la crue de 2007, selon l'office cantonal.</p>"
            + _maj(
                "Mise à jour, dimanche 6 décembre 2026, 22 h 40",
                "Le niveau a commencé à baisser en ville, mais la rivière voisine monte encore.",
            )
            + _maj(
                "Mise à jour, dimanche 6 décembre 2026, 21 h 15",
                "Une vingtaine d'habitants ont été relogés pour la nuit à la halle de gymnastique.",
            )
            + '<p class="jr-texte">Les pompiers sont intervenus une quarantaine de fois, '
            "principalement pour pomper de l'eau dans des sous-sols.</p>",
            lang="fr-CH",
            head=jsonld("2026-12-06T18:30:00+01:00", "2026-12-06T22:41:00+01:00"),
        ),
        "fetched_at": "2026-12-06T23:00:00+01:00",
        "paragraphs": 3,
        "blocks": [
            block("update", "2026-12-06T22:40:00+01:00", 1),
            block("update", "2026-12-06T21:15:00+01:00", 1),
        ],
        "is_live": False,
    }
]


# 40. An Italian correction in a box after the story, named only by its <h5> title ("Errata
# corrige"), whose class names no note.
STYLES["italian_titled_correction"] = [
    {
        "html": page(
            title="L'Adda oltre il livello di guardia, evacuate dodici famiglie",
            body="<p>L'Adda ha superato il livello di guardia nel pomeriggio e il Comune ha chiuso "
            "il lungofiume al traffico, evacuando le famiglie delle case più basse.</p>"
            "<p>I tecnici dell'agenzia del fiume prevedono il colmo fra mezzanotte e le due, con "
            "un livello che potrebbe superare i tre metri e mezzo.</p>"
            "<p>La protezione civile ha allestito un centro di accoglienza nella palestra della "
            "scuola media di via Cavour.</p>"
            '<div class="ld-box"><h5 class="ld-box__title">Errata corrige</h5>'
            '<p class="ld-box__text">In una precedente versione dell\'articolo avevamo scritto che '
            "le famiglie evacuate erano venti. Sono dodici.</p></div>",
            lang="it-IT",
            head=jsonld("2026-12-06T17:00:00+01:00", "2026-12-06T22:50:00+01:00"),
        ),
        "fetched_at": "2026-12-06T23:00:00+01:00",
        "paragraphs": 3,
        "blocks": [block("correction", None, 1)],
        "is_live": False,
    }
]


# 41. German notes as a bold "Stand: <day, date, clock>" lead over a line break (newest
# first, above the story), an italic "Anm. d. Red.:" that tells of a wrong first version (a
# correction), and an "In eigener Sache" box beside the story's text.
def _stand(stamp: str, text: str) -> str:
    return f'<p class="nz-text"><strong>Stand: {stamp}</strong><br>{text}</p>'


STYLES["german_stand_notes"] = [
    {
        "html": page(
            title="Unwetter: Rivier tritt über die Ufer, Hauptstraße gesperrt",
            body='<div class="nz-layout"><div class="nz-article__text">'
            + _stand(
                "Sonntag, 6. Dezember 2026, 23.10 Uhr",
                "Die Hauptstraße ist zwischen Bahnhof und Markt wieder befahrbar; der Abschnitt "
                "am Rivier bleibt gesperrt.",
            )
            + _stand(
                "Sonntag, 6. Dezember 2026, 21.35 Uhr",
                "Die Polizei hat zwei Autofahrer aus einem überfluteten Fahrzeug gerettet.",
            )
            + '<p class="nz-text">Ein heftiges Gewitter hat am Sonntagabend weite Teile der Stadt '
            "unter Wasser gesetzt; das Rivier trat in mehreren Vierteln über die Ufer.</p>"
            '<p class="nz-text">Der Stromversorger meldete Ausfälle in zwei Stadtteilen, wo '
            "mehrere Leitungen durch herabstürzende Äste beschädigt wurden.</p>"
            '<p class="nz-text">Die Stadtverwaltung rief die Einwohner auf, überflutete Senken '
            "zu meiden und nicht durch das Wasser zu fahren.</p>"
            '<p class="nz-text"><em>Anm. d. Red.: In einer ersten Fassung hieß es, das Rivier sei '
            "im Norden der Stadt über die Ufer getreten. Betroffen war der Süden.</em></p>"
            '</div><aside class="nz-box"><h4 class="nz-box__title">In eigener Sache</h4>'
            '<p class="nz-box__text">Wegen des Stromausfalls erscheint die Montagsausgabe mit '
            "einer Stunde Verspätung; das E-Paper ist wie gewohnt abrufbar.</p></aside></div>",
            lang="de-DE",
            head=jsonld("2026-12-06T19:20:00+02:00", "2026-12-06T23:11:00+02:00"),
        ),
        "fetched_at": "2026-12-06T23:30:00+02:00",
        "paragraphs": 3,
        "blocks": [
            block("update", "2026-12-06T23:10:00+02:00", 1),
            block("update", "2026-12-06T21:35:00+02:00", 1),
            block("correction", None, 1),
            block("editors_note", None, 1),
        ],
        "is_live": False,
    }
]


# 42. Italian notes signed at their foot: each a <blockquote> whose <cite> is the update's
# label and time ("aggiornamento delle 20.10 di domenica 6 dicembre"), under the story; an
# "Avviso ai lettori:" above it and a "Puntualizzazione:" under it.
def _signed(text: str, label: str) -> str:
    return f'<blockquote class="vc-agg"><p>{text}</p><cite>{label}</cite></blockquote>'


STYLES["italian_signed_notes"] = [
    {
        "html": page(
            title="Bora sul golfo, chiusa la strada costiera e fermi i traghetti",
            body='<p class="vc-testo"><strong><em>Avviso ai lettori:</em></strong> <em>questo '
            "articolo resta consultabile gratuitamente per tutta la durata dell'allerta.</em></p>"
            '<p class="vc-testo">Raffiche di bora fino a 140 chilometri orari hanno sferzato la '
            "costa per tutta la giornata di domenica: la strada costiera è stata chiusa.</p>"
            + _signed(
                "Sospeso anche il catamarano per le isole: le corse riprenderanno lunedì.",
                "aggiornamento delle 20.10 di domenica 6 dicembre",
            )
            + _signed(
                "Un albero caduto sulla linea ha lasciato senza corrente circa 2.000 utenze.",
                "aggiornamento delle 21.45 di domenica 6 dicembre",
            )
            + '<p class="vc-testo">Secondo il servizio meteorologico il vento dovrebbe calare '
            "soltanto nella mattinata di lunedì, quando riapriranno le scuole.</p>"
            '<p class="vc-testo"><strong>Puntualizzazione:</strong> la velocità di 140 chilometri '
            "orari è quella delle raffiche misurate sul ponte, non in città.</p>",
            lang="it-IT",
            head=jsonld("2026-12-06T17:00:00+01:00", "2026-12-06T21:46:00+01:00"),
        ),
        "fetched_at": "2026-12-06T22:00:00+01:00",
        "paragraphs": 2,
        "blocks": [
            block("editors_note", None, 1),
            block("update", "2026-12-06T20:10:00+01:00", 1),
            block("update", "2026-12-06T21:45:00+01:00", 1),
            block("clarification", None, 1),
        ],
        "is_live": False,
    }
]


# 43. An italic "Correction appended:" under the story and a bold "Note to readers:" above it;
# a French "Mise au point :" set into another story.
STYLES["appended_corrections"] = [
    {
        "html": page(
            title="Fire guts vegetable market; ring road closed overnight",
            body="<p><strong>Note to readers:</strong> this story is free to read while the road "
            "stays closed.</p>"
            + ps(LOREM[:3])
            + "<p><em>Correction appended: An earlier version of this story gave the number of "
            "fire engines as five. Seven engines were sent.</em></p>",
            head=jsonld("2026-12-06T21:00:00+05:45", "2026-12-07T01:45:00+05:45"),
        ),
        "fetched_at": "2026-12-07T02:00:00+05:45",
        "paragraphs": 3,
        "blocks": [block("editors_note", None, 1), block("correction", None, 1)],
        "is_live": False,
    },
    {
        "html": page(
            title="Intempéries : l'autoroute de l'aéroport inondée, un tunnel fermé",
            body=ps(LOREM[:3])
            + "<p><strong>Mise au point :</strong> les chiffres de pluie cités plus haut sont "
            "ceux de la station de l'aéroport, non ceux du centre-ville.</p>",
            lang="fr-FR",
            head=jsonld("2026-12-06T18:00:00+02:00", "2026-12-06T23:20:00+02:00"),
        ),
        "fetched_at": "2026-12-06T23:30:00+02:00",
        "paragraphs": 3,
        "blocks": [block("clarification", None, 1)],
        "is_live": False,
    },
]


# 44. Note labels of the four languages' newsrooms that no set had shown: a publisher's note,
# a follow-up and a transparency note; "Redaktioneller Hinweis", "Neuer Stand", "Korrigendum";
# "Ajout", "N.D.L.R."; "Aggiunta", "N.d.R.".
STYLES["note_labels_four_languages"] = [
    {
        "html": page(
            title="Gale closes the harbour road",
            body="<p><strong>Publisher's note:</strong> this story is free to read while the "
            "warning lasts.</p>"
            + ps(LOREM[:3])
            + "<p><strong>Follow-up:</strong> The harbour road reopened at ten, police said.</p>"
            "<p><em>Transparency note: the reporter lives on the harbour road.</em></p>",
            head=jsonld("2026-12-06T18:00:00+00:00", "2026-12-06T22:41:00+00:00"),
        ),
        "fetched_at": "2026-12-06T23:00:00+00:00",
        "paragraphs": 3,
        "blocks": [
            block("editors_note", None, 1),
            block("update", None, 1),
            block("editors_note", None, 1),
        ],
        "is_live": False,
    },
    {
        "html": page(
            title="Sturm sperrt die Hafenstraße",
            body="<p><strong>Redaktioneller Hinweis:</strong> Dieser Artikel ist frei lesbar, "
            "solange die Warnung gilt.</p>"
            + "<p>Der Sturm hat am Sonntagabend die Hafenstraße unter Wasser gesetzt; die Polizei "
            "sperrte sie zwischen Fähranleger und Zollhaus.</p>"
            "<p>Die Feuerwehr pumpte bis in die Nacht Keller in der Altstadt leer.</p>"
            "<p><strong>Neuer Stand, 22.40 Uhr:</strong> Die Hafenstraße ist wieder frei.</p>"
            "<p><strong>Korrigendum:</strong> In einer früheren Version hieß es, die Fähre "
            "fahre nicht. Sie fährt mit Verspätung.</p>",
            lang="de-DE",
            head=jsonld("2026-12-06T18:00:00+01:00", "2026-12-06T22:41:00+01:00"),
        ),
        "fetched_at": "2026-12-06T23:00:00+01:00",
        "paragraphs": 2,
        "blocks": [
            block("editors_note", None, 1),
            block("update", "2026-12-06T22:40:00+01:00", 1),
            block("correction", None, 1),
        ],
        "is_live": False,
    },
    {
        "html": page(
            title="La tempête ferme la route du port",
            body="<p>La tempête a submergé dimanche soir la route du port, fermée par la police "
            "entre le quai des ferries et la douane.</p>"
            "<p>Les pompiers ont pompé jusque dans la nuit les caves de la vieille ville.</p>"
            "<p><strong>Ajout de 22 h 40 :</strong> la route du port est rouverte.</p>"
            "<p><strong>N.D.L.R. :</strong> l'auteur de cet article habite la route du port.</p>",
            lang="fr-FR",
            head=jsonld("2026-12-06T18:00:00+01:00", "2026-12-06T22:41:00+01:00"),
        ),
        "fetched_at": "2026-12-06T23:00:00+01:00",
        "paragraphs": 2,
        "blocks": [
            block("update", "2026-12-06T22:40:00+01:00", 1),
            block("editors_note", None, 1),
        ],
        "is_live": False,
    },
    {
        "html": page(
            title="La mareggiata chiude la strada del porto",
            body="<p>La mareggiata ha allagato domenica sera la strada del porto, chiusa dalla "
            "polizia tra l'imbarco dei traghetti e la dogana.</p>"
            "<p>I vigili del fuoco hanno svuotato fino a notte le cantine del centro storico.</p>"
            "<p><strong>Aggiunta delle 22:40:</strong> la strada del porto è stata riaperta.</p>"
            "<p><strong>N.d.R.:</strong> l'autore di questo articolo abita sulla strada del "
            "porto.</p>",
            lang="it-IT",
            head=jsonld("2026-12-06T18:00:00+01:00", "2026-12-06T22:41:00+01:00"),
        ),
        "fetched_at": "2026-12-06T23:00:00+01:00",
        "paragraphs": 2,
        "blocks": [
            block("update", "2026-12-06T22:40:00+01:00", 1),
            block("editors_note", None, 1),
        ],
        "is_live": False,
    },
]


# 45. A weekday before a numeric date ("Sonntag, 06.12.2026, 22:40 Uhr:" as a bold lead; read
# before as well), and an Italian box named by its class ("box-aggiornamento") whose first line
# is a date and a clock set off by a bar ("06.12.2026 | 22:40").
STYLES["numeric_dates_and_named_boxes"] = [
    {
        "html": page(
            title="Sturm sperrt die Uferstraße",
            body="<p>Der Sturm hat am Sonntagabend die Uferstraße unter Wasser gesetzt; die "
            "Polizei sperrte sie zwischen Brücke und Zollhaus.</p>"
            "<p>Die Feuerwehr pumpte bis in die Nacht Keller in der Altstadt leer.</p>"
            "<p><strong>Sonntag, 06.12.2026, 22:40 Uhr:</strong> Die Uferstraße ist wieder frei."
            "</p>",
            lang="de-DE",
            head=jsonld("2026-12-06T18:00:00+01:00", "2026-12-06T22:41:00+01:00"),
        ),
        "fetched_at": "2026-12-06T23:00:00+01:00",
        "paragraphs": 2,
        "blocks": [block("update", "2026-12-06T22:40:00+01:00", 1)],
        "is_live": False,
    },
    {
        "html": page(
            title="La piena chiude il lungofiume",
            body="<p>La piena ha allagato domenica sera il lungofiume, chiuso dalla polizia tra "
            "il ponte e la dogana.</p>"
            '<div class="box-aggiornamento"><p>06.12.2026 | 22:40</p><p>Il lungofiume è stato '
            "riaperto al traffico.</p></div>"
            "<p>I vigili del fuoco hanno svuotato fino a notte le cantine del centro storico.</p>",
            lang="it-IT",
            head=jsonld("2026-12-06T18:00:00+01:00", "2026-12-06T22:41:00+01:00"),
        ),
        "fetched_at": "2026-12-06T23:00:00+01:00",
        "paragraphs": 2,
        "blocks": [block("update", "2026-12-06T22:40:00+01:00", 1)],
        "is_live": False,
    },
]


# 46. Notes as newsrooms write them, with marks and wordings no set had shown: a bullet before
# "This article was amended on … to correct …", a bracketed "[Update 12/6 3:15pm ET: …]", a
# numbered "Second update:"; a German ticker's "+++ Update 22.40 Uhr +++" and an "Anmerkung:"
# over an earlier version's note; an Italian "(Notizia aggiornata alle 22.40)".
STYLES["newsroom_note_marks"] = [
    {
        "html": page(
            title="Flood closes the valley road",
            body=ps(LOREM[:3])
            + "<p>[Update 12/6 3:15pm ET: The valley road reopened to local traffic.]</p>"
            "<p><strong>Second update:</strong> The county lifted the evacuation order at 5 p.m."
            "</p>"
            "<p>• This article was amended on 6 December 2026 to correct the number of homes "
            "flooded.</p>",
            head=jsonld("2026-12-06T09:00:00-05:00", "2026-12-06T17:05:00-05:00"),
        ),
        "fetched_at": "2026-12-06T18:00:00-05:00",
        "paragraphs": 3,
        "blocks": [
            block("update", "2026-12-06T15:15:00-05:00", 1),
            block("update", None, 1),
            block("correction", None, 1),
        ],
        "is_live": False,
    },
    {
        "html": page(
            title="Hochwasser: Uferstraße gesperrt",
            body="<p>Das Hochwasser hat am Sonntagabend die Uferstraße erreicht; die Polizei "
            "sperrte sie zwischen Brücke und Zollhaus.</p>"
            "<p>Die Feuerwehr pumpte bis in die Nacht Keller in der Altstadt leer.</p>"
            "<p>+++ Update 22.40 Uhr +++ Der Pegel sinkt, die Uferstraße bleibt gesperrt.</p>"
            "<p><em>Anmerkung: In einer früheren Version dieses Artikels hieß es, die Brücke sei "
            "gesperrt.</em></p>",
            lang="de-DE",
            head=jsonld("2026-12-06T18:00:00+01:00", "2026-12-06T22:41:00+01:00"),
        ),
        "fetched_at": "2026-12-06T23:00:00+01:00",
        "paragraphs": 2,
        "blocks": [
            block("update", "2026-12-06T22:40:00+01:00", 1),
            block("correction", None, 1),
        ],
        "is_live": False,
    },
    {
        "html": page(
            title="La piena chiude il ponte",
            body="<p><em>(Notizia aggiornata alle 22.40)</em></p>"
            "<p>La piena ha raggiunto domenica sera il ponte, chiuso dalla polizia per "
            "precauzione fino a nuovo ordine.</p>"
            "<p>I vigili del fuoco hanno svuotato fino a notte le cantine del centro storico.</p>",
            lang="it-IT",
            head=jsonld("2026-12-06T18:00:00+01:00", "2026-12-06T22:41:00+01:00"),
        ),
        "fetched_at": "2026-12-06T23:00:00+01:00",
        "paragraphs": 2,
        "blocks": [block("update", "2026-12-06T22:40:00+01:00", 1)],
        "is_live": False,
    },
]


# 47. Notes in the first person under the story, in the four languages: "We have updated this
# story …", "Wir haben den Artikel … korrigiert", "Nous avons mis à jour cet article …",
# "Abbiamo corretto l'articolo …".
def _first_person(lang: str, title: str, story: list[str], note: str) -> dict[str, Any]:
    return {
        "html": page(
            title=title,
            body=ps(story) + f"<p><em>{note}</em></p>",
            lang=lang,
            head=jsonld("2026-12-06T18:00:00+01:00", "2026-12-06T22:41:00+01:00"),
        ),
        "fetched_at": "2026-12-06T23:00:00+01:00",
        "paragraphs": len(story),
        "blocks": [],
        "is_live": False,
    }


_FIRST_PERSON_PAGES = [
    _first_person(
        "en-GB",
        "Gale closes the harbour road",
        LOREM[:3],
        "We have updated this story with a statement from the harbour master.",
    ),
    _first_person(
        "de-DE",
        "Sturm sperrt die Hafenstraße",
        [
            "Der Sturm hat am Sonntagabend die Hafenstraße unter Wasser gesetzt; die Polizei "
            "sperrte sie zwischen Fähranleger und Zollhaus.",
            "Die Feuerwehr pumpte bis in die Nacht Keller in der Altstadt leer.",
        ],
        "Wir haben den Artikel um 22.40 Uhr korrigiert: In einer früheren Fassung hieß es, die "
        "Fähre fahre nicht.",
    ),
    _first_person(
        "fr-FR",
        "La tempête ferme la route du port",
        [
            "La tempête a submergé dimanche soir la route du port, fermée par la police entre le "
            "quai des ferries et la douane.",
            "Les pompiers ont pompé jusque dans la nuit les caves de la vieille ville.",
        ],
        "Nous avons mis à jour cet article à 22h40 avec le bilan des pompiers.",
    ),
    _first_person(
        "it-IT",
        "La mareggiata chiude la strada del porto",
        [
            "La mareggiata ha allagato domenica sera la strada del porto, chiusa dalla polizia "
            "tra l'imbarco dei traghetti e la dogana.",
            "I vigili del fuoco hanno svuotato fino a notte le cantine del centro storico.",
        ],
        "Abbiamo corretto l'articolo: in una prima versione si indicava chiuso anche il ponte.",
    ),
]
for _version, _kind, _stamp in zip(
    _FIRST_PERSON_PAGES,
    ["update", "correction", "update", "correction"],
    [None, "2026-12-06T22:40:00+01:00", "2026-12-06T22:40:00+01:00", None],
    strict=True,
):
    _version["blocks"] = [block(_kind, _stamp, 1)]
STYLES["first_person_notes"] = _FIRST_PERSON_PAGES


# 48. Live entries that show how long ago they were posted ("il y a 5 min", "5 minuti fa") in a
# <time> whose datetime says when, and no clock a reader sees. The same Italian page fetched ten
# minutes later shows other relative times and must read the same.
def _relative_entries(lang: str, title: str, lede: str, entries: list[tuple[str, str, str]]) -> str:
    posts = "".join(
        f'<div class="post-item"><time datetime="{iso}">{ago}</time><p>{text}</p></div>'
        for iso, ago, text in entries
    )
    return page(
        title=title,
        body=f'<p>{lede}</p><div class="live-posts">{posts}</div>',
        lang=lang,
        head=jsonld("2026-12-06T15:00:00+01:00", "2026-12-06T22:41:00+01:00"),
    )


_RELATIVE_IT = [
    ("2026-12-06T22:40:00+01:00", "La prefettura revoca l'allerta arancione sulla costa."),
    ("2026-12-06T22:10:00+01:00", "I vigili del fuoco segnalano ancora tre strade chiuse."),
    ("2026-12-06T21:30:00+01:00", "Riprende il traffico ferroviario tra Genova e Savona."),
]


def _it_relative(minutes: int) -> str:
    agos = [f"{minutes} minuti fa", f"{minutes + 30} minuti fa", "1 ora fa"]
    return _relative_entries(
        "it-IT",
        "DIRETTA. Maltempo in Liguria: la situazione",
        "Il maltempo sferza la Liguria dal primo pomeriggio, con raffiche oltre i 100 km/h.",
        [(iso, ago, text) for (iso, text), ago in zip(_RELATIVE_IT, agos, strict=True)],
    )


_RELATIVE_BLOCKS = [
    block("live_entry", "2026-12-06T22:40:00+01:00", 1),
    block("live_entry", "2026-12-06T22:10:00+01:00", 1),
    block("live_entry", "2026-12-06T21:30:00+01:00", 1),
]
STYLES["relative_time_entries"] = [
    {
        "html": _relative_entries(
            "fr-FR",
            "DIRECT. Tempête : suivez la situation",
            "La tempête balaie la Côte d'Azur depuis le début de l'après-midi.",
            [
                ("2026-12-06T22:40:00+01:00", "il y a 5 min", "La préfecture lève l'alerte."),
                ("2026-12-06T22:10:00+01:00", "il y a 35 min", "Trois routes restent coupées."),
                ("2026-12-06T21:30:00+01:00", "il y a 1 h", "Le trafic ferroviaire reprend."),
            ],
        ),
        "fetched_at": "2026-12-06T22:45:00+01:00",
        "paragraphs": 1,
        "blocks": _RELATIVE_BLOCKS,
        "is_live": True,
    },
    {
        "html": _it_relative(5),
        "fetched_at": "2026-12-06T22:45:00+01:00",
        "paragraphs": 1,
        "blocks": _RELATIVE_BLOCKS,
        "is_live": True,
    },
    {
        "html": _it_relative(15),
        "fetched_at": "2026-12-06T22:55:00+01:00",
        "paragraphs": 1,
        "blocks": _RELATIVE_BLOCKS,
        "is_live": True,
    },
]


# 49. A ticker that runs over two days, its entries stamped with the day's name and a clock
# ("Sonntag, 22:40 Uhr", "Samstag, 23:05 Uhr"), newest first: Saturday's entries are from the
# day before the fetch.
def _day_ticker(lang: str, title: str, lede: str, entries: list[tuple[str, str]]) -> str:
    posts = "".join(
        f'<div class="tk-entry"><span class="tk-time">{stamp}</span><p>{text}</p></div>'
        for stamp, text in entries
    )
    return page(
        title=title,
        body=f'<p>{lede}</p><div class="tk">{posts}</div>',
        lang=lang,
        head=jsonld("2026-12-05T20:00:00+01:00", "2026-12-06T22:41:00+01:00", "LiveBlogPosting"),
    )


STYLES["day_named_ticker"] = [
    {
        "html": _day_ticker(
            "de-DE",
            "Liveticker: Sturm über Norddeutschland",
            "Der Sturm zieht seit Samstag über Norddeutschland, mit Böen über 120 km/h an der Küste.",
            [
                (
                    "Sonntag, 22:40 Uhr",
                    "Die Polizei meldet weitere gesperrte Straßen im Landkreis.",
                ),
                (
                    "Sonntag, 21:15 Uhr",
                    "Die Bahn stellt den Verkehr zwischen Hamburg und Kiel ein.",
                ),
                ("Samstag, 23:05 Uhr", "Erste umgestürzte Bäume auf der Autobahn bei Neumünster."),
                ("Samstag, 20:30 Uhr", "Der Wetterdienst gibt eine Unwetterwarnung für die Küste."),
            ],
        ),
        "fetched_at": "2026-12-06T23:00:00+01:00",
        "paragraphs": 1,
        "blocks": [
            block("live_entry", "2026-12-06T22:40:00+01:00", 1),
            block("live_entry", "2026-12-06T21:15:00+01:00", 1),
            block("live_entry", "2026-12-05T23:05:00+01:00", 1),
            block("live_entry", "2026-12-05T20:30:00+01:00", 1),
        ],
        "is_live": True,
    },
    {
        "html": _day_ticker(
            "fr-FR",
            "DIRECT. Tempête : suivez la situation",
            "La tempête balaie le littoral depuis samedi, avec des rafales à plus de 120 km/h.",
            [
                ("Dimanche, 22h40", "La préfecture lève l'alerte orange pour le littoral."),
                ("Dimanche, 9h15", "Les trains reprennent entre les deux villes, avec retard."),
                ("Samedi, 23h05", "Premiers arbres tombés sur la route du bord de mer."),
            ],
        ),
        "fetched_at": "2026-12-06T23:00:00+01:00",
        "paragraphs": 1,
        "blocks": [
            block("live_entry", "2026-12-06T22:40:00+01:00", 1),
            block("live_entry", "2026-12-06T09:15:00+01:00", 1),
            block("live_entry", "2026-12-05T23:05:00+01:00", 1),
        ],
        "is_live": True,
    },
]


# 56. Live entries titled with their clock in brackets at the end ("Scuole chiuse lunedì
# (18:30)"), some with a clock alone in the title, in an Italian and an English feed.
def _bracket_clock_feed(lang: str, title: str, lede: str, entries: list[tuple[str, str]]) -> str:
    posts = "".join(
        f'<div class="lv-post"><h3 class="lv-post__title">{heading}</h3><p>{text}</p></div>'
        for heading, text in entries
    )
    return page(
        title=title,
        body=f'<p>{lede}</p><div class="lv-feed">{posts}</div>',
        lang=lang,
        head=jsonld("2026-12-06T17:00:00+01:00", "2026-12-06T21:40:00+01:00", "LiveBlogPosting"),
    )


STYLES["bracketed_entry_clocks"] = [
    {
        "html": _bracket_clock_feed(
            "it-IT",
            "Diretta maltempo: frane e strade chiuse nell'entroterra",
            "La pioggia cade senza sosta dal pomeriggio su tutta la provincia, con allerta rossa.",
            [
                (
                    "Riaperta la provinciale (21:40)",
                    "La provinciale per la valle è di nuovo "
                    "percorribile a senso unico alternato dopo la rimozione del fango.",
                ),
                (
                    "(20:15)",
                    "I vigili del fuoco hanno soccorso due automobilisti bloccati in un "
                    "sottopasso allagato alla periferia nord.",
                ),
                (
                    "Scuole chiuse domani (18:30)",
                    "Il sindaco ha firmato l'ordinanza: lunedì "
                    "scuole e parchi chiusi in tutto il comune.",
                ),
            ],
        ),
        "fetched_at": "2026-12-06T22:00:00+01:00",
        "paragraphs": 1,
        "blocks": [
            block("live_entry", "2026-12-06T21:40:00+01:00", 2),
            block("live_entry", "2026-12-06T20:15:00+01:00", 1),
            block("live_entry", "2026-12-06T18:30:00+01:00", 2),
        ],
        "is_live": True,
    },
    {
        "html": _bracket_clock_feed(
            "en-GB",
            "Live: flood gates shut as river rises through the town",
            "The river has been rising all afternoon and flood wardens are on every bridge.",
            [
                (
                    "Flood gates shut (9.05pm)",
                    "The council has closed the flood gates on the "
                    "quay; the footpath along the river is shut until morning.",
                ),
                (
                    "Trains stop at the junction (7.50pm)",
                    "Rail services are terminating at the "
                    "junction while engineers check the viaduct.",
                ),
                (
                    "Sandbags handed out (6.15pm)",
                    "Volunteers are handing out sandbags at the "
                    "leisure centre car park until the supply runs out.",
                ),
            ],
        ),
        "fetched_at": "2026-12-06T22:00:00+01:00",
        "paragraphs": 1,
        "blocks": [
            block("live_entry", "2026-12-06T21:05:00+01:00", 2),
            block("live_entry", "2026-12-06T19:50:00+01:00", 2),
            block("live_entry", "2026-12-06T18:15:00+01:00", 2),
        ],
        "is_live": True,
    },
]


def _beside_the_article(html: str, box: str) -> str:
    """``html`` with ``box`` set beside the <article>, before the page's sidebar."""
    return html.replace('<aside class="sidebar">', box + '<aside class="sidebar">', 1)


# 57. A chronology beside the story: a description list of full stamps over what happened
# ("<dt>Sonntag, 6. Dezember, 21.40 Uhr</dt><dd>…</dd>"), in a box next to the <article>.
_CHRONOLOGY = (
    '<aside class="chrono"><h3 class="chrono__title">Chronologie</h3><dl class="chrono__list">'
    '<dt class="chrono__time">Sonntag, 6. Dezember, 23.15 Uhr</dt><dd class="chrono__text">'
    "Räumfahrzeuge haben den gesperrten Abschnitt erreicht; der Strom ist in zwei Orten "
    "ausgefallen.</dd>"
    '<dt class="chrono__time">Sonntag, 6. Dezember, 21.40 Uhr</dt><dd class="chrono__text">'
    "Die Polizei lässt keine Fahrzeuge mehr auf die Passstraße; Lastwagen werden auf einem "
    "Parkplatz gesammelt.</dd></dl></aside>"
)
STYLES["chronology_beside_story"] = [
    {
        "html": _beside_the_article(
            page(
                title="Schneesturm: Passstraße gesperrt, Züge fallen aus",
                body=ps(
                    [
                        "Ein heftiger Schneesturm hat am Sonntagabend den Verkehr im Tal "
                        "lahmgelegt, Hunderte Autos stecken fest.",
                        "Die Bahn hat alle Züge über den Pass ab 19 Uhr gestrichen und richtet "
                        "einen Ersatzverkehr mit Bussen ein, sobald die Straße frei ist.",
                        "Der Wetterdienst hat die Warnstufe bis Montagmittag verlängert.",
                    ]
                ),
                lang="de-DE",
                head=jsonld("2026-12-06T20:30:00+02:00", "2026-12-06T23:15:00+02:00"),
            ),
            _CHRONOLOGY,
        ),
        "fetched_at": "2026-12-06T23:30:00+02:00",
        "paragraphs": 3,
        "blocks": [
            block("update", "2026-12-06T23:15:00+02:00", 1),
            block("update", "2026-12-06T21:40:00+02:00", 1),
        ],
        "is_live": False,
    }
]


# 58. A note in a titled box beside the <article>, not inside it ("<aside><h4>Droit de
# réponse</h4><p>…</p></aside>", "Nota dell'editore").
def _note_box(title: str, text: str) -> str:
    return (
        f'<aside class="note-box"><h4 class="note-box__title">{title}</h4>'
        f'<p class="note-box__text">{text}</p></aside>'
    )


STYLES["note_box_beside_article"] = [
    {
        "html": _beside_the_article(
            page(
                title="Fortes pluies : la route nationale coupée, le port inondé",
                body=ps(
                    [
                        "Des pluies torrentielles se sont abattues sur l'île dimanche soir, "
                        "coupant la route nationale au nord du chef-lieu.",
                        "La préfecture a ouvert deux centres d'hébergement pour les familles "
                        "dont les maisons ont été inondées.",
                    ]
                ),
                lang="fr-FR",
                head=jsonld("2026-12-06T19:00:00+03:00", "2026-12-06T22:40:00+03:00"),
            ),
            _note_box(
                "Droit de réponse",
                "À la suite de notre article du 2 décembre, la société d'aménagement nous prie "
                "de préciser que les travaux du radier ont été réceptionnés en octobre.",
            ),
        ),
        "fetched_at": "2026-12-06T23:00:00+03:00",
        "paragraphs": 2,
        "blocks": [block("editors_note", None, 1)],
        "is_live": False,
    },
    {
        "html": _beside_the_article(
            page(
                title="Gelicidio: chiusa la statale, migliaia senza corrente",
                body=ps(
                    [
                        "Una tempesta di pioggia gelata ha ricoperto di ghiaccio strade e alberi "
                        "nel nord della provincia, costringendo la polizia a chiudere la statale.",
                        "Secondo il gestore della rete, più di 18.000 utenze erano senza "
                        "elettricità a metà pomeriggio.",
                    ]
                ),
                lang="it-IT",
                head=jsonld("2026-12-06T15:00:00-05:00", "2026-12-06T17:00:00-05:00"),
            ),
            _note_box(
                "Nota dell'editore",
                "Per la prima volta in settant'anni il giornale non uscirà in edicola lunedì: "
                "la tipografia è senza corrente.",
            ),
        ),
        "fetched_at": "2026-12-06T18:00:00-05:00",
        "paragraphs": 2,
        "blocks": [block("editors_note", None, 1)],
        "is_live": False,
    },
]


# 59. An update past midnight on a story published in the evening, stamped with a clock
# alone: a clock earlier than the publication is the next day's.
def _numbered(label: str, text: str) -> str:
    return f'<div class="upd"><h4 class="upd__title">{label}</h4><p>{text}</p></div>'


STYLES["updates_past_midnight"] = [
    {
        "html": page(
            title="Dense fog halts ferries; highway tailback grows (Updated)",
            body=ps(LOREM[:3])
            + _numbered(
                "Update — 1:35am",
                "The tailback on the highway now reaches the next town, highway police say.",
            ),
            head=jsonld("2026-12-06T21:15:00+06:00", "2026-12-07T01:35:00+06:00"),
        ),
        "fetched_at": "2026-12-07T04:00:00+06:00",
        "paragraphs": 3,
        "blocks": [
            block("update", "2026-12-07T01:35:00+06:00", 1),
        ],
        "is_live": True,
    }
]


# 60. Notes read by what they say: an apology over a correction ("Ci scusiamo con i lettori:
# nella prima versione …"), a "CORRECTION NOTICE" box telling of an earlier version, and a
# note that a story was amended "to make clear" (a clarification).
STYLES["notes_told_by_their_words"] = [
    {
        "html": page(
            title="Temporali su Melbourne: allagata Sydney Road, sospeso il tram",
            body="<p><strong>Ci scusiamo con i lettori:</strong> nella prima versione di questo "
            "articolo la linea del tram sospesa era indicata come la 96. Si tratta invece della "
            "linea 19.</p>"
            + ps(
                [
                    "Una serie di violenti temporali ha colpito i sobborghi settentrionali nelle "
                    "prime ore di lunedì, con oltre 60 millimetri di pioggia in due ore.",
                    "I vigili del fuoco hanno ricevuto più di 400 chiamate per alberi caduti e "
                    "cantine allagate.",
                ]
            ),
            lang="it-IT",
            head=jsonld("2026-12-07T06:30:00+11:00", "2026-12-07T08:40:00+11:00"),
        ),
        "fetched_at": "2026-12-07T09:00:00+11:00",
        "paragraphs": 2,
        "blocks": [block("correction", None, 1)],
        "is_live": False,
    },
    {
        "html": page(
            title="Flash floods close river bridge as rain lashes the city",
            body='<div class="gl-notice"><h4 class="gl-notice__label">CORRECTION NOTICE</h4>'
            '<p class="gl-notice__text">An earlier version of this story named the wrong river. '
            "The bridge that was closed spans the Hope River.</p></div>"
            + ps(LOREM[:3])
            + "<p><em>This story has been amended to make clear that the shelters are run by "
            "the parish council, not the Red Cross.</em></p>",
            head=jsonld("2026-12-06T12:00:00-05:00", "2026-12-06T16:25:00-05:00"),
        ),
        "fetched_at": "2026-12-06T17:00:00-05:00",
        "paragraphs": 3,
        "blocks": [block("correction", None, 1), block("clarification", None, 1)],
        "is_live": False,
    },
]


# 61. Live entries whose clock is in the line under their text that says when they were posted
# and by whom ("Posted 5:48 PM AST by Staff"): the label is that visible clock.
def _posted_entry(title: str, text: str, clock: str) -> str:
    return (
        f'<div class="lb-post"><p class="lb-post__head"><strong>{title}</strong></p>'
        f'<p class="lb-text">{text}</p><p class="lb-post__meta"><em>Posted {clock} by News '
        "Staff</em></p></div>"
    )


STYLES["posted_line_entries"] = [
    {
        "html": page(
            title="Live: gale warning, causeway closed, flights cancelled",
            body="<p>A gale warning is in force for the island until Monday morning.</p>"
            '<div class="lb-feed">'
            + _posted_entry(
                "Power cuts spread",
                "The power company says about 3,800 customers "
                "are without electricity in the eastern parishes.",
                "5:48 PM AST",
            )
            + _posted_entry(
                "Last buses leave at six",
                "The transport department says the last "
                "buses from the city leave at 6 p.m. tonight.",
                "5:20 PM AST",
            )
            + _posted_entry(
                "Causeway closed",
                "Police have closed the causeway in both "
                "directions because of waves breaking over the road.",
                "4:55 PM AST",
            )
            + "</div>",
            head=jsonld(
                "2026-12-06T12:00:00-04:00", "2026-12-06T17:48:00-04:00", "LiveBlogPosting"
            ),
        ),
        "fetched_at": "2026-12-06T18:00:00-04:00",
        "paragraphs": 1,
        "blocks": [
            block("live_entry", "2026-12-06T17:48:00-04:00", 2),
            block("live_entry", "2026-12-06T17:20:00-04:00", 2),
            block("live_entry", "2026-12-06T16:55:00-04:00", 2),
        ],
        "is_live": True,
    }
]


# 62. An update box with its stamp under its text ("<div class="article-update"><p>…</p><p>
# Updated: Mon 7 Dec 2026, 4.25am</p></div>"): the stamp dates the box above it.
def _stamped_below(text: str, stamp: str) -> str:
    return (
        f'<div class="article-update"><p>{text}</p>'
        f'<p class="article-update__stamp">{stamp}</p></div>'
    )


STYLES["update_box_stamped_below"] = [
    {
        "html": page(
            title="Floods: disaster zone declared, southbound trains halted",
            body=_stamped_below(
                "The disaster office says 14,200 households have now been "
                "affected, and 3,100 people are staying in 22 shelters.",
                "Updated: Mon 7 Dec 2026, 4.25am",
            )
            + _stamped_below(
                "The electricity authority has cut power to parts of two districts "
                "as a precaution.",
                "Updated: Mon 7 Dec 2026, 2.10am",
            )
            + ps(LOREM[:3]),
            head=jsonld("2026-12-06T21:30:00+07:00", "2026-12-07T04:25:00+07:00"),
        ),
        "fetched_at": "2026-12-07T05:00:00+07:00",
        "paragraphs": 3,
        "blocks": [
            block("update", "2026-12-07T04:25:00+07:00", 1),
            block("update", "2026-12-07T02:10:00+07:00", 1),
        ],
        "is_live": False,
    }
]


# 63. Newsroom labels in four languages: "Neu (22.50 Uhr):", "Agg. 16:20 –", "Leserhinweis:",
# "Fehlerkorrektur:", "Transparenz", "Avvertenza:", "Una precisazione:", "Avertissement :",
# "Correction apportée le … :".
STYLES["newsroom_labels_four_languages"] = [
    {
        "html": page(
            title="Großbrand im Industriehafen: Rauchwarnung für zwei Stadtteile",
            body="<p><strong>Neu (22.50 Uhr):</strong> Die Feuerwehr hat den Brand nach eigenen "
            "Angaben unter Kontrolle.</p><p><strong>Neu (21.35 Uhr):</strong> Messwagen haben "
            "bislang keine erhöhten Schadstoffwerte festgestellt.</p>"
            "<p><strong>Leserhinweis:</strong> Äußerungen der Behörden geben wir in eigener "
            "Übersetzung wieder.</p>"
            + ps(LOREM[:3])
            + "<p><strong>Fehlerkorrektur:</strong> In einer früheren Fassung stand, die Brücke "
            "sei gesperrt. Richtig ist: nur die Zufahrt.</p>"
            '<div class="mm-box"><h4 class="mm-box__label">Transparenz</h4><p>Einer der Autoren '
            "ist Mitglied der Freiwilligen Feuerwehr. Am Einsatz war er nicht beteiligt.</p></div>",
            lang="de-DE",
            head=jsonld("2026-12-06T19:00:00+01:00", "2026-12-06T22:50:00+01:00"),
        ),
        "fetched_at": "2026-12-06T23:00:00+01:00",
        "paragraphs": 3,
        "blocks": [
            block("update", "2026-12-06T22:50:00+01:00", 1),
            block("update", "2026-12-06T21:35:00+01:00", 1),
            block("editors_note", None, 1),
            block("correction", None, 1),
            block("editors_note", None, 1),
        ],
        "is_live": False,
    },
    {
        "html": page(
            title="Nevicata su New York: sospesa la ferrovia di Staten Island",
            body="<p><strong><em>Avvertenza:</em></strong> Questo articolo è stato scritto con le "
            "segnalazioni dei lettori della comunità italiana.</p>"
            + ps(LOREM[:3])
            + "<ul><li><strong>Agg. 16:20</strong> – Il traghetto viaggia con corse ogni mezz'ora "
            "per il vento forte nella baia.</li><li><strong>Agg. 15:05</strong> – Circa 9.000 "
            "utenze sono senza corrente.</li></ul>"
            "<p><strong>Una precisazione:</strong> Il servizio navetta ferma in tutte le "
            "stazioni, non solo al capolinea come riportato in un primo momento.</p>",
            lang="it-IT",
            head=jsonld("2026-12-06T11:00:00-05:00", "2026-12-06T16:20:00-05:00"),
        ),
        "fetched_at": "2026-12-06T17:00:00-05:00",
        "paragraphs": 3,
        "blocks": [
            block("editors_note", None, 1),
            block("update", "2026-12-06T16:20:00-05:00", 1),
            block("update", "2026-12-06T15:05:00-05:00", 1),
            block("clarification", None, 1),
        ],
        "is_live": False,
    },
    {
        "html": page(
            title="Fortes pluies : la rivière en crue, les bas quartiers inondés",
            body="<p><strong><em>Avertissement :</em></strong> Certaines photos qui accompagnent "
            "cet article montrent des personnes blessées.</p>"
            + ps(LOREM[:3])
            + "<p><strong>Correction apportée le 7 décembre 2026 à 0 h 20 :</strong> Une "
            "première version de cet article situait le gymnase dans un autre quartier.</p>",
            lang="fr-FR",
            head=jsonld("2026-12-06T20:00:00+03:00", "2026-12-07T00:20:00+03:00"),
        ),
        "fetched_at": "2026-12-07T01:00:00+03:00",
        "paragraphs": 3,
        "blocks": [
            block("editors_note", None, 1),
            block("correction", "2026-12-07T00:20:00+03:00", 1),
        ],
        "is_live": False,
    },
]


# 64. Updates stamped with a weekday and a clock, no date ("UPDATE, Sunday, 9:40 p.m. ET:",
# "Update Sonntag, 17.30 Uhr:", "Mise à jour dimanche à 17h30 :"): the weekday nearest the
# page's date.
STYLES["weekday_clock_updates"] = [
    {
        "html": page(
            title="Storm closes the coast road; ferries cancelled (Updated)",
            body=ps(LOREM[:3])
            + "<p><strong>UPDATE, Sunday, 9:40 p.m. ET:</strong> The coast road reopened to "
            "local traffic after crews cleared the fallen trees.</p>"
            + "<p><strong>UPDATE, Monday, 7:15 a.m. ET:</strong> The first ferries of the day "
            "left on time, the operator said.</p>",
            head=jsonld("2026-12-06T16:00:00-05:00", "2026-12-07T07:15:00-05:00"),
        ),
        "fetched_at": "2026-12-07T08:00:00-05:00",
        "paragraphs": 3,
        "blocks": [
            block("update", "2026-12-06T21:40:00-05:00", 1),
            block("update", "2026-12-07T07:15:00-05:00", 1),
        ],
        "is_live": True,
    },
    {
        "html": page(
            title="Sturm an der Küste: Uferstraße gesperrt",
            body=ps(
                [
                    "Ein Sturm hat am Sonntag die Küstenstraße unter Wasser gesetzt, die Fähren "
                    "fahren nicht.",
                    "Die Feuerwehr war mit mehr als 40 Einsätzen beschäftigt, meist wegen "
                    "umgestürzter Bäume.",
                ]
            )
            + "<p><strong>Update Sonntag, 17.30 Uhr:</strong> Die Uferstraße ist wieder frei, "
            "die Fähren bleiben im Hafen.</p>",
            lang="de-DE",
            head=jsonld("2026-12-06T12:00:00+01:00", "2026-12-06T17:30:00+01:00"),
        ),
        "fetched_at": "2026-12-06T18:00:00+01:00",
        "paragraphs": 2,
        "blocks": [block("update", "2026-12-06T17:30:00+01:00", 1)],
        "is_live": False,
    },
]


# 65. Corrections phrased as newsrooms phrase them without a label: the error named first ("Due
# to an editing error, an earlier version …", "Aufgrund eines Fehlers hieß es in einer früheren
# Version …", "Per un errore, nella prima versione …"), or what the story "originally stated",
# "Une erreur s'est glissée …", "In der ursprünglichen Version …".
def _story_with_note(title: str, lang: str, story: list[str], note: str) -> dict[str, Any]:
    return {
        "html": page(
            title=title,
            body=ps(story) + f"<p><em>{note}</em></p>",
            lang=lang,
            head=jsonld("2026-12-06T18:00:00+01:00", "2026-12-06T21:00:00+01:00"),
        ),
        "fetched_at": "2026-12-06T22:00:00+01:00",
        "paragraphs": len(story),
        "blocks": [block("correction", None, 1)],
        "is_live": False,
    }


STYLES["correction_phrasings"] = [
    _story_with_note(
        "River road closed as floods hit the lower town",
        "en-GB",
        LOREM[:3],
        "Due to an editing error, an earlier version of this story gave the wrong date for the "
        "reopening of the bridge.",
    ),
    _story_with_note(
        "River road closed as floods hit the lower town",
        "en-GB",
        LOREM[1:4],
        "This article originally stated that the bridge was closed to all traffic; it is closed "
        "to lorries only.",
    ),
    _story_with_note(
        "Hochwasser: Uferstraße gesperrt",
        "de-DE",
        [
            "Das Hochwasser hat am Sonntag die Unterstadt erreicht, die Uferstraße ist gesperrt.",
            "Die Feuerwehr pumpte bis zum Abend mehr als vierzig Keller leer.",
        ],
        "Aufgrund eines Fehlers hieß es in einer früheren Version dieses Artikels, die Brücke sei "
        "für alle Fahrzeuge gesperrt.",
    ),
    _story_with_note(
        "Crues : la route du fleuve coupée",
        "fr-FR",
        [
            "La crue a atteint la ville basse dimanche soir et la route du fleuve est coupée.",
            "Les pompiers ont vidé plus de quarante caves depuis l'après-midi.",
        ],
        "Une erreur s'est glissée dans une précédente version de cet article : le pont reste "
        "ouvert aux voitures.",
    ),
    _story_with_note(
        "Piena del fiume: chiusa la strada del lungofiume",
        "it-IT",
        [
            "La piena ha raggiunto la città bassa domenica sera e la strada del lungofiume è chiusa.",
            "I vigili del fuoco hanno svuotato più di quaranta cantine dal pomeriggio.",
        ],
        "Per un errore, nella prima versione di questo articolo si indicava come chiuso anche il "
        "ponte vecchio.",
    ),
]


# 66. Update notes in their short forms at the end of the story: "Story updated at 7:40 p.m.
# with …", "Updated with details from …", "Artikel aktualisiert um 19.40 Uhr …", "Le texte a
# été mis à jour à 19h40 …".
def _short_update_note(title: str, lang: str, story: list[str], note: str) -> dict[str, Any]:
    page_of = _story_with_note(title, lang, story, note)
    page_of["blocks"] = [block("update", None, 1)]
    return page_of


STYLES["short_update_notes"] = [
    _short_update_note(
        "River road closed as floods hit the lower town",
        "en-GB",
        LOREM[:3],
        "Updated with details from the fire service's evening briefing.",
    ),
    _short_update_note(
        "Hochwasser: Uferstraße gesperrt",
        "de-DE",
        [
            "Das Hochwasser hat am Sonntag die Unterstadt erreicht, die Uferstraße ist gesperrt.",
            "Die Feuerwehr pumpte bis zum Abend mehr als vierzig Keller leer.",
        ],
        "Aktualisiert mit Angaben der Feuerwehr vom Abend.",
    ),
]


# 67. Live entries whose visible clock is in a meta line beside the author or the date ("5.40pm
# · Jane Smith", "Jane Smith | 17:40"), with the entries' times in the page's JSON-LD: the label
# is the visible clock, not the structured data's.
def _meta_line_feed(lang: str, lines: list[tuple[str, str, str]]) -> str:
    updates = ",".join(
        f'{{"@type":"BlogPosting","headline":"Update","articleBody":"{text}",'
        f'"datePublished":"{iso}"}}'
        for iso, _, text in lines
    )
    extra = f',"liveBlogUpdate":[{updates}]'
    posts = "".join(
        f'<div class="lb-entry"><p>{text}</p><p class="lb-meta">{meta}</p></div>'
        for _, meta, text in lines
    )
    return page(
        title="Live: floods in the lower town",
        body="<p>Heavy rain has flooded the lower town since the afternoon.</p>" + posts,
        lang=lang,
        head=jsonld(
            "2026-12-06T15:00:00+00:00", "2026-12-06T17:40:00+00:00", "LiveBlogPosting", extra
        ),
    )


STYLES["meta_line_entry_clocks"] = [
    {
        "html": _meta_line_feed(
            "en-GB",
            [
                (
                    "2026-12-06T17:40:00+00:00",
                    "5.40pm · Jane Smith",
                    "Police closed the bridge to all traffic as the water rose over the quay.",
                ),
                (
                    "2026-12-06T17:10:00+00:00",
                    "Jane Smith | 5.10pm",
                    "The fire service pumped out more than forty basements in the old town.",
                ),
                (
                    "2026-12-06T16:35:00+00:00",
                    "4.35pm – 6 December 2026",
                    "Forecasters expect the rain to ease overnight but warn of more on Monday.",
                ),
            ],
        ),
        "fetched_at": "2026-12-06T18:00:00+00:00",
        "paragraphs": 1,
        "blocks": [
            block("live_entry", "2026-12-06T17:40:00+00:00", 1),
            block("live_entry", "2026-12-06T17:10:00+00:00", 1),
            block("live_entry", "2026-12-06T16:35:00+00:00", 1),
        ],
        "is_live": True,
    }
]


# 68. Live entries opened by a bold clock that a period sets off ("<strong>19h40.</strong> La
# préfecture …", "<strong>19:40 h.</strong> La policía …").
def _period_clock_feed(lang: str, title: str, clocks: list[str], texts: list[str]) -> str:
    posts = "".join(
        f"<p><strong>{clock}.</strong> {text}</p>"
        for clock, text in zip(clocks, texts, strict=True)
    )
    return page(
        title=title,
        body=posts,
        lang=lang,
        head=jsonld("2026-12-06T15:00:00+01:00", "2026-12-06T19:40:00+01:00", "LiveBlogPosting"),
    )


STYLES["period_clock_entries"] = [
    {
        "html": _period_clock_feed(
            "fr-FR",
            "DIRECT. Inondations : la ville basse sous les eaux",
            ["19h40", "19h10", "18h35"],
            [
                "La préfecture a fermé le pont à toute circulation ce soir.",
                "Les pompiers ont vidé plus de quarante caves dans la vieille ville.",
                "Météo-France prévoit une accalmie dans la nuit, mais de nouvelles pluies lundi.",
            ],
        ),
        "fetched_at": "2026-12-06T20:00:00+01:00",
        "paragraphs": 0,
        "blocks": [
            block("live_entry", "2026-12-06T19:40:00+01:00", 1),
            block("live_entry", "2026-12-06T19:10:00+01:00", 1),
            block("live_entry", "2026-12-06T18:35:00+01:00", 1),
        ],
        "is_live": True,
    },
    {
        "html": _period_clock_feed(
            "es-ES",
            "Directo: inundaciones en la ciudad baja",
            ["19:40 h", "19:10 h", "18:35 h"],
            [
                "La policía ha cerrado el puente a todo el tráfico esta noche.",
                "Los bomberos han vaciado más de cuarenta sótanos en el casco antiguo.",
                "La Aemet prevé que la lluvia amaine de madrugada, pero volverá el lunes.",
            ],
        ),
        "fetched_at": "2026-12-06T20:00:00+01:00",
        "paragraphs": 0,
        "blocks": [
            block("live_entry", "2026-12-06T19:40:00+01:00", 1),
            block("live_entry", "2026-12-06T19:10:00+01:00", 1),
            block("live_entry", "2026-12-06T18:35:00+01:00", 1),
        ],
        "is_live": True,
    },
]


def write() -> None:
    for name, versions in STYLES.items():
        folder = HERE / name
        folder.mkdir(exist_ok=True)
        expect = []
        for number, version in enumerate(versions, start=1):
            encoding = version.pop("encoding", "utf-8")
            (folder / f"v{number}.html").write_bytes(version.pop("html").encode(encoding))
            expect.append({"file": f"v{number}.html", "encoding": encoding, **version})
        (folder / "expect.json").write_text(json.dumps(expect, indent=2, ensure_ascii=False) + "\n")
    folder = HERE / "noise_history"
    folder.mkdir(exist_ok=True)
    for n in range(4):
        (folder / f"v{n + 1}.html").write_text(noisy(n), encoding="utf-8")


if __name__ == "__main__":
    write()
