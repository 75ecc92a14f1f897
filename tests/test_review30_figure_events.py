"""Figures of another event, a population, a grade glued to its scale, a duration a
little over a figure and thousands written with a spaced comma."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

from corrobora.model import Claim, ConflictKind, DateMention, Span
from corrobora.reconcile.figures import POPULATION, claim_figures
from corrobora.reconcile.totals import count_spans_apart, one_total

from .stories import figured_claim, story_facts, write_article


def _number_conflicts(
    folder: Path, first: str, second: str, *, day: str = "2025-11-24"
) -> list[str]:
    title = "Earthquake shakes the Verrin valley"
    for name, outlet, hour, body in (
        ("a.txt", "Harbor Ledger", "09", first),
        ("b.txt", "Valley Courier", "11", second),
    ):
        write_article(folder, name, outlet, f"{day}T{hour}:00:00", body, title=title)
    return [
        c.detail for f in story_facts(folder) for c in f.conflicts if c.kind is ConflictKind.NUMBER
    ]


def _dated(article_id: str, text: str, written: str, start: date, end: date) -> Claim:
    claim = figured_claim(article_id, text)
    at = text.index(written)
    return replace(claim, dates=(DateMention(Span(at, at + len(written)), written, start, end),))


def test_toll_of_a_quake_months_earlier_is_no_rival_toll() -> None:
    today = _dated(
        "a",
        "An earthquake struck the Verrin valley on Sunday, killing 14 people.",
        "Sunday",
        date(2025, 11, 23),
        date(2025, 11, 23),
    )
    earlier = _dated(
        "b",
        "On March 3, a quake struck the northern town of Osk, killing 530 people.",
        "March 3",
        date(2025, 3, 3),
        date(2025, 3, 3),
    )
    later = _dated(
        "c",
        "The toll of the earthquake that struck the valley rose to 20 on Tuesday.",
        "Tuesday",
        date(2025, 11, 25),
        date(2025, 11, 25),
    )
    assert not one_total(today, earlier)
    assert count_spans_apart(today, earlier)
    assert not count_spans_apart(today, later)


def test_population_is_no_count_of_the_injured(tmp_path: Path) -> None:
    details = _number_conflicts(
        tmp_path,
        "The quake struck Marrow island, home to 85,000 people, state radio said.",
        "The quake struck Marrow island on Sunday, injuring six people, state radio said.",
    )
    assert details == []


def test_populations_of_two_places_are_not_weighed() -> None:
    island = figured_claim("a", "The quake struck Marrow island, home to 85,000 people.")
    port = figured_claim("b", "The quake was felt in Tessel, home to 400,000 people.")
    (left,), (right,) = claim_figures(island), claim_figures(port)
    assert left.role == right.role == POPULATION
    assert left.owner == "marrow" and right.owner == "tessel"


def test_magnitude_glued_to_its_scale_is_read() -> None:
    claim = figured_claim("a", "The survey put the quake's strength at magnitude-5.2.")
    assert [(q.value, q.unit) for q in claim.quantities] == [(5.2, "magnitude")]


def test_magnitudes_named_before_a_linking_word_conflict(tmp_path: Path) -> None:
    details = _number_conflicts(
        tmp_path,
        "An earthquake shook the Verrin valley on Sunday.\n"
        "The Geological Institute puts the magnitude at 6.3.",
        "An earthquake shook the Verrin valley on Sunday.\n"
        "The national news agency and the Geological Institute said it had a magnitude of 5.6.",
    )
    assert any("6.3" in d and "5.6" in d for d in details)


def test_duration_just_over_a_figure_conflicts_with_a_far_longer_one(tmp_path: Path) -> None:
    details = _number_conflicts(
        tmp_path,
        "An earthquake in the Verrin valley was felt in Sarn on Sunday.\n"
        "A shopkeeper in Sarn said the tremor lasted 40 seconds.",
        "An earthquake in the Verrin valley was felt in Sarn on Sunday.\n"
        "The first tremor lasted just over 12 seconds, she says.",
    )
    assert any("12 second" in d and "40 second" in d for d in details)


def test_just_over_covers_a_little_more() -> None:
    claim = figured_claim("a", "The tremor lasted just over 12 seconds.")
    (figure,) = claim_figures(claim)
    assert figure.low == 12.0 and 12.0 < figure.high < 14.0


def test_thousands_with_a_spaced_comma_are_one_number() -> None:
    claim = figured_claim("a", "Some 2, 400 doctors and 30, 000 nurses signed the letter.")
    assert [(q.value, q.unit) for q in claim.quantities] == [
        (2400.0, "doctor"),
        (30000.0, "nurse"),
    ]


def test_a_list_with_spaces_stays_a_list_and_zeros_are_no_value() -> None:
    listed = figured_claim("a", "The teams scored 3, 400 and 12 points.")
    assert [q.value for q in listed.quantities] == [3.0, 400.0, 12.0]
    zeros = figured_claim("b", "The code 000 was shown on the screen.")
    assert zeros.quantities == ()
