"""What a sentence claims, read for comparison with a later sentence about the same event.

A ``Claim`` reading holds, for one sentence:

* who and what it is about: its names and its topic (content-word stems in any of the six
  languages);
* its figures, read from digits and from number words ("Twenty-three", "dreiundzwanzig",
  "vingt-trois", "treinta y dos"), and the figures it sets aside ("not 23", "et non 12 000");
* the states it gives people (dead, alive or in hospital, detained), each asserted or negated;
  where it places them; whether it says all of something is done or some of it remains;
* its frames: a denial and the clause denied, an uncertainty ("it is now unclear whether …"),
  conflicting reports, an admission that an earlier report was wrong, a correction label,
  "officials now say", someone cleared of a part in the event;
* its modality (hedged: "reportedly", "aurait", "sarebbe") and its vetoes (another event, a
  count that rose or fell, a confirmation, a denial of a permission such as bail).

``conflicts`` compares two readings and names every slot on which the later one sets a
different value for the same thing, as (weight, words) pairs a detector can add up and show.
Regex and word lists only: offline, deterministic, explainable. Pure.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from functools import cached_property
from typing import NamedTuple

from monitor.classify import lexicon
from monitor.classify.signals import Entity, entities, shared_entities
from monitor.diff.units import fold


class Cue:
    """A word list's pattern, and the literal words its alternatives open with: a sentence
    that holds none of them (most sentences) is turned down by a few substring tests, where the
    pattern would try each alternative at every position. The pattern is compiled when a
    sentence first holds one of the words: most runs meet only a few of the lists, and
    compiling them all would be most of this module's import."""

    __slots__ = ("_compiled", "_fragment", "_inner", "_openings")

    def __init__(self, fragment: str) -> None:
        self._fragment = fragment
        self._compiled: re.Pattern[str] | None = None
        # A match of an alternative that opens with its head starts a word with it: such heads
        # are filed under their first three letters, and only those filed under the opening of
        # one of the sentence's words are looked for. The others (a head inside its
        # alternative) are looked for anywhere. None: an alternative has no head to look for.
        split = split_heads(fragment)
        self._openings: dict[str, tuple[str, ...]] | None = None
        self._inner: frozenset[str] = frozenset()
        if split is not None:
            opening, self._inner = split
            self._openings = {}
            for head in sorted(opening):
                key = head[:_OPENING]
                self._openings[key] = (*self._openings.get(key, ()), head)

    @property
    def pattern(self) -> re.Pattern[str]:
        if self._compiled is None:
            self._compiled = re.compile(rf"(?<!\w)(?:{self._fragment})", re.IGNORECASE | re.VERBOSE)
        return self._compiled

    def _absent(self, text: str) -> bool:
        openings = self._openings
        if openings is None:
            return False
        lowered, words = word_openings(text)
        # map over the bound method runs the tests in C, without a generator frame per head.
        if self._inner and any(map(lowered.__contains__, self._inner)):
            return False
        for key in words:  # a sentence's few word openings, each looked up once
            heads = openings.get(key)
            if heads is not None and any(map(lowered.__contains__, heads)):
                return False
        return True

    def search(self, text: str, pos: int = 0) -> re.Match[str] | None:
        return None if self._absent(text) else self.pattern.search(text, pos)

    def match(self, text: str, pos: int = 0) -> re.Match[str] | None:
        return None if self._absent(text) else self.pattern.match(text, pos)

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        return iter(()) if self._absent(text) else self.pattern.finditer(text)


_OPENING = 3
_WORD_OPENING = re.compile(r"(?<!\w)(?=(\w.{0,2}))")


@functools.lru_cache(maxsize=2048)
def word_openings(text: str) -> tuple[str, frozenset[str]]:
    """``text`` lowercased, and the first three characters of each of its words ("den", "a f")."""
    lowered = text.lower()
    return lowered, frozenset(_WORD_OPENING.findall(lowered))


def split_heads(pattern: str) -> tuple[frozenset[str], frozenset[str]] | None:
    """``literal_heads`` in two parts: the heads of the alternatives that open with theirs (of
    three letters or more), so that their matches start with one, and the others' heads."""
    opening: set[str] = set()
    inner: set[str] = set()
    for alternative in _alternatives(pattern):
        found = _heads_of(alternative.strip(), openings=True)
        if found is not None and min(map(len, found)) >= _OPENING:
            opening |= found
            continue
        found = _heads_of(alternative.strip(), openings=False)
        if found is None:
            return None
        inner |= found
    return frozenset(opening), frozenset(inner)


def literal_heads(pattern: str, *, openings: bool = False) -> frozenset[str] | None:
    """Lowercase texts one of which every match of the verbose ``pattern`` holds ("den",
    "no truth", "a fait"): the literal each top-level alternative opens with, its ``\\s+``
    read as the one space folded text has. None when an alternative opens with less than
    three letters of literal. With ``openings``, None too when an alternative's head would
    not open it, so that every match starts with a head."""
    heads: set[str] = set()
    for alternative in _alternatives(pattern):
        found = _heads_of(alternative.strip(), openings=openings)
        if found is None:
            return None
        heads |= found
    return frozenset(heads)


def _heads_of(text: str, *, openings: bool) -> set[str] | None:
    """The heads of one alternative: its opening literal, else the best literal (or set of
    literal options) it must hold somewhere at its top level ("condition" in "in (a )?
    (stable|critical) condition")."""
    for lead in (r"\b", r"(?<!\w)"):
        text = text.removeprefix(lead).lstrip()
    if text.startswith("("):
        close = _closing(text)
        inner = _group_body(text[1:close]) if close >= 0 else None
        if inner is not None and text[close + 1 : close + 2] not in ("?", "*", "{"):
            options = [option.strip() for option in _alternatives(inner)]
            after = _literal_run(text[close + 1 :])
            if after.startswith(" ") and all(_LITERAL.fullmatch(o) for o in options):
                return {f"{option} {after.strip()}".lower() for option in options}  # "a fait"
            nested = literal_heads(inner, openings=openings)
            if nested is not None:
                return set(nested)
    else:
        head = _literal_run(text).rstrip()
        if len(head) >= _SHORTEST_HEAD:
            return {head.lower()}
    return None if openings else _required_literal(text)


def _required_literal(text: str) -> set[str] | None:
    """The longest literal word, or set of literal options, that ``text`` holds at its top
    level outside anything optional; None when it holds none of three letters or more."""
    best: set[str] | None = None
    position = 0
    while position < len(text):
        char = text[position]
        if char == "(":
            close = _closing(text[position:])
            if close < 0:
                return best
            end = position + close + 1
            optional = text[end : end + 1] in ("?", "*", "{")
            inner = _group_body(text[position + 1 : end - 1])
            # Every match passes through a group that is not optional, and so holds a head
            # of one of its options.
            options = literal_heads(inner) if inner is not None and not optional else None
            if options and min(map(len, options)) >= _SHORTEST_HEAD and _better(options, best):
                best = set(options)
            position = end
            continue
        if char == "\\":
            position += 2
            continue
        if char == "[":
            close_class = text.find("]", position + 2)  # "[]…]" holds a "]" of its own
            if close_class < 0:
                return best
            position = close_class + 1
            continue
        word = _LITERAL.match(text, position)
        if word is not None:
            literal = word.group(0)
            if text[word.end() : word.end() + 1] in ("?", "*", "{"):
                literal = literal[:-1]
            if len(literal) >= _SHORTEST_HEAD and _better({literal.lower()}, best):
                best = {literal.lower()}
            position = word.end()
            continue
        position += 1
    return best


def _group_body(inside: str) -> str | None:
    """What a group holds, without its "?:" or "?P<name>"; None for a lookaround, which
    consumes nothing."""
    if inside.startswith(("?=", "?!", "?<=", "?<!")):
        return None
    if inside.startswith("?P<"):
        return inside[inside.find(">") + 1 :]
    return inside.removeprefix("?:")


def _better(candidate: set[str] | frozenset[str], best: set[str] | None) -> bool:
    return best is None or min(map(len, candidate)) > min(map(len, best))


_SHORTEST_HEAD = 3
_LITERAL = re.compile(r"[^\W\d_']+(?:'[^\W\d_]+)?")
_RUN_PART = re.compile(r"[^\W\d_']+'?|\\s[+*]?")


def _literal_run(text: str) -> str:
    """The literal letters ``text`` opens with, its whitespace escapes as one space, up to the
    first other pattern syntax (less a letter a quantifier makes optional)."""
    run: list[str] = []
    position = 0
    while (part := _RUN_PART.match(text, position)) is not None:
        piece = part.group(0)
        nxt = text[part.end() : part.end() + 1]
        if piece.startswith("\\"):
            if piece.endswith("*"):
                break
            run.append(" ")
        elif nxt in ("?", "*", "{"):
            run.append(piece[:-1])
            break
        else:
            run.append(piece)
        position = part.end()
    return "".join(run)


def _structure(pattern: str) -> Iterator[tuple[int, str, int]]:
    """Each parenthesis and bar of ``pattern`` outside escapes and character classes, with its
    index and the nesting depth before it."""
    depth, index, in_class = 0, 0, False
    while index < len(pattern):
        char = pattern[index]
        if char == "\\":
            index += 2
            continue
        if in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
        elif char in "()|":
            yield index, char, depth
            depth += 1 if char == "(" else -1 if char == ")" else 0
        index += 1


def _alternatives(pattern: str) -> list[str]:
    parts, start = [], 0
    for index, char, depth in _structure(pattern):
        if char == "|" and depth == 0:
            parts.append(pattern[start:index])
            start = index + 1
    parts.append(pattern[start:])
    return parts


def _closing(text: str) -> int:
    """The index of the parenthesis that closes the one ``text`` opens with, or -1."""
    for index, char, depth in _structure(text):
        if char == ")" and depth == 1:
            return index
    return -1


def _compile(fragment: str) -> Cue:
    return Cue(fragment)


_DENIAL = _compile(lexicon.DENIAL)
_PERMISSION = _compile(lexicon.PERMISSION)
_UNCERTAIN = _compile(lexicon.UNCERTAIN)
_CONFLICTING = _compile(lexicon.CONFLICTING)
_CAUSE_GIVEN = _compile(lexicon.CAUSE_GIVEN)
_CAUSE_ASKED = _compile(lexicon.CAUSE_ASKED)
_EARLIER_WRONG = _compile(lexicon.EARLIER_WRONG)
_FALSE_WORDS = _compile(lexicon.FALSE_WORDS)
_EARLIER_SAID = _compile(lexicon.EARLIER_SAID)
_CORRECTION_LABEL = _compile(lexicon.CORRECTION_LABEL)
_CORRECTION_NOTE = _compile(lexicon.CORRECTION_NOTE)
_NOW_SAY = _compile(lexicon.NOW_SAY)
_REPLACES = _compile(lexicon.REPLACES)
_INSTEAD = _compile(lexicon.INSTEAD)
_CLEARED = _compile(lexicon.CLEARED)
_OTHER_EVENT = _compile(lexicon.OTHER_EVENT)
_RISING = _compile(lexicon.RISING)
_CONFIRM = _compile(lexicon.CONFIRM)
_HEDGE = _compile(lexicon.HEDGE)
_DEAD = _compile(lexicon.DEAD)
_ALIVE = _compile(lexicon.ALIVE)
_DETAINED = _compile(lexicon.DETAINED)
_ALL_DONE = _compile(lexicon.ALL_DONE)
_PENDING = _compile(lexicon.PENDING)
_MOVED = _compile(lexicon.MOVED)
_REBUTTAL = _compile(lexicon.REBUTTAL)
_FREE = _compile(lexicon.FREE)
_SIGNS_OF_LIFE = _compile(lexicon.SIGNS_OF_LIFE)
_INJURED = _compile(lexicon.INJURED)
_NOBODY = _compile(lexicon.NOBODY)
_WENT_BACK = _compile(lexicon.WENT_BACK)
_REVISED_TO = _compile(lexicon.REVISED_TO)
_FOUND = _compile(lexicon.FOUND)
_STILL_MISSING = _compile(lexicon.STILL_MISSING)
_SUBSET = re.compile(
    r"\b(?:of\s+(?:the|them|those)|among\s+(?:the|them)|including|darunter|dont|entre\s+(?:ellos|los)|tra\s+(?:cui|loro)|entre\s+(?:eles|os))\b",
    re.I,
)
_FOUND_AT = re.compile(
    rf"(?<!\w)(?:{lexicon.FOUND_AT})\s+(?:[\w'’-]+,?\s+){{0,6}}?(?:in|at|near|en|em|à|bei|nahe|cerca\s+de"
    r"|près\s+de|vicino\s+a|perto\s+de)\s+(?:(?:the|la|el|le|il|a|o|der|die|das)\s+)?"
    r"(?:(?:port\s+)?[a-zà-ÿ]+\s+(?:of|de|di|von|do|da|del)\s+)?"
    r"(?P<place>[A-ZÀ-Ý][\w'’-]+(?:\s+[A-ZÀ-Ý][\w'’-]+)*)",
    re.IGNORECASE | re.VERBOSE,
)
_NEGATIONS = {
    language: re.compile(rf"(?<!\w)(?:{words})(?!\w)", re.IGNORECASE | re.VERBOSE)
    for language, words in lexicon.NEGATIONS.items()
}


def language_of(text: str) -> str:
    """The language of ``text`` among the six, by its function words (English on a tie)."""
    tokens = text.casefold().split()
    # map over the set's bound method counts in C, without a Python step per word and language.
    counts = {
        language: sum(map(words.__contains__, tokens))
        for language, words in lexicon.LANGUAGE_WORDS.items()
    }
    return max(counts, key=lambda language: (counts[language], language == "en"))


_OPPOSITES = tuple((_compile(a), _compile(b)) for a, b in lexicon.OPPOSITES)
# Any side of any pair, in one search: the gate asks only whether a sentence says one (most
# say none), at a sixth of the cost of asking each pattern in turn.
_ANY_OPPOSITE = _compile("|".join(f"(?:{a})|(?:{b})" for a, b in lexicon.OPPOSITES))
_REPORT_WORDS = re.compile(
    r"\b(?:reports?|claims?|allegations?|accusations?|rumou?rs?|accounts?|berichte?n?|meldung(?:en)?"
    r"|vorwürfe?n?|acusaciones|accuse"
    r"|gerüchte?n?|informations?|rumeurs?|allégations|informaci(?:ón|ones)|rumores?|notizi[ae]"
    r"|voci|indiscrezioni|notícias?|informações)\b",
    re.IGNORECASE,
)
# A place: a capitalised name after a preposition of place ("in Abuja", "à Lyon", "em Faro").
_PLACE = re.compile(
    r"(?<!\w)(?:in|at|aboard|à|au|en|dans|em|no|na|nel|nella)\s+"
    r"(?:the\s+(?:town|city|village|region|province|district|port)\s+of\s+)?"
    r"(?P<place>[A-ZÀ-Ý][\w'’-]+(?:\s+[A-ZÀ-Ý][\w'’-]+)*)"
)
# Any name after a preposition of place or direction: a place, not someone a claim is about.
_PLACE_NAMED = re.compile(
    r"(?<!\w)(?:in|at|to|from|near|into|towards?|outside|à|au|aux|en|dans|vers|nach|aus|bei|im"
    r"|em|no|na|para|nel|nella|verso|hacia|desde)\s+(?:the\s+)?"
    r"(?P<place>[A-ZÀ-Ý][\w'’-]+(?:\s+[A-ZÀ-Ý][\w'’-]+)*)"
)
# "X is in Lebanon": where the sentence says someone is now, in each language.
_IS_IN = re.compile(
    r"(?<!\w)(?:is|are|remains?|was\s+(?:still|actually)|ist|sind|befindet\s+sich|hält\s+sich|est"
    r"|sont|se\s+trouve(?:nt)?|está|están|se\s+encuentra(?:n)?|è|sono|si\s+trova(?:no)?|estão"
    r"|encontra-se)\s+(?:now\s+|still\s+|safely\s+|nun\s+|jetzt\s+|désormais\s+|ahora\s+|ora\s+"
    r"|agora\s+)?(?:(?:being\s+)?(?:held|kept|detained|staying|hiding|living)\s+)?"
    r"(?:in|at|à|au|en|em|no|na|a)\s+(?P<place>[A-ZÀ-Ý][\w'’-]+(?:\s+[A-ZÀ-Ý][\w'’-]+)*)"
)
# The earlier sentence put someone somewhere, named or not ("riding in one of the vehicles").
_LOCATED = re.compile(
    r"(?<!\w)(?:riding|travell?ing|aboard|on\s+board|inside|in\s+(?:the|one\s+of\s+the)\s+"
    r"(?:convoy|car|cars|vehicles?|plane|flight|building|bus|train|ship|boat)|an\s+bord|im\s+"
    r"(?:konvoi|auto|wagen|flugzeug|gebäude)|à\s+bord|dans\s+(?:le|la)\s+(?:convoi|voiture|avion)"
    r"|a\s+bordo|en\s+el\s+(?:convoy|coche|avión)|nel\s+(?:convoglio|veicolo|aereo)"
    r"|no\s+(?:comboio|carro|avião))\b",
    re.IGNORECASE,
)
_ASKS_WHY = re.compile(
    r",?\s*(?!how\s+(?:many|much)|wie\s+viele|combien|cu[áa]nt|quant)(?:what|why|how|who|which|when|warum|weshalb|wie|wer|was|pourquoi|comment|qui|quoi|ce\s+qui"
    r"|qué|por\s+qué|cómo|quién|cosa|perché|come|chi|o\s+que|por\s+que|como|quem)\b",
    re.IGNORECASE,
)
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
_NUMBER_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
_DIGITS = re.compile(r"\d{1,3}(?:[ .,\u202f]\d{3})+(?![\d])|\d+(?:[.,]\d+)?")
_TOPIC_PREFIX = 5  # a word's first letters stand for it in every language ("démission(né)")
# Stopwords of four letters or more, cut as ``gist`` cuts words: they relate nothing.
_COMMON_PREFIXES = frozenset(w[:_TOPIC_PREFIX] for w in lexicon.STOPWORDS if len(w) >= 4)
_SCOPE_WORDS = 5  # what a negation bears on: the next few words
_CLAUSE_WORDS = 14  # what a denial or an uncertainty bears on: the words after its cue
_DENIED_WORDS = 10  # what is denied: a denial of a detail or a motive goes on past the claim


class Reading:
    """One sentence as the comparison reads it (see the module docstring). Each part is read
    when first asked for: most pairs are settled by a few parts, and an article's earlier
    sentences are many."""

    def __init__(self, text: str) -> None:
        self.text = fold(text)

    @cached_property
    def names(self) -> tuple[Entity, ...]:
        return entities(self.text)

    @cached_property
    def _name_words(self) -> frozenset[str]:
        return frozenset(t for e in self.names for t in e.key)

    @cached_property
    def _negation(self) -> re.Pattern[str]:
        return _NEGATIONS[language_of(self.text)]

    @cached_property
    def topic(self) -> frozenset[str]:
        # Names of several words stay out of what a sentence is about; one capitalised word may
        # be a German noun or the first word of the sentence ("Organisers said …"): it stays.
        return topic(self.text, {t for e in self.names if len(e.key) > 1 for t in e.key})

    @cached_property
    def numbers(self) -> frozenset[float]:
        return frozenset(numbers_in(self.text))

    @cached_property
    def slots(self) -> dict[str, float]:
        return fixed_facts(self.text)

    @cached_property
    def set_aside(self) -> frozenset[float]:
        """ "not 23": figures the sentence says are wrong."""
        return _set_aside(self.text)

    @cached_property
    def set_aside_names(self) -> tuple[Entity, ...]:
        """ "near Riga, not in Tallinn": names it sets aside."""
        return _set_aside_names(self.text)

    @cached_property
    def dead(self) -> bool:
        return _DEAD.search(self.text) is not None

    @cached_property
    def alive(self) -> bool:
        return _ALIVE.search(self.text) is not None

    @cached_property
    def detained(self) -> bool:
        return _DETAINED.search(self.text) is not None

    @cached_property
    def negated_states(self) -> frozenset[str]:
        """ "dead"/"detained" under a negation ("was never detained")."""
        return _negated_states(self.text, self._negation)

    @cached_property
    def places(self) -> frozenset[str]:
        return _places(self.text)

    @cached_property
    def is_in(self) -> frozenset[str]:
        """Places after a copula: where someone is now ("is in Lebanon")."""
        return _keys_after(_IS_IN, self.text)

    @cached_property
    def found_at(self) -> frozenset[str]:
        """Where it says something was found or someone held."""
        return _keys_after(_FOUND_AT, self.text)

    @cached_property
    def free(self) -> bool:
        """Signs that someone is free: an interview, a press conference, at home."""
        return _FREE.search(self.text) is not None

    @cached_property
    def lively(self) -> tuple[frozenset[str], ...]:
        """Keys of the names that speak, appear, post a video."""
        return _actors(self.text, _SIGNS_OF_LIFE)

    @cached_property
    def found(self) -> bool:
        return _FOUND.search(self.text) is not None

    @cached_property
    def still_missing(self) -> bool:
        return _STILL_MISSING.search(self.text) is not None

    @cached_property
    def injured(self) -> bool:
        return _INJURED.search(self.text) is not None

    @cached_property
    def nobody_hurt(self) -> bool:
        """ "No one was hurt", "aucun blessé": none dead or injured."""
        return _nobody_hurt(self.text)

    @cached_property
    def went_back(self) -> tuple[str, ...]:
        """ "est revenu sur", "il ne s'agit pas de", "now rule out"."""
        return _all(_WENT_BACK, self.text)

    @cached_property
    def revised_to(self) -> tuple[str, ...]:
        """ "lowered the toll to", "put the crowd at", "cifra … en"."""
        return _all(_REVISED_TO, self.text)

    @cached_property
    def located(self) -> bool:
        """It puts someone somewhere ("riding in one of the vehicles", "aboard")."""
        return _LOCATED.search(self.text) is not None

    @cached_property
    def place_names(self) -> frozenset[frozenset[str]]:
        """Keys of the names it gives as places."""
        return frozenset(
            e.key for m in _PLACE_NAMED.finditer(self.text) for e in entities(m["place"])[:1]
        )

    @cached_property
    def all_done(self) -> bool:
        return _ALL_DONE.search(self.text) is not None

    @cached_property
    def pending(self) -> bool:
        return _PENDING.search(self.text) is not None

    @cached_property
    def moved(self) -> bool:
        return _MOVED.search(self.text) is not None

    @cached_property
    def hedged(self) -> bool:
        return _HEDGE.search(self.text) is not None

    @cached_property
    def denials(self) -> tuple[tuple[str, str], ...]:
        """(cue, the clause denied)."""
        text = self.text
        return tuple(
            (m.group(0), _clause_of(text, m.start(), m.end()))
            for m in _DENIAL.finditer(text)
            if not _PERMISSION.match(text, _skip_space(text, m.end()))
            and not _REBUTTAL.search(text, m.end())
        )

    @cached_property
    def points_back(self) -> bool:
        """A denial or dispute of "that description", "die Darstellung", "it"."""
        return bool(self.conflicting) or any(
            _points_back(self.text, cue, clause) for cue, clause in self.denials
        )

    @cached_property
    def cause_given(self) -> bool:
        return _CAUSE_GIVEN.search(self.text) is not None

    @cached_property
    def cause_doubted(self) -> bool:
        """An uncertainty about what caused it: "what started the fire remains unclear"."""
        return bool(self.uncertain) and _CAUSE_ASKED.search(self.text) is not None

    @cached_property
    def uncertain(self) -> tuple[tuple[str, str], ...]:
        """(cue, the clause made uncertain)."""
        text = self.text
        return (
            *(
                (m.group(0), _clause_of(text, m.start(), m.end(), closing=True))
                for m in _UNCERTAIN.finditer(text)
            ),
            *((cue, text) for cue in self.conflicting),
        )

    @cached_property
    def conflicting(self) -> tuple[str, ...]:
        return _all(_CONFLICTING, self.text)

    @cached_property
    def earlier_wrong(self) -> tuple[str, ...]:
        return _all(_EARLIER_WRONG, self.text)

    @cached_property
    def called_false(self) -> tuple[tuple[str, str], ...]:
        """("were false", what was: the words before it)."""
        text = self.text
        return tuple(
            (m.group(0), _subject_of(text, m.start())) for m in _FALSE_WORDS.finditer(text)
        )

    @cached_property
    def earlier_said(self) -> tuple[str, ...]:
        """ "earlier reports", "initially said": support only."""
        return _all(_EARLIER_SAID, self.text)

    @cached_property
    def correction(self) -> tuple[str, ...]:
        text = self.text
        return tuple(
            m.group(0)
            for m in (*_CORRECTION_LABEL.finditer(text), *_CORRECTION_NOTE.finditer(text))
            if m.re is _CORRECTION_NOTE.pattern or m.start() <= 2
        )

    @cached_property
    def now_say(self) -> tuple[str, ...]:
        return _all(_NOW_SAY, self.text)

    @cached_property
    def cleared(self) -> tuple[str, ...]:
        return _all(_CLEARED, self.text)

    @cached_property
    def negations(self) -> tuple[tuple[str, frozenset[str]], ...]:
        """(negation and its scope, the scope's topic)."""
        return _negations(self.text, set(self._name_words), self._negation)

    @cached_property
    def instead(self) -> bool:
        """ "rather than", "statt": it puts one value in place of another."""
        return _INSTEAD.search(self.text) is not None

    @cached_property
    def other_event(self) -> bool:
        return _OTHER_EVENT.search(self.text) is not None

    @cached_property
    def rising(self) -> bool:
        return _RISING.search(self.text) is not None

    @cached_property
    def confirms(self) -> bool:
        return _CONFIRM.search(self.text) is not None

    @cached_property
    def opposites(self) -> frozenset[tuple[int, int]]:
        """(pair index, side) of the OPPOSITES it says."""
        if _ANY_OPPOSITE.search(self.text) is None:
            return frozenset()
        return frozenset(
            (index, side)
            for index, pair in enumerate(_OPPOSITES)
            for side, pattern in enumerate(pair)
            if pattern.search(self.text)
        )


class Gist(NamedTuple):
    """What a sentence is about, read cheaply: enough to rule out most pairs before reading it
    (an article's earlier sentences are many, and most share nothing with a new update)."""

    words: frozenset[str]  # first letters of its words of four letters or more, names included
    figures: bool


# A word of four letters or more, of which the group keeps the first ``_TOPIC_PREFIX``.
_LONG_WORD = re.compile(rf"([^\W\d_]{{4,{_TOPIC_PREFIX}}})[^\W\d_]*")
_NUMBER_WORDS = frozenset(lexicon.UNITS)


@functools.lru_cache(maxsize=8192)  # a new sentence meets every earlier one, and they recur
def gist(text: str) -> Gist:
    lowered = text.casefold()
    words = frozenset(_LONG_WORD.findall(lowered)) - _COMMON_PREFIXES
    spelled = not _NUMBER_WORDS.isdisjoint(lowered.replace("-", " ").split())
    return Gist(words, spelled or _DIGIT.search(lowered) is not None)


_DIGIT = re.compile(r"\d")


def may_relate(before: Gist, after: Reading) -> bool:
    """False when ``related`` cannot find the two sentences related: no word in common, and
    not both giving a count of the dead or injured, or a figure the later one revises."""
    if before.words & gist(after.text).words:
        return True
    if not before.figures:
        return False
    counts = after.dead or after.injured or after.earlier_wrong or after.correction
    return bool(counts) and bool(after.numbers)


@functools.lru_cache(maxsize=4096)
def read(text: str) -> Reading:
    """``text`` as the comparison reads it; its parts are read when first asked for. Cached:
    an earlier sentence is compared with every new sentence of a poll, and an article's earlier
    sentences recur on every poll of it."""
    return Reading(text)


def _all(pattern: Cue, text: str) -> tuple[str, ...]:
    return tuple(m.group(0) for m in pattern.finditer(text))


def _keys_after(pattern: re.Pattern[str], text: str) -> frozenset[str]:
    return frozenset(
        " ".join(sorted(e.key)) for m in pattern.finditer(text) for e in entities(m["place"])[:1]
    )


def may_conflict(text: str) -> bool:
    """Whether a later sentence says anything ``conflicts`` can use: a cheap test first."""
    found = read(text)
    return bool(
        found.denials
        or found.uncertain
        or found.earlier_wrong
        or found.called_false
        or found.correction
        or found.now_say
        or found.cleared
        or found.negations
        or found.set_aside
        or found.alive
        or found.pending
        or found.places
        or found.is_in
        or found.found_at
        or found.free
        or found.lively
        or found.injured
        or found.went_back
        or found.dead
        or found.revised_to
        or found.still_missing
        or found.called_false
        or found.set_aside_names
        or found.instead
        or _ANY_OPPOSITE.search(found.text) is not None
        or found.slots
    )


# ---------------------------------------------------------------------------------------------
# Reading the parts.


def topic(text: str, leave_out: set[str] | frozenset[str] = frozenset()) -> frozenset[str]:
    """The first letters of the content words of ``text``, names in ``leave_out`` left out."""
    stems = set()
    for word in _WORD.findall(text):
        lowered = word.casefold().replace("’", "'")
        head, apostrophe, rest = lowered.partition("'")
        if apostrophe and len(head) <= 4 and rest:  # "l'enquête", "d'un", "dell'esplosione"
            lowered = rest
        if len(lowered) < 3 or lowered in lexicon.STOPWORDS or lowered in leave_out:
            continue
        if lowered in lexicon.UNITS:
            continue
        stems.add(lowered[:_TOPIC_PREFIX])
    return frozenset(stems)


def numbers_in(text: str) -> list[float]:
    """The figures of ``text``, in digits or words, in order."""
    found: list[tuple[int, float]] = []
    for match in _DIGITS.finditer(text):
        found.append((match.start(), _digits_value(match.group(0))))
    words = [(m.start(), m.group(0).casefold()) for m in _NUMBER_WORD.finditer(text)]
    index = 0
    while index < len(words):
        start = words[index][0]
        value, used = _spelled(words, index)
        if value is not None:
            found.append((start, value))
            index += used
        else:
            index += 1
    return [value for _, value in sorted(found)]


def _digits_value(text: str) -> float:
    cleaned = text.replace("\u202f", " ")
    if re.fullmatch(r"\d{1,3}(?:[ .,]\d{3})+", cleaned):
        return float(re.sub(r"[ .,]", "", cleaned))
    return float(cleaned.replace(",", "."))


# Number words joined into one: "dreiundzwanzig", "veintitrés", "trentadue".
_JOINED = (
    re.compile(r"(?P<unit>ein|zwei|drei|vier|fünf|sechs|sieben|acht|neun)und(?P<tens>\w+zig|dreißig)"),
    re.compile(r"veinti(?P<unit>\w+)"),
    re.compile(r"(?P<tens>venti|trenta|quaranta|cinquanta|sessanta)(?P<unit>\w+)"),
)  # fmt: skip
_ACCENTLESS = str.maketrans("éèêáíóúàìò", "eeeaiouaio")


# The first two letters of every number word, joined ones included ("dreiundzwanzig",
# "veintitrés", "trentadue"): a word that opens otherwise is not a number.
_NUMBER_HEADS = frozenset(word[:2] for word in lexicon.UNITS)


def _word_value(word: str) -> int | None:
    if word[:2] not in _NUMBER_HEADS:
        return None
    value = lexicon.UNITS.get(word)
    if value is not None:
        return value
    for pattern in _JOINED:
        found = pattern.fullmatch(word)
        if found is None:
            continue
        unit = lexicon.UNITS.get(found["unit"]) or lexicon.UNITS.get(
            found["unit"].translate(_ACCENTLESS)
        )
        tens = lexicon.UNITS.get(found.groupdict().get("tens") or "veinte")
        if found.groupdict().get("unit") in ("ein",):
            unit = 1
        if unit is not None and tens is not None and unit < 10:
            return tens + unit
    if "-" in word:  # "twenty-three", "vingt-trois", "dix-sept"
        parts = [lexicon.UNITS.get(p) for p in word.split("-") if p != "et"]
        if parts and all(p is not None for p in parts):
            return sum(p for p in parts if p is not None)
    return None


def _spelled(words: list[tuple[int, str]], index: int) -> tuple[float | None, int]:
    """The number spelled from ``words[index]`` on, and how many words it took: "twenty three",
    "treinta y dos", "vinte e três", "quinze mil"."""
    word = words[index][1]
    value = _word_value(word)
    if value is None or word in lexicon.AMBIGUOUS_NUMBERS:
        return None, 1
    used = 1
    if index + 2 < len(words) and words[index + 1][1] in ("y", "e", "et", "and"):
        unit = _word_value(words[index + 2][1])
        if value >= 20 and value % 10 == 0 and unit is not None and unit < 10:
            value, used = value + unit, 3
    if index + used < len(words) and words[index + used][1] in (
        "mil",
        "mila",
        "mille",
        "thousand",
        "tausend",
    ):
        value, used = value * 1000, used + 1
    return float(value), used


def _set_aside(text: str) -> frozenset[float]:
    """Figures the sentence sets aside: "18 und nicht 38", "4 500, et non 12 000", "not 23"."""
    found: set[float] = set()
    for match in _REPLACES.finditer(text):
        found.update(numbers_in(text[match.end() : match.end() + 24])[:1])
    return frozenset(found)


def _actors(text: str, pattern: Cue) -> tuple[frozenset[str], ...]:
    """The names before each match of ``pattern`` in its clause: who does it ("Aldane spoke
    to …"; not "Soleimani" in "O'Brien told reporters that … Soleimani")."""
    found: list[frozenset[str]] = []
    for match in pattern.finditer(text):
        head = text[max(0, match.start() - 120) : match.start()]
        clause = head[max(head.rfind(" that "), head.rfind(";"), head.rfind(" dass ")) + 1 :]
        found.extend(e.key for e in entities(clause))
    return tuple(found)


def _points_back(text: str, cue: str, clause: str) -> bool:
    """Whether a denial only points back at an earlier report: "took issue with that
    description", "hat die Darstellung zurückgewiesen", "ha definito le notizie «prive …»"."""
    pointer = _POINTER.match(clause)
    if pointer is not None and not _SAYS_WHAT.match(clause[pointer.end() :]):
        return True
    head = text[: text.find(cue)] if cue in text else ""
    return _POINTER_BEFORE.search(" ".join(head.split()[-5:])) is not None


def _nobody_hurt(text: str) -> bool:
    """ "No one was hurt", "n'a fait aucun blessé", "non ci sono feriti": none dead or injured."""
    for match in _NOBODY.finditer(text):
        window = text[match.start() : match.end() + 40]
        if _INJURED.search(window) or _DEAD.search(window):
            return True
    return False


def _places(text: str) -> frozenset[str]:
    """Names after a preposition of place ("in Abuja", "à Lyon"); a weekday or a month is not
    one ("on Friday", "in March")."""
    return frozenset(
        " ".join(sorted(entity.key))
        for match in _PLACE.finditer(text)
        for entity in entities(match["place"])[:1]
    )


def _set_aside_names(text: str) -> tuple[Entity, ...]:
    """Names the sentence sets aside: "near Riga, not in Tallinn", "statt in Rosenheim"."""
    found: list[Entity] = []
    for match in _REPLACES.finditer(text):
        head = _SET_ASIDE_NAME.match(text, _skip_space(text, match.end()))
        if head is not None:
            found.extend(entities(head["name"])[:1])
    return tuple(found)


# Right after "not"/"statt": a name, perhaps behind a preposition ("not in Tallinn").
_SET_ASIDE_NAME = re.compile(
    r"(?:(?:in|at|on|to|from|im|in\s+der|à|au|en|dans|a|em|no|na|nel|nella|de|di|da)\s+)?"
    r"(?P<name>[A-ZÀ-Ý][\w'’-]+(?:\s+[A-ZÀ-Ý][\w'’-]+)*)"
)


def _negated_states(text: str, negation: re.Pattern[str]) -> frozenset[str]:
    found = set()
    for state, pattern in (("dead", _DEAD), ("detained", _DETAINED)):
        for match in pattern.finditer(text):
            window = text[max(0, match.start() - 40) : match.start()]
            if negation.search(window):
                found.add(state)
    return frozenset(found)


def _negations(
    text: str, names: set[str], negation: re.Pattern[str]
) -> tuple[tuple[str, frozenset[str]], ...]:
    """Each negation with the topic of the words it bears on ("not among the victims")."""
    found = []
    for match in negation.finditer(text):
        following = text[match.end() :].split()[:_SCOPE_WORDS]
        if following and following[0].casefold() in ("only", "just", "longer", "least", "far"):
            continue  # "not only", "no longer", "at least": not a negated claim
        scope = " ".join(following)
        found.append((f"{match.group(0)} {scope}".strip(), topic(scope, names)))
    return tuple(found)


def _subject_of(text: str, cue_start: int) -> str:
    """The words before a cue in its clause: what "… were false" says was false."""
    head = text[:cue_start]
    cut = max(head.rfind(";"), head.rfind(":"), head.rfind(" - "))
    return " ".join(head[cut + 1 :].split()[-_CLAUSE_WORDS:])


def _clause(text: str, start: int) -> str:
    return " ".join(text[start:].split()[:_CLAUSE_WORDS])


def _clause_of(text: str, cue_start: int, cue_end: int, *, closing: bool = False) -> str:
    """What a cue bears on: the words after it, or before it when it ends its clause (German
    "hat Berichte über … dementiert"; with ``closing``, an uncertainty that a comma ends: "Whether
    X stays on remains to be seen, with …")."""
    after = _clause(text, cue_end)
    closes = closing and text[cue_end:].lstrip()[:1] in _CLAUSE_ENDS
    if len(after.split()) >= 2 and not closes:
        return after
    head = text[:cue_start]
    # Only the clause the cue closes: "Lauer sagte, die Ursache sei noch unklar" doubts the
    # cause, not Lauer.
    head = head[max(head.rfind(", "), head.rfind(": "), head.rfind("; ")) + 1 :]
    return " ".join(head.split()[-_CLAUSE_WORDS:])


_CLAUSE_ENDS = frozenset(",;:.!?—–")


def _skip_space(text: str, position: int) -> int:
    while position < len(text) and text[position] == " ":
        position += 1
    return position


# ---------------------------------------------------------------------------------------------
# Comparing an earlier reading with a later one.


class Conflict(NamedTuple):
    weight: float
    words: str  # what the later sentence said, for the reader


def related(before: Reading, after: Reading) -> tuple[Entity, ...] | None:
    """The names the two sentences share, () when they share only what they are about, None
    when they are about different things."""
    shared = shared_entities(before.names, after.names)
    if shared:
        return shared
    common = before.topic & after.topic
    if len(common) >= 2 or _same_count(before, after):
        return ()
    if common and after.slots and before.slots.keys() & after.slots.keys():
        return ()  # "a magnitude 7.1 quake" / "the quake at magnitude 6.2": one word and the slot
    if common and after.points_back:
        return ()  # "Police took issue with that description": one word in common is enough
    if common and after.cause_doubted and before.cause_given:
        return ()  # "caused by a gas leak" / "the origin of the explosion is to be determined"
    revised = after.earlier_wrong or after.correction
    if common and revised and before.numbers and after.numbers:
        return ()  # "Organisers said 60,000 …" / "the organisers' figure was too high: 18,000"
    return None


def _same_count(before: Reading, after: Reading) -> bool:
    """Both give a figure of the dead, or of the injured: the same slot of the same event."""
    # The later sentence first: it is one, the earlier ones it meets are many.
    same_slot = (after.dead and before.dead) or (after.injured and before.injured)
    return same_slot and bool(after.numbers) and bool(before.numbers)


def conflicts(before: Reading, after: Reading, shared: tuple[Entity, ...]) -> list[Conflict]:
    """Every way ``after`` walks back ``before`` (see the module docstring)."""
    if after.other_event:
        return []
    people = _people(before, after, shared)
    # What both say beyond the names they share: what a cue must bear on.
    name_words = {t for e in shared for t in e.key}
    common = frozenset(w for w in before.topic & after.topic if w not in _prefixes(name_words))
    found: list[Conflict] = []
    found.extend(_report_conflicts(before, after, shared, common))
    found.extend(_denials(before, after, shared, people))
    found.extend(_uncertainty(before, after, shared))
    if people:
        found.extend(Conflict(0.5, cue) for cue in after.cleared)
        found.extend(_state_conflicts(before, after, people))
        found.extend(_place_conflict(before, after, people))
    if shared or common:
        found.extend(_hurt_after_all(before, after, common))
        found.extend(_found_elsewhere(before, after))
        # A place both name is no evidence that two sentences tell of the same cause or state
        # ("traffic halted between Avignon and Nîmes" / "a shelter opened in Avignon").
        found.extend(_cause_changed(before, after, shared if common else people, common))
    found.extend(_figure_conflicts(before, after, common))
    found.extend(_fixed_fact_conflicts(before, after))
    found.extend(_names_set_aside(before, after))
    found.extend(_negated_claims(before, after, shared))
    if after.pending and before.all_done and (shared or common):
        found.append(Conflict(0.5, "not all"))
    if after.still_missing and before.found and (shared or common):
        found.append(Conflict(0.5, "still missing"))
    found.extend(_toll_lowered(before, after))
    if after.now_say and (shared or len(common) >= 2) and _says_otherwise(before, after):
        found.append(Conflict(0.45, after.now_say[0]))
    if after.confirms and not (after.negations or after.set_aside or after.earlier_wrong):
        return []
    return found


def _people(before: Reading, after: Reading, shared: tuple[Entity, ...]) -> tuple[Entity, ...]:
    """The shared names that are not places either sentence gives (none to read without any)."""
    if not shared:
        return ()
    places = before.place_names | after.place_names
    return tuple(e for e in shared if not any(e.key <= k or k <= e.key for k in places))


def _prefixes(words: set[str]) -> frozenset[str]:
    return frozenset(word[:_TOPIC_PREFIX] for word in words)


def _report_conflicts(
    before: Reading, after: Reading, shared: tuple[Entity, ...], common: frozenset[str]
) -> list[Conflict]:
    """ "Earlier reports … were incorrect", "Correction: …", "retracted": the report was wrong."""
    strong = (*after.earlier_wrong, *after.went_back)
    if after.confirms or not (
        strong or after.correction or after.called_false or after.earlier_said
    ):
        return []  # (the later sentence first: it is one, the earlier ones are many)
    bears = (
        (bool(shared) and bool(common or before.numbers & after.numbers))
        or len(common) >= 2
        or (bool(before.numbers and after.numbers) and (bool(common) or _same_count(before, after)))
    )
    found = [Conflict(0.5 if bears else 0.15, cue) for cue in strong]
    # A newsroom's correction note that names whom the earlier sentence named is about it: the
    # note exists to set that sentence right ("Correction: Demir sits for the SPD, not …").
    found.extend(Conflict(0.5 if bears or shared else 0.15, cue) for cue in after.correction)
    # "X were false" walks back the earlier claim when X is mostly what it said: "rumours that
    # the water had been poisoned were false" is not about the burst main.
    for cue, subject in after.called_false:
        said = topic(subject)
        overlap = len(said & topic(before.text))
        same = overlap >= 2 and overlap >= 0.5 * len(said)
        found.append(Conflict(0.5 if same else 0.1, cue))
    found.extend(Conflict(0.3 if bears else 0.1, cue) for cue in after.earlier_said)
    return found


def _about_the_same(after: Reading, shared: tuple[Entity, ...], common: frozenset[str]) -> bool:
    """Whether a good part of what the later sentence is about was in the earlier one: "the
    rumours that the tax would pay for a stadium were false" is not about the tax's passing."""
    share = len(common) / max(1, len(after.topic))
    return len(common) >= (1 if shared else 2) and share >= (0.2 if shared else 0.25)


def _denials(
    before: Reading, after: Reading, shared: tuple[Entity, ...], people: tuple[Entity, ...]
) -> list[Conflict]:
    """A denial bears on the earlier claim when what it denies is mostly that claim, or when it
    only points back at it ("took issue with that description", "no truth to it", "hat die
    Darstellung zurückgewiesen") and the two share a name or the earlier claim was a report."""
    found = []
    for cue, clause in after.denials:
        denied = topic(" ".join(clause.split()[:_DENIED_WORDS]))
        overlap = len(denied & topic(before.text))
        reported = before.hedged or _ATTRIBUTED.search(before.text) is not None
        points_back = _points_back(after.text, cue, clause)
        bears = (
            (overlap >= 2 and overlap >= 0.5 * len(denied))
            or (bool(shared) and overlap >= 1 and _REPORT_WORDS.search(cue) is not None)
            # "X denied reports that …" about what a source said of X: the report is the claim
            or (bool(shared) and reported and _REPORT_WORDS.match(clause) is not None)
            # "X calls these accusations lies" of what a source said of X: the cue names the report
            or (bool(shared) and reported and _REPORT_WORDS.search(cue) is not None)
            or (points_back and (bool(shared) or reported))
            or ((before.dead or bool(people)) and _DEAD.search(clause) is not None)
            or (bool(shared) and before.hedged and bool(denied & before.topic))
        )
        found.append(Conflict(0.5 if bears else 0.1, cue))
    return found


# What a denial points back at: "that description", "those claims", "it", "die Darstellung".
_END = r"(?=\s*(?:[,.;:'\"»“]|$))"  # a pronoun that ends its clause: "no truth to it."
_POINTER = re.compile(
    r"[\s,:'\"«»„“]*(?:(?:the|that|this|those|these|such|its|their|die|diese[nrs]?|den|das|dem"
    r"|cette|ces|cet|la|le|les|esa|esas|ese|esos|las|el|los|tale|tali|quest[aeio]|quell[aeio]"
    r"|il|gli|a|as|o|os|essa|essas|esse|esses|toute|toda|qualsiasi)\s+)*"
    r"(?:reports?|claims?|accounts?|descriptions?|versions?|ideas?|figures?|stor(?:y|ies)"
    r"|rumou?rs?|allegations?|information|assertions?|suggestions?|darstellung|angaben?"
    r"|berichte?n?|meldung(?:en)?|gerüchte?n?|vorwürfe?n?|informations?|affirmations?"
    r"|allégations|chiffres?|rumeurs?|négociations?|informaci(?:ón|ones)|versi(?:ón|ones)|cifras?"
    r"|noticias?|rumores|notizi[ae]|versioni?|cifr[ae]|ricostruzion[ie]|voci|notícias?|versões"
    r"|versão|informações|números?|boatos?"
    rf"|(?:it|this|that|das){_END})",
    re.IGNORECASE,
)
# The same, before a verb-final cue: "… hat die Darstellung zurückgewiesen", "le notizie «prive …»".
_POINTER_BEFORE = re.compile(_POINTER.pattern + r"[\s'\"«»„“]*$", re.IGNORECASE)
# After the pointer, the denial says what it denies: "claims that he had been drinking".
_SAYS_WHAT = re.compile(
    r"[\s,]*(?:that|of|about|dass|über|que|selon|sur|de\s+que|sobre|che|su|di)\b", re.I
)
# The earlier claim was someone's report: "according to", "said", "selon", "laut".
_ATTRIBUTED = re.compile(
    r"\b(?:according\s+to|said|says|told|reported|laut|zufolge|nach\s+angaben|nach\s+informationen"
    r"|berichtete[n]?|selon|d'après|según|informó|secondo|riferisc|segundo|informou|disse)\b",
    re.IGNORECASE,
)


def _uncertainty(before: Reading, after: Reading, shared: tuple[Entity, ...]) -> list[Conflict]:
    found = []
    for cue, clause in after.uncertain:
        # What is made uncertain may come before the cue ("Whether X … is an open question").
        doubted = after.text if len(clause.split()) < 4 else clause
        about = topic(doubted) & before.topic
        clause_names = entities(doubted)
        names_it = bool(shared_entities(clause_names, before.names))
        bears = (
            len(about) >= 2
            or (names_it and bool(about))
            or (bool(shared) and names_it)
            or _same_count(before, after)
            or (before.dead and _DEAD.search(clause) is not None and bool(about or shared))
            or (before.cause_given and after.cause_doubted)
        )
        # "unclear whether it happened" doubts the claim; "unclear why/what showed it" its basis.
        weight = 0.3 if _ASKS_WHY.match(clause) else 0.5
        found.append(Conflict(weight if bears else 0.15, cue))
    return found


def same_entity_key(a: frozenset[str], b: frozenset[str]) -> bool:
    return a <= b or b <= a


def _state_conflicts(before: Reading, after: Reading, people: tuple[Entity, ...]) -> list[Conflict]:
    """A person reported dead is alive or in hospital; one reported dead or detained was not."""
    found: list[Conflict] = []
    # What the later sentence says first: it is one, the earlier sentences it meets are many.
    alive_now = after.alive or after.lively or "dead" in after.negated_states
    if alive_now and before.dead and "dead" not in before.negated_states:
        if after.alive and (not after.dead or "dead" in after.negated_states or after.denials):
            found.append(Conflict(0.5, "alive"))
        elif any(same_entity_key(actor, e.key) for actor in after.lively for e in people):
            found.append(Conflict(0.45, "alive"))
        if "dead" in after.negated_states:
            found.append(Conflict(0.5, "not dead"))
    if not (after.free or "detained" in after.negated_states):
        return found
    detained = before.detained and "detained" not in before.negated_states
    if detained and "detained" in after.negated_states:
        found.append(Conflict(0.5, "not detained"))
    if detained and after.free and not after.detained:
        found.append(Conflict(0.45, "free"))
    return found


def _hurt_after_all(before: Reading, after: Reading, common: frozenset[str]) -> list[Conflict]:
    """ "No one was hurt" walked back by "Three people were injured in the derailment"."""
    hurt = (after.injured or after.dead) and not after.nobody_hurt
    if hurt and before.nobody_hurt and (after.numbers or not after.negations):
        return [Conflict(0.5, "hurt after all")]
    return []


def _place_conflict(before: Reading, after: Reading, shared: tuple[Entity, ...]) -> list[Conflict]:
    """Someone the earlier sentence put somewhere is said to be in a place it did not name,
    without having been moved. The shared name must be someone, not the place itself."""
    if not after.is_in or after.moved or not (before.places or before.located):
        return []
    named_before = {" ".join(sorted(e.key)) for e in before.names} | before.places
    places = after.is_in
    new_places = {p for p in places if not any(p in q or q in p for q in named_before)}
    subjects = [e for e in shared if " ".join(sorted(e.key)) not in places]
    if new_places and subjects and not places & before.places:
        return [Conflict(0.4, f"in {sorted(new_places)[0]}")]
    return []


def _toll_lowered(before: Reading, after: Reading) -> list[Conflict]:
    """A lower count of the same dead: a toll only rises, so a lower one revises it ("killed
    230" then "the number of dead is 87"); "two of the dead were children" is a part of it."""
    if not (after.dead and after.numbers and before.dead and before.numbers):
        return []
    if after.rising or after.numbers & before.numbers or _SUBSET.search(after.text):
        return []
    if max(after.numbers) < min(before.numbers):
        return [Conflict(0.45, "a lower toll")]
    return []


def _found_elsewhere(before: Reading, after: Reading) -> list[Conflict]:
    """ "Found in a warehouse in Osterwick" walked back by "found in a garage in Helmsby"."""
    if not after.found_at or not before.found_at or after.moved:
        return []
    if after.found_at & before.found_at:
        return []
    return [Conflict(0.45, f"found in {sorted(after.found_at)[0]}")]


def _cause_changed(
    before: Reading, after: Reading, shared: tuple[Entity, ...], common: frozenset[str]
) -> list[Conflict]:
    """One cause set against another for the same event: an attack, then an accident."""
    if not after.opposites:
        return []  # (the later sentence first: it is one, the earlier ones are many)
    flipped = {(i, 1 - side) for i, side in after.opposites} & before.opposites
    kept = {(i, side) for i, side in after.opposites} & before.opposites
    if not flipped or (
        kept and not (after.instead or after.went_back or after.negations or before.hedged)
    ):
        return []  # both causes named, and neither set aside: not a change of cause
    weight = 0.5 if after.now_say or after.instead else 0.45
    if shared or len(common) >= 2 or (before.hedged and common):
        return [Conflict(weight, "the opposite")]
    return []


def _figure_conflicts(before: Reading, after: Reading, common: frozenset[str]) -> list[Conflict]:
    """A figure of the earlier text set aside ("19, not 23") or revised ("too high")."""
    if not (after.numbers or after.set_aside):
        return []
    if not (after.set_aside or after.revised_to or after.now_say):
        return []  # nothing below can find a conflict (the later sentence first, as ever)
    if not before.numbers or not (common or _same_count(before, after)):
        return []
    if after.set_aside & before.numbers and (after.numbers - before.numbers or after.negations):
        return [Conflict(0.5, "not " + _shown(sorted(after.set_aside & before.numbers)[0]))]
    if after.rising or not after.numbers or after.numbers & before.numbers:
        return []
    if after.revised_to and max(after.numbers) < max(before.numbers):
        return [Conflict(0.45, after.revised_to[0])]  # "lowered the toll to 29" after 47
    if not after.now_say:
        return []
    # "Officials now say 19 were killed" after 23: a toll of the dead only ever rises, so a lower
    # one revises it; so does any other figure given for a hedged report.
    lower = max(after.numbers) < min(before.numbers)
    if (lower and before.dead and after.dead) or before.hedged:
        return [Conflict(0.45, after.now_say[0])]
    return []


_MAGNITUDE = _compile(lexicon.MAGNITUDE)
_AGE = _compile(lexicon.AGE)
_AGE_SET_OFF = re.compile(lexicon.AGE_SET_OFF)
_MONEY = _compile(lexicon.MONEY)
_CROWD = _compile(lexicon.CROWD)
_CROWD_PEOPLE = _compile(lexicon.CROWD + "|" + lexicon.CROWD_PEOPLE.replace("<value>", "<value2>"))
_GATHERING = _compile(lexicon.GATHERING)
_ANOTHER_ONE = _compile(lexicon.ANOTHER_FIGURE)
_SAME_VALUE = 0.05  # "about 40,000" and "41,000" are one figure; 7.1 and 6.2 are not


def fixed_facts(text: str) -> dict[str, float]:
    """The values a sentence gives for facts that are fixed once they happened: a quake's
    magnitude, a sum of money, someone's age, a count of the people who came. The first value
    of each, when the sentence gives exactly one."""
    found: dict[str, float] = {}
    if _DIGIT.search(text) is None:
        return found  # every value is written in digits
    crowd = _CROWD_PEOPLE if _GATHERING.search(text) else _CROWD
    for slot, pattern in (("magnitude", _MAGNITUDE), ("age", _AGE), ("crowd", crowd)):
        values = {_digits_value(v) for m in pattern.finditer(text) for v in _values(m)}
        if slot == "age":
            values.update(_digits_value(m["value"]) for m in _AGE_SET_OFF.finditer(text))
        if len(values) == 1:
            found[slot] = values.pop()
    sums = {_money_value(m) for m in _MONEY.finditer(text)}
    sums.discard(None)
    if len(sums) == 1:
        found["money"] = sums.pop()  # type: ignore[assignment]
    return found


def _values(match: re.Match[str]) -> list[str]:
    return [v for k, v in match.groupdict().items() if k.startswith("value") and v]


def _money_value(match: re.Match[str]) -> float | None:
    groups = match.groupdict()
    number = groups.get("value") or groups.get("value2")
    scale_word = (groups.get("scale") or groups.get("scale2") or "").casefold().rstrip(".")
    if not number:
        return None
    scale = lexicon.MONEY_SCALES.get(scale_word, 1.0)
    if "," in number and "." not in number and len(number.split(",")[1]) != 3:
        number = number.replace(",", ".")  # "1,2 milliard": a decimal comma
    try:
        return float(number.replace(",", "")) * scale
    except ValueError:
        return None


def _fixed_fact_conflicts(before: Reading, after: Reading) -> list[Conflict]:
    """A fixed fact given another value: "magnitude 7.1" then "magnitude 6.2", "$4.5 billion"
    then "$450 million", "40.000 Menschen" then "6.500 Teilnehmer", 17 then 23 years old."""
    if not after.slots or after.rising or after.moved or not before.slots:
        return []
    if _ANOTHER_ONE.search(after.text):
        return []  # an aftershock, the second day, the money recovered so far: another figure
    found = []
    for slot in before.slots.keys() & after.slots.keys():
        first, second = before.slots[slot], after.slots[slot]
        if abs(first - second) > _SAME_VALUE * max(first, second):
            found.append(Conflict(0.45, f"{slot} {_shown(second)}, not {_shown(first)}"))
    return found


def _names_set_aside(before: Reading, after: Reading) -> list[Conflict]:
    """A name of the earlier sentence that the later one sets aside ("not in Tallinn")."""
    gone = shared_entities(after.set_aside_names, before.names)
    return [Conflict(0.5, f"not {gone[0].display}")] if gone else []


def _negated_claims(before: Reading, after: Reading, shared: tuple[Entity, ...]) -> list[Conflict]:
    """A later negation of what the earlier sentence asserted about a shared name (or about
    the same things, for a hedged claim: "The pilot is believed to have ejected")."""
    if not shared and not (len(before.topic & after.topic) >= 2 and before.hedged):
        return []
    found = []
    for words, scope in after.negations:
        if _NOT_YET.search(words):
            continue  # "has not yet named them": something pending, not a claim denied
        if scope & before.topic and not _negated_before(before, scope):
            found.append(Conflict(0.45 if before.hedged else 0.4, words))
    # "There were no French victims" walked back by "Two French nationals were among the victims".
    if after.negations:
        return found
    for words, scope in before.negations:
        if len(scope & after.topic) >= 2 and not _IDIOM.match(words):
            found.append(Conflict(0.4, f"now: {words.split(' ', 1)[-1]}"))
    return found


_NOT_YET = re.compile(
    r"^(?:not|nicht|pas|no|non|não)\s+(?:yet|noch|encore|todavía|ancora|ainda)\b|^noch\b", re.I
)
# Negations that negate no claim: "no doubt", "not least", "nonetheless".
_IDIOM = re.compile(r"\S+\s+(?:doubt|least|longer|less|matter|wonder|sooner|one\s+knows)\b", re.I)


def _negated_before(before: Reading, scope: frozenset[str]) -> bool:
    """The earlier sentence already negated those words: the later one agrees with it."""
    return any(scope & earlier for _, earlier in before.negations)


def _says_otherwise(before: Reading, after: Reading) -> bool:
    """A "now say" sentence sets a different value: a replacement, a negation, an opposite."""
    if after.instead or after.set_aside or after.set_aside_names:
        return True
    flipped = {(i, 1 - side) for i, side in after.opposites}
    return bool(flipped & before.opposites)


def _shown(value: float) -> str:
    return str(int(value)) if value == int(value) else str(value)


def correction_cue(text: str) -> str | None:
    """The words of ``text`` that say an earlier report was corrected or wrong, if any."""
    found = read(text)
    cues = (*found.correction, *found.earlier_wrong)
    return cues[0] if cues else None


def is_hedged(text: str) -> bool:
    return read(text).hedged
