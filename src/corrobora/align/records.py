"""The size of a record someone holds, against other counts of the same unit.

"McDermott broke Rodney Buford's school scoring record of 2,116 points" gives the size
of Buford's record; "McDermott now has 2,129 points" gives McDermott's total. Both count
one player's points in one story, but they are two measures: the record's size is
Buford's, whoever breaks it. Two wordings of the size of one holder's record ("Buford's
scoring record of 2,106") are one thing, however the rest of them reads.
"""

from __future__ import annotations

from functools import lru_cache

from ..model import Claim

__all__ = ["one_record", "record_and_other_count", "same_record"]


def same_record(first: str, second: str) -> bool:
    """True when two records' names can name one record: one's words hold the other's.

    "school scoring record" and "scoring record" (or a bare "record") are one record;
    "scoring record" and "rebounding record" are two of one holder.
    """
    left, right = set(first.split()), set(second.split())
    return bool(first) and bool(second) and (left <= right or right <= left)


@lru_cache(maxsize=8192)
def _records(claim: Claim) -> tuple[tuple[str, str, str], ...]:
    """The (holder, record's name, unit kind) of each record size the claim gives.

    Cached: it is asked of every pair of a story's claims that share a term.
    """
    # read lazily: the figure rules live in ``reconcile``, which imports this package
    from ..reconcile.figures import claim_figures, unit_kind

    return tuple(
        (f.subject, f.record, unit_kind(f.unit) if f.unit else "")
        for f in claim_figures(claim)
        if f.record and f.subject and not f.owner
    )


def one_record(first: Claim, second: Claim) -> bool:
    """True when two articles' claims each give the size of one holder's record.

    "broke Rodney Buford's school scoring record of 2,116 points" and "needing 11
    points to break Rodney Buford's scoring record of 2,106" tell one record, so their
    sizes are weighed against each other: a size of no unit is of the other's unit.
    Both names of the record must fit (:func:`same_record`), and units given both
    be of one kind.
    """
    return first.article_id != second.article_id and _shares_record(first, second)


def _shares_record(first: Claim, second: Claim) -> bool:
    """True when both claims give the size of one holder's record (see :func:`one_record`)."""
    return any(
        holder == other_holder
        and same_record(record, other_record)
        and (not kind or not other_kind or kind == other_kind)
        for holder, record, kind in _records(first)
        for other_holder, other_record, other_kind in _records(second)
    )


def record_and_other_count(first: Claim, second: Claim) -> bool:
    """True when one claim gives a record's size and the other another's count of its unit.

    "broke Rodney Buford's school scoring record of 2,116 points" and "McDermott now
    has 2,129 points" are two facts: every figure of the record's unit the other
    claim gives is told of someone else than the record's holder (or of a pronoun),
    and gives no record's size itself
    (:func:`~corrobora.reconcile.figures.owners_meet`). Two sizes of one record
    (:func:`one_record`) are never apart.
    """
    if _shares_record(first, second):
        return False
    return _size_and_count(first, second) or _size_and_count(second, first)


def _size_and_count(sized: Claim, other: Claim) -> bool:
    """True when ``sized`` gives a record's size whose unit ``other`` counts of another."""
    from ..reconcile.figures import claim_figures, owners_meet, unit_kind  # as above

    sizes = [f for f in claim_figures(sized) if f.record and f.subject and f.unit]
    counts = claim_figures(other)
    for size in sizes:
        kind = unit_kind(size.unit)
        alike = [f for f in counts if f.unit and unit_kind(f.unit) == kind]
        if alike and not any(f.record or owners_meet(size, f) for f in alike):
            return True
    return False
