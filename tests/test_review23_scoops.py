"""An outlet credited with one scoop is no source of the crediting article's other facts."""

from __future__ import annotations

from pathlib import Path

from .stories import fact_with, write_article


def _write_verdict(tmp_path: Path, credit: str) -> None:
    write_article(
        tmp_path, "a.txt", "Harrow Gazette", "2027-05-11T18:00:00Z",
        "A jury found Tollgate founder Mira Solberg guilty of fraud on Tuesday.\n\n"
        "Solberg rejected a plea offer of six years in prison last year, according to two "
        "people familiar with the talks.\n\n"
        "Sentencing is set for Friday.",
        title="Solberg convicted",
    )  # fmt: skip
    write_article(
        tmp_path, "b.txt", "Lindqvist News", "2027-05-11T19:30:00Z",
        "A Harrow jury found Tollgate founder Mira Solberg guilty of fraud on Tuesday.\n\n"
        f"Solberg turned down a plea deal of six years in prison{credit}.\n\n"
        "Sentencing is scheduled for Friday.",
        title="Solberg found guilty",
    )  # fmt: skip


def test_a_scoop_credit_leaves_the_other_facts_the_article_own(tmp_path: Path) -> None:
    _write_verdict(tmp_path, ", as first reported by the Harrow Gazette")
    verdict = fact_with(tmp_path, "guilty of fraud")
    assert verdict.origins == ("harrow gazette", "lindqvist news")
    assert verdict.independent_support == 2


def test_a_credit_of_the_report_still_relays_it(tmp_path: Path) -> None:
    _write_verdict(tmp_path, ", the Harrow Gazette reported")
    verdict = fact_with(tmp_path, "guilty of fraud")
    assert verdict.origins == ("harrow gazette",)
