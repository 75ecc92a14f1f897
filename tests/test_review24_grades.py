"""Grades, forecasts, end-of-day counts and correction details (review 24).

A magnitude names the thing it grades; a level a modal verb gives as possible is no
count; "by the end of the day" times a count within its report's day; a correction's
detail names the withdrawn figure and the one of its unit that replaces it.
"""

from __future__ import annotations

from pathlib import Path

from corrobora.model import ConflictKind, ConflictNature, Fact
from corrobora.reconcile.figures import FORECAST, claim_figures, figures_agree, forecast_role

from .reconcile.conftest import counted
from .stories import story_facts, write_article


def _fact_of(facts: tuple[Fact, ...], words: str) -> Fact:
    (fact,) = [f for f in facts if any(words in s.text for s in f.support)]
    return fact


# --- a grade names the thing it grades ----------------------------------------------


def test_an_aftershocks_magnitude_is_not_the_quakes() -> None:
    aftershock = counted(
        "a", "A magnitude 5.4 aftershock shook the region.", ("5.4", 5.4, "magnitude")
    )
    quake = counted("b", "A magnitude 6.8 quake struck the region.", ("6.8", 6.8, "magnitude"))
    (first,), (second,) = claim_figures(aftershock), claim_figures(quake)
    assert first.role != second.role


def test_a_quake_and_an_earthquake_are_graded_alike() -> None:
    quake = counted("a", "A 6.8-magnitude quake struck the region.", ("6.8", 6.8, "magnitude"))
    other = counted("b", "A magnitude 7.1 earthquake struck.", ("7.1", 7.1, "magnitude"))
    (first,), (second,) = claim_figures(quake), claim_figures(other)
    assert first.role == second.role
    assert not figures_agree(first, second)


def test_an_aftershocks_magnitude_raises_no_conflict_with_the_main_quake(tmp_path: Path) -> None:
    title = "Strong earthquake strikes Tessland"
    write_article(
        tmp_path, "a.txt", "Brisk Wire", "2027-05-11T09:00:00+02:00",
        "A strong earthquake struck northern Tessland on Tuesday.\n\n"
        "A magnitude 5.4 aftershock shook the region two hours after the main quake.",
        title=title,
    )  # fmt: skip
    write_article(
        tmp_path, "b.txt", "Harlow Radio", "2027-05-11T12:00:00+02:00",
        "A strong earthquake struck northern Tessland on Tuesday.\n\n"
        "The quake, which the seismic office measured at magnitude 6.8, was followed by more "
        "than 120 aftershocks, the strongest of them of magnitude 5.4.",
        title=title,
    )  # fmt: skip
    for fact in story_facts(tmp_path):
        assert not any(c.kind is ConflictKind.NUMBER for c in fact.conflicts), fact.conflicts


# --- a possible level is a forecast -------------------------------------------------


def test_a_toll_that_could_exceed_a_figure_is_a_forecast() -> None:
    text = "An official said the final toll could exceed 600."
    claim = counted("a", text, ("600", 600.0, "dead"))
    assert forecast_role(claim, claim.quantities[0]) == FORECAST


def test_a_toll_that_may_rise_to_a_figure_is_a_forecast() -> None:
    text = "The toll may rise to more than 700, aid workers warned."
    claim = counted("a", text, ("700", 700.0, "dead"))
    assert forecast_role(claim, claim.quantities[0]) == FORECAST


def test_a_toll_that_rose_is_no_forecast() -> None:
    text = "The toll rose to 600 on Wednesday."
    claim = counted("a", text, ("600", 600.0, "dead"))
    assert forecast_role(claim, claim.quantities[0]) == ""


# --- "by the end of the day" is a time of the report's day --------------------------


def test_an_end_of_day_count_updates_the_mornings(tmp_path: Path) -> None:
    title = "Rail strike halts trains"
    write_article(
        tmp_path, "a.txt", "Brisk Wire", "2027-03-10T07:30:00+01:00",
        "A strike by train drivers halted most trains across Ostmark on Tuesday. By 7 a.m., "
        "1,850 trains had been cancelled, Ostmark Railways said.", title=title,
    )  # fmt: skip
    write_article(
        tmp_path, "b.txt", "Harlow Courier", "2027-03-10T19:00:00+01:00",
        "Ostmark Railways said on Tuesday evening that it would ask a court to stop the next "
        "strike.\n\nBy the end of the day, 2,900 trains had been cancelled, Ostmark Railways "
        "said.", title=title,
    )  # fmt: skip
    fact = _fact_of(story_facts(tmp_path), "1,850 trains")
    (conflict,) = [c for c in fact.conflicts if c.kind is ConflictKind.NUMBER]
    assert conflict.nature is ConflictNature.UPDATE


# --- a correction names its figure and the one that replaces it ---------------------


def test_a_corrections_detail_leaves_out_a_term_of_another_unit(tmp_path: Path) -> None:
    title = "Rail operator raises pay offer"
    write_article(
        tmp_path, "a.txt", "Harlow Herald", "2027-03-10T13:00:00+01:00",
        "Ostmark Railways has offered train drivers a pay rise of 5.4 percent over two years.",
        title=title,
    )  # fmt: skip
    write_article(
        tmp_path, "b.txt", "Harlow Herald", "2027-03-10T17:30:00+01:00",
        "Ostmark Railways has offered train drivers a pay rise of 4.5 percent over two years.\n\n"
        "Correction: An earlier version of this article misstated the operator's pay offer as "
        "5.4 percent over two years. The offer is 4.5 percent over two years.", title=title,
    )  # fmt: skip
    details = [
        c.detail
        for f in story_facts(tmp_path)
        for c in f.conflicts
        if c.nature is ConflictNature.CORRECTION
    ]
    assert details
    assert all(d == "5.4 %, corrected to 4.5 %" for d in details), details
