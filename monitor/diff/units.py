"""The units we compare: folded text, sentences, words, and a cheap similarity between them.

Shared by ``diff`` (alignment) and ``classify`` (what an edit touched). ``fold`` is a private
stand-in for ``monitor.extract.normalize.normalize_for_compare``, which did not exist when this
was written: it removes the differences a reader would not call an edit (Unicode compatibility
forms, curly vs straight quotes, dash style, whitespace) so the remaining differences are real.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass

_QUOTES = str.maketrans(
    {
        "\u2018": "'",
        "\u2019": "'",
        "\u201a": "'",
        "\u201b": "'",
        "\u2032": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u201e": '"',
        "\u201f": '"',
        "\u2033": '"',
        "\u00ab": '"',
        "\u00bb": '"',
        "\u2010": "-",
        "\u2011": "-",
        "\u2012": "-",
        "\u2013": "-",
        "\u2014": "-",
        "\u2015": "-",
        "\u2212": "-",
        "\u00a0": " ",
        "\u2026": "...",
    }
)
_WORD = re.compile(r"\w+(?:['’]\w+)*", re.UNICODE)


# Classification reads each edited text through several signals (numbers, names, negations,
# quotes, sentences, typos), and each of them folds and tokenises it again: the three units below
# are cached, so an edit's texts are folded once. Pure functions of immutable strings; a few
# thousand entries bound the memory of a long-running daemon.
_UNIT_CACHE = 2048


@functools.lru_cache(maxsize=_UNIT_CACHE)
def fold(text: str) -> str:
    """NFKC, straight quotes, ASCII dashes, one space between words. Case is kept (names)."""
    if not text.isascii():  # ASCII is already NFKC, and every _QUOTES key is non-ASCII
        text = unicodedata.normalize("NFKC", text).translate(_QUOTES)
    return _one_space(text)


def _one_space(text: str) -> str:
    """Runs of whitespace as one space, none at the ends.

    (Not ``re.sub(r"\\s+", " ", text).strip()``: that is five times slower, and classify folds
    every text several times. ``str.split`` and ``\\s`` agree on what whitespace is.)
    """
    return " ".join(text.split())


@functools.lru_cache(maxsize=_UNIT_CACHE)
def words(text: str) -> tuple[str, ...]:
    """Word tokens (letters, digits, inner apostrophes), in order, case kept."""
    return tuple(_WORD.findall(fold(text)))


# Abbreviations after which a full stop does not end a sentence (news style, English).
_ABBREVIATION_WORDS = """
    mr mrs ms dr prof gen lt col maj capt sgt cpl adm cmdr rep sen gov pres rev st sr jr
    jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun
    no nos vs etc inc corp co ltd dept approx est fig a.m p.m u.s u.k u.n e.g i.e
"""
_ABBREVIATIONS = frozenset(_ABBREVIATION_WORDS.split())
# A sentence end: its full stop (consumed, not looked behind: a pattern that starts with a
# character class lets the regex engine skip to the candidates), closing quotes, whitespace,
# and a capital or digit ahead.
_SENTENCE_END = re.compile(r"""[.!?]["'”’)\]]*\s+(?=["'“‘(\[]?[A-Z0-9])""")


@functools.lru_cache(maxsize=_UNIT_CACHE)
def split_sentences(text: str) -> tuple[str, ...]:
    """Split a paragraph into sentences with a regex that knows common news abbreviations.

    Not a general sentence splitter: good enough to name which sentence of a paragraph changed.
    A full stop after an abbreviation ("U.S.", "Jan.", "p.m.") or a single initial ("George W.")
    does not end a sentence.
    """
    text = _one_space(text)
    if not text:
        return ()
    sentences: list[str] = []
    start = 0
    for match in _SENTENCE_END.finditer(text):
        head = text[start : match.start() + 1]  # ends with the full stop, never with a space
        token = head.rsplit(None, 1)[-1].rstrip(".!?\"'”’)]").lower()
        bare = token.lstrip("(\"'“‘")
        if bare in _ABBREVIATIONS or (len(bare) == 1 and bare.isalpha()):
            continue
        sentences.append(text[start : match.end()].strip())
        start = match.end()
    tail = text[start:].strip()
    if tail:
        sentences.append(tail)
    return tuple(sentences)


_MIN_CONTAINED_WORDS = 4  # a fragment must have this many long words to count as contained


@dataclass(frozen=True, slots=True)
class Profile:
    """A unit's word multisets, computed once so pairing can compare many candidates cheaply."""

    text: str
    all_words: Counter[str]
    long_words: Counter[str]  # 4+ letters: "the", "of", "in" never make a unit "contained"


def profile(text: str) -> Profile:
    folded = Counter(map(str.casefold, words(text)))
    return Profile(text, folded, Counter({w: n for w, n in folded.items() if len(w) >= 4}))


def similarity(a: str | Profile, b: str | Profile) -> float:
    """How alike two units are, in [0, 1]: order-blind and cheap (called for every candidate).

    The Dice coefficient of the case-folded word multisets, or, when one unit is mostly
    contained in the other (a paragraph cut down to its first sentence, or split in two), 0.8 ×
    the share of the shorter unit's long words found in the longer one, like NewsEdits' lemma
    subset check.
    """
    left = a if isinstance(a, Profile) else profile(a)
    right = b if isinstance(b, Profile) else profile(b)
    if left.text == right.text:
        return 1.0
    total = left.all_words.total() + right.all_words.total()
    if total == 0:
        return 1.0 if fold(left.text) == fold(right.text) else 0.0
    dice = 2.0 * (left.all_words & right.all_words).total() / total
    shorter = min(left.long_words.total(), right.long_words.total())
    if shorter < _MIN_CONTAINED_WORDS:
        return dice
    containment = (left.long_words & right.long_words).total() / shorter
    return max(dice, 0.8 * containment)
