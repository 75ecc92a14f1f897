"""A past conviction is no support for a charge not yet tried, nor the other way round.

"Kell has a long record, including convictions for arson and assault" and "Kell was
arrested on Monday and will be arraigned on two counts of arson" share the man, his age
and the crime; a record of verdicts is his past, and the arrest is the act reported.
"""

from __future__ import annotations

from pathlib import Path

from corrobora.reconcile.acts import conviction_and_charge

from .reconcile.conftest import make_claim
from .stories import fact_with, write_article


def _write(tmp_path: Path, record: str) -> None:
    write_article(
        tmp_path,
        "a.txt",
        "Valley Gazette",
        "2025-03-04T09:00",
        "Bram Kell, 41, was arrested on Monday and will be arraigned today on two counts of arson.",
    )
    write_article(tmp_path, "b.txt", "River Courier", "2025-03-04T12:00", record)


def test_a_record_of_convictions_does_not_support_the_arrest(tmp_path: Path) -> None:
    _write(
        tmp_path,
        "The suspect, Bram Kell, 41, has a long record of violence, including convictions "
        "for arson and assault.",
    )
    fact = fact_with(tmp_path, "was arrested on Monday")
    assert not any("convictions" in s.text for s in fact.support)
    assert fact.independent_support == 1


def test_a_conviction_and_a_charge_are_two_acts() -> None:
    convicted = make_claim("b", "Kell has prior convictions for arson.", 0, predicate="have")
    charged = make_claim("a", "Kell was charged with arson on Monday.", 0, predicate="charge")
    assert conviction_and_charge(convicted, charged)
    assert conviction_and_charge(charged, convicted)


def test_a_claim_of_both_is_left_to_the_scores() -> None:
    both = make_claim("b", "Kell, convicted of arson in 2019, was arrested again.", 0)
    charged = make_claim("a", "Kell was arrested on Monday.", 0, predicate="arrest")
    assert not conviction_and_charge(both, charged)
    other = make_claim("c", "Kell was convicted of arson in 2019.", 0, predicate="convict")
    assert not conviction_and_charge(other, both)
