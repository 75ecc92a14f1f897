"""Number and name conflicts that compare what the wordings keep apart.

A figure shown in a conflict keeps the way the text wrote it (".357", not "0.36"). A
level dated in a past year is weighed against the figure another wording gives as that
year's earlier one, not against the current one. Counts told in two states ("was
arrested", "were injured") are two measures. Two names of one surname whose given
names may be one person's ("Andy", "Andreas") name one person.
"""

from __future__ import annotations

from pathlib import Path

from corrobora.model import ConflictKind

from .stories import fact_with, write_article


def _two_reports(folder: Path, lead: str, first: str, second: str) -> None:
    write_article(folder, "a.txt", "Harbour Post", "2026-11-05T09:00:00", f"{lead} {first}")
    write_article(folder, "b.txt", "Coastal Times", "2026-11-05T11:00:00", f"{lead} {second}")


def _details(folder: Path, words: str, kind: ConflictKind) -> list[str]:
    return [c.detail for c in fact_with(folder, words).conflicts if c.kind is kind]


_SHOOTING = "Two officers shot a man in Velmora on Saturday night, the police said."


def test_a_figure_written_without_its_leading_zero_is_shown_as_written(tmp_path: Path) -> None:
    _two_reports(
        tmp_path,
        _SHOOTING,
        "A loaded .38-caliber revolver was recovered at the scene.",
        "A loaded .357 caliber revolver was found at the scene, police said.",
    )
    (detail,) = _details(tmp_path, "revolver was recovered", ConflictKind.NUMBER)
    assert ".357" in detail and ".38" in detail
    assert "0.36" not in detail


_RACE = "Challenger Hanna Selmer leads Mayor Oskar Brandvold in the Orlamund mayoral race."


def test_a_past_year_level_is_weighed_against_that_years_earlier_figure(
    tmp_path: Path,
) -> None:
    _two_reports(
        tmp_path,
        _RACE,
        "Turnout in the 2022 mayoral election was 41 percent.",
        "Turnout was 54.3 percent, up from 41.2 percent in the 2022 mayoral election.",
    )
    assert not _details(tmp_path, "Turnout in the 2022", ConflictKind.NUMBER)


def test_a_past_year_level_at_odds_with_that_years_figure_still_conflicts(
    tmp_path: Path,
) -> None:
    _two_reports(
        tmp_path,
        _RACE,
        "Turnout in the 2022 mayoral election was 47 percent.",
        "Turnout was 54.3 percent, up from 41.2 percent in the 2022 mayoral election.",
    )
    (detail,) = _details(tmp_path, "Turnout in the 2022", ConflictKind.NUMBER)
    assert "47" in detail and "41.2" in detail and "54.3" not in detail


_VIGIL = "A vigil in Eastbrook turned into a riot on Monday night, the police said."


def test_counts_told_in_two_states_are_not_weighed(tmp_path: Path) -> None:
    _two_reports(
        tmp_path,
        _VIGIL,
        "The police said one person was arrested for disorderly conduct.",
        "The police said that there was one arrest (the Post says three people were injured).",
    )
    assert not _details(tmp_path, "one person was arrested", ConflictKind.NUMBER)


def test_counts_told_in_one_state_are_still_weighed(tmp_path: Path) -> None:
    _two_reports(
        tmp_path,
        _VIGIL,
        "The police said one person was arrested for disorderly conduct.",
        "The police said three people were arrested for disorderly conduct.",
    )
    (detail,) = _details(tmp_path, "one person was arrested", ConflictKind.NUMBER)
    assert "1" in detail and "3" in detail


def test_a_pet_form_of_a_given_name_names_the_same_person(tmp_path: Path) -> None:
    write_article(
        tmp_path,
        "a.txt",
        "Harbour Post",
        "2026-03-10T09:00:00",
        "A post-mortem on 15-year-old Andreas Marlow, whose killing by police sparked "
        "riots in Velmora, shows he died from a ricochet.\n"
        "Andreas was allegedly among a group of 30 youths that had thrown stones at the "
        "squad car in the Brenna district of Velmora.",
    )
    write_article(
        tmp_path,
        "b.txt",
        "Coastal Times",
        "2026-03-10T11:00:00",
        "A police officer has been charged over the killing of 15-year-old Andy Marlow "
        "that sparked riots in Velmora, a court source said.\n"
        "According to the charge sheet, the officer killed Marlow during a clash with "
        "around 30 youths in the Brenna district of Velmora.",
    )
    fact = fact_with(tmp_path, "thrown stones")
    assert any("killed Marlow" in s.text for s in fact.support)
    assert not [c for c in fact.conflicts if c.kind is ConflictKind.ENTITY]
