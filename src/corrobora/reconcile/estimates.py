"""One source's estimate of one count, however each outlet words it.

A crowd, a turnout, an attendance is rarely counted: a source puts a figure on it, and
outlets word that estimate their own way. "The organisers said 60,000 people took part"
and "The organisers put the figure at 55,000"; "Police put the number of marchers at
18,000" and "Police estimated that 18,000 people joined the march". Such pairs share
the source and little else, so their pair score leaves them two facts, and a source
that gave two figures (or an outlet that got one wrong) goes unseen.

Two claims of different articles are taken as one estimate when both credit one
source other than their outlets, both are worded as an estimate or a turnout
(:data:`_ESTIMATE`), each gives one figure as a level, and the figures can count one
thing: of one kind in one role, or one of them of no unit ("put the figure at 55,000",
what it counts told by the sentence before). Neither may name a running count the other
does not ("12 people were arrested" is no crowd), and neither may count the things of
another owner or place (:func:`~corrobora.reconcile.totals.owners_apart`).
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from ..model import Claim
from .figures import Figure, counts_people, counts_things, owners_meet, sole_level, unit_kind
from .totals import count_groups, owners_apart

__all__ = ["one_estimate"]

#: Wordings of an estimate or of a turnout: "estimated", "put the figure at", "the
#: crowd at", "took part", "turned out", "attended".
_ESTIMATE = re.compile(
    r"\b(?:estimat\w*"
    r"|put\s+(?:the\s+)?(?:figure|number|total|count|crowd|turnout|attendance|size)\b"
    r"|(?:crowd|turnout|attendance)\s+(?:at|of|was|stood)\b"
    r"|t(?:ake|akes|ook|aken|aking)\s+part|turn(?:ed|s)?\s+out|attend(?:ed|s)?)\b",
    re.IGNORECASE,
)


def _one_kind(first: Figure, second: Figure) -> bool:
    """True when the figures can count one thing: one kind and role, or one has no unit."""
    if first.role != second.role or not owners_meet(first, second):
        return False
    kinds = {_kind(first.unit), _kind(second.unit)} - {""}
    return len(kinds) == 1 and counts_things(next(iter(kinds)))


def _kind(unit: str) -> str:
    """A figure's kind, those taking part counted as people ("marchers", "people joined")."""
    kind = unit_kind(unit)
    return "people" if counts_people(kind) else kind


def one_estimate(a: Claim, b: Claim, credited: Mapping[str, frozenset[str]]) -> bool:
    """True when claims of two articles give one source's estimate of one count.

    ``credited`` maps a claim id to the origins it is credited to other than its
    outlet (see the module).
    """
    if a.article_id == b.article_id or not credited.get(a.id, frozenset()) & credited.get(
        b.id, frozenset()
    ):
        return False
    if not (_ESTIMATE.search(a.text) and _ESTIMATE.search(b.text)):
        return False
    if owners_apart(a, b):
        return False  # two utilities' customers, two towns' crowds
    first, second = sole_level(a), sole_level(b)
    if first is None or second is None or not _one_kind(first, second):
        return False
    return count_groups(a) == count_groups(b)
