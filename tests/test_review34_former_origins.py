"""A man the story says left a body, or has died, is his own origin in every article.

One article's "Vendel, who was the deputy director of the Port Authority" or "Vendel
... died on Friday" makes another article's "Vendel, a deputy director at the Port
Authority, said he had warned ..." Vendel's own words, not the authority's: his account
of his own past, counted once with his other credits (``reconcile.origins.former_members``
passed to ``claim_origins``).
"""

from __future__ import annotations

from pathlib import Path

from .stories import fact_with, write_article

_ROLE_SAID = (
    "In 1998, Vendel, a deputy director at the Tessmoor Port Authority, said he had "
    "warned his superiors about the payments."
)


def test_a_past_role_told_by_another_article_keeps_his_words_his_own(tmp_path: Path) -> None:
    write_article(
        tmp_path,
        "a.txt",
        "Hill Ledger",
        "2026-02-05T10:00:00",
        "Oskar Vendel, who was the deputy director of the Tessmoor Port Authority when "
        "the bribery scheme came to light, spoke at a hearing on Friday.",
    )
    write_article(
        tmp_path,
        "b.txt",
        "Bay Herald",
        "2026-02-05T12:00:00",
        "Oskar Vendel spoke at a hearing on the Tessmoor port scandal on Friday. " + _ROLE_SAID,
    )
    fact = fact_with(tmp_path, "warned his superiors")
    assert fact.origins == ("oskar vendel",)


def test_a_man_the_article_says_has_died_speaks_for_no_body(tmp_path: Path) -> None:
    write_article(
        tmp_path,
        "a.txt",
        "Hill Ledger",
        "2026-02-05T10:00:00",
        "Oskar Vendel, who exposed the bribery scheme at the Tessmoor port, died on "
        "Friday at the age of 88. " + _ROLE_SAID,
    )
    fact = fact_with(tmp_path, "warned his superiors")
    assert fact.origins == ("oskar vendel",)


def test_the_late_official_speaks_for_himself(tmp_path: Path) -> None:
    write_article(
        tmp_path,
        "a.txt",
        "Hill Ledger",
        "2026-02-05T10:00:00",
        "A street in Tessmoor was named on Friday after the late Oskar Vendel. " + _ROLE_SAID,
    )
    fact = fact_with(tmp_path, "warned his superiors")
    assert fact.origins == ("oskar vendel",)


def test_his_own_account_in_two_articles_is_one_origin(tmp_path: Path) -> None:
    write_article(
        tmp_path,
        "a.txt",
        "Hill Ledger",
        "2026-02-05T10:00:00",
        "Oskar Vendel, who exposed the bribery scheme at the Tessmoor Port Authority, "
        "died on Friday at the age of 88. Vendel said he had warned his superiors about "
        "the payments in 1998.",
    )
    write_article(tmp_path, "b.txt", "Bay Herald", "2026-02-05T12:00:00", _ROLE_SAID)
    fact = fact_with(tmp_path, "warned his superiors")
    assert fact.origins == ("oskar vendel",)


def test_a_serving_spokeswoman_telling_of_a_death_still_speaks_for_the_body(
    tmp_path: Path,
) -> None:
    write_article(
        tmp_path,
        "a.txt",
        "Hill Ledger",
        "2026-02-05T10:00:00",
        "Oskar Vendel died on Friday at the age of 88. Ilse Marrow, a spokeswoman for "
        "the Tessmoor Port Authority, said the authority would reopen its files on the "
        "scheme.",
    )
    fact = fact_with(tmp_path, "reopen its files")
    assert fact.origins == ("tessmoor port authority",)
