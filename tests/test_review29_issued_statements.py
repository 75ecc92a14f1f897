"""An unowned statement is the statement of the story's one body that issued one.

"..., a statement reads" names no author; in a story whose one body credited with a
statement of its own is Harlow Mills ("the company said in a statement"), it is that
body's statement, one origin with it (``reconcile.origins.issued_statements``).
"""

from __future__ import annotations

from pathlib import Path

from .stories import fact_with, write_article

_QUOTE = '"Our thoughts are with the families of our colleagues,"'


def _story(folder: Path, issued: str, unowned: str, extra: str = "") -> None:
    write_article(
        folder,
        "a.txt",
        "Valley Radio",
        "2026-04-02T08:00:00",
        "A worker opened fire at the Harlow Mills plant in Brenna on Tuesday, killing two "
        f"colleagues, police said. {_QUOTE} {issued}.{extra}",
    )
    write_article(
        folder,
        "b.txt",
        "Northern Courier",
        "2026-04-02T09:00:00",
        "Two workers were killed when a colleague opened fire at the Harlow Mills plant in "
        f"Brenna on Tuesday. {_QUOTE} {unowned}.",
    )


def test_a_statement_that_reads_is_the_one_issuers(tmp_path: Path) -> None:
    _story(tmp_path, "the company said in a statement", "a statement reads")
    fact = fact_with(tmp_path, "Our thoughts are with")
    assert fact.origins == ("harlow mills",)
    assert fact.independent_support == 1


def test_a_company_statement_is_the_storys_one_company(tmp_path: Path) -> None:
    _story(tmp_path, "the company said in a news release", "a company statement reads")
    fact = fact_with(tmp_path, "Our thoughts are with")
    assert fact.origins == ("harlow mills",)


def test_a_statement_opening_the_sentence_credits_its_body(tmp_path: Path) -> None:
    _story(tmp_path, "In a statement, Harlow Mills said", "the statement said")
    fact = fact_with(tmp_path, "Our thoughts are with")
    assert fact.origins == ("harlow mills",)


def test_two_issuers_leave_a_statement_its_own(tmp_path: Path) -> None:
    sheriff = " Sheriff Dana Oakes said in a statement that the plant was sealed off."
    _story(tmp_path, "the company said in a statement", "a statement reads", sheriff)
    fact = fact_with(tmp_path, "Our thoughts are with")
    assert "statement" in fact.origins
