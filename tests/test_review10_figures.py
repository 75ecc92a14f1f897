"""Figures a fact-checker reads as one amount, or as two (review 10).

Basis points and spelled-out fractions of a point are rate changes like "0.25
percentage points"; "six years and eight months" is one term; "7-2" is a vote split,
not two counts; "about" is no licence for a 14% gap; and a court named as a venue is
no rival to the firm that names a defendant.
"""

from __future__ import annotations

from corrobora.extract.nlp import parse
from corrobora.extract.quantities import find_quantities
from corrobora.model import Claim
from corrobora.reconcile.conflicts import entity_conflict, entity_role, number_conflict
from corrobora.reconcile.figures import TALLY, claim_figures
from corrobora.settings import DEFAULT_MODEL

from .extract.conftest import build_article
from .reconcile.conftest import counted, make_claim


def _read(text: str) -> list[tuple[str, float, str]]:
    found = find_quantities(parse(text, DEFAULT_MODEL), build_article(text))
    return [(q.text, round(q.value, 6), q.unit) for q in found]


def _claim(article_id: str, text: str) -> Claim:
    """A claim of ``text`` whose quantities are those the analysis finds in it."""
    quantities = find_quantities(parse(text, DEFAULT_MODEL), build_article(text))
    return counted(article_id, text, *((q.text, q.value, q.unit) for q in quantities))


# 1. Basis points


def test_basis_points_are_hundredths_of_a_percentage_point() -> None:
    assert _read("The bank raised its rate by 50 basis points to 4.5%.") == [
        ("50 basis points", 0.5, "percentage point"),
        ("4.5%", 4.5, "%"),
    ]
    assert _read("It cut rates by 25bps.") == [("25bps", 0.25, "percentage point")]
    assert _read("Yields rose 25 bp on Monday.") == [("25 bp", 0.25, "percentage point")]
    assert _read("It was a 25-basis-point cut.") == [("25-basis-point", 0.25, "percentage point")]
    assert _read("BP said 25 BP stations closed.") == [("25", 25.0, "station")]


def test_basis_points_conflict_with_another_change_in_points() -> None:
    quarter = _claim("a", "The bank raised its main interest rate by 0.25 percentage points.")
    fifty = _claim("b", "The bank raised its benchmark interest rate by 50 basis points.")
    twenty_five = _claim("c", "The bank raised its benchmark interest rate by 25 basis points.")
    conflict = number_conflict(quarter, fifty)
    assert conflict is not None
    assert conflict.detail == "0.25 percentage point vs 0.5 percentage point"
    assert number_conflict(quarter, twenty_five) is None


# 2. Fractions of a point


def test_a_fraction_of_a_point_is_a_quantity() -> None:
    assert _read("The bank raised its rate by a quarter of a percentage point.") == [
        ("a quarter of a percentage point", 0.25, "percentage point")
    ]
    assert _read("It rose by half a percentage point.") == [
        ("half a percentage point", 0.5, "percentage point")
    ]
    assert _read("The index rose three quarters of a point.") == [
        ("three quarters of a point", 0.75, "point")
    ]
    assert _read("Prices rose half a percent.") == [("half a percent", 0.5, "%")]
    assert _read("The Fed made a quarter-percentage-point cut.") == [
        ("a quarter-percentage-point", 0.25, "percentage point")
    ]
    assert _read("Rates rose one and a half percentage points.") == [
        ("one and a half percentage points", 1.5, "percentage point")
    ]
    assert _read("In the third quarter percent changes were small.") == []


def test_a_fraction_of_a_point_conflicts_with_another_change() -> None:
    quarter = _claim("a", "The bank raised its rate by a quarter of a percentage point.")
    half = _claim("b", "The bank raised its rate by 0.5 percentage points.")
    basis = _claim("c", "The bank raised its rate by 25 basis points.")
    conflict = number_conflict(quarter, half)
    assert conflict is not None
    assert conflict.detail == "0.25 percentage point vs 0.5 percentage point"
    assert number_conflict(quarter, basis) is None


# 3. Terms in years and months


def test_a_term_in_years_and_months_is_one_duration_in_months() -> None:
    assert _read("He was sentenced to six years and eight months in prison.") == [
        ("six years and eight months", 80.0, "month")
    ]
    assert _read("She was jailed for 2 years and 6 months.") == [
        ("2 years and 6 months", 30.0, "month")
    ]
    assert _read("He served a year and a half.") == [("a year and a half", 18.0, "month")]
    assert _read("He served two and a half years in jail.") == [
        ("two and a half years", 30.0, "month")
    ]


def test_a_term_fits_the_same_months_and_conflicts_with_other_years() -> None:
    compound = _claim("a", "Tallant was sentenced to six years and eight months in prison.")
    months = _claim("b", "Tallant was sentenced to 80 months in prison.")
    seven = _claim("c", "Tallant was sentenced to seven years in prison.")
    assert number_conflict(compound, months) is None
    conflict = number_conflict(compound, seven)
    assert conflict is not None
    assert conflict.detail == "80 months vs 84 months"
    assert number_conflict(_claim("d", "He was jailed for a year and a half."), months) is not None
    assert number_conflict(_claim("e", "He was jailed for 18 months."), months) is not None
    eighteen = _claim("f", "He was jailed for 18 months.")
    assert number_conflict(_claim("g", "He was jailed for a year and a half."), eighteen) is None


# 4. Vote splits and scores


def test_a_descending_pair_is_one_tally_figure() -> None:
    (split,) = claim_figures(_claim("a", "The committee was split 6-3 on the decision."))
    assert (split.role, split.written, split.tally) == (TALLY, "6-3", (6.0, 3.0))
    (voted,) = claim_figures(_claim("b", "The committee voted 7 to 2 for the rise."))
    assert voted.tally == (7.0, 2.0)
    (votes,) = claim_figures(_claim("c", "The bill passed by seven votes to two."))
    assert votes.tally == (7.0, 2.0)
    rising = claim_figures(_claim("d", "Sales rose from 7 to 9 percent."))
    assert all(not f.tally for f in rising)


def test_vote_splits_conflict_unless_equal() -> None:
    seven_two = _claim(
        "a",
        "Seven of the nine members of the committee voted for the rise, in a 7-2 split.",
    )
    six_three = _claim("b", "The bank's monetary policy committee was split 6-3 on the decision.")
    votes = _claim("c", "The committee backed the rise by seven votes to two.")
    conflict = number_conflict(seven_two, six_three)
    assert conflict is not None
    assert conflict.detail == "7-2 vs 6-3"
    assert number_conflict(seven_two, votes) is None
    assert number_conflict(_claim("d", "The committee voted 7-2 for the rise."), votes) is None


def test_a_score_conflicts_with_another_score() -> None:
    won = _claim("a", "The Lions won 5-4 on Saturday.")
    other = _claim("b", "The Lions won 5-3 on Saturday.")
    conflict = number_conflict(won, other)
    assert conflict is not None and conflict.detail == "5-4 vs 5-3"
    assert number_conflict(won, _claim("c", "The Lions won 5-4 at home.")) is None


# 5. "About" is no 10% either side


def test_two_hedged_figures_a_tenth_apart_conflict() -> None:
    company = _claim("a", "About 42,000 patients take tablets from the affected batches.")
    regulator = _claim("b", "About 48,000 patients take tablets from the affected batches.")
    conflict = number_conflict(company, regulator)
    assert conflict is not None
    assert conflict.detail == "42,000 patient vs 48,000 patient"
    withdrawn = _claim("c", "About 40,800 patients take tablets from the affected batches.")
    assert number_conflict(withdrawn, regulator) is not None


def test_a_hedged_figure_still_fits_a_figure_near_it() -> None:
    about = _claim("a", "About 48,000 patients take tablets from the affected batches.")
    precise = _claim("b", "Some 48,200 patients take tablets from the affected batches.")
    exact = _claim("c", "Exactly 48,200 patients take tablets from the affected batches.")
    nearly = _claim("d", "Nearly 50,000 patients take tablets from the affected batches.")
    near = _claim("e", "In all 48,500 patients take tablets from the affected batches.")
    assert number_conflict(about, precise) is None
    assert number_conflict(about, exact) is None
    assert number_conflict(nearly, near) is None
    (hundreds,) = claim_figures(_claim("f", "About 300 people were evacuated."))
    assert (hundreds.low, hundreds.high) == (270.0, 330.0)


# 6. Names in different roles


def test_the_role_a_name_plays() -> None:
    court = "Tallant was sentenced for defrauding savers at Dunmere Crown Court."
    firm = "Brightwater Capital founder Osric Tallant was sentenced to six years."
    assert entity_role(court, "dunmere crown court") == "venue"
    assert entity_role(firm, "brightwater capital") == "title"
    assert entity_role("The chief executive of Torvik resigned.", "torvik") == "title"
    assert entity_role("Torvik said it would appeal.", "torvik") == ""


def test_a_venue_is_no_rival_to_a_defendants_firm() -> None:
    court = make_claim(
        "a",
        "Osric Tallant was sentenced on Thursday to six years for fraud at Dunmere Crown Court.",
        0,
        entities=("osric tallant", "dunmere crown court"),
    )
    firm = make_claim(
        "b",
        "Brightwater Capital founder Osric Tallant was sentenced to six years for fraud.",
        0,
        entities=("brightwater capital", "osric tallant"),
    )
    kinds = {"dunmere crown court": "organization", "brightwater capital": "organization"}
    assert entity_conflict(court, firm, kinds, {}) is None
    other_court = make_claim(
        "c",
        "Osric Tallant was sentenced on Thursday to six years for fraud at Harrow Crown Court.",
        0,
        entities=("osric tallant", "harrow crown court"),
    )
    kinds["harrow crown court"] = "organization"
    assert entity_conflict(court, other_court, kinds, {}) is not None
