"""A former official speaks for himself, not for the body he once served.

"former Harbour Police chief X", "X, who was the deputy director of the Port
Authority", "X, who had left the agency": the story's credits to X are X's own, never
the body's, so his later account and the body's statements stay apart
(``reconcile.origins.former_members``).
"""

from __future__ import annotations

from pathlib import Path

from .stories import fact_with, write_article


def _story(tmp_path: Path, first: str, second: str) -> None:
    write_article(
        tmp_path,
        "a.txt",
        "Hill Ledger",
        "2026-02-05T10:00:00",
        "Oskar Vendel, who exposed the bribery scheme at the Tessmoor Port Authority, "
        "died on Friday at the age of 88. " + first,
    )
    write_article(
        tmp_path,
        "b.txt",
        "Bay Herald",
        "2026-02-05T12:00:00",
        "Oskar Vendel, the whistleblower of the Tessmoor port scandal, died on Friday "
        "at 88. " + second,
    )


def test_a_past_role_in_one_article_keeps_his_credits_his_own(tmp_path: Path) -> None:
    _story(
        tmp_path,
        "Vendel, who was the deputy director of the Tessmoor Port Authority at the time, "
        "refused to sign the accounts. In 2004, Vendel revealed that he had kept copies "
        "of the ledgers.",
        "In 1998, Vendel, a deputy director at the Tessmoor Port Authority, said he "
        "had warned his superiors about the payments.",
    )
    fact = fact_with(tmp_path, "kept copies of the ledgers")
    assert fact.origins == ("oskar vendel",)


def test_a_former_official_named_so_is_no_voice_of_the_body(tmp_path: Path) -> None:
    _story(
        tmp_path,
        "Former Tessmoor Port Authority official Oskar Vendel said in 2004 that he had "
        "kept copies of the ledgers.",
        "Vendel said he had warned his superiors about the payments.",
    )
    fact = fact_with(tmp_path, "kept copies of the ledgers")
    assert fact.origins == ("oskar vendel",)


def test_a_serving_official_still_speaks_for_the_body(tmp_path: Path) -> None:
    _story(
        tmp_path,
        "Ilse Marrow, a spokeswoman for the Tessmoor Port Authority, said the authority "
        "had reopened its files on the scheme.",
        "The port authority said it had opened an inquiry into the payments.",
    )
    fact = fact_with(tmp_path, "reopened its files")
    assert fact.origins == ("tessmoor port authority",)
