"""A span of time that dates one act from another is no term; a height and a weight
describe one body, written as feet and inches or "pounds" of weight."""

from __future__ import annotations

from itertools import pairwise
from pathlib import Path

from corrobora.extract.quantities import find_quantities
from corrobora.model import ConflictKind
from corrobora.reconcile.conflicts import number_conflict
from corrobora.reconcile.totals import one_measure

from .stories import figured_claim, story_facts, text_article, write_article


def test_a_span_before_an_act_is_no_term_of_service() -> None:
    term = figured_claim(
        "a", "She had been a member of the harbour patrol for the past four years."
    )
    offset = figured_claim(
        "b",
        "Eight months prior to the raid, her cousin, a harbour patrol member, was injured.",
    )
    assert not one_measure(term, offset)
    assert number_conflict(term, offset) is None


def test_spans_after_an_act_are_weighed_against_each_other() -> None:
    first = figured_claim("a", "Two years after the flood, the bridge was rebuilt.")
    second = figured_claim("b", "Three years after the flood, the bridge was rebuilt.")
    conflict = number_conflict(first, second)
    assert conflict is not None and "2" in conflict.detail and "3" in conflict.detail


def test_a_term_and_an_offset_stay_two_facts(tmp_path: Path) -> None:
    write_article(
        tmp_path,
        "a.txt",
        "Harbour Daily",
        "2026-03-02T08:00:00+00:00",
        "A harbour guard was hurt on Sunday in Velmoor, officials said.\n"
        "She had been a member of its river patrol for the past four years.",
    )
    write_article(
        tmp_path,
        "b.txt",
        "Coast Bulletin",
        "2026-03-02T09:00:00+00:00",
        "A harbour guard was hurt on Sunday in Velmoor.\n"
        "Eight months prior to this attack, her cousin, a river patrol member, was injured "
        "in Velmoor.",
    )
    conflicts = [c for f in story_facts(tmp_path) for c in f.conflicts]
    assert not [c for c in conflicts if c.kind is ConflictKind.NUMBER]


def test_a_height_in_feet_and_inches_is_one_figure() -> None:
    for text in (
        "He is 5-foot-8, 150 pounds.",
        "He is 5-feet-8 inches tall.",
        "He is six-foot-two.",
    ):
        (height, *_) = figured_claim("a", text).quantities
        assert height.unit == "inch"
        assert height.value in (68.0, 74.0)


def test_pounds_a_person_weighs_are_no_money() -> None:
    (_, weight) = figured_claim("a", "He is 5-feet-8 inches tall, weighing 130 pounds.").quantities
    assert weight.unit == "lb"
    (fine,) = figured_claim("b", "The court fined him 130 pounds.").quantities
    assert fine.unit == "GBP"


def test_one_description_weighs_two_weights(tmp_path: Path) -> None:
    write_article(
        tmp_path,
        "a.txt",
        "Valley Wire",
        "2026-05-04T08:00:00+00:00",
        "Police are searching for a man after a robbery in Dunmore on Sunday.\n"
        "Police said that Tam Keller is 6-foot-1, 185 pounds, with a scar on his chin.",
    )
    write_article(
        tmp_path,
        "b.txt",
        "Dunmore Gazette",
        "2026-05-04T09:00:00+00:00",
        "Police are searching for a man after a robbery in Dunmore on Sunday.\n"
        "He is 6-feet-1 inch tall, weighing 170 pounds.",
    )
    (fact,) = [f for f in story_facts(tmp_path) if any("185" in s.text for s in f.support)]
    assert any("170" in s.text for s in fact.support)
    numbers = [c for c in fact.conflicts if c.kind is ConflictKind.NUMBER]
    assert numbers and "185" in numbers[0].detail and "170" in numbers[0].detail


def test_a_weight_ending_in_zero_is_read_to_the_pound() -> None:
    first = figured_claim("a", "The suspect is 5-foot-8, 135 pounds.")
    second = figured_claim("b", "The suspect is 5-feet-8 inches tall, weighing 130 pounds.")
    conflict = number_conflict(first, second)
    assert conflict is not None and "135" in conflict.detail and "130" in conflict.detail


def test_a_time_and_a_ratio_never_overlap() -> None:
    text = "in 3:30 in 1,200"
    found = find_quantities(text, text_article(text, "a"))
    assert all(a.span.end <= b.span.start for a, b in pairwise(found))
