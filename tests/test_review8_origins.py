"""A group a story names by what it does is the body an article names (review 8).

"The organisers, the Fair Rent Coalition, said ..." in one article makes "according to
the organisers" in another the coalition's word: one origin, not two.
"""

from __future__ import annotations

from pathlib import Path

from corrobora import api
from corrobora.settings import ReconcileParams, Settings


def _write(folder: Path, name: str, outlet: str, body: str) -> None:
    (folder / name).write_text(
        f"Title: {outlet} report\nOutlet: {outlet}\nPublished: 2026-09-12T18:00:00+00:00\n\n"
        f"{body}\n",
        encoding="utf-8",
    )


def test_the_organisers_are_the_body_named_beside_them(tmp_path: Path) -> None:
    _write(
        tmp_path,
        "gazette.txt",
        "Tarnby Gazette",
        "Thousands walked through Tarnby on Saturday against school closures.\n\n"
        "The organisers, the Open Schools Alliance, said more than 40,000 people took part "
        "in the march.",
    )
    _write(
        tmp_path,
        "observer.txt",
        "Harbour Observer",
        "Families filled the streets of the old town on Saturday afternoon.\n\n"
        "More than 40,000 people took part in the march, according to the organisers.",
    )
    settings = Settings(reconcile=ReconcileParams(embeddings="none"))
    (report,) = api.compare([tmp_path], settings).reports
    (fact,) = [f for f in report.reconciliation.facts if "40,000" in f.text]
    assert fact.origins == ("open schools alliance",)
