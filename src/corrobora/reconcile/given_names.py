"""One act of one person whom two outlets give two given names: one fact, two names.

"The third victim, Brian Holt, was rushed to hospital" and "The wounded man, Bryant
Holt, 39, was rushed to hospital" tell one act of one person named two ways. Their
words differ beyond the name, so they are not one name apart
(:func:`~corrobora.align.names.one_name_apart`); but they tell one act (one
predicate, no figure told apart) of a name each gives and the other's article never
does, the two names share a surname under other given names, and most of what else
the shorter claim says the other says too. The two names are then one answer given
two ways: an ``entity`` conflict of one fact, unless one given name is a short
form of the other (:func:`other_given_name`).

Two people of one family doing two things ("Ana Holt was arrested", "Tom Holt was
released") tell two acts; an article that names both people knows them as two; and
one act of two namesakes in other figures ("Marek Holtz signed a three-year
contract", "Anton Holtz signed a four-year contract") is two acts.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence, Set

from ..extract.entities import nicknamer
from ..model import Claim
from .figures import values_by_unit
from .name_slips import spelt_alike

__all__ = ["given_names_apart", "one_act_two_given_names", "other_given_name"]

#: The least share of the shorter claim's terms (besides the two names) the other
#: claim must share: the rest of the sentence tells the same thing.
MIN_SHARED_SHARE = 0.6
#: The least number of such terms shared: a verb and a place are no whole statement.
MIN_SHARED_TERMS = 3


def given_names_apart(first: str, second: str) -> bool:
    """True when two names of two words or more share the surname, not the given names."""
    one, other = first.split(), second.split()
    return len(one) >= 2 and len(other) >= 2 and one[-1] == other[-1] and one != other


def one_act_two_given_names(
    a: Claim, b: Claim, people: Set[str], article_keys: Mapping[str, Set[str]]
) -> bool:
    """True when two claims tell one act of one person given two given names.

    The claims are of two articles, with one predicate, one negation and no unit
    whose values they tell apart. Exactly one pair of their names, each one that the
    other's article never gives (``article_keys``: article id -> the keys it names),
    is :func:`given_names_apart`, and one of the two is a person of ``people`` (the
    recognizer may take the other for an organization). The other claim shares at
    least :data:`MIN_SHARED_SHARE` (and :data:`MIN_SHARED_TERMS`) of the shorter
    claim's terms besides the names.
    """
    if (
        a.article_id == b.article_id
        or not a.predicate
        or a.predicate != b.predicate
        or a.negated != b.negated
    ):
        return False
    pairs = [
        (x, y)
        for x in _unknown_to(a, b, article_keys)
        for y in _unknown_to(b, a, article_keys)
        if given_names_apart(x, y) and (x in people or y in people)
    ]
    if len(pairs) != 1 or _figures_apart(a, b):
        return False
    named = {*pairs[0][0].split(), *pairs[0][1].split()}
    terms_a, terms_b = set(a.terms) - named, set(b.terms) - named
    shared = len(terms_a & terms_b)
    shorter = min(len(terms_a), len(terms_b))
    return shared >= MIN_SHARED_TERMS and shared >= MIN_SHARED_SHARE * shorter


def _unknown_to(claim: Claim, other: Claim, article_keys: Mapping[str, Set[str]]) -> list[str]:
    """The names of ``claim`` that neither ``other`` nor its article gives."""
    elsewhere = article_keys.get(other.article_id, frozenset())
    return [k for k in claim.entity_keys if k not in elsewhere and k not in other.entity_keys]


def _figures_apart(a: Claim, b: Claim) -> bool:
    """True when a unit both claims give has no value in common in them."""
    if not a.quantities or not b.quantities:
        return False
    left, right = values_by_unit(a), values_by_unit(b)
    return any(not left[unit] & right[unit] for unit in left.keys() & right.keys())


def other_given_name(first: Sequence[str], second: Sequence[str]) -> bool:
    """True when two one-word given names that a name table relates are two names.

    A short form is shorter than the name it stands for ("Dave" of "David", "Bill" of
    "William"). Where the table gives only the longer name as a short form of the
    shorter ("Bryant" of "Brian"), never the other way, and the two are more than one
    keystroke apart (:func:`~corrobora.reconcile.name_slips.spelt_alike`), they are two
    given names an outlet may confuse, not one person's formal and familiar names.
    """
    if len(first) != 1 or len(second) != 1 or spelt_alike(first, second):
        return False
    longer, shorter = sorted((first[0], second[0]), key=len, reverse=True)
    table = nicknamer()
    return (
        len(longer) > len(shorter)
        and longer in table.nicknames_of(shorter)
        and shorter not in table.nicknames_of(longer)
    )
