"""One more of a kind counted before: "killing two workers and wounding a third".

"A third", "another" and "two others" after a count of a noun in the same sentence
count those the verb they go with counts (the wounded), so two reports of one shooting
that give one and two wounded disagree on a number. An ordinal that ranks or shares
("a third of the budget", "the third quarter", "for a third time", "a third term",
"third-largest") counts nothing.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from corrobora.extract.quantities import written_figure
from corrobora.model import ConflictKind
from corrobora.reconcile.conflicts import number_conflict

from ..stories import fact_with, figured_claim, write_article


def _counts(text: str) -> list[tuple[str, float, str]]:
    return [(q.text, q.value, q.unit) for q in figured_claim("a", text).quantities]


def test_a_third_after_a_count_is_one_more_counted_by_its_verb() -> None:
    text = "A clerk opened fire at the Vessel mill, killing two workers and wounding a third."
    assert _counts(text) == [("two", 2.0, "worker"), ("a third", 1.0, "wounded")]


def test_a_third_told_in_the_passive_is_one_more() -> None:
    text = "Two guards were killed and a third was wounded at the Ostry depot."
    assert _counts(text)[-1] == ("a third", 1.0, "wounded")


def test_another_with_no_noun_is_one_more() -> None:
    text = "The gunman killed one guard and wounded another, the Ostry police said."
    assert _counts(text) == [("one", 1.0, "guard"), ("another", 1.0, "wounded")]


def test_others_are_counted_by_their_verb() -> None:
    text = "A clerk opened fire at the Vessel mill, killing two workers and wounding two others."
    assert _counts(text) == [("two", 2.0, "worker"), ("two", 2.0, "wounded")]


def test_one_more_is_not_written_as_a_figure() -> None:
    text = "The blast at the Tarn pit killed three miners and injured a fourth."
    one_more = figured_claim("a", text).quantities[-1]
    assert (one_more.text, one_more.unit) == ("a fourth", "injured")
    assert not written_figure(one_more)


def test_one_more_by_the_verb_of_the_count_before_adds_no_count() -> None:
    text = "Police arrested two men on Monday and arrested a third on Tuesday."
    assert [unit for _, _, unit in _counts(text)] == ["man"]


@pytest.mark.parametrize(
    "text",
    [
        "The crash killed two riders and injured a third of the spectators.",
        "Police arrested two men in the third quarter of the year.",
        "Police arrested two men for a third time in Ostry.",
        "Police arrested two men in the third-largest city of Ostry.",
        "The rally drew two candidates, and Vell won a third term.",
    ],
)
def test_an_ordinal_that_ranks_or_shares_is_no_count(text: str) -> None:
    assert all(value != 1.0 for _, value, _ in _counts(text))


def test_one_wounded_conflicts_with_two_wounded() -> None:
    third = figured_claim("a", "The gunman killed two workers and wounded a third.")
    others = figured_claim("b", "The gunman killed two workers and wounded two others.")
    conflict = number_conflict(third, others)
    assert conflict is not None
    assert conflict.detail == "1 wounded vs 2 wounded"


def test_the_wounded_and_the_injured_are_one_count() -> None:
    third = figured_claim("a", "The gunman killed two workers and wounded a third.")
    others = figured_claim("b", "The gunman killed two workers and injured three others.")
    conflict = number_conflict(third, others)
    assert conflict is not None
    assert conflict.detail == "1 wounded vs 3 injured"


def test_reports_of_one_and_two_wounded_show_a_number_conflict(tmp_path: Path) -> None:
    for name, outlet, body in (
        (
            "a.txt",
            "Corran Gazette",
            "A dismissed cook opened fire at the Halvey canteen in Corran last night, "
            "killing two cooks and wounding two others.",
        ),
        (
            "b.txt",
            "Tollby Herald",
            "A former cook opened fire at the Halvey canteen in Corran on Thursday "
            "night, killing two cooks and critically wounding a third, police said.",
        ),
    ):
        write_article(tmp_path, name, outlet, "2026-04-10T08:00:00+00:00", body)
    fact = fact_with(tmp_path, "wounding a third")
    assert len(fact.support) == 2
    numbers = [c.detail for c in fact.conflicts if c.kind is ConflictKind.NUMBER]
    assert numbers in (["1 wounded vs 2 wounded"], ["2 wounded vs 1 wounded"])
