"""Disputes the timeline must not hide (review 11).

Two reports that each carry a company's cause and an agency's "still not known"
disagree; a final vote tally given again lower is disputed, not updated; "resigned"
against "was sacked" are opposite acts; a copy that softens "will" to "could" changes
what it states; "a worker injured in the blast has died" counts one death, not one
injured worker.
"""

from __future__ import annotations

from pathlib import Path

from corrobora.extract.nlp import parse
from corrobora.extract.quantities import find_quantities
from corrobora.model import ConflictKind, ConflictNature, FactStatus, Modality
from corrobora.reconcile.conflicts import fact_conflicts, negation_conflict
from corrobora.settings import DEFAULT_MODEL

from .extract.conftest import build_article
from .reconcile.conftest import make_claim
from .stories import fact_with, write_article


def test_reports_that_each_give_a_cause_and_not_known_disagree(tmp_path: Path) -> None:
    write_article(
        tmp_path,
        "a.txt",
        "Kelby Wire",
        "2026-05-11T09:30:00+01:00",
        "An explosion hit the Dunmere refinery on Monday morning.\n\n"
        "Dunmere Oil said the blast was caused by a faulty pressure valve. The National "
        "Environment Agency said the cause of the explosion was not yet known.",
        title="Blast at Dunmere refinery",
    )
    write_article(
        tmp_path,
        "b.txt",
        "Fenwick Gazette",
        "2026-05-11T19:00:00+01:00",
        "Dunmere Oil said the explosion at its refinery on Monday was caused by a faulty "
        "pressure valve.\n\nThe National Environment Agency said on Monday evening that the "
        "cause of the explosion was still not known.",
        title="Dunmere refinery blast: cause disputed",
    )
    fact = fact_with(tmp_path, "was caused by a faulty pressure valve.")
    causes = [c for c in fact.conflicts if c.kind is ConflictKind.CAUSE]
    assert [c.nature for c in causes] == [ConflictNature.DISAGREEMENT]
    assert fact.status is FactStatus.CONFLICTING


def test_a_final_tally_given_again_lower_is_disputed(tmp_path: Path) -> None:
    write_article(
        tmp_path,
        "a.txt",
        "Orrin Press Association",
        "2026-06-02T18:00:00+00:00",
        "The Harbour Reform Bill passed its final reading in the Senate of Kell on Tuesday "
        "by 312 votes to 298, the Senate clerk announced.\n\nHarbour unions had campaigned "
        "against the reform for two years and promised further strikes.",
        title="Harbour Reform Bill passes the Senate of Kell",
    )
    write_article(
        tmp_path,
        "b.txt",
        "Morning Quill",
        "2026-06-03T07:00:00+00:00",
        "The government's Harbour Reform Bill passed its final reading in the Senate of "
        "Kell last night by 311 votes to 299.\n\nFinance Minister Edda Voss called the "
        "result a victory for common sense.",
        title="Harbour Reform Bill passes the Senate of Kell",
    )
    fact = fact_with(tmp_path, "312 votes to 298")
    (number,) = [c for c in fact.conflicts if c.kind is ConflictKind.NUMBER]
    assert number.nature is ConflictNature.DISAGREEMENT
    assert "312 votes to 298" in fact.text


def test_resigned_and_sacked_are_opposite_acts() -> None:
    resigned = make_claim(
        "a", "Housing Minister Carla Dunmore resigned on Tuesday.", 0, predicate="resign"
    )
    sacked = make_claim(
        "b", "Housing Minister Carla Dunmore was sacked on Tuesday.", 0, predicate="sack"
    )
    conflict = negation_conflict(resigned, sacked)
    assert conflict is not None and "'sack'" in conflict.detail


def test_a_copy_that_softens_will_to_could_is_a_modality_difference() -> None:
    will = make_claim("a", "Vell will call a second vote next month.", 0, modality=Modality.FUTURE)
    could = make_claim(
        "b", "Vell could call a second vote next month.", 0, modality=Modality.POSSIBLE
    )
    found = fact_conflicts([will, could], {}, {}, copies={"b": "a"})
    assert [c.kind for c in found] == [ConflictKind.MODALITY]


def test_one_who_died_counts_the_dead() -> None:
    text = "A worker injured in the explosion at the refinery has died in hospital."
    found = find_quantities(parse(text, DEFAULT_MODEL), build_article(text))
    assert [(q.text, q.value, q.unit) for q in found] == [("A", 1.0, "dead")]
