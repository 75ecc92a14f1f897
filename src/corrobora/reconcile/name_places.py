"""Where a text names one person of a story: the places of the surnames that are theirs.

A person's key is their name as the story knows it ("tom harlow"); a text may name
them in full or by surname alone. Two people of one surname ("Tom Harlow", "Lucy
Harlow") are told apart by given name, and a surname alone is the person of the
nearest full name of that surname before it.
"""

from __future__ import annotations

import re
from functools import lru_cache

__all__ = ["name_places"]


def name_places(text: str, key: str, people: frozenset[str]) -> list[int]:
    """Where ``text`` names the person of ``key``: the place of each surname that is theirs.

    A surname after the person's given name is theirs; after another person's given
    name it is not ("Tom Harlow" and "Lucy Harlow"). A surname alone is theirs when the
    story names no other person of that surname, else when the nearest full name of that
    surname before it is theirs: two people of one surname are told apart by given name.
    """
    names = key.split()
    surname = names[-1] if names else ""
    if len(surname) < 2:
        return []
    kin = _people_of_surname(people).get(surname, frozenset())
    pattern = re.compile(rf"\b{re.escape(surname)}\b", re.IGNORECASE)
    places: list[int] = []
    last_full: str | None = None  # the person of the latest full name of this surname
    for found in pattern.finditer(text):
        named = _given_name_before(text[: found.start()], kin)
        if named is not None:
            last_full = named
        if _surname_of(key, named, kin, last_full):
            places.append(found.start())
    return places


def _surname_of(key: str, named: str | None, kin: frozenset[str], last_full: str | None) -> bool:
    """True when a surname after the given name of ``named`` (alone: None) is of ``key``.

    ``kin`` are the story's people of two words or more of that surname; ``last_full``
    the person of the nearest full name of it before, which a surname alone stands for
    when the surname is two people's.
    """
    if named is not None:
        return named == key
    if len(kin) <= 1:
        return True
    return last_full == key  # a surname key ("harlow") of two people is neither's


def _given_name_before(before: str, kin: frozenset[str]) -> str | None:
    """The person of ``kin`` whose given name (first or last before the surname) ends ``before``."""
    word = re.search(r"([\w'’-]+)\s+$", before)
    if word is None:
        return None
    given = word.group(1).casefold()
    for person in sorted(kin):
        names = person.split()
        if given in (names[0], names[-2]):
            return person
    return None


@lru_cache(maxsize=64)
def _people_of_surname(people: frozenset[str]) -> dict[str, frozenset[str]]:
    """The story's people of two words or more, by surname; read once per story's people."""
    by_surname: dict[str, set[str]] = {}
    for person in people:
        names = person.split()
        if len(names) > 1:
            by_surname.setdefault(names[-1], set()).add(person)
    return {surname: frozenset(keys) for surname, keys in by_surname.items()}
