"""Reports of one act that date it on different days, worded with different verbs.

"The emails show that Ms Varrin was briefed on the contract on October 14" and
"Ministry officials said Ms Varrin learned of the contract on November 4" share too few
words for their pair score to make them one fact, so the dates are never weighed. Two
claims of different articles are taken as one act when their predicates are verbs of
one act (:mod:`corrobora.reconcile.predicates`), each dates it to one day, and they name
one person or body and a word of what the act concerns besides ("contract"). Such
claims are one fact, where the dates are compared. So are two reports of when one
event takes place, in two verbs of its taking place: "talks are scheduled for Friday,
March 13, at the Mediation Office" and "talks will resume on Thursday, March 12, at the
Mediation Office" (:func:`~corrobora.reconcile.predicates.takes_place_predicate`).
"""

from __future__ import annotations

from ..model import Claim
from .predicates import same_predicate_class, takes_place_predicate

__all__ = ["one_dated_act"]


def _day(claim: Claim) -> bool:
    """True when the claim dates to one single day, however often it writes it.

    "Friday, March 13" may be read as two mentions of one day.
    """
    days = {d.start for d in claim.dates if d.start is not None and d.start == d.end}
    return len(days) == 1 and all(d.start is not None and d.start == d.end for d in claim.dates)


def _one_act(a: Claim, b: Claim) -> bool:
    """True when the predicates state one act, or both when an event takes place."""
    if same_predicate_class(a.predicate, b.predicate):
        return True
    return takes_place_predicate(a.predicate) and takes_place_predicate(b.predicate)


def _names(claim: Claim) -> frozenset[str]:
    """The words of the names the claim mentions ("elsa", "varrin")."""
    return frozenset(part for key in claim.entity_keys for part in key.split())


def _words_of_the_act(claim: Claim, names: frozenset[str]) -> frozenset[str]:
    """The claim's terms that are no name, figure, date word or predicate."""
    dated = {
        word for d in claim.dates for word in claim.text[
            d.span.start - claim.span.start : d.span.end - claim.span.start
        ].lower().split()
    }  # fmt: skip
    return frozenset(
        term
        for term in claim.terms
        if term not in names
        and term not in dated
        and term != claim.predicate
        and not any(ch.isdigit() for ch in term)
    )


def one_dated_act(a: Claim, b: Claim) -> bool:
    """True when claims of two articles date one act of one person (see the module).

    The name they share may be tagged in one wording only ("Mr Brenning").
    """
    if a.article_id == b.article_id or a.negated != b.negated:
        return False
    if not _one_act(a, b) or not (_day(a) and _day(b)):
        return False
    names = _names(a) | _names(b)
    if not set(a.terms) & set(b.terms) & names:
        return False
    return bool(_words_of_the_act(a, names) & _words_of_the_act(b, names))
