"""One source's estimate of a count, however each outlet words it."""

from __future__ import annotations

from pathlib import Path

from corrobora.model import ConflictKind

from .stories import fact_with, story_facts, write_article

_MARCH_A = "Thousands of people marched through Castellor on Saturday against the pension reform. "
_MARCH_B = "Saturday's march against the pension reform filled central Castellor. "


def _two(folder: Path, first: str, second: str) -> None:
    write_article(folder, "a.txt", "Keldmark Wire", "2026-11-14T15:30:00Z", _MARCH_A + first)
    write_article(folder, "b.txt", "Northgate Times", "2026-11-15T08:15:00Z", _MARCH_B + second)


def test_one_sources_two_figures_for_a_crowd_conflict(tmp_path: Path) -> None:
    _two(tmp_path, "The organisers said 60,000 people took part.",
         "The organisers put the figure at 55,000.")  # fmt: skip
    fact = fact_with(tmp_path, "60,000")
    assert any("55,000" in s.text for s in fact.support)
    assert [(c.kind, c.detail) for c in fact.conflicts] == [
        (ConflictKind.NUMBER, "60,000 people vs 55,000 people")
    ]


def test_one_police_estimate_worded_twice_is_one_fact(tmp_path: Path) -> None:
    _two(tmp_path, "Police put the number of marchers at 18,000.",
         "Police estimated that 18,000 people joined Saturday's march.")  # fmt: skip
    fact = fact_with(tmp_path, "marchers at 18,000")
    assert any("Police estimated" in s.text for s in fact.support)
    assert not fact.conflicts


def test_a_police_estimate_that_differs_conflicts(tmp_path: Path) -> None:
    _two(tmp_path, "Police put the number of marchers at 18,000.",
         "Police estimated that 25,000 people joined Saturday's march.")  # fmt: skip
    fact = fact_with(tmp_path, "marchers at 18,000")
    assert [c.detail for c in fact.conflicts] == ["18,000 people vs 25,000 people"]


def test_two_sources_estimates_stay_apart(tmp_path: Path) -> None:
    _two(tmp_path, "Police put the number of marchers at 18,000.",
         "The organisers put the figure at 60,000.")  # fmt: skip
    police = fact_with(tmp_path, "18,000")
    assert not any("60,000" in s.text for s in police.support)


def test_an_arrest_count_is_no_crowd_estimate(tmp_path: Path) -> None:
    _two(tmp_path, "Police estimated that 18,000 people took part.",
         "Police said 12 people were arrested.")  # fmt: skip
    crowd = fact_with(tmp_path, "18,000")
    assert not any("12 people" in s.text for s in crowd.support)


def test_a_figure_not_worded_as_an_estimate_is_no_crowd(tmp_path: Path) -> None:
    _two(tmp_path, "The organisers said 60,000 people took part.",
         "The organisers said 200 people had travelled by bus.")  # fmt: skip
    facts = story_facts(tmp_path)
    (crowd,) = [f for f in facts if any("60,000" in s.text for s in f.support)]
    assert not any("200 people" in s.text for s in crowd.support)


def test_two_sentences_of_one_quote_stay_two_facts(tmp_path: Path) -> None:
    write_article(
        tmp_path, "a.txt", "Harrow Radio", "2026-08-04T15:00:00Z",
        "A wildfire forced hundreds of residents from their homes in the Tarrin Hills. "
        '"This fire is spreading quickly and it is erratic. If you are told to go, go at '
        'once," said Mira Holt, a spokesperson for the Tarrin Fire Service.',
    )  # fmt: skip
    write_article(
        tmp_path, "b.txt", "Valley Post", "2026-08-04T18:00:00Z",
        "Hundreds of residents fled a wildfire in the Tarrin Hills on Tuesday. "
        "\u201cThis fire is spreading quickly and it's erratic. If you're told to go, go "
        "immediately,\u201d fire service spokeswoman Mira Holt said.",
    )  # fmt: skip
    spreading = fact_with(tmp_path, "spreading quickly and it is erratic")
    assert not any("told to go" in s.text for s in spreading.support)


def test_protesters_among_the_injured_are_no_count_of_all_injured(tmp_path: Path) -> None:
    _two(tmp_path, "Police said four officers and five protesters were treated for minor injuries.",
         "Nine people were slightly injured, four of them police officers, the police said.")  # fmt: skip
    for fact in story_facts(tmp_path):
        assert not any("protester" in c.detail for c in fact.conflicts), fact.conflicts
