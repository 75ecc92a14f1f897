"""A figure withdrawn by a correction notice, against an older report (review 19)."""

from __future__ import annotations

from pathlib import Path

from corrobora.model import ConflictNature, FactEventKind

from .stories import fact_with, write_article

_TITLE = "Harbour dredging contract under scrutiny"


def test_a_withdrawn_figure_is_corrected_not_by_a_later_report(tmp_path: Path) -> None:
    write_article(
        tmp_path, "a.txt", "Ardel Herald", "2027-03-09T06:30:00Z",
        "The dredging contract, worth 212.6 million krona, was awarded in January to Tarn "
        "Marine.", title=_TITLE,
    )  # fmt: skip
    write_article(
        tmp_path, "b.txt", "Kessing Post", "2027-03-09T18:10:00Z",
        "The dredging contract awarded to Tarn Marine is worth 231 million krona.",
        title=_TITLE,
    )  # fmt: skip
    write_article(
        tmp_path, "c.txt", "Kessing Post", "2027-03-10T09:00:00Z",
        "The dredging contract awarded to Tarn Marine is worth 213 million krona.\n\n"
        "Correction: An earlier version of this article said the contract was worth 231 "
        "million krona. It is worth 213 million krona.", title=_TITLE,
    )  # fmt: skip
    fact = fact_with(tmp_path, "231 million krona")
    details = sorted(c.detail for c in fact.conflicts)
    assert all(c.nature is ConflictNature.CORRECTION for c in fact.conflicts)
    assert details == [
        "231,000,000 krona, corrected to 212,600,000 krona",
        "231,000,000 krona, corrected to 213,000,000 krona",
    ]
    assert "later report" not in fact.confidence_reason
    events = [e.kind for e in fact.timeline]
    assert events == [FactEventKind.FIRST, FactEventKind.CONTRADICTS, FactEventKind.CORRECTS]
