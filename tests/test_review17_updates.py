"""Timeline of one running event: retractions, totals to date, states undone, notices."""

from __future__ import annotations

from pathlib import Path

from corrobora.model import ConflictKind, ConflictNature
from corrobora.reconcile.updates import is_notice

from .stories import fact_with, story_facts, write_article


def _conflicts(folder: Path, words: str) -> list[tuple[ConflictKind, ConflictNature, str]]:
    fact = fact_with(folder, words)
    return [(c.kind, c.nature, c.detail) for c in fact.conflicts]


def test_a_later_denial_with_a_lower_toll_corrects_the_count(tmp_path: Path) -> None:
    write_article(
        tmp_path, "a.txt", "Harrowgate Echo", "2027-03-02T09:10:00Z",
        "Floods swept through the Ostvale district on Monday. "
        "One person has died in the Ostvale floods, the coastguard said.",
    )  # fmt: skip
    write_article(
        tmp_path, "b.txt", "Ostvale Radio", "2027-03-03T11:30:00Z",
        "Floods swept through the Ostvale district on Monday. "
        "A woman found in a car in Ostvale did not die in the Ostvale floods, the "
        "coastguard said on Wednesday, leaving the death toll at zero.",
    )  # fmt: skip
    assert _conflicts(tmp_path, "has died") == [
        (ConflictKind.NUMBER, ConflictNature.CORRECTION, "1 dead, later 0 dead")
    ]


def test_a_total_to_date_that_grew_over_days_is_an_update(tmp_path: Path) -> None:
    write_article(
        tmp_path, "a.txt", "Pellmoor Courier", "2027-07-05T07:00:00Z",
        "Crews fought the Drummel Heath fire through the night. "
        "The Drummel Heath fire has burned 800 hectares, the forestry office said.",
    )  # fmt: skip
    write_article(
        tmp_path, "b.txt", "Heathside Daily", "2027-07-07T08:00:00Z",
        "Crews fought the Drummel Heath fire for a fourth day. "
        "The Drummel Heath fire has burned 2,900 hectares so far, the forestry office said.",
    )  # fmt: skip
    assert _conflicts(tmp_path, "2,900 hectares") == [
        (ConflictKind.NUMBER, ConflictNature.UPDATE, "800 hectare, later 2,900 hectare")
    ]


def test_people_forced_out_over_days_is_an_update(tmp_path: Path) -> None:
    write_article(
        tmp_path, "a.txt", "Pellmoor Courier", "2027-07-05T07:00:00Z",
        "The Drummel Heath fire has forced about 900 people from their homes in Pellmoor.",
    )  # fmt: skip
    write_article(
        tmp_path, "b.txt", "Heathside Daily", "2027-07-07T08:00:00Z",
        "About 1,700 people have been forced from their homes in Pellmoor by the "
        "Drummel Heath fire.",
    )  # fmt: skip
    assert _conflicts(tmp_path, "1,700 people") == [
        (ConflictKind.NUMBER, ConflictNature.UPDATE, "900 people, later 1,700 people")
    ]


def test_two_totals_of_one_morning_still_disagree(tmp_path: Path) -> None:
    write_article(
        tmp_path, "a.txt", "Pellmoor Courier", "2027-07-05T06:00:00Z",
        "Crews fought the Drummel Heath fire through the night. "
        "The Drummel Heath fire has burned 800 hectares, the forestry office said.",
    )  # fmt: skip
    write_article(
        tmp_path, "b.txt", "Heathside Daily", "2027-07-05T10:00:00Z",
        "Crews fought the Drummel Heath fire through the night. "
        "The Drummel Heath fire has burned 2,900 hectares so far, the forestry office said.",
    )  # fmt: skip
    assert _conflicts(tmp_path, "2,900 hectares") == [
        (ConflictKind.NUMBER, ConflictNature.DISAGREEMENT, "800 hectare vs 2,900 hectare")
    ]


def test_a_reopening_after_a_closure_is_a_change_of_state(tmp_path: Path) -> None:
    write_article(
        tmp_path, "a.txt", "Pellmoor Courier", "2027-07-05T07:00:00Z",
        "The Drummel Heath fire has forced about 900 people from their homes. "
        "The Kessock bridge is closed between Pellmoor and Arnsby.",
    )  # fmt: skip
    write_article(
        tmp_path, "b.txt", "Heathside Daily", "2027-07-07T15:00:00Z",
        "The Kessock bridge between Pellmoor and Arnsby reopened to traffic on Wednesday, "
        "two days after the Drummel Heath fire closed it.",
    )  # fmt: skip
    fact = fact_with(tmp_path, "reopened")
    assert [(c.kind, c.nature) for c in fact.conflicts] == [
        (ConflictKind.NEGATION, ConflictNature.UPDATE)
    ]
    assert fact.conflicts[0].detail == "'close', later 'reopen'"


def test_notices_about_the_article_are_no_claims() -> None:
    assert is_notice("The Harrowgate Echo will update this story.")
    assert is_notice("This story will be updated.")
    assert is_notice("This article was first published by Ostvale Radio")
    assert is_notice("is republished with permission")
    assert not is_notice("The council will update its flood plan next year.")
    assert not is_notice("The paper first published the leaked memo in 2024.")


def test_update_and_reprint_notices_make_no_fact(tmp_path: Path) -> None:
    write_article(
        tmp_path, "a.txt", "Harrowgate Echo", "2027-03-02T09:10:00Z",
        "The Ostvale council approved a new flood wall on Monday.\n\n"
        "This story will be updated.",
    )  # fmt: skip
    write_article(
        tmp_path, "b.txt", "Ostvale Radio", "2027-03-02T12:10:00Z",
        "This article was first published by the Harrowgate Echo and is republished with "
        "permission.\n\nThe Ostvale council approved a new flood wall on Monday.",
    )  # fmt: skip
    texts = [s.text for f in story_facts(tmp_path) for s in f.support]
    assert not [t for t in texts if "updated" in t or "published" in t]
