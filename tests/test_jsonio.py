"""``monitor._jsonio``: the hand-written Article encoder against the generic walk it replaces.

Every stored hash and revision text was made by the generic walk, so the fast path must agree with
it exactly, for any Article.
"""

from __future__ import annotations

import dataclasses
import enum
import hashlib
import json
import random
from datetime import UTC, datetime, timedelta, timezone

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from store_support import T0, make_article, with_new_update

from monitor import _jsonio
from monitor.model import Article, BlockKind, StruckSpan, UpdateBlock


def _reference_jsonable(value: object) -> object:
    """``_jsonio.to_jsonable`` as it was before its Article fast path: the generic walk."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {
            f.name: _reference_jsonable(getattr(value, f.name)) for f in dataclasses.fields(value)
        }
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, (list, tuple)):
        return [_reference_jsonable(v) for v in value]
    return value


def _reference_hash(article: Article) -> str:
    """``stable_hash`` as HASH_VERSION "1" defines it: every stored hash was made this way."""
    data = _reference_jsonable(article)
    assert isinstance(data, dict)
    del data["modified"]
    text = json.dumps(data, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return "1:" + hashlib.blake2b(text.encode("utf-8"), digest_size=16).hexdigest()


_texts = st.text(st.characters(exclude_categories=("Cs",)), max_size=40)  # any valid UTF-8
_zones = st.sampled_from(
    [None, UTC, timezone(timedelta(hours=-5)), timezone(timedelta(hours=5, minutes=30, seconds=7))]
)
_times = st.none() | st.datetimes(timezones=_zones)
_blocks = st.builds(
    UpdateBlock,
    id=_texts,
    kind=st.sampled_from(BlockKind),
    label=_texts,
    paragraphs=st.lists(_texts, max_size=3).map(tuple),
    timestamp=_times,
    timestamp_raw=st.none() | _texts,
)
_articles = st.builds(
    Article,
    title=_texts,
    paragraphs=st.lists(_texts, max_size=4).map(tuple),
    blocks=st.lists(_blocks, max_size=3).map(tuple),
    struck=st.lists(
        st.builds(
            StruckSpan,
            text=_texts,
            block_id=st.none() | _texts,
            paragraph=st.integers(-5, 10**12),
            struck_at=_times,
        ),
        max_size=2,
    ).map(tuple),
    published=_times,
    modified=_times,
    canonical_url=st.none() | _texts,
    language=st.none() | _texts,
    is_live=st.booleans(),
)


@settings(max_examples=300, deadline=None)
@given(_articles)
def test_the_article_encoders_match_the_generic_walk_byte_for_byte(article: Article) -> None:
    generic = _reference_jsonable(article)
    assert _jsonio.to_jsonable(article) == generic
    assert _jsonio.stable_hash(article) == _reference_hash(article)
    assert _jsonio.dumps_lines(article) == _jsonio._encode_lines(generic)
    assert _jsonio.to_article(json.loads(_jsonio.dumps_lines(article))) == article


def test_stored_hashes_stay_valid() -> None:
    # The hash the generic encoder gave this article, pinned: it may only change with HASH_VERSION.
    article = make_article(random.Random(11), paragraphs=3)
    article = with_new_update(article, random.Random(12), T0)
    assert _jsonio.stable_hash(article) == _reference_hash(article)
    assert _jsonio.stable_hash(article) == "1:eed366b64190defa46bc7b94aab222d0"


def test_an_article_is_encoded_once_while_a_queue_of_polls_waits_to_be_stored(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # A poll hashes its article's text when it decides; the store writes the same text when its
    # queue is written, up to 256 polls later. The text is encoded once, not twice.
    encoded: list[object] = []
    encode = _jsonio._encode_lines

    def counting(value: object) -> str:
        if isinstance(value, dict) and "is_live" in value:  # an article, not its parts
            encoded.append(value)
        return encode(value)

    texts = _jsonio._ArticleTexts(limit=300, max_chars=10_000_000)
    monkeypatch.setattr(_jsonio, "_article_texts", texts)
    monkeypatch.setattr(_jsonio, "_encode_lines", counting)
    rng = random.Random(5)
    articles = [make_article(rng, paragraphs=2) for _ in range(301)]
    hashes = [_jsonio.stable_hash(a) for a in articles[:300]]
    stored = [_jsonio.dumps_lines(a) for a in articles[:300]]
    assert len(encoded) == 300
    assert hashes == [_reference_hash(a) for a in articles[:300]]
    assert stored == [encode(_reference_jsonable(a)) for a in articles[:300]]

    # One more makes room by dropping the oldest, which is encoded again when asked for.
    encoded.clear()
    _jsonio.dumps_lines(articles[300])
    assert _jsonio.dumps_lines(articles[0]) == stored[0]
    assert len(encoded) == 2
    assert _jsonio.dumps_lines(articles[299]) == stored[299]  # still kept
    assert len(encoded) == 2


def test_the_kept_texts_cover_a_full_queue_of_grouped_polls() -> None:
    import inspect

    from monitor.store import Store

    queue = inspect.signature(Store.grouping_polls).parameters["limit"].default
    assert _jsonio._article_texts._limit > queue


@settings(max_examples=2000, deadline=None)
@given(
    st.text(
        st.characters(codec=None, categories=None)
        | st.sampled_from('"\\\n\t\x00\x1f\x7f\u2028\u00a0\ud800')
    )
)
def test_strings_are_quoted_as_the_json_module_quotes_them(text: str) -> None:
    assert _jsonio._quoted(text) == json.dumps(text, ensure_ascii=False)


def test_the_kept_texts_are_bounded_in_characters_too(monkeypatch: pytest.MonkeyPatch) -> None:
    rng = random.Random(8)
    articles = [make_article(rng, paragraphs=4) for _ in range(6)]
    size = max(len(_jsonio.dumps_lines(a)) for a in articles)
    texts = _jsonio._ArticleTexts(limit=300, max_chars=3 * size)
    monkeypatch.setattr(_jsonio, "_article_texts", texts)
    for article in articles:
        _jsonio.dumps_lines(article)
    assert len(texts._texts) == 3  # the newest three fit
    assert texts._chars == sum(len(t) for _, t in texts._texts.values()) <= 3 * size
    assert [a for a, _ in texts._texts.values()] == articles[3:]
    huge = make_article(rng, paragraphs=40)
    assert _jsonio.dumps_lines(huge) == _jsonio._encode_lines(_reference_jsonable(huge))
    assert id(huge) not in texts._texts  # larger than the whole budget: not kept
    assert len(texts._texts) == 3
