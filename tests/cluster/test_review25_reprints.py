"""Average linkage weighs a story and its reprints (certain pairs) as one article."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

import numpy as np
import pytest

from corrobora.cluster import linkage
from corrobora.settings import ClusterParams


@dataclass(frozen=True)
class View:
    """A stand-in for an article's clustering view: an id, a time and its words."""

    article_id: str
    published: datetime | None
    words: str = ""

    @property
    def channels(self) -> dict[str, dict[str, float]]:
        """The words channel: one word, so two views are reprints when it is the same."""
        return {"t": {self.words or self.article_id: 1.0}}


def _stories(odds: list[list[float]], monkeypatch: pytest.MonkeyPatch) -> list[list[str]]:
    items = [
        View(f"a{n}", datetime(2026, 3, 1, n, tzinfo=UTC), "wire" if n < REPRINTS else "")
        for n in range(len(odds))
    ]
    monkeypatch.setattr(linkage, "pair_log_odds", lambda ordered, models: np.array(odds))
    groups = linkage.average_linkage(items, ClusterParams())  # type: ignore[arg-type]
    return [[item.article_id for item in group] for group in groups]


C = linkage.LOGIT_LIMIT
REPRINTS = 3
#: a0 is a wire report, a1 and a2 its reprints; a3 and a4 other reports of the event;
#: a5 a follow-up that links well with a3 and a4 and poorly with the wire.
ODDS = [
    [C, C, C, 4.0, 4.0, -1.0],
    [C, C, C, 4.0, 4.0, -1.0],
    [C, C, C, 4.0, 4.0, -1.0],
    [4.0, 4.0, 4.0, C, 4.0, 2.5],
    [4.0, 4.0, 4.0, 4.0, C, 2.0],
    [-1.0, -1.0, -1.0, 2.5, 2.0, C],
]


def test_reprints_do_not_outvote_the_other_reports(monkeypatch: pytest.MonkeyPatch) -> None:
    assert _stories(ODDS, monkeypatch) == [["a0", "a1", "a2", "a3", "a4", "a5"]]


def test_a_report_that_links_with_none_stays_apart(monkeypatch: pytest.MonkeyPatch) -> None:
    odds = [[*row[:5], -2.0] for row in ODDS[:5]] + [[-2.0] * 5 + [C]]
    assert _stories(odds, monkeypatch) == [["a0", "a1", "a2", "a3", "a4"], ["a5"]]


def test_a_certain_pair_beyond_the_window_is_two_stories(monkeypatch: pytest.MonkeyPatch) -> None:
    items = [
        View("a0", datetime(2026, 1, 1, tzinfo=UTC), "wire"),
        View("a1", datetime(2026, 12, 1, tzinfo=UTC), "wire"),
    ]
    monkeypatch.setattr(linkage, "pair_log_odds", lambda ordered, models: np.full((2, 2), C))
    groups = linkage.average_linkage(items, ClusterParams())  # type: ignore[arg-type]
    assert [[item.article_id for item in group] for group in groups] == [["a0"], ["a1"]]


def test_certain_pairs_in_other_words_are_no_reprints(monkeypatch: pytest.MonkeyPatch) -> None:
    items = [View(f"a{n}", datetime(2026, 3, 1, n, tzinfo=UTC)) for n in range(len(ODDS))]
    monkeypatch.setattr(linkage, "pair_log_odds", lambda ordered, models: np.array(ODDS))
    groups = linkage.average_linkage(items, ClusterParams())  # type: ignore[arg-type]
    assert len(groups) == 2  # each of a0..a2 counts, and outvotes a3 and a4 for a5
