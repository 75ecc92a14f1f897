"""Figures of different things in one game story are never weighed as one amount.

A team's record is no score, a score on the way no final one, a figure written as the
modifier of a noun ("a 41-yard pass") measures that one thing, and a season's total or
one player's figure is no game total of the team. Each is still weighed against its like.
"""

from __future__ import annotations

from corrobora.reconcile.conflicts import number_conflict

from .stories import figured_claim


def _conflict(first: str, second: str) -> str | None:
    found = number_conflict(figured_claim("a", first), figured_claim("b", second))
    return None if found is None else found.detail


def test_a_record_in_brackets_is_no_final_score() -> None:
    assert (
        _conflict(
            "The Harriers (9-3) clinched a place in the semi-finals.",
            "The Harriers clinched a place in the semi-finals with a 27-20 win over the Owls.",
        )
        is None
    )


def test_two_final_scores_still_conflict() -> None:
    assert (
        _conflict(
            "The Harriers clinched a place in the semi-finals with a 27-20 win.",
            "The Harriers clinched a place in the semi-finals with a 27-17 win.",
        )
        == "27-20 vs 27-17"
    )


def test_a_halftime_score_is_no_final_score() -> None:
    assert (
        _conflict(
            "The Harriers beat the Owls 27-20 on Friday night.",
            "The Harriers led the Owls 14-3 at halftime on Friday night.",
        )
        is None
    )


def test_a_figure_that_modifies_a_play_is_no_game_total() -> None:
    assert (
        _conflict(
            "Okafor threw for 288 yards and two touchdowns.",
            "Okafor threw a 37-yard touchdown pass to Lind in the third quarter.",
        )
        is None
    )


def test_two_lengths_of_one_play_still_conflict() -> None:
    detail = _conflict(
        "Lind broke free for a 62-yard run in the third quarter.",
        "Lind scored on a 65-yard run in the third quarter.",
    )
    assert detail is not None and "62" in detail and "65" in detail


def test_a_modifier_still_meets_a_figure_of_the_noun_it_names() -> None:
    detail = _conflict(
        "Varga was given a 10-year prison sentence.",
        "Varga was sentenced to 12 years in prison.",
    )
    assert detail is not None and "10" in detail and "12" in detail


def test_one_players_yards_are_no_teams_total() -> None:
    assert _conflict("Okafor threw for 226 yards.", "The Harriers gained 352 yards.") is None


def test_a_season_total_is_no_game_total() -> None:
    assert (
        _conflict("Okafor has thrown 3,120 yards this season.", "Okafor threw for 288 yards.")
        is None
    )
