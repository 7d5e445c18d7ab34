"""Off-topic lines: furniture about something else, found by what it is about.

A CMS fills slots inside an article with text about something else: another story's teaser, a
promo, an appeal. Word lists and shapes catch the forms we know; this catches the ones we do
not, in any language. A paragraph is *unrelated* when it shares not one content word with the
story's stable text: both headlines and every paragraph present before and after the step.
An unrelated paragraph is furniture when it also

* speaks to the reader ("you", "our", "Sie", "vous", outside quotes): a promo or an appeal;
* is not a sentence (a headline, a listing, a reading: no full stop at its end);
* was swapped for another unrelated line in an edit, or had only its figures changed (a
  counter, a meter, a price: "4 free articles left this month"); or
* came while another unrelated one went from the same body or block: a slot that rotated.

An unrelated sentence that only came or only went stays news: on the public benchmark's real
pages a story's later paragraph often shares no word with its first few (a young story's next
turn), while one that also speaks to the reader almost never does (``bench/RESULTS.md``).
Lines with fewer than ``_FEWEST_WORDS`` content words say too little to judge and are left to
the other rules. A new update block is never judged: its marker says it is news.

Pure: articles and changes in, changes out.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from monitor.classify.claims import gist
from monitor.classify.rotation import is_teaser_like, same_but_figures
from monitor.model import Article, Change, ChangeKind

# Fewer content words than this say too little about a line's topic to call it unrelated.
_FEWEST_WORDS = 4


def drop_off_topic(old: Article, new: Article, changes: Sequence[Change]) -> tuple[Change, ...]:
    """``changes`` without the furniture among the paragraphs that share no content word with
    the text ``old`` and ``new`` have in common: those that speak to the reader ("you", "our",
    "Sie", "vous", outside quotes: a promo or an appeal), an edit that swapped one such line for
    another, and one that came while another went from the same part of the article (a slot
    that rotated).

    An unrelated paragraph that came or went alone, and does not speak to the reader, stays a
    change: a young story's next turn often shares no word with the few paragraphs before it,
    and a sentence cut from a short story may share none with the rest.
    """
    judged = [c for c in changes if _judged(c)]
    if not judged:
        return tuple(changes)
    shared = _shared_words(judged, old, new)
    unrelated = [
        c for c in judged if not shared[id(c)] and c.kind is not ChangeKind.PARAGRAPH_MOVED
    ]
    dropped = {
        id(c)
        for c in unrelated
        if c.kind is ChangeKind.PARAGRAPH_EDITED or is_teaser_like(c.text or c.previous_text or "")
    }
    # An appeal to the reader about something else is furniture wherever it came, went or moved.
    dropped.update(id(c) for c in judged if _an_appeal(c, shared[id(c)]))
    dropped.update(id(c) for c in _rotated(unrelated))
    return tuple(c for c in changes if id(c) not in dropped)


def _judged(change: Change) -> bool:
    """A paragraph that came or went, or an edit that swapped one line for another (the two
    share no content word) or changed only its figures (a counter, a meter, a price), with
    enough words on every side to say what it is about."""
    if change.kind is ChangeKind.PARAGRAPH_EDITED:
        before, after = gist(change.previous_text or "").words, gist(change.text or "").words
        if min(len(before), len(after)) < _FEWEST_WORDS:
            return False
        return before.isdisjoint(after) or same_but_figures(
            change.previous_text or "", change.text or ""
        )
    if change.kind in (ChangeKind.PARAGRAPH_ADDED, ChangeKind.PARAGRAPH_REMOVED):
        return len(gist(change.text or change.previous_text or "").words) >= _FEWEST_WORDS
    if change.kind is ChangeKind.PARAGRAPH_MOVED:  # judged as an appeal only
        return len(gist(change.text or "").words) >= _FEWEST_WORDS
    return False


def _an_appeal(change: Change, shared: set[str]) -> bool:
    return not shared and _addresses_reader(change.text or change.previous_text or "")


def _rotated(unrelated: list[Change]) -> Iterator[Change]:
    """The unrelated paragraphs that came and went from the same body or block in one step,
    each one that went paired with the nearest one that came."""
    for scope in {_scope(c) for c in unrelated}:
        came = [c for c in unrelated if c.kind is ChangeKind.PARAGRAPH_ADDED and _scope(c) == scope]
        went = [
            c for c in unrelated if c.kind is ChangeKind.PARAGRAPH_REMOVED and _scope(c) == scope
        ]
        for gone in went:
            if not came:
                break
            position = gone.previous_paragraph or 0
            nearest = min(came, key=lambda c: abs((c.paragraph or 0) - position))
            came.remove(nearest)
            yield from (gone, nearest)


# The reader addressed, or the publisher speaking as "we", in the six languages: a story speaks
# of others, and quotes (left out first) are where its people say "we" and "you".
_READER_WORDS = re.compile(
    r"\b(?:you|your|yours|you're|you'll|you've|our|ours|we|we're|we'll|we've"
    r"|wir|unser|unsere[nmrs]?|dich|dir|dein|deine[nmrs]?"
    r"|vous|votre|vos|nous|notre|nos|toi|tes"
    r"|tu|ti|te|voi|vostr[oaie]|nostr[oaie]|noi|tuo|tua|tuoi|tue"
    r"|usted|ustedes|vosotros|vuestr[oa]s?|tus|nuestr[oa]s?|você|vocês|teu|noss[oa]s?)\b",
    re.IGNORECASE,
)
# Read with their case: "us" is not "US"; German's formal "Sie", "Ihnen", "Ihr" are capitalised
# inside a sentence, where "sie" and "ihr" are "she", "they" and "her".
_READER_WORDS_CASED = re.compile(r"\b(?:us|uns)\b|(?<=[^.!?:\s] )(?:Sie|Ihnen|Ihre?[nmrs]?)\b")
_QUOTED = re.compile(r"[\"“”«»„][^\"“”«»„]*[\"“”«»„]")


def _addresses_reader(text: str) -> bool:
    told = _QUOTED.sub(" ", text)
    return _READER_WORDS.search(told) is not None or _READER_WORDS_CASED.search(told) is not None


def _scope(change: Change) -> str | None:
    return change.block.id if change.block else None


def _texts(change: Change) -> Iterator[str]:
    for text in (change.previous_text, change.text):
        if text:
            yield text


def _shared_words(judged: list[Change], old: Article, new: Article) -> dict[int, set[str]]:
    """For each change (by id): a content word its texts share with the story's stable text
    (both headlines and every paragraph, body or block, both versions show), if any. Read in
    page order until every change has met one: most do in the headline or first paragraphs."""
    met: dict[int, set[str]] = {id(c): set() for c in judged}
    sides = {id(c): [gist(text).words for text in _texts(c)] for c in judged}
    pending = set(met)
    own = {text for c in judged for text in _texts(c)}  # a moved line is in both versions
    for text in _stable_texts(old, new):
        if text in own:
            continue
        story = gist(text).words
        for key in list(pending):
            for side in sides[key]:
                met[key].update(side & story)
            if met[key]:
                pending.discard(key)
        if not pending:
            break
    return met


def _stable_texts(old: Article, new: Article) -> Iterator[str]:
    yield old.title
    yield new.title
    before = set(_all_paragraphs(old))
    yield from (p for p in _all_paragraphs(new) if p in before)


def _all_paragraphs(article: Article) -> Iterator[str]:
    yield from article.paragraphs
    for block in article.blocks:
        yield from block.paragraphs
