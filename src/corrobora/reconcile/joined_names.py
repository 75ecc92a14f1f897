"""Names of one body that hold "and", read as two: "Commission for Elections and Referenda".

The recognizer may cut a body's name at its "and", making of "the Central Commission
for Elections and Referenda" two organizations, "Central Commission for Elections" and
"Referenda", which then count as two origins of what the one commission said. A name
whose last words complete the other's "for"/"of" phrase is one name again.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from itertools import pairwise

from ..extract.cues import (
    COMPANY_HEADS,
    NON_OUTLET_HEADS,
    ORGANIZATION_NOUNS,
    STRONG_OUTLET_HEADS,
    WEAK_OUTLET_HEADS,
)
from ..model import AnalyzedArticle, EntityKind, Mention

#: Last words that make a name a body of its own ("Interpol Council", "the Post").
_OWN_HEADS = ORGANIZATION_NOUNS | NON_OUTLET_HEADS | COMPANY_HEADS
_OWN_HEADS |= STRONG_OUTLET_HEADS | WEAK_OUTLET_HEADS
#: What joins the two parts of one name: "and" alone, no article before the second.
_AND = re.compile(r"\s+(?:and|&)\s+")
#: A "for"/"of" phrase a name ends with, its noun bare: "Commission for Elections".
_OPEN_PHRASE = re.compile(r"\s(?:for|of)\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?$")
#: Words of the part after "and": one or two capitalized words, then perhaps the place
#: the whole name is of ("Referenda of Veldoria").
_PART = re.compile(
    r"(?P<head>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)(?:\s+of\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)?"
)


def _completes(text: str, first: Mention, second: Mention) -> bool:
    """True when ``second`` ends the name ``first`` opens: "... for Elections and Referenda".

    The first ends with a "for"/"of" phrase whose noun is bare, "and" alone joins them
    and the second is one or two capitalized words no body's name ends with (with the
    place the whole is of, if any): a second body would be named by its own kind of
    noun ("and the Interior Ministry").
    """
    if not _AND.fullmatch(text, first.span.end, second.span.start):
        return False
    part = _PART.fullmatch(text, second.span.start, second.span.end)
    if part is None or part["head"].split()[-1].lower() in _OWN_HEADS:
        return False
    return bool(_OPEN_PHRASE.search(text, first.span.start, first.span.end))


def _organizations(analysis: AnalyzedArticle) -> list[Mention]:
    """The article's organization mentions, in the order of the text."""
    found = [m for m in analysis.mentions if m.kind is EntityKind.ORGANIZATION and m.key]
    return sorted(found, key=lambda m: m.span.start)


def _joined(analysis: AnalyzedArticle) -> Iterable[tuple[Mention, Mention]]:
    """The pairs of organization mentions that are the two parts of one name."""
    text = analysis.article.text
    mentions = _organizations(analysis)
    for first, second in pairwise(mentions):
        if _completes(text, first, second):
            yield first, second


def _named_alone(analyses: Sequence[AnalyzedArticle], seconds: set[tuple[str, int]]) -> set[str]:
    """The keys of the organizations named somewhere other than as a second part."""
    return {
        m.key
        for analysis in analyses
        for m in analysis.mentions
        if m.kind is EntityKind.ORGANIZATION and (analysis.article.id, m.span.start) not in seconds
    }


def joined_names(analyses: Sequence[AnalyzedArticle]) -> dict[str, str]:
    """Map the key of each part of a name cut at its "and" to the whole name's key.

    "Central Commission for Elections" and "Referenda" both name the "central
    commission for elections and referenda". A second part the story also names on
    its own (not right after a first) is a body of its own, and a part found in two
    whole names stays as it is.
    """
    pairs: set[tuple[str, str]] = set()
    seconds: set[tuple[str, int]] = set()
    for analysis in analyses:
        for first, second in _joined(analysis):
            pairs.add((first.key, second.key))
            seconds.add((analysis.article.id, second.span.start))
    alone = _named_alone(analyses, seconds)
    wholes: dict[str, set[str]] = {}
    for first_key, second_key in pairs:
        if second_key not in alone:
            whole = f"{first_key} and {second_key}"
            wholes.setdefault(first_key, set()).add(whole)
            wholes.setdefault(second_key, set()).add(whole)
    return {key: found.pop() for key, found in wholes.items() if len(found) == 1}
