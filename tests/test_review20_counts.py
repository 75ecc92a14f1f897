"""Customers whose data was stolen are a running count; 'well above' qualifies (review 20)."""

from __future__ import annotations

from pathlib import Path

from corrobora.model import ConflictKind, ConflictNature

from .stories import fact_with, story_facts, write_article

_TITLE = "Hackers steal data of Norrvik Rail customers"


def test_a_later_higher_count_of_customers_whose_data_was_stolen_is_an_update(
    tmp_path: Path,
) -> None:
    write_article(
        tmp_path, "a.txt", "Ardel Herald", "2027-11-09T09:00:00Z",
        "Norrvik Rail said on Monday that hackers had stolen the personal data of about "
        "1 million customers from its ticketing system.", title=_TITLE,
    )  # fmt: skip
    write_article(
        tmp_path, "b.txt", "Kessing Radio", "2027-11-10T09:00:00Z",
        "Norrvik Rail said on Tuesday that hackers had stolen the personal data of 2.6 "
        "million customers from its ticketing system.", title=_TITLE,
    )  # fmt: skip
    fact = fact_with(tmp_path, "2.6 million")
    assert [(c.kind, c.nature) for c in fact.conflicts] == [
        (ConflictKind.NUMBER, ConflictNature.UPDATE)
    ]


def test_a_figure_set_well_above_another_stays_with_its_statement(tmp_path: Path) -> None:
    write_article(
        tmp_path, "a.txt", "Ardel Herald", "2027-11-10T12:00:00Z",
        "As many as 4 million Norrvik Rail customers may have had their data stolen, a "
        "person familiar with the inquiry said, well above the 2.6 million the company "
        "announced in the morning.", title=_TITLE,
    )  # fmt: skip
    (fact,) = story_facts(tmp_path)
    assert fact.support[0].text.endswith("announced in the morning.")
