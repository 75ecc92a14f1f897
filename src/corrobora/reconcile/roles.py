"""Whom two reports name in one office: "returning officer Karin Falk" against "Maja Osterlund".

An office one person holds at a time (a city's mayor, a region's returning officer, a
company's chief executive) is named with "the", a possessive or no article, never with
"a": "a spokesman" is one of several. Two reports of one fact that credit it to two
different people in the same such office name a different holder of it, and one of
them is wrong.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Mapping

from ..model import Claim, Conflict, ConflictKind, Evidence, SourceKind

__all__ = ["role_conflict", "speaker_role"]

_SOLE_HEADS = (
    r"mayor|governor|president|premier|chancellor|coroner|sheriff|ombuds(?:man|woman|person)|"
    r"registrar|superintendent|commissioner|chair(?:man|woman|person)?|ceo|chief|"
    r"(?:returning|chief\s+\w+)\s+officer|chief\s+(?:executive|constable|justice|economist)|"
    r"prime\s+minister"
)
"""Offices one person holds at a time. "minister" and "secretary" are one only with a
portfolio before them ("the finance minister"), and "officer" only as the returning
officer or a chief officer: "police officer Ana Lind" is one of many."""
_PORTFOLIO_HEADS = r"minister|secretary|director"
"""Offices that are one person's only with a word naming what they hold before them."""

_NOT_NARROWING = r"a|an|one|another|some|any|the|former|ex|deputy|assistant|vice|associate"
_MODIFIER = rf"(?:(?!(?:{_NOT_NARROWING})\b)[a-z-]+\s+)"
"""A word that narrows an office; never an article, nor a word of a post held by several
("a deputy mayor", "former mayor") or by another than its holder now."""
_OPENING = r"(?:^|[,;:(]\s*|\b(?:said|says|told|according\s+to)\s+)"
_HOLDER = r"(?:the\s+|(?:the\s+)?[A-Za-z-]+['’]s\s+|its\s+|their\s+)?"
_OFFICE = (
    rf"(?P<office>{_MODIFIER}{{0,2}}(?:{_SOLE_HEADS})|{_MODIFIER}{{1,2}}(?:{_PORTFOLIO_HEADS}))"
)
#: An office right before a name: "returning officer Karin Falk", "the city's mayor X".
_OFFICE_BEFORE = re.compile(rf"{_OPENING}(?P<holder>{_HOLDER}){_OFFICE}\s+$", re.IGNORECASE)
#: An office set off after a name: "Karin Falk, the returning officer, said".
_OFFICE_AFTER = re.compile(rf"^\s*,\s*(?P<holder>{_HOLDER}){_OFFICE}\s*[,.;]", re.IGNORECASE)


def speaker_role(claim: Claim) -> str:
    """The office of the person ``claim`` is credited to, as the claim words it, else "".

    It is read beside the name in the claim's words: "returning officer" in "Turnout
    was 61.4 percent, returning officer Karin Falk said", "the city's mayor" in "the
    city's mayor Ana Lind". Only an office one person holds counts (:data:`_SOLE_HEADS`).
    """
    credit = claim.attribution
    if credit is None or credit.kind is not SourceKind.PERSON or not credit.source:
        return ""
    name = re.search(re.escape(credit.source), claim.text)
    if name is None:
        return ""
    before, after = claim.text[: name.start()], claim.text[name.end() :]
    found = _OFFICE_BEFORE.search(before) or _OFFICE_AFTER.match(after)
    if found is None:
        return ""
    holder = found.group("holder").lower().removeprefix("the ").strip()
    return " ".join(f"{holder} {found.group('office').lower()}".split())


def _one_person(first: str, second: str) -> bool:
    """True when two source keys can name one person ("falk" and "karin falk")."""
    one, other = set(first.split()), set(second.split())
    return one <= other or other <= one


def _named_in(key: str, article_keys: Collection[str]) -> bool:
    """True when an article names the person of source key ``key`` (in full or in part)."""
    return any(_one_person(key, other) for other in article_keys)


def role_conflict(
    a: Claim, b: Claim, article_keys: Mapping[str, Collection[str]]
) -> Conflict | None:
    """Return an ``entity`` conflict when the claims credit one office to two people.

    "returning officer Karin Falk said" against "returning officer Maja Osterlund said"
    names two holders of the one office (:func:`speaker_role`); a shorter name of the
    same person ("Falk") is no rival. Neither article may name the other's person
    (``article_keys``: each article's entity keys): a story that names both is of two
    offices of one title (two presidents at a summit, the chief executives of two
    merging companies), not of a holder named wrongly.
    """
    role = speaker_role(a)
    if not role or role != speaker_role(b):
        return None
    assert a.attribution is not None and b.attribution is not None
    first, second = a.attribution, b.attribution
    if _one_person(first.source_key, second.source_key):
        return None
    if _named_in(first.source_key, article_keys.get(b.article_id, ())) or _named_in(
        second.source_key, article_keys.get(a.article_id, ())
    ):
        return None
    return Conflict(
        ConflictKind.ENTITY,
        f"{role} named as {first.source} vs {second.source}",
        (Evidence(a.article_id, a.span, a.text), Evidence(b.article_id, b.span, b.text)),
    )
