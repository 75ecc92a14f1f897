"""Wordings that two articles carry alike, so that neither disputes the other with them.

Two reports that print one quote sentence for sentence ("Do not trust Mr. Dorsey ever
again. Ever again. Because he can not be trusted.") both carry its firm sentence and its
hedged one: the hedge of one sentence against the firmness of another is the quote's
own, not a disagreement between the two reports.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Set

from ..model import Claim

__all__ = ["carried_by_both", "carried_wordings"]

_MARKS = re.compile(r"[\"'\u201c\u201d\u2018\u2019]")
_SPACES = re.compile(r"\s+")

Carried = Set[tuple[str, str]]
"""(article id, wording) of each claim, its wording read as :func:`_wording` reads it."""


def _wording(text: str) -> str:
    """A claim's words in lower case, without quote marks or runs of spaces."""
    return _SPACES.sub(" ", _MARKS.sub("", text)).strip().lower()


def carried_wordings(claims: Iterable[Claim]) -> frozenset[tuple[str, str]]:
    """Each claim's (article id, wording): read once for all the pairs of a fact."""
    return frozenset((c.article_id, _wording(c.text)) for c in claims)


def carried_by_both(carried: Carried, a: Claim, b: Claim) -> bool:
    """True when each claim's article carries the other's wording too, word for word."""
    if a.article_id == b.article_id:
        return False
    return (a.article_id, _wording(b.text)) in carried and (
        b.article_id,
        _wording(a.text),
    ) in carried
