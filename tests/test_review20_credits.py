"""The writer's own 'I' is the article's voice, no unnamed source (review 20)."""

from __future__ import annotations

from pathlib import Path

from corrobora import api
from corrobora.report.markdown import render_markdown
from corrobora.settings import ReconcileParams, Settings

from .stories import write_article


def test_a_writers_own_i_is_neither_an_unnamed_source_nor_a_credit(tmp_path: Path) -> None:
    write_article(
        tmp_path, "a.txt", "Leakwatch", "2027-11-08T21:00:00Z",
        "I reported the sale of the Norrvik Rail database to the company on Sunday "
        "evening. I downloaded a sample of the database and checked it carefully.",
        title="Norrvik Rail database offered for sale",
    )  # fmt: skip
    settings = Settings(reconcile=ReconcileParams(embeddings="none"))
    (report,) = api.compare([tmp_path], settings).reports
    recon = report.reconciliation
    assert not [e for e in recon.provenance if e.target == "i"]
    assert all("unnamed" not in f.confidence_reason for f in recon.facts)
    markdown = render_markdown([report])
    assert "credits i " not in markdown and "credits no one" in markdown
