"""Two people's prison terms are two facts, whatever their sentences share."""

from __future__ import annotations

from pathlib import Path

from .stories import fact_with, write_article


def test_an_accomplices_term_is_no_term_of_the_accused(tmp_path: Path) -> None:
    write_article(
        tmp_path, "a.txt", "Harrow Radio", "2026-05-12T10:00:00Z",
        "The mayor of Osterby, Ida Sorne, has been sentenced to six years in prison for "
        "bribery.",
    )  # fmt: skip
    write_article(
        tmp_path, "b.txt", "Valley Post", "2026-05-12T14:00:00Z",
        "Osterby's mayor Ida Sorne was sentenced on Tuesday to six years in prison for "
        "bribery. Brenlow Building's "
        "former director, Jonas Pirk, was sentenced to three years in prison last month "
        "after admitting to paying the bribes.",
    )  # fmt: skip
    mayor = fact_with(tmp_path, "six years")
    assert not any("three years" in s.text for s in mayor.support)
    assert not mayor.conflicts
