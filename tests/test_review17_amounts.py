"""One sum of money named by one word, however the rest of each sentence runs."""

from __future__ import annotations

from pathlib import Path

from corrobora.model import ConflictKind

from .stories import fact_with, write_article


def test_a_fine_in_a_sentence_with_the_prison_term_is_weighed_against_the_fine(
    tmp_path: Path,
) -> None:
    write_article(
        tmp_path, "a.txt", "Brenmark Wire", "2026-05-12T12:30:00Z",
        "A court in Osterby on Tuesday sentenced former councillor Ida Sorne to four years "
        "in prison for fraud. Judge Paul Ekdal also fined her 80,000 crowns.",
    )  # fmt: skip
    write_article(
        tmp_path, "b.txt", "Osterby Daily", "2026-05-12T15:20:00Z",
        "Former councillor Ida Sorne was sentenced on Tuesday to four years in prison and a "
        "fine of 180,000 crowns for fraud.",
    )  # fmt: skip
    fine = fact_with(tmp_path, "fined her")
    assert [(c.kind, c.detail) for c in fine.conflicts] == [
        (ConflictKind.NUMBER, "80,000 crown vs 180,000 crown")
    ]
    prison = fact_with(tmp_path, "sentenced former councillor")
    assert not prison.conflicts


def test_two_payments_are_not_one_amount(tmp_path: Path) -> None:
    write_article(
        tmp_path, "a.txt", "Brenmark Wire", "2026-05-12T12:30:00Z",
        "The Osterby footbridge collapse injured nine people in March. The council paid 2 "
        "million crowns to the contractor in 2024.",
    )  # fmt: skip
    write_article(
        tmp_path, "b.txt", "Osterby Daily", "2026-05-12T15:20:00Z",
        "Nine people were injured when the Osterby footbridge collapsed in March. The "
        "insurer paid 5 million crowns to the families last year.",
    )  # fmt: skip
    council = fact_with(tmp_path, "The council paid")
    assert not any("insurer" in s.text for s in council.support)
