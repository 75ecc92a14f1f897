"""A club "picked up" or "re-signed" a player: one act, whose days are compared."""

from __future__ import annotations

from pathlib import Path

from corrobora.model import ConflictKind
from corrobora.reconcile.predicates import same_predicate_class

from .stories import fact_with, write_article

_TITLE = "Harbor Hawks bring back Dale Orrin"


def test_picked_up_and_re_signed_on_two_days_is_a_date_conflict(tmp_path: Path) -> None:
    write_article(
        tmp_path, "a.txt", "Bay Sports", "2027-01-05T15:00:00Z",
        "On Tuesday, the Hawks re-signed forward Dale Orrin after putting Lev Sarno on "
        "the injured list.", title=_TITLE,
    )  # fmt: skip
    write_article(
        tmp_path, "b.txt", "Cove Gazette", "2027-01-05T16:00:00Z",
        "The Hawks picked up Dale Orrin on Monday after putting Lev Sarno on the "
        "injured list.", title=_TITLE,
    )  # fmt: skip
    fact = fact_with(tmp_path, "picked up Dale Orrin")
    assert len({s.article_id for s in fact.support}) == 2
    assert any(c.kind is ConflictKind.DATE for c in fact.conflicts)


def test_signing_verbs_are_one_class() -> None:
    assert same_predicate_class("pick up", "re-sign")
    assert same_predicate_class("sign", "re-sign")
