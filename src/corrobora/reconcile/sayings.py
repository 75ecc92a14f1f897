"""Two things one source said are two statements, however much their frames share.

"His lawyer, Anton Rieck, said the defence would appeal" and "Varga's lawyer Anton
Rieck said the verdict was unjust" share the speaker's name and title, which can make
their words look alike; what he said shares nothing. A claim credited to a source
(:attr:`corrobora.model.Claim.attribution`) is compared here on the words of what was
said only: two claims of one speaker whose said words share no term are never one fact.
A claim whose own verb lies outside what was said ("The campaign filed a request for a
recount, citing the narrow margin") tells an act of the source besides its words, and
is compared on all it tells.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass

from ..model import Claim
from .acts import subject_words
from .quotes import same_speaker

__all__ = ["Saying", "different_sayings", "saying_of"]

_WORD = re.compile(r"[^\W\d_]+")


@dataclass(frozen=True, slots=True)
class Saying:
    """Who a claim is credited to, and the claim's terms that lie in what was said.

    ``said`` is False for a claim of what its named subject did: ``speaker`` is then
    the subject, and ``terms`` the claim's terms after it.
    """

    speaker: str
    terms: frozenset[str]
    said: bool = True


def saying_of(claim: Claim) -> Saying | None:
    """The saying of a claim credited to a source, or None.

    A term lies in what was said when a word of the credited content starts with it
    (terms are lemmas: "appeal" of "appealed", "die" of "died").
    """
    attribution = claim.attribution
    if attribution is None:
        return _act_of(claim)
    if not attribution.statement or not attribution.source_key:
        return None
    start = max(0, attribution.content.start - claim.span.start)
    end = max(start, attribution.content.end - claim.span.start)
    words = [w.casefold() for w in _WORD.findall(claim.text[start:end])]
    terms = frozenset(t for t in claim.terms if any(w.startswith(t) for w in words))
    if claim.predicate in claim.terms and claim.predicate not in terms:
        # the source's own act, with the words it gave for it: all of it is told
        named = set(_WORD.findall(attribution.source_key))
        terms = frozenset(t for t in claim.terms if t not in named)
    if not terms:
        return None
    return Saying(attribution.source_key, terms)


def _act_of(claim: Claim) -> Saying | None:
    """The act of the named subject of an uncredited claim, as a saying not said, or None."""
    subject = subject_words(claim)
    doer = next((key for key in claim.entity_keys if key and key in subject), None)
    if doer is None:
        return None
    before = set(_WORD.findall(subject))
    terms = frozenset(t for t in claim.terms if t not in before and not t.isdigit())
    return Saying(doer, terms, said=False) if terms else None


def different_sayings(sayings: Mapping[str, Saying | None], a: str, b: str) -> bool:
    """True when claims ``a`` and ``b`` are credited to one speaker and share no said term.

    Or when one is credited to a source and the other tells an act of that source, and
    what was said shares no term with what was done.
    """
    first, second = sayings.get(a), sayings.get(b)
    if first is None or second is None or not (first.said or second.said):
        return False
    return same_speaker(first.speaker, second.speaker) and not first.terms & second.terms
