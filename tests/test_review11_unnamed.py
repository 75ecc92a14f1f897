"""A fact that rests on unnamed sources or on hearsay says so in its confidence (reviews 11, 12).

"..., according to a person familiar with the matter" is traced to the outlet that
cites the person, so two outlets count two origins; the reason says both rest on
unnamed sources only, and the confidence is lower than for named ones.
"""

from __future__ import annotations

from pathlib import Path

from corrobora.model import FactStatus
from corrobora.reconcile.facts import explain_confidence

from .stories import fact_with, write_article


def test_unnamed_sources_lower_the_confidence_and_are_named_in_the_reason() -> None:
    named, why_named = explain_confidence(FactStatus.CORROBORATED, 2, ("a", "b"), ())
    unnamed, why_unnamed = explain_confidence(FactStatus.CORROBORATED, 2, ("a", "b"), (), unnamed=2)
    assert unnamed < named
    assert "on unnamed sources only" in why_unnamed and "unnamed" not in why_named
    _, some = explain_confidence(FactStatus.CORROBORATED, 2, ("a", "b"), (), unnamed=1)
    assert "1 of the articles on unnamed sources only" in some


def test_a_fact_on_a_person_familiar_with_the_matter_says_so(tmp_path: Path) -> None:
    for name, outlet, hour in (
        ("a.txt", "Estrava Chronicle", "08"),
        ("b.txt", "Meridian Post", "11"),
    ):
        write_article(
            tmp_path,
            name,
            outlet,
            f"2026-11-02T{hour}:00:00+00:00",
            "Halvard Logistics agreed on Monday to buy Pemberton Freight for $8.5 billion.\n\n"
            "Halvard had considered a higher cash offer before settling on shares, "
            "according to a person familiar with the matter.",
            title="Halvard Logistics agrees to buy Pemberton Freight",
        )
    fact = fact_with(tmp_path, "higher cash offer")
    assert "on unnamed sources only" in fact.confidence_reason
    deal = fact_with(tmp_path, "agreed on Monday")
    assert "unnamed" not in deal.confidence_reason


def test_hearsay_lowers_the_confidence_and_is_named_in_the_reason() -> None:
    firm, _ = explain_confidence(FactStatus.SINGLE_SOURCE, 1, ("a",), ())
    hearsay, why = explain_confidence(FactStatus.SINGLE_SOURCE, 1, ("a",), (), hearsay=1)
    assert hearsay < firm
    assert "only as hearsay" in why


def test_a_reportedly_fact_says_so(tmp_path: Path) -> None:
    write_article(
        tmp_path, "a.txt", "Sports Wire", "2026-07-08T10:00:00+00:00",
        "Tomas Vireo has joined Redmarsh United from Castlebrook Athletic.\n\n"
        "Vireo will reportedly earn 120,000 pounds a week at Redmarsh.",
        title="Vireo joins Redmarsh United",
    )  # fmt: skip
    fact = fact_with(tmp_path, "reportedly earn")
    assert "only as hearsay" in fact.confidence_reason
    assert "hearsay" not in fact_with(tmp_path, "has joined").confidence_reason
