"""Tolls of the dead worded with no word in common are one running total (review 19)."""

from __future__ import annotations

from pathlib import Path

from corrobora.model import ConflictKind, ConflictNature

from .stories import fact_with, write_article


def _story(tmp_path: Path, first: str, second: str) -> None:
    write_article(
        tmp_path, "a.txt", "Portwick Gazette", "2027-06-02T08:15:00Z",
        f"The Marla Bay ferry sank off Kessing Head on Tuesday. {first}",
    )  # fmt: skip
    write_article(
        tmp_path, "b.txt", "Kessing Radio", "2027-06-02T08:40:00Z",
        f"The Marla Bay ferry went down off Kessing Head on Tuesday. {second}",
    )  # fmt: skip


def test_a_death_toll_and_a_count_of_people_who_died_are_one_total(tmp_path: Path) -> None:
    _story(
        tmp_path,
        "The death toll rose to eleven on Wednesday, the Ardel Coast Guard said.",
        "Mayor Tilde Karsk said on Wednesday that eight people had died.",
    )
    fact = fact_with(tmp_path, "eight people had died")
    assert [(c.kind, c.nature) for c in fact.conflicts] == [
        (ConflictKind.NUMBER, ConflictNature.DISAGREEMENT)
    ]


def test_a_part_of_the_dead_is_no_death_toll(tmp_path: Path) -> None:
    _story(
        tmp_path,
        "The death toll rose to eleven on Wednesday, the Ardel Coast Guard said.",
        "Mayor Tilde Karsk said on Wednesday that three children had died.",
    )
    fact = fact_with(tmp_path, "three children had died")
    assert not fact.conflicts
    assert len({s.article_id for s in fact.support}) == 1


def test_the_dead_of_two_places_are_two_totals(tmp_path: Path) -> None:
    _story(
        tmp_path,
        "The death toll in Arnholm rose to eleven, the Ardel Coast Guard said.",
        "Mayor Tilde Karsk said eight people had died in Seldt.",
    )
    fact = fact_with(tmp_path, "eight people had died")
    assert not fact.conflicts


def test_a_later_higher_count_of_people_suspended_is_an_update(tmp_path: Path) -> None:
    write_article(
        tmp_path, "a.txt", "Portwick Gazette", "2027-03-09T15:00:00Z",
        "The health ministry said three senior officials had been suspended pending a review.",
        title="Health officials suspended over Tarn Medical contract",
    )  # fmt: skip
    write_article(
        tmp_path, "b.txt", "Kessing Radio", "2027-03-10T09:00:00Z",
        "Five officials at the health ministry have now been suspended over the Tarn "
        "Medical contract, the ministry said on Tuesday.",
        title="Five health officials suspended over Tarn Medical contract",
    )  # fmt: skip
    fact = fact_with(tmp_path, "Five officials")
    assert len({s.article_id for s in fact.support}) == 2
    assert [(c.kind, c.nature) for c in fact.conflicts] == [
        (ConflictKind.NUMBER, ConflictNature.UPDATE)
    ]


def test_a_count_that_leaves_out_its_noun_counts_the_people_before_it(tmp_path: Path) -> None:
    write_article(
        tmp_path, "a.txt", "Portwick Gazette", "2027-06-01T10:00:00Z",
        "The Marla Bay ferry sank off Kessing Head on Tuesday. Four people were confirmed "
        "dead and 37 were still missing, the coast guard said.",
        title="Ferry sinks off Kessing Head",
    )  # fmt: skip
    write_article(
        tmp_path, "b.txt", "Kessing Radio", "2027-06-02T08:00:00Z",
        "The Marla Bay ferry sank off Kessing Head on Tuesday. The coast guard said 140 "
        "people had been rescued and 19 were still missing.",
        title="Ferry sinks off Kessing Head",
    )  # fmt: skip
    fact = fact_with(tmp_path, "19 were still missing")
    assert [(c.nature, c.detail) for c in fact.conflicts] == [
        (ConflictNature.UPDATE, "37 people, later 19 people")
    ]
