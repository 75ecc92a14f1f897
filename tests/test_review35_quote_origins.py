"""A quote whose speaker is known is traced to the speaker, whatever frames it.

"The judge had advice for the guards:" then the quote on lines of its own: no credit
covers the quoted sentences, but the quote's speaker is found, and two outlets carrying
the same quote repeat one person's words, one origin, not two outlets' own reports.
"""

from __future__ import annotations

from pathlib import Path

from .stories import fact_with, write_article

_QUOTE = '"Never lend Mr. Varro your keys.\nNever.\nBecause he will not return them."'


def _write_story(folder: Path) -> None:
    write_article(
        folder,
        "a.txt",
        "Valley Herald",
        "2026-04-04T10:00:00",
        "Circuit Judge Edna Marlowe sentenced Otto Varro to six years in prison on "
        "Saturday.\nThe judge offered advice for the landlords who will deal with Varro:\n"
        + _QUOTE,
    )
    write_article(
        folder,
        "b.txt",
        "Metro Ledger",
        "2026-04-04T12:00:00",
        "Judge Edna Marlowe sentenced Otto Varro to six years in prison Saturday.\n"
        "The judge had advice for anyone who deals with Varro in the future:\n" + _QUOTE,
    )


def test_a_quote_set_off_after_a_colon_is_its_speakers(tmp_path: Path) -> None:
    _write_story(tmp_path)
    fact = fact_with(tmp_path, "will not return them")
    assert fact.origins == ("edna marlowe",)
    assert fact.independent_support == 1


def test_a_sentence_of_the_writers_own_stays_the_outlets(tmp_path: Path) -> None:
    _write_story(tmp_path)
    fact = fact_with(tmp_path, "six years in prison")
    assert fact.origins == ("metro ledger", "valley herald")
