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

Rival sources' estimates of one crowd are one fact too, the figures in conflict:
"Police estimated the crowd at 48,000" and "the counting firm said 96,000 people
marched" set two counts of one march side by side. Their words alone would leave them
apart, and the exact count would read only as support for a vague wording of the crowd
("tens of thousands") it shares more words with (:func:`rival_estimates`).
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from ..align.synonyms import synonym_term
from ..model import Claim
from .figures import Figure, counts_people, counts_things, owners_meet, sole_level, unit_kind
from .totals import count_groups, days_apart, owners_apart

__all__ = ["one_estimate", "rival_estimates"]

#: Wordings of an estimate or of a turnout: "estimated", "put the figure at", "the
#: crowd at", "took part", "turned out", "attended", "joined".
_ESTIMATE = re.compile(
    r"\b(?:estimat\w*"
    r"|put\s+(?:the\s+)?(?:figure|number|total|count|crowd|turnout|attendance|size)\b"
    r"|(?:crowd|turnout|attendance)\s+(?:at|of|was|stood)\b"
    r"|t(?:ake|akes|ook|aken|aking)\s+part|turn(?:ed|s)?\s+out|attend(?:ed|s)?"
    r"|join(?:ed|s)?)\b",
    re.IGNORECASE,
)
#: Wordings of a crowd or of those in it: "the crowd", "turnout", "took part",
#: "marched", "rallied", "protesters", "demonstrators".
_CROWD = re.compile(
    r"\b(?:crowds?|turnout|attendance|participants?|marchers?|protesters?|demonstrators?"
    r"|t(?:ake|akes|ook|aken|aking)\s+part|turn(?:ed|s)?\s+out|attend(?:ed|s)?"
    r"|join(?:ed|s)?|march(?:ed|es)?|rall(?:ied|ies)|protest(?:ed|s)?|demonstrat(?:ed|es)"
    r"|gather(?:ed|s)?)\b",
    re.IGNORECASE,
)
#: How many times another rival's count of one crowd may be: a count more than this many
#: times another's is of another crowd ("about 5,000 marched in Kessling" against
#: "police put the crowd at 48,000"), not a rival estimate of the same one.
_RIVAL_SPREAD = 5.0
#: Endings of a noun of those who do an act: "strikers" strike, "marchers" march.
_DOER = re.compile(r"(?:e?r|or)$")


def _one_kind(first: Figure, second: Figure, a: Claim, b: Claim) -> bool:
    """True when the figures can count one thing: one kind and role, or one has no unit.

    Or one counts the doers of an act the other claim names as what its count did:
    "put the number of strikers at 15,500" and "15,500 workers had joined the strike"
    (:func:`_doers_of`).
    """
    if first.role != second.role or not owners_meet(first, second):
        return False
    kinds = {_kind(first.unit), _kind(second.unit)} - {""}
    if len(kinds) == 2 and (_doers_of(first.unit, b) or _doers_of(second.unit, a)):
        return all(counts_things(kind) for kind in kinds)
    return len(kinds) == 1 and counts_things(next(iter(kinds)))


def _doers_of(unit: str, other: Claim) -> bool:
    """True when ``unit`` names those who do an act ``other`` names: "striker", "strike".

    The unit less its ending of a doer ("-er", "-r", "-or") is the act, and a term of
    the other claim is that act (or a word of its synonym group: "walkout").
    """
    act = _DOER.sub("", unit)
    if not unit or act == unit or len(act) < 3:
        return False
    acts = {synonym_term(stem) for stem in (act, act + "e")}
    return any(synonym_term(term) in acts for term in other.terms)


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
    if first is None or second is None or not _one_kind(first, second, a, b):
        return False
    return count_groups(a) == count_groups(b)


def rival_estimates(
    a: Claim,
    b: Claim,
    credited: Mapping[str, frozenset[str]],
    counted_by: Mapping[str, frozenset[str]] | None = None,
) -> bool:
    """True when claims of two articles give two sources' estimates of one crowd.

    Each claim credits sources other than its outlet, none credited by the other, and
    words a crowd or those in it (:data:`_CROWD`); each gives one figure as a level,
    both count people (:func:`_one_kind`), within :data:`_RIVAL_SPREAD` of each other,
    on days that meet, of no two owners or places and no running count the other
    does not name (see the module). With ``counted_by`` (article id -> the sources it
    credits with a figure), an article that gives the other claim's source a figure of
    its own holds that source's wording of the count: "police said 30,000" there goes
    with "police estimated the crowd at 30,000", and the organisers' figure beside it
    is no rival wording of the police's.
    """
    if a.article_id == b.article_id or a.negated or b.negated:
        return False
    first_by, second_by = credited.get(a.id, frozenset()), credited.get(b.id, frozenset())
    if not first_by or not second_by or first_by & second_by:
        return False
    counted_by = counted_by or {}
    if first_by & counted_by.get(b.article_id, frozenset()) or second_by & counted_by.get(
        a.article_id, frozenset()
    ):
        return False
    if not (_CROWD.search(a.text) and _CROWD.search(b.text)):
        return False
    first, second = sole_level(a), sole_level(b)
    if first is None or second is None or not _one_kind(first, second, a, b):
        return False
    if _kind(first.unit) != "people" or _kind(second.unit) != "people":
        return False
    low, high = sorted((first.value, second.value))
    if low <= 0 or high > low * _RIVAL_SPREAD:
        return False
    if owners_apart(a, b) or days_apart(a, b):
        return False
    return count_groups(a) == count_groups(b)
