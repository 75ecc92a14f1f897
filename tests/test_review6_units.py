"""Physical measures compared across their units (review 6).

"60 miles of roads" does not fit "40 km of roads", while a round "25 miles" does;
"more than 7 inches" of rain fits "180 mm".
"""

from __future__ import annotations

import pytest

from corrobora.model import Claim
from corrobora.reconcile.conflicts import number_conflict
from corrobora.reconcile.figures import claim_figures, figure_group, figures_agree, measure
from corrobora.reconcile.updates import _running_count

from .reconcile.conftest import counted as _claim


def _roads(article_id: str, written: str, value: float, unit: str) -> Claim:
    return _claim(
        article_id, f"Floodwater covered {written} of roads in Velmora.", (written, value, unit)
    )


KM_40 = _roads("wire", "40 km", 40.0, "km")


def _agree(a: Claim, b: Claim) -> bool:
    (x,), (y,) = claim_figures(a), claim_figures(b)
    return figures_agree(x, y)


def test_sixty_miles_do_not_fit_forty_km() -> None:
    miles = _roads("ledger", "60 miles", 60.0, "mile")
    assert not _agree(KM_40, miles)
    conflict = number_conflict(KM_40, miles)
    assert conflict is not None
    assert "60" in conflict.detail and "40" in conflict.detail


def test_a_round_conversion_fits() -> None:
    miles = _roads("ledger", "25 miles", 25.0, "mile")
    assert _agree(KM_40, miles)
    assert number_conflict(KM_40, miles) is None


def test_thirty_miles_do_not_fit_forty_km() -> None:
    """30 miles are 48 km: more than the rounding of a conversion."""
    miles = _roads("ledger", "30 miles", 30.0, "mile")
    assert number_conflict(KM_40, miles) is not None


def test_more_than_seven_inches_fits_180_mm() -> None:
    rain_mm = _claim("wire", "The office said 180 mm of rain fell.", ("180", 180.0, "mm"))
    rain_in = _claim("ledger", "More than 7 inches of rain fell.", ("7", 7.0, "inch"))
    assert _agree(rain_mm, rain_in)
    assert number_conflict(rain_mm, rain_in) is None
    less = _claim("herald", "More than 8 inches of rain fell.", ("8", 8.0, "inch"))
    assert number_conflict(rain_mm, less) is not None  # at least 203 mm


def test_the_same_digits_in_other_units_of_a_dimension_do_not_fit() -> None:
    level = _claim("wire", "The river fell by 40 centimetres.", ("40", 40.0, "centimetre"))
    assert not _agree(KM_40, level)


def test_measures_of_two_dimensions_never_agree() -> None:
    cargo = _claim("wire", "The truck carried 40 kg of sand.", ("40", 40.0, "kg"))
    assert not _agree(KM_40, cargo)


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (("5 kg", 5.0, "kg"), ("11 lb", 11.0, "lb")),
        (("2 tonnes", 2.0, "tonne"), ("2,000 kg", 2000.0, "kg")),
        (("10 litres", 10.0, "litre"), ("2.6 gallons", 2.6, "gallon")),
        (("3 feet", 3.0, "foot"), ("about 90 cm", 90.0, "centimetre")),
    ],
)
def test_masses_volumes_and_lengths_convert(
    first: tuple[str, float, str], second: tuple[str, float, str]
) -> None:
    a = _claim("a", f"Officials reported {first[0]}.", first)
    b = _claim("b", f"Officials reported {second[0]}.", second)
    assert _agree(a, b)


def test_units_of_one_dimension_are_weighed_together() -> None:
    (km,) = claim_figures(KM_40)
    (miles,) = claim_figures(_roads("ledger", "60 miles", 60.0, "mile"))
    assert figure_group(km) == figure_group(miles)
    assert measure("mile") == ("length", 1609.344)
    assert measure("USD") is None and measure("people") is None


def test_money_and_counts_are_weighed_as_before() -> None:
    dollars = _claim("a", "The town paid $40 million.", ("$40 million", 4e7, "USD"))
    pounds = _claim("b", "The town paid 40 million pounds.", ("40 million", 4e7, "GBP"))
    assert _agree(dollars, pounds)  # figures of two units meet on their value, as before
    people = _claim("c", "Some 40 people were evacuated.", ("40", 40.0, "people"))
    assert _agree(people, KM_40)  # a count and a measure: only the values are weighed


def test_a_rising_length_is_weighed_in_one_unit() -> None:
    """ "40 km" then "30 miles" (48 km) of flooded road rose; "40 km" then "20 miles"
    (32 km) did not, whatever the raw numbers say."""
    early = _claim("a", "Floodwater covered 40 km of roads on Monday.", ("40 km", 40.0, "km"))
    more = _claim(
        "b", "Floodwater has risen to cover 30 miles of roads.", ("30 miles", 30.0, "mile")
    )
    less = _claim(
        "c", "Floodwater has risen to cover 20 miles of roads.", ("20 miles", 20.0, "mile")
    )
    assert _running_count(early, more)
    assert not _running_count(early, less)


def test_a_distance_is_no_depth() -> None:
    """ "about 8 kilometres north of the town" and "a depth of 10 kilometres" (review 7)."""
    north = _claim(
        "wire",
        "The quake struck about 8 kilometres north of the town.",
        ("8 kilometres", 8.0, "kilometre"),
    )
    deep = _claim(
        "ledger",
        "The quake struck at a depth of 10 kilometres.",
        ("10 kilometres", 10.0, "kilometre"),
    )
    shallow = _claim("herald", "The quake was 6 km deep.", ("6 km", 6.0, "km"))
    assert [f.role for f in claim_figures(north) + claim_figures(deep)] == ["distance", "depth"]
    assert number_conflict(north, deep) is None
    conflict = number_conflict(deep, shallow)
    assert conflict is not None and "10" in conflict.detail and "6" in conflict.detail


def test_a_count_of_people_under_a_thousand_is_exact() -> None:
    """ "160 people on board" is no 158; "1,600 people" may be 1,580 rounded (review 8)."""

    def aboard(article_id: str, written: str, value: float) -> Claim:
        return _claim(
            article_id, f"The jet had {written} people on board.", (written, value, "people")
        )

    assert number_conflict(aboard("a", "160", 160.0), aboard("b", "158", 158.0)) is not None
    assert number_conflict(aboard("a", "1,600", 1600.0), aboard("b", "1,580", 1580.0)) is None
    hedged = _claim("c", "The jet had about 160 people on board.", ("160", 160.0, "people"))
    assert number_conflict(hedged, aboard("b", "158", 158.0)) is None
