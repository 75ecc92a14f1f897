"""A source's words quoted inside a writer's sentence drift like a full quote (review 8).

'"We are fighting this fire on every front," said X' against 'X said her crews were
"fighting this fire on all fronts"' is one utterance worded two ways: a wording
conflict on the fact, not only a note in the quote groups.
"""

from __future__ import annotations

from pathlib import Path

from corrobora.model import ConflictKind

from .stories import fact_with, write_article


def test_a_partial_quote_reworded_is_a_wording_conflict(tmp_path: Path) -> None:
    write_article(
        tmp_path,
        "wire.txt",
        "Tarn Wire",
        "2026-08-12T09:00:00+00:00",
        "The Hollin Ridge fire spread toward Ostvale on Wednesday.\n\n"
        '"We are holding the line on every ridge, but the heat is not on our side," said '
        "Mara Fenn, chief of the Ostvale fire service.",
    )
    write_article(
        tmp_path,
        "post.txt",
        "Orlen Post",
        "2026-08-12T11:00:00+00:00",
        "Crews struggled to contain the blaze east of Ostvale.\n\n"
        'Chief Mara Fenn said her crews were "holding the line on all ridges, but the heat is '
        'against us."',
    )
    fact = fact_with(tmp_path, "holding the line")
    (wording,) = [c for c in fact.conflicts if c.kind is ConflictKind.WORDING]
    assert "every ridge" in wording.detail and "all ridges" in wording.detail
