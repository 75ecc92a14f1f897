"""One payment is one sum, whether a noun names it a fee or the verb "pay" tells it.

"Ostrava Rovers agreed a fee of 40 million euros with Kessel for Lena Marsk" and
"Ostrava Rovers will pay Kessel 36 million euros for Lena Marsk" give one sum by one
payer for one player: one fact, whose figures disagree.
"""

from __future__ import annotations

from pathlib import Path

from corrobora.model import ConflictKind

from .stories import fact_with, write_article

_TITLE = "Ostrava Rovers agree deal for Kessel United winger Lena Marsk"
_SIGNS = "Marsk, 24, will sign a five-year contract with Ostrava Rovers."


def _write(folder: Path, second: str) -> None:
    write_article(
        folder,
        "a.txt",
        "Harbour Post",
        "2026-07-06T08:00:00",
        "Ostrava Rovers have agreed a record fee of €40 million with Kessel United for "
        "winger Lena Marsk, the Harbour Post can reveal.\n\n" + _SIGNS,
        title=_TITLE,
    )
    write_article(
        folder,
        "b.txt",
        "Valley Radio",
        "2026-07-06T17:00:00",
        second + "\n\n" + _SIGNS,
        title=_TITLE,
    )


def test_a_fee_and_a_sum_paid_for_one_thing_disagree(tmp_path: Path) -> None:
    _write(
        tmp_path,
        "Ostrava Rovers will pay Kessel United €36 million for Lena Marsk, two people "
        "with knowledge of the talks said.",
    )
    fact = fact_with(tmp_path, "record fee")
    assert any("will pay" in s.text for s in fact.support)
    assert [c for c in fact.conflicts if c.kind is ConflictKind.NUMBER]


def test_a_sum_paid_for_another_thing_stays_apart(tmp_path: Path) -> None:
    _write(
        tmp_path,
        "Ostrava Rovers will pay Kessel United €36 million for Ivo Brandt, two people "
        "with knowledge of the talks said.",
    )
    fact = fact_with(tmp_path, "record fee")
    assert not any("will pay" in s.text for s in fact.support)
