"""A developing story stays one beyond the window while its reports link day by day."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

import numpy as np
import pytest

from corrobora import api
from corrobora.cluster import linkage
from corrobora.errors import ConfigError
from corrobora.settings import ClusterParams, Settings
from corrobora.store import open_store

_START = datetime(2031, 9, 1, 9, 0, tzinfo=UTC)
_LINKED = 4.0
_UNRELATED = -6.0


@dataclass(frozen=True)
class View:
    """A stand-in for an article's clustering view: an id, a time and its own words."""

    article_id: str
    published: datetime | None

    @property
    def channels(self) -> dict[str, dict[str, float]]:
        return {"t": {self.article_id: 1.0}}


def _stories(
    days: list[float],
    odds: list[list[float]],
    monkeypatch: pytest.MonkeyPatch,
    params: ClusterParams | None = None,
) -> list[list[str]]:
    items = [View(f"a{n}", _START + timedelta(days=day)) for n, day in enumerate(days)]
    monkeypatch.setattr(linkage, "pair_log_odds", lambda ordered, models: np.array(odds))
    groups = linkage.average_linkage(items, params or ClusterParams())  # type: ignore[arg-type]
    return [[item.article_id for item in group] for group in groups]


def _chain(size: int, far: float) -> list[list[float]]:
    """Neighbours link; pairs two steps apart score ``far``."""
    return [
        [
            linkage.LOGIT_LIMIT if i == j else _LINKED if abs(i - j) == 1 else far
            for j in range(size)
        ]
        for i in range(size)
    ]


def test_reports_linking_day_by_day_hold_a_story_beyond_the_window(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # a0 and a2 are ten days apart and score as unrelated: their pair is not weighed
    assert _stories([0, 5, 10], _chain(3, _UNRELATED), monkeypatch) == [["a0", "a1", "a2"]]


def test_the_same_pair_inside_the_window_is_weighed(monkeypatch: pytest.MonkeyPatch) -> None:
    assert _stories([0, 2, 4], _chain(3, _UNRELATED), monkeypatch) == [["a0", "a1"], ["a2"]]


def test_two_reports_beyond_the_window_with_nothing_between_stay_apart(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    odds = [[linkage.LOGIT_LIMIT, _LINKED], [_LINKED, linkage.LOGIT_LIMIT]]
    assert _stories([0, 10], odds, monkeypatch) == [["a0"], ["a1"]]


def test_no_story_spans_more_than_three_windows(monkeypatch: pytest.MonkeyPatch) -> None:
    days = [0, 6, 12, 18, 22]
    stories = _stories(days, _chain(5, _LINKED), monkeypatch)
    assert len(stories) == 2
    assert not any({"a0", "a4"} <= set(story) for story in stories)
    longer = ClusterParams(span_days=30)
    assert _stories(days, _chain(5, _LINKED), monkeypatch, longer) == [
        ["a0", "a1", "a2", "a3", "a4"]
    ]


def test_a_span_shorter_than_the_window_is_a_clear_error() -> None:
    with pytest.raises(ConfigError, match="span_days must be at least window_days"):
        ClusterParams(window_days=7, span_days=3)
    assert ClusterParams(window_days=10).story_span_days == 30


def _write(folder: Path, name: str, published: str, title: str, body: str) -> None:
    text = f"Title: {title}\nOutlet: {name}\nPublished: {published}\n\n{body}\n"
    (folder / f"{name}.txt").write_text(text, encoding="utf-8")


def test_a_manhunt_reported_over_ten_days_is_one_story(tmp_path: Path) -> None:
    body = (
        "Oskar Vantreel, a convicted arsonist serving twenty years in Greyholm County, "
        "escaped from the Ashby work camp after overpowering a guard on Monday. "
        "The Greyholm County sheriff offered a $15,000 reward for information on Vantreel."
    )
    _write(tmp_path, "Fenwick Courier", "2031-09-01T10:00", "Arsonist escapes work camp", body)
    _write(
        tmp_path,
        "Lowmoor Times",
        "2031-09-06T12:00",
        "Manhunt for escaped arsonist Vantreel widens",
        body.replace("offered", "doubled to $30,000 the"),
    )
    _write(
        tmp_path,
        "Brackwater News",
        "2031-09-11T08:30",
        "Escaped arsonist Vantreel caught near Ashby",
        body + " Deputies caught Vantreel near Ashby on Thursday, ten days after the escape.",
    )
    reports = api.compare([tmp_path], Settings()).reports
    assert [sorted(a.outlet or "" for a in r.articles.values()) for r in reports] == [
        ["Brackwater News", "Fenwick Courier", "Lowmoor Times"]
    ]


def test_the_manhunt_ingested_one_report_at_a_time_is_the_same_story(tmp_path: Path) -> None:
    folder = tmp_path / "reports"
    folder.mkdir()
    test_a_manhunt_reported_over_ten_days_is_one_story(folder)
    with open_store(":memory:") as store:
        # the latest report first: the middle one arrives last and joins the other two
        for name in ("Fenwick Courier", "Brackwater News", "Lowmoor Times"):
            api.ingest([folder / f"{name}.txt"], store, Settings())
        assert [summary.articles for summary in api.story_summaries(store)] == [3]
