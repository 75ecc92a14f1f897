"""A sentence an outlet adds to its copy of another article is its own report, and a bare
surname the recognizer took for an organization is the person (review 11).

An outlet running a press release word for word and adding "Shares rose 6% in early
trading" repeats the release, but the added sentence is its own: one independent
origin, the outlet, not "stated only in copies".
"""

from __future__ import annotations

from pathlib import Path

from corrobora.model import SourceKind
from corrobora.reconcile.origins import fuller_keys, outlet_key

from .stories import credit, fact_with, write_article

RELEASE = (
    "Veltrano Systems reported third-quarter revenue of $4.2 billion on Wednesday, up 9% "
    "from a year earlier.\n\n"
    "Net profit rose 12% to $610 million, the company said in a statement.\n\n"
    "The company said demand for its warehouse robots grew in every region.\n\n"
    "Veltrano expects full-year revenue of about $16.5 billion.\n\n"
    '"This was our strongest quarter yet," said Chief Executive Ines Marrow.'
)


def test_a_sentence_added_to_a_copy_is_the_copiers_own(tmp_path: Path) -> None:
    write_article(
        tmp_path, "a.txt", "Veltrano Systems", "2026-10-21T07:00:00+00:00", RELEASE,
        title="Veltrano Systems reports third-quarter results",
    )  # fmt: skip
    write_article(
        tmp_path, "b.txt", "Daily Ledger Markets", "2026-10-21T09:00:00+00:00",
        RELEASE + "\n\nShares in Veltrano rose 6% in early trading on the Calder Stock Exchange.",
        title="Veltrano Systems reports third-quarter results",
    )  # fmt: skip
    added = fact_with(tmp_path, "rose 6% in early trading")
    assert added.independent_support == 1
    assert added.origins == ("daily ledger markets",)
    assert not any(s.is_copy for s in added.support)
    copied = fact_with(tmp_path, "warehouse robots")
    assert copied.independent_support == 1
    assert [s.is_copy for s in copied.support] == [False, True]


def test_a_bare_surname_taken_for_an_organization_is_the_person() -> None:
    found = fuller_keys(
        [
            credit("ines marrow", SourceKind.PERSON),
            credit("marrow", SourceKind.ORGANIZATION),
            credit("veltrano", SourceKind.ORGANIZATION),
            credit("veltrano systems", SourceKind.ORGANIZATION),
        ]
    )
    assert found == {"marrow": "ines marrow", "veltrano": "veltrano systems"}
    two_words = fuller_keys(
        [
            credit("ines marrow", SourceKind.PERSON),
            credit("marrow group", SourceKind.ORGANIZATION),
        ]
    )
    assert two_words == {}


def test_an_organizations_newsroom_is_the_organization() -> None:
    assert outlet_key("Veltrano Systems Newsroom") == "veltrano systems"
    assert outlet_key("Harbour Port Authority Press Office") == outlet_key("Harbour Port Authority")
    assert outlet_key("Newsroom") == "newsroom"
    assert outlet_key("The Daily Ledger") == outlet_key("Daily Ledger")
