"""Two people of one surname are told apart by given name when ages are weighed.

"Edda Brannock, 31, ... her brother Piet Brannock, 27" names a sister and brother: the
surname after "Piet" is his, never hers, so his age is no rival reading of hers. A
surname alone stands for the one person of the story of that surname, or, when two
share it, for the nearest full name before it.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from corrobora.model import AGE_UNIT, ConflictKind, Quantity, Span
from corrobora.reconcile.ages import person_ages

from .reconcile.conftest import make_claim
from .stories import story_facts, write_article

_SIBLINGS = frozenset({"edda brannock", "piet brannock", "olav rusk"})


def _aged(text: str, entities: tuple[str, ...], *ages: str) -> dict[str, float]:
    """The ages :func:`person_ages` reads in ``text``, each written age an age quantity."""
    claim = make_claim("a", text, 0, entities=entities)
    quantities = []
    for age in ages:
        start = text.index(age)
        quantities.append(Quantity(Span(start, start + len(age)), age, float(age), AGE_UNIT))
    return person_ages(replace(claim, quantities=tuple(quantities)), _SIBLINGS)


def test_a_surname_after_another_given_name_is_not_the_first_persons() -> None:
    text = "Edda Brannock is due in court over the deaths of Olav Rusk, 58, and Piet Brannock, 27."
    ages = _aged(text, ("edda brannock", "olav rusk", "piet brannock"), "58", "27")
    assert ages == {"olav rusk": 58.0, "piet brannock": 27.0}


def test_a_surname_alone_of_two_people_is_the_nearest_full_name_before_it() -> None:
    text = "Piet Brannock was found by his sister Edda Brannock, and Brannock, 31, called police."
    ages = _aged(text, ("piet brannock", "edda brannock"), "31")
    assert ages == {"edda brannock": 31.0}


def test_a_surname_alone_of_one_person_is_still_theirs() -> None:
    text = "Olav Rusk ran the mill for years, and Rusk, 58, was well known."
    assert _aged(text, ("olav rusk",), "58") == {"olav rusk": 58.0}


def test_a_brother_and_sister_of_one_surname_get_no_age_conflict(tmp_path: Path) -> None:
    write_article(
        tmp_path,
        "a.txt",
        "Fenland Courier",
        "2026-04-02T09:00:00",
        "Piet Brannock, 29, has been charged with the murders of his mother Ada Voss, 58, "
        "and his sister Edda Brannock, 27.\nThe bodies were found at a farm in Heron Lane.",
    )
    write_article(
        tmp_path,
        "b.txt",
        "Marsh Herald",
        "2026-04-02T11:00:00",
        "Piet Brannock is due in court over the murders of Ada Voss, 58, and Edda Brannock, "
        "27.\nThe bodies were found at a farm in Heron Lane.",
    )
    details = [
        c.detail
        for f in story_facts(tmp_path)
        for c in f.conflicts
        if c.kind is ConflictKind.NUMBER
    ]
    assert not any("years old" in d for d in details)
