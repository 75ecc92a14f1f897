"""Telling a real disagreement from an update or a correction, using the timeline.

Two reports of one fact that differ are not always in conflict. When they were
published apart (at least :data:`MIN_GAP`), the later one may:

- **correct** the earlier: its wording says so ("corrected", "revised", "an earlier
  version", "previously reported");
- **update** it: both give a running count of the same unit (the dead, the injured,
  the missing, the evacuated, cases, arrests: counts that grow as events move on), or
  the later report says its figure rose ("has risen to 15", "climbed to"), and every
  figure of the later report is higher than every figure of the earlier one.

Anything else, including a count that fell without a correction cue, stays a
disagreement. The test is deliberately narrow: money, percentages and other figures
that do not only grow are never taken as updates.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import replace
from datetime import datetime, timedelta

from ..model import Claim, Conflict, ConflictKind, ConflictNature, Evidence
from ..ordering import utc
from .figures import unit_kind

#: Reports closer in time than this are taken as simultaneous.
MIN_GAP = timedelta(hours=1)

#: Words naming a running count: figures of these only grow as events move on.
RUNNING_COUNTS = frozenset(
    {
        "toll", "dead", "death", "deaths", "died", "killed", "fatalities", "casualties",
        "injured", "injuries", "wounded", "hurt", "missing", "victims", "bodies",
        "evacuated", "evacuees", "displaced", "homeless", "rescued", "arrested",
        "arrests", "detained", "infected", "infections", "cases", "hospitalized",
        "hospitalised",
    }
)  # fmt: skip

_CORRECTION = re.compile(
    r"\b(?:correct(?:ed|s|ing|ion)|revis(?:ed|es|ing|ion)|amended|an earlier version|"
    r"(?:earlier|previously|initially) (?:reported|said|stated|given))\b",
    re.IGNORECASE,
)
_WORD = re.compile(r"[a-z]+")
#: A figure said to have risen: "has risen to 15", "rises to", "climbed to", "up to".
_ROSE_TO = re.compile(
    r"\b(?:r[io]s(?:e|es|en|ing)|climb(?:s|ed|ing)?|increas(?:e|es|ed|ing)|"
    r"jump(?:s|ed|ing)?|gr(?:ew|own|ows?|owing)|went\s+up|gone\s+up)\s+to\b",
    re.IGNORECASE,
)
_NOT_COUNTS = frozenset({"%", "percentage point"})


def _is_currency(unit: str) -> bool:
    return len(unit) == 3 and unit.isupper()


def _running_count(earlier: Claim, later: Claim) -> bool:
    """True when both claims count one unit of a running total that rose.

    Units that count the same people are one unit (see
    :func:`corrobora.reconcile.figures.unit_kind`).
    """
    words = set(_WORD.findall(f"{earlier.text} {later.text}".lower()))
    if not words & RUNNING_COUNTS and not _ROSE_TO.search(later.text):
        return False
    units = {unit_kind(q.unit) for q in earlier.quantities} & {
        unit_kind(q.unit) for q in later.quantities
    }
    for unit in units:
        if unit in _NOT_COUNTS or _is_currency(unit):
            continue
        before = [q.value for q in earlier.quantities if unit_kind(q.unit) == unit]
        after = [q.value for q in later.quantities if unit_kind(q.unit) == unit]
        if before and after and max(before) < min(after):
            return True
    return False


def with_timeline(
    conflict: Conflict, a: Claim, b: Claim, published: Mapping[str, datetime | None]
) -> Conflict:
    """Order a conflict's wordings in time; say if the later one updates or corrects.

    Without two publication times at least :data:`MIN_GAP` apart the conflict is
    returned as it is. The detail (``X vs Y``) follows the same order, and reads
    ``X, later Y`` for an update or a correction.
    """
    first, second = published.get(a.article_id), published.get(b.article_id)
    if first is None or second is None:
        return conflict
    gap = utc(second) - utc(first)
    if abs(gap) < MIN_GAP:
        return conflict
    earlier, later = (a, b) if gap > timedelta(0) else (b, a)
    values = tuple(Evidence(claim.article_id, claim.span, claim.text) for claim in (earlier, later))
    nature = ConflictNature.DISAGREEMENT
    if _CORRECTION.search(later.text):
        nature = ConflictNature.CORRECTION
    elif conflict.kind is ConflictKind.NUMBER and _running_count(earlier, later):
        nature = ConflictNature.UPDATE
    parts = conflict.detail.split(" vs ", 1)
    if len(parts) == 2 and earlier is b:
        parts.reverse()
    joiner = " vs " if nature is ConflictNature.DISAGREEMENT else ", later "
    return replace(conflict, detail=joiner.join(parts), values=values, nature=nature)
