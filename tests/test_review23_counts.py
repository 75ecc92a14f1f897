"""Counts, running totals, named sums and tallies worded two ways (review 23)."""

from __future__ import annotations

from pathlib import Path

from corrobora.model import ConflictKind, Fact

from .stories import story_facts, write_article

_RECALL = "Regulator recalls Tessavir eye drops"


def _fact_of(facts: tuple[Fact, ...], words: str) -> Fact:
    """The one fact whose support holds ``words``."""
    (fact,) = [f for f in facts if any(words in s.text for s in f.support)]
    return fact


def _holds(fact: Fact, words: str) -> bool:
    """True when a wording of ``fact`` holds ``words``."""
    return any(words in s.text for s in fact.support)


def test_one_count_of_one_object_worded_with_two_verbs_is_a_conflict(tmp_path: Path) -> None:
    write_article(
        tmp_path, "a.txt", "Brisk Wire", "2027-05-11T09:00:00+02:00",
        "The Ostmark drugs agency on Tuesday ordered the recall of three lots of Tessavir eye "
        "drops.\n\nAbout 18,000 customers bought bottles from the faulty lots, the Ostmark "
        "Drugs Agency said.", title=_RECALL,
    )  # fmt: skip
    write_article(
        tmp_path, "b.txt", "Harlow Radio", "2027-05-11T17:00:00+02:00",
        "Tessavir eye drops were recalled on Tuesday after a sealing fault was found.\n\n"
        "Around 22,000 customers in Ostmark were sold Tessavir bottles from the three "
        "recalled lots, the Ostmark Chemists' Union said on Tuesday.", title=_RECALL,
    )  # fmt: skip
    fact = _fact_of(story_facts(tmp_path), "18,000 customers")
    assert _holds(fact, "22,000 customers")
    assert any(c.kind is ConflictKind.NUMBER for c in fact.conflicts)


def test_a_far_smaller_count_of_another_place_stays_its_own_fact(tmp_path: Path) -> None:
    write_article(
        tmp_path, "a.txt", "Brisk Wire", "2027-05-11T09:00:00+02:00",
        "The Ostmark drugs agency on Tuesday ordered the recall of three lots of Tessavir eye "
        "drops.\n\nAbout 18,000 customers bought bottles from the faulty lots, the Ostmark "
        "Drugs Agency said.", title=_RECALL,
    )  # fmt: skip
    write_article(
        tmp_path, "b.txt", "Velder Daily", "2027-05-11T17:00:00+02:00",
        "Tessavir eye drops were recalled on Tuesday after a sealing fault was found.\n\n"
        "About 2,100 customers in Velder bought bottles from the faulty lot, the Velder "
        "health office said.", title=_RECALL,
    )  # fmt: skip
    facts = story_facts(tmp_path)
    fact = _fact_of(facts, "18,000 customers")
    assert not _holds(fact, "2,100 customers")


def test_reports_received_risen_and_reached_are_one_running_count(tmp_path: Path) -> None:
    write_article(
        tmp_path, "a.txt", "Brisk Wire", "2027-05-11T09:00:00+02:00",
        "The Ostmark Drugs Agency ordered the recall of Tessavir eye drops on Tuesday.\n\n"
        "The agency said it had received 9 complaints of stinging eyes, mostly from older "
        "customers.", title=_RECALL,
    )  # fmt: skip
    write_article(
        tmp_path, "b.txt", "Harlow Radio", "2027-05-12T09:00:00+02:00",
        "Complaints of stinging eyes from the recalled eye drops have risen to 21, the "
        "Ostmark Drugs Agency said on Wednesday.", title=_RECALL,
    )  # fmt: skip
    write_article(
        tmp_path, "c.txt", "Velder Daily", "2027-05-13T09:00:00+02:00",
        "Complaints of stinging eyes linked to the Tessavir recall have now reached 35, "
        "according to the agency.", title=_RECALL,
    )  # fmt: skip
    fact = _fact_of(story_facts(tmp_path), "received 9 complaints")
    assert _holds(fact, "risen to 21") and _holds(fact, "reached 35")
    assert fact.conflicts and all(c.kind is ConflictKind.NUMBER for c in fact.conflicts)
    assert not any(c.nature.value == "disagreement" for c in fact.conflicts)


def test_a_sum_ordered_paid_in_restitution_or_repaid_is_one_amount(tmp_path: Path) -> None:
    write_article(
        tmp_path, "a.txt", "Brisk Wire", "2027-06-01T15:00:00Z",
        "Judge Lena Asper fined Corvan 1 million crowns and ordered him and his former "
        "partner, Ida Wessel, to pay 120 million crowns in restitution.", title="Corvan sentenced",
    )  # fmt: skip
    write_article(
        tmp_path, "b.txt", "Brisk Wire", "2027-05-28T15:00:00Z",
        "His former partner, Ida Wessel, was convicted on three of the four counts against "
        "her.", title="Corvan convicted",
    )  # fmt: skip
    write_article(
        tmp_path, "c.txt", "Harlow Ledger", "2027-06-01T16:00:00Z",
        "Judge Lena Asper ordered him and former partner Ida Wessel to repay 102 million "
        "crowns to savers.", title="Corvan sentenced",
    )  # fmt: skip
    fact = _fact_of(story_facts(tmp_path), "120 million crowns")
    assert _holds(fact, "102 million")
    assert not _holds(fact, "three of the four counts")
    assert any(c.kind is ConflictKind.NUMBER for c in fact.conflicts)


def test_a_tally_in_figures_and_in_words_is_one_vote(tmp_path: Path) -> None:
    title = "Council approves new bridge"
    write_article(
        tmp_path, "a.txt", "Brisk Wire", "2027-04-06T20:00:00Z",
        "Harlow's council approved the new Osk bridge on Tuesday by eleven votes to six.",
        title=title,
    )  # fmt: skip
    write_article(
        tmp_path, "b.txt", "Harlow Radio", "2027-04-06T21:00:00Z",
        "The council voted 11 to 6 on Tuesday evening.", title=title,
    )  # fmt: skip
    fact = _fact_of(story_facts(tmp_path), "eleven votes to six")
    assert _holds(fact, "11 to 6")
