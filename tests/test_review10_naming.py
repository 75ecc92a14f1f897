"""A fact is named as firmly as most of its reports state it (review 10).

Two reports of "could last until June" and one of "will last" make a fact named in
the hedged wording; two of "will appeal" and one of "may appeal" one named in the firm
wording. The difference is still listed as a modality note.
"""

from __future__ import annotations

from pathlib import Path

from corrobora.model import ConflictKind, Modality
from corrobora.reconcile import _most_told_firmness

from .reconcile.conftest import make_claim
from .stories import fact_with, write_article


def test_the_most_told_firmness_is_kept() -> None:
    could = make_claim("a", "The shortage could last until June.", 0, modality=Modality.POSSIBLE)
    could_too = make_claim("b", "A shortage could last until June.", 0, modality=Modality.POSSIBLE)
    will = make_claim("c", "The shortage will last until June.", 0, modality=Modality.FUTURE)
    assert _most_told_firmness([will, could, could_too]) == [could, could_too]
    assert _most_told_firmness([could, will]) == [could, will]
    assert _most_told_firmness([could, will, will]) == [will, will]


def test_a_lone_firm_report_does_not_name_a_hedged_fact(tmp_path: Path) -> None:
    write_article(
        tmp_path,
        "a.txt",
        "Capital Times",
        "2026-04-14T13:00:00+02:00",
        "The medicines authority ordered the recall of 12 batches of Normatel on Tuesday.\n\n"
        "A shortage of Normatel could last until June, the authority said.",
        title="Regulator orders recall of Normatel batches",
    )
    write_article(
        tmp_path,
        "b.txt",
        "Evening Courant",
        "2026-04-14T08:00:00+02:00",
        "Pharmacists answered calls from patients after 12 batches of Normatel were "
        "recalled.\n\nThe Normatel shortage will last until June, the authority said.",
        title="Normatel recall: what patients need to know",
    )
    write_article(
        tmp_path,
        "c.txt",
        "Weekly Dispatch",
        "2026-04-14T16:00:00+02:00",
        "The recall of 12 batches of Normatel raised questions over testing, the "
        "authority said.\n\nA shortage of the drug Normatel could last until June, the "
        "authority said.",
        title="Normatel recall raises testing questions",
    )
    fact = fact_with(tmp_path, "will last until June")
    assert "could last" in fact.text
    assert any(c.kind is ConflictKind.MODALITY for c in fact.conflicts)
