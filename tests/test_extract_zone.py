"""The zone of stamps that name none, when the page gives no published time with an offset."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from monitor.extract import extract_article

FETCHED = datetime(2026, 12, 6, 16, 0, tzinfo=UTC)
STORY = (
    "<p>Der Deutsche Wetterdienst hat für den Nachmittag vor Glatteis in weiten Teilen des "
    "Landes gewarnt, Räumdienste sind seit dem frühen Morgen unterwegs.</p>"
    "<p>Auf mehreren Autobahnen kam es zu Unfällen, verletzt wurde nach ersten Angaben niemand, "
    "teilte die Polizei am Mittag mit.</p>"
)


def page(lang: str, *, published: str = "") -> str:
    head = f'<meta property="article:published_time" content="{published}">' if published else ""
    return f"""<!DOCTYPE html><html lang="{lang}"><head><title>Glatteis</title>{head}</head>
<body><article><h1>Glatteis auf den Straßen</h1><div class="body">{STORY}
<p><strong>Update vom 6. Dezember 2026, 14:20 Uhr:</strong> Die Warnung gilt nun auch für den
Norden.</p></div></article></body></html>"""


@pytest.mark.parametrize("lang", ["de", "de-DE", "de-AT"])
def test_a_language_of_one_zone_gives_the_zone_without_a_published_offset(lang: str) -> None:
    article = extract_article(page(lang), url="https://example.de/a", fetched_at=FETCHED)
    [block] = article.blocks
    assert block.timestamp is not None
    assert block.timestamp.isoformat() == "2026-12-06T14:20:00+01:00"


@pytest.mark.parametrize("lang", ["en-US", "fr-CA", ""])
def test_a_language_spoken_across_zones_or_away_from_home_gives_none(lang: str) -> None:
    article = extract_article(page(lang), url="https://example.com/a", fetched_at=FETCHED)
    [block] = article.blocks
    assert block.timestamp is None
    assert block.timestamp_raw == "6. Dezember 2026, 14:20 Uhr"


def test_a_published_offset_still_decides_over_the_language() -> None:
    html = page("de", published="2026-12-06T09:00:00-05:00")
    article = extract_article(html, url="https://example.de/a", fetched_at=FETCHED)
    [block] = article.blocks
    assert block.timestamp is not None
    assert block.timestamp.utcoffset() is not None
    assert block.timestamp.isoformat().endswith("-05:00")
