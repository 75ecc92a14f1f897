"""The ages of one unnamed group as two outlets list them: one member told apart.

"Police found the bodies of two women -- 68 and 48-years-old" and "the women killed,
who were 61 and 48 years old" list the ages of one group; no name ties either age to a
person, yet the lists share one age and differ in the other, so one of the two women
is given two ages. Two claims of different articles that list as many ages of one
group noun, and agree in all but one, are a number conflict over that member's age.

Only ages a list states as ages are read: before "years old" ("61 and 48 years old",
"the 61- and 48-year-old women"), after "aged" or "ages" ("aged 61 and 48"), or set
off after the group noun ("two brothers, 12 and 9, drowned"). A range ("between 18
and 25 years old") is no list of members. Lists of two nouns ("women", "victims") may
be of two groups, lists of unequal length count two groups, and equal lists agree:
none of them is a conflict.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping, Sequence
from functools import lru_cache

from spacy.lang.en.stop_words import STOP_WORDS

from ..extract.quantities import singular
from ..model import Claim, Conflict
from .fact_pairs import conflicts_across_facts

__all__ = ["group_age_conflicts", "group_ages"]

#: One age: a whole number of one to three digits, never a decade ("20s") or a year.
_AGE = r"\d{1,3}(?![\d.,]\d|s\b|%)"
#: Two ages or more, joined by commas and "and": "68 and 48", "4, 6 and 9", "61- and 48".
_LIST = rf"(?P<list>{_AGE}(?:-?(?:\s*,\s*(?:and\s+)?|\s+and\s+){_AGE})+)"
#: A list stated as ages by "years old" after it, and the words after that.
_BEFORE_OLD = re.compile(
    rf"(?<![\w$£€.,-]){_LIST}[ -]years?[ -]olds?\b(?P<after>(?:[ \t]+[A-Za-z][\w'’-]*){{0,4}})",
    re.IGNORECASE,
)
#: A list stated as ages by "aged" or "ages" before it: "aged 61 and 48", "ages of 4 and 6".
_AFTER_AGED = re.compile(
    rf"\b(?P<marker>aged|ages)\s+(?:of\s+)?{_LIST}(?![\w-]|[ \t]+(?:to|through)\b)",
    re.IGNORECASE,
)
#: A list set off right after a plural noun: "two brothers, 12 and 9, drowned".
_APPOSED = re.compile(
    rf"(?P<noun>[A-Za-z]+)\s*(?:,|\(|--|–|—)\s*{_LIST}\s*(?:,|\)|--|–|—)",
)
#: Words that make two numbers a range, not a list: "between 18 and 25 years old".
_RANGE = re.compile(r"\b(?:between|from|about|around|roughly|approximately)\s*$", re.IGNORECASE)
#: Words that count a group rather than name it: "two women", "both victims".
_COUNT_WORDS = frozenset(
    {"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "both", "all"}
    | {"several", "aged", "ages", "age"}
)
#: Plural nouns of no ending in "s" that name a group of people.
_PLURALS = frozenset({"men", "women", "children", "people"})
#: How many words before a list its group noun may stand: "the women killed, who were".
_NOUN_REACH = 6
#: Ages no person has: a list with one beyond it is of something else.
_OLDEST = 120


def _plural_noun(word: str) -> str:
    """The singular of a plural noun ("women" -> "woman"), else ""."""
    word = word.casefold()
    if word in STOP_WORDS or not word.isalpha():
        return ""
    if word in _PLURALS:
        return singular(word)
    one = singular(word)
    return one if one != word and len(one) > 2 else ""


def _noun_before(text: str) -> str:
    """The group noun a list right after ``text`` gives ages of, else "".

    Walking back over function words, counts and verb forms ("the women killed, who
    were"), the first other word names the group when it is a plural noun.
    """
    words = re.findall(r"\w[\w'’-]*", text)[-_NOUN_REACH:]
    for word in reversed(words):
        bare = word.casefold()
        if (
            bare in STOP_WORDS
            or bare in _COUNT_WORDS
            or bare.isdigit()
            or (bare.endswith(("ed", "ing")) and bare not in _PLURALS)
        ):
            continue
        return _plural_noun(bare)
    return ""


def _noun_after(words: str) -> str:
    """The group noun of "61- and 48-year-old women": the last word before the clause goes on."""
    noun = ""
    for word in words.split():
        bare = word.strip("'’-").casefold()
        if bare in STOP_WORDS or bare.endswith(("ed", "ing")):
            break
        noun = bare
    return _plural_noun(noun) if noun else ""


def _ages(listed: str) -> tuple[int, ...]:
    """The ages of a list, when each is an age a person may have."""
    ages = tuple(int(number) for number in re.findall(r"\d+", listed))
    return ages if all(0 < age <= _OLDEST for age in ages) else ()


@lru_cache(maxsize=4096)
def group_ages(text: str) -> tuple[tuple[str, tuple[int, ...]], ...]:
    """The lists of ages a text gives of unnamed groups, as (singular noun, ages) pairs.

    Read once per text: a claim is weighed against many others.
    """
    found: dict[int, tuple[str, tuple[int, ...]]] = {}
    for match in _BEFORE_OLD.finditer(text):
        if _RANGE.search(text[: match.start()]):
            continue
        noun = _noun_after(match.group("after")) or _noun_before(text[: match.start()])
        found[match.start("list")] = (noun, _ages(match.group("list")))
    for match in _AFTER_AGED.finditer(text):
        noun = _noun_before(text[: match.start()])
        found.setdefault(match.start("list"), (noun, _ages(match.group("list"))))
    for match in _APPOSED.finditer(text):
        noun = _plural_noun(match.group("noun"))
        found.setdefault(match.start("list"), (noun, _ages(match.group("list"))))
    return tuple(
        (noun, ages) for _, (noun, ages) in sorted(found.items()) if noun and len(ages) > 1
    )


def _one_member_apart(first: tuple[int, ...], second: tuple[int, ...]) -> tuple[int, int] | None:
    """The one age two equal-length lists differ in, each side's, when all others agree."""
    if len(first) != len(second):
        return None
    left, right = Counter(first) - Counter(second), Counter(second) - Counter(first)
    if sum(left.values()) != 1 or sum(right.values()) != 1:
        return None
    return next(iter(left)), next(iter(right))


def _group_aged_apart(a: Claim, b: Claim) -> tuple[int, int] | None:
    """The rival ages claims of two articles give one member of one group, else None."""
    if a.article_id == b.article_id:
        return None
    for noun, ages in group_ages(a.text):
        for other_noun, other_ages in group_ages(b.text):
            if noun != other_noun:
                continue
            apart = _one_member_apart(ages, other_ages)
            if apart is not None:
                return apart
    return None


def group_age_conflicts(
    groups: Sequence[Sequence[Claim]], rank: Mapping[str, int]
) -> dict[int, list[Conflict]]:
    """Number conflicts over one group member's age between claims of two groups (facts).

    Keyed by the index of each group concerned; one conflict per pair of groups, its
    wordings in publication order (``rank``: article id -> place in that order).
    """
    listed = [
        (number, claim)
        for number, group in enumerate(groups)
        for claim in group
        if group_ages(claim.text)
    ]

    def wordings(first: Claim, second: Claim) -> tuple[str, str] | None:
        ages = _group_aged_apart(first, second)
        return None if ages is None else (f"{ages[0]} years old", f"{ages[1]} years old")

    return conflicts_across_facts(listed, wordings, rank)
