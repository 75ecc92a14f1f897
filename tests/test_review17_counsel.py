"""A client's lawyers one article credits are the lawyer another article names."""

from __future__ import annotations

from pathlib import Path

from .stories import fact_with, write_article


def _story(folder: Path, named: str) -> None:
    write_article(
        folder, "a.txt", "Brenmark Wire", "2026-05-12T12:30:00Z",
        "Former councillor Ida Sorne was sentenced to four years in prison for fraud on "
        f"Tuesday. {named}",
    )  # fmt: skip
    write_article(
        folder, "b.txt", "Osterby Daily", "2026-05-12T15:20:00Z",
        "Ida Sorne, a former councillor, has been sentenced to four years in prison for "
        "fraud. Sorne's lawyers say she will appeal.",
    )  # fmt: skip


def test_a_clients_lawyers_are_the_lawyer_named_before(tmp_path: Path) -> None:
    _story(tmp_path, "Sorne's lawyer, Jonas Pirk, said his client would appeal.")
    appeal = fact_with(tmp_path, "lawyers say")
    assert appeal.independent_support == 1


def test_a_clients_lawyers_are_the_lawyer_named_after(tmp_path: Path) -> None:
    _story(tmp_path, "Jonas Pirk, Sorne's lawyer, said his client would appeal.")
    appeal = fact_with(tmp_path, "lawyers say")
    assert appeal.independent_support == 1
