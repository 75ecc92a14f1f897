"""How many children one named person has, as two outlets give it: a number conflict.

"Zurana Horton, a mother of 12, was shot" and "Video of Zurana Horton, a mother of 13,
was shown" describe one woman in side clauses of sentences about other things, so
their claims never meet and the counts are never set side by side. Like an age, the
number of a parent's children is an attribute of the person: two claims of different
articles that give one named person ("Horton" alone when the story has one person of
that surname, else told apart by given name) two counts of children are a number
conflict between the facts they belong to.

Only a count set off with the name is read: in apposition after it ("Zurana Horton,
34, a mother of 13"), right before it ("mother-of-three Ana Ruiz"), or opening a claim
cut off right after the name ("... hit Zurana Horton, | the mother of 13 who ...").
Counts of one kind are compared: "mother of three sons" and "mother of four" may both
be true, and a grandmother's grandchildren are no count of a mother's children.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from functools import lru_cache

from spacy.lang.en.stop_words import STOP_WORDS

from ..model import Claim, Conflict
from .fact_pairs import conflicts_across_facts
from .name_places import name_places

__all__ = ["parent_count_conflicts", "parent_counts"]

#: A parent's count of children: "mother of 12", "father-of-three", "grandmother of 9
#: grandchildren"; the number is a written quantity of the claim.
_PARENT_OF = re.compile(
    r"(?<![\w-])(?P<role>(?:grand)?(?:mother|father|parent|mom|mum|dad))"
    r"[\s-]+of[\s-]+(?P<count>\w+)",
    re.IGNORECASE,
)
#: The units of a count of children that count all of them.
_ALL_CHILDREN = frozenset({"", "child", "kid", "grandchild"})
#: The units of a count of children of one sex, which need not be all of them.
_OF_ONE_SEX = frozenset({"son", "daughter", "boy", "girl"})
#: Counts a compound writes in words the figures of a claim may leave unread
#: ("mother-of-three").
_NUMBER_WORDS = {
    word: number
    for number, word in enumerate(
        ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"), start=1
    )
}
#: What may stand between a name and the count set off after it: ", 34, a Brooklyn".
_SET_OFF_AFTER_NAME = re.compile(
    r"[A-Za-z'’.-]*\s*(?:,|\(|--|–|—)\s*(?:(?:aged?\s+)?\d{1,3}\s*[,)]\s*)?"
    r"(?:(?:a|an|the)\s+)?(?P<words>(?:[\w'’-]+\s+){0,3})",
    re.IGNORECASE,
)
#: What may open a claim before a count of a name in the claim before: "the Brooklyn".
_OPENING = re.compile(r"\s*(?:(?:a|an|the)\s+)?(?P<words>(?:[\w'’-]+\s+){0,3})", re.IGNORECASE)
#: What may stand between a count and the name after it: its given name ("Ana Ruiz").
_BEFORE_NAME = re.compile(r"[ \t]+(?:[A-Z][\w'’.-]*[ \t]+)?")
#: How far (in characters) a claim cut off after a name may end before the next begins.
_CUT = 3
#: The most children a count of a person may tell; beyond it the number is of something else.
_MOST = 30


def _kind(role: str, unit: str) -> tuple[str, str] | None:
    """The relation a count tells, as (parent or grandparent, children or one sex), else None.

    A count of other things than children ("mother of 3 dogs") tells none.
    """
    relation = "grandparent" if role.casefold().startswith("grand") else "parent"
    if unit in _ALL_CHILDREN:
        return relation, "children"
    return (relation, f"{unit}s") if unit in _OF_ONE_SEX else None


def _counts(claim: Claim) -> list[tuple[re.Match[str], tuple[str, str], float]]:
    """The parent's counts a claim writes, each with its relation and value."""
    figures = {q.span.start - claim.span.start: q for q in claim.quantities}
    found = []
    for match in _PARENT_OF.finditer(claim.text):
        figure = figures.get(match.start("count"))
        value = figure.value if figure else _NUMBER_WORDS.get(match.group("count").casefold())
        kind = _kind(match.group("role"), figure.unit if figure else "")
        if kind and value is not None and value == int(value) and 0 < value <= _MOST:
            found.append((match, kind, value))
    return found


def _describes(pattern: re.Pattern[str], text: str, start: int, end: int) -> bool:
    """True when ``text[start:end]`` is all ``pattern``, its words no function words.

    The words before a count set off with a name describe the person ("a Brooklyn
    mother of 12"); a function word starts a clause of its own ("who shot the mother
    of 12"), whose count is of someone else.
    """
    match = pattern.fullmatch(text, start, end)
    return match is not None and not any(
        word.casefold() in STOP_WORDS for word in match.group("words").split()
    )


def _named_at(text: str, start: int, end: int, key: str, people: frozenset[str]) -> bool:
    """True when ``text`` names ``key`` set off right before ``start`` or right after ``end``."""
    for place in name_places(text, key, people):
        if place < start and _describes(_SET_OFF_AFTER_NAME, text, place, start):
            return True
        if place >= end and _BEFORE_NAME.fullmatch(text, end, place):
            return True
    return False


def _ends_with_name(claim: Claim, key: str, people: frozenset[str]) -> bool:
    """True when a claim ends on the name of ``key`` ("... hit Zurana Horton,")."""
    text = claim.text.rstrip(" ,;:(–—-")
    return any(
        re.fullmatch(r"[A-Za-z'’-]*", text[place:]) for place in name_places(text, key, people)
    )


def parent_counts(
    claim: Claim, people: frozenset[str], before: Claim | None = None
) -> dict[tuple[str, str, str], tuple[str, float]]:
    """The counts of children a claim gives named people, by (key, relation, kind).

    Each value is the role as written ("mother") and the count. ``before`` is the claim
    of the same sentence that ends right before this one, whose last name a count
    opening this claim is of.
    """
    counts: dict[tuple[str, str, str], tuple[str, float]] = {}
    keys = [key for key in claim.entity_keys if key in people]
    for match, kind, value in _counts(claim):
        for key in keys:
            opens = (
                before is not None
                and _describes(_OPENING, claim.text, 0, match.start())
                and _ends_with_name(before, key, people)
            )
            if opens or _named_at(claim.text, match.start(), match.end("count"), key, people):
                role = match.group("role").casefold()
                counts.setdefault((key, *kind), (role, value))
    return counts


def _claim_before(claim: Claim, claims: Sequence[Claim]) -> Claim | None:
    """The claim of the same article and sentence that ends right before ``claim``."""
    for other in claims:
        if (
            other.article_id == claim.article_id
            and other.sentence == claim.sentence
            and 0 <= claim.span.start - other.span.end <= _CUT
        ):
            return other
    return None


@lru_cache(maxsize=1024)
def _cached_counts(
    claim: Claim, people: frozenset[str], before: Claim | None
) -> dict[tuple[str, str, str], tuple[str, float]]:
    """:func:`parent_counts`, read once per claim: a claim is weighed against many others."""
    return parent_counts(claim, people, before)


def parent_count_conflicts(
    groups: Sequence[Sequence[Claim]], people: frozenset[str], rank: Mapping[str, int]
) -> dict[int, list[Conflict]]:
    """Number conflicts over one named person's count of children between two groups (facts).

    Keyed by the index of each group concerned; one conflict per pair of groups, its
    wordings in publication order (``rank``: article id -> place in that order).
    """
    claims = [claim for group in groups for claim in group]
    counted = [
        (number, claim, counts)
        for number, group in enumerate(groups)
        for claim in group
        if _PARENT_OF.search(claim.text)
        and (counts := _cached_counts(claim, people, _claim_before(claim, claims)))
    ]
    counts_of = {claim: counts for _, claim, counts in counted}

    def wordings(first: Claim, second: Claim) -> tuple[str, str] | None:
        if first.article_id == second.article_id:
            return None
        return _apart(counts_of[first], counts_of[second])

    return conflicts_across_facts([(number, claim) for number, claim, _ in counted], wordings, rank)


def _apart(
    first: dict[tuple[str, str, str], tuple[str, float]],
    second: dict[tuple[str, str, str], tuple[str, float]],
) -> tuple[str, str] | None:
    """The two wordings of one person's count of one kind, when the counts differ."""
    for key in sorted(first.keys() & second.keys()):
        (role_a, count_a), (role_b, count_b) = first[key], second[key]
        if count_a != count_b:
            kind = "" if key[2] == "children" else f" {key[2]}"
            return f"{role_a} of {count_a:g}{kind}", f"{role_b} of {count_b:g}{kind}"
    return None
