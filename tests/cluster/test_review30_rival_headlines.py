"""Two bouts of one champion against two challengers are two stories, undated too."""

from __future__ import annotations

from pathlib import Path

from corrobora import api
from corrobora.settings import ReconcileParams, Settings

_FIRST_BOUT = (
    "Sarah Whitfield beat Laura Bennett in the ninth game to keep her world chess crown "
    "at the Riga Congress Hall.\nBennett resigned after 41 moves when Whitfield's rook "
    "reached the seventh rank.\nArbiter Lena Kost confirmed the result to the players "
    "and the press."
)
_FIRST_BOUT_AGAIN = (
    "Sarah Whitfield retained her world chess title with a ninth-game win over Laura "
    "Bennett in Riga.\nBennett resigned on move 41 as Whitfield's rook reached the "
    "seventh rank.\nWhitfield has now won the title three times."
)
_SECOND_BOUT = (
    "Sarah Whitfield beat Karen Mitchell in the eleventh game to keep her world chess "
    "crown in Oslo.\nMitchell resigned after 52 moves when Whitfield's queen broke "
    "through on the kingside.\nArbiter Jon Heim confirmed the result. Whitfield has now "
    "won the title four times."
)


def _write(folder: Path, name: str, title: str, outlet: str, body: str) -> None:
    """An undated article: no publication time to keep two events apart."""
    (folder / name).write_text(f"Title: {title}\nOutlet: {outlet}\n\n{body}\n", encoding="utf-8")


def _write_first_bout(folder: Path) -> None:
    """The first bout's report, which every test's story holds."""
    _write(
        folder,
        "a.txt",
        "Sarah Whitfield beats Laura Bennett to keep her world chess crown in Riga",
        "Board Weekly",
        _FIRST_BOUT,
    )


def _stories(folder: Path) -> list[list[str]]:
    settings = Settings(reconcile=ReconcileParams(embeddings="none"))
    result = api.compare([folder], settings)
    return sorted(
        sorted(article.outlet for article in report.articles.values()) for report in result.reports
    )


def test_headlines_naming_two_challengers_are_two_stories(tmp_path: Path) -> None:
    _write_first_bout(tmp_path)
    _write(
        tmp_path,
        "b.txt",
        "Whitfield retains world chess title after Bennett resigns in Riga",
        "Chess Courier",
        _FIRST_BOUT_AGAIN,
    )
    _write(
        tmp_path,
        "c.txt",
        "Whitfield defends world chess crown against Karen Mitchell in Oslo",
        "Nordic Sport",
        _SECOND_BOUT,
    )
    assert _stories(tmp_path) == [["Board Weekly", "Chess Courier"], ["Nordic Sport"]]


def test_a_person_the_other_report_also_names_is_no_rival(tmp_path: Path) -> None:
    _write_first_bout(tmp_path)
    _write(
        tmp_path,
        "b.txt",
        "Arbiter Lena Kost confirms Whitfield's win over Bennett in Riga",
        "Chess Courier",
        _FIRST_BOUT_AGAIN + "\nArbiter Lena Kost confirmed the result.",
    )
    assert _stories(tmp_path) == [["Board Weekly", "Chess Courier"]]
