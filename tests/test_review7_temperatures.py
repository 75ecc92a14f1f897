"""Temperatures read with their scale and compared across scales (review 7).

"41.2 degrees Celsius" and "106.2 degrees Fahrenheit" are one reading, while "104F"
(40 °C) is not 41.2 °C; wire forms ("41.2C", "104F", "-5C") are temperatures, and
"F-16", "Vitamin C" or "Room 4F" are not.
"""

from __future__ import annotations

import pytest

from corrobora.extract.nlp import parse
from corrobora.extract.quantities import find_quantities, temperature_scale, to_celsius
from corrobora.model import Claim, Quantity, Span
from corrobora.reconcile.conflicts import number_conflict
from corrobora.reconcile.figures import claim_figures, figure_group, figures_agree
from corrobora.reconcile.updates import _same_figure
from corrobora.settings import DEFAULT_MODEL

from .extract.conftest import build_article
from .reconcile.conftest import counted

_SCALES = {"°C", "°F"}


def _read(text: str) -> list[tuple[str, float, str]]:
    found = find_quantities(text, build_article(text))
    return [(q.text, q.value, q.unit) for q in found]


@pytest.mark.parametrize(
    ("text", "written", "value", "unit"),
    [
        ("Temperatures reached 41.2C on Tuesday.", "41.2C", 41.2, "°C"),
        ("Temperatures reached 104F on Tuesday.", "104F", 104.0, "°F"),
        ("It was 41.2°C at noon.", "41.2°C", 41.2, "°C"),
        ("Lows of -5C were forecast.", "-5C", -5.0, "°C"),
        ("It reached 106 °F in the shade.", "106 °F", 106.0, "°F"),
        ("It was 104 degrees F by noon.", "104 degrees F", 104.0, "°F"),
        ("It reached 41.2 degrees Celsius.", "41.2 degrees Celsius", 41.2, "°C"),
        ("It reached 106.2 degrees Fahrenheit.", "106.2 degrees Fahrenheit", 106.2, "°F"),
        ("It fell to minus five degrees centigrade.", "minus five degrees centigrade", -5.0, "°C"),
        ("Lava at 1200C poured out.", "1200C", 1200.0, "°C"),
    ],
)
def test_wire_forms_are_temperatures(text: str, written: str, value: float, unit: str) -> None:
    assert (written, value, unit) in _read(text)


def test_wire_forms_with_a_parse() -> None:
    """The parser takes "104F" for a name; it is still a temperature."""
    text = "Temperatures at the airport reached 104F on Tuesday."
    found = find_quantities(parse(text, DEFAULT_MODEL), build_article(text))
    assert [(q.text, q.unit) for q in found] == [("104F", "°F")]
    text = "The temperature reached 41.2 degrees Celsius on Tuesday."
    found = find_quantities(parse(text, DEFAULT_MODEL), build_article(text))
    assert [(q.value, q.unit) for q in found] == [(41.2, "°C")]


@pytest.mark.parametrize(
    "text",
    [
        "An F-16 crashed near the base.",
        "The F-16C crashed near the base.",
        "4G coverage was down.",
        "A Category 4 storm hit the coast.",
        "She had a C-section.",
        "Vitamin C helps.",
        "Profits rose in Q4.",
        "Formula 1 returns next week.",
        "The key is 4F3C2A9B.",
        "Bytes 3A 4F 2C were sent.",
        "Send it to 12 Harbour Road, Room 4F",
        "Seat 12C was empty.",
        "The stock rose 25c a share.",
        "It was 41.2 C at noon.",
    ],
)
def test_look_alikes_are_no_temperatures(text: str) -> None:
    assert not [q for q in _read(text) if q[2] in _SCALES]


def test_a_plain_degree_has_no_scale() -> None:
    assert _read("The ramp turns 90 degrees.") == [("90", 90.0, "degree")]
    assert temperature_scale("degree") is None
    assert to_celsius(40.0, "degree") is None


def test_a_range_gives_its_first_end_the_scale() -> None:
    assert _read("Highs of 30-35C are expected.") == [
        ("30", 30.0, "°C"),
        ("35C", 35.0, "°C"),
    ]


def test_both_scales_named_together() -> None:
    assert _read("It hit 104F/40C on Monday.") == [("104F", 104.0, "°F"), ("40C", 40.0, "°C")]


def test_fahrenheit_converts_with_its_offset() -> None:
    assert to_celsius(212.0, "°F") == pytest.approx(100.0)
    assert to_celsius(-40.0, "fahrenheit") == pytest.approx(-40.0)
    assert to_celsius(41.2, "celsius") == 41.2


def _reading(article_id: str, written: str, value: float, unit: str) -> Claim:
    return counted(
        article_id,
        f"The temperature at Marrowgate airport reached {written} on Tuesday.",
        (written, value, unit),
    )


CELSIUS_41_2 = _reading("sbc", "41.2 degrees Celsius", 41.2, "°C")


def _agree(a: Claim, b: Claim) -> bool:
    (x,), (y,) = claim_figures(a), claim_figures(b)
    return figures_agree(x, y)


@pytest.mark.parametrize(
    ("written", "value"),
    [("106.2 degrees Fahrenheit", 106.2), ("106F", 106.0), ("106 °F", 106.0)],
)
def test_one_reading_in_two_scales_is_no_conflict(written: str, value: float) -> None:
    fahrenheit = _reading("observer", written, value, "°F")
    assert _agree(CELSIUS_41_2, fahrenheit)
    assert number_conflict(CELSIUS_41_2, fahrenheit) is None


def test_another_reading_in_the_other_scale_conflicts() -> None:
    """104 °F is 40 °C: more than the rounding of a conversion from 41.2 °C."""
    fahrenheit = _reading("daily", "104F", 104.0, "°F")
    assert not _agree(CELSIUS_41_2, fahrenheit)
    conflict = number_conflict(CELSIUS_41_2, fahrenheit)
    assert conflict is not None
    assert conflict.detail == "41.2 °C vs 104 °F"
    assert "degree" not in conflict.detail


def test_temperatures_of_two_scales_are_weighed_together() -> None:
    (celsius,) = claim_figures(CELSIUS_41_2)
    (fahrenheit,) = claim_figures(_reading("daily", "104F", 104.0, "°F"))
    assert figure_group(celsius) == figure_group(fahrenheit)


def test_a_trailing_zero_of_a_temperature_is_a_digit() -> None:
    """ "110F" is no rounding of 107 °F (41.7 °C), nor of 41.2 °C (106.2 °F)."""
    assert not _agree(CELSIUS_41_2, _reading("daily", "110F", 110.0, "°F"))
    assert _agree(
        _reading("a", "43.3C", 43.3, "°C"), _reading("b", "110 °F", 110.0, "°F")
    )  # 110 °F is 43.33 °C


def test_a_plain_degree_is_not_weighed_as_a_temperature() -> None:
    plain = _reading("plain", "106.2 degrees", 106.2, "degree")
    (celsius,), (degree,) = claim_figures(CELSIUS_41_2), claim_figures(plain)
    assert figure_group(celsius) != figure_group(degree)
    assert number_conflict(CELSIUS_41_2, plain) is None


def test_hedged_temperatures_convert_their_range() -> None:
    above = counted("a", "It was more than 40C.", ("40C", 40.0, "°C"))
    assert _agree(above, _reading("b", "106F", 106.0, "°F"))
    assert not _agree(above, _reading("c", "100F", 100.0, "°F"))


@pytest.mark.parametrize(
    ("left", "right", "conflict"),
    [
        (
            "The temperature at Marrowgate airport reached 41.2 degrees Celsius on Tuesday.",
            "The temperature at Marrowgate airport reached 106.2 degrees Fahrenheit on Tuesday.",
            False,
        ),
        (
            "Temperatures at Marrowgate airport reached 41.2C on Tuesday.",
            "Temperatures at Marrowgate airport reached 104F on Tuesday.",
            True,
        ),
    ],
)
def test_the_repro_sentences_extracted(left: str, right: str, conflict: bool) -> None:
    """The two review cases, from extraction to the conflict check."""
    claims = []
    for article_id, text in (("a", left), ("b", right)):
        found = find_quantities(text, build_article(text))
        claims.append(counted(article_id, text, *((q.text, q.value, q.unit) for q in found)))
    found_conflict = number_conflict(claims[0], claims[1])
    assert (found_conflict is not None) is conflict
    if found_conflict is not None:
        assert found_conflict.detail == "41.2 °C vs 104 °F"


def test_a_withdrawn_temperature_is_compared_in_celsius() -> None:
    """A correction notice's "40 °C" is the "104 °F" of another report, not "40 °F"."""

    def reading(value: float, unit: str) -> Quantity:
        return Quantity(Span(0, 4), f"{value:g}{unit}", value, unit)

    assert _same_figure(reading(40.0, "°C"), reading(104.0, "°F"))
    assert not _same_figure(reading(40.0, "°C"), reading(40.0, "°F"))
