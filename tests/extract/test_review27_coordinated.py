"""Coordinated reports and predicates before a closing credit.

In "The organisers said 90,000 people took part, and police said 30,000" the parser
may hang the second "police said" on the organisers' clause; each speaker is credited
with their own words. In "X was jailed for four years and fined 80,000 crowns, police
said" the fine is a fact of its own, split off as it is without the closing clause,
and the closing credit covers both parts.
"""

from __future__ import annotations

from pathlib import Path

from corrobora.extract.analyze import analyze_article
from corrobora.model import AnalyzedArticle, Claim
from corrobora.settings import AnalyzeParams
from tests.stories import attributions, credit_of, fact_with, text_article, write_article

_RALLY = "The organisers said 90,000 people took part in the rally, and police said 30,000."


def _analyzed(text: str, outlet: str) -> AnalyzedArticle:
    return analyze_article(text_article(text, outlet), AnalyzeParams())


def _claim(found: AnalyzedArticle, words: str) -> Claim:
    (claim,) = [c for c in found.claims if words in c.text]
    return claim


# --- two coordinated reports, two speakers ----------------------------------------


def test_the_second_coordinated_report_is_its_own_speakers() -> None:
    found = attributions(_RALLY, "Harlow Courier")
    organisers = credit_of(found, "organisers said", _RALLY)
    assert "police" not in _RALLY[organisers.content.start : organisers.content.end]
    police = credit_of(found, "police said", _RALLY)
    assert police.source_key == "police"
    assert "30,000" in _RALLY[police.content.start : police.content.end]


def test_a_that_clause_conjoined_stays_in_the_first_report() -> None:
    text = "The organisers said 90,000 people took part, and that police had said 30,000."
    found = attributions(text, "Harlow Courier")
    organisers = credit_of(found, "organisers said", text)
    assert "30,000" in text[organisers.content.start : organisers.content.end]


def test_the_police_figure_has_only_the_police_as_origin(tmp_path: Path) -> None:
    write_article(
        tmp_path,
        "a.txt",
        "Harlow Courier",
        "2026-05-02T18:00:00",
        "Thousands marched through Brenmoor on Saturday against the hospital closure. " + _RALLY,
    )
    write_article(
        tmp_path,
        "b.txt",
        "Eastfield Radio",
        "2026-05-02T19:00:00",
        "Thousands marched through Brenmoor on Saturday against the hospital closure. "
        "Police estimated the crowd at 30,000.",
    )
    fact = fact_with(tmp_path, "Police estimated the crowd")
    assert fact.origins == ("police",)


# --- a second predicate before a closing credit -----------------------------------


_SENTENCE = (
    "Pieter Malm, the former harbour master, was sentenced on Monday to four years in "
    "prison and fined 80,000 crowns, police said."
)


def test_a_second_predicate_is_split_before_a_closing_credit() -> None:
    found = _analyzed(_SENTENCE, "Harlow Courier")
    prison = _claim(found, "four years in prison")
    fine = _claim(found, "fined 80,000 crowns")
    assert prison is not fine
    assert "80,000" not in prison.text
    for claim in (prison, fine):
        assert claim.attribution is not None
        assert claim.attribution.source_key == "police"


def test_the_split_fine_meets_a_different_fine(tmp_path: Path) -> None:
    write_article(
        tmp_path,
        "a.txt",
        "Harlow Courier",
        "2026-05-04T18:00:00",
        "A court in Brenmoor on Monday sentenced former harbour master Pieter Malm to four "
        "years in prison for fraud and fined him 60,000 crowns.",
    )
    write_article(tmp_path, "b.txt", "Eastfield Radio", "2026-05-04T19:00:00", _SENTENCE)
    fact = fact_with(tmp_path, "fined 80,000 crowns")
    assert any("60,000" in s.text for s in fact.support)
    assert fact.conflicts
