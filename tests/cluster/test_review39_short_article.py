"""A short brief joins the report of its event: one named facility, one clock time.

A three-line brief and a longer report of one warehouse fire share few words, and the
report's lead names no town (only its fire chief's title does): the facility's name
and the minute the fire was reported are what ties them.
"""

from __future__ import annotations

from pathlib import Path

from corrobora import api
from corrobora.cluster.features import anchored, story_features
from corrobora.model import EntityKind
from corrobora.settings import ReconcileParams, Settings

from .conftest import MakeArticle

_REPORT_TITLE = "Farewell to another piece of Tolvar Mill"
_REPORT = (
    "A fast-moving fire destroyed the old Tolvar Mill warehouse early this morning. "
    "Marrowgate Fire Chief Wren Adley was the first person to reach the fire. "
    "The first emergency call came at 4:17 a.m."
)
_BRIEF_TITLE = "Old Tolvar Mill warehouse burns"
_BRIEF = (
    "Remains of the Tolvar Mill warehouse smolder Wednesday morning in Marrowgate. "
    "The fire was reported at 4:17 a. m. and is under investigation by the Marrowgate Police."
)


def _write(folder: Path, name: str, title: str, published: str, body: str) -> None:
    header = f"Title: {title}\nOutlet: {name}\n"
    if published:
        header += f"Published: {published}\n"
    (folder / f"{name}.txt").write_text(f"{header}\n{body}\n", encoding="utf-8")


def _stories(folder: Path, settings: Settings) -> list[list[str]]:
    reports = api.compare([folder], settings).reports
    return sorted(sorted(a.outlet or "" for a in r.articles.values()) for r in reports)


def test_a_brief_and_a_report_of_one_warehouse_fire_are_one_story(tmp_path: Path) -> None:
    _write(tmp_path, "Valley Post", _REPORT_TITLE, "", _REPORT)
    _write(tmp_path, "Harbor Ledger", _BRIEF_TITLE, "", _BRIEF)
    expected = [["Harbor Ledger", "Valley Post"]]
    assert _stories(tmp_path, Settings()) == expected
    assert _stories(tmp_path, Settings(reconcile=ReconcileParams(embeddings="none"))) == expected


def test_fires_at_two_warehouses_of_one_town_stay_apart(tmp_path: Path) -> None:
    # one town, one day, one kind of site: another facility reported at another minute
    _write(tmp_path, "Valley Post", _REPORT_TITLE, "2031-05-07", _REPORT)
    _write(
        tmp_path,
        "Harbor Ledger",
        "Old Brisket Foods warehouse burns",
        "2031-05-07",
        _BRIEF.replace("Tolvar Mill", "Brisket Foods").replace("4:17", "5:40"),
    )
    assert _stories(tmp_path, Settings()) == [["Harbor Ledger"], ["Valley Post"]]


def test_fires_at_one_warehouse_weeks_apart_stay_apart(tmp_path: Path) -> None:
    _write(tmp_path, "Valley Post", _REPORT_TITLE, "2031-05-07", _REPORT)
    _write(tmp_path, "Harbor Ledger", _BRIEF_TITLE, "2031-06-04", _BRIEF)
    settings = Settings(reconcile=ReconcileParams(embeddings="none"))
    assert _stories(tmp_path, settings) == [["Harbor Ledger"], ["Valley Post"]]


def test_the_minute_and_the_half_of_the_day_must_agree(make_article: MakeArticle) -> None:
    report = story_features(make_article(_REPORT, title=_REPORT_TITLE))
    brief = story_features(make_article(_BRIEF, title=_BRIEF_TITLE))
    assert anchored(report, brief)
    evening = story_features(make_article(_BRIEF.replace("a. m.", "p.m."), title=_BRIEF_TITLE))
    assert not anchored(report, evening)
    later = story_features(make_article(_BRIEF.replace("4:17", "4:18"), title=_BRIEF_TITLE))
    assert not anchored(report, later)


def test_a_local_service_names_the_town_of_a_lead_without_place(
    make_article: MakeArticle,
) -> None:
    chief = ("Marrowgate Fire", EntityKind.ORGANIZATION)
    report = story_features(make_article(_REPORT, title=_REPORT_TITLE, entities=[chief]))
    assert "marrowgate" in report.channels["entities"]
    placed = _REPORT.replace("this morning", "this morning in Ostry")
    elsewhere = story_features(
        make_article(placed, title=_REPORT_TITLE, entities=[chief, ("Ostry", EntityKind.PLACE)])
    )
    assert "marrowgate" not in elsewhere.channels["entities"]
