"""The lexical signals classification reads: names, numbers, negations, quotes, hedges.

Regex and word lists only (no model, no download). Names are capitalised sequences, which the
reference study found enough for the Taji example; entity *keys* drop titles and Arabic article
particles so "al-Zaidi" matches "Shubl al-Zaidi" and "Secretary Pompeo" matches "Mike Pompeo".
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from dataclasses import dataclass

from monitor.diff.units import fold, split_sentences, words


def _word_set(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Capitalised words that open sentences or are ubiquitous in news copy: not names by themselves
# (sentence-opening question words and articles of the other languages too: "Whether Baptiste").
_NOT_NAMES = _word_set(
    """
    a an and as at but by for from he her his i if in it its my no not of on or our she so
    some that the their there these they this those to us we when where while who why with
    yet after before during earlier later meanwhile however although though despite since
    until also according officials official police sources source reports report witnesses
    residents update updated correction clarification editor's note breaking developing
    latest monday tuesday wednesday thursday friday saturday sunday today tonight yesterday
    tomorrow january february march april may june july august september october november
    december jan feb mar apr jun jul aug sep sept oct nov dec est edt et gmt utc bst am pm
    a.m p.m u.s us u.k uk mr mrs ms dr
    what whether how which because unless
    was wer wie warum ob wo wann der die das ein eine
    qui que quoi quand comment pourquoi où
    chi che cosa quando perché dove
    quién qué cómo cuándo dónde quem onde
    """
)
# Titles and particles dropped from an entity's key (kept in its display text).
_KEY_NOISE = _word_set(
    """
    president secretary minister prime general gen lt col colonel commander cmdr senator sen
    rep representative governor gov mayor deputy chief head leader spokesman spokeswoman
    admiral adm sergeant sgt captain capt major maj of al el ad ash bin ibn abu de van von
    da del la le du state u.s us mr mrs ms dr the
    """
)
_CAP_WORD = r"(?:[A-Z][\w'’.]*(?:-[\w'’]+)*)"
_PARTICLE_WORD = r"(?:(?:al|el|ad|ash|bin|ibn|abu)-[A-Z][\w'’]*(?:-[\w'’]+)*)"
_NAME_WORD = rf"(?:{_CAP_WORD}|{_PARTICLE_WORD})"
_CONNECTOR = r"(?:of|al|el|bin|ibn|de|van|von|da|del|la|le|du)"
_ENTITY = re.compile(rf"(?<![\w'’-]){_NAME_WORD}(?:\s+(?:{_CONNECTOR}\s+)*{_NAME_WORD})*")
_PARTICLES = ("al-", "el-", "ad-", "ash-", "bin-", "ibn-", "abu-")


@dataclass(frozen=True, slots=True)
class Entity:
    """A name as printed (``display``) and the set of name tokens that identify it (``key``).

    ``initial`` marks a one-word name that opens its sentence: it may just be a capitalised
    ordinary word ("Troops left."), so edit classification does not count it as a name.
    """

    display: str
    key: frozenset[str]
    initial: bool = False


def _without_possessive(text: str) -> str:
    """``text`` less a final "'s" or "'" (as ``re.sub(r"['’]s?$", "", text)`` on one line)."""
    if text.endswith(("'s", "’s")):
        return text[:-2]
    if text.endswith(("'", "’")):
        return text[:-1]
    return text


def _key_token(token: str) -> str:
    token = _without_possessive(token.casefold().rstrip("."))
    if token.startswith(_PARTICLES):  # each ends in its only hyphen
        return token[token.index("-") + 1 :]
    return token


_NOT_KEY_TOKENS = _KEY_NOISE | _NOT_NAMES | {""}


# Memoised (pure functions of a string): the same earlier paragraphs are read again for every
# new update and on every poll. Bounded, so a long-running daemon does not grow.
@functools.lru_cache(maxsize=4096)
def entities(text: str) -> tuple[Entity, ...]:
    """Capitalised name sequences, leading sentence words and titles trimmed, deduplicated."""
    found: dict[frozenset[str], Entity] = {}
    for sentence in split_sentences(fold(text)):
        for match in _ENTITY.finditer(sentence.rstrip(".!?\"')")):
            tokens = match.group(0).split()
            keys = [_key_token(t) for t in tokens]
            lead = 0
            while lead < len(keys) and keys[lead] in _NOT_NAMES:
                lead += 1
            key = frozenset(k for k in keys[lead:] if k not in _NOT_KEY_TOKENS)
            if key and key not in found:
                display = " ".join(tokens[lead:])
                initial = len(tokens) - lead == 1 and match.start() == 0
                found[key] = Entity(_without_possessive(display) or display, key, initial)
    return tuple(found.values())


def same_entity(a: Entity, b: Entity) -> bool:
    """One name's tokens are contained in the other's ("al-Zaidi" ⊂ "Shubl al-Zaidi")."""
    return a.key <= b.key or b.key <= a.key


def shared_entities(first: tuple[Entity, ...], second: tuple[Entity, ...]) -> tuple[Entity, ...]:
    """Entities named in both, each given once in its longer printed form."""
    shared: dict[frozenset[str], Entity] = {}
    for a in first:
        for b in second:
            if same_entity(a, b):
                longer = a if len(a.key) >= len(b.key) else b
                if not any(longer.key <= k or k <= longer.key for k in shared):
                    shared[longer.key] = longer
    return tuple(shared.values())


# ---------------------------------------------------------------------------------------------
# Numbers, negations, quotes

_SMALL_NUMBERS = (
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen"
    " fifteen sixteen seventeen eighteen nineteen twenty"
)
_SPELLED = {word: str(value) for value, word in enumerate(_SMALL_NUMBERS.split())}
_SPELLED.update(
    {
        "thirty": "30",
        "forty": "40",
        "fifty": "50",
        "hundred": "100",
        "hundreds": "100s",
        "thousand": "1000",
        "thousands": "1000s",
        "dozen": "12",
        "dozens": "12s",
        "million": "1000000",
        "millions": "1000000s",
        "billion": "1000000000",
        "first": "1st",
        "second": "2nd",
        "third": "3rd",
        "half": "0.5",
    }
)
_NUMBER = re.compile(r"\d+(?:[,.]\d+)*")


def numbers(text: str) -> Counter[str]:
    """Every number in the text, digits normalised ("2,000" = "2000") and small ones spelled."""
    found: Counter[str] = Counter()
    folded = fold(text)
    for match in _NUMBER.finditer(folded):
        found[match.group(0).replace(",", "")] += 1
    for word in words(folded):
        value = _SPELLED.get(word.casefold())
        if value is not None:
            found[value] += 1
    return found


@functools.lru_cache(maxsize=4096)
def number_set(text: str) -> frozenset[str]:
    """The distinct numbers of ``numbers(text)``: what overlap and correction tests compare."""
    return frozenset(numbers(text))


_NEGATIONS = _word_set(
    """
    not no never none nobody nothing neither nor without cannot deny denies denied denying
    false untrue
    """
)


def negations(text: str) -> Counter[str]:
    tokens = [w.casefold() for w in words(text)]
    found = Counter(t for t in tokens if t in _NEGATIONS)
    found["n't"] += sum(1 for t in tokens if t.endswith("n't"))
    return +found


_QUOTED = re.compile(r'"([^"]+)"')
_ATTRIBUTION = _word_set(
    """
    said says say told tells stated states according added adds claimed claims wrote writes
    insisted insists announced announces
    """
)


def quotes(text: str) -> tuple[tuple[str, ...], Counter[str]]:
    """The quoted passages (folded) and the attribution verbs of a text."""
    folded = fold(text)
    verbs = Counter(w.casefold() for w in words(folded) if w.casefold() in _ATTRIBUTION)
    return tuple(_QUOTED.findall(folded)), verbs


# ---------------------------------------------------------------------------------------------
# Content words, for "do these two sentences talk about the same thing"

_STOPWORDS = _word_set(
    """
    a about above after again against all also am an and any are as at be been before being
    below between both but by can could did do does doing down during each few for from
    further had has have having he her here hers herself him himself his how i if in into is
    it its itself just me more most my no nor not now of off on once only or other our ours
    out over own same she should so some such than that the their theirs them then there
    these they this those through to too under until up very was we were what when where
    which while who whom why will with would you your one ones said says say saying told
    according reported reports report reportedly officials official including near new
    """
)
_SUFFIXES = ("ings", "ing", "ied", "ies", "ed", "es", "s")
# News predicates that say the same thing in different words: one stem each.
_SYNONYMS = {
    word: group
    for group, members in {
        "die": "kill kills killed killing dead die dies died dying death deaths slain fatal",
        "injure": "injure injured injures injuring injury injuries wound wounded wounding hurt",
    }.items()
    for word in members.split()
}


def stem(word: str) -> str:
    """A deliberately light stemmer: enough to meet "killed"/"dead", "gunmen"/"gunman"."""
    word = word.casefold()
    if word in _SYNONYMS:
        return _SYNONYMS[word]
    if word.endswith("men") and len(word) > 4:
        return word[:-3] + "man"
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            base = word[: -len(suffix)]
            return base + "y" if suffix in ("ied", "ies") else base
    return word


@functools.lru_cache(maxsize=4096)
def content_stems(text: str) -> frozenset[str]:
    """Stems of the words that carry meaning (stopwords and numbers, digits or spelled, dropped).

    Numbers are compared by ``numbers``; as content words they would make "the two" overlap.
    """
    return frozenset(
        stem(w)
        for w in words(text)
        if w.casefold() not in _STOPWORDS and not w.isdigit() and w.casefold() not in _SPELLED
    )
