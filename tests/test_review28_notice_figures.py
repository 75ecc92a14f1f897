"""A correction notice that names its figures in the sentence after its label.

"Correction: An earlier version of this article misstated the margin. The measure
passed by 872 votes, not 827 votes.": the figure the outlet's earlier report gave is
the one taken back; the other stands in its place. The notice's own article giving a
later count does not dispute the figure it withdrew.
"""

from __future__ import annotations

from pathlib import Path

from corrobora.model import ConflictKind, ConflictNature

from .stories import fact_with, write_article


def _reports(tmp_path: Path) -> None:
    write_article(
        tmp_path,
        "a.txt",
        "Valley Radio",
        "2027-05-11T18:00:00",
        "With all wards counted, the Tarnby library levy passed by 872 votes, according to "
        "results released by the Tarnby election office on Tuesday.",
    )
    write_article(
        tmp_path,
        "b.txt",
        "Tarnby Gazette",
        "2027-05-11T19:00:00",
        "Council members welcomed the result of the vote on Tuesday.\n\n"
        "With all wards counted, the library levy passed by 827 votes, its backers said on "
        "Tuesday.",
    )
    write_article(
        tmp_path,
        "c.txt",
        "Tarnby Gazette",
        "2027-05-12T15:00:00",
        "Opponents of the library levy asked the Tarnby election office for a recount.\n\n"
        "The library levy passed by 851 votes after late postal ballots were counted, the "
        "election office said.\n\n"
        "Correction: An earlier version of this article, published on Tuesday, misstated the "
        "levy's margin. With all wards counted, the levy passed by 872 votes according to the "
        "election office, not 827 votes.",
    )


def test_the_notice_replaces_the_outlets_figure_with_the_one_it_states(tmp_path: Path) -> None:
    _reports(tmp_path)
    fact = fact_with(tmp_path, "passed by 827 votes")
    numbers = [c for c in fact.conflicts if c.kind is ConflictKind.NUMBER]
    corrections = [c for c in numbers if c.nature is ConflictNature.CORRECTION]
    assert [c.detail for c in corrections] == ["827 vote, corrected to 872 vote"]
    assert not [c for c in numbers if c is not corrections[0] and "827" in c.detail]
