"""One person's age as two outlets give it: one fact, whose ages are then weighed.

"Sixty-year-old Mara Quillet is accused of ..." and "police arrested Mara Quillet, age
61" tell of one woman in sentences that share few words besides her name, so their
pair score leaves them two facts and the ages 60 and 61 are never set side by side.
Two claims of different articles that give an age for one named person, a year or
two apart, are taken as one fact, where the rival ages are a number conflict. An age
belongs to the person whose name stands nearest to it in the sentence ("Ana Ruiz,
44, and Tom Lee, 39": Ruiz is 44). Two people of one surname are told apart by given name
("Tom Harlow, 23" and "Lucy Harlow, 20"). Equal ages join nothing here: claims that give one
person's one age but tell two acts ("Quillet, 60, was arrested", "Quillet, 60, ran the
shop") are two facts. Ages far apart are no misreport of one age but two people who
share a name (a father and son). Ages a claim dates in two years ("in 2005, at the age
of 91", "92, told ... in 2006") are of two times: as far apart as the years, they agree.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence, Set

from ..model import AGE_UNIT, Claim, Conflict, Quantity
from .fact_pairs import conflicts_across_facts
from .group_ages import group_age_conflicts
from .name_places import name_places
from .parents import parent_count_conflicts

__all__ = [
    "age_conflicts_between",
    "age_holder",
    "age_year",
    "ages_of_their_years",
    "name_places",
    "one_person_aged_apart",
    "person_ages",
]

#: How far (in characters) a name may stand from the age it gives: "A 60-year-old
#: woman, Mara Quillet" and "Mara Quillet, age 61" are within it.
_REACH = 40
#: The widest gap between two ages of one person that is still a misreport of one age.
_MISREPORT = 3


#: An age written as the modifier of a noun, and the words after it: "the 36-year-old
#: champion Klitschko", "a 40-year-old American southpaw never".
_AGE_MODIFIER = re.compile(r"[ -]years?[ -]old(?P<words>(?:[ \t]+[\w'’-]+){1,4})", re.IGNORECASE)
#: A name right before an age set off after it: "Klitschko, 36", "Tova Lindqvist, age
#: 61", "Mara Quillet (60)".
_NAME_THEN_AGE = re.compile(
    r"\b(?P<name>[A-Z][\w'’-]+)\s*[,(]\s*(?:(?:aged?|at\s+the\s+age\s+of)\s+)?$"
)
#: Words that end the noun an age describes: function words and verbs of its clause.
_NOUN_END = re.compile(
    r"(?:a|an|the|and|or|but|who|which|that|is|was|are|were|has|had|have|will|would|"
    r"never|not|also|still|then|from|of|in|on|at|to|for|with|by|as|said|says|"
    r"[a-z]+ed|[a-z]+ing)",
)


#: The subject of an age given after a verb of being, with a hedge or a reflexive,
#: past a place it is of: "the chapel building itself is about 2 years old"
#: ("building"), "the hall in Marlow was 30 years old" ("hall").
_SUBJECT_IS = re.compile(
    r"\b(?P<noun>[A-Za-z][\w'’-]*)"
    r"(?:\s+(?:in|of|at|on|near|from)\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)?"
    r"(?:\s+(?:itself|himself|herself|themselves))?\s+"
    r"(?:is|was|are|were|turned|turns|has\s+been|had\s+been|will\s+be)\s+"
    r"(?:(?:about|around|nearly|almost|roughly|approximately|just|only|some|over|under|"
    r"more\s+than|less\s+than)\s+)?$",
)
#: Subjects that name no holder: pronouns, relative words, and words of a clause.
_NO_HOLDER = frozenset(
    {"he", "she", "it", "they", "we", "i", "you", "who", "which", "that", "this", "these",
     "those", "there", "what", "and", "or", "but", "now", "then", "still", "also"}
)  # fmt: skip


def age_holder(claim: Claim, quantity: Quantity) -> str:
    """Who or what an age is of, as one lower-cased word, else "".

    An age written as a modifier describes the noun after it, whose last word is the
    holder: a name ("the 36-year-old champion Klitschko": "klitschko") or a noun ("the
    40-year-old American southpaw": "southpaw"). An age set off after a name ("Ana
    Ruiz, 44", "Tova Lindqvist, age 61") is that name's. Ages of two holders are the
    ages of two people, never rival readings of one. An age told after a verb of
    being is its subject's ("the chapel building itself is about 2 years old":
    "building"), so the building's age is not weighed against the congregation's.
    """
    if quantity.unit != AGE_UNIT:
        return ""
    start = quantity.span.start - claim.span.start
    end = quantity.span.end - claim.span.start
    modifier = _AGE_MODIFIER.match(claim.text, max(0, end))
    if modifier is not None:
        words: list[str] = []
        for word in modifier.group("words").split():
            bare = re.sub(r"['’]s?$", "", word.strip("-"))
            if _NOUN_END.fullmatch(bare.casefold()) and not bare[:1].isupper():
                break
            words.append(bare)
        return words[-1].casefold() if words else ""
    text_before = claim.text[max(0, start - _REACH) : max(0, start)]
    before = _NAME_THEN_AGE.search(text_before)
    if before is not None:
        return before.group("name").casefold()
    subject = _SUBJECT_IS.search(text_before)
    if subject is None or subject.group("noun").casefold() in _NO_HOLDER:
        return ""
    return subject.group("noun").casefold()


def person_ages(claim: Claim, people: Set[str]) -> dict[str, float]:
    """The ages a claim gives, by the key of the named person each belongs to.

    Each age goes to the person among the claim's ``people`` keys whose name stands
    nearest to it, within :data:`_REACH` characters; an age with no name near is
    nobody's ("a 60-year-old woman was charged"). A surname is a person's as
    :func:`~corrobora.reconcile.name_places.name_places` tells.
    """
    story = frozenset(people)  # the same object when already frozen
    keys = [key for key in claim.entity_keys if key in story]
    places = {key: name_places(claim.text, key, story) for key in keys}
    ages: dict[str, float] = {}
    for quantity in claim.quantities:
        if quantity.unit != AGE_UNIT:
            continue
        start = quantity.span.start - claim.span.start
        end = quantity.span.end - claim.span.start
        nearest: tuple[int, str] | None = None
        for key in keys:
            for place in places[key]:
                gap = start - place if place < start else place - end
                if 0 <= gap <= _REACH and (nearest is None or gap < nearest[0]):
                    nearest = (gap, key)
        if nearest is not None:
            ages.setdefault(nearest[1], quantity.value)
    return ages


#: A year a claim tells its act in: "In 2005, at the age of 91, ...", "told ... in 2006".
_IN_YEAR = re.compile(r"\b(?:in|during)\s+(?P<year>(?:19|20)\d\d)\b(?!\s*[-–/]\d)", re.IGNORECASE)
#: A relative clause, whose year dates another act than the claim's: "who revealed it in 2005".
_RELATIVE = re.compile(r"\b(?:who|whom|whose|which|that|when)\b", re.IGNORECASE)
#: How far apart two ages of one person may be, in years, beyond the years between the
#: dates they are of: a birthday may fall in either year.
_BIRTHDAY = 1


def age_year(claim: Claim) -> int | None:
    """The one year a claim dates its act in ("In 2005, at the age of 91"), else None.

    A year in a relative clause dates another act ("who revealed his role in 2005, has
    died at 95"); a claim of two years dates none.
    """
    years = set()
    for found in _IN_YEAR.finditer(claim.text):
        clause = re.split(r"[,;:(]", claim.text[: found.start()])[-1]
        if not _RELATIVE.search(clause):
            years.add(int(found.group("year")))
    return years.pop() if len(years) == 1 else None


def ages_of_their_years(first: tuple[Claim, float], second: tuple[Claim, float]) -> bool:
    """True when two ages are of two years that lie about as far apart as the ages.

    "In 2005, at the age of 91" and "Renn, 92, told ... in 2006" give one man's age
    in two years: he was 91 in 2005 and 92 in 2006, no misreport. Ages of one year, or
    of no year told, are weighed as they are.
    """
    (a, age_a), (b, age_b) = first, second
    years = age_year(a), age_year(b)
    if years[0] is None or years[1] is None or years[0] == years[1]:
        return False
    return abs((age_a - age_b) - (years[0] - years[1])) <= _BIRTHDAY


def _ages_apart(a: Claim, b: Claim, people: Set[str]) -> tuple[float, float] | None:
    """The two ages claims of two articles give one named person, when they differ.

    Ages told in two years as far apart as the ages are no difference
    (:func:`ages_of_their_years`).
    """
    if a.article_id == b.article_id:
        return None
    left, right = person_ages(a, people), person_ages(b, people)
    for key in sorted(left.keys() & right.keys()):
        if ages_of_their_years((a, left[key]), (b, right[key])):
            continue
        if 0 < abs(left[key] - right[key]) <= _MISREPORT:
            return left[key], right[key]
    return None


def one_person_aged_apart(a: Claim, b: Claim, people: Set[str]) -> bool:
    """True when claims of two articles give one named person ages a year or a few apart."""
    return _ages_apart(a, b, people) is not None


def age_conflicts_between(
    groups: Sequence[Sequence[Claim]], people: Set[str], rank: Mapping[str, int]
) -> dict[int, list[Conflict]]:
    """Number conflicts over one person's age between claims of two groups (facts).

    Keyed by the index of each group concerned; one conflict per pair of groups, its
    wordings in publication order (``rank``: article id -> place in that order). The
    ages two facts list of one unnamed group, told apart in one member, are weighed
    too (:func:`~corrobora.reconcile.group_ages.group_age_conflicts`), and so are the
    counts of children given one named parent, another attribute of the person
    (:func:`~corrobora.reconcile.parents.parent_count_conflicts`).
    """
    people = frozenset(people)  # hashable, so its surnames are read once
    found = _named_age_conflicts(groups, people, rank)
    for more in (group_age_conflicts(groups, rank), parent_count_conflicts(groups, people, rank)):
        for number, conflicts in more.items():
            found.setdefault(number, []).extend(conflicts)
    return found


def _named_age_conflicts(
    groups: Sequence[Sequence[Claim]], people: frozenset[str], rank: Mapping[str, int]
) -> dict[int, list[Conflict]]:
    """Number conflicts over one named person's age between claims of two groups."""
    aged = [
        (number, claim)
        for number, group in enumerate(groups)
        for claim in group
        if any(q.unit == AGE_UNIT for q in claim.quantities) and person_ages(claim, people)
    ]

    def wordings(first: Claim, second: Claim) -> tuple[str, str] | None:
        ages = _ages_apart(first, second, people)
        if ages is None:
            return None
        return f"{_years(ages[0])} years old", f"{_years(ages[1])} years old"

    return conflicts_across_facts(aged, wordings, rank)


def _years(age: float) -> str:
    """An age as written: "61", "1.5"."""
    return f"{age:g}"
