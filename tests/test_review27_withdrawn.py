"""A figure a notice withdraws is corrected by its own outlet only, and names no fact."""

from __future__ import annotations

from pathlib import Path

from corrobora.model import ConflictNature, FactEventKind

from .stories import fact_with, write_article

_TITLE = "Ferry operator orders new vessels"


def _withdrawn_story(folder: Path) -> None:
    write_article(
        folder, "a.txt", "Corlan Gazette", "2027-05-04T09:00:00Z",
        "The Brisk Line ferry company ordered 14 new vessels from the Hallow shipyard on "
        "Tuesday, its largest order in a decade.", title=_TITLE,
    )  # fmt: skip
    write_article(
        folder, "b.txt", "Corlan Gazette", "2027-05-04T15:00:00Z",
        "The Brisk Line ferry company ordered 11 new vessels from the Hallow shipyard on "
        "Tuesday, its largest order in a decade.\n\n"
        "Correction: An earlier version of this article incorrectly stated that the company "
        "ordered 14 new vessels. It ordered 11 new vessels.", title=_TITLE,
    )  # fmt: skip
    write_article(
        folder, "c.txt", "Mereby Courier", "2027-05-05T08:00:00Z",
        "Shares in the Hallow shipyard rose on Wednesday after the Brisk Line ferry company "
        "ordered 11 new vessels from the yard on Tuesday.", title=_TITLE,
    )  # fmt: skip


def test_another_outlets_later_report_corroborates_the_corrected_figure(tmp_path: Path) -> None:
    _withdrawn_story(tmp_path)
    fact = fact_with(tmp_path, "ordered 14 new vessels")
    events = [e.kind for e in fact.timeline]
    assert events == [FactEventKind.FIRST, FactEventKind.CORRECTS, FactEventKind.CORROBORATES]
    (correction,) = [c for c in fact.conflicts if c.nature is ConflictNature.CORRECTION]
    gazette = {s.article_id for s in fact.support if s.origin == "corlan gazette"}
    assert {v.article_id for v in correction.values} == gazette


def test_a_withdrawn_wording_never_names_the_fact(tmp_path: Path) -> None:
    write_article(
        tmp_path, "a.txt", "Corlan Gazette", "2027-05-04T09:00:00Z",
        "The Brisk Line ferry company ordered 14 new vessels from the Hallow shipyard on "
        "Tuesday, its largest order in a decade.", title=_TITLE,
    )  # fmt: skip
    write_article(
        tmp_path, "b.txt", "Corlan Gazette", "2027-05-04T15:00:00Z",
        "Union leaders at the Hallow shipyard welcomed the order.\n\n"
        "Correction: An earlier version of this article incorrectly stated that the company "
        "ordered 14 new vessels. It ordered 11 new vessels.", title=_TITLE,
    )  # fmt: skip
    write_article(
        tmp_path, "c.txt", "Mereby Courier", "2027-05-05T08:00:00Z",
        "Hallow shipyard will build 11 new vessels for the Brisk Line ferry company, which "
        "placed the order on Tuesday.", title=_TITLE,
    )  # fmt: skip
    write_article(
        tmp_path, "d.txt", "Tessin Record", "2027-05-05T10:00:00Z",
        "The Brisk Line ferry company has ordered 11 new vessels from the Hallow shipyard, "
        "its chief executive said on Tuesday.", title=_TITLE,
    )  # fmt: skip
    fact = fact_with(tmp_path, "ordered 14 new vessels")
    assert "14" not in fact.text
    assert "11 new vessels" in fact.text
    assert FactEventKind.CORRECTS not in {e.kind for e in fact.timeline}
