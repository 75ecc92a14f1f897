"""A figure in a clause that only sets an act in time is no measure the claim states."""

from __future__ import annotations

from pathlib import Path

from corrobora import api
from corrobora.model import Claim
from corrobora.reconcile.totals import one_measure
from corrobora.settings import ReconcileParams, Settings

from ..stories import write_article


def _claim(folder: Path, name: str, outlet: str, body: str) -> Claim:
    write_article(folder, name, outlet, "2026-06-03T12:00:00", body)
    settings = Settings(reconcile=ReconcileParams(embeddings="none"))
    analyses, _ = api.analyze_files([folder / name], settings)
    (claim,) = [c for a in analyses for c in a.claims if c.quantities]
    return claim


def test_rate_in_an_after_clause_is_no_measure_of_the_lenders_act(tmp_path: Path) -> None:
    rate = _claim(
        tmp_path,
        "a.txt",
        "Harbour Radio",
        "The Ostrava central bank raised its main rate to 5.25 percent.",
    )
    lenders = _claim(
        tmp_path,
        "b.txt",
        "Coast Gazette",
        "Three lenders raised their mortgage rates, hours after the Ostrava central bank"
        " increased its main rate to 5.25 percent.",
    )
    assert not one_measure(rate, lenders)
