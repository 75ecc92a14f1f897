"""A quote that counts what another act did is no support for a fact it only names.

'"The feigned illness served Dorn well - it kept him out of court for 20 years,"
said a historian' uses the verb of "Dorn was serving a 9-year sentence" of something
else, and gives its figure of another act: an opinion, not a second source for the
sentence's length.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from corrobora.model import Claim, Quantity, Span
from corrobora.reconcile.acts import quote_of_another_act

from .reconcile.conftest import make_claim
from .stories import fact_with, write_article


def _write(tmp_path: Path, quote: str) -> None:
    write_article(
        tmp_path,
        "a.txt",
        "Harbour Post",
        "2024-02-05T18:00",
        "Smuggler Edvin Dorn died in hospital on Sunday.\n"
        "Dorn was serving a 9-year sentence for a fraud conviction in 2019.",
    )
    write_article(
        tmp_path,
        "b.txt",
        "Coastal Times",
        "2024-02-06",
        "Smuggler Edvin Dorn died on Sunday in hospital.\n" + quote,
    )


def test_a_quote_counting_another_act_is_no_second_source(tmp_path: Path) -> None:
    _write(
        tmp_path,
        '"The feigned illness served Dorn well-it kept him out of court for 20 years-but '
        'in the end it caught up with him," said Mara Olt, a crime historian.',
    )
    fact = fact_with(tmp_path, "9-year sentence")
    assert not any("feigned illness" in s.text for s in fact.support)


def _claim(article_id: str, text: str, predicate: str, figure: str, quoted: bool) -> Claim:
    """A claim of ``text`` that counts years by ``figure``, written in it."""
    claim = make_claim(article_id, text, 0, predicate=predicate)
    at = text.index(figure)
    years = Quantity(Span(at, at + len(figure)), figure, float(figure), "year")
    return replace(claim, quantities=(years,), quoted=quoted)


def test_a_quote_of_the_act_it_counts_is_not_kept_apart() -> None:
    told = _claim("a", "Dorn was serving a 9-year sentence", "serve", "9", quoted=False)
    kept = _claim("b", '"It kept him out of court for 20 years," said Olt.', "keep", "20", True)
    served = _claim("b", '"He served 20 years of it," said Olt.', "serve", "20", True)
    other = _claim("b", '"It served him well: it kept him out for 20 years."', "keep", "20", True)
    assert not quote_of_another_act(told, kept)  # the fact's verb is nowhere in it
    assert not quote_of_another_act(told, served)  # the same act, in another figure
    assert quote_of_another_act(told, other)
