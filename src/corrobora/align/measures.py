"""Percentages two claims give of one measure a noun names, however the rest reads.

"Authorities said turnout reached 93.87 percent in the election for 288 candidates,
all of whom support the president" and "The commission said that turnout was almost
90%" give one measure, the turnout, whatever else each tells: a long clause one adds
dilutes the words they share, yet their figures must be weighed against each other.
A measure is the noun a percentage is told of: the subject of the verb that gives
the figure as a level ("turnout was", "inflation stood at", "the jobless rate hit"),
or the noun the figure is "of" ("a turnout of 90%"). A figure told of a count of
people ("90 per cent of voters") measures no noun here: its noun follows the figure.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..model import Claim
from .synonyms import synonym_term

__all__ = ["measure_nouns", "one_share_measure"]

#: The verb that gives a figure as what its subject measures, with the words that may
#: stand between it and the figure ("was almost", "stood at", "rose to about").
_LEVEL_BEFORE = re.compile(
    r"(?P<noun>(?:[a-z][a-z'-]*\s+){0,4}[a-z][a-z-]*)\s+"
    r"(?:(?:(?:has|had|have|will|would|could|may|might)\s+)?(?:been|be)"
    r"|is|was|are|were|stood|stands|reached|reaches|hit|hits|rose|rises|fell|falls"
    r"|climbed|dropped|came\s+in|of)"
    r"(?:\s+(?:almost|nearly|about|around|roughly|approximately|some|just|only|over"
    r"|under|more\s+than|less\s+than|at\s+least|close\s+to|an\s+estimated|at|to|a|an))*"
    r"\s*$"
)
#: Nouns that name a kind of figure, not what it measures: "the rate", "the share".
_GENERIC = frozenset(
    {"rate", "level", "share", "figure", "number", "percentage", "proportion", "total"}
    | {"percent", "ratio", "index", "it", "this", "that", "which", "what", "one"}
)
_WORD = re.compile(r"[a-z][a-z'-]*")
_DETERMINERS = frozenset({"the", "a", "an", "this", "that", "its", "their", "his", "her"})
_PREPOSITIONS = frozenset(
    {"of", "for", "to", "in", "on", "at", "among", "with", "by", "from", "against", "over"}
)


def _stem(term: str) -> str:
    """The part of a lemma its regular inflections begin with ("authorit" of "authority")."""
    return term[:-1] if len(term) > 3 and term[-1] in "ey" else term


def _is_term(word: str, claim: Claim, names: frozenset[str]) -> str:
    """The claim's term ``word`` writes (not a name's word), or ""."""
    if word.removesuffix("'s") in names:
        return ""
    for term in claim.terms:
        stem = _stem(term)
        if stem and word.startswith(stem) and len(word) - len(stem) <= 3:
            return term
    return ""


@lru_cache(maxsize=8192)
def measure_nouns(claim: Claim) -> frozenset[tuple[str, ...]]:
    """The nouns each percentage of the claim is told of, as synonym terms, head last.

    "turnout was almost 90%" gives ``("turnout",)``, "the jobless rate hit 7 percent"
    ``("jobless", "rate")``. Only a figure given as a level is read (not a change,
    not an earlier figure), and only words of the claim's terms that are no name's
    words: "Veldoria was" names a place, not a measure. Cached: asked of every pair.
    """
    from ..reconcile.figures import claim_figures  # read lazily: reconcile imports align

    figures = claim_figures(claim)
    if len(figures) != len(claim.quantities):
        return frozenset()
    names = frozenset(word for key in claim.entity_keys for word in key.split())
    found: set[tuple[str, ...]] = set()
    for quantity, figure in zip(claim.quantities, figures, strict=True):
        if quantity.unit != "%" or figure.change or figure.earlier or figure.role:
            continue
        before = claim.text[: quantity.span.start - claim.span.start]
        match = _LEVEL_BEFORE.search(before.lower())
        if match is None:
            continue
        noun = _noun_group(_WORD.findall(match.group("noun")), claim, names)
        if noun and not (len(noun) == 1 and noun[0] in _GENERIC):
            found.add(noun)
    return frozenset(found)


def _noun_group(words: list[str], claim: Claim, names: frozenset[str]) -> tuple[str, ...]:
    """The terms of the last words before the verb: the noun the figure is told of.

    The group ends at the first word no term writes. A noun after a preposition is no
    subject ("support for the plan was 60%" measures support, not the plan), but one
    after "of" a generic noun names is what that noun measures: "the rate of inflation"
    is the inflation rate.
    """
    group: list[str] = []
    at = len(words)
    for at in range(len(words) - 1, -1, -1):
        term = _is_term(words[at], claim, names)
        if not term or (words[at] in _GENERIC and group):
            break
        group.append(synonym_term(term))
    else:
        at = -1
    if at >= 0 and words[at].endswith("'s"):
        return tuple(reversed([*group, words[at].removesuffix("'s")]))  # "Ohio's turnout"
    rest = [w for w in words[: at + 1] if w not in _DETERMINERS]
    if rest and rest[-1] in _PREPOSITIONS:
        if rest[-1] != "of" or len(rest) < 2 or rest[-2] not in _GENERIC:
            return ()
        group.insert(0, rest[-2])
    return tuple(reversed(group))


def _meet(first: tuple[str, ...], second: tuple[str, ...]) -> bool:
    """True when two measures' nouns are one: the same words besides generic ones."""
    left = {w for w in first if w not in _GENERIC}
    right = {w for w in second if w not in _GENERIC}
    return bool(left) and left == right


def one_share_measure(first: Claim, second: Claim) -> bool:
    """True when claims of two articles give a percentage of one measure a noun names.

    "turnout reached 93.87 percent" and "turnout was almost 90%" tell one turnout, so
    their figures are weighed, however long a clause either adds. Two heads ("turnout"
    and "unemployment"), or one generic head qualified apart ("the jobless rate", "the
    interest rate"), are two measures.
    """
    if first.article_id == second.article_id:
        return False
    left, right = measure_nouns(first), measure_nouns(second)
    if not any(_meet(x, y) for x in left for y in right):
        return False
    after, other_after = _names_after(first), _names_after(second)
    return not (after and other_after and not after & other_after)


@lru_cache(maxsize=8192)
def _names_after(claim: Claim) -> frozenset[str]:
    """The names the claim writes after its first percentage: where or whose it is.

    "turnout was 60 percent in Ohio" and "turnout was 55 percent in Texas" give the
    turnouts of two states; a name one adds and the other lacks parts nothing.
    """
    first = min((q for q in claim.quantities if q.unit == "%"), key=lambda q: q.span.start)
    after = claim.text[first.span.end - claim.span.start :].lower()
    return frozenset(key for key in claim.entity_keys if key in after)
