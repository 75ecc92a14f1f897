"""A street's shortened last word keys as written out: one street, however addressed."""

from __future__ import annotations

from pathlib import Path

from corrobora.text import canonical_key

from .stories import fact_with, write_article


def test_a_shortened_street_word_keys_as_the_whole_word() -> None:
    assert canonical_key("Tollis Ave.") == canonical_key("Tollis Avenue") == "tollis avenue"
    assert canonical_key("Harrow St") == "harrow street"
    assert canonical_key("Sunset Blvd.") == "sunset boulevard"
    # only a street's last word: "St Albans" is a saint's town, a lone "Ave" no street
    assert canonical_key("St Albans") == "st albans"
    assert canonical_key("Ave") == "ave"


def test_one_street_shortened_in_one_report_is_no_entity_conflict(tmp_path: Path) -> None:
    write_article(
        tmp_path,
        "a.txt",
        "Harbor Ledger",
        "2031-05-02T09:00",
        "Marco Dunn, 18, was arrested in the shooting of a grandmother in Kessel. "
        "Dunn had been arrested before for walking down Tollis Ave. with a loaded gun, "
        "sources told the Kessel Courier.",
        title="Teen held in Kessel shooting",
    )
    write_article(
        tmp_path,
        "b.txt",
        "Valley Post",
        "2031-05-02T11:00",
        "Marco Dunn, 18, was charged in the shooting of a grandmother in Kessel. "
        "Dunn had been arrested before for walking down Tollis Avenue with a loaded gun.",
        title="Kessel teen charged in shooting",
    )
    fact = fact_with(tmp_path, "Tollis")
    assert len({s.article_id for s in fact.support}) == 2
    assert not [c for c in fact.conflicts if "tollis" in c.detail.casefold()]
