"""A whole number and a half is read with its half: "four and a half months" is 4.5.

Read as four, it agreed with "four months" and left no conflict between the two.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from corrobora.extract.quantities import find_quantities
from corrobora.model import Article, ConflictKind

from .stories import fact_with, write_article


def _figures(text: str) -> list[tuple[str, float, str]]:
    article = Article(id="x", text=text, title="", outlet="o", published=None)
    return [(q.text, q.value, q.unit) for q in find_quantities(text, article)]


@pytest.mark.parametrize(
    ("text", "written"),
    [
        ("Lorn served four and a half months in prison.", "four and a half"),
        ("Lorn served 4½ months in prison.", "4½"),
        ("The talks lasted three-and-a-half hours.", "three-and-a-half"),
    ],
)
def test_a_half_is_added_to_the_whole(text: str, written: str) -> None:
    ((found, value, unit),) = _figures(text)
    assert found == written
    assert value % 1 == 0.5
    assert unit in ("month", "hour")


def test_a_decimal_takes_no_half() -> None:
    assert _figures("Lorn served 4.5 months in prison.") == [("4.5", 4.5, "month")]


def test_four_and_a_half_months_conflicts_with_four(tmp_path: Path) -> None:
    lead = "Ivo Lorn, a former campaign aide, died on Saturday in Velm at 75. "
    write_article(
        tmp_path,
        "a.txt",
        "Valley Post",
        "2026-07-28",
        lead + "Lorn served four and a half months in federal prison for perjury.",
    )
    write_article(
        tmp_path,
        "b.txt",
        "Coast Daily",
        "2026-07-28",
        lead + "Lorn served four months in federal prison for perjury.",
    )
    fact = fact_with(tmp_path, "four and a half months")
    details = [c.detail for c in fact.conflicts if c.kind is ConflictKind.NUMBER]
    assert any("4.5 month" in d and "4 month" in d for d in details)
