"""Two codes of one series given for one thing: an entity conflict.

"A Corvane Air Veyra V-220 operating flight CV418" and "A Corvane Air Veyra V-240
operating flight CV418" share the flight and everything said of it, but name two
aircraft types. Codes that share one another (the flight) are one statement
(:func:`~corrobora.align.apart.different_identifiers` keeps apart only claims that
share no code), so the type the two wordings give differently is a disagreement: each
names one code the other lacks, of one series (the letters before the first digit:
"V" of "V-220" and "V-240", not "CV" of "CV418").

A code is read alike in a copy and its original and in a correction notice ("The
aircraft was a Veyra V-240, not a V-220."), which may withdraw it like a figure
(:func:`~corrobora.reconcile.updates.correction_notices`).
"""

from __future__ import annotations

import re

from ..align.apart import IDENTIFIER
from ..model import Claim, Conflict, ConflictKind, Evidence

__all__ = ["code_conflict", "text_codes"]

_SERIES = re.compile(r"^[A-Z]+")


def text_codes(text: str) -> dict[str, str]:
    """The codes of a text as written ("V-220"), by their form without hyphens ("V220")."""
    return {m.group().replace("-", ""): m.group() for m in IDENTIFIER.finditer(text)}


def _codes(claim: Claim) -> dict[str, str]:
    """The claim's codes as written, by their form without hyphens."""
    return text_codes(claim.text)


def _series(code: str) -> str:
    found = _SERIES.match(code)
    return found.group() if found else ""


def code_conflict(a: Claim, b: Claim) -> Conflict | None:
    """Return an entity conflict when two wordings give one series two different codes.

    Each wording must name exactly one code the other does not, of one series, and
    neither wording may write the other's code (a list "the V-220 and the V-240" names
    both).
    """
    left, right = _codes(a), _codes(b)
    only_left = [c for c in left if c not in right]
    only_right = [c for c in right if c not in left]
    if len(only_left) != 1 or len(only_right) != 1:
        return None
    first, second = only_left[0], only_right[0]
    if not _series(first) or _series(first) != _series(second):
        return None
    return Conflict(
        ConflictKind.ENTITY,
        f"{left[first]} vs {right[second]}",
        (Evidence(a.article_id, a.span, a.text), Evidence(b.article_id, b.span, b.text)),
    )
