"""A publication date with no time of day stands for its whole day in the story window."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

from corrobora import api
from corrobora.cluster.linkage import day_only, time_apart, within_window
from corrobora.settings import Settings

_WEEK = timedelta(days=7)


def test_a_bare_date_reaches_to_the_end_of_its_day() -> None:
    bare = datetime(2031, 3, 3)
    timed = datetime(2031, 3, 10, 7, 15)
    assert day_only(bare) and not day_only(timed)
    assert time_apart(bare, timed) == timedelta(days=6, hours=7, minutes=15)
    assert time_apart(timed, bare) == time_apart(bare, timed)
    assert within_window(bare, timed, _WEEK)
    assert not within_window(bare, datetime(2031, 3, 11, 7, 15), _WEEK)
    # two times of day are measured as written
    assert not within_window(datetime(2031, 3, 3, 6, 0), timed, _WEEK)


def _write(folder: Path, name: str, published: str, title: str, body: str) -> None:
    text = f"Title: {title}\nOutlet: {name}\nPublished: {published}\n\n{body}\n"
    (folder / f"{name}.txt").write_text(text, encoding="utf-8")


def test_reports_of_one_escape_a_bare_date_and_seven_days_apart_share_a_story(
    tmp_path: Path,
) -> None:
    body = (
        "Tomas Brevik, a convicted robber serving a life sentence in Marrow County, "
        "escaped from a prison van near Dunmore after pulling a gun on two guards. "
        "The Marrow County sheriff offered a $20,000 reward for information on Brevik."
    )
    _write(tmp_path, "Harbor Ledger", "2031-03-03", "Robber escapes prison van", body)
    _write(
        tmp_path,
        "Valley Post",
        "2031-03-06T12:00",
        "Manhunt for escaped robber Brevik",
        body.replace("escaped from", "is on the run after escaping"),
    )
    _write(
        tmp_path,
        "Coast Daily",
        "2031-03-10T07:15",
        "Escaped robber Brevik still at large",
        body.replace("offered", "raised to $30,000 the"),
    )
    reports = api.compare([tmp_path], Settings()).reports
    assert [sorted(a.outlet or "" for a in r.articles.values()) for r in reports] == [
        ["Coast Daily", "Harbor Ledger", "Valley Post"]
    ]
