"""Typed conflicts between two articles' wordings of one fact.

Checks are deliberately conservative: a conflict must be visible in the values the
analysis normalized (numbers with their units, date intervals, negation, modality, named
entities of one kind), never guessed from wording alone.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime

from ..model import Claim, Conflict, ConflictKind, Evidence, Modality
from .updates import with_timeline

_FIRM = frozenset({Modality.ASSERTED, Modality.FUTURE})
_HEDGED = frozenset({Modality.POSSIBLE, Modality.REPORTED})


def _evidence(claim: Claim) -> Evidence:
    return Evidence(claim.article_id, claim.span, claim.text)


def _format(value: float) -> str:
    return f"{value:,.0f}" if value == int(value) else f"{value:,.2f}".rstrip("0")


def number_conflict(a: Claim, b: Claim) -> Conflict | None:
    """Return a conflict when both claims count one unit and neither figure is in the other.

    A figure the other wording also states, whatever unit it was read with ("23 more"
    against "a further 23 people"), is taken as agreement, not as a conflict.
    """
    all_left = {q.value for q in a.quantities}
    all_right = {q.value for q in b.quantities}
    for unit in sorted({q.unit for q in a.quantities} & {q.unit for q in b.quantities}):
        left = {q.value for q in a.quantities if q.unit == unit}
        right = {q.value for q in b.quantities if q.unit == unit}
        if left and right and not left & all_right and not right & all_left:
            label = f" {unit}" if unit else ""
            detail = (
                f"{', '.join(_format(v) for v in sorted(left))}{label} vs "
                f"{', '.join(_format(v) for v in sorted(right))}{label}"
            )
            return Conflict(ConflictKind.NUMBER, detail, (_evidence(a), _evidence(b)))
    return None


def date_conflict(a: Claim, b: Claim) -> Conflict | None:
    """Return a conflict when both claims date the fact and no two intervals overlap."""
    left = [d for d in a.dates if d.start and d.end]
    right = [d for d in b.dates if d.start and d.end]
    if not left or not right:
        return None
    for x in left:
        for y in right:
            assert x.start and x.end and y.start and y.end
            if x.start <= y.end and y.start <= x.end:
                return None
    detail = f"{left[0].text} ({left[0].start}) vs {right[0].text} ({right[0].start})"
    return Conflict(ConflictKind.DATE, detail, (_evidence(a), _evidence(b)))


def negation_conflict(a: Claim, b: Claim) -> Conflict | None:
    """Return a conflict when one wording affirms what the other denies."""
    if a.negated == b.negated:
        return None
    denied = a if a.negated else b
    return Conflict(
        ConflictKind.NEGATION,
        f"one source negates the statement: {denied.text[:80]!r}",
        (_evidence(a), _evidence(b)),
    )


def modality_conflict(a: Claim, b: Claim) -> Conflict | None:
    """Return a conflict when one source states firmly what the other only hedges."""
    if a.modality in _FIRM and b.modality in _HEDGED:
        firm, hedged = a, b
    elif b.modality in _FIRM and a.modality in _HEDGED:
        firm, hedged = b, a
    else:
        return None
    return Conflict(
        ConflictKind.MODALITY,
        f"{firm.modality.value} vs {hedged.modality.value}",
        (_evidence(firm), _evidence(hedged)),
    )


def entity_conflict(
    a: Claim, b: Claim, kinds: dict[str, str], article_keys: dict[str, set[str]]
) -> Conflict | None:
    """Return a conflict when each wording names a different entity of the same kind.

    Only entities that the other article never mentions at all count, so that a source
    naming the capital where another names the country is not flagged when both
    articles know both names.
    """
    only_a = [
        k
        for k in a.entity_keys
        if k not in b.entity_keys and k not in article_keys.get(b.article_id, set())
    ]
    only_b = [
        k
        for k in b.entity_keys
        if k not in a.entity_keys and k not in article_keys.get(a.article_id, set())
    ]
    for x in only_a:
        for y in only_b:
            if kinds.get(x) and kinds.get(x) == kinds.get(y):
                return Conflict(
                    ConflictKind.ENTITY,
                    f"{x} vs {y} ({kinds[x]})",
                    (_evidence(a), _evidence(b)),
                )
    return None


STATUS_CONFLICTS = frozenset(
    {ConflictKind.NUMBER, ConflictKind.DATE, ConflictKind.ENTITY, ConflictKind.NEGATION}
)
"""Kinds of conflict that make a fact conflicting (when they are disagreements)."""

#: Kinds a later report can update or correct.
_TIMED = frozenset({ConflictKind.NUMBER, ConflictKind.DATE})


def fact_conflicts(
    claims: Sequence[Claim],
    kinds: dict[str, str],
    article_keys: dict[str, set[str]],
    published: Mapping[str, datetime | None] | None = None,
) -> tuple[Conflict, ...]:
    """Return the conflicts between the wordings of different articles of one fact.

    At most one conflict of each kind per pair of articles is kept. With the articles'
    publication times, a number or date that a later report updates or corrects is
    marked so (:func:`corrobora.reconcile.updates.with_timeline`).
    """
    found: list[Conflict] = []
    seen: set[tuple[ConflictKind, str, str]] = set()
    for i, a in enumerate(claims):
        for b in claims[i + 1 :]:
            if a.article_id == b.article_id:
                continue
            pair = tuple(sorted((a.article_id, b.article_id)))
            for conflict in (
                number_conflict(a, b),
                date_conflict(a, b),
                negation_conflict(a, b),
                entity_conflict(a, b, kinds, article_keys),
                modality_conflict(a, b),
            ):
                if conflict is None:
                    continue
                if published is not None and conflict.kind in _TIMED:
                    conflict = with_timeline(conflict, a, b, published)
                key = (conflict.kind, pair[0], pair[1])
                if key not in seen:
                    seen.add(key)
                    found.append(conflict)
    return tuple(found)
