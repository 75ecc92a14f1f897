"""What a role told an outlet is the role's word; initials and a name in full are one source.

"Lind's rep told Us" credits the magazine it was told to, but the words are the rep's:
beside "her rep Jon Vell told Pulse" they are one origin, not the magazine's second.
"THR is saying" and "The Hollywood Reporter says" credit one outlet, though the
recognizer reads one name as a body's and the other as an outlet's.
"""

from __future__ import annotations

from pathlib import Path

from corrobora.model import SourceKind
from corrobora.reconcile.origins import fuller_keys

from .stories import credit, fact_with, write_article

_CHECKED_IN = '"Tessa Marl has checked herself into the Alder Clinic," '


def test_a_rep_who_told_a_magazine_is_the_rep_the_story_names(tmp_path: Path) -> None:
    write_article(
        tmp_path,
        "a.txt",
        "Daily Alpha",
        "2024-05-02T09:00:00",
        "Pop singer Tessa Marl entered the Alder Clinic in Orvale this week.\n"
        + _CHECKED_IN
        + "Marl's rep told Us.",
    )
    write_article(
        tmp_path,
        "b.txt",
        "Beta News",
        "2024-05-02T11:00:00",
        "Singer Tessa Marl has entered the Alder Clinic in Orvale, her label said.\n"
        + _CHECKED_IN
        + "her rep Jon Vell told Pulse.",
    )
    fact = fact_with(tmp_path, "told Us")
    assert fact.origins == ("jon vell",)
    assert fact.independent_support == 1


def test_her_rep_who_told_an_outlet_is_her_rep_who_said_so(tmp_path: Path) -> None:
    write_article(
        tmp_path,
        "a.txt",
        "Daily Alpha",
        "2024-05-02T09:00:00",
        _CHECKED_IN + "her rep told PulseMagazine.com.\nThe singer toured all year.",
    )
    write_article(
        tmp_path,
        "b.txt",
        "Gamma Daily",
        "2024-05-02T11:00:00",
        "Singer Tessa Marl entered a clinic this week.\n"
        + _CHECKED_IN.replace('"', "'")
        + "her rep says in a statement.",
    )
    fact = fact_with(tmp_path, "told PulseMagazine.com")
    assert fact.origins == ("her rep",)
    assert fact.independent_support == 1


def test_officials_no_one_names_stay_the_scoop_of_the_outlet_told(tmp_path: Path) -> None:
    write_article(
        tmp_path,
        "a.txt",
        "Daily Alpha",
        "2024-05-02T09:00:00",
        "The Velm smelter will close in June, officials told Pulse.\nIt employs 900.",
    )
    write_article(
        tmp_path,
        "b.txt",
        "Beta News",
        "2024-05-02T11:00:00",
        "The Velm smelter will close in June, the Velm Metals Company said.\nIt opened in 1950.",
    )
    fact = fact_with(tmp_path, "officials told Pulse")
    assert fact.independent_support == 2
    assert "officials" not in fact.origins


def test_initials_of_an_outlet_credited_as_a_body_are_the_outlet(tmp_path: Path) -> None:
    write_article(
        tmp_path,
        "a.txt",
        "Reel Report",
        "2024-05-02T09:00:00",
        "Corbett's future with the franchise is uncertain.\n"
        "The Hollywood Reporter says Dane Corbett is in talks with Halcyon Films to direct "
        "the Ember Road sequel.",
    )
    write_article(
        tmp_path,
        "b.txt",
        "Film Ledger",
        "2024-05-02T11:00:00",
        "The first film was a hit.\n"
        "THR is saying that director Dane Corbett is in talks with Halcyon Films to direct "
        "the Ember Road sequel.",
    )
    fact = fact_with(tmp_path, "THR is saying")
    assert fact.origins == ("hollywood reporter",)
    assert fact.independent_support == 1


def test_initials_join_an_outlet_and_a_body_only_when_one_source_spells_them() -> None:
    credits = [
        credit("thr", SourceKind.ORGANIZATION),
        credit("hollywood reporter", SourceKind.OUTLET),
    ]
    assert fuller_keys(credits) == {"thr": "hollywood reporter"}
    two = [*credits, credit("tessmoor heritage registry", SourceKind.ORGANIZATION)]
    assert "thr" not in fuller_keys(two)


def test_initials_never_name_a_person_or_a_body_they_do_not_spell() -> None:
    person = [credit("nrc", SourceKind.ORGANIZATION), credit("nina rae cole", SourceKind.PERSON)]
    assert "nrc" not in fuller_keys(person)
    other = [credit("nrc", SourceKind.ORGANIZATION), credit("national press", SourceKind.OUTLET)]
    assert "nrc" not in fuller_keys(other)
